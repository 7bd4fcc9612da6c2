#include "dyad/base/memory.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <link.h>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace dyad {

#if defined(__linux__) && defined(__GLIBC__)
namespace {

constexpr uintptr_t kHugePage = uintptr_t{2} << 20;

struct CodeRange {
  uintptr_t begin = 0, end = 0;
};

// The executable's own code: its first loaded object's executable segment.
int FindMainCode(dl_phdr_info* info, size_t, void* data) {
  auto* range = static_cast<CodeRange*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& h = info->dlpi_phdr[i];
    if (h.p_type != PT_LOAD || (h.p_flags & PF_X) == 0) continue;
    range->begin = info->dlpi_addr + h.p_vaddr;
    range->end = range->begin + h.p_memsz;
    break;
  }
  return 1;  // the main program comes first: stop there
}

// Replaces [from, from + size), code the program may be running (its first
// `bytes`; nothing is mapped after them), by a copy on huge pages. mremap swaps the mappings in one
// step, so the instructions after the call are the same bytes at the same address.
bool MoveOntoHugePages(uintptr_t from, size_t bytes, size_t size) {
  void* area = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (area == MAP_FAILED) return false;
  const auto start = reinterpret_cast<uintptr_t>(area);
  const uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
  if (aligned > start) munmap(area, aligned - start);
  if (const uintptr_t end = start + size + kHugePage; end > aligned + size)
    munmap(reinterpret_cast<void*>(aligned + size), end - aligned - size);
  auto* copy = reinterpret_cast<void*>(aligned);
  madvise(copy, size, MADV_HUGEPAGE);
  std::memcpy(copy, reinterpret_cast<const void*>(from), bytes);
  if (mprotect(copy, size, PROT_READ | PROT_EXEC) != 0 ||
      mremap(copy, size, size, MREMAP_MAYMOVE | MREMAP_FIXED, reinterpret_cast<void*>(from)) ==
          MAP_FAILED) {
    munmap(copy, size);
    return false;
  }
  return true;
}

}  // namespace
#endif

bool UseHugePagesForCode() {
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
  if (std::getenv("DYAD_SMALL_PAGES") != nullptr) return false;
  CodeRange code;
  dl_iterate_phdr(FindMainCode, &code);
  if (code.begin == 0 || code.begin % kHugePage != 0) return false;
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const uintptr_t mapped_end = (code.end + page - 1) & ~(page - 1);
  const uintptr_t end = (code.end + kHugePage - 1) & ~(kHugePage - 1);
  // The last stretch may reach past the code only where nothing is mapped.
  for (uintptr_t p = mapped_end; p < end; p += page) {
    unsigned char resident;
    if (mincore(reinterpret_cast<void*>(p), page, &resident) == 0 || errno != ENOMEM) return false;
  }
  return MoveOntoHugePages(code.begin, mapped_end - code.begin, end - code.begin);
#else
  return false;
#endif
}

bool UseHugePagesForHeap() {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("DYAD_SMALL_PAGES") != nullptr) return false;
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
