// Byte ranges into the original text: how every product of dyad's text front
// end (segments, sentences, tokens) points back at the bytes it came from.
#ifndef DYAD_TEXT_SPAN_H_
#define DYAD_TEXT_SPAN_H_

#include <cstdint>
#include <string_view>

namespace dyad::text {

// The half-open byte range [begin, end) of the original text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  // The bytes of `text` this span covers; `text` must be the text it was made from.
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SPAN_H_
