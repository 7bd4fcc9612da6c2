// Deeds told by noun phrases that name both parties (see
// include/dyad/doc/nominal_events.h).
#include "dyad/doc/nominal_events.h"

#include <algorithm>
#include <string>
#include <vector>

#include "doc/coreference_roles.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/doc/dates.h"

namespace dyad::doc {
namespace {

// The deed nouns and their CAMEO codes, as the verb dictionaries code the
// verbs they come from (data/verbs: "invade", "annex", "occupy" 192; "kill"
// 190), and the prepositions that bring their patient: "the attack on", "an
// incursion into"; not "a strike against the government" (a labour strike)
// nor "an attack of nerves". "Storming", "bombing" and "attack" depend on who
// did it: see CodeOf.
enum Preposition : unsigned { kOf = 1, kOn = 2, kAgainst = 4, kInto = 8 };
constexpr unsigned kAnyOf = kOf | kOn | kAgainst;
struct DeedNoun {
  std::string_view noun, code;
  unsigned preps = kAnyOf;
};
constexpr DeedNoun kDeedNouns[] = {
    {"invasion", "192"},
    {"annexation", "192"},
    {"occupation", "192"},
    {"incursion", "192", kInto},
    {"incursions", "192", kInto},
    {"bombing", "195"},
    {"bombings", "195"},
    {"bombardment", "195"},
    {"airstrike", "195", kOn | kAgainst},
    {"airstrikes", "195", kOn | kAgainst},
    {"strike", "190", kOn},
    {"strikes", "190", kOn},
    {"shelling", "194"},
    {"attack", "190", kOn | kAgainst},
    {"attacks", "190", kOn | kAgainst},
    {"assault", "190", kOn | kAgainst},
    {"offensive", "190", kAgainst},
    {"raid", "190", kOn},
    {"raids", "190", kOn},
    {"ambush", "190", kOn},
    {"crackdown", "175", kOn | kAgainst},
    {"assassination", "186"},
    {"killing", "190"},
    {"killings", "190"},
    {"massacre", "202"},
    {"abduction", "181"},
    {"kidnapping", "181"},
    {"detention", "173"},
    {"arrest", "173"},
    {"expulsion", "174"},
    {"expulsions", "174"},
    {"deportation", "174"},
    {"storming", "145"},
    {"blockade", "191"},
    {"siege", "191"},
    {"sanctions", "163"},
};

// The nouns of a table whose entries name theirs `noun`.
template <typename Entry, size_t N>
std::vector<std::string_view> NounsOf(const Entry (&table)[N]) {
  std::vector<std::string_view> nouns;
  for (const Entry& e : table) nouns.push_back(e.noun);
  return nouns;
}

const WordSet& DeedNounSet() {
  static const WordSet kNouns(NounsOf(kDeedNouns));
  return kNouns;
}

const WordSet& ProtestNounSet();

const DeedNoun* DeedNounOf(std::string_view noun) {
  for (const DeedNoun& d : kDeedNouns) {
    if (EqualsIgnoreCase(noun, d.noun)) return &d;
  }
  return nullptr;
}

std::string_view BaseCodeOf(std::string_view noun) {
  const DeedNoun* d = DeedNounOf(noun);
  return d != nullptr ? d->code : std::string_view();
}

// Whether `word` is a preposition that brings the patient of `noun`.
bool BringsPatient(std::string_view noun, std::string_view word) {
  const DeedNoun* d = DeedNounOf(noun);
  if (d == nullptr) return false;
  return ((d->preps & kOf) && EqualsIgnoreCase(word, "of")) ||
         ((d->preps & kOn) && EqualsIgnoreCase(word, "on")) ||
         ((d->preps & kAgainst) && EqualsIgnoreCase(word, "against")) ||
         ((d->preps & kInto) && EqualsIgnoreCase(word, "into"));
}

// Storming by civilians or an opposition is a violent protest (145), by forces
// a use of force (190); bombing by armed groups outside a state is a bombing
// of their own kind (183), by a state an air strike (195); an attack by
// insurgents, gunmen or criminals is unconventional violence (180), by an
// army or rebels a use of force (190); a crackdown is a state's.
std::string_view CodeOf(std::string_view noun, std::string_view agent) {
  std::string_view code = BaseCodeOf(noun);
  const bool non_state = HasRole(agent, {"INS", "REB", "UAF", "CRM", "SEP"});
  if (code == "145" && !HasRole(agent, {"CVL", "OPP", "PTY", "LAB", "EDU", "REL"}))
    return non_state || HasRole(agent, {"MIL", "COP", "SPY"}) ? "190" : std::string_view();
  if (code == "195" && non_state) return "183";
  if (code == "190" && HasRole(agent, {"INS", "UAF", "CRM"}) &&
      !EqualsAnyIgnoreCase(noun, {"killing", "killings"}))
    return "180";
  if (code == "175" && (non_state || HasRole(agent, {"CVL", "OPP", "PTY", "LAB", "EDU"})))
    return {};
  return code;
}

bool IsNounTag(std::string_view tag) { return tag.starts_with("NN"); }

bool IsModifierTag(std::string_view tag) {
  return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "VBN" || tag == "NN" ||
         tag == "NNP" || tag == "NNPS" || tag == "CD";
}

// Words before a deed noun that make it no deed done: accused, denied,
// planned, threatened, feared, prevented, or a possibility.
bool IsNoDeedCue(std::string_view w) {
  static const WordSet kCues = {
      // accused, alleged, denied
      "accused", "accuses", "accusing", "accusation", "accusations", "allegations", "alleged",
      "allegedly", "suspected", "charged", "charges", "blamed", "responsibility", "denied",
      "denies", "deny", "denying",
      // planned, threatened, demanded, feared, warned of
      "plan", "plans", "planned", "planning", "plot", "plotting", "preparing", "threat", "threats",
      "threatened", "threatens", "threatening", "demand", "demanded", "demands", "call", "calls",
      "urged", "seek", "sought", "fear", "fears", "feared", "warned", "warning", "warns",
      "imminent", "looming", "impending", "expected", "likely",
      // possible, conditional, negated
      "possible", "potential", "possibility", "risk", "would", "could", "might", "may", "will",
      "if", "unless", "whether", "no", "not", "never", "without", "any",
      // prevented, undone, remembered (of no known day)
      "prevent", "prevented", "avoid", "averted", "lift", "lifted", "lifting", "ease", "eased",
      "easing", "end", "ended", "ending", "halt", "stop", "reverse", "anniversary"};
  return kCues.contains(w);
}

// Whether a cue of no deed stands among the few words before `k` in its clause.
bool NoDeedBefore(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                  int k) {
  constexpr int kWindow = 8;
  for (int j = k - 1; j >= 0 && j >= k - kWindow; --j) {
    if (tags[j] == "." || tags[j] == ":" || tags[j] == ";") return false;
    if (IsNoDeedCue(words[j])) return true;
  }
  return false;
}

// The end of the noun phrase that starts at `begin`: determiners, numbers
// and modifiers, then nouns, a possessive inside ("Cambodia's envoy"); a
// participle after its noun starts the verb ("... officers sparked outrage").
int PhraseEnd(std::span<const std::string_view> tags, int begin) {
  const int n = static_cast<int>(tags.size());
  int t = begin;
  for (bool noun = false; t < n; ++t) {
    if (IsNounTag(tags[t])) {
      noun = true;
    } else if (tags[t] == "POS") {
      noun = false;
    } else if (noun || !(tags[t] == "DT" || tags[t] == "PDT" || IsModifierTag(tags[t]))) {
      break;
    }
  }
  return t;
}

// The code of words [begin, end), or "" if they name no actor.
std::string CodeSpan(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int begin, int end, Date date,
                     code::ActorProvenance* info) {
  if (begin >= end) return {};
  for (int t = begin; t < end; ++t) {
    if (tags[t] == "PRP" || tags[t] == "PRP$") return {};  // "its invasion": left alone
  }
  std::string code = code::CodeNounPhrase(dicts, words.subspan(begin, end - begin), date, info);
  if (code.size() < 3 || code == "---") return {};
  return code;  // "---GOV" (a role of no country) only the caller may complete
}

// Whether `code` names a party with a country ("RUS", "ISRMIL"), not a role
// alone ("---GOV").
bool IsCountryCode(std::string_view code) { return code.size() >= 3 && !code.starts_with("---"); }

bool IsCrowdNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"supporters", "protesters", "protestors", "demonstrators",
                                 "rioters", "mob", "crowd", "crowds", "loyalists"});
}

struct Party {
  std::string code;
  code::ActorProvenance info;
  code::TokenRange tokens;
};

// The source's or the target's side of an event already coded, as a party.
Party PartyOf(const code::Event& e, bool source) {
  return source ? Party{e.source, e.source_info, e.source_tokens}
                : Party{e.target, e.target_info, e.target_tokens};
}

// The event `code` from `from` to `to` told by the noun at `k`; `verb` are
// the words that date it (the noun, or a year before it: "2014 peace deal").
void AppendContact(const Party& from, const Party& to, std::string_view code, int k,
                   code::TokenRange verb, std::span<const std::string_view> words,
                   std::vector<code::Event>* events) {
  if (from.code == to.code || HasEventOfRoot(*events, from.code, to.code, code)) return;
  code::Event& e = events->emplace_back();
  e.source = from.code;
  e.target = to.code;
  e.code = code;
  e.verb_text = words[k];
  e.verb_entry = "nominal";
  e.source_info = from.info;
  e.target_info = to.info;
  e.source_tokens = from.tokens;
  e.target_tokens = to.tokens;
  e.verb_tokens = verb;
}

// The agent named before the deed noun at `k`: "Russia's", "the U.S.-led",
// "Israeli", "Chinese authorities'"; its tokens are where it stands.
bool AgentBefore(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                 std::span<const std::string_view> tags, int k, Date date, Party* agent) {
  constexpr int kModifiers = 3;
  int j = k - 1;
  while (j >= 0 && j >= k - kModifiers && IsModifierTag(tags[j]) && !words[j].ends_with("-led"))
    --j;
  if (j < 0) return false;
  if (words[j].ends_with("-led")) {  // "the U.S.-led invasion"
    std::string_view led = words[j].substr(0, words[j].size() - 4);
    std::string_view one[] = {led};
    std::string code = code::CodeNounPhrase(dicts, one, date, &agent->info);
    if (code.empty() || code.starts_with("---")) return false;
    agent->code = std::move(code);
    agent->tokens = {j, j + 1};
    return true;
  }
  if (tags[j] == "POS") {  // "Russia's illegal annexation"
    int s = j;
    while (s > 0 && j - s < 4 && (IsNounTag(tags[s - 1]) || tags[s - 1] == "JJ")) --s;
    agent->code = CodeSpan(dicts, words, tags, s, j, date, &agent->info);
    agent->tokens = {s, j};
    return IsCountryCode(agent->code);
  }
  // "the Israeli bombardment", "U.S. sanctions": modifiers that code. A
  // city's name before the noun says where, not who ("the Kabul bombing"),
  // though a capital codes as its government: names alone must code a country.
  agent->code = CodeSpan(dicts, words, tags, j + 1, k, date, &agent->info);
  agent->tokens = {j + 1, k};
  bool names_only = true;
  for (int t = j + 1; t < k; ++t) names_only = names_only && tags[t].starts_with("NNP");
  if (names_only && agent->code.size() > 3) return false;
  return IsCountryCode(agent->code);
}

// The patient after the noun's preposition ("of", "on", "against", "into")
// at `k + 1`; `*end` is where its phrase ends.
bool PatientAfter(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                  std::span<const std::string_view> tags, int k, Date date, Party* patient,
                  int* end) {
  const int n = static_cast<int>(words.size());
  if (k + 2 >= n || !BringsPatient(words[k], words[k + 1])) return false;
  *end = PhraseEnd(tags, k + 2);
  patient->code = CodeSpan(dicts, words, tags, k + 2, *end, date, &patient->info);
  patient->tokens = {k + 2, *end};
  return !patient->code.empty();
}

// "by X" right after the patient: "by Britain", "by thousands of supporters".
bool AgentAfter(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                std::span<const std::string_view> tags, int at, Date date, Party* agent) {
  const int n = static_cast<int>(words.size());
  if (at + 1 >= n || !EqualsIgnoreCase(words[at], "by")) return false;
  int end = PhraseEnd(tags, at + 1);
  if (end + 1 < n && EqualsIgnoreCase(words[end], "of") && tags[end - 1].starts_with("NNS"))
    end = PhraseEnd(tags, end + 1);  // "thousands of Bolsonaro supporters"
  agent->code = CodeSpan(dicts, words, tags, at + 1, end, date, &agent->info);
  agent->tokens = {at + 1, end};
  // A crowd that follows a leader ("Bolsonaro supporters", "protesters") is
  // civilians of the leader's country, whatever the leader's own role.
  if (IsCountryCode(agent->code) && IsCrowdNoun(words[end - 1]))
    agent->code.replace(3, std::string::npos, "CVL");
  return IsCountryCode(agent->code);
}

// The sentence's time expressions, found the first time a phrase asks
// whether it dates itself, and only then.
class SentenceTimes {
 public:
  SentenceTimes(std::span<const std::string_view> words, Date date) : words_(words), date_(date) {}
  // Whether a time expression starts at word `at`: the phrase's own time.
  bool StartsAt(int at) { return EndOf(at) >= 0; }
  // Where the time expression that starts at word `at` ends, -1 if none.
  int EndOf(int at) {
    if (!found_) {
      FindTimeExpressions(words_, date_, /*past=*/true, &times_);
      found_ = true;
    }
    for (const TimeExpression& t : times_) {
      if (t.token_begin == at) return t.token_end;
    }
    return -1;
  }

 private:
  std::span<const std::string_view> words_;
  Date date_;
  std::vector<TimeExpression> times_;
  bool found_ = false;
};

// ---------------------------------------------------------------------
// Protests told by a noun: "protests erupted in the capital", "the march
// took place on Sunday", "a general strike paralysed the country". The noun
// is the subject of a verb of happening, the object of "faced" ("the
// government faces protests": against it), or names whom it is against and
// dates itself ("protests against X in 2015"). The crowd is civilians of no
// country (docs/articles.md, convention 1) and the protest is against what
// "against" or "outside" names, else the country its verb's object names,
// else the government of the article's country (an open target,
// ImplicitTarget::kGovernment).

struct ProtestNoun {
  std::string_view noun, code;
  bool needs_politics = false;  // "rally", "march": also a market's or a band's
  bool labour = false;          // "strike": a workers' dispute, or an attack
};
constexpr ProtestNoun kProtestNouns[] = {
    {"protest", "141"},
    {"protests", "141"},
    {"demonstration", "141"},
    {"demonstrations", "141"},
    {"sit-in", "141"},
    {"sit-ins", "141"},
    {"rally", "141", true},
    {"rallies", "141", true},
    {"march", "141", true},
    {"marches", "141", true},
    {"riots", "145"},
    {"rioting", "145"},
    // "The uprising began on January 25": a people's revolt is its protests
    // ("a military uprising", "an armed uprising" are no crowd's).
    {"uprising", "141"},
    {"strike", "143", true, true},
    {"strikes", "143", true, true},
};

const WordSet& ProtestNounSet() {
  static const WordSet kNouns(NounsOf(kProtestNouns));
  return kNouns;
}

const ProtestNoun* ProtestNounOf(std::string_view w) {
  for (const ProtestNoun& p : kProtestNouns) {
    // Any case ("Protests erupted"), but "March" is a month.
    if (p.noun.starts_with("march") ? w == p.noun : EqualsIgnoreCase(w, p.noun)) return &p;
  }
  return nullptr;
}

// Modifiers that make a rally, a march or a strike a protest: "a mass
// rally", "opposition marches", "a general strike", "anti-government
// rallies"; "a stock market rally", "a military march", "an air strike" are
// none.
bool IsPoliticalModifier(std::string_view w) {
  static const WordSet kWords = {
      "mass",     "protest", "opposition",      "street",        "peaceful",       "student",
      "students", "general", "nationwide",      "national",      "indefinite",     "massive",
      "huge",     "large",   "anti-government", "pro-democracy", "pro-government", "opposition-led",
      "labour",   "labor",   "union",           "workers",       "teachers",       "doctors",
      "rival",    "separate"};
  return kWords.contains(w) || w.starts_with("anti-") || w.starts_with("pro-");
}

// A strike of a whole country is against its government ("a general
// strike"); a strike at a plant or a mine is a dispute with its owners.
bool IsCountryWideModifier(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"general", "nationwide", "national", "countrywide"});
}

// Modifiers that make a protest noun no protest: "a military march", "a
// funeral march", "a hunger strike" (142, the coder's), "a demonstration of
// strength" is caught by its "of".
bool IsOtherKindModifier(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"military", "armed", "funeral", "wedding", "victory", "hunger",
                                 "air", "drone", "missile", "market", "stock", "relief", "price"});
}

// Verbs of a protest's happening, after its noun: "erupted", "broke out",
// "spread", "took place", "were held", "paralysed"; `next` is the word after
// the verb ("out", "place").
bool IsHappening(std::string_view verb, std::string_view next, bool after_be) {
  static const WordSet kVerbs = {
      "began",       "begun",     "erupted",   "erupt",     "erupts",    "spread",
      "spreads",     "swept",     "sweeps",    "continued", "continue",  "continues",
      "flared",      "raged",     "rocked",    "rock",      "rocks",     "gripped",
      "engulfed",    "paralysed", "paralyzed", "paralyses", "paralyzes", "shook",
      "intensified", "escalated", "resumed",   "spilled",   "drew",      "brought",
      "turned",      "shut",      "disrupted", "crippled",  "hit",       "followed"};
  if (EqualsIgnoreCase(verb, "broke") || EqualsIgnoreCase(verb, "break"))
    return EqualsIgnoreCase(next, "out");
  if (EqualsAnyIgnoreCase(verb, {"took", "take", "takes"})) return EqualsIgnoreCase(next, "place");
  if (EqualsAnyIgnoreCase(verb, {"held", "staged"})) return after_be;
  if (EqualsIgnoreCase(verb, "went")) return EqualsIgnoreCase(next, "ahead");
  return kVerbs.contains(verb);
}

bool IsBe(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"is", "are", "was", "were", "been", "be", "being"});
}
bool IsHave(std::string_view w) { return EqualsAnyIgnoreCase(w, {"has", "have", "had"}); }

// The verb whose subject the protest phrase ending at `end` is: the first
// verb after it in its clause, past "against ..." or "in ..." and the
// auxiliaries "have", "has", "were"; -1 if none, or a modal ("could
// spread": no deed).
int HappeningAfter(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int end, bool* after_be) {
  constexpr int kWindow = 12;
  const int n = static_cast<int>(words.size());
  *after_be = false;
  for (int j = end; j < n && j < end + kWindow; ++j) {
    const std::string_view t = tags[j];
    if (t == "WDT" && j == end) continue;  // "the rioting that followed the vote"
    if (t == "," || t == "." || t == ":" || t == "MD" || t == "WDT" || t == "CC") return -1;
    if (!t.starts_with("VB")) continue;
    if (IsHave(words[j])) continue;
    if (IsBe(words[j])) {
      *after_be = true;
      continue;
    }
    if (t == "VBN" && !*after_be && j + 1 < n && EqualsIgnoreCase(words[j + 1], "by"))
      return -1;  // "protests led by the imam": the clause's verb is further on
    return j;
  }
  return -1;
}

// The code of the party "against X" or "outside X" names right after word
// `at` ("protests against the Serbian government", "a protest outside the
// French embassy"), "" for none or a party of no country.
std::string PartyAfter(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, int at, Date date, Party* target) {
  const int n = static_cast<int>(words.size());
  if (at + 2 >= n || !EqualsAnyIgnoreCase(words[at + 1], {"against", "outside"})) return {};
  const int end = PhraseEnd(tags, at + 2);
  std::string code = CodeSpan(dicts, words, tags, at + 2, end, date, &target->info);
  target->tokens = {at + 2, end};
  return IsCountryCode(code) ? code : std::string();
}

// Whom the protest told by the noun at `k` and the verb at `verb` is
// against: what "against" or "outside" names after the noun or the verb
// ("began outside the French embassy"); else the government of a country
// the verb's object names ("swept Kenya", "rocked the country"); "" for none.
std::string ProtestTarget(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                          std::span<const std::string_view> tags, int k, int verb, Date date,
                          Party* target) {
  std::string code = PartyAfter(dicts, words, tags, k, date, target);
  if (code.empty()) code = PartyAfter(dicts, words, tags, verb, date, target);
  if (!code.empty() || verb + 1 >= static_cast<int>(words.size())) return code;
  const int end = PhraseEnd(tags, verb + 1);
  code = CodeSpan(dicts, words, tags, verb + 1, end, date, &target->info);
  target->tokens = {verb + 1, end};
  if (code.size() != 3 || !IsCountryCode(code)) return {};
  return code.append("GOV");
}

// Whether the protest noun at `k` is one: for "rally", "march" and
// "strike", a modifier of politics before it; no modifier of another kind;
// "of" after it ("a demonstration of force") none.
bool IsProtestPhrase(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int k, const ProtestNoun& p,
                     bool names_state) {
  const int n = static_cast<int>(words.size());
  if (k + 1 < n && EqualsIgnoreCase(words[k + 1], "of")) return false;
  if (k + 1 < n && IsNounTag(tags[k + 1])) return false;  // "the protest vote"
  bool political = !p.needs_politics;
  for (int j = k - 1; j >= 0 && j >= k - 3 && IsModifierTag(tags[j]); --j) {
    if (IsOtherKindModifier(words[j])) return false;
    political =
        political || (p.labour ? IsCountryWideModifier(words[j]) : IsPoliticalModifier(words[j]));
  }
  // "a march against the reform"; a strike only against a state ("a strike
  // against the mine's owners" is a dispute with an employer).
  if (!political && k + 1 < n && EqualsIgnoreCase(words[k + 1], "against"))
    political = !p.labour || names_state;
  return political;
}

// A state's body that faced protests ("Keita had faced months of mass
// protests", "the government faces growing protests"): they were against
// it. Returns the verb ("faced", "faces", "facing"; not "could face"), its
// subject coded into `target` (a country alone is its government), or -1.
int FacedBy(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
            std::span<const std::string_view> tags, int k, Date date, Party* target,
            std::string* code) {
  constexpr int kWindow = 5;  // "faced [months of mass] protests"
  int verb = k - 1;
  for (; verb >= 0 && k - verb <= kWindow; --verb) {
    if (EqualsAnyIgnoreCase(words[verb], {"faced", "faces", "facing"})) break;
    const std::string_view t = tags[verb];  // "growing/VBG protests" may stand between
    if (t == "VB" || t == "VBD" || t == "VBZ" || t == "VBP" || t == "," || t == ".") return -1;
  }
  if (verb < 0 || k - verb > kWindow) return -1;
  int end = verb;  // the subject ends before "had", "has", "is" and adverbs
  while (end > 0 && (IsHave(words[end - 1]) || IsBe(words[end - 1]) || tags[end - 1] == "RB"))
    --end;
  if (end > 0 && tags[end - 1] == "MD") return -1;
  int begin = end;
  while (begin > 0 && end - begin < kWindow &&
         (IsModifierTag(tags[begin - 1]) || IsNounTag(tags[begin - 1]) || tags[begin - 1] == "DT" ||
          tags[begin - 1] == "POS"))
    --begin;
  *code = CodeSpan(dicts, words, tags, begin, end, date, &target->info);
  target->tokens = {begin, end};
  if (code->size() == 3 && IsCountryCode(*code)) code->append("GOV");
  if (!IsCountryCode(*code) || !HasRole(*code, {"GOV"})) return -1;
  return verb;
}

void FindProtestNouns(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                      std::span<const std::string_view> tags, Date date, SentenceTimes* times,
                      std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k + 1 < n; ++k) {
    if (!IsNounTag(tags[k]) && tags[k] != "VBG") continue;
    if (!ProtestNounSet().contains(words[k])) continue;  // one probe before the table
    const ProtestNoun* p = ProtestNounOf(words[k]);
    if (p == nullptr) continue;
    bool after_be = false;
    int verb = HappeningAfter(words, tags, k + 1, &after_be);
    const std::string_view next = verb >= 0 && verb + 1 < n ? words[verb + 1] : std::string_view();
    Party target;
    std::string target_code;
    if (verb >= 0 && IsHappening(words[verb], next, after_be)) {
      target_code = ProtestTarget(dicts, words, tags, k, verb, date, &target);
    } else {
      verb = FacedBy(dicts, words, tags, k, date, &target, &target_code);
    }
    // "street protests against Nkurunziza's bid in April 2015": a protest
    // the phrase names and dates itself, as deeds above ("since the protests
    // against X" is background); it is dated by the noun.
    if (verb < 0 && !(target_code = PartyAfter(dicts, words, tags, k, date, &target)).empty()) {
      if (times->StartsAt(target.tokens.end)) verb = k;
    }
    if (verb < 0 || NoDeedBefore(words, tags, std::min(k, verb))) continue;
    if (!IsProtestPhrase(words, tags, k, *p, !target_code.empty())) continue;
    if (HasEventOfRoot(*events, "---CVL", target_code, p->code)) continue;
    bool told = false;  // a crowd's verb in the sentence already told it
    for (const code::Event& e : *events) told = told || e.code.starts_with("14");
    if (told) continue;
    code::Event& e = events->emplace_back();
    e.source = "---CVL";
    e.code = p->code;
    if (target_code.empty()) {
      e.open_target = dict::ImplicitTarget::kGovernment;
    } else {
      e.target = std::move(target_code);
      e.target_info = std::move(target.info);
      e.target_tokens = target.tokens;
    }
    e.verb_text = words[k];
    e.verb_entry = "nominal";
    e.source_tokens = {k, k + 1};
    // The verb of happening dates and places it: "took place on June 9".
    e.verb_tokens = {verb, verb + 1};
  }
}

// ---------------------------------------------------------------------
// Truces told by a noun: "A ceasefire between Israel and Hamas took effect
// on Friday", "a truce between the army and the rebels, brokered by Qatar,
// came into force". The noun is the subject of a verb of its beginning;
// each side declares it to the other (0871).

constexpr std::string_view kTruceNouns[] = {"ceasefire", "cease-fire", "truce", "armistice"};

bool IsTruceNoun(std::string_view w) {
  static const WordSet kNouns{std::span<const std::string_view>(kTruceNouns)};
  return kNouns.contains(w);
}

// Whether the verb at `verb` (`next` the word after it) tells a truce
// beginning: "took effect", "came into force", "went into effect", "began",
// "held", "was agreed", "was reached".
bool IsTruceBeginning(std::string_view verb, std::string_view next, bool after_be) {
  if (EqualsAnyIgnoreCase(verb, {"took", "takes", "take"})) return EqualsIgnoreCase(next, "effect");
  if (EqualsAnyIgnoreCase(verb, {"came", "comes", "went", "goes"}))
    return EqualsIgnoreCase(next, "into");
  if (EqualsAnyIgnoreCase(verb, {"agreed", "reached", "declared", "announced", "signed"}))
    return after_be;
  return EqualsAnyIgnoreCase(
      verb, {"began", "begun", "begins", "started", "starts", "held", "holds", "appeared"});
}

// The verb whose subject the truce phrase ending at `end` is, past "have",
// "be" and a participle's "by" phrase ("brokered by Egypt"); -1 if none.
int TruceVerbAfter(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int end, bool* after_be) {
  constexpr int kWindow = 10;
  const int n = static_cast<int>(words.size());
  *after_be = false;
  for (int j = end; j < n && j < end + kWindow; ++j) {
    const std::string_view t = tags[j];
    if (t == "." || t == ":" || t == "MD" || t == "CC" || t == "WDT") return -1;
    if (!t.starts_with("VB")) continue;
    if (IsHave(words[j])) continue;
    if (IsBe(words[j])) {
      *after_be = true;
      continue;
    }
    // "brokered by Egypt" (a participle the tagger may call a past tense)
    if ((t == "VBN" || t == "VBD") && !*after_be && j + 1 < n &&
        EqualsIgnoreCase(words[j + 1], "by")) {
      j = PhraseEnd(tags, j + 2) - 1;
      continue;
    }
    return j;
  }
  return -1;
}

// Whether the truce noun at `k` is its clause's subject: not the object of
// a preposition or a verb ("talks on a ceasefire", "called for a truce").
bool TruceIsSubject(std::span<const std::string_view> tags, int k) {
  int j = k - 1;
  while (j >= 0 && (tags[j] == "DT" || tags[j].starts_with("JJ") || tags[j] == "CD")) --j;
  return j < 0 || !(tags[j] == "IN" || tags[j] == "TO" || tags[j].starts_with("VB"));
}

void FindTruceNouns(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                    std::span<const std::string_view> tags, Date date,
                    std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k + 4 < n; ++k) {
    if (!IsTruceNoun(words[k]) || !EqualsIgnoreCase(words[k + 1], "between")) continue;
    if (!TruceIsSubject(tags, k) || NoDeedBefore(words, tags, k)) continue;
    const int first_end = PhraseEnd(tags, k + 2);
    if (first_end + 1 >= n || !EqualsIgnoreCase(words[first_end], "and")) continue;
    const int second_end = PhraseEnd(tags, first_end + 1);
    bool after_be = false;
    const int verb = TruceVerbAfter(words, tags, second_end, &after_be);
    if (verb < 0) continue;
    const std::string_view next = verb + 1 < n ? words[verb + 1] : std::string_view();
    if (!IsTruceBeginning(words[verb], next, after_be)) continue;
    Party a, b;
    a.code = CodeSpan(dicts, words, tags, k + 2, first_end, date, &a.info);
    a.tokens = {k + 2, first_end};
    b.code = CodeSpan(dicts, words, tags, first_end + 1, second_end, date, &b.info);
    b.tokens = {first_end + 1, second_end};
    if (!IsCountryCode(a.code) || !IsCountryCode(b.code) || a.code == b.code) continue;
    // The verb of its beginning dates it: "took effect early on Friday".
    AppendContact(a, b, "0871", k, {verb, verb + 1}, words, events);
    AppendContact(b, a, "0871", k, {verb, verb + 1}, words, events);
  }
}

// ---------------------------------------------------------------------
// Diplomacy told by a noun: "a phone call between Erdogan and Putin", "a
// 2014 peace deal between Manila and the rebels", "Trump's summit with
// Putin", "Macron's visit to Beijing", "a visit to Chad this week by
// Netanyahu". Contacts and deals are mutual: each party to each other; a
// visit goes from the visitor to the country visited. A contact is news
// when the phrase introduces it ("a call between"), is someone's ("Trump's
// summit with") or dates itself ("talks between X and Y in 2019"); a deal
// only when dated ("the 2015 peace deal between"): "the deal between X and
// Y" is mostly the background a story repeats. Not one called for, hoped
// for, ruled out or mediated by a third party ("hosted talks between").

enum class Contact { kMeeting, kCall, kNegotiation, kDeal, kVisit };
struct DiplomacyNoun {
  std::string_view noun;
  Contact kind;
};
constexpr DiplomacyNoun kDiplomacyNouns[] = {
    {"talks", Contact::kMeeting},     {"meeting", Contact::kMeeting},
    {"summit", Contact::kMeeting},    {"call", Contact::kCall},
    {"conversation", Contact::kCall}, {"negotiations", Contact::kNegotiation},
    {"deal", Contact::kDeal},         {"agreement", Contact::kDeal},
    {"accord", Contact::kDeal},       {"treaty", Contact::kDeal},
    {"pact", Contact::kDeal},         {"deals", Contact::kDeal},
    {"visit", Contact::kVisit},
};

const WordSet& DiplomacyNounSet() {
  static const WordSet kNouns(NounsOf(kDiplomacyNouns));
  return kNouns;
}

// The table's entry of `w`, after one probe of the set (most words are none).
const DiplomacyNoun* DiplomacyNounOf(std::string_view w) {
  if (!DiplomacyNounSet().contains(w)) return nullptr;
  for (const DiplomacyNoun& d : kDiplomacyNouns) {
    if (EqualsIgnoreCase(w, d.noun)) return &d;
  }
  return nullptr;
}

std::string_view ContactCode(Contact kind) {
  switch (kind) {
    case Contact::kMeeting:
      return "040";
    case Contact::kCall:
      return "041";
    case Contact::kNegotiation:
      return "046";
    case Contact::kDeal:
      return "057";
    case Contact::kVisit:
      return "042";
  }
  return {};
}

// Words before a contact that make it none held: sought, proposed, hoped
// for, refused, ruled out, called off, still to come, or mediated by a third
// party (whose own event it is: "Qatar hosted talks between ...").
bool IsNoContactCue(std::string_view w) {
  static const WordSet kCues = {
      "called",      "calling",   "press",      "pressed",   "pressing", "push",      "pushed",
      "pushing",     "proposed",  "proposes",   "propose",   "proposal", "offer",     "offered",
      "offers",      "invited",   "invitation", "invite",    "hope",     "hoped",     "hopes",
      "hoping",      "rejected",  "rejects",    "reject",    "refused",  "refuses",   "refuse",
      "ruled",       "rules",     "cancelled",  "canceled",  "cancel",   "postponed", "postpone",
      "scrapped",    "suspended", "suspend",    "next",      "upcoming", "scheduled", "due",
      "planned",     "agree",     "agreed",     "ready",     "willing",  "since",     "hosted",
      "hosting",     "hosts",     "mediated",   "mediating", "mediate",  "brokered",  "brokering",
      "facilitated", "sponsored", "violated",   "violating", "breach",   "breached",  "withdrew",
      "withdraw",    "quit",      "revoke",     "revoked",   "revoking", "terminate", "tore",
      "abandon",     "abandoned", "follow-up",  "ahead",     "before",   "prior"};
  return kCues.contains(w);
}

bool NoContactBefore(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int k) {
  constexpr int kWindow = 6;
  for (int j = k - 1; j >= 0 && j >= k - kWindow; --j) {
    if (tags[j] == "." || tags[j] == ":" || tags[j] == ";" || tags[j] == ",") return false;
    if (IsNoContactCue(words[j])) return true;
  }
  return NoDeedBefore(words, tags, k);
}

// Whether words after the contact at `k`, up to a few past its phrase's end
// `end`, make it one still to come, only possible or called off: "a meeting
// between X and Y is expected next week", "Macron's visit to China next month
// will", "a summit between X and Y was possible", "was postponed".
bool NoContactAfter(std::span<const std::string_view> words, int k, int end) {
  static const WordSet kCues = {
      "will",      "would",     "could",    "may",      "might",    "shall",  "expected",
      "planned",   "scheduled", "due",      "proposed", "possible", "next",   "coming",
      "upcoming",  "slated",    "tomorrow", "possibly", "hoped",    "likely", "unlikely",
      "postponed", "cancelled", "canceled", "delayed",  "scrapped", "called", "suspended",
      "shelved",   "rejected",  "denied"};
  constexpr int kAfter = 6;
  const int n = static_cast<int>(words.size());
  for (int j = k + 1; j < n && j < end + kAfter; ++j) {
    if (EqualsAnyIgnoreCase(words[j], {".", ";", ",", "who", "which", "that", "whose", "where"}))
      return false;  // "..., who will visit Islamabad": another clause's
    if (kCues.contains(words[j]) && words[j] != "May") return true;  // not the month
  }
  return false;
}

// Where the noun phrase whose head is at `k` begins: its determiner and
// modifiers ("a 2014 peace deal", "Trump's first formal summit").
int PhraseStart(std::span<const std::string_view> tags, int k) {
  int j = k;
  while (j > 0 && (IsModifierTag(tags[j - 1]) || tags[j - 1] == "DT")) --j;
  return j;
}

// The year among the noun's modifiers that dates it ("a 2014 peace deal"),
// when the sentence's time expressions read it as one; -1 if none.
int YearModifier(std::span<const std::string_view> tags, int begin, int k, SentenceTimes* times) {
  for (int j = begin; j < k; ++j) {
    if (tags[j] == "CD" && times->StartsAt(j)) return j;
  }
  return -1;
}

// The parties a list names from `begin` ("X", "X and Y", "X, Y and Z"); one
// that does not code may be named again after a comma at the list's end
// ("and his Iranian counterpart, Hossein Amir-Abdollahian"). Returns where
// the list ends; parties that do not code as actors of a country are left
// out.
int PartiesFrom(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                std::span<const std::string_view> tags, int begin, Date date,
                std::vector<Party>* parties) {
  const int n = static_cast<int>(words.size());
  int s = begin;
  bool last = false;
  while (s < n) {
    int e = PhraseEnd(tags, tags[s] == "PRP$" ? s + 1 : s);  // "his counterpart, X"
    if (e == s) break;
    Party& p = parties->emplace_back();
    p.code = CodeSpan(dicts, words, tags, s, e, date, &p.info);
    p.tokens = {s, e};
    if (!last && e + 1 < n && words[e] == "," &&
        std::find(words.begin() + e, words.begin() + std::min(n, e + 12), "and") ==
            words.begin() + std::min(n, e + 12))
      last = true;  // a comma with no "and" after it: an apposition
    if (last && e + 1 < n && words[e] == "," && !IsCountryCode(p.code)) {
      const int a = PhraseEnd(tags, e + 1);
      p.code = CodeSpan(dicts, words, tags, e + 1, a, date, &p.info);
      p.tokens = {e + 1, a};
      e = a;
    }
    if (!IsCountryCode(p.code)) parties->pop_back();
    if (last || e + 1 >= n) return e;
    if (EqualsIgnoreCase(words[e], "and")) {
      last = true;
    } else if (words[e] != ",") {
      return e;
    }
    s = e + 1;
  }
  return s;
}

// Whether two parties are of one country: a visit within one's own country
// is no visit between states ("the president's visit to Mosul").
bool SameCountry(const Party& a, const Party& b) {
  return a.code.substr(0, 3) == b.code.substr(0, 3);
}

// A capital visited is its country ("a visit to Rabat": MAR), as the coder
// codes "visited Rabat".
void VisitedPlace(const dict::Dictionaries& dicts, Party* host) {
  if (host->info.actor < 0 || !host->info.agents.empty() || !host->code.ends_with("GOV")) return;
  if (!dicts.actors.actors()[host->info.actor].place_metonym) return;
  host->code.resize(host->code.size() - 3);
}

// The party that had talks, a meeting or a call told around its clause's
// verb ("Putin, speaking in Budapest after talks with Orban, urged ...",
// "Kuchma flew to Moscow for talks with Putin", "Biden said in a phone call
// with Netanyahu ...", "After talks with Xi, Putin said ..."): the source of
// the event a verb coded whose subject stands before "after", "following",
// "for", "during" or "at" at `begin - 1` (for a call also "in", "on"), or, when the
// phrase opens the sentence, right after it (`end`); not one intended or
// negated.
bool SubjectOfClause(std::span<const std::string_view> words,
                     const std::vector<code::Event>& events, int begin, int end, bool call,
                     bool visit, Party* agent) {
  if (begin < 1) return false;
  const std::string_view prep = words[begin - 1];
  if (!EqualsAnyIgnoreCase(prep, {"after", "following", "for", "during", "at"}) &&
      !(call && EqualsAnyIgnoreCase(prep, {"in", "on"})))
    return false;
  const bool opening = begin == 1;
  // "flew to Moscow for talks with Putin": a trip's; "criticised Pakistan for
  // talks with the Taliban" names the object's.
  const bool purpose = EqualsIgnoreCase(prep, "for");
  const code::Event* subject = nullptr;
  for (const code::Event& e : events) {
    if (e.verb_entry == "nominal" || e.future || e.negated || e.hypothetical) continue;
    if (purpose && !e.code.starts_with("04")) continue;
    // A visitor speaks or deals during a visit ("voiced concern on a visit
    // to Rabat"); force done then ("police arrested protesters during a
    // visit to X") is someone else's.
    if (visit && e.code >= "06") continue;
    if (e.source_tokens.empty()) continue;
    if (opening) {
      if (e.source_tokens.begin < end) continue;
      if (subject == nullptr || e.source_tokens.begin < subject->source_tokens.begin) subject = &e;
    } else {
      if (e.source_tokens.end > begin - 1) continue;
      if (subject == nullptr || e.source_tokens.end > subject->source_tokens.end) subject = &e;
    }
  }
  if (subject == nullptr || !IsCountryCode(subject->source)) return false;
  *agent = PartyOf(*subject, /*source=*/true);
  return true;
}

// The subject a phrase set off by commas stands beside when no verb coded an
// event of it: "On a visit to Kyiv on Monday, Scholz promised ..." (the noun
// phrase after the comma at `after`, before its verb), "Lapid, who on a
// visit to Rabat ...", "Scholz, speaking during a visit to ...", "Scholz,
// at talks with Macron, ..." (the noun phrase before the comma before "who",
// a participle or the phrase at `begin - 1`).
bool SubjectBesidePhrase(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, int begin, int after, Date date,
                         Party* agent) {
  const int n = static_cast<int>(words.size());
  int s = -1, e = -1;
  if (begin == 1) {  // the sentence's opening phrase
    if (after + 1 >= n || words[after] != ",") return false;
    s = after + 1;
    e = PhraseEnd(tags, s);
    if (e >= n || !(tags[e] == "VBD" || tags[e] == "VBZ" || tags[e] == "VBP" || tags[e] == "MD"))
      return false;
  } else {
    int j = begin - 2;
    const bool relative = j >= 1 && (tags[j] == "WP" || tags[j] == "VBG");
    if (relative) --j;
    if (j < 1 || words[j] != ",") return false;
    e = j;
    s = e;
    while (s > 0 && e - s < 6 && (IsNounTag(tags[s - 1]) || tags[s - 1] == "JJ")) --s;
    if (s > 0 && !(tags[s - 1] == "DT" || tags[s - 1] == "," || tags[s - 1].starts_with("VB") ||
                   tags[s - 1] == "IN"))
      return false;
    // "Scholz, at talks with Macron, ...": a bare phrase between commas is
    // the subject's only after the sentence's first words ("criticised
    // Israel, after talks with ..." may be the object's).
    if (!relative && (s > 1 || (s == 1 && tags[0] != "DT"))) return false;
  }
  if (s >= e) return false;
  agent->code = CodeSpan(dicts, words, tags, s, e, date, &agent->info);
  agent->tokens = {s, e};
  return IsCountryCode(agent->code);
}

// The party that brokered, mediated or hosted the deal, talks or truce at
// `k`: "X-brokered", or "brokered by X" after the noun (and a place: "talks
// in Beijing brokered by China"); its tokens in `mediator`.
bool MediatorOf(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                std::span<const std::string_view> tags, int k, Date date, Party* mediator) {
  const int n = static_cast<int>(words.size());
  if (k > 0 && (words[k - 1].ends_with("-brokered") || words[k - 1].ends_with("-mediated"))) {
    const std::string_view w = words[k - 1];
    const std::string_view one[] = {w.substr(0, w.size() - 9)};  // "-brokered", "-mediated"
    mediator->code = code::CodeNounPhrase(dicts, one, date, &mediator->info);
    mediator->tokens = {k - 1, k};
    return IsCountryCode(mediator->code);
  }
  int j = k + 1;
  if (j + 1 < n && EqualsAnyIgnoreCase(words[j], {"in", "at"})) j = PhraseEnd(tags, j + 1);
  if (j + 2 >= n || !EqualsAnyIgnoreCase(words[j], {"brokered", "mediated", "hosted"}) ||
      !EqualsIgnoreCase(words[j + 1], "by"))
    return false;
  return AgentAfter(dicts, words, tags, j + 1, date, mediator);
}

bool IsMediatedNoun(std::string_view w) {
  static const WordSet kNouns = {"talks",   "deal",      "deals", "agreement",
                                 "accord",  "ceasefire", "truce", "negotiations",
                                 "meeting", "summit",    "call"};
  return kNouns.contains(w);
}

// A third party's mediation of a deal or talks the sentence tells between
// two others ("signed a deal brokered by Russia", "met ... in talks hosted
// by Gonsalves", "a U.S.-brokered truce between A and B"): the mediator's
// to each (045). The parties are those "between" names, else those of the
// sentence's events of words or cooperation (03-08) told by its verbs.
void FindMediations(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                    std::span<const std::string_view> tags, Date date,
                    std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k + 1 < n; ++k) {
    if (!IsNounTag(tags[k]) || !IsMediatedNoun(words[k])) continue;
    Party mediator;
    if (!MediatorOf(dicts, words, tags, k, date, &mediator)) continue;
    if (NoContactBefore(words, tags, PhraseStart(tags, k)) ||
        NoContactAfter(words, k, std::max(k + 1, mediator.tokens.end)))
      continue;
    std::vector<Party> parties;
    if (k + 2 < n && EqualsIgnoreCase(words[k + 1], "between"))
      PartiesFrom(dicts, words, tags, k + 2, date, &parties);
    if (parties.empty()) {
      for (const code::Event& e : *events) {
        if (e.code < "03" || e.code >= "09" || e.verb_entry == "nominal" || e.future || e.negated ||
            e.hypothetical)
          continue;
        for (bool source : {true, false}) {
          Party p = PartyOf(e, source);
          bool known = false;
          for (const Party& q : parties) known = known || q.code == p.code;
          if (!known && IsCountryCode(p.code)) parties.push_back(std::move(p));
        }
      }
    }
    if (parties.size() < 2) continue;
    for (const Party& p : parties) {
      if (p.code.substr(0, 3) != mediator.code.substr(0, 3))
        AppendContact(mediator, p, "045", k, {k, k + 1}, words, events);
    }
  }
}

// The phrase "in a phone call", "by telephone" or "over the phone" whose
// noun is at `k`, as words [*at, return value); -1 if none. A call named by
// its partner ("in a call with X") is FindDiplomacyNouns'; "in a call for
// calm" is an appeal.
int CallPhraseAt(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                 int k, int* at) {
  const int n = static_cast<int>(words.size());
  if (EqualsAnyIgnoreCase(words[k], {"phone", "telephone"})) {
    if (k >= 1 && EqualsIgnoreCase(words[k - 1], "by")) {
      *at = k - 1;
      return k + 1;
    }
    if (k >= 2 && EqualsIgnoreCase(words[k - 1], "the") &&
        EqualsAnyIgnoreCase(words[k - 2], {"over", "on"})) {
      *at = k - 2;
      return k + 1;
    }
    return -1;
  }
  if (k + 1 < n && EqualsAnyIgnoreCase(words[k + 1], {"with", "between", "for", "to", "by"}))
    return -1;
  const bool phone = EqualsIgnoreCase(words[k], "call") ||
                     (k >= 1 && EqualsAnyIgnoreCase(words[k - 1], {"phone", "telephone", "video"}));
  if (!phone) return -1;
  int j = k - 1;
  while (j >= 0 && j >= k - 4 && (tags[j] == "DT" || IsModifierTag(tags[j]))) --j;
  if (j < 0 || j == k - 1 || !EqualsAnyIgnoreCase(words[j], {"in", "during"})) return -1;
  *at = j;
  return k + 1;
}

// A deed of words told as said in a phone call ("Aliyev apologised to Putin
// in a phone call on Thursday", "Biden urged Trudeau in a call", "Putin
// assured Erdogan by telephone"): its speaker called the one spoken to too
// (041), as the gold writers code a call. The event is the last a verb
// coded before the phrase in its clause, or, for an opening phrase ("In a
// phone call on Tuesday, Biden told Xi ..."), the first after it.
void FindCallsOfDeeds(std::span<const std::string_view> words,
                      std::span<const std::string_view> tags, std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  constexpr int kWindow = 12;
  static const WordSet kNouns = {"call", "conversation", "phone", "telephone"};
  for (int k = 1; k < n; ++k) {
    if (!kNouns.contains(words[k])) continue;
    int at = -1;
    const int end = CallPhraseAt(words, tags, k, &at);
    if (end < 0) continue;
    const code::Event* deed = nullptr;
    for (const code::Event& e : *events) {
      if (e.verb_entry == "nominal" || e.future || e.negated || e.hypothetical ||
          e.verb_tokens.empty() || e.code.starts_with("04"))
        continue;
      // A deed of words (01-05, 10-13), not one of force.
      if (!(e.code < "06" || (e.code >= "10" && e.code < "14"))) continue;
      const bool before = e.verb_tokens.end <= at && at - e.verb_tokens.end <= kWindow;
      const bool opening = at == 0 && e.verb_tokens.begin >= end;
      if (!before && !opening) continue;
      if (deed == nullptr || (before ? e.verb_tokens.end > deed->verb_tokens.end
                                     : e.verb_tokens.begin < deed->verb_tokens.begin))
        deed = &e;
    }
    if (deed == nullptr || !IsCountryCode(deed->source) || !IsCountryCode(deed->target)) continue;
    bool crossed = false;  // another sentence's or clause's verb
    for (int j = std::min(deed->verb_tokens.end, at); j < std::max(deed->verb_tokens.begin, at);
         ++j)
      crossed = crossed || tags[j] == "." || tags[j] == ";" || tags[j] == "WDT";
    if (crossed || deed->source.substr(0, 3) == deed->target.substr(0, 3) ||
        HasEventOfRoot(*events, deed->source, deed->target, "041"))
      continue;
    AppendContact(PartyOf(*deed, true), PartyOf(*deed, false), "041", end - 1, {at, end}, words,
                  events);
  }
}

// "a visit by Chinese Premier Li Qiang to Australia", "the first visit by
// a U.S. president to Vietnam": the visitor named by "by" before the place.
void VisitByTo(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
               std::span<const std::string_view> tags, int k, Date date,
               std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  Party visitor;
  if (!AgentAfter(dicts, words, tags, k + 1, date, &visitor)) return;
  const int to = visitor.tokens.end;
  if (to + 1 >= n || !EqualsIgnoreCase(words[to], "to")) return;
  if (NoContactBefore(words, tags, PhraseStart(tags, k))) return;
  std::vector<Party> hosts;
  const int end = PartiesFrom(dicts, words, tags, to + 1, date, &hosts);
  if (hosts.size() != 1 || NoContactAfter(words, k, end)) return;
  VisitedPlace(dicts, &hosts[0]);
  if (!SameCountry(visitor, hosts[0]))
    AppendContact(visitor, hosts[0], "042", k, {k, k + 1}, words, events);
}

void FindDiplomacyNouns(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                        std::span<const std::string_view> tags, Date date, SentenceTimes* times,
                        std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k + 2 < n; ++k) {
    if (!IsNounTag(tags[k])) continue;
    const DiplomacyNoun* d = DiplomacyNounOf(words[k]);
    if (d == nullptr) continue;
    const bool visit = d->kind == Contact::kVisit;
    const std::string_view prep = words[k + 1];
    if (visit && EqualsIgnoreCase(prep, "by")) {
      VisitByTo(dicts, words, tags, k, date, events);
      continue;
    }
    const bool between = !visit && EqualsIgnoreCase(prep, "between");
    if (!(visit ? EqualsIgnoreCase(prep, "to") : between || EqualsIgnoreCase(prep, "with")))
      continue;
    if (d->kind == Contact::kCall && k > 0 && EqualsIgnoreCase(words[k - 1], "to"))
      continue;  // "a call to Putin" may be an appeal
    const int begin = PhraseStart(tags, k);
    if (NoContactBefore(words, tags, begin)) continue;
    std::vector<Party> parties;
    int end = PartiesFrom(dicts, words, tags, k + 2, date, &parties);
    Party agent;
    bool own = false;  // someone's: "Trump's summit with", "a visit ... by X"
    if (!between) {
      if (parties.size() != 1 && visit) continue;
      own = AgentBefore(dicts, words, tags, k, date, &agent);
      if (!own && visit) {  // "a visit to Chad this week by Netanyahu"
        const int time_end = times->EndOf(end);
        own = AgentAfter(dicts, words, tags, time_end >= 0 ? time_end : end, date, &agent);
      }
      // A visit only when its own time follows the place ("on a visit to
      // Rabat on Aug. 12"): "cut short a visit to Egypt" is a circumstance.
      // The phrase's own subject beside it ("Lapid, who on a visit to ...")
      // before that of the clause's verb ("He criticised Lapid, who ...").
      if (!own && (!visit || times->StartsAt(end))) {
        const int time_end = times->EndOf(end);
        if (begin > 0 &&
            EqualsAnyIgnoreCase(words[begin - 1], {"after", "following", "during", "on", "at"}))
          own = SubjectBesidePhrase(dicts, words, tags, begin, time_end >= 0 ? time_end : end, date,
                                    &agent);
        if (!own)
          own = SubjectOfClause(words, *events, begin, end, d->kind == Contact::kCall || visit,
                                visit, &agent);
      }
      if (!own) continue;
    }
    if (NoContactAfter(words, k, end)) continue;
    const int year = YearModifier(tags, begin, k, times);
    const code::TokenRange verb = {year >= 0 ? year : k, k + 1};
    const bool dated = year >= 0 || times->StartsAt(end);
    const bool introduced = EqualsAnyIgnoreCase(words[begin], {"a", "an"});
    if (d->kind == Contact::kDeal ? !dated : !(dated || introduced || own)) continue;
    const std::string_view code = ContactCode(d->kind);
    if (visit) {
      VisitedPlace(dicts, &parties[0]);
      if (!SameCountry(agent, parties[0]))
        AppendContact(agent, parties[0], code, k, verb, words, events);
      continue;
    }
    if (own) parties.insert(parties.begin(), agent);
    for (size_t a = 0; a < parties.size(); ++a) {
      for (size_t b = 0; b < parties.size(); ++b) {
        if (a != b) AppendContact(parties[a], parties[b], code, k, verb, words, events);
      }
    }
  }
}

}  // namespace

std::span<const std::string_view> NounsOfDeeds() {
  static const std::vector<std::string_view> kNouns = NounsOf(kDeedNouns);
  return kNouns;
}

std::span<const std::string_view> NounsOfProtests() {
  static const std::vector<std::string_view> kNouns = NounsOf(kProtestNouns);
  return kNouns;
}

// Truces, the diplomacy nouns, and "phone": every word the truce, diplomacy,
// mediation and call readers start from (IsMediatedNoun's are among them).
std::span<const std::string_view> NounsOfContacts() {
  static const std::vector<std::string_view> kNouns = [] {
    std::vector<std::string_view> nouns(std::begin(kTruceNouns), std::end(kTruceNouns));
    for (std::string_view noun : NounsOf(kDiplomacyNouns)) nouns.push_back(noun);
    nouns.insert(nouns.end(), {"phone", "telephone"});  // "by phone" (FindCallsOfDeeds)
    return nouns;
  }();
  return kNouns;
}

void FindNominalEvents(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, Date date,
                       std::vector<code::Event>* events, NominalReaders readers) {
  const int n = static_cast<int>(words.size());
  SentenceTimes times(words, date);
  for (int k = 1; readers.deeds && k + 2 < n; ++k) {
    if (!IsNounTag(tags[k]) && tags[k] != "VBG") continue;
    if (!DeedNounSet().contains(words[k])) continue;
    Party agent, patient;
    int end = 0;
    if (!PatientAfter(dicts, words, tags, k, date, &patient, &end)) continue;
    const bool agent_before = AgentBefore(dicts, words, tags, k, date, &agent);
    if (!agent_before && !AgentAfter(dicts, words, tags, end, date, &agent)) continue;
    if (agent.code == patient.code || NoDeedBefore(words, tags, k)) continue;
    std::string_view code = CodeOf(words[k], agent.code);
    if (code.empty()) continue;
    // Only a deed the phrase dates itself ("the invasion of Iraq in 2003"):
    // an undated one ("since Russia's invasion of Ukraine") is background
    // that a story names again and again, not news of its day.
    const int phrase_end = agent_before ? end : agent.tokens.end;
    if (!times.StartsAt(phrase_end)) continue;
    // Civilians storm buildings of their own country ("the storming of
    // government buildings by Brazilian protesters": Brazil's government).
    if (!IsCountryCode(patient.code)) {
      if (code != "145") continue;
      patient.code.replace(0, 3, agent.code.substr(0, 3));
    }
    if (HasEventOfRoot(*events, agent.code, patient.code, code)) continue;
    code::Event& e = events->emplace_back();
    e.source = std::move(agent.code);
    e.target = std::move(patient.code);
    e.code = code;
    e.verb_text = words[k];
    e.verb_entry = "nominal";
    e.source_info = std::move(agent.info);
    e.target_info = std::move(patient.info);
    e.source_tokens = agent.tokens;
    e.target_tokens = patient.tokens;
    e.verb_tokens = {k, k + 1};
  }
  if (readers.protests) FindProtestNouns(dicts, words, tags, date, &times, events);
  if (!readers.contacts) return;
  FindTruceNouns(dicts, words, tags, date, events);
  FindDiplomacyNouns(dicts, words, tags, date, &times, events);
  FindMediations(dicts, words, tags, date, events);
  FindCallsOfDeeds(words, tags, events);
}

bool HasEventOfRoot(const std::vector<code::Event>& events, std::string_view source,
                    std::string_view target, std::string_view code) {
  for (const code::Event& e : events) {
    if (e.source == source && e.target == target && e.code.substr(0, 2) == code.substr(0, 2))
      return true;
  }
  return false;
}

}  // namespace dyad::doc
