// Linearising a constituency tree into tokens, noun-phrase units and verb
// phrases: the shallow form that PETRARCH/TABARI-style patterns match against.
//
// Noun phrases become units. A simple NP (no NP inside it) is one phrase; an
// NP with a possessive is one phrase without the 's; "the minister of Gondor"
// (NP (NP ...) (PP (IN of) (NP ...))) is one phrase, also when the NP after
// "of" is a name with an "of" of its own ("the ministers of the Republic of
// Korea"); an NP that coordinates nouns ("Arnor, Rohan and Gondor") is a
// compound unit with one phrase per member, sharing any words around it
// ("Arnor and Gondor's ministers" gives ARNOR MINISTERS and GONDOR
// MINISTERS). Any other NP is structure only.
#include "code/sentence.h"

#include <span>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

namespace {

constexpr int kMaxDepth = 400;  // deeper trees are treated as flat word lists

bool StartsWith(std::string_view s, char c) { return !s.empty() && s.front() == c; }
bool IsVerbTag(std::string_view tag) { return tag.starts_with("VB"); }

bool IsNegation(std::string_view w) {
  return EqualsIgnoreCase(w, "not") || EqualsIgnoreCase(w, "n't") || EqualsIgnoreCase(w, "never");
}

bool IsBeForm(std::string_view w) {
  static constexpr std::string_view kForms[] = {"be",   "is",    "are", "was", "were",
                                                "been", "being", "'s",  "'re", "am"};
  for (std::string_view f : kForms) {
    if (EqualsIgnoreCase(w, f)) return true;
  }
  return false;
}

// What a node's subtree contains (self included), computed bottom-up.
struct NodeInfo {
  int cc = 0;             // CC preterminals
  int nouns = 0;          // nodes whose label starts with N
  bool clause = false;    // a VP or S* node
  bool pos = false;       // a possessive marker
  bool np_below = false;  // an NP strictly below, outside relative clauses
  bool compound = false;  // this NP coordinates nouns
  bool sbar = false;
  bool pp_below = false;                   // a PP strictly below, outside relative clauses
  dict::WordId word = dict::kUnknownWord;  // a preterminal's upper-cased word
};

// Several word lists in one buffer, reused from phrase to phrase so that
// building compound members allocates nothing once warm.
struct WordLists {
  std::vector<dict::WordId> words;
  std::vector<uint32_t> ends;  // list i is words[ends[i - 1], ends[i])

  void Clear() {
    words.clear();
    ends.clear();
  }
  void Close() { ends.push_back(static_cast<uint32_t>(words.size())); }  // ends the open list
  size_t size() const { return ends.size(); }
  std::span<const dict::WordId> operator[](size_t i) const {
    uint32_t begin = i == 0 ? 0 : ends[i - 1];
    return std::span(words).subspan(begin, ends[i] - begin);
  }
};

class Builder {
 public:
  Builder(const parse::Tree& tree, const dict::Vocabulary& vocabulary, Sentence* sentence,
          std::string* upper)
      : tree_(tree), vocabulary_(vocabulary), s_(sentence), upper_(upper) {}

  void Run() {
    s_->Clear();
    if (tree_.empty()) return;
    info_.assign(tree_.size(), NodeInfo{});
    vp_start_.assign(tree_.size(), 0);
    unit_begin_.assign(tree_.size(), 0);
    unit_end_.assign(tree_.size(), 0);
    if (ShallowEnough()) {
      Summarise(0);
      MarkCompounds();
      Visit(0);
    } else {
      EmitFlat();
    }
    for (Unit& u : s_->units) u.says_when = WordsSayOnlyWhen(u);
  }

 private:
  const parse::Node& N(int i) const { return tree_.node(i); }
  bool ShallowEnough();
  void EmitFlat();
  void Summarise(int node);
  dict::WordId WordIdOf(std::string_view word);
  void MarkCompounds();
  bool WordsSayOnlyWhen(const Unit& u) const;
  bool ListsNounPhrasesOnly(int np) const;
  bool CoordinatesModifiers(int adjp) const;
  void Visit(int node);
  void VisitNounPhrase(int node);
  bool TryPrepositionalPhrase(int node);
  void EmitTokens(int node, int unit);
  int CompoundBelow(int node) const;
  int PassiveComplement(int vp) const;
  bool CoordinatedWithPassive(int vp) const;
  int SubjectOf(int vp) const;
  int RelativePronounBefore(int clause) const;
  int ConjoinedSubjectOf(int vp) const;
  bool IsConjoinedPredicate(int clause) const;
  int FirstVerbPhrase(int clause) const;
  int PredicateClause(int sentence) const;
  bool IsNegated(int vp) const;
  bool NegationRightBefore(int node) const;
  bool IsNoLonger(int c) const;
  bool IsAncestor(int a, int node) const;
  bool IsApposition(int subject, int np) const;
  void VisitNounPhraseParts(int node);
  bool HasByPhrase(int node) const;
  bool HasClauseChild(int node) const;
  bool IsAppealParticiple(int node) const;
  void CollectWords(int node, int skip, std::vector<dict::WordId>* before,
                    std::vector<dict::WordId>* after, bool* passed) const;
  void EmitNounEntity(int node);
  void MemberWords(int node, WordLists* out);
  bool EndsWithCommonNoun(int np) const;
  int NameOfObject(int np) const;
  void NameOfMemberWords(int np, int object, WordLists* out);
  bool IsBareModifier(int np) const;
  void ModifierMemberWords(int np, int adjp, WordLists* out) const;
  void NestedMemberWords(int compound, WordLists* out) const;
  void AppendSharedHead(int compound, WordLists* out);
  void EmitCombinations(const WordLists& first, std::span<const dict::WordId> middle,
                        const WordLists& second);
  void FinishUnit(int unit, int node);
  dict::WordId WordOf(int node) const;
  int BeginUnit();
  void BeginPhrase();
  void EndPhrase();

  const parse::Tree& tree_;
  const dict::Vocabulary& vocabulary_;
  Sentence* s_;
  std::string* upper_;
  std::vector<NodeInfo> info_;
  std::vector<int> depth_;                     // scratch for ShallowEnough
  std::vector<int> vp_start_;                  // first token of each VP node visited
  std::vector<int> unit_begin_, unit_end_;     // units made while visiting each NP node
  std::vector<dict::WordId> prefix_, suffix_;  // words around a compound in its phrase
  WordLists members_a_, members_b_;            // scratch for MemberWords
  WordLists members_c_;                        // scratch for NameOfMemberWords
  std::vector<dict::WordId> name_words_;       // scratch for NameOfMemberWords
  std::vector<dict::WordId> adjectives_;       // scratch for MemberWords
};

// Whether every node is at most kMaxDepth deep, so that the recursive walks
// below stay within a small stack. Nodes come in preorder (parents first).
bool Builder::ShallowEnough() {
  std::vector<int>& depth = depth_;
  depth.assign(tree_.size(), 0);
  for (int i = 1; i < tree_.size(); ++i) {
    int parent = N(i).parent;
    if (parent < 0 || parent >= i) return false;
    depth[i] = depth[parent] + 1;
    if (depth[i] > kMaxDepth) return false;
  }
  return true;
}

// A pathological tree is coded as plain words: no noun phrases, no verbs.
void Builder::EmitFlat() {
  for (int i = 0; i < tree_.size(); ++i) {
    if (!N(i).is_preterminal()) continue;
    s_->tokens.push_back(Token{N(i).word, N(i).label, WordIdOf(N(i).word), -1, false});
  }
}

// The dictionaries' id of a word, upper-cased. "US" in capitals is the
// country, "us" a pronoun: dictionaries name the country "U.S." so that
// matching can stay case-blind.
// An unknown "Saudi-led" ("U.S.-led") is its leader's name: a "Saudi-led
// coalition" is the Saudis'.
dict::WordId Builder::WordIdOf(std::string_view word) {
  upper_->clear();
  AppendUpperAscii(word == "US" ? std::string_view("U.S.") : word, upper_);
  dict::WordId id = vocabulary_.Find(*upper_);
  constexpr std::string_view kLed = "-LED";
  if (id == dict::kUnknownWord && upper_->size() > kLed.size() && upper_->ends_with(kLed)) {
    id = vocabulary_.Find(std::string_view(*upper_).substr(0, upper_->size() - kLed.size()));
  }
  return id;
}

void Builder::Summarise(int node) {
  NodeInfo& me = info_[node];
  std::string_view label = N(node).label;
  me.cc = label == "CC";
  me.nouns = StartsWith(label, 'N');
  me.clause = label == "VP" || StartsWith(label, 'S');
  me.pos = label == "POS";
  me.sbar = label == "SBAR";
  if (N(node).is_preterminal()) {
    me.word = WordIdOf(N(node).word);
  }
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
    Summarise(c);
    const NodeInfo& child = info_[c];
    me.cc += child.cc;
    me.nouns += child.nouns;
    me.clause |= child.clause;
    me.pos |= child.pos;
    if (child.sbar) continue;
    me.np_below |= child.np_below || N(c).label == "NP";
    me.pp_below |= child.pp_below || N(c).label == "PP";
  }
}

// A CC makes its parent NP a compound when the parent holds no clause, no
// second CC (unless it is a list of noun phrases alone: "Saudi Arabia and its
// allies Egypt, the UAE and Bahrain"), and at least two nouns besides itself.
void Builder::MarkCompounds() {
  for (int i = 0; i < tree_.size(); ++i) {
    if (N(i).label != "CC" || N(i).parent < 0) continue;
    int p = N(i).parent;
    const NodeInfo& info = info_[p];
    if (N(p).label == "NP" && !info.clause && info.nouns >= 3 &&
        (info.cc == 1 || (info.cc == 2 && ListsNounPhrasesOnly(p)))) {
      info_[p].compound = true;
    }
    if (CoordinatesModifiers(p)) info_[p].compound = true;
  }
}

// Whether the children of `np` are noun phrases, commas and conjunctions.
bool Builder::ListsNounPhrasesOnly(int np) const {
  for (int c = N(np).first_child; c >= 0; c = N(c).next_sibling) {
    std::string_view label = N(c).label;
    if (label != "NP" && label != "CC" && label != ",") return false;
  }
  return true;
}

// "Indian and Chinese ministers": (NP (ADJP (JJ Indian) (CC and) (JJ Chinese))
// (NNS ministers)), adjectives coordinated before the noun they share.
bool Builder::CoordinatesModifiers(int adjp) const {
  if (N(adjp).label != "ADJP" || info_[adjp].cc != 1 || info_[adjp].clause) return false;
  int np = N(adjp).parent;
  if (np < 0 || N(np).label != "NP") return false;
  for (int c = N(adjp).next_sibling; c >= 0; c = N(c).next_sibling) {
    if (N(c).is_preterminal() && N(c).label.starts_with("NN")) return true;
  }
  return false;
}

int Builder::BeginUnit() {
  s_->units.push_back(
      Unit{static_cast<int>(s_->tokens.size()), 0, static_cast<int>(s_->phrases.size()), 0, false});
  return static_cast<int>(s_->units.size() - 1);
}

void Builder::BeginPhrase() {
  Phrase p;
  p.word_begin = p.word_end = static_cast<int>(s_->phrase_words.size());
  s_->phrases.push_back(std::move(p));
}

void Builder::EndPhrase() {
  s_->phrases.back().word_end = static_cast<int>(s_->phrase_words.size());
}

// Appends the tokens of `node`'s subtree with unit `unit`.
void Builder::EmitTokens(int node, int unit) {
  const parse::Node& n = N(node);
  if (n.is_preterminal()) {
    s_->tokens.push_back(Token{n.word, n.label, info_[node].word, unit, false});
    return;
  }
  for (int c = n.first_child; c >= 0; c = N(c).next_sibling) EmitTokens(c, unit);
}

int Builder::CompoundBelow(int node) const {
  if (info_[node].compound) return node;
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
    int found = CompoundBelow(c);
    if (found >= 0) return found;
  }
  return -1;
}

void Builder::Visit(int node) {
  const parse::Node& n = N(node);
  if (n.is_preterminal()) return EmitTokens(node, -1);
  if (n.label == "NP") return VisitNounPhrase(node);
  int first = n.first_child;
  bool verb_phrase =
      n.label == "VP" && first >= 0 && N(first).is_preterminal() && IsVerbTag(N(first).label);
  size_t vp_index = s_->verb_phrases.size();
  int here = static_cast<int>(s_->tokens.size());
  if (verb_phrase) {
    bool coordinated = n.parent >= 0 && N(n.parent).label == "VP" && info_[n.parent].cc > 0 &&
                       !IsVerbTag(N(N(n.parent).first_child).label);
    int clause_start = coordinated ? vp_start_[n.parent] : here;
    s_->verb_phrases.push_back(VerbPhrase{here, 0, clause_start});
    s_->verb_phrases.back().negated = IsNegated(node);
    int subject = SubjectOf(node);
    if (subject >= 0) {
      s_->verb_phrases.back().subject_begin = unit_begin_[subject];
      s_->verb_phrases.back().subject_end = unit_end_[subject];
    } else if (int conjoined = ConjoinedSubjectOf(node);
               conjoined >= 0 && unit_begin_[conjoined] < unit_end_[conjoined]) {
      s_->verb_phrases.back().conjoined_subject = unit_begin_[conjoined];
    }
  }
  if (n.label == "VP") vp_start_[node] = here;
  int embedded = -1;
  for (int c = first; c >= 0; c = N(c).next_sibling) {
    if (embedded < 0 && StartsWith(N(c).label, 'S')) embedded = static_cast<int>(s_->tokens.size());
    Visit(c);
  }
  if (!verb_phrase) return;
  VerbPhrase& done = s_->verb_phrases[vp_index];
  done.end_token = static_cast<int>(s_->tokens.size());
  done.embedded_clause = embedded >= 0 ? embedded : done.end_token;
  if (IsBeForm(N(first).word)) {
    int complement = PassiveComplement(node);
    bool agent = complement >= 0 && HasByPhrase(complement);
    // "is said to be ...", "was asked to ...": without an agent, a participle
    // with a clause after it raises its subject rather than suffering it.
    // ... but one asked to act is asked, by someone the sentence hides ("was
    // urged to withdraw its troops": no withdrawal, no appeal by the subject).
    if (complement >= 0 &&
        (agent || !HasClauseChild(complement) || IsAppealParticiple(N(complement).first_child))) {
      done.passive_verb = vp_start_[complement];
      done.passive_agent = agent;
    }
  } else if (N(first).label == "VBN" && CoordinatedWithPassive(node)) {
    // "was shot and wounded in an attack": a participle coordinated with a
    // passive shares its "was".
    bool agent = HasByPhrase(node);
    if (agent || !HasClauseChild(node)) {
      done.passive_verb = here;
      done.passive_agent = agent;
    }
  }
}

// Whether `vp` follows, in a coordination of VPs, a passive one ("(VP (VP
// (VBD was) (VP (VBN shot))) (CC and) (VP (VBN wounded) ...))").
bool Builder::CoordinatedWithPassive(int vp) const {
  int parent = N(vp).parent;
  if (parent < 0 || N(parent).label != "VP" || info_[parent].cc <= 0) return false;
  for (int c = N(parent).first_child; c >= 0 && c != vp; c = N(c).next_sibling) {
    int head = N(c).first_child;
    if (N(c).label == "VP" && head >= 0 && N(head).is_preterminal() && IsBeForm(N(head).word) &&
        PassiveComplement(c) >= 0) {
      return true;
    }
  }
  return false;
}

// "urged", "asked", "called" (on), "pressed", "invited": a participle whose
// passive subject is the one asked to do what its infinitive says.
bool Builder::IsAppealParticiple(int node) const {
  static const WordSet kAppeals = {"urged",      "asked",     "called",  "pressed",  "invited",
                                   "encouraged", "requested", "begged",  "implored", "pressured",
                                   "exhorted",   "advised",   "lobbied", "entreated"};
  return N(node).is_preterminal() && kAppeals.contains(N(node).word);
}

// The child VP of `vp` that is a passive participle phrase
// ("(VP (VBN attacked) (PP (IN by) ...))"), or -1.
int Builder::PassiveComplement(int vp) const {
  for (int c = N(vp).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label == "VP" && N(c).first_child >= 0 && N(N(c).first_child).label == "VBN") return c;
  }
  return -1;
}

// The subject NP of the clause `vp` heads: up through coordinated VPs to the
// clause, then the last NP child before that VP. -1 if there is none.
int Builder::SubjectOf(int vp) const {
  int child = vp;
  int clause = N(vp).parent;
  while (clause >= 0 && N(clause).label == "VP") {
    child = clause;
    clause = N(clause).parent;
  }
  if (clause < 0 || !StartsWith(N(clause).label, 'S')) return -1;
  int subject = -1;
  for (int c = N(clause).first_child; c >= 0 && c != child; c = N(c).next_sibling) {
    if (N(c).label == "NP" && !IsApposition(subject, c)) subject = c;
  }
  return subject >= 0 ? subject : RelativePronounBefore(clause);
}

// "hunted the gunmen who stormed the hotel, took 170 guests hostage and
// killed 19 of them": the parser may set a restrictive relative's pronoun
// before its clause, "(NP (WP who)) (S (VP ...))", not inside it; the
// pronoun is then the subject of every predicate the clause coordinates.
// The lone "who", "which" or "that" NP right before `clause`, else -1.
int Builder::RelativePronounBefore(int clause) const {
  int parent = N(clause).parent;
  if (parent < 0 || N(clause).label != "S") return -1;
  int before = -1;
  for (int c = N(parent).first_child; c >= 0 && c != clause; c = N(c).next_sibling) before = c;
  if (before < 0 || N(before).label != "NP") return -1;
  int pronoun = N(before).first_child;
  if (pronoun < 0 || N(pronoun).next_sibling >= 0 || !N(pronoun).is_preterminal()) return -1;
  if (N(pronoun).label != "WP" && N(pronoun).label != "WDT") return -1;
  static const WordSet kRelatives = {"who", "which", "that"};
  return kRelatives.contains(N(pronoun).word) ? before : -1;
}

// The subject of the clause that a subjectless predicate is conjoined to, or -1.
int Builder::ConjoinedSubjectOf(int vp) const {
  int clause = N(vp).parent;
  // "has expelled X, accused Y and closed Z": a coordination of predicates.
  while (clause >= 0 && N(clause).label == "VP") clause = N(clause).parent;
  if (clause < 0 || N(clause).label != "S" || !IsConjoinedPredicate(clause)) return -1;
  return SubjectOf(FirstVerbPhrase(PredicateClause(N(clause).parent)));
}

// "X said Y had shelled a post, killing civilians, and blamed Z": a clause of
// a finite predicate alone, after a conjunction in the sentence's clause, goes
// on with that clause's subject, not with the nearest noun before it.
bool Builder::IsConjoinedPredicate(int clause) const {
  int parent = N(clause).parent;
  if (parent < 0 || N(parent).label != "S" || PredicateClause(parent) < 0) return false;
  int vp = N(clause).first_child;
  if (vp < 0 || N(vp).label != "VP" || N(vp).next_sibling >= 0) return false;
  int first = N(vp).first_child;
  // ... a comma before a coordination of predicates does as well as "and"
  // ("has expelled X, accused Y and closed Z").
  bool coordination = first >= 0 && N(first).label == "VP";
  if (coordination) first = N(first).first_child;
  if (first < 0) return false;
  std::string_view head = N(first).label;
  if (head != "VBD" && head != "VBZ" && head != "VBP" && head != "MD") return false;
  int conjunction = -1;
  for (int c = N(parent).first_child; c >= 0 && c != clause; c = N(c).next_sibling) {
    bool joins = N(c).label == "CC" || (coordination && N(c).label == ",");
    conjunction = joins ? c : -1;
  }
  return conjunction >= 0 && N(conjunction).next_sibling == clause;
}

// The clause whose subject a predicate conjoined inside `sentence` goes on
// with: `sentence` itself when it has a predicate, else its first clause with
// one ("But [Khan said ...], and denied ...": the parser sets an opening
// conjunction's clause apart); -1 if none.
int Builder::PredicateClause(int sentence) const {
  if (FirstVerbPhrase(sentence) >= 0) return sentence;
  for (int c = N(sentence).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label == "S" && FirstVerbPhrase(c) >= 0) return c;
  }
  return -1;
}

// The first VP child of `clause`, or -1.
int Builder::FirstVerbPhrase(int clause) const {
  for (int c = N(clause).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label == "VP") return c;
  }
  return -1;
}

// "Sara Duterte, the former leader's daughter and a rival of Marcos, accused
// ...": an NP right after the subject, set off by commas, describes it; so
// does one with its relative clause before the comma ("Nick Warner, the
// Australian diplomat who heads the mission, urged ...").
bool Builder::IsApposition(int subject, int np) const {
  if (subject < 0) return false;
  int comma = N(subject).next_sibling;
  if (comma < 0 || N(comma).label != ",") return false;
  // ... after adverbs ("Lugovoi, now a businessman in Moscow, denies").
  int first = N(comma).next_sibling;
  while (first >= 0 && N(first).label == "ADVP") first = N(first).next_sibling;
  if (first != np) return false;
  int after = N(np).next_sibling;
  while (after >= 0 && (N(after).label == "SBAR" || N(after).label == "PP")) {
    after = N(after).next_sibling;
  }
  return after >= 0 && N(after).label == ",";
}

// Whether a negation adverb stands before `vp` in it or in the VPs above it
// up to its clause: (VP (MD will) (RB not) (VP (VB meet) ...)); or right
// before the infinitive clause it heads: "would prefer not to cancel the
// deal", "urged them not to attack" (... (ADVP (RB not)) (S (VP (TO to) ...))).
bool Builder::IsNegated(int vp) const {
  int v = vp;
  for (; v >= 0 && N(v).label == "VP"; v = N(v).parent) {
    for (int c = N(v).first_child; c >= 0; c = N(c).next_sibling) {
      if (N(c).is_preterminal() && N(c).label == "RB" && IsNegation(N(c).word)) return true;
      if (IsNoLonger(c)) return true;
      if (c == vp || (N(c).first_child >= 0 && c != v && IsAncestor(c, vp))) break;
    }
  }
  return v >= 0 && N(v).label == "S" && NegationRightBefore(v);
}

// "would no longer recognise": the adverbs "no longer" (or "no more") before
// the verb negate it as "not" does; `c` is the "no".
bool Builder::IsNoLonger(int c) const {
  if (!N(c).is_preterminal() || !EqualsIgnoreCase(N(c).word, "no")) return false;
  int next = N(c).next_sibling;
  return next >= 0 && N(next).is_preterminal() && N(next).label != "JJR" &&
         (EqualsIgnoreCase(N(next).word, "longer") || EqualsIgnoreCase(N(next).word, "more"));
}

// Whether the sibling right before `node` is a negation adverb, alone or as
// a one-word ADVP.
bool Builder::NegationRightBefore(int node) const {
  int parent = N(node).parent;
  if (parent < 0) return false;
  int before = -1;
  for (int c = N(parent).first_child; c >= 0 && c != node; c = N(c).next_sibling) before = c;
  if (before < 0) return false;
  if (N(before).label == "ADVP" && N(N(before).first_child).next_sibling < 0)
    before = N(before).first_child;
  return N(before).is_preterminal() && N(before).label == "RB" && IsNegation(N(before).word);
}

bool Builder::IsAncestor(int a, int node) const {
  for (int n = node; n >= 0; n = N(n).parent) {
    if (n == a) return true;
  }
  return false;
}

// An adverbial clause ("was shot while giving a speech") does not count: it
// says when or why, not what the subject is said or asked to do.
// Nor is the infinitive of a second object: "were given 72 hours to leave the
// country" has its subject given something, not raised.
bool Builder::HasClauseChild(int node) const {
  bool object = false;
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
    object |= N(c).label == "NP";
    if (!StartsWith(N(c).label, 'S')) continue;
    int first = N(c).first_child;
    if (object && N(c).label == "S" && first >= 0 && N(first).label == "VP" &&
        N(N(first).first_child).label == "TO")
      continue;
    // ... nor is a trailing report the parser left inside ("was attacked in
    // Shanghai, the Japanese consulate there said": a lone verb of saying).
    if (N(c).label == "S" && first >= 0 && N(first).label == "VP" &&
        N(N(first).first_child).is_preterminal() && N(N(first).first_child).next_sibling < 0 &&
        EqualsAnyIgnoreCase(N(N(first).first_child).word, {"said", "says", "added", "told"}))
      continue;
    // ... nor is a relative clause: "was arrested at the request of the
    // United States, which accuses her of ...".
    if (N(c).label == "SBAR" && first >= 0 && N(first).is_preterminal() &&
        (N(first).label == "WDT" || N(first).label == "WP" ||
         EqualsAnyIgnoreCase(N(first).word, {"while", "after", "before", "when", "as", "because",
                                             "since", "until", "during", "once"}))) {
      continue;
    }
    return true;
  }
  return false;
}

// Whether `node` holds a "by" prepositional phrase outside any nested clause.
bool Builder::HasByPhrase(int node) const {
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
    std::string_view label = N(c).label;
    if (N(c).is_preterminal() || label == "VP" || StartsWith(label, 'S')) continue;
    int prep = N(c).first_child;
    if (label == "PP" && N(prep).is_preterminal() && EqualsIgnoreCase(N(prep).word, "by"))
      return true;
    if (HasByPhrase(c)) return true;
  }
  return false;
}

dict::WordId Builder::WordOf(int node) const { return info_[node].word; }

// Collects the words of `node`'s subtree, leaving out POS markers and the
// subtree `skip`: words before it go to `before`, after it to `after`.
void Builder::CollectWords(int node, int skip, std::vector<dict::WordId>* before,
                           std::vector<dict::WordId>* after, bool* passed) const {
  if (node == skip) {
    *passed = true;
    return;
  }
  const parse::Node& n = N(node);
  if (n.is_preterminal()) {
    if (n.label != "POS") (*passed ? after : before)->push_back(WordOf(node));
    return;
  }
  for (int c = n.first_child; c >= 0; c = N(c).next_sibling)
    CollectWords(c, skip, before, after, passed);
}

// The word lists `node` stands for: one per coordinated noun of a compound
// (adjectives before the first noun apply to single-noun members), else one
// list of all its words.
void Builder::MemberWords(int node, WordLists* out) {
  out->Clear();
  bool passed = false;
  if (!info_[node].compound) {
    // "between (NP (ADJP Indian and Chinese) troops)": one member per
    // coordinated modifier, each with the rest of the phrase.
    int adjp = N(node).first_child;
    while (adjp >= 0 && !(N(adjp).label == "ADJP" && info_[adjp].compound))
      adjp = N(adjp).next_sibling;
    if (adjp >= 0) return ModifierMemberWords(node, adjp, out);
    CollectWords(node, -1, &out->words, &out->words, &passed);
    out->Close();
    return;
  }
  if (N(node).label == "ADJP") {  // coordinated modifiers: one member each
    for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
      if (N(c).label == "CC" || N(c).label == ",") continue;
      CollectWords(c, -1, &out->words, &out->words, &passed);
      out->Close();
    }
    return;
  }
  adjectives_.clear();
  bool seen_noun = false;
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) {
    std::string_view label = N(c).label;
    bool noun_word = N(c).is_preterminal() && label.starts_with("NN");
    if (!seen_noun && N(c).is_preterminal() && label.starts_with("JJ"))
      adjectives_.push_back(WordOf(c));
    if (label != "NP" && !noun_word) continue;
    seen_noun = true;
    if (noun_word) {
      out->words.insert(out->words.end(), adjectives_.begin(), adjectives_.end());
      out->words.push_back(WordOf(c));
    } else if (info_[c].compound && N(c).label == "NP" && ListsNounPhrasesOnly(c)) {
      NestedMemberWords(c, out);
      continue;  // each nested member closed its own list
    } else {
      CollectWords(c, -1, &out->words, &out->words, &passed);
      if (IsBareModifier(c)) AppendSharedHead(node, out);
    }
    out->Close();
  }
}

// "[Australian and New Zealand troops] and police": the members of a
// compound nested in a list, one list each; a member that is one modifier
// shares the plural head noun that ends the nested compound's last member
// ("Australian troops").
void Builder::NestedMemberWords(int compound, WordLists* out) const {
  int last = -1;
  for (int c = N(compound).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label == "NP") last = c;
  }
  int head = N(last).first_child;
  while (head >= 0 && N(head).next_sibling >= 0) head = N(head).next_sibling;
  bool shared_head = head >= 0 && head != N(last).first_child && N(head).label == "NNS";
  bool passed = false;
  for (int c = N(compound).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label != "NP") continue;
    CollectWords(c, -1, &out->words, &out->words, &passed);
    int only = N(c).first_child;
    if (shared_head && c != last && only >= 0 && N(only).next_sibling < 0 &&
        N(only).is_preterminal() && (N(only).label == "JJ" || N(only).label == "NNP")) {
      out->words.push_back(WordOf(head));
    }
    out->Close();
  }
}

// The word lists of `np`, whose child `adjp` coordinates modifiers: one per
// modifier, with the words of `np` before and after `adjp` ("the Indian
// troops" and "the Chinese troops" of "the Indian and Chinese troops").
void Builder::ModifierMemberWords(int np, int adjp, WordLists* out) const {
  bool passed = false;
  for (int m = N(adjp).first_child; m >= 0; m = N(m).next_sibling) {
    if (N(m).label == "CC" || N(m).label == ",") continue;
    for (int c = N(np).first_child; c >= 0; c = N(c).next_sibling)
      CollectWords(c == adjp ? m : c, -1, &out->words, &out->words, &passed);
    out->Close();
  }
}

// "(NP (NP (DT The) (NNP Kenyan)) (CC and) (NP (NNP Ugandan) (NNS
// presidents)))": a member that is a determiner and a single modifier (not a
// plural name: "the Philippines") shares the head of the last member; a name
// alone stays itself ("Russia and Ukrainian officials").
bool Builder::IsBareModifier(int np) const {
  int c = N(np).first_child;
  if (c < 0 || N(c).label != "DT") return false;
  c = N(c).next_sibling;
  if (c < 0 || N(c).next_sibling >= 0 || !N(c).is_preterminal()) return false;
  std::string_view label = N(c).label;
  return (label == "NNP" || label == "JJ") && !N(c).word.ends_with('s');
}

// Appends to the open list of `out` the words after the first modifier of
// the last member of `compound`, when that member is a flat phrase of a
// modifier and a plural noun ("Ugandan [foreign ministers]").
void Builder::AppendSharedHead(int compound, WordLists* out) {
  int last = -1;
  for (int c = N(compound).first_child; c >= 0; c = N(c).next_sibling) {
    if (N(c).label == "NP") last = c;
  }
  if (last < 0) return;
  int first = N(last).first_child;
  if (first >= 0 && N(first).label == "DT") first = N(first).next_sibling;
  if (first < 0 || !N(first).is_preterminal() ||
      (N(first).label != "NNP" && N(first).label != "JJ") || N(first).next_sibling < 0)
    return;
  int end = first;
  for (int c = N(first).next_sibling; c >= 0; c = N(c).next_sibling) {
    if (!N(c).is_preterminal()) return;
    end = c;
  }
  if (N(end).label != "NNS") return;
  for (int c = N(first).next_sibling; c >= 0; c = N(c).next_sibling)
    out->words.push_back(WordOf(c));
}

// Adds one phrase per combination of the `first` and `second` word lists,
// each framed as prefix_ FIRST middle SECOND suffix_.
void Builder::EmitCombinations(const WordLists& first, std::span<const dict::WordId> middle,
                               const WordLists& second) {
  auto& words = s_->phrase_words;
  for (size_t i = 0; i < first.size(); ++i) {
    for (size_t j = 0; j < second.size(); ++j) {
      BeginPhrase();
      words.insert(words.end(), prefix_.begin(), prefix_.end());
      words.insert(words.end(), first[i].begin(), first[i].end());
      words.insert(words.end(), middle.begin(), middle.end());
      words.insert(words.end(), second[j].begin(), second[j].end());
      words.insert(words.end(), suffix_.begin(), suffix_.end());
      EndPhrase();
    }
  }
}

void Builder::FinishUnit(int unit, int node) {
  if (static_cast<int>(s_->phrases.size()) == s_->units[unit].phrase_begin) {
    // A "compound" with no noun members (a malformed tree): one phrase of all its words.
    BeginPhrase();
    bool passed = false;
    CollectWords(node, -1, &s_->phrase_words, &s_->phrase_words, &passed);
    EndPhrase();
  }
  EmitTokens(node, unit);
  Unit& u = s_->units[unit];
  u.token_end = static_cast<int>(s_->tokens.size());
  u.phrase_end = static_cast<int>(s_->phrases.size());
  u.compound = u.phrase_end - u.phrase_begin > 1;
}

namespace {

// A word of time ("Tuesday", "week", "May", "yesterday").
bool IsTimeWord(std::string_view w) {
  static const WordSet kTimes = {
      "monday",  "tuesday",   "wednesday", "thursday",  "friday",    "saturday", "sunday",
      "morning", "afternoon", "evening",   "night",     "overnight", "week",     "weekend",
      "month",   "year",      "day",       "days",      "weeks",     "months",   "years",
      "hour",    "hours",     "minutes",   "yesterday", "today",     "tomorrow", "tonight",
      "now",     "earlier",   "later",     "dawn",      "midday",    "midnight", "noon"};
  return IsMonthName(w) || kTimes.contains(w);
}

}  // namespace

// "next week", "Tuesday", "again next month", "twice last year", "the
// following day", "2011": words of time, with the articles, numbers and
// adverbs or adjectives that place a time among others; no party.
bool Builder::WordsSayOnlyWhen(const Unit& u) const {
  static const WordSet kModifiers = {
      "last",     "next",      "early",  "late",   "mid",   "this",   "following", "same",
      "previous", "preceding", "past",   "coming", "again", "twice",  "once",      "every",
      "each",     "whole",     "entire", "only",   "just",  "recent", "first"};
  bool when = false;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    const Token& token = s_->tokens[t];
    if (token.text.empty() || token.tag == "DT" || token.tag == "CD" ||
        kModifiers.contains(token.text)) {
      when |= IsYearNumber(token.text);
      continue;
    }
    if (!IsTimeWord(token.text)) return false;
    when = true;
  }
  return when;
}

// A noun phrase coded as a whole: one phrase, or one per member when it
// contains a compound ("Arnor and Gondor's ministers").
void Builder::EmitNounEntity(int node) {
  int unit = BeginUnit();
  int compound = CompoundBelow(node);
  prefix_.clear();
  suffix_.clear();
  bool passed = false;
  CollectWords(node, compound, &prefix_, &suffix_, &passed);
  if (compound >= 0) {
    MemberWords(compound, &members_a_);
  } else {
    members_a_.Clear();
    members_a_.Close();  // one empty list: the phrase is prefix_ alone
  }
  members_b_.Clear();
  members_b_.Close();
  EmitCombinations(members_a_, {}, members_b_);
  FinishUnit(unit, node);
}

// Whether the last word of `np` is a common noun ("the foreign ministers").
bool Builder::EndsWithCommonNoun(int np) const {
  int last = N(np).first_child;
  while (last >= 0 && N(last).next_sibling >= 0) last = N(last).next_sibling;
  return last >= 0 && N(last).is_preterminal() && (N(last).label == "NN" || N(last).label == "NNS");
}

// "the Democratic Republic of [Congo and Rwanda]", "the Republic of
// Korea": a name whose own "of" phrase ends it, (NP (NP ... NNP) (PP of NP))
// with no phrase below the last NP; that NP, else -1.
int Builder::NameOfObject(int np) const {
  int head = N(np).first_child;
  if (head < 0 || N(head).label != "NP" || info_[head].np_below) return -1;
  int last = N(head).first_child;
  while (last >= 0 && N(last).next_sibling >= 0) last = N(last).next_sibling;
  if (last < 0 || !N(last).is_preterminal() || !N(last).label.starts_with("NNP")) return -1;
  int pp = N(head).next_sibling;
  if (pp < 0 || N(pp).label != "PP" || N(pp).next_sibling >= 0) return -1;
  int prep = N(pp).first_child;
  if (prep < 0 || !N(prep).is_preterminal() || !EqualsIgnoreCase(N(prep).word, "of")) return -1;
  int object = N(prep).next_sibling;
  if (object < 0 || N(object).label != "NP" || N(object).next_sibling >= 0 ||
      info_[object].pp_below)
    return -1;
  return object;
}

// The members of such a name: its words before "of" with "of" and each
// member of `object` ("the Democratic Republic of Congo", "... of Rwanda").
void Builder::NameOfMemberWords(int np, int object, WordLists* out) {
  MemberWords(object, &members_c_);
  out->Clear();
  bool passed = false;
  name_words_.clear();
  CollectWords(N(np).first_child, -1, &name_words_, &name_words_, &passed);
  const dict::WordId of = WordOf(N(N(N(np).first_child).next_sibling).first_child);
  for (size_t i = 0; i < members_c_.size(); ++i) {
    out->words.insert(out->words.end(), name_words_.begin(), name_words_.end());
    out->words.push_back(of);
    out->words.insert(out->words.end(), members_c_[i].begin(), members_c_[i].end());
    out->Close();
  }
}

// (NP (NP head) (PP (IN of) (NP object))) as one phrase "head of object";
// compounds on either side give one phrase per combination ("lawmakers and
// officials in Arnor and Gondor": four). After a common noun, the object may
// be a name with an "of" of its own ("the foreign ministers of the
// Democratic Republic of Congo and Rwanda"); after a name it stays apart
// ("the Gondor of the Prince of Dol Amroth").
bool Builder::TryPrepositionalPhrase(int node) {
  int head = N(node).first_child;
  if (head < 0 || N(head).label != "NP") return false;
  int pp = N(head).next_sibling;
  while (pp >= 0 && N(pp).label != "PP") pp = N(pp).next_sibling;
  if (pp < 0) return false;
  int prep = N(pp).first_child;
  if (prep < 0 || !N(prep).is_preterminal()) return false;
  int object = N(prep).next_sibling;
  while (object >= 0 && N(object).label != "NP") object = N(object).next_sibling;
  if (object < 0) return false;
  const int name_of =
      info_[object].pp_below && EndsWithCommonNoun(head) ? NameOfObject(object) : -1;
  if (info_[object].pp_below && name_of < 0) return false;
  int unit = BeginUnit();
  prefix_.clear();
  suffix_.clear();
  MemberWords(head, &members_a_);
  if (name_of >= 0) {
    NameOfMemberWords(object, name_of, &members_b_);
  } else {
    MemberWords(object, &members_b_);
  }
  dict::WordId preposition = WordOf(prep);
  EmitCombinations(members_a_, std::span(&preposition, 1), members_b_);
  FinishUnit(unit, node);
  return true;
}

void Builder::VisitNounPhrase(int node) {
  unit_begin_[node] = static_cast<int>(s_->units.size());
  VisitNounPhraseParts(node);
  unit_end_[node] = static_cast<int>(s_->units.size());
}

void Builder::VisitNounPhraseParts(int node) {
  const NodeInfo& info = info_[node];
  if (info.compound || info.pos || !info.np_below) return EmitNounEntity(node);
  if (info.pp_below && TryPrepositionalPhrase(node)) return;
  for (int c = N(node).first_child; c >= 0; c = N(c).next_sibling) Visit(c);
}

}  // namespace

void Sentence::Clear() {
  tokens.clear();
  phrase_words.clear();
  phrases.clear();
  units.clear();
  verb_phrases.clear();
  casualty_begin = casualty_end = -1;
}

std::string Sentence::UnitText(int unit) const {
  std::string out;
  const Unit& u = units[unit];
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (!out.empty()) out += ' ';
    out += tokens[t].text;
  }
  return out;
}

void BuildSentence(const parse::Tree& tree, const dict::Vocabulary& vocabulary, Sentence* sentence,
                   std::string* upper) {
  Builder(tree, vocabulary, sentence, upper).Run();
}

}  // namespace dyad::code
