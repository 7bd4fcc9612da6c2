// Event dates (dates.h). The sentence is scanned left to right; at each word
// the matchers below are tried in a fixed order and the first that matches
// consumes its words. Every matcher reads a few words around one position
// through case-insensitive comparisons: nothing is allocated per word.
//
// Words that are also months or numbers only count when their neighbours say
// so: "may", "march", "april", "june", "august" and undotted abbreviations
// ("Jan", "Mar") need a day or year beside them or a preposition before them;
// a bare year needs a preposition before it ("in 2013", not "2013 people").
#include "dyad/doc/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {
namespace {

// ---- Calendar ----

int YearOf(Date d) { return d / 10000; }
int MonthOf(Date d) { return d / 100 % 100; }
int DayOf(Date d) { return d % 100; }
Date MakeDate(int year, int month, int day) { return year * 10000 + month * 100 + day; }
bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Days in `year` before the first of `month`.
int DaysBeforeMonth(int year, int month) {
  static constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return kDaysBefore[month - 1] + (month > 2 && IsLeap(year) ? 1 : 0);
}

// Days since 0001-01-01, which was a Monday in the proleptic Gregorian calendar.
int DayNumber(Date date) {
  const int year = YearOf(date), month = MonthOf(date);
  const int y = year - 1;
  return 365 * y + y / 4 - y / 100 + y / 400 + DaysBeforeMonth(year, month) + DayOf(date) - 1;
}

// The date of day `n` (0 <= n < 72e6) by the civil-from-days arithmetic of
// H. Hinnant's "chrono-Compatible Low-Level Date Algorithms", counted from
// 0000-03-01 (day -306), so that a leap day ends its year.
Date FromDayNumberInCycles(int n) {
  const int z = n + 306;
  const int era = z / 146097;
  const int day_of_era = z - era * 146097;  // [0, 146096]
  const int year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int march_month = (5 * day_of_year + 2) / 153;  // 0 for March
  const int day = day_of_year - (153 * march_month + 2) / 5 + 1;
  const int month = march_month < 10 ? march_month + 3 : march_month - 9;
  return MakeDate(year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

Date FromDayNumber(int n) {
  // Compared with the search below for every day of years 1 to 199,000.
  if (n >= 0 && n < 72'000'000) return FromDayNumberInCycles(n);
  // Never too late: a year cannot have more than 366 days, and 400 years have
  // 146097 days.
  int year = n >= 0 ? std::max(1, static_cast<int>(int64_t{n} * 400 / 146097)) : n / 366 + 1;
  while (DayNumber(MakeDate(year + 1, 1, 1)) <= n) ++year;
  // DayNumber(MakeDate(year, m, 1)) is the year's first day's number plus
  // DaysBeforeMonth(year, m): the months are compared by day of the year.
  const int day_of_year = n - DayNumber(MakeDate(year, 1, 1));
  int month = 1;
  while (month < 12 && DaysBeforeMonth(year, month + 1) <= day_of_year) ++month;
  return MakeDate(year, month, day_of_year - DaysBeforeMonth(year, month) + 1);
}

// Months counted from year 0, so that month arithmetic is integer arithmetic.
int MonthIndex(Date d) { return YearOf(d) * 12 + MonthOf(d) - 1; }
Date FromMonthIndex(int i) { return MakeDate(i / 12, i % 12 + 1, 1); }

Date WeekStart(Date d) { return AddDays(d, -DayOfWeek(d)); }

// Which occurrence of a recurring day or month a word names, seen from the story date.
enum class Pick { kOnOrBefore, kBefore, kOnOrAfter, kAfter, kNearest };

constexpr int kMissing = INT_MIN;

bool Fits(int v, int anchor, Pick pick) {
  switch (pick) {
    case Pick::kOnOrBefore:
      return v <= anchor;
    case Pick::kBefore:
      return v < anchor;
    case Pick::kOnOrAfter:
      return v >= anchor;
    case Pick::kAfter:
      return v > anchor;
    case Pick::kNearest:
      return true;
  }
  return false;
}

// Of `values` (kMissing where a candidate does not exist), the one `pick`
// chooses around `anchor`: the latest before, the earliest after, or the
// nearest (the later on a tie). kMissing if none fits.
int Choose(std::initializer_list<int> values, int anchor, Pick pick) {
  int best = kMissing;
  for (int v : values) {
    if (v == kMissing || !Fits(v, anchor, pick)) continue;
    bool better;
    if (best == kMissing) {
      better = true;
    } else if (pick == Pick::kOnOrBefore || pick == Pick::kBefore) {
      better = v > best;
    } else if (pick == Pick::kNearest) {
      int dv = std::abs(v - anchor), db = std::abs(best - anchor);
      better = dv < db || (dv == db && v > best);
    } else {
      better = v < best;
    }
    if (better) best = v;
  }
  return best;
}

// ---- Words ----

bool Is(std::string_view w, std::string_view lower) { return EqualsIgnoreCase(w, lower); }

// Whether `w` begins with one of the lower-case `letters`, in either case: a
// quick way to rule a word out before comparing it with a list.
bool StartsWithOneOf(std::string_view w, std::string_view letters) {
  return !w.empty() && letters.find(static_cast<char>(w[0] | 0x20)) != std::string_view::npos;
}

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view s : list) {
    if (EqualsIgnoreCase(w, s)) return true;
  }
  return false;
}

// The value of 1 to `max_len` ASCII digits, else -1.
int Digits(std::string_view w, size_t max_len) {
  if (w.empty() || w.size() > max_len) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// 1-31 for "26" or "26th" ("1st", "2nd", "3rd"), else 0.
int DayWord(std::string_view w) {
  if (w.size() > 2 && IsOneOf(w.substr(w.size() - 2), {"st", "nd", "rd", "th"})) {
    w.remove_suffix(2);
  }
  int v = Digits(w, 2);
  return v >= 1 && v <= 31 ? v : 0;
}

// A plausible news year, 1800-2100, written with four digits; else 0.
int YearWord(std::string_view w) {
  int v = w.size() == 4 ? Digits(w, 4) : -1;
  return v >= 1800 && v <= 2100 ? v : 0;
}

constexpr std::string_view kSmallNumbers[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
constexpr std::string_view kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};

int SmallNumber(std::string_view w) {
  for (int v = 1; v <= 20; ++v) {
    if (Is(w, kSmallNumbers[v])) return v;
  }
  for (int t = 3; t <= 9; ++t) {
    if (Is(w, kTens[t])) return t * 10;
  }
  return 0;
}

// A count: "a", "an", 1-999 in digits, "one" to "twenty", tens, "twenty-five". Else 0.
int NumberWord(std::string_view w) {
  if (IsOneOf(w, {"a", "an"})) return 1;
  int v = Digits(w, 3);
  if (v > 0) return v;
  if (size_t dash = w.find('-'); dash != std::string_view::npos) {
    int tens = SmallNumber(w.substr(0, dash)), units = SmallNumber(w.substr(dash + 1));
    bool ok = tens >= 20 && tens % 10 == 0 && units >= 1 && units <= 9;
    return ok ? tens + units : 0;
  }
  return SmallNumber(w);
}

constexpr std::string_view kMonthNames[] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};

// The first three letters of `w` (three or more), lower-cased, as one number:
// equal for two words exactly when EqualsIgnoreCase finds the letters equal.
constexpr uint32_t FirstThree(std::string_view w) {
  return static_cast<uint32_t>(w[0] | 0x20) | static_cast<uint32_t>(w[1] | 0x20) << 8 |
         static_cast<uint32_t>(w[2] | 0x20) << 16;
}

// Each month's first three letters (no two months share them).
constexpr auto kMonthFirstThree = [] {
  std::array<uint32_t, 12> out{};
  for (int m = 0; m < 12; ++m) out[m] = FirstThree(kMonthNames[m]);
  return out;
}();

// 1-12 for a month's name or abbreviation ("November", "Nov", "Nov.", "Sept."),
// else 0. `*ambiguous` is set for months that are also common words or names
// (March, April, May, June, August) and for abbreviations without their period.
int MonthWord(std::string_view w, bool* ambiguous) {
  const bool dotted = w.size() > 1 && w.back() == '.';
  if (dotted) w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;  // fast no
  const uint32_t first_three = FirstThree(w);
  for (int m = 0; m < 12; ++m) {
    if (kMonthFirstThree[m] != first_three) continue;  // the one month it can be
    if (Is(w, kMonthNames[m])) {
      *ambiguous = m == 2 || m == 3 || m == 4 || m == 5 || m == 7;
      return m + 1;
    }
    if (w.size() == 3 || (m == 8 && Is(w, "sept"))) {
      *ambiguous = !dotted;
      return m + 1;
    }
    return 0;
  }
  return 0;
}

constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

// 0 (Monday) to 6 (Sunday), else -1.
int WeekdayWord(std::string_view w) {
  if (w.size() < 6 || w.size() > 9 || !StartsWithOneOf(w, "mtwfs")) return -1;  // fast no
  for (int d = 0; d < 7; ++d) {
    if ((w[0] | 0x20) == kWeekdays[d][0] && Is(w, kWeekdays[d])) return d;
  }
  return -1;
}

enum class Unit { kNone, kDay, kWeek, kMonth, kYear, kDecade };

Unit UnitWord(std::string_view w) {
  if (w.size() < 3 || w.size() > 7 || !StartsWithOneOf(w, "dwmy")) return Unit::kNone;  // fast no
  if (IsOneOf(w, {"day", "days"})) return Unit::kDay;
  if (IsOneOf(w, {"week", "weeks"})) return Unit::kWeek;
  if (IsOneOf(w, {"month", "months"})) return Unit::kMonth;
  if (IsOneOf(w, {"year", "years"})) return Unit::kYear;
  if (IsOneOf(w, {"decade", "decades"})) return Unit::kDecade;
  return Unit::kNone;
}

bool IsCapitalised(std::string_view w) {
  return w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
}

// Words before which "last", "next" and "this" are not deictic ("the last year").
bool IsDeterminer(std::string_view w) {
  return IsOneOf(
      w, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"});
}

// "seized the broadcaster overnight, and ...": "overnight" as an adverb, at a
// clause's end or before a preposition or conjunction; not a modifier ("the
// overnight violence", "overnight raids").
bool IsOvernightAdverb(std::string_view before, std::string_view after) {
  if (IsDeterminer(before)) return false;
  if (after.empty() || !std::isalpha(static_cast<unsigned char>(after[0]))) return true;
  return IsOneOf(after, {"and", "but", "in", "on", "at", "near", "outside", "across", "into",
                         "after", "before", "as", "when", "while", "amid", "with", "from"});
}

// Words that make an ambiguous month word a month ("in March", "since May").
bool IsMonthTrigger(std::string_view w) {
  return IsOneOf(w, {"in", "since", "during", "until", "till", "of", "from", "through", "before",
                     "after", "early", "late", "mid"});
}

// Words that make a four-digit number a year ("in 2013", not "2013 people").
bool IsYearTrigger(std::string_view w) {
  return IsOneOf(w, {"in", "since", "during", "until", "till", "through", "before", "after",
                     "early", "late", "mid"});
}

// Splits "2015-11-26" or "26/11/2015" into three runs of digits. False unless
// the word is exactly that, with one kind of separator.
bool SplitNumericDate(std::string_view w, std::string_view parts[3]) {
  // A loop, not find_first_of("-/"), which calls memchr for each character.
  size_t first = 0;
  while (first < w.size() && w[first] != '-' && w[first] != '/') ++first;
  if (first == w.size()) return false;
  const char sep = w[first];
  int count = 0;
  while (count < 3) {
    size_t end = w.find(sep);
    parts[count++] = w.substr(0, end);
    if (Digits(parts[count - 1], 4) < 0) return false;
    if (end == std::string_view::npos) break;
    w.remove_prefix(end + 1);
  }
  return count == 3 && w.find(sep) == std::string_view::npos;
}

// ---- Matchers ----

// What a matcher found: words up to `end`, the period's first day and size.
struct Found {
  int end = 0;
  Date date = kNoDate;
  DatePrecision precision = DatePrecision::kDay;
  bool year_inferred = false;    // a day whose year came from the story date
  int month_of_year_before = 0;  // "in August that year": August of the year named before
};

class Scanner {
 public:
  Scanner(std::span<const std::string_view> words, Date story, bool past);

  // An expression that starts at word i.
  bool Match(int i, TimeExpression* e) const;

 private:
  std::string_view Word(int i) const {
    return i >= 0 && i < static_cast<int>(words_.size()) ? words_[i] : std::string_view();
  }
  bool Anchored() const { return story_ != kNoDate; }
  bool Future() const;

  // A cheap test that word j can start one of Core's forms.
  bool MayStart(int j) const;
  bool Core(int j, bool past, Found* f) const;
  bool Numeric(int j, Found* f) const;
  bool MonthLed(int j, bool past, Found* f) const;
  bool DayLed(int j, bool past, Found* f) const;
  bool DayAndMonth(int day, int month, int k, bool past, Found* f) const;
  bool MonthAlone(int month, int end, Pick pick, Found* f) const;
  int DeicticYearAfter(int k, int* year) const;
  int YearBeforeAfter(int k) const;
  bool Weekday(int j, bool past, Found* f) const;
  bool Deictic(int j, Found* f) const;
  bool Shifted(int j, bool past, Found* f) const;
  bool Ago(int j, Found* f) const;
  bool Decade(int j, Found* f) const;
  bool Year(int j, Found* f) const;
  bool Holiday(int j, bool past, Found* f) const;
  bool YearRange(int i, Found* f) const;
  bool Duration(int i, Found* f) const;
  bool SetsATerm(int i) const;
  int Offset(int i) const;
  int SameDay(int i) const;
  int SamePeriod(int i, DatePrecision* precision) const;
  int DayShift(int i, int* offset) const;
  bool PeriodBack(int n, Unit unit, int end, Found* f) const;
  Date PickWeekday(int weekday, Pick pick) const;
  int PartOfDay(int k) const;

  std::span<const std::string_view> words_;
  Date story_;
  bool past_;
};

// Whether relative expressions can be resolved from `d`: arithmetic from it
// stays inside years 1-9999.
bool IsAnchor(Date d) {
  return IsValidDate(YearOf(d), MonthOf(d), DayOf(d)) && YearOf(d) >= 1000 && YearOf(d) <= 8999;
}

Scanner::Scanner(std::span<const std::string_view> words, Date story, bool past)
    : words_(words), story_(IsAnchor(story) ? story : kNoDate), past_(past) {}

// Whether the sentence has "will", "would", "shall": asked only by Duration,
// of a "for" in a present sentence, so not scanned for every sentence.
bool Scanner::Future() const {
  return std::any_of(words_.begin(), words_.end(), [](std::string_view w) {
    return IsOneOf(w, {"will", "'ll", "wo", "shall", "would"});
  });
}

bool Scanner::Match(int i, TimeExpression* e) const {
  if (int shift = 0, end = DayShift(i, &shift); end > i) {
    *e = TimeExpression{i, end, kNoDate, DatePrecision::kDay};
    e->anaphoric = true;
    e->offset_days = shift;
    return true;
  }
  if (const int offset = Offset(i); offset != 0) {
    *e = TimeExpression{i, i + 3, kNoDate, DatePrecision::kDay, false, true, offset};
    return true;
  }
  if (const int end = SameDay(i); end > i) {
    *e = TimeExpression{i, end, kNoDate, DatePrecision::kDay};
    e->anaphoric = true;
    return true;
  }
  DatePrecision period;
  if (const int end = SamePeriod(i, &period); end > i) {
    *e = TimeExpression{i, end, kNoDate, period};
    e->anaphoric = true;
    return true;
  }
  Found f;
  bool start = false;
  if (Duration(i, &f) || YearRange(i, &f)) {
    start = true;
  } else if (Is(Word(i), "since") && Core(i + 1, /*past=*/true, &f)) {
    start = true;
  } else if (!(IsOneOf(Word(i), {"on", "in", "during"}) && Core(i + 1, past_, &f)) &&
             !Core(i, past_, &f)) {
    return false;
  }
  e->token_begin = i;
  e->token_end = f.end;
  e->date = f.date;
  e->precision = f.precision;
  e->is_start = start;
  e->month_of_year_before = f.month_of_year_before;
  e->anaphoric = f.month_of_year_before > 0;
  return true;
}

bool Scanner::MayStart(int j) const {
  const std::string_view w = Word(j);
  if (HasAsciiDigit(w)) return true;
  if (Is(w, "the")) return HasAsciiDigit(Word(j + 1));
  if (Is(Word(j + 2), "ago")) return true;
  if (w.size() < 3 || w.size() > 9) return false;
  // A WordSet ignores ASCII case as Is does: one probe, most words turned
  // away by their letters, where IsOneOf compared each of the seventeen.
  static const WordSet kStarts = {"today",  "tonight", "yesterday", "tomorrow",  "overnight",
                                  "last",   "this",    "next",      "early",     "late",
                                  "mid",    "earlier", "later",     "christmas", "new",
                                  "boxing", "bastille"};
  bool ambiguous = false;
  return MonthWord(w, &ambiguous) > 0 || WeekdayWord(w) >= 0 || kStarts.contains(w);
}

bool Scanner::Core(int j, bool past, Found* f) const {
  if (!MayStart(j)) return false;
  if (IsOneOf(Word(j), {"early", "late", "mid", "earlier", "later"}) && Core(j + 1, past, f)) {
    return true;
  }
  return Numeric(j, f) || MonthLed(j, past, f) || DayLed(j, past, f) || Weekday(j, past, f) ||
         Deictic(j, f) || Shifted(j, past, f) || Ago(j, f) || Decade(j, f) || Year(j, f) ||
         Holiday(j, past, f);
}

// "2015-11-26", "2015/11/26"; "26/11/2015" and "11/26/2015" when only one
// reading is a real day (or both readings are the same day).
bool Scanner::Numeric(int j, Found* f) const {
  std::string_view p[3];
  if (!SplitNumericDate(Word(j), p)) return false;
  const int a = Digits(p[0], 4), b = Digits(p[1], 2), c = Digits(p[2], 4);
  Date date = kNoDate;
  if (p[0].size() == 4 && p[2].size() <= 2 && IsValidDate(a, b, c)) {
    date = MakeDate(a, b, c);
  } else if (p[0].size() <= 2 && p[2].size() == 4) {
    const bool dmy = IsValidDate(c, b, a), mdy = IsValidDate(c, a, b);
    if (dmy && (!mdy || a == b)) date = MakeDate(c, b, a);
    if (mdy && !dmy) date = MakeDate(c, a, b);
  }
  if (date == kNoDate || YearWord(p[0].size() == 4 ? p[0] : p[2]) == 0) return false;
  *f = {j + 1, date, DatePrecision::kDay};
  return true;
}

// "Nov. 26", "November 26, 2015", "Nov 26 2015", "November 2015", "in March".
bool Scanner::MonthLed(int j, bool past, Found* f) const {
  bool ambiguous = false;
  const int month = MonthWord(Word(j), &ambiguous);
  if (month == 0) return false;
  if (int day = DayWord(Word(j + 1)); day > 0) return DayAndMonth(day, month, j + 2, past, f);
  if (int year = YearWord(Word(j + 1)); year > 0) {
    *f = {j + 2, MakeDate(year, month, 1), DatePrecision::kMonth};
    return true;
  }
  if (int year = 0, end = DeicticYearAfter(j + 1, &year); end > j + 1) {
    *f = {end, MakeDate(year, month, 1), DatePrecision::kMonth};
    return true;
  }
  if (const int end = YearBeforeAfter(j + 1); end > j + 1) {
    *f = {end, kNoDate, DatePrecision::kMonth};
    f->month_of_year_before = month;
    return true;
  }
  if (ambiguous && !IsMonthTrigger(Word(j - 1))) return false;
  return MonthAlone(month, j + 1, past ? Pick::kOnOrBefore : Pick::kNearest, f);
}

// "that year", "of that year", "the same year" at word k, after a month
// ("agreed to share power in August that year"): where they end, else k.
int Scanner::YearBeforeAfter(int k) const {
  int m = Is(Word(k), "of") ? k + 1 : k;
  if (Is(Word(m), "that")) {
    ++m;
  } else if (Is(Word(m), "the") && Is(Word(m + 1), "same")) {
    m += 2;
  } else {
    return k;
  }
  return Is(Word(m), "year") ? m + 1 : k;
}

// "last year", "this year", "next year", "of last year" at word k, after a
// month or a day ("in June last year", "on Oct. 7 last year"): the end of
// those words and, in `*year`, the year they name from the story date; else k.
int Scanner::DeicticYearAfter(int k, int* year) const {
  const int m = Is(Word(k), "of") ? k + 1 : k;
  if (!Anchored() || !Is(Word(m + 1), "year")) return k;
  const std::string_view w = Word(m);
  const int shift = Is(w, "last") ? -1 : Is(w, "this") ? 0 : Is(w, "next") ? 1 : 2;
  if (shift == 2) return k;
  *year = YearOf(story_) + shift;
  return m + 2;
}

// "26 November", "26th November 2015", "the 26th of November".
bool Scanner::DayLed(int j, bool past, Found* f) const {
  int k = Is(Word(j), "the") ? j + 1 : j;
  const int day = DayWord(Word(k++));
  if (day == 0) return false;
  if (Is(Word(k), "of")) ++k;
  bool ambiguous = false;
  const int month = MonthWord(Word(k), &ambiguous);
  if (month == 0) return false;
  const bool year_follows =
      YearWord(Word(k + 1)) > 0 || (Is(Word(k + 1), ",") && YearWord(Word(k + 2)) > 0);
  if (ambiguous && !year_follows && !IsCapitalised(Word(k))) return false;  // "26 may die"
  return DayAndMonth(day, month, k + 1, past, f);
}

// A day of a month, then an optional year at word k (", 2015" or "2015").
bool Scanner::DayAndMonth(int day, int month, int k, bool past, Found* f) const {
  int year = 0, end = k;
  if (Is(Word(k), ",") && YearWord(Word(k + 1)) > 0) {
    year = YearWord(Word(k + 1));
    end = k + 2;
  } else if (YearWord(Word(k)) > 0) {
    year = YearWord(Word(k));
    end = k + 1;
  } else if (const int after = DeicticYearAfter(k, &year); after > k) {
    end = after;
  }
  if (year > 0) {
    if (!IsValidDate(year, month, day)) return false;
    *f = {end, MakeDate(year, month, day), DatePrecision::kDay};
    return true;
  }
  if (!Anchored()) return false;
  const int y = YearOf(story_);
  auto candidate = [&](int year) {
    return IsValidDate(year, month, day) ? DayNumber(MakeDate(year, month, day)) : kMissing;
  };
  const int n = Choose({candidate(y - 1), candidate(y), candidate(y + 1)}, DayNumber(story_),
                       past ? Pick::kOnOrBefore : Pick::kNearest);
  if (n == kMissing) return false;
  *f = {end, FromDayNumber(n), DatePrecision::kDay, /*year_inferred=*/true};
  return true;
}

bool Scanner::MonthAlone(int month, int end, Pick pick, Found* f) const {
  if (!Anchored()) return false;
  const int y = YearOf(story_);
  const int i = Choose({(y - 1) * 12 + month - 1, y * 12 + month - 1, (y + 1) * 12 + month - 1},
                       MonthIndex(story_), pick);
  *f = {end, FromMonthIndex(i), DatePrecision::kMonth};
  return true;
}

Date Scanner::PickWeekday(int weekday, Pick pick) const {
  const int today = DayNumber(story_);
  const int next = today + (weekday - DayOfWeek(story_) + 7) % 7;  // on or after today
  return FromDayNumber(Choose({next - 7, next, next + 7}, today, pick));
}

// Extends a day over a following "morning", "afternoon", "evening" or "night".
int Scanner::PartOfDay(int k) const {
  return IsOneOf(Word(k), {"morning", "afternoon", "evening", "night"}) ? k + 1 : k;
}

// "Thursday", "Thursday night"; "Thursday, Nov. 26" is the date, in the year
// (story year or either side) where Nov. 26 is a Thursday if it gives none.
bool Scanner::Weekday(int j, bool past, Found* f) const {
  const int weekday = WeekdayWord(Word(j));
  if (weekday < 0) return false;
  const int k = Is(Word(j + 1), ",") ? j + 2 : j + 1;
  if ((MonthLed(k, past, f) || DayLed(k, past, f)) && f->precision == DatePrecision::kDay) {
    if (f->year_inferred && DayOfWeek(f->date) != weekday) {
      for (int year = YearOf(story_) - 1; year <= YearOf(story_) + 1; ++year) {
        Date d = MakeDate(year, MonthOf(f->date), DayOf(f->date));
        if (IsValidDate(year, MonthOf(d), DayOf(d)) && DayOfWeek(d) == weekday) f->date = d;
      }
    }
    return true;
  }
  if (!Anchored()) return false;
  *f = {PartOfDay(j + 1), PickWeekday(weekday, past ? Pick::kOnOrBefore : Pick::kOnOrAfter),
        DatePrecision::kDay};
  return true;
}

// "today", "tonight", "yesterday", "tomorrow" (+ "morning" ...), and
// "overnight" (alone, not "the overnight violence").
bool Scanner::Deictic(int j, Found* f) const {
  if (!Anchored()) return false;
  int offset;
  if (IsOneOf(Word(j), {"today", "tonight"})) {
    offset = 0;
  } else if (Is(Word(j), "yesterday")) {
    offset = -1;
  } else if (Is(Word(j), "tomorrow")) {
    offset = 1;
  } else if (Is(Word(j), "overnight") && IsOvernightAdverb(Word(j - 1), Word(j + 1))) {
    offset = 0;  // the night just past: news dates it by the story's day
  } else {
    return false;
  }
  *f = {PartOfDay(j + 1), AddDays(story_, offset), DatePrecision::kDay};
  return true;
}

// "last week", "this month", "next year", "last Thursday", "next March",
// "last night", "this morning".
bool Scanner::Shifted(int j, bool past, Found* f) const {
  const std::string_view w = Word(j), what = Word(j + 1);
  const int back = Is(w, "last") ? 1 : Is(w, "this") ? 0 : Is(w, "next") ? -1 : 2;
  if (back == 2 || !Anchored() || IsDeterminer(Word(j - 1))) return false;
  if (const Unit unit = UnitWord(what);
      unit == Unit::kWeek || unit == Unit::kMonth || unit == Unit::kYear) {
    return PeriodBack(back, unit, j + 2, f);
  }
  if (back == 1 && Is(what, "night")) {
    *f = {j + 2, AddDays(story_, -1), DatePrecision::kDay};
    return true;
  }
  if (back == 0 && IsOneOf(what, {"morning", "afternoon", "evening"})) {
    *f = {j + 2, story_, DatePrecision::kDay};
    return true;
  }
  const Pick tense = past ? Pick::kOnOrBefore : Pick::kOnOrAfter;
  if (const int weekday = WeekdayWord(what); weekday >= 0) {
    const Pick pick = back == 1 ? Pick::kBefore : back == -1 ? Pick::kAfter : tense;
    *f = {PartOfDay(j + 2), PickWeekday(weekday, pick), DatePrecision::kDay};
    return true;
  }
  bool ambiguous = false;
  if (const int month = MonthWord(what, &ambiguous); month > 0) {
    if (ambiguous && back == 0) return false;  // "this may take"
    const Pick pick = back == 1    ? Pick::kBefore
                      : back == -1 ? Pick::kAfter
                      : past       ? Pick::kOnOrBefore
                                   : Pick::kNearest;
    return MonthAlone(month, j + 2, pick, f);
  }
  return false;
}

// "two days ago", "a week ago", "three years ago".
bool Scanner::Ago(int j, Found* f) const {
  // "ago" first: the tests have no side effects, and NumberWord is the dearest.
  if (!Is(Word(j + 2), "ago") || !Anchored()) return false;
  const int n = NumberWord(Word(j));
  const Unit unit = UnitWord(Word(j + 1));
  if (n == 0 || unit == Unit::kNone) return false;
  return PeriodBack(n, unit, j + 3, f);
}

// "1990s", "the 1990s".
bool Scanner::Decade(int j, Found* f) const {
  const int k = Is(Word(j), "the") ? j + 1 : j;
  const std::string_view w = Word(k);
  if (w.size() != 5 || (w[4] != 's' && w[4] != 'S')) return false;
  const int year = YearWord(w.substr(0, 4));
  if (year == 0 || year % 10 != 0) return false;
  *f = {k + 1, MakeDate(year, 1, 1), DatePrecision::kDecade};
  return true;
}

// Holidays on a fixed day: "Christmas", "Christmas Eve", "Christmas Day",
// "New Year's Day", "New Year's Eve", "Boxing Day", "Bastille Day"; the
// year as for "26 November".
bool Scanner::Holiday(int j, bool past, Found* f) const {
  if (!IsCapitalised(Word(j))) return false;
  int month = 0, day = 0, end = j + 1;
  if (Is(Word(j), "christmas")) {
    month = 12, day = Is(Word(j + 1), "eve") ? 24 : 25;
    if (IsOneOf(Word(j + 1), {"eve", "day"})) ++end;
  } else if (Is(Word(j), "new") && Is(Word(j + 1), "year") && IsCapitalised(Word(j + 1))) {
    end = Is(Word(j + 2), "'s") ? j + 3 : j + 2;
    const bool eve = Is(Word(end), "eve");
    month = eve ? 12 : 1, day = eve ? 31 : 1;
    if (IsOneOf(Word(end), {"eve", "day"})) ++end;
  } else if (Is(Word(j + 1), "day") && IsOneOf(Word(j), {"boxing", "bastille"})) {
    month = Is(Word(j), "boxing") ? 12 : 7, day = Is(Word(j), "boxing") ? 26 : 14;
    end = j + 2;
  } else {
    return false;
  }
  return DayAndMonth(day, month, end, past, f);
}

// "2013" after "in", "since", "until" ...
bool Scanner::Year(int j, Found* f) const {
  const int year = YearWord(Word(j));
  if (year == 0 || !IsYearTrigger(Word(j - 1))) return false;
  *f = {j + 1, MakeDate(year, 1, 1), DatePrecision::kYear};
  return true;
}

// "from 1998 to 2000", "between 2003 and 2005": a span of years, dated by
// the year it began.
bool Scanner::YearRange(int i, Found* f) const {
  if (!IsOneOf(Word(i), {"from", "between"})) return false;
  const int first = YearWord(Word(i + 1));
  if (first == 0 || !IsOneOf(Word(i + 2), {"to", "until", "till", "through", "and"})) return false;
  const int last = YearWord(Word(i + 3));
  if (last < first) return false;
  *f = {i + 4, MakeDate(first, 1, 1), DatePrecision::kYear};
  return true;
}

// Whether "for" at word i follows, within six words, a verb that sets a
// term: "has suspended asylum applications for a month", "has been banned
// for ten years" (how long it will last, not since when; "has ruled for 30
// years" is since when).
bool Scanner::SetsATerm(int i) const {
  for (int k = i - 1; k >= 0 && k >= i - 6; --k) {
    const std::string_view w = Word(k);
    if (w == "," || w == ".") return false;
    if (IsOneOf(w, {"suspended", "banned", "barred", "closed", "shut", "extended", "sentenced",
                    "jailed", "imprisoned", "declared", "imposed", "postponed", "frozen"}))
      return true;
  }
  return false;
}

// "for four years" (not in a past or future sentence), "for the past two
// decades", "over the last year", "in the past three months": the period that
// began that long before the story date.
bool Scanner::Duration(int i, Found* f) const {
  if (!Anchored() || !IsOneOf(Word(i), {"for", "over", "in", "during"})) return false;
  int k = i + 1;
  const bool recent = Is(Word(k), "the") && IsOneOf(Word(k + 1), {"past", "last"});
  if (recent) k += 2;
  if (!recent && (past_ || !Is(Word(i), "for") || Future() || SetsATerm(i))) return false;
  int n = NumberWord(Word(k));
  if (n > 0) {
    ++k;
  } else if (recent) {
    n = 1;  // "over the past year"
  } else {
    return false;
  }
  const Unit unit = UnitWord(Word(k));
  return unit != Unit::kNone && PeriodBack(n, unit, k + 1, f);
}

// A word that makes a count of days approximate: "less than two weeks
// after", "some three days later".
bool Approximates(std::string_view w) {
  return IsOneOf(w, {"than", "nearly", "about", "almost", "some", "around", "roughly", "over",
                     "within", "barely", "just"});
}

// "two days after", "a week before", "the day after": the days from the date
// the sentence names before to the date of the clause that follows (-2, 7,
// -1), else 0. Not an approximate one ("less than two weeks after").
int Scanner::Offset(int i) const {
  const std::string_view when = Word(i + 2);
  if (!Is(when, "after") && !Is(when, "before")) return 0;
  if (Approximates(Word(i - 1))) return 0;
  int n = Is(Word(i), "the") && Is(Word(i + 1), "day") ? 1 : NumberWord(Word(i));
  const Unit unit = UnitWord(Word(i + 1));
  if (n == 0 || (unit != Unit::kDay && unit != Unit::kWeek)) return 0;
  if (unit == Unit::kWeek) n *= 7;
  return Is(when, "after") ? -n : n;
}

// "day", or a part of one: "the same night", "that evening" are of the day
// named before.
bool IsPartOfADay(std::string_view w) {
  return IsOneOf(w, {"day", "night", "evening", "morning", "afternoon"});
}

// "(on|later|earlier) the same day", "that (same) day" (or night, evening ...), "hours later",
// "minutes earlier": the day named before. Returns where it ends, else i.
int Scanner::SameDay(int i) const {
  int k = IsOneOf(Word(i), {"on", "later", "earlier"}) ? i + 1 : i;
  if (IsOneOf(Word(k), {"the", "that"}) && Is(Word(k + 1), "same") && IsPartOfADay(Word(k + 2)))
    return k + 3;
  if (Is(Word(k), "that") && IsPartOfADay(Word(k + 1))) return k + 2;
  k = Is(Word(i), "a") && Is(Word(i + 1), "few") ? i + 2 : i;
  if (IsOneOf(Word(k), {"hours", "minutes"}) && IsOneOf(Word(k + 1), {"later", "earlier"}))
    return k + 2;
  return i;
}

// "later that month", "earlier that year", "that same month", "the same
// year": the month or year named before (`*precision`). Returns where it
// ends, else i.
int Scanner::SamePeriod(int i, DatePrecision* precision) const {
  int k = IsOneOf(Word(i), {"later", "earlier"}) ? i + 1 : i;
  if (Is(Word(k), "the") && Is(Word(k + 1), "same")) {
    k += 2;
  } else if (Is(Word(k), "that")) {
    k += Is(Word(k + 1), "same") ? 2 : 1;
  } else {
    return i;
  }
  if (!IsOneOf(Word(k), {"month", "year"})) return i;
  *precision = Is(Word(k), "month") ? DatePrecision::kMonth : DatePrecision::kYear;
  return k + 1;
}

// "the day before", "the previous day", "a day earlier", "two days later",
// "the next day", "the following day", "the day after" (with nothing after
// it: "the day after the vote" is an Offset): the day named before, moved by
// `*offset` days. Returns where it ends, else i.
int Scanner::DayShift(int i, int* offset) const {
  if (Is(Word(i), "the")) {
    if (Is(Word(i + 2), "day") && IsOneOf(Word(i + 1), {"previous", "next", "following"})) {
      *offset = Is(Word(i + 1), "previous") ? -1 : 1;
      return i + 3;
    }
    const std::string_view after = Word(i + 3);
    if (Is(Word(i + 1), "day") && IsOneOf(Word(i + 2), {"before", "after"}) &&
        (after.empty() || IsOneOf(after, {",", ".", ";", "and", "but", "when"}))) {
      *offset = Is(Word(i + 2), "before") ? -1 : 1;
      return i + 3;
    }
    return i;
  }
  // "earlier" or "later" first: the tests have no side effects, and
  // NumberWord is the dearest.
  if (!IsOneOf(Word(i + 2), {"earlier", "later"}) || UnitWord(Word(i + 1)) != Unit::kDay) return i;
  const int n = NumberWord(Word(i));
  if (n == 0 || n > 31) return i;
  if (Approximates(Word(i - 1))) return i;
  *offset = Is(Word(i + 2), "earlier") ? -n : n;
  return i + 3;
}

// The period `n` units before the story date's (after it if n < 0): the day,
// the week's Monday, the month's or the year's first day. A decade counts as
// ten years.
bool Scanner::PeriodBack(int n, Unit unit, int end, Found* f) const {
  int year = YearOf(story_);
  switch (unit) {
    case Unit::kDay:
      *f = {end, AddDays(story_, -n), DatePrecision::kDay};
      return true;
    case Unit::kWeek:
      *f = {end, WeekStart(AddDays(story_, -7 * n)), DatePrecision::kWeek};
      return true;
    case Unit::kMonth:
      *f = {end, FromMonthIndex(MonthIndex(story_) - n), DatePrecision::kMonth};
      return true;
    case Unit::kYear:
      year -= n;
      break;
    case Unit::kDecade:
      year -= 10 * n;
      break;
    case Unit::kNone:
      return false;
  }
  if (year < 1) return false;
  *f = {end, MakeDate(year, 1, 1), DatePrecision::kYear};
  return true;
}

}  // namespace

int DayOfWeek(Date date) { return DayNumber(date) % 7; }

int WeekdayNumber(std::string_view word) { return WeekdayWord(word); }

int MonthNumber(std::string_view word) {
  bool ambiguous = false;
  return MonthWord(word, &ambiguous);
}

Date AddDays(Date date, int days) { return FromDayNumber(DayNumber(date) + days); }

namespace {

// Five bits of each of a word's first three letters: equal for two words when
// EqualsIgnoreCase finds the letters equal (and for some other words too).
constexpr int ShapeOfFirstThree(std::string_view w) {
  return (w[0] & 31) << 10 | (w[1] & 31) << 5 | (w[2] & 31);
}

// Bit ShapeOfFirstThree(w) set for the words below: a word whose bit is not
// set is none of them.
constexpr auto kTimeWordStarts = [] {
  constexpr std::string_view kWords[] = {
      "jan",     "feb",       "mar",     "apr",     "may",       "jun",       "jul",
      "aug",     "sep",       "oct",     "nov",     "dec",       "mon",       "tue",
      "wed",     "thu",       "fri",     "sat",     "sun",       "day",       "wee",
      "month",   "year",      "today",   "tonight", "yesterday", "tomorrow",  "night",
      "morning", "afternoon", "evening", "hours",   "minutes",   "christmas", "overnight"};
  std::array<uint64_t, (1 << 15) / 64> out{};
  for (std::string_view w : kWords) {
    const int bit = ShapeOfFirstThree(w);
    out[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  return out;
}();

bool MayStartTimeWord(std::string_view w) {
  const int bit = ShapeOfFirstThree(w);
  return (kTimeWordStarts[bit / 64] >> (bit % 64) & 1) != 0;
}

// Whether `w` can take part in a time expression at all: every expression
// has a number, a month, a weekday, a unit of time or a word like "today".
// FindTimeExpressions rests on it: a new form needs its words here and in
// kTimeWordStarts.
bool MayBeTimeWord(std::string_view w) {
  if (HasAsciiDigit(w)) return true;
  if (w.size() < 3 || w.size() > 9) return false;
  if (!MayStartTimeWord(w)) return false;
  bool ambiguous = false;
  return MonthWord(w, &ambiguous) > 0 || WeekdayWord(w) >= 0 || UnitWord(w) != Unit::kNone ||
         IsOneOf(w, {"today", "tonight", "yesterday", "tomorrow", "night", "morning", "afternoon",
                     "evening", "hours", "minutes", "christmas", "overnight"});
}

}  // namespace

Date DateOfPeriodNamedBefore(const TimeExpression& e, Date period) {
  if (e.month_of_year_before > 0) return MakeDate(YearOf(period), e.month_of_year_before, 1);
  return e.precision == DatePrecision::kMonth ? MakeDate(YearOf(period), period / 100 % 100, 1)
                                              : MakeDate(YearOf(period), 1, 1);
}

void AnchorOffsets(Date story_date, Date previous_day, std::vector<TimeExpression>* times) {
  Date anchor = IsAnchor(story_date) ? story_date : kNoDate;
  if (IsAnchor(previous_day)) anchor = previous_day;
  Date period = anchor;  // "later that month": the day or month named last
  DatePrecision period_precision = DatePrecision::kDay;
  size_t kept = 0;
  for (TimeExpression& e : *times) {
    if (e.month_of_year_before > 0) {
      if (period == kNoDate || period_precision > DatePrecision::kYear) continue;
      e.date = DateOfPeriodNamedBefore(e, period);
    } else if (e.anaphoric && e.precision != DatePrecision::kDay) {
      if (period == kNoDate || period_precision > e.precision) continue;
      e.date = DateOfPeriodNamedBefore(e, period);
    } else if (e.relative || e.anaphoric) {
      if (anchor == kNoDate) continue;
      e.date = AddDays(anchor, e.offset_days);
    }
    if (!e.relative && e.precision == DatePrecision::kDay && !e.is_start) anchor = e.date;
    if (!e.relative && !e.anaphoric && !e.is_start && e.precision <= DatePrecision::kYear)
      period = e.date, period_precision = e.precision;
    (*times)[kept++] = e;
  }
  times->resize(kept);
}

namespace {

// Bit i set if words[i] may be a time word (all bits for words past the 64th).
uint64_t TimeWordMask(std::span<const std::string_view> words) {
  uint64_t mask = words.size() > 64 ? ~uint64_t{0} : 0;
  for (size_t i = 0; i < words.size() && i < 64; ++i) {
    if (MayBeTimeWord(words[i])) mask |= uint64_t{1} << i;
  }
  return mask;
}

// Every expression has a time word among its first five words ("for the past
// two decades"), so a word with none among the five from it starts none.
bool MayStartHere(uint64_t mask, int i) { return i >= 64 || ((mask >> i) & 0x1F) != 0; }

// The words other than time words that Scanner::Match can start at (Offset,
// SameDay, Duration, YearRange, "since", "on", "in", "during" and
// Scanner::MayStart's words, holidays included). Match needs its own list of words to change with
// it.
bool IsLeadWord(std::string_view w) {
  switch (w.size()) {
    case 1:
      return Is(w, "a");
    case 2:
      return IsOneOf(w, {"on", "in"});
    case 3:
      return IsOneOf(w, {"the", "for", "mid", "new"});
    case 4:
      return IsOneOf(w, {"that", "over", "last", "this", "next", "late", "from"});
    case 5:
      return IsOneOf(w, {"later", "hours", "since", "early"});
    case 6:
      return IsOneOf(w, {"during", "boxing"});
    case 7:
      return IsOneOf(w, {"earlier", "minutes", "between"});
    case 8:
      return Is(w, "bastille");
  }
  return false;
}

// "after", "before", "ago", "earlier", "later": two words on from where an
// expression can start ("two days after").
bool IsRelationWord(std::string_view w) {
  switch (w.size()) {
    case 3:
      return Is(w, "ago");
    case 5:
      return IsOneOf(w, {"after", "later"});
    case 6:
      return Is(w, "before");
    case 7:
      return Is(w, "earlier");
  }
  return false;
}

// Whether Scanner::Match can find an expression at word i, which has a time
// word among its five: a time word, a lead word, or "after", "before", "ago",
// "earlier" or "later" two words on ("two days after", "two days ago", "one
// day later"). Always in a sentence of more than 64 words.
bool MayLead(std::span<const std::string_view> words, uint64_t time_words, int i) {
  if (words.size() > 64 || (time_words >> i & 1) != 0) return true;
  return IsLeadWord(words[i]) ||
         (static_cast<size_t>(i) + 2 < words.size() && IsRelationWord(words[i + 2]));
}

// Whether `times` has a day that anchors what follows: "the next day" and "a
// day later" count from a day the sentence named, not from the story date.
bool NamesADay(const std::vector<TimeExpression>& times) {
  return std::any_of(times.begin(), times.end(), [](const TimeExpression& t) {
    return t.precision == DatePrecision::kDay && !t.relative && !t.is_start;
  });
}

}  // namespace

void FindTimeExpressions(std::span<const std::string_view> words, Date story_date, bool past,
                         std::vector<TimeExpression>* out, Date previous_day) {
  out->clear();
  const uint64_t mask = TimeWordMask(words);
  if (mask == 0) return;
  const Scanner scanner(words, story_date, past);
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n;) {
    TimeExpression e;
    if (!MayStartHere(mask, i) || !MayLead(words, mask, i)) {
      ++i;
    } else if (scanner.Match(i, &e)) {
      // "A day later, he summoned ...", "... recalled its ambassador the next
      // day": with no day of its own before it, the sentence counts from the
      // day the sentences before named.
      const bool after_a_day = previous_day != kNoDate;
      if (!e.anaphoric || e.offset_days <= 0 || NamesADay(*out) || after_a_day) out->push_back(e);
      i = e.token_end;
    } else {
      ++i;
    }
  }
  AnchorOffsets(story_date, kNoDate, out);
}

}  // namespace dyad::doc
