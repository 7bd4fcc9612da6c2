// `dyad code` and `dyad explain`: code sentences from input files and write events.
#ifndef DYAD_SRC_CLI_CODE_COMMAND_H_
#define DYAD_SRC_CLI_CODE_COMMAND_H_

#include <string>
#include <vector>

namespace dyad::cli {

struct CodeFlags {
  std::vector<std::string> inputs;     // files; none or "-" reads standard input
  std::string in_format = "petrarch";  // petrarch (parsed XML) or text (one article a file)
  std::string date;                    // --in text: the articles' date, YYYY-MM-DD
  std::string parser;                // --in petrarch: "fast" parses <Text> instead of using <Parse>
  std::string tagger_model;          // --in text: the compiled tagger model
  std::string dictionaries;          // [petrarch:]DIR
  std::string out_format = "jsonl";  // jsonl, petrarch, explain, gdelt
  std::string output;                // "" = standard output
  std::string rejects;               // "" = OUTPUT.rejects for a regular -o file, else stderr
  std::string only_id;               // code just this sentence id
  std::string data_dir;              // dyad's data/ folder (CAMEO table)
  bool dictionary_warnings = false;  // list every skipped dictionary line
  std::string mentions;              // --out gdelt: "" = OUTPUT.mentions for a regular -o
  bool gdelt_header = false;         // --out gdelt: a line of column names first
  std::string gazetteer;             // raw text: the place index (main sets the default), "none" = off
  bool all_modalities = false;       // raw text: also hypothetical and negated events, labelled
  bool sentences_only = false;       // raw text: no article resolution, each sentence alone
  bool all_mentions = false;         // raw text: every mention of an event, not one per article
};

// Returns the exit status: 0 all input coded, 1 some records rejected, 2 the
// run could not start (bad arguments, unreadable dictionaries).
int RunCode(const CodeFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_CODE_COMMAND_H_
