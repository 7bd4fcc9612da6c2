// TextParser: raw article text to trees, the front of dyad's pipeline:
// segments and sentences (dyad::text), Penn tokens with byte offsets, tags
// (dyad::tag), trees (FastParser).
#ifndef DYAD_PARSE_TEXT_PARSER_H_
#define DYAD_PARSE_TEXT_PARSER_H_

#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/parse/fast_parser.h"
#include "dyad/parse/link_parser.h"
#include "dyad/parse/tree.h"
#include "dyad/tag/tagger.h"
#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace dyad::parse {

// One segment of an article. Headings, datelines, URLs and tweet attribution
// lines come with no tokens and an empty tree: they are not sentences to code.
struct ParsedSegment {
  const text::Segment* segment = nullptr;
  std::vector<text::Token> tokens;
  std::vector<std::string_view> tags;
  Tree tree;
  // ParseSegmentInto only: the word forms normalisation rewrote ("O'Brien"
  // for "O’Brien"), which tokens and tree point into. Moving the ParsedSegment
  // may move them (a short string lives inside it): keep it in place.
  std::string normalized;
  bool codable() const { return !tree.empty(); }
};

// Which engine builds the trees: dyad's rules ("fast", the default) or
// link-grammar ("link"), which falls back on the fast parser for a sentence
// it cannot parse.
enum class ParserEngine { kFast, kLink };

class TextParser {
 public:
  // `tagger_model` is the compiled tagger (tag::DefaultModelPath).
  static StatusOr<std::unique_ptr<TextParser>> Create(const std::string& tagger_model,
                                                      ParserEngine engine = ParserEngine::kFast);
  // The same, with the engine named as on the command line: "fast" (or ""), "link".
  static StatusOr<std::unique_ptr<TextParser>> Create(const std::string& tagger_model,
                                                      std::string_view engine);

  // Sentences the link engine could not parse (coded from the fast parser's tree).
  long link_fallbacks() const { return link_fallbacks_; }

  // Calls `fn` for each segment of `text` in order. The ParsedSegment and the
  // views in it are valid only during the call. Not thread-safe.
  void Parse(std::string_view text, const std::function<void(const ParsedSegment&)>& fn);

  // Parse in two steps, for callers that look at the whole article first
  // (tweets and their attribution lines, the dateline): Segments() cuts
  // `text` into segments and returns them; ParseSegments() then calls `fn`
  // for each, as Parse() does. The segments are valid until the next call.
  const std::vector<text::Segment>& Segments(std::string_view text);
  void ParseSegments(std::string_view text, const std::function<void(const ParsedSegment&)>& fn);

  // Parses `segment` of `text` into `out`, which keeps its own copy of the
  // normalised word forms: its views stay valid while `text` and
  // `segment` live and `out` is neither moved nor parsed into again, whatever
  // else is parsed meanwhile (for callers that parse many sentences before
  // they use them). Not thread-safe.
  void ParseSegmentInto(std::string_view text, const text::Segment& segment, ParsedSegment* out);

  // Parses `text` as one sentence, whatever its shape (a PETRARCH record's
  // <Text> is a sentence even without final punctuation). The result is valid
  // until the next call.
  const ParsedSegment& ParseSentence(std::string_view text);

 private:
  explicit TextParser(std::unique_ptr<tag::Tagger> tagger) : tagger_(std::move(tagger)) {}
  void BuildTree(ParsedSegment* out);
  void ParseSegment(std::string_view text, const text::Segment& segment, ParsedSegment* out,
                    bool own_words);
  void OwnNormalizedWords(ParsedSegment* out);

  text::Segmenter segmenter_;
  text::Tokenizer tokenizer_;
  std::unique_ptr<tag::Tagger> tagger_;
  FastParser parser_;
  std::unique_ptr<LinkParser> link_;  // only with ParserEngine::kLink
  long link_fallbacks_ = 0;
  std::vector<text::Segment> segments_;
  text::Segment whole_;  // the segment ParseSentence reports
  std::vector<std::string_view> words_;
  ParsedSegment current_;
};

// The front end's output for a batch of texts, all parsed before any is
// coded, so that the front end's code and tables, then the coder's, each stay
// in cache over many sentences: each text's segments and their parses, valid
// until the next Parse() while the texts live.
class ParsedBatch {
 public:
  void Parse(TextParser* parser, std::span<const std::string_view> texts);

  size_t size() const { return first_.size(); }
  // The segments of text i, and the parse of its segment k.
  const std::vector<text::Segment>& segments(size_t i) const { return segments_[i]; }
  const ParsedSegment& parsed(size_t i, size_t k) const { return parsed_[first_[i] + k]; }

 private:
  std::vector<std::vector<text::Segment>> segments_;
  std::vector<size_t> first_;
  std::deque<ParsedSegment> parsed_;  // reused across batches; never moved
};

}  // namespace dyad::parse

#endif  // DYAD_PARSE_TEXT_PARSER_H_
