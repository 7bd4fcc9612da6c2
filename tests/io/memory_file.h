// A FILE* that writes into memory, for the writers' tests.
#ifndef DYAD_TESTS_IO_MEMORY_FILE_H_
#define DYAD_TESTS_IO_MEMORY_FILE_H_

#include <cstdio>
#include <cstdlib>
#include <string>

namespace dyad::io {

class MemoryFile {
 public:
  MemoryFile() : file_(open_memstream(&data_, &size_)) {}
  ~MemoryFile() {
    std::fclose(file_);
    std::free(data_);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  std::FILE* get() { return file_; }
  // What was written so far.
  std::string text() {
    std::fflush(file_);
    return std::string(data_, size_);
  }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
  std::FILE* file_;
};

}  // namespace dyad::io

#endif  // DYAD_TESTS_IO_MEMORY_FILE_H_
