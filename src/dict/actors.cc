// Date resolution of actor codes.
#include "dyad/dict/actors.h"

namespace dyad::dict {

std::string_view Actor::CodeAt(Date date) const {
  for (const DatedCode& c : codes) {
    if (c.restricted() && c.Holds(date)) return c.code;
  }
  for (const DatedCode& c : codes) {
    if (!c.restricted()) return c.code;
  }
  return {};
}

bool IsStateRole(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG";
}

}  // namespace dyad::dict
