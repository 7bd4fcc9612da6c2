// The event coder: from a parsed sentence and a date to CAMEO-coded events.
//
// For each verb phrase the coder finds the verb in the verb dictionary, tries
// the patterns of its block against the words before and after it, and takes
// the source and target from the noun phrases the pattern marks or, failing
// that, from the nearest coded noun phrases before and after the verb. Noun
// phrases are coded with the actor and agent dictionaries at the sentence's
// date; compound phrases ("Arnor and Gondor") yield one event per member.
// Every event records the words and dictionary entries that produced it.
#ifndef DYAD_CODE_CODER_H_
#define DYAD_CODE_CODER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/base/status.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/tree.h"

namespace dyad::code {

struct CoderOptions {
  bool require_dyad = true;  // drop events whose source or target is unknown ("---")
  int new_actor_length = 0;  // >0: uncoded noun phrases of up to N words become "\"TEXT\"" actors
  // Comma-delimited clauses whose word counts fall in these ranges are removed
  // before coding (b = before the first comma, e = after the last, plain = between).
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // Negated events ("did not meet") are dropped unless this is set; then they
  // are kept with Event::negated set (dyad code --all-modalities).
  bool keep_negated = false;
  // Agentless passives of a state's coercion ("three journalists were
  // detained") are dropped unless this is set; then they are kept with
  // source "---" and Event::agentless set, for the document layer to name
  // the authorities of the place.
  bool keep_agentless = false;
  // dyad: a verb whose dictionary entry says its target may be implicit
  // ("target: counterpart", "resigned"; "target: civilians", "declared a
  // state of emergency") writes an event with an empty target and
  // Event::open_target set when the sentence names no one, for the document
  // layer to find the target in context. Off: such a verb codes nothing.
  bool keep_open_targets = false;

  // Applies a PETRARCH <Config option="..." value="..."> setting. Unknown
  // options and bad values are errors; options that do not affect coding
  // (stop_on_error, write_*) are accepted and ignored.
  Status Set(std::string_view option, std::string_view value);
};

// Where an actor in an event came from.
struct ActorProvenance {
  std::string text;                 // the noun phrase's words
  std::string entry;                // "file:line" of the actor entry, "" if none
  std::vector<std::string> agents;  // "file:line" of each agent entry
  std::string antecedent;           // "he", "the country": the earlier mention it stands for
  int actor = -1;                   // the actor entry (Dictionaries::actors), -1 if none
};

// Words [begin, end) of the sentence (the tree's leaves, in order); -1 if none.
struct TokenRange {
  int begin = -1, end = -1;
  bool empty() const { return begin < 0; }
};

struct Event {
  std::string source, target, code;
  bool passive = false;
  bool future = false;        // stated as future or intended ("will meet"), code mapped to intent
  std::string verb_text;      // the verb as it appears ("restore", "called off")
  std::string verb_entry;     // "file:line" of the verb form
  std::string pattern;        // the pattern as written, "" if the verb's own code was used
  std::string pattern_entry;  // "file:line" of the pattern
  ActorProvenance source_info, target_info;
  TokenRange source_tokens, target_tokens, verb_tokens;
  bool negated = false;  // only with CoderOptions::keep_negated
  // Only with CoderOptions::keep_negated: a possibility, condition, question
  // or attempt ("could attack", "a bid to oust him"), no fact.
  bool hypothetical = false;
  // Only with CoderOptions::keep_agentless: "was arrested", a state's
  // coercion whose doer the sentence leaves out (source "---").
  bool agentless = false;
  std::string reported_by;  // "X said Y attacked Z": X's code on the event Y -> Z
  // Only with CoderOptions::keep_open_targets: the target (empty) is left to
  // the document, of this kind.
  dict::ImplicitTarget open_target = dict::ImplicitTarget::kNone;
};

// A noun phrase of a coded sentence, as the document layer remembers it.
struct Mention {
  TokenRange tokens;
  std::string code;     // "---" when nothing matched
  int actor = -1;       // the actor entry, -1 if none
  bool place = false;   // after "in", "at", ...: a place, not a party
  bool plural = false;  // its last word is a plural noun
  bool compound = false;
  bool ethnic = false;  // "ethnic Albanians": a people, which lends no role its country
};

// Codes noun phrases the dictionaries cannot: pronouns and descriptions that
// stand for an earlier mention ("he", "the country"). The document layer
// implements it; the coder asks it about every single (non-compound) phrase.
class PhraseResolver {
 public:
  virtual ~PhraseResolver() = default;
  // Whether Resolve could apply to the phrase `words`, which the dictionaries
  // coded `code`, at all (cheap: checked first).
  virtual bool Handles(std::span<const std::string_view> words, std::string_view code) const = 0;
  // The phrase is words[begin, end) of the sentence `words` (as written);
  // `code` is what the dictionaries gave it ("---" for nothing); `earlier`
  // are the sentence's phrases before it. Returns true and sets `code` and
  // `antecedent` (the words referred to) to override.
  virtual bool Resolve(std::span<const std::string_view> words, int begin, int end,
                       std::span<const Mention> earlier, std::string* code,
                       std::string* antecedent) = 0;
  // How ResolveDeed's `antecedent` begins: "a deed of LKAINS".
  static constexpr std::string_view kDeedAntecedent = "a deed of ";
  // dyad: the phrase words[begin, end), the uncoded object of a reaction,
  // names a deed the document told ("condemned the strikes"); returns true
  // and sets `code` to its author and `antecedent` to what it refers to.
  virtual bool ResolveDeed(std::span<const std::string_view> words, int begin, int end,
                           std::string* code, std::string* antecedent) {
    (void)words, (void)begin, (void)end, (void)code, (void)antecedent;
    return false;
  }
  // dyad: who aid pledged without a recipient ("The EU offered 500 million
  // euros") goes to: the country the document is about; returns true and
  // sets `code` and `antecedent` if there is one.
  virtual bool ResolveRecipient(std::string* code, std::string* antecedent) {
    (void)code, (void)antecedent;
    return false;
  }
  // dyad: whether the phrase `words`, which the dictionaries coded as the
  // capital of `country` ("Tripoli": LBY), names the city of the document's
  // dateline, which lies in another country ("TRIPOLI, Lebanon"): a place.
  virtual bool NamesTheDatelinesCity(std::span<const std::string_view> words,
                                     std::string_view country) const {
    (void)words, (void)country;
    return false;
  }
};

struct Issue {
  std::string code;
  int count = 0;
};

struct SentenceResult {
  std::vector<Event> events;
  std::vector<Issue> issues;
  bool discarded = false;      // a discard phrase matched
  bool discard_story = false;  // ... and it discards the whole story
  std::string discard_phrase;
  void Clear();
};

// Codes a noun phrase given as its words (any case, as the tokenizer splits
// them) at `date`, exactly as the coder codes a sentence's noun phrases.
// Returns "---" when no actor or agent matches (or the actor has no code at
// that date); `info`, if given, receives the entries used.
std::string CodeNounPhrase(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                           Date date, ActorProvenance* info);
// The same, giving only the actor entry matched (`actor`: -1 if none), for
// callers that need no provenance (no "file:line" strings are made).
std::string CodeNounPhraseActor(const dict::Dictionaries& dicts,
                                std::span<const std::string_view> words, Date date, int* actor);

class Coder {
 public:
  // `dicts` must outlive the Coder. A Coder is not thread-safe (it owns scratch
  // space); use one per thread, sharing the dictionaries.
  Coder(const dict::Dictionaries& dicts, CoderOptions options);
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  CoderOptions& options() { return options_; }
  const CoderOptions& options() const { return options_; }

  // Codes `tree` (a sentence) as of `date`. `result` is cleared first.
  void CodeSentence(const parse::Tree& tree, Date date, SentenceResult* result);

  // Asks `resolver` (may be null; must outlive its use) about noun phrases.
  void set_resolver(PhraseResolver* resolver) { resolver_ = resolver; }

  // The noun phrases of the last sentence coded, in order.
  void LastMentions(std::vector<Mention>* out) const;

  // The intermediate form of the last sentence coded, for explanations:
  // tokens with their noun-phrase codes and the comma clauses removed.
  std::string DescribeLastSentence() const;

 private:
  struct Scratch;
  const dict::Dictionaries& dicts_;
  CoderOptions options_;
  PhraseResolver* resolver_ = nullptr;
  std::unique_ptr<Scratch> scratch_;
};

}  // namespace dyad::code

#endif  // DYAD_CODE_CODER_H_
