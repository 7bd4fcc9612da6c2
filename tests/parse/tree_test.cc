// Tests for the Penn Treebank tree reader and printer.
#include "dyad/parse/tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::parse {
namespace {

// Labels of the children of node `i`, in order.
std::vector<std::string> ChildLabels(const Tree& tree, int i) {
  std::vector<std::string> out;
  for (int c = tree.node(i).first_child; c >= 0; c = tree.node(c).next_sibling) {
    out.emplace_back(tree.node(c).label);
  }
  return out;
}

std::string ReadError(std::string_view text) {
  Tree tree;
  Status status = ReadTree(text, &tree);
  EXPECT_FALSE(status.ok()) << text;
  EXPECT_TRUE(tree.empty()) << text;
  return status.message();
}

TEST(TreeTest, BuildsWithAddNode) {
  Tree tree;
  EXPECT_TRUE(tree.empty());
  EXPECT_EQ(tree.ToString(), "");
  int root = tree.AddNode(-1, "ROOT");
  int s = tree.AddNode(root, "S");
  int np = tree.AddNode(s, "NP");
  tree.AddNode(np, "NNP", "Arnor");
  int vp = tree.AddNode(s, "VP");
  tree.AddNode(vp, "VBD", "said");
  EXPECT_EQ(tree.size(), 6);
  EXPECT_EQ(tree.node(np).next_sibling, vp);
  EXPECT_EQ(tree.node(vp).parent, s);
  EXPECT_TRUE(tree.node(5).is_preterminal());
  EXPECT_FALSE(tree.node(vp).is_preterminal());
  EXPECT_EQ(tree.ToString(), "(ROOT (S (NP (NNP Arnor)) (VP (VBD said))))");
  tree.Clear();
  EXPECT_TRUE(tree.empty());
}

TEST(ReadTreeTest, ReadsSimpleTree) {
  Tree tree;
  ASSERT_TRUE(ReadTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD said))))", &tree).ok());
  ASSERT_EQ(tree.size(), 6);
  EXPECT_EQ(tree.node(0).label, "ROOT");
  EXPECT_EQ(tree.node(0).parent, -1);
  EXPECT_EQ(ChildLabels(tree, 1), (std::vector<std::string>{"NP", "VP"}));
  EXPECT_EQ(tree.node(3).label, "NNP");
  EXPECT_EQ(tree.node(3).word, "Arnor");
  EXPECT_EQ(tree.node(3).parent, 2);
  EXPECT_TRUE(tree.node(3).is_preterminal());
  EXPECT_TRUE(tree.node(1).word.empty());
}

TEST(ReadTreeTest, KeepsSeveralRootChildren) {
  Tree tree;
  ASSERT_TRUE(ReadTree("(ROOT (S (NP (NNP Gondor)) (VP (VBD fled))) (. .))", &tree).ok());
  EXPECT_EQ(ChildLabels(tree, 0), (std::vector<std::string>{"S", "."}));
  const Node& period = tree.node(tree.size() - 1);
  EXPECT_EQ(period.label, ".");
  EXPECT_EQ(period.word, ".");
  EXPECT_EQ(period.parent, 0);
}

TEST(ReadTreeTest, UnlabelledCoreNlpRootBecomesRoot) {
  Tree tree;
  ASSERT_TRUE(ReadTree("( (S (NP (DT The) (NN stopover)) (VP (VBD came))) (. .))", &tree).ok());
  EXPECT_EQ(tree.node(0).label, "ROOT");
  EXPECT_EQ(ChildLabels(tree, 0), (std::vector<std::string>{"S", "."}));
  EXPECT_EQ(tree.ToString(), "(ROOT (S (NP (DT The) (NN stopover)) (VP (VBD came))) (. .))");
}

TEST(ReadTreeTest, AddsRootAboveOtherOutermostLabel) {
  Tree tree;
  ASSERT_TRUE(ReadTree(" (S (NP (NN Evidence)) (VP (VBD was)) (. .))\n\n", &tree).ok());
  EXPECT_EQ(tree.node(0).label, "ROOT");
  EXPECT_EQ(ChildLabels(tree, 0), (std::vector<std::string>{"S"}));
  EXPECT_EQ(ChildLabels(tree, 1), (std::vector<std::string>{"NP", "VP", "."}));
  EXPECT_EQ(tree.ToString(), "(ROOT (S (NP (NN Evidence)) (VP (VBD was)) (. .)))");
  ASSERT_TRUE(ReadTree("(NN word)", &tree).ok());
  EXPECT_EQ(tree.ToString(), "(ROOT (NN word))");
  EXPECT_EQ(ReadError("(S (NN x)) (. .)"), "offset 11: trailing text after the tree");
  EXPECT_EQ(ReadError("(S)"), "offset 2: node has neither a word nor children");
}

TEST(ReadTreeTest, AcceptsAnyWhitespace) {
  Tree tree;
  ASSERT_TRUE(
      ReadTree(" \n(ROOT\t(S  \r\n  (NP (NNP Arnor)\n)\n (VP(VBD said) ) )\n)\n\n", &tree).ok());
  EXPECT_EQ(tree.ToString(), "(ROOT (S (NP (NNP Arnor)) (VP (VBD said))))");
}

TEST(ReadTreeTest, KeepsPunctuationTokens) {
  const std::string text =
      "(ROOT (S (-LRB- -LRB-) (NP (NNP Arnor) (POS 's)) (-RRB- -RRB-) (`` ``) (, ,) (: --) "
      "(NP ($ $) (CD 5) (# #)) ('' '') (PRP$ its) (. .)))";
  Tree tree;
  ASSERT_TRUE(ReadTree(text, &tree).ok());
  EXPECT_EQ(tree.node(2).label, "-LRB-");
  EXPECT_EQ(tree.node(2).word, "-LRB-");
  EXPECT_EQ(tree.ToString(), text);
  std::vector<std::string> words;
  for (const Node& n : tree.nodes()) {
    if (n.is_preterminal()) words.emplace_back(n.word);
  }
  EXPECT_EQ(words, (std::vector<std::string>{"-LRB-", "Arnor", "'s", "-RRB-", "``", ",", "--", "$",
                                             "5", "#", "''", "its", "."}));
}

TEST(ReadTreeTest, LabelsAndWordsPointIntoTheText) {
  const std::string text = "(ROOT (NP (NNP Arnor)))";
  Tree tree;
  ASSERT_TRUE(ReadTree(text, &tree).ok());
  EXPECT_EQ(tree.node(2).word.data(), text.data() + text.find("Arnor"));
}

TEST(ReadTreeTest, RoundTripsThroughToString) {
  const char* inputs[] = {
      "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ happy)))) (. .))",
      "( (S (NP (PRP It)) (VP (VBD rained))))",
      "(ROOT\n  (FRAG (NP (NN news))\n (: :)))",
  };
  for (const char* input : inputs) {
    Tree tree;
    ASSERT_TRUE(ReadTree(input, &tree).ok()) << input;
    const std::string printed = tree.ToString();
    EXPECT_EQ(printed.find("  "), std::string::npos);
    EXPECT_EQ(printed.find('\n'), std::string::npos);
    Tree again;
    ASSERT_TRUE(ReadTree(printed, &again).ok()) << printed;
    EXPECT_EQ(again.ToString(), printed);
    EXPECT_EQ(again.size(), tree.size());
  }
}

TEST(ReadTreeTest, ReusesTreeAcrossReads) {
  Tree tree;
  ASSERT_TRUE(ReadTree("(ROOT (S (NP (NNP A)) (VP (VBD b) (NP (NN c)))))", &tree).ok());
  ASSERT_TRUE(ReadTree("(ROOT (NP (NN x)))", &tree).ok());
  EXPECT_EQ(tree.size(), 3);
  EXPECT_EQ(tree.ToString(), "(ROOT (NP (NN x)))");
  EXPECT_FALSE(ReadTree("(ROOT (NP (NN x))", &tree).ok());
  EXPECT_TRUE(tree.empty());
}

TEST(ReadTreeTest, HandlesDeepNestingWithoutRecursion) {
  const int depth = 100000;
  std::string text;
  for (int i = 0; i < depth; ++i) text += "(X ";
  text += "(NN deep)";
  text.append(depth, ')');
  Tree tree;
  ASSERT_TRUE(ReadTree(text, &tree).ok());
  EXPECT_EQ(tree.size(), depth + 2);  // with the ROOT added above the outer X
  EXPECT_EQ(tree.ToString(), "(ROOT " + text + ")");
}

TEST(ReadTreeErrorTest, EmptyInput) {
  EXPECT_EQ(ReadError(""), "offset 0: empty tree");
  EXPECT_EQ(ReadError(" \n\t"), "offset 3: empty tree");
}

TEST(ReadTreeErrorTest, UnbalancedBrackets) {
  EXPECT_EQ(ReadError("(ROOT (S (NP (NNP Arnor))"), "offset 25: unbalanced brackets: missing ')'");
  EXPECT_EQ(ReadError("(ROOT (NN x)))"), "offset 13: trailing text after the tree");
  EXPECT_EQ(ReadError("(ROOT (NN x"), "offset 11: unbalanced brackets: missing ')'");
  EXPECT_EQ(ReadError("("), "offset 1: unbalanced brackets: missing ')'");
  EXPECT_EQ(ReadError(")"), "offset 0: expected '(' at the start of the tree");
}

TEST(ReadTreeErrorTest, TrailingText) {
  EXPECT_EQ(ReadError("(ROOT (NN x)) junk"), "offset 14: trailing text after the tree");
  EXPECT_EQ(ReadError("(ROOT (NN x)) (ROOT (NN y))"), "offset 14: trailing text after the tree");
}

TEST(ReadTreeErrorTest, Garbage) {
  EXPECT_EQ(ReadError("hello"), "offset 0: expected '(' at the start of the tree");
  EXPECT_EQ(ReadError("()"), "offset 1: missing label after '('");
  EXPECT_EQ(ReadError("(ROOT (S ( (NN x))))"), "offset 11: missing label after '('");
  EXPECT_EQ(ReadError("(ROOT (S ()))"), "offset 10: missing label after '('");
}

TEST(ReadTreeErrorTest, NodeWithoutWordOrChildren) {
  EXPECT_EQ(ReadError("(ROOT (S (NN) (VB x)))"), "offset 12: node has neither a word nor children");
  EXPECT_EQ(ReadError("(ROOT)"), "offset 5: node has neither a word nor children");
}

TEST(ReadTreeErrorTest, WordOutsidePreterminal) {
  EXPECT_EQ(ReadError("(ROOT Arnor)"), "offset 6: word directly under the root");
  EXPECT_EQ(ReadError("( Arnor)"), "offset 7: node has neither a word nor children");
  EXPECT_EQ(ReadError("(ROOT (S (NN x) stray))"), "offset 16: word outside a preterminal");
  EXPECT_EQ(ReadError("(ROOT (NN x) stray)"), "offset 13: word outside a preterminal");
}

TEST(ReadTreeErrorTest, WordAndChildren) {
  EXPECT_EQ(ReadError("(ROOT (NP word (NN x)))"), "offset 15: node has both a word and children");
  EXPECT_EQ(ReadError("(ROOT (NN two words))"), "offset 14: more than one word in a preterminal");
}

TEST(ReadTreeErrorTest, EveryPrefixOfAValidTreeFailsCleanly) {
  const std::string text = "(ROOT (S (NP (NNP Arnor)) (VP (VBD said))) (. .))";
  for (size_t n = 0; n < text.size(); ++n) {
    Tree tree;
    Status status = ReadTree(std::string_view(text).substr(0, n), &tree);
    EXPECT_FALSE(status.ok()) << n;
    EXPECT_NE(status.message().find("offset "), std::string::npos) << status.message();
  }
}

}  // namespace
}  // namespace dyad::parse
