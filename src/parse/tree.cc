// Tree storage and the bracketed-tree reader.
//
// ReadTree is a single left-to-right pass over the text with no recursion: the
// open node is tracked through the parent links already stored in the Tree, so
// arbitrarily deep input cannot overflow the stack, and the only allocations
// are the growth of the Tree's own vectors (which Clear() keeps).
#include "dyad/parse/tree.h"

#include <cassert>
#include <cstddef>
#include <limits>

namespace dyad::parse {

int Tree::AddNode(int parent, std::string_view label, std::string_view word) {
  assert(parent >= -1 && parent < size());
  assert(parent >= 0 || nodes_.empty());  // only one root
  const auto index = static_cast<int32_t>(nodes_.size());
  Node node;
  node.label = label;
  node.word = word;
  node.parent = parent;
  nodes_.push_back(node);
  last_child_.push_back(-1);
  if (parent >= 0) {
    int32_t& last = last_child_[parent];
    if (last < 0) {
      nodes_[parent].first_child = index;
    } else {
      nodes_[last].next_sibling = index;
    }
    last = index;
  }
  return index;
}

void Tree::Clear() {
  nodes_.clear();
  last_child_.clear();
}

std::string Tree::ToString() const {
  std::string out;
  if (nodes_.empty()) return out;
  int i = 0;
  while (true) {
    const Node& n = nodes_[i];
    out += '(';
    out += n.label;
    if (!n.word.empty()) {
      out += ' ';
      out += n.word;
    }
    if (n.first_child >= 0) {
      out += ' ';
      i = n.first_child;
      continue;
    }
    out += ')';
    // Close every ancestor whose last child this was, then move to the next sibling.
    while (nodes_[i].next_sibling < 0) {
      i = nodes_[i].parent;
      if (i < 0) return out;
      out += ')';
    }
    out += ' ';
    i = nodes_[i].next_sibling;
  }
}

namespace {

constexpr std::string_view kRootLabel = "ROOT";

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsAtomChar(char c) { return c != '(' && c != ')' && !IsSpace(c); }

// Reads one tree; tokens are '(', ')' and atoms (labels or words).
class TreeReader {
 public:
  TreeReader(std::string_view text, Tree* tree) : text_(text), tree_(tree) {}

  Status Read() {
    SkipSpace();
    if (AtEnd()) return Error("empty tree");
    if (text_[pos_] != '(') return Error("expected '(' at the start of the tree");
    while (true) {
      SkipSpace();
      if (AtEnd()) return Error("unbalanced brackets: missing ')'");
      const char c = text_[pos_];
      if (c == '(') {
        DYAD_RETURN_IF_ERROR(OpenNode());
      } else if (c == ')') {
        DYAD_RETURN_IF_ERROR(CloseNode());
      } else {
        return Error("word outside a preterminal");
      }
      if (RootClosed()) return ExpectEnd();
    }
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }

  // A synthetic root has no ')' of its own: it closes with its only child.
  bool RootClosed() const { return open_ < 0 || (synthetic_root_ && open_ == 0); }

  void SkipSpace() {
    while (!AtEnd() && IsSpace(text_[pos_])) ++pos_;
  }

  std::string_view ReadAtom() {
    const size_t start = pos_;
    while (!AtEnd() && IsAtomChar(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  Status Error(std::string_view reason) const {
    std::string message = "offset ";
    message += std::to_string(pos_);
    message += ": ";
    message += reason;
    return Status::InvalidInput(std::move(message));
  }

  // At '(': reads the label and, for a preterminal, the word and the ')'.
  Status OpenNode() {
    ++pos_;
    SkipSpace();
    if (AtEnd()) return Error("unbalanced brackets: missing ')'");
    std::string_view label;
    if (IsAtomChar(text_[pos_])) {
      label = ReadAtom();
      if (open_ < 0 && label != kRootLabel) {
        // "(S ...)" with no ROOT above it, as in some PETRARCH files.
        open_ = tree_->AddNode(-1, kRootLabel);
        synthetic_root_ = true;
      }
    } else if (open_ < 0 && text_[pos_] == '(') {
      label = kRootLabel;  // CoreNLP writes the root as "( (S ...))"
    } else {
      return Error("missing label after '('");
    }
    SkipSpace();
    if (AtEnd() || !IsAtomChar(text_[pos_])) {
      open_ = tree_->AddNode(open_, label);
      return Status::Ok();
    }
    return ReadPreterminal(label);
  }

  // After "(TAG ": the word, then the closing ')'.
  Status ReadPreterminal(std::string_view label) {
    if (open_ < 0) return Error("word directly under the root");
    const std::string_view word = ReadAtom();
    SkipSpace();
    if (AtEnd()) return Error("unbalanced brackets: missing ')'");
    if (text_[pos_] == '(') return Error("node has both a word and children");
    if (text_[pos_] != ')') return Error("more than one word in a preterminal");
    ++pos_;
    tree_->AddNode(open_, label, word);
    return Status::Ok();
  }

  // At ')' closing an inner node.
  Status CloseNode() {
    if (open_ < 0) return Error("unbalanced brackets: unexpected ')'");
    if (tree_->node(open_).first_child < 0) return Error("node has neither a word nor children");
    ++pos_;
    open_ = tree_->node(open_).parent;
    return Status::Ok();
  }

  Status ExpectEnd() {
    SkipSpace();
    if (!AtEnd()) return Error("trailing text after the tree");
    return Status::Ok();
  }

  std::string_view text_;
  Tree* tree_;
  size_t pos_ = 0;
  int open_ = -1;  // innermost open inner node, -1 before the root
  bool synthetic_root_ = false;
};

}  // namespace

Status ReadTree(std::string_view text, Tree* tree) {
  tree->Clear();
  if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return Status::InvalidInput("offset 0: tree text too long");
  }
  Status status = TreeReader(text, tree).Read();
  if (!status.ok()) tree->Clear();
  return status;
}

}  // namespace dyad::parse
