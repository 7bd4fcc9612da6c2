// Tests for whole-file and block reading and path helpers.
#include "dyad/base/file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace dyad {
namespace {

// A file in the test temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& contents) {
    path_ = ::testing::TempDir() + "dyad_file_test_" + std::to_string(::getpid()) + "_" +
            std::to_string(counter_++);
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    if (f != nullptr) {
      std::fwrite(contents.data(), 1, contents.size(), f);
      std::fclose(f);
    }
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

TEST(FileTest, ReadsWholeFile) {
  std::string contents = "line one\nline two\n";
  contents.push_back('\0');
  contents += std::string(200000, 'x');  // more than one read buffer
  TempFile file(contents);
  StatusOr<std::string> read = ReadFile(file.path());
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, contents);
}

TEST(FileTest, ReadsEmptyFile) {
  TempFile file("");
  StatusOr<std::string> read = ReadFile(file.path());
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(*read, "");
}

TEST(FileTest, MissingFileIsNotFound) {
  const std::string path = ::testing::TempDir() + "dyad_no_such_file.txt";
  StatusOr<std::string> read = ReadFile(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kNotFound);
  EXPECT_NE(read.status().message().find(path), std::string::npos);
}

TEST(FileTest, ReadsInBlocks) {
  std::string contents;
  for (int i = 0; i < 1000; ++i) contents += std::to_string(i) + "\n";
  TempFile file(contents);
  std::string read;
  size_t blocks = 0;
  Status status = ReadFileBlocks(file.path(), 7, [&](std::string_view block) {
    EXPECT_GE(block.size(), 1u);
    EXPECT_LE(block.size(), 7u);
    read.append(block);
    ++blocks;
    return true;
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(read, contents);
  EXPECT_GE(blocks, contents.size() / 7);
}

TEST(FileTest, ReadingBlocksStopsWhenAsked) {
  TempFile file(std::string(100, 'x'));
  size_t blocks = 0;
  Status status = ReadFileBlocks(file.path(), 10, [&](std::string_view) { return ++blocks < 3; });
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(blocks, 3u);
}

TEST(FileTest, ReadingBlocksOfAMissingFileIsNotFound) {
  Status status = ReadFileBlocks(::testing::TempDir() + "dyad_no_such_file.txt", 10,
                                 [](std::string_view) { return true; });
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
}

TEST(FileTest, DirectoryIsAnError) {
  StatusOr<std::string> read = ReadFile("/");
  EXPECT_FALSE(read.ok());
}

TEST(FileTest, MapsAWholeFile) {
  std::string contents = "header\n";
  contents.push_back('\0');
  contents += std::string(100000, 'y');
  TempFile file(contents);
  StatusOr<MappedFile> mapped = MappedFile::Open(file.path());
  ASSERT_TRUE(mapped.ok()) << mapped.status().ToString();
  EXPECT_EQ(mapped->bytes(), contents);
}

TEST(FileTest, MappedBytesStayPutWhenTheFileObjectMoves) {
  TempFile file("some bytes");
  StatusOr<MappedFile> mapped = MappedFile::Open(file.path());
  ASSERT_TRUE(mapped.ok()) << mapped.status().ToString();
  const char* data = mapped->bytes().data();
  MappedFile moved = std::move(*mapped);
  EXPECT_EQ(moved.bytes().data(), data);
  EXPECT_EQ(moved.bytes(), "some bytes");
  MappedFile assigned;
  assigned = std::move(moved);
  EXPECT_EQ(assigned.bytes().data(), data);
  EXPECT_TRUE(moved.bytes().empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
}

TEST(FileTest, MapsAnEmptyFileAsNoBytes) {
  TempFile file("");
  StatusOr<MappedFile> mapped = MappedFile::Open(file.path());
  ASSERT_TRUE(mapped.ok()) << mapped.status().ToString();
  EXPECT_TRUE(mapped->bytes().empty());
}

TEST(FileTest, MappingAMissingFileIsNotFound) {
  StatusOr<MappedFile> mapped = MappedFile::Open("/nonexistent/dyad/index.bin");
  ASSERT_FALSE(mapped.ok());
  EXPECT_EQ(mapped.status().code(), StatusCode::kNotFound);
  EXPECT_NE(mapped.status().message().find("/nonexistent/dyad/index.bin"), std::string::npos);
}

TEST(FileTest, FileExists) {
  TempFile file("x");
  EXPECT_TRUE(FileExists(file.path()));
  EXPECT_FALSE(FileExists(file.path() + ".missing"));
  EXPECT_FALSE(FileExists("/"));  // a directory is not a file
}

TEST(FileTest, PathBeside) {
  EXPECT_EQ(PathBeside("a/b.xml", "c.txt"), "a/c.txt");
  EXPECT_EQ(PathBeside("/x/y/z.xml", "d/c.txt"), "/x/y/d/c.txt");
  EXPECT_EQ(PathBeside("b.xml", "c.txt"), "c.txt");
  EXPECT_EQ(PathBeside("a/b.xml", "/abs/c.txt"), "/abs/c.txt");
  EXPECT_EQ(PathBeside("a/", "c.txt"), "a/c.txt");
}

}  // namespace
}  // namespace dyad
