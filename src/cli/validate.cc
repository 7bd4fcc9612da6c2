// `dyad validate` (see validate.h). The rule: a record passes when the
// multiset of coded (source, target, code) triples equals the expected one;
// a record expecting no events passes when nothing is coded.
#include "cli/validate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>
#include <tuple>

#include "cli/dictionary_choice.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/fast_parser.h"
#include "dyad/parse/text_parser.h"
#include "dyad/parse/tree.h"

namespace dyad::cli {

namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

StatusOr<std::set<std::string>> ReadIdList(const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  std::set<std::string> ids;
  ForEachLine(text, [&](std::string_view line, int) {
    std::string_view s = Trim(line.substr(0, line.find('#')));
    if (!s.empty()) ids.emplace(s);
  });
  return ids;
}

std::string Describe(std::vector<Triple> triples) {
  if (triples.empty()) return "(none)";
  std::sort(triples.begin(), triples.end());
  std::string out;
  for (const auto& [s, t, c] : triples) {
    if (!out.empty()) out += ' ';
    out += s + "|" + t + "|" + c;
  }
  return out;
}

// --gold-tokens: the gold tree's words and tags parsed again with the fast
// parser, to measure the parser apart from the tokenizer and tagger.
class GoldTokenReparser {
 public:
  const parse::Tree& Reparse(const parse::Tree& gold) {
    words_.clear();
    tags_.clear();
    for (const parse::Node& n : gold.nodes()) {
      if (n.is_preterminal() && !n.word.empty()) {
        words_.push_back(n.word);
        tags_.push_back(n.label);
      }
    }
    parser_.Parse(words_, tags_, &tree_);
    return tree_;
  }

 private:
  parse::FastParser parser_;
  std::vector<std::string_view> words_, tags_;
  parse::Tree tree_;
};

struct Tally {
  int passed = 0, failed = 0, rejected = 0;
  std::vector<std::string> regressions;
};

// The events coded for one record, and the coder's view of it for --explain.
// With `text_parser`, the record's <Text> is parsed (all its sentences);
// otherwise its gold <Parse>, re-parsed from its tokens with --gold-tokens.
std::vector<Triple> CodeRecord(const io::Record& record, code::Coder& coder, parse::Tree& tree,
                               parse::TextParser* text_parser, const ValidateFlags& flags,
                               Tally* tally, std::string* explanation) {
  std::vector<Triple> got;
  code::SentenceResult result;
  auto code = [&](const parse::Tree& t) {
    coder.CodeSentence(t, record.date, &result);
    for (const auto& e : result.events) got.emplace_back(e.source, e.target, e.code);
    if (flags.explain) *explanation += "     " + coder.DescribeLastSentence() + "\n";
  };
  if (text_parser != nullptr) {  // the record's text, read as one sentence
    const parse::ParsedSegment& p = text_parser->ParseSentence(record.text);
    if (!p.codable()) return got;
    code(p.tree);
    if (flags.explain) *explanation += "     " + p.tree.ToString() + "\n";
    return got;
  }
  Status parsed = parse::ReadTree(record.parse, &tree);
  if (!parsed.ok()) {
    // A record whose tree cannot be read codes nothing: it passes only if it
    // expects nothing (the suite's ERROR records test exactly that).
    std::fprintf(stderr, "%s:%d: record %s: bad parse tree: %s\n", flags.file.c_str(), record.line,
                 record.id.c_str(), parsed.message().c_str());
    ++tally->rejected;
    return got;
  }
  if (!flags.gold_tokens) {
    code(tree);
    return got;
  }
  static GoldTokenReparser reparser;  // one per process: validate codes one file
  const parse::Tree& reparsed = reparser.Reparse(tree);
  code(reparsed);
  if (flags.explain) *explanation += "     " + reparsed.ToString() + "\n";
  return got;
}

void ValidateRecord(const io::Record& record, code::Coder& coder, parse::Tree& tree,
                    parse::TextParser* text_parser, const ValidateFlags& flags,
                    const std::set<std::string>& must_pass, Tally* tally) {
  std::vector<Triple> expected;
  for (const auto& e : record.expected) expected.emplace_back(e.source, e.target, e.code);
  std::string explanation;
  std::vector<Triple> got =
      CodeRecord(record, coder, tree, text_parser, flags, tally, &explanation);
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  if (expected == got) {
    ++tally->passed;
    if (flags.verbose) std::printf("PASS %s\n", record.id.c_str());
    return;
  }
  ++tally->failed;
  if (must_pass.count(record.id)) tally->regressions.push_back(record.id);
  std::printf("FAIL %s [%s] expected: %s got: %s\n%s", record.id.c_str(), record.category.c_str(),
              Describe(expected).c_str(), Describe(got).c_str(), explanation.c_str());
}

}  // namespace

int RunValidate(const ValidateFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  auto xml = ReadFile(flags.file);
  if (!xml.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", xml.status().message().c_str());
    return 2;
  }
  auto file = io::ReadPetrarchXml(*xml, flags.file);
  if (!file.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", file.status().message().c_str());
    return 2;
  }
  const io::Environment& env = file->environment;
  auto dicts = ChooseDictionaries(flags.file, env, flags.dictionaries);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", dicts.status().message().c_str());
    return 2;
  }
  ReportDictionaryWarnings(**dicts, flags.dictionary_warnings);
  std::set<std::string> must_pass;
  if (!flags.expect_pass.empty()) {
    auto ids = ReadIdList(flags.expect_pass);
    if (!ids.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", ids.status().message().c_str());
      return 2;
    }
    must_pass = std::move(ids).value();
  }
  code::CoderOptions options;
  for (const auto& c : env.config) {
    Status s = options.Set(c.option, c.value);
    if (!s.ok())
      std::fprintf(stderr, "%s: <Environment>: %s\n", flags.file.c_str(), s.message().c_str());
  }
  code::Coder coder(**dicts, options);
  parse::Tree tree;
  std::unique_ptr<parse::TextParser> text_parser;
  if (!flags.parser.empty()) {
    auto created = parse::TextParser::Create(flags.tagger_model, flags.parser);
    if (!created.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", created.status().message().c_str());
      return 2;
    }
    text_parser = std::move(created).value();
  }
  Tally tally;
  for (const io::Reject& r : file->rejects) {
    std::fprintf(stderr, "%s\n", r.ToString().c_str());
    ++tally.rejected;
  }
  for (const io::Record& record : file->records) {
    for (const auto& c : record.config) {
      Status s = coder.options().Set(c.option, c.value);
      if (!s.ok())
        std::fprintf(stderr, "%s:%d: <Config>: %s\n", flags.file.c_str(), record.line,
                     s.message().c_str());
    }
    if (!record.is_sentence) continue;
    ValidateRecord(record, coder, tree, text_parser.get(), flags, must_pass, &tally);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "dyad validate: %d records, %d rejected, %.3f s\n",
               tally.passed + tally.failed, tally.rejected, seconds);
  for (const auto& id : tally.regressions)
    std::printf("REGRESSION %s is listed in %s but failed\n", id.c_str(),
                flags.expect_pass.c_str());
  std::printf("%d passed, %d failed\n", tally.passed, tally.failed);
  if (!tally.regressions.empty()) return 1;
  return (tally.failed == 0 || flags.allow_failures) ? 0 : 1;
}

}  // namespace dyad::cli
