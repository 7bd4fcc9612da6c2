// Line-level recognisers of the segmenter: tweet attributions, datelines,
// URLs, headings (rules in include/dyad/text/segmenter.h). Each looks at one
// trimmed line, given as a view; offsets they return are relative to it.
#ifndef DYAD_TEXT_LINES_H_
#define DYAD_TEXT_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dyad/base/date.h"

namespace dyad::text::internal {

struct Attribution {
  std::string_view author, handle;  // views into the line
  Date date = kNoDate;
};

// "— President of Russia (@KremlinRussia_E) November 25, 2015".
bool ParseAttribution(std::string_view line, Attribution* out);

// "November 25, 2015", "Nov. 25, 2015", "25 November 2015"; kNoDate if not a date.
Date ParseWrittenDate(std::string_view text);

// If `line` opens with a dateline ("BEIRUT (Reuters) -", "WASHINGTON, Nov 25
// (AFP) -", "Jan. 5 (Reuters) -"), returns its length (through the dash), else 0.
size_t DatelineLength(std::string_view line);

// A URL word: http://, https://, www., pic.twitter.com/ (case-insensitive scheme).
bool IsUrl(std::string_view word);

// Where the run of URL words at the end of `line` begins (line.size() if none).
size_t TrailingUrlsStart(std::string_view line);

// The shape test of a heading: short (at most `max_words` words), starts with
// an upper-case letter, digit or quote, and ends without sentence
// punctuation. (Context is the caller's.)
bool LooksLikeHeading(std::string_view line, int max_words = 12);

}  // namespace dyad::text::internal

#endif  // DYAD_TEXT_LINES_H_
