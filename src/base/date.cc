// Date parsing for PETRARCH records, dictionaries and the CLI.
#include "dyad/base/date.h"

#include <string>

namespace dyad {

namespace {
bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}
int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

Date NextDay(Date date) {
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (IsValidDate(year, month, day + 1)) return date + 1;
  if (month < 12) return year * 10000 + (month + 1) * 100 + 1;
  return (year + 1) * 10000 + 101;
}

StatusOr<Date> ParseDate(std::string_view text) {
  std::string digits;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    digits = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2)) +
             std::string(text.substr(8, 2));
  } else {
    digits = std::string(text);
  }
  if (!AllDigits(digits) || (digits.size() != 8 && digits.size() != 6)) {
    return Status::InvalidInput("bad date '" + std::string(text) +
                                "': expected YYYYMMDD, YYMMDD or YYYY-MM-DD");
  }
  int year, month, day;
  if (digits.size() == 8) {
    year = ToInt(std::string_view(digits).substr(0, 4));
    month = ToInt(std::string_view(digits).substr(4, 2));
    day = ToInt(std::string_view(digits).substr(6, 2));
  } else {
    int yy = ToInt(std::string_view(digits).substr(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    month = ToInt(std::string_view(digits).substr(2, 2));
    day = ToInt(std::string_view(digits).substr(4, 2));
  }
  if (!IsValidDate(year, month, day)) {
    return Status::InvalidInput("bad date '" + std::string(text) + "': no such day");
  }
  return year * 10000 + month * 100 + day;
}

}  // namespace dyad
