// UTF-8 decoding and character classes for the text front end. ASCII goes
// through a table; everything else asks ICU's character properties, which are
// table lookups too (no allocation, no locale).
#include "text/chars.h"

#include <unicode/uchar.h>

namespace dyad::text::internal {

namespace {
constexpr CharClass ComputeAscii(int c) {
  if (c <= ' ' || c == 0x7F) return kSpace;
  if (c >= 'a' && c <= 'z') return kLower;
  if (c >= 'A' && c <= 'Z') return kUpper;
  if (c >= '0' && c <= '9') return kDigit;
  return kOther;
}
}  // namespace

#define DYAD_A4(i) ComputeAscii(i), ComputeAscii(i + 1), ComputeAscii(i + 2), ComputeAscii(i + 3)
#define DYAD_A16(i) DYAD_A4(i), DYAD_A4(i + 4), DYAD_A4(i + 8), DYAD_A4(i + 12)
const CharClass kAsciiClass[128] = {DYAD_A16(0),  DYAD_A16(16), DYAD_A16(32), DYAD_A16(48),
                                    DYAD_A16(64), DYAD_A16(80), DYAD_A16(96), DYAD_A16(112)};
#undef DYAD_A16
#undef DYAD_A4

CodePoint DecodeSlow(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  uint32_t len;
  char32_t cp;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return {kInvalid, 1};
  }
  if (s.size() - i < len) return {kInvalid, 1};
  for (uint32_t k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return {kInvalid, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalid, 1};
  return {cp, len};
}

CodePoint DecodeBefore(std::string_view s, size_t i) {
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  const CodePoint cp = Decode(s, start);
  if (start + cp.len == i) return cp;
  return {kInvalid, 1};  // the byte before i is a stray continuation byte
}

CharClass ClassOfSlow(char32_t cp) {
  if (cp == kInvalid) return kOther;
  if (cp == 0x200B || cp == 0xFEFF || cp == 0x2060) return kSpace;  // zero-width, BOM
  if (u_isUWhiteSpace(static_cast<UChar32>(cp))) return kSpace;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_LOWERCASE_LETTER:
      return kLower;
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return kUpper;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
      return kSpace;
    default:
      return kOther;
  }
}

std::string_view PunctuationForm(char32_t cp) {
  switch (cp) {
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x00AB:  // «
      return "``";
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x2033:  // ″
      return "''";
    case 0x2018:  // ‘
    case 0x201B:  // ‛
      return "`";
    case 0x2019:  // ’
    case 0x2032:  // ′
      return "'";
    case 0x2012:  // figure dash
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2015:  // ―
      return "--";
    case 0x2010:  // ‐
    case 0x2011:  // non-breaking hyphen
    case 0x2212:  // −
      return "-";
    case 0x2026:  // …
      return "...";
    default:
      return {};
  }
}

bool IsCloser(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
      return true;
    default:
      return false;
  }
}

bool IsOpener(char32_t cp) {
  switch (cp) {
    case '(':
    case '[':
    case '{':
    case '`':
    case '-':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x2013:
    case 0x2014:
      return true;
    default:
      return false;
  }
}

}  // namespace dyad::text::internal
