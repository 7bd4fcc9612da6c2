// libFuzzer target for the PETRARCH XML reader, including its recovery path
// for malformed documents.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/io/petrarch_xml.h"

namespace {

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  dyad::StatusOr<dyad::io::PetrarchFile> file = dyad::io::ReadPetrarchXml(xml, "fuzz.xml");
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
