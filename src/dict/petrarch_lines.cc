// Shared pieces of the PETRARCH/TABARI dictionary formats.
#include "dict/petrarch_lines.h"

#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

std::string_view CleanLine(std::string_view line) {
  std::string_view s = Trim(line);
  if (s.starts_with("<!")) return {};
  // '#' starts a comment except inside [...], where "###" is a (test) code.
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && depth > 0) --depth;
    if (s[i] == '#' && depth == 0) return Trim(s.substr(0, i));
  }
  return s;
}

void SplitName(std::string_view name, Vocabulary* vocabulary, std::vector<WordId>* words,
               std::vector<bool>* adjacent) {
  words->clear();
  adjacent->clear();
  std::string word;
  bool joined = true;  // how the next word attaches to the previous one
  auto flush = [&](bool next_joined) {
    if (!word.empty()) {
      if (!words->empty()) adjacent->push_back(joined);
      words->push_back(vocabulary->Intern(word));
      word.clear();
      joined = next_joined;
    } else if (!next_joined) {
      joined = false;
    }
  };
  for (char c : name) {
    if (c == '_') {
      flush(true);
    } else if (c == ' ' || c == '\t') {
      flush(false);
    } else {
      word.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
    }
  }
  flush(true);
}

std::string PluralOf(std::string_view noun) {
  std::string s(noun);
  if (s.empty()) return s;
  auto ends = [&](std::string_view suffix) {
    return s.size() >= suffix.size() && s.ends_with(suffix);
  };
  char last = s.back();
  char before = s.size() > 1 ? s[s.size() - 2] : ' ';
  bool vowel_before =
      before == 'A' || before == 'E' || before == 'I' || before == 'O' || before == 'U';
  if (last == 'Y' && !vowel_before) return s.substr(0, s.size() - 1) + "IES";
  if (last == 'S' || last == 'X' || last == 'Z' || ends("CH") || ends("SH")) return s + "ES";
  return s + "S";
}

std::vector<std::string> RegularVerbForms(const std::string& base) {
  std::vector<std::string> forms{base};
  if (base.empty()) return forms;
  char last = base.back();
  char before = base.size() > 1 ? base[base.size() - 2] : 'A';
  bool consonant_y = last == 'Y' && before != 'A' && before != 'E' && before != 'I' &&
                     before != 'O' && before != 'U';
  std::string stem = base.substr(0, base.size() - 1);
  forms.push_back(PluralOf(base));  // third person singular follows the plural rules
  if (last == 'E') {
    forms.push_back(base + "D");
    forms.push_back(base.ends_with("EE") ? base + "ING" : stem + "ING");
  } else if (consonant_y) {
    forms.push_back(stem + "IED");
    forms.push_back(base + "ING");
  } else {
    forms.push_back(base + "ED");
    forms.push_back(base + "ING");
  }
  return forms;
}

std::vector<std::string_view> BracketGroups(std::string_view s) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while ((at = s.find('[', at)) != std::string_view::npos) {
    size_t close = s.find(']', at);
    if (close == std::string_view::npos) break;
    out.push_back(Trim(s.substr(at + 1, close - at - 1)));
    at = close + 1;
  }
  return out;
}

}  // namespace dyad::dict::petrarch
