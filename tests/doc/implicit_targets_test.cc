// Targets a sentence leaves implicit (implicit_targets.h): first on events
// built by hand, then through the article coder with dyad's own dictionaries
// and tagger, on short stories written for this test.
#include "doc/implicit_targets.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/dict/dictionaries.h"
#include "dyad/doc/article.h"
#include "dyad/doc/coreference.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

using dict::ImplicitTarget;

code::Event Deed(std::string source, std::string target, std::string code) {
  code::Event e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.code = std::move(code);
  return e;
}

code::Event Open(std::string source, std::string code, ImplicitTarget kind) {
  code::Event e = Deed(std::move(source), "", std::move(code));
  e.open_target = kind;
  return e;
}

// The events `sentences` leave, one sentence after another; the last's.
std::vector<code::Event> Last(std::vector<std::vector<code::Event>> sentences) {
  ImplicitTargets targets;
  targets.Clear();
  for (std::vector<code::Event>& s : sentences) targets.Resolve(&s);
  return sentences.back();
}

TEST(ImplicitTargetsTest, AResignationYieldsToWhoPressedTheState) {
  std::vector<code::Event> out = Last(
      {{Deed("---CVL", "ARMLEG", "145")}, {Open("ARMGOV", "0831", ImplicitTarget::kCounterpart)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "ARMCVL");  // people of no country yield the state its own
  out = Last(
      {{Deed("GEOOPP", "GEOGOV", "1041")}, {Open("GEOGOV", "0831", ImplicitTarget::kCounterpart)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "GEOOPP");
}

// "Thousands marched in Lima ... The president resigned on Sunday": a protest
// whose target the article filled (the government, left open by its
// sentence) pressed that government; one left open (no target) pressed no one.
TEST(ImplicitTargetsTest, AProtestWhoseTargetWasFilledPressedTheState) {
  std::vector<code::Event> out = Last({{Open("---CVL", "141", ImplicitTarget::kGovernment)},
                                       {Open("PERGOV", "0831", ImplicitTarget::kCounterpart)}});
  EXPECT_TRUE(out.empty());  // no country named: the march is against no one yet
  ImplicitTargets targets;
  targets.Clear();
  std::vector<code::Event> named = {Deed("PERGOV", "---CVL", "173")};
  targets.Resolve(&named);
  std::vector<code::Event> march = {Open("---CVL", "141", ImplicitTarget::kGovernment)};
  targets.Resolve(&march);
  ASSERT_EQ(march.size(), 1u);
  ASSERT_EQ(march[0].target, "PERGOV");
  std::vector<code::Event> resigned = {Open("PERGOV", "0831", ImplicitTarget::kCounterpart)};
  targets.Resolve(&resigned);
  ASSERT_EQ(resigned.size(), 1u);
  EXPECT_EQ(resigned[0].target, "PERCVL");
}

TEST(ImplicitTargetsTest, ADenialAnswersWhoeverAccusedTheDenier) {
  // Words of blame count for a denial, as force and demands do.
  std::vector<code::Event> out =
      Last({{Deed("USAGOV", "CHN", "112")}, {Open("CHNGOV", "016", ImplicitTarget::kAccuser)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "USAGOV");
  out = Last({{Deed("INDMIL", "PAK", "190")}, {Open("PAKGOV", "016", ImplicitTarget::kAccuser)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "INDMIL");
  // Blame aimed at someone else is no charge against the denier.
  EXPECT_TRUE(
      Last({{Deed("USAGOV", "RUS", "112")}, {Open("CHNGOV", "016", ImplicitTarget::kAccuser)}})
          .empty());
  // Attackers or a crowd of no country are no accuser a state answers.
  EXPECT_TRUE(
      Last({{Deed("---UAF", "JPN", "190")}, {Open("JPNGOV", "016", ImplicitTarget::kAccuser)}})
          .empty());
  out = Last({{Deed("CHNGOV", "JPN", "112")},
              {Deed("---CVL", "JPNGOV", "141")},
              {Open("JPNGOV", "016", ImplicitTarget::kAccuser)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "CHNGOV");
  // ... nor, for a resignation, does blame press anyone.
  EXPECT_TRUE(Last({{Deed("GEOOPP", "GEOGOV", "112")},
                    {Open("GEOGOV", "0831", ImplicitTarget::kCounterpart)}})
                  .empty());
}

TEST(ImplicitTargetsTest, AVowOfRevengeIsMadeToTheAttackers) {
  // Force on the vower's people counts; words of blame do not.
  std::vector<code::Event> out = Last({{Deed("---UAF", "MLICVL", "190")},
                                       {Deed("IGOUNO", "MLIMIL", "112")},
                                       {Open("MLIMIL", "138", ImplicitTarget::kCounterpart)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "---UAF");
  // ... the same sentence's deed too, after the vow.
  out = Last(
      {{Open("SOMREB", "138", ImplicitTarget::kCounterpart), Deed("KENMIL", "SOMREB", "195")}});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].target, "KENMIL");
}

TEST(ImplicitTargetsTest, NoCounterpartNoEvent) {
  // Cooperation presses no one; a deed five sentences back is forgotten; a
  // denied one never happened; the source never acts on itself.
  EXPECT_TRUE(Last({{Deed("USAGOV", "PERGOV", "042")},
                    {Open("PERGOV", "0831", ImplicitTarget::kCounterpart)}})
                  .empty());
  code::Event denied = Deed("PEROPP", "PERGOV", "1041");
  denied.negated = true;
  EXPECT_TRUE(Last({{denied}, {Open("PERGOV", "0831", ImplicitTarget::kCounterpart)}}).empty());
  EXPECT_TRUE(Last({{Deed("PEROPP", "PERGOV", "1041")},
                    {},
                    {},
                    {},
                    {},
                    {Open("PERGOV", "0831", ImplicitTarget::kCounterpart)}})
                  .empty());
  EXPECT_TRUE(Last({{Open("PERGOV", "0831", ImplicitTarget::kCounterpart)}}).empty());
}

TEST(ImplicitTargetsTest, AnApologyGoesToWhomTheSourceWronged) {
  std::vector<code::Event> out =
      Last({{Deed("USAMIL", "AFGCVL", "195")}, {Open("USAMIL", "055", ImplicitTarget::kWronged)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "AFGCVL");
  EXPECT_TRUE(
      Last({{Deed("RUSMIL", "UKR", "195")}, {Open("USAMIL", "055", ImplicitTarget::kWronged)}})
          .empty());
}

TEST(ImplicitTargetsTest, ACallForCalmIsToTheCallersPeople) {
  std::vector<code::Event> out = Last({{Open("ECUGOV", "0252", ImplicitTarget::kCivilians)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "ECUCVL");
  EXPECT_TRUE(Last({{Open("IGOUNO", "0252", ImplicitTarget::kCivilians)}}).empty());
}

TEST(ImplicitTargetsTest, OtherEventsPassUntouched) {
  std::vector<code::Event> out =
      Last({{Deed("FRAGOV", "DEUGOV", "040"), Open("FRAGOV", "0252", ImplicitTarget::kCivilians),
             Deed("DEUGOV", "FRAGOV", "040")}});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].target, "DEUGOV");
  EXPECT_EQ(out[1].target, "FRACVL");
  EXPECT_EQ(out[2].target, "FRAGOV");
}

TEST(ImplicitTargetsTest, ACrowdProtestsAgainstTheArticlesGovernment) {
  // People of no country: the country the article's events named most.
  std::vector<code::Event> out =
      Last({{Deed("TUNGOV", "TUNOPP", "173"), Deed("FRA", "TUNGOV", "111")},
            {Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "TUNGOV");
  // The country acted upon counts twice: the visited, not the visitor.
  out =
      Last({{Deed("FRAGOV", "LBN", "042")}, {Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "LBNGOV");
  // People of a country: their own government, whatever the article named.
  out = Last({{Deed("FRA", "DEU", "040")}, {Open("TUNEDU", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "TUNGOV");
}

// "The army detained the prime minister ... Crowds took to the streets": once
// the article told the army taking power, a crowd protests against the army.
TEST(ImplicitTargetsTest, ACrowdProtestsAgainstAnArmyThatTookPower) {
  std::vector<code::Event> out = Last(
      {{Deed("SDNMIL", "SDNGOV", "173")}, {Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "SDNMIL");
  out = Last(
      {{Deed("BFAMIL", "BFAGOV", "192")}, {Open("BFACVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BFAMIL");
  // Not the army's words, nor its deed on another country's government.
  out = Last(
      {{Deed("SDNMIL", "SDNGOV", "112")}, {Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "SDNGOV");
  out = Last({{Deed("RUSMIL", "UKRGOV", "173"), Deed("FRA", "UKR", "111")},
              {Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "UKRGOV");
}

// "The army detained the prime minister ... The UN demanded the release of the
// detained leaders": demands are made of the army that holds power.
TEST(ImplicitTargetsTest, DemandsAreMadeOfTheArmyThatTookPower) {
  std::vector<code::Event> out =
      Last({{Deed("BFAMIL", "BFAGOV", "173")}, {Deed("IGOUNO", "BFAGOV", "1053")}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BFAMIL");
  out = Last({{Deed("BFAMIL", "BFAGOV", "173")}, {Deed("IGOWAFWAS", "BFAGOV", "1041")}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BFAMIL");
  // Not without a takeover, nor words that demand nothing.
  out = Last({{Deed("BFAGOV", "BFAOPP", "173")}, {Deed("IGOUNO", "BFAGOV", "1053")}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BFAGOV");
  out = Last({{Deed("BFAMIL", "BFAGOV", "173")}, {Deed("IGOUNO", "BFAGOV", "051")}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "BFAGOV");
}

TEST(ImplicitTargetsTest, ACrowdInAnArticleOfNoCountryWaitsForItsPlace) {
  // No dateline and no country named: the article coder aims it at the
  // government of its place ("Thousands rallied in Tunis").
  std::vector<code::Event> out = Last({{Open("---CVL", "141", ImplicitTarget::kGovernment)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "");
  // With a dateline, the dateline's country, as before.
  ImplicitTargets targets;
  targets.Clear();
  targets.SetDatelineCountry("KEN");
  out = {Open("---CVL", "141", ImplicitTarget::kGovernment)};
  targets.Resolve(&out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "KENGOV");
}

TEST(ImplicitTargetsTest, NoGovernmentForStatesArmedMenOrOrganisations) {
  EXPECT_TRUE(Last({{Deed("TUNGOV", "TUNOPP", "173")},
                    {Open("TUNMIL", "141", ImplicitTarget::kGovernment)}})
                  .empty());
  EXPECT_TRUE(Last({{Deed("TUNGOV", "TUNOPP", "173")},
                    {Open("---UAF", "141", ImplicitTarget::kGovernment)}})
                  .empty());
  EXPECT_TRUE(Last({{Deed("TUNGOV", "TUNOPP", "173")},
                    {Open("IGOUNO", "141", ImplicitTarget::kGovernment)}})
                  .empty());
}

TEST(ImplicitTargetsTest, AProtestBrokenUpIsDoneToItsPeople) {
  std::vector<code::Event> out = Last({{Open("PERCOP", "175", ImplicitTarget::kProtesters)}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target, "---CVL");
}

class ImplicitTargetsArticleTest : public PipelineTest {
 protected:
  // "SOURCE TARGET CODE" of the events of `text` coded with `code`.
  static std::vector<std::string> Events(std::string_view text, std::string_view code,
                                         const Gazetteer* gazetteer = nullptr) {
    ArticleCoder coder(*dicts_, parser_, gazetteer, code::CoderOptions{}, ArticleOptions{});
    std::vector<std::string> out;
    coder.Code("t", text, 20240610, [&](const CodedSentence& s) {
      for (const code::Event& e : s.result.events) {
        if (e.code == code) out.push_back(e.source + " " + e.target + " " + e.code);
      }
    });
    return out;
  }
};

TEST_F(ImplicitTargetsArticleTest, ResignationAfterDemandsYieldsToTheDemanders) {
  EXPECT_EQ(Events("Peru's opposition demanded the resignation of the interior minister. "
                   "The Peruvian interior minister resigned on Friday.",
                   "0831"),
            std::vector<std::string>{"PERGOV PEROPP 0831"});
  EXPECT_EQ(Events("Thousands of protesters stormed the Georgian parliament on Monday. "
                   "Georgia's prime minister stepped down on Tuesday.",
                   "0831"),
            std::vector<std::string>{"GEOGOV GEOCVL 0831"});
}

TEST_F(ImplicitTargetsArticleTest, ACrowdInTheStreetsProtestsAgainstTheGovernment) {
  // What follows "after" is no party; the article's country is Tunisia's.
  EXPECT_EQ(Events("Tunisian police arrested an opposition leader in Tunis on Monday. "
                   "Protesters took to the streets after the arrest of a lawyer.",
                   "141"),
            std::vector<std::string>{"---CVL TUNGOV 141"});
  EXPECT_EQ(Events("Thousands of Bolivians took to the streets on Monday.", "141"),
            std::vector<std::string>{"BOLCVL BOLGOV 141"});
  EXPECT_EQ(Events("Protesters took to the streets outside the Russian embassy.", "141"),
            std::vector<std::string>{"---CVL RUSGOV 141"});
  // A crowd that celebrates protests nothing; with no country named, no one.
  EXPECT_TRUE(Events("Hundreds of Tunisians poured into the streets to celebrate.", "141").empty());
  EXPECT_TRUE(Events("Protesters took to the streets on Monday.", "141").empty());
}

TEST_F(ImplicitTargetsArticleTest, ACrowdInANamedCityOfNoCountryProtestsAgainstItsGovernment) {
  auto gazetteer = LoadTestGazetteer();
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
  // No dateline and no country named: the country of the city it is in.
  EXPECT_EQ(Events("Thousands rallied in Tunis on Friday demanding jobs.", "141", &*gazetteer),
            std::vector<std::string>{"---CVL TUNGOV 141"});
  // A crowd placed nowhere protests against no one.
  EXPECT_TRUE(Events("Thousands rallied on Friday demanding jobs.", "141", &*gazetteer).empty());
}

TEST_F(ImplicitTargetsArticleTest, ProtestsBrokenUpAreDoneToTheProtesters) {
  EXPECT_EQ(Events("Peruvian riot police broke up the protests with tear gas on Sunday.", "175"),
            std::vector<std::string>{"PERCOP ---CVL 175"});
  // Protesters named by "by" are the target; police of no country do nothing.
  EXPECT_EQ(Events("Peruvian police dispersed the rally by Peruvian students.", "175"),
            std::vector<std::string>{"PERCOP PEREDU 175"});
}

// "Nicaraguan police and soldiers crushed the protests": each party of a
// compound source does the deed whose target is left open, as one alone does.
TEST_F(ImplicitTargetsArticleTest, EachPartyOfACompoundSourceActsOnTheOpenTarget) {
  EXPECT_EQ(Events("Kenyan police and soldiers broke up the protest on Tuesday.", "175"),
            (std::vector<std::string>{"KENCOP ---CVL 175", "KENMIL ---CVL 175"}));
  EXPECT_EQ(Events("Egypt and Qatar called for calm on Sunday.", "0252"),
            (std::vector<std::string>{"EGY EGYCVL 0252", "QAT QATCVL 0252"}));
  // A compound that acts on its own members acts on each other, as before.
  EXPECT_EQ(Events("India and Pakistan agreed to a ceasefire on Saturday.", "0871"),
            (std::vector<std::string>{"IND PAK 0871", "PAK IND 0871"}));
  // One party alone acts as before.
  EXPECT_EQ(Events("Kenyan police broke up the protest on Tuesday.", "175"),
            std::vector<std::string>{"KENCOP ---CVL 175"});
}

// "Kenyan students and workers staged a protest": a crowd of several kinds
// protests against the government they share; of two countries, against no one.
TEST_F(ImplicitTargetsArticleTest, ACompoundCrowdProtestsAgainstTheGovernmentItShares) {
  EXPECT_EQ(Events("Kenyan students and workers staged a protest on Monday.", "141"),
            (std::vector<std::string>{"KENEDU KENGOV 141", "KENLAB KENGOV 141"}));
  EXPECT_TRUE(Events("Kenyan and Ugandan students staged a protest on Monday.", "141").empty());
}

TEST_F(ImplicitTargetsArticleTest, ResignationAfterProtestsItsSentenceNamesYieldsToThePeople) {
  EXPECT_EQ(Events("Chile's interior minister resigned on Friday after weeks of protests.", "0831"),
            std::vector<std::string>{"CHLGOV CHLCVL 0831"});
}

TEST_F(ImplicitTargetsArticleTest, NoCounterpartOrAskedForNoResignation) {
  EXPECT_TRUE(Events("The Peruvian interior minister resigned on Friday.", "0831").empty());
  EXPECT_TRUE(
      Events("Peru's opposition demanded that the interior minister resign.", "0831").empty());
}

TEST_F(ImplicitTargetsArticleTest, RevengeIsVowedToTheAttackers) {
  EXPECT_EQ(Events("Gunmen killed 12 Malian soldiers near Gao on Sunday. "
                   "The Malian army vowed revenge.",
                   "138"),
            std::vector<std::string>{"MLIMIL ---UAF 138"});
}

// "Algeria refused any negotiations": talks refused with no one named are
// refused to whoever attacked or pressed the refuser; a party named after
// "with" is refused as before.
TEST_F(ImplicitTargetsArticleTest, TalksRefusedAreRefusedToTheAttackers) {
  EXPECT_EQ(Events("Gunmen killed 12 Malian soldiers near Gao on Sunday. "
                   "The Malian government refused any negotiations.",
                   "125"),
            std::vector<std::string>{"MLIGOV ---UAF 125"});
  EXPECT_EQ(Events("The Malian government ruled out talks with the Tuareg rebels.", "125"),
            std::vector<std::string>{"MLIGOV MLIREB 125"});
  EXPECT_TRUE(Events("The Malian government refused any negotiations.", "125").empty());
}

TEST_F(ImplicitTargetsArticleTest, AWarningIsGivenToWhoActedAgainstTheSpeaker) {
  EXPECT_EQ(Events("Russia expelled two Moldovan diplomats on Friday. "
                   "Moldova reserved the right to respond.",
                   "130"),
            std::vector<std::string>{"MDA RUS 130"});
  EXPECT_TRUE(Events("Moldova reserved the right to respond.", "130").empty());
}

// "warned that Syria would defend itself with all means": force promised in
// self-defence threatens whoever pressed the warner; with no one, no event.
TEST_F(ImplicitTargetsArticleTest, SelfDefenceIsPromisedToWhoPressedTheWarner) {
  EXPECT_EQ(Events("The United States threatened Syria with military strikes on Monday. "
                   "The Syrian foreign minister warned that Syria would defend itself.",
                   "138"),
            (std::vector<std::string>{"USA SYR 138", "SYRGOV USA 138"}));
  EXPECT_TRUE(
      Events("The Syrian foreign minister warned that Syria would defend itself.", "138").empty());
}

TEST_F(ImplicitTargetsArticleTest, ANamedTargetCodesAsBefore) {
  EXPECT_EQ(Events("Japan apologised to South Korea on Monday.", "055"),
            std::vector<std::string>{"JPN KOR 055"});
  EXPECT_EQ(Events("France called for calm in Mali.", "0252"),
            std::vector<std::string>{"FRA MLI 0252"});
}

TEST_F(ImplicitTargetsArticleTest, AnInternetShutdownFallsOnTheCountrysPeople) {
  EXPECT_EQ(Events("Kenya's government cut mobile internet access on Tuesday.", "1721"),
            std::vector<std::string>{"KENGOV KENCVL 1721"});
  EXPECT_EQ(Events("The Gabonese interior ministry suspended the internet overnight.", "1721"),
            std::vector<std::string>{"GABGOV GABCVL 1721"});
}

TEST_F(ImplicitTargetsArticleTest, CallForCalmIsToTheCallersPeople) {
  EXPECT_EQ(Events("Ecuador's president appealed for calm on Tuesday.", "0252"),
            std::vector<std::string>{"ECUGOV ECUCVL 0252"});
}

// "France ... recalled its ambassador": its own envoy recalled with no
// country named is recalled from whoever pressed the state; representatives
// of a union recalled are no diplomatic step.
TEST_F(ImplicitTargetsArticleTest, AnEnvoyRecalledFromNoNamedCountryIsRecalledFromTheCounterpart) {
  EXPECT_EQ(Events("Mali expelled the French ambassador on Monday. "
                   "France recalled its ambassador.",
                   "161"),
            std::vector<std::string>{"FRA MLI 161"});
  EXPECT_TRUE(Events("Mali expelled the French ambassador on Monday. "
                     "The union recalled its representatives.",
                     "161")
                  .empty());
}

// "Thousands of people protested across the Arab world": "across" or
// "throughout" a place tells where the crowd protests, as "in" does; the
// place is no target, its government is.
TEST_F(ImplicitTargetsArticleTest, ACrowdProtestingAcrossAPlaceProtestsAgainstItsGovernment) {
  EXPECT_EQ(Events("Thousands of Egyptians protested across Egypt on Monday.", "141"),
            std::vector<std::string>{"EGYCVL EGYGOV 141"});
  EXPECT_EQ(Events("Kenyan students protested throughout Nairobi on Monday.", "141"),
            std::vector<std::string>{"KENEDU KENGOV 141"});
  EXPECT_TRUE(Events("Thousands of people protested across Egypt on Monday.", "140").empty());
}

// As --sentences-only codes: the sentence coder alone, no open targets.
TEST_F(ImplicitTargetsArticleTest, TheSentenceCoderAloneLeavesImplicitTargetsOut) {
  code::Coder coder(*dicts_, code::CoderOptions{});
  code::SentenceResult result;
  for (std::string_view text : {"Georgia's prime minister stepped down on Tuesday.",
                                "Ecuador's president appealed for calm on Tuesday.",
                                "Kenya's government cut mobile internet access on Tuesday."}) {
    coder.CodeSentence(parser_->ParseSentence(text).tree, 20240610, &result);
    EXPECT_TRUE(result.events.empty()) << text;
  }
}

// Students, a school, a mosque or a hospital struck by violence, given a
// country only by the article, are civilians of no country; one named with
// its country keeps it, and repression (17), words or a teacher keep the
// sector.
TEST(ImplicitTargetsTest, VictimsAtSchoolsMosquesAndHospitalsAreCivilians) {
  const std::string tally = std::string(Coreference::kArticleCountryAntecedent) + "TZA";
  code::Event school = Deed("---UAF", "TZAEDU", "180");
  school.target_info.text = "a boarding school";
  school.target_info.antecedent = tally;
  code::Event mosque = Deed("---UAF", "---REL", "183");
  mosque.target_info.text = "a mosque";
  code::Event named = Deed("---UAF", "TZAHLH", "190");
  named.target_info.text = "a Tanzanian hospital";
  code::Event gassed = Deed("TZACOP", "TZAEDU", "175");
  gassed.target_info = school.target_info;
  code::Event praised = Deed("TZAGOV", "TZAEDU", "051");
  praised.target_info = school.target_info;
  code::Event teacher = Deed("---UAF", "TZAEDU", "1823");
  teacher.target_info.text = "a teacher";
  teacher.target_info.antecedent = tally;
  std::vector<code::Event> out = Last({{school, mosque, named, gassed, praised, teacher}});
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(out[0].target, "---CVL");
  EXPECT_EQ(out[1].target, "---CVL");
  EXPECT_EQ(out[2].target, "TZAHLH");
  EXPECT_EQ(out[3].target, "TZAEDU");
  EXPECT_EQ(out[4].target, "TZAEDU");
  EXPECT_EQ(out[5].target, "TZAEDU");  // a profession keeps its sector
  // "An explosion at a church killed 9 people": the church did nothing.
  code::Event church = Deed("TZAREL", "---CVL", "183");
  church.source_info.text = "An explosion at a church";
  church.source_info.antecedent = tally;
  out = Last({{church}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "---UAF");
}

}  // namespace
}  // namespace dyad::doc
