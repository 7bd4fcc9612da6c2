// Sentence splitting inside one paragraph of prose (or one tweet): the rules
// documented in include/dyad/text/segmenter.h, and a few scanning helpers the
// segmenter's line rules share.
#ifndef DYAD_TEXT_SENTENCES_H_
#define DYAD_TEXT_SENTENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text/segmenter.h"

namespace dyad::text::internal {

// Appends one `kind` segment per sentence of text[block.begin, block.end).
// Sentences are trimmed; nothing is appended for an all-space block.
void SplitSentences(std::string_view text, Span block, SegmentKind kind, std::vector<Segment>* out);

// The first offset in [i, end) that is not white space (end if none).
uint32_t SkipSpace(std::string_view text, uint32_t i, uint32_t end);
// The offset just after the last non-space code point in [begin, end).
uint32_t TrimEnd(std::string_view text, uint32_t begin, uint32_t end);

// Whether text[begin, end) ends with sentence-final punctuation (. ? ! …),
// possibly followed by closing quotes and brackets.
bool EndsWithFinalPunctuation(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace dyad::text::internal

#endif  // DYAD_TEXT_SENTENCES_H_
