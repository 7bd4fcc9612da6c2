// Coreference by recency and kind (see coreference.h for the rules).
#include "dyad/doc/coreference.h"

#include <algorithm>

#include "dyad/base/text.h"

namespace dyad::doc {

namespace {

bool IsNull(std::string_view code) { return code.empty() || code == "---"; }

// "Kharkiv", "North Darfur": capitalised words, at most four.
bool IsProperName(std::span<const std::string_view> words) {
  if (words.empty() || words.size() > 4) return false;
  for (std::string_view w : words) {
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  }
  return true;
}

bool IsCountryHead(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"country", "nation", "kingdom", "republic", "emirate"});
}

// A role that a country's government, army or courts play: "the army" names
// the army of the country the article is about.
bool IsCountryRole(std::string_view role) {
  for (std::string_view r : {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP"}) {
    if (role == r) return true;
  }
  return false;
}

// The head of a phrase naming one person by office: "ambassador", "minister".
bool IsPersonRoleNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"ambassador", "envoy", "minister", "president", "spokesman",
                                 "spokeswoman", "spokesperson", "diplomat", "official", "leader",
                                 "secretary", "commander", "governor", "chief", "premier"});
}

// "it is", "it was" + an adjective, "to", "that": "it is likely that",
// "it was time to" do not refer to anything.
bool IsExpletiveIt(std::span<const std::string_view> words, int begin) {
  size_t next = static_cast<size_t>(begin) + 1;
  if (next + 1 >= words.size()) return false;
  if (!EqualsAnyIgnoreCase(words[next], {"is", "was", "seems", "seemed", "appears", "remains"}))
    return false;
  std::string_view after = words[next + 1];
  return EqualsAnyIgnoreCase(
      after, {"likely",   "unlikely", "clear",      "unclear",   "possible", "impossible",
              "time",     "not",      "too",        "important", "hard",     "difficult",
              "expected", "believed", "understood", "said",      "reported", "feared",
              "thought",  "that",     "to",         "a",         "the"});
}

// "the two leaders", "both countries": which pair the phrase asks for.
int PairKind(std::span<const std::string_view> words) {
  size_t head = 0;
  if (words.size() == 3 && EqualsIgnoreCase(words[0], "the") &&
      EqualsAnyIgnoreCase(words[1], {"two", "both"})) {
    head = 2;
  } else if (words.size() == 2 && EqualsIgnoreCase(words[0], "both")) {
    head = 1;
  } else {
    return 0;
  }
  std::string_view w = words[head];
  if (EqualsAnyIgnoreCase(w, {"leaders", "presidents", "ministers", "premiers", "men", "women"}))
    return 1;
  if (EqualsAnyIgnoreCase(w, {"countries", "nations", "neighbours", "neighbors"})) return 2;
  if (EqualsAnyIgnoreCase(w, {"sides", "parties"})) return 3;
  return 0;
}

}  // namespace

// Where last_pairs_ keeps a pair kind.
int Coreference::PairIndex(Want want) {
  return want == Want::kTwoPersons ? 0 : want == Want::kTwoCountries ? 1 : 2;
}

namespace {

// "KEN" -> its index among the 26^3 codes of three capitals; -1 for any other code.
int ThreeLetterIndex(std::string_view code) {
  if (code.size() != 3) return -1;
  int index = 0;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return -1;
    index = index * 26 + (c - 'A');
  }
  return index;
}

}  // namespace

Coreference::Coreference(const dict::Dictionaries& dicts)
    : dicts_(dicts), three_letter_countries_(26 * 26 * 26, false) {
  for (const dict::Actor& a : dicts.actors.actors()) {
    if (!a.country || a.codes.empty()) continue;
    const std::string& code = a.codes.front().code;
    if (int i = ThreeLetterIndex(code); i >= 0) {
      three_letter_countries_[i] = true;
    } else {
      other_country_codes_.insert(code);
    }
    country_by_iso_.emplace(a.name, code);  // a country entry's name is its ISO code
  }
}

bool Coreference::IsCountryCode(std::string_view code) const {
  if (int i = ThreeLetterIndex(code); i >= 0) return three_letter_countries_[i];
  return !other_country_codes_.empty() && other_country_codes_.contains(code);
}

void Coreference::CountCountry(std::string_view country, int n) {
  for (auto& [name, count] : country_mentions_) {
    if (name == country) {
      count += n;
      return;
    }
  }
  country_mentions_.emplace_back(std::string(country), n);
}

Coreference::Entity& Coreference::SentenceEntities::Add() {
  if (size == entities.size()) entities.emplace_back();
  return entities[size++];
}

Coreference::SentenceEntities& Coreference::NextSentence() {
  newest_ = (newest_ + 1) % kLookback;
  remembered_ = std::min(remembered_ + 1, kLookback);
  sentences_[newest_].size = 0;
  return sentences_[newest_];
}

std::span<const Coreference::Entity> Coreference::Sentence(int back) const {
  return sentences_[(newest_ - back + kLookback) % kLookback].view();
}

void Coreference::Clear() {
  remembered_ = 0;
  surnames_.clear();
  country_mentions_.clear();
  for (Pair& p : last_pairs_) p.first.clear();
  SetQuotes({}, {}, {});
}

void Coreference::SetQuotes(std::span<const WordSpan> quoted, std::string_view speaker,
                            std::string_view text) {
  quoted_.assign(quoted.begin(), quoted.end());
  speaker_.assign(speaker);
  speaker_text_.assign(text);
}

void Coreference::RememberSpeaker(std::string_view code, std::string_view text, int actor,
                                  bool person) {
  if (remembered_ == 0 || IsNull(code)) return;
  code::Mention m;
  m.code = code;
  m.actor = actor;
  SentenceEntities& last = sentences_[newest_];
  Entity& e = last.Add();
  FillEntity(m, {}, &e);
  e.text = text;
  if (person) e.kind = Kind::kPerson;
  // The speaker goes first.
  std::rotate(last.entities.begin(), last.entities.begin() + (last.size - 1),
              last.entities.begin() + last.size);
}

void Coreference::FillEntity(const code::Mention& m, std::span<const std::string_view> words,
                             Entity* e) const {
  e->code = m.code;
  e->place = m.place;
  e->country = m.code.size() >= 3 && IsCountryCode(std::string_view(m.code).substr(0, 3));
  e->kind = Kind::kOther;
  e->text.clear();
  for (int t = m.tokens.begin; t < m.tokens.end && t < static_cast<int>(words.size()); ++t) {
    if (!e->text.empty()) e->text += ' ';
    e->text += words[t];
  }
  const dict::Actor* actor = m.actor >= 0 ? &dicts_.actors.actors()[m.actor] : nullptr;
  if (actor != nullptr && (actor->person || !actor->office.empty())) {
    e->kind = Kind::kPerson;
  } else if (IsCountryCode(m.code)) {
    e->kind = Kind::kCountry;
  } else if (m.plural || m.compound) {
    e->kind = Kind::kPlural;
  } else if (actor != nullptr) {
    e->kind = Kind::kOrganisation;
  }
  // "Britain's ambassador" is a person, "the foreign ministry" (IRNGOV) a body
  // that "it" can stand for.
  std::string_view head = std::string_view(e->text).substr(e->text.rfind(' ') + 1);
  if (IsPersonRoleNoun(head)) {
    e->kind = Kind::kPerson;
  } else if (e->kind == Kind::kOther && e->country && e->code.size() > 3) {
    e->kind = Kind::kOrganisation;
  }
}

std::span<const Coreference::Entity> Coreference::EntitiesOf(
    std::span<const code::Mention> mentions, std::span<const std::string_view> words,
    std::vector<Entity>* out) const {
  size_t n = 0;
  for (const code::Mention& m : mentions) {
    if (IsNull(m.code)) continue;
    if (n == out->size()) out->emplace_back();
    FillEntity(m, words, &(*out)[n++]);
  }
  return {out->data(), n};
}

void Coreference::Remember(std::span<const code::Mention> mentions,
                           std::span<const std::string_view> words) {
  SentenceEntities& sentence = NextSentence();
  for (const code::Mention& m : mentions) {
    if (!IsNull(m.code)) FillEntity(m, words, &sentence.Add());
  }
  std::span<const Entity> entities = sentence.view();
  for (const Entity& e : entities) {
    if (e.country) CountCountry(std::string_view(e.code).substr(0, 3), 1);
  }
  RememberSurnames(entities);
  if (entities.size() < 2) return;
  for (Want want : {Want::kTwoPersons, Want::kTwoCountries, Want::kTwoSides})
    PairOf(want, entities, &last_pairs_[PairIndex(want)]);
}

// A role without a country: "---COP".
bool IsCountrylessRole(std::string_view code) {
  return code.size() == 6 && code.starts_with("---") && IsCountryRole(code.substr(3));
}

void Coreference::RememberCountry(std::string_view code, std::string_view text) {
  Entity& e = NextSentence().Add();
  e.code = code;
  e.text = text;
  e.kind = Kind::kCountry;
  e.place = false;
  e.country = true;
  CountCountry(code.substr(0, 3), 2);  // a dateline: where the story is
}

Coreference::Want Coreference::Wanted(std::span<const std::string_view> words,
                                      std::string_view code) const {
  if (!speaker_.empty()) {
    if (words.size() == 1 &&
        EqualsAnyIgnoreCase(words[0], {"i", "me", "myself", "we", "us", "ourselves"}))
      return Want::kSpeaker;
    if (words.size() > 1 && words.size() <= 4 && EqualsAnyIgnoreCase(words[0], {"my", "our"}))
      return Want::kSpeakers;
  }
  if (words.size() == 1) {
    std::string_view w = words[0];
    if (EqualsAnyIgnoreCase(w, {"he", "she", "him", "her", "himself", "herself"}))
      return Want::kPerson;
    if (EqualsIgnoreCase(w, "it")) return Want::kThing;
    if (EqualsAnyIgnoreCase(w, {"they", "them"})) return Want::kPlural;
  }
  // "The police chief of northern Gilan province": a role's phrase may be long.
  if (words.size() > 6) return IsCountrylessRole(code) ? Want::kRole : Want::kNone;
  switch (PairKind(words)) {
    case 1:
      return Want::kTwoPersons;
    case 2:
      return Want::kTwoCountries;
    case 3:
      return Want::kTwoSides;
  }
  if (IsCountrylessRole(code)) return Want::kRole;
  if (words.size() > 1 && EqualsIgnoreCase(words[0], "the") && IsCountryHead(words.back()))
    return Want::kCountry;
  if (((places_ != nullptr && !places_->empty()) || !surnames_.empty()) && IsNull(code) &&
      IsProperName(words))
    return Want::kPlaceName;
  return Want::kNone;
}

bool Coreference::Handles(std::span<const std::string_view> words, std::string_view code) const {
  return Wanted(words, code) != Want::kNone;
}

bool Coreference::Fits(Want want, const Entity& e) {
  switch (want) {
    case Want::kPerson:
      return e.kind == Kind::kPerson && !e.place;
    case Want::kThing:
      return (e.kind == Kind::kCountry || e.kind == Kind::kOrganisation) && !e.place;
    case Want::kPlural:
      return e.kind == Kind::kPlural && !e.place;
    case Want::kCountry:
      return e.kind == Kind::kCountry;
    case Want::kRole:
      return e.country;
    case Want::kNone:
    case Want::kTwoPersons:  // "the leaders of Ethiopia and Eritrea" are governments
      return (e.kind == Kind::kPerson || (e.country && e.code.ends_with("GOV"))) && !e.place;
    case Want::kTwoCountries:
      return e.country && !e.place;
    case Want::kTwoSides:
      return !e.place;
    case Want::kSpeaker:
    case Want::kSpeakers:
    case Want::kPlaceName:
      return false;
  }
  return false;
}

// Pronouns take the first fitting mention of the nearest sentence that has
// one (subjects come first); descriptions take the most recent one.
const Coreference::Entity* Coreference::Find(Want want, std::span<const Entity> same) const {
  bool latest = want == Want::kCountry || want == Want::kRole;
  auto pick = [&](std::span<const Entity> entities) -> const Entity* {
    const Entity* found = nullptr;
    for (const Entity& e : entities) {
      if (!Fits(want, e)) continue;
      found = &e;
      if (!latest) break;
    }
    return found;
  };
  if (const Entity* e = pick(same)) return e;
  for (int back = 0; back < remembered_; ++back) {
    if (const Entity* e = pick(Sentence(back))) return e;
  }
  return nullptr;
}

bool Coreference::Resolve(std::span<const std::string_view> words, int begin, int end,
                          std::span<const code::Mention> earlier, std::string* code,
                          std::string* antecedent) {
  Want want = Wanted(words.subspan(begin, end - begin), *code);
  if (want == Want::kNone) return false;
  if (want == Want::kPlaceName) {
    return ResolveSurname(words, begin, end, code, antecedent) ||
           (places_ != nullptr && !places_->empty() &&
            ResolvePlaceName(words, begin, end, code, antecedent));
  }
  if (want == Want::kSpeaker || want == Want::kSpeakers)
    return ResolveFirstPerson(want, words.subspan(begin, end - begin), begin, code, antecedent);
  if (want == Want::kTwoPersons || want == Want::kTwoCountries || want == Want::kTwoSides) {
    return ResolvePair(want, EntitiesOf(earlier, words, &scratch_), code, antecedent);
  }
  // The dictionaries know it ("the Kremlin", "the Czech Republic"); but "the
  // north African country" is a country whatever region its adjectives name.
  bool named_country = IsCountryCode(*code);
  if (!IsNull(*code) && want != Want::kRole && (want != Want::kCountry || named_country))
    return false;
  if (want == Want::kThing && IsExpletiveIt(words, begin)) return false;
  std::span<const Entity> same = EntitiesOf(earlier, words, &scratch_);
  if (want == Want::kRole && ResolveRoleByArticle(same, code, antecedent)) return true;
  const Entity* e = Find(want, same);
  if (e == nullptr) return false;
  if (want == Want::kRole) {
    *code = e->code.substr(0, 3) + code->substr(3);
  } else {
    *code = e->code;
  }
  *antecedent = e->text.empty() ? e->code : e->text;
  return true;
}

// A role without a country named in no sentence with a country of its own
// ("Police arrested 12" two sentences after "Kenyan President Ruto") belongs
// to the country the article has named most (the dateline counts twice), not
// merely the latest: a story about Myanmar that quotes the U.S. is still about
// Myanmar's army.
bool Coreference::ResolveRoleByArticle(std::span<const Entity> same, std::string* code,
                                       std::string* antecedent) const {
  // A legislature, court or opposition belongs to the government the same
  // sentence names ("Cameron asked parliament"); police, armies and
  // governments to the country the story is about, even when a foreign
  // actor in the sentence acts on them ("U.S. sanctions on the morality police").
  std::string_view role = std::string_view(*code).substr(3);
  if (role == "LEG" || role == "JUD" || role == "OPP") {
    for (const Entity& e : same) {
      if (e.country) return false;  // the sentence's own country decides (Find)
    }
  }
  const std::pair<std::string, int>* best = nullptr;
  for (const auto& entry : country_mentions_) {
    if (best == nullptr || entry.second > best->second ||
        (entry.second == best->second && entry.first < best->first))
      best = &entry;
  }
  if (best == nullptr) return false;
  *code = best->first + code->substr(3);
  *antecedent = "the article's country " + best->first;
  return true;
}

// The first two different actors of `entities` that fit, in text order:
// "Hollande met Obama" -> FRAGOV, USAGOV. Most sentences have one: nothing
// is copied until a second one turns up.
bool Coreference::PairOf(Want want, std::span<const Entity> entities, Pair* pair) {
  const Entity* first = nullptr;
  std::string_view first_code;
  for (const Entity& e : entities) {
    if (!Fits(want, e)) continue;
    std::string_view c = e.code;
    if (want == Want::kTwoCountries) c = c.substr(0, 3);
    if (first == nullptr) {
      first = &e;
      first_code = c;
    } else if (c != first_code) {
      pair->first.assign(first_code);
      pair->second.assign(c);
      pair->first_text.assign(first->text);
      pair->second_text.assign(e.text);
      return true;
    }
  }
  return false;
}

// A big city or a division named as an object is its country; a name that
// speaks ("Jackson said") is a person's.
// A coded mention of two or more capitalised words ending a name (not a
// possessive, not a place) is remembered under its last word for the rest
// of the article: "Maria Corina Machado" ... "Machado".
void Coreference::RememberSurnames(std::span<const Entity> entities) {
  for (const Entity& e : entities) {
    size_t space = e.text.rfind(' ');
    if (e.place || space == std::string::npos || e.text.ends_with(" 's")) continue;
    size_t previous = e.text.rfind(' ', space - 1);
    previous = previous == std::string::npos ? 0 : previous + 1;
    std::string_view names[] = {std::string_view(e.text).substr(previous, space - previous),
                                std::string_view(e.text).substr(space + 1)};
    if (!IsProperName(names)) continue;
    surnames_[e.text.substr(space + 1)] = e;
  }
}

// "Machado joined Gonzalez": a single name the article gave in full before.
bool Coreference::ResolveSurname(std::span<const std::string_view> words, int begin, int end,
                                 std::string* code, std::string* antecedent) const {
  if (end - begin != 1 || surnames_.empty()) return false;
  auto it = surnames_.find(words[begin]);
  if (it == surnames_.end()) return false;
  *code = it->second.code;
  *antecedent = it->second.text;
  return true;
}

bool Coreference::ResolvePlaceName(std::span<const std::string_view> words, int begin, int end,
                                   std::string* code, std::string* antecedent) const {
  if (static_cast<size_t>(end) < words.size() &&
      EqualsAnyIgnoreCase(words[end], {"said", "says", "told", "added", "wrote", "'s"}))
    return false;
  // Only as an object ("hit Kharkiv", "shelled Aleppo"): a capitalised name
  // that opens a clause is as likely a person's.
  if (begin == 0 || words[begin - 1].empty() || words[begin - 1][0] < 'a' ||
      words[begin - 1][0] > 'z')
    return false;
  std::string name;
  for (int k = begin; k < end; ++k) (name += k > begin ? " " : "") += words[k];
  const Place* place = places_->Find(name);
  if (place == nullptr || place->kind == PlaceKind::kCountry) return false;
  if (place->kind == PlaceKind::kCity && place->population < 100000) return false;
  auto it = country_by_iso_.find(std::string(place->country));
  if (it == country_by_iso_.end()) return false;
  *code = it->second;
  *antecedent = "place: " + name;
  return true;
}

bool Coreference::ResolvePair(Want want, std::span<const Entity> same, std::string* code,
                              std::string* antecedent) {
  const Pair& pair = PairOf(want, same, &same_pair_) ? same_pair_ : last_pairs_[PairIndex(want)];
  if (pair.first.empty()) return false;
  *code = pair.first + "/" + pair.second;
  *antecedent = pair.first_text + " and " + pair.second_text;
  return true;
}

// "we" in a quote is its speaker; "our forces" the speaker's country's.
bool Coreference::ResolveFirstPerson(Want want, std::span<const std::string_view> phrase, int begin,
                                     std::string* code, std::string* antecedent) const {
  bool quoted = false;
  for (const WordSpan& q : quoted_) quoted |= q.Contains(begin);
  if (!quoted) return false;
  std::string_view country;
  if (speaker_.size() >= 3 && IsCountryCode(std::string_view(speaker_).substr(0, 3)))
    country = std::string_view(speaker_).substr(0, 3);
  if (want == Want::kSpeaker) {
    *code = speaker_;
  } else if (!country.empty() && IsCountryHead(phrase.back())) {
    *code = country;  // "our country"
  } else if (!country.empty() && code->size() == 6 && code->starts_with("---")) {
    *code = std::string(country) + code->substr(3);  // "our forces"
  } else {
    return false;
  }
  *antecedent = speaker_text_.empty() ? speaker_ : speaker_text_;
  return true;
}

}  // namespace dyad::doc
