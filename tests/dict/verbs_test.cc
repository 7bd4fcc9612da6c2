// Tests for building the verb dictionary and its pattern anchor index.
#include "dyad/dict/verbs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace dyad::dict {
namespace {

class VerbDictionaryTest : public ::testing::Test {
 protected:
  PatternElement Word(const char* w) { return {ElementKind::kWord, vocabulary_.Intern(w)}; }
  PatternElement Slot(ElementKind kind) { return {kind, 0}; }
  int AddPattern(int block, std::vector<PatternElement> before, std::vector<PatternElement> after) {
    Pattern p;
    p.block = block;
    p.before = std::move(before);
    p.after = std::move(after);
    p.code = "010";
    return verbs_.AddPattern(std::move(p));
  }
  std::vector<int> Anchored(int block, const char* word) {
    const std::span<const int> patterns = verbs_.PatternsAnchoredBy(block, vocabulary_.Find(word));
    return std::vector<int>(patterns.begin(), patterns.end());
  }

  Vocabulary vocabulary_;
  VerbDictionary verbs_;
};

TEST_F(VerbDictionaryTest, FormsAreFoundByTheirVerbWord) {
  int block = verbs_.AddBlock(VerbBlock{"MEET", "040", {}, {}, {}, ImplicitTarget::kNone});
  VerbForm meet;
  meet.verb = vocabulary_.Intern("MEET");
  meet.block = block;
  VerbForm met = meet;
  met.verb = vocabulary_.Intern("MET");
  VerbForm meet_with = meet;
  meet_with.after = {vocabulary_.Intern("WITH")};
  EXPECT_EQ(verbs_.AddForm(meet), 0);
  EXPECT_EQ(verbs_.AddForm(met), 1);
  EXPECT_EQ(verbs_.AddForm(meet_with), 2);
  EXPECT_EQ(verbs_.num_forms(), 3u);
  verbs_.Finish();
  const std::span<const int> forms = verbs_.FormsOf(vocabulary_.Find("MEET"));
  EXPECT_EQ(std::vector<int>(forms.begin(), forms.end()), (std::vector<int>{0, 2}));
  EXPECT_TRUE(verbs_.FormsOf(vocabulary_.Intern("TALK")).empty());
  EXPECT_EQ(verbs_.form(1).verb, vocabulary_.Find("MET"));
}

TEST_F(VerbDictionaryTest, PatternsJoinTheirBlock) {
  int a = verbs_.AddBlock(VerbBlock{});
  int b = verbs_.AddBlock(VerbBlock{});
  int p0 = AddPattern(a, {}, {Word("AID")});
  int p1 = AddPattern(b, {}, {Word("AID")});
  int p2 = AddPattern(a, {}, {Word("TIES")});
  EXPECT_EQ(verbs_.num_blocks(), 2u);
  EXPECT_EQ(verbs_.num_patterns(), 3u);
  EXPECT_EQ(verbs_.block(a).patterns, (std::vector<int>{p0, p2}));
  EXPECT_EQ(verbs_.block(b).patterns, (std::vector<int>{p1}));
}

TEST_F(VerbDictionaryTest, SynsetIndexCreatesOnceUndefined) {
  int currency = verbs_.SynsetIndex("&CURRENCY");
  EXPECT_EQ(verbs_.SynsetIndex("&CURRENCY"), currency);
  EXPECT_NE(verbs_.SynsetIndex("&FOOD"), currency);
  EXPECT_EQ(verbs_.num_synsets(), 2u);
  EXPECT_EQ(verbs_.synset(currency).name, "&CURRENCY");
  EXPECT_FALSE(verbs_.synset(currency).defined);
  verbs_.mutable_synset(currency).defined = true;
  EXPECT_TRUE(verbs_.synset(verbs_.SynsetIndex("&CURRENCY")).defined);
}

TEST_F(VerbDictionaryTest, FinishAnchorsOnTheFirstWordAfterTheVerb) {
  int block = verbs_.AddBlock(VerbBlock{});
  int p = AddPattern(block, {Word("TROOPS")}, {Slot(ElementKind::kTarget), Word("AID")});
  verbs_.Finish();
  EXPECT_EQ(Anchored(block, "AID"), (std::vector<int>{p}));
  EXPECT_TRUE(Anchored(block, "TROOPS").empty());
  EXPECT_TRUE(verbs_.block(block).unanchored.empty());
}

TEST_F(VerbDictionaryTest, FinishFallsBackOnTheWordsBeforeTheVerb) {
  int block = verbs_.AddBlock(VerbBlock{});
  int p = AddPattern(block, {Word("PLANES")}, {Slot(ElementKind::kTarget)});
  verbs_.Finish();
  EXPECT_EQ(Anchored(block, "PLANES"), (std::vector<int>{p}));
}

TEST_F(VerbDictionaryTest, SynsetAnchorsOnEveryMembersFirstWord) {
  int block = verbs_.AddBlock(VerbBlock{});
  int food = verbs_.SynsetIndex("&FOOD");
  Synset& synset = verbs_.mutable_synset(food);
  synset.defined = true;
  synset.members = {{vocabulary_.Intern("RICE")},
                    {vocabulary_.Intern("FOOD"), vocabulary_.Intern("AID")},
                    {vocabulary_.Intern("FOOD"), vocabulary_.Intern("SUPPLIES")}};
  int p = AddPattern(block, {}, {{ElementKind::kSynset, static_cast<uint32_t>(food)}});
  verbs_.Finish();
  EXPECT_EQ(Anchored(block, "RICE"), (std::vector<int>{p}));
  EXPECT_EQ(Anchored(block, "FOOD"), (std::vector<int>{p}));  // listed once
  EXPECT_TRUE(Anchored(block, "AID").empty());
}

TEST_F(VerbDictionaryTest, PatternsWithoutWordsAreUnanchored) {
  int block = verbs_.AddBlock(VerbBlock{});
  int p = AddPattern(block, {Slot(ElementKind::kSource)}, {Slot(ElementKind::kTarget)});
  int q = AddPattern(block, {}, {});
  verbs_.Finish();
  EXPECT_EQ(verbs_.block(block).unanchored, (std::vector<int>{p, q}));
}

TEST_F(VerbDictionaryTest, UndefinedSynsetGivesNoAnchorWord) {
  int block = verbs_.AddBlock(VerbBlock{});
  int weather = verbs_.SynsetIndex("&WEATHER");
  int p = AddPattern(block, {}, {{ElementKind::kSynset, static_cast<uint32_t>(weather)}});
  verbs_.Finish();
  EXPECT_EQ(verbs_.block(block).unanchored, (std::vector<int>{p}));
}

TEST_F(VerbDictionaryTest, FinishTwiceGivesTheSameIndex) {
  int block = verbs_.AddBlock(VerbBlock{});
  int p = AddPattern(block, {}, {Word("AID")});
  int q = AddPattern(block, {}, {});
  verbs_.Finish();
  verbs_.Finish();
  EXPECT_EQ(Anchored(block, "AID"), (std::vector<int>{p}));
  EXPECT_EQ(verbs_.block(block).unanchored, (std::vector<int>{q}));
}

}  // namespace
}  // namespace dyad::dict
