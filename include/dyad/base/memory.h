// Process-wide memory settings.
#ifndef DYAD_BASE_MEMORY_H_
#define DYAD_BASE_MEMORY_H_

namespace dyad {

// Asks for the heap to come in 2 MB pages (Linux transparent huge pages in
// their "madvise" mode, glibc's allocator): dyad's dictionaries, tagger model
// and gazetteer, some 45 MB, are read at random, and with 4 KB pages most of
// those reads miss the processor's address-translation cache. Call first
// thing in main(), before the dictionaries are loaded. Returns whether it
// advised the kernel so: not on other systems, under another allocator (a
// sanitizer's), nor when the environment sets DYAD_SMALL_PAGES.
bool UseHugePagesForHeap();

// Moves the program's machine code onto 2 MB pages: the code dyad runs for
// each sentence spans well over a megabyte, more than the processor's cache
// of 4 KB page translations covers, and each miss costs a page-table walk
// (two of them under a virtual machine). The code is copied into an
// anonymous 2 MB-aligned mapping advised for huge pages, which then replaces
// the file's mapping in place with the same bytes (the executable is linked
// with 2 MB segment alignment, so that its code starts on such a boundary).
// Only whole 2 MB stretches move. Call first thing in main(). Returns whether
// any code moved: not on other systems, under a sanitizer, when the code
// does not start on a 2 MB boundary, nor when DYAD_SMALL_PAGES is set.
bool UseHugePagesForCode();

}  // namespace dyad

#endif  // DYAD_BASE_MEMORY_H_
