// Persons by the day of the deed (see dated_actors.h).
#include "doc/dated_actors.h"

#include <string_view>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/doc/coreference.h"

namespace dyad::doc {

namespace {

// The code `words` give at `date`, and whether a person's entry named them.
std::string CodeOfPerson(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                         Date date, bool* person) {
  int actor = -1;
  std::string code = code::CodeNounPhraseActor(dicts, words, date, &actor);
  *person = actor >= 0 && dicts.actors.actors()[actor].person;
  return code;
}

// "President Ibrahim Boubacar Keita", "Prime Minister Bartholomew Ulufa'alu":
// words that open with a head of state's or government's title.
bool TitledAsLeader(std::span<const std::string_view> words) {
  if (words.size() < 2) return false;
  if (words[0] == "Prime" || words[0] == "Vice")
    return words[1] == "Minister" || words[1] == "President";
  return EqualsAnyIgnoreCase(words[0], {"President", "Premier", "Chancellor", "King", "Queen",
                                        "Emir", "Sultan", "Governor"}) &&
         words[0].front() >= 'A' && words[0].front() <= 'Z';
}

}  // namespace

Date LastDayOf(Date first, DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay:
      return first;
    case DatePrecision::kWeek:
      return AddDays(first, 6);
    case DatePrecision::kMonth:
      return first / 100 * 100 + 31;  // an upper bound is enough for comparing dates
    case DatePrecision::kYear:
      return first / 10000 * 10000 + 1231;
    case DatePrecision::kDecade:
      return (first / 10000 + 9) * 10000 + 1231;
  }
  return first;
}

bool RecodeAtEventDate(const dict::Dictionaries& dicts, const code::ActorProvenance& info,
                       Date story, Date first, Date last, std::string* code) {
  if (first == kNoDate || first >= story || code->size() < 3 || code->starts_with("---"))
    return false;
  // A resolved pronoun or surname ("he", "Moise"): the words it stands for.
  const std::string& text = info.antecedent.empty() ? info.text : info.antecedent;
  if (text.empty() || code->find('/') != std::string::npos ||
      info.antecedent.starts_with(Coreference::kArticleCountryAntecedent) ||
      info.antecedent.starts_with(Coreference::kDeedAntecedent) ||
      info.antecedent.starts_with(Coreference::kPlaceAntecedent))  // no person's words
    return false;
  if (info.antecedent.empty() &&
      (info.actor < 0 || !dicts.actors.actors()[info.actor].person))  // cheap: most parties
    return false;
  const std::vector<std::string_view> words = SplitWhitespace(text);
  bool person = false;
  if (CodeOfPerson(dicts, words, story, &person) != *code || !person) return false;
  std::string then = CodeOfPerson(dicts, words, first, &person);
  if (!person || then == *code || then.size() < 3 || then.starts_with("---")) return false;
  // "soldiers detained President Ibrahim Boubacar Keita and seized power in
  // August 2020": a period in which the office the person held at its start
  // ended (the deed often ending it) names them in office, as the text's
  // title ("President ...") does; any other change within the period, or a
  // name without the title ("Police in May seized ... Najib's family"),
  // leaves the code as it is.
  if (last != first && CodeOfPerson(dicts, words, last, &person) != then &&
      !(then.ends_with("GOV") && TitledAsLeader(words) &&
        CodeOfPerson(dicts, words, last, &person) == *code))
    return false;
  *code = std::move(then);
  return true;
}

bool CodeUnBodyAsTheUn(std::string* code) {
  constexpr std::string_view kUn = "IGOUNO";
  if (code->size() <= kUn.size() || !code->starts_with(kUn)) return false;
  code->resize(kUn.size());
  return true;
}

}  // namespace dyad::doc
