// Where a dictionary entry came from, and the problems found while reading one.
#ifndef DYAD_DICT_DIAGNOSTICS_H_
#define DYAD_DICT_DIAGNOSTICS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::dict {

// A file and line in the dictionaries; `file` indexes Diagnostics::files.
struct SourceRef {
  uint16_t file = 0;
  int32_t line = 0;
};

// Collects the files read and one message per skipped line ("file:line: reason").
struct Diagnostics {
  std::vector<std::string> files;
  std::vector<std::string> warnings;

  uint16_t AddFile(const std::string& name) {
    files.push_back(name);
    return static_cast<uint16_t>(files.size() - 1);
  }
  void Warn(SourceRef where, const std::string& reason) {
    warnings.push_back(files[where.file] + ":" + std::to_string(where.line) + ": " + reason);
  }
  std::string Describe(SourceRef where) const {
    return files[where.file] + ":" + std::to_string(where.line);
  }
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_DIAGNOSTICS_H_
