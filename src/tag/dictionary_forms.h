// The irregular verb forms that dyad's verb dictionaries list, read for the
// tagger's build step. Lingua's lexicon lacks many of them ("overran",
// "retook", "flung") or knows them only as nouns ("slew"), and a form the
// tagger never reads as a verb is never coded; dyad_tag_compile adds each
// listed form to the model as a verb (see AddVerbForms in lingua.h).
//
// A `lemma:` line (docs/dictionaries.md) lists base forms, each with its
// irregular forms in parentheses: `lemma: meet (met); overrun (overran; overrun)`.
#ifndef DYAD_SRC_TAG_DICTIONARY_FORMS_H_
#define DYAD_SRC_TAG_DICTIONARY_FORMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad::tag {

// Appends to *forms the parenthesised forms of the `lemma:` lines of one
// dictionary file's text: single lower-case words (letters and inner
// hyphens), each once. Other lines are ignored.
void CollectIrregularForms(std::string_view text, std::vector<std::string>* forms);

// The same for every *.txt file of `dir`, in name order. Errors:
// NotFound/IoError for the directory or a file.
StatusOr<std::vector<std::string>> ReadIrregularForms(const std::string& dir);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_DICTIONARY_FORMS_H_
