// libFuzzer target for the raw-text front end: any bytes (invalid UTF-8
// included) are segmented and every segment tokenised; segments and tokens
// must lie inside the text, in order, non-empty, and tokens inside their segment.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace {

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const dyad::text::Segmenter segmenter;
  static dyad::text::Tokenizer tokenizer;
  std::vector<dyad::text::Segment> segments;
  std::vector<dyad::text::Token> tokens;
  segmenter.Segment(text, &segments);
  uint32_t last_end = 0;
  for (const dyad::text::Segment& s : segments) {
    Check(s.span.begin >= last_end && s.span.begin < s.span.end && s.span.end <= size);
    last_end = s.span.end;
    tokenizer.Tokenize(text, s.span, &tokens);
    uint32_t last_begin = s.span.begin;
    for (const dyad::text::Token& t : tokens) {
      Check(t.span.begin >= last_begin && t.span.begin < t.span.end && t.span.end <= s.span.end);
      Check(!t.text.empty());
      last_begin = t.span.begin;
    }
  }
  // The whole text as one sentence, too.
  tokenizer.Tokenize(text, {0, static_cast<uint32_t>(size)}, &tokens);
  for (const dyad::text::Token& t : tokens) Check(t.span.end <= size && !t.text.empty());
  return 0;
}
