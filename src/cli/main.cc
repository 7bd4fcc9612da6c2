// dyad's command line: argument parsing and dispatch to the commands.
#include <CLI/CLI.hpp>

#include "cli/validate.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event coding (CAMEO) from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");

  dyad::cli::ValidateFlags validate;
  CLI::App* v = app.add_subcommand(
      "validate", "Code PETRARCH validation records and compare with their expected events");
  v->add_option("file", validate.file, "validation XML file (PETRARCH format)")->required();
  v->add_option(
      "--dictionaries", validate.dictionaries,
      "[petrarch:]DIR to find the dictionaries its <Environment> names (default: beside FILE)");
  v->add_option("--expect-pass", validate.expect_pass,
                "file of record ids that must pass (regression list)");
  v->add_flag("--allow-failures", validate.allow_failures,
              "exit 0 when records fail (not when listed ones do)");
  v->add_flag("--verbose", validate.verbose, "list passing records too");
  v->add_flag("--explain", validate.explain, "show the coder's view of each failing record");

  CLI11_PARSE(app, argc, argv);
  if (v->parsed()) return dyad::cli::RunValidate(validate);
  return 2;
}
