// Word interning: an open-addressing hash table of ids over character blocks
// that never move, so that neither interning nor lookup allocates per word.
#include "dyad/dict/vocabulary.h"

#include <algorithm>
#include <cstring>

namespace dyad::dict {

namespace {
constexpr size_t kBlockSize = 64 * 1024;
}  // namespace

Vocabulary::Vocabulary() : words_{std::string_view()}, slots_(1024, kUnknownWord) {}

std::string_view Vocabulary::Store(std::string_view word) {
  if (block_used_ + word.size() > block_size_) {
    block_size_ = std::max(kBlockSize, word.size());
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* at = blocks_.back().get() + block_used_;
  std::memcpy(at, word.data(), word.size());
  block_used_ += word.size();
  return std::string_view(at, word.size());
}

uint64_t Vocabulary::Hash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a final mix for the low bits
  for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

size_t Vocabulary::Probe(std::string_view word, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    WordId id = slots_[i];
    if (id == kUnknownWord || Word(id) == word) return i;
  }
}

void Vocabulary::Grow() {
  std::vector<WordId> old = std::move(slots_);
  slots_.assign(old.size() * 2, kUnknownWord);
  for (WordId id : old) {
    if (id != kUnknownWord) slots_[Probe(Word(id), Hash(Word(id)))] = id;
  }
}

WordId Vocabulary::Intern(std::string_view word) {
  if (word.empty()) return kUnknownWord;
  uint64_t hash = Hash(word);
  size_t slot = Probe(word, hash);
  if (slots_[slot] != kUnknownWord) return slots_[slot];
  WordId id = static_cast<WordId>(size());
  words_.push_back(Store(word));
  slots_[slot] = id;
  if (size() * 2 > slots_.size()) Grow();  // keep the load factor at most one half
  return id;
}

WordId Vocabulary::Find(std::string_view word) const {
  if (word.empty()) return kUnknownWord;
  return slots_[Probe(word, Hash(word))];
}

}  // namespace dyad::dict
