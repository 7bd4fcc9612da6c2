// Event anaphora: which deed of the article a definite description names
// (see include/dyad/doc/deeds.h). Called only for the uncoded object of a
// criticism, so a linear scan of a few short tables is enough.
#include "dyad/doc/deeds.h"

#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/dict/cameo.h"
#include "dyad/doc/dates.h"

namespace dyad::doc {

namespace {

// The kinds of deed a head noun names, and the CAMEO roots (or codes) that
// tell one.
enum class DeedKind {
  kNone,
  kAttack,
  kIncident,  // "the incident": the deed of force just told
  kKilling,
  kViolence,  // "the violence", "the bloodshed": force, a military's its state's
  kDetention,
  kCoup,    // "the seizure", "the capture": coercion or force
  kPutsch,  // "the coup", "the takeover": the same, but no arrest (173)
  kAbduction,
  kDemand,       // "the ultimatum", "the threat": a demand or threat (10, 13)
  kMeasure,      // "the sanctions", "the ban": reduced relations, coercion (16, 17)
  kExpulsion,    // "the expulsion", "the deportations": persons expelled (174) or ties cut (16)
  kSeizure,      // "the diversion", "the hijacking": a plane or ship forced or seized (170, 171)
  kAccusation,   // "the allegations", "the charges": an accusation, lawsuit, verdict
  kRuling,       // "the verdict", "the sentence": a court's (116, or a court's deed)
  kAgreement,    // "the deal", "the ceasefire": an agreement or truce (057, 03, 087)
  kDecision,     // "the decision", "the law": any deed but words, visits and force
  kMove,         // "the move", "the step": any deed but words and visits
  kRecognition,  // "the recognition": a state or government recognised (054)
  kEmergency,    // "the emergency", "the curfew": rights restricted (172)
  kStatement,    // "the remarks", "the comments": words said of a party (01, 02, 051, 10-13)
  kCriticism,    // "the criticism": a disapproval or denunciation (110-114)
  kProposal,     // "the proposal", "the idea": to yield, meet or settle (025-028), an offer (03)
  kOffer,        // "the offer", "the overture": an offer or intent (03)
  kRequest,      // "the request", "the call", "the appeal": an appeal or demand (02, 10)
  kRelease,      // "the release", "the freeing": persons or property released (084)
  kDeployment,   // "the deployment of troops": a show of force (15) or forces sent (074)
  kAct,          // "the act", "the actions", "the provocation": a deed, not words or a visit
  kRiot,         // "the storming", "the riots": a violent protest (145) or force
  kVote          // "the vote": a decision a legislature or an international body made
};

struct HeadKind {
  std::string_view head;
  DeedKind kind;
};

constexpr HeadKind kHeads[] = {
    {"attack", DeedKind::kAttack},
    {"attacks", DeedKind::kAttack},
    {"strike", DeedKind::kAttack},
    {"strikes", DeedKind::kAttack},
    {"airstrike", DeedKind::kAttack},
    {"airstrikes", DeedKind::kAttack},
    {"bombing", DeedKind::kAttack},
    {"bombings", DeedKind::kAttack},
    {"shelling", DeedKind::kAttack},
    {"raid", DeedKind::kAttack},
    {"raids", DeedKind::kAttack},
    {"bombardment", DeedKind::kAttack},
    {"offensive", DeedKind::kAttack},
    {"invasion", DeedKind::kAttack},
    {"incursion", DeedKind::kAttack},
    {"assault", DeedKind::kAttack},
    {"incident", DeedKind::kIncident},
    {"storming", DeedKind::kRiot},
    {"riot", DeedKind::kRiot},
    {"riots", DeedKind::kRiot},
    {"rioting", DeedKind::kRiot},
    {"killing", DeedKind::kKilling},
    {"killings", DeedKind::kKilling},
    {"shooting", DeedKind::kKilling},
    {"shootings", DeedKind::kKilling},
    {"massacre", DeedKind::kKilling},
    {"massacres", DeedKind::kKilling},
    {"detention", DeedKind::kDetention},
    {"detentions", DeedKind::kDetention},
    {"arrest", DeedKind::kDetention},
    {"arrests", DeedKind::kDetention},
    {"coup", DeedKind::kPutsch},
    {"takeover", DeedKind::kPutsch},
    {"putsch", DeedKind::kPutsch},
    // "condemned the attempt", "the uprising": a coup tried, by force or coercion.
    {"attempt", DeedKind::kPutsch},
    {"uprising", DeedKind::kPutsch},
    {"ouster", DeedKind::kPutsch},
    {"overthrow", DeedKind::kPutsch},
    {"seizure", DeedKind::kCoup},
    {"capture", DeedKind::kCoup},
    {"abduction", DeedKind::kAbduction},
    {"abductions", DeedKind::kAbduction},
    {"kidnapping", DeedKind::kAbduction},
    {"kidnappings", DeedKind::kAbduction},
    {"hostage-taking", DeedKind::kAbduction},
    {"ultimatum", DeedKind::kDemand},
    {"demand", DeedKind::kDemand},
    {"demands", DeedKind::kDemand},
    {"threat", DeedKind::kDemand},
    {"threats", DeedKind::kDemand},
    {"measures", DeedKind::kMeasure},
    {"sanctions", DeedKind::kMeasure},
    {"ban", DeedKind::kMeasure},
    {"restrictions", DeedKind::kMeasure},
    {"curbs", DeedKind::kMeasure},
    {"expulsion", DeedKind::kExpulsion},
    {"expulsions", DeedKind::kExpulsion},
    {"deportation", DeedKind::kExpulsion},
    {"deportations", DeedKind::kExpulsion},
    // A plane forced down or a ship stopped: coercion or a seizure (170, 171).
    {"diversion", DeedKind::kSeizure},
    {"hijacking", DeedKind::kSeizure},
    {"interception", DeedKind::kSeizure},
    {"accusation", DeedKind::kAccusation},
    {"accusations", DeedKind::kAccusation},
    {"allegation", DeedKind::kAccusation},
    {"allegations", DeedKind::kAccusation},
    {"claim", DeedKind::kAccusation},
    {"claims", DeedKind::kAccusation},
    {"charge", DeedKind::kAccusation},
    {"charges", DeedKind::kAccusation},
    {"deployment", DeedKind::kDeployment},
    {"deployments", DeedKind::kDeployment},
    {"mobilisation", DeedKind::kDeployment},
    {"mobilization", DeedKind::kDeployment},
    {"release", DeedKind::kRelease},
    {"releases", DeedKind::kRelease},
    {"freeing", DeedKind::kRelease},
    {"verdict", DeedKind::kRuling},
    {"ruling", DeedKind::kRuling},
    {"sentence", DeedKind::kRuling},
    {"judgment", DeedKind::kRuling},
    {"conviction", DeedKind::kRuling},
    {"deal", DeedKind::kAgreement},
    {"agreement", DeedKind::kAgreement},
    {"accord", DeedKind::kAgreement},
    {"pact", DeedKind::kAgreement},
    {"ceasefire", DeedKind::kAgreement},
    {"truce", DeedKind::kAgreement},
    // An agreement signed, a treaty: its parties' deed.
    {"signing", DeedKind::kAgreement},
    {"treaty", DeedKind::kAgreement},
    {"memorandum", DeedKind::kAgreement},
    {"decision", DeedKind::kDecision},
    {"decisions", DeedKind::kDecision},
    {"move", DeedKind::kMove},
    {"moves", DeedKind::kMove},
    {"step", DeedKind::kMove},
    {"steps", DeedKind::kMove},
    // What a state or a body decides, enacts or declares: "rejected the
    // resolution", "condemned the declaration", "welcomed the measure".
    {"measure", DeedKind::kDecision},
    {"resolution", DeedKind::kDecision},
    {"declaration", DeedKind::kDecision},
    {"decree", DeedKind::kDecision},
    {"imposition", DeedKind::kDecision},
    {"introduction", DeedKind::kDecision},
    {"order", DeedKind::kDecision},
    {"law", DeedKind::kDecision},
    {"bill", DeedKind::kDecision},
    {"policy", DeedKind::kDecision},
    {"recognition", DeedKind::kRecognition},
    // A state of emergency, a curfew, martial law: rights restricted (172).
    {"emergency", DeedKind::kEmergency},
    {"curfew", DeedKind::kEmergency},
    {"lockdown", DeedKind::kEmergency},
    {"annexation", DeedKind::kDecision},
    {"nationalisation", DeedKind::kDecision},
    {"nationalization", DeedKind::kDecision},
    {"expropriation", DeedKind::kDecision},
    {"suspension", DeedKind::kDecision},
    // A body dissolved: "called the dissolution a coup" after "Vizcarra
    // dissolved Congress".
    {"dissolution", DeedKind::kDecision},
    {"withdrawal", DeedKind::kDecision},
    {"closure", DeedKind::kDecision},
    {"boycott", DeedKind::kDecision},
    {"veto", DeedKind::kDecision},
    {"walkout", DeedKind::kDecision},
    // "called the vote a coup" after "the Senate voted to remove the
    // president": what a body that votes decided.
    {"vote", DeedKind::kVote},
    // What an accuser produces: "rejected the evidence", "dismissed the
    // findings", "the report" (an accusation against the reactor).
    {"evidence", DeedKind::kAccusation},
    {"findings", DeedKind::kAccusation},
    {"conclusions", DeedKind::kAccusation},
    {"conclusion", DeedKind::kAccusation},
    // Heads that name what someone did, however the reaction words it ("the
    // aggression", "the provocative act", "the conduct").
    {"violence", DeedKind::kViolence},
    {"bloodshed", DeedKind::kViolence},
    {"crackdown", DeedKind::kKilling},
    {"aggression", DeedKind::kAttack},
    {"act", DeedKind::kAct},
    {"acts", DeedKind::kAct},
    {"action", DeedKind::kAct},
    {"actions", DeedKind::kAct},
    {"provocation", DeedKind::kAct},
    {"provocations", DeedKind::kAct},
    {"behaviour", DeedKind::kAct},
    {"behavior", DeedKind::kAct},
    {"conduct", DeedKind::kAct},
    {"operation", DeedKind::kAct},
    {"operations", DeedKind::kAct},
    // Heads that name words: a statement, criticism, a proposal, a request or
    // a warning ("rejected the idea", "called the remarks absurd").
    {"warning", DeedKind::kDemand},
    {"warnings", DeedKind::kDemand},
    {"remarks", DeedKind::kStatement},
    {"remark", DeedKind::kStatement},
    {"comments", DeedKind::kStatement},
    {"comment", DeedKind::kStatement},
    {"statement", DeedKind::kStatement},
    {"statements", DeedKind::kStatement},
    {"words", DeedKind::kStatement},
    {"rhetoric", DeedKind::kStatement},
    {"criticism", DeedKind::kCriticism},
    {"criticisms", DeedKind::kCriticism},
    {"proposal", DeedKind::kProposal},
    {"proposals", DeedKind::kProposal},
    {"idea", DeedKind::kProposal},
    {"suggestion", DeedKind::kProposal},
    {"plan", DeedKind::kProposal},
    {"initiative", DeedKind::kProposal},
    {"offer", DeedKind::kOffer},
    {"offers", DeedKind::kOffer},
    {"overture", DeedKind::kOffer},
    {"overtures", DeedKind::kOffer},
    {"request", DeedKind::kRequest},
    {"requests", DeedKind::kRequest},
    {"call", DeedKind::kRequest},
    {"calls", DeedKind::kRequest},
    {"appeal", DeedKind::kRequest},
    {"appeals", DeedKind::kRequest},
    {"plea", DeedKind::kRequest},
    {"pleas", DeedKind::kRequest}};

DeedKind KindOfHead(std::string_view head) {
  for (const HeadKind& h : kHeads) {
    if (EqualsIgnoreCase(head, h.head)) return h.kind;
  }
  return DeedKind::kNone;
}

// Disapproval, denunciation, accusation, rallying against or a complaint
// (110-114): words, not a lawsuit or a verdict.
bool IsCriticism(std::string_view code) {
  return code.starts_with("11") && !code.starts_with("115") && !code.starts_with("116");
}

// Whether an event is words: a statement, an appeal, praise, a demand,
// criticism, a rejection or a threat; defying norms (128: "violated its
// airspace") is a deed.
bool IsWords(std::string_view code) {
  if (code.starts_with("128")) return false;
  for (std::string_view root : {"01", "02", "05", "10", "11", "12", "13"}) {
    if (code.starts_with(root)) return true;
  }
  return false;
}

// Whether an author acts for its state: not an armed group outside it
// ("al-Shabab" SOMREB, "the ELN" COLREB) or a criminal gang ("the Zetas"
// MEXCRM), whose attack is its own.
bool IsStateActor(std::string_view code) {
  return !(code.ends_with("REB") || code.ends_with("INS") || code.ends_with("SEP") ||
           code.ends_with("CRM"));
}

// Whether `source` decides by a vote: a legislature ("BRALEG") or an
// international body ("IGOUNO"), not a government or an army.
bool DecidesByVote(std::string_view source) {
  return source.ends_with("LEG") || source.starts_with("IGO");
}

// Whether an event by `source` coded `code` tells a deed of kind `kind`.
bool Tells(DeedKind kind, std::string_view source, std::string_view code) {
  switch (kind) {
    case DeedKind::kAttack:
      // "the attack": not a blockade or a closed border (191).
      return dict::IsForceCode(code) && !code.starts_with("191");
    case DeedKind::kIncident:
      return dict::IsForceCode(code);
    case DeedKind::kKilling:
    case DeedKind::kViolence:
      return dict::IsForceCode(code) || code == "175";
    case DeedKind::kDetention:
      return code == "173";
    case DeedKind::kCoup:
      return code.starts_with("17") || dict::IsForceCode(code);
    case DeedKind::kPutsch:
      // "placed the president under house arrest": an arrest by the armed
      // forces is a coup; the government's or the police's arrests after it
      // ("detained 2,839 soldiers after crushing an attempted coup") end it.
      return (code.starts_with("17") && (code != "173" || source.ends_with("MIL"))) ||
             dict::IsForceCode(code);
    case DeedKind::kAbduction:
      return code == "181";
    case DeedKind::kDemand:
      return code.starts_with("10") || code.starts_with("13");
    case DeedKind::kMeasure:
      return code.starts_with("16") || code.starts_with("17");
    case DeedKind::kExpulsion:
      // Not an arrest or a curfew: who was made to leave.
      return code.starts_with("16") || code.starts_with("174");
    case DeedKind::kSeizure:
      // A ship or plane seized takes its crew and passengers: hostages (181).
      return code.starts_with("170") || code.starts_with("171") || code.starts_with("181");
    case DeedKind::kAccusation:
      return code.starts_with("112") || code == "115" || code == "116";
    case DeedKind::kRuling:
      return code == "116" || (source.ends_with("JUD") && !code.starts_with("01"));
    case DeedKind::kAgreement:
      return code.starts_with("057") || code.starts_with("03") || code.starts_with("087");
    case DeedKind::kRecognition:
      return code.starts_with("054");
    case DeedKind::kEmergency:
      return code.starts_with("172");
    case DeedKind::kDecision:
      // "the decision" is no armed group's attack: "called the decision a
      // mistake" after an ambush has no decision to answer; a state's may be
      // one ("defended the decision" to shoot down a jet).
      if (dict::IsForceCode(code) && (source.starts_with("---") || !IsStateActor(source)))
        return false;
      // Nor is it the police's arrests: "called the decision regrettable"
      // after "Police said 500 people had been arrested" is the decree.
      if (code == "173" && source.ends_with("COP")) return false;
      [[fallthrough]];
    case DeedKind::kMove:
      // Not words, appeals, meetings or reactions: what someone did; an
      // agreement signed (057) or a state recognised (054) is a decision.
      if (code.starts_with("054") || code.starts_with("057")) return true;
      return !code.starts_with("01") && !code.starts_with("02") && !code.starts_with("04") &&
             !code.starts_with("05") && !code.starts_with("11") && !code.starts_with("12");
    case DeedKind::kStatement:
      // Words: a statement, an appeal, praise, a demand, criticism, a
      // rejection or a threat; not a lawsuit or a verdict.
      return code.starts_with("01") || code.starts_with("02") || code.starts_with("051") ||
             code.starts_with("10") || code.starts_with("12") || code.starts_with("13") ||
             IsCriticism(code);
    case DeedKind::kCriticism:
      return IsCriticism(code);
    case DeedKind::kProposal:
      // "proposed that both sides suspend ..." (025x), talks (026), a
      // settlement (027) or mediation (028), "offered to mediate" (03); not
      // an appeal for aid or support, which is a request.
      return code.starts_with("025") || code.starts_with("026") || code.starts_with("027") ||
             code.starts_with("028") || code.starts_with("03");
    case DeedKind::kOffer:
      return code.starts_with("03");
    case DeedKind::kRequest:
      return code.starts_with("02") || code.starts_with("10");
    case DeedKind::kRelease:
      return code.starts_with("084");
    case DeedKind::kDeployment:
      return code.starts_with("15") || code.starts_with("074");
    case DeedKind::kAct:
      return !IsWords(code) && !code.starts_with("04");
    case DeedKind::kRiot:
      return code.starts_with("145") || dict::IsForceCode(code);
    case DeedKind::kVote:
      return DecidesByVote(source) && Tells(DeedKind::kDecision, source, code);
    case DeedKind::kNone:
      return false;
  }
  return false;
}

// "denied any involvement": what an accused denies, whoever accused it.
bool IsInvolvement(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"involvement", "wrongdoing", "role", "responsibility", "link", "links", "complicity"});
}

// Whether a word begins a prepositional phrase after a deed's head ("the
// detention of", "any role in").
bool IsDeedPreposition(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"of", "on", "in", "against", "by", "at", "to", "with", "for", "over", "from"});
}

// What an accused denies or rejects without a determiner: "any involvement",
// "any role in the violence", "accusations that ...", "allegations of
// fraud"; the accusation made against it.
bool NamesDeniedAccusation(std::span<const std::string_view> phrase) {
  if (phrase.size() >= 2 && EqualsIgnoreCase(phrase[0], "any") && IsInvolvement(phrase[1]))
    return phrase.size() == 2 || IsDeedPreposition(phrase[2]);
  // "denied involvement in the killings", "denied wrongdoing".
  if (!phrase.empty() && IsLowerCase(phrase[0]) &&
      EqualsAnyIgnoreCase(phrase[0], {"involvement", "wrongdoing", "responsibility", "complicity"}))
    return phrase.size() == 1 || IsDeedPreposition(phrase[1]);
  return !phrase.empty() && IsLowerCase(phrase[0]) &&
         EqualsAnyIgnoreCase(phrase[0], {"accusations", "allegations", "charges"}) &&
         (phrase.size() == 1 || IsDeedPreposition(phrase[1]) ||
          EqualsIgnoreCase(phrase[1], "that"));
}

// "Wednesday's measures", "Friday's ruling": a day names the deed as "the" does.
bool IsDayPossessive(std::span<const std::string_view> phrase) {
  return phrase.size() >= 3 && phrase[1] == "'s" &&
         (WeekdayNumber(phrase[0]) >= 0 || EqualsAnyIgnoreCase(phrase[0], {"yesterday", "today"}));
}

// "the declaration of the emergency", "the imposition of sanctions": a
// decision named by what it brought (the complement after "of" at `of`,
// "the" or "a" and at most two more words before its head), when that is a
// deed of its own kind; else `kind`.
DeedKind OfWhatKind(std::span<const std::string_view> phrase, size_t of, DeedKind kind) {
  if (of >= phrase.size() || !EqualsIgnoreCase(phrase[of], "of")) return kind;
  size_t t = of + 1;
  if (t < phrase.size() && EqualsAnyIgnoreCase(phrase[t], {"the", "a", "an"})) ++t;
  for (size_t head = t; head < phrase.size() && head < t + 3; ++head) {
    if (IsDeedPreposition(phrase[head]) || !IsLowerCase(phrase[head])) break;
    const DeedKind named = KindOfHead(phrase[head]);
    if (named != DeedKind::kNone && named != DeedKind::kDecision && named != DeedKind::kMove)
      return named;
  }
  return kind;
}

// The kind of deed a definite description of at most four words before its
// first preposition names ("the detention of the state counsellor":
// detention; "Wednesday's measures": measures; "any involvement": an
// accusation), kNone when the phrase is none.
DeedKind DefiniteKind(std::span<const std::string_view> phrase) {
  if (NamesDeniedAccusation(phrase)) return DeedKind::kAccusation;
  size_t first = 1;
  if (IsDayPossessive(phrase)) {
    first = 2;
  } else if (phrase.size() < 2 ||
             !EqualsAnyIgnoreCase(phrase[0], {"the", "this", "these", "that", "those", "its",
                                              "their", "his", "her"})) {
    return DeedKind::kNone;
  }
  size_t end = first;
  while (end < phrase.size() && !IsDeedPreposition(phrase[end])) ++end;
  if (end > first + 4 || end == first) return DeedKind::kNone;
  // "called the remarks absurd": the parser may take the object's
  // complement into its noun phrase; the deed is the word before it.
  // "the use of force", "the use of live ammunition": force used, by its author as named.
  if (end <= first + 3 && EqualsIgnoreCase(phrase[end - 1], "use") && end < phrase.size() &&
      EqualsIgnoreCase(phrase[end], "of"))
    return DeedKind::kKilling;
  DeedKind kind = end <= first + 3 ? KindOfHead(phrase[end - 1]) : DeedKind::kNone;
  if (kind == DeedKind::kNone && end - first >= 2 && end == phrase.size() &&
      IsLowerCase(phrase[end - 1])) {
    kind = KindOfHead(phrase[end - 2]);
  }
  if (kind == DeedKind::kDecision || kind == DeedKind::kMove) return OfWhatKind(phrase, end, kind);
  return kind;
}

// Whether two codes begin with the same country ("THAGOV", "THAELI"); codes
// without one ("---", "IGO...") never do.
bool SameCountry(std::string_view a, std::string_view b) {
  return a.size() >= 3 && b.size() >= 3 && a.substr(0, 3) == b.substr(0, 3) &&
         a.substr(0, 3) != "---" && a.substr(0, 3) != "IGO" && a.substr(0, 3) != "NGO";
}

// Whether `target` is a state or a state's body other than `source`'s country
// ("IRNMIL" for a USAMIL deed), not people of no country or an organisation.
bool IsForeignState(std::string_view target, std::string_view source) {
  if (target.size() < 3 || SameCountry(target, source)) return false;
  const std::string_view head = target.substr(0, 3);
  return head != "---" && head != "IGO" && head != "NGO" && head != "IMG";
}

// Whether a deed of `kind` done by one state's forces to another state is
// that state's as a country, as its attack is: "called the killing a reckless
// step" (of Soleimani by a U.S. drone: USA), "called the seizure an act of
// aggression", "called the arrests a provocation".
bool TellsStateForceAbroad(DeedKind kind) {
  return kind == DeedKind::kKilling || kind == DeedKind::kSeizure || kind == DeedKind::kCoup ||
         kind == DeedKind::kDetention;
}

// Whether `a` and `b` are one side: the same code, or a country and one of
// its actors ("IRN", "IRNGOV").
bool OwnSide(std::string_view a, std::string_view b) {
  return a == b || ((a.size() == 3 || b.size() == 3) && SameCountry(a, b));
}

// Whether a deed was done to a party the article named ("KHMOPP", "IGOUNO"),
// not to someone unnamed ("---", "---CVL").
bool HasNamedTarget(std::string_view target) {
  return !target.empty() && !target.starts_with("---");
}

// "condemned the attack" after "security forces defeated the attackers":
// force used on unnamed attackers (---UAF) answers an attack, it is not the
// one reactions name (unless the article told no other).
bool IsResponseToAttack(DeedKind kind, std::string_view target) {
  return kind == DeedKind::kAttack && target == "---UAF";
}

// Whether `code` is a state's police, intelligence service or armed forces,
// who accuse on its behalf.
bool IsStateAgency(std::string_view code) {
  return code.size() == 6 &&
         (code.ends_with("COP") || code.ends_with("SPY") || code.ends_with("MIL"));
}

// Whether a deed is done by both its parties: an agreement (057), a meeting
// (04), talks (036), cooperation (06) or a truce (087).
bool IsMutual(std::string_view code) {
  return code.starts_with("057") || code.starts_with("04") || code.starts_with("036") ||
         code.starts_with("06") || code.starts_with("087");
}

// Force, accusations, agreements and releases name the article's main
// event, which news tells first and reactions refer back to (an accused's
// own counter-charges come later; a deal's second party is told as its
// mirror event); other deeds ("the ultimatum", "the move") are most often the one
// just reported before the reaction.
bool NamesFirstDeed(DeedKind kind) {
  return kind == DeedKind::kAttack || kind == DeedKind::kKilling || kind == DeedKind::kViolence ||
         kind == DeedKind::kDetention || kind == DeedKind::kCoup || kind == DeedKind::kPutsch ||
         kind == DeedKind::kAbduction || kind == DeedKind::kAccusation ||
         kind == DeedKind::kAgreement || kind == DeedKind::kRecognition ||
         kind == DeedKind::kRelease || kind == DeedKind::kRiot;
}

// Whether `code` names an armed group of a country ("MLIINS", "COLREB"), not
// unnamed fighters ("---UAF", "---INS").
bool IsNamedArmedGroup(std::string_view code) {
  return !code.starts_with("---") && !IsStateActor(code);
}

// Whether a deed ties unnamed attackers to a group: the group claimed an
// attack (015: "JNIM claimed responsibility") or was blamed for one (112:
// "the government blamed the ELN"); `group` is then that group.
bool NamesPerpetrator(std::string_view source, std::string_view target, std::string_view code,
                      std::string_view* group) {
  if (code.starts_with("015") && IsNamedArmedGroup(source)) {
    *group = source;
    return true;
  }
  if (code.starts_with("112") && IsNamedArmedGroup(target)) {
    *group = target;
    return true;
  }
  return false;
}

// Whether a deed of `kind` is force someone used: an attack, a killing,
// violence, an abduction, "the incident".
bool NamesForce(DeedKind kind) {
  return kind == DeedKind::kAttack || kind == DeedKind::kIncident || kind == DeedKind::kKilling ||
         kind == DeedKind::kViolence || kind == DeedKind::kAbduction;
}

}  // namespace

void Deeds::Remember(std::string_view source, std::string_view target, std::string_view code,
                     bool joint) {
  const bool after_kept = last_kept_;
  last_kept_ = !source.empty() && source != "---";
  if (!last_kept_) return;
  deeds_.push_back(
      Deed{std::string(source), std::string(target), std::string(code), joint && after_kept});
}

// "China and Russia proposed ...": each member's event is one deed, whose
// authors are all of them.
void Deeds::JointAuthors(size_t i, std::string* author) const {
  size_t first = i;
  while (deeds_[first].joint) --first;
  author->assign(deeds_[first].source);
  for (size_t k = first + 1; k < deeds_.size() && deeds_[k].joint; ++k) {
    const std::string& source = deeds_[k].source;
    bool known = false;
    for (size_t j = first; j < k; ++j) known |= deeds_[j].source == source;
    if (!known) author->append("/").append(source);
  }
}

bool Deeds::NamesDeployment(std::span<const std::string_view> phrase) {
  return phrase.size() >= 2 && KindOfHead(phrase[1]) == DeedKind::kDeployment &&
         DefiniteKind(phrase) == DeedKind::kDeployment;
}

bool Deeds::NamesAccusation(std::span<const std::string_view> phrase) {
  return DefiniteKind(phrase) == DeedKind::kAccusation;
}

bool Deeds::NamesDeed(std::span<const std::string_view> phrase) {
  return DefiniteKind(phrase) != DeedKind::kNone;
}

const Deeds::Deed* Deeds::AccusationOf(std::string_view accused) const {
  const Deed* against = nullptr;
  const Deed* first = nullptr;
  for (const Deed& d : deeds_) {
    if (OwnSide(d.source, accused)) continue;
    // The fallback: an accusation of no one named, or of someone of the
    // accused's country (a group it may belong to: "blamed pro-democracy
    // activists", then "Pohiva denied any role"); one made against another
    // country's party ("Cambodian police accused the opposition leader",
    // then "the U.S. embassy rejected the allegation") is not the one the
    // accused answers.
    if (Tells(DeedKind::kAccusation, d.source, d.code) && first == nullptr &&
        (!HasNamedTarget(d.target) || SameCountry(d.target, accused) || OwnSide(d.target, accused)))
      first = &d;
    if ((Tells(DeedKind::kAccusation, d.source, d.code) || IsCriticism(d.code)) &&
        OwnSide(d.target, accused))
      against = &d;
  }
  return against != nullptr ? against : first;
}

// "Washington regretted the decision" after "Biden, Morrison and Johnson
// unveiled the pact": a deed is its reactor's own when its side did it, alone
// or with others (a compound's joint deed), or when the deed is mutual (an
// agreement, a meeting, cooperation) and its side is the other party.
bool Deeds::IsPartyTo(size_t i, std::string_view reactor) const {
  size_t first = i;
  while (first > 0 && deeds_[first].joint) --first;
  for (size_t k = first; k < deeds_.size() && (k == first || deeds_[k].joint); ++k) {
    if (OwnSide(deeds_[k].source, reactor)) return true;
  }
  return IsMutual(deeds_[i].code) && OwnSide(deeds_[i].target, reactor);
}

// "Gunmen attacked the camp ... JNIM claimed responsibility ... Guterres
// condemned the attack": the group the article ties attacks to, the first
// that claimed or was blamed for one (news names the main claim first).
std::string_view Deeds::Perpetrator() const {
  std::string_view group;
  for (const Deed& d : deeds_) {
    if (NamesPerpetrator(d.source, d.target, d.code, &group)) return group;
  }
  // No claim or blame: the one named armed group the article tells fighting.
  std::string_view fighting;
  for (const Deed& d : deeds_) {
    if (!IsNamedArmedGroup(d.source) || !dict::IsForceCode(d.code)) continue;
    if (!fighting.empty() && fighting != d.source) return {};
    fighting = d.source;
  }
  return fighting;
}

std::string_view Deeds::ClaimedBy(const Deed& deed) const {
  if (!deed.source.starts_with("---") || !dict::IsForceCode(deed.code)) return {};
  return Perpetrator();
}

bool Deeds::Author(std::span<const std::string_view> phrase, std::string* author, bool* as_country,
                   std::string_view reactor, std::string_view owner_role) const {
  DeedKind kind = DefiniteKind(phrase);
  if (kind == DeedKind::kNone) return false;
  const Deed* found = nullptr;
  if (kind == DeedKind::kAccusation && reactor.size() >= 3) {
    found = AccusationOf(reactor);
  } else {
    const Deed* response = nullptr;  // force against the attackers
    const Deed* riot = nullptr;      // "the attack" on an embassy a crowd stormed
    for (const Deed& d : deeds_) {
      if (kind == DeedKind::kAttack && riot == nullptr && d.code.starts_with("145") &&
          !(reactor.size() >= 3 && OwnSide(d.source, reactor)))
        riot = &d;
      if (!Tells(kind, d.source, d.code)) continue;
      // "the army's move": a deed of the army, not the government's latest.
      if (!owner_role.empty() && !d.source.ends_with(owner_role)) continue;
      // One reacts to what others did: "Algeria rejected the criticism"
      // after Algeria's own accusation of Spain is not Algeria's.
      if (reactor.size() >= 3 && IsPartyTo(static_cast<size_t>(&d - deeds_.data()), reactor))
        continue;
      if (IsResponseToAttack(kind, d.target)) {
        if (response == nullptr) response = &d;
        continue;
      }
      found = &d;
      if (NamesFirstDeed(kind)) break;
    }
    if (found == nullptr) found = response;
    if (found == nullptr) found = riot;
  }
  // "The government blamed the ELN for a car bomb ... Guterres condemned
  // the bombing": an attack the article told first (its main event) only by
  // who claimed it or was blamed for it is theirs; a later blame may be of
  // another deed (a side's counter-charge).
  std::string_view group;
  if (found == nullptr && NamesForce(kind) && !deeds_.empty() &&
      NamesPerpetrator(deeds_[0].source, deeds_[0].target, deeds_[0].code, &group)) {
    if (reactor.size() >= 3 && OwnSide(group, reactor)) return false;
    author->assign(group);
    *as_country = false;
    return true;
  }
  if (found == nullptr) return false;
  JointAuthors(static_cast<size_t>(found - deeds_.data()), author);
  if (std::string_view group = ClaimedBy(*found); !group.empty()) {
    author->assign(group);
    *as_country = false;
    return true;
  }
  // An attack is its country's; so is an accusation a state's agency made
  // (its police, its intelligence, its army: "the allegations" the RCMP
  // made are Canada's), but not a court's, a government's, which speaks as
  // itself ("Pakistan denied the claim" India's government made: INDGOV),
  // or anyone else's (an opposition's, a firm's).
  // "the action", "the provocation" that was an attack: as "the attack".
  // "the violence" of a state's armed forces: the state's, as their attack.
  *as_country = IsStateActor(found->source) && !found->code.starts_with("145") &&
                (kind == DeedKind::kAttack || kind == DeedKind::kIncident ||
                 (kind == DeedKind::kViolence && found->source.ends_with("MIL")) ||
                 (kind == DeedKind::kAct && dict::IsForceCode(found->code)) ||
                 (TellsStateForceAbroad(kind) && IsForeignState(found->target, found->source)) ||
                 (kind == DeedKind::kAccusation && IsStateAgency(found->source) &&
                  !SameCountry(found->source, found->target)));
  return true;
}

}  // namespace dyad::doc
