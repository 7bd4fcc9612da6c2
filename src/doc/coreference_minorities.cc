// Coreference of minorities' armed groups (see coreference.h): news names an
// armed minority by its people's adjective, which the dictionaries read as
// that people's state ("ethnic Albanian rebels": ALBREB), and a movement by
// a name of common words that another country's group also bears ("the
// National Liberation Army": COLREB). Both fight the state the story is
// about: "ethnic Albanian rebels" in a story from Skopje are MKDREB.
#include <algorithm>
#include <string>

#include "doc/coreference_roles.h"
#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/doc/coreference.h"

namespace dyad::doc {

namespace {

bool IsEthnic(std::string_view w) { return w.size() == 6 && EqualsIgnoreCase(w, "ethnic"); }

// Words any country's movements are named with ("National Liberation Army",
// "Popular Front", "Democratic Forces"): a name of these alone says no country.
bool IsCommonNameWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"the",          "of",      "for",          "and",         "national",  "liberation",
          "army",         "front",   "popular",      "people's",    "peoples",   "revolutionary",
          "democratic",   "forces",  "movement",     "united",      "patriotic", "resistance",
          "salvation",    "defence", "defense",      "union",       "alliance",  "freedom",
          "independence", "unity",   "self-defence", "self-defense"});
}

// "the National Liberation Army", "the political leader of the National
// Liberation Army": a name (the phrase's trailing capitalised words and the
// "of", "for", "and", "the" among them) of two or more capitalised words,
// all common.
bool IsCommonName(std::span<const std::string_view> phrase) {
  int capitalised = 0;
  for (size_t i = phrase.size(); i-- > 0;) {
    std::string_view w = phrase[i];
    if (!IsCapitalised(w) && !EqualsAnyIgnoreCase(w, {"of", "for", "and", "the"})) break;
    if (!IsCommonNameWord(w)) return false;
    if (IsCapitalised(w)) ++capitalised;
  }
  return capitalised >= 2;
}

}  // namespace

// An armed group the dictionaries gave a country ("ALBREB"), not named with
// a possessive ("Colombia's ELN"): the resolver looks at it (cheap: the code
// is checked first).
bool Coreference::IsMinorityGroup(std::span<const std::string_view> phrase,
                                  std::string_view code) const {
  if (code.size() != 6 || !IsArmedGroupRole(code.substr(3)) || code.starts_with("---"))
    return false;
  if (phrase.size() > 10) return false;
  return std::none_of(phrase.begin(), phrase.end(), [](std::string_view w) { return w == "'s"; });
}

// "ethnic Albanian rebels"; "Albanian rebels" after "the ethnic Albanian
// minority" (in the article or earlier in the sentence); "the National
// Liberation Army" of a country the article never named: of the state the
// article names most (at least twice, a dateline counting twice) other than
// the people's own.
bool Coreference::ResolveMinorityGroup(std::span<const std::string_view> words, int begin, int end,
                                       std::span<const code::Mention> /*earlier*/,
                                       std::string* code, std::string* antecedent) const {
  const std::span<const std::string_view> phrase = words.subspan(begin, end - begin);
  const std::string_view country = std::string_view(*code).substr(0, 3);
  auto names_minority = [&](std::string_view w) {
    if (!IsCapitalised(w)) return false;
    if (std::find(minorities_.begin(), minorities_.end(), w) != minorities_.end()) return true;
    for (int t = 0; t + 1 < begin; ++t) {
      if (IsEthnic(words[t]) && words[t + 1] == w) return true;
    }
    return false;
  };
  bool minority = std::any_of(phrase.begin(), phrase.end(), IsEthnic) ||
                  std::any_of(phrase.begin(), phrase.end(), names_minority);
  if (!minority && !(IsCommonName(phrase) && country_mentions_.Count(country) == 0)) return false;
  const std::string_view state = country_mentions_.MostNamedBut(country);
  if (state.empty() || country_mentions_.Count(state) < 2) return false;
  std::string resolved = std::string(state).append(std::string_view(*code).substr(3));
  antecedent->assign("the state of ").append(state);
  *code = std::move(resolved);
  return true;
}

// "the ethnic Albanian minority": the people's adjective, which names the
// minority again ("Albanian rebels") however far on.
void Coreference::RememberMinorities(std::span<const std::string_view> words) {
  for (size_t t = 0; t + 1 < words.size(); ++t) {
    if (!IsEthnic(words[t]) || !IsCapitalised(words[t + 1])) continue;
    if (std::find(minorities_.begin(), minorities_.end(), words[t + 1]) == minorities_.end())
      minorities_.emplace_back(words[t + 1]);
  }
}

}  // namespace dyad::doc
