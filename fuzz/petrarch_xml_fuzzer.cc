// libFuzzer target for the PETRARCH XML reader, including its recovery from
// malformed documents and its streaming: the input fed in blocks of several
// sizes must read exactly as the whole buffer does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/io/petrarch_xml.h"

namespace {

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

class Collector : public dyad::io::PetrarchXmlHandler {
 public:
  void OnEnvironment(const dyad::io::Environment& env) override { file.environment = env; }
  void OnRecord(dyad::io::Record&& record) override { file.records.push_back(std::move(record)); }
  void OnReject(dyad::io::Reject&& reject) override { file.rejects.push_back(std::move(reject)); }
  dyad::io::PetrarchFile file;
};

// Streams `xml` in blocks of `block_size` and checks the result against `whole`.
void CheckStreamed(std::string_view xml, size_t block_size,
                   const dyad::StatusOr<dyad::io::PetrarchFile>& whole) {
  Collector collector;
  dyad::io::PetrarchXmlStream stream("fuzz.xml", &collector);
  for (size_t at = 0; at < xml.size(); at += block_size) {
    stream.Feed(xml.substr(at, block_size));
    // Held: the unfinished element and the block, never more than was fed.
    Check(stream.buffered_bytes() <= at + block_size);
  }
  const dyad::Status status = stream.Finish();
  Check(status.ok() == whole.ok());
  if (!status.ok()) {
    Check(status.message() == whole.status().message());
    return;
  }
  Check(collector.file == *whole);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  dyad::StatusOr<dyad::io::PetrarchFile> file = dyad::io::ReadPetrarchXml(xml, "fuzz.xml");
  // The same in blocks of 1 byte, of a size from the input, and in two halves.
  CheckStreamed(xml, 1, file);
  CheckStreamed(xml, size > 0 ? data[0] % 61 + 2 : 1, file);
  CheckStreamed(xml, size / 2 + 1, file);
  if (!file.ok()) return 0;
  const int max_line = static_cast<int>(size) + 1;
  for (const dyad::io::Record& r : file->records) {
    Check(!r.id.empty());
    Check(r.date != dyad::kNoDate);
    Check(r.line >= 1 && r.line <= max_line);
    Check(r.text.find("  ") == std::string_view::npos);
    Check(r.has_expectations || r.expected.empty());
  }
  for (const dyad::io::Reject& r : file->rejects) {
    Check(r.line >= 1 && r.line <= max_line);
    Check(!r.reason.empty());
    Check(r.ToString().rfind("fuzz.xml:", 0) == 0);
  }
  return 0;
}
