// The speaker's own act in a sentence that closes with its speaker
// (speaker_first.h), through the article coder with dyad's own dictionaries
// and tagger, on sentences written for this test.
#include "doc/speaker_first.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/doc/article.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

class SpeakerFirstTest : public PipelineTest {
 protected:
  // "SOURCE TARGET CODE" of the events of the last sentence of `text` whose
  // code starts with `root`.
  static std::vector<std::string> Last(std::string_view text, std::string_view root) {
    ArticleCoder coder(*dicts_, parser_, nullptr, code::CoderOptions{}, ArticleOptions{});
    std::vector<std::string> out;
    coder.Code("t", text, 20240610, [&](const CodedSentence& s) {
      out.clear();
      for (const code::Event& e : s.result.events) {
        if (e.code.starts_with(root)) out.push_back(e.source + " " + e.target + " " + e.code);
      }
    });
    return out;
  }
};

TEST_F(SpeakerFirstTest, AQuotedDemandIsTheSpeakersDemand) {
  const std::vector<std::string> demand = {"CHLGOV PER 1056"};
  EXPECT_EQ(Last("\"Peru must withdraw its soldiers from the border,\" the Chilean foreign "
                 "minister said on Monday.",
                 "10"),
            demand);
  // ... without quotation marks, and with the verb before its speaker.
  EXPECT_EQ(Last("Peru must withdraw its soldiers from the border, the Chilean foreign minister "
                 "said.",
                 "10"),
            demand);
  EXPECT_EQ(Last("\"Peru must withdraw its soldiers from the border,\" said the Chilean foreign "
                 "minister.",
                 "10"),
            demand);
  // ... with the attribution an aside in the clause, or followed by a
  // participle of its own.
  EXPECT_EQ(Last("Peru, the Chilean foreign minister said on Monday, must withdraw its soldiers "
                 "from the border.",
                 "10"),
            demand);
  EXPECT_EQ(Last("Peru must withdraw its soldiers from the border, the Chilean foreign minister "
                 "said, adding that talks would continue.",
                 "10"),
            demand);
  // ... and a quote after its attribution.
  EXPECT_EQ(Last("The Chilean foreign minister said: \"Peru must withdraw its soldiers from the "
                 "border.\"",
                 "10"),
            demand);
  // A conjunction or a short opening phrase before the clause's own words.
  EXPECT_EQ(Last("But Peru must withdraw its soldiers from the border, the Chilean foreign "
                 "minister said.",
                 "10"),
            demand);
  EXPECT_EQ(Last("\"After this incident, Peru must withdraw its soldiers from the border,\" the "
                 "Chilean foreign minister told reporters.",
                 "10"),
            demand);
  // A pronoun speaker is who it stands for.
  EXPECT_EQ(Last("The Chilean foreign minister arrived in Lima on Monday. \"Peru must withdraw "
                 "its soldiers from the border,\" she said.",
                 "10"),
            demand);
}

TEST_F(SpeakerFirstTest, AQuotedThreatIsTheSpeakersThreat) {
  EXPECT_EQ(Last("\"Peru will pay a heavy price,\" Chile's president told reporters.", "13"),
            std::vector<std::string>{"CHLGOV PER 130"});
  EXPECT_EQ(
      Last("\"Peru will face serious consequences,\" the Chilean defence minister warned.", "13"),
      std::vector<std::string>{"CHLGOV PER 130"});
  EXPECT_EQ(Last("Chile's president told reporters: \"Peru will pay a heavy price.\"", "13"),
            std::vector<std::string>{"CHLGOV PER 130"});
  EXPECT_TRUE(Last("Chile's president told reporters: \"Peru paid a heavy price.\"", "13").empty());
  // The clause's own verb told it already: no second threat.
  EXPECT_EQ(Last("\"We will retaliate against Peru,\" the Chilean army chief said.", "13"),
            std::vector<std::string>{"CHLMIL PER 138"});
}

TEST_F(SpeakerFirstTest, AReportedDeedOrAQuestionIsNoActOfTheSpeaker) {
  EXPECT_TRUE(Last("\"Peruvian soldiers shelled the border town overnight,\" the Chilean army "
                   "said.",
                   "1")
                  .empty());
  EXPECT_TRUE(Last("\"Will Peru withdraw its soldiers from the border?\" the Chilean foreign "
                   "minister asked.",
                   "10")
                  .empty());
  EXPECT_TRUE(Last("\"Peru should not withdraw its soldiers from the border,\" the Chilean "
                   "foreign minister said.",
                   "10")
                  .empty());
  EXPECT_TRUE(Last("Peru withdrew its soldiers from the border, the Chilean foreign minister "
                   "said.",
                   "10")
                  .empty());
  // (the clause's own deed is told as before)
  EXPECT_EQ(Last("Peruvian soldiers, the Chilean army said, shelled a Chilean border town.", "1"),
            std::vector<std::string>{"PERMIL CHL 194"});
  EXPECT_TRUE(Last("Peru must withdraw its soldiers from the border, officials said the Chilean "
                   "foreign minister told reporters.",
                   "10")
                  .empty());
  EXPECT_TRUE(Last("\"After this incident, Peru withdrew its soldiers from the border,\" the "
                   "Chilean foreign minister said.",
                   "10")
                  .empty());
}

}  // namespace
}  // namespace dyad::doc
