// Tests for the Lingua::EN::Tagger compiler: line syntax, tag renaming, the
// scores it derives, and errors naming file:line.
#include "tag/lingua.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "tag/test_model.h"

namespace dyad::tag {
namespace {

TEST(LinguaTest, CompilesTheInlineModel) {
  auto data = CompileLingua({testing::kWordsYml, testing::kUnknownYml, testing::kTagsYml});
  ASSERT_TRUE(data.ok()) << data.status().message();
  auto model = Model::Create(std::move(*data), "inline");
  ASSERT_TRUE(model.ok()) << model.status().message();
  for (std::string_view t : {"DT", ",", ".", "``", "-LRB-", "-RRB-", "CD", "NNP", "MD"}) {
    EXPECT_GE(model->TagId(t), 0) << t;
  }
  EXPECT_EQ(model->Lookup("``").size(), 1u);
  EXPECT_EQ(model->tag_name(model->Lookup("``")[0].tag), "``");
  EXPECT_EQ(model->Lookup("-cap-").size(), 5u);
  // The start row is the row after a full stop.
  const int dot = model->TagId("."), dt = model->TagId("DT");
  EXPECT_EQ(model->transition(model->num_tags(), dt), model->transition(dot, dt));
  EXPECT_NEAR(std::exp(model->transition(dot, dt)), 0.3, 0.01);
}

TEST(LinguaTest, ScoresAreLogOddsOverThePrior) {
  // Two words, 3 NN and 1 VB tokens in all: P(NN) = 0.75, P(VB) = 0.25.
  auto data = CompileLingua({"a: { nn: 2 }\n\"b c\": { nn: 1, vb: 1 }\n",
                             "\"-unknown-\": { nn: 1 }\n", "pp: { nn: 1 }\nnn: { pp: 1 }\n"});
  ASSERT_TRUE(data.ok()) << data.status().message();
  auto model = Model::Create(std::move(*data), "x");
  ASSERT_TRUE(model.ok());
  auto bc = model->Lookup("b c");
  ASSERT_EQ(bc.size(), 2u);
  EXPECT_NEAR(bc[0].score, std::log(0.5 / 0.75), 1e-6);
  EXPECT_NEAR(bc[1].score, std::log(0.5 / 0.25), 1e-6);
}

TEST(LinguaTest, ErrorsNameFileAndLine) {
  auto bad_line = CompileLingua({"--- #YAML:1.0\na: { nn: 1 }\nb: nn\n", "", "pp: { nn: 1 }\n",
                                 "words.yml", "unknown.yml", "tags.yml"});
  ASSERT_FALSE(bad_line.ok());
  EXPECT_EQ(bad_line.status().message(), "words.yml:3: expected 'key: { tag: number, ... }'");
  auto bad_tag = CompileLingua({"a: { nn: 1 }\n", "", "pp: { verb: 0.5 }\n"});
  ASSERT_FALSE(bad_tag.ok());
  EXPECT_EQ(bad_tag.status().message(), "tags.yml:1: unknown tag 'verb'");
  auto bad_number = CompileLingua({"a: { nn: x }\n", "", "pp: { nn: 1 }\n"});
  EXPECT_FALSE(bad_number.ok());
  auto repeated = CompileLingua({"a: { nn: 1 }\na: { vb: 1 }\n", "", "pp: { nn: 1 }\n"});
  ASSERT_FALSE(repeated.ok());
  EXPECT_EQ(repeated.status().message(), "words.yml:2: key 'a' repeated");
}

// "overran" (unknown) and "slew" (a noun only) become verbs; "took" and
// "goes" keep their counts; an "-ing" form is VBG, an "-s" form VBZ.
TEST(LinguaTest, DictionaryVerbFormsBecomeVerbs) {
  const std::vector<std::string> forms = {"overran",     "slew", "took",
                                          "outflanking", "goes", "vetoes"};
  LinguaSources sources{"slew: { nn: 6 }\ntook: { vbd: 3 }\ngoes: { vbz: 2 }\nvetoes: { nns: 1 }\n",
                        "\"-unknown-\": { nn: 1 }\n", "pp: { nn: 1 }\nnn: { pp: 1 }\n"};
  sources.verb_forms = forms;
  auto data = CompileLingua(sources);
  ASSERT_TRUE(data.ok()) << data.status().message();
  auto model = Model::Create(std::move(*data), "x");
  ASSERT_TRUE(model.ok());
  auto tags = [&](std::string_view w) {
    std::string out;
    for (const Candidate& c : model->Lookup(w)) out += std::string(model->tag_name(c.tag)) + " ";
    return out;
  };
  EXPECT_EQ(tags("overran"), "VBD VBN ");
  EXPECT_EQ(tags("slew"), "NN VBD VBN ");
  EXPECT_EQ(tags("took"), "VBD ");
  EXPECT_EQ(tags("outflanking"), "VBG ");
  EXPECT_EQ(tags("goes"), "VBZ ");
  EXPECT_EQ(tags("vetoes"), "NNS VBZ ");
  // The prior stays the words.yml one: "took" scores as without the forms.
  auto plain =
      CompileLingua({"slew: { nn: 6 }\ntook: { vbd: 3 }\ngoes: { vbz: 2 }\nvetoes: { nns: 1 }\n",
                     "\"-unknown-\": { nn: 1 }\n", "pp: { nn: 1 }\nnn: { pp: 1 }\n"});
  ASSERT_TRUE(plain.ok());
  auto plain_model = Model::Create(std::move(*plain), "y");
  ASSERT_TRUE(plain_model.ok());
  EXPECT_LT(std::abs(model->Lookup("took")[0].score - plain_model->Lookup("took")[0].score), 0.3);
}

}  // namespace
}  // namespace dyad::tag
