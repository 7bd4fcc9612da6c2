// The CAMEO event table (data/cameo/cameo_codes.tsv): names, Goldstein weights
// and quad classes for the codes the coder emits.
//
// The file is dyad's own data, so the reader is strict: every line is checked
// and the first bad one fails the load, instead of silently dropping a code
// whose weight later turns up as 0 in an aggregate.
#include "dyad/dict/cameo.h"

#include <charconv>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::dict {

namespace {

constexpr size_t kFieldCount = 4;  // code, goldstein, quad_class, name

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Splits on tabs only: names contain spaces and commas.
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    size_t tab = line.find('\t');
    fields.push_back(Trim(line.substr(0, tab)));
    if (tab == std::string_view::npos) return fields;
    line.remove_prefix(tab + 1);
  }
}

// The whole of `s` as a number; from_chars so that "5.0x" or "" is an error.
template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// Builds one entry from a non-comment line, or says what is wrong with it.
StatusOr<CameoCode> ParseLine(std::string_view line) {
  std::vector<std::string_view> f = SplitTabs(line);
  if (f.size() != kFieldCount) {
    return Status::InvalidInput(
        "expected 4 tab-separated fields (code, goldstein, quad_class, "
        "name), found " +
        std::to_string(f.size()));
  }
  CameoCode entry;
  entry.code = std::string(f[0]);
  int root_class = CameoTable::QuadClassOfRoot(f[0]);
  if (f[0].size() > 4 || root_class == 0) {
    return Status::InvalidInput("bad code " + Quoted(f[0]) +
                                ": expected 2 to 4 digits under a root 01..20");
  }
  // Written as a range test that NaN fails ("nan" is a number to from_chars).
  if (!ParseNumber(f[1], &entry.goldstein) || !(entry.goldstein >= -10 && entry.goldstein <= 10)) {
    return Status::InvalidInput("bad Goldstein weight " + Quoted(f[1]) + " for code " +
                                Quoted(f[0]) + ": expected a number from -10 to 10");
  }
  if (!ParseNumber(f[2], &entry.quad_class) || entry.quad_class != root_class) {
    return Status::InvalidInput("bad quad class " + Quoted(f[2]) + " for code " + Quoted(f[0]) +
                                ": its root " + std::string(f[0].substr(0, 2)) + " has class " +
                                std::to_string(root_class));
  }
  if (f[3].empty()) return Status::InvalidInput("code " + Quoted(f[0]) + " has no name");
  entry.name = std::string(f[3]);
  return entry;
}

}  // namespace

int CameoTable::QuadClassOfRoot(std::string_view code) {
  if (code.size() < 2 || !AllDigits(code)) return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

StatusOr<CameoTable> CameoTable::Parse(std::string_view tsv, std::string_view file_name) {
  CameoTable table;
  std::unordered_map<std::string, int> line_of;  // code -> line it was defined on
  std::vector<std::string> in_order;             // for a deterministic parent error
  Status status;
  auto fail = [&](int line_number, const Status& why) {
    status = why.WithPrefix(std::string(file_name) + ":" + std::to_string(line_number));
  };
  ForEachLine(tsv, [&](std::string_view line, int line_number) {
    if (!status.ok()) return;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') return;
    StatusOr<CameoCode> entry = ParseLine(line);
    if (!entry.ok()) return fail(line_number, entry.status());
    auto [it, inserted] = line_of.emplace(entry->code, line_number);
    if (!inserted) {
      return fail(line_number,
                  Status::InvalidInput("duplicate code " + Quoted(entry->code) +
                                       " (first on line " + std::to_string(it->second) + ")"));
    }
    in_order.push_back(entry->code);
    std::string code = entry->code;
    table.codes_.emplace(std::move(code), std::move(entry).value());
  });
  DYAD_RETURN_IF_ERROR(status);
  if (table.codes_.empty()) {
    return Status::InvalidInput(std::string(file_name) + ": no CAMEO codes");
  }
  // Parents are checked after the whole file is read so that line order is free.
  for (const std::string& code : in_order) {
    if (code.size() <= 2) continue;
    std::string parent = code.substr(0, code.size() - 1);
    if (!table.codes_.contains(parent)) {
      fail(line_of[code], Status::InvalidInput("code " + Quoted(code) + " has no parent " +
                                               Quoted(parent) + " in the table"));
      return status;
    }
  }
  return table;
}

Status CameoTable::AddPlover(std::string_view tsv, std::string_view file_name) {
  Status status;
  ForEachLine(tsv, [&](std::string_view line, int line_number) {
    if (!status.ok()) return;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') return;
    auto where = std::string(file_name) + ":" + std::to_string(line_number);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      status = Status::InvalidInput(where + ": expected code<TAB>type<TAB>mode");
      return;
    }
    std::string code(Trim(line.substr(0, tab)));
    auto it = codes_.find(code);
    if (it == codes_.end()) {
      status = Status::InvalidInput(where + ": " + Quoted(code) + " is not a CAMEO code");
      return;
    }
    std::string_view rest = line.substr(tab + 1);
    size_t tab2 = rest.find('\t');
    it->second.plover_type = std::string(Trim(rest.substr(0, tab2)));
    if (tab2 != std::string_view::npos)
      it->second.plover_mode = std::string(Trim(rest.substr(tab2 + 1)));
  });
  return status;
}

StatusOr<CameoTable> CameoTable::Load(const std::string& data_dir) {
  std::string path = data_dir + "/cameo/cameo_codes.tsv";
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  DYAD_ASSIGN_OR_RETURN(CameoTable table, Parse(text, path));
  std::string plover = data_dir + "/cameo/plover.tsv";
  if (FileExists(plover)) {
    DYAD_ASSIGN_OR_RETURN(std::string plover_text, ReadFile(plover));
    DYAD_RETURN_IF_ERROR(table.AddPlover(plover_text, plover));
  }
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

bool IsForceCode(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

}  // namespace dyad::dict
