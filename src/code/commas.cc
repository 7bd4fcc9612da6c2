// Removal of comma-delimited clauses ("Arnor, a senior official said, ...")
// before coding, as TABARI and PETRARCH do: a clause between two commas, or
// after the last one, whose word count lies within the configured range is
// taken out, so that the verb's source and target are not taken from it.
#include "code/stages.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

namespace {

bool IsClauseComma(const Token& t) { return !t.deleted && t.unit < 0 && t.tag == ","; }

int CountWords(const Sentence& s, int begin, int end) {
  int n = 0;
  for (int t = begin; t < end; ++t) {
    const Token& token = s.tokens[t];
    if (token.deleted || token.text.empty()) continue;
    char c = token.text.front();
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++n;
  }
  return n;
}

void Delete(Sentence* s, int begin, int end) {
  for (int t = begin; t < end; ++t) s->tokens[t].deleted = true;
}

// The comma at t in "Wednesday, August 7" or "August 7, 2019".
bool SplitsADate(const Sentence& s, int t) {
  const int n = static_cast<int>(s.tokens.size());
  if (t < 1 || t + 1 >= n || s.tokens[t].tag != ",") return false;
  std::string_view before = s.tokens[t - 1].text, after = s.tokens[t + 1].text;
  if (IsWeekday(before) && IsMonthName(after)) return true;
  return t >= 2 && s.tokens[t - 1].tag == "CD" && IsMonthName(s.tokens[t - 2].text) &&
         IsYearNumber(after);
}

// dyad: "said on Wednesday, August 7, 2019, that it would expel ...": the
// commas of a date inside a clause (a finite verb before it) delimit no
// clause, nor does the one that closes it.
bool IsDateComma(const Sentence& s, int t) {
  int date = t;
  if (SplitsADate(s, t)) {
    date = t - 1;
  } else if (t >= 2 && IsYearNumber(s.tokens[t - 1].text) && SplitsADate(s, t - 2)) {
    date = t - 2;
  } else {
    return false;
  }
  while (date > 0 && (s.tokens[date - 1].tag == "CD" || IsMonthName(s.tokens[date - 1].text) ||
                      IsWeekday(s.tokens[date - 1].text) || SplitsADate(s, date - 1)))
    --date;
  for (int k = 0; k < date; ++k) {
    const std::string_view tag = s.tokens[k].tag;
    if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") return true;
  }
  return false;
}

std::vector<int> ClauseCommas(const Sentence& s) {
  std::vector<int> commas;
  for (int t = 0; t < static_cast<int>(s.tokens.size()); ++t) {
    if (IsClauseComma(s.tokens[t]) && !IsDateComma(s, t)) commas.push_back(t);
  }
  return commas;
}

bool InRange(int n, int lo, int hi) { return hi != 0 && n >= lo && n <= hi; }

// Whether a verb would remain if words [begin, end) went: "On Tuesday, Putin
// visited Beijing" keeps its only clause, which has the verb.
bool VerbOutside(const Sentence& s, int begin, int end) {
  for (int t = 0; t < static_cast<int>(s.tokens.size()); ++t) {
    if ((t < begin || t >= end) && s.IsWord(t) && s.tokens[t].tag.starts_with("VB")) return true;
  }
  return false;
}

// "..., accusing it of backing terrorism": a participle of a statement or a
// sanction that adds its own event to the clause before it.
bool IsEventParticiple(const Sentence& s, int begin, int end) {
  while (begin < end && s.tokens[begin].deleted) ++begin;
  if (begin >= end || s.tokens[begin].tag != "VBG") return false;
  return EqualsAnyIgnoreCase(
      s.tokens[begin].text,
      {"accusing",    "warning",    "urging",    "demanding",  "threatening", "vowing",
       "barring",     "banning",    "blaming",   "praising",   "condemning",  "criticising",
       "criticizing", "rejecting",  "denying",   "detaining",  "arresting",   "kidnapping",
       "abducting",   "seizing",    "taking",    "expelling",  "freeing",     "releasing",
       "imposing",    "suspending", "calling",   "branding",   "labelling",   "labeling",
       "describing",  "dubbing",    "slamming",  "denouncing", "lambasting",  "saying",
       "telling",     "welcoming",  "thanking",  "pledging",   "promising",   "offering",
       "adding",      "noting",     "stressing", "insisting",  "announcing",  "claiming",
       "chanting"});
}

// dyad: "..., shelling the town", "..., pounding positions with artillery",
// "..., firing on shoppers": a participle of force after the clause tells
// another deed of its subject's, as the golds code it. Not "setting fire to
// homes, setting it ablaze" yet: the verbs code that as a riot (145), which a
// force's fire is not.
bool IsForceParticiple(const Sentence& s, int begin, int end) {
  while (begin < end && s.tokens[begin].deleted) ++begin;
  if (begin >= end || s.tokens[begin].tag != "VBG") return false;
  std::string_view word = s.tokens[begin].text;
  return EqualsAnyIgnoreCase(
      word, {"shelling",   "pounding",    "bombing",    "bombarding", "attacking", "striking",
             "raiding",    "storming",    "firing",     "shooting",   "throwing",  "smashing",
             "torching",   "burning",     "looting",    "ransacking", "besieging", "overrunning",
             "capturing",  "occupying",   "beating",    "clubbing",   "targeting", "hitting",
             "destroying", "demolishing", "bulldozing", "assaulting", "ambushing", "massacring"});
}

// "..., prompting Japan to recall its ambassador": a participle of cause
// whose object acts in the infinitive after it, an event of its own.
bool IsCausingParticiple(const Sentence& s, int begin, int end) {
  while (begin < end && s.tokens[begin].deleted) ++begin;
  if (begin + 2 >= end || s.tokens[begin].tag != "VBG" ||
      !EqualsAnyIgnoreCase(s.tokens[begin].text, {"prompting", "spurring", "leading"}))
    return false;
  int object = s.tokens[begin + 1].unit;
  if (object < 0) return false;
  int after = s.units[object].token_end;
  return after + 1 < end && s.tokens[after].tag == "TO" && s.tokens[after + 1].tag == "VB";
}

// "..., killing 40 civilians", "..., wounding dozens": a participle that
// counts the victims of the clause before it.
bool IsCasualtyParticiple(const Sentence& s, int begin, int end) {
  while (begin < end && s.tokens[begin].deleted) ++begin;
  return begin < end && s.tokens[begin].tag == "VBG" &&
         EqualsAnyIgnoreCase(s.tokens[begin].text, {"killing", "wounding", "injuring"});
}

// In ", killing 12 people and taking 30 hostages", the "and" before the
// participle of a deed of its own, or end.
int DeedAfterCasualties(const Sentence& s, int begin, int end) {
  if (!IsCasualtyParticiple(s, begin, end)) return end;
  for (int t = begin + 1; t + 1 < end; ++t) {
    if (s.tokens[t].tag == "CC" && EqualsIgnoreCase(s.tokens[t].text, "and") &&
        !IsCasualtyParticiple(s, t + 1, end) && IsEventParticiple(s, t + 1, end))
      return t;
  }
  return end;
}

bool IsFinite(const Token& t) {
  return t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD";
}

bool HasFinite(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (s.IsWord(t) && IsFinite(s.tokens[t])) return true;
  }
  return false;
}

// Whether a finite verb stands in [begin, end) outside a relative clause
// ("from the air base where he was held", "by rebels who ...").
bool HasFiniteOutsideRelatives(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (!s.IsWord(t)) continue;
    const Token& tok = s.tokens[t];
    if (tok.tag == "WDT" || tok.tag == "WP" || tok.tag == "WRB") return false;
    if (IsFinite(tok)) return true;
  }
  return false;
}

// "Two days later,", "That evening,", "The next day,": words before the
// comma at `end` that end in a time.
bool EndsWithTime(const Sentence& s, int end) {
  int last = end - 1;
  while (last > 0 && !s.IsWord(last)) --last;
  if (last < 0 || last > 4) return false;
  return EqualsAnyIgnoreCase(s.tokens[last].text,
                             {"later", "earlier", "ago", "morning", "afternoon", "evening", "night",
                              "day", "week", "month", "year", "weekend", "monday", "tuesday",
                              "wednesday", "thursday", "friday", "saturday", "sunday"});
}

// Words before the first comma that open a sentence without being its
// subject: "Last week,", "On Tuesday,", "Hours later,", "Speaking in Kyiv,",
// "In a video posted from the base where he was held,".
bool IsIntroduction(const Sentence& s, int end) {
  if (end <= 0 || HasFiniteOutsideRelatives(s, 0, end)) return false;
  const Token& first = s.tokens[0];
  return first.tag == "IN" || first.tag.starts_with("RB") || first.tag == "VBG" ||
         first.tag == "VBN" || EqualsAnyIgnoreCase(first.text, {"last", "this", "next", "hours"}) ||
         EndsWithTime(s, end);
}

// The token after a measure of time at `begin` that leads a conjunction
// ("two days after", "hours before", "a week after"), else `begin`.
int AfterTimeMeasure(const Sentence& s, int begin, int end) {
  int t = begin;
  while (t < end && (s.tokens[t].tag == "CD" || s.tokens[t].tag == "DT")) ++t;
  if (t + 1 >= end || t >= begin + 2 ||
      !EqualsAnyIgnoreCase(s.tokens[t].text, {"hours", "days", "weeks", "months", "years", "day",
                                              "week", "month", "year", "minutes"}))
    return begin;
  return s.tokens[t + 1].tag == "IN" ? t + 1 : begin;
}

// Whether the words before the first comma (at `end`) are a subordinate
// clause that opens the sentence: "If Iran resumes enrichment,", "When the
// talks failed,", "Hours after missiles hit Kyiv," (a measure of time may
// lead it), "Once troops withdrew," ("once" tagged as an adverb).
// Whether a subordinate clause opens at token t and runs to `end`, a comma.
bool SubordinateClauseAt(const Sentence& s, int t, int end) {
  if (t < end) t = AfterTimeMeasure(s, t, end);
  if (t >= end) return false;
  const bool once = s.tokens[t].tag == "RB" && EqualsIgnoreCase(s.tokens[t].text, "once");
  if (!once && s.tokens[t].tag != "IN" && s.tokens[t].tag != "WRB") return false;
  return EqualsAnyIgnoreCase(s.tokens[t].text, {"if", "unless", "when", "whenever", "once",
                                                "although", "though", "while", "whereas", "because",
                                                "since", "as", "after", "before", "until"}) &&
         HasFinite(s, t + 1, end);
}

bool OpensWithSubordinateClause(const Sentence& s, int end) {
  int t = 0;
  while (t < end && (!s.IsWord(t) || s.tokens[t].tag == "``")) ++t;
  if (SubordinateClauseAt(s, t, end)) return true;
  // ... or the clause a verb of saying reports: "Officials said (that) after
  // the talks failed, Ethiopian troops attacked ...".
  for (; t + 1 < end; ++t) {
    const Token& tok = s.tokens[t];
    const bool reports = IsFinite(tok) && EqualsAnyIgnoreCase(tok.text, {"said", "says", "added"});
    if (!reports) continue;
    const int next = EqualsIgnoreCase(s.tokens[t + 1].text, "that") ? t + 2 : t + 1;
    return SubordinateClauseAt(s, next, end);
  }
  return false;
}

// dyad: "Last week, Russian missiles hit Kyiv, killing one person": the
// clause between the first two commas after an introduction is the
// sentence's own when it has a finite verb and no predicate follows the
// second comma ("France, the minister said, attacked Gondor" is a
// parenthetical).
// ... or after an opening subordinate clause ("When the talks failed, Chile
// recalled its envoy, saying ...").
bool IsMainClause(const Sentence& s, const std::vector<int>& commas, size_t i) {
  if (i != 0 || !(IsIntroduction(s, commas[0]) || OpensWithSubordinateClause(s, commas[0])))
    return false;
  if (!HasFinite(s, commas[0] + 1, commas[1])) return false;
  int next = commas[1] + 1;
  while (next < static_cast<int>(s.tokens.size()) && !s.IsWord(next)) ++next;
  return next >= static_cast<int>(s.tokens.size()) || !IsFinite(s.tokens[next]);
}

// "and surrounded/VBN the residence", "and Tokyo lodged/VBN a protest": a
// participle at t with an object (before `end`) is a past tense; so is one
// with a preposition and its object ("and called/VBN on Russia to ...",
// "and appealed/VBN to the UN"), but not one with an agent ("and backed/VBN
// by Russia").
bool IsPastWithObject(const Sentence& s, int t, int end) {
  if (t + 1 >= end || s.tokens[t].tag != "VBN") return false;
  if (s.tokens[t + 1].unit >= 0) return true;
  const Token& particle = s.tokens[t + 1];
  const bool preposition = particle.tag == "IN" || particle.tag == "TO" || particle.tag == "RP";
  return preposition && !EqualsIgnoreCase(particle.text, "by") && t + 2 < end &&
         s.tokens[t + 2].unit >= 0;
}

// Whether a noun phrase and then a finite verb stand in [begin, end); with
// `past_participles`, a participle with an object counts as finite.
bool HasSubjectAndFinite(const Sentence& s, int begin, int end, bool past_participles) {
  bool subject = false;
  for (int t = begin; t < end; ++t) {
    if (!s.IsWord(t)) continue;
    if (IsFinite(s.tokens[t]) || (past_participles && IsPastWithObject(s, t, end))) return subject;
    subject |= s.tokens[t].unit >= 0;
  }
  return false;
}

// dyad: ", and the minister, who was in Paris, said ...": a noun phrase alone
// after "and" whose comma opens a relative clause ("who", "which") is the
// subject of a clause whose verb comes after that clause.
bool IsSubjectBeforeRelativeClause(const Sentence& s, int begin, int end) {
  const int n = static_cast<int>(s.tokens.size());
  int unit = begin < end ? s.tokens[begin].unit : -1;
  if (unit < 0 || s.units[unit].token_begin != begin || s.units[unit].token_end != end)
    return false;
  if (end + 1 >= n || (s.tokens[end + 1].tag != "WP" && s.tokens[end + 1].tag != "WDT"))
    return false;
  return EqualsAnyIgnoreCase(s.tokens[end + 1].text, {"who", "which"});
}

// dyad: ", and Washington warned Tehran against retaliating": a clause of its
// own, with a subject and a finite verb after "and" or "but", is no
// parenthetical.
bool IsCoordinatedClause(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin >= end) return false;
  // ", two days after gunmen attacked ...": a measure of time may lead the
  // conjunction.
  begin = AfterTimeMeasure(s, begin, end);
  // ", while Saudi Arabia pledged $1 billion,": a contrast is a clause too;
  // so is a time or a cause: ", when the two countries restored ties,", ", as
  // the prime minister refused to resign", ", after gunmen attacked/VBN a
  // church" (the tagger's participle after a subject is a past tense).
  if ((s.tokens[begin].tag == "IN" || s.tokens[begin].tag == "WRB") &&
      EqualsAnyIgnoreCase(s.tokens[begin].text,
                          {"while", "whereas", "when", "as", "after", "before", "because"}))
    return HasSubjectAndFinite(s, begin + 1, end, /*past_participles=*/true);
  if (s.tokens[begin].tag != "CC") return false;
  if (IsSubjectBeforeRelativeClause(s, begin + 1, end)) return true;
  // ... nor is ", and urged Pyongyang to ...": a predicate of the subject
  // before (parties.cc gives it that subject).
  int verb = begin + 1;
  while (verb < end && s.tokens[verb].tag.starts_with("RB")) ++verb;
  if (verb < end && s.IsWord(verb) &&
      ((IsFinite(s.tokens[verb]) && s.tokens[verb].tag != "MD") || IsPastWithObject(s, verb, end)))
    return true;
  return HasSubjectAndFinite(s, begin + 1, end, /*past_participles=*/true);
}

// dyad: "France, the minister said, attacked Gondor", "Bazoum, who was
// elected in 2021, has refused to resign": a segment that opens with a finite
// verb (not a verb of saying: ", said the minister") is the predicate of the
// subject before the commas, not a parenthetical.
// A verb of saying opens such a predicate only with the clause it reports
// ("Ortega, speaking on television, said the idea had come from his wife,
// and ...").
bool IsPredicate(const Sentence& s, int begin, int end) {
  while (begin < end && (!s.IsWord(begin) || s.tokens[begin].tag.starts_with("RB"))) ++begin;
  if (begin >= end || !IsFinite(s.tokens[begin])) return false;
  return !EqualsAnyIgnoreCase(s.tokens[begin].text,
                              {"said", "says", "say", "told", "added", "adds", "according"}) ||
         HasSubjectAndFinite(s, begin + 1, end, /*past_participles=*/false);
}

// dyad: "said it had arrested two men, seized weapons and closed the
// crossing": a participle with an object after a perfect ("had arrested")
// goes on with the list of its predicates, no aside.
bool IsPerfectPredicate(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin + 1 >= end || s.tokens[begin].tag != "VBN") return false;
  std::string_view next = s.tokens[begin + 1].tag;
  if (!(next.starts_with("NN") || next == "DT" || next == "PRP$" || next == "CD" ||
        next.starts_with("JJ")))
    return false;
  for (int t = begin - 2; t >= 0; --t) {
    if (s.tokens[t].tag == "VBN" && t > 0 &&
        EqualsAnyIgnoreCase(s.tokens[t - 1].text, {"had", "has", "have"}))
      return true;
  }
  return false;
}

// dyad: "soldiers seized the president, dissolved/VBN the government and
// suspended the constitution": after a past tense, a participle with an
// object whose segment goes on with "and" and a past tense is the next
// predicate of a list, no aside.
bool IsPastPredicateList(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (!IsPastWithObject(s, begin, end)) return false;
  bool past_before = false;
  for (int t = 0; t < begin && !past_before; ++t) past_before = s.tokens[t].tag == "VBD";
  if (!past_before) return false;
  for (int t = begin + 2; t + 1 < end; ++t) {
    if (s.tokens[t].tag == "CC" && EqualsIgnoreCase(s.tokens[t].text, "and") &&
        s.tokens[t + 1].tag == "VBD")
      return true;
  }
  return false;
}

// dyad: "Hours later, the National Assembly, controlled by the ruling party,
// voted ...": after an introduction, a noun phrase alone between the first
// two commas is the sentence's subject, not a parenthetical.
bool IsSubjectAfterIntroduction(const Sentence& s, const std::vector<int>& commas, size_t i) {
  if (i != 0 || !IsIntroduction(s, commas[0])) return false;
  int unit = -1;
  for (int t = commas[0] + 1; t < commas[1]; ++t) {
    if (!s.IsWord(t)) continue;
    if (s.tokens[t].unit < 0 || (unit >= 0 && s.tokens[t].unit != unit)) return false;
    unit = s.tokens[t].unit;
  }
  return unit >= 0;
}

// dyad: "expelled diplomats from seven countries, including Argentina, Chile
// and Peru": a segment that names members of the phrase before its comma
// ("including", "such as", "among them", "notably") is one phrase after that
// word; the coder may take the members for the group.
bool IsListOfMembers(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin < 2 || begin + 1 >= end || s.tokens[begin - 2].unit < 0) return false;
  int first = FirstListedMember(s, begin);
  if (first < 0) return false;
  int unit = first < end ? s.tokens[first].unit : -1;
  return unit >= 0 && s.units[unit].token_begin == first && s.units[unit].token_end == end;
}

// dyad: "ordered six diplomats, among them the ambassador, to leave the
// country": an infinitive after a parenthetical goes on with the verb
// before it.
bool IsResumedInfinitive(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  return begin + 1 < end && s.tokens[begin].tag == "TO" && s.tokens[begin + 1].tag == "VB";
}

// dyad: ", along with France,", ", together with the United States,", ",
// as well as Italy,", ", alongside Kenya,": a companion of the party before
// it, who does what that party does (VerbPhraseCoder::SubjectCompanion).
// Returns the end of its leading words, or -1 if it is none.
int CompanionPhrase(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin >= end || HasFinite(s, begin, end)) return -1;
  const int n = CompanionWords(s, begin);
  return n > 0 && begin + n < end ? begin + n : -1;
}

// dyad: "said on Monday, in a statement posted on its website, that it had
// expelled two diplomats": "that" after a comma, before a subject and its
// finite verb, resumes the clause a verb before the commas reports (a
// relative "that" takes no comma); the aside goes, the clause stays.
bool IsReportedClause(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin < 1 || begin + 2 >= end || !EqualsIgnoreCase(s.tokens[begin].text, "that"))
    return false;
  const std::string_view tag = s.tokens[begin].tag;
  return (tag == "IN" || tag == "WDT" || tag == "DT") && HasFinite(s, 0, begin) &&
         HasSubjectAndFinite(s, begin + 1, end, /*past_participles=*/true);
}

// Whether the segment [begin, end) is, in dyad's files, part of the sentence
// rather than a clause to take out.
bool KeepsSegment(const Sentence& s, int begin, int end) {
  return IsCoordinatedClause(s, begin, end) || IsPredicate(s, begin, end) ||
         IsPerfectPredicate(s, begin, end) || IsPastPredicateList(s, begin, end) ||
         IsListOfMembers(s, begin, end) || IsResumedInfinitive(s, begin, end) ||
         IsReportedClause(s, begin, end);
}

// ", who asked not to be named", ", who spoke on condition of anonymity",
// ", who declined to be identified": the reporter's formula for a source, no
// deed.
bool AsksAnonymity(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (EqualsAnyIgnoreCase(s.tokens[t].text, {"named", "identified", "anonymity"})) return true;
  }
  return false;
}

// "the Saudi-led coalition, which has been bombing ...", "the army, which
// seized power": the noun of a body that acts, as a name is a party.
bool IsPartysBodyNoun(std::string_view w) {
  static const WordSet kBodies = {
      "coalition", "government", "army",           "military", "alliance", "junta",  "regime",
      "militia",   "ministry",   "administration", "police",   "movement", "group",  "forces",
      "rebels",    "insurgents", "separatists",    "troops",   "bloc",     "council"};
  return kBodies.contains(w);
}

// dyad: "... at the request of the United States, which accuses her of
// misleading banks": a relative clause after the last comma whose pronoun is
// the subject of a finite verb tells a deed of the phrase before the comma
// (the coder takes that phrase for its source) when the phrase is a name
// ("the exchange, which involved 26 people" is about a thing). One that
// tells what the phrase before caused (", which killed 30 people", ", which
// left 130 dead") is no deed of that phrase's party.
// With `any_person` (a clause after the last comma), "who" tells the deed of
// any phrase of people before the comma ("met the Russian president, who
// accused France of ..."); between commas only of a name.
bool IsTrailingRelativeClause(const Sentence& s, int begin, int end, bool object_only = false,
                              bool any_person = false) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin < 2 || begin + 1 >= end || s.tokens[begin - 2].unit < 0) return false;
  const Token& pronoun = s.tokens[begin];
  if ((pronoun.tag != "WDT" && pronoun.tag != "WP") ||
      !EqualsAnyIgnoreCase(pronoun.text, {"which", "who", "whom"}))
    return false;
  int verb = begin + 1;
  // ... or its object: ", which British marines seized/VBN in July", ",
  // whom it accused of ...".
  int subject = s.tokens[verb].unit;
  // "who" stands for people, whose deed it tells whatever their phrase ("met
  // the Russian president, who accused France of ...").
  const bool person = any_person && EqualsIgnoreCase(pronoun.text, "who");
  if (subject >= 0) {
    // (Between commas, ", whom Beijing calls a separatist," names its own
    // target.)
    if (object_only && EqualsIgnoreCase(pronoun.text, "whom")) return false;
    verb = s.units[subject].token_end;
  } else if (object_only ||
             (!person && !s.tokens[begin - 2].tag.starts_with("NNP") &&
              !IsPartysBodyNoun(s.tokens[begin - 2].text)) ||
             EqualsIgnoreCase(pronoun.text, "whom")) {
    return false;
  }
  if (EqualsIgnoreCase(pronoun.text, "who") && AsksAnonymity(s, begin + 1, end)) return false;
  while (verb < end && s.tokens[verb].tag.starts_with("RB")) ++verb;
  if (verb >= end || !(IsFinite(s.tokens[verb]) || (subject >= 0 && s.tokens[verb].tag == "VBN")))
    return false;
  return !EqualsAnyIgnoreCase(
             s.tokens[verb].text,
             {"killed", "left", "caused", "sparked", "triggered", "prompted", "led", "wounded",
              "injured", "is", "was", "are", "were", "has", "had", "have"}) ||
         (verb + 1 < end && s.tokens[verb + 1].tag == "VBN" &&
          EqualsAnyIgnoreCase(s.tokens[verb].text, {"has", "had", "have"}));
}

// dyad: "The military, which Khan accuses of plotting his ouster, said ...":
// between commas, a relative clause with a subject of its own tells that
// subject's deed on the phrase before it.
bool IsObjectRelativeClause(const Sentence& s, int begin, int end) {
  return IsTrailingRelativeClause(s, begin, end, /*object_only=*/true);
}

// Whether the name at `t` heads its phrase: no preposition before it in its
// unit. ", which began in May," after "Talks between Armenia and Azerbaijan"
// tells of the talks, no deed of Azerbaijan's; "who" stands for the phrase's
// person whatever its words ("The president of France, who arrived ...").
bool NameHeadsPhrase(const Sentence& s, int t) {
  const int unit = s.tokens[t].unit;
  if (unit < 0) return false;
  for (int u = s.units[unit].token_begin; u < t; ++u) {
    if (s.tokens[u].tag == "IN") return false;
  }
  return true;
}

// dyad: "Putin, who met Xi on Monday, said ...": between commas, a relative
// clause on a name, right before the main verb, whose pronoun is the subject
// of a past tense tells a deed of that name's (the coder takes the name for
// its source). In the present it describes ("Britain, which sells weapons to
// Riyadh, urged ..."): no event.
bool IsSubjectRelativeClause(const Sentence& s, int begin, int end) {
  const int n = static_cast<int>(s.tokens.size());
  auto skip_adverbs = [&](int t) {
    while (t < n && s.tokens[t].tag.starts_with("RB")) ++t;
    return t;
  };
  while (begin < end && !s.IsWord(begin)) ++begin;
  int own_verb = skip_adverbs(begin + 1), main_verb = skip_adverbs(end + 1);
  return own_verb < end && s.tokens[own_verb].tag == "VBD" && main_verb < n &&
         IsFinite(s.tokens[main_verb]) && IsTrailingRelativeClause(s, begin, end) &&
         (EqualsIgnoreCase(s.tokens[begin].text, "who") || NameHeadsPhrase(s, begin - 2));
}

// "..., meeting Widodo at the palace": a participle of a contact.
bool IsContactParticiple(const Token& t) {
  return t.tag == "VBG" &&
         EqualsAnyIgnoreCase(t.text, {"meeting", "visiting", "hosting", "receiving"});
}

// dyad: "Bush, meeting Chirac in Brussels, said ...", "Trump, after meeting
// Abbas, condemned ...": between commas right after a subject and before its
// verb, a participle of a deed or a contact (alone or after "after",
// "before", "while") tells a deed of that subject's.
bool IsParticipleAsideWithDeed(const Sentence& s, int begin, int end) {
  const int n = static_cast<int>(s.tokens.size());
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin < 2 || s.tokens[begin - 2].unit < 0) return false;
  int main_verb = end + 1;
  while (main_verb < n && s.tokens[main_verb].tag.starts_with("RB")) ++main_verb;
  if (main_verb >= n || !IsFinite(s.tokens[main_verb])) return false;
  for (int t = begin; t < end; ++t) {
    if (s.tokens[t].tag != "VBG") continue;
    bool opens = t == begin ||
                 EqualsAnyIgnoreCase(s.tokens[t - 1].text, {"after", "before", "while", "when"});
    if (opens && (IsEventParticiple(s, t, end) || IsContactParticiple(s.tokens[t]))) return true;
  }
  return false;
}

// dyad: "Abiy flew to Kampala, where he met Museveni": after a comma, a
// place's relative clause with its own subject and finite verb tells a deed
// of its own (coder.cc: StartsRelativeClause), at the end of the sentence or
// between commas ("..., where gunmen killed 26 men, most of them tourists").
bool IsWhereClause(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin + 2 >= end || s.tokens[begin].tag != "WRB" ||
      !EqualsIgnoreCase(s.tokens[begin].text, "where") || s.tokens[begin + 1].unit < 0)
    return false;
  int verb = s.units[s.tokens[begin + 1].unit].token_end;
  while (verb < end && s.tokens[verb].tag.starts_with("RB")) ++verb;
  if (verb >= end || !IsFinite(s.tokens[verb])) return false;
  // Not one whose object is a pronoun (", where soldiers opened fire on
  // them", ", where Republicans oppose it"): no phrase of the clause says whom.
  for (int t = verb + 1; t < end; ++t) {
    if (s.tokens[t].tag == "PRP" &&
        EqualsAnyIgnoreCase(s.tokens[t].text, {"them", "it", "him", "her"}))
      return false;
  }
  return true;
}

// dyad: "Wang flew to Jakarta on Monday, meeting President Widodo": after
// the last comma, a participle of a contact right before its object, a phrase
// with a name or a capitalised word ("the Lebanese president"), tells a deed
// of the clause's subject, as a participle of a statement does. Not "...,
// meeting in Paris" nor "..., meeting the deadline", which would take the
// clause's target for their own.
bool IsTrailingContactParticiple(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  if (begin + 1 >= end || !IsContactParticiple(s.tokens[begin])) return false;
  const int unit = s.tokens[begin + 1].unit;
  if (unit < 0) return false;
  for (int t = s.units[unit].token_begin; t < s.units[unit].token_end && t < end; ++t) {
    const std::string_view w = s.tokens[t].text;
    if (!w.empty() && w.front() >= 'A' && w.front() <= 'Z') return true;
  }
  return false;
}

// dyad: "seized power on Thursday, two days after declaring martial law",
// "..., hours after meeting Putin": after the last comma, a participle after
// "after" or "before" (past a measure of time) tells a deed of the clause's
// subject, which the coder reads as for a participle after a conjunction of
// time without the comma ("being attacked", "having ..." tell no deed).
bool IsTimedParticipleOfDeed(const Sentence& s, int begin, int end) {
  while (begin < end && !s.IsWord(begin)) ++begin;
  int t = AfterTimeMeasure(s, begin, end);
  if (t + 1 >= end || !EqualsAnyIgnoreCase(s.tokens[t].text, {"after", "before"})) return false;
  const Token& participle = s.tokens[t + 1];
  return participle.tag == "VBG" && !EqualsAnyIgnoreCase(participle.text, {"being", "having"});
}

// dyad: "If elected, she plans to meet Putin", "Speaking in Kyiv, Zelensky
// accused Russia": after words with no finite verb, the segment after the
// last comma holds the sentence's only finite verb: it is the main clause.
// So is it after an introduction whose only finite verbs are a relative
// clause's ("In a video posted from the base where he was held, Duterte
// questioned ...").
bool IsOnlyFiniteClause(const Sentence& s, int first_comma, int last_comma, int end) {
  return HasFinite(s, last_comma + 1, end) &&
         (!HasFinite(s, 0, last_comma) ||
          (first_comma == last_comma && IsIntroduction(s, last_comma)));
}

// dyad: "If Iran resumes enrichment, we stand ready to impose sanctions",
// "When the talks failed, Ankara recalled its envoy": after a subordinate
// clause that opens the sentence, the segment after its comma, with a
// subject and a finite verb of its own, is the main clause.
bool IsMainClauseAfterSubordinate(const Sentence& s, int first_comma, int last_comma, int end) {
  return first_comma == last_comma && OpensWithSubordinateClause(s, first_comma) &&
         HasSubjectAndFinite(s, last_comma + 1, end, /*past_participles=*/true);
}

// dyad: "\"We will help,\" Macron told reporters after meeting Aoun": the
// speaker's clause after a quote that tells a deed of the speaker's in a
// participle of time (after, before, while meeting ...) is no aside.
bool IsAttributionWithDeed(const Sentence& s, int begin, int end) {
  if (begin >= end || s.tokens[begin].tag != "''") return false;
  for (int t = begin + 1; t + 1 < end; ++t) {
    if (s.tokens[t + 1].tag == "VBG" &&
        EqualsAnyIgnoreCase(s.tokens[t].text, {"after", "before", "while"}))
      return true;
  }
  return false;
}

// dyad: "..., Prime Minister Kostunica said, calling the United States the
// main culprit": a reporting aside right before a participle of a statement
// names who makes it; it stays, so that the participle has its actor.
// After a quote, also with the hearers or a time or place after the verb
// ("\"...,\" the minister told reporters on Monday, calling"): the speaker
// right before the verb of saying, then only noun phrases and prepositions
// before them. (With the speaker after the verb, "said the minister,
// calling", the parse gives the participle no subject: the aside goes.)
bool IsSpeakerOfParticiple(const Sentence& s, int begin, int end, int next_end) {
  int last = end - 1;
  while (last > begin && s.tokens[last].tag.starts_with("RB")) --last;
  int verb = -1;
  // Only after a quote may other words follow the verb.
  const bool quote = begin < end && s.tokens[begin].tag == "''";
  for (int t = begin; t <= last; ++t) {
    const Token& token = s.tokens[t];
    if (token.unit >= 0 || token.tag == "DT" || token.tag == "''") continue;
    // "told reporters on Monday", "said in a statement": a preposition
    // after the verb, before a phrase.
    if (quote && verb >= 0 && token.tag == "IN" && t < last &&
        (s.tokens[t + 1].unit >= 0 || s.tokens[t + 1].tag == "DT"))
      continue;
    // ... also after the quote it closes ("\"...,\" the minister said, calling").
    if (verb >= 0 || !token.tag.starts_with("VB") ||
        !EqualsAnyIgnoreCase(token.text, {"said", "says", "added", "told"}))
      return false;
    verb = t;
  }
  // "\"...,\" said the minister, calling": after the quote, the verb and
  // then the speaker, who ends the segment.
  const bool inverted = quote && verb == begin + 1 && s.tokens[last].unit >= 0 &&
                        s.tokens[verb + 1].unit == s.tokens[last].unit;
  if (verb <= begin || (s.tokens[verb - 1].unit < 0 && !inverted) || (!quote && verb != last))
    return false;
  return IsEventParticiple(s, end + 1, next_end);
}

// Whether [begin, end) reports who told it: ", the ministry said", ",
// according to witnesses", ", officials told Reuters".
bool IsAttribution(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    // (already taken out as the last segment: read its words all the same)
    if (EqualsAnyIgnoreCase(s.tokens[t].text,
                            {"said", "says", "told", "added", "according", "reported"}))
      return true;
  }
  return false;
}

// dyad: "France expelled the envoy, accusing him of spying, the ministry
// said", "fighters overran the camp, shelling it with mortars, the army
// said": a participle of a deed or of force between the clause (a finite verb
// before it) and the attribution after the last comma goes on with the
// clause, as it would without the attribution.
bool IsParticipleBeforeAttribution(const Sentence& s, const std::vector<int>& commas, size_t i,
                                   int end) {
  if (i + 2 != commas.size() || !HasFinite(s, 0, commas[i])) return false;
  const int begin = commas[i] + 1, segment_end = commas[i + 1];
  return (IsEventParticiple(s, begin, segment_end) || IsForceParticiple(s, begin, segment_end)) &&
         IsAttribution(s, commas[i + 1] + 1, end);
}

// "Ethiopia ordered seven U.N. officials to leave, accusing them of meddling,
// in a sharp escalation of its dispute": a participle of a deed or of force
// between the clause (a finite verb before it) and a last phrase that a
// preposition opens, with no verb of its own, goes on with the clause, as it
// would without that phrase.
bool IsParticipleBeforeAdjunct(const Sentence& s, const std::vector<int>& commas, size_t i,
                               int end) {
  if (i + 2 != commas.size() || !HasFinite(s, 0, commas[i])) return false;
  const int begin = commas[i] + 1, segment_end = commas[i + 1];
  if (!IsEventParticiple(s, begin, segment_end) && !IsForceParticiple(s, begin, segment_end))
    return false;
  // (The phrase may already be taken out as the last segment: read its words.)
  const int adjunct = segment_end + 1;
  if (adjunct >= end || s.tokens[adjunct].tag != "IN") return false;
  for (int t = adjunct; t < end; ++t) {
    if (s.tokens[t].tag.starts_with("VB")) return false;
  }
  return true;
}

// Whether a finite verb of a clause stands in [begin, end): not a participle
// the tagger read as a past before its agent ("a session chaired/VBD by").
bool HasClauseVerb(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (!s.IsWord(t) || !IsFinite(s.tokens[t])) continue;
    if (s.tokens[t].tag == "VBD" && t + 1 < end && EqualsIgnoreCase(s.tokens[t + 1].text, "by"))
      continue;
    return true;
  }
  return false;
}

// "Iran, the main backer of the Houthi rebels in Yemen and of Hezbollah in
// Lebanon, threatened ...": an apposition (a phrase its determiner, possessive
// or adjective opens) with its own phrases and no clause. (One with a relative
// clause or an infinitive, "Qatar, a Gulf state that hosts the talks,
// accused ...", stays: taking those out cost an event on unseen text.)
bool IsApposition(const Sentence& s, int begin, int end) {
  const int apposition = s.tokens[begin].unit;
  const std::string_view tag = s.tokens[begin].tag;
  if (apposition < 0 || s.units[apposition].token_begin != begin ||
      (tag != "DT" && tag != "PRP$" && !tag.starts_with("JJ")))
    return false;
  for (int t = begin; t < end; ++t) {
    const std::string_view w = s.tokens[t].tag;
    const bool infinitive = w == "TO" && t + 1 < end && s.tokens[t + 1].tag == "VB";
    if (w == "WDT" || w == "WP" || infinitive || IsFinite(s.tokens[t])) return false;
  }
  return true;
}

// A phrase a preposition opens: one that may open a clause ("after",
// "before", "since", "like") opens none here, no verb of a clause following it
// ("after Bolivian troops crossed the border" stays); any other opens a
// phrase, whatever verbs its nouns' participles and relative clauses hold
// ("in a letter handed/VBD to the envoy", "in a letter which the ministry
// sent").
bool IsPrepositionalPhrase(const Sentence& s, int begin, int end) {
  if ((s.tokens[begin].tag != "IN" && s.tokens[begin].tag != "TO") || s.tokens[begin + 1].unit < 0)
    return false;
  const bool opens_clauses =
      EqualsAnyIgnoreCase(s.tokens[begin].text, {"after", "before", "since", "until", "as", "while",
                                                 "because", "if", "unless", "although", "though",
                                                 "once", "when", "that", "whether", "like"});
  return !opens_clauses || !HasClauseVerb(s, begin, end);
}

// "the Ukrainian military said in a statement posted on Telegram": a speaker
// and the verb of saying right after it, with no "that" of a reported clause.
bool IsAttributionAside(const Sentence& s, int begin, int end) {
  const int speaker = s.tokens[begin].unit;
  if (speaker < 0 || s.units[speaker].token_begin != begin) return false;
  int verb = s.units[speaker].token_end;
  while (verb < end && s.tokens[verb].tag.starts_with("RB")) ++verb;
  if (verb >= end || !IsFinite(s.tokens[verb]) ||
      !EqualsAnyIgnoreCase(s.tokens[verb].text, {"said", "says", "told", "added", "reported"}))
    return false;
  for (int t = verb + 1; t < end; ++t) {
    if (EqualsIgnoreCase(s.tokens[t].text, "that")) return false;
  }
  return true;
}

// dyad: "Rolando Mendoza, 55, a police inspector, seized ...": a number of
// one to three digits alone between commas i and i + 1, right after a name, is
// the person's age, an aside.
bool IsAgeAside(const Sentence& s, const std::vector<int>& commas, size_t i) {
  const int comma = commas[i];
  if (comma < 1 || commas[i + 1] != comma + 2 || s.tokens[comma - 1].tag != "NNP") return false;
  return s.tokens[comma + 1].tag == "CD" && IsAgeNumber(s.tokens[comma + 1].text);
}

// dyad: between the first two commas, right after the sentence's subject (one
// phrase) and before its finite verb, an aside that tells what the subject is
// or the circumstances of its deed goes however long, as a short one does
// ("Kenya, a close ally of Britain, expelled ..."): an apposition with no
// clause of its own ("Iran, the main backer of the Houthi rebels in Yemen and
// of Hezbollah in Lebanon, threatened ...") or a phrase a
// preposition opens ("Japan, in a protest lodged through diplomatic channels
// on Tuesday, accused ...") or an attribution ("Russian forces, the Ukrainian
// military said in a statement posted on Telegram, shelled ..."). (A
// participle's phrase is the parser's aside
// already, and may tell a contact: "Erdogan, speaking in Ankara after talks
// with Scholz, criticised ...".)
bool IsLongSubjectAside(const Sentence& s, const std::vector<int>& commas, size_t i) {
  // ... also after an aside of adverbs ("China, meanwhile, in a statement
  // from its foreign ministry, accused ...") or an age ("Mendoza, 55, a former
  // police inspector dismissed over extortion allegations, seized ...").
  if (i == 1 && commas.size() > 2) {
    const bool age = IsAgeAside(s, commas, 0);  // its commas are gone already
    for (int t = commas[0] + 1; t < commas[1] && !age; ++t) {
      if (s.IsWord(t) && !s.tokens[t].tag.starts_with("RB")) return false;
    }
  } else if (i != 0) {
    return false;
  }
  const int n = static_cast<int>(s.tokens.size());
  int t = 0;
  while (t < commas[0] && !s.IsWord(t)) ++t;
  const int subject = s.tokens[t].unit;
  if (subject < 0 || s.units[subject].token_begin != t || s.units[subject].token_end != commas[0])
    return false;
  int verb = commas[i + 1] + 1;
  while (verb < n && s.tokens[verb].tag.starts_with("RB")) ++verb;
  const int begin = commas[i] + 1, end = commas[i + 1];
  if (begin + 1 >= end || verb >= n || !IsFinite(s.tokens[verb])) return false;
  return IsApposition(s, begin, end) || IsPrepositionalPhrase(s, begin, end) ||
         IsAttributionAside(s, begin, end);
}

// "..., drawing criticism from Washington, which accused Tehran": the clause
// before a relative pronoun holds its antecedent.
bool PrecedesRelativeClause(const Sentence& s, int comma) {
  const int next = comma + 1;
  if (next >= static_cast<int>(s.tokens.size())) return false;
  const Token& t = s.tokens[next];
  return (t.tag == "WDT" || t.tag == "WP") && EqualsAnyIgnoreCase(t.text, {"which", "who"});
}

}  // namespace

int FirstListedMember(const Sentence& s, int marker) {
  const int n = static_cast<int>(s.tokens.size());
  if (marker < 0 || marker + 1 >= n) return -1;
  std::string_view word = s.tokens[marker].text;
  std::string_view next = s.tokens[marker + 1].text;
  if ((EqualsIgnoreCase(word, "such") && EqualsIgnoreCase(next, "as")) ||
      (EqualsIgnoreCase(word, "among") && EqualsIgnoreCase(next, "them")))
    return marker + 2;
  return EqualsAnyIgnoreCase(word, {"including", "notably"}) ? marker + 1 : -1;
}

int CompanionWords(const Sentence& s, int t) {
  auto word = [&s](int k, std::string_view w) {
    return k >= 0 && k < static_cast<int>(s.tokens.size()) && EqualsIgnoreCase(s.tokens[k].text, w);
  };
  if ((word(t, "along") || word(t, "together")) && word(t + 1, "with")) return 2;
  // "Malian special forces, joined by French special forces, stormed ...".
  if (word(t, "joined") && word(t + 1, "by")) return 2;
  if (word(t, "as") && word(t + 1, "well") && word(t + 2, "as")) return 3;
  return word(t, "alongside") ? 1 : 0;
}

void RemoveCommaClauses(const CoderOptions& o, bool keep_participles, Sentence* s) {
  std::vector<int> commas = ClauseCommas(*s);
  if (commas.empty()) return;
  int size = static_cast<int>(s->tokens.size());
  int end = (s->tokens.back().tag == ".") ? size - 1 : size;  // keep the final full stop
  if (InRange(CountWords(*s, 0, commas.front()), o.comma_bmin, o.comma_bmax) &&
      VerbOutside(*s, 0, commas.front())) {
    Delete(s, 0, commas.front());
  }
  if (InRange(CountWords(*s, commas.back() + 1, size), o.comma_emin, o.comma_emax) &&
      VerbOutside(*s, commas.back() + 1, end) &&
      !(keep_participles &&
        (IsEventParticiple(*s, commas.back() + 1, end) ||
         IsForceParticiple(*s, commas.back() + 1, end) ||
         IsTrailingContactParticiple(*s, commas.back() + 1, end) ||
         IsWhereClause(*s, commas.back() + 1, end) ||
         IsCausingParticiple(*s, commas.back() + 1, end) ||
         KeepsSegment(*s, commas.back() + 1, end) ||
         IsOnlyFiniteClause(*s, commas.front(), commas.back(), end) ||
         IsMainClauseAfterSubordinate(*s, commas.front(), commas.back(), end) ||
         IsTrailingRelativeClause(*s, commas.back() + 1, end, /*object_only=*/false,
                                  /*any_person=*/true) ||
         IsAttributionWithDeed(*s, commas.back() + 1, end) ||
         IsTimedParticipleOfDeed(*s, commas.back() + 1, end)))) {
    int deed = keep_participles ? DeedAfterCasualties(*s, commas.back() + 1, end) : end;
    if (keep_participles && IsCasualtyParticiple(*s, commas.back() + 1, end)) {
      s->casualty_begin = commas.back() + 1;
      s->casualty_end = deed;
    }
    // ", killing 12 people and taking 30 hostages": the casualties go, the
    // deed after them stays, as if it followed the comma.
    Delete(s, commas.back() + 1, deed < end ? deed + 1 : end);
  }
  for (size_t i = 0; i + 1 < commas.size(); ++i) {
    if ((keep_participles && (IsLongSubjectAside(*s, commas, i) || IsAgeAside(*s, commas, i))) ||
        (InRange(CountWords(*s, commas[i] + 1, commas[i + 1]), o.comma_min, o.comma_max) &&
         VerbOutside(*s, commas[i], commas[i + 1] + 1) &&
         !(keep_participles &&
           (IsMainClause(*s, commas, i) || IsSubjectAfterIntroduction(*s, commas, i) ||
            KeepsSegment(*s, commas[i] + 1, commas[i + 1]) ||
            IsObjectRelativeClause(*s, commas[i] + 1, commas[i + 1]) ||
            IsSubjectRelativeClause(*s, commas[i] + 1, commas[i + 1]) ||
            IsParticipleAsideWithDeed(*s, commas[i] + 1, commas[i + 1]) ||
            IsWhereClause(*s, commas[i] + 1, commas[i + 1]) ||
            IsTimedParticipleOfDeed(*s, commas[i] + 1, commas[i + 1]) ||
            IsParticipleBeforeAttribution(*s, commas, i, end) ||
            IsParticipleBeforeAdjunct(*s, commas, i, end) ||
            IsSpeakerOfParticiple(*s, commas[i] + 1, commas[i + 1],
                                  i + 2 < commas.size() ? commas[i + 2] : end) ||
            PrecedesRelativeClause(*s, commas[i + 1]))))) {
      // The clause goes with both its commas: "France, the minister said,
      // attacked" reads "France attacked"; a companion stays without its
      // commas ("Germany, along with France, condemned").
      if (const int companion =
              keep_participles ? CompanionPhrase(*s, commas[i] + 1, commas[i + 1]) : -1;
          companion >= 0) {
        Delete(s, commas[i], companion);
        s->tokens[commas[i + 1]].deleted = true;
        continue;
      }
      // ", killing two people, police said": a casualty clause before
      // another comma clause counts the victims as a last one does.
      if (keep_participles && s->casualty_begin < 0 &&
          IsCasualtyParticiple(*s, commas[i] + 1, commas[i + 1])) {
        s->casualty_begin = commas[i] + 1;
        s->casualty_end = commas[i + 1];
      }
      Delete(s, commas[i], commas[i + 1] + 1);
    }
  }
  // A comma left with no words before it (or after it) delimits nothing.
  commas = ClauseCommas(*s);
  if (commas.empty()) return;
  if (CountWords(*s, 0, commas.front()) == 0) s->tokens[commas.front()].deleted = true;
  if (CountWords(*s, commas.back() + 1, end) == 0) s->tokens[commas.back()].deleted = true;
}

}  // namespace dyad::code
