// The chunker is a resumable scanner: every decision that depends on text not
// yet seen (a '<' at the end of a block, a tag or section without its end)
// is put off until more text arrives or Close() says there is none. Text is
// then scanned again from the undecided token's '<', so the pieces are the
// same whatever the blocks. Passed text is counted for line numbers and
// dropped; appending compacts the buffer once the passed part outweighs the
// kept part, so each byte is moved a bounded number of times.
#include "io/xml_chunker.h"

#include <algorithm>
#include <cassert>
#include <pugixml.hpp>

namespace dyad::io {

namespace {

// Elements open between chunks that are worth checking; deeper nesting is
// not PETRARCH's and is left unchecked rather than held in memory.
constexpr size_t kMaxOpenElements = 256;

constexpr std::string_view kChunkNames[] = {"Sentence", "Config", "Environment"};

struct Section {
  std::string_view opener, terminator, kind;
};
// "<!" comes last: it is the prefix of the others. XML has no other "<!"
// declarations outside a DOCTYPE; such a one is skipped and reported.
constexpr Section kSections[] = {{"<!--", "-->", "comment"},
                                 {"<![CDATA[", "]]>", "CDATA section"},
                                 {"<?", "?>", "processing instruction"},
                                 {"<!DOCTYPE", ">", "DOCTYPE"},
                                 {"<!", ">", "declaration"}};
constexpr const Section& kBadDeclaration = kSections[4];

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The static spelling of a chunk element's name, or "" if `name` is not one.
std::string_view ChunkName(std::string_view name) {
  for (std::string_view chunk : kChunkNames) {
    if (name == chunk) return chunk;
  }
  return {};
}

// Whether an opening tag named `next` inside an unfinished `name` element
// means that element's end tag is missing.
bool EndsChunk(std::string_view name, std::string_view next) {
  if (name == "Config") return true;  // <Config> has no children
  if (name == "Environment") return next == "Sentence" || next == "Sentences" || next == name;
  return next == "Sentence" || next == "Sentences" || next == "Environment";
}

// What pugixml says is wrong with the start tag `tag` on its own ("" if nothing).
std::string StartTagError(std::string_view tag, bool self_closing) {
  std::string text(tag);
  if (!self_closing) text.insert(text.size() - 1, "/");
  pugi::xml_document doc;
  const pugi::xml_parse_result result =
      doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  return result ? std::string() : std::string(result.description());
}

}  // namespace

struct XmlChunker::Token {
  enum class Kind { kSection, kTag };
  Kind kind = Kind::kTag;
  size_t begin = 0;  // the '<'
  // One past the token; for an unterminated one, where scanning stopped: the
  // next '<' or the end of the text.
  size_t end = 0;
  bool terminated = false;
  size_t body = 0;                   // kSection: the first byte after its opener
  const Section* section = nullptr;  // kSection
  std::string_view name;             // kTag
  bool closing = false;              // </name>
  bool self_closing = false;
};

namespace {

using Token = XmlChunker::Token;
enum class Scan { kToken, kNone, kNeedMore };

// Reads the tag whose '<' is text[begin].
Scan ReadTag(std::string_view text, size_t begin, bool at_eof, Token* tag) {
  size_t pos = begin + 1;
  if (pos < text.size() && text[pos] == '/') {
    tag->closing = true;
    ++pos;
  }
  const size_t name_start = pos;
  while (pos < text.size() && !IsSpace(text[pos]) && text[pos] != '>' && text[pos] != '/' &&
         text[pos] != '<') {
    ++pos;
  }
  tag->name = text.substr(name_start, pos - name_start);
  char quote = 0;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '<') {  // unterminated: '<' is not allowed in attribute values either
      tag->end = pos;
      return Scan::kToken;
    }
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag->end = pos + 1;
      tag->terminated = true;
      tag->self_closing = text[pos - 1] == '/';
      return Scan::kToken;
    }
  }
  if (!at_eof) return Scan::kNeedMore;
  tag->end = text.size();
  return Scan::kToken;
}

// The next tag or section at or after `pos`. kNeedMore sets token->begin to
// the undecided token's '<' (and the section fields, once its opener is known).
Scan NextToken(std::string_view text, size_t pos, bool at_eof, Token* token) {
  *token = Token();
  const size_t lt = text.find('<', pos);
  if (lt == std::string_view::npos) return Scan::kNone;
  token->begin = lt;
  const std::string_view rest = text.substr(lt);
  for (const Section& section : kSections) {
    if (rest.starts_with(section.opener)) {
      token->kind = Token::Kind::kSection;
      token->section = &section;
      token->body = lt + section.opener.size();
      const size_t at = text.find(section.terminator, token->body);
      if (at == std::string_view::npos && !at_eof) return Scan::kNeedMore;
      token->terminated = at != std::string_view::npos;
      token->end = token->terminated ? at + section.terminator.size() : text.size();
      return Scan::kToken;
    }
    if (!at_eof && section.opener.starts_with(rest)) return Scan::kNeedMore;  // too short to tell
  }
  return ReadTag(text, lt, at_eof, token);
}

}  // namespace

void XmlChunker::Append(std::string_view block) {
  assert(!closed_);
  if (block.empty()) return;
  if (!saw_content_) saw_content_ = !std::all_of(block.begin(), block.end(), IsSpace);
  ends_with_newline_ = block.back() == '\n';
  if (consumed_ > 0 && consumed_ >= buf_.size() - consumed_) {
    buf_.erase(0, consumed_);
    pos_ -= consumed_;
    consumed_ = 0;
  }
  buf_.append(block);
}

void XmlChunker::Close() { closed_ = true; }

bool XmlChunker::Next(Piece* piece) {
  while (true) {
    Step step;
    switch (state_) {
      case State::kBetween:
        step = Between(piece);
        break;
      case State::kInChunk:
        step = InChunk(piece);
        break;
      case State::kInSection:
        step = SkipSection(piece);
        break;
    }
    if (step != Step::kAgain) return step == Step::kPiece;
  }
}

int XmlChunker::ConsumeTo(size_t offset) {
  assert(offset >= consumed_ && offset <= buf_.size());
  consumed_line_ +=
      static_cast<int>(std::count(buf_.begin() + static_cast<ptrdiff_t>(consumed_),
                                  buf_.begin() + static_cast<ptrdiff_t>(offset), '\n'));
  consumed_ = offset;
  return consumed_line_;
}

XmlChunker::Step XmlChunker::Between(Piece* piece) {
  Token token;
  const Scan scan = NextToken(buf_, pos_, closed_, &token);
  if (scan == Scan::kNone) {
    pos_ = buf_.size();
    ConsumeTo(pos_);
    return closed_ ? AtEnd(piece) : Step::kWait;
  }
  if (token.kind == Token::Kind::kSection) return PassSection(token, scan == Scan::kToken, piece);
  if (scan == Scan::kNeedMore) {
    pos_ = token.begin;
    ConsumeTo(pos_);
    return Step::kWait;
  }
  if (!token.closing && !ChunkName(token.name).empty()) return StartChunk(token, piece);
  const int line = ConsumeTo(token.begin);
  pos_ = token.begin + 1;
  const Step step = CheckTag(token, line, piece);
  ConsumeTo(pos_);
  return step;
}

// Passes a section between chunks; one that has not ended yet (`complete` is
// false) is skipped by SkipSection() without holding it: it may be long, a
// commented-out block of records.
XmlChunker::Step XmlChunker::PassSection(const Token& token, bool complete, Piece* piece) {
  const int line = ConsumeTo(token.begin);
  if (complete) {
    pos_ = token.end;
  } else {
    section_line_ = line;
    section_end_ = token.section->terminator;
    section_kind_ = token.section->kind;
    pos_ = token.body;
    state_ = State::kInSection;
  }
  ConsumeTo(pos_);
  if (token.section == &kBadDeclaration) {
    return Error(line, "'<!' starts no comment, CDATA section or DOCTYPE", piece);
  }
  if (complete && !token.terminated) {
    return Error(line, std::string(token.section->kind) + " is never closed", piece);
  }
  return Step::kAgain;
}

XmlChunker::Step XmlChunker::SkipSection(Piece* piece) {
  const std::string_view terminator = section_end_;
  const size_t at = buf_.find(terminator, pos_);
  if (at != std::string::npos || closed_) {
    pos_ = at != std::string::npos ? at + terminator.size() : buf_.size();
    ConsumeTo(pos_);
    state_ = State::kBetween;
    if (at != std::string::npos) return Step::kAgain;
    return Error(section_line_, std::string(section_kind_) + " is never closed", piece);
  }
  // Keep only what may be the start of the terminator.
  pos_ = std::max(pos_, buf_.size() - std::min(buf_.size(), terminator.size() - 1));
  ConsumeTo(pos_);
  return Step::kWait;
}

XmlChunker::Step XmlChunker::AtEnd(Piece* piece) {
  if (!checking_ || open_.empty()) return Step::kWait;
  // The line of the last byte, where a whole-document parser notices.
  const int line = consumed_line_ - (ends_with_newline_ ? 1 : 0);
  return Error(line, "<" + open_.back() + "> is never closed", piece);
}

XmlChunker::Step XmlChunker::StartChunk(const Token& tag, Piece* piece) {
  ConsumeTo(tag.begin);
  chunk_name_ = ChunkName(tag.name);
  state_ = State::kInChunk;
  if (tag.terminated && tag.self_closing) return EmitChunk(tag.end, piece);
  // After a broken start tag, look for the end tag all the same.
  pos_ = tag.terminated ? tag.end : tag.begin + 1;
  return Step::kAgain;
}

XmlChunker::Step XmlChunker::InChunk(Piece* piece) {
  while (true) {
    Token token;
    switch (NextToken(buf_, pos_, closed_, &token)) {
      case Scan::kNone:
        pos_ = buf_.size();
        return closed_ ? EmitChunk(pos_, piece) : Step::kWait;
      case Scan::kNeedMore:
        pos_ = token.begin;
        return Step::kWait;
      case Scan::kToken:
        break;
    }
    if (token.kind == Token::Kind::kSection) {
      pos_ = token.end;
    } else if (token.closing && token.name == chunk_name_) {
      return EmitChunk(token.end, piece);
    } else if (!token.closing && EndsChunk(chunk_name_, token.name)) {
      return EmitChunk(token.begin, piece);
    } else {
      pos_ = token.begin + 1;
    }
  }
}

XmlChunker::Step XmlChunker::EmitChunk(size_t end, Piece* piece) {
  piece->kind = Piece::Kind::kChunk;
  piece->name = chunk_name_;
  piece->text = std::string_view(buf_).substr(consumed_, end - consumed_);
  piece->line = consumed_line_;
  piece->error.clear();
  ConsumeTo(end);
  pos_ = end;
  state_ = State::kBetween;
  return Step::kPiece;
}

XmlChunker::Step XmlChunker::CheckTag(const Token& tag, int line, Piece* piece) {
  if (!checking_) return Step::kAgain;
  const std::string name(tag.name);
  const std::string shown = (tag.closing ? "</" : "<") + name;
  if (name.empty()) return Error(line, "'" + shown + "' starts no tag", piece);
  if (!tag.terminated) return Error(line, "tag " + shown + " has no '>'", piece);
  if (tag.closing) {
    if (open_.empty()) return Error(line, "end tag " + shown + "> has no start tag", piece);
    if (open_.back() != name) {
      return Error(line, "end tag " + shown + "> does not match <" + open_.back() + ">", piece);
    }
    open_.pop_back();
    return Step::kAgain;
  }
  const std::string_view text = std::string_view(buf_).substr(tag.begin, tag.end - tag.begin);
  const std::string error = StartTagError(text, tag.self_closing);
  if (!error.empty()) return Error(line, "start tag " + shown + ">: " + error, piece);
  if (tag.self_closing) return Step::kAgain;
  if (open_.size() == kMaxOpenElements) {
    checking_ = false;
    open_.clear();
    return Step::kAgain;
  }
  open_.push_back(name);
  return Step::kAgain;
}

XmlChunker::Step XmlChunker::Error(int line, std::string message, Piece* piece) {
  if (!checking_) return Step::kAgain;
  checking_ = false;
  open_.clear();
  piece->kind = Piece::Kind::kError;
  piece->name = {};
  piece->text = {};
  piece->line = line;
  piece->error = std::move(message);
  return Step::kPiece;
}

}  // namespace dyad::io
