// Penn Treebank tokenisation of one sentence of raw UTF-8 text: the second
// stage of dyad's raw-text front end, after the segmenter (segmenter.h) and
// before tagging. Every token carries its normalised text and the byte span of
// the original text it came from.
//
// Rules (as the Treebank and Stanford's PTBTokenizer write tokens):
//  * Punctuation is split off words: "Syria." -> Syria . ; "(AFP)" -> -LRB- AFP
//    -RRB- ; [ ] { } -> -LSB- -RSB- -LCB- -RCB-.
//  * Double quotes become `` (opening: at the start, after white space or an
//    opening bracket/quote/dash) and '' (closing); “ „ « -> ``, ” » -> ''.
//    Single quotes: ‘ and an opening ' before a letter -> `, ’ and other ' -> '.
//    `` and '' already in the text stay as they are.
//  * Dashes: — – ― and runs of "--" -> -- ; ‐ ‑ − -> - ; … and "..." -> ... .
//  * Clitics: possessive 's, and 're 've 'll 'd 'm are split off ("Russia's"
//    -> Russia 's); n't too ("don't" -> do n't, "can't" -> ca n't, "won't" ->
//    wo n't); "cannot" -> can not; ’ works as an apostrophe (normalised to ').
//  * Kept whole: hyphenated words (US-led, 10-month-old), numbers (1,000.50,
//    3.5, 10:30), dotted abbreviations with their period (U.S., Gen., Nov.,
//    W.), URLs (https://t.co/x, www.x.org, pic.twitter.com/x), @handles and
//    #hashtags, AT&T, and/or.
//  * A sentence-final abbreviation keeps its period and is followed by a "."
//    token whose span is that same period byte ("in the U.S." -> U.S. .), as in
//    the Treebank. It is the only case where two tokens share bytes.
//  * White space (ASCII, Unicode spaces, no-break space, zero-width space, BOM)
//    and control characters separate tokens and never appear in them. Invalid
//    UTF-8 bytes are one-byte symbol tokens.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/text/span.h"

namespace dyad::text {

struct Token {
  // The normalised token. Points into the text given to Tokenize(), into a
  // static table (-LRB-, ``, --), or into the tokenizer's scratch space (when
  // normalisation rewrote characters inside a word: "O’Brien" -> O'Brien). Valid
  // until the next Tokenize() call on the same tokenizer, and while the text lives.
  std::string_view text;
  Span span;  // the original bytes; `text` is their normalised form
};

// Reusable; owns scratch space, so one per thread.
class Tokenizer {
 public:
  Tokenizer() = default;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Replaces `out`'s contents with the tokens of text[sentence.begin,
  // sentence.end) in order; spans are offsets into `text`. `sentence` is
  // clamped to `text`. Allocates only when `out` or the scratch space must grow.
  void Tokenize(std::string_view text, Span sentence, std::vector<Token>* out);

  // The normalised word forms of the last call: the tokens whose text is none
  // of `text`'s bytes nor a static form point into it. Valid until the next call.
  std::string_view normalized() const { return scratch_; }

 private:
  std::string scratch_;  // normalised word forms of the current call
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
