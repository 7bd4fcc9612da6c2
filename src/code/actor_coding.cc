// Coding noun phrases with the actor and agent dictionaries.
//
// The first actor name found in the phrase (scanning left to right, longest
// name first at each word) gives the base code at the sentence's date; every
// agent found elsewhere in the phrase adds its role code: FRANCE + MINISTER
// -> FRAGOV, NGO~ agents prepend. With no actor an agent alone gives ---GOV.
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "code/stages.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::code {

namespace {

bool IsArmedRole(std::string_view role) {
  for (std::string_view r : {"REB", "UAF", "INS", "SEP", "MIL", "CRM"}) {
    if (role == r) return true;
  }
  return false;
}

bool IsOrganisation(std::string_view code) {
  return code.starts_with("IGO") || code.starts_with("NGO");
}

// Adds an agent's code unless the code already holds it (at a 3-letter
// boundary, as CAMEO codes are built of 3-letter parts). Returns false when
// it was already there, which ends agent coding for the phrase.
bool AddAgentCode(const dict::Agent& agent, bool dyad, std::string* code) {
  const std::string& add = agent.code;
  // dyad's groups carry their role: "al-Shabaab fighters" stay SOMREB.
  if (dyad && IsArmedRole(add) && code->size() >= 6) {
    for (size_t at = 3; at + 3 <= code->size(); at += 3) {
      if (IsArmedRole(std::string_view(*code).substr(at, 3))) return false;
    }
  }
  for (size_t at = 0; add.size() <= code->size() && at <= code->size() - add.size(); at += 3) {
    if (code->compare(at, add.size(), add) == 0) return false;
  }
  if (agent.prefix) {
    code->insert(0, add);
  } else {
    code->append(add);
  }
  return true;
}

// What the phrase's words alone do not say: where a possessive 's was left
// out ("the Iranian government['s] crackdown") and where a proper name runs
// to the end ("U.S. envoy [Zalmay Khalilzad]").
struct PhraseShape {
  uint32_t possessive_after = 0;  // bit k: a 's followed word k
  uint32_t name_words = 0;        // bit k: word k is a proper name (NNP, NNPS)
  uint32_t lower_words = 0;       // bit k: word k is written in lower case
  bool member = false;            // a member of a compound ("X and Y")

  // Bits begin..end-1 (0 <= begin < end <= 32).
  static uint32_t Bits(int begin, int end) {
    return (end == 32 ? ~0u : (1u << end) - 1) & ~((1u << begin) - 1);
  }

  // Whether words [begin, end) are all written in lower case.
  bool LowerCase(int begin, int end) const {
    if (begin < 0 || end > 32 || begin >= end) return false;
    return (lower_words & Bits(begin, end)) == Bits(begin, end);
  }

  bool PossessiveBefore(int end) const {
    return end > 0 && end <= 32 && (possessive_after >> (end - 1) & 1u) != 0;
  }
  // Whether words [begin, size) are all proper names: "U.S. Ambassador
  // [Julie Chung]" (the title itself may be capitalised).
  bool NameRunsFrom(int begin, int size) const {
    if (begin <= 0 || begin >= size || size > 32) return false;
    return (name_words & Bits(begin, size)) == Bits(begin, size);
  }
};

// Whether `text` is an Arabic name after its article ("al-Asiri", "el-Sisi",
// "ad-Din"): a name, though it starts in lower case.
bool IsArticleName(std::string_view text) {
  size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash > 2 || dash + 1 >= text.size() ||
      text[dash + 1] < 'A' || text[dash + 1] > 'Z') {
    return false;
  }
  return EqualsAnyIgnoreCase(text.substr(0, dash), {"al", "el", "ad", "ar", "as", "at", "az"});
}

// Whether `text` starts with a lower-case ASCII letter ("bush", not "Bush"
// nor "al-Assad").
bool IsLowerCaseWord(std::string_view text) {
  return !text.empty() && text.front() >= 'a' && text.front() <= 'z' && !IsArticleName(text);
}

// Whether the role at words[begin] belongs to the actor ending at
// words[actor_end], with only known words and no other actor between them:
// "the Iranian government", not "Canada release Huawei executive".
bool OwnedRole(const dict::Dictionaries& dicts, std::span<const dict::WordId> words, int actor_end,
               int begin) {
  if (actor_end < 0 || actor_end > begin) return false;
  dict::PhraseMatch match;
  for (int k = actor_end; k < begin; ++k) {
    if (words[k] == dict::kUnknownWord || dicts.actors.names().MatchAt(words, k, &match))
      return false;
  }
  return true;
}

// Nouns of what someone says, proposes or decides, whose modifier is who
// says it: "opposition demands", "rebel offers", "government plans", "the
// security forces' decision".
bool IsAgentiveNoun(std::string_view upper) {
  static constexpr std::string_view kNouns[] = {
      "DEMAND", "DEMANDS", "CALL",       "CALLS",       "REQUEST",   "REQUESTS", "OFFER",
      "OFFERS", "PLAN",    "PLANS",      "PROPOSAL",    "PROPOSALS", "APPEAL",   "APPEALS",
      "CLAIM",  "CLAIMS",  "ACCUSATION", "ACCUSATIONS", "ULTIMATUM", "DECISION", "DECISIONS"};
  for (std::string_view n : kNouns) {
    if (upper == n) return true;
  }
  return false;
}

// Nouns of a gathering of people ("a crowd of strikers").
bool IsCrowdNoun(std::string_view upper) {
  for (std::string_view n : {"CROWD", "CROWDS", "MOB", "MOBS"}) {
    if (upper == n) return true;
  }
  return false;
}

// A crowd told by its size ("thousands", "tens of thousands"): people only
// as a whole phrase, never a quantity of something named after it.
bool IsCrowdSize(std::string_view upper) {
  for (std::string_view n : {"THOUSANDS", "HUNDREDS", "TENS"}) {
    if (upper == n) return true;
  }
  return false;
}

// Nouns of the people who follow a leader ("supporters", "loyalists").
// A person named by sex or age: "a 71-year-old man", "two girls".
bool IsPersonNoun(std::string_view upper) {
  for (std::string_view n : {"MAN", "MEN", "WOMAN", "BOY", "BOYS", "GIRL", "GIRLS"}) {
    if (upper == n) return true;
  }
  return false;
}

bool IsFollowerNoun(std::string_view upper) {
  for (std::string_view n : {"SUPPORTERS", "SUPPORTER", "FOLLOWERS", "LOYALISTS", "BACKERS"}) {
    if (upper == n) return true;
  }
  return false;
}

// Nouns of the people or craft that make up a body ("personnel", "boats").
bool IsMemberNoun(std::string_view upper) {
  static constexpr std::string_view kNouns[] = {
      "PERSONNEL", "OFFICERS", "MEMBERS", "STAFF", "CREW",   "CREWS",    "SAILORS",
      "UNITS",     "BOATS",    "VESSELS", "SHIPS", "AGENTS", "OFFICIALS"};
  for (std::string_view n : kNouns) {
    if (upper == n) return true;
  }
  return false;
}

// Whether a proper name the dictionaries do not know comes before words[end].
bool UnknownNameBefore(std::span<const dict::WordId> words, int end, const PhraseShape& shape) {
  for (int k = 0; k < end && k < 32; ++k) {
    if (words[k] == dict::kUnknownWord && (shape.name_words >> k & 1u) != 0) return true;
  }
  return false;
}

// Prepositions of where someone is, what they ride or carry ("gunmen on
// motorcycles", "police with batons", "soldiers at the checkpoint"): a role
// before one heads its phrase. Not "to" ("the opposition to the plan").
bool IsWhereOrWithPreposition(std::string_view upper) {
  static const WordSet kWords = {"on",     "with",   "at",       "near",   "aboard",
                                 "around", "inside", "outside",  "across", "behind",
                                 "along",  "under",  "alongside"};
  return kWords.contains(upper);
}

// Prepositions that begin a noun's tail: "a camp for displaced people", "a
// school in the north", "a convoy of refugees".
bool IsTailPreposition(std::string_view upper) {
  static const WordSet kWords = {"of",   "for",  "in",   "from",   "to",      "against", "by",
                                 "into", "onto", "over", "toward", "towards", "within"};
  return kWords.contains(upper) || IsWhereOrWithPreposition(upper);
}

// dyad: "an Israeli airstrike on a camp for displaced people", "police at a
// school", "a missile strike on a hospital": a role noun after a preposition
// of place or aim that follows the phrase's role names where it is or what
// it hits, not what it is; so does one in the tail of a noun after "with"
// ("police with dogs at a camp for migrants"). "Soldiers with police" and "a
// commander of rebels" still join.
bool InTailOfAnotherNoun(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                         int last_agent_end, int at) {
  if (last_agent_end < 0 || at <= last_agent_end) return false;
  std::string_view first = dicts.vocabulary.Word(words[last_agent_end]);
  if (!IsWhereOrWithPreposition(first) && first != "AGAINST") return false;
  if (first != "WITH" && first != "ALONGSIDE") return true;
  if (at - last_agent_end < 3) return false;
  for (int k = last_agent_end + 2; k < at; ++k) {
    if (IsTailPreposition(dicts.vocabulary.Word(words[k]))) return true;
  }
  return false;
}

// Whether an agent at words[begin, end) names the phrase's head rather than
// modifying another noun: "military aid" and "civilian rule" are no actors,
// "the military", "army officers" and "minister of Gondor" are; so are a
// named actor's role as possessor ("the Iranian government's crackdown") or
// as the title before a name ("U.S. envoy Zalmay Khalilzad").
bool HeadsPhrase(const dict::Dictionaries& dicts, std::span<const dict::WordId> words, int begin,
                 int end, int actor_end, const PhraseShape& shape) {
  if (end >= static_cast<int>(words.size())) return true;
  if ((shape.PossessiveBefore(end) || shape.NameRunsFrom(end, static_cast<int>(words.size()))) &&
      OwnedRole(dicts, words, actor_end, begin)) {
    return true;
  }
  // dyad: "Indian Foreign Secretary Vikram Misri": a title before a name of
  // two or more words the dictionaries do not know is that person's.
  bool dyad = dicts.format == dict::Dictionaries::Format::kDyad;
  int after = static_cast<int>(words.size()) - end;
  if (dyad && after >= 2 && std::all_of(words.begin() + end, words.end(), [](dict::WordId w) {
        return w == dict::kUnknownWord;
      })) {
    return true;
  }
  // dyad: "dismissed deputy intelligence chief Ahmed al-Asiri and royal
  // court adviser Saud al-Qahtani": so is a title before a run of two or more
  // proper names in which no actor's name begins, in a member of a compound
  // (a phrase of its own is left to the article layer, which remembers the
  // name), unless an unknown name before the title owns it ("KOVO leader").
  if (dyad && shape.member && after >= 2 &&
      shape.NameRunsFrom(end, static_cast<int>(words.size())) &&
      !UnknownNameBefore(words, begin, shape)) {
    dict::PhraseMatch name;
    bool named = false;
    for (size_t k = end; k < words.size() && !named; ++k)
      named = dicts.actors.names().MatchAt(words, k, &name);
    if (!named) return true;
  }
  // dyad: "coast guard personnel", "navy inflatable boats": the members or
  // craft of a body are that body.
  if (dyad && after <= 3 && IsMemberNoun(dicts.vocabulary.Word(words.back()))) return true;
  dict::PhraseMatch next;
  std::string_view w = dicts.vocabulary.Word(words[end]);
  return w == "OF" || w == "'S" || w == "FOR" || w == "IN" || w == "FROM" ||
         IsWhereOrWithPreposition(w) || IsAgentiveNoun(w) ||
         dicts.actors.names().MatchAt(words, end, &next) ||
         dicts.agents.names().MatchAt(words, end, &next);
}

// Whether `code` (six letters or more) is a rebel or insurgent's: "RUSREB".
bool IsRebelOrInsurgentRole(std::string_view code) {
  return code.size() == 6 && (code.ends_with("REB") || code.ends_with("INS"));
}

// Whether the phrase's actor gives it a role of its own that a GOV title must
// not extend: a person (whose code at the date already says whether they
// hold office), or a state body (MIL, LEG, JUD, COP, SPY).
bool HasOwnStateRole(const dict::Dictionaries& dicts, const Phrase& phrase) {
  if (phrase.actor < 0 || phrase.code.size() != 6) return false;
  if (dicts.actors.actors()[phrase.actor].person) return true;
  std::string_view role = std::string_view(phrase.code).substr(3);
  return role == "MIL" || role == "LEG" || role == "JUD" || role == "COP" || role == "SPY";
}

// Whether the phrase's actor is a named body (not a person) whose code gives
// a country and a role of its own (ZWEMED, ZAFPTY, USACOP).
// Not a country's own entry: "a court in Gibraltar" is GBRGIB's court (a
// territory's code names a place, not a role).
bool HasOwnRole(const dict::Dictionaries& dicts, const Phrase& phrase) {
  if (phrase.actor < 0 || phrase.code.size() != 6) return false;
  const dict::Actor& actor = dicts.actors.actors()[phrase.actor];
  if (actor.person || actor.country) return false;
  std::string_view country = std::string_view(phrase.code).substr(0, 3);
  return country != "---" && !IsOrganisation(country) && country != "IMG";
}

// dyad: "Russia's Daniil Medvedev": a person's name of one word (a surname)
// right after a given name the dictionaries do not know names someone else
// with that surname; so does one right before a surname they do not know
// ("Chief Justice Sisi Khampepe").
bool IsOtherPersonsSurname(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                           size_t k, const dict::PhraseMatch& match) {
  if (dicts.format != dict::Dictionaries::Format::kDyad ||
      !dicts.actors.actors()[match.entry].person || match.end != static_cast<int>(k) + 1) {
    return false;
  }
  return (k > 0 && words[k - 1] == dict::kUnknownWord) ||
         (k + 1 < words.size() && words[k + 1] == dict::kUnknownWord);
}

// Whether `upper` names a building or a body of a government rather than a
// person in it: "embassy", "consulate", "ministry", "office", "base".
bool IsPlaceOfABody(std::string_view upper) {
  return EqualsAnyIgnoreCase(
      upper, {"embassy", "embassies", "consulate", "consulates", "mission", "missions", "ministry",
              "ministries", "office", "offices", "headquarters", "base", "bases", "palace",
              "residence", "compound", "building", "buildings", "department"});
}

// dyad: "two former chief ministers", "a former Pakistani official", "a
// former head of the royal court": a government role said to be past, right
// after "former" or "ex" (and the actor it is of, or "former head of"), is an
// elite's. [actor_begin, actor_end) is the phrase's actor, if any; the role's
// last word is at `head`.
bool AfterFormer(const dict::Dictionaries& dicts, std::span<const dict::WordId> words, int at,
                 int head, int actor_begin, int actor_end) {
  auto word = [&](int k) { return k >= 0 ? dicts.vocabulary.Word(words[k]) : std::string_view(); };
  auto former = [&](int k) { return EqualsAnyIgnoreCase(word(k), {"former", "ex"}); };
  int k = at == actor_end ? actor_begin - 1 : at - 1;
  bool said = former(k);
  if (!said) {
    if (word(k) != "OF") --k;  // "the", "its" or any one word before the role
    said = word(k) == "OF" && EqualsAnyIgnoreCase(word(k - 1), {"head", "chief"}) && former(k - 2);
  }
  // "the former U.S. embassy", "a former army base": a past building or body
  // is still its owner's, no person's past role.
  return said && !IsPlaceOfABody(word(head));
}

// Whether the word at `at` comes right after "in" or "in the", and that
// after members rather than a party ("the largest party in parliament").
bool AfterIn(const dict::Dictionaries& dicts, std::span<const dict::WordId> words, int at) {
  int k = at - 1;
  if (k >= 0 && dicts.vocabulary.Word(words[k]) == "THE") --k;
  if (k < 1 || dicts.vocabulary.Word(words[k]) != "IN") return false;
  return !EqualsAnyIgnoreCase(dicts.vocabulary.Word(words[k - 1]), {"party", "parties"});
}

// Whether the words `before` a name say "former" or "ex".
bool SaysFormer(const dict::Dictionaries& dicts, std::span<const dict::WordId> before) {
  return std::any_of(before.begin(), before.end(), [&dicts](dict::WordId w) {
    return EqualsAnyIgnoreCase(dicts.vocabulary.Word(w), {"former", "ex"});
  });
}

// dyad: "former Bolivian President Evo Morales" in the days his term ends:
// the text (`before` the name says "former") says that the person no longer
// holds the `title`'s office, whatever the dates say. Not for another office
// the person holds ("Former Russian President Dmitry Medvedev" in 2022).
bool IsFormerHolder(const dict::Dictionaries& dicts, Date date, int title, int person,
                    std::span<const dict::WordId> before) {
  const bool former = SaysFormer(dicts, before);
  if (!former) return false;
  const std::string& office = dicts.actors.actors()[title].office;
  return std::any_of(dicts.office_terms.begin(), dicts.office_terms.end(),
                     [&](const dict::OfficeTerm& t) {
                       return t.holder == person && t.office == office && t.Holds(date);
                     });
}

// dyad: "Ouattara called on his supporters" on 2011-04-11, the day his
// term as president began: whether the `person` (an actor index) takes up an
// office on `date`.
bool TakesOfficeOn(const dict::Dictionaries& dicts, int person, Date date) {
  return std::any_of(
      dicts.office_terms.begin(), dicts.office_terms.end(),
      [&](const dict::OfficeTerm& t) { return t.holder == person && t.from == date; });
}

// dyad: "Congress removed President Pedro Castillo from office": on the day a
// term ends (the dictionaries end it the day before the successor's begins)
// the outgoing holder still acts and is acted on in office, unless the text
// says "former". `code` is the person's code at `date`. The successor is in
// office from that day: a role that ends as the person's own term begins
// (Ouattara's CIVOPP on 2011-04-11) is over.
std::string_view CodeOnLastDay(const dict::Dictionaries& dicts, int person_index, Date date,
                               std::string_view code, std::span<const dict::WordId> before) {
  const bool former = SaysFormer(dicts, before);
  if (former || TakesOfficeOn(dicts, person_index, date)) return code;
  const dict::Actor& person = dicts.actors.actors()[person_index];
  for (const dict::DatedCode& c : person.codes) {
    if (c.until == date && c.code != code) return c.code;
  }
  return code;
}

// dyad: "protesters in Jakarta", "police in Nairobi": a capital after a place
// preposition inside the phrase says where the role is, not whose it is
// (the gold convention: "protesters" stay ---CVL); it is kept in
// `capital_of`, as a capital named as a place.
bool IsPlaceInPhrase(const dict::Dictionaries& dicts, Date date,
                     std::span<const dict::WordId> words, size_t k, int entry, Phrase* phrase) {
  const dict::Actor& actor = dicts.actors.actors()[entry];
  if (!actor.place_metonym || k == 0 ||
      !EqualsAnyIgnoreCase(dicts.vocabulary.Word(words[k - 1]), {"in", "at", "near", "outside"}))
    return false;
  std::string_view code = actor.CodeAt(date);
  if (code.ends_with("GOV")) code.remove_suffix(3);
  phrase->capital_of.assign(code);
  return true;
}

// Whether `upper` heads the name of a body of water: "the Taiwan Strait".
bool IsWaterNoun(std::string_view upper) {
  return std::find(std::begin(dict::kWaterNouns), std::end(dict::kWaterNouns), upper) !=
         std::end(dict::kWaterNouns);
}

// dyad: "the Taiwan Strait", "the Indian Ocean tsunami", "the South China
// Sea", "the Gulf of Oman", "the Persian Gulf": a name inside the name of a
// sea, ocean, strait or gulf is a place, not an actor ("Persian Gulf states"
// are still the Gulf states).
// "Saudi Gulf affairs minister": a water noun before "affairs" names a
// region whose affairs are a portfolio, not a sea.
bool IsPartOfWaterName(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                       size_t begin, int end) {
  size_t n = words.size();
  if (static_cast<size_t>(end) < n && IsWaterNoun(dicts.vocabulary.Word(words[end])))
    return static_cast<size_t>(end) + 1 == n || dicts.vocabulary.Word(words[end + 1]) != "AFFAIRS";
  if (begin >= 2 && dicts.vocabulary.Word(words[begin - 1]) == "OF" &&
      IsWaterNoun(dicts.vocabulary.Word(words[begin - 2]))) {
    return true;
  }
  return static_cast<size_t>(end) == n && end > 0 &&
         IsWaterNoun(dicts.vocabulary.Word(words[end - 1]));
}

// dyad: "his girlfriend Sofia Sapega", "HMNZS Wellington": a capital's name
// run together with a proper name the dictionaries do not know (a person's, a
// ship's) is part of that longer name, not the place nor its government.
bool IsPartOfLongerName(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                        size_t k, const dict::PhraseMatch& match, const PhraseShape& shape) {
  if (!dicts.actors.actors()[match.entry].place_metonym) return false;
  int begin = static_cast<int>(k), end = match.end;
  if (end < static_cast<int>(words.size()) && words[end] == dict::kUnknownWord &&
      !shape.LowerCase(end, end + 1)) {
    return true;
  }
  return begin > 0 && words[begin - 1] == dict::kUnknownWord && !shape.LowerCase(begin - 1, begin);
}

// dyad: "President Klaus Iohannis": a person's name ("President Klaus", of
// Vaclav Klaus) whose last words open a longer person's name ("Klaus
// Iohannis") names that other person, who is coded from the later word.
bool IsCutShortByPersonsName(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                             size_t k, const dict::PhraseMatch& match) {
  if (!dicts.actors.actors()[match.entry].person) return false;
  dict::PhraseMatch longer;
  for (int j = static_cast<int>(k) + 1; j < match.end; ++j) {
    if (dicts.actors.names().MatchAt(words, j, &longer) && longer.end > match.end &&
        dicts.actors.actors()[longer.entry].person)
      return true;
  }
  return false;
}

bool IsHyphenQualifier(const dict::Dictionaries& dicts, std::span<const dict::WordId> words,
                       int end) {
  int n = static_cast<int>(words.size());
  if (end >= n || dicts.vocabulary.Word(words[end]) != "-") return false;
  return end + 1 >= n || dicts.vocabulary.Word(words[end + 1]) != "LED";
}

namespace {

// dyad: "a man of Pakistani descent", "a Briton of Libyan origin", "the son
// of Somali parents", "born to Iraqi parents": a country named as someone's
// ancestry is not the person's country (nor the country of a police force in
// the same sentence); a phrase headed by the ancestors ("his Libyan parents")
// is theirs.
bool NamesAncestry(const dict::Dictionaries& dicts, std::span<const dict::WordId> words, int begin,
                   int end) {
  // The words the vocabulary knows for this rule (dict::kAncestryNouns).
  static const WordSet kAncestry = {"descent",  "origin",     "origins",  "heritage",
                                    "ancestry", "extraction", "parentage"};
  static const WordSet kParents = {"parents", "parent", "father", "mother", "immigrants"};
  int n = static_cast<int>(words.size());
  if (end >= n) return false;
  std::string_view next = dicts.vocabulary.Word(words[end]);
  if (kAncestry.contains(next)) return true;
  if (!kParents.contains(next) || begin == 0) return false;
  for (int k = begin - 1; k >= 0 && k >= begin - 2; --k) {
    std::string_view w = dicts.vocabulary.Word(words[k]);
    if (w == "OF" || w == "TO") return true;
  }
  return false;
}

}  // namespace

void CodePhrase(const dict::Dictionaries& dicts, Date date, std::span<const dict::WordId> words,
                const PhraseShape& shape, Phrase* phrase) {
  phrase->actor = -1;
  phrase->agents.clear();
  phrase->crowd = false;
  phrase->attack = false;
  phrase->ethnic = false;
  dict::PhraseMatch match;
  int actor_begin = -1, actor_end = -1;
  bool dyad = dicts.format == dict::Dictionaries::Format::kDyad;
  for (size_t k = 0; k < words.size(); ++k) {
    if (dicts.actors.names().MatchAt(words, k, &match)) {
      if (IsOtherPersonsSurname(dicts, words, k, match)) continue;
      // dyad: "fled into the surrounding bush": a person's name that is also
      // a common word ("bush", "may", "rice") names the person only when it
      // is capitalised.
      if (dyad && dicts.actors.actors()[match.entry].person &&
          shape.LowerCase(static_cast<int>(k), match.end)) {
        continue;
      }
      // dyad: "a U.S.-brokered deal" (U.S. - brokered): a name joined by a
      // hyphen to what follows only qualifies the phrase; but a "Saudi-led
      // coalition" is the leader's.
      if (dyad && IsHyphenQualifier(dicts, words, match.end)) continue;
      if (dyad && IsPlaceInPhrase(dicts, date, words, k, match.entry, phrase)) continue;
      if (dyad && IsPartOfWaterName(dicts, words, k, match.end)) continue;
      if (dyad && IsPartOfLongerName(dicts, words, k, match, shape)) continue;
      if (dyad && IsCutShortByPersonsName(dicts, words, k, match)) continue;
      if (dyad && NamesAncestry(dicts, words, static_cast<int>(k), match.end)) continue;
      phrase->actor = match.entry;
      actor_begin = static_cast<int>(k);
      actor_end = match.end;
      break;
    }
  }
  // dyad: "Iran's Revolutionary Guards", "Russia's FSB", "Sudan's paramilitary
  // Rapid Support Forces", "the Iranian Quds Force": a country named before an
  // actor of that country in the same phrase only says whose it is ("Russia's
  // war in Ukraine" stays Russia's).
  // So does a person named right before a body of the person's country:
  // "Hasina's Awami League party", "Erdogan's AKP" are the party.
  if (dyad && phrase->actor >= 0) {
    std::string_view owner = dicts.actors.actors()[phrase->actor].CodeAt(date);
    if (dicts.actors.actors()[phrase->actor].person && owner.size() > 3 &&
        dicts.actors.names().MatchAt(words, actor_end, &match) &&
        !dicts.actors.actors()[match.entry].person) {
      owner = owner.substr(0, 3);
    }
    for (size_t k = actor_end; owner.size() == 3 && k < words.size(); ++k) {
      if (!dicts.actors.names().MatchAt(words, k, &match)) continue;
      if (IsOtherPersonsSurname(dicts, words, k, match)) break;
      if (dicts.actors.actors()[match.entry].CodeAt(date).starts_with(owner)) {
        phrase->actor = match.entry;
        actor_begin = static_cast<int>(k);
        actor_end = match.end;
      }
      break;
    }
  }
  // dyad: "former Pakistani Prime Minister Imran Khan", "U.S. President Joe
  // Biden": a title followed by a person's name is that person, not the
  // office's holder at the date.
  int title = -1;
  // So is a title of no country's before a name ("Security Council Secretary
  // Sergei Shoigu").
  if (dyad && phrase->actor >= 0 &&
      (!dicts.actors.actors()[phrase->actor].office.empty() ||
       dicts.actors.actors()[phrase->actor].CodeAt(date).starts_with("---"))) {
    for (size_t k = actor_end; k < words.size(); ++k) {
      if (dicts.actors.names().MatchAt(words, k, &match) &&
          dicts.actors.actors()[match.entry].person &&
          !IsOtherPersonsSurname(dicts, words, k, match)) {
        title = phrase->actor;
        phrase->actor = match.entry;
        actor_begin = static_cast<int>(k);
        actor_end = match.end;
        break;
      }
    }
  }
  int last_agent_end = -1;
  int agent_after_actor = -1;  // "Putin's troops": the role noun right after the actor
  bool former_official = false;
  bool in_legislature = false;  // "Republicans in Congress": a legislature after "in"
  for (size_t k = 0; k < words.size();) {
    int at = static_cast<int>(k);
    if (at >= actor_begin && at < actor_end) {
      ++k;
    } else if (dicts.agents.names().MatchAt(words, k, &match) &&
               (!dyad || HeadsPhrase(dicts, words, at, match.end, actor_end, shape)) &&
               (!dyad || !InTailOfAnotherNoun(dicts, words, last_agent_end, at)) &&
               (match.end == static_cast<int>(words.size()) ||
                !IsCrowdSize(dicts.vocabulary.Word(words[k]))) &&
               (!dicts.agents.agents()[match.entry].needs_owner || at == actor_end ||
                at == last_agent_end)) {
      // dyad: a role noun directly before another one modifies it and the
      // head gives the role: "paramilitary police" is COP, "military
      // prosecutors" JUD ("a commander of rebels" keeps both); a side taken
      // stays ("opposition mayor" is OPPGOV).
      // So does one before the actor's name that the role noun after it
      // heads: "an elite Philippine police unit" is COP; but "former" says
      // what they no longer are ("former French troops").
      const bool modifies_next =
          at == last_agent_end ||
          (last_agent_end > 0 && last_agent_end == actor_begin && at == actor_end &&
           dicts.vocabulary.Word(words[last_agent_end - 1]) != "FORMER");
      if (dyad && modifies_next && !phrase->agents.empty() &&
          dicts.agents.agents()[phrase->agents.back()].code != "OPP") {
        phrase->agents.pop_back();
      }
      // dyad: "relatives of the missing students", "families of soldiers":
      // people named by whom they belong to are civilians; but a crowd of
      // strikers is strikers.
      if (dyad && last_agent_end >= 0 && last_agent_end < at && !phrase->agents.empty() &&
          dicts.agents.agents()[phrase->agents.back()].code == "CVL" &&
          dicts.vocabulary.Word(words[last_agent_end]) == "OF") {
        if (!IsCrowdNoun(dicts.vocabulary.Word(words[last_agent_end - 1]))) break;
        phrase->agents.pop_back();
      }
      phrase->agents.push_back(match.entry);
      if (at == actor_end) agent_after_actor = match.entry;
      if (dyad && dicts.agents.agents()[match.entry].code == "GOV")
        former_official = AfterFormer(dicts, words, at, match.end - 1, actor_begin, actor_end);
      if (dyad && dicts.agents.agents()[match.entry].code == "LEG")
        in_legislature = AfterIn(dicts, words, at);
      k = match.end;
      last_agent_end = match.end;
    } else {
      ++k;
    }
  }
  if (phrase->actor < 0 && phrase->agents.empty()) {
    phrase->code = "---";
    return;
  }
  phrase->attack = !phrase->agents.empty() && dicts.agents.agents()[phrase->agents.back()].attack;
  phrase->code = "---";
  if (phrase->actor >= 0) {
    const dict::Actor& actor = dicts.actors.actors()[phrase->actor];
    std::string_view code = actor.CodeAt(date);
    if (dyad && actor.person)
      code = CodeOnLastDay(dicts, phrase->actor, date, code, words.first(actor_begin));
    // "a Moscow court", "Paris police": a capital naming a role's country is
    // the country, not its government; so is a capital after "of" ("the
    // suburbs of Damascus"), a place.
    bool of_place = actor_begin > 0 && dicts.vocabulary.Word(words[actor_begin - 1]) == "OF";
    if (dyad && actor.place_metonym && (!phrase->agents.empty() || of_place) &&
        code.ends_with("GOV")) {
      code.remove_suffix(3);
    }
    if (!code.empty()) phrase->code.assign(code);
    // dyad: "thousands of Serbians", "hundreds of Kenyans": a crowd of a
    // country's people is its civilians, not the state.
    if (dyad && phrase->agents.empty() && phrase->code.size() == 3 && !actor.person &&
        actor_begin >= 2 && actor_end == static_cast<int>(words.size()) &&
        dicts.vocabulary.Word(words[actor_begin - 1]) == "OF" &&
        EqualsAnyIgnoreCase(dicts.vocabulary.Word(words[actor_begin - 2]),
                            {"thousands", "hundreds", "dozens", "millions", "scores"})) {
      phrase->code.append("CVL");
      phrase->crowd = true;
    }
    // dyad: "ethnic Russians", "clashes between ethnic Kyrgyz and Uzbeks": an
    // ethnic group is a people, the civilians of the state its adjective
    // names, not that state ("ethnic Armenian separatists" keep their role).
    phrase->ethnic = dyad && !actor.person && actor_begin >= 1 &&
                     dicts.vocabulary.Word(words[actor_begin - 1]) == "ETHNIC";
    if (phrase->ethnic && phrase->agents.empty() && phrase->code.size() == 3)
      phrase->code.append("CVL");
    // dyad: "hundreds of Zelaya supporters": a person's followers are
    // civilians of the person's country, whatever the person's own role.
    if (dyad && actor.person && phrase->code.size() >= 3 &&
        actor_end < static_cast<int>(words.size()) &&
        IsFollowerNoun(dicts.vocabulary.Word(words[actor_end]))) {
      phrase->code.replace(3, std::string::npos, "CVL");
      return;
    }
    // dyad: "the former French president" is no holder of the office at the
    // date but one of its earlier holders: an elite of the country.
    if (dyad && !actor.office.empty() && !actor.person && actor_begin > 0 &&
        phrase->code.size() >= 3 &&
        EqualsAnyIgnoreCase(dicts.vocabulary.Word(words[actor_begin - 1]), {"former", "ex"})) {
      phrase->code.replace(3, std::string::npos, "ELI");
    }
    if (dyad && title >= 0 &&
        IsFormerHolder(dicts, date, title, phrase->actor, words.first(actor_begin))) {
      phrase->code.replace(3, std::string::npos, "ELI");
    }
  }
  const bool own_role = dyad && HasOwnRole(dicts, *phrase);
  for (int agent : phrase->agents) {
    const dict::Agent& a = dicts.agents.agents()[agent];
    // dyad: "the state broadcaster ZBC", "ANC youth leader Julius Malema":
    // a named body whose own code has a role is that body; a role noun about
    // it (what kind it is, who leads it) adds no second role.
    if (own_role && !a.prefix) continue;
    // "UN officials" are the UN: an organisation's staff are no government;
    // nor are the officials of a state body with its own role ("Pentagon
    // officials" are USAMIL), and a person's title does not change the
    // person's code at the date ("Istanbul Mayor Ekrem Imamoglu").
    if (dyad && a.code == "GOV" &&
        (IsOrganisation(phrase->code) || HasOwnStateRole(dicts, *phrase))) {
      continue;
    }
    // dyad: "Hamas leaders", "the leader of the Los Choneros gang": the
    // leaders of an armed or criminal group are the group, not a government.
    if (dyad && a.code == "GOV" && phrase->code.size() >= 6 &&
        EqualsAnyIgnoreCase(std::string_view(phrase->code).substr(3, 3),
                            {"REB", "CRM", "INS", "SEP", "UAF"})) {
      continue;
    }
    // "former Prime Minister Imran Khan": a person's code at the date says
    // what they are now; "former" adds nothing to it.
    if (dyad && a.code == "ELI" && phrase->actor >= 0 &&
        dicts.actors.actors()[phrase->actor].person) {
      continue;
    }
    // "Senator Joe Lieberman" after his term, "Ayatollah Ali Khamenei",
    // "Sheikh Tamim bin Hamad": a person whose code at the date has a role
    // (ELI, GOV, ...) is what that code says; a title names what the person
    // was or is styled, and does not extend it (no IRNGOVREL).
    if (dyad && phrase->actor >= 0 && dicts.actors.actors()[phrase->actor].person &&
        phrase->code.size() >= 6) {
      // ... but a person's forces ("Putin's troops", "Goita's soldiers") are
      // the forces of the person's country, and a person's party ("Bazoum's
      // party") a party of that country.
      if (agent == agent_after_actor && (a.code == "MIL" || a.code == "COP" || a.code == "PTY"))
        phrase->code.replace(3, std::string::npos, a.code);
      // ... and an armed person the text calls a separatist is one, whatever
      // armed role the dictionaries give ("Chechen separatist commander
      // Aslan Maskhadov": RUSSEP, not RUSREB; the gold codes an armed
      // movement by the name the text gives it).
      if (a.code == "SEP" && IsRebelOrInsurgentRole(phrase->code))
        phrase->code.replace(3, std::string::npos, "SEP");
      continue;
    }
    // dyad: "a Palestinian man", "Afghan girls": a country's people named by
    // sex or age are the country, as its demonym is, and "gangs of young
    // men" the gangs; only "a 71-year-old man" of no one is a civilian.
    if (dyad && a.code == "CVL" && (phrase->actor >= 0 || phrase->code.size() > 3) &&
        IsPersonNoun(dicts.vocabulary.Word(words.back()))) {
      continue;
    }
    // dyad: "opposition lawmakers", "the opposition Labor Party": the
    // opposition's members and parties are the opposition (no OPPLEG).
    if (dyad && (a.code == "LEG" || a.code == "PTY") && phrase->code.size() >= 6 &&
        phrase->code.compare(3, 3, "OPP") == 0) {
      continue;
    }
    if (former_official && a.code == "GOV") {
      if (!phrase->code.ends_with("ELI")) phrase->code.append("ELI");
      continue;
    }
    if (!AddAgentCode(a, dyad, &phrase->code)) break;
  }
  // dyad: "Republicans in Congress", "Conservatives in parliament": a party's
  // members who sit in a legislature are its lawmakers.
  if (in_legislature && phrase->code.size() >= 6 && phrase->code.compare(3, 3, "PTY") == 0)
    phrase->code.replace(3, std::string::npos, "LEG");
  // dyad: "police fired tear gas at migrants": refugees and migrants of no
  // country are civilians, as a man of no one is; a country's stay its
  // refugees ("Syrian refugees" SYRREF).
  if (dyad && phrase->code == "---REF") phrase->code.replace(3, 3, "CVL");
  // dyad: "rights groups criticised the move": rights groups of no country
  // are the human rights NGOs, as Amnesty and HRW code (NGOHRI); a
  // country's keep it ("Egyptian rights groups" EGYHRI).
  if (dyad && phrase->code == "---HRI") phrase->code.replace(0, 3, "NGO");
}

}  // namespace

namespace {

// "hit out at", "took aim at", "a swipe at", "angry at": words before "at"
// that aim at a party, not a place.
bool AimsAt(std::string_view w) {
  static const WordSet kAiming = {
      "out",     "aim",       "finger",   "back",    "bristled", "bristles", "railed",
      "rails",   "swipe",     "swipes",   "jab",     "jabs",     "dig",      "digs",
      "shots",   "barbs",     "angry",    "furious", "angered",  "scoffed",  "sneered",
      "fumed",   "snapped",   "directed", "aimed",   "anger",    "fury",     "frustration",
      "annoyed", "irritated", "lashed",   "laughed", "mocked",   "criticism"};
  return kAiming.contains(w);
}

}  // namespace

// "in Moscow", "near Kyiv", "met at Geneva": a place, where "Moscow said" is
// the government; not "hit out at Washington" (AimsAt).
bool AfterPlacePreposition(const Sentence& s, const Unit& unit) {
  if (unit.token_begin == 0) return false;
  std::string_view w = s.tokens[unit.token_begin - 1].text;
  if (EqualsIgnoreCase(w, "at"))
    return unit.token_begin < 2 || !AimsAt(s.tokens[unit.token_begin - 2].text);
  return EqualsAnyIgnoreCase(
      w, {"in", "near", "outside", "inside", "around", "across", "within", "throughout"});
}

namespace {

bool UnitAlive(const Sentence& s, const Unit& unit) {
  for (int t = unit.token_begin; t < unit.token_end; ++t) {
    if (!s.tokens[t].deleted) return true;
  }
  return false;
}

// Offers a single phrase to the resolver, with the mentions before it.
// Offers the words [begin, end) of phrase `p` of `unit` to the resolver.
void ResolveWords(PhraseResolver* resolver, int unit, int begin, int end, int p,
                  std::span<const std::string_view> words, Sentence* s, ResolverScratch* scratch) {
  Phrase& phrase = s->phrases[p];
  if (!resolver->Handles(words.subspan(begin, end - begin), phrase.code)) return;
  // The units before this one are resolved for good: their mentions are
  // collected once, as the units are passed.
  size_t n = scratch->mentions.size();
  WriteMentions(*s, scratch->mentions_end, unit, &scratch->mentions, &n);
  scratch->mentions_end = unit;
  std::string code = phrase.code, antecedent;
  if (!resolver->Resolve(words, begin, end, scratch->mentions, &code, &antecedent)) return;
  phrase.code = std::move(code);
  phrase.antecedent = std::move(antecedent);
  phrase.actor = -1;
  phrase.agents.clear();
}

// dyad: "poured onto Rustaveli Avenue outside parliament", "gathered outside
// the police station in Tak Bai": a state body of no country whose building a
// crowd is outside is a place that a protest is against; the resolver gives
// it its country as it would the body (GEOLEG, THACOP), not left ---LEG.
bool IsSeatOutside(const Sentence& s, const Unit& u) {
  const std::string& code = s.phrases[u.phrase_begin].code;
  if (u.token_begin < 1 || !EqualsIgnoreCase(s.tokens[u.token_begin - 1].text, "outside"))
    return false;
  return code.size() == 6 && code.starts_with("---") &&
         EqualsAnyIgnoreCase(std::string_view(code).substr(3), {"GOV", "LEG", "COP", "MIL", "JUD"});
}

// The first token of "the group" in "a spokesman for the group" (a
// spokesman of no country for a body named by "the" and its noun), -1 if the
// unit is no such phrase.
int SpokesmansBodyStart(const Sentence& s, const Unit& u) {
  if (s.phrases[u.phrase_begin].code != "---GOV" || u.phrase_end - u.phrase_begin != 1) return -1;
  int t = u.token_begin;
  if (t < u.token_end && s.tokens[t].tag == "DT") ++t;
  if (t + 4 != u.token_end ||
      !EqualsAnyIgnoreCase(s.tokens[t].text, {"spokesman", "spokeswoman", "spokesperson"}) ||
      !EqualsAnyIgnoreCase(s.tokens[t + 1].text, {"for", "of"}) ||
      !EqualsIgnoreCase(s.tokens[t + 2].text, "the"))
    return -1;
  return t + 2;
}

void Resolve(PhraseResolver* resolver, int unit, std::span<const std::string_view> words,
             Sentence* s, ResolverScratch* scratch) {
  const Unit& u = s->units[unit];
  // dyad: "Fatah al-Islam fighters attacked ... A spokesman for the group
  // warned": the spokesman speaks for the body the article named (LBNINS),
  // not for the article's country's government.
  if (const int body = SpokesmansBodyStart(*s, u); body >= 0) {
    std::string& code = s->phrases[u.phrase_begin].code;
    code = "---";  // the body's words alone, as "the group" is asked
    ResolveWords(resolver, unit, body, u.token_end, u.phrase_begin, words, s, scratch);
    if (code.size() == 6 && !code.starts_with("---")) return;
    code = "---GOV";
  }
  ResolveWords(resolver, unit, u.token_begin, u.token_end, u.phrase_begin, words, s, scratch);
}

// dyad: "hit a power plant in [Kharkiv]", "a market in [Hodeidah]": a city
// named as a place keeps its country beside it, as a capital does
// (capital_of), for a deed that reaches the place; the phrase stays a place.
void ResolvePlaceCountry(PhraseResolver* resolver, int unit,
                         std::span<const std::string_view> words, Sentence* s,
                         ResolverScratch* scratch) {
  const Unit& u = s->units[unit];
  Phrase& phrase = s->phrases[u.phrase_begin];
  if (phrase.code != "---" || !phrase.capital_of.empty() || u.phrase_end - u.phrase_begin != 1)
    return;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (s->tokens[t].tag != "NNP") return;
  }
  ResolveWords(resolver, unit, u.token_begin, u.token_end, u.phrase_begin, words, s, scratch);
  if (phrase.code.size() == 3 && phrase.code != "---") phrase.capital_of = phrase.code;
  phrase.code = "---";
  phrase.antecedent.clear();
}

// dyad: "districts of Kharkiv", "the city of Culiacan", "the outskirts of
// Aleppo": a part of a place is the place; the name after "of" is offered to
// the resolver on its own (which knows places: "hit Kharkiv" is UKR).
void ResolvePartOfPlace(PhraseResolver* resolver, int unit, std::span<const std::string_view> words,
                        Sentence* s, ResolverScratch* scratch) {
  const Unit& u = s->units[unit];
  const Phrase& phrase = s->phrases[u.phrase_begin];
  if (std::string_view(phrase.code) != "---" || u.token_end - u.token_begin < 3) return;
  // "the town of Palma in northern Mozambique": the place named after it
  // tells which Palma.
  if (u.token_end < static_cast<int>(s->tokens.size()) &&
      EqualsAnyIgnoreCase(s->tokens[u.token_end].text, {"in", "near"}))
    return;
  int of = u.token_begin + 1;
  while (of < u.token_end && !EqualsIgnoreCase(s->tokens[of].text, "of")) ++of;
  if (of + 1 >= u.token_end || s->tokens[of + 1].tag != "NNP") return;
  if (!EqualsAnyIgnoreCase(s->tokens[of - 1].text,
                           {"city", "town", "village", "capital", "port", "district", "districts",
                            "suburb", "suburbs", "outskirts", "province", "region", "streets",
                            "neighbourhoods", "neighborhoods", "centre", "center", "parts"}))
    return;
  ResolveWords(resolver, unit, of + 1, u.token_end, u.phrase_begin, words, s, scratch);
}

bool EndsMember(const Sentence& s, int t) {
  std::string_view tag = s.tokens[t - 1].tag;
  return (tag == "CC" || tag == ",") && s.tokens[t].tag != "CC";
}

// Whether every phrase of the unit but `skip` was coded as a party: "Henry
// and Kenyan President William Ruto signed", where the one-word name stands
// beside named persons, is a person too.
bool OthersAreCoded(const Sentence& s, const Unit& u, int skip) {
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    if (p == skip) continue;
    const std::string& code = s.phrases[p].code;
    if (code.empty() || code == "---" || s.phrases[p].place) return false;
  }
  return true;
}

// dyad: "both the army and the RSF": a member that is a role of no country
// is resolved like a phrase of its own (SDNMIL), when the members can be told
// apart (one phrase each, after "and" or a comma).
void ResolveRoleMembers(PhraseResolver* resolver, int unit, std::span<const std::string_view> words,
                        Sentence* s, ResolverScratch* scratch) {
  const Unit& u = s->units[unit];
  int members = 1;
  for (int t = u.token_begin + 1; t < u.token_end; ++t) members += EndsMember(*s, t);
  if (members != u.phrase_end - u.phrase_begin) return;
  int p = u.phrase_begin, begin = u.token_begin;
  bool after_preposition = u.token_begin > 0 && (s->tokens[u.token_begin - 1].tag == "IN" ||
                                                 s->tokens[u.token_begin - 1].tag == "TO");
  bool names_only = true;  // "Machado and Gonzalez": one proper noun a member
  for (int t = u.token_begin; t < u.token_end; ++t) {
    std::string_view tag = s->tokens[t].tag;
    names_only &= tag == "NNP" || tag == "CC" || tag == ",";
    if (tag == "NNP" && t + 1 < u.token_end) names_only &= s->tokens[t + 1].tag != "NNP";
  }
  for (int t = u.token_begin + 1; t <= u.token_end; ++t) {
    if (t < u.token_end && !EndsMember(*s, t)) continue;
    int end = t;
    while (end > begin && (s->tokens[end - 1].tag == "CC" || s->tokens[end - 1].tag == ",")) --end;
    const std::string& code = s->phrases[p].code;
    // ... and, in a list of one-word names ("accused Machado and Gonzalez"),
    // or beside members all coded ("Henry and Kenyan President William Ruto"),
    // a surname the article has named before.
    // (Not after a preposition: "the provinces of Ilam and Khuzestan" are places.)
    bool name = end == begin + 1 && s->tokens[begin].tag == "NNP" && !s->phrases[p].place &&
                (code.empty() || code == "---") && !after_preposition &&
                (names_only || OthersAreCoded(*s, u, p));
    // ... and a pronoun ("he and President Idriss Deby restored relations").
    bool pronoun = end == begin + 1 && (code.empty() || code == "---") &&
                   EqualsAnyIgnoreCase(s->tokens[begin].text, {"he", "she"});
    // ... and "the" before one name ("The government and the Tigers signed
    // a ceasefire"): the body whose name the article gave in full before.
    bool short_name = end == begin + 2 && (code.empty() || code == "---") && !s->phrases[p].place &&
                      EqualsIgnoreCase(s->tokens[begin].text, "the") &&
                      s->tokens[begin + 1].tag.starts_with("NNP");
    if (((code.size() == 6 && code.starts_with("---")) || name || pronoun || short_name) &&
        end > begin)
      ResolveWords(resolver, unit, begin, end, p, words, s, scratch);
    ++p;
    begin = t;
  }
}

// dyad: "riot police in Minsk and other cities": a coordination inside the
// unit's place phrase names places, not more actors; a later member left with
// the first member's role of no country is the first member.
void ShareRoleAcrossPlaces(int unit, Sentence* s) {
  const Unit& u = s->units[unit];
  const std::string& first = s->phrases[u.phrase_begin].code;
  if (first.size() != 6 || first.starts_with("---")) return;
  int t = u.token_begin + 1;
  while (t < u.token_end && s->tokens[t].tag != "IN" && s->tokens[t].tag != "CC") ++t;
  if (t == u.token_end || s->tokens[t].tag != "IN") return;
  for (int p = u.phrase_begin + 1; p < u.phrase_end; ++p) {
    std::string& code = s->phrases[p].code;
    if (code.size() == 6 && code.starts_with("---") && code.compare(3, 3, first, 3, 3) == 0)
      code = first;
  }
}

// Whether `phrase` is a country alone: an actor with a three-letter code and no role.
bool IsBareCountry(const dict::Dictionaries& dicts, Date date, const Phrase& phrase) {
  if (phrase.actor < 0 || !phrase.agents.empty()) return false;
  return dicts.actors.actors()[phrase.actor].CodeAt(date).size() == 3;
}

// The first token of the compound's last member (after its last "and" or
// comma), or -1.
int LastMemberStart(const Sentence& s, const Unit& unit) {
  for (int t = unit.token_end - 1; t > unit.token_begin; --t) {
    std::string_view tag = s.tokens[t - 1].tag;
    if (tag == "CC" || tag == ",") return t;
  }
  return -1;
}

// Whether `member` is one word after the words that begin `last` too: a
// member alone ("Chinese" of "Chinese and Russian warships") or with the
// words before the compound that all members share ("clashes between
// Kyrgyz" of "clashes between Kyrgyz and Tajik forces").
bool SharesPrefixWithLast(const Sentence& s, const Phrase& member, const Phrase& last) {
  int n = member.word_end - member.word_begin;
  if (n < 1 || n >= last.word_end - last.word_begin) return false;
  return std::equal(s.phrase_words.begin() + member.word_begin,
                    s.phrase_words.begin() + member.word_end - 1,
                    s.phrase_words.begin() + last.word_begin);
}

// "UK, French, US and other forces", "Chinese and Russian warships": members
// that are a bare country share the head noun of a last member that is a role
// (of a country or of no one), and are coded again with it (GBRMIL, FRAMIL).
void ShareCompoundHead(const dict::Dictionaries& dicts, Date date, const Unit& unit, Sentence* s) {
  Phrase& last = s->phrases[unit.phrase_end - 1];
  int start = LastMemberStart(*s, unit);
  if (last.agents.empty() || last.word_end - last.word_begin < 2 || start < 0) return;
  // "Colombia and the rebels": a member with its own determiner is a phrase of its own.
  std::string_view first_tag = s->tokens[start].tag;
  if (first_tag == "DT" || first_tag == "PRP$") return;
  // "Israel and Hamas fighters": a head taken by an organisation is its own.
  if (last.actor >= 0 && dicts.actors.actors()[last.actor].CodeAt(date).size() != 3) return;
  dict::WordId head = s->phrase_words[last.word_end - 1];
  std::vector<dict::WordId> words;
  bool shared_any = false;
  for (int p = unit.phrase_begin; p + 1 < unit.phrase_end; ++p) {
    Phrase& phrase = s->phrases[p];
    if (!SharesPrefixWithLast(*s, phrase, last) || !IsBareCountry(dicts, date, phrase)) continue;
    // "clashes between Kyrgyz and Tajik forces": the words the members share
    // before the compound come with the member ("clashes between Kyrgyz forces").
    words.assign(s->phrase_words.begin() + phrase.word_begin,
                 s->phrase_words.begin() + phrase.word_end);
    words.push_back(head);
    Phrase shared;
    CodePhrase(dicts, date, words, PhraseShape{}, &shared);
    if (shared.actor != phrase.actor || shared.agents.empty()) continue;
    phrase.code = std::move(shared.code);
    phrase.agents = std::move(shared.agents);
    shared_any = true;
  }
  // "... and other forces" names no one beyond the members before it.
  if (shared_any && last.actor < 0 && EqualsIgnoreCase(s->tokens[start].text, "other")) {
    last.code = "---";
    last.agents.clear();
  }
}

// dyad: "suspended military and intelligence cooperation", "military and
// economic aid": a member that is one adjective naming a role only modifies
// the head the members share, and names no one when that head is no role.
void DropAdjectiveMembers(const Unit& unit, Sentence* s) {
  const Phrase& last = s->phrases[unit.phrase_end - 1];
  int start = LastMemberStart(*s, unit);
  if (last.actor >= 0 || !last.agents.empty() || last.word_end - last.word_begin < 2 || start < 0)
    return;
  for (int p = unit.phrase_begin; p + 1 < unit.phrase_end; ++p) {
    Phrase& phrase = s->phrases[p];
    if (phrase.word_end - phrase.word_begin != 1 || phrase.actor >= 0 || phrase.agents.empty())
      continue;
    dict::WordId word = s->phrase_words[phrase.word_begin];
    for (int t = unit.token_begin; t < start; ++t) {
      if (s->tokens[t].word != word) continue;
      if (s->tokens[t].tag == "JJ") {
        phrase.code = "---";
        phrase.agents.clear();
      }
      break;
    }
  }
}

// "Iran's morality police and senior security officials", "Suu Kyi and other
// government leaders": a member that is a domestic role of no one belongs to
// the one country that the members before it name.
void ShareCompoundCountry(const Unit& unit, Sentence* s) {
  // Each member's first token: the unit's, then those after "and" or a comma.
  std::vector<int> starts{unit.token_begin};
  for (int t = unit.token_begin + 1; t < unit.token_end; ++t) {
    std::string_view tag = s->tokens[t - 1].tag;
    if ((tag == "CC" || tag == ",") && s->tokens[t].tag != "CC") starts.push_back(t);
  }
  if (static_cast<int>(starts.size()) != unit.phrase_end - unit.phrase_begin) return;
  std::string country;
  for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
    Phrase& phrase = s->phrases[p];
    const std::string& code = phrase.code;
    // "Bashar al-Assad and his family": the people of the one named before
    // them are that actor's, as the actor itself.
    if (p > unit.phrase_begin && code == "---CVL" && s->phrases[p - 1].actor >= 0 &&
        s->tokens[starts[p - unit.phrase_begin]].tag == "PRP$") {
      phrase.code = s->phrases[p - 1].code;
      continue;
    }
    if (phrase.actor >= 0 && code.size() >= 3) {
      std::string_view c = std::string_view(code).substr(0, 3);
      if (c == "---" || c == "IGO" || c == "NGO" || c == "IMG") return;
      if (!country.empty() && country != c) return;
      country = c;
      continue;
    }
    if (country.empty() || code.size() != 6 || !code.starts_with("---")) continue;
    // "India and the troops": a member with its own determiner is its own.
    std::string_view first = s->tokens[starts[p - unit.phrase_begin]].tag;
    if (first == "DT" || first == "PRP$") continue;
    std::string_view role = std::string_view(code).substr(3);
    bool domestic = false;
    for (std::string_view r :
         {"GOV", "COP", "MIL", "LEG", "JUD", "CVL", "OPP", "BUS", "MED", "EDU", "LAB"}) {
      domestic |= role == r;
    }
    if (domestic) phrase.code.replace(0, 3, country);
  }
}

// "the army and the RSF", "the army and M23 rebels": a state's force of no
// country named with one armed group of a country that fights for power or
// territory at home (its rebels or separatists; not insurgents, whom foreign
// armies fight as often: "the army and Hamas" in a story of Israel) is that
// country's, not the country the article names most.
void ShareArmedGroupsCountry(const Unit& unit, Sentence* s) {
  if (unit.phrase_end - unit.phrase_begin != 2) return;
  Phrase& a = s->phrases[unit.phrase_begin];
  Phrase& b = s->phrases[unit.phrase_begin + 1];
  auto is_force = [](const std::string& c) {
    return c == "---MIL" || c == "---COP" || c == "---GOV" || c == "---SPY";
  };
  auto group_country = [](const std::string& c) -> std::string_view {
    if (c.size() != 6 || c.starts_with("---")) return {};
    const std::string_view role = std::string_view(c).substr(3);
    return role == "REB" || role == "SEP" ? std::string_view(c).substr(0, 3) : std::string_view();
  };
  if (is_force(a.code) && !group_country(b.code).empty()) {
    a.code.replace(0, 3, group_country(b.code));
  } else if (is_force(b.code) && !group_country(a.code).empty()) {
    b.code.replace(0, 3, group_country(a.code));
  }
}

// dyad: "the Forces for Freedom and Change", "the Justice and Development
// Party": a name the dictionaries know that runs across the "and" the parser
// read as a coordination is one actor, and every member of the unit is coded
// as the whole. `words` is scratch space.
void CodeNameAcrossAnd(const dict::Dictionaries& dicts, Date date, const Unit& unit,
                       std::vector<dict::WordId>* words, Sentence* s) {
  int cc = unit.token_begin + 1;
  while (cc + 1 < unit.token_end && s->tokens[cc].tag != "CC") ++cc;
  // Names go on with a capitalised word after their "and".
  if (cc + 1 >= unit.token_end || s->tokens[cc + 1].tag.substr(0, 3) != "NNP") return;
  // "Serbia and Montenegro" in 2015 are two countries: members that are all
  // countries already stay what they are (but "the African Union's Peace
  // and Security Council" is one body, though "Security Council" alone is
  // the UN's).
  bool all_countries = true;
  for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
    int actor = s->phrases[p].actor;
    all_countries &= actor >= 0 && dicts.actors.actors()[actor].country;
  }
  if (all_countries) return;
  words->clear();
  int and_at = 0;
  for (int t = unit.token_begin; t < unit.token_end; ++t) {
    if (t == cc) and_at = static_cast<int>(words->size());
    if (s->tokens[t].tag != "POS") words->push_back(s->tokens[t].word);
  }
  dict::PhraseMatch match;
  bool across = false;
  for (int k = 0; k < and_at && !across; ++k) {
    across = dicts.actors.names().MatchAt(*words, k, &match) && match.end > and_at + 1 &&
             !dicts.actors.actors()[match.entry].person;
  }
  if (!across) return;
  Phrase whole;
  CodePhrase(dicts, date, *words, PhraseShape{}, &whole);
  if (whole.actor != match.entry) return;
  for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
    s->phrases[p].code = whole.code;
    s->phrases[p].actor = whole.actor;
    s->phrases[p].agents = whole.agents;
  }
}

// The shape of a single-phrase unit whose words are its tokens without the
// possessive markers (else an empty shape: compounds share words).
PhraseShape ShapeOf(const Sentence& s, const Unit& unit, const Phrase& phrase) {
  PhraseShape shape;
  std::span<const dict::WordId> words(s.phrase_words.data() + phrase.word_begin,
                                      phrase.word_end - phrase.word_begin);
  int n = 0;
  for (int t = unit.token_begin; t < unit.token_end; ++t) {
    if (s.tokens[t].tag == "POS") {
      if (n > 0 && n <= 32) shape.possessive_after |= 1u << (n - 1);
      continue;
    }
    if (n >= static_cast<int>(words.size()) || words[n] != s.tokens[t].word) return {};
    bool name =
        s.tokens[t].tag == "NNP" || s.tokens[t].tag == "NNPS" || IsArticleName(s.tokens[t].text);
    if (name && n < 32) shape.name_words |= 1u << n;
    if (IsLowerCaseWord(s.tokens[t].text) && n < 32) shape.lower_words |= 1u << n;
    ++n;
  }
  // A trailing name the dictionaries know heads nothing here: HeadsPhrase
  // finds it as an actor anyway.
  if (n != static_cast<int>(words.size())) return {};
  return shape;
}

// The shape of one member of a compound unit, whose words (the shared words
// and the member's own) are read off the unit's tokens in order ("deputy
// intelligence chief Ahmed Asiri and royal adviser Saud Qahtani"); an empty
// shape when they cannot be found so.
PhraseShape ShapeOfMember(const Sentence& s, const Unit& unit, const Phrase& phrase) {
  PhraseShape shape;
  shape.member = true;
  int t = unit.token_begin;
  for (int n = 0; n < phrase.word_end - phrase.word_begin; ++n) {
    dict::WordId w = s.phrase_words[phrase.word_begin + n];
    while (t < unit.token_end && s.tokens[t].word != w) ++t;
    if (t == unit.token_end || n >= 32) return {};
    const Token& token = s.tokens[t];
    if (token.tag == "NNP" || token.tag == "NNPS" || IsArticleName(token.text))
      shape.name_words |= 1u << n;
    if (IsLowerCaseWord(token.text)) shape.lower_words |= 1u << n;
    if (t + 1 < unit.token_end && s.tokens[t + 1].tag == "POS") shape.possessive_after |= 1u << n;
    ++t;
  }
  return shape;
}

// The country a phrase names, as a code prefix ("KEN" for "Kenyan police",
// "in Nairobi" and "William Ruto"); "" for no one, an organisation or a region.
std::string_view CountryNamed(const dict::Dictionaries& dicts, const Phrase& phrase) {
  if (!phrase.capital_of.empty()) return phrase.capital_of;
  if (phrase.actor < 0 || phrase.code.size() < 3) return {};
  if (phrase.code.size() == 3 && !dicts.actors.actors()[phrase.actor].country) return {};
  std::string_view prefix = std::string_view(phrase.code).substr(0, 3);
  if (prefix == "---" || prefix == "IGO" || prefix == "NGO" || prefix == "IMG") return {};
  return prefix;
}

// Whether `code` is a country's role at home: its government, institutions or
// people, not its forces, armed groups or former leaders, who may act abroad.
bool IsDomesticRole(std::string_view code) {
  if (code.size() != 6) return false;
  std::string_view role = code.substr(3);
  for (std::string_view r : {"GOV", "CVL", "JUD", "LEG", "COP", "OPP", "LAB", "EDU", "MED", "HLH",
                             "AGR", "REL", "PTY", "HRI", "BUS"}) {
    if (role == r) return true;
  }
  return false;
}

// The one country a sentence is about at home: every country it names is the
// same, and some phrase names it with a domestic role or as a capital where
// things happen ("Kenyan President William Ruto", "thousands of Kenyans", "in
// Jakarta"; not "Ukraine" demanding troops from abroad, nor "French troops").
// "" when there is none or the sentence names an international organisation.
// Named companies and media do not count.
// "a man born to Somali parents": a unit after "born to" names someone's
// ancestors, not the country where the sentence is at home.
bool AfterBornTo(const Sentence& s, const Unit& unit) {
  int t = unit.token_begin;
  return t >= 2 && EqualsIgnoreCase(s.tokens[t - 1].text, "to") &&
         EqualsIgnoreCase(s.tokens[t - 2].text, "born");
}

// "two Chinese nationals", "British tourists": people news names by their
// country where they are abroad, who say nothing of where the sentence is at
// home ("Lagos police arrested two Chinese nationals": not China's police).
bool NamesPeopleAbroad(const dict::Dictionaries& dicts, const Sentence& s, const Phrase& phrase) {
  static const WordSet kAbroad = {"nationals",  "national",  "expatriates", "expatriate",
                                  "expats",     "expat",     "tourists",    "tourist",
                                  "foreigners", "foreigner", "migrants",    "immigrants"};
  return phrase.word_end > phrase.word_begin &&
         kAbroad.contains(dicts.vocabulary.Word(s.phrase_words[phrase.word_end - 1]));
}

// "U.S. Ambassador Julie Chung", "the British embassy", "the British High
// Commissioner", "the State Department": a country's service abroad, whose
// sentence is not at home in that country ("asked the security forces to
// show restraint" are the host's); a foreign minister may speak of home.
bool NamesForeignService(const dict::Dictionaries& dicts, const Sentence& s, const Phrase& phrase) {
  static const WordSet kService = {"ambassador", "ambassadors", "envoy",        "envoys",
                                   "embassy",    "embassies",   "consulate",    "consul",
                                   "diplomat",   "diplomats",   "commissioner", "state"};
  auto word = [&](int w) { return dicts.vocabulary.Word(s.phrase_words[w]); };
  for (int w = phrase.word_begin; w < phrase.word_end; ++w) {
    const std::string_view text = word(w);
    if (!kService.contains(text)) continue;
    // "High Commissioner" (not "police commissioner"), "State Department".
    if (EqualsIgnoreCase(text, "commissioner") &&
        (w == phrase.word_begin || !EqualsIgnoreCase(word(w - 1), "high")))
      continue;
    if (EqualsIgnoreCase(text, "state") &&
        (w + 1 >= phrase.word_end || !EqualsIgnoreCase(word(w + 1), "department")))
      continue;
    return true;
  }
  return false;
}

std::string_view HomeCountry(const dict::Dictionaries& dicts, const Sentence& s) {
  std::string_view country;
  bool at_home = false;
  for (const Unit& unit : s.units) {
    if (!UnitAlive(s, unit) || AfterBornTo(s, unit)) continue;
    for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
      const Phrase& phrase = s.phrases[p];
      if (phrase.code.starts_with("IGO")) return {};
      if (phrase.ethnic || NamesPeopleAbroad(dicts, s, phrase)) continue;
      // A named company or outlet ("a post on Twitter", "told Reuters") says
      // nothing of where the sentence is at home ("French broadcasters" do).
      if ((phrase.code.ends_with("BUS") || phrase.code.ends_with("MED")) && phrase.actor >= 0 &&
          !dicts.actors.actors()[phrase.actor].country)
        continue;
      std::string_view named = CountryNamed(dicts, phrase);
      if (named.empty()) continue;
      if (!country.empty() && named != country) return {};
      country = named;
      at_home |= !phrase.capital_of.empty() ||
                 (IsDomesticRole(phrase.code) && !NamesForeignService(dicts, s, phrase));
    }
  }
  return at_home ? country : std::string_view();
}

// dyad: "some lawmakers in Moscow", "police in Nairobi": a state body
// placed in a capital is that capital's country's, whatever else the
// sentence names ("... called on the Kremlin to sever ties with Estonia").
void GiveStateBodiesTheirCapitalsCountry(Sentence* s) {
  for (Phrase& phrase : s->phrases) {
    if (phrase.capital_of.size() != 3 || phrase.code.size() != 6 || !phrase.code.starts_with("---"))
      continue;
    if (dict::IsStateRole(std::string_view(phrase.code).substr(3)))
      phrase.code.replace(0, 3, phrase.capital_of);
  }
}

// "coup", "putsch", "takeover": a seizure of power.
bool IsCoupNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"coup", "coups", "putsch", "takeover"});
}

// "condemned what he called a coup against his ally": a coup is the deed of
// the army it overthrew a government of, which the speaker's country need not
// be (the article resolves it).
bool NamesACoup(const dict::Dictionaries& dicts, const Sentence& s, const Phrase& phrase) {
  if (phrase.word_end <= phrase.word_begin) return false;
  return IsCoupNoun(dicts.vocabulary.Word(s.phrase_words[phrase.word_end - 1]));
}

// "the two leaders", "both governments", "foreign troops": a phrase that
// names bodies of more than one country or of another.
bool NamesOthers(const dict::Dictionaries& dicts, const Sentence& s, const Phrase& phrase) {
  for (int w = phrase.word_begin; w < phrase.word_end; ++w) {
    if (EqualsAnyIgnoreCase(dicts.vocabulary.Word(s.phrase_words[w]),
                            {"two", "both", "each", "other", "foreign", "world", "international"}))
      return true;
  }
  return false;
}

// "welcomed the court's decision", "criticised the army's statement": a
// definite body owning what the phrase names, a body the text told of before
// (the article resolves it), not the sentence's home country's.
bool NamesToldBodysDeed(const Sentence& s, const Unit& unit) {
  const int t = unit.token_begin;
  return !unit.compound && unit.token_end - t >= 4 && EqualsIgnoreCase(s.tokens[t].text, "the") &&
         s.tokens[t + 2].text == "'s";
}

// dyad: "Kenyan President William Ruto withdrew the bill after protesters
// stormed parliament", "Protesters in Jakarta clashed with police": a state
// body named without a country (government, police, parliament, courts,
// army) belongs to the sentence's home country, unless that country's body
// of the same kind is named already ("the parliament of Turkey stripped
// Kurdish lawmakers of immunity"). Non-state roles ("protesters", "gunmen")
// stay no one's.
void GiveStateBodiesTheHomeCountry(const dict::Dictionaries& dicts, Sentence* s) {
  GiveStateBodiesTheirCapitalsCountry(s);
  std::string_view home = HomeCountry(dicts, *s);
  if (home.empty()) return;
  std::array<char, 6> code{home[0], home[1], home[2]};
  for (const Unit& unit : s->units) {
    if (NamesToldBodysDeed(*s, unit)) continue;
    for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
      Phrase& phrase = s->phrases[p];
      if (phrase.code.size() != 6 || !phrase.code.starts_with("---")) continue;
      std::string_view role = std::string_view(phrase.code).substr(3);
      if (!dict::IsStateRole(role) || NamesOthers(dicts, *s, phrase) ||
          NamesACoup(dicts, *s, phrase))
        continue;
      std::copy(role.begin(), role.end(), code.begin() + 3);
      std::string_view own(code.data(), code.size());
      bool named = std::any_of(s->phrases.begin(), s->phrases.end(),
                               [own](const Phrase& other) { return other.code == own; });
      if (!named) phrase.code.assign(own);
    }
  }
}

}  // namespace

namespace {

// dyad: "recalled its ambassador from Phnom Penh", "diplomats from Bangkok":
// the capital diplomats come from is their post's country, not its
// government ("pulled back from Kyiv" keeps UKRGOV).
bool DiplomatsFromCapital(const Sentence& s, const Unit& unit) {
  int from = unit.token_begin - 1;
  if (from < 1 || !EqualsIgnoreCase(s.tokens[from].text, "from")) return false;
  int before = s.tokens[from - 1].unit;
  if (before < 0) return false;
  const Phrase& envoy = s.phrases[s.units[before].phrase_end - 1];
  return envoy.code.ends_with("GOV");
}

// Whether `unit` is a person's age right after the comma at `comma`: one
// number of one to three digits, between commas, that the comma rules took
// out ("Mendoza, 55, a police inspector").
bool IsAgeUnit(const Sentence& s, const Unit& unit, int comma) {
  if (unit.token_begin != comma + 1 || unit.token_end != comma + 2 || UnitAlive(s, unit) ||
      comma + 2 >= static_cast<int>(s.tokens.size()) || s.tokens[comma].tag != "," ||
      s.tokens[comma + 2].tag != "," || s.tokens[comma + 1].tag != "CD")
    return false;
  return IsAgeNumber(s.tokens[comma + 1].text);
}

// The unit right after `unit` when it stands alone between commas and the
// comma rules took it out of the sentence ("Nijjar, a Canadian citizen,
// was shot"), else null.
// "Mendoza, 55, a police inspector, seized": past the person's age, a number
// alone between commas that the comma rules took out.
const Unit* CommaApposition(const Sentence& s, int unit) {
  int next = unit + 1, comma = s.units[unit].token_end;
  if (next + 1 < static_cast<int>(s.units.size()) && IsAgeUnit(s, s.units[next], comma)) {
    comma = s.units[next++].token_end;
  }
  if (next >= static_cast<int>(s.units.size())) return nullptr;
  const Unit& apposition = s.units[next];
  const int after = apposition.token_end;
  if (apposition.compound || apposition.token_begin != comma + 1 ||
      after >= static_cast<int>(s.tokens.size()) || s.tokens[comma].tag != "," ||
      s.tokens[after].tag != "," || UnitAlive(s, apposition)) {
    return nullptr;
  }
  return &apposition;
}

// What the dictionaries make of a unit's first phrase on its own.
Phrase CodeUnitPhrase(const dict::Dictionaries& dicts, Date date, const Sentence& s,
                      const Unit& unit) {
  const Phrase& words = s.phrases[unit.phrase_begin];
  Phrase coded;
  CodePhrase(dicts, date,
             std::span<const dict::WordId>(s.phrase_words.data() + words.word_begin,
                                           words.word_end - words.word_begin),
             ShapeOf(s, unit, words), &coded);
  return coded;
}

// dyad: "Nijjar, a Canadian citizen, was shot", "Misri, India's foreign
// secretary, accused": a name the dictionaries do not know takes the code of
// the apposition that follows it between commas.
void TakeAppositionCode(const dict::Dictionaries& dicts, Date date, int unit, Sentence* s) {
  const Unit& name = s->units[unit];
  Phrase& phrase = s->phrases[name.phrase_begin];
  if (name.compound || phrase.code != "---") return;
  for (int t = name.token_begin; t < name.token_end; ++t) {
    if (s->tokens[t].tag != "NNP") return;
  }
  const Unit* apposition = CommaApposition(*s, unit);
  if (apposition == nullptr) return;
  Phrase coded = CodeUnitPhrase(dicts, date, *s, *apposition);
  if (coded.code == "---" || coded.code.empty()) return;
  phrase.code = std::move(coded.code);
  phrase.actor = coded.actor;
  phrase.agents = std::move(coded.agents);
}

// dyad: "a little-known local Islamist group, National Thowheeth Jama'ath,
// carried out ...", "the opposition leader, Alexei Navalny, said": a
// description of no one's (no code, or a role without a country) takes the
// code of the name the dictionaries know that follows it between commas; not
// a capital ("its capital, Kyiv", a place).
void TakeApposedNameCode(const dict::Dictionaries& dicts, Date date, int unit, Sentence* s) {
  const Unit& description = s->units[unit];
  Phrase& phrase = s->phrases[description.phrase_begin];
  if (description.compound || !phrase.code.starts_with("---") || phrase.actor >= 0) return;
  const Unit* name = CommaApposition(*s, unit);
  if (name == nullptr) return;
  for (int t = name->token_begin; t < name->token_end; ++t) {
    if (s->tokens[t].tag.substr(0, 3) != "NNP") return;
  }
  Phrase coded = CodeUnitPhrase(dicts, date, *s, *name);
  if (coded.actor < 0 || !coded.agents.empty() || coded.code.size() < 3 ||
      coded.code.starts_with("---") || dicts.actors.actors()[coded.actor].place_metonym) {
    return;
  }
  phrase.code = std::move(coded.code);
  phrase.actor = coded.actor;
  phrase.agents.clear();
}

// Whether `word` names a part of a larger movement ("affiliate", "branch").
bool IsAffiliateNoun(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"affiliate", "affiliates", "branch", "offshoot", "franchise",
                                    "wing", "arm", "province", "faction", "chapter"});
}

// dyad: "al Qaeda's affiliate in the region, Jama'at Nusrat al-Islam
// wal-Muslimin (JNIM), claimed ...", "the Islamic State's West African branch,
// ISWAP, attacked ...": a transnational movement's (or a group of no country's)
// affiliate named in apposition is the affiliate, an armed group of its base
// country (docs/articles.md, convention 2), not the movement.
void TakeAffiliateNameCode(const dict::Dictionaries& dicts, Date date, int unit, Sentence* s) {
  const Unit& description = s->units[unit];
  Phrase& phrase = s->phrases[description.phrase_begin];
  if (description.compound || !(phrase.code.starts_with("IMG") || phrase.code.starts_with("---")))
    return;
  bool affiliate = false;
  for (int t = description.token_begin; t < description.token_end && !affiliate; ++t)
    affiliate = IsAffiliateNoun(s->tokens[t].text);
  if (!affiliate) return;
  // "its affiliate in the region, JNIM,": past a place the affiliate is in.
  int last = unit;
  while (last + 1 < static_cast<int>(s->units.size()) &&
         s->phrases[s->units[last + 1].phrase_begin].place &&
         s->units[last + 1].token_begin <= s->units[last].token_end + 2 &&
         EqualsIgnoreCase(s->tokens[s->units[last].token_end].text, "in")) {
    ++last;
  }
  if (last + 1 >= static_cast<int>(s->units.size())) return;
  const Unit* name = &s->units[last + 1];
  const int comma = s->units[last].token_end;
  int after = name->token_end;
  // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM),": past its acronym.
  if (after + 2 < static_cast<int>(s->tokens.size()) &&
      EqualsAnyIgnoreCase(s->tokens[after].text, {"(", "-LRB-"}) &&
      EqualsAnyIgnoreCase(s->tokens[after + 2].text, {")", "-RRB-"})) {
    after += 3;
  }
  if (name->compound || name->token_begin != comma + 1 ||
      after >= static_cast<int>(s->tokens.size()) || s->tokens[comma].tag != "," ||
      s->tokens[after].tag != ",") {
    return;
  }
  Phrase coded = CodeUnitPhrase(dicts, date, *s, *name);
  if (coded.actor < 0 || coded.code.size() != 6 || coded.code.starts_with("---") ||
      coded.code.starts_with("IMG") ||
      !EqualsAnyIgnoreCase(std::string_view(coded.code).substr(3), {"INS", "REB", "SEP", "UAF"})) {
    return;
  }
  phrase.code = std::move(coded.code);
  phrase.actor = coded.actor;
  phrase.agents.clear();
}

// dyad: "expelled six Canadian diplomats, including the acting high
// commissioner": a role of no country listed after "including" as a member
// of a group is of the group's country.
void GiveListedMembersTheirCountry(const dict::Dictionaries& dicts, Sentence* s) {
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.token_begin < 3) continue;
    Phrase& phrase = s->phrases[unit.phrase_begin];
    if (phrase.code.size() != 6 || !phrase.code.starts_with("---")) continue;
    int marker = unit.token_begin - 1;
    if (!EqualsAnyIgnoreCase(s->tokens[marker].text, {"including", "notably"}) ||
        s->tokens[marker - 1].tag != ",") {
      continue;
    }
    int group = s->tokens[marker - 2].unit;
    if (group < 0 || s->units[group].compound || s->units[group].token_end != marker - 1) continue;
    std::string_view country = CountryNamed(dicts, s->phrases[s->units[group].phrase_begin]);
    if (country.size() == 3) phrase.code.replace(0, 3, country);
  }
}

// The code of forces of role `role` loyal to `side`: a person's or a
// government's forces are the country's army (CIVMIL for "loyal to
// Ouattara"), or its police for police ("police loyal to the government":
// VENCOP); an armed group's or a party's are that group; armed men loyal to
// a country's former leader or opposition are armed men of that country
// ("gunmen loyal to the former Gambian president": GMBUAF); "" for no one
// named.
std::string LoyalForcesCode(const dict::Dictionaries& dicts, const Phrase& side,
                            std::string_view role) {
  if (side.code.size() < 3 || side.code.starts_with("---")) return {};
  if ((side.actor >= 0 && dicts.actors.actors()[side.actor].person) || side.code.size() == 3 ||
      side.code.ends_with("GOV")) {
    return side.code.substr(0, 3) + (role == "COP" ? "COP" : "MIL");
  }
  std::string_view side_role = std::string_view(side.code).substr(3);
  if (side.code.size() == 6 && (IsArmedRole(side_role) || side_role == "PTY")) return side.code;
  if (side.code.size() == 6 && (side_role == "ELI" || side_role == "OPP") && role != "COP")
    return side.code.substr(0, 3).append(role);
  return {};
}

// dyad: "fighters loyal to Ouattara", "forces loyal to the Tigray People's
// Liberation Front", "police loyal to the government": armed men loyal to a
// side are that side's forces; so is the phrase "loyal to X" when the parser
// made it the subject.
void GiveLoyalForcesTheirSide(const dict::Dictionaries& dicts, Sentence* s) {
  int n = static_cast<int>(s->tokens.size());
  for (int t = 1; t + 2 < n; ++t) {
    if (s->tokens[t].tag != "JJ" || !EqualsIgnoreCase(s->tokens[t].text, "loyal") ||
        !EqualsIgnoreCase(s->tokens[t + 1].text, "to"))
      continue;
    int forces = s->tokens[t - 1].unit, side = s->tokens[t + 2].unit;
    if (forces < 0 || side < 0 || s->units[forces].compound || s->units[side].compound) continue;
    Phrase& armed = s->phrases[s->units[forces].phrase_begin];
    std::string_view role = armed.code.size() == 6 ? std::string_view(armed.code).substr(3) : "";
    if (!IsArmedRole(role) && role != "COP") continue;
    Phrase& named = s->phrases[s->units[side].phrase_begin];
    std::string code = LoyalForcesCode(dicts, named, role);
    // "[Troops] [loyal to the president] shelled ...": a subject "loyal to"
    // a side of no country named is still the armed men, not the side.
    if (code.empty() && s->units[side].token_begin == t && armed.code.starts_with("---") &&
        named.code.starts_with("---"))
      named.code = armed.code;
    if (code.empty()) continue;
    armed.code = code;
    if (s->units[side].token_begin == t) named.code = std::move(code);  // "[loyal to X]"
  }
}

// The name `word` joins to "-led" ("Saudi" of "Saudi-led", "U.S." of
// "U.S.-led"); empty if it is no such word.
std::string_view LeaderOfLedWord(std::string_view word) {
  constexpr std::string_view kLed = "-led";
  if (word.size() <= kLed.size() || !EqualsIgnoreCase(word.substr(word.size() - kLed.size()), kLed))
    return {};
  return word.substr(0, word.size() - kLed.size());
}

// dyad: "the Saudi-led coalition struck", "urged the U.S.-led coalition to
// set a deadline": a coalition a country leads is an alliance of armies in
// the news, coded as the leader's forces (SAUMIL), as "U.S.-led forces" are;
// not a "Labour-led coalition" (no country), nor a coalition government.
void GiveLedCoalitionsTheirForces(Sentence* s) {
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.phrase_end - unit.phrase_begin != 1) continue;
    Phrase& phrase = s->phrases[unit.phrase_begin];
    if (phrase.code.size() != 3 || phrase.code == "---" ||
        !EqualsIgnoreCase(s->tokens[unit.token_end - 1].text, "coalition"))
      continue;
    bool led = false;
    for (int t = unit.token_begin; t + 1 < unit.token_end; ++t)
      led |= !LeaderOfLedWord(s->tokens[t].text).empty();
    if (led) phrase.code.append("MIL");
  }
}

// dyad: "Hamas-led gunmen stormed ...", "Taliban-led fighters": armed men
// an armed group leads are that group's (PSEINS), as "fighters loyal to" a
// side are; a country's lead is GiveLedCoalitionsTheirForces'.
void GiveLedArmedMenTheirGroup(const dict::Dictionaries& dicts, Date date, Sentence* s) {
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.phrase_end - unit.phrase_begin != 1) continue;
    Phrase& phrase = s->phrases[unit.phrase_begin];
    if (phrase.code.size() != 6 || !phrase.code.starts_with("---") ||
        !IsArmedRole(std::string_view(phrase.code).substr(3)))
      continue;
    for (int t = unit.token_begin; t + 1 < unit.token_end; ++t) {
      const std::string_view leader[] = {LeaderOfLedWord(s->tokens[t].text)};
      if (leader[0].empty()) continue;
      std::string code = CodeNounPhrase(dicts, leader, date, nullptr);
      std::string_view role = code.size() == 6 ? std::string_view(code).substr(3) : "";
      if (code.starts_with("---") || !(role == "INS" || role == "REB" || role == "SEP")) continue;
      phrase.code = std::move(code);
      break;
    }
  }
}

// dyad: "militants linked to al Shabaab", "fighters affiliated with al
// Qaeda", "gunmen belonging to the Taliban", "attackers from the Islamic
// State": armed men of no group (---UAF; rebels or insurgents of no country)
// tied to an armed group named right after them are that group's (SOMINS;
// ---INS, which the article may give a country), as "fighters loyal to" a
// side are (GiveLoyalForcesTheirSide); "fighters from Somalia" are not.
// ("allied with" is left out while data/verbs/05.txt's example codes
// "Fighters allied with Islamic State" as ---UAF.)
void GiveTiedArmedMenTheirGroup(Sentence* s) {
  static const WordSet kTies = {"linked",    "affiliated", "aligned",    "tied",
                                "connected", "belonging",  "associated", "loyal"};
  const int n = static_cast<int>(s->tokens.size());
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.phrase_end - unit.phrase_begin != 1) continue;
    Phrase& armed = s->phrases[unit.phrase_begin];
    if (armed.code.size() != 6 || !armed.code.starts_with("---") ||
        !EqualsAnyIgnoreCase(std::string_view(armed.code).substr(3), {"UAF", "INS", "REB"}))
      continue;
    const int t = unit.token_end;
    if (t + 1 >= n) continue;
    int side_begin = -1;
    if (EqualsAnyIgnoreCase(s->tokens[t].text, {"from", "of"})) {
      side_begin = t + 1;
    } else if (kTies.contains(s->tokens[t].text) &&
               EqualsAnyIgnoreCase(s->tokens[t + 1].text, {"to", "with"})) {
      side_begin = t + 2;
    }
    if (side_begin < 0 || side_begin >= n) continue;
    const int side = s->tokens[side_begin].unit;
    if (side < 0 || s->units[side].compound || s->units[side].token_begin != side_begin) continue;
    const std::string& group = s->phrases[s->units[side].phrase_begin].code;
    if (group.size() != 6 ||
        !EqualsAnyIgnoreCase(std::string_view(group).substr(3), {"INS", "REB", "SEP"}))
      continue;
    armed.code = group;
  }
}

// dyad: "condemned the military coup in Niger": a coup is the army of the
// country it happens in, when the words right after it name that country.
void GiveCoupsTheirCountry(const dict::Dictionaries& dicts, Sentence* s) {
  int n = static_cast<int>(s->tokens.size());
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.phrase_end - unit.phrase_begin != 1) continue;
    Phrase& phrase = s->phrases[unit.phrase_begin];
    int in = unit.token_end;
    if (phrase.code != "---MIL" || in + 1 >= n || !IsCoupNoun(s->tokens[unit.token_end - 1].text) ||
        !EqualsAnyIgnoreCase(s->tokens[in].text, {"in", "of"}) || s->tokens[in + 1].unit < 0) {
      continue;
    }
    const Unit& place = s->units[s->tokens[in + 1].unit];
    std::string_view country = CountryNamed(dicts, s->phrases[place.phrase_begin]);
    if (!place.compound && country.size() == 3) phrase.code.replace(0, 3, country);
  }
}

// Whether the phrase after `unit` is "fighting", "battling", "operating" or
// "based", the words that tell where armed men of no country wage war.
bool FightsSomewhere(const Sentence& s, const Unit& unit) {
  return unit.token_end < static_cast<int>(s.tokens.size()) &&
         EqualsAnyIgnoreCase(s.tokens[unit.token_end].text,
                             {"fighting", "battling", "operating", "based"});
}

// dyad: "Rebels fighting for independence in Indonesia's Papua region
// said ...": armed men of no country who fight in a country (named after
// "in", through the participle's phrases and before any verb or comma) are
// that country's armed group (IDNREB); "Rebels in Papua" is one phrase.
void GiveFightersTheirCountry(const dict::Dictionaries& dicts, Sentence* s) {
  const int n = static_cast<int>(s->tokens.size());
  for (const Unit& unit : s->units) {
    if (unit.compound || unit.phrase_end - unit.phrase_begin != 1) continue;
    Phrase& phrase = s->phrases[unit.phrase_begin];
    if (phrase.code.size() != 6 || !phrase.code.starts_with("---") ||
        !EqualsAnyIgnoreCase(std::string_view(phrase.code).substr(3), {"INS", "REB", "SEP"}) ||
        !FightsSomewhere(*s, unit))
      continue;
    for (int k = unit.token_end + 1; k + 1 < n; ++k) {
      const Token& token = s->tokens[k];
      if (token.tag == "," || token.tag == "MD" || token.tag == "VBD" || token.tag == "VBZ" ||
          token.tag == "VBP")
        break;
      if (!EqualsIgnoreCase(token.text, "in") || s->tokens[k + 1].unit < 0) continue;
      const Unit& place = s->units[s->tokens[k + 1].unit];
      std::string_view country = CountryNamed(dicts, s->phrases[place.phrase_begin]);
      if (!place.compound && country.size() == 3) phrase.code.replace(0, 3, country);
      break;
    }
  }
}

// dyad: "the Minsk agreement", "the Oslo accords", "the Astana process",
// "the Geneva talks": a capital before the noun of an accord or a meeting
// names where it was made, no party to it ("Moscow's plan" still is one).
bool NamesAccordByPlace(const Sentence& s, const Unit& unit) {
  static const WordSet kAccords = {
      "agreement", "agreements", "accord",    "accords",   "protocol",    "protocols", "deal",
      "talks",     "summit",     "process",   "format",    "declaration", "treaty",    "convention",
      "pact",      "conference", "framework", "ceasefire", "truce",       "dialogue",  "round"};
  if (unit.phrase_end - unit.phrase_begin != 1) return false;
  for (int t = unit.token_begin; t < unit.token_end; ++t) {
    if (s.tokens[t].tag == "POS") return false;
  }
  return kAccords.contains(s.tokens[unit.token_end - 1].text);
}

// dyad: "threw stones at police", "fired tear gas at students", "shot at
// rebels": people of a role (forces, a trade of society, an armed group)
// after "at" are who is aimed at, not a place, and take a country as any
// such role does; a building of theirs stays a place ("gathered at police
// headquarters", "at the army barracks").
bool AimedAtPeople(const Sentence& s, const Unit& unit, std::string_view code) {
  static const WordSet kPlaceHeads = {
      "headquarters", "station",  "stations",   "building",  "buildings", "barracks", "base",
      "bases",        "office",   "offices",    "compound",  "academy",   "school",   "schools",
      "university",   "college",  "campus",     "camp",      "camps",     "post",     "posts",
      "checkpoint",   "hospital", "hospitals",  "church",    "mosque",    "prison",   "jail",
      "garrison",     "facility", "facilities", "premises",  "gate",      "gates",    "ministry",
      "hq",           "depot",    "outpost",    "positions", "position",  "lines"};
  if (code.size() != 6 || !code.starts_with("---") || unit.token_begin < 1 ||
      !EqualsIgnoreCase(s.tokens[unit.token_begin - 1].text, "at"))
    return false;
  if (!EqualsAnyIgnoreCase(code.substr(3),
                           {"COP", "MIL", "EDU", "LAB", "MED", "HLH", "REL", "REB", "INS", "SEP"}))
    return false;
  return !kPlaceHeads.contains(s.tokens[unit.token_end - 1].text);
}

// dyad: "condemned the riots on Twitter", "said in a post on X", "wrote
// via Telegram": a platform after "on" or "via" is where words were
// published, not a party they were aimed at; but a measure taken on it is
// ("imposed a ban on Facebook", "fines on X", "cracked down on Telegram").
bool PublishedOn(const Sentence& s, const Unit& unit) {
  static const WordSet kPlatforms = {"twitter",  "x",       "x.",      "facebook", "instagram",
                                     "telegram", "youtube", "tiktok",  "whatsapp", "weibo",
                                     "wechat",   "threads", "bluesky", "vkontakte"};
  static const WordSet kPlatformParts = {"account", "accounts", "channel", "channels",
                                         "page",    "pages",    "feed"};
  static const WordSet kMeasures = {
      "ban",       "bans",    "restrictions", "restriction",   "curbs",   "limits",
      "sanctions", "fine",    "fines",        "crackdown",     "down",    "pressure",
      "attack",    "attacks", "cyberattack",  "cyberattacks",  "lawsuit", "lawsuits",
      "tax",       "taxes",   "probe",        "investigation", "rules",   "raid",
      "raids",     "block",   "blocks",       "controls"};
  const int before = unit.token_begin - 1;
  if (before < 1 || !EqualsAnyIgnoreCase(s.tokens[before].text, {"on", "via"})) return false;
  if (kMeasures.contains(s.tokens[before - 1].text)) return false;
  const std::string_view last = s.tokens[unit.token_end - 1].text;
  // A platform's name is capitalised ("on X", not "on x").
  auto platform = [](std::string_view w) {
    return !w.empty() && w.front() >= 'A' && w.front() <= 'Z' && kPlatforms.contains(w);
  };
  if (platform(last)) return true;
  if (!kPlatformParts.contains(last)) return false;
  for (int t = unit.token_begin; t + 1 < unit.token_end; ++t) {
    if (platform(s.tokens[t].text)) return true;
  }
  return false;
}

}  // namespace

namespace {

// dyad: "TRIPOLI, Lebanon ... would take the battle beyond Tripoli": a
// capital's name that is the dateline's city of another country names that
// city, not the capital's government (asked of the document's resolver).
bool NamesTheDatelinesCity(const PhraseResolver& resolver, const Sentence& s, const Unit& unit,
                           std::string_view country) {
  std::array<std::string_view, 4> words;
  const int n = unit.token_end - unit.token_begin;
  if (n < 1 || n > static_cast<int>(words.size())) return false;
  for (int i = 0; i < n; ++i) words[i] = s.tokens[unit.token_begin + i].text;
  return resolver.NamesTheDatelinesCity(std::span(words.data(), n), country);
}

}  // namespace

void CodePhrases(const dict::Dictionaries& dicts, Date date, PhraseResolver* resolver, Sentence* s,
                 ResolverScratch* scratch) {
  for (const Unit& unit : s->units) {
    // The victims of a removed "..., killing 40 civilians" are coded too.
    bool victims = unit.token_begin > s->casualty_begin && unit.token_end <= s->casualty_end;
    // ... and the sides of a removed ", which erupted between X and Y ,": they
    // may still be who fought (coder.cc, FightingSides).
    bool sides = unit.token_begin > 0 && s->tokens[unit.token_begin - 1].deleted &&
                 EqualsIgnoreCase(s->tokens[unit.token_begin - 1].text, "between");
    if (!UnitAlive(*s, unit) && !victims && !sides) continue;
    bool place = AfterPlacePreposition(*s, unit);
    for (int p = unit.phrase_begin; p < unit.phrase_end; ++p) {
      Phrase& phrase = s->phrases[p];
      std::span<const dict::WordId> words(s->phrase_words.data() + phrase.word_begin,
                                          phrase.word_end - phrase.word_begin);
      PhraseShape shape;
      if (dicts.format == dict::Dictionaries::Format::kDyad) {
        shape = unit.phrase_end - unit.phrase_begin == 1 ? ShapeOf(*s, unit, phrase)
                                                         : ShapeOfMember(*s, unit, phrase);
      }
      phrase.capital_of.clear();
      CodePhrase(dicts, date, words, shape, &phrase);
      phrase.place = place && !AimedAtPeople(*s, unit, phrase.code);
      phrase.antecedent.clear();
      bool capital = phrase.actor >= 0 && dicts.actors.actors()[phrase.actor].place_metonym;
      if (capital && phrase.agents.empty() && phrase.code.ends_with("GOV")) {
        phrase.capital_of.assign(phrase.code, 0, phrase.code.size() - 3);
      }
      // A platform is coded as a company ("Twitter": USABUS); asked of those only.
      const bool medium = phrase.code.ends_with("BUS") &&
                          dicts.format == dict::Dictionaries::Format::kDyad &&
                          PublishedOn(*s, unit);
      if (capital && !phrase.capital_of.empty() && resolver != nullptr &&
          unit.phrase_end - unit.phrase_begin == 1 &&
          NamesTheDatelinesCity(*resolver, *s, unit, phrase.capital_of)) {
        phrase.capital_of.clear();
        phrase.place = place = true;  // the city, dropped as a place is below
      }
      if (medium || (place && capital) ||
          (capital && dicts.format == dict::Dictionaries::Format::kDyad &&
           NamesAccordByPlace(*s, unit))) {
        phrase.actor = -1;
        phrase.code = "---";
      } else if (!phrase.capital_of.empty() && dicts.format == dict::Dictionaries::Format::kDyad &&
                 DiplomatsFromCapital(*s, unit)) {
        phrase.code = phrase.capital_of;
      }
    }
    bool dyad = dicts.format == dict::Dictionaries::Format::kDyad;
    if (dyad && unit.compound && !place) {
      ShareCompoundHead(dicts, date, unit, s);
      DropAdjectiveMembers(unit, s);
      ShareCompoundCountry(unit, s);
      ShareArmedGroupsCountry(unit, s);
      CodeNameAcrossAnd(dicts, date, unit, &scratch->unit_words, s);
    }
  }
  if (dicts.format == dict::Dictionaries::Format::kDyad) {
    GiveStateBodiesTheHomeCountry(dicts, s);
    GiveCoupsTheirCountry(dicts, s);
    GiveFightersTheirCountry(dicts, s);
    GiveListedMembersTheirCountry(dicts, s);
    GiveLoyalForcesTheirSide(dicts, s);
    GiveLedCoalitionsTheirForces(s);
    GiveLedArmedMenTheirGroup(dicts, date, s);
    GiveTiedArmedMenTheirGroup(s);
  }
  if (dicts.format == dict::Dictionaries::Format::kDyad) {
    for (int unit = 0; unit < static_cast<int>(s->units.size()); ++unit) {
      if (!UnitAlive(*s, s->units[unit])) continue;
      TakeAppositionCode(dicts, date, unit, s);
      TakeApposedNameCode(dicts, date, unit, s);
      TakeAffiliateNameCode(dicts, date, unit, s);
    }
  }
  if (resolver == nullptr) return;
  std::vector<std::string_view>& words = scratch->words;
  words.clear();
  for (const Token& t : s->tokens) words.push_back(t.text);
  scratch->mentions.clear();
  scratch->mentions_end = 0;
  for (int unit = 0; unit < static_cast<int>(s->units.size()); ++unit) {
    const Unit& u = s->units[unit];
    if (!u.compound && UnitAlive(*s, u) &&
        (!s->phrases[u.phrase_begin].place ||
         (dicts.format == dict::Dictionaries::Format::kDyad && IsSeatOutside(*s, u)))) {
      Resolve(resolver, unit, words, s, scratch);
      if (dicts.format == dict::Dictionaries::Format::kDyad)
        ResolvePartOfPlace(resolver, unit, words, s, scratch);
    } else if (!u.compound && UnitAlive(*s, u) &&
               dicts.format == dict::Dictionaries::Format::kDyad) {
      ResolvePlaceCountry(resolver, unit, words, s, scratch);
    }
    if (u.compound && UnitAlive(*s, u) && dicts.format == dict::Dictionaries::Format::kDyad) {
      ResolveRoleMembers(resolver, unit, words, s, scratch);
      ShareRoleAcrossPlaces(unit, s);
    }
  }
}

// The tag of a unit's head: its last noun before a preposition ("Doctors at
// several state hospitals in Yangon": NNS).
std::string_view HeadTag(const Sentence& s, const Unit& u) {
  std::string_view head = s.tokens[u.token_end - 1].tag;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    std::string_view tag = s.tokens[t].tag;
    if (tag == "IN" && t > u.token_begin) break;
    if (tag.size() >= 2 && tag[0] == 'N' && tag[1] == 'N')
      head = tag;  // starts_with("NN"), inlined
  }
  return head;
}

namespace {

// Whether any of the unit's phrases was coded (a mention to collect).
bool HasCodedPhrase(const Sentence& s, const Unit& u) {
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    if (!s.phrases[p].code.empty()) return true;
  }
  return false;
}

}  // namespace

void WriteMentions(const Sentence& s, int begin_unit, int end_unit, std::vector<Mention>* out,
                   size_t* n) {
  for (int unit = begin_unit; unit < end_unit; ++unit) {
    const Unit& u = s.units[unit];
    // A unit without a coded phrase gives no mention: its tokens and head
    // tag (both only read, so the order of the tests changes nothing) are
    // not looked at.
    if (!HasCodedPhrase(s, u) || !UnitAlive(s, u)) continue;
    std::string_view last_tag = HeadTag(s, u);
    const bool plural = last_tag == "NNS" || last_tag == "NNPS";
    for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
      const Phrase& phrase = s.phrases[p];
      if (phrase.code.empty()) continue;
      if (*n == out->size()) out->emplace_back();
      Mention& m = (*out)[(*n)++];
      m.tokens = TokenRange{u.token_begin, u.token_end};
      m.code.assign(phrase.code);
      m.actor = phrase.actor;
      m.place = phrase.place;
      m.plural = plural;
      m.compound = u.compound;
      m.ethnic = phrase.ethnic;
    }
  }
}

void CollectMentions(const Sentence& s, int end_unit, std::vector<Mention>* out) {
  // Written over the mentions `out` holds, whose codes keep their storage.
  size_t n = 0;
  WriteMentions(s, 0, end_unit, out, &n);
  out->resize(n);
}

// The shape of a phrase given as words without tags, read from their
// spelling: a capitalised word after the first stands for a proper name, so
// "Greek Defence Minister Nikos Dendias" is the minister's phrase here as it
// is in a tagged sentence.
PhraseShape ShapeOfWords(std::span<const std::string_view> words) {
  PhraseShape shape;
  for (size_t k = 0; k < words.size() && k < 32; ++k) {
    std::string_view w = words[k];
    if (IsLowerCaseWord(w)) shape.lower_words |= 1u << k;
    if (k > 0 && !w.empty() && ((w.front() >= 'A' && w.front() <= 'Z') || IsArticleName(w)))
      shape.name_words |= 1u << k;
  }
  return shape;
}

namespace {

// The phrase `words` coded at `date`, as the coder codes a sentence's.
Phrase CodeWords(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                 Date date) {
  std::vector<dict::WordId> ids;
  std::string upper;
  for (std::string_view w : words) {
    upper.clear();
    AppendUpperAscii(w, &upper);
    ids.push_back(dicts.vocabulary.Find(upper));
  }
  Phrase phrase;
  CodePhrase(dicts, date, ids, ShapeOfWords(words), &phrase);
  return phrase;
}

}  // namespace

std::string CodeNounPhrase(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                           Date date, ActorProvenance* info) {
  Phrase phrase = CodeWords(dicts, words, date);
  if (info != nullptr) {
    info->text.clear();
    for (std::string_view w : words) (info->text += info->text.empty() ? "" : " ") += w;
    info->actor = phrase.actor;
    info->entry = phrase.actor < 0
                      ? std::string()
                      : dicts.diagnostics.Describe(dicts.actors.actors()[phrase.actor].where);
    info->agents.clear();
    for (int a : phrase.agents)
      info->agents.push_back(dicts.diagnostics.Describe(dicts.agents.agents()[a].where));
  }
  return std::move(phrase.code);
}

std::string CodeNounPhraseActor(const dict::Dictionaries& dicts,
                                std::span<const std::string_view> words, Date date, int* actor) {
  Phrase phrase = CodeWords(dicts, words, date);
  *actor = phrase.actor;
  return std::move(phrase.code);
}

}  // namespace dyad::code
