// Tests for counts of affected people (dyad/doc/counts.h): number phrases, the
// forms that make a number a count, and the numbers that are not counts.
// Expectations are written by hand; a count prints as kind, relation, number
// and counted noun: "killed>=30 people", "injured~100", "arrested=12 students".
#include "dyad/doc/counts.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

std::string Show(const Count& c) {
  static const char* const kRelation[] = {"=", ">=", "<=", "~"};
  std::string s = CountKindName(c.kind);
  s += kRelation[static_cast<int>(c.qualifier)];
  s += std::to_string(c.number);
  if (!c.who.empty()) s += " " + std::string(c.who);
  return s;
}

// Counts in a sentence of space-separated tokens, optionally "word/TAG".
std::vector<std::string> Counts(std::string_view sentence) {
  std::vector<std::string_view> words = SplitWhitespace(sentence);
  std::vector<std::string_view> tags;
  for (std::string_view& w : words) {
    size_t slash = w.rfind('/');
    if (slash == std::string_view::npos || slash == 0) continue;
    tags.push_back(w.substr(slash + 1));
    w = w.substr(0, slash);
  }
  std::vector<Count> counts;
  FindCounts(words, tags, &counts);
  std::vector<std::string> out;
  for (const Count& c : counts) out.push_back(Show(c));
  return out;
}

using V = std::vector<std::string>;

struct NumberCase {
  const char* text;
  long number;
  CountQualifier qualifier;
  int end;
};

TEST(CountsTest, ParsesNumberPhrases) {
  using enum CountQualifier;
  const NumberCase kCases[] = {
      {"130", 130, kExact, 1},
      {"1,200 people", 1200, kExact, 1},
      {"1,200,000", 1200000, kExact, 1},
      {"3.5 million", 3500000, kExact, 2},
      {"1.2 million", 1200000, kExact, 2},
      {"2 million people", 2000000, kExact, 2},
      {"200 thousand", 200000, kExact, 2},
      {"five", 5, kExact, 1},
      {"Five", 5, kExact, 1},
      {"one", 1, kExact, 1},
      {"thirteen", 13, kExact, 1},
      {"twenty-four", 24, kExact, 1},
      {"Twenty-Four", 24, kExact, 1},
      {"twenty four", 24, kExact, 2},
      {"ninety-nine", 99, kExact, 1},
      {"a dozen", 12, kExact, 2},
      {"two dozen", 24, kExact, 2},
      {"half a dozen", 6, kExact, 3},
      {"half a million", 500000, kExact, 3},
      {"a hundred", 100, kExact, 2},
      {"a million", 1000000, kExact, 2},
      {"fifteen hundred", 1500, kExact, 2},
      {"one hundred and twenty-five", 125, kExact, 4},
      {"two thousand five hundred", 2500, kExact, 4},
      {"three million two hundred thousand", 3200000, kExact, 5},
      {"two hundred and", 200, kExact, 2},  // a trailing "and" is not taken
      {"five six", 5, kExact, 1},
      {"dozens", 12, kApproximate, 1},
      {"scores of people", 20, kApproximate, 1},
      {"hundreds", 100, kApproximate, 1},
      {"thousands", 1000, kApproximate, 1},
      {"millions", 1000000, kApproximate, 1},
      {"tens of thousands", 10000, kApproximate, 3},
      {"hundreds of thousands", 100000, kApproximate, 3},
      {"hundreds of people", 100, kApproximate, 1},
      {"several hundred", 300, kApproximate, 2},
      {"a few thousand", 3000, kApproximate, 3},
      {"several dozen", 36, kApproximate, 2},
      {"at least 30", 30, kAtLeast, 3},
      {"more than 100", 100, kAtLeast, 3},
      {"more than a dozen", 12, kAtLeast, 4},
      {"no fewer than 12", 12, kAtLeast, 4},
      {"over 1,000", 1000, kAtLeast, 2},
      {"30 or more", 30, kAtLeast, 3},
      {"at least dozens", 12, kAtLeast, 3},
      {"up to 50", 50, kAtMost, 3},
      {"as many as 300", 300, kAtMost, 4},
      {"fewer than 10", 10, kAtMost, 3},
      {"nearly 40", 40, kApproximate, 2},
      {"about 2 million", 2000000, kApproximate, 3},
      {"some 200", 200, kApproximate, 2},
      {"an estimated 5,000", 5000, kApproximate, 3},
      {"close to twenty", 20, kApproximate, 3},
  };
  for (const NumberCase& c : kCases) {
    std::vector<std::string_view> words = SplitWhitespace(c.text);
    NumberPhrase p{};
    ASSERT_TRUE(ParseNumberPhrase(words, 0, &p)) << c.text;
    EXPECT_EQ(p.number, c.number) << c.text;
    EXPECT_EQ(p.qualifier, c.qualifier) << c.text;
    EXPECT_EQ(p.end, c.end) << c.text;
  }
}

TEST(CountsTest, RejectsNonNumbers) {
  const char* const kCases[] = {"30-year-old",
                                "10:30",
                                "3.5",
                                "1,20",
                                "1,2000",
                                "0",
                                "1.",
                                "tens",
                                "a",
                                "a few",
                                "several",
                                "hundred",
                                "at least",
                                "and five",
                                "one-third",
                                "twenty-",
                                "killed",
                                "dozen",
                                "at least people",
                                "999999999999999 billion"};
  for (const char* text : kCases) {
    std::vector<std::string_view> words = SplitWhitespace(text);
    NumberPhrase p{};
    EXPECT_FALSE(ParseNumberPhrase(words, 0, &p)) << text;
  }
  std::vector<std::string_view> words = {"five"};
  NumberPhrase p{};
  EXPECT_FALSE(ParseNumberPhrase(words, 1, &p));
  EXPECT_FALSE(ParseNumberPhrase(words, -1, &p));
}

struct SentenceCase {
  const char* sentence;
  V expected;
};

void ExpectCounts(const std::vector<SentenceCase>& cases) {
  for (const SentenceCase& c : cases) EXPECT_EQ(Counts(c.sentence), c.expected) << c.sentence;
}

TEST(CountsTest, SeedArticle) {
  ExpectCounts({
      {"the Paris attacks which killed 130 people", {"killed=130 people"}},
      {"the downing of the Metrojet A321 , killing 224 people -- the situation has changed",
       {"killed=224 people"}},
      {"following the terror attacks in Paris on November 13 , which left 130 dead and "
       "hundreds injured .",
       {"killed=130", "injured~100"}},
  });
}

TEST(CountsTest, VerbBeforeNumber) {
  ExpectCounts({
      {"killing 224 people", {"killed=224 people"}},
      {"they killed at least 30 people", {"killed>=30 people"}},
      {"the attack killed 130", {"killed=130"}},
      {"police arrested 12 students", {"arrested=12 students"}},
      {"the fighting displaced 2 million people", {"displaced=2000000 people"}},
      {"injuring dozens", {"injured~12"}},
      {"gunmen kidnapped twenty-four students", {"kidnapped=24 students"}},
      {"the army evacuated 3,000 residents", {"evacuated=3000 residents"}},
      {"they killed 30 US soldiers", {"killed=30 soldiers"}},
      {"troops detained up to 50 unarmed Palestinians", {"arrested<=50 Palestinians"}},
      {"killing 30 people and wounding 50 others", {"killed=30 people", "injured=50 others"}},
      {"the attack killed 130 and injured hundreds more", {"killed=130", "injured~100"}},
      {"killing 12 police officers", {"killed=12 officers"}},
      {"Militants abducted hundreds of schoolgirls", {"kidnapped~100 schoolgirls"}},
      {"Israeli troops shot dead three Palestinians", {"killed=3 Palestinians"}},
      {"the quake left more than 2,000 people homeless and 300 missing",
       {"displaced>=2000 people", "missing=300"}},
      {"flight MH17 , which killed all 298 people on board", {"killed=298 people"}},
      {"they killed all 12", {"killed=12"}},
  });
}

TEST(CountsTest, MembersOfAGroupTreatedForInjuriesAndNumbersThatRose) {
  ExpectCounts({
      {"at/IN least/JJS three/CD members/NNS of/IN the/DT security/NN forces/NNS were/VBD "
       "killed/VBN",
       {"killed>=3 members"}},
      {"two/CD officers/NNS of/IN the/DT border/NN police/NNS were/VBD wounded/VBN",
       {"injured=2 officers"}},
      {"893 people had been treated for injuries", {"injured=893 people"}},
      {"40 people were treated for gunshot wounds", {"injured=40 people"}},
      {"the number of people killed in the fighting has risen to 59", {"killed=59"}},
      {"the number of people displaced by the floods rose to 12,000", {"displaced=12000"}},
      // Not a count: the number of what is no casualty.
      {"the number of voters rose to 4,000", V{}},
      {"three members of parliament voted against the bill", V{}},
  });
}

TEST(CountsTest, StateAfterNumber) {
  ExpectCounts({
      {"30 people were killed in the blast", {"killed=30 people"}},
      {"Iran 's army said four of its soldiers were killed", {"killed=4 soldiers"}},
      {"two of their children were injured", {"injured=2 children"}},
      {"one person was shot dead as he fled", {"killed=1 person"}},
      {"30 protesters were shot dead", {"killed=30 protesters"}},
      {"12 arrested", {"arrested=12"}},
      {"130 dead", {"killed=130"}},
      {"the blast left 12 dead", {"killed=12"}},
      {"leaving 5 wounded", {"injured=5"}},
      {"more than 100 people were injured", {"injured>=100 people"}},
      {"up to 50 people are still missing", {"missing<=50 people"}},
      {"Nearly 40 civilians were killed", {"killed~40 civilians"}},
      {"a dozen people were abducted", {"kidnapped=12 people"}},
      {"3.5 million people have fled", {"displaced=3500000 people"}},
      {"Five people died", {"killed=5 people"}},
      {"one person was killed", {"killed=1 person"}},
      {"two people were killed and five injured", {"killed=2 people", "injured=5"}},
      {"12 dead soldiers", {"killed=12 soldiers"}},
      {"30 people were killed Tuesday", {"killed=30 people"}},
      {"at least 30 Palestinians were detained", {"arrested>=30 Palestinians"}},
      {"tens of thousands of people were displaced", {"displaced~10000 people"}},
      {"At least 39 people , including two police officers , were injured", {"injured>=39 people"}},
      {"Eighteen police officers and soldiers have died in the violence", {"killed=18 officers"}},
      {"Nearly 700,000 people have been forced from their homes", {"displaced~700000 people"}},
      {"the fighting has driven about a million from their homes", {"displaced~1000000"}},
      {"the floods forced 3,000 people out of their homes", {"displaced=3000 people"}},
      {"the army forced 30 journalists to leave", {}},
      {"hundreds of thousands of people fled", {"displaced~100000 people"}},
      {"thousands of people were forced to flee", {"displaced~1000 people"}},
      {"7 killed in Kabul", {"killed=7"}},
      // A number gapped after a count and its place has that count's kind.
      {"Eight people were killed in Lima and seven in Cusco", {"killed=8 people", "killed=7"}},
      {"Five protesters were injured near the bridge and three at the border",
       {"injured=5 protesters", "injured=3"}},
      {"12 migrants were detained in Calais and about 40 in Dunkirk",
       {"arrested=12 migrants", "arrested~40"}},
      // Not across a comma, nor after another verb.
      {"Eight people were killed in Lima , officials said , and seven in Cusco",
       {"killed=8 people"}},
      {"Eight people were killed in Lima and police counted seven in Cusco", {"killed=8 people"}},
      {"20 people were evacuated", {"evacuated=20 people"}},
      {"At least 17 people have died and dozens more were hospitalized",
       {"killed>=17 people", "injured~12"}},
      {"Around 5,000 people took to the streets", {"participants~5000 people"}},
      {"One of the 12 miners was killed", {}},  // one was killed, not 12
      {"She was one of four people killed", {"killed=4 people"}},
      // "went missing": what became of them.
      {"12 students went missing after the protest", {"missing=12 students"}},
      {"30 migrants have gone missing", {"missing=30 migrants"}},
  });
}

TEST(CountsTest, NominalForms) {
  ExpectCounts({
      {"a death toll of 130", {"killed=130"}},
      {"the death toll from Friday 's attacks has risen to 130", {"killed=130"}},
      {"bringing the toll to at least 45", {"killed>=45"}},
      {"The death toll from Nepal 's strongest earthquake in more than 80 years rose above 2,400 "
       "on Sunday",
       {"killed>=2400"}},
      {"The toll in the north , officials said , climbed to 31", {"killed=31"}},
      {"Prices rose above 2,400 in the capital", {}},
      {"The death toll from the bombing of two nightclubs rose above 180", {"killed>=180"}},
      {"The toll stood at 12", {"killed=12"}},
      {"the deaths of 12 soldiers", {"killed=12 soldiers"}},
      {"the arrest of 5 activists", {"arrested=5 activists"}},
      {"the abduction of 276 schoolgirls", {"kidnapped=276 schoolgirls"}},
      {"there were 40 deaths", {"killed=40"}},
      {"police made 12 arrests", {"arrested=12"}},
      // Bodies found are the dead.
      {"rescuers found 14 bodies in the rubble", {"killed=14"}},
      {"the bodies of 9 miners were recovered", {"killed=9 miners"}},
  });
}

TEST(CountsTest, Participants) {
  ExpectCounts({
      {"hundreds of protesters", {"participants~100 protesters"}},
      {"thousands of people protested", {"participants~1000 people"}},
      {"5,000 demonstrators marched on parliament", {"participants=5000 demonstrators"}},
      {"Thousands rallied in the capital", {"participants~1000"}},
      {"police killed 12 protesters", {"killed=12 protesters"}},
      {"12 protesters were arrested", {"arrested=12 protesters"}},
  });
}

TEST(CountsTest, CoordinatedCounts) {
  ExpectCounts({
      {"40 villagers and three soldiers were killed in the raid",
       {"killed=40 villagers", "killed=3 soldiers"}},
      {"Officials said 25 students and two members of staff were wounded",
       {"injured=25 students", "injured=2 members"}},
      {"the ambush killed nine police officers and four civilians",
       {"killed=9 officers", "killed=4 civilians"}},
      {"troops arrested 14 protesters and two journalists",
       {"arrested=14 protesters", "arrested=2 journalists"}},
      // No state after the second: neither is a count.
      {"12 soldiers and 3 tanks crossed the river", {}},
      // A second number that is not a count of people keeps no kind.
      {"the strike killed 20 people and 300 cows", {"killed=20 people"}},
  });
}

TEST(CountsTest, OnePersonAfterAnArticle) {
  ExpectCounts({
      {"A student died in hospital on Friday", {"killed=1 student"}},
      {"an off-duty police officer was shot dead outside his home", {"killed=1 officer"}},
      {"the bomb killed a shopkeeper and wounded a passer-by", {"injured=1 passer-by"}},
      {"gunmen abducted a Nigerian doctor", {"kidnapped=1 doctor"}},
      {"A demonstrator was arrested", {"arrested=1 demonstrator"}},
      // Not counts: no state, a participant, a non-person.
      {"a soldier said the town was quiet", {}},
      {"a protester marched", {}},
      {"a bomb killed 12 people", {"killed=12 people"}},
      {"a car was found abandoned", {}},
      {"One suspect was arrested as he tried to flee", {"arrested=1 suspect"}},
      {"a minor was detained", {"arrested=1 minor"}},
      // The one who shoots dead is no count; the ones shot are.
      {"a man shot dead 13 people in a village", {"killed=13 people"}},
      {"one gunman shot dead two police officers", {"killed=2 officers"}},
      {"a policeman was shot dead", {"killed=1 policeman"}},
  });
}

TEST(CountsTest, CapturedPeople) {
  ExpectCounts({
      {"26 of the gunmen were killed and three were captured", {"killed=26 gunmen", "arrested=3"}},
      {"the army captured 150 rebels", {"arrested=150 rebels"}},
      // Not people: no count.
      {"the rebels captured two towns", {}},
      {"30 rebels captured the town", {}},
  });
}

TEST(CountsTest, MayHaveCountOfOne) {
  auto may = [](std::string_view sentence) {
    std::vector<std::string_view> words = SplitWhitespace(sentence);
    return MayHaveCountOfOne(words);
  };
  EXPECT_TRUE(may("A student died in hospital"));
  EXPECT_TRUE(may("gunmen shot dead an off-duty police officer"));
  EXPECT_FALSE(may("gunmen shot at an off-duty police officer"));
  EXPECT_FALSE(may("the minister said a deal was near"));
  EXPECT_FALSE(may("the soldier was killed"));
  EXPECT_TRUE(may("troops arrested a journalist"));
  EXPECT_FALSE(may("an official said the talks had failed"));
  EXPECT_FALSE(may("a"));
}

TEST(CountsTest, NumbersThatAreNotCounts) {
  ExpectCounts({
      {"in 2015 people protested", {}},
      {"the 2015 attacks killed 130 people", {"killed=130 people"}},
      {"attacks on November 13 killed 130 people", {"killed=130 people"}},
      {"on Nov. 13 , 130 people were killed", {"killed=130 people"}},
      {"13 November attacks", {}},
      {"they paid $ 30 million to free 12 hostages", {}},
      {"a US $ 30 million fund killed", {}},
      {"30 percent of people were killed", {}},
      {"30 % were arrested", {}},
      // The age is no count; the man is one ("a" before a singular person).
      {"a 30-year-old man was killed", {"killed=1 man"}},
      {"a man aged 30 was killed", {}},
      {"the man , 30 years old , was killed", {}},
      {"he was killed at 10:30 a.m.", {}},
      {"he was killed at 10 p.m.", {}},
      {"he was killed 3 days ago", {}},
      {"No one was killed", {}},
      {"Flight 9268 crashed killing 224 people", {"killed=224 people"}},
      {"Resolution 2254 was adopted", {}},
      {"the group has 300 members", {}},
      {"3 bombs killed 30 people", {"killed=30 people"}},
      {"he won 300 votes", {}},
      {"", {}},
  });
}

TEST(CountsTest, UsesTags) {
  ExpectCounts({
      {"following/VBG the/DT terror/NN attacks/NNS in/IN Paris/NNP on/IN November/NNP 13/CD ,/, "
       "which/WDT left/VBD 130/CD dead/JJ and/CC hundreds/NNS injured/VBN ./.",
       {"killed=130", "injured~100"}},
      // A plural subject of an active verb is no count: only the object is.
      {"3/CD bombs/NNS killed/VBD 30/CD people/NNS", {"killed=30 people"}},
      {"the/DT 2015/CD attacks/NNS killed/VBD 130/CD", {"killed=130"}},
      {"30/CD Afghan/JJ soldiers/NNS were/VBD killed/VBN", {"killed=30 soldiers"}},
      {"12/CD villagers/NNS were/VBD killed/VBN the/DT next/JJ day/NN", {"killed=12 villagers"}},
      {"4/CD bystanders/NNS were/VBD hurt/VBN", {"injured=4 bystanders"}},  // any plural noun
      // A people named after their country, tagged as a name: still people.
      {"Hundreds/NNS of/IN Uzbeks/NNP fled/VBD toward/IN the/DT border/NN",
       {"displaced~100 Uzbeks"}},
      {"Dozens/NNS of/IN Hamas/NNP fighters/NNS were/VBD killed/VBN", {"killed~12 fighters"}},
      {"4/CD bystanders/NNS have/VBP hurt/VBN them/PRP", {}},
  });
}

TEST(CountsTest, SpansAndViews) {
  std::vector<std::string_view> words = SplitWhitespace(
      "Police arrested at least 12 students on Friday ; 30 people were killed ; a death toll of "
      "130");
  std::vector<Count> counts = {Count{}};  // replaced, not appended to
  FindCounts(words, {}, &counts);
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts[0].kind, CountKind::kArrested);
  EXPECT_EQ(counts[0].token_begin, 1);  // arrested at least 12 students
  EXPECT_EQ(counts[0].token_end, 6);
  EXPECT_EQ(counts[0].who.data(), words[5].data());  // a view into the words
  EXPECT_EQ(counts[1].token_begin, 9);               // 30 people were killed
  EXPECT_EQ(counts[1].token_end, 13);
  EXPECT_EQ(counts[2].token_begin, 16);  // toll of 130
  EXPECT_EQ(counts[2].token_end, 19);
  EXPECT_TRUE(counts[2].who.empty());
}

TEST(CountsTest, TagsOfAnotherSizeAreIgnored) {
  std::vector<std::string_view> words = {"3", "bombs", "were", "defused"};
  std::vector<std::string_view> tags = {"CD"};
  std::vector<Count> counts;
  FindCounts(words, tags, &counts);
  EXPECT_TRUE(counts.empty());
  words = {"30", "people", "were", "killed"};
  FindCounts(words, tags, &counts);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(Show(counts[0]), "killed=30 people");
}

TEST(CountsTest, Names) {
  EXPECT_STREQ(CountKindName(CountKind::kKilled), "killed");
  EXPECT_STREQ(CountKindName(CountKind::kInjured), "injured");
  EXPECT_STREQ(CountKindName(CountKind::kArrested), "arrested");
  EXPECT_STREQ(CountKindName(CountKind::kDisplaced), "displaced");
  EXPECT_STREQ(CountKindName(CountKind::kKidnapped), "kidnapped");
  EXPECT_STREQ(CountKindName(CountKind::kParticipants), "participants");
  EXPECT_STREQ(CountKindName(CountKind::kMissing), "missing");
  EXPECT_STREQ(CountKindName(CountKind::kEvacuated), "evacuated");
  EXPECT_STREQ(CountQualifierName(CountQualifier::kExact), "exact");
  EXPECT_STREQ(CountQualifierName(CountQualifier::kAtLeast), "at least");
  EXPECT_STREQ(CountQualifierName(CountQualifier::kAtMost), "at most");
  EXPECT_STREQ(CountQualifierName(CountQualifier::kApproximate), "approximately");
}

}  // namespace
}  // namespace dyad::doc
