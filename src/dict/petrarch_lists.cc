// Readers for PETRARCH discard and issue dictionaries.
//
// Discards: one phrase a line; "+PHRASE" discards the whole story.
// Issues: "phrase [CODE]" where "n:word" adds the word and its plural,
// "v:word" its verb forms, and "a+b" both "a b" and "a-b"; "~phrase" blocks
// issue coding; "<ISSUE ...>" section lines are skipped.
#include "dict/petrarch_lines.h"
#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

namespace {

// Adds every spelling of `phrase` (space-separated words) to `index`.
void AddPhrase(std::string_view phrase, int entry, Vocabulary* vocabulary, PhraseIndex* index) {
  std::vector<WordId> words;
  for (std::string_view w : SplitWhitespace(phrase))
    words.push_back(vocabulary->Intern(ToUpperAscii(w)));
  index->Add(std::move(words), {}, entry);
}

// Expands the n:/v:/a+b notations of an issue phrase into plain spellings.
std::vector<std::string> IssueSpellings(std::string_view phrase) {
  std::vector<std::string> spellings{""};
  for (std::string_view token : SplitWhitespace(phrase)) {
    std::vector<std::string> variants;
    std::string word = ToUpperAscii(token);
    if (word.starts_with("N:")) {
      word = word.substr(2);
      variants = {word, PluralOf(word)};
    } else if (word.starts_with("V:")) {
      word = word.substr(2);
      variants = {word, PluralOf(word), word + "ED", word + "ING"};
    } else {
      variants = {word};
    }
    std::vector<std::string> expanded;
    for (const std::string& v : variants) {
      size_t plus = v.find('+');
      std::vector<std::string> forms{v};
      if (plus != std::string::npos) {
        std::string spaced = v, hyphened = v;
        spaced[plus] = ' ';
        hyphened[plus] = '-';
        forms = {spaced, hyphened, v.substr(0, plus) + v.substr(plus + 1)};
      }
      for (const std::string& prefix : spellings) {
        for (const std::string& f : forms)
          expanded.push_back(prefix.empty() ? f : prefix + " " + f);
      }
    }
    spellings = std::move(expanded);
  }
  return spellings;
}

}  // namespace

Status ReadDiscards(std::string_view text, const std::string& file, Dictionaries* dicts) {
  SourceRef where{dicts->diagnostics.AddFile(file), 0};
  ForEachLine(text, [&](std::string_view line, int number) {
    where.line = number;
    std::string_view s = CleanLine(line);
    if (s.empty()) return;
    Discard d{"", s[0] == '+', where};
    d.phrase = ToUpperAscii(Trim(d.whole_story ? s.substr(1) : s));
    if (d.phrase.empty()) return dicts->diagnostics.Warn(where, "empty discard phrase");
    int entry = static_cast<int>(dicts->discards.entries.size());
    AddPhrase(d.phrase, entry, &dicts->vocabulary, &dicts->discards.phrases);
    dicts->discards.entries.push_back(std::move(d));
  });
  return Status::Ok();
}

Status ReadIssues(std::string_view text, const std::string& file, Dictionaries* dicts) {
  SourceRef where{dicts->diagnostics.AddFile(file), 0};
  ForEachLine(text, [&](std::string_view line, int number) {
    where.line = number;
    std::string_view s = CleanLine(line);
    if (s.empty() || s[0] == '<') return;
    Issue issue{"", "", s[0] == '~', where};
    std::string_view body = issue.blocks ? s.substr(1) : s;
    std::vector<std::string_view> codes = BracketGroups(body);
    if (!issue.blocks && codes.size() != 1)
      return dicts->diagnostics.Warn(where, "issue needs one [CODE]");
    if (!issue.blocks) issue.code = std::string(codes[0]);
    issue.phrase = std::string(Trim(body.substr(0, body.find('['))));
    if (issue.phrase.empty()) return dicts->diagnostics.Warn(where, "empty issue phrase");
    int entry = static_cast<int>(dicts->issues.entries.size());
    for (const std::string& spelling : IssueSpellings(issue.phrase)) {
      AddPhrase(spelling, entry, &dicts->vocabulary, &dicts->issues.phrases);
    }
    dicts->issues.entries.push_back(std::move(issue));
  });
  return Status::Ok();
}

}  // namespace dyad::dict::petrarch
