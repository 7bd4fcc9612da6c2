// The gates that let the article layer skip its rarer readers
// (sentence_gates.h): each opens on a word of its reader's list, in any case,
// and only on one.
#include "doc/sentence_gates.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "dyad/doc/nominal_events.h"

namespace dyad::doc {
namespace {

using Words = std::vector<std::string_view>;

TEST(SentenceGatesTest, APlainSentenceOpensNoGate) {
  const SentenceGates gates = GatesOf(Words{"The", "ministers", "met", "in", "Rome", "."});
  EXPECT_FALSE(gates.deed_noun || gates.protest_noun || gates.contact_noun);
  EXPECT_FALSE(gates.claim);
  EXPECT_FALSE(gates.seizure);
  EXPECT_FALSE(gates.reaction);
  EXPECT_FALSE(gates.placing);
  const SentenceGates none = GatesOf(Words{});
  EXPECT_FALSE(none.deed_noun || none.claim || none.seizure || none.reaction || none.placing);
}

TEST(SentenceGatesTest, DeedProtestAndContactNounsOpenTheirOwnGates) {
  const SentenceGates annexation = GatesOf(Words{"the", "Annexation", "of", "Crimea"});
  EXPECT_TRUE(annexation.deed_noun);
  EXPECT_FALSE(annexation.protest_noun || annexation.contact_noun);
  const SentenceGates truce = GatesOf(Words{"A", "Cease-fire", "held"});
  EXPECT_TRUE(truce.contact_noun);
  EXPECT_FALSE(truce.deed_noun);
  EXPECT_TRUE(GatesOf(Words{"a", "phone", "call", "between"}).contact_noun);
  EXPECT_TRUE(GatesOf(Words{"Modi", "'s", "Visit", "to", "Moscow"}).contact_noun);
  EXPECT_FALSE(GatesOf(Words{"the", "annexed", "region"}).deed_noun);
  EXPECT_FALSE(GatesOf(Words{"the", "annexed", "region"}).contact_noun);
}

// Each reader's own words open its gate: none of them is missing from the
// table that GatesOf reads.
TEST(SentenceGatesTest, EveryNounOfEachReaderOpensItsGate) {
  for (std::string_view w : NounsOfDeeds()) EXPECT_TRUE(GatesOf(Words{w}).deed_noun) << w;
  for (std::string_view w : NounsOfProtests()) EXPECT_TRUE(GatesOf(Words{w}).protest_noun) << w;
  for (std::string_view w : NounsOfContacts()) EXPECT_TRUE(GatesOf(Words{w}).contact_noun) << w;
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
