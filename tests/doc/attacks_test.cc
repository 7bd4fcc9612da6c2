// Claims of responsibility (attacks.h): the attacks of unnamed attackers and
// the reactions to them become the claiming group's, through the article
// coder with dyad's own dictionaries and tagger, on short stories written for
// this test.
#include "doc/attacks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/doc/article.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

TEST(ClaimsGateTest, OnlySentencesWithAFormOfClaim) {
  const std::vector<std::string_view> plain = {"Gunmen", "attacked", "a", "bus", "."};
  const std::vector<std::string_view> claim = {"The", "group", "claimed", "it", "."};
  EXPECT_FALSE(MayClaimResponsibility(plain));
  EXPECT_TRUE(MayClaimResponsibility(claim));
}

TEST(ClaimsYearTest, AFourDigitYearOnly) {
  const std::vector<std::string_view> year = {"In", "2015", ",", "gunmen", "struck", "."};
  const std::vector<std::string_view> count = {"gunmen", "killed", "1500", "people", "."};
  EXPECT_TRUE(NamesYear(year));
  EXPECT_FALSE(NamesYear(count));
}

TEST(ClaimsTest, DifferentClaimersGiveNone) {
  Claims claims;
  claims.Add("SOMINS");
  claims.Add("");
  EXPECT_EQ(claims.claimer(), "SOMINS");
  claims.Add("SOMINS");
  EXPECT_EQ(claims.claimer(), "SOMINS");
  claims.Add("KENREB");
  EXPECT_EQ(claims.claimer(), "");
}

code::Event Force(std::string_view source, std::string_view target, std::string_view code,
                  std::string_view verb) {
  code::Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.verb_text = verb;
  return e;
}

TEST(ViolenceAgainstCiviliansTest, IrregularForceOnCiviliansIsUnconventional) {
  std::vector<code::Event> events = {
      Force("---UAF", "---CVL", "190", "killed"),       // gunmen killed villagers
      Force("NGAINS", "NGAEDU", "190", "attacked"),     // insurgents attacked a school
      Force("COLREB", "COLCVL", "193", "shot"),         // rebels shot farmers
      Force("---UAF", "NGAMIL", "190", "killed"),       // against troops: a fight
      Force("NGAMIL", "---CVL", "190", "killed"),       // troops: no irregulars
      Force("---UAF", "---CVL", "195", "bombed"),       // a weapon's own code stays
      Force("---UAF", "PAKGOVEDU", "190", "attacked"),  // a ministry is the state's
  };
  ReadViolenceAgainstCivilians(&events);
  std::vector<std::string> codes;
  for (const code::Event& e : events) codes.push_back(e.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"1823", "180", "180", "190", "190", "195", "190"}));
}

class ClaimsArticleTest : public PipelineTest {
 protected:
  // "SOURCE TARGET CODE" of the events of sentence `n` (from 1) of `text`
  // whose code starts with `root`.
  static std::vector<std::string> Of(std::string_view text, int n, std::string_view root) {
    ArticleCoder coder(*dicts_, parser_, nullptr, code::CoderOptions{}, ArticleOptions{});
    std::vector<std::string> out;
    int k = 0;
    coder.Code("t", text, 20240610, [&](const CodedSentence& s) {
      if (++k != n) return;
      for (const code::Event& e : s.result.events) {
        if (e.code.starts_with(root)) out.push_back(e.source + " " + e.target + " " + e.code);
      }
    });
    return out;
  }
  static bool AnySourceIs(const std::vector<std::string>& events, std::string_view source) {
    for (const std::string& e : events) {
      if (e.starts_with(source)) return true;
    }
    return false;
  }
};

TEST_F(ClaimsArticleTest, AClaimGivesAnEarlierAttackItsAuthor) {
  const std::string_view text =
      "Gunmen attacked a police station in Mandera on Monday, killing four officers. "
      "Al Shabaab claimed responsibility for the attack on Tuesday.";
  const std::vector<std::string> force = Of(text, 1, "1");
  EXPECT_TRUE(AnySourceIs(force, "SOMINS")) << testing::PrintToString(force);
  EXPECT_FALSE(AnySourceIs(force, "---UAF")) << testing::PrintToString(force);
}

TEST_F(ClaimsArticleTest, ACondemnationOfAClaimedAttackTargetsTheGroup) {
  const std::string_view text =
      "A suicide bomber blew himself up at a crowded market in Maiduguri on Friday, killing 19 "
      "people. Boko Haram claimed the bombing. The United Nations condemned the attack.";
  EXPECT_EQ(Of(text, 3, "11"), std::vector<std::string>{"IGOUNO NGAINS 111"});
}

TEST_F(ClaimsArticleTest, AnAttackClaimedByAGroup) {
  const std::string_view text =
      "Gunmen attacked an army convoy near Baidoa on Sunday. The attack, claimed by al Shabaab, "
      "killed seven soldiers. The African Union condemned the attack.";
  EXPECT_TRUE(AnySourceIs(Of(text, 1, "1"), "SOMINS"));
}

TEST_F(ClaimsArticleTest, NoClaimLeavesTheAttackersUnnamed) {
  const std::string_view text =
      "Gunmen attacked a bus near Garissa on Monday, killing six people. "
      "No group has claimed responsibility for the attack, but officials blamed al Shabaab.";
  const std::vector<std::string> force = Of(text, 1, "1");
  EXPECT_TRUE(AnySourceIs(force, "---UAF")) << testing::PrintToString(force);
  EXPECT_FALSE(AnySourceIs(force, "SOMINS")) << testing::PrintToString(force);
}

TEST_F(ClaimsArticleTest, AClaimNamesNoAuthorOfAnAttackOfAnotherYear) {
  const std::string_view text =
      "Al Shabaab claimed responsibility for an attack on a hotel in Nairobi on Monday. "
      "In 2015, gunmen killed 147 students at a university in Garissa.";
  const std::vector<std::string> force = Of(text, 2, "1");
  EXPECT_FALSE(AnySourceIs(force, "SOMINS")) << testing::PrintToString(force);
}

TEST_F(ClaimsArticleTest, AStateThatClaimsNothingAboutAnAttackNamesNoAuthor) {
  const std::string_view text =
      "Gunmen attacked a village near Kidal on Monday, killing nine people. "
      "Mali's government claimed the army had restored order.";
  const std::vector<std::string> force = Of(text, 1, "1");
  EXPECT_FALSE(AnySourceIs(force, "MLI")) << testing::PrintToString(force);
}

}  // namespace
}  // namespace dyad::doc
