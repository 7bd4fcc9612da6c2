// Counts of people affected by an event, found in one tokenised sentence:
// "killing 224 people" -> killed 224 people; "hundreds injured" -> injured
// about 100; "police arrested at least 12 students" -> arrested >= 12. Part of
// document resolution (dyad::doc): the coder says what happened, this says to
// how many.
//
// Supported forms (N is a number phrase, NOUN an optional counted noun such as
// "people", "soldiers", "Palestinians", found within a few modifiers; with
// tags, any plural noun):
//  * verb [all] N [of] [NOUN]:  "killing 224 people", "the attack killed 130",
//    "killed all 298 people on board",
//    "police arrested 12 students", "displaced 2 million people", "injuring
//    dozens", "shot dead three Palestinians" (kill, injure, wound, hurt,
//    arrest, detain, displace, kidnap, abduct, evacuate, execute, massacre,
//    murder; listed inflections).
//  * N [of [the|its|their...]] [NOUN] [aux...] STATE: "30 people were killed",
//    "four of its soldiers were killed", "12 arrested", "130 dead", "left 12
//    dead", "leaving 5 wounded", "one person was shot dead", "12 dead
//    soldiers", "2 million have fled", "thousands of people protested", "5
//    are still missing", "10 were forced to flee", "5,000 took to the
//    streets". A
//    transitive participle with an object and no "be" before it ("3 bombs
//    killed 30 people") is an active verb, not a count of its subject.
//  * nominal: "a death toll of 130", "the toll rose to 130", "the death toll
//    from the strongest quake in 80 years rose above 2,400", "the deaths of
//    12 soldiers", "the arrest of 5 activists", "40 deaths", "12 arrests".
//  * between a counted noun and its state, a second noun ("18 officers and
//    soldiers have died") or an aside ("39 people, including two police
//    officers, were injured"); "700,000 people were forced from their homes".
//  * participants: "hundreds of protesters", "5,000 demonstrators" (when no
//    other form applies: "police killed 12 protesters" is a killed count).
// Numbers: digits ("130", "1,200", "3.5 million"), words ("five",
// "twenty-four", "two hundred and five", "a dozen", "half a million"), vague
// amounts (approximate, read as the least they mean: "dozens" 12, "scores"
// 20, "hundreds" 100, "thousands" 1,000, "millions" 1,000,000, "tens of
// thousands" 10,000, "hundreds of thousands" 100,000; "several"/"a few"
// hundred/thousand/dozen = 3 x unit),
// with qualifiers: "at least", "more than", "over", "no fewer than", "or more"
// (kAtLeast); "up to", "as many as", "at most", "fewer than", "less than",
// "no more than" (kAtMost); "nearly", "almost", "about", "around", "some",
// "roughly", "approximately", "an estimated", "close to" (kApproximate). An
// explicit qualifier wins over a vague amount's kApproximate.
// Not counts: years (a bare 1800..2100 after "in", "since", "the", ... or
// without a people noun), dates ("Nov. 13", "13 November"), money ("$30
// million", "30 dollars"), percentages, ages ("aged 30", "30 years old", "a
// 30-year-old"), times ("10:30", "10 p.m."), measures, labels ("Flight 9268"),
// "no one", and the N of "one of the N".
//  * coordinated counts, each on its own: "61 civilians and six soldiers were
//    killed", "killing 12 soldiers and three civilians" (the second a count
//    of people).
//  * one person after "a" or "an": "a protester died", "a police officer was
//    killed", "killing a teacher" (a singular person noun; not participants).
// Not handled: counts far from their trigger.
#ifndef DYAD_DOC_COUNTS_H_
#define DYAD_DOC_COUNTS_H_

#include <span>
#include <string_view>
#include <vector>

namespace dyad::doc {

enum class CountKind {
  kKilled,        // killed, dead, died, deaths, death toll
  kInjured,       // injured, wounded, hurt
  kArrested,      // arrested, detained
  kDisplaced,     // displaced, fled, homeless
  kKidnapped,     // kidnapped, abducted
  kParticipants,  // protesters, demonstrators, people who protested/marched
  kMissing,
  kEvacuated,
};

enum class CountQualifier { kExact, kAtLeast, kAtMost, kApproximate };

// "killed", "injured", "arrested", "displaced", "kidnapped", "participants",
// "missing", "evacuated".
const char* CountKindName(CountKind kind);
// "exact", "at least", "at most", "approximately".
const char* CountQualifierName(CountQualifier qualifier);

struct Count {
  CountKind kind;
  long number;
  CountQualifier qualifier;
  // Tokens [token_begin, token_end) of the whole phrase: trigger, number and
  // counted noun ("killing 224 people", "30 people were killed").
  int token_begin;
  int token_end;
  // The counted noun as written ("people", "soldiers"), empty if none. A view
  // into the caller's words: valid while they are.
  std::string_view who;
};

// A number phrase: words[begin, end) say `number`, qualified.
struct NumberPhrase {
  long number;
  CountQualifier qualifier;
  int end;
};

// Parses the number phrase starting exactly at words[begin] (qualifier
// included: "at least 30"), case-insensitively. Context is not checked here
// (FindCounts rejects dates, money and the like). Returns false if there is
// none.
bool ParseNumberPhrase(std::span<const std::string_view> words, int begin, NumberPhrase* out);

// Whether `words` has "a" or "an" right before a singular person noun or up to
// two words before it ("a protester", "an off-duty officer"), after a verb of
// the counts or a few words before a state ("killing a teacher", "a protester
// died"): the only counts without a number or an amount word. A cheap test for
// callers that skip FindCounts on sentences without numbers.
bool MayHaveCountOfOne(std::span<const std::string_view> words);

// Replaces `out`'s contents with the counts in one sentence, in word order,
// at most one per number phrase. `tags` are the words' Penn tags (used to
// recognise counted nouns and objects); pass an empty span if there are none
// (a span of another size is ignored). Allocates only when `out` must grow.
void FindCounts(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                std::vector<Count>* out);

}  // namespace dyad::doc

#endif  // DYAD_DOC_COUNTS_H_
