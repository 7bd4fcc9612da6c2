// Tests for the binary model: round trip, strict rejection of damaged files
// (every truncation, flipped bytes), and Model::Create's invariant checks.
#include "tag/model.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace dyad::tag {
namespace {

ModelData SmallModel() {
  ModelData d;
  d.tags = {"NN", "VB", "."};
  d.transitions.assign(4 * 3, -1.5f);
  d.transitions[3 * 3 + 0] = -0.25f;
  d.entries.push_back({"walk", {{0, -0.5f}, {1, -1.0f}}});
  d.entries.push_back({".", {{2, 0.0f}}});
  d.entries.push_back({"-unknown-", {{0, 0.1f}}});
  return d;
}

TEST(ModelTest, RoundTrips) {
  const std::string bytes = SerializeModel(SmallModel());
  auto parsed = ParseModel(bytes, "m.bin");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(SerializeModel(*parsed), bytes);
  auto model = Model::Create(std::move(*parsed), "m.bin");
  ASSERT_TRUE(model.ok()) << model.status().message();
  EXPECT_EQ(model->num_tags(), 3);
  EXPECT_EQ(model->tag_name(1), "VB");
  EXPECT_EQ(model->TagId("."), 2);
  EXPECT_EQ(model->TagId("JJ"), -1);
  EXPECT_EQ(model->transition(3, 0), -0.25f);
  ASSERT_EQ(model->Lookup("walk").size(), 2u);
  EXPECT_EQ(model->Lookup("walk")[1].tag, 1);
  EXPECT_EQ(model->Lookup("walk")[1].score, -1.0f);
  EXPECT_TRUE(model->Lookup("walks").empty());
  EXPECT_TRUE(model->Lookup("").empty());
  EXPECT_EQ(model->num_keys(), 3u);
}

TEST(ModelTest, EveryTruncationIsAnError) {
  const std::string bytes = SerializeModel(SmallModel());
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto parsed = ParseModel(std::string_view(bytes).substr(0, n), "m.bin");
    EXPECT_FALSE(parsed.ok()) << n;
  }
  EXPECT_FALSE(ParseModel(bytes + "x", "m.bin").ok());
}

TEST(ModelTest, CorruptBytesNeverCrash) {
  const std::string good = SerializeModel(SmallModel());
  std::mt19937 rng(3);
  for (int round = 0; round < 5000; ++round) {
    std::string bytes = good;
    for (int k = 0; k < 3; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng());
    auto parsed = ParseModel(bytes, "m.bin");
    if (parsed.ok()) {
      auto model = Model::Create(std::move(*parsed), "m.bin");
      if (model.ok()) static_cast<void>(model->Lookup("walk"));
    }
  }
}

TEST(ModelTest, ErrorsNameTheFileAndOffset) {
  std::string bytes = SerializeModel(SmallModel());
  EXPECT_EQ(ParseModel(bytes.substr(0, 10), "m.bin").status().message(),
            "m.bin: offset 8: truncated tag count");
}

TEST(ModelTest, CreateChecksInvariants) {
  ModelData bad_tag = SmallModel();
  bad_tag.tags[1] = "VERB";
  EXPECT_EQ(Model::Create(bad_tag, "m").status().message(), "m: 'VERB' is not a Penn Treebank tag");
  ModelData repeated = SmallModel();
  repeated.entries.push_back({"walk", {{0, 0.0f}}});
  EXPECT_FALSE(Model::Create(repeated, "m").ok());
  ModelData same_tag_twice = SmallModel();
  same_tag_twice.entries[0].second[1].tag = 0;
  EXPECT_FALSE(Model::Create(same_tag_twice, "m").ok());
  ModelData out_of_range = SmallModel();
  out_of_range.entries[0].second[1].tag = 3;
  EXPECT_FALSE(Model::Create(out_of_range, "m").ok());
  ModelData short_table = SmallModel();
  short_table.transitions.pop_back();
  EXPECT_FALSE(Model::Create(short_table, "m").ok());
}

// Model::Create's repeated-tag check shifted a 32-bit mask by the tag id.
TEST(ModelTest, RegressionTagIdsAbove31) {
  ModelData d;
  d.tags = {"CC",  "CD",  "DT",  "EX",  "FW",   "IN",  "JJ",  "JJR",   "JJS", "-LRB-",
            "LS",  "MD",  "NN",  "NNP", "NNPS", "NNS", "PDT", "POS",   "PRP", "PRP$",
            "RB",  "RBR", "RBS", "RP",  "SYM",  "TO",  "UH",  "VB",    "VBD", "VBG",
            "VBN", "VBP", "VBZ", "WDT", "WP",   "WP$", "WRB", "-RRB-", ".",   ","};
  d.transitions.assign(41 * 40, -1.0f);
  d.entries.push_back({"x", {{35, 0.0f}, {39, 0.0f}}});
  d.entries.push_back({"y", {{39, 0.0f}, {39, 0.0f}}});
  EXPECT_EQ(Model::Create(d, "m").status().message(), "m: key 'y': bad candidate");
  d.entries.pop_back();
  auto model = Model::Create(d, "m");
  ASSERT_TRUE(model.ok()) << model.status().message();
  EXPECT_EQ(model->tag_name(model->Lookup("x")[1].tag), ",");
}

TEST(ModelTest, StaticPennTag) {
  EXPECT_EQ(StaticPennTag("PRP$"), "PRP$");
  EXPECT_EQ(StaticPennTag("-LRB-"), "-LRB-");
  EXPECT_TRUE(StaticPennTag("prp").empty());
}

}  // namespace
}  // namespace dyad::tag
