// Benchmarks for the coding hot path: reading Penn Treebank trees and coding
// them with the Phoenix dictionaries, on PETRARCH2's GigaWord sample (76 real
// AFP sentences). Each iteration handles one sentence, round-robin over the
// sample, so items/s is trees or sentences per second on one core.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bench_data.h"
#include "dyad/base/file.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/tree.h"

namespace dyad::bench {
namespace {

// The GigaWord sample with its trees read and the Phoenix dictionaries loaded,
// built once and shared by every benchmark. `error` is set when the data are
// missing or broken.
struct GigaWord {
  std::string error;
  io::PetrarchFile file;
  std::vector<const io::Record*> sentences;  // records with a parse, into `file`
  std::vector<parse::Tree> trees;            // views into `file`'s parses
  std::unique_ptr<dict::Dictionaries> dicts;
};

// Fills `g`; returns an error message, empty on success.
std::string LoadSample(GigaWord* g) {
  const std::string path = PetrarchPath("GigaWord.sample.PETR.xml");
  StatusOr<std::string> xml = ReadFile(path);
  if (!xml.ok()) return xml.status().message();
  StatusOr<io::PetrarchFile> file = io::ReadPetrarchXml(*xml, path);
  if (!file.ok()) return file.status().message();
  g->file = std::move(*file);
  for (const io::Record& r : g->file.records) {
    if (!r.is_sentence || r.parse.empty()) continue;
    parse::Tree tree;
    Status s = parse::ReadTree(r.parse, &tree);
    if (!s.ok()) return path + ": record " + r.id + ": " + s.message();
    g->sentences.push_back(&r);
    g->trees.push_back(std::move(tree));
  }
  if (g->sentences.empty()) return path + ": no parsed sentences";
  auto dicts = dict::LoadDictionaries("petrarch:" + PetrarchPath());
  if (!dicts.ok()) return dicts.status().message();
  g->dicts = std::move(*dicts);
  return "";
}

// Loaded in place on first use: `sentences` and `trees` point into `file`.
const GigaWord& Sample() {
  static GigaWord sample;
  static const bool loaded = (sample.error = LoadSample(&sample), true);
  static_cast<void>(loaded);
  return sample;
}

// Returns the sample, or null after telling `state` to skip.
const GigaWord* SampleOrSkip(benchmark::State& state) {
  const GigaWord& g = Sample();
  if (g.error.empty()) return &g;
  state.SkipWithError(("PETRARCH2 reference data not usable (set DYAD_SHARED to the shared "
                       "folder): " +
                       g.error)
                          .c_str());
  return nullptr;
}

void BM_ReadTree(benchmark::State& state) {
  const GigaWord* g = SampleOrSkip(state);
  if (g == nullptr) return;
  parse::Tree tree;
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& text = g->sentences[next]->parse;
    Status s = parse::ReadTree(text, &tree);
    benchmark::DoNotOptimize(s);
    benchmark::DoNotOptimize(tree);
    bytes += static_cast<int64_t>(text.size());
    if (++next == g->sentences.size()) next = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ReadTree);

void BM_CodeSentence(benchmark::State& state) {
  const GigaWord* g = SampleOrSkip(state);
  if (g == nullptr) return;
  code::Coder coder(*g->dicts, code::CoderOptions{});
  code::SentenceResult result;
  size_t next = 0;
  int64_t events = 0;
  for (auto _ : state) {
    coder.CodeSentence(g->trees[next], g->sentences[next]->date, &result);
    events += static_cast<int64_t>(result.events.size());
    if (++next == g->sentences.size()) next = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["events/sentence"] =
      static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_CodeSentence);

void BM_CodeSentenceFromText(benchmark::State& state) {
  const GigaWord* g = SampleOrSkip(state);
  if (g == nullptr) return;
  code::Coder coder(*g->dicts, code::CoderOptions{});
  code::SentenceResult result;
  parse::Tree tree;
  size_t next = 0;
  for (auto _ : state) {
    const io::Record& r = *g->sentences[next];
    if (!parse::ReadTree(r.parse, &tree).ok()) {
      state.SkipWithError(("unreadable parse in record " + r.id).c_str());
      break;
    }
    coder.CodeSentence(tree, r.date, &result);
    benchmark::DoNotOptimize(result);
    if (++next == g->sentences.size()) next = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CodeSentenceFromText);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
