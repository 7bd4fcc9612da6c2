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

void TextParser::BuildTree() {
  if (link_ != nullptr) {
    if (link_->Parse(words_, current_.tags, &current_.tree)) return;
    ++link_fallbacks_;
  }
  parser_.Parse(words_, current_.tags, &current_.tree);
}

void TextParser::ParseSegment(std::string_view text, const text::Segment& segment) {
  current_.segment = &segment;
  current_.tokens.clear();
  current_.tags.clear();
  current_.tree.Clear();
  if (segment.kind != text::SegmentKind::kProse && segment.kind != text::SegmentKind::kTweet)
    return;
  tokenizer_.Tokenize(text, segment.span, &current_.tokens);
  words_.clear();
  for (const text::Token& t : current_.tokens) words_.push_back(t.text);
  tagger_->Tag(words_, &current_.tags);
  BuildTree();
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
    ParseSegment(text, segment);
    fn(current_);
  }
}

const ParsedSegment& TextParser::ParseSentence(std::string_view text) {
  whole_ = text::Segment{};
  whole_.span = text::Span{0, static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX))};
  whole_.kind = text::SegmentKind::kProse;
  ParseSegment(text, whole_);
  return current_;
}

}  // namespace dyad::parse
