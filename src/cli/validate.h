// `dyad validate`: codes PETRARCH validation records and compares the events
// with each record's expected <EventCoding> triples.
#ifndef DYAD_SRC_CLI_VALIDATE_H_
#define DYAD_SRC_CLI_VALIDATE_H_

#include <string>

namespace dyad::cli {

struct ValidateFlags {
  std::string file;
  std::string dictionaries;          // folder to look in when the files are not beside `file`
  std::string expect_pass;           // file of record ids that must pass (one per line)
  bool allow_failures = false;       // exit 0 even if records fail
  bool verbose = false;              // print passing records too
  bool explain = false;              // print the coder's view of each failing record
  bool dictionary_warnings = false;  // list every skipped dictionary line
  bool gold_tokens = false;  // re-parse each gold tree's words and tags with the fast parser
  std::string parser;        // "fast": ignore <Parse>, parse each record's <Text>
  std::string tagger_model;  // for --parser fast
};

// Returns the process exit status: 0 when every record passes (or failures are
// allowed and no record listed in expect_pass fails), 1 otherwise, 2 on a usage
// or input error.
int RunValidate(const ValidateFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_VALIDATE_H_
