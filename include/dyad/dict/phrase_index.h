// PhraseIndex: multi-word names (actors, agents, discards) indexed by their first word.
//
// A name is a sequence of words; between two words the dictionary says whether
// they must be adjacent ("_" in PETRARCH files) or may have other words
// between them (a space). Lookup at a position tries the longest names first.
// Names live in one flat array, grouped by first word after Finish().
#ifndef DYAD_DICT_PHRASE_INDEX_H_
#define DYAD_DICT_PHRASE_INDEX_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

struct PhraseMatch {
  int entry = -1;  // index passed to Add()
  int end = 0;     // one past the last matched word
};

class PhraseIndex {
 public:
  // Adds a name. `adjacent[i]` says whether word i+1 must directly follow word i
  // (size words.size()-1, or empty meaning all adjacent). Returns false for an empty name.
  bool Add(std::span<const WordId> words, const std::vector<bool>& adjacent, int entry);

  // Groups the names by first word, longest first; call once after the last Add().
  void Finish();

  // The first (longest) name that starts at words[pos], if any.
  bool MatchAt(std::span<const WordId> words, size_t pos, PhraseMatch* match) const;

  bool StartsAny(WordId w) const { return w + 1 < first_.size() && first_[w] < first_[w + 1]; }
  size_t size() const { return names_.size(); }

 private:
  struct Name {
    uint32_t offset;  // into words_
    uint32_t length;
    uint64_t gaps;  // bit i set: other words may stand between word i and word i+1
    int32_t entry;
  };
  bool Matches(const Name& name, std::span<const WordId> words, size_t pos, int* end) const;

  std::vector<WordId> words_;
  std::vector<Name> names_;
  std::vector<uint32_t> first_;  // names_[first_[w] .. first_[w+1]) start with word w
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_PHRASE_INDEX_H_
