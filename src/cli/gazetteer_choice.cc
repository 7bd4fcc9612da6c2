// See gazetteer_choice.h.
#include "cli/gazetteer_choice.h"

#include <unistd.h>

#include <cstdio>

namespace dyad::cli {

namespace {

std::string DefaultGazetteerPath() {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  std::string path = n > 0 ? std::string(exe, static_cast<size_t>(n)) : std::string();
  return path.substr(0, path.rfind('/') + 1) + "data/gazetteer.bin";
}

}  // namespace

std::optional<doc::Gazetteer> LoadGazetteerOrNone(const std::string& flag, const char* command) {
  if (flag == "none") return std::nullopt;
  auto g = doc::Gazetteer::Load(flag.empty() ? DefaultGazetteerPath() : flag);
  if (!g.ok()) {
    std::fprintf(stderr, "%s: %s; events carry no locations (scripts/build-gazetteer builds it)\n",
                 command, g.status().message().c_str());
    return std::nullopt;
  }
  return std::move(g).value();
}

}  // namespace dyad::cli
