// Raw text through segmentation, tokenisation, tagging and parsing.
#include "dyad/parse/text_parser.h"

#include <algorithm>
#include <cstdint>

namespace dyad::parse {

StatusOr<std::unique_ptr<TextParser>> TextParser::Create(const std::string& tagger_model,
                                                         ParserEngine engine) {
  auto tagger = tag::Tagger::Load(tagger_model);
  if (!tagger.ok()) return tagger.status().WithPrefix("tagger model");
  std::unique_ptr<TextParser> parser(new TextParser(std::move(tagger).value()));
  if (engine == ParserEngine::kLink) {
    auto link = LinkParser::Create();
    if (!link.ok()) return link.status();
    parser->link_ = std::move(link).value();
  }
  return parser;
}

StatusOr<std::unique_ptr<TextParser>> TextParser::Create(const std::string& tagger_model,
                                                         std::string_view engine) {
  if (engine.empty() || engine == "fast") return Create(tagger_model, ParserEngine::kFast);
  if (engine == "link") return Create(tagger_model, ParserEngine::kLink);
  return Status::InvalidInput("unknown parser '" + std::string(engine) + "' (fast, link)");
}

void TextParser::BuildTree(ParsedSegment* out) {
  if (link_ != nullptr) {
    if (link_->Parse(words_, out->tags, &out->tree)) return;
    ++link_fallbacks_;
  }
  parser_.Parse(words_, out->tags, &out->tree);
}

// Copies the tokenizer's normalised forms into `out` and points the tokens
// that used them there, before the tags and the tree take their words.
void TextParser::OwnNormalizedWords(ParsedSegment* out) {
  const std::string_view scratch = tokenizer_.normalized();
  out->normalized.assign(scratch);
  if (scratch.empty()) return;
  const char* const begin = scratch.data();
  for (text::Token& t : out->tokens) {
    const char* p = t.text.data();
    if (p < begin || p >= begin + scratch.size()) continue;
    t.text = std::string_view(out->normalized).substr(p - begin, t.text.size());
  }
}

void TextParser::ParseSegment(std::string_view text, const text::Segment& segment,
                              ParsedSegment* out, bool own_words) {
  out->segment = &segment;
  out->tokens.clear();
  out->tags.clear();
  out->tree.Clear();
  out->normalized.clear();
  if (segment.kind != text::SegmentKind::kProse && segment.kind != text::SegmentKind::kTweet)
    return;
  tokenizer_.Tokenize(text, segment.span, &out->tokens);
  if (own_words) OwnNormalizedWords(out);
  words_.clear();
  for (const text::Token& t : out->tokens) words_.push_back(t.text);
  tagger_->Tag(words_, &out->tags);
  BuildTree(out);
}

void TextParser::ParseSegmentInto(std::string_view text, const text::Segment& segment,
                                  ParsedSegment* out) {
  ParseSegment(text, segment, out, /*own_words=*/true);
}

void TextParser::Parse(std::string_view text, const std::function<void(const ParsedSegment&)>& fn) {
  Segments(text);
  ParseSegments(text, fn);
}

const std::vector<text::Segment>& TextParser::Segments(std::string_view text) {
  segmenter_.Segment(text, &segments_);
  return segments_;
}

void TextParser::ParseSegments(std::string_view text,
                               const std::function<void(const ParsedSegment&)>& fn) {
  for (const text::Segment& segment : segments_) {
    ParseSegment(text, segment, &current_, /*own_words=*/false);
    fn(current_);
  }
}

void ParsedBatch::Parse(TextParser* parser, std::span<const std::string_view> texts) {
  segments_.resize(texts.size());
  first_.resize(texts.size());
  size_t used = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    segments_[i] = parser->Segments(texts[i]);
    first_[i] = used;
    for (const text::Segment& segment : segments_[i]) {
      if (used == parsed_.size()) parsed_.emplace_back();
      parser->ParseSegmentInto(texts[i], segment, &parsed_[used++]);
    }
  }
}

const ParsedSegment& TextParser::ParseSentence(std::string_view text) {
  whole_ = text::Segment{};
  whole_.span = text::Span{0, static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX))};
  whole_.kind = text::SegmentKind::kProse;
  ParseSegment(text, whole_, &current_, /*own_words=*/false);
  return current_;
}

}  // namespace dyad::parse
