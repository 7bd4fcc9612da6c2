// PETRARCH XML reader: pugixml builds the DOM, this file maps it to Records.
//
// The whole document is parsed first. Real PETRARCH files are hand-edited and
// one broken tag would otherwise lose every record, so when that parse fails
// the text is cut into <Sentence>, <Config> and <Environment> chunks by a small
// scanner that knows only comments, CDATA and quoting, and each chunk is parsed
// on its own. Both paths feed the same element walker, so a record read either
// way is identical, including its line number.
#include "dyad/io/petrarch_xml.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <pugixml.hpp>

#include "dyad/base/text.h"

namespace dyad::io {

std::string Reject::ToString() const {
  std::string out = file;
  out += ':';
  out += std::to_string(line);
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

// Maps byte offsets in the input to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      newlines_.push_back(i);
    }
  }
  int LineOf(size_t offset) const {
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), offset);
    return static_cast<int>(it - newlines_.begin()) + 1;
  }

 private:
  std::vector<size_t> newlines_;
};

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

// Accumulates the file's contents from elements met in document order.
class Collector {
 public:
  Collector(std::string_view xml, std::string_view file_name)
      : lines_(xml), file_name_(file_name) {}

  // Visits the elements under `root`; `base` is the offset of root's buffer in the input.
  void Walk(pugi::xml_node root, size_t base);
  void AddReject(size_t offset, std::string id, std::string reason) {
    out_.rejects.push_back({file_name_, lines_.LineOf(offset), std::move(id), std::move(reason)});
  }
  bool found_anything() const { return saw_sentence_ || out_.environment.present; }
  void NoteSentence() { saw_sentence_ = true; }
  PetrarchFile Finish() { return std::move(out_); }

 private:
  bool Visit(pugi::xml_node node, size_t base);
  void ReadEnvironment(pugi::xml_node env);
  void ReadSentence(pugi::xml_node node, size_t base);
  Status ReadRecordAttributes(pugi::xml_node node, Record* record);
  Status ReadRecordChildren(pugi::xml_node node, Record* record);

  LineIndex lines_;
  std::string file_name_;
  PetrarchFile out_;
  std::vector<ConfigOption> pending_config_;
  bool saw_sentence_ = false;
};

void Collector::Walk(pugi::xml_node root, size_t base) {
  // Iterative pre-order walk: fuzzed input can nest elements very deeply.
  pugi::xml_node n = root.first_child();
  while (n) {
    if (Visit(n, base) && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != root && !n.next_sibling()) n = n.parent();
    if (n == root) break;
    n = n.next_sibling();
  }
}

// Handles one node; returns whether its children should be visited.
bool Collector::Visit(pugi::xml_node node, size_t base) {
  if (node.type() != pugi::node_element) return false;
  const std::string_view name = node.name();
  if (name == "Sentence") {
    ReadSentence(node, base);
  } else if (name == "Environment") {
    ReadEnvironment(node);
  } else if (name == "Config") {
    pending_config_.push_back(ReadConfig(node));
  } else {
    return true;
  }
  return false;
}

void Collector::ReadEnvironment(pugi::xml_node env) {
  Environment& e = out_.environment;
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

void Collector::ReadSentence(pugi::xml_node node, size_t base) {
  saw_sentence_ = true;
  const ptrdiff_t offset = node.offset_debug();
  Record record;
  record.line = offset < 0 ? 0 : lines_.LineOf(base + static_cast<size_t>(offset));
  Status status = ReadRecordAttributes(node, &record);
  if (status.ok()) status = ReadRecordChildren(node, &record);
  if (!status.ok()) {
    // The record's Config elements carry over: they still change the settings
    // for the records after it.
    out_.rejects.push_back({file_name_, record.line, record.id, status.message()});
    return;
  }
  record.config = std::move(pending_config_);
  pending_config_.clear();
  out_.records.push_back(std::move(record));
}

Status Collector::ReadRecordAttributes(pugi::xml_node node, Record* record) {
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

Status Collector::ReadRecordChildren(pugi::xml_node node, Record* record) {
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

// ---- Recovery from malformed XML --------------------------------------------

// Finds element tags in raw text, skipping comments, CDATA, PIs and DOCTYPE.
class TagScanner {
 public:
  struct Tag {
    size_t begin = std::string_view::npos;  // the '<'
    size_t end = std::string_view::npos;    // one past the '>', or npos if unterminated
    std::string_view name;
    bool closing = false;       // </name>
    bool self_closing = false;  // <name/>
  };

  explicit TagScanner(std::string_view text) : text_(text) {}

  // The next element tag at or after `pos`; tag.begin is npos when there is none.
  Tag Next(size_t pos) const {
    while ((pos = text_.find('<', pos)) != std::string_view::npos) {
      const std::string_view rest = text_.substr(pos);
      if (rest.starts_with("<!--")) {
        pos = SkipPast(pos + 4, "-->");
      } else if (rest.starts_with("<![CDATA[")) {
        pos = SkipPast(pos + 9, "]]>");
      } else if (rest.starts_with("<?")) {
        pos = SkipPast(pos + 2, "?>");
      } else if (rest.starts_with("<!")) {
        pos = SkipPast(pos + 2, ">");
      } else {
        return ReadTag(pos);
      }
    }
    return Tag();
  }

 private:
  size_t SkipPast(size_t pos, std::string_view terminator) const {
    const size_t at = text_.find(terminator, pos);
    return at == std::string_view::npos ? text_.size() : at + terminator.size();
  }

  Tag ReadTag(size_t pos) const {
    Tag tag;
    tag.begin = pos++;
    if (pos < text_.size() && text_[pos] == '/') {
      tag.closing = true;
      ++pos;
    }
    const size_t name_start = pos;
    while (pos < text_.size() && !IsSpace(text_[pos]) && text_[pos] != '>' && text_[pos] != '/' &&
           text_[pos] != '<') {
      ++pos;
    }
    tag.name = text_.substr(name_start, pos - name_start);
    char quote = 0;
    for (; pos < text_.size(); ++pos) {
      const char c = text_[pos];
      if (c == '<') return tag;  // unterminated: '<' is not allowed in attribute values either
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        tag.end = pos + 1;
        tag.self_closing = text_[pos - 1] == '/';
        return tag;
      }
    }
    return tag;
  }

  std::string_view text_;
};

bool IsChunkElement(std::string_view name) {
  return name == "Sentence" || name == "Config" || name == "Environment";
}

// Whether an opening tag named `next` inside an unfinished `name` element
// means that element's end tag is missing.
bool EndsChunk(std::string_view name, std::string_view next) {
  if (name == "Config") return true;  // <Config> has no children
  if (name == "Environment") return next == "Sentence" || next == "Sentences" || next == name;
  return next == "Sentence" || next == "Sentences" || next == "Environment";
}

// The end of the element whose start tag is `start`: one past its end tag, or
// the start of the next element that shows the end tag is missing.
size_t ChunkEnd(const TagScanner& scanner, const TagScanner::Tag& start, size_t text_size) {
  if (start.self_closing) return start.end;
  // After a broken start tag, look for the end tag all the same.
  size_t pos = start.end != std::string_view::npos ? start.end : start.begin + 1;
  while (true) {
    const TagScanner::Tag tag = scanner.Next(pos);
    if (tag.begin == std::string_view::npos) return text_size;
    if (tag.closing && tag.name == start.name) {
      return tag.end == std::string_view::npos ? text_size : tag.end;
    }
    if (!tag.closing && EndsChunk(start.name, tag.name)) return tag.begin;
    pos = tag.begin + 1;
  }
}

// Parses the element `name` at xml[begin, end) on its own; a failure is a
// Reject at the chunk's first line. Returns whether the chunk was well-formed.
bool ReadChunk(std::string_view xml, std::string_view name, size_t begin, size_t end,
               Collector* collector) {
  const std::string_view chunk = xml.substr(begin, end - begin);
  pugi::xml_document doc;
  const pugi::xml_parse_result result =
      doc.load_buffer(chunk.data(), chunk.size(), kParseOptions, pugi::encoding_utf8);
  if (result) {
    collector->Walk(doc, begin);
    return true;
  }
  if (name == "Sentence") collector->NoteSentence();
  const pugi::xml_node element = doc.child(std::string(name).c_str());
  std::string reason = "malformed XML in <";
  reason += name;
  reason += ">: ";
  reason += result.description();
  collector->AddReject(begin, TrimmedAttribute(element, "id"), std::move(reason));
  return false;
}

// Reads every chunk; returns whether the document-level error at
// `error_offset` fell inside a chunk that was rejected.
bool ReadChunks(std::string_view xml, size_t error_offset, Collector* collector) {
  const TagScanner scanner(xml);
  bool error_covered = false;
  size_t pos = 0;
  while (true) {
    const TagScanner::Tag tag = scanner.Next(pos);
    if (tag.begin == std::string_view::npos) return error_covered;
    if (tag.closing || !IsChunkElement(tag.name)) {
      pos = tag.begin + 1;
      continue;
    }
    const size_t end = ChunkEnd(scanner, tag, xml.size());
    const bool ok = ReadChunk(xml, tag.name, tag.begin, end, collector);
    if (!ok && error_offset >= tag.begin && error_offset < end) error_covered = true;
    pos = end;
  }
}

}  // namespace

StatusOr<PetrarchFile> ReadPetrarchXml(std::string_view xml, std::string_view file_name) {
  const std::string prefix(file_name);
  if (Trim(xml).empty()) return Status::InvalidInput(prefix + ": empty input");
  Collector collector(xml, file_name);
  pugi::xml_document doc;
  const pugi::xml_parse_result result =
      doc.load_buffer(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8);
  if (result) {
    collector.Walk(doc, 0);
  } else {
    doc.reset();
    const size_t error_offset = static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0));
    if (!ReadChunks(xml, error_offset, &collector)) {
      collector.AddReject(error_offset, "", std::string("malformed XML: ") + result.description());
    }
  }
  if (!collector.found_anything()) {
    std::string message = prefix + ": no <Sentence> or <Environment> element";
    if (!result) message += std::string(" (malformed XML: ") + result.description() + ")";
    return Status::InvalidInput(std::move(message));
  }
  return collector.Finish();
}

}  // namespace dyad::io
