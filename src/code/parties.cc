// VerbPhraseCoder's choice of the event's parties: the target after the verb
// (through prepositions, past times, places and brokers), the source before
// it (subjects, relative pronouns), and what the phrases around them say
// (destinations, unattributed weapons, deeds, coups).
#include <algorithm>

#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/cameo.h"

namespace dyad::code {

// dyad: a target a pattern bound that has no code gives way to the verb's
// coded direct object ("commended Kenya for leading the mission"), else to
// the coded phrase its prepositional phrases lead to ("voiced pessimism about
// relations with the United States", "called the strikes by Russia a war
// crime": a deed's agent too), if any; never the forces the verb moves
// (`moved`, MovedForces).
int VerbPhraseCoder::ThroughPrepositions(int unit, int moved) const {
  static constexpr std::string_view kLinks[] = {
      "of",      "with", "between", "against", "on",    "over",  "to",   "toward",
      "towards", "from", "for",     "into",    "about", "among", "upon", "by"};
  if (unit < 0 || IsCodedUnit(unit) || dicts_.format != dict::Dictionaries::Format::kDyad)
    return unit;
  if (!x_.lower.empty()) {
    int object = s_.tokens[x_.lower.front()].unit;
    // ... a named one: not "pulled back troops from the border with India".
    if (object >= 0 && object != unit && object != moved && IsCodedUnit(object) &&
        !UnitCode(object).starts_with("---"))
      return object;
  }
  int n = static_cast<int>(s_.tokens.size());
  int t = s_.units[unit].token_end;
  while (t + 1 < n && s_.IsWord(t)) {
    const Token& prep = s_.tokens[t];
    if (prep.unit >= 0 || (prep.tag != "IN" && prep.tag != "TO")) break;
    bool link = false;
    for (std::string_view w : kLinks) link |= EqualsIgnoreCase(prep.text, w);
    int next = s_.tokens[t + 1].unit;
    if (!link || next < 0 || !s_.IsWord(t + 1)) break;
    if (IsCodedUnit(next)) return next;
    t = s_.units[next].token_end;
  }
  return unit;
}

// dyad: the forces a pattern's own words matched ("ordered [the armed forces]
// to TARGET", "sent [troops] into TARGET"): what the verb moves, not whom it
// acts on; -1 when the words matched no forces ("burned [Israeli flags]").
int VerbPhraseCoder::MovedForces(int first_word) const {
  if (first_word < 0) return -1;
  int unit = s_.tokens[first_word].unit;
  if (unit < 0 || s_.units[unit].compound) return -1;
  std::string_view code = UnitCode(unit);
  return code.size() == 6 && (code.ends_with("MIL") || code.ends_with("COP")) ? unit : -1;
}

// The coded unit right after `unit`, past quotation marks only ("to
// 'neutralize' [22 criminal gangs]"), else -1.
int VerbPhraseCoder::CodedUnitRightAfter(int unit) const {
  int n = static_cast<int>(s_.tokens.size());
  int t = s_.units[unit].token_end;
  while (t < n && (s_.tokens[t].tag == "''" || s_.tokens[t].tag == "``")) ++t;
  if (t >= n) return -1;
  int next = s_.tokens[t].unit;
  return next >= 0 && s_.units[next].token_begin == t && IsCodedUnit(next) ? next : -1;
}

// A state or its government as a party: a government ("JPNGOV", "---GOV")
// or a country named by its name ("Japan"), not by its people ("Iranians",
// "Greeks") nor a group.
bool VerbPhraseCoder::IsState(int unit) const {
  std::string_view code = UnitCode(unit);
  if (code.size() == 6) return code.ends_with("GOV");
  if (code.size() != 3 || code.front() == '-' || code == "IGO" || code == "NGO" || code == "IMG")
    return false;
  return s_.tokens[s_.units[unit].token_end - 1].tag == "NNP";
}

std::string_view VerbPhraseCoder::UnitCode(int unit) const {
  const Unit& u = s_.units[unit];
  return u.compound ? std::string_view() : std::string_view(s_.phrases[u.phrase_begin].code);
}

// A target that is the source's own force: a phrase that takes its country
// from the source ("Russia ... 2,000 peacekeepers": RUS, RUSMIL; "Moscow
// ...": RUSGOV, RUSMIL).
bool VerbPhraseCoder::IsSendersOwnForce(int target, int source) const {
  const Unit& u = s_.units[target];
  if (u.compound || s_.phrases[u.phrase_begin].antecedent.empty()) return false;
  std::vector<Party> t = PartiesOf(target), s = PartiesOf(source);
  if (t.size() != 1 || s.size() != 1 || IsNullCode(s[0].code)) return false;
  return t[0].code.size() > 3 && s[0].code.size() >= 3 &&
         t[0].code.compare(0, 3, s[0].code, 0, 3) == 0;
}

// "Moscow will send [Russian peacekeepers]": a military the sender's country's.
bool VerbPhraseCoder::IsSendersOwnTroops(int target, int source) const {
  if (s_.units[target].compound) return false;
  std::string_view t = UnitCode(target);
  std::vector<Party> s = PartiesOf(source);
  return t.size() == 6 && t.ends_with("MIL") && s.size() == 1 && s[0].code.size() >= 3 &&
         !IsNullCode(s[0].code) && t.substr(0, 3) == std::string_view(s[0].code).substr(0, 3);
}

// The coded unit a "to" or "into" after `unit` leads to ("peacekeepers to
// [the enclave]"), in the verb's words; -1 if none.
int VerbPhraseCoder::DestinationAfter(int unit) const {
  int end = s_.units[unit].token_end;
  for (size_t k = 0; k + 1 < x_.lower.size(); ++k) {
    int t = x_.lower[k];
    if (t < end || !EqualsAnyIgnoreCase(s_.tokens[t].text, {"to", "into"})) continue;
    int next = s_.tokens[x_.lower[k + 1]].unit;
    return next >= 0 && IsCodedUnit(next) ? next : -1;
  }
  return -1;
}

// A unit with a code: a phrase with a non-null code, or a compound with at
// least one coded member.
namespace {

// The nouns of an attack that a group's name before them may own ("a
// Taliban attack", "a Hamas rocket attack").
bool IsAttackNoun(std::string_view w) {
  static const WordSet kNouns = {
      "attack",          "attacks",       "strike",         "strikes",           "airstrike",
      "airstrikes",      "raid",          "raids",          "shelling",          "bombing",
      "bombings",        "bombardment",   "bombardments",   "offensive",         "offensives",
      "ambush",          "ambushes",      "assault",        "assaults",          "counter-attack",
      "counter-attacks", "counterattack", "counterattacks", "counter-offensive", "counteroffensive",
      "incursion"};
  return kNouns.contains(w);
}

}  // namespace

// dyad: an attack named by its maker's force (Phrase::attack) right after
// the first "in" after the verb ("were killed in an Israeli air strike on
// Gaza", "in Russian shelling of Kharkiv"): who did the deed the passive
// leaves without an agent; -1 if none.
int VerbPhraseCoder::AttackerNamedAfter(int verb, int end) const {
  for (int t = verb + 1; t + 1 < end; ++t) {
    if (!EqualsIgnoreCase(s_.tokens[t].text, "in")) continue;
    const int unit = s_.tokens[t + 1].unit;
    if (unit < 0 || s_.units[unit].token_begin != t + 1 || s_.units[unit].compound) return -1;
    const Phrase& p = s_.phrases[s_.units[unit].phrase_begin];
    if (IsNullCode(p.code)) return -1;
    // "a Taliban attack", "a Hamas rocket attack": a group's own name.
    return p.attack || IsAttackNoun(s_.tokens[s_.units[unit].token_end - 1].text) ? unit : -1;
  }
  return -1;
}

bool IsArmedSide(std::string_view code) {
  for (std::string_view role : {"MIL", "REB", "INS", "UAF", "SEP", "COP"}) {
    if (code.ends_with(role)) return true;
  }
  return false;
}

// A state's government, legislature, courts, parties, opposition or former
// leaders: bodies that contend in politics, not in arms.
bool IsPoliticalBody(std::string_view code) {
  if (code.size() != 6) return false;
  for (std::string_view role : {"GOV", "LEG", "JUD", "OPP", "PTY", "ELI"}) {
    if (code.ends_with(role)) return true;
  }
  return false;
}

// Whether every party `unit` names is a political body ("the president and
// the opposition-controlled legislature"); false for no one.
bool VerbPhraseCoder::NamesOnlyPoliticalBodies(int unit) const {
  if (unit < 0) return false;
  const std::vector<Party> parties = PartiesOf(unit);
  return !parties.empty() && std::all_of(parties.begin(), parties.end(),
                                         [](const Party& p) { return IsPoliticalBody(p.code); });
}

// dyad: the side a fight right after the first "in" after the verb was
// fought with ("were killed in a day-long gunbattle with Muslim rebels", "in
// clashes with the army"): whom the passive's subject fought; -1 if none.
int VerbPhraseCoder::SideFoughtAfter(int verb, int end) const {
  for (int t = verb + 1; t + 1 < end; ++t) {
    if (!EqualsIgnoreCase(s_.tokens[t].text, "in")) continue;
    // The fight's own words: "a day-long", "heavy", "an armed", "a gun".
    int head = t + 1;
    while (head < std::min(end, t + 5) && !IsFightingNoun(s_.tokens[head].text) &&
           EqualsAnyIgnoreCase(s_.tokens[head].tag, {"DT", "JJ", "CD", "NN", "HYPH", "VBN"}))
      ++head;
    if (head + 2 >= end || !IsFightingNoun(s_.tokens[head].text) ||
        !EqualsIgnoreCase(s_.tokens[head + 1].text, "with"))
      return -1;
    const int side = s_.tokens[head + 2].unit;
    return side >= 0 && s_.units[side].token_begin == head + 2 && IsCodedUnit(side) ? side : -1;
  }
  return -1;
}

// dyad: "marched against Georgescu": an uncoded unit after "against" whose
// words are all proper nouns names a party the dictionaries do not know.
bool VerbPhraseCoder::IsUncodedNameAgainst(int unit) const {
  if (unit < 0 || IsCodedUnit(unit)) return false;
  const Unit& u = s_.units[unit];
  if (u.token_begin < 1 || u.token_begin >= u.token_end ||
      !EqualsIgnoreCase(s_.tokens[u.token_begin - 1].text, "against"))
    return false;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (s_.tokens[t].tag != "NNP") return false;
  }
  return true;
}

bool VerbPhraseCoder::IsCodedUnit(int unit) const {
  const Unit& u = s_.units[unit];
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    if (!IsNullCode(s_.phrases[p].code)) return true;
  }
  return false;
}

namespace {

// "warned", "told", "assured": verbs whose object is told the clause after it.
bool IsVerbOfTelling(std::string_view verb) {
  for (std::string_view stem :
       {"warn", "tell", "told", "inform", "assur", "remind", "notif", "convinc", "persuad",
        "promis", "advis", "urg", "caution", "reassur", "show", "teach", "taught", "signal"}) {
    if (verb.size() >= stem.size() && EqualsIgnoreCase(verb.substr(0, stem.size()), stem))
      return true;
  }
  return false;
}

}  // namespace

int ObjectRelativeAntecedent(const Sentence& s, int verb_token) {
  // A passive has no object to lack: "said on Monday that X was killed".
  if (EqualsAnyIgnoreCase(s.tokens[verb_token].text, {"was", "were", "is", "are", "been", "be"}))
    return -1;
  int t = verb_token - 1;
  while (t >= 0 && (s.tokens[t].tag.starts_with("VB") || s.tokens[t].tag == "TO" ||
                    s.tokens[t].tag == "MD" || s.tokens[t].tag.starts_with("RB"))) {
    if (EqualsAnyIgnoreCase(s.tokens[t].text, {"was", "were", "is", "are", "been", "be", "being"}))
      return -1;
    --t;
  }
  if (t < 0 || s.tokens[t].unit < 0) return -1;
  int pronoun = s.units[s.tokens[t].unit].token_begin - 1;
  if (pronoun < 1) return -1;
  // ... or a person's "whom" or "who" ("the envoy whom militants kidnapped").
  const Token& p = s.tokens[pronoun];
  const bool whom = EqualsAnyIgnoreCase(p.text, {"whom", "who"}) && p.tag == "WP";
  if (!whom &&
      (!EqualsAnyIgnoreCase(p.text, {"which", "that"}) || (p.tag != "WDT" && p.tag != "IN")))
    return -1;
  int before = s.tokens[pronoun - 1].tag == "," ? pronoun - 2 : pronoun - 1;
  if (before < 0 || s.tokens[before].unit < 0 || s.tokens[before].deleted) return -1;
  // "warned Britain that Iran would respond": a clause that a verb's object
  // is told is no description of that object.
  // ("Egypt protested the detention of a journalist that police arrested":
  // only a verb of telling takes its hearer and a clause).
  int first = s.units[s.tokens[before].unit].token_begin;
  if (s.tokens[pronoun].tag == "IN" && first > 0 && s.tokens[first - 1].tag.starts_with("VB") &&
      IsVerbOfTelling(s.tokens[first - 1].text))
    return -1;
  return s.tokens[before].unit;
}

// dyad: "criticised the decision that Ethiopia announced on Monday",
// "welcomed the ceasefire which Israel declared": an uncoded object
// described by an object relative clause (its verb has no object of its
// own) is the deed of that clause's subject, whom the verb acts on. Returns
// that subject's unit, else -1. Not a content clause ("denied the report
// that Egypt attacked Sudan": "attacked" has its own object; "rejected
// claims that Iran was behind it": a copula has none to lack).
namespace {

int RelativeClauseAuthor(const Sentence& s, int object) {
  const int n = static_cast<int>(s.tokens.size());
  const int pronoun = s.units[object].token_end;
  if (pronoun + 2 >= n || !EqualsAnyIgnoreCase(s.tokens[pronoun].text, {"that", "which"}) ||
      (s.tokens[pronoun].tag != "WDT" && s.tokens[pronoun].tag != "IN"))
    return -1;
  const int author = s.tokens[pronoun + 1].unit;
  if (author < 0 || s.units[author].token_begin != pronoun + 1 || s.units[author].compound)
    return -1;
  int verb = s.units[author].token_end;
  static const WordSet kAuxiliaries = {"has", "had", "have", "will", "would", "also"};
  while (verb < n && kAuxiliaries.contains(s.tokens[verb].text)) ++verb;
  static const WordSet kCopulas = {"is", "are", "was", "were", "be", "been", "being"};
  if (verb >= n || !s.tokens[verb].tag.starts_with("VB") || kCopulas.contains(s.tokens[verb].text))
    return -1;
  int after = verb + 1;
  if (after < n && (s.tokens[after].tag == "RP" || s.tokens[after].tag == "RB")) ++after;
  if (after < n && s.tokens[after].unit >= 0 && !OnlySaysWhen(s, s.tokens[after].unit)) return -1;
  if (after < n && (s.tokens[after].tag.starts_with("VB") || s.tokens[after].tag == "TO"))
    return -1;
  return author;
}

}  // namespace

// dyad: the country of the capital right after "in" a target that names a
// gathering or a mission and no other country than the source's ("the
// summit in [Islamabad]", "its embassy in [Kabul]": PAK, AFG); else empty.
std::string_view VerbPhraseCoder::HostCountry(int source, int target) const {
  if (target < 0 || s_.units[target].compound) return {};
  if (!EqualsAnyIgnoreCase(s_.tokens[s_.units[target].token_end - 1].text,
                           {"summit", "conference", "talks", "meeting", "negotiations", "forum",
                            "embassy", "consulate", "mission", "games", "olympics", "ceremony"}))
    return {};
  std::string_view code = UnitCode(target);
  if (!code.starts_with("---") && code.substr(0, 3) != UnitCode(source).substr(0, 3)) return {};
  const int place = CapitalAfter(target, {"in"});
  return place < 0 ? std::string_view()
                   : std::string_view(s_.phrases[s_.units[place].phrase_begin].capital_of);
}

// dyad: the capital (or city) named as a place right after `unit` and one of
// `prepositions` ("the summit in [Islamabad]", "an airport near
// [Damascus]"), whose country the phrase keeps (capital_of); else -1.
int VerbPhraseCoder::CapitalAfter(int unit,
                                  std::initializer_list<std::string_view> prepositions) const {
  const int in = s_.units[unit].token_end;
  if (in + 1 >= static_cast<int>(s_.tokens.size()) ||
      !EqualsAnyIgnoreCase(s_.tokens[in].text, prepositions))
    return -1;
  const int place = s_.tokens[in + 1].unit;
  if (place < 0 || s_.units[place].token_begin != in + 1 || s_.units[place].compound) return -1;
  const Phrase& p = s_.phrases[s_.units[place].phrase_begin];
  return p.capital_of.size() == 3 && IsNullCode(p.code) ? place : -1;
}

// The first unit after the verb that has a code (or is a compound), else the first unit.
int VerbPhraseCoder::FindTarget(const VerbPhrase& vp) const {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  // dyad: "the tanker, which British marines seized off Gibraltar": a verb
  // with no object of its own in an object relative clause acts on the
  // phrase the clause describes.
  // ... a time after it is no object ("the envoy that Iran expelled last year").
  if (int t = vp.verb_token + 1;
      dyad && (t >= vp.end_token || s_.tokens[t].unit < 0 || OnlySaysWhen(s_, s_.tokens[t].unit))) {
    if (int antecedent = ObjectRelativeAntecedent(s_, vp.verb_token);
        antecedent >= 0 && IsCodedUnit(antecedent))
      return antecedent;
  }
  // dyad: "criticised the decision that Ethiopia announced": its author.
  if (dyad && !x_.lower.empty()) {
    const int object = s_.tokens[x_.lower.front()].unit;
    if (object >= 0 && !IsCodedUnit(object) && !s_.units[object].compound &&
        s_.units[object].token_begin == x_.lower.front()) {
      const int author = RelativeClauseAuthor(s_, object);
      if (author >= 0 && IsCodedUnit(author)) return author;
    }
  }
  // The verb's own objects first, then the clauses nested in its phrase
  // (dyad: not a capital named by its country as a place, "in Pakistan's
  // capital").
  for (int t : x_.lower) {
    int unit = s_.tokens[t].unit;
    if (t >= vp.embedded_clause) break;
    if (dyad && OpensRelativeAside(t)) break;
    if (unit >= 0 && IsCodedUnit(unit) &&
        !(dyad && (IsBrokerAgent(unit) || NamesWhat(unit) || IsAudienceOrMedium(unit) ||
                   NamesCapitalByItsCountry(unit))))
      return unit;
  }
  int first = -1;
  for (int t : x_.lower) {
    // dyad: "declared a state of emergency after a gang leader escaped": an
    // adverbial clause is an event of its own, and names no party of this one.
    if (dyad && t >= vp.embedded_clause && IsAdverbialConjunction(t)) break;
    // dyad: "ending 11 days of fighting, which killed 240 people": a clause
    // set off by a comma that describes a phrase is no part of this verb's.
    if (dyad && OpensRelativeAside(t)) break;
    int unit = s_.tokens[t].unit;
    if (unit < 0 || (dyad && (IsBrokerAgent(unit) || NamesWhat(unit) || IsAudienceOrMedium(unit))))
      continue;
    // dyad: "warned that it would not accept any interruption of Bolivia's
    // order": the speaker named again as the reported clause's subject is not
    // whom the speaker acts on.
    if (dyad && SpeakerInReportedClause(vp, unit)) continue;
    // dyad: "seized his passport to stop him travelling to Turkey": where a
    // journey told in a clause nested in the verb's phrase goes or starts is
    // no party the verb acts on.
    if (dyad && t >= vp.embedded_clause && NamesPlaceOfClause(unit)) continue;
    // dyad: "detonated a truck at a hotel in Pakistan's capital": a place.
    if (dyad && NamesCapitalByItsCountry(unit)) continue;
    if (IsCodedUnit(unit)) return unit;
    if (first < 0) first = unit;
  }
  return first;
}

bool VerbPhraseCoder::SpeakerInReportedClause(const VerbPhrase& vp, int unit) const {
  const int t = s_.units[unit].token_begin;
  if (t < 1 || s_.units[unit].token_end != t + 1 || vp.subject_begin >= vp.subject_end ||
      !EqualsIgnoreCase(s_.tokens[t - 1].text, "that") ||
      !EqualsAnyIgnoreCase(s_.tokens[t].text, {"it", "we"}))
    return false;
  const std::string_view speaker = UnitCode(vp.subject_end - 1), named = UnitCode(unit);
  return speaker.size() >= 3 && named.size() >= 3 && !speaker.starts_with("---") &&
         speaker.substr(0, 3) == named.substr(0, 3);
}

namespace {

// "travelling", "flights", "arrivals": words of a journey, whose "to" or
// "from" names where it goes or starts (not a visit, which is a party's
// meeting with its hosts: "agreed to pay a visit to China").
bool IsWordOfJourney(std::string_view word) {
  for (std::string_view stem : {"travel", "flight", "flew", "flown", "fly", "flie", "arriv",
                                "return", "trip", "journey", "went", "going"}) {
    if (word.size() >= stem.size() && EqualsIgnoreCase(word.substr(0, stem.size()), stem))
      return true;
  }
  return false;
}

}  // namespace

bool VerbPhraseCoder::NamesPlaceOfClause(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || u.token_begin < 2 || UnitCode(unit).size() != 3) return false;
  return EqualsAnyIgnoreCase(s_.tokens[u.token_begin - 1].text, {"to", "from"}) &&
         IsWordOfJourney(s_.tokens[u.token_begin - 2].text);
}

bool VerbPhraseCoder::NamesCapitalByItsCountry(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || u.token_begin < 2 || UnitCode(unit).size() != 3 ||
      !EqualsIgnoreCase(s_.tokens[u.token_end - 1].text, "capital"))
    return false;
  // ... not where the verb itself goes ("arrived in the Eritrean capital": a
  // visit to Eritrea).
  if (s_.tokens[u.token_begin - 2].tag.starts_with("VB")) return false;
  return EqualsAnyIgnoreCase(s_.tokens[u.token_begin - 1].text,
                             {"in", "near", "outside", "inside", "across", "throughout"});
}

// dyad: "told reporters", "told state television", "spoke to journalists":
// the press a statement is made to is its audience; "announced the ceasefire
// on social media", "in an interview with the BBC": the press a verb of
// saying speaks through is its medium, as is the press anything is claimed
// or said "through" or "via" ("claimed responsibility through its Amaq news
// agency"). Neither is a party to what is said or done ("cracked down on
// journalists", "lifted its ban on social media" keep them).
bool VerbPhraseCoder::IsAudienceOrMedium(int unit) const {
  std::string_view code = UnitCode(unit);
  int first = s_.units[unit].token_begin;
  if (code.size() < 6 || !code.ends_with("MED") || first == 0) return false;
  std::string_view before = s_.tokens[first - 1].text;
  return EqualsAnyIgnoreCase(before,
                             {"told", "tell", "tells", "telling", "assured", "assure", "assures",
                              "reassured", "promised", "informed", "via", "through"}) ||
         (says_ && EqualsAnyIgnoreCase(before, {"on", "to", "with"}));
}

// The coded unit right after "by" among the verb's words ("was given jets
// by [the Netherlands]"), -1 if none.
int VerbPhraseCoder::PassiveAgent() const {
  for (size_t k = 0; k + 1 < x_.lower.size(); ++k) {
    if (!EqualsIgnoreCase(s_.tokens[x_.lower[k]].text, "by")) continue;
    int t = x_.lower[k + 1];
    int unit = s_.tokens[t].unit;
    return unit >= 0 && s_.units[unit].token_begin == t && IsCodedUnit(unit) ? unit : -1;
  }
  return -1;
}

// Whether `unit` lies in a phrase of time or circumstance opened by "after",
// "amid", "during", "following" or "before", through "of", "between" and
// "with" ("after days of clashes between [students and police]").
bool VerbPhraseCoder::InCircumstance(int unit) const {
  for (int t = s_.units[unit].token_begin - 1; t >= 0; --t) {
    const Token& token = s_.tokens[t];
    if (token.unit >= 0) {
      t = s_.units[token.unit].token_begin;
      continue;
    }
    if (token.tag != "IN") return false;
    if (EqualsAnyIgnoreCase(token.text, {"after", "amid", "during", "following", "before"}))
      return true;
    if (!EqualsAnyIgnoreCase(token.text, {"of", "between", "with"})) return false;
  }
  return false;
}

// Whether the word at `verb` is a verb of saying or posting: "said",
// "announced", "wrote", "posted", "tweeted", "spoke".
bool VerbPhraseCoder::IsVerbOfSaying(int verb) const {
  return EqualsAnyIgnoreCase(
      s_.tokens[verb].text,
      {"say",        "says",     "said",      "saying",   "announce", "announces", "announced",
       "announcing", "declare",  "declares",  "declared", "write",    "writes",    "wrote",
       "writing",    "post",     "posts",     "posted",   "tweet",    "tweets",    "tweeted",
       "state",      "states",   "stated",    "speak",    "speaks",   "spoke",     "appeared",
       "confirm",    "confirms", "confirmed", "insisted", "warned",   "vowed",     "pledged"});
}

// "its isolation", "Qatar's detention": a possessor and a noun of what is
// done to someone, with no "of" phrase after it (which would name the
// sufferer: "Russia's arrest of the journalist"); the possessor suffered it.
bool VerbPhraseCoder::NamesWhatWasDoneTo(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || u.token_end - u.token_begin < 2) return false;
  const Token& first = s_.tokens[u.token_begin];
  bool possessive = first.tag == "PRP$";
  for (int t = u.token_begin; t + 1 < u.token_end && !possessive; ++t)
    possessive = s_.tokens[t].tag == "POS";
  if (!possessive) return false;
  if (u.token_end < static_cast<int>(s_.tokens.size()) &&
      EqualsIgnoreCase(s_.tokens[u.token_end].text, "of"))
    return false;
  return EqualsAnyIgnoreCase(
      s_.tokens[u.token_end - 1].text,
      {"isolation", "detention", "arrest", "imprisonment", "jailing", "killing", "murder", "death",
       "treatment", "suffering", "plight", "expulsion", "exclusion", "persecution", "abduction",
       "kidnapping", "ouster", "overthrow", "suspension"});
}

// dyad: "Police said 12 protesters were arrested", "the army said 30
// militants were killed": the subject of a verb of saying right before the
// passive's subject, when it is the kind of body that does the deed: police
// or forces arrest and detain (17x); forces kill or strike armed men (18x-20x).
int VerbPhraseCoder::ReportingBody(int victim, std::string_view code) const {
  int t = s_.units[victim].token_begin - 1;
  while (t >= 0 && s_.tokens[t].deleted) --t;
  if (t >= 0 && EqualsIgnoreCase(s_.tokens[t].text, "that")) --t;
  if (t < 1 || s_.tokens[t].unit >= 0 || !IsVerbOfSaying(t)) return -1;
  int body = s_.tokens[t - 1].unit;
  if (body < 0 || s_.units[body].token_end != t || !IsCodedUnit(body)) return -1;
  std::string_view role = UnitCode(body);
  if (role.size() != 6) return -1;
  role = role.substr(3);
  bool forces = role == "MIL" || role == "COP";
  if (code.starts_with("17")) return forces ? body : -1;
  std::string_view victims = UnitCode(victim);
  bool armed = victims.size() == 6 &&
               (victims.ends_with("UAF") || victims.ends_with("REB") || victims.ends_with("INS"));
  return dict::IsForceCode(code) && role == "MIL" && armed ? body : -1;
}

// "condemned what it called Indian strikes", "struck what Tehran said were
// militant bases": who names the thing ("it"), and "what", are not what the
// verb acts on; the name after them is.
bool VerbPhraseCoder::NamesWhat(int unit) const {
  const Unit& u = s_.units[unit];
  int n = static_cast<int>(s_.tokens.size());
  auto is_what = [&](int t) { return t >= 0 && EqualsIgnoreCase(s_.tokens[t].text, "what"); };
  if (is_what(u.token_begin)) return true;
  return is_what(u.token_begin - 1) && u.token_end < n &&
         EqualsAnyIgnoreCase(s_.tokens[u.token_end].text,
                             {"called", "calls", "termed", "terms", "described", "dubbed", "said",
                              "says", "claimed", "claims", "alleged", "branded", "labelled"});
}

// dyad: the capital a visit names as a place right after its verb ("arrived
// in [Taipei]", "flew to [Kyiv]"), else -1.
int VerbPhraseCoder::CapitalVisited(int verb_end) const {
  const int n = static_cast<int>(s_.tokens.size());
  int t = verb_end + 1;
  if (t < n && s_.tokens[t].unit < 0 &&
      EqualsAnyIgnoreCase(s_.tokens[t].text, {"in", "to", "into", "at"}))
    ++t;
  if (t >= n || s_.tokens[t].unit < 0) return -1;
  const int unit = s_.tokens[t].unit;
  const Unit& u = s_.units[unit];
  if (u.compound || u.token_begin != t || u.phrase_end - u.phrase_begin != 1) return -1;
  const Phrase& p = s_.phrases[u.phrase_begin];
  return p.capital_of.size() == 3 && IsNullCode(p.code) ? unit : -1;
}

// dyad: the capital (or city) a thing struck stands in or is fired at
// ("struck an airport near [Damascus]", "hit a market in [Sanaa]", "fired
// rockets at [Tel Aviv]"): the place right after the uncoded object
// `target`, else -1.
int VerbPhraseCoder::CapitalOfThingStruck(int target) const {
  if (target < 0 || IsCodedUnit(target) || s_.units[target].compound) return -1;
  return CapitalAfter(target, {"in", "near", "outside", "on", "at"});
}

// "a ceasefire brokered by Egypt": the broker of a deal is no party to the
// verb that makes it (brokers.cc gives it its own events).
bool VerbPhraseCoder::IsBrokerAgent(int unit) const {
  int t = s_.units[unit].token_begin;
  return t >= 2 && EqualsIgnoreCase(s_.tokens[t - 1].text, "by") &&
         EqualsAnyIgnoreCase(s_.tokens[t - 2].text, {"brokered", "mediated"});
}

// Whether the subject of some verb phrase starts at token `t`.
bool VerbPhraseCoder::StartsSubject(int t) const {
  for (const VerbPhrase& other : s_.verb_phrases) {
    if (other.subject_begin < other.subject_end && s_.units[other.subject_begin].token_begin == t)
      return true;
  }
  return false;
}

// dyad: ", which killed 240 people", ", who ...": a comma and a relative
// pronoun open an aside that describes the phrase before it.
bool VerbPhraseCoder::OpensRelativeAside(int t) const {
  if (t < 2 || s_.tokens[t - 1].tag != "," || !s_.tokens[t].tag.starts_with("W") ||
      !EqualsAnyIgnoreCase(s_.tokens[t].text, {"which", "who", "whom", "whose"}))
    return false;
  // ... but an accord's aside names its other party ("pulled out of the
  // grain deal, which had allowed Ukraine to export grain": RUS UKR).
  return !EqualsAnyIgnoreCase(s_.tokens[t - 2].text, {"deal", "agreement", "accord", "pact",
                                                      "treaty", "truce", "ceasefire"});
}

// A conjunction that opens an adverbial clause of time, cause or concession
// ("after", "as", "when", "because", "although").
bool VerbPhraseCoder::IsAdverbialConjunction(int t) const {
  std::string_view tag = s_.tokens[t].tag;
  if (tag != "IN" && tag != "WRB") return false;
  if (!EqualsAnyIgnoreCase(s_.tokens[t].text,
                           {"after", "as", "when", "while", "because", "since", "before", "until",
                            "although", "though", "whereas", "once"})) {
    return false;
  }
  // A clause: a subject right after it ("after gunmen stormed"), not a
  // phrase ("as mediator", "after days of clashes").
  return StartsSubject(t + 1);
}

// "met in Singapore", "held drills in the Sea of Japan": a place named after
// "in" or "near" where a verbal or cooperative event happened (codes below 14;
// "shelled towns in Ukraine" keeps Ukraine as the target).
// Whether `unit` is where something goes: "into Kathmandu", "to Kyiv", also
// named in apposition to an uncoded destination ("to the capital, Suva").
bool VerbPhraseCoder::IsDestination(int unit) const {
  if (unit < 0) return false;
  int first = s_.units[unit].token_begin;
  if (first > 1 && s_.tokens[first - 1].text == "," && s_.tokens[first - 2].unit >= 0) {
    int head = s_.tokens[first - 2].unit;
    if (head != unit && !IsCodedUnit(head)) first = s_.units[head].token_begin;
  }
  return first > 0 && EqualsAnyIgnoreCase(s_.tokens[first - 1].text, {"into", "to"});
}

// "met in Moscow", "traded accusations at the United Nations": a phrase
// after "in", "near", "inside" or "at" tells where a compound's members
// acted on each other, outside protest and force.
bool VerbPhraseCoder::IsMeetingPlace(int unit, std::string_view code) const {
  int first = s_.units[unit].token_begin;
  if (first == 0 || code.size() < 2 || code.substr(0, 2) >= "14") return false;
  return EqualsAnyIgnoreCase(s_.tokens[first - 1].text, {"in", "near", "inside", "at"});
}

// dyad: "bombed a school bus, killing 40 children": an attack whose target
// names no one hit the victims that a removed casualty clause counts
// (---CVL); so did one that names only where it happened when the victims
// are a country's ("a school bus in northern Yemen, killing 40 Yemeni
// children": YEMCVL, not YEM).
// The victims are those of the last clause before the casualty clause: "...
// stormed a centre on Friday, two days after gunmen attacked the city,
// killing 140 people" counts the gunmen's dead, not the commandos'.
int VerbPhraseCoder::VictimsIfNoOneHit(const VerbPhrase& vp, int verb, int target,
                                       std::string_view code) const {
  if (s_.casualty_begin < 0 || verb > s_.casualty_begin) return target;
  // "Air strikes hit a funeral hall, killing 140 mourners": an air strike of
  // no one named is a toll (an incident), as a passive's is.
  if (code.starts_with("195")) {
    const int source = FindSource(vp, -1);
    if (source < 0 || !IsCodedUnit(source)) return target;
  }
  for (const VerbPhrase& later : s_.verb_phrases) {
    if (later.verb_token > verb && later.verb_token < s_.casualty_begin &&
        later.subject_begin < later.subject_end && s_.units[later.subject_begin].token_begin > verb)
      return target;
  }
  bool coded = target >= 0 && IsCodedUnit(target);
  if (coded && !s_.phrases[s_.units[target].phrase_begin].place && !IsGroundOnWhich(target))
    return target;
  for (int u = 0; u < static_cast<int>(s_.units.size()); ++u) {
    const Unit& unit = s_.units[u];
    if (unit.token_begin <= s_.casualty_begin || unit.token_end > s_.casualty_end ||
        !IsCodedUnit(u))
      continue;
    // The first coded ("more than [100 civilians]").
    bool national = !s_.phrases[unit.phrase_begin].code.starts_with("---");
    return !coded || national || !StrikesAnotherCountry(vp, target) ? u : target;
  }
  return target;
}

// dyad: "on British soil", "on the southern Philippine island of Jolo", "on
// the outskirts of Kabul": ground named after "on" is where a deed happened,
// as a place after "in" is (AfterPlacePreposition leaves "on" out: "the
// attack on Kyiv" names whom it struck).
bool VerbPhraseCoder::IsGroundOnWhich(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.token_begin < 1 || !EqualsIgnoreCase(s_.tokens[u.token_begin - 1].text, "on")) return false;
  static const WordSet kGround = {"soil",      "island",  "islands", "territory", "outskirts",
                                  "coast",     "shores",  "shore",   "side",      "mainland",
                                  "peninsula", "streets", "border",  "frontier"};
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (kGround.contains(s_.tokens[t].text)) return true;
  }
  return false;
}

// dyad: "Israel carried out an air strike on a compound in the Qatari capital,
// targeting senior Hamas leaders", "U.S. drones struck a convoy in Somalia,
// targeting al Shabaab commanders": an attack whose target names only where
// it happened (after in/on/at/near) or no one is aimed at the party the
// participle ", targeting X" right after its clause names (PSEINS, SOMINS);
// that participle then tells no event of its own. Returns the target to use.
int VerbPhraseCoder::TargetingParticiple(int verb, int target) {
  if (target >= 0 && IsCodedUnit(target)) {
    const int first = s_.units[target].token_begin;
    const bool place =
        s_.phrases[s_.units[target].phrase_begin].place ||
        (first > 0 && EqualsAnyIgnoreCase(s_.tokens[first - 1].text, {"in", "on", "at", "near"}));
    if (!place) return target;
  }
  const int n = static_cast<int>(s_.tokens.size());
  for (int t = verb + 1; t + 2 < n; ++t) {
    const Token& token = s_.tokens[t];
    if (token.tag == "VBD" || token.tag == "VBZ" || token.tag == "VBP" || token.tag == "CC")
      return target;
    if (token.text != "," || !EqualsIgnoreCase(s_.tokens[t + 1].text, "targeting")) continue;
    const int aimed = s_.tokens[t + 2].unit;
    if (aimed < 0 || s_.units[aimed].token_begin != t + 2 || !IsCodedUnit(aimed)) return target;
    merged_participle_ = t + 1;
    return aimed;
  }
  return target;
}

// dyad: whether the clause's subject is a party of another country than the
// place `target` names ("Russian missiles hit Kyiv, killing 5", "Militants in
// Lebanon fired rockets at northern Israel, wounding three": an attack on
// that country), not one of no country or of the place's own ("A bomb
// exploded in a market in Kano, killing 30 people", "gunmen attacked a village
// in Oudalan, killing 14": the dead were hit).
bool VerbPhraseCoder::StrikesAnotherCountry(const VerbPhrase& vp, int target) const {
  const int source = FindSource(vp, -1);
  if (source < 0 || !IsCodedUnit(source) || s_.units[source].compound) return false;
  // A compound place ("in Pakistan and Pakistani-administered Kashmir"): its first.
  std::string_view code = UnitCode(source), place = s_.phrases[s_.units[target].phrase_begin].code;
  if (code.size() < 3 || code.starts_with("---") || code.starts_with("IGO") ||
      code.starts_with("NGO") || code.starts_with("IMG") || place.size() < 3)
    return false;
  return code.substr(0, 3) != place.substr(0, 3);
}

// "..., accusing it of ...": a participle right after a comma, without a
// subject of its own; in dyad's files also one after a conjunction of time
// (IsAdverbialParticiple).
bool VerbPhraseCoder::IsTrailingParticiple(const VerbPhrase& vp) const {
  if (s_.tokens[vp.verb_token].tag != "VBG" || vp.subject_begin != vp.subject_end) return false;
  if (IsAdverbialParticiple(vp)) return true;
  // ... also after an aside the comma clauses removed, whose comma goes with
  // it ("..., the ministry said, accusing Pakistan of ...").
  int t = vp.verb_token - 1;
  if (t >= 0 && s_.tokens[t].tag == ",") return true;
  while (t >= 0 && s_.tokens[t].deleted) --t;
  return t >= 0 && s_.tokens[t].tag == ",";
}

// A dyad participle after a conjunction of time: its actor is the clause's
// subject, whatever stands nearer.
bool VerbPhraseCoder::IsAdverbialParticiple(const VerbPhrase& vp) const {
  return dicts_.format == dict::Dictionaries::Format::kDyad && code::IsAdverbialParticiple(s_, vp);
}

bool IsAdverbialParticiple(const Sentence& s, const VerbPhrase& vp) {
  if (vp.verb_token < 1 || s.tokens[vp.verb_token].tag != "VBG" ||
      vp.subject_begin != vp.subject_end)
    return false;
  const Token& before = s.tokens[vp.verb_token - 1];
  return before.tag == "IN" &&
         EqualsAnyIgnoreCase(before.text, {"after", "before", "while", "since", "upon", "when"});
}

// "..., and urged Pyongyang to ...": a verb without a subject of its own
// right after a comma and "and" or "but" (adverbs between).
bool VerbPhraseCoder::IsPredicateAfterCommaAnd(const VerbPhrase& vp) const {
  if (vp.subject_begin != vp.subject_end) return false;
  int t = vp.verb_token - 1;
  while (t >= 0 && s_.tokens[t].tag.starts_with("RB")) --t;
  return t >= 1 && s_.tokens[t].tag == "CC" && s_.tokens[t - 1].tag == ",";
}

// Whether the verb has a subject of its own, a noun phrase (no pronoun) that
// nothing codes.
bool VerbPhraseCoder::HasUncodedNounSubject(const VerbPhrase& vp) const {
  if (vp.subject_end - vp.subject_begin != 1 || IsCodedUnit(vp.subject_begin)) return false;
  const Unit& u = s_.units[vp.subject_begin];
  std::string_view head = s_.tokens[u.token_end - 1].tag;
  return !s_.tokens[u.token_begin].deleted && head.starts_with("NN");
}

namespace {

// Prepositions of the place, the time or the aim of an attack told by its
// noun ("a bombing in Kabul", "at a police academy", "on Monday", "near the
// border", "on a convoy"): what follows one names no attacker. Not "by"
// ("a bombing by the Taliban") nor "from".
bool IsAttackModifierPreposition(std::string_view word) {
  static const WordSet kWords = {"in",     "at",     "on",      "near",     "outside",
                                 "inside", "around", "across",  "along",    "during",
                                 "off",    "within", "against", "targeting"};
  return kWords.contains(word);
}

// A weapon, blast or attack: "bomb", "explosion", "airstrike".
bool IsWeaponNoun(std::string_view word) {
  static const WordSet kWeapons = {
      "bomb",       "bombs",     "bombing",   "bombings",   "blast",   "blasts",  "explosion",
      "explosions", "device",    "devices",   "ied",        "ieds",    "grenade", "grenades",
      "landmine",   "landmines", "mine",      "mines",      "attack",  "attacks", "ambush",
      "shooting",   "shootings", "gunfire",   "rocket",     "rockets", "missile", "missiles",
      "shell",      "shells",    "shelling",  "mortar",     "mortars", "drone",   "drones",
      "strike",     "strikes",   "airstrike", "airstrikes", "raid",    "raids"};
  return kWeapons.contains(word);
}

}  // namespace

// dyad: "A suicide bombing in Kabul", "a car bomb at a police academy in the
// capital": the first token of the modifiers of place, time or aim that
// follow the noun opening the phrase of `unit` ("of" may join a place to
// them: "on the edge of Abuja"); the unit's end when it has none, -1 when
// another preposition follows the noun ("a bombing by the Taliban").
int VerbPhraseCoder::AttackModifiersStart(int unit) const {
  const Unit& u = s_.units[unit];
  int start = -1;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    const Token& token = s_.tokens[t];
    if (token.tag != "IN" && token.tag != "TO") continue;
    if (start < 0 && t > u.token_begin && s_.tokens[t - 1].tag.starts_with("NN") &&
        IsAttackModifierPreposition(token.text)) {
      start = t;
    } else if (start < 0 ||
               !(IsAttackModifierPreposition(token.text) || EqualsIgnoreCase(token.text, "of"))) {
      return -1;
    }
  }
  return start < 0 ? u.token_end : start;
}

// Whether an actor's name stands in tokens [begin, end): "A U.S. drone
// strike", "a Taliban attack" name who struck.
bool VerbPhraseCoder::NamesAnActor(int begin, int end) const {
  std::vector<dict::WordId> words;
  for (int t = begin; t < end; ++t) words.push_back(s_.tokens[t].word);
  dict::PhraseMatch match;
  for (size_t k = 0; k < words.size(); ++k) {
    if (dicts_.actors.names().MatchAt(words, k, &match)) return true;
  }
  return false;
}

// dyad: "[A bomb blast at a bus station] on [the edge of Abuja] killed 71
// people": a phrase after a preposition in a subject whose first phrase is
// an attack's noun names where it struck, not who struck.
bool VerbPhraseCoder::IsPlaceOfSubjectAttack(const VerbPhrase& vp, int unit) const {
  if (unit <= vp.subject_begin) return false;
  const int first = s_.units[unit].token_begin;
  return first > 0 && IsAttackModifierPreposition(s_.tokens[first - 1].text) &&
         IsUnattributedAttack(vp.subject_begin);
}

// "A car bomb killed 12 soldiers", "the blast wounded ...": an uncoded phrase
// whose head is a weapon, blast or attack names what struck, not who; as the
// subject of a violent verb its author is an unidentified armed force.
bool VerbPhraseCoder::IsUnattributedWeapon(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || IsCodedUnit(unit)) return false;
  int head = u.token_end - 1;
  while (head > u.token_begin && s_.tokens[head].tag == "POS") --head;
  return IsWeaponNoun(s_.tokens[head].text);
}

// dyad: the subject of a violent verb is also an attack of no one named when
// its noun's modifiers of place, time or aim follow it ("A suicide bombing in
// Kabul killed ...", "a bombing near the Afghan parliament"): a party named
// in them is where or what it struck, unless the words before them name who
// struck ("a U.S. drone strike in Kabul").
bool VerbPhraseCoder::IsUnattributedAttack(int unit) const {
  if (IsUnattributedWeapon(unit)) return true;
  const Unit& u = s_.units[unit];
  const int modifiers = u.compound ? -1 : AttackModifiersStart(unit);
  if (modifiers < 0 || modifiers == u.token_end || NamesAnActor(u.token_begin, modifiers))
    return false;
  return IsWeaponNoun(s_.tokens[modifiers - 1].text);
}

// dyad: "condemned the military coup in Niger": a coup's author is the
// country's military; codes `object` so (NERMIL) and says whether it did.
bool VerbPhraseCoder::CoupInACountry(int object) {
  const Unit& u = s_.units[object];
  int n = static_cast<int>(s_.tokens.size());
  if (!EqualsAnyIgnoreCase(s_.tokens[u.token_end - 1].text, {"coup", "takeover", "putsch"}) ||
      u.token_end + 1 >= n || !EqualsIgnoreCase(s_.tokens[u.token_end].text, "in"))
    return false;
  int place = s_.tokens[u.token_end + 1].unit;
  if (place < 0 || s_.units[place].compound) return false;
  std::string_view country = UnitCode(place);
  if (country.size() != 3 || IsNullCode(country) || country == "IGO" || country == "NGO")
    return false;
  s_.phrases[u.phrase_begin].code = std::string(country) + "MIL";
  return true;
}

// dyad: a reaction to what someone did: criticism (11), rejection (12),
// denial (016), praise (051), defence (052: "defended the decision").
bool ReactsToDeed(std::string_view code) {
  return code.starts_with("11") || code.starts_with("12") || code.starts_with("051") ||
         code.starts_with("052") || code == "016";
}

namespace {

// "the takeover", "the overthrow", "the ouster", "the seizure": a seizure of
// power (or of what a force took).
bool IsSeizureOfPower(std::string_view head) {
  return EqualsAnyIgnoreCase(head, {"takeover", "overthrow", "ouster", "seizure"});
}

// Nouns of a deed done to someone named after "of": "the arrest of
// Navalny", "the overthrow of President Bazoum".
bool NamesDeedOnAPatient(std::string_view head) {
  return IsSeizureOfPower(head) ||
         EqualsAnyIgnoreCase(
             head, {"arrest",       "arrests",    "detention",     "detentions",  "jailing",
                    "imprisonment", "expulsion",  "expulsions",    "deportation", "deportations",
                    "abduction",    "abductions", "kidnapping",    "kidnappings", "killing",
                    "killings",     "murder",     "assassination", "execution",   "executions",
                    "release",      "freeing"});
}

}  // namespace

// dyad: "Saudi Arabia condemned the strikes": a reaction whose target names
// no one acts on the author of the deed its uncoded object names, if the
// document told it (PhraseResolver::ResolveDeed); returns the target to use.
int VerbPhraseCoder::DeedObject(int target) {
  if (x_.lower.empty()) return target;
  int object = s_.tokens[x_.lower.front()].unit;
  if (object >= 0 && !s_.units[object].compound && IsCodedUnit(object) && resolver_ != nullptr)
    return DeedOfItsPatient(object) || DeedCalledIt(object) ? object : target;
  if (object < 0 || s_.units[object].compound || IsCodedUnit(object)) return target;
  if (CoupInACountry(object)) return object;
  // "condemned the strike as an aggression against Iraq": what the deed was
  // called names no one it is aimed at.
  bool named_as = false;
  for (int t = s_.units[object].token_end; target >= 0 && t < s_.units[target].token_begin; ++t)
    named_as |= EqualsIgnoreCase(s_.tokens[t].text, "as");
  // "condemned the use of water cannon against migrants", "the attack on
  // Kyiv": whom the deed was done to is its victim, not its author.
  int end = s_.units[object].token_end;
  bool victim = target >= 0 && s_.units[target].token_begin == end + 1 &&
                EqualsAnyIgnoreCase(s_.tokens[end].text, {"against", "on"});
  if (resolver_ == nullptr || (target >= 0 && IsCodedUnit(target) && !named_as && !victim))
    return target;
  const Unit& u = s_.units[object];
  Phrase& phrase = s_.phrases[u.phrase_begin];
  std::string code;
  if (!resolver_->ResolveDeed(x_.resolving.words, u.token_begin, u.token_end, &code,
                              &phrase.antecedent))
    return target;
  phrase.code = std::move(code);
  return object;
}

// dyad: "condemned the arrest of Navalny", "welcomed the release of the
// journalists", "condemned the expulsion of its diplomat", "the overthrow of
// President Bazoum": an object that codes by whom its deed was done to (a
// determiner, at most two modifiers, a noun of a deed done to someone, "of"
// and the patient) names the deed, whose author, when the document told it
// (PhraseResolver::ResolveDeed: not a deed of the reactor's own side), is
// what the reaction is aimed at; the object's code is set to it. A seizure of
// power condemned as "any takeover of the government" is the one the
// article told. Returns whether it was; else the patient stays.
bool VerbPhraseCoder::DeedOfItsPatient(int object) {
  const Unit& u = s_.units[object];
  int of = u.token_begin + 2;
  while (of < u.token_end && of <= u.token_begin + 4 && !EqualsIgnoreCase(s_.tokens[of].text, "of"))
    ++of;
  if (of >= u.token_end || of > u.token_begin + 4 || s_.tokens[u.token_begin].tag != "DT")
    return false;
  const std::string_view head = s_.tokens[of - 1].text;
  const std::string_view determiner = s_.tokens[u.token_begin].text;
  if (!(EqualsAnyIgnoreCase(determiner, {"the", "this", "these"}) ||
        (IsSeizureOfPower(head) && EqualsIgnoreCase(determiner, "any"))) ||
      !NamesDeedOnAPatient(head))
    return false;
  std::string author, antecedent;
  const std::string_view definite[] = {"the", head};
  const bool found =
      EqualsIgnoreCase(determiner, "any")
          ? resolver_->ResolveDeed(definite, 0, 2, &author, &antecedent)
          : resolver_->ResolveDeed(x_.resolving.words, u.token_begin, of, &author, &antecedent);
  if (!found || IsNullCode(author) || author.find('/') != std::string::npos) return false;
  Phrase& phrase = s_.phrases[u.phrase_begin];
  phrase.code = std::move(author);
  phrase.antecedent = std::move(antecedent);
  return true;
}

// dyad: "Saudi Arabia condemned the strike, and Guterres called it a
// flagrant violation", "The president called it a terrorist act", "branded it
// \"a provocation\"": "it" that a verb of naming calls something stands for
// a deed, not for the latest party: the deed the nearest "the"/"this" noun
// before it in its sentence names ("the strike"), else the latest deed the
// article told ("the move"); the object's code is set to its author when the
// document told it (PhraseResolver::ResolveDeed). Returns whether it was.
// Not "called it off", "called on it to", nor "it" with no complement.
bool VerbPhraseCoder::DeedCalledIt(int object) {
  const Unit& u = s_.units[object];
  const int n = static_cast<int>(s_.tokens.size());
  if (u.token_end != u.token_begin + 1 || u.token_begin < 1 || u.token_end >= n ||
      !EqualsIgnoreCase(s_.tokens[u.token_begin].text, "it"))
    return false;
  static const WordSet kNaming = {"called",  "calls",  "call",      "calling",   "branded",
                                  "brands",  "brand",  "termed",    "terms",     "labelled",
                                  "labeled", "dubbed", "described", "describes", "deemed"};
  if (!kNaming.contains(s_.tokens[u.token_begin - 1].text)) return false;
  // A complement: a determiner, an adjective, a quote or "as" ("described it
  // as"), not a particle or a preposition ("called it off").
  const Token& next = s_.tokens[u.token_end];
  if (!(next.tag == "DT" || next.tag.starts_with("JJ") || next.tag == "``" ||
        EqualsIgnoreCase(next.text, "as")))
    return false;
  std::string author, antecedent;
  bool found = false;
  for (int t = u.token_begin - 2; t > 0 && !found; --t) {
    // ("the shelling" may be tagged a gerund.)
    if ((!s_.tokens[t].tag.starts_with("NN") && s_.tokens[t].tag != "VBG") ||
        !EqualsAnyIgnoreCase(s_.tokens[t - 1].text, {"the", "this"}))
      continue;
    const std::string_view phrase[] = {"the", x_.resolving.words[t]};
    found = resolver_->ResolveDeed(phrase, 0, 2, &author, &antecedent);
  }
  if (!found) {
    const std::string_view phrase[] = {"the", "move"};
    found = resolver_->ResolveDeed(phrase, 0, 2, &author, &antecedent);
  }
  if (!found || IsNullCode(author)) return false;
  Phrase& phrase = s_.phrases[u.phrase_begin];
  phrase.code = std::move(author);
  phrase.antecedent = std::move(antecedent);
  return true;
}

// dyad: the clause a denial's verb takes: "denied that ...", "denied on
// Monday that ..." (kThat; not "denied that report"), "denied orchestrating
// ..." (kGerund), else what a noun object denies (DeniedNoun).
VerbPhraseCoder::Denied VerbPhraseCoder::DeniedClause(int verb) const {
  const int t = DeniedObjectStart(verb);
  const int n = static_cast<int>(s_.tokens.size());
  if (t + 1 >= n) return Denied::kNone;
  if (s_.tokens[t].tag == "VBG") return Denied::kGerund;
  // "denied that Belgrade had any role": a name of the denier's own side
  // (DeniedOwnSide) that opens the clause.
  if (EqualsIgnoreCase(s_.tokens[t].text, "that") &&
      (!s_.tokens[t + 1].tag.starts_with("NN") ||
       (verb == own_side_denial_ && NamedSubjectOfClause(t + 1))))
    return Denied::kThat;
  return DeniedNoun(t);
}

// Where what a denial's verb denies starts: past adverbs and "on Monday".
int VerbPhraseCoder::DeniedObjectStart(int verb) const {
  int t = verb + 1;
  const int n = static_cast<int>(s_.tokens.size());
  while (t < n && s_.tokens[t].tag.starts_with("RB")) ++t;
  if (t + 1 < n && EqualsIgnoreCase(s_.tokens[t].text, "on") && s_.tokens[t + 1].tag == "NNP")
    t += 2;  // "on Monday"
  return t;
}

// dyad: whether the proper name at `t` opens a clause as its subject ("denied
// that Tehran had any role", "that Cuba was involved"): names, then a finite
// verb or modal; not a determiner's noun ("denied that Reuters report").
bool VerbPhraseCoder::NamedSubjectOfClause(int t) const {
  const int n = static_cast<int>(s_.tokens.size());
  if (!s_.tokens[t].tag.starts_with("NNP")) return false;
  while (t < n && s_.tokens[t].tag.starts_with("NNP")) ++t;
  if (t >= n) return false;
  std::string_view tag = s_.tokens[t].tag;
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
}

namespace {

// "accusations", "allegations", "charges", "claims": a noun of a charge made.
bool IsChargeNoun(std::string_view noun) {
  return EqualsAnyIgnoreCase(noun, {"accusation", "accusations", "allegation", "allegations",
                                    "charge", "charges", "claim", "claims"});
}

}  // namespace

// dyad: what the noun phrase at `t` denies (a determiner and up to two
// modifiers before its noun): a charge someone made, "the accusations", "all
// allegations", "the claims" (kCharge); a part in a deed, "any involvement",
// "any wrongdoing", "a role", "reports of ..." (kPart); else kNone.
VerbPhraseCoder::Denied VerbPhraseCoder::DeniedNoun(int t) const {
  const int n = static_cast<int>(s_.tokens.size());
  if (t < n && s_.tokens[t].tag == "DT") ++t;
  for (int modifiers = 0; t + 1 < n && modifiers < 2; ++modifiers, ++t) {
    std::string_view tag = s_.tokens[t].tag;
    if (!tag.starts_with("JJ") &&
        !(tag.starts_with("NN") && s_.tokens[t + 1].tag.starts_with("NN")))
      break;
  }
  if (t >= n || !s_.tokens[t].tag.starts_with("NN")) return Denied::kNone;
  std::string_view noun = s_.tokens[t].text;
  if (IsChargeNoun(noun)) return Denied::kCharge;
  if (EqualsAnyIgnoreCase(
          noun, {"involvement", "role", "wrongdoing", "responsibility", "report", "reports",
                 "complicity", "culpability", "blame", "link", "links", "knowledge"}))
    return Denied::kPart;
  return Denied::kNone;
}

// dyad: whether `unit` is a charge its party made ("police claims", "the army's
// allegations", "military accusations"): the party is the accuser, not a
// force the denied deed was done to.
bool VerbPhraseCoder::NamesChargeMade(int unit) const {
  const int head = s_.units[unit].token_end - 1;
  return head > s_.units[unit].token_begin &&
         DeniedNoun(s_.units[unit].token_begin) == Denied::kCharge &&
         IsChargeNoun(s_.tokens[head].text);
}

// dyad: "has been complicated by the downing of a Russian warplane": a
// gerund after a determiner names an event without saying whose; with no
// "by" phrase in it, it is no verb of the clause's subject.
bool VerbPhraseCoder::IsNominalWithoutAgent(int verb, int vp_end) const {
  if (dicts_.format != dict::Dictionaries::Format::kDyad || verb < 1 ||
      s_.tokens[verb].tag != "VBG" || s_.tokens[verb - 1].tag != "DT") {
    return false;
  }
  for (int t = verb + 1; t < vp_end; ++t) {
    if (EqualsIgnoreCase(s_.tokens[t].text, "by")) return false;
  }
  return true;
}

// dyad: "the militant blamed for the bombings", "a man accused of spying":
// a participle of blame right after its noun, with no auxiliary, followed
// by what the blame is for, is a reduced relative: the noun is the one
// blamed, who blames no one.
bool VerbPhraseCoder::IsReducedParticipleOfBlame(int verb) const {
  const int n = static_cast<int>(s_.tokens.size());
  if (dicts_.format != dict::Dictionaries::Format::kDyad || verb < 1 || verb + 1 >= n) return false;
  const Token& v = s_.tokens[verb];
  if (v.tag != "VBN" && v.tag != "VBD") return false;
  if (!EqualsAnyIgnoreCase(
          v.text, {"blamed", "accused", "suspected", "charged", "convicted", "wanted", "indicted"}))
    return false;
  if (!EqualsAnyIgnoreCase(s_.tokens[verb + 1].text, {"for", "of", "with", "over", "in"}))
    return false;
  const int noun = s_.tokens[verb - 1].unit;
  return noun >= 0 && s_.units[noun].token_end == verb;
}

// dyad: "gunmen backed by Colombia", "a coup attempt backed by Washington",
// "rebels opposed to the government", "fighters aligned with Iran": a
// participle right after its noun, with no auxiliary, followed by "by" (or,
// for a participle that describes a stance or a tie, by "to" or "with") and a
// coded party, is a reduced relative that describes the noun, not a deed the
// noun does to that party. A form of several words ("stood by", "abided by")
// is read as its lemma says, "by" + a means ("conferred by phone") is no
// party, and "allied with" is as often a deed ("Pakistan allied with the
// United States").
bool VerbPhraseCoder::IsReducedParticipleRead(int verb, int form_end) const {
  const int n = static_cast<int>(s_.tokens.size());
  if (dicts_.format != dict::Dictionaries::Format::kDyad || verb < 1 || verb + 2 >= n) return false;
  const Token& v = s_.tokens[verb];
  if (v.tag != "VBN" && v.tag != "VBD") return false;
  const int prep = verb + 1;
  const std::string_view p = s_.tokens[prep].text;
  if (EqualsIgnoreCase(p, "by")) {
    if (form_end != verb) return false;
  } else if (EqualsAnyIgnoreCase(p, {"to", "with"})) {
    if (form_end != verb && form_end != prep) return false;
    if (!EqualsAnyIgnoreCase(v.text, {"opposed", "linked", "tied", "aligned", "affiliated",
                                      "connected", "close", "loyal"}))
      return false;
  } else {
    return false;
  }
  const std::string_view before = s_.tokens[verb - 1].tag;
  if (!before.starts_with("NN") && before != "''" && before != "-RRB-") return false;
  int agent = prep + 1;
  if (agent < n && (s_.tokens[agent].tag == "DT" || s_.tokens[agent].tag == "PRP$")) ++agent;
  if (agent >= n || s_.tokens[agent].unit < 0) return false;
  if (s_.units[s_.tokens[agent].unit].compound) return true;
  std::string_view code = UnitCode(s_.tokens[agent].unit);
  return !code.empty() && code != "---";
}

// dyad: the phrase a relative pronoun subject stands for ("anyone who
// attacked it": "anyone"), else -1.
int VerbPhraseCoder::RelativeAntecedent(const VerbPhrase& vp) const {
  // "infrastructure that supports": a bare "that" or "which" before the verb.
  int before = vp.verb_token - 1;
  while (before >= 0 && s_.tokens[before].tag.starts_with("RB")) --before;
  // ... or before its auxiliaries ("a ship that had left a Djiboutian port",
  // "a convoy which was carrying"): there, a phrase that names no party
  // stands for no one, not for the sentence's subject (a named one is left
  // to the clause's subject, as before: "Israel, which has fought wars").
  static const WordSet kAuxiliaries = {"had", "has", "have", "was",   "were", "is",
                                       "are", "be",  "been", "being", "did",  "does"};
  bool auxiliary = false;
  while (before >= 0 && (s_.tokens[before].tag.starts_with("RB") || s_.tokens[before].tag == "MD" ||
                         (s_.tokens[before].tag.starts_with("VB") &&
                          kAuxiliaries.contains(s_.tokens[before].text)))) {
    auxiliary = true;
    --before;
  }
  // ... or after a comma ("the ministry, which oversees the police").
  int antecedent_end = before >= 2 && s_.tokens[before - 1].tag == "," ? before - 2 : before - 1;
  if (before >= 1 && s_.tokens[before].tag == "WDT" && s_.tokens[before].unit < 0 &&
      s_.tokens[antecedent_end].unit >= 0 &&
      (!auxiliary || !IsCodedUnit(s_.tokens[antecedent_end].unit))) {
    return s_.tokens[antecedent_end].unit;
  }
  if (vp.subject_end - vp.subject_begin != 1 || vp.subject_begin < 1) return -1;
  const Unit& pronoun = s_.units[vp.subject_begin];
  const Token& word = s_.tokens[pronoun.token_begin];
  if (pronoun.token_end - pronoun.token_begin != 1 || (word.tag != "WP" && word.tag != "WDT") ||
      !EqualsAnyIgnoreCase(word.text, {"who", "which", "that"})) {
    return -1;
  }
  // "Sharif, who held talks": a non-restrictive clause's comma may stand between.
  int antecedent = vp.subject_begin - 1;
  int end = s_.units[antecedent].token_end;
  if (end + 1 == pronoun.token_begin && s_.tokens[end].tag == ",") ++end;
  return end == pronoun.token_begin ? antecedent : -1;
}

// dyad: "Trump, speaking in Bethlehem after meeting Abbas, condemned ...":
// the subject a participle in an aside between commas right after it
// tells of, or -1.
int VerbPhraseCoder::SubjectBeforeAside(const VerbPhrase& vp) const {
  if (vp.subject_end > vp.subject_begin || s_.tokens[vp.verb_token].tag != "VBG") return -1;
  // ", speaking to reporters in Paris after ...,", ", addressing parliament,":
  // speech to an audience is no deed (", speaking in Budapest after talks
  // with Orban," tells one).
  const int verb = vp.verb_token;
  if (EqualsAnyIgnoreCase(s_.tokens[verb].text, {"addressing", "briefing"}) ||
      (EqualsAnyIgnoreCase(s_.tokens[verb].text, {"speaking", "talking", "writing"}) &&
       verb + 1 < static_cast<int>(s_.tokens.size()) &&
       EqualsIgnoreCase(s_.tokens[verb + 1].text, "to")))
    return -1;
  int t = vp.verb_token - 1;
  for (; t > 0; --t) {
    const Token& tok = s_.tokens[t];
    if (tok.deleted) return -1;
    if (tok.unit < 0 && tok.tag == ",") break;
    if (tok.tag == "VBD" || tok.tag == "VBZ" || tok.tag == "VBP" || tok.tag == "MD") return -1;
  }
  if (t <= 0 || s_.tokens[t - 1].unit < 0) return -1;
  // The subject's clause goes on after the aside: ", condemned".
  int close = vp.end_token;
  while (close < static_cast<int>(s_.tokens.size()) && s_.tokens[close].tag.starts_with("RB"))
    ++close;
  if (close + 1 >= static_cast<int>(s_.tokens.size()) || s_.tokens[close].tag != ",") return -1;
  std::string_view next = s_.tokens[close + 1].tag;
  if (next != "VBD" && next != "VBZ" && next != "VBP" && next != "MD") return -1;
  return s_.tokens[t - 1].unit;
}

namespace {

// "meeting", "having met": a participle of a contact (not of speech:
// "Speaking to reporters, ..." tells no deed); sets `*first` to where its
// participle clause starts.
bool IsContactParticiple(const Sentence& s, int verb, int* first) {
  const Token& t = s.tokens[verb];
  *first = verb;
  if (t.tag == "VBG")
    return EqualsAnyIgnoreCase(t.text, {"meeting", "visiting", "hosting", "receiving", "holding",
                                        "signing", "telephoning", "touring"});
  if (t.tag != "VBN" || verb == 0 || !EqualsIgnoreCase(s.tokens[verb - 1].text, "having"))
    return false;
  *first = verb - 1;
  return EqualsAnyIgnoreCase(
      t.text, {"met", "visited", "hosted", "received", "held", "signed", "telephoned", "toured"});
}

}  // namespace

// dyad: "After meeting Abbas in Bethlehem, Trump condemned ...", "Having met
// Ruto, Museveni flew ...": the subject after the comma of a participle of a
// contact that opens the sentence (alone or after "after", "before",
// "while", "when", "upon"), or -1.
int VerbPhraseCoder::SubjectAfterOpeningParticiple(const VerbPhrase& vp) const {
  const int n = static_cast<int>(s_.tokens.size());
  const int verb = vp.verb_token;
  int first = verb;
  if (vp.subject_end > vp.subject_begin || !IsContactParticiple(s_, verb, &first)) return -1;
  if (first > 1 ||
      (first == 1 &&
       !EqualsAnyIgnoreCase(s_.tokens[0].text, {"after", "before", "while", "when", "upon"})))
    return -1;
  int comma = verb + 1;
  while (comma < n && !(s_.tokens[comma].unit < 0 && s_.tokens[comma].tag == ",")) {
    std::string_view tag = s_.tokens[comma].tag;
    if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") return -1;
    ++comma;
  }
  if (comma + 1 >= n) return -1;
  int subject = s_.tokens[comma + 1].unit;
  if (subject < 0) return -1;
  int after = s_.units[subject].token_end;
  while (after < n && s_.tokens[after].tag.starts_with("RB")) ++after;
  if (after >= n) return -1;
  std::string_view tag = s_.tokens[after].tag;
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" ? subject : -1;
}

// dyad: "the radio said men opened fire on demonstrators": a clause whose own
// coded subject has the target's code (---CVL on ---CVL) tells a deed of no
// party apart from its target; its doer is never the reporter before the
// verb of saying.
bool VerbPhraseCoder::SubjectSharesTargetsCode(const VerbPhrase& vp, int target) const {
  if (target < 0 || IsNullCode(UnitCode(target))) return false;
  for (int unit = vp.subject_begin; unit < vp.subject_end; ++unit) {
    // "said his government asked Taipei": a pronoun's phrase may stand for
    // the reporter's side, which the article resolves.
    const Token& first = s_.tokens[s_.units[unit].token_begin];
    if (unit == target || s_.units[unit].compound || first.deleted ||
        first.tag.starts_with("PRP") || !IsCodedUnit(unit))
      continue;
    if (UnitCode(unit) == UnitCode(target)) return true;
  }
  return false;
}

// The source: the first coded unit of the clause's subject, else the nearest
// coded unit before the verb, else the nearest unit at all; never one with the
// target's (non-null) code. In dyad's files a relative pronoun subject stands
// for its antecedent, coded or not.
int VerbPhraseCoder::FindSource(const VerbPhrase& vp, int target) const {
  std::string_view target_code = target >= 0 ? UnitCode(target) : std::string_view();
  auto same_as_target = [&](int unit) {
    return unit == target ||
           (!s_.units[unit].compound && !IsNullCode(target_code) && UnitCode(unit) == target_code);
  };
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (int unit = vp.subject_begin; unit < vp.subject_end; ++unit) {
    bool gone = s_.tokens[s_.units[unit].token_begin].deleted;
    if (dyad && IsPlaceOfSubjectAttack(vp, unit)) continue;
    // dyad: "Several countries, including France and Germany, recalled ...":
    // the named members of a plural subject act for it.
    if (const int members = dyad && !gone ? NamedMembers(unit) : unit;
        members != unit && !same_as_target(members))
      return members;
    if (!gone && IsCodedUnit(unit) && !same_as_target(unit)) return unit;
    // dyad: "said 45 countries had offered help": a subject that names
    // parties the dictionaries do not know acts, not the reporter before it.
    if (dyad && !gone && NamesUncodedParties(unit)) return unit;
  }
  int fallback = -1;
  // A phrase a transformation deleted was never coded: it stands for no one.
  if (int antecedent = dyad ? RelativeAntecedent(vp) : -1;
      antecedent >= 0 && !same_as_target(antecedent) &&
      !s_.tokens[s_.units[antecedent].token_begin].deleted) {
    return antecedent;
  }
  if (int subject = dyad ? SubjectAfterOpeningParticiple(vp) : -1;
      subject >= 0 && !same_as_target(subject) && IsCodedUnit(subject)) {
    return subject;
  }
  if (int subject = dyad ? SubjectBeforeAside(vp) : -1;
      subject >= 0 && !same_as_target(subject) && IsCodedUnit(subject)) {
    return subject;
  }
  // dyad: "Russia said the convoy was attacked": a passive whose clause has
  // a subject of its own was done to that subject, named or not, never to the
  // reporter before the verb of saying ("said it was attacked" is the
  // reporter; so is the ground of "said rockets were fired at Sderot": what
  // was fired is no patient).
  const bool own_subject =
      dyad && vp.passive_verb >= 0 && vp.subject_end > vp.subject_begin &&
      !s_.tokens[s_.units[vp.subject_begin].token_begin].tag.starts_with("PRP") &&
      !IsUnattributedWeapon(vp.subject_begin);
  const bool doer_is_target = dyad && SubjectSharesTargetsCode(vp, target);
  for (int t : x_.before) {
    if ((own_subject || doer_is_target) && IsVerbOfSaying(t)) break;
    int unit = s_.tokens[t].unit;
    if (unit < 0 || same_as_target(unit) || (dyad && IsAudienceOrMedium(unit))) continue;
    // "went to his parliament to ask": who acts is not the object of a preposition.
    int first = s_.units[unit].token_begin;
    if (dyad && first > 0 && (s_.tokens[first - 1].tag == "IN" || s_.tokens[first - 1].tag == "TO"))
      continue;
    // dyad: "criticised Paris and would keep working with France": nor is
    // what a predicate joined before "and" acted on.
    if (dyad && IsObjectOfAnEarlierPredicate(unit, vp.verb_token)) continue;
    if (IsCodedUnit(unit)) return unit;
    if (fallback < 0) fallback = unit;
  }
  return fallback;
}

// dyad: whether `unit` is the object of a verb not a participle
// ("criticised [Paris]", not "reports of militias burning [villages]") with
// an "and" or "but" between it and `verb`: the object of a predicate that
// `verb`'s is joined to.
bool VerbPhraseCoder::IsObjectOfAnEarlierPredicate(int unit, int verb) const {
  const int first = s_.units[unit].token_begin;
  if (first == 0) return false;
  std::string_view tag = s_.tokens[first - 1].tag;
  if (tag != "VBD" && tag != "VBZ" && tag != "VBP" && tag != "VB") return false;
  // "said [26 of the attackers] were killed and three were captured": the
  // subject of a reported clause is no object.
  if (IsVerbOfSaying(first - 1)) return false;
  for (int t = s_.units[unit].token_end; t < verb; ++t) {
    const Token& token = s_.tokens[t];
    if (token.tag == "CC" && EqualsAnyIgnoreCase(token.text, {"and", "but"})) return true;
  }
  return false;
}

// Whether the verb's first object is troops of no other country than
// `country` ("massed 175,000 troops", "moved its forces").
bool VerbPhraseCoder::MovesOwnTroops(std::string_view country) const {
  for (int t : x_.lower) {
    int unit = s_.tokens[t].unit;
    if (unit < 0) continue;
    const Unit& u = s_.units[unit];
    if (u.compound || u.phrase_begin >= u.phrase_end) return false;
    std::string_view code = s_.phrases[u.phrase_begin].code;
    return code.size() == 6 && code.ends_with("MIL") &&
           (code.starts_with("---") || code.starts_with(country));
  }
  return false;
}

}  // namespace dyad::code
