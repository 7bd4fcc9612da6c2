// `dyad code`: read PETRARCH XML records, code each sentence, write events.
// Bad records go to the rejects output with file, line and reason; the run
// goes on, and the summary's counts add up (coded + discarded + rejected).
// Input is streamed: each record is coded as it is read, so memory does not
// grow with the size of the input.
#include "cli/code_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

#include "cli/dictionary_choice.h"
#include "cli/gazetteer_choice.h"
#include "dyad/base/file.h"
#include "dyad/code/coder.h"
#include "dyad/dict/cameo.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/article.h"
#include "dyad/doc/gazetteer.h"
#include "dyad/io/event_writer.h"
#include "dyad/io/gdelt_writer.h"
#include "dyad/io/jsonl_reader.h"
#include "dyad/io/petrarch_xml.h"
#include "dyad/parse/text_parser.h"
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
  // Every record ends coded, discarded or rejected: the three add up.
  long files = 0, stories = 0, coded = 0, discarded = 0, rejected = 0;
  long not_sentences = 0;  // headings, datelines, URLs, tweet attributions (--in text)
};

// Codes the records of each input file as the reader hands them over.
class CodeRun : public io::PetrarchXmlHandler {
 public:
  CodeRun(const CodeFlags& flags, const dict::Dictionaries& dicts, io::EventWriter* writer,
          std::FILE* rejects, parse::TextParser* text_parser, Date text_date,
          const doc::Gazetteer* gazetteer)
      : flags_(flags),
        coder_(dicts, code::CoderOptions{}),
        writer_(writer),
        rejects_(rejects),
        text_parser_(text_parser),
        text_date_(text_date) {
    if (text_parser != nullptr && flags.in_format != "petrarch") {
      article_ = std::make_unique<doc::ArticleCoder>(
          dicts, text_parser, gazetteer, code::CoderOptions{},
          doc::ArticleOptions{.all_modalities = flags.all_modalities,
                              .all_mentions = flags.all_mentions,
                              .describe_sentences = flags.out_format == "explain"});
    }
  }

  void CodeFile(const std::string& path);
  void CodeArticle(const std::string& path);
  void CodeJsonLines(const std::string& path);
  void CodeText(const std::string& story, Date date, std::string_view source,
                std::string_view text);
  void CodeSentences(Date date, std::string_view source, std::string_view text);
  void CodeSentenceBatch();
  void CodeSentence(const parse::ParsedSegment& p, Date date, std::string_view source,
                    std::string_view text, int* n);
  void Finish();
  const Counts& counts() const { return counts_; }

  void OnEnvironment(const io::Environment& env) override;
  void OnRecord(io::Record&& record) override;
  void OnReject(io::Reject&& reject) override;

 private:
  void Reject(const std::string& file, int line, const std::string& id, const std::string& reason);
  void CodeRecord(const std::string& path, const io::Record& record);
  void AddToBatch(io::Article&& article);
  void CodeBatch();
  void CodeParsedArticle(size_t i);
  void WriteArticleSentence(const doc::CodedSentence& s, std::string_view source);
  void ReportStoryDate(const std::string& story, Date date, doc::StoryDate used);
  void StartStory(std::string_view story);
  void CodeTree(const parse::Tree& tree, const io::SentenceContext& context);
  void Progress();

  const CodeFlags& flags_;
  std::string path_;                    // the file being coded
  size_t environment_options_set_ = 0;  // of its <Environment>'s <Config> options
  code::Coder coder_;
  io::EventWriter* writer_;
  std::FILE* rejects_;
  parse::Tree tree_;
  code::SentenceResult result_;
  std::string story_;
  bool in_story_ = false, story_discarded_ = false;
  parse::TextParser* text_parser_;              // --in text and jsonl
  std::unique_ptr<doc::ArticleCoder> article_;  // --in text and jsonl
  Date text_date_;
  // --in jsonl: articles read but not yet coded. The whole batch is parsed
  // before any is coded (parse::ParsedBatch).
  std::vector<io::Article> pending_;
  size_t pending_bytes_ = 0;
  std::vector<doc::ArticleText> batch_;
  parse::ParsedBatch sentence_batch_;  // --sentences-only
  std::vector<std::string_view> batch_texts_;
  Counts counts_;
  Clock::time_point start_ = Clock::now(), last_progress_ = start_;
  const bool progress_to_terminal_ = isatty(2) != 0;  // asked once, not per record
};

void CodeRun::Reject(const std::string& file, int line, const std::string& id,
                     const std::string& reason) {
  io::Reject r{file == "-" ? "<stdin>" : file, line, id, reason};
  // A whole-file problem's message names the file already ("x.xml: no such file").
  bool named = line == 0 && id.empty() && reason.starts_with(r.file + ":");
  std::fprintf(rejects_, "%s\n", named ? reason.c_str() : r.ToString().c_str());
  ++counts_.rejected;
}

void CodeRun::Progress() {
  if (!progress_to_terminal_) return;
  auto now = Clock::now();
  if (now - last_progress_ < std::chrono::seconds(1)) return;
  last_progress_ = now;
  std::fprintf(stderr, "\rdyad code: %ld sentences coded, %ld events ...", counts_.coded,
               writer_->events_written());
}

void CodeRun::StartStory(std::string_view story) {
  if (in_story_ && story == story_) return;
  if (in_story_) writer_->EndStory();
  story_ = story;
  in_story_ = true;
  story_discarded_ = false;
  writer_->BeginStory(story_);
  ++counts_.stories;
}

// Codes one sentence's tree and writes its events.
void CodeRun::CodeTree(const parse::Tree& tree, const io::SentenceContext& context) {
  if (story_discarded_) {
    ++counts_.discarded;
    return;
  }
  coder_.CodeSentence(tree, context.date, &result_);
  if (result_.discarded) {
    ++counts_.discarded;
    story_discarded_ = result_.discard_story;
  } else {
    ++counts_.coded;
  }
  io::SentenceContext c = context;
  std::string view, tree_text;
  if (flags_.out_format == "explain") {
    view = coder_.DescribeLastSentence();
    tree_text = tree.ToString();
    c.coder_view = view;
    c.tree = tree_text;
  }
  writer_->WriteSentence(c, result_);
  Progress();
}

void CodeRun::CodeRecord(const std::string& path, const io::Record& record) {
  StartStory(StoryOf(record.id));
  if (text_parser_ != nullptr) {  // --parser: the record's text (one sentence), not its tree
    const parse::ParsedSegment& p = text_parser_->ParseSentence(record.text);
    if (!p.codable()) return Reject(path, record.line, record.id, "no words in <Text>");
    return CodeTree(
        p.tree,
        io::SentenceContext{story_, record.id, record.date, record.source, record.text, {}, {}});
  }
  if (record.parse.empty())
    return Reject(path, record.line, record.id,
                  "no <Parse> tree (dyad code --in petrarch codes parsed sentences)");
  Status s = parse::ReadTree(record.parse, &tree_);
  if (!s.ok()) return Reject(path, record.line, record.id, "bad <Parse> tree: " + s.message());
  CodeTree(tree_,
           io::SentenceContext{story_, record.id, record.date, record.source, record.text, {}, {}});
}

// --in text: the file is one article; its story id is the file's name
// without folders and extension.
void CodeRun::CodeArticle(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return Reject(path, 0, "", text.status().message());
  std::string story = path == "-" ? "stdin" : path.substr(path.rfind('/') + 1);
  CodeText(story.substr(0, story.find('.')), text_date_, {}, *text);
}

// --in jsonl: one article per line. The article coder takes them in batches;
// a reject is reported after the articles before it are coded.
void CodeRun::CodeJsonLines(const std::string& path) {
  std::string name = path == "-" ? "<stdin>" : path;
  Status s = io::ReadJsonLines(
      path, name, [&](io::Article&& a) { AddToBatch(std::move(a)); },
      [&](io::Reject&& r) {
        CodeBatch();
        Reject(r.file, r.line, r.id, r.reason);
      });
  CodeBatch();
  if (!s.ok()) Reject(path, 0, "", s.message());
}

// A batch of 512 articles or 512 KB of text: the front end's and the
// coder's working sets each stay hot over many sentences, in bounded memory.
constexpr size_t kBatchArticles = 512;
constexpr size_t kBatchBytes = 512 * 1024;

void CodeRun::AddToBatch(io::Article&& article) {
  pending_bytes_ += article.text.size();
  pending_.push_back(std::move(article));
  if (pending_.size() >= kBatchArticles || pending_bytes_ >= kBatchBytes) CodeBatch();
}

void CodeRun::CodeBatch() {
  if (pending_.empty()) return;
  if (flags_.sentences_only) return CodeSentenceBatch();
  batch_.clear();
  for (const io::Article& a : pending_)
    batch_.push_back(doc::ArticleText{a.id, a.text, a.date != kNoDate ? a.date : text_date_});
  article_->ParseBatch(batch_);
  article_->CodeBatch();
  article_->ResolveBatch();
  for (size_t i = 0; i < pending_.size(); ++i) CodeParsedArticle(i);
  pending_.clear();
  pending_bytes_ = 0;
}

// Article i of the batch, as CodeText codes one.
void CodeRun::CodeParsedArticle(size_t i) {
  const io::Article& a = pending_[i];
  StartStory(a.id);
  doc::StoryDate used = article_->FinishArticle(
      i, [&](const doc::CodedSentence& s) { WriteArticleSentence(s, a.source); },
      &counts_.not_sentences);
  ReportStoryDate(a.id, batch_[i].metadata, used);
}

// Codes an article's text: its sentences are numbered STORY_1, STORY_2, ...
// The article coder resolves dates, pronouns, places and counts across them.
void CodeRun::CodeText(const std::string& story, Date date, std::string_view source,
                       std::string_view text) {
  StartStory(story);
  if (flags_.sentences_only) return CodeSentences(date, source, text);
  doc::StoryDate used = article_->Code(
      story, text, date, [&](const doc::CodedSentence& s) { WriteArticleSentence(s, source); },
      &counts_.not_sentences);
  ReportStoryDate(story, date, used);
}

void CodeRun::WriteArticleSentence(const doc::CodedSentence& s, std::string_view source) {
  if (story_discarded_) {
    ++counts_.discarded;
    return;
  }
  if (s.result.discarded) {
    ++counts_.discarded;
    story_discarded_ = s.result.discard_story;
  } else {
    ++counts_.coded;
  }
  io::SentenceContext c{story_, s.id, s.date, source, s.text, {}, {}};
  c.details = &s.details;
  c.incidents = &s.incidents;
  c.sentence_offset = s.bytes.begin;
  c.date_source = s.tweet ? "tweet" : doc::StoryDateSourceName(s.story_date_source);
  std::string view;
  if (flags_.out_format == "explain") {
    view = article_->DescribeLastSentence();
    c.coder_view = view;
  }
  writer_->WriteSentence(c, s.result);
  Progress();
}

// On standard error: where the story date came from, when the input gave none.
void CodeRun::ReportStoryDate(const std::string& story, Date date, doc::StoryDate used) {
  if (date == kNoDate && used.date != kNoDate) {
    std::fprintf(stderr, "dyad code: %s: story date %d-%02d-%02d from the %s\n", story.c_str(),
                 used.date / 10000, used.date / 100 % 100, used.date % 100,
                 used.source == doc::StoryDateSource::kLatestInText
                     ? "latest date in the text"
                     : doc::StoryDateSourceName(used.source));
  } else if (used.date == kNoDate) {
    std::fprintf(stderr,
                 "dyad code: %s: no story date (give --date): actor codes are taken without "
                 "date restrictions\n",
                 story.c_str());
  }
}

// --sentences-only: each sentence on its own at the given date, as
// PETRARCH2 would code it (no story date inference, pronouns, event dates).
void CodeRun::CodeSentences(Date date, std::string_view source, std::string_view text) {
  int n = 0;
  text_parser_->Parse(
      text, [&](const parse::ParsedSegment& p) { CodeSentence(p, date, source, text, &n); });
}

// --sentences-only over a batch of articles: the whole batch is parsed first.
void CodeRun::CodeSentenceBatch() {
  batch_texts_.clear();
  for (const io::Article& a : pending_) batch_texts_.push_back(a.text);
  sentence_batch_.Parse(text_parser_, batch_texts_);
  for (size_t i = 0; i < pending_.size(); ++i) {
    const io::Article& a = pending_[i];
    StartStory(a.id);
    int n = 0;
    for (size_t k = 0; k < sentence_batch_.segments(i).size(); ++k) {
      CodeSentence(sentence_batch_.parsed(i, k), a.date != kNoDate ? a.date : text_date_, a.source,
                   a.text, &n);
    }
  }
  pending_.clear();
  pending_bytes_ = 0;
}

// Segment `p` of `text`, the story's sentence *n if it is one.
void CodeRun::CodeSentence(const parse::ParsedSegment& p, Date date, std::string_view source,
                           std::string_view text, int* n) {
  if (!p.codable()) {
    ++counts_.not_sentences;
    return;
  }
  std::string id = story_ + "_" + std::to_string(++*n);
  std::string_view sentence = p.segment->span.Of(text);
  CodeTree(p.tree, io::SentenceContext{story_, id, date, source, sentence, {}, {}});
}

void CodeRun::CodeFile(const std::string& path) {
  ++counts_.files;
  if (flags_.in_format == "text") return CodeArticle(path);
  if (flags_.in_format == "jsonl") return CodeJsonLines(path);
  path_ = path;
  environment_options_set_ = 0;
  Status s = io::StreamPetrarchXml(path, path == "-" ? "<stdin>" : path, this);
  if (!s.ok()) Reject(path, 0, "", s.message());
}

void CodeRun::OnEnvironment(const io::Environment& env) {
  // `env` holds every <Environment> read so far; set each option once.
  for (; environment_options_set_ < env.config.size(); ++environment_options_set_) {
    const io::ConfigOption& c = env.config[environment_options_set_];
    Status s = coder_.options().Set(c.option, c.value);
    if (!s.ok()) Reject(path_, 0, "", "<Config>: " + s.message());
  }
}

void CodeRun::OnRecord(io::Record&& record) {
  for (const auto& c : record.config) {
    Status s = coder_.options().Set(c.option, c.value);
    if (!s.ok()) Reject(path_, record.line, record.id, "<Config>: " + s.message());
  }
  if (!record.is_sentence) return;
  if (!flags_.only_id.empty() && record.id != flags_.only_id) return;
  CodeRecord(path_, record);
}

void CodeRun::OnReject(io::Reject&& r) { Reject(r.file, r.line, r.id, r.reason); }

void CodeRun::Finish() {
  if (in_story_) writer_->EndStory();
  writer_->Finish();
  double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  if (progress_to_terminal_ && seconds >= 1) std::fputc('\n', stderr);
  std::fprintf(stderr,
               "dyad code: %ld files, %ld stories, %ld records (%ld coded, %ld discarded, %ld "
               "rejected), %ld events, %.3f s\n",
               counts_.files, counts_.stories, counts_.coded + counts_.discarded + counts_.rejected,
               counts_.coded, counts_.discarded, counts_.rejected, writer_->events_written(),
               seconds);
  if (counts_.not_sentences > 0) {
    std::fprintf(stderr,
                 "dyad code: %ld headings, datelines, URLs and tweet attributions not coded\n",
                 counts_.not_sentences);
  }
}

StatusOr<FilePtr> OpenOutput(const std::string& path, std::FILE* fallback) {
  if (path.empty() || path == "-") return FilePtr(fallback);
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (f == nullptr) return Status::IoError(path + ": cannot open for writing");
  return FilePtr(f);
}

// Keeps a file's <Environment> and stops the reading at the first record:
// the <Environment> comes before them.
class EnvironmentPeek : public io::PetrarchXmlHandler {
 public:
  void OnEnvironment(const io::Environment& env) override { env_ = env; }
  void OnRecord(io::Record&&) override { done_ = true; }
  void OnReject(io::Reject&&) override { done_ = true; }
  bool WantsMore() const override { return !done_; }
  const io::Environment& environment() const { return env_; }

 private:
  io::Environment env_;
  bool done_ = false;
};

// The --dictionaries folder, or else the dictionaries that the first input's
// <Environment> names (validation files carry one), or else dyad's own in
// `data_dir`. `first_input` is "" when there is no PETRARCH file to look into
// (raw text, or standard input).
StatusOr<std::unique_ptr<dict::Dictionaries>> LoadFor(const std::string& first_input,
                                                      const std::string& spec,
                                                      const std::string& data_dir) {
  EnvironmentPeek peek;
  if (spec.empty() && !first_input.empty()) {
    Status s = io::StreamPetrarchXml(first_input, first_input, &peek);
    // A file that cannot be read stops the run; one without records is for CodeFile to report.
    if (!s.ok() && s.code() != StatusCode::kInvalidInput) return s;
  }
  if (!peek.environment().present) return LoadDictionariesOrOwn(spec, data_dir);
  return ChooseDictionaries(first_input, peek.environment(), spec);
}

// Where rejects go unless --rejects says: beside the -o file ("events.jsonl.rejects"),
// or standard error ("") when there is no -o file or it is not a regular one
// (/dev/null, a pipe, a terminal), where OUTPUT.rejects would be no file at all.
std::string DefaultRejectsPath(const std::string& output) {
  if (output.empty() || output == "-") return "";
  struct stat st;
  if (::stat(output.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) return "";
  return output + ".rejects";
}

// --out gdelt: the mentions table goes beside a regular -o file
// ("events.tsv.mentions"); without one, only where --mentions says.
std::string DefaultMentionsPath(const std::string& output) {
  return DefaultRejectsPath(output).empty() ? "" : output + ".mentions";
}

// --out gdelt: the writer, its mentions table opened into `mentions` (null,
// with a note, when there is nowhere to put it). `mentions` must outlive it.
StatusOr<std::unique_ptr<io::EventWriter>> OpenGdeltWriter(const CodeFlags& flags, std::FILE* out,
                                                           const dict::CameoTable* cameo,
                                                           FilePtr* mentions) {
  std::string path = flags.mentions.empty() ? DefaultMentionsPath(flags.output) : flags.mentions;
  if (path.empty()) {
    std::fprintf(stderr, "dyad code: no GDELT mentions table (--mentions FILE writes one)\n");
  } else {
    auto opened = OpenOutput(path, stdout);
    if (!opened.ok()) return opened.status();
    *mentions = std::move(opened).value();
  }
  return io::MakeGdeltWriter(out, mentions->get(), cameo,
                             io::GdeltOptions{.header = flags.gdelt_header});
}

}  // namespace

int RunCode(const CodeFlags& flags) {
  bool raw_text = flags.in_format == "text" || flags.in_format == "jsonl";
  if (flags.in_format != "petrarch" && !raw_text) {
    std::fprintf(stderr, "dyad code: unknown --in %s (petrarch, text, jsonl)\n",
                 flags.in_format.c_str());
    return 2;
  }
  if ((!flags.mentions.empty() || flags.gdelt_header) && flags.out_format != "gdelt") {
    std::fprintf(stderr, "dyad code: --mentions and --gdelt-header need --out gdelt\n");
    return 2;
  }
  std::vector<std::string> inputs =
      flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  std::unique_ptr<parse::TextParser> text_parser;
  Date text_date = kNoDate;
  if (raw_text || !flags.parser.empty()) {
    auto parser = parse::TextParser::Create(flags.tagger_model, flags.parser);
    if (!parser.ok()) {
      std::fprintf(stderr, "dyad code: %s\n", parser.status().message().c_str());
      return 2;
    }
    text_parser = std::move(parser).value();
  }
  if (raw_text) {
    if (!flags.date.empty()) {
      auto date = ParseDate(flags.date);
      if (!date.ok()) {
        std::fprintf(stderr, "dyad code: --date: %s\n", date.status().message().c_str());
        return 2;
      }
      text_date = *date;
    }
  }
  std::string peek_at = raw_text || inputs.front() == "-" ? std::string() : inputs.front();
  auto dicts = LoadFor(peek_at, flags.dictionaries, flags.data_dir);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad code: %s\n", dicts.status().message().c_str());
    return 2;
  }
  ReportDictionaryWarnings(**dicts, flags.dictionary_warnings);
  auto cameo = dict::CameoTable::Load(flags.data_dir);
  if (!cameo.ok())
    std::fprintf(stderr, "warning: %s (no Goldstein weights)\n", cameo.status().message().c_str());
  std::string rejects_path =
      flags.rejects.empty() ? DefaultRejectsPath(flags.output) : flags.rejects;
  auto out = OpenOutput(flags.output, stdout);
  auto rejects = OpenOutput(rejects_path, stderr);
  if (!out.ok() || !rejects.ok()) {
    std::fprintf(stderr, "dyad code: %s\n",
                 (!out.ok() ? out.status() : rejects.status()).message().c_str());
    return 2;
  }
  FilePtr mentions;  // --out gdelt; declared first: it outlives the writer
  std::unique_ptr<io::EventWriter> writer;
  if (flags.out_format == "jsonl")
    writer = io::MakeJsonLinesWriter(out->get(), cameo.ok() ? &*cameo : nullptr);
  if (flags.out_format == "petrarch") writer = io::MakePetrarchWriter(out->get());
  if (flags.out_format == "explain") writer = io::MakeExplanationWriter(out->get());
  if (flags.out_format == "gdelt") {
    auto gdelt = OpenGdeltWriter(flags, out->get(), cameo.ok() ? &*cameo : nullptr, &mentions);
    if (!gdelt.ok()) {
      std::fprintf(stderr, "dyad code: %s\n", gdelt.status().message().c_str());
      return 2;
    }
    writer = std::move(gdelt).value();
  }
  if (!writer) {
    std::fprintf(stderr, "dyad code: unknown --out %s (jsonl, petrarch, explain, gdelt)\n",
                 flags.out_format.c_str());
    return 2;
  }
  std::optional<doc::Gazetteer> gazetteer;
  // Places are the article coder's: --sentences-only needs no gazetteer.
  if (raw_text && !flags.sentences_only)
    gazetteer = LoadGazetteerOrNone(flags.gazetteer, "dyad code");
  CodeRun run(flags, **dicts, writer.get(), rejects->get(), text_parser.get(), text_date,
              gazetteer ? &*gazetteer : nullptr);
  for (const std::string& input : inputs) run.CodeFile(input);
  run.Finish();
  return run.counts().rejected > 0 ? 1 : 0;
}

}  // namespace dyad::cli
