// Viterbi over per-word candidate lists. Restricting each word to its lexicon
// tags (1-3 for most words, at most 5 for unknown-word classes) makes the
// inner loop a few multiply-free additions per word pair instead of 45 x 45.
#include "viterbi.h"

#include <cassert>
#include <limits>

namespace dyad::tag {

float Viterbi::Decode(const Lattice& lattice, Transitions trans, std::vector<uint8_t>* tags) {
  const size_t n = lattice.size();
  tags->resize(n);
  if (n == 0) return 0;
  score_.resize(lattice.cands.size());
  back_.resize(lattice.cands.size());
  const Candidate* cands = lattice.cands.data();
  const uint32_t* begin = lattice.begin.data();
  for (uint32_t c = begin[0]; c < begin[1]; ++c) {
    score_[c] = trans(trans.num_tags, cands[c].tag) + cands[c].score;
  }
  for (size_t i = 1; i < n; ++i) {
    assert(begin[i] < begin[i + 1]);
    for (uint32_t c = begin[i]; c < begin[i + 1]; ++c) {
      const float* column = trans.table + cands[c].tag;
      float best = -std::numeric_limits<float>::infinity();
      uint32_t arg = begin[i - 1];
      for (uint32_t p = begin[i - 1]; p < begin[i]; ++p) {
        const float s = score_[p] + column[cands[p].tag * trans.num_tags];
        if (s > best) best = s, arg = p;
      }
      score_[c] = best + cands[c].score;
      back_[c] = static_cast<uint16_t>(arg - begin[i - 1]);
    }
  }
  uint32_t arg = begin[n - 1];
  for (uint32_t c = begin[n - 1]; c < begin[n]; ++c) {
    if (score_[c] > score_[arg]) arg = c;
  }
  const float best = score_[arg];
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = cands[arg].tag;
    if (i > 0) arg = begin[i - 1] + back_[arg];
  }
  return best;
}

float PathScore(const Lattice& lattice, Transitions trans, std::span<const uint8_t> tags) {
  assert(tags.size() == lattice.size());
  float score = 0;
  int prev = trans.num_tags;
  for (size_t i = 0; i < tags.size(); ++i) {
    const Candidate* cand = nullptr;
    for (uint32_t c = lattice.begin[i]; c < lattice.begin[i + 1]; ++c) {
      if (lattice.cands[c].tag == tags[i]) cand = &lattice.cands[c];
    }
    assert(cand != nullptr);
    score = score + trans(prev, tags[i]);
    score = score + cand->score;
    prev = tags[i];
  }
  return score;
}

float BruteForceDecode(const Lattice& lattice, Transitions trans, std::vector<uint8_t>* tags) {
  const size_t n = lattice.size();
  std::vector<uint32_t> pick(n, 0);  // candidate index within each word
  std::vector<uint8_t> path(n);
  float best = -std::numeric_limits<float>::infinity();
  tags->assign(n, 0);
  while (true) {
    for (size_t i = 0; i < n; ++i) path[i] = lattice.cands[lattice.begin[i] + pick[i]].tag;
    const float s = PathScore(lattice, trans, path);
    if (s > best) best = s, *tags = path;
    size_t i = n;  // advance the odometer, last word fastest
    while (i > 0 && ++pick[i - 1] == lattice.begin[i] - lattice.begin[i - 1]) pick[--i] = 0;
    if (i == 0) break;
  }
  return n == 0 ? 0 : best;
}

}  // namespace dyad::tag
