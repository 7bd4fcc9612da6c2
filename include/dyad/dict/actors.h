// Actor and agent dictionaries: who a noun phrase names.
//
// An actor is a named entity with one or more codes, each optionally limited
// to a date range ("FRAGOV from 2012-05-15"). An agent is a role noun
// ("police", "foreign minister") whose code is appended to the actor's code
// (~GOV: FRA -> FRAGOV) or prepended (NGO~). Both are read from PETRARCH/TABARI
// files by ReadPetrarchActors/ReadPetrarchAgents (src/dict/petrarch_reader.cc).
#ifndef DYAD_DICT_ACTORS_H_
#define DYAD_DICT_ACTORS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/dict/diagnostics.h"
#include "dyad/dict/phrase_index.h"

namespace dyad::dict {

// A code valid from `from` (inclusive, kNoDate = always) until `until`
// (exclusive, kNoDate = open-ended).
struct DatedCode {
  std::string code;
  Date from = kNoDate;
  Date until = kNoDate;
  bool restricted() const { return from != kNoDate || until != kNoDate; }
  bool Holds(Date d) const {
    return (from == kNoDate || d >= from) && (until == kNoDate || d < until);
  }
};

struct Actor {
  std::string name;  // the base name as written ("FRANCE_", "François Hollande")
  std::vector<DatedCode> codes;
  SourceRef where;
  std::string office;          // for a title: the office it names ("FRA.president")
  bool place_metonym = false;  // a capital: "Moscow said" is RUSGOV, "in Moscow" a place
  bool person = false;         // a `person` entry (dyad's format): "he" or "she" can refer to it
  bool country = false;        // a `country` entry (dyad's format): "the country" can refer to it
  std::string capital_city;    // for a capital's entry: the city ("Washington" for "White House")
  // The first restricted code that holds at `date`, else the first unrestricted
  // code, else "" (the actor is known but has no code then).
  std::string_view CodeAt(Date date) const;
};

struct Agent {
  std::string name;
  std::string code;     // without the ~
  bool prefix = false;  // NGO~ (prepend) rather than ~GOV (append)
  // dyad's "equipment:" names: they code only right after a named actor or
  // another agent ("Russian tanks", "U.S. military helicopters"), not alone
  // or after another noun ("tanks", "oil tanks").
  bool needs_owner = false;
  SourceRef where;
  // dyad's "attack:" names ("air strikes", "shelling"): equipment that is an
  // act, the owner's force when it acts and the owner itself when acted upon
  // ("condemned Indian missile strikes" acts on India).
  bool attack = false;
};

class ActorDictionary {
 public:
  PhraseIndex& names() { return names_; }
  const PhraseIndex& names() const { return names_; }
  std::vector<Actor>& actors() { return actors_; }
  const std::vector<Actor>& actors() const { return actors_; }

 private:
  PhraseIndex names_;  // entry = index into actors_
  std::vector<Actor> actors_;
};

class AgentDictionary {
 public:
  PhraseIndex& names() { return names_; }
  const PhraseIndex& names() const { return names_; }
  std::vector<Agent>& agents() { return agents_; }
  const std::vector<Agent>& agents() const { return agents_; }

 private:
  PhraseIndex names_;  // entry = index into agents_
  std::vector<Agent> agents_;
};

// Whether `role` (the letters after a code's country: "GOV" of "KENGOV") is
// one of a state's own bodies: government, army, police, courts, legislature.
bool IsStateRole(std::string_view role);

// Whether `code` is a country's own code, with no role ("RUS"): three capital
// letters that are no international, non-governmental or militant group's.
bool IsBareCountryCode(std::string_view code);

}  // namespace dyad::dict

#endif  // DYAD_DICT_ACTORS_H_
