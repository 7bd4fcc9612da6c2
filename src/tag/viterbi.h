// Bigram Viterbi decoding over a lattice of candidate tags, and the slow
// reference it is tested against (house style rule 14).
//
// A path picks one candidate per word; its score is the sum, left to right,
// of transition(prev tag, tag) and the candidate's emission score, prev being
// the start row for the first word. Both decoders add in that same order, so
// their best scores agree exactly.
#ifndef DYAD_SRC_TAG_VITERBI_H_
#define DYAD_SRC_TAG_VITERBI_H_

#include <cstdint>
#include <span>
#include <vector>

#include "model.h"

namespace dyad::tag {

// Candidates per word, stored flat so that rebuilding it allocates nothing
// once its vectors have grown.
struct Lattice {
  std::vector<uint32_t> begin = {0};  // word i's candidates: [begin[i], begin[i+1])
  std::vector<Candidate> cands;

  size_t size() const { return begin.size() - 1; }
  void Clear() {
    begin.resize(1);
    cands.clear();
  }
  void AddWord(std::span<const Candidate> word_cands) {
    cands.insert(cands.end(), word_cands.begin(), word_cands.end());
    begin.push_back(static_cast<uint32_t>(cands.size()));
  }
};

// A (num_tags + 1) x num_tags table of log P(tag | prev); row num_tags is the
// sentence start. Borrowed: the table must outlive the view.
struct Transitions {
  const float* table = nullptr;
  int num_tags = 0;
  float operator()(int prev, int tag) const { return table[prev * num_tags + tag]; }
};

// Decodes with reusable scratch; one per thread.
class Viterbi {
 public:
  // Writes the best path's tags into *tags (one per word) and returns its
  // score. Every word must have at least one candidate. O(sum of k_i * k_i+1).
  float Decode(const Lattice& lattice, Transitions transitions, std::vector<uint8_t>* tags);

 private:
  std::vector<float> score_;    // per candidate: best score of a path ending in it
  std::vector<uint16_t> back_;  // per candidate: index of the previous word's candidate
};

// The score of the path `tags` (which must be candidates of their words).
float PathScore(const Lattice& lattice, Transitions transitions, std::span<const uint8_t> tags);

// Reference decoder: scores every path, keeps the first best in lexicographic
// order of candidate indices. Exponential; for lattices of a few thousand paths.
float BruteForceDecode(const Lattice& lattice, Transitions transitions, std::vector<uint8_t>* tags);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_VITERBI_H_
