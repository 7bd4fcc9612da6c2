// Tests for the PETRARCH XML reader, on small inline documents and on the
// real PETRARCH2 files in the shared reference folder; the streaming reader
// must give the same results however its input is cut into blocks.
#include "dyad/io/petrarch_xml.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
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

// ---- Streaming ---------------------------------------------------------------

// Collects what a stream reads, like ReadPetrarchXml does.
class Collector : public PetrarchXmlHandler {
 public:
  void OnEnvironment(const Environment& env) override {
    file.environment = env;
    ++environments;
  }
  void OnRecord(Record&& record) override { file.records.push_back(std::move(record)); }
  void OnReject(Reject&& reject) override { file.rejects.push_back(std::move(reject)); }
  bool WantsMore() const override {
    return max_records < 0 || file.records.size() < size_t(max_records);
  }

  PetrarchFile file;
  int environments = 0;
  int max_records = -1;  // stop after this many records
};

// Feeds `xml` to a stream in blocks of `block_size` bytes; `max_buffered`
// gets the most the stream held between blocks.
StatusOr<PetrarchFile> ReadInBlocks(std::string_view xml, size_t block_size,
                                    size_t* max_buffered = nullptr) {
  Collector collector;
  PetrarchXmlStream stream("test.xml", &collector);
  for (size_t at = 0; at < xml.size(); at += block_size) {
    stream.Feed(xml.substr(at, block_size));
    if (max_buffered != nullptr) *max_buffered = std::max(*max_buffered, stream.buffered_bytes());
  }
  Status status = stream.Finish();
  if (!status.ok()) return status;
  return std::move(collector.file);
}

// Everything the reader produced, one line per item, for comparisons.
std::string Dump(const StatusOr<PetrarchFile>& file) {
  if (!file.ok()) return "error: " + file.status().message() + "\n";
  const Environment& e = file->environment;
  std::string out = "environment " + std::to_string(e.present) + " " + e.verb_file + " " +
                    e.agent_file + " " + e.discard_file + " " + e.issue_file;
  for (const std::string& a : e.actor_files) out += " actor=" + a;
  for (const std::string& c : ConfigStrings(e.config)) out += " " + c;
  out += "\n";
  for (const Record& r : file->records) {
    out += "record " + r.id + " @" + std::to_string(r.line) + " " + r.category + " " +
           std::to_string(r.date) + " " + std::to_string(r.is_sentence) + " " + r.source + " [" +
           r.text + "] [" + r.parse + "] " + std::to_string(r.has_expectations);
    for (const ExpectedEvent& x : r.expected) out += " " + x.source + "|" + x.target + "|" + x.code;
    for (const std::string& c : ConfigStrings(r.config)) out += " " + c;
    out += "\n";
  }
  for (const Reject& r : file->rejects) out += "reject " + r.ToString() + "\n";
  return out;
}

// Every way of cutting `xml` into two blocks, and some into three, reads the
// same as the whole.
void ExpectSameAtEverySplit(std::string_view xml) {
  const std::string whole = Dump(ReadPetrarchXml(xml, "test.xml"));
  for (size_t cut = 0; cut <= xml.size(); ++cut) {
    Collector collector;
    PetrarchXmlStream stream("test.xml", &collector);
    stream.Feed(xml.substr(0, cut));
    stream.Feed(xml.substr(cut, 5));
    stream.Feed(xml.substr(std::min(xml.size(), cut + 5)));
    Status status = stream.Finish();
    StatusOr<PetrarchFile> file =
        status.ok() ? StatusOr<PetrarchFile>(std::move(collector.file)) : status;
    ASSERT_EQ(Dump(file), whole) << "cut at " << cut;
  }
}

TEST(PetrarchXmlStreamTest, SameAtEverySplit) {
  ExpectSameAtEverySplit(kValidation);
  ExpectSameAtEverySplit(kBrokenMiddle);
}

TEST(PetrarchXmlStreamTest, CommentsAndSectionsAcrossBlocks) {
  // Openers and terminators of every kind, with look-alike text inside.
  constexpr std::string_view kXml = R"(<?xml version="1.0"?>
<!DOCTYPE Sentences>
<Sentences>
<!-- <Sentence id="fake" date="20010101"> -- > -->
<Config option="a" value="x>y"/>
<Sentence date="20010101" id="A_1" source='A"B'>
<!-- </Sentence> <Sentence id="fake2"> -->
<Text><![CDATA[x < y ]] > </Sentence>]]> z</Text>
<?pi </Sentence> ?>
</Sentence>
<![CDATA[ <Sentence id="fake3" date="20010101"></Sentence> ]]>
<Sentence date="20010102" id="A_2"/>
</Sentences>
)";
  PetrarchFile file = ReadOk(kXml);
  EXPECT_TRUE(file.rejects.empty()) << file.rejects.front().ToString();
  ASSERT_EQ(Ids(file), (std::vector<std::string>{"A_1", "A_2"}));
  EXPECT_EQ(file.records[0].line, 6);
  EXPECT_EQ(file.records[0].source, "A\"B");
  EXPECT_EQ(file.records[0].text, "x < y ]] > </Sentence> z");
  EXPECT_EQ(ConfigStrings(file.records[0].config), (std::vector<std::string>{"a=x>y"}));
  EXPECT_EQ(file.records[1].line, 12);
  ExpectSameAtEverySplit(kXml);
}

TEST(PetrarchXmlStreamTest, MalformedRecordInTheMiddle) {
  for (size_t block : {size_t{1}, size_t{7}, size_t{4096}, kBrokenMiddle.size()}) {
    StatusOr<PetrarchFile> file = ReadInBlocks(kBrokenMiddle, block);
    ASSERT_TRUE(file.ok()) << file.status().ToString();
    EXPECT_EQ(Ids(*file), (std::vector<std::string>{"GOOD-1", "GOOD-2"})) << block;
    ASSERT_EQ(file->rejects.size(), 1u) << block;
    EXPECT_EQ(file->rejects[0].ToString(),
              "test.xml:13: record BROKEN: malformed XML in <Sentence>: Start-end tags mismatch");
    EXPECT_EQ(file->records[1].line, 17);
  }
}

TEST(PetrarchXmlStreamTest, UnterminatedLastRecord) {
  constexpr std::string_view kXml = R"(<Sentences>
<Sentence date="20010101" id="A_1"><Text>one</Text></Sentence>
<!-- comment -->
<Sentence date="20010102" id="B_1"><Text>two</Text>
<Parse>(ROOT (NP (NN two)))</Parse>)";
  for (size_t block : {size_t{1}, size_t{7}, size_t{4096}, kXml.size()}) {
    StatusOr<PetrarchFile> file = ReadInBlocks(kXml, block);
    ASSERT_TRUE(file.ok()) << file.status().ToString();
    EXPECT_EQ(Ids(*file), (std::vector<std::string>{"A_1"}));
    ASSERT_EQ(file->rejects.size(), 1u);  // <Sentences> not closed is the same error
    EXPECT_EQ(file->rejects[0].line, 4);
    EXPECT_EQ(file->rejects[0].id, "B_1");
    EXPECT_NE(file->rejects[0].reason.find("malformed XML in <Sentence>"), std::string::npos);
  }
}

// A broken end tag used to make its record run to the end of the input.
TEST(PetrarchXmlStreamTest, BrokenEndTagEndsAtTheNextTag) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="20010101" id="A"><Text>one</Text></Sentence
<Sentence date="20010102" id="B"><Text>two</Text></Sentence>
</Sentences>)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"B"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  EXPECT_EQ(file.rejects[0].line, 2);
  EXPECT_EQ(file.rejects[0].id, "A");
}

TEST(PetrarchXmlStreamTest, MarkupErrorsBetweenRecords) {
  struct Case {
    std::string_view xml;
    std::string reject;
  };
  const Case cases[] = {
      // At the last byte, as a whole-document parser reports it.
      {"<Sentences>\n<Sentence date='20010101' id='A'/>\n\n",
       "test.xml:3: malformed XML: "
       "<Sentences> is never closed"},
      {"<S>\n<Sentence date='20010101' id='A'/>\n</T>\n</S>",
       "test.xml:3: malformed XML: end tag </T> does not match <S>"},
      {"<Sentence date='20010101' id='A'/>\n</Sentence>",
       "test.xml:2: malformed XML: end tag </Sentence> has no start tag"},
      {"<Sentence date='20010101' id='A'/>\n<!-- never closed <Sentence id='B'/>",
       "test.xml:2: malformed XML: comment is never closed"},
      {"<Sentence date='20010101' id='A'/>\n<!ELEMENT x>",
       "test.xml:2: malformed XML: '<!' starts no comment, CDATA section or DOCTYPE"},
      {"<S a=1>\n<Sentence date='20010101' id='A'/>\n</S>",
       "test.xml:1: malformed XML: start tag <S>: Error parsing element attribute"},
      {"a < b <Sentence date='20010101' id='A'/>", "test.xml:1: malformed XML: '<' starts no tag"},
  };
  for (const Case& c : cases) {
    for (size_t block : {size_t{1}, size_t{3}, c.xml.size()}) {
      StatusOr<PetrarchFile> file = ReadInBlocks(c.xml, block);
      ASSERT_TRUE(file.ok()) << file.status().ToString();
      EXPECT_EQ(Ids(*file), (std::vector<std::string>{"A"})) << c.xml;
      ASSERT_EQ(file->rejects.size(), 1u) << c.xml;
      EXPECT_EQ(file->rejects[0].ToString(), c.reject) << c.xml << " in blocks of " << block;
    }
  }
}

TEST(PetrarchXmlStreamTest, OnlyTheFirstMarkupErrorIsReportedAndLast) {
  PetrarchFile file = ReadOk(R"(<Sentences>
</Junk>
<Sentence date="bad" id="A"></Sentence>
</More>
<Sentence date="20010101" id="B"><Text>two</Txet></Sentence>
)");
  ASSERT_EQ(file.rejects.size(), 3u);
  EXPECT_EQ(file.rejects[0].ToString(),
            "test.xml:3: record A: bad date 'bad': expected "
            "YYYYMMDD, YYMMDD or YYYY-MM-DD");
  EXPECT_EQ(file.rejects[1].line, 5);
  EXPECT_EQ(file.rejects[2].ToString(),
            "test.xml:2: malformed XML: end tag </Junk> does not match <Sentences>");
}

// Errors in a record come first: the document is not blamed again for them.
TEST(PetrarchXmlStreamTest, NoMarkupRejectAfterABrokenRecord) {
  PetrarchFile file = ReadOk(R"(<Sentences>
<Sentence date="20010101" id="A"><Text>one</Text><Junk></Sentence>
<Sentence date="20010102" id="B"><Text>two</Text></Sentence>
</Junk></Sentences>
)");
  EXPECT_EQ(Ids(file), (std::vector<std::string>{"B"}));
  ASSERT_EQ(file.rejects.size(), 1u);
  EXPECT_EQ(file.rejects[0].id, "A");
}

TEST(PetrarchXmlStreamTest, EnvironmentIsReportedBeforeTheRecords) {
  class Order : public PetrarchXmlHandler {
   public:
    void OnEnvironment(const Environment& env) override { seen += "E(" + env.verb_file + ")"; }
    void OnRecord(Record&& record) override { seen += "R(" + record.id + ")"; }
    void OnReject(Reject&& reject) override { seen += "X(" + reject.id + ")"; }
    std::string seen;
  } order;
  PetrarchXmlStream stream("test.xml", &order);
  stream.Feed(kBrokenMiddle);
  ASSERT_TRUE(stream.Finish().ok());
  EXPECT_EQ(order.seen, "E(verbs.txt)R(GOOD-1)X(BROKEN)R(GOOD-2)");
}

TEST(PetrarchXmlStreamTest, HandlerCanStopTheReading) {
  Collector collector;
  collector.max_records = 1;
  PetrarchXmlStream stream("test.xml", &collector);
  stream.Feed(kValidation.substr(0, 900));
  EXPECT_TRUE(stream.stopped());
  stream.Feed(kValidation.substr(900));  // ignored
  EXPECT_TRUE(stream.Finish().ok());
  EXPECT_EQ(Ids(collector.file), (std::vector<std::string>{"DEMO-00"}));
  EXPECT_TRUE(collector.file.rejects.empty());
  EXPECT_EQ(collector.environments, 1);
}

TEST(PetrarchXmlStreamTest, ErrorsWhenNothingCanBeRead) {
  for (std::string_view xml : {"", " \n ", "<Sentences></Sentences>", "<!-- only -->",
                               "<Sentences><Config option='a' value='b'/>"}) {
    for (size_t block : {size_t{1}, size_t{1000}}) {
      StatusOr<PetrarchFile> file = ReadInBlocks(xml, block);
      ASSERT_FALSE(file.ok()) << xml;
      EXPECT_EQ(file.status().code(), StatusCode::kInvalidInput);
      EXPECT_EQ(file.status().message().rfind("test.xml: ", 0), 0u) << file.status().message();
    }
  }
  EXPECT_EQ(ReadInBlocks("<Sentences><Config option='a' value='b'/>", 4).status().message(),
            "test.xml: no <Sentence> or <Environment> element (malformed XML: <Sentences> is "
            "never closed)");
  EXPECT_EQ(ReadInBlocks(" \n", 1).status().message(), "test.xml: empty input");
}

// Text between records is not held, however long: here a commented-out block.
TEST(PetrarchXmlStreamTest, LongCommentBetweenRecordsIsNotHeld) {
  std::string xml = "<Sentences>\n<Sentence date='20010101' id='A'/>\n<!--\n";
  for (int i = 0; i < 20000; ++i) xml += "<Sentence date='20010101' id='X'><Text>x</Text>\n";
  xml += "-->\n<Sentence date='20010101' id='B'/>\n</Sentences>\n";
  size_t max_buffered = 0;
  StatusOr<PetrarchFile> file = ReadInBlocks(xml, 1000, &max_buffered);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(Ids(*file), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(file->records[1].line, 20005);
  EXPECT_TRUE(file->rejects.empty());
  EXPECT_LE(max_buffered, 1000u);
}

// ---- The real PETRARCH2 files, streamed ----------------------------------------

// The lines of the "<Sentence " start tags in `xml`, in order.
std::vector<int> SentenceTagLines(std::string_view xml) {
  std::vector<int> lines;
  int line = 1;
  size_t counted = 0;
  for (size_t at = xml.find("<Sentence "); at != std::string_view::npos;
       at = xml.find("<Sentence ", at + 1)) {
    line += static_cast<int>(std::count(xml.begin() + counted, xml.begin() + at, '\n'));
    counted = at;
    lines.push_back(line);
  }
  return lines;
}

// The longest "<Sentence ...</Sentence>" element in `xml`.
size_t LongestRecord(std::string_view xml) {
  size_t longest = 0;
  for (size_t at = xml.find("<Sentence "); at != std::string_view::npos;
       at = xml.find("<Sentence ", at + 1)) {
    longest = std::max(longest, xml.find("</Sentence>", at) + 11 - at);
  }
  return longest;
}

class PetrarchXmlRealFileStreamTest : public ::testing::TestWithParam<const char*> {};

TEST_P(PetrarchXmlRealFileStreamTest, SameInBlocksOfAnySize) {
  const std::string path = SharedPath(GetParam());
  if (!FileExists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> xml = ReadFile(path);
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  const StatusOr<PetrarchFile> whole = ReadPetrarchXml(*xml, "test.xml");
  ASSERT_TRUE(whole.ok());
  EXPECT_TRUE(whole->rejects.empty());
  // Line numbers against an independent count.
  std::vector<int> lines;
  for (const Record& r : whole->records) lines.push_back(r.line);
  EXPECT_EQ(lines, SentenceTagLines(*xml));
  const std::string expected = Dump(whole);
  for (size_t block : {size_t{1}, size_t{7}, size_t{4096}, xml->size()}) {
    size_t max_buffered = 0;
    EXPECT_EQ(Dump(ReadInBlocks(*xml, block, &max_buffered)), expected) << "blocks of " << block;
    // Memory: one record at most (with its surroundings), plus the block.
    EXPECT_LE(max_buffered, LongestRecord(*xml) + block + 100) << "blocks of " << block;
  }
}

TEST_P(PetrarchXmlRealFileStreamTest, StreamsFromAFile) {
  const std::string path = SharedPath(GetParam());
  if (!FileExists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> xml = ReadFile(path);
  ASSERT_TRUE(xml.ok());
  Collector collector;
  ASSERT_TRUE(StreamPetrarchXml(path, "test.xml", &collector).ok());
  EXPECT_EQ(Dump(std::move(collector.file)), Dump(ReadPetrarchXml(*xml, "test.xml")));
}

INSTANTIATE_TEST_SUITE_P(SharedFiles, PetrarchXmlRealFileStreamTest,
                         ::testing::Values("PETR.UnitTest.records.xml",
                                           "GigaWord.sample.PETR.xml"));

TEST(PetrarchXmlStreamTest, MissingFileIsNotFound) {
  Collector collector;
  Status status = StreamPetrarchXml("/nonexistent/dyad.xml", "x.xml", &collector);
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
}

// A large document streamed in 1 MiB blocks holds about one block.
TEST(PetrarchXmlStreamTest, MemoryDoesNotGrowWithTheInput) {
  const std::string path = SharedPath("GigaWord.sample.PETR.xml");
  if (!FileExists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> sample = ReadFile(path);
  ASSERT_TRUE(sample.ok());
  const size_t body_begin = sample->find("<Sentence ");
  const size_t body_end = sample->rfind("</Sentences>");
  std::string xml = "<Sentences>\n";
  while (xml.size() < 8 * PetrarchXmlStream::kBlockSize) {
    xml.append(*sample, body_begin, body_end - body_begin);
  }
  xml += "</Sentences>\n";
  size_t max_buffered = 0;
  StatusOr<PetrarchFile> file = ReadInBlocks(xml, PetrarchXmlStream::kBlockSize, &max_buffered);
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->rejects.empty());
  EXPECT_EQ(file->records.size(), CountOccurrences(xml, "<Sentence "));
  EXPECT_LE(max_buffered, PetrarchXmlStream::kBlockSize + LongestRecord(xml));
}

}  // namespace
}  // namespace dyad::io
