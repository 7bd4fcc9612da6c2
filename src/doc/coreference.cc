// Coreference by recency and kind (see coreference.h for the rules).
#include "dyad/doc/coreference.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "doc/coreference_roles.h"
#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/cameo.h"

namespace dyad::doc {

namespace {

bool IsCountryHead(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"country", "nation", "republic"});
}

// "the kingdom", "the emirate", "the sultanate": a monarchy, not merely the
// latest country ("gave Canada's ambassador 24 hours to leave the kingdom").
bool IsMonarchyHead(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"kingdom", "emirate", "sultanate"});
}

// The states news calls "the kingdom", "the emirate" or "the sultanate".
bool IsMonarchy(std::string_view country) {
  static constexpr std::string_view kMonarchies[] = {
      "ARE", "BEL", "BHR", "BRN", "BTN", "DNK", "ESP", "GBR", "JOR", "KHM", "KWT",
      "LSO", "MAR", "NLD", "NOR", "OMN", "QAT", "SAU", "SWE", "SWZ", "THA", "TON"};
  return std::find(std::begin(kMonarchies), std::end(kMonarchies), country) !=
         std::end(kMonarchies);
}

// "the island": an island state ("Beijing accused the island of
// provocation", "warned Americans not to travel to the island").
bool IsIslandHead(std::string_view w) { return EqualsIgnoreCase(w, "island"); }

// The states news calls "the island".
bool IsIslandState(std::string_view country) {
  static constexpr std::string_view kIslands[] = {"CUB", "CYP", "ISL", "JAM", "LKA", "MDG",
                                                  "MLT", "MUS", "SGP", "TTO", "TWN"};
  return std::find(std::begin(kIslands), std::end(kIslands), country) != std::end(kIslands);
}

// What a state holds that another's deeds are done to: its land, sea and
// air, its posts and ships ("fired on its posts", "violated our airspace",
// "seized our ships"). A possessive before one of these stands for the
// possessor's country itself.
bool IsStatesHolding(std::string_view w) {
  static const WordSet kHoldings = {
      "territory",     "territories", "soil",     "land",  "waters",   "airspace",   "border",
      "borders",       "frontier",    "posts",    "post",  "outposts", "positions",  "position",
      "bases",         "base",        "ships",    "ship",  "vessels",  "vessel",     "warships",
      "boats",         "aircraft",    "planes",   "jets",  "drones",   "embassy",    "consulate",
      "installations", "facilities",  "villages", "towns", "cities",   "sovereignty"};
  return kHoldings.contains(w);
}

// "its neighbour", "its western neighbour", "their northern neighbor".
bool IsItsNeighbour(std::span<const std::string_view> words) {
  return words.size() >= 2 && words.size() <= 4 &&
         EqualsAnyIgnoreCase(words[0], {"its", "their"}) &&
         EqualsAnyIgnoreCase(words.back(), {"neighbour", "neighbor"});
}

// "the enclave", "the breakaway territory": a part of a country named before.
bool IsTerritoryHead(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"enclave", "territory"});
}

// Plural nouns news uses again for the men of an armed group it named
// ("Taliban gunmen stormed a school ... the attackers"), coded ---UAF.
bool IsAttackersHead(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"gunmen", "militants", "attackers", "assailants", "kidnappers", "abductors",
          "hostage-takers", "terrorists", "jihadists", "paramilitary", "paramilitaries"});
}

// "officers", "the officers", "an officer", "two officers": officers named
// by no force, body or owner ("police officers", "the company's officers"),
// whom news names so after the police or army it named.
bool IsBareOfficers(std::span<const std::string_view> words) {
  if (words.empty() || words.size() > 3 ||
      !EqualsAnyIgnoreCase(words.back(), {"officer", "officers"}))
    return false;
  return std::all_of(words.begin(), words.end() - 1, [](std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           EqualsAnyIgnoreCase(w, {"the", "a", "an", "two", "three", "four", "five", "six",
                                   "several", "some", "other", "those", "these"});
  });
}

// Nouns that name a body ("the council", "the commission"), which a
// definite description names again by its last word.
// "the far-right leader", "the 93-year-old leader", "the ousted leader": a
// government's leader described by lower-case words only, naming no country.
bool IsDescribedLeader(std::span<const std::string_view> words, std::string_view code) {
  if (words.size() < 3 || words.size() > 4 || code.size() != 6 || !EndsWithRole(code, "GOV") ||
      !EqualsIgnoreCase(words[0], "the") || !EqualsIgnoreCase(words.back(), "leader"))
    return false;
  return std::none_of(words.begin() + 1, words.end() - 1,
                      [](std::string_view w) { return IsCapitalised(w); });
}

// The halves of a country divided in two, each named "the North" or "the
// South" in a story of both.
struct DividedCountry {
  std::string_view north, south;
};
constexpr DividedCountry kDividedCountries[] = {{"PRK", "KOR"}, {"SDN", "SSD"}};

// "The North cut off all lines with the South last week", "the North's
// military": "the" and a capitalised "North" or "South" alone (or with a
// time after it the parser left in the phrase), or owning a role of no
// country; not "the South China Sea".
bool IsHalfOfDividedCountry(std::span<const std::string_view> words, std::string_view code) {
  if (words.size() < 2 || !EqualsIgnoreCase(words[0], "the") ||
      (words[1] != "North" && words[1] != "South"))
    return false;
  if (words.size() >= 4 && words[2] == "'s")
    return words.size() <= 5 && code.size() == 6 && StartsCountryless(code);
  if (!IsNull(code)) return false;
  return std::all_of(words.begin() + 2, words.end(), [](std::string_view w) {
    return EqualsAnyIgnoreCase(w, {"last", "this", "week", "month", "year"});
  });
}

bool IsBodyHead(std::string_view w) {
  // A WordSet (ignores ASCII case, as EqualsIgnoreCase does): asked of every
  // country's mention with a space (RememberBodies), one probe, not 26 compares.
  static const WordSet kHeads = {
      "council",   "commission",     "committee",    "junta",        "assembly", "tribunal",
      "court",     "administration", "agency",       "association",  "union",    "federation",
      "league",    "alliance",       "coalition",    "front",        "movement", "group",
      "militia",   "faction",        "organisation", "organization", "embassy",  "mission",
      "authority", "board",          "bloc"};
  return kHeads.contains(w);
}

// The last word of the name of a site, a body or a region, not of a person:
// "Rizal Park", "Marriott Hotel", "Workers Party".
bool IsSiteHead(std::string_view w) {
  static const WordSet kHeads = {
      "park",     "hotel",     "square", "street",  "avenue",   "road",       "bridge",   "airport",
      "mall",     "market",    "club",   "stadium", "hospital", "university", "college",  "school",
      "mosque",   "church",    "temple", "palace",  "prison",   "camp",       "base",     "station",
      "museum",   "centre",    "center", "house",   "building", "tower",      "ministry", "party",
      "company",  "bank",      "times",  "post",    "news",     "television", "radio",    "agency",
      "province", "district",  "region", "county",  "city",     "state",      "island",   "valley",
      "river",    "mountains", "sea",    "gulf",    "strait",   "lake",       "forest",   "desert"};
  return kHeads.contains(w);
}

// Bodies that may be an international or non-governmental organisation
// named by its name alone ("the bloc" after "the European Union", "the
// group" after "Amnesty International").
bool IsOrganisationHead(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"bloc", "alliance", "union", "organisation", "organization", "agency", "group", "body",
          "commission", "federation", "league", "association", "coalition"});
}

// Bodies that may be an armed group named by its name alone ("the group"
// after "Al-Shabab").
bool IsGroupHead(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"group", "movement", "militia", "faction", "front", "organisation", "organization"});
}

// "the armed group", "the Islamist group", "fighters of the militant group",
// "fighters from the same group": "the", at most one word and a group's
// noun, opening the phrase or after its "of" or "from".
bool IsArmedMensGroup(std::span<const std::string_view> words) {
  const size_t n = words.size();
  if (n < 2 || n > 6 || !IsGroupHead(words.back())) return false;
  const size_t the = n >= 3 && EqualsIgnoreCase(words[n - 3], "the") ? n - 3 : n - 2;
  if (!EqualsIgnoreCase(words[the], "the")) return false;
  return the == 0 || EqualsAnyIgnoreCase(words[the - 1], {"of", "from"});
}

// "its gunmen", "its fighters" after "The Abu Sayyaf ...": the men of an
// armed group "its" stands for, which are that group (Want::kSameGroup).
bool IsGroupsOwnArmedMen(std::span<const std::string_view> words, std::string_view code) {
  return code == "---UAF" && words.size() == 2 && EqualsIgnoreCase(words[0], "its") &&
         (IsAttackersHead(words[1]) || EqualsIgnoreCase(words[1], "fighters"));
}

// "his fighters", "her men": armed men of no group (---UAF) owned by a person.
bool IsLeadersArmedMen(std::span<const std::string_view> words, std::string_view code) {
  return code == "---UAF" && words.size() == 2 && EqualsAnyIgnoreCase(words[0], {"his", "her"});
}

// "U.S. support for the coalition": a mention whose last word follows a
// preposition other than "of" is headed by an earlier noun; the body it
// ends with is not the mention's ("the Council of the European Union" is).
// A preposition stands between two spaces (" for ") exactly when a word
// between one space and the next is one: the text's words are read once, not
// searched for each preposition.
bool BodyIsObjectOfPreposition(std::string_view text) {
  static constexpr std::string_view kPrepositions[] = {
      "for", "to",   "with", "against", "on",     "from",   "by",
      "at",  "into", "over", "about",   "toward", "towards"};
  for (size_t space = text.find(' '); space != std::string_view::npos;) {
    const size_t next = text.find(' ', space + 1);
    if (next == std::string_view::npos) break;
    const std::string_view word = text.substr(space + 1, next - space - 1);
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), word) !=
        std::end(kPrepositions))
      return true;
    space = next;
  }
  return false;
}

// The head word of a mention's text: the last word before its first "of"
// ("the father of Liverpool striker Luis Diaz": "father"), else its last.
std::string_view HeadWord(std::string_view text) {
  // " of " is looked for by its 'f', rarer than the spaces the library's
  // search stops at: asked of every mention.
  size_t of = std::string_view::npos;
  for (size_t f = text.find('f', 2); f != std::string_view::npos; f = text.find('f', f + 1)) {
    if (f + 1 < text.size() && text[f + 1] == ' ' && text[f - 1] == 'o' && text[f - 2] == ' ') {
      of = f - 2;
      break;
    }
  }
  std::string_view before = of == std::string_view::npos ? text : text.substr(0, of);
  return before.substr(before.rfind(' ') + 1);
}

// "The junta in Niger", "the police in Lagos": the word before " in ", else
// "" (a mention's head, its place after it).
std::string_view HeadBeforePlace(std::string_view text) {
  const size_t in = text.find(" in ");
  if (in == std::string_view::npos) return {};
  std::string_view before = text.substr(0, in);
  return before.substr(before.rfind(' ') + 1);
}

// "Mali 's former president Ibrahim Boubacar Keita": the lower-case word
// before the capitalised name that ends a mention, else "".
std::string_view TitleOf(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    const size_t space = text.rfind(' ', end - 1);
    if (space == std::string_view::npos) return {};
    std::string_view w = text.substr(space + 1, end - space - 1);
    if (!IsCapitalised(w)) return w == text.substr(space + 1) ? std::string_view() : w;
    end = space;
  }
  return {};
}

// "Nigerian Foreign Minister Yusuf Tuggar" ... "the minister", "the foreign
// minister": a capitalised title word `head` right before a capitalised name
// in a person's mention `text`, after `modifier` when one is given ("foreign";
// else not after "Prime", "Vice" or "Deputy": "the minister" is no prime
// minister, "the president" no vice president).
bool IsCapitalisedTitleOf(std::string_view text, std::string_view modifier, std::string_view head) {
  std::string_view before;  // the word before `word`
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) return false;  // the last word is the name
    const std::string_view word = text.substr(begin, end - begin);
    if (EqualsIgnoreCase(word, head) && IsCapitalised(word) &&
        IsCapitalised(text.substr(end + 1))) {
      if (modifier.empty() ? !EqualsAnyIgnoreCase(before, {"prime", "vice", "deputy"})
                           : EqualsIgnoreCase(before, modifier))
        return true;
    }
    before = word;
    begin = end + 1;
  }
  return false;
}

// "it is", "it was" + an adjective, "to", "that": "it is likely that",
// "it was time to" do not refer to anything.
bool IsExpletiveIt(std::span<const std::string_view> words, int begin) {
  size_t next = static_cast<size_t>(begin) + 1;
  if (next + 1 >= words.size()) return false;
  if (!EqualsAnyIgnoreCase(words[next], {"is", "was", "seems", "seemed", "appears", "remains"}))
    return false;
  std::string_view after = words[next + 1];
  return EqualsAnyIgnoreCase(
      after, {"likely",   "unlikely", "clear",      "unclear",   "possible", "impossible",
              "time",     "not",      "too",        "important", "hard",     "difficult",
              "expected", "believed", "understood", "said",      "reported", "feared",
              "thought",  "that",     "to",         "a",         "the"});
}

// "both countries", "the two nations".
bool IsPairOfCountries(std::span<const std::string_view> words) {
  return words.size() >= 2 && EqualsAnyIgnoreCase(words[words.size() - 2], {"two", "both"}) &&
         EqualsAnyIgnoreCase(words.back(), {"countries", "nations", "neighbours", "neighbors"});
}

// "the leaders of both countries", "the governments of the two nations",
// "the two countries' leaders", "the foreign ministers of the two
// countries": the two countries' governments.
bool IsGovernmentsOfTwoCountries(std::span<const std::string_view> words) {
  if (!words.empty() && EqualsIgnoreCase(words[0], "the")) words = words.subspan(1);
  // "foreign ministers", "prime ministers", "defence ministers": one office.
  if (words.size() >= 2 && IsLowerCase(words[0]) && EqualsIgnoreCase(words[1], "ministers"))
    words = words.subspan(1);
  auto is_leaders = [](std::string_view w) {
    return EqualsAnyIgnoreCase(
        w, {"leaders", "governments", "presidents", "premiers", "heads", "ministers"});
  };
  const size_t n = words.size();
  if (n >= 4 && n <= 5 && is_leaders(words[0]) && EqualsIgnoreCase(words[1], "of"))
    return IsPairOfCountries(words.subspan(2)) && (n == 4 || EqualsIgnoreCase(words[2], "the"));
  // "the two countries' leaders", "the two countries' foreign ministers".
  const bool office = n == 5 && IsLowerCase(words[3]) && EqualsIgnoreCase(words[4], "ministers");
  return (n == 4 || office) && words[2] == "'" && is_leaders(words[n - 1]) &&
         IsPairOfCountries(words.subspan(0, 2));
}

// The words between "the two" (or "both") and the head of a pair: none, or
// up to two adjectives ("the two Nordic countries", "the two nuclear-armed
// neighbours"); only capitalised ones before persons and governments ("the
// two Korean leaders", not "the two opposition leaders").
bool PairModifiersFit(std::span<const std::string_view> between, bool countries) {
  if (between.size() > 2) return false;
  for (std::string_view w : between) {
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return false;
    if (EqualsAnyIgnoreCase(w, {"former", "other", "of", "and", "main", "opposition"}))
      return false;
    if (!countries && !IsCapitalised(w)) return false;
  }
  return true;
}

// "both men", "the two women": a pair that is two persons only.
bool IsMenOrWomen(std::string_view w) { return EqualsAnyIgnoreCase(w, {"men", "women"}); }

// "both leaders", "the two presidents": a pair's head that names persons.
bool IsPersonsPairHead(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"leaders", "presidents", "ministers", "premiers", "men", "women"});
}

// "the two leaders", "both countries", "the two Nordic countries": which
// pair the phrase asks for.
int PairKind(std::span<const std::string_view> words) {
  if (IsGovernmentsOfTwoCountries(words)) return 4;
  // "the pair": two persons ("Putin met Xi ... the pair discussed Ukraine").
  if (words.size() == 2 && EqualsIgnoreCase(words[0], "the") && EqualsIgnoreCase(words[1], "pair"))
    return 1;
  size_t first = 0;
  if (words.size() >= 3 && EqualsIgnoreCase(words[0], "the") &&
      EqualsAnyIgnoreCase(words[1], {"two", "both"})) {
    first = 2;
  } else if (words.size() >= 2 && EqualsIgnoreCase(words[0], "both")) {
    first = 1;
  } else {
    return 0;
  }
  const size_t head = words.size() - 1;
  std::string_view w = words[head];
  std::span<const std::string_view> between = words.subspan(first, head - first);
  if (EqualsAnyIgnoreCase(w, {"countries", "nations", "neighbours", "neighbors"}))
    return PairModifiersFit(between, true) ? 2 : 0;
  if (IsPersonsPairHead(w)) return PairModifiersFit(between, false) ? 1 : 0;
  // "the two governments": the two countries' governments.
  if (EqualsIgnoreCase(w, "governments")) return PairModifiersFit(between, false) ? 4 : 0;
  if (EqualsAnyIgnoreCase(w, {"sides", "parties"}) && between.empty()) return 3;
  return 0;
}

// "the three countries", "the three Baltic states" (1); "the three leaders",
// "the three foreign ministers" (2): a group of three that an earlier list
// named.
int TripleKind(std::span<const std::string_view> words) {
  if (words.size() < 3 || words.size() > 5 || !EqualsIgnoreCase(words[0], "the") ||
      !EqualsIgnoreCase(words[1], "three"))
    return 0;
  const std::string_view head = words.back();
  std::span<const std::string_view> between = words.subspan(2, words.size() - 3);
  if (EqualsAnyIgnoreCase(head, {"countries", "nations", "neighbours", "neighbors"}))
    return PairModifiersFit(between, true) ? 1 : 0;
  if (EqualsIgnoreCase(head, "ministers") && between.size() == 1 && IsLowerCase(between[0]))
    return 2;  // "the three foreign ministers"
  if (EqualsAnyIgnoreCase(head, {"leaders", "governments", "presidents", "premiers"}))
    return PairModifiersFit(between, false) ? 2 : 0;
  return 0;
}

bool IsPersonPronoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"he", "she", "him", "her", "himself", "herself"});
}

// A subject pronoun that opens its sentence, or one of a verb of saying.
bool SureOfPronoun(std::span<const std::string_view> words, int begin) {
  const size_t next = static_cast<size_t>(begin) + 1;
  return begin == 0 || (next < words.size() &&
                        EqualsAnyIgnoreCase(words[next], {"said", "says", "told", "added"}));
}

// The gender a title in a person's name gives ("Queen Rania", "Ms.
// Sheinbaum": 2; "King Abdullah", "Mr. Ruto": 1), 0 if none ("Sheikh" is
// none: "Sheikh Hasina").
int TitleGender(std::string_view text) {
  int gender = 0;
  size_t begin = 0;
  while (begin < text.size() && gender == 0) {
    size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view w = text.substr(begin, end - begin);
    if (IsCapitalised(w)) {
      if (EqualsAnyIgnoreCase(w, {"Mr", "Mr.", "King", "Prince", "Sir", "Emir"}))
        gender = 1;
      else if (EqualsAnyIgnoreCase(w, {"Mrs", "Mrs.", "Ms", "Ms.", "Madam", "Queen", "Princess",
                                       "Lady", "Dame", "Sheikha"}))
        gender = 2;
    }
    begin = end + 1;
  }
  return gender;
}

// 1 for "he", "him", "his", "himself"; 2 for "she", "her", "hers",
// "herself"; 0 for any other word.
int PronounGender(std::string_view w) {
  if (w.size() < 2 || w.size() > 7) return 0;
  if (EqualsAnyIgnoreCase(w, {"he", "him", "his", "himself"})) return 1;
  if (EqualsAnyIgnoreCase(w, {"she", "her", "hers", "herself"})) return 2;
  return 0;
}

// "some of them", "many of them", "a group of them", "hundreds of them": a
// part of a group named before, which is that group (not "none of them").
bool IsPartOfThem(std::span<const std::string_view> words) {
  if (words.size() < 3 || words.size() > 4 || !EqualsIgnoreCase(words.back(), "them") ||
      !EqualsIgnoreCase(words[words.size() - 2], "of"))
    return false;
  static const WordSet kQuantities = {"some", "many",   "most",   "several",  "all",
                                      "both", "dozens", "scores", "hundreds", "thousands",
                                      "two",  "three",  "four",   "five",     "half"};
  static const WordSet kGroups = {"group", "number", "few", "handful", "crowd", "band"};
  if (words.size() == 3) return kQuantities.contains(words[0]);
  return EqualsIgnoreCase(words[0], "a") && kGroups.contains(words[1]);
}

// A phrase at `begin` that opens a clause: the sentence's first, or after a
// comma or a conjunction ("..., and some of them attacked").
bool OpensClause(std::span<const std::string_view> words, int begin) {
  return begin == 0 ||
         EqualsAnyIgnoreCase(words[begin - 1], {",", "and", "but", "while", "when", "where"});
}

// A side that is a state: a country itself, its government, army, police
// or intelligence ("GEOCOP", "RUS"); not its rebels or its opposition.
// `is_country` tells a country's code.
template <typename IsCountry>
bool IsStateSide(std::string_view side, const IsCountry& is_country) {
  if (side.size() == 3) return is_country(side);
  if (side.size() != 6 || !is_country(side.substr(0, 3))) return false;
  const std::string_view role = side.substr(3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "SPY";
}

// "China urged both sides to show restraint" after Pakistan's and Iran's
// governments traded strikes: the sides of a quarrel between two states,
// addressed by a third, are the two countries ("IRNGOV/PAKGOV" ->
// "IRN/PAK"), as "both countries" are, whatever state body acted for each
// ("GEOCOP/RUS" after "Georgian police surrounded the Russian headquarters":
// "GEO/RUS"); a government and its own rebels stay as they are, and so do
// the sides that act ("The two sides agreed").
template <typename IsCountry>
void TwoStatesAsTheirCountries(std::string* pair, const IsCountry& is_country) {
  const size_t slash = pair->find('/');
  if (slash == std::string::npos) return;
  const std::string_view first = std::string_view(*pair).substr(0, slash);
  const std::string_view second = std::string_view(*pair).substr(slash + 1);
  if (!IsStateSide(first, is_country) || !IsStateSide(second, is_country) ||
      first.substr(0, 3) == second.substr(0, 3))
    return;
  *pair = std::string(first.substr(0, 3)) + "/" + std::string(second.substr(0, 3));
}

// "stormed her official residence", "attacked his convoy": a place or
// vehicle of a person the dictionaries cannot code ("---") stands for the
// person, as a deed against it is one against them.
bool IsPersonsPlaceNoun(std::string_view w) {
  static const WordSet kPlaces = {"residence", "home",      "house",        "palace", "compound",
                                  "convoy",    "motorcade", "headquarters", "office", "offices",
                                  "villa",     "estate",    "car",          "plane"};
  return kPlaces.contains(w);
}

// "the offices of the Spanish government", "polling stations": plurals
// that name premises, not people.
bool IsPremisesHead(std::string_view w) {
  static const WordSet kPremises = {"offices",    "buildings",  "stations",   "headquarters",
                                    "premises",   "homes",      "houses",     "embassies",
                                    "consulates", "ministries", "facilities", "schools"};
  return kPremises.contains(w);
}

bool IsPersonsPlace(std::span<const std::string_view> words, std::string_view code) {
  return words.size() >= 2 && words.size() <= 4 && IsNull(code) &&
         EqualsAnyIgnoreCase(words[0], {"his", "her"}) && IsPersonsPlaceNoun(words.back());
}

}  // namespace

// Where last_pairs_ keeps a pair kind.
int Coreference::PairIndex(Want want) {
  return want == Want::kTwoPersons ? 0 : want == Want::kTwoCountries ? 1 : 2;
}

namespace {

constexpr int kThreeLetterCodes = 26 * 26 * 26;

// "KEN" -> its index among the three-capital codes; -1 for any other code.
int ThreeLetterIndex(std::string_view code) {
  if (code.size() != 3) return -1;
  int index = 0;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return -1;
    index = index * 26 + (c - 'A');
  }
  return index;
}

}  // namespace

// Whether `code` is a country's: called for every mention, so a bit test for
// the usual three capitals rather than a hash of a new string.
bool Coreference::IsCountryCode(std::string_view code) const {
  const int index = ThreeLetterIndex(code);
  if (index >= 0) return three_letter_countries_[index];
  // The set has no code of most lengths ("USAGOV"): no hash computed for them.
  if (code.size() < 64 && (other_code_lengths_ >> code.size() & 1) == 0) return false;
  // "USAGOV": no territory's code ("GBRGIB") ends in GOV, a bit tells.
  if (code.size() >= 6 && !other_code_tails_.empty()) {
    const int tail = ThreeLetterIndex(code.substr(code.size() - 3));
    if (tail < 0 || !other_code_tails_[tail]) return false;
  }
  return other_country_codes_.contains(code);
}

void Coreference::CountryTally::Add(std::string_view country, int n) {
  for (auto& [code, count] : counts_) {
    if (SameCode(code, country)) {
      count += n;
      return;
    }
  }
  counts_.emplace_back(std::string(country), n);
}

std::string_view Coreference::CountryTally::MostNamedBut(std::string_view other) const {
  const std::pair<std::string, int>* best = nullptr;
  for (const auto& entry : counts_) {
    if (entry.first == other) continue;
    if (best == nullptr || entry.second > best->second ||
        (entry.second == best->second && entry.first < best->first))
      best = &entry;
  }
  return best == nullptr ? std::string_view() : std::string_view(best->first);
}

int Coreference::CountryTally::Count(std::string_view country) const {
  for (const auto& [code, count] : counts_) {
    if (code == country) return count;
  }
  return 0;
}

std::string_view Coreference::CountryTally::MostNamed() const {
  const std::pair<std::string, int>* best = nullptr;
  for (const auto& entry : counts_) {
    if (best == nullptr || entry.second > best->second ||
        (entry.second == best->second && entry.first < best->first))
      best = &entry;
  }
  return best == nullptr ? std::string_view() : std::string_view(best->first);
}

bool Coreference::CountryTally::TwoMostNamed(std::string_view* first,
                                             std::string_view* second) const {
  const std::pair<std::string, int>* top = nullptr;
  const std::pair<std::string, int>* next = nullptr;
  for (const auto& entry : counts_) {
    if (top == nullptr || entry.second > top->second) {
      next = top;
      top = &entry;
    } else if (next == nullptr || entry.second > next->second) {
      next = &entry;
    }
  }
  if (next == nullptr || next->second < 2) return false;
  *first = top->first;
  *second = next->first;
  return true;
}

Coreference::Coreference(const dict::Dictionaries& dicts) : dicts_(dicts) {
  three_letter_countries_.assign(kThreeLetterCodes, false);
  other_code_tails_.assign(kThreeLetterCodes, false);
  bool tails_of_capitals = true;
  for (const dict::Actor& a : dicts.actors.actors()) {
    if (!a.country || a.codes.empty()) continue;
    const std::string& code = a.codes.front().code;
    if (const int index = ThreeLetterIndex(code); index >= 0) {
      three_letter_countries_[index] = true;
    } else {
      other_country_codes_.insert(code);
      if (code.size() < 64) other_code_lengths_ |= uint64_t{1} << code.size();
      if (code.size() >= 6) {
        const int tail = ThreeLetterIndex(code.substr(code.size() - 3));
        if (tail >= 0) other_code_tails_[tail] = true;
        tails_of_capitals &= tail >= 0;
      }
    }
    country_by_iso_.emplace(a.name,
                            a.codes.front().code);  // a country entry's name is its ISO code
  }
  if (!tails_of_capitals) other_code_tails_.clear();  // a tail the bits cannot hold: no test
}

std::string_view Coreference::CountryCodeOf(const Place& place) const {
  auto it = country_by_iso_.find(std::string(place.country()));
  return it == country_by_iso_.end() ? std::string_view() : std::string_view(it->second);
}

void Coreference::Clear() {
  sentences_.clear();
  unknown_person_.clear();
  unknown_surnames_.clear();
  surnames_.clear();
  short_names_.clear();
  named_officers_ = Entity();
  bodies_.clear();
  minorities_.clear();
  junta_country_.clear();
  last_triple_.clear();
  last_triple_text_.clear();
  ousted_country_.clear();
  dateline_country_.clear();
  dateline_city_.clear();
  last_armed_group_ = Entity();
  last_security_force_ = Entity();
  country_mentions_.Clear();
  party_mentions_.Clear();
  place_mentions_.Clear();
  target_mentions_.Clear();
  for (Pair& p : last_pairs_) p.first.clear();
  event_pair_.first.clear();
  fight_pair_.first.clear();
  genders_.clear();
  visitor_.clear();
  host_.clear();
  deeds_.Clear();
  SetQuotes({}, {}, {});  // clears resolved_names_ too
}

void Coreference::SetQuotes(std::span<const WordSpan> quoted, std::string_view speaker,
                            std::string_view text) {
  resolved_names_.clear();  // a new sentence (a tweet, never remembered, may have left some)
  quoted_.assign(quoted.begin(), quoted.end());
  // Most sentences have no speaker after one with none: nothing to assign.
  if (!speaker.empty() || !speaker_.empty()) speaker_.assign(speaker);
  if (!text.empty() || !speaker_text_.empty()) speaker_text_.assign(text);
}

void Coreference::RememberSpeaker(std::string_view code, std::string_view text, int actor,
                                  bool person) {
  if (sentences_.empty() || IsNull(code)) return;
  code::Mention m;
  m.code = code;
  m.actor = actor;
  Entity e = EntityOf(m, {});
  e.text = text;
  // '"...," Interior Minister Ahmad Zia Saraj said. He ...': a titled name
  // the dictionaries do not know, coded by its title, is a person too.
  if (person || IsTitledName(e.text) || IsPersonRoleNoun(HeadWord(e.text))) e.kind = Kind::kPerson;
  std::vector<Entity>& last = sentences_.back();
  last.insert(last.begin(), std::move(e));
  RememberSurnames(std::span<const Entity>(&last.front(), 1));
}

// "He", "May" resolved to GBRGOV: the person they stand for, whom "it"
// cannot name again.
bool Coreference::IsResolvedPerson(const Entity& e) const {
  if (e.text.empty() || e.text.find(' ') != std::string::npos) return false;
  if (IsPersonPronoun(e.text)) return true;
  if (surnames_.empty()) return false;
  auto it = surnames_.find(std::string_view(e.text));
  return it != surnames_.end() && it->second.kind == Kind::kPerson && it->second.code == e.code;
}

namespace {

// "the United Nations said it", "the Rapid Support Forces": an actor's name
// of two or more capitalised words ending in a plural is one body, which
// "it" names. An article that opens the sentence is no word of the name:
// "The Houthis seized Sanaa. They placed Hadi under house arrest" is a
// plural "they" stands for, as "the Houthis" is inside a sentence.
bool IsPluralName(const dict::Actor* actor, code::TokenRange tokens,
                  std::span<const std::string_view> words) {
  if (actor == nullptr || tokens.end > static_cast<int>(words.size()) ||
      tokens.end - tokens.begin < 2)
    return false;
  const std::string_view before_last = words[tokens.end - 2];
  if (EqualsAnyIgnoreCase(before_last, {"the", "a", "an"})) return false;
  return IsCapitalised(words[tokens.end - 1]) && IsCapitalised(before_last);
}

// "the Houthis", "The Kurds": a group an actor names by "the" and one
// capitalised plural, which the tagger reads as a singular name (NNP), is a
// plural that "they" stands for ("The Houthis seized Sanaa ... They placed
// Hadi under house arrest"); not "the Taliban", no plural.
bool IsGroupNamedByItsPlural(const dict::Actor* actor, code::TokenRange tokens,
                             std::span<const std::string_view> words) {
  if (actor == nullptr || tokens.end > static_cast<int>(words.size()) ||
      tokens.end - tokens.begin != 2 || !EqualsIgnoreCase(words[tokens.begin], "the"))
    return false;
  const std::string_view last = words[tokens.end - 1];
  return last.size() > 3 && IsCapitalised(last) && last.ends_with('s') && !last.ends_with("ss") &&
         last[last.size() - 2] != '\'';
}

}  // namespace

namespace {

// "In Yerevan, ...", "On Tuesday in the Armenian capital": whether only
// an opening phrase's words (capitalised ones, prepositions of place,
// articles, numbers, commas) come before the word at `begin`; not "The
// bomber had trained in Somalia".
bool OpensSentence(std::span<const std::string_view> words, int begin) {
  for (int t = 0; t < begin && t < static_cast<int>(words.size()); ++t) {
    std::string_view w = words[t];
    if (IsCapitalised(w) || w == "," ||
        (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))))
      continue;
    if (!EqualsAnyIgnoreCase(w, {"in", "at", "near", "outside", "across", "the", "a", "an", "of",
                                 "on", "late", "early"}))
      return false;
  }
  return true;
}

// "Hamas leader Ismail Haniyeh in Gaza", "Governor Babagana Zulum of Borno
// State": a titled name that a place after "in" or "of" follows is still a
// person, whom a later "it" cannot stand for ("welcomed it").
bool IsTitledNameBeforePlace(std::string_view text) {
  for (std::string_view preposition : {" in ", " of "}) {
    const size_t at = text.find(preposition);
    if (at != std::string_view::npos && IsTitledName(text.substr(0, at))) return true;
  }
  return false;
}

}  // namespace

Coreference::Entity Coreference::EntityOf(const code::Mention& m,
                                          std::span<const std::string_view> words) const {
  Entity e;
  e.code = m.code;
  // "fired at the protesters", "shot at Indian troops": people after "at"
  // are whom a deed is aimed at, no place ("them" after it may be they).
  e.place = m.place && !(m.plural && m.code.size() == 6 && m.tokens.begin > 0 &&
                         EqualsIgnoreCase(words[m.tokens.begin - 1], "at"));
  if (m.compound) e.compound = m.tokens.begin;
  // "ethnic Albanians" in Kosovo are a people, not Albania: the article's
  // tally and a role without a country ("police") do not take their country.
  e.country =
      !m.ethnic && m.code.size() >= 3 && IsCountryCode(std::string_view(m.code).substr(0, 3));
  // Only a country's place is asked whether it opens the sentence
  // (ScenePlace); neither flag is set later, so the scan is spared the rest.
  e.opens = e.place && e.country && OpensSentence(words, m.tokens.begin);
  const int end = std::min(m.tokens.end, static_cast<int>(words.size()));
  size_t length = 0;  // sized once: most phrases outgrow a short string
  for (int t = m.tokens.begin; t < end; ++t) length += words[t].size() + 1;
  e.text.resize(length);
  // The words joined by spaces, written in place (a space before each word
  // but those while the text is still empty).
  size_t n = 0;
  for (int t = m.tokens.begin; t < end; ++t) {
    if (n != 0) e.text[n++] = ' ';
    words[t].copy(e.text.data() + n, words[t].size());
    n += words[t].size();
  }
  e.text.resize(n);
  const dict::Actor* actor = m.actor >= 0 ? &dicts_.actors.actors()[m.actor] : nullptr;
  if (actor != nullptr && (actor->person || !actor->office.empty())) {
    e.kind = Kind::kPerson;
    if (actor->person) e.person = m.actor;
  } else if (m.code.size() == 3 ? e.country : IsCountryCode(m.code)) {
    e.kind = Kind::kCountry;
  } else if (m.compound || (m.plural && !IsPluralName(actor, m.tokens, words)) ||
             IsGroupNamedByItsPlural(actor, m.tokens, words)) {
    e.kind = Kind::kPlural;
  } else if (actor != nullptr) {
    e.kind = Kind::kOrganisation;
  }
  // "Britain's ambassador" is a person, "the foreign ministry" (IRNGOV) a body
  // that "it" can stand for.
  // (A person already stays one, whatever these tests say: they are skipped.)
  // A titled name has two words at least ("President Ruto"), a resolved
  // person's text one ("Ruto", "he"): of those two tests, the other is false.
  if (e.kind != Kind::kPerson) {
    const bool one_word = e.text.find(' ') == std::string::npos;
    if (IsPersonRoleNoun(HeadWord(e.text)) ||
        (one_word ? IsResolvedPerson(e)
                  : IsTitledName(e.text) || IsTitledNameBeforePlace(e.text))) {
      e.kind = Kind::kPerson;
    } else if (e.kind == Kind::kOther && e.country && e.code.size() > 3) {
      e.kind = Kind::kOrganisation;
    }
  }
  // "Rolando Mendoza, a police inspector, seized ...": a name the
  // dictionaries do not know, coded by its apposition, is a person.
  if ((e.kind == Kind::kOther || e.kind == Kind::kOrganisation) && m.tokens.begin >= 0 &&
      m.tokens.end < static_cast<int>(words.size()) && words[m.tokens.end] == "," &&
      IsNameShaped(m, words))
    e.kind = Kind::kPerson;
  // "Congress swore in Vice President Carlos Mesa": a person after "in" is
  // no place, and "Mesa" later is that person.
  if (e.kind == Kind::kPerson) e.place = false;
  return e;
}

namespace {

bool SeparatesMembers(std::string_view w) { return w == "," || w == "and" || w == "or"; }

// A compound's mentions share its words ("U.S. President Donald Trump and
// North Korean leader Kim Jong Un"); member k of n is the k-th stretch
// between its commas and "and"s, when there are n of them: sets `text` so.
void SetMemberText(std::span<const code::Mention> mentions, size_t i,
                   std::span<const std::string_view> words, std::string* text) {
  const code::TokenRange tokens = mentions[i].tokens;
  size_t k = 0, n = 0;
  for (size_t j = 0; j < mentions.size(); ++j) {
    if (mentions[j].tokens.begin != tokens.begin) continue;
    k += j < i;
    ++n;
  }
  const int end = std::min(tokens.end, static_cast<int>(words.size()));
  size_t member = 0;
  std::string found;
  for (int t = tokens.begin; t < end; ++t) {
    if (SeparatesMembers(words[t])) {
      if (t > tokens.begin && !SeparatesMembers(words[t - 1])) ++member;
      continue;
    }
    if (member == k) (found += found.empty() ? "" : " ") += words[t];
  }
  if (!SeparatesMembers(words[end - 1])) ++member;
  if (member == n && !found.empty()) *text = std::move(found);
}

}  // namespace

void Coreference::Remember(std::span<const code::Mention> mentions,
                           std::span<const std::string_view> words) {
  if (static_cast<int>(sentences_.size()) == kLookback) {
    sentences_.erase(sentences_.begin());
    unknown_person_.erase(unknown_person_.begin());
  }
  std::vector<Entity>& entities = sentences_.emplace_back();
  entities.reserve(mentions.size());
  bool unknown_person = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const code::Mention& m = mentions[i];
    if (IsNull(m.code)) {
      unknown_person |= IsUnknownPersonsName(m, words) || IsUnknownPersonsSurname(m, words);
      RememberUnknownSurname(m, words);
      continue;
    }
    entities.push_back(EntityOf(m, words));
    if (m.compound) SetMemberText(mentions, i, words, &entities.back().text);
    NameResolved(m, &entities.back());
    RememberShortName(m, entities.back(), words);
  }
  unknown_person_.push_back(unknown_person &&
                            std::none_of(entities.begin(), entities.end(),
                                         [](const Entity& e) { return Fits(Want::kPerson, e); }));
  resolved_names_.clear();
  if (!host_.empty() && (++host_age_ > 2 || LeftHost(entities, words))) host_.clear();
  for (const Entity& e : entities) {
    if (!e.country) continue;
    const std::string_view country = std::string_view(e.code).substr(0, 3);
    country_mentions_.Add(country, 1);
    if (!e.place) party_mentions_.Add(country, 1);
    if (e.place) place_mentions_.Add(country, 1);
  }
  RememberSurnames(entities);
  RememberBodies(entities);
  RememberMinorities(words);
  RememberRegimes(entities);
  for (const Entity& e : entities) {
    if (Fits(Want::kSameGroup, e)) last_armed_group_ = e;
    if (Fits(Want::kSecurityForce, e)) last_security_force_ = e;
    if (AreNamedOfficers(e)) named_officers_ = e;
  }
  RememberAppositiveNames(words, entities);
  if (entities.size() < 2) return;
  if (entities.size() >= 3) {
    std::string countries, text;
    if (ThreeCountries(entities, &countries, &text)) {
      last_triple_ = std::move(countries);
      last_triple_text_ = std::move(text);
    }
  }
  for (Want want : {Want::kTwoPersons, Want::kTwoCountries, Want::kTwoSides})
    PairOf(want, entities, &last_pairs_[PairIndex(want)]);
}

void Coreference::RememberCountry(std::string_view code, std::string_view text) {
  if (static_cast<int>(sentences_.size()) == kLookback) {
    sentences_.erase(sentences_.begin());
    unknown_person_.erase(unknown_person_.begin());
  }
  unknown_person_.push_back(false);
  Entity e;
  e.code = code;
  e.text = text;
  e.kind = Kind::kCountry;
  e.country = true;
  // A dateline says where the story is: it counts twice.
  country_mentions_.Add(code.substr(0, 3), 2);
  dateline_country_.assign(code.substr(0, 3));
  dateline_city_.assign(text);
  sentences_.emplace_back().push_back(std::move(e));
}

// "TRIPOLI, Lebanon ... beyond Tripoli": the dateline's city, named again,
// is that city, not the capital of another country that bears its name.
bool Coreference::NamesTheDatelinesCity(std::span<const std::string_view> words,
                                        std::string_view country) const {
  if (dateline_city_.empty() || dateline_country_.empty() || country == dateline_country_ ||
      words.empty())
    return false;
  std::string joined;
  AppendJoined(words, &joined);
  return EqualsIgnoreCase(joined, dateline_city_);
}

namespace {

// The last words of IsGovernmentsOfTwoCountries' phrases: "both countries",
// "the two countries' leaders".
// (The gates' word lists are WordSets, which ignore ASCII case as
// EqualsIgnoreCase does: one probe, most words turned away by their letters.)
bool IsCountriesOrLeaders(std::string_view w) {
  static const WordSet kWords = {"countries", "nations",     "neighbours", "neighbors",
                                 "leaders",   "governments", "presidents", "premiers",
                                 "heads",     "ministers"};
  return kWords.contains(w);
}

// A code with a country of its own ("USAGOV", "IGOUNO"): neither null nor a
// "---" role for coreference to give a country.
bool HasOwnCountry(std::string_view code) { return !code.empty() && !StartsCountryless(code); }

}  // namespace

// Whether Wanted may return anything for a phrase whose code has a country of
// its own. Most phrases the coder codes are so and want nothing, so these few
// tests reject them before Wanted's chain of forms. Every form of that chain
// that asks for a null or "---" code cannot apply; each of the others needs
// one of: the code-reading forms (Taliban, minority group, junta); one word
// that is a pronoun ("he", "it", "they", the speaker's "we"); a first word
// "my", "our", "all" or "both"; "the" before "two", "both" or "three", or
// before a country's, monarchy's or territory's head noun; or four to seven
// words ending in a country or leader noun (IsGovernmentsOfTwoCountries).
bool Coreference::MayWantCountryCoded(std::span<const std::string_view> words,
                                      std::string_view code) const {
  // The code-reading forms: the Taliban's (AFGINS), a minority's group (a
  // REB, INS, SEP or GOV code) and a junta (GOV, MIL); checked by role first.
  if (code.size() == 6) {
    const std::string_view role = code.substr(3);
    if (IsArmedGroupRole(role)) return true;
    const unsigned key = RoleKey::Of(role);
    if ((key == RoleKey::Of("GOV") || key == RoleKey::Of("MIL")) &&
        (IsMinorityGroup(words, code) || IsCountrylessJunta(words, code)))
      return true;
  }
  static const WordSet kPronouns = {"i",         "me",      "myself", "we",   "us",
                                    "ourselves", "he",      "she",    "him",  "her",
                                    "himself",   "herself", "it",     "they", "them"};
  if (words.size() <= 1) return words.empty() || kPronouns.contains(words[0]);
  const std::string_view last = words.back();
  static const WordSet kFirstWords = {"my", "our", "all", "both"};
  if (kFirstWords.contains(words[0])) return true;
  if (EqualsIgnoreCase(words[0], "the") &&
      (EqualsAnyIgnoreCase(words[1], {"two", "both", "three"}) || IsCountryHead(last) ||
       IsMonarchyHead(last) || IsTerritoryHead(last)))
    return true;
  return words.size() >= 4 && words.size() <= 7 && IsCountriesOrLeaders(last);
}

// "The visiting prime minister met Ghanaian business leaders": "the visiting"
// and a title the coder gave a country that the phrase does not name (the
// sentence's or the dateline's) after a visit the article wrote; the title
// is then the visitor's (ResolveVisitor). "the visiting Togolese president"
// names its own country and stays so.
bool Coreference::IsVisitingTitle(std::span<const std::string_view> words,
                                  std::string_view code) const {
  if (visitor_.empty() || words.size() < 3 || code.size() != 6 || !HasOwnCountry(code) ||
      !EqualsIgnoreCase(words[0], "the") || !EqualsIgnoreCase(words[1], "visiting") ||
      code.compare(0, 3, visitor_, 0, 3) == 0)
    return false;
  return std::none_of(words.begin() + 2, words.end(),
                      [](std::string_view w) { return IsCapitalised(w); });
}

// Whether a form of Wanted before WantedName's may apply to a phrase with a
// null code. The others ask for a code (AFGINS, a six-letter one, "---PTY");
// each of these needs one word ("he", "it", the speaker's "we"), a first
// word "my", "our", "his", "her", "the", "all" or "both" (the speaker's, a
// person's place, pairs, triples, "all sides", "the country", "the
// council"), or four to seven words ending in a country or leader noun
// (IsGovernmentsOfTwoCountries).
bool Coreference::MayWantNullCoded(std::span<const std::string_view> words) {
  if (words.size() <= 1) return true;
  static const WordSet kFirstWords = {"my", "our", "his", "her", "the", "all", "both"};
  if (kFirstWords.contains(words[0])) return true;
  return words.size() >= 4 && words.size() <= 7 && IsCountriesOrLeaders(words.back());
}

// Whether any form of Wanted may apply to a phrase with a null code: each
// needs a first word that is a pronoun, a possessive, "all" or "both" (the
// speaker's, a person's place, its holdings, "all sides", pairs), a last word
// "officer(s)", "former", "latter", "them" or a country or leader noun
// ("some of them", "the leaders of both countries"), a name's last word (a
// name's forms, WantedName), or "the" before "former", "latter", "three",
// "pair", "two" or "both" (pairs, triples), "North" or "South" (a divided
// country's half) or a head noun of a country, a
// monarchy, an island, a territory or a body ("the country", "the council").
// "members", "leaders": nouns of the people a body is made of, which its
// name modifies ("300 Brotherhood members").
bool IsMembersNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"members", "leaders", "supporters", "followers", "activists"});
}

// "the Brotherhood" (1), "300 Brotherhood members" (1), "Brotherhood
// leaders" (0): where a body's short name lies in the phrase, the
// capitalised word before a noun of members (after a number or "the" if
// anything); -1 if none.
int ShortNameAt(std::span<const std::string_view> words) {
  if (words.size() == 2 && EqualsIgnoreCase(words[0], "the") && IsCapitalised(words[1])) return 1;
  if (words.size() < 2 || words.size() > 3 || !IsMembersNoun(words.back())) return -1;
  const int name = static_cast<int>(words.size()) - 2;
  if (!IsCapitalised(words[name])) return -1;
  if (name == 0) return 0;
  const std::string_view first = words[0];
  const bool number = std::all_of(first.begin(), first.end(),
                                  [](char c) { return (c >= '0' && c <= '9') || c == ','; });
  return number || EqualsIgnoreCase(first, "the") ? name : -1;
}

// Most uncoded phrases have none of these.
bool Coreference::MayWantAnyNullCoded(std::span<const std::string_view> words) {
  if (words.empty()) return true;
  static const WordSet kFirstWords = {
      "its", "their", "both",      "my", "our", "his", "her",     "all",     "i",  "me",   "myself",
      "we",  "us",    "ourselves", "he", "she", "him", "himself", "herself", "it", "they", "them"};
  static const WordSet kLastWords = {"officer", "officers", "former", "latter", "them"};
  static const WordSet kAfterThe = {"former", "latter", "three", "pair", "two", "both"};
  const std::string_view last = words.back();
  if (kFirstWords.contains(words[0]) || kLastWords.contains(last) || IsCountriesOrLeaders(last) ||
      IsNameWord(last) || IsMembersNoun(last))
    return true;
  if (words.size() < 2 || !EqualsIgnoreCase(words[0], "the")) return false;
  return kAfterThe.contains(words[1]) || IsCountryHead(last) || IsMonarchyHead(last) ||
         IsIslandHead(last) || IsTerritoryHead(last) || IsBodyHead(last) || words[1] == "North" ||
         words[1] == "South";
}

Coreference::Want Coreference::Wanted(std::span<const std::string_view> words,
                                      std::string_view code) const {
  // Most phrases the dictionaries could not code want nothing: their first
  // and last words tell.
  if (IsNull(code) && !MayWantAnyNullCoded(words)) return Want::kNone;
  if (!visitor_.empty() && IsVisitingTitle(words, code)) return Want::kRole;
  if (IsDescribedLeader(words, code)) return Want::kDescribedLeader;
  if (IsHalfOfDividedCountry(words, code)) return Want::kDividedHalf;
  if (IsOtherPersonsSurname(words, code)) return Want::kPlaceName;
  if (HasOwnCountry(code) && !MayWantCountryCoded(words, code)) return Want::kNone;
  // A null code past the early forms: only a name's, which Wanted asks of
  // phrases of at most six words.
  if (IsNull(code) && IsBareOfficers(words)) return Want::kSecurityForce;
  if (IsNull(code) && words.size() == 2 && EqualsIgnoreCase(words[0], "the") &&
      EqualsAnyIgnoreCase(words[1], {"former", "latter"}))
    return Want::kFormerOrLatter;
  // "Nairobi accused its neighbour of ...": the neighbour the article named.
  if (IsNull(code) && IsItsNeighbour(words)) return Want::kNeighbour;
  // "Pashinyan met Aliyev in Prague. Both agreed to ...": a bare "both" is
  // the two sides, as "both sides" is.
  if (IsNull(code) && words.size() == 1 && EqualsIgnoreCase(words[0], "both"))
    return Want::kTwoSides;
  // "said Indian troops fired on its posts": the possessor's country.
  if (IsNull(code) && words.size() >= 2 && words.size() <= 4 && EqualsIgnoreCase(words[0], "its") &&
      IsStatesHolding(words.back()))
    return Want::kPossessor;
  // "Russian forces shelled their positions, Ukraine said": "their" outside a
  // quote only for a sentence's trailing reporter (ResolveTrailingReporter).
  if (IsNull(code) && speaker_.empty() && words.size() >= 2 && words.size() <= 4 &&
      EqualsIgnoreCase(words[0], "their") && IsStatesHolding(words.back()))
    return Want::kPossessor;
  if (IsNull(code) && !MayWantNullCoded(words) && !IsPartOfThem(words))
    return words.size() > 6 ? Want::kNone : WantedName(words, code);
  // Asked of the first word by most of the forms below: read once.
  const bool the_first = !words.empty() && EqualsIgnoreCase(words[0], "the");
  if (IsPakistanisTaliban(words, code)) return Want::kHostsTaliban;
  if (!speaker_.empty()) {
    if (words.size() == 1 &&
        EqualsAnyIgnoreCase(words[0], {"i", "me", "myself", "we", "us", "ourselves"}))
      return Want::kSpeaker;
    if (words.size() > 1 && words.size() <= 4 && EqualsAnyIgnoreCase(words[0], {"my", "our"}))
      return Want::kSpeakers;
    if (words.size() > 1 && words.size() <= 4 && EqualsIgnoreCase(words[0], "their") &&
        code.size() == 6 && StartsCountryless(code))
      return Want::kTheirs;
  }
  if (IsPersonsPlace(words, code)) return Want::kPerson;
  if (IsNull(code) && IsPartOfThem(words)) return Want::kPlural;
  if (words.size() == 1) {
    std::string_view w = words[0];
    if (IsPersonPronoun(w)) return Want::kPerson;
    if (EqualsIgnoreCase(w, "it")) return Want::kThing;
    if (EqualsAnyIgnoreCase(w, {"they", "them"})) return Want::kPlural;
  }
  // "the foreign ministers of the two countries": seven words.
  if (words.size() == 7 && IsGovernmentsOfTwoCountries(words)) return Want::kTwoGovernments;
  if (IsMinorityGroup(words, code)) return Want::kMinorityGroup;
  // "Washington urged the junta": a junta is never the sentence's country's
  // by default, whatever country the coder gave it.
  if (IsCountrylessJunta(words, code)) return Want::kJunta;
  // "The police chief of northern Gilan province": a role's phrase may be long.
  if (words.size() > 6) return IsCountrylessRole(code) ? Want::kRole : Want::kNone;
  if (int triple = TripleKind(words))
    return triple == 1 ? Want::kThreeCountries : Want::kThreeGovernments;
  // "urged all sides to show restraint", "all parties".
  if (words.size() == 2 && EqualsIgnoreCase(words[0], "all") &&
      EqualsAnyIgnoreCase(words[1], {"sides", "parties"}))
    return Want::kAllSides;
  switch (PairKind(words)) {
    case 1:
      return Want::kTwoPersons;
    case 2:
      return Want::kTwoCountries;
    case 3:
      return Want::kTwoSides;
    case 4:
      return Want::kTwoGovernments;
  }
  if (IsGroupsOwnArmedMen(words, code)) return Want::kSameGroup;
  // "The Kenyan government ordered its troops home", "barred its own
  // citizens": the people of a state the sentence named before them (see
  // ResolveAskedToAct, ResolvePossessor).
  if (words.size() > 1 && code.size() == 6 && StartsCountryless(code) &&
      (EqualsIgnoreCase(words[0], "its") ||
       (speaker_.empty() && EqualsIgnoreCase(words[0], "their") && IsCountrylessRole(code))))
    return Want::kPossessor;
  // "Kenya said militants had killed three of its police officers", "one of
  // its diplomats": a part of what "its" owns is owned as the whole is.
  if (words.size() > 3 && words.size() <= 6 && EqualsIgnoreCase(words[1], "of") &&
      EqualsIgnoreCase(words[2], "its") && code.size() == 6 && StartsCountryless(code))
    return Want::kPossessor;
  // "Khan's party": the party of the person the article named so, not the
  // article's country's (nor any, for a name it did not).
  if (words.size() >= 3 && words[1] == "'s" && IsCapitalised(words[0]) && code == "---PTY")
    return surnames_.empty() ? Want::kNone : Want::kOwnersRole;
  if (IsCountrylessRole(code)) return Want::kRole;
  // "his fighters", "her men": the armed men of the person "his" stands for,
  // who must lead an armed group (Resolve checks).
  if (IsLeadersArmedMen(words, code)) return Want::kPerson;
  // "the rebels" after "Colombia's ELN guerrilla group": the armed group the
  // article has named; so are bare "rebels" ("Rebels ambushed a convoy").
  // "the leftist rebel group": three words when the last is a group's noun.
  const size_t most = words.size() == 4 && IsGroupHead(words.back()) ? 4 : 3;
  if ((words.size() == 1 || (words.size() <= most && the_first)) && code.size() == 6 &&
      StartsCountryless(code) && IsArmedGroupRole(code.substr(3)))
    return Want::kSameGroup;
  // "the gunmen", "the four attackers" after "Taliban gunmen stormed ...":
  // the men of the armed group the article has named.
  if (code == "---UAF" && words.size() >= 2 && words.size() <= 3 && the_first &&
      IsAttackersHead(words.back()))
    return Want::kSameGroup;
  // "the armed group", "the militant group", "30 members of the jihadist
  // group": armed men the dictionaries named by a group's noun are the armed
  // group the article has named too.
  if (code == "---UAF" && IsArmedMensGroup(words)) return Want::kSameGroup;
  if (words.size() > 1 && the_first && IsCountryHead(words.back())) return Want::kCountry;
  if (words.size() > 1 && the_first && IsMonarchyHead(words.back())) return Want::kMonarchy;
  if (words.size() > 1 && the_first && IsIslandHead(words.back())) return Want::kIsland;
  if (words.size() > 1 && the_first && IsTerritoryHead(words.back())) return Want::kTerritory;
  // "Khan's party": a role without a country owned by a name.
  if (words.size() >= 3 && words[1] == "'s" && code.size() == 6 && StartsCountryless(code) &&
      !surnames_.empty() && IsCapitalised(words[0]) && !EndsWithRole(code, "CVL") &&
      !EndsWithRole(code, "CRM"))
    return Want::kOwnersRole;
  // "the council" after "the Transitional Military Council".
  if (words.size() >= 2 && words.size() <= 3 && the_first && IsNull(code) &&
      IsBodyHead(words.back()))
    return Want::kSameBody;
  return WantedName(words, code);
}

// Wanted's last forms: a name the dictionaries do not know.
Coreference::Want Coreference::WantedName(std::span<const std::string_view> words,
                                          std::string_view code) const {
  // "Police chief Leon Mbeki": a title without a country before a name the
  // dictionaries do not know.
  if (IsNull(code) && TitledNameEnd(words) > 0) return Want::kTitledName;
  // "the Tigers" after "Tamil Tiger leader Velupillai Prabhakaran".
  if (IsNull(code) && !short_names_.empty() && ShortNameAt(words) >= 0) return Want::kShortName;
  if (((places_ != nullptr && !places_->empty()) || !surnames_.empty()) && IsNull(code) &&
      IsProperName(words))
    return Want::kPlaceName;
  return Want::kNone;
}

bool Coreference::Handles(std::span<const std::string_view> words, std::string_view code) const {
  const Want want = Wanted(words, code);
  if (want == Want::kNone && TitledOwnerEnd(words, code) <= 0) return false;
  // The coder resolves a phrase it handles right away: Resolve reads this.
  handled_.words = words.data();
  handled_.size = words.size();
  handled_.code.assign(code);
  handled_.want = want;
  return true;
}

Coreference::Want Coreference::WantedOnce(std::span<const std::string_view> phrase,
                                          std::string_view code) {
  const bool handled =
      handled_.words == phrase.data() && handled_.size == phrase.size() && handled_.code == code;
  handled_.words = nullptr;  // read once: a later phrase may lie where this one did
  return handled ? handled_.want : Wanted(phrase, code);
}

bool Coreference::Fits(Want want, const Entity& e) {
  switch (want) {
    case Want::kPerson:
      return e.kind == Kind::kPerson && !e.place;
    case Want::kThing:
      return (e.kind == Kind::kCountry || e.kind == Kind::kOrganisation) && !e.place;
    case Want::kPlural:
      // "Kenya, Uganda and Tanzania ... them": a compound's members too.
      return (e.kind == Kind::kPlural || (e.compound >= 0 && e.kind == Kind::kCountry)) && !e.place;
    case Want::kCountry:
      return e.kind == Kind::kCountry;
    case Want::kMonarchy:
      // "King Salman", "the Saudi foreign ministry": the kingdom is theirs.
      return e.country && IsMonarchy(std::string_view(e.code).substr(0, 3));
    case Want::kIsland:
      return e.country && IsIslandState(std::string_view(e.code).substr(0, 3));
    case Want::kTerritory:
      return e.kind == Kind::kCountry;
    case Want::kRole:
    case Want::kPossessor:
      return e.country;
    case Want::kSameGroup:
      return e.country && e.code.size() == 6 &&
             IsArmedGroupRole(std::string_view(e.code).substr(3));
    case Want::kNone:
    case Want::kTwoPersons:  // "the leaders of Ethiopia and Eritrea" are governments
      return (e.kind == Kind::kPerson || (e.country && EndsWithRole(e.code, "GOV"))) && !e.place;
    case Want::kTwoCountries:
    case Want::kTwoGovernments:
    case Want::kThreeCountries:
    case Want::kThreeGovernments:
      // A country's companies and media ("Twitter": USABUS) are not it.
      return e.country && !e.place && !EndsWithRole(e.code, "BUS") && !EndsWithRole(e.code, "MED");
    case Want::kTwoSides:
    case Want::kAllSides:
      return !e.place;
    case Want::kFormerOrLatter:
    case Want::kNeighbour:
      return false;  // read by ResolveFormerOrLatter, ResolveNeighbour
    case Want::kSpeaker:
    case Want::kSpeakers:
    case Want::kTheirs:
    case Want::kPlaceName:
    case Want::kTitledName:
    case Want::kOwnersRole:
    case Want::kDescribedLeader:
    case Want::kSameBody:
    case Want::kMinorityGroup:
    case Want::kSecurityForce:
      return e.country && !e.place && e.code.size() == 6 &&
             (EndsWithRole(e.code, "COP") || EndsWithRole(e.code, "MIL"));
    case Want::kJunta:
    case Want::kHostsTaliban:
    case Want::kShortName:    // read by ResolveShortName
    case Want::kDividedHalf:  // read by ResolveDividedHalf
      return false;
  }
  return false;
}

// "Police arrested 22 officers and have accused them", "met Museveni and
// thanked him": the subject that a predicate after "and" (a verb and at most
// two auxiliaries or adverbs, no subject of its own) shares with the one
// before it, which has an object of its own; an object pronoun of that
// predicate is not it. Returns that subject's mention, else null.
const code::Mention* Coreference::SharedSubject(std::span<const std::string_view> words, int begin,
                                                std::span<const code::Mention> earlier) {
  int conjunction = -1;
  for (int t = begin - 1; t >= 0 && t >= begin - 4; --t) {
    if (EqualsIgnoreCase(words[t], "and")) {
      conjunction = t;
      break;
    }
  }
  if (conjunction < 1) return nullptr;
  const code::Mention* subject = nullptr;
  bool object_before = false;
  for (const code::Mention& m : earlier) {
    if (m.tokens.begin > conjunction) return nullptr;  // "and police took them"
    if (m.place) continue;
    if (IsNull(m.code)) {
      // "visited Hamzah at his palace and told him": a name the
      // dictionaries do not know is an object too.
      object_before |= subject != nullptr && IsCapitalised(words[m.tokens.begin]) &&
                       IsProperName(words.subspan(m.tokens.begin, m.tokens.end - m.tokens.begin));
      continue;
    }
    if (subject == nullptr) {
      subject = &m;
    } else {
      object_before = true;
    }
  }
  return object_before ? subject : nullptr;
}

namespace {

// Words after which a clause begins with its subject: a conjunction of time,
// cause or place ("when police opened fire on them", "where soldiers fired on
// them"), "that", or a verb of saying whose object is a clause ("Police said
// soldiers opened fire on them").
bool IsClauseOpener(std::string_view w) {
  static const WordSet kOpeners = {"when",   "after",    "as",      "while",   "before",  "because",
                                   "since",  "that",     "if",      "where",   "until",   "once",
                                   "though", "although", "unless",  "whereas", "said",    "says",
                                   "say",    "added",    "claimed", "alleged", "reported"};
  return kOpeners.contains(w);
}

}  // namespace

// "... were killed when police opened fire on them", "Police said soldiers
// opened fire on them": the subject of the object pronoun's own clause,
// which opens the sentence or follows a conjunction or a verb of saying
// (IsClauseOpener), with no clause break between it and the pronoun; null if
// there is none.
const code::Mention* Coreference::ClauseSubject(std::span<const std::string_view> words, int begin,
                                                std::span<const code::Mention> earlier) {
  const code::Mention* last = nullptr;
  for (const code::Mention& m : earlier) {
    if (m.tokens.end > begin) break;
    if (!IsNull(m.code) && !m.place) last = &m;
  }
  if (last == nullptr) return nullptr;
  const int opener = last->tokens.begin - 1;
  // "When villagers protested, troops fired on them": the main clause after
  // a fronted adverbial clause opens at its comma.
  const bool after_fronted = opener > 0 && words[opener] == "," && IsClauseOpener(words[0]) &&
                             !EqualsAnyIgnoreCase(words[0], {"said", "says", "say", "that"});
  if (opener >= 0 && !IsClauseOpener(words[opener]) && !after_fronted) return nullptr;
  for (int t = last->tokens.end; t < begin; ++t) {
    if (EqualsAnyIgnoreCase(words[t], {",", "and", "but", "or", "when", "after", "as", "while",
                                       "that", "who", "which", "to", "said", "says"}))
      return nullptr;
  }
  return last;
}

// "Kikwete met both men", "flew to Nairobi and met both men", "when police
// arrested the two men": the subject of the verb whose object starts at
// `begin` (a mention right before a one-word verb, one shared across
// "and", or its clause's subject); null if none is found.
const code::Mention* Coreference::SubjectOfObject(std::span<const std::string_view> words,
                                                  int begin,
                                                  std::span<const code::Mention> earlier) {
  for (const code::Mention& m : earlier) {
    if (m.tokens.end == begin - 1 && !IsNull(m.code) && !m.place) return &m;
  }
  if (const code::Mention* shared = SharedSubject(words, begin, earlier)) return shared;
  return ClauseSubject(words, begin, earlier);
}

namespace {

// Words that break a clause between its subject and an infinitive.
bool BreaksClause(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {",", "and", "but", "or", "when", "after", "as", "while", "that",
                                 "who", "which", "to", "said", "says"});
}

}  // namespace

// "Protesters marched, and police fired tear gas to disperse them": the
// subject of a second clause (its party right after "and" or "but") whose
// verb the infinitive at `to` follows with no clause break between; null if
// the infinitive's clause is no such clause.
const code::Mention* Coreference::SubjectOfSecondClause(std::span<const std::string_view> words,
                                                        int to,
                                                        std::span<const code::Mention> earlier) {
  const code::Mention* last = nullptr;
  for (const code::Mention& m : earlier) {
    if (m.tokens.end > to) break;
    if (!IsNull(m.code) && !m.place) last = &m;
  }
  if (last == nullptr || last->tokens.begin < 1 ||
      !EqualsAnyIgnoreCase(words[last->tokens.begin - 1], {"and", "but"}))
    return nullptr;
  // A verb stands between the subject and "to" ("police fired tear gas to").
  if (last->tokens.end >= to) return nullptr;
  for (int t = last->tokens.end; t < to; ++t) {
    if (BreaksClause(words[t])) return nullptr;
  }
  return last;
}

// "Police fired tear gas to disperse them", "flew to Kabul to meet him": the
// subject that an infinitive of purpose (or one after a verb) shares with
// the clause before it; an object pronoun of that infinitive is not it.
// Returns the sentence's first party when it comes before "to", else null.
const code::Mention* Coreference::InfinitiveSubject(std::span<const std::string_view> words,
                                                    int begin,
                                                    std::span<const code::Mention> earlier) {
  if (begin < 2 || !EqualsIgnoreCase(words[begin - 2], "to") || IsCapitalised(words[begin - 1]))
    return nullptr;
  if (const code::Mention* own = SubjectOfSecondClause(words, begin - 2, earlier)) return own;
  for (const code::Mention& m : earlier) {
    if (IsNull(m.code) || m.place) continue;
    return m.tokens.end <= begin - 2 ? &m : nullptr;
  }
  return nullptr;
}

namespace {

// "saying", "announcing": a participle that reports what its clause's
// subject said.
bool IsParticipleOfSaying(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"saying", "announcing", "adding", "insisting", "warning",
                                 "claiming", "stating", "arguing", "vowing"});
}

// ", and Nicaragua went further, announcing on Saturday that it ...": a
// subject pronoun after a participle of saying set off by a comma (and at
// most five words with no party among them: "on Saturday that") speaks of
// the subject of the clause the participle follows. Returns the index of
// that clause's first word (the sentence's, or the word after ", and"),
// else -1.
int ClauseOfParticiple(std::span<const std::string_view> words, int begin,
                       std::span<const code::Mention> earlier) {
  int p = begin - 1;
  while (p > 0 && p >= begin - 6 && !IsParticipleOfSaying(words[p])) --p;
  if (p < 2 || !IsParticipleOfSaying(words[p]) || words[p - 1] != ",") return -1;
  for (const code::Mention& m : earlier) {
    if (m.tokens.begin > p && m.tokens.begin < begin && !IsNull(m.code)) return -1;
  }
  for (int t = p - 2; t > 0; --t) {
    if (words[t - 1] == "," && EqualsAnyIgnoreCase(words[t], {"and", "but"})) return t + 1;
  }
  return 0;
}

// "Having met Ruto, Museveni flew to Dar es Salaam, where he ...", "After
// talks with Ruto, Museveni ...": a sentence that opens with a participle
// or an "after"/"before"/"following" clause set off by a comma before the
// word at `begin`: returns that comma's index, else -1.
int OpeningClauseEnd(std::span<const std::string_view> words, int begin) {
  if (begin < 3) return -1;
  const std::string_view first = words[0];
  const bool participle = first.size() > 5 && first.ends_with("ing") && IsCapitalised(first);
  if (!participle && !EqualsAnyIgnoreCase(first, {"after", "before", "following", "upon"}))
    return -1;
  for (int t = 2; t < begin - 1; ++t) {
    if (words[t] == ",") return t;
  }
  return -1;
}

bool IsVerbOfSaying(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"said", "says", "say", "added", "announced"});
}

// "Police said he had been radicalised and that they had seized his
// passport": a subject pronoun opening a second reported clause ("and
// that") reports the words of the verb of saying the first one follows,
// whatever parties the first names. Returns that verb's index, else -1.
int SayingOfSecondClause(std::span<const std::string_view> words, int begin) {
  constexpr int kWindow = 30;
  if (begin < 4 || !EqualsIgnoreCase(words[begin - 1], "that") ||
      !EqualsIgnoreCase(words[begin - 2], "and"))
    return -1;
  for (int t = begin - 3; t >= 1 && t >= begin - kWindow; --t) {
    if (words[t] == "." || words[t] == ";" || words[t] == ":") return -1;
    if (IsVerbOfSaying(words[t])) return t;
  }
  return -1;
}

// "said in a joint statement on Tuesday that they": the verb of saying
// before a reported clause opened by "that" after at most eight words of
// place, time or medium, which open with a preposition and hold no comma or
// quote. Returns the verb's index, else -1.
int SayingBeforeAdverbials(std::span<const std::string_view> words, int begin) {
  constexpr int kMaxWords = 8;
  if (begin < 4 || !EqualsIgnoreCase(words[begin - 1], "that")) return -1;
  for (int t = begin - 2; t >= 1 && t >= begin - 2 - kMaxWords; --t) {
    if (words[t] == "," || words[t] == "\"" || words[t] == "``" || words[t] == "''") return -1;
    if (!IsVerbOfSaying(words[t])) continue;
    return EqualsAnyIgnoreCase(words[t + 1], {"in", "on", "at", "late", "early", "earlier",
                                              "during", "after", "through", "via"})
               ? t
               : -1;
  }
  return -1;
}

// The index of the verb of saying a subject pronoun at `begin` follows,
// right before it or with at most three words between, none a party ("said
// in a statement it"), or with a reported clause's "that" after words of
// place and time ("said in a joint statement on Tuesday that they"); -1 if
// none.
int VerbOfSayingBefore(std::span<const std::string_view> words, int begin,
                       std::span<const code::Mention> earlier) {
  if (int said = SayingOfSecondClause(words, begin); said >= 0) return said;
  if (int said = SayingBeforeAdverbials(words, begin); said >= 0) {
    for (const code::Mention& m : earlier) {
      if (m.tokens.begin > said && m.tokens.begin < begin && !IsNull(m.code)) return -1;
    }
    return said;
  }
  for (int t = begin - 1; t >= 1 && t >= begin - 4; --t) {
    if (!IsVerbOfSaying(words[t])) continue;
    if (t == begin - 1) return t;
    for (const code::Mention& m : earlier) {
      if (m.tokens.begin > t && m.tokens.begin < begin && !IsNull(m.code)) return -1;
    }
    // With words between, "it" must open the reported clause ("said in a
    // statement it rejected"), not end a phrase ("said the attack on it").
    const size_t next = static_cast<size_t>(begin) + 1;
    if (next >= words.size() || !IsLowerCase(words[next]) ||
        EqualsAnyIgnoreCase(words[next], {"and", "or", "of", "in", "on", "at", "to", "for", "with",
                                          "from", "by", "as"}))
      return -1;
    return t;
  }
  return -1;
}

// '"Spanish borders are European borders," Home Affairs Commissioner Ylva
// Johansson said, and she urged ...': the words between a quote's close, a
// comma or the sentence's start and the verb of saying at `said` (one to
// six), when no mention of the sentence holds them: a speaker the coder left
// out. The index of the first of them, -1 if there is none.
int SkippedSpeakerStart(std::span<const std::string_view> words, int said,
                        std::span<const code::Mention> earlier) {
  auto bounds = [](std::string_view w) {
    return EqualsAnyIgnoreCase(w, {",", "''", "``", "\"", ";", ":", "--"});
  };
  int first = said;
  while (first > 0 && said - first < 7 && !bounds(words[first - 1])) --first;
  if (first == said || said - first > 6 || (first > 0 && !bounds(words[first - 1]))) return -1;
  const bool held = std::any_of(earlier.begin(), earlier.end(), [&](const code::Mention& m) {
    return m.tokens.begin < said && m.tokens.end > first;
  });
  return held ? -1 : first;
}

}  // namespace

// "Police said they had detained 300 people": "police" is a plural that
// takes no -s (the tagger reads it as a singular noun), so it is who "they"
// right after its verb of saying is.
bool Coreference::IsCollectiveSpeaker(Want want, const Entity& e) {
  return want == Want::kPlural && !e.place && e.kind != Kind::kPerson &&
         EqualsIgnoreCase(HeadWord(e.text), "police");
}

// "May, Macron and Merkel said they regretted the decision": persons named
// together as the subject of a verb of saying are who "they" right after it
// is, each of them (no plural else fits a person).
bool Coreference::IsCompoundSpeaker(Want want, const Entity& e) {
  return want == Want::kPlural && !e.place && e.compound >= 0 && e.kind == Kind::kPerson;
}

// "the United States said it would provide", "the army said on Monday it
// had": a subject pronoun after a verb of saying (and at most three words
// with no party among them) is that verb's subject, when it fits; `unknown`
// says the subject is a name the dictionaries do not know (scratch_ holds
// `earlier`'s coded mentions).
const Coreference::Entity* Coreference::SpeakerBefore(std::span<const std::string_view> words,
                                                      int begin,
                                                      std::span<const code::Mention> earlier,
                                                      Want want, bool* unknown) {
  *unknown = false;
  if (begin < 2 || !EqualsAnyIgnoreCase(words[begin], {"it", "he", "she", "they"})) return nullptr;
  const int said_at = VerbOfSayingBefore(words, begin, earlier);
  const bool said = said_at >= 0;
  const int clause = said ? -1 : ClauseOfParticiple(words, begin, earlier);
  if (!said && clause < 0) return nullptr;
  size_t coded = 0;  // the index in scratch_ of the next coded mention
  for (const code::Mention& m : earlier) {
    if (IsNull(m.code)) {
      // "FACT said in a statement it rejected ...": a speaker named by a name
      // the dictionaries do not know is who "it" is; no one else.
      *unknown |= said && m.tokens.end == said_at && m.tokens.begin < said_at &&
                  IsCapitalised(words[m.tokens.begin]) &&
                  IsProperName(words.subspan(m.tokens.begin, m.tokens.end - m.tokens.begin));
      continue;
    }
    if (coded < scratch_.size()) {
      const Entity& e = scratch_[coded];
      if (said && m.tokens.end == said_at &&
          (Fits(want, e) || IsCollectiveSpeaker(want, e) || IsCompoundSpeaker(want, e)))
        return &e;
      // The participle's clause: its first party is the subject, or none fits.
      if (!said && m.tokens.begin >= clause) return Fits(want, e) ? &e : nullptr;
    }
    ++coded;
  }
  return said ? SkippedSpeaker(words, said_at, earlier, want, unknown) : nullptr;
}

// '"Borders matter," the Moroccan foreign minister said, and he urged ...':
// a speaker of the verb of saying at `said` that the coder left out of its
// mentions (a quote's attribution) is who the pronoun after it is: that
// speaker when a country's and fitting, else no one (`unknown`): "Home
// Affairs Commissioner Ylva Johansson", whom the dictionaries do not know,
// not a man named sentences before.
const Coreference::Entity* Coreference::SkippedSpeaker(std::span<const std::string_view> words,
                                                       int said,
                                                       std::span<const code::Mention> earlier,
                                                       Want want, bool* unknown) {
  const int first = SkippedSpeakerStart(words, said, earlier);
  if (first < 0) return nullptr;
  const std::span<const std::string_view> phrase = words.subspan(first, said - first);
  code::Mention m;
  m.code = code::CodeNounPhraseActor(dicts_, phrase, kNoDate, &m.actor);
  m.tokens = code::TokenRange{first, said};
  if (IsNull(m.code)) {
    // A name of two words or more ("Ylva Johansson"); not "He said, and he".
    *unknown |= phrase.size() >= 2 && std::all_of(phrase.begin(), phrase.end(), IsNameWord);
    return nullptr;
  }
  skipped_speaker_ = EntityOf(m, words);
  if (skipped_speaker_.country && !skipped_speaker_.place && Fits(want, skipped_speaker_))
    return &skipped_speaker_;
  *unknown = true;
  return nullptr;
}

// Pronouns take the first fitting mention of the nearest sentence that has
// one (subjects come first); descriptions take the most recent one.
bool Coreference::IsLatestWanted(Want want) {
  return want == Want::kCountry || want == Want::kRole || want == Want::kSameGroup ||
         want == Want::kTerritory || want == Want::kMonarchy || want == Want::kIsland;
}

const Coreference::Entity* Coreference::LatestPluralForObject(
    std::span<const Entity> same_sentence) {
  const Entity* premises = nullptr;
  for (auto it = same_sentence.rbegin(); it != same_sentence.rend(); ++it) {
    if (!Fits(Want::kPlural, *it)) continue;
    if (!IsPremisesHead(HeadWord(it->text))) return &*it;
    if (premises == nullptr) premises = &*it;
  }
  return premises;
}

const Coreference::Entity* Coreference::Find(Want want, std::span<const Entity> same,
                                             std::string_view not_code, int gender) const {
  const bool latest = IsLatestWanted(want);
  auto pick = [&](std::span<const Entity> entities) -> const Entity* {
    const Entity* found = nullptr;
    for (const Entity& e : entities) {
      if (!Fits(want, e) || (!not_code.empty() && e.code == not_code)) continue;
      if (gender != 0 && GenderClash(e, gender)) continue;
      found = &e;
      if (!latest) break;
    }
    return found;
  };
  if (const Entity* e = pick(same)) return e;
  for (size_t k = sentences_.size(); k-- > 0;) {
    if (const Entity* e = pick(sentences_[k])) return e;
    // "Rolando Mendoza ... seized the bus. He demanded ...": the nearest
    // person is one the dictionaries do not know; "he" is not one named before.
    if (want == Want::kPerson && unknown_person_[k]) return nullptr;
  }
  return nullptr;
}

namespace {

// "Western embassies", "foreign troops", "international monitors": a role of
// a bloc or of other countries is not the article's country's ("the foreign
// ministry", "the Foreign Intelligence Service" are a country's own; "foreign
// intelligence services", "foreign intelligence agencies", many, are others').
bool NamesBlocOrOthers(std::span<const std::string_view> phrase) {
  const bool many_services =
      !phrase.empty() && EqualsAnyIgnoreCase(phrase.back(), {"services", "agencies"});
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (EqualsAnyIgnoreCase(phrase[k], {"western", "international", "multinational", "allied"}))
      return true;
    if (EqualsAnyIgnoreCase(phrase[k], {"foreign", "other"}) &&
        (k + 1 == phrase.size() || many_services ||
         !EqualsAnyIgnoreCase(phrase[k + 1], {"ministry", "minister", "ministers", "affairs",
                                              "office", "secretary", "service", "intelligence"})))
      return true;
  }
  return false;
}

// "The ministry summoned the ambassador", "expelled the envoy": a diplomat
// summoned or expelled without a country.
bool SummonedEnvoy(std::span<const std::string_view> words, int begin, int end) {
  static const WordSet kEnvoys = {"ambassador",  "envoy",  "diplomat", "diplomats",
                                  "ambassadors", "envoys", "affaires", "attache"};
  static const WordSet kSummons = {"summon", "summons", "summoned", "summoning",
                                   "expel",  "expels",  "expelled", "expelling"};
  return begin > 0 && kEnvoys.contains(words[end - 1]) && kSummons.contains(words[begin - 1]);
}

// "said after meeting Ambassador Alexander Shulgin", "met with the envoy": a
// diplomat without a country met or received (a minister meets a foreign
// envoy), named by the head or by a title before a name.
bool MetEnvoy(std::span<const std::string_view> words, int begin, int end) {
  static const WordSet kEnvoys = {"ambassador", "envoy",       "diplomat",
                                  "diplomats",  "ambassadors", "envoys"};
  static const WordSet kMeetings = {"meet",    "meets",    "met",      "meeting",
                                    "receive", "receives", "received", "receiving"};
  if (begin == 0) return false;
  const bool envoy =
      kEnvoys.contains(words[end - 1]) || (end - begin >= 2 && kEnvoys.contains(words[begin]));
  int verb = begin - 1;
  if (verb >= 1 && EqualsIgnoreCase(words[verb], "with")) --verb;
  return envoy && kMeetings.contains(words[verb]);
}

// "Turkey has sent troops", "deployed 2,000 soldiers", "withdrew its forces":
// the object of a verb that moves forces is the mover's own.
bool MovedBySubject(std::span<const std::string_view> words, int begin) {
  if (begin < 1) return false;
  return EqualsAnyIgnoreCase(
      words[begin - 1],
      {"send",     "sends",     "sent",      "sending",    "deploy",      "deploys",
       "deployed", "deploying", "dispatch",  "dispatches", "dispatched",  "dispatching",
       "withdraw", "withdraws", "withdrew",  "withdrawn",  "withdrawing", "station",
       "stations", "stationed", "stationing"});
}

// Sets `code` to `country`, the one a tally names most (the article's
// country; a dateline counts twice), followed by `role`; false if none.
bool SetToArticleCountry(std::string_view country, std::string_view role, std::string* code,
                         std::string* antecedent) {
  if (country.empty()) return false;
  std::string coded = std::string(country).append(role);
  antecedent->assign(Coreference::kArticleCountryAntecedent).append(country);
  *code = std::move(coded);
  return true;
}

}  // namespace

// `code`'s role with the country of `e`, and `e`'s words as the antecedent:
// "the troops" after "Turkey" -> TURMIL.
// A phrase with no role of its own ("its posts") takes the country: "PAK".
void Coreference::SetRoleOf(const Entity& e, std::string* code, std::string* antecedent) {
  *code = IsNull(*code) ? e.code.substr(0, 3) : e.code.substr(0, 3) + code->substr(3);
  *antecedent = e.text.empty() ? e.code : e.text;
}

// "Bangladesh urged Myanmar to take back its citizens": "its" after an
// infinitive is the one asked to act, the latest party, right before "to".
bool Coreference::ResolveAskedToAct(std::span<const std::string_view> words, int begin,
                                    std::span<const code::Mention> earlier, std::string* code,
                                    std::string* antecedent) const {
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (IsNull(it->code) || it->place || it->tokens.end >= begin) continue;
    if (!EqualsIgnoreCase(words[it->tokens.end], "to") || it->code.size() < 3 ||
        !IsCountryCode(std::string_view(it->code).substr(0, 3)))
      return false;
    SetRoleOf(EntityOf(*it, words), code, antecedent);
    return true;
  }
  return false;
}

// Whether the sentence's first party before `begin` reports or accuses:
// "Pakistan said", "Ukraine's army has said", "Armenia accused".
bool Coreference::OpensWithReporter(std::span<const std::string_view> words, int begin,
                                    std::span<const code::Mention> earlier) {
  static const WordSet kReporting = {"said",      "says",    "accused", "accuses",  "told",
                                     "claimed",   "alleged", "charged", "reported", "complained",
                                     "protested", "stated",  "insisted"};
  for (const code::Mention& m : earlier) {
    if (IsNull(m.code) || m.place || m.tokens.end >= begin) continue;
    const size_t next = static_cast<size_t>(m.tokens.end);
    if (next < words.size() && kReporting.contains(words[next])) return true;
    return next + 1 < words.size() && EqualsAnyIgnoreCase(words[next], {"has", "had", "also"}) &&
           kReporting.contains(words[next + 1]);
  }
  return false;
}

// "its" is the sentence's first party, its subject ("Russia accused Ukraine
// of shelling its positions": RUSMIL): a state's people take its country
// ("China warned its citizens": CHNCVL); an organisation's ("NATO said it
// would move its troops") are none we can code.
bool Coreference::ResolvePossessor(std::span<const Entity> same, std::string* code,
                                   std::string* antecedent) {
  for (const Entity& e : same) {
    if (e.place) continue;
    if (!e.country) return false;
    SetRoleOf(e, code, antecedent);
    return true;
  }
  return false;
}

// "The National Unity Government was not invited. Its spokesman said ...":
// "its" before any party of its sentence is the subject (the first party)
// of the sentence before, when that is a country or a body. A state's role
// is that role of its country ("Russia ... Its troops": RUSMIL); a body's
// spokesman or officials (GOV) are the body's own code (MMROPP, IGOUNO).
bool Coreference::ResolveOwnerBefore(std::string* code, std::string* antecedent) const {
  if (sentences_.empty()) return false;
  for (const Entity& e : sentences_.back()) {
    if (e.place) continue;
    if (!Fits(Want::kThing, e)) return false;
    if (EndsWithRole(*code, "GOV") && e.code.size() > 3) {
      *code = e.code;
      *antecedent = e.text.empty() ? e.code : e.text;
      return true;
    }
    if (!e.country) return false;
    SetRoleOf(e, code, antecedent);
    return true;
  }
  return false;
}

namespace {

// Whether the phrase at `begin` is a verb's object: after a lower-case word
// that is no conjunction, punctuation or "that" ("urged [both] the
// government", not "..., and the commerce ministry halted").
bool IsObjectOfVerb(std::span<const std::string_view> words, int begin) {
  int before = begin - 1;
  if (before >= 0 && EqualsAnyIgnoreCase(words[before], {"both", "either"})) --before;
  if (before < 0 || !IsLowerCase(words[before])) return false;
  return !EqualsAnyIgnoreCase(
      words[before], {"and", "but", "or", "that", "while", "as", "when", "after", "before",
                      "because", "since", "said", "says", "which", "who", "where", "whereas"});
}

// "and accused it of", "urged it to": "it" after a verb and before a
// preposition or the clause's end is that verb's object (not "said it
// would", "that it had").
// Whether a phrase that ends at `end` is the subject of the verb at `verb`:
// right before it, or with adverbs and auxiliaries between ("the United
// States, Spain and several Latin American governments also denounced it",
// "Kenya has strongly condemned it").
bool SubjectRightBeforeVerb(std::span<const std::string_view> words, int end, int verb) {
  if (end > verb || verb < 0) return false;
  static const WordSet kBetween = {"also", "then", "later", "too",  "again", "quickly",
                                   "has",  "have", "had",   "will", "would", "promptly"};
  for (int t = end; t < verb; ++t) {
    if (!IsLowerCase(words[t]) || !(kBetween.contains(words[t]) || words[t].ends_with("ly")))
      return false;
  }
  return true;
}

bool IsObjectIt(std::span<const std::string_view> words, int begin) {
  if (begin < 1 || !IsLowerCase(words[begin - 1]) ||
      EqualsAnyIgnoreCase(words[begin - 1],
                          {"and", "but", "or", "that", "while", "as", "when", "after", "before",
                           "because", "since", "if", "said", "says", "which", "where", "whether"}))
    return false;
  const size_t next = static_cast<size_t>(begin) + 1;
  return next == words.size() ||
         EqualsAnyIgnoreCase(words[next], {"of", "for", "to", "with", "from", "as", "over", "into",
                                           "on", "at", "against", ",", ".", "and", "but"});
}

// "his defence and state security ministers", "her interior and foreign
// ministers": a compound's later member with no determiner of its own
// shares the possessive before the first member (at most two words before
// "and").
bool SharesPossessive(std::span<const std::string_view> words, int begin) {
  if (begin < 3 || !EqualsIgnoreCase(words[begin - 1], "and") ||
      EqualsAnyIgnoreCase(words[begin], {"the", "a", "an", "his", "her", "its", "their"}))
    return false;
  for (int t = begin - 2; t >= 0 && t >= begin - 4; --t) {
    if (EqualsAnyIgnoreCase(words[t], {"his", "her"})) return t < begin - 2;
    if (!IsLowerCase(words[t])) return false;
  }
  return false;
}

}  // namespace

// "Zuma said he was sending his defence ministers", "Chavez put his own
// armed forces on alert": a role a person owns is of that person's country
// (the person "his" stands for, found as for "he"), not of the article's.
bool Coreference::ResolvePersonsRole(std::span<const std::string_view> words, int begin, int end,
                                     std::string* code, std::string* antecedent) const {
  const bool own = end - begin >= 2 && EqualsAnyIgnoreCase(words[begin], {"his", "her"});
  if (!own && !SharesPossessive(words, begin)) return false;
  const Entity* owner = Find(Want::kPerson, scratch_);
  if (owner == nullptr || !owner->country) return false;
  if (own && EqualsAnyIgnoreCase(words[end - 1], {"counterpart", "counterparts"}))
    return ResolveCounterpart(*owner, code, antecedent);  // not the owner's own
  SetRoleOf(*owner, code, antecedent);
  return true;
}

// "convicted former President Jair Bolsonaro ... Four of the justices
// voted to convict the far-right leader": a leader so described (no "of"
// phrase after him: "the legitimate leader of Venezuela") is the person named
// last before him (in his sentence, else in the nearest sentence that named
// one), when that person is of the country the coder gave the phrase, if
// any; not the government.
bool Coreference::ResolveDescribedLeader(std::span<const std::string_view> words, int end,
                                         std::span<const code::Mention> earlier, std::string* code,
                                         std::string* antecedent) {
  if (end < static_cast<int>(words.size()) && EqualsIgnoreCase(words[end], "of")) return false;
  scratch_.clear();
  for (const code::Mention& m : earlier) {
    if (!IsNull(m.code)) scratch_.push_back(EntityOf(m, words));
  }
  const Entity* person = nullptr;
  for (auto it = scratch_.rbegin(); it != scratch_.rend() && person == nullptr; ++it) {
    if (Fits(Want::kPerson, *it)) person = &*it;
  }
  if (person == nullptr) person = Find(Want::kPerson, {});
  if (person == nullptr || !person->country || person->code.size() < 3) return false;
  if (!StartsCountryless(*code) && code->compare(0, 3, person->code, 0, 3) != 0) return false;
  *code = person->code;
  *antecedent = !person->name.empty() ? person->name : person->text;
  return true;
}

// "The visiting prime minister also met opposition leader Raila Odinga":
// "the visiting" and a role is that role of the latest visitor the article
// wrote (RememberParties), not of the country visited.
bool Coreference::ResolveVisitor(std::span<const std::string_view> phrase, std::string* code,
                                 std::string* antecedent) const {
  if (visitor_.empty() || phrase.size() < 3 || !EqualsIgnoreCase(phrase[0], "the") ||
      !EqualsIgnoreCase(phrase[1], "visiting"))
    return false;
  *code = visitor_.substr(0, 3) + code->substr(3);
  antecedent->assign("the visitor ").append(visitor_);
  return true;
}

// "Scholz travelled to Beijing, where he met the premier", "Erdogan visited
// Baghdad, where he addressed parliament": in a clause after ", where" that
// follows a place another country's party went to or is in, a GOV/LEG/JUD/OPP
// role without a country that is a verb's object is the place's country's
// (CHNGOV, IRQLEG), as after a visit told in a sentence of its own
// (ResolveHostsRole); the sentence's first party must be of another country.
bool Coreference::ResolveWhereHost(std::span<const std::string_view> words, int begin,
                                   std::span<const code::Mention> earlier, std::string* code,
                                   std::string* antecedent) const {
  if (code->size() != 6 ||
      !EqualsAnyIgnoreCase(std::string_view(*code).substr(3), {"GOV", "LEG", "JUD", "OPP"}))
    return false;
  int where = begin - 1;
  while (where > 1 && !EqualsIgnoreCase(words[where], "where")) --where;
  if (where <= 1 || words[where - 1] != ",") return false;
  // ... past a time after the place ("to Beijing on Thursday, where").
  int place_end = where - 1;
  if (place_end >= 3 && EqualsIgnoreCase(words[place_end - 2], "on") &&
      IsCapitalised(words[place_end - 1]))
    place_end -= 2;
  const code::Mention* place = nullptr;
  const code::Mention* first = nullptr;
  for (const code::Mention& m : earlier) {
    if (m.tokens.end == place_end) place = &m;
    if (IsNull(m.code) || m.code.size() < 3) continue;
    if (first == nullptr && !m.place && m.tokens.end < place_end) first = &m;
  }
  if (place == nullptr || first == nullptr || place == first || place->tokens.begin < 1 ||
      !EqualsAnyIgnoreCase(words[place->tokens.begin - 1], {"to", "in", "visited", "at"}))
    return false;
  // A capital after "in" is a place the dictionaries left uncoded: its words
  // still name its country ("arrived in Cairo, where").
  std::string place_code = place->code;
  if (IsNull(place_code) && IsCapitalised(words[place->tokens.begin]))
    place_code = code::CodeNounPhrase(
        dicts_, words.subspan(place->tokens.begin, place->tokens.end - place->tokens.begin),
        kNoDate, nullptr);
  if (IsNull(place_code) || place_code.size() < 3) return false;
  const std::string_view country = std::string_view(place_code).substr(0, 3);
  if (!IsCountryCode(country) || first->code.compare(0, 3, country) == 0 ||
      !IsCountryCode(std::string_view(first->code).substr(0, 3)))
    return false;
  code->replace(0, 3, country);
  antecedent->assign("the host ").append(country);
  return true;
}

// "He flew home", "returned to Paris": a sentence that names home or a place
// of the visitor's own country ends the visit.
bool Coreference::LeftHost(std::span<const Entity> entities,
                           std::span<const std::string_view> words) const {
  for (const Entity& e : entities) {
    if (e.place && e.country && e.code.compare(0, 3, visitor_, 0, 3) == 0) return true;
  }
  return std::any_of(words.begin(), words.end(),
                     [](std::string_view w) { return EqualsIgnoreCase(w, "home"); });
}

// "Macron flew to Washington ... He addressed Congress and met lawmakers",
// "Erdogan arrived in Baghdad. He met the prime minister": a state body
// without a country that the latest visitor (042, 043) acts on, in the two
// sentences after the visit, is the host's (USALEG, IRQGOV), not the
// visitor's own; the visitor must be its sentence's first party.
bool Coreference::ResolveHostsRole(std::span<const Entity> same, std::string* code,
                                   std::string* antecedent) const {
  if (host_.empty() || code->size() != 6 ||
      !EqualsAnyIgnoreCase(std::string_view(*code).substr(3), {"GOV", "LEG", "JUD", "OPP"}))
    return false;
  // "The French parliament criticised the trip. He rejected the criticism of
  // parliament": the visitor's own body named since the visit is still his.
  const std::string own = visitor_.substr(0, 3) + code->substr(3);
  for (size_t k = sentences_.size() > 2 ? sentences_.size() - 2 : 0; k < sentences_.size(); ++k) {
    for (const Entity& e : sentences_[k]) {
      if (e.code == own && e.kind != Kind::kPerson) return false;
    }
  }
  for (const Entity& e : same) {
    if (e.place) continue;
    if (e.code.size() < 3 || e.code.compare(0, 3, visitor_, 0, 3) != 0 ||
        e.code.compare(0, 3, host_) == 0)
      return false;
    code->replace(0, 3, host_);
    antecedent->assign("the host ").append(host_);
    return true;
  }
  return false;
}

// "Ruto ... said he had invited his counterpart": a counterpart is the other
// side's office holder, of the latest party of another country than the
// owner's, in the sentence or the last sentences; with none, it is resolved
// as any other role is (never as the owner's own).
bool Coreference::ResolveCounterpart(const Entity& owner, std::string* code,
                                     std::string* antecedent) const {
  const std::string_view own = std::string_view(owner.code).substr(0, 3);
  auto other = [&](std::span<const Entity> entities) -> const Entity* {
    for (auto it = entities.rbegin(); it != entities.rend(); ++it) {
      if (it->country && !it->place && std::string_view(it->code).substr(0, 3) != own) return &*it;
    }
    return nullptr;
  };
  const Entity* e = other(scratch_);
  for (auto it = sentences_.rbegin(); e == nullptr && it != sentences_.rend(); ++it) e = other(*it);
  if (e == nullptr) return false;
  SetRoleOf(*e, code, antecedent);
  return true;
}

// The moved forces belong to the latest country named before them in the
// sentence (its subject, or the clause's: "Ankara said Turkey sent troops").
bool Coreference::ResolveRoleBySender(std::span<const Entity> same, std::string* code,
                                      std::string* antecedent) {
  for (auto it = same.rbegin(); it != same.rend(); ++it) {
    if (!it->country || it->place) continue;
    SetRoleOf(*it, code, antecedent);
    return true;
  }
  return false;
}

namespace {

// "aircraft", "jets": a state's holdings that are military craft.
bool IsMilitaryCraft(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"aircraft", "jets", "drones"});
}

}  // namespace

// "the military said its aircraft had struck depots", "Turkey said Syria shot
// down its jets": the craft of the state "its" stands for are its force
// (EGYMIL, TURMIL), as "Egyptian aircraft" are.
bool Coreference::Resolve(std::span<const std::string_view> words, int begin, int end,
                          std::span<const code::Mention> earlier, std::string* code,
                          std::string* antecedent) {
  if (!ResolvePhrase(words, begin, end, earlier, code, antecedent)) return false;
  if (end - begin == 2 && EqualsIgnoreCase(words[begin], "its") &&
      IsMilitaryCraft(words[end - 1]) && code->size() == 3 && IsCountryCode(*code))
    code->append("MIL");
  return true;
}

bool Coreference::ResolvePhrase(std::span<const std::string_view> words, int begin, int end,
                                std::span<const code::Mention> earlier, std::string* code,
                                std::string* antecedent) {
  Want want = WantedOnce(words.subspan(begin, end - begin), *code);
  if (want == Want::kFormerOrLatter)
    return ResolveFormerOrLatter(words, begin, earlier, code, antecedent);
  if (want == Want::kNeighbour) return ResolveNeighbour(words, earlier, code, antecedent);
  if (want == Want::kNone) {
    const int owner = TitledOwnerEnd(words.subspan(begin, end - begin), *code);
    return owner > 0 && ResolveTitledOwner(words, begin, begin + owner, earlier, code, antecedent);
  }
  if (want == Want::kShortName)
    return ResolveShortName(words[begin + ShortNameAt(words.subspan(begin, end - begin))], code,
                            antecedent);
  if (want == Want::kDividedHalf)
    return ResolveDividedHalf(words.subspan(begin, end - begin), code, antecedent);
  if (want == Want::kPlaceName) {
    if (ResolveSurname(words, begin, end, code, antecedent)) {
      resolved_names_.push_back(ResolvedName{begin, end, *antecedent});
      return true;
    }
    return places_ != nullptr && !places_->empty() &&
           ResolvePlaceName(words, begin, end, code, antecedent);
  }
  if (want == Want::kSpeaker || want == Want::kSpeakers)
    return ResolveFirstPerson(want, words.subspan(begin, end - begin), begin, code, antecedent);
  if (want == Want::kTheirs) return ResolveTheirs(words, begin, earlier, code, antecedent);
  if (want == Want::kOwnersRole) return ResolveOwnersRole(words[begin], code, antecedent);
  if (want == Want::kDescribedLeader)
    return ResolveDescribedLeader(words, end, earlier, code, antecedent);
  if (want == Want::kTitledName) {
    // The title's role, which then takes a country as any role does.
    want = Want::kRole;
    const size_t name_end = TitledNameEnd(words.subspan(begin, end - begin));
    if (!CodeTitle(words.subspan(begin, name_end), code, antecedent)) return false;
    if (!IsCountrylessRole(*code)) return true;
  }
  if (want == Want::kThreeCountries || want == Want::kThreeGovernments) {
    scratch_.clear();
    for (const code::Mention& m : earlier) {
      if (!IsNull(m.code)) scratch_.push_back(EntityOf(m, words));
    }
    return ResolveTriple(want, code, antecedent);
  }
  if (want == Want::kJunta) {
    if (ResolveJunta(words.subspan(begin, end - begin), code, antecedent)) return true;
    // "The junta expelled the French ambassador" in a story that called no
    // government military with its country: not the country the coder took
    // from the sentence (FRAMIL) but a role, resolved as roles are.
    code->replace(0, 3, "---");
    want = Want::kRole;
  }
  if (want == Want::kMinorityGroup)
    return ResolveMinorityGroup(words, begin, end, earlier, code, antecedent);
  if (want == Want::kSecurityForce)
    return ResolveOfficers(earlier, words, words.subspan(begin, end - begin), code, antecedent);
  if (want == Want::kHostsTaliban) {
    *antecedent = kArticleCountryAntecedent;
    antecedent->append(dateline_country_);
    code->assign(dateline_country_).append("INS");
    return true;
  }
  if (want == Want::kAllSides) {
    // "all sides, especially the United States": the text names them.
    if (end + 1 < static_cast<int>(words.size()) && words[end] == "," &&
        EqualsAnyIgnoreCase(words[end + 1], {"especially", "particularly", "including", "notably"}))
      return false;
    scratch_.clear();
    for (const code::Mention& m : earlier) {
      if (!IsNull(m.code)) scratch_.push_back(EntityOf(m, words));
    }
    return ResolveAllSides(code, antecedent);
  }
  if (want == Want::kTwoPersons || want == Want::kTwoCountries || want == Want::kTwoSides ||
      want == Want::kTwoGovernments) {
    // "flew to Nairobi and met both men": two men are two persons, neither
    // a place's government nor the subject of their own verb.
    const bool men = want == Want::kTwoPersons && IsMenOrWomen(words[end - 1]);
    const code::Mention* own = men ? SubjectOfObject(words, begin, earlier) : nullptr;
    scratch_.clear();
    for (const code::Mention& m : earlier) {
      if (IsNull(m.code) || &m == own || (men && m.place)) continue;
      scratch_.push_back(EntityOf(m, words));
      if (men && scratch_.back().kind != Kind::kPerson) scratch_.pop_back();
    }
    if (want == Want::kTwoSides) {
      if (!ResolvePair(want, men, code, antecedent)) return false;
      // "Fighting between the two sides": sides that act, as a subject's do.
      const bool acting =
          OpensClause(words, begin) || EqualsIgnoreCase(words[begin - 1], "between");
      if (!acting)
        TwoStatesAsTheirCountries(code, [this](std::string_view c) { return IsCountryCode(c); });
      return true;
    }
    if (want != Want::kTwoGovernments) return ResolvePair(want, men, code, antecedent);
    // The two countries' governments: "ETH/ERI" -> "ETHGOV/ERIGOV".
    if (!ResolvePair(Want::kTwoCountries, false, code, antecedent)) return false;
    code->insert(code->find('/'), "GOV");
    code->append("GOV");
    return true;
  }
  // The dictionaries know it ("the Kremlin", "the Czech Republic"); but "the
  // north African country" is a country, "the Nordic kingdom" a monarchy,
  // whatever region its adjectives name.
  bool named_country = IsCountryCode(*code);
  if (!IsNull(*code) && want != Want::kRole && want != Want::kPossessor &&
      want != Want::kSameGroup && !IsLeadersArmedMen(words.subspan(begin, end - begin), *code) &&
      ((want != Want::kCountry && want != Want::kMonarchy && want != Want::kIsland) ||
       named_country))
    return false;
  if (want == Want::kThing && IsExpletiveIt(words, begin)) return false;
  // "some of them" is read as a subject only ("A group of them attacked").
  if (want == Want::kPlural && end - begin > 1 && !OpensClause(words, begin)) return false;
  scratch_.clear();
  bool object = end == begin + 1 && (EqualsAnyIgnoreCase(words[begin], {"him", "her", "them"}) ||
                                     (want == Want::kThing && IsObjectIt(words, begin)));
  const code::Mention* shared = object ? SharedSubject(words, begin, earlier) : nullptr;
  const code::Mention* controller = object ? InfinitiveSubject(words, begin, earlier) : nullptr;
  const code::Mention* clause = object ? ClauseSubject(words, begin, earlier) : nullptr;
  // "Sisi met Netanyahu. Sisi urged him": nor is it the person its verb's
  // subject stands for, named in an earlier sentence.
  std::string_view subject_code;
  for (const code::Mention& m : earlier) {
    // "Afwerki welcomed him": an object pronoun is not its verb's subject.
    bool subject_of_verb = object && (SubjectRightBeforeVerb(words, m.tokens.end, begin - 1) ||
                                      &m == shared || &m == controller || &m == clause);
    if (subject_of_verb && want == Want::kPerson && subject_code.empty() && !IsNull(m.code))
      subject_code = m.code;
    if (IsNull(m.code) || subject_of_verb) continue;
    // "Rwanda and Burundi criticised them": an object "them" is not a list
    // of countries of its own sentence, which is its verb's subject.
    if (object && m.compound && m.code.size() == 3 && EqualsIgnoreCase(words[begin], "them") &&
        IsCountryCode(m.code))
      continue;
    scratch_.push_back(EntityOf(m, words));
    NameResolved(m, &scratch_.back());
  }

  if (want == Want::kPossessor) {
    const bool their = EqualsIgnoreCase(words[begin], "their");
    if (!their && ResolveAskedToAct(words, begin, earlier, code, antecedent)) return true;
    if (ResolveTrailingReporter(words, begin, code, antecedent)) return true;
    // "their troops" with no trailing reporter: a role as before.
    if (their) {
      if (!IsCountrylessRole(*code)) return false;
      want = Want::kRole;
    }
  }
  if (want == Want::kPossessor) {
    // "its posts" is the party who reports or accuses ("Pakistan said Indian
    // troops fired on its posts"); the doer's own ("warned of attacks on its
    // installations") is no target.
    if (IsNull(*code) && !OpensWithReporter(words, begin, earlier)) return false;
    const bool party_before =
        std::any_of(scratch_.begin(), scratch_.end(), [](const Entity& e) { return !e.place; });
    if (party_before) return ResolvePossessor(scratch_, code, antecedent);
    if (ResolveOwnerBefore(code, antecedent)) return true;
    // "Its troops ..." after a sentence whose subject is no body: a role as any other.
    if (!IsCountrylessRole(*code)) return false;
    want = Want::kRole;
  }
  if (want == Want::kSameBody)
    return ResolveSameBody(words.subspan(begin, end - begin), code, antecedent);
  if (want == Want::kRole) {
    if (NamesBlocOrOthers(words.subspan(begin, end - begin))) return false;
    if (ResolveVisitor(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolveRoleFrom(words, begin, end, code, antecedent)) return true;
    if (ResolveDeployment(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolvePersonsRole(words, begin, end, code, antecedent)) return true;
    if (MovedBySubject(words, begin) && ResolveRoleBySender(scratch_, code, antecedent))
      return true;
    if (SummonedEnvoy(words, begin, end)) return ResolveEnvoy(code, antecedent);
    // ... one met is too when the article named another side; else a role.
    if (MetEnvoy(words, begin, end) && ResolveEnvoy(code, antecedent)) return true;
    if (ResolveBodysRole(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolveBodyAfterOf(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolveCountrysRole(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolveSpokesman(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (ResolveRoleOnSide(words, begin, earlier, code, antecedent)) return true;
    if (ResolveRoleByPlace(words.subspan(begin, end - begin), code) ||
        ResolveRoleByPlace(ApposedRole(words, begin, end), code) ||
        ResolveRoleInScene(words, begin, end, code)) {
      antecedent->assign(kPlaceAntecedent).append(code->substr(0, 3));
      return true;
    }
    if (ResolveJunta(words.subspan(begin, end - begin), code, antecedent)) return true;
    if (const Entity* same = SameHead(words.subspan(begin, end - begin))) {
      *code = same->code;
      *antecedent = same->text;
      return true;
    }
    const bool object_of_verb = IsObjectOfVerb(words, begin);
    if (object_of_verb && (ResolveHostsRole(scratch_, code, antecedent) ||
                           ResolveWhereHost(words, begin, earlier, code, antecedent)))
      return true;
    if (ResolveRoleByArticle(scratch_, code, antecedent, object_of_verb)) {
      ReadAsOtherSide(words, end, earlier, code, antecedent);
      return true;
    }
  }
  // "Russia sent troops into the territory": not the sentence's own subject.
  if (want == Want::kTerritory && !scratch_.empty()) scratch_.erase(scratch_.begin());
  const Entity* e = nullptr;
  if (want == Want::kPlural && !speaker_.empty() && InQuote(begin)) {
    // "They have no right," the general said: a group the sentence named,
    // else the other side's party, not the speaker's own.
    for (const Entity& same : scratch_) {
      if (Fits(want, same)) {
        e = &same;
        break;
      }
    }
    if (e == nullptr) e = OpposingParty();
    if (e == nullptr) return false;
  }
  bool unknown_speaker = false;
  if (e == nullptr) e = SpeakerBefore(words, begin, earlier, want, &unknown_speaker);
  if (unknown_speaker) return false;
  // "had detained 749 people and accused them", "rejected calls for talks
  // with them": an object "them" is the latest plural before it in its
  // sentence (its verb's own subject left out above), not the first; people
  // before premises ("charged them" after "the offices of the government").
  if (e == nullptr && want == Want::kPlural && object) e = LatestPluralForObject(scratch_);
  if (e == nullptr && !object && !IsLatestWanted(want)) {
    // A subject pronoun after an opening clause is first the main clause's
    // subject's ("Having met Ruto, Museveni flew home, where he ..."), then
    // the clause's parties: those are moved behind the main clause's.
    const int clause_end = OpeningClauseEnd(words, begin);
    size_t inside = 0;
    for (const code::Mention& m : earlier)
      inside += clause_end > 0 && !IsNull(m.code) && m.tokens.begin < clause_end;
    if (inside > 0 && inside < scratch_.size())
      std::rotate(scratch_.begin(), scratch_.begin() + inside, scratch_.end());
  }
  const int gender = want == Want::kPerson && end == begin + 1 ? PronounGender(words[begin]) : 0;
  // "He accused the commissioners of criminal acts and said they should
  // resign": a subject "they" after a plural of its own sentence that no
  // party fits stands for that plural, uncoded, not for a party named in an
  // earlier sentence ("the people of Kenya").
  if (e == nullptr && want == Want::kPlural && !object && UncodedPluralBefore(earlier, begin) &&
      std::none_of(scratch_.begin(), scratch_.end(),
                   [&](const Entity& same) { return Fits(want, same); }))
    return false;
  // "Rolando Mendoza seized the bus and said he wanted his job back": so
  // does a person of its own sentence the dictionaries do not know.
  if (e == nullptr && want == Want::kPerson && UnknownPersonBefore(earlier, words, begin) &&
      std::none_of(scratch_.begin(), scratch_.end(),
                   [&](const Entity& same) { return Fits(want, same); }))
    return false;
  if (e == nullptr) e = Find(want, scratch_, subject_code, gender);
  // "the gunmen" after "cartel gunmen opened fire", "the kidnappers" after "a
  // criminal gang abducted ...": the men of the criminal group named more
  // recently than any armed group.
  if (want == Want::kSameGroup && EndsWithRole(*code, "UAF")) {
    if (const Entity* gang = LatestGroupOrGang(); gang != nullptr && IsGang(*gang)) e = gang;
  }
  // "the country" when no country was named in the last sentences ("President
  // Daniel Noboa declared that the country ..."): the one the article is about.
  if (e == nullptr && want == Want::kCountry)
    return SetToArticleCountry(country_mentions_.MostNamed(), "", code, antecedent);
  if (e == nullptr && want == Want::kMonarchy) {
    std::string_view country = country_mentions_.MostNamed();
    return IsMonarchy(country) && SetToArticleCountry(country, "", code, antecedent);
  }
  if (e == nullptr && want == Want::kIsland) {
    std::string_view country = country_mentions_.MostNamed();
    return IsIslandState(country) && SetToArticleCountry(country, "", code, antecedent);
  }
  // "the attackers", "the separatist leader" far from the group's name: the
  // one the article named last (not a name of its own, "ISIL", nor a bare
  // "rebels").
  if (e == nullptr && want == Want::kSameGroup && !last_armed_group_.code.empty() &&
      (EndsWithRole(*code, "UAF") || EqualsIgnoreCase(words[begin], "the")))
    e = &last_armed_group_;
  if (e == nullptr && want == Want::kSameGroup && !EndsWithRole(*code, "UAF") &&
      last_armed_group_.code.empty())
    return ResolveOwnRebels(code, antecedent);
  if (e == nullptr && want == Want::kPlural && !object)
    return ResolveTwoPersonsBefore(words, begin, end, code, antecedent);
  if (e == nullptr) return false;
  // "Dagalo ... abuses by his fighters": the group he leads (SDNREB); a
  // president's or a minister's "fighters" stay unknown.
  if (want == Want::kPerson && IsLeadersArmedMen(words.subspan(begin, end - begin), *code) &&
      (e->code.size() != 6 || !IsArmedGroupRole(std::string_view(e->code).substr(3))))
    return false;
  if (want == Want::kSameGroup && EndsWithRole(*code, "UAF")) {
    // "the gunmen" are the group itself ("AFGINS"), not a role of its country.
    *code = e->code;
    *antecedent = e->text.empty() ? e->code : e->text;
  } else if (want == Want::kRole || want == Want::kSameGroup) {
    SetRoleOf(*e, code, antecedent);
  } else if (want == Want::kMonarchy || want == Want::kIsland) {
    *code = e->code.substr(0, 3);
    *antecedent = e->text.empty() ? e->code : e->text;
  } else if (want == Want::kPlural &&
             ((e->compound >= 0 && e->kind == Kind::kCountry) || IsCompoundSpeaker(want, *e))) {
    *code = MembersOf(*e);
    *antecedent = e->text.empty() ? e->code : e->text;
  } else {
    *code = e->code;
    *antecedent = !e->name.empty() ? e->name : e->text.empty() ? e->code : e->text;
    if (want == Want::kPerson && !e->text.empty())
      resolved_names_.push_back(ResolvedName{begin, end, *antecedent});
    // Kept only from a pronoun read with confidence: one that opens its
    // sentence ("She praised Chile") or says ("she said"); not "if she was
    // not freed" after another person.
    if (gender != 0 && !e->text.empty() && SureOfPronoun(words, begin))
      genders_.insert_or_assign(*antecedent, gender);
  }
  return true;
}

// Whether `e` is a person known to be of the other gender than `gender`
// (1 male, 2 female): a pronoun of the other, or a name one stood for
// ("She praised Chile. He thanked her": "he" is not the woman "she" was).
bool Coreference::GenderClash(const Entity& e, int gender) const {
  if (const int own = PronounGender(e.text); own != 0) return own != gender;
  const std::string_view key = !e.name.empty() ? std::string_view(e.name) : e.text;
  auto it = genders_.find(key);
  if (it != genders_.end()) return it->second != gender;
  const int titled = TitleGender(key);
  return titled != 0 && titled != gender;
}

// "Kenya closed its border with Somalia. Nairobi accused its neighbour of
// ...": the country of the latest party of another country than its
// sentence's first party (the possessor), in the sentence before the
// phrase, else in the last sentences, newest first; none if the possessor
// is no country's.
bool Coreference::ResolveNeighbour(std::span<const std::string_view> words,
                                   std::span<const code::Mention> earlier, std::string* code,
                                   std::string* antecedent) {
  std::string_view own;
  for (const code::Mention& m : earlier) {
    if (IsNull(m.code) || m.place || m.code.size() < 3) continue;
    own = std::string_view(m.code).substr(0, 3);
    if (IsCountryCode(own)) break;
    own = {};
  }
  if (own.empty()) return false;
  auto latest_other = [&](std::span<const Entity> entities) -> const Entity* {
    const Entity* other = nullptr;
    for (const Entity& e : entities) {
      if (e.country && e.code.compare(0, 3, own) != 0) other = &e;
    }
    return other;
  };
  scratch_.clear();
  for (const code::Mention& m : earlier) {
    if (!IsNull(m.code)) scratch_.push_back(EntityOf(m, words));
  }
  const Entity* found = latest_other(scratch_);
  for (auto it = sentences_.rbegin(); found == nullptr && it != sentences_.rend(); ++it)
    found = latest_other(*it);
  if (found == nullptr) return false;
  code->assign(found->code, 0, 3);
  *antecedent = found->text.empty() ? found->code : found->text;
  return true;
}

// "Ruto met Museveni. The latter accused Somalia ...": "the former" and
// "the latter" are the first and the second of the two parties its own
// sentence named before it, else of the sentence right before, when it
// named two (and no third); none otherwise.
bool Coreference::ResolveFormerOrLatter(std::span<const std::string_view> words, int begin,
                                        std::span<const code::Mention> earlier, std::string* code,
                                        std::string* antecedent) {
  scratch_.clear();
  for (const code::Mention& m : earlier) {
    if (!IsNull(m.code) && !m.place) scratch_.push_back(EntityOf(m, words));
  }
  auto two = [](std::span<const Entity> entities) {
    int parties = 0;
    for (const Entity& e : entities) parties += !e.place && !IsNull(e.code);
    return parties == 2;
  };
  bool found = two(scratch_) && PairOf(Want::kTwoSides, scratch_, &same_pair_);
  if (!found && scratch_.empty() && !sentences_.empty() && two(sentences_.back()))
    found = PairOf(Want::kTwoSides, sentences_.back(), &same_pair_);
  if (!found) return false;
  const bool latter = EqualsIgnoreCase(words[begin + 1], "latter");
  *code = latter ? same_pair_.second : same_pair_.first;
  *antecedent = latter ? same_pair_.second_text : same_pair_.first_text;
  return true;
}

// Whether a plural phrase the dictionaries do not code ("the
// commissioners") stands in the sentence before the word at `begin`, not a
// place's ("in the streets") nor a list's.
bool Coreference::UncodedPluralBefore(std::span<const code::Mention> earlier, int begin) {
  return std::any_of(earlier.begin(), earlier.end(), [begin](const code::Mention& m) {
    return m.tokens.end <= begin && m.plural && !m.place && !m.compound && IsNull(m.code);
  });
}

bool Coreference::IsUnknownPersonsName(const code::Mention& m,
                                       std::span<const std::string_view> words) {
  return IsNull(m.code) && IsNameShaped(m, words);
}

// "Rolando Mendoza": two or three capitalised words, no actor's, that end in
// no body's or site's noun.
bool Coreference::IsNameShaped(const code::Mention& m, std::span<const std::string_view> words) {
  const int n = m.tokens.end - m.tokens.begin;
  if (m.actor >= 0 || m.place || m.plural || m.compound || m.tokens.begin < 0 || n < 2 || n > 3 ||
      m.tokens.end > static_cast<int>(words.size()))
    return false;
  const std::span<const std::string_view> name = words.subspan(m.tokens.begin, n);
  // Not an acronym's words ("ANC Youth"), nor a body's or a site's name
  // ("Rizal Park", "Supreme Court").
  if (IsBodyHead(name.back()) || IsSiteHead(name.back())) return false;
  return std::all_of(name.begin(), name.end(), [](std::string_view w) {
    return IsCapitalised(w) && w.size() > 1 && !IsCapitalised(w.substr(1));
  });
}

void Coreference::RememberUnknownSurname(const code::Mention& m,
                                         std::span<const std::string_view> words) {
  const int end = m.tokens.end;
  // "played roles in the arrest of pastor Andrew Brunson": a phrase after
  // "in" (read as a place) may end in the name too.
  if (m.actor >= 0 || m.plural || m.compound || m.tokens.begin < 0 ||
      end > static_cast<int>(words.size()))
    return;
  auto name_word = [](std::string_view w) {
    return IsCapitalised(w) && w.size() > 1 && !IsCapitalised(w.substr(1));
  };
  int first = end;
  while (first > m.tokens.begin && end - first < 4 && name_word(words[first - 1])) --first;
  const int n = end - first;
  if (n < 2 || n > 3 || first == m.tokens.begin || IsCapitalised(words[first - 1])) return;
  if (IsBodyHead(words[end - 1]) || IsSiteHead(words[end - 1])) return;
  unknown_surnames_.emplace(words[end - 1]);
}

bool Coreference::IsUnknownPersonsSurname(const code::Mention& m,
                                          std::span<const std::string_view> words) const {
  return m.tokens.begin >= 0 && m.tokens.end == m.tokens.begin + 1 &&
         m.tokens.end <= static_cast<int>(words.size()) && !m.place && m.actor < 0 &&
         unknown_surnames_.contains(std::string(words[m.tokens.begin]));
}

bool Coreference::UnknownPersonBefore(std::span<const code::Mention> earlier,
                                      std::span<const std::string_view> words, int begin) {
  return std::any_of(earlier.begin(), earlier.end(), [&](const code::Mention& m) {
    return m.tokens.end <= begin && IsUnknownPersonsName(m, words);
  });
}

// "Ruto met Hassan in Arusha. They signed a trade deal": a subject "they"
// no plural before it stands for is the two persons (or governments) the
// sentence right before named, when it named two and no third.
bool Coreference::ResolveTwoPersonsBefore(std::span<const std::string_view> words, int begin,
                                          int end, std::string* code, std::string* antecedent) {
  if (end != begin + 1 || !EqualsIgnoreCase(words[begin], "they") || sentences_.empty())
    return false;
  const std::vector<Entity>& before = sentences_.back();
  int persons = 0;
  for (const Entity& e : before) persons += Fits(Want::kTwoPersons, e) && !e.place;
  if (persons != 2 || !PairOf(Want::kTwoPersons, before, &same_pair_)) return false;
  return NamePair(same_pair_, code, antecedent);
}

// A criminal group the text named ("cartel gunmen", "a criminal gang",
// "Haiti's 400 Mawozo gang"; ---CRM or a country's CRM), not suspects or
// accomplices, whom the police name so before anyone knows whose they are.
bool Coreference::IsGang(const Entity& e) {
  if (e.place || e.code.size() != 6 || !EndsWithRole(e.code, "CRM")) return false;
  const size_t space = e.text.rfind(' ');
  std::string_view last = space == std::string::npos ? std::string_view(e.text)
                                                     : std::string_view(e.text).substr(space + 1);
  return !EqualsAnyIgnoreCase(last, {"suspect", "suspects", "accomplice", "accomplices"});
}

// The armed group with a country (Fits kSameGroup) or criminal group
// (IsGang) named last, in the sentence's mentions before the phrase or the
// last sentences; null if none.
const Coreference::Entity* Coreference::LatestGroupOrGang() const {
  auto latest = [&](std::span<const Entity> entities) -> const Entity* {
    for (auto it = entities.rbegin(); it != entities.rend(); ++it) {
      if (IsGang(*it) || Fits(Want::kSameGroup, *it)) return &*it;
    }
    return nullptr;
  };
  if (const Entity* e = latest(scratch_)) return e;
  for (auto it = sentences_.rbegin(); it != sentences_.rend(); ++it) {
    if (const Entity* e = latest(*it)) return e;
  }
  return nullptr;
}

// "four Russian army officers" (RUSMIL): officers named with their country
// and force, a plural whose head is "officers".
bool Coreference::AreNamedOfficers(const Entity& e) {
  return e.kind == Kind::kPlural && e.country && !e.place && e.code.size() == 6 &&
         (EndsWithRole(e.code, "COP") || EndsWithRole(e.code, "MIL")) &&
         EqualsIgnoreCase(HeadWord(e.text), "officers");
}

// "Police fired on the crowd ... two officers were hurt": bare officers are
// the latest police or army named with a country, in the sentence or before
// it; none if the article named none. "The officers" after "four Russian
// army officers" (RUSMIL) are those officers, whatever police came between
// ("Georgian police arrested four Russian army officers ... the officers").
bool Coreference::ResolveOfficers(std::span<const code::Mention> earlier,
                                  std::span<const std::string_view> words,
                                  std::span<const std::string_view> phrase, std::string* code,
                                  std::string* antecedent) const {
  if (!named_officers_.code.empty() && EqualsIgnoreCase(phrase.front(), "the")) {
    *code = named_officers_.code;
    *antecedent = named_officers_.text;
    return true;
  }
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (IsNull(it->code)) continue;
    Entity e = EntityOf(*it, words);
    if (!Fits(Want::kSecurityForce, e)) continue;
    *code = e.code;
    *antecedent = e.text.empty() ? e.code : e.text;
    return true;
  }
  if (last_security_force_.code.empty()) return false;
  *code = last_security_force_.code;
  *antecedent =
      last_security_force_.text.empty() ? last_security_force_.code : last_security_force_.text;
  return true;
}

// "The Syrian government ... blamed the rebels" in an article that named no
// armed group: the rebels of the state whose government, forces, police or
// intelligence open the sentence, when that state is the one the article is
// about (not a foreign power's, nor a bare country's: "Russia denies arming
// the rebels").
bool Coreference::ResolveOwnRebels(std::string* code, std::string* antecedent) const {
  for (const Entity& e : scratch_) {
    if (e.place) continue;
    std::string_view role = e.code.size() == 6 ? std::string_view(e.code).substr(3) : "";
    if (!e.country || !EqualsAnyIgnoreCase(role, {"GOV", "MIL", "COP", "SPY"}) ||
        std::string_view(e.code).substr(0, 3) != country_mentions_.MostNamed())
      return false;
    SetRoleOf(e, code, antecedent);
    return true;
  }
  return false;
}

// A summoned or expelled diplomat is of the latest other country the article
// named as a party: "Somali militants attacked a Kenyan village. The foreign
// ministry summoned the ambassador" -> SOMGOV (the ministry's is KEN); left
// unknown ("---GOV") if the article named no other.
bool Coreference::ResolveEnvoy(std::string* code, std::string* antecedent) const {
  std::string_view own;
  for (const Entity& e : scratch_) {
    if (e.country && !e.place) {
      own = std::string_view(e.code).substr(0, 3);
      break;
    }
  }
  auto other = [&](std::span<const Entity> entities) -> const Entity* {
    for (auto it = entities.rbegin(); it != entities.rend(); ++it) {
      if (it->country && !it->place && std::string_view(it->code).substr(0, 3) != own) return &*it;
    }
    return nullptr;
  };
  const Entity* e = own.empty() ? nullptr : other(scratch_);
  for (auto it = sentences_.rbegin(); e == nullptr && !own.empty() && it != sentences_.rend(); ++it)
    e = other(*it);
  if (e == nullptr) return false;
  SetRoleOf(*e, code, antecedent);
  return true;
}

// "European Union leaders agreed ... The leaders, meeting in Brussels, ...",
// "Russian troops shelled Kharkiv ... the troops": a definite description
// whose head names the latest mention with that head (scratch_ holds the
// sentence's own, the last sentences come next); nullptr if none.
const Coreference::Entity* Coreference::SameHead(std::span<const std::string_view> phrase) const {
  if (phrase.size() < 2 || phrase.size() > 3 || !EqualsIgnoreCase(phrase[0], "the")) return nullptr;
  std::string_view head = phrase.back();
  const std::string_view modifier = phrase.size() == 3 ? phrase[1] : std::string_view();
  // "gathered outside the Swedish embassy ... stormed the embassy": an
  // embassy named as a place is still its country's.
  const bool mission = EqualsAnyIgnoreCase(head, {"embassy", "consulate"});
  // A capitalised title ("Foreign Minister Yusuf Tuggar") is read in the
  // sentence and the one before only: further back, a person named since
  // by surname alone ("Biden told reporters") would be passed over.
  auto pick = [&](std::span<const Entity> entities, bool near) -> const Entity* {
    const Entity* found = nullptr;
    const Entity* titled = nullptr;  // the first capitalised title's person
    for (const Entity& e : entities) {
      // A mention with a country or an organisation's: "European Union leaders".
      const bool owned = e.country || e.code.starts_with("IGO");
      if ((e.place && !mission) || !owned || e.text.find(' ') == std::string::npos) continue;
      std::string_view text = e.text;
      // "the junta" after "The junta in Niger": the head before its place;
      // "the former president" after "Mali's former president Ibrahim
      // Boubacar Keita": the title before a name.
      // Not "the coalition" after "U.S. support for the coalition".
      if ((EqualsIgnoreCase(text.substr(text.rfind(' ') + 1), head) &&
           !BodyIsObjectOfPreposition(text)) ||
          EqualsIgnoreCase(HeadBeforePlace(text), head) || EqualsIgnoreCase(TitleOf(text), head)) {
        found = &e;
      } else if (near && titled == nullptr && e.kind == Kind::kPerson &&
                 IsCapitalisedTitleOf(text, modifier, head)) {
        // "Ghana's President John Mahama hosted Togolese President Faure
        // Gnassingbe ... The president": the first, its sentence's subject.
        titled = &e;
      }
    }
    return found != nullptr ? found : titled;
  };
  if (const Entity* e = pick(scratch_, true)) return e;
  for (auto it = sentences_.rbegin(); it != sentences_.rend(); ++it) {
    if (const Entity* e = pick(*it, it == sentences_.rbegin())) return e;
  }
  return nullptr;
}

// "the ruling Transitional Military Council", "the Trump administration":
// a country's or an organisation's body whose last word is a body's noun.
void Coreference::RememberBodies(std::span<const Entity> entities) {
  for (const Entity& e : entities) {
    if (e.place || e.kind == Kind::kPerson || (!e.country && !e.code.starts_with("IGO"))) continue;
    const size_t space = e.text.rfind(' ');
    if (space == std::string::npos || !IsBodyHead(std::string_view(e.text).substr(space + 1)))
      continue;
    if (BodyIsObjectOfPreposition(e.text)) continue;
    bodies_.push_back(e);
  }
}

bool Coreference::ResolveSameBody(std::span<const std::string_view> phrase, std::string* code,
                                  std::string* antecedent) const {
  const Entity* e = SameHead(phrase);
  for (auto it = bodies_.rbegin(); e == nullptr && it != bodies_.rend(); ++it) {
    std::string_view text = it->text;
    if (EqualsIgnoreCase(text.substr(text.rfind(' ') + 1), phrase.back())) e = &*it;
  }
  if (e == nullptr && IsOrganisationHead(phrase.back()))
    e = LatestOrganisation(IsGroupHead(phrase.back()), !EqualsIgnoreCase(phrase.back(), "group"));
  if (e == nullptr && IsGroupHead(phrase.back())) e = Find(Want::kSameGroup, scratch_);
  if (e == nullptr) return false;
  *code = e->code;
  *antecedent = e->text;
  return true;
}

// "The coalition's spokesman", "the junta's leader", "the court's ruling": a
// role owned by a body the article named before ("the Saudi-led coalition",
// "Ukraine's Supreme Court") is that body's, not the article's country's nor
// that of a foreign party in the sentence.
bool Coreference::ResolveBodysRole(std::span<const std::string_view> phrase, std::string* code,
                                   std::string* antecedent) const {
  if (phrase.size() < 4 || !EqualsIgnoreCase(phrase[0], "the")) return false;
  size_t owner_end = 2;
  while (owner_end < phrase.size() && owner_end <= 3 && phrase[owner_end] != "'s") ++owner_end;
  if (owner_end > 3 || owner_end + 1 >= phrase.size() || !IsBodyHead(phrase[owner_end - 1]))
    return false;
  return ResolveSameBody(phrase.subspan(0, owner_end), code, antecedent);
}

// "North Korea blew up the office ... The North cut off all lines with the
// South": a half of a divided country the article named, either half ("the
// South's military": KORMIL); no such country named, no one.
bool Coreference::ResolveDividedHalf(std::span<const std::string_view> phrase, std::string* code,
                                     std::string* antecedent) const {
  for (const DividedCountry& d : kDividedCountries) {
    if (country_mentions_.Count(d.north) == 0 && country_mentions_.Count(d.south) == 0) continue;
    const std::string_view half = phrase[1] == "North" ? d.north : d.south;
    const std::string role = phrase.size() >= 4 && phrase[2] == "'s" ? code->substr(3) : "";
    code->assign(half).append(role);
    antecedent->assign(kArticleCountryAntecedent).append(half);
    return true;
  }
  return false;
}

// "The U.N.'s highest court ruled ... Kenya rejected the findings of the
// court": a deed or part of a body named after "of" ("the findings of the
// court", "the judges of the tribunal") is that body's, named before with the
// same head, not the article's country's nor that of the sentence's party.
bool Coreference::ResolveBodyAfterOf(std::span<const std::string_view> phrase, std::string* code,
                                     std::string* antecedent) const {
  if (phrase.size() < 4 || phrase.size() > 5 || !EqualsIgnoreCase(phrase[0], "the")) return false;
  const auto of = std::find_if(phrase.begin() + 1, phrase.end(),
                               [](std::string_view w) { return EqualsIgnoreCase(w, "of"); });
  if (of == phrase.end() || of + 1 == phrase.end() || !IsBodyHead(phrase.back())) return false;
  const auto body = phrase.subspan(static_cast<size_t>(of + 1 - phrase.begin()));
  const Entity* e = SameHead(body);
  if (e == nullptr) return false;
  *code = e->code;
  *antecedent = e->text;
  return true;
}

// "Amnesty International condemned ... The group also accused ...", "The
// European Union ... The bloc": the latest international or
// non-governmental organisation of the sentence or the last sentences, an
// international one only if `international` ("the group" is seldom a
// bloc), an armed group named with a country too if `armed`; null if none.
const Coreference::Entity* Coreference::LatestOrganisation(bool armed, bool international) const {
  auto fits = [armed, international](const Entity& e) {
    if (e.place || e.kind == Kind::kPerson) return false;
    std::string_view c = e.code;
    return c.starts_with("NGO") || (international && c.starts_with("IGO")) ||
           (armed && Fits(Want::kSameGroup, e));
  };
  for (auto it = scratch_.rbegin(); it != scratch_.rend(); ++it) {
    if (fits(*it)) return &*it;
  }
  for (auto s = sentences_.rbegin(); s != sentences_.rend(); ++s) {
    for (auto it = s->rbegin(); it != s->rend(); ++it) {
      if (fits(*it)) return &*it;
    }
  }
  return nullptr;
}

// "The country's opposition", "the nation's army": the role of the country
// "the country" stands for (that of the latest mention with one), not of the
// one the article has named most.
bool Coreference::ResolveCountrysRole(std::span<const std::string_view> phrase, std::string* code,
                                      std::string* antecedent) const {
  if (phrase.size() < 4 || !EqualsIgnoreCase(phrase[0], "the") || !IsCountryHead(phrase[1]) ||
      phrase[2] != "'s")
    return false;
  // The latest mention with a country: "Guinea's government said ... The
  // country's opposition" is Guinea's, whatever the kind of mention.
  const Entity* e = Find(Want::kRole, scratch_);
  if (e == nullptr) return false;
  SetRoleOf(*e, code, antecedent);
  return true;
}

// 'The Taliban denied losing ground. "...," spokesman Zabihullah Mujahid
// said': a spokesman of no one named ("a spokesman", "spokesman NAME") speaks
// for the subject of the sentence before, when that is a country (its
// government), a body or an armed or other organisation, not a person or
// people at large.
bool Coreference::ResolveSpokesman(std::span<const std::string_view> phrase, std::string* code,
                                   std::string* antecedent) const {
  size_t title = 0;
  if (!phrase.empty() && EqualsAnyIgnoreCase(phrase[0], {"a", "an", "the"})) title = 1;
  if (title >= phrase.size() ||
      !EqualsAnyIgnoreCase(phrase[title], {"spokesman", "spokeswoman", "spokesperson"}))
    return false;
  for (size_t k = title + 1; k < phrase.size(); ++k) {
    if (!IsCapitalised(phrase[k])) return false;  // "a spokesman for the ministry"
  }
  if (sentences_.empty()) return false;
  for (const Entity& e : sentences_.back()) {
    if (e.place) continue;
    if (e.kind == Kind::kPerson || e.kind == Kind::kPlural || EndsWithRole(e.code, "CVL") ||
        StartsCountryless(e.code))
      return false;
    *code = e.code.size() == 3 ? e.code + "GOV" : e.code;
    *antecedent = e.text.empty() ? e.code : e.text;
    return true;
  }
  return false;
}

// A role without a country named in no sentence with a country of its own
// ("Police arrested 12" two sentences after "Kenyan President Ruto") belongs
// to the country the article has named most (the dateline counts twice), not
// merely the latest: a story about Myanmar that quotes the U.S. is still about
// Myanmar's army.
bool Coreference::ResolveRoleByArticle(std::span<const Entity> same, std::string* code,
                                       std::string* antecedent, bool object) const {
  // A legislature, court, opposition or party belongs to the government the same
  // sentence names ("Cameron asked parliament"); police, armies and
  // governments to the country the story is about, even when a foreign
  // actor in the sentence acts on them ("U.S. sanctions on the morality police").
  std::string_view role = std::string_view(*code).substr(3);
  // The same role named earlier in the sentence with its country, as a body
  // (not a person, not a pronoun): "The Chinese foreign ministry summoned
  // ..., and the commerce ministry halted ..."; not for an object ("the U.S.
  // State Department urged the government": another government, not itself).
  for (const Entity& e : same) {
    if (!object && e.country && e.kind != Kind::kPerson && e.text.find(' ') != std::string::npos &&
        e.code.size() == code->size() && std::string_view(e.code).substr(3) == role) {
      *code = e.code;
      *antecedent = e.text;
      return true;
    }
  }
  if (role == "LEG" || role == "JUD" || role == "OPP" || role == "PTY" || role == "ELI") {
    for (const Entity& e : same) {
      if (e.country) return false;  // the sentence's own country decides (Find)
    }
  }
  // "In the Armenian capital, thousands of protesters gathered ... Police
  // detained dozens": police act where the scene is, set by a place that
  // opens their sentence or the one before.
  // So does a government's seat the scene is at ("In Yerevan, protesters
  // gathered outside government headquarters").
  if (role == "COP" || role == "GOV" || IsSocialRole(role)) {
    if (const Entity* scene = ScenePlace(same)) {
      SetRoleOf(*scene, code, antecedent);
      return true;
    }
  }
  // "Colombia's top court accused the government of overreach": a country's
  // courts, legislature, opposition or parties deal with its own government,
  // police and army.
  if (const Entity* body = DomesticSubject(same)) {
    SetRoleOf(*body, code, antecedent);
    return true;
  }
  return SetToArticleCountry(country_mentions_.MostNamed(), role, code, antecedent);
}

// "the three countries" after "Turkey, Finland and Sweden signed ...": the
// three different countries that open the sentence (its earlier parties), else
// one of the last three sentences; their governments for "the three leaders".
// Three different countries that open `sentence` as parties ("Turkey,
// Finland and Sweden have signed"): "TUR/FIN/SWE" and their words, else false.
bool Coreference::ThreeCountries(std::span<const Entity> sentence, std::string* countries,
                                 std::string* text) {
  countries->clear();
  text->clear();
  // The three are found first and joined only then: most sentences name fewer.
  const Entity* three[3];
  int n = 0;
  for (const Entity& e : sentence) {
    if (e.place) continue;
    if (!e.country || n == 3) break;
    const std::string_view country = std::string_view(e.code).substr(0, 3);
    for (int i = 0; i < n; ++i) {
      if (std::string_view(three[i]->code).substr(0, 3) == country) return false;
    }
    three[n++] = &e;
  }
  if (n != 3) return false;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) *countries += '/', *text += ", ";
    *countries += std::string_view(three[i]->code).substr(0, 3);
    *text += three[i]->text;
  }
  return true;
}

std::string Coreference::MembersOf(const Entity& e) const {
  auto holds = [&](std::span<const Entity> entities) {
    return !entities.empty() && &e >= entities.data() && &e < entities.data() + entities.size();
  };
  std::span<const Entity> sentence;
  if (holds(scratch_)) sentence = scratch_;
  for (const std::vector<Entity>& earlier : sentences_) {
    if (holds(earlier)) sentence = earlier;
  }
  std::string codes;
  for (const Entity& member : sentence) {
    if (member.compound != e.compound || member.place) continue;
    if (codes == member.code || codes.starts_with(member.code + "/") ||
        codes.find("/" + member.code) != std::string::npos)
      continue;
    if (!codes.empty()) codes += '/';
    codes += member.code;
  }
  return codes.empty() ? e.code : codes;
}

bool Coreference::ResolveTriple(Want want, std::string* code, std::string* antecedent) const {
  std::string countries, text;
  bool found = ThreeCountries(scratch_, &countries, &text);
  for (size_t back = 0; !found && back < 3 && back < sentences_.size(); ++back)
    found = ThreeCountries(sentences_[sentences_.size() - 1 - back], &countries, &text);
  // "the three countries" further on: the article's latest list of three.
  if (!found && !last_triple_.empty()) {
    countries = last_triple_;
    text = last_triple_text_;
    found = true;
  }
  if (!found) return false;
  if (want == Want::kThreeGovernments) {
    for (size_t slash = countries.find('/'); slash != std::string::npos;
         slash = countries.find('/', slash + 4))
      countries.insert(slash, "GOV");
    countries += "GOV";
  }
  *code = std::move(countries);
  *antecedent = std::move(text);
  return true;
}

// The country's place that opens the sentence ("In Yerevan, police ..."),
// else, when the sentence has named no country before, the one that opened
// the sentence before; null if neither does.
const Coreference::Entity* Coreference::ScenePlace(std::span<const Entity> same) const {
  auto opening_place = [](std::span<const Entity> sentence) -> const Entity* {
    if (sentence.empty() || !sentence.front().place || !sentence.front().country ||
        !sentence.front().opens)
      return nullptr;
    return &sentence.front();
  };
  if (const Entity* e = opening_place(same)) return e;
  if (std::any_of(same.begin(), same.end(), [](const Entity& e) { return e.country; }))
    return nullptr;
  return sentences_.empty() ? nullptr : opening_place(sentences_.back());
}

// The sentence's first party when it is a country's court, legislature,
// opposition or party (JUD, LEG, OPP, PTY), else null.
const Coreference::Entity* Coreference::DomesticSubject(std::span<const Entity> same) {
  for (const Entity& e : same) {
    if (e.place) continue;
    if (!e.country || e.code.size() != 6) return nullptr;
    std::string_view role = std::string_view(e.code).substr(3);
    return role == "JUD" || role == "LEG" || role == "OPP" || role == "PTY" ? &e : nullptr;
  }
  return nullptr;
}

// ... as a party, not as a place or a dateline ("GENEVA - Donors pledged
// ... to help Pakistan": Pakistan).
bool Coreference::ResolveRecipient(std::string* code, std::string* antecedent) {
  // "Macron toured Beirut ... Israel offered humanitarian assistance": the
  // country the article's deeds were done to, not the busiest giver.
  if (!target_mentions_.empty())
    return SetToArticleCountry(target_mentions_.MostNamed(), "", code, antecedent);
  return SetToArticleCountry(party_mentions_.MostNamed(), "", code, antecedent);
}

// The pair a mention resolved to ("USAGOV/RUSGOV", `slash` its '/'), as
// `want` takes it; false for more than two.
bool Coreference::SplitPair(Want want, const Entity& e, size_t slash, Pair* pair) {
  std::string_view c = e.code;
  std::string_view first = c.substr(0, slash), second = c.substr(slash + 1);
  if (second.find('/') != std::string_view::npos) return false;
  if (want == Want::kTwoCountries) {
    first = first.substr(0, 3);
    second = second.substr(0, 3);
  }
  if (first == second) return false;
  pair->first.assign(first);
  pair->second.assign(second);
  pair->first_text.assign(e.text);
  pair->second_text.assign(e.text);
  return true;
}

// The first two different actors of `entities` that fit, in text order:
// "Hollande met Obama" -> FRAGOV, USAGOV. Most sentences have one: nothing
// is copied until a second one turns up.
// A sentence that names three or more countries ("Brazil, Colombia and Chile
// backed Mexico") names no pair of them: "both countries" later are the two
// an earlier sentence named.
bool Coreference::PairOf(Want want, std::span<const Entity> entities, Pair* pair) {
  // "Kikwete flew to Nairobi and met both men": two persons resolved as a
  // pair are the pair the sentence names, wherever they stand in it.
  if (want == Want::kTwoPersons) {
    for (const Entity& e : entities) {
      const size_t slash = e.code.find('/');
      if (slash != std::string::npos && !e.place && IsPersonsPairHead(HeadWord(e.text)))
        return SplitPair(want, e, slash, pair);
    }
  }
  const Entity* first = nullptr;
  const Entity* second = nullptr;
  std::string_view first_code, second_code;
  for (const Entity& e : entities) {
    if (!Fits(want, e)) continue;
    // "outside Kibaki's office": a person's office is no person of a pair.
    if (want == Want::kTwoPersons && IsPersonsPlaceNoun(HeadWord(e.text))) continue;
    std::string_view c = e.code;
    // A pair resolved before ("Both sides": "USAGOV/RUSGOV") is that pair
    // when it comes first, and no member of another: "the two presidents"
    // after it are not three.
    if (const size_t slash = c.find('/'); slash != std::string_view::npos) {
      if (first != nullptr) continue;
      return SplitPair(want, e, slash, pair);
    }
    if (want == Want::kTwoCountries) c = c.substr(0, 3);
    if (first == nullptr) {
      first = &e;
      first_code = c;
    } else if (second == nullptr &&
               (c != first_code || (want == Want::kTwoPersons && AreTwoPersons(*first, e)))) {
      second = &e;
      second_code = c;
      if (want != Want::kTwoCountries) break;
    } else if (second != nullptr && c != first_code && c != second_code) {
      return false;  // a third country
    }
  }
  if (second == nullptr) return false;
  pair->first.assign(first_code);
  pair->second.assign(second_code);
  pair->first_text.assign(first->text);
  pair->second_text.assign(second->text);
  return true;
}

namespace {

// Whether an event of `code` sets two sides against or with each other: a
// meeting or a talk, a signed deal, a truce, a threat, force or a fight (not
// a statement, an appeal, praise, aid or an inquiry).
bool IsTwoSidedEvent(std::string_view code) {
  for (std::string_view root : {"036", "04", "057", "0871", "13", "15", "17", "18", "19", "20"}) {
    if (code.starts_with(root)) return true;
  }
  return false;
}

}  // namespace

void Coreference::RememberParties(std::string_view source, std::string_view target,
                                  std::string_view code, bool target_named) {
  // What the article's deeds are done to: a country another one acts on, as
  // the text names it (a recipient this resolver chose would only repeat its
  // first guess). A request for aid (023) is the other way round: the
  // country in need is who asks, not who is asked ("Kyrgyzstan asked Russia
  // to send troops ... Ban called for calm": Kyrgyzstan's).
  if (target_named && target.size() >= 3 &&
      (source.size() < 3 || source.substr(0, 3) != target.substr(0, 3))) {
    const std::string_view needy = code.starts_with("023") && source.size() >= 3 ? source : target;
    if (IsCountryCode(needy.substr(0, 3))) target_mentions_.Add(needy.substr(0, 3), 1);
  }
  if (!IsTwoSidedEvent(code) || IsNull(source) || IsNull(target) || StartsCountryless(source) ||
      StartsCountryless(target) || source.substr(0, 3) == target.substr(0, 3))
    return;
  // A side is a country's or an organisation's, not a sea or a region a
  // deed was aimed at ("threatened to shut the pipeline to the Mediterranean").
  auto is_side = [this](std::string_view c) {
    return c.starts_with("IGO") || IsCountryCode(c.substr(0, 3));
  };
  if (!is_side(source) || !is_side(target)) return;
  // The latest visitor: who visited (042), or whom a host received (043).
  if (code.starts_with("042") && IsCountryCode(source.substr(0, 3))) {
    visitor_.assign(source);
    host_.assign(target.substr(0, 3));
    host_age_ = 0;
  }
  if (code.starts_with("043") && IsCountryCode(target.substr(0, 3))) {
    visitor_.assign(target);
    host_.assign(source.substr(0, 3));
    host_age_ = 0;
  }
  event_pair_.first.assign(source);
  event_pair_.second.assign(target);
  if (dict::IsForceCode(code)) {
    fight_pair_.first.assign(source);
    fight_pair_.second.assign(target);
  }
}

// "both sides", "the two sides": the two parties of the latest meeting or
// conflict the article wrote, before the sentence's own pair (often its
// subjects: "Egypt and Qatar urged both sides to ...").
bool Coreference::ResolvePair(Want want, bool men, std::string* code, std::string* antecedent) {
  if (want == Want::kTwoSides && !event_pair_.first.empty()) {
    *code = event_pair_.first + "/" + event_pair_.second;
    *antecedent = event_pair_.first + " and " + event_pair_.second;
    return true;
  }
  const bool same = PairOf(want, scratch_, &same_pair_);
  // "the two countries" the sentence does not name, and "both sides" after no
  // meeting or conflict between two: the two the article has named most, its
  // protagonists, rather than the latest two named together.
  std::string_view first, second;
  if (!same && (want == Want::kTwoCountries || want == Want::kTwoSides) &&
      party_mentions_.TwoMostNamed(&first, &second)) {
    *code = std::string(first) + "/" + std::string(second);
    *antecedent = kArticleCountryAntecedent;
    antecedent->append(*code);
    return true;
  }
  if (!same && want == Want::kTwoPersons && RecentTwoPersons(men, &same_pair_))
    return NamePair(same_pair_, code, antecedent);
  // "Venezuela expelled diplomats from Argentina and Chile. Both countries
  // condemned the move": two countries named together as one compound in
  // the last sentences, newest first, when the article has no protagonists.
  if (!same && want == Want::kTwoCountries) {
    for (auto it = sentences_.rbegin(); it != sentences_.rend(); ++it) {
      if (CompoundOfTwo(want, *it, &same_pair_)) return NamePair(same_pair_, code, antecedent);
    }
  }
  const Pair& pair = same ? same_pair_ : last_pairs_[PairIndex(want)];
  if (pair.first.empty()) return false;
  return NamePair(pair, code, antecedent);
}

// Whether `a` and `b` name two persons of the dictionaries, whatever their
// codes ("Kiir", "Machar"; not "Kiir" and "President Salva Kiir", nor
// "Obama" and a "he").
bool Coreference::AreTwoPersons(const Entity& a, const Entity& b) {
  return a.person >= 0 && b.person >= 0 && a.person != b.person;
}

// Sets `pair` to `a` and `b`, in that order; true.
bool Coreference::SetPair(const Entity& a, const Entity& b, Pair* pair) {
  pair->first.assign(a.code);
  pair->second.assign(b.code);
  pair->first_text.assign(a.text);
  pair->second_text.assign(b.text);
  return true;
}

// The pair's two codes as one ("FRAGOV/USAGOV") and its two texts as the
// antecedent; true.
bool Coreference::NamePair(const Pair& pair, std::string* code, std::string* antecedent) {
  *code = pair.first + "/" + pair.second;
  *antecedent = pair.first_text + " and " + pair.second_text;
  return true;
}

// "urged all sides to show restraint": the two parties of the latest
// fight the article wrote between two countries' actors, else, in a story
// of a country's own unrest, that country, the one the article has named
// most, when the sentence's own parties are not of it.
bool Coreference::ResolveAllSides(std::string* code, std::string* antecedent) const {
  auto own = [&](std::string_view c) {
    return std::any_of(scratch_.begin(), scratch_.end(), [c](const Entity& e) {
      return e.country && !e.place && c.size() >= 3 && e.code.compare(0, 3, c.substr(0, 3)) == 0;
    });
  };
  if (!fight_pair_.first.empty() && !own(fight_pair_.first) && !own(fight_pair_.second)) {
    *code = fight_pair_.first + "/" + fight_pair_.second;
    *antecedent = fight_pair_.first + " and " + fight_pair_.second;
    return true;
  }
  std::string_view country = country_mentions_.MostNamed();
  if (country.empty() || own(country)) return false;
  return SetToArticleCountry(country, "", code, antecedent);
}

// Whether `e` is a party of the sentence being coded (its code).
bool Coreference::IsOwnParty(const Entity& e) const {
  return std::any_of(scratch_.begin(), scratch_.end(),
                     [&e](const Entity& s) { return s.code == e.code; });
}

// A compound of exactly two members that `want` fits and that differ (for
// countries, in their countries) in `entities` ("Kenyan President Mwai
// Kibaki and opposition leader Raila Odinga", "from Argentina and Chile"),
// neither a party of the sentence being coded: sets `pair` so.
bool Coreference::CompoundOfTwo(Want want, std::span<const Entity> entities, Pair* pair) const {
  const bool countries = want == Want::kTwoCountries;
  for (size_t i = 0; i + 1 < entities.size(); ++i) {
    const Entity& a = entities[i];
    if (a.compound < 0) continue;
    const Entity& b = entities[i + 1];
    const bool third = i + 2 < entities.size() && entities[i + 2].compound == a.compound;
    if (b.compound != a.compound || third) continue;
    if (i > 0 && entities[i - 1].compound == a.compound) continue;
    if (!Fits(want, a) || !Fits(want, b) || a.code.find('/') != std::string::npos ||
        b.code.find('/') != std::string::npos || IsOwnParty(a) || IsOwnParty(b))
      continue;
    const std::string_view first = countries ? std::string_view(a.code).substr(0, 3) : a.code;
    const std::string_view second = countries ? std::string_view(b.code).substr(0, 3) : b.code;
    if (first == second && !(want == Want::kTwoPersons && AreTwoPersons(a, b))) continue;
    pair->first.assign(first);
    pair->second.assign(second);
    pair->first_text.assign(a.text);
    pair->second_text.assign(b.text);
    return true;
  }
  return false;
}

// "Aliyev warned ... Sargsyan said ... Putin telephoned both leaders": two
// governments (their leaders) the last sentences named one by one, newest first,
// when no sentence among them names a pair of its own; the caller's own side
// (a party of the sentence being coded) is not one of them.
bool Coreference::RecentTwoPersons(bool persons_only, Pair* pair) const {
  const Entity* first = nullptr;
  for (auto it = sentences_.rbegin(); it != sentences_.rend(); ++it) {
    // "Kibaki and Odinga signed a deal. ... Kikwete met both men": two
    // persons named together as one compound are the pair, before any one
    // named alone after them.
    if (CompoundOfTwo(Want::kTwoPersons, *it, pair)) return true;
    const Entity* in_sentence = nullptr;
    for (const Entity& e : *it) {
      if (!Fits(Want::kTwoPersons, e) || !EndsWithRole(e.code, "GOV")) continue;
      // "the two men" are persons, not a government named by its country.
      if (persons_only && e.kind != Kind::kPerson) continue;
      // "outside Kibaki's office": a person's office is no person.
      if (IsPersonsPlaceNoun(HeadWord(e.text))) continue;
      if (IsOwnParty(e)) continue;
      // "fighting broke out between troops loyal to Kiir and to Machar. The
      // two men ...": two persons of one code (both in government that day)
      // are two persons still, the sentence's pair.
      if (in_sentence != nullptr && (in_sentence->code != e.code || AreTwoPersons(*in_sentence, e)))
        return in_sentence->code == e.code && SetPair(*in_sentence, e, pair);
      if (in_sentence == nullptr) in_sentence = &e;
    }
    if (in_sentence == nullptr) continue;
    if (first == nullptr) {
      first = in_sentence;
    } else if (in_sentence->code != first->code || AreTwoPersons(*first, *in_sentence)) {
      return SetPair(*first, *in_sentence, pair);
    }
  }
  return false;
}

// "Taliban gunmen stormed an army-run school in Peshawar" under a Pakistani
// dateline: while the Afghan Taliban were an insurgency (the dictionaries'
// AFGINS, 2001-2021), the Taliban a story from Pakistan names without
// "Afghan" are the Pakistani Taliban (TTP), PAKINS.
bool Coreference::IsPakistanisTaliban(std::span<const std::string_view> words,
                                      std::string_view code) const {
  if (code != "AFGINS" || dateline_country_ != "PAK") return false;
  bool taliban = false;
  for (std::string_view w : words) {
    if (EqualsIgnoreCase(w.substr(0, 6), "afghan")) return false;
    taliban |= EqualsAnyIgnoreCase(w.substr(0, 7), {"taliban", "taleban"});
  }
  return taliban;
}

bool Coreference::InQuote(int t) const {
  for (const WordSpan& q : quoted_) {
    if (q.Contains(t)) return true;
  }
  return false;
}

bool Coreference::SameSide(std::string_view a, std::string_view b) const {
  if (a.size() >= 3 && b.size() >= 3 && IsCountryCode(a.substr(0, 3)))
    return a.substr(0, 3) == b.substr(0, 3);
  return a == b;
}

// "they" in a quote: the nearest sentence's party outside the speaker's side
// (a country, a body, a group, or a person who speaks for a country; not the
// press), if that sentence names only one such side.
const Coreference::Entity* Coreference::OpposingParty() const {
  for (auto it = sentences_.rbegin(); it != sentences_.rend(); ++it) {
    const Entity* found = nullptr;
    for (const Entity& e : *it) {
      bool party = e.kind == Kind::kCountry || e.kind == Kind::kOrganisation ||
                   e.kind == Kind::kPlural || (e.kind == Kind::kPerson && e.country);
      // The press a quote is told to ("told reporters") is its audience.
      if (!party || e.place || IsNull(e.code) || EndsWithRole(e.code, "MED") ||
          SameSide(speaker_, e.code))
        continue;
      if (found == nullptr) {
        found = &e;
      } else if (!SameSide(found->code, e.code)) {
        return nullptr;  // two other sides: "they" is either
      }
    }
    if (found != nullptr) return found;
  }
  return nullptr;
}

// "their forces" in a quote: that role of the country of the sentence's
// nearest party before it ("our soldiers and their families"), else of the
// other side (OpposingParty).
bool Coreference::ResolveTheirs(std::span<const std::string_view> words, int begin,
                                std::span<const code::Mention> earlier, std::string* code,
                                std::string* antecedent) {
  if (!InQuote(begin)) return false;
  scratch_.clear();
  for (const code::Mention& m : earlier) {
    if (!IsNull(m.code) && !m.place && m.tokens.end <= begin)
      scratch_.push_back(EntityOf(m, words));
  }
  const Entity* e = scratch_.empty() ? OpposingParty() : &scratch_.back();
  if (e == nullptr || !e->country) return false;
  SetRoleOf(*e, code, antecedent);
  return true;
}

// "we" in a quote is its speaker; "our forces" the speaker's country's.
bool Coreference::ResolveFirstPerson(Want want, std::span<const std::string_view> phrase, int begin,
                                     std::string* code, std::string* antecedent) const {
  if (!InQuote(begin)) return false;
  std::string_view country;
  if (speaker_.size() >= 3 && IsCountryCode(std::string_view(speaker_).substr(0, 3)))
    country = std::string_view(speaker_).substr(0, 3);
  if (want == Want::kSpeaker) {
    *code = speaker_;
  } else if (!country.empty() && IsCountryHead(phrase.back())) {
    *code = country;  // "our country"
  } else if (!country.empty() && code->size() == 6 && StartsCountryless(*code)) {
    *code = std::string(country) + code->substr(3);  // "our forces"
  } else if (!country.empty() && IsNull(*code) && IsStatesHolding(phrase.back())) {
    *code = country;  // "our ships", "our territory"
  } else {
    return false;
  }
  *antecedent = speaker_text_.empty() ? speaker_ : speaker_text_;
  return true;
}

}  // namespace dyad::doc
