// Tests for the PETRARCH actor and agent dictionary readers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict::petrarch {
namespace {

using Strings = std::vector<std::string>;

class PetrarchNamesTest : public ::testing::Test {
 protected:
  void ReadActorText(std::string_view text) {
    ASSERT_TRUE(ReadActors(text, "a.txt", &d_).ok());
    d_.actors.names().Finish();
  }
  void ReadAgentText(std::string_view text) {
    ASSERT_TRUE(ReadAgents(text, "g.txt", &d_).ok());
    d_.agents.names().Finish();
  }
  // The entry of the name matched at the start of `sentence` and the words
  // it covers ("2:3"), or "none". Words unknown to the dictionaries are kUnknownWord.
  std::string MatchIn(const PhraseIndex& index, std::string_view sentence) const {
    std::vector<WordId> words;
    for (std::string_view w : SplitWhitespace(sentence)) words.push_back(d_.vocabulary.Find(w));
    PhraseMatch m;
    if (!index.MatchAt(words, 0, &m)) return "none";
    return std::to_string(m.entry) + ":" + std::to_string(m.end);
  }
  std::string Actor(std::string_view sentence) const {
    return MatchIn(d_.actors.names(), sentence);
  }
  std::string Agent(std::string_view sentence) const {
    return MatchIn(d_.agents.names(), sentence);
  }
  // "CODE" or "CODE from-until" for each code of actor `i`.
  Strings Codes(int i) const {
    Strings out;
    for (const DatedCode& c : d_.actors.actors()[i].codes) {
      out.push_back(c.restricted()
                        ? c.code + " " + std::to_string(c.from) + "-" + std::to_string(c.until)
                        : c.code);
    }
    return out;
  }
  std::string Warnings() const {
    std::string out;
    for (const std::string& w : d_.diagnostics.warnings) out += w + "\n";
    return out;
  }

  Dictionaries d_;
};

// ---- Actors -----------------------------------------------------------------

TEST_F(PetrarchNamesTest, BaseNamesAndSynonyms) {
  ReadActorText(
      "ISRAEL [ISR]\n"
      "FRANCE  [FRA]  # comment\n"
      "+FRENCH\n"
      "+french_republic  [FRA]\n");
  ASSERT_EQ(d_.actors.actors().size(), 2u);
  EXPECT_EQ(d_.actors.names().size(), 4u);
  EXPECT_EQ(d_.actors.actors()[1].name, "FRANCE");
  EXPECT_EQ(d_.actors.actors()[1].where.line, 2);
  EXPECT_EQ(Codes(0), (Strings{"ISR"}));
  EXPECT_EQ(Codes(1), (Strings{"FRA", "FRA"}));
  EXPECT_EQ(Actor("ISRAEL"), "0:1");
  EXPECT_EQ(Actor("FRANCE"), "1:1");
  EXPECT_EQ(Actor("FRENCH REPUBLIC"), "1:2");
  EXPECT_EQ(Actor("FRENCH"), "1:1");
  EXPECT_EQ(Actor("GERMANY"), "none");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchNamesTest, UnderscoreNamesMustBeAdjacentSpacedOnesNeedNot) {
  ReadActorText(
      "GAZA_CITY [PSEGZA]\n"
      "HAMAS WING [PSEHMSBRD]\n"
      "ARNOR_  [ARN]\n");
  EXPECT_EQ(Actor("GAZA CITY"), "0:2");
  EXPECT_EQ(Actor("GAZA OLD CITY"), "none");
  EXPECT_EQ(Actor("HAMAS WING"), "1:2");
  EXPECT_EQ(Actor("HAMAS ARMED WING"), "1:3");
  EXPECT_EQ(Actor("ARNOR"), "2:1");
  EXPECT_EQ(d_.actors.actors()[2].name, "ARNOR_");
}

TEST_F(PetrarchNamesTest, CodeOnlyLinesBelongToTheLastActor) {
  ReadActorText(
      "ENT  \n"
      "\t[ENT]\n"
      "GOLLUM  # pas 27 Apr 03\n"
      "+SMEAGOL\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 19950601 - 19990815]\n");
  ASSERT_EQ(d_.actors.actors().size(), 2u);
  EXPECT_EQ(Codes(0), (Strings{"ENT"}));
  EXPECT_EQ(Codes(1), (Strings{"HOB 0-19950601", "HOBGOV 19950601-19990816"}));
  EXPECT_EQ(Actor("SMEAGOL"), "1:1");
  EXPECT_EQ(d_.actors.actors()[1].CodeAt(19940101), "HOB");
  EXPECT_EQ(d_.actors.actors()[1].CodeAt(19970101), "HOBGOV");
  EXPECT_EQ(d_.actors.actors()[1].CodeAt(19990815), "HOBGOV");
  EXPECT_EQ(d_.actors.actors()[1].CodeAt(20000101), "");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchNamesTest, ActorWithoutCodes) {
  ReadActorText("BOROMIR\nFARAMIR [GON]\n");
  EXPECT_TRUE(d_.actors.actors()[0].codes.empty());
  EXPECT_EQ(d_.actors.actors()[0].CodeAt(20000101), "");
  EXPECT_EQ(Actor("BOROMIR"), "0:1");
}

// ">D" holds from D on, "<D" before D, and "D1-D2" from D1 to D2 inclusive
// (stored as ending before the day after D2).
TEST_F(PetrarchNamesTest, DateRestrictions) {
  ReadActorText(
      "A [FRAGOV >120515]\n"
      "B [YUGHRV <910625]\n"
      "C [EGYMIL 770101-120812]\n"
      "D [AFGELI 320101-331108]\n"
      "E [AFGELI 19270101-730717]\n"
      "F [X 20010101-20020201][Y >20020202] [Z]\n"
      "G [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]\n");
  EXPECT_EQ(Codes(0), (Strings{"FRAGOV 20120515-0"}));
  EXPECT_EQ(Codes(1), (Strings{"YUGHRV 0-19910625"}));
  EXPECT_EQ(Codes(2), (Strings{"EGYMIL 19770101-20120813"}));
  EXPECT_EQ(Codes(3), (Strings{"AFGELI 19320101-19331109"}));
  EXPECT_EQ(Codes(4), (Strings{"AFGELI 19270101-19730718"}));
  EXPECT_EQ(Codes(5), (Strings{"X 20010101-20020202", "Y 20020202-0", "Z"}));
  EXPECT_EQ(Codes(6), (Strings{"IGOEUREEC 19820701-19830101", "IGOEUREEC 19870701-19880101"}));
  EXPECT_EQ(Warnings(), "");
  EXPECT_EQ(d_.actors.actors()[5].CodeAt(20010615), "X");
  EXPECT_EQ(d_.actors.actors()[5].CodeAt(20020201), "X");
  EXPECT_EQ(d_.actors.actors()[5].CodeAt(20020202), "Y");
  EXPECT_EQ(d_.actors.actors()[5].CodeAt(19990101), "Z");
}

TEST_F(PetrarchNamesTest, RestrictionsMayContainSpaces) {
  ReadActorText(
      "A [HOB < 950601]\n"
      "B [HOBGOV 19950601 - 19990815]\n"
      "C [GOV >  20120515]\n"
      "D\t[ X   900101 -910101 ]\n");
  EXPECT_EQ(Codes(0), (Strings{"HOB 0-19950601"}));
  EXPECT_EQ(Codes(1), (Strings{"HOBGOV 19950601-19990816"}));
  EXPECT_EQ(Codes(2), (Strings{"GOV 20120515-0"}));
  EXPECT_EQ(Codes(3), (Strings{"X 19900101-19910102"}));
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchNamesTest, BadRestrictionsWarnAndDropOnlyThatCode) {
  ReadActorText(
      "A [MNEGOV 20121204] [MNE]\n"
      "B [ARMUNR 9008223-911221]\n"
      "C [GBRGOV >201005011]\n"
      "D [X <]\n"
      "E [X 990230-991231]\n"
      "F []\n"
      "G [X -]\n");
  EXPECT_EQ(Codes(0), (Strings{"MNE"}));
  for (int i = 1; i < 7; ++i) EXPECT_TRUE(Codes(i).empty()) << i;
  EXPECT_EQ(Warnings(),
            "a.txt:1: unknown date restriction '20121204'\n"
            "a.txt:2: bad date '9008223': expected YYYYMMDD, YYMMDD or YYYY-MM-DD\n"
            "a.txt:3: bad date '201005011': expected YYYYMMDD, YYMMDD or YYYY-MM-DD\n"
            "a.txt:4: bad date '': expected YYYYMMDD, YYMMDD or YYYY-MM-DD\n"
            "a.txt:5: bad date '990230': no such day\n"
            "a.txt:6: empty code []\n"
            "a.txt:7: bad date '': expected YYYYMMDD, YYMMDD or YYYY-MM-DD\n");
  EXPECT_EQ(Actor("A"), "0:1");  // the actor itself is kept
}

TEST_F(PetrarchNamesTest, LinesBeforeAnyActorWarn) {
  ReadActorText("[ORPHAN]\n+SYNONYM\nA [A]\n+\n");
  EXPECT_EQ(d_.actors.actors().size(), 1u);
  EXPECT_EQ(Warnings(),
            "a.txt:1: code line before any actor\n"
            "a.txt:2: synonym before any actor\n"
            "a.txt:4: empty actor name\n");
}

// PETRARCH2 drops the last entry of each file; dyad must not.
TEST_F(PetrarchNamesTest, LastActorWithoutNewlineIsRead) {
  ReadActorText("A [A]\nZIMBABWE [ZWE]");
  ASSERT_EQ(d_.actors.actors().size(), 2u);
  EXPECT_EQ(Actor("ZIMBABWE"), "1:1");
  EXPECT_EQ(Codes(1), (Strings{"ZWE"}));
}

TEST_F(PetrarchNamesTest, SeveralFilesAccumulate) {
  ASSERT_TRUE(ReadActors("A [A]\n", "one.txt", &d_).ok());
  ASSERT_TRUE(ReadActors("B [B]\n[C x]\n", "two.txt", &d_).ok());
  d_.actors.names().Finish();
  EXPECT_EQ(d_.actors.actors().size(), 2u);
  EXPECT_EQ(Actor("B"), "1:1");
  EXPECT_EQ(d_.actors.actors()[1].where.file, 1);
  EXPECT_EQ(Warnings(), "two.txt:2: unknown date restriction 'x'\n");
}

TEST_F(PetrarchNamesTest, LongestActorNameWins) {
  ReadActorText(
      "UNITED [XXX]\n"
      "UNITED_STATES [USA]\n"
      "UNITED_STATES_SENATE [USALEG]\n");
  EXPECT_EQ(Actor("UNITED STATES SENATE"), "2:3");
  EXPECT_EQ(Actor("UNITED STATES ARMY"), "1:2");
  EXPECT_EQ(Actor("UNITED NATIONS"), "0:1");
}

// ---- Agents -----------------------------------------------------------------

TEST_F(PetrarchNamesTest, AgentCodesAppendOrPrepend) {
  ReadAgentText(
      "AMBASSADOR [~GOV] # LRP 02 Jun 2004\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n"
      "POLICE {} [ ~COP]\n");
  const std::vector<dict::Agent>& agents = d_.agents.agents();
  ASSERT_EQ(agents.size(), 4u);
  EXPECT_EQ(agents[0].code, "GOV");
  EXPECT_FALSE(agents[0].prefix);
  EXPECT_EQ(agents[0].name, "AMBASSADOR");
  EXPECT_EQ(agents[0].where.line, 1);
  EXPECT_EQ(agents[1].code, "NGO");
  EXPECT_TRUE(agents[1].prefix);
  EXPECT_EQ(agents[2].code, "NGO");
  EXPECT_TRUE(agents[2].prefix);
  EXPECT_EQ(agents[3].code, "COP");
  EXPECT_FALSE(agents[3].prefix);
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchNamesTest, AgentDefaultPlurals) {
  ReadAgentText(
      "AMBASSADOR [~GOV]\n"
      "OPPOSITION_PARTY [~OPP]\n"
      "CHURCH [~REL]\n"
      "SECURITY SERVICE [~GOV]\n");
  EXPECT_EQ(d_.agents.names().size(), 8u);
  EXPECT_EQ(Agent("AMBASSADOR"), "0:1");
  EXPECT_EQ(Agent("AMBASSADORS"), "0:1");
  EXPECT_EQ(Agent("OPPOSITION PARTIES"), "1:2");
  EXPECT_EQ(Agent("CHURCHES"), "2:1");
  EXPECT_EQ(Agent("SECURITY SERVICES"), "3:2");
  EXPECT_EQ(Agent("SECURITY STATE SERVICES"), "3:3");  // a space allows a gap
}

TEST_F(PetrarchNamesTest, AgentBracesListPluralsOrNone) {
  ReadAgentText(
      "POLICE {} [~COP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE GOLDEN_GOOSES} [~GGS]\n");
  EXPECT_EQ(d_.agents.names().size(), 1u + 2u + 3u);
  EXPECT_EQ(Agent("POLICES"), "none");
  EXPECT_EQ(Agent("ATTORNEYS GENERAL"), "1:2");
  EXPECT_EQ(Agent("ATTORNEY GENERALS"), "none");
  EXPECT_EQ(Agent("GOLDEN GEESE"), "2:2");
  EXPECT_EQ(Agent("GOLDEN GOOSES"), "2:2");
}

// Regression: "MINISTRY_ [~GOV]" (Phoenix.agents.txt) took the plural of the
// empty word after the '_' and added MINISTRY twice instead of MINISTRIES.
TEST_F(PetrarchNamesTest, AgentTrailingUnderscoreGetsPlural) {
  ReadAgentText("MINISTRY_  [~GOV]\nLIBERATION_FRONT_  [~REB]\n");
  EXPECT_EQ(d_.agents.names().size(), 4u);
  EXPECT_EQ(Agent("MINISTRY"), "0:1");
  EXPECT_EQ(Agent("MINISTRIES"), "0:1");
  EXPECT_EQ(Agent("LIBERATION FRONTS"), "1:2");
}

TEST_F(PetrarchNamesTest, SubstitutionSets) {
  ReadAgentText(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
      "!MINST! = minister , MINISTRY\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "!MINST!_OF_SILLY_WALKS [~GOV]\n"
      "FIRE!PERSON! {} [~GOV]\n");
  ASSERT_EQ(d_.agents.agents().size(), 3u);
  EXPECT_EQ(d_.agents.agents()[0].name, "CONGRESS!PERSON!");
  EXPECT_EQ(d_.agents.names().size(), 5u + 2u + 5u);  // no plurals are added
  EXPECT_EQ(Agent("CONGRESSWOMEN"), "0:1");
  EXPECT_EQ(Agent("CONGRESSPERSON"), "0:1");
  EXPECT_EQ(Agent("CONGRESSPERSONS"), "none");
  EXPECT_EQ(Agent("MINISTER OF SILLY WALKS"), "1:4");
  EXPECT_EQ(Agent("MINISTRY OF SILLY WALKS"), "1:4");
  EXPECT_EQ(Agent("FIREMAN"), "2:1");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchNamesTest, SeveralSetsInOnePhrase) {
  ReadAgentText("!A! = X, Y\n!B! = P, Q\n!A!_!B! [~Z]\n");
  EXPECT_EQ(d_.agents.names().size(), 4u);
  EXPECT_EQ(Agent("X P"), "0:2");
  EXPECT_EQ(Agent("Y Q"), "0:2");
}

// Regression: set names were kept as written but looked up upper-cased.
TEST_F(PetrarchNamesTest, LowerCaseSetName) {
  ReadAgentText("!person! = man, woman\ncongress!person! [~LEG]\n");
  EXPECT_EQ(Agent("CONGRESSWOMAN"), "0:1");
  EXPECT_EQ(Warnings(), "");
}

// Regression: a set whose member contains its own marker recursed forever.
TEST_F(PetrarchNamesTest, SetMemberContainingItsMarkerIsNotExpanded) {
  ReadAgentText("!A! = X!A!, Y\nQ_!A! [~Z]\n");
  EXPECT_EQ(d_.agents.names().size(), 2u);
  EXPECT_EQ(Agent("Q Y"), "0:2");
  EXPECT_EQ(Agent("Q X!A!"), "0:2");
}

// Regression guard: sets multiply, so a few markers could make millions of phrases.
TEST_F(PetrarchNamesTest, SubstitutionsAreBounded) {
  std::string set = "!A! = ";
  for (int i = 0; i < 40; ++i) set += "W" + std::to_string(i) + ",";
  ReadAgentText(set + "\n!A!_!A!_!A!_!A! [~Z]\nNEXT [~N]\n");
  EXPECT_LE(d_.agents.names().size(), 1100u);
  EXPECT_EQ(Agent("NEXT"), "1:1");
  EXPECT_EQ(Warnings(), "g.txt:2: more than 1000 substitutions; the rest are skipped\n");
}

TEST_F(PetrarchNamesTest, UndefinedSetWarns) {
  ReadAgentText("CONGRESS!NOPE! [~LEG]\n");
  EXPECT_EQ(d_.agents.names().size(), 0u);
  EXPECT_EQ(Warnings(), "g.txt:1: undefined substitution set !NOPE!\n");
}

TEST_F(PetrarchNamesTest, MalformedAgentsWarnAndAreSkipped) {
  ReadAgentText(
      "ISLAMIC_EXTREMIST\n"
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
      "NO_TILDE [GOV]\n"
      "TWO_CODES [~GOV] [~MIL]\n"
      "UNCLOSED {UNCLOSEDS [~X]\n"
      "EMPTY_CODE [ ~ ]\n"
      "GOOD [~GOV]\n");
  EXPECT_EQ(Agent("GOOD"), "0:1");
  EXPECT_EQ(d_.agents.agents().size(), 1u);
  EXPECT_EQ(Agent("ISLAMIC EXTREMIST"), "none");
  EXPECT_EQ(Warnings(),
            "g.txt:1: agent needs one code like [~GOV] or [NGO~]\n"
            "g.txt:2: agent needs one code like [~GOV] or [NGO~]\n"
            "g.txt:3: agent needs one code like [~GOV] or [NGO~]\n"
            "g.txt:4: agent needs one code like [~GOV] or [NGO~]\n"
            "g.txt:5: unclosed {\n"
            "g.txt:6: agent code is empty\n");
}

TEST_F(PetrarchNamesTest, GarbageAgentsNeverCrash) {
  ReadAgentText(
      "!\n!=\n!!=\n!A!=\n!!\n[~]\n[~~]\n~\n{}[~X]\n_ [~X]\n!A! [~X]\n!! [~X]\n!!!! [~X]\n"
      "!A!!A!!A! [~X]\n{ [~X]\n} [~X]\n[X~] {\n");
  for (const std::string& w : d_.diagnostics.warnings) {
    EXPECT_EQ(w.rfind("g.txt:", 0), 0u) << w;
  }
}

}  // namespace
}  // namespace dyad::dict::petrarch
