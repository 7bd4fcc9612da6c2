// The coder's internal stages, in the order CodeSentence runs them.
#ifndef DYAD_SRC_CODE_STAGES_H_
#define DYAD_SRC_CODE_STAGES_H_

#include <span>
#include <vector>

#include "code/sentence.h"
#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::code {

// Marks the tokens of comma-delimited clauses whose word counts fall in the
// option ranges as deleted, but with `keep_participles` not a last clause that
// starts with a participle adding an event ("..., accusing it of ...")
// (commas.cc).
void RemoveCommaClauses(const CoderOptions& options, bool keep_participles, Sentence* s);

// "including X", "such as X", "among them X", "notably X": where the members
// named after the word at `marker` begin, -1 if it opens no such list
// (commas.cc).
int FirstListedMember(const Sentence& s, int marker);

// "along with", "together with", "as well as", "alongside" at token t: the
// number of its words, 0 if none; a companion of the party before it follows
// (commas.cc).
int CompanionWords(const Sentence& s, int t);

// Scratch space for asking a PhraseResolver, reused from sentence to sentence.
struct ResolverScratch {
  std::vector<std::string_view> words;   // the sentence's words as written
  std::vector<Mention> mentions;         // the phrases before the one asked about
  int mentions_end = 0;                  // ... of units [0, mentions_end)
  std::vector<dict::WordId> unit_words;  // a compound unit's words, for names with "and"
};

// Codes every phrase of every unit that still has words, with actors and agents
// at `date`, then lets `resolver` (may be null) recode single phrases
// (actor_coding.cc).
void CodePhrases(const dict::Dictionaries& dicts, Date date, PhraseResolver* resolver, Sentence* s,
                 ResolverScratch* scratch);

// The mentions of units [0, end_unit) of a coded sentence (actor_coding.cc).
void CollectMentions(const Sentence& s, int end_unit, std::vector<Mention>* out);
// Writes the mentions of units [begin_unit, end_unit) over those of `out`
// from its `*n`th on, adding more where it has none, and sets `*n` past the
// last written.
void WriteMentions(const Sentence& s, int begin_unit, int end_unit, std::vector<Mention>* out,
                   size_t* n);

// The result of matching one pattern.
struct PatternBinding {
  int source = -1;    // unit bound by $ (or %), -1 if none
  int target = -1;    // unit bound by + (or % after the verb)
  int compound = -1;  // unit bound by %
  // The first token a word or synset after the verb matched, -1 if none.
  int first_word = -1;
};

// dyad's dictionaries: a number written in digits stands for the pattern word
// "thousands" from two thousand ("300,000"), and for "hundreds" from two
// hundred ("460") (pattern_match.cc). Empty when it stands for neither, and
// for a year ("2011": four digits, no comma, 1900-2099).
std::string_view NumberWord(const Token& token);

// Whether unit `unit` of `s` only says when ("in December", "on Tuesday
// evening", "last week", "again next month", "yesterday"): its words do
// (Unit::says_when, set by BuildSentence) and none of its phrases is coded.
// Such a phrase holds no party (pattern_match.cc).
bool OnlySaysWhen(const Sentence& s, int unit);

// Matches `pattern` against the words after the verb (`lower`, token indices
// in sentence order) and before it (`upper`, token indices from the verb
// backwards) (pattern_match.cc).
bool MatchPattern(const dict::Dictionaries& dicts, const dict::Pattern& pattern, const Sentence& s,
                  std::span<const int> lower, std::span<const int> upper, PatternBinding* binding);

// A verb phrase whose verb some transformation names as the reporting verb
// ("say"): its events are [begin_event, end_event); the events after them, up
// to the end of its phrase, are the reported ones.
struct ReportingVerb {
  int block = -1;
  int end_token = 0;
  size_t begin_event = 0, end_event = 0;
  std::string source;  // the reporting verb's source code
  ActorProvenance source_info;
};

// Rewrites the reported events by the dictionary's transformations and drops
// the reporting verb's own events when it reports any (transformations.cc).
// `blocks` gives each event's verb block.
void ApplyTransformations(const dict::Dictionaries& dicts, const ReportingVerb& reporting,
                          std::vector<Event>* events, std::vector<int>* blocks);

// Whether the verb at `verb_token` is stated as future or intended: "will
// meet", "would attack", "plans to send", "is to visit" (modality.cc).
bool StatesFuture(const Sentence& s, int verb_token);

// Whether the verb at `verb_token` states no fact but a possibility, an
// obligation, a condition or a question: "could kill", "must withdraw", "if
// Russia attacked", "whether X would invade", "Will Turkey attack?", "a
// campaign to remove him", "wants Beijing to cut tariffs", "allegations that
// X attacked", "accused X of ... and of supporting rebels" (modality.cc).
bool StatesHypothesis(const Sentence& s, int verb_token);

// Whether the verb at `verb_token` is a plan or intention that is denied:
// "had no plans to speak", "has no intention of sending", or a deed a denial
// says did not happen: "denied that its troops had fired", or one withheld:
// "stopped short of blaming", "refrained from criticising". A negation.
bool DeniesIntention(const Sentence& s, int verb_token);
// The intent code of `code` ("040" -> "036", "190" -> "138") by the
// dictionaries' intent table; codes without one are returned as they are.
std::string IntentCode(const dict::Dictionaries& dicts, const std::string& code);

// dyad's dictionaries: the broker a participle names ("a U.S.-brokered
// agreement", "a deal brokered by China") mediates (045) between the parties
// of the sentence's events, when there are two or more (brokers.cc).
void AddBrokerMediation(const dict::Dictionaries& dicts, Date date, const Sentence& s,
                        std::vector<Event>* events);

// dyad's dictionaries: "the ELN said it had kidnapped ...": an armed group
// outside the state that says it did violence (18, 19, 20) claims
// responsibility for it; adds a 015 event, at the verb of saying, for each
// such deed nested in it (claims.cc).
void AddClaimsOfResponsibility(const Sentence& s, std::vector<Event>* events);

// dyad's dictionaries: "Foreign Minister Joly said Canada would expel more
// diplomats": a country whose own government reports what it does acts as
// that government (CANGOV); the deed's source is the speaker's code
// (claims.cc).
void GiveCountrysDeedsToItsGovernment(const Sentence& s, std::vector<Event>* events);

// True for words (any case) that multi-word verbs may skip over ("called the talks off").
bool IsSkippableWord(std::string_view word);

// dyad: the unit an object relative clause describes, when the verb at
// `verb_token` is that clause's ("the tanker, which marines seized", "a
// tanker that Britain seized": the tanker's), else -1.
int ObjectRelativeAntecedent(const Sentence& s, int verb_token);  // parties.cc

// dyad: "praised the army after visiting Somalia", "met Wen before leaving
// for Tokyo": whether `vp` is a participle after a conjunction of time,
// without a subject of its own (parties.cc).
bool IsAdverbialParticiple(const Sentence& s, const VerbPhrase& vp);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_STAGES_H_
