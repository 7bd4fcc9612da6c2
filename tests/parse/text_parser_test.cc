// TextParser: segments, tokens, tags and trees of raw text; here, that a
// segment parsed with ParseSegmentInto keeps its words whatever is parsed
// after it, and that a ParsedBatch holds what Parse() gives, text by text.
#include "dyad/parse/text_parser.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace dyad::parse {
namespace {

std::unique_ptr<TextParser> MakeParser() {
  auto parser = TextParser::Create(DYAD_TAGGER_MODEL);
  EXPECT_TRUE(parser.ok()) << parser.status().message();
  return parser.ok() ? std::move(parser).value() : nullptr;
}

std::vector<std::string> Words(const ParsedSegment& p) {
  std::vector<std::string> out;
  for (const text::Token& t : p.tokens) out.emplace_back(t.text);
  return out;
}

std::vector<std::string> TreeWords(const ParsedSegment& p) {
  std::vector<std::string> out;
  for (const Node& n : p.tree.nodes()) {
    if (!n.word.empty()) out.emplace_back(n.word);
  }
  return out;
}

// The same segments through ParseSegments (one at a time) and
// ParseSegmentInto (all kept): the same tokens, tags and trees.
TEST(TextParserTest, ParseSegmentIntoKeepsNormalisedWordsOfEarlierSegments) {
  auto parser = MakeParser();
  ASSERT_NE(parser, nullptr);
  // Curly apostrophes are rewritten into the tokenizer's scratch space.
  const std::string text =
      "O\u2019Brien met Kenya\u2019s president.\n\nThe rebels didn\u2019t attack Goma.\n\n"
      "Officials in D\u2019Ivoire said nothing.";
  std::vector<std::vector<std::string>> words, tree_words, tags;
  std::vector<std::string> trees;
  parser->Parse(text, [&](const ParsedSegment& p) {
    words.push_back(Words(p));
    tree_words.push_back(TreeWords(p));
    tags.emplace_back(p.tags.begin(), p.tags.end());
    trees.push_back(p.tree.ToString());
  });
  const std::vector<text::Segment> segments = parser->Segments(text);
  std::deque<ParsedSegment> kept(segments.size());
  for (size_t i = 0; i < segments.size(); ++i)
    parser->ParseSegmentInto(text, segments[i], &kept[i]);
  ASSERT_EQ(kept.size(), words.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(Words(kept[i]), words[i]) << i;
    EXPECT_EQ(TreeWords(kept[i]), tree_words[i]) << i;
    EXPECT_EQ(std::vector<std::string>(kept[i].tags.begin(), kept[i].tags.end()), tags[i]) << i;
    EXPECT_EQ(kept[i].tree.ToString(), trees[i]) << i;
  }
  EXPECT_EQ(Words(kept[0])[0], "O'Brien");
  EXPECT_EQ(TreeWords(kept[0])[0], "O'Brien");
}

// Each text's segments and parses in a batch are those Parse() gives the
// text alone; a second, smaller batch reuses the first's parses.
void ExpectBatchParsesAlone(TextParser* parser, const std::vector<std::string>& texts,
                            ParsedBatch* batch) {
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  batch->Parse(parser, views);
  ASSERT_EQ(batch->size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    std::vector<std::string> trees;
    parser->Parse(texts[i], [&](const ParsedSegment& p) { trees.push_back(p.tree.ToString()); });
    ASSERT_EQ(batch->segments(i).size(), trees.size()) << i;
    for (size_t k = 0; k < trees.size(); ++k) {
      EXPECT_EQ(batch->parsed(i, k).tree.ToString(), trees[k]) << i << " " << k;
      EXPECT_EQ(batch->parsed(i, k).segment, &batch->segments(i)[k]) << i << " " << k;
    }
  }
}

TEST(ParsedBatchTest, HoldsEachTextsParsesAsParseGivesThem) {
  auto parser = MakeParser();
  ASSERT_NE(parser, nullptr);
  const std::vector<std::string> texts = {
      "Rebels shelled the town on Monday.\n\nThe army didn\u2019t respond.",
      "NAIROBI (Reuters) - Police arrested 12 protesters.",
      "Ministers met in Oslo. They signed a deal. Talks resume in May."};
  ParsedBatch batch;
  ExpectBatchParsesAlone(parser.get(), texts, &batch);
  ExpectBatchParsesAlone(parser.get(), {texts[2], texts[0]}, &batch);
}

}  // namespace
}  // namespace dyad::parse
