// Unknown-word classes: the lexicon key a word stands for when the lexicon
// lacks it, after Lingua::EN::Tagger's classifier (its classes are the keys of
// unknown.yml plus the number and bracket keys of words.yml).
#ifndef DYAD_SRC_TAG_WORD_CLASS_H_
#define DYAD_SRC_TAG_WORD_CLASS_H_

#include <string_view>

#include "model.h"

namespace dyad::tag {

// The key for the Penn Treebank bracket tokens ("-LRB-" -> "*LRB*", "-RCB-" ->
// "*RCB*"), or an empty view for any other word.
std::string_view BracketKey(std::string_view word);

// The class key of `word`, first match wins: a bracket inside it ("*LRB*",
// "*RRB*"); a number ("3.5", "1,000", "1/2", "1990-91": "*NUM*"); digits then
// letters ("20th", "1990s": "*ORD*"); all capitals ("-abr-"); hyphenated
// ("-hyp-adj-" when the part after the last hyphen is an adjective in `model`,
// else "-hyp-"); punctuation only ("-sym-"); capitalised ("-cap-"); endings
// -ing, -s, -tion, -ly, -ed ("-ing-", ...); else "-unknown-". Static storage.
std::string_view UnknownWordClass(std::string_view word, const Model& model);

// Writes into *out the American spelling of a lower-case British one the
// lexicon (compiled from American text) lacks, and returns whether the word
// has a British ending: -ise/-yse and their forms ("recognises" ->
// "recognizes", "paralysed" -> "paralyzed", "organisation"), -our ("favoured"
// -> "favored", "neighbours"), a doubled l before -ed/-ing/-er ("travelled" ->
// "traveled"), -tre ("centres" -> "centers") and -ence for -ense ("defence").
bool AmericanSpelling(std::string_view word, std::string* out);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_WORD_CLASS_H_
