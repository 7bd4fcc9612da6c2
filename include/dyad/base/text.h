// Small text helpers shared by the readers: trimming, ASCII case, line splitting.
// All take and return views into the caller's buffer unless they say otherwise.
#ifndef DYAD_BASE_TEXT_H_
#define DYAD_BASE_TEXT_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
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

namespace text_internal {
// Whether a byte of `x` is an ASCII digit: bytes of 0x80 and more are none,
// and the sums of the other bytes' low seven bits carry into no other byte.
inline bool AnyDigitByte(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHigh = kOnes * 0x80;
  const uint64_t low = x & ~kHigh;
  const uint64_t from_zero = low + kOnes * (0x80 - '0');  // high bit: >= '0'
  const uint64_t past_nine = low + kOnes * (0x7F - '9');  // high bit: > '9'
  return (from_zero & ~past_nine & ~x & kHigh) != 0;
}
inline uint64_t Load(const char* p, size_t n) {  // n is 4 or 8
  uint64_t x = 0;
  std::memcpy(&x, p, n);
  return x;
}
}  // namespace text_internal

// Whether `w` is ASCII digits only ("55", "2015"); false for "".
inline bool IsAllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `w` may be a person's age told in an aside ("Rolando Mendoza, 55,
// a police inspector"): one to three digits.
inline bool IsAgeNumber(std::string_view w) { return w.size() <= 3 && IsAllDigits(w); }

// Whether `w` has an ASCII digit ("2015", "mid-2015", "30th"). The readers
// of dates and counts ask it of most words: eight bytes are tested at once,
// and a short word in two overlapping loads, with no branch per character.
inline bool HasAsciiDigit(std::string_view w) {
  using text_internal::AnyDigitByte, text_internal::Load;
  const char* p = w.data();
  const size_t n = w.size();
  if (n >= 8) {
    for (size_t i = 0; i + 8 <= n; i += 8) {
      if (AnyDigitByte(Load(p + i, 8))) return true;
    }
    return AnyDigitByte(Load(p + n - 8, 8));
  }
  if (n >= 4) return AnyDigitByte(Load(p, 4) | Load(p + n - 4, 4) << 32);
  if (n == 0) return false;
  const auto byte = [](char c) { return uint64_t{static_cast<unsigned char>(c)}; };
  return AnyDigitByte(byte(p[0]) | byte(p[n / 2]) << 8 | byte(p[n - 1]) << 16);
}

// "September", "Sept.", "Oct.": a month's name or its usual abbreviation,
// in any case.
bool IsMonthName(std::string_view word);
// "Wednesday", "monday": a day of the week's name, in any case.
bool IsWeekday(std::string_view word);
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
