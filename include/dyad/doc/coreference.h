// Coreference within an article: "he", "she", "it", "they", "the country",
// "the north African country" and role nouns without a country ("the
// government", "the army") stand for an earlier mention. The coder asks
// (code::PhraseResolver) about each noun phrase; the article coder tells it,
// sentence by sentence, whom the text has mentioned (Remember).
//
// The rules, deliberately simple and predictable:
//  * he, she, him, her (and himself, herself): a person — a `person` entry or
//    a title that names an office ("the French President"). The first person
//    mentioned earlier in the same sentence, else the first person of the
//    nearest earlier sentence that mentions one.
//  * it: a country or an organisation (not a person, not plural), found the
//    same way; "it is", "it was" followed by an adjective, "to" or "that"
//    (expletive "it") is left alone.
//  * they, them: a plural mention (a plural noun: "the rebels") or a group.
//  * the [adjectives] country / nation / kingdom / republic: the most recent
//    country, wherever it was mentioned (places included: "in Libya").
//  * a role of the state or its opposition that the dictionaries code without
//    a country ("police" ---COP, "the army" ---MIL, "the government" ---GOV,
//    also ---LEG, ---JUD, ---SPY, ---OPP): that role of the country of the
//    most recent mention that has one ("police" after "Kenyan President
//    William Ruto" -> KENCOP). Civilians, gunmen and the like stay "---".
//  * inside a quote whose speaker is known (SetQuotes): I, me, we, us (and
//    myself, ourselves) are the speaker; "my/our country" is the speaker's
//    country; "my/our" + a role without a country ("our forces" ---MIL, "our
//    people" ---CVL) is that role of the speaker's country.
//  * the two (or both) leaders / presidents / ministers: two persons or
//    governments; the two countries / nations / neighbours: two countries
//    (of any mention that has one); the two sides: two actors. The pair is
//    the first two that differ among the same sentence's earlier mentions,
//    else of the most recent sentence of the article that names two. The
//    code names both ("ETH/ERI"); the coder makes an event for each, or
//    between them when nothing else is their target.
// Candidates are looked for at most `kLookback` sentences back; embedded
// tweets and headings are not remembered.
#ifndef DYAD_DOC_COREFERENCE_H_
#define DYAD_DOC_COREFERENCE_H_

#include <array>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/gazetteer.h"
#include "dyad/doc/quotes.h"

namespace dyad::doc {

class Coreference : public code::PhraseResolver {
 public:
  static constexpr int kLookback = 3;

  // `dicts` must outlive it.
  explicit Coreference(const dict::Dictionaries& dicts);

  // Uncoded proper names after a lower-case word (an object: "missiles hit
  // Kharkiv") that `places` (may be null; must outlive this) knows as a
  // city of 100,000 people or more, or a first-level division, stand for
  // their country (UKR); not before "said", "told", "'s".
  void set_places(PlaceCache* places) { places_ = places; }

  // Forgets everything: a new article starts.
  void Clear();
  // Adds the mentions of a coded sentence (Coder::LastMentions) and its words,
  // as the next sentence of the article.
  void Remember(std::span<const code::Mention> mentions, std::span<const std::string_view> words);

  // Adds a country the article is about without naming it in a sentence: a
  // dateline's ("NAIROBI, June 26 (AP) -" -> KEN), as an earlier sentence.
  void RememberCountry(std::string_view code, std::string_view text);

  // The sentence about to be coded quotes `speaker` (an actor code, "" if
  // unknown; `text` its words) in the words `quoted`; SetQuotes({}, "", "")
  // before a sentence without quotes.
  void SetQuotes(std::span<const WordSpan> quoted, std::string_view speaker, std::string_view text);
  // Adds the speaker of the sentence just remembered (`"...," Ruto said`) as
  // its first mention: "he" in the next sentence is most likely the speaker.
  // `actor` is the speaker's actor entry (-1 if none); `person` says whether
  // "he" or "she" can stand for it.
  void RememberSpeaker(std::string_view code, std::string_view text, int actor, bool person);

  bool Handles(std::span<const std::string_view> words, std::string_view code) const override;
  bool Resolve(std::span<const std::string_view> words, int begin, int end,
               std::span<const code::Mention> earlier, std::string* code,
               std::string* antecedent) override;

 private:
  enum class Kind { kPerson, kCountry, kOrganisation, kPlural, kOther };
  struct Entity {
    std::string code;
    std::string text;
    Kind kind = Kind::kOther;
    bool place = false;
    bool country = false;  // the code starts with a country's ("KENGOV")
  };
  enum class Want {
    kNone,
    kPerson,
    kThing,
    kPlural,
    kCountry,
    kRole,
    kSpeaker,
    kSpeakers,
    kTwoPersons,
    kTwoCountries,
    kTwoSides,
    kPlaceName
  };

  // The entity `m` names, written over `e` (whose strings keep their space).
  void FillEntity(const code::Mention& m, std::span<const std::string_view> words, Entity* e) const;
  // FillEntity() for each coded mention of `mentions` into `out`, whose
  // Entities are reused; returns the filled ones.
  std::span<const Entity> EntitiesOf(std::span<const code::Mention> mentions,
                                     std::span<const std::string_view> words,
                                     std::vector<Entity>* out) const;
  bool IsCountryCode(std::string_view code) const;
  void CountCountry(std::string_view country, int n);
  Want Wanted(std::span<const std::string_view> words, std::string_view code) const;
  static bool Fits(Want want, const Entity& e);
  const Entity* Find(Want want, std::span<const Entity> same_sentence) const;
  // Two different actors: codes ("ETH", "ERI") and the words that named them.
  struct Pair {
    std::string first, second, first_text, second_text;  // empty if none
  };
  // Sets `pair` (its strings reused) if `entities` hold a pair; else false.
  static bool PairOf(Want want, std::span<const Entity> entities, Pair* pair);
  static int PairIndex(Want want);
  bool ResolvePair(Want want, std::span<const Entity> same, std::string* code,
                   std::string* antecedent);
  bool ResolveRoleByArticle(std::span<const Entity> same, std::string* code,
                            std::string* antecedent) const;
  bool ResolvePlaceName(std::span<const std::string_view> words, int begin, int end,
                        std::string* code, std::string* antecedent) const;
  void RememberSurnames(std::span<const Entity> entities);
  bool ResolveSurname(std::span<const std::string_view> words, int begin, int end,
                      std::string* code, std::string* antecedent) const;
  bool ResolveFirstPerson(Want want, std::span<const std::string_view> phrase, int begin,
                          std::string* code, std::string* antecedent) const;

  // The entities of one remembered sentence: the first `size` of `entities`
  // (the rest are kept for their strings' space).
  struct SentenceEntities {
    std::vector<Entity> entities;
    size_t size = 0;
    Entity& Add();
    std::span<const Entity> view() const { return {entities.data(), size}; }
  };
  // Starts the next remembered sentence, forgetting the oldest beyond kLookback.
  SentenceEntities& NextSentence();
  // The remembered sentence `back` sentences before the latest (0: the latest).
  std::span<const Entity> Sentence(int back) const;

  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const dict::Dictionaries& dicts_;
  // Country codes: three capitals ("KEN") as bits, any other in the set.
  std::vector<bool> three_letter_countries_;
  std::unordered_set<std::string, NameHash, std::equal_to<>> other_country_codes_;
  std::unordered_map<std::string, std::string> country_by_iso_;  // "ROU" -> its code
  // Of the article, by country: few, so a list.
  std::vector<std::pair<std::string, int>> country_mentions_;
  PlaceCache* places_ = nullptr;
  // The last kLookback sentences: a ring, `newest_` the latest of `remembered_`.
  std::array<SentenceEntities, kLookback> sentences_;
  int remembered_ = 0, newest_ = 0;
  // The article's coded mentions ending in a name, by its last word:
  // "Opposition leader Maria Corina Machado" -> "Machado" (RememberSurnames).
  std::unordered_map<std::string, Entity, NameHash, std::equal_to<>> surnames_;
  std::vector<Entity> scratch_;   // the earlier mentions' entities (EntitiesOf)
  Pair last_pairs_[3];            // the latest sentence's pair of persons, countries, sides
  Pair same_pair_;                // scratch: the pair of the sentence being coded
  std::vector<WordSpan> quoted_;  // the current sentence's quotes
  std::string speaker_;           // ... and their speaker's code, "" if none
  std::string speaker_text_;
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_COREFERENCE_H_
