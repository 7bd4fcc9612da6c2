// Longest-first matching of dictionary names against the words of a noun phrase.
#include "dyad/dict/phrase_index.h"

#include <algorithm>

namespace dyad::dict {

bool PhraseIndex::Add(std::vector<WordId> words, std::vector<bool> adjacent, int entry) {
  if (words.empty()) return false;
  if (adjacent.size() + 1 != words.size()) adjacent.assign(words.size() - 1, true);
  WordId first = words.front();
  buckets_[first].push_back(Name{std::move(words), std::move(adjacent), entry});
  ++count_;
  return true;
}

void PhraseIndex::Finish() {
  for (auto& [word, names] : buckets_) {
    std::stable_sort(names.begin(), names.end(),
                     [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
  }
}

namespace {

// Whether name[first, last) occurs in `words` starting at `at`.
bool RunAt(const std::vector<WordId>& name, size_t first, size_t last,
           std::span<const WordId> words, size_t at) {
  if (at + (last - first) > words.size()) return false;
  return std::equal(name.begin() + first, name.begin() + last, words.begin() + at);
}

}  // namespace

// A name is runs of adjacent words with gaps between the runs. The first run
// starts at `pos`; each later run is placed at its earliest occurrence after
// the previous one, which finds a match whenever there is one (trying only the
// first occurrence of a run's first word would miss "A B_C" in "A B X B C").
bool PhraseIndex::Matches(const Name& name, std::span<const WordId> words, size_t pos, int* end) {
  size_t at = pos;
  for (size_t first = 0, last; first < name.words.size(); first = last) {
    last = first + 1;
    while (last < name.words.size() && name.adjacent[last - 1]) ++last;
    if (first > 0) {
      while (at < words.size() && !RunAt(name.words, first, last, words, at)) ++at;
    }
    if (!RunAt(name.words, first, last, words, at)) return false;
    at += last - first;
  }
  *end = static_cast<int>(at);
  return true;
}

bool PhraseIndex::MatchAt(std::span<const WordId> words, size_t pos, PhraseMatch* match) const {
  if (pos >= words.size() || words[pos] == kUnknownWord) return false;
  auto it = buckets_.find(words[pos]);
  if (it == buckets_.end()) return false;
  for (const Name& name : it->second) {
    int end;
    if (Matches(name, words, pos, &end)) {
      match->entry = name.entry;
      match->end = end;
      return true;
    }
  }
  return false;
}

}  // namespace dyad::dict
