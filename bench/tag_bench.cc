// Benchmarks for the part-of-speech tagger on PETRARCH2's GigaWord sample (76
// AFP sentences, the gold trees' words): tagging, round-robin over the
// sentences, with items/s counting tokens; and loading the compiled model.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "bench_data.h"
#include "dyad/base/file.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/tree.h"
#include "dyad/tag/tagger.h"

namespace dyad::bench {
namespace {

struct Sentences {
  std::string error;
  io::PetrarchFile file;
  std::vector<parse::Tree> trees;                    // views into `file`
  std::vector<std::vector<std::string_view>> words;  // views into `file`
  std::unique_ptr<tag::Tagger> tagger;
};

std::string LoadSample(Sentences* s) {
  auto tagger = tag::Tagger::Load(DYAD_TAG_MODEL_PATH);
  if (!tagger.ok()) return tagger.status().message();
  s->tagger = std::move(*tagger);
  const std::string path = PetrarchPath("GigaWord.sample.PETR.xml");
  StatusOr<std::string> xml = ReadFile(path);
  if (!xml.ok()) return xml.status().message();
  StatusOr<io::PetrarchFile> file = io::ReadPetrarchXml(*xml, path);
  if (!file.ok()) return file.status().message();
  s->file = std::move(*file);
  for (const io::Record& r : s->file.records) {
    parse::Tree tree;
    if (r.parse.empty() || !parse::ReadTree(r.parse, &tree).ok()) continue;
    std::vector<std::string_view> words;
    for (const parse::Node& n : tree.nodes()) {
      if (n.is_preterminal() && !n.word.empty()) words.push_back(n.word);
    }
    s->words.push_back(std::move(words));
  }
  return s->words.empty() ? path + ": no parsed sentences" : "";
}

Sentences* SampleOrSkip(benchmark::State& state) {
  static Sentences sample;
  static const bool loaded = (sample.error = LoadSample(&sample), true);
  static_cast<void>(loaded);
  if (sample.error.empty()) return &sample;
  state.SkipWithError(("tagger model or PETRARCH2 data not usable: " + sample.error).c_str());
  return nullptr;
}

void BM_TagSentence(benchmark::State& state) {
  Sentences* s = SampleOrSkip(state);
  if (s == nullptr) return;
  std::vector<std::string_view> tags;
  size_t next = 0;
  int64_t tokens = 0;
  for (auto _ : state) {
    const auto& words = s->words[next];
    s->tagger->Tag(words, &tags);
    benchmark::DoNotOptimize(tags.data());
    tokens += static_cast<int64_t>(words.size());
    next = next + 1 == s->words.size() ? 0 : next + 1;
  }
  state.SetItemsProcessed(tokens);
}
BENCHMARK(BM_TagSentence);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = tag::Tagger::Load(DYAD_TAG_MODEL_PATH);
    if (!tagger.ok()) {
      state.SkipWithError(tagger.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(tagger->get());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
