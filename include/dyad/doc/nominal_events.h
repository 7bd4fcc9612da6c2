// Events an article tells with a noun rather than a verb, when the noun
// phrase names both parties: "Russia's annexation of Crimea", "the U.S.-led
// invasion of Iraq", "the expulsion of 23 Russian diplomats by Britain". The
// head is one of a closed list of deed nouns, each with its CAMEO code; the
// agent is a possessive ("Russia's"), a modifier that codes ("Israeli", "U.S.
// military"), "X-led" or "by X" after the patient; the patient follows the
// noun's own prepositions ("of", "on", "against"; "an incursion into", "the
// attack on", not "a strike against", a labour strike). Both must code as
// actors. A deed that is denied,
// alleged, planned, threatened or feared ("accused Iran of the killing of",
// "plans for an invasion of") is no event; so is one the phrase does not date
// right after it ("since Russia's invasion of Ukraine" is background a story
// repeats; "the invasion of Iraq in 2003" is dated). Precision comes first:
// pronouns, places after "in" and phrases with no explicit agent are left
// alone.
//
// Protests are told by a noun too: "protests erupted in the capital", "the
// march took place on Sunday", "a general strike paralysed the country" (the
// noun the subject of a verb of happening; "rally", "march" and "strike" only
// with a word of politics: "a mass rally", "a general strike", "a march
// against"). The crowd is civilians of no country, "---CVL", against what
// "against" names, else against the article's country's government (an open
// target the article resolves). Not when a crowd's verb of the sentence told
// a protest, nor after a cue of no deed ("could spread", "feared").
//
// Truces too: "A ceasefire between Israel and Hamas took effect on Friday"
// (the noun, before "between X and Y", the subject of a verb of its
// beginning: "took effect", "came into force", "began", "was agreed";
// a participle's "brokered by Egypt" may stand between) is declared by each
// side to the other (0871). Not a truce called for, feared or talked about
// ("called for a ceasefire between", "talks on a truce between").
//
// Diplomacy too: "a phone call between Erdogan and Putin" (041), "Trump's
// summit with Putin", "talks between X and Y in 2019" (040), "a 2014 peace
// deal between Manila and the MILF" (057) are mutual, each party's to each
// other; "Modi's visit to Moscow", "a visit to Chad this week by Netanyahu"
// (042) go to the country visited. Talks, calls and meetings count when the
// phrase introduces them ("a call between"), names whose they are, or dates
// them; a deal only when dated ("the deal between X and Y" is background);
// "after/for talks with X" are the clause's subject's (the source of an
// event a verb coded before it). Not one called for, proposed, hoped for,
// ruled out, cancelled or still to come, nor a named old agreement ("the Iran
// nuclear deal"). A third party that brokered, mediated or hosted the deal,
// talks or truce ("X-brokered", "brokered by X") mediated (045) between the
// parties "between" names, else those of the sentence's events of 03-08.
#ifndef DYAD_DOC_NOMINAL_EVENTS_H_
#define DYAD_DOC_NOMINAL_EVENTS_H_

#include <span>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::doc {

// The nouns each of FindNominalEvents' readers starts from, in lower case: a
// sentence with none of a reader's nouns has nothing for it (SentenceGates).
std::span<const std::string_view> NounsOfDeeds();     // "invasion of", "annexation of"
std::span<const std::string_view> NounsOfProtests();  // "a protest against"
std::span<const std::string_view> NounsOfContacts();  // truces, talks, visits, calls, deals

// Which of FindNominalEvents' readers to run.
struct NominalReaders {
  bool deeds = true;
  bool protests = true;
  bool contacts = true;
};

// Appends to `events` the deeds told by noun phrases in the sentence `words`
// (tagged `tags`), coded at `date`; none that `events` already has with the
// same source, target and CAMEO root. The verb tokens of each are its noun.
void FindNominalEvents(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, Date date,
                       std::vector<code::Event>* events, NominalReaders readers = {});

// Whether `events` already has an event from `source` to `target` of
// `code`'s CAMEO root: a deed a verb told is not told again by its noun or a
// reaction.
bool HasEventOfRoot(const std::vector<code::Event>& events, std::string_view source,
                    std::string_view target, std::string_view code);

}  // namespace dyad::doc

#endif  // DYAD_DOC_NOMINAL_EVENTS_H_
