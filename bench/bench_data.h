// Where the benchmarks find their input: PETRARCH2's reference files in the
// shared data folder ($DYAD_SHARED, else ../shared beside the source tree).
// The files are read at run time and never copied into the repository.
#ifndef DYAD_BENCH_BENCH_DATA_H_
#define DYAD_BENCH_BENCH_DATA_H_

#include <cstdlib>
#include <string>

namespace dyad::bench {

// "$DYAD_SHARED/petrarch/NAME"; the directory alone when `name` is empty.
inline std::string PetrarchPath(const std::string& name = "") {
  const char* dir = std::getenv("DYAD_SHARED");
  std::string base = dir != nullptr && *dir != '\0' ? dir : DYAD_SOURCE_DIR "/../shared";
  return name.empty() ? base + "/petrarch" : base + "/petrarch/" + name;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_DATA_H_
