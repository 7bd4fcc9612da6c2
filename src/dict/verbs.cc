// Construction and indexing of the verb dictionary.
#include "dyad/dict/verbs.h"

#include <algorithm>

namespace dyad::dict {

int VerbDictionary::AddBlock(VerbBlock block) {
  blocks_.push_back(std::move(block));
  return static_cast<int>(blocks_.size() - 1);
}

int VerbDictionary::AddForm(VerbForm form) {
  int index = static_cast<int>(forms_.size());
  forms_.push_back(std::move(form));
  return index;
}

int VerbDictionary::AddPattern(Pattern pattern) {
  int index = static_cast<int>(patterns_.size());
  if (pattern.block >= 0) blocks_[pattern.block].patterns.push_back(index);
  patterns_.push_back(std::move(pattern));
  return index;
}

int VerbDictionary::SynsetIndex(const std::string& name) {
  auto it = synset_by_name_.find(name);
  if (it != synset_by_name_.end()) return it->second;
  Synset synset;
  synset.name = name;
  synsets_.push_back(std::move(synset));
  int index = static_cast<int>(synsets_.size() - 1);
  synset_by_name_.emplace(name, index);
  return index;
}

namespace {
// The anchor words of a pattern: the words one of which must occur in the
// sentence for the pattern to match (not a leading omissible word before
// TARGET, when `omits`). Empty when it has no other word or synset.
std::vector<WordId> AnchorsOf(const Pattern& p, const std::vector<Synset>& synsets, bool omits) {
  for (const auto* part : {&p.after, &p.before}) {
    for (const PatternElement& e : *part) {
      if (omits && &e == &p.after[0]) continue;
      if (e.kind == ElementKind::kWord) return {e.id};
      if (e.kind == ElementKind::kSynset) {
        std::vector<WordId> firsts;
        for (const auto& member : synsets[e.id].members) {
          if (!member.empty()) firsts.push_back(member.front());
        }
        return firsts;
      }
    }
  }
  return {};
}
}  // namespace

namespace {
// The blocks holding a verb written `name` ("ATTACK", "SAY").
std::vector<int> BlocksNamed(const std::string& name, const std::vector<VerbForm>& forms) {
  std::vector<int> blocks;
  for (const VerbForm& f : forms) {
    std::string_view text = f.text;
    if (text.starts_with('+')) text.remove_prefix(1);
    if (text == name && std::find(blocks.begin(), blocks.end(), f.block) == blocks.end()) {
      blocks.push_back(f.block);
    }
  }
  return blocks;
}
}  // namespace

void VerbDictionary::Finish(WordId omissible) {
  omissible_ = omissible;
  reporting_.assign(blocks_.size(), false);
  for (Transformation& t : transformations_) {
    t.outer_blocks = BlocksNamed(t.outer_verb, forms_);
    t.inner_blocks = t.inner_verb == "Q" ? std::vector<int>{} : BlocksNamed(t.inner_verb, forms_);
    for (int b : t.outer_blocks) reporting_[b] = true;
  }
  for (Synset& synset : synsets_) {
    synset.by_first.clear();
    synset.by_last.clear();
    for (uint32_t m = 0; m < synset.members.size(); ++m) {
      if (synset.members[m].empty()) continue;
      synset.by_first.emplace_back(synset.members[m].front(), m);
      synset.by_last.emplace_back(synset.members[m].back(), m);
    }
    std::sort(synset.by_first.begin(), synset.by_first.end());
    std::sort(synset.by_last.begin(), synset.by_last.end());
  }
  std::vector<std::pair<uint64_t, int>> anchored;
  for (size_t b = 0; b < blocks_.size(); ++b) {
    VerbBlock& block = blocks_[b];
    block.unanchored.clear();
    for (int index : block.patterns) {
      const Pattern& pattern = patterns_[index];
      std::vector<WordId> anchors = AnchorsOf(pattern, synsets_, LeadsWithOmissible(pattern.after));
      if (anchors.empty()) block.unanchored.push_back(index);
      std::sort(anchors.begin(), anchors.end());
      anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
      for (WordId w : anchors) anchored.emplace_back(uint64_t{b} << 32 | w, index);
    }
  }
  anchored_.Build(std::move(anchored));
  form_spans_.clear();
  form_words_.clear();
  for (const VerbForm& form : forms_) {
    form_spans_.push_back(FormSpan{static_cast<uint32_t>(form_words_.size()),
                                   static_cast<uint16_t>(form.before.size()),
                                   static_cast<uint16_t>(form.after.size())});
    form_words_.insert(form_words_.end(), form.before.begin(), form.before.end());
    form_words_.insert(form_words_.end(), form.after.begin(), form.after.end());
  }
  std::vector<std::pair<uint64_t, int>> forms;
  forms.reserve(forms_.size());
  for (size_t f = 0; f < forms_.size(); ++f)
    forms.emplace_back(forms_[f].verb, static_cast<int>(f));
  forms_by_word_.Build(std::move(forms));
}

}  // namespace dyad::dict
