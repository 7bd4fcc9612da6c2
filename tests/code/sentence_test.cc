// Tests of the tree linearisation (noun-phrase units, verb phrases) and of
// comma-clause removal.
#include "code/sentence.h"

#include <gtest/gtest.h>

#include "code/stages.h"
#include "code/test_dictionaries.h"

namespace dyad::code {
namespace {

class SentenceTest : public ::testing::Test {
 protected:
  SentenceTest() : dicts_(testing::MakeDictionaries(testing::StandardText())) {}

  const Sentence& Build(const std::string& tree) {
    text_ = tree;
    Status st = parse::ReadTree(text_, &tree_);
    EXPECT_TRUE(st.ok()) << st.message();
    BuildSentence(tree_, dicts_->vocabulary, &s_, &scratch_);
    return s_;
  }
  // The words of each phrase of `unit`, joined with '+' between phrases.
  std::string UnitWords(int unit) const {
    std::string out;
    const Unit& u = s_.units[unit];
    for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
      if (p > u.phrase_begin) out += "+";
      const Phrase& ph = s_.phrases[p];
      for (int w = ph.word_begin; w < ph.word_end; ++w) {
        if (w > ph.word_begin) out += " ";
        std::string_view word = dicts_->vocabulary.Word(s_.phrase_words[w]);
        out += word.empty() ? "?" : std::string(word);
      }
    }
    return out;
  }

  std::unique_ptr<dict::Dictionaries> dicts_;
  std::string text_, scratch_;
  parse::Tree tree_;
  Sentence s_;
};

TEST_F(SentenceTest, SimpleNounPhrasesAreUnits) {
  const Sentence& s = Build(
      "(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (NNP Germany))) (. .)))");
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_EQ(s.UnitText(0), "French troops");
  EXPECT_EQ(UnitWords(0), "FRENCH TROOPS");
  EXPECT_FALSE(s.units[0].compound);
  ASSERT_EQ(s.verb_phrases.size(), 1u);
  EXPECT_EQ(s.tokens[s.verb_phrases[0].verb_token].text, "attacked");
  EXPECT_EQ(s.verb_phrases[0].end_token, 4);
  EXPECT_EQ(s.verb_phrases[0].passive_verb, -1);
}

TEST_F(SentenceTest, CoordinatedNounsAreACompound) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NNP France) (, ,) (NNP Russia) (CC and) (NNP Germany)) (VP (VBD met)) (. "
      ".)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_TRUE(s.units[0].compound);
  EXPECT_EQ(UnitWords(0), "FRANCE+RUSSIA+GERMANY");
}

TEST_F(SentenceTest, WordsAroundACompoundApplyToEachMember) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NP (NNP France) (CC and) (NNP Germany) (POS 's)) (NNS troops)) (VP (VBD "
      "left)) (. .)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_EQ(UnitWords(0), "FRANCE TROOPS+GERMANY TROOPS");
}

TEST_F(SentenceTest, TwoCoordinatorsAreNotACompound) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NNP France) (CC and) (NNP Russia) (CC and) (NNP Germany)) (VP (VBD met)) (. "
      ".)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_FALSE(s.units[0].compound);
}

TEST_F(SentenceTest, AListOfNounPhrasesWithTwoCoordinatorsIsACompound) {
  // "France and its allies Russia, Spain and Germany": the parser's list of
  // a group named by its first member.
  const Sentence& s = Build(
      "(ROOT (S (NP (NP (NNP France)) (CC and) (NP (PRP$ its) (NNS allies) (NNP Russia)) (, ,) "
      "(NP (NNP Spain)) (CC and) (NP (NNP Germany))) (VP (VBD met)) (. .)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_TRUE(s.units[0].compound);
  // (Words outside the test vocabulary print as "?".)
  EXPECT_EQ(UnitWords(0), "FRANCE+? ? RUSSIA+?+GERMANY");
}

TEST_F(SentenceTest, PrepositionalNounPhraseIsOnePhrase) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NP (DT the) (NN minister)) (PP (IN of) (NP (NNP France)))) (VP (VBD left)) (. "
      ".)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_EQ(UnitWords(0), "? MINISTER ? FRANCE");  // words no dictionary mentions have no id
}

// "the ministers of the Democratic Republic of Congo and Rwanda": a name
// with an "of" of its own after "of" is still one unit, a phrase per member;
// a common noun with its "of" phrase is not ("the leader of the wing of
// the party": two units), nor such a name after a name ("the Gondor of the
// Prince of Dol Amroth").
TEST_F(SentenceTest, NameWithItsOwnOfAfterOfIsOneUnit) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NP (DT the) (NNS ministers)) (PP (IN of) (NP (NP (DT the) (NNP Republic)) "
      "(PP (IN of) (NP (NNP France) (CC and) (NNP Germany)))))) (VP (VBD met)) (. .)))");
  ASSERT_EQ(s.units.size(), 1u);
  EXPECT_TRUE(s.units[0].compound);
  EXPECT_EQ(UnitWords(0), "? MINISTERS ? ? ? ? FRANCE+? MINISTERS ? ? ? ? GERMANY");
  const Sentence& t = Build(
      "(ROOT (S (NP (NP (DT the) (NN leader)) (PP (IN of) (NP (NP (DT the) (NN wing)) "
      "(PP (IN of) (NP (NNP France)))))) (VP (VBD met)) (. .)))");
  EXPECT_EQ(t.units.size(), 2u);
  const Sentence& u = Build(
      "(ROOT (S (NP (NP (DT the) (NNP Gondor)) (PP (IN of) (NP (NP (DT the) (NNP Prince)) "
      "(PP (IN of) (NP (NNP France)))))) (VP (VBD met)) (. .)))");
  EXPECT_EQ(u.units.size(), 2u);
}

TEST_F(SentenceTest, PassiveWithByAgent) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP "
      "France))))) (. .)))");
  ASSERT_EQ(s.verb_phrases.size(), 2u);
  EXPECT_EQ(s.tokens[s.verb_phrases[0].passive_verb].text, "attacked");
  EXPECT_TRUE(s.verb_phrases[0].passive_agent);
  // "was attacked in France": a passive without an agent.
  const Sentence& t = Build(
      "(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN attacked) (PP (IN in) (NP (NNP "
      "France))))) (. .)))");
  EXPECT_EQ(t.tokens[t.verb_phrases[0].passive_verb].text, "attacked");
  EXPECT_FALSE(t.verb_phrases[0].passive_agent);
  // "is said to be ...": a participle with a clause and no agent is no passive event.
  const Sentence& u = Build(
      "(ROOT (S (NP (NNP Germany)) (VP (VBZ is) (VP (VBN said) (S (VP (TO to) (VP (VB be) (ADJP "
      "(JJ ready))))))) (. .)))");
  EXPECT_EQ(u.verb_phrases[0].passive_verb, -1);
}

TEST_F(SentenceTest, CoordinatedVerbPhrasesStartTheirClauseAtTheCoordination) {
  const Sentence& s = Build(
      "(ROOT (S (NP (NNP France)) (VP (VP (VBD attacked) (NP (NNP Germany))) (CC and) (VP (VBD "
      "met) "
      "(NP (NNP Russia)))) (. .)))");
  ASSERT_EQ(s.verb_phrases.size(), 2u);
  EXPECT_EQ(s.verb_phrases[1].clause_start, 1);  // "attacked", not "met"
}

TEST_F(SentenceTest, InternalCommaClauseIsRemovedWithItsCommas) {
  Sentence& s = const_cast<Sentence&>(Build(
      "(ROOT (S (NP (NNP France)) (, ,) (S (NP (DT the) (NN minister)) (VP (VBD said))) (, ,) "
      "(VP (VBD attacked) (NP (NNP Germany))) (. .)))"));
  CoderOptions options;
  options.comma_emax = 0;  // no terminal-clause removal
  RemoveCommaClauses(options, /*keep_participles=*/false, &s);
  std::string kept;
  for (const Token& t : s.tokens) {
    if (!t.deleted) kept += std::string(t.text) + " ";
  }
  EXPECT_EQ(kept, "France attacked Germany . ");
}

TEST_F(SentenceTest, ClausesOutsideTheWordRangeStay) {
  CoderOptions options;
  options.comma_max = 2;
  options.comma_emax = 0;
  Sentence& s =
      const_cast<Sentence&>(Build("(ROOT (S (NP (NNP France)) (, ,) (S (NP (DT the) (JJ old) (NN "
                                  "minister)) (VP (VBD said))) (, ,) "
                                  "(VP (VBD attacked) (NP (NNP Germany))) (. .)))"));
  RemoveCommaClauses(options, /*keep_participles=*/false, &s);
  for (const Token& t : s.tokens) EXPECT_FALSE(t.deleted) << t.text;
}

TEST_F(SentenceTest, TerminalClauseIsRemovedButNotTheFullStop) {
  Sentence& s =
      const_cast<Sentence&>(Build("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP "
                                  "Germany))) (, ,) (NP (DT a) (NN minister)) "
                                  "(VP (VBD said)) (. .)))"));
  RemoveCommaClauses(CoderOptions{}, /*keep_participles=*/false, &s);
  EXPECT_TRUE(s.tokens[4].deleted);   // a
  EXPECT_TRUE(s.tokens[6].deleted);   // said
  EXPECT_TRUE(s.tokens[3].deleted);   // the comma, which now ends nothing
  EXPECT_FALSE(s.tokens[7].deleted);  // .
}

}  // namespace
}  // namespace dyad::code
