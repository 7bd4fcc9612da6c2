// Tests for reading the verb dictionaries' irregular forms for the tagger.
#include "tag/dictionary_forms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::tag {
namespace {

TEST(DictionaryFormsTest, ReadsTheParenthesesOfLemmaLines) {
  std::vector<std::string> forms;
  CollectIrregularForms(
      "verb 190 fight\n"
      "  lemma: overrun (overran; overrun); fight (fought); besiege; shoot down (shot)\n"
      "  example: Rebels overran (the town) => REB --- 190\n"
      "  lemma: fight (fought); hit (hit; hitting); bad (Not Form; two words; x1)\n",
      &forms);
  EXPECT_EQ(forms,
            (std::vector<std::string>{"overran", "overrun", "fought", "shot", "hit", "hitting"}));
}

TEST(DictionaryFormsTest, MissingDirectoryIsNotFound) {
  auto forms = ReadIrregularForms("/nonexistent/dyad/verbs");
  EXPECT_FALSE(forms.ok());
}

}  // namespace
}  // namespace dyad::tag
