// The coder's main loop: discards and issues, comma clauses, noun-phrase
// codes, then each verb phrase in tree order (see coder.h for the contract).
#include "dyad/code/coder.h"

#include <algorithm>

#include "code/sentence.h"
#include "code/stages.h"
#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

struct Coder::Scratch : CoderScratch {};

void SentenceResult::Clear() {
  events.clear();
  issues.clear();
  discarded = discard_story = false;
  discard_phrase.clear();
}

Coder::Coder(const dict::Dictionaries& dicts, CoderOptions options)
    : dicts_(dicts), options_(options), scratch_(std::make_unique<Scratch>()) {}
Coder::~Coder() = default;

namespace {

// dyad: "bomb attacks tore through crowds watching the World Cup final",
// "police fired tear gas at protesters ahead of the Grand Prix", "Iran
// arrested a former national team coach": a sentence that tells of bombs,
// killing, hostages, terror, police, protest, arrests or troops is news
// whatever sport it names.
bool TellsNews(const Sentence& s) {
  static const WordSet kWords = {
      "killed",        "killing",   "killings",  "bomb",       "bombs",      "bombing",
      "bombings",      "bomber",    "bombers",   "explosion",  "explosions", "blast",
      "blasts",        "gunmen",    "gunman",    "militants",  "suicide",    "hostage",
      "hostages",      "kidnapped", "terrorist", "terrorists", "terror",     "grenade",
      "grenades",      "massacre",  "gunfire",   "police",     "protesters", "protestors",
      "demonstrators", "protest",   "protests",  "arrested",   "detained",   "troops",
      "soldiers",      "sanctions"};
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [&](const Token& t) { return kWords.contains(t.text); });
}

void FindDiscards(const dict::Dictionaries& dicts, const Sentence& s,
                  const std::vector<dict::WordId>& words, SentenceResult* result) {
  dict::PhraseMatch match;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!dicts.discards.phrases.MatchAt(words, k, &match)) continue;
    if (dicts.format == dict::Dictionaries::Format::kDyad && TellsNews(s)) return;
    const dict::Discard& d = dicts.discards.entries[match.entry];
    result->discarded = true;
    result->discard_story |= d.whole_story;
    if (result->discard_phrase.empty()) result->discard_phrase = d.phrase;
  }
}

void FindIssues(const dict::Dictionaries& dicts, const std::vector<dict::WordId>& words,
                SentenceResult* result) {
  dict::PhraseMatch match;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!dicts.issues.phrases.MatchAt(words, k, &match)) continue;
    const dict::Issue& issue = dicts.issues.entries[match.entry];
    if (issue.blocks) {
      result->issues.clear();
      return;
    }
    auto it = std::find_if(result->issues.begin(), result->issues.end(),
                           [&](const Issue& i) { return i.code == issue.code; });
    if (it == result->issues.end()) {
      result->issues.push_back(Issue{issue.code, 1});
    } else {
      ++it->count;
    }
    k = match.end - 1;
  }
}

}  // namespace

bool IsSkippableWord(std::string_view w) {
  // Asked of nearly every word a pattern or a verb form passes: one probe.
  static const WordSet kWords = {"the",   "a",       "an",       "it",      "he",      "they",
                                 "her",   "has",     "had",      "have",    "some",    "few",
                                 "that",  "hundred", "thousand", "million", "billion", "trillion",
                                 "dozen", "one",     "two",      "three",   "four",    "five",
                                 "six",   "seven",   "eight",    "nine"};
  if (kWords.contains(w)) return true;
  return IsAllDigits(w);
}

namespace {

// "... after gunmen stormed parliament": a clause with its own subject after
// a conjunction of time or cause tells its own event, which the verb it
// hangs from does not take in.
bool StartsAdverbialClause(const Sentence& s, const VerbPhrase& vp) {
  // "... after meeting military chiefs": so does a participle after one.
  if (vp.subject_begin >= vp.subject_end) return IsAdverbialParticiple(s, vp);
  int t = s.units[vp.subject_begin].token_begin - 1;
  if (t < 0 || vp.verb_token <= t) return false;
  return EqualsAnyIgnoreCase(s.tokens[t].text, {"after", "before", "as", "when", "while", "because",
                                                "since", "until", "once"});
}

bool HasObjectPronoun(const Sentence& s, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (s.tokens[t].tag == "PRP" &&
        EqualsAnyIgnoreCase(s.tokens[t].text, {"them", "it", "him", "her"}))
      return true;
  }
  return false;
}

// dyad: "..., which accuses her of misleading banks", "for a tanker that
// Britain seized": a relative clause set off by a comma, or one with its own
// subject, tells a deed of its own, not one of the verb it hangs from;
bool StartsRelativeClause(const Sentence& s, const VerbPhrase& vp) {
  if (ObjectRelativeAntecedent(s, vp.verb_token) >= 0) return true;
  // ... so does a place's (", where he held talks with Museveni") with its
  // own subject; not one whose object is a pronoun (", where soldiers opened
  // fire on them", ", where Republicans oppose it"), which the clause's own
  // phrases would resolve.
  if (vp.subject_begin < vp.subject_end) {
    const int where = s.units[vp.subject_begin].token_begin - 1;
    if (where >= 1 && s.tokens[where].tag == "WRB" &&
        EqualsIgnoreCase(s.tokens[where].text, "where") && s.tokens[where - 1].tag == ",")
      return !HasObjectPronoun(s, vp.verb_token + 1, vp.end_token);
  }
  int t = vp.verb_token - 1;
  while (t >= 0 && s.tokens[t].tag.starts_with("RB")) --t;
  if (t < 1 || (s.tokens[t].tag != "WDT" && s.tokens[t].tag != "WP")) return false;
  // ... and so does a "who" right after its noun ("arrested the gunmen who
  // killed 19 people": they killed them).
  if (EqualsIgnoreCase(s.tokens[t].text, "who") && s.tokens[t - 1].tag.starts_with("NN"))
    return true;
  return s.tokens[t - 1].tag == "," && EqualsAnyIgnoreCase(s.tokens[t].text, {"which", "who"});
}

// dyad: "was shot and wounded in an assassination attempt": an assassination
// attempt (185) on a side subsumes the shooting or assault that a coordinated
// verb codes, by its own code alone, between the same two sides.
void DropSubsumedByAssassination(std::vector<Event>* events) {
  std::vector<const Event*> attempts;
  for (const Event& a : *events) {
    if (a.code == "185") attempts.push_back(&a);
  }
  if (attempts.empty()) return;
  std::vector<bool> drop(events->size(), false);
  for (size_t k = 0; k < events->size(); ++k) {
    const Event& e = (*events)[k];
    if (!e.pattern.empty() || e.code == "185" || e.code.size() < 2) continue;
    if (e.code.compare(0, 2, "18") != 0 && e.code.compare(0, 2, "19") != 0) continue;
    for (const Event* a : attempts)
      drop[k] = drop[k] || (a->source == e.source && a->target == e.target);
  }
  size_t out = 0;
  for (size_t k = 0; k < events->size(); ++k) {
    if (drop[k]) continue;
    if (out != k) (*events)[out] = std::move((*events)[k]);
    ++out;
  }
  events->resize(out);
}

// dyad: "Monis came to Australia in 1996", "was flown to Manila": a visit
// (042, 043) is a state's or a body's; a person of no country and no office
// (---CVL, ---UAF, ---CRM) who goes somewhere visits no one.
bool IsVisitOfNoOne(const Event& e) {
  if (e.code != "042" && e.code != "043") return false;
  return e.source == "---CVL" || e.source == "---UAF" || e.source == "---CRM";
}

// The "to" of an infinitive of purpose in `vp` when the events from `first`
// on are all contacts (04: "called Harper to offer", "visited Kyiv to
// express"), else -1.
int PurposeAfterContact(const Sentence& s, const VerbPhrase& vp, const std::vector<Event>& events,
                        size_t first) {
  if (first >= events.size() || vp.passive_verb >= 0) return -1;
  for (size_t k = first; k < events.size(); ++k) {
    if (!events[k].code.starts_with("04")) return -1;
  }
  for (int t = vp.verb_token + 1; t + 1 < vp.end_token; ++t) {
    if (s.tokens[t].tag == "TO" && s.tokens[t + 1].tag == "VB" && s.IsWord(t + 1)) return t;
    if (s.tokens[t].tag.starts_with("VB") || s.tokens[t].tag == "MD") return -1;
  }
  return -1;
}

// Drops the events from `first` on that an infinitive of purpose names as an
// aim, not as what was said in the contact: "telephoned May to offer his
// condolences" (018), "to congratulate", "to apologise", "to demand", "to
// protest" are said; "to sign a deal", "to secure the release", "to deliver a
// speech" are not done yet or tell nothing.
void DropAims(std::vector<Event>* events, std::vector<int>* blocks, size_t first) {
  auto said = [](std::string_view c) {
    return (c.starts_with("01") && c != "010") || c.starts_with("02") || c == "051" || c == "055" ||
           c == "056" || c.starts_with("10") || c.starts_with("11");
  };
  size_t out = first;
  for (size_t k = first; k < events->size(); ++k) {
    if (!said((*events)[k].code)) continue;
    if (out != k) {
      (*events)[out] = std::move((*events)[k]);
      if (k < blocks->size()) (*blocks)[out] = (*blocks)[k];
    }
    ++out;
  }
  events->resize(out);
  if (blocks->size() > out) blocks->resize(out);
}

// dyad: "vowed to strike Israel", "pledged to expel the diplomats": the
// "to" of an infinitive right after a verb whose events from `first` on are
// all its own generic intent (030, no pattern), else -1. The infinitive tells
// the deed intended, which the coder codes as such (138, 1364).
int IntendedInfinitive(const Sentence& s, const VerbPhrase& vp, const std::vector<Event>& events,
                       size_t first) {
  if (first >= events.size() || vp.passive_verb >= 0 || vp.negated) return -1;
  for (size_t k = first; k < events.size(); ++k) {
    if (events[k].code != "030" || !events[k].pattern.empty()) return -1;
  }
  int t = vp.verb_token + 1;
  while (t < vp.end_token && s.tokens[t].tag.starts_with("RB")) ++t;
  return t + 1 < vp.end_token && s.tokens[t].tag == "TO" && s.tokens[t + 1].tag == "VB" &&
                 s.IsWord(t + 1)
             ? t
             : -1;
}

// Removes events [begin, end) and their verb blocks.
void EraseEvents(std::vector<Event>* events, std::vector<int>* blocks, size_t begin, size_t end) {
  events->erase(events->begin() + begin, events->begin() + end);
  if (blocks->size() > begin)
    blocks->erase(blocks->begin() + begin, blocks->begin() + std::min(end, blocks->size()));
}

}  // namespace

void Coder::CodeSentence(const parse::Tree& tree, Date date, SentenceResult* result) {
  result->Clear();
  CoderScratch& x = *scratch_;
  Sentence& s = x.sentence;
  BuildSentence(tree, dicts_.vocabulary, &s, &x.upper);
  x.words.clear();
  for (const Token& t : s.tokens) x.words.push_back(t.word);
  FindDiscards(dicts_, s, x.words, result);
  if (result->discarded) return;
  FindIssues(dicts_, x.words, result);
  RemoveCommaClauses(options_, dicts_.format == dict::Dictionaries::Format::kDyad, &s);
  CodePhrases(dicts_, date, resolver_, &s, &x.resolving);
  VerbPhraseCoder verbs(dicts_, options_, x, resolver_, result);
  x.event_blocks.clear();
  x.reporting.clear();
  auto close_reporting = [&] {
    ApplyTransformations(dicts_, x.reporting.back(), &result->events, &x.event_blocks);
    x.reporting.pop_back();
  };
  int skip_until = -1;
  int coded_participle = -1;  // a passive's participle, coded with its auxiliary
  int purpose_verb = -1;      // an infinitive of purpose after a contact
  // An infinitive that tells the deed a generic intent (030) names, and the
  // intent's events, which the deed's replace.
  int intended_verb = -1;
  size_t intent_begin = 0, intent_end = 0;
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (const VerbPhrase& vp : s.verb_phrases) {
    while (!x.reporting.empty() && vp.verb_token >= x.reporting.back().end_token) close_reporting();
    // "a day after 33 soldiers were killed in an air strike": the participle
    // of a passive already coded is no verb of its own, even in a clause of
    // time, whose verbs are otherwise coded apart.
    if ((vp.verb_token < skip_until &&
         !(dyad && vp.verb_token != coded_participle &&
           (StartsAdverbialClause(s, vp) || StartsRelativeClause(s, vp)))) ||
        !s.IsWord(vp.verb_token)) {
      continue;
    }
    size_t before = result->events.size();
    if (!verbs.Code(vp)) continue;
    if (dyad && vp.verb_token == purpose_verb) DropAims(&result->events, &x.event_blocks, before);
    if (dyad && vp.verb_token == intended_verb && result->events.size() > before &&
        intent_end <= before) {
      EraseEvents(&result->events, &x.event_blocks, intent_begin, intent_end);
      before -= intent_end - intent_begin;
      intended_verb = -1;
    }
    // A verb that yields events owns its phrase: verbs nested in it are not
    // coded, unless it reports them ("said Gondor attacked"). A verb that
    // yields none lets the nested ones speak.
    if (dicts_.verbs.IsReportingBlock(verbs.last_block()) && verbs.last_source() >= 0) {
      int unit = verbs.last_source();
      std::vector<Party> parties = verbs.PartiesOfUnit(unit);
      x.reporting.push_back({verbs.last_block(), vp.end_token, before, result->events.size(),
                             parties[0].code, verbs.ProvenanceOf(parties[0], unit)});
    } else if (result->events.size() > before || vp.negated || verbs.last_negated_form() ||
               vp.passive_verb >= 0 || verbs.last_toll() || verbs.last_silent_owner()) {
      if (vp.passive_verb > vp.verb_token) coded_participle = vp.passive_verb;
      // A negated verb takes its complements with it; a passive's participle
      // phrase (or a toll's, "hundreds injured in clashes") was coded with it.
      skip_until = vp.end_token;
      // dyad: ... but a contact's infinitive of purpose is a deed of its own
      // ("telephoned May to offer his condolences": 041 and 018).
      if (int to = dyad && !vp.negated ? PurposeAfterContact(s, vp, result->events, before) : -1;
          to >= 0) {
        skip_until = to;
        purpose_verb = to + 1;
        verbs.set_purpose_verb(purpose_verb);
      } else if (int intended = dyad ? IntendedInfinitive(s, vp, result->events, before) : -1;
                 intended >= 0) {
        // ... and so is the deed a vow or a pledge names ("vowed to strike").
        skip_until = intended;
        intended_verb = intended + 1;
        intent_begin = before;
        intent_end = result->events.size();
      }
    }
  }
  while (!x.reporting.empty()) close_reporting();
  if (dyad) verbs.AddEllipticalSubjects();
  if (dyad) DropSubsumedByAssassination(&result->events);
  if (dyad) AddBrokerMediation(dicts_, date, s, &result->events);
  if (dyad) AddClaimsOfResponsibility(s, &result->events);
  if (dyad) GiveCountrysDeedsToItsGovernment(s, &result->events);
  if (dyad) std::erase_if(result->events, IsVisitOfNoOne);
}

void Coder::LastMentions(std::vector<Mention>* out) const {
  const Sentence& s = scratch_->sentence;
  CollectMentions(s, static_cast<int>(s.units.size()), out);
}

std::string Coder::DescribeLastSentence() const {
  const Sentence& s = scratch_->sentence;
  std::string out;
  int open_unit = -1;
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    const Token& tok = s.tokens[t];
    if (tok.unit != open_unit && open_unit >= 0) out += "]";
    if (tok.unit != open_unit && tok.unit >= 0) {
      const Unit& u = s.units[tok.unit];
      out += out.empty() ? "[" : " [";
      for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
        out += s.phrases[p].code.empty() ? "?" : s.phrases[p].code;
        out += p + 1 < u.phrase_end ? "+" : ":";
      }
    } else if (!out.empty()) {
      out += ' ';
    }
    open_unit = tok.unit;
    if (tok.deleted) out += "~";
    out += tok.text;
  }
  if (open_unit >= 0) out += "]";
  return out;
}

}  // namespace dyad::code
