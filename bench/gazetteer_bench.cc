// Benchmarks for the gazetteer on the index scripts/setup builds
// (BUILD/data/gazetteer.bin, or $DYAD_GAZETTEER): Find() round-robin over
// place names as news writes them (hits, hinted lookups, region phrases and
// misses), with items/s counting lookups; and loading the index.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "dyad/doc/gazetteer.h"

namespace dyad::bench {
namespace {

std::string IndexPath() {
  const char* env = std::getenv("DYAD_GAZETTEER");
  return env != nullptr && *env != '\0' ? env : DYAD_SOURCE_DIR "/build/data/gazetteer.bin";
}

struct Lookup {
  std::string_view name, hint;
};
constexpr Lookup kLookups[] = {
    {"Paris", ""},
    {"Aleppo", ""},
    {"Kyiv", ""},
    {"Kiev", ""},
    {"Donetsk region", ""},
    {"the Gaza Strip", ""},
    {"Syria", ""},
    {"São Paulo", ""},
    {"Paris", "USA"},
    {"Washington", ""},
    {"Damascus", "SYR"},
    {"Mosul", ""},
    {"Tripoli", "LBN"},
    {"New York", ""},
    {"Moscow", ""},
    {"Beijing", ""},
    {"Tehran", ""},
    {"Baghdad", ""},
    {"United States", ""},
    {"Russia", ""},
    {"Kharkiv", ""},
    {"Ramallah", ""},
    {"Helmand province", ""},
    {"Obama", ""},
    {"Minister", ""},
    {"Security Council", ""},
    {"Tel Aviv", ""},
    {"Cairo", ""},
    {"Nairobi", ""},
    {"Caracas", ""},
    {"U.S.", ""},
    {"Idlib", ""},
};

doc::Gazetteer* GazetteerOrSkip(benchmark::State& state) {
  static std::string error;
  static std::unique_ptr<doc::Gazetteer> gazetteer = [] {
    auto g = doc::Gazetteer::Load(IndexPath());
    if (!g.ok()) {
      error = g.status().message();
      return std::unique_ptr<doc::Gazetteer>();
    }
    return std::make_unique<doc::Gazetteer>(std::move(*g));
  }();
  if (gazetteer == nullptr) state.SkipWithError(("no gazetteer index: " + error).c_str());
  return gazetteer.get();
}

void BM_Find(benchmark::State& state) {
  const doc::Gazetteer* g = GazetteerOrSkip(state);
  if (g == nullptr) return;
  size_t next = 0;
  for (auto _ : state) {
    const Lookup& l = kLookups[next];
    benchmark::DoNotOptimize(g->Find(l.name, l.hint));
    next = next + 1 == std::size(kLookups) ? 0 : next + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Find);

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto g = doc::Gazetteer::Load(IndexPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->place_count());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
