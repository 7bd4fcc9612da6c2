// Text helpers used by every reader.
#include "dyad/base/text.h"

#include "dyad/base/word_set.h"

namespace dyad {

namespace {
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char UpperAscii(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

void AppendUpperAscii(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(UpperAscii(c));
}

std::string ToUpperAscii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendUpperAscii(s, &out);
  return out;
}

void AppendJoined(std::span<const std::string_view> words, std::string* out) {
  for (size_t k = 0; k < words.size(); ++k) (*out += k > 0 ? " " : "") += words[k];
}

std::vector<std::string_view> SplitWhitespace(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool IsMonthName(std::string_view word) {
  static const WordSet kMonths = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan.", "feb.", "mar.", "apr.",
      "aug.",      "sept.",    "sep.",     "oct.",     "nov.", "dec."};
  return kMonths.contains(word);
}

bool IsWeekday(std::string_view word) {
  static const WordSet kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                    "friday", "saturday", "sunday"};
  return kWeekdays.contains(word);
}

bool IsYearNumber(std::string_view word) {
  if (word.size() != 4 || !(word.starts_with("19") || word.starts_with("20"))) return false;
  for (char c : word) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace dyad
