// Persons by the day of the deed: the coder codes a sentence's actors at the
// story's date, but a deed the article dates earlier ("was shot dead on
// Wednesday" two days before the story, "had demanded since February that he
// step down") names its persons as they were that day: a president killed in
// office is HTIGOV on the day he was killed, though HTIELI when the story ran.
// Used by the article coder (article_coder.cc) once an event has its date.
// Private to dyad::doc.
#ifndef DYAD_SRC_DOC_DATED_ACTORS_H_
#define DYAD_SRC_DOC_DATED_ACTORS_H_

#include <string>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/dates.h"

namespace dyad::doc {

// The last day of the period that starts on `first` ("in August 2020": the
// 31st, or an upper bound of it).
Date LastDayOf(Date first, DatePrecision precision);

// `code`, one party of an event coded at `story`, named by `info` (its words,
// or the antecedent they stand for), as of the event's period [first, last]
// before `story`: set to the code the same words give a person on every day
// of the period, when that differs and the words give `code` at `story`.
// Returns whether `code` changed; false for anything but a person's entry.
bool RecodeAtEventDate(const dict::Dictionaries& dicts, const code::ActorProvenance& info,
                       Date story, Date first, Date last, std::string* code);

// "UNICEF condemned the abduction", "the U.N. refugee agency urged ...", "UN
// troops": the article writes a body of the United Nations system (an
// agency, a court, a force: IGOUNOKID, IGOUNOHCR, IGOUNOMIL) as the UN
// itself, IGOUNO, as the gold conventions do (docs/articles.md); the
// dictionaries and the sentence coder keep the body's own code. Returns
// whether `code` changed.
bool CodeUnBodyAsTheUn(std::string* code);

}  // namespace dyad::doc

#endif  // DYAD_SRC_DOC_DATED_ACTORS_H_
