#include "doc/quoted_demands.h"

#include <algorithm>

#include "dyad/base/text.h"

namespace dyad::doc {

namespace {

// The most words a demand's pattern reads after its party.
constexpr int kMaxWords = 12;

// Whether `p` is "* TARGET_x y ... => 10x or 13x": nothing before the verb,
// the target right after it, then words and synsets, the first the very next
// word ("said Iran must release", "said Japan would pay a heavy price"); a
// demand or a threat, the speaker's own act on the party.
bool IsDemandOfTarget(const dict::Pattern& p) {
  if (!p.before.empty() || p.after.size() < 2 || p.after[0].kind != dict::ElementKind::kTarget ||
      !p.after[1].adjacent || !(p.code.starts_with("10") || p.code.starts_with("13")))
    return false;
  for (size_t i = 1; i < p.after.size(); ++i) {
    const dict::ElementKind kind = p.after[i].kind;
    if (kind != dict::ElementKind::kWord && kind != dict::ElementKind::kSynset) return false;
  }
  return true;
}

// Whether `p` is "* &RESPONSES (w ... TARGET) => 13x": the verb's own
// response promised, its synset's members opening with a pronoun ("it would
// retaliate"), then words and at most a target last.
bool IsOwnResponse(const dict::Pattern& p, const dict::VerbDictionary& verbs, dict::WordId it) {
  if (!p.before.empty() || p.after.empty() || p.after[0].kind != dict::ElementKind::kSynset ||
      !p.code.starts_with("13"))
    return false;
  for (size_t i = 1; i < p.after.size(); ++i) {
    const dict::ElementKind kind = p.after[i].kind;
    if (kind != dict::ElementKind::kWord &&
        (kind != dict::ElementKind::kTarget || i + 1 != p.after.size()))
      return false;
  }
  const std::vector<std::vector<dict::WordId>>& members = verbs.synset(p.after[0].id).members;
  return !members.empty() && !members[0].empty() && members[0][0] == it;
}

}  // namespace

QuotedDemands::QuotedDemands(const dict::Dictionaries& dicts) : dicts_(dicts) {
  const dict::VerbDictionary& verbs = dicts.verbs;
  const dict::WordId said = dicts.vocabulary.Find("SAID");
  it_ = dicts.vocabulary.Find("IT");
  we_ = dicts.vocabulary.Find("WE");
  if (said == dict::kUnknownWord) return;
  for (int form : verbs.FormsOf(said)) {
    const dict::VerbForm& f = verbs.form(form);
    if (!f.before.empty() || !f.after.empty() || f.block < 0) continue;
    for (int p : verbs.block(f.block).patterns) {
      const dict::Pattern& pattern = verbs.pattern(p);
      if (it_ != dict::kUnknownWord && IsOwnResponse(pattern, verbs, it_) &&
          std::find(responses_.begin(), responses_.end(), p) == responses_.end())
        responses_.push_back(p);
      if (!IsDemandOfTarget(pattern) ||
          std::find(patterns_.begin(), patterns_.end(), p) != patterns_.end())
        continue;
      patterns_.push_back(p);
      const dict::PatternElement& first = pattern.after[1];
      if (first.kind == dict::ElementKind::kWord) {
        starts_.push_back(first.id);
      } else {
        for (const std::vector<dict::WordId>& m : verbs.synset(first.id).members) {
          if (!m.empty()) starts_.push_back(m[0]);
        }
      }
    }
  }
  std::sort(starts_.begin(), starts_.end());
  starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
}

// The number of words element `e` matches at ids[at] (the longest member of
// a synset), 0 if none.
int QuotedDemands::MatchElement(const dict::PatternElement& e, std::span<const dict::WordId> ids,
                                size_t at) const {
  if (at >= ids.size()) return 0;
  if (e.kind == dict::ElementKind::kWord) return ids[at] == e.id ? 1 : 0;
  int best = 0;
  for (const std::vector<dict::WordId>& m : dicts_.verbs.synset(e.id).members) {
    if (m.empty() || m[0] != ids[at] || at + m.size() > ids.size() ||
        static_cast<int>(m.size()) <= best)
      continue;
    if (std::equal(m.begin(), m.end(), ids.begin() + static_cast<std::ptrdiff_t>(at)))
      best = static_cast<int>(m.size());
  }
  return best;
}

const dict::Pattern* QuotedDemands::Match(std::span<const std::string_view> words, int at,
                                          int* length) const {
  const int n = static_cast<int>(words.size());
  if (at >= n || patterns_.empty()) return nullptr;
  upper_.clear();
  AppendUpperAscii(words[at], &upper_);
  if (!std::binary_search(starts_.begin(), starts_.end(), dicts_.vocabulary.Find(upper_)))
    return nullptr;
  ReadIds(words, at);
  const dict::Pattern* best = nullptr;
  int best_length = 0;
  for (int p : patterns_) {
    const dict::Pattern& pattern = dicts_.verbs.pattern(p);
    size_t t = 0;
    bool matched = true;
    for (size_t i = 1; i < pattern.after.size() && matched; ++i) {
      const int k = MatchElement(pattern.after[i], ids_, t);
      matched = k > 0;
      t += static_cast<size_t>(k);
    }
    if (matched && static_cast<int>(t) > best_length) {
      best = &pattern;
      best_length = static_cast<int>(t);
    }
  }
  *length = best_length;
  return best;
}

// The words from `at` (at most kMaxWords) as the vocabulary's ids, in ids_.
void QuotedDemands::ReadIds(std::span<const std::string_view> words, int at) const {
  ids_.clear();
  const int n = static_cast<int>(words.size());
  for (int t = at; t < n && t < at + kMaxWords; ++t) {
    upper_.clear();
    AppendUpperAscii(words[t], &upper_);
    ids_.push_back(dicts_.vocabulary.Find(upper_));
  }
}

// The words of the longest member of `synset` that `ids` ("WE WILL RESPOND
// FIRMLY ...") start with, its pronoun read as "we"; 0 if none.
int QuotedDemands::MatchResponse(int synset, std::span<const dict::WordId> ids) const {
  int best = 0;
  for (const std::vector<dict::WordId>& m : dicts_.verbs.synset(synset).members) {
    if (m.size() < 2 || m.size() > ids.size() || static_cast<int>(m.size()) <= best ||
        (m[0] != it_ && m[0] != we_))
      continue;
    if (std::equal(m.begin() + 1, m.end(), ids.begin() + 1)) best = static_cast<int>(m.size());
  }
  return best;
}

const dict::Pattern* QuotedDemands::MatchOwnResponse(std::span<const std::string_view> words,
                                                     int at, int* length) const {
  if (at >= static_cast<int>(words.size()) || responses_.empty() ||
      !EqualsIgnoreCase(words[at], "we"))
    return nullptr;
  ReadIds(words, at);
  const dict::Pattern* best = nullptr;
  int best_length = 0;
  for (int p : responses_) {
    const dict::Pattern& pattern = dicts_.verbs.pattern(p);
    size_t t = static_cast<size_t>(MatchResponse(static_cast<int>(pattern.after[0].id), ids_));
    bool matched = t > 0;
    for (size_t i = 1; i < pattern.after.size() && matched; ++i) {
      const dict::PatternElement& e = pattern.after[i];
      if (e.kind == dict::ElementKind::kTarget) break;  // the caller's party
      matched = t < ids_.size() && ids_[t] == e.id;
      ++t;
    }
    // The longest; a pattern that names a target before one that does not.
    if (matched && (static_cast<int>(t) > best_length ||
                    (static_cast<int>(t) == best_length && best != nullptr &&
                     best->after.back().kind != dict::ElementKind::kTarget))) {
      best = &pattern;
      best_length = static_cast<int>(t);
    }
  }
  *length = best_length;
  return best;
}

}  // namespace dyad::doc
