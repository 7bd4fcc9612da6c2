// Tests for the CAMEO event table: the reader on small inline tables (every
// error must name file and line), and the shipped data/cameo/cameo_codes.tsv
// checked for completeness, consistency and a few published Goldstein weights.
#include "dyad/dict/cameo.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::dict {
namespace {

const std::string kDataDir = DYAD_SOURCE_DIR "/data";

// The first column of every non-comment line of the shipped file, so that the
// tests can walk the whole table through the public Find().
std::vector<std::string> CodesInDataFile() {
  StatusOr<std::string> text = ReadFile(kDataDir + "/cameo/cameo_codes.tsv");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  std::vector<std::string> codes;
  if (!text.ok()) return codes;
  ForEachLine(*text, [&](std::string_view line, int) {
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') return;
    codes.emplace_back(trimmed.substr(0, trimmed.find('\t')));
  });
  return codes;
}

class CameoDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<CameoTable> loaded = CameoTable::Load(kDataDir);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    table_ = std::move(loaded).value();
  }
  CameoTable table_;
};

TEST(IsForceCode, RootsEighteenToTwenty) {
  for (std::string_view code : {"18", "180", "1823", "190", "195", "20", "203"})
    EXPECT_TRUE(IsForceCode(code)) << code;
  for (std::string_view code : {"17", "173", "1712", "02", "138", "", "1"})
    EXPECT_FALSE(IsForceCode(code)) << code;
}

TEST_F(CameoDataTest, HasEveryRootAndEnoughCodes) {
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_NE(table_.Find(code), nullptr) << "missing root " << code;
  }
  EXPECT_GE(table_.size(), 250u);
  EXPECT_EQ(table_.size(), CodesInDataFile().size());
}

TEST_F(CameoDataTest, EveryCodeHasItsRootsClassAndAParent) {
  for (const std::string& code : CodesInDataFile()) {
    const CameoCode* entry = table_.Find(code);
    ASSERT_NE(entry, nullptr) << code;
    EXPECT_EQ(entry->code, code);
    EXPECT_FALSE(entry->name.empty()) << code;
    EXPECT_EQ(entry->quad_class, CameoTable::QuadClassOfRoot(code)) << code;
    EXPECT_NE(entry->quad_class, 0) << code;
    const CameoCode* root = table_.Find(code.substr(0, 2));
    ASSERT_NE(root, nullptr) << code;
    EXPECT_EQ(entry->quad_class, root->quad_class) << code;
    if (code.size() > 2) {
      EXPECT_NE(table_.Find(code.substr(0, code.size() - 1)), nullptr) << "no parent for " << code;
    }
  }
}

// Weights checked against GDELT's CAMEO.goldsteinscale.txt.
TEST_F(CameoDataTest, PublishedGoldsteinWeights) {
  struct Expected {
    const char* code;
    double goldstein;
  };
  const Expected expected[] = {
      {"010", 0.0},  {"011", -0.1},   {"020", 3.0},    {"036", 4.0},
      {"040", 1.0},  {"057", 8.0},    {"0874", 10.0},  {"145", -7.5},
      {"163", -8.0}, {"180", -9.0},   {"1823", -10.0}, {"190", -10.0},
      {"191", -9.5}, {"2042", -10.0}, {"13", -6.0},    {"130", -4.4},
  };
  for (const Expected& e : expected) {
    const CameoCode* entry = table_.Find(e.code);
    ASSERT_NE(entry, nullptr) << e.code;
    EXPECT_DOUBLE_EQ(entry->goldstein, e.goldstein) << e.code;
  }
}

// 155 has no published weight and takes its parent's (root 15).
TEST_F(CameoDataTest, UnpublishedWeightFollowsParent) {
  const CameoCode* cyber = table_.Find("155");
  const CameoCode* root = table_.Find("15");
  ASSERT_NE(cyber, nullptr);
  ASSERT_NE(root, nullptr);
  EXPECT_DOUBLE_EQ(cyber->goldstein, root->goldstein);
}

TEST_F(CameoDataTest, NamesAndQuadClasses) {
  const CameoCode* meet = table_.Find("036");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->name, "Express intent to meet or negotiate");
  EXPECT_EQ(meet->quad_class, 1);
  EXPECT_EQ(table_.Find("06")->quad_class, 2);
  EXPECT_EQ(table_.Find("094")->quad_class, 3);
  EXPECT_EQ(table_.Find("1454")->quad_class, 4);
}

TEST_F(CameoDataTest, CodesOutsideCameoAreNotFound) {
  EXPECT_EQ(table_.Find("---"), nullptr);
  EXPECT_EQ(table_.Find("345"), nullptr);
  EXPECT_EQ(table_.Find("1717"), nullptr);
  EXPECT_EQ(table_.Find(""), nullptr);
  EXPECT_EQ(table_.Find("36"), nullptr);
}

TEST(CameoQuadClassTest, ClassComesFromTheTwoDigitRoot) {
  EXPECT_EQ(CameoTable::QuadClassOfRoot("01"), 1);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("036"), 1);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("0874"), 2);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("09"), 3);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("139"), 3);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("14"), 4);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("190"), 4);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("1717"), 4);  // not CAMEO, but root 17
  EXPECT_EQ(CameoTable::QuadClassOfRoot("20"), 4);
}

TEST(CameoQuadClassTest, NonRootsAreZero) {
  EXPECT_EQ(CameoTable::QuadClassOfRoot("---"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("345"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("00"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("21"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("9"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot(""), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("174K"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("-10"), 0);
}

TEST(CameoLoadTest, MissingDirectoryIsNotFound) {
  StatusOr<CameoTable> table = CameoTable::Load("/nonexistent/dyad-data");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), StatusCode::kNotFound);
  EXPECT_NE(table.status().message().find("cameo_codes.tsv"), std::string::npos);
}

TEST(CameoParseTest, ReadsCommentsBlankLinesAndCrlf) {
  StatusOr<CameoTable> table = CameoTable::Parse(
      "# a comment\n"
      "\n"
      "04\t1.0\t1\tConsult\r\n"
      "  # indented comment\n"
      "043\t2.8\t1\tHost a visit\n"
      "0431\t-2.5\t1\t Made-up child, with spaces \n",
      "test.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->size(), 3u);
  const CameoCode* visit = table->Find("043");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Host a visit");
  EXPECT_DOUBLE_EQ(visit->goldstein, 2.8);
  EXPECT_EQ(visit->quad_class, 1);
  EXPECT_EQ(table->Find("04")->name, "Consult");
  EXPECT_EQ(table->Find("0431")->name, "Made-up child, with spaces");
  EXPECT_DOUBLE_EQ(table->Find("0431")->goldstein, -2.5);
}

TEST(CameoParseTest, ParentMayComeLater) {
  StatusOr<CameoTable> table = CameoTable::Parse(
      "190\t-10.0\t4\tUse conventional military force\n19\t-10.0\t4\tFight\n", "test.tsv");
  EXPECT_TRUE(table.ok()) << table.status().ToString();
}

// Parses `tsv` expecting failure; returns the message.
std::string ParseError(std::string_view tsv) {
  StatusOr<CameoTable> table = CameoTable::Parse(tsv, "t.tsv");
  EXPECT_FALSE(table.ok()) << "parsed: " << tsv;
  if (table.ok()) return "";
  EXPECT_EQ(table.status().code(), StatusCode::kInvalidInput);
  return table.status().message();
}

constexpr std::string_view kRoot = "# header\n01\t0.0\t1\tMake public statement\n";

TEST(CameoParseTest, ErrorsNameFileAndLine) {
  std::string message = ParseError(std::string(kRoot) + "010\t0.0\t1\n");
  EXPECT_EQ(message.rfind("t.tsv:3: ", 0), 0u) << message;
  EXPECT_NE(message.find("4 tab-separated fields"), std::string::npos) << message;
}

TEST(CameoParseTest, RejectsWrongFieldCounts) {
  EXPECT_NE(ParseError(std::string(kRoot) + "010 0.0 1 Make statement\n").find("found 1"),
            std::string::npos);
  EXPECT_NE(ParseError(std::string(kRoot) + "010\t0.0\t1\tMake statement\textra\n").find("found 5"),
            std::string::npos);
}

TEST(CameoParseTest, RejectsBadCodes) {
  for (std::string_view code : {"21", "00", "345", "---", "01a", "01234", "1", ""}) {
    std::string message = ParseError(std::string(kRoot) + std::string(code) + "\t0.0\t1\tX\n");
    EXPECT_NE(message.find("t.tsv:3: bad code '" + std::string(code) + "'"), std::string::npos)
        << message;
  }
}

TEST(CameoParseTest, RejectsBadGoldsteinWeights) {
  for (std::string_view weight : {"", "abc", "1.0x", "10.5", "-11", "nan", "inf"}) {
    std::string message =
        ParseError(std::string(kRoot) + "010\t" + std::string(weight) + "\t1\tMake statement\n");
    EXPECT_NE(message.find("t.tsv:3: bad Goldstein weight"), std::string::npos) << message;
  }
}

TEST(CameoParseTest, RejectsQuadClassThatIsNotTheRoots) {
  std::string message = ParseError(std::string(kRoot) + "010\t0.0\t2\tMake statement\n");
  EXPECT_NE(message.find("t.tsv:3: bad quad class '2' for code '010': its root 01 has class 1"),
            std::string::npos)
      << message;
  EXPECT_NE(ParseError(std::string(kRoot) + "010\t0.0\tone\tMake statement\n").find("quad class"),
            std::string::npos);
}

TEST(CameoParseTest, RejectsEmptyName) {
  EXPECT_NE(ParseError(std::string(kRoot) + "010\t0.0\t1\t \n").find("t.tsv:3: code '010' has no"),
            std::string::npos);
}

TEST(CameoParseTest, RejectsDuplicates) {
  std::string message = ParseError(std::string(kRoot) + "01\t0.0\t1\tAgain\n");
  EXPECT_NE(message.find("t.tsv:3: duplicate code '01' (first on line 2)"), std::string::npos)
      << message;
}

TEST(CameoParseTest, RejectsCodeWithoutParent) {
  std::string message = ParseError(std::string(kRoot) + "0111\t0.0\t1\tOrphan\n");
  EXPECT_NE(message.find("t.tsv:3: code '0111' has no parent '011'"), std::string::npos) << message;
  message = ParseError("190\t-10.0\t4\tUse conventional military force\n");
  EXPECT_NE(message.find("t.tsv:1: code '190' has no parent '19'"), std::string::npos) << message;
}

TEST(CameoParseTest, RejectsTableWithoutCodes) {
  EXPECT_EQ(ParseError("# only comments\n\n"), "t.tsv: no CAMEO codes");
  EXPECT_EQ(ParseError(""), "t.tsv: no CAMEO codes");
}

}  // namespace
}  // namespace dyad::dict
