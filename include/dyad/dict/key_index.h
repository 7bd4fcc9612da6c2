// KeyIndex: a read-only map from 64-bit keys to runs of ints, built once and
// laid out flat for look-ups in the coder's inner loops. A small bit filter
// turns most absent keys away without touching the table; a present key costs
// one probe of an open-addressed table and one read of its run.
#ifndef DYAD_DICT_KEY_INDEX_H_
#define DYAD_DICT_KEY_INDEX_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace dyad::dict {

class KeyIndex {
 public:
  // Replaces the index with `entries`; the values of one key keep their order.
  void Build(std::vector<std::pair<uint64_t, int>> entries);

  // The values of `key` (empty if none).
  std::span<const int> Find(uint64_t key) const {
    if (slots_.empty()) return {};
    const uint64_t h = Mix(key);
    const uint64_t bit = h >> filter_shift_;
    if ((filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return {};
    for (uint64_t i = h & slot_mask_;; i = (i + 1) & slot_mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return {values_.data() + s.begin, values_.data() + s.end};
      if (s.key == kEmpty) return {};
    }
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t begin = 0, end = 0;
  };
  static uint64_t Mix(uint64_t key) {
    key ^= key >> 29;
    key *= 0x9E3779B97F4A7C15ull;
    return key ^ (key >> 32);
  }

  std::vector<uint64_t> filter_;  // one bit per high-bits value of Mix
  int filter_shift_ = 63;
  std::vector<Slot> slots_;
  uint64_t slot_mask_ = 0;
  std::vector<int> values_;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_KEY_INDEX_H_
