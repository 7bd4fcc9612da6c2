// The PETRARCH/TABARI dictionary readers, one per file kind. Each adds what it
// reads to `dicts`, reports malformed lines in dicts->diagnostics and never fails
// on content (the Status is for future I/O-level errors).
#ifndef DYAD_SRC_DICT_PETRARCH_READERS_H_
#define DYAD_SRC_DICT_PETRARCH_READERS_H_

#include <string>
#include <string_view>

#include "dyad/base/status.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict::petrarch {

Status ReadVerbs(std::string_view text, const std::string& file, Dictionaries* dicts);
Status ReadActors(std::string_view text, const std::string& file, Dictionaries* dicts);
Status ReadAgents(std::string_view text, const std::string& file, Dictionaries* dicts);
Status ReadDiscards(std::string_view text, const std::string& file, Dictionaries* dicts);
Status ReadIssues(std::string_view text, const std::string& file, Dictionaries* dicts);

}  // namespace dyad::dict::petrarch

#endif  // DYAD_SRC_DICT_PETRARCH_READERS_H_
