// The article's attacks: who claimed them, and what kind they are.
//
// Claims of responsibility: "al Shabaab claimed responsibility for the
// assault", "Islamic State claimed the bombing", "The attack, claimed by
// JNIM, ...". An armed group of a country that claims an attack is its
// author, as a careful reader takes it (docs/articles.md, convention 3: the
// text ties the attackers to a group): the article's uses of force by
// unnamed attackers (---UAF, "gunmen", "a suicide bomber") are the group's,
// and so are the condemnations, accusations and threats aimed at them ("the
// UN condemned the attack"). A group of no country ("Islamic State":
// ---INS), a claim denied or not made ("No group has claimed
// responsibility", "has yet to claim"), and two groups that claim different
// codes give no author. Sentences that name an earlier year keep their
// unnamed attackers: they tell of earlier attacks ("In 2017, militants killed ...").
//
// Force that armed men outside the state (---UAF, a country's INS, REB, SEP
// or CRM) use on civilians (CVL, and the trades of society: EDU, HLH, MED,
// REL, LAB, BUS) is unconventional violence (18), as CAMEO codes it and as
// data/verbs/19.txt does for the words it knows ("gunmen killed 20
// villagers": 1823): a verb's bare 190 or 193 is read as 1823 for a killing,
// else 180. Against troops, police or a state it stays a fight (19).
//
// Seizures of places: an armed party (a country's army, rebels, insurgents,
// separatists, or unnamed attackers) that seizes, captures, overruns,
// occupies or takes control of a town, region or country the gazetteer knows
// ("ISIL fighters took control of Mosul", "Rebels captured the town of
// Debaltseve", "The jihadists overran northern Mali") occupies territory of
// that place's country (192), its own included ("Iraqi troops retook
// Kirkuk": IRQMIL IRQ); rebels, insurgents or separatists of no country
// named are that country's. Not an attempt, an intention or a denial ("tried to
// seize", "vowed to capture", "did not take control of"), a place the verb's
// object does not name at once, nor a verb the coder already coded, unless
// the coder's 192 took a phrase past the object for the target ("took
// control of Mosul ... in which soldiers and police abandoned their posts":
// the place's country, IRQ, not the soldiers).
//
// The article coder finds the claims while it codes the sentences, then
// reads the article's attacks before it resolves them; private to src/doc.
#ifndef DYAD_DOC_ATTACKS_H_
#define DYAD_DOC_ATTACKS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/gazetteer.h"

namespace dyad::doc {

// The code of the deed a claim of responsibility tells, as the article's
// deeds remember it (deeds.h): an attack by the group (unconventional
// violence).
inline constexpr std::string_view kClaimedAttack = "180";

// The forms of "claim" and "blamed", "attributed", in lower case: a sentence
// with none claims no attack (SentenceGates).
std::span<const std::string_view> ClaimWords();

// The code of the armed group (a country's INS, REB or SEP) that the
// sentence says claimed an attack: the subject of "claimed responsibility",
// "claimed credit", "claimed the attack" (or another deed of force), or the
// phrase after "claimed by" that follows such a deed or "responsibility",
// or after "blamed on" or "attributed to" that follows such a deed ("A huge
// van bomb blamed on the Basque separatist group ETA": ESPSEP).
// `mentions` are the sentence's coded noun phrases (Coder::LastMentions);
// a phrase the coder set aside in a comma clause is coded with `dicts` at
// `date`.
// "" if none, or the claim is negated, doubted or hypothetical.
std::string ClaimerOf(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                      std::span<const std::string_view> tags,
                      std::span<const code::Mention> mentions, Date date);

// The article's claims, one sentence at a time.
class Claims {
 public:
  void Clear() {
    claimer_.clear();
    conflicting_ = false;
  }
  // Adds a sentence's claimer ("" for none).
  void Add(std::string_view claimer);
  // The one group that claimed the article's attacks, "" for none or when
  // groups of different codes did.
  std::string_view claimer() const { return conflicting_ ? std::string_view() : claimer_; }

 private:
  std::string claimer_;
  bool conflicting_ = false;
};

// Whether `words` names a year before `date`'s ("in 2017", "the 2013 raid"
// in a 2019 story; any year when `date` is kNoDate).
bool NamesEarlierYear(std::span<const std::string_view> words, Date date);

// Gives `claimer` the events of a sentence: a use of force (CAMEO 18-20) by
// ---UAF is the claimer's, and so is a ---UAF target of words of conflict or
// disapproval (11-13: "condemned the attack", "threatened the attackers").
void GiveClaimedAttacks(std::string_view claimer, std::vector<code::Event>* events);

// Reads the events' bare uses of force (190, 193) by armed men outside the
// state against civilians as unconventional violence (1823 for a killing,
// else 180).
void ReadViolenceAgainstCivilians(std::vector<code::Event>* events);

// Whether `events` tell of force (CAMEO 18-20) used by unnamed attackers
// (---UAF, before a claim gives them an author).
bool TellsUnnamedAttack(std::span<const code::Event> events);

// Reads the targets of the state's pursuit after an attack (the gold
// conventions, rule 3). In an article that told of an attack by unnamed
// attackers (`unnamed_attack`), the suspects arrested or fought (17-20: "Police
// arrested 13 suspects", "killed three suspects") are those attackers, ---UAF,
// not criminals of no attack; a lone attacker that the state arrests or tries
// afterwards (17: "Police arrested him", "detained the gunman") is a criminal,
// ---CRM, as no longer fighting. People of no country arrested "over" or "in
// connection with" an attack the sentence names ("detained 11 people ... over
// an attack on a concert hall") are its attackers too, in any article.
// `words` is the events' sentence.
void ReadPursuedAttackers(std::span<const std::string_view> words, bool unnamed_attack,
                          std::vector<code::Event>* events);

// The verbs of seizure, "control" and "over" ("took control of", "took
// over"), in lower case: a sentence with none tells no seizure (SentenceGates).
std::span<const std::string_view> SeizureWords();

// Adds to `events` the sentence's seizures of places found with `places`
// (see above); `mentions` are its coded noun phrases. A name is looked up in
// the taker's country, else in `dateline_country` (ISO alpha-3, may be
// empty).
void FindSeizures(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                  std::span<const code::Mention> mentions, PlaceCache* places,
                  std::string_view dateline_country, std::vector<code::Event>* events);

// Words that tell of a hold (hostages, a siege, a refuge), in lower case: a
// sentence with none names no holders (SentenceGates).
std::span<const std::string_view> HoldWords();

// The forms of "storm", in lower case: a sentence with none tells no
// storming (SentenceGates).
std::span<const std::string_view> StormWords();

// The code of the armed men outside the state (---UAF, a country's INS, REB
// or SEP; not criminals) that a sentence telling of a hold (HoldWords())
// names first among its `mentions`: "where militants were holding 1,000
// hostages", "the Chechen rebels who had held 800 people hostage", "where
// militants had taken refuge"; "" if none. A lone attacker among the
// sentence's `words` ("a 16-hour siege by an Iranian-born gunman") is a
// criminal, ---CRM, as one the state's forces shoot is.
std::string HoldersOf(std::span<const std::string_view> words,
                      std::span<const code::Mention> mentions);

// Whether the sentence's `mentions` name `holders` again ("The attackers
// burst through the hotel's security barrier" after "the gunmen who ... took
// 170 guests hostage"): the story still tells of the hold, so a storming in
// the sentences after it is still of the place they hold. Only unnamed armed
// men (---UAF), who exist in the story through the attack alone: a named
// group ("Hamas", "the group") may come back in talk of other things.
bool NamesHolders(std::span<const code::Mention> mentions, std::string_view holders);

// Reads the sentence's stormings of places that `holders` (HoldersOf: of
// the sentence, else of the article's latest sentence that named them) hold.
// A state's army, police or intelligence that storms a building held by
// armed men fights those men (190), not the building's owner nor its town:
// "Russian special forces ... stormed it [a Moscow theatre], killing the
// Chechen rebels who had held 800 people hostage" is RUSMIL RUSREB, not
// RUSGOV; "Bangladeshi commandos stormed an upmarket cafe ..., ending a
// hostage siege in which militants killed 20 hostages" is BGDMIL ---UAF,
// which the coder, with no actor in "a cafe", did not code. Not a storming
// the text denies or intends ("no plan to storm the school"), one by
// attackers or crowds, nor one of an armed party ("stormed rebel
// positions") or of a protest camp (175).
void ReadStormedHolds(std::span<const std::string_view> words,
                      std::span<const std::string_view> tags,
                      std::span<const code::Mention> mentions, std::string_view holders,
                      std::vector<code::Event>* events);

}  // namespace dyad::doc

#endif  // DYAD_DOC_ATTACKS_H_
