// The JSON Lines writer: every event is one line of valid JSON with the
// documented fields; raw-text input adds the article's fields and incident
// lines; strings are escaped.
#include "dyad/io/event_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/memory_file.h"

namespace dyad::io {
namespace {

code::Event Attack() {
  code::Event e;
  e.source = "RUSMIL";
  e.target = "UKR";
  e.code = "190";
  e.verb_text = "hit";
  e.source_info.text = "Russian \"missiles\"";
  e.target_info.text = "Kyiv";
  e.target_info.antecedent = "place: Kyiv";
  return e;
}

TEST(JsonLinesWriterTest, SentenceLevelFields) {
  MemoryFile out;
  auto w = MakeJsonLinesWriter(out.get(), nullptr);
  code::SentenceResult r;
  r.events = {Attack()};
  w->WriteSentence(SentenceContext{"S", "S_1", 20241225, "AP", "text", {}, {}}, r);
  std::string line = out.text();
  EXPECT_EQ(line.find("{\"doc_id\":\"S\",\"sentence_id\":\"S_1\",\"date\":\"20241225\","), 0u)
      << line;
  EXPECT_NE(line.find("\"source\":\"RUSMIL\",\"target\":\"UKR\",\"code\":\"190\",\"root\":\"19\""),
            std::string::npos);
  EXPECT_NE(line.find("\"source_text\":\"Russian \\\"missiles\\\"\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"target_antecedent\":\"place: Kyiv\""), std::string::npos);
  EXPECT_EQ(line.find("event_date"), std::string::npos);  // no article details given
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
}

TEST(JsonLinesWriterTest, ArticleFieldsAndIncidents) {
  MemoryFile out;
  auto w = MakeJsonLinesWriter(out.get(), nullptr);
  code::SentenceResult r;
  r.events = {Attack()};
  doc::EventDetails d;
  d.event_date = 20241224;
  d.date_precision = doc::DatePrecision::kDay;
  d.modality = doc::Modality::kReported;
  d.reported_by = "UKRGOV";
  d.location = doc::Location{"Kyiv",  "UKR",  "Kyiv City",           50.45466,
                             30.5238, 703448, doc::PlaceKind::kCity, {}};
  d.counts = {
      doc::EventCount{doc::CountKind::kKilled, 12, doc::CountQualifier::kAtLeast, "people"}};
  d.source_bytes = {0, 16};
  d.verb_bytes = {17, 20};
  d.confidence = 0.83;
  std::vector<doc::EventDetails> details = {d};
  doc::Incident i;
  i.count = doc::EventCount{doc::CountKind::kInjured, 30, doc::CountQualifier::kExact, ""};
  i.date = 20241224;
  std::vector<doc::Incident> incidents = {i};
  SentenceContext c{"S", "S_2", 20241225, "AP", "text", {}, {}};
  c.details = &details;
  c.incidents = &incidents;
  c.date_source = "dateline";
  w->WriteSentence(c, r);
  std::string text = out.text();
  size_t newline = text.find('\n');
  ASSERT_NE(newline, std::string::npos);
  std::string event = text.substr(0, newline), incident = text.substr(newline + 1);
  for (const char* field :
       {"\"date_source\":\"dateline\"", "\"event_date\":\"20241224\"", "\"date_precision\":\"day\"",
        "\"modality\":\"reported\"", "\"reported_by\":\"UKRGOV\"",
        "\"location\":{\"name\":\"Kyiv\",\"country\":\"UKR\",\"adm1\":\"Kyiv City\","
        "\"lat\":50.45466,\"lon\":30.52380,\"feature_id\":703448}",
        "\"counts\":[{\"kind\":\"killed\",\"number\":12,\"qualifier\":\"at "
        "least\",\"who\":\"people\"}]",
        "\"char_offsets\":{\"source\":[0,16],\"target\":null,\"verb\":[17,20]}",
        "\"confidence\":0.83"}) {
    EXPECT_NE(event.find(field), std::string::npos) << field << "\n" << event;
  }
  EXPECT_EQ(incident.find("{\"record\":\"incident\",\"doc_id\":\"S\",\"sentence_id\":\"S_2\""), 0u)
      << incident;
  EXPECT_NE(incident.find("\"count\":{\"kind\":\"injured\",\"number\":30,\"qualifier\":\"exact\","
                          "\"who\":null}"),
            std::string::npos)
      << incident;
  EXPECT_EQ(w->events_written(), 1);  // incidents are not events
}

TEST(JsonLinesWriterTest, CoordinatesPrintAsPrintfWould) {
  // Five decimals, as "%.5f": a value on a step of 1e-5, a negative one, one
  // between steps (rounded), zero and a negative below one.
  const struct {
    double lat, lon;
    const char* text;
  } kCases[] = {{51.5074, -0.1275, "\"lat\":51.50740,\"lon\":-0.12750"},
                {12.3456789, -70.000004, "\"lat\":12.34568,\"lon\":-70.00000"},
                {0.0, -0.5, "\"lat\":0.00000,\"lon\":-0.50000"}};
  for (const auto& k : kCases) {
    MemoryFile out;
    auto w = MakeJsonLinesWriter(out.get(), nullptr);
    code::SentenceResult r;
    r.events = {Attack()};
    doc::EventDetails d;
    d.location = doc::Location{"X", "GBR", "", k.lat, k.lon, 0, doc::PlaceKind::kCity, {}};
    std::vector<doc::EventDetails> details = {d};
    SentenceContext c{"S", "S_1", 20241225, "AP", "text", {}, {}};
    c.details = &details;
    w->WriteSentence(c, r);
    EXPECT_NE(out.text().find(k.text), std::string::npos) << k.text << "\n" << out.text();
  }
}

TEST(JsonStringTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonString("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  EXPECT_EQ(JsonString("plain UTF-8: \xC3\xA9"), "\"plain UTF-8: \xC3\xA9\"");
}

// The obvious byte-at-a-time escaper, which JsonString's eight-bytes-at-a-time
// scan must agree with.
std::string ReferenceJsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

TEST(JsonStringTest, AgreesWithByteAtATimeEscaping) {
  // Every byte value at every position of strings of 0 to 20 bytes.
  for (size_t length = 0; length <= 20; ++length) {
    for (size_t at = 0; at < std::max<size_t>(length, 1); ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string s(length, 'x');
        if (length > 0) s[at] = static_cast<char>(byte);
        ASSERT_EQ(JsonString(s), ReferenceJsonString(s)) << length << " " << at << " " << byte;
      }
    }
  }
}

}  // namespace
}  // namespace dyad::io
