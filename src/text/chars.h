// Character-level helpers shared by the segmenter and the tokenizer: a UTF-8
// decoder that never fails (an invalid byte is one code point of its own),
// character classes (ASCII by table, the rest through ICU's properties) and
// the Penn Treebank forms of Unicode punctuation.
#ifndef DYAD_TEXT_CHARS_H_
#define DYAD_TEXT_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::text::internal {

// Returned for bytes that do not start a valid UTF-8 sequence.
constexpr char32_t kInvalid = 0xFFFFFFFF;

struct CodePoint {
  char32_t cp;   // kInvalid for an invalid byte
  uint32_t len;  // bytes consumed, >= 1 (0 only at the end of the text)
};

// Decodes the code point starting at s[i] (i < s.size()). Overlong forms,
// surrogates, values above U+10FFFF and truncated sequences give {kInvalid, 1}.
CodePoint DecodeSlow(std::string_view s, size_t i);
inline CodePoint Decode(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  return DecodeSlow(s, i);
}

// The code point that ends just before s[i] (i > 0): steps back over at most
// three continuation bytes and accepts the result only if it decodes to i.
CodePoint DecodeBefore(std::string_view s, size_t i);

enum CharClass : uint8_t {
  kOther = 0,  // punctuation, symbols, invalid bytes
  kSpace,      // white space, controls, zero-width space, BOM
  kLower,      // lower-case letters
  kUpper,      // upper- and title-case letters
  kLetter,     // other letters (no case) and combining marks
  kDigit,      // decimal digits
};

CharClass ClassOfSlow(char32_t cp);
extern const CharClass kAsciiClass[128];
inline CharClass ClassOf(char32_t cp) { return cp < 128 ? kAsciiClass[cp] : ClassOfSlow(cp); }

inline bool IsWordClass(CharClass c) { return c >= kLower; }
inline bool IsLetterClass(CharClass c) { return c >= kLower && c <= kLetter; }
inline bool IsSpace(char32_t cp) { return ClassOf(cp) == kSpace; }

// The Treebank form of a punctuation code point that has one ("“" -> "``",
// "—" -> "--", "’" -> "'"), else empty. Never longer than the UTF-8 bytes of
// `cp` (so normalised text never outgrows the original).
std::string_view PunctuationForm(char32_t cp);

// Apostrophes: ' and ’ (U+2019).
inline bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }
// Hyphens that join words: - ‐ ‑.
inline bool IsJoiningHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
// Closing quotes and brackets that may follow sentence-final punctuation.
bool IsCloser(char32_t cp);
// Opening quotes and brackets (and dashes) after which a '"' opens a quotation.
bool IsOpener(char32_t cp);

}  // namespace dyad::text::internal

#endif  // DYAD_TEXT_CHARS_H_
