// Tests of coding rules that live in dyad's shipped dictionaries and the
// coder together, on raw sentences written for the test: deeds judged in a
// reported clause ("said Russia's ban was politically motivated"), deeds
// called a good step, denials and pleas, threats and retreats, claims of
// responsibility, a quoted complement before a coordinated verb, clauses
// after a comma that are events of their own (", while ...", ", prompting X
// to ..."), and a titled name coded from its words alone (the speaker after
// a quote).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/text_parser.h"

namespace dyad::code {
namespace {

using Events = std::vector<std::string>;

// A document that told one deed, "the NOUN", by AUTHOR: "the decision" by
// Chad's army, "the attack" by Russia's.
class OneDeedTold : public PhraseResolver {
 public:
  OneDeedTold(std::string_view noun, std::string_view author) : noun_(noun), author_(author) {}
  bool Handles(std::span<const std::string_view>, std::string_view) const override { return false; }
  bool Resolve(std::span<const std::string_view>, int, int, std::span<const Mention>, std::string*,
               std::string*) override {
    return false;
  }
  bool ResolveDeed(std::span<const std::string_view> words, int begin, int end, std::string* code,
                   std::string* antecedent) override {
    if (end - begin != 2 || words[begin + 1] != noun_) return false;
    code->assign(author_);
    antecedent->assign("a deed of ").append(author_);
    return true;
  }

 private:
  std::string_view noun_, author_;
};

// A document in which one word ("he") stands for CODE.
class FixedResolver : public PhraseResolver {
 public:
  FixedResolver(std::string_view word, std::string_view code) : word_(word), code_(code) {}
  bool Handles(std::span<const std::string_view> words, std::string_view) const override {
    return words.size() == 1 && EqualsIgnoreCase(words[0], word_);
  }
  bool Resolve(std::span<const std::string_view> words, int begin, int end,
               std::span<const Mention>, std::string* code, std::string* antecedent) override {
    if (end - begin != 1 || !EqualsIgnoreCase(words[begin], word_)) return false;
    code->assign(code_);
    antecedent->assign(word_);
    return true;
  }

 private:
  std::string_view word_, code_;
};

class NewsRulesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = dict::LoadDyadDictionaries(DYAD_SOURCE_DIR "/data");
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    dicts_ = std::move(loaded).value();
    auto created = parse::TextParser::Create(DYAD_TAGGER_MODEL);
    ASSERT_TRUE(created.ok()) << created.status().message();
    parser_ = std::move(created).value();
  }
  static void TearDownTestSuite() {
    parser_.reset();
    dicts_.reset();
  }

  // "SRC TGT CODE" for each event of the sentence `text`.
  static Events Code(std::string_view text, PhraseResolver* resolver = nullptr) {
    Coder coder(*dicts_, CoderOptions{});
    coder.set_resolver(resolver);
    SentenceResult result;
    coder.CodeSentence(parser_->ParseSentence(text).tree, 20210301, &result);
    Events out;
    for (const Event& e : result.events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  static std::string Phrase(std::vector<std::string_view> words) {
    return CodeNounPhrase(*dicts_, words, 20210301, nullptr);
  }

  static inline std::unique_ptr<dict::Dictionaries> dicts_;
  static inline std::unique_ptr<parse::TextParser> parser_;
};

TEST_F(NewsRulesTest, ReportedNegativeJudgementDenouncesTheDeedsOwner) {
  EXPECT_EQ(Code("Canada said China's ban on canola imports was politically motivated."),
            (Events{"CAN CHN 111"}));
  EXPECT_EQ(Code("The Polish president said the Russian response had been inadequate."),
            (Events{"POLGOV RUS 111"}));
  EXPECT_EQ(Code("Ireland stated in a letter that the British plan was a violation of "
                 "international law."),
            (Events{"IRL GBR 111"}));
  EXPECT_EQ(Code("Chile insisted that the Bolivian measures were arbitrary."),
            (Events{"CHL BOL 111"}));
}

// "Villagers opposed to the dam clashed ...": a participle and its phrase on
// the subject leave the sentence's verb to the next past form.
TEST_F(NewsRulesTest, AParticipleOnTheSubjectLeavesItTheSentencesVerb) {
  EXPECT_EQ(Code("Villagers opposed to the dam clashed with Ethiopian police."),
            (Events{"---CVL ETHCOP 145"}));
  EXPECT_EQ(Code("Farmers opposed to the law marched on the Indian parliament."),
            (Events{"---AGR INDLEG 141"}));
  EXPECT_EQ(Code("Traders angered by the new tax attacked Nigerian police."),
            (Events{"---BUS NGACOP 190"}));
  EXPECT_EQ(Code("Dissidents detained in Minsk accused Belarusian guards of abuse."),
            (Events{"---OPP BLR 1122"}));
  EXPECT_EQ(Code("Pirates disguised as fishermen attacked a Somali coastguard vessel."),
            (Events{"---CRM SOM 190"}));
  // The participle's own phrase tells no deed.
  EXPECT_EQ(Code("Students opposed to the French reform gathered in the square."), (Events{}));
}

// "welcomed the truce which Armenia declared": an uncoded object described
// by an object relative clause is its subject's deed; a content clause with
// a copula ("claims that X was behind it") lacks no object and names none.
TEST_F(NewsRulesTest, AnObjectRelativeClausesSubjectIsTheDeedsAuthor) {
  EXPECT_EQ(Code("France welcomed the truce which Armenia declared on Monday."),
            (Events{"FRA ARM 051"}));
  EXPECT_EQ(Code("Peru rejected claims that Chile was behind the attack."), (Events{}));
}

TEST_F(NewsRulesTest, AClauseBeforeARelativePronounKeepsItsAntecedent) {
  // The comma clause holding the antecedent of "which" stays: the accuser is
  // named there, never an empty code.
  const Events events = Code(
      "The army shelled villages near the border, prompting protests from Ankara, which accused "
      "Baghdad of targeting civilians.");
  EXPECT_NE(std::find(events.begin(), events.end(), "TURGOV IRQGOV 1123"), events.end());
  for (const std::string& e : events) EXPECT_FALSE(e.starts_with(" ")) << e;
  // An aside between commas with no relative pronoun after it still goes.
  EXPECT_EQ(Code("Kenya, a close ally of Britain, expelled the Ugandan ambassador."),
            (Events{"KEN UGAGOV 174"}));
  EXPECT_EQ(Code("The army shelled villages, prompting protests from Ankara, and later withdrew."),
            (Events{}));
}

TEST_F(NewsRulesTest, AClauseAddedAfterAnAttributionKeepsItsDeed) {
  EXPECT_EQ(Code("The talks were useful, the minister said, adding that Japan had summoned the "
                 "Chinese ambassador."),
            (Events{"JPN CHNGOV 114"}));
  EXPECT_EQ(Code("The ministry called the report false, noting that Kenya had expelled two Ugandan "
                 "diplomats."),
            (Events{"KEN UGAGOV 174"}));
  EXPECT_EQ(
      Code("The talks were useful, the minister said, adding that more meetings were planned."),
      (Events{}));
}

// "said on Monday, in a statement, that ...": the aside between the commas
// goes, the clause "that" resumes after them is the one reported.
TEST_F(NewsRulesTest, ThatAfterAnAsideResumesTheReportedClause) {
  EXPECT_EQ(Code("Kenya said on Friday, in a statement read on state television, that it had "
                 "expelled the Ugandan ambassador."),
            (Events{"KEN UGAGOV 174"}));
  EXPECT_EQ(Code("Peru announced on Sunday, after a cabinet meeting in Lima, that it was "
                 "recalling its ambassador from Chile."),
            (Events{"PER CHL 161"}));
  // With no subject and finite verb after it, the segment is no clause.
  EXPECT_EQ(Code("Kenya said on Friday, in a statement read on state television, that all was "
                 "calm."),
            (Events{}));
}

// "Iran, the main backer of the Houthi rebels in Yemen and of Hezbollah in
// Lebanon, threatened ...": a long apposition with no clause of its own
// between the subject and its verb goes, and the subject acts.
TEST_F(NewsRulesTest, ALongAppositionIsAnAsideOfTheSubject) {
  EXPECT_EQ(Code("Kenya, the largest contributor of troops to the African Union mission and a "
                 "close ally of Ethiopia, accused Uganda of smuggling arms."),
            (Events{"KEN UGA 1121"}));
  // ... and a long attribution.
  EXPECT_EQ(Code("Ugandan troops, the Kenyan army said in a statement posted on its website on "
                 "Monday, attacked a Kenyan border post."),
            (Events{"UGAMIL KEN 190"}));
  // ... also after an aside of adverbs.
  EXPECT_EQ(
      Code("Kenya, meanwhile, in a letter handed to the Ugandan envoy at the foreign ministry "
           "in Nairobi on Friday, accused Uganda of arming the rebels."),
      (Events{"KEN UGA 1123"}));
  // Not when the subject is more than one phrase, nor after the verb.
  EXPECT_EQ(Code("Kenya expelled the Ugandan ambassador, a diplomat who had served in Nairobi "
                 "for a decade, on Monday."),
            (Events{"KEN UGAGOV 174"}));
}

// "Japan, in a protest lodged through diplomatic channels on Tuesday,
// accused ...": a phrase a preposition opens between the subject and its verb
// goes however long, and the subject acts.
TEST_F(NewsRulesTest, ALongPrepositionalAsideOfTheSubjectGoes) {
  EXPECT_EQ(Code("Kenya, in a letter handed to the Ugandan envoy at the foreign ministry in "
                 "Nairobi on Friday, accused Uganda of arming the rebels."),
            (Events{"KEN UGA 1123"}));
  EXPECT_EQ(Code("Peru, after an emergency session of the national security council chaired by "
                 "the president, expelled the Bolivian ambassador."),
            (Events{"PER BOLGOV 174"}));
  EXPECT_EQ(Code("Peru, in a letter which the foreign ministry sent to the Bolivian embassy on "
                 "Friday night, accused Bolivia of arming the rebels."),
            (Events{"PER BOL 1123"}));
  // Not an aside with a clause of its own: its deed stays.
  const Events events = Code(
      "Peru, after Bolivian troops attacked a Peruvian border post near the lake on Friday night, "
      "expelled the Bolivian ambassador.");
  EXPECT_NE(std::find(events.begin(), events.end(), "BOLMIL PER 190"), events.end());
}

TEST_F(NewsRulesTest, ReportedWrongdoingAccuses) {
  EXPECT_EQ(Code("Ukraine said Russia was behind the cyber attack."), (Events{"UKR RUS 112"}));
  EXPECT_EQ(Code("The Dutch prosecutor said the Iranian state was culpable."),
            (Events{"NLDJUD IRN 112"}));
  EXPECT_EQ(Code("Somalia said Ethiopia was responsible for the killings."),
            (Events{"SOM ETH 112"}));
}

TEST_F(NewsRulesTest, ReportedApprovalPraises) {
  EXPECT_EQ(Code("Japan said the South Korean decision was a step in the right direction."),
            (Events{"JPN KOR 051"}));
  EXPECT_EQ(Code("The Greek prime minister called the Turkish offer a positive step."),
            (Events{"GRCGOV TUR 051"}));
  EXPECT_EQ(Code("Egypt described the Israeli withdrawal as a welcome move."),
            (Events{"EGY ISR 051"}));
}

TEST_F(NewsRulesTest, DeniedPossibleOrAskedJudgementsAreNoEvents) {
  EXPECT_EQ(Code("Chile insisted that the Bolivian measures were not arbitrary."), Events{});
  EXPECT_EQ(Code("Britain said the Irish decision was not unlawful."), Events{});
  EXPECT_EQ(Code("Canada said China's ban would be politically motivated."), Events{});
  EXPECT_EQ(Code("Did Canada say China's ban was politically motivated?"), Events{});
  EXPECT_EQ(Code("Canada did not say China's ban was politically motivated."), Events{});
  EXPECT_EQ(Code("Ukraine said the weather was unacceptable."), Events{});
  EXPECT_EQ(Code("Japan called the talks with China constructive."), Events{});
}

TEST_F(NewsRulesTest, IndirectQuestionsAreNoEvents) {
  EXPECT_EQ(Code("Mr Lukashenko did not say when Belarusian troops would leave Polish territory."),
            Events{});
  EXPECT_EQ(Code("The ministry would not disclose where Syrian forces had attacked Turkey."),
            Events{});
  EXPECT_EQ(Code("It was unclear how Ethiopian troops would leave Eritrea."), Events{});
  // "said when asked" has no subject between the wh-word and the verb.
  EXPECT_EQ(Code("Belarusian troops attacked Poland, the minister said when asked."),
            (Events{"BLRMIL POL 190"}));
}

TEST_F(NewsRulesTest, DenialsOfADeedAndPleasOfInnocence) {
  EXPECT_EQ(Code("Vietnam denied using force against the Chinese navy."),
            (Events{"VNM CHNMIL 016"}));
  EXPECT_EQ(Code("Armenia denied firing on Azerbaijani positions."), (Events{"ARM AZE 016"}));
  EXPECT_EQ(Code("The Zambian opposition leader pleaded not guilty to charges brought by the "
                 "Zambian government."),
            (Events{"ZMBOPP ZMBGOV 016"}));
  EXPECT_EQ(Code("The Zambian opposition leader pleaded with the Zambian government."),
            (Events{"ZMBOPP ZMBGOV 020"}));
  // A charge denied that names its accuser answers it; one that names no one
  // is left to the article (no event for a sentence alone).
  EXPECT_EQ(Code("Nepal rejected the accusations made by the Indian government."),
            (Events{"NPL INDGOV 016"}));
  EXPECT_EQ(Code("Nepal rejected the accusations as baseless."), (Events{}));
  EXPECT_EQ(Code("Nepal denied any wrongdoing."), (Events{}));
}

TEST_F(NewsRulesTest, QuotedComplementDoesNotCutOffTheNextVerb) {
  EXPECT_EQ(Code("The Austrian chancellor called the Hungarian envoy \"crazy\" and criticized "
                 "Serbia."),
            (Events{"AUTGOV HUNGOV 111", "AUTGOV SRB 111"}));
  EXPECT_EQ(Code("The Danish prime minister called the Russian remarks \"absurd\" and said "
                 "Russia's conduct was unacceptable."),
            (Events{"DNKGOV RUS 111"}));
}

TEST_F(NewsRulesTest, ThreatsOfAPriceAndRetreatsOfArmedGroups) {
  EXPECT_EQ(Code("The Russian foreign ministry warned that Finland would pay the price."),
            (Events{"RUSGOV FIN 130"}));
  EXPECT_EQ(Code("Iran warned that Israel will pay a heavy price."), (Events{"IRN ISR 130"}));
  EXPECT_EQ(Code("The Russian foreign ministry warned that prices would rise."), Events{});
  EXPECT_EQ(Code("Ethiopian rebels withdrew from Eritrea."), (Events{"ETHREB ERI 0874"}));
  EXPECT_EQ(Code("Mali withdrew from ECOWAS."), (Events{"MLI IGOWAFWAS 160"}));
}

TEST_F(NewsRulesTest, ClauseAfterACommaWithItsOwnSubjectIsCoded) {
  EXPECT_EQ(Code("Peruvian police fired tear gas at protesters, while Chilean troops attacked "
                 "rebels in Bolivia."),
            (Events{"PERCOP ---CVL 175", "CHLMIL ---REB 190"}));
  EXPECT_EQ(Code("Nigerian police arrested the opposition leader, after Nigerien troops attacked "
                 "Nigerian protesters."),
            (Events{"NGACOP NGAOPP 173", "NERMIL NGACVL 190"}));
  EXPECT_EQ(Code("Sudanese troops shelled the border town, prompting Egypt to condemn Sudan."),
            (Events{"EGY SDN 111"}));
  // Without a subject of its own the clause stays out: its parties are not the sentence's.
  EXPECT_EQ(Code("Peruvian police fired tear gas at protesters, while guarding the Chilean "
                 "embassy."),
            (Events{"PERCOP ---CVL 175"}));
}

TEST_F(NewsRulesTest, CoordinatedInfinitivesShareTheSubject) {
  EXPECT_EQ(Code("Sweden went on to criticize Hungary and to praise Finland."),
            (Events{"SWE HUN 111", "SWE FIN 051"}));
  // Not the first infinitive's object: "two Chinese diplomats" do not close the consulate.
  // (A decision taken is the deed: 174, not the intent code.)
  EXPECT_EQ(Code("Japan decided to expel two Chinese diplomats and to close the Chinese "
                 "consulate."),
            (Events{"JPN CHNGOV 174", "JPN CHNGOV 161"}));
}

TEST_F(NewsRulesTest, WarningOfAResponseToADeedThreatensItsAuthor) {
  EXPECT_EQ(Code("The Greek prime minister warned that Greece would respond if Turkey sent "
                 "warships."),
            (Events{"GRCGOV TUR 130"}));
  EXPECT_EQ(Code("The Indian army chief warned that if Pakistan attacked again, India would "
                 "retaliate."),
            (Events{"INDMIL PAK 130"}));
  EXPECT_EQ(Code("The World Bank warned that growth would slow if Egypt raised taxes."), Events{});
  EXPECT_EQ(Code("The Indian army chief said India would respond if Pakistan attacked."), Events{});
}

TEST_F(NewsRulesTest, ADefendedDeedTargetsItsAuthor) {
  OneDeedTold decision("decision", "TCDMIL");
  EXPECT_EQ(Code("The Chadian president defended the decision.", &decision),
            (Events{"TCDGOV TCDMIL 052"}));
  EXPECT_EQ(Code("The Sudanese foreign minister condemned the decision.", &decision),
            (Events{"SDNGOV TCDMIL 111"}));
}

TEST_F(NewsRulesTest, AnAppealAfterASubordinatorIsAClause) {
  EXPECT_EQ(Code("The Peruvian prime minister resigned after the Peruvian army chief called on the "
                 "Peruvian president to step down."),
            (Events{"PERMIL PERGOV 0241"}));
}

TEST_F(NewsRulesTest, AnArmedGroupSayingItDidViolenceClaimsIt) {
  EXPECT_EQ(Code("Colombian rebels said they had kidnapped two Colombian soldiers."),
            (Events{"COLREB COLMIL 181", "COLREB COLMIL 015"}));
  EXPECT_EQ(Code("Somali rebels claimed they had bombed a Somali army base."),
            (Events{"SOMREB SOMMIL 195", "SOMREB SOMMIL 015"}));
  // A state's forces reporting an operation, a threat, another's deed, a denial: no claim.
  EXPECT_EQ(Code("The Nigerian army said it killed 10 Nigerian rebels."),
            (Events{"NGAMIL NGAREB 190"}));
  EXPECT_EQ(Code("Colombian rebels said they would kidnap Colombian soldiers."),
            (Events{"COLREB COLMIL 1383"}));
  EXPECT_EQ(Code("Colombian rebels said Colombian soldiers had attacked Colombian farmers."),
            (Events{"COLMIL COLAGR 190"}));
  EXPECT_EQ(Code("Colombian rebels denied that they had kidnapped two Colombian soldiers."),
            Events{});
}

TEST_F(NewsRulesTest, AQuotedNounOfAMultiWordVerbStillMakesTheVerb) {
  EXPECT_EQ(Code("The Peruvian government declared a \"state of emergency\" in Peru."),
            (Events{"PERGOV PERCVL 1724"}));
  EXPECT_EQ(Code("The Ecuadorian president declared a 60-day \"state of siege\" in Ecuador."),
            (Events{"ECUGOV ECUCVL 1724"}));
}

TEST_F(NewsRulesTest, ATimedParticipleAfterACommaIsTheSubjectsDeed) {
  // ", two days after declaring martial law": the subject's deed, as without
  // the comma; also between commas.
  EXPECT_EQ(Code("The Thai army seized power on Thursday, two days after declaring martial law."),
            (Events{"THAMIL THACVL 1724"}));
  EXPECT_EQ(Code("Honduras opened an embassy in Beijing, hours after cutting its ties with Taiwan, "
                 "officials said."),
            (Events{"HND TWN 161"}));
  // ... not a passive participle: the subject suffered it.
  EXPECT_EQ(Code("Kenya praised Ethiopia on Monday, days after being attacked by Somali rebels."),
            (Events{"KEN ETH 051"}));
}

TEST_F(NewsRulesTest, ChantingAgainstAfterACommaIsTheCrowdsProtest) {
  // ", chanting against Saudi Arabia": the marchers protest against it too.
  std::vector<std::string> events = Code(
      "Thousands of Yemeni protesters marched in Sanaa on Sunday, chanting against Saudi "
      "Arabia.");
  EXPECT_NE(std::find(events.begin(), events.end(), "YEMCVL SAU 141"), events.end());
  // ... chanting what is no one's names no party.
  events = Code("Thousands of Yemeni protesters marched in Sanaa on Sunday, chanting prayers.");
  EXPECT_EQ(std::find(events.begin(), events.end(), "YEMCVL SAU 141"), events.end());
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(NewsRulesTest, TheAtOfAtLeastIsNoPlaceAPatternNames) {
  // "at least 25 people" is a number, not whom a march is at ("* at TARGET").
  EXPECT_EQ(Code("Thousands of Kenyans marched in Nairobi on Monday to demand justice for at least "
                 "25 people killed in protests over the tax bill."),
            (Events{"KENCVL KENGOV 1413"}));
  EXPECT_EQ(Code("Protesters gathered at the Kenyan parliament."), (Events{"---CVL KENLEG 141"}));
}

TEST_F(NewsRulesTest, AStateOfEmergencyFallsOnNoOneItsCircumstancesName) {
  // The pattern's uncoded target ("in a standoff", "on Monday") does not lead
  // on to a party of the circumstances: the emergency falls on the people.
  EXPECT_EQ(Code("The Peruvian president declared a state of emergency in a standoff with the "
                 "Peruvian congress."),
            (Events{"PERGOV PERCVL 1724"}));
  EXPECT_EQ(Code("The Bolivian government declared martial law on Monday, after a Bolivian gang "
                 "leader, Juan Perez, escaped from prison."),
            (Events{"BOLGOV BOLCVL 1724"}));
  EXPECT_EQ(Code("Kenyan authorities imposed a curfew in a dispute with Kenyan unions."),
            (Events{"KENGOV KENCVL 1723"}));
  // A coded target still binds.
  EXPECT_EQ(Code("The Haitian government declared a state of emergency against Haitian gangs."),
            (Events{"HTIGOV HTICRM 1724"}));
  EXPECT_EQ(Code("Israel imposed a curfew on Palestinian villagers."), (Events{"ISR PSECVL 1723"}));
}

TEST_F(NewsRulesTest, AParticipleAfterAConjunctionOfTimeIsTheSubjectsDeed) {
  EXPECT_EQ(Code("The French president praised the Kenyan army after visiting Somalia."),
            (Events{"FRAGOV KENMIL 051", "FRAGOV SOM 042"}));
  EXPECT_EQ(Code("The French president criticized Russia before meeting the Chinese foreign "
                 "minister."),
            (Events{"FRAGOV RUS 111", "FRAGOV CHNGOV 040"}));
  // A participle that names no party of its own takes none from the clause.
  EXPECT_EQ(Code("Sudanese rebels attacked Chadian troops after seizing the town."),
            (Events{"SDNREB TCDMIL 190"}));
}

TEST_F(NewsRulesTest, AnInfinitiveAfterAParentheticalGoesOnWithTheVerb) {
  EXPECT_EQ(Code("Latvia ordered three Russian diplomats, including the Russian consul, to leave "
                 "the country."),
            (Events{"LVA RUSGOV 174"}));
  EXPECT_EQ(Code("Estonia ordered two Russian diplomats, among them the Russian consul, to leave "
                 "the country."),
            (Events{"EST RUSGOV 174"}));
  // Still what the subject wants another to do: no deed of the other.
  EXPECT_EQ(Code("The Turkish foreign ministry said it did not want the Dutch ambassador, who is "
                 "on leave, to return to Turkey."),
            Events{});
}

TEST_F(NewsRulesTest, TitledNameCodesFromItsWordsAlone) {
  // As the speaker after a quote is coded: words, no tags.
  EXPECT_EQ(Phrase({"Greek", "Defence", "Minister", "Maria", "Long"}), "GRCGOV");
  EXPECT_EQ(Phrase({"Kenyan", "Interior", "Minister", "Grace", "Power"}), "KENGOV");
  // A lower-case word after the title is no name: the title modifies it.
  EXPECT_EQ(Phrase({"Kenyan", "Interior", "Minister", "Grace", "power"}), "KEN");
}

TEST_F(NewsRulesTest, MembersAndCraftOfABodyAreThatBody) {
  EXPECT_EQ(Phrase({"Chinese", "coast", "guard", "personnel"}), "CHNMIL");
  EXPECT_EQ(Phrase({"two", "Vietnamese", "navy", "inflatable", "boats"}), "VNMMIL");
  EXPECT_EQ(Phrase({"Indian", "army", "personnel"}), "INDMIL");
  // A body that modifies what is no member of it stays a modifier.
  EXPECT_EQ(Phrase({"Indian", "army", "spending"}), "IND");
  EXPECT_EQ(Phrase({"Vietnamese", "supply", "boats"}), "VNM");
}

TEST_F(NewsRulesTest, APredicateAfterCommaAndIsTheSentenceSubjects) {
  // Not the subject of the clause the sentence reports.
  EXPECT_EQ(Code("The Armenian foreign ministry said Azerbaijani troops had shelled an Armenian "
                 "village, wounding two farmers, and blamed Azerbaijan for the escalation."),
            (Events{"AZEMIL ARM 194", "ARMGOV AZE 112"}));
  EXPECT_EQ(Code("The Sudanese government said Chadian rebels had crossed the border, and "
                 "accused Chad of lying."),
            (Events{"SDNGOV TCD 112"}));
  // ... read as a past tense after a copula ("were local men, and denied
  // that"), and after a clause the parser sets apart from an opening "But".
  EXPECT_EQ(Code("The Tajik government said the attackers were local men, and denied that "
                 "Kyrgyzstan had any role."),
            (Events{"TJKGOV KGZ 016"}));
  EXPECT_EQ(Code("But the Tajik government said the attackers were local militants, and denied "
                 "that Kyrgyzstan had any role."),
            (Events{"TJKGOV KGZ 016"}));
  // A passive joined after the comma keeps its participle: no event.
  EXPECT_EQ(Code("The Tajik government said the suspect was arrested on Monday, and charged with "
                 "murder."),
            (Events{}));
  // A predicate of the reported clause itself keeps that clause's subject.
  EXPECT_EQ(Code("The Armenian government said Azerbaijani troops had shelled an Armenian "
                 "village and attacked Armenian soldiers."),
            (Events{"AZEMIL ARM 194", "AZEMIL ARMMIL 190"}));
}

TEST_F(NewsRulesTest, AnAgentlessPassiveBeforeATrailingReportIsSuffered) {
  // The parser leaves ", the consulate there said" inside the passive's
  // phrase; it is no clause the subject is said to do.
  EXPECT_EQ(Code("A Japanese national was attacked on a street in Shanghai, the Japanese "
                 "consulate there said."),
            (Events{"---UAF JPN 190"}));
}

TEST_F(NewsRulesTest, AVerbOfSayingAfterAReportedClauseIsTheReporters) {
  EXPECT_EQ(Code("The Venezuelan government denied that Venezuelan troops had crossed the border "
                 "and accused Colombia of lying."),
            (Events{"VENGOV COL 112"}));
  EXPECT_EQ(Code("The Chadian army says its soldiers are guarding the camps and has rejected "
                 "the Sudanese accusations."),
            (Events{"TCDMIL SDN 016"}));
  // A deed coordinated inside the denied clause is still denied: only the
  // denial (016) is coded, to the party the clause names.
  EXPECT_EQ(Code("The Venezuelan government denied that Venezuelan troops had crossed the border "
                 "and seized a Colombian post."),
            (Events{"VENGOV COL 016"}));
}

TEST_F(NewsRulesTest, ATollWithoutAnAttackIsNoEvent) {
  EXPECT_EQ(Code("At least 40 Kenyan civilians were wounded in the unrest."), Events{});
  EXPECT_EQ(Code("More than 20,000 Sudanese civilians have been displaced since March."), Events{});
  EXPECT_EQ(Code("Six Peruvian farmers were killed in clashes near the border."), Events{});
  // A deed that names how it was done still has an unseen author.
  EXPECT_EQ(Code("A Kenyan judge was shot dead outside his home."), (Events{"---UAF KENJUD 1823"}));
}

TEST_F(NewsRulesTest, ABombThatGoesOffIsAnUnnamedAttackersBombing) {
  EXPECT_EQ(Code("A bomb exploded outside a Turkish police station, killing two officers."),
            (Events{"---UAF TURCOP 183"}));
  EXPECT_EQ(Code("A car bomb went off near Somali soldiers in Mogadishu."),
            (Events{"---UAF SOMMIL 1832"}));
  EXPECT_EQ(Code("A roadside bomb exploded near a convoy of Nigerien troops."),
            (Events{"---UAF NERMIL 1833"}));
  // What else explodes is no bombing.
  EXPECT_EQ(Code("A gas tank exploded near a Turkish police station."), Events{});
}

TEST_F(NewsRulesTest, AnAttacksPlaceAfterItsNounNamesNoAttacker) {
  EXPECT_EQ(Code("A suicide bombing in Kabul killed 40 Afghan soldiers."),
            (Events{"---UAF AFGMIL 1831"}));
  EXPECT_EQ(Code("A suicide bombing in Afghanistan killed 40 Afghan soldiers."),
            (Events{"---UAF AFGMIL 1831"}));
  EXPECT_EQ(Code("A bomb blast at a bus station on the edge of Abuja killed 71 people."),
            (Events{"---UAF ---CVL 195"}));
  // Words before the place that name who struck still do.
  EXPECT_EQ(Code("A U.S. drone strike in Kabul killed 10 Afghan civilians."),
            (Events{"USAMIL AFGCVL 1952"}));
}

TEST_F(NewsRulesTest, AnEmergencyOnTheSourcesOwnGroundFallsOnItsPeople) {
  EXPECT_EQ(Code("The Philippine president declared martial law across the island of Mindanao."),
            (Events{"PHLGOV PHLCVL 1724"}));
  EXPECT_EQ(Code("The Nigerian government imposed a curfew on Nigeria."),
            (Events{"NGAGOV NGACVL 1723"}));
  EXPECT_EQ(Code("The Pakistani government suspended mobile internet services across Pakistan."),
            (Events{"PAKGOV PAKCVL 1721"}));
  // Another country named is the one it is aimed at.
  EXPECT_EQ(Code("Ukraine imposed martial law against Russia."), (Events{"UKR RUS 1724"}));
}

TEST_F(NewsRulesTest, TwoPartiesWhoDiscussSomethingConsultEachOther) {
  EXPECT_EQ(Code("The Armenian and Azerbaijani foreign ministers discussed the border dispute."),
            (Events{"ARMGOV AZEGOV 040", "AZEGOV ARMGOV 040"}));
  // One party alone discussing a topic consults no one.
  EXPECT_EQ(Code("The Armenian foreign minister discussed the border dispute."), Events{});
  EXPECT_EQ(Phrase({"Colombian", "rebel", "negotiators"}), "COLREB");
}

// "hunted the gunmen who stormed the hotel and killed 19 people": a
// restrictive relative's pronoun is the subject of every predicate its clause
// coordinates, not of the first alone.
TEST_F(NewsRulesTest, ARelativePronounIsTheSubjectOfItsCoordinatedPredicates) {
  EXPECT_EQ(Code("Police hunted the gunmen who stormed the hotel and killed 19 people."),
            (Events{"---UAF ---CVL 1823"}));
  EXPECT_EQ(Code("Kenya praised the rebels who attacked French troops and killed Malian soldiers."),
            (Events{"KEN ---REB 051", "---REB FRAMIL 190", "---REB MLIMIL 190"}));
  // One predicate after the pronoun keeps its antecedent as before.
  EXPECT_EQ(Code("Police hunted the gunmen who took 170 guests hostage."),
            (Events{"---UAF ---CVL 181"}));
}

// "Kenyan troops, joined by Ugandan soldiers, attacked ...": whoever joins
// the subject in an aside does what it does, as "along with" says.
TEST_F(NewsRulesTest, APartyJoinedByAnotherActsWithIt) {
  EXPECT_EQ(Code("Kenyan troops, joined by Ugandan soldiers, attacked Somali rebels."),
            (Events{"KENMIL SOMREB 190", "UGAMIL SOMREB 190"}));
  // A party that backs the subject does not act with it.
  EXPECT_EQ(Code("Kenyan troops, backed by Ugandan soldiers, attacked Somali rebels."),
            (Events{"KENMIL SOMREB 190"}));
}

TEST_F(NewsRulesTest, ARelativeClauseAfterANameTellsThatNamesDeed) {
  EXPECT_EQ(Code("The Chinese executive was arrested in Canada at the request of the United "
                 "States, which accuses Huawei of misleading banks."),
            (Events{"USA CHNBUS 112"}));
  EXPECT_EQ(Code("Greek police detained two Turkish soldiers near the border with Turkey, which "
                 "accused Greece of kidnapping."),
            (Events{"GRCCOP TURMIL 173", "TUR GRC 1121"}));
  // A clause about a thing, or one that tells what the phrase caused, is left out.
  EXPECT_EQ(Code("Turkish intelligence coordinated the exchange, which involved 26 prisoners."),
            Events{});
  EXPECT_EQ(Code("Kenyan police fired tear gas at protesters in Nairobi, which left 30 people "
                 "injured."),
            (Events{"KENCOP ---CVL 175"}));
}

// "the Saudi-led coalition, which bombed ...": the noun of a body that acts
// is a party as a name is; its relative clause tells that body's deed.
// "The U.S. ambassador criticised the police": an ambassador, an embassy or
// the State Department serves abroad, so a state body it acts on is not its
// country's; a country's other officials are at home ("Kenya's interior
// minister said police had arrested 30 people").
TEST_F(NewsRulesTest, ADiplomatDoesNotLendItsCountryToTheBodiesItActsOn) {
  EXPECT_EQ(Code("The British High Commissioner called on the army to protect civilians."),
            (Events{"GBRGOV ---MIL 0243"}));
  EXPECT_EQ(Code("Kenya's interior minister said police had arrested 30 people."),
            (Events{"KENCOP ---CVL 173"}));
}

TEST_F(NewsRulesTest, ARelativeClauseAfterABodysNounTellsItsDeed) {
  EXPECT_EQ(Code("Amnesty International criticised the Kenyan police, which fired tear gas at "
                 "protesters."),
            (Events{"NGOHRI KENCOP 111", "KENCOP ---CVL 175"}));
  EXPECT_EQ(Code("The rebels blamed the Saudi-led coalition, which bombed a school in Saada."),
            (Events{"---REB SAUMIL 112", "SAUMIL ---EDU 195"}));
  // A state, not a deed: no event of its own.
  EXPECT_EQ(Code("Washington condemned the Venezuelan government, which was elected in a "
                 "disputed vote."),
            (Events{"USAGOV VENGOV 111"}));
}

TEST_F(NewsRulesTest, ADeedCoordinatedAfterCasualtiesIsCodedWithoutThem) {
  // ", killing ... and taking ... hostages": the casualties count, the
  // hostages are a deed of the clause's subject.
  const Events events = Code(
      "Gunmen stormed a village in Nigeria on Sunday, killing 12 people and taking 30 "
      "hostages.");
  EXPECT_EQ(std::count_if(events.begin(), events.end(),
                          [](const std::string& e) { return e.ends_with(" 181"); }),
            1)
      << ::testing::PrintToString(events);
  // Casualties alone, or two of them, add no event: the dead are whom the
  // attack on the village hit.
  EXPECT_EQ(Code("Gunmen stormed a village in Nigeria on Sunday, killing 12 people and wounding "
                 "30."),
            (Events{"---UAF ---CVL 180"}));
  EXPECT_EQ(Code("Gunmen stormed a village in Nigeria on Sunday."), (Events{"---UAF NGA 180"}));
}

TEST_F(NewsRulesTest, TheCommasOfADateInsideAClauseDelimitNoClause) {
  // The reported clause after "said on Tuesday, March 2, 2021," is no aside.
  EXPECT_EQ(Code("Kenya said on Tuesday, March 2, 2021, that Kenyan police had arrested two Somali "
                 "diplomats."),
            (Events{"KENCOP SOMGOV 173"}));
  EXPECT_EQ(Code("On Tuesday, March 2, 2021, Kenyan police arrested two Somali diplomats."),
            (Events{"KENCOP SOMGOV 173"}));
  // An aside between commas still goes.
  EXPECT_EQ(Code("Kenya, a neighbour of Somalia, expelled two Somali diplomats."),
            (Events{"KEN SOMGOV 174"}));
}

TEST_F(NewsRulesTest, AParticipleAsideAfterASubjectTellsThatSubjectsDeed) {
  EXPECT_EQ(Code("Macron, meeting Biden in Brussels, criticised Syria."),
            (Events{"FRAGOV USAGOV 040", "FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Macron, speaking in Paris after meeting the Lebanese president, criticised "
                 "Syria."),
            (Events{"FRAGOV LBNGOV 040", "FRAGOV SYR 111"}));
  // An aside with no deed still goes, and leaves the verb its subject;
  // speech to an audience in a long one is no deed either.
  EXPECT_EQ(Code("Macron, speaking to reporters, criticised Syria."), (Events{"FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Macron, speaking to reporters in Paris after a long meeting of the French "
                 "cabinet on Monday morning, criticised Syria."),
            (Events{"FRAGOV SYR 111"}));
}

TEST_F(NewsRulesTest, AContactParticipleAfterTheClauseIsItsSubjectsDeed) {
  // Between commas after a compound subject: its members met each other.
  EXPECT_EQ(Code("Macron and Biden, meeting in Brussels, criticised Syria."),
            (Events{"FRAGOV USAGOV 040", "USAGOV FRAGOV 040", "FRAGOV SYR 111", "USAGOV SYR 111"}));
  // After the last comma, with a named object.
  EXPECT_EQ(Code("Macron flew to Beirut on Monday, meeting the Lebanese president."),
            (Events{"FRAGOV LBN 042", "FRAGOV LBNGOV 040"}));
  // With no object, or an object that names no one, it takes no target of
  // the clause's.
  EXPECT_EQ(Code("Macron criticised Syria on Monday, meeting in Paris."),
            (Events{"FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Macron criticised Syria on Monday, meeting the deadline."),
            (Events{"FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Macron, meeting in Paris, criticised Syria."), (Events{"FRAGOV SYR 111"}));
}

TEST_F(NewsRulesTest, ACompoundsTruceWithATimeOrPlaceIsBetweenItsMembers) {
  EXPECT_EQ(Code("Chad and Sudan agreed to a truce on Sunday."),
            (Events{"TCD SDN 0871", "SDN TCD 0871"}));
  EXPECT_EQ(Code("Chad and Sudan reached a ceasefire in the border town of Adre."),
            (Events{"TCD SDN 0871", "SDN TCD 0871"}));
  // A party after the truce is still its target; force on an uncoded object
  // is no fight between the members.
  EXPECT_EQ(Code("Chad and Sudan agreed to a truce with Libya on Sunday."),
            (Events{"TCD LBY 0871", "SDN LBY 0871"}));
  EXPECT_EQ(Code("Chad and Sudan attacked the town on Sunday."), (Events{}));
}

TEST_F(NewsRulesTest, UnderAMediationNamesTheBrokerNotTheTarget) {
  EXPECT_EQ(Code("Chadian and Sudanese officials met in Doha under Qatari mediation."),
            (Events{"TCDGOV SDNGOV 044", "SDNGOV TCDGOV 044", "QAT TCDGOV 045", "QAT SDNGOV 045"}));
  EXPECT_EQ(Code("Chad and Sudan held talks under the auspices of the African Union."),
            (Events{"TCD SDN 040", "SDN TCD 040", "IGOAFRAU TCD 045", "IGOAFRAU SDN 045"}));
  EXPECT_EQ(Code("Chad and Sudan held talks after mediation by Qatar."),
            (Events{"TCD SDN 040", "SDN TCD 040", "QAT TCD 045", "QAT SDN 045"}));
  // One side only: no mediation, and the broker is no counterpart.
  EXPECT_EQ(Code("Chad signed the deal under Qatari mediation."), (Events{}));
  // "under" without a mediation is no broker.
  EXPECT_EQ(Code("Chad condemned Sudan under pressure from Qatar."), (Events{"TCD SDN 111"}));
}

TEST_F(NewsRulesTest, APlacesRelativeClauseWithItsOwnSubjectTellsItsOwnDeed) {
  EXPECT_EQ(Code("Macron flew to Beirut on Monday, where the French president met the Lebanese "
                 "president."),
            (Events{"FRAGOV LBN 042", "FRAGOV LBNGOV 040"}));
  EXPECT_EQ(Code("Macron spoke in Beirut, where the French president signed a trade deal with "
                 "Lebanon."),
            (Events{"FRAGOV LBN 061"}));
  // Not one whose object is a pronoun, nor one with no deed.
  EXPECT_EQ(Code("Macron flew to Beirut, where Lebanese soldiers opened fire on them."),
            (Events{"FRAGOV LBN 042"}));
  EXPECT_EQ(Code("Macron flew to Beirut, where it rained on Monday."), (Events{"FRAGOV LBN 042"}));
}

TEST_F(NewsRulesTest, AContactInAnOpeningParticipleIsTheMainSubjectsDeed) {
  EXPECT_EQ(Code("After meeting the Lebanese president in Beirut, Macron criticised Syria."),
            (Events{"FRAGOV LBNGOV 040", "FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Meeting the Lebanese president in Beirut on Monday, Macron criticised Syria."),
            (Events{"FRAGOV LBNGOV 040", "FRAGOV SYR 111"}));
  // A perfect participle tells the contact as well.
  EXPECT_EQ(Code("Having met the Kenyan president in Nairobi, Museveni criticised Tanzania."),
            (Events{"UGAGOV KENGOV 040", "UGAGOV TZA 111"}));
  EXPECT_EQ(Code("After having visited Ethiopia, Museveni criticised Tanzania."),
            (Events{"UGAGOV ETH 042", "UGAGOV TZA 111"}));
  // Speech to an audience is no contact, nor is what one has not done.
  EXPECT_EQ(Code("Speaking to reporters, Macron criticised Syria."), (Events{"FRAGOV SYR 111"}));
  EXPECT_EQ(Code("Having spoken to reporters, Macron criticised Syria."),
            (Events{"FRAGOV SYR 111"}));
}

TEST_F(NewsRulesTest, AListOfPerfectParticiplesKeepsEachPredicate) {
  EXPECT_EQ(Code("Israel said it had arrested two Hamas members, seized weapons and closed the "
                 "crossing to Gaza."),
            (Events{"ISR PSEINS 173", "ISR PSE 191"}));
  // A passive participle after the comma is still an aside.
  EXPECT_EQ(Code("Police said they had arrested two men, seized by Kenyan troops in Somalia, for "
                 "the attack."),
            (Events{"---COP ---CVL 173"}));
}

TEST_F(NewsRulesTest, PredicatesListedAfterAPerfectKeepTheSubject) {
  // "has expelled X, accused Y and closed Z": the list after the comma is
  // the subject's.
  EXPECT_EQ(Code("Kenya has expelled two Somali diplomats, accused Somalia of meddling and closed "
                 "the border."),
            (Events{"KEN SOMGOV 174", "KEN SOM 1121", "KEN SOM 191"}));
  // After ", and" a relative clause's predicate stays the relative's: the
  // reporter does not attack.
  EXPECT_EQ(Code("The Kenyan ministry said the dead were members of criminal groups who had "
                 "blocked the highway, and had attacked a convoy of Kenyan police."),
            Events{});
}

TEST_F(NewsRulesTest, AFrontedTimeWithoutACommaLeavesTheSubjectItsVerb) {
  EXPECT_EQ(Code("In March Russia expelled two British diplomats."), (Events{"RUS GBRGOV 174"}));
  EXPECT_EQ(Code("In 2014 Pakistan's army launched an offensive against the Taliban."),
            (Events{"PAKMIL AFGINS 190"}));
  EXPECT_EQ(Code("In December 2015 Russia bombed Syria."), (Events{"RUS SYR 195"}));
  EXPECT_EQ(Code("Last week France recalled its ambassador from Italy."), (Events{"FRA ITA 161"}));
}

TEST_F(NewsRulesTest, ARelativeClauseInThePastBetweenANameAndItsVerbTellsItsDeed) {
  // The clause keeps its deed, and the main verb its subject.
  EXPECT_EQ(Code("Indian Prime Minister Narendra Modi, who met the Japanese foreign minister in "
                 "Tokyo on Monday, criticised Pakistan."),
            (Events{"INDGOV JPNGOV 040", "INDGOV PAK 111"}));
  EXPECT_EQ(Code("Chancellor Angela Merkel, who visited Greece last year, said she had no "
                 "comment."),
            (Events{"DEUGOV GRC 042"}));
  // In the present the clause describes; after a common noun it stays out.
  EXPECT_EQ(Code("Egypt, which borders Gaza, condemned Israel."), (Events{"EGY ISR 111"}));
  EXPECT_EQ(Code("The minister, who visited Greece last year, criticised Turkey."),
            (Events{"---GOV TUR 111"}));
}

TEST_F(NewsRulesTest, ARelativeClauseOnAPhraseWhoseNameFollowsAPrepositionStaysOut) {
  // "which" tells of the talks, not of the name after "between": the main verb
  // keeps the phrase for its subject.
  EXPECT_EQ(Code("Talks between Peru and Ecuador, which opened in June, resumed in Lima."),
            (Events{"PER ECU 040", "ECU PER 040"}));
  EXPECT_EQ(Code("The embargo on Cuba, which began in 1962, angered Mexico."), Events{});
  // "who" stands for the phrase's person, whose deed the clause tells.
  EXPECT_EQ(Code("The president of Kenya, who visited Uganda on Monday, praised Tanzania."),
            (Events{"KENGOV UGA 042", "KENGOV TZA 051"}));
}

TEST_F(NewsRulesTest, AVerbInAnObjectRelativeClauseActsOnWhatTheClauseDescribes) {
  EXPECT_EQ(Code("Iran released the British tanker, which Iranian forces seized in July."),
            (Events{"IRN GBR 0842", "IRNMIL GBR 171"}));
  EXPECT_EQ(Code("Iran seized a British tanker in retaliation for an Iranian tanker that Britain "
                 "seized in July."),
            (Events{"IRN GBR 1711", "GBR IRN 171"}));
  // Between commas too.
  EXPECT_EQ(Code("The Pakistani military, which Pakistan's opposition accuses of plotting a coup, "
                 "rejected the charge."),
            (Events{"PAKOPP PAKMIL 1121"}));
  // A clause told to a verb's object, or a passive after "that", describes nothing.
  EXPECT_EQ(Code("Iran warned Britain that Iran would respond."), (Events{"IRN GBR 130"}));
  EXPECT_EQ(Code("Saudi Arabia said on Saturday that the Turkish journalist was killed."),
            Events{});
}

TEST_F(NewsRulesTest, ADeadlineToLeaveIsAnExpulsion) {
  EXPECT_EQ(Code("Kuwait gave Iraqi citizens 14 days to leave the country."),
            (Events{"KWT IRQCVL 174"}));
  EXPECT_EQ(Code("Poland gave Russian diplomats 48 hours to leave."), (Events{"POL RUSGOV 174"}));
  // A deadline for anything else is an ultimatum.
  EXPECT_EQ(Code("Kuwait gave Iraq 14 days to withdraw its troops."), (Events{"KWT IRQ 139"}));
}

TEST_F(NewsRulesTest, AnUncodedObjectThatNamesPartiesIsTheVerbsOwn) {
  // Not the target of the verb before it.
  EXPECT_EQ(Code("The Chinese president visited Moscow and urged Muslim countries to talk."),
            (Events{"CHNGOV RUS 042"}));
  EXPECT_EQ(Code("The Kenyan president met the Somali president and called on neighbouring "
                 "states to act."),
            (Events{"KENGOV SOMGOV 040"}));
  // An object that is no party still takes the target before.
  EXPECT_EQ(Code("The Kenyan president met the Somali president and signed agreements."),
            (Events{"KENGOV SOMGOV 040", "KENGOV SOMGOV 057", "SOMGOV KENGOV 057"}));
}

TEST_F(NewsRulesTest, BailGrantedFreesTheDetainee) {
  EXPECT_EQ(Code("A Zambian court granted bail to the Zambian opposition leader."),
            (Events{"ZMBJUD ZMBOPP 0841"}));
  // Bail denied is no release; it keeps the detainee in custody (173).
  EXPECT_EQ(Code("A Zambian court denied bail to the Zambian opposition leader."),
            (Events{"ZMBJUD ZMBOPP 173"}));
}

TEST_F(NewsRulesTest, MakingPeaceIsAnAgreementBothSign) {
  EXPECT_EQ(Code("Peru made peace with Ecuador in 1998."), (Events{"PER ECU 057", "ECU PER 057"}));
  // Urged to make peace: the appeal, not the peace.
  EXPECT_EQ(Code("France urged Armenia to make peace."), (Events{"FRA ARM 027"}));
}

TEST_F(NewsRulesTest, ACrowdThatAttacksProtestsViolently) {
  EXPECT_EQ(Code("Protesters attacked the Danish embassy in Khartoum."),
            (Events{"---CVL DNKGOV 145"}));
  EXPECT_EQ(Code("Rioters stormed the Peruvian congress."), (Events{"---CVL PERLEG 145"}));
  // Armed men and forces still use force.
  EXPECT_EQ(Code("Gunmen stormed the Peruvian congress."), (Events{"---UAF PERLEG 180"}));
  EXPECT_EQ(Code("Chadian troops attacked the Sudanese embassy."), (Events{"TCDMIL SDNGOV 190"}));
}

TEST_F(NewsRulesTest, ArmedMenWhoEnterAPlaceTakeIt) {
  EXPECT_EQ(Code("Malian rebels entered northern Mali on Sunday."), (Events{"MLIREB MLI 192"}));
  // Anyone else who enters a place is no occupier.
  EXPECT_EQ(Code("The Malian president entered the Malian parliament on Sunday."), Events{});
}

TEST_F(NewsRulesTest, APersonsForcesAreTheirCountrysForces) {
  EXPECT_EQ(Code("Putin's troops attacked Ukraine."), (Events{"RUSMIL UKR 190"}));
  EXPECT_EQ(Code("Assad's forces shelled a Syrian village."), (Events{"SYRMIL SYR 194"}));
  // Any other role of the person's stays the person's code.
  EXPECT_EQ(Code("Putin's spokesman criticized Ukraine."), (Events{"RUSGOV UKR 111"}));
}

TEST_F(NewsRulesTest, AnArmedPersonTheTextCallsASeparatistIsOne) {
  EXPECT_EQ(Code("Chechen separatist commander Aslan Maskhadov attacked Russian troops."),
            (Events{"RUSSEP RUSMIL 190"}));
  // Any other title leaves the person's code as it is.
  EXPECT_EQ(Code("Chechen rebel commander Aslan Maskhadov attacked Russian troops."),
            (Events{"RUSREB RUSMIL 190"}));
}

TEST_F(NewsRulesTest, WhomADeedWasDoneToIsNoTargetOfItsCondemnation) {
  OneDeedTold resolver("attack", "RUSMIL");
  EXPECT_EQ(Code("Poland condemned the attack on Ukrainian civilians.", &resolver),
            (Events{"POL RUSMIL 111"}));
  EXPECT_EQ(Code("Poland condemned the attack against Ukrainian civilians.", &resolver),
            (Events{"POL RUSMIL 111"}));
  // Without a deed the document told, the victim stays the target.
  EXPECT_EQ(Code("Poland condemned the attack on Ukrainian civilians."),
            (Events{"POL UKRCVL 111"}));
}

TEST_F(NewsRulesTest, ANewSubjectAfterCommaAndIsNoSecondObject) {
  // ", and NAME, who ...," is the subject of the verb after the clause.
  EXPECT_EQ(Code("Egypt rejected the report, and Foreign Minister Sameh Shoukry, who was in "
                 "Rome for talks, said his country would cooperate with Sudan."),
            (Events{"EGYGOV SDN 030"}));
  // ", and jets flown by Russian pilots bombed ...": the jets bombed, after Monday.
  EXPECT_EQ(Code("Syrian rebels blocked the main road on Monday, and Russian jets flown by the "
                 "plotters bombed a Syrian hospital."),
            (Events{"RUSMIL SYRHLH 195"}));
  // Two objects joined without a comma stay two targets.
  EXPECT_EQ(Code("Egypt criticised Sudan and Ethiopia, which rejected the report."),
            (Events{"EGY SDN 111", "EGY ETH 111"}));
}

TEST_F(NewsRulesTest, ForcesThatCaptureAPersonArrestThem) {
  EXPECT_EQ(Code("Somali forces captured Al Shabaab commander Ahmed Madobe on Friday."),
            (Events{"SOMMIL SOMINS 173"}));
  // A place, or a body named with its article, is taken (192).
  EXPECT_EQ(Code("Ethiopian troops captured the Somali Islamist stronghold of Kismayo."),
            (Events{"ETHMIL SOM 192"}));
  EXPECT_EQ(Code("Rebels captured the Ivorian Army Headquarters in Abidjan."),
            (Events{"---REB CIVMIL 192"}));
  // Police arrest whom they capture.
  EXPECT_EQ(Code("Indian police captured one of the gunmen alive."), (Events{"INDCOP ---UAF 173"}));
}

TEST_F(NewsRulesTest, ACurfewOnTheCapitalFallsOnTheCountrysPeople) {
  EXPECT_EQ(Code("The Kenyan government imposed a curfew on Nairobi."),
            (Events{"KENGOV KENCVL 1723"}));
  EXPECT_EQ(Code("The Thai government imposed a night-time curfew on Bangkok on Wednesday."),
            (Events{"THAGOV THACVL 1723"}));
  // Not another country's ground.
  EXPECT_EQ(Code("The Thai government imposed a curfew on Nairobi."),
            (Events{"THAGOV KENGOV 1723"}));
}

TEST_F(NewsRulesTest, ASubjectGivenTimeToLeaveIsGivenItNotTheGiver) {
  // No agent: the diplomats were given the deadline; nobody named gave it.
  EXPECT_EQ(Code("Russian diplomats were given 72 hours to leave France."), Events{});
  EXPECT_EQ(Code("Iranian diplomats were given a week to leave Germany."), Events{});
  // With the agent, the agent expels them.
  EXPECT_EQ(Code("Russian diplomats were given 72 hours by France to leave the country."),
            (Events{"FRA RUSGOV 174"}));
  EXPECT_EQ(Code("France gave Russian diplomats 72 hours to leave the country."),
            (Events{"FRA RUSGOV 174"}));
}

TEST_F(NewsRulesTest, NewsVerbSensesForEndsThreatsCutsAndStorming) {
  // An end ordered to military operations de-escalates them.
  EXPECT_EQ(Code("The Russian president ordered an end to military operations in Georgia."),
            (Events{"RUSGOV GEO 087"}));
  EXPECT_EQ(Code("Turkey ordered an end to airstrikes on Syria."), (Events{"TUR SYR 087"}));
  // A vow that a party would pay is a threat to it.
  EXPECT_EQ(Code("The Turkish president vowed that the Kurdish rebels would pay a heavy price."),
            (Events{"TURGOV ---REB 130"}));
  EXPECT_EQ(Code("Iran vowed that it would pay its debts to India."), Events{});
  // Programmes suspended in a country cut back relations with it.
  EXPECT_EQ(Code("Saudi Arabia suspended its scholarship programmes in Canada."),
            (Events{"SAU CAN 160"}));
  EXPECT_EQ(Code("China suspended exchange programs with Taiwan."), (Events{"CHN TWN 160"}));
  // Gunmen who storm a parliament assault it; protesters riot.
  EXPECT_EQ(Code("Gunmen stormed India's parliament in New Delhi."), (Events{"---UAF INDLEG 180"}));
  EXPECT_EQ(Code("Kenyan protesters stormed the Kenyan parliament."),
            (Events{"KENCVL KENLEG 145"}));
}

TEST_F(NewsRulesTest, ATimedClauseAfterACommaKeepsItsDeedAndTheDeadOfTheCasualtyClause) {
  // ", two days after X attacked Y, killing Z": X's attack is coded, and the
  // dead are its victims, not those of the main clause's verb.
  EXPECT_EQ(Code("Kenyan troops raided a camp in Somalia on Friday, two days after gunmen "
                 "attacked a market, killing 12 Kenyan civilians."),
            (Events{"KENMIL SOM 190", "---UAF KENCVL 180"}));
  EXPECT_EQ(Code("Nigerian police arrested dozens of people, hours after gunmen attacked a bus "
                 "station, killing 20 Nigerian civilians."),
            (Events{"NGACOP ---CVL 173", "---UAF NGACVL 180"}));
  // With one clause, the dead are still its victims.
  EXPECT_EQ(Code("Gunmen attacked a market in Kenya, killing 12 Kenyan civilians."),
            (Events{"---UAF KENCVL 180"}));
}

TEST_F(NewsRulesTest, ADeedNamedACrimeIsCondemned) {
  EXPECT_EQ(Code("Ukraine called the Russian strikes a war crime."), (Events{"UKR RUS 111"}));
  EXPECT_EQ(Code("Amnesty International described the Uzbek crackdown as a massacre."),
            (Events{"NGOHRI UZB 111"}));
  OneDeedTold resolver("killings", "UZBMIL");
  EXPECT_EQ(Code("Human Rights Watch called the killings a massacre.", &resolver),
            (Events{"NGOHRI UZBMIL 111"}));
  // A word of praise is none.
  EXPECT_EQ(Code("Ukraine called the Polish decision a great help."), Events{});
}

TEST_F(NewsRulesTest, AVerbCoordinatedAfterWhatAPartyCalledADeedIsThePartys) {
  // The demand shares the condemned party.
  EXPECT_EQ(Code("Poland condemned what it called Russian aggression and demanded an apology."),
            (Events{"POL RUS 111", "POL RUS 100"}));
  EXPECT_EQ(Code("Ghana condemned what it called an attack on democracy and recalled its "
                 "ambassador from Mali."),
            (Events{"GHA MLI 161"}));
}

TEST_F(NewsRulesTest, WhomAnOrderNamesBeforeItsInfinitiveIsNoVictim) {
  // The army ordered to attack carries the attack out.
  EXPECT_EQ(Code("The Ethiopian president ordered the army to launch an offensive against "
                 "Eritrean troops."),
            (Events{"ETHGOV ERIMIL 190"}));
  EXPECT_EQ(Code("The Sudanese president ordered the army to launch an offensive against the rebel "
                 "Sudan Liberation Army."),
            (Events{"SDNGOV SDNREB 190"}));
  // Against no one the dictionaries know, the army is still no target.
  EXPECT_EQ(Code("The Ethiopian president ordered the army to launch an offensive against the "
                 "Northern Liberation Movement."),
            Events{});
  // The one who ordered, not the army, accuses in a participle after it.
  EXPECT_EQ(Code("The Ethiopian president ordered the army to launch an offensive against the "
                 "Northern Liberation Movement, accusing Eritrea of attacking a base."),
            (Events{"ETHGOV ERI 1123"}));
  // Without an order, the object is attacked ("attacked Hamas to punish it").
  EXPECT_EQ(Code("Israel attacked Hamas to punish it."), (Events{"ISR PSEINS 190"}));
}

TEST_F(NewsRulesTest, PeoplePutOnAPlaneOutAreExpelledAndAVoteDeclaredIllegalIsCondemned) {
  EXPECT_EQ(Code("The Nicaraguan government put Nicaraguan opposition leaders on a plane to "
                 "Washington."),
            (Events{"NICGOV NICOPP 174"}));
  EXPECT_EQ(Code("Belarus put Belarusian opposition activists on a chartered plane to Kyiv."),
            (Events{"BLR BLROPP 174"}));
  // Putting troops on alert stays an alert.
  EXPECT_EQ(Code("Greece put troops on high alert against Turkey."), (Events{"GRC TUR 152"}));
  EXPECT_EQ(Code("Ukraine declared the Russian referendums illegal."), (Events{"UKR RUS 111"}));
  EXPECT_EQ(Code("Britain pronounced the Iranian seizure unlawful."), (Events{"GBR IRN 111"}));
  // Declared a winner, or a state of emergency, is no condemnation.
  EXPECT_EQ(Code("Ukraine declared the Polish proposal a success."), Events{});
}

TEST_F(NewsRulesTest, GenericVerbsOfStoppingCodeOnlyThroughTheirPatterns) {
  // Without a pattern, halting or removing something is no easing (080).
  EXPECT_EQ(Code("Saudi Arabia halted all air traffic with Qatar."), Events{});
  // ... and removing an office holder is a sanction on them (172), no easing.
  EXPECT_EQ(Code("The Honduran Congress voted to remove the Honduran president."),
            (Events{"HNDLEG HNDGOV 172"}));
  // Their patterns still code, and lifting is easing.
  EXPECT_EQ(Code("The United States suspended sanctions on Venezuela."), (Events{"USA VEN 085"}));
  EXPECT_EQ(Code("Saudi Arabia suspended flights to Qatar."), (Events{"SAU QAT 163"}));
  EXPECT_EQ(Code("Turkey lifted its veto on Sweden."), (Events{"TUR SWE 080"}));
}

TEST_F(NewsRulesTest, AThreatIsMadeToWhomItsConditionNames) {
  EXPECT_EQ(Code("Belarus threatened to cut off gas supplies to Europe if the European Union "
                 "imposed new sanctions."),
            (Events{"BLR IGOEUREEC 1311"}));
  EXPECT_EQ(Code("Iran threatened to close the Strait of Hormuz unless the United States lifted "
                 "its sanctions."),
            (Events{"IRN USA 1381"}));
  // A threat that names its object keeps it.
  EXPECT_EQ(Code("China warned Japan of a strong response if the United States sent warships."),
            (Events{"CHN JPN 130"}));
}

TEST_F(NewsRulesTest, AClauseToldToAHearerAboutTheTellersDeedIsDoneToTheHearer) {
  // "it" is the teller: the deed told names no party, so it is done to the hearer.
  FixedResolver norway("it", "NOR");
  EXPECT_EQ(Code("Norway told Sudan it would provide food aid.", &norway),
            (Events{"NOR SDN 0333"}));
  FixedResolver chile("it", "CHL");
  EXPECT_EQ(Code("Chile told Peru that it would impose sanctions.", &chile),
            (Events{"CHL PER 1312"}));
  // ... unless it names one of its own.
  FixedResolver austria("it", "AUT");
  EXPECT_EQ(Code("Austria told Hungary it would meet Croatia next week.", &austria),
            (Events{"AUT HRV 036"}));
  // Not the press, nor a hearer the pronoun stands for, nor another side's deed.
  EXPECT_EQ(Code("Norway told reporters it would provide food aid.", &norway), (Events{}));
  FixedResolver sudan("it", "SDN");
  EXPECT_EQ(Code("Norway told Sudan it would provide food aid.", &sudan), (Events{}));
  EXPECT_EQ(Code("Norway told Sudan that Egypt would provide food aid."), (Events{}));
  // Nor force or coercion told: the hearer is not whom it is done to.
  FixedResolver turkey("it", "TUR");
  EXPECT_EQ(Code("Turkey told Iraq it would launch an offensive.", &turkey), (Events{}));
}

// "assured Nepal it would send aid", "informed the agency it would ...": the
// verbs of assuring, promising and informing take their clause without
// "that" after the hearer, as "told" does.
TEST_F(NewsRulesTest, AClauseAssuredToAHearerIsDoneToTheHearer) {
  FixedResolver norway("it", "NOR");
  EXPECT_EQ(Code("Norway assured Sudan it would provide food aid.", &norway),
            (Events{"NOR SDN 0333"}));
  EXPECT_EQ(Code("Norway reassured Sudan it would provide food aid.", &norway),
            (Events{"NOR SDN 0333"}));
  EXPECT_EQ(Code("Norway assured reporters it would provide food aid.", &norway), (Events{}));
  EXPECT_EQ(Code("Norway assured Sudan that Egypt would provide food aid."), (Events{}));
}

TEST_F(NewsRulesTest, WhoJoinsAPartyInADeedDoesItToo) {
  EXPECT_EQ(Code("Denmark joined Finland in condemning Belarus."),
            (Events{"FIN BLR 111", "DNK BLR 111"}));
  EXPECT_EQ(Code("South Korea has joined Japan in imposing sanctions on North Korea."),
            (Events{"JPN PRK 163", "KOR PRK 163"}));
  // Not a gathering joined, nor a place.
  EXPECT_EQ(Code("Denmark joined the talks in Geneva."), (Events{}));
}

TEST_F(NewsRulesTest, ARaisedAlertIsAimedAtTheSideItAnswersNotTheOwnForces) {
  EXPECT_EQ(Code("Serbia put its army on alert after Kosovo deployed police units."),
            (Events{"SRB KSV 152"}));
  EXPECT_EQ(Code("Lebanon placed its troops on high alert over Syrian shelling."),
            (Events{"LBN SYR 152"}));
  // Naming no side, it is aimed at whoever pressed the source (article mode
  // only): a sentence alone codes none, never the own forces.
  EXPECT_EQ(Code("Serbia put its army on high alert."), (Events{}));
  EXPECT_EQ(Code("Lebanon placed the Lebanese army on alert on Sunday."), (Events{}));
}

TEST_F(NewsRulesTest, ARelativeClauseBehindAuxiliariesActsForItsAntecedentOnly) {
  // "that had VERBED": the antecedent is the subject; one that names no
  // party leaves the clause without a source, not with the sentence's.
  EXPECT_EQ(Code("Libyan sailors boarded a boat that had left a Tunisian port."), (Events{}));
  EXPECT_EQ(Code("Analysts praised a report which has criticised Chad."), (Events{}));
  // A named antecedent still acts.
  EXPECT_EQ(Code("Guards found a drone that had attacked Georgian positions."),
            (Events{"---UAF GEO 1952"}));
}

TEST_F(NewsRulesTest, ACriticismOfAnAuthorlessAttackAfterAClauseIsAimedAtItsParty) {
  EXPECT_EQ(Code("Lebanon recalled its ambassador from Syria, condemning the attack on Beirut."),
            (Events{"LBN SYR 161", "LBN SYR 111"}));
  EXPECT_EQ(Code("Kuwait suspended talks with Iraq, criticising the assault on Basra."),
            (Events{"KWT IRQ 164", "KWT IRQ 111"}));
  // An attack whose author is named keeps it; a deed that is no attack keeps
  // whom it was done to.
  EXPECT_EQ(Code("Lebanon recalled its ambassador from Syria, condemning the Hezbollah attack "
                 "on Tripoli."),
            (Events{"LBN SYR 161", "LBN LBNREB 111"}));
  EXPECT_EQ(Code("Kuwait suspended talks with Iraq, condemning the arrest of Kuwaiti fishermen."),
            (Events{"KWT IRQ 164", "KWT KWTAGR 111"}));
}

TEST_F(NewsRulesTest, AWarningOfTheWarnersOwnResponseThreatensWhomItsClauseNames) {
  // The clause's subject is the warner's side: its country, capital or own
  // bodies, or "it"; the party named after the response is threatened.
  EXPECT_EQ(Code("Moscow warned that Russia would take firm countermeasures against Finland."),
            (Events{"RUSGOV FIN 130"}));
  EXPECT_EQ(Code("The Chadian government warned that the army would step in if the Sudanese "
                 "militias crossed the border."),
            (Events{"TCDGOV SDNUAF 130"}));
  EXPECT_EQ(Code("The Ghanaian president warned that Ghana would not hesitate to defend its "
                 "fishermen against Togo."),
            (Events{"GHAGOV TGO 130"}));
  // ... not its own people ("its fishermen"); the party warned before "that" too.
  EXPECT_EQ(Code("Algeria warned Morocco on Tuesday that it would take all necessary measures."),
            (Events{"DZA MAR 130"}));
  // Another side's response is none of the warner's threats.
  EXPECT_EQ(Code("Canada warned that China would take further steps against Taiwan."), Events{});
  EXPECT_EQ(Code("The Polish president warned that Russia would respond to the sanctions."),
            Events{});
  // Neither is a forecast with no party.
  EXPECT_EQ(Code("The central bank warned that the recovery would take years."), Events{});
  // A clause without "that", and the deed after it that prompted the response.
  EXPECT_EQ(Code("Chile said it would take \"necessary countermeasures\", after Peru closed the "
                 "border."),
            (Events{"CHL PER 130"}));
  EXPECT_EQ(Code("Chile said Peru would take necessary countermeasures after Bolivia closed the "
                 "border."),
            Events{});
}

TEST_F(NewsRulesTest, ACondemnedAttackNamedWithItsAuthorIsTheAuthors) {
  EXPECT_EQ(Code("Chile condemned the Peruvian attack on its border post."),
            (Events{"CHL PER 111"}));
  EXPECT_EQ(Code("Ghana denounced the Togolese raid on fishermen in the Volta region."),
            (Events{"GHA TGO 111"}));
  EXPECT_EQ(Code("Sudan condemned the Chadian incursion into Darfur."), (Events{"SDN TCD 111"}));
  // An attack of no author keeps whom it struck.
  EXPECT_EQ(Code("Chile condemned the attack on Peru."), (Events{"CHL PER 111"}));
  // A deed of words before "on" is no attack.
  EXPECT_EQ(Code("Chile condemned the Peruvian decision on Bolivia."), (Events{"CHL PER 111"}));
}

TEST_F(NewsRulesTest, SidesThatBlameEachOtherAccuseEachOther) {
  // "each ... the other" names the members of the subject by their relation,
  // as "each other" does; each member keeps its own code.
  EXPECT_EQ(Code("Israel and Hamas each blamed the other for the failed talks."),
            (Events{"ISR PSEINS 112", "PSEINS ISR 112"}));
  EXPECT_EQ(Code("Israel and Hamas accused each other of lying."),
            (Events{"ISR PSEINS 112", "PSEINS ISR 112"}));
  // Accusations traded run between them too.
  EXPECT_EQ(Code("Ghana and Togo traded accusations over the border raid."),
            (Events{"GHA TGO 112", "TGO GHA 112"}));
  // "the other" with no "each" before it is no member.
  EXPECT_EQ(Code("Ghana blamed the other side for the raid."), Events{});
}

TEST_F(NewsRulesTest, ProtestersBurningAPartysFlagsProtestAgainstIt) {
  // Burning flags demonstrates (141); outside an embassy, against the embassy.
  EXPECT_EQ(Code("Protesters burned Chinese flags outside the Chinese embassy."),
            (Events{"---CVL CHNGOV 141"}));
  EXPECT_EQ(Code("Angry protesters burned American flags in Tehran."), (Events{"---CVL USA 141"}));
  // Waving them is no protest against it.
  EXPECT_EQ(Code("Protesters waved Chinese flags."), Events{});
}

TEST_F(NewsRulesTest, AnAgentRepeatingTheActorsRoleAddsNothing) {
  EXPECT_EQ(Phrase({"the", "state", "broadcaster", "KBC"}), "KENMED");
  EXPECT_EQ(Phrase({"the", "headquarters", "of", "the", "state", "broadcaster", "SABC"}), "ZAFMED");
  // A country without a role takes the whole agent.
  EXPECT_EQ(Phrase({"Kenyan", "state", "television"}), "KENGOVMED");
}

TEST_F(NewsRulesTest, ForcesSentInAnAttackAttackWhereTheyGo) {
  EXPECT_EQ(Code("Russia sent tanks and troops across the border into Georgia."),
            (Events{"RUS GEO 194"}));
  // Sent nowhere named, they attack no one.
  EXPECT_EQ(Code("Russia sent tanks and troops across the border."), Events{});
}

TEST_F(NewsRulesTest, AnEmergencyMeetingCalledForIsAnAppealToTheBody) {
  EXPECT_EQ(Code("Turkey called for an emergency meeting of the U.N. Security Council."),
            (Events{"TUR IGOUNO 020"}));
  EXPECT_EQ(Code("Russia called for an emergency session of the United Nations Security "
                 "Council."),
            (Events{"RUS IGOUNO 020"}));
}

TEST_F(NewsRulesTest, APastVerbAfterAGerundComplementIsTheOuterVerbsCoordinate) {
  // "accused X of orchestrating the coup and called/VBN on Y to extradite/NN him".
  EXPECT_EQ(Code("The Turkish president accused the Kurdish rebels of orchestrating the attack "
                 "and called on Sweden to extradite them."),
            (Events{"TURGOV ---REB 1123", "TURGOV SWE 0213"}));
  // ... and police who escort a foreigner to the border expel her.
  EXPECT_EQ(Code("Dutch police stopped the Turkish minister from entering the consulate and "
                 "escorted her to the German border."),
            (Events{"NLDCOP TURGOV 160", "NLDCOP TURGOV 174"}));
}

TEST_F(NewsRulesTest, TheCaptivesTakenHostageAreTheTarget) {
  EXPECT_EQ(Code("Somali gunmen took several Kenyan officials hostage."),
            (Events{"SOMUAF KENGOV 181"}));
  EXPECT_EQ(Code("Hamas took Israeli civilians hostage."), (Events{"PSEINS ISRCVL 181"}));
}

TEST_F(NewsRulesTest, ACoupNamedWithoutACountryIsNotTheSpeakersOwnArmys) {
  // Left for the article to resolve, not the speaker's own army (VENMIL).
  EXPECT_EQ(Code("The Venezuelan president condemned what he called a coup against his ally."),
            (Events{"VENGOV ---MIL 111"}));
  // A coup placed in a country is that country's army's.
  EXPECT_EQ(Code("The Venezuelan president condemned the coup in Bolivia."),
            (Events{"VENGOV BOLMIL 111"}));
  // Other state bodies still take the sentence's home country.
  EXPECT_EQ(Code("The Venezuelan president criticised the army."), (Events{"VENGOV VENMIL 111"}));
}

TEST_F(NewsRulesTest, ACapitalsNameBeforeAnUnknownNameIsAGivenName) {
  EXPECT_EQ(Code("Belarusian police arrested the student Sofia Kavaleuskaya."),
            (Events{"BLRCOP ---EDU 173"}));
  EXPECT_EQ(Code("The European Union demanded the release of Sofia Kavaleuskaya."), Events{});
  // The capital itself stays its country.
  EXPECT_EQ(Code("Russia expelled diplomats from Sofia."), (Events{"RUS BGR 174"}));
}

TEST_F(NewsRulesTest, WhatTheObjectsPeopleDoIsNoWordOfTheVerbsPattern) {
  // "who help" tells what the officials do; "agreed to ... help" is no aid pledge.
  EXPECT_EQ(Code("The European Union agreed to widen sanctions against Belarus to target "
                 "officials who help smugglers."),
            (Events{"IGOEUREEC BLR 163"}));
  // The verb's own words still match.
  EXPECT_EQ(Code("The European Union agreed to help Ukrainian farmers who export grain."),
            (Events{"IGOEUREEC UKRAGR 033"}));
}

TEST_F(NewsRulesTest, ArrivalsAtARequestOrCarryingAidAreNoVisits) {
  EXPECT_EQ(Code("Australian troops arrived in Tonga at the request of the Tongan government."),
            (Events{"AUSMIL TON 074"}));
  EXPECT_EQ(Code("New Zealand military planes carrying aid landed in Tonga on Thursday."),
            (Events{"NZLMIL TON 073"}));
  // Troops that merely arrive are deployed, no event; a president visits.
  EXPECT_EQ(Code("Australian troops arrived in Tonga."), Events{});
  EXPECT_EQ(Code("The French president arrived in Tonga."), (Events{"FRAGOV TON 042"}));
}

TEST_F(NewsRulesTest, ADenialIsNeverOfTheDeniersOwnForces) {
  EXPECT_EQ(Code("The French defence ministry denied that its troops had entered the compound."),
            Events{});
  EXPECT_EQ(Code("The Russian defence ministry denied that Russian troops had entered the "
                 "compound."),
            Events{});
  // The place or party the deed was done to is the target.
  EXPECT_EQ(Code("Russia denied that its forces had entered Ukraine."), (Events{"RUS UKR 016"}));
}

// "denied detaining the prime minister": a detention denied is a denial (016)
// to the person named, not the detention itself.
TEST_F(NewsRulesTest, ADetentionDeniedIsADenialToItsPerson) {
  EXPECT_EQ(Code("Saudi Arabia denied holding the Lebanese prime minister against his will."),
            (Events{"SAU LBNGOV 016"}));
  EXPECT_EQ(Code("Iran denied arresting the French diplomat."), (Events{"IRN FRAGOV 016"}));
  // A detention told as done stays one.
  EXPECT_EQ(Code("Iran arrested the French diplomat."), (Events{"IRN FRAGOV 173"}));
}

// "denied police claims that ...": the charge the denier's own forces made
// names them as the accuser, whom the denial answers.
TEST_F(NewsRulesTest, ADenialOfItsOwnForcesChargeAnswersThem) {
  EXPECT_EQ(Code("The Belarusian president denied police claims that his government had "
                 "orchestrated the crisis."),
            (Events{"BLRGOV BLRCOP 016"}));
  // Forces the denied deed names are still no target.
  EXPECT_EQ(Code("The French defence ministry denied that French troops had entered the "
                 "compound."),
            Events{});
}

// "Minsk denied that Belarus had ...": a denied clause whose subject is a name
// of the denier's own side (its capital, "his government") keeps the denier
// as the source; the target is the party the clause names after it, never
// the victims of a relative clause, and none without one.
TEST_F(NewsRulesTest, ADenialOfItsOwnSidesClauseKeepsTheDenier) {
  EXPECT_EQ(Code("The Belarusian president denied that Minsk had sent troops into Lithuania."),
            (Events{"BLRGOV LTU 016"}));
  EXPECT_EQ(Code("The Belarusian president denied that his government had sent weapons to "
                 "Lithuania."),
            (Events{"BLRGOV LTU 016"}));
  // "that killed ...": the deed's victims are no one the denial answers.
  for (const std::string& e : Code("The Belarusian president denied that Minsk had any role in "
                                   "the bombing that killed ten Lithuanian soldiers."))
    EXPECT_EQ(e.find(" 016"), std::string::npos) << e;
  // Being invited or asked is no deed the denier answers for.
  for (const std::string& e : Code("The Belarusian president denied that Minsk had been "
                                   "invited to the talks in Lithuania."))
    EXPECT_EQ(e.find(" 016"), std::string::npos) << e;
}

TEST_F(NewsRulesTest, CriminalAttackersAndStormedProtestCamps) {
  // Gangs and bandits who kill assault (18x), as gunmen do.
  EXPECT_EQ(Code("Armed bandits killed Nigerian villagers."), (Events{"---CRM NGACVL 1823"}));
  EXPECT_EQ(Code("Gang members killed Mexican students."), (Events{"---CRM MEXEDU 1823"}));
  // Troops who storm a protest camp repress the protest.
  EXPECT_EQ(Code("Thai troops stormed an anti-government protest camp in Bangkok."),
            (Events{"THAMIL ---CVL 175"}));
  // Troops who kill use force.
  EXPECT_EQ(Code("Nigerian troops killed Nigerian villagers."), (Events{"NGAMIL NGACVL 190"}));
}

TEST_F(NewsRulesTest, TheAgentOfAQuotedDeedIsTheTargetOfItsCondemnation) {
  EXPECT_EQ(Code("The French president condemned what he called a \"brutal escalation\" by "
                 "Russia."),
            (Events{"FRAGOV RUS 111"}));
  EXPECT_EQ(Code("The French president condemned what he called a brutal escalation by Russia."),
            (Events{"FRAGOV RUS 111"}));
}

TEST_F(NewsRulesTest, ForcesThatShootStrikersRepressAProtest) {
  EXPECT_EQ(Code("Bolivian police shot dead three strikers outside the smelter."),
            (Events{"BOLCOP ---LAB 175"}));
  EXPECT_EQ(Code("Zambian soldiers shot striking miners in Kitwe."), (Events{"ZMBMIL ---LAB 175"}));
  EXPECT_EQ(Code("Peruvian police opened fire on striking workers at the port."),
            (Events{"PERCOP ---LAB 175"}));
  // Soldiers who shoot soldiers still fight.
  EXPECT_EQ(Code("Indian troops shot Pakistani soldiers."), (Events{"INDMIL PAKMIL 193"}));
}

TEST_F(NewsRulesTest, AidToACapitalNamedInAppositionGoesToTheCountry) {
  EXPECT_EQ(Code("A Japanese military plane delivered food and tents to the capital, Apia."),
            (Events{"JPNMIL WSM 073"}));
  EXPECT_EQ(Code("Australia sent food and medicine to the capital, Suva."),
            (Events{"AUS FJI 073"}));
  // A capital after "to" alone already went to the country.
  EXPECT_EQ(Code("Australia sent food and medicine to Suva."), (Events{"AUS FJI 073"}));
  // An apposition to a coded party is no destination's.
  EXPECT_EQ(Code("Australia sent food and medicine to the Fijian government, its ally."),
            (Events{"AUS FJIGOV 073"}));
}

TEST_F(NewsRulesTest, ForcesThatSeizeANamedPlaceTakeGround) {
  EXPECT_EQ(Code("Israeli troops seized Gaza."), (Events{"ISRMIL PSE 192"}));
  EXPECT_EQ(Code("Rebel fighters seized Ukraine."), (Events{"---REB UKR 192"}));
  // Goods, ships and assets seized stay property.
  EXPECT_EQ(Code("Russian troops seized Ukraine's grain."), (Events{"RUSMIL UKR 171"}));
  EXPECT_EQ(Code("Iran seized a British tanker."), (Events{"IRN GBR 1711"}));
  EXPECT_EQ(Code("Ukraine seized Russian assets."), (Events{"UKR RUS 1711"}));
}

TEST_F(NewsRulesTest, WhoOrdersAPassiveDeedDoesItToWhomTheOrderNames) {
  EXPECT_EQ(Code("A Kenyan court ordered the opposition leader to be detained."),
            (Events{"KENJUD KENOPP 173"}));
  EXPECT_EQ(Code("The Thai government ordered the former minister to be placed under house "
                 "arrest."),
            (Events{"THAGOV ---ELI 173"}));
  // An active infinitive is done by whom the order names.
  EXPECT_EQ(Code("The Kenyan president ordered the police to arrest the opposition leader."),
            (Events{"KENCOP KENOPP 173"}));
}

TEST_F(NewsRulesTest, AMotionOfNoConfidenceDemandsTheLeadersFall) {
  EXPECT_EQ(Code("Zambian opposition lawmakers tabled a no-confidence motion against the "
                 "president."),
            (Events{"ZMBOPP ZMBGOV 1041"}));
  EXPECT_EQ(Code("The Romanian opposition filed a motion of no confidence in the Romanian "
                 "government."),
            (Events{"ROUOPP ROUGOV 1041"}));
  EXPECT_EQ(Code("Italian opposition parties lodged a censure motion against the Italian "
                 "government."),
            (Events{"ITAOPP ITAGOV 1041"}));
  // Other motions demand nothing.
  EXPECT_EQ(Code("Zambian opposition lawmakers tabled a motion on the budget."), Events{});
}

TEST_F(NewsRulesTest, ArmedMenWhoSetFireDestroyPropertyProtestersRiot) {
  EXPECT_EQ(Code("Islamist militants set fire to a Nigerian school."),
            (Events{"---UAF NGAEDU 1712"}));
  EXPECT_EQ(Code("Gunmen set fire to a Mexican police station."), (Events{"---UAF MEXCOP 1712"}));
  EXPECT_EQ(Code("Rebel fighters set ablaze a Malian police station."),
            (Events{"---REB MLICOP 1712"}));
  // Protesters who set fire to things riot.
  EXPECT_EQ(Code("Protesters set fire to the Peruvian parliament."), (Events{"---CVL PERLEG 145"}));
}

TEST_F(NewsRulesTest, ThePurposeOfAnAccusedDeedIsPartOfTheAccusation) {
  EXPECT_EQ(Code("Chad accuses Sudan of sending fighters to support the rebels."),
            (Events{"TCD SDN 112"}));
  EXPECT_EQ(Code("The Malian army accused its neighbours of arming militants to attack Malian "
                 "troops."),
            Events{});
  // A purpose the text itself reports stays a deed.
  EXPECT_EQ(Code("Sudanese fighters crossed the border to attack Chadian troops."),
            (Events{"SDNUAF TCDMIL 190"}));
}

TEST_F(NewsRulesTest, AGappedParticipleOfHarmIsATollNoDeed) {
  EXPECT_EQ(Code("Four people were killed and dozens injured in clashes between rival Kenyan "
                 "factions."),
            Events{});
  EXPECT_EQ(Code("Two policemen were killed and six wounded in an ambush by Malian rebels."),
            Events{});
  // ... and a reduced relative's fighting has no side in the toll.
  EXPECT_EQ(Code("The number of people killed in fighting on Kenya's border with Somalia has "
                 "risen to 30."),
            Events{});
  // Armed dead may have fought: the phrase tells their fight.
  EXPECT_EQ(Code("Nine Kenyan soldiers were among 20 peacekeepers killed in fighting with Somali "
                 "rebels."),
            (Events{"KENMIL SOMREB 190", "SOMREB KENMIL 190"}));
  // An active verb of harm with its object still acts.
  EXPECT_EQ(Code("Gunmen killed two Kenyan policemen."), (Events{"---UAF KENCOP 1823"}));
}

TEST_F(NewsRulesTest, SanctionsAgreedFallOnWhomTheyAreImposedOn) {
  EXPECT_EQ(Code("EU leaders agreed to ban Syrian airlines from EU airports and to impose new "
                 "sanctions on Damascus."),
            (Events{"IGOEUREEC SYRGOV 163"}));
  EXPECT_EQ(Code("Canada agreed to freeze Iranian assets and to impose sanctions against Tehran."),
            (Events{"CAN IRNGOV 163"}));
  EXPECT_EQ(Code("The African Union agreed to impose sanctions on Mali."),
            (Events{"IGOAFRAU MLI 163"}));
}

TEST_F(NewsRulesTest, WhatOneSideTellsAnotherInAPhoneCallIsACall) {
  EXPECT_EQ(Code("The Greek prime minister told the Turkish president in a telephone call that "
                 "dialogue must continue."),
            (Events{"GRCGOV TURGOV 041"}));
  EXPECT_EQ(Code("The Kenyan president said in a phone call with the Ugandan president that the "
                 "border would reopen."),
            (Events{"KENGOV UGAGOV 041"}));
  // Telling reporters is no call.
  EXPECT_EQ(Code("The Greek prime minister told reporters in Athens that dialogue must continue."),
            Events{});
}

TEST_F(NewsRulesTest, AQuotedConditionEndsWithItsQuote) {
  EXPECT_EQ(Code("\"If the talks fail, the region will burn,\" the Greek prime minister told "
                 "reporters after meeting the Turkish president."),
            (Events{"GRCGOV TURGOV 040"}));
  // Inside the quote the consequence is still no fact.
  EXPECT_EQ(Code("\"If Serbia attacks Kosovo, we will send troops to Kosovo,\" the Albanian "
                 "prime minister said."),
            Events{});
}

TEST_F(NewsRulesTest, TheSpeakersClauseAfterAQuoteKeepsItsDeed) {
  EXPECT_EQ(Code("\"The talks were useful,\" the Greek prime minister told reporters after "
                 "meeting the Turkish president."),
            (Events{"GRCGOV TURGOV 040"}));
  EXPECT_EQ(Code("\"We want peace,\" the Indian prime minister said before meeting the "
                 "Pakistani president."),
            (Events{"INDGOV PAKGOV 040"}));
  // A bare attribution is still an aside.
  EXPECT_EQ(Code("\"The talks were useful,\" the Greek prime minister told reporters in Athens."),
            Events{});
}

TEST_F(NewsRulesTest, PeopleOfNoCountryRestrictedByAStateAreItsOwn) {
  // A ban on gatherings, a curfew after it: both on the state's own people.
  EXPECT_EQ(Code("The Nigerian army banned gatherings of more than ten people."),
            (Events{"NGAMIL NGACVL 1721"}));
  EXPECT_EQ(Code("The Nigerian army suspended the constitution, banned gatherings of more than "
                 "ten people and imposed a curfew."),
            (Events{"NGAMIL NGACVL 1721", "NGAMIL NGACVL 1723"}));
  // Each predicate of a list is coded ("dissolved/VBN" read as a past tense).
  EXPECT_EQ(Code("The Nigerian army dissolved the opposition party, closed the borders and "
                 "imposed a curfew."),
            (Events{"NGAMIL ---OPP 1722", "NGAMIL NGACVL 1723"}));
  // Not a group's ban: rebels have no people of a state.
  EXPECT_EQ(Code("Rebels banned gatherings of more than ten people."),
            (Events{"---REB ---CVL 1721"}));
}

TEST_F(NewsRulesTest, AnAppealIsToWhomItNamesBeforeItsInfinitive) {
  EXPECT_EQ(Code("The French embassy urged Chad's army to reach an agreement with the rebels."),
            (Events{"FRAGOV TCDMIL 027"}));
  // Addressed to no one known: no appeal to the parties of what is asked,
  // and what is asked is no deed either.
  EXPECT_EQ(Code("The French embassy urged the committee to reach an agreement with the rebels."),
            Events{});
  EXPECT_EQ(Code("Kenya called on all states to cooperate with Somalia."), Events{});
  EXPECT_EQ(Code("The French embassy condemned the Chadian army and asked the committee to hold "
                 "talks with the rebels."),
            (Events{"FRAGOV TCDMIL 111"}));
}

TEST_F(NewsRulesTest, WhatAThreatNamesIsNotDone) {
  // A threat to cut relations is one (1313), in its several wordings.
  EXPECT_EQ(Code("Algeria threatened to suspend diplomatic ties with Morocco."),
            (Events{"DZA MAR 1313"}));
  EXPECT_EQ(Code("Pakistan threatened to downgrade relations with India."),
            (Events{"PAK IND 1313"}));
  // A threat is a threat, never the deed it names ("threatened to freeze
  // relations": no 161); its target is whom the relations are with (parse12:
  // no "threatened [relations] with").
  EXPECT_EQ(Code("Morocco threatened to freeze relations with Germany."), (Events{"MAR DEU 1313"}));
  // The deed itself still is one.
  EXPECT_EQ(Code("Morocco froze relations with Germany."), (Events{"MAR DEU 161"}));
}

TEST_F(NewsRulesTest, AGroupsVoicedStanceIsNotEachOthers) {
  // "their support" is what they give, not a party among them.
  EXPECT_EQ(Code("Kenya, Uganda and Tanzania declared their support."), Events{});
  // Solidarity with a party is support (051, as CAMEO's verb list has it;
  // with victims it is sympathy, 018).
  EXPECT_EQ(Code("Kenya and Uganda expressed their solidarity with Somalia."),
            (Events{"KEN SOM 051", "UGA SOM 051"}));
  // Their forces still are each other's.
  EXPECT_EQ(Code("Kenya and Uganda threatened their troops."),
            (Events{"KEN UGA 130", "UGA KEN 130"}));
}

TEST_F(NewsRulesTest, BailDeniedKeepsADetaineeInCustody) {
  EXPECT_EQ(Code("A Kenyan court denied Raila Odinga bail."), (Events{"KENJUD KENOPP 173"}));
  EXPECT_EQ(Code("The Kenyan court refused bail to the opposition leaders."),
            (Events{"KENJUD KENOPP 173"}));
  // Bail granted is a release.
  EXPECT_EQ(Code("A Kenyan court granted Raila Odinga bail."), (Events{"KENJUD KENOPP 0841"}));
}

TEST_F(NewsRulesTest, AnObjectRelativeClauseWithItsOwnSubjectNamesNoTarget) {
  // "identified/VBN" after the clause's own subject is its past tense: the
  // local media are no party to the arrest: the man is (a civilian).
  EXPECT_EQ(Code("Slovak police arrested a man, who local media identified as a writer."),
            (Events{"SVKCOP ---CVL 173"}));
  EXPECT_EQ(Code("Slovak police arrested a Czech activist, who local media identified as a "
                 "writer."),
            (Events{"SVKCOP CZEOPP 173"}));
}

TEST_F(NewsRulesTest, AReportedClausesUnknownPartiesActNotItsReporter) {
  // "45 countries" offered help, not the president who said so.
  EXPECT_EQ(Code("The Turkish president said 45 countries had offered help to Turkey."), Events{});
  EXPECT_EQ(Code("The Turkish president said several nations had condemned Syria."), Events{});
  // A named subject still acts.
  EXPECT_EQ(Code("The Turkish president said Greece had offered help to Turkey."),
            (Events{"GRC TUR 033"}));
}

TEST_F(NewsRulesTest, AQuotedDeedAfterItsDeterminerIsTheDeedReactedTo) {
  // "the "brutal attack"": the condemnation's pattern sees the attack.
  EXPECT_EQ(Code("Germany condemned the \"brutal attack\" on Ukrainian troops."),
            (Events{"DEU UKRMIL 111"}));
}

TEST_F(NewsRulesTest, QuotedAdjectivesBeforeTheirNounStayInItsPhrase) {
  // "the "senseless and cowardly" attack": the quoted words modify the noun
  // after them; the phrase is the attack, whose complement names the target.
  EXPECT_EQ(Code("Italy condemned the \"senseless and cowardly\" attack on Iraqi police."),
            (Events{"ITA IRQCOP 111"}));
  EXPECT_EQ(Code("Japan condemned the \"brutal\" bombing of the Afghan parliament."),
            (Events{"JPN AFGLEG 111"}));
  // Without a noun after the closing quote the quoted words are the name
  // given, not a modifier: nothing joins the phrase before them.
  EXPECT_EQ(Code("Italy called the raids on Iraqi police \"senseless and cowardly\"."),
            (Events{"ITA IRQCOP 111"}));
  EXPECT_EQ(Code("Italy called the raids on Iraqi police \"cowardly\"."),
            Code("Italy called the raids on Iraqi police cowardly."));
}

TEST_F(NewsRulesTest, AnObjectJudgedThroughItsPrepositionsJudgesWhomTheyName) {
  // "called the deal with Iran a mistake" judges whom "condemned the deal
  // with Iran" condemns; the party of a deed's "by" phrase is its author.
  EXPECT_EQ(Code("Israel called the deal with Iran a mistake."), (Events{"ISR IRN 111"}));
  EXPECT_EQ(Code("France called the strikes by Russia a war crime."), (Events{"FRA RUS 111"}));
  EXPECT_EQ(Code("Spain called the talks with Morocco a success."), (Events{"ESP MAR 051"}));
  // A party in or past the judgement's words is not the one judged.
  EXPECT_EQ(Code("Egypt called the move a violation of Sudan's sovereignty."), (Events{}));
  EXPECT_EQ(Code("The Brazilian president took a flight to court."), (Events{}));
}

TEST_F(NewsRulesTest, AQuotedVerbKeepsItsObject) {
  // "said it "strongly condemns" the move": the quote closes the verb, not
  // its phrase; the object after it is the verb's.
  EXPECT_EQ(Code("Norway said it \"strongly condemns\" the Iranian decision."),
            (Events{"NOR IRN 111"}));
  EXPECT_EQ(Code("The ministry said Norway \"condemns\" the Iranian decision."),
            (Events{"NOR IRN 111"}));
  // Quoted words that are not the verb alone still end the phrase.
  EXPECT_EQ(Code("Norway said the ruling was \"deeply troubling\" the Iranian lawyers."), Events{});
}

TEST_F(NewsRulesTest, AStateThatBlocksPlatformsRestrictsItsOwnPeople) {
  EXPECT_EQ(Code("The Nepalese government blocked Facebook and WhatsApp."),
            (Events{"NPLGOV NPLCVL 1721"}));
  EXPECT_EQ(Code("The Nepalese government kept a block on Facebook in place."),
            (Events{"NPLGOV NPLCVL 1721"}));
  // A court that bans a firm acts on the firm; media stay the target.
  EXPECT_EQ(Code("A Nepalese court banned Facebook."), (Events{"NPLJUD USABUS 1721"}));
  EXPECT_EQ(Code("The Nepalese government blocked American news websites."),
            (Events{"NPLGOV USAMED 1721"}));
}

TEST_F(NewsRulesTest, CooperationSuspendedIsWithWhomItNames) {
  // The kind of cooperation ("military") names no party.
  EXPECT_EQ(Code("Peru suspended military and police cooperation with Chile."),
            (Events{"PER CHL 160"}));
  EXPECT_EQ(Code("Peru suspended cooperation with Chile."), (Events{"PER CHL 160"}));
}

TEST_F(NewsRulesTest, APlanDroppedIsNotCarriedOut) {
  EXPECT_EQ(Code("Russia suspended plans to annex parts of Georgia."), Events{});
  EXPECT_EQ(Code("Russia postponed plans to expel Georgian diplomats."), Events{});
  // Dropping it eases the measure, no expulsion.
  EXPECT_EQ(Code("Russia shelved its plan to expel Georgian diplomats."),
            (Events{"RUS GEOGOV 0832"}));
  // The deed itself is one.
  EXPECT_EQ(Code("Russia expelled Georgian diplomats."), (Events{"RUS GEOGOV 174"}));
}

TEST_F(NewsRulesTest, ATravelWarningIsNoThreat) {
  EXPECT_EQ(Code("Canada warned Canadians not to travel to Haiti."), Events{});
  // A warning not to act still threatens.
  EXPECT_EQ(Code("Canada warned Haiti not to expel its diplomats."), (Events{"CAN HTI 130"}));
}

TEST_F(NewsRulesTest, RescuersFlownToACountryAreReliefSent) {
  EXPECT_EQ(Code("Spain flew a team of 40 rescuers and sniffer dogs to Morocco."),
            (Events{"ESP MAR 073"}));
  EXPECT_EQ(Code("Spain dispatched rescue workers to Morocco."), (Events{"ESP MAR 073"}));
}

TEST_F(NewsRulesTest, ContactHaltedIsRelationsBroken) {
  EXPECT_EQ(Code("The Malian opposition said it was halting all contact with the army."),
            (Events{"MLIOPP MLIMIL 161"}));
  EXPECT_EQ(Code("Mali reduced contact with France."), (Events{"MLI FRA 160"}));
}

TEST_F(NewsRulesTest, AJointStatementThatCondemnsIsTheCondemnation) {
  EXPECT_EQ(Code("Chile and Peru issued a joint statement condemning the attack on Ecuador's "
                 "parliament."),
            (Events{"CHL ECULEG 111", "PER ECULEG 111"}));
  // A joint statement with another party alone is cooperation.
  EXPECT_EQ(Code("Chile issued a joint statement with Peru."), (Events{"CHL PER 050"}));
}

TEST_F(NewsRulesTest, APassivesParticipleInAClauseOfTimeIsNoVerbOfItsOwn) {
  // The dead soldiers do not strike Syria.
  EXPECT_EQ(Code("Turkey closed the border a day after 33 Turkish soldiers were killed in an "
                 "air strike in Syria."),
            (Events{"---UAF TURMIL 195"}));
  // A clause of time's own active verb is still coded.
  EXPECT_EQ(Code("Turkey closed the border a day after Syrian troops attacked Turkish soldiers."),
            (Events{"SYRMIL TURMIL 190"}));
}

TEST_F(NewsRulesTest, ADeedKeptGoingIsInTheTimeOfWhatKeepsIt) {
  // "would keep protesting" is a protest to come, as "would protest" is: the
  // intent code, not the protest.
  const Events future = Code("Chilean students said they would protest against the government.");
  ASSERT_EQ(future.size(), 1u);
  EXPECT_FALSE(future[0].ends_with(" 141"));
  EXPECT_EQ(Code("Chilean students would keep protesting against the government."),
            Code("Chilean students would protest against the government."));
  EXPECT_EQ(Code("Chilean students will continue to protest against the government."),
            Code("Chilean students will protest against the government."));
  // Told as done, it is the deed.
  EXPECT_EQ(Code("Chilean students kept protesting against the government."),
            (Events{"CHLEDU CHLGOV 141"}));
  EXPECT_EQ(Code("Chilean students continued to protest against the government."),
            (Events{"CHLEDU CHLGOV 141"}));
}

TEST_F(NewsRulesTest, ForceOnAThingNamedAfterItsVerbIsNotOnEachOther) {
  // Together on the building, not on each other.
  EXPECT_EQ(Code("Kenyan police and soldiers stormed the building."), Events{});
  EXPECT_EQ(Code("Malian troops and police attacked the camp on Monday."), Events{});
  // With nothing after the verb, or a place after a preposition, they fought
  // each other.
  EXPECT_EQ(Code("Kenyan police and Somali troops clashed near the border."),
            (Events{"KENCOP SOMMIL 190", "SOMMIL KENCOP 190"}));
}

TEST_F(NewsRulesTest, ThePressAClaimIsMadeThroughIsNoParty) {
  EXPECT_EQ(Code("The Islamic State group claimed responsibility through its Amaq news agency."),
            Events{});
  EXPECT_EQ(Code("The Pakistani Taliban claimed the attack via a Telegram channel."), Events{});
  // The press acted on stays a party.
  EXPECT_EQ(Code("The Russian government cracked down on Dutch journalists."),
            (Events{"RUSGOV NLDMED 175"}));
}

TEST_F(NewsRulesTest, ProtestersWhoSeizeOrBurnAStateBuildingRiot) {
  EXPECT_EQ(Code("Demonstrators seized the Peruvian government building in Puno."),
            (Events{"---CVL PERGOV 145"}));
  EXPECT_EQ(Code("Angry protesters took over the offices of the Bolivian governor."),
            (Events{"---CVL BOLGOV 145"}));
  EXPECT_EQ(Code("Rioters overran the Ecuadorian parliament."), (Events{"---CVL ECULEG 145"}));
  // Burned together with homes, the state's building makes the riot, on each
  // party the compound names.
  EXPECT_EQ(Code("Protesters set fire to the Chilean parliament and the homes of two ministers."),
            (Events{"---CVL CHLLEG 145", "---CVL ---GOV 145"}));
  EXPECT_EQ(Code("Crowds torched government buildings and the homes of Malawian lawmakers."),
            (Events{"---CVL MWIGOV 145", "---CVL MWILEG 145"}));
  // Armed men who seize or burn buildings take or destroy property.
  EXPECT_EQ(Code("Rebels seized the Malian government building in Kidal."),
            (Events{"---REB MLIGOV 171"}));
  EXPECT_EQ(Code("Soldiers set fire to the homes of Ugandan villagers."),
            (Events{"UGAMIL UGACVL 1712"}));
  // A road seized is no building.
  EXPECT_EQ(Code("Protesters seized the highway to the port."), Events{});
}

TEST_F(NewsRulesTest, JoiningAStrikeOrAProtestIsStrikingOrProtesting) {
  EXPECT_EQ(Code("Thousands of Zambian miners joined a general strike."),
            (Events{"ZMBLAB ZMBGOV 143"}));
  EXPECT_EQ(Code("Ghanaian nurses joined the strike on Monday."), (Events{"GHAHLH GHAGOV 143"}));
  EXPECT_EQ(Code("Chilean students joined the protests against the Chilean government."),
            (Events{"CHLEDU CHLGOV 141"}));
  // Joining a body or a coalition is no protest.
  EXPECT_EQ(Code("Finland joined NATO."), (Events{}));
}

TEST_F(NewsRulesTest, CrowdsPouringOntoAStreetProtest) {
  EXPECT_EQ(Code("Protesters poured onto the avenue outside the Armenian parliament."),
            (Events{"---CVL ARMLEG 141"}));
  EXPECT_EQ(Code("Thousands of Serbian students streamed onto the square outside the Serbian "
                 "presidency."),
            (Events{"SRBEDU SRBGOV 141"}));
  // Pouring into a country is a flight.
  EXPECT_EQ(Code("Thousands of refugees poured into Chad."), Events{});
}

TEST_F(NewsRulesTest, GunsFiredAtProtestersRepressThem) {
  EXPECT_EQ(Code("Ecuadorian police fired live rounds at the protesters."),
            (Events{"ECUCOP ---CVL 175"}));
  EXPECT_EQ(Code("Sudanese troops fired bullets at the demonstrators."),
            (Events{"SDNMIL ---CVL 175"}));
  EXPECT_EQ(Code("Riot police fired live ammunition into the crowd in Freetown."),
            (Events{"SLECOP ---CVL 175"}));
  // Fired at soldiers, guns are fighting.
  EXPECT_EQ(Code("Thai troops fired live rounds at Cambodian soldiers."),
            (Events{"THAMIL KHMMIL 193"}));
}

TEST_F(NewsRulesTest, SettingSomethingOnFireIsArsonOrARiot) {
  EXPECT_EQ(Code("Gunmen set a Burkinabe church on fire."), (Events{"---UAF BFAREL 1712"}));
  EXPECT_EQ(Code("Soldiers set the homes of Sudanese villagers on fire."),
            (Events{"SDNMIL SDNCVL 1712"}));
  // Protesters, rioters or a mob who do it riot.
  EXPECT_EQ(Code("Protesters set the Danish embassy on fire."), (Events{"---CVL DNKGOV 145"}));
  EXPECT_EQ(Code("An angry mob set two Nigerian police cars on fire."),
            (Events{"---CVL NGACOP 145"}));
  // Other uses of "set" are no arson.
  EXPECT_EQ(Code("The Kenyan court set a date for the trial."), Events{});
  EXPECT_EQ(Code("Ghana set a deadline for the talks."), Events{});
}

TEST_F(NewsRulesTest, TheSideFoughtIsTheObjectNotACountryAfterALaterWith) {
  EXPECT_EQ(Code("The Chadian army was fighting insurgents near the border with Niger."),
            (Events{"TCDMIL ---INS 190"}));
  EXPECT_EQ(Code("Kenya was fighting an insurgency on its border with Somalia."),
            (Events{"KEN ---INS 190"}));
  // Fighting with a side is still fighting each other.
  EXPECT_EQ(Code("Armenian troops clashed with Azerbaijani soldiers."),
            (Events{"ARMMIL AZEMIL 190", "AZEMIL ARMMIL 190"}));
}

TEST_F(NewsRulesTest, PoliticalBodiesThatClashFightNoBattle) {
  // Bodies that contend in politics have a dispute, not a battle.
  EXPECT_EQ(Code("The president clashed with the legislature."), (Events{}));
  EXPECT_EQ(Code("The Kenyan government clashed with the opposition over the budget."), (Events{}));
  EXPECT_EQ(Code("The Polish president and the prime minister clashed over judicial reform."),
            (Events{}));
  // Armed sides still fight, and so does an offensive against a party.
  EXPECT_EQ(Code("Malian troops clashed with Tuareg rebels."),
            (Events{"MLIMIL MLIREB 190", "MLIREB MLIMIL 190"}));
  // (A sentence alone gives the party no country; the article gives it ETH.)
  EXPECT_EQ(Code("Abiy Ahmed ordered the army to launch an offensive against the ruling party of "
                 "Tigray."),
            (Events{"ETHGOV ---PTY 190"}));
}

TEST_F(NewsRulesTest, ProtestersWhoClashWithPoliceRiotAgainstThePolice) {
  EXPECT_EQ(Code("Bolivian miners clashed with Bolivian police."), (Events{"BOLLAB BOLCOP 145"}));
  EXPECT_EQ(Code("Kenyan protesters clashed with riot police."), (Events{"KENCVL KENCOP 145"}));
  EXPECT_EQ(Code("Students clashed with Iranian security forces."), (Events{"---EDU IRNMIL 145"}));
}

TEST_F(NewsRulesTest, ASingleMissileOrRocketFiredAtAPlaceStrikesIt) {
  EXPECT_EQ(Code("Yemeni rebels fired a ballistic missile at Saudi Arabia."),
            (Events{"YEMREB SAU 194"}));
  EXPECT_EQ(Code("Syrian rebels fired a rocket at a Turkish border town."),
            (Events{"SYRREB TUR 194"}));
  EXPECT_EQ(Code("A missile slammed into a Ukrainian apartment building."),
            (Events{"---UAF UKR 194"}));
  // A launch toward a country is a show of force.
  EXPECT_EQ(Code("North Korea conducted a missile launch toward Japan."), (Events{"PRK JPN 150"}));
}

TEST_F(NewsRulesTest, AQuotedObjectKeepsTheVerbsPrepositionalTarget) {
  EXPECT_EQ(Code("Japan expressed \"deep dissatisfaction\" with the Russian government."),
            (Events{"JPN RUSGOV 110"}));
  EXPECT_EQ(Code("The Indian foreign ministry lodged \"a strong protest\" with Nepal."),
            (Events{"INDGOV NPL 114"}));
  EXPECT_EQ(Code("Vietnam lodged \"stern representations\" with the Chinese embassy."),
            (Events{"VNM CHNGOV 114"}));
}

TEST_F(NewsRulesTest, ShockedByADeedDenouncesItsAuthor) {
  EXPECT_EQ(Code("Germany was shocked by the Belarusian crackdown."), (Events{"DEU BLR 111"}));
  EXPECT_EQ(Code("The Kenyan government was appalled at the Ugandan raids."),
            (Events{"KENGOV UGA 111"}));
  EXPECT_EQ(Code("France was horrified by the Syrian bombing."), (Events{"FRA SYR 111"}));
  // The active is no reaction of anyone's.
  EXPECT_EQ(Code("The Syrian bombing shocked France."), Events{});
}

TEST_F(NewsRulesTest, OfficialsSuspendedAndPermitsRevokedAreSanctioned) {
  EXPECT_EQ(Code("The Ghanaian president suspended the country's police chief."),
            (Events{"GHAGOV GHACOP 172"}));
  EXPECT_EQ(Code("The Ghanaian government suspended five Ghanaian judges."),
            (Events{"GHAGOV GHAJUD 172"}));
  EXPECT_EQ(Code("Russia cancelled the work permit of the Finnish company."),
            (Events{"RUS FINBUS 172"}));
  EXPECT_EQ(Code("Washington revoked the Nicaraguan minister's entry visa."),
            (Events{"USAGOV NICGOV 172"}));
  EXPECT_EQ(Code("A Ghanaian judge suspended the mayor of Accra from office for 30 days."),
            (Events{"GHAJUD GHAGOV 172"}));
  // What is suspended is no person and no permit: nothing here.
  EXPECT_EQ(Code("The Ghanaian government suspended the new fuel tax."), Events{});
}

TEST_F(NewsRulesTest, AnotherCountrysEnvoyExpelledIsAnExpulsionOwnRecalledCutsTies) {
  EXPECT_EQ(Code("Chad expelled the Sudanese ambassador on Friday."), (Events{"TCD SDNGOV 174"}));
  EXPECT_EQ(Code("Chad ordered the ambassador of Sudan to leave the country."),
            (Events{"TCD SDNGOV 174"}));
  EXPECT_EQ(Code("Lithuania declared three Belarusian diplomats persona non grata."),
            (Events{"LTU BLR 174"}));
  // One's own envoy called home still cuts the mission.
  EXPECT_EQ(Code("Chad recalled its ambassador from Sudan."), (Events{"TCD SDN 161"}));
}

TEST_F(NewsRulesTest, ADefencePactSignedIsAnAgreementBothWays) {
  EXPECT_EQ(Code("Kenya signed a defence pact with Uganda."),
            (Events{"KEN UGA 057", "UGA KEN 057"}));
  EXPECT_EQ(Code("Kenya signed a defense pact with Uganda."),
            (Events{"KEN UGA 057", "UGA KEN 057"}));
}

TEST_F(NewsRulesTest, TheSubjectBeforeAParticiplesAsideActs) {
  EXPECT_EQ(Code("Kenya, locked in its own long quarrel with Ethiopia over the waters of the "
                 "lake, signed a defence pact with Uganda on Monday."),
            (Events{"KEN UGA 057", "UGA KEN 057"}));
  EXPECT_EQ(Code("The Norwegian military apologised to the family of the Afghan driver."),
            (Events{"NORMIL AFGCVL 055"}));
}

TEST_F(NewsRulesTest, WhatAContactIsMadeToSayIsSaidToTheOneContacted) {
  EXPECT_EQ(Code("The Kenyan president telephoned the Ugandan president to offer his condolences."),
            (Events{"KENGOV UGAGOV 041", "KENGOV UGAGOV 018"}));
  EXPECT_EQ(Code("Ghana's president phoned the Ivorian president to congratulate him."),
            (Events{"GHAGOV CIVGOV 041", "GHAGOV CIVGOV 051"}));
  // An aim of the contact is not done by it.
  EXPECT_EQ(Code("The Kenyan president met the Ugandan president to sign a trade deal."),
            (Events{"KENGOV UGAGOV 040"}));
  EXPECT_EQ(Code("The Kenyan foreign minister was in contact with the Ugandan government to "
                 "secure the release of the hostages."),
            (Events{"KENGOV UGAGOV 040"}));
  EXPECT_EQ(Code("The Kenyan president visited Kampala to deliver a speech."),
            (Events{"KENGOV UGA 042"}));
}

TEST_F(NewsRulesTest, AnAgreementSignedByTwoIsSignedByEachWithTheOther) {
  EXPECT_EQ(Code("The accord was signed by Kenya and Uganda in Nairobi."),
            (Events{"KEN UGA 057", "UGA KEN 057"}));
  EXPECT_EQ(Code("A ceasefire deal was signed by the Sudanese army and the Chadian government."),
            (Events{"SDNMIL TCDGOV 057", "TCDGOV SDNMIL 057"}));
  // One signer: no party to sign with.
  EXPECT_EQ(Code("The law was signed by the Kenyan president."), Events{});
}

TEST_F(NewsRulesTest, ArrestWarrantsIssuedAreLegalAction) {
  EXPECT_EQ(Code("Ugandan prosecutors issued arrest warrants for two opposition lawmakers."),
            (Events{"UGAJUD UGAOPP 173"}));
  EXPECT_EQ(Code("A Zambian court issued a warrant for the arrest of the opposition leader."),
            (Events{"ZMBJUD ZMBOPP 173"}));
  // A warrant for no one named: nothing.
  EXPECT_EQ(Code("A Zambian court issued a warrant on Monday."), Events{});
}

TEST_F(NewsRulesTest, WhoBringsTwoPartiesTogetherMediates) {
  EXPECT_EQ(Code("The Kenyan president brought the leaders of Sudan and Chad together in Nairobi."),
            (Events{"KENGOV SDNGOV 045", "KENGOV TCDGOV 045"}));
  EXPECT_EQ(Code("Norway brought Colombia and the rebels together for talks."),
            (Events{"NOR COL 045", "NOR ---REB 045"}));
  // Things brought are no parties.
  EXPECT_EQ(Code("Norway brought food to Sudan."), Events{});
}

TEST_F(NewsRulesTest, MoreWordsThatCondemnWhatTheyName) {
  EXPECT_EQ(Code("The Zambian opposition called the Zambian vote a constitutional coup."),
            (Events{"ZMBOPP ZMB 111"}));
  EXPECT_EQ(Code("Moscow called the Latvian decision blasphemous."), (Events{"RUSGOV LVA 111"}));
  EXPECT_EQ(Code("The EU said the Belarusian election had been neither free nor fair."),
            (Events{"IGOEUREEC BLR 111"}));
  EXPECT_EQ(Code("The EU said the Belarusian election had been free and fair."), Events{});
}

TEST_F(NewsRulesTest, APersonHeldHandedBackIsReleased) {
  // "a captured pilot" is no capture of its own.
  EXPECT_EQ(Code("Chad handed back a captured Sudanese pilot on Friday."),
            (Events{"TCD SDN 0841"}));
  EXPECT_EQ(Code("Uganda released the abducted Kenyan students."), (Events{"UGA KENEDU 0841"}));
}

TEST_F(NewsRulesTest, AParticipleAfterTheClauseIsItsSubjectsDeed) {
  // The party the clause acted on stands nearer; the clause's subject acts.
  EXPECT_EQ(Code("Kenya will not attend an African Union summit in Kampala, accusing Uganda of "
                 "meddling."),
            (Events{"KEN UGA 1121"}));
  // ... also after a reporting aside that the comma clauses took out.
  EXPECT_EQ(Code("Kenya boycotted an African Union summit in Kampala, officials said, accusing "
                 "Uganda of meddling."),
            (Events{"KEN IGOAFRAU 160", "KEN UGA 1121"}));
}

TEST_F(NewsRulesTest, TheClauseAfterAnOpeningSubordinateClauseIsTheMainOne) {
  EXPECT_EQ(Code("When the talks collapsed, Chile recalled its ambassador from Bolivia."),
            (Events{"CHL BOL 161"}));
  // A single clause after the comma with no subject of its own is still cut.
  EXPECT_EQ(Code("When the talks collapsed, Chile recalled its ambassador from Bolivia, saying "
                 "nothing."),
            (Events{"CHL BOL 161"}));
}

TEST_F(NewsRulesTest, TheSpeakerOfAReportingAsideMakesTheParticiplesStatement) {
  EXPECT_EQ(Code("Kenya will not attend the summit, the Kenyan foreign ministry said, accusing "
                 "Uganda of meddling."),
            (Events{"KENGOV UGA 1121"}));
  EXPECT_EQ(Code("\"We will not go,\" the Kenyan president said, calling Uganda a rogue state."),
            (Events{"KENGOV UGA 111"}));
  // ... also with the speaker after the verb, after a quote.
  EXPECT_EQ(Code("\"The border is closed,\" said the Kenyan president, calling Uganda a rogue "
                 "state."),
            (Events{"KENGOV UGA 111"}));
  EXPECT_EQ(Code("\"This is theft,\" said the Ghanaian finance minister, accusing Togo of fraud."),
            (Events{"GHAGOV TGO 1121"}));
  // Not a phrase after the verb that is no speaker ("said on Monday").
  EXPECT_EQ(Code("\"The border is closed,\" said on Monday the radio, praising Kenya."),
            (Events{}));
  // An aside before a participle of no statement is still taken out.
  EXPECT_EQ(Code("Kenya recalled its ambassador from Uganda, the Kenyan foreign ministry said, "
                 "leaving Kampala."),
            (Events{"KEN UGA 161"}));
}

// After a quote, the speaker's aside may name the hearers, a time or a place
// after its verb ("told reporters on Monday"): the participle is still the
// speaker's; without a quote, such an aside still goes.
TEST_F(NewsRulesTest, ASpeakersAsideAfterAQuoteMayNameItsHearers) {
  EXPECT_EQ(Code("\"The border stays shut,\" the Chadian president told reporters, accusing "
                 "Sudan of arming rebels."),
            (Events{"TCDGOV SDN 1123"}));
  EXPECT_EQ(Code("\"The border stays shut,\" the Chadian president told journalists in N'Djamena "
                 "on Tuesday, accusing Sudan of arming rebels."),
            (Events{"TCDGOV SDN 1123"}));
  EXPECT_EQ(Code("\"We will not sign,\" Bolivia's president told Reuters, calling Chile a bully."),
            (Events{"BOLGOV CHL 111"}));
  // Not without a quote: the aside goes, the participle is the clause's subject's.
  EXPECT_EQ(Code("Kenya will not attend the summit, Kenyan officials told reporters, accusing "
                 "Uganda of meddling."),
            (Events{"KEN UGA 1121"}));
}

TEST_F(NewsRulesTest, NamesAndWordsOfContemptCondemn) {
  EXPECT_EQ(Code("The Colombian president called the Venezuelan decision unfortunate."),
            (Events{"COLGOV VEN 111"}));
  EXPECT_EQ(Code("The Serbian president called the United States the main culprit."),
            (Events{"SRBGOV USA 111"}));
  EXPECT_EQ(Code("The Bolivian president called the Chilean president a son of a bitch."),
            (Events{"BOLGOV CHLGOV 111"}));
  EXPECT_EQ(Code("Kyiv called the Russian strikes \"inexcusable\"."), (Events{"UKRGOV RUS 111"}));
  EXPECT_EQ(Code("The Zambian minister called the Malawian decision extremely worrying."),
            (Events{"ZMBGOV MWI 111"}));
  // A reported clause that only names a word of contempt judges no one.
  EXPECT_EQ(Code("The Kenyan president said Kenya was determined to defeat terrorism."),
            (Events{}));
  // Words of praise are none; nor are the words of what is called for.
  EXPECT_EQ(Code("The Colombian president called the Venezuelan decision wise."), Events{});
  EXPECT_EQ(Code("Nigeria called for the arrest of the terrorists."), Events{});
}

TEST_F(NewsRulesTest, DispleasureAtADeedDisapprovesOfItsAuthor) {
  EXPECT_EQ(Code("Japan was deeply disappointed by the South Korean ruling."),
            (Events{"JPN KOR 110"}));
  EXPECT_EQ(Code("Ghana was concerned by the Togolese move."), (Events{"GHA TGO 110"}));
  EXPECT_EQ(Code("Ghana was concerned."), Events{});
}

TEST_F(NewsRulesTest, MeasuresDismissedOrDeclaredVoidAreRejected) {
  EXPECT_EQ(Code("Iran dismissed the American sanctions."), (Events{"IRN USA 120"}));
  EXPECT_EQ(Code("Pakistan brushed aside the Indian evidence."), (Events{"PAK IND 120"}));
  EXPECT_EQ(Code("Serbia declared the Kosovar vote null and void."), (Events{"SRB KSV 120"}));
  // Dismissing people is no rejection.
  EXPECT_EQ(Code("The Serbian minister dismissed the Kosovar journalists."), Events{});
}

TEST_F(NewsRulesTest, ReadinessToPunishIsAThreat) {
  EXPECT_EQ(Code("The European Union stands ready to impose further sanctions on Belarus."),
            (Events{"IGOEUREEC BLR 1312"}));
  EXPECT_EQ(Code("Turkey is prepared to use force against the Syrian army."),
            (Events{"TUR SYRMIL 138"}));
  // Readiness to help is an intent to cooperate.
  EXPECT_EQ(Code("China is ready to work with Japan."), (Events{"CHN JPN 030"}));
}

TEST_F(NewsRulesTest, HighCommissionersAreEnvoysSummoned) {
  EXPECT_EQ(Code("Ghana summoned Nigeria's high commissioner on Tuesday."),
            (Events{"GHA NGAGOV 114"}));
}

TEST_F(NewsRulesTest, AWarningThatADeedWillCostThreatensItsAuthor) {
  EXPECT_EQ(Code("Japan warned that the Chinese move could harm relations."),
            (Events{"JPN CHN 130"}));
  EXPECT_EQ(Code("The Kenyan president said the Somali attackers would not go unpunished."),
            (Events{"KENGOV SOMUAF 130"}));
  // A warning of hardship is no threat.
  EXPECT_EQ(Code("The United Nations warned that Yemen faces famine."), Events{});
}

TEST_F(NewsRulesTest, RecognitionRefusedAsAStanceIsARejection) {
  EXPECT_EQ(Code("Azerbaijan will never recognise the independence of Armenia."),
            (Events{"AZE ARM 120"}));
  EXPECT_EQ(Code("Ukraine does not recognize the Russian annexation."), (Events{"UKR RUS 120"}));
  // Recognition that has not happened yet is no event.
  EXPECT_EQ(Code("Indonesia has still not recognised Israel."), Events{});
}

TEST_F(NewsRulesTest, ACrimeOrAFailureToldOfAPartyInAReportedClauseAccusesIt) {
  EXPECT_EQ(Code("Human Rights Watch said the Ethiopian army had committed atrocities."),
            (Events{"NGOHRI ETHMIL 1124"}));
  EXPECT_EQ(Code("The Malian opposition said the Malian army had failed to protect the town."),
            (Events{"MLIOPP MLIMIL 111"}));
  // A failure that harms no one is no charge.
  EXPECT_EQ(Code("The Kenyan coach said Uganda had failed to score."), Events{});
}

TEST_F(NewsRulesTest, AThreatToStopExercisesOrTradeWithAPartyThreatensIt) {
  EXPECT_EQ(Code("The Thai prime minister threatened to end joint exercises with Cambodia."),
            (Events{"THAGOV KHM 131"}));
  EXPECT_EQ(Code("India threatened to halt trade with Nepal."), (Events{"IND NPL 1312"}));
}

// "Hamas-led gunmen": armed men an armed group leads are the group's
// (irregulars' force on a place is 180); unled, they stay unidentified.
TEST_F(NewsRulesTest, ArmedMenLedByAnArmedGroupAreTheGroups) {
  EXPECT_EQ(Code("Hamas-led gunmen attacked an Israeli village."), (Events{"PSEINS ISR 180"}));
  EXPECT_EQ(Code("Gunmen attacked an Israeli village."), (Events{"---UAF ISR 180"}));
}

// "failed to stop": what failed to happen did not, as "did not stop" (the
// storming it failed to stop did happen).
TEST_F(NewsRulesTest, ADeedThatFailedIsNegated) {
  EXPECT_EQ(Code("Police stopped the protesters from storming parliament."),
            (Events{"---COP ---CVL 160"}));
  EXPECT_EQ(Code("Police failed to stop the protesters from storming parliament."),
            (Events{"---CVL ---LEG 145"}));
}

// "declined to meet", "avoided criticising": the deed its subject would not
// do is negated.
TEST_F(NewsRulesTest, ADeedDeclinedOrAvoidedIsNegated) {
  EXPECT_EQ(Code("The Chilean president met the Peruvian foreign minister."),
            (Events{"CHLGOV PERGOV 040"}));
  EXPECT_EQ(Code("The Chilean president declined to meet the Peruvian foreign minister."),
            Events{});
  EXPECT_EQ(Code("Japan criticised China."), (Events{"JPN CHN 111"}));
  EXPECT_EQ(Code("Japan avoided criticising China."), Events{});
}

// "has decided to expel": a decision taken is the deed (not CAMEO's intent
// code, as "plans to expel" is); a decision not taken is negated.
TEST_F(NewsRulesTest, ADecisionTakenIsTheDeed) {
  EXPECT_EQ(Code("Ghana has decided to expel the Togolese ambassador."),
            (Events{"GHA TGOGOV 174"}));
  EXPECT_EQ(Code("Ghana has not decided to expel the Togolese ambassador."), Events{});
  EXPECT_EQ(Code("Ghana plans to expel the Togolese ambassador."), (Events{"GHA TGOGOV 137"}));
}

// "had sought to seize": a past aim the text does not say was achieved (an
// attempt, "tried to storm", still codes the deed).
TEST_F(NewsRulesTest, APastAimIsNoDeed) {
  EXPECT_EQ(Code("Chadian rebels had sought to storm the Sudanese embassy."), Events{});
  EXPECT_EQ(Code("Chadian rebels tried to storm the Sudanese embassy."),
            (Events{"TCDREB SDNGOV 145"}));
}

// "did not say it would arrest them", "has not confirmed that its troops
// entered": what a report not made would say is no event; a report made,
// or a denial of the deed's negation, stands.
TEST_F(NewsRulesTest, WhatAReportNotMadeWouldSayIsNoEvent) {
  EXPECT_EQ(Code("The Cuban government said Cuban police had arrested the Colombian rebels."),
            (Events{"CUBCOP COLREB 173"}));
  EXPECT_EQ(Code("The Cuban government did not confirm that Cuban police had arrested the "
                 "Colombian rebels."),
            Events{});
  EXPECT_EQ(Code("The Cuban government has not said it will expel the Colombian rebels."),
            Events{});
}

// "No protesters were arrested", "no group attacked": a deed whose subject
// names none is negated; "no fewer than" and "with no uniforms" name some.
TEST_F(NewsRulesTest, ADeedOfNoneIsNegated) {
  EXPECT_EQ(Code("Kenyan police arrested the protesters."), (Events{"KENCOP ---CVL 173"}));
  EXPECT_EQ(Code("No protesters were arrested by Kenyan police."), Events{});
  EXPECT_FALSE(Code("Chadian rebels with no uniforms attacked the Sudanese embassy.").empty());
  EXPECT_EQ(Code("No fewer than ten Chadian rebels attacked the Sudanese embassy."),
            (Events{"TCDREB SDNGOV 190"}));
}

// "Neither Mali nor Niger has sent troops", "Nor did Egypt criticise":
// a subject that names none of its members, or a clause opened by "nor" and
// an inverted auxiliary, tells a deed not done; "Mali and Niger" and a
// "nor" inside an object do not.
TEST_F(NewsRulesTest, ADeedOfNeitherIsNegated) {
  EXPECT_EQ(Code("Neither Chad nor Niger has sent troops to Mali."), Events{});
  EXPECT_EQ(Code("Neither Russia nor China condemned the Chadian rebels."), Events{});
  EXPECT_EQ(Code("Neither side attacked the Sudanese embassy."), Events{});
  EXPECT_EQ(Code("Nor did Egypt criticise Israel."), Events{});
  EXPECT_EQ(Code("Kenya did not criticise Uganda, nor did it criticise Tanzania."), Events{});
  EXPECT_EQ(Code("Russia and China condemned the Chadian rebels."),
            (Events{"RUS TCDREB 111", "CHN TCDREB 111"}));
  EXPECT_EQ(Code("Egypt criticised Israel."), (Events{"EGY ISR 111"}));
}

// "traded accusations at the United Nations", "signed a deal at the summit":
// a compound's members act on each other where they meet, after "at" as
// after "in"; force fired "at" someone is aimed at them.
TEST_F(NewsRulesTest, AVenueAfterAtIsWhereMembersActOnEachOther) {
  EXPECT_EQ(Code("Pakistan and India traded accusations at the United Nations."),
            (Events{"PAK IND 112", "IND PAK 112"}));
  EXPECT_EQ(Code("Kenya and Uganda signed a deal at the African Union summit."),
            (Events{"KEN UGA 057", "UGA KEN 057"}));
  EXPECT_EQ(Code("Chadian and Nigerien troops fired at Sudanese rebels."),
            (Events{"TCDMIL SDNREB 193", "NERMIL SDNREB 193"}));
}

// "sent Congress a bill to expropriate the company": what a bill or a
// motion would do is proposed, not done.
TEST_F(NewsRulesTest, ABillsInfinitiveIsNoDeed) {
  EXPECT_EQ(Code("The Bolivian president sent Congress a bill to expropriate 51 percent of the "
                 "Spanish company."),
            Events{});
  EXPECT_EQ(Code("The Bolivian president expropriated Spanish companies."),
            (Events{"BOLGOV ESPBUS 1711"}));
}

// "seized the president, dissolved/VBN the government and suspended the
// constitution": a participle with an object after a comma that a past tense
// follows after "and" is the next predicate of a list, no aside.
TEST_F(NewsRulesTest, APastPredicateListAfterACommaIsNoAside) {
  EXPECT_EQ(Code("Guinean soldiers seized President Conde, dissolved the government and "
                 "suspended the constitution."),
            (Events{"GINMIL GINGOV 173", "GINMIL ---GOV 172"}));
  // An aside with no second past tense stays one.
  EXPECT_EQ(Code("Guinean soldiers seized President Conde, backed by armoured vehicles."),
            (Events{"GINMIL GINGOV 173"}));
}

// Armed men killed or wounded in a fight with armed men fell to the side they
// fought; people or peacekeepers hurt in clashes with a crowd or the police
// are a toll.
TEST_F(NewsRulesTest, ArmedMenKilledInAFightFellToTheSideTheyFought) {
  EXPECT_EQ(Code("Twenty Indian soldiers were killed in a clash with Chinese troops."),
            (Events{"CHNMIL INDMIL 190"}));
  EXPECT_EQ(Code("Ten rebels were killed in heavy fighting with the Congolese army."),
            (Events{"CODMIL ---REB 190"}));
  EXPECT_EQ(Code("Three Pakistani policemen were wounded in a shootout with gunmen."),
            (Events{"---UAF PAKCOP 182"}));
  EXPECT_EQ(Code("One person was killed in clashes with police."), (Events{}));
  EXPECT_EQ(Code("About 30 NATO peacekeepers were injured in clashes with Serb protesters."),
            (Events{}));
  EXPECT_EQ(Code("Two soldiers were killed in an accident with a truck."), (Events{}));
}

// A "who" that is its clause's subject ends what the verb before it reads:
// the hostages the rebels had held are no victims of their killing.
TEST_F(NewsRulesTest, ASubjectWhoEndsWhatTheVerbReads) {
  EXPECT_EQ(Code("Russian troops killed the Chechen rebels who had held about 800 people hostage."),
            (Events{"RUSMIL RUSREB 190"}));
  EXPECT_EQ(Code("Nigerian troops killed the gunmen who had abducted dozens of students."),
            (Events{"NGAMIL ---UAF 190"}));
  EXPECT_EQ(Code("Russian troops killed 300 villagers."), (Events{"RUSMIL ---CVL 202"}));
  EXPECT_EQ(Code("Sudanese troops massacred hundreds of villagers who had fled the fighting."),
            (Events{"SDNMIL ---CVL 202"}));
}

// A person seized is no property: a state's forces, police or courts detain
// them (173), anyone else abducts them (181); goods and ground stay 171, 192.
TEST_F(NewsRulesTest, APersonSeizedIsDetainedOrAbducted) {
  EXPECT_EQ(Code("Iranian forces seized two British sailors in the Gulf."),
            (Events{"IRNMIL GBRMIL 173"}));
  EXPECT_EQ(Code("Police seized the opposition leader at his home."),
            (Events{"---COP ---OPP 173"}));
  EXPECT_EQ(Code("A French journalist was seized by Malian soldiers."),
            (Events{"MLIMIL FRAMED 173"}));
  EXPECT_EQ(Code("Gunmen seized three Italian journalists in Mali."),
            (Events{"---UAF ITAMED 181"}));
  EXPECT_EQ(Code("Iran seized a British tanker."), (Events{"IRN GBR 1711"}));
  EXPECT_EQ(Code("Turkish police seized weapons from Kurdish rebels."),
            (Events{"TURCOP ---REB 1711"}));
  // A capital seized is ground taken, whoever is named after it.
  EXPECT_EQ(Code("Yemen's Houthi rebels seized Sanaa with the help of army units loyal to former "
                 "President Ali Abdullah Saleh."),
            (Events{"YEMREB YEM 192"}));
}

// A sentence that tells of bombs, killing or hostages is news whatever sport
// it names; a sports report is still discarded.
TEST_F(NewsRulesTest, ViolenceAtAMatchIsNoSportsReport) {
  EXPECT_EQ(Code("Islamist gunmen attacked fans watching the World Cup final in Kampala, killing "
                 "dozens of Ugandan civilians."),
            (Events{"---UAF UGACVL 180"}));
  EXPECT_EQ(Code("Bahraini police fired tear gas at protesters ahead of the Formula One Grand "
                 "Prix."),
            (Events{"BHRCOP ---CVL 175"}));
  EXPECT_EQ(Code("Brazil's captain attacked the referee after the match against Argentina."),
            Events{});
}

// "Russia said the convoy was attacked": a reported passive with a subject
// of its own was done to that subject, never to the reporter.
TEST_F(NewsRulesTest, AReportedPassiveIsNotDoneToTheReporter) {
  EXPECT_EQ(Code("Russia said the convoy was attacked near Aleppo."), Events{});
  EXPECT_EQ(Code("Kenya said the town was shelled overnight."), Events{});
  EXPECT_EQ(Code("Russia said it was attacked by Ukraine."), (Events{"UKR RUS 190"}));
  // What was fired is no patient: the reporter was fired at.
  EXPECT_EQ(Code("Israel said rockets were fired at Sderot from Gaza."),
            (Events{"---UAF ISR 193"}));
}

// "Israeli jets struck an airport near Damascus": force on a thing that
// names no one, by a party of a country, falls on the capital's country.
TEST_F(NewsRulesTest, ForceOnAThingInACapitalFallsOnItsCountry) {
  EXPECT_EQ(Code("Israeli jets struck an airport near Damascus."), (Events{"ISRMIL SYR 195"}));
  EXPECT_EQ(Code("Russian missiles hit a power plant in Kyiv."), (Events{"RUSMIL UKR 194"}));
  EXPECT_EQ(Code("Syrian rebels fired rockets at Damascus."), (Events{"SYRREB SYR 194"}));
  // A person arrested there is who is acted on; a state's forces storming a
  // building in their own capital attack no country.
  EXPECT_EQ(Code("Israeli troops arrested a man in Damascus."), (Events{"ISRMIL ---CVL 173"}));
  EXPECT_EQ(Code("Syrian commandos stormed a cafe in Damascus."), Events{});
}

// "will send its minister to Kampala to meet ...", "is sending ... to meet":
// the purpose of a trip still to come is an intention (036); a trip made
// ("sent ... to meet") keeps the meeting.
TEST_F(NewsRulesTest, ThePurposeOfATripToComeIsToCome) {
  // (The minister sent is Ghana's by coreference, which this test does not run.)
  EXPECT_EQ(Code("Ghana sent its foreign minister to Lome to meet the Togolese president."),
            (Events{"---GOV TGOGOV 040"}));
  EXPECT_EQ(Code("Ghana will send its foreign minister to Lome to meet the Togolese president."),
            (Events{"---GOV TGOGOV 036"}));
  EXPECT_EQ(Code("Ghana is sending its foreign and defence ministers to Lome to meet the "
                 "Togolese president."),
            (Events{"---GOV TGOGOV 036"}));
}

// "pressed Mali to expel", "called for Mali to expel": the deed asked of
// another is not done ("ordered Mali to expel" is told as done); the
// pressing is an appeal.
TEST_F(NewsRulesTest, ADeedAskedOfAnotherIsNotDone) {
  EXPECT_EQ(Code("Mali expelled the Russian mercenaries."), (Events{"MLI RUSUAF 174"}));
  EXPECT_EQ(Code("France pressed Mali to expel the Russian mercenaries."), (Events{"FRA MLI 020"}));
  EXPECT_EQ(Code("France called for Mali to expel the Russian mercenaries."), Events{});
  EXPECT_EQ(Code("France ordered Mali to expel the Russian mercenaries."),
            (Events{"MLI RUSUAF 174"}));
}

// "did not order police to attack", "no one in his government had ordered
// the army to fire": an order not given tells no deed; a second infinitive
// coordinated with a deed asked of another ("urged X to A and to B") is
// asked too.
TEST_F(NewsRulesTest, ADeedOfAnOrderNotGivenOrAskedInASecondInfinitiveIsNotDone) {
  EXPECT_EQ(Code("The Kenyan president ordered the police to disperse the protesters."),
            (Events{"KENCOP ---CVL 175"}));
  EXPECT_EQ(Code("The Kenyan president did not order the police to disperse the protesters."),
            Events{});
  EXPECT_EQ(Code("He said no one in the Peruvian government had ordered the police to attack "
                 "protesters."),
            Events{});
  EXPECT_EQ(Code("Nobody ordered the Chilean army to fire on protesters."), Events{});
  EXPECT_EQ(Code("None of the Kenyan protesters were arrested."), Events{});
  EXPECT_EQ(Code("The United States urged the Sri Lankan president to reconvene parliament and "
                 "to allow lawmakers to vote."),
            Code("The United States urged the Sri Lankan president to reconvene parliament."));
}

// A transnational movement's affiliate named in apposition is the affiliate,
// an armed group of its base country; without the name, or for a person in
// apposition, the movement stays.
TEST_F(NewsRulesTest, AnAffiliateNamedInAppositionIsTheAffiliate) {
  EXPECT_EQ(Code("The Islamic State's West African branch, ISWAP, attacked a Nigerian army base."),
            (Events{"NGAINS NGAMIL 190"}));
  EXPECT_EQ(Code("Islamic State's affiliate in Afghanistan, ISIS-K, attacked an Afghan army "
                 "checkpoint."),
            (Events{"AFGINS AFGMIL 190"}));
  EXPECT_EQ(Code("Al Qaeda's affiliate in the region attacked a Malian army base."),
            (Events{"IMGMUSALQ MLIMIL 190"}));
}

TEST_F(NewsRulesTest, AParticipleOfForceAfterTheClauseIsTheSubjectsDeed) {
  EXPECT_EQ(
      Code("Russian forces advanced on the town, pounding Ukrainian positions with artillery."),
      (Events{"RUSMIL UKR 194"}));
  // "setting off" tells what followed, no deed.
  EXPECT_EQ(Code("Protesters marched through Lagos on Monday, setting off fireworks."), Events{});
  EXPECT_EQ(
      Code("Turkish troops entered the village, setting up checkpoints near the fire station."),
      Events{});
}

TEST_F(NewsRulesTest, AParticipleBeforeAnAttributionGoesOnWithTheClause) {
  EXPECT_EQ(Code("France expelled the Russian ambassador, accusing him of spying, the ministry "
                 "said."),
            (Events{"FRA RUSGOV 174", "FRA RUSGOV 1125"}));
  EXPECT_EQ(Code("Russian forces advanced on the town, shelling Ukrainian positions, the ministry "
                 "said."),
            (Events{"RUSMIL UKR 194"}));
  // An aside between the subject and its verb is no such participle.
  EXPECT_EQ(Code("Russian troops, shelling the town for days, finally entered Ukraine, officials "
                 "said."),
            (Events{"RUSMIL UKR 192"}));
}

TEST_F(NewsRulesTest, APhraseOfTimeFillsNoPartySlotOfAPattern) {
  // "* TROOPS in TARGET": "in March" names no one deployed against.
  EXPECT_EQ(Code("Sudan deployed troops in March."), Events{});
  EXPECT_EQ(Code("Sudan deployed troops in March in Yemen."), (Events{"SDNMIL YEM 154"}));
  EXPECT_EQ(Code("Chile deployed troops to Peru in March."), (Events{"CHLMIL PER 154"}));
}

TEST_F(NewsRulesTest, WhoSaysWhatATargetWasIsNoTarget) {
  // "what X said were ...": the one who names the thing is no party to it.
  // Militants' camps are the militants' (agents.txt), as Hamas's tunnels are Hamas's.
  EXPECT_EQ(Code("Turkish jets bombed what Ankara said were Kurdish militant camps in Iraq."),
            (Events{"TURMIL ---UAF 195"}));
  EXPECT_EQ(Code("Turkish jets bombed what Ankara said were Kurdish arms depots in Iraq."),
            (Events{"TURMIL IRQ 195"}));
  EXPECT_EQ(Code("Israel struck what the army said were Hamas tunnels."),
            (Events{"ISR PSEINS 190"}));
  // Who is said to have done something stays a party ("said Iran attacked").
  EXPECT_EQ(Code("Saudi Arabia condemned Iran, which it said had attacked its tankers."),
            (Events{"SAU IRN 111"}));
}

TEST_F(NewsRulesTest, AVisitGoesToTheCapitalNamedRightAfterItsVerb) {
  // A phrase after the capital (an apposition to the visitor) is no host.
  EXPECT_EQ(Code("The German chancellor arrived in Kyiv on Monday, the first Western leader to "
                 "visit since the invasion."),
            (Events{"DEUGOV UKR 042"}));
  // A pattern's own target stays ("arrived ... for talks with TARGET").
  EXPECT_EQ(Code("The French president arrived in Nairobi for talks with Kenyan officials."),
            (Events{"FRAGOV KENGOV 040"}));
  // A capital that is no visit's destination is no party.
  EXPECT_EQ(Code("The Chinese president met the Kenyan president in Nairobi."),
            (Events{"CHNGOV KENGOV 040"}));
}

TEST_F(NewsRulesTest, AStateBodyNeitherCriticisesNorRejectsItsOwnCountry) {
  // The country named is the one wronged, not whom the president rejects.
  EXPECT_EQ(Code("The Kenyan president rejected the demand as interference in Kenya's internal "
                 "affairs."),
            Events{});
  EXPECT_EQ(Code("The Kenyan president rejected the demand from Uganda."),
            (Events{"KENGOV UGA 120"}));
  EXPECT_EQ(Code("The Kenyan president criticised Uganda."), (Events{"KENGOV UGA 111"}));
  // The opposition is no state body.
  EXPECT_EQ(Code("Kenyan opposition leaders criticised Kenya."), (Events{"KENOPP KEN 111"}));
}

}  // namespace
TEST_F(NewsRulesTest, AParticipleWithAPrepositionAfterCommaAndIsAPastPredicate) {
  // "called/VBN on Serbia" after ", and" goes on with the sentence's subject
  // instead of being removed as an aside.
  EXPECT_EQ(Code("Austria condemned the shelling, which wounded two nurses, and called on Serbia "
                 "to withdraw its forces."),
            (Events{"AUT SRB 0256"}));
  // A participle with its agent is no such predicate.
  EXPECT_EQ(Code("Austria condemned the shelling, which wounded two nurses, and supported by "
                 "Serbia."),
            (Events{}));
}

TEST_F(NewsRulesTest, ForcesAPatternMovesAreNotItsTarget) {
  // The forces ordered or sent are what the verb moves: a quoted verb read as
  // the pattern's target leads on to the coded phrase right after it.
  EXPECT_EQ(Code("Nigeria's president ordered the army to \"crush\" Boko Haram militants."),
            (Events{"NGAGOV NGAINS 154"}));
  // Words of the pattern that match no forces ("flags") name the target.
  EXPECT_EQ(Code("Protesters burned Israeli flags outside the cabinet office."),
            (Events{"---CVL ISR 141"}));
}

TEST_F(NewsRulesTest, AConditionsSubjectThatNamesNoOneEndsTheTarget) {
  // "warned that if the violence spreads to Darfur": the place belongs to the
  // condition's own verb, not to the warning.
  EXPECT_EQ(Code("The United Nations warned that if the violence spreads to Darfur, thousands "
                 "could die."),
            (Events{}));
  // A condition whose subject is a party is a threat to it.
  EXPECT_EQ(Code("Iran warned that if Israel attacks its nuclear sites, it will respond."),
            (Events{"IRN ISR 130"}));
}

TEST_F(NewsRulesTest, APredicateJoinedByAndActsForTheFirstVerbsSubject) {
  // What the first predicate acted on is not the second's subject.
  EXPECT_EQ(Code("Washington criticised Paris and would keep working with France."),
            (Events{"USAGOV FRAGOV 111", "USAGOV FRA 030"}));
  // A reported clause's subject after a verb of saying still acts.
  EXPECT_EQ(Code("Kenya said Somali militants attacked a police post."),
            (Events{"SOMUAF ---COP 190"}));
}

TEST_F(NewsRulesTest, ACompanionOfTheSubjectActsWithIt) {
  // "along with", "together with", "as well as", "alongside", set off by
  // commas or not: the companion does what the subject does.
  EXPECT_EQ(Code("Germany, along with France, condemned Iran."),
            (Events{"DEU IRN 111", "FRA IRN 111"}));
  EXPECT_EQ(Code("Britain, together with Canada, imposed sanctions on Russia."),
            (Events{"GBR RUS 163", "CAN RUS 163"}));
  EXPECT_EQ(Code("Japan as well as Australia criticised China."),
            (Events{"AUS CHN 111", "JPN CHN 111"}));
  EXPECT_EQ(Code("Kenya, alongside Uganda, condemned Sudan."),
            (Events{"KEN SDN 111", "UGA SDN 111"}));
  // A companion no dictionary codes adds no one; nor is a companion after
  // the verb's object the subject's.
  EXPECT_EQ(Code("Germany, along with other countries, condemned Iran."), (Events{"DEU IRN 111"}));
  EXPECT_EQ(Code("Germany condemned Iran, as well as Syria."), (Events{"DEU IRN 111"}));
}

TEST_F(NewsRulesTest, ACapitalAimedAtIsItsGovernmentNotAPlace) {
  // "hit out at", "lashed out at", "took aim at": the capital is the party.
  EXPECT_EQ(Code("China hit out at Washington over the new tariffs."), (Events{"CHN USAGOV 111"}));
  EXPECT_EQ(Code("Russia lashed out at Kyiv after the drone strike."), (Events{"RUS UKRGOV 111"}));
  // Met or arrived at a capital: a place, no party.
  EXPECT_EQ(Code("The ministers met at Geneva on Monday."), (Events{}));
}

TEST_F(NewsRulesTest, AnAttackThatNamesItsAuthorIsThePassivesAgent) {
  // "killed in an Israeli air strike": the strike's phrase names who killed.
  EXPECT_EQ(Code("Five Palestinians were killed in an Israeli air strike."),
            (Events{"ISRMIL PSE 195"}));
  // An attack that names no one leaves the deed to an unseen force, and a
  // toll of an unnamed attack is none at all.
  EXPECT_EQ(Code("Dozens of civilians were killed in Russian shelling of Kharkiv."),
            (Events{"RUSMIL ---CVL 194"}));
  // A group named before its attack: the Taliban, an insurgency in March 2021.
  EXPECT_EQ(Code("Three soldiers were killed in a Taliban attack."), (Events{"AFGINS ---MIL 190"}));
  EXPECT_EQ(Code("Five Palestinians were killed in an air strike."), (Events{"---UAF PSE 195"}));
  EXPECT_EQ(Code("Five people were killed in the attack."), (Events{}));
  // So do a counter-attack, a ground offensive and an incursion, the
  // force's deeds; a crackdown or an operation names no attack.
  EXPECT_EQ(Code("Twelve Ethiopian soldiers were killed in an Eritrean counter-attack."),
            (Events{"ERIMIL ETHMIL 190"}));
  EXPECT_EQ(Code("Four Lebanese civilians were wounded in an Israeli ground offensive."),
            (Events{"ISRMIL LBNCVL 182"}));
  EXPECT_EQ(Code("Twelve protesters were killed in a Kenyan police crackdown."), (Events{}));
}

// A bomb or armed men that hit a place, killing people, hit the people (the
// casualty clause's victims), not the place's country, also when another comma
// clause follows the casualties; a foreign state's force hits the country.
TEST_F(NewsRulesTest, TheDeadAreTheTargetOfAnAttackOnAPlace) {
  EXPECT_EQ(Code("A bomb exploded in a market in northern Nigeria, killing 30 people."),
            (Events{"---UAF ---CVL 183"}));
  EXPECT_EQ(Code("A bomb exploded in a market in northern Nigeria, killing 30 people, police "
                 "said."),
            (Events{"---UAF ---CVL 183"}));
  EXPECT_EQ(Code("Russian troops shelled villages in eastern Ukraine, killing five people, "
                 "officials said."),
            (Events{"RUSMIL UKR 194"}));
  // No victims named: the place stays the target.
  EXPECT_EQ(Code("A bomb exploded in a market in northern Nigeria."), (Events{"---UAF NGA 183"}));
  // Air strikes of no one named are a toll: their dead are no one's target.
  EXPECT_EQ(Code("Air strikes hit a funeral hall, killing 140 mourners, officials said."),
            Events{});
}

// A vow or a pledge whose infinitive the dictionaries code tells that deed
// as intended ("vowed to strike": 138), not a generic intent to cooperate
// (030); an infinitive they code by the vow's own patterns, or none, keeps
// the vow's code.
TEST_F(NewsRulesTest, AVowToDoADeedIsThatDeedIntended) {
  EXPECT_EQ(Code("Iran vowed to strike Israel."), (Events{"IRN ISR 138"}));
  EXPECT_EQ(Code("The Chadian rebels vowed to attack Chadian troops."),
            (Events{"TCDREB TCDMIL 138"}));
  EXPECT_EQ(Code("China vowed to deepen ties with Russia."), (Events{"CHN RUS 030"}));
  EXPECT_EQ(Code("Japan pledged to help Ukraine."), (Events{"JPN UKR 033"}));
  EXPECT_EQ(Code("Russia promised Syria more support."), (Events{"RUS SYR 032"}));
}

TEST_F(NewsRulesTest, ACapitalThatNamesAnAccordIsNoParty) {
  // "the Astana process", "the Paris climate agreement": where it was made.
  EXPECT_EQ(Code("Iran praised the Astana process."), (Events{}));
  EXPECT_EQ(Code("Russia withdrew from the Paris climate agreement talks."), (Events{}));
  // A capital that owns the plan still acts for its government.
  EXPECT_EQ(Code("Iran praised Moscow's plan."), (Events{"IRN RUSGOV 051"}));
}

TEST_F(NewsRulesTest, WhatAComingStateWaitsForHasNotHappened) {
  // "would remain until X released": a condition, no release.
  EXPECT_EQ(Code("The suspension would remain in place until Venezuela released the prisoners."),
            (Events{}));
  // In a told past, what happened "until" is a fact.
  EXPECT_EQ(Code("The truce will hold until Russia attacks Ukraine."), (Events{}));
  EXPECT_EQ(Code("The truce held until Russia attacked Ukraine."), (Events{"RUS UKR 190"}));
}

TEST_F(NewsRulesTest, ATimeWithAnAdverbOrAnOrdinalIsNoParty) {
  // "again next month", "the following day", "the same day", "twice last
  // year": the two sides of a meeting or a fight still act on each other.
  EXPECT_EQ(Code("Chile and Peru agreed to meet again next month."),
            (Events{"CHL PER 036", "PER CHL 036"}));
  EXPECT_EQ(Code("Chile and Peru met the following day."), (Events{"CHL PER 040", "PER CHL 040"}));
  EXPECT_EQ(Code("Chile and Peru met twice last year."), (Events{"CHL PER 040", "PER CHL 040"}));
  EXPECT_EQ(Code("Chile and Peru clashed again last week."),
            (Events{"CHL PER 190", "PER CHL 190"}));
  // A party named beside the time is still the target, and a time alone
  // names no one.
  EXPECT_EQ(Code("Chile met the Peruvian president the following day."),
            (Events{"CHL PERGOV 040"}));
  EXPECT_EQ(Code("Chile criticised Peru again the same day."), (Events{"CHL PER 111"}));
  EXPECT_EQ(Code("Chile protested again the following day."), (Events{}));
  // A time may stand between the words of a multi-word verb ("travelled
  // last week to", "arrived Tuesday in"); a visit still needs its place.
  EXPECT_EQ(Code("The Chilean president travelled last week to Peru."), (Events{"CHLGOV PER 042"}));
  EXPECT_EQ(Code("The Chilean president arrived on Tuesday in Lima."), (Events{"CHLGOV PER 042"}));
  EXPECT_EQ(Code("The Chilean president travelled last week."), (Events{}));
}

TEST_F(NewsRulesTest, ABeLemmaIsAStateNotAPassive) {
  // "is concerned about", "remains opposed to": a "be" lemma, with or
  // without an adverb after the copula.
  EXPECT_EQ(Code("Norway is concerned about Sweden."), (Events{"NOR SWE 012"}));
  EXPECT_EQ(Code("Norway is gravely concerned about Sweden."), (Events{"NOR SWE 012"}));
  EXPECT_EQ(Code("Norway remains firmly opposed to Sweden's plan."), (Events{"NOR SWE 110"}));
  EXPECT_EQ(Code("Kenya is fully ready to help Uganda."), (Events{"KEN UGA 033"}));
  // A participle mostly done to something stays a passive.
  EXPECT_EQ(Code("Chilean troops were committed to the peacekeeping mission in Haiti."),
            (Events{}));
  EXPECT_EQ(Code("A Chilean report was prepared for Peru."), (Events{}));
  // A negation inside the form negates it; a "by" agent keeps the passive.
  EXPECT_EQ(Code("Norway was not concerned about Sweden."), (Events{}));
  EXPECT_EQ(Code("Kenya is not ready to talk to Uganda."), (Events{}));
  // An adjective right after the copula is its complement ("was
  // instrumental in" is no "be in", a stay), one inside its noun is not.
  EXPECT_EQ(Code("Chile was instrumental in helping Peru."), (Events{}));
  EXPECT_EQ(Code("Chile has been vocal in criticising Peru."), (Events{"CHL PER 111"}));
  EXPECT_EQ(Code("The Chilean president is on a two-day state visit to Peru."),
            (Events{"CHLGOV PER 042"}));
  EXPECT_EQ(Code("Norway was deeply concerned by the Swedish move."), (Events{"NOR SWE 110"}));
  // Other verbs keep their adverbs of direction or degree out of their
  // multi-word forms, not those of time or repetition.
  EXPECT_EQ(Code("French aid will go directly to Lebanon."), (Events{}));
  EXPECT_EQ(Code("Chile called again on Peru to release the prisoners."), (Events{"CHL PER 0253"}));
  EXPECT_EQ(Code("Chile reached out again to Peru."), (Events{"CHL PER 050"}));
}

TEST_F(NewsRulesTest, AMeetingOrAnAccordToldInThePassiveBetweenTwoSidesIsTheirs) {
  // "Talks were held between X and Y", "an agreement was signed between X
  // and Y": as "X and Y held talks", each side to the other.
  EXPECT_EQ(Code("Talks were held between Chile and Peru in Lima on Monday."),
            (Events{"CHL PER 040", "PER CHL 040"}));
  EXPECT_EQ(Code("A peace agreement was signed between Sudan and South Sudan."),
            (Events{"SDN SSD 057", "SSD SDN 057"}));
  EXPECT_EQ(Code("A truce was reached between Colombia and Venezuela."),
            (Events{"COL VEN 0871", "VEN COL 0871"}));
  EXPECT_EQ(Code("Talks between Chile and Peru were held in Lima."),
            (Events{"CHL PER 040", "PER CHL 040"}));
  EXPECT_EQ(Code("Talks will be held next week between Chile and Peru."),
            (Events{"CHL PER 036", "PER CHL 036"}));
  // ... and so told by a noun subject and an intransitive verb.
  EXPECT_EQ(Code("Negotiations took place in Doha between Chile and Peru."),
            (Events{"CHL PER 046", "PER CHL 046"}));
  // No accord, a possibility, talks "with" one side, talks about a dispute
  // between two others, and talks suspended are no meeting of the two.
  EXPECT_EQ(Code("No agreement was reached between Chile and Peru."), (Events{}));
  EXPECT_EQ(Code("A deal could be signed between Chile and Peru."), (Events{}));
  EXPECT_EQ(Code("Talks were held with Peru."), (Events{}));
  EXPECT_EQ(Code("Talks were held on the dispute between Chile and Peru."), (Events{}));
  EXPECT_EQ(Code("Talks were suspended between Chile and Peru."), (Events{}));
  // A participle right after its noun counts when it dates itself; undated,
  // it names the talks or the truce in passing.
  EXPECT_EQ(Code("Talks held between Chile and Peru on Monday ended without a deal."),
            (Events{"CHL PER 040", "PER CHL 040"}));
  EXPECT_EQ(Code("The truce agreed between Chile and Peru last week is holding."),
            (Events{"CHL PER 0871", "PER CHL 0871"}));
  EXPECT_EQ(Code("Talks held between Chile and Peru ended without a deal."), (Events{}));
  // A passive infinitive takes the subject of the verb it stands in ("are
  // scheduled to be held": an intent); one wanted by a third is no event.
  EXPECT_EQ(Code("Talks are scheduled to be held between Chile and Peru next week."),
            (Events{"CHL PER 036", "PER CHL 036"}));
  EXPECT_EQ(Code("Bolivia wants talks to be held between Chile and Peru."), (Events{}));
  // The participle's patterns read in the active order ("Chile and Peru
  // reached a border agreement": COMPOUND * &05_PACT); a pact rejected and a
  // committee formed are none.
  EXPECT_EQ(Code("A border agreement was reached between Chile and Peru."),
            (Events{"CHL PER 057", "PER CHL 057"}));
  EXPECT_EQ(Code("A security partnership was forged between Chile and Peru."),
            (Events{"CHL PER 057", "PER CHL 057"}));
  EXPECT_EQ(Code("A border agreement was rejected between Chile and Peru."), (Events{}));
  EXPECT_EQ(Code("A committee was formed between Chile and Peru."), (Events{}));
}

TEST_F(NewsRulesTest, OneAskedToActInThePassiveHasNotActed) {
  // "was urged to withdraw", "was asked to release", "was invited to join":
  // the subject is asked by someone the sentence hides; what it is asked to
  // do has not happened, and the subject asked no one.
  EXPECT_EQ(Code("Chile was urged to withdraw its troops from Peru."), (Events{}));
  EXPECT_EQ(Code("Chile was asked to release the Peruvian prisoners."), (Events{}));
  EXPECT_EQ(Code("Chile was called on to free the Peruvian sailors."), (Events{}));
  EXPECT_EQ(Code("Chile was invited to join NATO."), (Events{}));
  // With its agent the appeal is that agent's; a raising verb still tells
  // the infinitive's deed.
  EXPECT_EQ(Code("Chile was urged by Peru to withdraw its troops."), (Events{"PER CHL 0256"}));
  EXPECT_EQ(Code("Chile was said to have attacked Peru."), (Events{"CHL PER 190"}));
}

TEST_F(NewsRulesTest, ADeterminedModifierSharesTheHeadOfTheLastMember) {
  // "The Kenyan and Ugandan presidents": the parser may close "The Kenyan"
  // as a phrase of its own; it shares "presidents" with the last member.
  EXPECT_EQ(Code("The Kenyan and Ugandan presidents met on Monday."),
            (Events{"KENGOV UGAGOV 040", "UGAGOV KENGOV 040"}));
  EXPECT_EQ(Code("Kenya condemned the Ugandan and Rwandan presidents."),
            (Events{"KEN UGAGOV 111", "KEN RWAGOV 111"}));
  // A plural name keeps itself.
  EXPECT_EQ(Code("The Philippines and Chinese officials met on Monday."),
            (Events{"PHL CHNGOV 040", "CHNGOV PHL 040"}));
}

TEST_F(NewsRulesTest, AReportedClauseKeepsItsOwnDeed) {
  // "announced that X and Y agreed to a truce": the deed named in the clause
  // is the clause's parties', not the reporting verb's ("* truce").
  EXPECT_EQ(Code("Officials announced that Sudan and Chad had agreed to a truce."),
            (Events{"SDN TCD 0871", "TCD SDN 0871"}));
  EXPECT_EQ(Code("Kenya announced that Sudan and Chad had agreed to a ceasefire."),
            (Events{"SDN TCD 0871", "TCD SDN 0871"}));
  // Without a clause the announcement is the deed; what is said, threatened
  // or demanded in a clause is still the speaker's.
  EXPECT_EQ(Code("Kenya announced a ceasefire in Somalia."), (Events{"KEN SOM 0871"}));
  EXPECT_EQ(Code("Iran warned that Israel would pay a heavy price."), (Events{"IRN ISR 130"}));
}

TEST_F(NewsRulesTest, AFormerBuildingIsStillItsOwners) {
  // "former" makes an elite of a person's past role, not of a building or
  // a body of the government.
  EXPECT_EQ(Code("Protesters burned flags outside the former French embassy."),
            (Events{"---CVL FRAGOV 141"}));
  EXPECT_EQ(Code("Protesters gathered outside the former Russian consulate in Tbilisi."),
            (Events{"---CVL RUSGOV 141"}));
  EXPECT_EQ(Code("A former French ambassador criticized Russia."), (Events{"FRAELI RUS 111"}));
}

TEST_F(NewsRulesTest, ARoleInTheTailOfAnotherNounIsNotThePhrasesRole) {
  // What an attack hits, and the tail of the noun it hits, are no part of
  // its author.
  EXPECT_EQ(Phrase({"a", "Turkish", "drone", "strike", "on", "a", "shelter", "for", "refugees"}),
            "TURMIL");
  EXPECT_EQ(Phrase({"a", "Saudi", "airstrike", "on", "a", "hospital"}), "SAUMIL");
  EXPECT_EQ(Phrase({"Kenyan", "police", "at", "a", "school", "for", "girls"}), "KENCOP");
  // One preposition after a role still joins its own tail.
  EXPECT_EQ(Phrase({"Kenyan", "police", "with", "soldiers"}), "KENCOPMIL");
  EXPECT_EQ(Phrase({"Syrian", "refugees"}), "SYRREF");
}

TEST_F(NewsRulesTest, CountriesBeforeASharedRoleInATailShareIt) {
  // "between Sudanese and Chadian troops": each country's member takes the
  // role noun with the words the members share before the compound.
  EXPECT_EQ(Code("Fighting between Kazakh and Uzbek troops killed 12 people."),
            (Events{"KAZMIL UZBMIL 190", "UZBMIL KAZMIL 190"}));
  EXPECT_EQ(Code("Talks between Serbian and Kosovar officials began in Brussels."),
            (Events{"SRBGOV KSVGOV 040", "KSVGOV SRBGOV 040"}));
  // Coordinated adjectives in the tail share its noun too.
  EXPECT_EQ(Code("Fighting between Eritrean and Ethiopian soldiers killed 12 people."),
            (Events{"ERIMIL ETHMIL 190", "ETHMIL ERIMIL 190"}));
  // A member with its own determiner stays itself.
  EXPECT_EQ(Code("Talks between Colombia and the rebels began in Havana."),
            (Events{"COL ---REB 040", "---REB COL 040"}));
}

TEST_F(NewsRulesTest, ACountryOfAncestryIsNotThePersonsNorThePolices) {
  EXPECT_EQ(Phrase({"a", "teacher", "of", "Moroccan", "descent"}), "---EDU");
  EXPECT_EQ(Phrase({"the", "daughter", "of", "Eritrean", "parents"}), "---CVL");
  EXPECT_EQ(Code("Police detained a woman of Algerian origin."), (Events{"---COP ---CVL 173"}));
  EXPECT_EQ(Code("Police detained a student born to Iraqi parents."),
            (Events{"---COP ---EDU 173"}));
  // The ancestors themselves, and a person's own country, keep it.
  EXPECT_EQ(Phrase({"her", "Eritrean", "parents"}), "ERICVL");
  EXPECT_EQ(Code("Police detained Algerian students."), (Events{"DZACOP DZAEDU 173"}));
}

TEST_F(NewsRulesTest, APrepositionAfterAShortQuoteStaysTheVerbs) {
  EXPECT_EQ(Code("Chile stood \"in solidarity\" with Peru."), (Events{"CHL PER 051"}));
  EXPECT_EQ(Code("Chile stood in solidarity with Peru."), (Events{"CHL PER 051"}));
}

TEST_F(NewsRulesTest, AnEthnicGroupIsAPeopleNotAState) {
  EXPECT_EQ(Phrase({"ethnic", "Hungarians"}), "HUNCVL");
  EXPECT_EQ(Phrase({"ethnic", "Tajik", "villagers"}), "TJKCVL");
  EXPECT_EQ(Code("Clashes between ethnic Kazakhs and Uzbeks killed 12 people."),
            (Events{"KAZCVL UZBCVL 190", "UZBCVL KAZCVL 190"}));
  // A role keeps its own code; a country alone stays the country.
  EXPECT_EQ(Phrase({"ethnic", "Albanian", "separatists"}), "ALBSEP");
  EXPECT_EQ(Phrase({"Hungary"}), "HUN");
  // An ethnic group does not give a police force its state.
  EXPECT_EQ(Code("Police detained ethnic Hungarian students."), (Events{"---COP HUNEDU 173"}));
}

TEST_F(NewsRulesTest, ACompoundNestedInAListKeepsEachMember) {
  // "[Rwandan and Burundian soldiers] and police": both countries' soldiers;
  // the police of neither country named stay unknown.
  EXPECT_EQ(Code("Rwandan and Burundian soldiers and police attacked the rebels."),
            (Events{"RWAMIL ---REB 190", "BDIMIL ---REB 190", "---COP ---REB 190"}));
  // One country's list gives its country to each role.
  EXPECT_EQ(Code("Rwandan soldiers and police attacked the rebels."),
            (Events{"RWAMIL ---REB 190", "RWACOP ---REB 190"}));
}

TEST_F(NewsRulesTest, ABareSecurityCouncilIsTheUnsButAStatesCouncilIsItsGovernment) {
  EXPECT_EQ(Code("The Security Council condemned the North Korean missile launch."),
            (Events{"IGOUNO PRK 111"}));
  EXPECT_EQ(Code("Turkey's National Security Council condemned Greece."),
            (Events{"TURGOV GRC 111"}));
  EXPECT_EQ(Code("Russia's Security Council condemned Finland."), (Events{"RUSGOV FIN 111"}));
  EXPECT_EQ(Phrase({"the", "National", "Security", "Council"}), "---GOV");
  // A named body across its "and" is one body.
  EXPECT_EQ(Code("The African Union's Peace and Security Council suspended Niger."),
            (Events{"IGOAFRAU NER 160"}));
}

// "the army and the RSF": a state's force of no country named with one
// rebel or separatist group of a country is that country's; an insurgent
// group's foes are as often foreign armies ("the army and Hamas"): left to
// the article.
TEST_F(NewsRulesTest, AForceNamedWithAHomeRebelGroupIsItsCountrys) {
  EXPECT_EQ(Code("The army and M23 rebels clashed near Goma on Sunday."),
            (Events{"CODMIL CODREB 190", "CODREB CODMIL 190"}));
  const Events events = Code("Police and Hamas gunmen clashed on Friday.");
  for (const std::string& e : events) EXPECT_FALSE(e.starts_with("PSECOP")) << e;
}

// "he and President Joe Biden signed ...": a pronoun member of a compound is
// offered to the resolver as a phrase of its own.
TEST_F(NewsRulesTest, APronounMemberOfACompoundIsResolved) {
  FixedResolver resolver("he", "INDGOV");
  EXPECT_EQ(Code("He and President Joe Biden signed a defence pact.", &resolver),
            (Events{"INDGOV USAGOV 057", "USAGOV INDGOV 057"}));
}

TEST_F(NewsRulesTest, AClauseOfTimeWhoseVerbTheTaggerReadsAsAParticipleTellsItsDeed) {
  // "a day after Turkish troops fired on ...": the clause's subject fired.
  EXPECT_EQ(Code("Damascus closed the crossing a day after Turkish troops fired on Syrian "
                 "refugees."),
            (Events{"TURMIL SYRREF 193"}));
  EXPECT_EQ(Code("The Pakistani army said Indian troops fired on Pakistani posts."),
            (Events{"INDMIL PAK 193"}));
  // ... and a place's "where" clause ("flew to Kampala, where police arrested ...").
  EXPECT_EQ(Code("The Kenyan president flew to Kampala, where Ugandan police arrested two "
                 "Kenyan journalists."),
            (Events{"KENGOV UGA 042", "UGACOP KENMED 173"}));
  // The outer clause's subject does not take the deed of a clause of time.
  EXPECT_EQ(Code("The Malian government resigned after gunmen killed dozens of villagers."),
            (Events{"---UAF ---CVL 1823"}));
}

TEST_F(NewsRulesTest, APatternMayFinishOnTheSubjectOfAClauseOfCause) {
  // "appealed for help after the floods destroyed ...": the floods are the cause
  // the verb's pattern names ("* for help &02DISASTER"), not the clause's deed.
  EXPECT_EQ(Code("Malawi appealed to Britain for help after the floods destroyed the harvest."),
            (Events{"MWI GBR 0233"}));
  // A party of that clause is no party of the verb ("* TARGET" is not
  // Zambia).
  EXPECT_EQ(Code("Malawi appealed for calm after Zambian troops crossed the border."), (Events{}));
}

TEST_F(NewsRulesTest, TheMainClauseAfterATimedOpeningClauseIsCoded) {
  // A measure of time before the opening clause ("Hours after", "A week
  // after"), or "Once", leaves the clause after the comma the sentence's.
  EXPECT_EQ(Code("Hours after Russian missiles hit Odesa, Ukraine accused Moscow of terrorism."),
            (Events{"UKR RUSGOV 1121"}));
  EXPECT_EQ(Code("A week after rebels attacked Goma, Congo expelled the Rwandan ambassador."),
            (Events{"COD RWAGOV 174"}));
  EXPECT_EQ(Code("Once Ethiopian troops withdrew, Somali militants attacked the Somali army."),
            (Events{"SOMUAF SOMMIL 190"}));
  // A measure of time that is the subject keeps its clause ("Two weeks passed").
  EXPECT_EQ(Code("Two weeks passed before Congo expelled the Rwandan ambassador."),
            (Events{"COD RWAGOV 174"}));
  // ... also as the clause a verb of saying reports.
  EXPECT_EQ(Code("Officials said that after the talks failed, Ethiopian troops attacked Eritrean "
                 "positions."),
            (Events{"ETHMIL ERI 190"}));
  // ... and before a participle after the main clause.
  EXPECT_EQ(Code("After the Security Council demanded a ceasefire, Israeli jets struck Gaza, "
                 "killing dozens of people."),
            (Events{"ISRMIL PSE 195"}));
  // "When soldiers crossed ..., troops fired/VBN on ...": the main clause's past.
  EXPECT_EQ(Code("When Venezuelan soldiers crossed the border, Colombian troops fired on the "
                 "Venezuelan soldiers."),
            (Events{"COLMIL VENMIL 193"}));
}

TEST_F(NewsRulesTest, AnObjectRelativeClauseActsOnItsAntecedent) {
  // "the journalist that/whom/who police arrested": the police arrested the
  // journalist; the main verb after the clause is the antecedent's.
  EXPECT_EQ(Code("Kenya protested the detention of a Kenyan journalist that Ugandan police "
                 "arrested on Monday."),
            (Events{"KEN KENMED 114", "UGACOP KENMED 173"}));
  EXPECT_EQ(Code("The Kenyan diplomat whom Somali militants kidnapped in March met the Somali "
                 "president."),
            (Events{"SOMUAF KENGOV 181", "KENGOV SOMGOV 040"}));
  EXPECT_EQ(Code("The British envoy that Iran expelled last year criticised the Iranian "
                 "government."),
            (Events{"IRN GBRGOV 174", "GBRGOV IRNGOV 111"}));
  // A verb of telling's hearer is told the clause, not its object.
  EXPECT_EQ(Code("Kenya warned Uganda that Kenyan troops would respond."), (Events{"KEN UGA 130"}));
}

TEST_F(NewsRulesTest, TheVerbAfterAnAsideOnTheSubjectIsTheSubjects) {
  // The tagger reads the verb after ", who ... ," as a participle; it is the
  // sentence's, not an aside to take out.
  EXPECT_EQ(Code("Ugandan soldiers, who crossed into Congo last week, attacked Congolese "
                 "villagers."),
            (Events{"UGAMIL CODCVL 190"}));
  EXPECT_EQ(Code("The Venezuelan president, a former bus driver, expelled the Argentine "
                 "ambassador."),
            (Events{"VENGOV ARGGOV 174"}));
  // An aside's own passive is no deed of the subject's.
  EXPECT_EQ(Code("The Kenyan president, who was elected in 2022, criticised by Uganda, "
                 "resigned."),
            (Events{}));
}

TEST_F(NewsRulesTest, ATrailingWhoClauseTellsItsPersonsDeed) {
  // ", who ..." after any phrase of people tells their deed, not only after a
  // name; ", whom X accused" tells X's deed on them.
  EXPECT_EQ(Code("The Chinese foreign minister telephoned his Indian counterpart, who "
                 "protested the Chinese incursion."),
            (Events{"CHNGOV INDGOV 041", "INDGOV CHN 114"}));
  EXPECT_EQ(Code("The French president called the Russian president, who accused France of "
                 "supporting terrorists."),
            (Events{"RUSGOV FRA 112"}));
  // The reporter's formula for a source is no deed.
  EXPECT_EQ(Code("\"They took the girls away,\" said a Nigerian resident, who asked not to be "
                 "named."),
            (Events{}));
}

TEST_F(NewsRulesTest, AnIntroductionsRelativeClauseLeavesTheMainClauseItsOwn) {
  // "In a video posted by his aides from the base where he was held,": an
  // introduction whose only finite verb is a relative clause's; the clause
  // after its comma is the sentence's.
  EXPECT_EQ(Code("In a video posted by his aides from the base where he was held, the Ugandan "
                 "opposition leader accused the Ugandan president of torture."),
            (Events{"UGAOPP UGAGOV 1122"}));
}

TEST_F(NewsRulesTest, ATimeThatOpensTheSentenceLeavesItsClauseTheMainOne) {
  // "That evening," and "Two days later," are introductions: the clause
  // between them and the attribution is the sentence's.
  EXPECT_EQ(Code("That evening, Sudanese soldiers fired on Chadian villagers, killing five "
                 "people, witnesses said."),
            (Events{"SDNMIL TCDCVL 193"}));
  EXPECT_EQ(Code("Two days later, Kenyan police arrested two Ugandan journalists, officials said."),
            (Events{"KENCOP UGAMED 173"}));
}

}  // namespace dyad::code

namespace dyad::code {
namespace {

bool HasPair(const Events& events, std::string_view pair) {
  return std::any_of(events.begin(), events.end(),
                     [&](const std::string& e) { return e.starts_with(pair); });
}

// "gunmen backed by Colombia", "a coup attempt backed by Washington",
// "rebels opposed to the government": a participle right after its noun with
// "by" (or, for a stance or tie, "to" or "with") after it describes the noun;
// the noun does nothing to the party named after it. A verb of several words with its own
// "by" ("stood by"), a "by" of means ("by telephone"), a passive with its
// auxiliary and an active verb still code.
TEST_F(NewsRulesTest, AReducedParticipleIsNoDeedOfItsNoun) {
  EXPECT_FALSE(HasPair(Code("Maduro said gunmen backed by Colombia had attacked a military base."),
                       "---UAF COL"));
  EXPECT_FALSE(HasPair(Code("Maduro called the protests a coup attempt backed by Washington."),
                       "VENMIL USA"));
  EXPECT_FALSE(HasPair(Code("Russia backed by China vetoed the resolution."), "RUS CHN"));
  EXPECT_FALSE(
      HasPair(Code("Protesters attacked by police marched again on Tuesday."), "---CVL ---COP"));
  EXPECT_FALSE(HasPair(Code("Rebels opposed to the government seized the town."), "---REB"));
  EXPECT_FALSE(HasPair(Code("Fighters aligned with Iran attacked a U.S. base."), "---UAF IRN"));
  EXPECT_EQ(Code("Russia sided with China."), (Events{"RUS CHN 051"}));
  EXPECT_EQ(Code("Japan apologised to South Korea."), (Events{"JPN KOR 055"}));
  EXPECT_EQ(Code("Iran stood by Syria on Monday."), (Events{"IRN SYR 050"}));
  EXPECT_EQ(Code("Germany conferred by telephone with Poland."), (Events{"DEU POL 041"}));
  EXPECT_EQ(Code("Syria was backed by Russia."), (Events{"RUS SYR 051"}));
  EXPECT_EQ(Code("Colombia backed the gunmen."), (Events{"COL ---UAF 051"}));
}

// "Chinese ships regularly harass Philippine boats": a present verb after an
// adverb of frequency tells a habit, no deed of the story; a past one, and a
// present one without such an adverb, still code.
TEST_F(NewsRulesTest, APresentHabitIsNoDeed) {
  EXPECT_EQ(Code("Hungary often blocks EU sanctions on Russia."), (Events{}));
  EXPECT_EQ(Code("Chinese coast guard ships regularly harass Philippine vessels."), (Events{}));
  EXPECT_EQ(Code("Russia routinely accuses Ukraine of shelling civilians."), (Events{}));
  EXPECT_EQ(Code("Chinese ships harassed Philippine vessels on Monday."), (Events{"CHN PHL 170"}));
  EXPECT_EQ(Code("China often accused Japan of provocations."), (Events{"CHN JPN 1123"}));
}

// "The militants, who have fought for more than a decade to overthrow the
// government, said ...": a present perfect of duration after ", who" tells
// the party's record, no deed of the story; without the duration it still
// codes.
TEST_F(NewsRulesTest, ARecordOfDurationInARelativeClauseIsNoDeed) {
  EXPECT_EQ(Code("The rebels, who have fought the Somali government for more than a decade, said "
                 "nothing."),
            (Events{}));
  EXPECT_EQ(Code("The rebels, who have attacked the Somali government, said nothing."),
            (Events{"---REB SOMGOV 190"}));
}

// "Pakistan is already fighting an insurgency": a war told in the present
// progressive, or since a time ("has been fighting the Taliban since
// August"), or by a participle after a noun ("troops in Somalia fighting al
// Shabaab"), is a state that goes on, no deed of the story; a fight on a day
// still codes.
TEST_F(NewsRulesTest, AnOngoingWarInTheProgressiveIsNoDeed) {
  EXPECT_EQ(Code("Pakistani troops are fighting the Taliban."), (Events{}));
  EXPECT_EQ(Code("Pakistani troops have been fighting the Taliban since August."), (Events{}));
  EXPECT_EQ(Code("Kenya has troops in Somalia fighting al Shabaab."), (Events{}));
  EXPECT_EQ(Code("Pakistani troops fought the Taliban on Monday."), (Events{"PAKMIL AFGINS 190"}));
  EXPECT_EQ(Code("Pakistani troops were fighting the Taliban on Monday."),
            (Events{"PAKMIL AFGINS 190"}));
}

bool HasCode(const Events& events, std::string_view code) {
  return std::any_of(events.begin(), events.end(),
                     [&](const std::string& e) { return e.ends_with(code); });
}

// "Russia denied it had arrested the journalist": a clause without "that"
// after a denial verb is what the denial says did not happen, and so is one
// after "dismissed as false reports that". The deed told plainly, and after a
// verb of saying, still codes.
TEST_F(NewsRulesTest, ADeniedClauseWithoutThatIsNoDeed) {
  EXPECT_FALSE(HasCode(Code("Russia denied it had arrested the French journalist."), " 173"));
  EXPECT_FALSE(HasPair(Code("Moscow denies its troops shelled the Ukrainian town."), "RUSMIL UKR"));
  EXPECT_FALSE(HasCode(Code("The ministry dismissed as false reports that Polish troops had "
                            "entered Ukraine."),
                       " 192"));
  EXPECT_TRUE(HasCode(Code("Russia arrested the French journalist."), " 173"));
  EXPECT_TRUE(HasCode(Code("Russia said it had arrested the French journalist."), " 173"));
}

// "gave no sign that Russia would attack Ukraine", "There was no evidence
// that ...": the clause after a noun of evidence with "no" tells what is not
// so; with a sign given, it still codes.
TEST_F(NewsRulesTest, AClauseThatNoEvidenceSupportsIsNoDeed) {
  EXPECT_FALSE(
      HasPair(Code("The Kremlin gave no sign that Russia would attack Ukraine."), "RUS UKR"));
  EXPECT_FALSE(
      HasPair(Code("There was no clear evidence that Russia attacked Ukraine."), "RUS UKR"));
  EXPECT_TRUE(HasPair(Code("There were signs that Russia attacked Ukraine."), "RUS UKR"));
}

// "China is capable of seizing Taiwan", "Iran has the ability to strike
// Israel", "was unable to reach": what a party can or cannot do is no deed.
TEST_F(NewsRulesTest, ACapabilityIsNoDeed) {
  EXPECT_EQ(Code("China is capable of seizing Taiwan."), (Events{}));
  EXPECT_EQ(Code("Iran has the ability to strike Israel."), (Events{}));
  EXPECT_FALSE(HasPair(Code("Chinese forces are incapable of invading Taiwan."), "CHNMIL TWN"));
  EXPECT_EQ(Code("Iran struck Israel."), (Events{"IRN ISR 190"}));
}

// "police had the right to shoot rioters", "was considering expelling the
// diplomats": what a party may do, or weighs doing, is no deed; the deed done
// still codes.
TEST_F(NewsRulesTest, ARightOrAnOptionWeighedIsNoDeed) {
  EXPECT_FALSE(HasCode(Code("Kenyan police had the right to shoot the rioters."), " 193"));
  EXPECT_FALSE(
      HasCode(Code("The decree gave the army powers to detain Kenyan activists."), " 173"));
  EXPECT_FALSE(HasCode(Code("Moscow was considering barring Polish airlines."), " 163"));
  EXPECT_TRUE(HasCode(Code("Moscow barred Polish airlines."), " 163"));
  EXPECT_TRUE(HasCode(Code("Kenyan police shot the rioters."), " 193"));
}

// "Washington insisted that Tehran release the sailors": a base form after
// "that" and its subject, under a word of demanding, is what the demand asks
// for, no deed done; the deed told in the past still codes.
TEST_F(NewsRulesTest, ASubjunctiveAfterADemandIsNoDeed) {
  EXPECT_FALSE(HasCode(Code("Canberra insisted that Tehran free the detained sailors."), " 0841"));
  EXPECT_FALSE(
      HasCode(Code("The Dutch government insisted that Ankara arrest the suspects."), " 173"));
  EXPECT_FALSE(HasCode(Code("The judge ordered that the Kenyan activists be released."), " 0841"));
  EXPECT_FALSE(
      HasCode(Code("Seoul recommended that Pyongyang expel the Japanese diplomats."), " 174"));
  EXPECT_TRUE(HasCode(Code("Canberra insisted that Iran release the detained sailors."), " 1053"));
  EXPECT_TRUE(HasCode(Code("Canberra said that Tehran released the detained sailors."), " 0841"));
  EXPECT_TRUE(
      HasCode(Code("Ankara insisted that its police arrested the Dutch suspects."), " 173"));
}

// "Several countries, including France and Germany, recalled ...": the
// named members of a plural subject that codes nothing act for it; a group
// whose member is its own ("three Kenyans, including a nurse") keeps it.
TEST_F(NewsRulesTest, TheNamedMembersOfAPluralSubjectAct) {
  EXPECT_EQ(Code("Several African states, including Ghana and Senegal, expelled Malian diplomats."),
            (Events{"GHA MLIGOV 174", "SEN MLIGOV 174"}));
  EXPECT_EQ(Code("Many donors, including Norway, pledged aid to Haiti."), (Events{"NOR HTI 033"}));
  EXPECT_EQ(Code("Three Kenyan nurses, including a doctor, were detained by Somali police."),
            (Events{"SOMCOP KENHLH 173"}));
}

// "X loyal to Y" is X's role of Y's country: police loyal to a government
// are its police, gunmen loyal to a former leader are armed men of his
// country, and "forces" before "loyal to" is the subject's head.
TEST_F(NewsRulesTest, ForcesLoyalToASideKeepTheirRole) {
  EXPECT_EQ(Code("Police loyal to the Bolivian government arrested protesters."),
            (Events{"BOLCOP ---CVL 173"}));
  EXPECT_EQ(Code("Gunmen loyal to the former Malian president seized the Malian airport."),
            (Events{"MLIUAF MLI 192"}));
  EXPECT_EQ(Code("Security forces loyal to the Yemeni government attacked Houthi rebels."),
            (Events{"YEMMIL YEMREB 190"}));
}

// "massed troops at the border": the forces a verb moves are never whom it
// acts on; a border of no country named is no party ("at the border with
// Georgia", "at the Georgian border" are).
TEST_F(NewsRulesTest, TheForcesMovedAreNoTarget) {
  EXPECT_EQ(Code("Armenia massed soldiers at the border."), (Events{}));
  EXPECT_EQ(Code("Armenia massed soldiers at the border with Georgia."),
            (Events{"ARMMIL GEO 154"}));
  EXPECT_EQ(Code("Armenia massed tanks at the Georgian border."), (Events{"ARM GEO 154"}));
  EXPECT_EQ(Code("Armenian protesters massed at the Georgian embassy."),
            (Events{"ARMCVL GEOGOV 141"}));
}

// "Ukraine demanded Russia withdraw its troops", "warned Taipei would pay":
// a pattern's clause "* that TARGET ..." matches without its "that" when the
// subject and its verb follow the verb right away; a modal only when the
// pattern spells it.
TEST_F(NewsRulesTest, AClausePatternMatchesWithoutItsThat) {
  EXPECT_EQ(Code("Moldova demanded Russia withdraw its troops."), (Events{"MDA RUS 1056"}));
  EXPECT_EQ(Code("Peru demanded Chile pay reparations."), (Events{"PER CHL 1031"}));
  EXPECT_EQ(Code("Beijing warned Manila would pay a heavy price."), (Events{"CHNGOV PHLGOV 130"}));
  EXPECT_FALSE(HasCode(Code("The Danish minister insisted Denmark would not extradite its own "
                            "citizens."),
                       " 1013"));
}

// "The Canadian foreign minister said Canada would expel ...": a country its
// own government reports on acts as that government; not one others report
// on, nor its forces.
TEST_F(NewsRulesTest, ACountryItsGovernmentSpeaksForIsTheGovernment) {
  EXPECT_EQ(Code("The Canadian foreign minister said on Monday that Canada would expel two "
                 "Chinese diplomats."),
            (Events{"CANGOV CHNGOV 137"}));
  EXPECT_EQ(Code("Thai protesters said Thailand would expel two Chinese diplomats."),
            (Events{"THA CHNGOV 137"}));
  EXPECT_EQ(Code("The Canadian foreign minister said Canadian troops would leave Mali."),
            (Events{"CANMIL MLI 0356"}));
}

// "Police arrested the gunmen who killed 19 people": a "who" right after its
// noun tells that noun's own deed; the words before the relative's verb are
// its antecedent's, not the main clause's ("Police" names no "police killed").
TEST_F(NewsRulesTest, ARelativeWhoTellsItsAntecedentsDeed) {
  EXPECT_EQ(Code("Police arrested the gunmen who killed 19 people."),
            (Events{"---COP ---UAF 173", "---UAF ---CVL 1823"}));
  EXPECT_FALSE(HasCode(Code("Police hunted the gunmen who stormed the hotel and killed 19 people."),
                       " 175"));
}

// "demanded the withdrawal of Russian troops": a demand that troops go is
// made of their state, as "demanded that Russia withdraw its troops"; an
// order to one's own troops to go still acts on them.
TEST_F(NewsRulesTest, ADemandThatTroopsGoIsMadeOfTheirState) {
  EXPECT_EQ(Code("Ukraine demanded the withdrawal of Russian troops."), (Events{"UKR RUS 1056"}));
  EXPECT_EQ(Code("The French president ordered the withdrawal of French troops from Niger."),
            (Events{"FRAGOV FRAMIL 0874"}));
}

// "Azeri shelling had killed civilians": a country's adjective before the
// attack's noun that tells the deed is the force that made it; a country
// that kills "in an airstrike" stays the country.
TEST_F(NewsRulesTest, ACountrysAdjectiveBeforeAnAttackNounIsItsForce) {
  EXPECT_EQ(Code("Officials said Azeri shelling had killed civilians in the town."),
            (Events{"AZEMIL ---CVL 194"}));
  EXPECT_EQ(Code("Israel killed Lebanese civilians in an airstrike."), (Events{"ISR LBNCVL 195"}));
  // A military intervention or operation is an attack named by its maker.
  EXPECT_EQ(Code("The rebels were driven back by a French military intervention."),
            (Events{"FRAMIL ---REB 190"}));
  EXPECT_EQ(Phrase({"the", "military", "operation"}), "---");
}

// "the police commander of Malang": a police rank is the police's, whereas
// "commander" alone is the army's.
TEST_F(NewsRulesTest, APoliceRankIsThePolices) {
  EXPECT_EQ(Phrase({"the", "police", "commander", "of", "Malang"}), "---COP");
  EXPECT_EQ(Phrase({"the", "Indonesian", "army", "commander"}), "IDNMIL");
}

// "dismissed the Greek prime minister's claims": a pattern's last words that
// are the possessor of their phrase name no object (the claims are
// dismissed); an office holder removed is ("removed the president").
TEST_F(NewsRulesTest, APatternsLastWordsThatArePossessorsNameNoObject) {
  EXPECT_FALSE(HasCode(Code("Turkey dismissed the Greek prime minister's claims."), " 172"));
  EXPECT_FALSE(
      HasCode(Code("The Turkish opposition dismissed President Erdogan's claims."), " 172"));
  EXPECT_EQ(Code("The Peruvian Congress removed the Peruvian president."),
            (Events{"PERLEG PERGOV 172"}));
}

// "cut short a visit to Moscow": a visit cut short is the news of its end
// (a leader called home by a crisis), not a visit made to the host; beginning
// or wrapping up a visit still makes one.
TEST_F(NewsRulesTest, AVisitCutShortIsNoVisit) {
  EXPECT_FALSE(HasCode(Code("The Malian president cut short a visit to Chad."), " 042"));
  EXPECT_FALSE(HasCode(Code("The Malian president cut short his visit to Chad."), " 042"));
  EXPECT_EQ(Code("The Turkish president wrapped up a visit to Iraq."), (Events{"TURGOV IRQ 042"}));
}

// "Rolando Mendoza, 55, a police inspector, attacked ...": a person's age
// between commas after the name is an aside; the description after it still
// codes the name the dictionaries do not know, and a known name keeps its own.
TEST_F(NewsRulesTest, AnAgeBetweenANameAndItsDescriptionIsAnAside) {
  EXPECT_EQ(Code("Rolando Mendoza, 55, a police officer, attacked the tourists."),
            (Events{"---COP ---CVL 190"}));
  EXPECT_EQ(Code("Benigno Aquino, 50, the president, criticized the police."),
            Code("Benigno Aquino criticized the police."));
}

// "was engaging with the Ethiopian government": to engage with a party is to
// deal with it, no attack; to engage a force is to fight it.
TEST_F(NewsRulesTest, EngagingWithAPartyIsNoAttack) {
  EXPECT_FALSE(
      HasCode(Code("The United Nations was engaging with the Ethiopian government."), " 190"));
  EXPECT_TRUE(HasCode(Code("Ethiopian troops engaged the rebels."), " 190"));
}

// "..., accusing them of meddling, in a sharp escalation of its dispute": a
// participle of a deed between the clause and a last phrase that a
// preposition opens goes on with the clause; one before a clause stays an
// aside.
TEST_F(NewsRulesTest, AParticipleOfADeedBeforeATrailingPhraseKeepsItsEvent) {
  EXPECT_TRUE(HasCode(Code("Ethiopia expelled seven United Nations officials, accusing them of "
                           "meddling, in a sharp escalation of its dispute."),
                      "ETH IGOUNO 1121"));
  EXPECT_FALSE(HasCode(Code("Ethiopia expelled seven United Nations officials, accusing them of "
                            "meddling, and Kenya closed its border."),
                       "ETH IGOUNO 1121"));
}

// "Monis came to Australia in 1996": a visit is a state's or a body's; a
// person of no country and no office who goes somewhere visits no one.
TEST_F(NewsRulesTest, APersonOfNoCountryVisitsNoOne) {
  EXPECT_FALSE(HasCode(Code("The gunman came to Australia in 1996."), " 042"));
  EXPECT_TRUE(HasCode(Code("A Japanese minister came to Australia in 1996."), "JPNGOV AUS 042"));
}

// "Rebels fighting for independence in Indonesia's Papua region said they
// had taken a pilot hostage": the present participle's phrases qualify the
// subject (its verb is "said"), and armed men of no country fighting in a
// country are its armed group.
TEST_F(NewsRulesTest, RebelsFightingInACountryAreItsRebels) {
  EXPECT_TRUE(HasCode(Code("Rebels fighting for independence in Indonesia's Papua region said "
                           "they had taken a New Zealand pilot hostage."),
                      "IDNREB NZLCVL 181"));
  // Negative case: rebels who name no country stay of none.
  EXPECT_TRUE(HasCode(Code("Rebels said they had taken a New Zealand pilot hostage."),
                      "---REB NZLCVL 181"));
}

// "President Klaus Iohannis": a title-and-name alias ("President Klaus", of
// Vaclav Klaus) whose name opens a longer person's name is that other person.
TEST_F(NewsRulesTest, ATitledAliasCutShortByALongerNameIsTheLongerNamesPerson) {
  EXPECT_EQ(Phrase({"President", "Klaus", "Iohannis"}), "ROUGOV");
  // The alias alone still names its own person.
  EXPECT_EQ(Phrase({"President", "Klaus"}), "CZEELI");
}

// "the radio said men opened fire on demonstrators": a clause's own subject
// of the target's code (---CVL on ---CVL) is no event, never the reporter's.
TEST_F(NewsRulesTest, AClauseWhoseSubjectSharesTheTargetsCodeIsNotTheReporters) {
  EXPECT_EQ(Code("Iran's state radio said men opened fire on demonstrators in Tehran."), Events{});
  // A subject of another code still acts ("men opened fire on soldiers").
  EXPECT_EQ(Code("Iran's state radio said men opened fire on soldiers in Tehran."),
            (Events{"---CVL IRNMIL 193"}));
}

// "seized his passport to stop him travelling to Turkey": where a journey told
// in a clause nested in the verb's phrase goes or starts is no target; a party
// a nested clause gives something to still is ("awarded the town of Badme to
// Eritrea").
TEST_F(NewsRulesTest, WhereAJourneyInANestedClauseGoesIsNoTarget) {
  EXPECT_FALSE(HasPair(Code("Kenyan police seized his passport to stop him travelling to Turkey."),
                       "KENCOP TUR"));
  EXPECT_FALSE(
      HasPair(Code("Philippine officials fear the killings will hurt arrivals from Hong Kong."),
              "PHLGOV HKG"));
  EXPECT_TRUE(HasPair(Code("Ethiopia refused to implement a ruling by an international commission "
                           "that awarded the disputed town of Badme to Eritrea."),
                      "ETH ERI"));
}

// "the militant blamed for the bombings": a participle of blame right after
// its noun is a reduced relative, whose noun is blamed and blames no one;
// the finite verb still blames ("Kenya blamed the militants for the attack").
TEST_F(NewsRulesTest, ANounBlamedForADeedBlamesNoOne) {
  EXPECT_FALSE(HasCode(Code("Suspicion has fallen on followers of Osama bin Laden, the "
                            "Saudi-born militant blamed for the bombings of the U.S. embassies."),
                       " 112"));
  EXPECT_TRUE(HasPair(Code("Kenya blamed the Somali militants for the attack."), "KEN SOMUAF"));
}

// "in Pakistan's capital": a capital named by its country after a
// preposition of place is a place, as its name is ("in Islamabad"), no target;
// where a visit goes still is ("arrived in the Eritrean capital": ERI), and so
// is a place of the country's own ("a bomb in a Nigerian market": NGA).
TEST_F(NewsRulesTest, ACapitalNamedByItsCountryIsAPlace) {
  EXPECT_FALSE(HasPair(Code("A suicide bomber detonated a truck at the gates of the Marriott hotel "
                            "in Pakistan's capital on Saturday."),
                       "---UAF PAK"));
  EXPECT_TRUE(HasCode(Code("Ethiopian Prime Minister Abiy Ahmed arrived in the Eritrean capital on "
                           "Sunday."),
                      "ETHGOV ERI 042"));
  EXPECT_TRUE(HasCode(Code("Rebels detonated a bomb in a Nigerian market."), "---REB NGA 1834"));
}

// "ending 11 days of fighting, which killed 240 people": a relative clause
// set off by a comma describes the phrase before it, and names no target of
// the verb; the object before it still is one ("expelled two Estonian
// diplomats, who had met ..."), and an accord's aside names its parties.
TEST_F(NewsRulesTest, ARelativeAsideNamesNoTarget) {
  EXPECT_FALSE(HasCode(Code("A ceasefire between Israel and Hamas brokered by Egypt took effect "
                            "early on Friday, ending 11 days of the worst fighting in years, which "
                            "killed more than 240 people in Gaza and 12 in Israel."),
                       "---CVL 087"));
  EXPECT_TRUE(HasCode(Code("Russia expelled two Estonian diplomats, who had met opposition "
                           "activists."),
                      "RUS ESTGOV 174"));
  // ... and an accord's aside names its other party.
  EXPECT_TRUE(HasPair(Code("Russia pulled out of the Black Sea grain deal, which had allowed "
                           "Ukraine to export grain through the sea despite the war."),
                      "RUS UKR"));
}

// "began three days of mourning for the victims of twin suicide bombings":
// a deed named after "the victims of" is not the subject's; the subject's
// own deed is still coded ("carried out a suicide bombing").
TEST_F(NewsRulesTest, ADeedOfTheVictimsIsNotTheSubjects) {
  EXPECT_FALSE(HasPair(Code("Turkey began three days of national mourning on Sunday for the "
                            "victims of twin suicide bombings that tore through a peace rally."),
                       "TUR ---CVL"));
  EXPECT_TRUE(HasCode(Code("Pakistani rebels carried out a suicide bombing against Pakistani "
                           "police."),
                      "PAKREB PAKCOP 1831"));
}

// "the army toppled President Mohamed Mursi": a leader forced out is removed
// from office (172), as "deposed" is; not a statue ("toppled a statue": 141),
// nor a deed only plotted ("conspired with the United States to topple").
TEST_F(NewsRulesTest, ALeaderToppledIsRemovedFromOffice) {
  EXPECT_EQ(Code("The Cambodian army toppled the Cambodian prime minister."),
            (Events{"KHMMIL KHMGOV 172"}));
  EXPECT_EQ(Code("Peru's Congress ousted the former Peruvian president Martin Vizcarra."),
            (Events{"PERLEG PERGOV 172"}));
  EXPECT_EQ(Code("Protesters toppled a statue of the Libyan leader."),
            (Events{"---CVL LBYGOV 141"}));
  EXPECT_FALSE(HasCode(Code("The Cambodian opposition leader conspired with the United States to "
                            "topple the Cambodian prime minister."),
                       " 172"));
}

// "lawmakers ousted the former president Martin Vizcarra": whom a removal
// from office removes held the office, GOV, not ELI; a former leader barred
// from travel (172 too) stays ELI.
TEST_F(NewsRulesTest, ALeaderRemovedFromOfficeHeldIt) {
  EXPECT_EQ(Code("Peru's Congress removed the former Peruvian president from office."),
            (Events{"PERLEG PERGOV 172"}));
  EXPECT_EQ(Code("Malaysia barred the former Malaysian prime minister from leaving the country."),
            (Events{"MYS MYSELI 172"}));
}

// "lawmakers asked how the al Qaeda leader had lived for years there": a
// question in a how/why/when clause asks nothing of its subject; an appeal
// to a party to say how stays one.
TEST_F(NewsRulesTest, AQuestionAskedIsNoAppeal) {
  EXPECT_EQ(Code("American lawmakers asked how the al Qaeda leader had lived near the academy."),
            Events{});
  EXPECT_EQ(Code("Kenyan opposition leaders asked why the Kenyan police had fired on protesters."),
            Events{});
  EXPECT_EQ(Code("Kenya asked Uganda how to end the dispute."), (Events{"KEN UGA 020"}));
}

// "pirate commanders vowed to take revenge on American crews": revenge taken
// seizes no one, though pirates who take a sailor abduct him.
TEST_F(NewsRulesTest, RevengeTakenSeizesNoOne) {
  EXPECT_EQ(Code("Pirate commanders took revenge on American crews."), Events{});
  EXPECT_EQ(Code("Kidnappers took vengeance on the Nigerian police."), Events{});
  EXPECT_EQ(Code("Somali pirates took an American sailor."), (Events{"SOMCRM USA 181"}));
}

// "Israel's cabinet approved the call-up of 6,500 reservists": the state's
// own forces raised, no endorsement of them; an office holder approved is.
TEST_F(NewsRulesTest, ACallUpApprovedEndorsesNoOne) {
  EXPECT_EQ(Code("The Israeli cabinet approved the call-up of 6,500 reservists."), Events{});
  EXPECT_EQ(Code("The Russian parliament approved the mobilisation of reservists."), Events{});
  EXPECT_EQ(Code("The Kenyan parliament approved the new police chief."),
            (Events{"KENLEG KENCOP 051"}));
}

// "has charged the Supreme Council of the Armed Forces to run the affairs of
// the country": a party charged to do something is entrusted with it, not
// accused; the infinitive must follow the object, so a later "to" ("as an
// accessory to the murder") leaves the criminal charge.
TEST_F(NewsRulesTest, APartyChargedToActIsEntrustedNotAccused) {
  EXPECT_EQ(Code("The Egyptian president charged the Egyptian army to run the affairs of the "
                 "country."),
            Events{});
  EXPECT_EQ(Code("Kenyan police charged the Kenyan opposition leader last year as an accessory to "
                 "the murder."),
            (Events{"KENCOP KENOPP 1121"}));
}

// "the government would not negotiate with 'a terrorist gang'": talks ruled
// out as a stance are a refusal to negotiate (125); talks that did not take
// place are no event.
TEST_F(NewsRulesTest, TalksRuledOutAsAStanceAreARefusal) {
  EXPECT_EQ(Code("The Peruvian president said he would not negotiate with the Peruvian Congress."),
            (Events{"PERGOV PERLEG 125"}));
  EXPECT_EQ(Code("Israel will never negotiate with Hamas."), (Events{"ISR PSEINS 125"}));
  EXPECT_EQ(Code("The Japanese prime minister did not hold talks with the South Korean president."),
            Events{});
}

// "had already sent about 2,700 of the migrants back across the border":
// migrants sent back, the object between the verb and "back", are deported;
// troops sent back are not.
TEST_F(NewsRulesTest, MigrantsSentBackAreDeported) {
  EXPECT_EQ(Code("Spain sent the Moroccan migrants back across the border."),
            (Events{"ESP MARREF 174"}));
  EXPECT_EQ(Code("Spain sent troops back to the border."), Events{});
}

// "Evo Morales, the former Bolivian president who arrived in Lima ...,
// accused Peru": the apposition's relative clause leaves the name the
// subject of the verb after the comma.
TEST_F(NewsRulesTest, AnAppositionsWhoClauseLeavesTheNameTheSubject) {
  Events events = Code(
      "Evo Morales, the former Bolivian president who arrived in Lima on Monday after a long "
      "flight from Santiago, accused Peru of spying.");
  EXPECT_NE(std::find(events.begin(), events.end(), "BOLELI PER 1125"), events.end());
  // Without the clause, as before.
  EXPECT_EQ(Code("Evo Morales, the former Bolivian president, accused Peru of spying."),
            (Events{"BOLELI PER 1125"}));
}

// "Evo Morales, now a farmer in the village of Orinoca ..., accused Chile":
// adverbs before the apposition leave the name the subject.
TEST_F(NewsRulesTest, AnAppositionAfterAnAdverbLeavesTheNameTheSubject) {
  EXPECT_EQ(Code("Evo Morales, now a farmer in the village of Orinoca near the Chilean border, "
                 "accused Chile of spying."),
            (Events{"BOLELI CHL 1125"}));
  EXPECT_EQ(Code("Evo Morales, now a farmer, accused Chile of spying."),
            (Events{"BOLELI CHL 1125"}));
}

}  // namespace
}  // namespace dyad::code
