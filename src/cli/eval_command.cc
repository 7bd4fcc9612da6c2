// See eval_command.h.
#include "cli/eval_command.h"

#include <cstdio>
#include <set>
#include <tuple>

#include "cli/dictionary_choice.h"
#include "cli/event_list.h"
#include "dyad/base/date.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/text_parser.h"

namespace dyad::cli {

namespace {

using Triple = EventTriple;

struct Score {
  long true_positives = 0, predicted = 0, gold = 0;
  void Add(const std::set<Triple>& got, const std::set<Triple>& want) {
    predicted += static_cast<long>(got.size());
    gold += static_cast<long>(want.size());
    for (const Triple& t : got) true_positives += want.count(t);
  }
  double precision() const { return predicted ? double(true_positives) / predicted : 1.0; }
  double recall() const { return gold ? double(true_positives) / gold : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Print(const char* level) const {
    std::printf(
        "eval %-10s precision %.3f  recall %.3f  F1 %.3f  (%ld correct, %ld coded, %ld gold)\n",
        level, precision(), recall(), f1(), true_positives, predicted, gold);
  }
};

std::set<Triple> Roots(const std::set<Triple>& triples) {
  std::set<Triple> roots;
  for (const auto& [s, t, c] : triples) roots.emplace(s, t, c.substr(0, 2));
  return roots;
}

std::string Join(const std::set<Triple>& triples) {
  std::string out;
  for (const auto& [s, t, c] : triples) out += (out.empty() ? "" : "; ") + s + " " + t + " " + c;
  return out.empty() ? "none" : out;
}

}  // namespace

int RunEval(const EvalFlags& flags) {
  auto dicts = LoadDictionariesOrOwn(flags.dictionaries, flags.data_dir);
  auto parser = parse::TextParser::Create(flags.tagger_model, "fast");
  auto text = ReadFile(flags.file);
  for (const Status& s : {dicts.status(), parser.status(), text.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "dyad eval: %s\n", s.message().c_str());
      return 2;
    }
  }
  code::Coder coder(**dicts, code::CoderOptions{});
  code::SentenceResult result;
  Score full, root;
  long sentences = 0, malformed = 0;
  ForEachLine(*text, [&](std::string_view line, int number) {
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#') return;
    size_t arrow = s.rfind("=>");
    Date date = 20240601;
    std::vector<Triple> gold;
    std::string_view sentence = Trim(s.substr(0, arrow));
    size_t bar = sentence.find('|');
    StatusOr<Date> parsed = date;
    if (bar != std::string_view::npos) parsed = ParseDate(Trim(sentence.substr(0, bar)));
    if (arrow == std::string_view::npos || !parsed.ok() ||
        !ParseEventList(s.substr(arrow + 2), &gold)) {
      std::fprintf(stderr, "%s:%d: expected '[DATE |] sentence => S T C; ...' or '=> none'\n",
                   flags.file.c_str(), number);
      ++malformed;
      return;
    }
    std::set<Triple> want(gold.begin(), gold.end());
    if (bar != std::string_view::npos) sentence = Trim(sentence.substr(bar + 1));
    coder.CodeSentence((*parser)->ParseSentence(sentence).tree, *parsed, &result);
    std::set<Triple> got;
    for (const code::Event& e : result.events) got.emplace(e.source, e.target, e.code);
    full.Add(got, want);
    root.Add(Roots(got), Roots(want));
    ++sentences;
    if (flags.verbose && got != want) {
      std::printf("%s:%d: %.*s\n  gold: %s\n  dyad: %s\n", flags.file.c_str(), number,
                  static_cast<int>(sentence.size()), sentence.data(), Join(want).c_str(),
                  Join(got).c_str());
    }
  });
  std::printf("eval: %ld sentences from %s\n", sentences, flags.file.c_str());
  root.Print("root");
  full.Print("full code");
  if (root.f1() < flags.min_root_f1) {
    std::printf("eval: FAILED: root F1 %.3f is below the floor %.3f\n", root.f1(),
                flags.min_root_f1);
    return 1;
  }
  return malformed == 0 ? 0 : 1;
}

}  // namespace dyad::cli
