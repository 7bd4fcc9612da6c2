// Matching a verb pattern against the words around the verb.
//
// The elements after the '*' must appear, in order, among the words of the
// verb phrase after the verb; the elements before it, in reverse order, among
// the words before the verb, reading backwards. Other words may come between
// elements. $ and + bind the noun-phrase unit found at that point (the next
// element may match words inside it, as in "+ INSPECTOR"), ^ skips a unit and
// % binds a compound unit. The search backtracks, so the first alignment that
// satisfies every element wins.
//
// In dyad's dictionaries a "---" pattern (this use of the verb is no event)
// must name what the verb acts on, not a modifier of it: a word of it that a
// common noun follows in the same noun phrase does not match ("* power" is
// "seized power", not "struck a nuclear power plant").
#include <algorithm>
#include <array>

#include "code/stages.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

namespace {

using dict::ElementKind;
using dict::PatternElement;

class Matcher {
 public:
  Matcher(const dict::Dictionaries& dicts, const Sentence& s, std::span<const int> seq,
          bool reversed, bool heads_only, bool skips_times, PatternBinding* binding)
      : dicts_(dicts),
        s_(s),
        seq_(seq),
        reversed_(reversed),
        heads_only_(heads_only),
        dyad_(dicts.format == dict::Dictionaries::Format::kDyad),
        skips_times_(skips_times),
        binding_(binding) {}

  // The first token (in sentence order) a word or synset element matched in
  // the last successful Match, -1 if none.
  int FirstWordToken(size_t count) const {
    int first = -1;
    count = std::min(count, matched_.size());
    for (size_t a = 0; a < count; ++a) {
      if (matched_[a] >= 0 && (first < 0 || matched_[a] < first)) first = matched_[a];
    }
    return first;
  }

  // Matches elements[e..] (in matching order) from seq position i. An
  // adjacent element must start before `adjacent_end` (normally i + 1; after
  // a $ or + it may also start inside the bound unit).
  bool Match(std::span<const PatternElement> elements, size_t e, size_t i, size_t adjacent_end) {
    if (e == elements.size()) return !heads_only_ || WordsReachHeads(e);
    const PatternElement& el = elements[e];
    if (e == 0 && i == 0 && OmitsClauseThat(elements)) {
      const PatternElement& target = elements[1];
      PatternBinding saved = *binding_;
      Bind(target, 0);
      Record(target, 1, 0, EndOfUnit(0));
      if (!matched_.empty()) matched_[0] = -1;
      if (Match(elements, 2, EndOfUnit(0), EndOfUnit(0) + 1)) return true;
      *binding_ = saved;
    }
    size_t limit = el.adjacent ? std::min(adjacent_end, seq_.size()) : seq_.size();
    for (size_t j = i; j < limit; ++j) {
      size_t next;
      if (!MatchElementAt(el, j, &next)) continue;
      if (InfinitiveForPhrase(elements, e, j) || AtOfAQuantity(el, j) || DeedOfTheVictims(el, j))
        continue;
      if (e + 1 == elements.size() && NamesAPossessor(el, next)) continue;
      PatternBinding saved = *binding_;
      Bind(el, j);
      Record(el, e, j, next);
      bool binds = el.kind == ElementKind::kSource || el.kind == ElementKind::kTarget;
      if (Match(elements, e + 1, next, binds ? EndOfUnit(j) + 1 : next + 1)) return true;
      *binding_ = saved;
    }
    return false;
  }

 private:
  const Token& At(size_t j) const { return s_.tokens[seq_[j]]; }

  // dyad's dictionaries: "demanded Russia withdraw", "warned Israel would
  // pay": a pattern's clause "* that TARGET ..." matches without its "that"
  // when the verb's first words are a noun phrase, the clause's subject, and
  // a verb (a base form, a present, or the pattern's own modal) follows it
  // right away.
  bool OmitsClauseThat(std::span<const PatternElement> elements) const {
    if (!dyad_ || reversed_ || elements.size() < 3 || seq_.empty() || At(0).unit < 0 ||
        !dicts_.verbs.LeadsWithOmissible(elements))
      return false;
    const size_t end = EndOfUnit(0);
    if (end >= seq_.size() || seq_[end] != seq_[end - 1] + 1) return false;
    // A modal only where the pattern spells it ("* that TARGET would pay"):
    // "insisted her government would not extradite" demands nothing.
    const std::string_view tag = At(end).tag;
    if (tag == "MD")
      return elements[2].kind == ElementKind::kWord && At(end).word == elements[2].id;
    return tag == "VB" || tag == "VBP";
  }

  // dyad's dictionaries: "to" before a verb ("visited Beijing to discuss
  // trade") is no preposition, so it does not match a pattern's "to" that
  // leads to a noun phrase ("* to TARGET"); "* to visit" still matches.
  bool InfinitiveForPhrase(std::span<const PatternElement> elements, size_t e, size_t j) const {
    if (!dyad_ || reversed_ || elements[e].kind != ElementKind::kWord) return false;
    if (At(j).tag != "TO") return false;
    int after = seq_[j] + 1;
    if (after >= static_cast<int>(s_.tokens.size()) || s_.tokens[after].tag != "VB") return false;
    if (e + 1 == elements.size()) return false;  // "* days to": the pattern means the infinitive
    ElementKind next = elements[e + 1].kind;
    return next != ElementKind::kWord && next != ElementKind::kSynset;
  }

  // dyad's dictionaries: the "at" of "at least 25 people", "at most" opens a
  // number, not a place, so it does not match a pattern's "at" ("marched
  // through the capital to demand justice for at least 25 people killed" is
  // no march at them).
  bool AtOfAQuantity(const PatternElement& el, size_t j) const {
    if (!dyad_ || el.kind != ElementKind::kWord || !EqualsIgnoreCase(At(j).text, "at"))
      return false;
    int after = seq_[j] + 1;
    return after < static_cast<int>(s_.tokens.size()) &&
           EqualsAnyIgnoreCase(s_.tokens[after].text, {"least", "most"});
  }

  // dyad's dictionaries: a deed named after "the victims of" was done to
  // them by others, not by the verb's subject, and so is what follows it
  // ("began three days of mourning for the victims of twin suicide bombings
  // that tore through a peace rally" is no bombing or rally of the mourner).
  // A preposition there still leads to the verb's object ("ask forgiveness
  // of all the victims of the conflict for all the pain": "* for TARGET").
  bool DeedOfTheVictims(const PatternElement& el, size_t j) const {
    if (!dyad_ || reversed_) return false;
    const bool noun = el.kind == ElementKind::kWord && At(j).tag.starts_with("NN");
    if (el.kind != ElementKind::kSynset && !noun) return false;
    for (int t = seq_[0] + 1; t < seq_[j]; ++t) {
      if (EqualsIgnoreCase(s_.tokens[t].text, "of") &&
          EqualsAnyIgnoreCase(s_.tokens[t - 1].text, {"victims", "survivors"}))
        return true;
    }
    return false;
  }

  // dyad's dictionaries: the pattern's last words are the possessor of the
  // phrase they stand in ("dismissed the Greek prime minister's claims": the
  // claims are dismissed, not the prime minister), so they name no object.
  bool NamesAPossessor(const PatternElement& el, size_t next) const {
    if (!dyad_ || reversed_ || (el.kind != ElementKind::kWord && el.kind != ElementKind::kSynset))
      return false;
    // ... or a title before a name that is ("President Trump's claims").
    const int last = seq_[next - 1];
    const int unit = s_.tokens[last].unit;
    if (unit < 0) return false;
    int t = last + 1;
    while (t < s_.units[unit].token_end && s_.tokens[t].tag.starts_with("NNP")) ++t;
    return t < s_.units[unit].token_end && s_.tokens[t].tag == "POS";
  }

  // Remembers the last token (in sentence order) a word or synset element
  // matched at seq positions [j, next), -1 for other elements.
  void Record(const PatternElement& el, size_t e, size_t j, size_t next) {
    if (e >= matched_.size()) return;
    bool word = el.kind == ElementKind::kWord || el.kind == ElementKind::kSynset;
    matched_[e] = word ? std::max(seq_[j], seq_[next - 1]) : -1;
  }

  // Whether none of the first `count` elements' words is a modifier of a
  // common noun after it in the same phrase ("power" in "nuclear power
  // plant"), unless a later word of the pattern takes that noun too.
  bool WordsReachHeads(size_t count) const {
    count = std::min(count, matched_.size());
    for (size_t a = 0; a < count; ++a) {
      int t = matched_[a];
      if (t < 0 || s_.tokens[t].unit < 0) continue;
      int next = t + 1;
      if (next >= static_cast<int>(s_.tokens.size()) || s_.tokens[next].unit != s_.tokens[t].unit)
        continue;
      std::string_view tag = s_.tokens[next].tag;
      if (tag != "NN" && tag != "NNS") continue;
      bool taken = false;
      for (size_t b = 0; b < count; ++b) taken |= matched_[b] == next;
      if (!taken) return false;
    }
    return true;
  }

  // Whether `el` matches at seq position j; `next` is where matching goes on.
  bool MatchElementAt(const PatternElement& el, size_t j, size_t* next) const {
    switch (el.kind) {
      case ElementKind::kWord:
        *next = j + 1;
        return At(j).word == el.id || CountsAsThousands(el, j);
      case ElementKind::kSynset:
        return MatchSynset(el.id, j, next);
      case ElementKind::kSource:
      case ElementKind::kTarget:
        *next = j;
        return At(j).unit >= 0 && !(skips_times_ && OnlySaysWhen(s_, At(j).unit));
      case ElementKind::kSkipPhrase:
        *next = EndOfUnit(j);
        return At(j).unit >= 0;
      case ElementKind::kCompound:
        *next = EndOfUnit(j);
        return At(j).unit >= 0 && IsGroup(At(j).unit);
    }
    return false;
  }

  // dyad's dictionaries: a number of two thousand or more written in digits
  // matches the word "thousands" ("expelled 300,000 migrants" as "expelled
  // hundreds of thousands of migrants").
  bool CountsAsThousands(const PatternElement& el, size_t j) const {
    if (!dyad_ || At(j).tag != "CD") return false;
    std::string_view word = dicts_.vocabulary.Word(el.id);
    std::string_view number = NumberWord(At(j));
    return !number.empty() && (word == number || (word == "HUNDREDS" && number == "THOUSANDS"));
  }

  // A compound, or a phrase the resolver read as two actors ("the two
  // countries": "ETH/ERI").
  bool IsGroup(int unit) const {
    const Unit& u = s_.units[unit];
    if (u.compound) return true;
    const Phrase& p = s_.phrases[u.phrase_begin];
    return !p.antecedent.empty() && p.code.find('/') != std::string::npos;
  }

  size_t EndOfUnit(size_t j) const {
    int unit = At(j).unit;
    while (j < seq_.size() && At(j).unit == unit) ++j;
    return j;
  }

  // A member phrase of the synset at seq position j (read backwards in the
  // reversed sequence before the verb). Longer members are tried first.
  bool MatchSynset(uint32_t synset, size_t j, size_t* next) const {
    const dict::Synset& set = dicts_.verbs.synset(synset);
    const auto& index = reversed_ ? set.by_last : set.by_first;
    dict::WordId here = At(j).word;
    auto range = std::equal_range(index.begin(), index.end(), std::make_pair(here, 0u),
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    size_t best_words = 0, best_end = j;
    int article = -1;  // whether the word at j is an article: not yet read
    for (auto it = range.first; it != range.second; ++it) {
      const auto& member = set.members[it->second];
      if (member.size() <= best_words || j + member.size() > seq_.size()) continue;
      const size_t end = MemberEnd(member, j, &article);
      if (end > j) best_words = member.size(), best_end = end;
    }
    if (best_words == 0) return false;
    *next = best_end;
    return true;
  }

  // Where `member`, whose first word (last, read backwards) matched at seq
  // position j, ends; j if it does not match. dyad's dictionaries: after a
  // member's opening article, up to two adjectives of the text may stand
  // before its next word, after the verb ("called the agreement a historic
  // mistake" is "a mistake"). `article` caches whether the word at j is one
  // (-1: not yet read).
  size_t MemberEnd(const std::vector<dict::WordId>& member, size_t j, int* article) const {
    size_t at = j + 1;
    for (size_t k = 1; k < member.size(); ++k, ++at) {
      dict::WordId want = reversed_ ? member[member.size() - 1 - k] : member[k];
      if (k == 1 && at < seq_.size() && At(at).word != want && At(at).tag == "JJ" &&
          OpensWithArticle(j, article)) {
        for (int skipped = 0;
             skipped < 2 && at < seq_.size() && At(at).word != want && At(at).tag == "JJ";
             ++skipped)
          ++at;
      }
      if (at >= seq_.size() || At(at).word != want) return j;
    }
    return at;
  }

  bool OpensWithArticle(size_t j, int* article) const {
    if (*article < 0)
      *article = !reversed_ && dyad_ && EqualsAnyIgnoreCase(At(j).text, {"a", "an", "the"});
    return *article == 1;
  }

  void Bind(const PatternElement& el, size_t j) {
    int unit = At(j).unit;
    if (el.kind == ElementKind::kSource) binding_->source = unit;
    if (el.kind == ElementKind::kTarget) binding_->target = unit;
    if (el.kind == ElementKind::kCompound) {
      // Before the verb, a compound's members act on each other; after it,
      // the compound is the target.
      binding_->compound = unit;
      (reversed_ ? binding_->source : binding_->target) = unit;
    }
  }

  const dict::Dictionaries& dicts_;
  const Sentence& s_;
  std::span<const int> seq_;
  bool reversed_;
  bool heads_only_;
  bool dyad_;  // dyad's dictionaries: their rules for infinitives, articles, possessors
  bool skips_times_;
  PatternBinding* binding_;
  std::array<int, 16> matched_{};  // per element, see Record(); longer patterns are not checked
};

}  // namespace

// Asked for every slot a pattern tries: the words' test was made once, when
// the sentence was built (Unit::says_when).
bool OnlySaysWhen(const Sentence& s, int unit) {
  const Unit& u = s.units[unit];
  if (!u.says_when) return false;
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    if (s.phrases[p].code != "---" && !s.phrases[p].code.empty()) return false;
  }
  return true;
}

std::string_view NumberWord(const Token& token) {
  if (token.tag != "CD") return {};
  long value = 0;
  for (char c : token.text) {
    if (c == ',') continue;
    if (c < '0' || c > '9' || value > 1000000000L) return {};
    value = value * 10 + (c - '0');
  }
  // "in 2011", "since 1998": four digits without a comma in this range are a
  // year, not a crowd ("2,000 protesters").
  if (token.text.size() == 4 && value >= 1900 && value < 2100) return {};
  if (value >= 2000) return "THOUSANDS";
  if (value >= 200) return "HUNDREDS";
  return {};
}

bool MatchPattern(const dict::Dictionaries& dicts, const dict::Pattern& pattern, const Sentence& s,
                  std::span<const int> lower, std::span<const int> upper, PatternBinding* binding) {
  *binding = PatternBinding{};
  bool heads_only = dicts.format == dict::Dictionaries::Format::kDyad &&
                    (pattern.code == "---" || pattern.code.empty());
  // A phrase of time binds no party slot, save in a verb whose target may be
  // implicit ("declared a state of emergency on Monday": the coder lays it
  // on the source's people when the slot names no one).
  bool skips_times = dicts.format == dict::Dictionaries::Format::kDyad &&
                     (pattern.block < 0 || dicts.verbs.block(pattern.block).implicit_target ==
                                               dict::ImplicitTarget::kNone);
  Matcher after(dicts, s, lower, false, heads_only, skips_times, binding);
  if (!after.Match(pattern.after, 0, 0, 1)) return false;
  binding->first_word = after.FirstWordToken(pattern.after.size());
  // `before` is stored nearest-the-verb first, as `upper` runs outwards.
  return Matcher(dicts, s, upper, true, heads_only, skips_times, binding)
      .Match(pattern.before, 0, 0, 1);
}

}  // namespace dyad::code
