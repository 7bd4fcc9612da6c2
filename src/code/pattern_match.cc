// Matching a verb pattern against the words around the verb.
//
// The elements after the '*' must appear, in order, among the words of the
// verb phrase after the verb; the elements before it, in reverse order, among
// the words before the verb, reading backwards. Other words may come between
// elements. $ and + bind the noun-phrase unit found at that point (the next
// element may match words inside it, as in "+ INSPECTOR"), ^ skips a unit and
// % binds a compound unit. The search backtracks, so the first alignment that
// satisfies every element wins.
#include <algorithm>

#include "code/stages.h"

namespace dyad::code {

namespace {

using dict::ElementKind;
using dict::PatternElement;

class Matcher {
 public:
  Matcher(const dict::Dictionaries& dicts, const Sentence& s, std::span<const int> seq,
          bool reversed, PatternBinding* binding)
      : dicts_(dicts), s_(s), seq_(seq), reversed_(reversed), binding_(binding) {}

  // Matches elements[e..] (in matching order) from seq position i. An
  // adjacent element must start before `adjacent_end` (normally i + 1; after
  // a $ or + it may also start inside the bound unit).
  bool Match(std::span<const PatternElement> elements, size_t e, size_t i, size_t adjacent_end) {
    if (e == elements.size()) return true;
    const PatternElement& el = elements[e];
    size_t limit = el.adjacent ? std::min(adjacent_end, seq_.size()) : seq_.size();
    for (size_t j = i; j < limit; ++j) {
      size_t next;
      if (!MatchElementAt(el, j, &next)) continue;
      PatternBinding saved = *binding_;
      Bind(el, j);
      bool binds = el.kind == ElementKind::kSource || el.kind == ElementKind::kTarget;
      if (Match(elements, e + 1, next, binds ? EndOfUnit(j) + 1 : next + 1)) return true;
      *binding_ = saved;
    }
    return false;
  }

 private:
  const Token& At(size_t j) const { return s_.tokens[seq_[j]]; }

  // Whether `el` matches at seq position j; `next` is where matching goes on.
  bool MatchElementAt(const PatternElement& el, size_t j, size_t* next) const {
    switch (el.kind) {
      case ElementKind::kWord:
        *next = j + 1;
        return At(j).word == el.id;
      case ElementKind::kSynset:
        return MatchSynset(el.id, j, next);
      case ElementKind::kSource:
      case ElementKind::kTarget:
        *next = j;
        return At(j).unit >= 0;
      case ElementKind::kSkipPhrase:
        *next = EndOfUnit(j);
        return At(j).unit >= 0;
      case ElementKind::kCompound:
        *next = EndOfUnit(j);
        return At(j).unit >= 0 && s_.units[At(j).unit].compound;
    }
    return false;
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
    size_t best = 0;
    for (auto it = range.first; it != range.second; ++it) {
      const auto& member = set.members[it->second];
      if (member.size() <= best || j + member.size() > seq_.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < member.size() && ok; ++k) {
        dict::WordId want = reversed_ ? member[member.size() - 1 - k] : member[k];
        ok = At(j + k).word == want;
      }
      if (ok) best = member.size();
    }
    if (best == 0) return false;
    *next = j + best;
    return true;
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
  PatternBinding* binding_;
};

}  // namespace

bool MatchPattern(const dict::Dictionaries& dicts, const dict::Pattern& pattern, const Sentence& s,
                  std::span<const int> lower, std::span<const int> upper, PatternBinding* binding) {
  *binding = PatternBinding{};
  if (!Matcher(dicts, s, lower, false, binding).Match(pattern.after, 0, 0, 1)) return false;
  // `before` is stored nearest-the-verb first, as `upper` runs outwards.
  return Matcher(dicts, s, upper, true, binding).Match(pattern.before, 0, 0, 1);
}

}  // namespace dyad::code
