// Penn Treebank constituency trees: the input of the event coder.
//
// A Tree is a flat array of nodes. Inner nodes have a label (S, NP, VP ...)
// and children; preterminals have a label (the part-of-speech tag, NNP) and a
// word and no children. Labels and words are views into the text the tree was
// read from (or into strings the producer owns): that text must outlive the Tree.
#ifndef DYAD_PARSE_TREE_H_
#define DYAD_PARSE_TREE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad::parse {

struct Node {
  std::string_view label;  // phrase label or POS tag; the root is "ROOT"
  std::string_view word;   // non-empty only for preterminals
  int32_t parent = -1;
  int32_t first_child = -1;
  int32_t next_sibling = -1;

  bool is_preterminal() const { return first_child < 0; }
};

class Tree {
 public:
  Tree() = default;

  // Node 0 is the root when the tree is not empty.
  bool empty() const { return nodes_.empty(); }
  int size() const { return static_cast<int>(nodes_.size()); }
  const Node& node(int i) const { return nodes_[i]; }
  const std::vector<Node>& nodes() const { return nodes_; }

  // Appends a node under `parent` (-1 for the root) and returns its index.
  int AddNode(int parent, std::string_view label, std::string_view word = {});
  void Clear();

  // "(ROOT (S (NP (NNP Arnor)) (VP (VBD said))))": one line, single spaces.
  std::string ToString() const;

 private:
  std::vector<Node> nodes_;
  std::vector<int32_t> last_child_;  // per node, for O(1) appends
};

// Reads one bracketed tree: "(ROOT (S ...) (. .))", CoreNLP's "( (S ...))" (the
// unlabelled root becomes "ROOT"), any white space between tokens. A root with
// several children is kept as it is. A tree whose outermost label is not ROOT,
// "(S ...)" as in some PETRARCH files, gets a ROOT node above it, so node 0 is
// always ROOT. Parentheses inside words are written
// -LRB-/-RRB- in the input and stay so. Errors (unbalanced brackets, a word
// outside a preterminal, trailing text, empty input) say "offset N: reason".
// Reuses `tree`'s storage; on error `tree` is left empty.
Status ReadTree(std::string_view text, Tree* tree);

}  // namespace dyad::parse

#endif  // DYAD_PARSE_TREE_H_
