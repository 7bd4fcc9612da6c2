// File reading for the readers and the CLI: whole files, or block by block
// for the streaming readers.
#include "dyad/base/file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstring>
#include <utility>

namespace dyad {

namespace {
struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};
}  // namespace

StatusOr<std::string> ReadFile(const std::string& path) {
  std::string data;
  // A regular file's size is known: one allocation of that size, not a
  // string doubled block by block (the 9 MB gazetteer had ended in 16 MB).
  struct stat st;
  if (path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
    data.reserve(static_cast<size_t>(st.st_size));
  DYAD_RETURN_IF_ERROR(ReadFileBlocks(path, 1 << 16, [&data](std::string_view block) {
    data.append(block);
    return true;
  }));
  return data;
}

Status ReadFileBlocks(const std::string& path, size_t block_size,
                      const std::function<bool(std::string_view block)>& consume) {
  assert(block_size > 0);
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? std::string("standard input") : path;
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(errno));
  }
  const FdCloser closer{is_stdin ? -1 : fd};
  // read(2), not fread: a pipe's data is handed on as it arrives instead of
  // waiting for a whole block.
  std::string buffer(block_size, '\0');
  while (true) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(name + ": " + std::strerror(errno));
    if (n == 0) return Status::Ok();
    if (!consume(std::string_view(buffer.data(), static_cast<size_t>(n)))) return Status::Ok();
  }
}

StatusOr<MappedFile> MappedFile::Open(const std::string& path) {
  MappedFile file;
  const int fd = path == "-" ? -1 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const FdCloser closer{fd};
  struct stat st;
  if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    const auto size = static_cast<size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      file.map_ = map;
      file.map_size_ = size;
      file.bytes_ = std::string_view(static_cast<const char*>(map), size);
      return file;
    }
  }
  // Not mappable (standard input, a pipe, an empty file): read it, with
  // ReadFile's errors.
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  file.read_ = std::make_unique<std::string>(std::move(*bytes));
  file.bytes_ = *file.read_;
  return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : map_(std::exchange(other.map_, nullptr)),
      map_size_(std::exchange(other.map_size_, 0)),
      read_(std::move(other.read_)),
      bytes_(std::exchange(other.bytes_, {})) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    Unmap();
    map_ = std::exchange(other.map_, nullptr);
    map_size_ = std::exchange(other.map_size_, 0);
    read_ = std::move(other.read_);
    bytes_ = std::exchange(other.bytes_, {});
  }
  return *this;
}

MappedFile::~MappedFile() { Unmap(); }

void MappedFile::Unmap() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
  map_ = nullptr;
  map_size_ = 0;
}

std::string PathBeside(std::string_view beside, std::string_view name) {
  if (!name.empty() && name.front() == '/') return std::string(name);
  size_t slash = beside.rfind('/');
  if (slash == std::string_view::npos) return std::string(name);
  std::string out(beside.substr(0, slash + 1));
  out += name;
  return out;
}

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace dyad
