// `dyad eval-articles`: scores the article coder on articles with gold
// events (tests/data/articles/*.gold; docs/articles.md gives the format):
// event precision, recall and F1 (source, target and CAMEO root), the share
// of matched events with the right event date and place, the gold counts
// found, and forbidden events produced.
#ifndef DYAD_SRC_CLI_ARTICLE_EVAL_H_
#define DYAD_SRC_CLI_ARTICLE_EVAL_H_

#include <string>
#include <vector>

namespace dyad::cli {

struct ArticleEvalFlags {
  std::vector<std::string> paths;  // .gold files or folders of them
  std::string dictionaries;        // default: dyad:<data_dir>
  std::string gazetteer;           // the place index (main sets the default), "none" = none
  bool verbose = false;            // list each article's misses and extras
  bool infer_dates = false;        // ignore story_date: lines, infer the date from the text
  double min_event_f1 = 0;         // exit 1 below this floor
  long max_forbidden = -1;         // exit 1 above this many forbidden events (-1: no limit)
  std::string data_dir;
  std::string tagger_model;
};

int RunArticleEval(const ArticleEvalFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_ARTICLE_EVAL_H_
