// Which words before a period are abbreviations: shared knowledge of the
// sentence splitter (does this period end a sentence?) and the tokenizer (does
// the period stay with the word?).
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyad::text::internal {

enum class Abbreviation {
  kNone,
  kTitle,    // Mr Dr Gen Sen St ...: never ends a sentence
  kMonth,    // Jan ... Dec, Sept: no sentence end before a number
  kNumber,   // No Nos Art Vol: an abbreviation only before a number
  kInitial,  // one upper-case letter: George W. Bush
  kTime,     // a.m, p.m: ends a sentence before a capital, save a day or zone
  kAcronym,  // dotted, pieces of one or two letters: U.S, Ph.D
  kOther,    // Inc Corp Co Ltd Jr etc vs, state names (Calif): may end a sentence
};

// Classifies `word`, the characters before a period (without the period).
// Case-sensitive: "Gen" is a title, "gen" is not.
Abbreviation ClassifyAbbreviation(std::string_view word);

// Whether `word` commonly starts a sentence ("The", "He", "But", "In", ...):
// after a dotted acronym or company abbreviation, such a word means the
// period also ends the sentence.
bool IsSentenceOpener(std::string_view word);

// Whether `word` may follow a clock time in the same sentence: a weekday, a
// month, a time zone ("10 a.m. Tuesday", "5 p.m. GMT").
bool QualifiesTime(std::string_view word);

}  // namespace dyad::text::internal

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
