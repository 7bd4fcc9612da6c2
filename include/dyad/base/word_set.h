// A fixed set of words matched ignoring ASCII case, for the word lists the
// document layer asks about for most words ("is this a title?"). Most words
// asked about are not members: a bit per (first letter, length), one per
// (last letter, length) and one per first two letters turn them away before
// the word is folded and hashed; the rest probe a small open-addressing table
// once. A set made of several lists (OfKinds) also tells, in that one probe,
// which lists have a word.
#ifndef DYAD_BASE_WORD_SET_H_
#define DYAD_BASE_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace dyad {

class WordSet {
 public:
  // `words` must be lower case and outlive the set (string literals).
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
  explicit WordSet(std::span<const std::string_view> words);
  // The union of `lists` (at most 32), in which a word carries bit i for
  // each list i that has it.
  static WordSet OfKinds(std::span<const std::span<const std::string_view>> lists);

  bool contains(std::string_view word) const { return KindsOf(word) != 0; }

  // The bits of the lists that have `word` (OfKinds; a set of one list gives
  // its members bit 0), or 0 if none has it.
  uint32_t KindsOf(std::string_view word) const {
    // Folding keeps a letter's low five bits: 'M' and 'm' share a bit row.
    if (word.empty() || word.size() > kMaxLength ||
        (starts_[static_cast<unsigned char>(word.front()) & 31] >> word.size() & 1) == 0 ||
        (ends_[static_cast<unsigned char>(word.back()) & 31] >> word.size() & 1) == 0 ||
        (pairs_[static_cast<unsigned char>(word.front()) & 31] >> SecondBits(word) & 1) == 0)
      return 0;
    return Probe(word);
  }

 private:
  static constexpr size_t kMaxLength = 24;
  // The low five bits of the second character (0 for a one-letter word).
  static unsigned SecondBits(std::string_view word) {
    return word.size() > 1 ? static_cast<unsigned char>(word[1]) & 31 : 0;
  }
  void Add(std::string_view word, uint32_t kinds);
  uint32_t Probe(std::string_view word) const;

  // Bit `length` of starts_[c & 31] is set if a member of that length begins
  // with a character whose low five bits are those of `c`.
  std::array<uint32_t, 32> starts_{};
  std::array<uint32_t, 32> ends_{};  // the same for the last character
  // Bit SecondBits(w) of pairs_[w.front() & 31]: the first two characters,
  // which turn away most words a large set's first tests let through.
  std::array<uint32_t, 32> pairs_{};
  std::vector<std::string_view> slots_;  // empty views are free slots
  std::vector<uint32_t> kinds_;          // OfKinds: the kind bits of each slot's word
  uint32_t mask_ = 0;                    // slots_.size() - 1, a power of two minus one
};

}  // namespace dyad

#endif  // DYAD_BASE_WORD_SET_H_
