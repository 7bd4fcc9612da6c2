// Writers for coded events: JSON Lines (dyad's default), PETRARCH2's
// tab-separated batch format, and a human-readable explanation.
//
// Sentences arrive story by story: BeginStory, WriteSentence for each of its
// sentences, EndStory. Writers that deduplicate per story (PETRARCH) emit at
// EndStory; the others write as they go.
#ifndef DYAD_IO_EVENT_WRITER_H_
#define DYAD_IO_EVENT_WRITER_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/cameo.h"
#include "dyad/doc/article.h"

namespace dyad::io {

// What a writer knows about the sentence an event came from.
struct SentenceContext {
  std::string_view story_id;
  std::string_view sentence_id;
  Date date = kNoDate;
  std::string_view source;      // news source ("AFP"), may be empty
  std::string_view text;        // the sentence text, may be empty
  std::string_view tree;        // the parse, for explanations
  std::string_view coder_view;  // Coder::DescribeLastSentence(), for explanations
  // From the article coder (raw text input), else null: one entry per event
  // of the SentenceResult, and the counts no event carries.
  const std::vector<doc::EventDetails>* details = nullptr;
  const std::vector<doc::Incident>* incidents = nullptr;
  uint32_t sentence_offset = 0;  // where the sentence starts in its article
  // Raw text: where `date` came from: "metadata", "dateline", "dateline, year
  // from the text", "text" (the latest date in it: inferred), "tweet"; else "".
  std::string_view date_source = {};
};

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void BeginStory(std::string_view story_id) = 0;
  virtual void WriteSentence(const SentenceContext& context,
                             const code::SentenceResult& result) = 0;
  virtual void EndStory() = 0;
  // After the last story: writers that deduplicate over the whole run (GDELT)
  // write their rows here. Call it once, before the output files are closed.
  virtual void Finish() {}
  // Number of events written so far (after deduplication, if any).
  virtual long events_written() const = 0;
};

// One JSON object per event and line. `cameo` (may be null) supplies the quad
// class and Goldstein weight. `out` must outlive the writer.
std::unique_ptr<EventWriter> MakeJsonLinesWriter(std::FILE* out, const dict::CameoTable* cameo);

// PETRARCH2's batch output: one line per distinct (date, source, target, code)
// per story: date, source, target, code, issues, sentence ids, news source,
// source text, target text, verb text.
std::unique_ptr<EventWriter> MakePetrarchWriter(std::FILE* out);

// For people: each sentence with its tree, the coder's view of it, and for each
// event the dictionary entries (file:line) and the pattern that produced it.
std::unique_ptr<EventWriter> MakeExplanationWriter(std::FILE* out);

// `s` as a JSON string literal, quotes included.
std::string JsonString(std::string_view s);

}  // namespace dyad::io

#endif  // DYAD_IO_EVENT_WRITER_H_
