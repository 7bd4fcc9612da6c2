// The first stage of dyad's raw-text front end: cuts a news story (UTF-8) into
// segments — prose sentences, headings, a dateline, embedded tweets and their
// attribution lines, bare URLs — each with byte offsets into the original text.
// The tokenizer (tokenizer.h) then splits each prose or tweet sentence into
// Penn Treebank tokens.
//
// Heuristics, line by line (a line ends at '\n'; "\r\n" works too). Lines are
// trimmed of white space (ASCII and Unicode spaces, non-breaking space
// included) before they are judged.
//  * A blank line ends a paragraph: no sentence runs across it.
//  * Tweet attribution: a line "— Author Name (@handle) November 25, 2015", led
//    by an em or en dash, "--" or "-", as Twitter's embed code writes it. The
//    date may also be "Nov 25, 2015", "Nov. 25, 2015" or "25 November 2015" and
//    may be missing (then `date` is kNoDate). The author, handle (without '@')
//    and date are parsed into the segment.
//  * Tweet: the one non-blank line just before an attribution line, or just
//    before a line that is one URL (the tweet's link) and then the
//    attribution line. Its text is split into sentences like prose (kind
//    kTweet); URLs at its end become kUrl segments.
//  * URL: a line that is one URL (http://, https://, www., pic.twitter.com/) is
//    a kUrl segment; so are URLs that end a prose line after its final
//    punctuation ("... he said. https://t.co/x").
//  * Dateline: the first line of prose in a story may open with a dateline,
//    "BEIRUT (Reuters) -", "WASHINGTON, Nov 25 (AFP) -", "KABUL —": a place
//    (upper case unless an agency follows), an optional ", date", an optional
//    "(Agency)", then a dash ("-", "--", "—", "–") and a space. The dateline
//    is a kDateline segment; the rest of the line is prose.
//  * Heading: a line of at most 12 words and 120 bytes that starts with an
//    upper-case letter, digit or quote, does not end with sentence punctuation
//    (. ? ! … : ; ,, closing quotes and brackets aside) nor with a URL or a
//    function word (of, the, to, and, ... said), follows a finished
//    sentence (or starts the text or a paragraph) and is not followed by a line
//    starting in lower case ("No Bombing Assad", "OBAMA AIRDROPS").
//  * Every other line is prose. Consecutive prose lines form one paragraph
//    (hard-wrapped text works); newlines inside it count as spaces.
//
// Sentences inside a paragraph end after '.', '?', '!', '…' or "..." (plus any
// closing quotes and brackets: `."`, `?”`, `.)`) followed by white space or
// the end of the paragraph, except:
//  * after '?', '!' or an ellipsis, when the next word starts in lower case
//    ("'Why?' he asked", "so ... the");
//  * after '.', when the next word starts in lower case ("etc. and");
//  * after a title or prefix abbreviation (Mr. Mrs. Ms. Dr. Gen. Lt. Col.
//    Sen. Rep. Gov. Prof. St. Mt. Ft. Rev. ...), a single-letter initial
//    ("George W. Bush"), "No." or a month (Jan. ... Dec., Sept.) before a
//    number ("No. 10", "Nov. 25");
//  * after a dotted acronym (U.S., U.N., a.m.) or a company/other abbreviation
//    (Inc. Corp. Co. Ltd. Jr. etc. vs.), unless the next word is a common
//    sentence opener ("The", "He", "But", ...): "the U.S. Central Command"
//    stays one sentence, "... in the U.S. The" is two.
// Decimals (3.5) and dotted names never end a sentence: the period is not
// followed by white space.
#ifndef DYAD_TEXT_SEGMENTER_H_
#define DYAD_TEXT_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/text/span.h"

namespace dyad::text {

enum class SegmentKind {
  kProse,             // one sentence of running text
  kHeading,           // a title or section heading
  kDateline,          // "BEIRUT (Reuters) -" at the start of a story
  kTweet,             // one sentence of an embedded tweet's text
  kTweetAttribution,  // "— President of Russia (@KremlinRussia_E) November 25, 2015"
  kUrl,               // a bare URL
};

std::string_view SegmentKindName(SegmentKind kind);  // "prose", "heading", ...

struct Segment {
  Span span;  // trimmed of white space; never empty
  SegmentKind kind = SegmentKind::kProse;
  // For kTweetAttribution only; empty/kNoDate otherwise.
  std::string author;   // "President of Russia"
  std::string handle;   // "KremlinRussia_E" (no '@')
  Date date = kNoDate;  // 20151125
};

// Stateless and thread-safe; one object can serve any number of threads.
class Segmenter {
 public:
  // Replaces `out`'s contents with the segments of `text` in document order,
  // non-overlapping and with increasing offsets. Any bytes are accepted:
  // invalid UTF-8 is treated as symbols. Texts of 4 GiB or more are cut off at
  // 4 GiB - 1 (spans are 32-bit). Allocates only when `out` must grow (and for
  // attribution names).
  void Segment(std::string_view text, std::vector<text::Segment>* out) const;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SEGMENTER_H_
