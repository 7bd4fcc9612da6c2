// Claims of responsibility (attacks.h): the attacks of unnamed attackers and
// the reactions to them become the claiming group's, through the article
// coder with dyad's own dictionaries and tagger, on short stories written for
// this test.
#include "doc/attacks.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/doc/article.h"
#include "dyad/doc/gazetteer.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

TEST(ClaimsYearTest, AFourDigitYearBeforeTheStorys) {
  const std::vector<std::string_view> year = {"In", "2015", ",", "gunmen", "struck", "."};
  const std::vector<std::string_view> count = {"gunmen", "killed", "1500", "people", "."};
  EXPECT_TRUE(NamesEarlierYear(year, 20190116));
  EXPECT_FALSE(NamesEarlierYear(year, 20150602));  // this year's
  EXPECT_TRUE(NamesEarlierYear(year, kNoDate));
  EXPECT_FALSE(NamesEarlierYear(count, 20190116));
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

TEST_F(ClaimsArticleTest, AnAttackBlamedOnAGroup) {
  const std::string_view text =
      "A car bomb blamed on al Shabaab tore through a market in Mogadishu on Saturday, killing "
      "12 people.";
  const std::vector<std::string> force = Of(text, 1, "1");
  EXPECT_TRUE(AnySourceIs(force, "SOMINS")) << testing::PrintToString(force);
  // Officials who blame the attack on the group are no claim of it.
  const std::string_view blamed =
      "Gunmen attacked a bus near Garissa on Monday, killing six people. "
      "Officials blamed the attack on al Shabaab.";
  EXPECT_FALSE(AnySourceIs(Of(blamed, 1, "1"), "SOMINS"));
}

TEST_F(ClaimsArticleTest, ANameInAppositionClaims) {
  const std::string_view text =
      "Gunmen attacked an army post near Menaka on Monday, killing six soldiers. Al Qaeda's "
      "branch in the Sahel, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), claimed responsibility.";
  EXPECT_TRUE(AnySourceIs(Of(text, 1, "1"), "MLIINS")) << testing::PrintToString(Of(text, 1, "1"));
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

// The state's pursuit after an attack (the gold conventions, rule 3).
TEST_F(ClaimsArticleTest, SuspectsOfAnAttackByUnnamedAttackersAreTheAttackers) {
  const std::string_view text =
      "Gunmen opened fire on a crowded bus station in Kaduna on Monday, killing eleven people. "
      "Police arrested six suspects in a raid on Tuesday.";
  EXPECT_EQ(Of(text, 2, "17"), std::vector<std::string>{"---COP ---UAF 173"});
}

TEST_F(ClaimsArticleTest, SuspectsOfNoAttackStayCriminals) {
  const std::string_view text =
      "Thieves stole paintings from a museum in Lagos on Monday. "
      "Police arrested six suspects in a raid on Tuesday.";
  EXPECT_EQ(Of(text, 2, "17"), std::vector<std::string>{"---COP ---CRM 173"});
}

// People arrested over an attack the sentence names are its attackers, in
// any article; people arrested for no attack stay civilians.
TEST_F(ClaimsArticleTest, PeopleArrestedOverAnAttackAreTheAttackers) {
  EXPECT_EQ(Of("Russia said on Saturday it had detained 11 people over an attack on a concert "
               "hall in Krasnogorsk.",
               1, "17"),
            std::vector<std::string>{"RUS ---UAF 173"});
  EXPECT_EQ(Of("Russia said on Saturday it had detained 11 people at a concert hall in "
               "Krasnogorsk.",
               1, "17"),
            std::vector<std::string>{"RUS ---CVL 173"});
}

TEST_F(ClaimsArticleTest, ALoneAttackerArrestedIsACriminal) {
  const std::string_view text =
      "A gunman shot dead four worshippers at a church in Lyon on Sunday. "
      "Police arrested him an hour later.";
  EXPECT_EQ(Of(text, 2, "17"), std::vector<std::string>{"---COP ---CRM 173"});
}

// "Police captured the surviving suspect": one suspect alone, as "the gunman".
TEST_F(ClaimsArticleTest, ALoneSuspectArrestedIsACriminal) {
  const std::string_view text =
      "Two bombs exploded near the finish line of a race in Lyon on Monday, killing three "
      "people. Police captured the surviving suspect on Friday.";
  EXPECT_EQ(Of(text, 2, "17"), std::vector<std::string>{"---COP ---CRM 173"});
}

// "the brothers shot dead a police officer": after an attack by unnamed
// attackers, persons named by kin or as men who use force are the attackers;
// with no attack told, they stay who the dictionaries say.
TEST_F(ClaimsArticleTest, KinOrMenWhoUseForceAfterAnAttackAreTheAttackers) {
  const std::string_view text =
      "Two bombs exploded near the finish line of a race in Lyon on Monday, killing three "
      "people. On Thursday the brothers shot a police officer.";
  const std::vector<std::string> force = Of(text, 2, "19");
  ASSERT_FALSE(force.empty());
  for (const std::string& e : force) EXPECT_TRUE(e.starts_with("---UAF ")) << e;
  const std::vector<std::string> quiet =
      Of("Thieves stole paintings from a museum in Lyon on Monday. On Thursday the brothers shot "
         "a police officer.",
         2, "19");
  for (const std::string& e : quiet) EXPECT_FALSE(e.starts_with("---UAF ")) << e;
}

TEST_F(ClaimsArticleTest, ALoneAttackerTheStateKillsIsACriminal) {
  const std::string_view text =
      "A gunman shot dead a guard outside the parliament in Oslo on Monday. "
      "Police shot him dead minutes later.";
  const std::vector<std::string> force = Of(text, 2, "1");
  ASSERT_FALSE(force.empty());
  for (const std::string& e : force) EXPECT_TRUE(e.ends_with("COP ---CRM 193")) << e;
}

TEST_F(ClaimsArticleTest, AttackersCapturedAmongManyStayAttackers) {
  const std::string_view text =
      "Militants stormed a hotel in Mogadishu on Friday, killing 20 people. "
      "Troops arrested one attacker on Saturday.";
  EXPECT_EQ(Of(text, 2, "17"), std::vector<std::string>{"---MIL ---UAF 173"});
}

// Stormings of places held by armed men (ReadStormedHolds): the state's
// forces fought the holders, not the building's owner.
TEST_F(ClaimsArticleTest, ForcesThatStormAHeldPlaceFightItsHolders) {
  // Holders named after the storming, in the same sentence; no actor names
  // the building, the storming is added.
  EXPECT_EQ(Of("Philippine troops stormed a church in Marawi on Tuesday, where Maute fighters "
               "had taken refuge with 20 hostages.",
               1, "19"),
            std::vector<std::string>{"PHLMIL ---UAF 190"});
  // Holders named in the sentence before.
  EXPECT_EQ(Of("Gunmen seized a hotel in Bamako on Friday and held dozens of guests hostage. "
               "Malian special forces stormed the building on Saturday.",
               2, "19"),
            std::vector<std::string>{"MLIMIL ---UAF 190"});
  // Holders named again keep the hold in the story; a party that joins the
  // stormers storms too.
  EXPECT_EQ(Of("Gunmen seized a hotel in Bamako on Friday and held dozens of guests hostage. "
               "The attackers fired automatic weapons. Witnesses said some guests escaped. "
               "Malian special forces, joined by French special forces, stormed the building "
               "on Saturday.",
               4, "19"),
            (std::vector<std::string>{"MLIMIL ---UAF 190", "FRAMIL ---UAF 190"}));
  // Three sentences of other things, and the hold is no longer the story's.
  EXPECT_TRUE(Of("Gunmen seized a hotel in Bamako on Friday and held dozens of guests hostage. "
                 "The city was calm on Sunday. Witnesses said some guests escaped. Markets "
                 "reopened. Malian special forces stormed a building on Monday.",
                 5, "19")
                  .empty());
}

TEST_F(ClaimsArticleTest, ForcesThatStormAPlaceALoneGunmanHoldsFightACriminal) {
  EXPECT_EQ(Of("Australian police stormed a Sydney cafe on Tuesday to end a siege by an "
               "Iranian-born gunman who had held 17 hostages since Monday.",
               1, "19"),
            std::vector<std::string>{"AUSCOP ---CRM 190"});
  // Gunmen, more than one, stay unnamed attackers.
  EXPECT_EQ(Of("Australian police stormed a Sydney cafe on Tuesday to end a siege by gunmen "
               "who had held 17 hostages since Monday.",
               1, "19"),
            std::vector<std::string>{"AUSCOP ---UAF 190"});
}

TEST_F(ClaimsArticleTest, AStormingOfNoHeldPlaceKeepsItsTarget) {
  EXPECT_EQ(Of("Israeli troops stormed a Palestinian hospital in Gaza on Wednesday.", 1, "19"),
            std::vector<std::string>{"ISRMIL PSEHLH 190"});
  // Hostages held far back in the article, a storming that tells of no hold.
  EXPECT_EQ(Of("Hamas is holding 240 hostages in Gaza, Israel says. Israel has vowed to destroy "
               "the group. The army says the group hides fighters in hospitals. Israeli troops "
               "stormed a Palestinian hospital on Wednesday.",
               4, "19"),
            std::vector<std::string>{"ISRMIL PSEHLH 190"});
  // An armed party stormed stays; a storming denied is none.
  EXPECT_EQ(Of("Militants took three hostages in Sinai. Egyptian troops stormed rebel positions.",
               2, "19"),
            std::vector<std::string>{"EGYMIL EGYREB 190"});
  EXPECT_TRUE(Of("Rebels have laid siege to Goma. There was no plan to storm the town, the army "
                 "said.",
                 2, "19")
                  .empty());
}

class SeizuresArticleTest : public PlacesPipelineTest {
 protected:
  // "SOURCE TARGET CODE" of the 192 events of the last sentence of `text`,
  // coded with the place index.
  std::vector<std::string> Seized(std::string_view text) {
    std::vector<std::string> out;
    ArticleCoder coder(*dicts_, parser_, gazetteer_.get(), code::CoderOptions{}, ArticleOptions{});
    coder.Code("t", text, 20240610, [&](const CodedSentence& s) {
      out.clear();
      for (const code::Event& e : s.result.events) {
        if (e.code == "192") out.push_back(e.source + " " + e.target + " " + e.code);
      }
    });
    return out;
  }
};

TEST_F(SeizuresArticleTest, AnArmedPartyThatTakesATownOccupiesItsCountry) {
  EXPECT_EQ(
      Seized("MAPUTO, March 27 (Reuters) - Islamist insurgents took control of Pemba on Friday."),
      std::vector<std::string>{"MOZINS MOZ 192"});
  EXPECT_EQ(Seized("The M23 rebels took control of Goma on Sunday night."),
            std::vector<std::string>{"CODREB COD 192"});
}

TEST_F(SeizuresArticleTest, APlaceTakenIsTheTargetTheCoderFoundPastIt) {
  // The coder took the soldiers after the place for the verb's target.
  EXPECT_EQ(Seized("Iraqi insurgents took control of Mosul on Tuesday after four days of fighting "
                   "in which tens of thousands of soldiers and police abandoned their posts."),
            std::vector<std::string>{"IRQINS IRQ 192"});
  // A country the coder found is ground taken already.
  EXPECT_EQ(Seized("Islamist insurgents have seized the town of Palma in northern Mozambique."),
            std::vector<std::string>{"MOZINS MOZ 192"});
}

TEST_F(SeizuresArticleTest, NoAttemptNoIntentionNoThing) {
  EXPECT_TRUE(Seized("Rebels tried to take control of Goma on Sunday.").empty());
  EXPECT_TRUE(Seized("The army vowed to retake Mosul.").empty());
  EXPECT_TRUE(Seized("Nigerian soldiers seized weapons and ammunition on Monday.").empty());
  EXPECT_TRUE(Seized("Hundreds of Kenyan farmers occupied Nairobi's main square.").empty());
  // A namesake abroad of a town the place index lacks is no town taken.
  EXPECT_TRUE(Seized("MAPUTO, March 27 (Reuters) - Islamist insurgents took control of Palma "
                     "on Friday.")
                  .empty());
}

}  // namespace
}  // namespace dyad::doc
