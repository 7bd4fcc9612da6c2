// Counts of affected people in one tokenised sentence (the forms are listed in
// counts.h). Each number phrase is parsed once, checked against its context
// (dates, money, units, years), then classified by the words around it, trying
// the forms in a fixed order: a trigger verb just before it ("killing 224"), a
// nominal trigger before it ("toll of", "deaths of"), a count noun after it
// ("40 deaths"), a state after it ("were killed", "dead", "fled"), and last a
// participant noun ("protesters"). The word lists are short, so lookups are
// linear, case-insensitive scans over string_views: no allocation, easy to read.
// Only the gates use sets: the one that skips sentences without any of these
// words (a WordSet), and the one that skips words no number phrase can start
// with.
#include "dyad/doc/counts.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {
namespace {

using Words = std::span<const std::string_view>;
using WordList = std::initializer_list<std::string_view>;

bool In(std::string_view word, WordList list) {
  for (std::string_view w : list) {
    if (EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

bool InTable(std::string_view word, std::span<const std::string_view> table) {
  for (std::string_view w : table) {
    if (EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// ---- Numbers ----------------------------------------------------------------

struct Entry {
  std::string_view word;
  long value;
};

constexpr Entry kUnits[] = {{"one", 1},        {"two", 2},       {"three", 3},    {"four", 4},
                            {"five", 5},       {"six", 6},       {"seven", 7},    {"eight", 8},
                            {"nine", 9},       {"ten", 10},      {"eleven", 11},  {"twelve", 12},
                            {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
                            {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}};
constexpr Entry kTens[] = {{"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
                           {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
constexpr Entry kScales[] = {{"thousand", 1000}, {"million", 1000000}, {"billion", 1000000000}};
// Vague plurals, read as their unit: the least they can mean, as careful
// coders count ("hundreds" 100; see counts.h).
constexpr Entry kVague[] = {
    {"dozens", 12}, {"scores", 20}, {"hundreds", 100}, {"thousands", 1000}, {"millions", 1000000}};
// Units for "several"/"a few"/"half a".
constexpr Entry kVagueUnits[] = {
    {"dozen", 12}, {"hundred", 100}, {"thousand", 1000}, {"million", 1000000}};

template <size_t N>
long Lookup(std::string_view word, const Entry (&table)[N]) {
  for (const Entry& e : table) {
    if (EqualsIgnoreCase(word, e.word)) return e.value;
  }
  return 0;
}

// "twenty-four" -> 24; 0 for anything else ("one-third", "twenty-").
long HyphenatedTens(std::string_view word) {
  size_t dash = word.find('-');
  if (dash == std::string_view::npos) return 0;
  long tens = Lookup(word.substr(0, dash), kTens);
  long ones = Lookup(word.substr(dash + 1), kUnits);
  return (tens > 0 && ones > 0 && ones < 10) ? tens + ones : 0;
}

// Spelled-out numbers, one word at a time: "two hundred and five thousand".
enum class Last { kStart, kA, kUnit, kTens, kHundred, kScale, kDozen };

struct WordNumber {
  long total = 0;       // the part above the last scale word
  long group = 0;       // the part below it (0..999, or dozens)
  long last_scale = 0;  // the last scale word's value, 0 before any
  Last last = Last::kStart;
};

bool AfterGroupStart(Last last) {
  return last == Last::kStart || last == Last::kHundred || last == Last::kScale;
}

// Adds one word to `n`; false (and `n` unchanged) if it cannot continue it.
bool StepWordNumber(std::string_view word, WordNumber* n) {
  if (long v = Lookup(word, kUnits)) {
    if (!AfterGroupStart(n->last) && !(n->last == Last::kTens && v < 10)) return false;
    n->group += v;
    n->last = Last::kUnit;
  } else if (long v = Lookup(word, kTens); v || (v = HyphenatedTens(word))) {
    if (!AfterGroupStart(n->last)) return false;
    n->group += v;
    n->last = v % 10 == 0 ? Last::kTens : Last::kUnit;
  } else if (EqualsIgnoreCase(word, "hundred")) {
    if (n->group <= 0 || n->group >= 100 || n->last == Last::kDozen) return false;
    n->group *= 100;
    n->last = Last::kHundred;
  } else if (long scale = Lookup(word, kScales)) {
    if (n->group <= 0 || n->last == Last::kDozen) return false;
    if (n->last_scale != 0 && scale >= n->last_scale) return false;
    n->total += n->group * scale;
    n->group = 0;
    n->last_scale = scale;
    n->last = Last::kScale;
  } else if (EqualsIgnoreCase(word, "dozen")) {
    if (n->last != Last::kA && n->last != Last::kUnit) return false;
    if (n->last_scale != 0 || n->group >= 100) return false;
    n->group *= 12;
    n->last = Last::kDozen;
  } else {
    return false;
  }
  return true;
}

// "five", "twenty-four", "a dozen", "two hundred and five", "a million".
bool ParseWordNumber(Words words, int i, long* value, int* end) {
  const int n = static_cast<int>(words.size());
  WordNumber num;
  int k = i;
  if (k < n && EqualsIgnoreCase(words[k], "a")) {
    num.group = 1;
    num.last = Last::kA;
    ++k;
  }
  for (; k < n; ++k) {
    if (EqualsIgnoreCase(words[k], "and") && k + 1 < n &&
        (num.last == Last::kHundred || num.last == Last::kScale)) {
      WordNumber next = num;  // "and" only before a unit or tens word
      if (!StepWordNumber(words[k + 1], &next)) break;
      if (next.last != Last::kUnit && next.last != Last::kTens) break;
      num = next;
      ++k;
      continue;
    }
    if (!StepWordNumber(words[k], &num)) break;
  }
  if (num.last == Last::kStart || num.last == Last::kA) return false;
  *value = num.total + num.group;
  *end = k;
  return true;
}

// "130", "1,200", "3.5"; false for "10:30", "1,20", "30-year-old", "0".
bool ParseDigits(std::string_view w, double* value, bool* fraction) {
  if (w.empty() || w.size() > 15 || !IsDigit(w[0])) return false;
  size_t comma = w.find(',');
  size_t dot = w.find('.');
  std::string_view whole = w.substr(0, dot);
  if (comma != std::string_view::npos && (comma == 0 || comma > 3)) return false;
  for (size_t i = 0; i < whole.size(); ++i) {
    bool comma_place = comma != std::string_view::npos && (whole.size() - i) % 4 == 0;
    if (comma_place ? whole[i] != ',' : !IsDigit(whole[i])) return false;
  }
  std::string_view frac = dot == std::string_view::npos ? "" : w.substr(dot + 1);
  if (dot != std::string_view::npos && frac.empty()) return false;
  double v = 0;
  for (char c : whole) v = c == ',' ? v : v * 10 + (c - '0');
  double place = 0.1;
  for (char c : frac) {
    if (!IsDigit(c)) return false;
    v += (c - '0') * place;
    place /= 10;
  }
  *value = v;
  *fraction = !frac.empty();
  return v > 0;
}

// Digits with an optional scale word: "130", "3.5 million", "200 thousand".
bool ParseDigitNumber(Words words, int i, long* value, int* end) {
  double v = 0;
  bool fraction = false;
  if (!ParseDigits(words[i], &v, &fraction)) return false;
  *end = i + 1;
  long scale = 1;
  if (*end < static_cast<int>(words.size())) {
    scale = Lookup(words[*end], kScales);
    if (scale == 0 && EqualsIgnoreCase(words[*end], "hundred")) scale = 100;
    if (scale != 0) ++*end;
  }
  if (scale == 0) scale = 1;
  if (fraction && scale == 1) return false;                 // people come in whole numbers
  if (v * static_cast<double>(scale) > 1e15) return false;  // no count; keeps lround in range
  *value = std::lround(v * static_cast<double>(scale));
  return *value > 0;
}

// "dozens", "hundreds of thousands", "several hundred", "a few dozen".
bool ParseVagueNumber(Words words, int i, long* value, int* end) {
  const int n = static_cast<int>(words.size());
  int k = i;
  if (EqualsIgnoreCase(words[k], "several")) {
    k += 1;
  } else if (k + 1 < n && EqualsIgnoreCase(words[k], "a") &&
             EqualsIgnoreCase(words[k + 1], "few")) {
    k += 2;
  }
  if (k > i) {
    long unit = k < n ? Lookup(words[k], kVagueUnits) : 0;
    if (unit == 0) return false;
    *value = 3 * unit;
    *end = k + 1;
    return true;
  }
  bool tens = EqualsIgnoreCase(words[k], "tens");
  long base = tens ? 10 : Lookup(words[k], kVague);
  if (base == 0) return false;
  *value = base;
  *end = k + 1;
  if (k + 2 < n && EqualsIgnoreCase(words[k + 1], "of") && (tens || base == 100)) {
    long unit = EqualsIgnoreCase(words[k + 2], "thousands")  ? 1000
                : EqualsIgnoreCase(words[k + 2], "millions") ? 1000000
                                                             : 0;
    if (unit != 0) {
      *value = base * unit;
      *end = k + 3;
    }
  }
  return !tens || *end == k + 3;  // "tens" alone is no number
}

// "half a dozen" 6, "half a million" 500,000.
bool ParseHalf(Words words, int i, long* value, int* end) {
  if (i + 2 >= static_cast<int>(words.size())) return false;
  if (!EqualsIgnoreCase(words[i], "half") || !EqualsIgnoreCase(words[i + 1], "a")) return false;
  long unit = Lookup(words[i + 2], kVagueUnits);
  if (unit == 0) return false;
  *value = unit / 2;
  *end = i + 3;
  return true;
}

struct Qualifier {
  std::string_view words[3];
  CountQualifier qualifier;
};

using enum CountQualifier;
// Longest first where one is a prefix of another.
// clang-format off
constexpr Qualifier kQualifiers[] = {
    {{"no", "fewer", "than"}, kAtLeast},    {{"no", "less", "than"}, kAtLeast},
    {{"no", "more", "than"}, kAtMost},      {{"in", "excess", "of"}, kAtLeast},
    {{"as", "many", "as"}, kAtMost},        {{"at", "least"}, kAtLeast},
    {{"more", "than"}, kAtLeast},           {{"upwards", "of"}, kAtLeast},
    {{"well", "over"}, kAtLeast},           {{"just", "over"}, kAtLeast},
    {{"over"}, kAtLeast},                   {{"above"}, kAtLeast},
    {{"up", "to"}, kAtMost},
    {{"at", "most"}, kAtMost},              {{"fewer", "than"}, kAtMost},
    {{"less", "than"}, kAtMost},            {{"just", "under"}, kAtMost},
    {{"close", "to"}, kApproximate},        {{"an", "estimated"}, kApproximate},
    {{"estimated"}, kApproximate},          {{"nearly"}, kApproximate},
    {{"almost"}, kApproximate},             {{"about"}, kApproximate},
    {{"around"}, kApproximate},             {{"some"}, kApproximate},
    {{"roughly"}, kApproximate},            {{"approximately"}, kApproximate},
};
// clang-format on

// Advances *i past a qualifier at words[*i], if there is one.
bool ParseQualifier(Words words, int* i, CountQualifier* q) {
  for (const Qualifier& entry : kQualifiers) {
    int k = *i;
    bool match = true;
    for (std::string_view w : entry.words) {
      if (w.empty()) break;
      if (k >= static_cast<int>(words.size()) || !EqualsIgnoreCase(words[k], w)) {
        match = false;
        break;
      }
      ++k;
    }
    if (match) {
      *i = k;
      *q = entry.qualifier;
      return true;
    }
  }
  return false;
}

// A number phrase with what the context checks need to know about its core.
struct Phrase {
  NumberPhrase n;
  int begin;
  int core_begin;
  int core_end;
  bool digits;  // the core is one token of digits
};

bool ParseCore(Words words, int i, long* value, int* end, bool* vague, bool* digits) {
  *vague = false;
  *digits = false;
  if (i >= static_cast<int>(words.size())) return false;
  if (ParseDigitNumber(words, i, value, end)) {
    *digits = *end == i + 1;
    return true;
  }
  if (ParseHalf(words, i, value, end)) return true;
  if (ParseVagueNumber(words, i, value, end)) {
    *vague = true;
    return true;
  }
  return ParseWordNumber(words, i, value, end);
}

// The words a number phrase can start with, lower-case: a qualifier's first
// word ("more", "at"), a number word, a vague amount ("several", "dozens").
const std::unordered_set<std::string_view>& PhraseStarts() {
  static const std::unordered_set<std::string_view> starts = [] {
    std::unordered_set<std::string_view> set = {"a", "half", "several", "tens"};
    for (const Qualifier& q : kQualifiers) set.insert(q.words[0]);
    for (const Entry& e : kUnits) set.insert(e.word);
    for (const Entry& e : kTens) set.insert(e.word);
    for (const Entry& e : kVague) set.insert(e.word);
    return set;
  }();
  return starts;
}

// Five bits of each of the first two letters of `key` (equal for two words
// EqualsIgnoreCase finds equal) and its length, capped at 15.
int ShapeOfStart(std::string_view key) {
  const int second = key.size() > 1 ? key[1] & 31 : 0;
  return (key[0] & 31) << 9 | second << 4 | static_cast<int>(std::min<size_t>(key.size(), 15));
}

// Bit ShapeOfStart(s) set for every s in PhraseStarts(): a word whose bit is
// clear is none of them, and needs no lowercasing and hashing.
const std::bitset<(1 << 14)>& PhraseStartShapes() {
  static const std::bitset<(1 << 14)> shapes = [] {
    std::bitset<(1 << 14)> bits;
    for (std::string_view start : PhraseStarts()) bits.set(ShapeOfStart(start));
    return bits;
  }();
  return shapes;
}

// Whether a number phrase can start at `w` (ParsePhrase fails at any other
// word): a bit test, then one lookup, instead of trying every form.
bool MayStartPhrase(std::string_view w) {
  if (IsDigit(w[0])) return true;
  char lower[16];  // every start is shorter, "twenty-four" included
  if (w.size() > sizeof lower) return false;
  // The word looked up is `w` up to a hyphen ("twenty-four": its tens),
  // lowercased. Every start has a letter, so an empty one is none.
  size_t length = 0;
  while (length < w.size() && w[length] != '-') ++length;
  if (length == 0 || !PhraseStartShapes().test(ShapeOfStart(w.substr(0, length)))) return false;
  for (size_t i = 0; i < length; ++i) lower[i] = IsUpper(w[i]) ? w[i] - 'A' + 'a' : w[i];
  return PhraseStarts().contains(std::string_view(lower, length));
}

bool ParsePhrase(Words words, int begin, Phrase* p) {
  int i = begin;
  CountQualifier q = CountQualifier::kExact;
  bool qualified = ParseQualifier(words, &i, &q);
  long value = 0;
  int end = 0;
  bool vague = false;
  if (!ParseCore(words, i, &value, &end, &vague, &p->digits)) return false;
  p->begin = begin;
  p->core_begin = i;
  p->core_end = end;
  if (!qualified && vague) q = CountQualifier::kApproximate;
  if (!qualified && end + 1 < static_cast<int>(words.size()) &&
      EqualsIgnoreCase(words[end], "or") && EqualsIgnoreCase(words[end + 1], "more")) {
    q = CountQualifier::kAtLeast;  // "30 or more"
    end += 2;
  }
  p->n = NumberPhrase{value, q, end};
  return true;
}

// ---- Word lists for the context ------------------------------------------------

struct Trigger {
  std::string_view word;
  CountKind kind;
};

using enum CountKind;

// Active verbs whose object is the count: "killing 224 people".
constexpr Trigger kVerbs[] = {
    {"kill", kKilled},          {"kills", kKilled},        {"killed", kKilled},
    {"killing", kKilled},       {"execute", kKilled},      {"executed", kKilled},
    {"executing", kKilled},     {"massacred", kKilled},    {"massacring", kKilled},
    {"murdered", kKilled},      {"murdering", kKilled},    {"slaughtered", kKilled},
    {"injure", kInjured},       {"injures", kInjured},     {"injured", kInjured},
    {"injuring", kInjured},     {"wound", kInjured},       {"wounds", kInjured},
    {"wounded", kInjured},      {"wounding", kInjured},    {"hurt", kInjured},
    {"hurting", kInjured},      {"arrest", kArrested},     {"arrests", kArrested},
    {"arrested", kArrested},    {"arresting", kArrested},  {"detain", kArrested},
    {"detains", kArrested},     {"detained", kArrested},   {"detaining", kArrested},
    {"captured", kArrested},    {"capturing", kArrested},  {"displace", kDisplaced},
    {"displaces", kDisplaced},  {"displaced", kDisplaced}, {"displacing", kDisplaced},
    {"kidnap", kKidnapped},     {"kidnaps", kKidnapped},   {"kidnapped", kKidnapped},
    {"kidnapping", kKidnapped}, {"abduct", kKidnapped},    {"abducts", kKidnapped},
    {"abducted", kKidnapped},   {"abducting", kKidnapped}, {"evacuate", kEvacuated},
    {"evacuates", kEvacuated},  {"evacuated", kEvacuated}, {"evacuating", kEvacuated},
};

// Nouns before "of N": "the deaths of 12 soldiers".
constexpr Trigger kNominals[] = {
    {"deaths", kKilled},         {"death", kKilled},         {"killing", kKilled},
    {"killings", kKilled},       {"murder", kKilled},        {"murders", kKilled},
    {"massacre", kKilled},       {"execution", kKilled},     {"executions", kKilled},
    {"arrest", kArrested},       {"arrests", kArrested},     {"detention", kArrested},
    {"abduction", kKidnapped},   {"abductions", kKidnapped}, {"kidnapping", kKidnapped},
    {"kidnappings", kKidnapped}, {"evacuation", kEvacuated}, {"displacement", kDisplaced},
    {"bodies", kKilled},
};

// Nouns after N that are the count themselves: "40 deaths".
constexpr Trigger kCountNouns[] = {
    {"deaths", kKilled},        {"fatalities", kKilled},     {"bodies", kKilled},
    {"corpses", kKilled},       {"injuries", kInjured},      {"arrests", kArrested},
    {"abductions", kKidnapped}, {"kidnappings", kKidnapped}, {"evacuations", kEvacuated},
};

// What happened to N: "30 people were killed", "130 dead", "thousands fled".
// A state that is also in kVerbs is transitive: "3 bombs killed 30" is no
// count of bombs.
// clang-format off
constexpr Trigger kStates[] = {
    {"killed", kKilled},            {"dead", kKilled},              {"died", kKilled},
    {"slain", kKilled},             {"murdered", kKilled},          {"executed", kKilled},
    {"massacred", kKilled},         {"injured", kInjured},          {"wounded", kInjured},
    {"hurt", kInjured},             {"hospitalized", kInjured},     {"hospitalised", kInjured},
    {"arrested", kArrested},        {"detained", kArrested},        {"captured", kArrested},
    {"displaced", kDisplaced},
    {"fled", kDisplaced},           {"flee", kDisplaced},           {"homeless", kDisplaced},
    {"kidnapped", kKidnapped},      {"abducted", kKidnapped},       {"missing", kMissing},
    {"unaccounted", kMissing},      {"evacuated", kEvacuated},      {"protested", kParticipants},
    {"protesting", kParticipants},  {"demonstrated", kParticipants}, {"marched", kParticipants},
    {"demonstrating", kParticipants}, {"marching", kParticipants},  {"rallied", kParticipants},
    {"rallying", kParticipants},    {"gathered", kParticipants},
};
// clang-format on

// Words between N [NOUN] and its state: "were also reportedly killed".
constexpr std::string_view kChain[] = {
    "were",      "was",     "are",    "is",      "be",       "been",     "being",      "have",
    "has",       "had",     "will",   "would",   "also",     "all",      "reportedly", "reported",
    "allegedly", "later",   "still",  "now",     "feared",   "believed", "thought",    "confirmed",
    "found",     "left",    "remain", "remains", "remained", "forced",   "driven",     "to",
    "said",      "already", "both",   "more",    "went",     "gone"};

// Nouns of the members of a group, followed by "of" and the group.
constexpr std::string_view kMembers[] = {"members",   "member",  "personnel",  "officers", "staff",
                                         "employees", "workers", "supporters", "fighters"};

constexpr std::string_view kParticipantNouns[] = {
    "protesters", "protestors", "demonstrators", "marchers", "rioters", "strikers", "participants"};

// Singular people nouns counted as one after "a" or "an": "a protester died",
// "a police officer was killed", "killing a teacher".
constexpr std::string_view kSingularPeople[] = {
    "person",    "man",          "woman",     "boy",          "girl",    "child",     "teenager",
    "civilian",  "resident",     "villager",  "passenger",    "tourist", "pilgrim",   "worshipper",
    "worshiper", "bystander",    "passer-by", "soldier",      "officer", "policeman", "policewoman",
    "guard",     "fighter",      "militant",  "rebel",        "gunman",  "attacker",  "assailant",
    "suspect",   "protester",    "protestor", "demonstrator", "student", "teacher",   "journalist",
    "reporter",  "photographer", "activist",  "worker",       "farmer",  "doctor",    "nurse",
    "driver",    "migrant",      "refugee",   "prisoner",     "inmate",  "hostage",   "official",
    "member",    "minor",        "juvenile"};

constexpr std::string_view kPeople[] = {
    "people",   "persons",     "person",       "civilians",  "civilian",      "soldiers",
    "soldier",  "troops",      "servicemen",   "police",     "policemen",     "policeman",
    "officers", "officer",     "militants",    "fighters",   "rebels",        "insurgents",
    "gunmen",   "jihadists",   "protesters",   "protestors", "demonstrators", "marchers",
    "rioters",  "strikers",    "participants", "students",   "children",      "child",
    "kids",     "women",       "woman",        "men",        "man",           "boys",
    "girls",    "schoolgirls", "migrants",     "refugees",   "residents",     "villagers",
    "workers",  "journalists", "reporters",    "activists",  "members",       "passengers",
    "tourists", "pilgrims",    "worshippers",  "worshipers", "prisoners",     "inmates",
    "hostages", "miners",      "farmers",      "supporters", "others",        "suspects",
    "guards",   "officials",   "staff",        "crew",       "individuals",   "victims",
    "patients", "families",    "citizens",     "nationals",  "them",          "teenagers",
    "youths",   "detainees",   "opponents",    "critics",    "voters",        "employees"};

// The two people tables as sets: asked about for most words of a sentence.
const WordSet& People() {
  static const WordSet kSet(kPeople);
  return kSet;
}
const WordSet& SingularPeople() {
  static const WordSet kSet(kSingularPeople);
  return kSet;
}

constexpr std::string_view kAdjectives[] = {"innocent",  "unarmed", "other",  "more",
                                            "young",     "foreign", "local",  "armed",
                                            "suspected", "alleged", "fellow", "elderly"};

// Tokens before a number that make it a label, an amount of money or an age.
constexpr std::string_view kBefore[] = {
    "$",          "us$",       "€",       "£",         "¥",        "rs",       "rs.",
    "no.",        "nos.",      "number",  "#",         "flight",   "route",    "highway",
    "resolution", "article",   "chapter", "page",      "section",  "room",     "aged",
    "age",        "ages",      "level",   "phase",     "category", "platform", "gate",
    "district",   "ward",      "unit",    "battalion", "brigade",  "division", "squadron",
    "regiment",   "paragraph", "verse",   "version",   "model"};

// Tokens after a number that make it a measure, an amount, a time or a share.
constexpr std::string_view kAfter[] = {"%",          "percent",   "per",
                                       "pc",         "years",     "year",
                                       "days",       "day",       "weeks",
                                       "week",       "months",    "month",
                                       "hours",      "hour",      "minutes",
                                       "minute",     "seconds",   "decades",
                                       "centuries",  "km",        "kilometres",
                                       "kilometers", "kilometre", "kilometer",
                                       "miles",      "mile",      "metres",
                                       "meters",     "metre",     "meter",
                                       "feet",       "foot",      "inches",
                                       "kg",         "kilograms", "kilos",
                                       "pounds",     "tons",      "tonnes",
                                       "dollars",    "dollar",    "euros",
                                       "euro",       "yuan",      "rupees",
                                       "yen",        "francs",    "cents",
                                       "a.m.",       "p.m.",      "am",
                                       "pm",         "gmt",       "utc",
                                       "o'clock",    "times",     "points",
                                       "degrees",    "acres",     "hectares",
                                       "barrels",    "litres",    "liters",
                                       "votes",      "seats",     "bn",
                                       "m",          "mn",        "billion-dollar"};

constexpr std::string_view kMonths[] = {
    "Jan",  "Jan.",    "January", "Feb",  "Feb.",     "February", "Mar.",  "March",     "Apr",
    "Apr.", "April",   "May",     "Jun",  "Jun.",     "June",     "Jul",   "Jul.",      "July",
    "Aug",  "Aug.",    "August",  "Sep",  "Sep.",     "Sept",     "Sept.", "September", "Oct",
    "Oct.", "October", "Nov",     "Nov.", "November", "Dec",      "Dec.",  "December"};

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

// Prepositions that make a bare year-like number a year: "in 2015".
constexpr std::string_view kYearPrepositions[] = {
    "in",  "since",   "by", "until",   "till", "from",  "of",   "during", "before", "after",
    "for", "through", "to", "between", "and",  "early", "late", "mid",    "the"};

template <typename Table, size_t Size>
const Table* Find(std::string_view word, const Table (&table)[Size]) {
  for (const Table& t : table) {
    if (EqualsIgnoreCase(word, t.word)) return &t;
  }
  return nullptr;
}

bool IsMonth(std::string_view w) { return !w.empty() && IsUpper(w[0]) && InTable(w, kMonths); }

// ---- Classification ---------------------------------------------------------------

struct Found {
  CountKind kind;
  int begin;  // first token of the trigger
  int end;    // one past its last token
};

class Finder {
 public:
  Finder(Words words, Words tags) : words_(words), tags_(tags), n_(static_cast<int>(words.size())) {
    if (tags_.size() != words_.size()) tags_ = {};
  }

  // Handles the number phrase `p`; true and *out filled if it is a count.
  // `previous` is the sentence's last count before `p`, or null.
  bool Classify(const Phrase& p, const Count* previous, Count* out) const;
  // Handles "a" or "an" at `article` before a singular person ("a protester
  // died", "killing a teacher"): a count of one.
  bool ClassifySingular(int article, Count* out) const;

 private:
  bool HasTag(int i, WordList tags) const { return !tags_.empty() && In(tags_[i], tags); }
  bool YearLike(const Phrase& p) const;
  bool Rejected(const Phrase& p) const;
  bool IsPeopleNoun(int i, bool strict) const;
  bool IsPeopleOfAPlace(int i) const;
  bool DrivenFromHomes(int begin, int after, Found* f) const;
  bool IsModifier(int i) const;
  bool ObjectFollows(int i) const;
  int FindWho(int end, bool strict) const;
  bool VerbBefore(int begin, Found* f) const;
  bool NominalBefore(int begin, Found* f) const;
  bool TollRoseTo(int begin, Found* f) const;
  int SkipAside(int k) const;
  bool NounAfter(int end, Found* f) const;
  bool StateAt(int k, bool passive, Found* f) const;
  bool StateAfter(int end, int who, Found* f) const;
  bool CoordinatedState(int who, Found* f) const;
  bool AfterCoordinatedCount(const Phrase& p, int who, const Count* previous, Found* f) const;
  bool GappedCount(const Phrase& p, int who, const Count* previous, Found* f) const;

  Words words_;
  Words tags_;
  int n_;
};

bool Finder::YearLike(const Phrase& p) const {
  return p.digits && p.n.number >= 1800 && p.n.number <= 2100 && words_[p.core_begin].size() == 4;
}

bool Finder::Rejected(const Phrase& p) const {
  int b = p.core_begin;
  if (b > 0 && InTable(words_[b - 1], kBefore)) return true;
  if (p.core_end < n_ && InTable(words_[p.core_end], kAfter)) return true;
  if (p.digits && p.n.number <= 31) {  // "Nov. 13", "13 November"
    if (b > 0 && IsMonth(words_[b - 1])) return true;
    if (p.core_end < n_ && IsMonth(words_[p.core_end])) return true;
  }
  if (YearLike(p) && p.begin == b && b > 0 && InTable(words_[b - 1], kYearPrepositions))
    return true;
  if (p.begin == b && b >= 3 && EqualsIgnoreCase(words_[b - 1], "the") &&
      EqualsIgnoreCase(words_[b - 2], "of")) {
    Phrase before{};  // "one of the 12 miners was killed" counts one, not 12
    for (int i = b - 4; i <= b - 3; ++i) {
      if (i >= 0 && ParsePhrase(words_, i, &before) && before.n.end == b - 2) return true;
    }
  }
  return EqualsIgnoreCase(words_[b], "one") && b > 0 &&
         In(words_[b - 1], {"no", "any", "every", "each", "the", "this", "that", "which"});
}

// "Palestinians", "Uzbeks": a capitalised word in 's, not a month.
bool IsCapitalisedPlural(std::string_view w) {
  return w.size() > 3 && IsUpper(w[0]) && IsLower(w[1]) && w.back() == 's' && !InTable(w, kMonths);
}

// "people", "soldiers", "Palestinians"; with tags (and not `strict`) any plural noun.
bool Finder::IsPeopleNoun(int i, bool strict) const {
  std::string_view w = words_[i];
  if (People().contains(w)) return true;
  // "one suspect", "a minor": a singular person.
  if (i > 0 && In(words_[i - 1], {"one", "a", "an"}) && SingularPeople().contains(w)) return true;
  bool capitalised_plural = IsCapitalisedPlural(w) && w[w.size() - 2] != '\'';
  if (capitalised_plural && (tags_.empty() || HasTag(i, {"NNPS", "NNS"}))) return true;
  if (strict || !HasTag(i, {"NNS", "NNPS"})) return false;
  return !InTable(w, kAfter) && Find(w, kCountNouns) == nullptr;
}

// "Uzbeks", "Kenyans": a capitalised plural that ends its phrase (not
// "Hamas" in "Hamas fighters"), which the tagger may call a proper noun.
bool Finder::IsPeopleOfAPlace(int i) const {
  if (i >= n_) return false;
  std::string_view w = words_[i];
  if (!IsCapitalisedPlural(w)) return false;
  return i + 1 >= n_ || tags_.empty() || !HasTag(i + 1, {"NN", "NNS", "NNP", "NNPS", "POS"});
}

bool Finder::IsModifier(int i) const {
  std::string_view w = words_[i];
  if (w.empty()) return false;
  if (!tags_.empty()) return HasTag(i, {"JJ", "JJR", "JJS", "NN", "NNP", "VBN"});
  if (InTable(w, kAdjectives) || Find(w, kStates) != nullptr) return true;
  return (IsUpper(w[0]) && w.size() > 1) || w.find('-') != std::string_view::npos;
}

bool Finder::ObjectFollows(int i) const {
  if (i >= n_) return false;
  Phrase p{};
  if (ParsePhrase(words_, i, &p)) return p.core_end >= n_ || !InTable(words_[p.core_end], kAfter);
  if (InTable(words_[i], kWeekdays)) return false;  // "were killed Tuesday"
  if (In(words_[i], {"the", "a", "an", "his", "her", "their", "its", "our", "him", "them", "us",
                     "me", "at", "several", "many"})) {
    return true;
  }
  return HasTag(i, {"DT", "PRP", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS"}) ||
         IsPeopleNoun(i, false);
}

// The counted noun after a number ending at `end`: up to three modifiers, then
// a run of nouns whose last is the head ("30 police officers"). -1 if none.
int Finder::FindWho(int end, bool strict) const {
  int i = end;
  if (i < n_ && EqualsIgnoreCase(words_[i], "of")) {  // "dozens of", "30 of the", "4 of its"
    ++i;
    if (i < n_ && In(words_[i], {"the", "those", "these", "its", "their", "his", "her", "our"}))
      ++i;
    if (IsPeopleOfAPlace(i)) return i;  // "hundreds of Uzbeks", whatever the tagger says
  }
  for (int modifiers = 0; i < n_; ++i) {
    if (IsPeopleNoun(i, strict)) {
      while (i + 1 < n_ && IsPeopleNoun(i + 1, strict)) ++i;
      return i;
    }
    if (++modifiers > 3 || !IsModifier(i)) return -1;
  }
  return -1;
}

// "has driven about a million from their homes", "forced 3,000 people out of
// their homes": a verb of driving before N, and the homes after it.
bool Finder::DrivenFromHomes(int begin, int after, Found* f) const {
  if (begin < 1 || after + 2 >= n_ ||
      !In(words_[begin - 1],
          {"driven", "drove", "drive", "driving", "forced", "forcing", "chased"}))
    return false;
  int k = after;
  if (EqualsIgnoreCase(words_[k], "out") && EqualsIgnoreCase(words_[k + 1], "of")) ++k;
  if (!In(words_[k], {"from", "of"}) || k + 2 >= n_) return false;
  if (!EqualsIgnoreCase(words_[k + 1], "homes") && !EqualsIgnoreCase(words_[k + 2], "homes"))
    return false;
  *f = Found{CountKind::kDisplaced, begin - 1, after};
  return true;
}

bool Finder::VerbBefore(int begin, Found* f) const {
  if (begin == 0) return false;
  if (begin >= 2 && EqualsIgnoreCase(words_[begin - 1], "dead") &&
      In(words_[begin - 2], {"shot", "shoot", "shoots", "shooting"})) {
    *f = Found{CountKind::kKilled, begin - 2, begin};  // "shot dead three Palestinians"
    return true;
  }
  // "killed all 298 people on board"
  const int verb = begin >= 2 && EqualsIgnoreCase(words_[begin - 1], "all") ? begin - 2 : begin - 1;
  const Trigger* t = Find(words_[verb], kVerbs);
  if (t == nullptr) return false;
  *f = Found{t->kind, verb, begin};
  return true;
}

// "The death toll from the strongest quake in 80 years rose above N": a
// toll somewhere before a verb of rising right before N; so is "the number
// of people killed (injured, displaced ...) in the fighting has risen to N".
bool Finder::TollRoseTo(int begin, Found* f) const {
  int k = begin - 1;
  if (k >= 0 && In(words_[k], {"to", "past"})) --k;
  if (k < 1 || !In(words_[k], {"rose", "risen", "climbed", "reached", "passed", "topped",
                               "exceeded", "surpassed", "jumped", "hit", "stood", "stands"}))
    return false;
  const Trigger* state = nullptr;  // "the number of people killed ... rose to N"
  for (int j = k - 1; j >= 0 && j >= k - 20; --j) {
    std::string_view w = words_[j];
    if (EqualsIgnoreCase(w, "toll")) {
      *f = Found{CountKind::kKilled, j, begin};
      return true;
    }
    if (const Trigger* t = Find(w, kStates); t != nullptr && t->kind != kParticipants) state = t;
    if (state != nullptr && EqualsIgnoreCase(w, "number") &&
        EqualsIgnoreCase(words_[j + 1], "of")) {
      *f = Found{state->kind, j, begin};
      return true;
    }
    if (In(w, {";", ":", "which", "that", "while", "as"})) return false;
  }
  return false;
}

// "the deaths of N", or a "toll" a few words before: "the death toll rose to N".
bool Finder::NominalBefore(int begin, Found* f) const {
  if (TollRoseTo(begin, f)) return true;
  if (begin >= 2 && EqualsIgnoreCase(words_[begin - 1], "of")) {
    if (const Trigger* t = Find(words_[begin - 2], kNominals)) {
      *f = Found{t->kind, begin - 2, begin};
      return true;
    }
  }
  // N right after a word that gives a toll its number ("rose to", "stood at",
  // "of"), not one inside the toll's noun phrase ("the toll from the bombing
  // of two nightclubs").
  if (begin < 1 || !In(words_[begin - 1], {"to", "at", "past", "above", "reached", "hit", "passed",
                                           "topped", "exceeded", "is", "was", "now", "of"}))
    return false;
  if (EqualsIgnoreCase(words_[begin - 1], "of") &&
      (begin < 2 || !EqualsIgnoreCase(words_[begin - 2], "toll")))
    return false;
  for (int j = begin - 1; j >= 0 && j >= begin - 8; --j) {
    std::string_view w = words_[j];
    if (EqualsIgnoreCase(w, "toll")) {
      *f = Found{CountKind::kKilled, j, begin};
      return true;
    }
    if (w.empty() || IsDigit(w[0])) return false;
    if (In(w, {",", ";", ":", "--", "-LRB-", "which", "that"})) return false;
  }
  return false;
}

bool Finder::NounAfter(int end, Found* f) const {
  if (end >= n_) return false;
  const Trigger* t = Find(words_[end], kCountNouns);
  if (t == nullptr) return false;
  *f = Found{t->kind, end, end + 1};
  return true;
}

// A state word at k ("took to the streets" too), unless it is an active verb with an object ("3
// bombs killed 30"; after a form of "be" it is passive: "were killed the next day").
bool Finder::StateAt(int k, bool passive, Found* f) const {
  if (k >= n_) return false;
  if (k + 3 < n_ && In(words_[k], {"took", "take", "taking", "takes"}) &&
      EqualsIgnoreCase(words_[k + 1], "to") && EqualsIgnoreCase(words_[k + 2], "the") &&
      EqualsIgnoreCase(words_[k + 3], "streets")) {
    *f = Found{CountKind::kParticipants, k, k + 4};
    return true;
  }
  if (k + 1 < n_ && EqualsIgnoreCase(words_[k], "shot") &&
      EqualsIgnoreCase(words_[k + 1], "dead")) {
    if (!passive && ObjectFollows(k + 2)) return false;  // "a man shot dead 13 people"
    *f = Found{CountKind::kKilled, k, k + 2};            // "one teacher was shot dead"
    return true;
  }
  if (k >= 1 && k + 2 < n_ && EqualsIgnoreCase(words_[k], "from") &&
      In(words_[k - 1], {"forced", "driven"}) &&
      (EqualsIgnoreCase(words_[k + 1], "homes") || EqualsIgnoreCase(words_[k + 2], "homes"))) {
    *f = Found{CountKind::kDisplaced, k - 1, k + 3};  // "were forced from their homes"
    return true;
  }
  if (k + 2 < n_ && EqualsIgnoreCase(words_[k], "treated") &&
      EqualsIgnoreCase(words_[k + 1], "for") &&
      In(words_[k + 2], {"injuries", "wounds", "burns", "gunshot"})) {
    *f = Found{CountKind::kInjured, k, k + 3};  // "893 people had been treated for injuries"
    return true;
  }
  const Trigger* s = Find(words_[k], kStates);
  if (s == nullptr) return false;
  bool transitive = Find(words_[k], kVerbs) != nullptr;
  if (transitive && !passive && ObjectFollows(k + 1)) return false;
  *f = Found{s->kind, k, k + 1};
  return true;
}

// "12 dead soldiers", "30 people were killed", "130 dead", "thousands fled".
// Past what may stand between a counted noun and its state: a second noun
// ("18 police officers and soldiers have died"), the group that members
// belong to ("three members of the security forces were killed") and an
// aside ("39 people, including two police officers, were injured").
int Finder::SkipAside(int k) const {
  if (k + 1 < n_ && In(words_[k], {"and", "or"}) && People().contains(words_[k + 1])) k += 2;
  // "three members of the security forces were killed": the group's "of".
  if (k + 2 < n_ && EqualsIgnoreCase(words_[k], "of") && InTable(words_[k - 1], kMembers)) {
    int j = k + 1;
    if (In(words_[j], {"the", "its", "their"})) ++j;
    while (j < n_ && j <= k + 5 && (IsModifier(j) || IsPeopleNoun(j, false))) ++j;
    if (j > k + 1) k = j;
  }
  if (k + 1 >= n_ || words_[k] != "," ||
      !In(words_[k + 1], {"including", "among", "mostly", "most", "many", "some", "all", "both"}))
    return k;
  for (int j = k + 2; j < n_ && j <= k + 12; ++j) {
    if (words_[j] == ",") return j + 1;
    if (In(words_[j], {";", ":", "."})) break;
  }
  return k;
}

bool Finder::StateAfter(int end, int who, Found* f) const {
  if (who > end && end < n_) {  // a state word among the noun's modifiers
    for (int k = end; k < who; ++k) {
      if (const Trigger* s = Find(words_[k], kStates)) {
        *f = Found{s->kind, k, k + 1};
        return true;
      }
    }
  }
  int k = SkipAside(who >= 0 ? who + 1 : end);
  bool passive = false;
  for (int chain = 0; k < n_ && chain < 5 && InTable(words_[k], kChain); ++k, ++chain) {
    passive = passive || In(words_[k], {"were", "was", "are", "is", "be", "been", "being"});
  }
  return StateAt(k, passive, f);
}

// "61 civilians and six members of the security forces were killed": the
// first of two coordinated counts has the state of the second.
bool Finder::CoordinatedState(int who, Found* f) const {
  if (who < 0 || who + 2 >= n_ || !EqualsIgnoreCase(words_[who + 1], "and")) return false;
  std::string_view next = words_[who + 2];
  Phrase second{};
  if (next.empty() || !MayStartPhrase(next) || !ParsePhrase(words_, who + 2, &second)) return false;
  int second_who = FindWho(second.n.end, true);
  Found state{};
  if (second_who < 0 || !StateAfter(second.n.end, second_who, &state)) return false;
  *f = Found{state.kind, who, who + 1};
  return true;
}

// "killing 12 soldiers and three civilians": a count of people right after
// "and" that ends the previous count has the previous count's kind.
bool Finder::AfterCoordinatedCount(const Phrase& p, int who, const Count* previous,
                                   Found* f) const {
  if (previous == nullptr || who < 0 || p.begin < 1 || previous->token_end != p.begin - 1 ||
      !EqualsIgnoreCase(words_[p.begin - 1], "and") || !IsPeopleNoun(who, true))
    return false;
  *f = Found{previous->kind, p.begin, p.n.end};
  return true;
}

// "Eight people were killed in Cusco and seven in Puno": a bare number after
// "and", before a place, with the verb gapped, is a count of the previous
// count's kind when only that count's place stands between them (no comma,
// no verb: not "killed 8 in Cusco and arrested 7 in Puno").
bool Finder::GappedCount(const Phrase& p, int who, const Count* previous, Found* f) const {
  if (previous == nullptr || who >= 0 || p.begin < 1 || p.n.end >= n_ ||
      !EqualsIgnoreCase(words_[p.begin - 1], "and") ||
      !In(words_[p.n.end], {"in", "at", "near", "across"}))
    return false;
  const int gap = p.begin - 1 - previous->token_end;
  if (gap < 1 || gap > 6 || !In(words_[previous->token_end], {"in", "at", "near", "across"}))
    return false;
  for (int k = previous->token_end; k < p.begin - 1; ++k) {
    if (words_[k] == "," || HasTag(k, {"VB", "VBD", "VBN", "VBZ", "VBP", "VBG"})) return false;
  }
  *f = Found{previous->kind, p.begin, p.n.end};
  return true;
}

bool Finder::ClassifySingular(int article, Count* out) const {
  int who = article + 1;
  for (int modifiers = 0; who < n_ && !SingularPeople().contains(words_[who]); ++who) {
    if (++modifiers > 2) return false;
    if (!IsModifier(who) && !EqualsIgnoreCase(words_[who], "police")) return false;
  }
  if (who >= n_) return false;
  while (who + 1 < n_ && SingularPeople().contains(words_[who + 1])) ++who;  // "police officer"
  Found f{};
  if (!VerbBefore(article, &f) && !StateAfter(who + 1, who, &f)) return false;
  if (f.kind == kParticipants) return false;
  int begin = f.begin < article ? f.begin : article;
  int end = f.end > who + 1 ? f.end : who + 1;
  *out = Count{f.kind, 1, CountQualifier::kExact, begin, end, words_[who]};
  return true;
}

bool Finder::Classify(const Phrase& p, const Count* previous, Count* out) const {
  if (Rejected(p)) return false;
  bool year_like = YearLike(p);
  int who = FindWho(p.n.end, year_like);
  if (year_like && who < 0) return false;
  Found f{};
  bool found = DrivenFromHomes(p.begin, who >= 0 ? who + 1 : p.n.end, &f) ||
               VerbBefore(p.begin, &f) || NominalBefore(p.begin, &f) || NounAfter(p.n.end, &f) ||
               StateAfter(p.n.end, who, &f) || CoordinatedState(who, &f) ||
               AfterCoordinatedCount(p, who, previous, &f) || GappedCount(p, who, previous, &f);
  if (!found && who >= 0 && InTable(words_[who], kParticipantNouns)) {
    f = Found{CountKind::kParticipants, who, who + 1};
    found = true;
  }
  if (!found) return false;
  // "captured 150" may be of towns or tanks: only people captured are counted.
  if (who < 0 && f.begin < p.begin && In(words_[f.begin], {"captured", "capturing"})) return false;
  int begin = f.begin < p.begin ? f.begin : p.begin;
  int end = f.end > p.n.end ? f.end : p.n.end;
  if (who >= end) end = who + 1;
  *out = Count{f.kind, p.n.number, p.n.qualifier,
               begin,  end,        who >= 0 ? words_[who] : std::string_view()};
  return true;
}

}  // namespace

const char* CountKindName(CountKind kind) {
  switch (kind) {
    case CountKind::kKilled:
      return "killed";
    case CountKind::kInjured:
      return "injured";
    case CountKind::kArrested:
      return "arrested";
    case CountKind::kDisplaced:
      return "displaced";
    case CountKind::kKidnapped:
      return "kidnapped";
    case CountKind::kParticipants:
      return "participants";
    case CountKind::kMissing:
      return "missing";
    case CountKind::kEvacuated:
      return "evacuated";
  }
  return "?";
}

const char* CountQualifierName(CountQualifier qualifier) {
  switch (qualifier) {
    case CountQualifier::kExact:
      return "exact";
    case CountQualifier::kAtLeast:
      return "at least";
    case CountQualifier::kAtMost:
      return "at most";
    case CountQualifier::kApproximate:
      return "approximately";
  }
  return "?";
}

bool ParseNumberPhrase(std::span<const std::string_view> words, int begin, NumberPhrase* out) {
  if (begin < 0 || begin >= static_cast<int>(words.size())) return false;
  Phrase p{};
  if (!ParsePhrase(words, begin, &p)) return false;
  *out = p.n;
  return true;
}

namespace {

// Every count has a word that says what was counted ("killed", "dead",
// "deaths", "toll", "protesters", "took to the streets", "forced from their
// homes", "treated for injuries"): without one, no number in the sentence is
// a count. The words of the tables above (all lower case) in one set.
const WordSet& CountWords() {
  static const WordSet kWords = [] {
    std::vector<std::string_view> words = {"toll", "streets", "homes", "treated"};
    for (const Trigger& t : kVerbs) words.push_back(t.word);
    for (const Trigger& t : kStates) words.push_back(t.word);
    for (const Trigger& t : kNominals) words.push_back(t.word);
    for (const Trigger& t : kCountNouns) words.push_back(t.word);
    for (std::string_view w : kParticipantNouns) words.push_back(w);
    return WordSet(words);
  }();
  return kWords;
}

// Only words of 4 to 14 letters are looked up: every count word is one.
bool MayHaveCounts(std::span<const std::string_view> words) {
  const WordSet& table = CountWords();
  for (std::string_view w : words) {
    if (w.size() >= 4 && w.size() <= 14 && table.contains(w)) return true;
  }
  return false;
}

}  // namespace

bool MayHaveCountOfOne(std::span<const std::string_view> words) {
  const int n = static_cast<int>(words.size());
  for (int i = 0; i + 1 < n; ++i) {
    std::string_view w = words[i];
    if (w.empty() || w.size() > 2 || (w[0] | 0x20) != 'a' || !In(w, {"a", "an"})) continue;
    int who = i + 1;
    while (who < n && who <= i + 3 && !SingularPeople().contains(words[who])) ++who;
    if (who >= n || who > i + 3) continue;
    // A verb right before ("killing a teacher") or a state a few words after
    // ("a protester died", "a policeman was shot dead").
    if (i > 0 && (Find(words[i - 1], kVerbs) != nullptr || EqualsIgnoreCase(words[i - 1], "dead")))
      return true;
    for (int k = who + 1; k < n && k <= who + 5; ++k) {
      if (EqualsIgnoreCase(words[k], "shot") || Find(words[k], kStates) != nullptr) return true;
    }
  }
  return false;
}

void FindCounts(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                std::vector<Count>* out) {
  out->clear();
  if (!MayHaveCounts(words)) return;
  Finder finder(words, tags);
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n;) {
    Phrase p{};
    Count count{};
    if (words[i].empty() || !MayStartPhrase(words[i]) || !ParsePhrase(words, i, &p)) {
      if (In(words[i], {"a", "an"}) && finder.ClassifySingular(i, &count)) out->push_back(count);
      ++i;
      continue;
    }
    if (finder.Classify(p, out->empty() ? nullptr : &out->back(), &count)) out->push_back(count);
    i = p.n.end;
  }
}

}  // namespace dyad::doc
