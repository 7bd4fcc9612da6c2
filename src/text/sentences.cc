// Sentence boundaries inside a paragraph. A candidate boundary is a run of
// terminal punctuation (. ? ! …) plus closing quotes and brackets, followed by
// white space or the end of the paragraph; EndsSentence() decides whether the
// candidate is real from the word before the period and the word after it.
// Works on a view truncated at the paragraph's end, so no decode can read past it.
#include "text/sentences.h"

#include "text/abbreviations.h"
#include "text/chars.h"

namespace dyad::text::internal {

namespace {

bool IsTerminal(char32_t cp) { return cp == '.' || cp == '?' || cp == '!' || cp == 0x2026; }

// The first word (letters and digits) at or after `i`, past opening quotes and
// brackets, and the class of its first code point.
struct NextWord {
  bool at_end = true;
  CharClass first = kOther;
  std::string_view word;
};

NextWord NextWordAt(std::string_view text, uint32_t i) {
  NextWord next;
  i = SkipSpace(text, i, static_cast<uint32_t>(text.size()));
  if (i >= text.size()) return next;
  next.at_end = false;
  // Opening quotes and brackets do not count: "U.S. “We ..." starts with "We".
  while (i < text.size()) {
    const CodePoint c = Decode(text, i);
    if (!IsOpener(c.cp) && c.cp != '"' && c.cp != '\'') break;
    i += c.len;
  }
  next.first = i < text.size() ? ClassOf(Decode(text, i).cp) : kOther;
  uint32_t j = i;
  while (j < text.size()) {
    const CodePoint c = Decode(text, j);
    if (!IsWordClass(ClassOf(c.cp))) break;
    j += c.len;
  }
  next.word = text.substr(i, j - i);
  return next;
}

// The white-space-delimited word that ends at `end`, without leading opening
// punctuation: for "(Gen." at `end` = the period, "Gen".
std::string_view WordBefore(std::string_view text, uint32_t begin, uint32_t end) {
  uint32_t i = end;
  while (i > begin) {
    const CodePoint c = DecodeBefore(text, i);
    if (IsSpace(c.cp)) break;
    i -= c.len;
  }
  while (i < end) {
    const CodePoint c = Decode(text, i);
    if (IsWordClass(ClassOf(c.cp))) break;
    i += c.len;
  }
  return text.substr(i, end - i);
}

// Whether the terminal run text[term, term_end) followed by closers up to
// `after` ends a sentence.
bool EndsSentence(std::string_view text, uint32_t begin, uint32_t term, uint32_t term_end,
                  uint32_t after) {
  const NextWord next = NextWordAt(text, after);
  if (next.at_end) return true;
  if (next.first == kLower) return false;
  if (term_end - term != 1 || text[term] != '.') return true;  // ? ! … ... ?!
  if (after != term_end) return true;                          // ." .) .'
  switch (ClassifyAbbreviation(WordBefore(text, begin, term))) {
    case Abbreviation::kTitle:
    case Abbreviation::kInitial:
      return false;
    case Abbreviation::kMonth:
    case Abbreviation::kNumber:
      return next.first != kDigit;
    case Abbreviation::kTime:
      return !QualifiesTime(next.word);
    case Abbreviation::kAcronym:
    case Abbreviation::kOther:
      return IsSentenceOpener(next.word);
    case Abbreviation::kNone:
      return true;
  }
  return true;
}

void Emit(std::string_view text, uint32_t begin, uint32_t end, SegmentKind kind,
          std::vector<Segment>* out) {
  end = TrimEnd(text, begin, end);
  if (begin >= end) return;
  Segment& s = out->emplace_back();
  s.span = {begin, end};
  s.kind = kind;
}

}  // namespace

uint32_t SkipSpace(std::string_view text, uint32_t i, uint32_t end) {
  while (i < end) {
    const CodePoint c = Decode(text, i);
    if (!IsSpace(c.cp) || i + c.len > end) break;
    i += c.len;
  }
  return i;
}

uint32_t TrimEnd(std::string_view text, uint32_t begin, uint32_t end) {
  while (end > begin) {
    const CodePoint c = DecodeBefore(text.substr(0, end), end);
    if (!IsSpace(c.cp) || end - c.len < begin) break;
    end -= c.len;
  }
  return end;
}

bool EndsWithFinalPunctuation(std::string_view text, uint32_t begin, uint32_t end) {
  end = TrimEnd(text, begin, end);
  while (end > begin) {
    const CodePoint c = DecodeBefore(text.substr(0, end), end);
    if (end - c.len < begin) return false;
    if (IsTerminal(c.cp)) return true;
    if (!IsCloser(c.cp)) return false;
    end -= c.len;
  }
  return false;
}

void SplitSentences(std::string_view whole, Span block, SegmentKind kind,
                    std::vector<Segment>* out) {
  const std::string_view text = whole.substr(0, block.end);
  const uint32_t end = block.end;
  uint32_t start = SkipSpace(text, block.begin, end);
  uint32_t i = start;
  while (i < end) {
    const CodePoint c = Decode(text, i);
    if (!IsTerminal(c.cp)) {
      i += c.len;
      continue;
    }
    uint32_t j = i + c.len;
    while (j < end) {
      const CodePoint d = Decode(text, j);
      if (!IsTerminal(d.cp)) break;
      j += d.len;
    }
    uint32_t k = j;
    while (k < end) {
      const CodePoint d = Decode(text, k);
      if (!IsCloser(d.cp)) break;
      k += d.len;
    }
    if ((k == end || IsSpace(Decode(text, k).cp)) && EndsSentence(text, start, i, j, k)) {
      Emit(text, start, k, kind, out);
      start = i = SkipSpace(text, k, end);
      continue;
    }
    i = j;
  }
  if (start < end) Emit(text, start, end, kind, out);
}

}  // namespace dyad::text::internal
