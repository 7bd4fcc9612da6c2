// A fixed set of words matched ignoring ASCII case, for the word lists the
// document layer asks about for most words ("is this a title?"). One lookup
// folds the word into a small buffer and probes a hash table, where
// EqualsAnyIgnoreCase compares it with every member in turn.
#ifndef DYAD_BASE_WORD_SET_H_
#define DYAD_BASE_WORD_SET_H_

#include <initializer_list>
#include <span>
#include <string_view>
#include <unordered_set>

namespace dyad {

class WordSet {
 public:
  // `words` must be lower case and outlive the set (string literals).
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
  explicit WordSet(std::span<const std::string_view> words);

  bool contains(std::string_view word) const;

 private:
  static constexpr size_t kMaxLength = 24;
  std::unordered_set<std::string_view> words_;
  size_t shortest_ = kMaxLength, longest_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_WORD_SET_H_
