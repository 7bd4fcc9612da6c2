// Reader for PETRARCH's XML input: plain <Sentences> files and validation
// files (<Validation> with an <Environment> naming the dictionaries, <Config>
// elements that apply to the records after them, <EventCoding> expectations).
//
// A record that cannot be used (no date, bad date, no parse where one is
// required, malformed XML around it) becomes a Reject naming the file, line
// and reason; the rest of the file is still read.
#ifndef DYAD_IO_PETRARCH_XML_H_
#define DYAD_IO_PETRARCH_XML_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/base/status.h"

namespace dyad::io {

struct ConfigOption {
  std::string option;  // e.g. "require_dyad"
  std::string value;   // e.g. "false"
};

struct ExpectedEvent {
  std::string source, target, code;
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
};

struct Reject {
  std::string file;
  int line = 0;
  std::string id;  // may be empty
  std::string reason;
  std::string ToString() const;  // "file:line: record ID: reason"
};

struct Environment {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::string issue_file;
  std::vector<ConfigOption> config;  // <Config> inside <Environment>
  bool present = false;
};

struct PetrarchFile {
  Environment environment;
  std::vector<Record> records;
  std::vector<Reject> rejects;
};

// Parses `xml` (the contents of `file_name`, which is used only in messages).
// Returns an error only when nothing at all can be read (e.g. empty input);
// otherwise broken records are in `rejects`.
StatusOr<PetrarchFile> ReadPetrarchXml(std::string_view xml, std::string_view file_name);

}  // namespace dyad::io

#endif  // DYAD_IO_PETRARCH_XML_H_
