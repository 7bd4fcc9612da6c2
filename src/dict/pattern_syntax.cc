// The PETRARCH pattern and transformation syntax (see pattern_syntax.h).
#include "dict/pattern_syntax.h"

#include "dyad/base/text.h"

namespace dyad::dict {

// Splits one side of a pattern into elements. '_' joins neighbours ("IN_*",
// "DEATH_TOTAL"); a space, or "_ ", does not. `before` sides are returned
// nearest-the-verb first, each element marked adjacent when it is joined to
// the element (or verb) matched before it.
void ParsePatternSide(std::string_view side, bool before, Vocabulary* vocabulary,
                      const std::function<int(std::string)>& synset_index,
                      std::vector<PatternElement>* out) {
  struct Token {
    std::string_view text;
    bool joined_to_previous;
  };
  std::vector<Token> tokens;
  bool joined = !before;  // for `after`, the text starts right after the '*'
  bool only_underscores = true;
  size_t i = 0;
  while (i < side.size()) {
    char c = side[i];
    bool separator =
        c == '_' || c == ' ' || c == '\t' || c == '(' || c == ')' || c == '{' || c == '}';
    if (separator) {
      if (c != '_') only_underscores = false;
      ++i;
      continue;
    }
    size_t start = i;
    while (i < side.size() &&
           !(side[i] == '_' || side[i] == ' ' || side[i] == '\t' || side[i] == '(' ||
             side[i] == ')' || side[i] == '{' || side[i] == '}')) {
      ++i;
    }
    bool gap_was_underscores = only_underscores && start > 0 && side[start - 1] == '_';
    if (!before && tokens.empty()) gap_was_underscores = only_underscores && start > 0;
    tokens.push_back(Token{side.substr(start, i - start), joined && gap_was_underscores});
    joined = true;
    only_underscores = true;
  }
  // For `before`, whether the last token is joined to the '*'.
  bool last_joined = !side.empty() && side.back() == '_';
  std::vector<PatternElement> elements;
  for (const Token& t : tokens) {
    PatternElement e{ElementKind::kWord, 0, t.joined_to_previous};
    if (t.text == "$")
      e.kind = ElementKind::kSource;
    else if (t.text == "+")
      e.kind = ElementKind::kTarget;
    else if (t.text == "^")
      e.kind = ElementKind::kSkipPhrase;
    else if (t.text == "%")
      e.kind = ElementKind::kCompound;
    else if (t.text[0] == '&') {
      e.kind = ElementKind::kSynset;
      e.id = static_cast<uint32_t>(synset_index(ToUpperAscii(t.text)));
    } else {
      e.id = vocabulary->Intern(ToUpperAscii(t.text));
    }
    elements.push_back(e);
  }
  if (before) {
    // Reverse, moving each "joined to previous" flag onto the previous
    // element: in matching order it means "joined to the one matched before".
    std::vector<PatternElement> reversed;
    for (size_t k = elements.size(); k-- > 0;) {
      PatternElement e = elements[k];
      e.adjacent = (k + 1 == elements.size()) ? last_joined : tokens[k + 1].joined_to_previous;
      reversed.push_back(e);
    }
    elements = std::move(reversed);
  }
  out->insert(out->end(), elements.begin(), elements.end());
}

int PatternSpecificity(const Pattern& pattern) {
  int specificity = 0;
  for (const auto* part : {&pattern.before, &pattern.after}) {
    for (const PatternElement& e : *part) {
      specificity += (e.kind == ElementKind::kWord || e.kind == ElementKind::kSynset) ? 2 : 1;
    }
  }
  return specificity;
}

// "a (a b ATTACK) SAY = a b 015": outer source, (inner source, inner target,
// inner verb), outer verb, =, result source, result target, code.
StatusOr<Transformation> ParseTransformation(std::string_view s) {
  std::string spaced;
  for (char c : s) {
    if (c == '(' || c == ')' || c == '=') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  std::vector<std::string_view> t = SplitWhitespace(spaced);
  auto is_variable = [](std::string_view v) { return v.size() == 1; };
  if (t.size() != 11 || t[1] != "(" || t[5] != ")" || t[7] != "=" || !is_variable(t[0]) ||
      !is_variable(t[2]) || !is_variable(t[3]) || !is_variable(t[8]) || !is_variable(t[9])) {
    return Status::InvalidInput("transformation must read like 'a (a b VERB) VERB = a b CODE'");
  }
  Transformation x;
  x.outer_source = t[0][0];
  x.inner_source = t[2][0];
  x.inner_target = t[3][0];
  x.inner_verb = ToUpperAscii(t[4]);
  x.outer_verb = ToUpperAscii(t[6]);
  x.result_source = t[8][0];
  x.result_target = t[9][0];
  x.code = std::string(t[10]);
  x.text = "~" + std::string(s);
  return x;
}

}  // namespace dyad::dict
