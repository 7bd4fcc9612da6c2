// Whole-file and block-by-block reading, with errors as Status values naming the path.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "dyad/base/status.h"

namespace dyad {

// Reads the whole file at `path` ("-" reads standard input).
StatusOr<std::string> ReadFile(const std::string& path);

// Reads the file at `path` ("-" reads standard input) from the start, calling
// `consume` with consecutive blocks of 1 to `block_size` bytes, until the end
// of the file or until `consume` returns false. A block is valid only during
// its call. Memory use is one block, whatever the size of the file. Errors:
// NotFound or IoError naming `path`; blocks before a read error were consumed.
Status ReadFileBlocks(const std::string& path, size_t block_size,
                      const std::function<bool(std::string_view block)>& consume);

// Returns `name` resolved against the directory of `beside` ("a/b.xml", "c.txt" -> "a/c.txt").
// An absolute `name` is returned unchanged.
std::string PathBeside(std::string_view beside, std::string_view name);

bool FileExists(const std::string& path);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
