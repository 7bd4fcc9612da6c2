// Cuts PETRARCH XML into the top-level pieces that the PETRARCH reader parses
// one at a time: <Environment>, <Config> and <Sentence> elements ("chunks"),
// and errors in the markup between them.
//
// The document arrives in blocks of any size, and a piece is handed out only
// once it is complete, so the pieces do not depend on where the blocks were
// cut. Memory holds the unfinished chunk and the block being scanned; text
// between chunks (comments included) is dropped as soon as it is passed.
//
// The scanner knows comments, CDATA, processing instructions, declarations and
// attribute quoting, and nothing else of XML: pugixml parses each chunk. When
// a chunk's end tag is missing, the next <Sentence>, <Sentences> or
// <Environment> start tag (any start tag, for <Config>) ends it, so one broken
// record does not take the rest of the file with it.
//
// Between chunks it checks that start and end tags pair up, that sections and
// tags end, and that start tags parse. It reports the first error it finds and
// no more, the way a whole-document parser stops at the first.
#ifndef DYAD_SRC_IO_XML_CHUNKER_H_
#define DYAD_SRC_IO_XML_CHUNKER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::io {

class XmlChunker {
 public:
  struct Piece {
    enum class Kind { kChunk, kError };
    Kind kind = Kind::kChunk;
    std::string_view name;  // kChunk: "Sentence", "Config" or "Environment" (static storage)
    std::string_view text;  // kChunk: the element's text; valid until the next Append()
    int line = 0;           // kChunk: line of its '<'; kError: line of the error
    std::string error;      // kError: e.g. "end tag </Sentences> does not match <Junk>"
  };

  XmlChunker() = default;
  XmlChunker(const XmlChunker&) = delete;
  XmlChunker& operator=(const XmlChunker&) = delete;

  // Adds the next bytes of the document (copied). Not after Close().
  void Append(std::string_view block);
  // Marks the end of the document, so that the last chunk can end without an
  // end tag (Next() then hands it out as it is, for its parser to reject).
  void Close();
  // The next piece in document order; false when more input is needed or,
  // after Close(), when there are no more.
  bool Next(Piece* piece);

  // Whether any byte other than ASCII white space has been appended.
  bool saw_content() const { return saw_content_; }
  // Bytes appended but not yet passed: the unfinished chunk, tag or section
  // end, and the unscanned rest of the last block.
  size_t buffered_bytes() const { return buf_.size() - consumed_; }

  struct Token;  // a scanned tag or section; defined in xml_chunker.cc

 private:
  enum class State { kBetween, kInChunk, kInSection };
  enum class Step { kPiece, kWait, kAgain };  // piece ready; need input (or done); go on

  Step Between(Piece* piece);
  Step InChunk(Piece* piece);
  Step PassSection(const Token& section, bool complete, Piece* piece);
  Step SkipSection(Piece* piece);
  Step AtEnd(Piece* piece);
  Step StartChunk(const Token& tag, Piece* piece);
  Step EmitChunk(size_t end, Piece* piece);
  Step CheckTag(const Token& tag, int line, Piece* piece);
  Step Error(int line, std::string message, Piece* piece);
  // Drops buf_[consumed_, offset), counting its lines; returns the line at `offset`.
  int ConsumeTo(size_t offset);

  std::string buf_;
  size_t consumed_ = 0;    // buf_[0, consumed_) has been passed
  int consumed_line_ = 1;  // the line number at buf_[consumed_]
  size_t pos_ = 0;         // where scanning resumes
  bool closed_ = false;
  bool saw_content_ = false;
  bool ends_with_newline_ = false;  // the last byte appended is '\n'
  State state_ = State::kBetween;
  std::string_view chunk_name_;    // kInChunk: the chunk begins at buf_[consumed_]
  std::string_view section_end_;   // kInSection: "-->", "]]>", "?>" or ">"
  std::string_view section_kind_;  // kInSection: "comment", ...
  int section_line_ = 0;           // kInSection: line of its '<'
  std::vector<std::string> open_;  // elements open between chunks, innermost last
  bool checking_ = true;           // false after the first error between chunks
};

}  // namespace dyad::io

#endif  // DYAD_SRC_IO_XML_CHUNKER_H_
