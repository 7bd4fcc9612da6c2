// VerbPhraseCoder::Code: codes one verb phrase, from its verb's forms and
// best pattern to the target and source and the events between them, with
// the special readings of passives, violence, visits, aid and compounds.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/actors.h"
#include "dyad/dict/cameo.h"

namespace dyad::code {

namespace {

// dyad: the party a protest or an emergency measure acts on when the
// sentence names none. A country's own people, unions, opposition or students
// who protest, strike or go on hunger strike protest against its government
// ("Nigerian unions began a nationwide strike": NGALAB NGAGOV); a curfew or a
// state of emergency imposed or eased by a country's actor falls on its people
// ("Sri Lankan authorities lifted a nationwide curfew": LKAGOV LKACVL).
// Empty when neither applies.
std::string ImplicitTarget(std::string_view code, std::string_view source) {
  if (source.size() < 3 || code.find(':') != std::string_view::npos) return {};
  std::string_view country = source.substr(0, 3);
  if (country == "---" || country == "IGO" || country == "NGO" || country == "IMG") return {};
  if (code == "1723" || code == "1724" || code == "0813" || code == "0814") {
    return std::string(country) + "CVL";
  }
  // ... and so is a threat of protest (133): "the opposition threatened to
  // stage mass protests".
  if ((!code.starts_with("14") && code != "133") || source.size() != 6) return {};
  std::string_view role = source.substr(3);
  for (std::string_view r : {"CVL", "LAB", "OPP", "EDU", "REL", "AGR", "HLH", "MED"}) {
    if (role == r) return std::string(country) + "GOV";
  }
  return {};
}

// The implicit target all the parties of a source share ("Kenyan students and
// workers staged a protest": KENGOV for KENEDU and KENLAB alike); "" if
// they have none or not the same one ("Kenyan and Ugandan students").
std::string SharedImplicitTarget(std::string_view code, const std::vector<Party>& parties) {
  std::string shared;
  for (const Party& p : parties) {
    std::string implicit = ImplicitTarget(code, p.code);
    if (implicit.empty() || (!shared.empty() && implicit != shared)) return {};
    shared = std::move(implicit);
  }
  return shared;
}

// "under Russian mediation", "under the auspices of the African Union": a
// unit right after "under" that names a mediation names the broker
// (brokers.cc), no party the verb acts on.
bool IsUnderMediation(const Sentence& s, int unit) {
  const Unit& u = s.units[unit];
  if (u.token_begin == 0 || !EqualsIgnoreCase(s.tokens[u.token_begin - 1].text, "under"))
    return false;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (EqualsAnyIgnoreCase(s.tokens[t].text, {"mediation", "auspices"})) return true;
  }
  return false;
}

// A government, army, police, court, legislature or intelligence service.
bool IsStateBody(std::string_view role) { return dict::IsStateRole(role) || role == "SPY"; }

// A country, or its government, army, police, courts, legislature or
// intelligence service ("THA", "THAMIL"): who restricts its people.
bool IsStateActor(std::string_view code) {
  if (code.size() < 3 || code.starts_with("---") || code.starts_with("IGO") ||
      code.starts_with("NGO") || code.starts_with("IMG"))
    return false;
  return code.size() == 3 || IsStateBody(code.substr(3));
}

// Appeals to calm down: a call (020), for calm (0252), for restraint or a
// truce (0256).
bool IsAppealForPeace(std::string_view code) {
  return code == "020" || code == "0252" || code == "0256";
}

// Pledges of aid and aid given (033, 0331-0333, 070-073).
bool IsAidPledge(std::string_view code) {
  return code == "033" || code == "0331" || code == "0332" || code == "0333" || code == "070" ||
         code == "071" || code == "072" || code == "073";
}

// CAMEO: a state's protest is an official complaint (114); the
// demonstrations of 14 are for people and crowds ("Japan protested against
// the incursion", not "thousands protested against the government").
bool IsProtestVerb(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"protest", "protests", "protested", "protesting"});
}

// "clashed with", "fought", "battled": verbs of a fight that say nothing of
// arms, which bodies that contend in politics also use of a dispute.
bool IsContendingVerb(std::string_view word) {
  for (std::string_view stem : {"clash", "fight", "fought", "battl"}) {
    if (word.size() >= stem.size() && EqualsIgnoreCase(word.substr(0, stem.size()), stem))
      return true;
  }
  return false;
}

// A state's coercion of people: a conviction (116), a ban or restriction
// (172), an arrest, detention or jailing (173), an expulsion (174); not
// seizing or destroying property (171) nor violent repression (175).
bool IsStateCoercion(std::string_view code) {
  return code == "116" || code.starts_with("172") || code.starts_with("173") ||
         code.starts_with("174");
}

// "seize", "grab": verbs that take goods, ground or people, whose object
// says which.
bool IsSeizing(std::string_view word) {
  return EqualsAnyIgnoreCase(
      word, {"seize", "seized", "seizes", "seizing", "grab", "grabbed", "grabs", "grabbing"});
}

// Whether every party of a source is named ("Kenyan students and workers
// staged a protest": KENEDU, KENLAB; not an empty compound or one with no one
// in it).
bool AllNamed(const std::vector<Party>& parties) {
  return !parties.empty() && std::none_of(parties.begin(), parties.end(),
                                          [](const Party& p) { return IsNullCode(p.code); });
}

// Whether `code` acts for a state when it seizes someone: a country, its
// government, forces, police, courts or intelligence service, named with its
// country or not ("soldiers", "police").
bool ActsForAState(std::string_view code) {
  return IsStateActor(code) || (code.starts_with("---") && IsStateBody(code.substr(3)));
}

}  // namespace

// "Four civilians were killed in the shelling": in a passive without a "by"
// agent or a pattern's parties, the subject suffered the event; who did it is
// not said. Returns true (the verb spoke).
bool VerbPhraseCoder::CodeAgentlessPassive(const VerbPhrase& vp, int verb, const std::string& code,
                                           int pattern, int start, int end) {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  int victim = FindSource(vp, -1);
  source_ = victim;
  if (victim < 0) return true;
  // dyad: "ordered port officials to be placed under house arrest": the one
  // who ordered it does the deed to whom the order names.
  if (int orderer = dyad ? OrdererOfPassive(vp, &victim) : -1; orderer >= 0) {
    MakeEvents(orderer, victim, code, /*passive=*/false, Proto(start, end, false, pattern));
    return true;
  }
  // dyad: "Police said 12 protesters were arrested": the body that reports
  // its own kind of deed did it.
  if (int body = dyad ? ReportingBody(victim, code) : -1; body >= 0) {
    MakeEvents(body, victim, code, /*passive=*/false, Proto(start, end, false, pattern));
    return true;
  }
  // dyad: "were killed in an Israeli air strike", "were wounded in a
  // Ukrainian drone attack": the attack's phrase names who did it.
  if (int attacker = dyad && dict::IsForceCode(code) ? AttackerNamedAfter(verb, vp.end_token) : -1;
      attacker >= 0 && attacker != victim) {
    MakeEvents(attacker, victim, code, /*passive=*/false, Proto(start, end, false, pattern));
    return true;
  }
  // dyad: "44 police commandos were killed in a gunbattle with Muslim
  // rebels": armed men who fell in a fight with armed men fell to the side
  // they fought (people "killed in clashes with police", peacekeepers
  // "injured in clashes with protesters" stay a toll).
  if (int side = dyad && dict::IsForceCode(code) && IsArmedSide(UnitCode(victim))
                     ? SideFoughtAfter(verb, vp.end_token)
                     : -1;
      side >= 0 && side != victim && IsArmedSide(UnitCode(side))) {
    MakeEvents(side, victim, code, /*passive=*/false, Proto(start, end, false, pattern));
    return true;
  }
  // dyad: "at least 10 people were killed in the unrest", "39 people were
  // injured", "were killed in clashes", "400,000 people have been displaced":
  // a death, an injury or a flight that names no attack (no pattern, or only
  // fighting) is a toll, not an act of an unseen armed force ("was shot dead",
  // "was shot and wounded" still are one).
  if (dyad && (pattern < 0 || code == "190") && vp.passive_verb != vp.verb_token &&
      EqualsAnyIgnoreCase(s_.tokens[verb].text,
                          {"killed", "slain", "injured", "hurt", "wounded", "displaced"}))
    return true;
  // dyad: whoever shot, bombed or ambushed unseen is an unidentified armed
  // force ("Fico was shot and wounded": ---UAF SVKGOV).
  Event proto = Proto(start, end, true, pattern);
  proto.agentless = options_.keep_agentless && IsStateCoercion(code);
  MakeEventsNaming(dyad && dict::IsForceCode(code) ? "---UAF" : "---", victim, /*target=*/-1, code,
                   /*passive=*/true, std::move(proto));
  return true;
}

// Whether a negation adverb stands among tokens (start, end), the words of a
// multi-word verb ("is not ready to", which the parser may put in a phrase
// of its own).
bool VerbPhraseCoder::NegatedWithin(int start, int end) const {
  for (int t = start + 1; t < end; ++t) {
    const Token& token = s_.tokens[t];
    if (token.tag == "RB" && EqualsAnyIgnoreCase(token.text, {"not", "n't", "never"})) return true;
  }
  return false;
}

// dyad: "Talks were held between Russia and Ukraine", "an agreement was
// signed between Ethiopia and Eritrea", "[talks between X and Y] were held":
// an agentless passive whose subject is the noun of one of the participle's
// multi-word forms ("hold talks", "sign an agreement") and which names the
// sides "between" them tells what the sides did with each other, as "Russia
// and Ukraine held talks" does, when that can run between them
// (IsReciprocalCode: meetings, talks, accords, truces; relations). So does a
// participle right after its noun that dates itself ("talks held between X
// and Y on Monday", "the truce agreed between X and Y last week"; undated,
// it names an accord in passing). Returns whether it coded the verb ("no
// agreement was reached" codes nothing).
bool VerbPhraseCoder::CodeSidesOfPassive(const VerbPhrase& vp, int verb) {
  if (!SaysBetween()) return false;
  const bool reduced = vp.passive_verb < 0;
  const int noun = reduced ? NounOfParticiple(vp) : PassiveSubject(vp);
  if (noun < 0) return false;
  int noun_end = 0;
  const int sides = SidesBetween(vp, verb, noun, &noun_end);
  if (sides < 0 || (reduced && !DatesItself(verb, vp.end_token))) return false;
  const int noun_begin = s_.units[noun].token_begin;
  std::string code;
  int pattern = -1;
  if (ChooseSubjectForms(verb, noun_begin, noun_end)) {
    const dict::VerbForm& form = dicts_.verbs.form(FallbackForm());
    code = form.code;
    block_ = form.block;
  } else if (int p = ActivePattern(verb, sides, noun_begin, noun_end); p >= 0) {
    pattern = p;
    code = dicts_.verbs.pattern(p).code;
    block_ = dicts_.verbs.pattern(p).block;
  } else {
    return false;
  }
  // ... and diplomatic relations established between them (054).
  if (IsNullCode(code) ||
      (!IsReciprocalCode(code) && code != "054" && !IsReciprocalVerb(s_.tokens[verb].text)))
    return false;
  source_ = sides;
  negated_ = vp.negated || DeniesIntention(s_, vp.verb_token) ||
             EqualsIgnoreCase(s_.tokens[noun_begin].text, "no");
  hypothetical_ = StatesHypothesis(s_, vp.verb_token);
  if ((negated_ || hypothetical_) && !options_.keep_negated) return true;
  future_ = !dicts_.intent_codes.empty() && StatesFuture(s_, vp.verb_token);
  if (future_) code = IntentCode(dicts_, code);
  MakeEvents(sides, sides, code, /*passive=*/false, Proto(verb, verb, false, pattern));
  return true;
}

// dyad: the pattern of the participle's own forms that reads the passive in
// the active order, the sides before the verb and the subject's noun,
// tokens [noun_begin, noun_end), after it ("[a border agreement] was reached
// between [X and Y]" as "X and Y reached a border agreement": COMPOUND *
// &05_PACT), binding the sides and no other party; -1 if none.
int VerbPhraseCoder::ActivePattern(int verb, int sides, int noun_begin, int noun_end) {
  int start, end;
  if (!ChooseVerbForms(verb, &start, &end)) return -1;
  x_.lower.clear();
  x_.before.clear();
  x_.reported_clause = SIZE_MAX;
  x_.adverbial_clause = SIZE_MAX;
  for (int t = noun_begin; t < noun_end; ++t) {
    if (s_.IsWord(t)) x_.lower.push_back(t);
  }
  for (int t = s_.units[sides].token_end - 1; t >= s_.units[sides].token_begin; --t)
    x_.before.push_back(t);
  PatternBinding binding;
  const int pattern = BestPattern(x_.forms, &binding);
  if (pattern < 0 || binding.source != sides || (binding.target >= 0 && binding.target != sides))
    return -1;
  return pattern;
}

// Whether the sentence has the word "between" (asked once per sentence).
bool VerbPhraseCoder::SaysBetween() {
  if (says_between_ < 0) {
    says_between_ = 0;
    for (const Token& token : s_.tokens) {
      if (token.text.size() == 7 && EqualsIgnoreCase(token.text, "between")) {
        says_between_ = 1;
        break;
      }
    }
  }
  return says_between_ == 1;
}

// The subject of a passive, or for a passive infinitive with none ("talks are
// scheduled to be held", "a deal is expected to be signed") the subject of
// the nearest verb phrase it stands in; -1 if none.
int VerbPhraseCoder::PassiveSubject(const VerbPhrase& vp) const {
  if (vp.subject_begin < vp.subject_end) return vp.subject_begin;
  if (vp.verb_token == 0 || s_.tokens[vp.verb_token - 1].tag != "TO") return -1;
  const VerbPhrase* outer = nullptr;
  for (const VerbPhrase& other : s_.verb_phrases) {
    if (other.verb_token >= vp.verb_token || other.end_token < vp.end_token) continue;
    if (outer == nullptr || other.verb_token > outer->verb_token) outer = &other;
  }
  return outer != nullptr && outer->subject_begin < outer->subject_end ? outer->subject_begin : -1;
}

// The noun a participle right after it modifies, with no auxiliary ("[talks]
// held between", "[the truce] agreed between"; the parser may read a past
// tense there), else -1.
int VerbPhraseCoder::NounOfParticiple(const VerbPhrase& vp) const {
  const int verb = vp.verb_token;
  const std::string_view tag = s_.tokens[verb].tag;
  if (verb == 0 || (tag != "VBN" && tag != "VBD")) return -1;
  const int noun = s_.tokens[verb - 1].unit;
  if (noun < 0 || s_.units[noun].token_end != verb) return -1;
  // A past tense with a subject of its own is no participle ("Russia and
  // Ukraine held talks"), unless that subject is the noun ("talks held
  // between ...").
  if (vp.subject_begin < vp.subject_end && vp.subject_begin != noun) return -1;
  return noun;
}

// Whether a phrase that only says when ("on Monday", "last week", "in 2000")
// stands among tokens (verb, end).
bool VerbPhraseCoder::DatesItself(int verb, int end) const {
  for (int t = verb + 1; t < end; ++t) {
    const int unit = s_.tokens[t].unit;
    if (unit >= 0 && s_.units[unit].token_begin == t && OnlySaysWhen(s_, unit)) return true;
  }
  return false;
}

// dyad: "Prime Minister Oli resigned", "the army vowed revenge": a verb
// whose entry says its target may be implicit, with a coded source and no
// coded target but the source itself, writes one event with an empty target
// for the document layer to fill (CoderOptions::keep_open_targets). Returns
// true if it did.
bool VerbPhraseCoder::OpenTarget(int source, int target, const std::string& code, int start,
                                 int end, int pattern) {
  if (!options_.keep_open_targets || block_ < 0 || source < 0) return false;
  const dict::ImplicitTarget kind = dicts_.verbs.block(block_).implicit_target;
  if (kind == dict::ImplicitTarget::kNone || !IsCodedUnit(source)) return false;
  // ... told, not asked for: "demanded that all four resign" (a base form).
  std::string_view tag = s_.tokens[start].tag;
  if (tag == "VB" || tag == "VBP") return false;
  if (target >= 0 && IsCodedUnit(target) && UnitCode(target) != UnitCode(source)) return false;
  // ... nor one the dictionaries do not know ("protesters marched against
  // Georgescu": no government of the article's).
  if (IsUncodedNameAgainst(target)) return false;
  std::vector<Party> parties = PartiesOf(source);
  if (!AllNamed(parties)) return false;
  // ... but a compound that acts on its own members ("India and Pakistan
  // agreed to a ceasefire") acts on each other.
  if (parties.size() > 1 && target == source) return false;
  Event proto = Proto(start, end, /*passive=*/false, pattern);
  // "resigned on Sunday after three weeks of protests": a state that yields
  // where its sentence names the protests yields to its own people.
  std::string unnamed;
  if (parties.size() == 1 && code.starts_with("08") && IsStateActor(parties[0].code) &&
      NamesProtestsAfter(end)) {
    unnamed.assign(parties[0].code, 0, 3).append("CVL");
  } else {
    proto.open_target = kind;
  }
  MakeEventsNaming(std::move(unnamed), source, /*target=*/-1, code, /*passive=*/false,
                   std::move(proto));
  return true;
}

// dyad: "Beijing denied that the balloon was used for spying": a denial of a
// clause that names no other side, in article mode, answers whoever accused
// or pressed the denier (an open target, dict::ImplicitTarget::kAccuser).
// Returns true if it wrote the event.
bool VerbPhraseCoder::DenialToTheAccuser(int source, int target, const std::string& code,
                                         Event proto) {
  if (!options_.keep_open_targets) return false;
  const std::string_view own = UnitCode(source);
  // ... nor a role of no country ("denied that the government planned any
  // construction there": its own, as the article will tell).
  if (target >= 0 && NamesAParty(target) && !UnitCode(target).starts_with("---") &&
      UnitCode(target).substr(0, 3) != own.substr(0, 3))
    return false;  // "denied that its troops shelled Ukrainian villages": RUS UKR
  std::vector<Party> parties = PartiesOf(source);
  if (parties.size() != 1 || IsNullCode(parties[0].code)) return false;
  proto.open_target = dict::ImplicitTarget::kAccuser;
  MakeEventsNaming("", source, /*target=*/-1, code, /*passive=*/false, std::move(proto));
  return true;
}

// dyad: whether `unit` names a party a denied deed was done to: coded, and
// not civilians of no country ("denied targeting civilians" answers the
// accuser, not the victims).
bool VerbPhraseCoder::NamesAParty(int unit) const {
  return IsCodedUnit(unit) && UnitCode(unit) != "---CVL";
}

// dyad: whether a word after `verb` in the sentence names protests
// ("after weeks of protests", "bowing to student-led demonstrations").
bool VerbPhraseCoder::NamesProtestsAfter(int verb) const {
  for (int t = verb + 1; t < static_cast<int>(s_.tokens.size()); ++t) {
    const Token& token = s_.tokens[t];
    if (token.deleted || !token.tag.starts_with("NN")) continue;
    if (EqualsAnyIgnoreCase(token.text, {"protests", "demonstrations", "protesters",
                                         "demonstrators", "uprising", "unrest", "riots"}))
      return true;
  }
  return false;
}

// dyad: for a passive infinitive in an order ("ordered the officials [who
// ...] to be detained"), the unit that gave the order, else -1; `named` is
// set to whom the order names, right after its verb.
int VerbPhraseCoder::OrdererOfPassive(const VerbPhrase& vp, int* named) const {
  if (vp.verb_token == 0 || s_.tokens[vp.verb_token - 1].tag != "TO") return -1;
  const VerbPhrase* order = nullptr;
  for (const VerbPhrase& outer : s_.verb_phrases) {
    if (outer.verb_token >= vp.verb_token || outer.end_token < vp.end_token) continue;
    if (!EqualsAnyIgnoreCase(s_.tokens[outer.verb_token].text,
                             {"ordered", "orders", "order", "ordering"}))
      continue;
    if (order == nullptr || outer.verb_token > order->verb_token) order = &outer;
  }
  if (order == nullptr || s_.tokens[order->verb_token + 1].unit < 0) return -1;
  *named = s_.tokens[order->verb_token + 1].unit;
  int orderer = FindSource(*order, *named);
  return orderer != *named ? orderer : -1;
}

// dyad: "Three people were killed and hundreds injured in the clashes": a
// participle of harm right after its subject, with no auxiliary and no
// object, is a gapped passive (or a reduced relative): a toll, no deed.
bool VerbPhraseCoder::IsGappedToll(const VerbPhrase& vp) const {
  int verb = vp.verb_token;
  const Token& t = s_.tokens[verb];
  if (t.tag != "VBN" || verb == 0 || verb + 1 >= static_cast<int>(s_.tokens.size())) return false;
  if (s_.tokens[verb - 1].unit < 0 || s_.tokens[verb + 1].unit >= 0) return false;
  return EqualsAnyIgnoreCase(t.text, {"killed", "injured", "wounded", "hurt"});
}

// dyad: whether `unit` is an uncoded plural that names parties ("Muslim
// countries", "Western governments", "regional leaders").
bool VerbPhraseCoder::NamesUncodedParties(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || IsCodedUnit(unit) || s_.tokens[u.token_end - 1].tag != "NNS") return false;
  return EqualsAnyIgnoreCase(s_.tokens[u.token_end - 1].text,
                             {"countries", "nations", "states", "governments", "leaders", "allies",
                              "neighbours", "neighbors", "powers", "members", "sides", "parties"});
}

// dyad: the country, bare ("PHL" for "Mindanao"), when `target` is a place of
// `source`'s own country where a restriction, a curfew or a state of
// emergency falls (172x); else "". A capital counts as its country's ground
// ("imposed a curfew on Bangkok": THA, not THAGOV), and people of no country
// are the state's own ("banned gatherings of more than five people": THACVL),
// as are the users of the platforms it blocks.
std::string_view VerbPhraseCoder::OwnGround(std::string_view code, int verb, int source,
                                            int target) const {
  if (!code.starts_with("172") || source < 0 || target < 0) return {};
  std::string_view actor = UnitCode(source);
  // ... and so are the users of companies' platforms it blocks ("blocked the
  // TikTok app", "kept a block on Facebook and WhatsApp": its people, not
  // the firms; a court that bans a firm acts on the firm).
  if (code == "1721" && IsStateActor(actor) && BlocksPlatforms(target) &&
      EqualsAnyIgnoreCase(s_.tokens[verb].text,
                          {"block", "blocks", "blocked", "blocking", "kept", "keep", "keeps",
                           "restricted", "restrict", "restricts", "cut", "cuts", "throttled"}))
    return actor.substr(0, 3);
  if (s_.units[target].compound) return {};
  const Phrase& phrase = s_.phrases[s_.units[target].phrase_begin];
  std::string_view place = phrase.capital_of.empty() ? UnitCode(target) : phrase.capital_of;
  if (place == "---CVL" && IsStateActor(actor)) place = actor.substr(0, 3);
  return place.size() == 3 && place != "---" && actor.starts_with(place) ? place
                                                                         : std::string_view();
}

// dyad: whether `unit` names companies only (XXXBUS), any uncoded member
// aside ("Facebook and WhatsApp").
bool VerbPhraseCoder::BlocksPlatforms(int unit) const {
  const Unit& u = s_.units[unit];
  bool company = false;
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    std::string_view c = s_.phrases[p].code;
    if (c.size() == 6 && c.ends_with("BUS")) {
      company = true;
    } else if (!IsNullCode(c)) {
      return false;
    }
  }
  return company;
}

// dyad: the phrase right after the verb, followed by an infinitive ("urged
// [the council] to reach ..."), else -1.
int VerbPhraseCoder::AddresseeBeforeInfinitive() const {
  if (x_.lower.empty()) return -1;
  int unit = s_.tokens[x_.lower.front()].unit;
  if (unit < 0 || s_.units[unit].token_begin != x_.lower.front()) return -1;
  int after = s_.units[unit].token_end;
  int n = static_cast<int>(s_.tokens.size());
  if (after + 1 >= n || s_.tokens[after].tag != "TO" || s_.tokens[after + 1].tag != "VB") return -1;
  return unit;
}

// dyad: "ordered the army to launch an offensive against X": whom an order
// names before its infinitive carries the attack out; it is not attacked.
bool VerbPhraseCoder::IsOrderedToAct(int verb, int unit) const {
  int after = s_.units[unit].token_end;
  if (after + 1 >= static_cast<int>(s_.tokens.size()) || s_.tokens[after].tag != "TO" ||
      s_.tokens[after + 1].tag != "VB")
    return false;
  return EqualsAnyIgnoreCase(s_.tokens[verb].text,
                             {"ordered", "orders", "order", "ordering", "told", "instructed",
                              "directed", "commanded", "authorized", "authorised"});
}

// dyad: "threatened to cut off gas supplies to Europe if the EU imposed
// sanctions": a threat is made to whom its condition names, the coded
// subject right after "if" or "unless" in (verb, end); else -1.
int VerbPhraseCoder::ConditionParty(int verb, int end) const {
  for (int t = verb + 1; t + 1 < end; ++t) {
    if (s_.tokens[t].tag != "IN" || !EqualsAnyIgnoreCase(s_.tokens[t].text, {"if", "unless"}))
      continue;
    int unit = s_.tokens[t + 1].unit;
    return unit >= 0 && s_.units[unit].token_begin == t + 1 && IsCodedUnit(unit) ? unit : -1;
  }
  return -1;
}

// dyad: "told Ukraine it would send air defence systems", "assured Nepal
// that it would provide aid": a clause a verb of telling tells its hearer,
// whose subject is a pronoun for the teller, tells a deed done to the hearer
// when it names no party of its own. Returns the hearer (the coded unit
// right after the verb of telling), else -1. Not the press ("told reporters
// it would ..."), nor a clause of another side ("told Ukraine that Russia
// would ...", "told Ukraine it would ..." read as Ukraine).
int VerbPhraseCoder::HearerOfTelling(const VerbPhrase& vp, int source) const {
  static const WordSet kTelling = {"told",     "tell",    "tells",    "telling",   "assured",
                                   "assures",  "assure",  "assuring", "reassured", "reassures",
                                   "warned",   "warns",   "warning",  "promised",  "promises",
                                   "informed", "informs", "notified", "notifies"};
  const int subject_first = s_.units[source].token_begin;
  if (s_.tokens[subject_first].tag != "PRP") return -1;
  const VerbPhrase* telling = nullptr;
  for (const VerbPhrase& outer : s_.verb_phrases) {
    if (outer.verb_token >= vp.verb_token || outer.end_token < vp.end_token) continue;
    if (telling == nullptr || outer.verb_token > telling->verb_token) telling = &outer;
  }
  if (telling == nullptr || !kTelling.contains(s_.tokens[telling->verb_token].text)) return -1;
  // The pronoun opens the clause told, right after the hearer or its "that".
  const int clause = telling->embedded_clause;
  const bool opens = subject_first == clause || (subject_first == clause + 1 &&
                                                 EqualsIgnoreCase(s_.tokens[clause].text, "that"));
  if (!opens) return -1;
  const int hearer = s_.tokens[telling->verb_token + 1].unit;
  if (hearer < 0 || s_.units[hearer].token_begin != telling->verb_token + 1 ||
      s_.units[hearer].token_end > clause || !IsCodedUnit(hearer) || IsAudienceOrMedium(hearer))
    return -1;
  const int teller = FindSource(*telling, hearer);
  if (teller < 0 || !OnSameSide(source, teller) || OnSameSide(hearer, source)) return -1;
  return hearer;
}

// dyad: "warned that Madrid would take \"clear and forceful\" measures",
// "warned that it will resolutely counter any meeting between Tsai and ...":
// the party a warning of the warner's own response names after its "that"
// clause's subject (one of the warner's side, or a response or measures of
// no one's: "warned that more measures could follow") is threatened; none
// named: -1, for the article to find whoever pressed the warner. A clause
// whose subject is another side ("warned that Russia would respond") tells
// that side's response, no threat of the warner's: kAnotherSidesResponse.
int VerbPhraseCoder::ThreatenedByOwnResponse(int verb, int source, int end) const {
  // "warned on Saturday that ...": words of no party may stand before "that";
  // a party there is whom the warning is made to ("warned Armenia that it
  // would use force").
  int that = -1, addressee = -1;
  for (int t = verb + 1; t < end && t <= verb + 5; ++t) {
    if (EqualsIgnoreCase(s_.tokens[t].text, "that")) {
      that = t;
      break;
    }
    const int unit = s_.tokens[t].unit;
    if (addressee < 0 && unit >= 0 && IsCodedUnit(unit)) addressee = unit;
  }
  int from = that + 1;
  if (that < 0) {
    // "said it would take countermeasures, after Japan tightened curbs": a
    // clause without "that" opens right after the verb, its subject before
    // a modal.
    const int first = verb + 1 < end ? s_.tokens[verb + 1].unit : -1;
    if (first < 0 || s_.units[first].token_begin != verb + 1) return -1;
    const int after = s_.units[first].token_end;
    if (after >= end || s_.tokens[after].tag != "MD") return -1;
    from = verb + 1;
  } else if (that + 1 >= end) {
    return -1;
  } else if (addressee >= 0) {
    return OnSameSide(addressee, source) ? -1 : addressee;
  }
  if (const int subject = s_.tokens[from].unit;
      subject >= 0 && s_.units[subject].token_begin == from) {
    if (IsCodedUnit(subject) && !OnSameSide(subject, source)) return kAnotherSidesResponse;
    from = s_.units[subject].token_end;
  }
  // ... the condition after it too, which the parser may leave outside the
  // verb's phrase ("would \"step in\" if the purge ... did not stop").
  end = ThroughCondition(end);
  for (int unit = CodedUnitAfter(from, end); unit >= 0;
       unit = CodedUnitAfter(s_.units[unit].token_end, end)) {
    if (!OnSameSide(unit, source) && !OwnedBy(unit, source) && FacesTheResponse(unit, from))
      return unit;
  }
  return -1;
}

// dyad: the party a military alert raised after `from` answers: a coded
// unit of another side after "against", "over", "at" or "toward", or in a
// clause of cause or time ("after Azerbaijan shelled villages", "as China
// held drills", "amid Turkish drills"); -1 if none.
int VerbPhraseCoder::AnsweredSide(int source, int from, int end) const {
  static const WordSet kAimed = {"against", "over", "at", "toward", "towards", "amid"};
  static const WordSet kOpeners = {"after", "following", "as", "while", "when", "amid", "over"};
  end = ThroughCondition(end);
  bool opened = false;
  for (int t = from; t < end; ++t) {
    if (kOpeners.contains(s_.tokens[t].text)) opened = true;
    const int unit = s_.tokens[t].unit;
    if (unit < 0 || s_.units[unit].token_begin != t || !IsCodedUnit(unit)) continue;
    const bool aimed = t > 0 && kAimed.contains(s_.tokens[t - 1].text);
    if ((aimed || opened) && !OnSameSide(unit, source) && !OwnedBy(unit, source)) return unit;
    t = s_.units[unit].token_end - 1;
  }
  return -1;
}

// Whether `unit` is the subject of a "that" clause whose verb is a passive
// with no "by" agent: "that [parliament] be summoned", "that [Keita] should
// be restored".
bool VerbPhraseCoder::IsSubjectOfAgentlessPassive(int unit) const {
  const int n = static_cast<int>(s_.tokens.size());
  const int first = s_.units[unit].token_begin;
  if (first < 1 || !EqualsIgnoreCase(s_.tokens[first - 1].text, "that")) return false;
  int t = s_.units[unit].token_end;
  if (t < n && s_.tokens[t].tag == "MD") ++t;
  if (t >= n || !EqualsIgnoreCase(s_.tokens[t].text, "be")) return false;
  ++t;
  while (t < n && s_.tokens[t].tag == "RB") ++t;
  if (t >= n || (s_.tokens[t].tag != "VBN" && s_.tokens[t].tag != "VBD")) return false;
  return t + 1 >= n || !EqualsIgnoreCase(s_.tokens[t + 1].text, "by");
}

// dyad: a demand made of the government that must act: that of the country
// of the passive clause's `subject` ("that parliament be summoned": LKAGOV),
// or, for a subject of no country, in article mode, the article's (an open
// target, dict::ImplicitTarget::kGovernment); returns whether it wrote the
// event (else the caller codes as before).
bool VerbPhraseCoder::DemandOfTheGovernment(int source, int subject, const std::string& code,
                                            Event proto) {
  if (source < 0 || !IsCodedUnit(source)) return false;
  std::vector<Party> parties = PartiesOf(source);
  if (parties.empty() || std::any_of(parties.begin(), parties.end(),
                                     [](const Party& p) { return IsNullCode(p.code); }))
    return false;
  std::string government;
  if (const std::string_view own = UnitCode(subject); IsCodedUnit(subject) && own.size() >= 3 &&
                                                      !own.starts_with("---") &&
                                                      !own.starts_with("IGO")) {
    government.assign(own.substr(0, 3)).append("GOV");
  } else if (options_.keep_open_targets) {
    proto.open_target = dict::ImplicitTarget::kGovernment;
  } else {
    return false;
  }
  MakeEventsNaming(std::move(government), source, /*target=*/-1, code, /*passive=*/false,
                   std::move(proto));
  return true;
}

// dyad: a military alert that names no side it answers is aimed, in article
// mode, at whoever pressed the source (an open counterpart target); without
// the article, at no one.
void VerbPhraseCoder::AlertAgainstTheCounterpart(int source, const std::string& code, Event proto) {
  if (!options_.keep_open_targets || !IsCodedUnit(source)) return;
  std::vector<Party> parties = PartiesOf(source);
  if (parties.size() != 1 || IsNullCode(parties[0].code)) return;
  proto.open_target = dict::ImplicitTarget::kCounterpart;
  MakeEventsNaming("", source, /*target=*/-1, code, /*passive=*/false, std::move(proto));
}

// dyad: whether `unit`, after `from` in a warning's clause, is what the
// response is aimed at: after "against", "on", "to", "at", "between" or
// "over" ("take countermeasures against the arms sale", "respond to the
// deployment", "counter any meeting between Tsai and ..."), or in a
// condition, a cause or a time ("if the purge ... from the ruling party did
// not stop", "after Japan tightened curbs", "while the United States held
// drills"); not whom the response is for ("take
// measures to support farmers", "not hesitate to help Lebanon").
bool VerbPhraseCoder::FacesTheResponse(int unit, int from) const {
  static const WordSet kAimed = {"against", "on",   "to",     "at",
                                 "between", "over", "toward", "towards"};
  static const WordSet kOpeners = {"if", "unless", "after", "following", "while", "when"};
  const int first = s_.units[unit].token_begin;
  if (first > 0 && kAimed.contains(s_.tokens[first - 1].text)) return true;
  for (int t = from; t < first; ++t) {
    if (kOpeners.contains(s_.tokens[t].text)) return true;
  }
  return false;
}

// dyad: whether `unit` is what a possessive pronoun gives `source` ("to
// defend its fishermen", "their troops"): of no country, or of its own.
bool VerbPhraseCoder::OwnedBy(int unit, int source) const {
  if (s_.tokens[s_.units[unit].token_begin].tag != "PRP$") return false;
  const std::string_view owned = UnitCode(unit), owner = UnitCode(source);
  return owned.starts_with("---") ||
         (owned.size() >= 3 && owner.size() >= 3 && owned.substr(0, 3) == owner.substr(0, 3));
}

// dyad: `end`, or, when a condition or a cause follows there ("if",
// "unless", "after", "following"; after closing quotes, commas and words
// set aside), the end of that clause: the next comma, semicolon or full stop.
// The parser may leave it outside the verb's phrase ("would \"step in\" if
// the purge ... did not stop", "would take \"necessary countermeasures\",
// after Japan tightened curbs").
int VerbPhraseCoder::ThroughCondition(int end) const {
  static const WordSet kOpeners = {"if", "unless", "after", "following"};
  const int n = static_cast<int>(s_.tokens.size());
  int t = end;
  // ... or an aside the coder set aside (", including a complaint to the WTO,").
  while (t < n && (s_.tokens[t].tag == "''" || s_.tokens[t].text == "," || s_.tokens[t].deleted))
    ++t;
  if (t >= n || !kOpeners.contains(s_.tokens[t].text)) return end;
  ++t;
  while (t < n && s_.tokens[t].text != "," && s_.tokens[t].text != ";" && s_.tokens[t].text != ".")
    ++t;
  return t;
}

namespace {

// Nouns of an attack that a preposition names the target of ("the raid on",
// "the offensive against", "the storming of").
bool IsAttackNoun(std::string_view w) {
  static const WordSet kAttacks = {
      "attack",    "attacks",   "strike",     "strikes",     "airstrike", "airstrikes", "raid",
      "raids",     "offensive", "assault",    "bombing",     "bombings",  "shelling",   "invasion",
      "incursion", "blockade",  "incursions", "bombardment", "storming"};
  return kAttacks.contains(w);
}

}  // namespace

// dyad: the coded attack right before the preposition that opens `unit`
// ("[the Russian attack] on [Ukraine]", "[the Israeli raid] on [its
// consulate]", "[Turkey's offensive] against [Kurdish fighters]"), -1 if none.
int VerbPhraseCoder::AttackAuthorBefore(int unit) const {
  static const WordSet kPrepositions = {"on", "against", "of", "into", "in", "at"};
  const int preposition = s_.units[unit].token_begin - 1;
  if (preposition < 1 || !kPrepositions.contains(s_.tokens[preposition].text)) return -1;
  const int attack = s_.tokens[preposition - 1].unit;
  if (attack < 0 || attack == unit || s_.units[attack].token_end != preposition ||
      s_.units[attack].compound || !IsCodedUnit(attack))
    return -1;
  return IsAttackNoun(s_.tokens[preposition - 1].text) ? attack : -1;
}

// dyad: whether `unit` names the side `other` names: the same code, or its
// country and the country's own bodies ("Madrid" of the Spanish foreign
// minister, "the military" of the army's commander); not its opposition,
// parties or people.
bool VerbPhraseCoder::OnSameSide(int unit, int other) const {
  const std::string_view a = UnitCode(unit), b = UnitCode(other);
  if (a == b) return true;
  if (a.size() < 3 || b.size() < 3 || a.starts_with("---") || a.starts_with("IGO") ||
      a.starts_with("NGO") || a.starts_with("IMG") || a.substr(0, 3) != b.substr(0, 3))
    return false;
  auto state = [](std::string_view code) {
    return code.size() == 3 || dict::IsStateRole(code.substr(3, 3));
  };
  return state(a) && state(b);
}

// Whether `verb` sends or deploys `target`, forces all of `source`'s country
// ("sent tanks and troops": tanks name no one).
bool VerbPhraseCoder::SendsOwnForces(int verb, int target, int source) const {
  if (!EqualsAnyIgnoreCase(s_.tokens[verb].text,
                           {"sent", "send", "sends", "sending", "dispatched", "deployed", "deploys",
                            "deploy", "moved", "rolled", "poured"}))
    return false;
  std::vector<Party> sender = PartiesOf(source);
  if (sender.size() != 1 || sender[0].code.size() < 3 || IsNullCode(sender[0].code)) return false;
  bool own = false;
  for (const Party& p : PartiesOf(target)) {
    if (IsNullCode(p.code)) continue;
    // "troops" without a country are the sender's.
    if (!p.code.ends_with("MIL") ||
        (p.code.compare(0, 3, sender[0].code, 0, 3) != 0 && !p.code.starts_with("---")))
      return false;
    own = true;
  }
  return own;
}

// Whether `target` is forces (MIL, COP, SPY) of `source`'s own country.
bool VerbPhraseCoder::IsOwnForce(int source, int target) const {
  std::string_view actor = UnitCode(source), force = UnitCode(target);
  if (actor.size() < 3 || IsNullCode(actor) || force.size() != 6 || s_.units[target].compound)
    return false;
  if (!force.ends_with("MIL") && !force.ends_with("COP") && !force.ends_with("SPY")) return false;
  // "its forces" with no country of their own are the owner's.
  const Token& first = s_.tokens[s_.units[target].token_begin];
  return force.substr(0, 3) == actor.substr(0, 3) ||
         (force.starts_with("---") && first.tag == "PRP$" &&
          EqualsAnyIgnoreCase(first.text, {"its", "their"}));
}

// dyad: "Vucic denied that Belgrade had any role", "denied that his
// government was to blame", "Iran denied that it had any role": the subject
// of a denied clause that codes as the denier or its country is its own
// side, not whom the denial is aimed at: the denier stays the source, and the
// target is the party the clause names after it, if any (else, in article
// mode, the accuser: DenialToTheAccuser).
void VerbPhraseCoder::DeniedOwnSide(const VerbPhrase& vp, int* source, int* target) {
  const int verb = vp.verb_token;
  const int first = s_.units[*target].token_begin;
  const int that = DeniedObjectStart(verb);
  if (first != that + 1 || !EqualsIgnoreCase(s_.tokens[that].text, "that") ||
      (s_.tokens[first].tag.starts_with("NN") && !NamedSubjectOfClause(first)))
    return;
  const int own = *source >= 0 ? *source : FindSource(vp, -1);
  if (own < 0 || own == *target || s_.units[own].token_end > verb || s_.units[own].compound) return;
  // "his government", "its army": a state's body of no country is the
  // possessor's.
  const Token& opener = s_.tokens[first];
  const bool possessed = opener.tag == "PRP$" && IsCountrylessStateBody(UnitCode(*target));
  const std::string_view denier = UnitCode(own), subject = UnitCode(*target);
  const bool same_country = denier.size() >= 3 && subject.size() >= 3 && !IsNullCode(denier) &&
                            !denier.starts_with("---") &&
                            denier.substr(0, 3) == subject.substr(0, 3);
  if (denier != subject && !same_country && !possessed) return;
  *source = own;
  own_side_denial_ = verb;
  // ... up to a relative clause ("a role in the bombing that killed 40
  // police": the victims of the deed, not its accuser), past forces or a
  // state of no country ("had sent troops into Lithuania": its own).
  int end = s_.units[*target].token_end;
  while (end < vp.end_token && s_.tokens[end].tag != "WDT" && s_.tokens[end].tag != "WP") ++end;
  int next = CodedUnitAfter(s_.units[*target].token_end, end);
  while (next >= 0 && IsCountrylessStateBody(UnitCode(next)))
    next = CodedUnitAfter(s_.units[next].token_end, end);
  *target = next;
}

// "---MIL" (troops), "---GOV": a state's body or force with no country.
bool VerbPhraseCoder::IsCountrylessStateBody(std::string_view code) {
  return code.size() == 6 && code.starts_with("---") && IsStateBody(code.substr(3));
}

// dyad: "denied that it had been invited", "that the United States had been
// sidelined": a denied clause whose subject is of the denier's own country
// and whose verb is passive tells what was done to the denier, no deed it
// answers for (not "denied that its troops were involved", nor "that his
// office had been briefed": a part or knowledge denied answers blame).
bool VerbPhraseCoder::DeniesWhatWasDoneToIt(int source, int verb) const {
  const int n = static_cast<int>(s_.tokens.size());
  const int that = DeniedObjectStart(verb);
  if (source < 0 || that + 1 >= n || !EqualsIgnoreCase(s_.tokens[that].text, "that")) return false;
  const int target = s_.tokens[that + 1].unit;
  if (target < 0 || s_.units[target].token_begin != that + 1) return false;
  std::string_view own = UnitCode(source), subject = UnitCode(target);
  if (own.size() < 3 || subject.size() < 3 || IsNullCode(own) ||
      own.substr(0, 3) != subject.substr(0, 3))
    return false;
  int t = s_.units[target].token_end;
  bool be = false;
  for (; t < n && t < s_.units[target].token_end + 3; ++t) {
    std::string_view w = s_.tokens[t].text;
    if (!EqualsAnyIgnoreCase(w, {"had", "has", "have", "been", "was", "were", "is", "are"})) break;
    be |= !EqualsAnyIgnoreCase(w, {"had", "has", "have"});
  }
  // "were involved", "had been warned": a part or knowledge denied answers
  // blame; a passive of anything else tells what was done to the denier.
  return be && t < n && s_.tokens[t].tag == "VBN" &&
         !EqualsAnyIgnoreCase(s_.tokens[t].text, {"involved", "implicated", "briefed", "informed",
                                                  "told", "warned", "linked", "connected"});
}

// The first coded unit whose words start in [begin, end), or -1.
int VerbPhraseCoder::CodedUnitAfter(int begin, int end) const {
  for (int t = begin; t < end; ++t) {
    int unit = s_.tokens[t].unit;
    if (unit >= 0 && s_.units[unit].token_begin == t && IsCodedUnit(unit)) return unit;
  }
  return -1;
}

// dyad: whether `unit` names one person: a `person` entry ("Laurent
// Gbagbo"), or a title without an article before a name of two words
// ("militant leader Ahmed Ali", not "the Army Headquarters"). Forces that capture a person arrest
// them (173); they occupy a place (192).
bool VerbPhraseCoder::NamesAPerson(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || u.phrase_end - u.phrase_begin != 1) return false;
  const Phrase& phrase = s_.phrases[u.phrase_begin];
  if (phrase.actor >= 0 && dicts_.actors.actors()[phrase.actor].person) return true;
  const Token& last = s_.tokens[u.token_end - 1];
  return last.tag == "NNP" && !phrase.agents.empty() && !phrase.place &&
         phrase.capital_of.empty() && u.token_end - u.token_begin >= 3 &&
         s_.tokens[u.token_end - 2].tag == "NNP" && s_.tokens[u.token_begin].tag != "DT";
}

// dyad: whether `unit` is a place named as ground: one phrase ending in a
// proper name that codes as a bare country ("Crimea": UKR; "Bukavu", a town
// the article's gazetteer knows: COD), no party's role; or a capital that
// may stand for its state ("seized Sanaa": the city, not its government).
bool VerbPhraseCoder::NamesGround(int unit) const {
  const Unit& u = s_.units[unit];
  if (u.compound || u.phrase_end - u.phrase_begin != 1) return false;
  const Phrase& phrase = s_.phrases[u.phrase_begin];
  if (s_.tokens[u.token_end - 1].tag != "NNP") return false;
  if (phrase.actor >= 0 && dicts_.actors.actors()[phrase.actor].place_metonym) return true;
  return phrase.code.size() == 3 && phrase.code != "---" && phrase.agents.empty();
}

// dyad: whether `unit` is the subject of a condition: "if" or "unless"
// before it, a finite verb (or a modal) right after it ("if [the fighting]
// spreads to ..."). A clause that is no condition may name the target
// through its verb ("voiced optimism that talks could end the fighting in
// Congo").
bool VerbPhraseCoder::SubjectOfACondition(int unit) const {
  const int before = s_.units[unit].token_begin - 1, next = s_.units[unit].token_end;
  if (before < 0 || next >= static_cast<int>(s_.tokens.size())) return false;
  if (!EqualsAnyIgnoreCase(s_.tokens[before].text, {"if", "unless"})) return false;
  const Token& token = s_.tokens[next];
  return token.unit < 0 &&
         (token.tag == "VBZ" || token.tag == "VBP" || token.tag == "VBD" || token.tag == "MD");
}

bool VerbPhraseCoder::HasImplicitTarget() const {
  return block_ >= 0 && dicts_.verbs.block(block_).implicit_target != dict::ImplicitTarget::kNone;
}

// The verb's target: the pattern's, unless it names no one, or else the
// first coded phrase after the verb, read for passives, attacks and
// criticisms. Drops from `binding` a target that is no party.
int VerbPhraseCoder::ChooseTarget(const VerbPhrase& vp, int verb, bool passive, int pattern,
                                  const std::string& code, PatternBinding* binding) {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  // dyad: "condemned what it called ...": a pattern's target is not "what".
  if (dyad && binding->target >= 0 && NamesWhat(binding->target)) binding->target = -1;
  // ... nor the press a verb of saying speaks to ("spoke to journalists").
  if (says_ && binding->target >= 0 && IsAudienceOrMedium(binding->target)) binding->target = -1;
  // dyad: "condemned the Russian attack on Ukraine", "the Israeli raid on
  // its consulate": the party or place an attack named with its author
  // struck is not whom the criticism is aimed at; the author is (an
  // attack's author is its country: docs/articles.md).
  if (int author = dyad && code.starts_with("11") && binding->target >= 0
                       ? AttackAuthorBefore(binding->target)
                       : -1;
      author >= 0)
    binding->target = author;
  int target = binding->target;
  // dyad: "called the deal with Iran a mistake": an object that names no one
  // and a judgement of it after its prepositional phrases ("* TARGET
  // &11CONDEMNED") judge the party those phrases name, as "condemned the
  // deal with Iran" does; a party in or past the pattern's own words is not
  // reached ("called the move a violation of Iraq's sovereignty", "took a
  // flight to court" name no one judged).
  if (dyad && target >= 0 && !IsCodedUnit(target) &&
      JudgesItsObject(dicts_.verbs.pattern(pattern).after)) {
    const int named = ThroughPrepositions(target);
    if (binding->first_word < 0 || s_.units[named].token_end <= binding->first_word) target = named;
  } else if (target < 0) {
    target = FindTarget(vp);
    // ... nor the medium anything is said or claimed through ("claimed
    // responsibility through its Amaq news agency").
    if (dyad && target >= 0 && IsAudienceOrMedium(target)) target = -1;
    // dyad: "Ukraine was given fighter jets by the Netherlands": in a
    // passive, who acted is the "by" phrase, not what was given.
    if (int agent = dyad && passive && vp.passive_agent ? PassiveAgent() : -1; agent >= 0)
      target = agent;
  } else if (const auto& after = dicts_.verbs.pattern(pattern).after;
             dyad && !after.empty() && after.back().kind == dict::ElementKind::kTarget) {
    // "* about TARGET", not "* TARGET with": a bound target that names no
    // one leads on (ThroughPrepositions), else leaves the target to the
    // nearest coded phrase, as without a pattern ("voiced optimism in
    // Nairobi that ... Congo").
    // ... but not for a restriction whose target may be implicit: "declared
    // a state of emergency on Monday", "in a standoff with the judiciary"
    // name no one it is laid on, so it falls on the source's people.
    if (dyad && code.starts_with("172") && !IsCodedUnit(target) && HasImplicitTarget()) {
      binding->target = -1;
      return -1;
    }
    // "ordered the armed forces to 'neutralize' 22 criminal gangs": the
    // forces the pattern's words matched are what the verb moves; a coded
    // phrase right after the bound word is whom it acts on.
    const int moved = dyad ? MovedForces(binding->first_word) : -1;
    target = ThroughPrepositions(target, moved);
    if (int next = moved >= 0 && !IsCodedUnit(target) ? CodedUnitRightAfter(target) : -1; next >= 0)
      target = next;
    // ... but a bound target that is the subject of a condition ("warned
    // that if [the fighting] spreads to Kordofan"): what its verb names is
    // the condition's, not this verb's target.
    // ... nor the forces moved ("massed troops at the border": no one).
    if (!IsCodedUnit(target) && !SubjectOfACondition(target)) {
      int found = FindTarget(vp);
      if (found >= 0 && found != moved && IsCodedUnit(found)) target = found;
    }
  }
  if (dyad) target = NamedMembers(target);
  if (dyad && dict::IsForceCode(code)) target = TargetingParticiple(verb, target);
  if (dyad && dict::IsForceCode(code)) target = VictimsIfNoOneHit(vp, verb, target, code);
  // dyad: "Israeli jets struck an airport near Damascus": force on a thing
  // that names no one falls on the country of the capital it stands in; by
  // a party of another country ("air strikes hit a funeral hall in Sanaa" is
  // a toll; "Bangladeshi commandos stormed a cafe in Dhaka", no attack on
  // their own country).
  if (int place = dyad && dict::IsForceCode(code) && !passive ? CapitalOfThingStruck(target) : -1;
      place >= 0) {
    const int by = FindSource(vp, -1);
    const std::string_view country = s_.phrases[s_.units[place].phrase_begin].capital_of;
    if (by >= 0 && IsCodedUnit(by) && !UnitCode(by).starts_with("---") &&
        !UnitCode(by).starts_with(country))
      target = place;
  }
  // ... not a participle that modifies a noun ("a statement condemning the coup").
  bool finite = s_.tokens[verb].tag != "VBG" || IsTrailingParticiple(vp);
  if (dyad && ReactsToDeed(code) && !passive && finite) target = DeedObject(target);
  if (dyad && target >= 0 && IsUnderMediation(s_, target)) {
    if (binding->target == target) binding->target = -1;
    target = -1;
  }
  return target;
}

// Whether a pattern's words after the verb are its object and then words
// that say what it is: "* TARGET &11CONDEMNED", "* TARGET as &05PRAISED".
bool VerbPhraseCoder::JudgesItsObject(std::span<const dict::PatternElement> after) {
  if (after.size() < 2 || after.front().kind != dict::ElementKind::kTarget) return false;
  return std::any_of(after.begin() + 1, after.end(), [](const dict::PatternElement& e) {
    return e.kind == dict::ElementKind::kSynset;
  });
}

// dyad: "recalled its ambassador from Israel, condemning the raid on Rafah",
// "expelled the envoy and denounced the strike on Aleppo": a criticism
// after a clause that acted on a party, of an attack whose author neither
// the sentence nor the article names (the attack codes no one), is aimed at
// that party, not at the ground attacked (an attack's author is its target:
// docs/articles.md). Whether `unit` is that ground.
bool VerbPhraseCoder::GroundOfAnAuthorlessAttack(int unit) const {
  static const WordSet kPrepositions = {"on", "against", "of", "into", "at"};
  const int preposition = s_.units[unit].token_begin - 1;
  if (preposition < 1 || !kPrepositions.contains(s_.tokens[preposition].text) ||
      !IsAttackNoun(s_.tokens[preposition - 1].text))
    return false;
  const int attack = s_.tokens[preposition - 1].unit;
  return attack >= 0 && attack != unit && !IsCodedUnit(attack);
}

// Whether `vp` goes on with the clause before it: a participle after it
// (`trailing`), a predicate after ", and", or a verb coordinated with the
// clause's ("recalled X and condemned Y").
bool VerbPhraseCoder::SharesTheClause(const VerbPhrase& vp, bool trailing) const {
  return trailing || IsPredicateAfterCommaAnd(vp) ||
         (vp.clause_start < vp.verb_token && vp.clause_start == shared_clause_);
}

// dyad: "The United Nations condemned the violence and called for calm": a
// verb whose target is a country's people (a call for calm, an internet cut)
// does not take over the clause's target when that is a party of no country,
// attackers or a crowd: the call is to the people of the country (an open
// target the article fills); "condemned Israel and called for calm" still
// calls on Israel.
bool VerbPhraseCoder::CalmsPeopleNotTheDoers(int shared_target) const {
  return block_ >= 0 &&
         dicts_.verbs.block(block_).implicit_target == dict::ImplicitTarget::kCivilians &&
         UnitCode(shared_target).starts_with("---");
}

// dyad: "Modi condemned the attacks and offered help", "condemned the
// killings and pledged to step up cooperation": help, cooperation or a
// pledge of them (roots 03 to 08) after a reaction to a deed is not given to
// the deed's author, whom the reaction's object stands for (a deed the
// document told: PhraseResolver::ResolveDeed); "condemned Israel and
// pledged aid" still pledges to no one the clause names but Israel.
bool VerbPhraseCoder::HelpsNotTheDoers(int shared_target, std::string_view code) const {
  const bool cooperation = code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '8';
  if (!cooperation || s_.units[shared_target].compound) return false;
  const Phrase& p = s_.phrases[s_.units[shared_target].phrase_begin];
  return p.antecedent.starts_with(PhraseResolver::kDeedAntecedent);
}

// dyad: a coordinated verb, a predicate after ", and" or a participle after
// the clause that names no party of its own takes the clause's ("met Wen in
// Beijing and signed agreements", "severed ties with Qatar, accusing it of
// ..."); updates `source` and `target`. Returns whether the clause's target
// was kept from a verb of help because it is a deed's author (HelpsNotTheDoers).
bool VerbPhraseCoder::ShareClauseParties(const VerbPhrase& vp, const PatternBinding& binding,
                                         bool trailing, std::string_view code, int* source,
                                         int* target) const {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  // A predicate after ", and" is coordinated too ("spoke with his Nepalese
  // counterpart, and promised all possible help").
  // So is an infinitive of purpose after a contact ("called Harper to offer
  // his condolences": Obama offers them to Harper).
  const bool purpose = dyad && vp.verb_token == purpose_verb_;
  bool coordinated =
      dyad && ((vp.clause_start < vp.verb_token && vp.clause_start == shared_clause_) ||
               IsPredicateAfterCommaAnd(vp) || purpose);
  // "..., accusing him of ignoring attacks on Israeli towns": an object
  // pronoun is that party, whatever the words after it name.
  int object = x_.lower.empty() ? -1 : s_.tokens[x_.lower.front()].unit;
  const Token* first = x_.lower.empty() ? nullptr : &s_.tokens[x_.lower.front()];
  bool pronoun = object >= 0 && first->tag == "PRP" && !first->text.ends_with("self") &&
                 !first->text.ends_with("selves");
  bool pronoun_object = pronoun && !IsCodedUnit(object);
  bool own_target = binding.target >= 0 && IsCodedUnit(binding.target);
  // "..., calling its isolation inhumane": what was done to a party is no
  // party that the participle acts on.
  bool suffered = object >= 0 && dyad && NamesWhatWasDoneTo(object);
  // "visited Riyadh and called on Muslim countries to ...": an object that
  // names parties the dictionaries do not know is still this verb's own.
  bool own_parties = *target >= 0 && !pronoun_object && NamesUncodedParties(*target);
  // A participle after a conjunction of time ("after seizing the city") acts
  // on what it names, not on the clause's target.
  const bool adverbial_participle = IsAdverbialParticiple(vp);
  bool helps_not_the_doers = false;
  if ((trailing || coordinated) && (*target < 0 || !IsCodedUnit(*target) || pronoun_object) &&
      !own_target && !own_parties && !suffered && shared_target_ >= 0 && !adverbial_participle &&
      !CalmsPeopleNotTheDoers(shared_target_)) {
    helps_not_the_doers = dyad && HelpsNotTheDoers(shared_target_, code);
    if (!helps_not_the_doers) *target = shared_target_;
  }
  // A predicate after ", and" has the clause's subject even when a coded
  // phrase stands nearer ("condemned the coup, which was staged by the
  // army, and suspended aid to Niger": the United States suspends).
  bool predicate = dyad && IsPredicateAfterCommaAnd(vp);
  bool uncoded = *source < 0 || !IsCodedUnit(*source);
  // "praised the army after visiting Somalia": the president visits.
  bool adverbial = adverbial_participle && binding.source < 0;
  // So does a participle after the clause: a party the clause acted on or
  // named in passing stands nearer ("will not attend a summit in Islamabad,
  // accusing Pakistan of ...": India accuses, not the summit).
  bool subjectless = (predicate || (dyad && trailing)) && binding.source < 0;
  if ((trailing || predicate || purpose) && (uncoded || subjectless || adverbial || purpose) &&
      clause_source_ >= 0 && clause_source_ != *target) {
    *source = clause_source_;
  }
  // ... which is the sentence's subject, not that of a clause it reports
  // ("Tajikistan said Kyrgyz forces had shelled a post, and blamed ...").
  // dyad: "has expelled X, accused Y and closed Z": a predicate listed after
  // a comma, with no party before it in its clause, has the sentence's.
  if (dyad && *source < 0 && binding.source < 0 && vp.conjoined_subject >= 0 &&
      vp.clause_start > 0 && s_.tokens[vp.clause_start - 1].tag == "," &&
      vp.conjoined_subject != *target && IsCodedUnit(vp.conjoined_subject) &&
      !s_.tokens[s_.units[vp.conjoined_subject].token_begin].deleted) {
    *source = vp.conjoined_subject;
  }
  if (predicate && binding.source < 0 && vp.conjoined_subject >= 0 &&
      vp.conjoined_subject != *target && IsCodedUnit(vp.conjoined_subject) &&
      !s_.tokens[s_.units[vp.conjoined_subject].token_begin].deleted) {
    *source = vp.conjoined_subject;
  }
  // "imposed sanctions on the police, accusing it of abuse": an object
  // pronoun read as the actor itself (not "itself") is the party before.
  if ((trailing || coordinated) && pronoun && *target == object && *source >= 0 &&
      shared_target_ >= 0 && !IsGroup(*source) && UnitCode(*target) == UnitCode(*source)) {
    *target = shared_target_;
  }
  return helps_not_the_doers;
}

// dyad: "is concerned about", "is deeply opposed to": a "be" lemma of the
// dictionaries that voices a feeling or a stance ("be concerned" 012, "be
// opposed to" 110: roots 01 and 11) is a state the subject is in, not a
// passive with an unseen agent; a "by" agent keeps the passive ("was
// concerned by the move"), and so do participles that are mostly done to
// something ("troops were committed to the mission", "a report was
// prepared": the pledges of 03 are read when an infinitive follows).
bool VerbPhraseCoder::IsBeLemma(const VerbPhrase& vp) {
  if (vp.passive_verb <= vp.verb_token || vp.passive_agent) return false;
  int start, end;
  if (!ChooseVerbForms(vp.verb_token, &start, &end) || end < vp.passive_verb) return false;
  std::string_view code = dicts_.verbs.form(FallbackForm()).code;
  return code.starts_with("01") || code.starts_with("11");
}

bool VerbPhraseCoder::Code(const VerbPhrase& vp) {
  // dyad: ", targeting X" after an attack that took X as its target.
  if (vp.verb_token == merged_participle_) return false;
  int participle = vp.passive_verb;
  if (dicts_.format == dict::Dictionaries::Format::kDyad && IsBeLemma(vp)) participle = -1;
  bool passive = participle >= 0;
  int verb = passive ? participle : vp.verb_token;
  int start = verb, end = verb;
  visited_ = -1;
  toll_ = false;
  silent_owner_ = false;
  negated_form_ = false;
  block_ = -1;  // a toll below returns before its verb's block is known
  source_ = -1;
  // Nothing the previous verb phrase collected is read for this one: the
  // source found before CollectSequences, and an agentless passive's, see
  // no stale words, and know whether this verb is one of saying.
  x_.lower.clear();
  x_.before.clear();
  x_.reported_clause = SIZE_MAX;
  x_.adverbial_clause = SIZE_MAX;
  says_ = dicts_.format == dict::Dictionaries::Format::kDyad && IsVerbOfSaying(verb);
  // dyad: a verb that is no event still gives its subject to a participle
  // after the clause ("reacted furiously, calling the Dutch 'Nazi
  // remnants'", "spoke on Monday, accusing Israel of sabotage").
  // ... but an infinitive's does not ("ordered the army to launch an
  // offensive ..., accusing it of ...": the one who ordered accuses).
  const bool infinitive = vp.verb_token > 0 && s_.tokens[vp.verb_token - 1].tag == "TO";
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && !infinitive &&
      !IsTrailingParticiple(vp)) {
    if (int src = FindSource(vp, -1); src >= 0) {
      clause_source_ = src;
    } else if (says_ && vp.verb_token > 0 && s_.tokens[vp.verb_token - 1].tag == "''" &&
               vp.verb_token + 1 < static_cast<int>(s_.tokens.size()) &&
               s_.tokens[vp.verb_token + 1].unit >= 0 &&
               IsCodedUnit(s_.tokens[vp.verb_token + 1].unit)) {
      clause_source_ = s_.tokens[vp.verb_token + 1].unit;
    }
  }
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !vp.passive_agent &&
      CodeSidesOfPassive(vp, verb))
    return true;
  if (!ChooseVerbForms(verb, &start, &end)) return false;
  if (IsNominalWithoutAgent(verb, vp.end_token)) return false;
  if (!passive && IsReducedParticipleRead(verb, end)) return false;
  if (!passive && IsReducedParticipleOfBlame(verb)) return false;
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && IsGappedToll(vp)) {
    // The toll owns its phrase, unless the dead were armed and it may tell
    // their fight ("peacekeepers killed in fighting with the rebels").
    toll_ = !IsArmedSide(UnitCode(s_.tokens[vp.verb_token - 1].unit));
    return true;
  }
  const dict::VerbForm& form = dicts_.verbs.form(FallbackForm());
  block_ = form.block;
  // A passive participle sees its auxiliary ("+ WAS * DEAD IN $").
  CollectSequences(passive ? start : std::min(start, vp.clause_start), end, vp.end_token);
  PatternBinding binding;
  int pattern = BestPattern(x_.forms, &binding);
  if (!x_.spread.empty()) PreferSpreadForms(&pattern, &binding);
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  if (pattern >= 0) block_ = dicts_.verbs.pattern(pattern).block;
  std::string code;
  if (pattern >= 0 && !IsNullCode(dicts_.verbs.pattern(pattern).code)) {
    code = dicts_.verbs.pattern(pattern).code;
  } else if (pattern >= 0 && dyad) {
    // A "---" pattern says this use of the verb is no event; its subject
    // still acts in a participle after the clause ("seized power in a coup,
    // detaining elected leader Aung San Suu Kyi").
    if (int src = FindSource(vp, -1); src >= 0 && !IsTrailingParticiple(vp)) clause_source_ = src;
    return true;
  } else if (!IsNullCode(form.code)) {
    code = form.code;
    pattern = -1;
    binding = PatternBinding{};
  } else {
    return false;
  }
  // "did not meet" is no meeting, unless the pattern itself speaks of the
  // negation ("- NOT * TIES [112]").
  // ... nor is "is not ready to", a negation inside the verb's own words.
  negated_form_ = dyad && NegatedWithin(start, end) &&
                  (pattern < 0 || !MentionsNegation(dicts_.verbs.pattern(pattern)));
  negated_ = ((vp.negated || (dyad && DeniesIntention(s_, vp.verb_token))) &&
              (pattern < 0 || !MentionsNegation(dicts_.verbs.pattern(pattern)))) ||
             negated_form_;
  // dyad: a possibility, condition or question is no event (the article
  // layer, which keeps them, labels them).
  hypothetical_ = dyad && StatesHypothesis(s_, vp.verb_token);
  if ((negated_ || hypothetical_) && !options_.keep_negated) return true;
  // A visit, and troops arriving to keep the peace or to train (074, 072),
  // go to the country of the capital they arrive in.
  bool visit = dyad && (code == "042" || code == "074" || code == "072");
  // "will meet" -> CAMEO's intent to meet (dyad's dictionaries carry the table).
  future_ = !dicts_.intent_codes.empty() && StatesFuture(s_, vp.verb_token);
  if (future_) code = IntentCode(dicts_, code);
  // A compound bound before the verb ("% HAVE *") acts on its own members.
  if (binding.compound >= 0 && binding.compound == binding.source && binding.target < 0) {
    binding.target = binding.compound;
  }
  // dyad: so does one bound after it when the clause names no coded subject:
  // "talks took place between [Russia and Ukraine]" (a noun subject, the
  // pattern's synset), as "talks between Russia and Ukraine took place"; not
  // a participle that modifies a noun ("the deal, signed by X and Y, ...":
  // a deal told again, undated).
  if (dyad && !passive && binding.compound >= 0 && binding.compound == binding.target &&
      binding.source < 0 && s_.units[binding.compound].token_begin > verb &&
      s_.tokens[verb].tag != "VBN" && s_.tokens[verb].tag != "VBG") {
    if (int subject = FindSource(vp, binding.target); subject < 0 || !IsCodedUnit(subject))
      binding.source = binding.compound;
  }
  // dyad: "Israel was criticised by the UN for ...": a pattern's TARGET that
  // lands on the passive's "by" agent is who acted, not who was acted on; the
  // passive reading stands.
  // A COMPOUND bound there acts on its own members ("the deal was signed by
  // Iran and Saudi Arabia": each signs with the other).
  if (dyad && passive && vp.passive_agent && binding.target >= 0 && binding.source < 0) {
    int first = s_.units[binding.target].token_begin;
    if (first > 0 && EqualsIgnoreCase(s_.tokens[first - 1].text, "by")) {
      if (binding.compound == binding.target) {
        binding.source = binding.compound;
      } else {
        binding.target = -1;
      }
    }
  }
  // ... and without a "by" agent ("Abe was shot while giving a speech"), a
  // TARGET after the participle of a violent verb is no party: the subject
  // suffered the attack ("is worried about China" keeps its target).
  if (dyad && passive && !vp.passive_agent && dict::IsForceCode(code) && binding.target >= 0 &&
      binding.source < 0 && s_.units[binding.target].token_begin > verb) {
    binding.target = -1;
  }
  bool pattern_bound = binding.source >= 0 || binding.target >= 0;
  if (passive && !vp.passive_agent && !pattern_bound)
    return CodeAgentlessPassive(vp, verb, code, pattern, start, end);
  // A pattern that binds an actor was written for the surface order: no swap.
  if (pattern_bound) passive = false;
  int target = ChooseTarget(vp, verb, passive, pattern, code, &binding);
  // dyad: "arrived in Taipei on Tuesday, the first speaker to visit in 25
  // years": a visit goes to the capital named right after its verb, not to
  // a party named later.
  if (int capital = visit && binding.target < 0 ? CapitalVisited(end) : -1; capital >= 0)
    target = capital;
  // dyad: a verb whose target may be implicit ("resigned", "vowed revenge")
  // takes one only from its pattern: the nearest phrase after it is no party
  // ("resigned after protests by students").
  if (dyad && binding.target < 0 && block_ >= 0 &&
      dicts_.verbs.block(block_).implicit_target != dict::ImplicitTarget::kNone)
    target = -1;
  // dyad: "urged the council to reach an agreement with the opposition": an
  // appeal is to whom it names before its infinitive; when that is no one
  // known, there is no event, and what is asked is none either.
  if (int addressee = dyad && code.starts_with("02") && !passive && binding.target < 0
                          ? AddresseeBeforeInfinitive()
                          : -1;
      addressee >= 0 && !IsCodedUnit(addressee)) {
    silent_owner_ = true;
    return true;
  }
  if (dyad && dict::IsForceCode(code) && target >= 0 && IsOrderedToAct(verb, target))
    target = CodedUnitAfter(s_.units[target].token_end, vp.end_token);
  // ... unless the threat names its object ("warned Japan of a response if ...").
  const bool object = target >= 0 && s_.units[target].token_begin == verb + 1;
  if (int party = dyad && code.starts_with("13") && binding.target < 0 && !object
                      ? ConditionParty(verb, vp.end_token)
                      : -1;
      party >= 0)
    target = party;
  int source = binding.source >= 0 ? binding.source : FindSource(vp, target);
  own_side_denial_ = -1;
  if (dyad && code == "016" && target >= 0) DeniedOwnSide(vp, &source, &target);
  // dyad: "denied that its troops had entered the compound": a denial is
  // to whom the denied deed was done, never the denier's own forces; but
  // forces that made the charge denied are its accuser ("denied police
  // claims that his union had incited the violence": ZAFLAB ZAFCOP).
  if (dyad && code == "016" && target >= 0 && source >= 0 && IsOwnForce(source, target) &&
      !NamesChargeMade(target))
    target = CodedUnitAfter(s_.units[target].token_end, vp.end_token);
  // dyad: "imposed a curfew on Bangkok": a government's own capital is its
  // ground, not the government acted upon (which would bar it as the source).
  if (dyad && source < 0 && target >= 0 && code.starts_with("172")) {
    if (int own = FindSource(vp, -1); own >= 0 && !OwnGround(code, verb, own, target).empty())
      source = own;
  }
  if (dyad && code.starts_with("14") && IsProtestVerb(s_.tokens[verb].text) && source >= 0 &&
      IsState(source))
    code = "114";
  // dyad: "promised $4.2 billion and the World Bank $2 billion (to Kenya)":
  // the gapped clauses' subjects give too, to whom the sentence names.
  int gapped = dyad && !passive && target >= 0 ? GappedSubjects(target) : -1;
  if (gapped >= 0) target = DestinationAfter(gapped);
  // dyad: "Fighting between the army and the RSF killed 56 civilians": the
  // sides fought each other; the dead are its toll.
  // dyad: "Fighting between the two countries killed thousands", "Clashes
  // between the two countries' forces": the pair the article names fought
  // each other.
  if (std::vector<Party> pair =
          dyad && dict::IsForceCode(code) ? FightingPair(vp) : std::vector<Party>();
      pair.size() == 2) {
    source_ = vp.subject_begin;
    for (int t = s_.units[vp.subject_begin].token_end; t < vp.verb_token; ++t) {
      if (!s_.tokens[t].tag.starts_with("VB")) continue;
      start = end = t;
      break;
    }
    const Event proto = Proto(start, end, /*passive=*/false, pattern);
    AddEvents({pair[0]}, {pair[1]}, "190", proto, vp.subject_begin, vp.subject_begin);
    AddEvents({pair[1]}, {pair[0]}, "190", proto, vp.subject_begin, vp.subject_begin);
    return true;
  }
  if (int sides = dyad && dict::IsForceCode(code) ? FightingSides(vp) : -1; sides >= 0) {
    source = target = sides;
    code = "190";
    // "The war, which erupted in April 2023 between ...": the fight is the
    // clause's verb, with its own time.
    for (int t = s_.units[vp.subject_begin].token_end; t < s_.units[sides].token_begin; ++t) {
      if (!s_.tokens[t].tag.starts_with("VB")) continue;
      start = end = t;
      break;
    }
  }
  // dyad: "met Wen in Beijing and signed agreements": a verb coordinated with
  // an earlier one that found its party acts on that party too when it
  // names no one of its own; so does a participle after the clause ("severed
  // ties with Qatar, accusing it of ..."), whose actor is that clause's.
  bool trailing = dyad && IsTrailingParticiple(vp);
  // dyad: help kept from a deed's author goes to the country the article is
  // about ("Modi condemned the attacks and offered help": to Sri Lanka), as
  // aid pledged to no one does.
  if (ShareClauseParties(vp, binding, trailing, code, &source, &target) && !passive &&
      source >= 0 && IsCodedUnit(source) &&
      PledgeToTheArticlesCountry(source, code, Proto(start, end, passive, pattern)))
    return true;
  if (dyad && code.starts_with("11") && !passive && target >= 0 && source >= 0 &&
      GroundOfAnAuthorlessAttack(target) && SharesTheClause(vp, trailing) && shared_target_ >= 0 &&
      shared_target_ != target && !OnSameSide(shared_target_, source) &&
      !OnSameSide(shared_target_, target))
    target = shared_target_;
  // ... not force, coercion or their threats: "told Egypt it would launch
  // an offensive in Rafah" is no attack on Egypt.
  const bool force =
      dict::IsForceCode(code) || code.starts_with("17") || code == "137" || code == "138";
  if (int hearer = dyad && !passive && !force && source >= 0 && (target < 0 || !IsCodedUnit(target))
                       ? HearerOfTelling(vp, source)
                       : -1;
      hearer >= 0)
    target = hearer;
  // "Arnor, Rohan and Gondor met (yesterday)": with nothing but a time after the
  // verb, a compound source's members act on each other; in dyad's files also
  // when nothing after the verb is coded or the target is where they acted
  // ("met in Moscow", "held drills in the Sea of Japan").
  // dyad: only when the event can run between them (IsReciprocalCode), or
  // when what they act on is "their" own ("threatened their troops").
  const bool between = !dyad || IsReciprocalCode(code) || IsReciprocalVerb(s_.tokens[verb].text);
  // dyad: a verb whose target may be implicit lets a phrase of time or a
  // place bind its TARGET ("agreed to a truce on Friday", "in Cairo"); for a
  // compound, outside force, a phrase that names no one binds no one.
  const bool binds_target = binding.target >= 0 &&
                            !(dyad && (OnlySaysWhen(s_, binding.target) ||
                                       (!IsCodedUnit(binding.target) && !dict::IsForceCode(code))));
  if (source >= 0 && IsGroup(source) &&
      ((between && ((!binds_target &&
                     (target < 0 || OnlySaysWhen(s_, target) ||
                      (dyad && ((!IsCodedUnit(target) && !IsForceOnObject(target, verb, code)) ||
                                IsMeetingPlace(target, code))))) ||
                    (dyad && NamesOnlyMembers(target, source)))) ||
       (dyad && IsTheirOwn(target)))) {
    target = source;
  }
  // A reporting verb needs its source even without a target, or with its own.
  source_ = source >= 0 ? source : FindSource(vp, -1);
  if (!trailing && !infinitive && source_ >= 0) clause_source_ = source_;
  // dyad: so does an attack ("missiles hit Kyiv": UKR, not UKRGOV).
  // dyad: and so does aid flown or sent "into"/"to" a capital ("flew transport
  // planes into Kathmandu": NPL, not NPLGOV).
  if (visit ||
      (dyad && (dict::IsForceCode(code) || (code.starts_with("07") && IsDestination(target)))))
    visited_ = target;
  // dyad: "boycotted the summit in Islamabad", "closed its embassy in
  // Kabul": a gathering or a mission in a capital is the capital's country's.
  if (std::string_view host = dyad && !passive && source >= 0 ? HostCountry(source, target) : "";
      !host.empty()) {
    MakeEventsNaming(std::string(host), source, /*target=*/-1, code, passive,
                     Proto(start, end, passive, pattern));
    return true;
  }
  // Not an infinitive ("threatened to stage protests", "refused to lift the
  // curfew"): the verb it hangs from says whether it happened.
  // ... also when the only party named is in a phrase of the time or the
  // circumstances ("imposed a curfew after clashes between students and police").
  // ... and when a restriction, a curfew or an emergency is declared on the
  // source's own ground ("declared martial law across the island of
  // Mindanao", "suspended internet services across the country": its people).
  const std::string_view ground = dyad ? OwnGround(code, verb, source, target) : std::string_view();
  const bool own_ground = !ground.empty();
  if (dyad && !passive && !infinitive && source >= 0 &&
      (target < 0 || !IsCodedUnit(target) || InCircumstance(target) || own_ground)) {
    std::string implicit = SharedImplicitTarget(code, PartiesOf(source));
    if (implicit.empty() && own_ground) implicit = std::string(ground) + "CVL";
    if (!implicit.empty()) {
      MakeEventsNaming(std::move(implicit), source, /*target=*/-1, code, passive,
                       Proto(start, end, passive, pattern));
      return true;
    }
  }
  // dyad: "The United States called for calm", "the Pope called for an end
  // to the violence", "urged restraint": an outsider's appeal to calm down
  // that names no one is to the country the article is about (as aid
  // pledged to no one is); the source's own country's calls for calm stay
  // with their open target (its people). An uncoded name after the verb is
  // a place or a party the dictionaries do not know ("is due in Manila to
  // seek clarification"), not no one; a day is ("called on Sunday for an end
  // to the violence").
  if (dyad && !passive && !infinitive && IsAppealForPeace(code) &&
      (target < 0 || !IsCodedUnit(target)) && source >= 0 && IsCodedUnit(source) &&
      s_.tokens[verb].tag != "VB" && (verb == 0 || s_.tokens[verb - 1].tag != "TO") &&
      (target < 0 || OnlySaysWhen(s_, target) ||
       !s_.tokens[s_.units[target].token_end - 1].tag.starts_with("NNP")) &&
      PledgeToTheArticlesCountry(source, code, Proto(start, end, passive, pattern)))
    return true;
  // dyad: a warning of the warner's own response that its pattern binds to no
  // one ("warned that Madrid would take measures") threatens whom its clause
  // names after the response, else whoever pressed the warner (open).
  if (dyad && !passive && !infinitive && HasImplicitTarget() && code.starts_with("13") &&
      binding.target < 0 && target < 0 && source >= 0) {
    const int threatened = ThreatenedByOwnResponse(verb, source, vp.end_token);
    if (threatened == kAnotherSidesResponse) return true;
    target = threatened;
  }
  if (dyad && !passive && !infinitive && OpenTarget(source, target, code, start, end, pattern))
    return true;
  // dyad: "demanded that parliament be summoned", "demanding that the
  // students be returned alive": a demand whose clause is a passive with no
  // agent is made of whoever must act, the government (an open target),
  // not of the clause's subject, who undergoes it.
  if (dyad && !passive && !infinitive && code.starts_with("10") && target >= 0 &&
      IsSubjectOfAgentlessPassive(target) &&
      DemandOfTheGovernment(source, target, code, Proto(start, end, passive, pattern)))
    return true;
  if (dyad && (target < 0 || !IsCodedUnit(target)) && source >= 0 && IsCodedUnit(source) &&
      !passive && IsAidPledge(code) &&
      PledgeToTheArticlesCountry(source, code, Proto(start, end, passive, pattern))) {
    if (gapped >= 0) PledgeToTheArticlesCountry(gapped, code, Proto(start, end, passive, pattern));
    return true;
  }
  // ... and a denial of a "that" clause, whatever the clause names, or of a
  // gerund's that names no one ("denied supplying the rebels" denies it to
  // the rebels), or of a charge that names no one ("dismissed the
  // accusations": the article's accuser, as for a clause); a part denied
  // ("denied any involvement") answers only a charge the article told.
  const Denied denied = dyad && code == "016" ? DeniedClause(verb) : Denied::kNone;
  const bool denial =
      denied != Denied::kNone && source >= 0 && IsCodedUnit(source) && !passive && !infinitive &&
      (target < 0 ||
       (s_.units[target].token_begin > verb && (denied == Denied::kThat || !NamesAParty(target))));
  if (denial && denied == Denied::kThat && DeniesWhatWasDoneToIt(source, verb)) return true;
  if (denial && (DenialOfTheCharge(source, verb, code, Proto(start, end, passive, pattern)) ||
                 (denied != Denied::kPart &&
                  DenialToTheAccuser(source, target, code, Proto(start, end, passive, pattern))))) {
    return true;
  }
  if (target < 0 || source < 0) return true;
  // dyad: "put its forces on high alert", "placed the army on alert as China
  // held drills": a raised military alert is aimed at the side it answers,
  // never at the source's own forces.
  if (dyad && code == "152" && !passive && IsOwnForce(source, target)) {
    target = AnsweredSide(source, s_.units[target].token_end, vp.end_token);
    if (target < 0) {
      AlertAgainstTheCounterpart(source, code, Proto(start, end, passive, pattern));
      return true;
    }
  }
  // dyad: forces that seize a place by its name ("seized Bukavu", "seized
  // Crimea") take ground (192), as when they capture it; goods stay 171.
  // (A person named further on, "seized Sanaa with the help of army units
  // loyal to former President Saleh", makes no abduction of the city.)
  // "seized crew members from Bulgaria" keeps the persons it names first.
  if (dyad && IsSeizing(s_.tokens[verb].text) && NamesGround(target) &&
      (code == "171" || (code == "181" && s_.units[target].token_begin == verb + 1)))
    code = "192";
  // dyad: a person seized ("seized President Alpha Conde", "seized two
  // British sailors") is detained by a state (173) and abducted by anyone
  // else (181), not property taken. A passive's source is still its
  // subject here ("was seized by Malian soldiers").
  if (dyad && IsSeizing(s_.tokens[verb].text) && IsCodedUnit(target) &&
      (code == "181" || (code == "171" && pattern < 0 && NamesAPerson(passive ? source : target))))
    code = ActsForAState(UnitCode(passive ? target : source)) ? "173" : "181";
  // ... and police, who take no ground, arrest whom they capture ("captured
  // one of the gunmen alive").
  if (dyad && code == "192" && IsCodedUnit(target) &&
      (NamesAPerson(target) || UnitCode(source).ends_with("COP")))
    code = "173";
  // dyad: "Russia will send 2,000 peacekeepers to the enclave": the force a
  // country sends, which takes its country from the sender, is what is sent,
  // not whom the peacekeeping or training is for.
  // ... but "will send 2,000 peacekeepers to the enclave" goes where they go.
  if (dyad && visit && target != source &&
      (IsSendersOwnForce(target, source) || IsSendersOwnTroops(target, source))) {
    target = DestinationAfter(target);
    if (target < 0) return true;
  }
  // dyad: "sent tanks and troops across the border into Georgia": forces sent
  // in an attack attack where they go, not the sender's own troops.
  if (dyad && dict::IsForceCode(code) && target != source && SendsOwnForces(verb, target, source)) {
    target = DestinationAfter(target);
    if (target < 0) return true;
  }
  // dyad: "[five of the missiles] had landed in Japan's waters": who arrives
  // is the verb's own subject; one that names no one is no actor's visit.
  if (dyad && visit && source != vp.subject_begin && HasUncodedNounSubject(vp)) return true;
  if (dyad && !passive && dict::IsForceCode(code) && IsUnattributedAttack(source)) {
    MakeEventsNaming("---UAF", /*source=*/-1, target, code, passive,
                     Proto(start, end, passive, pattern));
    return true;
  }
  // dyad: "the president clashed with the legislature": bodies that contend
  // in politics fight no battle; only armed or violent sides do.
  if (dyad && code == "190" && IsContendingVerb(s_.tokens[verb].text) &&
      NamesOnlyPoliticalBodies(source) && NamesOnlyPoliticalBodies(target))
    return true;
  size_t before = result_->events.size();
  MakeEvents(source, target, code, passive, Proto(start, end, passive, pattern));
  if (gapped >= 0) MakeEvents(gapped, target, code, passive, Proto(start, end, passive, pattern));
  // dyad: "Scholz travelled to Kyiv together with the leaders of France and
  // Italy": companions do what the source does.
  if (int companions = dyad && !passive ? Companions(target) : -1; companions >= 0)
    MakeEvents(companions, target, code, passive, Proto(start, end, passive, pattern));
  if (int companion = dyad && !passive ? SubjectCompanion(source, vp.verb_token) : -1;
      companion >= 0 && companion != target && UnitCode(companion) != UnitCode(source))
    MakeEvents(companion, target, code, passive, Proto(start, end, passive, pattern));
  // dyad: "tariffs on imports from Mexico and Canada and 10% on goods from
  // China": a coded phrase coordinated with the target is a target too.
  if (int also = dyad && !passive ? CoordinatedWithTarget(target, vp.end_token) : -1; also >= 0)
    MakeEvents(source, also, code, passive, Proto(start, end, passive, pattern));
  // "Congolese troops clashed with M23 rebels": a mutual pattern's event runs
  // both ways; so does signing an agreement (057), which both sides sign
  // ("met Wen and signed energy agreements").
  bool mutual = (pattern >= 0 && dicts_.verbs.pattern(pattern).mutual) || (dyad && code == "057");
  if (mutual && !passive && target != source)
    MakeEvents(target, source, code, passive, Proto(start, end, passive, pattern));
  if (result_->events.size() > before && IsCodedUnit(target) && target != source) {
    shared_target_ = target;
    shared_clause_ = vp.clause_start;
  }
  return true;
}

}  // namespace dyad::code
