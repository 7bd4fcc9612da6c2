// Tests for the chunker that cuts PETRARCH XML into elements: what the
// pieces are, that they do not depend on how the input is cut into blocks,
// and that text between elements is not held.
#include "io/xml_chunker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::io {
namespace {

// The pieces of `xml` fed in blocks of `block` bytes, one string each:
// "Sentence@2 <Sentence .../>" or "error@3 what".
std::vector<std::string> Pieces(std::string_view xml, size_t block) {
  XmlChunker chunker;
  std::vector<std::string> out;
  XmlChunker::Piece piece;
  auto drain = [&] {
    while (chunker.Next(&piece)) {
      if (piece.kind == XmlChunker::Piece::Kind::kChunk) {
        out.push_back(std::string(piece.name) + "@" + std::to_string(piece.line) + " " +
                      std::string(piece.text));
      } else {
        out.push_back("error@" + std::to_string(piece.line) + " " + piece.error);
      }
    }
  };
  for (size_t at = 0; at < xml.size(); at += block) {
    chunker.Append(xml.substr(at, block));
    drain();
  }
  chunker.Close();
  drain();
  return out;
}

using Strings = std::vector<std::string>;

TEST(XmlChunkerTest, CutsTopLevelElements) {
  constexpr std::string_view kXml =
      "<Validation>\n<Environment><Config option='a'/></Environment>\n<Sentences>\n"
      "<Config option='b' value='c'/>\n<Sentence id='A'>\n<Text>t</Text>\n</Sentence>\n"
      "</Sentences></Validation>\n";
  EXPECT_EQ(Pieces(kXml, kXml.size()),
            (Strings{"Environment@2 <Environment><Config option='a'/></Environment>",
                     "Config@4 <Config option='b' value='c'/>",
                     "Sentence@5 <Sentence id='A'>\n<Text>t</Text>\n</Sentence>"}));
}

TEST(XmlChunkerTest, MissingEndTagsEndAtTheNextRecord) {
  EXPECT_EQ(Pieces("<Sentence id='A'><Text>a\n<Sentence id='B'></Sentence>", 100),
            (Strings{"Sentence@1 <Sentence id='A'><Text>a\n",
                     "Sentence@2 <Sentence id='B'></Sentence>"}));
  EXPECT_EQ(Pieces("<Config option='a'>\n<Junk/>", 100),
            (Strings{"Config@1 <Config option='a'>\n"}));
  EXPECT_EQ(Pieces("<Environment>\n<Sentences>", 100),
            (Strings{"Environment@1 <Environment>\n", "error@2 <Sentences> is never closed"}));
  // The last one runs to the end of the input.
  EXPECT_EQ(Pieces("<Sentence id='A'>\n<Text>", 3),
            (Strings{"Sentence@1 <Sentence id='A'>\n<Text>"}));
}

TEST(XmlChunkerTest, SectionsHideMarkup) {
  EXPECT_EQ(
      Pieces(
          "<!-- <Sentence id='X'> -->\n<?pi <Sentence?>\n<Sentence id='A'><![CDATA[</Sentence>]]>"
          "<!-- </Sentence> --></Sentence>",
          4),
      (Strings{
          "Sentence@3 <Sentence id='A'><![CDATA[</Sentence>]]><!-- </Sentence> --></Sentence>"}));
}

TEST(XmlChunkerTest, SameInAnyBlocks) {
  constexpr std::string_view kXml =
      "<?xml version='1.0'?>\n<!DOCTYPE x>\n<S>\n<!-- c -->\n<Sentence id='A' t='>'>"
      "<![CDATA[ ]] ]]></Sentence>\n<Config a='1'/><Sentence id='B'><T></Sentence\n"
      "<Sentence id='C'/></S>\n</T>\n<!-- open";
  const Strings whole = Pieces(kXml, kXml.size());
  ASSERT_EQ(whole,
            (Strings{"Sentence@5 <Sentence id='A' t='>'><![CDATA[ ]] ]]></Sentence>",
                     "Config@6 <Config a='1'/>", "Sentence@6 <Sentence id='B'><T></Sentence\n",
                     "Sentence@7 <Sentence id='C'/>", "error@8 end tag </T> has no start tag"}));
  for (size_t block = 1; block < kXml.size(); ++block) {
    EXPECT_EQ(Pieces(kXml, block), whole) << "blocks of " << block;
  }
}

TEST(XmlChunkerTest, ReportsOnlyTheFirstErrorBetweenElements) {
  EXPECT_EQ(Pieces("<a>\n</b>\n</c>\n<!x>", 2),
            (Strings{"error@2 end tag </b> does not match <a>"}));
}

TEST(XmlChunkerTest, HoldsOnlyTheUnfinishedElement) {
  XmlChunker chunker;
  XmlChunker::Piece piece;
  chunker.Append("<Sentences>\n<!--");
  for (int i = 0; i < 1000; ++i) {
    chunker.Append(std::string(1000, 'x') + "\n");
    EXPECT_FALSE(chunker.Next(&piece));
    EXPECT_LE(chunker.buffered_bytes(), 2u);  // what may start the "-->"
  }
  chunker.Append("-->\n<Sentence id='A'/>");
  ASSERT_TRUE(chunker.Next(&piece));
  EXPECT_EQ(piece.line, 1003);
  EXPECT_EQ(piece.text, "<Sentence id='A'/>");
  EXPECT_EQ(chunker.buffered_bytes(), 0u);
}

TEST(XmlChunkerTest, SawContent) {
  XmlChunker chunker;
  chunker.Append(" \n\t");
  EXPECT_FALSE(chunker.saw_content());
  chunker.Append(" x");
  EXPECT_TRUE(chunker.saw_content());
}

}  // namespace
}  // namespace dyad::io
