// Word interning for the compiled dictionaries.
#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

Vocabulary::Vocabulary() {
  storage_.emplace_back();
  words_.push_back(&storage_.back());  // id 0: kUnknownWord
}

WordId Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  storage_.emplace_back(word);
  WordId id = static_cast<WordId>(words_.size());
  words_.push_back(&storage_.back());
  ids_.emplace(storage_.back(), id);
  return id;
}

WordId Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknownWord : it->second;
}

}  // namespace dyad::dict
