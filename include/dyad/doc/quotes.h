// Quoted speech in news text: which words of a sentence stand inside quotation
// marks, and where the text says who spoke them ("...," Ruto said. / "...,"
// said Ruto. / Ruto said: "..."). The tokenizer writes opening quotes as ``
// and closing ones as ''; these functions read those tokens. The article coder
// (article.h) uses them to give a quote's events to its speaker and to read
// "I", "we" and "our forces" inside it as the speaker's (coreference.h).
#ifndef DYAD_DOC_QUOTES_H_
#define DYAD_DOC_QUOTES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dyad::doc {

// The marks a quote opens with: double ("...", “...”) or single ('...', ‘...’).
enum class QuoteMarks : uint8_t { kNone, kDouble, kSingle };

// Words [begin, end) of a sentence; empty if begin == end.
struct WordSpan {
  int begin = 0, end = 0;
  bool empty() const { return begin >= end; }
  bool Contains(int t) const { return t >= begin && t < end; }
};

// The quoted speech of one sentence.
struct SentenceQuotes {
  std::vector<WordSpan> quoted;  // words inside the marks of each speech quote, in order
  QuoteMarks open_at_end =
      QuoteMarks::kNone;   // the marks of a quote that runs on past the sentence
  bool continues = false;  // the sentence starts inside a quote opened before it
  // The attribution the sentence gives, if any: "Ruto" and "said" in
  // `"...," Ruto said.`; both empty (-1) if there is none.
  WordSpan speaker;
  int speech_verb = -1;
  bool speech_only = false;  // the verb only says ("said", "told"): it is no event itself

  void Clear();
  bool Quoted(int t) const;  // whether word t is inside a speech quote
};

// Finds the speech quotes of the sentence `words` (tokens as the tokenizer
// writes them); `open` gives the marks of a quote that runs on from the
// previous sentence (kNone if none does). A quote is speech when an attribution stands next to it,
// when it runs across a sentence boundary or when it is all the sentence says; scare quotes inside
// a clause (`called the verdict "very unexpected"`) are not.
void FindQuotes(std::span<const std::string_view> words, QuoteMarks open, SentenceQuotes* out);

// An attribution in words [begin, end) that follow a quote's closing mark:
// ", Ruto said", ", said a Western diplomat in Moscow", ", he told reporters",
// ", according to the ministry". Sets `speaker` and `verb`; false if none.
bool FindAttributionAfter(std::span<const std::string_view> words, int begin, int end,
                          WordSpan* speaker, int* verb);

// Where a sentence's last clause after a comma starts (the comma) and where
// its words end (before the final punctuation and closing quote marks), for
// FindAttributionAfter; false if the sentence has no comma.
bool LastClause(std::span<const std::string_view> words, int* comma, int* end);

// For a quote opened with `marks` and open at byte `from` of `text` (the end
// of a sentence inside it): the byte just after the mark that closes it, or
// npos if none does within `limit` bytes. A paragraph that starts with an
// opening mark continues the quote; one that does not ends it unclosed (npos).
size_t FindQuoteClose(std::string_view text, size_t from, size_t limit, QuoteMarks marks);

}  // namespace dyad::doc

#endif  // DYAD_DOC_QUOTES_H_
