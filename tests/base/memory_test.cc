// UseHugePagesForHeap: the heap a fresh block comes from is advised for 2 MB
// pages (smaps' "THPeligible"), unless the kernel has them off.
#include "dyad/base/memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace dyad {
namespace {

// The "THPeligible" value of the mapping that holds `address`, -1 if none.
int HugePageEligible(const void* address) {
  const auto a = reinterpret_cast<uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t from = 0, to = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> from >> dash >> to && dash == '-') {
      inside = from <= a && a < to;
    } else if (inside && line.starts_with("THPeligible:")) {
      return std::atoi(line.c_str() + 12);
    }
  }
  return -1;
}

bool HugePagesOff() {
  std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string text((std::istreambuf_iterator<char>(mode)), std::istreambuf_iterator<char>());
  return text.empty() || text.find("[never]") != std::string::npos;
}

// Whether malloc is glibc's, with a heap to advise (not a sanitizer's).
#if defined(__SANITIZE_ADDRESS__) || !defined(__linux__) || !defined(__GLIBC__)
constexpr bool kGlibcHeap = false;
#else
constexpr bool kGlibcHeap = true;
#endif

TEST(UseHugePagesForHeap, AdvisesTheHeapUnlessAskedNotTo) {
  setenv("DYAD_SMALL_PAGES", "1", 1);
  EXPECT_FALSE(UseHugePagesForHeap());
  unsetenv("DYAD_SMALL_PAGES");
  ASSERT_EQ(UseHugePagesForHeap(), kGlibcHeap);
  // Below the size that gets a mapping of its own; its middle is past the
  // heap's first 2 MB boundary, where the advice starts.
  auto block = std::make_unique<char[]>(16 << 20);
  block[8 << 20] = 1;
  // (A sanitizer's allocator maps memory its own way: nothing to say of it.)
  if (kGlibcHeap) {
    EXPECT_EQ(HugePageEligible(&block[8 << 20]), HugePagesOff() ? 0 : 1);
  }
}

}  // namespace
}  // namespace dyad
