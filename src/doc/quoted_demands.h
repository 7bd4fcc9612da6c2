// What a quote opened by a party says that party must do ('"Iran must release
// the ship now," the British foreign secretary said', '"Japan will pay a
// heavy price," the Chinese foreign ministry said'): the speaker's demand or
// threat on it, as "The British foreign secretary said Iran must release the
// ship" is by the verb dictionary's patterns of "say" ("* TARGET_&10MUSTRELEASE
// => 1053", "* TARGET_will pay a heavy price => 130"). The patterns are read once from the
// dictionary; a quote is matched against them without a second coding pass.
#ifndef DYAD_SRC_DOC_QUOTED_DEMANDS_H_
#define DYAD_SRC_DOC_QUOTED_DEMANDS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dict/dictionaries.h"

namespace dyad::doc {

class QuotedDemands {
 public:
  explicit QuotedDemands(const dict::Dictionaries& dicts);

  // The pattern of "say" that the words from `at` (right after a party:
  // "must release the ship ...") match, its elements one after the other,
  // the longest; null if none. `length`
  // is set to the number of words it matched.
  const dict::Pattern* Match(std::span<const std::string_view> words, int at, int* length) const;

  // The speaker's own response promised in a quote that opens with "we" at
  // `at` ('"We will respond firmly," the ministry said'), read as "said it
  // would respond firmly" is: the pattern of "say" whose synset of responses
  // ("it will respond firmly", "we will retaliate") the words match, "we"
  // standing for "it"; null if none. `length` is the words matched; a
  // pattern that names its target after them ("... against TARGET") wants a
  // party at `at` + `length` (the caller's to check).
  const dict::Pattern* MatchOwnResponse(std::span<const std::string_view> words, int at,
                                        int* length) const;

 private:
  int MatchElement(const dict::PatternElement& e, std::span<const dict::WordId> ids,
                   size_t at) const;
  int MatchResponse(int synset, std::span<const dict::WordId> ids) const;
  void ReadIds(std::span<const std::string_view> words, int at) const;

  const dict::Dictionaries& dicts_;
  std::vector<int> patterns_;   // "* TARGET_w_w...", of the verb "said"
  std::vector<int> responses_;  // "* &SYNSET (w ... TARGET)" of "it would ..."
  dict::WordId it_ = dict::kUnknownWord, we_ = dict::kUnknownWord;
  std::vector<dict::WordId> starts_;       // the words they can start with ("MUST")
  mutable std::vector<dict::WordId> ids_;  // scratch: the words from `at`, as ids
  mutable std::string upper_;
};

}  // namespace dyad::doc

#endif  // DYAD_SRC_DOC_QUOTED_DEMANDS_H_
