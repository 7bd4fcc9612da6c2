// Whole-file reading and writing, with errors as Status values naming the path.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <string>
#include <string_view>

#include "dyad/base/status.h"

namespace dyad {

// Reads the whole file at `path` ("-" reads standard input).
StatusOr<std::string> ReadFile(const std::string& path);

// Returns `name` resolved against the directory of `beside` ("a/b.xml", "c.txt" -> "a/c.txt").
// An absolute `name` is returned unchanged.
std::string PathBeside(std::string_view beside, std::string_view name);

bool FileExists(const std::string& path);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
