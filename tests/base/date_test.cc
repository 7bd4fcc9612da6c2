// Tests for date parsing and validation.
#include "dyad/base/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Date Parsed(std::string_view text) {
  StatusOr<Date> d = ParseDate(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status().ToString();
  return d.ok() ? *d : kNoDate;
}

TEST(DateTest, ParsesThreeForms) {
  EXPECT_EQ(Parsed("20151125"), 20151125);
  EXPECT_EQ(Parsed("2015-11-25"), 20151125);
  EXPECT_EQ(Parsed("951125"), 19951125);
}

TEST(DateTest, TwoDigitYearPivotsAtThirty) {
  EXPECT_EQ(Parsed("000101"), 20000101);
  EXPECT_EQ(Parsed("300101"), 20300101);
  EXPECT_EQ(Parsed("310101"), 19310101);
  EXPECT_EQ(Parsed("991231"), 19991231);
}

TEST(DateTest, DatesOrderAsIntegers) { EXPECT_LT(Parsed("991231"), Parsed("000101")); }

TEST(DateTest, LeapYears) {
  EXPECT_EQ(Parsed("20000229"), 20000229);
  EXPECT_EQ(Parsed("20240229"), 20240229);
  EXPECT_FALSE(ParseDate("19000229").ok());
  EXPECT_FALSE(ParseDate("20230229").ok());
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(2100, 2, 29));
}

TEST(DateTest, RejectsImpossibleDays) {
  for (std::string_view bad : {"20151301", "20151100", "20150431", "20150001", "00000101"}) {
    StatusOr<Date> d = ParseDate(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(d.status().message().find(std::string(bad)), std::string::npos);
  }
}

TEST(DateTest, RejectsMalformedText) {
  for (std::string_view bad : {"", "2015112", "201511250", "2015-1-25", "2015/11/25", "20l51125",
                               " 20151125", "abcdef", "-1234567", "2015-11-2x"}) {
    EXPECT_FALSE(ParseDate(bad).ok()) << bad;
  }
}

TEST(DateTest, IsValidDateBounds) {
  EXPECT_TRUE(IsValidDate(1, 1, 1));
  EXPECT_TRUE(IsValidDate(9999, 12, 31));
  EXPECT_FALSE(IsValidDate(0, 1, 1));
  EXPECT_FALSE(IsValidDate(10000, 1, 1));
  EXPECT_FALSE(IsValidDate(2015, 0, 1));
  EXPECT_FALSE(IsValidDate(2015, 13, 1));
  EXPECT_FALSE(IsValidDate(2015, 6, 31));
  EXPECT_TRUE(IsValidDate(2015, 7, 31));
}

}  // namespace
}  // namespace dyad
