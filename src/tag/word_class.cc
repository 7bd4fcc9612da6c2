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

// "al-Mabhouh", "el-Sisi", "ash-Shara": an Arabic article joined to a
// capitalised name is a part of a person's or a place's name, not a
// hyphenated common word.
bool IsArticledName(std::string_view w) {
  for (std::string_view article :
       {"al-", "el-", "as-", "ash-", "ad-", "ar-", "az-", "at-", "an-"}) {
    if (w.size() > article.size() + 1 && w.starts_with(article) && IsUpper(w[article.size()]))
      return true;
  }
  return false;
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
  if (IsArticledName(w)) return "-cap-";
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

namespace {

// The index in `w` of the British "s" of -ise/-yse before one of its
// inflections ("e", "es", "ed", "ing", "ation", "ations", "er", "ers"), or npos.
size_t BritishZ(std::string_view w) {
  for (std::string_view tail : {"e", "es", "ed", "ing", "ation", "ations", "er", "ers"}) {
    if (w.size() < tail.size() + 4 || !w.ends_with(tail)) continue;
    const size_t s = w.size() - tail.size() - 1;
    if (w[s] == 's' && (w[s - 1] == 'i' || w[s - 1] == 'y')) return s;
  }
  return std::string_view::npos;
}

// The index of the "u" of a British -our before one of its inflections
// ("", "s", "ed", "ing", "able", "ite", "ites"), or npos.
size_t BritishOur(std::string_view w) {
  for (std::string_view tail : {"", "s", "ed", "ing", "able", "ite", "ites"}) {
    if (w.size() < tail.size() + 5 || !w.ends_with(tail)) continue;
    const size_t r = w.size() - tail.size() - 1;
    if (w.substr(r - 2, 3) == "our") return r - 1;
  }
  return std::string_view::npos;
}

// The index of the second l of a vowel's doubled l before -ed, -ing, -er
// ("travelled", "cancelling"), or npos.
size_t BritishDoubleL(std::string_view w) {
  for (std::string_view tail : {"ed", "ing", "er", "ers"}) {
    if (w.size() < tail.size() + 5 || !w.ends_with(tail)) continue;
    const size_t l = w.size() - tail.size() - 1;
    const char v = w[l - 2];
    if (w[l] == 'l' && w[l - 1] == 'l' && (v == 'e' || v == 'a' || v == 'o' || v == 'i')) return l;
  }
  return std::string_view::npos;
}

}  // namespace

bool AmericanSpelling(std::string_view w, std::string* out) {
  out->assign(w);
  if (size_t z = BritishZ(w); z != std::string_view::npos) {
    (*out)[z] = 'z';
  } else if (size_t u = BritishOur(w); u != std::string_view::npos) {
    out->erase(u, 1);
  } else if (size_t l = BritishDoubleL(w); l != std::string_view::npos) {
    out->erase(l, 1);
  } else if (w.size() >= 5 && (w.ends_with("tre") || w.ends_with("tres") || w.ends_with("tred"))) {
    const size_t t = w.rfind("tre");
    (*out)[t + 1] = 'e';
    (*out)[t + 2] = 'r';
  } else if (w.size() >= 6 && w.ends_with("ence")) {
    (*out)[w.size() - 2] = 's';
  } else {
    return false;
  }
  return true;
}

}  // namespace dyad::tag
