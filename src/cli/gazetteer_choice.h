// The place index the raw-text commands use: --gazetteer PATH (main() makes
// the default data/gazetteer.bin beside the dyad binary, where
// scripts/build-gazetteer builds it), or none.
#ifndef DYAD_SRC_CLI_GAZETTEER_CHOICE_H_
#define DYAD_SRC_CLI_GAZETTEER_CHOICE_H_

#include <optional>
#include <string>

#include "dyad/doc/gazetteer.h"

namespace dyad::cli {

// `flag` is the --gazetteer value: a path, or "none" for none. A missing or bad index is reported once on standard error, prefixed
// with `command`, and gives none: events then carry no locations.
std::optional<doc::Gazetteer> LoadGazetteerOrNone(const std::string& flag, const char* command);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_GAZETTEER_CHOICE_H_
