// Future and intended events: "will meet", "plans to send troops".
#include "code/stages.h"
#include "dyad/base/text.h"

namespace dyad::code {

namespace {

bool IsAdverb(const Token& t) { return t.tag.starts_with("RB"); }

// The index of the first word before `t` that is not an adverb, or -1.
int PreviousNonAdverb(const Sentence& s, int t) {
  for (--t; t >= 0 && IsAdverb(s.tokens[t]); --t) {
  }
  return t;
}

// Words that make "X to VERB" an intention or a plan.
bool IsIntentionHead(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w,
      {"plan",      "plans",     "planned",  "planning", "intend",    "intends",   "intended",
       "intending", "aim",       "aims",     "aimed",    "aiming",    "going",     "set",
       "due",       "scheduled", "expected", "poised",   "prepared",  "preparing", "ready",
       "willing",   "agreed",    "agree",    "agrees",   "is",        "are",       "was",
       "were",      "seeks",     "seek",     "seeking",  "want",      "wants",     "wanted",
       "hopes",     "hope",      "hoped",    "promised", "promises",  "pledged",   "pledges",
       "vowed",     "vows",      "offered",  "offers",   "intention", "readiness", "willingness"});
}

// Nouns of an attempt or a campaign, whose "to VERB" says what is sought,
// not what happened: "a campaign to remove him from power", "efforts to
// broker a truce", "a bid to oust the prime minister", "a bill to
// expropriate the company".
bool IsAttemptNoun(const Token& t) {
  return t.tag.starts_with("NN") &&
         EqualsAnyIgnoreCase(t.text, {"campaign", "campaigns", "effort", "efforts", "bid", "bids",
                                      "attempt", "attempts", "push", "drive", "move", "moves",
                                      "call", "calls", "plot", "plots", "scheme", "proposal",
                                      "proposals", "initiative", "mission", "quest", "struggle",
                                      // What a bill or a motion would do is proposed too.
                                      "bill", "bills", "motion", "motions", "legislation"});
}

// "suspended plans to annex", "shelved its plan to build": the verb at
// `verb_token` is the infinitive of a plan that is dropped or put off.
bool AbandonsPlan(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int plan = PreviousNonAdverb(s, t);
  if (plan < 0 || !EqualsAnyIgnoreCase(s.tokens[plan].text, {"plan", "plans"})) return false;
  int k = plan - 1;
  while (k >= 0 && (s.tokens[k].tag == "DT" || s.tokens[k].tag == "PRP$" ||
                    s.tokens[k].tag.starts_with("JJ"))) {
    --k;
  }
  return k >= 0 && s.tokens[k].tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             s.tokens[k].text,
             {"suspend",  "suspends", "suspended", "drop",    "drops",    "dropped",
              "shelve",   "shelves",  "shelved",   "abandon", "abandons", "abandoned",
              "scrap",    "scraps",   "scrapped",  "cancel",  "cancels",  "cancelled",
              "canceled", "halt",     "halts",     "halted",  "freeze",   "froze",
              "frozen",   "postpone", "postponed", "delay",   "delayed"});
}

// "a campaign to remove ...": the verb at `verb_token` is the infinitive of
// a noun of attempt.
bool CompletesAttemptNoun(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int head = PreviousNonAdverb(s, t);
  return head >= 0 && IsAttemptNoun(s.tokens[head]);
}

// Verbs of wanting or asking for another's deed: "wants Beijing to cut
// tariffs", "expects Turkey to withdraw", "would like Iran to release",
// "pressed Mali to expel", "urged the general to free" (not "ordered" or
// "persuaded", whose deed news usually tells as done).
bool IsDesireVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text,
             {"want",        "wants",     "wanted",     "wanting",   "expect",     "expects",
              "expected",    "expecting", "wish",       "wishes",    "wished",     "prefer",
              "prefers",     "preferred", "like",       "urge",      "urges",      "urged",
              "urging",      "press",     "presses",    "pressed",   "pressing",   "pressure",
              "pressures",   "pressured", "pressuring", "encourage", "encourages", "encouraged",
              "encouraging", "implore",   "implored",   "ask",       "asks",       "asked",
              "asking"});
}

bool IsNounPhraseWord(const Token& t) {
  return t.tag.starts_with("NN") || t.tag.starts_with("PRP") || t.tag.starts_with("JJ") ||
         t.tag == "DT" || t.tag == "POS" || t.tag == "CD";
}

// "conspired with the United States to topple Hun Sen", "plotted to kill the
// president": the infinitive at `verb_token` is what a plot aims at, not a
// deed done. The plotters' partner may stand between ("with" and a short
// noun phrase).
bool CompletesPlot(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int head = PreviousNonAdverb(s, t);
  constexpr int kMaxPartnerWords = 6;
  int k = head;
  while (k >= 0 && head - k < kMaxPartnerWords && IsNounPhraseWord(s.tokens[k])) --k;
  if (k >= 1 && k < head && EqualsIgnoreCase(s.tokens[k].text, "with")) head = k - 1;
  return head >= 0 && s.tokens[head].tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(s.tokens[head].text,
                             {"conspire", "conspires", "conspired", "conspiring", "plot", "plots",
                              "plotted", "plotting", "scheme", "schemes", "schemed", "scheming"});
}

// "Washington wants Beijing to cut tariffs", "called for Uganda to expel the
// rebels": the verb at `verb_token` is
// what the subject wants a short noun phrase before it to do, not a deed of
// that phrase. A clause taken out between them ("did not want the
// ambassador, who is on leave, to return") does not count.
// "urged the president to reconvene parliament and to allow ...": the verb
// of the first infinitive that the infinitive at `verb_token` is
// coordinated with ("and to", "or to", ", and to"), or -1. The first stands
// in the same clause: no finite verb, modal, "that" or relative between.
int CoordinatedInfinitive(const Sentence& s, int verb_token) {
  int to = PreviousNonAdverb(s, verb_token);
  if (to < 1 || s.tokens[to].tag != "TO" ||
      !EqualsAnyIgnoreCase(s.tokens[to - 1].text, {"and", "or"}))
    return -1;
  // (The tagger may take a rare verb for an adjective: "to reconvene parliament".)
  constexpr int kMaxReach = 15;
  int adjective = -1;
  for (int k = to - 2; k >= 1 && to - k <= kMaxReach; --k) {
    const Token& w = s.tokens[k];
    if (w.tag == "MD" || w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == ":" ||
        w.tag.starts_with("W") || EqualsIgnoreCase(w.text, "that"))
      break;
    if (w.tag == "TO" && k + 1 < to && s.tokens[k + 1].tag == "VB") return k + 1;
    if (w.tag == "TO" && k + 1 < to && s.tokens[k + 1].tag == "JJ" && adjective < 0)
      adjective = k + 1;
  }
  return adjective;
}

// The word before the short noun phrase that stands before the "to" of the
// infinitive at `verb_token` ("urged [the general] to free": "urged"), or -1
// when there is no such phrase.
int HeadBeforeInfinitiveObject(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return -1;
  constexpr int kMaxObjectWords = 6;
  int k = t - 1, words = 0;
  while (k >= 0 &&
         (s.tokens[k].deleted || (words < kMaxObjectWords && IsNounPhraseWord(s.tokens[k])))) {
    words += s.tokens[k].deleted ? 0 : 1;
    --k;
  }
  return words == 0 ? -1 : k;
}

bool CompletesDesireForOther(const Sentence& s, int verb_token) {
  const int first = CoordinatedInfinitive(s, verb_token);
  if (first >= 0) return CompletesDesireForOther(s, first);
  const int k = HeadBeforeInfinitiveObject(s, verb_token);
  if (k < 0) return false;
  if (IsDesireVerb(s.tokens[k])) return true;
  // "called on Uganda to expel", "called for Israel to withdraw".
  return k >= 1 && EqualsAnyIgnoreCase(s.tokens[k].text, {"on", "upon", "for"}) &&
         s.tokens[k - 1].tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(s.tokens[k - 1].text, {"call", "calls", "called", "calling"});
}

// "If elected, the candidate would free all prisoners and hold talks": a
// modal of the main clause ("would", "will", "could", "might", "may", "can"), between the comma
// that closes the opening condition at `first` and the verb at `verb_token`, governs the verbs
// coordinated with it.
bool ConditionalModalBefore(const Sentence& s, int first, int verb_token) {
  int t = first;
  while (t < verb_token && s.tokens[t].tag != ",") ++t;
  for (++t; t < verb_token; ++t) {
    if (s.tokens[t].tag == "MD" &&
        EqualsAnyIgnoreCase(s.tokens[t].text,
                            {"would", "will", "'ll", "could", "might", "may", "can"}))
      return true;
  }
  return false;
}

// The index of the "that" opening the clause of the verb at `verb_token`, or
// -1 when a comma or the sentence start comes first.
int ClauseThat(const Sentence& s, int verb_token) {
  constexpr int kMaxClauseWords = 15;
  for (int t = verb_token - 1; t >= 0 && verb_token - t <= kMaxClauseWords; --t) {
    std::string_view w = s.tokens[t].text;
    if (w == "," || w == ";" || w == ":") return -1;
    if (EqualsIgnoreCase(w, "that")) return t;
  }
  return -1;
}

// "denied that its troops had fired and accused Chad of lying": whether the
// verb at `verb_token` is coordinated with a verb before `that`, outside the
// clause "that" opens.
bool CoordinatedBefore(const Sentence& s, int verb_token, int that) {
  for (const VerbPhrase& vp : s.verb_phrases) {
    if (vp.verb_token == verb_token) return vp.clause_start < that;
  }
  return false;
}

bool IsDenialVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(t.text, {"deny", "denies", "denied", "denying"});
}

// Nouns of a claim not taken as fact: "allegations that", "rumours that".
bool IsAllegationNoun(const Token& t) {
  return t.tag.starts_with("NN") &&
         EqualsAnyIgnoreCase(
             t.text, {"allegation", "allegations", "accusation", "accusations", "claim", "claims",
                      "rumour", "rumours", "rumor", "rumors", "speculation", "suggestion",
                      "suggestions", "charge", "charges", "assertion", "assertions"});
}

// "Russia denied it had arrested the journalist", "Kigali denies its forces
// are involved": a clause without "that" right after a denial verb, its
// subject (a pronoun or a short noun phrase) and auxiliaries between.
bool InZeroThatDenial(const Sentence& s, int verb_token) {
  int t = verb_token - 1;
  while (t >= 0 &&
         (IsAdverb(s.tokens[t]) || s.tokens[t].tag == "MD" ||
          EqualsAnyIgnoreCase(s.tokens[t].text, {"had", "has", "have", "was", "were", "is", "are",
                                                 "been", "be", "did", "does", "do", "not", "n't"})))
    --t;
  constexpr int kMaxSubjectWords = 5;
  int words = 0;
  while (t >= 0 && words < kMaxSubjectWords) {
    std::string_view tag = s.tokens[t].tag;
    if (!(tag == "PRP" || tag == "PRP$" || tag.starts_with("NN") || tag.starts_with("JJ") ||
          tag == "DT" || tag == "POS" || tag == "CD"))
      break;
    --t;
    ++words;
  }
  return words > 0 && t >= 0 && IsDenialVerb(s.tokens[t]);
}

// "denied that its troops had fired", "denied reports that ...", "rejected
// claims that ...": the clause of the verb at `verb_token` is what a denial
// says did not happen.
bool InDeniedClause(const Sentence& s, int verb_token) {
  int that = ClauseThat(s, verb_token);
  if (that < 0) return InZeroThatDenial(s, verb_token);
  if (CoordinatedBefore(s, verb_token, that)) return false;
  int t = PreviousNonAdverb(s, that);
  if (t < 0) return false;
  if (IsDenialVerb(s.tokens[t])) return true;
  if (!s.tokens[t].tag.starts_with("NN")) return false;
  while (t > 0 && (s.tokens[t - 1].tag.starts_with("NN") || s.tokens[t - 1].tag.starts_with("JJ") ||
                   s.tokens[t - 1].tag == "DT")) {
    --t;
  }
  // "dismissed as false reports that ...", "rejected as propaganda claims
  // that ...": the judgement before the claim noun.
  if (t >= 2 && EqualsIgnoreCase(s.tokens[t - 1].text, "as")) --t;
  return t > 0 && (IsDenialVerb(s.tokens[t - 1]) ||
                   EqualsAnyIgnoreCase(s.tokens[t - 1].text,
                                       {"rejected", "rejects", "dismissed", "dismisses", "refuted",
                                        "refutes", "disputed", "disputes"}));
}

// "allegations that staff took part", "rumours that the president had
// fled": the clause of the verb at `verb_token` tells a claim, not a fact.
bool InAllegedClause(const Sentence& s, int verb_token) {
  int that = ClauseThat(s, verb_token);
  if (that < 0) return false;
  int t = PreviousNonAdverb(s, that);
  return t >= 0 && IsAllegationNoun(s.tokens[t]);
}

// "gave no sign that the two leaders would meet", "found no evidence that
// troops had fired": the clause of the verb at `verb_token` tells what a
// noun of evidence with "no" (adjectives between: "no clear sign") says is
// not so.
bool InClauseOfNoEvidence(const Sentence& s, int verb_token) {
  const int that = ClauseThat(s, verb_token);
  if (that < 0 || CoordinatedBefore(s, verb_token, that)) return false;
  const int noun = PreviousNonAdverb(s, that);
  if (noun < 0 || !s.tokens[noun].tag.starts_with("NN") ||
      !EqualsAnyIgnoreCase(s.tokens[noun].text,
                           {"sign", "signs", "indication", "indications", "evidence", "proof"}))
    return false;
  int det = noun - 1;
  while (det >= 0 && s.tokens[det].tag.starts_with("JJ")) --det;
  return det >= 0 && EqualsIgnoreCase(s.tokens[det].text, "no");
}

// "accused France of interfering ... and of supporting armed groups",
// "suspected of spying", "charged the general with ordering killings": the
// gerund at `verb_token` is what an accusation says, not a deed the text
// reports.
bool CompletesAccusation(const Sentence& s, int verb_token) {
  if (s.tokens[verb_token].tag != "VBG") return false;
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || !EqualsAnyIgnoreCase(s.tokens[t].text, {"of", "with"})) return false;
  bool with = EqualsIgnoreCase(s.tokens[t].text, "with");
  constexpr int kMaxReach = 20;
  for (int k = t - 1; k >= 0 && t - k <= kMaxReach; --k) {
    std::string_view w = s.tokens[k].text;
    if (w == ";" || w == ":") return false;
    if (with ? EqualsAnyIgnoreCase(w, {"charged", "charges", "charging", "charge"})
             : EqualsAnyIgnoreCase(w, {"accused", "accuses", "accusing", "accuse", "suspected",
                                       "suspicion", "allegations", "accusations"})) {
      return true;
    }
  }
  return false;
}

// "accused Rwanda of sending troops to support the rebels": an infinitive
// of purpose in the accused deed's phrase is part of what the accusation says.
bool CompletesAccusedPurpose(const Sentence& s, int verb_token) {
  if (verb_token < 2 || s.tokens[verb_token - 1].tag != "TO") return false;
  constexpr int kMaxReach = 8;
  for (int k = verb_token - 2; k >= 0 && verb_token - k <= kMaxReach; --k) {
    const Token& t = s.tokens[k];
    if (t.text == "," || t.text == ";" || t.text == ":") return false;
    if (t.tag == "VBG") return CompletesAccusation(s, k);
    if (t.tag.starts_with("VB") || t.tag == "MD") return false;
  }
  return false;
}

// "did not say when the troops would leave", "asked where the prisoners were
// held": a wh-word after a verb of saying, asking or knowing opens a question,
// not a report. The wh-word needs a subject before the verb ("said when asked"
// is not a question).
bool OpensIndirectQuestion(const Sentence& s, int wh, int verb_token) {
  if (wh < 1 || verb_token - wh < 2) return false;
  if (!EqualsAnyIgnoreCase(s.tokens[wh].text, {"when", "where", "how", "why"})) return false;
  return EqualsAnyIgnoreCase(
      s.tokens[wh - 1].text,
      {"say",       "said",     "says",      "ask",       "asked",     "asks",
       "know",      "knew",     "known",     "clear",     "unclear",   "explain",
       "explained", "specify",  "specified", "disclose",  "disclosed", "decide",
       "decided",   "wondered", "question",  "questioned"});
}

bool IsHoldVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"hold", "holds", "held", "holding"});
}

// "stopped short of blaming", "refrained from criticising", "abstained from
// voting", "shied away from naming", "held off (on) attacking": a gerund whose
// deed the verb before it says was not done.
bool WithheldGerund(const Sentence& s, int verb_token) {
  if (s.tokens[verb_token].tag != "VBG") return false;
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 1) return false;
  const Token& prep = s.tokens[t];
  const Token& head = s.tokens[t - 1];
  const std::string_view before_head = t >= 2 ? s.tokens[t - 2].text : std::string_view();
  if (EqualsIgnoreCase(prep.text, "of")) {
    if (EqualsIgnoreCase(head.text, "clear"))  // "steered clear of criticising"
      return EqualsAnyIgnoreCase(before_head, {"steer", "steers", "steered", "steering"});
    return EqualsIgnoreCase(head.text, "short") &&
           EqualsAnyIgnoreCase(before_head, {"stop", "stops", "stopped", "stopping", "fell", "fall",
                                             "falls", "falling", "fallen"});
  }
  // "held off attacking", "held off on attacking".
  if (EqualsIgnoreCase(prep.text, "off")) return IsHoldVerb(head.text);
  if (EqualsIgnoreCase(prep.text, "on") && EqualsIgnoreCase(head.text, "off"))
    return IsHoldVerb(before_head);
  // "shied away from criticising", "backed away from sanctioning".
  if (EqualsIgnoreCase(prep.text, "from") && EqualsIgnoreCase(head.text, "away"))
    return EqualsAnyIgnoreCase(
        before_head, {"shy", "shies", "shied", "shying", "back", "backs", "backed", "backing"});
  // "avoided criticising Moscow", "avoids naming the attackers".
  if (prep.tag.starts_with("VB") &&
      EqualsAnyIgnoreCase(prep.text, {"avoid", "avoids", "avoided", "avoiding"}))
    return true;
  return EqualsIgnoreCase(prep.text, "from") &&
         EqualsAnyIgnoreCase(head.text, {"refrain", "refrains", "refrained", "refraining",
                                         "abstain", "abstains", "abstained", "abstaining"});
}

// "declined to meet", "refused to recognise": the infinitive at `verb_token`
// names a deed its subject would not do (a refusal pattern of the verb before
// it codes the refusal itself).
bool RefusedInfinitive(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int head = PreviousNonAdverb(s, t);
  return head >= 0 && s.tokens[head].tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(s.tokens[head].text, {"decline", "declines", "declined", "declining",
                                                   "refuse", "refuses", "refused", "refusing"});
}

bool IsDecisionVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text, {"decide", "decides", "decided", "deciding", "agree", "agrees", "agreed"});
}

// Whether "not", "n't" or "never" negates the verb at `verb`, among the
// adverbs and auxiliaries before it ("has not decided", "did not say").
bool NegatedVerb(const Sentence& s, int verb) {
  for (int k = verb - 1; k >= 0 && (IsAdverb(s.tokens[k]) || s.tokens[k].tag.starts_with("VB") ||
                                    s.tokens[k].tag == "MD");
       --k) {
    if (EqualsAnyIgnoreCase(s.tokens[k].text, {"not", "n't", "never"})) return true;
  }
  return false;
}

// Verbs of ordering another's deed: "ordered police to attack", "instructed
// the army to fire" (a deed ordered is told as done unless the order was not
// given: UnorderedInfinitive).
bool IsOrderVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text,
             {"order",      "orders",      "ordered",    "ordering",  "instruct",   "instructs",
              "instructed", "instructing", "command",    "commands",  "commanded",  "commanding",
              "authorize",  "authorizes",  "authorized", "authorise", "authorises", "authorised",
              "direct",     "directs",     "directed"});
}

bool HasNoneSubject(const Sentence& s, int verb_token);

// "did not order police to attack protesters", "no one had ordered the army
// to fire": the infinitive at `verb_token` completes an order that was not
// given (an order given tells its deed as done).
bool UnorderedInfinitive(const Sentence& s, int verb_token) {
  const int first = CoordinatedInfinitive(s, verb_token);
  if (first >= 0) return UnorderedInfinitive(s, first);
  const int head = HeadBeforeInfinitiveObject(s, verb_token);
  return head >= 0 && IsOrderVerb(s.tokens[head]) &&
         (NegatedVerb(s, head) || HasNoneSubject(s, head));
}

// "has not decided to pull out", "did not agree to release": the infinitive
// at `verb_token` completes a decision that was not taken.
bool UndecidedInfinitive(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int head = PreviousNonAdverb(s, t);
  return head >= 0 && IsDecisionVerb(s.tokens[head]) && NegatedVerb(s, head);
}

bool IsReportingVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text, {"say", "said", "says", "confirm", "confirmed", "confirms", "announce",
                      "announced", "announces", "disclose", "disclosed", "reveal", "revealed"});
}

// "did not say it would arrest them", "has not confirmed that its troops
// entered the town": the clause of the verb at `verb_token` is what a report
// that was not made would say.
bool InUnmadeReport(const Sentence& s, int verb_token) {
  constexpr int kMaxReach = 10;
  for (int k = verb_token - 1; k >= 0 && verb_token - k <= kMaxReach; --k) {
    std::string_view w = s.tokens[k].text;
    if (w == "," || w == ";" || w == ":" || EqualsAnyIgnoreCase(w, {"and", "but"})) return false;
    if (IsReportingVerb(s.tokens[k])) return NegatedVerb(s, k);
  }
  return false;
}

// Words after which a "that" clause takes the subjunctive: what one party
// demands, asks or proposes that another do ("demanded that Israel halt",
// "the proposal that Iran suspend"). The present of a verb ("insists") is
// left out when `past_only`: "officials insist that the rebels control only
// two villages" tells a state in the present.
bool IsMandativeWord(const Token& t, bool past_only) {
  const std::string_view w = t.text;
  if (t.tag.starts_with("NN")) {
    return EqualsAnyIgnoreCase(
        w, {"demand", "demands", "request", "requests", "call", "calls", "insistence", "proposal",
            "proposals", "recommendation", "recommendations", "order", "ultimatum"});
  }
  if (!t.tag.starts_with("VB")) return false;
  if (EqualsAnyIgnoreCase(
          w, {"demanded", "insisted", "urged", "asked", "requested", "proposed", "recommended",
              "required", "ordered", "stipulated", "decreed", "demanding", "insisting", "urging",
              "asking", "requesting", "proposing", "recommending", "ordering"}))
    return true;
  return !past_only &&
         EqualsAnyIgnoreCase(w, {"demand", "demands", "insist", "insists", "urge", "urges", "ask",
                                 "asks", "request", "requests", "propose", "proposes", "recommend",
                                 "recommends", "require", "requires"});
}

// "Washington insisted that Tehran release the sailors", "demanded that the
// prisoners be freed": the verb at `verb_token` is a subjunctive, the deed a
// demand asks for, not one done. It is a base form (or "be" and a
// participle) after "that" and a short subject, with a word of demanding
// before the "that". A plural subject's present ("VBP") counts only after a
// past or a noun of demanding.
bool CompletesMandate(const Sentence& s, int verb_token) {
  int v = verb_token;
  if (s.tokens[v].tag == "VBN") {
    const int be = PreviousNonAdverb(s, v);
    if (be < 0 || !EqualsIgnoreCase(s.tokens[be].text, "be")) return false;
    v = be;
  }
  const std::string_view tag = s.tokens[v].tag;
  if (tag != "VB" && tag != "VBP") return false;
  constexpr int kMaxSubjectWords = 8;
  int k = PreviousNonAdverb(s, v), words = 0;
  while (k >= 0 && words < kMaxSubjectWords &&
         (s.tokens[k].deleted || IsNounPhraseWord(s.tokens[k]) ||
          EqualsAnyIgnoreCase(s.tokens[k].text, {"and", "of"})) &&
         !EqualsIgnoreCase(s.tokens[k].text, "that")) {
    words += s.tokens[k].deleted ? 0 : 1;
    --k;
  }
  if (k < 1 || words == 0 || !EqualsIgnoreCase(s.tokens[k].text, "that")) return false;
  const int head = PreviousNonAdverb(s, k);
  return head >= 0 && IsMandativeWord(s.tokens[head], /*past_only=*/tag == "VBP");
}

// "the protesters had sought to seize the building": a past aim, which the
// text does not say was achieved (a present "seeks to" is a plan).
bool CompletesPastAim(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  int head = PreviousNonAdverb(s, t);
  return head >= 0 && EqualsIgnoreCase(s.tokens[head].text, "sought");
}

// Nouns of a right or a power granted, whose "to VERB" says what may be
// done, not what was: "police had the right to shoot rioters", "gave the
// army powers to detain suspects", "the authority to arrest".
bool IsEntitlementNoun(const Token& t) {
  return t.tag.starts_with("NN") &&
         EqualsAnyIgnoreCase(t.text, {"right", "rights", "power", "powers", "authority",
                                      "permission", "licence", "license", "mandate"});
}

// "had the right to shoot": the verb at `verb_token` is the infinitive of a
// noun of entitlement.
bool CompletesEntitlement(const Sentence& s, int verb_token) {
  const int t = PreviousNonAdverb(s, verb_token);
  if (t < 0 || s.tokens[t].tag != "TO") return false;
  const int head = PreviousNonAdverb(s, t);
  return head >= 0 && IsEntitlementNoun(s.tokens[head]);
}

// "was considering expelling the diplomats", "would consider closing the
// embassy", "is weighing imposing sanctions": the gerund at `verb_token` is
// an option weighed, not a deed done (the verb of weighing may code it, 014).
bool WeighedGerund(const Sentence& s, int verb_token) {
  if (s.tokens[verb_token].tag != "VBG") return false;
  const int head = PreviousNonAdverb(s, verb_token);
  return head >= 0 && s.tokens[head].tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(s.tokens[head].text,
                             {"consider", "considers", "considered", "considering", "contemplate",
                              "contemplates", "contemplated", "contemplating", "weigh", "weighs",
                              "weighed", "weighing", "mull", "mulls", "mulled", "mulling"});
}

// Whether the token at `t` is the "no" of a noun phrase that names none
// ("no protesters", "no one"; not "no fewer than", "no longer").
bool IsNoneDeterminer(const Sentence& s, int t) {
  int n = static_cast<int>(s.tokens.size());
  if (t < 0 || t + 1 >= n || !EqualsIgnoreCase(s.tokens[t].text, "no")) return false;
  const Token& next = s.tokens[t + 1];
  return next.tag.starts_with("NN") || next.tag == "JJ" || next.tag == "CD";
}

// "No protesters were arrested", "no group has attacked": the verb at
// `verb_token` has a subject that names none. (Not an object: "saw no chance
// of peace", "offered no evidence" tell of the negation themselves.)
bool HasNoneSubject(const Sentence& s, int verb_token) {
  constexpr int kMaxPhraseWords = 5;
  int t = verb_token - 1;
  while (t >= 0 &&
         (IsAdverb(s.tokens[t]) || s.tokens[t].tag == "MD" || s.tokens[t].tag.starts_with("VB"))) {
    --t;
  }
  // "no one in his government had ordered": a short "in"/"of" phrase may
  // follow the phrase that names none.
  bool after_of = false;
  for (int words = 0; t >= 0 && words < kMaxPhraseWords + 4; --t, ++words) {
    const Token& w = s.tokens[t];
    // Not the object of a preposition: "rebels with no uniform attacked".
    if (IsNoneDeterminer(s, t) || EqualsAnyIgnoreCase(w.text, {"nobody", "none"})) {
      return t == 0 || s.tokens[t - 1].tag != "IN" ||
             EqualsIgnoreCase(s.tokens[t - 1].text, "that");
    }
    if (!after_of && words > 0 && EqualsAnyIgnoreCase(w.text, {"in", "of"})) {
      after_of = true;
      continue;
    }
    const bool determiner = !after_of && (w.tag == "DT" || w.tag == "PRP$");
    if (!(w.tag.starts_with("NN") || w.tag.starts_with("JJ") || w.tag == "CD" || determiner)) break;
    if (words >= kMaxPhraseWords && !after_of) break;
  }
  return false;
}

// Auxiliaries that come before the subject after an opening "nor" or
// "neither": "Nor did Egypt protest", "neither has Chad sent troops".
bool IsInvertedAuxiliary(const Token& t) {
  return (t.tag.starts_with("VB") || t.tag == "MD") &&
         EqualsAnyIgnoreCase(t.text, {"did", "does", "do", "has", "have", "had", "will", "would",
                                      "is", "are", "was", "were", "can", "could"});
}

// "Neither Mali nor Niger has sent troops", "neither side attacked", "Nor
// did Egypt criticise Israel": the verb at `verb_token` has a subject that
// names none of its members ("neither ..."), or its clause opens with "nor"
// and an inverted auxiliary. The subject is read back from the verb over
// noun phrase words, "and", "nor", adverbs and auxiliaries.
bool HasNeitherSubject(const Sentence& s, int verb_token) {
  constexpr int kMaxReach = 12;
  bool aux_seen = false;
  for (int k = verb_token - 1; k >= 0 && verb_token - k <= kMaxReach; --k) {
    const Token& w = s.tokens[k];
    if (EqualsIgnoreCase(w.text, "neither")) return true;
    if (EqualsIgnoreCase(w.text, "nor")) {
      const bool opens = k == 0 || s.tokens[k - 1].tag == "," || s.tokens[k - 1].tag == ":" ||
                         EqualsAnyIgnoreCase(s.tokens[k - 1].text, {"and", "but"});
      if (opens && aux_seen) return true;
      continue;
    }
    if (IsInvertedAuxiliary(w) || IsAdverb(w)) {
      aux_seen = aux_seen || !IsAdverb(w);
      continue;
    }
    if (!(IsNounPhraseWord(w) || w.deleted || EqualsIgnoreCase(w.text, "and"))) return false;
  }
  return false;
}

bool IsDispatchVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text, {"send",      "sends",   "sending",   "dispatch", "dispatches", "dispatching",
                      "deploy",    "deploys", "deploying", "travel",   "travels",    "travelling",
                      "traveling", "fly",     "flies",     "flying",   "head",       "heads",
                      "heading",   "visit",   "visits",    "visiting"});
}

// The sending or going verb whose purpose the infinitive at `to` + 1 tells
// ("will send its minister to Kampala to meet ..."), or -1.
int DispatchOfPurpose(const Sentence& s, int to) {
  constexpr int kMaxReach = 12;
  for (int k = to - 1; k >= 0 && to - k <= kMaxReach; --k) {
    const Token& w = s.tokens[k];
    if (w.tag == "," || w.tag == ":" || w.tag == "MD" || w.tag.starts_with("W") ||
        EqualsIgnoreCase(w.text, "that"))
      return -1;
    if (w.tag.starts_with("VB")) return IsDispatchVerb(w) ? k : -1;
  }
  return -1;
}

// "is sending troops", "was flying": a progressive of sending or going tells
// of a trip under way, whose purpose is still to come.
bool IsProgressive(const Sentence& s, int verb) {
  if (s.tokens[verb].tag != "VBG") return false;
  int aux = PreviousNonAdverb(s, verb);
  return aux >= 0 &&
         EqualsAnyIgnoreCase(s.tokens[aux].text, {"is", "are", "was", "were", "'s", "'re", "am"});
}

// "Turkey, which trains Somali soldiers", "the Polisario, which Algeria
// backs", "a campaign that is backed by Washington": a relative clause in the
// simple present describes what a party does as a rule, a state, no deed of
// the story. The verb at `verb_token` is such a clause's own verb: a present
// form (or "is"/"are" + a participle) after which/who/whose/where with no
// other verb, comma or modal between.
bool DescribesInRelativeClause(const Sentence& s, int verb_token) {
  const Token& v = s.tokens[verb_token];
  bool present = v.tag == "VBZ" || v.tag == "VBP";
  if (!present && v.tag == "VBN") {
    int aux = PreviousNonAdverb(s, verb_token);
    present = aux >= 0 && EqualsAnyIgnoreCase(s.tokens[aux].text, {"is", "are"});
    if (present) verb_token = aux;
  }
  // "the United States, which accuses her of fraud": a charge, demand or
  // denial in the present is still being made, a deed of words.
  if (!present || EqualsAnyIgnoreCase(
                      v.text, {"accuses", "accuse", "blames", "blame", "denies", "deny", "demands",
                               "demand", "urges", "urge", "warns", "warn", "threatens", "threaten",
                               "condemns", "condemn", "rejects", "reject"}))
    return false;
  constexpr int kMaxReach = 8;
  for (int k = verb_token - 1; k >= 0 && verb_token - k <= kMaxReach; --k) {
    const Token& w = s.tokens[k];
    if (w.tag == "WDT" || w.tag == "WP" || w.tag == "WP$" || w.tag == "WRB")
      return EqualsAnyIgnoreCase(w.text, {"which", "who", "whose", "where"});
    if (IsAdverb(w)) continue;
    if (w.tag.starts_with("VB") || w.tag == "MD" || w.tag == "," || w.tag == ":" || w.tag == "IN" ||
        w.tag == "TO")
      return false;
  }
  return false;
}

// Whether a "for" or "since" follows `verb_token` in its clause (before the
// next comma or the end): "have fought for more than a decade", "has
// blockaded the buildings since Monday".
bool DurationAfter(const Sentence& s, int verb_token) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = verb_token + 1; k < n && s.tokens[k].tag != "," && s.tokens[k].tag != "."; ++k) {
    if (EqualsAnyIgnoreCase(s.tokens[k].text, {"for", "since"})) return true;
  }
  return false;
}

// "The militants, who have fought for more than a decade to overthrow the
// government, said ...", "supporters, who have blockaded government
// buildings for 12 days, cheered": a present perfect of duration right after
// who/which describes the party's record, not a deed of the story ("where
// troops have fought since 2011" tells of a place and is coded).
bool DescribesRecordInRelativeClause(const Sentence& s, int verb_token) {
  if (s.tokens[verb_token].tag != "VBN") return false;
  const int aux = PreviousNonAdverb(s, verb_token);
  if (aux < 1 || !EqualsAnyIgnoreCase(s.tokens[aux].text, {"has", "have"})) return false;
  const int pronoun = PreviousNonAdverb(s, aux);
  return pronoun >= 1 && EqualsAnyIgnoreCase(s.tokens[pronoun].text, {"who", "which"}) &&
         s.tokens[pronoun - 1].tag == "," && DurationAfter(s, verb_token);
}

// "Pakistan is already fighting an insurgency", "security forces are
// fighting terrorists", "the army has been fighting the Taliban since
// August", "troops in the Sahel fighting Islamist insurgents": a war told in
// the progressive, or by a participle after a noun, is a state that goes on,
// no deed of the story ("troops fought the rebels on Monday" is one). Only a
// war's verb: "has been bombing the rebels since March" and "has been
// mediating" are coded in the gold.
bool DescribesOngoingWar(const Sentence& s, int verb_token) {
  if (s.tokens[verb_token].tag != "VBG" ||
      !EqualsAnyIgnoreCase(s.tokens[verb_token].text, {"fighting", "battling"}))
    return false;
  const int aux = PreviousNonAdverb(s, verb_token);
  if (aux < 0) return false;
  // "France, which has thousands of troops in the Sahel fighting Islamist
  // insurgents": a participle after a noun describes the noun's party.
  if (s.tokens[aux].tag.starts_with("NN")) return true;
  if (EqualsAnyIgnoreCase(s.tokens[aux].text, {"is", "are", "am", "'re"})) return true;
  if (!EqualsIgnoreCase(s.tokens[aux].text, "been")) return false;
  const int perfect = PreviousNonAdverb(s, aux);
  return perfect >= 0 && EqualsAnyIgnoreCase(s.tokens[perfect].text, {"has", "have", "'ve"});
}

// "Chinese ships regularly harass Philippine boats", "Hungary often blocks
// EU sanctions": a present verb after an adverb of frequency tells a habit,
// no deed of the story (a past one, "regularly shelled", tells deeds done).
bool DescribesHabit(const Sentence& s, int verb_token) {
  const Token& v = s.tokens[verb_token];
  int t = verb_token - 1;
  // A bare form after a plural subject is often tagged VB ("ships regularly
  // harass"); not after "to" or a modal ("will often visit").
  const bool bare =
      v.tag == "VB" && t >= 1 && s.tokens[t - 1].tag != "TO" && s.tokens[t - 1].tag != "MD";
  if (v.tag != "VBZ" && v.tag != "VBP" && !bare) return false;
  return t >= 0 && IsAdverb(s.tokens[t]) &&
         EqualsAnyIgnoreCase(s.tokens[t].text,
                             {"often", "regularly", "routinely", "frequently", "usually",
                              "typically", "generally", "sometimes", "rarely", "seldom"});
}

}  // namespace

// "had no plans to speak", "has no immediate intention of sending": a plan
// or intention that is denied, before the verb at `verb_token`; also a deed
// a denial says did not happen ("denied that its troops had fired", "denied
// supporting the rebels").
bool DeniesIntention(const Sentence& s, int verb_token) {
  if (InDeniedClause(s, verb_token) || InClauseOfNoEvidence(s, verb_token)) return true;
  if (WithheldGerund(s, verb_token)) return true;
  if (RefusedInfinitive(s, verb_token) || UndecidedInfinitive(s, verb_token) ||
      UnorderedInfinitive(s, verb_token))
    return true;
  if (HasNoneSubject(s, verb_token) || HasNeitherSubject(s, verb_token)) return true;
  int t = PreviousNonAdverb(s, verb_token);
  // "Rwanda denied supporting the rebels": the denied deed.
  if (t >= 0 && s.tokens[verb_token].tag == "VBG" && IsDenialVerb(s.tokens[t])) return true;
  if (t < 0 || !EqualsAnyIgnoreCase(s.tokens[t].text, {"to", "of"})) return false;
  int head = PreviousNonAdverb(s, t);
  // "The talks failed to reach a deal", "Kenya failed to stop the attack":
  // what failed to happen did not.
  if (head >= 0 && s.tokens[t].text == "to" &&
      EqualsAnyIgnoreCase(s.tokens[head].text, {"fail", "fails", "failed", "failing"}))
    return true;
  if (head < 0 || !EqualsAnyIgnoreCase(s.tokens[head].text,
                                       {"plan", "plans", "intention", "intentions", "desire"})) {
    return false;
  }
  int det = head - 1;
  while (det >= 0 && s.tokens[det].tag.starts_with("JJ")) --det;
  return det >= 0 && EqualsIgnoreCase(s.tokens[det].text, "no");
}

bool StatesFuture(const Sentence& s, int verb_token) {
  int t = PreviousNonAdverb(s, verb_token);
  if (t < 0) return false;
  // "would keep protesting", "will continue to fight": the deed goes on in
  // the time of the verb that keeps it going.
  if (s.tokens[verb_token].tag == "VBG" || s.tokens[t].tag == "TO") {
    const int aspect = s.tokens[t].tag == "TO" ? PreviousNonAdverb(s, t) : t;
    if (aspect >= 0 && aspect != verb_token &&
        EqualsAnyIgnoreCase(s.tokens[aspect].text, {"keep", "continue"}) &&
        (s.tokens[t].tag == "TO") == EqualsIgnoreCase(s.tokens[aspect].text, "continue")) {
      return StatesFuture(s, aspect);
    }
  }
  std::string_view w = s.tokens[t].text;
  if (s.tokens[t].tag == "MD")
    return EqualsAnyIgnoreCase(w, {"will", "'ll", "shall", "would", "wo"});
  if (s.tokens[t].tag != "TO" && !EqualsIgnoreCase(w, "to")) return false;
  int head = PreviousNonAdverb(s, t);
  if (head >= 0 && IsIntentionHead(s.tokens[head].text)) return true;
  // "will send its minister to Kampala to meet the president", "is sending
  // troops to help": the purpose of a trip still to come is to come.
  int dispatch = DispatchOfPurpose(s, t);
  return dispatch >= 0 && (IsProgressive(s, dispatch) || StatesFuture(s, dispatch));
}

namespace {

// Whether "will" or "would" stands before token `t` in its sentence.
bool FutureBefore(const Sentence& s, int t) {
  for (int k = 0; k < t; ++k) {
    if (s.tokens[k].tag == "MD" && EqualsAnyIgnoreCase(s.tokens[k].text, {"will", "would", "'ll"}))
      return true;
  }
  return false;
}

}  // namespace

bool StatesHypothesis(const Sentence& s, int verb_token) {
  int n = static_cast<int>(s.tokens.size());
  if (n == 0) return false;
  // "Will Turkey launch an offensive?": a question asks, it does not report.
  for (int t = n - 1; t >= 0 && t >= n - 3; --t) {
    if (s.tokens[t].text == "?") return true;
  }
  if (CompletesAttemptNoun(s, verb_token) || CompletesPlot(s, verb_token) ||
      CompletesDesireForOther(s, verb_token) || InAllegedClause(s, verb_token) ||
      CompletesAccusation(s, verb_token) || CompletesAccusedPurpose(s, verb_token) ||
      CompletesPastAim(s, verb_token) || CompletesMandate(s, verb_token) ||
      InUnmadeReport(s, verb_token) || DescribesInRelativeClause(s, verb_token) ||
      DescribesHabit(s, verb_token) || DescribesRecordInRelativeClause(s, verb_token) ||
      DescribesOngoingWar(s, verb_token) || CompletesEntitlement(s, verb_token) ||
      WeighedGerund(s, verb_token)) {
    return true;
  }
  // "suspended plans to annex parts of X": a plan dropped is not carried out.
  if (AbandonsPlan(s, verb_token)) return true;
  // "threatened to suspend ties with X": what a threat names is not done.
  if (verb_token >= 2 && s.tokens[verb_token - 1].tag == "TO" &&
      EqualsAnyIgnoreCase(s.tokens[verb_token - 2].text,
                          {"threaten", "threatens", "threatened", "threatening"}))
    return true;
  // "is capable of seizing the island", "was unable to reach the town", "the
  // ability to strike": what a party can or cannot do is no deed done.
  if (verb_token >= 2) {
    std::string_view link = s.tokens[verb_token - 1].text;
    std::string_view head = s.tokens[verb_token - 2].text;
    if ((EqualsIgnoreCase(link, "of") && s.tokens[verb_token].tag == "VBG" &&
         EqualsAnyIgnoreCase(head, {"capable", "incapable"})) ||
        (EqualsIgnoreCase(link, "to") &&
         EqualsAnyIgnoreCase(head, {"unable", "ability", "capability", "capacity"})))
      return true;
  }
  // "was unlikely to impose sanctions", "is likely to retaliate": a guess.
  if (verb_token >= 2 && EqualsIgnoreCase(s.tokens[verb_token - 1].text, "to") &&
      EqualsAnyIgnoreCase(s.tokens[verb_token - 2].text, {"likely", "unlikely"}))
    return true;
  // "could kill", "might have attacked": a possibility; "must withdraw",
  // "should resign": an obligation someone states, not an event.
  int t = verb_token - 1;
  while (t >= 0 && (IsAdverb(s.tokens[t]) ||
                    EqualsAnyIgnoreCase(s.tokens[t].text, {"not", "n't", "have", "be"}))) {
    --t;
  }
  // "needs to apologise", "will have to be approved by parliament": an
  // obligation too ("had to", "needed to" often tell what was done).
  if (t >= 1 && EqualsIgnoreCase(s.tokens[t].text, "to") &&
      EqualsAnyIgnoreCase(s.tokens[t - 1].text, {"have", "has", "need", "needs"}))
    return true;
  bool would = false;
  if (t >= 0 && s.tokens[t].tag == "MD") {
    std::string_view w = s.tokens[t].text;
    if (EqualsAnyIgnoreCase(w, {"could", "might", "may", "must", "should", "ought"})) return true;
    would = EqualsAnyIgnoreCase(w, {"would", "will", "'ll", "wo"});
  }
  // "if Russia attacked", "whether Venezuela would invade": the verb's own
  // clause is a condition or an open question.
  for (t = verb_token - 1; t >= 0 && s.tokens[t].tag != ","; --t) {
    if (EqualsAnyIgnoreCase(s.tokens[t].text, {"if", "unless", "whether"})) return true;
    if (OpensIndirectQuestion(s, t, verb_token)) return true;
    // "the suspension would remain until Caracas released prisoners": what
    // a coming state waits for has not happened ("held him until Russia
    // paid" is a fact).
    if (EqualsIgnoreCase(s.tokens[t].text, "until") && FutureBefore(s, t)) return true;
  }
  // "If Russia attacked, the alliance would respond", "Should the ceasefire
  // collapse, Israel could ...": the consequence of a condition.
  int first = 0;
  while (first < n && (s.tokens[first].tag == "``" || s.tokens[first].tag == "-LRB-")) ++first;
  if (first >= n ||
      !EqualsAnyIgnoreCase(s.tokens[first].text, {"if", "unless", "should", "were", "had"})) {
    return false;
  }
  // ... but not past the quote the condition opens ("\"If reforms fail,
  // Lebanon will sink,\" Macron said after meeting Aoun": the meeting is a fact).
  for (t = first; t < verb_token; ++t) {
    if (s.tokens[t].tag == "''") return false;
  }
  return would || ConditionalModalBefore(s, first, verb_token);
}

std::string IntentCode(const dict::Dictionaries& dicts, const std::string& code) {
  size_t colon = code.find(':');
  auto map = [&](const std::string& c) {
    auto it = dicts.intent_codes.find(c);
    return it == dicts.intent_codes.end() ? c : it->second;
  };
  if (colon == std::string::npos) return map(code);
  return map(code.substr(0, colon)) + ":" + map(code.substr(colon + 1));
}

}  // namespace dyad::code
