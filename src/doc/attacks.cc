// The article's attacks: claims of responsibility and the attacks they
// give an author, towns seized, violence against civilians (see attacks.h).
#include "doc/attacks.h"

#include <initializer_list>

#include "doc/article_state.h"
#include "doc/coreference_roles.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/cameo.h"

namespace dyad::doc {
namespace {

constexpr std::string_view kClaimVerbs[] = {"claimed", "claims", "claim"};

// The claim's forms and the participles that lay a deed on its author
// (BlamePreposition): a sentence with none of them claims no attack.
constexpr std::string_view kClaimWords[] = {"claimed", "claims", "claim", "blamed", "attributed"};

bool IsClaimVerb(std::string_view w) { return EqualsAnyIgnoreCase(w, kClaimVerbs); }

// "A huge van bomb blamed on the Basque separatist group ETA tore through
// ...", "a wave of attacks attributed to Boko Haram": a participle that lays
// a deed on someone, and the preposition that names them ("" for other
// words).
std::string_view BlamePreposition(std::string_view w) {
  if (EqualsIgnoreCase(w, "blamed")) return "on";
  if (EqualsIgnoreCase(w, "attributed")) return "to";
  return {};
}

// Deeds of force a group claims: "claimed the attack", "claimed both
// bombings", "claimed the killing of ...".
bool IsAttackNoun(std::string_view w) {
  static const WordSet kNouns = {
      "attack",     "attacks",     "assault",   "assaults",      "bombing",  "bombings",
      "blast",      "blasts",      "explosion", "explosions",    "raid",     "raids",
      "ambush",     "shooting",    "shootings", "killing",       "killings", "massacre",
      "kidnapping", "kidnappings", "abduction", "abductions",    "siege",    "strike",
      "strikes",    "hijacking",   "beheading", "assassination", "bomb",     "bombs"};
  return kNouns.contains(w);
}

// Words before the verb that make the claim none: "No group has claimed",
// "has not claimed", "has yet to claim", "denied claiming", "could claim",
// "a claim ... doubted" is a noun, not read.
bool IsNoClaimCue(std::string_view w) {
  static const WordSet kCues = {
      "no",     "not",  "n't",    "never",   "yet",     "nobody",     "none",
      "denied", "deny", "denies", "without", "would",   "could",      "might",
      "may",    "will", "if",     "whether", "falsely", "reportedly", "purportedly"};
  return kCues.contains(w);
}

// Whether "claimed" at `c` has a deed of force or "responsibility" as its
// object: "claimed responsibility", "claimed credit", "claimed the attack",
// "claimed both the shooting and the bombing".
bool ClaimsAttack(std::span<const std::string_view> words, int c) {
  const int n = static_cast<int>(words.size());
  if (c + 1 >= n) return false;
  if (EqualsAnyIgnoreCase(words[c + 1], {"responsibility", "credit"})) return true;
  for (int j = c + 1; j < n && j <= c + 4; ++j) {
    if (IsAttackNoun(words[j])) return true;
    if (words[j] == "," || EqualsIgnoreCase(words[j], "that")) return false;
  }
  return false;
}

// Whether a cue of no claim stands in the clause before `c`.
bool NoClaimBefore(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int c) {
  constexpr int kWindow = 6;
  for (int j = c - 1; j >= 0 && j >= c - kWindow; --j) {
    if (tags[j] == "." || tags[j] == ":" || words[j] == ";") return false;
    if (tags[j] == "MD" || IsNoClaimCue(words[j])) return true;
  }
  return false;
}

// Whether `code` is an armed group of a country: "SOMINS", "COLREB".
bool IsArmedGroupOfACountry(std::string_view code) {
  if (code.size() < 6 || code.starts_with("---")) return false;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    std::string_view role = code.substr(i, 3);
    if (role == "INS" || role == "REB" || role == "SEP") return true;
  }
  return false;
}

bool IsHave(std::string_view w) { return EqualsAnyIgnoreCase(w, {"has", "have", "had"}); }

// The code of mention `m`: the coder's, or, for a phrase of a comma clause
// the coder set aside ("?": "The attack, claimed by al Shabaab, killed"),
// the dictionaries' own.
std::string MentionCode(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                        const code::Mention& m, Date date) {
  if (m.code != "?") return m.code;
  return code::CodeNounPhrase(dicts, words.subspan(m.tokens.begin, m.tokens.end - m.tokens.begin),
                              date, nullptr);
}

// The subject of the verb at `c`: the last coded phrase before it, with no
// other verb between ("Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,
// claimed": the Taliban's faction), else "".
// The name set off by commas right before the verb at `c`, which the
// coder sets aside ("Al Qaeda's affiliate in the region, Jama'at Nusrat
// al-Islam wal-Muslimin (JNIM), claimed": JNIM's), coded with `dicts`
// (without its parenthesis); "" if none.
std::string AppositionBefore(const dict::Dictionaries& dicts,
                             std::span<const std::string_view> words, int c, Date date) {
  constexpr int kWindow = 12;
  if (c < 3 || words[c - 1] != ",") return {};
  int open = c - 2;
  while (open > 0 && c - open < kWindow && words[open] != ",") --open;
  if (open <= 0 || words[open] != ",") return {};
  int end = open + 1;
  while (end < c - 1 && words[end] != "(" && words[end] != "-LRB-") ++end;
  if (end == open + 1) return {};
  return code::CodeNounPhrase(dicts, words.subspan(open + 1, end - open - 1), date, nullptr);
}

std::string SubjectBefore(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                          std::span<const std::string_view> tags,
                          std::span<const code::Mention> mentions, int c, Date date) {
  constexpr int kWindow = 8;
  if (std::string named = AppositionBefore(dicts, words, c, date); IsArmedGroupOfACountry(named))
    return named;
  const code::Mention* subject = nullptr;
  for (const code::Mention& m : mentions) {
    if (m.tokens.empty() || m.tokens.end > c) break;
    subject = &m;
  }
  if (subject == nullptr || subject->place || subject->compound) return {};
  if (c - subject->tokens.end > kWindow) return {};
  for (int j = subject->tokens.end; j < c; ++j) {
    if (tags[j].starts_with("VB") && !IsHave(words[j])) return {};
  }
  return MentionCode(dicts, words, *subject, date);
}

// The phrase after "claimed by" at `c` (or "blamed on", "attributed to":
// `preposition`), coded with `dicts` (a comma clause the coder set aside
// holds it): "The attack on Saturday, claimed by JNIM, ...", "Responsibility
// was claimed by the ELN", "A van bomb blamed on ETA".
std::string AgentAfter(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, int c, std::string_view preposition,
                       Date date) {
  constexpr int kDeedWindow = 10, kPhrase = 8;
  const int n = static_cast<int>(words.size());
  if (c + 2 >= n || !EqualsIgnoreCase(words[c + 1], preposition)) return {};
  bool deed = false;
  for (int j = c - 1; j >= 0 && j >= c - kDeedWindow && !deed; --j)
    deed = IsAttackNoun(words[j]) || EqualsIgnoreCase(words[j], "responsibility");
  if (!deed) return {};
  int end = c + 2;
  while (end < n && end < c + 2 + kPhrase &&
         (tags[end] == "DT" || tags[end].starts_with("JJ") || tags[end].starts_with("NN") ||
          tags[end] == "POS" || tags[end] == "HYPH"))
    ++end;
  if (end == c + 2) return {};
  return code::CodeNounPhrase(dicts, words.subspan(c + 2, end - c - 2), date, nullptr);
}

bool IsIrregular(std::string_view code) {
  return HasRole(code, {"UAF", "INS", "REB", "SEP", "CRM"});
}

// Civilians, of a country or none, and the trades of society; not when the
// code also names a state's role ("PAKGOVEDU" is a ministry).
bool IsCivilian(std::string_view code) {
  return HasRole(code, {"CVL", "EDU", "HLH", "MED", "REL", "LAB", "BUS"}) &&
         !HasRole(code, {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"});
}

// Verbs of seizure: "seized", "captured", "overran", "occupied", "retook";
// "took control of" and "took over" are read by TakesControl.
constexpr std::string_view kSeizureVerbs[] = {
    "seized",   "seize",     "seizes",     "seizing",   "captured",  "capture",
    "captures", "capturing", "overran",    "overrun",   "overruns",  "overrunning",
    "occupied", "occupies",  "occupying",  "retook",    "retaken",   "retake",
    "retakes",  "retaking",  "recaptured", "recapture", "recaptures"};

bool IsSeizureVerb(std::string_view w) {
  static const WordSet kVerbs(kSeizureVerbs);
  return kVerbs.contains(w);
}

bool IsTakeVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"took", "taken", "take", "takes", "taking", "seized", "gained", "wrested"});
}

// The first word of the object of a verb of seizure at `v`, or -1: the word
// after the verb, or after "control of" ("took control of Mosul", "seized
// control of") or "over" ("took over Kidal").
int SeizedObject(std::span<const std::string_view> words, int v) {
  const int n = static_cast<int>(words.size());
  if (v + 3 < n && IsTakeVerb(words[v]) && EqualsIgnoreCase(words[v + 1], "control") &&
      EqualsIgnoreCase(words[v + 2], "of"))
    return v + 3;
  if (v + 2 < n && IsTakeVerb(words[v]) && EqualsIgnoreCase(words[v + 1], "over")) return v + 2;
  if (IsSeizureVerb(words[v]) && v + 1 < n) return v + 1;
  return -1;
}

// Words of a seized place's phrase before its name: "the city of", "the
// town of", "parts of", "northern", "the strategic".
bool IsPlaceLeadWord(std::string_view w) {
  static const WordSet kWords = {
      "the",          "city",         "town",         "village",   "villages", "towns",
      "of",           "parts",        "part",         "most",      "much",     "large",
      "swathes",      "areas",        "northern",     "southern",  "eastern",  "western",
      "central",      "north",        "south",        "east",      "west",     "northeastern",
      "northwestern", "southeastern", "southwestern", "strategic", "key",      "border",
      "port",         "provincial",   "capital",      "regional",  "district", "province",
      "region",       "oil",          "railway",      "rail",      "hub",      "northernmost",
      "second",       "largest",      "main"};
  return kWords.contains(w);
}

// The place named by the object at `at`: after lead words, proper names
// the gazetteer knows ("the town of Debaltseve": Debaltseve); null if none.
const Place* SeizedPlace(std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, int at, PlaceCache* places,
                         std::string_view country_hint, code::TokenRange* tokens) {
  constexpr int kLead = 5, kName = 4;
  const int n = static_cast<int>(words.size());
  int begin = at;
  while (begin < n && begin < at + kLead && !IsProperTag(tags[begin]) &&
         IsPlaceLeadWord(words[begin]))
    ++begin;
  int end = begin;
  while (end < n && end < begin + kName && IsProperTag(tags[end])) ++end;
  if (end == begin) return nullptr;
  std::string name(words[begin]);
  for (int t = begin + 1; t < end; ++t) name.append(" ").append(words[t]);
  *tokens = {begin, end};
  return places->Find(name, country_hint);
}

// Words before a verb of seizure that make it no deed: an attempt, an
// intention, a denial ("tried to seize", "vowed to capture", "did not
// take").
bool NoSeizureBefore(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int v) {
  if (v > 0 && (words[v - 1] == "to" || tags[v - 1] == "MD")) return true;
  for (int j = v - 1; j >= 0 && j >= v - 3; --j) {
    if (EqualsAnyIgnoreCase(words[j], {"not", "n't", "never", "failed", "denied", "attempt"}))
      return true;
  }
  return false;
}

bool IsArmedParty(std::string_view code) {
  return code.size() >= 6 && HasRole(code, {"MIL", "REB", "INS", "SEP", "UAF"});
}

bool IsSuspectNoun(std::string_view w) { return EqualsAnyIgnoreCase(w, {"suspect", "suspects"}); }

// A lone attacker's noun ("the gunman"); "one attacker" is one of several.
bool IsLoneAttackerNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"gunman", "attacker", "assailant", "bomber", "shooter", "knifeman",
                                 "hijacker", "suspect"});
}

// "him", or "he" of a passive ("he was shot dead by police").
bool IsPersonPronoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"him", "her", "he", "she"});
}

// A state's police, army, guards or officials (of a country or, before the
// article resolves them, none: "police"): who end an attack.
bool IsStateForce(std::string_view code) {
  return code.size() == 6 && HasRole(code, {"COP", "MIL", "SPY", "GOV", "LEG", "JUD"});
}

// Whether the phrase words[r) names persons by kin or as men, which only
// those the article told of before can be: "the brothers", "the two men",
// "the couple".
bool NamesKinOrMen(std::span<const std::string_view> words, code::TokenRange r) {
  const int n = static_cast<int>(words.size());
  if (r.empty() || r.end > n || r.end - r.begin < 2 || r.end - r.begin > 3 ||
      !EqualsIgnoreCase(words[r.begin], "the"))
    return false;
  return EqualsAnyIgnoreCase(words[r.end - 1],
                             {"brothers", "sisters", "men", "women", "couple", "pair"});
}

// Whether the words after the phrase words[r) tell that its people were held
// over an attack: "detained 11 people, including four gunmen, over an attack
// on a concert hall", "arrested five men in connection with the bombing".
bool HeldOverAnAttack(std::span<const std::string_view> words, code::TokenRange r) {
  const int n = static_cast<int>(words.size());
  for (int j = r.end; j < n && j < r.end + 10; ++j) {
    if (words[j] == "." || words[j] == ";") return false;
    if (!EqualsAnyIgnoreCase(words[j], {"over", "for", "connection"})) continue;
    for (int k = j + 1; k < n && k <= j + 3; ++k) {
      if (IsAttackNoun(words[k])) return true;
    }
  }
  return false;
}

// Whether the phrase words[r) names one attacker alone: "him" (which
// coreference gave ---UAF), "the gunman", "the lone attacker".
bool NamesLoneAttacker(std::span<const std::string_view> words, code::TokenRange r) {
  const int n = static_cast<int>(words.size());
  if (r.empty() || r.end > n || r.end <= r.begin) return false;
  if (r.end - r.begin == 1) return IsPersonPronoun(words[r.begin]);
  return EqualsAnyIgnoreCase(words[r.begin], {"the", "a", "an"}) && r.end - r.begin <= 3 &&
         IsLoneAttackerNoun(words[r.end - 1]);
}

// Words that tell of a place or people held by force: hostages, a siege, a
// refuge ("were holding 1,000 hostages", "a 12-hour hostage siege", "where
// militants had taken refuge", "barricaded inside").
constexpr std::string_view kHoldWords[] = {
    "hostage", "hostages", "hostage-takers", "hostage-taking", "captive",    "captives",
    "captors", "siege",    "sieges",         "refuge",         "barricaded", "holed"};

constexpr std::string_view kStormVerbs[] = {"stormed", "storm", "storms", "storming"};

bool IsStormVerb(std::string_view w) { return EqualsAnyIgnoreCase(w, kStormVerbs); }

// A state's armed men: its army, police or intelligence ("RUSMIL", "KENCOP",
// "---COP" before the article gives it a country).
bool IsStateArmedForce(std::string_view code) {
  return HasRole(code, {"MIL", "COP", "SPY"}) && !IsIrregular(code);
}

// Whether the word at `at` may open a verb's object: "the building", "it",
// "a school", "Dhaka's cafe"; not "out", "to", "off" ("stormed out").
bool OpensObject(std::string_view tag) {
  return tag == "DT" || tag == "PRP" || tag == "PRP$" || tag == "CD" || tag.starts_with("JJ") ||
         tag.starts_with("NN");
}

// The end of the noun phrase that opens at `at`: "an upmarket cafe".
int ObjectEnd(std::span<const std::string_view> tags, int at) {
  const int n = static_cast<int>(tags.size());
  int end = at;
  while (end < n && (OpensObject(tags[end]) || tags[end] == "POS" || tags[end] == "HYPH")) ++end;
  return end;
}

// The number of words that open a companion's aside right before word `at`
// ("joined by", "along with", "together with", "alongside"), 0 if none; the
// code layer reads them forwards (code::CompanionWords).
int CompanionOpeningBefore(std::span<const std::string_view> words, int at) {
  auto is = [&](int k, std::string_view w) { return k >= 0 && EqualsIgnoreCase(words[k], w); };
  if (is(at - 1, "by") && is(at - 2, "joined")) return 2;
  if (is(at - 1, "with") && (is(at - 2, "along") || is(at - 2, "together"))) return 2;
  return is(at - 1, "alongside") ? 1 : 0;
}

// The mentions of the subject of the verb at `v`: the last phrase before it
// that is no place, within a few words, each member of a compound ("police
// and soldiers stormed"); empty if none.
std::span<const code::Mention> SubjectMentions(std::span<const std::string_view> words,
                                               std::span<const code::Mention> mentions, int v) {
  constexpr int kWindow = 6;
  size_t last = mentions.size();
  for (size_t i = 0; i < mentions.size(); ++i) {
    const code::Mention& m = mentions[i];
    if (m.tokens.empty() || m.tokens.end > v) break;
    if (!m.place) last = i;
  }
  if (last == mentions.size() || v - mentions[last].tokens.end > kWindow) return {};
  size_t first = last;
  while (first > 0 && mentions[first - 1].tokens.begin == mentions[last].tokens.begin) --first;
  // "Malian special forces, joined by French special forces, stormed": the
  // companion's aside ends at the verb, the party before it acts too.
  const int aside = mentions[first].tokens.begin;
  const int comma = aside - CompanionOpeningBefore(words, aside) - 1;
  if (comma < aside - 1 && comma >= 0 && first > 0 && words[comma] == "," &&
      mentions[first - 1].tokens.end == comma && !mentions[first - 1].place)
    --first;
  return mentions.subspan(first, last - first + 1);
}

// The words of `r`, one space between each.
std::string JoinWords(std::span<const std::string_view> words, code::TokenRange r) {
  std::string text;
  AppendJoined(words.subspan(r.begin, r.end - r.begin), &text);
  return text;
}

// Turns the storming at `v` of the coder's events into one of the holders:
// the state's force that stormed the place fought them. Returns whether the
// coder had coded the verb.
bool RetargetStorming(int v, std::string_view holders, std::vector<code::Event>* events) {
  bool coded = false;
  for (code::Event& e : *events) {
    if (e.verb_tokens.begin != v) continue;
    coded = true;
    if (!e.code.starts_with("19") || !IsStateArmedForce(e.source)) continue;
    if (IsIrregular(e.target) || IsStateArmedForce(e.target)) continue;
    e.target = holders;
    e.target_info.entry.clear();
    e.target_info.agents.clear();
    e.target_info.actor = -1;
    e.target_info.antecedent = "its holders";
  }
  return coded;
}

// Gives the coder's seizures of the verb at `v` (192) whose target it found
// past the verb's object the place the object names, when the place index
// knows it: "ISIL took control of Mosul ... after four days of fighting in
// which tens of thousands of soldiers and police abandoned their posts" took
// Iraq's ground (IRQ), not the soldiers.
void RetargetSeizure(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int v, int object, PlaceCache* places,
                     std::string_view dateline_country, std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    if (e.verb_tokens.begin != v || e.code != "192" || e.target_tokens.empty()) continue;
    // A bare country is ground taken already ("seized the town of Palma in
    // northern Mozambique": MOZ).
    if (e.target.size() == 3) continue;
    // The taker's country, else the country of what the coder took for the
    // target, else the dateline's: a namesake elsewhere is not the place.
    std::string_view hint = CountryOf(e.source);
    const bool takers = !hint.empty();
    if (hint.empty()) hint = CountryOf(e.target);
    if (hint.empty()) hint = dateline_country;
    code::TokenRange place_tokens;
    const Place* place = SeizedPlace(words, tags, object, places, hint, &place_tokens);
    if (place == nullptr || place->country().empty()) return;
    if (!takers && !hint.empty() && place->country() != hint) return;
    if (e.target_tokens.begin < place_tokens.end) continue;
    e.target = ActorCountryOf(place->country());
    e.target_tokens = place_tokens;
    e.target_info = {};
    e.target_info.text = JoinWords(words, place_tokens);
  }
}

}  // namespace

std::span<const std::string_view> HoldWords() { return kHoldWords; }

std::span<const std::string_view> StormWords() { return kStormVerbs; }

std::string HoldersOf(std::span<const std::string_view> words,
                      std::span<const code::Mention> mentions) {
  for (const code::Mention& m : mentions) {
    if (!m.place && m.code != "?" && m.code.size() >= 6 && IsIrregular(m.code) &&
        !HasRole(m.code, {"CRM"}))
      return m.code == "---UAF" && NamesLoneAttacker(words, m.tokens) ? "---CRM" : m.code;
  }
  return {};
}

bool NamesHolders(std::span<const code::Mention> mentions, std::string_view holders) {
  if (!holders.starts_with("---")) return false;
  for (const code::Mention& m : mentions) {
    if (!m.place && m.code == holders) return true;
  }
  return false;
}

void ReadStormedHolds(std::span<const std::string_view> words,
                      std::span<const std::string_view> tags,
                      std::span<const code::Mention> mentions, std::string_view holders,
                      std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int v = 1; v + 1 < n; ++v) {
    if (!IsStormVerb(words[v]) || !tags[v].starts_with("VB")) continue;
    if (NoSeizureBefore(words, tags, v)) continue;
    int object = v + 1;
    if (EqualsIgnoreCase(words[object], "into") && object + 1 < n) ++object;
    if (!OpensObject(tags[object])) continue;
    if (RetargetStorming(v, holders, events)) continue;
    // A building no actor names ("stormed an upmarket cafe"): the coder
    // coded no event, the storming is added.
    const code::TokenRange place{object, ObjectEnd(tags, object)};
    for (const code::Mention& subject : SubjectMentions(words, mentions, v)) {
      if (!IsStateArmedForce(subject.code)) continue;
      code::Event& e = events->emplace_back();
      e.source = subject.code;
      e.target = holders;
      e.target_info.text = JoinWords(words, place);
      e.target_info.antecedent = "its holders";
      e.source_info.text = JoinWords(words, subject.tokens);
      e.code = "190";
      e.verb_text = words[v];
      e.verb_entry = "storming";
      e.source_tokens = subject.tokens;
      e.target_tokens = place;
      e.verb_tokens = {v, v + 1};
    }
  }
}

bool TellsUnnamedAttack(std::span<const code::Event> events) {
  for (const code::Event& e : events) {
    if (e.source == "---UAF" && dict::IsForceCode(e.code)) return true;
  }
  return false;
}

void ReadPursuedAttackers(std::span<const std::string_view> words, bool unnamed_attack,
                          std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (code::Event& e : *events) {
    // "the brothers shot dead a police officer", "the two men opened fire":
    // in an attack story, persons named by kin or as men who use force are
    // the attackers, no civilians.
    if (unnamed_attack && e.source == "---CVL" && dict::IsForceCode(e.code) &&
        NamesKinOrMen(words, e.source_tokens))
      e.source = "---UAF";
    const code::TokenRange r = e.target_tokens;
    if (r.empty() || r.end > n || r.end <= r.begin) continue;
    const bool coercion = e.code.starts_with("17");
    // ... but "the surviving suspect", one alone, is the lone attacker the
    // state caught: a criminal still.
    if (unnamed_attack && e.target == "---CRM" && (coercion || dict::IsForceCode(e.code)) &&
        IsSuspectNoun(words[r.end - 1]) && !NamesLoneAttacker(words, r))
      e.target = "---UAF";
    // "Russia said it had detained 11 people ... over an attack on a concert
    // hall": people arrested over the attack are its suspects, the attackers.
    else if (e.target == "---CVL" && e.code.starts_with("173") && HeldOverAnAttack(words, r))
      e.target = "---UAF";
    else if (e.target == "---UAF" && NamesLoneAttacker(words, r) &&
             (coercion || (IsStateForce(e.source) && dict::IsForceCode(e.code))))
      e.target = "---CRM";
  }
}

std::span<const std::string_view> SeizureWords() {
  static const std::vector<std::string_view> kWords = [] {
    std::vector<std::string_view> words(std::begin(kSeizureVerbs), std::end(kSeizureVerbs));
    words.push_back("control");
    words.push_back("over");
    return words;
  }();
  return kWords;
}

void FindSeizures(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                  std::span<const code::Mention> mentions, PlaceCache* places,
                  std::string_view dateline_country, std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int v = 1; v < n; ++v) {
    if (!tags[v].starts_with("VB")) continue;
    const int object = SeizedObject(words, v);
    if (object < 0 || NoSeizureBefore(words, tags, v)) continue;
    bool coded = false;  // the coder read the verb already ("seized Sanaa")
    for (const code::Event& e : *events) coded = coded || e.verb_tokens.begin == v;
    if (coded) {
      RetargetSeizure(words, tags, v, object, places, dateline_country, events);
      continue;
    }
    const code::Mention* subject = nullptr;
    for (const code::Mention& m : mentions) {
      if (m.tokens.empty() || m.tokens.end > v) break;
      if (!m.place) subject = &m;
    }
    if (subject == nullptr || subject->compound || !IsArmedParty(subject->code)) continue;
    constexpr int kSubjectWindow = 6;  // "Rebel leaders said they had taken control of"
    if (v - subject->tokens.end > kSubjectWindow) continue;
    code::TokenRange place_tokens;
    // A town's name is looked up in its taker's country, else the
    // dateline's ("Palma" under "PEMBA, Mozambique": Mozambique's).
    std::string_view hint = CountryOf(subject->code);
    if (hint.empty()) hint = dateline_country;
    const Place* place = SeizedPlace(words, tags, object, places, hint, &place_tokens);
    if (place == nullptr || place->country().empty()) continue;
    // A taker of no country and a name the dateline's country lacks: a
    // namesake abroad, not the town taken ("Palma" is in Spain).
    if (hint == dateline_country && !hint.empty() && place->country() != hint) continue;
    code::Event& e = events->emplace_back();
    e.target = ActorCountryOf(place->country());
    e.source = subject->code;
    // Rebels of no country named are those of the land they fight for
    // ("Rebels captured the town of Debaltseve": UKRREB).
    if (e.source.starts_with("---") && e.source != "---UAF") e.source.replace(0, 3, e.target);
    e.code = "192";
    e.verb_text = words[v];
    e.verb_entry = "seizure";
    e.source_tokens = subject->tokens;
    e.target_tokens = place_tokens;
    e.verb_tokens = {v, v + 1};
  }
}

std::span<const std::string_view> ClaimWords() { return kClaimWords; }

std::string ClaimerOf(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                      std::span<const std::string_view> tags,
                      std::span<const code::Mention> mentions, Date date) {
  const int n = static_cast<int>(words.size());
  for (int c = 0; c < n; ++c) {
    if (!tags[c].starts_with("VB")) continue;
    const std::string_view blamed_on = BlamePreposition(words[c]);
    if (!IsClaimVerb(words[c]) && blamed_on.empty()) continue;
    if (NoClaimBefore(words, tags, c)) continue;
    if (!blamed_on.empty()) {
      if (std::string code = AgentAfter(dicts, words, tags, c, blamed_on, date);
          IsArmedGroupOfACountry(code))
        return code;
      continue;
    }
    std::string code = AgentAfter(dicts, words, tags, c, "by", date);
    if (code.empty() && ClaimsAttack(words, c))
      code = SubjectBefore(dicts, words, tags, mentions, c, date);
    if (IsArmedGroupOfACountry(code)) return code;
  }
  return {};
}

void Claims::Add(std::string_view claimer) {
  if (claimer.empty()) return;
  if (claimer_.empty()) {
    claimer_ = claimer;
  } else if (claimer_ != claimer) {
    conflicting_ = true;
  }
}

bool NamesEarlierYear(std::span<const std::string_view> words, Date date) {
  const int year = date / 10000;
  for (std::string_view w : words) {
    if (w.size() != 4 || !(w.starts_with("19") || w.starts_with("20")) ||
        w.find_first_not_of("0123456789") != std::string_view::npos)
      continue;
    const int named = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    if (date == kNoDate || named < year) return true;
  }
  return false;
}

void GiveClaimedAttacks(std::string_view claimer, std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    const std::string_view root = std::string_view(e.code).substr(0, 2);
    if (e.source == "---UAF" && (root == "18" || root == "19" || root == "20")) e.source = claimer;
    if (e.target == "---UAF" && (root == "11" || root == "12" || root == "13")) e.target = claimer;
  }
}

void ReadViolenceAgainstCivilians(std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    if (e.code != "190" && e.code != "193") continue;
    if (!IsIrregular(e.source) || !IsCivilian(e.target)) continue;
    const bool killing = e.verb_text.starts_with("kill") || e.verb_text.starts_with("Kill");
    e.code = killing ? "1823" : "180";
  }
}

}  // namespace dyad::doc
