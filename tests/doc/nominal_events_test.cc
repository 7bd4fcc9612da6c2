// Deeds told by noun phrases that name both parties, through the article
// coder with dyad's own dictionaries and tagger, on sentences written for
// this test. The expectations were worked out by hand from the texts.
#include "dyad/doc/nominal_events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/dict/dictionaries.h"
#include "dyad/doc/article.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

struct Out {
  std::string source, target, code, noun;
  EventDetails details;
};

class NominalEventsTest : public PipelineTest {
 protected:
  // The events the nouns told (not the verbs) in `text`, coded at `date`;
  // with `verbs_too`, every event of the article.
  static std::vector<Out> Nominal(std::string_view text, Date date, bool verbs_too = false) {
    ArticleCoder coder(*dicts_, parser_, nullptr, code::CoderOptions{}, ArticleOptions{});
    std::vector<Out> out;
    coder.Code("t", text, date, [&](const CodedSentence& s) {
      for (size_t i = 0; i < s.result.events.size(); ++i) {
        const code::Event& e = s.result.events[i];
        if (e.verb_entry != "nominal" && !verbs_too) continue;
        out.push_back(Out{e.source, e.target, e.code, e.verb_text, s.details[i]});
      }
    });
    return out;
  }
};

// A possessive agent, "of" patient; the phrase's own year dates it.
TEST_F(NominalEventsTest, PossessiveAgentDatedByItsOwnYear) {
  std::vector<Out> out = Nominal("Iraq's invasion of Kuwait in 1990 led to a war.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "IRQ");
  EXPECT_EQ(out[0].target, "KWT");
  EXPECT_EQ(out[0].code, "192");
  EXPECT_EQ(out[0].details.event_date, 19900101);
  EXPECT_EQ(out[0].details.date_precision, DatePrecision::kYear);
}

// "X-led" and a country's adjective name the agent.
TEST_F(NominalEventsTest, LedAndCountryAdjectiveAgents) {
  std::vector<Out> out =
      Nominal("The U.S.-led bombing of Serbia in 1999 lasted 78 days.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "USA");
  EXPECT_EQ(out[0].target, "SRB");
  EXPECT_EQ(out[0].code, "195");
  EXPECT_EQ(out[0].details.event_date, 19990101);
  out = Nominal("The Chinese detention of two Canadians in 2018 strained ties.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "CHN");
  EXPECT_EQ(out[0].target, "CAN");
  EXPECT_EQ(out[0].code, "173");
}

// "by X" after the patient; a crowd storming its own country's buildings is
// a violent protest by civilians, dated by the phrase's day.
TEST_F(NominalEventsTest, AgentAfterByAndStormingByACrowd) {
  std::vector<Out> out = Nominal(
      "The expulsion of 15 Iranian diplomats by Germany in March angered Tehran.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "DEU");
  EXPECT_EQ(out[0].target, "IRNGOV");
  EXPECT_EQ(out[0].code, "174");
  out = Nominal(
      "Officials recalled the storming of government offices by Peruvian protesters on "
      "Feb. 4, 2019.",
      20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "PERCVL");
  EXPECT_EQ(out[0].target, "PERGOV");
  EXPECT_EQ(out[0].code, "145");
  EXPECT_EQ(out[0].details.event_date, 20190204);
}

// A deed the phrase does not date is background a story names again and
// again ("since Russia's invasion of Ukraine"), not news of its day.
TEST_F(NominalEventsTest, UndatedDeedIsBackground) {
  EXPECT_TRUE(Nominal("Prices have risen since Russia's invasion of Ukraine.", 20240501).empty());
  EXPECT_TRUE(Nominal("The expulsion of 15 Iranian diplomats by Germany angered Tehran.", 20240501)
                  .empty());
  EXPECT_EQ(Nominal("Russia's invasion of Ukraine in 2022 shocked Europe.", 20240501).size(), 1u);
}

// The agent's phrase ends before the verb ("... officers sparked outrage"); a
// city before the noun says where, not who.
TEST_F(NominalEventsTest, AgentPhraseEndsAtTheVerbAndACityIsNoAgent) {
  std::vector<Out> out = Nominal(
      "Police said the killing of a Kenyan lawyer by Kenyan police officers last week sparked "
      "outrage.",
      20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "KENCOP");
  EXPECT_EQ(out[0].target, "KENJUD");
  EXPECT_EQ(out[0].code, "190");
  EXPECT_TRUE(
      Nominal("The Kabul bombing of the U.S. embassy shocked diplomats.", 20240501).empty());
}

// No deed: denied, feared or possible, planned; a pronoun or no agent at all.
TEST_F(NominalEventsTest, NoDeedWhenDeniedPossibleOrUnnamed) {
  EXPECT_TRUE(Nominal("Kenya denied the detention of Ugandan activists by Kenyan police.", 20240501)
                  .empty());
  EXPECT_TRUE(
      Nominal("Analysts warned of a possible Chinese blockade of Taiwan.", 20240501).empty());
  EXPECT_TRUE(Nominal("Officials said there were plans for a Turkish invasion of Syria.", 20240501)
                  .empty());
  EXPECT_TRUE(Nominal("Lawmakers condemned its occupation of Cyprus.", 20240501).empty());
  EXPECT_TRUE(Nominal("Diplomats discussed the occupation of Cyprus.", 20240501).empty());
  EXPECT_TRUE(Nominal("Brussels voted to lift the French sanctions on Syria.", 20240501).empty());
}

// Attacks, strikes, incursions and crackdowns told by a noun: each noun takes
// its patient after its own prepositions ("incursion into", "attack on"); an
// attack by insurgents is unconventional violence (180).
TEST_F(NominalEventsTest, AttacksIncursionsAndCrackdowns) {
  std::vector<Out> out =
      Nominal("Ministers recalled the al-Shabaab-led attack on Kenya on March 3, 2021.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "SOMINS");
  EXPECT_EQ(out[0].target, "KEN");
  EXPECT_EQ(out[0].code, "180");
  out = Nominal("Ethiopia's incursion into Sudan in 2020 strained ties.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "ETH");
  EXPECT_EQ(out[0].target, "SDN");
  EXPECT_EQ(out[0].code, "192");
  out = Nominal("The Egyptian army's offensive against Libya in 2015 was brief.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "EGYMIL");
  EXPECT_EQ(out[0].target, "LBY");
  EXPECT_EQ(out[0].code, "190");
  out = Nominal("Belarus's crackdown on Belarusian students in 2020 drew sanctions.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "BLR");
  EXPECT_EQ(out[0].code, "175");
  out = Nominal("The Iraqi militants' attack on Iraqi students in 2019 was reported.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "180");
}

// A strike against someone is a labour strike, an incursion "of" or an
// attack "of" no deed at all; a crackdown by people outside the state is none.
TEST_F(NominalEventsTest, NoDeedForTheWrongPreposition) {
  EXPECT_TRUE(Nominal("The Kenyan teachers' strike against the government in May ended.", 20240501)
                  .empty());
  EXPECT_TRUE(Nominal("Peru's incursion of Chile in 2019 was denied.", 20240501).empty());
  EXPECT_TRUE(
      Nominal("The Iraqi militants' crackdown on Iraqi students in 2019 was reported.", 20240501)
          .empty());
}

// A protest told by its noun, the subject of a verb of happening: civilians
// of no country against the article's country's government, or against what
// "against" names.
TEST_F(NominalEventsTest, ProtestsToldByANoun) {
  std::vector<Out> out = Nominal(
      "Zambia's president visited Zimbabwe on Friday. Mass protests erupted in Harare on Monday.",
      20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---CVL");
  EXPECT_EQ(out[0].target, "ZWEGOV");
  EXPECT_EQ(out[0].code.substr(0, 2), "14");

  out = Nominal("Protests against the Peruvian government spread to Cusco on Tuesday.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---CVL");
  EXPECT_EQ(out[0].target, "PERGOV");

  out = Nominal(
      "Ecuador's president met Colombia's president in Quito. A general strike paralysed "
      "the Ecuadorian capital on Wednesday, and demonstrations were held in Guayaquil.",
      20240501);
  ASSERT_EQ(out.size(), 1u);  // one event: the demonstrations repeat the strike's root
  EXPECT_EQ(out[0].code, "143");
}

// "The uprising began on January 25": a people's revolt is its protests;
// a military or armed uprising is no crowd's.
TEST_F(NominalEventsTest, AnUprisingThatBeganIsAProtest) {
  std::vector<Out> out = Nominal(
      "Zambia's president visited Zimbabwe on Friday. The uprising began in Harare on Monday.",
      20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---CVL");
  EXPECT_EQ(out[0].target, "ZWEGOV");
  EXPECT_EQ(out[0].code, "141");
  EXPECT_TRUE(Nominal("Zambia's president visited Zimbabwe on Friday. An armed uprising began in "
                      "Harare on Monday.",
                      20240501)
                  .empty());
}

// A protest outside a building is against its owner; one that rocks a
// country is against its government.
TEST_F(NominalEventsTest, AProtestOutsideABuildingOrRockingACountry) {
  std::vector<Out> out =
      Nominal("A protest began outside the Turkish embassy in Vienna on Monday.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "TURGOV");
  out = Nominal("Peru's president visited Chile. Mass protests rocked Bolivia in May.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BOLGOV");
}

// A government that faced protests: they were against it; not one that
// only could face them.
TEST_F(NominalEventsTest, AGovernmentThatFacedProtests) {
  std::vector<Out> out = Nominal(
      "The Chilean government had faced weeks of mass protests in 2019 over fares.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---CVL");
  EXPECT_EQ(out[0].target, "CHLGOV");
  out = Nominal("The Peruvian government faces growing protests over fuel prices.", 20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "PERGOV");
  EXPECT_TRUE(Nominal("The Chilean government could face protests over fares.", 20240501).empty());
  EXPECT_TRUE(Nominal("Chilean farmers faced protests from Peruvian buyers.", 20240501).empty());
}

// A protest phrase naming whom it is against is news when it dates itself.
TEST_F(NominalEventsTest, ADatedProtestAgainstANamedParty) {
  std::vector<Out> out = Nominal(
      "Ecuador recalled its envoy after street protests against the Peruvian government in "
      "March 2021.",
      20240501);
  bool found = false;
  for (const Out& o : out) found |= o.source == "---CVL" && o.target == "PERGOV";
  EXPECT_TRUE(found);
  EXPECT_TRUE(Nominal("Ecuador recalled its envoy after street protests against the Peruvian "
                      "government.",
                      20240501)
                  .empty());
}

// "that" right after the noun: "the rioting that followed the vote".
TEST_F(NominalEventsTest, AProtestNounBeforeThat) {
  std::vector<Out> out = Nominal(
      "Fiji's president visited Tonga in May. The rioting that followed the vote lasted days.",
      20240501);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---CVL");
  EXPECT_EQ(out[0].target, "TONGOV");
  EXPECT_EQ(out[0].code, "145");
}

// Not a protest: a market's rally, a military march, an air strike, a labour
// strike against an employer, a protest that only could spread, a crowd's
// verb that already told it.
TEST_F(NominalEventsTest, NoProtestForOtherRalliesMarchesAndStrikes) {
  const char* kTexts[] = {
      "Peru's president visited Chile. A stock market rally continued in Lima on Friday.",
      "Peru's president visited Chile. The military march took place in Lima on Friday.",
      "Peru's president visited Chile. The strike against the copper company began on Monday.",
      "Peru's president visited Chile. Air strikes continued on Monday.",
      "Peru's president visited Chile. Critics said the protests could spread to Cusco.",
      "Peru's president visited Chile. Marches began in March in Lima.",
  };
  for (const char* text : kTexts) EXPECT_TRUE(Nominal(text, 20240501).empty()) << text;
}

// A truce that begins: each side declares it to the other, dated by its
// verb. "took effect" is also a verb pattern of data/verbs/08.txt, which
// codes it first: either way, one event each way.
TEST_F(NominalEventsTest, ATruceBetweenTwoSidesThatTakesEffect) {
  std::vector<Out> out = Nominal(
      "A ceasefire between India and Pakistan took effect at midnight on Sunday, officials said.",
      20240603, /*verbs_too=*/true);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "IND PAK 0871");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "PAK IND 0871");
  EXPECT_EQ(out[0].details.event_date, 20240602);
  out = Nominal("A truce between Armenia and Azerbaijan, brokered by Russia, came into force.",
                20240603, /*verbs_too=*/true);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target, "ARM AZE");
}

TEST_F(NominalEventsTest, NoTruceCalledForOrTalkedAbout) {
  EXPECT_TRUE(Nominal("Qatar called for a ceasefire between Israel and Hamas on Monday.", 20240603)
                  .empty());
  EXPECT_TRUE(
      Nominal("Talks on a truce between Russia and Ukraine began in Istanbul.", 20240603).empty());
  EXPECT_TRUE(Nominal("A ceasefire between Israel and Hamas could take effect on Friday.", 20240603)
                  .empty());
}

// Diplomacy told by a noun: a contact between two parties is each's to the
// other; a party that does not code may be named again after a comma.
TEST_F(NominalEventsTest, ACallOrSummitBetweenOrWithIsMutual) {
  std::vector<Out> out = Nominal(
      "The breakthrough came after a telephone call between Turkish President Tayyip Erdogan "
      "and his Russian counterpart, Vladimir Putin.",
      20200305);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "TURGOV RUSGOV 041");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "RUSGOV TURGOV 041");
  out = Nominal("Biden's summit with Xi Jinping drew protesters to San Francisco.", 20231116);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "USAGOV CHNGOV 040");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "CHNGOV USAGOV 040");
}

// A visit goes from the visitor (a possessive, or "by X" after the place and
// its time) to the country visited; a capital visited is its country.
TEST_F(NominalEventsTest, AVisitGoesToTheCountryVisited) {
  std::vector<Out> out = Nominal(
      "Crowds greeted a visit to Kenya on Monday by Iranian President Ebrahim Raisi.", 20230713);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "IRNGOV KEN 042");
  EXPECT_EQ(out[0].details.event_date, 20230710);
  out = Nominal("A visit by Chinese Premier Li Qiang to Australia drew protests.", 20240617);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "CHNGOV AUS 042");
  out = Nominal("Modi's visit to Moscow drew criticism from Kyiv.", 20240710);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "INDGOV RUS 042");
}

// A visit told beside its visitor, set off by commas, when its own time
// follows the place; an undated one there is a circumstance.
TEST_F(NominalEventsTest, ADatedVisitBesideItsVisitor) {
  std::vector<Out> out = Nominal(
      "The minister criticised Italian Prime Minister Giorgia Meloni, who on a visit to Tunis on "
      "June 6 praised Saied.",
      20230620);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "ITAGOV TUN 042");
  EXPECT_EQ(out[0].details.event_date, 20230606);
  out =
      Nominal("On a visit to Kyiv on Monday, Scholz promised more air defence systems.", 20230825);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "DEUGOV UKR 042");
  EXPECT_TRUE(
      Nominal("Erdogan, speaking during a visit to Chile, called the raid inhumane.", 20100601)
          .empty());
  // Force done during a visit is not the visitor's; a visit at home is none.
  EXPECT_TRUE(
      Nominal("Kenyan police arrested 12 protesters during a visit to Uganda on Monday.", 20230922)
          .empty());
  EXPECT_TRUE(Nominal("Iraqi Prime Minister Mohammed Shia al-Sudani's visit to Mosul drew crowds.",
                      20230922)
                  .empty());
}

// A deal only when the phrase dates it: "the deal between X and Y" alone is
// background a story repeats.
TEST_F(NominalEventsTest, ADatedDealBetweenTwoParties) {
  std::vector<Out> out =
      Nominal("Clashes broke out despite the peace agreement between Ethiopia and Eritrea in 2000.",
              20240501);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "ETH ERI 057");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "ERI ETH 057");
  EXPECT_EQ(out[0].details.event_date, 20000101);
}

// Contacts sought, proposed, refused, feared or mediated, undated deals and
// named old agreements are no contact of the parties.
TEST_F(NominalEventsTest, NoContactCalledForRefusedOrMediated) {
  const char* kTexts[] = {
      "The opposition called for talks between the government and Russia.",
      "Erdogan ruled out a meeting with Assad.",
      "Macron proposed a summit between Russia and Ukraine.",
      "Beijing warned against any meeting between Tsai and McCarthy.",
      "Qatar hosted talks between Israel and Hamas on Monday.",
      "The Iran nuclear deal collapsed after Washington withdrew.",
      "Tehran defended the nuclear deal between Iran and the United States.",
      "Netanyahu hopes for a meeting with Saudi Crown Prince Mohammed bin Salman next month.",
      "The talks between Israel and Hamas stalled.",
      "A meeting between Biden and Xi is expected next week.",
      "Macron's visit to China next month will focus on trade.",
      "He said a summit between Putin and Zelenskiy was possible.",
      "Relations have improved since Xi's visit to Washington.",
      "A visit by Blinken to Beijing was postponed.",
      "A meeting between Biden and Xi was cancelled.",
  };
  for (const char* text : kTexts) EXPECT_TRUE(Nominal(text, 20240501).empty()) << text;
}

// Talks told after the clause's verb are its subject's: "after talks with",
// "for talks with" (a trip made; not one still to come).
TEST_F(NominalEventsTest, TalksAfterTheVerbAreItsSubjects) {
  std::vector<Out> out = Nominal(
      "Erdogan, speaking in Ankara after talks with German Chancellor Olaf Scholz, criticised "
      "Israel.",
      20231118);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "DEUGOV TURGOV 040");
  out = Nominal("Lula flew to Beijing on Friday for talks with Xi Jinping.", 20230415);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "CHNGOV BRAGOV 040");
  EXPECT_TRUE(
      Nominal("Lula will fly to Beijing next week for talks with Xi Jinping.", 20230415).empty());
  // "for talks" after a verb that is no trip is the object's, or a reason.
  EXPECT_TRUE(
      Nominal("Washington criticised Pakistan for talks with the Taliban.", 20230415).empty());
  // An opening phrase is the subject's after it; a call's also after "in".
  out = Nominal("After talks with Xi Jinping on Tuesday, Putin praised China.", 20231118);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "RUSGOV CHNGOV 040");
  EXPECT_EQ(out[0].details.event_date, 20231114);
  out = Nominal("Scholz, at talks with Macron on Monday, criticised the plan.", 20231118);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "DEUGOV FRAGOV 040");
  EXPECT_EQ(out[0].details.event_date, 20231113);
  out = Nominal("During a meeting with Erdogan, Scholz criticised Turkey.", 20231118);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "TURGOV DEUGOV 040");
  out = Nominal("Biden said in a phone call with Netanyahu that Israel must protect civilians.",
                20231118, /*verbs_too=*/true);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "ISRGOV USAGOV 041");
  EXPECT_TRUE(Nominal("Biden will say in a phone call with Netanyahu that Israel must protect "
                      "civilians.",
                      20231118)
                  .empty());
}

// A third party that brokered a deal or a truce between two others mediated
// between them (045), to each; not one only called for.
TEST_F(NominalEventsTest, AMediatorOfADealOrTruce) {
  std::vector<Out> out = Nominal(
      "Ruto and Museveni met for three hours on Saturday in talks hosted by Tanzanian President "
      "Samia Suluhu Hassan.",
      20240302);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "TZAGOV KENGOV 045");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "TZAGOV UGAGOV 045");
  out = Nominal("Fighting resumed despite a Qatari-brokered truce between Israel and Hamas in May.",
                20240702);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "QAT ISR 045");
  EXPECT_EQ(out[1].source + " " + out[1].target + " " + out[1].code, "QAT PSEINS 045");
  EXPECT_TRUE(
      Nominal("Qatar called for a U.S.-brokered deal between Israel and Hamas.", 20241128).empty());
}

// A deed of words said in a phone call: the speaker called the one spoken
// to (041); not an appeal ("in a call for calm").
TEST_F(NominalEventsTest, ADeedSaidInAPhoneCall) {
  std::vector<Out> out =
      Nominal("Erdogan thanked Putin in a phone call on Monday for the grain deal.", 20230912);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "TURGOV RUSGOV 041");
  EXPECT_EQ(out[0].details.event_date, 20230911);
  out = Nominal("In a phone call on Tuesday, Biden warned Xi against aiding Russia.", 20230922);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "USAGOV CHNGOV 041");
  EXPECT_TRUE(Nominal("Erdogan criticised Israel in a call for calm.", 20230922).empty());
  EXPECT_TRUE(Nominal("Erdogan will thank Putin in a phone call on Monday.", 20230910).empty());
}

}  // namespace
}  // namespace dyad::doc
