// PhraseIndex: multi-word names (actors, agents) indexed by their first word.
//
// A name is a sequence of words; between two words the dictionary says whether
// they must be adjacent ("_" in PETRARCH files) or may have other words
// between them (a space). Lookup at a position tries the longest names first.
#ifndef DYAD_DICT_PHRASE_INDEX_H_
#define DYAD_DICT_PHRASE_INDEX_H_

#include <cstdint>
#include <span>
#include <unordered_map>
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
  bool Add(std::vector<WordId> words, std::vector<bool> adjacent, int entry);

  // Sorts each bucket longest first; call once after the last Add().
  void Finish();

  // The first (longest) name that starts at words[pos], if any.
  bool MatchAt(std::span<const WordId> words, size_t pos, PhraseMatch* match) const;

  bool StartsAny(WordId w) const { return buckets_.count(w) != 0; }
  size_t size() const { return count_; }

 private:
  struct Name {
    std::vector<WordId> words;
    std::vector<bool> adjacent;
    int entry;
  };
  static bool Matches(const Name& name, std::span<const WordId> words, size_t pos, int* end);

  std::unordered_map<WordId, std::vector<Name>> buckets_;
  size_t count_ = 0;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_PHRASE_INDEX_H_
