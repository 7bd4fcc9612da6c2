// Event anaphora within an article: "the strikes", "the coup", "the
// abduction" in a later sentence name a deed the article has told, and its
// author is who did it ("Saudi Arabia condemned the strikes": the strikes
// Israeli warplanes carried out). The article coder remembers each written
// event (Remember); the coder asks, for the object of a criticism that the
// dictionaries cannot code, whose deed it names (Author).
//
// The rules: the phrase is a definite description ("the", "this", "these",
// "that", "those", a possessive pronoun, "their", or a day's possessive,
// "Wednesday's", then at most three modifiers; "what it called" and the
// words it named; a determiner and the quoted words after it, "the
// \"hideous attack\"") whose head noun names a deed: an attack, a killing, "the
// violence", a detention, a coup ("the attempt", "the uprising"; force or coercion, an arrest only
// by the armed forces) or seizure, an abduction; a storming or riot (a violent protest, 145, or
// force: "called the storming \"unacceptable\""); "the incident" (the latest deed of force); a
// demand, threat or warning ("the ultimatum"); measures ("the sanctions", "the expulsions"); a
// plane forced down or seized ("the diversion", "the hijacking"); an accusation ("the allegations",
// "the charge", and what an accused denies without "the": "any involvement", "any role in the
// violence", "allegations of fraud", "accusations that
// ..."); a release ("welcomed the release": 084); a court's ruling ("the
// verdict"); forces sent ("the deployment of troops": 15, 074); a state
// recognised ("the recognition": 054); rights restricted ("the emergency",
// "the curfew": 172); a decision named by what it brought ("the
// declaration of the emergency", "the imposition of sanctions": that deed); an
// agreement ("the deal"); a decision ("the move"; "the decision" is no
// armed group's attack; "the vote" only a legislature's or an international
// body's); an act
// ("the actions", "the provocation", "the conduct"); words reacted to ("the
// remarks", "the criticism", "the proposal", "the idea", "the offer", "the
// request", "the call"). A deed of force, an accusation, an agreement or a
// release stands for the first deed of its kind the article has told — news
// names its main event first, and reactions refer to it; the others for the
// latest, the one the reaction answers; but an accusation answered by
// someone the caller names ("Kenya rejected the allegations") is the latest
// accusation or criticism made against it, else the first not by its own
// side and not against another country's party, never its own
// counter-charge. "The attack" is not force used on unnamed attackers
// (---UAF: "troops killed the gunmen"), unless no other was told. An attack's (or an act's that was
// one, or the violence of armed forces) or an accusation's author acted
// upon is its country ("the strikes" by ISRMIL: ISR), as for "condemned the
// Israeli strikes", but not a rebel, insurgent or separatist group's or a
// criminal gang's (SOMREB stays SOMREB, MEXCRM stays MEXCRM); an accusation only when a state's
// police, intelligence or army made it (a government's, a court's, an opposition's keep their role:
// "Pakistan rejected the claim" India's government made is INDGOV), and not if the accused is of
// the accuser's own country ("The government accused Thaksin ... Thaksin denied the charge":
// THAGOV); other deeds keep their author's role ("the killings" by KENCOP: KENCOP). Unnamed
// attackers ("---UAF") are the named armed group the article ties them to, the first that claimed
// an attack (015) or was blamed for one (112): "Gunmen attacked ... the government blamed the ELN
// ... Spain condemned the attack" is against COLREB; so is an attack the article told only by that
// claim or blame ("blamed the ELN for a car bomb"). With no claim or blame, they are the one named
// armed group the article tells using force ("Militants seized Mosul ... ISIL fighters captured
// Baiji ... the Council condemned the attacks": IRQINS), none if it tells several.
#ifndef DYAD_DOC_DEEDS_H_
#define DYAD_DOC_DEEDS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::doc {

class Deeds {
 public:
  // Forgets everything: a new article starts.
  void Clear() {
    deeds_.clear();
    last_kept_ = false;
  }
  // Adds a written event of the article (its source's, target's and CAMEO
  // code); `joint` says it is the same deed as the one added before, by
  // another member of its compound source ("China and Russia proposed ...").
  void Remember(std::string_view source, std::string_view target, std::string_view code,
                bool joint = false);
  // Whether `phrase` is "the deployment of ..." ("of troops": forces sent,
  // whose author is who sent them, not the forces).
  static bool NamesDeployment(std::span<const std::string_view> phrase);
  // Whether `phrase` names an accusation ("the charges", "any role in ...").
  static bool NamesAccusation(std::span<const std::string_view> phrase);
  // Whether `phrase` names a deed of any kind ("the strikes", "the move").
  static bool NamesDeed(std::span<const std::string_view> phrase);
  // Whether `phrase` (a noun phrase's words as written) names a deed the
  // article has told; then `author` is its source's code, or its joint
  // authors' codes joined by '/' ("CHN/RUS": one event for each), and
  // `as_country` says whether the author acted upon is its country (an
  // attack, an accusation: the caller trims each code).
  // `reactor` (may be empty) is who reacts ("Thaksin denied the charge"):
  // an accusation is then the latest one made against it (an accusation or
  // a criticism of it or its country), and never its own; no deed is one of
  // its own side ("Algeria rejected the criticism" is not Algeria's own).
  // `owner_role` (may be empty), the role of a possessor the phrase names
  // ("the army's move": MIL), admits only deeds whose author has that role.
  bool Author(std::span<const std::string_view> phrase, std::string* author, bool* as_country,
              std::string_view reactor = {}, std::string_view owner_role = {}) const;

 private:
  struct Deed {
    std::string source, target, code;
    bool joint = false;  // by another member of the previous deed's compound
  };
  // The latest accusation or criticism of `accused` (its code, or its
  // country's) not by its own side, else the first accusation not by its
  // own side; null if none.
  const Deed* AccusationOf(std::string_view accused) const;
  // The first named armed group that claimed or was blamed for an attack
  // (015, 112), else the only one that used force; "" if none (or several
  // used force). Views into deeds_.
  std::string_view Perpetrator() const;
  // The named armed group the article ties the unnamed attackers of
  // `deed` to (claimed or blamed for an attack), "" if none or if `deed`
  // is no attack by unnamed attackers. Views into deeds_.
  std::string_view ClaimedBy(const Deed& deed) const;
  // Whether deed `i` is `reactor`'s side's own: by it or a member of its
  // compound, or mutual (an agreement, a meeting) with it.
  bool IsPartyTo(size_t i, std::string_view reactor) const;
  // `author` set to the sources of deed `i` and the deeds joint with it.
  void JointAuthors(size_t i, std::string* author) const;
  std::vector<Deed> deeds_;
  bool last_kept_ = false;  // whether the last deed added was kept (had a source)
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_DEEDS_H_
