// `dyad parse`: shows what dyad's front end makes of raw text: segments,
// tokens with their byte offsets and tags, and trees.
#ifndef DYAD_SRC_CLI_PARSE_COMMAND_H_
#define DYAD_SRC_CLI_PARSE_COMMAND_H_

#include <string>
#include <vector>

namespace dyad::cli {

struct ParseFlags {
  std::vector<std::string> inputs;  // files; none or "-" reads standard input
  std::string tagger_model;
  std::string parser = "fast";  // or "link"
};

// Returns 0, or 1 if a file could not be read, 2 if the tagger model cannot be loaded.
int RunParse(const ParseFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_PARSE_COMMAND_H_
