// Coreference of deeds (see coreference.h and deeds.h): the uncoded object
// of a reaction ("condemned the strikes", "rejected what it called an
// \"extra-constitutional act\"", "denied the charge") names a deed the
// article told, whose author it then stands for; who reacts, for an
// accusation, is read from the words before the verb.
#include <array>
#include <cctype>
#include <string>

#include "doc/coreference_roles.h"
#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/code/coder.h"
#include "dyad/doc/coreference.h"

namespace dyad::doc {

namespace {

// The most words "what it called" may name a deed with ("an
// extra-constitutional act": a determiner and three more).
constexpr size_t kCalledWords = 4;

// "rejected what she called an \"extra-constitutional act\"": the words after
// "what" and its reporter's verb of naming, with "the" for their determiner,
// in `phrase` (a reaction names a deed it has heard of, however it words it);
// returns how many, 0 if `what` starts no such clause.
size_t WhatItCalled(std::span<const std::string_view> words, int what,
                    std::array<std::string_view, kCalledWords + 1>* phrase) {
  int n = static_cast<int>(words.size());
  if (!EqualsIgnoreCase(words[what], "what")) return 0;
  int t = what + 1;
  while (t < n && t <= what + 4 &&
         !EqualsAnyIgnoreCase(words[t], {"called", "described", "termed", "dubbed", "labelled",
                                         "labeled", "branded"}))
    ++t;
  if (t > what + 4 || t + 1 >= n) return 0;
  ++t;
  if (EqualsIgnoreCase(words[t], "as")) ++t;
  size_t used = 0;
  (*phrase)[used++] = "the";
  for (; t < n && used <= kCalledWords; ++t) {
    std::string_view w = words[t];
    if (w == "``" || w == "\"" || (used == 1 && EqualsAnyIgnoreCase(w, {"a", "an", "the"})))
      continue;
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) ||
        EqualsAnyIgnoreCase(w, {"that", "which", "who", "by", "of", "against", "in", "on"}))
      break;
    (*phrase)[used++] = w;
  }
  return used >= 2 && used <= kCalledWords ? used : 0;
}

// "condemned the \"hideous attack\"": a determiner the parser left alone
// before a quotation; the determiner and the quoted words (up to three), in
// `phrase`; returns how many, 0 if the phrase at `begin` is no such one.
size_t QuotedAfterDeterminer(std::span<const std::string_view> words, int begin,
                             std::array<std::string_view, kCalledWords + 1>* phrase) {
  const size_t n = words.size();
  size_t t = static_cast<size_t>(begin) + 1;
  if (t + 1 >= n || (words[t] != "``" && words[t] != "\"") ||
      !EqualsAnyIgnoreCase(words[begin], {"the", "this", "these", "its", "their"}))
    return 0;
  size_t used = 0;
  (*phrase)[used++] = words[begin];
  for (++t; t < n && words[t] != "''" && words[t] != "\""; ++t) {
    if (used > kCalledWords - 1 || words[t].empty() ||
        !std::isalpha(static_cast<unsigned char>(words[t][0])))
      return 0;
    (*phrase)[used++] = words[t];
  }
  return used >= 2 ? used : 0;
}

// dyad: "condemned the "senseless and cowardly" attack": a determiner,
// quoted words that colour the deed and the deed's own words after them;
// the determiner and those words (up to four), in `phrase`; returns how
// many, 0 if the phrase from `begin` to `end` is no such one.
size_t DeedAfterQuotedModifiers(std::span<const std::string_view> words, int begin, int end,
                                std::array<std::string_view, kCalledWords + 1>* phrase) {
  if (end - begin < 4 || (words[begin + 1] != "``" && words[begin + 1] != "\"")) return 0;
  int close = begin + 2;
  while (close < end && words[close] != "''" && words[close] != "\"") ++close;
  if (close + 1 >= end || end - close - 1 > static_cast<int>(kCalledWords)) return 0;
  size_t used = 0;
  (*phrase)[used++] = words[begin];
  for (int t = close + 1; t < end; ++t) (*phrase)[used++] = words[t];
  return used;
}

// "said", "says", "added": a verb that reports its subject's words.
bool IsReportingVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"said", "says", "added", "stated", "insisted", "declared"});
}

// "it", "they": a subject pronoun that stands for a reporter before it.
bool IsSubjectPronoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"it", "they", "he", "she", "we"});
}

// "voiced anger over the comments", "expressed dissatisfaction with the
// move": a reaction's noun (the object before `end`) whose complement names
// what it reacts to; that complement's words up to a comma or "and" (empty
// if none follows).
std::span<const std::string_view> FeelingsObject(std::span<const std::string_view> words, int end) {
  int n = static_cast<int>(words.size());
  if (end + 1 >= n || !EqualsAnyIgnoreCase(words[end], {"over", "with", "at", "about", "against"}))
    return {};
  int last = end + 1;
  while (last < n && last <= end + 6 &&
         !EqualsAnyIgnoreCase(words[last], {",", ".", "and", "as", ";", "''", "--"}))
    ++last;
  return words.subspan(end + 1, last - end - 1);
}

}  // namespace

// "ISRMIL" -> "ISR", "EGYMIL/SDNUAF" -> "EGY/SDN": each code's country, if
// it has one.
void Coreference::TrimToCountries(std::string* codes) const {
  std::string trimmed;
  std::string_view rest = *codes;
  while (true) {
    std::string_view code = rest.substr(0, rest.find('/'));
    if (!trimmed.empty()) trimmed += '/';
    trimmed += code.size() > 3 && IsCountryCode(code.substr(0, 3)) ? code.substr(0, 3) : code;
    if (code.size() == rest.size()) break;
    rest.remove_prefix(code.size() + 1);
  }
  *codes = std::move(trimmed);
}

// "criticised the deployment of troops": the deed of who sent them (the
// government that deployed them), not the troops.
bool Coreference::ResolveDeployment(std::span<const std::string_view> phrase, std::string* code,
                                    std::string* antecedent) const {
  bool as_country = false;
  std::string author;
  if (!Deeds::NamesDeployment(phrase) || !deeds_.Author(phrase, &author, &as_country) ||
      author.find('/') != std::string::npos)
    return false;
  *code = std::move(author);
  antecedent->assign(kDeedAntecedent).append(*code);
  return true;
}

// "Iran denied any involvement", "Thaksin has denied the charge", "Gulen,
// who ..., denied": who reacts to the phrase at `begin` (its verb right
// before it), by the name before the verb (after at most three lower-case
// words; a place after "in" or "at", the phrase it ends: "The U.S. embassy
// in Phnom Penh"; a possessor's country: "Spain's cabinet approved"; for a
// subject pronoun after a reporting verb, the reporter: "Jordan said it was
// disturbed by"), or, after a comma or "and", the name that opens the
// sentence; "" if none.
std::string Coreference::ReactorBefore(std::span<const std::string_view> words, int begin) const {
  int t = begin - 2;
  bool joined = false;  // "Trump found the Saudi explanation credible and called ..."
  while (t >= 0 && t >= begin - 4 && IsLowerCase(words[t])) {
    // "Jordan said it was disturbed by ...": the pronoun's reporter.
    if (t >= 2 && IsReportingVerb(words[t - 1]) && IsSubjectPronoun(words[t]))
      return ReactorBefore(words, t);
    joined |= EqualsAnyIgnoreCase(words[t], {"and", "but"});
    --t;
  }
  if (t < 0) return "";
  if (t >= 2 && IsReportingVerb(words[t - 1]) && IsSubjectPronoun(words[t]))
    return ReactorBefore(words, t);  // "Peru said it was very pleased with ..."
  // "Spain's cabinet approved the decision": the possessor's country.
  if (t >= 1 && (words[t] == "'s" || words[t] == "'") && IsCapitalised(words[t - 1]))
    return PossessorsCountry(words, t);
  if (words[t] == "," || joined) {
    t = 0;
    while (t + 1 < begin && IsCapitalised(words[t + 1])) ++t;
  }
  if (!IsCapitalised(words[t])) return "";
  int start = t;
  while (start > 0 && IsCapitalised(words[start - 1])) --start;
  // "The U.S. embassy in Phnom Penh rejected ...", "Algeria's mission to the
  // EU rejected ...": the name is the place or the host of the reactor,
  // whose phrase opens the clause (after a comma, at most six words before
  // the name).
  int prep = start >= 2 && EqualsIgnoreCase(words[start - 1], "the") ? start - 2 : start - 1;
  if (prep >= 1 && EqualsAnyIgnoreCase(words[prep], {"in", "at", "to"})) {
    int open = prep - 1;
    while (open > 0 && open > prep - 7 && words[open - 1] != ",") --open;
    if (open == 0 || words[open - 1] == ",") start = open;
  } else if (auto it = surnames_.find(words[t]); it != surnames_.end()) {
    return it->second.code;
  }
  std::string code =
      code::CodeNounPhrase(dicts_, words.subspan(start, t + 1 - start), kNoDate, nullptr);
  return IsNull(code) ? "" : code;
}

// "Turkey arrested activists from Sweden", "Iran detained three sailors from
// Britain", "met officials from Ukraine": a role without a country followed
// by "from" and a country's name (one to three capitalised words that code
// as the country itself, not a capital or a place in it) is that country's
// (SWEOPP, GBRMIL), not the sentence's or the article's. Not people a verb
// right before them moves ("recalled diplomats from Moscow", "evacuated
// troops from Kabul"): those are the mover's.
bool Coreference::ResolveRoleFrom(std::span<const std::string_view> words, int begin, int end,
                                  std::string* code, std::string* antecedent) const {
  const int n = static_cast<int>(words.size());
  if (end + 1 >= n || !EqualsIgnoreCase(words[end], "from") || !IsCapitalised(words[end + 1]) ||
      code->size() != 6)
    return false;
  static const WordSet kMoving = {
      "recall",     "recalls",     "recalled",   "recalling", "withdraw", "withdraws", "withdrew",
      "withdrawn",  "withdrawing", "pull",       "pulls",     "pulled",   "pulling",   "evacuate",
      "evacuates",  "evacuated",   "evacuating", "bring",     "brings",   "brought",   "bringing",
      "repatriate", "repatriated", "airlift",    "airlifted", "fly",      "flew",      "flown",
      "move",       "moved",       "return",     "returned",  "send",     "sent",      "deploy",
      "deployed",   "redeploy",    "redeployed", "rescue",    "rescued",  "relocate",  "relocated"};
  for (int t = begin - 1; t >= 0 && t >= begin - 3; --t) {
    if (kMoving.contains(words[t])) return false;
  }
  int last = end + 1;
  while (last + 1 < n && last < end + 3 && IsCapitalised(words[last + 1])) ++last;
  const std::string country =
      code::CodeNounPhrase(dicts_, words.subspan(end + 1, last - end), kNoDate, nullptr);
  if (country.size() != 3 || !IsCountryCode(country)) return false;
  code->replace(0, 3, country);
  antecedent->assign("from ").append(country);
  return true;
}

// "Spain 's cabinet", "Cuba 's foreign minister": the country of the name
// before the possessive at `pos`, "" if it has none.
std::string Coreference::PossessorsCountry(std::span<const std::string_view> words, int pos) const {
  int start = pos - 1;
  while (start > 0 && IsCapitalised(words[start - 1])) --start;
  std::string code =
      code::CodeNounPhrase(dicts_, words.subspan(start, pos - start), kNoDate, nullptr);
  if (IsNull(code) || code.size() < 3 || !IsCountryCode(std::string_view(code).substr(0, 3)))
    return "";
  code.resize(3);
  return code;
}

// "the army's move", "the junta's decision": the role of no country the
// possessor's words code (MIL, GOV), else "" (a named owner, "Russia's
// move", is coded as the party it is; "the president's" has no body's role).
std::string Coreference::OwnersRole(std::span<const std::string_view> phrase) const {
  if (phrase.size() < 4 || phrase.size() > 5 || !EqualsIgnoreCase(phrase[0], "the") ||
      phrase[phrase.size() - 2] != "'s")
    return {};
  const std::string code =
      code::CodeNounPhrase(dicts_, phrase.subspan(0, phrase.size() - 2), kNoDate, nullptr);
  if (code.size() != 6 || !code.starts_with("---")) return {};
  return code.substr(3);
}

bool Coreference::ResolveDeed(std::span<const std::string_view> words, int begin, int end,
                              std::string* code, std::string* antecedent) {
  bool as_country = false;
  std::array<std::string_view, kCalledWords + 1> called;
  std::span<const std::string_view> phrase = words.subspan(begin, end - begin);
  size_t size = end == begin + 1 ? WhatItCalled(words, begin, &called) : 0;
  if (size == 0 && end == begin + 1) size = QuotedAfterDeterminer(words, begin, &called);
  if (size == 0) size = DeedAfterQuotedModifiers(words, begin, end, &called);
  if (size > 0) phrase = std::span<const std::string_view>(called.data(), size);
  // "Thaksin denied the charge": the charge made against Thaksin; no one
  // reacts to a deed of their own side.
  std::span<const std::string_view> feelings = FeelingsObject(words, end);
  const std::string reactor =
      Deeds::NamesDeed(phrase) || Deeds::NamesDeed(feelings) ? ReactorBefore(words, begin) : "";
  const std::string owner_role = OwnersRole(phrase);
  const bool owners =
      !owner_role.empty() && deeds_.Author(phrase, code, &as_country, reactor, owner_role);
  if (!owners && !deeds_.Author(phrase, code, &as_country, reactor) &&
      !deeds_.Author(feelings, code, &as_country, reactor))
    return false;
  // "condemned the strikes" by ISRMIL: Israel's, as "the Israeli strikes";
  // each joint author's ("EGYMIL/SDNUAF": "EGY/SDN").
  if (as_country) TrimToCountries(code);
  antecedent->assign(kDeedAntecedent).append(*code);
  return true;
}

}  // namespace dyad::doc
