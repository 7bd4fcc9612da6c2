// Future and intended events: "will meet", "plans to send troops".
#include "code/stages.h"
#include "dyad/base/text.h"

namespace dyad::code {

namespace {

bool IsAdverb(const Token& t) { return t.tag.starts_with("RB"); }

// The index of the first word before `t` that is not an adverb, or -1.
int PreviousNonAdverb(const Sentence& s, int t) {
  for (--t; t >= 0 && IsAdverb(s.tokens[t]); --t) {
  }
  return t;
}

// Words that make "X to VERB" an intention or a plan.
bool IsIntentionHead(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"plan",      "plans",     "planned",    "planning", "intend",   "intends",   "intended",
          "intending", "aim",       "aims",       "aimed",    "aiming",   "going",     "set",
          "due",       "scheduled", "expected",   "poised",   "prepared", "preparing", "ready",
          "willing",   "decided",   "decides",    "agreed",   "agree",    "agrees",    "is",
          "are",       "was",       "were",       "seeks",    "seek",     "sought",    "seeking",
          "want",      "wants",     "wanted",     "hopes",    "hope",     "hoped",     "promised",
          "promises",  "pledged",   "pledges",    "vowed",    "vows",     "offered",   "offers",
          "intention", "readiness", "willingness"});
}

}  // namespace

bool StatesFuture(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0) return false;
  std::string_view w = s.tokens[t].text;
  if (s.tokens[t].tag == "MD")
    return EqualsAnyIgnoreCase(w, {"will", "'ll", "shall", "would", "wo"});
  if (s.tokens[t].tag != "TO" && !EqualsIgnoreCase(w, "to")) return false;
  int head = PreviousNonAdverb(s, t);
  return head >= 0 && IsIntentionHead(s.tokens[head].text);
}

std::string IntentCode(const dict::Dictionaries& dicts, const std::string& code) {
  size_t colon = code.find(':');
  auto map = [&](const std::string& c) {
    auto it = dicts.intent_codes.find(c);
    return it == dicts.intent_codes.end() ? c : it->second;
  };
  if (colon == std::string::npos) return map(code);
  return map(code.substr(0, colon)) + ":" + map(code.substr(colon + 1));
}

}  // namespace dyad::code
