// See gazetteer_choice.h.
#include "cli/gazetteer_choice.h"

#include <cstdio>

namespace dyad::cli {

std::optional<doc::Gazetteer> LoadGazetteerOrNone(const std::string& flag, const char* command) {
  if (flag == "none") return std::nullopt;
  auto g = doc::Gazetteer::Load(flag);
  if (!g.ok()) {
    std::fprintf(stderr, "%s: %s; events carry no locations (scripts/build-gazetteer builds it)\n",
                 command, g.status().message().c_str());
    return std::nullopt;
  }
  return std::move(g).value();
}

}  // namespace dyad::cli
