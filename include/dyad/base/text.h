// Small text helpers shared by the readers: trimming, ASCII case, line splitting.
// All take and return views into the caller's buffer unless they say otherwise.
#ifndef DYAD_BASE_TEXT_H_
#define DYAD_BASE_TEXT_H_

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

std::string_view Trim(std::string_view s);

// ASCII upper-casing; bytes >= 0x80 (UTF-8) are kept as they are.
std::string ToUpperAscii(std::string_view s);
void AppendUpperAscii(std::string_view s, std::string* out);
// Whether `a` equals `b`, ignoring ASCII case. Inline: the coder and the
// document layer call these for most words.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x == y) continue;
    if ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' || (x | 0x20) > 'z') return false;
  }
  return true;
}
// Whether `s` equals one of `candidates`, ignoring ASCII case.
inline bool EqualsAnyIgnoreCase(std::string_view s, std::span<const std::string_view> candidates) {
  for (std::string_view c : candidates) {
    if (EqualsIgnoreCase(s, c)) return true;
  }
  return false;
}
inline bool EqualsAnyIgnoreCase(std::string_view s,
                                std::initializer_list<std::string_view> candidates) {
  return EqualsAnyIgnoreCase(
      s, std::span<const std::string_view>(candidates.begin(), candidates.size()));
}

// "September", "Sept.", "Oct.": a month's name or its usual abbreviation,
// in any case.
bool IsMonthName(std::string_view word);
// "2008", "1991": four digits that read as a year of 1900-2099.
bool IsYearNumber(std::string_view word);

// Appends `words` to `out`, one space between each two.
void AppendJoined(std::span<const std::string_view> words, std::string* out);

// Splits on runs of ASCII white space; views point into `s`.
std::vector<std::string_view> SplitWhitespace(std::string_view s);

// Calls fn(line_view, line_number) for each line of `s` (1-based; '\r' stripped).
template <typename Fn>
void ForEachLine(std::string_view s, Fn&& fn) {
  int line_number = 0;
  while (!s.empty()) {
    size_t end = s.find('\n');
    std::string_view line = s.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++line_number);
    if (end == std::string_view::npos) break;
    s.remove_prefix(end + 1);
  }
}

}  // namespace dyad

#endif  // DYAD_BASE_TEXT_H_
