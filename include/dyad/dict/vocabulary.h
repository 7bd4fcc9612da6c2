// Vocabulary: interns upper-case words to small integer ids.
//
// Dictionaries are compiled against one Vocabulary so that the coder compares
// integers, not strings. A word the dictionaries never mention has id
// kUnknownWord: no pattern can match it, so the coder need not intern it.
// Ids are dense (1, 2, 3, ...), so per-word tables can be plain arrays.
#ifndef DYAD_DICT_VOCABULARY_H_
#define DYAD_DICT_VOCABULARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

using WordId = uint32_t;
constexpr WordId kUnknownWord = 0;

class Vocabulary {
 public:
  Vocabulary();
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // Returns the id of `word` (already upper case), adding it if new.
  WordId Intern(std::string_view word);
  // Returns the id of `word`, or kUnknownWord.
  WordId Find(std::string_view word) const;
  // The text of `id` ("" for kUnknownWord), valid as long as the Vocabulary.
  std::string_view Word(WordId id) const { return words_[id]; }
  // Number of ids, kUnknownWord included.
  size_t size() const { return words_.size(); }

 private:
  static uint64_t Hash(std::string_view word);
  // The slot holding `word`, or the empty slot where it would go.
  size_t Probe(std::string_view word, uint64_t hash) const;
  void Grow();

  // Copies `word` into block storage that never moves.
  std::string_view Store(std::string_view word);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
  std::vector<std::string_view> words_;  // by id, into blocks_
  std::vector<WordId> slots_;            // open addressing; kUnknownWord marks an empty slot
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_VOCABULARY_H_
