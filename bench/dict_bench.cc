// Benchmarks for dictionary loading: reading and compiling the PETRARCH
// dictionary files from scratch, as `dyad code` does once per run (and freeing
// them again, which it does at exit). The Phoenix
// set (CAMEO.2.0 verbs, three actor files, agents, discards, issues; 2.7 MB) is
// the production load; the PETR.Validate set is the small validation load.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <utility>

#include "bench_data.h"
#include "dyad/base/file.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::bench {
namespace {

// Skips `state` unless `path` exists; returns whether it does.
bool RequireFile(benchmark::State& state, const std::string& path) {
  if (FileExists(path)) return true;
  state.SkipWithError((path + " not found: set DYAD_SHARED to the shared data folder").c_str());
  return false;
}

// Calls `load` (returning StatusOr<unique_ptr<Dictionaries>>) once per
// iteration. Only loading is timed: each result is destroyed with the timer
// paused (BM_DestroyPhoenixDictionaries times that).
template <typename Load>
void LoadEachIteration(benchmark::State& state, const std::string& what, Load load) {
  std::unique_ptr<dict::Dictionaries> previous;
  for (auto _ : state) {
    StatusOr<std::unique_ptr<dict::Dictionaries>> dicts = load();
    if (!dicts.ok()) {
      state.SkipWithError(("cannot load " + what + ": " + dicts.status().message()).c_str());
      break;
    }
    benchmark::DoNotOptimize(dicts);
    state.PauseTiming();
    previous = std::move(*dicts);
    state.ResumeTiming();
  }
}

// The full `LoadDictionaries("petrarch:DIR")`, PETR_config.ini lookup included.
void BM_LoadPhoenixDictionaries(benchmark::State& state) {
  if (!RequireFile(state, PetrarchPath("PETR_config.ini"))) return;
  const std::string spec = "petrarch:" + PetrarchPath();
  LoadEachIteration(state, spec, [&] { return dict::LoadDictionaries(spec); });
}
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond);

// Freeing the Phoenix dictionaries, which `dyad code` also pays before it exits.
void BM_DestroyPhoenixDictionaries(benchmark::State& state) {
  if (!RequireFile(state, PetrarchPath("PETR_config.ini"))) return;
  const std::string spec = "petrarch:" + PetrarchPath();
  for (auto _ : state) {
    state.PauseTiming();
    StatusOr<std::unique_ptr<dict::Dictionaries>> dicts = dict::LoadDictionaries(spec);
    if (!dicts.ok()) {
      state.SkipWithError(("cannot load " + spec + ": " + dicts.status().message()).c_str());
      break;
    }
    std::unique_ptr<dict::Dictionaries> doomed = std::move(*dicts);
    state.ResumeTiming();
    doomed.reset();
  }
}
BENCHMARK(BM_DestroyPhoenixDictionaries)->Unit(benchmark::kMillisecond);

// dyad's own dictionaries (data/dyad.txt and everything it includes), the default.
void BM_LoadDyadDictionaries(benchmark::State& state) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/data";
  if (!RequireFile(state, dir + "/dyad.txt")) return;
  LoadEachIteration(state, "dyad:" + dir, [&] { return dict::LoadDyadDictionaries(dir); });
}
BENCHMARK(BM_LoadDyadDictionaries)->Unit(benchmark::kMillisecond);

// The dictionaries PETR.UnitTest.records.xml's <Environment> names.
void BM_LoadValidationDictionaries(benchmark::State& state) {
  dict::PetrarchFiles files;
  files.verbs = PetrarchPath("PETR.Validate.verbs.txt");
  files.actors = {PetrarchPath("PETR.Validate.actors.txt")};
  files.agents = PetrarchPath("PETR.Validate.agents.txt");
  files.discards = PetrarchPath("PETR.Validate.discards.txt");
  if (!RequireFile(state, files.verbs)) return;
  LoadEachIteration(state, "the PETR.Validate dictionaries",
                    [&] { return dict::LoadPetrarchDictionaries(files); });
}
BENCHMARK(BM_LoadValidationDictionaries)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
