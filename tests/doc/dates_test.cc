// Tests for event dates: calendar arithmetic, then a table of sentences whose
// expectations were worked out by hand against a calendar. Unless a case says
// otherwise the story date is Wednesday 25 November 2015 (Mon 16, 23, 30 Nov).
#include "dyad/doc/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

constexpr Date kStory = 20151125;

TEST(DayOfWeekTest, KnownDates) {
  EXPECT_EQ(DayOfWeek(20151125), 2);  // Wednesday
  EXPECT_EQ(DayOfWeek(20151126), 3);  // Thursday
  EXPECT_EQ(DayOfWeek(20000229), 1);  // Tuesday
  EXPECT_EQ(DayOfWeek(20241231), 1);  // Tuesday
  EXPECT_EQ(DayOfWeek(19700101), 3);  // Thursday
  EXPECT_EQ(DayOfWeek(10101), 0);     // 0001-01-01, Monday (proleptic Gregorian)
  EXPECT_EQ(DayOfWeek(19000101), 0);  // Monday
  EXPECT_EQ(DayOfWeek(21000301), 0);  // Monday (2100 is not a leap year)
}

TEST(WeekdayNumberTest, NamesInAnyCase) {
  EXPECT_EQ(WeekdayNumber("Monday"), 0);
  EXPECT_EQ(WeekdayNumber("WEDNESDAY"), 2);
  EXPECT_EQ(WeekdayNumber("sunday"), 6);
  EXPECT_EQ(WeekdayNumber("Mon"), -1);
  EXPECT_EQ(WeekdayNumber("today"), -1);
  EXPECT_EQ(MonthNumber("Nov."), 11);
  EXPECT_EQ(MonthNumber("september"), 9);
  EXPECT_EQ(MonthNumber("Sept."), 9);
  EXPECT_EQ(MonthNumber("Monday"), 0);
}

TEST(AddDaysTest, AcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays(20151231, 1), 20160101);
  EXPECT_EQ(AddDays(20160301, -1), 20160229);
  EXPECT_EQ(AddDays(20150301, -1), 20150228);
  EXPECT_EQ(AddDays(20000301, -1), 20000229);
  EXPECT_EQ(AddDays(19000301, -1), 19000228);
  EXPECT_EQ(AddDays(20151125, 0), 20151125);
  EXPECT_EQ(AddDays(20151125, -365), 20141125);
  EXPECT_EQ(AddDays(20151125, 366), 20161125);  // across 29 Feb 2016
  EXPECT_EQ(AddDays(10101, 365), 20101);
}

// Reference: NextDay (dyad/base/date.h) one day at a time, and the weekday
// advancing by one each day, from 1799 to 2201.
TEST(AddDaysTest, AgreesWithNextDayStepByStep) {
  Date d = 17990101;
  int weekday = DayOfWeek(d);
  for (int i = 0; i < 402 * 366 && d < 22010101; ++i) {
    const Date next = NextDay(d);
    ASSERT_EQ(AddDays(d, 1), next) << d;
    ASSERT_EQ(AddDays(next, -1), d) << d;
    weekday = (weekday + 1) % 7;
    ASSERT_EQ(DayOfWeek(next), weekday) << next;
    d = next;
  }
  EXPECT_EQ(AddDays(17990101, 146097), 21990101);  // 400 Gregorian years
}

// "B-E DATE PRECISION[ start]" per expression, joined by "; ".
std::string Describe(const std::vector<TimeExpression>& found) {
  static constexpr const char* kPrecision[] = {"day", "week", "month", "year", "decade"};
  std::string s;
  for (const TimeExpression& e : found) {
    if (!s.empty()) s += "; ";
    s += std::to_string(e.token_begin) + "-" + std::to_string(e.token_end) + " " +
         std::to_string(e.date) + " " + kPrecision[static_cast<int>(e.precision)];
    if (e.is_start) s += " start";
  }
  return s;
}

std::string Find(std::string_view sentence, bool past, Date story = kStory) {
  std::vector<std::string_view> words = SplitWhitespace(sentence);
  std::vector<TimeExpression> found;
  FindTimeExpressions(words, story, past, &found);
  return Describe(found);
}

struct Case {
  const char* sentence;  // tokens separated by spaces
  bool past;
  const char* expected;  // Describe() of the result
};

void ExpectCases(std::initializer_list<Case> cases, Date story = kStory) {
  for (const Case& c : cases) {
    EXPECT_EQ(Find(c.sentence, c.past, story), c.expected)
        << "sentence: \"" << c.sentence << "\" past=" << c.past << " story=" << story;
  }
}

constexpr bool kPast = true;
constexpr bool kNotPast = false;

TEST(FindTimeExpressionsTest, Weekdays) {
  ExpectCases({
      {"They will meet on Thursday .", kNotPast, "3-5 20151126 day"},
      {"They met on Thursday .", kPast, "2-4 20151119 day"},
      {"Rebels attacked the town Thursday .", kPast, "4-5 20151119 day"},
      {"He spoke on Wednesday .", kPast, "2-4 20151125 day"},  // the story's own day
      {"He speaks on Wednesday .", kNotPast, "2-4 20151125 day"},
      {"They met Sunday night .", kPast, "2-4 20151122 day"},
      {"They meet Sunday .", kNotPast, "2-3 20151129 day"},
      {"They met last Thursday .", kPast, "2-4 20151119 day"},
      {"They met last Wednesday .", kPast, "2-4 20151118 day"},
      {"They meet next Monday .", kNotPast, "2-4 20151130 day"},
      {"They meet next Wednesday .", kNotPast, "2-4 20151202 day"},
      {"They meet this Friday .", kNotPast, "2-4 20151127 day"},
      {"They met this Monday .", kPast, "2-4 20151123 day"},
      {"THEY MET ON TUESDAY .", kPast, "2-4 20151124 day"},
      {"late Thursday night", kNotPast, "0-3 20151126 day"},
  });
}

TEST(FindTimeExpressionsTest, WeekdayWithDateTakesTheDate) {
  ExpectCases({
      {"On Friday , Nov. 13 , gunmen attacked", kPast, "0-5 20151113 day"},
      // Nov. 26 2014 was a Wednesday: the weekday puts it in 2015.
      {"On Thursday , Nov. 26 , they met", kPast, "0-5 20151126 day"},
      {"On Thursday , 26 November 2015", kPast, "0-6 20151126 day"},
  });
}

TEST(FindTimeExpressionsTest, DeicticWords) {
  ExpectCases({
      {"He said yesterday", kPast, "2-3 20151124 day"},
      {"He said on Tuesday that he will leave tomorrow", kPast,
       "2-4 20151124 day; 8-9 20151126 day"},
      {"Today , the talks resumed", kPast, "0-1 20151125 day"},
      {"They will vote tonight", kNotPast, "3-4 20151125 day"},
      {"It exploded yesterday morning", kPast, "2-4 20151124 day"},
      {"It exploded last night", kPast, "2-4 20151124 day"},
      {"He arrived this morning", kPast, "2-4 20151125 day"},
      {"He said earlier today", kPast, "2-4 20151125 day"},
  });
}

// "overnight" as an adverb is the night just past, dated by the story's day;
// as a modifier ("the overnight fighting", "overnight raids") it dates nothing.
TEST(FindTimeExpressionsTest, OvernightAsAnAdverbIsTheStoryDay) {
  ExpectCases({
      {"Rebels shelled the airport overnight", kPast, "4-5 20151125 day"},
      {"Troops took the town overnight , and officials fled", kPast, "4-5 20151125 day"},
      {"Police detained 40 people overnight in the capital", kPast, "4-5 20151125 day"},
      {"Overnight , gunmen stormed a hotel", kPast, "0-1 20151125 day"},
      {"Dozens died in the overnight fighting", kPast, ""},
      {"Officials condemned overnight raids on the camp", kPast, ""},
  });
}

TEST(FindTimeExpressionsTest, RelativeWeeksMonthsYears) {
  ExpectCases({
      {"They met last week", kPast, "2-4 20151116 week"},
      {"They meet this week", kNotPast, "2-4 20151123 week"},
      {"They meet next week", kNotPast, "2-4 20151130 week"},
      {"They met earlier this week", kPast, "2-5 20151123 week"},
      {"They met earlier this month", kPast, "2-5 20151101 month"},
      {"They met last month", kPast, "2-4 20151001 month"},
      {"They meet next month", kNotPast, "2-4 20151201 month"},
      {"They met last year", kPast, "2-4 20140101 year"},
      {"They met late last year", kPast, "2-5 20140101 year"},
      {"They meet later this year", kNotPast, "2-5 20150101 year"},
      {"They meet next year 's summit", kNotPast, "2-4 20160101 year"},
  });
}

TEST(FindTimeExpressionsTest, Ago) {
  ExpectCases({
      {"He left two days ago", kPast, "2-5 20151123 day"},
      {"He left 10 days ago", kPast, "2-5 20151115 day"},
      {"He left three weeks ago", kPast, "2-5 20151102 week"},  // Wed 4 Nov's week
      {"He left a week ago", kPast, "2-5 20151116 week"},
      {"He left two months ago", kPast, "2-5 20150901 month"},
      {"He left a year ago", kPast, "2-5 20140101 year"},
      {"He left twenty-five years ago", kPast, "2-5 19900101 year"},
      {"He left two decades ago", kPast, "2-5 19950101 year"},
      {"He left a few days ago", kPast, ""},
  });
}

TEST(FindTimeExpressionsTest, ExplicitDays) {
  ExpectCases({
      {"They met on Nov. 13", kPast, "2-5 20151113 day"},
      {"They met Nov. 13", kNotPast, "2-4 20151113 day"},
      {"They met on November 13th", kPast, "2-5 20151113 day"},
      {"They met on 13 November", kPast, "2-5 20151113 day"},
      {"They met on the 13th of November", kPast, "2-7 20151113 day"},
      {"They met on 26 November 2015", kPast, "2-6 20151126 day"},
      {"They met on Nov 26 , 2015 in Paris", kPast, "2-7 20151126 day"},
      {"They met on November 26 2015", kPast, "2-6 20151126 day"},
      {"They met on 2015-11-26", kPast, "2-4 20151126 day"},
      {"They met on 2015/11/26", kPast, "2-4 20151126 day"},
      {"They met on 26/11/2015", kPast, "2-4 20151126 day"},
      {"They met on 11/26/2015", kPast, "2-4 20151126 day"},
      {"They met on 05/05/2015", kPast, "2-4 20150505 day"},
      {"They met on 05/06/2015", kPast, ""},  // 5 June or May 6: ambiguous
      {"They met on 2015-02-29", kPast, ""},  // no such day
      {"They met on Feb. 30", kPast, ""},     // no such day
      {"The score was 3-2", kPast, ""},
      {"It was signed March 2 , 1990", kPast, "3-7 19900302 day"},
      {"May 5 was chosen", kPast, "0-2 20150505 day"},
      {"They met on Sept. 11", kPast, "2-5 20150911 day"},
      {"Thursday 's attack", kPast, "0-1 20151119 day"},
      {"the April 6 referendum", kPast, "1-3 20150406 day"},
  });
}

TEST(FindTimeExpressionsTest, DaysWithoutYearResolveByTense) {
  ExpectCases({
      // Past: the most recent such day not after the story date.
      {"They met on Dec. 3", kPast, "2-5 20141203 day"},
      {"They met on Nov. 26", kPast, "2-5 20141126 day"},
      {"They met on Nov. 25", kPast, "2-5 20151125 day"},
      // Otherwise: the nearest one.
      {"They will meet on Dec. 3", kNotPast, "3-6 20151203 day"},
      {"They will meet on January 10", kNotPast, "3-6 20160110 day"},
      {"Police say the attack on Nov. 13 killed 130", kNotPast, "4-7 20151113 day"},
  });
}

TEST(FindTimeExpressionsTest, Months) {
  ExpectCases({
      {"They met in March", kPast, "2-4 20150301 month"},
      {"They met in December", kPast, "2-4 20141201 month"},
      {"They met in November", kPast, "2-4 20151101 month"},
      {"Elections are due in March", kNotPast, "3-5 20160301 month"},
      {"Elections are due in May", kNotPast, "3-5 20160501 month"},  // 6 months either way
      {"They met in early March", kPast, "2-5 20150301 month"},
      {"They met in November 2013", kPast, "2-5 20131101 month"},
      {"They met last March", kPast, "2-4 20150301 month"},
      {"They met last November", kPast, "2-4 20141101 month"},
      {"They meet next November", kNotPast, "2-4 20161101 month"},
      {"They met in may", kPast, "2-4 20150501 month"},
      {"the ides of March", kPast, "3-4 20150301 month"},
  });
}

// A month or day followed by "last year", "next year": of that year, not
// the nearest one ("in June last year" is no bare year either).
TEST(FindTimeExpressionsTest, MonthsOfLastOrNextYear) {
  ExpectCases({
      {"In June last year , a grenade was thrown", kPast, "0-4 20140601 month"},
      {"They met in December of last year", kPast, "2-7 20141201 month"},
      {"Gunmen stormed the town on Oct. 7 last year", kPast, "4-9 20141007 day"},
      {"Elections are due in May next year", kNotPast, "3-7 20160501 month"},
      {"They met last year", kPast, "2-4 20140101 year"},  // unchanged
  });
}

TEST(FindTimeExpressionsTest, YearsAndDecades) {
  ExpectCases({
      {"They met in 2013", kPast, "2-4 20130101 year"},
      {"They met in early 2013", kPast, "2-5 20130101 year"},
      {"The law lasted until 2013", kPast, "4-5 20130101 year"},
      {"It was built in the 1990s", kPast, "3-6 19900101 decade"},
      {"It was built in 1990s Russia", kPast, "3-5 19900101 decade"},
      {"2000 people died", kPast, ""},
      {"He counted 2013 votes", kPast, ""},
  });
}

TEST(FindTimeExpressionsTest, StartsOfPeriods) {
  ExpectCases({
      {"He has ruled for four years", kNotPast, "3-6 20110101 year start"},
      {"They have fought for two decades", kNotPast, "3-6 19950101 year start"},
      {"He has been held for three months", kNotPast, "4-7 20150801 month start"},
      {"He has been held for two weeks", kNotPast, "4-7 20151109 week start"},
      {"He has been held for 10 days", kNotPast, "4-7 20151115 day start"},
      {"He has been held for a year", kNotPast, "4-7 20140101 year start"},
      {"He ruled for the past four years", kPast, "2-7 20110101 year start"},
      {"Prices rose over the past year", kPast, "2-6 20140101 year start"},
      {"In the last three months , prices rose", kPast, "0-5 20150801 month start"},
      {"He has ruled since 2011", kNotPast, "3-5 20110101 year start"},
      {"He has ruled since March", kNotPast, "3-5 20150301 month start"},
      {"He has been held since Nov. 13", kNotPast, "4-7 20151113 day start"},
      {"He has been held since Thursday", kNotPast, "4-6 20151119 day start"},
      {"It has grown since last year", kNotPast, "3-6 20140101 year start"},
      {"It has grown since the 1990s", kNotPast, "3-6 19900101 decade start"},
      {"They fought a war from 1998 to 2000 there", kPast, "4-8 19980101 year start"},
      {"He ruled between 2003 and 2007", kPast, "2-6 20030101 year start"},
      // Durations that need not end at the story date.
      {"He ruled for four years", kPast, ""},
      {"He will rule for four years", kNotPast, ""},
      {"He left in two years", kPast, ""},
      // A term set by the verb: how long it lasts, not since when.
      {"Kenya has suspended all flights for a month", kNotPast, ""},
      {"The party has been banned for ten years", kNotPast, ""},
  });
}

TEST(FindTimeExpressionsTest, Holidays) {
  ExpectCases({
      {"Russia struck on Christmas morning", kPast, "2-4 20141225 day"},
      {"They met on Christmas Eve", kPast, "2-5 20141224 day"},
      {"He will speak on New Year 's Day", kNotPast, "3-8 20160101 day"},
      {"Crowds gathered on New Year 's Eve 2013", kPast, "2-8 20131231 day"},
      {"Paris held a parade on Bastille Day", kPast, "4-7 20150714 day"},
      {"a new year of talks", kPast, ""},
  });
}

TEST(FindTimeExpressionsTest, WordsThatAreNotDates) {
  ExpectCases({
      {"They may be asked to leave", kNotPast, ""},
      {"This may take years", kNotPast, ""},
      {"Protesters will march to the square", kNotPast, ""},
      {"Protesters march on the capital", kNotPast, ""},
      {"The March rally drew thousands", kPast, ""},
      {"It was the last march of the war", kPast, ""},
      {"Theresa May said", kPast, ""},
      {"an august body", kPast, ""},
      {"Some 26 may die", kNotPast, ""},
      {"The last year was hard", kPast, ""},
      {"the next day", kPast, ""},
      {"He met Jan Kowalski", kPast, ""},
      {"April Ryan asked", kPast, ""},
      {"The November elections", kPast,
       "1-2 20151101 month"},  // unambiguous month names stand alone
      {"In the past , they fought", kPast, ""},
      {"Sales fell from 2000 to 1500 units", kPast, ""},  // not a span of years
  });
}

TEST(FindTimeExpressionsTest, SeveralExpressions) {
  ExpectCases({
      {"He has lived there since 2011 and left last week", kNotPast,
       "4-6 20110101 year start; 8-10 20151116 week"},
      {"Talks held on Monday resumed on Tuesday", kPast, "2-4 20151123 day; 5-7 20151124 day"},
  });
}

TEST(FindTimeExpressionsTest, AcrossYearEnd) {
  // Tuesday 5 January 2016 (weeks start Mon 28 Dec, Mon 4 Jan).
  ExpectCases(
      {
          {"They met on Dec. 3", kPast, "2-5 20151203 day"},
          {"They met last month", kPast, "2-4 20151201 month"},
          {"They met last week", kPast, "2-4 20151228 week"},
          {"They met on Thursday", kPast, "2-4 20151231 day"},
          {"They met in December", kPast, "2-4 20151201 month"},
          {"They met yesterday", kPast, "2-3 20160104 day"},
      },
      20160105);
  ExpectCases({{"They met yesterday", kPast, "2-3 20160229 day"}}, 20160301);
  // 29 February exists only in 2016 around 1 March 2015.
  ExpectCases(
      {{"They meet on Feb. 29", kNotPast, "2-5 20160229 day"}, {"They met on Feb. 29", kPast, ""}},
      20150301);
}

TEST(FindTimeExpressionsTest, WithoutStoryDateOnlyFullDates) {
  for (Date story : {kNoDate, 20151131, 19}) {
    ExpectCases(
        {
            {"They met on Thursday", kPast, ""},
            {"They met yesterday", kPast, ""},
            {"They met on Nov. 13", kPast, ""},
            {"They met in March", kPast, ""},
            {"He has ruled for four years", kNotPast, ""},
            {"They met on Nov 26 , 2015", kPast, "2-7 20151126 day"},
            {"They met in 2013", kPast, "2-4 20130101 year"},
            {"They met in November 2013", kPast, "2-5 20131101 month"},
        },
        story);
  }
}

// "two days after ...": days from the day named before it, else from the story date.
TEST(FindTimeExpressionsTest, DaysAfterOrBeforeCountFromTheDayBefore) {
  ExpectCases({
      {"He resigned on Tuesday , a day after protesters stormed parliament", kPast,
       "2-4 20151124 day; 5-8 20151123 day"},
      {"He died on Nov. 16 , three days after police detained him", kPast,
       "2-5 20151116 day; 6-9 20151113 day"},
      {"Protesters returned two days after police fired on them", kPast, "2-5 20151123 day"},
      {"They met on Monday , the day before the vote", kPast, "2-4 20151123 day; 5-8 20151124 day"},
      {"It came a week after the attack", kPast, "2-5 20151118 day"},
      // Approximate spans and spans without a number are not dates.
      {"It came less than two weeks after the attack", kPast, ""},
      {"It came days after the attack", kPast, ""},
  });
  // Without a story date only a named day anchors them.
  EXPECT_EQ(Find("It came two days after the attack", kPast, kNoDate), "");
  EXPECT_EQ(Find("On Nov. 16 , 2015 , two days after the attack", kPast, kNoDate),
            "0-5 20151116 day; 6-9 20151114 day");
}

TEST(AnchorOffsetsTest, ReanchorsAfterAnExpressionChanges) {
  std::vector<std::string_view> words = SplitWhitespace("on Friday , two days after the coup");
  std::vector<TimeExpression> found;
  FindTimeExpressions(words, kStory, kPast, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[1].relative);
  EXPECT_EQ(found[1].date, 20151118);  // Friday 20 November - 2
  found[0].date = 20151127;            // the coming Friday instead
  AnchorOffsets(kStory, kNoDate, &found);
  EXPECT_EQ(found[1].date, 20151125);
}

// "the same day", "hours later": the day named before, else the story date.
TEST(FindTimeExpressionsTest, TheSameDayIsTheDayNamedBefore) {
  ExpectCases({
      {"On the same day , his government expelled diplomats", kPast, "0-4 20151125 day"},
      {"He spoke on Monday and later that day he left", kPast,
       "2-4 20151123 day; 5-8 20151123 day"},
      {"Hours later , New Delhi expelled six diplomats", kPast, "0-2 20151125 day"},
      {"A few hours later they left", kPast, "0-4 20151125 day"},
      {"That day will come", kNotPast, "0-2 20151125 day"},
      {"They spent hours there", kPast, ""},
      // A part of the day: "the same night", "that evening".
      {"Rebels shelled the port on Monday and troops landed the same night", kPast,
       "4-6 20151123 day; 9-12 20151123 day"},
      {"The talks failed on Monday ; that evening he resigned", kPast,
       "3-5 20151123 day; 6-8 20151123 day"},
      {"The night was calm", kPast, ""},
  });
  std::vector<std::string_view> words = SplitWhitespace("Hours later , they left");
  std::vector<TimeExpression> found;
  FindTimeExpressions(words, kStory, kPast, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].anaphoric);
  AnchorOffsets(kStory, 20151123, &found);  // an earlier sentence named Monday
  EXPECT_EQ(found[0].date, 20151123);
}

// "later that month", "the same year": the month or year named before, else
// the story's.
TEST(FindTimeExpressionsTest, ThatMonthIsTheMonthNamedBefore) {
  ExpectCases({
      {"He was elected in March 2012 and resigned later that month", kPast,
       "3-6 20120301 month; 8-11 20120301 month"},
      {"They met on June 4 , 2013 and signed a deal the same year", kPast,
       "2-7 20130604 day; 11-14 20130101 year"},
      {"He resigned later that month", kPast, "2-5 20151101 month"},
      // A month "that year" / "of that year" is that month of the year named before.
      {"They met in April 2012 and signed a deal in August that year", kPast,
       "2-5 20120401 month; 9-13 20120801 month"},
      {"They met in 2009 and signed a deal in May of that year", kPast,
       "2-4 20090101 year; 8-13 20090501 month"},
  });
}

// "A day later", "The next day" or "Two days later" in a sentence that
// names no day before it counts from the day an earlier sentence named,
// whether it opens the sentence or ends it ("recalled its ambassador the
// next day"); without one it dates nothing.
TEST(FindTimeExpressionsTest, AnOpeningDayLaterCountsFromTheDayNamedBefore) {
  const Date saturday = 20151121;
  auto find = [](std::string_view sentence, Date previous_day) {
    std::vector<std::string_view> words = SplitWhitespace(sentence);
    std::vector<TimeExpression> found;
    FindTimeExpressions(words, kStory, kPast, &found, previous_day);
    AnchorOffsets(kStory, previous_day, &found);
    std::string out;
    for (const TimeExpression& e : found)
      out += std::to_string(e.token_begin) + "-" + std::to_string(e.token_end) + " " +
             std::to_string(e.date) + ";";
    return out;
  };
  EXPECT_EQ(find("A day later , he summoned the envoy", saturday), "0-3 20151122;");
  EXPECT_EQ(find("The next day , police raided the office", saturday), "0-3 20151122;");
  EXPECT_EQ(find("Two days later , the rebels withdrew", saturday), "0-3 20151123;");
  EXPECT_EQ(find("A day later , he summoned the envoy", kNoDate), "");
  EXPECT_EQ(find("They parted the next day", saturday), "2-5 20151122;");
  EXPECT_EQ(find("They parted the next day", kNoDate), "");
  // A day of its own before it: from that day.
  EXPECT_EQ(find("They met on Monday and parted the next day", saturday),
            "2-4 20151123;6-9 20151124;");
}

// "the next day", "a day earlier", "two days later", "the day before" (with
// nothing after it): the day named before, moved; "the day before the vote"
// is an offset of the clause that follows.
TEST(FindTimeExpressionsTest, TheNextDayIsADayAfterTheDayNamedBefore) {
  ExpectCases({
      {"Rebels took the port on Monday and the next day they shelled the airport", kPast,
       "4-6 20151123 day; 7-10 20151124 day"},
      {"Rebels took the port on Monday and two days later they shelled the airport", kPast,
       "4-6 20151123 day; 7-10 20151125 day"},
      {"The ministers had met the previous day", kPast, "4-7 20151124 day"},
      {"The ministers had met a day earlier", kPast, "4-7 20151124 day"},
      {"The ministers had met the day before .", kPast, "4-7 20151124 day"},
      {"They met on Monday and parted on the following day", kPast,
       "2-4 20151123 day; 7-10 20151124 day"},
      // "The next day" counts from a day the sentence names, not from the story date.
      {"They parted the next day", kPast, ""},
      // Approximate counts are not dates.
      {"The ministers met about two days later", kPast, ""},
  });
  std::vector<std::string_view> words =
      SplitWhitespace("The ministers met the day before the vote");
  std::vector<TimeExpression> found;
  FindTimeExpressions(words, kStory, kPast, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].relative);
  words = SplitWhitespace("A day earlier , they left");
  FindTimeExpressions(words, kStory, kPast, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].anaphoric);
  AnchorOffsets(kStory, 20151123, &found);  // an earlier sentence named Monday
  EXPECT_EQ(found[0].date, 20151122);
}

// The longest openings before a time word: the scan skips words with none
// among the five from them, so these must still be found whole.
TEST(FindTimeExpressionsTest, LongOpeningsBeforeTheTimeWord) {
  ExpectCases({
      {"Prices rose for the past two decades", kNotPast, "2-7 19950101 year start"},
      {"Prices rose in the past three months", kPast, "2-7 20150801 month start"},
      {"He left on the same day", kPast, "2-6 20151125 day"},
      {"They left a few hours later", kPast, "2-6 20151125 day"},
  });
  // Past the 64th word nothing is skipped.
  std::string long_sentence;
  for (int i = 0; i < 70; ++i) long_sentence += "word ";
  EXPECT_EQ(Find(long_sentence + "for the past two decades", kNotPast),
            "70-75 19950101 year start");
}

TEST(FindTimeExpressionsTest, ReplacesOutput) {
  std::vector<std::string_view> words = {"on", "Thursday"};
  std::vector<TimeExpression> found(3);
  FindTimeExpressions(words, kStory, kPast, &found);
  ASSERT_EQ(found.size(), 1u);
  FindTimeExpressions({}, kStory, kPast, &found);
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace dyad::doc
