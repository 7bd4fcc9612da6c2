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

// A three-letter role as one number, for a switch over roles: string_view's
// == is not always inlined, and roles are asked of most phrases. Of("GOV")
// equals Of(role) exactly when role is "GOV"; any other length is 0.
struct RoleKey {
  static constexpr unsigned Of(std::string_view role) {
    if (role.size() != 3) return 0;
    return static_cast<unsigned char>(role[0]) << 16 | static_cast<unsigned char>(role[1]) << 8 |
           static_cast<unsigned char>(role[2]);
  }
};

// Whether two short codes ("KEN") are equal, compared character by character
// in place: the tallies compare codes several times a mention, and a library
// call per comparison cost more than the few characters.
inline bool SameCode(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// "---COP", "---": a code that names no country first.
inline bool StartsCountryless(std::string_view code) {
  return code.size() >= 3 && code[0] == '-' && code[1] == '-' && code[2] == '-';
}

// "---" or nothing: the dictionaries coded no one.
inline bool IsNull(std::string_view code) {
  return code.empty() || (code.size() == 3 && StartsCountryless(code));
}

// Whether `code` ends in the three-letter `role` ("KENGOV", "GOV"): read in
// place, as string_view's ends_with is not always inlined.
inline bool EndsWithRole(std::string_view code, std::string_view role) {
  return code.size() >= 3 && RoleKey::Of(code.substr(code.size() - 3)) == RoleKey::Of(role);
}

// A role that a country's government, army, courts or parties play: "the
// army" names the army of the country the article is about, "the ruling
// party" one of its parties, "the former president" one of its elite.
inline bool IsCountryRole(std::string_view role) {
  using R = RoleKey;
  switch (R::Of(role)) {
    case R::Of("GOV"):
    case R::Of("MIL"):
    case R::Of("COP"):
    case R::Of("LEG"):
    case R::Of("JUD"):
    case R::Of("SPY"):
    case R::Of("OPP"):
    case R::Of("PTY"):
    case R::Of("ELI"):
      return true;
    default:
      return false;
  }
}

// A part of a country's society that news names by its trade ("striking
// miners" ---LAB, "students" ---EDU, "journalists" ---MED, "doctors" ---HLH,
// "clerics" ---REL): the country's, as its state's roles are; not civilians
// or criminals at large (---CVL, ---CRM stay as they are).
inline bool IsSocialRole(std::string_view role) {
  using R = RoleKey;
  switch (R::Of(role)) {
    case R::Of("LAB"):
    case R::Of("EDU"):
    case R::Of("MED"):
    case R::Of("HLH"):
    case R::Of("REL"):
      return true;
    default:
      return false;
  }
}

// Non-state armed groups, which a definite description names again.
inline bool IsArmedGroupRole(std::string_view role) {
  const unsigned key = RoleKey::Of(role);
  return key == RoleKey::Of("REB") || key == RoleKey::Of("INS") || key == RoleKey::Of("SEP");
}

// A role without a country: "---COP", "---EDU".
inline bool IsCountrylessRole(std::string_view code) {
  // Asked of most phrases: the characters first, no call.
  if (code.size() != 6 || code[0] != '-' || code[1] != '-' || code[2] != '-') return false;
  return IsCountryRole(code.substr(3)) || IsSocialRole(code.substr(3));
}

}  // namespace dyad::doc

#endif  // DYAD_SRC_DOC_COREFERENCE_ROLES_H_
