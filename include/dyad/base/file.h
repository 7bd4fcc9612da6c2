// Whole-file and block-by-block reading, with errors as Status values naming the path.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <cstddef>
#include <functional>
#include <memory>
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

// A file's bytes, read-only: a regular file's are mapped from the kernel's
// page cache, not copied (a 9 MB index costs no heap and no read), anything
// else's ("-", a pipe) are read into memory. Move-only; the bytes live as
// long as it does and do not move with it.
class MappedFile {
 public:
  // Errors: NotFound or IoError naming `path`.
  static StatusOr<MappedFile> Open(const std::string& path);

  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return bytes_; }

 private:
  void Unmap();

  void* map_ = nullptr;  // the mapping, if any, of map_size_ bytes
  size_t map_size_ = 0;
  std::unique_ptr<std::string> read_;  // else the bytes read
  std::string_view bytes_;
};

// Returns `name` resolved against the directory of `beside` ("a/b.xml", "c.txt" -> "a/c.txt").
// An absolute `name` is returned unchanged.
std::string PathBeside(std::string_view beside, std::string_view name);

bool FileExists(const std::string& path);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
