// `dyad code`: read PETRARCH XML records, code each sentence, write events.
// Bad records go to the rejects output with file, line and reason; the run
// goes on, and the summary's counts add up (coded + discarded + rejected).
#include "cli/code_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/dictionary_choice.h"
#include "dyad/base/file.h"
#include "dyad/code/coder.h"
#include "dyad/dict/cameo.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/io/event_writer.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/tree.h"

namespace dyad::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != stdout && f != stderr) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// "AFP0808020625_4" -> "AFP0808020625"; "DEMO-01" -> "DEMO".
std::string_view StoryOf(std::string_view sentence_id) {
  size_t cut = sentence_id.rfind('_');
  if (cut == std::string_view::npos) cut = sentence_id.rfind('-');
  return cut == std::string_view::npos || cut == 0 ? sentence_id : sentence_id.substr(0, cut);
}

struct Counts {
  long files = 0, stories = 0, sentences = 0, discarded = 0, rejected = 0;
};

class CodeRun {
 public:
  CodeRun(const CodeFlags& flags, const dict::Dictionaries& dicts, io::EventWriter* writer,
          std::FILE* rejects)
      : flags_(flags), coder_(dicts, code::CoderOptions{}), writer_(writer), rejects_(rejects) {}

  void CodeFile(const std::string& path);
  void Finish();
  const Counts& counts() const { return counts_; }

 private:
  void Reject(const std::string& file, int line, const std::string& id, const std::string& reason);
  void CodeRecord(const std::string& path, const io::Record& record);
  void Progress();

  const CodeFlags& flags_;
  code::Coder coder_;
  io::EventWriter* writer_;
  std::FILE* rejects_;
  parse::Tree tree_;
  code::SentenceResult result_;
  std::string story_;
  bool in_story_ = false, story_discarded_ = false;
  Counts counts_;
  Clock::time_point start_ = Clock::now(), last_progress_ = start_;
};

void CodeRun::Reject(const std::string& file, int line, const std::string& id,
                     const std::string& reason) {
  io::Reject r{file, line, id, reason};
  std::fprintf(rejects_, "%s\n", r.ToString().c_str());
  ++counts_.rejected;
}

void CodeRun::Progress() {
  if (!isatty(2)) return;
  auto now = Clock::now();
  if (now - last_progress_ < std::chrono::seconds(1)) return;
  last_progress_ = now;
  std::fprintf(stderr, "\rdyad code: %ld sentences, %ld events ...", counts_.sentences,
               writer_->events_written());
}

void CodeRun::CodeRecord(const std::string& path, const io::Record& record) {
  std::string_view story = StoryOf(record.id);
  if (!in_story_ || story != story_) {
    if (in_story_) writer_->EndStory();
    story_ = story;
    in_story_ = true;
    story_discarded_ = false;
    writer_->BeginStory(story_);
    ++counts_.stories;
  }
  ++counts_.sentences;
  if (record.parse.empty())
    return Reject(path, record.line, record.id,
                  "no <Parse> tree (dyad code --in petrarch codes parsed sentences)");
  Status s = parse::ReadTree(record.parse, &tree_);
  if (!s.ok()) return Reject(path, record.line, record.id, "bad <Parse> tree: " + s.message());
  if (story_discarded_) {
    ++counts_.discarded;
    return;
  }
  coder_.CodeSentence(tree_, record.date, &result_);
  if (result_.discarded) {
    ++counts_.discarded;
    story_discarded_ = result_.discard_story;
  }
  std::string view = flags_.out_format == "explain" ? coder_.DescribeLastSentence() : std::string();
  std::string tree_text = flags_.out_format == "explain" ? tree_.ToString() : std::string();
  io::SentenceContext context{story_,      record.id, record.date, record.source,
                              record.text, tree_text, view};
  writer_->WriteSentence(context, result_);
  Progress();
}

void CodeRun::CodeFile(const std::string& path) {
  ++counts_.files;
  auto text = ReadFile(path);
  if (!text.ok()) return Reject(path, 0, "", text.status().message());
  auto file = io::ReadPetrarchXml(*text, path == "-" ? "<stdin>" : path);
  if (!file.ok()) return Reject(path, 0, "", file.status().message());
  for (const io::Reject& r : file->rejects) Reject(r.file, r.line, r.id, r.reason);
  for (const auto& c : file->environment.config) {
    Status s = coder_.options().Set(c.option, c.value);
    if (!s.ok()) Reject(path, 0, "", "<Config>: " + s.message());
  }
  for (const io::Record& record : file->records) {
    for (const auto& c : record.config) {
      Status s = coder_.options().Set(c.option, c.value);
      if (!s.ok()) Reject(path, record.line, record.id, "<Config>: " + s.message());
    }
    if (!record.is_sentence) continue;
    if (!flags_.only_id.empty() && record.id != flags_.only_id) continue;
    CodeRecord(path, record);
  }
}

void CodeRun::Finish() {
  if (in_story_) writer_->EndStory();
  double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  if (isatty(2) && seconds >= 1) std::fputc('\n', stderr);
  std::fprintf(stderr,
               "dyad code: %ld files, %ld stories, %ld sentences (%ld discarded, %ld rejected), "
               "%ld events, %.3f s\n",
               counts_.files, counts_.stories, counts_.sentences, counts_.discarded,
               counts_.rejected, writer_->events_written(), seconds);
}

StatusOr<FilePtr> OpenOutput(const std::string& path, std::FILE* fallback) {
  if (path.empty() || path == "-") return FilePtr(fallback);
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (f == nullptr) return Status::IoError(path + ": cannot open for writing");
  return FilePtr(f);
}

// The --dictionaries folder, or else the dictionaries that the first input's
// <Environment> names (validation files carry one).
StatusOr<std::unique_ptr<dict::Dictionaries>> LoadFor(const std::string& first_input,
                                                      const std::string& spec) {
  io::Environment env;
  if (spec.empty() && first_input != "-") {
    auto text = ReadFile(first_input);
    if (!text.ok()) return text.status();
    auto file = io::ReadPetrarchXml(*text, first_input);
    if (file.ok()) env = file->environment;
  }
  if (spec.empty() && !env.present) {
    return Status::InvalidInput(
        "give --dictionaries petrarch:DIR (a folder of PETRARCH dictionaries)");
  }
  return ChooseDictionaries(first_input, env, spec);
}

}  // namespace

int RunCode(const CodeFlags& flags) {
  if (flags.in_format != "petrarch") {
    std::fprintf(stderr, "dyad code: --in %s is not supported yet (use --in petrarch)\n",
                 flags.in_format.c_str());
    return 2;
  }
  std::vector<std::string> inputs =
      flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  auto dicts = LoadFor(inputs.front(), flags.dictionaries);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad code: %s\n", dicts.status().message().c_str());
    return 2;
  }
  ReportDictionaryWarnings(**dicts, flags.dictionary_warnings);
  auto cameo = dict::CameoTable::Load(flags.data_dir);
  if (!cameo.ok())
    std::fprintf(stderr, "warning: %s (no Goldstein weights)\n", cameo.status().message().c_str());
  auto out = OpenOutput(flags.output, stdout);
  std::string rejects_path =
      flags.rejects.empty() && !flags.output.empty() ? flags.output + ".rejects" : flags.rejects;
  auto rejects = OpenOutput(rejects_path, stderr);
  if (!out.ok() || !rejects.ok()) {
    std::fprintf(stderr, "dyad code: %s\n",
                 (!out.ok() ? out.status() : rejects.status()).message().c_str());
    return 2;
  }
  std::unique_ptr<io::EventWriter> writer;
  if (flags.out_format == "jsonl")
    writer = io::MakeJsonLinesWriter(out->get(), cameo.ok() ? &*cameo : nullptr);
  if (flags.out_format == "petrarch") writer = io::MakePetrarchWriter(out->get());
  if (flags.out_format == "explain") writer = io::MakeExplanationWriter(out->get());
  if (!writer) {
    std::fprintf(stderr, "dyad code: unknown --out %s (jsonl, petrarch, explain)\n",
                 flags.out_format.c_str());
    return 2;
  }
  CodeRun run(flags, **dicts, writer.get(), rejects->get());
  for (const std::string& input : inputs) run.CodeFile(input);
  run.Finish();
  return run.counts().rejected > 0 ? 1 : 0;
}

}  // namespace dyad::cli
