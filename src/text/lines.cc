// Recognisers for lines that are not running prose. They are written as small
// hand-rolled scanners over ASCII (the syntax they look for is ASCII apart from
// the dashes), so they cost nothing on ordinary lines: each gives up at the
// first character that does not fit.
#include "text/lines.h"

#include <initializer_list>

#include "text/chars.h"

namespace dyad::text::internal {

namespace {

constexpr std::string_view kDashes[] = {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "--",
                                        "-"};  // — – ― -- -

// Length of the dash that opens `s`, 0 if none.
size_t DashLength(std::string_view s) {
  for (std::string_view d : kDashes) {
    if (s.starts_with(d)) return d.size();
  }
  return 0;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }

std::string_view TrimAscii(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Skips ASCII spaces and no-break spaces (U+00A0).
size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i).starts_with("\xC2\xA0")) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// 1-12 for an English month name or abbreviation ("Nov", "Nov.", "Sept"), else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  if (word.ends_with('.')) word.remove_suffix(1);
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonths[m];
    if (word.size() > name.size()) continue;
    bool match = true;
    for (size_t k = 0; k < word.size() && match; ++k) {
      match = (word[k] | 0x20) == name[k];
    }
    if (match && (word.size() == name.size() || word.size() == 3 || word == "Sept")) return m + 1;
  }
  return 0;
}

int Number(std::string_view s, size_t min_digits, size_t max_digits) {
  if (s.size() < min_digits || s.size() > max_digits) return -1;
  int n = 0;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool IsLetterRun(std::string_view s, std::initializer_list<char> extra) {
  for (char c : s) {
    bool ok = IsAsciiLetter(c) || c == ' ';
    for (char e : extra) ok = ok || c == e;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

Date ParseWrittenDate(std::string_view text) {
  std::string_view parts[3];
  int n = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == ',') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',') ++j;
    if (n == 3) return kNoDate;
    parts[n++] = text.substr(i, j - i);
    i = j;
  }
  if (n != 3) return kNoDate;
  int month = MonthNumber(parts[0]);
  int day = Number(parts[1], 1, 2);
  if (month == 0) {
    month = MonthNumber(parts[1]);
    day = Number(parts[0], 1, 2);
  }
  const int year = Number(parts[2], 4, 4);
  if (month == 0 || day < 0 || year < 0 || !IsValidDate(year, month, day)) return kNoDate;
  return year * 10000 + month * 100 + day;
}

bool ParseAttribution(std::string_view line, Attribution* out) {
  const size_t dash = DashLength(line);
  if (dash == 0) return false;
  const size_t start = SkipSpaces(line, dash);
  const size_t open = line.find("(@", start);
  if (open == std::string_view::npos) return false;
  const std::string_view author = TrimAscii(line.substr(start, open - start));
  if (author.empty() || author.size() > 100) return false;
  size_t i = open + 2;
  while (i < line.size() && (IsAsciiLetter(line[i]) || IsAsciiDigit(line[i]) || line[i] == '_')) {
    ++i;
  }
  if (i == open + 2 || i - open - 2 > 50 || i >= line.size() || line[i] != ')') return false;
  const std::string_view rest = TrimAscii(line.substr(i + 1));
  const Date date = ParseWrittenDate(rest);
  if (!rest.empty() && date == kNoDate) return false;
  out->author = author;
  out->handle = line.substr(open + 2, i - open - 2);
  out->date = date;
  return true;
}

namespace {

// "Jan. 5 " opening a line: where the day's digits end, else 0.
size_t MonthDayLength(std::string_view line) {
  const size_t space = line.find(' ');
  if (space == std::string_view::npos || space > 10 || MonthNumber(line.substr(0, space)) == 0)
    return 0;
  size_t i = space + 1;
  while (i < line.size() && IsAsciiDigit(line[i])) ++i;
  return i > space + 1 && i <= space + 3 && Number(line.substr(space + 1, i - space - 1), 1, 2) >= 1
             ? i
             : 0;
}

}  // namespace

size_t DatelineLength(std::string_view line) {
  // Place: words of letters, '.', '\'', '&', '-', '/' separated by single
  // spaces ("RIYADH/OTTAWA");
  // or no place, a day and an agency: "Jan. 5 (Reuters) -".
  size_t i = 0;
  bool all_upper = true;
  int letters = 0;
  if (line.empty() || !IsAsciiUpper(line[0])) return 0;
  const size_t day = MonthDayLength(line);
  if (day > 0) {
    i = day;
    all_upper = false;  // an agency must follow
    letters = 2;
  }
  while (day == 0 && i < line.size() && i <= 40) {
    const char c = line[i];
    if (IsAsciiLetter(c)) {
      all_upper = all_upper && !IsAsciiLower(c);
      ++letters;
    } else if (c == ' ' && i + 1 < line.size() && IsAsciiUpper(line[i + 1])) {
    } else if (c != '.' && c != '\'' && c != '&' &&
               !((c == '-' || c == '/') && i + 1 < line.size() && IsAsciiLetter(line[i + 1]))) {
      break;
    }
    ++i;
  }
  if (letters < 2) return 0;
  if (i < line.size() && line[i] == ',') {  // ", Nov 25": up to the agency or the dash
    const size_t stop = line.find_first_of("(-\xE2", i);
    if (stop == std::string_view::npos || stop - i > 30) return 0;
    if (!IsLetterRun(line.substr(i + 1, stop - i - 1),
                     {'.', ',', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})) {
      return 0;
    }
    i = stop;
  }
  i = SkipSpaces(line, i);
  bool agency = false;
  if (i < line.size() && line[i] == '(') {
    const size_t close = line.find(')', i);
    if (close == std::string_view::npos || close - i > 30 || close == i + 1) return 0;
    if (!IsLetterRun(line.substr(i + 1, close - i - 1), {'.', '&', '-'})) return 0;
    agency = true;
    i = SkipSpaces(line, close + 1);
  }
  if (!agency && !all_upper) return 0;
  if (i == 0 || (line[i - 1] != ' ' && line[i - 1] != ')')) return 0;
  const size_t dash = DashLength(line.substr(i));
  if (dash == 0) return 0;
  const size_t after = i + dash;
  if (SkipSpaces(line, after) == after || SkipSpaces(line, after) >= line.size()) return 0;
  return after;
}

bool IsUrl(std::string_view w) {
  const auto starts = [&](std::string_view prefix) {
    if (w.size() <= prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k) {
      if ((w[k] | 0x20) != prefix[k]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://") || starts("www.") || starts("pic.twitter.com/");
}

size_t TrailingUrlsStart(std::string_view line) {
  size_t start = line.size();
  while (start > 0) {
    const size_t end = line.find_last_not_of(" \t", start - 1);
    if (end == std::string_view::npos) break;
    const size_t space = line.find_last_of(" \t", end);
    const size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
    if (!IsUrl(line.substr(word_begin, end + 1 - word_begin))) break;
    start = word_begin;
  }
  return start;
}

bool LooksLikeHeading(std::string_view line, int max_words) {
  if (line.empty() || line.size() > 120 || TrailingUrlsStart(line) < line.size()) return false;
  // A line ending in a function word is a wrapped piece of a sentence.
  const size_t last_space = line.find_last_of(' ');
  if (last_space != std::string_view::npos) {
    static constexpr std::string_view kFunctionWords[] = {
        "of",   "the", "a",  "an",   "to",   "and", "or", "in",  "for", "on",
        "with", "by",  "at", "from", "that", "as",  "is", "was", "has", "said"};
    const std::string_view last = line.substr(last_space + 1);
    for (std::string_view w : kFunctionWords) {
      if (last == w) return false;
    }
  }
  const CodePoint first = Decode(line, 0);
  const CharClass cls = ClassOf(first.cp);
  if (cls != kUpper && cls != kDigit && first.cp != '"' && first.cp != 0x201C) return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  if (words > max_words) return false;
  size_t end = line.size();
  while (end > 0) {
    const CodePoint c = DecodeBefore(line, end);
    if (!IsCloser(c.cp)) {
      return !(c.cp == '.' || c.cp == '?' || c.cp == '!' || c.cp == 0x2026 || c.cp == ':' ||
               c.cp == ';' || c.cp == ',');
    }
    end -= c.len;
  }
  return false;
}

}  // namespace dyad::text::internal
