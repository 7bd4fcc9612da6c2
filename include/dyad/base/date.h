// Calendar dates as YYYYMMDD integers: ordered, cheap, and what PETRARCH files use.
#ifndef DYAD_BASE_DATE_H_
#define DYAD_BASE_DATE_H_

#include <string_view>

#include "dyad/base/status.h"

namespace dyad {

// A date as the integer YYYYMMDD (20151125). Comparisons order dates.
using Date = int;
constexpr Date kNoDate = 0;

// Parses "YYYYMMDD", "YYMMDD" (YY <= 30 means 20YY, otherwise 19YY) or "YYYY-MM-DD",
// checking that the day exists in that month.
StatusOr<Date> ParseDate(std::string_view text);

bool IsValidDate(int year, int month, int day);

// The day after `date` (20151231 -> 20160101). `date` must be valid.
Date NextDay(Date date);

}  // namespace dyad

#endif  // DYAD_BASE_DATE_H_
