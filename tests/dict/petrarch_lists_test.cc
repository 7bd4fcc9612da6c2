// Tests for the PETRARCH discard and issue dictionary readers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict::petrarch {
namespace {

class PetrarchListsTest : public ::testing::Test {
 protected:
  void ReadDiscardText(std::string_view text) {
    ASSERT_TRUE(ReadDiscards(text, "d.txt", &d_).ok());
    d_.discards.phrases.Finish();
  }
  void ReadIssueText(std::string_view text) {
    ASSERT_TRUE(ReadIssues(text, "i.txt", &d_).ok());
    d_.issues.phrases.Finish();
  }
  // "entry:end" of the phrase matched at the start of `sentence`, or "none".
  std::string MatchIn(const PhraseIndex& index, std::string_view sentence) const {
    std::vector<WordId> words;
    for (std::string_view w : SplitWhitespace(sentence)) words.push_back(d_.vocabulary.Find(w));
    PhraseMatch m;
    if (!index.MatchAt(words, 0, &m)) return "none";
    return std::to_string(m.entry) + ":" + std::to_string(m.end);
  }
  std::string Discard(std::string_view s) const { return MatchIn(d_.discards.phrases, s); }
  std::string Issue(std::string_view s) const { return MatchIn(d_.issues.phrases, s); }
  std::string Warnings() const {
    std::string out;
    for (const std::string& w : d_.diagnostics.warnings) out += w + "\n";
    return out;
  }

  Dictionaries d_;
};

// ---- Discards ---------------------------------------------------------------

TEST_F(PetrarchListsTest, DiscardsSentenceOrStory) {
  ReadDiscardText(
      "# header\n"
      "MONTHS LATER\n"
      "+World Golf Championships   # pas 26-Feb-2014\n"
      "BASEBALL   \n"
      "1914\n");
  const std::vector<dict::Discard>& entries = d_.discards.entries;
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].phrase, "MONTHS LATER");
  EXPECT_FALSE(entries[0].whole_story);
  EXPECT_EQ(entries[0].where.line, 2);
  EXPECT_EQ(entries[1].phrase, "WORLD GOLF CHAMPIONSHIPS");
  EXPECT_TRUE(entries[1].whole_story);
  EXPECT_EQ(d_.discards.phrases.size(), 4u);
  EXPECT_EQ(Discard("MONTHS LATER THE"), "0:2");
  EXPECT_EQ(Discard("MONTHS AND YEARS LATER"), "none");  // discard words are adjacent
  EXPECT_EQ(Discard("WORLD GOLF CHAMPIONSHIPS"), "1:3");
  EXPECT_EQ(Discard("BASEBALL"), "2:1");
  EXPECT_EQ(Discard("1914"), "3:1");
  EXPECT_EQ(Warnings(), "");
}

// Regression: "GROUP A_" (Phoenix.discards.txt) kept the '_' in the word, so
// the phrase could never match.
TEST_F(PetrarchListsTest, DiscardTrailingUnderscoreMatchesWholeWord) {
  ReadDiscardText("GROUP A_\nBALL_CLUB\n");
  EXPECT_EQ(Discard("GROUP A"), "0:2");
  EXPECT_EQ(Discard("BALL CLUB"), "1:2");
}

TEST_F(PetrarchListsTest, EmptyDiscardsWarn) {
  ReadDiscardText("+\n_\n+ _ \nOK\n");
  EXPECT_EQ(d_.discards.entries.size(), 1u);
  EXPECT_EQ(Discard("OK"), "0:1");
  EXPECT_EQ(Warnings(),
            "d.txt:1: empty discard phrase\n"
            "d.txt:2: empty discard phrase\n"
            "d.txt:3: empty discard phrase\n");
}

// ---- Issues -----------------------------------------------------------------

TEST_F(PetrarchListsTest, PlainIssuePhrases) {
  ReadIssueText(
      "<ISSUE CATEGORY=\"TOURISM\" TYPE=\"ALL\">\n"
      "tourism [TOURISM]\n"
      "touristry[TOURISM]\n"
      "head start [EARLY_CHILDHOOD_EDUCATION]  # comment\n"
      "</ISSUE>\n");
  const std::vector<dict::Issue>& entries = d_.issues.entries;
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].code, "TOURISM");
  EXPECT_EQ(entries[0].phrase, "tourism");
  EXPECT_FALSE(entries[0].blocks);
  EXPECT_EQ(entries[0].where.line, 2);
  EXPECT_EQ(entries[2].code, "EARLY_CHILDHOOD_EDUCATION");
  EXPECT_EQ(Issue("TOURISM"), "0:1");
  EXPECT_EQ(Issue("TOURISTRY"), "1:1");
  EXPECT_EQ(Issue("HEAD START"), "2:2");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchListsTest, NounMarkerAddsPlural) {
  ReadIssueText("n:preschool [E]\nn:bachelor n:degree [P]\nn:party [Q]\n");
  EXPECT_EQ(Issue("PRESCHOOL"), "0:1");
  EXPECT_EQ(Issue("PRESCHOOLS"), "0:1");
  EXPECT_EQ(Issue("BACHELORS DEGREES"), "1:2");
  EXPECT_EQ(Issue("BACHELOR DEGREES"), "1:2");
  EXPECT_EQ(Issue("PARTIES"), "2:1");
  EXPECT_EQ(d_.issues.phrases.size(), 2u + 4u + 2u);
}

// Regression: "v:" added WORD+ED and WORD+ING, so "v:massacre" gave
// MASSACREED and MASSACREING instead of MASSACRED and MASSACRING.
TEST_F(PetrarchListsTest, VerbMarkerUsesRegularVerbForms) {
  ReadIssueText("v:massacre [ID_ATROCITY]\nv:retaliate [R]\nethnic v:purge [ID_ATROCITY]\n");
  EXPECT_EQ(Issue("MASSACRE"), "0:1");
  EXPECT_EQ(Issue("MASSACRES"), "0:1");
  EXPECT_EQ(Issue("MASSACRED"), "0:1");
  EXPECT_EQ(Issue("MASSACRING"), "0:1");
  EXPECT_EQ(Issue("RETALIATED"), "1:1");
  EXPECT_EQ(Issue("ETHNIC PURGING"), "2:2");
  EXPECT_EQ(d_.vocabulary.Find("MASSACREED"), kUnknownWord);
  EXPECT_EQ(d_.issues.phrases.size(), 12u);
}

TEST_F(PetrarchListsTest, PlusJoinsApartHyphenatedOrClosedUp) {
  ReadIssueText("post+secondary education [POSTSECONDARY_EDUCATION]\n");
  EXPECT_EQ(d_.issues.phrases.size(), 3u);
  EXPECT_EQ(Issue("POST SECONDARY EDUCATION"), "0:3");
  EXPECT_EQ(Issue("POST-SECONDARY EDUCATION"), "0:2");
  EXPECT_EQ(Issue("POSTSECONDARY EDUCATION"), "0:2");
}

// Regression: "pre+n:school" (Phoenix.IssueCoding.txt) was added as the
// words "PRE N:SCHOOL", "PRE-N:SCHOOL" and "PREN:SCHOOL".
TEST_F(PetrarchListsTest, MarkerAfterPlus) {
  ReadIssueText("pre+n:school [EARLY_CHILDHOOD_EDUCATION]\nsolar+v:power [RENEWABLE_ENERGY]\n");
  EXPECT_EQ(Issue("PRE SCHOOL"), "0:2");
  EXPECT_EQ(Issue("PRE SCHOOLS"), "0:2");
  EXPECT_EQ(Issue("PRE-SCHOOL"), "0:1");
  EXPECT_EQ(Issue("PRE-SCHOOLS"), "0:1");
  EXPECT_EQ(Issue("PRESCHOOLS"), "0:1");
  EXPECT_EQ(Issue("SOLAR-POWERED"), "1:1");
  EXPECT_EQ(Issue("SOLAR POWERING"), "1:2");
  EXPECT_EQ(d_.vocabulary.Find("N:SCHOOL"), kUnknownWord);
  EXPECT_EQ(d_.issues.phrases.size(), 6u + 12u);
}

TEST_F(PetrarchListsTest, MarkerBeforePlusInflectsTheLastPart) {
  ReadIssueText("v:pick+pocket [COMMON_ROBBERY]\n");
  EXPECT_EQ(d_.issues.phrases.size(), 12u);
  EXPECT_EQ(Issue("PICK-POCKETED"), "0:1");
  EXPECT_EQ(Issue("PICKPOCKETING"), "0:1");
  EXPECT_EQ(Issue("PICK POCKETS"), "0:2");
}

TEST_F(PetrarchListsTest, UnderscoreJoinsIssueWords) {
  ReadIssueText("weapons_grade plutonium [NUCLEAR_WEAPONS]\n");
  EXPECT_EQ(Issue("WEAPONS GRADE PLUTONIUM"), "0:3");
}

TEST_F(PetrarchListsTest, BlockingPhrases) {
  ReadIssueText(
      "head start [EARLY_CHILDHOOD_EDUCATION]\n"
      "~a head start\n"
      "~~enterprise engineering consultants\n"
      "~non+oil\n");
  const std::vector<dict::Issue>& entries = d_.issues.entries;
  ASSERT_EQ(entries.size(), 4u);
  for (size_t i = 1; i < entries.size(); ++i) {
    EXPECT_TRUE(entries[i].blocks) << i;
    EXPECT_EQ(entries[i].code, "") << i;
  }
  EXPECT_EQ(entries[1].phrase, "a head start");
  EXPECT_EQ(Issue("A HEAD START"), "1:3");
  EXPECT_EQ(Issue("NON-OIL"), "3:1");
  EXPECT_EQ(Warnings(), "");
}

// Regression: "~~phrase" (a story-level block in PETRARCH) was read as the
// word "~PHRASE".
TEST_F(PetrarchListsTest, DoubleTildeBlocksToo) {
  ReadIssueText("~~medical device directive\n");
  ASSERT_EQ(d_.issues.entries.size(), 1u);
  EXPECT_TRUE(d_.issues.entries[0].blocks);
  EXPECT_EQ(Issue("MEDICAL DEVICE DIRECTIVE"), "0:3");
  EXPECT_EQ(d_.vocabulary.Find("~MEDICAL"), kUnknownWord);
}

TEST_F(PetrarchListsTest, MalformedIssuesWarnAndAreSkipped) {
  ReadIssueText(
      "european central bank\n"
      "aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]\n"
      "[NO_PHRASE]\n"
      "~\n"
      "~~~\n"
      "+ [PLUS_ONLY]\n"
      "n: [MARKER_ONLY]\n"
      "empty code []\n"
      "fine [OK]\n");
  ASSERT_EQ(d_.issues.entries.size(), 1u);
  EXPECT_EQ(Issue("FINE"), "0:1");
  EXPECT_EQ(Warnings(),
            "i.txt:1: issue needs one [CODE]\n"
            "i.txt:2: issue needs one [CODE]\n"
            "i.txt:3: empty issue phrase\n"
            "i.txt:4: empty issue phrase\n"
            "i.txt:5: empty issue phrase\n"
            "i.txt:6: empty issue phrase\n"
            "i.txt:7: empty issue phrase\n"
            "i.txt:8: issue needs one [CODE]\n");
}

// Each "a+b" triples the spellings; a line that would make thousands is skipped.
TEST_F(PetrarchListsTest, SpellingsAreBounded) {
  ReadIssueText("a+b c+d e+f g+h i+j k+l m+n o+p [X]\nfine [OK]\n");
  ASSERT_EQ(d_.issues.entries.size(), 1u);
  EXPECT_EQ(d_.issues.phrases.size(), 1u);
  EXPECT_EQ(Warnings(), "i.txt:1: issue phrase has more than 4096 spellings\n");
}

TEST_F(PetrarchListsTest, GarbageNeverCrashes) {
  ReadIssueText("+\n++\nn:\nv:\nv:+\n+v:\nN:N:N:\n~ [\n[ ~\n<\n~<\na+ [X]\n+a [X]\nv:e [X]\n");
  ReadDiscardText("+\n++\n[\n<!\n#\n_+_\n");
  for (const std::string& w : d_.diagnostics.warnings) {
    EXPECT_TRUE(w.rfind("i.txt:", 0) == 0 || w.rfind("d.txt:", 0) == 0) << w;
  }
  EXPECT_EQ(d_.vocabulary.Find(""), kUnknownWord);
}

}  // namespace
}  // namespace dyad::dict::petrarch
