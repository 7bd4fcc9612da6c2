// The CAMEO event ontology as a table: each event code's name, its Goldstein
// conflict-cooperation weight and its quad class, read from dyad's own
// data/cameo/cameo_codes.tsv.
#ifndef DYAD_DICT_CAMEO_H_
#define DYAD_DICT_CAMEO_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/base/status.h"

namespace dyad::dict {

struct CameoCode {
  std::string code;      // "036"
  std::string name;      // "Express intent to meet or negotiate"
  double goldstein = 0;  // -10 (most conflictual) .. +10 (most cooperative)
  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  int quad_class = 0;
  // PLOVER's event type and mode for the code ("CONSULT", "visit"); empty
  // when PLOVER has none (data/cameo/plover.tsv).
  std::string plover_type, plover_mode;
};

class CameoTable {
 public:
  // Parses the TSV text (columns: code, goldstein, quad_class, name; '#' comments).
  // Any malformed line fails the whole parse with "file_name:line: reason": a
  // code that is not 2-4 digits under a root 01..20, a Goldstein weight outside
  // -10..10, a quad class that is not its root's, an empty name, a duplicate
  // code, or a 3/4-digit code whose parent (the code minus its last digit) is
  // missing. A text without any code is an error too.
  static StatusOr<CameoTable> Parse(std::string_view tsv, std::string_view file_name);
  // Adds the PLOVER columns from plover.tsv text (code, event type, mode;
  // tab-separated; '#' comments). A code missing from the table, or a line
  // without a tab, fails with "file_name:line: reason".
  Status AddPlover(std::string_view tsv, std::string_view file_name);
  // Loads data/cameo/cameo_codes.tsv from `data_dir`, and data/cameo/plover.tsv
  // if it exists.
  static StatusOr<CameoTable> Load(const std::string& data_dir);

  // The entry for `code`, or nullptr for codes outside CAMEO (WEIS-style codes
  // in old dictionaries, "---").
  const CameoCode* Find(std::string_view code) const;
  // The quad class of a code from its two-digit root: 1 for roots 01-05, 2 for
  // 06-08, 3 for 09-13, 4 for 14-20. Any string of two or more ASCII digits
  // counts by its first two ("036" -> 1, "1717" -> 4, "190" -> 4); anything
  // else is 0: a prefix that is not a root ("345", "21"), non-digits ("---",
  // "174K"), or fewer than two characters. Needs no table.
  static int QuadClassOfRoot(std::string_view code);
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// Whether `code` is under one of the roots of force: assault (18), fight
// (19), mass violence (20).
bool IsForceCode(std::string_view code);

}  // namespace dyad::dict

#endif  // DYAD_DICT_CAMEO_H_
