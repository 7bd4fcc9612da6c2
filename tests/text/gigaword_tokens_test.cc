// Compares the tokenizer with the gold tokens of PETRARCH2's GigaWord sample:
// for each record, the tokens of its <Text> against the leaves of its <Parse>.
// The parses are Penn Treebank trees, so agreement measures how close the
// tokenizer is to the Treebank's conventions on real news text.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/tree.h"
#include "dyad/text/tokenizer.h"

namespace dyad::text {
namespace {

std::string SharedPath(const std::string& name) {
  const char* dir = std::getenv("DYAD_SHARED");
  const std::string base = dir != nullptr && *dir != '\0' ? dir : DYAD_SOURCE_DIR "/../shared";
  return base + "/" + name;
}

std::string Join(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::string_view w : words) s.append(w).push_back(' ');
  return s;
}

// The characters of a token sequence with Treebank escapes undone and quotes
// folded (`` '' " -> ", ` ' -> '): equal for two tokenisations of one text.
std::string Characters(const std::vector<std::string_view>& tokens) {
  std::string s;
  for (std::string_view t : tokens) {
    if (t == "-LRB-") t = "(";
    if (t == "-RRB-") t = ")";
    if (t == "-LSB-") t = "[";
    if (t == "-RSB-") t = "]";
    if (t == "-LCB-") t = "{";
    if (t == "-RCB-") t = "}";
    if (t == "``" || t == "''") t = "\"";
    for (char c : t) s.push_back(c == '`' ? '\'' : c);
  }
  return s;
}

TEST(GigaWordTokens, AgreesWithTreebankLeaves) {
  const std::string path = SharedPath("petrarch/GigaWord.sample.PETR.xml");
  StatusOr<std::string> xml = ReadFile(path);
  if (!xml.ok()) GTEST_SKIP() << "reference data not found: " << xml.status().ToString();
  StatusOr<io::PetrarchFile> file = io::ReadPetrarchXml(*xml, path);
  ASSERT_TRUE(file.ok()) << file.status().ToString();

  Tokenizer tokenizer;
  std::vector<Token> tokens;
  parse::Tree tree;
  int records = 0, identical = 0, skipped = 0;
  for (const io::Record& r : file->records) {
    if (r.parse.empty() || r.text.empty()) continue;
    if (!parse::ReadTree(r.parse, &tree).ok()) continue;
    std::vector<std::string_view> gold, ours;
    for (const parse::Node& n : tree.nodes()) {
      if (n.is_preterminal() && n.label != "-NONE-") gold.push_back(n.word);
    }
    tokenizer.Tokenize(r.text, Span{0, static_cast<uint32_t>(r.text.size())}, &tokens);
    for (const Token& t : tokens) ours.push_back(t.text);
    // PETRARCH2's sample reuses parses for edited texts ("Obama said he will
    // attack Iraq" with the parse of "Obama and Putin said they will attack
    // Iraq"); where the characters differ no tokenizer could match the leaves.
    if (Characters(gold) != Characters(ours)) {
      ++skipped;
      continue;
    }
    ++records;
    size_t prefix = 0;
    while (prefix < gold.size() && prefix < ours.size() && gold[prefix] == ours[prefix]) ++prefix;
    if (gold == ours) {
      ++identical;
    } else {
      std::printf("record %s differs at token %zu:\n  gold: %s\n  ours: %s\n", r.id.c_str(), prefix,
                  Join(gold).c_str(), Join(ours).c_str());
    }
  }
  std::printf(
      "%d/%d records tokenised identically (%.1f%%); %d records skipped: their parse is of "
      "another text\n",
      identical, records, 100.0 * identical / records, skipped);
  ASSERT_GT(records, 0);
  EXPECT_GE(identical * 100, records * 97);
}

}  // namespace
}  // namespace dyad::text
