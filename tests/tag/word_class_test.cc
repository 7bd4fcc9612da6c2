// Tests for the unknown-word classes.
#include "tag/word_class.h"

#include <gtest/gtest.h>

#include <string>

#include "tag/lingua.h"
#include "tag/test_model.h"

namespace dyad::tag {
namespace {

TEST(WordClassTest, Shapes) {
  auto data = CompileLingua({testing::kWordsYml, testing::kUnknownYml, testing::kTagsYml});
  ASSERT_TRUE(data.ok());
  auto model = Model::Create(std::move(*data), "inline");
  ASSERT_TRUE(model.ok());
  const struct {
    std::string_view word, key;
  } kCases[] = {
      {"(a", "*LRB*"},
      {"b]", "*RRB*"},
      {"3.5", "*NUM*"},
      {"1,000", "*NUM*"},
      {"-2", "*NUM*"},
      {".5", "*NUM*"},
      {"1990-91", "*NUM*"},
      {"3/4", "*NUM*"},
      {"20th", "*ORD*"},
      {"1990s", "*ORD*"},
      {"UNPROFOR", "-abr-"},
      {"U.S.", "-abr-"},
      {"ultra-big", "-hyp-adj-"},
      {"big-ticket", "-hyp-"},
      {"%&", "-sym-"},
      {"--", "-sym-"},
      {"Zorblat", "-cap-"},
      {"Gxndor-based", "-hyp-"},
      {"flurbing", "-ing-"},
      {"snorks", "-s-"},
      {"snorkification", "-tion-"},
      {"snorkly", "-ly-"},
      {"snorked", "-ed-"},
      {"snork", "-unknown-"},
      {"", "-sym-"},
      {"café", "-unknown-"},
      {"über-cool", "-hyp-"},
  };
  for (const auto& c : kCases) EXPECT_EQ(UnknownWordClass(c.word, *model), c.key) << c.word;
}

TEST(WordClassTest, AmericanSpellingOfBritishEndings) {
  std::string out;
  struct Case {
    const char* british;
    const char* american;
  };
  const Case kCases[] = {
      {"recognises", "recognizes"},     {"apologised", "apologized"}, {"organising", "organizing"},
      {"organisation", "organization"}, {"paralyse", "paralyze"},     {"neighbours", "neighbors"},
      {"favoured", "favored"},          {"honour", "honor"},          {"travelled", "traveled"},
      {"cancelling", "canceling"},      {"centres", "centers"},       {"theatre", "theater"},
      {"defence", "defense"},
  };
  for (const Case& c : kCases) {
    ASSERT_TRUE(AmericanSpelling(c.british, &out)) << c.british;
    EXPECT_EQ(out, c.american) << c.british;
  }
  // Words with no British ending are left alone.
  EXPECT_FALSE(AmericanSpelling("attacked", &out));
  EXPECT_FALSE(AmericanSpelling("talks", &out));
  EXPECT_FALSE(AmericanSpelling("pour", &out));
}

TEST(WordClassTest, BracketKeys) {
  EXPECT_EQ(BracketKey("-LRB-"), "*LRB*");
  EXPECT_EQ(BracketKey("-RSB-"), "*RRB*");
  EXPECT_EQ(BracketKey("-LCB-"), "*LCB*");
  EXPECT_TRUE(BracketKey("(").empty());
}

}  // namespace
}  // namespace dyad::tag
