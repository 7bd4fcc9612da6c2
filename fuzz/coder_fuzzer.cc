// Fuzzes the coder behind the tree reader: any tree that reads must code
// without crashing, with every event's codes non-empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "dict/petrarch_readers.h"
#include "dyad/code/coder.h"
#include "dyad/parse/tree.h"

namespace {

constexpr char kVerbs[] = R"(&CURRENCY
+DOLLAR
+SWISS FRANC
--- ATTACK [190] ---
ATTACK
+CALL_OFF [192]
- $ * TROOPS_IN + [193]
- * &CURRENCY ^ TO + [071]
--- MEET [040:040] ---
MEET {MET MEETS MEETING}
- % * [041]
- * WITH % [042]
--- SAY [010] ---
SAY {SAID SAYS}
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (a b Q) SAY = a b Q
)";
constexpr char kActors[] =
    "FRANCE_ [FRA]\n+FRENCH\nGERMANY [DEU]\nJOHN SMITH\n[USAGOV 090101-170120]\n";
constexpr char kAgents[] = "TROOPS {} [~MIL]\nAID_GROUP [NGO~]\n";

const dyad::dict::Dictionaries& Dicts() {
  static const dyad::dict::Dictionaries* dicts = [] {
    auto* d = new dyad::dict::Dictionaries();  // lives for the whole fuzzing run
    (void)dyad::dict::petrarch::ReadVerbs(kVerbs, "verbs", d);
    (void)dyad::dict::petrarch::ReadActors(kActors, "actors", d);
    (void)dyad::dict::petrarch::ReadAgents(kAgents, "agents", d);
    d->Finish();
    return d;
  }();
  return *dicts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::parse::Tree tree;
  if (!dyad::parse::ReadTree(text, &tree).ok()) return 0;
  dyad::code::CoderOptions options;
  options.require_dyad = size % 2 == 0;
  options.new_actor_length = size % 3;
  dyad::code::Coder coder(Dicts(), options);
  dyad::code::SentenceResult result;
  coder.CodeSentence(tree, 20150609, &result);
  for (const auto& e : result.events) {
    if (e.source.empty() || e.target.empty() || e.code.empty()) std::abort();
  }
  (void)coder.DescribeLastSentence();
  return 0;
}
