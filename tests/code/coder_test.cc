// End-to-end tests of the coder on hand-written trees and inline dictionaries.
#include "dyad/code/coder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/test_dictionaries.h"

namespace dyad::code {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  CoderTest() : dicts_(testing::MakeDictionaries(testing::StandardText())) {}

  // "SRC TGT CODE" for each event of `tree` at `date`.
  std::vector<std::string> Code(const std::string& tree, Date date = 20150609) {
    tree_text_ = tree;
    Status s = parse::ReadTree(tree_text_, &tree_);
    EXPECT_TRUE(s.ok()) << s.message();
    Coder coder(*dicts_, options_);
    coder.CodeSentence(tree_, date, &result_);
    std::vector<std::string> out;
    for (const Event& e : result_.events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  std::unique_ptr<dict::Dictionaries> dicts_;
  CoderOptions options_;
  std::string tree_text_;
  parse::Tree tree_;
  SentenceResult result_;
};

using Events = std::vector<std::string>;

TEST_F(CoderTest, VerbCodeWithSubjectAndObject) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Germany))) (. .)))"),
            Events{"FRA DEU 190"});
}

TEST_F(CoderTest, PatternRefinesTheVerbCode) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) "
                 "(PP (IN with) (NP (NNP Germany)))) (. .)))"),
            Events{"FRA DEU 064"});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD restored) (NP (NNS euros)) "
                 "(PP (IN to) (NP (NNP Germany)))) (. .)))"),
            Events{"FRA DEU 071"});
}

TEST_F(CoderTest, UnderscoreRequiresAdjacentWords) {
  // "DIPLOMATIC_TIES" must not match "diplomatic and trade ties"; the verb code applies.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD restored) (NP (JJ diplomatic) (CC and) "
                 "(NN trade) (NNS ties)) (PP (IN with) (NP (NNP Germany)))) (. .)))"),
            Events{"FRA DEU 064"});
  // "TROOPS_IN": the pattern matches and its target is the first coded phrase after the verb.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNS troops)) (PP (IN in) "
                 "(NP (NNP France)))) (. .)))"),
            Events{"RUS ---MIL 193"});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNS troops)) (PP (IN near) "
                 "(NP (NNP France)))) (. .)))"),
            Events{"RUS ---MIL 190"});
}

TEST_F(CoderTest, PatternBeforeTheVerb) {
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP France)) (VP (MD will) (RB not) (VP (VB restore) (NP (NNS ties)) "
           "(PP (IN with) (NP (NNP Russia))))) (. .)))"),
      Events{"FRA RUS 112"});
}

TEST_F(CoderTest, TargetSlotInPattern) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (PP (IN in) (NP (NNP Moscow))) "
                 "(PP (IN with) (NP (NNP Germany)))) (. .)))"),
            Events{"FRA DEU 040"});
}

TEST_F(CoderTest, AgentsCombineWithActors) {
  EXPECT_EQ(
      Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (NNP Germany))) (. .)))"),
      Events{"FRAMIL DEU 190"});
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NN aid) (NN group)) (VP (VBD met) (PP (IN with) (NP (NNP "
                 "Germany)))) (. .)))"),
            Events{"NGO--- DEU 040"});
}

TEST_F(CoderTest, DateRestrictedActorCodes) {
  const std::string tree =
      "(ROOT (S (NP (NNP John) (NNP Smith)) (VP (VBD attacked) (NP (NNP Russia))) (. .)))";
  EXPECT_EQ(Code(tree, 20100101), Events{"USAGOV RUS 190"});
  EXPECT_EQ(Code(tree, 20170120), Events{"USAGOV RUS 190"});  // the last day is included
  EXPECT_EQ(Code(tree, 20170121), Events{"USAELI RUS 190"});
  EXPECT_EQ(Code(tree, 20000101), Events{"USAELI RUS 190"});
}

TEST_F(CoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP "
                 "(NNP France))))) (. .)))"),
            Events{"FRA DEU 190"});
}

TEST_F(CoderTest, CompoundActorsGiveOneEventPerMember) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Germany)) (VP (VBD attacked) (NP (NNP "
                 "Russia))) (. .)))"),
            (Events{"FRA RUS 190", "DEU RUS 190"}));
}

TEST_F(CoderTest, PassiveWithoutAgentHasNoSource) {
  const std::string tree =
      "(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN attacked) (PP (IN in) (NP (NNP "
      "Russia))))) (. .)))";
  EXPECT_TRUE(Code(tree).empty()) << "Russia is where, not who";
  options_.require_dyad = false;
  EXPECT_EQ(Code(tree), Events{"--- DEU 190"});
}

TEST_F(CoderTest, CompoundBeforeVerbActsOnItsMembers) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Germany)) (VP (VBD met)) (. .)))"),
            (Events{"FRA DEU 041", "DEU FRA 041"}));
}

TEST_F(CoderTest, CompoundWithNothingAfterTheVerbActsOnItsMembers) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Germany)) (VP (VBD attacked)) (. .)))"),
            (Events{"FRA DEU 190", "DEU FRA 190"}));
}

TEST_F(CoderTest, CompoundFollowedOnlyByATimeActsOnItsMembers) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Germany)) (VP (VBD attacked) (NP (NN "
                 "yesterday))) (. .)))"),
            (Events{"FRA DEU 190", "DEU FRA 190"}));
  // A single actor keeps the time phrase as its (unknown) target.
  options_.require_dyad = false;
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NN yesterday))) (. .)))"),
            Events{"FRA --- 190"});
}

TEST_F(CoderTest, NegatedVerbCodesNothing) {
  EXPECT_TRUE(Code("(ROOT (S (NP (NNP France)) (VP (MD will) (RB not) (VP (VB attack) (NP (NNP "
                   "Germany)))) (. .)))")
                  .empty());
  EXPECT_TRUE(Code("(ROOT (S (NP (NNP France)) (VP (VBD did) (RB n't) (VP (VB attack) (NP (NNP "
                   "Germany)))) (. .)))")
                  .empty());
  // ... nor do the verbs in its complement.
  EXPECT_TRUE(Code("(ROOT (S (NP (NNP France)) (VP (VBD did) (RB not) (VP (VB say) (SBAR (S (NP "
                   "(NNP Russia)) "
                   "(VP (VBD attacked) (NP (NNP Germany))))))) (. .)))")
                  .empty());
}

TEST_F(CoderTest, NoLongerNegatesTheVerb) {
  // "France will no longer attack Germany": "no longer" is a negation.
  EXPECT_TRUE(Code("(ROOT (S (NP (NNP France)) (VP (MD will) (RB no) (RB longer) (VP (VB attack) "
                   "(NP (NNP Germany)))) (. .)))")
                  .empty());
  // "no" alone before other words is not.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (MD will) (RB no) (RB doubt) (VP (VB attack) "
                 "(NP (NNP Germany)))) (. .)))"),
            Events{"FRA DEU 190"});
}

TEST_F(CoderTest, CoordinatedVerbsShareTheSubject) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VP (VBD attacked) (NP (NNP Germany))) (CC and) "
                 "(VP (VBD met) (PP (IN with) (NP (NNP Russia))))) (. .)))"),
            (Events{"FRA DEU 190", "FRA RUS 040"}));
}

TEST_F(CoderTest, MultiWordVerb) {
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP France)) (VP (VBD gave) (PRT (RP up)) (NP (NNP Germany))) (. .)))"),
      Events{"FRA DEU 080"});
}

TEST_F(CoderTest, RequireDyadDropsHalfKnownEvents) {
  const std::string tree = "(ROOT (S (NP (DT The) (NN minister)) (VP (VBD said)) (. .)))";
  EXPECT_TRUE(
      Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (DT the) (NN village))) (. .)))")
          .empty());
  options_.require_dyad = false;
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (DT the) (NN village))) (. .)))"),
      Events{"FRA --- 190"});
  EXPECT_TRUE(Code(tree).empty()) << "a verb with no noun phrase after it has no target";
}

// A main clause of more than comma_emax (8) words after the last comma.
constexpr char kLongMainClause[] =
    "(VP (VBD attacked) (NP (NNP Germany)) (PP (IN on) (NP (NNP Monday))) (PP (IN in) (NP (DT the) "
    "(NN north) (PP (IN of) (NP (DT the) (NN country))))))";

TEST_F(CoderTest, CommaClauseIsRemoved) {
  // ", the minister said ," between commas is removed, so France stays the source.
  EXPECT_EQ(
      Code(std::string(
               "(ROOT (S (NP (NNP France)) (, ,) (S (NP (DT the) (NN minister)) (VP (VBD said))) "
               "(, ,) ") +
           kLongMainClause + " (. .)))"),
      Events{"FRA DEU 190"});
}

TEST_F(CoderTest, ShortMainClauseAfterLastCommaIsTakenForATerminalClause) {
  // PETRARCH's rule, kept for compatibility: up to comma_emax words after the
  // last comma are a terminal clause and removed, verb included.
  EXPECT_TRUE(
      Code("(ROOT (S (NP (NNP France)) (, ,) (S (NP (DT the) (NN minister)) (VP (VBD said))) (, ,) "
           "(VP (VBD attacked) (NP (NNP Germany))) (. .)))")
          .empty());
}

TEST_F(CoderTest, DiscardsAndIssues) {
  Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NN football) (NNS fans))) (. .)))");
  EXPECT_TRUE(result_.discarded);
  EXPECT_FALSE(result_.discard_story);
  EXPECT_TRUE(result_.events.empty());
  Code(
      "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Germany)) (PP (IN over) (NP (NNS "
      "refugees)))) (. .)))");
  ASSERT_EQ(result_.issues.size(), 1u);
  EXPECT_EQ(result_.issues[0].code, "REFUGEES");
  EXPECT_EQ(result_.issues[0].count, 1);
}

TEST_F(CoderTest, EventsCarryProvenance) {
  Code(
      "(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) "
      "(PP (IN with) (NP (NNP Germany)))) (. .)))");
  ASSERT_EQ(result_.events.size(), 1u);
  const Event& e = result_.events[0];
  EXPECT_EQ(e.verb_text, "restored");
  EXPECT_EQ(e.pattern_entry, "verbs.txt:17");
  EXPECT_EQ(e.source_info.text, "French troops");
  EXPECT_EQ(e.source_info.entry, "actors.txt:1");
  EXPECT_EQ(e.source_info.agents, std::vector<std::string>{"agents.txt:1"});
  EXPECT_EQ(e.target_info.text, "Germany");
}

TEST_F(CoderTest, ActivePassiveCodesInPetrarch2Dictionaries) {
  testing::TestDictionaryText text = testing::StandardText();
  text.verbs = "####### VERB PATTERNS #######\n--- FACE [---] ---\nFACE\n- * PRESSURE [:100]\n";
  dicts_ = testing::MakeDictionaries(text);
  // "France faces pressure from Germany": Germany demands of France.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBZ faces) (NP (NP (NN pressure)) (PP (IN from) "
                 "(NP (NNP Germany))))) (. .)))"),
            Events{"DEU FRA 100"});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBZ faces) (NP (NN pressure)) (PP (IN from) "
                 "(NP (NNP Germany)))) (. .)))"),
            Events{"DEU FRA 100"});
}

TEST_F(CoderTest, TransformationsRewriteReportedEvents) {
  testing::TestDictionaryText text = testing::StandardText();
  text.verbs += "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n";
  dicts_ = testing::MakeDictionaries(text);
  const std::string said_that = "(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (IN that) (S ";
  // France says France attacked Germany: France claims responsibility.
  EXPECT_EQ(Code(said_that + "(NP (NNP France)) (VP (VBD attacked) (NP (NNP Germany)))))) (. .)))"),
            Events{"FRA DEU 015"});
  // France says Russia attacked Germany: France accuses Russia.
  EXPECT_EQ(Code(said_that + "(NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Germany)))))) (. .)))"),
            Events{"FRA RUS 112"});
  // No transformation fits: the reported event stands, the statement goes.
  EXPECT_EQ(Code(said_that +
                 "(NP (NNP Russia)) (VP (VBD met) (PP (IN with) (NP (NNP Germany))))))) (. .)))"),
            Events{"RUS DEU 040"});
}

TEST_F(CoderTest, WithoutTransformationsTheOuterVerbOwnsItsPhrase) {
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Russia)) "
                 "(VP (VBD attacked) (NP (NNP Germany)))))) (. .)))"),
            Events{"FRA RUS 010"});
}

}  // namespace
}  // namespace dyad::code
