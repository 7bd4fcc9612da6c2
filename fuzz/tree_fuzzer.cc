// libFuzzer target for the bracketed-tree reader: any input must either fail
// with an "offset N:" Status or give a well-formed tree that round-trips
// through ToString().
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/parse/tree.h"

namespace {

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

void CheckStructure(const dyad::parse::Tree& tree) {
  Check(!tree.empty());
  Check(tree.node(0).parent == -1);
  for (int i = 1; i < tree.size(); ++i) {
    const dyad::parse::Node& n = tree.node(i);
    Check(n.parent >= 0 && n.parent < i);
    Check(!n.label.empty());
    Check(n.is_preterminal() == !n.word.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::parse::Tree tree;
  const dyad::Status status = dyad::parse::ReadTree(text, &tree);
  if (!status.ok()) {
    Check(tree.empty());
    Check(status.message().rfind("offset ", 0) == 0);
    return 0;
  }
  CheckStructure(tree);
  const std::string printed = tree.ToString();
  dyad::parse::Tree again;
  Check(dyad::parse::ReadTree(printed, &again).ok());
  Check(again.size() == tree.size());
  Check(again.ToString() == printed);
  return 0;
}
