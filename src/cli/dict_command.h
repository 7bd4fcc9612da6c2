// `dyad dict`: tools for dictionary maintainers.
//   test    codes every example written in the dictionaries and reports mismatches
//   check   lints: unknown codes, duplicate patterns and names, office terms
//           that overlap or leave gaps, entries without examples
//   lookup  what a noun phrase codes as at a date, and which entry says so
//   stats   counts per kind of entry
#ifndef DYAD_SRC_CLI_DICT_COMMAND_H_
#define DYAD_SRC_CLI_DICT_COMMAND_H_

#include <string>

namespace dyad::cli {

struct DictFlags {
  std::string dictionaries;  // dyad:DIR (default: dyad:<data_dir>)
  std::string only;          // test: only examples whose file path contains this
  std::string phrase;        // lookup
  std::string date;          // lookup: YYYY-MM-DD (default: today's examples' date)
  bool verbose = false;      // test: list passing examples too
  int max_failures = 0;      // test: exit 0 with up to this many failures
  std::string data_dir;
  std::string tagger_model;
};

// Each returns the process exit status: 0 success, 1 failures or problems
// found, 2 when the dictionaries cannot be loaded.
int RunDictTest(const DictFlags& flags);
int RunDictCheck(const DictFlags& flags);
int RunDictLookup(const DictFlags& flags);
int RunDictStats(const DictFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_DICT_COMMAND_H_
