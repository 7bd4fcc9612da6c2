// Small inline PETRARCH-format dictionaries for the coder tests.
#ifndef DYAD_TESTS_CODE_TEST_DICTIONARIES_H_
#define DYAD_TESTS_CODE_TEST_DICTIONARIES_H_

#include <memory>
#include <string>

#include "dict/petrarch_readers.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/tree.h"

namespace dyad::code::testing {

struct TestDictionaryText {
  std::string verbs, actors, agents, discards, issues;
};

inline std::unique_ptr<dict::Dictionaries> MakeDictionaries(const TestDictionaryText& text) {
  auto dicts = std::make_unique<dict::Dictionaries>();
  (void)dict::petrarch::ReadVerbs(text.verbs, "verbs.txt", dicts.get());
  (void)dict::petrarch::ReadActors(text.actors, "actors.txt", dicts.get());
  (void)dict::petrarch::ReadAgents(text.agents, "agents.txt", dicts.get());
  (void)dict::petrarch::ReadDiscards(text.discards, "discards.txt", dicts.get());
  (void)dict::petrarch::ReadIssues(text.issues, "issues.txt", dicts.get());
  dicts->Finish();
  return dicts;
}

// The dictionaries most coder tests share: a few countries, leaders with dated
// codes, agents and verbs with patterns.
inline TestDictionaryText StandardText() {
  TestDictionaryText t;
  t.verbs = R"(&CURRENCY
+DOLLAR
+EURO

--- ATTACK [190] ---
ATTACK
- * TROOPS_IN [193]

--- MEET [040] ---
MEET {MEETS MET MEETING}
- * WITH + [040]
- % * [041:041]

--- RESTORE [064] ---
RESTORE
- * &CURRENCY [071]
- * DIPLOMATIC_TIES [064]
- NOT * TIES [112]

--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- GIVE [070] ---
+GIVE_UP {+GAVE_UP +GIVEN_UP +GIVES_UP +GIVING_UP} [080]
)";
  t.actors = R"(FRANCE_ [FRA]
+FRENCH_
GERMANY_ [DEU]
RUSSIA_ [RUS]
+MOSCOW_
JOHN_SMITH_
[USAGOV 20090101-20170120]
[USAELI]
)";
  t.agents = R"(TROOPS {} [~MIL]
MINISTER [~GOV]
AID_GROUP [NGO~]
)";
  t.discards = "FOOTBALL\n+HOROSCOPE\n";
  t.issues = "n:refugee [REFUGEES]\n~refugee camp football\n";
  return t;
}

}  // namespace dyad::code::testing

#endif  // DYAD_TESTS_CODE_TEST_DICTIONARIES_H_
