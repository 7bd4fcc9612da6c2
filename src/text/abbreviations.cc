// Abbreviation tables for news English. The lists are short and each lookup
// happens once per period, so a linear scan of string_views is fast enough and
// obviously right.
#include "text/abbreviations.h"

#include <algorithm>
#include <initializer_list>

namespace dyad::text::internal {

namespace {

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S", "a.m", "Ph.D", "e.g": letters in pieces of one or two, at least one dot.
bool IsDottedAcronym(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t piece = 0;
  for (char c : word) {
    if (c == '.') {
      if (piece == 0) return false;
      piece = 0;
    } else if (!IsAsciiLetter(c) || ++piece > 2) {
      return false;
    }
  }
  return piece > 0;
}

}  // namespace

Abbreviation ClassifyAbbreviation(std::string_view word) {
  if (word.empty()) return Abbreviation::kNone;
  if (word.size() == 1) {
    return word[0] >= 'A' && word[0] <= 'Z' ? Abbreviation::kInitial : Abbreviation::kNone;
  }
  if (In(word, {"a.m", "p.m", "A.M", "P.M"})) return Abbreviation::kTime;
  if (IsDottedAcronym(word)) return Abbreviation::kAcronym;
  if (In(word, {"Mr",   "Mrs", "Ms",   "Dr",   "Gen",    "Lt",   "Col",  "Maj",  "Capt",   "Sgt",
                "Cpl",  "Pvt", "Cmdr", "Adm",  "Brig",   "Sen",  "Rep",  "Gov",  "Pres",   "Prof",
                "Rev",  "Fr",  "St",   "Mt",   "Ft",     "Hon",  "Amb",  "Supt", "Insp",   "Det",
                "Atty", "Mme", "Mlle", "Msgr", "Messrs", "Sens", "Reps", "Govs", "Lt.-Gen"})) {
    return Abbreviation::kTitle;
  }
  if (In(word,
         {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})) {
    return Abbreviation::kMonth;
  }
  if (In(word, {"No", "Nos", "Art", "Vol", "Fig", "no"})) return Abbreviation::kNumber;
  if (In(word,
         {"Inc",    "Corp",  "Co",   "Ltd",  "Bros", "Jr",   "Sr",   "Esq",  "etc", "vs",  "cf",
          "approx", "est",   "Dept", "Univ", "Assn", "Ave",  "Blvd", "Rd",   "al",  "Ala", "Ariz",
          "Ark",    "Calif", "Colo", "Conn", "Del",  "Fla",  "Ga",   "Ill",  "Ind", "Kan", "Ky",
          "La",     "Md",    "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb", "Nev", "Okla",
          "Ore",    "Pa",    "Tenn", "Tex",  "Va",   "Vt",   "Wash", "Wis",  "Wyo"})) {
    return Abbreviation::kOther;
  }
  return Abbreviation::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  return In(word,
            {"The",    "A",       "An",    "He",       "She",    "It",      "They",      "We",
             "I",      "You",     "This",  "That",     "These",  "Those",   "There",     "Here",
             "His",    "Her",     "Its",   "Their",    "Our",    "My",      "But",       "And",
             "Yet",    "So",      "Or",    "In",       "On",     "At",      "For",       "From",
             "With",   "By",      "To",    "Of",       "If",     "When",    "While",     "After",
             "Before", "As",      "Since", "Although", "Though", "However", "Meanwhile", "Still",
             "Also",   "Now",     "Then",  "Many",     "Some",   "Most",    "All",       "Other",
             "Such",   "What",    "Who",   "Where",    "Why",    "How",     "Officials", "Police",
             "Asked",  "Earlier", "Later", "Last",     "Next"});
}

bool QualifiesTime(std::string_view word) {
  if (In(word, {"Monday",  "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",
                "January", "February",  "March",     "April",    "May",      "June",     "July",
                "August",  "September", "October",   "November", "December", "Jan",      "Feb",
                "Aug",     "Sept",      "Oct",       "Nov",      "Dec",      "local"})) {
    return true;
  }
  // A zone: "GMT", "EST", "ET", "UTC".
  return word.size() >= 2 && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace dyad::text::internal
