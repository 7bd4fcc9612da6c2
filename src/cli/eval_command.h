// `dyad eval`: scores dyad against a development set of sentences with gold
// events, one per line: "[YYYY-MM-DD |] sentence => SOURCE TARGET CODE; ..."
// or "... => none". Prints precision, recall and F1 over (source, target,
// code) triples and over (source, target, root) pairs, and with --verbose each
// sentence's misses and false alarms.
#ifndef DYAD_SRC_CLI_EVAL_COMMAND_H_
#define DYAD_SRC_CLI_EVAL_COMMAND_H_

#include <string>

namespace dyad::cli {

struct EvalFlags {
  std::string file;
  std::string dictionaries;  // default: dyad:<data_dir>
  bool verbose = false;
  double min_root_f1 = 0;  // exit 1 when root-level F1 falls below this floor
  std::string data_dir;
  std::string tagger_model;
};

// 0 when the file was read and scored, 1 when some lines were malformed
// (reported as file:line: reason and skipped) or the root-level F1 is below
// the floor, 2 when nothing could be scored.
int RunEval(const EvalFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_EVAL_COMMAND_H_
