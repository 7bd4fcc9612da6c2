// libFuzzer target for the PETRARCH actor dictionary reader: any text must be
// read without crashing, and the compiled name index must only return actors
// that exist and matches that stay inside the sentence.
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::dict::Dictionaries dicts;
  Check(dyad::dict::petrarch::ReadActors(text, "fuzz.txt", &dicts).ok());
  dicts.actors.names().Finish();
  for (const std::string& w : dicts.diagnostics.warnings) Check(w.rfind("fuzz.txt:", 0) == 0);
  const std::vector<dyad::dict::Actor>& actors = dicts.actors.actors();
  for (const dyad::dict::Actor& actor : actors) {
    for (const dyad::dict::DatedCode& c : actor.codes) {
      Check(!c.code.empty());
      Check(c.from >= 0 && c.from <= 99991231);
      Check(c.until >= 0 && c.until <= 100000101);  // the day after 9999-12-31 at most
    }
    std::string_view code = actor.CodeAt(20150101);
    Check(code.empty() || !actor.codes.empty());
  }
  // Match the input's own words as a sentence.
  std::vector<dyad::dict::WordId> words;
  for (std::string_view w : dyad::SplitWhitespace(text)) {
    if (words.size() == 64) break;
    words.push_back(dicts.vocabulary.Find(dyad::ToUpperAscii(w)));
  }
  for (size_t pos = 0; pos <= words.size(); ++pos) {
    dyad::dict::PhraseMatch m;
    if (!dicts.actors.names().MatchAt(words, pos, &m)) continue;
    Check(m.entry >= 0 && static_cast<size_t>(m.entry) < actors.size());
    Check(m.end > static_cast<int>(pos) && static_cast<size_t>(m.end) <= words.size());
  }
  return 0;
}
