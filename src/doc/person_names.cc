// What names of people look like in news text (see person_names.h).
#include "doc/person_names.h"

#include <algorithm>
#include <span>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {

// "Hussein", and "al-Hussein", "el-Sisi": a word of a name, capitalised or
// after an Arabic article.
bool IsNameWord(std::string_view w) {
  if (w.size() > 3 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-')
    w.remove_prefix(3);
  return IsCapitalised(w);
}

// "Kharkiv", "North Darfur": capitalised words, at most four.
bool IsProperName(std::span<const std::string_view> words) {
  if (words.empty() || words.size() > 4) return false;
  for (std::string_view w : words) {
    if (!IsNameWord(w)) return false;
  }
  return true;
}

namespace {

// The heads of a phrase naming one person by office: "ambassador", "minister".
constexpr std::string_view kPersonRoles[] = {
    "ambassador", "envoy", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
    "diplomat", "official", "leader", "secretary", "commander", "governor", "chief", "premier",
    // A ruler or an office holder named by the title alone: "the prince", "the judge".
    "king", "queen", "prince", "princess", "emir", "sultan", "monarch",
    // "the father of the striker": kin are persons too.
    "father", "mother", "wife", "husband", "son", "daughter", "brother", "sister",
    // "The attacker, a 28-year-old Australian, ... arrested him": a lone
    // attacker is who "he" and "him" are.
    "gunman", "attacker", "assailant", "bomber", "shooter", "suspect", "hijacker", "kidnapper"};

// Words of a title before a name besides those: "Prime Minister", "Chief Justice".
constexpr std::string_view kTitles[] = {
    "prime", "vice", "chancellor", "general", "gen.", "sheikh", "justice", "mr", "mrs", "ms", "dr",
    "pope", "senator", "judge", "mayor", "cleric", "speaker", "colonel", "col.", "lieutenant",
    "captain", "marshal", "admiral", "director", "adviser", "advisor", "lt.", "maj.", "brig.",
    "brigadier", "adm.", "sgt.",
    // A trade named before a name ("journalist Angel Gahona", "activist
    // Jane Doe", "lawyer ..."): its sector's role, as the trade alone is.
    "journalist", "reporter", "correspondent", "photographer", "photojournalist", "blogger",
    "editor", "activist", "dissident", "lawyer", "student", "teacher", "professor", "doctor",
    "priest", "pastor", "imam", "rabbi", "monk", "businessman", "businesswoman", "tycoon",
    "researcher", "unionist"};

// Both lists in one set (one probe a word): a role is kind 1, a title kind 2.
const WordSet& TitleWords() {
  static constexpr std::span<const std::string_view> kLists[] = {kPersonRoles, kTitles};
  static const WordSet kWords = WordSet::OfKinds(kLists);
  return kWords;
}

}  // namespace

bool IsPersonRoleNoun(std::string_view w) { return (TitleWords().KindsOf(w) & 1) != 0; }

namespace {

// Words of a title before a name: "Prime Minister", "Chief Justice".
bool IsTitleWord(std::string_view w) { return TitleWords().contains(w); }

// "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" (at `start` of
// `text`, `after` name words after it) between two names, the one before it
// no title, is part of the name, not a title ("Sheikh Tamim" is one).
bool IsSheikhInsideName(std::string_view text, size_t start, int after) {
  if (after == 0 || start < 2 || text.substr(start, 7) != "Sheikh ") return false;
  const size_t space = text.rfind(' ', start - 2);
  const size_t from = space == std::string_view::npos ? 0 : space + 1;
  const std::string_view before = text.substr(from, start - 1 - from);
  return IsNameWord(before) && !IsTitleWord(before);
}

}  // namespace

// The first word of the two- or three-word personal name that ends `text`
// after its title ("North Korean leader Kim Jong Un": "Kim"; "Prime Minister
// Theresa May": "Theresa"), "" if none.
std::string_view FirstOfName(std::string_view text) {
  size_t begin = text.size();
  int words = 0;
  while (begin > 0 && words < 4) {
    size_t space = text.rfind(' ', begin - 1);
    size_t start = space == std::string_view::npos ? 0 : space + 1;
    std::string_view w = text.substr(start, begin - start);
    if (!IsNameWord(w) || (IsTitleWord(w) && !IsSheikhInsideName(text, start, words))) break;
    ++words;
    if (space == std::string_view::npos) {
      begin = 0;
      break;
    }
    begin = space;
  }
  if (words < 2 || words > 3) return {};
  size_t start = begin == 0 ? 0 : begin + 1;
  return text.substr(start, text.find(' ', start) - start);
}

// "U.S. Ambassador Lisa Kenna": a name after a title names a person; so
// does one after a title that opens the text ("Gen. Lisa Kenna").
bool IsTitledName(std::string_view text) {
  size_t end = text.size();
  int words = 0;
  while (end > 0) {
    size_t space = text.rfind(' ', end - 1);
    size_t start = space == std::string_view::npos ? 0 : space + 1;
    std::string_view w = text.substr(start, end - start);
    if (words == 0 && !IsNameWord(w)) return false;  // no name ends the text
    if (IsTitleWord(w)) return words >= 1 && words <= 3;
    if (space == std::string_view::npos || !IsNameWord(w)) return false;
    ++words;
    end = space;
  }
  return false;
}

// "Army chief General Peter Otieno": where the name after the title starts.
int TitledNameStart(std::span<const std::string_view> words) {
  const int n = static_cast<int>(words.size());
  for (int k = n - 1; k >= 0 && k >= n - 4; --k) {  // at most three words of name
    std::string_view w = words[k];
    if (IsTitleWord(w)) return k + 1 < n ? k + 1 : -1;
    if (!IsNameWord(w)) return -1;  // "Governor Atheel al-Nujaifi" too
  }
  return -1;
}

// "Mayor Vitali Klitschko", "Governor Babagana Zulum of Borno State": the
// end of a titled name that is the phrase or opens it before "of".
size_t TitledNameEnd(std::span<const std::string_view> words) {
  if (words.size() >= 2 && IsNameWord(words.back()) && TitledNameStart(words) > 0)
    return words.size();
  for (size_t of = 2; of + 1 < words.size(); ++of) {
    if (words[of] != "of") continue;
    const std::span<const std::string_view> name = words.first(of);
    return IsNameWord(name.back()) && TitledNameStart(name) > 0 ? of : 0;
  }
  return 0;
}

// The text, if its last two words are capitalised ("... Maria Corina
// Machado"), a particle of a family name between them or not ("Cristina
// Fernandez de Kirchner", "Luiz Inacio Lula da Silva"), else "".
std::string_view NameAtEnd(std::string_view text) {
  size_t space = text.rfind(' ');
  if (space == std::string_view::npos || space == 0) return {};
  size_t previous = text.rfind(' ', space - 1);
  previous = previous == std::string_view::npos ? 0 : previous + 1;
  std::string_view before = text.substr(previous, space - previous);
  if (previous > 1 && IsLowerCase(before) &&
      EqualsAnyIgnoreCase(before, {"de", "da", "do", "dos", "das", "del", "van", "von", "di"})) {
    const size_t particle = previous - 1;
    previous = text.rfind(' ', particle - 1);
    previous = previous == std::string_view::npos ? 0 : previous + 1;
    before = text.substr(previous, particle - previous);
  }
  std::string_view names[] = {before, text.substr(space + 1)};
  return IsProperName(names) ? text : std::string_view();
}

// Whether words[t], a month's name, is used as a date: "in May", "since
// March", "early June", "May 4"; "May said", ", May had given" name a person.
bool IsDateWord(std::span<const std::string_view> words, int t) {
  if (!EqualsAnyIgnoreCase(
          words[t], {"January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"}))
    return false;
  const size_t next = static_cast<size_t>(t) + 1;
  if (next < words.size() && !words[next].empty() && words[next][0] >= '0' && words[next][0] <= '9')
    return true;
  return t > 0 &&
         EqualsAnyIgnoreCase(words[t - 1],
                             {"in",      "since",  "until",  "till",  "by",    "from",   "to",
                              "through", "during", "last",   "next",  "early", "mid",    "late",
                              "of",      "this",   "before", "after", "on",    "between"});
}

namespace {

// The most words of a name in apposition ("Colonel Abdoulaye Maiga").
constexpr int kAppositiveNameWords = 3;

}  // namespace

bool IsCapitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool IsLowerCase(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

// ", Roman Protasevich,": see person_names.h.
int AppositiveNameEnd(std::span<const std::string_view> words, int comma) {
  const int n = static_cast<int>(words.size());
  int end = comma + 1;
  while (end < n && end <= comma + kAppositiveNameWords && IsCapitalised(words[end])) ++end;
  if (end - comma - 1 < 2 || end - comma - 1 > kAppositiveNameWords) return -1;
  if (end < n && !EqualsAnyIgnoreCase(words[end], {",", ".", "''", "said", "told"})) return -1;
  return end;
}

// "the journalist", "a spokesman": see person_names.h.
bool NamesOnePerson(std::string_view head) {
  static const WordSet kPersons = {
      "journalist",  "reporter",    "editor",        "blogger", "activist", "dissident",
      "lawyer",      "student",     "teacher",       "doctor",  "officer",  "soldier",
      "cleric",      "businessman", "businesswoman", "man",     "woman",    "counterpart",
      "deputy",      "aide",        "opponent",      "critic",  "rival",    "successor",
      "predecessor", "candidate",   "prosecutor",    "judge",   "ruler",    "strongman",
      "chairman",    "chairwoman"};
  return IsPersonRoleNoun(head) || kPersons.contains(head);
}

// "Gen.", "Colonel", not "Attorney General": see person_names.h.
bool IsMilitaryRank(std::span<const std::string_view> title) {
  std::string_view w = title.back();
  if (EqualsAnyIgnoreCase(w, {"gen.", "gen", "general"}))
    return title.size() == 1 ||
           !EqualsAnyIgnoreCase(
               title[title.size() - 2],
               {"attorney", "secretary", "inspector", "surgeon", "solicitor", "auditor", "governor",
                "consul", "procurator", "director", "postmaster", "accountant", "adjutant", "-"});
  return EqualsAnyIgnoreCase(w, {"colonel", "col.", "lieutenant", "lt.", "major", "maj.",
                                 "brigadier", "brig.", "admiral", "adm.", "sergeant", "sgt."});
}

// "Jr.", "III".
bool IsNameSuffix(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"});
}

// "AMCU leader".
bool HasAcronym(std::span<const std::string_view> title) {
  for (std::string_view w : title) {
    if (w.size() >= 2 &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return true;
  }
  return false;
}

}  // namespace dyad::doc
