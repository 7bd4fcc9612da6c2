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

// A table of at least twice `words` slots, a power of two, all free.
std::vector<std::string_view> FreeSlots(size_t words) {
  size_t size = 8;
  while (size < 2 * words) size *= 2;
  return std::vector<std::string_view>(size);
}

}  // namespace

WordSet::WordSet(std::span<const std::string_view> words) {
  slots_ = FreeSlots(words.size());
  mask_ = static_cast<uint32_t>(slots_.size() - 1);
  for (std::string_view w : words) Add(w, 1);  // kinds_ stays empty: every member is of kind 1
}

WordSet WordSet::OfKinds(std::span<const std::span<const std::string_view>> lists) {
  size_t words = 0;
  for (std::span<const std::string_view> list : lists) words += list.size();
  WordSet set{std::span<const std::string_view>()};
  set.slots_ = FreeSlots(words);
  set.kinds_.assign(set.slots_.size(), 0);
  set.mask_ = static_cast<uint32_t>(set.slots_.size() - 1);
  for (size_t i = 0; i < lists.size() && i < 32; ++i) {
    for (std::string_view w : lists[i]) set.Add(w, uint32_t{1} << i);
  }
  return set;
}

void WordSet::Add(std::string_view w, uint32_t kinds) {
  if (w.empty() || w.size() > kMaxLength) return;
  starts_[static_cast<unsigned char>(w.front()) & 31] |= uint32_t{1} << w.size();
  ends_[static_cast<unsigned char>(w.back()) & 31] |= uint32_t{1} << w.size();
  pairs_[static_cast<unsigned char>(w.front()) & 31] |= uint32_t{1} << SecondBits(w);
  uint32_t i = Hash(w) & mask_;
  while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & mask_;
  slots_[i] = w;
  if (!kinds_.empty()) kinds_[i] |= kinds;
}

// The word passed the first-letter and length test: fold it and look. The
// folded bytes are hashed as they are made (Hash's FNV-1a, in one pass).
uint32_t WordSet::Probe(std::string_view word) const {
  char folded[kMaxLength];
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < word.size(); ++i) {
    folded[i] = FoldAscii(word[i]);
    h = (h ^ static_cast<unsigned char>(folded[i])) * 16777619u;
  }
  const std::string_view key(folded, word.size());
  for (uint32_t i = h & mask_; !slots_[i].empty(); i = (i + 1) & mask_) {
    if (slots_[i] == key) return kinds_.empty() ? 1 : kinds_[i];
  }
  return 0;
}

}  // namespace dyad
