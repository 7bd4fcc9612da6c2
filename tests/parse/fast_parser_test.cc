// Tests of the rule-based "fast" parser: the tree shapes the coder relies on.
#include "dyad/parse/fast_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::parse {
namespace {

// Parses "word/TAG word/TAG ..." and returns the tree as a string.
std::string Parse(const std::string& tagged) {
  static std::vector<std::string> storage;
  storage.clear();
  std::vector<std::string_view> words, tags;
  size_t at = 0;
  while (at < tagged.size()) {
    size_t end = tagged.find(' ', at);
    if (end == std::string::npos) end = tagged.size();
    storage.push_back(tagged.substr(at, end - at));
    at = end + 1;
  }
  for (const std::string& item : storage) {
    size_t slash = item.rfind('/');
    words.push_back(std::string_view(item).substr(0, slash));
    tags.push_back(std::string_view(item).substr(slash + 1));
  }
  FastParser parser;
  Tree tree;
  parser.Parse(words, tags, &tree);
  return tree.ToString();
}

TEST(FastParserTest, AParticipleAfterAPluralPossessiveModifiesItsNoun) {
  // "a girls' boarding school": one phrase, not "a girls" and a clause.
  EXPECT_EQ(Parse("Gunmen/NNS raided/VBD a/DT girls/NNS '/POS boarding/VBG school/NN ./."),
            "(ROOT (S (NP (NNS Gunmen)) (VP (VBD raided) (NP (NP (DT a) (NNS girls) (POS ')) "
            "(VBG boarding) (NN school))) (. .)))");
  EXPECT_EQ(Parse("Police/NNS stormed/VBD the/DT miners/NNS '/POS striking/VBG camp/NN"),
            "(ROOT (S (NP (NNS Police)) (VP (VBD stormed) (NP (NP (DT the) (NNS miners) (POS ')) "
            "(VBG striking) (NN camp)))))");
}

// "Smugglers disguised as fishermen fired on ...": in a reduced relative
// clause on the subject, "as" and its noun phrase are the participle's; the
// verb after them is the sentence's. "as" opening a clause after a verb stays.
TEST(FastParserTest, AsAfterASubjectsParticipleIsItsPreposition) {
  EXPECT_EQ(Parse("Smugglers/NNS disguised/VBN as/IN fishermen/NNS fired/VBD on/IN "
                  "guards/NNS ./."),
            "(ROOT (S (NP (NNS Smugglers)) (SBAR (S (VP (VBN disguised) (PP (IN as) (NP (NNS "
            "fishermen)))))) (VP (VBD fired) (PP (IN on) (NP (NNS guards)))) (. .)))");
  EXPECT_EQ(Parse("Smugglers/NNS fired/VBD on/IN guards/NNS as/IN fishermen/NNS watched/VBD ./."),
            "(ROOT (S (NP (NNS Smugglers)) (VP (VBD fired) (PP (IN on) (NP (NNS guards))) (SBAR "
            "(IN as) (S (NP (NNS fishermen)) (VP (VBD watched))))) (. .)))");
}

TEST(FastParserTest, SubjectVerbObject) {
  EXPECT_EQ(Parse("France/NNP attacked/VBD Germany/NNP ./."),
            "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Germany))) (. .)))");
}

TEST(FastParserTest, AVerbOfGivingTakesTheReceiverAndTheThingAsTwoObjects) {
  EXPECT_EQ(Parse("Gondor/NNP sold/VBD Arnor/NNP war/NN horses/NNS ./."),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD sold) (NP (NNP Arnor)) (NP (NN war) (NNS "
            "horses))) (. .)))");
  // A country whose name ends as an adjective of nationality does ...
  EXPECT_EQ(Parse("Gondor/NNP gave/VBD Pakistan/NNP war/NN horses/NNS"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD gave) (NP (NNP Pakistan)) (NP (NN war) (NNS "
            "horses)))))");
  // ... but the adjective itself does not.
  EXPECT_EQ(Parse("Gondor/NNP gave/VBD Pakistani/NNP officers/NNS visas/NNS"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD gave) (NP (NNP Pakistani) (NNS officers) (NNS "
            "visas)))))");
  EXPECT_EQ(Parse("Arnor/NNP offered/VBD the/DT Shire/NNP Islands/NNPS patrol/NN boats/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD offered) (NP (DT the) (NNP Shire) (NNPS Islands)) "
            "(NP (NN patrol) (NNS boats)))))");
  EXPECT_EQ(Parse("Mordor/NNP sold/VBD the/DT Haradrims/NNP war/NN elephants/NNS"),
            "(ROOT (S (NP (NNP Mordor)) (VP (VBD sold) (NP (DT the) (NNP Haradrims)) (NP (NN war) "
            "(NNS elephants)))))");
  // Not when a phrase follows, which is the thing given.
  EXPECT_EQ(Parse("Gondor/NNP gave/VBD the/DT Greyhavens/NNP accord/NN a/DT boost/NN"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD gave) (NP (DT the) (NNP Greyhavens) (NN accord)) "
            "(NP (DT a) (NN boost)))))");
  // A receiver after "to": the name and the nouns are one phrase.
  EXPECT_EQ(Parse("Mordor/NNP sent/VBD Uruk/NNP fighters/NNS to/TO Rohan/NNP"),
            "(ROOT (S (NP (NNP Mordor)) (VP (VBD sent) (NP (NNP Uruk) (NNS fighters)) (PP (TO to) "
            "(NP (NNP Rohan))))))");
  // Not after a verb that takes one object.
  EXPECT_EQ(Parse("Mordor/NNP attacked/VBD Rohan/NNP villages/NNS"),
            "(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Rohan) (NNS villages)))))");
}

TEST(FastParserTest, APastReadAsAnAdjectiveAfterANameAndAndIsASecondVerb) {
  // "held/JJ" after "Edoras and": the subject's second deed.
  EXPECT_EQ(Parse("Aragorn/NNP rode/VBD to/TO Edoras/NNP and/CC held/JJ talks/NNS with/IN "
                  "Theoden/NNP"),
            "(ROOT (S (NP (NNP Aragorn)) (VP (VP (VBD rode) (PP (TO to) (NP (NNP Edoras)))) (CC "
            "and) (VP (VBD held) (NP (NNS talks)) (PP (IN with) (NP (NNP Theoden)))))))");
  EXPECT_EQ(Parse("Aragorn/NNP rode/VBD to/TO the/DT city/NN and/CC held/JJ talks/NNS"),
            "(ROOT (S (NP (NNP Aragorn)) (VP (VP (VBD rode) (PP (TO to) (NP (DT the) (NN city)))) "
            "(CC and) (VP (VBD held) (NP (NNS talks))))))");
  EXPECT_EQ(Parse("Gondor/NNP shelled/VBD Osgiliath/NNP and/CC renewed/JJ raids/NNS"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VP (VBD shelled) (NP (NNP Osgiliath))) (CC and) (VP "
            "(VBD renewed) (NP (NNS raids))))))");
  // An adjective of common use stays one ("Osgiliath and occupied towns").
  EXPECT_EQ(Parse("Mordor/NNP struck/VBD Osgiliath/NNP and/CC occupied/JJ towns/NNS"),
            "(ROOT (S (NP (NNP Mordor)) (VP (VBD struck) (NP (NP (NNP Osgiliath)) (CC and) (NP "
            "(JJ occupied) (NNS towns))))))");
  // No finite verb before: a subject ("Gondor and allied/JJ riders attacked").
  EXPECT_EQ(Parse("Gondor/NNP and/CC renewed/JJ riders/NNS attacked/VBD"),
            "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (JJ renewed) (NNS riders))) (VP (VBD "
            "attacked))))");
}

TEST(FastParserTest, AuxiliariesAndNegationNestVerbPhrases) {
  EXPECT_EQ(
      Parse("France/NNP will/MD not/RB meet/VB Germany/NNP"),
      "(ROOT (S (NP (NNP France)) (VP (MD will) (RB not) (VP (VB meet) (NP (NNP Germany))))))");
}

TEST(FastParserTest, PassiveParticipleHeadsItsOwnVerbPhrase) {
  EXPECT_EQ(Parse("Germany/NNP was/VBD attacked/VBN by/IN France/NNP"),
            "(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP "
            "France)))))))");
}

TEST(FastParserTest, CoordinatedSubjectIsOneNounPhrase) {
  EXPECT_EQ(
      Parse("France/NNP ,/, Russia/NNP and/CC Germany/NNP met/VBD"),
      "(ROOT (S (NP (NNP France) (, ,) (NNP Russia) (CC and) (NNP Germany)) (VP (VBD met))))");
  // Modifiers of the first noun are shared by single-noun members.
  EXPECT_EQ(Parse("Danish/JJ media/NNS and/CC government/NN warned/VBD"),
            "(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD warned))))");
  // Members with their own words stay phrases.
  EXPECT_EQ(
      Parse("the/DT French/JJ army/NN and/CC the/DT Russian/JJ navy/NN met/VBD"),
      "(ROOT (S (NP (NP (DT the) (JJ French) (NN army)) (CC and) (NP (DT the) (JJ Russian) (NN "
      "navy))) (VP (VBD met))))");
}

TEST(FastParserTest, AGroupNamedByItsFirstMemberGoesOnToTheOthers) {
  // "Arnor and its allies Rohan, Gondor and Dale": one list of four members.
  EXPECT_EQ(Parse("Arnor/NNP and/CC its/PRP$ allies/NNS Rohan/NNP ,/, Gondor/NNP and/CC Dale/NNP "
                  "met/VBD"),
            "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (PRP$ its) (NNS allies) (NNP Rohan)) (, ,) "
            "(NP (NNP Gondor)) (CC and) (NP (NNP Dale))) (VP (VBD met))))");
  // A member naming no one ends the list at its "and".
  EXPECT_EQ(Parse("Arnor/NNP and/CC its/PRP$ allies/NNS met/VBD Rohan/NNP and/CC Dale/NNP"),
            "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (PRP$ its) (NNS allies))) (VP (VBD met) "
            "(NP (NNP Rohan) (CC and) (NNP Dale)))))");
}

TEST(FastParserTest, AfterAVerbOfNamingTheNameGivenIsAPhraseOfItsOwn) {
  EXPECT_EQ(Parse("Arnor/NNP called/VBD the/DT prisoners/NNS traitors/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (DT the) (NNS prisoners)) (NP (NNS "
            "traitors)))))");
  // "stripped the prisoners of their citizenship": what is taken is the verb's.
  EXPECT_EQ(Parse("Arnor/NNP stripped/VBD the/DT prisoners/NNS of/IN their/PRP$ titles/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD stripped) (NP (DT the) (NNS prisoners)) (PP (IN "
            "of) (NP (PRP$ their) (NNS titles))))))");
  // Other verbs keep plural compounds whole: "the arms dealers".
  EXPECT_EQ(Parse("Arnor/NNP arrested/VBD the/DT arms/NNS dealers/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD arrested) (NP (DT the) (NNS arms) (NNS "
            "dealers)))))");
}

TEST(FastParserTest, ADateEndsItsNounPhrase) {
  // "On Sept. 20 the army arrested ...", "on Oct. 4 police ...".
  EXPECT_EQ(Parse("On/IN Sept./NNP 20/CD the/DT army/NN arrested/VBD Ali/NNP"),
            "(ROOT (S (PP (IN On) (NP (NNP Sept.) (CD 20))) (NP (DT the) (NN army)) (VP (VBD "
            "arrested) (NP (NNP Ali)))))");
  EXPECT_EQ(Parse("On/IN Oct./NNP 4/CD police/NNS arrested/VBD Ali/NNP"),
            "(ROOT (S (PP (IN On) (NP (NNP Oct.) (CD 4))) (NP (NNS police)) (VP (VBD arrested) "
            "(NP (NNP Ali)))))");
}

TEST(FastParserTest, PossessiveAndOfPhrases) {
  EXPECT_EQ(
      Parse("Gondor/NNP 's/POS army/NN attacked/VBD the/DT city/NN of/IN Minas/NNP Tirith/NNP"),
      "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN army)) (VP (VBD attacked) (NP (NP (DT the) "
      "(NN city)) (PP (IN of) (NP (NNP Minas) (NNP Tirith)))))))");
  // A possessive's head tagged as an adjective still heads the phrase.
  EXPECT_EQ(Parse("Arnor/NNP urged/VBD Gondor/NNP 's/POS military/JJ to/TO leave/VB"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NP (NNP Gondor) (POS 's)) (JJ "
            "military)) (S (VP (TO to) (VP (VB leave)))))))");
}

TEST(FastParserTest, ReportedClauseWithoutThat) {
  EXPECT_EQ(
      Parse("Arnor/NNP said/VBD Gondor/NNP attacked/VBD Rohan/NNP"),
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VBD attacked) "
      "(NP (NNP Rohan))))))))");
}

// "assured Rohan it would ...": a verb of assuring or promising takes its
// clause after the hearer, as "told" does; an object after it stays one.
TEST(FastParserTest, AClauseAfterTheHearerOfAnAssurance) {
  EXPECT_EQ(Parse("Arnor/NNP assured/VBD Rohan/NNP it/PRP would/MD send/VB aid/NN"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD assured) (NP (NNP Rohan)) (SBAR (S (NP (PRP it)) "
            "(VP (MD would) (VP (VB send) (NP (NN aid)))))))))");
  EXPECT_EQ(Parse("Arnor/NNP promised/VBD Rohan/NNP aid/NN").find("SBAR"), std::string::npos);
}

TEST(FastParserTest, CoordinatedVerbPhrases) {
  EXPECT_EQ(
      Parse("Arnor/NNP condemned/VBD Gondor/NNP and/CC praised/VBD Rohan/NNP"),
      "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD condemned) (NP (NNP Gondor))) (CC and) (VP (VBD "
      "praised) (NP (NNP Rohan))))))");
}

TEST(FastParserTest, ObjectFollowedByAVerbIsAClauseNotACompound) {
  // "... Gondor and Rohan fled": Rohan starts a new clause.
  std::string tree = Parse("Arnor/NNP attacked/VBD Gondor/NNP and/CC Rohan/NNP fled/VBD");
  EXPECT_EQ(tree.find("(NP (NP (NNP Gondor)) (CC and)"), std::string::npos) << tree;
}

TEST(FastParserTest, CommaAndNameAndParticipleWithObjectIsAClause) {
  // "..., and Rohan lodged/VBN a protest": the tagger's participle is a past tense.
  std::string tree = Parse(
      "Arnor/NNP landed/VBD in/IN Gondor/NNP ,/, and/CC Rohan/NNP lodged/VBN a/DT protest/NN");
  EXPECT_EQ(tree.find("(NP (NNP Gondor)) (, ,) (CC and)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(S (NP (NNP Rohan)) (VP (VBN lodged)"), std::string::npos) << tree;
}

TEST(FastParserTest, ParticipleAfterAGerundModifiesItsNoun) {
  std::string tree = Parse("Arnor/NNP fled/VBD ,/, detaining/VBG elected/VBN leader/NN Gondor/NNP");
  EXPECT_NE(tree.find("(VBG detaining) (NP (VBN elected) (NN leader) (NNP Gondor))"),
            std::string::npos)
      << tree;
  // ... but "having" and "being" are auxiliaries.
  tree = Parse("Arnor/NNP fled/VBD ,/, having/VBG killed/VBN soldiers/NNS");
  EXPECT_EQ(tree.find("(NP (VBN killed)"), std::string::npos) << tree;
}

TEST(FastParserTest, InfinitiveComplement) {
  EXPECT_EQ(
      Parse("Arnor/NNP urged/VBD Gondor/NNP to/TO halt/VB attacks/NNS"),
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB halt) "
      "(NP (NNS attacks))))))))");
}

TEST(FastParserTest, QuantifiedNumberStaysInItsNounPhrase) {
  // "more than 70 missiles and over 100 drones" is one coordinated object.
  std::string tree = Parse(
      "Arnor/NNP fired/VBD more/JJR than/IN 70/CD missiles/NNS and/CC over/IN 100/CD drones/NNS "
      "at/IN Gondor/NNP");
  EXPECT_NE(tree.find("(NP (JJR more) (IN than) (CD 70) (NNS missiles))"), std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(NP (IN over) (CD 100) (NNS drones))"), std::string::npos) << tree;
  EXPECT_EQ(Parse("Arnor/NNP fought/VBD over/IN 2024/CD"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD fought) (PP (IN over) (NP (CD 2024))))))");
}

TEST(FastParserTest, TimePhrasesStandApartFromNounPhrases) {
  // The subject's time phrase is the clause's: the subject stays "Arnor's court".
  EXPECT_EQ(Parse("Arnor/NNP 's/POS court/NN on/IN Tuesday/NNP jailed/VBD Gondor/NNP"),
            "(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (NN court)) (PP (IN on) (NP (NNP Tuesday))) "
            "(VP (VBD jailed) (NP (NNP Gondor)))))");
  std::string tree = Parse(
      "Arnor/NNP met/VBD Gondor/NNP last/JJ week/NN and/CC on/IN Monday/NNP the/DT "
      "ministry/NN left/VBD");
  EXPECT_NE(tree.find("(NP (NNP Gondor)) (NP (JJ last) (NN week))"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(NP (NNP Monday))) (S (NP (DT the) (NN ministry))"), std::string::npos)
      << tree;
  tree = Parse("Arnor/NNP met/VBD Gondor/NNP Ing-wen/JJ yesterday/NN");
  EXPECT_NE(tree.find("(NP (NNP Gondor) (JJ Ing-wen)) (NP (NN yesterday))"), std::string::npos)
      << tree;
}

TEST(FastParserTest, EveryTokenAppearsOnceInOrder) {
  const std::string input =
      "On/IN Monday/NNP ,/, the/DT minister/NN ,/, who/WP arrived/VBD late/RB ,/, told/VBD "
      "reporters/NNS that/IN talks/NNS had/VBD failed/VBN and/CC troops/NNS would/MD stay/VB ./.";
  std::string tree = Parse(input);
  std::string leaves;
  for (size_t i = 0; i < tree.size(); ++i) {
    if (tree[i] != '(') continue;
    size_t space = tree.find(' ', i), close = tree.find(')', i);
    if (space < close && tree[space + 1] != '(')
      leaves += tree.substr(space + 1, close - space - 1) + " ";
  }
  std::string words;
  for (size_t at = 0; at < input.size();) {
    size_t end = input.find(' ', at);
    if (end == std::string::npos) end = input.size();
    std::string item = input.substr(at, end - at);
    words += item.substr(0, item.rfind('/')) + " ";
    at = end + 1;
  }
  EXPECT_EQ(leaves, words);
}

TEST(FastParserTest, RelativeClauseBetweenCommasKeepsTheSubjectOfThePredicate) {
  // "Dubois, who visited Moscow, praised Russia": "praised" is Dubois's.
  EXPECT_EQ(Parse("Dubois/NNP ,/, who/WP visited/VBD Moscow/NNP ,/, praised/VBD Russia/NNP ./."),
            "(ROOT (S (NP (NNP Dubois)) (, ,) (SBAR (S (NP (WP who)) (VP (VBD visited) (NP (NNP "
            "Moscow))))) (, ,) (VP (VBD praised) (NP (NNP Russia))) (. .)))");
  // ... and with "which".
  EXPECT_EQ(Parse("The/DT ministry/NN ,/, which/WDT oversees/VBZ police/NNS ,/, "
                  "accused/VBD Russia/NNP"),
            "(ROOT (S (NP (DT The) (NN ministry)) (, ,) (SBAR (WDT which) (S (VP (VBZ "
            "oversees) (NP (NNS police))))) (, ,) (VP (VBD accused) (NP (NNP Russia)))))");
  // ... and with an adverb before the predicate: "also denounced" is the
  // subject's, not a clause inside the relative clause's verb phrase.
  EXPECT_EQ(Parse("Japan/NNP ,/, which/WDT sent/VBD aid/NN to/TO Chad/NNP ,/, also/RB "
                  "denounced/VBD Sudan/NNP ./."),
            "(ROOT (S (NP (NNP Japan)) (, ,) (SBAR (WDT which) (S (VP (VBD sent) (NP (NN aid)) "
            "(PP (TO to) (NP (NNP Chad)))))) (, ,) (ADVP (RB also)) (VP (VBD denounced) (NP (NNP "
            "Sudan))) (. .)))");
}

TEST(FastParserTest, RelativeClauseWithoutCommasLeavesTheLastVerbToTheSubject) {
  // The relative clause ends before the main verb, which keeps "the rebels".
  EXPECT_EQ(Parse("The/DT rebels/NNS who/WP seized/VBD the/DT port/NN attacked/VBD "
                  "troops/NNS ./."),
            "(ROOT (S (NP (DT The) (NNS rebels)) (SBAR (S (NP (WP who)) (VP (VBD seized) (NP (DT "
            "the) (NN port))))) (VP (VBD attacked) (NP (NNS troops))) (. .)))");
  // With two finite verbs still to come, the relative clause may hold a clause.
  EXPECT_EQ(Parse("The/DT envoy/NN who/WP said/VBD talks/NNS failed/VBD met/VBD "
                  "Putin/NNP"),
            "(ROOT (S (NP (DT The) (NN envoy)) (SBAR (S (NP (WP who)) (VP (VBD said) (SBAR (S "
            "(NP (NNS talks)) (VP (VBD failed))))))) (VP (VBD met) (NP (NNP Putin)))))");
  // Only one finite verb: "who" is an ordinary clause.
  EXPECT_EQ(Parse("Those/DT who/WP protested/VBD"),
            "(ROOT (S (NP (DT Those)) (S (NP (WP who)) (VP (VBD protested)))))");
}

TEST(FastParserTest, PredicatesListedWithCommasShareTheSubject) {
  EXPECT_EQ(Parse("Troops/NNS shelled/VBD the/DT town/NN ,/, cut/VBD roads/NNS and/CC "
                  "seized/VBD the/DT airport/NN"),
            "(ROOT (S (NP (NNS Troops)) (VP (VP (VBD shelled) (NP (DT the) (NN town))) (, ,) "
            "(VP (VP (VBD cut) (NP (NNS roads))) (CC and) (VP (VBD seized) (NP (DT the) (NN "
            "airport)))))))");
  // No "and" with a verb of the same form later: the comma opens a clause.
  EXPECT_EQ(Parse("Troops/NNS shelled/VBD the/DT town/NN ,/, said/VBD police/NNS"),
            "(ROOT (S (NP (NNS Troops)) (VP (VBD shelled) (NP (DT the) (NN town))) (, ,) (S "
            "(VP (VBD said) (NP (NNS police))))))");
  // In a "who" clause the comma closes the clause; on an apposition, the
  // predicates after it keep the subject.
  EXPECT_EQ(Parse("Ali/NNP ,/, a/DT novice/NN who/WP won/VBD ,/, had/VBD resigned/VBN "
                  "and/CC had/VBD left/VBN"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (DT a) (NN novice)) (SBAR (S (NP (WP who)) (VP "
            "(VBD won)))) (, ,) (VP (VP (VBD had) (VP (VBN resigned))) (CC and) (VP (VBD had) "
            "(VP (VBN left))))))");
}

TEST(FastParserTest, AWhoClauseOnAnAppositionEndsAtTheCommaBeforeTheSubjectsVerb) {
  // "Warner, the Australian diplomat who heads the mission, urged ...".
  EXPECT_EQ(Parse("Warner/NNP ,/, the/DT diplomat/NN who/WP heads/VBZ the/DT mission/NN ,/, "
                  "urged/VBD rebels/NNS to/TO surrender/VB"),
            "(ROOT (S (NP (NNP Warner)) (, ,) (NP (DT the) (NN diplomat)) (SBAR (S (NP (WP who)) "
            "(VP (VBZ heads) (NP (DT the) (NN mission))))) (, ,) (VP (VBD urged) (NP (NNS "
            "rebels)) (S (VP (TO to) (VP (VB surrender)))))))");
  // ... also when the tagger read the clause's past as a participle ("who
  // first governed/VBN in the 1980s").
  std::string tree = Parse(
      "Ali/NNP ,/, a/DT guerrilla/NN who/WP first/RB governed/VBN in/IN Rohan/NNP ,/, "
      "returned/VBD to/TO power/NN");
  EXPECT_NE(tree.find("(SBAR (S (NP (WP who)) (ADVP (RB first)) (VP (VBN governed)"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD returned)"), std::string::npos) << tree;
  // A participle after the comma is an aside, no predicate: as before.
  tree = Parse(
      "Warner/NNP ,/, the/DT diplomat/NN who/WP heads/VBZ the/DT mission/NN ,/, saying/VBG "
      "rebels/NNS must/MD surrender/VB");
  EXPECT_EQ(tree.find("(SBAR (S (NP (WP who))"), std::string::npos) << tree;
}

TEST(FastParserTest, SpanOfTimeAfterAnObjectIsAPhraseOfItsOwn) {
  EXPECT_EQ(Parse("Rebels/NNS gave/VBD the/DT army/NN 48/CD hours/NNS"),
            "(ROOT (S (NP (NNS Rebels)) (VP (VBD gave) (NP (DT the) (NN army)) (NP (CD 48) (NNS "
            "hours)))))");
  // A noun tagged as an adjective ends its phrase too.
  EXPECT_EQ(Parse("Mali/NNP gave/VBD the/DT military/JJ ten/CD days/NNS"),
            "(ROOT (S (NP (NNP Mali)) (VP (VBD gave) (NP (DT the) (JJ military)) (NP (CD ten) "
            "(NNS days)))))");
  // "the past 24 hours" is one span.
  EXPECT_EQ(Parse("Troops/NNS left/VBD in/IN the/DT past/JJ 24/CD hours/NNS"),
            "(ROOT (S (NP (NNS Troops)) (VP (VBD left) (PP (IN in) (NP (DT the) (JJ past) (CD 24) "
            "(NNS hours))))))");
}

TEST(FastParserTest, AgentAfterAnInfinitiveBelongsToThePassiveParticiple) {
  EXPECT_EQ(Parse("The/DT mayor/NN was/VBD asked/VBN to/TO leave/VB by/IN police/NNS"),
            "(ROOT (S (NP (DT The) (NN mayor)) (VP (VBD was) (VP (VBN asked) (S (VP (TO to) (VP "
            "(VB leave)))) (PP (IN by) (NP (NNS police)))))))");
  // A passive infinitive keeps its own agent.
  EXPECT_EQ(Parse("He/PRP was/VBD set/VBN to/TO be/VB replaced/VBN by/IN Ali/NNP"),
            "(ROOT (S (NP (PRP He)) (VP (VBD was) (VP (VBN set) (S (VP (TO to) (VP (VB be) (VP "
            "(VBN replaced) (PP (IN by) (NP (NNP Ali)))))))))))");
  // An active perfect is no passive: "by" stays in the infinitive.
  EXPECT_EQ(Parse("Rebels/NNS had/VBD agreed/VBN to/TO leave/VB by/IN boat/NN"),
            "(ROOT (S (NP (NNS Rebels)) (VP (VBD had) (VP (VBN agreed) (S (VP (TO to) (VP (VB "
            "leave) (PP (IN by) (NP (NN boat))))))))))");
}

TEST(FastParserTest, ParticipleWithADirectObjectAfterASubjectIsAPastTense) {
  // "laid" tagged VBN: with an object it is the clause's verb (its past tense).
  EXPECT_EQ(Parse("Troops/NNS fled/VBD after/IN rebels/NNS laid/VBN siege/NN"),
            "(ROOT (S (NP (NNS Troops)) (VP (VBD fled) (SBAR (IN after) (S (NP (NNS rebels)) (VP "
            "(VBD laid) (NP (NN siege))))))))");
  // "given" may take an object as a passive: "after rebels given asylum".
  EXPECT_EQ(Parse("Troops/NNS fled/VBD after/IN rebels/NNS given/VBN asylum/NN"),
            "(ROOT (S (NP (NNS Troops)) (VP (VBD fled) (PP (IN after) (NP (NNS rebels))) (S (VP "
            "(VBN given) (NP (NN asylum)))))))");
}

TEST(FastParserTest, ObjectRelativeClauseBetweenCommasKeepsTheSubjectOfThePredicate) {
  // ", whom police had arrested ," and ", which Iran supplies ,": the clause
  // has its own subject; the predicate after it is the first subject's.
  EXPECT_EQ(Parse("Ali/NNP ,/, whom/WP police/NNS had/VBD arrested/VBN ,/, sued/VBD "
                  "Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (SBAR (WP whom) (S (NP (NNS police)) (VP (VBD had) (VP "
            "(VBN arrested))))) (, ,) (VP (VBD sued) (NP (NNP Iraq)))))");
  EXPECT_EQ(Parse("The/DT militia/NN ,/, which/WDT Iran/NNP supplies/VBZ ,/, attacked/VBD "
                  "Israel/NNP"),
            "(ROOT (S (NP (DT The) (NN militia)) (, ,) (SBAR (WDT which) (S (NP (NNP Iran)) (VP "
            "(VBZ supplies)))) (, ,) (VP (VBD attacked) (NP (NNP Israel)))))");
}

TEST(FastParserTest, ParticipleWithAPrepositionAfterTheSubjectIsAReducedRelative) {
  EXPECT_EQ(Parse("Militants/NNS backed/VBN by/IN Iran/NNP attacked/VBD Israel/NNP"),
            "(ROOT (S (NP (NNS Militants)) (SBAR (S (VP (VBN backed) (PP (IN by) (NP (NNP "
            "Iran)))))) (VP (VBD attacked) (NP (NNP Israel)))))");
  // The clause's verb may be a past tense tagged VBN, with its object.
  EXPECT_EQ(Parse("Police/NNS armed/VBN with/IN rifles/NNS blocked/VBN roads/NNS"),
            "(ROOT (S (NP (NNS Police)) (SBAR (S (VP (VBN armed) (PP (IN with) (NP (NNS "
            "rifles)))))) (VP (VBN blocked) (NP (NNS roads)))))");
  // No verb after it: the participle is the clause's own ("was" left out in headlines).
  EXPECT_EQ(Parse("Troops/NNS stationed/VBN in/IN Mali/NNP"),
            "(ROOT (S (NP (NNS Troops)) (VP (VBN stationed) (PP (IN in) (NP (NNP Mali))))))");
}

TEST(FastParserTest, GerundAfterADeterminerHeadsItsPhrase) {
  // "the shelling" is a noun phrase; "a war crime" a second one.
  EXPECT_EQ(Parse("Kyiv/NNP called/VBD the/DT shelling/VBG a/DT war/NN crime/NN"),
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD called) (NP (DT the) (VBG shelling)) (NP (DT a) (NN "
            "war) (NN crime)))))");
  // Before a noun the participle modifies it.
  EXPECT_EQ(Parse("Seoul/NNP condemned/VBD the/DT ruling/VBG party/NN"),
            "(ROOT (S (NP (NNP Seoul)) (VP (VBD condemned) (NP (DT the) (VBG ruling) (NN "
            "party)))))");
}

TEST(FastParserTest, TimeAfterCommaAndIsNoMemberOfTheObject) {
  // "signed deals, and last week it ...": "last week" opens a clause.
  EXPECT_EQ(Parse("Iran/NNP signed/VBD deals/NNS ,/, and/CC last/JJ week/NN it/PRP "
                  "left/VBD"),
            "(ROOT (S (NP (NNP Iran)) (VP (VBD signed) (NP (NNS deals))) (, ,) (CC and) (S (NP (JJ "
            "last) (NN week))) (S (NP (PRP it)) (VP (VBD left)))))");
}

TEST(FastParserTest, DescriptionsOfANameBeforeItsVerbAreAnApposition) {
  // "Ali, the mayor and a rival of Omar, sued Iraq": Ali is described.
  EXPECT_EQ(Parse("Ali/NNP ,/, the/DT mayor/NN and/CC a/DT rival/NN ,/, sued/VBD Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (NP (DT the) (NN mayor)) (CC and) (NP (DT a) (NN "
            "rival))) (, ,) (VP (VBD sued) (NP (NNP Iraq)))))");
  // ... so is one whose description opens with a possessive name.
  EXPECT_EQ(Parse("Ali/NNP ,/, Iraq/NNP 's/POS mayor/NN and/CC a/DT rival/NN ,/, sued/VBD "
                  "Oman/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (NP (NP (NNP Iraq) (POS 's)) (NN mayor)) (CC and) "
            "(NP (DT a) (NN rival))) (, ,) (VP (VBD sued) (NP (NNP Oman)))))");
  // A list of names with no comma before the verb stays a list.
  EXPECT_EQ(Parse("Iran/NNP ,/, Iraq/NNP and/CC Syria/NNP sued/VBD Oman/NNP"),
            "(ROOT (S (NP (NNP Iran) (, ,) (NNP Iraq) (CC and) (NNP Syria)) (VP (VBD sued) (NP "
            "(NNP Oman)))))");
}

// "Evo Morales, a rival of Arce within the ruling party, condemned ...": the
// apposition's phrases end at the comma before the verb, which is the name's.
TEST(FastParserTest, PhrasesAfterAnAppositionCloseItBeforeTheVerb) {
  EXPECT_EQ(Parse("Ali/NNP ,/, a/DT rival/NN of/IN Omar/NNP within/IN the/DT party/NN ,/, "
                  "sued/VBD Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (NP (DT a) (NN rival)) (PP (IN of) (NP (NNP "
            "Omar)))) (PP (IN within) (NP (DT the) (NN party))) (, ,) (VP (VBD sued) (NP (NNP "
            "Iraq)))))");
  // An apposition without such phrases is read as before.
  EXPECT_EQ(Parse("Ali/NNP ,/, a/DT rival/NN ,/, sued/VBD Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (DT a) (NN rival)) (, ,) (VP (VBD sued) (NP (NNP "
            "Iraq)))))");
  // "Balochistan, rich in gas and minerals, is ...": a phrase's coordinated
  // members stay in it.
  std::string tree =
      Parse("Ali/NNP ,/, rich/JJ in/IN gas/NN and/CC the/DT oil/NN ,/, sued/VBD Iraq/NNP");
  EXPECT_NE(tree.find("(, ,) (VP (VBD sued)"), std::string::npos) << tree;
  // With no finite verb after the comma, what follows is a clause of its own.
  tree = Parse("Ali/NNP ,/, rich/JJ in/IN gas/NN and/CC the/DT oil/NN ,/, suing/VBG Iraq/NNP");
  EXPECT_NE(tree.find("(, ,) (S (VP (VBG suing)"), std::string::npos) << tree;
}

TEST(FastParserTest, TheChargeOfAnAccusationIsNoPartOfItsObject) {
  EXPECT_EQ(Parse("Chile/NNP accused/VBD Peru/NNP of/IN spying/NN"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD accused) (NP (NNP Peru)) (PP (IN of) (NP (NN "
            "spying))))))");
  // The object's own "of" stays when a charge follows.
  EXPECT_EQ(Parse("Chile/NNP accused/VBD agents/NNS of/IN Peru/NNP of/IN spying/NN"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD accused) (NP (NP (NNS agents)) (PP (IN of) (NP "
            "(NP (NNP Peru)) (PP (IN of) (NP (NN spying)))))))))");
  // A pronoun takes no "of" phrase.
  EXPECT_EQ(Parse("Chile/NNP blamed/VBD it/PRP of/IN course/NN"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD blamed) (NP (PRP it)) (PP (IN of) (NP (NN "
            "course))))))");
}

TEST(FastParserTest, AdverbOfAnAdjectiveAfterAPossessiveStaysInThePhrase) {
  // "Chile's most powerful general": one phrase, not "Chile's" and another.
  EXPECT_EQ(Parse("Peru/NNP met/VBD Chile/NNP 's/POS most/RBS powerful/JJ general/NN"),
            "(ROOT (S (NP (NNP Peru)) (VP (VBD met) (NP (NP (NNP Chile) (POS 's)) (RBS most) (JJ "
            "powerful) (NN general)))))");
}

TEST(FastParserTest, SecondArticleStartsANewPhrase) {
  // "Under the deal the two sides will meet": no "the deal the two sides".
  EXPECT_EQ(Parse("Under/IN the/DT deal/NN the/DT two/CD sides/NNS will/MD meet/VB"),
            "(ROOT (S (PP (IN Under) (NP (DT the) (NN deal))) (NP (DT the) (CD two) (NNS sides)) "
            "(VP (MD will) (VP (VB meet)))))");
}

TEST(FastParserTest, EmptyAndMismatchedInputGiveAnEmptyTree) {
  FastParser parser;
  Tree tree;
  std::vector<std::string_view> words{"a"}, tags;
  parser.Parse(words, tags, &tree);
  EXPECT_TRUE(tree.empty());
}

TEST(FastParserTest, AReportingClauseAfterAnObjectListIsNoMember) {
  // "Rebels killed the mayor, the head of the council and two guards,
  // officials said": the last "and" is the "of" phrase's.
  EXPECT_EQ(Parse("Rebels/NNS killed/VBD the/DT mayor/NN ,/, the/DT head/NN of/IN the/DT "
                  "council/NN and/CC two/CD guards/NNS ,/, officials/NNS said/VBD"),
            "(ROOT (S (NP (NNS Rebels)) (VP (VBD killed) (NP (NP (DT the) (NN mayor)) (, ,) (NP "
            "(NP (DT the) (NN head)) (PP (IN of) (NP (NP (DT the) (NN council)) (CC and) (NP (CD "
            "two) (NNS guards))))))) (, ,) (S (NP (NNS officials)) (VP (VBD said)))))");
}

TEST(FastParserTest, AParticipleAfterAndInACoordinatedSubjectModifiesItsNoun) {
  // "Iraqi troops and allied militias seized Mosul".
  EXPECT_EQ(Parse("Iraqi/JJ troops/NNS and/CC allied/VBD militias/NNS seized/VBD Mosul/NNP"),
            "(ROOT (S (NP (NP (JJ Iraqi) (NNS troops)) (CC and) (NP (VBD allied) (NNS militias))) "
            "(VP (VBD seized) (NP (NNP Mosul)))))");
  // "Police arrested students and detained journalists": a verb.
  EXPECT_EQ(Parse("Police/NNS arrested/VBD students/NNS and/CC detained/VBD journalists/NNS"),
            "(ROOT (S (NP (NNS Police)) (VP (VP (VBD arrested) (NP (NNS students))) (CC and) (VP "
            "(VBD detained) (NP (NNS journalists))))))");
}

TEST(FastParserTest, AQuotedNicknameBetweenNamesIsPartOfTheName) {
  // Peru deported Carlos "The Jackal" Ramirez to France.
  EXPECT_EQ(Parse("Peru/NNP deported/VBD Carlos/NNP ``/`` The/NNP Jackal/NNP ''/'' Ramirez/NNP "
                  "to/TO France/NNP"),
            "(ROOT (S (NP (NNP Peru)) (VP (VBD deported) (NP (NNP Carlos) (`` ``) (NNP The) (NNP "
            "Jackal) ('' '') (NNP Ramirez)) (PP (TO to) (NP (NNP France))))))");
}

TEST(FastParserTest, ANounAfterACommaAndConjunctionBeforeItsVerbStartsAClause) {
  // Adverbs may stand between the new clause's subject and its verb.
  EXPECT_EQ(Parse("Police/NNP held/VBD Ali/NNP on/IN Monday/NNP ,/, but/CC dozens/NNS of/IN "
                  "gunmen/NNS quickly/RB freed/VBD him/PRP"),
            "(ROOT (S (NP (NNP Police)) (VP (VBD held) (NP (NNP Ali)) (PP (IN on) (NP (NNP "
            "Monday)))) (, ,) (CC but) (S (NP (NP (NNS dozens)) (PP (IN of) (NP (NNS gunmen)))) "
            "(ADVP (RB quickly)) (VP (VBD freed) (NP (PRP him))))))");
}

TEST(FastParserTest, AClosingQuoteBeforeACoordinatedVerbStaysInThePhrase) {
  EXPECT_EQ(Parse("Sweden/NNP called/VBD the/DT envoy/NN ``/`` rude/JJ ''/'' and/CC expelled/VBD "
                  "him/PRP ./."),
            "(ROOT (S (NP (NNP Sweden)) (VP (VP (VBD called) (NP (DT the) (NN envoy)) (`` ``) (NP "
            "(JJ rude)) ('' '')) (CC and) (VP (VBD expelled) (NP (PRP him)))) (. .)))");
  // Inside a reported clause the quote closes it: the next verb is the speaker's.
  EXPECT_EQ(Parse("Sweden/NNP said/VBD Norway/NNP was/VBD ``/`` rude/JJ ''/'' and/CC "
                  "expelled/VBD him/PRP ./."),
            "(ROOT (S (NP (NNP Sweden)) (VP (VP (VBD said) (SBAR (S (NP (NNP Norway)) (VP (VBD "
            "was) (`` ``) (NP (JJ rude))))) ('' '')) (CC and) (VP (VBD expelled) (NP (PRP "
            "him)))) (. .)))");
}

TEST(FastParserTest, CoordinatedInfinitivesShareOneTo) {
  EXPECT_EQ(Parse("Russia/NNP threatened/VBD to/TO expel/VB diplomats/NNS and/CC to/TO "
                  "impose/VB sanctions/NNS ./."),
            "(ROOT (S (NP (NNP Russia)) (VP (VBD threatened) (S (VP (TO to) (VP (VP (VB expel) "
            "(NP (NNS diplomats))) (CC and) (TO to) (VP (VB impose) (NP (NNS sanctions))))))) (. "
            ".)))");
}

TEST(FastParserTest, CalledOnAfterASubjectIsAPastTense) {
  EXPECT_EQ(Parse("Morales/NNP resigned/VBD after/IN the/DT army/NN chief/NN publicly/RB "
                  "called/VBN on/IN him/PRP to/TO resign/VB ./."),
            "(ROOT (S (NP (NNP Morales)) (VP (VBD resigned) (SBAR (IN after) (S (NP (DT the) (NN "
            "army) (NN chief)) (ADVP (RB publicly)) (VP (VBN called) (PP (IN on) (NP (PRP him))) "
            "(S (VP (TO to) (VP (VB resign)))))))) (. .)))");
}

TEST(FastParserTest, AListOfMembersBeforeTheVerbsInfinitiveIsAParenthetical) {
  EXPECT_EQ(Parse("Latvia/NNP ordered/VBD three/CD diplomats/NNS ,/, including/VBG the/DT "
                  "consul/NN ,/, to/TO leave/VB ./."),
            "(ROOT (S (NP (NNP Latvia)) (VP (VBD ordered) (NP (CD three) (NNS diplomats)) (PRN (, "
            ",) (PP (VBG including) (NP (DT the) (NN consul))) (, ,)) (S (VP (TO to) (VP (VB "
            "leave))))) (. .)))");
}

TEST(FastParserTest, APastTenseAfterAnInfinitiveOrParticipleCoordinatesWithTheOuterVerb) {
  // "Chile welcomed the offer to mediate and recalled its envoy": "recalled"
  // is Chile's, not a second infinitive.
  EXPECT_EQ(Parse("Chile/NNP welcomed/VBD the/DT offer/NN to/TO mediate/VB and/CC recalled/VBD "
                  "its/PRP$ envoy/NN"),
            "(ROOT (S (NP (NNP Chile)) (VP (VP (VBD welcomed) (NP (DT the) (NN offer)) (S (VP (TO "
            "to) (VP (VB mediate))))) (CC and) (VP (VBD recalled) (NP (PRP$ its) (NN envoy))))))");
  // "Peru denied the claims made by Bolivia and closed the border".
  EXPECT_EQ(Parse("Peru/NNP denied/VBD the/DT claims/NNS made/VBN by/IN Bolivia/NNP and/CC "
                  "closed/VBD the/DT border/NN"),
            "(ROOT (S (NP (NNP Peru)) (VP (VP (VBD denied) (NP (DT the) (NNS claims)) (S (VP (VBN "
            "made) (PP (IN by) (NP (NNP Bolivia)))))) (CC and) (VP (VBD closed) (NP (DT the) (NN "
            "border))))))");
  // "Peru asked Bolivia to open and inspect the border": two infinitives.
  EXPECT_EQ(
      Parse("Peru/NNP asked/VBD Bolivia/NNP to/TO open/VB and/CC inspect/VB the/DT "
            "border/NN"),
      "(ROOT (S (NP (NNP Peru)) (VP (VBD asked) (NP (NNP Bolivia)) (S (VP (TO to) (VP (VP (VB "
      "open)) (CC and) (VP (VB inspect) (NP (DT the) (NN border)))))))))");
}

TEST(FastParserTest, AVerbOfSayingAfterAReportedClauseIsTheReportersOwn) {
  // "Peru denied that its troops had crossed the border and accused Chile
  // of lying": the accusation is Peru's, not a second deed of the troops.
  EXPECT_EQ(Parse("Peru/NNP denied/VBD that/IN its/PRP$ troops/NNS had/VBD crossed/VBN the/DT "
                  "border/NN and/CC accused/VBD Chile/NNP"),
            "(ROOT (S (NP (NNP Peru)) (VP (VP (VBD denied) (SBAR (IN that) (S (NP (PRP$ its) (NNS "
            "troops)) (VP (VBD had) (VP (VBN crossed) (NP (DT the) (NN border))))))) (CC and) (VP "
            "(VBD accused) (NP (NNP Chile))))))");
  // "Chad says its soldiers are guarding the camps and has rejected the
  // report": the reporter's tense, not the reported verb's.
  EXPECT_EQ(Parse("Chad/NNP says/VBZ its/PRP$ soldiers/NNS are/VBP guarding/VBG the/DT "
                  "camps/NNS and/CC has/VBZ rejected/VBN the/DT report/NN"),
            "(ROOT (S (NP (NNP Chad)) (VP (VP (VBZ says) (SBAR (S (NP (PRP$ its) (NNS soldiers)) "
            "(VP (VBP are) (VP (VBG guarding) (NP (DT the) (NNS camps))))))) (CC and) (VP (VBZ "
            "has) (VP (VBN rejected) (NP (DT the) (NN report)))))))");
  // Another deed in the reported clause's own tense stays in it.
  EXPECT_EQ(Parse("Peru/NNP said/VBD its/PRP$ troops/NNS had/VBD crossed/VBN the/DT "
                  "border/NN and/CC seized/VBD a/DT post/NN"),
            "(ROOT (S (NP (NNP Peru)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NNS troops)) (VP "
            "(VP (VBD had) (VP (VBN crossed) (NP (DT the) (NN border)))) (CC and) (VP (VBD "
            "seized) (NP (DT a) (NN post)))))))))");
}

TEST(FastParserTest, APastTenseTaggedAsTheLastNounOfACompoundIsTheVerb) {
  // "as protests against price rises escalated/NN into riots".
  EXPECT_EQ(Parse("Chile/NNP deployed/VBD troops/NNS as/IN protests/NNS against/IN price/NN "
                  "rises/NNS escalated/NN into/IN riots/NNS"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD deployed) (NP (NNS troops)) (SBAR (IN as) (S (NP "
            "(NP (NNS protests)) (PP (IN against) (NP (NN price) (NNS rises)))) (VP (VBD "
            "escalated) (PP (IN into) (NP (NNS riots)))))))))");
  // A noun in -ed stays one: "hatred", and any word once the clause has its verb.
  EXPECT_EQ(Parse("Chile/NNP condemned/VBD ethnic/JJ hatred/NN in/IN Peru/NNP"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD condemned) (NP (JJ ethnic) (NN hatred)) (PP (IN "
            "in) (NP (NNP Peru))))))");
  EXPECT_EQ(Parse("Chile/NNP sent/VBD the/DT army/NN unit/NN trained/NN in/IN Peru/NNP"),
            "(ROOT (S (NP (NNP Chile)) (VP (VBD sent) (NP (DT the) (NN army) (NN unit) (NN "
            "trained)) (PP (IN in) (NP (NNP Peru))))))");
}

TEST(FastParserTest, ASubjectWithAParticipleAndItsPhraseAfterAConjunctionStartsAClause) {
  // "after gunmen linked to a cartel stormed the prison": a clause, not a
  // phrase "after gunmen" with a participle of the main verb.
  EXPECT_EQ(Parse("Mexico/NNP sent/VBD troops/NNS after/IN gunmen/NNS linked/VBN to/TO a/DT "
                  "cartel/NN stormed/VBD the/DT prison/NN"),
            "(ROOT (S (NP (NNP Mexico)) (VP (VBD sent) (NP (NNS troops)) (SBAR (IN after) (S (NP "
            "(NNS gunmen)) (SBAR (S (VP (VBN linked) (PP (TO to) (NP (DT a) (NN cartel)))))) (VP "
            "(VBD stormed) (NP (DT the) (NN prison))))))))");
  // Without a verb after the phrase, "after" still opens a phrase.
  EXPECT_EQ(Parse("Mexico/NNP sent/VBD troops/NNS after/IN talks/NNS held/VBN in/IN Lima/NNP"),
            "(ROOT (S (NP (NNP Mexico)) (VP (VBD sent) (NP (NNS troops)) (PP (IN after) (NP (NNS "
            "talks))) (S (VP (VBN held) (PP (IN in) (NP (NNP Lima))))))))");
}

TEST(FastParserTest, ANationalityTaggedAsANameAfterAnAdjectiveAndIsAnAdjective) {
  EXPECT_EQ(Parse("the/DT Armenian/JJ and/CC Azerbaijani/NNP foreign/JJ ministers/NNS met/VBD"),
            "(ROOT (S (NP (DT the) (ADJP (JJ Armenian) (CC and) (NNP Azerbaijani)) (JJ foreign) "
            "(NNS ministers)) (VP (VBD met))))");
  // Not after a lower-case adjective ("the poor and Gaza residents").
  EXPECT_EQ(Parse("the/DT poor/JJ and/CC Gaza/NNP residents/NNS met/VBD"),
            "(ROOT (S (NP (NP (DT the) (JJ poor)) (CC and) (NP (NNP Gaza) (NNS residents))) (VP "
            "(VBD met))))");
}

TEST(FastParserTest, AMemberAfterCommaAndDescribedByAClauseBeforeItsVerbStartsAClause) {
  // ", and NAME, who ...," then the verb: the name is a new subject.
  std::string tree = Parse(
      "Arnor/NNP rejected/VBD the/DT claim/NN ,/, and/CC Minister/NNP Ruiz/NNP ,/, who/WP was/VBD "
      "in/IN Rohan/NNP ,/, said/VBD it/PRP would/MD help/VB ./.");
  EXPECT_EQ(tree.find("(NP (NP (DT the) (NN claim)) (, ,) (CC and)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(CC and) (S (NP (NNP Minister) (NNP Ruiz))"), std::string::npos) << tree;
  // ", and jets flown by the rebels bombed ...": a "by" participle, then the verb.
  tree = Parse(
      "Rebels/NNS blocked/VBD roads/NNS on/IN Monday/NNP ,/, and/CC jets/NNS flown/VBN by/IN "
      "the/DT rebels/NNS bombed/VBD the/DT palace/NN ./.");
  EXPECT_EQ(tree.find("(NP (NNP Monday)) (, ,) (CC and)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(S (NP (NNS jets))"), std::string::npos) << tree;
  // Without the comma before "and", a list goes on: "met Ruiz and Lee, who ...".
  tree = Parse(
      "Arnor/NNP met/VBD Minister/NNP Ruiz/NNP and/CC Minister/NNP Lee/NNP ,/, who/WP was/VBD "
      "in/IN Rohan/NNP ./.");
  EXPECT_NE(tree.find("(NP (NP (NNP Minister) (NNP Ruiz)) (CC and) (NP (NNP Minister) (NNP Lee)))"),
            std::string::npos)
      << tree;
  // Nor does a list with commas before the last member end at it.
  tree = Parse(
      "Arnor/NNP attacked/VBD Gondor/NNP ,/, Rohan/NNP ,/, and/CC Harad/NNP ,/, which/WDT "
      "was/VBD weak/JJ ./.");
  EXPECT_NE(tree.find("(, ,) (CC and) (NNP Harad))"), std::string::npos) << tree;
  // ", and A, B and C also denounced it": the rest of a list, then the verb,
  // makes the list the new clause's subject.
  tree = Parse(
      "Arnor/NNP sent/VBD condolences/NNS to/TO the/DT families/NNS ,/, and/CC Rohan/NNP ,/, "
      "Harad/NNP and/CC several/JJ governments/NNS also/RB denounced/VBD it/PRP ./.");
  EXPECT_EQ(tree.find("(NNS families)) (, ,) (CC and)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(S (NP (NP (NNP Rohan)) (, ,) (NP (NNP Harad))"), std::string::npos) << tree;
  // ", and leaders across Rohan condemned ...": a member with its
  // prepositional phrase, then the verb.
  tree = Parse(
      "Arnor/NNP sent/VBD condolences/NNS to/TO the/DT families/NNS ,/, and/CC leaders/NNS "
      "across/IN Rohan/NNP condemned/VBD the/DT attack/NN ./.");
  EXPECT_NE(tree.find("(CC and) (S (NP (NP (NNS leaders)) (PP (IN across)"), std::string::npos)
      << tree;
  // Without a verb after it, the member stays in the list.
  tree = Parse(
      "Arnor/NNP sent/VBD condolences/NNS to/TO the/DT families/NNS ,/, and/CC leaders/NNS "
      "across/IN Rohan/NNP ./.");
  EXPECT_NE(tree.find("(, ,) (CC and) (NNS leaders)"), std::string::npos) << tree;
  // ", and Rohan, the former colonial power, offered/VBN to send police": an
  // apposition between commas, then the verb (a past the tagger missed).
  tree = Parse(
      "Arnor/NNP condemned/VBD the/DT attack/NN ,/, and/CC Rohan/NNP ,/, the/DT former/JJ "
      "colonial/JJ power/NN ,/, offered/VBN to/TO send/VB police/NNS ./.");
  EXPECT_EQ(tree.find("(NN attack) (, ,) (CC and)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(CC and) (S (NP (NNP Rohan)) (, ,) (NP (DT the)"), std::string::npos)
      << tree;
  // With no verb after the apposition, the member stays in the list.
  tree = Parse(
      "Arnor/NNP condemned/VBD the/DT attack/NN ,/, and/CC Rohan/NNP ,/, the/DT former/JJ "
      "colonial/JJ power/NN ,/, on/IN Monday/NNP ./.");
  EXPECT_EQ(tree.find("(S (NP (NNP Rohan))"), std::string::npos) << tree;
}

TEST(FastParserTest, AVerbAfterAFreeRelativeOfNamingIsTheOuterVerbs) {
  // "condemned what it called a coup and demanded ...": "demanded" is the
  // outer verb's coordinate.
  EXPECT_EQ(Parse("Arnor/NNP condemned/VBD what/WP it/PRP called/VBD a/DT coup/NN and/CC "
                  "demanded/VBD elections/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD condemned) (NP (WP what)) (NP (PRP it)) (S "
            "(VP (VBD called) (NP (DT a) (NN coup))))) (CC and) (VP (VBD demanded) (NP (NNS "
            "elections))))))");
  // Not after a verb that names nothing ("what it wanted and ...").
  std::string tree =
      Parse("Arnor/NNP said/VBD what/WP it/PRP wanted/VBD and/CC demanded/VBD elections/NNS");
  EXPECT_EQ(tree.find("(VP (VP (VBD said)"), std::string::npos) << tree;
}

TEST(FastParserTest, ArmedBeforeForcesIsAnAdjective) {
  // "armed/VBN forces" after a modifier: the compound, not a verb and its object.
  EXPECT_EQ(Parse("the/DT commander/NN of/IN the/DT Gondorian/NN armed/VBN forces/NNS "
                  "resigned/VBD"),
            "(ROOT (S (NP (NP (DT the) (NN commander)) (PP (IN of) (NP (DT the) (NN Gondorian) "
            "(JJ armed) (NNS forces)))) (VP (VBD resigned))))");
  // "armed" before another noun keeps its tag ("the government armed/VBD rebels").
  std::string tree = Parse("the/DT government/NN armed/VBD rebels/NNS");
  EXPECT_NE(tree.find("(VP (VBD armed) (NP (NNS rebels)))"), std::string::npos) << tree;
}

TEST(FastParserTest, ANounBetweenToAndADeterminerIsTheInfinitivesVerb) {
  EXPECT_EQ(Parse("Arnor/NNP launched/VBD an/DT assault/NN to/TO retake/NN the/DT city/NN"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD launched) (NP (DT an) (NN assault)) (S (VP (TO "
            "to) (VP (VB retake) (NP (DT the) (NN city))))))))");
  // A noun after "to" with nothing after it, or its own determiner, stays a noun.
  std::string tree = Parse("Arnor/NNP returned/VBD to/TO power/NN ./.");
  EXPECT_NE(tree.find("(NN power)"), std::string::npos) << tree;
}

TEST(FastParserTest, APastFormAfterAGerundComplementCoordinatesWithTheOuterVerb) {
  EXPECT_EQ(Parse("Arnor/NNP accused/VBD Rohan/NNP of/IN arming/VBG rebels/NNS and/CC "
                  "called/VBN on/IN Gondor/NNP to/TO act/VB"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD accused) (NP (NNP Rohan)) (PP (IN of) (S (VP "
            "(VBG arming) (NP (NNS rebels)))))) (CC and) (VP (VBN called) (PP (IN on) (NP (NNP "
            "Gondor))) (S (VP (TO to) (VP (VB act))))))))");
  // Nor does any finite verb, under an infinitive too: the past goes with
  // the outer verb.
  const std::string offered = Parse(
      "Arnor/NNP offered/VBD to/TO play/VB a/DT role/NN in/IN easing/VBG tensions/NNS and/CC "
      "urged/VBD Rohan/NNP to/TO wait/VB");
  EXPECT_NE(offered.find("(VP (VP (VBD offered)"), std::string::npos) << offered;
  EXPECT_NE(offered.find("(CC and) (VP (VBD urged)"), std::string::npos) << offered;
  EXPECT_EQ(offered.find("(VBG easing) (NP (NNS tensions))) (CC and)"), std::string::npos)
      << offered;
  // Two gerunds still coordinate.
  std::string tree = Parse(
      "Arnor/NNP accused/VBD Rohan/NNP of/IN arming/VBG rebels/NNS and/CC funding/VBG "
      "them/PRP");
  EXPECT_NE(tree.find("(VP (VP (VBG arming) (NP (NNS rebels))) (CC and) (VP (VBG funding)"),
            std::string::npos)
      << tree;
}

TEST(FastParserTest, APastFormAfterAParticiplesSmallClauseCoordinatesWithTheOuterVerb) {
  // "said Rohanians had made their voices heard and urged the army": "urged"
  // is the reporter's, not a coordinate of the small clause "heard".
  const std::string tree = Parse(
      "Arnor/NNP said/VBD Rohanians/NNP had/VBD made/VBN their/PRP$ voices/NNS heard/VBN "
      "and/CC urged/VBD the/DT army/NN to/TO act/VB");
  EXPECT_NE(tree.find("(VP (VP (VBD said)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(S (VP (VBN heard)))))))) (CC and) (VP (VBD urged)"), std::string::npos)
      << tree;
  // Two participles still coordinate ("had them arrested and jailed").
  const std::string both =
      Parse("Arnor/NNP had/VBD made/VBN their/PRP$ voices/NNS heard/VBN and/CC felt/VBN");
  EXPECT_NE(both.find("(VP (VP (VBN heard)) (CC and) (VP (VBN felt)))"), std::string::npos) << both;
}

TEST(FastParserTest, HostageAfterTheCaptivesIsNoPartOfTheirPhrase) {
  std::string tree = Parse("Rebels/NNS took/VBD several/JJ officials/NNS hostage/NN");
  EXPECT_NE(tree.find("(NP (JJ several) (NNS officials)) (NP (NN hostage))"), std::string::npos)
      << tree;
  // "the hostage crisis", "Israeli hostage families" keep the compound.
  tree = Parse("Rebels/NNS ended/VBD the/DT hostage/NN crisis/NN");
  EXPECT_NE(tree.find("(NP (DT the) (NN hostage) (NN crisis))"), std::string::npos) << tree;
}

TEST(FastParserTest, ASubjectCoordinationGoesOnToAFurtherAndBeforeItsVerb) {
  EXPECT_EQ(Parse("Arnorian/JJ and/CC Gondorian/JJ troops/NNS and/CC police/NNS arrived/VBD"),
            "(ROOT (S (NP (NP (ADJP (JJ Arnorian) (CC and) (JJ Gondorian)) (NNS troops)) (CC and) "
            "(NP (NNS police))) (VP (VBD arrived))))");
  // An object does not: "and police arrived" is a clause of its own.
  std::string tree = Parse(
      "Arnor/NNP attacked/VBD Rohan/NNP and/CC Gondor/NNP and/CC "
      "police/NNS arrived/VBD");
  EXPECT_EQ(tree.find("(CC and) (NP (NNS police))"), std::string::npos) << tree;
}

TEST(FastParserTest, AByPhraseAfterAQuotedComplementStaysInThePhrase) {
  std::string tree = Parse(
      "Arnor/NNP condemned/VBD what/WP it/PRP called/VBD ``/`` aggression/NN ''/'' by/IN "
      "Rohan/NNP ./.");
  EXPECT_NE(tree.find("('' '') (PP (IN by) (NP (NNP Rohan)))))"), std::string::npos) << tree;
  // Other prepositions after the quote still end it.
  tree = Parse(
      "Arnor/NNP urged/VBD people/NNS to/TO ``/`` protest/VB ''/'' against/IN it/PRP "
      "./.");
  EXPECT_NE(tree.find("('' '') (PP (IN against)"), std::string::npos) << tree;
}

TEST(FastParserTest, APastTenseTaggedAsANounRightAfterANameBeforeItsObjectIsTheVerb) {
  // "after President Gondor Smith endorsed/NN opposition leader X".
  std::string tree = Parse(
      "Arnor/NNP left/VBD after/IN President/NNP Elendil/NNP endorsed/NN "
      "opposition/NN leader/NN Aragorn/NNP");
  EXPECT_NE(tree.find("(VP (VBD endorsed) (NP (NN opposition) (NN leader) (NNP Aragorn)))"),
            std::string::npos)
      << tree;
  // "Minas cut/NN ties with Arnor", "Gondor shut/NN its border".
  tree = Parse("Minas/NNP cut/NN ties/NNS with/IN Arnor/NNP");
  EXPECT_NE(tree.find("(VP (VBD cut) (NP (NNS ties))"), std::string::npos) << tree;
  tree = Parse("Gondor/NNP shut/NN its/PRP$ border/NN");
  EXPECT_NE(tree.find("(VP (VBD shut) (NP (PRP$ its) (NN border)))"), std::string::npos) << tree;
  // After a common noun, or once the clause has its verb, the noun stays one;
  // so does "bloodshed".
  tree = Parse("the/DT army/NN unit/NN trained/NN Gondor/NNP troops/NNS");
  EXPECT_EQ(tree.find("VBD"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP condemned/VBD the/DT Gondor/NNP bloodshed/NN last/JJ week/NN");
  EXPECT_NE(tree.find("(NN bloodshed)"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP signed/VBD the/DT Gondor/NNP cut/NN yesterday/NN");
  EXPECT_NE(tree.find("(NN cut)"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleWithAnObjectInAListOfPastTensesIsAPredicate) {
  // "The council dissolved the cabinet, outlawed/VBN strikes and imposed a
  // curfew": three predicates of one subject.
  EXPECT_EQ(Parse("the/DT council/NN dissolved/VBD the/DT cabinet/NN ,/, outlawed/VBN strikes/NNS "
                  "and/CC imposed/VBD a/DT curfew/NN"),
            "(ROOT (S (NP (DT the) (NN council)) (VP (VP (VBD dissolved) (NP (DT the) (NN "
            "cabinet))) (, ,) (VP (VP (VBN outlawed) (NP (NNS strikes))) (CC and) (VP (VBD "
            "imposed) (NP (DT a) (NN curfew)))))))");
  // A participle without an object after the comma describes: no list.
  std::string tree = Parse(
      "the/DT council/NN dissolved/VBD the/DT cabinet/NN ,/, backed/VBN "
      "by/IN the/DT army/NN ,/, and/CC imposed/VBD a/DT curfew/NN");
  EXPECT_EQ(tree.find("(VP (VBN backed) (NP"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(, ,) (VP (VBN backed)"), std::string::npos) << tree;
}

TEST(FastParserTest, APastFormAfterAnInfinitiveIsAnOuterVerbs) {
  // "said Rohan would not accept the order to withdraw and called/VBN on ...":
  // the appeal is the speaker's, not a second infinitive.
  EXPECT_EQ(Parse("Arnor/NNP said/VBD Rohan/NNP would/MD not/RB accept/VB the/DT order/NN to/TO "
                  "withdraw/VB and/CC called/VBN on/IN Gondor/NNP"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (NNP Rohan)) (VP (MD would) "
            "(RB not) (VP (VB accept) (NP (DT the) (NN order)) (S (VP (TO to) (VP (VB "
            "withdraw))))))))) (CC and) (VP (VBN called) (PP (IN on) (NP (NNP Gondor)))))))");
  // Two infinitives stay one coordination.
  std::string tree = Parse("Arnor/NNP wants/VBZ to/TO withdraw/VB and/CC rebuild/VB");
  EXPECT_NE(tree.find("(VP (VP (VB withdraw)) (CC and) (VP (VB rebuild)))"), std::string::npos)
      << tree;
}

TEST(FastParserTest, AVerbOfSpeechAfterAReportedVerbWithoutAuxiliaryIsTheReportersOwn) {
  // "Peru denied that Chile had any role and blamed Bolivia".
  EXPECT_EQ(Parse("Peru/NNP denied/VBD that/IN Chile/NNP had/VBD any/DT role/NN and/CC "
                  "blamed/VBD Bolivia/NNP"),
            "(ROOT (S (NP (NNP Peru)) (VP (VP (VBD denied) (SBAR (IN that) (S (NP (NNP Chile)) (VP "
            "(VBD had) (NP (DT any) (NN role)))))) (CC and) (VP (VBD blamed) (NP (NNP "
            "Bolivia))))))");
  // A deed that is no word stays in the reported clause.
  std::string tree = Parse(
      "Peru/NNP said/VBD Chile/NNP crossed/VBD the/DT border/NN and/CC "
      "seized/VBD a/DT post/NN");
  EXPECT_NE(tree.find("(CC and) (VP (VBD seized)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(SBAR (S (NP (NNP Chile)) (VP (VP (VBD crossed)"), std::string::npos)
      << tree;
}

TEST(FastParserTest, ABareNameAfterAVerbOfTwoObjectsIsTheFirstObject) {
  // "Gondor granted Aragorn political asylum", "a judge denied Boromir bail".
  EXPECT_EQ(Parse("Gondor/NNP granted/VBD Aragorn/NNP political/JJ asylum/NN"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD granted) (NP (NNP Aragorn)) (NP (JJ political) "
            "(NN asylum)))))");
  EXPECT_EQ(Parse("a/DT judge/NN denied/VBD Boromir/NNP bail/NN"),
            "(ROOT (S (NP (DT a) (NN judge)) (VP (VBD denied) (NP (NNP Boromir)) (NP (NN "
            "bail)))))");
  // A nationality tagged as a name stays the phrase's modifier; so does a
  // name after another verb.
  std::string tree = Parse("Arnor/NNP gave/VBD Gondorian/NNP citizens/NNS 14/CD days/NNS");
  EXPECT_NE(tree.find("(NP (NNP Gondorian) (NNS citizens))"), std::string::npos) << tree;
  tree = Parse("Gondor/NNP condemned/VBD Rohan/NNP policy/NN");
  EXPECT_NE(tree.find("(NP (NNP Rohan) (NN policy))"), std::string::npos) << tree;
}

TEST(FastParserTest, QuotedWordsAfterADeterminerAreItsPhrase) {
  // "condemned the "brutal raid"": one phrase from the determiner on.
  // "condemned the "brutal raid" on Rohan": the closing quote stays in the
  // verb phrase, with the preposition after it.
  EXPECT_EQ(Parse("Arnor/NNP condemned/VBD the/DT ``/`` brutal/JJ raid/NN ''/'' on/IN Rohan/NNP"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (DT the) (`` ``) (JJ brutal) (NN "
            "raid)) ('' '') (PP (IN on) (NP (NNP Rohan))))))");
  // A quote with a verb in it is a quotation, not a phrase's words.
  std::string tree = Parse("Arnor/NNP called/VBD the/DT ``/`` raid/NN was/VBD brutal/JJ ''/''");
  EXPECT_EQ(tree.find("(DT the) (`` ``)"), std::string::npos) << tree;
}

TEST(FastParserTest, QuotedWordsRightAfterTheVerbKeepThePrepositionAfterThem) {
  // "voiced "deep concern" over Rohan": the closing quote stays in the verb
  // phrase, with the preposition after it.
  EXPECT_EQ(Parse("Arnor/NNP voiced/VBD ``/`` deep/JJ concern/NN ''/'' over/IN Rohan/NNP"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD voiced) (`` ``) (NP (JJ deep) (NN concern)) ('' "
            "'') (PP (IN over) (NP (NNP Rohan))))))");
  std::string tree = Parse(
      "Arnor/NNP filed/VBD ``/`` a/DT formal/JJ complaint/NN and/CC protest/NN ''/'' with/IN "
      "Rohan/NNP");
  EXPECT_NE(tree.find("('' '') (PP (IN with) (NP (NNP Rohan)))))"), std::string::npos) << tree;
  // A quotation with a verb in it still ends at its closing quote.
  tree = Parse("Arnor/NNP said/VBD ``/`` we/PRP won/VBD ''/'' after/IN the/DT vote/NN");
  EXPECT_EQ(tree,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (`` ``) (SBAR (S (NP (PRP we)) (VP (VBD "
            "won))))) ('' '') (PP (IN after) (NP (DT the) (NN vote)))))");
}

TEST(FastParserTest, AQuotedNounAfterAPrepositionIsItsObject) {
  // "branded the rebels as "bandits" armed by Rohan and accused Rohan of
  // ...": the quotes stand in the "as" phrase, the participle after them
  // qualifies the quoted noun, and "accused" coordinates with "branded".
  std::string tree = Parse(
      "Arnor/NNP branded/VBD the/DT rebels/NNS as/IN ``/`` bandits/NNS ''/'' armed/VBN by/IN "
      "Rohan/NNP and/CC accused/VBD Rohan/NNP of/IN meddling/VBG ./.");
  EXPECT_NE(tree.find("(PP (IN as) (`` ``) (NP (NNS bandits)) ('' ''))"), std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(S (NP (NNP Arnor)) (VP (VP (VBD branded)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(CC and) (VP (VBD accused)"), std::string::npos) << tree;
  // "charged with "high treason"": an adjective and a noun.
  tree = Parse("Gondor/NNP charged/VBD him/PRP with/IN ``/`` high/JJ treason/NN ''/'' ./.");
  EXPECT_NE(tree.find("(PP (IN with) (`` ``) (NP (JJ high) (NN treason)) ('' ''))"),
            std::string::npos)
      << tree;
  // A quotation with a verb in it is no such object.
  tree = Parse("Arnor/NNP said/VBD after/IN ``/`` we/PRP won/VBD ''/'' ./.");
  EXPECT_EQ(tree.find("(PP (IN after) (`` ``)"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleWithOnlyPhrasesBeforeTheVerbIsAReducedRelative) {
  // "letters found/VBN in the house proved that ...": the participle and its
  // phrases qualify the subject, though the main verb's own clause holds
  // another finite verb.
  std::string tree = Parse(
      "Arnor/NNP said/VBD letters/NNS found/VBN in/IN the/DT house/NN proved/VBD Rohan/NNP "
      "had/VBD armed/VBN the/DT orcs/NNS ./.");
  EXPECT_NE(tree.find("(NP (NNS letters)) (SBAR (S (VP (VBN found) (PP (IN in) (NP (DT the) (NN "
                      "house)))))) (VP (VBD proved)"),
            std::string::npos)
      << tree;
  // A subordinator between them leaves the participle the main verb.
  tree = Parse(
      "Troops/NNS moved/VBN into/IN the/DT city/NN after/IN rebels/NNS attacked/VBD the/DT "
      "base/NN ./.");
  EXPECT_EQ(tree.find("(SBAR (S (VP (VBN moved)"), std::string::npos) << tree;
}

TEST(FastParserTest, APastInEdAfterANounTaggedAsAnAdjectiveIsTheVerb) {
  // "The Gondorian military/JJ apologised/NN to the families": the verb.
  EXPECT_EQ(Parse("The/DT Gondorian/NNP military/JJ apologised/NN to/TO the/DT families/NNS"),
            "(ROOT (S (NP (DT The) (NNP Gondorian) (JJ military)) (VP (VBD apologised) (PP (TO "
            "to) (NP (DT the) (NNS families))))))");
  // After a finite verb it stays a noun; a bed is a noun.
  std::string tree = Parse("Arnor/NNP has/VBZ a/DT new/JJ seabed/NN off/IN Rohan/NNP");
  EXPECT_NE(tree.find("(NN seabed)"), std::string::npos) << tree;
  tree = Parse("the/DT old/JJ seabed/NN off/IN Rohan/NNP");
  EXPECT_NE(tree.find("(NN seabed)"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticiplesPhraseBetweenCommasLeavesTheSubjectToItsVerb) {
  // "Arnor, locked in a feud with Rohan over the river, signed a pact": the
  // participle's phrase is an aside; "signed" is the subject's verb.
  EXPECT_EQ(Parse("Arnor/NNP ,/, locked/VBN in/IN a/DT feud/NN with/IN Rohan/NNP over/IN the/DT "
                  "river/NN ,/, signed/VBD a/DT pact/NN"),
            "(ROOT (S (NP (NNP Arnor)) (, ,) (S (VP (VBN locked) (PP (IN in) (NP (DT a) (NN "
            "feud))) (PP (IN with) (NP (NNP Rohan))) (PP (IN over) (NP (DT the) (NN river))))) "
            "(, ,) (VP (VBD signed) (NP (DT a) (NN pact)))))");
  // A finite verb inside, or none after the closing comma: no aside.
  std::string tree =
      Parse("Arnor/NNP ,/, backed/VBN by/IN Rohan/NNP ,/, a/DT new/JJ pact/NN was/VBD signed/VBN");
  EXPECT_EQ(tree.find("(, ,) (VP (VBD was)"), std::string::npos) << tree;
  // "The deal, struck/VBD in Vienna, lifted sanctions": a past with no
  // object before a preposition is the participle.
  tree = Parse("The/DT deal/NN ,/, struck/VBD in/IN Rohan/NNP ,/, lifted/VBD sanctions/NNS");
  EXPECT_NE(tree.find("(, ,) (S (VP (VBN struck) (PP (IN in)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD lifted)"), std::string::npos) << tree;
  // With an object it is no participle's aside.
  tree = Parse("The/DT army/NN ,/, struck/VBD the/DT town/NN ,/, police/NNS said/VBD");
  EXPECT_EQ(tree.find("VBN"), std::string::npos) << tree;
  // "The balloon, first spotted over Rohan, had cost ...": adverbs may lead
  // the participle.
  EXPECT_EQ(Parse("The/DT balloon/NN ,/, first/RB spotted/VBN over/IN Rohan/NNP ,/, had/VBD "
                  "cost/VBN talks/NNS"),
            "(ROOT (S (NP (DT The) (NN balloon)) (, ,) (S (ADVP (RB first)) (VP (VBN spotted) "
            "(PP (IN over) (NP (NNP Rohan))))) (, ,) (VP (VBD had) (VP (VBN cost) (NP (NNS "
            "talks))))))");
}

TEST(FastParserTest, AnAppositionAfterAdverbsLeavesTheSubjectToItsVerb) {
  // "Ali, now a businessman in Rohan, denies any role": the adverb opens the
  // apposition; "denies" is the subject's verb.
  EXPECT_EQ(Parse("Ali/NNP ,/, now/RB a/DT businessman/NN in/IN Rohan/NNP ,/, denies/VBZ "
                  "any/DT role/NN"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (ADVP (RB now)) (NP (DT a) (NN businessman)) (PP (IN "
            "in) (NP (NNP Rohan))) (, ,) (VP (VBZ denies) (NP (DT any) (NN role)))))");
  // No finite verb after the closing comma: not an apposition of the subject.
  std::string tree = Parse(
      "Ali/NNP ,/, now/RB a/DT businessman/NN in/IN Rohan/NNP ,/, saying/VBG it/PRP was/VBD "
      "rich/JJ");
  EXPECT_EQ(tree.find("(, ,) (ADVP (RB now)) (NP (DT a)"), std::string::npos) << tree;
}

TEST(FastParserTest, ASubjectWhoseMembersACommaSetsApartKeepsTheVerbAfterItsComma) {
  // "The two ministers, Ruiz and Lee, met in Rohan": the list names the
  // subject; "met" is its verb, not a subjectless clause.
  std::string tree = Parse(
      "The/DT two/CD ministers/NNS ,/, Ruiz/NNP and/CC Lee/NNP ,/, met/VBD in/IN Rohan/NNP ./.");
  EXPECT_NE(tree.find("(NNP Lee))) (, ,) (VP (VBD met)"), std::string::npos) << tree;
  // A subject with no comma inside leaves a comma before a verb as it was.
  tree = Parse("The/DT ministers/NNS ,/, met/VBD in/IN Rohan/NNP ./.");
  EXPECT_EQ(tree.find("(, ,) (VP (VBD met)"), std::string::npos) << tree;
}

TEST(FastParserTest, AnAdverbBetweenCommasLeavesTheSubjectToItsVerb) {
  // "Arnor, meanwhile, accused Rohan": the adverbs are the clause's; "accused"
  // is the subject's verb, not a clause of its own.
  EXPECT_EQ(Parse("Arnor/NNP ,/, meanwhile/RB ,/, accused/VBD Rohan/NNP"),
            "(ROOT (S (NP (NNP Arnor)) (, ,) (ADVP (RB meanwhile)) (, ,) (VP (VBD accused) (NP "
            "(NNP Rohan)))))");
  std::string tree = Parse("Arnor/NNP ,/, however/RB ,/, has/VBZ rejected/VBN the/DT plan/NN");
  EXPECT_NE(tree.find("(, ,) (VP (VBZ has)"), std::string::npos) << tree;
  // No finite verb after the closing comma: no aside of the subject.
  tree = Parse("Arnor/NNP ,/, however/RB ,/, a/DT pact/NN was/VBD signed/VBN");
  EXPECT_EQ(tree.find("(, ,) (VP (VBD was)"), std::string::npos) << tree;
}

TEST(FastParserTest, ABaseVerbAfterAPossessiveIsANoun) {
  // "locked in its own quarrel/VB with Rohan": a noun of the phrase.
  std::string tree = Parse(
      "Arnor/NNP ,/, locked/VBN in/IN its/PRP$ own/JJ quarrel/VB with/IN "
      "Rohan/NNP ,/, signed/VBD a/DT pact/NN");
  EXPECT_NE(tree.find("(NP (PRP$ its) (JJ own) (NN quarrel))"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP began/VBD their/PRP$ march/VB on/IN Rohan/NNP");
  EXPECT_NE(tree.find("(NP (PRP$ their) (NN march))"), std::string::npos) << tree;
}

TEST(FastParserTest, ThatAfterAVerbOfSayingOpensAClause) {
  // "denied that/DT police had used ...": a complementizer, not "that police".
  std::string tree = Parse("Arnor/NNP denied/VBD that/DT police/NN had/VBD used/VBN force/NN");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (NN police)) (VP (VBD had)"), std::string::npos)
      << tree;
  // "said that troops fired/VBN on": the participle with no auxiliary is the past.
  tree = Parse("Arnor/NNP said/VBD that/IN troops/NNS fired/VBN on/IN Rohan/NNP");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (NNS troops)) (VP (VBD fired)"), std::string::npos)
      << tree;
  // A demonstrative before a noun with no verb after it stays one.
  tree = Parse("Arnor/NNP rejected/VBD that/DT proposal/NN on/IN Monday/NNP");
  EXPECT_NE(tree.find("(NP (DT that) (NN proposal))"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleAfterTheSubjectOfAClauseOfTimeIsItsPast) {
  // "a day after troops fired/VBN on refugees": the clause's verb.
  std::string tree = Parse(
      "Rohan/NNP closed/VBD the/DT border/NN a/DT day/NN after/IN Gondorian/JJ troops/NNS "
      "fired/VBN on/IN refugees/NNS ./.");
  EXPECT_NE(tree.find("(SBAR (IN after) (S (NP (JJ Gondorian) (NNS troops)) (VP (VBD fired)"),
            std::string::npos)
      << tree;
  tree = Parse("Riots/NNS spread/VBD when/WRB the/DT police/NNS detained/VBN a/DT woman/NN");
  EXPECT_NE(tree.find("(VP (VBD detained)"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP protested/VBD since/IN rebels/NNS crossed/VBN into/IN Arnor/NNP");
  EXPECT_NE(tree.find("(VP (VBD crossed)"), std::string::npos) << tree;
  // A relative clause's or a subordinate clause's verb after it is its own.
  tree = Parse(
      "Arnor/NNP protested/VBD after/IN the/DT king/NN revoked/VBN a/DT law/NN "
      "that/WDT sparked/VBD riots/NNS");
  EXPECT_NE(tree.find("(VP (VBD revoked)"), std::string::npos) << tree;
  tree = Parse(
      "Arnor/NNP protested/VBD after/IN police/NNS arrested/VBN him/PRP "
      "before/IN he/PRP spoke/VBD");
  EXPECT_NE(tree.find("(VP (VBD arrested) (NP (PRP him))"), std::string::npos) << tree;
  // ... and after a place's "where".
  tree = Parse(
      "The/DT king/NN flew/VBD to/TO Rohan/NNP ,/, where/WRB police/NNS "
      "arrested/VBN two/CD men/NNS");
  EXPECT_NE(tree.find("(VP (VBD arrested)"), std::string::npos) << tree;
  // ... and after a bare verb of saying.
  tree = Parse(
      "The/DT army/NN said/VBD Gondorian/JJ troops/NNS fired/VBN on/IN its/PRP$ "
      "posts/NNS");
  EXPECT_NE(tree.find("(VP (VBD fired)"), std::string::npos) << tree;
  // ... and after a subject pronoun.
  tree = Parse("Arnor/NNP said/VBD it/PRP arrested/VBN two/CD men/NNS");
  EXPECT_NE(tree.find("(VP (VBD arrested)"), std::string::npos) << tree;
  // A passive's reduced relative stays one: "by" follows, a time follows, or
  // the clause's own verb comes later.
  tree = Parse(
      "Rohan/NNP protested/VBD after/IN protesters/NNS wounded/VBN by/IN police/NNS "
      "died/VBD");
  EXPECT_NE(tree.find("(VBN wounded)"), std::string::npos) << tree;
  tree = Parse("Rohan/NNP protested/VBD after/IN the/DT arms/NNS seized/VBN last/JJ week/NN");
  EXPECT_NE(tree.find("(VBN seized)"), std::string::npos) << tree;
  tree = Parse(
      "Rohan/NNP protested/VBD after/IN troops/NNS stationed/VBN in/IN Arnor/NNP "
      "withdrew/VBD");
  EXPECT_NE(tree.find("(VBN stationed)"), std::string::npos) << tree;
  // A form that is only a participle, and a participle after a preposition, stay.
  tree = Parse("Rohan/NNP protested/VBD after/IN prisoners/NNS taken/VBN in/IN Arnor/NNP");
  EXPECT_NE(tree.find("(VBN taken)"), std::string::npos) << tree;
  tree = Parse("Rohan/NNP spoke/VBD of/IN towns/NNS destroyed/VBN in/IN the/DT war/NN");
  EXPECT_NE(tree.find("(VBN destroyed)"), std::string::npos) << tree;
}

TEST(FastParserTest, AMeasureOfTimeBeforeAnOpeningClauseOfTimeIsNoSubject) {
  // "Hours after missiles hit Rohan, the king accused Arnor": the sentence's
  // subject is the king's, not "Hours".
  std::string tree = Parse(
      "Hours/NNS after/IN missiles/NNS hit/VBD Rohan/NNP ,/, the/DT king/NN accused/VBD "
      "Arnor/NNP ./.");
  EXPECT_NE(tree.find("(S (ADVP (NP (NNS Hours)) (SBAR (IN after) (S (NP (NNS missiles))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(, ,) (NP (DT the) (NN king)) (VP (VBD accused)"), std::string::npos)
      << tree;
  tree = Parse("A/DT week/NN before/IN the/DT vote/NN ,/, Arnor/NNP closed/VBD the/DT border/NN");
  EXPECT_NE(tree.find("(S (ADVP (NP (DT A) (NN week)) "), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (NP (NNP Arnor)) (VP (VBD closed)"), std::string::npos) << tree;
  // Later in the sentence the measure is the clause's before it, not the
  // attribution's after it.
  tree = Parse(
      "Arnor/NNP left/VBD Rohan/NNP ,/, five/CD years/NNS after/IN crowds/NNS trashed/VBD "
      "its/PRP$ embassy/NN ,/, an/DT official/NN said/VBD");
  EXPECT_EQ(tree.find("(ADVP (NP (CD five)"), std::string::npos) << tree;
  // A measure of time that is the subject stays one.
  tree = Parse("Two/CD weeks/NNS passed/VBD before/IN Arnor/NNP replied/VBD");
  EXPECT_NE(tree.find("(S (NP (CD Two) (NNS weeks)) (VP (VBD passed)"), std::string::npos) << tree;
}

TEST(FastParserTest, OnceBeforeAClauseOpensIt) {
  std::string tree = Parse(
      "Once/RB Gondorian/JJ troops/NNS withdrew/VBD ,/, rebels/NNS attacked/VBD the/DT "
      "army/NN");
  EXPECT_NE(tree.find("(SBAR (RB Once) (S (NP (JJ Gondorian) (NNS troops)) (VP (VBD withdrew))))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(NP (NNS rebels)) (VP (VBD attacked)"), std::string::npos) << tree;
  // "once" as an adverb of a clause stays one.
  tree = Parse("Arnor/NNP once/RB ruled/VBD Rohan/NNP");
  EXPECT_NE(tree.find("(VBD ruled) (NP (NNP Rohan))"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleAfterTheSubjectThatFollowsAnOpeningClauseIsThePast) {
  // "When soldiers crossed the border, troops fired/VBN on them".
  std::string tree = Parse(
      "When/WRB Gondorian/JJ soldiers/NNS crossed/VBD the/DT border/NN ,/, Arnorian/JJ "
      "troops/NNS fired/VBN on/IN them/PRP ./.");
  EXPECT_NE(tree.find("(, ,) (NP (JJ Arnorian) (NNS troops)) (VP (VBD fired)"), std::string::npos)
      << tree;
  // A thing's participle after such a clause is no past ("..., weapons seized
  // in the raid").
  tree = Parse(
      "When/WRB Gondorian/JJ soldiers/NNS crossed/VBD the/DT border/NN ,/, weapons/NNS "
      "seized/VBN in/IN the/DT raid/NN");
  EXPECT_NE(tree.find("(VBN seized)"), std::string::npos) << tree;
}

TEST(FastParserTest, AnObjectRelativeClauseOnTheSubjectEndsBeforeTheMainVerb) {
  // "The envoy whom militants kidnapped/VBN in March met ...": the clause's
  // participle is its past, and "met" is the envoy's.
  std::string tree = Parse(
      "The/DT Arnorian/JJ envoy/NN whom/WP Gondorian/JJ militants/NNS kidnapped/VBN in/IN "
      "March/NNP met/VBD the/DT king/NN");
  EXPECT_NE(tree.find("(SBAR (WP whom) (S (NP (JJ Gondorian) (NNS militants)) (VP (VBD kidnapped) "
                      "(PP (IN in) (NP (NNP March))))))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find(")))))) (VP (VBD met) (NP (DT the) (NN king))"), std::string::npos) << tree;
  tree = Parse(
      "The/DT tanker/NN that/IN Arnorian/JJ marines/NNS seized/VBN in/IN July/NNP left/VBD "
      "Rohan/NNP");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (JJ Arnorian) (NNS marines)) (VP (VBD seized)"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(VP (VBD left) (NP (NNP Rohan)))"), std::string::npos) << tree;
  // A noun's "that" clause keeps a participle that a finite verb follows.
  tree = Parse(
      "Arnor/NNP denied/VBD claims/NNS that/IN troops/NNS stationed/VBN in/IN Rohan/NNP "
      "fired/VBD");
  EXPECT_NE(tree.find("(VBN stationed)"), std::string::npos) << tree;
}

TEST(FastParserTest, ACommaClosesARelativeClauseOnWhich) {
  // ", which police put/VBN at 300,000, wound through ...": the predicate after
  // the comma is the subject's, not a second one of the clause.
  std::string tree = Parse(
      "The/DT march/NN ,/, which/WDT police/NNS put/VBN at/IN 300,000/CD ,/, wound/VBD "
      "through/IN Rohan/NNP");
  EXPECT_NE(tree.find("(PP (IN at) (NP (CD 300,000)))))) (, ,) (VP (VBD wound)"), std::string::npos)
      << tree;
}

TEST(FastParserTest, AQuoteThatEndsARelativeClauseLeavesItsCommaToThePredicate) {
  // "Biden, who had urged a "de-escalation", said ...": the closing quote,
  // then the comma; "said" keeps the subject.
  std::string tree = Parse(
      "Ali/NNP ,/, who/WP had/VBD urged/VBN a/DT ``/`` de-escalation/NN ''/'' ,/, said/VBD "
      "it/PRP failed/VBD");
  EXPECT_NE(tree.find("('' '') (, ,) (VP (VBD said)"), std::string::npos) << tree;
  // Without a verb after the comma, the clause stays as before.
  tree = Parse(
      "Ali/NNP ,/, who/WP had/VBD urged/VBN a/DT ``/`` de-escalation/NN ''/'' ,/, "
      "Omar/NNP said/VBD");
  EXPECT_EQ(tree.find("('' '') (, ,) (VP"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleAfterAnAsideOnTheSubjectIsTheSentencesVerb) {
  // "Gondorian troops, who entered the town at dawn, arrested/VBN 15 men".
  std::string tree = Parse(
      "Gondorian/JJ troops/NNS ,/, who/WP entered/VBD the/DT town/NN ,/, arrested/VBN 15/CD "
      "men/NNS ./.");
  EXPECT_NE(tree.find("(VP (VBD arrested) (NP (CD 15) (NNS men)))"), std::string::npos) << tree;
  tree = Parse(
      "The/DT king/NN ,/, a/DT former/JJ general/NN ,/, expelled/VBN diplomats/NNS from/IN "
      "Rohan/NNP");
  EXPECT_NE(tree.find("(VBD expelled)"), std::string::npos) << tree;
  tree = Parse("The/DT king/NN ,/, who/WP won/VBD in/IN July/NNP ,/, appealed/VBN to/TO Rohan/NNP");
  EXPECT_NE(tree.find("(VBD appealed)"), std::string::npos) << tree;
  tree = Parse(
      "The/DT panel/NN ,/, led/VBN by/IN a/DT judge/NN ,/, found/VBN that/IN the/DT "
      "blockade/NN was/VBD legal/JJ");
  EXPECT_NE(tree.find("(VBD found)"), std::string::npos) << tree;
  // Adverbs may follow the comma, and the aside may name a place with its
  // country.
  tree = Parse(
      "Leaders/NNS ,/, meeting/VBG in/IN Minas/NNP ,/, Gondor/NNP ,/, instead/RB "
      "condemned/VBN the/DT coup/NN");
  EXPECT_NE(tree.find("(VBD condemned)"), std::string::npos) << tree;
  // A second aside's passive stays one, and so does a participle with no object.
  tree = Parse(
      "The/DT king/NN ,/, who/WP won/VBD in/IN July/NNP ,/, backed/VBN by/IN Rohan/NNP ,/, "
      "attacked/VBD Arnor/NNP");
  EXPECT_NE(tree.find("(VBN backed)"), std::string::npos) << tree;
  tree = Parse("The/DT king/NN ,/, who/WP won/VBD in/IN July/NNP ,/, delighted/VBN ./.");
  EXPECT_EQ(tree.find("(VBD delighted)"), std::string::npos) << tree;
}

TEST(FastParserTest, TheClauseAfterAnOpeningClausesCommaIsTheSentences) {
  // "After the council demanded a truce, jets struck Rohan, killing dozens":
  // not a parenthetical of "demanded" before the participle.
  std::string tree = Parse(
      "After/IN the/DT council/NN demanded/VBD a/DT truce/NN ,/, jets/NNS struck/VBD "
      "Rohan/NNP ,/, killing/VBG dozens/NNS ./.");
  EXPECT_NE(tree.find("(SBAR (IN After) (S (NP (DT the) (NN council)) (VP (VBD demanded) (NP (DT "
                      "a) (NN truce))))) (, ,) (NP (NNS jets)) (VP (VBD struck)"),
            std::string::npos)
      << tree;
  tree = Parse(
      "When/WRB protesters/NNS blocked/VBD the/DT road/NN ,/, police/NNS fired/VBD on/IN "
      "them/PRP ,/, killing/VBG three/CD ./.");
  EXPECT_NE(tree.find("(, ,) (NP (NNS police)) (VP (VBD fired)"), std::string::npos) << tree;
  // Later in a sentence an aside after a comma is still one.
  tree = Parse(
      "Rohan/NNP recalled/VBD its/PRP$ envoy/NN ,/, officials/NNS said/VBD ,/, "
      "accusing/VBG Arnor/NNP");
  EXPECT_NE(tree.find("(PRN (, ,) (S (NP (NNS officials)) (VP (VBD said)))"), std::string::npos)
      << tree;
}

TEST(FastParserTest, APastFormAfterANounBeforeAnAgentIsAPassiveParticiple) {
  // "a truce brokered/VBD by Egypt took effect": the truce's participle.
  std::string tree =
      Parse("A/DT truce/NN brokered/VBD by/IN Gondor/NNP took/VBD effect/NN on/IN Friday/NNP");
  EXPECT_NE(tree.find("(VBN brokered)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(VBD took)"), std::string::npos) << tree;
  // Not before a measure or a means, nor the sentence's only verb.
  tree = Parse("A/DT court/NN extended/VBD by/IN 30/CD days/NNS the/DT detention/NN");
  EXPECT_NE(tree.find("(VBD extended)"), std::string::npos) << tree;
  tree = Parse("Ten/CD attackers/NNS landed/VBD by/IN boat/NN and/CC struck/VBD the/DT port/NN");
  EXPECT_NE(tree.find("(VBD landed)"), std::string::npos) << tree;
  tree = Parse("Rebels/NNS backed/VBD by/IN Gondor/NNP");
  EXPECT_NE(tree.find("(VBD backed)"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleAfterADeterminerBeforeAdjectivesModifiesTheNoun) {
  // "returned a captured Gondorian pilot": one phrase, not "a" and a clause.
  EXPECT_EQ(Parse("Arnor/NNP returned/VBD a/DT captured/VBN Gondorian/JJ pilot/NN"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD returned) (NP (DT a) (VBN captured) (JJ "
            "Gondorian) (NN pilot)))))");
  // Without a determiner the participle is still the verb.
  std::string tree = Parse("the/DT army/NN captured/VBD Gondorian/JJ pilots/NNS");
  EXPECT_NE(tree.find("(VP (VBD captured)"), std::string::npos) << tree;
}

TEST(FastParserTest, AnAdverbAndAParticipleBeforeANounModifyIt) {
  // "Gondor's democratically elected leader": one phrase, not a clause.
  std::string tree =
      Parse("Arnor/NNP praised/VBD Gondor/NNP 's/POS democratically/RB elected/VBN leader/NN");
  EXPECT_NE(tree.find("(RB democratically) (VBN elected) (NN leader))"), std::string::npos) << tree;
  // After a determiner too.
  tree = Parse("Arnor/NNP praised/VBD the/DT newly/RB appointed/VBN envoy/NN");
  EXPECT_NE(tree.find("(NP (DT the) (RB newly) (VBN appointed) (NN envoy))"), std::string::npos)
      << tree;
  // After a subject the adverb and its past are the verb.
  tree = Parse("the/DT army/NN quickly/RB seized/VBD towns/NNS");
  EXPECT_NE(tree.find("(VBD seized)"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(NN army) (RB quickly)"), std::string::npos) << tree;
}

TEST(FastParserTest, AQuotedAdverbialAfterTheVerbLeavesTheObjectInThePhrase) {
  // "Arnor cancelled "with immediate effect" its treaty with Gondor".
  std::string tree = Parse(
      "Arnor/NNP cancelled/VBD ``/`` with/IN immediate/JJ effect/NN ''/'' its/PRP$ "
      "treaty/NN with/IN Gondor/NNP");
  EXPECT_NE(tree.find("('' '') (NP (PRP$ its) (NN treaty)) (PP (IN with) (NP (NNP Gondor)))))"),
            std::string::npos)
      << tree;
  // Quoted words with a verb in them are no adverbial: the phrase ends.
  tree = Parse("Arnor/NNP said/VBD ``/`` in/IN truth/NN we/PRP lost/VBD ''/'' the/DT war/NN");
  EXPECT_EQ(tree.find("('' '') (NP (DT the) (NN war))"), std::string::npos) << tree;
}

TEST(FastParserTest, AShortQuoteAfterTheVerbLeavesAPrepositionInThePhrase) {
  // "Arnor stood "in solidarity" with Gondor": the closing quote ends no phrase.
  std::string tree =
      Parse("Arnor/NNP stood/VBD ``/`` in/IN solidarity/NN ''/'' with/IN Gondor/NNP ./.");
  EXPECT_NE(tree.find("('' '') (PP (IN with) (NP (NNP Gondor))))"), std::string::npos) << tree;
  tree = Parse(
      "Arnor/NNP offered/VBD ``/`` full/JJ and/CC unconditional/JJ support/NN ''/'' to/TO "
      "Gondor/NNP ./.");
  EXPECT_NE(tree.find("('' '') (PP (TO to) (NP (NNP Gondor))))"), std::string::npos) << tree;
  // Quoted words with a verb in them still end the phrase.
  tree = Parse("Arnor/NNP said/VBD ``/`` we/PRP lost/VBD ''/'' with/IN Gondor/NNP ./.");
  EXPECT_EQ(tree.find("('' '') (PP (IN with) (NP (NNP Gondor))))"), std::string::npos) << tree;
}

TEST(FastParserTest, TearBeforeGasIsANoun) {
  // "used batons and tear/VB gas": one compound, not a verb.
  EXPECT_EQ(Parse("police/NNS used/VBD batons/NNS and/CC tear/VB gas/NN"),
            "(ROOT (S (NP (NNS police)) (VP (VBD used) (NP (NP (NNS batons)) (CC and) (NP (NN "
            "tear) (NN gas))))))");
  // "tear" alone stays a verb.
  std::string tree = Parse("they/PRP will/MD tear/VB down/RP the/DT wall/NN");
  EXPECT_NE(tree.find("(VB tear)"), std::string::npos) << tree;
}

TEST(FastParserTest, PowerAfterReturningToIsWhereOneReturned) {
  // "Elendil returned to power/VB last year and has halted aid": a place of
  // return, and the next predicate is the subject's own.
  EXPECT_EQ(Parse("Elendil/NNP returned/VBD to/TO power/VB and/CC halted/VBD aid/NN"),
            "(ROOT (S (NP (NNP Elendil)) (VP (VP (VBD returned) (PP (TO to) (NP (NN power)))) (CC "
            "and) (VP (VBD halted) (NP (NN aid))))))");
  // An infinitive of "power" stays one.
  std::string tree = Parse("Gondor/NNP wants/VBZ to/TO power/VB the/DT city/NN");
  EXPECT_NE(tree.find("(VB power)"), std::string::npos) << tree;
}

TEST(FastParserTest, APresentTaggedAsAPluralAfterANameIsTheVerb) {
  // "unless Rohan withdraws/NNS its troops": a clause, not a compound.
  EXPECT_EQ(Parse("Gondor/NNP threatened/VBD attacks/NNS unless/IN Rohan/NNP withdraws/NNS "
                  "its/PRP$ troops/NNS"),
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD threatened) (NP (NNS attacks)) (SBAR (IN unless) "
            "(S (NP (NNP Rohan)) (VP (VBZ withdraws) (NP (PRP$ its) (NNS troops))))))))");
  // Once the clause has its verb, a plural after a name stays a noun.
  std::string tree = Parse("Gondor/NNP sent/VBD Rohan/NNP troops/NNS the/DT next/JJ day/NN");
  EXPECT_EQ(tree.find("VBZ"), std::string::npos) << tree;
}

TEST(FastParserTest, APresentTaggedAsAPluralAfterARelativePronounIsItsVerb) {
  // "Rohan, which borders/NNS both countries, reinforced its troops": the
  // relative clause's verb; the predicate after the comma keeps the subject.
  std::string tree = Parse(
      "Rohan/NNP ,/, which/WDT borders/NNS both/DT countries/NNS ,/, reinforced/VBD its/PRP$ "
      "troops/NNS ./.");
  EXPECT_NE(tree.find("(SBAR (WDT which) (S (VP (VBZ borders)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD reinforced)"), std::string::npos) << tree;
  // "which officials said ...": a verb after the plural, which is its subject.
  tree = Parse("Rohan/NNP ,/, which/WDT officials/NNS said/VBD was/VBD weak/JJ ,/, fell/VBD ./.");
  EXPECT_EQ(tree.find("VBZ"), std::string::npos) << tree;
}

TEST(FastParserTest, APresentInSAfterANameBeforeItsObjectIsTheVerb) {
  // "Rohan summons/NN the envoy": a singular noun in -s too.
  std::string tree = Parse("Rohan/NNP summons/NN the/DT Gondorian/JJ envoy/NN ./.");
  EXPECT_NE(tree.find("(VBZ summons)"), std::string::npos) << tree;
  // "Rohan expels/NNS Gondorian/JJ traders": before an adjective, when no
  // verb follows.
  tree = Parse("Rohan/NNP expels/NNS Gondorian/JJ traders/NNS ./.");
  EXPECT_NE(tree.find("(VBZ expels)"), std::string::npos) << tree;
  // "Rohan exports of grain rose", "Rohan exports Gondorian style rose": a
  // noun phrase, its verb after it.
  tree = Parse("Rohan/NNP exports/NNS of/IN grain/NN rose/VBD ./.");
  EXPECT_EQ(tree.find("VBZ"), std::string::npos) << tree;
  tree = Parse("Rohan/NNP exports/NNS Gondorian/JJ style/NN rose/VBD ./.");
  EXPECT_EQ(tree.find("VBZ"), std::string::npos) << tree;
}

TEST(FastParserTest, ANounAfterToAfterAWordOfIntentionIsTheInfinitive) {
  // "decided to downgrade/NN diplomatic relations", "refused to apologise/NN".
  std::string tree = Parse("Gondor/NNP decided/VBD to/TO downgrade/NN diplomatic/JJ relations/NNS");
  EXPECT_NE(tree.find("(VB downgrade)"), std::string::npos) << tree;
  tree = Parse("Gondor/NNP refused/VBD to/TO apologise/NN ./.");
  EXPECT_NE(tree.find("(VB apologise)"), std::string::npos) << tree;
  // After other words "to" is a preposition ("returned to court").
  tree = Parse("Gondor/NNP returned/VBD to/TO court/NN today/NN");
  EXPECT_NE(tree.find("(NN court)"), std::string::npos) << tree;
}

TEST(FastParserTest, AParticipleAfterAReportingAsideHangsFromTheSentence) {
  // "..., officials said, accusing X of ...": the participle is no complement
  // of the verb before the aside, as it is none without the aside.
  std::string tree = Parse(
      "Gondor/NNP recalled/VBD its/PRP$ envoy/NN ,/, officials/NNS said/VBD ,/, accusing/VBG "
      "Rohan/NNP of/IN spying/VBG ./.");
  EXPECT_NE(tree.find("(VBD said))))) (, ,) (S (VP (VBG accusing)"), std::string::npos) << tree;
  // An aside followed by more of the verb's phrase still belongs to it.
  tree = Parse(
      "Gondor/NNP recalled/VBD its/PRP$ envoy/NN ,/, officials/NNS said/VBD ,/, in/IN protest/NN "
      "./.");
  EXPECT_NE(tree.find("(, ,) (PP (IN in)"), std::string::npos) << tree;
}

TEST(FastParserTest, AFrontedTimeWithoutACommaEndsBeforeTheSubject) {
  // "In 2008 Arnor blocked ...": the year is the preposition's, the name the
  // clause's subject.
  EXPECT_EQ(Parse("In/IN 2008/CD Arnor/NNP blocked/VBD Gondor/NNP ./."),
            "(ROOT (S (PP (IN In) (NP (CD 2008))) (NP (NNP Arnor)) (VP (VBD blocked) (NP (NNP "
            "Gondor))) (. .)))");
  EXPECT_EQ(Parse("In/IN March/NNP Arnor/NNP annexed/VBD Rhun/NNP"),
            "(ROOT (S (PP (IN In) (NP (NNP March))) (NP (NNP Arnor)) (VP (VBD annexed) (NP (NNP "
            "Rhun)))))");
  std::string tree =
      Parse("In/IN December/NNP 2015/CD Arnor/NNP 's/POS army/NN shelled/VBD Rhun/NNP");
  EXPECT_NE(tree.find("(NP (NNP December) (CD 2015))) (NP (NP (NNP Arnor)"), std::string::npos)
      << tree;
  tree = Parse("Over/IN the/DT past/JJ year/NN King/NNP Elessar/NNP has/VBZ toured/VBN Rhun/NNP");
  EXPECT_NE(tree.find("(NP (DT the) (JJ past) (NN year))) (NP (NNP King) (NNP Elessar))"),
            std::string::npos)
      << tree;
  tree = Parse("Last/JJ week/NN Arnor/NNP expelled/VBD two/CD envoys/NNS");
  EXPECT_NE(tree.find("(NP (JJ Last) (NN week)) (S (NP (NNP Arnor)) (VP"), std::string::npos)
      << tree;
}

TEST(FastParserTest, ThatAfterACommaOpensTheReportedClauseOfAVerbOfSaying) {
  // The tagger's WDT "that" after a date's comma is the subordinator.
  std::string tree = Parse(
      "Arnor/NNP said/VBD on/IN August/NNP 7/CD ,/, 2019/CD ,/, that/WDT it/PRP would/MD "
      "attack/VB Rhun/NNP");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (PRP it))"), std::string::npos) << tree;
  // After a noun, ", that" stays the tagger's.
  tree = Parse("Arnor/NNP attacked/VBD a/DT town/NN ,/, that/WDT Rhun/NNP held/VBD");
  EXPECT_EQ(tree.find("(IN that)"), std::string::npos) << tree;
}

TEST(FastParserTest, AYearOrMonthInsideANameStaysThere) {
  // After an article the year modifies the name; with no verb after it the
  // name is no subject.
  std::string tree = Parse("Arnor/NNP signed/VBD the/DT 2015/CD Paris/NNP Agreement/NNP");
  EXPECT_NE(tree.find("(NP (DT the) (CD 2015) (NNP Paris) (NNP Agreement))"), std::string::npos)
      << tree;
  tree = Parse("Arnor/NNP spoke/VBD at/IN the/DT May/NNP Day/NNP rally/NN");
  EXPECT_NE(tree.find("(NP (DT the) (NNP May) (NNP Day) (NN rally))"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP joined/VBD in/IN 2008/CD Olympics/NNPS talks/NNS");
  EXPECT_EQ(tree.find("(NP (CD 2008))"), std::string::npos) << tree;
}

}  // namespace
TEST(FastParserTest, AGerundAfterAnAdjectiveOfAPrepositionsObjectIsItsNoun) {
  // "killed in Russian shelling": one phrase, not "Russian" and a clause.
  EXPECT_EQ(Parse("Two/CD soldiers/NNS were/VBD killed/VBN in/IN Russian/JJ shelling/VBG ./."),
            "(ROOT (S (NP (CD Two) (NNS soldiers)) (VP (VBD were) (VP (VBN killed) (PP (IN in) "
            "(NP (JJ Russian) (VBG shelling))))) (. .)))");
  // ... and so with an "of" phrase after it.
  EXPECT_EQ(
      Parse("Ten/CD died/VBD in/IN Israeli/JJ shelling/VBG of/IN Gaza/NNP"),
      "(ROOT (S (NP (CD Ten)) (VP (VBD died) (PP (IN in) (NP (NP (JJ Israeli) (VBG shelling)) "
      "(PP (IN of) (NP (NNP Gaza))))))))");
}

TEST(FastParserTest, AnOpeningPrepositionsObjectEndsBeforeTheSubjectWithoutAComma) {
  // "In reply Arnor recalled ...": a name after the preposition's common noun
  // begins the clause's subject.
  EXPECT_EQ(Parse("In/IN reply/NN Arnor/NNP recalled/VBD its/PRP$ envoy/NN ./."),
            "(ROOT (S (PP (IN In) (NP (NN reply))) (NP (NNP Arnor)) (VP (VBD recalled) (NP "
            "(PRP$ its) (NN envoy))) (. .)))");
  // ... so does a determiner ("At a rally the Gondorian army ...") and a
  // capitalised adjective after any noun ("In Minas Tirith Gondorian troops").
  std::string tree =
      Parse("At/IN a/DT press/NN briefing/NN the/DT Gondorian/JJ envoy/NN denounced/VBD Rhun/NNP");
  EXPECT_NE(tree.find("(NP (DT a) (NN press) (NN briefing))) (NP (DT the) (JJ Gondorian)"),
            std::string::npos)
      << tree;
  tree = Parse("In/IN Osgiliath/NNP Gondorian/JJ troops/NNS shelled/VBD Rhun/NNP");
  EXPECT_NE(tree.find("(NP (NNP Osgiliath))) (NP (JJ Gondorian) (NNS troops))"), std::string::npos)
      << tree;
  // ... and a coordinated subject: "In a joint note Arnor and Rohan warned".
  tree = Parse("In/IN a/DT joint/JJ note/NN Arnor/NNP and/CC Rohan/NNP warned/VBD Rhun/NNP");
  EXPECT_NE(tree.find("(NP (DT a) (JJ joint) (NN note))) (NP"), std::string::npos) << tree;
  // Not after a subordinator, whose words may be a clause ("After the army
  // chief Elessar seized power"), nor inside a name of two words, nor when no
  // finite verb follows ("with the Gondor delegation" is one phrase).
  tree = Parse(
      "After/IN the/DT army/NN chief/NN Elessar/NNP seized/VBD power/NN ,/, Arnor/NNP "
      "protested/VBD");
  EXPECT_EQ(tree.find("(NN chief))) (NP (NNP Elessar))"), std::string::npos) << tree;
  tree = Parse("In/IN the/DT Minas/NNP Tirith/NNP Arnor/NNP met/VBD Rohan/NNP");
  EXPECT_NE(tree.find("(NNP Tirith) (NNP Arnor)"), std::string::npos) << tree;
  tree = Parse(
      "In/IN talks/NNS with/IN the/DT Gondor/NNP delegation/NN ,/, Arnor/NNP "
      "yielded/VBD");
  EXPECT_NE(tree.find("(NP (DT the) (NNP Gondor) (NN delegation))"), std::string::npos) << tree;
  // Later in the sentence the phrase is left alone.
  tree = Parse("Arnor/NNP met/VBD in/IN secret/NN Rohan/NNP envoys/NNS");
  EXPECT_EQ(tree.find("(NP (NN secret)))"), std::string::npos) << tree;
}

TEST(FastParserTest, AnAgeBeforeAnAppositionIsTheNamesAside) {
  // "Ali, 55, a police inspector, sued Iraq": the age is no subject of a
  // clause of its own; the description after it still describes the name.
  EXPECT_EQ(Parse("Ali/NNP ,/, 55/CD ,/, a/DT police/NN inspector/NN ,/, sued/VBD Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (CD 55)) (, ,) (NP (DT a) (NN police) (NN "
            "inspector)) (, ,) (VP (VBD sued) (NP (NNP Iraq)))))");
  // An age alone before the verb stays an aside, as before.
  EXPECT_EQ(Parse("Ali/NNP ,/, 55/CD ,/, sued/VBD Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (CD 55)) (, ,) (VP (VBD sued) (NP (NNP Iraq)))))");
  // "Ali, 34, who was sacked, called on Iraq ...": the comma after the age
  // opens a relative clause on the name; the predicate keeps its subject.
  EXPECT_EQ(Parse("Ali/NNP ,/, 34/CD ,/, who/WP was/VBD sacked/VBN ,/, called/VBN on/IN "
                  "Iraq/NNP"),
            "(ROOT (S (NP (NNP Ali)) (, ,) (NP (CD 34)) (, ,) (SBAR (S (NP (WP who)) (VP (VBD "
            "was) (VP (VBN sacked))))) (, ,) (VP (VBN called) (PP (IN on) (NP (NNP Iraq))))))");
  // ... as does "whose": "Ali, 75, whose ratings are low, left".
  std::string tree = Parse(
      "Ali/NNP ,/, 75/CD ,/, whose/WP$ ratings/NNS are/VBP low/JJ ,/, left/VBD for/IN "
      "Iraq/NNP");
  EXPECT_NE(tree.find("(, ,) (SBAR (S (NP (WP$ whose)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD left)"), std::string::npos) << tree;
}

TEST(FastParserTest, AnAppositionsClauseEndsAtTheCommaBeforeTheSubjectsVerb) {
  // "Arnor, a realm that hosts the envoys, accused Rohan": the relative clause
  // is the apposition's, the verb after the comma the subject's.
  std::string tree = Parse(
      "Arnor/NNP ,/, a/DT realm/NN that/WDT hosts/VBZ the/DT envoys/NNS ,/, accused/VBD "
      "Rohan/NNP ./.");
  EXPECT_NE(tree.find("(SBAR (WDT that) (S (VP (VBZ hosts)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD accused) (NP (NNP Rohan)))"), std::string::npos) << tree;
  // ... and so is an infinitive: "the first realm to sign a pact with Rhun,".
  tree = Parse(
      "Arnor/NNP ,/, the/DT first/JJ realm/NN to/TO sign/VB a/DT pact/NN with/IN Rhun/NNP ,/, "
      "condemned/VBD Rohan/NNP ./.");
  EXPECT_NE(tree.find("(, ,) (VP (VBD condemned) (NP (NNP Rohan)))"), std::string::npos) << tree;
  // With no finite verb after the comma the clause is left as it was read.
  tree = Parse(
      "Arnor/NNP met/VBD Rohan/NNP ,/, a/DT realm/NN that/WDT hosts/VBZ the/DT envoys/NNS ./.");
  EXPECT_NE(tree.find("(VBD met)"), std::string::npos) << tree;
}

TEST(FastParserTest, AWhoseClauseAfterTheSubjectLeavesTheVerbToTheSubject) {
  // "Arnor, whose envoys met Rohan's king, accused Rhun": "whose" and its noun
  // are the clause's subject, and the verb after its comma is Arnor's.
  std::string tree = Parse(
      "Arnor/NNP ,/, whose/WP$ envoys/NNS met/VBD Rohan/NNP 's/POS king/NN ,/, accused/VBD "
      "Rhun/NNP ./.");
  EXPECT_NE(tree.find("(SBAR (S (NP (WP$ whose) (NNS envoys)) (VP (VBD met)"), std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD accused) (NP (NNP Rhun)))"), std::string::npos) << tree;
  // A "whose" clause after the verb's object is left as it was read.
  tree = Parse("Arnor/NNP accused/VBD Rhun/NNP ,/, whose/WP$ envoys/NNS left/VBD ./.");
  EXPECT_NE(tree.find("(VBD accused) (NP (NNP Rhun))"), std::string::npos) << tree;
}

TEST(FastParserTest, APastAfterTheNounOfAnOpeningPhraseIsItsParticiple) {
  // "In a statement posted/VBD on its website, the ministry condemned ...".
  std::string tree = Parse(
      "In/IN a/DT statement/NN posted/VBD on/IN its/PRP$ website/NN ,/, the/DT envoy/NN "
      "denounced/VBD Rhun/NNP ./.");
  EXPECT_NE(tree.find("(VBN posted)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(NP (DT the) (NN envoy)) (VP (VBD denounced)"), std::string::npos) << tree;
  // Not after a subordinator, nor with an object, nor with no comma before a finite verb.
  tree = Parse("After/IN the/DT meeting/NN ended/VBD in/IN Minas/NNP ,/, Arnor/NNP left/VBD ./.");
  EXPECT_NE(tree.find("(VBD ended)"), std::string::npos) << tree;
  tree = Parse(
      "In/IN the/DT raid/NN troops/NNS killed/VBD ten/CD men/NNS ,/, officials/NNS "
      "said/VBD ./.");
  EXPECT_NE(tree.find("(VBD killed)"), std::string::npos) << tree;
  tree = Parse("In/IN a/DT statement/NN posted/VBD on/IN its/PRP$ website/NN ./.");
  EXPECT_NE(tree.find("(VBD posted)"), std::string::npos) << tree;
}

TEST(FastParserTest, APrepositionalAsideAfterTheSubjectLeavesTheVerbToTheSubject) {
  // "Arnor, in a letter to Rohan, accused Rhun": the phrase between the
  // commas is an aside, the verb after it the subject's; also after an aside
  // of adverbs ("Arnor, meanwhile, in a letter ...").
  std::string tree =
      Parse("Arnor/NNP ,/, in/IN a/DT letter/NN to/TO Rohan/NNP ,/, accused/VBD Rhun/NNP ./.");
  EXPECT_NE(tree.find("(, ,) (VP (VBD accused) (NP (NNP Rhun)))"), std::string::npos) << tree;
  tree = Parse(
      "Arnor/NNP ,/, meanwhile/RB ,/, in/IN a/DT letter/NN to/TO Rohan/NNP ,/, accused/VBD "
      "Rhun/NNP ./.");
  EXPECT_NE(tree.find("(ADVP (RB meanwhile))"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD accused) (NP (NNP Rhun)))"), std::string::npos) << tree;
  // Not a subordinator's clause, nor a phrase with a finite verb inside.
  tree = Parse("Arnor/NNP ,/, after/IN Rohan/NNP left/VBD ,/, accused/VBD Rhun/NNP ./.");
  EXPECT_EQ(tree.find("(, ,) (VP (VBD accused)"), std::string::npos) << tree;
}

TEST(FastParserTest, AReportedSubjectWithItsAppositionKeepsItsVerb) {
  // "Arnor said that a little-known group, the Black Hand, attacked Rohan":
  // the reported clause's subject, its apposition between commas, and its
  // verb stay one clause, whichever comes first, with "that" or without.
  std::string tree = Parse(
      "Arnor/NNP said/VBD that/IN a/DT little-known/JJ group/NN ,/, the/DT Black/NNP Hand/NNP ,/, "
      "attacked/VBD Rohan/NNP ./.");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (DT a) (JJ little-known) (NN group)) (, ,) (NP (DT "
                      "the) (NNP Black) (NNP Hand)) (, ,) (VP (VBD attacked)"),
            std::string::npos)
      << tree;
  tree = Parse(
      "Arnor/NNP said/VBD the/DT Black/NNP Hand/NNP ,/, a/DT little-known/JJ group/NN ,/, "
      "attacked/VBD Rohan/NNP ./.");
  EXPECT_NE(tree.find("(VP (VBD said) (SBAR (S (NP (DT the) (NNP Black) (NNP Hand))"),
            std::string::npos)
      << tree;
  // A subject that is its own apposition's head stays so: "Arnor, a state, said".
  tree = Parse("Arnor/NNP ,/, a/DT small/JJ state/NN ,/, attacked/VBD Rohan/NNP ./.");
  EXPECT_EQ(tree,
            "(ROOT (S (NP (NNP Arnor)) (, ,) (NP (DT a) (JJ small) (NN state)) (, ,) (VP (VBD "
            "attacked) (NP (NNP Rohan))) (. .)))");
}

TEST(FastParserTest, AnAppositionsParticipleOrAdjectivePhraseLeavesTheVerbToTheSubject) {
  // "Arnor, a group led by Aragorn, claimed ...", "Arnor, a group active in
  // the north, claimed ...": the phrase ends at the comma; the verb after it
  // is the subject's. "led" before "by" is the participle even when tagged a past.
  std::string tree = Parse(
      "Arnor/NNP ,/, a/DT group/NN led/VBD by/IN Aragorn/NNP ,/, claimed/VBD the/DT "
      "attack/NN ./.");
  EXPECT_NE(tree.find("(VBN led)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(, ,) (VP (VBD claimed)"), std::string::npos) << tree;
  tree = Parse(
      "Arnor/NNP ,/, a/DT group/NN active/JJ in/IN the/DT north/NN ,/, claimed/VBD the/DT "
      "attack/NN ./.");
  EXPECT_NE(tree.find("(, ,) (VP (VBD claimed)"), std::string::npos) << tree;
  // Not a past with no agent after it: "Aragorn led the group" keeps its verb.
  tree = Parse("Aragorn/NNP led/VBD the/DT group/NN ./.");
  EXPECT_NE(tree.find("(VP (VBD led)"), std::string::npos) << tree;
}

TEST(FastParserTest, ADemandsThatClauseTakesABaseForm) {
  // "demanded that/DT parliament be summoned": "that" opens the demand's
  // clause, whose verb is a base form; "rejected that proposal" stays a phrase.
  std::string tree = Parse("Arnor/NNP demanded/VBD that/DT parliament/NN be/VB summoned/VBN ./.");
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (NN parliament)) (VP (VB be)"), std::string::npos)
      << tree;
  tree = Parse("Arnor/NNP rejected/VBD that/DT proposal/NN ./.");
  EXPECT_NE(tree.find("(NP (DT that) (NN proposal))"), std::string::npos) << tree;
}

TEST(FastParserTest, WhoseAfterTheHeadEndsThePhrase) {
  // "a boat captain whose arrest ...": "whose" opens a relative clause, not
  // a second determiner of the phrase; "whose" opening a phrase stays its own.
  std::string tree = Parse(
      "Arnor/NNP released/VBD a/DT boat/NN captain/NN whose/WP$ arrest/NN angered/VBD "
      "Gondor/NNP ./.");
  EXPECT_NE(tree.find("(NP (DT a) (NN boat) (NN captain))"), std::string::npos) << tree;
  tree = Parse("Arnor/NNP asked/VBD whose/WP$ troops/NNS fired/VBD ./.");
  EXPECT_NE(tree.find("(WP$ whose) (NNS troops)"), std::string::npos) << tree;
}

TEST(FastParserTest, ADateAfterAWeekdayStaysInTheTimePhrase) {
  // "Arnor on Wednesday, September 2, 2020, imposed sanctions": the date
  // between commas is the time phrase's, not the subject of a clause of its
  // own; the verb is the subject's.
  std::string tree = Parse(
      "Arnor/NNP on/IN Wednesday/NNP ,/, September/NNP 2/CD ,/, 2020/CD ,/, imposed/VBN "
      "sanctions/NNS ./.");
  EXPECT_NE(tree.find("(PP (IN on) (NP (NNP Wednesday)) (, ,) (NP (NNP September) (CD 2) (, ,) "
                      "(CD 2020))) (, ,) (VP (VBN imposed)"),
            std::string::npos)
      << tree;
  // ... also with no year, and at the opening ("On Wednesday, September 2,
  // Arnor imposed").
  tree =
      Parse("Arnor/NNP on/IN Wednesday/NNP ,/, September/NNP 2/CD ,/, imposed/VBN sanctions/NNS");
  EXPECT_NE(tree.find("(CD 2))) (, ,) (VP (VBN imposed)"), std::string::npos) << tree;
  tree = Parse(
      "On/IN Wednesday/NNP ,/, September/NNP 2/CD ,/, Arnor/NNP imposed/VBD sanctions/NNS ./.");
  EXPECT_NE(tree.find("(CD 2))) (, ,) (NP (NNP Arnor)) (VP (VBD imposed)"), std::string::npos)
      << tree;
  // Not a weekday and a list of names: "on Wednesday, Rohan, Gondor".
  tree = Parse("Arnor/NNP met/VBD on/IN Wednesday/NNP ,/, Rohan/NNP said/VBD ./.");
  EXPECT_NE(tree.find("(PP (IN on) (NP (NNP Wednesday)))"), std::string::npos) << tree;
}

TEST(FastParserTest, AnAdverbOfProportionBeforeANameOpensThePhrase) {
  // "a coalition of mostly Gulf Arab allies": the adverb belongs to the
  // object of "of", whose verb stays the subject's, as before an adjective.
  std::string tree = Parse(
      "Arnor/NNP and/CC a/DT coalition/NN of/IN mostly/RB Gulf/NNP Arab/NNP allies/NNS "
      "launched/VBD strikes/NNS ./.");
  EXPECT_NE(tree.find("(PP (IN of) (NP (RB mostly) (NNP Gulf) (NNP Arab) (NNS allies)))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(VP (VBD launched)"), std::string::npos) << tree;
  // Negative case: another adverb after "of" is no part of the name.
  tree = Parse("Arnor/NNP spoke/VBD of/IN again/RB Gondor/NNP ./.");
  EXPECT_EQ(tree.find("(NP (RB again) (NNP Gondor))"), std::string::npos) << tree;
}

TEST(FastParserTest, ABracketOpenedAfterTheVerbClosesInsideItsPhrase) {
  // "sealed off the shrine, 100 km (60 miles) north of Minas Tirith, and
  // police detained ...": the closing bracket of an aside opened after the
  // verb leaves the rest of the phrase to the verb, so the clause after ",
  // and" is the sentence's own.
  std::string tree = Parse(
      "Arnor/NNP sealed/VBD the/DT shrine/NN ,/, 100/CD km/NN -LRB-/-LRB- 60/CD miles/NNS "
      "-RRB-/-RRB- north/RB of/IN Gondor/NNP ,/, and/CC police/NNS detained/VBD five/CD "
      "officers/NNS ./.");
  EXPECT_NE(tree.find("(-RRB- -RRB-) (ADVP (RB north)) (PP (IN of) (NP (NNP Gondor)))) (, ,) "
                      "(CC and) (S (NP (NNS police))"),
            std::string::npos)
      << tree;
  // Negative case: a bracket opened before the verb still ends its phrase.
  tree = Parse("-LRB-/-LRB- Arnor/NNP attacked/VBD Gondor/NNP -RRB-/-RRB- Rohan/NNP fled/VBD ./.");
  EXPECT_NE(tree.find("(VP (VBD attacked) (NP (NNP Gondor))) (-RRB- -RRB-)"), std::string::npos)
      << tree;
}

}  // namespace dyad::parse
