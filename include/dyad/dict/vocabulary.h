// Vocabulary: interns upper-case words to small integer ids.
//
// Dictionaries are compiled against one Vocabulary so that the coder compares
// integers, not strings. A word the dictionaries never mention has id
// kUnknownWord: no pattern can match it, so the coder need not intern it.
#ifndef DYAD_DICT_VOCABULARY_H_
#define DYAD_DICT_VOCABULARY_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

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
  // The text of `id` ("" for kUnknownWord).
  std::string_view Word(WordId id) const { return *words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> storage_;  // stable addresses for the views below
  std::deque<const std::string*> words_;
  std::unordered_map<std::string_view, WordId> ids_;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_VOCABULARY_H_
