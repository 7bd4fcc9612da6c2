// Unknown-word classification. Bytes of UTF-8 sequences count as lower-case
// letters: a word in another script is a word, not a symbol.
#include "word_class.h"

namespace dyad::tag {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) {
  return IsUpper(c) || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}
bool IsWordChar(char c) { return IsLetter(c) || IsDigit(c) || c == '_'; }

// "-"? then digits with . , / : - inside, ending in a digit ("3.5", "1,000",
// "1990-91", "-2", ".5").
bool IsNumber(std::string_view w) {
  if (w.starts_with('-')) w.remove_prefix(1);
  if (w.empty() || !IsDigit(w.back())) return false;
  if (!IsDigit(w[0]) && !(w[0] == '.' && w.size() > 1)) return false;
  for (char c : w) {
    if (!IsDigit(c) && c != '.' && c != ',' && c != '/' && c != ':' && c != '-') return false;
  }
  return true;
}

// Digits followed by word characters ("20th", "1990s", "-3rd").
bool IsOrdinal(std::string_view w) {
  if (w.starts_with('-')) w.remove_prefix(1);
  if (w.empty() || !IsDigit(w[0])) return false;
  for (char c : w) {
    if (!IsWordChar(c)) return false;
  }
  return true;
}

bool IsAbbreviation(std::string_view w) {
  if (w.empty() || !IsUpper(w[0])) return false;
  for (char c : w) {
    if (!IsUpper(c) && c != '.' && c != '-') return false;
  }
  return true;
}

bool IsHyphenated(std::string_view w) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] == '-' && IsWordChar(w[i - 1]) && IsWordChar(w[i + 1])) return true;
  }
  return false;
}

bool HasAdjectiveSuffix(std::string_view w, const Model& model) {
  const std::string_view suffix = w.substr(w.rfind('-') + 1);
  const int jj = model.TagId("JJ");
  if (suffix.empty() || jj < 0) return false;
  for (const Candidate& c : model.Lookup(suffix)) {
    if (c.tag == jj) return true;
  }
  return false;
}

bool IsSymbol(std::string_view w) {
  for (char c : w) {
    if (IsWordChar(c)) return false;
  }
  return true;
}

}  // namespace

std::string_view BracketKey(std::string_view word) {
  if (word == "-LRB-" || word == "-LSB-") return "*LRB*";
  if (word == "-RRB-" || word == "-RSB-") return "*RRB*";
  if (word == "-LCB-") return "*LCB*";
  if (word == "-RCB-") return "*RCB*";
  return {};
}

std::string_view UnknownWordClass(std::string_view w, const Model& model) {
  if (w.find_first_of("({[") != std::string_view::npos) return "*LRB*";
  if (w.find_first_of(")}]") != std::string_view::npos) return "*RRB*";
  if (IsNumber(w)) return "*NUM*";
  if (IsOrdinal(w)) return "*ORD*";
  if (IsAbbreviation(w)) return "-abr-";
  if (IsHyphenated(w)) return HasAdjectiveSuffix(w, model) ? "-hyp-adj-" : "-hyp-";
  if (IsSymbol(w)) return "-sym-";
  if (IsUpper(w[0])) return "-cap-";
  if (w.ends_with("ing")) return "-ing-";
  if (w.ends_with("s")) return "-s-";
  if (w.ends_with("tion")) return "-tion-";
  if (w.ends_with("ly")) return "-ly-";
  if (w.ends_with("ed")) return "-ed-";
  return "-unknown-";
}

}  // namespace dyad::tag
