// Coreference by name (see coreference.h): the names an article gives people
// and who they stand for later — surnames, titles before unknown names
// ("Police chief Leon Mbeki"), names in apposition ("the journalist, Roman
// Protasevich,"), the speakers of reporting clauses, a surname's roles
// ("Khan's party") and big places named as objects ("hit Kharkiv").
#include <algorithm>
#include <string>
#include <vector>

#include "doc/coreference_roles.h"
#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/code/coder.h"
#include "dyad/doc/coreference.h"

namespace dyad::doc {

namespace {

// The words of a trailing reporting clause: at most this many after its verb
// or speaker ("..., May said on Wednesday.").
constexpr int kReportingTail = 3;
// The most words of a reporting clause inside a sentence, commas included.
constexpr int kMaxClauseWords = 9;

// "withdrew its troops", "deployed its warships", "recalled its ambassador",
// "returned to their bases", "abandoned their positions": verbs by which a
// party moves, orders, holds or leaves what is its own; their possessive is
// the doer's, whoever reports it.
bool MovesItsOwn(std::string_view w) {
  static const WordSet kVerbs = {
      "withdrew",     "withdraws",   "withdrawn",  "withdrawing", "pulled",     "pulls",
      "deployed",     "deploys",     "deploying",  "redeployed",  "sent",       "sends",
      "sending",      "moved",       "moves",      "moving",      "recalled",   "recalls",
      "recalling",    "evacuated",   "evacuates",  "evacuating",  "reinforced", "reinforces",
      "stationed",    "dispatched",  "dispatches", "mobilised",   "mobilized",  "mobilising",
      "mobilizing",   "ordered",     "orders",     "told",        "urged",      "instructed",
      "advised",      "repatriated", "relocated",  "massed",      "amassed",    "increased",
      "boosted",      "expanded",    "raised",     "put",         "placed",     "kept",
      "keeps",        "brought",     "returned",   "rotated",     "reduced",    "cut",
      "strengthened", "bolstered",   "upgraded",   "armed",       "trained",    "equipped",
      "retreated",    "fled",        "abandoned",  "left",        "lost",       "held",
      "fortified",    "regained",    "went"};
  return kVerbs.contains(w);
}

}  // namespace

void Coreference::RememberReportingClause(std::span<const std::string_view> words, Date date) {
  int comma = 0, end = 0, verb = -1;
  WordSpan span;
  if (sentences_.empty() || !LastClause(words, &comma, &end)) return;
  if (FindAttributionAfter(words, comma, end, &span, &verb) &&
      std::max(verb, span.end - 1) + kReportingTail >= end - 1)
    RememberAttribution(words, span, date);
  // "Hasina fled, army chief General Ana Ruiz said, as crowds ...": one set
  // off by commas inside the sentence, its verb last.
  for (int c = 0, next = 0; c < comma; c = next) {
    next = c + 1;
    while (next < comma && words[next] != ",") ++next;
    if (words[c] == "," && next - c <= kMaxClauseWords &&
        FindAttributionAfter(words, c, next, &span, &verb) && verb == next - 1)
      RememberAttribution(words, span, date);
  }
}

namespace {

// Words that may open what follows a trailing reporter's verb ("said in a
// statement on Sunday", "said late on Monday").
bool OpensReportingTail(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"in", "on", "at", "late", "earlier", "last", "this", "during",
                                 "after", "via", "through"});
}

// The most words after a trailing reporter's verb that OpensReportingTail opens.
constexpr int kLongReportingTail = 8;

// The speaker of a reporting clause of `words` that tells what stands at
// `begin`: a trailing one after the last comma ("..., Pakistan said (in a
// statement on Sunday).") or an aside before `begin` set off by commas, its
// verb last ("Indian troops, the Pakistani army said, fired on its posts").
bool ReporterOf(std::span<const std::string_view> words, int begin, WordSpan* span) {
  int comma = 0, end = 0, verb = -1;
  if (LastClause(words, &comma, &end) && comma > begin &&
      FindAttributionAfter(words, comma, end, span, &verb)) {
    const int tail = std::max(verb, span->end - 1) + 1;
    if (tail + kReportingTail >= end ||
        (end - tail <= kLongReportingTail && OpensReportingTail(words[tail])))
      return true;
  }
  for (int c = 0, next = 0; c < begin; c = next) {
    next = c + 1;
    while (next < begin && words[next] != ",") ++next;
    if (next < begin && words[c] == "," && next - c <= kMaxClauseWords &&
        FindAttributionAfter(words, c, next, span, &verb) && verb == next - 1)
      return true;
  }
  return false;
}

}  // namespace

// "Indian troops fired on its posts, Pakistan said", "... their positions,
// the Ukrainian army said": a possessive after the sentence's first party
// and before a trailing reporting clause (or after an aside that reports it)
// is the reporter's, as it is when the
// reporter comes first ("Pakistan said Indian troops fired on its posts"),
// when the reporter has a country other than the first party's (who does
// the deed to what the reporter holds). Read only for such possessives.
bool Coreference::ResolveTrailingReporter(std::span<const std::string_view> words, int begin,
                                          std::string* code, std::string* antecedent) const {
  const Entity* first = nullptr;
  for (const Entity& e : scratch_) {
    if (!e.place) {
      first = &e;
      break;
    }
  }
  // "its own positions"; "withdrew (all) its troops", "returned (back) to their bases".
  int before = begin - 1;
  while (before > 0 && EqualsAnyIgnoreCase(words[before], {"all", "some", "to", "from", "into",
                                                           "towards", "toward", "back"}))
    --before;
  if (first == nullptr || before < 0 || MovesItsOwn(words[before]) ||
      (static_cast<size_t>(begin) + 1 < words.size() && EqualsIgnoreCase(words[begin + 1], "own")))
    return false;
  WordSpan span;
  if (!ReporterOf(words, begin, &span)) return false;
  code::Mention m;
  m.code = code::CodeNounPhraseActor(dicts_, words.subspan(span.begin, span.end - span.begin),
                                     kNoDate, &m.actor);
  m.tokens = code::TokenRange{span.begin, span.end};
  const Entity reporter = EntityOf(m, words);
  if (!reporter.country || reporter.place ||
      (first->country && first->code.compare(0, 3, reporter.code, 0, 3) == 0))
    return false;
  SetRoleOf(reporter, code, antecedent);
  return true;
}

void Coreference::RememberAttribution(std::span<const std::string_view> words, WordSpan span,
                                      Date date) {
  std::span<const std::string_view> phrase = words.subspan(span.begin, span.end - span.begin);
  code::Mention m;
  m.code = code::CodeNounPhraseActor(dicts_, phrase, date, &m.actor);
  m.tokens = code::TokenRange{span.begin, span.end};
  // ", army chief General Ana Ruiz said": the title's role, of the article's country.
  std::string antecedent;
  if (IsNull(m.code) && TitledNameStart(phrase) > 0 && CodeTitle(phrase, &m.code, &antecedent) &&
      IsCountrylessRole(m.code) &&
      !ResolveRoleByArticle(sentences_.back(), &m.code, &antecedent, false))
    return;
  if (IsNull(m.code)) return;
  Entity e = EntityOf(m, words);  // "a ministry spokeswoman": a person
  std::vector<Entity>& last = sentences_.back();
  for (const Entity& known : last) {
    if (known.text == e.text) return;  // the coder kept the clause
  }
  last.push_back(std::move(e));
  RememberSurnames(std::span<const Entity>(&last.back(), 1));
}

// "Keita" or "he" that stood for "Ibrahim Boubacar Keita": `e` keeps that name.
void Coreference::NameResolved(const code::Mention& m, Entity* e) const {
  for (const ResolvedName& r : resolved_names_) {
    if (r.begin == m.tokens.begin && r.end == m.tokens.end) e->name = r.name;
  }
}

// "the journalist, Roman Protasevich, 26," "Mexico's foreign minister,
// Marcelo Ebrard, said": a name the dictionaries do not know, set off after a
// coded description of one person, is that person's; "Protasevich" and "he"
// later name them.
void Coreference::RememberAppositiveNames(std::span<const std::string_view> words,
                                          std::vector<Entity>& entities) {
  const int n = static_cast<int>(words.size());
  for (int c = 1; c + 2 < n; ++c) {
    // "the journalist ,": a noun that names one person (not "the rebel group").
    if (words[c] != "," || IsCapitalised(words[c - 1]) || !NamesOnePerson(words[c - 1])) continue;
    const int end = AppositiveNameEnd(words, c);
    if (end < 0) continue;
    const std::span<const std::string_view> name = words.subspan(c + 1, end - c - 1);
    Entity* described = nullptr;
    for (Entity& e : entities) {
      std::string_view text = e.text;
      if (text.ends_with(words[c - 1]) && e.kind != Kind::kCountry && !e.place) described = &e;
    }
    if (described == nullptr) continue;
    // A name the dictionaries know ("Israel's defence minister, Israel Katz,")
    // that the sentence does not hold as a mention of its own: "Katz" later
    // is the person described, when the name's country is the description's.
    // A name coded by a common word in it and no actor ("The gunman, Man
    // Haron Monis,": "man") is a name the dictionaries do not know.
    int actor = -1;
    if (const std::string known = code::CodeNounPhraseActor(dicts_, name, kNoDate, &actor);
        actor >= 0 && known != "---" && !KnownNameOfDescribed(entities, name, known, *described))
      continue;
    described->kind = Kind::kPerson;
    described->name = described->text;
    for (std::string_view w : name) (described->name += ' ') += w;
    surnames_.insert_or_assign(std::string(name.back()), *described);
    // "Somalia's president, Hassan Sheikh Mohamud," ... "Hassan": a name of
    // three words by its first too, as after a title.
    if (name.size() == 3) {
      const std::string_view joined =
          std::string_view(described->name)
              .substr(described->name.size() -
                      (name[0].size() + name[1].size() + name[2].size() + 2));
      if (const std::string_view first = FirstOfName(joined); !first.empty())
        surnames_.emplace(std::string(first), *described);
    }
  }
}

// Whether `name`, which the dictionaries code `known`, set off after the
// description `described`, is no mention of `entities` of its own (the
// sentence took it as part of the description) and has the description's
// country.
bool Coreference::KnownNameOfDescribed(std::span<const Entity> entities,
                                       std::span<const std::string_view> name,
                                       std::string_view known, const Entity& described) const {
  if (known.size() < 3 || described.code.size() < 3 || !IsCountryCode(known.substr(0, 3)) ||
      known.compare(0, 3, described.code, 0, 3) != 0)
    return false;
  for (const Entity& e : entities) {
    if (e.text.ends_with(name.back()) && &e != &described) return false;
  }
  return true;
}

// "Army chief General Peter Otieno" -> ---MIL: the code of the title before
// the name, when it names a role of a state ("---MIL") or a country's role
// ("Kenyan army chief": KENMIL, with the title as the antecedent).
bool Coreference::CodeTitle(std::span<const std::string_view> phrase, std::string* code,
                            std::string* antecedent) const {
  const std::span<const std::string_view> title = phrase.first(TitledNameStart(phrase));
  if (HasAcronym(title)) return false;
  // A military rank ("Army chief General", "Gen.") is the army's, whatever
  // office comes before it ("Police Colonel": COP); the dictionaries leave
  // bare "general" out (a general strike).
  size_t office = title.size();
  while (office > 0 && IsMilitaryRank(title.first(office))) --office;
  std::string role = office == 0
                         ? std::string("---")
                         : code::CodeNounPhrase(dicts_, title.first(office), kNoDate, nullptr);
  if (office < title.size() && IsNull(role)) role = "---MIL";
  if (IsCountrylessRole(role)) {
    *code = std::move(role);
    return true;
  }
  if (role.size() != 6 || !IsCountryCode(std::string_view(role).substr(0, 3)) ||
      !IsCountryRole(std::string_view(role).substr(3)))
    return false;
  *code = std::move(role);
  antecedent->clear();
  for (std::string_view w : title) (*antecedent += antecedent->empty() ? "" : " ") += w;
  return true;
}

// A coded mention of two or more capitalised words ending a name (not a
// possessive, not a place) is remembered under its last word for the rest
// of the article: "Maria Corina Machado" ... "Machado".
void Coreference::RememberSurnames(std::span<const Entity> entities) {
  for (const Entity& e : entities) {
    if (e.place || e.text.ends_with(" 's")) continue;
    std::string_view name = NameAtEnd(e.text);
    // "Health Minister Ama Mensah of Ghana": the name before its country
    // (the text searched only when no name ends it).
    if (size_t of = name.empty() ? e.text.find(" of ") : std::string::npos; of != std::string::npos)
      name = NameAtEnd(std::string_view(e.text).substr(0, of));
    if (name.empty()) {
      if (e.kind == Kind::kPerson) RememberPossessor(e);
      continue;
    }
    std::string_view last = name.substr(name.rfind(' ') + 1);
    surnames_[std::string(last)] = e;
    // "Romeo Brawner Jr." ... "Brawner"; "Waker-Uz-Zaman", "al-Burhan" ...
    // "Zaman", "Burhan".
    if (IsNameSuffix(last)) {
      name.remove_suffix(last.size() + 1);
      last = name.substr(name.rfind(' ') + 1);
      if (IsCapitalised(last)) surnames_.emplace(last, e);
    }
    if (size_t hyphen = last.rfind('-'); hyphen != std::string_view::npos &&
                                         hyphen + 2 < last.size() &&
                                         IsCapitalised(last.substr(hyphen + 1)))
      surnames_.emplace(last.substr(hyphen + 1), e);
    // "Kim Jong Un" ... "Kim": a name that puts the family name first.
    if (e.kind == Kind::kPerson) {
      std::string_view first = FirstOfName(name);
      if (!first.empty()) surnames_.emplace(std::string(first), e);
      RememberFathersSurname(name, first, e);
    }
  }
}

// "Luisa Ortega Diaz" ... "Ortega": the middle word of a three-word name
// (one starting at `first`), the father's surname of a Spanish name.
void Coreference::RememberFathersSurname(std::string_view name, std::string_view first,
                                         const Entity& e) {
  if (first.empty()) return;
  const std::string_view rest = name.substr(first.data() - name.data() + first.size());
  const size_t last_space = rest.rfind(' ');
  if (rest.size() < 2 || rest[0] != ' ' || last_space == 0) return;
  const std::string_view middle = rest.substr(1, last_space - 1);
  if (middle.find(' ') != std::string_view::npos || middle.size() < 3 || middle.ends_with('.') ||
      !IsCapitalised(middle))
    return;
  surnames_.emplace(std::string(middle), e);
}

// "President Cristina Fernandez de Kirchner's decision" (ARGGOV): a person
// named as the possessor of what names no party of its own is that person,
// and "Kirchner" later names them; not "Putin's troops" (RUSMIL).
void Coreference::RememberPossessor(const Entity& e) {
  const size_t s = e.text.find(" 's ");
  if (s == std::string::npos) return;
  std::string_view name = NameAtEnd(std::string_view(e.text).substr(0, s));
  if (name.empty()) return;
  std::vector<std::string_view> owned;
  std::string_view rest = std::string_view(e.text).substr(s + 4);
  for (size_t space; (space = rest.find(' ')) != std::string_view::npos;
       rest.remove_prefix(space + 1))
    owned.push_back(rest.substr(0, space));
  owned.push_back(rest);
  if (code::CodeNounPhrase(dicts_, owned, kNoDate, nullptr) != "---") return;
  Entity person = e;
  person.text = std::string(name);
  surnames_[std::string(name.substr(name.rfind(' ') + 1))] = std::move(person);
}

// "Khan's party" after "Former Prime Minister Imran Khan" (PAKOPP): the role
// of the country of the person the surname names (PAKPTY).
bool Coreference::ResolveOwnersRole(std::string_view owner, std::string* code,
                                    std::string* antecedent) const {
  auto it = surnames_.find(owner);
  if (it == surnames_.end() || !it->second.country) return false;
  code->replace(0, 3, it->second.code, 0, 3);
  *antecedent = it->second.name.empty() ? it->second.text : it->second.name;
  return true;
}

// "Attorney General Luisa Ortega Diaz ... Ortega said she would not
// recognise the decision": a single name the dictionaries give another
// person (Nicaragua's Daniel Ortega) is the person the article named so.
bool Coreference::IsOtherPersonsSurname(std::span<const std::string_view> words,
                                        std::string_view code) const {
  if (words.size() != 1 || IsNull(code) || surnames_.empty() || !IsCapitalised(words[0]))
    return false;
  auto it = surnames_.find(words[0]);
  if (it == surnames_.end() || it->second.kind != Kind::kPerson) return false;
  // A name that is the mention's own ("Attorney General Luisa Ortega Diaz"),
  // not one inside it ("Trump's summit with Vladimir Putin").
  const std::string_view text = it->second.text;
  if (!IsTitledName(text) && text.find(' ') != std::string_view::npos &&
      FirstOfName(text).data() != text.data())
    return false;
  // Only a person's role of another country ("NICGOV", not "ISR" for "Israel
  // Katz", nor "CIVMIL" for "forces loyal to Ouattara" in Ivory Coast).
  const std::string_view named = it->second.code;
  if (code.size() == 6 && named.size() >= 3 && code.compare(0, 3, named.substr(0, 3)) != 0)
    return true;
  return NamesAnotherKnownPerson(words, it->second);
}

// "Keiko Fujimori ... A judge ordered Fujimori held" (PEROPP, not Alberto
// Fujimori's PERELI): a surname that the dictionaries give one person, after
// the article named in full another person they know by it, is that other
// person, even of the same country.
bool Coreference::NamesAnotherKnownPerson(std::span<const std::string_view> words,
                                          const Entity& named) const {
  if (named.person < 0) return false;
  int actor = -1;
  code::CodeNounPhraseActor(dicts_, words, kNoDate, &actor);
  return actor >= 0 && actor != named.person && dicts_.actors.actors()[actor].person;
}

// "Machado joined Gonzalez": a single name the article gave in full before.
bool Coreference::ResolveSurname(std::span<const std::string_view> words, int begin, int end,
                                 std::string* code, std::string* antecedent) const {
  if (end - begin != 1 || surnames_.empty()) return false;
  auto it = surnames_.find(words[begin]);
  if (it == surnames_.end() || IsDateWord(words, begin)) return false;
  *code = it->second.code;
  *antecedent = it->second.name.empty() ? it->second.text : it->second.name;
  return true;
}

namespace {

// An armed group's, an opposition's or a party's code ("LKAREB", "EGYOPP"):
// a body outside the state, which "the" and its name's last word may name.
bool IsNonStateBodyCode(std::string_view code) {
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(3, 3);
  return IsArmedGroupRole(role) || role == "OPP" || role == "PTY" || role == "UAF";
}

}  // namespace

// "Tamil Tiger leader Velupillai Prabhakaran" ... "the Tigers", "the Muslim
// Brotherhood" ... "the Brotherhood": a non-state body's name of two or more
// capitalised words that is the mention's own actor is remembered under its
// last word for the rest of the article (a person's name in the mention,
// "Velupillai Prabhakaran", is another actor's and is not).
void Coreference::RememberShortName(const code::Mention& m, const Entity& e,
                                    std::span<const std::string_view> words) {
  if (m.actor < 0 || e.place || e.kind == Kind::kCountry || !IsNonStateBodyCode(e.code)) return;
  const int end = std::min(m.tokens.end, static_cast<int>(words.size()));
  auto opens_name = [&](int t) {
    return t >= m.tokens.begin && IsCapitalised(words[t]) && !EqualsIgnoreCase(words[t], "the");
  };
  for (int t = m.tokens.begin + 1; t < end; ++t) {
    if (!opens_name(t) || !opens_name(t - 1)) continue;
    int first = t - 1;
    while (opens_name(first - 1)) --first;
    int actor = -1;
    code::CodeNounPhraseActor(dicts_, words.subspan(first, t + 1 - first), kNoDate, &actor);
    if (actor != m.actor) continue;
    Entity body = e;
    body.text.clear();
    for (int w = first; w <= t; ++w) (body.text += body.text.empty() ? "" : " ") += words[w];
    short_names_[std::string(words[t])] = std::move(body);
  }
}

// "the Tigers", "the Tiger", "the Brotherhood": the body whose remembered
// name ends in the word, or in its singular or plural.
bool Coreference::ResolveShortName(std::string_view last, std::string* code,
                                   std::string* antecedent) const {
  auto it = short_names_.find(last);
  if (it == short_names_.end() && last.size() > 3 && last.back() == 's')
    it = short_names_.find(last.substr(0, last.size() - 1));
  if (it == short_names_.end()) it = short_names_.find(std::string(last) + "s");
  if (it == short_names_.end()) return false;
  *code = it->second.code;
  *antecedent = it->second.text;
  return true;
}

// A big city or a division named as an object is its country; a name that
// speaks ("Jackson said") is a person's.
bool Coreference::ResolvePlaceName(std::span<const std::string_view> words, int begin, int end,
                                   std::string* code, std::string* antecedent) const {
  if (static_cast<size_t>(end) < words.size() &&
      EqualsAnyIgnoreCase(words[end], {"said", "says", "told", "added", "wrote", "'s"}))
    return false;
  // Only as an object ("hit Kharkiv", "shelled Aleppo"): a capitalised name
  // that opens a clause is as likely a person's.
  if (begin == 0 || !IsLowerCase(words[begin - 1])) return false;
  std::string name;
  AppendJoined(words.subspan(begin, end - begin), &name);
  const Place* place = places_->Find(name);
  if (place == nullptr || place->kind() == PlaceKind::kCountry) return false;
  if (place->kind() == PlaceKind::kCity && place->population() < 100000) return false;
  antecedent->assign(kPlaceAntecedent).append(name);
  // "asked Brussels to examine", "visit Brussels": an actor named by the
  // EU's seat is the EU (the dictionaries leave "Brussels" to it), not
  // Belgium; "in Brussels" stays a place.
  if (place->country() == "BEL" && EqualsIgnoreCase(name, "Brussels")) {
    code->assign("IGOEUREEC");
    return true;
  }
  const std::string_view country = CountryCodeOf(*place);
  if (country.empty()) return false;
  code->assign(country);
  return true;
}

namespace {

// What a title holder's possessive names as theirs: a deed done to or by
// them, their word or their office ("the president's resignation", "the
// minister's remarks", "the premier's office"); not their people ("the
// president's supporters", "the minister's son").
bool IsOwnedDeedOrOffice(std::string_view w) {
  static const WordSet kNouns = {
      "resignation", "ouster",         "removal",   "dismissal", "sacking",  "firing",
      "impeachment", "arrest",         "detention", "release",   "visit",    "trip",
      "decision",    "remarks",        "comments",  "statement", "speech",   "proposal",
      "plan",        "policy",         "policies",  "order",     "decree",   "veto",
      "government",  "administration", "office",    "cabinet",   "ministry", "re-election",
      "reelection",  "election",       "rule",      "regime",    "pardon",   "refusal"};
  return kNouns.contains(w);
}

}  // namespace

int Coreference::TitledOwnerEnd(std::span<const std::string_view> phrase, std::string_view code) {
  // "the president 's resignation", "the prime minister 's immediate resignation".
  const int n = static_cast<int>(phrase.size());
  if (n < 4 || n > 7 || !IsNull(code) || !EqualsIgnoreCase(phrase[0], "the") ||
      !IsOwnedDeedOrOffice(phrase[n - 1]))
    return 0;
  for (int t = 2; t <= 4 && t < n - 1; ++t) {
    if (phrase[t] == "'s") return n - t <= 4 ? t : 0;
  }
  return 0;
}

bool Coreference::ResolveTitledOwner(std::span<const std::string_view> words, int begin,
                                     int owner_end, std::span<const code::Mention> earlier,
                                     std::string* code, std::string* antecedent) {
  std::string owner =
      code::CodeNounPhrase(dicts_, words.subspan(begin, owner_end - begin), kNoDate, nullptr);
  if (!IsCountrylessRole(owner) ||
      Wanted(words.subspan(begin, owner_end - begin), owner) == Want::kNone)
    return false;
  if (!Resolve(words, begin, owner_end, earlier, &owner, antecedent) || IsNull(owner) ||
      StartsCountryless(owner))
    return false;
  *code = std::move(owner);
  return true;
}

namespace {

// A city smaller than this is no place whose officials news names by it
// alone (a small town's name is as likely a person's or a word's).
constexpr uint32_t kMinSeatPopulation = 100000;
// The most words of a place's name tried at a capitalised run's start:
// "Khyber Pakhtunkhwa", "Rio Grande do Sul" is beyond it.
constexpr size_t kMaxPlaceWords = 3;

// A word that names no place of its own when alone, though some country's
// division or town bears it: a compass point or a region's generic word
// ("Western officials", "Central Command"), English words some big towns
// are called ("Mobile police", Nigeria's unit; "Reading"), and a people's
// homeland several states share that is a division of only one of them
// ("Kurdistan": Iran's province; Iraq's region is no division; "Sahel":
// Burkina Faso's).
bool IsGenericPlaceWord(std::string_view w) {
  static const WordSet kWords = {
      "north",        "south",        "east",    "west",         "northern",     "southern",
      "eastern",      "western",      "central", "northeastern", "northwestern", "southeastern",
      "southwestern", "upper",        "lower",   "capital",      "national",     "federal",
      "greater",      "metropolitan", "city",    "state",        "interior",     "highlands",
      "coast",        "lakes",        "islands", "border",       "union",        "independence",
      "mobile",       "reading",      "nice",    "split",        "kurdistan",    "sahel"};
  return kWords.contains(w);
}

// "diplomats", "the ambassador": officials posted abroad.
bool IsEnvoyWord(std::string_view w) {
  static const WordSet kWords = {"diplomat",   "diplomats",   "envoy",   "envoys",
                                 "ambassador", "ambassadors", "embassy", "embassies",
                                 "delegation", "delegations", "consul",  "consulate"};
  return kWords.contains(w);
}

// "Crimea 's Russian-installed leader", "Donetsk separatist leader": a role
// whose phrase says a power other than the place's state set it up or that
// it broke from it is not that state's.
bool NamesRivalAuthority(std::span<const std::string_view> phrase) {
  static const WordSet kWords = {"separatist",    "separatists", "rebel",      "rebels",
                                 "breakaway",     "occupation",  "occupying",  "self-proclaimed",
                                 "self-declared", "insurgent",   "insurgents", "militia"};
  for (std::string_view w : phrase) {
    if (kWords.contains(w) || w.ends_with("-installed") || w.ends_with("-backed") ||
        w.ends_with("-appointed"))
      return true;
  }
  return false;
}

// A word that may stand between "in" or "of" and a place's name: "the", a
// compass adjective, a place's kind and its "of" ("the governor of northern
// Kunduz province", "police in the northwestern city of Peshawar").
bool IsPlaceLead(std::string_view w) {
  static const WordSet kWords = {
      "the",     "northern",     "southern",     "eastern",      "western",
      "central", "northeastern", "northwestern", "southeastern", "southwestern",
      "north",   "south",        "east",         "west",         "city",
      "town",    "village",      "province",     "region",       "district",
      "state",   "county",       "port",         "capital",      "of"};
  return kWords.contains(w);
}

// The end of the capitalised run of `phrase` at `begin`.
size_t CapitalisedRunEnd(std::span<const std::string_view> phrase, size_t begin) {
  size_t end = begin;
  while (end < phrase.size() && IsCapitalised(phrase[end])) ++end;
  return end;
}

// `words` joined by spaces into `buffer`; empty if they do not fit.
std::string_view JoinInto(std::span<const std::string_view> words, std::span<char> buffer) {
  size_t n = 0;
  for (std::string_view w : words) {
    if (n + w.size() + 1 > buffer.size()) return {};
    if (n > 0) buffer[n++] = ' ';
    std::copy(w.begin(), w.end(), buffer.begin() + n);
    n += w.size();
  }
  return std::string_view(buffer.data(), n);
}

}  // namespace

// The place a run of capitalised words at phrase[begin..run_end) opens
// with: its longest start (at most kMaxPlaceWords words, fewer than `most`)
// that the gazetteer resolves beyond doubt, preferring the article's
// country, its number of words in `*used`; null if none.
const Place* Coreference::PlaceOpeningRun(std::span<const std::string_view> phrase, size_t begin,
                                          size_t run_end, size_t most, size_t* used) const {
  // "Khan 's spokesman" after "Imran Khan": the article's person.
  if (surnames_.contains(phrase[begin])) return nullptr;
  const std::string_view hint =
      dateline_country_.empty() ? country_mentions_.MostNamed() : dateline_country_;
  char buffer[128];
  for (size_t n = std::min({run_end - begin, kMaxPlaceWords, most}); n > 0; --n) {
    if (n == 1 && IsGenericPlaceWord(phrase[begin])) return nullptr;
    const std::string_view name = JoinInto(phrase.subspan(begin, n), buffer);
    if (name.empty()) continue;
    if (const Place* place = places_->FindUnambiguous(name, hint, kMinSeatPopulation)) {
      if (used != nullptr) *used = n;
      return place;
    }
  }
  return nullptr;
}

// "Oleh Synehubov, the governor of Kharkiv region,", "Babagana Zulum, the
// Borno state governor,": the role a name's apposition gives it (which the
// coder gave the name), at most kMaxApposition words between commas; empty
// if the phrase is no name or no such apposition follows it.
std::span<const std::string_view> Coreference::ApposedRole(std::span<const std::string_view> words,
                                                           int begin, int end) {
  constexpr size_t kMaxApposition = 8;
  const size_t open = static_cast<size_t>(end);
  if (open + 2 >= words.size() || words[open] != "," ||
      !IsProperName(words.subspan(begin, end - begin)))
    return {};
  for (size_t t = open + 1; t < words.size() && t <= open + kMaxApposition + 1; ++t) {
    if (words[t] == ",") return words.subspan(open + 1, t - open - 1);
  }
  return {};
}

// "Kano state police", "the Kandahar governor", "Goma 's mayor", "the
// governor of Nineveh", "some lawmakers in Moscow", "students in Yangon": a
// role without a country whose phrase ties it to a big city or a division
// the gazetteer knows beyond doubt (a capitalised run that opens the phrase
// before its role's words, or follows "of" or "in") is that role of the
// place's country, not of the article's. Asked only of roles the phrase
// gives no country (Want::kRole): "Georgia police" is the country's.
bool Coreference::ResolveRoleByPlace(std::span<const std::string_view> phrase,
                                     std::string* code) const {
  if (places_ == nullptr || places_->empty() || phrase.size() < 2 || NamesRivalAuthority(phrase))
    return false;
  const Place* place = nullptr;
  // "The Kandahar governor", "Texas Governor Greg Abbott": the role's words follow.
  const size_t first = EqualsAnyIgnoreCase(phrase[0], {"the", "a", "an"}) ? 1 : 0;
  const size_t run_end = CapitalisedRunEnd(phrase, first);
  if (run_end > first && first + 1 < phrase.size())
    place = PlaceOpeningRun(phrase, first, run_end, phrase.size() - first - 1);
  // "The governor of northern Kunduz province", "police in Peshawar"; not
  // "diplomats in Brussels", posted there.
  for (size_t t = 1; place == nullptr && t + 1 < phrase.size(); ++t) {
    if (EqualsIgnoreCase(phrase[t], "in") && IsEnvoyWord(phrase[t - 1])) break;
    if (EqualsAnyIgnoreCase(phrase[t], {"in", "of"})) place = PlaceAfter(phrase, t);
  }
  return place != nullptr && SetCountryOf(*place, code);
}

// The place named after the preposition at words[at] (IsPlaceLead's words
// skipped), as PlaceOpeningRun finds it, when it is the whole name there or
// the rest says what kind of place it is ("of Borno State"; not "in the Divo
// Naselje neighbourhood", which is no Divo); null if none.
const Place* Coreference::PlaceAfter(std::span<const std::string_view> words, size_t at) const {
  size_t name = at + 1;
  while (name + 1 < words.size() && IsPlaceLead(words[name])) ++name;
  const size_t end = CapitalisedRunEnd(words, name);
  size_t used = 0;
  const Place* place = end > name ? PlaceOpeningRun(words, name, end, end - name, &used) : nullptr;
  for (size_t t = name + used; place != nullptr && t < end; ++t) {
    if (!IsPlaceLead(words[t])) return nullptr;
  }
  return place;
}

// "Police in the northwestern city of Peshawar arrested ...", "In Kandahar,
// police arrested ...": police or officials placed by the preposition right
// after their phrase (which the parser left out of it), or police by any
// "in PLACE" of their sentence, are of the place's country. Not troops (a force may
// be abroad: "France, which has troops in the Sahel"), buildings ("a school
// in Peshawar") or envoys ("diplomats in Kabul").
bool Coreference::ResolveRoleInScene(std::span<const std::string_view> words, int begin, int end,
                                     std::string* code) const {
  const std::string_view role = std::string_view(*code).substr(3);
  if (places_ == nullptr || places_->empty() || IsEnvoyWord(words[end - 1])) return false;
  // "In Tehran on Wednesday, lawmakers set fire to a U.S. flag": lawmakers sit
  // at home, so a scene the sentence opens with is their country's.
  if (role == "LEG" && words.size() > 1 && EqualsIgnoreCase(words[0], "in") && begin > 2) {
    const Place* place = PlaceAfter(words, 0);
    return place != nullptr && SetCountryOf(*place, code);
  }
  if (role != "COP" && role != "GOV") return false;
  const size_t after = static_cast<size_t>(end);
  if (after + 1 < words.size() && EqualsIgnoreCase(words[after], "in")) {
    if (const Place* place = PlaceAfter(words, after)) return SetCountryOf(*place, code);
  }
  // Officials meet where they are guests ("In Geneva, officials said ...");
  // police act where they are: "In Peshawar, police arrested ...", "Police
  // arrested three men in Peshawar", "After the blast in Quetta, police ...".
  if (role != "COP") return false;
  for (size_t t = 0; t + 1 < words.size(); ++t) {
    if (t + 1 == static_cast<size_t>(begin)) t = after;  // not the phrase's own words
    if (t + 1 >= words.size() || !EqualsIgnoreCase(words[t], "in")) continue;
    if (const Place* place = PlaceAfter(words, t)) return SetCountryOf(*place, code);
  }
  return false;
}

// "On the Moroccan side, police fired tear gas ...", "On the Israeli side of
// the border, troops ...": a sentence that opens on a country's side puts
// the roles of no country after it there, not in the article's country.
bool Coreference::ResolveRoleOnSide(std::span<const std::string_view> words, int begin,
                                    std::span<const code::Mention> earlier, std::string* code,
                                    std::string* antecedent) const {
  constexpr int kMaxWordsToComma = 4;  // "of the border", when the phrase leaves it out
  if (begin < 4 || !EqualsIgnoreCase(words[0], "on") || !EqualsIgnoreCase(words[1], "the"))
    return false;
  for (const code::Mention& m : earlier) {
    if (m.tokens.begin != 1) continue;
    const int end = m.tokens.end;
    if (m.code.size() != 3 || !IsCountryCode(m.code) || end < 4 ||
        !EqualsIgnoreCase(words[3], "side"))
      return false;
    int comma = end;
    while (comma < begin && comma - end <= kMaxWordsToComma && words[comma] != ",") ++comma;
    if (comma >= begin || words[comma] != ",") return false;
    code->replace(0, 3, m.code);
    antecedent->clear();
    AppendJoined(words.subspan(m.tokens.begin, end - m.tokens.begin), antecedent);
    return true;
  }
  return false;
}

// `code`'s country becomes the place's; false if it has no CAMEO code.
bool Coreference::SetCountryOf(const Place& place, std::string* code) const {
  const std::string_view country = CountryCodeOf(place);
  if (country.size() < 3) return false;
  code->replace(0, 3, country.substr(0, 3));
  return true;
}

}  // namespace dyad::doc
