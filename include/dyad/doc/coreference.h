// Coreference within an article: "he", "she", "it", "they", "the country",
// "the north African country" and role nouns without a country ("the
// government", "the army") stand for an earlier mention. The coder asks
// (code::PhraseResolver) about each noun phrase; the article coder tells it,
// sentence by sentence, whom the text has mentioned (Remember).
//
// The rules, deliberately simple and predictable:
//  * he, she, him, her (and himself, herself): a person — a `person` entry, a
//    title that names an office ("the French President") or a name after a
//    title ("U.S. Ambassador Lisa Kenna"). The first person
//    mentioned earlier in the same sentence, else the first person of the
//    nearest earlier sentence that mentions one. An object pronoun (him,
//    her, them) is not the mention right before its verb ("Scholz greeted
//    him": not Scholz), nor, after "and" and a verb with no subject of its
//    own, the subject that verb shares with an earlier one that had an
//    object, a name the dictionaries do not know included ("Police arrested
//    22 officers and have accused them": the officers; "visited Hamzah and
//    told him": not the visitor). A nearer sentence that names only a person
//    the dictionaries do not know ("Rolando Mendoza seized the bus"; or by
//    the surname of one named in full before: "the arrest of pastor Andrew
//    Brunson ... Brunson ran a small church") leaves the pronoun unresolved.
//  * his/her + a home, an office or a vehicle ("stormed her residence",
//    "attacked his convoy"), uncoded: the person, found the same way.
//  * his/her + a role without a country ("his defence minister", "his own
//    armed forces"): that role of the country of the person, found the same
//    way, also for a compound's later member that shares the possessive
//    ("his defence and state security ministers"); with no such person, as
//    a role below.
//  * he, she, it, they after a participle of saying set off by a comma
//    (", announcing on Saturday that it"): the first party of the clause
//    the participle follows, when it fits.
//  * it: a country or an organisation (not a person, not plural), found the
//    same way; "it is", "it was" followed by an adjective, "to" or "that"
//    (expletive "it") is left alone.
//  * they, them: a plural mention (a plural noun: "the rebels") or a group;
//    not a name of capitalised words ending in a plural ("the United
//    Nations", "the Rapid Support Forces"), which is one body, "it".
//  * the [adjectives] country / nation / republic: the most recent
//    country, wherever it was mentioned (places included: "in Libya"); none
//    in the last sentences: the country the article has named most.
//  * the [adjectives] kingdom / emirate / sultanate: the same among
//    monarchies only ("Saudi Arabia gave Canada's ambassador 24 hours to
//    leave the kingdom": SAU); none named, the article's country if it is one.
//  * the [adjectives] enclave / territory: the same, but not the first
//    mention of its own sentence (most likely who acts on it).
//  * a role of the state or its opposition that the dictionaries code without
//    a country ("police" ---COP, "the army" ---MIL, "the government" ---GOV,
//    also ---LEG, ---JUD, ---SPY, ---OPP, and a party, ---PTY): "the" + a head of a recent
//    mention with a country ("the troops" after "Russian troops") is that
//    mention; else that role of the country of the
//    most recent mention that has one ("police" after "Kenyan President
//    William Ruto" -> KENCOP). So are a society's trades without a country
//    ("students" ---EDU, "striking miners" ---LAB, "journalists" ---MED,
//    "doctors" ---HLH, "clerics" ---REL). Civilians, criminals, gunmen and the
//    like stay "---". A role that is a verb's object is not the body of the
//    same role its sentence named before ("the U.S. State Department urged
//    the government": the article's country's government, not USAGOV).
//  * "the rebels", "the insurgents", "the separatists" (---REB, ---INS,
//    ---SEP): the armed group of that kind most recently named with a country
//    ("Colombia's ELN guerrilla group" -> COLREB); "the" + at most one word +
//    gunmen, militants, attackers, assailants, kidnappers, abductors,
//    hostage-takers, terrorists or jihadists (---UAF) is that group itself ("Taliban gunmen" ...
//    "the seven attackers" -> AFGINS); with none named they stay unknown.
//  * "the" + at most one word + a body's noun the dictionaries do not code
//    ("the council", "the commission", "the administration", "the group"):
//    the latest mention of a country's or an organisation's body whose last
//    word it is ("the ruling Transitional Military Council" -> SDNMIL); "the
//    group", "the movement", "the militia" with none: the armed group most
//    recently named with a country ("Al-Shabab" -> SOMREB).
//  * inside a quote whose speaker is known (SetQuotes): I, me, we, us (and
//    myself, ourselves) are the speaker; "my/our country" is the speaker's
//    country; "my/our" + a role without a country ("our forces" ---MIL, "our
//    people" ---CVL) is that role of the speaker's country. "they" and
//    "them" there are a group the sentence named before them, else the party
//    of the nearest earlier sentence that is not the speaker's side (not the
//    speaker's country), when that sentence names only one such side;
//    "their" + a role without a country ("their troops") is that role of the
//    country of the sentence's nearest party before it, else of that side.
//  * a one-word proper name the dictionaries do not know ("Machado", "May"):
//    the article's earlier mention that ended in it ("opposition leader
//    Maria Corina Machado"; each member of a compound by its own words; a
//    name of two or three words also by its first, for family names that
//    come first: "Kim Jong Un"), speakers of reporting clauses included; a month
//    name only where it cannot be a date ("May said", not "since May").
//  * a name after a title the dictionaries code without a country ("Police
//    chief Leon Mbeki", "Gen. Ana Ruiz"; the name unknown to them): the
//    title's role, resolved as above (KENCOP); the person is then "he" and
//    "Mbeki" later.
//  * a diplomat without a country summoned or expelled ("The ministry
//    summoned the ambassador"): of the latest other country than the
//    summoner's that the article named as a party; else left unknown.
//  * a role that took the article's country only by the tally and accuses,
//    threatens or attacks that country's named forces or state ("ministry
//    spokesman Zhao Lijian accused Indian troops of ..." under NEW DELHI):
//    the other side's, the latest other country its sentence names as a
//    party, else the last sentences' (ReassignHostileRoles, after coding);
//    so is one whose verb, right after it, accuses, threatens, attacks,
//    summons or expels an object of that country ("Vice Foreign Minister Le
//    Yucheng summoned Canadian Ambassador John McCallum" under OTTAWA), read
//    as it is resolved (the coder drops an event between one actor).
//  * a surname's role without a country ("Khan's party" ---PTY): that role of
//    the country of the person the article named so (PAKPTY).
//  * the object of a reaction that names a deed ("condemned the strikes",
//    "rejected the ultimatum", "denied the accusations"): its author, by
//    ResolveDeed (deeds.h).
//  * the two (or both) leaders / presidents / ministers: two persons or
//    governments; the two countries / nations / neighbours: two countries
//    (of any mention that has one); the leaders (governments, presidents,
//    heads) of the two (both) countries, the two countries' leaders: their
//    governments ("ETHGOV/ERIGOV");
//    the two sides: two actors. The pair is
//    the first two that differ among the same sentence's earlier mentions,
//    else (countries) the two the article has named most as parties, each
//    at least twice, else of the most recent sentence of the article that
//    names two (for countries: a sentence that names three or more names no
//    pair). The
//    code names both ("ETH/ERI"); the coder makes an event for each, or
//    between them when nothing else is their target.
// Candidates are looked for at most `kLookback` sentences back; embedded
// tweets and headings are not remembered.
#ifndef DYAD_DOC_COREFERENCE_H_
#define DYAD_DOC_COREFERENCE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/deeds.h"
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
  // before a sentence without quotes. Called before each sentence is coded.
  void SetQuotes(std::span<const WordSpan> quoted, std::string_view speaker, std::string_view text);
  // Adds the speaker of the sentence just remembered (`"...," Ruto said`) as
  // its first mention: "he" in the next sentence is most likely the speaker.
  // `actor` is the speaker's actor entry (-1 if none); `person` says whether
  // "he" or "she" can stand for it.
  void RememberSpeaker(std::string_view code, std::string_view text, int actor, bool person);
  // Adds the speaker named in the reporting clause that ends the sentence just
  // remembered (", Prime Minister Theresa May said.", ", said the ministry.",
  // ", according to X."), coded at `date`, as its last mention: the coder
  // removes such a clause, but "she" and "May" later name that speaker.
  // A clause set off by commas inside the sentence, its verb last (", army
  // chief General Ana Ruiz said,"), is remembered so too.
  void RememberReportingClause(std::span<const std::string_view> words, Date date);

  // Adds an event the article wrote (asserted or reported): "the strikes"
  // later may name it (deeds.h). `joint`: another member of the compound
  // that did the deed just added ("China and Russia proposed ...").
  void RememberDeed(std::string_view source, std::string_view target, std::string_view code,
                    bool joint = false) {
    deeds_.Remember(source, target, code, joint);
  }
  // Adds the two parties of an event the article wrote (asserted or
  // reported): a meeting, a negotiation or a conflict between them is what a
  // later "both sides" or "the two sides" names. `target_named`: the text
  // named the target (not a recipient ResolveRecipient gave aid pledged to
  // no one), so that the article's deeds count as done to it.
  void RememberParties(std::string_view source, std::string_view target, std::string_view code,
                       bool target_named = true);

  // A role given the article's country only by the tally ("ministry
  // spokesman Zhao Lijian" -> INDGOV in a story from New Delhi) that
  // accuses, threatens or attacks that country's named forces or state
  // ("accused Indian troops of ...") speaks for the other side: the latest
  // other country `mentions` (the coded sentence's, in `words`) name as a
  // party ("attacking Chinese personnel"), else the last sentences'. Rewrites
  // `events` and the phrase's mention; left alone if there is none.
  void ReassignHostileRoles(std::span<code::Mention> mentions,
                            std::span<const std::string_view> words,
                            std::vector<code::Event>* events) const;
  // An armed group the text gives no country ("rebels", "insurgents",
  // "separatists": ---REB, ---INS, ---SEP) is of the country of a place "in"
  // or "from" puts it in ("rebels in eastern Ukraine", "separatists in
  // Donetsk"); else, in a conflict (codes 10-20) with
  // the state the article is about (its government, forces, police,
  // intelligence or the country itself) is that state's: "the army said it
  // had killed 300 rebels" in a story about Chad is TCDREB. The state must be
  // the article's most named country so far or, before any, the only country
  // the sentence names (its forces or bare name only when the dateline is
  // there or the group takes its ground), and no place the sentence names may
  // lie elsewhere: "U.S. forces killed 30 insurgents", "Russian jets bombed
  // rebels near Idlib" are left alone, as is a foreign power's "blamed the
  // rebels". Rewrites `events` and the group's mention.
  void GiveArmedGroupsTheirState(std::span<code::Mention> mentions,
                                 std::span<const std::string_view> words,
                                 std::vector<code::Event>* events) const;
  // ... also an arrest of another country's named politician ("Police
  // detained two former chief ministers, Omar Abdullah and ..."): that
  // country's police. Sets the source phrase of `e` to `country`'s.
  static void RecodeSource(const code::Event& e, std::string_view country,
                           const std::string& antecedent, std::span<code::Mention> mentions,
                           std::vector<code::Event>* events);

  // How an antecedent that is no words of the article begins: the article's
  // country by its tally, a place's country (a deed's author:
  // PhraseResolver::kDeedAntecedent).
  static constexpr std::string_view kArticleCountryAntecedent = "the article's country ";
  static constexpr std::string_view kPlaceAntecedent = "place: ";

  bool Handles(std::span<const std::string_view> words, std::string_view code) const override;
  bool NamesTheDatelinesCity(std::span<const std::string_view> words,
                             std::string_view country) const override;
  bool ResolveDeed(std::span<const std::string_view> words, int begin, int end, std::string* code,
                   std::string* antecedent) override;
  // The recipient of aid pledged without one: the country the article's
  // deeds were done to (or that asked for aid), else the one it has named
  // most as a party.
  bool ResolveRecipient(std::string* code, std::string* antecedent) override;
  bool Resolve(std::span<const std::string_view> words, int begin, int end,
               std::span<const code::Mention> earlier, std::string* code,
               std::string* antecedent) override;

 private:
  // Resolve's work, before a state's craft become its force ("its aircraft").
  bool ResolvePhrase(std::span<const std::string_view> words, int begin, int end,
                     std::span<const code::Mention> earlier, std::string* code,
                     std::string* antecedent);
  enum class Kind { kPerson, kCountry, kOrganisation, kPlural, kOther };
  struct Entity {
    std::string code;
    std::string text;
    Kind kind = Kind::kOther;
    bool place = false;
    // Only an opening phrase's words before it ("In Yerevan,"); set for a
    // country's place only, the one kind ScenePlace asks of.
    bool opens = false;
    bool country = false;  // the code starts with a country's ("KENGOV")
    // For "he" or "Keita" that stood for a person named in full: that name
    // ("Ibrahim Boubacar Keita"), which a later "he" names too; else "".
    std::string name;
    // A compound's member ("Kenya, Uganda and Tanzania"): the compound's
    // first token, shared by its members; -1 for any other mention.
    int compound = -1;
    // The person's entry that names it ("Kiir", "President Salva Kiir"); -1
    // for any other mention.
    int person = -1;
  };
  // A phrase of the sentence being coded that was resolved to a name.
  struct ResolvedName {
    int begin, end;
    std::string name;
  };
  enum class Want {
    kNone,
    kPerson,
    kThing,
    kPlural,
    kCountry,
    kMonarchy,
    kIsland,
    kFormerOrLatter,
    kNeighbour,
    kTerritory,
    kRole,
    kPossessor,
    kSameGroup,
    kSpeaker,
    kSpeakers,
    kTheirs,
    kTwoPersons,
    kTwoCountries,
    kTwoSides,
    kAllSides,
    kTwoGovernments,
    kThreeCountries,
    kThreeGovernments,
    kPlaceName,
    kTitledName,
    kOwnersRole,
    kDescribedLeader,  // "the far-right leader": the person named last
    kSameBody,
    kMinorityGroup,
    kJunta,
    kHostsTaliban,
    kSecurityForce,
    kShortName,   // "the Tigers" after "Tamil Tiger leader ..."
    kDividedHalf  // "the North" in a story of the two Koreas
  };

  Entity EntityOf(const code::Mention& m, std::span<const std::string_view> words) const;
  bool IsResolvedPerson(const Entity& e) const;
  void NameResolved(const code::Mention& m, Entity* e) const;
  bool IsCountryCode(std::string_view code) const;
  Want Wanted(std::span<const std::string_view> words, std::string_view code) const;
  // Wanted for the phrase Resolve is asked about: Handles' answer when it was
  // asked about that phrase just before.
  Want WantedOnce(std::span<const std::string_view> phrase, std::string_view code);
  // False only if Wanted is kNone for `code`, a code with its own country: a
  // cheap reject of the usual phrase.
  bool MayWantCountryCoded(std::span<const std::string_view> words, std::string_view code) const;
  // False only if no form of Wanted but WantedName's applies to a null code.
  static bool MayWantNullCoded(std::span<const std::string_view> words);
  // False only if Wanted is kNone for a null code (checked first).
  static bool MayWantAnyNullCoded(std::span<const std::string_view> words);
  Want WantedName(std::span<const std::string_view> words, std::string_view code) const;
  static bool Fits(Want want, const Entity& e);
  // Whether `e` is a body named by a plural without -s ("police") that
  // "they" after its verb of saying stands for.
  static bool IsCollectiveSpeaker(Want want, const Entity& e);
  static bool IsCompoundSpeaker(Want want, const Entity& e);
  // Whether `want` takes the latest fitting mention (descriptions: "the
  // country"), not the first (pronouns, whose first mention is the subject).
  static bool IsLatestWanted(Want want);
  // `not_code`: a code no candidate may have (an object pronoun's own
  // subject's: "Sisi urged him" is not Sisi); "" for none.
  const Entity* Find(Want want, std::span<const Entity> same_sentence,
                     std::string_view not_code = {}, int gender = 0) const;
  bool GenderClash(const Entity& e, int gender) const;
  // The latest plural of `same_sentence` that an object "them" stands for, a
  // plural of people before premises ("threw bottles at police blocking the
  // offices of the government, and officers charged them": not the offices);
  // null if none.
  static const Entity* LatestPluralForObject(std::span<const Entity> same_sentence);
  static const code::Mention* SharedSubject(std::span<const std::string_view> words, int begin,
                                            std::span<const code::Mention> earlier);
  static const code::Mention* SubjectOfObject(std::span<const std::string_view> words, int begin,
                                              std::span<const code::Mention> earlier);
  static const code::Mention* ClauseSubject(std::span<const std::string_view> words, int begin,
                                            std::span<const code::Mention> earlier);
  static const code::Mention* InfinitiveSubject(std::span<const std::string_view> words, int begin,
                                                std::span<const code::Mention> earlier);
  static const code::Mention* SubjectOfSecondClause(std::span<const std::string_view> words, int to,
                                                    std::span<const code::Mention> earlier);
  const Entity* SpeakerBefore(std::span<const std::string_view> words, int begin,
                              std::span<const code::Mention> earlier, Want want, bool* unknown);
  const Entity* SkippedSpeaker(std::span<const std::string_view> words, int said,
                               std::span<const code::Mention> earlier, Want want, bool* unknown);
  // Two different actors: codes ("ETH", "ERI") and the words that named them.
  struct Pair {
    std::string first, second, first_text, second_text;  // empty if none
  };
  // Sets `pair` (its strings reused) if `entities` hold a pair; else false.
  static bool PairOf(Want want, std::span<const Entity> entities, Pair* pair);
  static bool SplitPair(Want want, const Entity& e, size_t slash, Pair* pair);
  static int PairIndex(Want want);
  // `men`: "the two men", "both women": persons only, not a government
  // named by its country.
  bool ResolvePair(Want want, bool men, std::string* code, std::string* antecedent);
  static bool AreTwoPersons(const Entity& a, const Entity& b);
  static bool SetPair(const Entity& a, const Entity& b, Pair* pair);
  static bool NamePair(const Pair& pair, std::string* code, std::string* antecedent);
  bool ResolveAllSides(std::string* code, std::string* antecedent) const;
  bool RecentTwoPersons(bool persons_only, Pair* pair) const;
  bool ResolveNeighbour(std::span<const std::string_view> words,
                        std::span<const code::Mention> earlier, std::string* code,
                        std::string* antecedent);
  bool ResolveFormerOrLatter(std::span<const std::string_view> words, int begin,
                             std::span<const code::Mention> earlier, std::string* code,
                             std::string* antecedent);
  bool KnownNameOfDescribed(std::span<const Entity> entities,
                            std::span<const std::string_view> name, std::string_view known,
                            const Entity& described) const;
  static bool UncodedPluralBefore(std::span<const code::Mention> earlier, int begin);
  // Whether `m` names a person the dictionaries do not know ("Rolando
  // Mendoza"): an uncoded name of two or three capitalised words.
  static bool IsUnknownPersonsName(const code::Mention& m, std::span<const std::string_view> words);
  // Whether `m` has the shape of such a name, coded or not (no actor of its own).
  static bool IsNameShaped(const code::Mention& m, std::span<const std::string_view> words);
  // Remembers the last word of a name of two or three capitalised words
  // after a lower-case word that ends `m`, uncoded ("the arrest of pastor
  // Andrew Brunson" -> "Brunson"): the surname of a person the dictionaries
  // do not know.
  void RememberUnknownSurname(const code::Mention& m, std::span<const std::string_view> words);
  // Whether uncoded `m` is one word, a surname RememberUnknownSurname kept
  // ("Brunson ran a small church").
  bool IsUnknownPersonsSurname(const code::Mention& m,
                               std::span<const std::string_view> words) const;
  // Whether `earlier`, before `begin`, names such a person.
  static bool UnknownPersonBefore(std::span<const code::Mention> earlier,
                                  std::span<const std::string_view> words, int begin);
  bool ResolveTwoPersonsBefore(std::span<const std::string_view> words, int begin, int end,
                               std::string* code, std::string* antecedent);
  bool CompoundOfTwo(Want want, std::span<const Entity> entities, Pair* pair) const;
  bool IsOwnParty(const Entity& e) const;
  bool ResolveOwnRebels(std::string* code, std::string* antecedent) const;
  // The country code of the country `place` is in ("ROU"), "" if the
  // dictionaries list none.
  std::string_view CountryCodeOf(const Place& place) const;
  std::string_view GroupsPlaceCountry(std::span<const code::Mention> mentions,
                                      std::span<const std::string_view> words,
                                      code::TokenRange phrase) const;
  bool LeadsState(std::span<const code::Mention> mentions, const code::Event& e,
                  bool group_is_source, std::string_view country, bool dateline_counts) const;
  bool NamesAnotherCountry(std::span<const code::Mention> mentions, std::string_view country) const;
  bool NamesAPlaceElsewhere(std::span<const code::Mention> mentions,
                            std::span<const std::string_view> words,
                            std::string_view country) const;
  bool IsPakistanisTaliban(std::span<const std::string_view> words, std::string_view code) const;
  void RememberAttribution(std::span<const std::string_view> words, WordSpan span, Date date);
  void TrimToCountries(std::string* codes) const;
  std::string ReactorBefore(std::span<const std::string_view> words, int begin) const;
  bool ResolveRoleFrom(std::span<const std::string_view> words, int begin, int end,
                       std::string* code, std::string* antecedent) const;
  std::string PossessorsCountry(std::span<const std::string_view> words, int pos) const;
  bool ResolveDeployment(std::span<const std::string_view> phrase, std::string* code,
                         std::string* antecedent) const;
  bool CodeTitle(std::span<const std::string_view> phrase, std::string* code,
                 std::string* antecedent) const;
  bool ResolveEnvoy(std::string* code, std::string* antecedent) const;
  const Entity* SameHead(std::span<const std::string_view> phrase) const;
  // "a spokesman", "spokesman NAME": the previous sentence's subject's.
  bool ResolveSpokesman(std::span<const std::string_view> phrase, std::string* code,
                        std::string* antecedent) const;
  // "the country's opposition": the role of the country "the country" names.
  bool ResolveCountrysRole(std::span<const std::string_view> phrase, std::string* code,
                           std::string* antecedent) const;
  // "the coalition's spokesman": the role of the body "the coalition" names.
  bool ResolveBodysRole(std::span<const std::string_view> phrase, std::string* code,
                        std::string* antecedent) const;
  // "the North", "the South's military": that half of a divided country the
  // article named (PRK, KORMIL).
  bool ResolveDividedHalf(std::span<const std::string_view> phrase, std::string* code,
                          std::string* antecedent) const;
  std::string OwnersRole(std::span<const std::string_view> phrase) const;
  // "the findings of the court": the role of the body "the court" names.
  bool ResolveBodyAfterOf(std::span<const std::string_view> phrase, std::string* code,
                          std::string* antecedent) const;
  // "the council" after "the Transitional Military Council", "the group"
  // after "al-Shabab": the body named before (scratch_ holds the sentence's).
  void RememberBodies(std::span<const Entity> entities);
  const Entity* LatestOrganisation(bool armed, bool international) const;
  // "ethnic Albanian rebels" in a story about Macedonia: an armed group
  // named by a minority's adjective, or by a name made only of common words
  // ("the National Liberation Army") of a country the article never named,
  // is the state's the article names most (see coreference_minorities.cc).
  bool IsMinorityGroup(std::span<const std::string_view> phrase, std::string_view code) const;
  bool IsMinorityLeaders(std::span<const std::string_view> phrase) const;
  bool ResolveMinorityGroup(std::span<const std::string_view> words, int begin, int end,
                            std::span<const code::Mention> earlier, std::string* code,
                            std::string* antecedent) const;
  void RememberMinorities(std::span<const std::string_view> words);
  // "the junta", "the military government" without a country: of the
  // country whose government the article called military, else whose former
  // leader it named (the one they deposed), not of the foreign power named
  // most (see coreference_minorities.cc).
  static bool IsCountrylessJunta(std::span<const std::string_view> phrase, std::string_view code);
  static bool AreNamedOfficers(const Entity& e);
  bool ResolveOfficers(std::span<const code::Mention> earlier,
                       std::span<const std::string_view> words,
                       std::span<const std::string_view> phrase, std::string* code,
                       std::string* antecedent) const;
  bool ResolveJunta(std::span<const std::string_view> phrase, std::string* code,
                    std::string* antecedent) const;
  void RememberRegimes(std::span<const Entity> entities);
  bool ResolveSameBody(std::span<const std::string_view> phrase, std::string* code,
                       std::string* antecedent) const;
  static const Entity* DomesticSubject(std::span<const Entity> same);
  const Entity* ScenePlace(std::span<const Entity> same) const;
  static bool ThreeCountries(std::span<const Entity> sentence, std::string* countries,
                             std::string* text);
  bool ResolveTriple(Want want, std::string* code, std::string* antecedent) const;
  // "them" after "Kenya, Uganda and Tanzania": the codes of all the members
  // of `e`'s compound ("KEN/UGA/TZA"), else `e`'s own.
  std::string MembersOf(const Entity& e) const;
  // `object`: the role is a verb's object (not the same role its subject named).
  bool ResolveRoleByArticle(std::span<const Entity> same, std::string* code,
                            std::string* antecedent, bool object) const;
  // "Its spokesman" before any party of its sentence: the previous sentence's subject's.
  bool ResolveOwnerBefore(std::string* code, std::string* antecedent) const;
  bool ResolveAskedToAct(std::span<const std::string_view> words, int begin,
                         std::span<const code::Mention> earlier, std::string* code,
                         std::string* antecedent) const;
  bool ResolveTrailingReporter(std::span<const std::string_view> words, int begin,
                               std::string* code, std::string* antecedent) const;
  static bool OpensWithReporter(std::span<const std::string_view> words, int begin,
                                std::span<const code::Mention> earlier);
  static bool ResolvePossessor(std::span<const Entity> same, std::string* code,
                               std::string* antecedent);
  bool ResolveDescribedLeader(std::span<const std::string_view> words, int end,
                              std::span<const code::Mention> earlier, std::string* code,
                              std::string* antecedent);
  bool ResolvePersonsRole(std::span<const std::string_view> words, int begin, int end,
                          std::string* code, std::string* antecedent) const;
  bool ResolveCounterpart(const Entity& owner, std::string* code, std::string* antecedent) const;
  bool IsVisitingTitle(std::span<const std::string_view> words, std::string_view code) const;
  bool ResolveHostsRole(std::span<const Entity> same, std::string* code,
                        std::string* antecedent) const;
  bool LeftHost(std::span<const Entity> entities, std::span<const std::string_view> words) const;
  bool ResolveWhereHost(std::span<const std::string_view> words, int begin,
                        std::span<const code::Mention> earlier, std::string* code,
                        std::string* antecedent) const;
  bool ResolveVisitor(std::span<const std::string_view> phrase, std::string* code,
                      std::string* antecedent) const;
  static bool ResolveRoleBySender(std::span<const Entity> same, std::string* code,
                                  std::string* antecedent);
  static void SetRoleOf(const Entity& e, std::string* code, std::string* antecedent);
  bool ResolveRoleByPlace(std::span<const std::string_view> phrase, std::string* code) const;
  static std::span<const std::string_view> ApposedRole(std::span<const std::string_view> words,
                                                       int begin, int end);
  const Place* PlaceAfter(std::span<const std::string_view> words, size_t at) const;
  bool ResolveRoleInScene(std::span<const std::string_view> words, int begin, int end,
                          std::string* code) const;
  bool ResolveRoleOnSide(std::span<const std::string_view> words, int begin,
                         std::span<const code::Mention> earlier, std::string* code,
                         std::string* antecedent) const;
  bool SetCountryOf(const Place& place, std::string* code) const;
  const Place* PlaceOpeningRun(std::span<const std::string_view> phrase, size_t begin,
                               size_t run_end, size_t most, size_t* used = nullptr) const;
  bool ResolvePlaceName(std::span<const std::string_view> words, int begin, int end,
                        std::string* code, std::string* antecedent) const;
  void RememberSurnames(std::span<const Entity> entities);
  void RememberFathersSurname(std::string_view name, std::string_view first, const Entity& e);
  // Whether the single name `words`, which the dictionaries coded `code`,
  // is the surname of another person the article named in full.
  bool IsOtherPersonsSurname(std::span<const std::string_view> words, std::string_view code) const;
  // Whether the single name `words` is a person the dictionaries know other
  // than `named`, a person they know too whom the article named in full.
  bool NamesAnotherKnownPerson(std::span<const std::string_view> words, const Entity& named) const;
  void RememberPossessor(const Entity& e);
  void RememberAppositiveNames(std::span<const std::string_view> words,
                               std::vector<Entity>& entities);
  bool ResolveOwnersRole(std::string_view owner, std::string* code, std::string* antecedent) const;
  // "the president's resignation", "the minister's dismissal": where the
  // "'s" after a title with "the" is in an uncoded phrase that ends in a
  // deed, statement or office the title holder owns; 0 if not so.
  static int TitledOwnerEnd(std::span<const std::string_view> phrase, std::string_view code);
  // Such a phrase is its owner's: the title resolved as any title is.
  bool ResolveTitledOwner(std::span<const std::string_view> words, int begin, int owner_end,
                          std::span<const code::Mention> earlier, std::string* code,
                          std::string* antecedent);
  bool ResolveSurname(std::span<const std::string_view> words, int begin, int end,
                      std::string* code, std::string* antecedent) const;
  void RememberShortName(const code::Mention& m, const Entity& e,
                         std::span<const std::string_view> words);
  bool ResolveShortName(std::string_view last, std::string* code, std::string* antecedent) const;
  void ReadAsTraveller(std::span<const std::string_view> words, int end,
                       std::span<const code::Mention> earlier, std::string* code,
                       std::string* antecedent) const;
  void ReadAsOtherSide(std::span<const std::string_view> words, int end,
                       std::span<const code::Mention> earlier, std::string* code,
                       std::string* antecedent) const;
  bool OtherSide(std::string_view country, std::span<const code::Mention> mentions,
                 std::span<const std::string_view> words, std::string* other,
                 std::string* text) const;
  bool InQuote(int t) const;  // whether word t is inside the current sentence's quotes
  // Whether codes a and b are one side: one country's ("KENGOV", "KENMIL"), else equal.
  bool SameSide(std::string_view a, std::string_view b) const;
  const Entity* OpposingParty() const;
  static bool IsGang(const Entity& e);
  const Entity* LatestGroupOrGang() const;
  bool ResolveTheirs(std::span<const std::string_view> words, int begin,
                     std::span<const code::Mention> earlier, std::string* code,
                     std::string* antecedent);
  bool ResolveFirstPerson(Want want, std::span<const std::string_view> phrase, int begin,
                          std::string* code, std::string* antecedent) const;

  const dict::Dictionaries& dicts_;
  std::unordered_map<std::string, std::string> country_by_iso_;  // "ROU" -> its code
  // How often the article has named each country so far: an article names
  // few, so a short list searched in order beats hashing a new key a mention.
  class CountryTally {
   public:
    void Add(std::string_view country, int n);
    // The country named most (ties: the first code in order), "" if none.
    std::string_view MostNamed() const;
    // The country named most but `other`, "" if none; and how often `country` was.
    std::string_view MostNamedBut(std::string_view other) const;
    int Count(std::string_view country) const;
    // The two countries named most, each at least twice (ties: the first
    // named); false if there are not two such.
    bool TwoMostNamed(std::string_view* first, std::string_view* second) const;
    void Clear() { counts_.clear(); }
    bool empty() const { return counts_.empty(); }

   private:
    std::vector<std::pair<std::string, int>> counts_;
  };
  CountryTally country_mentions_;  // of the article, by country
  CountryTally party_mentions_;    // ... not as places or datelines
  CountryTally place_mentions_;    // ... as places ("in Mali")
  CountryTally target_mentions_;   // ... as another's events' target
  PlaceCache* places_ = nullptr;
  std::vector<std::vector<Entity>> sentences_;  // the last kLookback sentences, oldest first
  // For each of sentences_: it named a person the dictionaries do not know
  // and no coded person ("Rolando Mendoza, 55, ... seized the bus"), whom a
  // later "he" stands for rather than a person named before.
  std::vector<bool> unknown_person_;
  // The surnames of persons the dictionaries do not know, named in full
  // earlier in the article (RememberUnknownSurname).
  std::unordered_set<std::string> unknown_surnames_;
  // The article's coded mentions ending in a name, by its last word:
  // "Opposition leader Maria Corina Machado" -> "Machado" (RememberSurnames).
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Entity, NameHash, std::equal_to<>> surnames_;
  // The article's non-state bodies named by two or more capitalised words,
  // by the last: "Muslim Brotherhood" -> "Brotherhood" (RememberShortName).
  std::unordered_map<std::string, Entity, NameHash, std::equal_to<>> short_names_;
  // The latest officers the article named with their country and force
  // ("four Russian army officers": RUSMIL), whom "the officers" names again.
  Entity named_officers_;
  // A person's name (as an antecedent) -> the gender a pronoun that stood
  // for it had: 1 "he", 2 "she".
  std::unordered_map<std::string, int, NameHash, std::equal_to<>> genders_;
  // The article's coded mentions of a body named by a body's noun ("the
  // ruling Transitional Military Council"), oldest first: "the council" may
  // name it however far back (ResolveSameBody).
  std::vector<Entity> bodies_;
  // Countries the article called an ethnic minority ("the ethnic Albanian
  // minority": "ALB"), whose armed groups are of the state they live in.
  std::vector<std::string> minorities_;
  // The country of the latest military government the article named with
  // its country ("Mali's military-led government"), and of its latest
  // former leader ("ousted President Mohamed Bazoum").
  std::string junta_country_, ousted_country_;
  std::string dateline_country_;  // the dateline's country ("PAK"), "" if none
  std::string dateline_city_;     // the dateline's place as written ("TRIPOLI"), "" if none
  // The article's latest list of three countries that opened a sentence
  // ("USA/AUS/GBR") and its words: "the three countries" however far on.
  std::string last_triple_, last_triple_text_;
  // The armed group the article named with a country last ("the attackers").
  Entity last_armed_group_;
  // The police or army the article named with a country last ("the officers").
  Entity last_security_force_;
  // Country codes: a bit for each three capitals ("KEN"), any other in the set.
  std::vector<bool> three_letter_countries_;
  std::unordered_set<std::string, NameHash, std::equal_to<>> other_country_codes_;
  uint64_t other_code_lengths_ = 0;  // bit n: a code of n characters (< 64) in the set
  // A bit for the last three capitals of each code of six characters or more
  // in the set ("GIB" of "GBRGIB"); empty if one has no such tail.
  std::vector<bool> other_code_tails_;
  std::vector<Entity> scratch_;
  Entity skipped_speaker_;  // what SkippedSpeaker returns
  // The phrase Handles last said it handles (its words, by where they lie)
  // and what it wants: Resolve, asked about it next, reads it rather than
  // asking Wanted again (WantedOnce).
  struct HandledPhrase {
    const std::string_view* words = nullptr;
    size_t size = 0;
    std::string code;
    Want want = Want::kNone;
  };
  mutable HandledPhrase handled_;
  std::vector<ResolvedName> resolved_names_;  // of the sentence being coded
  Pair last_pairs_[3];            // the latest sentence's pair of persons, countries, sides
  Pair same_pair_;                // scratch: the pair of the sentence being coded
  Pair event_pair_;               // the latest written event's two sides
  Pair fight_pair_;               // ... the latest written use of force's
  std::string visitor_;           // the latest written visit's visitor (042, 043)
  std::string host_;              // ... the country visited, for two sentences more
  int host_age_ = 0;              // ... sentences since that visit
  std::vector<WordSpan> quoted_;  // the current sentence's quotes
  std::string speaker_;           // ... and their speaker's code, "" if none
  std::string speaker_text_;
  Deeds deeds_;  // the article's written events
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_COREFERENCE_H_
