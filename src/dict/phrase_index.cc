// Longest-first matching of dictionary names against the words of a phrase.
#include "dyad/dict/phrase_index.h"

#include <algorithm>

namespace dyad::dict {

bool PhraseIndex::Add(std::span<const WordId> words, const std::vector<bool>& adjacent, int entry) {
  if (words.empty()) return false;
  Name name{static_cast<uint32_t>(words_.size()), static_cast<uint32_t>(words.size()), 0, entry};
  for (size_t i = 0; i + 1 < words.size() && i < 64; ++i) {
    bool joined = adjacent.size() + 1 == words.size() ? adjacent[i] : true;
    if (!joined) name.gaps |= uint64_t{1} << i;
  }
  words_.insert(words_.end(), words.begin(), words.end());
  names_.push_back(name);
  return true;
}

void PhraseIndex::Finish() {
  std::stable_sort(names_.begin(), names_.end(), [this](const Name& a, const Name& b) {
    WordId fa = words_[a.offset], fb = words_[b.offset];
    return fa != fb ? fa < fb : a.length > b.length;
  });
  WordId max_word = 0;
  for (const Name& n : names_) max_word = std::max(max_word, words_[n.offset]);
  first_.assign(names_.empty() ? 0 : max_word + 2, 0);
  for (const Name& n : names_) ++first_[words_[n.offset] + 1];
  for (size_t w = 1; w < first_.size(); ++w) first_[w] += first_[w - 1];
}

namespace {

// Whether other words may stand between want[i] and want[i + 1].
bool GapAfter(uint64_t gaps, uint32_t i) { return i < 64 && (gaps >> i & 1); }

// Whether want[0, n) occurs in `words` at `at`.
bool RunAt(const WordId* want, uint32_t n, std::span<const WordId> words, size_t at) {
  return at + n <= words.size() && std::equal(want, want + n, words.begin() + at);
}

// Matches want[i..] against words from `at`. Between gaps the words form runs
// that must be adjacent; placing each run at its earliest occurrence after the
// previous one finds a match whenever there is one, in linear time. (Trying
// only the first occurrence of a run's first word misses "A B_C" in
// "A B X B C"; backtracking over every occurrence of every word is exponential.)
bool MatchRest(const WordId* want, uint32_t length, uint64_t gaps, uint32_t i,
               std::span<const WordId> words, size_t at, int* end) {
  while (i < length) {
    uint32_t last = i + 1;
    while (last < length && !GapAfter(gaps, last - 1)) ++last;
    if (GapAfter(gaps, i - 1)) {
      while (at < words.size() && !RunAt(want + i, last - i, words, at)) ++at;
    }
    if (!RunAt(want + i, last - i, words, at)) return false;
    at += last - i;
    i = last;
  }
  *end = static_cast<int>(at);
  return true;
}

}  // namespace

bool PhraseIndex::Matches(const Name& name, std::span<const WordId> words, size_t pos,
                          int* end) const {
  const WordId* want = words_.data() + name.offset;
  if (name.gaps == 0) {  // the common case: every word adjacent
    if (pos + name.length > words.size()) return false;
    for (uint32_t i = 1; i < name.length; ++i) {
      if (words[pos + i] != want[i]) return false;
    }
    *end = static_cast<int>(pos + name.length);
    return true;
  }
  return MatchRest(want, name.length, name.gaps, 1, words, pos + 1, end);
}

bool PhraseIndex::MatchAt(std::span<const WordId> words, size_t pos, PhraseMatch* match) const {
  if (pos >= words.size()) return false;
  WordId w = words[pos];
  if (w == kUnknownWord || w + 1 >= first_.size()) return false;
  for (uint32_t i = first_[w]; i < first_[w + 1]; ++i) {
    int end;
    if (Matches(names_[i], words, pos, &end)) {
      match->entry = names_[i].entry;
      match->end = end;
      return true;
    }
  }
  return false;
}

}  // namespace dyad::dict
