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
  std::string code;     // "036"
  std::string name;     // "Express intent to meet or negotiate"
  double goldstein = 0;  // -10 (most conflictual) .. +10 (most cooperative)
  int quad_class = 0;    // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
};

class CameoTable {
 public:
  // Parses the TSV text (columns: code, goldstein, quad_class, name; '#' comments).
  static StatusOr<CameoTable> Parse(std::string_view tsv, std::string_view file_name);
  // Loads data/cameo/cameo_codes.tsv from `data_dir`.
  static StatusOr<CameoTable> Load(const std::string& data_dir);

  // The entry for `code`, or nullptr for codes outside CAMEO (WEIS-style codes
  // in old dictionaries, "---").
  const CameoCode* Find(std::string_view code) const;
  // The quad class of a code from its two-digit root (0 if not a CAMEO root).
  static int QuadClassOfRoot(std::string_view code);
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_CAMEO_H_
