// VerbPhraseCoder's reading of the verb: which of its dictionary forms match
// here (multi-word verbs, also across modifiers), the words before and after
// it that its patterns read, and the best pattern that matches.
#include <algorithm>
#include <optional>

#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

namespace {

bool IsNegationWord(std::string_view w) {
  return w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO";
}

bool IsSkippable(const Sentence& s, int t) {
  return !s.IsWord(t) || IsSkippableWord(s.tokens[t].text);
}

// An adverb of time, repetition or manner of telling, which leaves the deed
// as it is ("called again on", "reached out again to", "called publicly
// for"); not one of direction or degree ("go directly to", "pulled back").
bool IsAsideAdverb(std::string_view word) {
  static const WordSet kAsides = {
      "again",    "also",       "repeatedly", "publicly", "formally",    "officially",
      "jointly",  "personally", "swiftly",    "quickly",  "immediately", "later",
      "then",     "now",        "still",      "already",  "once",        "twice",
      "promptly", "separately", "privately",  "openly",   "explicitly",  "unanimously"};
  return kAsides.contains(word);
}

// dyad's dictionaries: the words of a multi-word verb may also stand apart by
// modifiers of its noun ("held their first phone call", "took full control
// of", "launched an indefinite hunger strike"), by the quotation mark that
// opens it ("declared a two-week \"state of siege\""), by an adverb that
// leaves the deed as it is (IsAsideAdverb: "called again on") and, after a
// copula ("be", "remain", "stay"), by any adverb ("is gravely concerned",
// "remains firmly committed to"; a negation, "is not ready to", is the verb
// phrase's, which VerbPhrase::negated records); not "aid would go directly
// to the people".
bool IsSkippableModifier(const Sentence& s, int t, bool copula) {
  std::string_view tag = s.tokens[t].tag;
  if (tag == "RB" || tag == "RBR") return copula || IsAsideAdverb(s.tokens[t].text);
  return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "PRP$" || tag == "CD" || tag == "``";
}

bool IsCopula(std::string_view word) {
  static const WordSet kCopulas = {"is",       "are",       "was",  "were",  "be",     "been",
                                   "being",    "am",        "'s",   "'re",   "remain", "remains",
                                   "remained", "remaining", "stay", "stays", "stayed", "staying"};
  return kCopulas.contains(word);
}

}  // namespace

// Whether the extra words of a multi-word verb stand next to `verb` (skipping
// articles, pronouns and numbers, and with `modifiers` also adjectives and
// possessives); sets the verb's token extent.
bool VerbPhraseCoder::FormMatches(const dict::VerbDictionary::FormWords& form, int verb,
                                  bool modifiers, int* start, int* end) const {
  int n = static_cast<int>(s_.tokens.size());
  // Whether the verb is a copula: asked only of an adverb or an adjective
  // after it, and then once.
  std::optional<bool> is_copula;
  auto copula = [&] {
    if (!is_copula) is_copula = IsCopula(s_.tokens[verb].text);
    return *is_copula;
  };
  // An adjective right after a copula is its complement, no modifier of the
  // form's words: "was instrumental in", "is active in" are no "be in".
  auto predicate = [&](int t) {
    return t == verb + 1 && s_.tokens[t].tag.starts_with("JJ") && copula();
  };
  auto skippable = [&](int t) {
    if (IsSkippable(s_, t)) return true;
    if (!modifiers) return false;
    const std::string_view tag = s_.tokens[t].tag;
    const bool adverb = tag == "RB" || tag == "RBR";  // the only tags the copula matters to
    return IsSkippableModifier(s_, t, adverb && copula()) && !predicate(t);
  };
  int t = verb + 1;
  for (dict::WordId w : form.after) {
    while (t < n && s_.tokens[t].word != w) {
      if (int past = modifiers ? PastTimePhrase(t) : t; past > t) {
        t = past;
      } else if (skippable(t)) {
        ++t;
      } else {
        break;
      }
    }
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

// dyad: where a phrase that only says when ends, if one starts at token `t`
// ("next week", "Tuesday", "on Monday", "late on Friday"), else `t`: the
// words of a multi-word verb may stand apart by it ("will travel next week
// to", "arrived Tuesday in").
int VerbPhraseCoder::PastTimePhrase(int t) const {
  const int n = static_cast<int>(s_.tokens.size());
  // Only a unit whose words say when can be passed, at t or after a
  // preposition at t: the flag first, as most words are in no such unit.
  const auto says_when = [&](int k) {
    const int unit = s_.tokens[k].unit;
    return unit >= 0 && s_.units[unit].says_when;
  };
  if (!says_when(t) && !(t + 1 < n && says_when(t + 1))) return t;
  int begin = t;
  if (s_.tokens[t].tag == "IN" && t + 1 < n &&
      EqualsAnyIgnoreCase(s_.tokens[t].text, {"on", "in", "at", "during", "over"}))
    ++begin;
  const int unit = s_.tokens[begin].unit;
  if (unit < 0 || s_.units[unit].token_begin != begin || !OnlySaysWhen(s_, unit)) return t;
  return s_.units[unit].token_end;
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
  const std::span<const int> forms = dicts_.verbs.FormsOf(s_.tokens[verb].word);
  if (forms.empty()) return false;
  size_t best_size = 0;
  for (int f : forms) {
    const dict::VerbDictionary::FormWords form = dicts_.verbs.WordsOf(f);
    int st, en;
    size_t size = form.size();
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
  for (int f : forms) {
    const dict::VerbDictionary::FormWords form = dicts_.verbs.WordsOf(f);
    int st, en;
    size_t size = form.size();
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

// dyad: "Talks were held", "an agreement was signed": the forms of a
// passive participle whose other words (all after the verb, none before it)
// stand in order in its subject's noun, tokens [begin, end), from the first
// word on, skipping what FormMatches skips after a verb ("[fresh talks] were
// held" as "held fresh talks"). The longest go to x_.forms; returns whether
// any matched.
bool VerbPhraseCoder::ChooseSubjectForms(int verb, int begin, int end) {
  x_.forms.clear();
  x_.spread.clear();
  size_t best_size = 0;
  for (int f : dicts_.verbs.FormsOf(s_.tokens[verb].word)) {
    const dict::VerbDictionary::FormWords form = dicts_.verbs.WordsOf(f);
    if (!form.before.empty() || form.after.empty() || form.size() < best_size) continue;
    int t = begin;
    bool matched = true;
    for (dict::WordId w : form.after) {
      while (t < end && s_.tokens[t].word != w &&
             (IsSkippable(s_, t) || IsSkippableModifier(s_, t, /*copula=*/false)))
        ++t;
      if (t >= end || s_.tokens[t].word != w) {
        matched = false;
        break;
      }
      ++t;
    }
    if (!matched) continue;
    if (form.size() > best_size) x_.forms.clear();
    best_size = form.size();
    x_.forms.push_back(f);
  }
  return !x_.forms.empty();
}

namespace {

// Whether a noun phrase and then a finite verb follow token `t` (or a past
// form the tagger read as a participle: "who local media identified/VBN as").
bool SubjectAndVerbAfter(const Sentence& s, int t, bool participle = false) {
  int n = static_cast<int>(s.tokens.size());
  if (t + 1 >= n || s.tokens[t + 1].unit < 0) return false;
  int next = s.units[s.tokens[t + 1].unit].token_end;
  while (next < n && s.tokens[next].tag.starts_with("RB")) ++next;
  if (next >= n) return false;
  std::string_view tag = s.tokens[next].tag;
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" ||
         (participle && tag == "VBN");
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

// "sanctions to target officials who help bring migrants": a plural noun's
// "who" and a present verb tell what those people do, no words of the
// verb's pattern ("* to help"); so do "who" and a past or an auxiliary
// ("killed the rebels who had held 800 people hostage": no "* hundreds").
bool DeedOfThePhraseBefore(const Sentence& s, int t) {
  const int n = static_cast<int>(s.tokens.size());
  if (t == 0 || t + 1 >= n || s.tokens[t - 1].unit < 0) return false;
  std::string_view verb = s.tokens[t + 1].tag;
  if (EqualsIgnoreCase(s.tokens[t].text, "who") &&
      (verb == "VBD" || verb == "VBZ" || verb == "VBP" || verb == "MD"))
    return true;
  return s.tokens[t - 1].tag == "NNS" && (verb == "VBP" || verb == "VB");
}

// dyad: "signed a statement in which Kim reaffirmed ...": so does a relative
// pronoun with a subject of its own after it; that clause's parties and
// words are its own.
bool OpensRelativeClause(const Sentence& s, int t) {
  const Token& tok = s.tokens[t];
  // ... and a place's "where" ("travelled to Kampala, where he met Museveni").
  if (tok.tag == "WRB" && EqualsIgnoreCase(tok.text, "where")) return SubjectAndVerbAfter(s, t);
  if ((tok.tag != "WDT" && tok.tag != "WP") ||
      !EqualsAnyIgnoreCase(tok.text, {"which", "who", "whom"}))
    return false;
  return SubjectAndVerbAfter(s, t, /*participle=*/true) || DeedOfThePhraseBefore(s, t);
}

// "who" or "which" as a relative pronoun.
bool IsRelativeWho(const Token& tok) {
  return (tok.tag == "WDT" || tok.tag == "WP") && EqualsAnyIgnoreCase(tok.text, {"which", "who"});
}

// dyad: "announced that India and Pakistan had agreed to a ceasefire": a
// "that" with a subject and a finite verb after it opens a clause whose
// words are that clause's deed, not the reporting verb's ("* ceasefire").
bool OpensReportedClause(const Sentence& s, int t) {
  const Token& tok = s.tokens[t];
  return tok.tag == "IN" && EqualsIgnoreCase(tok.text, "that") && SubjectAndVerbAfter(s, t);
}

// Whether `code` is a verbal act (roots 01-03 and 10-13: statements,
// appeals, intents, demands, disapproval, rejection, threats) or none.
bool IsVerbalCode(std::string_view code) {
  if (code.size() < 2 || (code[0] != '0' && code[0] != '1')) return true;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root <= 3 || (root >= 10 && root <= 13);
}

// A word a base noun phrase is made of: "the", "huge", "earthquake".
bool IsNounPhraseWord(std::string_view tag) {
  return tag.starts_with("NN") || tag.starts_with("JJ") || tag == "DT" || tag == "CD" ||
         tag == "PRP$" || tag == "POS";
}

// A quotation mark, between phrases or inside one ("an \"enemy\"", whose
// opening mark the parser may take into the phrase).
bool IsQuoteMark(const Token& t) { return t.tag == "``" || t.tag == "''"; }

}  // namespace

void VerbPhraseCoder::CollectSequences(int start, int end, int vp_end) {
  x_.lower.clear();
  x_.before.clear();
  x_.reported_clause = SIZE_MAX;
  x_.adverbial_clause = SIZE_MAX;
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  for (int t = end + 1; t < vp_end; ++t) {
    if (dyad && OpensAdverbialClause(s_, t)) {
      AppendAdverbialSubject(t);
      break;
    }
    if (dyad && OpensRelativeClause(s_, t)) break;
    if (dyad && x_.reported_clause == SIZE_MAX && OpensReportedClause(s_, t))
      x_.reported_clause = x_.lower.size();
    // dyad: quotation marks are no words of a pattern ("called the Dutch
    // 'Nazi remnants'", "termed the strikes 'barbaric'", "declared South
    // Sudan an 'enemy'").
    if (dyad && IsQuoteMark(s_.tokens[t])) continue;
    if (s_.IsWord(t)) x_.lower.push_back(t);
  }
  if (dyad && x_.lower.empty()) CollectSharedObject(vp_end);
  for (int t = start - 1; t >= 0; --t) {
    if (!s_.IsWord(t)) continue;
    const Token& tok = s_.tokens[t];
    if (tok.unit < 0 && tok.tag == ",") break;  // the clause ends at a comma
    // dyad: "quit after government supporters attacked demonstrators": the
    // conjunction that opens the verb's own clause ends it too.
    if (dyad && OpensAdverbialClause(s_, t)) break;
    // dyad: "hunted the gunmen who stormed a hotel and killed 19 people": a
    // relative clause's words before its verb are its own and its
    // antecedent's, not the main clause's ("Police" is no "&POLICE *").
    if (dyad && IsRelativeWho(tok) && t >= 1 && s_.tokens[t - 1].unit >= 0) {
      for (int a = t - 1; a >= s_.units[s_.tokens[t - 1].unit].token_begin; --a)
        if (s_.IsWord(a)) x_.before.push_back(a);
      break;
    }
    x_.before.push_back(t);
  }
}

// dyad: the conjunction at `t` and the subject of the clause of time or cause
// it opens ("after [the earthquake] devastated ..."), read to their end as the
// verb's last words: a cause a pattern names ("* for help &02DISASTER"), whose
// clause's own verb and parties the pattern does not read.
void VerbPhraseCoder::AppendAdverbialSubject(int t) {
  const int subject_end = s_.units[s_.tokens[t + 1].unit].token_end;
  x_.adverbial_clause = x_.lower.size();
  x_.lower.push_back(t);
  // Only the subject's own noun phrase: "since [a seven-week war] in the
  // enclave ended" lends no "in".
  for (int k = t + 1; k < subject_end && IsNounPhraseWord(s_.tokens[k].tag); ++k) {
    if (s_.IsWord(k)) x_.lower.push_back(k);
  }
}

// dyad: "kidnapped and killed a Nigerian executive", "condemned and
// rejected the proposal": a verb with nothing after it shares the direct
// object (and what follows it) of the active verb coordinated right after it.
void VerbPhraseCoder::CollectSharedObject(int vp_end) {
  int n = static_cast<int>(s_.tokens.size());
  if (vp_end + 2 >= n || s_.tokens[vp_end].tag != "CC" ||
      !EqualsAnyIgnoreCase(s_.tokens[vp_end].text, {"and", "or"}))
    return;
  for (const VerbPhrase& next : s_.verb_phrases) {
    if (next.verb_token != vp_end + 1) continue;
    int object = next.verb_token + 1;
    if (next.passive_verb >= 0 || object >= next.end_token || s_.tokens[object].unit < 0) return;
    for (int t = object; t < next.end_token; ++t) {
      if (OpensAdverbialClause(s_, t) || OpensRelativeClause(s_, t)) break;
      if (s_.IsWord(t)) x_.lower.push_back(t);
    }
    return;
  }
}

// Forms that match across modifiers speak when the others say nothing or
// that this use is no event ("opened formal peace talks": not "* talks"
// of "open" as in opening an inquiry, but "open talks"), and when the
// others' pattern matches only words past the spread form's and is less
// specific than it with its words ("sent his condolences to Bush over the
// attacks in": "send condolences" + "* to TARGET", not "* &ATTACK in").
void VerbPhraseCoder::PreferSpreadForms(int* pattern, PatternBinding* binding) {
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
  if (*pattern < 0 || IsNullCode(dicts_.verbs.pattern(*pattern).code)) {
    take = spread >= 0 || spread_coded;
  } else if (binding->first_word < 0 || binding->first_word > x_.spread_end) {
    take =
        (spread >= 0 || spread_coded) && spread_score > dicts_.verbs.pattern(*pattern).specificity;
  }
  if (take && spread >= 0) {
    *pattern = spread;
    *binding = spread_binding;
  } else if (take) {
    *pattern = -1;  // FallbackForm chose the spread form's code
    *binding = PatternBinding{};
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
    const int b = dicts_.verbs.form(f).block;
    const dict::VerbBlock& block = dicts_.verbs.block(b);
    for (const auto* seq : {&x_.lower, &x_.before}) {
      for (int t : *seq) {
        for (int p : dicts_.verbs.PatternsAnchoredBy(b, s_.tokens[t].word)) add(p);
        // "expelled 300,000 migrants" as "expelled thousands of migrants".
        std::string_view number = dyad_files ? NumberWord(s_.tokens[t]) : std::string_view();
        for (std::string_view word :
             {std::string_view("THOUSANDS"), std::string_view("HUNDREDS")}) {
          if (number.empty() || (word == "THOUSANDS" && number != word)) continue;
          for (int p : dicts_.verbs.PatternsAnchoredBy(b, dicts_.vocabulary.Find(word))) add(p);
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
    if (WordsInReportedClause(pattern, b) || ReachesIntoAdverbialClause(b)) continue;
    // dyad: a TARGET right after the verb ("* TARGET with") is its object,
    // not a phrase of an infinitive after it ("threatened to halt talks with
    // Russia" is no "threatened [talks] with").
    if (dyad && !pattern.after.empty() &&
        pattern.after.front().kind == dict::ElementKind::kTarget && b.target >= 0 &&
        VerbBeforeUnit(b.target))
      continue;
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

bool VerbPhraseCoder::WordsInReportedClause(const dict::Pattern& pattern,
                                            const PatternBinding& binding) const {
  if (x_.reported_clause >= x_.lower.size() || binding.first_word < x_.lower[x_.reported_clause])
    return false;
  // What is said, demanded, threatened or alleged is the content of a clause
  // ("warned that Israel would face punishment", "alleged that X had spied"):
  // only deeds (meetings, aid, yielding, force) are the clause's own.
  if (IsVerbalCode(pattern.code)) return false;
  const dict::WordId that = dicts_.vocabulary.Find("THAT");
  return std::none_of(pattern.after.begin(), pattern.after.end(),
                      [&](const dict::PatternElement& e) {
                        return e.kind == dict::ElementKind::kWord && e.id == that;
                      });
}

// Whether a match reads the subject of a clause of time or cause after the
// verb (CollectSequences) other than to finish a pattern begun before it: a
// party bound there, or a first word there, is that clause's, not the verb's.
bool VerbPhraseCoder::ReachesIntoAdverbialClause(const PatternBinding& binding) const {
  if (x_.adverbial_clause >= x_.lower.size()) return false;
  const int begin = x_.lower[x_.adverbial_clause];
  auto inside = [&](int unit) { return unit >= 0 && s_.units[unit].token_begin >= begin; };
  if (inside(binding.source) || inside(binding.target) || inside(binding.compound)) return true;
  return binding.first_word >= begin;
}

// Whether an infinitive's "to", a modal or a base or present verb stands
// among the verb's words before `unit` (a participle may modify it:
// "found jailed/VBN opposition leader X guilty").
bool VerbPhraseCoder::VerbBeforeUnit(int unit) const {
  const int begin = s_.units[unit].token_begin;
  for (int t : x_.lower) {
    if (t >= begin) return false;
    std::string_view tag = s_.tokens[t].tag;
    if (tag == "TO" || tag == "MD" || tag == "VB" || tag == "VBZ" || tag == "VBP") return true;
  }
  return false;
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

}  // namespace dyad::code
