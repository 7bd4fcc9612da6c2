#include "dyad/base/memory.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace dyad {

bool UseHugePagesForHeap() {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("DYAD_SMALL_PAGES") != nullptr) return false;
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  constexpr int kHeapReserve = 256 << 20;  // address space, not memory: pages come when touched
  // Big blocks from the heap too, and the heap grown once by the reserve, so
  // that one advice covers what the dictionaries will fill.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, kHeapReserve);
  mallopt(M_TOP_PAD, kHeapReserve);
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  void* volatile grow = std::malloc(1 << 20);
  std::free(grow);
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t from = (before + kHugePage - 1) & ~(kHugePage - 1);
  return after > from && madvise(reinterpret_cast<void*>(from), after - from, MADV_HUGEPAGE) == 0;
#else
  return false;
#endif
}

}  // namespace dyad
