// What codes coreference and the article's readers ask about (coreference.cc,
// coreference_names.cc, coreference_sides.cc, attacks.cc, nominal_events.cc):
// a null code, a code's roles, and the roles ("---COP", "---EDU") that take a
// country from the article. Private to dyad::doc.
#ifndef DYAD_SRC_DOC_COREFERENCE_ROLES_H_
#define DYAD_SRC_DOC_COREFERENCE_ROLES_H_

#include <initializer_list>
#include <string_view>

namespace dyad::doc {

// Whether one of `code`'s roles (its three-letter parts after the first:
// "SOMINS", "USAGOVMIL") is one of `roles`.
inline bool HasRole(std::string_view code, std::initializer_list<std::string_view> roles) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    for (std::string_view r : roles) {
      if (code.substr(i, 3) == r) return true;
    }
  }
  return false;
}

// "---" or nothing: the dictionaries coded no one.
inline bool IsNull(std::string_view code) {
  return code.empty() || (code.size() == 3 && code[0] == '-' && code[1] == '-' && code[2] == '-');
}

// A role that a country's government, army, courts or parties play: "the
// army" names the army of the country the article is about, "the ruling
// party" one of its parties, "the former president" one of its elite.
inline bool IsCountryRole(std::string_view role) {
  for (std::string_view r : {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP", "PTY", "ELI"}) {
    if (role == r) return true;
  }
  return false;
}

// A part of a country's society that news names by its trade ("striking
// miners" ---LAB, "students" ---EDU, "journalists" ---MED, "doctors" ---HLH,
// "clerics" ---REL): the country's, as its state's roles are; not civilians
// or criminals at large (---CVL, ---CRM stay as they are).
inline bool IsSocialRole(std::string_view role) {
  return role == "LAB" || role == "EDU" || role == "MED" || role == "HLH" || role == "REL";
}

// Non-state armed groups, which a definite description names again.
inline bool IsArmedGroupRole(std::string_view role) {
  return role == "REB" || role == "INS" || role == "SEP";
}

// A role without a country: "---COP", "---EDU".
inline bool IsCountrylessRole(std::string_view code) {
  // Asked of most phrases: the characters first, no call.
  if (code.size() != 6 || code[0] != '-' || code[1] != '-' || code[2] != '-') return false;
  return IsCountryRole(code.substr(3)) || IsSocialRole(code.substr(3));
}

}  // namespace dyad::doc

#endif  // DYAD_SRC_DOC_COREFERENCE_ROLES_H_
