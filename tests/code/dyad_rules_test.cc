// Tests of the coder's rules for dyad's own dictionary format (news
// conventions that PETRARCH files do not get): noun-phrase roles, joint
// actions, agentless attacks. The dictionaries are small inline dyad files.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dict/temp_dir.h"
#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/tree.h"

namespace dyad::code {
namespace {

constexpr std::string_view kDictionary = R"(country FRA
  name: France
  adjective: French
  demonym: Frenchmen
  capital: Paris
country RUS
  name: Russia
  adjective: Russian
  capital: Moscow
country IND
  name: India
  adjective: Indian
country CHN
  name: China
  adjective: Chinese
country GIB
  cameo: GBRGIB
  name: Gibraltar
actor IGOUNO
  name: United Nations; UN
actor PGS
  name: Persian Gulf; Gulf states
actor RUSMIL
  name: Rosgvardia
actor INDBUS
  name: Tata
actor FRAMED
  name: Radio Lumiere
actor FRAPTY
  name: Union Civique
actor FRAOPP
  name: Front for Liberty and Justice
person Omar al-Rashid
  name: Omar al-Rashid; al-Rashid
  code: FRAGOV
office FRA.president FRAGOV
  name: French President
person Jean Dupont
  name: Jean Dupont
  office: FRA.president 2010-01-01..2015-12-31
person Anne Leroy
  name: Anne Leroy
  office: FRA.president 2016-01-01..
  role: FRAOPP 2012-01-01..2015-12-31
person Henri Marais
  name: Henri Marais; Marais
  code: FRAELI
agent ELI
  name: former
agent GOV
  name: officials; official; foreign ministers; foreign minister; government; ambassador
  name: head of state; chief of staff
agent MIL
  name: troops; military; coup
  equipment: tanks; helicopters
  attack: air strikes
agent UAF
  name: paramilitary; gunmen
agent COP
  name: police
agent LEG
  name: parliament
agent JUD
  name: court; prosecutors
agent OPP
  name: opposition
agent CVL
  name: people; civilians; supporters; loyalists; relatives; crowd
  name: man; men; woman
agent REF
  name: refugees; migrants
agent HRI
  name: rights groups; rights activists
agent CRM
  name: gangs
agent LAB
  name: strikers
agent PTY
  name: party
agent MED
  name: reporters; social media
agent REL
  name: cleric; ayatollah
verb 040 consult
  lemma: meet (met)
verb 190 fight
  lemma: attack; clash
  pattern: * power => ---
verb 190 skirmish
  lemma: skirmish (skirmished)
  pattern: * with TARGET => 190 mutual
verb 180 assault
  lemma: shoot (shot)
verb --- waylay
  lemma: waylay (waylaid)
  pattern: * TARGET => ---:193
verb --- rebuff
  lemma: rebuff
  pattern: * TARGET => 125:---
verb 185 assassination attempt
  lemma: wound; injure
verb 074 keep the peace
  lemma: deploy in (deployed); dispatch (dispatched)
verb 174 deport
  lemma: deport (deported)
  pattern: * thousands => 201
  pattern: * from TARGET => 174
verb 190 kill
  lemma: kill (killed)
  pattern: * hundreds civilians => 202
verb 154 mobilize
  lemma: mass (massed)
  pattern: * near TARGET => 154
verb 173 arrest
  lemma: arrest
verb 143 strike
  lemma: go on strike (went; gone)
verb 1723 impose curfew
  lemma: impose a curfew (imposed)
verb 161 reduce relations
  lemma: boycott (boycotted); close (closed)
verb 130 threaten
  lemma: threaten
  pattern: * strikes => 133
  pattern: * TARGET with => 130
  pattern: * talks => 134
verb 111 criticize
  lemma: condemn
synset &INSULT
  member: fascists; dictator
verb --- call
  lemma: call (called)
  pattern: * TARGET &INSULT => 111
verb 141 demonstrate
  lemma: protest against (protested)
verb 112 accuse
  lemma: accuse
  pattern: * TARGET of => 112
  pattern: * on TARGET => 112
verb 120 reject
  lemma: reject
  pattern: * demands => 120
  pattern: * decision => 120
verb 057 sign
  lemma: sign
verb 042 visit
  lemma: visit; arrive in
  pattern: * to TARGET => 042
verb --- hold
  lemma: hold (held)
verb 041 telephone
  lemma: hold phone call (held)
  pattern: * with TARGET => 041
verb --- send
  lemma: send (sent)
  pattern: * attacks in => 190
verb 018 empathetic comment
  lemma: send condolences (sent)
  pattern: * to TARGET => 018
  pattern: * over TARGET => 018
verb 073 humanitarian aid
  lemma: airlift (airlifted)
verb 0841 return, release
  lemma: exchange prisoners (exchanged)
verb 0331 pledge economic aid
  lemma: promise (promised)
verb 010 make statement
  lemma: tell (told); announce (announced)
  pattern: * to TARGET => 010
verb 072 military aid
  lemma: give (gave; given)
verb 012 pessimism
  lemma: voice concern (voiced)
  pattern: * about TARGET => 012
)";

class DyadRulesTest : public ::testing::Test {
 protected:
  DyadRulesTest() {
    dir_.Write("dyad.txt", kDictionary);
    auto d = dict::LoadDyadDictionaries(dir_.path());
    EXPECT_TRUE(d.ok()) << d.status().message();
    if (d.ok()) dicts_ = std::move(d).value();
  }

  std::string Phrase(std::string_view text) {
    std::vector<std::string_view> words = SplitWhitespace(text);
    return CodeNounPhrase(*dicts_, words, 20200101, nullptr);
  }

  // "SRC TGT CODE" for each event of the bracketed `tree`.
  std::vector<std::string> Code(const std::string& tree, Date date) {
    return Code(tree, nullptr, date);
  }
  std::vector<std::string> Code(const std::string& tree, PhraseResolver* resolver = nullptr,
                                Date date = 20200101) {
    tree_text_ = tree;
    Status s = parse::ReadTree(tree_text_, &tree_);
    EXPECT_TRUE(s.ok()) << s.message();
    Coder coder(*dicts_, options_);
    coder.set_resolver(resolver);
    SentenceResult result;
    coder.CodeSentence(tree_, date, &result);
    std::vector<std::string> out;
    for (const Event& e : result.events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  dict::TempDir dir_;
  std::unique_ptr<dict::Dictionaries> dicts_;
  CoderOptions options_;
  std::string tree_text_;
  parse::Tree tree_;
};

using Events = std::vector<std::string>;

TEST_F(DyadRulesTest, TitleBeforeAnUnknownNameGivesTheRole) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("French foreign minister Pierre Lamarque"), "FRAGOV");
  // One unknown word after a role noun may be what the role qualifies.
  EXPECT_EQ(Phrase("French military bulldozers"), "FRA");
}

TEST_F(DyadRulesTest, TitleBeforeARunOfProperNamesInACompoundGivesTheRole) {
  ASSERT_NE(dicts_, nullptr);
  // A name the dictionaries know a word of ("Jean"), or one after an Arabic
  // article ("al-Haddad"), is still a name they do not know.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD deported) (NP (NP (DT the) (NN ambassador) "
                 "(NNP Jean) (NNP Haddad)) (CC and) (NP (NN police) (NNP Amir) (NN al-Haddad)))) "
                 "(. .)))"),
            (Events{"IND ---GOV 174", "IND ---COP 174"}));
  // An unknown name before the title owns it: no state's role.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD deported) (NP (NP (NNP KOVO) (NN ambassador) "
                 "(NNP Jean) (NNP Haddad)) (CC and) (NP (NNP Jean) (NNP Dupont)))) (. .)))"),
            (Events{"IND FRAELI 174"}));
}

TEST_F(DyadRulesTest, ANameAfterAnArabicArticleIsNoCommonWord) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("al-Rashid"), "FRAGOV");
  EXPECT_EQ(Phrase("Omar al-Rashid"), "FRAGOV");
}

TEST_F(DyadRulesTest, ANameInsideTheNameOfASeaIsNoActor) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("the South China Sea"), "---");
  EXPECT_EQ(Phrase("the China Strait"), "---");
  EXPECT_EQ(Phrase("fishermen hit by the Indian Ocean cyclone"), "---");
  EXPECT_EQ(Phrase("the Gulf of India"), "---");
  EXPECT_EQ(Phrase("the Persian Gulf"), "---");
  // The region's states are actors; so is the country beside the sea.
  EXPECT_EQ(Phrase("Persian Gulf states"), "PGS");
  EXPECT_EQ(Phrase("China"), "CHN");
}

// "Saudi Gulf affairs minister": a water noun before "affairs" names a
// portfolio, and the nationality before it keeps its country; the sea's
// name without it stays no actor.
TEST_F(DyadRulesTest, ANationalityBeforeGulfAffairsKeepsItsCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Indian Gulf affairs minister"), "IND");
  EXPECT_EQ(Phrase("the Indian Gulf"), "---");
}

TEST_F(DyadRulesTest, HeadRoleNounGivesTheRole) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Indian paramilitary police"), "INDCOP");
  EXPECT_EQ(Phrase("French military prosecutors"), "FRAJUD");
  EXPECT_EQ(Phrase("the opposition officials"), "---OPPGOV");  // a side taken stays
  // What someone demands or offers is theirs; other nouns are only modified.
  EXPECT_EQ(Phrase("French opposition demands"), "FRAOPP");
  EXPECT_EQ(Phrase("French opposition rallies"), "FRA");
}

TEST_F(DyadRulesTest, NamedActorsRoleHeadsBeforeAPossessiveOrAnUnknownName) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (NP (DT the) (JJ French) "
                 "(NN government) (POS 's)) (NN crackdown))) (. .)))"),
            (Events{"IND FRAGOV 112"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NN official) (NNP Pierre) (NNP Martin)) "
                 "(VP (VBD met) (NP (NNP India))) (. .)))"),
            (Events{"FRAGOV IND 040"}));
  // A role of no one named, or a role modifying a noun, stays no actor.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (NP (DT the) "
                 "(NN government) (POS 's)) (NN crackdown))) (. .)))"),
            (Events{}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (JJ French) "
                 "(NN government) (NN crackdown))) (. .)))"),
            (Events{"IND FRA 112"}));
}

TEST_F(DyadRulesTest, ACountryLedForceIsTheLeaders) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French-led) (NNS troops)) (VP (VBD attacked) (NP (NNP India))) "
                 "(. .)))"),
            (Events{"FRAMIL IND 190"}));
}

TEST_F(DyadRulesTest, AMutualPatternRunsBothWays) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD skirmished) (PP (IN with) (NP (NNP China)))) "
                 "(. .)))"),
            (Events{"IND CHN 190", "CHN IND 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP China))) (. .)))"),
            (Events{"IND CHN 190"}));
}

TEST_F(DyadRulesTest, FormerBeforeTheTitleOfTheOfficeHeldIsAnElite) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("French President Anne Leroy"), "FRAGOV");
  EXPECT_EQ(Phrase("former French President Anne Leroy"), "FRAELI");
}

TEST_F(DyadRulesTest, ANamedCompanyDoesNotLendItsCountryToAStateBody) {
  ASSERT_NE(dicts_, nullptr);
  // "Police attacked civilians near Tata offices": the company is Indian, the
  // police are no one's we know.
  EXPECT_EQ(Code("(ROOT (S (NP (NNS Police)) (VP (VBD attacked) (NP (NNS civilians)) (PP (IN "
                 "near) (NP (NNP Tata) (NNS offices)))) (. .)))"),
            (Events{"---COP ---CVL 190"}));
  // A country's own body still does: "Police attacked Indian civilians".
  EXPECT_EQ(Code("(ROOT (S (NP (NNS Police)) (VP (VBD attacked) (NP (JJ Indian) (NNS "
                 "civilians))) (. .)))"),
            (Events{"INDCOP INDCVL 190"}));
}

TEST_F(DyadRulesTest, ATitleDoesNotExtendAPersonWhoseCodeHasARole) {
  ASSERT_NE(dicts_, nullptr);
  // An honorific before a head of state adds no role to the office's code.
  EXPECT_EQ(Phrase("Ayatollah Anne Leroy"), "FRAGOV");
  EXPECT_EQ(Phrase("cleric Henri Marais"), "FRAELI");
  // A title still gives a country its role.
  EXPECT_EQ(Phrase("French cleric"), "FRAREL");
}

TEST_F(DyadRulesTest, AnAttackOnNoOneHitsTheVictimsOfATrailingKilling) {
  ASSERT_NE(dicts_, nullptr);
  // "French troops attacked a bus, killing Indian civilians": the bus names
  // no one; the victims are the target (the killing is no event of its own).
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (DT a) (NN bus)) "
                 "(, ,) (S (VP (VBG killing) (NP (JJ Indian) (NNS civilians))))) (. .)))"),
            (Events{"FRAMIL INDCVL 190"}));
  // A place is kept unless the victims are a country's.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (DT a) (NN bus)) "
                 "(PP (IN in) (NP (NNP India))) (, ,) (S (VP (VBG killing) (NP (NNS civilians))))) "
                 "(. .)))"),
            (Events{"FRAMIL IND 190"}));
}

TEST_F(DyadRulesTest, CapitalBeforeARoleIsTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Paris"), "FRAGOV");
  EXPECT_EQ(Phrase("a Moscow court"), "RUSJUD");
  EXPECT_EQ(Phrase("Paris police"), "FRACOP");
  EXPECT_EQ(Phrase("the suburbs of Paris"), "FRA");   // a place
  EXPECT_EQ(Phrase("civilians in Paris"), "---CVL");  // where they are, not whose
}

TEST_F(DyadRulesTest, ACapitalInsideALongerProperNameIsNoActor) {
  ASSERT_NE(dicts_, nullptr);
  // A person named after a city, a ship named after one.
  EXPECT_EQ(Phrase("his daughter Paris Delacourt"), "---");
  EXPECT_EQ(Phrase("the frigate FS Moscow"), "---");
  // A lower-case word around it is no name: the capital still speaks.
  EXPECT_EQ(Phrase("Paris demanded"), "FRAGOV");
  EXPECT_EQ(Phrase("Moscow"), "RUSGOV");
}

TEST_F(DyadRulesTest, ANamedBodysOwnRoleWinsOverARoleNoun) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Radio Lumiere"), "FRAMED");
  EXPECT_EQ(Phrase("Radio Lumiere officials"), "FRAMED");
  EXPECT_EQ(Phrase("the Rosgvardia police"), "RUSMIL");
  // A role noun still adds to a country that has no role of its own, nor a
  // territory, whose code names a place.
  EXPECT_EQ(Phrase("French police"), "FRACOP");
  EXPECT_EQ(Phrase("Gibraltar police"), "GBRGIBCOP");
}

TEST_F(DyadRulesTest, APersonsFollowersAreCiviliansOfThePersonsCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("hundreds of Marais supporters"), "FRACVL");
  EXPECT_EQ(Phrase("Marais loyalists"), "FRACVL");
  EXPECT_EQ(Phrase("Marais"), "FRAELI");
  EXPECT_EQ(Phrase("supporters"), "---CVL");
}

TEST_F(DyadRulesTest, APersonsPartyIsTheParty) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNS civilians)) (VP (VBD attacked) (NP (NP (NNS offices)) (PP (IN of) "
           "(NP (NP (NNP Marais) (POS 's)) (NNP Union) (NNP Civique))))) (. .)))"),
      (Events{"---CVL FRAPTY 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNS civilians)) (VP (VBD attacked) (NP (NP (NNP Marais) (POS 's)) "
                 "(NN party))) (. .)))"),
            (Events{"---CVL FRAPTY 190"}));
  // A body of another country is not the person's.
  EXPECT_EQ(Phrase("Marais Rosgvardia"), "FRAELI");
}

TEST_F(DyadRulesTest, ArmedMenLoyalToASideAreItsForces) {
  ASSERT_NE(dicts_, nullptr);
  // A person's (or a government's) loyalists are the country's army.
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNS civilians)) (VP (VBD attacked) (NP (NNS gunmen)) (NP (JJ loyal)) "
           "(PP (TO to) (NP (NNP Marais)))) (. .)))"),
      (Events{"---CVL FRAMIL 190"}));
  // A party's are the party, also when "loyal to X" heads the clause.
  EXPECT_EQ(Code("(ROOT (S (NP (NNS troops)) (S (NP (NP (JJ loyal)) (PP (TO to) (NP (NNP Union) "
                 "(NNP Civique)))) (VP (VBD attacked) (NP (NNP India)))) (. .)))"),
            (Events{"FRAPTY IND 190"}));
  // Not loyal to anyone named: the gunmen stay unaligned.
  EXPECT_EQ(Code("(ROOT (S (NP (NNS civilians)) (VP (VBD attacked) (NP (NNS gunmen))) (. .)))"),
            (Events{"---CVL ---UAF 190"}));
}

TEST_F(DyadRulesTest, PeopleOfSomeoneAreCivilians) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("relatives of the police"), "---CVL");
  EXPECT_EQ(Phrase("relatives of French troops"), "FRACVL");  // of the country
  // A crowd of them is who they are.
  EXPECT_EQ(Phrase("a crowd of strikers"), "---LAB");
  // A role of a role still holds both.
  EXPECT_EQ(Phrase("officials of the opposition"), "---GOVOPP");
}

TEST_F(DyadRulesTest, OrganisationStaffAreTheOrganisation) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("UN officials"), "IGOUNO");
  EXPECT_EQ(Phrase("UN troops"), "IGOUNOMIL");
}

TEST_F(DyadRulesTest, CoordinatedAdjectivesMakeACompound) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (ADJP (JJ Indian) (CC and) (JJ Chinese)) (NNS troops)) "
                 "(VP (VBD clashed) (PP (IN with) (NP (NNS civilians)))) (. .)))"),
            (Events{"INDMIL ---CVL 190", "CHNMIL ---CVL 190"}));
}

TEST_F(DyadRulesTest, AnAttackIsItsForceActingAndItsCountryActedUpon) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("French air strikes"), "FRAMIL");
  EXPECT_EQ(Phrase("air strikes"), "---");
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (JJ French) (NN air) (NNS strikes)) "
           "(PP (IN of) (NP (NNS civilians)))) (. .)))"),
      (Events{"IND FRA 112"}));
}

TEST_F(DyadRulesTest, BothSidesSignAnAgreement) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD signed) (NP (DT a) (NN deal)) (PP (IN with) "
                 "(NP (NNP China)))) (. .)))"),
            (Events{"IND CHN 057", "CHN IND 057"}));
}

TEST_F(DyadRulesTest, TheBrokerOfADealMediatesBetweenItsParties) {
  ASSERT_NE(dicts_, nullptr);
  std::vector<std::string> events = Code(
      "(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD signed) (NP (DT a) "
      "(JJ French-brokered) (NN deal))) (. .)))");
  std::sort(events.begin(), events.end());
  EXPECT_EQ(events, (Events{"CHN IND 057", "FRA CHN 045", "FRA IND 045", "IND CHN 057"}));
  // "brokered by X": the broker is no target of the verb.
  events = Code(
      "(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD signed) (NP (NP (DT a) "
      "(NN deal)) (VP (VBN brokered) (PP (IN by) (NP (NNP Russia)))))) (. .)))");
  std::sort(events.begin(), events.end());
  EXPECT_EQ(events, (Events{"CHN IND 057", "IND CHN 057", "RUS CHN 045", "RUS IND 045"}));
  // The broker's own people are no party: "Anne Leroy signed a French-brokered deal with India".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Anne) (NNP Leroy)) (VP (VBD signed) (NP (DT a) "
                 "(JJ French-brokered) (NN deal)) (PP (IN with) (NP (NNP India)))) (. .)))"),
            (Events{"FRAGOV IND 057", "IND FRAGOV 057"}));
  // With one party there is no one to mediate between.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD signed) (NP (DT a) (JJ French-brokered) "
                 "(NN deal))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, APersonsFamilyInACompoundIsThePerson) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD deported) (NP (NP (NNP Jean) (NNP Dupont)) "
                 "(CC and) (NP (PRP$ his) (NNS people)))) (. .)))"),
            (Events{"IND FRAELI 174"}));
}

TEST_F(DyadRulesTest, CompoundMeetingAtAPlaceActsOnItsMembers) {
  ASSERT_NE(dicts_, nullptr);
  // Where they met is no party, whether the place is coded or not.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD met) "
                 "(PP (IN in) (NP (NNP Moscow)))) (. .)))"),
            (Events{"IND CHN 040", "CHN IND 040"}));
  EXPECT_EQ(Code("(ROOT (S (NP (ADJP (JJ Indian) (CC and) (JJ Chinese)) (NNS foreign) "
                 "(NNS ministers)) (VP (VBD met) (PP (IN in) (NP (NNP France)))) (. .)))"),
            (Events{"INDGOV CHNGOV 040", "CHNGOV INDGOV 040"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD met) "
                 "(PP (IN for)) (NP (CD four) (NNS hours))) (. .)))"),
            (Events{"IND CHN 040", "CHN IND 040"}));
}

TEST_F(DyadRulesTest, CompoundActingOverOneOfItsMembersActsOnEachOther) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD met) "
                 "(PP (IN over) (NP (NNP China)))) (. .)))"),
            (Events{"IND CHN 040", "CHN IND 040"}));
}

TEST_F(DyadRulesTest, CompoundAttackingInAPlaceKeepsThePlaceAsTarget) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (CC and) (NP (NNP China))) (VP (VBD attacked) "
                 "(NP (NNS towns)) (PP (IN in) (NP (NNP France)))) (. .)))"),
            (Events{"IND FRA 190", "CHN FRA 190"}));
}

TEST_F(DyadRulesTest, AgentlessAttackIsByAnUnidentifiedArmedForce) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD were) (VP (VBN shot) "
                 "(PP (IN in) (NP (NNP Russia))))) (. .)))"),
            (Events{"---UAF FRAMIL 180"}));
  // Who arrested them is not said, and no armed force is implied.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD were) (VP (VBN arrested) "
                 "(PP (IN in) (NP (NNP Russia))))) (. .)))"),
            Events{});
}

// For the article layer, which names the authorities of the place, an
// agentless arrest is kept with no source; an attack keeps its unidentified
// armed force, and a "by" phrase names the doer.
TEST_F(DyadRulesTest, AgentlessCoercionIsKeptForTheArticleLayer) {
  ASSERT_NE(dicts_, nullptr);
  options_.keep_agentless = true;
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Indian) (NNS reporters)) (VP (VBD were) (VP (VBN arrested) "
                 "(PP (IN in) (NP (NNP China))))) (. .)))"),
            (Events{"--- INDMED 173"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD were) (VP (VBN shot) "
                 "(PP (IN in) (NP (NNP Russia))))) (. .)))"),
            (Events{"---UAF FRAMIL 180"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Indian) (NNS reporters)) (VP (VBD were) (VP (VBN arrested) "
                 "(PP (IN by) (NP (NN police))))) (. .)))"),
            (Events{"INDCOP INDMED 173"}));
}

// The family of a state's coercion told in the passive is one rule, not one
// verb: a deportation with no doer is kept for the article layer as an arrest
// is (which names the government of the place), and coded nothing without it.
TEST_F(DyadRulesTest, AgentlessDeportationIsKeptLikeAnArrest) {
  ASSERT_NE(dicts_, nullptr);
  const std::string deported =
      "(ROOT (S (NP (JJ Indian) (NNS reporters)) (VP (VBD were) (VP (VBN deported) "
      "(PP (IN in) (NP (NNP China))))) (. .)))";
  EXPECT_EQ(Code(deported), Events{});
  options_.keep_agentless = true;
  EXPECT_EQ(Code(deported), (Events{"--- INDMED 174"}));
  // A killing is no state coercion: still a toll, kept or not.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Indian) (NNS reporters)) (VP (VBD were) (VP (VBN killed) "
                 "(PP (IN in) (NP (NNP China))))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, AgentlessKillingIsATollNotAnEvent) {
  ASSERT_NE(dicts_, nullptr);
  // "were killed" names no attack; the article layer keeps the count.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD were) (VP (VBN killed) "
                 "(PP (IN in) (NP (NNP Russia))))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, RelativePronounSubjectIsItsAntecedent) {
  ASSERT_NE(dicts_, nullptr);
  // "France warned anyone who attacked Russia": "anyone" attacks, not France.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD warned) (NP (NN anyone)) (SBAR (S (NP "
                 "(WP who)) (VP (VBD attacked) (NP (NNP Russia)))))) (. .)))"),
            Events{});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD warned) (NP (JJ Indian) (NNS troops)) "
                 "(SBAR (S (NP (WP who)) (VP (VBD attacked) (NP (NNP Russia)))))) (. .)))"),
            (Events{"INDMIL RUS 190"}));
  // "France built a base that threatened Russia": the base, not France.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD built) (NP (DT a) (NN base)) (SBAR (WDT "
                 "that) (S (VP (VBD threatened) (NP (NNP Russia)))))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, NonRestrictiveRelativePronounIsItsAntecedent) {
  ASSERT_NE(dicts_, nullptr);
  // "French troops, who attacked Russia on the border near the river, met
  // India": the troops attack, and meet.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (, ,) (SBAR (S (NP (WP who)) (VP (VBD "
                 "attacked) (NP (NNP Russia)) (PP (IN on) (NP (DT the) (NN border))) (PP (IN near) "
                 "(NP (DT the) (NN river)))))) (, ,) (VP (VBD met) (NP (NNP India))) (. .)))"),
            (Events{"FRAMIL RUS 190", "FRAMIL IND 040"}));
}

TEST_F(DyadRulesTest, RelativeClauseWithItsOwnSubjectNamesNoPartyOfTheVerb) {
  ASSERT_NE(dicts_, nullptr);
  // "France and Russia signed a treaty in which India threatened China":
  // the treaty's signatories sign it with each other, not with India.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Russia)) (VP (VBD signed) (NP (DT a) "
                 "(NN treaty)) (PP (IN in)) (SBAR (WDT which) (S (NP (NNP India)) (VP (VBD "
                 "threatened) (NP (NNP China)))))) (. .)))"),
            (Events{"FRA RUS 057", "RUS FRA 057"}));
}

TEST_F(DyadRulesTest, EllipticalAsDidClauseRepeatsTheEventForItsSubjects) {
  ASSERT_NE(dicts_, nullptr);
  // "France attacked Russia, as did India and China".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Russia)) (, ,) (ADVP (RB "
                 "as)) (S (VP (VBD did) (NP (NNP India) (CC and) (NNP China))))) (. .)))"),
            (Events{"FRA RUS 190", "IND RUS 190", "CHN RUS 190"}));
  // "France attacked Russia, as did the troops who ...": only a clause that
  // ends with its subject.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Russia)) (, ,) (ADVP (RB "
                 "as)) (S (VP (VBD did) (NP (NNP India)) (PP (IN in) (NP (CD 2019)))))) (. .)))"),
            (Events{"FRA RUS 190"}));
}

// A resolver that reads every "it" as France.
class ItIsFrance : public PhraseResolver {
 public:
  bool Handles(std::span<const std::string_view> words, std::string_view) const override {
    return words.size() == 1 && words[0] == "it";
  }
  bool Resolve(std::span<const std::string_view>, int, int, std::span<const Mention>,
               std::string* code, std::string* antecedent) override {
    *code = "FRA";
    *antecedent = "France";
    return true;
  }
};

TEST_F(DyadRulesTest, ObjectPronounOfAParticipleIsNotItsOwnActor) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened Russia, accusing it of attacks": "it" read as France
  // (who cannot accuse itself) is the party before.
  ItIsFrance resolver;
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia))) (, ,) (S (VP "
                 "(VBG accusing) (NP (PRP it)) (PP (IN of) (NP (NNS attacks))))) (. .)))",
                 &resolver),
            (Events{"FRA RUS 130", "FRA RUS 112"}));
}

// A resolver that knows one city, Lyon, in France.
class LyonIsInFrance : public PhraseResolver {
 public:
  bool Handles(std::span<const std::string_view> words, std::string_view) const override {
    return words.size() == 1 && words[0] == "Lyon";
  }
  bool Resolve(std::span<const std::string_view>, int, int, std::span<const Mention>,
               std::string* code, std::string* antecedent) override {
    *code = "FRA";
    *antecedent = "place: Lyon";
    return true;
  }
};

// A resolver that gives every government role of no country to India, the
// sentence's subject.
class RolesAreIndias : public PhraseResolver {
 public:
  bool Handles(std::span<const std::string_view>, std::string_view code) const override {
    return code == "---GOV";
  }
  bool Resolve(std::span<const std::string_view>, int, int, std::span<const Mention>,
               std::string* code, std::string* antecedent) override {
    *code = "INDGOV";
    *antecedent = "India";
    return true;
  }
};

TEST_F(DyadRulesTest, AMemberListedAfterIncludingIsOfTheGroupsCountry) {
  ASSERT_NE(dicts_, nullptr);
  RolesAreIndias resolver;
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD deported) (NP (NP (CD six) (JJ French) (NNS "
                 "officials)) (, ,) (PP (VBG including) (NP (DT the) (NN ambassador))))) (. .)))",
                 &resolver),
            (Events{"IND FRAGOV 174"}));
}

TEST_F(DyadRulesTest, PartOfAKnownPlaceIsThePlace) {
  ASSERT_NE(dicts_, nullptr);
  LyonIsInFrance resolver;
  // "Russian troops attacked the suburbs of Lyon": the name after "of" is
  // resolved on its own.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NP (DT the) (NNS "
                 "suburbs)) (PP (IN of) (NP (NNP Lyon))))) (. .)))",
                 &resolver),
            (Events{"RUSMIL FRA 190"}));
  // Not when a place after it says where the town is.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NP (DT the) (NN "
                 "town)) (PP (IN of) (NP (NNP Lyon)))) (PP (IN in) (NP (NNP India)))) (. .)))",
                 &resolver),
            (Events{"RUSMIL IND 190"}));
  // Nor after a word that is no part of a place: "the mayor of Lyon".
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NP (DT the) (NN "
                 "mayor)) (PP (IN of) (NP (NNP Lyon))))) (. .)))",
                 &resolver),
            (Events{}));
}

TEST_F(DyadRulesTest, FightingBetweenSidesIsTheirFight) {
  ASSERT_NE(dicts_, nullptr);
  // "Fighting between French troops and Russian police killed civilians".
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NN Fighting)) (PP (IN between) (NP (NP (JJ French) (NNS "
                 "troops)) (CC and) (NP (JJ Russian) (NN police))))) (VP (VBD killed) (NP (NNS "
                 "civilians))) (. .)))"),
            (Events{"FRAMIL RUSCOP 190", "RUSCOP FRAMIL 190"}));
  // "The war, which broke out between France and India, killed civilians".
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NN war)) (, ,) (SBAR (WDT which) (S (VP (VBD broke) (PRT "
                 "(RP out)) (PP (IN between) (NP (NNP France) (CC and) (NNP India)))))) (, ,) (VP "
                 "(VBD killed) (NP (NNS civilians))) (. .)))"),
            (Events{"FRA IND 190", "IND FRA 190"}));
  // Not a fight: "Talks between France and India killed civilians".
  Events talks = Code(
      "(ROOT (S (NP (NP (NNS Talks)) (PP (IN between) (NP (NNP France) (CC and) (NNP India)))) "
      "(VP (VBD killed) (NP (NNS civilians))) (. .)))");
  EXPECT_EQ(std::count(talks.begin(), talks.end(), "FRA IND 190"), 0);
}

TEST_F(DyadRulesTest, PredicateAfterCommaAndKeepsTheSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened Russia, and accused India of attacks".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia))) (, ,) (CC "
                 "and) (S (VP (VBD accused) (NP (NNP India)) (PP (IN of) (NP (NNS attacks))))) (. "
                 ".)))"),
            (Events{"FRA RUS 130", "FRA IND 112"}));
}

TEST_F(DyadRulesTest, GappedObjectAfterTheTargetIsATargetToo) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened Russia and the capital of India" (the parser leaves
  // the second object outside the verb phrase).
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia))) (CC and) (S "
                 "(NP (NP (DT the) (NN capital)) (PP (IN of) (NP (NNP India))))) (. .)))"),
            (Events{"FRA RUS 130", "FRA IND 130"}));
  // A subject after "and" starts a clause of its own.
  EXPECT_EQ(Code("(ROOT (S (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia)))) (CC and) "
                 "(S (NP (NNP India)) (VP (VBD attacked) (NP (NNP China)))) (. .)))"),
            (Events{"FRA RUS 130", "IND CHN 190"}));
}

TEST_F(DyadRulesTest, ArrivalOfAnUncodedSubjectIsNoVisit) {
  ASSERT_NE(dicts_, nullptr);
  // "France said the missiles arrived in Russia": no French visit.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (DT the) (NNS missiles)) "
                 "(VP (VBD arrived) (PP (IN in) (NP (NNP Russia))))))) (. .)))"),
            Events{});
  // "France said it arrived in Russia" still is one.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD "
                 "arrived) (PP (IN in) (NP (NNP Russia))))))) (. .)))"),
            (Events{"FRA RUS 042"}));
}

TEST_F(DyadRulesTest, GroupActingOnWhatIsTheirsActsOnEachOther) {
  ASSERT_NE(dicts_, nullptr);
  // "France and Russia threatened their troops": each the other's.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP Russia)) (VP (VBD threatened) (NP "
                 "(PRP$ their) (NNS troops))) (. .)))"),
            (Events{"FRA RUS 130", "RUS FRA 130"}));
}

TEST_F(DyadRulesTest, StateBodyDoesNotActOnItsOwnCountryAsAWhole) {
  ASSERT_NE(dicts_, nullptr);
  // "The French president met France": a target that slipped.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NNP French) (NNP President)) (VP (VBD met) (NP (NNP "
                 "France))) (. .)))"),
            Events{});
  // ... but a crowd of its own people is its civilians.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NNP French) (NNP President)) (VP (VBD threatened) (NP "
                 "(NP (NNS thousands)) (PP (IN of) (NP (NNPS Frenchmen))))) (. .)))"),
            (Events{"FRAGOV FRACVL 130"}));
  // Force may fall on one's own country.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (NNP France))) "
                 "(. .)))"),
            (Events{"FRAMIL FRA 190"}));
  // Its own people named by a plural are its civilians.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NNP French) (NNP President)) (VP (VBD threatened) (NP "
                 "(NNPS Frenchmen))) (. .)))"),
            (Events{"FRAGOV FRACVL 130"}));
}

TEST_F(DyadRulesTest, ContrastClauseAfterACommaIsKept) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened Russia, while India attacked China".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia))) (, ,) (SBAR "
                 "(IN while) (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP China))))) (. .)))"),
            (Events{"FRA RUS 130", "IND CHN 190"}));
}

TEST_F(DyadRulesTest, TimeClauseBetweenCommasIsKept) {
  ASSERT_NE(dicts_, nullptr);
  // "France met China in 2010, when India attacked Russia, and ...".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP China)) (PP (IN in) (NP (CD "
                 "2010))) (, ,) (SBAR (WRB when) (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP "
                 "Russia)))))) (, ,) (CC and) (S (NP (PRP it)) (VP (VBD left))) (. .)))"),
            (Events{"FRA CHN 040", "IND RUS 190"}));
}

TEST_F(DyadRulesTest, AppositionBetweenCommasIsNotTheSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "France, a friend of the Indian people, attacked Russia": France acts.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (, ,) (NP (NP (DT a) (NN friend)) (PP (IN of) (NP "
                 "(DT the) (JJ Indian) (NNS people)))) (, ,) (VP (VBD attacked) (NP (NNP Russia))) "
                 "(. .)))"),
            (Events{"FRA RUS 190"}));
}

TEST_F(DyadRulesTest, OwnTroopsSentGoWhereTheyAreSent) {
  ASSERT_NE(dicts_, nullptr);
  // "France dispatched French troops to India": to India, not to its troops.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD dispatched) (NP (JJ French) (NNS troops)) "
                 "(PP (TO to) (NP (NNP India)))) (. .)))"),
            (Events{"FRA IND 074"}));
  // Without a destination, no event.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD dispatched) (NP (JJ French) (NNS troops))) "
                 "(. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, CompanionsDoWhatTheSourceDoes) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened Russia along with India".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia)) (ADVP (RB "
                 "along)) (PP (IN with) (NP (NNP India)))) (. .)))"),
            (Events{"FRA RUS 130", "IND RUS 130"}));
}

TEST_F(DyadRulesTest, ACoupInACountryIsItsMilitarys) {
  ASSERT_NE(dicts_, nullptr);
  // "France condemned the coup in India": India's military staged it.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (DT the) (NN coup)) (PP (IN "
                 "in) (NP (NNP India)))) (. .)))"),
            (Events{"FRA INDMIL 111"}));
  // Not another noun: "condemned the vote in India".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (DT the) (NN vote)) (PP (IN "
                 "in) (NP (NNP India)))) (. .)))"),
            (Events{"FRA IND 111"}));
}

TEST_F(DyadRulesTest, WhatSomeoneCalledIsTheObject) {
  ASSERT_NE(dicts_, nullptr);
  // "France condemned what it called Russian attacks": "it" (read as
  // France) names them; the attacks are the target.
  ItIsFrance resolver;
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (WP what)) (NP (PRP it)) (S "
                 "(VP (VBD called) (NP (JJ Russian) (NNS troops))))) (. .)))",
                 &resolver),
            (Events{"FRA RUSMIL 111"}));
}

TEST_F(DyadRulesTest, DeniedIntentionIsANegation) {
  ASSERT_NE(dicts_, nullptr);
  // "France has no plans to meet Russia": no meeting, not even an intended one.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBZ has) (NP (DT no) (NNS plans)) (S (VP (TO to) "
                 "(VP (VB meet) (NP (NNP Russia)))))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, ClauseAfterAnIntroductionIsTheSentencesOwn) {
  ASSERT_NE(dicts_, nullptr);
  // "Last week, Russian troops attacked India, killing civilians": not a
  // parenthetical between two commas.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Last) (NN week)) (, ,) (S (NP (JJ Russian) (NNS troops)) (VP "
                 "(VBD attacked) (NP (NNP India)))) (, ,) (S (VP (VBG killing) (NP (NNS "
                 "civilians)))) (. .)))"),
            (Events{"RUSMIL IND 190"}));
}

TEST_F(DyadRulesTest, WhatIsLikelyOrUnlikelyToHappenIsNoEvent) {
  ASSERT_NE(dicts_, nullptr);
  for (const char* adjective : {"unlikely", "likely"}) {
    EXPECT_EQ(Code(std::string("(ROOT (S (NP (NNP France)) (VP (VBD was) (ADJP (JJ ") + adjective +
                   ") (S (VP (TO to) (VP (VB attack) (NP (NNP Russia))))))) (. .)))"),
              Events{})
        << adjective;
  }
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRA RUS 190"}));
}

TEST_F(DyadRulesTest, NounPhraseAfterAnIntroductionIsTheSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "Last week, the French parliament, led by officials, attacked Russia":
  // the noun phrase between the first two commas is the subject.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Last) (NN week)) (, ,) (NP (DT the) (JJ French) (NN "
                 "parliament)) (, ,) (VP (VBN led) (PP (IN by) (NP (NNS officials)))) (, ,) (VP "
                 "(VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRALEG RUS 190"}));
}

TEST_F(DyadRulesTest, SayingWithItsClauseBetweenCommasIsAPredicate) {
  ASSERT_NE(dicts_, nullptr);
  // "France, speaking in Paris, said India attacked China, and met Russia":
  // "said" with the clause it reports is no parenthetical ("..., said the
  // minister, ..." is).
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (, ,) (S (VP (VBG speaking) (PP (IN in) (NP (NNP "
                 "Paris))))) (, ,) (VP (VBD said) (SBAR (S (NP (NNP India)) (VP (VBD attacked) (NP "
                 "(NNP China)))))) (, ,) (CC and) (VP (VBD met) (NP (NNP Russia))) (. .)))"),
            (Events{"IND CHN 190", "FRA RUS 040"}));
}

TEST_F(DyadRulesTest, NullCodeOnOneSideOfASplitCodeCodesNothingForThatVoice) {
  ASSERT_NE(dicts_, nullptr);
  // "---:193": nothing for the active voice, 193 for the passive.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD waylaid) (NP (NNP France))) (. .)))"),
            Events{});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD was) (VP (VBN waylaid) (PP (IN by) (NP "
                 "(NNP Russia))))) (. .)))"),
            (Events{"RUS FRA 193"}));
  // "125:---": the active codes, the passive does not.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD rebuffed) (NP (NNP France))) (. .)))"),
            (Events{"RUS FRA 125"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD was) (VP (VBN rebuffed) (PP (IN by) (NP "
                 "(NNP Russia))))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, ClauseAfterCommaAndIsNoParenthetical) {
  ASSERT_NE(dicts_, nullptr);
  // "India met China, and France threatened Russia": both clauses code.
  EXPECT_EQ(Code("(ROOT (S (S (NP (NNP India)) (VP (VBD met) (NP (NNP China)))) (, ,) (CC and) (S "
                 "(NP (NNP France)) (VP (VBD threatened) (NP (NNP Russia)))) (. .)))"),
            (Events{"IND CHN 040", "FRA RUS 130"}));
}

TEST_F(DyadRulesTest, ParticipleWithAnObjectAfterCommaAndIsAPredicate) {
  ASSERT_NE(dicts_, nullptr);
  // "France met China, and attacked/VBN Russia": a past tense tagged VBN.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP China))) (, ,) (CC and) (S "
                 "(VP (VBN attacked) (NP (NNP Russia)))) (. .)))"),
            (Events{"FRA CHN 040", "FRA RUS 190"}));
}

TEST_F(DyadRulesTest, PredicateAfterAParentheticalIsKept) {
  ASSERT_NE(dicts_, nullptr);
  // "France, the minister said, attacked Russia": the parenthetical goes, the
  // predicate stays.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (, ,) (S (NP (DT the) (NN minister)) (VP (VBD said))) "
                 "(, ,) (VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRA RUS 190"}));
}

TEST_F(DyadRulesTest, ClauseAfterAParticipleIntroductionIsTheSentencesOwn) {
  ASSERT_NE(dicts_, nullptr);
  // "Once elected, France will meet China": the only finite verb is after the
  // comma, so that clause stays.
  EXPECT_EQ(Code("(ROOT (S (SBAR (IN Once) (S (VP (VBN elected)))) (, ,) (NP (NNP France)) (VP "
                 "(MD will) (VP (VB meet) (NP (NNP China)))) (. .)))"),
            (Events{"FRA CHN 040"}));
  // "Speaking in Paris, Russia attacked India".
  EXPECT_EQ(Code("(ROOT (S (S (VP (VBG Speaking) (PP (IN in) (NP (NNP Paris))))) (, ,) (NP (NNP "
                 "Russia)) (VP (VBD attacked) (NP (NNP India))) (. .)))"),
            (Events{"RUS IND 190"}));
}

TEST_F(DyadRulesTest, OfEquallySpecificPatternsTheNearerTargetWins) {
  ASSERT_NE(dicts_, nullptr);
  // "France accused Russia of fighting on Indian soil": "* TARGET of", not "* on TARGET".
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP France)) (VP (VBD accused) (NP (NNP Russia)) (PP (IN of) (S (VP "
           "(VBG fighting) (PP (IN on) (NP (JJ Indian) (NN soil))))))) (. .)))"),
      (Events{"FRA RUS 112"}));
}

TEST_F(DyadRulesTest, AttackedCapitalIsTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NNP Paris))) (. "
                 ".)))"),
            (Events{"RUSMIL FRA 190"}));
}

TEST_F(DyadRulesTest, UnknownNameTakesItsAppositionsCode) {
  ASSERT_NE(dicts_, nullptr);
  // "Dubois, a French official, attacked Russia": the apposition says who Dubois is.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Dubois)) (, ,) (NP (DT a) (JJ French) (NN official)) (, ,) "
                 "(VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRAGOV RUS 190"}));
}

TEST_F(DyadRulesTest, GerundAfterADeterminerIsNoVerbOfTheSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "France was shaken by the killing of Indian civilians": France killed no one.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD was) (VP (VBN shaken) (PP (IN by) (NP (DT "
                 "the))) (VP (VBG killing) (PP (IN of) (NP (JJ Indian) (NNS civilians)))))) (. "
                 ".)))"),
            Events{});
}

TEST_F(DyadRulesTest, ParticipleAfterANoEventClauseTakesItsSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "Russian troops attacked the power of France, arresting Indian officials in
  // early morning raids in the capital": "* power => ---" codes nothing, but
  // the troops still arrest.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NP (DT the) (NN "
                 "power)) (PP (IN of) (NP (NNP France))))) (, ,) (S (VP (VBG arresting) (NP (JJ "
                 "Indian) (NNS officials)) (PP (IN in) (NP (JJ early) (NN morning) (NNS raids))) "
                 "(PP (IN in) (NP (DT the) (NN capital))))) (. .)))"),
            (Events{"RUSMIL INDGOV 173"}));
}

TEST_F(DyadRulesTest, NoEventPatternWordMustNotModifyANoun) {
  ASSERT_NE(dicts_, nullptr);
  // "* power => ---": "attacked the power of France" is no event ...
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NP (DT the) (NN power)) "
                 "(PP (IN of) (NP (NNP France))))) (. .)))"),
            Events{});
  // ... but in "a French power plant" power only qualifies the plant.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (DT a) (JJ French) (NN power) "
                 "(NN plant))) (. .)))"),
            (Events{"RUS FRA 190"}));
}

TEST_F(DyadRulesTest, WeaponSubjectIsAnUnidentifiedArmedForce) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (DT A) (NN car) (NN bomb)) (VP (VBD attacked) (NP (JJ French) "
                 "(NNS troops))) (. .)))"),
            (Events{"---UAF FRAMIL 190"}));
  // An uncoded subject that is no weapon still names no one.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NN storm)) (VP (VBD attacked) (NP (JJ French) "
                 "(NNS troops))) (. .)))"),
            Events{});
  // A bomb as the object is what was used, not who used it.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (DT a) (NN bomb)) "
                 "(PP (IN in) (NP (NNP India)))) (. .)))"),
            (Events{"RUSMIL IND 190"}));
}

TEST_F(DyadRulesTest, CompoundMembersShareTheLastMembersRole) {
  ASSERT_NE(dicts_, nullptr);
  // "India, France and Russian troops attacked China": each country is troops.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (, ,) (NP (NNP France)) (CC and) (NP (JJ Russian) "
                 "(NNS troops))) (VP (VBD attacked) (NP (NNP China))) (. .)))"),
            (Events{"INDMIL CHN 190", "FRAMIL CHN 190", "RUSMIL CHN 190"}));
  // "... and other troops" names no one more.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (, ,) (NP (NNP France)) (CC and) (NP (JJ other) "
                 "(NNS troops))) (VP (VBD attacked) (NP (NNP China))) (. .)))"),
            (Events{"INDMIL CHN 190", "FRAMIL CHN 190"}));
  // A member with its own determiner keeps its own code.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NNP India)) (CC and) (NP (DT the) (NNS troops))) "
                 "(VP (VBD attacked) (NP (NNP China))) (. .)))"),
            (Events{"IND CHN 190", "---MIL CHN 190"}));
}

TEST_F(DyadRulesTest, MultiWordVerbsSpanModifiers) {
  ASSERT_NE(dicts_, nullptr);
  // "held its first phone call with": "hold phone call" across "its first".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD held) (NP (PRP$ its) (JJ first) (NN phone) "
                 "(NN call)) (PP (IN with) (NP (NNP Russia)))) (. .)))"),
            (Events{"FRA RUS 041"}));
  // Nouns between still part the words: "held a phone ... call" is no such verb.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD held) (NP (DT a) (NN vote)) (PP (IN on) "
                 "(NP (NN phone) (NN call))) (PP (IN with) (NP (NNP Russia)))) (. .)))"),
            Events{});
}

TEST_F(DyadRulesTest, InfinitiveToIsNoPreposition) {
  ASSERT_NE(dicts_, nullptr);
  // "* to TARGET" does not reach "trade" through "to discuss".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD visited) (NP (NNP India)) (S (VP (TO to) "
                 "(VP (VB discuss) (NP (NN trade)))))) (. .)))"),
            (Events{"FRA IND 042"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD visited) (PP (TO to) (NP (NNP India)))) "
                 "(. .)))"),
            (Events{"FRA IND 042"}));
}

TEST_F(DyadRulesTest, PatternsBindingCodedTargetsWinTies) {
  ASSERT_NE(dicts_, nullptr);
  // "* to TARGET" and "* over TARGET" are as specific; Russia is coded.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD sent) (NP (PRP$ its) (NNS condolences)) "
                 "(PP (TO to) (NP (NNP Russia))) (PP (IN over) (NP (DT the) (NNS attacks)))) "
                 "(. .)))"),
            (Events{"FRA RUS 018"}));
  // "send condolences" across "its" outweighs a pattern of "send" that only
  // matches words past it.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD sent) (NP (PRP$ its) (NNS condolences)) "
                 "(PP (TO to) (NP (NNP Russia))) (PP (IN over) (NP (DT the) (NNS attacks))) "
                 "(PP (IN in) (NP (NNP India)))) (. .)))"),
            (Events{"FRA RUS 018"}));
}

TEST_F(DyadRulesTest, UncodedBoundTargetLeadsOnThroughPrepositions) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD voiced) (NP (NN concern)) (PP (IN about) "
                 "(NP (NP (NNS relations)) (PP (IN with) (NP (NNP India)))))) (. .)))"),
            (Events{"FRA IND 012"}));
  // Where the phrases lead to no one, the nearest coded phrase is the target,
  // as without a pattern.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD voiced) (NP (NN concern)) (PP (IN about) "
                 "(NP (NN violence))) (PP (IN in) (NP (NNP India)))) (. .)))"),
            (Events{"FRA IND 012"}));
}

TEST_F(DyadRulesTest, VisitsToACapitalGoToTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD visited) (NP (NNP Moscow))) (. .)))"),
            (Events{"IND RUS 042"}));
  // ... also where the capital is a place.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD arrived) (PP (IN in) (NP (NNP Moscow)))) "
                 "(. .)))"),
            (Events{"IND RUS 042"}));
  // A capital that acts is the government; one that is struck is a place, the country.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Moscow)) (VP (VBD attacked) (NP (NNP India))) (. .)))"),
            (Events{"RUSGOV IND 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP Moscow))) (. .)))"),
            (Events{"IND RUS 190"}));
}

TEST_F(DyadRulesTest, DiplomatsFromACapitalAreFromItsCountry) {
  ASSERT_NE(dicts_, nullptr);
  // "India expelled officials from Moscow": from Russia, not its government.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD deported) (NP (NNS officials)) (PP (IN from) "
                 "(NP (NNP Moscow)))) (. .)))"),
            (Events{"IND RUS 174"}));
}

TEST_F(DyadRulesTest, EquipmentStandsForTheForceNamedBeforeIt) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Russian tanks"), "RUSMIL");
  EXPECT_EQ(Phrase("the Russian military helicopters"), "RUSMIL");
  EXPECT_EQ(Phrase("Russian oil tanks"), "RUS");
  EXPECT_EQ(Phrase("tanks"), "---");
  EXPECT_EQ(Phrase("oil tanks"), "---");
}

TEST_F(DyadRulesTest, StateBodiesBelongToTheSentencesHomeCountry) {
  ASSERT_NE(dicts_, nullptr);
  // The capital where it happens names the country at home.
  EXPECT_EQ(Code("(ROOT (S (NP (NNS people)) (VP (VBD attacked) (NP (NN parliament)) (PP (IN in) "
                 "(NP (NNP Paris)))) (. .)))"),
            (Events{"---CVL FRALEG 190"}));
  // A bare country or a country's troops say nothing of who is at home.
  EXPECT_EQ(Code("(ROOT (S (NP (NNS people)) (VP (VBD attacked) (NP (NN parliament)) (PP (IN in) "
                 "(NP (NNP India)))) (. .)))"),
            (Events{"---CVL ---LEG 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNS people)) (VP (VBD attacked) (NP (NN police)) (PP (IN near) "
                 "(NP (JJ French) (NNS troops)))) (. .)))"),
            (Events{"---CVL ---COP 190"}));
}

TEST_F(DyadRulesTest, DomesticInstitutionsBelongToTheCountryDealingWithThem) {
  ASSERT_NE(dicts_, nullptr);
  // "French people attacked police": the police are France's.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS people)) (VP (VBD attacked) (NP (NN police))) "
                 "(. .)))"),
            (Events{"FRACVL FRACOP 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS people)) (VP (VBD attacked) (NP (NN parliament))) "
                 "(. .)))"),
            (Events{"FRACVL FRALEG 190"}));
  // Not a foreign army's, nor a country's own police facing police.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (NN police))) "
                 "(. .)))"),
            (Events{"FRAMIL ---COP 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NN police)) (VP (VBD attacked) (NP (NN police))) "
                 "(. .)))"),
            (Events{"FRACOP ---COP 190"}));
  // "the government" a country's own opposition deals with is that country's;
  // a foreign army's is no one's.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NN opposition)) (VP (VBD attacked) (NP (DT the) (NN "
                 "government))) (. .)))"),
            (Events{"FRAOPP FRAGOV 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD attacked) (NP (DT the) (NN "
                 "government))) (. .)))"),
            (Events{"FRAMIL ---GOV 190"}));
}

TEST_F(DyadRulesTest, PossibilitiesConditionsAndQuestionsAreNoEvents) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (MD could) (VP (VB attack) (NP (NNP France)))) "
                 "(. .)))"),
            Events{});
  EXPECT_EQ(Code("(ROOT (S (MD Will) (NP (NNP Russia)) (VP (VB attack) (NP (NNP France))) (. ?)))"),
            Events{});
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (MD must) (VP (VB attack) (NP (NNP France)))) "
                 "(. .)))"),
            Events{});
  EXPECT_EQ(Code("(ROOT (S (SBAR (IN If) (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP "
                 "France))))) (, ,) (NP (NNP India)) (VP (MD would) (VP (VB attack) (NP (NNP "
                 "China)))) (. .)))"),
            Events{});
  // A plain statement, and a future one, are events.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP France))) (. .)))"),
            (Events{"RUS FRA 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (MD would) (VP (VB attack) (NP (NNP France)))) "
                 "(. .)))")
                .size(),
            1u);
}

TEST_F(DyadRulesTest, CoordinatedVerbsShareTheirParty) {
  ASSERT_NE(dicts_, nullptr);
  // "India met China and signed agreements": the agreements are with China.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VP (VBD met) (NP (NNP China))) (CC and) (VP (VBD "
                 "signed) (NP (NNS agreements)))) (. .)))"),
            (Events{"IND CHN 040", "IND CHN 057", "CHN IND 057"}));
  // A party of its own stays.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VP (VBD met) (NP (NNP China))) (CC and) (VP (VBD "
                 "attacked) (NP (NNP France)))) (. .)))"),
            (Events{"IND CHN 040", "IND FRA 190"}));
}

TEST_F(DyadRulesTest, TrailingParticiplesAreTheClausesActorsEvents) {
  ASSERT_NE(dicts_, nullptr);
  // "India arrested French officials, accusing them of spying": the short
  // clause stays, its actor is India and "them" the officials.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD arrested) (NP (JJ French) (NNS officials))) "
                 "(, ,) (S (VP (VBG accusing) (NP (PRP them)) (PP (IN of) (NP (NN spying))))) "
                 "(. .)))"),
            (Events{"IND FRAGOV 173", "IND FRAGOV 112"}));
}

TEST_F(DyadRulesTest, ClausesOfTimeAndCauseTellTheirOwnEvents) {
  ASSERT_NE(dicts_, nullptr);
  // "India arrested French officials after Russian troops attacked China".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD arrested) (NP (JJ French) (NNS officials)) "
                 "(SBAR (IN after) (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NNP "
                 "China)))))) (. .)))"),
            (Events{"IND FRAGOV 173", "RUSMIL CHN 190"}));
}

TEST_F(DyadRulesTest, RolesInACompoundBelongToItsOneCountry) {
  ASSERT_NE(dicts_, nullptr);
  // "India arrested French police and officials": the officials are French.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD arrested) (NP (NP (JJ French) (NN police)) "
                 "(CC and) (NP (NNS officials)))) (. .)))"),
            (Events{"IND FRACOP 173", "IND FRAGOV 173"}));
  // Not when the members name two countries.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD arrested) (NP (NP (JJ French) (NN police)) "
                 "(, ,) (NP (JJ Russian) (NNS troops)) (CC and) (NP (NNS officials)))) (. .)))"),
            (Events{"IND FRACOP 173", "IND RUSMIL 173", "IND ---GOV 173"}));
}

TEST_F(DyadRulesTest, OfficialsOfAStateBodyAreThatBody) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Rosgvardia officials"), "RUSMIL");
  EXPECT_EQ(Phrase("UN officials"), "IGOUNO");
  EXPECT_EQ(Phrase("Russian officials"), "RUSGOV");
}

TEST_F(DyadRulesTest, ATitleBeforeANameIsThatPerson) {
  ASSERT_NE(dicts_, nullptr);
  // Phrase() codes at 2020-01-01, when Anne Leroy holds the office.
  EXPECT_EQ(Phrase("French President Anne Leroy"), "FRAGOV");
  EXPECT_EQ(Phrase("French President"), "FRAGOV");
  EXPECT_EQ(Phrase("former French President Jean Dupont"), "FRAELI");
  EXPECT_EQ(Phrase("French President Jean Dupont"), "FRAELI");
  // "the former French President" is an earlier holder, not the one at the date.
  EXPECT_EQ(Phrase("the former French President"), "FRAELI");
}

TEST_F(DyadRulesTest, APatternTargetOnThePassiveAgentKeepsThePassiveReading) {
  ASSERT_NE(dicts_, nullptr);
  // "* TARGET of" lands on "by Russia": Russia accused France.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD was) (VP (VBN accused) (PP (IN by) (NP (NNP "
                 "Russia))) (PP (IN of) (NP (NN spying))))) (. .)))"),
            (Events{"RUS FRA 112"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD accused) (NP (NNP France)) (PP (IN of) (NP "
                 "(NN spying)))) (. .)))"),
            (Events{"RUS FRA 112"}));
}

TEST_F(DyadRulesTest, AnAdverbialClauseKeepsAPassiveAgentless) {
  ASSERT_NE(dicts_, nullptr);
  // "India was attacked while giving aid": India suffered an attack by no one named.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN attacked) (SBAR (IN while) (S "
                 "(VP (VBG giving) (NP (NN aid))))))) (. .)))"),
            (Events{"---UAF IND 190"}));
}

TEST_F(DyadRulesTest, ACountryBeforeItsOwnActorOnlySaysWhoseItIs) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("Russian Rosgvardia"), "RUSMIL");
  EXPECT_EQ(Phrase("Russia 's Rosgvardia"), "RUSMIL");
  EXPECT_EQ(Phrase("French Rosgvardia"), "FRA");  // not France's
}

TEST_F(DyadRulesTest, AProtestOrCurfewWithNoOneNamedActsOnTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  // "French people went on strike": against their government.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS people)) (VP (VBD went) (PP (IN on) (NP (NN "
                 "strike)))) (. .)))"),
            (Events{"FRACVL FRAGOV 143"}));
  // "French officials imposed a curfew": on France's people.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS officials)) (VP (VBD imposed) (NP (DT a) (NN "
                 "curfew))) (. .)))"),
            (Events{"FRAGOV FRACVL 1723"}));
  // Not a country's troops, not a party named, not an infinitive.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS troops)) (VP (VBD went) (PP (IN on) (NP (NN "
                 "strike)))) (. .)))"),
            (Events{}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS people)) (VP (VBD went) (PP (IN on) (NP (NN "
                 "strike))) (PP (IN against) (NP (NNP Russia)))) (. .)))"),
            (Events{"FRACVL RUS 143"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS people)) (VP (VBD threatened) (S (VP (TO to) (VP "
                 "(VB go) (PP (IN on) (NP (NN strike))))))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, ACrowdOfACountrysPeopleIsItsCivilians) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Phrase("thousands of Frenchmen"), "FRACVL");
  EXPECT_EQ(Phrase("tens of thousands of Frenchmen"), "FRACVL");
  EXPECT_EQ(Phrase("Frenchmen"), "FRA");
  EXPECT_EQ(Phrase("thousands of French troops"), "FRAMIL");
  EXPECT_EQ(Phrase("some of France"), "FRA");
  // Acted upon, the crowd is the country.
  EXPECT_EQ(
      Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NP (NNS thousands)) (PP (IN of) "
           "(NP (NNPS Frenchmen))))) (. .)))"),
      (Events{"IND FRA 190"}));
}

TEST_F(DyadRulesTest, AParticipleCoordinatedWithAPassiveIsPassive) {
  ASSERT_NE(dicts_, nullptr);
  // "Jean Dupont was shot and wounded": both verbs suffer the subject.
  std::vector<std::string> events = Code(
      "(ROOT (S (NP (NNP Jean) (NNP Dupont)) (VP (VP (VBD was) (VP (VBN shot))) (CC and) (VP "
      "(VBN wounded) (PP (IN in) (NP (NNP Paris))))) (. .)))");
  EXPECT_NE(std::find(events.begin(), events.end(), "---UAF FRAELI 185"), events.end())
      << testing::PrintToString(events);
  // An active participle after an active verb stays active.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VP (VBD met) (NP (NNP Russia))) (CC and) (VP "
                 "(VBN wounded) (NP (NNP India)))) (. .)))"),
            (Events{"FRA RUS 040", "FRA IND 185"}));
}

TEST_F(DyadRulesTest, AnAdverbialClauseNamesNoPartyOfTheVerbBeforeIt) {
  ASSERT_NE(dicts_, nullptr);
  // "French officials imposed a curfew after Russian troops attacked India":
  // the curfew falls on France's people, the attack is its own event.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS officials)) (VP (VBD imposed) (NP (DT a) (NN "
                 "curfew)) (SBAR (IN after) (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) "
                 "(NP (NNP India)))))) (. .)))"),
            (Events{"FRAGOV FRACVL 1723", "RUSMIL IND 190"}));
}

TEST_F(DyadRulesTest, TroopsArrivingInACapitalGoToItsCountry) {
  ASSERT_NE(dicts_, nullptr);
  // "Indian troops deployed in Paris" (to keep the peace): France, as a visit.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ Indian) (NNS troops)) (VP (VBD deployed) (PP (IN in) (NP (NNP "
                 "Paris)))) (. .)))"),
            (Events{"INDMIL FRA 074"}));
}

TEST_F(DyadRulesTest, APatternsTargetAfterTheVerbIsItsObjectNotAnInfinitives) {
  ASSERT_NE(dicts_, nullptr);
  // "France threatened to suspend talks with India": no "threatened [talks]
  // with"; the threat to halt talks is India's.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (S (VP (TO to) (VP (VB suspend) "
                 "(NP (NNS talks)) (PP (IN with) (NP (NNP India))))))) (. .)))"),
            (Events{"FRA IND 134"}));
  // The object right after the verb still binds.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD threatened) (NP (NNP India)) (PP (IN with) "
                 "(NP (NNS reprisals)))) (. .)))"),
            (Events{"FRA IND 130"}));
}

TEST_F(DyadRulesTest, AGatheringOrAMissionInACapitalIsItsCountrys) {
  ASSERT_NE(dicts_, nullptr);
  // "India boycotted the summit in Moscow": Russia hosts it.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD boycotted) (NP (DT the) (NN summit)) (PP (IN "
                 "in) (NP (NNP Moscow)))) (. .)))"),
            (Events{"IND RUS 161"}));
  // "India closed its embassy in Moscow".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD closed) (NP (PRP$ its) (NN embassy)) (PP (IN "
                 "in) (NP (NNP Moscow)))) (. .)))"),
            (Events{"IND RUS 161"}));
  // Not any phrase in a capital: "the protest in Moscow" names no host.
  EXPECT_TRUE(Code("(ROOT (S (NP (NNP India)) (VP (VBD boycotted) (NP (DT the) (NN protest)) (PP "
                   "(IN in) (NP (NNP Moscow)))) (. .)))")
                  .empty());
}

TEST_F(DyadRulesTest, ANumberOfThousandsInDigitsCountsAsThousands) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD deported) (NP (CD 300,000) (JJ Russian) "
                 "(NNS civilians))) (. .)))"),
            (Events{"FRA RUSCVL 201"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD deported) (NP (CD 12) (JJ Russian) (NNS "
                 "civilians))) (. .)))"),
            (Events{"FRA RUSCVL 174"}));
  // From two hundred, a number also matches "hundreds".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD killed) (NP (CD 460) (JJ Russian) (NNS "
                 "civilians))) (. .)))"),
            (Events{"FRA RUSCVL 202"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD killed) (NP (CD 40) (JJ Russian) (NNS "
                 "civilians))) (. .)))"),
            (Events{"FRA RUSCVL 190"}));  // A year is no crowd: "deported Russian civilians in
                                          // 2014" keeps the verb's code.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD deported) (NP (JJ Russian) (NNS civilians)) "
                 "(PP (IN in) (NP (CD 2014)))) (. .)))"),
            (Events{"FRA RUSCVL 174"}));
}

TEST_F(DyadRulesTest, ACountryThatMovesItsTroopsActsThroughItsMilitary) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD massed) (NP (NNS troops)) (PP (IN near) (NP "
                 "(NNP India)))) (. .)))"),
            (Events{"RUSMIL IND 154"}));
  // Another country's troops are no such move.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD massed) (NP (JJ Chinese) (NNS troops)) (PP "
                 "(IN near) (NP (NNP India)))) (. .)))"),
            (Events{"RUS IND 154"}));
}

TEST_F(DyadRulesTest, ACapitalisedTitleBeforeAnUnknownNameKeepsItsRole) {
  ASSERT_NE(dicts_, nullptr);
  // "French Ambassador Pierre Lamarque": the title is a proper name too.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNP Ambassador) (NNP Pierre) (NNP Lamarque)) (VP (VBD "
                 "met) (NP (NNP India))) (. .)))"),
            (Events{"FRAGOV IND 040"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNP Ambassador) (NNP Lamarque)) (VP (VBD met) (NP "
                 "(NNP India))) (. .)))"),
            (Events{"FRAGOV IND 040"}));
}

TEST_F(DyadRulesTest, MembersOfACompoundSubjectAreCoActors) {
  ASSERT_NE(dicts_, nullptr);
  // "France and India rejected the plan": no event between them.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP India)) (VP (VBD rejected) (NP (DT the) "
                 "(NN plan))) (. .)))"),
            (Events{}));
  // A meeting or an exchange runs between them.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP India)) (VP (VBD met) (PP (IN in) (NP "
                 "(NNP Moscow)))) (. .)))"),
            (Events{"FRA IND 040", "IND FRA 040"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP India)) (VP (VBD exchanged) (NP (NNS "
                 "prisoners))) (. .)))"),
            (Events{"FRA IND 0841", "IND FRA 0841"}));
}

TEST_F(DyadRulesTest, AidFlownIntoACapitalGoesToTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD airlifted) (NP (NNS supplies)) (PP (IN into) "
                 "(NP (NNP Moscow)))) (. .)))"),
            (Events{"IND RUS 073"}));
}

TEST_F(DyadRulesTest, TheInfinitiveOfAnAttemptIsNoEvent) {
  ASSERT_NE(dicts_, nullptr);
  // "French officials began a drive to arrest Indian officials".
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS officials)) (VP (VBD began) (NP (NP (DT a) (NN "
                 "drive)) (S (VP (TO to) (VP (VB arrest) (NP (JJ Indian) (NNS officials))))))) "
                 "(. .)))"),
            (Events{}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS officials)) (VP (VBD arrested) (NP (JJ Indian) "
                 "(NNS officials))) (. .)))"),
            (Events{"FRAGOV INDGOV 173"}));
}

TEST_F(DyadRulesTest, AnOpeningConditionGovernsCoordinatedVerbs) {
  ASSERT_NE(dicts_, nullptr);
  // "If re-elected, Marais would arrest the officials and meet Russia".
  EXPECT_EQ(Code("(ROOT (S (SBAR (IN If) (S (VP (VBN re-elected)))) (, ,) (NP (NNP Marais)) (VP "
                 "(MD would) (VP (VP (VB arrest) (NP (NNP India))) (CC and) (VP (VB meet) (NP "
                 "(NNP Russia))))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, APossibleConsequenceOfAConditionIsNoEvent) {
  ASSERT_NE(dicts_, nullptr);
  // "If talks fail, India could come under pressure to arrest French officials".
  EXPECT_EQ(Code("(ROOT (S (SBAR (IN If) (S (NP (NNS talks)) (VP (VBP fail)))) (, ,) (NP (NNP "
                 "India)) (VP (MD could) (VP (VB come) (PP (IN under) (NP (NN pressure) (S (VP "
                 "(TO to) (VP (VB arrest) (NP (JJ French) (NNS officials))))))))) (. .)))"),
            (Events{}));
  // Without the condition the arrest is coded.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD moved) (S (VP (TO to) (VP (VB arrest) (NP (JJ "
                 "French) (NNS officials)))))) (. .)))"),
            (Events{"IND FRAGOV 173"}));
}

TEST_F(DyadRulesTest, APersonsNameInLowerCaseIsACommonWord) {
  ASSERT_NE(dicts_, nullptr);
  // "marais" is also French for a marsh.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (DT the) (NN marais))) (. .)))"),
            (Events{}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP Marais))) (. .)))"),
            (Events{"IND FRAELI 190"}));
}

TEST_F(DyadRulesTest, ARoleBeforeADecisionIsWhoDecides) {
  ASSERT_NE(dicts_, nullptr);
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD rejected) (NP (NP (DT the) (JJ French) (NN "
                 "government) (POS 's)) (NN decision))) (. .)))"),
            (Events{"IND FRAGOV 120"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD rejected) (NP (NP (DT the) (NNS police) (POS "
                 "')) (NN decision))) (. .)))"),
            (Events{"IND ---COP 120"}));
}

TEST_F(DyadRulesTest, AnAdverbialClauseTakesNoSourceFromTheMainClause) {
  ASSERT_NE(dicts_, nullptr);
  // "Marais resigned after government supporters attacked civilians": the
  // supporters, whom no one codes, attacked; Marais did not.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Marais)) (VP (VBD resigned) (SBAR (IN after) (S (NP (NN "
                 "government) (NNS supporters)) (VP (VBD attacked) (NP (NNS civilians)))))) "
                 "(. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, AnOfficeHolderStillHoldsItOnTheDayTheTermEnds) {
  ASSERT_NE(dicts_, nullptr);
  // Jean Dupont's term ends on 2015-12-31: on 2016-01-01, the day it is
  // handed over, he still acts in office; a day later he is a former leader.
  const std::string tree =
      "(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP Jean) (NNP Dupont))) (. .)))";
  EXPECT_EQ(Code(tree, 20160101), (Events{"IND FRAGOV 190"}));
  EXPECT_EQ(Code(tree, 20160102), (Events{"IND FRAELI 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (JJ former) (NNP Jean) (NNP "
                 "Dupont))) (. .)))",
                 20160101),
            (Events{"IND FRAELI 190"}));
  // Anne Leroy, the opposition until her term begins on 2016-01-01, is in
  // office from that day: the role that ends as her term begins is over.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD attacked) (NP (NNP Anne) (NNP Leroy))) (. "
                 ".)))",
                 20160101),
            (Events{"IND FRAGOV 190"}));
}

TEST_F(DyadRulesTest, AnInjuryThatNamesNoAttackIsATollNotAnEvent) {
  ASSERT_NE(dicts_, nullptr);
  // "Twelve civilians were injured in the stampede".
  EXPECT_EQ(Code("(ROOT (S (NP (CD Twelve) (NNS civilians)) (VP (VBD were) (VP (VBN injured) (PP "
                 "(IN in) (NP (DT the) (NN stampede))))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, ACoupInACountryIsThatCountrysArmy) {
  ASSERT_NE(dicts_, nullptr);
  // "The UN rejected the coup in France" (an organisation names no home
  // country for the state bodies of the sentence).
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD rejected) (NP (NP (DT the) (NN coup)) "
                 "(PP (IN in) (NP (NNP France))))) (. .)))"),
            (Events{"IGOUNO FRAMIL 120"}));
  // With no country after it, a coup is an army of no one named.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD rejected) (NP (DT the) (NN coup))) (. "
                 ".)))"),
            (Events{"IGOUNO ---MIL 120"}));
}

TEST_F(DyadRulesTest, AGappedClauseSubjectGivesToTheSameRecipient) {
  ASSERT_NE(dicts_, nullptr);
  // "Russia promised $2 billion and the UN $1 billion to France".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (NP (NP ($ $) (CD 2) (CD billion)) "
                 "(CC and) (NP (DT the) (NNP UN) ($ $) (CD 1) (CD billion))) (PP (TO to) (NP (NNP "
                 "France)))) (. .)))"),
            (Events{"RUS FRA 0331", "IGOUNO FRA 0331"}));
  // Without a recipient the gapped subject is no one's recipient either.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (NP (NP ($ $) (CD 2) (CD billion)) "
                 "(CC and) (NP (DT the) (NNP UN) ($ $) (CD 1) (CD billion)))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, ThePressToldOrUsedIsNoParty) {
  ASSERT_NE(dicts_, nullptr);
  // "France told reporters on Monday": an audience.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD told) (NP (NNS reporters)) (PP (IN on) (NP "
                 "(NNP Monday)))) (. .)))"),
            (Events{}));
  // "France announced the ceasefire on social media": a medium.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD announced) (NP (DT the) (NN ceasefire)) (PP "
                 "(IN on) (NP (JJ social) (NNS media)))) (. .)))"),
            (Events{}));
  // "France announced it to reporters": an audience, even as a pattern's
  // target.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD announced) (NP (PRP it)) (PP (TO to) (NP "
                 "(NNS reporters)))) (. .)))"),
            (Events{}));
  // Whom a country tells is still its target.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD told) (NP (NNP Russia))) (. .)))"),
            (Events{"FRA RUS 010"}));
}

TEST_F(DyadRulesTest, AVerbWithNothingAfterItSharesTheNextVerbsObject) {
  ASSERT_NE(dicts_, nullptr);
  // "China condemned and rejected the Indian decision".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP China)) (VP (VP (VBD condemned)) (CC and) (VP (VBD rejected) "
                 "(NP (DT the) (JJ Indian) (NN decision)))) (. .)))"),
            (Events{"CHN IND 111", "CHN IND 120"}));
  // "China met and Russia condemned India": the next verb has a subject of
  // its own, and the first verb no object.
  EXPECT_EQ(Code("(ROOT (S (S (NP (NNP China)) (VP (VBD met))) (CC and) (S (NP (NNP Russia)) (VP "
                 "(VBD condemned) (NP (NNP India)))) (. .)))"),
            (Events{"RUS IND 111"}));
}

TEST_F(DyadRulesTest, ATrailingParticipleOfAnArrestIsAnEventOfTheClausesSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "France condemned Russia, arresting Russian officials".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (NNP Russia))) (, ,) (S (VP "
                 "(VBG arresting) (NP (JJ Russian) (NNS officials)))) (. .)))"),
            (Events{"FRA RUS 111", "FRA RUSGOV 173"}));
}

TEST_F(DyadRulesTest, APredicateAfterACommaAndActsOnTheClausesParty) {
  ASSERT_NE(dicts_, nullptr);
  // "France met Russia on Monday, and promised aid".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP Russia)) (PP (IN on) (NP (NNP "
                 "Monday)))) (, ,) (CC and) (S (VP (VBD promised) (NP (NN aid)))) (. .)))"),
            (Events{"FRA RUS 040", "FRA RUS 0331"}));
}

TEST_F(DyadRulesTest, AThreatOfProtestByACountrysPeopleIsAgainstItsGovernment) {
  ASSERT_NE(dicts_, nullptr);
  // "The Indian opposition threatened to call strikes".
  EXPECT_EQ(
      Code("(ROOT (S (NP (DT The) (JJ Indian) (NN opposition)) (VP (VBD threatened) (S (VP (TO "
           "to) (VP (VB call) (NP (NNS strikes)))))) (. .)))"),
      (Events{"INDOPP INDGOV 133"}));
}

TEST_F(DyadRulesTest, ThePassivesByPhraseIsWhoActedNotWhatWasGiven) {
  ASSERT_NE(dicts_, nullptr);
  // "India was given troops by France".
  EXPECT_EQ(Code("(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN given) (NP (NNS troops)) (PP "
                 "(IN by) (NP (NNP France))))) (. .)))"),
            (Events{"FRA IND 072"}));
}

TEST_F(DyadRulesTest, PartiesInAPhraseOfCircumstanceAreNoCurfewsTarget) {
  ASSERT_NE(dicts_, nullptr);
  // "The French government imposed a curfew after clashes between civilians
  // and police": the curfew falls on the country's people.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (JJ French) (NN government)) (VP (VBD imposed) (NP (DT a) "
                 "(NN curfew)) (PP (IN after) (NP (NP (NNS clashes)) (PP (IN between) (NP (NNS "
                 "civilians) (CC and) (NNS police)))))) (. .)))"),
            (Events{"FRAGOV FRACVL 1723"}));
}

TEST_F(DyadRulesTest, NamedMembersAfterIncludingStandForTheGroup) {
  ASSERT_NE(dicts_, nullptr);
  // "France deported officials from three countries, including Russia and India."
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD deported) (NP (NNS officials)) (PP (IN from) "
                 "(NP (NP (CD three) (NNS countries)) (, ,) (PP (VBG including) (NP (NNP Russia) "
                 "(CC and) (NNP India)))))) (. .)))"),
            (Events{"FRA RUS 174", "FRA IND 174"}));
}

TEST_F(DyadRulesTest, ParticiplesOfSpeechTakeTheSubjectOfAClauseWithoutAnEvent) {
  ASSERT_NE(dicts_, nullptr);
  // "France reacted angrily on Monday, calling Russia 'fascists'": the
  // participle stays, its actor is the subject of "reacted" (no event of its
  // own), and the quotation marks do not hide the insult from the pattern.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD reacted) (ADVP (RB angrily)) (PP (IN on) (NP "
                 "(NNP Monday)))) (, ,) (S (VP (VBG calling) (NP (NNP Russia)) (`` ``) (NP (NNS "
                 "fascists)))) ('' '') (. .)))"),
            (Events{"FRA RUS 111"}));
  // "The Indian foreign minister spoke in Delhi, accusing China of espionage".
  EXPECT_EQ(
      Code("(ROOT (S (NP (DT The) (JJ Indian) (JJ foreign) (NN minister)) (VP (VBD spoke) (PP "
           "(IN in) (NP (NNP Delhi)))) (, ,) (S (VP (VBG accusing) (NP (NNP China)) (PP (IN "
           "of) (NP (NN espionage))))) (. .)))"),
      (Events{"INDGOV CHN 112"}));
}

TEST_F(DyadRulesTest, AStatesProtestIsAnOfficialComplaint) {
  ASSERT_NE(dicts_, nullptr);
  // "The French government protested against the Russian decision": a
  // state complains (114); "Civilians protested against the Russian
  // government" demonstrate (141).
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (JJ French) (NN government)) (VP (VBD protested) (PP (IN "
                 "against) (NP (DT the) (JJ Russian) (NN decision)))) (. .)))"),
            (Events{"FRAGOV RUS 114"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNS Civilians)) (VP (VBD protested) (PP (IN against) (NP (DT the) "
                 "(JJ Russian) (NN government)))) (. .)))"),
            (Events{"---CVL RUSGOV 141"}));
  // "Frenchmen protested against the Russian decision": a people, not the state.
  EXPECT_EQ(Code("(ROOT (S (NP (NNPS Frenchmen)) (VP (VBD protested) (PP (IN against) (NP (DT the) "
                 "(JJ Russian) (NN decision)))) (. .)))"),
            (Events{"FRA RUS 141"}));
}

TEST_F(DyadRulesTest, APredicateAfterCommaAndActsForTheClausesSubject) {
  ASSERT_NE(dicts_, nullptr);
  // "France condemned the coup, which was staged by the army, and airlifted
  // aid to Russia": France airlifts, not the coup nearer the verb.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (DT the) (NN coup)) (, ,) "
                 "(SBAR (WDT which) (S (VP (VBD was) (VP (VBN staged) (PP (IN by) (NP (DT the) (NN "
                 "army)))))))) (, ,) (CC and) (S (VP (VBN airlifted) (NP (NN aid)) (PP (TO to) (NP "
                 "(NNP Russia))))) (. .)))"),
            (Events{"FRA ---MIL 111", "FRA RUS 073"}));
}

TEST_F(DyadRulesTest, ABodyReportingItsOwnKindOfDeedDidIt) {
  ASSERT_NE(dicts_, nullptr);
  // "French police said 12 civilians were arrested": the police arrested.
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS police)) (VP (VBD said) (SBAR (S (NP (CD 12) (NNS "
                 "civilians)) (VP (VBD were) (VP (VBN arrested)))))) (. .)))"),
            (Events{"FRACOP ---CVL 173"}));
  // "The Russian military said 30 gunmen were killed": the forces killed
  // armed men; "... 30 civilians were killed" is a toll with no actor.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (JJ Russian) (NN military)) (VP (VBD said) (SBAR (S (NP "
                 "(CD 30) (NNS gunmen)) (VP (VBD were) (VP (VBN killed)))))) (. .)))"),
            (Events{"RUSMIL ---UAF 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (JJ Russian) (NN military)) (VP (VBD said) (SBAR (S (NP "
                 "(CD 30) (NNS civilians)) (VP (VBD were) (VP (VBN killed)))))) (. .)))"),
            (Events{}));
}

TEST_F(DyadRulesTest, WhatWasDoneToAPartyIsNoTargetOfAParticiple) {
  ASSERT_NE(dicts_, nullptr);
  // "France met China, condemning its isolation": China suffered the
  // isolation; "..., condemning its threats": China made them.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP China))) (, ,) (S (VP (VBG "
                 "condemning) (NP (PRP$ its) (NN isolation)))) (. .)))"),
            (Events{"FRA CHN 040"}));
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP China))) (, ,) (S (VP (VBG "
                 "condemning) (NP (PRP$ its) (NNS threats)))) (. .)))"),
            (Events{"FRA CHN 040", "FRA CHN 111"}));
}

TEST_F(DyadRulesTest, AGovernmentRoleSaidToBeFormerIsAnElite) {
  ASSERT_NE(dicts_, nullptr);
  // "police detained two former foreign ministers": no longer the government.
  EXPECT_EQ(Phrase("two former foreign ministers"), "---ELI");
  EXPECT_EQ(Phrase("a former French official"), "FRAELI");
  EXPECT_EQ(Phrase("a former head of the government"), "---ELI");
  // Without "former" the role is the government's; other roles keep theirs.
  EXPECT_EQ(Phrase("two French foreign ministers"), "FRAGOV");
  EXPECT_EQ(Phrase("the head of the French government"), "FRAGOV");
  EXPECT_EQ(Phrase("former French troops"), "FRAELIMIL");
}

TEST_F(DyadRulesTest, ANameRunningAcrossAndIsOneActor) {
  ASSERT_NE(dicts_, nullptr);
  // "the Front for Liberty and Justice attacked Russia": the parser's
  // coordination splits a name the dictionaries know.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (DT The) (NNP Front) (PP (IN for) (NP (NNP Liberty)))) (CC and) "
                 "(NP (NNP Justice))) (VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRAOPP RUS 190"}));
  // Members that are actors of their own stay two.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France) (CC and) (NNP India)) (VP (VBD attacked) (NP (NNP "
                 "Russia))) (. .)))"),
            (Events{"FRA RUS 190", "IND RUS 190"}));
}

TEST_F(DyadRulesTest, ADescriptionOfNoOneTakesTheCodeOfTheNameApposedToIt) {
  ASSERT_NE(dicts_, nullptr);
  // "The party, Union Civique, attacked Russia": the name says which party.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NN party)) (, ,) (NP (NNP Union) (NNP Civique)) (, ,) "
                 "(VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRAPTY RUS 190"}));
  // A name the dictionaries do not know says nothing; a coded description stays.
  EXPECT_EQ(Code("(ROOT (S (NP (DT The) (NN party)) (, ,) (NP (NNP Parti) (NNP Vert)) (, ,) "
                 "(VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"---PTY RUS 190"}));
  EXPECT_EQ(Code("(ROOT (S (NP (JJ French) (NNS officials)) (, ,) (NP (NNP Union) (NNP Civique)) "
                 "(, ,) (VP (VBD attacked) (NP (NNP Russia))) (. .)))"),
            (Events{"FRAGOV RUS 190"}));
}

TEST_F(DyadRulesTest, APartysMembersInALegislatureAreLawmakers) {
  ASSERT_NE(dicts_, nullptr);
  // "Union Civique members in parliament" sit there: FRALEG, not the party.
  EXPECT_EQ(Phrase("Union Civique members in parliament"), "FRALEG");
  EXPECT_EQ(Phrase("French party members in the parliament"), "FRALEG");
  // The party itself, and its members elsewhere, stay the party.
  EXPECT_EQ(Phrase("Union Civique members"), "FRAPTY");
  EXPECT_NE(Phrase("the largest French party in parliament"), "FRALEG");
  EXPECT_EQ(Phrase("Union Civique members in Russia"), "FRAPTY");
}

TEST_F(DyadRulesTest, APersonOfNoOneIsACivilianAndOfACountryTheCountry) {
  ASSERT_NE(dicts_, nullptr);
  // "Police arrested a 71-year-old man": a civilian of no country.
  EXPECT_EQ(Phrase("a 71-year-old man"), "---CVL");
  EXPECT_EQ(Phrase("a woman"), "---CVL");
  // "a French man" is France, as "Frenchmen" is; "gangs of young men" are gangs.
  EXPECT_EQ(Phrase("a French man"), "FRA");
  EXPECT_EQ(Phrase("Frenchmen"), "FRA");
  EXPECT_EQ(Phrase("gangs of young men"), "---CRM");
  // Other civilians of a country keep their role.
  EXPECT_EQ(Phrase("French civilians"), "FRACVL");
}

TEST_F(DyadRulesTest, RefugeesOfNoOneAreCiviliansAndOfACountryItsRefugees) {
  ASSERT_NE(dicts_, nullptr);
  // "Border guards turned back hundreds of migrants": civilians of no country.
  EXPECT_EQ(Phrase("hundreds of migrants"), "---CVL");
  EXPECT_EQ(Phrase("the refugees"), "---CVL");
  // A country's refugees are its refugees.
  EXPECT_EQ(Phrase("Russian refugees"), "RUSREF");
  EXPECT_EQ(Phrase("migrants from India"), "INDREF");
}

TEST_F(DyadRulesTest, AStateBodyInACapitalIsThatCapitalsCountrys) {
  ASSERT_NE(dicts_, nullptr);
  // "Police in Moscow attacked France": Russia's police, though the sentence
  // names France too.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NN Police)) (PP (IN in) (NP (NNP Moscow)))) (VP (VBD attacked) "
                 "(NP (NNP France))) (. .)))"),
            (Events{"RUSCOP FRA 190"}));
  // People in a capital are where they are, not whose: civilians of no one.
  EXPECT_EQ(
      Code("(ROOT (S (NP (NP (NNS People)) (PP (IN in) (NP (NNP Moscow)))) (VP (VBD attacked) "
           "(NP (NNP France))) (. .)))"),
      (Events{"---CVL FRA 190"}));
}

TEST_F(DyadRulesTest, ARoleBeforeWhatItRidesOrCarriesHeadsItsPhrase) {
  ASSERT_NE(dicts_, nullptr);
  // "Gunmen on motorcycles", "police with batons", "soldiers at the
  // checkpoint": the role is the phrase's head.
  EXPECT_EQ(Phrase("gunmen on motorcycles"), "---UAF");
  EXPECT_EQ(Phrase("police with batons"), "---COP");
  // A role that modifies the noun after it is still no actor.
  EXPECT_EQ(Phrase("military aid"), "---");
  // "opposition to the plan" is a stance, not the opposition.
  EXPECT_EQ(Phrase("opposition to the plan"), "---");
}

TEST_F(DyadRulesTest, RightsGroupsOfNoCountryAreRightsNgos) {
  ASSERT_NE(dicts_, nullptr);
  // "Rights groups said the trial was unfair": the human rights NGOs.
  EXPECT_EQ(Phrase("rights groups"), "NGOHRI");
  EXPECT_EQ(Phrase("local rights activists"), "NGOHRI");
  // A country's rights groups are its own.
  EXPECT_EQ(Phrase("Russian rights groups"), "RUSHRI");
}

TEST_F(DyadRulesTest, AnAdjectiveMemberOfACompoundOnlyModifiesTheSharedHead) {
  ASSERT_NE(dicts_, nullptr);
  // "France condemned military and intelligence cooperation with Russia":
  // "military" is no army; the cooperation is with Russia.
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (NP (JJ military)) (CC and) "
                 "(NP (NN intelligence) (NN cooperation))) (PP (IN with) (NP (NNP Russia)))) (. "
                 ".)))"),
            (Events{"FRA RUS 111"}));
  // A noun member is a party of its own ("the military and the police").
  EXPECT_EQ(Code("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (NP (NN military)) (CC and) "
                 "(NP (NN intelligence) (NN cooperation))) (PP (IN with) (NP (NNP Russia)))) (. "
                 ".)))"),
            (Events{"FRA ---MIL 111"}));
}

// A resolver that places police in Lyon in France.
class PoliceInLyonAreFrench : public PhraseResolver {
 public:
  bool Handles(std::span<const std::string_view>, std::string_view code) const override {
    return code == "---COP";
  }
  bool Resolve(std::span<const std::string_view> words, int begin, int end,
               std::span<const Mention>, std::string* code, std::string* antecedent) override {
    auto span = words.subspan(begin, end - begin);
    if (std::find(span.begin(), span.end(), "Lyon") == span.end()) return false;
    *code = "FRACOP";
    *antecedent = "place: Lyon";
    return true;
  }
};

TEST_F(DyadRulesTest, ARoleInSeveralPlacesIsOneActor) {
  ASSERT_NE(dicts_, nullptr);
  PoliceInLyonAreFrench resolver;
  // "Police in Lyon and other cities attacked Russia": one police.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NN Police)) (PP (IN in) (NP (NP (NNP Lyon)) (CC and) (NP (JJ "
                 "other) (NNS cities))))) (VP (VBD attacked) (NP (NNP Russia))) (. .)))",
                 &resolver),
            (Events{"FRACOP RUS 190"}));
  // Coordinated roles with no place between them stay two.
  EXPECT_EQ(Code("(ROOT (S (NP (NP (NP (NN police)) (PP (IN in) (NP (NNP Lyon)))) (CC and) (NP "
                 "(NNS troops))) (VP (VBD attacked) (NP (NNP Russia))) (. .)))",
                 &resolver),
            (Events{"FRACOP RUS 190", "---MIL RUS 190"}));
}

}  // namespace
}  // namespace dyad::code
