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

TEST(PersonNamesTest, ATitleThatOpensTheMention) {
  EXPECT_TRUE(IsTitledName("Gen. Tomas Vrba"));
  EXPECT_TRUE(IsTitledName("President Okello"));
  EXPECT_FALSE(IsTitledName("General"));
  EXPECT_FALSE(IsTitledName("Tomas Vrba"));
}

TEST(PersonNamesTest, WhereTheNameAfterATitleStarts) {
  auto start = [](std::string_view phrase) {
    std::vector<std::string_view> words = SplitWhitespace(phrase);
    return TitledNameStart(words);
  };
  EXPECT_EQ(start("Army chief General Tomas Vrba"), 3);
  EXPECT_EQ(start("Police chief Leon Mbeki"), 2);
  EXPECT_EQ(start("Gen. Pablo Ortiz Jr."), 1);
  // A name's Arabic article is a name's word.
  EXPECT_EQ(start("Nineveh governor Atheel al-Nujaifi"), 2);
  EXPECT_EQ(start("spokesman Yahya el-Sarea"), 1);
  EXPECT_EQ(start("the governor al-"), -1);
  // ... and a titled name that opens a phrase before "of".
  auto end = [](std::string_view text) {
    std::vector<std::string_view> words = SplitWhitespace(text);
    return TitledNameEnd(words);
  };
  EXPECT_EQ(end("Governor Babagana Zulum of Borno State"), 3u);
  EXPECT_EQ(end("Police chief Leon Mbeki"), 4u);
  EXPECT_EQ(end("the governor of Borno State"), 0u);
  EXPECT_EQ(end("Babagana Zulum of Borno State"), 0u);
  EXPECT_EQ(start("the police chief"), -1);                          // no name
  EXPECT_EQ(start("Tomas Vrba"), -1);                                // no title
  EXPECT_EQ(start("chief of the Tomas Vrba Foundation Trust"), -1);  // four capitalised words
  // A trade before a name is its title too; a trade alone names no one.
  EXPECT_EQ(start("journalist Ana Ruiz"), 1);
  EXPECT_EQ(start("veteran activist Tomas Vrba"), 2);
  EXPECT_EQ(start("the journalist"), -1);
  EXPECT_EQ(start("Ruiz journalist"), -1);
}

TEST(PersonNamesTest, RanksSuffixesAndAcronyms) {
  auto words = [](std::string_view phrase) { return SplitWhitespace(phrase); };
  EXPECT_TRUE(IsMilitaryRank(words("Army chief General")));
  EXPECT_TRUE(IsMilitaryRank(words("Gen.")));
  EXPECT_TRUE(IsMilitaryRank(words("Police Colonel")));
  EXPECT_FALSE(IsMilitaryRank(words("Attorney General")));
  EXPECT_FALSE(IsMilitaryRank(words("Secretary General")));
  EXPECT_FALSE(IsMilitaryRank(words("Defence Minister")));
  EXPECT_TRUE(IsNameSuffix("Jr."));
  EXPECT_FALSE(IsNameSuffix("Brawner"));
  EXPECT_TRUE(HasAcronym(words("KOVO leader")));
  EXPECT_FALSE(HasAcronym(words("U.S. envoy")));
  EXPECT_FALSE(HasAcronym(words("Opposition leader")));
}

TEST(PersonNamesTest, ANameInApposition) {
  auto end = [](std::string_view sentence, int comma) {
    std::vector<std::string_view> words = SplitWhitespace(sentence);
    return AppositiveNameEnd(words, comma);
  };
  EXPECT_EQ(end("the journalist , Pavel Orlik , 26 , was freed", 2), 5);
  EXPECT_EQ(end("its minister , Ana Ruiz Cortes said", 2), 6);
  EXPECT_EQ(end("the journalist , Orlik , was freed", 2), -1);  // one word
  EXPECT_EQ(end("the journalist , Pavel Orlik and his wife", 2), -1);
  EXPECT_TRUE(NamesOnePerson("journalist"));
  EXPECT_TRUE(NamesOnePerson("minister"));
  EXPECT_FALSE(NamesOnePerson("group"));
  // "Burkina Faso's military ruler, Captain Ibrahim Traore,": a ruler is one.
  EXPECT_TRUE(NamesOnePerson("ruler"));
  EXPECT_TRUE(NamesOnePerson("chairman"));
  EXPECT_FALSE(NamesOnePerson("regime"));
}

TEST(PersonNamesTest, TheFirstWordOfAShortName) {
  EXPECT_EQ(FirstOfName("North Korean leader Kim Jong Un"), "Kim");
  EXPECT_EQ(FirstOfName("Chinese Foreign Minister Wang Zhenyu"), "Wang");
  EXPECT_EQ(FirstOfName("Sergei Ivanov"), "Sergei");
  EXPECT_EQ(FirstOfName("President Ruto"), "");  // one word after the title
  EXPECT_EQ(FirstOfName("the rebels"), "");
  // "Sheikh" between two names is part of the name; after a title it is one.
  EXPECT_EQ(FirstOfName("Somali President Hassan Sheikh Mohamud"), "Hassan");
  EXPECT_EQ(FirstOfName("former leader Sharif Sheikh Ahmed"), "Sharif");
  EXPECT_EQ(FirstOfName("Emir Sheikh Tamim Hamad"), "Tamim");
  EXPECT_EQ(FirstOfName("the Kuwaiti ruler Sheikh Nawaf"), "");
}

TEST(PersonNamesTest, ANameAtTheEnd) {
  EXPECT_EQ(NameAtEnd("opposition leader Ramona Quintanilla"),
            "opposition leader Ramona Quintanilla");
  EXPECT_EQ(NameAtEnd("Health Minister Ama Mensah of Ghana"), "");
  EXPECT_EQ(NameAtEnd("Ghana"), "");
}

// A particle of a family name may stand between the last two names; a
// lower-case word that is no particle still ends no name.
TEST(PersonNamesTest, ANameAtTheEndMayHaveAParticle) {
  EXPECT_EQ(NameAtEnd("Senator Ana Paula da Costa"), "Senator Ana Paula da Costa");
  EXPECT_EQ(NameAtEnd("Minister Luis Ortega del Valle"), "Minister Luis Ortega del Valle");
  EXPECT_EQ(NameAtEnd("the governor of Texas"), "");
  EXPECT_EQ(NameAtEnd("de Souza"), "");
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
