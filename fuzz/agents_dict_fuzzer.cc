// libFuzzer target for the PETRARCH agent dictionary reader, including its
// substitution sets (!PERSON! = MAN, MEN): any text must be read without
// crashing or blowing up, and lookups must only return agents that exist.
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
  Check(dyad::dict::petrarch::ReadAgents(text, "fuzz.txt", &dicts).ok());
  dicts.agents.names().Finish();
  for (const std::string& w : dicts.diagnostics.warnings) Check(w.rfind("fuzz.txt:", 0) == 0);
  const std::vector<dyad::dict::Agent>& agents = dicts.agents.agents();
  // Each line makes at most a bounded number of names.
  Check(dicts.agents.names().size() <= (size + 1) * 1001);
  std::vector<dyad::dict::WordId> words;
  for (std::string_view w : dyad::SplitWhitespace(text)) {
    if (words.size() == 64) break;
    words.push_back(dicts.vocabulary.Find(dyad::ToUpperAscii(w)));
  }
  for (size_t pos = 0; pos <= words.size(); ++pos) {
    dyad::dict::PhraseMatch m;
    if (!dicts.agents.names().MatchAt(words, pos, &m)) continue;
    Check(m.entry >= 0 && static_cast<size_t>(m.entry) < agents.size());
    Check(m.end > static_cast<int>(pos) && static_cast<size_t>(m.end) <= words.size());
  }
  return 0;
}
