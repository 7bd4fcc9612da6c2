// dyad's command line: argument parsing and dispatch to the commands.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli/article_eval.h"
#include "cli/code_command.h"
#include "cli/dict_command.h"
#include "cli/eval_command.h"
#include "cli/parse_command.h"
#include "cli/validate.h"
#include "dyad/base/file.h"
#include "dyad/base/memory.h"
#include "dyad/tag/tagger.h"

namespace {

std::string ExecutablePath() {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  return n > 0 ? std::string(exe, static_cast<size_t>(n)) : std::string("dyad");
}

// `path` relative to the working directory when it lies below it, so that
// messages say "data/actors/countries.txt:12".
std::string Shorten(const std::string& path) {
  std::error_code ec;
  std::filesystem::path full = std::filesystem::weakly_canonical(path, ec);
  if (ec) return path;
  std::filesystem::path relative = full.lexically_relative(std::filesystem::current_path(ec));
  if (ec || relative.empty() || relative.begin()->string() == "..") return full.string();
  return relative.string();
}

// dyad's data/ folder: $DYAD_DATA, else data/ beside or above the executable
// (build/dyad -> data/), else the source tree it was built from (named, as
// the others are, relative to the working directory when below it).
std::string FindDataDir() {
  if (const char* env = std::getenv("DYAD_DATA")) return env;
  std::string exe = ExecutablePath();
  size_t slash = exe.rfind('/');
  if (slash != std::string::npos) {
    std::string dir = exe.substr(0, slash);
    for (const std::string& candidate : {dir + "/../data", dir + "/data"}) {
      if (dyad::FileExists(candidate + "/cameo/cameo_codes.tsv")) return Shorten(candidate);
    }
  }
  return Shorten(DYAD_SOURCE_DIR "/data");
}

void AddCodeOptions(CLI::App* cmd, dyad::cli::CodeFlags* flags) {
  cmd->add_option("files", flags->inputs, "input files (default: standard input)");
  cmd->add_option("--in", flags->in_format,
                  "input format: petrarch (XML with parse trees), text (one article per file) or "
                  "jsonl (one article per line: {\"id\", \"date\", \"text\", ...})")
      ->check(CLI::IsMember({"petrarch", "text", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--date", flags->date,
                  "--in text: the articles' date (YYYY-MM-DD; without it, a dateline's or the "
                  "latest date in the text); --in jsonl: for lines without one");
  cmd->add_option("--parser", flags->parser,
                  "fast (default) or link (link-grammar, slow): the engine for raw text; with --in "
                  "petrarch, "
                  "parse each record's <Text> instead of using its <Parse>")
      ->check(CLI::IsMember({"fast", "link"}));
  cmd->add_option(
         "--dictionaries", flags->dictionaries,
         "dyad:DIR (dyad's format, default: dyad:DATA, its own) or petrarch:DIR (PETRARCH/TABARI "
         "files: PETR_config.ini or Phoenix names)")
      ->envname("DYAD_DICTIONARIES");
  cmd->add_option("-o,--output", flags->output, "write events here (default: standard output)");
  cmd->add_option(
      "--rejects", flags->rejects,
      "write rejected records here (default: OUTPUT.rejects when -o names a regular file, else "
      "standard error)");
  cmd->add_option("--id", flags->only_id, "code only the sentence with this id");
  cmd->add_flag("--dictionary-warnings", flags->dictionary_warnings,
                "list every dictionary line skipped");
  cmd->add_option("--gazetteer", flags->gazetteer,
                  "raw text: the place index (default: data/gazetteer.bin beside the dyad binary, "
                  "built by scripts/build-gazetteer; 'none': no locations)")
      ->envname("DYAD_GAZETTEER");
  cmd->add_flag("--all-modalities", flags->all_modalities,
                "raw text: also write hypothetical and negated events (labelled by 'modality')");
  cmd->add_flag("--all-mentions", flags->all_mentions,
                "raw text: write every sentence's mention of an event (by default an event is "
                "written once per article: its first mention)");
  cmd->add_flag("--sentences-only", flags->sentences_only,
                "raw text: code each sentence on its own, without the article's dates, pronouns, "
                "places and modality (as PETRARCH2 would)");
}

}  // namespace

int main(int argc, char** argv) {
  dyad::UseHugePagesForHeap();  // first: the dictionaries fill the heap
  CLI::App app{"dyad: political event coding (CAMEO) from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");

  dyad::cli::CodeFlags code;
  CLI::App* c = app.add_subcommand("code", "Code sentences and write one record per event");
  AddCodeOptions(c, &code);
  c->add_option("--out", code.out_format,
                "output format: jsonl, petrarch (PETRARCH2 batch TSV), explain, gdelt (GDELT 2.0 "
                "event table)")
      ->check(CLI::IsMember({"jsonl", "petrarch", "explain", "gdelt"}))
      ->capture_default_str();
  c->add_option("--mentions", code.mentions,
                "--out gdelt: write the GDELT mentions table here (default: OUTPUT.mentions when "
                "-o names a regular file, else none)");
  c->add_flag("--gdelt-header", code.gdelt_header,
              "--out gdelt: start each table with a line of column names");

  dyad::cli::CodeFlags explain;
  CLI::App* e = app.add_subcommand(
      "explain", "Show how each event was coded: tree, entries (file:line), pattern");
  AddCodeOptions(e, &explain);

  dyad::cli::ParseFlags parse;
  CLI::App* p = app.add_subcommand(
      "parse", "Show dyad's reading of raw text: segments, tokens with offsets and tags, trees");
  p->add_option("files", parse.inputs, "text files (default: standard input)");
  p->add_option("--parser", parse.parser, "fast (default) or link (link-grammar)")
      ->check(CLI::IsMember({"fast", "link"}));

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
  v->add_option("--parser", validate.parser,
                "fast or link: ignore each record's <Parse> and parse its <Text> with that engine")
      ->check(CLI::IsMember({"fast", "link"}));
  v->add_flag("--gold-tokens", validate.gold_tokens,
              "ignore the gold trees' structure: parse their words and tags with the fast parser");
  v->add_flag("--dictionary-warnings", validate.dictionary_warnings,
              "list every dictionary line skipped");

  dyad::cli::DictFlags dict;
  CLI::App* d = app.add_subcommand("dict", "Test, lint and query dyad's dictionaries");
  d->require_subcommand(1);
  d->add_option("--dictionaries", dict.dictionaries, "dyad:DIR (default: dyad's own data/)");
  CLI::App* dt = d->add_subcommand("test", "Code every example in the dictionaries; list failures");
  dt->add_option("--only", dict.only, "only examples from files whose path contains this");
  dt->add_flag("--verbose", dict.verbose, "list passing examples too");
  dt->add_option("--max-failures", dict.max_failures,
                 "succeed with up to this many failing examples (default 0)");
  CLI::App* dc = d->add_subcommand(
      "check", "Lint: unknown codes, repeated patterns and names, office terms, missing examples");
  CLI::App* dl =
      d->add_subcommand("lookup", "What a noun phrase codes as, and which entry says so");
  dl->add_option("phrase", dict.phrase, "a noun phrase (\"the French President\")")->required();
  dl->add_option("--date", dict.date, "YYYY-MM-DD (default 2024-06-01)");
  CLI::App* ds = d->add_subcommand("stats", "Count the entries of each kind; time the load");

  dyad::cli::ArticleEvalFlags article_eval;
  CLI::App* ae = app.add_subcommand(
      "eval-articles",
      "Score the article coder on articles with gold events: event F1, dates, places, counts");
  ae->add_option("paths", article_eval.paths, ".gold files or folders of them (docs/articles.md)")
      ->required();
  ae->add_option("--dictionaries", article_eval.dictionaries,
                 "dyad:DIR or petrarch:DIR (default: dyad's)");
  ae->add_option("--gazetteer", article_eval.gazetteer,
                 "the place index (default: data/gazetteer.bin beside the binary; 'none')")
      ->envname("DYAD_GAZETTEER");
  ae->add_flag("--verbose", article_eval.verbose, "list each article's misses and extras");
  ae->add_flag("--infer-dates", article_eval.infer_dates,
               "ignore the gold story dates: infer each article's date from its text");
  ae->add_option("--min-event-f1", article_eval.min_event_f1, "fail when event F1 is below this");
  ae->add_option("--max-forbidden", article_eval.max_forbidden,
                 "fail when more forbidden events than this are produced");

  dyad::cli::EvalFlags eval;
  CLI::App* ev = app.add_subcommand(
      "eval", "Score dyad on sentences with gold events: precision, recall, F1 (root and code)");
  ev->add_option("file", eval.file, "lines '[YYYY-MM-DD |] sentence => S T C; ...' or '=> none'")
      ->required();
  ev->add_option("--dictionaries", eval.dictionaries, "dyad:DIR or petrarch:DIR (default: dyad's)");
  ev->add_flag("--verbose", eval.verbose, "list each sentence dyad gets wrong");
  ev->add_option("--min-root-f1", eval.min_root_f1, "fail when root-level F1 is below this");

  CLI11_PARSE(app, argc, argv);
  std::string data_dir = FindDataDir();
  std::string tagger_model = dyad::tag::DefaultModelPath(ExecutablePath());
  code.tagger_model = explain.tagger_model = validate.tagger_model = tagger_model;
  // The place index built at set-up, beside the binary as the tagger's model is.
  std::string gazetteer = dyad::PathBeside(ExecutablePath(), "data/gazetteer.bin");
  for (std::string* flag : {&code.gazetteer, &explain.gazetteer, &article_eval.gazetteer}) {
    if (flag->empty()) *flag = gazetteer;
  }
  if (c->parsed()) {
    code.data_dir = data_dir;
    return dyad::cli::RunCode(code);
  }
  if (e->parsed()) {
    explain.data_dir = data_dir;
    explain.out_format = "explain";
    return dyad::cli::RunCode(explain);
  }
  if (v->parsed()) return dyad::cli::RunValidate(validate);
  if (ev->parsed()) {
    eval.data_dir = data_dir;
    eval.tagger_model = tagger_model;
    return dyad::cli::RunEval(eval);
  }
  if (ae->parsed()) {
    article_eval.data_dir = data_dir;
    article_eval.tagger_model = tagger_model;
    return dyad::cli::RunArticleEval(article_eval);
  }
  if (d->parsed()) {
    dict.data_dir = data_dir;
    dict.tagger_model = tagger_model;
    if (dt->parsed()) return dyad::cli::RunDictTest(dict);
    if (dc->parsed()) return dyad::cli::RunDictCheck(dict);
    if (dl->parsed()) return dyad::cli::RunDictLookup(dict);
    if (ds->parsed()) return dyad::cli::RunDictStats(dict);
  }
  if (p->parsed()) {
    parse.tagger_model = tagger_model;
    return dyad::cli::RunParse(parse);
  }
  return 2;
}
