#include "dyad/base/word_set.h"

#include <gtest/gtest.h>

#include <span>
#include <string_view>

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

TEST(WordSetTest, FindsEveryMemberOfALargeSet) {
  // Members sharing first letters and lengths, more than the smallest table
  // holds, so that probes collide and wrap around.
  const WordSet set = {"ambassador", "envoy",   "minister", "president", "premier",   "prince",
                       "pope",       "prime",   "queen",    "king",      "judge",     "justice",
                       "mayor",      "marshal", "admiral",  "adviser",   "advisor",   "colonel",
                       "col.",       "captain", "cleric",   "chief",     "chancellor"};
  for (std::string_view w :
       {"Ambassador", "ENVOY",   "minister", "President", "premier",   "Prince",
        "pope",       "Prime",   "queen",    "King",      "judge",     "Justice",
        "mayor",      "Marshal", "admiral",  "Adviser",   "advisor",   "Colonel",
        "Col.",       "captain", "cleric",   "Chief",     "Chancellor"})
    EXPECT_TRUE(set.contains(w)) << w;
  for (std::string_view w : {"ambassadors", "envoys", "minster", "presiden", "prim", "kings",
                             "judged", "adviser.", "col", "chie", "chancellors", "p", "."})
    EXPECT_FALSE(set.contains(w)) << w;
}

TEST(WordSetTest, EmptySetHoldsNothing) {
  const WordSet set = {};
  EXPECT_FALSE(set.contains("a"));
  EXPECT_FALSE(set.contains(""));
}

TEST(WordSetTest, OfKindsTellsWhichListsHaveAWord) {
  constexpr std::string_view kNouns[] = {"attack", "strike", "ceasefire"};
  constexpr std::string_view kVerbs[] = {"strike", "seized"};
  constexpr std::string_view kEmpty[] = {""};
  const std::span<const std::string_view> lists[] = {kNouns, kVerbs, kEmpty};
  const WordSet set = WordSet::OfKinds(lists);
  EXPECT_EQ(set.KindsOf("Attack"), 1u);
  EXPECT_EQ(set.KindsOf("STRIKE"), 3u);
  EXPECT_EQ(set.KindsOf("seized"), 2u);
  EXPECT_EQ(set.KindsOf("ceasefire"), 1u);
  EXPECT_EQ(set.KindsOf("seize"), 0u);
  EXPECT_EQ(set.KindsOf(""), 0u);
  EXPECT_TRUE(set.contains("Seized"));
  EXPECT_FALSE(set.contains("attacks"));
}

TEST(WordSetTest, APlainSetGivesItsMembersKindOne) {
  const WordSet set = {"truce"};
  EXPECT_EQ(set.KindsOf("Truce"), 1u);
  EXPECT_EQ(set.KindsOf("truces"), 0u);
}

}  // namespace
}  // namespace dyad
