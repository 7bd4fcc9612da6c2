// Brokers of the deals a sentence reports: "Armenia and Azerbaijan initialled a
// U.S.-brokered peace agreement", "Iran and Saudi Arabia agreed to restore
// relations in a deal brokered by China". The broker named in the participle
// mediates (045) between the parties of the sentence's events; run after the
// verbs are coded, for dyad's dictionaries only.
#include <algorithm>
#include <string>
#include <vector>

#include "code/stages.h"
#include "dyad/base/text.h"

namespace dyad::code {

namespace {

bool IsBrokerWord(std::string_view w) { return EqualsAnyIgnoreCase(w, {"brokered", "mediated"}); }

// "mediation by the king's uncle": a noun of brokering before "by".
bool IsBrokerNoun(std::string_view w) { return EqualsIgnoreCase(w, "mediation"); }

// The code of the one-word name `word` ("U.S.", "Qatari"), "" if none.
std::string CodeOfName(const dict::Dictionaries& dicts, Date date, std::string_view word) {
  std::string upper;
  AppendUpperAscii(word, &upper);
  dict::WordId id = dicts.vocabulary.Find(upper);
  if (id == dict::kUnknownWord) return {};
  dict::PhraseMatch match;
  std::span<const dict::WordId> words(&id, 1);
  if (!dicts.actors.names().MatchAt(words, 0, &match) || match.end != 1) return {};
  return std::string(dicts.actors.actors()[match.entry].CodeAt(date));
}

// The codes of a unit's phrases.
std::vector<std::string> UnitCodes(const Sentence& s, int unit) {
  std::vector<std::string> codes;
  const Unit& u = s.units[unit];
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) codes.push_back(s.phrases[p].code);
  return codes;
}

// "under Russian mediation", "under U.S. and Saudi mediation", "under the
// auspices of the African Union", "under the mediation of Qatar": the unit
// after "under" that names a mediation, else -1.
int MediationAfterUnder(const Sentence& s, int t) {
  const int n = static_cast<int>(s.tokens.size());
  if (!EqualsIgnoreCase(s.tokens[t].text, "under") || t + 1 >= n || s.tokens[t + 1].unit < 0)
    return -1;
  const int unit = s.tokens[t + 1].unit;
  for (int k = s.units[unit].token_begin; k < s.units[unit].token_end; ++k) {
    if (EqualsAnyIgnoreCase(s.tokens[k].text, {"mediation", "auspices"})) return unit;
  }
  return -1;
}

// The brokers' codes: "X-brokered" / "X-mediated", "brokered by X (and Y)"
// or "mediation by X" with coded phrases, or "under X mediation"; none when
// the sentence names none.
std::vector<std::string> FindBrokers(const dict::Dictionaries& dicts, Date date,
                                     const Sentence& s) {
  int n = static_cast<int>(s.tokens.size());
  for (int t = 0; t < n; ++t) {
    if (int unit = MediationAfterUnder(s, t); unit >= 0) return UnitCodes(s, unit);
    std::string_view w = s.tokens[t].text;
    size_t dash = w.rfind('-');
    if (dash != std::string_view::npos && dash > 0 && IsBrokerWord(w.substr(dash + 1)))
      return {CodeOfName(dicts, date, w.substr(0, dash))};
    if (!(IsBrokerWord(w) || IsBrokerNoun(w)) || t + 2 >= n ||
        !EqualsIgnoreCase(s.tokens[t + 1].text, "by") || s.tokens[t + 2].unit < 0) {
      continue;
    }
    return UnitCodes(s, s.tokens[t + 2].unit);
  }
  return {};
}

// A party other than the broker and its own people ("Trump announced the
// deal mediated by the United States": Trump is no party to it).
bool IsParty(const std::string& code, const std::string& broker) {
  return code.size() >= 3 && !code.starts_with("---") && code.compare(0, 3, broker, 0, 3) != 0;
}

// A deal is cooperation: intent, consultation, diplomatic or material
// cooperation, aid or yielding (roots 03 to 08), not a threat made in talks.
bool IsCooperation(const Event& e) {
  return e.code.size() >= 2 && e.code[0] == '0' && e.code[1] >= '3' && e.code[1] <= '8';
}

}  // namespace

void AddBrokerMediation(const dict::Dictionaries& dicts, Date date, const Sentence& s,
                        std::vector<Event>* events) {
  if (events->empty() || events->front().future ||
      std::none_of(events->begin(), events->end(), IsCooperation)) {
    return;
  }
  const std::vector<std::string> brokers = FindBrokers(dicts, date, s);
  if (brokers.empty()) return;
  Event proto = events->front();
  proto.code = "045";
  proto.pattern = "brokered by SOURCE";
  proto.pattern_entry.clear();
  proto.source_info = ActorProvenance{};
  size_t end = events->size();
  for (const std::string& broker : brokers) {
    if (broker.size() < 3 || broker.starts_with("---")) continue;
    std::vector<std::string> parties;
    for (size_t k = 0; k < end; ++k) {
      const Event& e = (*events)[k];
      for (const std::string* code : {&e.source, &e.target}) {
        if (IsParty(*code, broker) &&
            std::find(parties.begin(), parties.end(), *code) == parties.end()) {
          parties.push_back(*code);
        }
      }
    }
    if (parties.size() < 2) continue;  // a mediator stands between two sides
    proto.source = broker;
    for (const std::string& party : parties) {
      proto.target = party;
      events->push_back(proto);
    }
  }
}

}  // namespace dyad::code
