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
#include "dyad/base/word_set.h"
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

// A government that took power by force: "the junta", "the military
// government", "the military-led government", "the ruling military council",
// "the military rulers", "the coup leaders", "the putschists".
bool IsJuntaPhrase(std::span<const std::string_view> phrase) {
  // WordSets (ASCII case folded, as EqualsIgnoreCase does): asked of every
  // word of most government phrases (IsCountrylessJunta).
  static const WordSet kJuntaWords = {"junta", "putschists", "military-led", "army-led"};
  static const WordSet kMilitaryWords = {"military", "coup"};
  static const WordSet kRulers = {"government", "council",     "rulers",
                                  "regime",     "authorities", "leaders",
                                  "leader",     "spokesman",   "administration"};
  bool military = false;
  for (std::string_view w : phrase) {
    if (kJuntaWords.contains(w)) return true;
    if (kMilitaryWords.contains(w)) military = true;
  }
  return military && !phrase.empty() && kRulers.contains(phrase.back());
}

}  // namespace

// An armed group the dictionaries gave a country ("ALBREB"), not named with
// a possessive ("Colombia's ELN"): the resolver looks at it (cheap: the code
// is checked first).
bool Coreference::IsMinorityGroup(std::span<const std::string_view> phrase,
                                  std::string_view code) const {
  if (code.size() != 6 || StartsCountryless(code) || phrase.size() > 10) return false;
  if (std::any_of(phrase.begin(), phrase.end(), [](std::string_view w) { return w == "'s"; }))
    return false;
  if (IsArmedGroupRole(code.substr(3))) return true;
  return code.substr(3) == "GOV" && IsMinorityLeaders(phrase);
}

// "ethnic Albanian leaders", "Albanian leaders Arben Xhaferi and Imer
// Imeri" after "the ethnic Albanian minority": a minority's politicians,
// whom the dictionaries read as their people's state's government.
// Leaders first: most phrases have none, and their words need no minority test.
bool Coreference::IsMinorityLeaders(std::span<const std::string_view> phrase) const {
  static const WordSet kLeaders = {"leaders", "politicians", "representatives"};
  if (std::none_of(phrase.begin(), phrase.end(),
                   [](std::string_view w) { return kLeaders.contains(w); }))
    return false;
  return std::any_of(phrase.begin(), phrase.end(), [this](std::string_view w) {
    return IsEthnic(w) || (IsCapitalised(w) && std::find(minorities_.begin(), minorities_.end(),
                                                         w) != minorities_.end());
  });
}

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
  if (!minority && !(IsCommonName(phrase) && country_mentions_.Count(country) == 0 &&
                     IsArmedGroupRole(std::string_view(*code).substr(3))))
    return false;
  const std::string_view state = country_mentions_.MostNamedBut(country);
  if (state.empty() || country_mentions_.Count(state) < 2) return false;
  // A minority's politicians are its parties' ("MKDPTY"), not a government.
  const std::string_view role = std::string_view(*code).substr(3);
  std::string resolved = std::string(state).append(role == "GOV" ? "PTY" : role);
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

// "the junta", "the military government" given the sentence's country by the
// coder ("Washington urged the junta": USAMIL), with no country word of its
// own (one coded ---MIL is a role, resolved as roles are).
bool Coreference::IsCountrylessJunta(std::span<const std::string_view> phrase,
                                     std::string_view code) {
  if (code.size() != 6 || StartsCountryless(code) || phrase.size() > 4) return false;
  const std::string_view role = code.substr(3);
  if (role != "GOV" && role != "MIL") return false;
  if (!IsJuntaPhrase(phrase)) return false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (IsCapitalised(phrase[i]) && (i > 0 || !EqualsAnyIgnoreCase(phrase[i], {"the", "a", "an"})))
      return false;
  }
  return true;
}

// A junta's role without a country: of the latest military government named
// with its country, else of the latest former leader named (the deposed).
bool Coreference::ResolveJunta(std::span<const std::string_view> phrase, std::string* code,
                               std::string* antecedent) const {
  const std::string_view role = std::string_view(*code).substr(3);
  if (role != "GOV" && role != "MIL") return false;
  if (!IsJuntaPhrase(phrase)) return false;
  const std::string& country = !junta_country_.empty() ? junta_country_ : ousted_country_;
  if (country.empty()) return false;
  antecedent->assign("the junta of ").append(country);
  *code = country + std::string(role);
  return true;
}

// "Mali's military-led government" (MLIGOV), "ousted President Mohamed
// Bazoum" (NERELI).
void Coreference::RememberRegimes(std::span<const Entity> entities) {
  for (const Entity& e : entities) {
    if (!e.country || e.code.size() != 6) continue;
    const std::string_view role = std::string_view(e.code).substr(3);
    if (role == "ELI") {
      ousted_country_ = e.code.substr(0, 3);
    } else if ((role == "GOV" || role == "MIL") && (e.text.find("junta") != std::string::npos ||
                                                    e.text.find("ilitary") != std::string::npos ||
                                                    e.text.find("coup") != std::string::npos)) {
      // Its country named in its own words ("Mali's", "Nigerien"), not given
      // by coreference ("The military government" has only "The").
      const std::vector<std::string_view> words = SplitWhitespace(e.text);
      const bool named = std::any_of(words.begin() + 1, words.end(),
                                     [](std::string_view w) { return IsCapitalised(w); }) ||
                         (IsCapitalised(words.front()) &&
                          !EqualsAnyIgnoreCase(words.front(), {"the", "a", "an", "its", "their"}));
      if (named && IsJuntaPhrase(words)) junta_country_ = e.code.substr(0, 3);
    }
  }
}

}  // namespace dyad::doc
