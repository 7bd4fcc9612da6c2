// Tests of persons coded by the day of the deed (src/doc/dated_actors.h),
// with dyad's own dictionaries: a Malian president whose term ended on
// 2020-08-18 (data/actors/leaders-africa.txt).
#include "doc/dated_actors.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/base/text.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

class DatedActorsTest : public PipelineTest {
 protected:
  // `code` of `words` (or of what they stand for) as of [first, last], told on `story`.
  std::string Recode(std::string code, std::string text, std::string antecedent, Date story,
                     Date first, Date last) {
    code::ActorProvenance info;
    info.text = std::move(text);
    info.antecedent = std::move(antecedent);
    if (info.antecedent.empty()) {
      code::ActorProvenance named;
      code::CodeNounPhrase(*dicts_, SplitWhitespace(info.text), story, &named);
      info.actor = named.actor;
    }
    RecodeAtEventDate(*dicts_, info, story, first, last, &code);
    return code;
  }
};

TEST_F(DatedActorsTest, APersonIsCodedAsOnTheDayOfTheDeed) {
  // In office on the deed's day, out of it when the story ran.
  EXPECT_EQ(Recode("MLIELI", "Ibrahim Boubacar Keita", "", 20201201, 20190303, 20190303), "MLIGOV");
  // "he" that stands for him, over a month he was in office throughout.
  EXPECT_EQ(Recode("MLIELI", "he", "Ibrahim Boubacar Keita", 20201201, 20190301, 20190331),
            "MLIGOV");
}

TEST_F(DatedActorsTest, NoChangeWhenTheDayIsUnclearOrNotEarlierOrNoPerson) {
  // August 2020: in office on some days of it, not on others.
  EXPECT_EQ(Recode("MLIELI", "Ibrahim Boubacar Keita", "", 20201201, 20200801, 20200831), "MLIELI");
  // The story's own day, or one after it.
  EXPECT_EQ(Recode("MLIELI", "Ibrahim Boubacar Keita", "", 20201201, 20201201, 20201201), "MLIELI");
  // A country is no person; a role of the article's country is no name.
  EXPECT_EQ(Recode("MLI", "Mali", "", 20201201, 20190303, 20190303), "MLI");
  EXPECT_EQ(
      Recode("MLIGOV", "the government", "the article's country MLI", 20201201, 20190303, 20190303),
      "MLIGOV");
}

TEST_F(DatedActorsTest, ALeaderTitledInOfficeIsInOfficeOverThePeriodTheTermEnded) {
  // "the army ousted President Ibrahim Boubacar Keita in August 2020": the
  // title names him in office in the month his term ended.
  EXPECT_EQ(Recode("MLIELI", "President Ibrahim Boubacar Keita", "", 20201201, 20200801, 20200831),
            "MLIGOV");
  // Not the name without a title, nor "former President".
  EXPECT_EQ(
      Recode("MLIELI", "former President Ibrahim Boubacar Keita", "", 20201201, 20200801, 20200831),
      "MLIELI");
}

TEST(CodeUnBodyAsTheUnTest, AnAgencyOrForceOfTheUnIsTheUn) {
  // "UNICEF condemned the abduction", "UN troops": the UN itself.
  for (std::string code : {"IGOUNOKID", "IGOUNOHCR", "IGOUNOMIL"}) {
    EXPECT_TRUE(CodeUnBodyAsTheUn(&code));
    EXPECT_EQ(code, "IGOUNO");
  }
  // Not the UN itself, another organisation or a state.
  for (std::string code : {"IGOUNO", "IGOEUREEC", "IGOWSTNATMIL", "USAGOV"}) {
    const std::string before = code;
    EXPECT_FALSE(CodeUnBodyAsTheUn(&code));
    EXPECT_EQ(code, before);
  }
}

TEST(LastDayOfTest, EachPrecision) {
  EXPECT_EQ(LastDayOf(20200801, DatePrecision::kDay), 20200801);
  EXPECT_EQ(LastDayOf(20200801, DatePrecision::kWeek), 20200807);
  EXPECT_EQ(LastDayOf(20201228, DatePrecision::kWeek), 20210103);
  EXPECT_GE(LastDayOf(20200801, DatePrecision::kMonth), 20200831);
  EXPECT_LT(LastDayOf(20200801, DatePrecision::kMonth), 20200901);
  EXPECT_EQ(LastDayOf(20200101, DatePrecision::kYear), 20201231);
  EXPECT_EQ(LastDayOf(19900101, DatePrecision::kDecade), 19991231);
}

}  // namespace
}  // namespace dyad::doc
