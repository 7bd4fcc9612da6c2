// A scratch directory for dictionary tests.
#ifndef DYAD_TESTS_DICT_TEMP_DIR_H_
#define DYAD_TESTS_DICT_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace dyad::dict {

// A fresh directory under the test temporary directory, removed at the end.
class TempDir {
 public:
  TempDir() {
    path_ = ::testing::TempDir() + "dyad_dict_test_" + std::to_string(::getpid()) + "_" +
            std::to_string(counter_++);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, std::string_view contents) const {
    std::string file = path_ + "/" + name;
    std::FILE* f = std::fopen(file.c_str(), "wb");
    EXPECT_NE(f, nullptr) << file;
    if (f != nullptr) {
      std::fwrite(contents.data(), 1, contents.size(), f);
      std::fclose(f);
    }
    return file;
  }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

}  // namespace dyad::dict

#endif  // DYAD_TESTS_DICT_TEMP_DIR_H_
