// Differential test of the two tree engines: on generated simple news
// sentences, the fast parser's trees and link-grammar's trees must give the
// coder the same events.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "code/test_dictionaries.h"
#include "dyad/code/coder.h"
#include "dyad/parse/fast_parser.h"
#include "dyad/parse/link_parser.h"

namespace dyad::code {
namespace {

struct Word {
  std::string text, tag;
};

// Sentences built from actors, verbs and shapes: "France attacked Germany .",
// "France and Russia met with Germany .", "Russia said France attacked Germany ."
std::vector<std::vector<Word>> GeneratedSentences() {
  const std::vector<std::string> actors{"France", "Germany", "Russia"};
  std::vector<std::vector<Word>> out;
  for (const std::string& a : actors) {
    for (const std::string& b : actors) {
      if (a == b) continue;
      out.push_back({{a, "NNP"}, {"attacked", "VBD"}, {b, "NNP"}, {".", "."}});
      out.push_back({{a, "NNP"}, {"met", "VBD"}, {"with", "IN"}, {b, "NNP"}, {".", "."}});
      out.push_back(
          {{"French", "JJ"}, {"troops", "NNS"}, {"attacked", "VBD"}, {b, "NNP"}, {".", "."}});
      out.push_back(
          {{a, "NNP"}, {"will", "MD"}, {"not", "RB"}, {"attack", "VB"}, {b, "NNP"}, {".", "."}});
      out.push_back(
          {{b, "NNP"}, {"was", "VBD"}, {"attacked", "VBN"}, {"by", "IN"}, {a, "NNP"}, {".", "."}});
      for (const std::string& c : actors) {
        if (c == a || c == b) continue;
        out.push_back(
            {{a, "NNP"}, {"and", "CC"}, {b, "NNP"}, {"attacked", "VBD"}, {c, "NNP"}, {".", "."}});
        out.push_back({{a, "NNP"},
                       {"restored", "VBD"},
                       {"diplomatic", "JJ"},
                       {"ties", "NNS"},
                       {"with", "IN"},
                       {c, "NNP"},
                       {".", "."}});
      }
    }
  }
  return out;
}

std::set<std::string> Events(Coder& coder, const parse::Tree& tree) {
  SentenceResult result;
  coder.CodeSentence(tree, 20150609, &result);
  std::set<std::string> events;
  for (const Event& e : result.events) events.insert(e.source + " " + e.target + " " + e.code);
  return events;
}

TEST(EnginesDifferentialTest, FastAndLinkTreesCodeTheSameEvents) {
  auto link = parse::LinkParser::Create();
  ASSERT_TRUE(link.ok()) << link.status().message()
                         << " (scripts/setup installs liblink-grammar-dev)";
  auto dicts = testing::MakeDictionaries(testing::StandardText());
  Coder coder(*dicts, CoderOptions{});
  parse::FastParser fast;
  int compared = 0, with_events = 0;
  for (const auto& sentence : GeneratedSentences()) {
    std::vector<std::string_view> words, tags;
    std::string text;
    for (const Word& w : sentence) {
      words.push_back(w.text);
      tags.push_back(w.tag);
      text += w.text + " ";
    }
    parse::Tree fast_tree, link_tree;
    fast.Parse(words, tags, &fast_tree);
    if (!(*link)->Parse(words, tags, &link_tree)) continue;  // link-grammar found no parse
    ++compared;
    std::set<std::string> from_fast = Events(coder, fast_tree);
    with_events += !from_fast.empty();  // negated sentences rightly give none
    EXPECT_EQ(from_fast, Events(coder, link_tree))
        << text << "\n  fast: " << fast_tree.ToString() << "\n  link: " << link_tree.ToString();
  }
  EXPECT_GE(compared, 30) << "link-grammar parsed too few of the generated sentences";
  EXPECT_GE(with_events, 20) << "the comparison must be about events, not their absence";
}

}  // namespace
}  // namespace dyad::code
