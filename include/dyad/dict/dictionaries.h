// Dictionaries: everything the coder needs to know about words, compiled once.
//
// One Vocabulary interns every word the dictionaries mention; the verb, actor,
// agent, discard and issue dictionaries refer to words by id. The bundle is
// immutable once loaded and may be shared by several coders.
#ifndef DYAD_DICT_DICTIONARIES_H_
#define DYAD_DICT_DICTIONARIES_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/dict/actors.h"
#include "dyad/dict/diagnostics.h"
#include "dyad/dict/phrase_lists.h"
#include "dyad/dict/verbs.h"
#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

struct Dictionaries {
  Vocabulary vocabulary;
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardDictionary discards;
  IssueDictionary issues;
  Diagnostics diagnostics;  // files read and lines skipped

  // Builds the lookup indexes; call once after the readers, before coding.
  void Finish();
};

// PETRARCH/TABARI dictionary files; empty names are not read.
struct PetrarchFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
};

// Reads and compiles PETRARCH-format files. A malformed line is skipped and
// reported in diagnostics.warnings as "file:line: reason"; a missing or
// unreadable file is an error.
StatusOr<std::unique_ptr<Dictionaries>> LoadPetrarchDictionaries(const PetrarchFiles& files);

// Finds the PETRARCH files in `dir`: the names in DIR/PETR_config.ini's
// [Dictionaries] section if it exists, else the usual Phoenix names.
StatusOr<PetrarchFiles> FindPetrarchFiles(const std::string& dir);

// Loads from a --dictionaries argument: "petrarch:DIR", or DIR alone.
StatusOr<std::unique_ptr<Dictionaries>> LoadDictionaries(const std::string& spec);

}  // namespace dyad::dict

#endif  // DYAD_DICT_DICTIONARIES_H_
