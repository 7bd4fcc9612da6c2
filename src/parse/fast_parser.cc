// The "fast" parser: a deterministic left-to-right reading of tagged tokens
// into clauses, verb phrases and noun phrases (see fast_parser.h). Phrases are
// built as unattached nodes first, so that coordination can wrap what was
// already read, then written into the Tree in preorder.
#include "dyad/parse/fast_parser.h"

#include <algorithm>
#include <string>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::parse {

namespace {

bool Is(std::string_view a, std::string_view b) { return a == b; }
bool IsNoun(std::string_view t) { return t.starts_with("NN"); }
bool IsAdjective(std::string_view t) { return t.starts_with("JJ"); }
bool IsCommonNoun(std::string_view t) { return t == "NN" || t == "NNS"; }
bool IsVerb(std::string_view t) { return t.starts_with("VB") || t == "MD"; }
bool IsFinite(std::string_view t) { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"; }
bool IsAdverb(std::string_view t) { return t == "RB" || t == "RBR" || t == "RBS"; }
bool IsDeterminer(std::string_view t) {
  return t == "DT" || t == "PDT" || t == "PRP$" || t == "WP$";
}
bool IsPunctuationStop(std::string_view t) { return t == "." || t == ":" || t == ","; }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Verbs that take another verb after them: be, have, do, and the modals.
bool IsAuxiliary(std::string_view word, std::string_view tag) {
  static constexpr std::string_view kWords[] = {
      "be",  "is",  "are",    "was", "were", "been", "being", "am",  "'s",  "'re", "'m",  "have",
      "has", "had", "having", "'ve", "'d",   "do",   "does",  "did", "get", "got", "gets"};
  if (tag == "MD") return true;
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

// Verbs that take a reported clause without "that": "said Gondor attacked",
// "assured Nepal it would send aid".
bool TakesBareClause(std::string_view word) {
  static constexpr std::string_view kStems[] = {
      "say",        "said",       "tell",    "told",   "believ",  "think",   "thought", "claim",
      "add",        "warn",       "announc", "report", "stat",    "insist",  "argu",    "not",
      "hope",       "expect",     "fear",    "know",   "knew",    "suggest", "confirm", "deni",
      "deny",       "admit",      "assert",  "declar", "feel",    "felt",    "predict", "reckon",
      "understood", "understand", "indicat", "assur",  "reassur", "promis",  "inform"};
  // The stems are short: the word's first letters, lower-cased, suffice.
  char buffer[16];
  const size_t size = std::min(word.size(), sizeof buffer);
  for (size_t i = 0; i < size; ++i) {
    const char c = word[i];
    buffer[i] = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  const std::string_view lower(buffer, size);
  for (std::string_view stem : kStems) {
    if (lower.starts_with(stem)) return true;
  }
  return false;
}

// Past forms of verbs that say or judge what others did: "accused", "blamed".
bool IsVerbOfSpeech(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"accused",  "blamed",     "called", "urged",      "denied",
                                    "rejected", "condemned",  "warned", "vowed",      "demanded",
                                    "insisted", "dismissed",  "asked",  "criticised", "criticized",
                                    "added",    "threatened", "said",   "appealed",   "denounced"});
}

bool IsSubordinator(std::string_view word) {
  static constexpr std::string_view kWords[] = {"that",   "whether", "if",     "because",  "after",
                                                "before", "when",    "while",  "although", "though",
                                                "since",  "until",   "unless", "as",       "once"};
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

// Plural units of time: "15 days", "48 hours".
bool IsTimeSpan(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"minutes", "hours", "days", "weeks", "months", "years"});
}

// Adjectives that open a span of time: "the past 24 hours", "the first 100 days".
bool IsSpanAdjective(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"past", "last", "first", "next", "previous", "coming", "final",
                                    "initial", "few", "several", "other", "additional"});
}

// A word that names a time: "Tuesday", "week", "March". Time phrases are
// adverbials, not parts of the noun phrase before them.
bool IsTimeWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "monday",    "tuesday", "wednesday", "thursday", "friday",    "saturday",
      "sunday",    "january", "february",  "march",    "april",     "june",
      "july",      "august",  "september", "october",  "november",  "december",
      "week",      "weekend", "month",     "year",     "night",     "morning",
      "afternoon", "evening", "day",       "today",    "yesterday", "tonight"};
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

// A word that opens a span of time before its noun: "last week", "this
// month", "the past year".
bool OpensTimeSpan(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"last", "this", "next", "past", "the", "that"});
}

// Whether a noun phrase's first word may carry the tag: "the", "its", "new", "ties".
bool OpensObject(std::string_view t) {
  return t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || t.starts_with("NN");
}

// Whether no finite verb stands before i in its clause (back to a comma, a
// colon or a subordinator).
bool OpensClauseVerb(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, size_t i) {
  for (size_t k = i; k-- > 0;) {
    std::string_view t = tags[k];
    if (IsFinite(t)) return false;
    if (t == "," || t == ":" || (t == "IN" && IsSubordinator(words[k]))) return true;
  }
  return true;
}

// "Riyadh cut/NN ties with Tehran", "Israel hit/NN targets": a past form
// that is also a noun, right after a bare proper name, before its object.
bool IsBarePastAfterName(std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "NN" || i == 0 || tags[i - 1] != "NNP" || i + 1 >= words.size()) return false;
  if (!EqualsAnyIgnoreCase(words[i], {"cut", "hit", "shut"})) return false;
  return (tags[i + 1] == "NNS" || tags[i + 1] == "DT" || tags[i + 1] == "PRP$") &&
         OpensClauseVerb(words, tags, i);
}

// "after militants linked to the Islamic State group rampaged/NN through",
// "as demonstrations against police brutality spiralled/NN into violence": a
// word in -ed that the tagger read as the last noun of a compound, before a
// preposition, in a clause with no finite verb yet, is that clause's past
// tense; so is one right after a proper name, before its object ("after
// President Gondor recognised/NN opposition leader X as ..."). So is one
// after a noun the tagger read as an adjective ("the U.S. military/JJ
// apologised/NN to"). (-eed, -shed, -bed words and "hatred", "hundred",
// "kindred" are nouns.)
bool IsPastTenseTaggedAsNoun(std::span<const std::string_view> words,
                             std::span<const std::string_view> tags, size_t i) {
  std::string_view w = words[i];
  if (tags[i] != "NN" || w.size() < 6 || !w.ends_with("ed") || w.ends_with("eed")) return false;
  if (i == 0 || i + 1 >= words.size()) return false;
  if (!tags[i - 1].starts_with("NN") && tags[i - 1] != "JJ") return false;
  bool before_object = tags[i - 1] == "NNP" && OpensObject(tags[i + 1]);
  if (tags[i + 1] != "IN" && tags[i + 1] != "TO" && !before_object) return false;
  if (w[0] < 'a' || w[0] > 'z' || w.ends_with("shed") || w.ends_with("bed") ||
      EqualsAnyIgnoreCase(w, {"hatred", "hundred", "kindred"}))
    return false;
  return OpensClauseVerb(words, tags, i);
}

// "locked in its own quarrel/VB with": a base verb the tagger read right
// after a possessive (and an adjective) is a noun; no verb stands there.
bool IsBaseVerbAfterPossessive(std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "VB" || i == 0) return false;
  return tags[i - 1] == "PRP$" || (tags[i - 1] == "JJ" && i >= 2 && tags[i - 2] == "PRP$");
}

// Verbs of demanding, whose "that" clause takes a base form: "demanded that
// parliament be summoned", "insisting that the students be returned".
bool IsVerbOfDemand(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"demand", "demands", "demanded", "demanding", "insist",
                                    "insists", "insisted", "insisting", "urge", "urges", "urged",
                                    "urging", "request", "requests", "requested", "requesting"});
}

// "denied that/DT police had used", "denied that troops fired/VBN on": the
// verb of a clause that "that" at i opens after a verb of saying, when a noun
// phrase and then a finite verb (or a participle with no auxiliary, which is
// then the past tense) follow it; else -1. ("rejected that proposal" has none.)
int VerbOfThatClause(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, size_t i) {
  if (i == 0 || !IsVerb(tags[i - 1])) return -1;
  const bool demand = IsVerbOfDemand(words[i - 1]);
  if (!demand && !TakesBareClause(words[i - 1])) return -1;
  size_t j = i + 1;
  while (j < tags.size() && (IsNoun(tags[j]) || IsAdjective(tags[j]) || tags[j] == "DT" ||
                             tags[j] == "CD" || tags[j] == "PRP$" || tags[j] == "POS")) {
    ++j;
  }
  if (j == i + 1 || !IsNoun(tags[j - 1])) return -1;
  while (j < tags.size() && IsAdverb(tags[j])) ++j;
  // ... or, after a demand, a base form: "demanded that parliament be summoned".
  if (j < tags.size() && demand && tags[j] == "VB") return static_cast<int>(j);
  if (j >= tags.size() || (!IsFinite(tags[j]) && tags[j] != "VBN")) return -1;
  return static_cast<int>(j);
}

// "an assault to retake/NN the region", "to extradite/NN him": a noun alone
// between "to" and a determiner or a pronoun is the infinitive's verb (a noun after "to" takes its
// own determiner: "to the region", "to talks").
bool IsInfinitiveTaggedAsNoun(std::span<const std::string_view> tags, size_t i) {
  return tags[i] == "NN" && i > 0 && tags[i - 1] == "TO" && i + 1 < tags.size() &&
         (tags[i + 1] == "DT" || tags[i + 1] == "PRP$" || tags[i + 1] == "PRP");
}

// "plans to annex/NN parts of", "decided to downgrade/NN diplomatic
// relations", "refused to apologise/NN": after a word that only an
// infinitive follows, a noun after "to" is the infinitive's verb.
bool IsInfinitiveAfterIntention(std::span<const std::string_view> words,
                                std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "NN" || i < 2 || tags[i - 1] != "TO") return false;
  return EqualsAnyIgnoreCase(
      words[i - 2],
      {"plans",   "plan",     "planned",    "decision",  "decided",  "decides", "bid",
       "attempt", "attempts", "attempted",  "effort",    "efforts",  "refused", "refuses",
       "vowed",   "vows",     "threatened", "threatens", "sought",   "tried",   "trying",
       "failed",  "pledged",  "promised",   "intends",   "intended", "aims",    "aimed"});
}

// "the Bolivian armed/VBN forces": "armed" before "forces" is the compound's
// adjective, not a verb whose object is "forces".
bool IsArmedForces(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   size_t i) {
  return (tags[i] == "VBN" || tags[i] == "VBD") && i + 1 < words.size() &&
         EqualsLower(words[i], "armed") && EqualsLower(words[i + 1], "forces");
}

// "fired tear/VB gas": "tear" before "gas" is the compound's noun, not a verb.
bool IsTearGas(std::span<const std::string_view> words, std::span<const std::string_view> tags,
               size_t i) {
  return tags[i].starts_with("VB") && i + 1 < words.size() && EqualsLower(words[i], "tear") &&
         EqualsLower(words[i + 1], "gas");
}

// Whether a finite verb follows i before the clause ends (a comma, a colon,
// a stop or a conjunction).
bool FiniteVerbAfter(std::span<const std::string_view> tags, size_t i) {
  for (size_t k = i + 1; k < tags.size(); ++k) {
    std::string_view t = tags[k];
    if (t == "," || t == ":" || t == "." || t == "CC") return false;
    if (IsFinite(t)) return true;
  }
  return false;
}

bool OpensAdverbialClause(std::string_view word);

// Whether a finite verb of the clause of word i follows it: up to a comma, a
// colon, a stop or a conjunction, and up to a relative pronoun or a
// subordinator, whose clause's verb is its own ("revoked/VBN a reform that
// sparked/VBD protests", "arrested/VBN him hours after he tried/VBD").
bool OwnFiniteVerbAfter(std::span<const std::string_view> words,
                        std::span<const std::string_view> tags, size_t i) {
  for (size_t k = i + 1; k < tags.size(); ++k) {
    std::string_view t = tags[k];
    if (t == "," || t == ":" || t == "." || t == "CC" || t == "WDT" || t == "WP" || t == "WRB")
      return false;
    if (t == "IN" && (EqualsLower(words[k], "that") || OpensAdverbialClause(words[k])))
      return false;
    if (IsFinite(t)) return true;
  }
  return false;
}

// Words that open a clause of time, cause or place and never a noun phrase's
// own modifier: "after", "when", "since", "where" ...
bool OpensAdverbialClause(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"after", "before", "when", "while", "since", "until", "once",
                                    "because", "although", "though", "whereas", "as", "where"});
}

// "said troops fired/VBN on": a verb of saying whose clause may follow bare.
bool SaysBareClause(std::string_view word) {
  return EqualsAnyIgnoreCase(word, {"said", "says", "say", "saying", "added", "claimed"});
}

// A participle form that is never a past tense: "taken", "shown", "done".
bool IsParticipleOnly(std::string_view w) {
  return w.ends_with("en") || w.ends_with("wn") || w.ends_with("ne") || w.ends_with("un");
}

// Participles that take an object as passives too: "men given asylum".
bool TakesObjectAsPassive(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"given", "granted", "awarded", "offered", "denied", "handed", "shown", "promised", "sent",
          "named", "elected", "called", "appointed", "considered", "deemed", "left"});
}

// Nouns of people, forces and bodies that act ("troops", "police", "the
// government"): the subject of a clause, where a thing or an event ("talks
// held in Lima", "weapons seized in raids") is a participle's noun.
bool IsActorNoun(std::string_view w) {
  static const WordSet kNouns = {
      "troops",      "soldiers",    "forces",       "police",     "policemen",   "officers",
      "army",        "navy",        "military",     "militia",    "militias",    "militiamen",
      "rebels",      "militants",   "fighters",     "gunmen",     "insurgents",  "guerrillas",
      "jihadists",   "extremists",  "separatists",  "attackers",  "assailants",  "bombers",
      "pirates",     "commandos",   "paratroopers", "guards",     "coastguards", "warplanes",
      "jets",        "warships",    "drones",       "protesters", "protestors",  "demonstrators",
      "rioters",     "crowds",      "mobs",         "students",   "workers",     "strikers",
      "settlers",    "villagers",   "residents",    "youths",     "supporters",  "government",
      "authorities", "regime",      "officials",    "ministry",   "minister",    "president",
      "leader",      "leaders",     "diplomats",    "envoy",      "ambassador",  "delegation",
      "negotiators", "lawmakers",   "parliament",   "court",      "judge",       "prosecutors",
      "junta",       "opposition",  "activists",    "hackers",    "agents",      "spies",
      "marines",     "sailors",     "peacekeepers", "snipers",    "raiders",     "kidnappers",
      "smugglers",   "traffickers", "ships",        "vessels",    "aircraft",    "helicopters",
      "guard",       "coastguard",  "voters",       "authority"};
  return kNouns.contains(w);
}

// Nouns whose "that" opens what they say, not a relative clause: "the claim
// that", "reports that".
bool TakesThatClause(std::string_view noun) {
  static const WordSet kNouns = {
      "claim",       "claims",       "report",     "reports",     "fact",         "news",
      "allegation",  "allegations",  "accusation", "accusations", "belief",       "fear",
      "fears",       "hope",         "hopes",      "suggestion",  "warning",      "warnings",
      "statement",   "announcement", "assurance",  "assurances",  "rumour",       "rumours",
      "rumor",       "rumors",       "sign",       "signs",       "evidence",     "idea",
      "possibility", "view",         "notion",     "concern",     "concerns",     "word",
      "speculation", "suspicion",    "suspicions", "charge",      "charges",      "assertion",
      "insistence",  "demand",       "demands",    "promise",     "pledge",       "threat",
      "threats",     "message",      "indication", "indications", "confirmation", "conclusion"};
  return kNouns.contains(noun);
}

// "the journalist that/whom/who police arrested/VBN", "Crimea, which Russia
// annexed/VBN": a relative pronoun at k after a noun (and its comma), before
// the clause's own subject.
bool OpensObjectRelative(std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, size_t k) {
  if (k == 0 || !EqualsAnyIgnoreCase(words[k], {"that", "which", "whom", "who"})) return false;
  if (tags[k] != "IN" && tags[k] != "WDT" && tags[k] != "WP" && tags[k] != "DT") return false;
  const size_t before = tags[k - 1] == "," && k >= 2 ? k - 2 : k - 1;
  // "the claim that troops stationed/VBN there were ...": a noun's
  // complement clause, no relative one.
  return IsNoun(tags[before]) && !TakesThatClause(words[before]);
}

// "next", "previous", "same": words between "the" and a time ("the next day").
bool IsAdjectiveOfTime(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"next", "previous", "same", "following", "past"});
}

// Whether a time starts at word i ("Monday", "last week", "the next day",
// "earlier"): a participle before it tells when it was done ("the weapons
// seized last week"), no object.
bool SaysWhenAt(std::span<const std::string_view> words, size_t i) {
  const std::string_view w = words[i];
  if (IsTimeWord(w) || EqualsAnyIgnoreCase(w, {"last", "earlier", "yesterday", "overnight"}))
    return true;
  return OpensTimeSpan(w) && i + 1 < words.size() &&
         (IsTimeWord(words[i + 1]) ||
          (i + 2 < words.size() && IsAdjectiveOfTime(words[i + 1]) && IsTimeWord(words[i + 2])));
}

// Whether the comma at `comma` closes a clause of time or cause that opens
// the sentence ("When soldiers crossed the border, troops fired/VBN on
// them"; a measure of time may lead it: "Hours after ...,"): the first comma,
// with a finite verb before it.
bool ClosesLeadingClause(std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, size_t comma) {
  if (tags[comma] != ",") return false;
  size_t first = 0;
  while (first < comma && (tags[first] == "DT" || tags[first] == "CD" || tags[first] == "``"))
    ++first;
  if (first < comma && (IsTimeSpan(words[first]) || IsTimeWord(words[first]))) ++first;
  if (first >= comma || !OpensAdverbialClause(words[first])) return false;
  bool finite = false;
  for (size_t k = first + 1; k < comma; ++k) {
    if (tags[k] == ",") return false;
    finite |= IsFinite(tags[k]);
  }
  return finite;
}

// Words in -ed that stand before nouns as adjectives after "and" ("Gaza
// and occupied territories", "the army and allied militias").
bool IsCommonAdjectiveInEd(std::string_view w) {
  static const WordSet kWords = {
      "armed",        "allied",    "united",   "occupied",    "wounded",     "injured",
      "detained",     "elected",   "disputed", "alleged",     "suspected",   "accused",
      "displaced",    "related",   "advanced", "organised",   "organized",   "unnamed",
      "unidentified", "embattled", "besieged", "sustained",   "increased",   "limited",
      "interested",   "concerned", "affected", "specialised", "specialized", "qualified",
      "skilled",      "trained",   "balanced", "coordinated", "combined",    "detailed",
      "fixed",        "isolated",  "mixed",    "reserved",    "restricted",  "shared"};
  return kWords.contains(w);
}

// "Blinken flew to Cairo and held/JJ talks with Shoukry", "visited Kyiv and
// renewed/JJ pledges of support": a past form the tagger read as an
// adjective right after a name (for "held", any noun) and "and", before its
// object, in a clause whose finite verb came before, is a second past tense
// of that subject (not an adjective of common use: "struck Gaza and occupied
// territories").
bool IsCoordinatedPastAfterName(std::span<const std::string_view> words,
                                std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "JJ" || i < 3 || i + 1 >= words.size()) return false;
  if (tags[i - 1] != "CC" || !EqualsLower(words[i - 1], "and")) return false;
  const std::string_view w = words[i];
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  // "held", never an adjective before its noun, also after a common noun
  // ("arrived in the Egyptian capital and held/JJ talks").
  const bool held = EqualsLower(w, "held");
  if (held ? !IsNoun(tags[i - 2]) : (tags[i - 2] != "NNP" && tags[i - 2] != "NNPS")) return false;
  if (!held && (w.size() < 6 || !w.ends_with("ed") || IsCommonAdjectiveInEd(w))) return false;
  if (!OpensObject(tags[i + 1])) return false;
  return !OpensClauseVerb(words, tags, i - 2);
}

// "a day after Turkish troops fired/VBN on refugees", "when police
// detained/VBN a woman", "said Indian troops fired/VBN on its posts": a
// participle right after the noun phrase that follows a conjunction of time
// or cause (or a bare verb of saying, or the comma that closes an opening
// clause of time: ClosesLeadingClause), with no auxiliary and no finite verb
// after it in its clause, is that clause's past tense when an object follows
// it or the phrase names who acts (a name or a noun of people or forces).
// Not a passive's reduced relative: "after protesters wounded/VBN by
// police", "after the weapons seized/VBN last week were shown", "after talks
// held/VBN in Lima".
bool IsPastAfterSubordinateSubject(std::span<const std::string_view> words,
                                   std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "VBN" || i < 2 || i + 1 >= words.size()) return false;
  // ... or a subject pronoun ("said it arrested/VBN two men").
  const bool pronoun =
      tags[i - 1] == "PRP" && EqualsAnyIgnoreCase(words[i - 1], {"it", "they", "he", "she", "we"});
  if (!IsNoun(tags[i - 1]) && !pronoun) return false;
  const std::string_view w = words[i];
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || IsParticipleOnly(w)) return false;
  size_t k = i - 1;
  while (!pronoun && k > 0 &&
         (IsNoun(tags[k]) || IsAdjective(tags[k]) || tags[k] == "DT" || tags[k] == "CD" ||
          tags[k] == "PRP$" || tags[k] == "POS")) {
    --k;
  }
  if (pronoun) --k;
  const bool subordinator = (tags[k] == "IN" || tags[k] == "WRB") && OpensAdverbialClause(words[k]);
  const bool saying = IsFinite(tags[k]) && SaysBareClause(words[k]);
  // "the tanker which British marines seized/VBN was released": an object
  // relative clause's verb may come before the main clause's.
  const bool relative = OpensObjectRelative(words, tags, k);
  if (!subordinator && !saying && !relative && !ClosesLeadingClause(words, tags, k)) return false;
  const std::string_view next = words[i + 1];
  if (EqualsLower(next, "by") || SaysWhenAt(words, i + 1) ||
      (OwnFiniteVerbAfter(words, tags, i) && !relative))
    return false;
  const std::string_view head = tags[i - 1];
  const bool object =
      (OpensObject(tags[i + 1]) || tags[i + 1] == "PRP") && !TakesObjectAsPassive(w);
  return object || pronoun || head == "NNP" || head == "NNPS" || IsActorNoun(words[i - 1]);
}

// "Israeli troops, who entered the town before dawn, arrested/VBN 15 men",
// "Maduro, a former bus driver, expelled/VBN the envoys": a participle right
// after the comma that closes an aside on the noun phrase that opens the
// sentence, with its object (or a preposition's) and no finite verb after it
// in its clause, is the sentence's verb. Not a second aside's passive
// ("..., backed by Russia, ...").
bool IsPredicateAfterSubjectAside(std::span<const std::string_view> words,
                                  std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "VBN" || i < 4 || i + 2 >= words.size()) return false;
  // ("..., instead condemned/VBN ...": adverbs may stand after the comma.)
  size_t close = i - 1;
  while (close > 0 && IsAdverb(tags[close])) --close;
  if (tags[close] != ",") return false;
  const std::string_view w = words[i];
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || IsParticipleOnly(w)) return false;
  size_t open = 0;
  while (open < close && (IsNoun(tags[open]) || IsAdjective(tags[open]) || tags[open] == "DT" ||
                          tags[open] == "CD" || tags[open] == "POS" || tags[open] == "PRP$" ||
                          EqualsLower(words[open], "of"))) {
    ++open;
  }
  if (open == 0 || open + 2 >= close || tags[open] != "," || !IsNoun(tags[open - 1])) return false;
  // One aside, which may name a place with its country (", meeting in San
  // Jose, Costa Rica,").
  int inner = 0;
  bool finite = false;
  for (size_t k = open + 1; k < close; ++k) {
    inner += tags[k] == ",";
    finite |= IsFinite(tags[k]);
  }
  if (inner > 1 || (inner == 1 && finite)) return false;
  // ("condemned "the interruption ...": a quote may open the object.)
  const std::string_view next = tags[i + 1] == "``" ? tags[i + 2] : tags[i + 1];
  const bool object =
      OpensObject(next) || next == "PRP" ||
      ((next == "IN" || next == "TO" || next == "RP") && !EqualsLower(words[i + 1], "by") &&
       (OpensObject(tags[i + 2]) || tags[i + 2] == "PRP"));
  return object && !OwnFiniteVerbAfter(words, tags, i);
}

// Irregular pasts that are also the participle: "a group led by Belmokhtar",
// "hostages held by the rebels".
bool IsIrregularPastParticiple(std::string_view w) {
  static const WordSet kForms = {"led",   "held",    "made",   "sent",   "paid",
                                 "built", "brought", "caught", "shot",   "hit",
                                 "won",   "struck",  "bought", "fought", "kept"};
  return kForms.contains(w);
}

// "a video posted/VBD by his aides", "gunmen backed/VBD by Rwanda attacked
// ...": a past form in -ed right after a noun and before "by" is a passive
// participle qualifying the noun, when the sentence has another finite verb.
bool IsParticipleBeforeBy(std::span<const std::string_view> words,
                          std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "VBD" || i == 0 || i + 2 >= words.size() || !IsNoun(tags[i - 1])) return false;
  const std::string_view w = words[i];
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  if (!(w.size() >= 4 && w.ends_with("ed")) && !IsIrregularPastParticiple(w)) return false;
  // An agent follows, not a measure or a means ("extended by 30 days",
  // "landed by boat").
  const std::string_view agent = tags[i + 2];
  if (!EqualsLower(words[i + 1], "by") || !(agent == "DT" || agent == "PRP$" || agent == "NNP" ||
                                            agent == "NNPS" || agent == "NNS" || agent == "JJ"))
    return false;
  for (size_t k = 0; k < tags.size(); ++k) {
    if (k != i && IsFinite(tags[k])) return true;
  }
  return false;
}

// "In a statement posted/VBD on its website late on Monday, the ministry
// condemned ...", "At a meeting held/VBD in Cairo, the two sides agreed":
// in the phrase of a preposition that opens the sentence (not a
// subordinator's clause: "After the meeting ended, ..."), a past right after
// its singular noun, with no object of its own, is a participle qualifying
// the noun when a comma follows before the sentence's finite verb. (The
// caller checks that the sentence opens with such a preposition.)
bool IsParticipleInOpeningPhrase(std::span<const std::string_view> words,
                                 std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "VBD" || i < 2 || tags[i - 1] != "NN" || i + 1 >= words.size()) return false;
  const std::string_view w = words[i];
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  const std::string_view next = tags[i + 1];
  if (next != "IN" && next != "TO" && next != "RB" && next != "RP") return false;
  for (size_t k = 1; k + 1 < i; ++k) {
    const std::string_view t = tags[k];
    if (t != "DT" && t != "PRP$" && t != "CD" && t != "NN" && !IsAdjective(t)) return false;
  }
  size_t comma = i + 1;
  while (comma < tags.size() && tags[comma] != "," && !IsFinite(tags[comma])) ++comma;
  if (comma >= tags.size() || tags[comma] != ",") return false;
  for (size_t k = comma + 1; k < tags.size(); ++k) {
    if (IsFinite(tags[k])) return true;
  }
  return false;
}

// "unless Kenya withdraws/NNS its forces": a word in -s the tagger read as a
// plural noun, right after a bare name and before a determiner or a
// possessive, in a clause with no finite verb yet, is the clause's present
// tense.
bool IsPresentTaggedAsPlural(std::span<const std::string_view> words,
                             std::span<const std::string_view> tags, size_t i) {
  if ((tags[i] != "NNS" && tags[i] != "NN") || i == 0 || i + 1 >= words.size() ||
      tags[i - 1] != "NNP")
    return false;
  // "Turkey summons/NN the ambassador"; "Russia expels/NNS British/JJ
  // diplomats", when no finite verb follows in the clause.
  const bool before_object = tags[i + 1] == "DT" || tags[i + 1] == "PRP$";
  if (!before_object && !(tags[i] == "NNS" && tags[i + 1] == "JJ" && !FiniteVerbAfter(tags, i)))
    return false;
  std::string_view w = words[i];
  if (w.size() < 4 || !w.ends_with("s") || w.ends_with("ss") || w[0] < 'a' || w[0] > 'z')
    return false;
  return i < 2 || tags[i - 2] != "NNP" ? OpensClauseVerb(words, tags, i) : false;
}

// "Brazil, which borders/NNS both countries, reinforced ...", "Israel,
// which also objects/NNS to an inquiry, did not comment": a word in -s the
// tagger read as a plural noun right after "which" or "who" (and adverbs),
// with no finite verb after it in the clause, is the relative clause's
// present tense ("which officials said" has one: "officials" is its subject).
bool IsPresentAfterRelativePronoun(std::span<const std::string_view> words,
                                   std::span<const std::string_view> tags, size_t i) {
  if (tags[i] != "NNS" || i + 1 >= words.size()) return false;
  size_t pronoun = i;
  while (pronoun > 0 && IsAdverb(tags[pronoun - 1])) --pronoun;
  if (pronoun == 0 || (tags[pronoun - 1] != "WDT" && tags[pronoun - 1] != "WP") ||
      (!EqualsLower(words[pronoun - 1], "which") && !EqualsLower(words[pronoun - 1], "who")))
    return false;
  std::string_view w = words[i];
  if (w.size() < 4 || !w.ends_with("s") || w.ends_with("ss") || w[0] < 'a' || w[0] > 'z')
    return false;
  return !FiniteVerbAfter(tags, i);
}

// "returned to power/VB last October": "power" after a verb of coming or
// returning and "to" is where it came, not an infinitive.
bool IsPowerReturnedTo(std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, size_t i) {
  return tags[i] == "VB" && i >= 2 && tags[i - 1] == "TO" && EqualsLower(words[i], "power") &&
         EqualsAnyIgnoreCase(words[i - 2], {"returned", "return", "returns", "returning", "came",
                                            "come", "comes", "coming", "rose", "risen", "rise",
                                            "swept", "restored", "back", "brought", "propelled"});
}

}  // namespace

class FastParser::Run {
 public:
  Run(std::span<const std::string_view> words, std::span<const std::string_view> tags,
      std::vector<PNode>* nodes)
      : words_(words), tags_(tags), n_(static_cast<int>(words.size())), nodes_(*nodes) {
    opening_object_ = OpeningPrepositionObject();
  }

  int Sentence() {
    int s = ParseClause(/*embedded=*/false);
    while (pos_ < n_) Append(s, Leaf(pos_++));  // anything left over stays in the sentence
    return s;
  }

 private:
  std::string_view Tag(int i) const { return i >= 0 && i < n_ ? tags_[i] : std::string_view(); }
  std::string_view Word(int i) const { return i >= 0 && i < n_ ? words_[i] : std::string_view(); }

  int NewNode(std::string_view label, std::string_view word = {}) {
    nodes_.push_back(PNode{label, word, -1, -1, -1});
    return static_cast<int>(nodes_.size() - 1);
  }
  int Leaf(int i) {
    return NewNode(i == participle_ ? std::string_view("VBN") : tags_[i], words_[i]);
  }
  // A word after "have"/"be" that the tagger took for an adjective or a past
  // tense but ends like a participle: "has celebrated", "was expelled".
  bool IsParticipleAfterAuxiliary(int aux, int i) const {
    std::string_view t = Tag(i), w = Word(i);
    if (!(IsAdjective(t) || t == "VBD") || w.size() < 4 || !IsAuxiliary(Word(aux), Tag(aux)))
      return false;
    if (Tag(aux) == "MD") return false;
    return w.ends_with("ed") || w.ends_with("en");
  }
  void Append(int parent, int child) {
    if (child < 0) return;
    PNode& p = nodes_[parent];
    if (p.last_child < 0) {
      p.first_child = child;
    } else {
      nodes_[p.last_child].next = child;
    }
    nodes_[parent].last_child = child;
  }
  int Wrap(std::string_view label, int child) {
    int w = NewNode(label);
    Append(w, child);
    return w;
  }

  int BaseNounPhraseEnd(int i) const;
  bool IsLyAdverbOfParticiple(int i) const;
  bool IsSecondArticle(int i, int j) const;
  bool IsGerundHead(int j) const;
  bool IsGerundAfterAdjective(int i, int j) const;
  bool IsSpanAfterObject(int j) const;
  int QuantifierEnd(int i) const;
  bool StartsTimePhrase(int i) const;
  bool IsOnlyATime(int i, int j) const;
  int DateAfterWeekdayEnd(int comma) const;
  // Whether the comma at i closes such a date: "Wednesday, September 2[,]".
  bool ClosesDateAfterWeekday(int i) const {
    return i >= 3 && (DateAfterWeekdayEnd(i - 3) == i || DateAfterWeekdayEnd(i - 5) == i);
  }
  bool SubjectBeforeVerbAt(int j) const;
  int OpeningPrepositionObject() const;
  bool SubjectAfterOpeningPhraseAt(int j) const;
  int SkipAdverbs(int i) const {
    while (IsAdverb(Tag(i))) ++i;
    return i;
  }
  bool StartsNounPhrase(int i) const { return BaseNounPhraseEnd(i) > i; }
  // The end of a base noun phrase with its "of" phrases: "the government of Gondor".
  int MemberEnd(int i) const {
    int end = BaseNounPhraseEnd(i);
    while (end > i && EqualsLower(Word(end), "of") && StartsNounPhrase(end + 1)) {
      end = BaseNounPhraseEnd(end + 1);
    }
    return end;
  }
  bool StartsClause(int i) const;
  bool HasAppositionBeforeVerb(int i) const;
  bool IsAdverbBeforeApposition(int comma) const;
  bool HasCommaBetween(int begin, int end) const {
    for (int k = begin; k < end; ++k) {
      if (Tag(k) == ",") return true;
    }
    return false;
  }
  int PrepositionalPhrasesEnd(int i) const;
  bool IsAgeAfterName(int comma) const;
  bool IsPastTenseParticiple(int i) const;
  bool ModifiesCoordinatedSubject(int j) const;
  int QuotedNicknameEnd(int j) const;
  int QuotedModifierEnd(int j) const;
  int BaseNounPhrase();
  int NounPhrase(bool subject);
  int NounPhraseWithOf(bool subject);
  bool AccusesObjectAt(int start) const;
  bool OfAhead(int i) const;
  int SubjectNounPhrase();
  int Parenthetical();
  bool CoordinationAhead(bool subject) const;
  bool ClauseAfterCommaAnd(int conjunction, int last) const;
  bool ListBeforeFiniteVerb(int i) const;
  bool PredicateAfterApposition(int comma) const;
  bool PrepositionalPhrasesBeforeFiniteVerb(int i) const;
  bool NamesInFreeRelative(int verb) const;
  bool NamesFirstOfGroup(int start, int end) const;
  bool NamingVerbBefore(int start) const;
  bool BelongsToOuterVerb(int i, std::string_view main_tag, const std::vector<int>& chain) const;
  bool IsSmallClauseOfParticiple(std::string_view main_tag, const std::vector<int>& chain) const;
  bool ContinuesReporter(int next, int first_of_reported) const;
  bool CoordinatedVerbAt(int i) const {
    return Tag(i) == "CC" && (IsVerb(Tag(i + 1)) || (IsAdverb(Tag(i + 1)) && IsVerb(Tag(i + 2))));
  }
  bool DescribesTheFirstMember(int last) const;
  bool SharedModifiers(int start, int end) const;
  bool IsNationalityAfterOne(int k) const;
  bool IsAdverbOfProportionBeforeName(int j, int start) const;
  int PrepositionalPhrase(bool in_subject = false);
  void AppendDateAfterWeekday(int pp);
  // `after_to`: the phrase follows "to" ("to expel X and to impose Y" is one
  // coordination of infinitives).
  int VerbPhrase(bool after_to = false);
  int VerbChain(const std::vector<int>& chain, size_t k, const std::vector<int>& adverbs_after);
  void Complements(int vp);
  int Complement();
  int ClauseAfterSubordinator();
  int ParseClause(bool embedded);
  bool StartsRelativeClauseAfterComma(int i) const;
  void AppendRelativeClause(int s);
  bool StartsRestrictiveRelativeClause(int i) const;
  bool StartsReducedRelativeClause(int i) const;
  bool StartsObjectRelativeClause(int i) const;
  int MainVerbAfterPhrases(int i) const;
  bool SubordinatorBeforeVerb(int i) const;
  int FiniteVerbsAhead(int i) const;
  bool EndsSubjectRelativeClause() const;
  int LeadingPhrase();
  int LeadingClause();
  bool OpensLeadingClause(int i) const;
  bool OpensSentence(int i) const;
  int SpanBeforeLeadingClause(int i) const;
  bool ContinuesVerbList(int i, const std::vector<int>& chain) const;
  bool IsPastInList(int verb) const;
  bool IsNameAfterTwoObjectVerb(int i, int j) const;
  bool IsQuotedHeadAfterDeterminer(int j) const;
  bool ClosesQuotedHead(int i) const;
  bool ClosesQuotedObject(int i) const;
  bool ClosesQuotedAdverbial(int i) const;
  bool ClosesQuotedVerb(int i) const;
  bool ClosesBracketAfterVerb(int i) const;
  bool ClosesShortQuoteAfterVerb(int i) const;
  bool IsQuotedNounPhrase(int j) const;
  int ParticipleAsideEnd(int i) const;
  int AdverbAsideEnd(int i) const;
  int PrepositionAsideEnd(int i) const;
  int AppositionClauseEnd(int i) const;
  int AppositionWhoClauseEnd(int i) const;
  bool IsPrepositionOpeningPhrase(int i) const;
  bool IsPassiveParticiple(int verb) const;
  bool AgentOfOuterPassive() const;

  std::span<const std::string_view> words_, tags_;
  int n_;
  // Where the object of a preposition that opens the sentence begins ("In
  // response Russia expelled"), or -1 (OpeningPrepositionObject).
  int opening_object_ = -1;
  std::vector<PNode>& nodes_;
  int pos_ = 0;
  int participle_ = -1;  // a token read as VBN against its tag
  int verb_ = -1;        // the main verb whose complements are being read
  // Inside "the soldiers who announced the coup": the main verb is still to come.
  bool in_subject_relative_ = false;
  int reduced_relative_end_ = -1;  // the main verb after a reduced relative on the subject
  // In a clause whose subject is "who" or "which": a comma there more often
  // closes the clause than it lists predicates.
  bool in_relative_clause_ = false;
  // The clause ParseClause reads next follows ", which" (or ", whom"): a
  // relative clause, which its comma closes as it does one on "who".
  bool object_relative_next_ = false;
  // Inside a clause of time or cause that opens the sentence.
  bool in_leading_clause_ = false;
  // In "was forced [to resign] by the army": the agent is the participle's.
  bool in_passive_infinitive_ = false;
};

// Where the number starts after words that bound it at i ("more than 70
// missiles", "at least 287 pupils", "over 100 drones"), or i: they belong to
// the noun phrase, not to a comparative or a preposition of their own.
int FastParser::Run::QuantifierEnd(int i) const {
  static constexpr std::string_view kTwo[][2] = {{"more", "than"},  {"less", "than"},
                                                 {"fewer", "than"}, {"at", "least"},
                                                 {"at", "most"},    {"up", "to"}};
  static constexpr std::string_view kOne[] = {"over",   "nearly",        "almost",  "about",
                                              "around", "approximately", "roughly", "some"};
  for (const auto& two : kTwo) {
    if (EqualsLower(Word(i), two[0]) && EqualsLower(Word(i + 1), two[1]) && Tag(i + 2) == "CD")
      return i + 2;
  }
  // A single word needs a noun after the number: "over 100 drones", not "over 2024".
  if (Tag(i + 1) != "CD" || !(IsNoun(Tag(i + 2)) || IsAdjective(Tag(i + 2)) || Tag(i + 2) == "CD"))
    return i;
  for (std::string_view w : kOne) {
    if (EqualsLower(Word(i), w)) return i + 1;
  }
  return i;
}

// Whether a time adverbial starts at i: "on Tuesday", "late on Monday",
// "during the night", "last week", "this year", "yesterday".
bool FastParser::Run::StartsTimePhrase(int i) const {
  if (EqualsLower(Word(i), "yesterday") || EqualsLower(Word(i), "today") ||
      EqualsLower(Word(i), "tonight")) {
    return true;
  }
  if (EqualsLower(Word(i), "late") || EqualsLower(Word(i), "early")) ++i;
  bool preposition = Tag(i) == "IN" && (EqualsLower(Word(i), "on") || EqualsLower(Word(i), "in") ||
                                        EqualsLower(Word(i), "during"));
  bool modifier = EqualsLower(Word(i), "last") || EqualsLower(Word(i), "this") ||
                  EqualsLower(Word(i), "next") || EqualsLower(Word(i), "past");
  if (!preposition && !modifier) return false;
  ++i;
  while (Tag(i) == "DT" || IsAdjective(Tag(i))) ++i;
  return IsTimeWord(Word(i));
}

// One past the closing quote of a nickname that opens at j between two
// names (Joaquin "El Chapo" Guzman), or j.
int FastParser::Run::QuotedNicknameEnd(int j) const {
  int k = j + 1;
  while (Tag(k) == "NNP") ++k;
  return k > j + 1 && Tag(k) == "''" && Tag(k + 1) == "NNP" ? k + 1 : j;
}

// dyad: "condemned the "senseless and cowardly" attack": after a
// determiner, an opening quote at j round adjectives (with adverbs, common
// nouns, commas and "and") and a common noun after the closing quote: the quoted words modify that
// noun, whose phrase they stay in; the position after the closing quote, j if
// the quote at j opens no such words.
int FastParser::Run::QuotedModifierEnd(int j) const {
  if (!IsDeterminer(Tag(j - 1))) return j;
  int k = j + 1;
  while (k < n_ && (IsAdjective(Tag(k)) || IsAdverb(Tag(k)) || IsCommonNoun(Tag(k)) ||
                    Tag(k) == "CC" || Tag(k) == ","))
    ++k;
  std::string_view last = Tag(k - 1);
  bool modifies = k > j + 1 && (IsAdjective(last) || IsCommonNoun(last) || last == "VBN") &&
                  Tag(k) == "''" && IsCommonNoun(Tag(k + 1));
  return modifies ? k + 1 : j;
}

// Whether the participle at j is followed by adjectives and nouns that end
// in a noun, and then (after adverbs) by a finite verb.
bool FastParser::Run::ModifiesCoordinatedSubject(int j) const {
  int k = j + 1;
  while (IsAdjective(Tag(k)) || IsNoun(Tag(k))) ++k;
  return k > j + 1 && IsNoun(Tag(k - 1)) && IsFinite(Tag(SkipAdverbs(k)));
}

// "a coalition of mostly Gulf Arab allies", "of mainly Kurdish fighters": an
// adverb of proportion opening the phrase at `start` (j) after "of", before a
// name, belongs to the phrase, as it does before an adjective ("of mainly
// Arab/JJ states").
bool FastParser::Run::IsAdverbOfProportionBeforeName(int j, int start) const {
  if (j != start || j == 0 || Tag(j - 1) != "IN" || !EqualsLower(Word(j - 1), "of")) return false;
  if (Tag(j + 1) != "NNP" && Tag(j + 1) != "NNPS") return false;
  for (std::string_view w :
       {"mostly", "mainly", "largely", "predominantly", "chiefly", "primarily", "overwhelmingly"}) {
    if (EqualsLower(Word(j), w)) return true;
  }
  return false;
}

// "internationally recognised president": an adverb in -ly at i before a
// participle (or a past the tagger chose) and then a noun.
bool FastParser::Run::IsLyAdverbOfParticiple(int i) const {
  return Tag(i) == "RB" && Word(i).ends_with("ly") &&
         (Tag(i + 1) == "VBN" || Tag(i + 1) == "VBD") && IsNoun(Tag(i + 2));
}

// One past the last token of the base noun phrase starting at i, or i.
int FastParser::Run::BaseNounPhraseEnd(int i) const {
  std::string_view t = Tag(i);
  if (t == "PRP" || t == "EX" || t == "WP") return i + 1;
  int j = QuantifierEnd(i), end = i;
  while (j < n_) {
    std::string_view tag = Tag(j);
    // "the armed groups", "its ruling party" (but not "police arrested students").
    std::string_view before = Tag(j - 1);
    bool modifier_participle =
        IsNoun(Tag(j + 1)) &&
        (((tag == "VBN" || tag == "VBG") && j > i &&
          (IsDeterminer(before) || IsAdjective(before) || before == "CD" || before == "POS")) ||
         // "with exiled dissidents", "for armed groups",
         // "detaining elected leader Suu Kyi" (not "having killed")
         (tag == "VBN" && j == i &&
          (before == "IN" || before == "TO" ||
           (before == "VBG" && !EqualsLower(Word(j - 1), "having") &&
            !EqualsLower(Word(j - 1), "being")))));
    // "Turkish troops and allied/VBD Syrian rebels took": after "and" between
    // nouns, a participle before a noun phrase whose verb follows modifies it.
    modifier_participle |= j == i && (tag == "VBN" || tag == "VBD") && before == "CC" &&
                           IsNoun(Tag(j - 2)) && ModifiesCoordinatedSubject(j);
    // "a captured Indian pilot": after a determiner, a participle before
    // adjectives that end in a noun modifies it too.
    if (!modifier_participle && tag == "VBN" && j > i && IsDeterminer(before) &&
        IsAdjective(Tag(j + 1))) {
      int k = j + 1;
      while (IsAdjective(Tag(k))) ++k;
      modifier_participle = IsNoun(Tag(k));
    }
    // "its internationally recognised president", "a newly elected/VBN
    // leader": an adverb in -ly and a participle before a noun modify it.
    bool adverb_of_participle = j > i && IsLyAdverbOfParticiple(j) &&
                                (IsDeterminer(before) || IsAdjective(before) || before == "POS");
    if (!modifier_participle && j > i + 1 && IsLyAdverbOfParticiple(j - 1) &&
        (IsDeterminer(Tag(j - 2)) || IsAdjective(Tag(j - 2)) || Tag(j - 2) == "POS"))
      modifier_participle = true;
    bool adjective_list = (tag == "," || tag == "CC") && j > i && IsAdjective(Tag(j - 1)) &&
                          (IsAdjective(Tag(j + 1)) || IsNationalityAfterOne(j + 1));
    // "most senior", also after a possessive: "Canada's most senior diplomat".
    bool adverb_of_adjective =
        IsAdverb(tag) && IsAdjective(Tag(j + 1)) && (end == i || Tag(j - 1) == "POS");
    adverb_of_adjective |= IsAdverbOfProportionBeforeName(j, i);
    // "Wednesday the commerce ministry", "in Laos last week": a new phrase
    // (a common noun before "the" may be a mistagged verb: "Russia release the").
    bool after_name = Tag(j - 1) == "NNP" || Tag(j - 1) == "NNPS";
    // "In 2008 Greece blocked", "Last week France expelled": a time before
    // its clause's subject ends there.
    if (j > i && (tag == "NNP" || tag == "NNPS") && IsOnlyATime(i, j) && SubjectBeforeVerbAt(j)) {
      end = j;
      break;
    }
    // "In response Russia expelled", "In a rare move China accused", "In
    // retaliation Israeli jets struck": the object of an opening preposition
    // ends where its clause's subject begins.
    if (i == opening_object_ && end == j && SubjectAfterOpeningPhraseAt(j)) break;
    // "on Sept. 20 the Guardia Civil", "on Oct. 4 police": a date ends.
    if (j - 2 >= i && Tag(j - 1) == "CD" && IsMonthName(Word(j - 2))) {
      end = j;
      break;
    }
    // "called the prisoners terrorists": after a verb of naming, a noun after
    // a plural noun is the name given, a phrase of its own.
    if (end == j && j > i + 1 && Tag(j - 1) == "NNS" && (tag == "NNS" || tag == "NN") &&
        NamingVerbBefore(i))
      break;
    // "took several officials hostage": "hostage" after the captives is
    // what they were taken as, not the compound's head.
    if (end == j && j > i && (Tag(j - 1) == "NNS" || Tag(j - 1) == "NNP") && tag == "NN" &&
        (EqualsLower(Word(j), "hostage") || EqualsLower(Word(j), "captive")) && !IsNoun(Tag(j + 1)))
      break;
    if (end == j && j > i && (IsNoun(tag) || IsAdjective(tag)) && tag != "NNP" && tag != "NNPS" &&
        IsNameAfterTwoObjectVerb(i, j))
      break;
    if (j > i && tag == "CD" && IsSpanAfterObject(j)) {
      end = j;  // "the military/JJ" ends before the number
      break;
    }
    // "a fishing boat captain whose arrest set off a row": "whose" after the
    // head opens a relative clause, no second determiner of the phrase.
    if (end == j && j > i && tag == "WP$") break;
    if (end > i && ((end == j && IsDeterminer(tag) && (after_name || IsSecondArticle(i, j))) ||
                    StartsTimePhrase(j))) {
      if (IsAdjective(Tag(j - 1))) end = j;  // "President Tsai Ing-wen/JJ yesterday"
      break;
    }
    if (IsDeterminer(tag) || IsAdjective(tag) || tag == "CD" || tag == "$" || tag == "#" ||
        modifier_participle || adjective_list || adverb_of_adjective || adverb_of_participle) {
      ++j;
    } else if (IsNoun(tag) || (end == i && j > i && tag == "VBG" &&
                               (IsGerundHead(j) || IsGerundAfterAdjective(i, j)))) {
      end = ++j;
    } else if (tag == "``" && end == i && j > i && IsQuotedHeadAfterDeterminer(j)) {
      ++j;  // the "hideous attack": the quoted words are the phrase's own
    } else if (tag == "``" && end == i && j > i && QuotedModifierEnd(j) > j) {
      j = QuotedModifierEnd(j);  // the "senseless and cowardly" attack
    } else if (tag == "``" && j > i && Tag(j - 1) == "NNP" && QuotedNicknameEnd(j) > j) {
      j = QuotedNicknameEnd(j);  // Joaquin "El Chapo" Guzman: one name
    } else if (tag == "POS" && j > i &&
               (IsNoun(Tag(j + 1)) || IsAdjective(Tag(j + 1)) || Tag(j + 1) == "CD" ||
                (IsAdverb(Tag(j + 1)) && IsAdjective(Tag(j + 2))) ||
                IsLyAdverbOfParticiple(j + 1) ||
                // "a girls' boarding school", "the workers' housing estate"
                ((Tag(j + 1) == "VBG" || Tag(j + 1) == "VBN") && IsNoun(Tag(j + 2))))) {
      ++j;
    } else {
      break;
    }
    if (tag == "CD" && !IsNoun(Tag(j)) && !IsAdjective(Tag(j))) end = j;
  }
  if (end == i && j > i && (Is(Tag(i), "DT") || IsAdjective(Tag(j - 1))))
    end = j;  // "this", "the poor"
  // A phrase ending in a word tagged as an adjective, right before its verb: "Arnor cleric is".
  if (end > i && end < j && IsAdjective(Tag(j - 1)) && IsFinite(Tag(j))) end = j;
  // A possessive's head tagged as an adjective: "Gondor's military", "the country's poor".
  if (end > i && end < j && j - 2 >= i && Tag(j - 2) == "POS" && IsAdjective(Tag(j - 1))) end = j;
  return end;
}

// Whether words [i, j) name only a time: "2008", "March", "December 2015",
// "last week", "the past year" (but not "the 2015 Paris Agreement", whose
// year after an article modifies the name).
bool FastParser::Run::IsOnlyATime(int i, int j) const {
  std::string_view last = Word(j - 1);
  if (IsYearNumber(last) || IsMonthName(last) || (Tag(j - 1) == "NNP" && IsTimeWord(last))) {
    for (int k = i; k < j; ++k) {
      bool time = IsMonthName(Word(k)) || (Tag(k) == "NNP" && IsTimeWord(Word(k)));
      if (!time && Tag(k) != "CD") return false;
    }
    return true;
  }
  if (!IsTimeWord(last) || Tag(j - 1) == "NNP" || !OpensTimeSpan(Word(i))) return false;
  for (int k = i + 1; k + 1 < j; ++k) {
    if (!IsAdjective(Tag(k)) && !IsSpanAdjective(Word(k))) return false;
  }
  return true;
}

// dyad: "on Wednesday, September 2, 2020, imposed": the date that a comma
// at `comma` sets off after a weekday ("September 2", "Sept. 2, 2020") and
// another comma closes; that closing comma's index, or `comma` when no such
// date follows.
int FastParser::Run::DateAfterWeekdayEnd(int comma) const {
  if (Tag(comma) != "," || !IsWeekday(Word(comma - 1)) || !IsMonthName(Word(comma + 1)) ||
      Tag(comma + 2) != "CD")
    return comma;
  int end = comma + 3;
  if (Tag(end) == "," && IsYearNumber(Word(end + 1))) end += 2;
  return Tag(end) == "," ? end : comma;
}

// Whether a name at j, its possessive and nouns after it, end right before a
// finite verb: "Greece blocked", "Pakistan 's army launched".
bool FastParser::Run::SubjectBeforeVerbAt(int j) const {
  int k = j;
  while (Tag(k) == "NNP" || Tag(k) == "NNPS" || Tag(k) == "POS" || IsNoun(Tag(k)) ||
         IsAdjective(Tag(k))) {
    ++k;
  }
  return IsFinite(Tag(SkipAdverbs(k)));
}

// Where the object of a preposition that opens the sentence begins ("In
// response ...", "At a news conference ..."), or -1; not a subordinator's
// ("After the army chief Burhan seized power" may be a clause).
int FastParser::Run::OpeningPrepositionObject() const {
  int i = 0;
  while (Tag(i) == "``") ++i;
  return Tag(i) == "IN" && !IsSubordinator(Word(i)) ? i + 1 : -1;
}

// "In response Russia expelled", "In a statement the ministry condemned",
// "In the Gaza Strip Israeli troops killed": in the object of an opening
// preposition, a name or a determiner after a common noun, or a capitalised
// adjective after any noun, that starts words ending in a finite verb begins
// the subject. Two names in a row stay one ("the United Nations India" is
// left alone: "New York City").
bool FastParser::Run::SubjectAfterOpeningPhraseAt(int j) const {
  std::string_view tag = Tag(j), before = Tag(j - 1);
  const bool capitalised = !Word(j).empty() && Word(j).front() >= 'A' && Word(j).front() <= 'Z';
  const bool starts = ((tag == "NNP" || tag == "NNPS" || tag == "DT") && IsCommonNoun(before)) ||
                      (IsAdjective(tag) && capitalised && IsNoun(before));
  if (!starts) return false;
  int k = tag == "DT" ? j + 1 : j;
  while (Tag(k) == "NNP" || Tag(k) == "NNPS" || Tag(k) == "POS" || IsNoun(Tag(k)) ||
         IsAdjective(Tag(k)) || (Tag(k) == "CC" && k > j && IsNoun(Tag(k - 1))))
    ++k;
  return k > j && IsNoun(Tag(k - 1)) && IsFinite(Tag(SkipAdverbs(k)));
}

// "Under the agreement the two countries will ...", "called the killing a
// reckless step": a phrase that has its determiner takes no second article.
bool FastParser::Run::IsSecondArticle(int i, int j) const {
  return Tag(i) == "DT" && EqualsAnyIgnoreCase(Word(j), {"the", "a", "an"});
}

// "called the killing a reckless step", "condemned the bombing": a gerund at
// j after a determiner, with no noun after it, is the phrase's head.
// "killed in Russian shelling", "in heavy fighting": a gerund after the
// adjectives of a preposition's object, with nothing it could take as an
// object after it, is the phrase's noun.
bool FastParser::Run::IsGerundAfterAdjective(int i, int j) const {
  if (i == 0 || Tag(i - 1) != "IN" || !IsAdjective(Tag(j - 1))) return false;
  for (int k = i; k < j; ++k) {
    if (!IsAdjective(Tag(k)) && !IsDeterminer(Tag(k))) return false;
  }
  std::string_view next = Tag(j + 1);
  return j + 1 >= n_ || next == "IN" || next == "TO" || next == "," || next == "." ||
         next == "CC" || next == ":";
}

bool FastParser::Run::IsGerundHead(int j) const {
  std::string_view next = Tag(j + 1);
  return IsDeterminer(Tag(j - 1)) && !IsNoun(next) && !IsAdjective(next) && next != "CD";
}

// "gave the military 15 days", "gave Niger 48 hours": a span of time at j
// after a noun is an object of its own ("the past 24 hours" is one).
bool FastParser::Run::IsSpanAfterObject(int j) const {
  return IsTimeSpan(Word(j + 1)) && (IsNoun(Tag(j - 1)) || IsAdjective(Tag(j - 1))) &&
         !IsSpanAdjective(Word(j - 1));
}

// Whether a name reads as an adjective of nationality tagged as a name
// ("gave Qatari citizens 14 days", "offered Chinese assistance"): its ending
// is one of theirs, and it is not a country or capital that shares it
// ("Pakistan", "Iran", "Mali").
bool IsNationalityLike(std::string_view name) {
  static const WordSet kPlaces = {"iran",     "japan",    "taiwan", "sudan",   "oman",  "jordan",
                                  "bhutan",   "tehran",   "amman",  "yerevan", "mali",  "malawi",
                                  "burundi",  "djibouti", "haiti",  "fiji",    "delhi", "tbilisi",
                                  "helsinki", "nairobi",  "dhabi",  "brunei"};
  for (std::string_view suffix : {"an", "ese", "ish", "i", "ch"}) {
    if (name.ends_with(suffix)) {
      std::string lower;
      for (char c : name) lower += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
      return !lower.ends_with("stan") && !kPlaces.contains(lower);
    }
  }
  return false;
}

// Verbs that take two objects, the receiver and the thing given: "granted
// Glas asylum", "sent Ukraine tanks", "paid Ankara billions of euros".
bool TakesTwoObjects(std::string_view verb) {
  static const WordSet kVerbs = {
      "grant",   "grants",   "granted",  "granting",  "deny",   "denies",   "denied",   "denying",
      "offer",   "offers",   "offered",  "offering",  "award",  "awards",   "awarded",  "give",
      "gives",   "gave",     "given",    "giving",    "hand",   "hands",    "handed",   "handing",
      "promise", "promises", "promised", "promising", "send",   "sends",    "sent",     "sending",
      "sell",    "sells",    "sold",     "selling",   "supply", "supplies", "supplied", "supplying",
      "lend",    "lends",    "lent",     "lending",   "loaned", "pay",      "pays",     "paid",
      "paying",  "owe",      "owes",     "owed",      "ship",   "shipped",  "shipping"};
  return kVerbs.contains(verb);
}

// "granted Glas political asylum", "denied Lich bail", "sent the Philippines
// patrol boats": right after a verb that takes two objects, a bare name in
// [i, j) (after "the" for a plural name: "the Houthis") is the first of
// them, and the common words after it the second; not when "to" follows
// those words, which name the receiver ("sent Wagner mercenaries to Mali").
bool FastParser::Run::IsNameAfterTwoObjectVerb(int i, int j) const {
  if (i == 0 || !IsVerb(Tag(i - 1)) || !TakesTwoObjects(Word(i - 1))) return false;
  // "the Philippines", "the Houthis": a plural name after "the".
  const bool plural = Tag(j - 1) == "NNPS" || (Tag(j - 1) == "NNP" && Word(j - 1).ends_with('s'));
  int first = EqualsLower(Word(i), "the") && plural ? i + 1 : i;
  if (first == j) return false;
  for (int k = first; k < j; ++k) {
    if (Tag(k) != "NNP" && Tag(k) != "NNPS") return false;
  }
  int k = j;
  while (k < n_ && (IsNoun(Tag(k)) || IsAdjective(Tag(k)))) ++k;
  if (EqualsAnyIgnoreCase(Word(k), {"to", "into"})) return false;
  // ... nor when a phrase follows them, which is then the thing given ("gave
  // the Paris accord a boost").
  if (first > i && IsDeterminer(Tag(k))) return false;
  return !IsNationalityLike(Word(j - 1));
}

// "condemned the "hideous attack"": after a determiner, an opening quote at
// j before adjectives and nouns that end in a noun and the closing quote.
bool FastParser::Run::IsQuotedHeadAfterDeterminer(int j) const {
  if (!IsDeterminer(Tag(j - 1))) return false;
  int k = j + 1;
  while (k < n_ && (IsAdjective(Tag(k)) || IsNoun(Tag(k)))) ++k;
  return k > j + 1 && IsNoun(Tag(k - 1)) && Tag(k) == "''";
}

// Whether the closing quote at i ends quoted words a determiner opened.
bool FastParser::Run::ClosesQuotedHead(int i) const {
  int k = i - 1;
  while (k > 0 && (IsAdjective(Tag(k)) || IsNoun(Tag(k)))) --k;
  return k > 0 && k < i - 1 && Tag(k) == "``" && IsQuotedHeadAfterDeterminer(k);
}

// Whether the closing quote at i ends quoted words that open right after the
// verb ("expressed "strong dissatisfaction and protest" over", "lodged "stern
// representations" with"): determiners, adjectives, nouns and "and", no verb.
bool FastParser::Run::ClosesQuotedObject(int i) const {
  if (verb_ < 0) return false;
  int k = i - 1;
  while (k > verb_ + 1 &&
         (IsAdjective(Tag(k)) || IsNoun(Tag(k)) || IsDeterminer(Tag(k)) || Tag(k) == "CC")) {
    --k;
  }
  return k == verb_ + 1 && k < i - 1 && Tag(k) == "``" && IsNoun(Tag(i - 1));
}

// dyad: whether the closing quote at i ends quoted words that are the verb
// itself, after adverbs at most ("said it "resolutely opposed" the test",
// "vowed to "crush" the rebels"): the object after the quote is the verb's.
bool FastParser::Run::ClosesQuotedVerb(int i) const {
  if (verb_ < 1 || i != verb_ + 1) return false;
  int k = verb_ - 1;
  while (k > 0 && IsAdverb(Tag(k))) --k;
  return Tag(k) == "``";
}

// Whether the closing quote at i ends quoted words that open right after the
// verb with a preposition and hold no verb ("revoking "with immediate
// effect"", "acted "in good faith"").
bool FastParser::Run::ClosesQuotedAdverbial(int i) const {
  if (verb_ < 0 || Tag(verb_ + 1) != "``" || Tag(verb_ + 2) != "IN" || i <= verb_ + 3) return false;
  for (int k = verb_ + 3; k < i; ++k) {
    std::string_view t = Tag(k);
    if (IsVerb(t) || IsPunctuationStop(t) || t == "``" || t == "''") return false;
  }
  return true;
}

// dyad: whether the closing quote at i ends a few quoted words opened after
// the verb that hold no verb ("stood "in solidarity" with", "offered "full
// and unconditional support" to", "a "very constructive" meeting with"):
// the quote ends no phrase, and what follows it stays in the verb phrase.
bool FastParser::Run::ClosesShortQuoteAfterVerb(int i) const {
  if (verb_ < 0) return false;
  for (int k = i - 1; k > verb_ && k >= i - 8; --k) {
    std::string_view t = Tag(k);
    if (t == "``") return k < i - 1;
    if (IsVerb(t) || IsPunctuationStop(t) || t == "''" || t == ",") return false;
  }
  return false;
}

// Whether an opening quote at j encloses only determiners, adjectives and
// nouns, ending in a noun or adjective, before its closing quote: the object
// of a preposition ("dismissed them as "sheep"", "accused of "treason"").
bool FastParser::Run::IsQuotedNounPhrase(int j) const {
  if (Tag(j) != "``") return false;
  int k = j + 1;
  while (k < n_ && (IsAdjective(Tag(k)) || IsNoun(Tag(k)) || IsDeterminer(Tag(k)))) ++k;
  return k > j + 1 && (IsNoun(Tag(k - 1)) || IsAdjective(Tag(k - 1))) && Tag(k) == "''";
}

// "Egypt, locked in its own quarrel with Ethiopia over the dam, signed ...":
// the comma that closes a participle's phrase opened by the comma at i (its
// adverbs may lead it: "The balloon, first spotted over Montana, had ..."),
// when the subject's finite verb follows it and none stands inside; else -1.
int FastParser::Run::ParticipleAsideEnd(int i) const {
  const int participle = SkipAdverbs(i + 1);
  // (A past with no object, before a preposition or a time, is the
  // participle too: "The accord, initialled/VBD last week in Ohrid, was
  // signed ...", "The deal, struck/VBD in Vienna in 2015, lifted ...".)
  const bool past =
      Tag(participle) == "VBD" && (Tag(participle + 1) == "IN" || Tag(participle + 1) == "TO" ||
                                   StartsTimePhrase(participle + 1));
  if (Tag(i) != "," || (Tag(participle) != "VBN" && Tag(participle) != "VBG" && !past)) return -1;
  int k = participle + 1;
  while (k < n_ && !IsPunctuationStop(Tag(k)) && !IsFinite(Tag(k))) ++k;
  return k < n_ && Tag(k) == "," && IsFinite(Tag(SkipAdverbs(k + 1))) ? k : -1;
}

// "Venezuela, meanwhile, accused ...", "Russia, however, has rejected ...":
// the comma that closes one or two adverbs opened by the comma at i, when the
// subject's finite verb follows it; else -1.
int FastParser::Run::AdverbAsideEnd(int i) const {
  if (Tag(i) != ",") return -1;
  int k = i + 1;
  while (k < n_ && k <= i + 2 && IsAdverb(Tag(k))) ++k;
  return k > i + 1 && Tag(k) == "," && IsFinite(Tag(SkipAdverbs(k + 1))) ? k : -1;
}

// "Qatar, a state that hosts the talks, accused ...", "Egypt, the first
// Arab country to make peace with Israel, condemned ...": the comma that
// closes a relative clause or an infinitive opened at i right after an
// apposition, when the subject's finite verb follows it; else -1.
int FastParser::Run::AppositionClauseEnd(int i) const {
  // ... after the apposition's own phrases ("the first country in the region to ...").
  const int start = i;
  i = PrepositionalPhrasesEnd(i);
  // Those phrases may close the apposition themselves: "Evo Morales, a rival
  // of Arce within the ruling party, condemned ...", "Khalifa Sall, no
  // relation to the president, called ...".
  if (i > start && Tag(i) == "," && IsFinite(Tag(SkipAdverbs(i + 1)))) return i;
  const std::string_view t = Tag(i);
  // (A "who" clause is read as the subject's own: "Ali, a novice who won, had ...".)
  const bool relative =
      (t == "WDT" || t == "IN") && (EqualsLower(Word(i), "that") || EqualsLower(Word(i), "which"));
  // ... or a participle's or an adjective's phrase: "Al Mourabitoun, a group
  // led by Belmokhtar, claimed ...", "a group active in northern Mali, claimed".
  const bool participle = t == "VBN" && (Tag(i + 1) == "IN" || Tag(i + 1) == "TO");
  const bool adjective = IsAdjective(t) && (Tag(i + 1) == "IN" || Tag(i + 1) == "TO");
  if (!relative && !participle && !adjective && !(t == "TO" && Tag(i + 1) == "VB")) return -1;
  int k = i + 1;
  while (k < n_ && !IsPunctuationStop(Tag(k))) ++k;
  return k < n_ && Tag(k) == "," && IsFinite(Tag(SkipAdverbs(k + 1))) ? k : -1;
}

// "Nick Warner, the Australian diplomat who heads the mission, urged ...":
// the comma that closes a "who" clause at i right after an apposition (its
// verb right after "who", and no second verb group in it), when the subject's
// own verb follows it (not a participle's aside: "..., saying"); else -1.
int FastParser::Run::AppositionWhoClauseEnd(int i) const {
  if (!StartsRestrictiveRelativeClause(i) || FiniteVerbsAhead(i + 1) > 1) return -1;
  int k = i + 1;
  while (k < n_ && !IsPunctuationStop(Tag(k))) ++k;
  if (k >= n_ || Tag(k) != ",") return -1;
  const std::string_view verb = Tag(SkipAdverbs(k + 1));
  return IsVerb(verb) && verb != "VBG" ? k : -1;
}

// Whether a preposition (not a subordinator) at i opens a noun phrase: "of
// Arce", "within the ruling party", "to the president".
bool FastParser::Run::IsPrepositionOpeningPhrase(int i) const {
  return (Tag(i) == "IN" || Tag(i) == "TO") && !IsSubordinator(Word(i)) && StartsNounPhrase(i + 1);
}

// "Japan, in a protest lodged on Tuesday, accused ...", "China, meanwhile,
// in a statement, accused ...": the comma that closes a phrase a preposition
// (not a subordinator) opens at the comma at i, when the subject's finite
// verb follows it and none stands inside; else -1.
int FastParser::Run::PrepositionAsideEnd(int i) const {
  // ... after an aside of one or two adverbs: "China, meanwhile, in ...".
  if (Tag(i) == "," && IsAdverb(Tag(i + 1))) {
    int k = i + 1;
    while (k <= i + 2 && IsAdverb(Tag(k))) ++k;
    if (Tag(k) == ",") i = k;
  }
  if (Tag(i) != "," || Tag(i + 1) != "IN" || IsSubordinator(Word(i + 1)) ||
      !StartsNounPhrase(i + 2))
    return -1;
  // (A past right after a noun, before a preposition, is its participle: "in a
  // letter handed/VBD to the envoy".)
  auto participle = [this](int k) {
    return Tag(k) == "VBD" && IsNoun(Tag(k - 1)) && (Tag(k + 1) == "IN" || Tag(k + 1) == "TO");
  };
  int k = i + 2;
  while (k < n_ && !IsPunctuationStop(Tag(k)) && (!IsFinite(Tag(k)) || participle(k))) ++k;
  return k < n_ && Tag(k) == "," && IsFinite(Tag(SkipAdverbs(k + 1))) ? k : -1;
}

// Whether a clause (a noun phrase and then a finite verb) starts at i.
bool FastParser::Run::StartsClause(int i) const {
  int end = MemberEnd(i);
  if (end == i) return false;
  if (HasAppositionBeforeVerb(i)) return true;
  // A coordinated subject: "Dagolath and Osgiliath can cope".
  while ((Tag(end) == "," || Tag(end) == "CC") && StartsNounPhrase(end + 1)) {
    end = MemberEnd(end + 1);
  }
  while (IsAdverb(Tag(end))) ++end;
  // "after militants [linked to the Islamic State group] rampaged", "as
  // protests [against price rises] escalated": a participle or a preposition
  // with its phrase before the verb.
  int phrase = Tag(end) == "VBN" ? end + 1 : end;
  if ((Tag(phrase) == "IN" || Tag(phrase) == "TO") && !IsSubordinator(Word(phrase)) &&
      StartsNounPhrase(phrase + 1) && IsFinite(Tag(SkipAdverbs(MemberEnd(phrase + 1))))) {
    return true;
  }
  return IsFinite(Tag(end)) || IsPastTenseParticiple(end);
}

// "said that a little-known local group, National Thowheeth Jama'ath,
// carried out ...", "said Al Mourabitoun, a jihadist group, claimed ...": a
// noun phrase, its apposition between commas, then a finite verb.
bool FastParser::Run::HasAppositionBeforeVerb(int i) const {
  const int end = MemberEnd(i);
  if (end == i || Tag(end) != "," || !StartsNounPhrase(end + 1)) return false;
  const int apposition_end = MemberEnd(end + 1);
  return Tag(apposition_end) == "," && IsFinite(Tag(SkipAdverbs(apposition_end + 1)));
}

// "Lugovoi, now a businessman in Moscow, denies ...", "The Red Shirts,
// mostly supporters of Thaksin, had occupied ...": after the comma at
// `comma`, adverbs and then an apposition whose comma the subject's finite
// verb follows.
bool FastParser::Run::IsAdverbBeforeApposition(int comma) const {
  const int start = SkipAdverbs(comma + 1);
  if (Tag(comma) != "," || start == comma + 1 || !StartsNounPhrase(start)) return false;
  const int end = PrepositionalPhrasesEnd(MemberEnd(start));  // "... in Moscow"
  return Tag(end) == "," && IsFinite(Tag(SkipAdverbs(end + 1)));
}

// Where the prepositional phrases from i end, each with its coordinated
// members: "in gas and minerals", "with foreigners and the elite", "of them
// from the island of Malaita"; i when none opens there.
int FastParser::Run::PrepositionalPhrasesEnd(int i) const {
  while (IsPrepositionOpeningPhrase(i)) {
    i = MemberEnd(i + 1);
    while (Tag(i) == "CC" && StartsNounPhrase(i + 1)) i = MemberEnd(i + 1);
  }
  return i;
}

// "Rolando Mendoza, 55, a police inspector, seized ...": a person's age
// between commas after the name (at the comma at `comma`) is an aside of the
// name, not the subject of a clause of its own with the apposition after it.
bool FastParser::Run::IsAgeAfterName(int comma) const {
  if (Tag(comma) != "," || comma == 0 || Tag(comma - 1) != "NNP") return false;
  return Tag(comma + 1) == "CD" && Tag(comma + 2) == "," && IsAgeNumber(Word(comma + 1));
}

// "after cartel gunmen laid/VBN siege to ...": a participle right after a
// subject with a direct object of its own is a past tense (a passive one
// takes none; "given", "granted" and the like may take one: "men given
// asylum").
bool FastParser::Run::IsPastTenseParticiple(int i) const {
  if (Tag(i) != "VBN") return false;
  // "after the army chief called on him to resign": an appeal, never a passive.
  if (EqualsLower(Word(i), "called") && EqualsAnyIgnoreCase(Word(i + 1), {"on", "upon"}) &&
      StartsNounPhrase(i + 2))
    return true;
  int object = Tag(i + 1) == "RP" ? i + 2 : i + 1;  // "set up roadblocks"
  if (!StartsNounPhrase(object) || Tag(object) == "WP") return false;
  return !TakesObjectAsPassive(Word(i));
}

// A base noun phrase; a possessive nests what precedes it:
// (NP (NP (NNP Gondor) (POS 's)) (NN army)).
int FastParser::Run::BaseNounPhrase() {
  int end = BaseNounPhraseEnd(pos_);
  if (end == pos_) return -1;
  int np = NewNode("NP");
  for (; pos_ < end; ++pos_) {
    if (IsAdjective(Tag(pos_)) && (Tag(pos_ + 1) == "CC" || Tag(pos_ + 1) == ",") &&
        (IsAdjective(Tag(pos_ + 2)) || IsNationalityAfterOne(pos_ + 2)) && pos_ + 2 < end) {
      // "awful and evil minister": the coordination is of adjectives, not of nouns.
      int adjp = NewNode("ADJP");
      while (pos_ + 2 < end && IsAdjective(Tag(pos_)) &&
             (Tag(pos_ + 1) == "CC" || Tag(pos_ + 1) == ",") &&
             (IsAdjective(Tag(pos_ + 2)) || IsNationalityAfterOne(pos_ + 2))) {
        Append(adjp, Leaf(pos_++));
        Append(adjp, Leaf(pos_++));
      }
      Append(adjp, Leaf(pos_));
      Append(np, adjp);
      continue;
    }
    Append(np, Leaf(pos_));
    if (Tag(pos_) == "POS" && pos_ + 1 < end) {
      int outer = NewNode("NP");
      Append(outer, np);
      np = outer;
    }
  }
  return np;
}

// "the Armenian and Azerbaijani/NNP ministers": a capitalised word tagged as
// a name at k, after a capitalised adjective and a conjunction and before a
// common noun or an adjective, is a second adjective of nationality.
bool FastParser::Run::IsNationalityAfterOne(int k) const {
  if (Tag(k) != "NNP" || k < 2 || !IsAdjective(Tag(k - 2))) return false;
  std::string_view first = Word(k - 2);
  if (first.empty() || first[0] < 'A' || first[0] > 'Z') return false;
  std::string_view next = Tag(k + 1);
  return IsAdjective(next) || next == "NN" || next == "NNS";
}

// Whether the coordination after tokens [start, end) joins single nouns that
// share the first member's modifiers: [DT] JJ* NN (, NN)* CC NN.
bool FastParser::Run::SharedModifiers(int start, int end) const {
  if (end - start < 1 || !IsNoun(Tag(end - 1))) return false;
  for (int i = start; i + 1 < end; ++i) {
    if (!IsDeterminer(Tag(i)) && !IsAdjective(Tag(i))) return false;
  }
  int j = end;
  while (Tag(j) == "," || Tag(j) == "CC") {
    bool last = Tag(j) == "CC";
    ++j;
    if (!last && Tag(j) == "CC") continue;
    if (!IsNoun(Tag(j)) || BaseNounPhraseEnd(j) != j + 1) return false;
    ++j;
    if (last) return true;
  }
  return false;
}

// At pos_ (just after a noun phrase): ", B , C and D" or "and D" follows,
// and, after an object, D is not the subject of a new clause.
bool FastParser::Run::CoordinationAhead(bool subject) const {
  int j = pos_;
  while (Tag(j) == "," && StartsNounPhrase(j + 1)) {
    int end = MemberEnd(j + 1);
    if (Tag(end) != "," && Tag(end) != "CC") return false;
    j = end;
  }
  if (Tag(j) == ",") ++j;
  if (Tag(j) != "CC" || !StartsNounPhrase(j + 1)) return false;
  // "restored ties, and last month it rejected ...": a time opens a clause.
  if (StartsTimePhrase(j + 1)) return false;
  int last = MemberEnd(j + 1);
  if (subject && DescribesTheFirstMember(last)) return false;
  // "..., but dozens of gunmen quickly surrounded them": adverbs may stand
  // between the member and its verb.
  last = SkipAdverbs(last);
  // "..., and Tokyo lodged/VBN a protest": a participle with an object is a
  // past tense the tagger missed, and the member starts a clause.
  bool past = Tag(last) == "VBN" && Tag(j - 1) == "," && StartsNounPhrase(last + 1);
  return subject || !(IsFinite(Tag(last)) || past || ClauseAfterCommaAnd(j, last));
}

// Whether the one member after ", and" at `conjunction` (no list before it,
// the member ending at `last`) opens a clause whose verb comes later: news
// style puts no comma before the "and" of a list, so ", and" then a member
// described by a relative clause or a "by" participle is a new subject
// ("denied any role, and the minister, who was in Delhi, said ...";
// "on Friday, and jets commandeered by the plotters bombed ...").
bool FastParser::Run::ClauseAfterCommaAnd(int conjunction, int last) const {
  if (Tag(conjunction - 1) != "," || conjunction - 1 != pos_) return false;
  if (Tag(last) == "," && (Tag(last + 1) == "WP" || Tag(last + 1) == "WDT")) return true;
  if (ListBeforeFiniteVerb(last)) return true;
  if (PredicateAfterApposition(last)) return true;
  if (PrepositionalPhrasesBeforeFiniteVerb(last)) return true;
  return Tag(last) == "VBN" && EqualsLower(Word(last + 1), "by") && StartsNounPhrase(last + 2) &&
         IsFinite(Tag(SkipAdverbs(MemberEnd(last + 2))));
}

// "expressed condolences to the families, and the United States, Spain and
// several Latin American governments also denounced it": at `i`, right after
// the member after ", and", the rest of a list (", B and C", ", B, C and D")
// and then a finite verb: the list is the new clause's subject.
bool FastParser::Run::ListBeforeFiniteVerb(int i) const {
  if (Tag(i) != ",") return false;
  while (Tag(i) == "," && StartsNounPhrase(i + 1)) {
    const int end = MemberEnd(i + 1);
    if (Tag(end) != "," && Tag(end) != "CC") return false;
    i = end;
  }
  if (Tag(i) == ",") ++i;
  if (Tag(i) != "CC" || !StartsNounPhrase(i + 1)) return false;
  return IsFinite(Tag(SkipAdverbs(MemberEnd(i + 1))));
}

// "condemned the attack, and Portugal, the former colonial power, offered/VBN
// to send police": at the comma at `comma`, right after the member after ",
// and", an apposition between commas and then the member's verb (a finite
// one, or a participle with an object or an infinitive: a past tense the
// tagger missed).
bool FastParser::Run::PredicateAfterApposition(int comma) const {
  if (Tag(comma) != "," || !StartsNounPhrase(comma + 1)) return false;
  const int end = MemberEnd(comma + 1);
  if (Tag(end) != ",") return false;
  const int verb = SkipAdverbs(end + 1);
  if (IsFinite(Tag(verb))) return true;
  return Tag(verb) == "VBN" &&
         (StartsNounPhrase(verb + 1) || (Tag(verb + 1) == "TO" && Tag(verb + 2) == "VB"));
}

// "telephoned Aznar to offer his condolences, and leaders across Europe
// condemned the attack": at `i`, right after the member after ", and", one
// or two prepositional phrases on it and then a finite verb.
bool FastParser::Run::PrepositionalPhrasesBeforeFiniteVerb(int i) const {
  for (int phrases = 0; phrases < 2 && Tag(i) == "IN" && StartsNounPhrase(i + 1); ++phrases) {
    i = MemberEnd(i + 1);
    if (IsFinite(Tag(SkipAdverbs(i)))) return true;
  }
  return false;
}

// "Sara Duterte, the former leader's daughter and a rival of Marcos, accused
// ...": after a name, members with a determiner, set off by commas before the
// verb, describe the name: an apposition, not a list of subjects ("Iran,
// Iraq and Syria accused ..." has no comma before its verb).
bool FastParser::Run::DescribesTheFirstMember(int last) const {
  // ... or with a possessive name: "Meng Wanzhou, Huawei's chief financial
  // officer and the daughter of its founder, was arrested".
  const int j = pos_ + 1;
  const bool description =
      IsDeterminer(Tag(j)) ||
      (Tag(j) == "NNP" && (Tag(j + 1) == "POS" || (Tag(j + 1) == "NNP" && Tag(j + 2) == "POS")));
  if (Tag(pos_ - 1) != "NNP" || Tag(pos_) != "," || !description) return false;
  return Tag(last) == "," && IsFinite(Tag(SkipAdverbs(last + 1)));
}

// A base noun phrase with its "of" phrase: (NP (NP the city) (PP of (NP ...))).
int FastParser::Run::NounPhraseWithOf(bool subject) {
  int start = pos_;
  int np = BaseNounPhrase();
  if (np < 0 || !EqualsLower(Word(pos_), "of") || !StartsNounPhrase(pos_ + 1)) return np;
  // "accusing it of abuse", "accused Moscow of arming rebels": no "it of",
  // and what the object of an accusation is accused of is no part of it.
  if ((pos_ == start + 1 && Tag(start) == "PRP") || (AccusesObjectAt(start) && !OfAhead(pos_ + 1)))
    return np;
  int outer = Wrap("NP", np);
  int pp = NewNode("PP");
  Append(pp, Leaf(pos_++));
  Append(pp, NounPhrase(subject));  // "the ambassadors of Arnor, Rohan and Gondor"
  Append(outer, pp);
  return outer;
}

// Whether the noun phrase at `start` is the first object of a verb that
// names it something: "called [the prisoners] terrorists".
bool FastParser::Run::NamingVerbBefore(int start) const {
  if (verb_ < 0 || start != verb_ + 1) return false;
  return EqualsAnyIgnoreCase(Word(verb_), {"call", "calls", "called", "calling", "label", "labels",
                                           "labelled", "labeled", "labelling", "labeling", "brand",
                                           "brands", "branded", "branding", "dubbed", "termed"});
}

// Whether the noun phrase at `start` is the first object of a verb that
// takes "of" for the charge or the thing taken: "accused [Russia] of
// aggression", "suspected [the ministry] of ...", "convicted [him] of ...",
// "stripped [the prisoners] of their citizenship".
bool FastParser::Run::AccusesObjectAt(int start) const {
  static constexpr std::string_view kStems[] = {"accus", "suspect", "convict", "acquit",
                                                "clear", "strip",   "depriv"};
  if (verb_ < 0 || start != verb_ + 1) return false;
  std::string_view verb = Word(verb_);
  for (std::string_view stem : kStems) {
    if (verb.size() > stem.size() && EqualsLower(verb.substr(0, stem.size()), stem)) return true;
  }
  return false;
}

// Whether another "of" follows `i` in the clause ("accused agents of the
// government [of] taking part": the first belongs to the object).
bool FastParser::Run::OfAhead(int i) const {
  for (; i < n_ && !IsPunctuationStop(Tag(i)) && !IsFinite(Tag(i)); ++i) {
    if (EqualsLower(Word(i), "of")) return true;
  }
  return false;
}

// A noun phrase with its "of" phrases and coordinated members.
int FastParser::Run::NounPhrase(bool subject) {
  int start = pos_;
  int np = NounPhraseWithOf(subject);
  if (np < 0 || nodes_[np].label != "NP" || !CoordinationAhead(subject)) return np;
  if (SharedModifiers(start, pos_)) {
    // "Danish media and government": one flat phrase, so that the modifiers
    // apply to every noun: (NP (JJ Danish) (NNS media) (CC and) (NN government)).
    while (Tag(pos_) == "," || Tag(pos_) == "CC") {
      bool last = Tag(pos_) == "CC";
      Append(np, Leaf(pos_++));
      if (!last && Tag(pos_) == "CC") continue;
      Append(np, Leaf(pos_++));
      if (last) break;
    }
    return np;
  }
  int coordination = Wrap("NP", np);
  while (Tag(pos_) == "," || Tag(pos_) == "CC") {
    // "killed Soleimani, the commander of the Quds Force and nine others, the
    // Pentagon and Iraqi officials said": after a member whose own phrase
    // took the "and", what follows a comma is a list again only if it is one.
    if (Tag(pos_) == "," && !CoordinationAhead(subject)) break;
    bool last = Tag(pos_) == "CC";
    Append(coordination, Leaf(pos_++));
    if (!last && Tag(pos_) == "CC") continue;
    const int member = pos_;
    Append(coordination, NounPhraseWithOf(subject));
    // "Saudi Arabia and its allies Egypt, the UAE and Bahrain": a member
    // that names the first of a group goes on to the group's other members.
    if (last && !(NamesFirstOfGroup(member, pos_) && CoordinationAhead(subject))) break;
  }
  // A subject goes on to a further "and" before its verb, the coordination so
  // far one member ("[Australian and New Zealand troops] and police arrived").
  if (subject && Tag(pos_) == "CC" && CoordinationAhead(subject)) {
    coordination = Wrap("NP", coordination);
    Append(coordination, Leaf(pos_++));
    Append(coordination, NounPhraseWithOf(subject));
  }
  return coordination;
}

// Whether tokens [start, end) are a plural noun and the name of the group's
// first member: "its allies Egypt", "its Gulf neighbours Bahrain".
bool FastParser::Run::NamesFirstOfGroup(int start, int end) const {
  for (int i = start; i + 1 < end; ++i) {
    if (Tag(i) == "NNS" && Tag(i + 1) == "NNP") return true;
  }
  return false;
}

// The subject with the prepositional phrases between it and its verb:
// (NP (NP activists) (PP in (NP Arnor))) are ...
int FastParser::Run::SubjectNounPhrase() {
  int np = NounPhrase(/*subject=*/true);
  while ((Tag(pos_) == "IN" || Tag(pos_) == "TO") && !IsSubordinator(Word(pos_)) &&
         StartsNounPhrase(pos_ + 1) && !StartsTimePhrase(pos_)) {
    int outer = Wrap("NP", np);
    Append(outer, PrepositionalPhrase(/*in_subject=*/true));
    np = outer;
  }
  return np;
}

int FastParser::Run::PrepositionalPhrase(bool in_subject) {
  int pp = NewNode("PP");
  Append(pp, Leaf(pos_++));
  if (IsQuotedNounPhrase(pos_)) {
    // The quotes stand in the phrase, so that what follows the closing one
    // ("as "sheep" controlled from abroad and accused ...") stays in the
    // verb phrase.
    Append(pp, Leaf(pos_++));
    Append(pp, NounPhrase(/*subject=*/in_subject));
    if (Tag(pos_) == "''") Append(pp, Leaf(pos_++));
  } else if (StartsNounPhrase(pos_)) {
    Append(pp, NounPhrase(/*subject=*/in_subject));
    AppendDateAfterWeekday(pp);
  } else if (Tag(pos_) == "VBG") {
    Append(pp, Wrap("S", VerbPhrase()));
  }
  return pp;
}

// "on Wednesday, September 2, 2020, the United States imposed": the date set
// off by commas after the weekday stays in the time phrase, (PP on (NP
// Wednesday) , (NP September 2 , 2020)), and is no subject of a clause of its
// own; the closing comma is left to the caller.
void FastParser::Run::AppendDateAfterWeekday(int pp) {
  const int close = DateAfterWeekdayEnd(pos_);
  if (close == pos_) return;
  Append(pp, Leaf(pos_++));
  int date = NewNode("NP");
  while (pos_ < close) Append(date, Leaf(pos_++));
  Append(pp, date);
}

// "(IN that) clause": the subordinator, then a clause (or what follows).
int FastParser::Run::ClauseAfterSubordinator() {
  int sbar = NewNode("SBAR");
  Append(sbar, Leaf(pos_++));
  Append(sbar, ParseClause(/*embedded=*/true));
  return sbar;
}

// Whether the closing bracket at `i` closes one opened after the verb whose
// complements are being read: "(60 miles)" in "sealed off the shrine, 100 km
// (60 miles) north of Baghdad", not the bracket of an aside opened before it.
bool FastParser::Run::ClosesBracketAfterVerb(int i) const {
  if (verb_ < 0) return false;
  int open = 0;
  for (int k = i - 1; k > verb_; --k) {
    if (Tag(k) == "-RRB-") --open;
    if (Tag(k) == "-LRB-" && ++open > 0) return true;
  }
  return false;
}

// One complement of a verb at pos_, or -1 when the verb phrase ends here.
int FastParser::Run::Complement() {
  std::string_view t = Tag(pos_);
  if (t == ",") return Parenthetical();
  // "what he called a "brutal escalation" by Russia": the closing quote of a
  // quoted complement leaves the deed's agent in the phrase.
  if (t == "''" && pos_ + 2 < n_ && Tag(pos_ + 1) == "IN" && EqualsLower(Word(pos_ + 1), "by") &&
      StartsNounPhrase(pos_ + 2))
    return Leaf(pos_++);
  // ... and so does the quote that closes a phrase's quoted words ("condemned
  // the "brutal attack" on X", "expressed "deep concern" over X").
  if (t == "''" && (Tag(pos_ + 1) == "IN" || Tag(pos_ + 1) == "TO") &&
      (ClosesQuotedHead(pos_) || ClosesQuotedObject(pos_)))
    return Leaf(pos_++);
  // ... and the quote that closes a quoted adverbial right after the verb
  // leaves the object after it in the phrase ("revoking "with immediate
  // effect" its agreement with X").
  if (t == "''" && ClosesQuotedAdverbial(pos_) && StartsNounPhrase(pos_ + 1)) return Leaf(pos_++);
  // ... and the quote that closes a quoted verb leaves its object after it in
  // the phrase ("said it "resolutely opposed" the test").
  if (t == "''" && ClosesQuotedVerb(pos_) && StartsNounPhrase(pos_ + 1)) return Leaf(pos_++);
  // ... and the quote that closes a few quoted words after the verb leaves a
  // prepositional phrase after it in the phrase ("stood "in solidarity" with X").
  if (t == "''" && (Tag(pos_ + 1) == "IN" || Tag(pos_ + 1) == "TO") &&
      !IsSubordinator(Word(pos_ + 1)) && StartsNounPhrase(pos_ + 2) &&
      ClosesShortQuoteAfterVerb(pos_))
    return Leaf(pos_++);
  // "sealed off the shrine, 100 km (60 miles) north of Baghdad, and police
  // detained ...": the bracket that closes an aside opened after the verb
  // leaves the rest of the phrase to the verb.
  if (t == "-RRB-" && ClosesBracketAfterVerb(pos_)) return Leaf(pos_++);
  if (pos_ >= n_ || IsPunctuationStop(t) || t == "''" || t == "-RRB-") return -1;
  if (t == "CC") return -1;  // coordination is the caller's
  if (EndsSubjectRelativeClause()) return -1;
  if (TakesBareClause(Word(verb_)) && StartsClause(pos_) &&
      (!in_subject_relative_ || FiniteVerbsAhead(pos_) >= 2)) {
    return Wrap("SBAR", ParseClause(/*embedded=*/true));
  }
  if (StartsNounPhrase(pos_)) return NounPhrase(/*subject=*/false);
  if (t == "IN" && IsQuotedNounPhrase(pos_ + 1)) return PrepositionalPhrase();
  if ((t == "IN" || t == "WDT" || t == "WP" || t == "WRB") && IsSubordinator(Word(pos_)) &&
      !StartsNounPhrase(pos_ + 1)) {
    return ClauseAfterSubordinator();
  }
  // "Gunmen disguised as soldiers attacked ...": in a reduced relative clause
  // on the subject, "as" before the noun phrase that the main verb follows is
  // a preposition.
  if (in_subject_relative_ && reduced_relative_end_ > pos_ && EqualsLower(Word(pos_), "as") &&
      StartsNounPhrase(pos_ + 1))
    return PrepositionalPhrase();
  if (t == "IN" && IsSubordinator(Word(pos_)) && StartsClause(pos_ + 1)) {
    return ClauseAfterSubordinator();
  }
  // "demanded that parliament be summoned": a demand's clause with a base form.
  if (t == "IN" && EqualsLower(Word(pos_), "that") && IsVerbOfDemand(Word(verb_)) &&
      StartsNounPhrase(pos_ + 1) && Tag(SkipAdverbs(MemberEnd(pos_ + 1))) == "VB") {
    return ClauseAfterSubordinator();
  }
  // "said on Wednesday, August 7, 2019, that it would ...": after a comma a
  // tagger takes "that" for a relative pronoun; after a verb of saying with
  // a clause after it, it is the reported clause's subordinator.
  if (t == "WDT" && EqualsLower(Word(pos_), "that") && Tag(pos_ - 1) == "," &&
      TakesBareClause(Word(verb_)) && StartsClause(pos_ + 1)) {
    int sbar = NewNode("SBAR");
    Append(sbar, NewNode("IN", Word(pos_++)));
    Append(sbar, ParseClause(/*embedded=*/true));
    return sbar;
  }
  if (t == "WDT" || t == "WP" || t == "WRB") return ClauseAfterSubordinator();
  if (AgentOfOuterPassive()) return -1;
  if (t == "TO" && IsVerb(Tag(pos_ + 1))) {
    int vp = NewNode("VP");
    Append(vp, Leaf(pos_++));
    bool outer = in_passive_infinitive_;
    in_passive_infinitive_ = IsPassiveParticiple(verb_);
    Append(vp, VerbPhrase(/*after_to=*/true));
    in_passive_infinitive_ = outer;
    return Wrap("S", vp);
  }
  if (t == "IN" || t == "TO") return PrepositionalPhrase();
  if (t == "VBG" || t == "VBN") return Wrap("S", VerbPhrase());
  // A small clause: "helping militants [join a group]", "let them [go]".
  if (IsVerb(t)) return Wrap("S", VerbPhrase());
  if (IsAdverb(t)) return Wrap("ADVP", Leaf(pos_++));
  if (IsAdjective(t)) return Wrap("ADJP", Leaf(pos_++));
  if (t == "RP") return Wrap("PRT", Leaf(pos_++));
  return Leaf(pos_++);
}

// At a comma inside a verb phrase: ", it seems ," is a parenthetical and the
// phrase goes on; ", almost five years after ..." (no new clause) goes on too;
// ", a senior official said" (a new clause) or the end of the sentence ends it.
int FastParser::Run::Parenthetical() {
  int at = pos_;
  // ", including the consul," names members of the object; when the verb's
  // infinitive follows, the phrase goes on ("ordered three diplomats,
  // including the consul, to leave").
  if (EqualsAnyIgnoreCase(Word(pos_ + 1), {"including", "notably"}) && StartsNounPhrase(pos_ + 2)) {
    int prn = NewNode("PRN");
    Append(prn, Leaf(pos_++));
    int pp = NewNode("PP");
    Append(pp, Leaf(pos_++));
    Append(pp, NounPhrase(/*subject=*/false));
    Append(prn, pp);
    if (Tag(pos_) == "," && Tag(pos_ + 1) == "TO" && IsVerb(Tag(pos_ + 2))) {
      Append(prn, Leaf(pos_++));
      return prn;
    }
    pos_ = at;  // no infinitive of the verb goes on after it: the phrase ends
    return -1;
  }
  if (in_leading_clause_ && StartsClause(pos_ + 1)) return -1;
  if (StartsClause(pos_ + 1)) {
    int prn = NewNode("PRN");
    Append(prn, Leaf(pos_++));
    Append(prn, ParseClause(/*embedded=*/true));
    // ", the ministry said, accusing Pakistan of ...": a participle after the
    // aside hangs from the sentence, as it does with no aside; the verb
    // phrase ends at the comma before it.
    if (Tag(pos_) == "," && Tag(pos_ + 1) == "VBG") return prn;
    if (Tag(pos_) == "," && pos_ + 1 < n_ && Tag(pos_ + 1) != ".") {
      Append(prn, Leaf(pos_++));
      return prn;
    }
    pos_ = at;  // a clause of its own, not a parenthetical: the phrase ends
    return -1;
  }
  // ", also denounced Iran": a verb after the comma (and adverbs) starts a
  // predicate of its own ("X, which has provided aid to Y, also denounced Z").
  std::string_view next = Tag(pos_ + 1);
  if (pos_ + 1 >= n_ || next == "." || next == "CC" || next == "``" ||
      IsVerb(Tag(SkipAdverbs(pos_ + 1))))
    return -1;
  return Leaf(pos_++);
}

void FastParser::Run::Complements(int vp) {
  while (true) {
    int c = Complement();
    if (c < 0) return;
    Append(vp, c);
  }
}

// (VP v1 [adverbs] (VP v2 ... (VP vn complements))): each verb heads its own VP
// so that the coder sees auxiliaries, negation and passive participles.
int FastParser::Run::VerbChain(const std::vector<int>& chain, size_t k,
                               const std::vector<int>& adverbs_after) {
  int vp = NewNode("VP");
  Append(vp, Leaf(chain[k]));
  for (int a : adverbs_after) {
    if (a > chain[k] && (k + 1 == chain.size() || a < chain[k + 1])) Append(vp, Leaf(a));
  }
  if (k + 1 < chain.size()) {
    Append(vp, VerbChain(chain, k + 1, adverbs_after));
  } else {
    int outer_verb = verb_;
    verb_ = chain[k];
    Complements(vp);
    verb_ = outer_verb;
  }
  return vp;
}

// A verb group and its complements; coordinated verb phrases are wrapped:
// (VP (VP attacked X) (CC and) (VP seized Y)).
int FastParser::Run::VerbPhrase(bool after_to) {
  std::vector<int> chain, adverbs;
  while (pos_ < n_) {
    if (!chain.empty() && IsParticipleAfterAuxiliary(chain.back(), pos_)) {
      participle_ = pos_;  // "has celebrated" with "celebrated" tagged JJ: read as VBN
      chain.push_back(pos_++);
      break;
    }
    if (IsVerb(Tag(pos_))) {
      chain.push_back(pos_++);
      if (!IsAuxiliary(Word(chain.back()), Tag(chain.back()))) break;  // the main verb
    } else if (IsAdverb(Tag(pos_)) && !chain.empty() && IsVerb(Tag(SkipAdverbs(pos_)))) {
      adverbs.push_back(pos_++);  // "will not meet", "has also been"
    } else {
      break;
    }
  }
  if (chain.empty()) return -1;
  int vp = VerbChain(chain, 0, adverbs);
  std::string_view main_tag = Tag(chain.back());
  if (BelongsToOuterVerb(pos_, main_tag, chain)) return vp;
  while (true) {
    // A quoted complement's closing quote does not end the phrase: "called
    // the plan "reckless" and recalled its envoy" coordinates the two verbs,
    // in the main clause ("insisted that it was 'not guilty' and rejected").
    if (verb_ < 0 && Tag(pos_) == "''" && CoordinatedVerbAt(pos_ + 1)) Append(vp, Leaf(pos_++));
    // "to expel X and to impose Y": the second "to" stands in the
    // coordination, so the second verb shares the first one's subject.
    bool infinitives =
        after_to && Tag(pos_) == "CC" && Tag(pos_ + 1) == "TO" && Tag(pos_ + 2) == "VB";
    if (!infinitives && !CoordinatedVerbAt(pos_) && !ContinuesVerbList(pos_, chain)) break;
    int coordination = Wrap("VP", vp);
    Append(coordination, Leaf(pos_++));
    if (infinitives) Append(coordination, Leaf(pos_++));
    if (IsAdverb(Tag(pos_))) Append(coordination, Wrap("ADVP", Leaf(pos_++)));
    Append(coordination, VerbPhrase(infinitives));
    vp = coordination;
  }
  return vp;
}

// "criticised the decision to allow the protest and cancelled a visit",
// "rejected the statement made by India and summoned its envoy": after "and"
// at i, a past tense like the verb whose complement this phrase is, where
// this phrase's verb is an infinitive or a bare participle, coordinates with
// that outer verb, not with this one.
bool FastParser::Run::BelongsToOuterVerb(int i, std::string_view main_tag,
                                         const std::vector<int>& chain) const {
  if (verb_ < 0 || Tag(i) != "CC") return false;
  int next = SkipAdverbs(i + 1);
  // "would not recognise the order to leave and called on ...": a past form
  // never coordinates with an infinitive after "to".
  if (main_tag == "VB" && chain.size() == 1 && Tag(chain.front() - 1) == "TO" &&
      (Tag(next) == "VBD" || Tag(next) == "VBN"))
    return true;
  if (Tag(verb_) == "VBD" && Tag(next) == "VBD" &&
      (main_tag == "VB" || (main_tag == "VBN" && chain.size() == 1) ||
       NamesInFreeRelative(chain.front()))) {
    return true;
  }
  if (IsSmallClauseOfParticiple(main_tag, chain) && Tag(next) == "VBD") return true;
  // "accused Gulen of orchestrating the coup and called/VBN on Washington":
  // a past form does not coordinate with a gerund; nor does any finite verb
  // ("offered to play a role in easing tensions and urged Pakistan to ...").
  if (main_tag == "VBG" && chain.size() == 1 &&
      ((Tag(verb_) == "VBD" && Tag(next) == "VBN") || IsFinite(Tag(next))))
    return true;
  if (in_relative_clause_) return false;
  if (chain.size() >= 2)
    return ContinuesReporter(next, chain.front()) && TakesBareClause(Word(verb_));
  // "denied that Cuba had anything to do with it and accused X of ...": after
  // a reported verb without an auxiliary, a past verb of speech (not after a
  // free relative's: "said what it wanted and demanded ...").
  if (Tag(verb_) != "VBD" || Tag(next) != "VBD" || !IsVerbOfSpeech(Word(next))) return false;
  for (int k = verb_ + 1; k < chain.front(); ++k) {
    if (Tag(k) == "WP" || Tag(k) == "WDT") return false;
  }
  return TakesBareClause(Word(verb_));
}

// "Obama said Egyptians had made their voices heard and urged the military":
// a bare participle after the object of a participle ("made their voices
// heard", "had him arrested") is that participle's small clause; a past tense
// after "and" coordinates with an outer verb, never with it.
bool FastParser::Run::IsSmallClauseOfParticiple(std::string_view main_tag,
                                                const std::vector<int>& chain) const {
  return Tag(verb_) == "VBN" && main_tag == "VBN" && chain.size() == 1 && chain.front() > verb_ + 1;
}

// Whether the verb at `verb` names what a free relative before it stands for:
// "condemned [what it called a coup] and demanded ...", where the next verb
// is the outer one's.
bool FastParser::Run::NamesInFreeRelative(int verb) const {
  if (!EqualsAnyIgnoreCase(Word(verb), {"called", "termed", "described", "dubbed", "branded",
                                        "labelled", "labeled", "considered", "saw"}))
    return false;
  for (int i = verb - 1; i >= 0 && i >= verb - 4; --i) {
    if (Tag(i) == "WP" && EqualsLower(Word(i), "what")) return true;
    if (IsVerb(Tag(i)) || IsPunctuationStop(Tag(i))) return false;
  }
  return false;
}

// After a reported clause with an auxiliary ("denied that its forces had
// attacked the base"), whether the verb at `next`, after "and", is the
// reporter's: one in the reporting verb's tense but not in the reported one's
// ("says its troops are fighting X and has denied"), or a verb of saying or
// judging in the past ("... and accused Abiy", "... and called the reports").
bool FastParser::Run::ContinuesReporter(int next, int first_of_reported) const {
  std::string_view tag = Tag(next);
  if (IsFinite(tag) && tag == Tag(verb_) && tag != Tag(first_of_reported)) return true;
  return Tag(verb_) == "VBD" && (tag == "VBD" || tag == "VBN") && IsVerbOfSpeech(Word(next));
}

// "suspended the constitution, closed the borders and imposed a curfew": at
// the comma, a verb of the same form as the one before, with "and" or "or"
// and another such verb later in the sentence, goes on a list of predicates.
// A participle with an object counts as a past tense there ("The junta
// dissolved/VBN the cabinet, banned/VBN rallies and imposed a curfew").
bool FastParser::Run::ContinuesVerbList(int i, const std::vector<int>& chain) const {
  std::string_view main_tag = Tag(chain.back());
  if (in_relative_clause_ || Tag(i) != ",") return false;
  bool past = chain.size() == 1 && IsPastInList(chain.back());
  if (!past && (!IsFinite(main_tag) || Tag(i + 1) != main_tag)) return false;
  if (past && !IsPastInList(i + 1)) return false;
  for (int j = i + 2; j + 1 < n_ && Tag(j) != "."; ++j) {
    if (Tag(j) != "CC") continue;
    int later = SkipAdverbs(j + 1);
    if (past ? IsPastInList(later) : Tag(later) == main_tag) return true;
  }
  return false;
}

// A past tense, or a participle the tagger gave for one: with its object.
bool FastParser::Run::IsPastInList(int verb) const {
  return Tag(verb) == "VBD" || IsPastTenseParticiple(verb);
}

// "was forced", "had been asked": a participle after a form of "be".
bool FastParser::Run::IsPassiveParticiple(int verb) const {
  if (Tag(verb) != "VBN") return false;
  int before = verb - 1;
  while (IsAdverb(Tag(before))) --before;
  return EqualsAnyIgnoreCase(Word(before), {"was", "were", "is", "are", "be", "been", "being"});
}

// "was forced to resign by the army", "were asked to leave by police": in an
// infinitive after a passive participle, "by" and its phrase name the
// participle's agent (unless the infinitive is passive itself: "to be
// replaced by").
bool FastParser::Run::AgentOfOuterPassive() const {
  return in_passive_infinitive_ && Tag(pos_) == "IN" && EqualsLower(Word(pos_), "by") &&
         !IsPassiveParticiple(verb_) && StartsNounPhrase(pos_ + 1);
}

// "Once troops withdrew, ...": "once" (tagged as an adverb) before a clause
// that a comma closes opens it, as "after" does.
bool FastParser::Run::OpensLeadingClause(int i) const {
  return OpensSentence(i) && Tag(i) == "RB" && EqualsLower(Word(i), "once") && StartsClause(i + 1);
}

// Whether only quote marks stand before word i.
bool FastParser::Run::OpensSentence(int i) const {
  for (int k = 0; k < i; ++k) {
    if (Tag(k) != "``") return false;
  }
  return true;
}

// "Hours after missiles hit Kyiv, ...", "A week before the vote, ...": a span
// of time that measures the clause of time after it, before the sentence's
// subject. The index of its conjunction ("after", "before", "since",
// "when"), or -1.
int FastParser::Run::SpanBeforeLeadingClause(int i) const {
  // (Later in the sentence, "..., five years after crowds trashed its
  // embassy, an official said" measures the clause before it.)
  if (!OpensSentence(i)) return -1;
  int end = BaseNounPhraseEnd(i);
  if (end <= i || end - i > 3) return -1;
  std::string_view unit = Word(end - 1);
  if (!IsTimeSpan(unit) && !IsTimeWord(unit) && !EqualsLower(unit, "moments")) return -1;
  if (Tag(end) != "IN" && Tag(end) != "WRB") return -1;
  if (!EqualsAnyIgnoreCase(Word(end), {"after", "before", "since", "when"})) return -1;
  return StartsClause(end + 1) || StartsNounPhrase(end + 1) ? end : -1;
}

// A clause of time or cause before the sentence's subject: the clause after
// its comma is the sentence's, not a parenthetical of its verb ("After the
// council demanded a truce, jets struck Gaza, killing dozens").
int FastParser::Run::LeadingClause() {
  bool outer = in_leading_clause_;
  in_leading_clause_ = true;
  int sbar = ClauseAfterSubordinator();
  in_leading_clause_ = outer;
  return sbar;
}

// Material before the subject: "On Monday ,", "After the talks ,".
int FastParser::Run::LeadingPhrase() {
  std::string_view t = Tag(pos_);
  if (OpensLeadingClause(pos_)) return LeadingClause();
  if (int conjunction = SpanBeforeLeadingClause(pos_); conjunction > pos_) {
    // (ADVP (NP Hours) (SBAR after ...)) or (ADVP (NP A week) (PP before ...)).
    int advp = NewNode("ADVP");
    Append(advp, BaseNounPhrase());
    Append(advp, StartsClause(pos_ + 1) ? LeadingClause() : PrepositionalPhrase());
    return advp;
  }
  if ((t == "IN" || t == "WRB") && IsSubordinator(Word(pos_)) && StartsClause(pos_ + 1))
    return LeadingClause();
  if (t == "IN" || t == "TO") return PrepositionalPhrase();
  if (IsAdverb(t)) return Wrap("ADVP", Leaf(pos_++));
  if (t == "``" || t == "''" || t == "-LRB-" || t == ":") return Leaf(pos_++);
  return -1;
}

// ", who held talks with Guterres ," or ", which borders Iraq ,", ", whom
// agencies have linked to ... ,": a relative clause set off by commas after a
// subject, its own verb or its own subject right after it.
bool FastParser::Run::StartsRelativeClauseAfterComma(int i) const {
  // ", whose troops clashed with ... ,": "whose" and its noun are the subject.
  if (Tag(i) == "," && Tag(i + 1) == "WP$") return StartsClause(i + 1);
  if (Tag(i) != "," || (Tag(i + 1) != "WP" && Tag(i + 1) != "WDT")) return false;
  if (EqualsLower(Word(i + 1), "whom")) return StartsClause(i + 2);
  if (!EqualsLower(Word(i + 1), "who") && !EqualsLower(Word(i + 1), "which")) return false;
  // ", which Russia annexed in 2014,": the clause has a subject of its own.
  return IsVerb(Tag(SkipAdverbs(i + 2))) || StartsClause(i + 2);
}

// The relative clause after the subject and the commas around it, so that
// the predicate after it ("Sharif, who ..., thanked donors") keeps the
// subject: (S (NP Sharif) (, ,) (SBAR (S (NP who) (VP held ...))) (, ,) (VP thanked ...)).
void FastParser::Run::AppendRelativeClause(int s) {
  Append(s, Leaf(pos_++));
  // "who" before a verb is the clause's subject; else, like "which", its
  // subordinator.
  bool subject_relative =
      (Tag(pos_) == "WP" && IsVerb(Tag(SkipAdverbs(pos_ + 1)))) || Tag(pos_) == "WP$";
  if (subject_relative) {
    Append(s, Wrap("SBAR", ParseClause(/*embedded=*/true)));
  } else {
    // ", which police put/VBN at 338,000, wound ...": its comma closes it too.
    int sbar = NewNode("SBAR");
    Append(sbar, Leaf(pos_++));
    object_relative_next_ = true;
    Append(sbar, ParseClause(/*embedded=*/true));
    Append(s, sbar);
  }
  // ("Biden, who had urged Netanyahu to seek "a significant de-escalation",
  // said ...": the quote the clause ends with closes before its comma.)
  if (Tag(pos_) == "''" && Tag(pos_ + 1) == "," && IsVerb(Tag(SkipAdverbs(pos_ + 2))))
    Append(s, Leaf(pos_++));
  if (Tag(pos_) == "," && IsVerb(Tag(SkipAdverbs(pos_ + 1)))) Append(s, Leaf(pos_++));
}

// "The soldiers who announced the coup suspended ...": a relative clause
// right after a subject, without commas, its verb right after "who".
bool FastParser::Run::StartsRestrictiveRelativeClause(int i) const {
  return Tag(i) == "WP" && EqualsLower(Word(i), "who") && IsVerb(Tag(SkipAdverbs(i + 1)));
}

// "Gunmen led by Speight stormed ...", "Troops armed with machine guns
// surrounded ...": a participle and its preposition right after the subject,
// the clause's own verb still to come.
bool FastParser::Run::StartsReducedRelativeClause(int i) const {
  if (Tag(i + 1) != "IN" && Tag(i + 1) != "TO") return false;
  // "Rebels fighting for independence in Papua said ...": a present
  // participle whose phrases lead straight to the finite verb qualifies the
  // subject too.
  if (Tag(i) == "VBG") return MainVerbAfterPhrases(i + 1) > 0 && !SubordinatorBeforeVerb(i + 1);
  if (Tag(i) != "VBN") return false;
  // "Gunmen disguised as soldiers attacked ...": "as" before a noun phrase is
  // the participle's preposition, no subordinator.
  const int phrase = EqualsLower(Word(i + 1), "as") && StartsNounPhrase(i + 2) ? i + 2 : i + 1;
  return !IsPastTenseParticiple(i) &&
         (FiniteVerbsAhead(i + 1) == 1 || MainVerbAfterPhrases(i + 1) > 0) &&
         !SubordinatorBeforeVerb(phrase);
}

// "that/which/whom/who" at i with a subject and its finite verb after it, and
// a further finite verb later in the clause: a relative clause whose object
// is the phrase before it ("the tanker that marines seized was released").
bool FastParser::Run::StartsObjectRelativeClause(int i) const {
  if (!EqualsAnyIgnoreCase(Word(i), {"that", "which", "whom", "who"})) return false;
  std::string_view t = Tag(i);
  if ((t != "WDT" && t != "WP" && t != "IN" && t != "DT") || !StartsNounPhrase(i + 1)) return false;
  const int verb = SkipAdverbs(MemberEnd(i + 1));
  if (!IsFinite(Tag(verb)) && !IsPastTenseParticiple(verb)) return false;
  return FiniteVerbsAhead(i + 1) >= 2;
}

// Whether a subordinator ("after", "when") comes before the next verb from
// i: "moved/VBN into the city after rebels attacked" is the main clause.
bool FastParser::Run::SubordinatorBeforeVerb(int i) const {
  for (int k = i; k < n_ && !IsVerb(Tag(k)) && Tag(k) != "," && Tag(k) != "."; ++k) {
    if ((Tag(k) == "IN" || Tag(k) == "WRB") && IsSubordinator(Word(k))) return true;
  }
  return false;
}

// "computers seized at the camp showed [that] X had ...": after a participle
// with no object, the first finite verb that only prepositional phrases part
// from it is the main clause's, whatever its own clause holds. Its index, or
// -1 when something else comes first (a conjunction, a comma, a
// subordinator: "moved into the city after rebels attacked").
int FastParser::Run::MainVerbAfterPhrases(int i) const {
  for (int k = i; k < n_; ++k) {
    std::string_view t = Tag(k);
    if (IsFinite(t)) return k > i + 1 && IsNoun(Tag(k - 1)) ? k : -1;
    if ((t == "IN" || t == "TO") && !IsSubordinator(Word(k))) continue;
    if (k == i && EqualsLower(Word(k), "as")) continue;  // "disguised as soldiers attacked"
    if (IsNoun(t) || IsAdjective(t) || IsDeterminer(t) || t == "CD" || t == "POS" || t == "PRP$")
      continue;
    return -1;
  }
  return -1;
}

// How many finite verbs (each verb group's first) lie from i to the end of
// the sentence or the next comma.
int FastParser::Run::FiniteVerbsAhead(int i) const {
  int count = 0;
  bool after_auxiliary = false;  // "will not meet" tagged VBP: one group
  for (; i < n_ && Tag(i) != "." && Tag(i) != ","; ++i) {
    std::string_view t = Tag(i);
    if ((IsFinite(t) || IsPastTenseParticiple(i)) && !after_auxiliary) ++count;
    if (!IsAdverb(t)) after_auxiliary = IsVerb(t) && IsAuxiliary(Word(i), t);
  }
  return count;
}

// In a relative clause on the subject, the last finite verb is the main
// clause's: it ends the relative clause rather than joining it as a small
// clause or a bare complement.
bool FastParser::Run::EndsSubjectRelativeClause() const {
  if (in_subject_relative_ && pos_ == reduced_relative_end_) return true;
  return in_subject_relative_ && (IsFinite(Tag(pos_)) || IsPastTenseParticiple(pos_)) &&
         FiniteVerbsAhead(pos_) == 1;
}

int FastParser::Run::ParseClause(bool embedded) {
  int s = NewNode("S");
  const bool object_relative = object_relative_next_;
  object_relative_next_ = false;
  while (pos_ < n_ && ((!StartsNounPhrase(pos_) && !IsVerb(Tag(pos_))) ||
                       OpensLeadingClause(pos_) || SpanBeforeLeadingClause(pos_) > pos_)) {
    int lead = LeadingPhrase();
    if (lead < 0) break;
    Append(s, lead);
    if (Tag(pos_) == ",") Append(s, Leaf(pos_++));
  }
  bool subject = StartsNounPhrase(pos_);
  int subject_start = pos_;
  if (subject) Append(s, SubjectNounPhrase());
  while (Tag(pos_) == "," && (StartsNounPhrase(pos_ + 1) || IsAdverbBeforeApposition(pos_)) &&
         (!StartsClause(pos_ + 1) || IsAgeAfterName(pos_)) &&
         !StartsRelativeClauseAfterComma(pos_)) {
    // An apposition: "Arnor, the state's fiercest foe, said ..."
    const bool age = IsAgeAfterName(pos_);
    Append(s, Leaf(pos_++));
    while (IsAdverb(Tag(pos_))) Append(s, Wrap("ADVP", Leaf(pos_++)));  // "now a businessman"
    Append(s, NounPhrase(/*subject=*/false));
    // (After an age, the comma opens the description: "Mendoza, 55, a police inspector, seized".)
    if (age && Tag(pos_) == "," && StartsNounPhrase(pos_ + 1) && !StartsClause(pos_ + 1)) continue;
    // ... with its clause: "Arnor, a state that hosts the envoys, said".
    for (int close = AppositionClauseEnd(pos_); pos_ < close;) {
      int c = Complement();
      Append(s, c >= 0 ? c : Leaf(pos_++));
    }
    // ... or its "who" clause, which its comma closes: "Warner, the diplomat
    // who heads the mission, urged" (the predicate keeps the subject).
    if (int close = AppositionWhoClauseEnd(pos_); close > pos_) {
      const int at = pos_;
      const int clause = Wrap("SBAR", ParseClause(/*embedded=*/true));
      if (pos_ == close) {
        Append(s, clause);
      } else {
        pos_ = at;  // the clause ran past its comma: read on as before
      }
    }
    // (Not the comma that opens a relative clause on the subject, read next:
    // "Rajoelina, 34, who was sacked as mayor, called ...".)
    if (Tag(pos_) == "," && !StartsRelativeClauseAfterComma(pos_)) Append(s, Leaf(pos_++));
  }
  if (subject && StartsRelativeClauseAfterComma(pos_)) AppendRelativeClause(s);
  // "The two women, Siti Aisyah of Indonesia and Doan Thi Huong of Vietnam,
  // were charged ...", "The Pakistani Taliban, or Tehrik-i-Taliban Pakistan,
  // claimed ...": the comma that closes a subject whose members a comma
  // sets apart leaves the verb after it to the subject.
  if (subject && Tag(pos_) == "," && IsFinite(Tag(SkipAdverbs(pos_ + 1))) &&
      HasCommaBetween(subject_start, pos_))
    Append(s, Leaf(pos_++));
  if (int aside = subject ? ParticipleAsideEnd(pos_) : -1; aside >= 0) {
    Append(s, Leaf(pos_++));
    int clause = NewNode("S");
    while (IsAdverb(Tag(pos_))) Append(clause, Wrap("ADVP", Leaf(pos_++)));
    if (Tag(pos_) == "VBD") participle_ = pos_;  // "initialled/VBD last week": read as VBN
    Append(clause, VerbPhrase());
    Append(s, clause);
    while (pos_ <= aside) Append(s, Leaf(pos_++));  // the closing comma
  }
  if (int aside = subject ? AdverbAsideEnd(pos_) : -1; aside >= 0) {
    Append(s, Leaf(pos_++));
    while (pos_ < aside) Append(s, Wrap("ADVP", Leaf(pos_++)));
    Append(s, Leaf(pos_++));  // the closing comma
  }
  if (int aside = subject ? PrepositionAsideEnd(pos_) : -1; aside >= 0) {
    while (pos_ < aside) {
      if (IsAdverb(Tag(pos_)) || Tag(pos_) == ",") {
        Append(s, IsAdverb(Tag(pos_)) ? Wrap("ADVP", Leaf(pos_++)) : Leaf(pos_++));
        continue;
      }
      int c = Complement();
      Append(s, c >= 0 ? c : Leaf(pos_++));
    }
    if (pos_ == aside) Append(s, Leaf(pos_++));  // the closing comma
  }
  if (subject && StartsReducedRelativeClause(pos_)) {
    bool outer = in_subject_relative_;
    int outer_end = reduced_relative_end_;
    in_subject_relative_ = true;
    reduced_relative_end_ = MainVerbAfterPhrases(pos_ + 1);
    Append(s, Wrap("SBAR", Wrap("S", VerbPhrase())));
    in_subject_relative_ = outer;
    reduced_relative_end_ = outer_end;
  }
  if (subject && StartsRestrictiveRelativeClause(pos_) && FiniteVerbsAhead(pos_ + 1) >= 2) {
    bool outer = in_subject_relative_;
    in_subject_relative_ = true;
    Append(s, Wrap("SBAR", ParseClause(/*embedded=*/true)));
    in_subject_relative_ = outer;
    // "Castillo, a novice who won the election, had faced ...": the comma
    // closes an apposition and its relative clause; the predicate follows.
    if (Tag(pos_) == "," && IsVerb(Tag(SkipAdverbs(pos_ + 1)))) Append(s, Leaf(pos_++));
  }
  // "The diplomat whom militants kidnapped in March met ...": an object
  // relative clause after the subject ends before the sentence's last
  // finite verb, which is the subject's.
  if (subject && StartsObjectRelativeClause(pos_)) {
    bool outer = in_subject_relative_;
    in_subject_relative_ = true;
    Append(s, ClauseAfterSubordinator());
    in_subject_relative_ = outer;
  }
  // "South Africa's top court on Tuesday sentenced ...": the time is the clause's.
  while (Tag(pos_) == "IN" && StartsTimePhrase(pos_)) {
    Append(s, PrepositionalPhrase());
    // ("The United States on Wednesday, September 2, imposed": the comma
    // that closes a date leaves the verb to the subject.)
    if (ClosesDateAfterWeekday(pos_) && IsVerb(Tag(SkipAdverbs(pos_ + 1)))) Append(s, Leaf(pos_++));
  }
  while (IsAdverb(Tag(pos_)) && !IsVerb(Tag(pos_ - 1))) Append(s, Wrap("ADVP", Leaf(pos_++)));
  if (IsVerb(Tag(pos_))) {
    bool outer = in_relative_clause_;
    in_relative_clause_ =
        object_relative || (subject && (Tag(subject_start) == "WP" || Tag(subject_start) == "WDT" ||
                                        Tag(subject_start) == "WP$"));
    Append(s, VerbPhrase());
    in_relative_clause_ = outer;
  }
  if (embedded) return s;
  // Top level: a comma may open a further clause (", a senior official said").
  while (pos_ < n_ && Tag(pos_) != ".") {
    if (Tag(pos_) == "," || Tag(pos_) == ":" || Tag(pos_) == "CC") {
      Append(s, Leaf(pos_++));
    } else if (StartsNounPhrase(pos_) || IsVerb(Tag(pos_))) {
      int before = pos_;
      Append(s, ParseClause(/*embedded=*/true));
      if (pos_ == before) Append(s, Leaf(pos_++));
    } else {
      int c = Complement();
      Append(s, c >= 0 ? c : Leaf(pos_++));
    }
  }
  if (Tag(pos_) == ".") Append(s, Leaf(pos_++));
  return s;
}

void FastParser::Parse(std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, Tree* tree) {
  tree->Clear();
  nodes_.clear();
  if (words.empty() || words.size() != tags.size()) return;
  // Repairs are rare: the tags are copied only when one is made.
  bool repaired = false;
  const bool opening_preposition = tags[0] == "IN" && !IsSubordinator(words[0]);
  for (size_t i = 0; i < words.size(); ++i) {
    if (EqualsLower(words[i], "that")) {
      int verb = VerbOfThatClause(words, tags, i);
      if (verb < 0 || (tags[i] == "IN" && tags[verb] != "VBN")) continue;
      if (!repaired) tags_.assign(tags.begin(), tags.end());
      repaired = true;
      tags_[i] = "IN";
      if (tags[verb] == "VBN") tags_[verb] = "VBD";
      continue;
    }
    bool past = (tags[i] == "NN" &&
                 ((words[i].ends_with("ed") && IsPastTenseTaggedAsNoun(words, tags, i)) ||
                  IsBarePastAfterName(words, tags, i))) ||
                IsPastAfterSubordinateSubject(words, tags, i) ||
                IsPredicateAfterSubjectAside(words, tags, i) ||
                IsCoordinatedPastAfterName(words, tags, i);
    // (A participle: "a video posted/VBD by his aides".)
    if (!past && (IsParticipleBeforeBy(words, tags, i) ||
                  (opening_preposition && IsParticipleInOpeningPhrase(words, tags, i)))) {
      if (!repaired) tags_.assign(tags.begin(), tags.end());
      repaired = true;
      tags_[i] = "VBN";
      continue;
    }
    bool adjective = !past && IsArmedForces(words, tags, i);
    bool infinitive =
        !past && !adjective &&
        (IsInfinitiveTaggedAsNoun(tags, i) || IsInfinitiveAfterIntention(words, tags, i));
    bool noun = !past && !adjective && !infinitive &&
                (IsTearGas(words, tags, i) || IsPowerReturnedTo(words, tags, i) ||
                 IsBaseVerbAfterPossessive(tags, i));
    bool present =
        !past && !adjective && !infinitive && !noun &&
        (IsPresentTaggedAsPlural(words, tags, i) || IsPresentAfterRelativePronoun(words, tags, i));
    if (!past && !adjective && !infinitive && !noun && !present) continue;
    if (!repaired) tags_.assign(tags.begin(), tags.end());
    repaired = true;
    tags_[i] = past ? "VBD" : adjective ? "JJ" : noun ? "NN" : present ? "VBZ" : "VB";
  }
  Run run(words, repaired ? std::span<const std::string_view>(tags_) : tags, &nodes_);
  int sentence = run.Sentence();
  int root = tree->AddNode(-1, "ROOT");
  // Preorder copy with an explicit stack: (node, parent in tree).
  std::vector<std::pair<int, int>> stack{{sentence, root}};
  while (!stack.empty()) {
    auto [node, parent] = stack.back();
    stack.pop_back();
    const PNode& p = nodes_[node];
    int here = tree->AddNode(parent, p.label, p.word);
    std::vector<int> children;
    for (int c = p.first_child; c >= 0; c = nodes_[c].next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, here});
  }
}

}  // namespace dyad::parse
