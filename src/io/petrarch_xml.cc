// PETRARCH XML reader: XmlChunker cuts the document into elements, pugixml
// parses each one, and this file maps them to Records, Rejects and the
// Environment, handing them on as they come.
//
// Each element is parsed on its own because real PETRARCH files are
// hand-edited: one broken tag then costs one record, not the file, and memory
// holds one record at a time. ReadPetrarchXml is the stream with a handler
// that collects, so a document read either way gives the same results.
#include "dyad/io/petrarch_xml.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <pugixml.hpp>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "io/xml_chunker.h"

namespace dyad::io {

std::string Reject::ToString() const {
  std::string out = file;
  if (line > 0) {  // 0: the whole file (unreadable, empty)
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  if (!id.empty()) {
    out += "record ";
    out += id;
    out += ": ";
  }
  out += reason;
  return out;
}

namespace {

constexpr unsigned kParseOptions = pugi::parse_default;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Text content of `node`: its PCDATA and CDATA children, concatenated.
std::string ChildText(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return out;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

std::string TrimmedAttribute(pugi::xml_node node, const char* name) {
  return std::string(Trim(node.attribute(name).value()));
}

ConfigOption ReadConfig(pugi::xml_node node) {
  return {TrimmedAttribute(node, "option"), TrimmedAttribute(node, "value")};
}

// The line of byte `offset` of `chunk`.
int LineIn(const XmlChunker::Piece& chunk, size_t offset) {
  const std::string_view before = chunk.text.substr(0, offset);
  return chunk.line + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
}

Status ReadRecordAttributes(pugi::xml_node node, Record* record) {
  record->id = TrimmedAttribute(node, "id");
  if (record->id.empty()) return Status::InvalidInput("missing id");
  record->category = TrimmedAttribute(node, "category");
  record->source = TrimmedAttribute(node, "source");
  const std::string date = TrimmedAttribute(node, "date");
  if (date.empty()) return Status::InvalidInput("missing date");
  StatusOr<Date> parsed = ParseDate(date);
  if (!parsed.ok()) return parsed.status();
  record->date = *parsed;
  pugi::xml_attribute sentence = node.attribute("sentence");
  if (sentence) {
    const std::string_view v = Trim(sentence.value());
    if (!EqualsIgnoreCase(v, "true") && !EqualsIgnoreCase(v, "false")) {
      return Status::InvalidInput("bad sentence attribute '" + std::string(v) + "'");
    }
    record->is_sentence = EqualsIgnoreCase(v, "true");
  }
  return Status::Ok();
}

Status ReadRecordChildren(pugi::xml_node node, Record* record) {
  bool have_text = false, have_parse = false;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = c.name();
    if (name == "Text" && !have_text) {
      record->text = CollapseWhitespace(ChildText(c));
      have_text = true;
    } else if (name == "Parse" && !have_parse) {
      record->parse = ChildText(c);
      have_parse = true;
    } else if (name == "EventCoding") {
      record->has_expectations = true;
      if (c.attribute("noevents") || c.attribute("error")) continue;
      if (!c.attribute("eventcode")) {
        return Status::InvalidInput("EventCoding without eventcode, noevents or error");
      }
      record->expected.push_back({TrimmedAttribute(c, "sourcecode"),
                                  TrimmedAttribute(c, "targetcode"),
                                  TrimmedAttribute(c, "eventcode")});
    }
  }
  return Status::Ok();
}

}  // namespace

// Maps the chunker's pieces to what the handler receives.
class PetrarchXmlStream::Impl {
 public:
  Impl(std::string_view file_name, PetrarchXmlHandler* handler)
      : file_name_(file_name), handler_(handler) {}

  void Feed(std::string_view block);
  Status Finish();
  bool stopped() const { return stopped_; }
  size_t buffered_bytes() const { return chunker_.buffered_bytes(); }

 private:
  void ReadPieces();
  void ReadChunk(const XmlChunker::Piece& chunk);
  void ReadElement(pugi::xml_node node, const XmlChunker::Piece& chunk);
  void ReadEnvironment(pugi::xml_node env);
  void ReadSentence(pugi::xml_node node, const XmlChunker::Piece& chunk);
  void AddReject(int line, std::string id, std::string reason) {
    handler_->OnReject({file_name_, line, std::move(id), std::move(reason)});
  }

  std::string file_name_;
  PetrarchXmlHandler* handler_;
  XmlChunker chunker_;
  XmlChunker::Piece piece_;
  pugi::xml_document doc_;  // reused for every element
  Environment environment_;
  std::vector<ConfigOption> pending_config_;
  bool saw_sentence_ = false;
  // The first markup error, in an element or between them, has been met. A
  // whole-document parser stops at the first, and so the reader reports an
  // error between elements only when it comes first.
  bool saw_markup_error_ = false;
  Reject markup_reject_;  // the first error between elements, if it came first
  bool stopped_ = false, finished_ = false;
};

void PetrarchXmlStream::Impl::Feed(std::string_view block) {
  assert(!finished_);
  if (stopped_) return;
  chunker_.Append(block);
  ReadPieces();
}

void PetrarchXmlStream::Impl::ReadPieces() {
  while (!stopped_ && chunker_.Next(&piece_)) {
    if (piece_.kind == XmlChunker::Piece::Kind::kChunk) {
      ReadChunk(piece_);
      stopped_ = !handler_->WantsMore();
    } else if (!saw_markup_error_) {
      saw_markup_error_ = true;
      markup_reject_ = {file_name_, piece_.line, "", "malformed XML: " + piece_.error};
    }
  }
}

Status PetrarchXmlStream::Impl::Finish() {
  assert(!finished_);
  finished_ = true;
  if (!stopped_) {
    chunker_.Close();
    ReadPieces();
  }
  if (stopped_) return Status::Ok();
  if (!chunker_.saw_content()) return Status::InvalidInput(file_name_ + ": empty input");
  const bool markup_reject = !markup_reject_.reason.empty();
  if (!saw_sentence_ && !environment_.present) {
    std::string message = file_name_ + ": no <Sentence> or <Environment> element";
    if (markup_reject) message += " (" + markup_reject_.reason + ")";
    return Status::InvalidInput(std::move(message));
  }
  if (markup_reject) handler_->OnReject(std::move(markup_reject_));
  return Status::Ok();
}

// Parses the element `chunk` on its own; if it does not parse, it is a Reject
// at its first line.
void PetrarchXmlStream::Impl::ReadChunk(const XmlChunker::Piece& chunk) {
  const pugi::xml_parse_result result =
      doc_.load_buffer(chunk.text.data(), chunk.text.size(), kParseOptions, pugi::encoding_utf8);
  if (result) {
    for (pugi::xml_node node : doc_.children()) ReadElement(node, chunk);
    return;
  }
  saw_markup_error_ = true;
  if (chunk.name == "Sentence") saw_sentence_ = true;
  const pugi::xml_node element = doc_.child(std::string(chunk.name).c_str());
  std::string reason = "malformed XML in <";
  reason += chunk.name;
  reason += ">: ";
  reason += result.description();
  AddReject(chunk.line, TrimmedAttribute(element, "id"), std::move(reason));
}

// Reads a parsed element: the chunk is one <Sentence>, <Config> or <Environment>.
void PetrarchXmlStream::Impl::ReadElement(pugi::xml_node node, const XmlChunker::Piece& chunk) {
  const std::string_view name = node.name();
  if (name == "Sentence") {
    ReadSentence(node, chunk);
  } else if (name == "Environment") {
    ReadEnvironment(node);
    handler_->OnEnvironment(environment_);
  } else if (name == "Config") {
    pending_config_.push_back(ReadConfig(node));
  }
}

void PetrarchXmlStream::Impl::ReadEnvironment(pugi::xml_node env) {
  Environment& e = environment_;
  e.present = true;
  for (pugi::xml_node c = env.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = c.name();
    std::string value(Trim(ChildText(c)));
    if (name == "Verbfile") e.verb_file = std::move(value);
    if (name == "Agentfile") e.agent_file = std::move(value);
    if (name == "Discardfile") e.discard_file = std::move(value);
    if (name == "Issuefile") e.issue_file = std::move(value);
    if (name == "Config") e.config.push_back(ReadConfig(c));
    if (name != "Actorfile") continue;
    // Several <Actorfile> elements, or one holding a comma-separated list.
    for (size_t start = 0; start <= value.size();) {
      size_t comma = std::min(value.find(',', start), value.size());
      std::string_view part = Trim(std::string_view(value).substr(start, comma - start));
      if (!part.empty()) e.actor_files.emplace_back(part);
      start = comma + 1;
    }
  }
}

void PetrarchXmlStream::Impl::ReadSentence(pugi::xml_node node, const XmlChunker::Piece& chunk) {
  saw_sentence_ = true;
  const ptrdiff_t offset = node.offset_debug();
  Record record;
  record.line = offset < 0 ? 0 : LineIn(chunk, static_cast<size_t>(offset));
  Status status = ReadRecordAttributes(node, &record);
  if (status.ok()) status = ReadRecordChildren(node, &record);
  if (!status.ok()) {
    // The record's Config elements carry over: they still change the settings
    // for the records after it.
    AddReject(record.line, record.id, status.message());
    return;
  }
  record.config = std::move(pending_config_);
  pending_config_.clear();
  handler_->OnRecord(std::move(record));
}

PetrarchXmlStream::PetrarchXmlStream(std::string_view file_name, PetrarchXmlHandler* handler)
    : impl_(std::make_unique<Impl>(file_name, handler)) {}
PetrarchXmlStream::~PetrarchXmlStream() = default;
void PetrarchXmlStream::Feed(std::string_view block) { impl_->Feed(block); }
Status PetrarchXmlStream::Finish() { return impl_->Finish(); }
bool PetrarchXmlStream::stopped() const { return impl_->stopped(); }
size_t PetrarchXmlStream::buffered_bytes() const { return impl_->buffered_bytes(); }

Status StreamPetrarchXml(const std::string& path, std::string_view file_name,
                         PetrarchXmlHandler* handler) {
  PetrarchXmlStream stream(file_name, handler);
  DYAD_RETURN_IF_ERROR(
      ReadFileBlocks(path, PetrarchXmlStream::kBlockSize, [&stream](std::string_view block) {
        stream.Feed(block);
        return !stream.stopped();
      }));
  return stream.Finish();
}

namespace {

class Collector : public PetrarchXmlHandler {
 public:
  explicit Collector(PetrarchFile* file) : file_(file) {}
  void OnEnvironment(const Environment& environment) override { file_->environment = environment; }
  void OnRecord(Record&& record) override { file_->records.push_back(std::move(record)); }
  void OnReject(Reject&& reject) override { file_->rejects.push_back(std::move(reject)); }

 private:
  PetrarchFile* file_;
};

}  // namespace

StatusOr<PetrarchFile> ReadPetrarchXml(std::string_view xml, std::string_view file_name) {
  PetrarchFile file;
  Collector collector(&file);
  PetrarchXmlStream stream(file_name, &collector);
  // In blocks, so that the stream's copy stays small.
  for (size_t at = 0; at < xml.size(); at += PetrarchXmlStream::kBlockSize) {
    stream.Feed(xml.substr(at, PetrarchXmlStream::kBlockSize));
  }
  DYAD_RETURN_IF_ERROR(stream.Finish());
  return file;
}

}  // namespace dyad::io
