// LinkParser: Penn-style trees from CMU link-grammar (Debian liblink-grammar),
// for users who want a deeper parse and accept its speed (tens of sentences a
// second). link-grammar's constituent tree gives the phrases; the leaves get
// dyad's tags, so the tree has the shape the coder reads.
#ifndef DYAD_PARSE_LINK_PARSER_H_
#define DYAD_PARSE_LINK_PARSER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/parse/tree.h"

namespace dyad::parse {

class LinkParser {
 public:
  // Loads link-grammar's English dictionary. Fails when link-grammar is not
  // available (dyad built without it) or its dictionary cannot be opened.
  static StatusOr<std::unique_ptr<LinkParser>> Create();
  ~LinkParser();
  LinkParser(const LinkParser&) = delete;
  LinkParser& operator=(const LinkParser&) = delete;

  // Parses one sentence of tokens with their tags into `tree`. Returns false
  // (tree empty) when link-grammar finds no linkage or its words cannot be
  // aligned with `words`; callers then fall back to another parser. The
  // tree's labels and words are owned by this object and valid until the next
  // call.
  bool Parse(std::span<const std::string_view> words, std::span<const std::string_view> tags,
             Tree* tree);

 private:
  struct Impl;
  explicit LinkParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::parse

#endif  // DYAD_PARSE_LINK_PARSER_H_
