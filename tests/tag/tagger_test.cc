// Tests for the Tagger: small inline cases on a tiny inline model (always
// run), the same kind of cases on the built Penn Treebank model (skipped when
// it is absent), loading errors, and the allocation-free steady state.
#include "dyad/tag/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "tag/lingua.h"
#include "tag/model.h"
#include "tag/test_model.h"

namespace dyad::tag {
namespace {

std::unique_ptr<Tagger> InlineTagger() {
  auto data = CompileLingua({testing::kWordsYml, testing::kUnknownYml, testing::kTagsYml});
  EXPECT_TRUE(data.ok()) << data.status().message();
  auto tagger = Tagger::FromBytes(SerializeModel(*data), "inline");
  EXPECT_TRUE(tagger.ok()) << tagger.status().message();
  return std::move(*tagger);
}

// "The/DT minister/NN ..." for the whitespace-separated tokens of `sentence`.
std::string TagString(Tagger* tagger, std::string_view sentence) {
  std::vector<std::string_view> words = SplitWhitespace(sentence), tags;
  tagger->Tag(words, &tags);
  EXPECT_EQ(tags.size(), words.size());
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += std::string(words[i]) + "/" + std::string(tags[i]);
  }
  return out;
}

TEST(TaggerTest, TagsASimpleSentence) {
  auto tagger = InlineTagger();
  EXPECT_EQ(TagString(tagger.get(), "The minister said on Tuesday that talks would resume ."),
            "The/DT minister/NN said/VBD on/IN Tuesday/NNP that/IN talks/NNS would/MD "
            "resume/VB ./.");
}

TEST(TaggerTest, ContextPicksAmongKnownTags) {
  auto tagger = InlineTagger();
  EXPECT_EQ(TagString(tagger.get(), "he would visit the minister ."),
            "he/PRP would/MD visit/VB the/DT minister/NN ./.");
  EXPECT_EQ(TagString(tagger.get(), "the visit ."), "the/DT visit/NN ./.");
}

TEST(TaggerTest, UnknownWordsGoByShape) {
  auto tagger = InlineTagger();
  EXPECT_EQ(TagString(tagger.get(), "the minister said Zorblat attacked 1,200 snorks ."),
            "the/DT minister/NN said/VBD Zorblat/NNP attacked/VBD 1,200/CD snorks/NNS ./.");
  EXPECT_EQ(TagString(tagger.get(), "the ultra-big flurbing ."),
            "the/DT ultra-big/JJ flurbing/NN ./.");
}

TEST(TaggerTest, SentenceInitialCapitalUsesLowerCaseForm) {
  auto tagger = InlineTagger();
  // "Police" is not in the lexicon, "police" is: initial -> the word's tags.
  EXPECT_EQ(TagString(tagger.get(), "Police said ."), "Police/NNS said/VBD ./.");
  EXPECT_EQ(TagString(tagger.get(), "`` Police said ."), "``/`` Police/NNS said/VBD ./.");
  // Inside the sentence an unknown capitalised word is a proper noun.
  EXPECT_EQ(TagString(tagger.get(), "the Police said ."), "the/DT Police/NNP said/VBD ./.");
  // All capitals (a headline) uses the lower-case form anywhere.
  EXPECT_EQ(TagString(tagger.get(), "the MINISTER said ."), "the/DT MINISTER/NN said/VBD ./.");
}

TEST(TaggerTest, PennBracketTokens) {
  auto tagger = InlineTagger();
  EXPECT_EQ(TagString(tagger.get(), "-LRB- Zorblat -RRB- ."),
            "-LRB-/-LRB- Zorblat/NNP -RRB-/-RRB- ./.");
}

TEST(TaggerTest, EmptySentence) {
  auto tagger = InlineTagger();
  std::vector<std::string_view> words, tags = {"stale"};
  tagger->Tag(words, &tags);
  EXPECT_TRUE(tags.empty());
}

TEST(TaggerTest, CloneSharesTheModel) {
  auto tagger = InlineTagger();
  auto clone = tagger->Clone();
  EXPECT_EQ(&clone->model(), &tagger->model());
  EXPECT_EQ(TagString(clone.get(), "he said ."), "he/PRP said/VBD ./.");
}

TEST(TaggerTest, TagsAreStatic) {
  std::vector<std::string_view> tags;
  {
    auto tagger = InlineTagger();
    std::vector<std::string_view> words = {"he", "said"};
    tagger->Tag(words, &tags);
  }
  EXPECT_EQ(tags[0], "PRP");  // still valid after the tagger is gone
  EXPECT_EQ(tags[0].data(), StaticPennTag("PRP").data());
}

TEST(TaggerTest, LoadErrorsNameThePath) {
  auto missing = Tagger::Load("/nonexistent/tagger.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/tagger.bin"), std::string::npos);
  auto garbage = Tagger::FromBytes("not a model", "garbage.bin");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().message(),
            "garbage.bin: offset 8: not a dyad tagger model (bad magic)");
}

TEST(TaggerTest, DefaultModelPathIsBesideTheExecutable) {
  unsetenv("DYAD_TAG_MODEL");
  EXPECT_EQ(DefaultModelPath("/opt/dyad/build/dyad"), "/opt/dyad/build/data/tagger.bin");
  setenv("DYAD_TAG_MODEL", "/m/tagger.bin", 1);
  EXPECT_EQ(DefaultModelPath("/opt/dyad/build/dyad"), "/m/tagger.bin");
  unsetenv("DYAD_TAG_MODEL");
}

// The built Penn Treebank model (BUILD/data/tagger.bin).
class RealModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tagger = Tagger::Load(DYAD_TAG_MODEL_PATH);
    if (!tagger.ok()) GTEST_SKIP() << "no tagger model: " << tagger.status().message();
    tagger_ = std::move(*tagger);
  }
  std::unique_ptr<Tagger> tagger_;
};

TEST_F(RealModelTest, NewsSentence) {
  EXPECT_EQ(
      TagString(tagger_.get(), "The minister said on Tuesday that the talks would n't resume ."),
      "The/DT minister/NN said/VBD on/IN Tuesday/NNP that/IN the/DT talks/NNS "
      "would/MD n't/RB resume/VB ./.");
  EXPECT_EQ(
      TagString(tagger_.get(), "Rebels attacked a convoy near Aleppo , killing 12 soldiers ."),
      "Rebels/NNS attacked/VBD a/DT convoy/NN near/IN Aleppo/NNP ,/, killing/VBG 12/CD "
      "soldiers/NNS ./.");
}

TEST_F(RealModelTest, UnknownWordShapes) {
  EXPECT_EQ(TagString(tagger_.get(), "Zorblatov met the Gxndorian envoys ."),
            "Zorblatov/NNP met/VBD the/DT Gxndorian/NNP envoys/NNS ./.");
  EXPECT_EQ(TagString(tagger_.get(), "the snorkification of 3,456 widgets -LRB- UNPROFOR -RRB- ."),
            "the/DT snorkification/NN of/IN 3,456/CD widgets/NNS -LRB-/-LRB- UNPROFOR/NNP "
            "-RRB-/-RRB- ./.");
}

TEST_F(RealModelTest, AnUnknownCapitalisedWordInsideASentenceIsAName) {
  // Not a plural or common noun after a gerund: "meeting Zorblatov" is no
  // noun compound.
  EXPECT_EQ(TagString(tagger_.get(), "Ruto spoke after meeting Zorblatov in Accra ."),
            "Ruto/NNP spoke/VBD after/IN meeting/VBG Zorblatov/NNP in/IN Accra/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The envoy left after visiting Gxndoria on Monday ."),
            "The/DT envoy/NN left/VBD after/IN visiting/VBG Gxndoria/NNP on/IN Monday/NNP ./.");
  // One ending in -s may still be a plural; a lower-case word is untouched.
  EXPECT_EQ(TagString(tagger_.get(), "two Zorblats marched ."),
            "two/CD Zorblats/NNS marched/VBD ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Ruto spoke after meeting reporters ."),
            "Ruto/NNP spoke/VBD after/IN meeting/NN reporters/NNS ./.");
}

TEST_F(RealModelTest, AnArabicArticleJoinedToACapitalisedWordIsAName) {
  EXPECT_EQ(TagString(tagger_.get(), "Mahmoud al-Mabhouzi was killed ."),
            "Mahmoud/NNP al-Mabhouzi/NNP was/VBD killed/VBN ./.");
  // A hyphenated word of no such article stays a modifier.
  EXPECT_EQ(TagString(tagger_.get(), "the all-Zorblat team won ."),
            "the/DT all-Zorblat/JJ team/NN won/VBD ./.");
}

TEST_F(RealModelTest, AParticipleAfterAndOpensTheSecondClause) {
  EXPECT_EQ(
      TagString(tagger_.get(), "Ruto met Museveni on Friday and the two leaders held talks ."),
      "Ruto/NNP met/VBD Museveni/NNP on/IN Friday/NNP and/CC the/DT two/CD leaders/NNS "
      "held/VBD talks/NNS ./.");
  EXPECT_EQ(
      TagString(tagger_.get(), "Rebels took the airport and soldiers arrested two officers ."),
      "Rebels/NNS took/VBD the/DT airport/NN and/CC soldiers/NNS arrested/VBD two/CD "
      "officers/NNS ./.");
  // A relative clause after the object does not hide the verb.
  EXPECT_EQ(
      TagString(tagger_.get(), "Ruto left and the two leaders held talks that Museveni praised ."),
      "Ruto/NNP left/VBD and/CC the/DT two/CD leaders/NNS held/VBD talks/NNS that/IN "
      "Museveni/NNP praised/VBD ./.");
  // Not a participle whose own clause has its verb.
  EXPECT_EQ(
      TagString(tagger_.get(), "Troops stormed the camp and the men held hostage were freed ."),
      "Troops/NNS stormed/VBD the/DT camp/NN and/CC the/DT men/NNS held/VBN hostage/NN "
      "were/VBD freed/VBN ./.");
}

TEST_F(RealModelTest, AParticipleAfterACommaAndANounOpensTheSecondClause) {
  // An adverb may stand between the clause's subject and its verb.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Washington imposed tariffs on Friday , and China immediately retaliated "
                      "with duties ."),
            "Washington/NNP imposed/VBD tariffs/NNS on/IN Friday/NNP ,/, and/CC China/NNP "
            "immediately/RB retaliated/VBD with/IN duties/NNS ./.");
  // Not a passive before "by" whose clause has its own verb.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Rebels blocked the bridges , and warplanes commandeered by the plotters "
                      "bombed the parliament ."),
            "Rebels/NNS blocked/VBD the/DT bridges/NNS ,/, and/CC warplanes/NNS "
            "commandeered/VBN by/IN the/DT plotters/NNS bombed/VBD the/DT parliament/NN ./.");
}

TEST_F(RealModelTest, APastTenseAfterTheSubjectOfAClauseThatAfterOpensIsItsVerb) {
  EXPECT_EQ(TagString(tagger_.get(),
                      "Maduro shut two crossings after smugglers on motorcycles shot and "
                      "wounded three soldiers ."),
            "Maduro/NNP shut/VBD two/CD crossings/NNS after/IN smugglers/NNS on/IN "
            "motorcycles/NNS shot/VBD and/CC wounded/VBD three/CD soldiers/NNS ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Keita resigned hours after soldiers arrested him ."),
            "Keita/NNP resigned/VBD hours/NNS after/IN soldiers/NNS arrested/VBD him/PRP ./.");
  // Not a passive before "by", nor an adjective the lexicon lists as no past
  // tense.
  EXPECT_EQ(TagString(tagger_.get(), "Israel agreed to a truce after talks mediated by Qatar ."),
            "Israel/NNP agreed/VBD to/TO a/DT truce/NN after/IN talks/NNS mediated/VBN by/IN "
            "Qatar/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(),
                      "Hundreds of residents fled Kumanovo as police armoured vehicles rolled "
                      "through the streets ."),
            "Hundreds/NNS of/IN residents/NNS fled/VBD Kumanovo/NNP as/IN police/NNS armoured/JJ "
            "vehicles/NNS rolled/VBN "
            "through/IN the/DT streets/NNS ./.");
}

TEST_F(RealModelTest, AGerundRightAfterACommaOpensAParticipleClause) {
  EXPECT_EQ(TagString(tagger_.get(), "Ruto and Museveni , meeting in Kampala , praised the deal ."),
            "Ruto/NNP and/CC Museveni/NNP ,/, meeting/VBG in/IN Kampala/NNP ,/, praised/VBD "
            "the/DT deal/NN ./.");
  // After a determiner, or before "of", it stays a noun.
  EXPECT_EQ(TagString(tagger_.get(), "Ruto praised the meeting in Kampala ."),
            "Ruto/NNP praised/VBD the/DT meeting/NN in/IN Kampala/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Ruto spoke , meeting of minds or not ."),
            "Ruto/NNP spoke/VBD ,/, meeting/NN of/IN minds/NNS or/CC not/RB ./.");
}

TEST_F(RealModelTest, AGerundAfterADeterminerModifiesItsNoun) {
  EXPECT_EQ(TagString(tagger_.get(), "The visiting minister met Ruto ."),
            "The/DT visiting/JJ minister/NN met/VBD Ruto/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Ruto condemned the downing of the plane ."),
            "Ruto/NNP condemned/VBD the/DT downing/NN of/IN the/DT plane/NN ./.");
  // A gerund after a verb is untouched.
  EXPECT_EQ(TagString(tagger_.get(), "Ruto spoke after visiting Kampala ."),
            "Ruto/NNP spoke/VBD after/IN visiting/VBG Kampala/NNP ./.");
}

TEST_F(RealModelTest, AGerundAfterAndBeforeANameModifiesTheName) {
  EXPECT_EQ(TagString(tagger_.get(),
                      "Maduro accused the United States and neighbouring Colombia of backing the "
                      "plot ."),
            "Maduro/NNP accused/VBD the/DT United/NNP States/NNPS and/CC neighbouring/JJ "
            "Colombia/NNP of/IN backing/VBG the/DT plot/NN ./.");
  // Not a participle joined to one before it.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Rebels attacked the town , killing two soldiers and wounding Colonel "
                      "Smith ."),
            "Rebels/NNS attacked/VBD the/DT town/NN ,/, killing/VBG two/CD soldiers/NNS and/CC "
            "wounding/VBG Colonel/NNP Smith/NNP ./.");
}

TEST_F(RealModelTest, AGerundAfterANounOfChangeAndInIsANoun) {
  EXPECT_EQ(TagString(tagger_.get(), "Residents reported a surge in fighting near Goma ."),
            "Residents/NNS reported/VBD a/DT surge/NN in/IN fighting/NN near/IN Goma/NNP ./.");
  // Not after another noun: "rebels were fighting in Goma" keeps its verb.
  EXPECT_EQ(TagString(tagger_.get(), "Rebels were fighting in Goma ."),
            "Rebels/NNS were/VBD fighting/VBG in/IN Goma/NNP ./.");
}

TEST_F(RealModelTest, AGerundAfterAStretchOfTimeAndOfIsANoun) {
  std::string tags =
      TagString(tagger_.get(), "Four days of fighting between Armenia and Azerbaijan killed 50 .");
  EXPECT_NE(tags.find("of/IN fighting/NN between/IN"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "A night of rioting left 12 dead .");
  EXPECT_NE(tags.find("rioting/NN"), std::string::npos) << tags;
  // With an object it stays the verb: "years of fighting the rebels".
  tags = TagString(tagger_.get(), "Years of fighting the rebels have exhausted the army .");
  EXPECT_NE(tags.find("fighting/VBG the/DT"), std::string::npos) << tags;
}

TEST_F(RealModelTest, AGerundAfterBeBeforeItsObjectIsTheProgressive) {
  // The lexicon makes "bombing" a noun and "striking" an adjective; after "be"
  // before an object they are the progressive's verb, also after an adverb.
  std::string tags = TagString(tagger_.get(), "Zorblatov was bombing the rebel camps .");
  EXPECT_NE(tags.find("was/VBD bombing/VBG the/DT"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "Ruto has been striking militant bases near Accra .");
  EXPECT_NE(tags.find("striking/VBG"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "Museveni is also arming the militias .");
  EXPECT_NE(tags.find("arming/VBG"), std::string::npos) << tags;
  // Not after "there", nor with no object, nor before "to", nor a word of no deed.
  tags = TagString(tagger_.get(), "There was bombing damage in Kampala .");
  EXPECT_EQ(tags.find("/VBG"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "The gains in Kampala were striking .");
  EXPECT_EQ(tags.find("striking/VBG"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "Ruto is willing to talk .");
  EXPECT_EQ(tags.find("willing/VBG"), std::string::npos) << tags;
  tags = TagString(tagger_.get(), "The reply was nothing new .");
  EXPECT_EQ(tags.find("/VBG"), std::string::npos) << tags;
}

TEST_F(RealModelTest, ASentenceWithoutAVerbGetsItsPastTense) {
  // The best path reads "insurgents abducted" as a noun compound and the
  // sentence has no verb: the best path with a past tense after a noun wins.
  EXPECT_EQ(TagString(tagger_.get(), "Islamist insurgents abducted 276 schoolgirls ."),
            "Islamist/NNP insurgents/NNS abducted/VBD 276/CD schoolgirls/NNS ./.");
  // A sentence that has a verb keeps its best path.
  EXPECT_EQ(TagString(tagger_.get(), "Rebels attacked a convoy ."),
            "Rebels/NNS attacked/VBD a/DT convoy/NN ./.");
  // A fragment with no word that can be a past tense stays as it is.
  EXPECT_EQ(TagString(tagger_.get(), "Reporting by the minister ."),
            "Reporting/NNP by/IN the/DT minister/NN ./.");
  // A clause before the first comma without a verb, in a sentence whose verb
  // comes after it, gets its past tense too.
  EXPECT_EQ(
      TagString(tagger_.get(), "Islamist insurgents abducted 276 schoolgirls , police said ."),
      "Islamist/NNP insurgents/NNS abducted/VBD 276/CD schoolgirls/NNS ,/, police/NNS "
      "said/VBD ./.");
  // The word right after an aside that follows the subject may be the verb.
  EXPECT_EQ(TagString(tagger_.get(), "Israeli troops , backed by tanks , fired on civilians ."),
            "Israeli/JJ troops/NNS ,/, backed/VBN by/IN tanks/NNS ,/, fired/VBD on/IN "
            "civilians/NNS ./.");
  // Not when the sentence has a verb elsewhere.
  EXPECT_EQ(
      TagString(tagger_.get(), "Israeli troops , backed by tanks , were fired on ."),
      "Israeli/JJ troops/NNS ,/, backed/VBN by/IN tanks/NNS ,/, were/VBD fired/VBN on/RP ./.");
}

// "X, joined by Y, stormed ...": the aside's past form before "by" is a
// passive participle; the verb after the aside is the sentence's.
TEST_F(RealModelTest, APastFormBeforeByInAnAsideIsAParticiple) {
  EXPECT_EQ(TagString(tagger_.get(),
                      "Kenyan troops , joined by Ugandan soldiers , attacked Somali rebels ."),
            "Kenyan/NNP troops/NNS ,/, joined/VBN by/IN Ugandan/NNP soldiers/NNS ,/, "
            "attacked/VBD Somali/JJ rebels/NNS ./.");
  // Not a clause's own verb: no finite verb follows the aside.
  EXPECT_EQ(TagString(tagger_.get(), "The army said it joined by force ."),
            "The/DT army/NN said/VBD it/PRP joined/VBD by/IN force/NN ./.");
}

// "shot dead Sean Collier": "dead" is the verb's, before a name as before "a".
TEST_F(RealModelTest, DeadAfterAVerbOfKillingBeforeANameIsTheVerbs) {
  EXPECT_EQ(TagString(tagger_.get(), "Gunmen shot dead Sean Collier on Thursday ."),
            "Gunmen/NNS shot/VBD dead/VBN Sean/NNP Collier/NNP on/IN Thursday/NNP ./.");
  // Not after another verb: "found dead" is no killing.
  EXPECT_EQ(TagString(tagger_.get(), "Police found dead Sean Collier ."),
            "Police/NNP found/VBD dead/JJ Sean/NNP Collier/NNP ./.");
}

// "Vice Premier Liu He met ...": "He" next to a name inside a sentence is a name.
TEST_F(RealModelTest, HeNextToANameInsideASentenceIsAName) {
  EXPECT_EQ(TagString(tagger_.get(), "Vice Premier Liu He met Ross ."),
            "Vice/NNP Premier/NNP Liu/NNP He/NNP met/VBD Ross/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Vice Premier He Lifeng met Ross ."),
            "Vice/NNP Premier/NNP He/NNP Lifeng/NNP met/VBD Ross/NNP ./.");
  // The pronoun opening a sentence stays one.
  EXPECT_EQ(TagString(tagger_.get(), "He met Ross ."), "He/PRP met/VBD Ross/NNP ./.");
}

TEST_F(RealModelTest, APhraseThatAParticipleOpensIsNoClause) {
  // "Frustrated by the delays," holds no verb to find: the past tense is the
  // one after the comma, and a later repair keeps it.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Frustrated by the delays , Kenyan police arrested the Ugandan opposition "
                      "leader ."),
            "Frustrated/VBN by/IN the/DT delays/NNS ,/, Kenyan/NNP police/NNS arrested/VBD "
            "the/DT Ugandan/NNP opposition/NN leader/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Acting on a tip , Nigerian soldiers arrested a smuggler ."),
            "Acting/VBG on/IN a/DT tip/NN ,/, Nigerian/NNP soldiers/NNS arrested/VBD a/DT "
            "smuggler/NN ./.");
  // A participle that modifies the noun after it opens no phrase.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Unidentified gunmen attacked and set fire to several radio stations , "
                      "their directors said ."),
            "Unidentified/JJ gunmen/NNS attacked/VBD and/CC set/VBN fire/NN to/TO several/JJ "
            "radio/NN stations/NNS ,/, their/PRP$ directors/NNS said/VBD ./.");
  // A sentence with a verb keeps its path.
  EXPECT_EQ(TagString(tagger_.get(), "Angered by the ruling , Ugandan soldiers detained two men ."),
            "Angered/VBN by/IN the/DT ruling/NN ,/, Ugandan/NNP soldiers/NNS detained/VBD two/CD "
            "men/NNS ./.");
}

TEST_F(RealModelTest, AfterAnOpeningTimeTheClauseRunsToTheNextComma) {
  // "Two days later," and "That evening," are no clause; the one after them
  // runs to the attribution's comma, and its verb is found there.
  EXPECT_EQ(TagString(tagger_.get(),
                      "That evening , Sudanese soldiers fired on protesters , witnesses said ."),
            "That/DT evening/NN ,/, Sudanese/NNP soldiers/NNS fired/VBD on/IN protesters/NNS ,/, "
            "witnesses/NNS said/VBD ./.");
  EXPECT_EQ(TagString(tagger_.get(),
                      "Two days later , Kenyan police arrested the opposition leader , officials "
                      "said ."),
            "Two/CD days/NNS later/RB ,/, Kenyan/NNP police/NNS arrested/VBD the/DT "
            "opposition/NN leader/NN ,/, officials/NNS said/VBD ./.");
  // A name before an aside is a subject, whose clause keeps its verb.
  EXPECT_EQ(TagString(tagger_.get(),
                      "King Mohammed VI , who flew to Addis Ababa , was expected to speak ."),
            "King/NNP Mohammed/NNP VI/NNP ,/, who/WP flew/VBD to/TO Addis/NNP Ababa/NNP ,/, "
            "was/VBD expected/VBN to/TO speak/VB ./.");
}

TEST_F(RealModelTest, TheVerbMissingAfterTheOpeningNounPhraseIsTheFirst) {
  // "Police arrested 12 people suspected of looting, ...": the past tense
  // right after the subject, before its object, not the participle after.
  EXPECT_EQ(TagString(tagger_.get(),
                      "Police arrested 12 people suspected of looting in the capital , a police "
                      "spokesman said ."),
            "Police/NNP arrested/VBD 12/CD people/NNS suspected/VBN of/IN looting/NN in/IN "
            "the/DT capital/NN ,/, a/DT police/NN spokesman/NN said/VBD ./.");
  // Not a participle with its preposition ("A gunman armed with ...").
  EXPECT_EQ(TagString(tagger_.get(),
                      "A gunman armed with rifles attacked worshippers at two mosques , police "
                      "said ."),
            "A/DT gunman/NN armed/VBN with/IN rifles/NNS attacked/VBD worshippers/NNS at/IN "
            "two/CD mosques/NNS ,/, police/NNS said/VBD ./.");
}

TEST_F(RealModelTest, AnUnknownWordAfterAModalIsItsVerb) {
  EXPECT_EQ(TagString(tagger_.get(), "France will recognise a Palestinian state ."),
            "France/NNP will/MD recognise/VB a/DT Palestinian/JJ state/NN ./.");
  // A word the lexicon knows keeps its best tag.
  EXPECT_EQ(TagString(tagger_.get(), "Russia will protect civilians ."),
            "Russia/NNP will/MD protect/VB civilians/NNS ./.");
}

TEST_F(RealModelTest, BritishSpellingsTakeTheirAmericanFormsTags) {
  EXPECT_EQ(TagString(tagger_.get(), "Norway recognises the new government ."),
            "Norway/NNP recognises/VBZ the/DT new/JJ government/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The envoy travelled to Lisbon ."),
            "The/DT envoy/NN travelled/VBD to/TO Lisbon/NNP ./.");
}

TEST_F(RealModelTest, APluralBeforeAParticipleIsTheSubjectsHead) {
  EXPECT_EQ(TagString(tagger_.get(), "Iranian security forces arrested hundreds of people ."),
            "Iranian/JJ security/NN forces/NNS arrested/VBD hundreds/NNS of/IN people/NNS ./.");
  // An auxiliary before its participle stays.
  EXPECT_EQ(TagString(tagger_.get(), "The army has arrested hundreds of people ."),
            "The/DT army/NN has/VBZ arrested/VBN hundreds/NNS of/IN people/NNS ./.");
  // So is one before "loyal to" and a past verb; a verb of state stays.
  EXPECT_EQ(TagString(tagger_.get(), "Government forces loyal to Kiir attacked Juba ."),
            "Government/NNP forces/NNS loyal/JJ to/TO Kiir/NNP attacked/VBD Juba/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The army remains loyal to the king ."),
            "The/DT army/NN remains/VBZ loyal/JJ to/TO the/DT king/NN ./.");
}

TEST_F(RealModelTest, AParticipleBeforeByQualifiesTheNoun) {
  EXPECT_EQ(TagString(tagger_.get(), "The men abducted by gunmen were freed ."),
            "The/DT men/NNS abducted/VBN by/IN gunmen/NNS were/VBD freed/VBN ./.");
  // "hundred" is a number, not a participle.
  EXPECT_EQ(TagString(tagger_.get(), "A hundred by noon ."), "A/DT hundred/CD by/IN noon/NN ./.");
}

TEST_F(RealModelTest, AParticipleOnTheSubjectLeavesTheVerbToTheNextPastForm) {
  // The model reads the participle as the verb and the verb as a participle.
  EXPECT_EQ(TagString(tagger_.get(), "Villagers opposed to the dam clashed with police ."),
            "Villagers/NNS opposed/VBN to/TO the/DT dam/NN clashed/VBD with/IN police/NNS ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Peace talks hosted by Kuwait collapsed in August ."),
            "Peace/NNP talks/NNS hosted/VBN by/IN Kuwait/NNP collapsed/VBD in/IN August/NNP ./.");
  // A change's measure is no agent; a participle with "by" after the object stays.
  EXPECT_EQ(TagString(tagger_.get(), "Prices rose by 5 percent compared with last year ."),
            "Prices/NNS rose/VBD by/IN 5/CD percent/NN compared/VBN with/IN last/JJ year/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Israel responded to rockets fired by Hamas ."),
            "Israel/NNP responded/VBD to/TO rockets/NNS fired/VBN by/IN Hamas/NNP ./.");
  // After a place, the later form is the verb when an object follows it.
  EXPECT_EQ(TagString(tagger_.get(), "Activists held in Cairo accused the police of torture ."),
            "Activists/NNS held/VBN in/IN Cairo/NNP accused/VBD the/DT police/NN of/IN "
            "torture/VB ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Russia objected to sanctions imposed Monday ."),
            "Russia/NNP objected/VBD to/TO sanctions/NNS imposed/VBD Monday/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Militants dressed as police officers attacked a post ."),
            "Militants/NNP dressed/VBN as/IN police/NN officers/NNS attacked/VBD a/DT post/NN ./.");
  // A verb of saying keeps its place phrase and its reported clause.
  EXPECT_EQ(TagString(tagger_.get(), "Officials said in Kabul militants attacked a convoy ."),
            "Officials/NNS said/VBD in/IN Kabul/NNP militants/NNS attacked/VBD a/DT convoy/NN ./.");
  // Without a second verb the first is the verb.
  EXPECT_EQ(TagString(tagger_.get(), "The army deployed to the border on Monday ."),
            "The/DT army/NN deployed/VBD to/TO the/DT border/NN on/IN Monday/NNP ./.");
}

TEST_F(RealModelTest, APastFormWithAnObjectAfterTheOpeningSubjectIsTheVerb) {
  // The model reads it as a participle when a relative clause's verb follows.
  EXPECT_EQ(TagString(tagger_.get(), "Police arrested the gunmen who killed 19 people ."),
            "Police/NNP arrested/VBD the/DT gunmen/NNS who/WP killed/VBD 19/CD people/NNS ./.");
  // ... and so is one before a preposition when a relative's verb follows.
  EXPECT_EQ(TagString(tagger_.get(), "Police hunted for the gunmen who took hostages ."),
            "Police/NNP hunted/VBD for/IN the/DT gunmen/NNS who/WP took/VBD hostages/NNS ./.");
  // A reduced relative before the verb, and one with no object, stay.
  EXPECT_EQ(TagString(tagger_.get(), "The man arrested by police was freed ."),
            "The/DT man/NN arrested/VBN by/IN police/NNS was/VBD freed/VBN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Rebels captured last week were freed ."),
            "Rebels/NNS captured/VBN last/JJ week/NN were/VBD freed/VBN ./.");
}

TEST_F(RealModelTest, AParticipleWithAnObjectAfterWhoIsTheRelativeClausesVerb) {
  EXPECT_EQ(
      TagString(tagger_.get(), "Kenyan police , who arrested Raila Odinga on Monday , said no ."),
      "Kenyan/NNP police/NN ,/, who/WP arrested/VBD Raila/NNP Odinga/NNP on/IN Monday/NNP "
      ",/, said/VBD no/RB ./.");
  // A passive after an auxiliary keeps its participle.
  EXPECT_EQ(TagString(tagger_.get(), "Kenyan police , who were attacked by protesters , said no ."),
            "Kenyan/NNP police/NN ,/, who/WP were/VBD attacked/VBN by/IN protesters/NNS ,/, "
            "said/VBD no/RB ./.");
}

TEST_F(RealModelTest, AWordAfterToBeforeANameIsAnInfinitive) {
  EXPECT_EQ(TagString(tagger_.get(), "Lawmakers voted to impeach Rousseff ."),
            "Lawmakers/NNS voted/VBD to/TO impeach/VB Rousseff/NNP ./.");
  // A hyphenated modifier of the name stays one.
  EXPECT_EQ(TagString(tagger_.get(), "Aid went to war-torn Syria ."),
            "Aid/NNP went/VBD to/TO war-torn/JJ Syria/NNP ./.");
}

TEST_F(RealModelTest, ADemandsNamedSubjectTakesASubjunctive) {
  EXPECT_EQ(TagString(tagger_.get(), "Britain demanded that Iran release the tanker ."),
            "Britain/NNP demanded/VBD that/IN Iran/NNP release/VB the/DT tanker/NN ./.");
  // Not after other verbs' "that": the model's best path stays.
  EXPECT_EQ(TagString(tagger_.get(), "Britain said that Iran release the tanker ."),
            "Britain/NNP said/VBD that/IN Iran/NNP release/NN the/DT tanker/NN ./.");
  // A verb the lexicon lists only as a noun, before its object, with no verb
  // after it in the clause, is the subjunctive all the same.
  EXPECT_EQ(TagString(tagger_.get(), "Oslo demanded that Riga extradite dozens of smugglers ."),
            "Oslo/NNP demanded/VBD that/IN Riga/NNP extradite/VB dozens/NNS of/IN smugglers/NNS "
            "./.");
  // ... but a compound whose verb follows stays one.
  EXPECT_EQ(TagString(tagger_.get(), "Oslo demanded that Riga navy ships withdraw ."),
            "Oslo/NNP demanded/VBD that/IN Riga/NNP navy/NN ships/NNS withdraw/VB ./.");
  // An adjective that is also a verb is the subjunctive too.
  EXPECT_EQ(TagString(tagger_.get(), "Oslo demanded that Riga free the fishermen ."),
            "Oslo/NNP demanded/VBD that/IN Riga/NNP free/VB the/DT fishermen/NNS ./.");
  // A demand may leave its "that" out; other verbs may not.
  EXPECT_EQ(TagString(tagger_.get(), "Britain demanded Iran release the tanker ."),
            "Britain/NNP demanded/VBD Iran/NNP release/VB the/DT tanker/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Oslo demands Riga extradite senior smugglers ."),
            "Oslo/NNP demands/VBZ Riga/NNP extradite/VB senior/JJ smugglers/NNS ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Britain expected Iran release the tanker ."),
            "Britain/NNP expected/VBD Iran/NNP release/NN the/DT tanker/NN ./.");
}

// After "to", a word the lexicon does not know or lists as a verb, before an
// object's determiner or count, is the infinitive.
TEST_F(RealModelTest, AWordAfterToBeforeAnObjectIsAnInfinitive) {
  EXPECT_EQ(TagString(tagger_.get(), "Police used dogs to disperse hundreds of protesters ."),
            "Police/NNP used/VBD dogs/NNS to/TO disperse/VB hundreds/NNS of/IN protesters/NNS ./.");
  EXPECT_EQ(TagString(tagger_.get(), "Police used dogs to disperse the protesters ."),
            "Police/NNP used/VBD dogs/NNS to/TO disperse/VB the/DT protesters/NNS ./.");
}

TEST_F(RealModelTest, IrregularFormsOfTheVerbDictionariesAreVerbs) {
  // Forms Lingua's lexicon lacks, built into the model from data/verbs.
  EXPECT_EQ(TagString(tagger_.get(), "Rebel fighters overran the garrison ."),
            "Rebel/NN fighters/NNS overran/VBD the/DT garrison/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The rioters flung bottles at the police ."),
            "The/DT rioters/NNS flung/VBD bottles/NNS at/IN the/DT police/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The town was retaken by the army ."),
            "The/DT town/NN was/VBD retaken/VBN by/IN the/DT army/NN ./.");
  // A form the lexicon knows as a noun stays one where it reads as a noun.
  EXPECT_EQ(TagString(tagger_.get(), "A slew of envoys arrived ."),
            "A/DT slew/NN of/IN envoys/NNS arrived/VBD ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The bandits slew the herders ."),
            "The/DT bandits/NNS slew/VBD the/DT herders/NNS ./.");
}

TEST_F(RealModelTest, AQuotedAdjectiveAfterADeterminerKeepsItsHead) {
  EXPECT_EQ(TagString(tagger_.get(), "Kyiv condemned the `` criminal '' strikes on Odesa ."),
            "Kyiv/NNP condemned/VBD the/DT ``/`` criminal/JJ ''/'' strikes/NNS on/IN "
            "Odesa/NNP ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The ministry rejected the `` baseless '' claims ."),
            "The/DT ministry/NN rejected/VBD the/DT ``/`` baseless/JJ ''/'' claims/NNS ./.");
  // An unknown adjective the model reads as a noun, before a base form.
  EXPECT_EQ(TagString(tagger_.get(), "He called the `` shameful '' raid a crime ."),
            "He/PRP called/VBD the/DT ``/`` shameful/NN ''/'' raid/NN a/DT crime/NN ./.");
  // A verb after quoted speech, or after a quoted word with no determiner, stays.
  EXPECT_EQ(TagString(tagger_.get(), "`` It is unacceptable , '' said the envoy ."),
            "``/`` It/PRP is/VBZ unacceptable/JJ ,/, ''/'' said/VBD the/DT envoy/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "The decision was `` unfair '' and angered Seoul ."),
            "The/DT decision/NN was/VBD ``/`` unfair/JJ ''/'' and/CC angered/VBD Seoul/NNP ./.");
}

TEST_F(RealModelTest, ABaseVerbAfterADeterminerIsACompoundsFirstNoun) {
  // "torpedo" is a verb only in the lexicon.
  EXPECT_EQ(TagString(tagger_.get(), "Seoul seized a North Korean torpedo boat ."),
            "Seoul/NNP seized/VBD a/DT North/JJ Korean/JJ torpedo/NN boat/NN ./.");
  EXPECT_EQ(TagString(tagger_.get(), "It served as a `` launch pad '' for raids ."),
            "It/PRP served/VBD as/IN a/DT ``/`` launch/NN pad/NN ''/'' for/IN raids/NNS ./.");
  // After "the", a proper noun may head a plural subject: its verb stays.
  EXPECT_EQ(TagString(tagger_.get(), "The Kurds fear reprisals from Ankara ."),
            "The/DT Kurds/NNPS fear/VBP reprisals/NNS from/IN Ankara/NNP ./.");
}

TEST_F(RealModelTest, SteadyStateAllocatesNothing) {
  // Capacity stops growing after the first call: later calls allocate nothing.
  std::vector<std::string_view> words =
      SplitWhitespace("Officials said Monday that Zorblat forces had shelled the town of Qusayr .");
  std::vector<std::string_view> tags;
  tagger_->Tag(words, &tags);
  const auto* data = tags.data();
  for (int i = 0; i < 100; ++i) tagger_->Tag(words, &tags);
  EXPECT_EQ(tags.data(), data);
}

}  // namespace
}  // namespace dyad::tag
