// Differential tests: Viterbi against brute-force enumeration of every tag
// sequence, on random lattices with random transition tables and on lattices
// the tagger builds for generated sentences (house style rule 14).
#include "tag/viterbi.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/tag/tagger.h"
#include "tag/lingua.h"
#include "tag/model.h"
#include "tag/test_model.h"

namespace dyad::tag {
namespace {

// Decodes with both and checks that they agree: same best score (they add in
// the same order, so exactly), and Viterbi's path really has that score.
void ExpectAgree(const Lattice& lattice, Transitions trans, Viterbi* viterbi) {
  std::vector<uint8_t> fast, slow;
  const float fast_score = viterbi->Decode(lattice, trans, &fast);
  const float slow_score = BruteForceDecode(lattice, trans, &slow);
  ASSERT_EQ(fast.size(), lattice.size());
  EXPECT_EQ(fast_score, slow_score);
  if (!lattice.cands.empty()) {
    EXPECT_EQ(PathScore(lattice, trans, fast), fast_score);
  }
}

TEST(ViterbiTest, MatchesBruteForceOnRandomLattices) {
  std::mt19937 rng(20240521);
  std::uniform_real_distribution<float> score(-12.0f, 0.0f);
  Viterbi viterbi;
  Lattice lattice;
  for (int round = 0; round < 3000; ++round) {
    const int num_tags = 1 + static_cast<int>(rng() % 8);
    std::vector<float> table((num_tags + 1) * num_tags);
    for (float& f : table) f = score(rng);
    lattice.Clear();
    const int n = static_cast<int>(rng() % 8);
    for (int i = 0; i < n; ++i) {
      std::vector<Candidate> cands;
      for (int t = 0; t < num_tags; ++t) {
        if (rng() % 3 == 0 || (t == num_tags - 1 && cands.empty())) {
          cands.push_back({static_cast<uint8_t>(t), score(rng)});
        }
      }
      lattice.AddWord(cands);
    }
    ExpectAgree(lattice, {table.data(), num_tags}, &viterbi);
  }
}

TEST(ViterbiTest, TiesAndSingleCandidates) {
  std::vector<float> table(3 * 2, -1.0f);
  Lattice lattice;
  lattice.AddWord(std::vector<Candidate>{{0, -1.0f}, {1, -1.0f}});
  lattice.AddWord(std::vector<Candidate>{{1, 0.0f}});
  Viterbi viterbi;
  ExpectAgree(lattice, {table.data(), 2}, &viterbi);
}

TEST(ViterbiTest, MatchesBruteForceOnTaggerLattices) {
  auto data = CompileLingua({testing::kWordsYml, testing::kUnknownYml, testing::kTagsYml});
  ASSERT_TRUE(data.ok()) << data.status().message();
  auto tagger = Tagger::FromBytes(SerializeModel(*data), "inline");
  ASSERT_TRUE(tagger.ok());
  const Model& model = (*tagger)->model();
  const std::vector<std::string> vocabulary = {
      "The",   "the",     "minister", "said",     "on",      "that",     "talks",      "would",
      "visit", "visits",  "plan",     "police",   "Police",  "fighting", "attack",     "new",
      "big",   "Zorblat", "snorks",   "attacked", "1,200",   "20th",     "big-ticket", "UN",
      ",",     ".",       "``",       "-LRB-",    "quickly", "nation",   "%",          "flurb"};
  std::mt19937 rng(7);
  Lattice lattice;
  Viterbi viterbi;
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string_view> words(rng() % 7);
    for (auto& w : words) w = vocabulary[rng() % vocabulary.size()];
    (*tagger)->BuildLattice(words, &lattice);
    ASSERT_EQ(lattice.size(), words.size());
    ExpectAgree(lattice, {model.transition_table(), model.num_tags()}, &viterbi);
  }
}

}  // namespace
}  // namespace dyad::tag
