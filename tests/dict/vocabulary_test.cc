// Tests for word interning.
#include "dyad/dict/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::dict {
namespace {

TEST(VocabularyTest, UnknownWordIsIdZeroAndEmpty) {
  Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.size(), 1u);
  EXPECT_EQ(vocabulary.Word(kUnknownWord), "");
  EXPECT_EQ(vocabulary.Find("NEVER"), kUnknownWord);
}

TEST(VocabularyTest, InternGivesStableDistinctIds) {
  Vocabulary vocabulary;
  WordId meet = vocabulary.Intern("MEET");
  WordId talk = vocabulary.Intern("TALK");
  EXPECT_NE(meet, kUnknownWord);
  EXPECT_NE(meet, talk);
  EXPECT_EQ(vocabulary.Intern("MEET"), meet);
  EXPECT_EQ(vocabulary.Find("MEET"), meet);
  EXPECT_EQ(vocabulary.Find("TALK"), talk);
  EXPECT_EQ(vocabulary.Word(meet), "MEET");
  EXPECT_EQ(vocabulary.size(), 3u);
}

TEST(VocabularyTest, IsCaseSensitive) {
  Vocabulary vocabulary;
  WordId upper = vocabulary.Intern("MEET");
  EXPECT_EQ(vocabulary.Find("meet"), kUnknownWord);
  EXPECT_NE(vocabulary.Intern("meet"), upper);
}

TEST(VocabularyTest, InternCopiesTheWord) {
  Vocabulary vocabulary;
  std::string word = "CEASEFIRE";
  WordId id = vocabulary.Intern(word);
  word.assign("XXXXXXXXX");
  EXPECT_EQ(vocabulary.Word(id), "CEASEFIRE");
  EXPECT_EQ(vocabulary.Find("CEASEFIRE"), id);
}

TEST(VocabularyTest, ManyWordsKeepTheirIds) {
  Vocabulary vocabulary;
  std::vector<WordId> ids;
  for (int i = 0; i < 10000; ++i) ids.push_back(vocabulary.Intern("W" + std::to_string(i)));
  EXPECT_EQ(vocabulary.size(), 10001u);
  for (int i = 0; i < 10000; ++i) {
    ASSERT_EQ(vocabulary.Find("W" + std::to_string(i)), ids[i]);
    ASSERT_EQ(vocabulary.Intern("W" + std::to_string(i)), ids[i]);
    ASSERT_EQ(vocabulary.Word(ids[i]), "W" + std::to_string(i));
  }
  EXPECT_EQ(vocabulary.Find("W10000"), kUnknownWord);
}

TEST(VocabularyTest, IdsAreDense) {
  Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.Intern("A"), 1u);
  EXPECT_EQ(vocabulary.Intern("B"), 2u);
  EXPECT_EQ(vocabulary.Intern("A"), 1u);
  EXPECT_EQ(vocabulary.Intern("C"), 3u);
}

}  // namespace
}  // namespace dyad::dict
