// Date resolution of actor codes.
#include "dyad/dict/actors.h"

#include <algorithm>

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

bool IsBareCountryCode(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         code != "IGO" && code != "NGO" && code != "IMG";
}

}  // namespace dyad::dict
