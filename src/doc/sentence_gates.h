// Which of the article layer's rarer readers a sentence needs. Each starts
// from words most sentences lack (a deed noun, "claimed", a verb of seizure,
// a word of feeling, a verb like "held"); GatesOf looks each of the sentence's words up once, in
// one table of all of them, in place of a scan of the sentence per reader.
#ifndef DYAD_DOC_SENTENCE_GATES_H_
#define DYAD_DOC_SENTENCE_GATES_H_

#include <span>
#include <string_view>

namespace dyad::doc {

struct SentenceGates {
  // FindNominalEvents' readers: NounsOfDeeds(), NounsOfProtests(), NounsOfContacts().
  bool deed_noun = false;
  bool protest_noun = false;
  bool contact_noun = false;
  bool claim = false;     // ClaimerOf: ClaimWords()
  bool seizure = false;   // FindSeizures: SeizureWords()
  bool hold = false;      // HoldersOf: HoldWords()
  bool storm = false;     // ReadStormedHolds: StormWords()
  bool reaction = false;  // FindDeedReactions: ReactionWords()
  bool placing = false;   // ArticleCoder's PlacingWord: PlacingWords()
};

SentenceGates GatesOf(std::span<const std::string_view> words);

}  // namespace dyad::doc

#endif  // DYAD_DOC_SENTENCE_GATES_H_
