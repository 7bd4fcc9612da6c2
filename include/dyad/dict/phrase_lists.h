// Discard and issue dictionaries: phrases looked for anywhere in a sentence.
//
// A discard phrase drops the sentence (or, marked "+", the whole story): sports
// results, weather. An issue phrase tags the sentence's events with an issue
// code and a count; a blocking issue phrase ("~a head start") turns issue
// coding off for the sentence.
#ifndef DYAD_DICT_PHRASE_LISTS_H_
#define DYAD_DICT_PHRASE_LISTS_H_

#include <string>
#include <vector>

#include "dyad/dict/diagnostics.h"
#include "dyad/dict/phrase_index.h"

namespace dyad::dict {

struct Discard {
  std::string phrase;
  bool whole_story = false;
  SourceRef where;
};

struct Issue {
  std::string phrase;
  std::string code;  // empty for a blocking phrase
  bool blocks = false;
  SourceRef where;
};

struct DiscardDictionary {
  PhraseIndex phrases;  // entry = index into entries
  std::vector<Discard> entries;
};

struct IssueDictionary {
  PhraseIndex phrases;  // entry = index into entries
  std::vector<Issue> entries;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_PHRASE_LISTS_H_
