// The segmenter: reads the text line by line, recognises the lines that are
// not running prose (lines.h), gathers prose lines into paragraphs and splits
// paragraphs into sentences (sentences.h). One line of lookahead is enough:
// a tweet is recognised by the attribution line after it, and a heading by
// the line after it not continuing a sentence.
#include "dyad/text/segmenter.h"

#include <algorithm>
#include <limits>

#include "text/chars.h"
#include "text/lines.h"
#include "text/sentences.h"

namespace dyad::text {

using internal::Attribution;

std::string_view SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kProse:
      return "prose";
    case SegmentKind::kHeading:
      return "heading";
    case SegmentKind::kDateline:
      return "dateline";
    case SegmentKind::kTweet:
      return "tweet";
    case SegmentKind::kTweetAttribution:
      return "tweet-attribution";
    case SegmentKind::kUrl:
      return "url";
  }
  return "?";
}

namespace {

// A trimmed line [begin, end) and where the next line starts.
struct Line {
  uint32_t begin = 0, end = 0, next = 0;
  bool blank() const { return begin == end; }
};

Line ReadLine(std::string_view text, uint32_t pos) {
  const size_t nl = text.find('\n', pos);
  const uint32_t raw_end =
      nl == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(nl);
  Line line;
  line.next = nl == std::string_view::npos ? raw_end : raw_end + 1;
  line.begin = internal::SkipSpace(text, pos, raw_end);
  line.end = internal::TrimEnd(text, line.begin, raw_end);
  return line;
}

// The state of one Segment() call.
class Builder {
 public:
  Builder(std::string_view text, std::vector<Segment>* out) : text_(text), out_(out) {}

  void Run();

 private:
  std::string_view View(uint32_t b, uint32_t e) const { return text_.substr(b, e - b); }
  void HandleLine(const Line& line, const Line& next);
  bool DatelineFollows(const Line& line) const;
  bool IsUrlLine(const Line& line) const;
  bool AttributionFollows(const Line& line) const;
  void AddProse(uint32_t begin, uint32_t end);
  void Flush();
  void EmitUrls(uint32_t begin, uint32_t end);
  void Emit(uint32_t begin, uint32_t end, SegmentKind kind);
  bool IsAttribution(const Line& line, Attribution* a) const {
    return !line.blank() && internal::ParseAttribution(View(line.begin, line.end), a);
  }

  std::string_view text_;
  std::vector<Segment>* out_;
  uint32_t para_begin_ = 0, para_end_ = 0;
  bool para_open_ = false;
  bool para_finished_ = true;  // the paragraph so far ends with a full sentence
  bool seen_prose_ = false;    // for datelines: only before the first prose
};

void Builder::Run() {
  const auto size = static_cast<uint32_t>(text_.size());
  Line line = ReadLine(text_, 0);
  while (true) {
    if (line.blank()) {
      Flush();
    } else {
      Line next;  // the next non-blank line, or a blank Line at the end
      for (uint32_t p = line.next; p < size; p = next.next) {
        next = ReadLine(text_, p);
        if (!next.blank()) break;
      }
      HandleLine(line, next);
    }
    if (line.next >= size) break;
    line = ReadLine(text_, line.next);
  }
  Flush();
}

void Builder::HandleLine(const Line& line, const Line& next) {
  const std::string_view view = View(line.begin, line.end);
  Attribution a;
  if (IsAttribution(line, &a)) {
    Flush();
    Emit(line.begin, line.end, SegmentKind::kTweetAttribution);
    Segment& s = out_->back();
    s.author.assign(a.author);
    s.handle.assign(a.handle);
    s.date = a.date;
    return;
  }
  // The tweet's text, its link on the line after it or at its end.
  if (IsAttribution(next, &a) || (IsUrlLine(next) && AttributionFollows(next))) {
    Flush();
    const uint32_t urls = line.begin + static_cast<uint32_t>(internal::TrailingUrlsStart(view));
    internal::SplitSentences(text_, {line.begin, urls}, SegmentKind::kTweet, out_);
    EmitUrls(urls, line.end);
    return;
  }
  if (IsUrlLine(line)) {
    Flush();
    Emit(line.begin, line.end, SegmentKind::kUrl);
    return;
  }
  if (!seen_prose_ && !para_open_) {
    if (const size_t n = internal::DatelineLength(view); n > 0) {
      Emit(line.begin, line.begin + static_cast<uint32_t>(n), SegmentKind::kDateline);
      AddProse(internal::SkipSpace(text_, line.begin + static_cast<uint32_t>(n), line.end),
               line.end);
      return;
    }
  }
  const bool continues_after =
      !next.blank() &&
      internal::ClassOf(internal::Decode(text_, next.begin).cp) == internal::kLower;
  // A story's title, its first line, may be longer than a heading inside it
  // when a dateline follows it.
  const bool title = !seen_prose_ && !para_open_ && out_->empty() && DatelineFollows(line);
  const int max_words = title ? 20 : 12;
  if ((!para_open_ || para_finished_) && !continues_after &&
      internal::LooksLikeHeading(view, max_words)) {
    Flush();
    Emit(line.begin, line.end, SegmentKind::kHeading);
    return;
  }
  AddProse(line.begin, line.end);
}

// Whether `line` is a bare link ("https://t.co/8VjR2xLcYd").
bool Builder::IsUrlLine(const Line& line) const {
  if (line.blank()) return false;
  const std::string_view view = View(line.begin, line.end);
  return internal::IsUrl(view) && view.find(' ') == std::string_view::npos;
}

// Whether the next line with text after `line` is a tweet's attribution: a
// tweet's text, then its link on a line of its own, then "— Name (@handle)
// date".
bool Builder::AttributionFollows(const Line& line) const {
  Line next = ReadLine(text_, line.next);
  while (next.blank() && next.next < text_.size()) next = ReadLine(text_, next.next);
  Attribution a;
  return !next.blank() && IsAttribution(next, &a);
}

// Whether the next line with text after `line` opens with a dateline.
bool Builder::DatelineFollows(const Line& line) const {
  Line next = ReadLine(text_, line.next);
  while (next.blank() && next.next < text_.size()) next = ReadLine(text_, next.next);
  return !next.blank() && internal::DatelineLength(View(next.begin, next.end)) > 0;
}

void Builder::AddProse(uint32_t begin, uint32_t end) {
  if (begin >= end) return;
  const uint32_t urls =
      begin + static_cast<uint32_t>(internal::TrailingUrlsStart(View(begin, end)));
  const uint32_t prose_end = internal::TrimEnd(text_, begin, urls);
  const bool split_urls =
      urls < end && (prose_end == begin || internal::EndsWithFinalPunctuation(text_, begin, urls));
  const uint32_t stop = split_urls ? prose_end : end;
  if (stop > begin) {
    if (!para_open_) para_begin_ = begin;
    para_open_ = true;
    para_end_ = stop;
    para_finished_ = internal::EndsWithFinalPunctuation(text_, begin, stop);
  }
  if (split_urls) {
    Flush();
    EmitUrls(urls, end);
  }
}

void Builder::Flush() {
  if (!para_open_) return;
  internal::SplitSentences(text_, {para_begin_, para_end_}, SegmentKind::kProse, out_);
  para_open_ = false;
  para_finished_ = true;
  seen_prose_ = true;
}

void Builder::EmitUrls(uint32_t begin, uint32_t end) {
  while (begin < end) {
    const std::string_view rest = View(begin, end);
    const size_t space = rest.find_first_of(" \t");
    const uint32_t word_end =
        space == std::string_view::npos ? end : begin + static_cast<uint32_t>(space);
    Emit(begin, word_end, SegmentKind::kUrl);
    begin = internal::SkipSpace(text_, word_end, end);
  }
}

void Builder::Emit(uint32_t begin, uint32_t end, SegmentKind kind) {
  if (begin >= end) return;
  Segment& s = out_->emplace_back();
  s.span = {begin, end};
  s.kind = kind;
}

}  // namespace

void Segmenter::Segment(std::string_view text, std::vector<text::Segment>* out) const {
  out->clear();
  const size_t max = std::numeric_limits<uint32_t>::max() - 1;
  if (text.size() > max) text = text.substr(0, max);
  if (text.empty()) return;
  Builder(text, out).Run();
}

}  // namespace dyad::text
