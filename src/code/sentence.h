// The coder's view of a sentence: a token sequence in which noun phrases are
// units ("Arnor", "the foreign minister of Gondor", a compound "Arnor and
// Gondor") and verb phrases are ranges. Built from a Penn Treebank tree by
// BuildSentence (sentence.cc); the tree's views must outlive it.
#ifndef DYAD_SRC_CODE_SENTENCE_H_
#define DYAD_SRC_CODE_SENTENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/dict/vocabulary.h"
#include "dyad/parse/tree.h"

namespace dyad::code {

struct Token {
  std::string_view text;
  std::string_view tag;
  dict::WordId word = dict::kUnknownWord;  // upper-cased text in the dictionaries' vocabulary
  int unit = -1;                           // the noun-phrase unit the token belongs to
  bool deleted = false;                    // removed with a comma-delimited clause
};

// One codable noun phrase. Its words are a slice of Sentence::phrase_words
// (not always contiguous tokens: a member of "Arnor and Gondor's ministers"
// has the words ARNOR MINISTERS).
struct Phrase {
  int word_begin = 0, word_end = 0;  // slice of Sentence::phrase_words
  std::string code;                  // "" until coded; "---" when nothing matched
  int actor = -1;                    // actor entry used, -1 if none
  std::vector<int> agents;           // agent entries used
  bool place = false;                // after "in", "at", ...
  // A capital named as a place or as the government ("Moscow"): its
  // country's code ("RUS"), which is what a visit goes to; "" otherwise.
  std::string capital_of;
  std::string antecedent;  // set when a PhraseResolver coded it
  // "thousands of Serbians": a crowd of a country's people, coded as its
  // civilians (SRBCVL) when it acts and as the country when acted upon.
  bool crowd = false;
  // "Indian missile strikes": an attack named by its maker's force (an
  // agent's "attack:" name), coded as the force when it acts and as the
  // country when acted upon.
  bool attack = false;
  // "ethnic Uzbeks", "ethnic Russian youths": an ethnic group, its state's
  // civilians, which says nothing of the country the sentence is at home in.
  bool ethnic = false;
};

// A unit is what a verb's source or target can be: a single phrase, or a
// compound whose events run to or from each member.
struct Unit {
  int token_begin = 0, token_end = 0;    // tokens covered
  int phrase_begin = 0, phrase_end = 0;  // member phrases
  bool compound = false;
  // Its words only say when ("next week", "on Monday"'s "Monday", "2011"):
  // no party, whatever the dictionaries make of them (OnlySaysWhen).
  bool says_when = false;
};

struct VerbPhrase {
  int verb_token = 0;  // the first child of the VP, a VB* word
  int end_token = 0;   // one past the VP's last token
  // Where the words before the verb begin: the VP itself, or for a VP
  // coordinated with earlier ones ("condemned X and promised Y") the start of
  // the coordination, so that "promised" looks past "condemned X" to the subject.
  int clause_start = 0;
  // For "was attacked (by X)": the participle that is the real verb, else -1.
  // The VP starts with a form of "be" whose VP complement starts with a VBN;
  // `passive_agent` says whether that complement holds a "by" phrase.
  int passive_verb = -1;
  bool passive_agent = false;
  // The units of the clause's subject (the NP before the VP in its S), if any.
  int subject_begin = 0, subject_end = 0;
  // For a predicate without a subject after ", and" in the sentence's clause
  // ("X said Y had shelled a post, and blamed Z"): the first unit of that
  // clause's subject, else -1.
  int conjoined_subject = -1;
  // Where the first clause nested directly in the VP starts ("said [that ...]",
  // "urged X [to ...]"); end_token if there is none. Before it are the verb's
  // own objects and prepositional phrases.
  int embedded_clause = 0;
  // "did not meet", "would never attack": a negation adverb in this VP or in
  // the VPs above it in the same clause, before the verb.
  bool negated = false;
};

struct Sentence {
  std::vector<Token> tokens;
  std::vector<dict::WordId> phrase_words;
  std::vector<Phrase> phrases;
  std::vector<Unit> units;
  std::vector<VerbPhrase> verb_phrases;  // in tree preorder
  // "..., killing 40 civilians": the tokens of a trailing casualty clause that
  // comma removal took out, [begin, end); its victims may still be the
  // target of the attack before it. -1 when there is none.
  int casualty_begin = -1, casualty_end = -1;

  void Clear();
  bool IsWord(int t) const { return !tokens[t].deleted; }
  // The unit's tokens joined by spaces (as written).
  std::string UnitText(int unit) const;
};

// Fills `sentence` from `tree`, looking words up in `vocabulary`. `upper` is
// scratch space for upper-casing.
void BuildSentence(const parse::Tree& tree, const dict::Vocabulary& vocabulary, Sentence* sentence,
                   std::string* upper);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_SENTENCE_H_
