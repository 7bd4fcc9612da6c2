// Process-wide memory settings.
#ifndef DYAD_BASE_MEMORY_H_
#define DYAD_BASE_MEMORY_H_

namespace dyad {

// Asks for the heap to come in 2 MB pages (Linux transparent huge pages in
// their "madvise" mode, glibc's allocator): dyad's dictionaries and tagger
// model, some 30 MB, are read at random, and with 4 KB pages most of
// those reads miss the processor's address-translation cache. Call first
// thing in main(), before the dictionaries are loaded. Returns whether it
// advised the kernel so: not on other systems, under another allocator (a
// sanitizer's), nor when the environment sets DYAD_SMALL_PAGES.
bool UseHugePagesForHeap();

}  // namespace dyad

#endif  // DYAD_BASE_MEMORY_H_
