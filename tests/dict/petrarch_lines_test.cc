// Tests for the line-level helpers shared by the PETRARCH dictionary readers.
#include "dict/petrarch_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::dict::petrarch {
namespace {

TEST(CleanLineTest, BlankAndCommentLinesAreEmpty) {
  EXPECT_EQ(CleanLine(""), "");
  EXPECT_EQ(CleanLine("   \t "), "");
  EXPECT_EQ(CleanLine("# a comment"), "");
  EXPECT_EQ(CleanLine("<!-- PETRARCH VALIDATION SUITE -->"), "");
  EXPECT_EQ(CleanLine("   <!-- indented -->"), "");
  EXPECT_EQ(CleanLine("<!"), "");
}

TEST(CleanLineTest, TrailingCommentIsCutAndTrimmed) {
  EXPECT_EQ(CleanLine("ABANDON    # pas 15 Jul 2003"), "ABANDON");
  EXPECT_EQ(CleanLine("  ATHENS  [GRC] #JW   10/17/91  "), "ATHENS  [GRC]");
  EXPECT_EQ(CleanLine("+SHOT_AND {} [193]# no space before the comment"), "+SHOT_AND {} [193]");
  EXPECT_EQ(CleanLine("MEET\r"), "MEET");
}

TEST(CleanLineTest, HashInsideBracketsIsACode) {
  EXPECT_EQ(CleanLine("- * FOO [###] # comment"), "- * FOO [###]");
  EXPECT_EQ(CleanLine("- * FOO [1#2]"), "- * FOO [1#2]");
  EXPECT_EQ(CleanLine("X [###][A#] # [#] in a comment"), "X [###][A#]");
}

TEST(CleanLineTest, UnbalancedBracketsDoNotBreakCommentCutting) {
  EXPECT_EQ(CleanLine("X ] # c"), "X ]");
  EXPECT_EQ(CleanLine("X ]] [#] # c"), "X ]] [#]");
}

TEST(CleanLineTest, KeepsNonCommentAngleBrackets) {
  EXPECT_EQ(CleanLine("<ISSUE CATEGORY=\"EDUCATION\">"), "<ISSUE CATEGORY=\"EDUCATION\">");
}

// "WORD WORD" with '_' for adjacent pairs and ' ' for gaps.
std::string Split(std::string_view name) {
  Vocabulary vocabulary;
  std::vector<WordId> words;
  std::vector<bool> adjacent;
  SplitName(name, &vocabulary, &words, &adjacent);
  if (words.empty()) return adjacent.empty() ? "<empty>" : "<bad>";
  if (adjacent.size() + 1 != words.size()) return "<bad>";
  std::string out(vocabulary.Word(words[0]));
  for (size_t i = 1; i < words.size(); ++i) {
    out += adjacent[i - 1] ? "_" : " ";
    out += vocabulary.Word(words[i]);
  }
  return out;
}

TEST(SplitNameTest, UnderscoresJoinSpacesSeparate) {
  EXPECT_EQ(Split("FRANCE"), "FRANCE");
  EXPECT_EQ(Split("GAZA_CITY"), "GAZA_CITY");
  EXPECT_EQ(Split("HAMAS WING"), "HAMAS WING");
  EXPECT_EQ(Split("PRESIDENT_GEORGE_W._BUSH"), "PRESIDENT_GEORGE_W._BUSH");
  EXPECT_EQ(Split("CARAS GALADHON_ELF"), "CARAS GALADHON_ELF");
}

TEST(SplitNameTest, AnySpaceInAGapMakesItLoose) {
  EXPECT_EQ(Split("A_ B"), "A B");
  EXPECT_EQ(Split("A _B"), "A B");
  EXPECT_EQ(Split("A  \t B"), "A B");
  EXPECT_EQ(Split("A__B"), "A_B");
}

TEST(SplitNameTest, TrailingAndLeadingSeparatorsAreIgnored) {
  EXPECT_EQ(Split("ARNOR_"), "ARNOR");
  EXPECT_EQ(Split("UFFE_ELLEMANN_JENSEN_"), "UFFE_ELLEMANN_JENSEN");
  EXPECT_EQ(Split("_ARNOR"), "ARNOR");
  EXPECT_EQ(Split("  ARNOR  "), "ARNOR");
}

TEST(SplitNameTest, UpperCasesAscii) { EXPECT_EQ(Split("al-Qaeda leader"), "AL-QAEDA LEADER"); }

TEST(SplitNameTest, EmptyNames) {
  EXPECT_EQ(Split(""), "<empty>");
  EXPECT_EQ(Split("_"), "<empty>");
  EXPECT_EQ(Split(" _ "), "<empty>");
}

TEST(SplitNameTest, ClearsItsOutputs) {
  Vocabulary vocabulary;
  std::vector<WordId> words = {1, 2, 3};
  std::vector<bool> adjacent = {true};
  SplitName("X", &vocabulary, &words, &adjacent);
  EXPECT_EQ(words.size(), 1u);
  EXPECT_TRUE(adjacent.empty());
}

TEST(PluralOfTest, RegularNouns) {
  EXPECT_EQ(PluralOf("TROOP"), "TROOPS");
  EXPECT_EQ(PluralOf("PARTY"), "PARTIES");
  EXPECT_EQ(PluralOf("ENVOY"), "ENVOYS");
  EXPECT_EQ(PluralOf("DAY"), "DAYS");
  EXPECT_EQ(PluralOf("CHURCH"), "CHURCHES");
  EXPECT_EQ(PluralOf("BUSH"), "BUSHES");
  EXPECT_EQ(PluralOf("PRESS"), "PRESSES");
  EXPECT_EQ(PluralOf("TAX"), "TAXES");
  EXPECT_EQ(PluralOf("WALTZ"), "WALTZES");
  EXPECT_EQ(PluralOf("STOMACH"), "STOMACHES");
  EXPECT_EQ(PluralOf("MONARCH"), "MONARCHES");
  EXPECT_EQ(PluralOf("EURO"), "EUROS");
}

TEST(PluralOfTest, ShortWords) {
  EXPECT_EQ(PluralOf(""), "");
  EXPECT_EQ(PluralOf("A"), "AS");
  EXPECT_EQ(PluralOf("S"), "SES");
}

TEST(RegularVerbFormsTest, PlainVerb) {
  EXPECT_EQ(RegularVerbForms("ATTACK"),
            (std::vector<std::string>{"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"}));
}

TEST(RegularVerbFormsTest, FinalEIsDroppedBeforeIng) {
  EXPECT_EQ(RegularVerbForms("ACCELERATE"),
            (std::vector<std::string>{"ACCELERATE", "ACCELERATES", "ACCELERATED", "ACCELERATING"}));
  EXPECT_EQ(RegularVerbForms("AGREE"),
            (std::vector<std::string>{"AGREE", "AGREES", "AGREED", "AGREEING"}));
}

TEST(RegularVerbFormsTest, ConsonantYBecomesIed) {
  EXPECT_EQ(RegularVerbForms("CARRY"),
            (std::vector<std::string>{"CARRY", "CARRIES", "CARRIED", "CARRYING"}));
  EXPECT_EQ(RegularVerbForms("DELAY"),
            (std::vector<std::string>{"DELAY", "DELAYS", "DELAYED", "DELAYING"}));
}

TEST(RegularVerbFormsTest, SibilantsTakeEs) {
  EXPECT_EQ(RegularVerbForms("PRESS"),
            (std::vector<std::string>{"PRESS", "PRESSES", "PRESSED", "PRESSING"}));
  EXPECT_EQ(RegularVerbForms("FAX"), (std::vector<std::string>{"FAX", "FAXES", "FAXED", "FAXING"}));
  EXPECT_EQ(RegularVerbForms("REACH"),
            (std::vector<std::string>{"REACH", "REACHES", "REACHED", "REACHING"}));
  EXPECT_EQ(RegularVerbForms("PUSH"),
            (std::vector<std::string>{"PUSH", "PUSHES", "PUSHED", "PUSHING"}));
}

TEST(RegularVerbFormsTest, DegenerateInputs) {
  EXPECT_EQ(RegularVerbForms(""), (std::vector<std::string>{""}));
  EXPECT_EQ(RegularVerbForms("E"), (std::vector<std::string>{"E", "ES", "ED", "ING"}));
}

TEST(BracketGroupsTest, ContentsInOrderTrimmed) {
  EXPECT_EQ(BracketGroups("X [A] [ B C ][]"), (std::vector<std::string_view>{"A", "B C", ""}));
  EXPECT_EQ(BracketGroups("[IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]"),
            (std::vector<std::string_view>{"IGOEUREEC 820701-821231", "IGOEUREEC 870701-871231"}));
  EXPECT_TRUE(BracketGroups("no groups").empty());
}

TEST(BracketGroupsTest, UnclosedGroupIsIgnored) {
  EXPECT_EQ(BracketGroups("[A] [B"), (std::vector<std::string_view>{"A"}));
  EXPECT_EQ(BracketGroups("[A [B] C]"), (std::vector<std::string_view>{"A [B"}));
  EXPECT_TRUE(BracketGroups("]]").empty());
}

}  // namespace
}  // namespace dyad::dict::petrarch
