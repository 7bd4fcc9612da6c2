// libFuzzer target for the PETRARCH discard and issue readers: the same text
// is read as both, without crashing or blowing up on n:/v:/a+b expansions,
// and lookups must only return entries that exist.
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

void CheckLookups(const dyad::dict::PhraseIndex& index, size_t entries,
                  const std::vector<dyad::dict::WordId>& words) {
  for (size_t pos = 0; pos <= words.size(); ++pos) {
    dyad::dict::PhraseMatch m;
    if (!index.MatchAt(words, pos, &m)) continue;
    Check(m.entry >= 0 && static_cast<size_t>(m.entry) < entries);
    Check(m.end > static_cast<int>(pos) && static_cast<size_t>(m.end) <= words.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::dict::Dictionaries dicts;
  Check(dyad::dict::petrarch::ReadDiscards(text, "discards.txt", &dicts).ok());
  Check(dyad::dict::petrarch::ReadIssues(text, "issues.txt", &dicts).ok());
  dicts.discards.phrases.Finish();
  dicts.issues.phrases.Finish();
  for (const std::string& w : dicts.diagnostics.warnings) {
    Check(w.rfind("discards.txt:", 0) == 0 || w.rfind("issues.txt:", 0) == 0);
  }
  for (const dyad::dict::Issue& issue : dicts.issues.entries) {
    Check(issue.blocks ? issue.code.empty() : !issue.code.empty());
  }
  std::vector<dyad::dict::WordId> words;
  for (std::string_view w : dyad::SplitWhitespace(text)) {
    if (words.size() == 64) break;
    words.push_back(dicts.vocabulary.Find(dyad::ToUpperAscii(w)));
  }
  CheckLookups(dicts.discards.phrases, dicts.discards.entries.size(), words);
  CheckLookups(dicts.issues.phrases, dicts.issues.entries.size(), words);
  return 0;
}
