// See event_list.h.
#include "cli/event_list.h"

#include "dyad/base/text.h"

namespace dyad::cli {

bool ParseEventList(std::string_view text, std::vector<EventTriple>* out) {
  out->clear();
  if (Trim(text) == "none") return true;
  while (true) {
    size_t semi = text.find(';');
    std::vector<std::string_view> parts = SplitWhitespace(text.substr(0, semi));
    if (parts.size() != 3) return false;
    out->emplace_back(std::string(parts[0]), std::string(parts[1]), std::string(parts[2]));
    if (semi == std::string_view::npos) return true;
    text.remove_prefix(semi + 1);
  }
}

}  // namespace dyad::cli
