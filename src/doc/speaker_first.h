// A sentence whose reported words come first and whose speaker closes it
// ('"Russia must withdraw its troops," the French foreign minister said on
// Monday.', 'Russia must withdraw its troops, the minister said.', '"...,"
// said the minister.', or stands aside in it: 'Russia, the minister said,
// must withdraw its troops') tells the speaker's own act (a demand, a threat, an
// appeal) as the same words in the other order do ("The French foreign
// minister said Russia must withdraw its troops": FRAGOV RUS 1056). The
// coder sets such a closing attribution aside, so the article coder rewrites
// the sentence speaker first, codes the rewrite, and keeps of its events
// those of the verb of saying (its patterns read the reported clause), moved
// back to the sentence's own words. The reported clause's own events stay
// the original sentence's. A quote after its attribution ('The minister
// said: "Russia must withdraw its troops."'), which the coder does not read
// through the colon and the marks, is rewritten so too. Private to src/doc.
#ifndef DYAD_DOC_SPEAKER_FIRST_H_
#define DYAD_DOC_SPEAKER_FIRST_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/code/coder.h"
#include "dyad/doc/quotes.h"
#include "dyad/text/tokenizer.h"

namespace dyad::doc {

// A sentence rewritten speaker first: "<speaker> <verb> <clause> .".
struct SpeakerFirst {
  std::string text;         // the rewritten sentence
  std::vector<int> origin;  // each rewritten token's index in the sentence (-1: the final stop)
  int verb = -1;            // the verb's rewritten token; the speaker's are [0, verb)
  int verb_origin = -1;     // the verb's token in the sentence
  std::string verb_text;    // ... as written
  WordSpan clause;          // the reported clause's rewritten tokens
  bool quoted = false;      // the clause was inside quotation marks

  void Clear();
};

// Rewrites the sentence `tokens` (of the article `text`; `words` their
// texts, tagged `tags`,
// with the quotes `quotes`) speaker first into `out` when its reported
// clause opens it and a closing attribution names its speaker; false if
// the sentence has no such shape (then `out` is not to be used).
bool RewriteSpeakerFirst(std::string_view text, std::span<const text::Token> tokens,
                         std::span<const std::string_view> words,
                         std::span<const std::string_view> tags, const SentenceQuotes& quotes,
                         SpeakerFirst* out);

// Moves the events of the rewritten sentence's verb of saying (`coded`, its
// source the speaker, its target in the clause) back to the sentence's own
// tokens and appends them to `events`, replacing the events `events` gave
// that verb; returns how many it appended.
int TakeSpeakerActs(const SpeakerFirst& r, std::vector<code::Event>* coded,
                    std::vector<code::Event>* events);

}  // namespace dyad::doc

#endif  // DYAD_DOC_SPEAKER_FIRST_H_
