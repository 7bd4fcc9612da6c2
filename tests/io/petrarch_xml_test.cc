// Tests for the PETRARCH XML reader, on small inline documents and on the
// real PETRARCH2 files in the shared reference folder.
#include "dyad/io/petrarch_xml.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "dyad/base/file.h"
#include "dyad/parse/tree.h"

namespace dyad::io {
namespace {

PetrarchFile ReadOk(std::string_view xml) {
  StatusOr<PetrarchFile> file = ReadPetrarchXml(xml, "test.xml");
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  if (!file.ok()) return PetrarchFile();
  return std::move(file).value();
}

std::vector<std::string> Ids(const PetrarchFile& file) {
  std::vector<std::string> ids;
  for (const Record& r : file.records) ids.push_back(r.id);
  return ids;
}

std::vector<std::string> ConfigStrings(const std::vector<ConfigOption>& config) {
  std::vector<std::string> out;
  for (const ConfigOption& c : config) out.push_back(c.option + "=" + c.value);
  return out;
}

constexpr std::string_view kValidation = R"(<Validation>
<!-- a comment with <Sentence id="fake"> inside -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>countries.txt, leaders.txt</Actorfile>
    <Actorfile> more.txt </Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
    <Issuefile>issues.txt</Issuefile>
    <Errorfile>errors.txt</Errorfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- first record -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="0231"/>
<Text>
Arnor is about to   restore
	full ties.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))) (. .))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"/>
<Config option="comma_emax" value="0"/>
<Sentence date="950102" id="DEMO-01" sentence="FALSE" source="AFP">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20000229" id="ERROR-01" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>A &amp; B</Text>
<Parse>( (NP (NNP A)))</Parse>
</Sentence>
<Config option="require_dyad" value="true"/>
</Sentences>
</Validation>
)";

TEST(PetrarchXmlTest, ReadsEnvironment) {
  PetrarchFile file = ReadOk(kValidation);
  const Environment& env = file.environment;
  EXPECT_TRUE(env.present);
  EXPECT_EQ(env.verb_file, "verbs.txt");
  EXPECT_EQ(env.actor_files,
            (std::vector<std::string>{"countries.txt", "leaders.txt", "more.txt"}));
  EXPECT_EQ(env.agent_file, "agents.txt");
  EXPECT_EQ(env.discard_file, "discards.txt");
  EXPECT_EQ(env.issue_file, "issues.txt");
  EXPECT_EQ(ConfigStrings(env.config), (std::vector<std::string>{"stop_on_error=True"}));
}

TEST(PetrarchXmlTest, ReadsRecordFields) {
  PetrarchFile file = ReadOk(kValidation);
  EXPECT_TRUE(file.rejects.empty());
  ASSERT_EQ(Ids(file), (std::vector<std::string>{"DEMO-00", "DEMO-01", "ERROR-01"}));
  const Record& r = file.records[0];
  EXPECT_EQ(r.category, "DEMO");
  EXPECT_EQ(r.date, 19950101);
  EXPECT_TRUE(r.is_sentence);
  EXPECT_EQ(r.line, 15);
  EXPECT_EQ(r.source, "");
  EXPECT_EQ(r.text, "Arnor is about to restore full ties.");
  EXPECT_EQ(r.parse, "\n(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))) (. .))\n");
  ASSERT_EQ(r.expected.size(), 2u);
  EXPECT_EQ(r.expected[0].source, "ARN");
  EXPECT_EQ(r.expected[0].target, "GON");
  EXPECT_EQ(r.expected[0].code, "064");
  EXPECT_EQ(r.expected[1].code, "0231");
  EXPECT_TRUE(r.has_expectations);
}

TEST(PetrarchXmlTest, ReadsAttributeVariants) {
  PetrarchFile file = ReadOk(kValidation);
  ASSERT_EQ(file.records.size(), 3u);
  const Record& demo1 = file.records[1];
  EXPECT_EQ(demo1.date, 19950102);  // YYMMDD
  EXPECT_FALSE(demo1.is_sentence);  // "FALSE", any case
  EXPECT_EQ(demo1.source, "AFP");
  EXPECT_EQ(demo1.category, "");
  EXPECT_EQ(demo1.line, 29);
  EXPECT_EQ(demo1.parse, "");
  const Record& error1 = file.records[2];
  EXPECT_TRUE(error1.is_sentence);  // absent counts as true
  EXPECT_EQ(error1.date, 20000229);
  EXPECT_EQ(error1.text, "A & B");
}

TEST(PetrarchXmlTest, NoeventsAndErrorAddNoTriple) {
  PetrarchFile file = ReadOk(kValidation);
  ASSERT_EQ(file.records.size(), 3u);
  for (int i : {1, 2}) {
    EXPECT_TRUE(file.records[i].expected.empty());
    EXPECT_TRUE(file.records[i].has_expectations);
  }
  PetrarchFile plain = ReadOk(R"(<Sentences><Sentence id="a" date="20100101"><Text>x</Text>
      </Sentence></Sentences>)");
  ASSERT_EQ(plain.records.size(), 1u);
  EXPECT_FALSE(plain.records[0].has_expectations);
}

TEST(PetrarchXmlTest, ConfigAttachesToNextRecordInOrder) {
  PetrarchFile file = ReadOk(kValidation);
  ASSERT_EQ(file.records.size(), 3u);
  EXPECT_EQ(ConfigStrings(file.records[0].config),
            (std::vector<std::string>{"new_actor_length=4"}));
  EXPECT_EQ(ConfigStrings(file.records[1].config),
            (std::vector<std::string>{"require_dyad=false", "comma_emax=0"}));
  EXPECT_TRUE(file.records[2].config.empty());  // the last Config has no record after it
}

TEST(PetrarchXmlTest, PlainSentencesWithSpacesAroundEquals) {
  PetrarchFile file = ReadOk(R"(<!-- GigaWord sample -->
<Sentences>
<Sentence date = "20080804" id ="AFP0808020625_4" source = "AFP" sentence = "True">
<Text>
The stopover came.
</Text>
<Parse>
( (S (NP (DT The) (NN stopover)) (VP (VBD came)) (. .)))
</Parse>
</Sentence>
</Sentences>)");
  EXPECT_FALSE(file.environment.present);
  ASSERT_EQ(file.records.size(), 1u);
  const Record& r = file.records[0];
  EXPECT_EQ(r.id, "AFP0808020625_4");
  EXPECT_EQ(r.date, 20080804);
  EXPECT_EQ(r.source, "AFP");
  EXPECT_TRUE(r.is_sentence);
  EXPECT_EQ(r.line, 3);
  EXPECT_EQ(r.text, "The stopover came.");
  EXPECT_FALSE(r.has_expectations);
}

TEST(PetrarchXmlTest, BadRecordsBecomeRejects) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="19951301" id="BAD-DATE"><Text>x</Text></Sentence>
<Sentence id="NO-DATE"><Text>x</Text></Sentence>
<Sentence date="19950101"><Text>no id</Text></Sentence>
<Sentence date="19950101" id="BAD-FLAG" sentence="maybe"></Sentence>
<Sentence date="19950101" id="BAD-CODING"><EventCoding sourcecode="A"/></Sentence>
<Sentence date="19950101" id="GOOD"><Text>fine</Text></Sentence>
</Sentences>)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"GOOD"}));
  ASSERT_EQ(file.rejects.size(), 5u);
  const Reject& bad_date = file.rejects[0];
  EXPECT_EQ(bad_date.file, "test.xml");
  EXPECT_EQ(bad_date.line, 2);
  EXPECT_EQ(bad_date.id, "BAD-DATE");
  EXPECT_NE(bad_date.reason.find("bad date '19951301'"), std::string::npos) << bad_date.reason;
  EXPECT_EQ(file.rejects[1].ToString(), "test.xml:3: record NO-DATE: missing date");
  EXPECT_EQ(file.rejects[2].ToString(), "test.xml:4: missing id");
  EXPECT_EQ(file.rejects[3].ToString(),
            "test.xml:5: record BAD-FLAG: bad sentence attribute 'maybe'");
  EXPECT_EQ(file.rejects[4].line, 6);
  EXPECT_EQ(file.rejects[4].id, "BAD-CODING");
}

TEST(PetrarchXmlTest, ConfigBeforeRejectedRecordCarriesOver) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Config option="a" value="1"/>
<Sentence date="bad" id="X"></Sentence>
<Config option="b" value="2"/>
<Sentence date="20010101" id="Y"></Sentence>
</Sentences>)");
  ASSERT_EQ(Ids(file), (std::vector<std::string>{"Y"}));
  EXPECT_EQ(ConfigStrings(file.records[0].config), (std::vector<std::string>{"a=1", "b=2"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  EXPECT_EQ(file.rejects[0].id, "X");
}

TEST(RejectTest, ToString) {
  EXPECT_EQ((Reject{"f.xml", 12, "DEMO-01", "bad date"}).ToString(),
            "f.xml:12: record DEMO-01: bad date");
  EXPECT_EQ((Reject{"f.xml", 3, "", "malformed XML"}).ToString(), "f.xml:3: malformed XML");
}

// A broken <Text> end tag in the second of three records; the document as a
// whole does not parse.
constexpr std::string_view kBrokenMiddle = R"(<Validation>
<Environment>
  <Verbfile>verbs.txt</Verbfile>
  <Config option="x" value="y"/>
</Environment>
<Sentences>
<Config option="first" value="1"></Config>
<Sentence date="20010101" id="GOOD-1">
<Text>one</Text>
</Sentence>
<Config option="second" value="2"></Config>

<Sentence date="20010102" id="BROKEN">
<Text>two</Txet>
</Sentence>
<Config option="third" value="3"></Config>
<Sentence date="20010103" id="GOOD-2">
<Text>three</Text>
<!-- </Sentence> in a comment is not an end tag -->
<Parse>(ROOT (NP (NN three)))</Parse>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchXmlRecoveryTest, KeepsGoodRecordsAroundBrokenOne) {
  PetrarchFile file = ReadOk(kBrokenMiddle);
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"GOOD-1", "GOOD-2"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  const Reject& reject = file.rejects[0];
  EXPECT_EQ(reject.line, 13);
  EXPECT_EQ(reject.id, "BROKEN");
  EXPECT_NE(reject.reason.find("malformed XML"), std::string::npos) << reject.reason;
  EXPECT_EQ(file.records[0].line, 8);
  EXPECT_EQ(file.records[1].line, 17);
  EXPECT_EQ(file.records[1].text, "three");
  EXPECT_EQ(file.records[1].parse, "(ROOT (NP (NN three)))");
}

TEST(PetrarchXmlRecoveryTest, RecoversEnvironmentAndConfig) {
  PetrarchFile file = ReadOk(kBrokenMiddle);
  EXPECT_TRUE(file.environment.present);
  EXPECT_EQ(file.environment.verb_file, "verbs.txt");
  EXPECT_EQ(ConfigStrings(file.environment.config), (std::vector<std::string>{"x=y"}));
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(ConfigStrings(file.records[0].config), (std::vector<std::string>{"first=1"}));
  EXPECT_EQ(ConfigStrings(file.records[1].config),
            (std::vector<std::string>{"second=2", "third=3"}));
}

TEST(PetrarchXmlRecoveryTest, MissingSentenceEndTag) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="20010101" id="A"><Text>one</Text></Sentenc>
<Sentence date="20010102" id="B"><Text>two</Text></Sentence>
<Sentence date="20010103" id="C"><Text>three</Text>
)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"B"}));
  ASSERT_EQ(file.rejects.size(), 2u);
  EXPECT_EQ(file.rejects[0].line, 2);
  EXPECT_EQ(file.rejects[0].id, "A");
  EXPECT_EQ(file.rejects[1].line, 4);
  EXPECT_EQ(file.rejects[1].id, "C");
}

TEST(PetrarchXmlRecoveryTest, BrokenStartTag) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="20010101 id="A"><Text>one</Text></Sentence>
<Sentence date="20010102" id="B"><Text>two</Text></Sentence>
</Sentences>)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"B"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  EXPECT_EQ(file.rejects[0].line, 2);
  EXPECT_NE(file.rejects[0].reason.find("<Sentence>"), std::string::npos);
}

TEST(PetrarchXmlRecoveryTest, ErrorOutsideRecordsIsReported) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="20010101" id="A"><Text>one</Text></Sentence>
<Junk>
<Sentence date="20010102" id="B"><Text>two</Text></Sentence>
</Sentences>)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"A", "B"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  EXPECT_EQ(file.rejects[0].id, "");
  EXPECT_NE(file.rejects[0].reason.find("malformed XML"), std::string::npos);
  EXPECT_EQ(file.rejects[0].line, 5);
}

TEST(PetrarchXmlTest, EnvironmentAloneIsEnough) {
  PetrarchFile file = ReadOk(
      "<Validation><Environment><Verbfile>v.txt</Verbfile>"
      "</Environment><Sentences/></Validation>");
  EXPECT_TRUE(file.environment.present);
  EXPECT_TRUE(file.records.empty());
}

TEST(PetrarchXmlTest, ErrorsWhenNothingCanBeRead) {
  for (std::string_view xml : {"", " \n ", "<Sentences></Sentences>", "just text",
                               "<Sentences><Config option='a' value='b'/>", "<!-- only -->"}) {
    StatusOr<PetrarchFile> file = ReadPetrarchXml(xml, "in.xml");
    ASSERT_FALSE(file.ok()) << xml;
    EXPECT_EQ(file.status().code(), StatusCode::kInvalidInput);
    EXPECT_EQ(file.status().message().rfind("in.xml: ", 0), 0u) << file.status().message();
  }
}

TEST(PetrarchXmlTest, BrokenOnlyRecordIsARejectNotAnError) {
  StatusOr<PetrarchFile> file = ReadPetrarchXml("<Sentence id='Z' date='20010101'><Text>", "b.xml");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_TRUE(file->records.empty());
  ASSERT_EQ(file->rejects.size(), 1u);
  EXPECT_EQ(file->rejects[0].ToString().rfind("b.xml:1: record Z: malformed XML", 0), 0u)
      << file->rejects[0].ToString();
}

// ---- The real PETRARCH2 files ------------------------------------------------

std::string SharedPath(const std::string& name) {
  const char* dir = std::getenv("DYAD_SHARED");
  std::string base = dir != nullptr ? dir : DYAD_SOURCE_DIR "/../shared";
  return base + "/petrarch/" + name;
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST(PetrarchXmlRealFileTest, UnitTestRecords) {
  const std::string path = SharedPath("PETR.UnitTest.records.xml");
  if (!FileExists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> xml = ReadFile(path);
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  PetrarchFile file = ReadOk(*xml);
  EXPECT_TRUE(file.rejects.empty()) << file.rejects.front().ToString();
  EXPECT_EQ(file.records.size(), CountOccurrences(*xml, "<Sentence "));
  EXPECT_EQ(file.records.size(), 284u);
  int sentences = 0;
  for (const Record& r : file.records) sentences += r.is_sentence ? 1 : 0;
  EXPECT_EQ(sentences, 279);
  EXPECT_EQ(file.environment.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(file.environment.actor_files, (std::vector<std::string>{"PETR.Validate.actors.txt"}));
  EXPECT_EQ(file.records[0].id, "DEMO-00");
  EXPECT_EQ(file.records[0].line, 61);
  // Every Parse reads as a tree except the two records that test broken parses.
  parse::Tree tree;
  std::vector<std::string> bad;
  for (const Record& r : file.records) {
    if (!parse::ReadTree(r.parse, &tree).ok()) bad.push_back(r.id);
  }
  EXPECT_EQ(bad, (std::vector<std::string>{"ERROR-02", "ERROR-03"}));
}

TEST(PetrarchXmlRealFileTest, GigaWordSample) {
  const std::string path = SharedPath("GigaWord.sample.PETR.xml");
  if (!FileExists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> xml = ReadFile(path);
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  PetrarchFile file = ReadOk(*xml);
  EXPECT_TRUE(file.rejects.empty());
  EXPECT_FALSE(file.environment.present);
  ASSERT_EQ(file.records.size(), 76u);
  EXPECT_EQ(file.records[0].id, "AFP0808020625_4");
  EXPECT_EQ(file.records[0].line, 13);
  parse::Tree tree;
  for (const Record& r : file.records) {
    EXPECT_EQ(r.source, "AFP") << r.id;
    EXPECT_TRUE(parse::ReadTree(r.parse, &tree).ok()) << r.id;
    EXPECT_EQ(tree.node(0).label, "ROOT") << r.id;
  }
}

}  // namespace
}  // namespace dyad::io
