// Dictionaries: everything the coder needs to know about words, compiled once.
//
// One Vocabulary interns every word the dictionaries mention; the verb, actor,
// agent, discard and issue dictionaries refer to words by id. The bundle is
// immutable once loaded and may be shared by several coders.
#ifndef DYAD_DICT_DICTIONARIES_H_
#define DYAD_DICT_DICTIONARIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/base/status.h"
#include "dyad/dict/actors.h"
#include "dyad/dict/diagnostics.h"
#include "dyad/dict/phrase_lists.h"
#include "dyad/dict/verbs.h"
#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

// A test written into a dyad dictionary: a noun phrase and the actor code it
// must get at `date`, or a sentence and the events it must yield
// ("RUS FRA 040; FRA RUS 040", or "none").
// The heads of the names of bodies of water, upper case: "the Taiwan
// Strait", "the Gulf of Oman". The vocabulary knows them whatever the files
// hold, for the coder's rule that a name inside one is no actor.
inline constexpr std::string_view kWaterNouns[] = {"SEA",     "SEAS", "OCEAN", "STRAIT",
                                                   "STRAITS", "GULF", "BAY",   "CHANNEL"};

// Nouns of a person's ancestry, upper case: "of Pakistani descent", "of
// Libyan origin". The vocabulary knows them whatever the files hold, for the
// coder's rule that a country named as ancestry is not the person's.
inline constexpr std::string_view kAncestryNouns[] = {
    "DESCENT",   "ORIGIN",  "ORIGINS", "HERITAGE", "ANCESTRY", "EXTRACTION",
    "PARENTAGE", "PARENTS", "PARENT",  "FATHER",   "MOTHER",   "IMMIGRANTS"};

struct DictionaryExample {
  enum class Kind : uint8_t { kPhrase, kSentence };
  Kind kind = Kind::kPhrase;
  Date date = kNoDate;
  std::string text;
  std::string expected;
  SourceRef where;
};

// Who held an office when: from `from` (inclusive) until `until` (exclusive,
// kNoDate = still in office). `holder` indexes ActorDictionary::actors().
struct OfficeTerm {
  std::string office;
  Date from = kNoDate, until = kNoDate;
  int holder = -1;
  bool Holds(Date date) const { return DatedCode{{}, from, until}.Holds(date); }
};

// An actor name as written, for the linter.
struct NameRecord {
  std::string name;  // upper case, words joined by one space
  int actor = -1;
  SourceRef where;
};

struct Dictionaries {
  Vocabulary vocabulary;
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardDictionary discards;
  IssueDictionary issues;
  Diagnostics diagnostics;  // files read and lines skipped

  // Read from dyad's own format only (empty for PETRARCH files).
  std::vector<DictionaryExample> examples;
  std::vector<OfficeTerm> office_terms;
  std::vector<NameRecord> actor_names;
  std::vector<std::string> lint;                      // "file:line: problem" found while reading
  std::unordered_map<std::string, int> block_counts;  // "country" -> 250, ...
  // CAMEO code -> the intent code its future form takes ("040" -> "036");
  // when non-empty the coder codes "will meet" as intent.
  std::unordered_map<std::string, std::string> intent_codes;
  // Which format the dictionaries were written in. The coder follows each
  // format's conventions where they differ (docs/dictionaries.md): in dyad's,
  // an agent codes a phrase only as its head ("the military", not "military
  // aid"), a verb in several blocks falls back on the first block's code, and
  // a pattern coded "---" means no event.
  enum class Format : uint8_t { kPetrarch, kDyad };
  Format format = Format::kPetrarch;

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

// Reads dyad's own dictionaries: DIR/dyad.txt and the files it includes
// (format: docs/dictionaries.md), and DIR/cameo/intent.tsv. Malformed lines
// are skipped and reported in diagnostics.warnings; a missing file is an error.
StatusOr<std::unique_ptr<Dictionaries>> LoadDyadDictionaries(const std::string& dir);

// Loads from a --dictionaries argument: "dyad:DIR", "petrarch:DIR", or DIR
// alone (dyad's format if DIR/dyad.txt exists, else PETRARCH's).
StatusOr<std::unique_ptr<Dictionaries>> LoadDictionaries(const std::string& spec);

}  // namespace dyad::dict

#endif  // DYAD_DICT_DICTIONARIES_H_
