// Fuzzes the article coder with dyad's own dictionaries and tagger: any bytes
// code without crashing; every event has codes and one set of details whose
// byte ranges lie inside the text; confidences lie in 0..1.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "dyad/base/file.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/article.h"
#include "dyad/doc/gazetteer.h"
#include "dyad/parse/text_parser.h"

namespace {

struct World {
  std::unique_ptr<dyad::dict::Dictionaries> dicts;
  std::unique_ptr<dyad::parse::TextParser> parser;
  std::unique_ptr<dyad::doc::Gazetteer> gazetteer;  // the main build's, if built
  std::unique_ptr<dyad::doc::ArticleCoder> coder;
};

World& TheWorld() {
  static World* world = [] {
    auto* w = new World();  // lives for the whole fuzzing run
    auto dicts = dyad::dict::LoadDyadDictionaries(DYAD_SOURCE_DIR "/data");
    auto parser = dyad::parse::TextParser::Create(DYAD_TAGGER_MODEL);
    if (!dicts.ok() || !parser.ok()) std::abort();
    w->dicts = std::move(dicts).value();
    w->parser = std::move(parser).value();
    auto g = dyad::doc::Gazetteer::Load(DYAD_SOURCE_DIR "/build/data/gazetteer.bin");
    if (g.ok()) w->gazetteer = std::make_unique<dyad::doc::Gazetteer>(std::move(g).value());
    w->coder = std::make_unique<dyad::doc::ArticleCoder>(
        *w->dicts, w->parser.get(), w->gazetteer.get(), dyad::code::CoderOptions{},
        dyad::doc::ArticleOptions{.all_modalities = true});
    return w;
  }();
  return *world;
}

void CheckRange(const dyad::doc::ByteRange& r, size_t size) {
  if (r.begin > r.end || r.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  World& w = TheWorld();
  dyad::Date date = size % 2 == 0 ? 20151125 : dyad::kNoDate;
  w.coder->Code("fuzz", text, date, [&](const dyad::doc::CodedSentence& s) {
    if (s.details.size() != s.result.events.size()) std::abort();
    for (size_t i = 0; i < s.result.events.size(); ++i) {
      const auto& e = s.result.events[i];
      const auto& d = s.details[i];
      if (e.source.empty() || e.target.empty() || e.code.empty()) std::abort();
      if (d.confidence < 0 || d.confidence > 1) std::abort();
      CheckRange(d.source_bytes, size);
      CheckRange(d.target_bytes, size);
      CheckRange(d.verb_bytes, size);
    }
    for (const auto& i : s.incidents) CheckRange(i.bytes, size);
  });
  return 0;
}
