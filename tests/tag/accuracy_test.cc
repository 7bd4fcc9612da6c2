// Token accuracy of the tagger with the built model against the gold tags in
// the Penn Treebank parses of PETRARCH2's reference files (the GigaWord sample
// and the validation records). Skipped when the model or the shared data is
// absent. The gold trees use AUX tags for auxiliaries (AUXD, AUXZ, ...); they
// count as the VB* tag they stand for.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/tree.h"
#include "dyad/tag/tagger.h"

namespace dyad::tag {
namespace {

std::string SharedPath(const std::string& name) {
  const char* dir = std::getenv("DYAD_SHARED");
  std::string base = dir != nullptr && *dir != '\0' ? dir : DYAD_SHARED_DIR;
  return base + "/petrarch/" + name;
}

std::string_view GoldTag(std::string_view tag) {
  static const std::map<std::string_view, std::string_view> kAux = {
      {"AUX", "VB"},   {"AUXB", "VB"},  {"AUXD", "VBD"}, {"AUXG", "VBG"},
      {"AUXN", "VBN"}, {"AUXP", "VBP"}, {"AUXZ", "VBZ"}};
  auto it = kAux.find(tag);
  return it == kAux.end() ? tag : it->second;
}

struct Score {
  int correct = 0, total = 0, sentences = 0;
  std::map<std::string, int> confusions;  // "gold->got word"
  double accuracy() const { return total == 0 ? 0 : 100.0 * correct / total; }
};

// Tags every parsed record of `file` and scores it; false if the data are absent.
bool Measure(const std::string& file, Tagger* tagger, Score* score) {
  const std::string path = SharedPath(file);
  StatusOr<std::string> xml = ReadFile(path);
  if (!xml.ok()) return false;
  StatusOr<io::PetrarchFile> records = io::ReadPetrarchXml(*xml, path);
  EXPECT_TRUE(records.ok()) << records.status().message();
  if (!records.ok()) return false;
  parse::Tree tree;
  std::vector<std::string_view> words, gold, got;
  for (const io::Record& r : records->records) {
    if (r.parse.empty() || !parse::ReadTree(r.parse, &tree).ok()) continue;
    words.clear();
    gold.clear();
    for (const parse::Node& n : tree.nodes()) {
      if (n.is_preterminal() && !n.word.empty() && n.label != "-NONE-") {
        words.push_back(n.word);
        gold.push_back(GoldTag(n.label));
      }
    }
    tagger->Tag(words, &got);
    ++score->sentences;
    for (size_t i = 0; i < words.size(); ++i) {
      ++score->total;
      if (got[i] == gold[i]) {
        ++score->correct;
      } else {
        ++score->confusions[std::string(gold[i]) + "->" + std::string(got[i]) + " " +
                            std::string(words[i])];
      }
    }
  }
  return true;
}

void Report(const char* name, const Score& s) {
  std::printf("%s: %d/%d tokens correct in %d sentences = %.2f%%\n", name, s.correct, s.total,
              s.sentences, s.accuracy());
  if (std::getenv("DYAD_TAG_ERRORS") == nullptr) return;
  for (const auto& [what, count] : s.confusions) std::printf("  %3d %s\n", count, what.c_str());
}

class AccuracyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tagger = Tagger::Load(DYAD_TAG_MODEL_PATH);
    if (!tagger.ok()) GTEST_SKIP() << "no tagger model: " << tagger.status().message();
    tagger_ = std::move(*tagger);
  }
  std::unique_ptr<Tagger> tagger_;
};

TEST_F(AccuracyTest, GigaWordSample) {
  Score score;
  if (!Measure("GigaWord.sample.PETR.xml", tagger_.get(), &score)) {
    GTEST_SKIP() << "shared data absent: " << SharedPath("GigaWord.sample.PETR.xml");
  }
  Report("GigaWord sample", score);
  EXPECT_EQ(score.sentences, 76);
  EXPECT_GE(score.accuracy(), DYAD_GIGAWORD_FLOOR);
}

TEST_F(AccuracyTest, ValidationRecords) {
  Score score;
  if (!Measure("PETR.UnitTest.records.xml", tagger_.get(), &score)) {
    GTEST_SKIP() << "shared data absent: " << SharedPath("PETR.UnitTest.records.xml");
  }
  Report("validation records", score);
  EXPECT_GE(score.accuracy(), DYAD_VALIDATION_FLOOR);
}

}  // namespace
}  // namespace dyad::tag
