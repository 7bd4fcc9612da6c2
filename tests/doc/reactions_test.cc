// Reactions to a deed the article told, worded so that no verb codes them
// (reactions.h), through the article coder with dyad's own dictionaries and
// tagger, on short stories written for this test.
#include "doc/reactions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/doc/article.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

class ReactionsArticleTest : public PipelineTest {
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

TEST_F(ReactionsArticleTest, AFeelingAboutADeedDenouncesItsAuthor) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile said on Tuesday it was \"deeply dismayed\" by the arrests.",
                 "11"),
            std::vector<std::string>{"CHL BOLCOP 111"});
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile's foreign minister said he was alarmed at the arrests.",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
}

TEST_F(ReactionsArticleTest, AFeelingAboutUnnamedAttackersDeedDenouncesThem) {
  EXPECT_EQ(Last("Gunmen killed 30 villagers in Zamfara state on Sunday. "
                 "The United Nations said it was outraged by the killings.",
                 "11"),
            std::vector<std::string>{"IGOUNO ---UAF 111"});
  // A deed of no one the article names is no one's to denounce.
  EXPECT_TRUE(Last("Twelve people died in a fire at a market in Kano on Monday. "
                   "France said it was appalled by the deaths.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, AGoodFeelingPraises) {
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria said it was pleased with the agreement.",
                 "05"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
}

TEST_F(ReactionsArticleTest, ANameGivenToADeedJudgesIt) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile called the arrests \"a grave mistake\".",
                 "11"),
            std::vector<std::string>{"CHL BOLCOP 111"});
  // A name that is no praise criticises; one that is praise praises.
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile's president called the arrests a very sad day for the region.",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria's president called the agreement a historic step.",
                 "05"),
            (std::vector<std::string>{"NGAGOV GHA 051", "NGAGOV TGO 051"}));
}

TEST_F(ReactionsArticleTest, ACondemnationInANameOutweighsItsPraise) {
  // "historic" qualifies the mistake: the name condemns.
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria's president called the agreement \"a historic blunder and a "
                 "mistake\".",
                 "11"),
            (std::vector<std::string>{"NGAGOV GHA 111", "NGAGOV TGO 111"}));
  EXPECT_TRUE(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                   "Nigeria's president called the agreement \"a historic mistake\".",
                   "05")
                  .empty());
  // A victory or a success for someone is praise.
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria's president called the agreement a victory for diplomacy.",
                 "05"),
            (std::vector<std::string>{"NGAGOV GHA 051", "NGAGOV TGO 051"}));
}

TEST_F(ReactionsArticleTest, WelcomingADecisionOrAMovePraisesItsAuthor) {
  // "welcomed the decision" is the verb and its object, not one verb that
  // swallows the deed's phrase.
  EXPECT_EQ(Last("Honduras severed diplomatic ties with Taiwan on Monday. "
                 "Japan welcomed the decision.",
                 "05"),
            std::vector<std::string>{"JPN HND 051"});
  EXPECT_EQ(Last("Honduras severed diplomatic ties with Taiwan on Monday. "
                 "The Chinese foreign ministry welcomed the move on Tuesday.",
                 "05"),
            std::vector<std::string>{"CHNGOV HND 051"});
  EXPECT_TRUE(Last("Japan welcomed the decision.", "05").empty());
}

TEST_F(ReactionsArticleTest, ADeedOnesSideTookPartInIsNotTheOneReactedTo) {
  // Sweden signed the pact: the decision it regrets is Norway's.
  EXPECT_EQ(Last("Norway recalled its ambassador to Denmark on Monday. "
                 "Denmark and Sweden signed a defence pact on Tuesday. "
                 "Sweden regretted the decision.",
                 "11"),
            std::vector<std::string>{"SWE NOR 110"});
  EXPECT_EQ(Last("Norway recalled its ambassador to Denmark on Monday. "
                 "Denmark and Sweden signed a defence pact on Tuesday. "
                 "Finland criticised the decision.",
                 "11"),
            (std::vector<std::string>{"FIN DNK 111", "FIN SWE 111"}));
  // A party to the joint deed is pleased with its own deed: no event.
  EXPECT_TRUE(Last("Denmark and Sweden signed a defence pact on Tuesday. "
                   "Sweden's prime minister said he was pleased with the pact.",
                   "05")
                  .empty());
  EXPECT_EQ(Last("Denmark and Sweden signed a defence pact on Tuesday. "
                 "Finland's prime minister said he was pleased with the pact.",
                 "05"),
            (std::vector<std::string>{"FINGOV DNK 051", "FINGOV SWE 051"}));
}

TEST_F(ReactionsArticleTest, ADeedNamedByWhatItBrought) {
  EXPECT_EQ(Last("Thai Prime Minister Srettha Thavisin declared a state of emergency in Bangkok "
                 "on Monday. A court ordered the release of six activists on Tuesday. "
                 "Japan said it was troubled by the declaration of the emergency.",
                 "11"),
            std::vector<std::string>{"JPN THAGOV 111"});
}

TEST_F(ReactionsArticleTest, AnAccusationWhichTheAccusedDenies) {
  EXPECT_EQ(Last("Kenya accused Uganda of arming the rebels, which Kampala denies.", "01"),
            std::vector<std::string>{"UGAGOV KEN 016"});
  EXPECT_EQ(Last("Kenya accused Uganda of arming the rebels, which Uganda has long denied.", "01"),
            std::vector<std::string>{"UGA KEN 016"});
  // A third party's denial of someone else's accusation: no event.
  EXPECT_TRUE(
      Last("Kenya accused Uganda of arming the rebels, which Tanzania denies.", "01").empty());
}

TEST_F(ReactionsArticleTest, AQuotedAdjectiveInsideTheDeedsPhrase) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile condemned the \"unjustified and brutal\" arrests.",
                 "11"),
            std::vector<std::string>{"CHL BOLCOP 111"});
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria welcomed the \"historic\" agreement on Tuesday.",
                 "05"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
  EXPECT_EQ(Last("Bolivian police accused Chile of arming the protesters on Monday. "
                 "Chile denied the \"absurd\" allegations on Tuesday.",
                 "01"),
            std::vector<std::string>{"CHL BOL 016"});
  // A quotation that is the whole object names no deed of the article.
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                   "Chile condemned the \"climate of fear\" in the region.",
                   "11")
                  .empty());
  // No deed of that kind was told: no event.
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                   "Chile welcomed the \"historic\" agreement on Tuesday.",
                   "05")
                  .empty());
}

TEST_F(ReactionsArticleTest, AJudgementInAReportedClauseJudgesTheDeed) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile's foreign minister said on Tuesday that the arrests were \"a hostile "
                 "act\".",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "The arrests were unjustified, the Chilean foreign ministry said.",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
  // ... in a quote its speaker closes, with a phrase of time or medium after
  // the verb of saying (fixes28b).
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "\"The arrests are unacceptable,\" the Chilean foreign ministry said.",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
  EXPECT_EQ(Last("\"Peru's decision is illegal,\" Chile's foreign minister said on Tuesday.", "11"),
            std::vector<std::string>{"CHLGOV PER 111"});
  EXPECT_EQ(
      Last("\"Peru's decision is illegal,\" Chile's foreign minister said in a statement.", "11"),
      std::vector<std::string>{"CHLGOV PER 111"});
  // A party a quote names the wrongdoer is accused by the quote's speaker.
  EXPECT_EQ(Last("\"Peru was behind the attack,\" the Chilean foreign ministry said.", "11"),
            std::vector<std::string>{"CHLGOV PER 112"});
  EXPECT_EQ(
      Last("\"Peru is responsible for the killings,\" Chile's president said on Monday.", "11"),
      std::vector<std::string>{"CHLGOV PER 112"});
  EXPECT_TRUE(
      Last("\"Peru was not behind the attack,\" the Chilean foreign ministry said.", "11").empty());
  EXPECT_TRUE(Last("\"Peru is responsible for the road,\" the Chilean foreign ministry said.", "11")
                  .empty());
  // Not a quote that judges nothing, nor a negated judgement.
  EXPECT_TRUE(
      Last("\"The weather is unacceptable,\" the Chilean foreign minister said.", "11").empty());
  EXPECT_TRUE(
      Last("\"Peru's decision is not illegal,\" the Chilean foreign minister said.", "11").empty());
}

TEST_F(ReactionsArticleTest, JudgementsOfHasteOrExcessCriticise) {
  EXPECT_EQ(Last("Peruvian police detained 60 striking miners near Arequipa on Friday. "
                 "Bolivia's foreign minister said the detentions were premature.",
                 "11"),
            std::vector<std::string>{"BOLGOV PERCOP 111"});
  EXPECT_EQ(Last("Peruvian police detained 60 striking miners near Arequipa on Friday. "
                 "Bolivia's foreign minister said the detentions were \"hasty\".",
                 "11"),
            std::vector<std::string>{"BOLGOV PERCOP 111"});
  EXPECT_TRUE(Last("Peruvian police detained 60 striking miners near Arequipa on Friday. "
                   "Bolivia's foreign minister said the detentions were not premature.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, UnnamedAttackersAreTheGroupBlamedForTheAttack) {
  EXPECT_EQ(Last("Gunmen attacked a police station in Tumaco on Sunday, killing six officers. "
                 "The Colombian government blamed the ELN for the raid. "
                 "Ecuador's president was outraged by the killings.",
                 "11"),
            std::vector<std::string>{"ECUGOV COLREB 111"});
  // Blame of no named group leaves the attackers unnamed.
  EXPECT_EQ(Last("Gunmen attacked a police station in Tumaco on Sunday, killing six officers. "
                 "Ecuador's president was outraged by the killings.",
                 "11"),
            std::vector<std::string>{"ECUGOV ---UAF 111"});
}

TEST_F(ReactionsArticleTest, AClaimSetOffAfterItsClauseIsTheSpeakers) {
  EXPECT_EQ(Last("Armenia said Azerbaijani troops had shelled three villages near Goris, "
                 "a claim Baku rejected.",
                 "12"),
            std::vector<std::string>{"AZEGOV ARM 120"});
  EXPECT_EQ(Last("Thailand said Cambodian soldiers had laid new mines along the border, "
                 "a charge Phnom Penh has long denied.",
                 "01"),
            std::vector<std::string>{"KHMGOV THA 016"});
  // An adverb of manner stands between the denier and the verb.
  EXPECT_EQ(Last("Armenia said Azerbaijani troops had shelled three villages near Goris, "
                 "a claim Baku angrily rejected.",
                 "12"),
            std::vector<std::string>{"AZEGOV ARM 120"});
  // A deed, not a claim, is not denied; and a sentence that opens with no
  // party names no claimant.
  EXPECT_TRUE(
      Last("Thailand closed two border crossings on Monday, a move Phnom Penh denied.", "01")
          .empty());
}

TEST_F(ReactionsArticleTest, ACallForAReleaseIsMadeToWhoHoldsThem) {
  EXPECT_EQ(Last("Mutinous soldiers detained President Mohamed Bazoum in Niamey on Wednesday. "
                 "Nigeria called for his immediate release.",
                 "02"),
            std::vector<std::string>{"NGA NERMIL 0253"});
  EXPECT_EQ(Last("Gunmen abducted 40 passengers from a bus near Zamfara on Friday. "
                 "Nigeria's president called for the immediate and safe release of the "
                 "passengers.",
                 "02"),
            std::vector<std::string>{"NGAGOV ---UAF 0253"});
  EXPECT_EQ(Last("Belarusian police arrested two Polish journalists in Grodno on Monday. "
                 "Poland demanded their release.",
                 "10"),
            std::vector<std::string>{"POL BLR 1053"});  // the arresting state's
  // No one is held: no one to ask.
  EXPECT_TRUE(Last("Floods hit the north of Nigeria on Friday. "
                   "Chad called for the release of emergency funds.",
                   "02")
                  .empty());
}

TEST_F(ReactionsArticleTest, WhatADeedIsSaidToAmountToJudgesIt) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile's foreign minister said the arrests constituted a serious violation "
                 "of human rights.",
                 "11"),
            std::vector<std::string>{"CHLGOV BOLCOP 111"});
}

TEST_F(ReactionsArticleTest, ADeedNounSetOffAfterItsClauseIsReactedTo) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists on Monday, a move Chile "
                 "called \"deeply troubling\".",
                 "11"),
            std::vector<std::string>{"CHL BOLCOP 111"});
  EXPECT_EQ(Last("Ghana signed a border agreement with Togo on Monday, a step that Nigeria "
                 "welcomed.",
                 "051"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
  // Its own deed is none it reacts to.
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists on Monday, a move Bolivia "
                   "called necessary.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, APassiveReactionToADeedIsTheAgents) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "The arrests were swiftly condemned by Chile.",
                 "11"),
            std::vector<std::string>{"CHL BOLCOP 111"});
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "The agreement has been welcomed by Nigeria.",
                 "05"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
}

TEST_F(ReactionsArticleTest, WhatADeedDrewFromWhom) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "The arrests drew sharp criticism from Peru.",
                 "11"),
            std::vector<std::string>{"PER BOLCOP 111"});
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday, "
                 "drawing condemnation from Peru.",
                 "11"),
            std::vector<std::string>{"PER BOLCOP 111"});
  EXPECT_TRUE(Last("The arrests drew sharp criticism from Peru.", "11").empty());
}

TEST_F(ReactionsArticleTest, ACourtsRulingNoVerbCodedIsRemembered) {
  EXPECT_EQ(Last("Kenya's Supreme Court on Monday threw out the result of the August vote. "
                 "The United States welcomed the ruling.",
                 "05"),
            std::vector<std::string>{"USA KENJUD 051"});
  EXPECT_EQ(Last("Kenya's Supreme Court on Monday threw out the result of the August vote. "
                 "President Ruto called the ruling a judicial coup.",
                 "11"),
            std::vector<std::string>{"KENGOV KENJUD 111"});
  // A past tense the tagger reads as a participle after the day and before
  // a second verb ("nullified/VBN ... and ordered") rules all the same.
  EXPECT_EQ(Last("Kenya's Supreme Court on Monday nullified the result and ordered a fresh vote. "
                 "The United States welcomed the ruling.",
                 "05"),
            std::vector<std::string>{"USA KENJUD 051"});
  // A court that only speaks has ruled nothing.
  EXPECT_TRUE(Last("Kenya's Supreme Court said on Monday it would hear the case. "
                   "The United States welcomed the ruling.",
                   "05")
                  .empty());
}

TEST_F(ReactionsArticleTest, ALawALegislaturePassedIsRemembered) {
  EXPECT_EQ(Last("Georgia's parliament on Tuesday passed a law on foreign agents. "
                 "The European Union condemned the law.",
                 "11"),
            std::vector<std::string>{"IGOEUREEC GEOLEG 111"});
  // A legislature that only debated has enacted nothing.
  EXPECT_TRUE(Last("Georgia's parliament on Tuesday debated a law on foreign agents. "
                   "The European Union condemned the law.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, NoEarlierDeedNoEvent) {
  EXPECT_TRUE(
      Last("Chile said on Tuesday it was \"deeply dismayed\" by the arrests.", "11").empty());
  EXPECT_TRUE(Last("Chile called the arrests \"a grave mistake\".", "11").empty());
  EXPECT_TRUE(Last("Chile's foreign minister said that the move was hostile.", "11").empty());
}

TEST_F(ReactionsArticleTest, NegatedJudgementOrFeelingNoEvent) {
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                   "Chile said the arrests were not unjustified.",
                   "11")
                  .empty());
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                   "Chile said it was not concerned by the arrests.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, NoReactionToOnesOwnDeed) {
  EXPECT_TRUE(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                   "Bolivia's government called the arrests a necessary step.",
                   "11")
                  .empty());
}

TEST_F(ReactionsArticleTest, ANamedTargetCodesAsBefore) {
  EXPECT_EQ(Last("Bolivian police arrested 40 opposition activists in La Paz on Monday. "
                 "Chile condemned Bolivia on Tuesday.",
                 "11"),
            std::vector<std::string>{"CHL BOL 111"});
  // The sentence coder's own "concerned by X" (110), once and not again here.
  EXPECT_EQ(Last("Chile said it was deeply concerned by Bolivia's decision.", "11"),
            std::vector<std::string>{"CHL BOL 110"});
  EXPECT_EQ(Last("Chile said it was shocked by Bolivia.", "11"),
            std::vector<std::string>{"CHL BOL 111"});
  EXPECT_TRUE(Last("Chile said it was worried about Bolivia.", "11").empty());  // where, not who
}

TEST_F(ReactionsArticleTest, NewDeedNounsNameTheDeedsTheyTell) {
  EXPECT_EQ(Last("The U.N. Security Council imposed sanctions on Eritrea on Monday. "
                 "Eritrea's ambassador rejected the resolution.",
                 "12"),
            std::vector<std::string>{"ERIGOV IGOUNO 120"});
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria welcomed the signing.",
                 "05"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
}

// "said he was appalled.", "was \"shocked and outraged\"": horror that names
// nothing it is at denounces the deed of force the article told; not a
// feeling negated, a feeling followed by what caused it, or with no force told.
TEST_F(ReactionsArticleTest, HorrorAloneDenouncesTheDeedOfForce) {
  const std::string told = "Al-Shabab fighters killed 12 soldiers in Lamu county on Monday. ";
  EXPECT_EQ(Last(told + "The Pope said he was appalled.", "11"),
            std::vector<std::string>{"VATGOV SOMINS 111"});
  EXPECT_EQ(Last(told + "The African Union said it was \"shocked and outraged\".", "11"),
            std::vector<std::string>{"IGOAFRAU SOMINS 111"});
  EXPECT_EQ(Last(told + "Guterres said he was horrified and urged calm.", "11"),
            std::vector<std::string>{"IGOUNO SOMINS 111"});
  EXPECT_TRUE(Last(told + "The Pope said he was not appalled.", "11").empty());
  EXPECT_TRUE(Last(told + "Residents were shocked when the fighters arrived.", "11").empty());
  EXPECT_TRUE(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                   "Nigeria said it was shocked.",
                   "11")
                  .empty());
}

// "called it a sign of hope" after an agreement: "it" is the agreement, its
// parties each praised.
TEST_F(ReactionsArticleTest, AnAgreementCalledItNamesEachParty) {
  EXPECT_EQ(Last("Ghana and Togo signed a border agreement in Accra on Monday. "
                 "Nigeria called it a sign of hope.",
                 "05"),
            (std::vector<std::string>{"NGA GHA 051", "NGA TGO 051"}));
}

// "expelled a diplomat in response to what it called Canada's unreasonable
// action": the words after the possessive judge the party's deed; not a
// name that judges nothing, nor one with no party's possessive.
TEST_F(ReactionsArticleTest, WhatItCalledAPartysDeedJudgesIt) {
  EXPECT_EQ(Last("Russia expelled two diplomats in retaliation for what it called Estonia's "
                 "hostile policy.",
                 "11"),
            std::vector<std::string>{"RUS EST 111"});
  EXPECT_TRUE(Last("Russia expelled two diplomats in retaliation for what it called Estonia's "
                   "new policy.",
                   "11")
                  .empty());
  EXPECT_TRUE(Last("The Bolivian president tried to dissolve the legislature on Monday in what "
                   "his critics called an illegal power grab.",
                   "11")
                  .empty());
}

}  // namespace
}  // namespace dyad::doc
