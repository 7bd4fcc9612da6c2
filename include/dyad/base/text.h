// Small text helpers shared by the readers: trimming, ASCII case, line splitting.
// All take and return views into the caller's buffer unless they say otherwise.
#ifndef DYAD_BASE_TEXT_H_
#define DYAD_BASE_TEXT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

std::string_view Trim(std::string_view s);

// ASCII upper-casing; bytes >= 0x80 (UTF-8) are kept as they are.
std::string ToUpperAscii(std::string_view s);
void AppendUpperAscii(std::string_view s, std::string* out);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Whether `s` equals one of `candidates`, ignoring ASCII case.
bool EqualsAnyIgnoreCase(std::string_view s, std::initializer_list<std::string_view> candidates);

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
