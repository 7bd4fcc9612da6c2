// The coder's main loop: discards and issues, comma clauses, noun-phrase
// codes, then each verb phrase in tree order (see coder.h for the contract).
#include "dyad/code/coder.h"

#include <algorithm>

#include "code/sentence.h"
#include "code/stages.h"
#include "dyad/base/text.h"

namespace dyad::code {

namespace {

bool IsNullCode(std::string_view code) { return code.empty() || code == "---"; }

bool IsNegationWord(std::string_view w) {
  return w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO";
}

// One side of an event: a code and the phrase it came from.
struct Party {
  std::string code;
  int phrase = -1;
};

// Reusable per-coder buffers, so that coding a sentence allocates little.
struct CoderScratch {
  Sentence sentence;
  std::string upper;
  std::vector<dict::WordId> words;
  std::vector<int> lower, before;  // token indices after the verb / before it, outwards
  std::vector<uint32_t> pattern_stamp;
  uint32_t generation = 0;
  std::vector<int> candidates;
  std::vector<int> forms;                // verb forms chosen for the current verb
  std::vector<int> spread;               // longer forms that match across modifiers
  int spread_end = 0;                    // the last token of the spread forms
  std::vector<int> event_blocks;         // the verb block of each event in the result
  std::vector<ReportingVerb> reporting;  // reporting verbs whose phrase is open
  ResolverScratch resolving;
};

class VerbPhraseCoder {
 public:
  VerbPhraseCoder(const dict::Dictionaries& dicts, const CoderOptions& options,
                  CoderScratch& scratch, PhraseResolver* resolver, SentenceResult* result)
      : dicts_(dicts),
        options_(options),
        x_(scratch),
        s_(scratch.sentence),
        resolver_(resolver),
        result_(result) {}

  // Codes one verb phrase; returns whether the verb yielded a code (which
  // makes the caller skip the verb phrases nested in it).
  bool Code(const VerbPhrase& vp);
  // The verb block and the source of the last verb coded.
  int last_block() const { return block_; }
  int last_source() const { return source_; }
  std::vector<Party> PartiesOfUnit(int unit) const { return PartiesOf(unit); }
  ActorProvenance ProvenanceOf(const Party& p, int unit) const { return Provenance(p, unit); }
  // Copies the events of the verb before an elliptical "as did X" to X.
  void AddEllipticalSubjects();

 private:
  bool ChooseVerbForms(int verb, int* start, int* end);
  int FallbackForm() const;
  bool FormMatches(const dict::VerbForm& form, int verb, bool modifiers, int* start,
                   int* end) const;
  void CollectSequences(int start, int end, int vp_end);
  int BestPattern(const std::vector<int>& forms, PatternBinding* binding);
  bool IsCodedUnit(int unit) const;
  bool IsGroup(int unit) const;
  int ThroughPrepositions(int unit) const;
  std::string_view UnitCode(int unit) const;
  int FindTarget(const VerbPhrase& vp) const;
  bool IsSendersOwnForce(int target, int source) const;
  bool IsSendersOwnTroops(int target, int source) const;
  int DestinationAfter(int unit) const;
  bool IsReciprocal(int unit) const;
  bool IsAdverbialConjunction(int t) const;
  bool StartsSubject(int t) const;
  bool MovesOwnTroops(std::string_view country) const;
  bool IsTimeExpression(int unit) const;
  bool IsTrailingParticiple(const VerbPhrase& vp) const;
  bool IsTheirOwn(int target) const;
  bool HasUncodedNounSubject(const VerbPhrase& vp) const;
  int CoordinatedWithTarget(int target, int end) const;
  int Companions(int target) const;
  bool IsPredicateAfterCommaAnd(const VerbPhrase& vp) const;
  int VictimsIfNoOneHit(int target) const;
  bool NamesOnlyMembers(int target, int source) const;
  bool IsBrokerAgent(int unit) const;
  bool NamesWhat(int unit) const;
  bool IsMeetingPlace(int unit, std::string_view code) const;
  bool IsDestination(int unit) const;
  bool IsUnattributedWeapon(int unit) const;
  int DeedObject(int target);
  bool CoupInACountry(int object);
  bool PledgeToTheArticlesCountry(int source, const std::string& code, const Event& proto);
  int FightingSides(const VerbPhrase& vp) const;
  Event Proto(int start, int end, bool passive, int pattern) const;
  bool MentionsNegation(const dict::Pattern& p) const;
  int FindSource(const VerbPhrase& vp, int target) const;
  int RelativeAntecedent(const VerbPhrase& vp) const;
  bool IsNominalWithoutAgent(int verb, int vp_end) const;
  std::vector<Party> PartiesOf(int unit) const;
  std::string NewActorText(int unit) const;
  ActorProvenance Provenance(const Party& p, int unit) const;
  TokenRange TokensOf(int unit) const {
    return unit < 0 ? TokenRange{}
                    : TokenRange{s_.units[unit].token_begin, s_.units[unit].token_end};
  }
  void MakeEvents(int source, int target, const std::string& full_code, bool passive, Event proto);
  void AddEvents(const std::vector<Party>& src, const std::vector<Party>& tgt,
                 std::string_view code, const Event& proto, int src_unit, int tgt_unit);

  const dict::Dictionaries& dicts_;
  const CoderOptions& options_;
  CoderScratch& x_;
  Sentence& s_;
  PhraseResolver* resolver_;  // may be null
  SentenceResult* result_;
  int block_ = -1;
  int source_ = -1;
  bool future_ = false;
  bool negated_ = false;
  bool hypothetical_ = false;
  std::string unnamed_ = "---";  // the code of an actor the sentence does not name
  int visited_ = -1;             // the unit a visit (042) goes to, -1 if none
  // The coded target of the last verb phrase that made events, and where its
  // coordination starts: "met Wen in Beijing and signed agreements".
  int shared_target_ = -1, shared_clause_ = -1;
  int clause_source_ = -1;  // the source of the last verb that is no trailing participle
};

// Assault, fighting and mass violence (CAMEO 18, 19, 20), also as threats'
// intent codes do not count.
bool IsViolence(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

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

// dyad: the party a protest or an emergency measure acts on when the
// sentence names none. A country's own people, unions, opposition or students
// who protest, strike or go on hunger strike protest against its government
// ("Nigerian unions began a nationwide strike": NGALAB NGAGOV); a curfew or a
// state of emergency imposed or eased by a country's actor falls on its people
// ("Sri Lankan authorities lifted a nationwide curfew": LKAGOV LKACVL).
// Empty when neither applies.
std::string ImplicitTarget(std::string_view code, std::string_view source) {
  if (source.size() < 3 || code.find(':') != std::string_view::npos) return {};
  std::string_view country = source.substr(0, 3);
  if (country == "---" || country == "IGO" || country == "NGO" || country == "IMG") return {};
  if (code == "1723" || code == "1724" || code == "0813" || code == "0814") {
    return std::string(country) + "CVL";
  }
  if (!code.starts_with("14") || source.size() != 6) return {};
  std::string_view role = source.substr(3);
  for (std::string_view r : {"CVL", "LAB", "OPP", "EDU", "REL", "AGR", "HLH", "MED"}) {
    if (role == r) return std::string(country) + "GOV";
  }
  return {};
}

}  // namespace

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

bool IsSkippable(const Sentence& s, int t) {
  return !s.IsWord(t) || IsSkippableWord(s.tokens[t].text);
}

// dyad's dictionaries: the words of a multi-word verb may also stand apart by
// modifiers of its noun ("held their first phone call", "took full control
// of", "launched an indefinite hunger strike").
bool IsSkippableModifier(const Sentence& s, int t) {
  std::string_view tag = s.tokens[t].tag;
  return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "PRP$" || tag == "CD";
}

// Whether the extra words of a multi-word verb stand next to `verb` (skipping
// articles, pronouns and numbers, and with `modifiers` also adjectives and
// possessives); sets the verb's token extent.
bool VerbPhraseCoder::FormMatches(const dict::VerbForm& form, int verb, bool modifiers, int* start,
                                  int* end) const {
  int n = static_cast<int>(s_.tokens.size());
  auto skippable = [&](int t) {
    return IsSkippable(s_, t) || (modifiers && IsSkippableModifier(s_, t));
  };
  int t = verb + 1;
  for (dict::WordId w : form.after) {
    while (t < n && s_.tokens[t].word != w && skippable(t)) ++t;
    if (t >= n || s_.tokens[t].word != w) return false;
    ++t;
  }
  *end = t - 1;
  t = verb - 1;
  for (auto it = form.before.rbegin(); it != form.before.rend(); ++it) {
    while (t >= 0 && s_.tokens[t].word != *it && IsSkippable(s_, t)) --t;
    if (t < 0 || s_.tokens[t].word != *it) return false;
    --t;
  }
  *start = t + 1;
  return true;
}

// The verb forms to use: those with the most words that match here (a verb
// listed in several blocks has a form in each; their patterns all apply).
// In dyad's dictionaries, longer forms whose words stand apart by modifiers
// ("held their first phone call") go to `spread`: their patterns apply when
// none of the others' does, and their code comes first (FallbackForm);
// patterns read the words after the forms that match as written ("sent
// military aid to" keeps "* military aid").
bool VerbPhraseCoder::ChooseVerbForms(int verb, int* start, int* end) {
  x_.forms.clear();
  x_.spread.clear();
  const std::vector<int>* forms = dicts_.verbs.FormsOf(s_.tokens[verb].word);
  if (forms == nullptr) return false;
  size_t best_size = 0;
  for (int f : *forms) {
    const dict::VerbForm& form = dicts_.verbs.form(f);
    int st, en;
    size_t size = form.before.size() + form.after.size() + 1;
    if (size < best_size || !FormMatches(form, verb, /*modifiers=*/false, &st, &en)) continue;
    if (size > best_size) x_.forms.clear();
    best_size = size;
    x_.forms.push_back(f);
    *start = st;
    *end = en;
  }
  if (dicts_.format != dict::Dictionaries::Format::kDyad) return !x_.forms.empty();
  size_t spread_size = best_size + 1;
  std::vector<int>& spread = x_.spread;
  spread.clear();
  for (int f : *forms) {
    const dict::VerbForm& form = dicts_.verbs.form(f);
    int st, en;
    size_t size = form.before.size() + form.after.size() + 1;
    if (size < spread_size || !FormMatches(form, verb, /*modifiers=*/true, &st, &en)) continue;
    if (size > spread_size) spread.clear();
    spread_size = size;
    spread.push_back(f);
    x_.spread_end = en;
    if (x_.forms.empty()) {
      *start = st;
      *end = en;
    }
  }
  // Only forms across modifiers: they are the verb's forms.
  if (x_.forms.empty()) x_.forms.swap(spread);
  return !x_.forms.empty();
}

// Whether a noun phrase and then a finite verb follow token `t`.
bool SubjectAndVerbAfter(const Sentence& s, int t) {
  int n = static_cast<int>(s.tokens.size());
  if (t + 1 >= n || s.tokens[t + 1].unit < 0) return false;
  int next = s.units[s.tokens[t + 1].unit].token_end;
  while (next < n && s.tokens[next].tag.starts_with("RB")) ++next;
  if (next >= n) return false;
  std::string_view tag = s.tokens[next].tag;
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
}

// dyad: "summoned Norway's envoy after the speaker of the Norwegian
// parliament voiced support": a conjunction of time or cause that opens a
// clause with its own subject and verb ends what the verb's patterns read.
bool OpensAdverbialClause(const Sentence& s, int t) {
  const Token& tok = s.tokens[t];
  if (tok.tag != "IN" || !EqualsAnyIgnoreCase(tok.text, {"after", "before", "as", "when", "while",
                                                         "because", "since", "until", "once"})) {
    return false;
  }
  return SubjectAndVerbAfter(s, t);
}

// dyad: "signed a statement in which Kim reaffirmed ...": so does a relative
// pronoun with a subject of its own after it; that clause's parties and
// words are its own.
bool OpensRelativeClause(const Sentence& s, int t) {
  const Token& tok = s.tokens[t];
  if ((tok.tag != "WDT" && tok.tag != "WP") ||
      !EqualsAnyIgnoreCase(tok.text, {"which", "who", "whom"}))
    return false;
  return SubjectAndVerbAfter(s, t);
}

void VerbPhraseCoder::CollectSequences(int start, int end, int vp_end) {
  x_.lower.clear();
  x_.before.clear();
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (int t = end + 1; t < vp_end; ++t) {
    if (dyad && (OpensAdverbialClause(s_, t) || OpensRelativeClause(s_, t))) break;
    if (s_.IsWord(t)) x_.lower.push_back(t);
  }
  for (int t = start - 1; t >= 0; --t) {
    if (!s_.IsWord(t)) continue;
    const Token& tok = s_.tokens[t];
    if (tok.unit < 0 && tok.tag == ",") break;  // the clause ends at a comma
    // dyad: "quit after government supporters attacked demonstrators": the
    // conjunction that opens the verb's own clause ends it too.
    if (dyad && OpensAdverbialClause(s_, t)) break;
    x_.before.push_back(t);
  }
}

// The most specific pattern of the chosen forms' blocks that matches
// (on ties the later entry, as a later definition overrides an earlier one).
int VerbPhraseCoder::BestPattern(const std::vector<int>& forms, PatternBinding* binding) {
  if (x_.pattern_stamp.size() < dicts_.verbs.num_patterns()) {
    x_.pattern_stamp.assign(dicts_.verbs.num_patterns(), 0);
  }
  uint32_t gen = ++x_.generation;
  x_.candidates.clear();
  auto add = [&](int p) {
    if (x_.pattern_stamp[p] != gen) {
      x_.pattern_stamp[p] = gen;
      x_.candidates.push_back(p);
    }
  };
  bool dyad_files = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (int f : forms) {
    const dict::VerbBlock& block = dicts_.verbs.block(dicts_.verbs.form(f).block);
    for (const auto* seq : {&x_.lower, &x_.before}) {
      for (int t : *seq) {
        auto it = block.by_anchor.find(s_.tokens[t].word);
        if (it != block.by_anchor.end()) {
          for (int p : it->second) add(p);
        }
        // "expelled 300,000 migrants" as "expelled thousands of migrants".
        std::string_view number = dyad_files ? NumberWord(s_.tokens[t]) : std::string_view();
        for (std::string_view word :
             {std::string_view("THOUSANDS"), std::string_view("HUNDREDS")}) {
          if (number.empty() || (word == "THOUSANDS" && number != word)) continue;
          it = block.by_anchor.find(dicts_.vocabulary.Find(word));
          if (it == block.by_anchor.end()) continue;
          for (int p : it->second) add(p);
        }
      }
    }
    for (int p : block.unanchored) add(p);
  }
  std::sort(x_.candidates.begin(), x_.candidates.end());
  int best = -1;
  bool best_coded = false;
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  PatternBinding b;
  for (int p : x_.candidates) {
    const dict::Pattern& pattern = dicts_.verbs.pattern(p);
    if (best >= 0 && pattern.specificity < dicts_.verbs.pattern(best).specificity) continue;
    if (!MatchPattern(dicts_, pattern, s_, x_.lower, x_.before, &b)) continue;
    // dyad: of equally specific patterns, one that binds a coded target wins
    // over one that binds an uncoded phrase ("sent condolences to Bush over
    // the attacks": "* to TARGET", not "* over TARGET").
    bool coded = b.target < 0 || IsCodedUnit(b.target);
    if (dyad && best >= 0 && pattern.specificity == dicts_.verbs.pattern(best).specificity &&
        best_coded && !coded) {
      continue;
    }
    // ... and of two that bind coded targets, the one whose target comes
    // before the other's words ("accused agents of the Indian government of
    // ... on Canadian soil": "* TARGET of", not "* on TARGET"; but "violated
    // the UN arms embargo on Libya": "* embargo on TARGET").
    if (dyad && best >= 0 && pattern.specificity == dicts_.verbs.pattern(best).specificity &&
        best_coded && coded && b.target >= 0 && binding->target >= 0 &&
        s_.units[b.target].token_begin > s_.units[binding->target].token_begin &&
        b.first_word >= s_.units[binding->target].token_end) {
      continue;
    }
    best = p;
    best_coded = coded;
    *binding = b;
  }
  return best;
}

// dyad: a target a pattern bound that has no code gives way to the verb's
// coded direct object ("commended Kenya for leading the mission"), else to
// the coded phrase its prepositional phrases lead to ("voiced pessimism about
// relations with the United States"), if any.
int VerbPhraseCoder::ThroughPrepositions(int unit) const {
  static constexpr std::string_view kLinks[] = {"of",   "with", "between", "against", "on",
                                                "over", "to",   "toward",  "towards", "from",
                                                "for",  "into", "about",   "among",   "upon"};
  if (unit < 0 || IsCodedUnit(unit) || dicts_.format != dict::Dictionaries::Format::kDyad)
    return unit;
  if (!x_.lower.empty()) {
    int object = s_.tokens[x_.lower.front()].unit;
    // ... a named one: not "pulled back troops from the border with India".
    if (object >= 0 && object != unit && IsCodedUnit(object) &&
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

std::string_view VerbPhraseCoder::UnitCode(int unit) const {
  const Unit& u = s_.units[unit];
  return u.compound ? std::string_view() : std::string_view(s_.phrases[u.phrase_begin].code);
}

// An event with the verb's provenance filled in.
Event VerbPhraseCoder::Proto(int start, int end, bool passive, int pattern) const {
  Event proto;
  proto.passive = passive;
  proto.future = future_;
  proto.negated = negated_;
  proto.hypothetical = hypothetical_;
  proto.verb_tokens = TokenRange{start, end + 1};
  for (int t = start; t <= end; ++t) {
    if (!proto.verb_text.empty()) proto.verb_text += ' ';
    proto.verb_text += s_.tokens[t].text;
  }
  proto.verb_entry = dicts_.diagnostics.Describe(dicts_.verbs.form(x_.forms.back()).where);
  if (pattern >= 0) {
    proto.pattern = dicts_.verbs.pattern(pattern).text;
    proto.pattern_entry = dicts_.diagnostics.Describe(dicts_.verbs.pattern(pattern).where);
  }
  return proto;
}

// Whether a pattern names a negation word itself, directly or in a synset.
bool VerbPhraseCoder::MentionsNegation(const dict::Pattern& p) const {
  for (const auto* part : {&p.before, &p.after}) {
    for (const dict::PatternElement& e : *part) {
      if (e.kind == dict::ElementKind::kWord && IsNegationWord(dicts_.vocabulary.Word(e.id)))
        return true;
      if (e.kind != dict::ElementKind::kSynset) continue;
      for (const auto& member : dicts_.verbs.synset(e.id).members) {
        for (dict::WordId w : member) {
          if (IsNegationWord(dicts_.vocabulary.Word(w))) return true;
        }
      }
    }
  }
  return false;
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

// "each other's diplomats", "one another": a phrase that names the members
// of a compound by their relation to each other.
bool VerbPhraseCoder::IsReciprocal(int unit) const {
  int t = s_.units[unit].token_begin;
  if (t + 1 >= static_cast<int>(s_.tokens.size())) return false;
  return (EqualsIgnoreCase(s_.tokens[t].text, "each") &&
          EqualsIgnoreCase(s_.tokens[t + 1].text, "other")) ||
         (EqualsIgnoreCase(s_.tokens[t].text, "one") &&
          EqualsIgnoreCase(s_.tokens[t + 1].text, "another"));
}

// A unit with a code: a phrase with a non-null code, or a compound with at
// least one coded member.
bool VerbPhraseCoder::IsCodedUnit(int unit) const {
  const Unit& u = s_.units[unit];
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    if (!IsNullCode(s_.phrases[p].code)) return true;
  }
  return false;
}

// A compound, or a phrase the resolver read as two actors ("the two
// leaders": "FRAGOV/USAGOV").
bool VerbPhraseCoder::IsGroup(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound) return true;
  const Phrase& p = s_.phrases[u.phrase_begin];
  return !p.antecedent.empty() && p.code.find('/') != std::string::npos;
}

// The first unit after the verb that has a code (or is a compound), else the first unit.
int VerbPhraseCoder::FindTarget(const VerbPhrase& vp) const {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  // The verb's own objects first, then the clauses nested in its phrase.
  for (int t : x_.lower) {
    int unit = s_.tokens[t].unit;
    if (t >= vp.embedded_clause) break;
    if (unit >= 0 && IsCodedUnit(unit) && !(dyad && (IsBrokerAgent(unit) || NamesWhat(unit))))
      return unit;
  }
  int first = -1;
  for (int t : x_.lower) {
    // dyad: "declared a state of emergency after a gang leader escaped": an
    // adverbial clause is an event of its own, and names no party of this one.
    if (dyad && t >= vp.embedded_clause && IsAdverbialConjunction(t)) break;
    int unit = s_.tokens[t].unit;
    if (unit < 0 || (dyad && (IsBrokerAgent(unit) || NamesWhat(unit)))) continue;
    if (IsCodedUnit(unit)) return unit;
    if (first < 0) first = unit;
  }
  return first;
}

// "condemned what it called Indian strikes": who names the thing ("it"),
// and "what", are not what the verb acts on; the name after them is.
bool VerbPhraseCoder::NamesWhat(int unit) const {
  const Unit& u = s_.units[unit];
  int n = static_cast<int>(s_.tokens.size());
  auto is_what = [&](int t) { return t >= 0 && EqualsIgnoreCase(s_.tokens[t].text, "what"); };
  if (is_what(u.token_begin)) return true;
  return is_what(u.token_begin - 1) && u.token_end < n &&
         EqualsAnyIgnoreCase(s_.tokens[u.token_end].text,
                             {"called", "calls", "termed", "terms", "described", "dubbed"});
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
// Whether `unit` is where something goes: "into Kathmandu", "to Kyiv".
bool VerbPhraseCoder::IsDestination(int unit) const {
  if (unit < 0) return false;
  int first = s_.units[unit].token_begin;
  return first > 0 && EqualsAnyIgnoreCase(s_.tokens[first - 1].text, {"into", "to"});
}

bool VerbPhraseCoder::IsMeetingPlace(int unit, std::string_view code) const {
  int first = s_.units[unit].token_begin;
  if (first == 0 || code.size() < 2 || code.substr(0, 2) >= "14") return false;
  return EqualsAnyIgnoreCase(s_.tokens[first - 1].text, {"in", "near", "inside"});
}

// "the two countries will reopen their embassies": a phrase that a group's
// "their" owns names the group's members, each the other's party.
bool VerbPhraseCoder::IsTheirOwn(int target) const {
  if (target < 0 || s_.units[target].compound) return false;
  return EqualsIgnoreCase(s_.tokens[s_.units[target].token_begin].text, "their");
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

// dyad: "bombed a school bus, killing 40 children": an attack whose target
// names no one hit the victims that a removed casualty clause counts
// (---CVL); so did one that names only where it happened when the victims
// are a country's ("a school bus in northern Yemen, killing 40 Yemeni
// children": YEMCVL, not YEM).
int VerbPhraseCoder::VictimsIfNoOneHit(int target) const {
  if (s_.casualty_begin < 0) return target;
  bool coded = target >= 0 && IsCodedUnit(target);
  if (coded && !s_.phrases[s_.units[target].phrase_begin].place) return target;
  for (int u = 0; u < static_cast<int>(s_.units.size()); ++u) {
    const Unit& unit = s_.units[u];
    if (unit.token_begin <= s_.casualty_begin || unit.token_end > s_.casualty_end ||
        !IsCodedUnit(u))
      continue;
    // The first coded ("more than [100 civilians]").
    bool national = !s_.phrases[unit.phrase_begin].code.starts_with("---");
    return !coded || national ? u : target;
  }
  return target;
}

// "..., accusing it of ...": a participle right after a comma, without a
// subject of its own.
bool VerbPhraseCoder::IsTrailingParticiple(const VerbPhrase& vp) const {
  if (s_.tokens[vp.verb_token].tag != "VBG" || vp.subject_begin != vp.subject_end) return false;
  int t = vp.verb_token - 1;
  while (t >= 0 && s_.tokens[t].deleted) --t;
  return t >= 0 && s_.tokens[t].tag == ",";
}

// "..., and urged Pyongyang to ...": a verb without a subject of its own
// right after a comma and "and" or "but" (adverbs between).
bool VerbPhraseCoder::IsPredicateAfterCommaAnd(const VerbPhrase& vp) const {
  if (vp.subject_begin != vp.subject_end) return false;
  int t = vp.verb_token - 1;
  while (t >= 0 && s_.tokens[t].tag.starts_with("RB")) --t;
  return t >= 1 && s_.tokens[t].tag == "CC" && s_.tokens[t - 1].tag == ",";
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

// Whether the verb has a subject of its own, a noun phrase (no pronoun) that
// nothing codes.
bool VerbPhraseCoder::HasUncodedNounSubject(const VerbPhrase& vp) const {
  if (vp.subject_end - vp.subject_begin != 1 || IsCodedUnit(vp.subject_begin)) return false;
  const Unit& u = s_.units[vp.subject_begin];
  std::string_view head = s_.tokens[u.token_end - 1].tag;
  return !s_.tokens[u.token_begin].deleted && head.starts_with("NN");
}

// A unit that only says when: "yesterday", "last week", "Monday night".
bool VerbPhraseCoder::IsTimeExpression(int unit) const {
  static constexpr std::string_view kTimeWords[] = {
      "yesterday", "today",     "tomorrow", "tonight", "now",      "morning", "afternoon",
      "evening",   "night",     "week",     "weekend", "month",    "year",    "monday",
      "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",  "last",
      "next",      "this",      "the",      "earlier", "later",    "day",     "days"};
  const Unit& u = s_.units[unit];
  bool time_word = false;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    std::string_view w = s_.tokens[t].text;
    if (s_.tokens[t].tag == "CD") continue;  // "four hours", "48 hours"
    if (EqualsAnyIgnoreCase(w, {"hour", "hours", "minutes", "weeks", "months", "years"})) {
      time_word = true;
      continue;
    }
    bool known = false;
    for (std::string_view k : kTimeWords) known |= EqualsIgnoreCase(w, k);
    if (!known) return false;
    time_word |= !EqualsIgnoreCase(w, "the") && !EqualsIgnoreCase(w, "this") &&
                 !EqualsIgnoreCase(w, "last") && !EqualsIgnoreCase(w, "next");
  }
  return time_word;
}

// "A car bomb killed 12 soldiers", "the blast wounded ...": an uncoded phrase
// whose head is a weapon, blast or attack names what struck, not who; as the
// subject of a violent verb its author is an unidentified armed force.
bool VerbPhraseCoder::IsUnattributedWeapon(int unit) const {
  static constexpr std::string_view kWeapons[] = {
      "bomb",       "bombs",     "bombing",   "bombings",   "blast",   "blasts",  "explosion",
      "explosions", "device",    "devices",   "ied",        "ieds",    "grenade", "grenades",
      "landmine",   "landmines", "mine",      "mines",      "attack",  "attacks", "ambush",
      "shooting",   "shootings", "gunfire",   "rocket",     "rockets", "missile", "missiles",
      "shell",      "shells",    "shelling",  "mortar",     "mortars", "drone",   "drones",
      "strike",     "strikes",   "airstrike", "airstrikes", "raid",    "raids"};
  const Unit& u = s_.units[unit];
  if (u.compound || IsCodedUnit(unit)) return false;
  int head = u.token_end - 1;
  while (head > u.token_begin && s_.tokens[head].tag == "POS") --head;
  for (std::string_view w : kWeapons) {
    if (EqualsIgnoreCase(s_.tokens[head].text, w)) return true;
  }
  return false;
}

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

bool IsFightingNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"fighting", "war", "clashes", "conflict", "hostilities", "battle",
                                 "battles", "skirmishes"});
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

// Whether `word` (upper case) reads as a plural of a people ("AUSTRALIANS",
// "ISRAELIS", "BRITONS", "FILIPINOS", "FRENCHMEN"), not a country's own name
// ("YEMEN").
bool IsPeoplePlural(std::string_view word) {
  return word.ends_with("ANS") || word.ends_with("IS") || word.ends_with("ONS") ||
         word.ends_with("NOS") || word.ends_with("HMEN") || word.ends_with("SMEN");
}

// Whether one of `parties` is a state body (GOV, MIL, COP, ELI, LEG, JUD) of
// the country `code`.
bool StateBodyOf(const std::vector<Party>& parties, std::string_view code) {
  return std::any_of(parties.begin(), parties.end(), [code](const Party& p) {
    if (p.code.size() != 6 || p.code.compare(0, 3, code) != 0) return false;
    std::string_view role = std::string_view(p.code).substr(3);
    return role == "GOV" || role == "MIL" || role == "COP" || role == "ELI" || role == "LEG" ||
           role == "JUD";
  });
}

// Whether one of `parties` has the country of `code` ("CAN" of "CANCVL").
bool SameCountry(const std::vector<Party>& parties, std::string_view code) {
  if (code.size() < 3 || code.starts_with("---")) return false;
  return std::any_of(parties.begin(), parties.end(), [code](const Party& p) {
    return p.code.size() >= 3 && p.code.compare(0, 3, code.substr(0, 3)) == 0;
  });
}

// Pledges of aid and aid given (033, 0331-0333, 070-073).
bool IsAidPledge(std::string_view code) {
  return code == "033" || code == "0331" || code == "0332" || code == "0333" || code == "070" ||
         code == "071" || code == "072" || code == "073";
}

// dyad: "The European Union offered 500 million euros" in a story about a
// country's floods: aid pledged to no one named goes to the country the
// article is about (PhraseResolver::ResolveRecipient), not to the giver's own.
bool VerbPhraseCoder::PledgeToTheArticlesCountry(int source, const std::string& code,
                                                 const Event& proto) {
  std::string recipient, antecedent;
  if (resolver_ == nullptr || !resolver_->ResolveRecipient(&recipient, &antecedent) ||
      SameCountry(PartiesOf(source), recipient))
    return false;
  unnamed_ = std::move(recipient);
  MakeEvents(source, /*target=*/-1, code, /*passive=*/false, proto);
  unnamed_ = "---";
  return true;
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
// denial (016), praise (051).
bool ReactsToDeed(std::string_view code) {
  return code.starts_with("11") || code.starts_with("12") || code.starts_with("051") ||
         code == "016";
}

// dyad: "Saudi Arabia condemned the strikes": a reaction whose target names
// no one acts on the author of the deed its uncoded object names, if the
// document told it (PhraseResolver::ResolveDeed); returns the target to use.
int VerbPhraseCoder::DeedObject(int target) {
  if (x_.lower.empty()) return target;
  int object = s_.tokens[x_.lower.front()].unit;
  if (object < 0 || s_.units[object].compound || IsCodedUnit(object)) return target;
  if (CoupInACountry(object)) return object;
  // "condemned the strike as an aggression against Iraq": what the deed was
  // called names no one it is aimed at.
  bool named_as = false;
  for (int t = s_.units[object].token_end; target >= 0 && t < s_.units[target].token_begin; ++t)
    named_as |= EqualsIgnoreCase(s_.tokens[t].text, "as");
  if (resolver_ == nullptr || (target >= 0 && IsCodedUnit(target) && !named_as)) return target;
  const Unit& u = s_.units[object];
  Phrase& phrase = s_.phrases[u.phrase_begin];
  std::string code;
  if (!resolver_->ResolveDeed(x_.resolving.words, u.token_begin, u.token_end, &code,
                              &phrase.antecedent))
    return target;
  phrase.code = std::move(code);
  return object;
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

// dyad: the phrase a relative pronoun subject stands for ("anyone who
// attacked it": "anyone"), else -1.
int VerbPhraseCoder::RelativeAntecedent(const VerbPhrase& vp) const {
  // "infrastructure that supports": a bare "that" or "which" before the verb.
  int before = vp.verb_token - 1;
  while (before >= 0 && s_.tokens[before].tag.starts_with("RB")) --before;
  // ... or after a comma ("the ministry, which oversees the police").
  int antecedent_end = before >= 2 && s_.tokens[before - 1].tag == "," ? before - 2 : before - 1;
  if (before >= 1 && s_.tokens[before].tag == "WDT" && s_.tokens[before].unit < 0 &&
      s_.tokens[antecedent_end].unit >= 0) {
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
  for (int unit = vp.subject_begin; unit < vp.subject_end; ++unit) {
    bool gone = s_.tokens[s_.units[unit].token_begin].deleted;
    if (!gone && IsCodedUnit(unit) && !same_as_target(unit)) return unit;
  }
  int fallback = -1;
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  if (int antecedent = dyad ? RelativeAntecedent(vp) : -1;
      antecedent >= 0 && !same_as_target(antecedent)) {
    return antecedent;
  }
  for (int t : x_.before) {
    int unit = s_.tokens[t].unit;
    if (unit < 0 || same_as_target(unit)) continue;
    // "went to his parliament to ask": who acts is not the object of a preposition.
    int first = s_.units[unit].token_begin;
    if (dyad && first > 0 && (s_.tokens[first - 1].tag == "IN" || s_.tokens[first - 1].tag == "TO"))
      continue;
    if (IsCodedUnit(unit)) return unit;
    if (fallback < 0) fallback = unit;
  }
  return fallback;
}

// "\"THE MINISTRY OF MAGIC\"" for an uncoded phrase when new actors are on.
std::string VerbPhraseCoder::NewActorText(int unit) const {
  const Unit& u = s_.units[unit];
  if (options_.new_actor_length <= 0 || u.compound) return {};
  std::string text;
  int words = 0;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (s_.tokens[t].tag == "POS") continue;
    if (!text.empty()) text += ' ';
    AppendUpperAscii(s_.tokens[t].text, &text);
    ++words;
  }
  if (words > options_.new_actor_length) return {};
  return "\"" + text + "\"";
}

// The codes a unit stands for: its phrase's code, or each coded member of a
// compound; "A/B" codes stand for both A and B.
std::vector<Party> VerbPhraseCoder::PartiesOf(int unit) const {
  if (unit < 0) return {Party{unnamed_, -1}};  // an actor the sentence does not name
  std::vector<Party> parties;
  const Unit& u = s_.units[unit];
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    std::string_view code = s_.phrases[p].code;
    // "visited Beijing", "arrived in Moscow": a visit goes to the country.
    if (unit == visited_ && !s_.phrases[p].capital_of.empty()) code = s_.phrases[p].capital_of;
    if (u.compound && IsNullCode(code)) continue;
    while (true) {
      size_t slash = code.find('/');
      parties.push_back(Party{std::string(code.substr(0, slash)), p});
      if (slash == std::string_view::npos) break;
      code.remove_prefix(slash + 1);
    }
  }
  if (parties.empty()) parties.push_back(Party{"---", -1});
  if (parties.size() == 1 && IsNullCode(parties[0].code)) {
    std::string text = NewActorText(unit);
    if (!text.empty()) parties[0].code = text;
  }
  return parties;
}

ActorProvenance VerbPhraseCoder::Provenance(const Party& party, int unit) const {
  ActorProvenance out;
  if (unit < 0) return out;
  out.text = s_.UnitText(unit);
  if (party.phrase < 0) return out;
  const Phrase& phrase = s_.phrases[party.phrase];
  const dict::Diagnostics& d = dicts_.diagnostics;
  out.actor = phrase.actor;
  if (phrase.actor >= 0) out.entry = d.Describe(dicts_.actors.actors()[phrase.actor].where);
  out.antecedent = phrase.antecedent;
  for (int agent : phrase.agents)
    out.agents.push_back(d.Describe(dicts_.agents.agents()[agent].where));
  return out;
}

// "Cameron asked parliament": a legislature, judiciary, opposition or police
// named without a country belongs to the government, people or institution
// of a country that deals with it; so does a government named without a
// country that a country's own opposition, people or institutions deal with
// ("Bangladesh's opposition called off a blockade after talks with the
// government"). Returns
// `p`, or `scratch` holding `p` with the country of `other`; copies only then.
const Party& WithCountryOf(const Party& other, const Party& p, Party* scratch) {
  const std::string& code = p.code;
  if (code.size() != 6 || !code.starts_with("---") || other.code.size() < 6) return p;
  std::string_view role = std::string_view(code).substr(3);
  if (role != "LEG" && role != "JUD" && role != "OPP" && role != "COP" && role != "GOV") return p;
  std::string_view country = std::string_view(other.code).substr(0, 3);
  if (country == "---" || country == "IGO" || country == "NGO" || country == "IMG") return p;
  // ... and the police and parliament that a country's own people, courts
  // or parties deal with are theirs ("Kenyan protesters stormed parliament").
  std::string_view other_role = std::string_view(other.code).substr(3, 3);
  bool domestic = false;
  for (std::string_view r : {"GOV", "CVL", "JUD", "LEG", "COP", "OPP", "LAB", "EDU", "MED"})
    domestic |= other_role == r;
  if (!domestic || role == other_role) return p;
  *scratch = p;
  scratch->code.replace(0, 3, country);
  return *scratch;
}

// dyad: "We will stand up for Canadians," Trudeau said: a state body's
// statements, appeals, cooperation, aid or visits (01-07), and its sanctions
// (16), are not for its own country as a whole (a target that slipped);
// investigations, demands, releases, force may be.
bool ActsOnOwnCountry(std::string_view a, std::string_view b, std::string_view code) {
  if (a.size() < 3 || b.size() < 3 || a.substr(0, 3) != b.substr(0, 3) || a.starts_with("---") ||
      (a.size() == 3) == (b.size() == 3))
    return false;
  std::string_view role = a.size() > 3 ? a.substr(3) : b.substr(3);
  if (role != "GOV" && role != "MIL" && role != "ELI" && role != "LEG" && role != "JUD")
    return false;
  return code < "08" || code.starts_with("16");
}

void VerbPhraseCoder::AddEvents(const std::vector<Party>& src, const std::vector<Party>& tgt,
                                std::string_view code, const Event& proto, int src_unit,
                                int tgt_unit) {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  Party scratch_a, scratch_b;
  for (const Party& a0 : src) {
    for (const Party& b0 : tgt) {
      const Party& a = dyad ? WithCountryOf(b0, a0, &scratch_a) : a0;
      const Party& b = dyad ? WithCountryOf(a0, b0, &scratch_b) : b0;
      if (a.code == b.code) continue;  // no self-reference
      if (dyad && ActsOnOwnCountry(a.code, b.code, code)) continue;
      if (options_.require_dyad && (a.code == "---" || b.code == "---")) continue;
      bool duplicate = false;
      for (const Event& e : result_->events) {
        duplicate |= e.source == a.code && e.target == b.code && e.code == code;
      }
      if (duplicate) continue;
      Event e = proto;
      e.source = a.code;
      e.target = b.code;
      e.code = std::string(code);
      e.source_info = Provenance(a, src_unit);
      e.target_info = Provenance(b, tgt_unit);
      e.source_tokens = TokensOf(src_unit);
      e.target_tokens = TokensOf(tgt_unit);
      result_->events.push_back(std::move(e));
      x_.event_blocks.push_back(block_);
    }
  }
}

// Events between every source and target code; "X:Y" codes are symmetric
// (source->target X, target->source Y); a passive verb swaps the two sides.
void VerbPhraseCoder::MakeEvents(int source, int target, const std::string& full_code, bool passive,
                                 Event proto) {
  std::string code = full_code;
  size_t split = code.find(':');
  if (split != std::string::npos &&
      dicts_.verbs.colon_codes() == dict::ColonCodes::kActivePassive) {
    // "active:passive": a verb with only a passive reading ("faces pressure
    // from X" = X pressures the subject) is coded as if it were passive.
    std::string active = code.substr(0, split), passive_code = code.substr(split + 1);
    if (active.empty()) passive = true;
    code = passive && !passive_code.empty() ? passive_code : active;
    proto.passive = passive;
    if (code.empty()) return;
  }
  if (passive) std::swap(source, target);
  std::vector<Party> src = PartiesOf(source);
  std::vector<Party> tgt = PartiesOf(target);
  // dyad: "deported tens of thousands of Haitians", "killed hundreds of
  // Israelis": a crowd of a country's people acted upon is the country; so
  // is an attack ("condemned Indian missile strikes").
  // ... unless its own country's actor acts on them ("Trudeau urged
  // Canadians": CANCVL, not Canada).
  for (Party& p : tgt) {
    if (dicts_.format == dict::Dictionaries::Format::kDyad && p.phrase >= 0 &&
        (s_.phrases[p.phrase].crowd || s_.phrases[p.phrase].attack) && p.code.size() > 3 &&
        !(s_.phrases[p.phrase].crowd && SameCountry(src, p.code)))
      p.code.resize(3);
    // "the air force evacuated injured Australians": its own people named by
    // a plural are its civilians, not the country.
    if (dicts_.format == dict::Dictionaries::Format::kDyad && p.phrase >= 0 && p.code.size() == 3 &&
        p.code != "---" && StateBodyOf(src, p.code)) {
      const Phrase& ph = s_.phrases[p.phrase];
      if (ph.word_end > ph.word_begin &&
          IsPeoplePlural(dicts_.vocabulary.Word(s_.phrase_words[ph.word_end - 1])))
        p.code += "CVL";
    }
  }
  // dyad: "Russia massed troops near the border", "India deployed soldiers to
  // Ladakh": a country that moves its troops acts through its military.
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && code == "154" &&
      src.size() == 1 && src[0].code.size() == 3 && src[0].code != "---" &&
      MovesOwnTroops(src[0].code)) {
    src[0].code += "MIL";
  }
  // dyad: "Canada and India expelled each other's diplomats": each member of
  // the source acts on the others' (with the target's role).
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && src.size() > 1 &&
      tgt.size() == 1 && target >= 0 && target != source && IsReciprocal(target) &&
      code.find(':') == std::string::npos) {
    std::string role = tgt[0].code.size() > 3 ? tgt[0].code.substr(3) : std::string();
    for (const Party& a : src) {
      std::vector<Party> others;
      for (const Party& b : src) {
        if (b.code == a.code || b.code.size() < 3) continue;
        others.push_back(Party{b.code.substr(0, 3) + role, tgt[0].phrase});
      }
      AddEvents({a}, others, code, proto, source, target);
    }
    return;
  }
  size_t colon = code.find(':');
  if (colon == std::string::npos) return AddEvents(src, tgt, code, proto, source, target);
  if (src[0].code == "---" || tgt[0].code == "---") {
    if (tgt[0].code == "---") {
      tgt = src;
      target = source;
    } else {
      src = tgt;
      source = target;
    }
  }
  AddEvents(src, tgt, std::string_view(code).substr(0, colon), proto, source, target);
  AddEvents(tgt, src, std::string_view(code).substr(colon + 1), proto, target, source);
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

// The verb form whose code applies when no pattern matches: PETRARCH files
// let the last definition win; dyad's take the first block with a code, and
// a reporting block's form when the verb is one ("admit" is also 08).
int VerbPhraseCoder::FallbackForm() const {
  if (dicts_.format != dict::Dictionaries::Format::kDyad) return x_.forms.back();
  for (int f : x_.spread) {
    if (!IsNullCode(dicts_.verbs.form(f).code)) return f;
  }
  for (int f : x_.forms) {
    if (dicts_.verbs.IsReportingBlock(dicts_.verbs.form(f).block)) return f;
  }
  for (int f : x_.forms) {
    if (!IsNullCode(dicts_.verbs.form(f).code)) return f;
  }
  return x_.forms.front();
}

bool VerbPhraseCoder::Code(const VerbPhrase& vp) {
  int participle = vp.passive_verb;
  bool passive = participle >= 0;
  int verb = passive ? participle : vp.verb_token;
  int start = verb, end = verb;
  visited_ = -1;
  if (!ChooseVerbForms(verb, &start, &end)) return false;
  if (IsNominalWithoutAgent(verb, vp.end_token)) return false;
  const dict::VerbForm& form = dicts_.verbs.form(FallbackForm());
  block_ = form.block;
  source_ = -1;
  // A passive participle sees its auxiliary ("+ WAS * DEAD IN $").
  CollectSequences(passive ? start : std::min(start, vp.clause_start), end, vp.end_token);
  PatternBinding binding;
  int pattern = BestPattern(x_.forms, &binding);
  // Forms that match across modifiers speak when the others say nothing or
  // that this use is no event ("opened formal peace talks": not "* talks"
  // of "open" as in opening an inquiry, but "open talks"), and when the
  // others' pattern matches only words past the spread form's and is less
  // specific than it with its words ("sent his condolences to Bush over the
  // attacks in": "send condolences" + "* to TARGET", not "* &ATTACK in").
  if (!x_.spread.empty()) {
    PatternBinding spread_binding;
    int spread = BestPattern(x_.spread, &spread_binding);
    bool spread_coded = std::any_of(x_.spread.begin(), x_.spread.end(),
                                    [&](int f) { return !IsNullCode(dicts_.verbs.form(f).code); });
    const dict::VerbForm& spread_form = dicts_.verbs.form(x_.spread.front());
    const dict::VerbForm& exact_form = dicts_.verbs.form(x_.forms.front());
    int extra = static_cast<int>(spread_form.before.size() + spread_form.after.size()) -
                static_cast<int>(exact_form.before.size() + exact_form.after.size());
    int spread_score = 2 * extra + (spread >= 0 ? dicts_.verbs.pattern(spread).specificity : 0);
    bool take = false;
    if (pattern < 0 || IsNullCode(dicts_.verbs.pattern(pattern).code)) {
      take = spread >= 0 || spread_coded;
    } else if (binding.first_word < 0 || binding.first_word > x_.spread_end) {
      take =
          (spread >= 0 || spread_coded) && spread_score > dicts_.verbs.pattern(pattern).specificity;
    }
    if (take && spread >= 0) {
      pattern = spread;
      binding = spread_binding;
    } else if (take) {
      pattern = -1;  // FallbackForm chose the spread form's code
      binding = PatternBinding{};
    }
  }
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  if (pattern >= 0) block_ = dicts_.verbs.pattern(pattern).block;
  std::string code;
  if (pattern >= 0 && !IsNullCode(dicts_.verbs.pattern(pattern).code)) {
    code = dicts_.verbs.pattern(pattern).code;
  } else if (pattern >= 0 && dyad) {
    // A "---" pattern says this use of the verb is no event; its subject
    // still acts in a participle after the clause ("seized power in a coup,
    // detaining elected leader Aung San Suu Kyi").
    if (int src = FindSource(vp, -1); src >= 0 && !IsTrailingParticiple(vp)) clause_source_ = src;
    return true;
  } else if (!IsNullCode(form.code)) {
    code = form.code;
    pattern = -1;
    binding = PatternBinding{};
  } else {
    return false;
  }
  // "did not meet" is no meeting, unless the pattern itself speaks of the
  // negation ("- NOT * TIES [112]").
  negated_ = (vp.negated || (dyad && DeniesIntention(s_, vp.verb_token))) &&
             (pattern < 0 || !MentionsNegation(dicts_.verbs.pattern(pattern)));
  // dyad: a possibility, condition or question is no event (the article
  // layer, which keeps them, labels them).
  hypothetical_ = dyad && StatesHypothesis(s_, vp.verb_token);
  if ((negated_ || hypothetical_) && !options_.keep_negated) return true;
  // A visit, and troops arriving to keep the peace or to train (074, 072),
  // go to the country of the capital they arrive in.
  bool visit = dyad && (code == "042" || code == "074" || code == "072");
  // "will meet" -> CAMEO's intent to meet (dyad's dictionaries carry the table).
  future_ = !dicts_.intent_codes.empty() && StatesFuture(s_, vp.verb_token);
  if (future_) code = IntentCode(dicts_, code);
  // A compound bound before the verb ("% HAVE *") acts on its own members.
  if (binding.compound >= 0 && binding.compound == binding.source && binding.target < 0) {
    binding.target = binding.compound;
  }
  // dyad: "Israel was criticised by the UN for ...": a pattern's TARGET that
  // lands on the passive's "by" agent is who acted, not who was acted on; the
  // passive reading stands.
  if (dyad && passive && vp.passive_agent && binding.target >= 0 && binding.source < 0) {
    int first = s_.units[binding.target].token_begin;
    if (first > 0 && EqualsIgnoreCase(s_.tokens[first - 1].text, "by")) binding.target = -1;
  }
  // ... and without a "by" agent ("Abe was shot while giving a speech"), a
  // TARGET after the participle of a violent verb is no party: the subject
  // suffered the attack ("is worried about China" keeps its target).
  if (dyad && passive && !vp.passive_agent && IsViolence(code) && binding.target >= 0 &&
      binding.source < 0 && s_.units[binding.target].token_begin > verb) {
    binding.target = -1;
  }
  bool pattern_bound = binding.source >= 0 || binding.target >= 0;
  if (passive && !vp.passive_agent && !pattern_bound) {
    // "Four civilians were killed in the shelling": the subject suffered the
    // event; who did it is not said.
    int victim = FindSource(vp, -1);
    source_ = victim;
    if (victim < 0) return true;
    // dyad: "at least 10 people were killed in the unrest", "39 people were
    // injured": a death or an injury that names no attack (the verb's own
    // code, no pattern) is a toll, not an act of an unseen armed force ("was
    // shot dead" still is one).
    if (dyad && pattern < 0 &&
        EqualsAnyIgnoreCase(s_.tokens[verb].text, {"killed", "slain", "injured", "hurt"}))
      return true;
    // dyad: whoever shot, bombed or ambushed unseen is an unidentified armed
    // force ("Fico was shot and wounded": ---UAF SVKGOV).
    unnamed_ = dyad && IsViolence(code) ? "---UAF" : "---";
    MakeEvents(victim, /*target=*/-1, code, /*passive=*/true, Proto(start, end, passive, pattern));
    unnamed_ = "---";
    return true;
  }
  // A pattern that binds an actor was written for the surface order: no swap.
  if (pattern_bound) passive = false;
  // dyad: "condemned what it called ...": a pattern's target is not "what".
  if (dyad && binding.target >= 0 && NamesWhat(binding.target)) binding.target = -1;
  int target = binding.target;
  if (target < 0) {
    target = FindTarget(vp);
  } else if (const auto& after = dicts_.verbs.pattern(pattern).after;
             dyad && !after.empty() && after.back().kind == dict::ElementKind::kTarget) {
    // "* about TARGET", not "* TARGET with": a bound target that names no
    // one leads on (ThroughPrepositions), else leaves the target to the
    // nearest coded phrase, as without a pattern ("voiced optimism in
    // Nairobi that ... Congo").
    target = ThroughPrepositions(target);
    if (!IsCodedUnit(target)) {
      int found = FindTarget(vp);
      if (found >= 0 && IsCodedUnit(found)) target = found;
    }
  }
  if (dyad && IsViolence(code)) target = VictimsIfNoOneHit(target);
  // ... not a participle that modifies a noun ("a statement condemning the coup").
  bool finite = s_.tokens[verb].tag != "VBG" || IsTrailingParticiple(vp);
  if (dyad && ReactsToDeed(code) && !passive && finite) target = DeedObject(target);
  int source = binding.source >= 0 ? binding.source : FindSource(vp, target);
  // dyad: "Fighting between the army and the RSF killed 56 civilians": the
  // sides fought each other; the dead are its toll.
  if (int sides = dyad && IsViolence(code) ? FightingSides(vp) : -1; sides >= 0) {
    source = target = sides;
    code = "190";
    // "The war, which erupted in April 2023 between ...": the fight is the
    // clause's verb, with its own time.
    for (int t = s_.units[vp.subject_begin].token_end; t < s_.units[sides].token_begin; ++t) {
      if (!s_.tokens[t].tag.starts_with("VB")) continue;
      start = end = t;
      break;
    }
  }
  // dyad: "met Wen in Beijing and signed agreements": a verb coordinated with
  // an earlier one that found its party acts on that party too when it
  // names no one of its own; so does a participle after the clause ("severed
  // ties with Qatar, accusing it of ..."), whose actor is that clause's.
  bool trailing = dyad && IsTrailingParticiple(vp);
  bool coordinated = dyad && vp.clause_start < vp.verb_token && vp.clause_start == shared_clause_;
  // "..., accusing him of ignoring attacks on Israeli towns": an object
  // pronoun is that party, whatever the words after it name.
  int object = x_.lower.empty() ? -1 : s_.tokens[x_.lower.front()].unit;
  const Token* first = x_.lower.empty() ? nullptr : &s_.tokens[x_.lower.front()];
  bool pronoun = object >= 0 && first->tag == "PRP" && !first->text.ends_with("self") &&
                 !first->text.ends_with("selves");
  bool pronoun_object = pronoun && !IsCodedUnit(object);
  bool own_target = binding.target >= 0 && IsCodedUnit(binding.target);
  if ((trailing || coordinated) && (target < 0 || !IsCodedUnit(target) || pronoun_object) &&
      !own_target && shared_target_ >= 0) {
    target = shared_target_;
  }
  if ((trailing || (dyad && IsPredicateAfterCommaAnd(vp))) &&
      (source < 0 || !IsCodedUnit(source)) && clause_source_ >= 0 && clause_source_ != target) {
    source = clause_source_;
  }
  // "imposed sanctions on the police, accusing it of abuse": an object
  // pronoun read as the actor itself (not "itself") is the party before.
  if ((trailing || coordinated) && pronoun && target == object && source >= 0 &&
      shared_target_ >= 0 && !IsGroup(source) && UnitCode(target) == UnitCode(source)) {
    target = shared_target_;
  }
  // "Arnor, Rohan and Gondor met (yesterday)": with nothing but a time after the
  // verb, a compound source's members act on each other; in dyad's files also
  // when nothing after the verb is coded or the target is where they acted
  // ("met in Moscow", "held drills in the Sea of Japan").
  // dyad: only when the event can run between them (IsReciprocalCode), or
  // when what they act on is "their" own ("threatened their troops").
  const bool between = !dyad || IsReciprocalCode(code) || IsReciprocalVerb(s_.tokens[verb].text);
  if (source >= 0 && IsGroup(source) &&
      ((between && ((binding.target < 0 &&
                     (target < 0 || IsTimeExpression(target) ||
                      (dyad && (!IsCodedUnit(target) || IsMeetingPlace(target, code))))) ||
                    (dyad && NamesOnlyMembers(target, source)))) ||
       (dyad && IsTheirOwn(target)))) {
    target = source;
  }
  // A reporting verb needs its source even without a target, or with its own.
  source_ = source >= 0 ? source : FindSource(vp, -1);
  if (!trailing && source_ >= 0) clause_source_ = source_;
  // dyad: so does an attack ("missiles hit Kyiv": UKR, not UKRGOV).
  // dyad: and so does aid flown or sent "into"/"to" a capital ("flew transport
  // planes into Kathmandu": NPL, not NPLGOV).
  if (visit || (dyad && (IsViolence(code) || (code.starts_with("07") && IsDestination(target)))))
    visited_ = target;
  // Not an infinitive ("threatened to stage protests", "refused to lift the
  // curfew"): the verb it hangs from says whether it happened.
  bool infinitive = vp.verb_token > 0 && s_.tokens[vp.verb_token - 1].tag == "TO";
  if (dyad && !passive && !infinitive && source >= 0 && (target < 0 || !IsCodedUnit(target))) {
    std::vector<Party> parties = PartiesOf(source);
    std::string implicit =
        parties.size() == 1 ? ImplicitTarget(code, parties[0].code) : std::string();
    if (!implicit.empty()) {
      unnamed_ = std::move(implicit);
      MakeEvents(source, /*target=*/-1, code, passive, Proto(start, end, passive, pattern));
      unnamed_ = "---";
      return true;
    }
  }
  if (dyad && (target < 0 || !IsCodedUnit(target)) && source >= 0 && IsCodedUnit(source) &&
      !passive && IsAidPledge(code) &&
      PledgeToTheArticlesCountry(source, code, Proto(start, end, passive, pattern)))
    return true;
  if (target < 0 || source < 0) return true;
  // dyad: "Russia will send 2,000 peacekeepers to the enclave": the force a
  // country sends, which takes its country from the sender, is what is sent,
  // not whom the peacekeeping or training is for.
  // ... but "will send 2,000 peacekeepers to the enclave" goes where they go.
  if (dyad && visit && target != source &&
      (IsSendersOwnForce(target, source) || IsSendersOwnTroops(target, source))) {
    target = DestinationAfter(target);
    if (target < 0) return true;
  }
  // dyad: "[five of the missiles] had landed in Japan's waters": who arrives
  // is the verb's own subject; one that names no one is no actor's visit.
  if (dyad && visit && source != vp.subject_begin && HasUncodedNounSubject(vp)) return true;
  if (dyad && !passive && IsViolence(code) && IsUnattributedWeapon(source)) {
    unnamed_ = "---UAF";
    MakeEvents(/*source=*/-1, target, code, passive, Proto(start, end, passive, pattern));
    unnamed_ = "---";
    return true;
  }
  size_t before = result_->events.size();
  MakeEvents(source, target, code, passive, Proto(start, end, passive, pattern));
  // dyad: "Scholz travelled to Kyiv together with the leaders of France and
  // Italy": companions do what the source does.
  if (int companions = dyad && !passive ? Companions(target) : -1; companions >= 0)
    MakeEvents(companions, target, code, passive, Proto(start, end, passive, pattern));
  // dyad: "tariffs on imports from Mexico and Canada and 10% on goods from
  // China": a coded phrase coordinated with the target is a target too.
  if (int also = dyad && !passive ? CoordinatedWithTarget(target, vp.end_token) : -1; also >= 0)
    MakeEvents(source, also, code, passive, Proto(start, end, passive, pattern));
  // "Congolese troops clashed with M23 rebels": a mutual pattern's event runs
  // both ways; so does signing an agreement (057), which both sides sign
  // ("met Wen and signed energy agreements").
  bool mutual = (pattern >= 0 && dicts_.verbs.pattern(pattern).mutual) || (dyad && code == "057");
  if (mutual && !passive && target != source)
    MakeEvents(target, source, code, passive, Proto(start, end, passive, pattern));
  if (result_->events.size() > before && IsCodedUnit(target) && target != source) {
    shared_target_ = target;
    shared_clause_ = vp.clause_start;
  }
  return true;
}

void FindDiscards(const dict::Dictionaries& dicts, const std::vector<dict::WordId>& words,
                  SentenceResult* result) {
  dict::PhraseMatch match;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!dicts.discards.phrases.MatchAt(words, k, &match)) continue;
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
  static constexpr std::string_view kWords[] = {
      "THE",      "A",       "AN",      "IT",       "HE",    "THEY",  "HER",
      "HAS",      "HAD",     "HAVE",    "SOME",     "FEW",   "THAT",  "HUNDRED",
      "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE",   "TWO",
      "THREE",    "FOUR",    "FIVE",    "SIX",      "SEVEN", "EIGHT", "NINE"};
  for (std::string_view k : kWords) {
    if (EqualsIgnoreCase(w, k)) return true;
  }
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {

// "... after gunmen stormed parliament": a clause with its own subject after
// a conjunction of time or cause tells its own event, which the verb it
// hangs from does not take in.
bool StartsAdverbialClause(const Sentence& s, const VerbPhrase& vp) {
  if (vp.subject_begin >= vp.subject_end) return false;
  int t = s.units[vp.subject_begin].token_begin - 1;
  if (t < 0 || vp.verb_token <= t) return false;
  return EqualsAnyIgnoreCase(s.tokens[t].text, {"after", "before", "as", "when", "while", "because",
                                                "since", "until", "once"});
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

}  // namespace

void Coder::CodeSentence(const parse::Tree& tree, Date date, SentenceResult* result) {
  result->Clear();
  CoderScratch& x = *scratch_;
  Sentence& s = x.sentence;
  BuildSentence(tree, dicts_.vocabulary, &s, &x.upper);
  x.words.clear();
  for (const Token& t : s.tokens) x.words.push_back(t.word);
  FindDiscards(dicts_, x.words, result);
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
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (const VerbPhrase& vp : s.verb_phrases) {
    while (!x.reporting.empty() && vp.verb_token >= x.reporting.back().end_token) close_reporting();
    if ((vp.verb_token < skip_until && !(dyad && StartsAdverbialClause(s, vp))) ||
        !s.IsWord(vp.verb_token)) {
      continue;
    }
    size_t before = result->events.size();
    if (!verbs.Code(vp)) continue;
    // A verb that yields events owns its phrase: verbs nested in it are not
    // coded, unless it reports them ("said Gondor attacked"). A verb that
    // yields none lets the nested ones speak.
    if (dicts_.verbs.IsReportingBlock(verbs.last_block()) && verbs.last_source() >= 0) {
      int unit = verbs.last_source();
      std::vector<Party> parties = verbs.PartiesOfUnit(unit);
      x.reporting.push_back({verbs.last_block(), vp.end_token, before, result->events.size(),
                             parties[0].code, verbs.ProvenanceOf(parties[0], unit)});
    } else if (result->events.size() > before || vp.negated || vp.passive_verb >= 0) {
      // A negated verb takes its complements with it; a passive's participle
      // phrase was coded with it.
      skip_until = vp.end_token;
    }
  }
  while (!x.reporting.empty()) close_reporting();
  if (dyad) verbs.AddEllipticalSubjects();
  if (dyad) DropSubsumedByAssassination(&result->events);
  if (dyad) AddBrokerMediation(dicts_, date, s, &result->events);
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
