// Tests of the GDELT 2.0 writer: column lists against the codebook, field
// types on written rows, CAMEO actor splitting, dates, and deduplication.
#include "dyad/io/gdelt_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/memory_file.h"

namespace dyad::io {
namespace {

// The GDELT 2.0 Event Codebook's column names, in file order, grouped as in the codebook.
// clang-format off
const std::vector<std::string> kCodebookEvents = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

const std::vector<std::string> kCodebookMentions = {
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras"};
// clang-format on

std::vector<std::string> Names(std::span<const GdeltColumn> columns) {
  std::vector<std::string> names;
  for (const GdeltColumn& c : columns) names.emplace_back(c.name);
  return names;
}

TEST(GdeltColumnsTest, MatchTheCodebook) {
  EXPECT_EQ(GdeltEventColumns().size(), 61u);
  EXPECT_EQ(GdeltMentionColumns().size(), 16u);
  EXPECT_EQ(Names(GdeltEventColumns()), kCodebookEvents);
  EXPECT_EQ(Names(GdeltMentionColumns()), kCodebookMentions);
  // A few types as the codebook gives them.
  EXPECT_EQ(GdeltEventColumns()[0].type, GdeltType::kInteger);   // GlobalEventID
  EXPECT_EQ(GdeltEventColumns()[4].type, GdeltType::kFloat);     // FractionDate
  EXPECT_EQ(GdeltEventColumns()[26].type, GdeltType::kString);   // EventCode
  EXPECT_EQ(GdeltEventColumns()[29].type, GdeltType::kInteger);  // QuadClass
  EXPECT_EQ(GdeltEventColumns()[30].type, GdeltType::kFloat);    // GoldsteinScale
  EXPECT_EQ(GdeltEventColumns()[59].type, GdeltType::kInteger);  // DATEADDED
  EXPECT_EQ(GdeltMentionColumns()[13].type, GdeltType::kFloat);  // MentionDocTone
  EXPECT_EQ(GdeltMentionColumns()[5].type, GdeltType::kString);  // MentionIdentifier
}

TEST(GdeltActorTest, SplitsCameoCodes) {
  GdeltActor a = SplitCameoActor("USAGOV");
  EXPECT_EQ(a.code, "USAGOV");
  EXPECT_EQ(a.country, "USA");
  EXPECT_EQ(a.type1, "GOV");
  EXPECT_EQ(a.known_group, "");

  a = SplitCameoActor("IGOWSTNAT");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.known_group, "NAT");
  EXPECT_EQ(a.type1, "IGO");

  a = SplitCameoActor("IGOEUREECLEG");
  EXPECT_EQ(a.known_group, "EEC");
  EXPECT_EQ(a.type1, "IGO");
  EXPECT_EQ(a.type2, "LEG");

  a = SplitCameoActor("NGOGBRHRI");  // British rights group: a country, no group code
  EXPECT_EQ(a.country, "GBR");
  EXPECT_EQ(a.known_group, "");
  EXPECT_EQ(a.type1, "NGO");
  EXPECT_EQ(a.type2, "HRI");

  a = SplitCameoActor("IMGMUSALQ");
  EXPECT_EQ(a.religion1, "MUS");
  EXPECT_EQ(a.known_group, "ALQ");
  EXPECT_EQ(a.type1, "IMG");

  a = SplitCameoActor("SYRMILGOVREBSPY");  // a fourth role is dropped
  EXPECT_EQ(a.country, "SYR");
  EXPECT_EQ(a.type1, "MIL");
  EXPECT_EQ(a.type2, "GOV");
  EXPECT_EQ(a.type3, "REB");

  a = SplitCameoActor("---GOV");
  EXPECT_EQ(a.code, "---GOV");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type1, "GOV");

  EXPECT_EQ(SplitCameoActor("---").code, "");
  a = SplitCameoActor("\"OFFICIALS\"");  // a new actor: the code only
  EXPECT_EQ(a.code, "\"OFFICIALS\"");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type1, "");
}

TEST(GdeltDateTest, FractionDate) {
  EXPECT_EQ(GdeltFractionDate(20140101), "2014.0027");  // 1/365
  EXPECT_EQ(GdeltFractionDate(20150219), "2015.1370");  // 50/365
  EXPECT_EQ(GdeltFractionDate(20160301), "2016.1671");  // leap year: day 61
  EXPECT_EQ(GdeltFractionDate(20151231), "2016.0000");  // 365/365
  EXPECT_EQ(GdeltFractionDate(kNoDate), "");
}

std::vector<std::vector<std::string>> Rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    std::vector<std::string> fields;
    size_t f = 0;
    for (size_t tab; (tab = line.find('\t', f)) != std::string::npos; f = tab + 1)
      fields.push_back(line.substr(f, tab - f));
    fields.push_back(line.substr(f));
    rows.push_back(fields);
    start = end + 1;
  }
  return rows;
}

bool HasType(const std::string& field, GdeltType type) {
  if (field.empty()) return true;  // GDELT's NULL
  char* end = nullptr;
  if (type == GdeltType::kInteger) std::strtoll(field.c_str(), &end, 10);
  if (type == GdeltType::kFloat) std::strtod(field.c_str(), &end);
  if (type == GdeltType::kString) return field.find_first_of("\t\n\r") == std::string::npos;
  return end == field.c_str() + field.size();
}

void ExpectTyped(const std::vector<std::vector<std::string>>& rows,
                 std::span<const GdeltColumn> columns) {
  for (size_t r = 0; r < rows.size(); ++r) {
    ASSERT_EQ(rows[r].size(), columns.size()) << "row " << r;
    for (size_t i = 0; i < columns.size(); ++i)
      EXPECT_TRUE(HasType(rows[r][i], columns[i].type))
          << "row " << r << " column " << columns[i].name << ": '" << rows[r][i] << "'";
  }
}

code::Event MakeEvent(const std::string& source, const std::string& target,
                      const std::string& code) {
  code::Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.source_info.text = source + " words";
  e.target_info.text = target + " words";
  return e;
}

class GdeltWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto table = dict::CameoTable::Parse(
        "03\t4.0\t1\tIntend\n036\t4.0\t1\tMeet\n04\t1.0\t1\tConsult\n042\t1.9\t1\tVisit\n"
        "19\t-10.0\t4\tFight\n190\t-10.0\t4\tForce\n",
        "test.tsv");
    ASSERT_TRUE(table.ok()) << table.status().message();
    cameo_ = std::move(table).value();
  }

  void Sentence(EventWriter* w, const char* story, const char* id, Date date, const char* source,
                std::vector<code::Event> events) {
    code::SentenceResult r;
    r.events = std::move(events);
    w->WriteSentence(SentenceContext{story, id, date, source, "text", {}, {}}, r);
  }

  dict::CameoTable cameo_;
};

TEST_F(GdeltWriterTest, DeduplicatesAndCounts) {
  MemoryFile events, mentions;
  auto w = MakeGdeltWriter(events.get(), mentions.get(), &cameo_);
  code::Event meet = MakeEvent("USAGOV", "RUSGOV", "036");
  code::Event visit = MakeEvent("FRA", "IGOWSTNAT", "042");
  w->BeginStory("A");
  Sentence(w.get(), "A", "A_1", 20150219, "AFP", {meet});
  Sentence(w.get(), "A", "A_2", 20150219, "AFP", {meet, visit, visit});  // visit twice: 1 mention
  w->EndStory();
  w->BeginStory("B");
  Sentence(w.get(), "B", "B_1", 20150219, "Reuters", {meet});
  w->EndStory();
  w->BeginStory("C");
  Sentence(w.get(), "C", "C_1", 20150220, "AFP", {meet});  // another day: another event
  w->EndStory();
  EXPECT_EQ(w->events_written(), 3);
  EXPECT_EQ(events.text(), "");  // event rows wait for Finish
  w->Finish();

  auto rows = Rows(events.text());
  ASSERT_EQ(rows.size(), 3u);
  ExpectTyped(rows, GdeltEventColumns());
  const std::vector<std::string>& e1 = rows[0];
  EXPECT_EQ(e1[0], "1");
  EXPECT_EQ(e1[1], "20150219");
  EXPECT_EQ(e1[2], "201502");
  EXPECT_EQ(e1[3], "2015");
  EXPECT_EQ(e1[4], "2015.1370");
  EXPECT_EQ(e1[5], "USAGOV");
  EXPECT_EQ(e1[6], "USAGOV words");
  EXPECT_EQ(e1[7], "USA");
  EXPECT_EQ(e1[12], "GOV");
  EXPECT_EQ(e1[15], "RUSGOV");
  EXPECT_EQ(e1[17], "RUS");
  EXPECT_EQ(e1[25], "1");  // IsRootEvent: first mentioned in a story's first sentence
  EXPECT_EQ(e1[26], "036");
  EXPECT_EQ(e1[27], "036");
  EXPECT_EQ(e1[28], "03");
  EXPECT_EQ(e1[29], "1");
  EXPECT_EQ(e1[30], "4");
  EXPECT_EQ(e1[31], "3");  // NumMentions: A_1, A_2, B_1
  EXPECT_EQ(e1[32], "2");  // NumSources: AFP, Reuters
  EXPECT_EQ(e1[33], "2");  // NumArticles: A, B
  EXPECT_EQ(e1[34], "");   // AvgTone
  EXPECT_EQ(e1[35], "0");  // Actor1Geo_Type: no place
  EXPECT_EQ(e1[43], "0");
  EXPECT_EQ(e1[51], "0");
  EXPECT_EQ(e1[56], "");  // ActionGeo_Lat
  EXPECT_EQ(e1[59], "20150219000000");
  EXPECT_EQ(e1[60], "A");

  const std::vector<std::string>& e2 = rows[1];
  EXPECT_EQ(e2[0], "2");
  EXPECT_EQ(e2[15], "IGOWSTNAT");
  EXPECT_EQ(e2[18], "NAT");
  EXPECT_EQ(e2[22], "IGO");
  EXPECT_EQ(e2[25], "0");  // first mentioned in sentence 2
  EXPECT_EQ(e2[27], "042");
  EXPECT_EQ(e2[28], "04");
  EXPECT_EQ(e2[30], "1.9");
  EXPECT_EQ(e2[31], "1");
  EXPECT_EQ(e2[32], "1");
  EXPECT_EQ(e2[33], "1");

  EXPECT_EQ(rows[2][0], "3");
  EXPECT_EQ(rows[2][1], "20150220");
  EXPECT_EQ(rows[2][31], "1");
  EXPECT_EQ(rows[2][60], "C");

  auto m = Rows(mentions.text());
  ASSERT_EQ(m.size(), 5u);
  ExpectTyped(m, GdeltMentionColumns());
  // (GlobalEventID, MentionIdentifier, SentenceID, MentionSourceName) per row.
  std::vector<std::vector<std::string>> expected = {{"1", "A", "1", "AFP"},
                                                    {"1", "A", "2", "AFP"},
                                                    {"2", "A", "2", "AFP"},
                                                    {"1", "B", "1", "Reuters"},
                                                    {"3", "C", "1", "AFP"}};
  for (size_t i = 0; i < m.size(); ++i) {
    EXPECT_EQ((std::vector<std::string>{m[i][0], m[i][5], m[i][6], m[i][4]}), expected[i]);
    EXPECT_EQ(m[i][3], "2");  // CITATIONONLY
  }
  EXPECT_EQ(m[0][1], "20150219000000");
  EXPECT_EQ(m[0][2], "20150219000000");
}

TEST_F(GdeltWriterTest, HeaderLinesAndNoMentionsFile) {
  MemoryFile events;
  {
    auto w = MakeGdeltWriter(events.get(), nullptr, nullptr, GdeltOptions{.header = true});
    Sentence(w.get(), "S", "S_1", kNoDate, "", {MakeEvent("---", "CHN", "190")});
  }  // the destructor finishes
  auto rows = Rows(events.text());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], kCodebookEvents);
  ExpectTyped({rows[1]}, GdeltEventColumns());
  const std::vector<std::string>& e = rows[1];
  EXPECT_EQ(e[1], "");  // no date: no Day ... FractionDate
  EXPECT_EQ(e[4], "");
  EXPECT_EQ(e[5], "");  // "---": no actor
  EXPECT_EQ(e[6], "");
  EXPECT_EQ(e[15], "CHN");
  EXPECT_EQ(e[29], "4");  // quad class from the root without a table
  EXPECT_EQ(e[30], "");   // no Goldstein without a table
  EXPECT_EQ(e[59], "");
}

TEST_F(GdeltWriterTest, TabsInTextBecomeSpaces) {
  MemoryFile events, mentions;
  auto w = MakeGdeltWriter(events.get(), mentions.get(), &cameo_, GdeltOptions{.header = true});
  code::Event e = MakeEvent("USA", "CHN", "042");
  e.source_info.text = "the\tUnited\nStates";
  Sentence(w.get(), "S\t1", "S_1", 20240601, "A\tB", {e});
  w->Finish();
  auto rows = Rows(events.text());
  ASSERT_EQ(rows.size(), 2u);
  ExpectTyped({rows[1]}, GdeltEventColumns());
  EXPECT_EQ(rows[1][6], "the United States");
  auto m = Rows(mentions.text());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], kCodebookMentions);
  ExpectTyped({m[1]}, GdeltMentionColumns());
  EXPECT_EQ(m[1][4], "A B");
}

// The article coder's details: the event date, the action place and the
// mention offsets and confidence go into their columns; the place is part of
// the event key.
TEST_F(GdeltWriterTest, ArticleDetailsFillDatesPlacesAndOffsets) {
  MemoryFile events, mentions;
  auto w = MakeGdeltWriter(events.get(), mentions.get(), &cameo_);
  code::Event attack = MakeEvent("RUSMIL", "UKR", "190");
  doc::EventDetails in_kyiv;
  in_kyiv.event_date = 20241224;
  in_kyiv.location = doc::Location{"Kyiv",  "UKR",  "Kyiv City",           50.45466,
                                   30.5238, 703448, doc::PlaceKind::kCity, {}};
  in_kyiv.source_bytes = {10, 17};
  in_kyiv.target_bytes = {40, 47};
  in_kyiv.verb_bytes = {18, 24};
  in_kyiv.confidence = 0.83;
  doc::EventDetails in_kharkiv = in_kyiv;
  in_kharkiv.location->name = "Kharkiv";
  in_kharkiv.location->feature_id = 706483;
  code::SentenceResult r;
  r.events = {attack, attack};
  std::vector<doc::EventDetails> details = {in_kyiv, in_kharkiv};
  SentenceContext c{"S", "S_1", 20241225, "AP", "text", {}, {}};
  c.details = &details;
  w->BeginStory("S");
  w->WriteSentence(c, r);
  w->EndStory();
  w->Finish();
  auto rows = Rows(events.text());
  ASSERT_EQ(rows.size(), 2u);  // two places: two events
  ExpectTyped(rows, GdeltEventColumns());
  EXPECT_EQ(rows[0][1], "20241224");  // the event's date, not the story's
  EXPECT_EQ(rows[0][51], "4");        // ActionGeo_Type: a world city
  EXPECT_EQ(rows[0][52], "Kyiv, Kyiv City, UKR");
  EXPECT_EQ(rows[0][53], "UKR");
  EXPECT_EQ(rows[0][56].substr(0, 5), "50.45");
  EXPECT_EQ(rows[0][58], "703448");
  EXPECT_EQ(rows[1][52], "Kharkiv, Kyiv City, UKR");
  auto m = Rows(mentions.text());
  ASSERT_EQ(m.size(), 2u);
  ExpectTyped(m, GdeltMentionColumns());
  EXPECT_EQ(m[0][2], "20241225000000");  // MentionTimeDate: the story's date
  EXPECT_EQ(m[0][7], "10");              // Actor1CharOffset
  EXPECT_EQ(m[0][8], "40");
  EXPECT_EQ(m[0][9], "18");
  EXPECT_EQ(m[0][10], "1");
  EXPECT_EQ(m[0][11], "83");
}

}  // namespace
}  // namespace dyad::io
