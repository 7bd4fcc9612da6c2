// Reader for PETRARCH's XML input: plain <Sentences> files and validation
// files (<Validation> with an <Environment> naming the dictionaries, <Config>
// elements that apply to the records after them, <EventCoding> expectations).
//
// A record that cannot be used (no date, bad date, no parse where one is
// required, malformed XML around it) becomes a Reject naming the file, line
// and reason; the rest of the file is still read.
//
// The reader streams: PetrarchXmlStream takes the document in blocks and hands
// each <Environment>, record and reject to a handler as soon as it is read, so
// memory holds one record, not the file. ReadPetrarchXml collects the same
// results for a document already in memory.
//
// How it reads: the text is cut into top-level <Environment>, <Config> and
// <Sentence> elements, honouring comments, CDATA and attribute quotes, and
// pugixml parses each element on its own. An element whose end tag is missing
// ends at the next <Sentence>, <Sentences> or <Environment> start tag (any
// start tag, for <Config>); one that does not parse is a Reject at its first
// line. Outside those elements the reader checks that tags pair up and parse;
// the first error there is one Reject, given after all the others. Elements of
// these three kinds nested inside one another are read as missing end tags.
#ifndef DYAD_IO_PETRARCH_XML_H_
#define DYAD_IO_PETRARCH_XML_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/base/status.h"

namespace dyad::io {

struct ConfigOption {
  std::string option;  // e.g. "require_dyad"
  std::string value;   // e.g. "false"
  bool operator==(const ConfigOption&) const = default;
};

struct ExpectedEvent {
  std::string source, target, code;
  bool operator==(const ExpectedEvent&) const = default;
};

struct Record {
  std::string id;        // "DEMO-01", "AFP0808020593-1"
  std::string category;  // validation category, may be empty
  Date date = kNoDate;
  bool is_sentence = true;  // sentence="true" (absent counts as true)
  std::string text;         // <Text>, white space collapsed to single spaces
  std::string parse;        // <Parse>, as written (may be empty)
  int line = 0;             // line of the <Sentence> tag
  std::string source;       // source="AFP", may be empty
  // Validation expectations: `expected` lists the EventCoding triples; an
  // EventCoding with noevents/error attributes adds nothing. `has_expectations`
  // is true when the record has any EventCoding element at all.
  std::vector<ExpectedEvent> expected;
  bool has_expectations = false;
  // <Config> elements that appeared after the previous record and before this one.
  std::vector<ConfigOption> config;
  bool operator==(const Record&) const = default;
};

struct Reject {
  std::string file;
  int line = 0;
  std::string id;  // may be empty
  std::string reason;
  std::string ToString() const;  // "file:line: record ID: reason" (no ":line" when line is 0)
  bool operator==(const Reject&) const = default;
};

struct Environment {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::string issue_file;
  std::vector<ConfigOption> config;  // <Config> inside <Environment>
  bool present = false;
  bool operator==(const Environment&) const = default;
};

struct PetrarchFile {
  Environment environment;
  std::vector<Record> records;
  std::vector<Reject> rejects;
  bool operator==(const PetrarchFile&) const = default;
};

// Receives what a PetrarchXmlStream reads, in document order.
class PetrarchXmlHandler {
 public:
  virtual ~PetrarchXmlHandler() = default;

  // After each <Environment> element, with what every <Environment> element
  // so far said (files have one, before the records).
  virtual void OnEnvironment(const Environment&) {}
  // Each usable record, with the <Config> options met since the previous
  // record (rejected records' included). The handler may keep or move it.
  virtual void OnRecord(Record&& record) = 0;
  // Each unusable record or XML error.
  virtual void OnReject(Reject&& reject) = 0;
  // Asked after every element: returning false ends the reading there (the
  // stream ignores further input and Finish() reports nothing).
  virtual bool WantsMore() const { return true; }
};

// Reads one PETRARCH XML document fed in blocks of any size; the results do
// not depend on where the blocks are cut. Memory holds the unfinished element
// and the block being read, whatever the size of the document.
class PetrarchXmlStream {
 public:
  static constexpr size_t kBlockSize = size_t{1} << 20;  // what StreamPetrarchXml reads at a time

  // `file_name` is used only in messages. `handler` must outlive the stream.
  PetrarchXmlStream(std::string_view file_name, PetrarchXmlHandler* handler);
  ~PetrarchXmlStream();
  PetrarchXmlStream(const PetrarchXmlStream&) = delete;
  PetrarchXmlStream& operator=(const PetrarchXmlStream&) = delete;

  // Reads the next bytes of the document (copied as needed), calling the
  // handler for every element they complete. Not after Finish().
  void Feed(std::string_view block);
  // Ends the document: the last element is read even without its end tag
  // (and rejected for it), and a markup error between elements is reported.
  // Returns an error, with nothing more reported, only when the document held
  // nothing to read: it was empty, or had no <Sentence> or <Environment>.
  Status Finish();

  // Whether the handler has ended the reading (see WantsMore()).
  bool stopped() const;
  // Bytes held for elements not yet complete (for tests of the memory bound).
  size_t buffered_bytes() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Streams the file at `path` ("-" reads standard input) through a
// PetrarchXmlStream in blocks of kBlockSize, then finishes it; stops early when
// the handler does. `file_name` is used in messages. Errors: NotFound or
// IoError for the file (what was read before a read error has been handled),
// else those of Finish().
Status StreamPetrarchXml(const std::string& path, std::string_view file_name,
                         PetrarchXmlHandler* handler);

// Parses `xml` (the contents of `file_name`, which is used only in messages)
// with a PetrarchXmlStream and collects what it reads. Returns an error only
// when nothing at all can be read (e.g. empty input); otherwise broken records
// are in `rejects`.
StatusOr<PetrarchFile> ReadPetrarchXml(std::string_view xml, std::string_view file_name);

}  // namespace dyad::io

#endif  // DYAD_IO_PETRARCH_XML_H_
