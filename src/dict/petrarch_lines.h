// Line-level helpers shared by the PETRARCH/TABARI dictionary readers.
#ifndef DYAD_SRC_DICT_PETRARCH_LINES_H_
#define DYAD_SRC_DICT_PETRARCH_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/dict/vocabulary.h"

namespace dyad::dict::petrarch {

// The meaningful part of a dictionary line: "" for blank lines and lines that
// begin "<!" (XML-style comments); otherwise the text before any '#', trimmed.
std::string_view CleanLine(std::string_view line);

// Splits "NAME_WITH PARTS" into upper-case words; adjacent[i] is true when
// word i+1 was joined to word i with '_' (must be adjacent) rather than a space.
// A trailing '_' is ignored.
void SplitName(std::string_view name, Vocabulary* vocabulary, std::vector<WordId>* words,
               std::vector<bool>* adjacent);

// The regular plural of an upper-case noun: TROOP -> TROOPS, PARTY -> PARTIES,
// CHURCH -> CHURCHES.
std::string PluralOf(std::string_view noun);

// The regular forms of an upper-case verb: BASE, BASE+S, BASE+ED, BASE+ING with
// the usual spelling rules (AGREE -> AGREES AGREED AGREEING, RACE -> RACED RACING,
// CARRY -> CARRIES CARRIED, PRESS -> PRESSES).
std::vector<std::string> RegularVerbForms(const std::string& base);

// Extracts the contents of every [...] group in `s`, in order.
std::vector<std::string_view> BracketGroups(std::string_view s);

}  // namespace dyad::dict::petrarch

#endif  // DYAD_SRC_DICT_PETRARCH_LINES_H_
