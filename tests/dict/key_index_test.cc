#include "dyad/dict/key_index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

namespace dyad::dict {
namespace {

std::vector<int> Values(const KeyIndex& index, uint64_t key) {
  std::span<const int> found = index.Find(key);
  return std::vector<int>(found.begin(), found.end());
}

TEST(KeyIndexTest, AnUnbuiltIndexFindsNothing) {
  KeyIndex index;
  EXPECT_TRUE(index.Find(0).empty());
  EXPECT_TRUE(index.Find(42).empty());
}

TEST(KeyIndexTest, ValuesOfAKeyKeepTheirOrder) {
  KeyIndex index;
  index.Build({{7, 3}, {5, 1}, {7, 1}, {7, 2}, {5, 9}});
  EXPECT_EQ(Values(index, 7), (std::vector<int>{3, 1, 2}));
  EXPECT_EQ(Values(index, 5), (std::vector<int>{1, 9}));
  EXPECT_TRUE(index.Find(6).empty());
}

TEST(KeyIndexTest, BuildingAgainReplacesTheIndex) {
  KeyIndex index;
  index.Build({{1, 10}});
  index.Build({{2, 20}});
  EXPECT_TRUE(index.Find(1).empty());
  EXPECT_EQ(Values(index, 2), (std::vector<int>{20}));
  index.Build({});
  EXPECT_TRUE(index.Find(2).empty());
}

// Many keys, spread as block << 32 | word keys are: every key finds exactly
// its values, and keys never added find nothing (the filter may let them
// through, the table may not).
TEST(KeyIndexTest, ManyKeysAgreeWithAMap) {
  std::mt19937_64 random(5);
  std::map<uint64_t, std::vector<int>> expected;
  std::vector<std::pair<uint64_t, int>> entries;
  for (int i = 0; i < 20000; ++i) {
    const uint64_t key = (random() % 300) << 32 | (random() % 5000);
    entries.emplace_back(key, i);
    expected[key].push_back(i);
  }
  KeyIndex index;
  index.Build(entries);
  for (const auto& [key, values] : expected) EXPECT_EQ(Values(index, key), values);
  int absent = 0;
  for (uint64_t word = 0; word < 5000; ++word) {
    const uint64_t key = uint64_t{1000} << 32 | word;  // no block 1000
    absent += index.Find(key).empty();
  }
  EXPECT_EQ(absent, 5000);
}

}  // namespace
}  // namespace dyad::dict
