// Coreference by sides (see coreference.h): a role the article's country was
// given only because the article names that country most ("ministry
// spokesman Zhao Lijian" in a story from New Delhi) is re-read when its own
// deed shows it is on the other side: it accuses, threatens or attacks that
// country's forces or state ("accused Indian troops of crossing the
// border"). Runs on a coded sentence's events, before it is remembered.
#include <string>
#include <vector>

#include "doc/coreference_roles.h"
#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/code/coder.h"
#include "dyad/dict/cameo.h"
#include "dyad/doc/coreference.h"
#include "dyad/doc/gazetteer.h"

namespace dyad::doc {

namespace {

// Assault, fights and mass violence (18-20).

// Disapproval and accusation (11), threats (13) and force: what a side does
// to the other, rarely to its own.
bool IsHostileCode(std::string_view code) {
  return code.starts_with("11") || code.starts_with("13") || dict::IsForceCode(code);
}

// An official, a ministry or an army: who speaks or fights for a side.
bool IsSidesVoice(std::string_view role) { return role == "GOV" || role == "MIL" || role == "SPY"; }

// A country itself, its state or its forces: what one side accuses.
bool IsSidesState(std::string_view role) { return role.empty() || IsSidesVoice(role); }

// Verbs by which a side acts against another: "accused", "summoned".
bool IsVerbAgainstOther(std::string_view w) {
  static const WordSet kVerbs = {"accused",    "accuses",    "summoned",  "summons",  "expelled",
                                 "expels",     "threatened", "threatens", "attacked", "attacks",
                                 "blamed",     "blames",     "condemned", "condemns", "criticised",
                                 "criticized", "warned",     "warns"};
  return kVerbs.contains(w);
}

// Where the verb after a subject ending before `end` is ("accused", "has
// accused", "also summoned"), -1 if none of kVerbs.
int VerbAgainstOther(std::span<const std::string_view> words, int end) {
  const int n = static_cast<int>(words.size());
  for (int t = end; t < n && t <= end + 1; ++t) {
    if (IsVerbAgainstOther(words[t])) return t;
    if (!EqualsAnyIgnoreCase(words[t], {"has", "have", "had", "also", "then", "later"})) break;
  }
  return -1;
}

// A country's political people, whom only their own state's police or
// army arrest: "police detained two former chief ministers" are theirs.
bool IsPoliticalRole(std::string_view role) {
  return role == "ELI" || role == "OPP" || role == "PTY" || role == "LEG" || role == "GOV";
}

// A state's forces or officials, who arrest.
bool IsArrestingRole(std::string_view role) {
  return role == "COP" || role == "MIL" || role == "GOV" || role == "SPY" || role == "JUD";
}

// An arrest (173) by a role given the article's country only by the tally
// of a named politician of another country ("Police detained Omar Abdullah"
// in a story from Islamabad about India): the politician's country.
std::string_view DetaineesCountry(const code::Event& e) {
  if (e.code != "173" || e.source.size() != 6 || e.target.size() != 6 ||
      !e.source_info.antecedent.starts_with(Coreference::kArticleCountryAntecedent) ||
      !e.target_info.antecedent.empty())
    return {};
  std::string_view source = e.source, target = e.target;
  if (source.substr(0, 3) == target.substr(0, 3) || !IsArrestingRole(source.substr(3)) ||
      !IsPoliticalRole(target.substr(3)) || StartsCountryless(target))
    return {};
  return target.substr(0, 3);
}

// An armed group with no country of its own: "---REB", "---INS", "---SEP".
bool IsStatelessArmedGroup(std::string_view code) {
  return code.size() == 6 && StartsCountryless(code) &&
         (EndsWithRole(code, "REB") || EndsWithRole(code, "INS") || EndsWithRole(code, "SEP"));
}

// Demands, disapproval, rejection, threats, protest, force posture, reduced
// relations, coercion and force (10-20): what a state and its armed
// opponents do to each other.
bool IsConflictCode(std::string_view code) {
  return code.size() >= 2 && (code[0] == '1' || code.starts_with("20"));
}

// "the", "eastern", "north": what stands between "in" and a place's name.
bool IsRegionWord(std::string_view w) {
  static const WordSet kWords = {"the",          "eastern",      "western",      "northern",
                                 "southern",     "central",      "north",        "south",
                                 "east",         "west",         "northeast",    "northwest",
                                 "southeast",    "southwest",    "northeastern", "northwestern",
                                 "southeastern", "southwestern", "far"};
  return kWords.contains(w);
}

// The group's phrase takes `coded` in its mention and in every event it is
// a party of.
void RecodeGroup(code::TokenRange phrase, const std::string& was, const std::string& coded,
                 std::string_view antecedent, std::span<code::Mention> mentions,
                 std::vector<code::Event>* events) {
  for (code::Mention& m : mentions) {
    if (m.tokens.begin == phrase.begin && m.tokens.end == phrase.end) m.code = coded;
  }
  for (code::Event& e : *events) {
    if (e.source == was && e.source_tokens.begin == phrase.begin &&
        e.source_tokens.end == phrase.end) {
      e.source = coded;
      e.source_info.antecedent = antecedent;
    }
    if (e.target == was && e.target_tokens.begin == phrase.begin &&
        e.target_tokens.end == phrase.end) {
      e.target = coded;
      e.target_info.antecedent = antecedent;
    }
  }
}

}  // namespace

// Whether a party or place of `mentions` is of another country than `country`.
bool Coreference::NamesAnotherCountry(std::span<const code::Mention> mentions,
                                      std::string_view country) const {
  for (const code::Mention& m : mentions) {
    const std::string_view prefix = std::string_view(m.code).substr(0, 3);
    if (prefix.size() == 3 && prefix != country && IsCountryCode(prefix)) return true;
  }
  return false;
}

// Whether a place the sentence names is in another country than `country`:
// a coded place ("in Syria") or a name after "in", "near", "at" ... that the
// gazetteer knows ("near Idlib").
bool Coreference::NamesAPlaceElsewhere(std::span<const code::Mention> mentions,
                                       std::span<const std::string_view> words,
                                       std::string_view country) const {
  for (const code::Mention& m : mentions) {
    const std::string_view prefix = std::string_view(m.code).substr(0, 3);
    if (m.place && prefix.size() == 3 && prefix != country && IsCountryCode(prefix)) return true;
  }
  if (places_ == nullptr || places_->empty()) return false;
  std::string name;
  const int n = static_cast<int>(words.size());
  for (int t = 0; t + 1 < n; ++t) {
    if (!EqualsAnyIgnoreCase(words[t], {"in", "near", "at", "around", "outside", "into"}) ||
        !IsCapitalised(words[t + 1]))
      continue;
    int end = t + 1;
    while (end < n && end <= t + 4 && IsCapitalised(words[end])) ++end;
    name.clear();
    AppendJoined(words.subspan(t + 1, end - t - 1), &name);
    const Place* place = places_->Find(name);
    if (place == nullptr) continue;
    const std::string_view its = CountryCodeOf(*place);
    if (!its.empty() && its.substr(0, 3) != country) return true;
  }
  return false;
}

// The country of the place "in" or "from" puts an armed group in, in its
// phrase or right after it ("separatists in Donetsk", "rebels in eastern
// Ukraine"); "" if none.
std::string_view Coreference::GroupsPlaceCountry(std::span<const code::Mention> mentions,
                                                 std::span<const std::string_view> words,
                                                 code::TokenRange phrase) const {
  const int n = static_cast<int>(words.size());
  int in = -1;
  for (int t = phrase.begin + 1; t < phrase.end && t < n && in < 0; ++t) {
    if (EqualsAnyIgnoreCase(words[t], {"in", "from"})) in = t;
  }
  if (in < 0 && phrase.end < n && EqualsAnyIgnoreCase(words[phrase.end], {"in", "from"})) {
    in = phrase.end;
    for (const code::Mention& m : mentions) {
      // "[rebels] in [eastern Ukraine]": a place the coder coded.
      if (m.tokens.begin != in + 1 || m.code.size() != 3) continue;
      if (IsCountryCode(m.code)) return m.code;
    }
  }
  if (in < 0 || places_ == nullptr || places_->empty()) return {};
  int begin = in + 1;
  while (begin < n && begin <= in + 2 && IsRegionWord(words[begin])) ++begin;  // "eastern"
  int end = begin;
  while (end < n && end < begin + 4 && IsCapitalised(words[end])) ++end;
  if (end == begin) return {};
  std::string name;
  AppendJoined(words.subspan(begin, end - begin), &name);
  const Place* place = places_->Find(name);
  if (place == nullptr) return {};
  const std::string_view country = CountryCodeOf(*place);
  return country.size() == 3 ? country : std::string_view();
}

// In the lead, before the article has named a country: the state is the
// only country the sentence names, and one whose own bodies act at home
// (government, police, intelligence), the country of the dateline, or the
// country whose ground the group takes ("seized the town of Palma in northern
// Mozambique"); not forces that may be abroad ("U.S. forces killed 30
// insurgents"); the dateline only if `dateline_counts` (a dateline alone
// does not say where a force fights: "PARIS - French troops killed 40
// insurgents").
bool Coreference::LeadsState(std::span<const code::Mention> mentions, const code::Event& e,
                             bool group_is_source, std::string_view country,
                             bool dateline_counts) const {
  if (NamesAnotherCountry(mentions, country)) return false;
  const std::string_view state = group_is_source ? e.target : e.source;
  if (state.size() == 6 && state.substr(3) != "MIL") return true;
  return (dateline_counts && dateline_country_ == country) ||
         (group_is_source && e.code.starts_with("192"));
}

void Coreference::GiveArmedGroupsTheirState(std::span<code::Mention> mentions,
                                            std::span<const std::string_view> words,
                                            std::vector<code::Event>* events) const {
  for (size_t k = 0; k < events->size(); ++k) {
    const code::Event& e = (*events)[k];
    const bool group_is_source = IsStatelessArmedGroup(e.source);
    if (!group_is_source && !IsStatelessArmedGroup(e.target)) continue;
    const code::TokenRange phrase = group_is_source ? e.source_tokens : e.target_tokens;
    if (phrase.empty()) continue;
    const std::string was = group_is_source ? e.source : e.target;
    if (std::string_view placed = GroupsPlaceCountry(mentions, words, phrase); !placed.empty()) {
      RecodeGroup(phrase, was, std::string(placed) + was.substr(3),
                  std::string(kPlaceAntecedent) + std::string(placed), mentions, events);
      continue;
    }
    if (!IsConflictCode(e.code)) continue;
    const std::string_view state = group_is_source ? e.target : e.source;
    if (state.size() != 3 && state.size() != 6) continue;
    const std::string_view country = state.substr(0, 3);
    if ((state.size() == 6 && !IsSidesVoice(state.substr(3)) && state.substr(3) != "COP") ||
        !IsCountryCode(country))
      continue;
    if (!country_mentions_.empty() ? country_mentions_.MostNamed() != country
                                   : !LeadsState(mentions, e, group_is_source, country, true))
      continue;
    if (NamesAPlaceElsewhere(mentions, words, country)) continue;  // "bombed rebels near Idlib"
    // Only where the story is: the places the article named ("in Mali",
    // not its dateline) are mostly in that country. In a story of a war
    // abroad ("French troops killed insurgents", told from Paris) the group
    // is not the foreign force's.
    // Before the article named any place (a headline names its country as
    // a party: "Insurgents seize Mozambique's Palma"), the lead's own test.
    if (place_mentions_.empty() ? !LeadsState(mentions, e, group_is_source, country, false)
                                : place_mentions_.MostNamed() != country)
      continue;
    RecodeGroup(phrase, was, std::string(country) + was.substr(3),
                std::string(kArticleCountryAntecedent) + std::string(country), mentions, events);
  }
}

namespace {

// The first word of the destination of a journey told right after a
// subject ending before `end` ("left for Lima", "has flown to Tokyo",
// "arrived in Kyiv"), -1 if none.
int JourneyDestination(std::span<const std::string_view> words, int end) {
  static const WordSet kJourneys = {"left",    "leaves",    "flew",     "flies",
                                    "flown",   "travelled", "traveled", "travels",
                                    "arrived", "arrives",   "headed",   "heads"};
  const int n = static_cast<int>(words.size());
  for (int t = end; t + 1 < n && t <= end + 1; ++t) {
    if (kJourneys.contains(words[t]))
      return EqualsAnyIgnoreCase(words[t + 1], {"for", "to", "in"}) ? t + 2 : -1;
    if (!EqualsAnyIgnoreCase(words[t], {"has", "have", "had", "also", "then", "later"})) break;
  }
  return -1;
}

}  // namespace

// A role just given the article's country by the tally, whose verb acts
// against an object of that very country ("summoned Canadian Ambassador John
// McCallum", "accused Indian troops of"): the other side's role. The object
// is coded from its first words, up to a preposition, a comma or "and".
void Coreference::ReadAsOtherSide(std::span<const std::string_view> words, int end,
                                  std::span<const code::Mention> earlier, std::string* code,
                                  std::string* antecedent) const {
  if (code->size() != 6 || !antecedent->starts_with(kArticleCountryAntecedent) ||
      !IsSidesVoice(std::string_view(*code).substr(3)))
    return;
  const int verb = VerbAgainstOther(words, end);
  if (verb < 0) {
    ReadAsTraveller(words, end, earlier, code, antecedent);
    return;
  }
  const int n = static_cast<int>(words.size());
  int last = verb + 1;
  while (last < n && last <= verb + 5 &&
         !EqualsAnyIgnoreCase(words[last], {"of", "for", "to", "over", ",", "and", "in", "on",
                                            "after", "that", "."}))
    ++last;
  if (last == verb + 1) return;
  const std::string object =
      code::CodeNounPhrase(dicts_, words.subspan(verb + 1, last - verb - 1), kNoDate, nullptr);
  const std::string_view country = std::string_view(*code).substr(0, 3);
  if (object.size() < 3 || std::string_view(object).substr(0, 3) != country ||
      !IsSidesState(std::string_view(object).substr(3)))
    return;
  // As for events: force against the country's own places says nothing.
  if (object.size() == 3 && EqualsAnyIgnoreCase(words[verb], {"attacked", "attacks"})) return;
  std::string other, text;
  if (!OtherSide(country, earlier, words, &other, &text)) return;
  code->replace(0, 3, other);
  *antecedent = std::move(text);
}

// "Japanese Prime Minister Ryutaro Hashimoto thanked Fujimori, and Foreign
// Minister Yukihiko Ikeda left for Lima": a role the tally gave the
// article's country that travels to a place of that very country comes from
// the other side (JPNGOV), as one's own capital is no one's destination.
void Coreference::ReadAsTraveller(std::span<const std::string_view> words, int end,
                                  std::span<const code::Mention> earlier, std::string* code,
                                  std::string* antecedent) const {
  const int to = JourneyDestination(words, end);
  if (to < 0) return;
  const int n = static_cast<int>(words.size());
  int last = to;
  while (last < n && last < to + 3 && IsCapitalised(words[last])) ++last;
  if (last == to) return;
  const std::string place =
      code::CodeNounPhrase(dicts_, words.subspan(to, last - to), kNoDate, nullptr);
  const std::string_view country = std::string_view(*code).substr(0, 3);
  if (place.size() < 3 || std::string_view(place).substr(0, 3) != country) return;
  std::string other, text;
  if (!OtherSide(country, earlier, words, &other, &text)) return;
  code->replace(0, 3, other);
  *antecedent = std::move(text);
}

// The latest party (not a place) of another country than `country`: in
// `mentions` (the sentence's), else in the last sentences remembered.
bool Coreference::OtherSide(std::string_view country, std::span<const code::Mention> mentions,
                            std::span<const std::string_view> words, std::string* other,
                            std::string* text) const {
  auto differs = [&](std::string_view code) {
    return code.size() >= 3 && code.substr(0, 3) != country && IsCountryCode(code.substr(0, 3));
  };
  for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
    if (it->place || !differs(it->code)) continue;
    other->assign(std::string_view(it->code).substr(0, 3));
    text->clear();
    for (int t = it->tokens.begin; t < it->tokens.end && t < static_cast<int>(words.size()); ++t)
      text->append(text->empty() ? "" : " ").append(words[t]);
    return true;
  }
  for (auto s = sentences_.rbegin(); s != sentences_.rend(); ++s) {
    for (auto it = s->rbegin(); it != s->rend(); ++it) {
      if (it->place || !differs(it->code)) continue;
      other->assign(std::string_view(it->code).substr(0, 3));
      *text = it->text.empty() ? it->code : it->text;
      return true;
    }
  }
  return false;
}

void Coreference::ReassignHostileRoles(std::span<code::Mention> mentions,
                                       std::span<const std::string_view> words,
                                       std::vector<code::Event>* events) const {
  std::string other, text;
  for (code::Event& e : *events) {
    if (std::string_view own = DetaineesCountry(e); !own.empty() && IsCountryCode(own)) {
      RecodeSource(e, own, "the detainees' country " + std::string(own), mentions, events);
      continue;
    }
    // Cheap tests first: most events are not hostile, or were named.
    if (!IsHostileCode(e.code) ||
        !e.source_info.antecedent.starts_with(kArticleCountryAntecedent) ||
        !e.target_info.antecedent.empty() || e.source.size() != 6 || e.target.size() < 3)
      continue;
    std::string_view source = e.source, target = e.target;
    if (source.substr(0, 3) != target.substr(0, 3) || !IsSidesVoice(source.substr(3)) ||
        !IsSidesState(target.substr(3)) || !IsCountryCode(target.substr(0, 3)))
      continue;
    // "The military attacked Myanmar villages": a state's force against its
    // own people's places is no sign of another side; accusing the country is.
    if (target.size() == 3 && dict::IsForceCode(e.code)) continue;
    if (!OtherSide(target.substr(0, 3), mentions, words, &other, &text)) continue;
    RecodeSource(e, other, text, mentions, events);
  }
}

// The source phrase of `e` becomes `country`'s, in its mention and in all
// the events it is the source of, for what comes later.
void Coreference::RecodeSource(const code::Event& e, std::string_view country,
                               const std::string& antecedent, std::span<code::Mention> mentions,
                               std::vector<code::Event>* events) {
  const std::string was = e.source, coded = std::string(country) + was.substr(3);
  const code::TokenRange phrase = e.source_tokens;
  for (code::Mention& m : mentions) {
    if (m.tokens.begin == phrase.begin && m.tokens.end == phrase.end) m.code = coded;
  }
  for (code::Event& same : *events) {
    if (same.source != was || same.source_tokens.begin != phrase.begin ||
        same.source_tokens.end != phrase.end)
      continue;
    same.source = coded;
    same.source_info.antecedent = antecedent;
  }
}

}  // namespace dyad::doc
