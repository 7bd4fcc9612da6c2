// Document resolution: an article's sentences coded together. The coder says
// who did what to whom in one sentence; the ArticleCoder adds what only the
// article knows: its story date (given, from a dateline, or inferred), who
// "he" and "the country" are, when each event happened, where, to how many,
// whether it was asserted, intended, hypothetical, negated or reported, and
// who said so (a tweet's account, "X said ...").
#ifndef DYAD_DOC_ARTICLE_H_
#define DYAD_DOC_ARTICLE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/date.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/counts.h"
#include "dyad/doc/dates.h"
#include "dyad/doc/gazetteer.h"
#include "dyad/parse/text_parser.h"
#include "dyad/text/segmenter.h"

namespace dyad::doc {

enum class Modality { kAsserted, kFuture, kHypothetical, kNegated, kReported };
// "asserted", "future", "hypothetical", "negated", "reported".
const char* ModalityName(Modality modality);
// "day", "week", "month", "year", "decade".
const char* DatePrecisionName(DatePrecision precision);

// Where the story date came from.
enum class StoryDateSource {
  kNone,
  kMetadata,
  kDateline,
  kDatelineYearInferred,
  kLatestInText,
  kOfficeTermEnd,  // the last day of a term or the day after, for a lead that tells of its end
};
// "none", "metadata", "dateline", "dateline, year from the text", "text",
// "end of an office term".
const char* StoryDateSourceName(StoryDateSource source);

struct StoryDate {
  Date date = kNoDate;
  StoryDateSource source = StoryDateSource::kNone;
  bool inferred() const {
    return source == StoryDateSource::kLatestInText ||
           source == StoryDateSource::kDatelineYearInferred ||
           source == StoryDateSource::kOfficeTermEnd;
  }
};

// The story date of `text`: `metadata` when given (not kNoDate), else the
// full date of a dateline ("PARIS, Nov. 25, 2015 (AFP) -"), else a dateline's
// day and month ("NAIROBI, June 26 (AP) -") in a year the text implies (see
// docs/articles.md: after the years it names in the past, on or after its
// full dates, on the lead's weekday), else the latest full date (day, month
// and year) written anywhere in it, tweet attribution lines included, moved on
// to the weekday the lead (else the sentence after it) tells of; kNone if
// there is none. `dicts`, if given, also bound a dateline's year by the terms
// of the office holders the text names with their title ("President Barack
// Obama"), and date a text without a full date whose lead tells
// of a titled holder's fall on a weekday by the end of the holder's term, else
// by a day it names without its year in the one year the terms allow;
// ArticleCoder::Code passes its own.
StoryDate FindStoryDate(std::string_view text, Date metadata,
                        const dict::Dictionaries* dicts = nullptr);
// The same on the segments of `text` that the caller already has.
StoryDate FindStoryDate(std::string_view text, std::span<const text::Segment> segments,
                        Date metadata, const dict::Dictionaries* dicts);

// Byte offsets [begin, end) into the article's text; begin == end if none.
struct ByteRange {
  uint32_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

struct Location {
  std::string name;     // as the gazetteer spells it: "Paris"
  std::string country;  // ISO alpha-3: "FRA"
  std::string adm1;     // "Île-de-France"; empty for a country
  double lat = 0, lon = 0;
  uint32_t feature_id = 0;  // GeoNames id of a city, else 0
  PlaceKind kind = PlaceKind::kCity;
  ByteRange bytes;  // where the text names it
};

struct EventCount {
  CountKind kind;
  long number = 0;
  CountQualifier qualifier = CountQualifier::kExact;
  std::string who;  // the counted noun ("people"), may be empty
};

// What the article adds to one coded event.
struct EventDetails {
  Date event_date = kNoDate;
  DatePrecision date_precision = DatePrecision::kDay;
  Modality modality = Modality::kAsserted;
  std::optional<Location> location;
  std::vector<EventCount> counts;
  std::string reported_by;  // the code of who said so, "" if the text asserts it
  ByteRange source_bytes, target_bytes, verb_bytes;
  double confidence = 0;  // 0..1, a heuristic: see docs/articles.md
};

// A count no coded event carries: "the attacks left 130 dead".
struct Incident {
  EventCount count;
  Date date = kNoDate;
  DatePrecision date_precision = DatePrecision::kDay;
  std::optional<Location> location;
  ByteRange bytes;
};

// One coded sentence of an article, as the ArticleCoder hands it over.
struct CodedSentence {
  std::string id;         // "STORY_3"
  std::string_view text;  // the sentence, a view into the article
  ByteRange bytes;        // where it stands in the article
  Date date = kNoDate;    // the date it is coded at (a tweet's own date)
  StoryDateSource story_date_source = StoryDateSource::kNone;  // where the story date came from
  bool tweet = false;                                          // part of an embedded tweet
  code::SentenceResult result;        // events (written ones only, unless all_modalities)
  std::vector<EventDetails> details;  // one per event of `result`
  std::vector<Incident> incidents;
};

// One article of a batch (ArticleCoder::ParseBatch). The views must stay
// valid until the batch has been coded.
struct ArticleText {
  std::string_view id;
  std::string_view text;
  Date metadata = kNoDate;  // the story date the input gives, else kNoDate
};

struct ArticleOptions {
  bool all_modalities = false;  // keep hypothetical and negated events (labelled)
  // Keep every mention of an event. By default an event (source, target,
  // code, event date) that an earlier sentence of the article already gave
  // is not handed over again: one record per event and article.
  bool all_mentions = false;
  // Keep the coder's view of each sentence for DescribeLastSentence()
  // (`dyad code --out explain`).
  bool describe_sentences = false;
};

class ArticleCoder {
 public:
  // `dicts` and `parser` must outlive the ArticleCoder; `gazetteer` may be
  // null (no locations). Not thread-safe: one per thread.
  ArticleCoder(const dict::Dictionaries& dicts, parse::TextParser* parser,
               const Gazetteer* gazetteer, code::CoderOptions coder_options,
               ArticleOptions options);
  ~ArticleCoder();
  ArticleCoder(const ArticleCoder&) = delete;
  ArticleCoder& operator=(const ArticleCoder&) = delete;

  // Codes the article `text` with id `id` and the story date `metadata`
  // (kNoDate if the input gives none), calling `fn` for every codable
  // sentence in order. The CodedSentence is valid only during the call.
  // Returns the story date used. `skipped`, if given, counts the segments
  // that are not sentences (headings, datelines, URLs, attributions).
  StoryDate Code(std::string_view id, std::string_view text, Date metadata,
                 const std::function<void(const CodedSentence&)>& fn, long* skipped = nullptr);

  // Code() in steps over many articles, each step over the whole batch (so
  // its code and tables stay in cache): ParseBatch() runs the front end
  // (segments, tokens, tags, trees) over every article of `articles`;
  // CodeBatch() codes their sentences (the sentence coder, quotes,
  // coreference; every article's first sentence before the others);
  // ResolveBatch() resolves their events (dates, places, counts, modality);
  // FinishArticle(i, ...) then hands the sentences of article i to `fn`, as
  // Code() would, and returns its story date. Call
  // them in this order, FinishArticle for any i of the batch. `articles`'
  // views must stay valid until the last FinishArticle() of the batch.
  void ParseBatch(std::span<const ArticleText> articles);
  void CodeBatch();
  void ResolveBatch();
  StoryDate FinishArticle(size_t i, const std::function<void(const CodedSentence&)>& fn,
                          long* skipped = nullptr);

  code::Coder& coder();
  // Coder::DescribeLastSentence() of the sentence being handed over, if
  // ArticleOptions::describe_sentences; else "".
  std::string DescribeLastSentence() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_ARTICLE_H_
