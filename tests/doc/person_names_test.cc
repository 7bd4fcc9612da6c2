// Tests of what names of people look like (src/doc/person_names.h), on
// phrases written for these tests.
#include "doc/person_names.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

TEST(PersonNamesTest, ANameAfterItsTitle) {
  EXPECT_TRUE(IsTitledName("French Ambassador Claire Duval"));
  EXPECT_TRUE(IsTitledName("Acting Chief Justice Lerato Mokoena"));
  EXPECT_FALSE(IsTitledName("the French ambassador"));
  EXPECT_FALSE(IsTitledName("Claire Duval"));  // no title
  EXPECT_FALSE(IsTitledName("Foreign Minister"));
}

TEST(PersonNamesTest, TheFirstWordOfAShortName) {
  EXPECT_EQ(FirstOfName("North Korean leader Kim Jong Un"), "Kim");
  EXPECT_EQ(FirstOfName("Chinese Foreign Minister Wang Zhenyu"), "Wang");
  EXPECT_EQ(FirstOfName("Sergei Ivanov"), "Sergei");
  EXPECT_EQ(FirstOfName("President Ruto"), "");  // one word after the title
  EXPECT_EQ(FirstOfName("the rebels"), "");
}

TEST(PersonNamesTest, ANameAtTheEnd) {
  EXPECT_EQ(NameAtEnd("opposition leader Ramona Quintanilla"),
            "opposition leader Ramona Quintanilla");
  EXPECT_EQ(NameAtEnd("Health Minister Ama Mensah of Ghana"), "");
  EXPECT_EQ(NameAtEnd("Ghana"), "");
}

TEST(PersonNamesTest, ANameMayHaveWordsAfterAnArabicArticle) {
  EXPECT_TRUE(IsNameWord("al-Hussein"));
  EXPECT_TRUE(IsNameWord("el-Sisi"));
  EXPECT_FALSE(IsNameWord("al-"));
  EXPECT_FALSE(IsNameWord("all-out"));
  EXPECT_FALSE(IsNameWord("al-qaeda's"));
  EXPECT_EQ(FirstOfName("Zeid Ra'ad al-Hussein"), "Zeid");
  EXPECT_TRUE(IsTitledName("U.N. rights chief Zeid Ra'ad al-Hussein"));
  EXPECT_EQ(NameAtEnd("Islamic State leader Abu Bakr al-Baghdadi"),
            "Islamic State leader Abu Bakr al-Baghdadi");
}

TEST(PersonNamesTest, AMonthIsADateAfterATimeWordOrBeforeADay) {
  auto is_date = [](std::string_view sentence, int t) {
    std::vector<std::string_view> words = SplitWhitespace(sentence);
    return IsDateWord(words, t);
  };
  EXPECT_TRUE(is_date("talks stalled since May", 3));
  EXPECT_TRUE(is_date("the vote is on May 4", 4));
  EXPECT_TRUE(is_date("until early June", 2));
  EXPECT_FALSE(is_date("May told parliament", 0));
  EXPECT_FALSE(is_date("On Monday , May warned Moscow", 3));
  EXPECT_FALSE(is_date("Brown told parliament", 0));  // no month
}

}  // namespace
}  // namespace dyad::doc
