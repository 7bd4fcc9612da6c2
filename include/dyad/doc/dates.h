// Event dates: finds the time expressions of one tokenised sentence ("on
// Thursday", "Nov. 13", "last week", "for four years", "since 2011") and
// resolves each against the story's date. Part of document resolution
// (dyad::doc), after coding: an event's date is the date its sentence names,
// else the story's.
#ifndef DYAD_DOC_DATES_H_
#define DYAD_DOC_DATES_H_

#include <span>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"

namespace dyad::doc {

// How much of a resolved date is known. A TimeExpression's `date` is always the
// first day of the period: the Monday of a week (weeks run Monday to Sunday),
// the 1st of a month, January 1st of a year, and of a decade's first year.
enum class DatePrecision { kDay, kWeek, kMonth, kYear, kDecade };

struct TimeExpression {
  int token_begin = 0;  // the expression is words[token_begin, token_end),
  int token_end = 0;    // with its preposition ("on", "in", "since", "for")
  Date date = kNoDate;
  DatePrecision precision = DatePrecision::kDay;
  // The period is when something began and lasted until the story date:
  // "since 2011", "for four years" (2011 when the story is from 2015).
  bool is_start = false;
  // "two days after ...", "a week before ...": the date of the clause that
  // follows (and of nothing before it), `offset_days` from the day the
  // sentence names before it, else from the story date (AnchorOffsets).
  bool relative = false;
  int offset_days = 0;
  // "the same day", "hours later": the day the sentence names before it, else
  // the one an earlier sentence named, else the story date (AnchorOffsets);
  // "the next day", "a day earlier", "two days later": that day moved by
  // `offset_days` (1, -1, 2).
  bool anaphoric = false;
  // "in August that year", "in May of that year": the month (1-12) of the
  // year named before; then `anaphoric` is set and the precision is a month.
  int month_of_year_before = 0;
};

// Replaces `*out` with the time expressions in `words` (a sentence's Penn
// Treebank tokens, in any letter case), left to right, none overlapping.
// `story_date` anchors relative expressions; if it is kNoDate or invalid only
// expressions that name their year are found. `past` says whether the sentence
// is in the past tense (a VBD main verb): a bare weekday is then the most
// recent one on or before the story date, else the next one on or after it; a
// month or day without a year is the most recent one not after the story date,
// else the nearest one (later on a tie). "for four years" (with no "the past")
// anchors to the story date only when `past` is false ("has served for four
// years", not "served for four years"). "the next day", "a day later", "two
// days later" count from a day the sentence names before them; one that opens
// the sentence ("A day later, he summoned ...") also from `previous_day`, the
// day an earlier sentence named (kNoDate: none; the caller anchors it with
// AnchorOffsets). The views must outlive the call only.
void FindTimeExpressions(std::span<const std::string_view> words, Date story_date, bool past,
                         std::vector<TimeExpression>* out, Date previous_day = kNoDate);

// Dates the relative and anaphoric expressions of `times` (FindTimeExpressions'
// result, in order): each is `offset_days` from the nearest day-precision
// expression before it that is not relative, else from `previous_day` (the
// day an earlier sentence named; kNoDate if none), else from `story_date`;
// without any it is removed. FindTimeExpressions calls it without a
// previous day; call it again after replacing expressions of `times`.
void AnchorOffsets(Date story_date, Date previous_day, std::vector<TimeExpression>* times);

// The first day of the period an anaphoric expression `e` names when
// `period` is the last one named before it: "that month" its month, "that
// year" its year, "in August that year" August of its year.
Date DateOfPeriodNamedBefore(const TimeExpression& e, Date period);

// 0 (Monday) to 6 (Sunday) for a weekday's name in any letter case, else -1.
int WeekdayNumber(std::string_view word);
// 1 to 12 for a month's name or abbreviation ("Nov", "Nov.", "Sept."), else 0.
int MonthNumber(std::string_view word);

// Calendar arithmetic on valid dates (years 1 to 9999).
// The day of the week: 0 is Monday, ..., 6 is Sunday.
int DayOfWeek(Date date);
// `date` moved by `days` (negative: back). The result must stay in years 1-9999.
Date AddDays(Date date, int days);

}  // namespace dyad::doc

#endif  // DYAD_DOC_DATES_H_
