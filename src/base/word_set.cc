#include "dyad/base/word_set.h"

#include <algorithm>

namespace dyad {

WordSet::WordSet(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {
  for (std::string_view w : words) {
    shortest_ = std::min(shortest_, w.size());
    longest_ = std::max(longest_, w.size());
  }
  longest_ = std::min(longest_, kMaxLength);
}

bool WordSet::contains(std::string_view word) const {
  if (word.size() < shortest_ || word.size() > longest_) return false;
  char folded[kMaxLength] = {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
  return words_.count(std::string_view(folded, word.size())) > 0;
}

}  // namespace dyad
