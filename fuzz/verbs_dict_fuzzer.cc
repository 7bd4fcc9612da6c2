// libFuzzer target for the PETRARCH verb dictionary reader: any text must be
// read without crashing, every skipped line reported as "file:line: reason",
// and the compiled forms, patterns and anchor index must be consistent.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"

namespace {

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

// The ids of the first words of `text`, upper-cased as a tagger would give them.
std::vector<dyad::dict::WordId> SentenceWords(std::string_view text,
                                              const dyad::dict::Vocabulary& vocabulary) {
  std::vector<dyad::dict::WordId> words;
  for (std::string_view w : dyad::SplitWhitespace(text)) {
    if (words.size() == 64) break;
    words.push_back(vocabulary.Find(dyad::ToUpperAscii(w)));
  }
  return words;
}

void CheckVerbs(const dyad::dict::VerbDictionary& verbs) {
  for (size_t i = 0; i < verbs.num_forms(); ++i) {
    const dyad::dict::VerbForm& form = verbs.form(static_cast<int>(i));
    Check(form.verb != dyad::dict::kUnknownWord);
    Check(form.block >= 0 && static_cast<size_t>(form.block) < verbs.num_blocks());
  }
  for (size_t i = 0; i < verbs.num_patterns(); ++i) {
    const dyad::dict::Pattern& p = verbs.pattern(static_cast<int>(i));
    Check(p.block >= 0 && static_cast<size_t>(p.block) < verbs.num_blocks());
    Check(!p.code.empty());
    for (const auto* side : {&p.before, &p.after}) {
      for (const dyad::dict::PatternElement& e : *side) {
        if (e.kind == dyad::dict::ElementKind::kSynset) Check(e.id < verbs.num_synsets());
      }
    }
  }
  for (size_t b = 0; b < verbs.num_blocks(); ++b) {
    const dyad::dict::VerbBlock& block = verbs.block(static_cast<int>(b));
    for (int p : block.unanchored) Check(verbs.pattern(p).block == static_cast<int>(b));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::dict::Dictionaries dicts;
  Check(dyad::dict::petrarch::ReadVerbs(text, "fuzz.txt", &dicts).ok());
  dicts.verbs.Finish();
  for (const std::string& w : dicts.diagnostics.warnings) Check(w.rfind("fuzz.txt:", 0) == 0);
  CheckVerbs(dicts.verbs);
  // Look up the input's own words as a coder would: verb forms, then the
  // patterns each word anchors in the form's block.
  const std::vector<dyad::dict::WordId> words = SentenceWords(text, dicts.vocabulary);
  for (dyad::dict::WordId w : words) {
    for (int f : dicts.verbs.FormsOf(w)) {
      const dyad::dict::VerbForm& form = dicts.verbs.form(f);
      Check(form.verb == w);
      const dyad::dict::VerbDictionary::FormWords flat = dicts.verbs.WordsOf(f);
      Check(std::equal(flat.before.begin(), flat.before.end(), form.before.begin(),
                       form.before.end()) &&
            std::equal(flat.after.begin(), flat.after.end(), form.after.begin(), form.after.end()));
      for (size_t a = 0; a < words.size() && a < 64; ++a) {
        for (int p : dicts.verbs.PatternsAnchoredBy(form.block, words[a]))
          Check(dicts.verbs.pattern(p).block == form.block);
      }
    }
  }
  return 0;
}
