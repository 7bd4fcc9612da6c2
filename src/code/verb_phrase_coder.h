// The coder of one verb phrase (VerbPhraseCoder) and what it shares with the
// sentence loop: the scratch space reused from sentence to sentence and the
// parties of an event. Its members are defined by topic: verb_forms.cc (the
// verb's forms and patterns), parties.cc (finding the target and the source),
// compounds.cc (compound subjects and co-actors), events.cc (events from the
// parties), verb_phrase.cc (coding one verb phrase, Code).
#ifndef DYAD_SRC_CODE_VERB_PHRASE_CODER_H_
#define DYAD_SRC_CODE_VERB_PHRASE_CODER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/sentence.h"
#include "code/stages.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::code {

inline bool IsNullCode(std::string_view code) { return code.empty() || code == "---"; }

// A noun of a fight between sides: "fighting", "clashes", "a gunbattle",
// "the war" (compounds.cc).
bool IsFightingNoun(std::string_view w);

// Whether `code` is an armed side: forces, police, rebels, insurgents,
// militias, separatists (parties.cc).
bool IsArmedSide(std::string_view code);

// Whether `code` is a state's government, legislature, courts, parties,
// opposition or former leaders (parties.cc).
bool IsPoliticalBody(std::string_view code);

// One side of an event: a code and the phrase it came from.
struct Party {
  std::string code;
  int phrase = -1;
  // Of a phrase read as two actors ("the two men": "SSDGOV/SSDREB"): which
  // of them, 0 or 1; -1 for any other phrase.
  int member = -1;
};

// Reusable per-coder buffers, so that coding a sentence allocates little.
struct CoderScratch {
  Sentence sentence;
  std::string upper;
  std::vector<dict::WordId> words;
  std::vector<int> lower, before;  // token indices after the verb / before it, outwards
  // Where in `lower` a clause the verb reports begins ("announced that X and
  // Y agreed to ..."): only patterns that name "that" read its words.
  size_t reported_clause = SIZE_MAX;
  // Where in `lower` a clause of time or cause opens ("appealed for help after
  // the earthquake devastated ..."): its conjunction and subject end `lower`,
  // and a pattern begun before them may finish on their words, binding no
  // party there.
  size_t adverbial_clause = SIZE_MAX;
  std::vector<uint32_t> pattern_stamp;
  uint32_t generation = 0;
  std::vector<int> candidates;
  std::vector<int> forms;                // verb forms chosen for the current verb
  std::vector<int> spread;               // longer forms that match across modifiers
  int spread_end = 0;                    // the last token of the spread forms
  std::vector<int> event_blocks;         // the verb block of each event in the result
  std::vector<ReportingVerb> reporting;  // reporting verbs whose phrase is open
  ResolverScratch resolving;
};

class VerbPhraseCoder {
 public:
  VerbPhraseCoder(const dict::Dictionaries& dicts, const CoderOptions& options,
                  CoderScratch& scratch, PhraseResolver* resolver, SentenceResult* result)
      : dicts_(dicts),
        options_(options),
        x_(scratch),
        s_(scratch.sentence),
        resolver_(resolver),
        result_(result) {}

  // Codes one verb phrase; returns whether the verb yielded a code (which
  // makes the caller skip the verb phrases nested in it).
  bool Code(const VerbPhrase& vp);
  // The verb block and the source of the last verb coded.
  int last_block() const { return block_; }
  int last_source() const { return source_; }
  // Whether the last verb was a toll ("hundreds injured in clashes"), which
  // owns its phrase as a passive does.
  bool last_toll() const { return toll_; }
  // Whether the last verb was negated inside its own words ("is not ready
  // to"), which takes its complements with it as a negated verb phrase does.
  bool last_negated_form() const { return negated_form_; }
  // Whether the last verb owns its phrase though it gave no event (an appeal
  // to no one known: "urged the council to ...").
  bool last_silent_owner() const { return silent_owner_; }
  std::vector<Party> PartiesOfUnit(int unit) const { return PartiesOf(unit); }
  ActorProvenance ProvenanceOf(const Party& p, int unit) const { return Provenance(p, unit); }
  // Copies the events of the verb before an elliptical "as did X" to X.
  void AddEllipticalSubjects();
  // dyad: the verb of an infinitive of purpose after a contact ("telephoned
  // May to offer his condolences"), coded with the contact's parties.
  void set_purpose_verb(int verb) { purpose_verb_ = verb; }

 private:
  bool ChooseVerbForms(int verb, int* start, int* end);
  bool IsBeLemma(const VerbPhrase& vp);
  bool NegatedWithin(int start, int end) const;
  bool ChooseSubjectForms(int verb, int begin, int end);
  int SidesBetween(const VerbPhrase& vp, int verb, int noun, int* noun_end) const;
  bool CodeSidesOfPassive(const VerbPhrase& vp, int verb);
  int ActivePattern(int verb, int sides, int noun_begin, int noun_end);
  int NounOfParticiple(const VerbPhrase& vp) const;
  int PassiveSubject(const VerbPhrase& vp) const;
  bool SaysBetween();
  bool DatesItself(int verb, int end) const;
  int FallbackForm() const;
  bool FormMatches(const dict::VerbDictionary::FormWords& form, int verb, bool modifiers,
                   int* start, int* end) const;
  int PastTimePhrase(int t) const;
  void CollectSequences(int start, int end, int vp_end);
  void CollectSharedObject(int vp_end);
  void AppendAdverbialSubject(int t);
  int BestPattern(const std::vector<int>& forms, PatternBinding* binding);
  bool VerbBeforeUnit(int unit) const;
  // Whether `pattern`, matched as `binding`, reads its words in the clause the
  // verb reports ("announced that X and Y agreed to a ceasefire": not "*
  // ceasefire"), without naming that clause's "that" ("* that TARGET would pay").
  // Its TARGET may stand there: "warned that Israel would pay" threatens Israel.
  bool WordsInReportedClause(const dict::Pattern& pattern, const PatternBinding& binding) const;
  bool ReachesIntoAdverbialClause(const PatternBinding& binding) const;
  std::string_view HostCountry(int source, int target) const;
  void PreferSpreadForms(int* pattern, PatternBinding* binding);
  bool IsCodedUnit(int unit) const;
  bool IsUncodedNameAgainst(int unit) const;
  bool IsGroup(int unit) const;
  int ThroughPrepositions(int unit, int moved = -1) const;
  static bool JudgesItsObject(std::span<const dict::PatternElement> after);
  bool NamesOnlyPoliticalBodies(int unit) const;
  int MovedForces(int first_word) const;
  int CodedUnitRightAfter(int unit) const;
  bool SubjectOfACondition(int unit) const;
  bool IsObjectOfAnEarlierPredicate(int unit, int verb) const;
  std::string_view UnitCode(int unit) const;
  bool IsState(int unit) const;
  bool NamesWhatWasDoneTo(int unit) const;
  int ReportingBody(int victim, std::string_view code) const;
  int FindTarget(const VerbPhrase& vp) const;
  bool IsSendersOwnForce(int target, int source) const;
  bool IsSendersOwnTroops(int target, int source) const;
  int DestinationAfter(int unit) const;
  bool IsReciprocal(int unit) const;
  // Whether token `t` opens a relative clause set off by a comma (", which
  // killed 240 people", ", who ..."): an aside on the phrase before it, not
  // on an accord, whose aside names its parties.
  bool OpensRelativeAside(int t) const;
  bool IsAdverbialConjunction(int t) const;
  bool StartsSubject(int t) const;
  bool MovesOwnTroops(std::string_view country) const;
  bool NamesTroopsGoing(int phrase) const;
  bool NamesAttack(const Event& proto) const;
  bool IsTrailingParticiple(const VerbPhrase& vp) const;
  bool IsAdverbialParticiple(const VerbPhrase& vp) const;
  bool IsTheirOwn(int target) const;
  bool IsForceOnObject(int target, int verb, std::string_view code) const;
  bool HasUncodedNounSubject(const VerbPhrase& vp) const;
  int CoordinatedWithTarget(int target, int end) const;
  int Companions(int target) const;
  int AttackerNamedAfter(int verb, int end) const;
  int SideFoughtAfter(int verb, int end) const;
  int SubjectCompanion(int source, int verb) const;
  int Joiner(int source, int verb) const;
  int GappedSubjects(int unit) const;
  int NamedMembers(int unit) const;
  bool IsAmount(int begin, int end) const;
  bool IsPredicateAfterCommaAnd(const VerbPhrase& vp) const;
  int VictimsIfNoOneHit(const VerbPhrase& vp, int verb, int target, std::string_view code) const;
  bool StrikesAnotherCountry(const VerbPhrase& vp, int target) const;
  int TargetingParticiple(int verb, int target);
  bool IsGroundOnWhich(int unit) const;
  // Whether `unit` is "it" or "we" opening a clause after "that" of `vp`,
  // resolved to its subject's country: the speaker named again ("Washington
  // warned that it would not accept ..."), no target.
  bool SpeakerInReportedClause(const VerbPhrase& vp, int unit) const;
  // Whether `unit` is a bare country or place a journey goes to or comes
  // from ("to stop him travelling to [Turkey]", "hurt arrivals from [Hong
  // Kong]"): a place, no party.
  bool NamesPlaceOfClause(int unit) const;
  // Whether the participle at `verb` is blame that describes the noun right
  // before it ("the militant [blamed] for the bombings"): no event.
  bool IsReducedParticipleOfBlame(int verb) const;
  // Whether `unit` is a capital named by its country after a preposition of
  // place ("in [Pakistan's capital]", "in [the Kenyan capital]"): a place, as
  // its name is ("in Islamabad"), no party the verb acts on.
  bool NamesCapitalByItsCountry(int unit) const;
  bool NamesOnlyMembers(int target, int source) const;
  bool IsBrokerAgent(int unit) const;
  bool NamesWhat(int unit) const;
  bool IsAudienceOrMedium(int unit) const;
  int PassiveAgent() const;
  bool NamesUncodedParties(int unit) const;
  bool NamesAParty(int unit) const;
  std::string_view OwnGround(std::string_view code, int verb, int source, int target) const;
  int AddresseeBeforeInfinitive() const;
  bool BlocksPlatforms(int unit) const;
  bool NamesAPerson(int unit) const;
  bool NamesGround(int unit) const;
  bool IsGappedToll(const VerbPhrase& vp) const;
  int OrdererOfPassive(const VerbPhrase& vp, int* named) const;
  bool IsOrderedToAct(int verb, int unit) const;
  int CodedUnitAfter(int begin, int end) const;
  int ConditionParty(int verb, int end) const;
  // Whom a warning of the warner's own response threatens: the party its
  // "that" clause names after the response, -1 if none (or no such clause),
  // kAnotherSidesResponse when the clause tells another side's response.
  static constexpr int kAnotherSidesResponse = -2;
  int ThreatenedByOwnResponse(int verb, int source, int end) const;
  int HearerOfTelling(const VerbPhrase& vp, int source) const;
  bool GroundOfAnAuthorlessAttack(int unit) const;
  bool SharesTheClause(const VerbPhrase& vp, bool trailing) const;
  int AnsweredSide(int source, int from, int end) const;
  void AlertAgainstTheCounterpart(int source, const std::string& code, Event proto);
  bool IsSubjectOfAgentlessPassive(int unit) const;
  bool DemandOfTheGovernment(int source, int subject, const std::string& code, Event proto);
  bool OnSameSide(int unit, int other) const;
  bool OwnedBy(int unit, int source) const;
  int AttackAuthorBefore(int unit) const;
  bool FacesTheResponse(int unit, int from) const;
  int ThroughCondition(int end) const;
  bool SendsOwnForces(int verb, int target, int source) const;
  bool IsOwnForce(int source, int target) const;
  bool NamesChargeMade(int unit) const;
  bool InCircumstance(int unit) const;
  // Whether the verb's block may leave its target implicit ("target:" in its
  // dictionary block: resign, impose a curfew).
  bool HasImplicitTarget() const;
  bool IsVerbOfSaying(int verb) const;
  bool IsMeetingPlace(int unit, std::string_view code) const;
  bool IsDestination(int unit) const;
  int CapitalVisited(int verb_end) const;
  int CapitalOfThingStruck(int target) const;
  int CapitalAfter(int unit, std::initializer_list<std::string_view> prepositions) const;
  bool IsUnattributedWeapon(int unit) const;
  bool IsUnattributedAttack(int unit) const;
  int AttackModifiersStart(int unit) const;
  bool NamesAnActor(int begin, int end) const;
  bool IsPlaceOfSubjectAttack(const VerbPhrase& vp, int unit) const;
  int DeedObject(int target);
  bool CoupInACountry(int object);
  bool PledgeToTheArticlesCountry(int source, const std::string& code, const Event& proto);
  bool DenialOfTheCharge(int source, int verb, const std::string& code, const Event& proto);
  bool DenialToTheAccuser(int source, int target, const std::string& code, Event proto);
  enum class Denied { kNone, kThat, kGerund, kCharge, kPart };
  Denied DeniedClause(int verb) const;
  bool NamedSubjectOfClause(int t) const;
  bool DeedOfItsPatient(int object);
  bool DeedCalledIt(int object);
  void DeniedOwnSide(const VerbPhrase& vp, int* source, int* target);
  int DeniedObjectStart(int verb) const;
  bool DeniesWhatWasDoneToIt(int source, int verb) const;
  static bool IsCountrylessStateBody(std::string_view code);
  Denied DeniedNoun(int t) const;
  int FightingSides(const VerbPhrase& vp) const;
  std::vector<Party> FightingPair(const VerbPhrase& vp) const;
  bool CalmsPeopleNotTheDoers(int shared_target) const;
  bool HelpsNotTheDoers(int shared_target, std::string_view code) const;
  bool ShareClauseParties(const VerbPhrase& vp, const PatternBinding& binding, bool trailing,
                          std::string_view code, int* source, int* target) const;
  int ChooseTarget(const VerbPhrase& vp, int verb, bool passive, int pattern,
                   const std::string& code, PatternBinding* binding);
  bool NamesProtestsAfter(int verb) const;
  bool OpenTarget(int source, int target, const std::string& code, int start, int end, int pattern);
  bool CodeAgentlessPassive(const VerbPhrase& vp, int verb, const std::string& code, int pattern,
                            int start, int end);
  Event Proto(int start, int end, bool passive, int pattern) const;
  bool MentionsNegation(const dict::Pattern& p) const;
  int FindSource(const VerbPhrase& vp, int target) const;
  bool SubjectSharesTargetsCode(const VerbPhrase& vp, int target) const;
  int RelativeAntecedent(const VerbPhrase& vp) const;
  int SubjectBeforeAside(const VerbPhrase& vp) const;
  int SubjectAfterOpeningParticiple(const VerbPhrase& vp) const;
  bool IsNominalWithoutAgent(int verb, int vp_end) const;
  bool IsReducedParticipleRead(int verb, int form_end) const;
  std::vector<Party> PartiesOf(int unit) const;
  std::string NewActorText(int unit) const;
  ActorProvenance Provenance(const Party& p, int unit) const;
  static bool IsPairOfTwo(const Party& a, const Party& b);
  static std::string MemberText(const std::string& antecedent, int member);
  TokenRange TokensOf(int unit) const {
    return unit < 0 ? TokenRange{}
                    : TokenRange{s_.units[unit].token_begin, s_.units[unit].token_end};
  }
  void MakeEvents(int source, int target, const std::string& full_code, bool passive, Event proto);
  // MakeEvents with `unnamed` as the code of the side given as -1 (one the
  // sentence does not name; "" for a target the article fills).
  void MakeEventsNaming(std::string unnamed, int source, int target, const std::string& full_code,
                        bool passive, Event proto);
  void AddEvents(const std::vector<Party>& src, const std::vector<Party>& tgt,
                 std::string_view code, const Event& proto, int src_unit, int tgt_unit);

  const dict::Dictionaries& dicts_;
  const CoderOptions& options_;
  CoderScratch& x_;
  Sentence& s_;
  PhraseResolver* resolver_;  // may be null
  SentenceResult* result_;
  int block_ = -1;
  int source_ = -1;
  bool toll_ = false;
  bool silent_owner_ = false;
  // The verb of a denial whose clause opens with the denier's own side
  // ("denied that Belgrade had ..."), or -1 (DeniedOwnSide).
  int own_side_denial_ = -1;
  bool future_ = false;
  bool negated_ = false;
  bool negated_form_ = false;  // negated by a word among the verb's own
  int says_between_ = -1;      // whether the sentence has "between", -1 until asked
  bool hypothetical_ = false;
  bool says_ = false;            // a verb of saying: a reporting verb or a statement (01)
  std::string unnamed_ = "---";  // the code of an actor the sentence does not name
  int visited_ = -1;             // the unit a visit (042) goes to, -1 if none
  int merged_participle_ = -1;   // a ", targeting X" verb an attack took X from
  // The coded target of the last verb phrase that made events, and where its
  // coordination starts: "met Wen in Beijing and signed agreements".
  int shared_target_ = -1, shared_clause_ = -1;
  int clause_source_ = -1;  // the source of the last verb that is no trailing participle
  int purpose_verb_ = -1;   // an infinitive of purpose after a contact, -1 if none
};

// dyad: whether an event of `code` can run between the members of a compound
// subject that names no other party (compounds.cc).
bool IsReciprocalCode(std::string_view code);

// Whether `verb` is one of exchange ("exchanged", "swapped") (compounds.cc).
bool IsReciprocalVerb(std::string_view verb);

// dyad: whether an event of `code` reacts to what someone did, so that an
// object naming a deed can name its target (parties.cc).
bool ReactsToDeed(std::string_view code);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_VERB_PHRASE_CODER_H_
