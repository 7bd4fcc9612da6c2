#include "dyad/base/word_set.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(WordSetTest, MatchesIgnoringAsciiCase) {
  const WordSet set = {"minister", "gen.", "vice"};
  EXPECT_TRUE(set.contains("minister"));
  EXPECT_TRUE(set.contains("Minister"));
  EXPECT_TRUE(set.contains("MINISTER"));
  EXPECT_TRUE(set.contains("Gen."));
  EXPECT_FALSE(set.contains("ministers"));
  EXPECT_FALSE(set.contains("gen"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_FALSE(set.contains("an-unusually-long-word-beyond-any-member"));
}

TEST(WordSetTest, NonLettersMustMatchExactly) {
  const WordSet set = {"co-op"};
  EXPECT_TRUE(set.contains("Co-op"));
  EXPECT_FALSE(set.contains("co_op"));
}

}  // namespace
}  // namespace dyad
