// Building a KeyIndex: values grouped by key into one array, each key's run
// in a slot of a table twice the number of keys, and its filter bit set.
#include "dyad/dict/key_index.h"

#include <algorithm>
#include <bit>

namespace dyad::dict {

void KeyIndex::Build(std::vector<std::pair<uint64_t, int>> entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t keys = 0;
  for (size_t i = 0; i < entries.size(); ++i)
    keys += i == 0 || entries[i].first != entries[i - 1].first;
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, 2 * keys));
  // Sixteen filter bits per key: about one absent key in sixteen gets past.
  const size_t filter_bits = std::bit_ceil(std::max<size_t>(64, 16 * keys));
  slots_.assign(capacity, Slot{});
  slot_mask_ = capacity - 1;
  filter_.assign(filter_bits / 64, 0);
  filter_shift_ = 64 - std::countr_zero(filter_bits);
  values_.clear();
  values_.reserve(entries.size());
  for (size_t i = 0; i < entries.size();) {
    const uint64_t key = entries[i].first;
    const auto begin = static_cast<uint32_t>(values_.size());
    for (; i < entries.size() && entries[i].first == key; ++i) values_.push_back(entries[i].second);
    const uint64_t h = Mix(key);
    const uint64_t bit = h >> filter_shift_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    uint64_t s = h & slot_mask_;
    while (slots_[s].key != kEmpty) s = (s + 1) & slot_mask_;
    slots_[s] = Slot{key, begin, static_cast<uint32_t>(values_.size())};
  }
}

}  // namespace dyad::dict
