// Readers for PETRARCH discard and issue dictionaries.
//
// Discards: one phrase a line; "+PHRASE" discards the whole story.
// Issues: "phrase [CODE]" where "n:word" adds the word and its plural,
// "v:word" its verb forms, and "a+b" "a b", "a-b" and "ab"; "~phrase" (or
// "~~phrase") blocks issue coding; "<ISSUE ...>" section lines are skipped.
// In both, '_' joins words like a space.
#include <algorithm>

#include "dict/petrarch_lines.h"
#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

namespace {

// Upper bound on the spellings of one issue phrase: each "a+b" triples them,
// each "v:" quadruples them.
constexpr size_t kMaxSpellings = 4096;

// Adds `phrase` to `index`. Words are separated by spaces or '_' and must be
// adjacent; a trailing '_' ("GROUP A_") only says the word ends there, which
// whole-word matching already ensures. False if it has no words.
bool AddPhrase(std::string_view phrase, int entry, Vocabulary* vocabulary, PhraseIndex* index) {
  std::string upper = ToUpperAscii(phrase);
  std::replace(upper.begin(), upper.end(), '_', ' ');
  std::vector<WordId> words;
  for (std::string_view w : SplitWhitespace(upper)) words.push_back(vocabulary->Intern(w));
  return index->Add(std::move(words), {}, entry);
}

// Appends each of `choices` to each of `spellings`; false if that would make
// more than kMaxSpellings.
bool Extend(const std::vector<std::string>& choices, std::vector<std::string>* spellings) {
  if (spellings->size() * choices.size() > kMaxSpellings) return false;
  std::vector<std::string> out;
  out.reserve(spellings->size() * choices.size());
  for (const std::string& s : *spellings) {
    for (const std::string& c : choices) out.push_back(s + c);
  }
  *spellings = std::move(out);
  return true;
}

// Splits an issue token at its '+'s into upper-case parts, taking out the
// "n:"/"v:" markers, which may start any part ("pre+n:school", "v:pick+pocket");
// `*inflect` becomes 'N', 'V' or 0.
std::vector<std::string> TokenParts(std::string_view token, char* inflect) {
  std::vector<std::string> parts;
  *inflect = 0;
  std::string upper = ToUpperAscii(token);
  size_t start = 0;
  while (true) {
    size_t plus = upper.find('+', start);
    std::string part = upper.substr(start, plus == std::string::npos ? plus : plus - start);
    if (part.starts_with("N:") || part.starts_with("V:")) {
      *inflect = part[0];
      part.erase(0, 2);
    }
    if (!part.empty()) parts.push_back(std::move(part));
    if (plus == std::string::npos) return parts;
    start = plus + 1;
  }
}

// Expands the notations of an issue phrase into plain spellings: parts joined
// by '+' are written apart, hyphenated and closed up; a marked token's last
// part takes its plural (n:) or regular verb forms (v:). False if there would
// be more than kMaxSpellings.
bool IssueSpellings(std::string_view phrase, std::vector<std::string>* spellings) {
  *spellings = {""};
  for (std::string_view token : SplitWhitespace(phrase)) {
    char inflect;
    std::vector<std::string> parts = TokenParts(token, &inflect);
    for (size_t i = 0; i < parts.size(); ++i) {
      std::vector<std::string> joins{" "};
      if (i > 0) joins = {" ", "-", ""};
      std::vector<std::string> choices{parts[i]};
      if (i + 1 == parts.size() && inflect == 'N') choices.push_back(PluralOf(parts[i]));
      if (i + 1 == parts.size() && inflect == 'V') choices = RegularVerbForms(parts[i]);
      if (!Extend(joins, spellings) || !Extend(choices, spellings)) return false;
    }
  }
  return true;
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
    int entry = static_cast<int>(dicts->discards.entries.size());
    if (!AddPhrase(d.phrase, entry, &dicts->vocabulary, &dicts->discards.phrases))
      return dicts->diagnostics.Warn(where, "empty discard phrase");
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
    size_t tildes = s.find_first_not_of('~');
    std::string_view body = tildes == std::string_view::npos ? "" : s.substr(tildes);
    std::vector<std::string_view> codes = BracketGroups(body);
    if (!issue.blocks && (codes.size() != 1 || codes[0].empty()))
      return dicts->diagnostics.Warn(where, "issue needs one [CODE]");
    if (!issue.blocks) issue.code = std::string(codes[0]);
    issue.phrase = std::string(Trim(body.substr(0, body.find('['))));
    if (issue.phrase.empty()) return dicts->diagnostics.Warn(where, "empty issue phrase");
    std::vector<std::string> spellings;
    if (!IssueSpellings(issue.phrase, &spellings)) {
      return dicts->diagnostics.Warn(
          where, "issue phrase has more than " + std::to_string(kMaxSpellings) + " spellings");
    }
    int entry = static_cast<int>(dicts->issues.entries.size());
    bool added = false;
    for (const std::string& spelling : spellings) {
      added |= AddPhrase(spelling, entry, &dicts->vocabulary, &dicts->issues.phrases);
    }
    if (!added) return dicts->diagnostics.Warn(where, "empty issue phrase");
    dicts->issues.entries.push_back(std::move(issue));
  });
  return Status::Ok();
}

}  // namespace dyad::dict::petrarch
