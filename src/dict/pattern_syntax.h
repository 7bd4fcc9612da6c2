// The PETRARCH pattern and transformation syntax, shared by both dictionary
// readers: dyad's own format rewrites its patterns into this syntax.
#ifndef DYAD_SRC_DICT_PATTERN_SYNTAX_H_
#define DYAD_SRC_DICT_PATTERN_SYNTAX_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/dict/verbs.h"
#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

// Splits one side of a pattern ("$ * TIES WITH +" minus the '*') into elements:
// words, &SYNSETs (indexed by `synset_index`), $ + ^ %. '_' joins neighbours
// ("IN_*", "DEATH_TOTAL"); a space does not. A `before` side is returned
// nearest-the-verb first, each element marked adjacent when it is joined to
// the element (or verb) matched before it.
void ParsePatternSide(std::string_view side, bool before, Vocabulary* vocabulary,
                      const std::function<int(std::string)>& synset_index,
                      std::vector<PatternElement>* out);

// 2 per word or synset, 1 per $ + ^ %: the most specific matching pattern wins.
int PatternSpecificity(const Pattern& pattern);

// Parses "a (a b ATTACK) SAY = a b 015": outer source, (inner source, inner
// target, inner verb), outer verb, =, result source, result target, code.
StatusOr<Transformation> ParseTransformation(std::string_view s);

}  // namespace dyad::dict

#endif  // DYAD_SRC_DICT_PATTERN_SYNTAX_H_
