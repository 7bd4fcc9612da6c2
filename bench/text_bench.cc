// Benchmarks for the raw-text front end: segmentation plus tokenisation of
// whole stories, on the seed article and on the <Text> of PETRARCH2's GigaWord
// sample, each replicated to about 1 MB so that one iteration is one
// document's worth of work at realistic sizes. bytes/s is input text; the
// "tokens" counter is tokens per second.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "bench_data.h"
#include "dyad/base/file.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace dyad::bench {
namespace {

constexpr size_t kTargetBytes = size_t{1} << 20;

std::string Replicate(const std::string& unit) {
  std::string out;
  if (unit.empty()) return out;
  while (out.size() < kTargetBytes) out += unit;
  return out;
}

// The seed article replicated; empty when the shared data are missing.
const std::string& SeedText() {
  static const std::string text = [] {
    StatusOr<std::string> t = ReadFile(PetrarchPath() + "/../seed/000_36f42bc257b43460.txt");
    return t.ok() ? Replicate(*t + "\n") : std::string();
  }();
  return text;
}

// Every <Text> of the GigaWord sample, one paragraph each, replicated.
const std::string& GigaWordText() {
  static const std::string text = [] {
    const std::string path = PetrarchPath("GigaWord.sample.PETR.xml");
    StatusOr<std::string> xml = ReadFile(path);
    if (!xml.ok()) return std::string();
    StatusOr<io::PetrarchFile> file = io::ReadPetrarchXml(*xml, path);
    if (!file.ok()) return std::string();
    std::string unit;
    for (const io::Record& r : file->records) unit += r.text + "\n\n";
    return Replicate(unit);
  }();
  return text;
}

void Run(benchmark::State& state, const std::string& text, bool tokenize) {
  if (text.empty()) {
    state.SkipWithError("shared reference data not found (set DYAD_SHARED)");
    return;
  }
  text::Segmenter segmenter;
  text::Tokenizer tokenizer;
  std::vector<text::Segment> segments;
  std::vector<text::Token> tokens;
  int64_t token_count = 0;
  for (auto _ : state) {
    segmenter.Segment(text, &segments);
    if (!tokenize) continue;
    for (const text::Segment& s : segments) {
      tokenizer.Tokenize(text, s.span, &tokens);
      token_count += static_cast<int64_t>(tokens.size());
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.counters["segments"] = static_cast<double>(segments.size());
  if (tokenize) {
    state.counters["tokens"] =
        benchmark::Counter(static_cast<double>(token_count), benchmark::Counter::kIsRate);
  }
}

void BM_SegmentSeed(benchmark::State& state) { Run(state, SeedText(), false); }
void BM_SegmentTokenizeSeed(benchmark::State& state) { Run(state, SeedText(), true); }
void BM_SegmentGigaWord(benchmark::State& state) { Run(state, GigaWordText(), false); }
void BM_SegmentTokenizeGigaWord(benchmark::State& state) { Run(state, GigaWordText(), true); }
BENCHMARK(BM_SegmentSeed);
BENCHMARK(BM_SegmentTokenizeSeed);
BENCHMARK(BM_SegmentGigaWord);
BENCHMARK(BM_SegmentTokenizeGigaWord);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
