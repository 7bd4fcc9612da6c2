// What names of people look like in news text, for coreference
// (coreference.cc): a proper name, a title before a name ("Prime Minister",
// "Chief Justice"), the personal name that ends a mention and its first word
// ("North Korean leader Kim Jong Un": "Kim Jong Un", "Kim"), and a month's
// name used as a date rather than a surname ("since May"). Private to
// dyad::doc; all views point into the caller's text.
#ifndef DYAD_SRC_DOC_PERSON_NAMES_H_
#define DYAD_SRC_DOC_PERSON_NAMES_H_

#include <span>
#include <string_view>

namespace dyad::doc {

// Whether `w` begins with an ASCII capital letter.
bool IsCapitalised(std::string_view w);
// Whether `w` begins with an ASCII lower-case letter ("the", "kingdom").
bool IsLowerCase(std::string_view w);
// "Hussein", "al-Hussein", "el-Sisi": a capitalised word, or one after an
// Arabic article.
bool IsNameWord(std::string_view w);
// "Kharkiv", "North Darfur", "Abu Bakr al-Baghdadi": one to four name words.
bool IsProperName(std::span<const std::string_view> words);
// The head of a phrase naming one person by office or kin: "minister", "father".
bool IsPersonRoleNoun(std::string_view w);
// Whether `text` (words joined by single spaces) ends in a name of one to
// three capitalised words right after a title: "U.S. Ambassador Lisa Kenna".
bool IsTitledName(std::string_view text);
// In a phrase of capitalised words that ends in a name of one to three words
// right after a title ("Police Chief Leon Mbeki", "Gen. Ana Ruiz"), the index
// of the name's first word; -1 if the phrase is not so.
int TitledNameStart(std::span<const std::string_view> words);
// The end of the titled name that is `words` or opens it before "of"
// ("Governor Babagana Zulum of Borno State": 3); 0 if there is none.
size_t TitledNameEnd(std::span<const std::string_view> words);
// The first word of the two- or three-word name that ends `text` after its
// title ("Prime Minister Theresa May": "Theresa"), "" if none.
std::string_view FirstOfName(std::string_view text);
// `text` if its last two words are name words ("... Maria Corina Machado"), else "".
std::string_view NameAtEnd(std::string_view text);
// Whether words[t], a month's name, is used as a date: "in May", "since
// March", "May 4"; "May said", ", May had given" name a person.
bool IsDateWord(std::span<const std::string_view> words, int t);

// The end of a name of two or three capitalised words set off by the comma
// words[comma] (", Roman Protasevich," ", Marcelo Ebrard said"), else -1.
int AppositiveNameEnd(std::span<const std::string_view> words, int comma);
// Whether `head` is a noun for one person ("journalist", "minister"), whom a
// name in apposition may name (not "group").
bool NamesOnePerson(std::string_view head);
// Whether the last word of `title` is a military rank: "Gen.", "Colonel"; not
// the "general" of an office ("Attorney General", "Secretary General").
bool IsMilitaryRank(std::span<const std::string_view> title);
// "Jr.", "III": what follows a family name without being one.
bool IsNameSuffix(std::string_view w);
// Whether `title` holds an acronym ("AMCU leader"): one the dictionaries do not
// know names an organisation, not a state, whose titles are not the state's.
bool HasAcronym(std::span<const std::string_view> title);

}  // namespace dyad::doc

#endif  // DYAD_SRC_DOC_PERSON_NAMES_H_
