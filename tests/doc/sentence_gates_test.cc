// The gates that let the article layer skip its rarer readers
// (sentence_gates.h): each opens on a word of its reader's list, in any case,
// and only on one.
#include "doc/sentence_gates.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dyad::doc {
namespace {

using Words = std::vector<std::string_view>;

TEST(SentenceGatesTest, APlainSentenceOpensNoGate) {
  const SentenceGates gates = GatesOf(Words{"The", "ministers", "met", "in", "Rome", "."});
  EXPECT_FALSE(gates.deed_noun);
  EXPECT_FALSE(gates.claim);
  EXPECT_FALSE(gates.seizure);
  EXPECT_FALSE(gates.reaction);
  EXPECT_FALSE(gates.placing);
  const SentenceGates none = GatesOf(Words{});
  EXPECT_FALSE(none.deed_noun || none.claim || none.seizure || none.reaction || none.placing);
}

TEST(SentenceGatesTest, DeedProtestAndTruceNounsOpenTheNounGate) {
  EXPECT_TRUE(GatesOf(Words{"the", "Annexation", "of", "Crimea"}).deed_noun);
  EXPECT_TRUE(GatesOf(Words{"A", "ceasefire", "took", "effect"}).deed_noun);
  EXPECT_TRUE(GatesOf(Words{"A", "Cease-fire", "held"}).deed_noun);
  EXPECT_FALSE(GatesOf(Words{"the", "annexed", "region"}).deed_noun);
}

TEST(SentenceGatesTest, OnlyFormsOfClaimOpenTheClaimGate) {
  EXPECT_TRUE(GatesOf(Words{"The", "group", "CLAIMED", "it", "."}).claim);
  EXPECT_TRUE(GatesOf(Words{"a", "claim", "of", "responsibility"}).claim);
  EXPECT_FALSE(GatesOf(Words{"Gunmen", "attacked", "a", "bus", "."}).claim);
  EXPECT_FALSE(GatesOf(Words{"a", "claimant"}).claim);
}

TEST(SentenceGatesTest, VerbsOfSeizureControlAndOverOpenTheSeizureGate) {
  EXPECT_TRUE(GatesOf(Words{"Rebels", "Overran", "the", "town"}).seizure);
  EXPECT_TRUE(GatesOf(Words{"took", "control", "of", "Goma"}).seizure);
  EXPECT_TRUE(GatesOf(Words{"took", "over", "the", "base"}).seizure);
  const SentenceGates plain = GatesOf(Words{"Rebels", "attacked", "the", "town"});
  EXPECT_FALSE(plain.seizure);
}

TEST(SentenceGatesTest, WordsOfFeelingJudgementOrCallingOpenTheReactionGate) {
  EXPECT_TRUE(GatesOf(Words{"Chad", "was", "dismayed", "by", "it", "."}).reaction);
  EXPECT_TRUE(GatesOf(Words{"Chad", "called", "it", "unacceptable", "."}).reaction);
  EXPECT_FALSE(GatesOf(Words{"Chad", "closed", "its", "border", "."}).reaction);
}

TEST(SentenceGatesTest, VerbsThatPlaceADeedOpenThePlacingGate) {
  EXPECT_TRUE(GatesOf(Words{"Talks", "were", "HELD", "in", "Doha"}).placing);
  EXPECT_TRUE(GatesOf(Words{"The", "vote", "took", "place", "in", "May"}).placing);
  EXPECT_TRUE(GatesOf(Words{"Strikes", "pounded", "Gaza"}).placing);
  EXPECT_FALSE(GatesOf(Words{"Talks", "will", "resume", "in", "Doha"}).placing);
}

TEST(SentenceGatesTest, OneSentenceMayOpenSeveralGates) {
  const SentenceGates gates =
      GatesOf(Words{"Rebels", "claimed", "the", "attack", "and", "seized", "the", "town"});
  EXPECT_TRUE(gates.deed_noun);  // "attack"
  EXPECT_TRUE(gates.claim);
  EXPECT_TRUE(gates.seizure);
}

}  // namespace
}  // namespace dyad::doc
