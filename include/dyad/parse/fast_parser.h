// FastParser: Penn Treebank-style trees from tagged tokens, by rules.
//
// dyad's default parser ("fast"): base noun-phrase chunks, possessives,
// "of" phrases and coordination; verb groups with their auxiliaries, negation
// and passive participles as nested VPs; objects, prepositional phrases,
// complement clauses ("said (that) X ...", "to" infinitives) and coordinated
// verb phrases. The shape is the one dyad's coder reads; it is not a full
// English grammar.
#ifndef DYAD_PARSE_FAST_PARSER_H_
#define DYAD_PARSE_FAST_PARSER_H_

#include <span>
#include <string_view>
#include <vector>

#include "dyad/parse/tree.h"

namespace dyad::parse {

class FastParser {
 public:
  // Parses one sentence into `tree` (cleared first). `words` and `tags` (Penn
  // tags) have the same length; the tree's words are views into `words`'
  // strings, which must outlive it. Reuses internal scratch: not thread-safe.
  void Parse(std::span<const std::string_view> words, std::span<const std::string_view> tags,
             Tree* tree);

 private:
  struct PNode {
    std::string_view label, word;
    int first_child = -1, last_child = -1, next = -1;
  };
  class Run;
  std::vector<PNode> nodes_;
  std::vector<std::string_view> tags_;  // the tags with the parser's repairs, when it makes any
};

}  // namespace dyad::parse

#endif  // DYAD_PARSE_FAST_PARSER_H_
