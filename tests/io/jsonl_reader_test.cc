// Tests of the JSON Lines article reader.
#include "dyad/io/jsonl_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace dyad::io {
namespace {

TEST(JsonlReaderTest, ParsesAllFields) {
  auto a = ParseArticleLine(
      R"({"id":"x1","date":"2015-11-25","text":"Putin met Hollande.","title":"T","url":"u","source":"AFP"})");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->id, "x1");
  EXPECT_EQ(a->date, 20151125);
  EXPECT_EQ(a->text, "Putin met Hollande.");
  EXPECT_EQ(a->title, "T");
  EXPECT_EQ(a->url, "u");
  EXPECT_EQ(a->source, "AFP");
}

TEST(JsonlReaderTest, DateIsOptionalAndUnescapesText) {
  auto a = ParseArticleLine(R"({"text":"line one\nsaid \"no\"","id":"x2","url":null})");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->date, kNoDate);
  EXPECT_EQ(a->text, "line one\nsaid \"no\"");
}

TEST(JsonlReaderTest, ReasonsForBadLines) {
  EXPECT_NE(ParseArticleLine("not json").status().message().find("JSON"), std::string::npos);
  EXPECT_NE(ParseArticleLine("[1,2]").status().message().find("object"), std::string::npos);
  EXPECT_NE(ParseArticleLine(R"({"text":"t"})").status().message().find("\"id\""),
            std::string::npos);
  EXPECT_NE(ParseArticleLine(R"({"id":"a"})").status().message().find("\"text\""),
            std::string::npos);
  EXPECT_NE(ParseArticleLine(R"({"id":"a","text":"t","date":"2015-02-30"})")
                .status()
                .message()
                .find("date"),
            std::string::npos);
  EXPECT_NE(ParseArticleLine(R"({"id":7,"text":"t"})").status().message().find("not a string"),
            std::string::npos);
}

TEST(JsonlReaderTest, BadLinesAreRejectedWithTheirNumberAndReadingGoesOn) {
  std::string path = ::testing::TempDir() + "/articles.jsonl";
  {
    std::ofstream out(path);
    out << R"({"id":"a","text":"First."})"
        << "\n\n"
        << "{broken\n"
        << R"({"id":"b","text":"Second.","date":"20150101"})"
        << "\r\n"
        << R"({"id":"c","text":"No newline at the end."})";
  }
  std::vector<Article> articles;
  std::vector<Reject> rejects;
  Status s = ReadJsonLines(
      path, "articles.jsonl", [&](Article&& a) { articles.push_back(a); },
      [&](Reject&& r) { rejects.push_back(r); });
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].line, 1);
  EXPECT_EQ(articles[1].id, "b");
  EXPECT_EQ(articles[1].line, 4);
  EXPECT_EQ(articles[1].date, 20150101);
  EXPECT_EQ(articles[2].text, "No newline at the end.");
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_EQ(rejects[0].line, 3);
  EXPECT_EQ(rejects[0].file, "articles.jsonl");
  std::remove(path.c_str());
}

TEST(JsonlReaderTest, MissingFileIsAnError) {
  Status s = ReadJsonLines(
      "/nonexistent/articles.jsonl", "x", [](Article&&) {}, [](Reject&&) {});
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace dyad::io
