// Tests of event anaphora (deeds.h): which deed a definite description names.
#include "dyad/doc/deeds.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

// The author `phrase` names in `deeds`, "" if none; "!" marks an author
// whose country acts (an attack, an accusation).
std::string AuthorOf(const Deeds& deeds, std::string_view phrase) {
  std::vector<std::string_view> words = SplitWhitespace(phrase);
  std::string author;
  bool attack = false;
  if (!deeds.Author(words, &author, &attack)) return "";
  return attack ? author + "!" : author;
}

TEST(DeedsTest, DefiniteDeedNounNamesTheFirstDeedOfItsKind) {
  Deeds deeds;
  deeds.Remember("USAGOV", "", "040");
  deeds.Remember("SYRMIL", "", "195");
  deeds.Remember("TURMIL", "", "190");
  deeds.Remember("SYRCOP", "", "173");
  EXPECT_EQ(AuthorOf(deeds, "the air strikes"), "SYRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the latest attack on Aleppo"), "SYRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the detention of the activists"), "SYRCOP");
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "SYRMIL");
}

TEST(DeedsTest, OnlyDefiniteDescriptionsOfToldDeeds) {
  Deeds deeds;
  deeds.Remember("---UAF", "", "181");
  EXPECT_EQ(AuthorOf(deeds, "the kidnapping"), "---UAF");
  EXPECT_EQ(AuthorOf(deeds, "a kidnapping"), "");                           // not definite
  EXPECT_EQ(AuthorOf(deeds, "kidnappings"), "");                            // no determiner
  EXPECT_EQ(AuthorOf(deeds, "the arrests"), "");                            // no arrest told
  EXPECT_EQ(AuthorOf(deeds, "the talks"), "");                              // no deed of force
  EXPECT_EQ(AuthorOf(deeds, "the brutal and sudden mass kidnapping"), "");  // too long
  deeds.Clear();
  EXPECT_EQ(AuthorOf(deeds, "the kidnapping"), "");
}

TEST(DeedsTest, DemandsMeasuresAndDecisionsNameTheLatestOfTheirKind) {
  Deeds deeds;
  deeds.Remember("USAGOV", "", "130");
  deeds.Remember("CHNGOV", "", "163");
  deeds.Remember("EUR", "", "1014");
  deeds.Remember("JPNGOV", "", "174");
  EXPECT_EQ(AuthorOf(deeds, "the ultimatum"), "EUR");
  EXPECT_EQ(AuthorOf(deeds, "these threats"), "EUR");
  EXPECT_EQ(AuthorOf(deeds, "the expulsions of diplomats"), "JPNGOV");
  EXPECT_EQ(AuthorOf(deeds, "Friday 's measures"), "JPNGOV");
  EXPECT_EQ(AuthorOf(deeds, "the decision to expel them"), "JPNGOV");
  EXPECT_EQ(AuthorOf(deeds, "Beijing 's measures"), "");  // a possessor names its author
}

TEST(DeedsTest, TheIncidentIsTheLatestDeedOfForce) {
  Deeds deeds;
  deeds.Remember("---UAF", "", "183");
  deeds.Remember("TURMIL", "", "195");
  deeds.Remember("USAGOV", "", "040");
  EXPECT_EQ(AuthorOf(deeds, "the incident"), "TURMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "---UAF!");
}

TEST(DeedsTest, AccusationsAndDealsNameTheFirstOfTheirKind) {
  Deeds deeds;
  deeds.Remember("PHLGOV", "", "1123");  // the accusation an accused answers
  deeds.Remember("CHNGOV", "", "111");   // criticism is no accusation
  deeds.Remember("CHNGOV", "", "112");   // the accused's counter-charge
  deeds.Remember("PHLJUD", "", "1121");
  // A government's accusation is its own (it speaks as itself).
  EXPECT_EQ(AuthorOf(deeds, "the allegations"), "PHLGOV");
  EXPECT_EQ(AuthorOf(deeds, "any involvement"), "PHLGOV");
  EXPECT_EQ(AuthorOf(deeds, "any wrongdoing"), "PHLGOV");
  EXPECT_EQ(AuthorOf(deeds, "any talks"), "");
  deeds.Clear();
  deeds.Remember("ZAFJUD", "", "116");
  EXPECT_EQ(AuthorOf(deeds, "the charges"), "ZAFJUD");  // a court's stay the court's
  EXPECT_EQ(AuthorOf(deeds, "the verdict"), "ZAFJUD");
  deeds.Clear();
  deeds.Remember("ETHGOV", "", "057");
  deeds.Remember("ERIGOV", "", "057");
  EXPECT_EQ(AuthorOf(deeds, "the peace deal"), "ETHGOV");
  EXPECT_EQ(AuthorOf(deeds, "the sanctions"), "");
}

// What an accused denies without "the": "any role in the unrest",
// "allegations of fraud", "accusations that ..."; and "the charge".
TEST(DeedsTest, DeniedAccusationsWithoutTheNameTheAccusation) {
  Deeds deeds;
  deeds.Remember("KENCOP", "UGA", "1121");  // the police: its country, trimmed by the caller
  EXPECT_EQ(AuthorOf(deeds, "any role in the unrest"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "any involvement in the bombing of the embassy"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "any responsibility for the blast"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "allegations of vote rigging"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "accusations that it armed the rebels"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "charges"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "the charge"), "KENCOP!");
  // Not an accusation: other words after "any", or a name.
  EXPECT_EQ(AuthorOf(deeds, "any role model"), "");
  EXPECT_EQ(AuthorOf(deeds, "any help in the search"), "");
  EXPECT_EQ(AuthorOf(deeds, "allegations"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "Allegations Weekly"), "");
  EXPECT_EQ(AuthorOf(deeds, "accusations Nairobi made"), "");
  // Without "any": "denied involvement in the killings", "denied wrongdoing".
  EXPECT_EQ(AuthorOf(deeds, "involvement in the killings"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "wrongdoing"), "KENCOP!");
  EXPECT_EQ(AuthorOf(deeds, "involvement levels"), "");
  EXPECT_EQ(AuthorOf(deeds, "Responsibility Party"), "");
}

// An accusation of one's own country's people is no state's act upon
// another: its author keeps its role ("The government accused the
// opposition leader ... He denied the charge": THAGOV, not THA).
TEST(DeedsTest, DomesticAccusationKeepsItsAuthorsRole) {
  Deeds deeds;
  deeds.Remember("THAGOV", "THAELI", "112");
  EXPECT_EQ(AuthorOf(deeds, "the charge"), "THAGOV");
  EXPECT_EQ(AuthorOf(deeds, "any wrongdoing"), "THAGOV");
  deeds.Clear();
  deeds.Remember("THASPY", "KHM", "112");  // an agency's, of another country's: the country
  EXPECT_EQ(AuthorOf(deeds, "the charge"), "THASPY!");
  deeds.Clear();
  deeds.Remember("THAMIL", "---CVL", "112");  // a victim without a country: as before
  EXPECT_EQ(AuthorOf(deeds, "the charges"), "THAMIL!");
  deeds.Clear();
  // A government's, an opposition's or a firm's accusation keeps its role.
  deeds.Remember("THAGOV", "KHM", "112");
  EXPECT_EQ(AuthorOf(deeds, "the charge"), "THAGOV");
  deeds.Clear();
  deeds.Remember("KHMOPP", "THA", "112");
  EXPECT_EQ(AuthorOf(deeds, "the allegations"), "KHMOPP");
}

// "the coup": force or coercion, or an arrest by the armed forces ("placed
// the president under house arrest"), not the arrests that crushed it.
TEST(DeedsTest, ACoupIsNoArrestThatEndedIt) {
  Deeds deeds;
  deeds.Remember("NERGOV", "NERMIL", "173");  // detained the plotters
  deeds.Remember("NERMIL", "NERGOV", "195");  // the plotters shelled the palace
  EXPECT_EQ(AuthorOf(deeds, "the failed coup"), "NERMIL");
  EXPECT_EQ(AuthorOf(deeds, "the coup attempt"), "NERMIL");
  EXPECT_EQ(AuthorOf(deeds, "the takeover"), "NERMIL");
  EXPECT_EQ(AuthorOf(deeds, "the ouster of the president"), "NERMIL");
  EXPECT_EQ(AuthorOf(deeds, "his overthrow"), "NERMIL");
  EXPECT_EQ(AuthorOf(deeds, "the detentions"), "NERGOV");
  deeds.Clear();
  deeds.Remember("NERMIL", "NERGOV", "173");  // soldiers detained the president
  EXPECT_EQ(AuthorOf(deeds, "the putsch"), "NERMIL");
  deeds.Clear();
  deeds.Remember("NERCOP", "NEROPP", "173");
  EXPECT_EQ(AuthorOf(deeds, "the coup"), "");
  EXPECT_EQ(AuthorOf(deeds, "the capture of the rebels"), "NERCOP");  // a seizure may be
}

// "condemned the violence": the armed forces' is their state's, as their
// attack is; the police's or a group's stays theirs.
TEST(DeedsTest, ViolenceOfTheArmedForcesIsTheStates) {
  Deeds deeds;
  deeds.Remember("MMRMIL", "---CVL", "190");
  EXPECT_EQ(AuthorOf(deeds, "the violence"), "MMRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the bloodshed in Rakhine"), "MMRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "MMRMIL");
  deeds.Clear();
  deeds.Remember("KENCOP", "KENCVL", "175");
  EXPECT_EQ(AuthorOf(deeds, "the violence"), "KENCOP");
  deeds.Clear();
  deeds.Remember("---UAF", "---CVL", "180");
  EXPECT_EQ(AuthorOf(deeds, "the violence"), "---UAF");
}

// "Russia called the killing a reckless step" (of an Iranian general by a
// U.S. drone): a killing, seizure or arrest one state's forces did to another
// state is the country's, as its attack is; done at home, it stays theirs.
TEST(DeedsTest, ForceOnAnotherStateIsTheCountrys) {
  Deeds deeds;
  deeds.Remember("USAMIL", "IRNMIL", "1823");
  EXPECT_EQ(AuthorOf(deeds, "the killing"), "USAMIL!");
  deeds.Clear();
  deeds.Remember("GEOCOP", "RUSMIL", "173");
  EXPECT_EQ(AuthorOf(deeds, "the arrests"), "GEOCOP!");
  deeds.Clear();
  deeds.Remember("KENCOP", "---CVL", "1823");
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "KENCOP");
  deeds.Clear();
  deeds.Remember("UGAMIL", "UGAOPP", "173");
  EXPECT_EQ(AuthorOf(deeds, "the arrests"), "UGAMIL");
}

// "Kenya rejected the allegations" after charges both ways: the charge made
// against Kenya, never Kenya's own; a criticism of it counts too.
TEST(DeedsTest, ADenialAnswersTheAccusationAgainstTheAccused) {
  Deeds deeds;
  deeds.Remember("KEN", "UGA", "1123");
  deeds.Remember("UGA", "KEN", "1121");  // the counter-charge
  std::string author;
  bool as_country = false;
  const std::vector<std::string_view> allegations = {"the", "allegations"};
  ASSERT_TRUE(deeds.Author(allegations, &author, &as_country, "KEN"));
  EXPECT_EQ(author, "UGA");
  ASSERT_TRUE(deeds.Author(allegations, &author, &as_country, "UGAGOV"));
  EXPECT_EQ(author, "KEN");
  const std::vector<std::string_view> role = {"any", "role", "in", "the", "unrest"};
  ASSERT_TRUE(deeds.Author(role, &author, &as_country, "UGA"));
  EXPECT_EQ(author, "KEN");
  // Only its own side's accusations: none.
  deeds.Clear();
  deeds.Remember("IRNGOV", "GBR", "112");
  EXPECT_FALSE(deeds.Author(role, &author, &as_country, "IRN"));
  // A criticism of the accused answers it too; the latest one.
  deeds.Remember("GBRGOV", "IRN", "111");
  deeds.Remember("FRAGOV", "IRN", "111");
  ASSERT_TRUE(deeds.Author(role, &author, &as_country, "IRN"));
  EXPECT_EQ(author, "FRAGOV");
  // A domestic charge: against the accused's own code.
  deeds.Clear();
  deeds.Remember("TONGOV", "TONOPP", "112");
  ASSERT_TRUE(deeds.Author(allegations, &author, &as_country, "TONOPP"));
  EXPECT_EQ(author, "TONGOV");
  EXPECT_FALSE(as_country);
}

// "called the storming unacceptable", "condemned the riots": a violent
// protest (145) or force; "the attack" is a crowd's storming only when the
// article told no use of force.
TEST(DeedsTest, AStormingIsACrowdsViolentProtest) {
  Deeds deeds;
  deeds.Remember("FRAGOV", "LBY", "042");
  deeds.Remember("---CVL", "FRAGOV", "145");
  EXPECT_EQ(AuthorOf(deeds, "the storming"), "---CVL");
  EXPECT_EQ(AuthorOf(deeds, "the riots"), "---CVL");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "---CVL");
  EXPECT_EQ(AuthorOf(deeds, "the visit"), "");
  deeds.Remember("LBYCOP", "---CVL", "180");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "LBYCOP!");
  EXPECT_EQ(AuthorOf(deeds, "the storming"), "---CVL");
  deeds.Clear();
  deeds.Remember("FRAGOV", "LBY", "042");
  EXPECT_EQ(AuthorOf(deeds, "the storming"), "");
}

// "Athens denied the claim", "condemned the hostage-taking": a claim is an
// accusation, a hostage-taking an abduction.
TEST(DeedsTest, AClaimIsAnAccusationAndAHostageTakingAnAbduction) {
  Deeds deeds;
  deeds.Remember("TUR", "GRCCOP", "112");
  deeds.Remember("---UAF", "---CVL", "181");
  std::string author;
  bool as_country = false;
  const std::vector<std::string_view> claim = {"the", "claim"};
  ASSERT_TRUE(deeds.Author(claim, &author, &as_country, "GRCGOV"));
  EXPECT_EQ(author, "TUR");
  EXPECT_EQ(AuthorOf(deeds, "the hostage-taking"), "---UAF");
  EXPECT_EQ(AuthorOf(deeds, "the claimant"), "");
}

// No one reacts to a deed of their own side: "Chile rejected the criticism"
// after Chile's own criticism of Peru names no deed of Chile's; the next one
// of the kind by another side stands.
TEST(DeedsTest, AReactorsOwnSideDidNotDoTheDeedItReactsTo) {
  Deeds deeds;
  deeds.Remember("CHLGOV", "PER", "111");
  std::string author;
  bool as_country = false;
  const std::vector<std::string_view> criticism = {"the", "criticism"};
  EXPECT_FALSE(deeds.Author(criticism, &author, &as_country, "CHL"));
  ASSERT_TRUE(deeds.Author(criticism, &author, &as_country, "PERGOV"));
  EXPECT_EQ(author, "CHLGOV");
  // An attack: the first one not by the reactor's side.
  deeds.Clear();
  deeds.Remember("ARMMIL", "AZE", "195");
  deeds.Remember("AZEMIL", "ARM", "195");
  const std::vector<std::string_view> attack = {"the", "attack"};
  ASSERT_TRUE(deeds.Author(attack, &author, &as_country, "ARM"));
  EXPECT_EQ(author, "AZEMIL");
  EXPECT_TRUE(as_country);
  ASSERT_TRUE(deeds.Author(attack, &author, &as_country, "FRAGOV"));
  EXPECT_EQ(author, "ARMMIL");
  // With no reactor known, the first as before.
  ASSERT_TRUE(deeds.Author(attack, &author, &as_country));
  EXPECT_EQ(author, "ARMMIL");
}

// A deed its reactor's side took part in is not the one it reacts to: a
// member of a compound's joint deed, or the other party of a mutual one (an
// agreement, a meeting).
TEST(DeedsTest, NoReactionToADeedOnesSideTookPartIn) {
  Deeds deeds;
  deeds.Remember("NORGOV", "", "161");        // Norway recalled its envoy
  deeds.Remember("DNKGOV", "SWEGOV", "057");  // Denmark and Sweden signed a pact
  deeds.Remember("SWEGOV", "DNKGOV", "057", true);
  std::string author;
  bool as_country = false;
  const std::vector<std::string_view> decision = {"the", "decision"};
  // Sweden signed the pact: "the decision" it regrets is Norway's.
  ASSERT_TRUE(deeds.Author(decision, &author, &as_country, "SWE"));
  EXPECT_EQ(author, "NORGOV");
  ASSERT_TRUE(deeds.Author(decision, &author, &as_country, "DNKGOV"));
  EXPECT_EQ(author, "NORGOV");
  // A third party reacts to the pact.
  ASSERT_TRUE(deeds.Author(decision, &author, &as_country, "FIN"));
  EXPECT_EQ(author, "DNKGOV/SWEGOV");
  // The other party of an agreement is in it ("Eritrea hailed the deal" it
  // signed with Ethiopia: no one's to react to); of an expulsion, not.
  deeds.Clear();
  deeds.Remember("ETHGOV", "ERIGOV", "057");
  deeds.Remember("ERIGOV", "ETHGOV", "057");
  const std::vector<std::string_view> deal = {"the", "deal"};
  EXPECT_FALSE(deeds.Author(deal, &author, &as_country, "ERI"));
  ASSERT_TRUE(deeds.Author(deal, &author, &as_country, "USA"));
  EXPECT_EQ(author, "ETHGOV");
  deeds.Clear();
  deeds.Remember("TURGOV", "GRCGOV", "1663");  // Turkey expelled Greece's envoy
  ASSERT_TRUE(deeds.Author(decision, &author, &as_country, "GRC"));
  EXPECT_EQ(author, "TURGOV");
}

// "welcomed the recognition": the recognition the article told (054), not
// the latest deed of any kind (the recall that answered it).
TEST(DeedsTest, TheRecognitionIsTheRecognitionTold) {
  Deeds deeds;
  deeds.Remember("SVN", "XKX", "054");
  deeds.Remember("MLT", "XKX", "054", true);
  deeds.Remember("SRB", "SVNGOV", "161");
  EXPECT_EQ(AuthorOf(deeds, "the recognition"), "SVN/MLT");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "SRB");
  deeds.Clear();
  deeds.Remember("SRB", "SVNGOV", "161");
  EXPECT_EQ(AuthorOf(deeds, "the recognition"), "");
}

// "the curfew", "the declaration of the emergency", "the imposition of
// sanctions": a decision named by what it brought is a deed of that kind.
TEST(DeedsTest, ADecisionNamedByWhatItBroughtIsThatDeed) {
  Deeds deeds;
  deeds.Remember("THAGOV", "THACVL", "1724");  // declared a state of emergency
  deeds.Remember("THAJUD", "THAOPP", "0841");  // a court freed the activists
  EXPECT_EQ(AuthorOf(deeds, "the emergency"), "THAGOV");
  EXPECT_EQ(AuthorOf(deeds, "the curfew"), "THAGOV");
  EXPECT_EQ(AuthorOf(deeds, "the declaration of the emergency"), "THAGOV");
  EXPECT_EQ(AuthorOf(deeds, "the declaration"), "THAJUD");  // the latest deed
  EXPECT_EQ(AuthorOf(deeds, "the declaration of independence"), "THAJUD");
  deeds.Remember("USAGOV", "RUS", "163");  // an embargo
  EXPECT_EQ(AuthorOf(deeds, "the imposition of new sanctions"), "USAGOV");
  deeds.Clear();
  deeds.Remember("THAJUD", "THAOPP", "0841");
  EXPECT_EQ(AuthorOf(deeds, "the emergency"), "");  // none declared
}

// "the deployment of troops": who sent them (a show of force, 15; forces
// sent to help, 074).
TEST(DeedsTest, DeploymentIsTheSendersDeed) {
  Deeds deeds;
  EXPECT_EQ(AuthorOf(deeds, "the deployment of troops"), "");
  deeds.Remember("PERGOV", "PERMIL", "154");
  EXPECT_EQ(AuthorOf(deeds, "the deployment of troops"), "PERGOV");
  deeds.Remember("FRAGOV", "MLI", "074");
  EXPECT_EQ(AuthorOf(deeds, "the mobilisation of reservists"), "FRAGOV");  // the latest
  const std::vector<std::string_view> deployment = {"the", "deployment", "of", "soldiers"};
  const std::vector<std::string_view> soldiers = {"the", "soldiers"};
  EXPECT_TRUE(Deeds::NamesDeployment(deployment));
  EXPECT_FALSE(Deeds::NamesDeployment(soldiers));
}

TEST(DeedsTest, WordsProposalsAndRequestsNameTheLatestOfTheirKind) {
  Deeds deeds;
  deeds.Remember("IRNMIL", "", "190");
  deeds.Remember("QAT", "", "0256");     // proposed that both sides halt the fighting
  deeds.Remember("USAGOV", "", "1013");  // demanded a halt
  deeds.Remember("ISRGOV", "", "111");   // denounced Qatar
  EXPECT_EQ(AuthorOf(deeds, "the remarks"), "ISRGOV");
  EXPECT_EQ(AuthorOf(deeds, "these comments"), "ISRGOV");
  EXPECT_EQ(AuthorOf(deeds, "the criticism"), "ISRGOV");
  EXPECT_EQ(AuthorOf(deeds, "the proposal"), "QAT");
  EXPECT_EQ(AuthorOf(deeds, "the idea"), "QAT");
  EXPECT_EQ(AuthorOf(deeds, "the offer"), "");  // an appeal is no offer
  EXPECT_EQ(AuthorOf(deeds, "the request"), "USAGOV");
  EXPECT_EQ(AuthorOf(deeds, "the call for a truce"), "USAGOV");
  EXPECT_EQ(AuthorOf(deeds, "a proposal"), "");                      // not definite
  EXPECT_EQ(AuthorOf(deeds, "the remarks unacceptable"), "ISRGOV");  // "called ... unacceptable"
  EXPECT_EQ(AuthorOf(deeds, "the provocative act"), "IRNMIL!");      // a deed, not words
  EXPECT_EQ(AuthorOf(deeds, "the aggression"), "IRNMIL!");
}

TEST(DeedsTest, NoWordsToReactToWithoutThem) {
  Deeds deeds;
  deeds.Remember("RUSMIL", "", "190");  // a deed of force is no remark
  deeds.Remember("UKR", "", "0234");    // an appeal for aid is no offer or criticism
  deeds.Remember("TURGOV", "", "036");  // an intent to meet
  deeds.Remember("IRQCOP", "", "173");  // an arrest
  deeds.Remember("DEUJUD", "", "116");  // a verdict is no remark
  EXPECT_EQ(AuthorOf(deeds, "the criticism"), "");
  EXPECT_EQ(AuthorOf(deeds, "the offer"), "TURGOV");
  EXPECT_EQ(AuthorOf(deeds, "the proposal"), "TURGOV");  // an appeal for aid is no proposal
  EXPECT_EQ(AuthorOf(deeds, "the remarks"), "UKR");
  EXPECT_EQ(AuthorOf(deeds, "these actions"), "IRQCOP");  // no attack: its author as named
  EXPECT_EQ(AuthorOf(deeds, "their conduct"), "IRQCOP");  // a possessive pronoun is definite
  deeds.Remember("SYRMIL", "", "128");                    // defied norms: a deed, not words
  EXPECT_EQ(AuthorOf(deeds, "its behaviour"), "SYRMIL");
  EXPECT_EQ(AuthorOf(deeds, "the seizure of the ship"), "RUSMIL");
  deeds.Clear();
  deeds.Remember("RUSMIL", "", "190");
  EXPECT_EQ(AuthorOf(deeds, "the remarks"), "");
  EXPECT_EQ(AuthorOf(deeds, "the proposal"), "");
  EXPECT_EQ(AuthorOf(deeds, "the appeal"), "");
}

TEST(DeedsTest, TheUseOfForceAndTheViolenceAreTheFirstDeedOfForceByItsAuthor) {
  Deeds deeds;
  deeds.Remember("PERGOV", "", "036");
  deeds.Remember("PERCOP", "", "175");  // police fired tear gas at protesters
  deeds.Remember("---CVL", "", "145");
  EXPECT_EQ(AuthorOf(deeds, "the use of force against protesters"), "PERCOP");
  EXPECT_EQ(AuthorOf(deeds, "the violence"), "PERCOP");
  EXPECT_EQ(AuthorOf(deeds, "the crackdown on dissent"), "PERCOP");
  EXPECT_EQ(AuthorOf(deeds, "the use"), "");  // no "of": not force named
}

// "Chile and Peru proposed ...": a deed of a compound's members has them all
// as authors, in the order told; a member's own later deed does not join them.
TEST(DeedsTest, AJointDeedHasEveryMemberAsAuthor) {
  Deeds deeds;
  deeds.Remember("CHL", "", "0356");
  deeds.Remember("PER", "", "0356", /*joint=*/true);
  EXPECT_EQ(AuthorOf(deeds, "the proposal"), "CHL/PER");
  deeds.Remember("PER", "", "036");  // Peru alone, later
  EXPECT_EQ(AuthorOf(deeds, "the offer"), "PER");
  // Force: the first deed, with both members; one source against two targets
  // ("CHLMIL attacked A and B") is one author.
  deeds.Clear();
  deeds.Remember("CHLMIL", "", "190");
  deeds.Remember("CHLMIL", "", "190", true);
  deeds.Remember("PERMIL", "", "190", true);
  deeds.Remember("BOLMIL", "", "190");  // another deed
  EXPECT_EQ(AuthorOf(deeds, "the attacks"), "CHLMIL/PERMIL!");
  // A joint flag after a deed without a source joins nothing.
  deeds.Clear();
  deeds.Remember("ARG", "", "0356");
  deeds.Remember("---", "", "0356", true);
  deeds.Remember("URY", "", "0356", true);
  EXPECT_EQ(AuthorOf(deeds, "the proposal"), "URY");
}

// "Norway closed its border ... after Swedish gunmen attacked a village":
// the attack is the gunmen's, not the closed border (191); a plane forced to
// land ("the diversion") is coercion or a seizure (170, 171), not an arrest.
TEST(DeedsTest, AnAttackIsNoBlockadeAndADiversionIsCoercion) {
  Deeds deeds;
  deeds.Remember("NOR", "", "191");
  deeds.Remember("SWEUAF", "", "190");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "SWEUAF!");
  EXPECT_EQ(AuthorOf(deeds, "the incident"), "SWEUAF!");  // the latest deed of force
  deeds.Clear();
  deeds.Remember("NOR", "", "191");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "");  // a blockade alone is no attack
  deeds.Remember("FINGOV", "", "170");
  deeds.Remember("FINGOV", "", "111");
  deeds.Remember("FINCOP", "", "173");  // an arrest is no diversion
  EXPECT_EQ(AuthorOf(deeds, "the diversion"), "FINGOV");
  EXPECT_EQ(AuthorOf(deeds, "the hijacking"), "FINGOV");
  EXPECT_EQ(AuthorOf(deeds, "a diversion"), "");  // not definite
  // A ship seized with its crew taken hostage (181) is the hijacking.
  deeds.Clear();
  deeds.Remember("SOMREB", "---CVL", "181");
  deeds.Remember("USAGOV", "SOMREB", "111");
  EXPECT_EQ(AuthorOf(deeds, "the hijacking"), "SOMREB");
}

// "welcomed the release": the first release the article told (084), not
// another deed; none told, none named.
TEST(DeedsTest, TheReleaseNamesTheFirstReleaseTold) {
  Deeds deeds;
  deeds.Remember("IRNCOP", "", "173");
  EXPECT_EQ(AuthorOf(deeds, "the release of the sailors"), "");
  deeds.Remember("IRNGOV", "", "0841");
  deeds.Remember("IRNGOV", "", "111");
  deeds.Remember("HUNGOV", "", "0841");
  EXPECT_EQ(AuthorOf(deeds, "the release of the sailors"), "IRNGOV");
  EXPECT_EQ(AuthorOf(deeds, "the freeing"), "IRNGOV");
  EXPECT_EQ(AuthorOf(deeds, "a release"), "");
}

// "Soldiers killed the gunmen who stormed the hotel ... The UN condemned the
// attack": force used on the attackers answers the attack; the reaction names
// the attack itself, and an armed group's attack is the group's, not its
// country's.
TEST(DeedsTest, UnnamedAttackersAreTheGroupThatClaimedOrWasBlamedForTheAttack) {
  Deeds deeds;
  deeds.Remember("---UAF", "NERMIL", "190");
  deeds.Remember("MLIINS", "NERMIL", "015");  // "JNIM claimed responsibility"
  deeds.Remember("IGOUNO", "MLIINS", "015");  // not a group: no claim
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "MLIINS");
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "MLIINS");
  deeds.Clear();
  deeds.Remember("---UAF", "COLCOP", "183");
  deeds.Remember("COLGOV", "COLREB", "112");  // "blamed the ELN for the car bomb"
  EXPECT_EQ(AuthorOf(deeds, "the bombing"), "COLREB");
  // A blame of unnamed fighters or of a state's forces ties them to no group.
  deeds.Clear();
  deeds.Remember("---UAF", "---CVL", "190");
  deeds.Remember("NGOHRI", "---INS", "112");
  deeds.Remember("NGOHRI", "BFAMIL", "112");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "---UAF!");
  // An attack told only by who was blamed for it (or claimed it) is theirs.
  deeds.Clear();
  deeds.Remember("COLGOV", "COLREB", "112");  // "blamed the ELN for a car bomb"
  EXPECT_EQ(AuthorOf(deeds, "the bombing"), "COLREB");
  EXPECT_EQ(AuthorOf(deeds, "the sanctions"), "");  // no measure told
  deeds.Clear();
  deeds.Remember("COLGOV", "COLOPP", "112");  // no armed group
  EXPECT_EQ(AuthorOf(deeds, "the bombing"), "");
  // A blame told after the article's main event may be of another deed.
  deeds.Clear();
  deeds.Remember("USAGOV", "SYRGOV", "112");
  deeds.Remember("SYRGOV", "SYRREB", "112");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "");
  // No claim or blame: the one named armed group the article tells using
  // force; with two such groups, neither.
  deeds.Clear();
  deeds.Remember("---UAF", "SYRMIL", "190");
  deeds.Remember("SYRINS", "SYRMIL", "190");
  EXPECT_EQ(AuthorOf(deeds, "the attacks"), "SYRINS");
  deeds.Remember("SYRREB", "SYRMIL", "195");
  EXPECT_EQ(AuthorOf(deeds, "the attacks"), "---UAF!");
  deeds.Clear();
  deeds.Remember("---UAF", "SYRMIL", "190");
  deeds.Remember("SYRINS", "SYRMIL", "112");  // accused someone: words, not force
  EXPECT_EQ(AuthorOf(deeds, "the attacks"), "---UAF!");
  // A gang's attack is the gang's, not its country's; a gang blamed for an
  // attack is its author.
  deeds.Clear();
  deeds.Remember("MEXCRM", "MEXCOP", "190");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "MEXCRM");
  deeds.Clear();
  deeds.Remember("---UAF", "---CVL", "180");
  deeds.Remember("MEXGOV", "MEXCRM", "112");  // "blamed the Zetas"
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "MEXCRM");
  // A named attacker keeps its attack.
  deeds.Clear();
  deeds.Remember("SAUMIL", "YEMCVL", "190");
  deeds.Remember("SAUMIL", "YEMREB", "112");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "SAUMIL!");
}

TEST(DeedsTest, TheAttackIsNotTheResponseToIt) {
  Deeds deeds;
  deeds.Remember("NGAMIL", "---UAF", "190");  // troops repelled the attackers
  deeds.Remember("NGAREB", "NGACVL", "180");  // the group's attack, told later
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "NGAREB");
  EXPECT_EQ(AuthorOf(deeds, "the deadly assault"), "NGAREB");
  // "the killings" still names the first force, whoever it was used on.
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "NGAMIL");
  // No other attack told: the response is the only one.
  deeds.Clear();
  deeds.Remember("MLIMIL", "---UAF", "190");
  EXPECT_EQ(AuthorOf(deeds, "the attack"), "MLIMIL!");
  // A state's forces still attack for their country; insurgents and
  // separatists do not.
  deeds.Clear();
  deeds.Remember("AFGINS", "AFGCOP", "183");
  EXPECT_EQ(AuthorOf(deeds, "the bombing"), "AFGINS");
  deeds.Clear();
  deeds.Remember("PHLSEP", "PHLMIL", "190");
  EXPECT_EQ(AuthorOf(deeds, "the raid"), "PHLSEP");
}

// "Police accused the opposition leader of treason ... The French embassy
// rejected the allegation": without an accusation against the reactor, the
// first accusation it answers is one of no one named or of its own country's
// people, never another country's party.
TEST(DeedsTest, AReactorAnswersNoChargeAgainstAnotherCountrysParty) {
  Deeds deeds;
  deeds.Remember("GABCOP", "GABOPP", "1125");
  std::string author;
  bool as_country = false;
  const std::vector<std::string_view> allegation = {"the", "allegation"};
  EXPECT_FALSE(deeds.Author(allegation, &author, &as_country, "FRAGOV"));
  // Someone of the accused group's own country may answer it.
  ASSERT_TRUE(deeds.Author(allegation, &author, &as_country, "GABLEG"));
  EXPECT_EQ(author, "GABCOP");
  // An accusation of no one named answers anyone.
  deeds.Clear();
  deeds.Remember("GABGOV", "---", "112");
  ASSERT_TRUE(deeds.Author(allegation, &author, &as_country, "FRAGOV"));
  EXPECT_EQ(author, "GABGOV");
}

TEST(DeedsTest, WhatAStateEnactsOrSignsIsADecision) {
  Deeds deeds;
  deeds.Remember("IGOUNO", "PRK", "163");
  EXPECT_EQ(AuthorOf(deeds, "the resolution"), "IGOUNO");
  EXPECT_EQ(AuthorOf(deeds, "the new law"), "IGOUNO");
  deeds.Remember("GBRGOV", "AUSGOV", "057");
  EXPECT_EQ(AuthorOf(deeds, "the move"), "GBRGOV");  // an agreement signed is a decision
  EXPECT_EQ(AuthorOf(deeds, "the signing"), "GBRGOV");
  EXPECT_EQ(AuthorOf(deeds, "the treaty"), "GBRGOV");
  deeds.Remember("USAGOV", "KSV", "054");
  EXPECT_EQ(AuthorOf(deeds, "the recognition"), "USAGOV");
  EXPECT_EQ(AuthorOf(deeds, "Sanchez 's recognition"), "");  // a possessor names its author
  deeds.Remember("ARGGOV", "ESPBUS", "040");
  EXPECT_EQ(AuthorOf(deeds, "the declaration"), "USAGOV");  // a meeting is no decision
}

TEST(DeedsTest, ThePolicesArrestsAreNoDecision) {
  Deeds deeds;
  deeds.Remember("PAKGOV", "PAKCVL", "1724");
  deeds.Remember("PAKCOP", "---CVL", "173");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "PAKGOV");
  EXPECT_EQ(AuthorOf(deeds, "the move"), "PAKCOP");  // a move may be an arrest
  deeds.Remember("PAKGOV", "PAKOPP", "173");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "PAKGOV");
}

TEST(DeedsTest, EvidenceAndFindingsAreTheAccusersWords) {
  Deeds deeds;
  deeds.Remember("NLDJUD", "RUSMIL", "112");
  deeds.Remember("RUSGOV", "NLDJUD", "111");
  EXPECT_EQ(AuthorOf(deeds, "the findings"), "NLDJUD");
  EXPECT_EQ(AuthorOf(deeds, "the evidence"), "NLDJUD");
  EXPECT_EQ(AuthorOf(deeds, "the conclusions"), "NLDJUD");
}

// "called the dissolution a coup" after "Vizcarra dissolved Congress": a
// body dissolved is a decision the state enacted, the latest one; an attack
// is none.
TEST(DeedsTest, TheDissolutionIsADecision) {
  Deeds deeds;
  deeds.Remember("PERGOV", "PERLEG", "172");
  EXPECT_EQ(AuthorOf(deeds, "the dissolution"), "PERGOV");
  deeds.Clear();
  deeds.Remember("PERINS", "---CVL", "1823");
  EXPECT_EQ(AuthorOf(deeds, "the dissolution"), "");
}

// "called the decision a mistake" after an ambush: no decision was told; a
// state's use of force may be one ("defended the decision" to down a jet),
// and "the move" may be any deed.
TEST(DeedsTest, ADecisionIsNoArmedGroupsAttack) {
  Deeds deeds;
  deeds.Remember("NGAINS", "---CVL", "1823");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "");
  EXPECT_EQ(AuthorOf(deeds, "the move"), "NGAINS");
  deeds.Remember("TURMIL", "RUSMIL", "190");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "TURMIL");
}

// "called the vote a coup" after "the Senate voted to remove the president":
// the latest decision of a body that votes, not a government's deed after it.
TEST(DeedsTest, TheVoteIsALegislaturesOrAnInternationalBodysDecision) {
  Deeds deeds;
  deeds.Remember("PRYGOV", "", "160");
  EXPECT_EQ(AuthorOf(deeds, "the vote"), "");  // a government does not vote
  deeds.Remember("PRYLEG", "PRYGOV", "172");
  deeds.Remember("PRYCOP", "---CVL", "175");
  EXPECT_EQ(AuthorOf(deeds, "the vote"), "PRYLEG");
  EXPECT_EQ(AuthorOf(deeds, "the decision"), "PRYCOP");  // unchanged: anyone's latest
  deeds.Remember("IGOUNO", "PRK", "163");
  EXPECT_EQ(AuthorOf(deeds, "Friday 's vote"), "IGOUNO");
}

// "Lula condemned the attempt", "Morales condemned the uprising" after
// soldiers stormed the palace: the coup tried, as "the coup" names it.
TEST(DeedsTest, TheAttemptAndTheUprisingAreTheCoupTried) {
  Deeds deeds;
  deeds.Remember("BOLCOP", "---CVL", "173");
  EXPECT_EQ(AuthorOf(deeds, "the attempt"), "");  // the police's arrests are no coup
  deeds.Remember("BOLMIL", "BOLGOV", "1724");
  deeds.Remember("BOLGOV", "BOLMIL", "166");
  EXPECT_EQ(AuthorOf(deeds, "the attempt"), "BOLMIL");
  EXPECT_EQ(AuthorOf(deeds, "the uprising"), "BOLMIL");
  EXPECT_EQ(AuthorOf(deeds, "the coup attempt"), "BOLMIL");
  EXPECT_EQ(AuthorOf(deeds, "an attempt"), "");  // not definite
}

}  // namespace
}  // namespace dyad::doc
