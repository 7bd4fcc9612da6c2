// PARSEVAL bracket scores of the fast parser against gold Penn Treebank trees.
//   parseval FILE.xml [link]   (PETRARCH XML with <Parse> trees)
// For each record the gold tree's words and tags are parsed again with the
// fast parser (or link-grammar), and the brackets (label, first word, last word) of the two trees
// are compared as multisets, ROOT and preterminals left out. Prints labelled
// and unlabelled precision, recall and F1 over all records.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/fast_parser.h"
#include "dyad/parse/link_parser.h"
#include "dyad/parse/tree.h"

namespace {

using Bracket = std::tuple<std::string, int, int>;

// Collects the brackets of `tree`; returns the number of words.
int Brackets(const dyad::parse::Tree& tree, int node, int first, std::vector<Bracket>* out) {
  const dyad::parse::Node& n = tree.node(node);
  if (n.is_preterminal()) return 1;
  int words = 0;
  for (int c = n.first_child; c >= 0; c = tree.node(c).next_sibling) {
    words += Brackets(tree, c, first + words, out);
  }
  if (n.label != "ROOT" && words > 0) out->emplace_back(std::string(n.label), first, first + words);
  return words;
}

// Brackets common to both lists (multiset intersection); `labelled` compares labels too.
int Matches(std::vector<Bracket> gold, std::vector<Bracket> test, bool labelled) {
  if (!labelled) {
    for (auto* list : {&gold, &test}) {
      for (auto& b : *list) std::get<0>(b).clear();
    }
  }
  std::sort(gold.begin(), gold.end());
  std::sort(test.begin(), test.end());
  std::vector<Bracket> common;
  std::set_intersection(gold.begin(), gold.end(), test.begin(), test.end(),
                        std::back_inserter(common));
  return static_cast<int>(common.size());
}

}  // namespace

int main(int argc, char** argv) {
  bool link = argc == 3 && std::string(argv[2]) == "link";
  if (argc != 2 && !link) {
    std::fprintf(stderr, "usage: parseval FILE.xml [link]\n");
    return 2;
  }
  std::unique_ptr<dyad::parse::LinkParser> link_parser;
  if (link) {
    auto created = dyad::parse::LinkParser::Create();
    if (!created.ok()) {
      std::fprintf(stderr, "parseval: %s\n", created.status().message().c_str());
      return 2;
    }
    link_parser = std::move(created).value();
  }
  long fallbacks = 0;
  auto xml = dyad::ReadFile(argv[1]);
  if (!xml.ok()) {
    std::fprintf(stderr, "parseval: %s\n", xml.status().message().c_str());
    return 2;
  }
  auto file = dyad::io::ReadPetrarchXml(*xml, argv[1]);
  if (!file.ok()) {
    std::fprintf(stderr, "parseval: %s\n", file.status().message().c_str());
    return 2;
  }
  dyad::parse::FastParser parser;
  dyad::parse::Tree gold, test;
  long gold_n = 0, test_n = 0, labelled = 0, unlabelled = 0, trees = 0;
  std::vector<std::string_view> words, tags;
  for (const auto& record : file->records) {
    if (!dyad::parse::ReadTree(record.parse, &gold).ok()) continue;
    words.clear();
    tags.clear();
    for (const auto& n : gold.nodes()) {
      if (n.is_preterminal() && !n.word.empty()) {
        words.push_back(n.word);
        tags.push_back(n.label);
      }
    }
    if (!link_parser || !link_parser->Parse(words, tags, &test)) {
      fallbacks += link_parser ? 1 : 0;
      parser.Parse(words, tags, &test);
    }
    std::vector<Bracket> g, t;
    Brackets(gold, 0, 0, &g);
    Brackets(test, 0, 0, &t);
    gold_n += static_cast<long>(g.size());
    test_n += static_cast<long>(t.size());
    labelled += Matches(g, t, true);
    unlabelled += Matches(g, t, false);
    ++trees;
  }
  auto report = [&](const char* name, long matched) {
    double p = test_n ? 100.0 * matched / test_n : 0, r = gold_n ? 100.0 * matched / gold_n : 0;
    std::printf("%-11s precision %5.1f%%  recall %5.1f%%  F1 %5.1f%%\n", name, p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  };
  std::printf(
      "%s: %ld trees (%ld parsed by the fast parser instead), %ld gold brackets, %ld parsed\n",
      link ? "link" : "fast", trees, fallbacks, gold_n, test_n);
  report("labelled", labelled);
  report("unlabelled", unlabelled);
  return 0;
}
