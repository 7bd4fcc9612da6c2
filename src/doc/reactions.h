// Reactions to a deed the article told, worded so that no verb of the
// dictionaries codes them: a feeling about the deed ("Washington said it was
// \"deeply concerned\" by the decision", "was disappointed at the move";
// horror alone, "said he was appalled.", at the deed of force told), a
// judgement of it in a reported clause ("Soria said the move was \"a hostile
// decision against Spain\"") and a name given to it ("called the move \"a stab
// in the back\"", "called India's decision \"unfortunate\""). Each is a
// denunciation (111) of the deed's author, or praise (051) when the words
// are praise ("pleased with the agreement", "called the deal historic").
// The deed is a coded phrase ("India's decision": IND) or a definite
// description of a deed the article told before (PhraseResolver::ResolveDeed,
// deeds.h: "the move", "the declaration"), one event for each of its
// authors. Who reacts is the subject of the feeling or of the verb of
// calling, or the speaker of the reported clause. No event whose target is
// its source's side, or that the sentence's verbs already coded. Also: a
// claim set off after its clause and rejected (120) or denied (016) by
// someone ("..., a claim Pakistan rejected": the sentence's speaker's), an
// accusation the accused denies in a relative clause on it ("Kiev accused
// Moscow ..., which the Kremlin denies": 016 to the accuser), and
// an appeal (0253) or demand (1053) for a release, made to the author of the
// article's abduction or detention ("called for his immediate release"; one
// the dictionaries coded against those to be released is retargeted so,
// the one place this pass changes an event). The article
// coder calls it after each sentence is coded, in article mode only; private
// to src/doc.
#ifndef DYAD_DOC_REACTIONS_H_
#define DYAD_DOC_REACTIONS_H_

#include <span>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::doc {

// The verb entry of the events FindDeedReactions appends: a reaction whose
// reactor may be the speaker of a quote it judges ('"Russia's actions are
// unacceptable," the French foreign minister said').
inline constexpr std::string_view kReactionEntry = "reaction to a deed";

// The words of feeling, judgement and calling FindDeedReactions starts
// from, in lower case: a sentence with none reacts to no deed (SentenceGates).
std::span<const std::string_view> ReactionWords();

// Appends to `events` the reactions to deeds in the sentence `words` (tagged
// `tags`, dated `date`), whose noun phrases the coder left as `mentions`;
// `deeds` names the author of a deed a definite description names (the
// article's memory); `dicts` code a speaker the coder set aside.
void FindDeedReactions(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags,
                       std::span<const code::Mention> mentions, Date date,
                       code::PhraseResolver* deeds, std::vector<code::Event>* events);

// The code the article's deed memory (deeds.h) keeps a court's ruling or a
// legislature's law under when no verb coded it: a deed, not words, that
// only "the ruling" (a court's), "the decision", "the law" and "the act" can
// name.
inline constexpr std::string_view kUncodedRuling = "0";

// "Ukraine's Supreme Court on Friday threw out the result ...": the code of a
// court that opens the sentence and acts right after it in the past tense
// (not a verb of saying, not negated), when none of the sentence's `events`
// is its; "" if none. A later "welcomed the ruling" names it. So does a
// legislature that enacts ("Ukraine's parliament passed a law ..."): a later
// "condemned the law" names it.
std::string_view BodyThatDecided(std::span<const std::string_view> words,
                                 std::span<const std::string_view> tags,
                                 std::span<const code::Mention> mentions,
                                 const std::vector<code::Event>& events);

// An accusation a noun phrase tells, whose author it names, though no verb
// coded it: "Ukrainian claims that Russian troops shelled the plant",
// "Washington's allegations", "police claims", "accusations by Human Rights
// Watch that ...". `accused` is the party named after "that", "of" or
// "against" ("" if none). A later "Moscow denied any involvement" or
// "rejected the allegations" answers `accuser` (deeds.h).
struct NominalAccusation {
  std::string_view accuser, accused;
};

// The code the article's deed memory keeps such an accusation under: one
// made against the accused (112), as if a verb had told it.
inline constexpr std::string_view kNominalAccusation = "112";

// The sentence's nominal accusations (above), in `found`.
void FindNominalAccusations(std::span<const std::string_view> words,
                            std::span<const code::Mention> mentions,
                            std::vector<NominalAccusation>* found);

}  // namespace dyad::doc

#endif  // DYAD_DOC_REACTIONS_H_
