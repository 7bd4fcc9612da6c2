// Tests of the link-grammar engine: tree shape for the coder, and failure
// reported (not crashed on) when the words cannot be aligned.
#include "dyad/parse/link_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::parse {
namespace {

TEST(LinkParserTest, GivesCoderShapedTrees) {
  auto parser = LinkParser::Create();
  ASSERT_TRUE(parser.ok()) << parser.status().message()
                           << " (scripts/setup installs liblink-grammar-dev)";
  std::vector<std::string_view> words{"Hollande", "has",     "stepped", "in",
                                      "to",       "mediate", "between", "Washington",
                                      "and",      "Moscow",  "."};
  std::vector<std::string_view> tags{"NNP", "VBZ", "VBN", "IN",  "TO", "VB",
                                     "IN",  "NNP", "CC",  "NNP", "."};
  Tree tree;
  ASSERT_TRUE((*parser)->Parse(words, tags, &tree));
  std::string s = tree.ToString();
  EXPECT_NE(s.find("(NP (NNP Washington) (CC and) (NNP Moscow))"), std::string::npos) << s;
  EXPECT_NE(s.find("(VP (VBZ has) (VP (VBN stepped)"), std::string::npos) << s;
  EXPECT_EQ(s.rfind("(ROOT (S (NP (NNP Hollande))", 0), 0u) << s;
}

TEST(LinkParserTest, UnparsableOrMisalignedInputGivesNoTree) {
  auto parser = LinkParser::Create();
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  std::vector<std::string_view> words{"xq7", "zzv", "qqq"};
  std::vector<std::string_view> tags{"NN", "NN", "NN"};
  Tree tree;
  if (!(*parser)->Parse(words, tags, &tree)) {
    EXPECT_TRUE(tree.empty());
  }
  std::vector<std::string_view> none;
  EXPECT_FALSE((*parser)->Parse(none, none, &tree));
  EXPECT_TRUE(tree.empty());
}

}  // namespace
}  // namespace dyad::parse
