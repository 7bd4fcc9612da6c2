#include "dyad/base/word_set.h"

namespace dyad {

namespace {

char FoldAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

// FNV-1a over the folded bytes.
uint32_t Hash(std::string_view folded) {
  uint32_t h = 2166136261u;
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

WordSet::WordSet(std::span<const std::string_view> words) {
  size_t size = 8;
  while (size < 2 * words.size()) size *= 2;
  slots_.assign(size, std::string_view());
  mask_ = static_cast<uint32_t>(size - 1);
  for (std::string_view w : words) {
    if (w.empty() || w.size() > kMaxLength) continue;
    starts_[static_cast<unsigned char>(w.front()) & 31] |= uint32_t{1} << w.size();
    ends_[static_cast<unsigned char>(w.back()) & 31] |= uint32_t{1} << w.size();
    uint32_t i = Hash(w) & mask_;
    while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

// The word passed the first-letter and length test: fold it and look.
bool WordSet::Probe(std::string_view word) const {
  char folded[kMaxLength];
  for (size_t i = 0; i < word.size(); ++i) folded[i] = FoldAscii(word[i]);
  const std::string_view key(folded, word.size());
  for (uint32_t i = Hash(key) & mask_; !slots_[i].empty(); i = (i + 1) & mask_) {
    if (slots_[i] == key) return true;
  }
  return false;
}

}  // namespace dyad
