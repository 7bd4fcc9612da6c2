// Reads the irregular verb forms of the verb dictionaries' `lemma:` lines
// for dyad_tag_compile. A build-time reader: it allocates freely.
#include "dictionary_forms.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::tag {
namespace {

// "overran", "counter-attacked"; not "a ran", "Ran", "ran.".
bool IsWordForm(std::string_view w) {
  if (w.empty() || w.front() == '-' || w.back() == '-') return false;
  for (char c : w) {
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  }
  return true;
}

// Adds the forms of each "(a; b)" group of a lemma list.
void CollectFromLemmas(std::string_view list, std::vector<std::string>* forms) {
  size_t open = list.find('(');
  while (open != std::string_view::npos) {
    const size_t close = list.find(')', open);
    if (close == std::string_view::npos) return;
    std::string_view group = list.substr(open + 1, close - open - 1);
    while (!group.empty()) {
      const size_t semi = group.find(';');
      std::string_view form = Trim(group.substr(0, semi));
      group = semi == std::string_view::npos ? std::string_view() : group.substr(semi + 1);
      if (IsWordForm(form) && std::find(forms->begin(), forms->end(), form) == forms->end())
        forms->emplace_back(form);
    }
    open = list.find('(', close);
  }
}

}  // namespace

void CollectIrregularForms(std::string_view text, std::vector<std::string>* forms) {
  ForEachLine(text, [&](std::string_view line, int) {
    line = Trim(line);
    if (line.starts_with("lemma:")) CollectFromLemmas(line.substr(6), forms);
  });
}

StatusOr<std::vector<std::string>> ReadIrregularForms(const std::string& dir) {
  std::error_code error;
  std::vector<std::string> paths;
  std::filesystem::directory_iterator it(dir, error), end;
  for (; !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".txt") paths.push_back(it->path().string());
  }
  if (error) return Status::NotFound(dir + ": " + error.message());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> forms;
  for (const std::string& path : paths) {
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    CollectIrregularForms(text, &forms);
  }
  return forms;
}

}  // namespace dyad::tag
