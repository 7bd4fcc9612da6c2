// VerbPhraseCoder's compound subjects and co-actors: members acting on each
// other, "together with" companions, phrases coordinated with the target,
// elliptical "as did X" subjects and the sides of a fight.
#include <algorithm>

#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/cameo.h"

namespace dyad::code {

// dyad: whether an event of `code` can run between the members of a compound
// subject that names no other party: meetings, talks, cooperation, signing,
// fighting ("Serbia and Kosovo met", "the two armies clashed"). What the
// members do together to no one named ("Britain and Germany sent rescue
// teams", "the army and the police rejected the move") they do as co-actors.
bool IsReciprocalCode(std::string_view code) {
  code = code.substr(0, code.find(':'));
  if (code.starts_with("04")) {
    return !code.starts_with("042") && !code.starts_with("043") && !code.starts_with("045");
  }
  return code.starts_with("06") || code.starts_with("031") || code.starts_with("032") ||
         EqualsAnyIgnoreCase(code, {"030", "036", "037", "050", "057", "0871", "190", "193"});
}

// "Russia and Ukraine exchanged prisoners", "swapped", "traded accusations":
// a verb of exchange runs between the members whatever its code.
bool IsReciprocalVerb(std::string_view verb) {
  for (std::string_view stem : {"exchang", "swap", "trade"}) {
    if (verb.size() >= stem.size() && EqualsIgnoreCase(verb.substr(0, stem.size()), stem))
      return true;
  }
  return false;
}

// "each other's diplomats", "one another": a phrase that names the members
// of a compound by their relation to each other; so does "the other" after
// an "each" of the subject ("Israel and Hamas each blamed the other").
bool VerbPhraseCoder::IsReciprocal(int unit) const {
  int t = s_.units[unit].token_begin;
  if (t + 1 >= static_cast<int>(s_.tokens.size())) return false;
  if (EqualsIgnoreCase(s_.tokens[t].text, "the") &&
      EqualsIgnoreCase(s_.tokens[t + 1].text, "other") && s_.units[unit].token_end == t + 2) {
    for (int k = t - 1; k >= 0 && k >= t - 4; --k) {
      if (EqualsIgnoreCase(s_.tokens[k].text, "each")) return true;
    }
    return false;
  }
  return (EqualsIgnoreCase(s_.tokens[t].text, "each") &&
          EqualsIgnoreCase(s_.tokens[t + 1].text, "other")) ||
         (EqualsIgnoreCase(s_.tokens[t].text, "one") &&
          EqualsIgnoreCase(s_.tokens[t + 1].text, "another"));
}

// A compound, or a phrase the resolver read as two actors ("the two
// leaders": "FRAGOV/USAGOV").
bool VerbPhraseCoder::IsGroup(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound) return true;
  const Phrase& p = s_.phrases[u.phrase_begin];
  return !p.antecedent.empty() && p.code.find('/') != std::string::npos;
}

// "the two countries will reopen their embassies": a phrase that a group's
// "their" owns names the group's members, each the other's party; not the
// stance they voice or give ("declared their support", "voiced their
// concern", "expressed their solidarity").
bool VerbPhraseCoder::IsTheirOwn(int target) const {
  if (target < 0 || s_.units[target].compound) return false;
  const Unit& u = s_.units[target];
  if (!EqualsIgnoreCase(s_.tokens[u.token_begin].text, "their")) return false;
  const Token& head = s_.tokens[u.token_end - 1];
  return !head.tag.starts_with("NN") ||
         !EqualsAnyIgnoreCase(head.text, {"support", "backing", "solidarity", "concern", "concerns",
                                          "condolences", "sympathy", "sympathies", "gratitude",
                                          "appreciation", "opposition", "readiness", "commitment"});
}

// "Kenyan police and soldiers stormed the building": force used on a thing
// named right after its verb (no preposition between) is force used on it,
// together, not on each other, even when no one codes it; "clashed in the
// streets" still runs between them.
bool VerbPhraseCoder::IsForceOnObject(int target, int verb, std::string_view code) const {
  if (target < 0 || !dict::IsForceCode(code)) return false;
  const int first = s_.units[target].token_begin;
  if (first <= verb) return false;
  for (int t = verb + 1; t < first; ++t) {
    std::string_view tag = s_.tokens[t].tag;
    if (!tag.starts_with("RB") && tag != "RP") return false;
  }
  return true;
}

// "Iranian and U.S. negotiators held talks over Tehran's nuclear programme":
// whether every party `target` names is a member of the compound `source`.
bool VerbPhraseCoder::NamesOnlyMembers(int target, int source) const {
  if (target < 0 || target == source || !IsCodedUnit(target)) return false;
  std::vector<Party> members = PartiesOf(source), named = PartiesOf(target);
  return std::all_of(named.begin(), named.end(), [&members](const Party& p) {
    return std::any_of(members.begin(), members.end(),
                       [&p](const Party& m) { return m.code == p.code; });
  });
}

// The coded unit after "together with" or "along with" among the verb's
// words, other than `target`; -1 if none.
int VerbPhraseCoder::Companions(int target) const {
  for (size_t k = 0; k + 2 < x_.lower.size(); ++k) {
    const Token& first = s_.tokens[x_.lower[k]];
    const Token& with = s_.tokens[x_.lower[k + 1]];
    if (!EqualsAnyIgnoreCase(first.text, {"together", "along"}) ||
        !EqualsIgnoreCase(with.text, "with"))
      continue;
    int unit = s_.tokens[x_.lower[k + 2]].unit;
    return unit >= 0 && unit != target && IsCodedUnit(unit) ? unit : -1;
  }
  return -1;
}

// dyad: the source's companion before the verb: "Germany, along with France,
// condemned", "Britain, together with the United States, imposed", "the
// United States as well as Britain criticised" (the parser's subject is
// then the second, and the first the companion). -1 if none.
int VerbPhraseCoder::SubjectCompanion(int source, int verb) const {
  if (source < 0) return -1;
  const Unit& u = s_.units[source];
  int t = u.token_end;
  if (t < verb && s_.tokens[t].tag == ",") ++t;
  const int n = t < verb ? CompanionWords(s_, t) : 0;
  if (n > 0 && t + n < verb) {
    const int next = s_.tokens[t + n].unit;
    if (next >= 0 && next != source && s_.units[next].token_begin == t + n &&
        s_.units[next].token_end <= verb && IsCodedUnit(next))
      return next;
  }
  for (int k = 1; k <= 3; ++k) {
    const int at = u.token_begin - k;
    if (at < 1 || CompanionWords(s_, at) != k) continue;
    const int before = s_.tokens[at - 1].unit;
    if (before >= 0 && before != source && s_.units[before].token_end == at && IsCodedUnit(before))
      return before;
  }
  return Joiner(source, verb);
}

// dyad: "Britain joined France in condemning the raid", "Japan has joined the
// United States in imposing sanctions": whoever joins the source (the verb's
// party, right before "in" and its gerund) does what it does. -1 if none.
int VerbPhraseCoder::Joiner(int source, int verb) const {
  static const WordSet kJoin = {"joined", "joins", "join", "joining"};
  const Unit& u = s_.units[source];
  if (u.token_end + 1 != verb || s_.tokens[verb].tag != "VBG" || u.token_begin < 2 ||
      !EqualsIgnoreCase(s_.tokens[u.token_end].text, "in") ||
      !kJoin.contains(s_.tokens[u.token_begin - 1].text))
    return -1;
  // "has joined", "has also joined", "will join": auxiliaries and adverbs.
  int t = u.token_begin - 2;
  while (t > 0 && (s_.tokens[t].tag == "MD" || s_.tokens[t].tag.starts_with("VB") ||
                   s_.tokens[t].tag.starts_with("RB")))
    --t;
  const int joiner = s_.tokens[t].unit;
  if (joiner < 0 || joiner == source || s_.units[joiner].token_end != t + 1 || !IsCodedUnit(joiner))
    return -1;
  return joiner;
}

// The coded unit right after the target and "and" that ends the clause and
// is no clause's subject ("... and Tokyo lodged"); -1 if none. `end` is the
// verb phrase's end: a unit past it (the parser may leave the gapped object
// outside) must end the sentence.
int VerbPhraseCoder::CoordinatedWithTarget(int target, int end) const {
  if (target < 0 || !IsCodedUnit(target)) return -1;
  int n = static_cast<int>(s_.tokens.size());
  int t = s_.units[target].token_end;
  if (t + 1 >= n || !s_.IsWord(t) || !EqualsIgnoreCase(s_.tokens[t].text, "and")) return -1;
  int next = s_.tokens[t + 1].unit;
  if (next < 0 || !s_.IsWord(t + 1) || s_.units[next].token_begin != t + 1) return -1;
  if (!IsCodedUnit(next) || StartsSubject(t + 1)) return -1;
  int after = s_.units[next].token_end;
  bool ends = after >= n || s_.tokens[after].tag == "." || s_.tokens[after].tag == ",";
  if (!ends && (after > end || s_.tokens[after].tag != "IN")) return -1;
  return next;
}

// Whether tokens [begin, end) are an amount: "$ 4.2 billion", "500 troops",
// "2 million euros" (a number first, then numbers and common nouns only).
bool VerbPhraseCoder::IsAmount(int begin, int end) const {
  if (begin >= end) return false;
  std::string_view first = s_.tokens[begin].tag;
  if (first != "$" && first != "CD") return false;
  for (int t = begin + 1; t < end; ++t) {
    std::string_view tag = s_.tokens[t].tag;
    if (tag != "$" && tag != "CD" && tag != "NN" && tag != "NNS") return false;
  }
  return true;
}

// dyad: "The bank promised $4.2 billion and the World Bank $2 billion": a
// compound object whose first member is an amount alone and whose other
// members each name someone before an amount is a gapped clause ("and the
// World Bank [promised] $2 billion"). Returns `unit`, whose coded members are
// the gapped clauses' subjects, or -1.
int VerbPhraseCoder::GappedSubjects(int unit) const {
  const Unit& u = s_.units[unit];
  if (!u.compound || !IsCodedUnit(unit) || !IsNullCode(s_.phrases[u.phrase_begin].code)) return -1;
  int members = 0;
  int begin = u.token_begin;
  for (int t = u.token_begin; t <= u.token_end; ++t) {
    if (t < u.token_end && s_.tokens[t].tag != "CC" && s_.tokens[t].tag != ",") continue;
    if (t > begin && members == 0 && !IsAmount(begin, t)) return -1;
    if (t > begin && members > 0) {
      // A name, then the amount: "the World Bank $ 2 billion".
      int amount = begin;
      while (amount < t && s_.tokens[amount].tag != "$" && s_.tokens[amount].tag != "CD") ++amount;
      bool named = false;
      for (int k = begin; k < amount; ++k) named |= s_.tokens[k].tag.starts_with("NNP");
      if (!named || !IsAmount(amount, t)) return -1;
    }
    if (t > begin) ++members;
    begin = t + 1;
  }
  return members > 1 ? unit : -1;
}

// dyad: "expelled diplomats from seven countries, including Argentina, Chile
// and Peru": the named members of a plural group, after "including", "such
// as", "among them" or "notably" (which comma removal keeps), stand for it
// when they are named actors of other countries than the group's code.
// Returns the unit of the members, or `unit` when none are named so.
int VerbPhraseCoder::NamedMembers(int unit) const {
  if (unit < 0 || s_.units[unit].compound) return unit;
  int n = static_cast<int>(s_.tokens.size());
  int t = s_.units[unit].token_end;
  std::string_view last = s_.tokens[t - 1].tag;
  if ((last != "NNS" && last != "NNPS") || t + 2 >= n || !s_.IsWord(t) || s_.tokens[t].tag != ",")
    return unit;
  t = FirstListedMember(s_, t + 1);
  if (t < 0) return unit;
  int list = t < n && s_.IsWord(t) ? s_.tokens[t].unit : -1;
  if (list < 0 || s_.units[list].token_begin != t || !IsCodedUnit(list)) return unit;
  // ... named members of their own: not "four Americans, including a
  // reporter" (USAMED of USA), whose group is already named.
  std::string_view group = UnitCode(unit);
  for (const Party& p : PartiesOf(list)) {
    if (IsNullCode(p.code) || p.code.starts_with("---") ||
        (group.size() >= 3 && p.code.compare(0, 3, group.substr(0, 3)) == 0))
      return unit;
  }
  return list;
}

namespace {

// The unit of an elliptical clause's subject after token `t` ("as did [Iraq
// and Jordan]"): "as", then a form of "do" or "have", then the unit, which
// ends the clause; -1 if there is none.
int EllipticalSubject(const Sentence& s, int t) {
  int n = static_cast<int>(s.tokens.size());
  if (t + 2 >= n || !EqualsIgnoreCase(s.tokens[t].text, "as") ||
      !EqualsAnyIgnoreCase(s.tokens[t + 1].text, {"did", "does", "do", "has", "have", "had"}))
    return -1;
  int unit = s.tokens[t + 2].unit;
  if (unit < 0 || s.units[unit].token_begin != t + 2) return -1;
  int end = s.units[unit].token_end;
  if (end < n && s.tokens[end].tag != "." && s.tokens[end].tag != "," && s.tokens[end].tag != ":")
    return -1;
  return unit;
}

}  // namespace

// dyad: "Saudi Arabia condemned the strikes, as did Iraq, Jordan and
// Pakistan": the subjects of an elliptical "as did" clause do what the verb
// before it did, to the same target.
void VerbPhraseCoder::AddEllipticalSubjects() {
  for (int t = 1; t < static_cast<int>(s_.tokens.size()); ++t) {
    int unit = EllipticalSubject(s_, t);
    if (unit < 0 || !IsCodedUnit(unit)) continue;
    int verb = -1;  // the last verb before "as" that made events
    for (const Event& e : result_->events) {
      if (e.verb_tokens.begin < t) verb = std::max(verb, e.verb_tokens.begin);
    }
    size_t n = result_->events.size();
    for (size_t k = 0; k < n; ++k) {
      if (result_->events[k].verb_tokens.begin != verb) continue;
      for (const Party& p : PartiesOf(unit)) {
        const Event& done = result_->events[k];
        if (IsNullCode(p.code) || p.code == done.target) continue;
        Event e = done;
        e.source = p.code;
        e.source_info = Provenance(p, unit);
        e.source_tokens = TokensOf(unit);
        result_->events.push_back(std::move(e));
        x_.event_blocks.push_back(x_.event_blocks[k]);
      }
    }
  }
}

// dyad: the sides of an agentless passive that names them "between" ("[Talks
// between Russia and Ukraine] were held", "an agreement was signed in Jeddah
// on Monday between [Ethiopia and Eritrea]"): a group in the subject's phrase
// after its noun, or one right after the participle past places and times
// only ("in Istanbul", "on Monday", "next week"; not "on the dispute
// between"). `subject` is the unit of the noun (the passive's subject, or
// the one a participle modifies); sets `noun_end` to where its noun ends.
// -1 if none.
int VerbPhraseCoder::SidesBetween(const VerbPhrase& vp, int verb, int subject,
                                  int* noun_end) const {
  const Unit& u = s_.units[subject];
  *noun_end = u.token_end;
  for (int t = u.token_begin + 1; t + 1 < u.token_end; ++t) {
    if (!EqualsIgnoreCase(s_.tokens[t].text, "between")) continue;
    *noun_end = t;
    return IsGroup(subject) ? subject : -1;
  }
  bool place = false;  // after a preposition of place
  for (int t = verb + 1; t + 1 < vp.embedded_clause; ++t) {
    const Token& token = s_.tokens[t];
    if (token.unit >= 0) {
      const Unit& here = s_.units[token.unit];
      const bool name = s_.tokens[here.token_end - 1].tag.starts_with("NNP");
      if (!OnlySaysWhen(s_, token.unit) &&
          !(place && (name || !EqualsIgnoreCase(s_.tokens[t - 1].text, "of"))))
        return -1;
      t = here.token_end - 1;
      continue;
    }
    if (EqualsIgnoreCase(token.text, "between")) {
      const int next = s_.tokens[t + 1].unit;
      return next >= 0 && s_.units[next].token_begin == t + 1 && IsGroup(next) ? next : -1;
    }
    if (token.tag == "IN" || token.tag == "TO") {
      // "in the Turkish city of Istanbul": "of" goes on with a place.
      const bool of_place = place && EqualsIgnoreCase(token.text, "of");
      place =
          of_place || EqualsAnyIgnoreCase(token.text, {"in", "at", "near", "outside", "inside"});
      if (!place && !EqualsAnyIgnoreCase(token.text, {"on", "during", "over", "for"})) return -1;
      continue;
    }
    if (token.tag != "RB" && token.tag != ",") return -1;
  }
  return -1;
}

bool IsFightingNoun(std::string_view w) {
  static const WordSet kNouns = {"fighting",    "war",        "clashes",  "clash",     "conflict",
                                 "hostilities", "battle",     "battles",  "skirmish",  "skirmishes",
                                 "gunbattle",   "gunbattles", "gunfight", "gunfights", "firefight",
                                 "firefights",  "shootout",   "shootouts"};
  return kNouns.contains(w);
}

// The sides of a fight that is the verb's subject, or -1: "[Fighting between
// Armenia and Azerbaijan] killed ...", "The war, which erupted in 2023
// between [the army and the RSF], has killed ...".
int VerbPhraseCoder::FightingSides(const VerbPhrase& vp) const {
  if (vp.subject_begin >= vp.subject_end) return -1;
  int subject = vp.subject_begin;
  const Unit& u = s_.units[subject];
  // The sides inside the subject's phrase ...
  for (int t = u.token_begin + 1; t < u.token_end; ++t) {
    if (EqualsIgnoreCase(s_.tokens[t].text, "between") && IsFightingNoun(s_.tokens[t - 1].text))
      return IsGroup(subject) ? subject : -1;
  }
  // ... or in the clause set off between it and the verb.
  if (IsCodedUnit(subject) || !IsFightingNoun(s_.tokens[u.token_end - 1].text)) return -1;
  for (int t = u.token_end; t + 1 < vp.verb_token; ++t) {
    int next = s_.tokens[t + 1].unit;
    if (EqualsIgnoreCase(s_.tokens[t].text, "between") && next >= 0 && IsGroup(next)) return next;
  }
  return -1;
}

// dyad: the two sides of a fight between a pair that the subject names and
// the document resolves ("[Fighting between the two countries] killed ...",
// "[Clashes between the two countries' forces] ...": their forces, MIL);
// empty if none.
std::vector<Party> VerbPhraseCoder::FightingPair(const VerbPhrase& vp) const {
  if (resolver_ == nullptr || vp.subject_end - vp.subject_begin != 1) return {};
  const Unit& u = s_.units[vp.subject_begin];
  if (u.compound || x_.resolving.words.size() != s_.tokens.size()) return {};
  for (int t = u.token_begin + 1; t + 2 < u.token_end; ++t) {
    if (!EqualsIgnoreCase(s_.tokens[t].text, "between") || !IsFightingNoun(s_.tokens[t - 1].text))
      continue;
    // The pair runs to the unit's end, a possessive or a preposition.
    int end = t + 1;
    while (end < u.token_end && s_.tokens[end].tag != "POS" && s_.tokens[end].text != "'" &&
           s_.tokens[end].tag != "IN")
      ++end;
    std::string code = "---", antecedent;
    if (!resolver_->Resolve(x_.resolving.words, t + 1, end, {}, &code, &antecedent)) return {};
    const size_t slash = code.find('/');
    if (slash == std::string::npos || code.find('/', slash + 1) != std::string::npos) return {};
    std::string first = code.substr(0, slash), second = code.substr(slash + 1);
    if (first.size() < 3 || second.size() < 3 || first.compare(0, 3, second, 0, 3) == 0) return {};
    // "the two countries' forces": each country's military.
    if (end + 1 < u.token_end && (s_.tokens[end].tag == "POS" || s_.tokens[end].text == "'") &&
        EqualsAnyIgnoreCase(s_.tokens[end + 1].text, {"forces", "troops", "armies", "soldiers"})) {
      first = first.substr(0, 3) + "MIL";
      second = second.substr(0, 3) + "MIL";
    }
    return {Party{std::move(first), -1}, Party{std::move(second), -1}};
  }
  return {};
}

}  // namespace dyad::code
