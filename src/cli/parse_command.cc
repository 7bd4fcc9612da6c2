// `dyad parse` (see parse_command.h). Output, per segment:
//   # prose 120-187 "Putin will meet Hollande."
//   Putin/NNP@120-125 will/MD@126-130 ...
//   (ROOT (S ...))
#include "cli/parse_command.h"

#include <cstdio>

#include "dyad/base/file.h"
#include "dyad/parse/text_parser.h"

namespace dyad::cli {

namespace {

void PrintSegment(std::string_view text, const parse::ParsedSegment& p) {
  const text::Segment& s = *p.segment;
  std::string_view words = text.substr(s.span.begin, s.span.end - s.span.begin);
  std::printf("# %.*s %u-%u \"%.*s\"", static_cast<int>(text::SegmentKindName(s.kind).size()),
              text::SegmentKindName(s.kind).data(), s.span.begin, s.span.end,
              static_cast<int>(words.size()), words.data());
  if (s.kind == text::SegmentKind::kTweetAttribution) {
    std::printf(" author=\"%s\" handle=@%s date=%d", s.author.c_str(), s.handle.c_str(), s.date);
  }
  std::putchar('\n');
  if (!p.codable()) return;
  for (size_t i = 0; i < p.tokens.size(); ++i) {
    const text::Token& t = p.tokens[i];
    std::printf("%s%.*s/%.*s@%u-%u", i ? " " : "", static_cast<int>(t.text.size()), t.text.data(),
                static_cast<int>(p.tags[i].size()), p.tags[i].data(), t.span.begin, t.span.end);
  }
  std::printf("\n%s\n", p.tree.ToString().c_str());
}

}  // namespace

int RunParse(const ParseFlags& flags) {
  auto parser = parse::TextParser::Create(flags.tagger_model, flags.parser);
  if (!parser.ok()) {
    std::fprintf(stderr, "dyad parse: %s\n", parser.status().message().c_str());
    return 2;
  }
  std::vector<std::string> inputs =
      flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  int status = 0;
  for (const std::string& path : inputs) {
    auto text = ReadFile(path);
    if (!text.ok()) {
      std::fprintf(stderr, "dyad parse: %s\n", text.status().message().c_str());
      status = 1;
      continue;
    }
    (*parser)->Parse(*text, [&](const parse::ParsedSegment& p) { PrintSegment(*text, p); });
  }
  return status;
}

}  // namespace dyad::cli
