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

bool PhraseIndex::Matches(const Name& name, std::span<const WordId> words, size_t pos, int* end) {
  size_t at = pos + 1;
  for (size_t i = 1; i < name.words.size(); ++i) {
    if (name.adjacent[i - 1]) {
      if (at >= words.size() || words[at] != name.words[i]) return false;
    } else {
      while (at < words.size() && words[at] != name.words[i]) ++at;
      if (at >= words.size()) return false;
    }
    ++at;
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
