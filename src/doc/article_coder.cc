// The article coder: codes each sentence, then resolves its events against
// the article (see article.h; docs/articles.md for the rules in full).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "doc/dated_actors.h"
#include "dyad/base/text.h"
#include "dyad/dict/cameo.h"
#include "dyad/doc/article.h"
#include "dyad/doc/coreference.h"
#include "dyad/doc/nominal_events.h"
#include "dyad/doc/quotes.h"
#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace dyad::doc {

const char* ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kNegated:
      return "negated";
    case Modality::kReported:
      return "reported";
  }
  return "asserted";
}

const char* DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kWeek:
      return "week";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kDecade:
      return "decade";
  }
  return "day";
}

const char* StoryDateSourceName(StoryDateSource source) {
  switch (source) {
    case StoryDateSource::kNone:
      return "none";
    case StoryDateSource::kMetadata:
      return "metadata";
    case StoryDateSource::kDateline:
      return "dateline";
    case StoryDateSource::kDatelineYearInferred:
      return "dateline, year from the text";
    case StoryDateSource::kLatestInText:
      return "text";
    case StoryDateSource::kOfficeTermEnd:
      return "end of an office term";
  }
  return "none";
}

namespace {

// The sentences a lead's day may date (CarriedDay): the lead's and five more.
constexpr int kLeadEpisodeSentences = 6;

// An embedded tweet's attribution: who posted it and when.
struct TweetSource {
  uint32_t begin = 0, end = 0;  // the tweet's bytes
  std::string author_code;      // "RUSGOV", "" if the author is not known
  Date date = kNoDate;
};

// A place named in a sentence: words [begin, end) found in the gazetteer.
struct PlaceMention {
  int begin = 0, end = 0;
  const Place* place = nullptr;
  bool origin = false;  // after "from": where something came from
  bool over = false;    // after "over": the airspace of a strike ("shot down ... over Armenia")
  // An area the gazetteer lacks ("the Galwan Valley", "the village of
  // Kuriga"): named by its words, in `place`'s country.
  bool unlisted = false;
};

constexpr std::string_view kPlacePrepositions[] = {
    "in", "at",     "near",    "outside", "inside",  "across", "throughout", "from", "into",
    "to", "around", "towards", "toward",  "through", "along",  "off",        "above"};

bool IsPlacePreposition(std::string_view w) {
  for (std::string_view p : kPlacePrepositions) {
    if (EqualsIgnoreCase(w, p)) return true;
  }
  return false;
}

// By length, the first letters of the place prepositions and of "over",
// "of" and "on" (bit 0 for "a"): a word of another length or first letter is
// none of them.
constexpr auto kPlaceWordStarts = [] {
  std::array<uint32_t, 16> out{};
  auto add = [&out](std::string_view w) { out[w.size()] |= uint32_t{1} << (w[0] - 'a'); };
  for (std::string_view w : kPlacePrepositions) add(w);
  for (std::string_view w : {"over", "of", "on"}) add(w);
  return out;
}();

bool MayBePlaceWord(std::string_view w) {
  if (w.empty() || w.size() >= kPlaceWordStarts.size()) return false;
  const int letter = (w[0] | 0x20) - 'a';
  return letter >= 0 && letter < 26 && (kPlaceWordStarts[w.size()] >> letter & 1) != 0;
}

bool IsProperTag(std::string_view tag) { return tag == "NNP" || tag == "NNPS"; }

int Distance(int a_begin, int a_end, int b_begin, int b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

ByteRange BytesOf(const std::vector<text::Token>& tokens, int begin, int end) {
  if (begin < 0 || end <= begin || end > static_cast<int>(tokens.size())) return {};
  return ByteRange{tokens[begin].span.begin, tokens[end - 1].span.end};
}

// The country of an actor code as the gazetteer writes it, ISO 3166
// alpha-3 ("FRAGOV" -> "FRA"; CAMEO's Kosovo "KSV" is "XKX", its Timor-Leste
// "TMP" is "TLS"), "" if none.
std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3 || code.starts_with("---") || code.starts_with("IGO") ||
      code.starts_with("NGO") || code.starts_with("IMG") || code.starts_with("\""))
    return {};
  if (code.starts_with("KSV")) return "XKX";
  if (code.starts_with("TMP")) return "TLS";
  return code.substr(0, 3);
}

bool IsModal(std::string_view w, std::initializer_list<std::string_view> which) {
  return EqualsAnyIgnoreCase(w, which);
}

// A modal among the few words before the verb ("could soon attack", "might
// not have met").
bool ModalBefore(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                 int verb, std::initializer_list<std::string_view> which) {
  for (int t = verb - 1; t >= 0 && t >= verb - 4; --t) {
    if (tags[t] == "MD") return IsModal(words[t], which);
    if (!tags[t].starts_with("RB") && !tags[t].starts_with("VB") && tags[t] != "TO") return false;
  }
  return false;
}

// Whether the verb stands in an "if", "unless" or "whether" clause: one of
// them before it with no clause break (comma, colon, dash) in between.
bool InCondition(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                 int verb) {
  for (int t = verb - 1; t >= 0; --t) {
    if (tags[t] == "," || tags[t] == ":" || tags[t] == ".") return false;
    if (EqualsAnyIgnoreCase(words[t], {"if", "unless", "whether"})) return true;
  }
  return false;
}

bool HasCondition(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (EqualsAnyIgnoreCase(w, {"if", "unless"})) return true;
  }
  return false;
}

bool IsQuestion(std::span<const std::string_view> words) {
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    if (*it == "?") return true;
    if (*it != "''" && *it != "'" && *it != "\"" && *it != ")" && *it != "-RRB-") return false;
  }
  return false;
}

// "twenty-two", "Ninety-nine": a tens word, a hyphen, more (counts.cc reads it).
bool IsHyphenatedTens(std::string_view w) {
  if (w.size() < 9 || w.size() > 13) return false;
  const size_t dash = w.find('-', 5);
  if (dash == std::string_view::npos || dash > 7) return false;
  return EqualsAnyIgnoreCase(w.substr(0, dash), {"twenty", "thirty", "forty", "fifty", "sixty",
                                                 "seventy", "eighty", "ninety"});
}

// Whether a sentence can hold a count at all: a number, or a word for an
// amount ("hundreds", "a dozen"). Saves FindCounts on most sentences.
bool MayHaveCount(std::span<const std::string_view> words, std::span<const std::string_view> tags) {
  for (std::string_view tag : tags) {  // the cheap test first
    if (tag.size() == 2 && tag[0] == 'C' && tag[1] == 'D') return true;
  }
  for (std::string_view w : words) {
    if (IsHyphenatedTens(w)) return true;  // "Twenty-two", which the tagger may call JJ
    if (w.size() < 5 || w.size() > 9) continue;
    // The first letters of the words below: most words are ruled out here.
    const char first = static_cast<char>(w[0] | 0x20);
    if (first != 'd' && first != 'h' && first != 't' && first != 'm' && first != 's' &&
        first != 'b')
      continue;
    if (EqualsAnyIgnoreCase(w, {"dozens", "hundreds", "thousands", "millions", "scores", "dozen",
                                "hundred", "thousand", "million", "several", "billion"}))
      return true;
  }
  return false;
}

bool CountFitsRoot(CountKind kind, std::string_view code) {
  int root = code.size() >= 2 ? (code[0] - '0') * 10 + (code[1] - '0') : 0;
  switch (kind) {
    case CountKind::kArrested:
      return root == 17 || root == 18;
    case CountKind::kParticipants:
      return root == 14 || root == 17;
    case CountKind::kKidnapped:
      return root == 18;
    default:
      return root >= 17 && root <= 20;
  }
}

}  // namespace

struct ArticleCoder::State {
  State(const dict::Dictionaries& d, parse::TextParser* p, const Gazetteer* g,
        code::CoderOptions co, ArticleOptions o)
      : dicts(d),
        parser(p),
        gazetteer(g),
        place_cache(g),
        coder(d, co),
        coreference(d),
        options(o) {
    coder.options().keep_negated = true;    // the article decides what to write
    coder.options().keep_agentless = true;  // ... and who did it (NameAgentlessDoer)
    coder.set_resolver(&coreference);
    coreference.set_places(&place_cache);
  }

  struct ParsedArticle;
  struct SentenceWork;
  void BeginArticle(std::string_view text, std::span<const text::Segment> all, StoryDate story);
  void CodeArticle(ParsedArticle* a);
  void CodeSegment(std::string_view id, int n, std::string_view text, const parse::ParsedSegment& p,
                   uint32_t previous_end, SentenceWork* work);
  void BeginResolving(const ParsedArticle& a);
  void ResolveSentence(SentenceWork* work);
  void FindTweets(std::span<const text::Segment> all, Date story_date);
  void RememberDateline(std::string_view text);
  const TweetSource* TweetAt(const text::Span& span) const;
  void FindPlaces(const parse::ParsedSegment& p, std::string_view country_hint, Date date);
  void PlaceTownsInTheirCountry();
  bool NamedAfterCompassWord(int t, int begin) const;
  bool OnAnIsland(const parse::ParsedSegment& p, int begin, int end) const;
  const Place* TownOfSite(std::string_view hint) const;
  int PlaceInsideCountry(const parse::ParsedSegment& p, int begin, int end);
  void RememberDivision(const Place* place);
  void RememberOwnersDivision(const parse::ParsedSegment& p);
  void RememberOwnerAt(const parse::ParsedSegment& p, int t);
  int TheDivision(const parse::ParsedSegment& p, int t) const;
  bool TheTown(int t) const;
  bool NamedByItsKind(int begin, int end) const;
  bool ScenePlace(int t, int begin, int end, bool force) const;
  const Place* UnlistedAreaCountry(std::string_view hint);
  const Place* UnlistedAreaNamed(int begin, int end);
  void RememberUnlistedAreas();
  bool InUnplacedArea(int begin, int end) const;
  bool InVenuePhrase(int x_begin, int x_end, int verb) const;
  const PlaceMention* AttributionPlace(const code::Event& e) const;
  const PlaceMention* LinkedClausePlace(const code::Event& e) const;
  const PlaceMention* LinkedClausePlace(int begin, int end, std::string_view code,
                                        std::string_view source, std::string_view target) const;
  const std::string& JoinWords(int begin, int end);
  const Place* SeatOfGovernment(int begin, int end, Date date);
  const Place* CapitalNamed(const parse::ParsedSegment& p, int t, std::string_view hint, Date date,
                            int* after);
  std::string_view CapitalOf(std::string_view country);
  bool Repeats(const code::Event& e, const EventDetails& d);
  void FindClauseBreaks();
  int EndOfIncluding(int t) const;
  std::string_view PlaceHint() const;
  bool Reachable(int begin, int end, int x_begin, int x_end) const;
  const PlaceMention* NearestPlace(int begin, int end, bool force = false,
                                   std::string_view code = {}) const;
  const PlaceMention* NearestPlace(int begin, int end, bool force, std::string_view code,
                                   int after) const;
  bool AfterAnotherDeed(std::string_view code, int end, int place) const;
  int ConjunctionBefore(int verb) const;
  bool AfterSecondVerb(int end, int place) const;
  bool InGerundClause(int end, int place) const;
  const Place* TargetsPlace(const code::Event& e, bool force);
  bool NameAgentlessDoer(const PlaceMention* place, const EventDetails& d, code::Event* e) const;
  std::string_view PoliceReporting(const code::Event& e, const EventDetails& d) const;
  bool SentencedToATerm(const code::Event& e) const;
  bool OrderedOrWanted(const code::Event& e) const;
  bool NoOneSuffered(const code::Event& e) const;
  const TimeExpression* NearestTime(int begin, int end) const;
  bool PresentAfterRelative(const TimeExpression& t, int verb) const;
  const TimeExpression* WhenClauseTime(int begin, int end) const;
  void ReadRestatedDates();
  void ReadPeriodsNamedBefore();
  void RememberNamedPeriod(Date date);
  Modality ModalityOf(const code::Event& e, bool question, bool condition) const;
  struct When {
    Date date = kNoDate;
    DatePrecision precision = DatePrecision::kDay;
  };
  When DateOf(int begin, int end, Date date) const;
  void FindTimesByTense(Date date, bool past, Date previous_day);
  Date CarriedDay(Date date, bool past) const;
  bool ReportsWords() const;
  void RememberPlace(const Location& l);
  const Location* CarriedPlace(bool past) const;
  int PlacingWord() const;
  void PlaceEarlierDeeds(const parse::ParsedSegment& p, int preposition);
  void DateLeadDeeds(Date date);
  void RememberNamedDay(Date date);
  bool NamesReportDay() const;
  bool SaidBefore(int begin) const;
  void UpdateQuoteDay(bool times_found);
  // Whether word t stands within a few words after the attribution's verb of
  // saying, outside the quote ("..., the minister told reporters in Ottawa
  // on Tuesday").
  bool InAttributionTail(int t) const {
    constexpr int kAttributionTail = 5;
    return quotes.speech_verb >= 0 && t > quotes.speech_verb &&
           t <= quotes.speech_verb + kAttributionTail && !quotes.Quoted(t);
  }
  bool Detail(const parse::ParsedSegment& p, Date date, code::Event* e, EventDetails* d);
  void AttachCounts(const code::Event& e, EventDetails* d);
  bool IsToll(const code::Event& e) const;
  void MakeIncidents(const parse::ParsedSegment& p, Date date);
  double ConfidenceOf(const code::Event& e, Modality m) const;
  std::optional<Location> DatelineLocation(const code::Event& e) const;
  std::optional<Location> DatelinePlace() const;
  bool SubjectsCountryAtDateline(const PlaceMention* m, const code::Event& e) const;
  bool InSubjectAbroad(const PlaceMention* m, const code::Event& e) const;
  std::optional<Location> LocationOf(const PlaceMention* m,
                                     const std::vector<text::Token>& tokens) const;
  void Resolve(const parse::ParsedSegment& p, Date date, const TweetSource* tweet);
  bool DropForQuote(code::Event* e) const;

  // Quoted speech (quotes.h): who speaks, and whether a quote runs on.
  struct Speaker {
    std::string code;  // "" if not known
    std::string text;
    int actor = -1;
    bool person = false;
  };
  void FindSentenceQuotes(std::string_view text, const parse::ParsedSegment& p, Date date,
                          uint32_t previous_end);
  Speaker CodeSpeaker(std::span<const std::string_view> words, WordSpan span, Date date);
  Speaker SpeakerAhead(std::string_view text, uint32_t from, QuoteMarks marks, Date date);
  void RememberSentence();
  void RememberDeeds(bool question, bool condition);

  const dict::Dictionaries& dicts;
  parse::TextParser* parser;
  const Gazetteer* gazetteer;
  PlaceCache place_cache;  // every lookup of the article coder and its coreference
  code::Coder coder;
  Coreference coreference;
  ArticleOptions options;
  Date story_date = kNoDate;
  StoryDateSource story_source = StoryDateSource::kNone;

  const Place* dateline = nullptr;  // where the dateline says the story was filed
  ByteRange dateline_bytes;
  std::vector<TweetSource> tweets;
  std::span<const text::Segment> segments;  // the article's, from the parser
  CodedSentence* sentence = nullptr;        // being coded or resolved: one of `work`'s
  std::vector<code::Mention> mentions;
  std::vector<std::string_view> words;
  std::vector<TimeExpression> times;
  std::vector<TimeExpression> other_tense;  // scratch for FindTimesByTense
  // The day the last dated sentence named first ("on Tuesday") and that
  // sentence's number: "the same day" after it, and the undated past events
  // of the sentence right after it (of the next few, after the lead's deed:
  // CarriedDay), take that day.
  Date named_day = kNoDate;
  int named_day_sentence = -100, sentence_number = 0;
  bool lead_names_episode = false;  // named_day is the lead's, of its deed (CarriedDay)
  Date carried_day = kNoDate;       // the sentence's undated past events', else kNoDate
  // The day the current quote's attribution names ("..., Ruto told reporters
  // on Tuesday"): its quoted events', in the quote's later sentences too.
  Date quote_day = kNoDate;
  // The first month or day the last dated sentence named ("in May"), and
  // that sentence's number: what a later "later that month" names.
  Date named_period = kNoDate;
  DatePrecision named_period_precision = DatePrecision::kDay;
  int named_period_sentence = -100;
  // The place of the last sentence whose event named one, and its number.
  std::optional<Location> named_place;
  int named_place_sentence = -100;
  // The first-level division the article named last ("Catalonia's leader",
  // "in Kaduna state"): what a later "across the region" names.
  const Place* named_division = nullptr;
  // The city the article placed a deed in last: what a later "in the city"
  // or "the town's main square" names.
  const Place* named_town = nullptr;
  const Location* carried_place = nullptr;  // for the sentence's events, else null
  std::vector<Count> counts;
  std::vector<PlaceMention> places;
  // Areas named by their kind that the gazetteer lacks, in a country the
  // sentence does not settle ("the Neelum Valley" under "NEW DELHI -"):
  // [begin, end) of each.
  std::vector<std::pair<int, int>> unplaced_areas;
  // The unlisted areas the article has placed ("the town of Kuriga"), by
  // name, with a place of their country: what a later bare "near Kuriga" is.
  std::vector<std::pair<std::string, const Place*>> unlisted_areas;
  std::unordered_map<std::string_view, std::string_view> capitals;  // "KEN" -> "Nairobi"
  std::array<CodedSentence*, 3> earlier{};  // the article's last with events, latest first
  CodedSentence* undated_lead = nullptr;    // the lead, with events and no time (DateLeadDeeds)
  std::string key;                          // scratch
  std::string name;                         // scratch for place names
  // The events of the article so far, for Repeats: an article gives few, so
  // the first kListedEvents are a list (the first `seen_count` of
  // `seen_events`, whose strings keep their space), any more a set.
  static constexpr size_t kListedEvents = 64;
  std::vector<std::string> seen_events;
  size_t seen_count = 0;
  std::unordered_set<std::string> more_seen_events;
  std::vector<bool> count_used;
  std::vector<uint8_t> breaks;  // per word: a comma or dash between clauses (bytes: read often)
  bool question = false, condition = false;  // of the sentence being resolved
  std::span<const std::string_view> sentence_tags;

  SentenceQuotes quotes;  // the current sentence's
  Speaker speaker;        // of the current (or last) quote
  QuoteMarks quote_open =
      QuoteMarks::kNone;            // the marks of a quote that runs on from the previous sentence
  int sentences_since_quote = 100;  // since the last quote whose speaker is known
  text::Tokenizer tokenizer;        // for attributions after a quote that spans sentences
  std::vector<text::Token> ahead_tokens;
  std::vector<std::string_view> ahead_words;
  std::vector<code::Mention> remembered;

  // The batch: ParseBatch() parses each article (its segments, and where
  // its parsed segments start in `parsed`, a deque: they stay in place);
  // CodeBatch() codes its sentences into `work` and keeps what the
  // resolving of each (FinishArticle) needs of the article.
  struct ParsedArticle {
    ArticleText input;
    std::vector<text::Segment> segments;
    size_t first = 0;
    StoryDate story;
    const Place* dateline = nullptr;
    ByteRange dateline_bytes;
    size_t first_sentence = 0, sentences = 0;  // in `work`
    long skipped = 0;                          // segments that are no sentences
  };
  // A coded sentence waiting to be resolved: what Resolve() reads of the coding.
  struct SentenceWork {
    const parse::ParsedSegment* parsed = nullptr;
    CodedSentence sentence;
    std::vector<code::Mention> mentions;
    std::vector<std::string_view> words;
    SentenceQuotes quotes;
    std::string speaker_code;
    std::string tweet_author;  // of the tweet the sentence is part of
    std::string description;   // the coder's view (ArticleOptions::describe_sentences)
    bool question = false, condition = false;  // for the events' modality (IsQuestion ...)
  };
  std::vector<ParsedArticle> batch;
  std::deque<parse::ParsedSegment> parsed;
  std::deque<SentenceWork> work;
  TweetSource resolving_tweet;               // the tweet of the sentence being resolved
  std::string resolving_speaker;             // ... and the speaker of its quotes
  const std::string* description = nullptr;  // of the sentence being handed over
};

void ArticleCoder::State::FindTweets(std::span<const text::Segment> all, Date story_date) {
  tweets.clear();
  segments = all;
  for (size_t i = 0; i < segments.size(); ++i) {
    if (segments[i].kind != text::SegmentKind::kTweetAttribution) continue;
    const text::Segment& a = segments[i];
    TweetSource t;
    t.date = a.date != kNoDate ? a.date : story_date;
    std::vector<std::string_view> author;
    for (std::string_view rest = a.author; !rest.empty();) {
      size_t space = rest.find(' ');
      if (space != 0) author.push_back(rest.substr(0, space));
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    std::string code = code::CodeNounPhrase(dicts, author, t.date, nullptr);
    if (code != "---") t.author_code = code;
    // The tweet is the run of tweet segments (and its URLs) just before.
    size_t first = i;
    while (first > 0 && (segments[first - 1].kind == text::SegmentKind::kTweet ||
                         segments[first - 1].kind == text::SegmentKind::kUrl))
      --first;
    if (first == i) continue;
    t.begin = segments[first].span.begin;
    t.end = segments[i - 1].span.end;
    tweets.push_back(std::move(t));
  }
}

// "NAIROBI, June 26 (AP) -": the dateline's place makes its country the
// article's until a sentence names another.
void ArticleCoder::State::RememberDateline(std::string_view text) {
  dateline = nullptr;
  if (gazetteer == nullptr) return;
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kDateline) continue;
    std::string_view place = s.span.Of(text);
    place = Trim(place.substr(0, place.find_first_of(",(-\xE2")));
    dateline = place_cache.Find(place);
    dateline_bytes = ByteRange{s.span.begin, s.span.begin + static_cast<uint32_t>(place.size())};
    if (dateline != nullptr) coreference.RememberCountry(dateline->country, place);
    return;
  }
}

const TweetSource* ArticleCoder::State::TweetAt(const text::Span& span) const {
  for (const TweetSource& t : tweets) {
    if (span.begin >= t.begin && span.end <= t.end) return &t;
  }
  return nullptr;
}

// Places are proper names after a place preposition ("in Paris", "near the
// Syrian border" is not one), found in the gazetteer; longest name first.
// "at the White House", "in the Kremlin": a seat of government the
// dictionaries name as a capital's is in that capital (the gazetteer would
// find a town called White House).
const Place* ArticleCoder::State::SeatOfGovernment(int begin, int end, Date date) {
  code::ActorProvenance info;
  code::CodeNounPhrase(dicts, std::span<const std::string_view>(words).subspan(begin, end - begin),
                       date, &info);
  if (info.actor < 0) return nullptr;
  const dict::Actor& actor = dicts.actors.actors()[info.actor];
  if (!actor.place_metonym || actor.capital_city.empty() || actor.codes.empty()) return nullptr;
  return place_cache.Find(actor.capital_city, actor.codes.front().code.substr(0, 3));
}

// "in the Kenyan capital", "in the capital" (the sentence's country's:
// `hint`), "in the capital of Kenya": the city the dictionaries name as that
// country's capital; nullptr if the words after the preposition at word t
// are none of these, or name the capital ("in the capital, Nur-Sultan").
// Sets *after to the word after the phrase.
const Place* ArticleCoder::State::CapitalNamed(const parse::ParsedSegment& p, int t,
                                               std::string_view hint, Date date, int* after) {
  const int n = static_cast<int>(words.size());
  int k = t + 2;
  if (k >= n || !EqualsAnyIgnoreCase(words[t + 1], {"the", "its"})) return nullptr;
  std::string_view country = hint;
  // "the Kenyan capital", "the Solomon Islands capital": that country's.
  int named_end = k;
  while (named_end < n && named_end < k + 3 && words[named_end][0] >= 'A' &&
         words[named_end][0] <= 'Z')
    ++named_end;
  if (named_end > k && named_end < n && EqualsIgnoreCase(words[named_end], "capital")) {
    code::ActorProvenance info;
    code::CodeNounPhrase(dicts, std::span<const std::string_view>(words).subspan(k, named_end - k),
                         date, &info);
    if (info.actor < 0) return nullptr;
    const dict::Actor& actor = dicts.actors.actors()[info.actor];
    if (actor.codes.empty() || actor.codes.front().code.size() != 3) return nullptr;
    country = actor.codes.front().code;
    k = named_end;
  } else if (k >= n || !EqualsIgnoreCase(words[k], "capital")) {
    return nullptr;
  }
  int next = k + 1;
  // "in the capital Naypyitaw" (read as a name), "in the capital markets": not this.
  if (next < n &&
      (p.tags[next].starts_with("NN") || (words[next] == "," && next + 1 < n &&
                                          words[next + 1][0] >= 'A' && words[next + 1][0] <= 'Z')))
    return nullptr;
  if (next + 1 < n && EqualsIgnoreCase(words[next], "of") && IsProperTag(p.tags[next + 1])) {
    int end = next + 1;
    while (end < n && IsProperTag(p.tags[end])) ++end;
    const Place* named = place_cache.Find(JoinWords(next + 1, end));
    if (named == nullptr || named->kind != PlaceKind::kCountry) return nullptr;
    country = named->country;
    next = end;
  }
  std::string_view city = CapitalOf(country);
  if (city.empty()) return nullptr;
  const Place* capital = place_cache.Find(city, country);
  if (capital == nullptr || capital->country != country) return nullptr;
  *after = next;
  return capital;
}

// The capital the dictionaries name for a country ("KEN" -> "Nairobi"), ""
// if none.
std::string_view ArticleCoder::State::CapitalOf(std::string_view country) {
  if (capitals.empty()) {
    for (const dict::Actor& a : dicts.actors.actors()) {
      if (!a.place_metonym || a.capital_city.empty() || a.codes.empty()) continue;
      std::string_view code = a.codes.front().code;
      if (code.size() == 6 && code.ends_with("GOV"))
        capitals.emplace(code.substr(0, 3), a.capital_city);
    }
  }
  auto it = capitals.find(country);
  return it == capitals.end() ? std::string_view() : it->second;
}

// Where the name after the place preposition at word t starts: after "the",
// and after "the town of" ("in the town of Kuriga"; not "the capital of").
bool IsSettlementKind(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"town", "city", "village", "district", "province", "region",
                                 "state", "county", "municipality", "island", "port"});
}

// "the outskirts of Khartoum", "off the coast of Yemen", "30 km south of
// Baghdad": a part of the place or a spot near it, named after "of".
bool IsPartOfPlaceWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"outskirts",  "suburbs",    "banks",      "streets",   "edge",      "coast",
          "shores",     "heart",      "centre",     "center",    "north",     "south",
          "east",       "west",       "northeast",  "northwest", "southeast", "southwest",
          "north-east", "north-west", "south-east", "south-west"});
}

// The last word of a natural feature's name ("the East China Sea", "the Red
// Sea", "the Nile River"): its first words name no town.
bool IsFeatureWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"sea", "ocean", "gulf", "strait", "straits", "lake", "bay", "river", "desert", "valley",
          "mountains", "canal", "channel", "peninsula", "coast"});
}

// The last word of the name of an area on land that lies in one country
// more often than not ("the Galwan Valley", "the Nuba Mountains", "the
// Sinai Peninsula", "Pangong Lake"); seas, gulfs and rivers are not.
bool IsLandAreaWord(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"valley", "valleys", "mountains", "hills", "highlands", "desert",
                                 "peninsula", "plateau", "lake", "island", "islands"});
}

// "northern", "south-eastern", "central": a part of the place named next.
bool IsCompassWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
          "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
          "south-western", "far"});
}

// "North", "South", "Central": the first word of a longer name ("South
// Ossetia", "North Darfur"), not a place of its own.
bool IsCompassNoun(std::string_view w) {
  return IsCompassWord(w) || EqualsAnyIgnoreCase(w, {"north", "south", "east", "west"});
}

// Whether word t, the first of a place name, is capitalised after "northern"
// and the like or after "the capital", or hyphenated: the tagger often reads
// "northern Mozambique", "the capital Herat" or "Port-au-Prince" as a noun.
bool ArticleCoder::State::NamedAfterCompassWord(int t, int begin) const {
  if (t != begin || t < 2 || words[t].empty() || words[t][0] < 'A' || words[t][0] > 'Z')
    return false;
  // "in Port-au-Prince", "in Rostov-on-Don": a hyphenated name read as a noun.
  if (words[t].find('-') != std::string_view::npos) return true;
  const int before = words[t - 1] == "," ? t - 2 : t - 1;
  return IsCompassWord(words[before]) || EqualsIgnoreCase(words[before], "capital");
}

// The last word of a building's or a site's name ("the Sari Club", "the
// Marriott Hotel", "Kabul Airport"): the words before it name no town.
bool IsBuildingWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"club",      "hotel",   "bar",       "cafe",      "restaurant", "mosque",     "church",
          "cathedral", "temple",  "synagogue", "stadium",   "hospital",   "university", "college",
          "school",    "airport", "embassy",   "consulate", "palace",     "mall",       "market",
          "square",    "street",  "avenue",    "road",      "bridge",     "prison",     "camp",
          "base",      "station", "theatre",   "theater",   "museum"});
}

// The last word of a square's or a street's name: "on Ala-Too Square", "on
// Nevsky Avenue" (after "on", as after "in").
bool IsThoroughfare(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"square", "street", "avenue", "boulevard"});
}

// The town a site the gazetteer lacks ("Ala-Too Square", "the Grand Hotel")
// stands in: the town the article placed a deed in last, else the dateline's
// city, when in the sentence's country (`hint`, if any); else nullptr.
const Place* ArticleCoder::State::TownOfSite(std::string_view hint) const {
  for (const Place* town : {named_town, dateline}) {
    if (town != nullptr && town->kind == PlaceKind::kCity &&
        (hint.empty() || town->country == hint))
      return town;
  }
  return nullptr;
}

// Whether "on" names an island: "on the island of Bali", "on
// Sentosa island", "on Singapore's Sentosa island" (the name [begin, end)).
bool ArticleCoder::State::OnAnIsland(const parse::ParsedSegment& p, int begin, int end) const {
  const int n = static_cast<int>(words.size());
  if (begin >= 2 && EqualsIgnoreCase(words[begin - 2], "island") && words[begin - 1] == "of")
    return true;
  int after = end;
  if (after < n && p.tags[after] == "POS") {
    ++after;
    while (after < n && IsProperTag(p.tags[after])) ++after;
  }
  return after < n && EqualsAnyIgnoreCase(words[after], {"island", "islands"});
}

// A part of a town after its name's possessive: "Beirut's southern suburbs",
// "Kabul's airport", "Kyiv's Obolon district".
bool IsPartOfTown(std::string_view w) {
  return IsPartOfPlaceWord(w) || IsBuildingWord(w) ||
         EqualsAnyIgnoreCase(w, {"suburb", "neighbourhood", "neighborhood", "neighbourhoods",
                                 "neighborhoods", "district", "districts", "streets"});
}

// The word after a division's name ("Gilan province", "Kherson region").
bool IsDivisionWord(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"province", "region", "state", "oblast", "governorate", "county",
                                 "district", "prefecture"});
}

int PlaceNameStart(std::span<const std::string_view> words, int t) {
  const int n = static_cast<int>(words.size());
  int begin = t + 1;
  // "in a Doha hotel": the name before the building (checked by FindPlaces).
  if (EqualsAnyIgnoreCase(words[begin], {"the", "a", "an"})) ++begin;
  // "in northern Gilan province", "in far western Nepal", "in downtown
  // Nairobi": the place itself;
  // capitalised, the word is part of the name ("Central Java", "North Darfur").
  while (begin + 1 < n && words[begin][0] >= 'a' &&
         (IsCompassWord(words[begin]) ||
          EqualsAnyIgnoreCase(words[begin], {"downtown", "rural", "coastal", "suburban"})))
    ++begin;
  // "in the capital, Nur-Sultan", "in the capital Naypyitaw": the capital
  // named; so "the regional capital, Mekelle", "the state capital, Chilpancingo".
  if (begin + 2 < n && words[begin][0] >= 'a' && EqualsIgnoreCase(words[begin + 1], "capital"))
    ++begin;
  if (begin + 1 < n && EqualsIgnoreCase(words[begin], "capital"))
    begin += begin + 2 < n && words[begin + 1] == "," ? 2 : 1;
  if (begin + 2 < n && EqualsIgnoreCase(words[begin + 1], "of") && IsSettlementKind(words[begin]))
    begin += 2;
  return begin;
}

// "in the disputed Galwan Valley", "the coca-growing Chapare region": where
// a name after "the" and one or two lower-case adjectives starts; else `begin`.
int AfterAdjectives(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                    int begin) {
  const int n = static_cast<int>(tags.size());
  if (begin < 1 || begin >= n || !EqualsIgnoreCase(words[begin - 1], "the")) return begin;
  int k = begin;
  while (k < begin + 2 && k + 1 < n &&
         (tags[k] == "JJ" || tags[k] == "VBN" || tags[k] == "VBG" || tags[k] == "NN") &&
         words[k][0] >= 'a')
    ++k;
  return k > begin && IsProperTag(tags[k]) ? k : begin;
}

// The country a place name of the sentence most likely lies in, for names
// several countries have ("Palma"): the first event's source's, else its
// target's, else the country of the sentence's first mention that has one,
// else the dateline's; "" if none.
std::string_view ArticleCoder::State::PlaceHint() const {
  if (!sentence->result.events.empty()) {
    const code::Event& e = sentence->result.events[0];
    if (std::string_view c = CountryOf(e.source); !c.empty()) return c;
    if (std::string_view c = CountryOf(e.target); !c.empty()) return c;
  }
  for (const code::Mention& m : mentions) {
    if (std::string_view c = CountryOf(m.code); !c.empty()) return c;
  }
  return dateline != nullptr ? std::string_view(dateline->country) : std::string_view();
}

void ArticleCoder::State::FindPlaces(const parse::ParsedSegment& p, std::string_view hint,
                                     Date date) {
  places.clear();
  unplaced_areas.clear();
  if (gazetteer == nullptr) return;
  bool force = false;  // the sentence tells a use of force
  for (const code::Event& e : sentence->result.events) force = force || dict::IsForceCode(e.code);
  int n = static_cast<int>(words.size());
  const Place* named_area = nullptr;  // "the West Bank" of "the West Bank city of Jenin"
  for (int t = 0; t + 1 < n; ++t) {
    RememberOwnerAt(p, t);
    if (!MayBePlaceWord(words[t])) continue;
    const bool over = EqualsIgnoreCase(words[t], "over");
    const bool of = EqualsIgnoreCase(words[t], "of");
    // "seized the town of Palma": a settlement's name without a preposition.
    const bool town_of =
        of && t >= 1 && (IsSettlementKind(words[t - 1]) || IsPartOfPlaceWord(words[t - 1]));
    // "drove the troops out of Shusha": where the deed was done.
    const bool out_of = of && t >= 1 && EqualsIgnoreCase(words[t - 1], "out");
    // "the police chief of northern Gilan province": a division's name.
    const bool of_division = of && !town_of && !out_of;
    // "on the island of Bali", "on Singapore's Sentosa island": "on" only for islands.
    const bool on = EqualsIgnoreCase(words[t], "on");
    if (!over && !town_of && !out_of && !of_division && !on && !IsPlacePreposition(words[t]))
      continue;
    const bool origin = EqualsIgnoreCase(words[t], "from");
    if (const int end = TheDivision(p, t); end > 0) {
      places.push_back(PlaceMention{t + 1, end, named_division, origin, over});
      t = end - 1;
      continue;
    }
    if (TheTown(t)) {
      places.push_back(PlaceMention{t + 1, t + 3, named_town, origin, over});
      t += 2;
      continue;
    }
    int after = 0;
    if (!out_of && !of_division && !on) {
      if (const Place* capital = CapitalNamed(p, t, hint, date, &after)) {
        places.push_back(PlaceMention{t + 1, after, capital, origin, over});
        t = after - 1;
        continue;
      }
    }
    int begin = town_of ? t + 1 : PlaceNameStart(words, t);
    begin = AfterAdjectives(words, p.tags, begin);
    int end = begin;
    while (end < n && (IsProperTag(p.tags[end]) || NamedAfterCompassWord(end, begin))) ++end;
    if (end == begin || (of_division && (end == n || !IsDivisionWord(words[end])))) continue;
    if (on && !OnAnIsland(p, begin, end) && !IsThoroughfare(words[end - 1])) continue;
    // "in the West Bank city of Jenin": the city, in the area named before it.
    if (end + 2 < n && IsSettlementKind(words[end]) && EqualsIgnoreCase(words[end + 1], "of") &&
        IsProperTag(p.tags[end + 2])) {
      named_area = place_cache.Find(JoinWords(begin, end), hint);
      t = end;
      continue;
    }
    // "to Taiwan's democracy": a possessive names an owner, not a place; but
    // "in Nigeria's Kaduna state" names a place in that country.
    if (end < n && p.tags[end] == "POS") {
      t = PlaceInsideCountry(p, begin, end) - 1;
      continue;
    }
    if (const Place* place = SeatOfGovernment(begin, end, date)) {
      places.push_back(PlaceMention{begin, end, place, origin, over});
      t = end - 1;
      continue;
    }
    // "outside the Sari Club": a building's name, whose first words are a town
    // only in the sentence's own country ("Kabul Airport", not Sari, Iran).
    const int building = IsBuildingWord(words[end - 1]) ? end : -1;
    const int whole = IsFeatureWord(words[end - 1]) ? end : begin + 1;
    // "in a Doha hotel": a name that only describes a noun is a town of the
    // sentence's own country or a big city.
    const bool described = EqualsAnyIgnoreCase(words[begin - 1], {"a", "an"});
    const Place* area = std::exchange(named_area, nullptr);
    const int name_end = end;
    for (; end >= whole; --end) {
      // "South Ossetia" is not "South": a name cut after a compass word.
      if (end < name_end && IsCompassNoun(words[end - 1])) continue;
      const Place* place =
          place_cache.Find(JoinWords(begin, end), area != nullptr ? area->country : hint);
      // "near the U.S. consulate in Denpasar": a country owning a building
      // is not where the building is.
      if (place != nullptr && place->kind == PlaceKind::kCountry && end < n &&
          words[end][0] >= 'a' && IsBuildingWord(words[end])) {
        t = end - 1;
        break;
      }
      if (place != nullptr && area != nullptr && place->country != area->country) place = area;
      if (place != nullptr && end < building && !hint.empty() && place->country != hint) continue;
      if (place != nullptr && described && place->country != hint &&
          place->kind == PlaceKind::kCity && place->population < 100000)
        continue;
      if (place != nullptr) {
        places.push_back(PlaceMention{begin, end, place, origin, over});
        t = end - 1;
        break;
      }
    }
    if (end >= whole) continue;
    if (building >= 0) {
      // "gathered on Ala-Too Square", "outside the Grand Hotel": a site the
      // gazetteer lacks is in the town the article placed a deed in last
      // (not one followed by its town: "outside the Grand Hotel in Aswan").
      const bool town_follows = name_end + 1 < n && IsProperTag(p.tags[name_end + 1]) &&
                                EqualsAnyIgnoreCase(words[name_end], {"in", "near"});
      if (const Place* town = TownOfSite(hint); town != nullptr && !described && !town_follows) {
        places.push_back(PlaceMention{begin, name_end, town, origin, over});
        t = name_end - 1;
      }
      continue;
    }
    if (const Place* known = UnlistedAreaNamed(begin, name_end)) {
      places.push_back(PlaceMention{begin, name_end, known, origin, over, true});
      t = name_end - 1;
    } else if (!described &&
               (NamedByItsKind(begin, name_end) || ScenePlace(t, begin, name_end, force))) {
      if (const Place* country = UnlistedAreaCountry(hint)) {
        places.push_back(PlaceMention{begin, name_end, country, origin, over, true});
      } else {
        unplaced_areas.emplace_back(begin, name_end);
      }
      t = name_end - 1;
    }
  }
  PlaceTownsInTheirCountry();
  RememberUnlistedAreas();
  for (const PlaceMention& m : places) {
    if (m.place->kind == PlaceKind::kCity && !m.unlisted && !m.origin) named_town = m.place;
  }
  for (const PlaceMention& m : places) RememberDivision(m.place);
}

// Whether the name [begin, end), which the gazetteer lacks, is named by its
// kind as an area: "the Galwan Valley", "Pangong Lake", "the village of
// Kuriga", "the Chapare region". FindPlaces puts such an area in the
// country UnlistedAreaCountry gives; elsewhere its country is a guess, and
// the deed is placed nowhere rather than at the dateline.
bool ArticleCoder::State::NamedByItsKind(int begin, int end) const {
  const int n = static_cast<int>(words.size());
  if (end - begin >= 2 && IsLandAreaWord(words[end - 1]) && IsProperTag(sentence_tags[end - 2]))
    return true;
  if (begin >= 2 && words[begin - 1] == "of" && IsSettlementKind(words[begin - 2])) return true;
  return end < n && words[end][0] >= 'a' && IsDivisionWord(words[end]);
}

// A place of the country an unlisted area the sentence names lies in, else
// nullptr. Reporters name the small places of the country they file from,
// and a deed is done on the soil of its target's country: the dateline's
// when an event of the sentence is done to that country ("Chinese troops
// attacked Indian soldiers in the Galwan Valley" under "NEW DELHI -"), or
// none is done to another and the sentence's country (`hint`) is the
// dateline's (not "Russian forces shelled Ukrainian soldiers in the village
// of Robotyne" under "MOSCOW -"); else the sentence's country when all its
// events are between parties of that country ("Ethiopian troops attacked
// Tigrayan forces in the town of Shire"), as its capital.
const Place* ArticleCoder::State::UnlistedAreaCountry(std::string_view hint) {
  bool own = false, other = false, inside = !hint.empty(), any = false;
  for (const code::Event& e : sentence->result.events) {
    for (const std::string_view c : {CountryOf(e.source), CountryOf(e.target)}) {
      if (c.empty()) continue;
      any = true;
      inside = inside && c == hint;
    }
    const std::string_view c = CountryOf(e.target);
    if (dateline != nullptr && !c.empty()) (c == dateline->country ? own : other) = true;
  }
  if (dateline != nullptr && (own || (!other && hint == dateline->country))) return dateline;
  if (!inside || !any) return nullptr;
  const std::string_view capital = CapitalOf(hint);
  const Place* place = capital.empty() ? nullptr : place_cache.Find(capital, hint);
  return place != nullptr && place->country == hint ? place : nullptr;
}

// Whether the name [begin, end), which the gazetteer lacks, right after "in",
// "near", "outside" or "at" (place preposition `t`) in a sentence that tells
// a use of force (`force`), is the scene of it: "gunmen killed 26 men in
// Pahalgam", a town too small to be listed; not a name the coder read as an
// actor ("in Parliament"), a time ("in April 2014") or a name before a noun.
bool ArticleCoder::State::ScenePlace(int t, int begin, int end, bool force) const {
  const int n = static_cast<int>(words.size());
  if (!force || begin != t + 1 || end - begin > 3 ||
      !EqualsAnyIgnoreCase(words[t], {"in", "near", "outside", "at"}))
    return false;
  // "in Hamas captivity", "at Shifa hospital": a name describing a noun;
  // "in Operation Khanjar": a military operation's.
  if ((end < n && sentence_tags[end].starts_with("NN")) ||
      EqualsIgnoreCase(words[begin], "operation"))
    return false;
  for (const code::Mention& m : mentions) {
    if (m.tokens.begin < end && begin < m.tokens.end && m.code != "---") return false;
  }
  for (const TimeExpression& x : times) {  // "in April 2014"
    if (x.token_begin < end && begin < x.token_end) return false;
  }
  return true;
}

// A place of the country of the unlisted area the article placed under the
// name [begin, end) ("near Kuriga" after "the town of Kuriga"), else nullptr.
const Place* ArticleCoder::State::UnlistedAreaNamed(int begin, int end) {
  if (unlisted_areas.empty()) return nullptr;
  const std::string& named = JoinWords(begin, end);
  for (const auto& [area, place] : unlisted_areas) {
    if (area == named) return place;
  }
  return nullptr;
}

// Remembers the sentence's unlisted areas for UnlistedAreaNamed.
void ArticleCoder::State::RememberUnlistedAreas() {
  constexpr size_t kMaxAreas = 16;
  for (const PlaceMention& m : places) {
    if (!m.unlisted || unlisted_areas.size() >= kMaxAreas || UnlistedAreaNamed(m.begin, m.end))
      continue;
    unlisted_areas.emplace_back(JoinWords(m.begin, m.end), m.place);
  }
}

// Whether the clause of words [begin, end) names an area FindPlaces could not
// place in a country.
bool ArticleCoder::State::InUnplacedArea(int begin, int end) const {
  for (const auto& [area_begin, area_end] : unplaced_areas) {
    if (Reachable(begin, end, area_begin, area_end)) return true;
  }
  return false;
}

// A division named as an owner ("Catalonia's leader") in a sentence that
// places nothing else; the tags are tested first, the gazetteer only then.
void ArticleCoder::State::RememberOwnersDivision(const parse::ParsedSegment& p) {
  if (gazetteer == nullptr) return;
  for (size_t t = 0; t + 1 < p.tags.size(); ++t) RememberOwnerAt(p, static_cast<int>(t));
}

// "Catalonia's": a proper name owning what follows, remembered if it is a
// first-level division.
void ArticleCoder::State::RememberOwnerAt(const parse::ParsedSegment& p, int t) {
  if (p.tags[t + 1] == "POS" && p.tags[t] == "NNP") RememberDivision(place_cache.Find(words[t]));
}

void ArticleCoder::State::RememberDivision(const Place* place) {
  if (place != nullptr && place->kind == PlaceKind::kAdmin1) named_division = place;
}

// "raided polling stations across the region", "in the province": after
// place preposition `t`, "the" and a division's kind, standing alone (not
// "the region's", "the province of ..."), name the division the article
// named last; returns where the words end, 0 if they are not there or the
// article named none.
int ArticleCoder::State::TheDivision(const parse::ParsedSegment& p, int t) const {
  const int n = static_cast<int>(words.size());
  if (named_division == nullptr || t + 2 >= n || !EqualsIgnoreCase(words[t + 1], "the") ||
      !EqualsAnyIgnoreCase(words[t + 2], {"region", "province", "state"}))
    return 0;
  if (t + 3 < n && (p.tags[t + 3] == "POS" || EqualsIgnoreCase(words[t + 3], "of"))) return 0;
  return t + 3;
}

// "in the city", "near the town", "in the city's main square", "into the
// city prison": after place preposition `t`, "the city" or "the town" (not
// "the city of ...") names the city the article placed a deed in last.
bool ArticleCoder::State::TheTown(int t) const {
  const int n = static_cast<int>(words.size());
  if (named_town == nullptr || t + 2 >= n || !IsPlacePreposition(words[t]) ||
      !EqualsIgnoreCase(words[t + 1], "the") ||
      !EqualsAnyIgnoreCase(words[t + 2], {"city", "town"}))
    return false;
  return t + 3 >= n || !EqualsIgnoreCase(words[t + 3], "of");
}

// "in Nigeria's Kaduna state", "on Singapore's Sentosa island": the proper
// name after a country's possessive [begin, end) is a place of that country
// when the gazetteer has one; returns the word after what was read.
int ArticleCoder::State::PlaceInsideCountry(const parse::ParsedSegment& p, int begin, int end) {
  const int n = static_cast<int>(words.size());
  const Place* country = place_cache.Find(JoinWords(begin, end));
  if (country == nullptr) return end;
  if (country->kind != PlaceKind::kCountry) {
    // "in Beirut's southern suburbs", "at Kabul's airport": a part of the town.
    int k = end + 1;
    while (k < n && (p.tags[k] == "JJ" || IsCompassWord(words[k]))) ++k;
    if (k >= n || !IsPartOfTown(words[k])) return end;
    places.push_back(PlaceMention{begin, end, country});
    return k + 1;
  }
  int inner_end = end + 1;
  while (inner_end < n && IsProperTag(p.tags[inner_end])) ++inner_end;
  for (int last = inner_end; last > end + 1; --last) {
    const Place* place = place_cache.Find(JoinWords(end + 1, last), country->country);
    if (place != nullptr && place->country == country->country &&
        place->kind != PlaceKind::kCountry) {
      places.push_back(PlaceMention{end + 1, last, place});
      return last;
    }
  }
  // "on Singapore's Sentosa island": an island or division the gazetteer
  // does not list is still in the country.
  if (inner_end > end + 1 && inner_end < n &&
      (IsDivisionWord(words[inner_end]) || EqualsIgnoreCase(words[inner_end], "island"))) {
    places.push_back(PlaceMention{begin, end, country});
    return inner_end;
  }
  return end;
}

// Words [begin, end) joined by spaces, in the scratch `name`.
const std::string& ArticleCoder::State::JoinWords(int begin, int end) {
  name.clear();
  AppendJoined(std::span<const std::string_view>(words).subspan(begin, end - begin), &name);
  return name;
}

// "the town of Palma in northern Mozambique", "Kuta, Bali, Indonesia": a
// town followed by the country or division it lies in is that country's
// town, whatever the sentence's actors suggest; if the country has no town of
// that name in the gazetteer, the place is the area named (a town of another
// country is surely wrong).
void ArticleCoder::State::PlaceTownsInTheirCountry() {
  for (size_t i = 0; i + 1 < places.size(); ++i) {
    PlaceMention& town = places[i];
    const Place& area = *places[i + 1].place;
    if (area.kind == PlaceKind::kCity || area.country == town.place->country ||
        places[i + 1].begin - town.end > 3)
      continue;
    const Place* there = place_cache.Find(JoinWords(town.begin, town.end), area.country);
    const bool listed = there != nullptr && there->country == area.country;
    town.place = listed ? there : &area;
    // "the town of Palma in northern Mozambique": named by its kind, the town
    // itself, in that country.
    town.unlisted = !listed && (town.unlisted || NamedByItsKind(town.begin, town.end));
  }
}

namespace {

// A name set off by commas after a common noun ("the ambassador, Nicholas
// Burns, late on Tuesday") is in apposition: its commas end no clause.
void UnbreakAppositiveNames(std::span<const std::string_view> tags, std::vector<uint8_t>* breaks) {
  const int n = static_cast<int>(tags.size());
  for (int t = 1; t < n; ++t) {
    if (tags[t] != "," || (tags[t - 1] != "NN" && tags[t - 1] != "NNS")) continue;
    int k = t + 1;
    while (k < n && IsProperTag(tags[k])) ++k;
    if (k == t + 1 || k >= n || tags[k] != ",") continue;
    (*breaks)[t] = (*breaks)[k] = 0;
  }
}

// Whether words [0, x) are an adverbial with no verb and no clause break:
// x is inside the phrase that opens the sentence ("In a statement on
// Thursday, the ELN said"; not the subject, "The US commander in Iraq, ...").
bool InOpeningPhrase(std::span<const std::string_view> tags, const std::vector<uint8_t>& breaks,
                     int x) {
  if (x == 0 || (tags[0] != "IN" && !tags[0].starts_with("RB"))) return false;
  for (int t = 0; t < x; ++t) {
    if (breaks[t] || tags[t].starts_with("VB") || tags[t] == "MD") return false;
  }
  return true;
}

// Whether word t, after an event's verb, starts another clause that
// qualifies the noun before it, so that a time or place after it is that
// clause's: "citizens abducted by agents in the 1970s", "the man who led the
// coup in 2021", "said the army killed five on Monday".
bool StartsRelativeClause(std::span<const std::string_view> tags, int t) {
  if (tags[t] == "WDT" || tags[t] == "WP") return true;
  return t > 0 && (tags[t] == "VBN" || tags[t] == "VBD") &&
         (tags[t - 1] == "NN" || tags[t - 1] == "NNS" || tags[t - 1] == "NNP");
}

// Whether a participle after a comma goes on with the deed of the clause
// before it ("freed the prisoners on Thursday, handing them over at Ankara
// airport"), rather than reporting words about it (", saying ...").
bool ContinuesTheDeed(std::string_view word, std::string_view tag) {
  return tag == "VBG" &&
         !EqualsAnyIgnoreCase(
             word, {"saying",   "adding",  "calling",   "citing",    "accusing",    "describing",
                    "claiming", "noting",  "warning",   "urging",    "insisting",   "arguing",
                    "blaming",  "denying", "vowing",    "promising", "threatening", "demanding",
                    "asking",   "telling", "stressing", "referring", "according"});
}

}  // namespace

// Commas, colons and dashes outside noun phrases ("UK, French, US and other
// forces" is one phrase) separate the clauses a time or place belongs to.
void ArticleCoder::State::FindClauseBreaks() {
  breaks.resize(words.size());
  for (size_t t = 0; t < words.size(); ++t)
    breaks[t] = sentence_tags[t] == "," || sentence_tags[t] == ":";
  for (const code::Mention& m : mentions) {
    for (int t = m.tokens.begin; t < m.tokens.end; ++t) breaks[t] = 0;
  }
  UnbreakAppositiveNames(sentence_tags, &breaks);
}

// Whether words [x_begin, x_end) (a time or place) belong with words [begin,
// end) (a verb or count): nothing but words between them; or the time or place
// set off on its own (", in 2013,"), or in the phrase that opens the sentence;
// or it comes before a clause that hangs on what precedes it (", which left
// 130 dead", ", killing 224", ", where gunmen killed 26").
bool ArticleCoder::State::Reachable(int begin, int end, int x_begin, int x_end) const {
  int n = static_cast<int>(words.size());
  bool open_before =
      x_begin == 0 || breaks[x_begin - 1] || InOpeningPhrase(sentence_tags, breaks, x_begin);
  bool open_after = x_end >= n || breaks[x_end] || sentence_tags[x_end] == ".";
  if (open_before && open_after) return true;
  if (x_begin >= end) {
    for (int t = end; t < x_begin; ++t) {
      if (StartsRelativeClause(sentence_tags, t)) return false;
      if (!breaks[t] || (t + 1 < n && ContinuesTheDeed(words[t + 1], sentence_tags[t + 1])))
        continue;
      if (const int close = EndOfIncluding(t); close > t) {
        t = close;
        continue;
      }
      return false;
    }
    return true;
  }
  for (int t = x_end; t < begin; ++t) {
    if (!breaks[t]) continue;
    if (const int close = EndOfIncluding(t); close > t) {
      t = close;
      continue;
    }
    std::string_view next = t + 1 < n ? sentence_tags[t + 1] : std::string_view();
    if (next != "WDT" && next != "WP" && next != "WRB" && next != "VBG") return false;
  }
  return true;
}

// ", including Samar Badawi, and urged ...": a list set off by "including"
// is part of the noun before it, commas and all. The break that closes the
// one opened by the break at `t`, else -1.
int ArticleCoder::State::EndOfIncluding(int t) const {
  const int n = static_cast<int>(words.size());
  if (t + 2 >= n || !EqualsIgnoreCase(words[t + 1], "including")) return -1;
  for (int k = t + 2; k < n; ++k) {
    if (breaks[k]) return k;
    if (sentence_tags[k].starts_with("VB") || sentence_tags[k] == ".") return -1;
  }
  return -1;
}

// The nearest place of the clause of words [begin, end). A place after "from"
// is where the verb's object came from only right after the verb ("recalled
// its ambassador from Phnom Penh"); further on it belongs to a noun ("signed
// orders imposing tariffs on imports from Mexico"). A place after "over" is
// only a use of force's (`force`: "shot down a helicopter over Armenia"; not
// "a row over Crimea"). A place in the phrase that opens the sentence is the
// main clause's ("In a speech in Tehran on Tuesday, Khamenei said"); one
// before "and" and the verb is the verb's before when this verb has a place
// of its own ("arrested 12 in Lagos and dispersed protesters in Abuja"; but
// "stormed the offices in Yerevan and broke into parliament"). Of a country
// and a place in it, the clause's deed took place in the more specific one
// ("Police in Georgia arrested 30 protesters in Tbilisi").
const PlaceMention* ArticleCoder::State::NearestPlace(int begin, int end, bool force,
                                                      std::string_view code) const {
  const int conjunction = ConjunctionBefore(begin);
  const PlaceMention* own =
      conjunction < 0 ? nullptr : NearestPlace(begin, end, force, code, conjunction);
  return own != nullptr ? own : NearestPlace(begin, end, force, code, -1);
}

// NearestPlace, of the places after word `after`.
const PlaceMention* ArticleCoder::State::NearestPlace(int begin, int end, bool force,
                                                      std::string_view code, int after) const {
  const PlaceMention* best = nullptr;
  const PlaceMention* inner = nullptr;  // the nearest that is not a country
  int best_distance = 1 << 30, inner_distance = 1 << 30;
  for (const PlaceMention& m : places) {
    // "Speaking from San Jose, Zelaya denied ...": where the words were said.
    if (m.origin && (m.begin < end || m.begin - end > 4) &&
        !(m.end <= begin && InVenuePhrase(m.begin, m.end, begin)))
      continue;
    if (m.over && !force) continue;
    if (m.begin <= after) continue;
    int d = Distance(begin, end, m.begin, m.end);
    if (d >= best_distance && d >= inner_distance) continue;
    if (InGerundClause(end, m.begin) || AfterAnotherDeed(code, end, m.begin) ||
        AfterSecondVerb(end, m.begin))
      continue;
    if (!Reachable(begin, end, m.begin, m.end) &&
        !(m.end <= begin && (InOpeningPhrase(sentence_tags, breaks, m.begin) ||
                             InVenuePhrase(m.begin, m.end, begin))))
      continue;
    if (d < best_distance) best = &m, best_distance = d;
    if (d < inner_distance && m.place->kind != PlaceKind::kCountry) inner = &m, inner_distance = d;
  }
  if (best != nullptr && inner != nullptr && best->place->kind == PlaceKind::kCountry &&
      inner->place->country == best->place->country)
    return inner;
  return best;
}

// Whether words [x_begin, x_end), before the verb at `verb`, are in a phrase
// of speaking or meeting set off before it, which tells where the main
// clause's deed was done: "Speaking to supporters in Istanbul, Erdogan
// accused ...", "The leaders, meeting in Brussels, demanded ...".
bool ArticleCoder::State::InVenuePhrase(int x_begin, int x_end, int verb) const {
  int start = x_begin;
  while (start > 0 && !breaks[start - 1]) --start;
  int stop = x_end;
  while (stop < verb && !breaks[stop]) ++stop;
  // The tagger reads ", meeting in Brussels," as a noun as often as not.
  if (stop >= verb || (sentence_tags[start] != "VBG" && sentence_tags[start] != "NN")) return false;
  return EqualsAnyIgnoreCase(words[start], {"speaking", "meeting", "addressing", "talking"});
}

// Where the words of a quoted event were said: a place named right after its
// attribution's verb (`"We will not back down," the prime minister told
// reporters in Ottawa`), for a deed of words (CAMEO 01-05, 10-14); else
// nullptr.
const PlaceMention* ArticleCoder::State::AttributionPlace(const code::Event& e) const {
  const int verb = quotes.speech_verb;
  if (verb < 0 || places.empty() || !quotes.Quoted(e.verb_tokens.begin) || e.code.size() < 2)
    return nullptr;
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (!(root <= "05" || (root >= "10" && root <= "14"))) return nullptr;
  for (const PlaceMention& m : places) {
    if (InAttributionTail(m.begin) && !m.origin) return &m;
  }
  return nullptr;
}

namespace {

// "after", "while", "following", "when": a word that joins a clause of a
// deed done at about the same time as the clause before it.
bool IsLinkingWord(std::string_view w, std::string_view tag) {
  return (tag == "IN" || tag == "WRB" || tag == "VBG") &&
         EqualsAnyIgnoreCase(w, {"after", "while", "following", "when"});
}

}  // namespace

// A place of the clause joined to the event's by "after", "while",
// "following" or "when", when the event's own clause names none: a deed
// done right after or while something was done somewhere was done there
// ("was detained in 2018, after stones were thrown at the convoy in Arua",
// "agreed on Friday ..., after four days of talks in Beijing"), rather than
// where the story was filed. Backwards ("detained 1,200 people in Brasilia, a
// day after rioters stormed Congress"), only a place of a party's country.
// Not across a relative clause, nor past a deed of another kind.
const PlaceMention* ArticleCoder::State::LinkedClausePlace(const code::Event& e) const {
  // A reaction (01, 02, 10-13) made after a deed was not made where the deed
  // was ("condemned China on Monday after its jets flew near Taiwan").
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root <= "02" || (root >= "10" && root <= "13")) return nullptr;
  return LinkedClausePlace(e.verb_tokens.begin, e.verb_tokens.end, e.code, CountryOf(e.source),
                           CountryOf(e.target));
}

// LinkedClausePlace of the words [begin, end) of an event of CAMEO `code`
// (a count's: "were killed when security forces broke up protests in
// Sacaba", with no code and no parties) between `source` and `target`.
const PlaceMention* ArticleCoder::State::LinkedClausePlace(int begin, int end,
                                                           std::string_view code,
                                                           std::string_view source,
                                                           std::string_view target) const {
  const int n = static_cast<int>(words.size());
  end = std::min(end, n);
  if (places.empty() || begin >= n) return nullptr;
  for (int t = end; t < n && t < end + 20; ++t) {
    if (sentence_tags[t] == "WDT" || sentence_tags[t] == "WP") break;
    if (!IsLinkingWord(words[t], sentence_tags[t])) continue;
    for (const PlaceMention& m : places) {
      if (m.begin <= t || m.over || m.origin || m.begin > t + 15) continue;
      if (AfterAnotherDeed(code, end, m.begin)) return nullptr;
      return &m;
    }
    break;
  }
  for (int t = begin - 1; t > 0 && t >= begin - 8; --t) {
    if (!IsLinkingWord(words[t], sentence_tags[t])) continue;
    const PlaceMention* before = nullptr;
    for (const PlaceMention& m : places) {
      if (m.end <= t && !m.over && !m.origin) before = &m;
    }
    if (before == nullptr) return nullptr;
    const std::string_view country = before->place->country;
    return !country.empty() && (country == source || country == target) ? before : nullptr;
  }
  return nullptr;
}

// Whether words [end, place) hold "of" or "for" and a gerund, whose clause
// the place at `place` belongs to: "accused Russia of blowing up the dam in
// southern Ukraine", "praised the police for arresting him in Paris"; not
// where a venue of words comes between ("accused Pakistan of harbouring
// militants at a news conference in Kabul").
bool ArticleCoder::State::InGerundClause(int end, int place) const {
  bool gerund = false;
  for (int t = end; t + 1 < place; ++t) {
    if (sentence_tags[t + 1] == "VBG" && EqualsAnyIgnoreCase(words[t], {"of", "for"}))
      gerund = true;
    if (gerund && EqualsAnyIgnoreCase(words[t + 1], {"conference", "briefing", "summit", "meeting",
                                                     "speech", "rally", "ceremony", "interview",
                                                     "session", "forum", "address"}))
      return false;
  }
  return gerund;
}

// "Soldiers arrested Zelaya at his home and flew him to Costa Rica": a place
// after "and" and a second verb, when words stand between the first verb and
// the "and", is the second verb's ("met and signed a deal in Doha" is both's).
bool ArticleCoder::State::AfterSecondVerb(int end, int place) const {
  for (int t = end + 1; t + 1 < place; ++t) {
    if (sentence_tags[t] != "CC") continue;
    int v = t + 1;
    while (v < place && sentence_tags[v].starts_with("RB")) ++v;
    const std::string_view tag = sentence_tags[v];
    if (tag == "VBD" || tag == "VBZ" || tag == "VBP") return true;
  }
  return false;
}

// "... in Lagos and dispersed protesters": where the "and" before the verb
// at word `verb` stands, when a verb before it starts the clause's first
// conjunct; -1 if none.
int ArticleCoder::State::ConjunctionBefore(int verb) const {
  int c = verb - 1;
  while (c >= 0 && sentence_tags[c].starts_with("RB")) --c;
  if (c < 1 || sentence_tags[c] != "CC") return -1;
  for (int t = c - 1; t >= 0 && !breaks[t]; --t) {
    if (sentence_tags[t].starts_with("VB")) return c;
  }
  return -1;
}

// The nearest time of the clause of words [begin, end); "two days after ..."
// only for what follows it, and only if the clause names no date itself.
const TimeExpression* ArticleCoder::State::NearestTime(int begin, int end) const {
  const TimeExpression* best = nullptr;
  const TimeExpression* relative = nullptr;  // the last "two days after" before the verb
  int best_distance = 1 << 30;
  for (const TimeExpression& e : times) {
    if (e.relative && begin >= e.token_end && Reachable(begin, end, e.token_begin, e.token_end))
      relative = &e;
    if (e.relative && (begin < e.token_end || (best != nullptr && !best->relative))) continue;
    int d = Distance(begin, end, e.token_begin, e.token_end);
    bool better = d < best_distance || (best != nullptr && best->relative && !e.relative);
    if (better && Reachable(begin, end, e.token_begin, e.token_end)) best = &e, best_distance = d;
  }
  // A date before "two days after" is the earlier clause's ("On Tuesday, they
  // stormed the embassy, two days after airstrikes killed 25").
  if (relative != nullptr && best != nullptr && !best->relative &&
      best->token_end <= relative->token_begin)
    return relative;
  return best;
}

// A town or province that is the event's target is where it happened:
// "Russian missiles hit Odesa" (a name the coder took for its country), "jets
// bombed the Gaza Strip", "Russian forces attacked Ukraine", "Modi visited
// Moscow" (a use of force on, or a visit to, a place the dictionaries list: a
// country, a first-level division or a city of 100,000 or more; a country
// criticised is no place); nullptr otherwise.
const Place* ArticleCoder::State::TargetsPlace(const code::Event& e, bool force) {
  std::string_view named = e.target_info.antecedent;
  if (named.starts_with(Coreference::kPlaceAntecedent)) {
    const Place* place = place_cache.Find(named.substr(7), CountryOf(e.target));
    return place != nullptr && place->country == CountryOf(e.target) ? place : nullptr;
  }
  const int n = static_cast<int>(words.size());
  int begin = e.target_tokens.begin, end = e.target_tokens.end;
  if (!(force || e.code.starts_with("042")) || e.target_tokens.empty() || end > n) return nullptr;
  // "gunmen attacked the city's landmarks", "visited the town": the city
  // the article placed a deed in last.
  if (named_town != nullptr && end - begin >= 2 && EqualsIgnoreCase(words[begin], "the") &&
      EqualsAnyIgnoreCase(words[begin + 1], {"city", "town"}) &&
      (begin + 2 >= n || !EqualsIgnoreCase(words[begin + 2], "of")))
    return named_town;
  if (!e.target_info.antecedent.empty()) return nullptr;
  if (EqualsIgnoreCase(words[begin], "the")) ++begin;
  if (begin >= end || !IsProperTag(sentence_tags[begin])) return nullptr;
  const Place* place = place_cache.Find(JoinWords(begin, end), CountryOf(e.target));
  if (place == nullptr || place->country != CountryOf(e.target) ||
      (place->kind == PlaceKind::kCity && place->population < 100000))
    return nullptr;
  return place;
}

std::optional<Location> ArticleCoder::State::LocationOf(
    const PlaceMention* m, const std::vector<text::Token>& tokens) const {
  if (m == nullptr) return std::nullopt;
  Location l;
  if (m->unlisted) {
    // Named by the text's words, in its country, with no coordinates known.
    AppendJoined(std::span<const std::string_view>(words).subspan(m->begin, m->end - m->begin),
                 &l.name);
    l.country = m->place->country;
    l.lat = l.lon = std::numeric_limits<double>::quiet_NaN();
    l.kind = PlaceKind::kAdmin1;
    l.bytes = BytesOf(tokens, m->begin, m->end);
    return l;
  }
  l.name = m->place->name;
  l.country = m->place->country;
  l.adm1 = m->place->adm1;
  l.lat = m->place->lat;
  l.lon = m->place->lon;
  l.feature_id = m->place->feature_id;
  l.kind = m->place->kind;
  l.bytes = BytesOf(tokens, m->begin, m->end);
  return l;
}

namespace {

// Where international organisations sit (the code's start, the gazetteer's
// city): "BRUSSELS -" and "European Union leaders agreed" is Brussels.
constexpr std::pair<std::string_view, std::string_view> kSeats[] = {
    {"IGOEUREEC", "Brussels"},   {"IGOWSTNAT", "Brussels"}, {"IGOUNOIAE", "Vienna"},
    {"IGOUNOICJ", "The Hague"},  {"IGOUNOWFP", "Rome"},     {"IGOUNO", "New York City"},
    {"IGOUNO", "New York"},      {"IGOUNO", "Geneva"},      {"IGOICC", "The Hague"},
    {"IGOAFRAU", "Addis Ababa"}, {"IGOWBK", "Washington"},  {"IGOIMF", "Washington"},
    {"IGOSEAASN", "Jakarta"},    {"IGOOPC", "Vienna"},      {"IGOEURSCE", "Vienna"},
    {"IGOARBLEG", "Cairo"},      {"IGOWTO", "Geneva"},      {"IGOWAFWAS", "Abuja"}};

// Whether actor `code` is an international organisation and `place` the
// city it sits in ("Washington, D.C." is "Washington").
bool AtItsSeat(std::string_view code, const Place& place) {
  if (!code.starts_with("IGO")) return false;
  const std::string_view city = place.name.substr(0, place.name.find(','));
  for (const auto& [prefix, seat] : kSeats) {
    if (code.starts_with(prefix) && city == seat) return true;
  }
  return false;
}

}  // namespace

// An event whose sentence names no place happened where the story was filed
// when one of its actors belongs to that country ("Police fired tear gas"
// under "NAIROBI -"), when it is a meeting (040, 046: reporters cover the
// talks where they are held), or when an international organisation acts
// where it sits ("The EU imposed sanctions" under "BRUSSELS -"); elsewhere
// the text does not say.
std::optional<Location> ArticleCoder::State::DatelineLocation(const code::Event& e) const {
  if (dateline == nullptr) return std::nullopt;
  const bool meeting = e.code.starts_with("040") || e.code.starts_with("046");
  if (CountryOf(e.source) != dateline->country && CountryOf(e.target) != dateline->country &&
      !meeting && !AtItsSeat(e.source, *dateline))
    return std::nullopt;
  // "Russian forces shelled Ukrainian positions" under "MOSCOW -": force is
  // used on the soil of its target's country, not where the story was filed.
  const std::string_view target = CountryOf(e.target);
  if (!target.empty() && target != dateline->country && dict::IsForceCode(e.code))
    return std::nullopt;
  return DatelinePlace();
}

// Where the story was filed, as a location (the dateline's bytes); nullopt
// without a dateline the gazetteer knows.
std::optional<Location> ArticleCoder::State::DatelinePlace() const {
  if (dateline == nullptr) return std::nullopt;
  PlaceMention m{0, 0, dateline};
  std::optional<Location> l = LocationOf(&m, {});
  l->bytes = dateline_bytes;
  return l;
}

// Whether place `m` is in the subject of event `e` and of another country
// than its target's: "militants in Gaza fired rockets at southern Israel"
// says where the attackers are; force is used on its target's soil.
bool ArticleCoder::State::InSubjectAbroad(const PlaceMention* m, const code::Event& e) const {
  const std::string_view target = CountryOf(e.target);
  return m != nullptr && !target.empty() && m->place->country != target &&
         !e.source_tokens.empty() && m->begin >= e.source_tokens.begin &&
         m->end <= e.source_tokens.end && m->end <= e.verb_tokens.begin;
}

// Whether place `m` is a whole country named in the subject, where the story
// was filed in one of its cities: "Army officers in Gabon seized power" under
// "LIBREVILLE -" says who acted, and they acted where the reporter is. (A
// country after the verb is the deed's own place: "killed 12 people in
// Thailand" stays Thailand.)
bool ArticleCoder::State::SubjectsCountryAtDateline(const PlaceMention* m,
                                                    const code::Event& e) const {
  return m != nullptr && m->place->kind == PlaceKind::kCountry && dateline != nullptr &&
         dateline->kind == PlaceKind::kCity && dateline->country == m->place->country &&
         !e.source_tokens.empty() && m->begin >= e.source_tokens.begin &&
         m->end <= e.verb_tokens.begin;
}

Modality ArticleCoder::State::ModalityOf(const code::Event& e, bool question,
                                         bool condition) const {
  if (e.negated) return Modality::kNegated;
  if (e.hypothetical) return Modality::kHypothetical;
  int verb = e.verb_tokens.begin;
  std::span<const std::string_view> tags = sentence_tags;
  if (question || (verb >= 0 && InCondition(words, tags, verb)) ||
      (verb >= 0 &&
       ModalBefore(words, tags, verb, {"could", "might", "may", "must", "should", "ought"})) ||
      (condition && verb >= 0 && ModalBefore(words, tags, verb, {"would", "will", "'ll", "wo"})))
    return Modality::kHypothetical;
  if (e.future) return Modality::kFuture;
  if (!e.reported_by.empty()) return Modality::kReported;
  return Modality::kAsserted;
}

// A heuristic score: a matched pattern and actors named outright are surer
// than a verb's default code and pronouns.
double ArticleCoder::State::ConfidenceOf(const code::Event& e, Modality m) const {
  double c = e.pattern.empty() ? 0.55 : 0.75;
  if (!e.source_info.entry.empty() || !e.source_info.agents.empty()) c += 0.08;
  if (!e.target_info.entry.empty() || !e.target_info.agents.empty()) c += 0.08;
  if (!e.source_info.antecedent.empty() || !e.target_info.antecedent.empty()) c -= 0.15;
  if (m == Modality::kHypothetical || m == Modality::kNegated) c -= 0.2;
  return std::clamp(std::round(c * 100) / 100, 0.05, 0.95);
}

// Whether an earlier sentence of the article gave the same event (unless
// every mention is wanted); remembers it otherwise.
bool ArticleCoder::State::Repeats(const code::Event& e, const EventDetails& d) {
  if (options.all_mentions) return false;
  key.clear();
  ((((key += e.source) += '|') += e.target) += '|') += e.code;
  (key += '|') += std::to_string(d.event_date);
  for (size_t i = 0; i < seen_count; ++i) {
    if (seen_events[i] == key) return true;
  }
  if (seen_count >= kListedEvents) return !more_seen_events.insert(key).second;
  if (seen_count == seen_events.size()) seen_events.emplace_back();
  seen_events[seen_count++] = key;
  return false;
}

// Dates, modality, places, counts and offsets for the events of the sentence
// just coded into `sentence.result`; drops what is not to be written.
// A past participle right after its subject, with no auxiliary ("Myanmar's
// military seized/VBN power", "people killed on Monday"), is a past: the
// tagger often reads one for the other.
bool IsBarePastParticiple(std::span<const std::string_view> tags, int j) {
  if (tags[j] != "VBN") return false;
  int k = j - 1;
  while (k >= 0 && tags[k].starts_with("RB")) --k;
  if (k < 0) return false;
  if (tags[k] == "JJ") return k >= 1 && tags[k - 1] == "POS";  // "Russia's military"
  return tags[k].starts_with("NN") || tags[k] == "PRP";
}

// Whether the verbs governing word k are in the past: the nearest finite verb
// before it ("said on Tuesday", "was arrested on Tuesday"; not "has been at
// war for four years", "will meet on Thursday"), else the first after it. A
// base form is not finite: it takes the tense of what it hangs on ("agreed to
// stop on Saturday", "will stop on Friday").
bool PastAt(std::span<const std::string_view> tags, int k) {
  for (int j = k - 1; j >= 0; --j) {
    std::string_view tag = tags[j];
    if (tag == "MD") return false;
    if (IsBarePastParticiple(tags, j)) return true;
    if (!tag.starts_with("VB") || tag == "VB" || tag == "VBN" || tag == "VBG") continue;
    return tag == "VBD";
  }
  for (size_t j = k; j < tags.size(); ++j) {
    if (tags[j] == "MD") return false;
    if (IsBarePastParticiple(tags, static_cast<int>(j))) return true;
    if (tags[j].starts_with("VB") && tags[j] != "VBN" && tags[j] != "VBG") return tags[j] == "VBD";
  }
  return false;
}

// Whether the sentence's main verb is in the simple past (its first verb).
bool IsPastSentence(std::span<const std::string_view> tags) {
  for (size_t j = 0; j < tags.size(); ++j) {
    if (IsBarePastParticiple(tags, static_cast<int>(j))) return true;
    if (tags[j].starts_with("VB") || tags[j] == "MD") return tags[j] == "VBD";
  }
  return false;
}

bool IsSayingVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"said", "says", "told", "announced", "stated", "reported", "added",
                                 "confirmed", "declared"});
}

// Whether a sentence may name the day of a deed: a weekday not right after a
// verb of saying ("said on Tuesday" dates a report), "yesterday", "today", a
// month and a number. The tags make this much cheaper than looking for times.
bool MayNameADay(std::span<const std::string_view> words, std::span<const std::string_view> tags) {
  for (size_t t = 0; t < words.size(); ++t) {
    if (words[t].empty()) continue;
    if (tags[t] == "CD" && t > 0 && MonthNumber(words[t - 1]) > 0) return true;
    if (tags[t].starts_with("NNP")) {
      if (WeekdayNumber(words[t]) < 0) continue;
      const size_t verb = t >= 1 && EqualsIgnoreCase(words[t - 1], "on") ? t - 2 : t - 1;
      if (t == 0 || verb >= t || !IsSayingVerb(words[verb])) return true;
    } else if (const char c = words[t][0] | 0x20; c == 'y' || c == 't') {
      if (EqualsAnyIgnoreCase(words[t], {"yesterday", "today", "tonight"})) return true;
    }
  }
  return false;
}

// Whether a sentence may name a month or a year: a month's name, or four
// digits after a preposition ("in March", "in 2019"). Tags first: cheap.
bool MayNameAPeriod(std::span<const std::string_view> words,
                    std::span<const std::string_view> tags) {
  for (size_t t = 1; t < words.size(); ++t) {
    if (tags[t].starts_with("NNP") && MonthNumber(words[t]) > 0) return true;
    if (tags[t] == "CD" && tags[t - 1] == "IN" && words[t].size() == 4) return true;
  }
  return false;
}

// The sentence's time expressions, each read in the tense of the verb that
// governs it: "Putin will meet Erdogan on Thursday, officials said on
// Tuesday" has a coming Thursday and a past Tuesday.
// "The same day" is `previous_day` if an earlier sentence named one.
void ArticleCoder::State::FindTimesByTense(Date date, bool past, Date previous_day) {
  FindTimeExpressions(words, date, past, &times, previous_day);
  bool mixed = std::any_of(times.begin(), times.end(), [&](const TimeExpression& t) {
    return PastAt(sentence_tags, t.token_begin) != past;
  });
  if (mixed) {
    FindTimeExpressions(words, date, !past, &other_tense, previous_day);
    for (TimeExpression& t : times) {
      if (PastAt(sentence_tags, t.token_begin) == past) continue;
      for (const TimeExpression& o : other_tense) {
        if (o.token_begin == t.token_begin && o.token_end == t.token_end) t = o;
      }
    }
  }
  if (mixed || previous_day != kNoDate) AnchorOffsets(date, previous_day, &times);
  ReadRestatedDates();
  ReadPeriodsNamedBefore();
}

// "Tsikhanouskaya entered the race in May. Police arrested him later that
// month": a month or year named as the one before, with none named before it
// in its sentence, is the one the last three sentences named last.
void ArticleCoder::State::ReadPeriodsNamedBefore() {
  bool named = false;  // a period before, in the sentence
  for (TimeExpression& e : times) {
    if (e.anaphoric && e.precision != DatePrecision::kDay && !named &&
        sentence_number - named_period_sentence <= 3 && named_period != kNoDate &&
        named_period_precision <= e.precision) {
      e.date = e.precision == DatePrecision::kMonth ? named_period / 100 * 100 + 1
                                                    : named_period / 10000 * 10000 + 101;
    }
    named = named || (!e.relative && !e.anaphoric && !e.is_start);
  }
}

// Remembers the first year, month or day the sentence names in the past (not a
// start, nor a relative day): ReadPeriodsNamedBefore's.
void ArticleCoder::State::RememberNamedPeriod(Date date) {
  for (const TimeExpression& t : times) {
    if (t.relative || t.is_start || t.date > date || t.precision > DatePrecision::kYear) continue;
    named_period = t.date;
    named_period_precision = t.precision;
    named_period_sentence = sentence_number;
    return;
  }
}

// "on the evening of October 5, a day after the vote, when ...": a relative
// time set off right after a date, with a noun and no verb after it, says
// what that date was; it is that date, and dates no clause of its own.
void ArticleCoder::State::ReadRestatedDates() {
  const int n = static_cast<int>(words.size());
  for (size_t i = 1; i < times.size(); ++i) {
    TimeExpression& e = times[i];
    const TimeExpression& before = times[i - 1];
    if (!e.relative || before.relative || before.token_end + 1 != e.token_begin ||
        words[before.token_end] != ",")
      continue;
    int t = e.token_end;
    while (t < n && !sentence_tags[t].starts_with("VB") && sentence_tags[t] != "MD" &&
           sentence_tags[t] != "," && sentence_tags[t] != ".")
      ++t;
    if (t == e.token_end || t >= n || sentence_tags[t] != ",") continue;
    e.relative = false;
    e.offset_days = 0;
    e.date = before.date;
    e.precision = before.precision;
  }
}

// A past sentence that names no time, right after one that named a day of
// the week before the story date, goes on about that day ("Turkish jets shot
// down a Russian warplane on Tuesday. Putin called it a stab in the back.");
// not one that reports words ("Medvedev also said ..."): they were said on a
// day of their own. The day the lead names, unless it also names the day of a
// report ("..., the WHO said on Wednesday"), is the day of the story's
// episode: it dates the undated past sentences of the next few until another
// day is named ("Donors pledged $9 billion on Monday. ... The EU offered 500
// million euros.").
Date ArticleCoder::State::CarriedDay(Date date, bool past) const {
  const bool from_lead =
      lead_names_episode && named_day_sentence == 1 && sentence_number <= kLeadEpisodeSentences;
  if (!past || ReportsWords() || (named_day_sentence != sentence_number - 1 && !from_lead))
    return kNoDate;
  return named_day <= date && named_day >= AddDays(date, -7) ? named_day : kNoDate;
}

void ArticleCoder::State::RememberPlace(const Location& l) {
  if (named_place_sentence == sentence_number) return;  // the sentence's first
  named_place = l;
  named_place_sentence = sentence_number;
}

// Whether a past verb of saying comes before word `begin` ("the United States
// said it would provide ..."): what it reports was said on the day it was.
bool ArticleCoder::State::SaidBefore(int begin) const {
  for (int t = 0; t < begin && t < static_cast<int>(words.size()); ++t) {
    if (sentence_tags[t] == "VBD" && IsSayingVerb(words[t])) return true;
  }
  return false;
}

// Whether the sentence's first verb is one of saying ("Medvedev also said").
bool ArticleCoder::State::ReportsWords() const {
  for (size_t t = 0; t < words.size(); ++t) {
    if (!sentence_tags[t].starts_with("VB") && sentence_tags[t] != "MD") continue;
    return EqualsAnyIgnoreCase(words[t], {"said", "says", "told", "added", "wrote", "stated"});
  }
  return false;
}

// The same for places: a past sentence that names no place and no time,
// right after one whose event took place where it said ("RSF fighters killed
// 460 people in El Fasher. The RSF captured the capital of North Darfur."), is
// about that place; a time of its own starts another episode.
const Location* ArticleCoder::State::CarriedPlace(bool past) const {
  if (!past || !named_place || named_place_sentence != sentence_number - 1 || ReportsWords() ||
      !times.empty())
    return nullptr;
  return &*named_place;
}

// Whether a day of the sentence dates a report: "said on Wednesday".
bool ArticleCoder::State::NamesReportDay() const {
  return std::any_of(times.begin(), times.end(), [this](const TimeExpression& t) {
    return t.precision == DatePrecision::kDay && t.token_begin >= 1 &&
           IsSayingVerb(words[t.token_begin - 1]);
  });
}

namespace {

// The CAMEO roots of the deeds a noun names, two digits each ("the talks":
// consultations, "the deal": agreements and cooperation, "the attack": uses
// of force), "" if none.
std::string_view RootsOfDeedNoun(std::string_view w) {
  if (EqualsAnyIgnoreCase(w, {"talks", "meeting", "meetings", "summit", "negotiations", "visit"}))
    return "0304";
  if (EqualsAnyIgnoreCase(
          w, {"deal", "agreement", "accord", "treaty", "signing", "ceasefire", "truce", "pact"}))
    return "03040506";
  if (EqualsAnyIgnoreCase(
          w, {"attack", "attacks", "assault", "bombing", "bombings", "ambush", "raid", "raids",
              "strike", "strikes", "airstrike", "airstrikes", "shelling", "clashes", "massacre"}))
    return "18192017";
  if (EqualsAnyIgnoreCase(w, {"protest", "protests", "rally", "demonstration", "march"}))
    return "14";
  return {};
}

bool HasRoot(std::string_view roots, std::string_view code) {
  for (size_t i = 0; i + 2 <= roots.size(); i += 2) {
    if (code.substr(0, 2) == roots.substr(i, 2)) return true;
  }
  return false;
}

// Where the words that say where something was done end, when they start at
// word t ("held", "signed", "took place", "carried out", "happened"); else -1.
int PlacingVerbEnd(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int t) {
  if (tags[t] != "VBN" && tags[t] != "VBD") return -1;
  const int n = static_cast<int>(words.size());
  if (EqualsAnyIgnoreCase(words[t], {"held", "signed", "reached", "concluded", "sealed", "happened",
                                     "occurred", "staged"}))
    return t + 1;
  if (t + 1 < n && EqualsIgnoreCase(words[t], "took") && EqualsIgnoreCase(words[t + 1], "place"))
    return t + 2;
  if (t + 1 < n && EqualsIgnoreCase(words[t], "carried") && EqualsIgnoreCase(words[t + 1], "out"))
    return t + 2;
  return -1;
}

// "The strikes hit air defence batteries in Tehran": a verb of force whose
// object an attack's place may follow.
bool IsStrikingVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"hit", "struck", "targeted", "pounded", "shelled", "bombed"});
}

bool IsBreakTag(std::string_view tag) { return tag == "," || tag == ":" || tag == "."; }

bool IsPlacingPreposition(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"in", "at", "near", "outside"});
}

}  // namespace

// Whether words [end, place) name an attack or a protest, when the event
// (CAMEO `code`) is of another kind: the place at `place` is that deed's
// ("condemned an attack on a village in Mali"). Talks and deals are where
// the event is ("signed a deal at a summit in Addis Ababa"), and so is a
// protest broken up, fired on or whose people are arrested ("security
// forces broke up protests in Sacaba": coercion or force, 17-20).
bool ArticleCoder::State::AfterAnotherDeed(std::string_view code, int end, int place) const {
  if (code.size() < 2) return false;
  const bool coercion = HasRoot("17181920", code);
  for (int t = end; t < place; ++t) {
    if (!sentence_tags[t].starts_with("NN")) continue;
    std::string_view roots = RootsOfDeedNoun(words[t]);
    if (roots.empty() || HasRoot(roots, "03") || HasRoot(roots, code)) continue;
    if (!(coercion && roots == "14")) return true;
  }
  return false;
}

// "The talks took place in Muscat", "The deal, signed in a Doha hotel, ...":
// a deed the article reported before, named again by a definite noun, placed
// now ("The strikes hit missile sites in Tehran": after a verb of force, also
// past its object). The word "in", "at", "near" or "outside" after the
// placing verb; -1 if the sentence has none such.
int ArticleCoder::State::PlacingWord() const {
  const int n = static_cast<int>(words.size());
  for (int t = 2; t + 2 < n; ++t) {
    int after = PlacingVerbEnd(words, sentence_tags, t);
    const bool striking = after < 0 && (sentence_tags[t] == "VBD" || sentence_tags[t] == "VBN") &&
                          IsStrikingVerb(words[t]);
    // "The strikes hit air defence batteries ... in Tehran": after the object.
    for (int k = t + 1; striking && k < n && k <= t + 8 && !IsBreakTag(sentence_tags[k]); ++k) {
      if (IsPlacingPreposition(words[k])) {
        after = k;
        break;
      }
    }
    if (after < 0 || after + 1 >= n || !IsPlacingPreposition(words[after])) continue;
    // The noun: a few words back, after "the" ("The indirect talks were held").
    for (int k = t - 1; k >= 1 && k >= t - 4; --k) {
      std::string_view roots = RootsOfDeedNoun(words[k]);
      if (roots.empty() || (striking && !HasRoot(roots, "19"))) continue;
      int d = k - 1;
      while (d > 0 && d >= k - 3 &&
             (sentence_tags[d] == "JJ" || sentence_tags[d] == "NN" || sentence_tags[d] == "NNP"))
        --d;
      if (EqualsAnyIgnoreCase(words[d], {"the", "this", "that"})) return after;
      break;
    }
  }
  return -1;
}

// The deeds of that kind in the article's latest sentence that reported one,
// with no place of their own sentence or only the country of this one
// ("struck military targets in Iran. The strikes hit ... in Tehran"), take
// the place after the word `preposition`.
void ArticleCoder::State::PlaceEarlierDeeds(const parse::ParsedSegment& p, int preposition) {
  auto named = std::find_if(places.begin(), places.end(), [&](const PlaceMention& m) {
    return m.begin > preposition && m.begin <= preposition + 6;
  });
  if (named == places.end()) return;
  const PlaceMention* place = &*named;
  std::string_view roots;
  for (int k = preposition - 2; k >= 0 && roots.empty(); --k) {
    if (sentence_tags[k].starts_with("NN")) roots = RootsOfDeedNoun(words[k]);
  }
  for (CodedSentence* s : earlier) {
    if (s == nullptr) return;
    bool found = false;
    for (size_t i = 0; i < s->result.events.size(); ++i) {
      if (!HasRoot(roots, s->result.events[i].code)) continue;
      found = true;
      std::optional<Location>& l = s->details[i].location;
      // Its own sentence's place stands, unless the country of this one.
      const bool own = l && l->bytes.begin >= s->bytes.begin && l->bytes.end <= s->bytes.end;
      if (own && !(l->kind == PlaceKind::kCountry && place->place->kind != PlaceKind::kCountry &&
                   l->country == place->place->country))
        continue;
      l = LocationOf(place, p.tokens);
    }
    if (found) return;
  }
}

namespace {

// The kinds of deed whose day the sentence after a lead may give
// (DateLeadDeeds): force, an abduction, an arrest.
constexpr unsigned kForceBit = 1, kAbductionBit = 2, kArrestBit = 4;

unsigned DeedKindOfCode(std::string_view code) {
  if (code.starts_with("181")) return kAbductionBit;
  if (code.starts_with("173")) return kArrestBit;
  const bool force = dict::IsForceCode(code);
  return force ? kForceBit : 0;
}

// "The soldiers died on Monday night": words that tell a deed no event codes.
unsigned DeedKindOfWords(std::span<const std::string_view> words) {
  unsigned kinds = 0;
  for (std::string_view w : words) {
    if (w.size() < 4 || w.size() > 9) continue;
    if (EqualsAnyIgnoreCase(w, {"died", "killed", "clashed", "wounded"})) kinds |= kForceBit;
    if (EqualsAnyIgnoreCase(w, {"kidnapped", "abducted", "seized"})) kinds |= kAbductionBit;
    if (EqualsAnyIgnoreCase(w, {"arrested", "detained"})) kinds |= kArrestBit;
  }
  return kinds;
}

}  // namespace

// "Twenty Indian soldiers were killed when Indian and Chinese troops clashed
// ..., the army said. The soldiers died on Monday night ...": a lead that
// names no time tells the deed the sentence after it dates. Its events of
// the kind that sentence tells (force, an abduction, an arrest), dated by
// default on the story's day, take the day that sentence names for a deed.
void ArticleCoder::State::DateLeadDeeds(Date date) {
  if (sentence_number != 2 || undated_lead == nullptr || named_day >= date) return;
  unsigned kinds = DeedKindOfWords(words);
  for (const code::Event& e : sentence->result.events) kinds |= DeedKindOfCode(e.code);
  if (kinds == 0) return;
  CodedSentence& lead = *undated_lead;
  for (size_t i = 0; i < lead.result.events.size() && i < lead.details.size(); ++i) {
    EventDetails& d = lead.details[i];
    if ((DeedKindOfCode(lead.result.events[i].code) & kinds) == 0 || d.event_date != date) continue;
    d.event_date = named_day;
    d.date_precision = DatePrecision::kDay;
  }
}

// Remembers the first day the sentence names as the day of something done:
// not a day that qualifies a noun ("the April 22 attack"), the day of a report
// ("said on Sunday"), a start, or a day to come; it may date the lead's deeds
// (DateLeadDeeds).
void ArticleCoder::State::RememberNamedDay(Date date) {
  RememberNamedPeriod(date);
  const int n = static_cast<int>(words.size());
  for (const TimeExpression& t : times) {
    if (t.precision != DatePrecision::kDay || t.relative || t.is_start || t.date > date) continue;
    std::string_view next = t.token_end < n ? sentence_tags[t.token_end] : std::string_view();
    if (next.starts_with("NN") || next == "POS" || next == "JJ") continue;
    if (t.token_begin >= 1 && IsSayingVerb(words[t.token_begin - 1])) continue;
    named_day = t.date;
    named_day_sentence = sentence_number;
    lead_names_episode = sentence_number == 1 && !NamesReportDay();
    DateLeadDeeds(date);
    return;
  }
}

// The attribution's day: a day named within a few words after its verb of
// saying ("Ruto told reporters on Tuesday", "said in a statement on
// Tuesday"). A quote that goes on with no attribution of its own keeps it;
// a sentence without quotes ends it.
void ArticleCoder::State::UpdateQuoteDay(bool times_found) {
  if (quotes.quoted.empty() || resolving_speaker.empty()) {
    quote_day = kNoDate;
    return;
  }
  if (quotes.speech_verb < 0) return;  // a quote carried over: its speaker's day
  quote_day = kNoDate;
  if (!times_found) return;
  for (const TimeExpression& t : times) {
    const int b = t.token_begin;
    if (t.precision != DatePrecision::kDay || t.relative || t.is_start || !InAttributionTail(b))
      continue;
    quote_day = t.date;
    return;
  }
}

// An event's date: the nearest time expression of its clause; else, in a
// quote, the day its attribution names (UpdateQuoteDay); else the one
// that dates the report ("..., officials said on Tuesday"); else, in the
// past or reported by a past verb of saying, the day CarriedDay gives; else
// the sentence's date. (Carrying the day any earlier sentence named over to
// undated past events was tried: it got more dates wrong than right; the
// lead's day over the next few sentences gets more right.)
ArticleCoder::State::When ArticleCoder::State::DateOf(int begin, int end, Date date) const {
  const TimeExpression* t = NearestTime(begin, end);
  if (t != nullptr && PresentAfterRelative(*t, begin)) return When{date, DatePrecision::kDay};
  if (t == nullptr) t = WhenClauseTime(begin, end);
  if (t != nullptr) return When{t->date, t->precision};
  if (quote_day != kNoDate && quotes.Quoted(begin)) return When{quote_day, DatePrecision::kDay};
  for (const TimeExpression& t : times) {
    int b = t.token_begin;
    bool after_saying = (b >= 1 && IsSayingVerb(words[b - 1])) ||
                        (b >= 2 && IsSayingVerb(words[b - 2]) && sentence_tags[b - 1] == "RB");
    if (after_saying && t.precision == DatePrecision::kDay && !t.relative)
      return When{t.date, t.precision};
  }
  if (carried_day != kNoDate && (PastAt(sentence_tags, end) || SaidBefore(begin)))
    return When{carried_day};
  return When{date, DatePrecision::kDay};
}

// Whether the verb at word `verb` is in the present tense, in a relative
// clause after time `t`: "was arrested on Dec. 1 at the request of the United
// States, which accuses her of fraud" accuses her now, not on Dec. 1.
bool ArticleCoder::State::PresentAfterRelative(const TimeExpression& t, int verb) const {
  if (verb >= static_cast<int>(words.size()) || t.token_end > verb ||
      (sentence_tags[verb] != "VBZ" && sentence_tags[verb] != "VBP"))
    return false;
  for (int k = t.token_end; k < verb; ++k) {
    if (sentence_tags[k] == "WDT" || sentence_tags[k] == "WP") return true;
  }
  return false;
}

// The time of the clause joined after the event's by "when" or "while", when
// the event's own clause names none: "told Putin to cut it out when the two
// leaders met at a summit in September" (September); nullptr if none. Not
// across a relative clause.
const TimeExpression* ArticleCoder::State::WhenClauseTime(int begin, int end) const {
  const int n = static_cast<int>(words.size());
  if (times.empty() || begin >= n) return nullptr;
  for (int t = std::min(end, n); t < n && t < end + 20; ++t) {
    if (sentence_tags[t] == "WDT" || sentence_tags[t] == "WP") return nullptr;
    if (!(sentence_tags[t] == "WRB" || sentence_tags[t] == "IN") ||
        !EqualsAnyIgnoreCase(words[t], {"when", "while"}))
      continue;
    for (const TimeExpression& e : times) {
      if (e.token_begin > t && e.token_begin <= t + 15 && !e.relative && !e.is_start) return &e;
    }
    return nullptr;
  }
  return nullptr;
}

// The article's fields of one event; false if the event is not to be written.
bool ArticleCoder::State::Detail(const parse::ParsedSegment& p, Date date, code::Event* e,
                                 EventDetails* d) {
  if (DropForQuote(e)) return false;
  if (IsToll(*e)) return false;  // its count is written as an incident
  d->modality = ModalityOf(*e, question, condition);
  if (!options.all_modalities &&
      (d->modality == Modality::kHypothetical || d->modality == Modality::kNegated))
    return false;
  d->reported_by = e->reported_by;
  When when = DateOf(e->verb_tokens.begin, e->verb_tokens.end, date);
  d->event_date = when.date;
  d->date_precision = when.precision;
  const Date last = LastDayOf(when.date, when.precision);
  RecodeAtEventDate(dicts, e->source_info, date, when.date, last, &e->source);
  RecodeAtEventDate(dicts, e->target_info, date, when.date, last, &e->target);
  if (Repeats(*e, *d)) return false;  // before its counts: they stay for an incident
  const bool force = dict::IsForceCode(e->code);
  const PlaceMention* place =
      NearestPlace(e->verb_tokens.begin, e->verb_tokens.end, force, e->code);
  if (force && InSubjectAbroad(place, *e))  // "militants in Gaza fired rockets at Israel"
    place = NearestPlace(e->verb_tokens.begin, e->verb_tokens.end, force, e->code,
                         e->verb_tokens.end - 1);
  PlaceMention target{e->target_tokens.begin, e->target_tokens.end, nullptr};
  if (place == nullptr || place->place->kind != PlaceKind::kCity)
    target.place = TargetsPlace(*e, force);
  if (target.place != nullptr) place = &target;
  if (place == nullptr) place = AttributionPlace(*e);
  if (place == nullptr) place = LinkedClausePlace(*e);
  d->location =
      SubjectsCountryAtDateline(place, *e) ? DatelineLocation(*e) : LocationOf(place, p.tokens);
  if (d->location) {
    RememberPlace(*d->location);
  }
  // An area we cannot put in a country: not the carried or dateline place.
  const bool unplaced = !d->location && !unplaced_areas.empty() &&
                        InUnplacedArea(e->verb_tokens.begin, e->verb_tokens.end);
  if (!d->location && !unplaced && carried_place != nullptr &&
      PastAt(sentence_tags, e->verb_tokens.end)) {
    d->location = *carried_place;
    RememberPlace(*carried_place);  // the next sentence's, as this one's
  }
  if (!d->location && !unplaced) d->location = DatelineLocation(*e);
  if (e->agentless) {
    if (!NameAgentlessDoer(place, *d, e)) return false;
    if (!d->location && !unplaced) d->location = DatelineLocation(*e);  // now that it has a doer
  }
  AttachCounts(*e, d);
  d->source_bytes = BytesOf(p.tokens, e->source_tokens.begin, e->source_tokens.end);
  d->target_bytes = BytesOf(p.tokens, e->target_tokens.begin, e->target_tokens.end);
  d->verb_bytes = BytesOf(p.tokens, e->verb_tokens.begin, e->verb_tokens.end);
  d->confidence = ConfidenceOf(*e, d->modality);
  return true;
}

namespace {

// A ban a state imposes ("the party was outlawed"); not a fine, a
// disqualification or an ouster, which sports bodies, regulators, armies or
// parliaments impose as often ("was disqualified", "was deposed").
bool IsStateBan(std::string_view verb_text) {
  const size_t space = verb_text.rfind(' ');
  std::string_view last = space == std::string_view::npos ? verb_text : verb_text.substr(space + 1);
  return EqualsAnyIgnoreCase(
      last, {"banned", "outlawed", "proscribed", "censored", "deregistered", "shuttered"});
}

bool IsTermWord(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"year", "years", "month", "months", "life", "weeks", "days"});
}

}  // namespace

// "was jailed for five years", "was sentenced to death", "was tried": a
// court's deed.
bool ArticleCoder::State::SentencedToATerm(const code::Event& e) const {
  const int begin = e.verb_tokens.begin, end = e.verb_tokens.end;
  for (int t = begin; t < end; ++t) {
    if (EqualsAnyIgnoreCase(words[t], {"sentenced", "convicted", "tried", "acquitted"}))
      return true;
  }
  const int n = static_cast<int>(words.size());
  if (end >= n || !EqualsIgnoreCase(words[end], "for")) return false;
  for (int t = end + 1; t < std::min(n, end + 5); ++t) {
    if (IsTermWord(words[t])) return true;
  }
  return false;
}

// "ordered the officials to be placed under house arrest", "wants him to
// be extradited": a passive infinitive is what someone (named elsewhere in
// the sentence) ordered or wants done, no deed of the place's authorities.
bool ArticleCoder::State::OrderedOrWanted(const code::Event& e) const {
  const int begin = std::max(0, e.verb_tokens.begin - 2);
  const int n = static_cast<int>(words.size());
  for (int t = begin; t + 1 < std::min(n, e.verb_tokens.end); ++t) {
    if (EqualsIgnoreCase(words[t], "to") && EqualsAnyIgnoreCase(words[t + 1], {"be", "been"}))
      return true;
  }
  return false;
}

// "No reporters were detained": a victim of no one says nothing happened.
bool ArticleCoder::State::NoOneSuffered(const code::Event& e) const {
  const int begin = e.target_tokens.begin;
  return begin >= 0 && begin < static_cast<int>(words.size()) &&
         EqualsAnyIgnoreCase(words[begin], {"no", "none", "neither"});
}

// "Three journalists were detained in Minsk": a state's coercion whose doer
// the sentence leaves out was done by the authorities of the country where
// it happened, as the sentence names the place (or, with no place named, of
// the victim's own country when the event took place there): its police for
// an arrest, its courts for a conviction or a prison term, its government
// for a ban or an expulsion. A victim with a role and no country ("---MED")
// is of that country. Returns false to drop the event: no country, not a
// fact, or no one else to act on.
bool ArticleCoder::State::NameAgentlessDoer(const PlaceMention* place, const EventDetails& d,
                                            code::Event* e) const {
  if (d.modality != Modality::kAsserted && d.modality != Modality::kReported) return false;
  if (OrderedOrWanted(*e) || NoOneSuffered(*e)) return false;
  if (e->code.starts_with("172") && !IsStateBan(e->verb_text)) return false;
  std::string_view country;
  if (place != nullptr) {
    country = place->place->country;
  } else if (d.location && !CountryOf(e->target).empty() &&
             d.location->country == CountryOf(e->target)) {
    country = CountryOf(e->target);
  }
  if (country.size() != 3) country = PoliceReporting(*e, d);
  if (country.size() != 3) return false;
  std::string_view role = "COP";
  if (e->code == "116" || SentencedToATerm(*e)) role = "JUD";
  if (e->code.starts_with("172") || e->code.starts_with("174")) role = "GOV";
  e->source.assign(country).append(role);
  if (e->target.size() == 6 && e->target.starts_with("---") && !e->target.ends_with("CVL"))
    e->target.replace(0, 3, country);
  return e->source != e->target;
}

// "Dozens of people have been arrested, police said.": an arrest or detention
// the sentence's closing reporting clause has the police tell was theirs, in
// the country of the event's place (carried), else of the dateline; "" if not
// so, or if the police are named as another country's.
std::string_view ArticleCoder::State::PoliceReporting(const code::Event& e,
                                                      const EventDetails& d) const {
  if (e.code != "173") return {};
  const std::string_view where = d.location            ? std::string_view(d.location->country)
                                 : dateline != nullptr ? std::string_view(dateline->country)
                                                       : std::string_view();
  if (where.empty()) return {};
  // ", police said" closing the sentence: a short last clause.
  int comma = 0, end = 0, verb = -1;
  WordSpan speaker;
  if (!LastClause(words, &comma, &end) || end - comma > 7 || comma < e.verb_tokens.end ||
      !FindAttributionAfter(words, comma, end, &speaker, &verb))
    return {};
  std::span<const std::string_view> phrase(words.data() + speaker.begin,
                                           speaker.end - speaker.begin);
  const std::string code = code::CodeNounPhrase(dicts, phrase, kNoDate, nullptr);
  if (code.size() != 6 || !code.ends_with("COP")) return {};
  // "Kenyan police said": theirs only where the event took place.
  if (!code.starts_with("---") && std::string_view(code).substr(0, 3) != where) return {};
  return where;
}

// "78 people were wounded", "At least eight people have been killed in
// clashes": a passive of force with no doer whose victims are a number of
// people without a country is a toll, an incident, not a deed of someone
// unknown (the coder's ---UAF); "A teacher was shot dead" stays a deed.
bool ArticleCoder::State::IsToll(const code::Event& e) const {
  if (e.source != "---UAF" || !e.source_tokens.empty() || e.target_tokens.empty() ||
      !e.target.starts_with("---"))
    return false;
  for (const Count& n : counts) {
    if ((n.kind == CountKind::kKilled || n.kind == CountKind::kInjured) && n.number >= 2 &&
        n.token_begin >= e.target_tokens.begin && n.token_begin < e.target_tokens.end)
      return true;
  }
  return false;
}

// Counts near the event that fit its kind ("killing 224 people").
void ArticleCoder::State::AttachCounts(const code::Event& e, EventDetails* d) {
  int begin = e.verb_tokens.begin, end = e.verb_tokens.end;
  for (const code::TokenRange& r : {e.source_tokens, e.target_tokens}) {
    if (r.empty()) continue;
    begin = std::min(begin, r.begin);
    end = std::max(end, r.end);
  }
  for (size_t c = 0; c < counts.size(); ++c) {
    const Count& n = counts[c];
    if (n.token_begin < begin - 3 || n.token_begin > end + 6 || !CountFitsRoot(n.kind, e.code))
      continue;
    d->counts.push_back(EventCount{n.kind, n.number, n.qualifier, std::string(n.who)});
    count_used[c] = true;
  }
}

// Counts no event took, as incidents of their own.
void ArticleCoder::State::MakeIncidents(const parse::ParsedSegment& p, Date date) {
  for (size_t c = 0; c < counts.size(); ++c) {
    if (count_used[c]) continue;
    const Count& n = counts[c];
    Incident i;
    i.count = EventCount{n.kind, n.number, n.qualifier, std::string(n.who)};
    When when = DateOf(n.token_begin, n.token_end, date);
    i.date = when.date;
    i.date_precision = when.precision;
    const PlaceMention* place = NearestPlace(n.token_begin, n.token_end);
    if (place == nullptr) place = LinkedClausePlace(n.token_begin, n.token_end, {}, {}, {});
    i.location = LocationOf(place, p.tokens);
    // With no place of its own: the place the sentence before gave its deed
    // (also under "..., the ministry said": the toll was not said elsewhere),
    // else where the story was filed (a toll with no place is a local one).
    if (!i.location && carried_place != nullptr) i.location = *carried_place;
    if (!i.location && named_place && named_place_sentence == sentence_number - 1 && times.empty())
      i.location = named_place;
    if (i.location) RememberPlace(*i.location);
    if (!i.location) i.location = DatelinePlace();
    i.bytes = BytesOf(p.tokens, n.token_begin, n.token_end);
    sentence->incidents.push_back(std::move(i));
  }
}

// Dates, modality, places, counts and offsets for the events of the sentence
// just coded into `sentence.result`; drops what is not to be written.
void ArticleCoder::State::Resolve(const parse::ParsedSegment& p, Date date,
                                  const TweetSource* tweet) {
  bool past = IsPastSentence(p.tags);
  ++sentence_number;
  counts.clear();
  if (MayHaveCount(words, p.tags) || MayHaveCountOfOne(words)) FindCounts(words, p.tags, &counts);
  sentence->details.clear();
  sentence->incidents.clear();
  // Most sentences have no event and no count: nothing to date or place, but
  // the day one names may date the next.
  const int placed_at = tweet == nullptr ? PlacingWord() : -1;
  if (sentence->result.events.empty() && counts.empty()) {
    const bool times_found = tweet == nullptr && MayNameADay(words, p.tags);
    if (times_found) {
      FindTimesByTense(date, past, kNoDate);
      RememberNamedDay(date);
    } else if (tweet == nullptr && MayNameAPeriod(words, p.tags)) {
      FindTimesByTense(date, past, kNoDate);
      RememberNamedPeriod(date);  // "... in March. Police arrested him later that month."
    }
    UpdateQuoteDay(times_found);
    if (placed_at >= 0) {
      FindPlaces(p, PlaceHint(), date);
      PlaceEarlierDeeds(p, placed_at);
    } else {
      RememberOwnersDivision(p);  // "Catalonia's leader spoke": a later "the region"
    }
    return;
  }
  const bool recent = tweet == nullptr && sentence_number - named_day_sentence <= 3;
  FindTimesByTense(date, past, recent ? named_day : kNoDate);
  carried_day = tweet == nullptr ? CarriedDay(date, past) : kNoDate;
  UpdateQuoteDay(tweet == nullptr);
  carried_place = tweet == nullptr ? CarriedPlace(past) : nullptr;
  FindPlaces(p, PlaceHint(), date);
  if (placed_at >= 0) PlaceEarlierDeeds(p, placed_at);
  FindClauseBreaks();
  count_used.assign(counts.size(), false);
  std::vector<code::Event>& events = sentence->result.events;
  size_t kept = 0;  // the events to write move to the front, in order
  for (code::Event& e : events) {
    if (tweet != nullptr && e.reported_by.empty()) e.reported_by = tweet->author_code;
    EventDetails d;
    if (!Detail(p, date, &e, &d)) continue;
    if (&e != &events[kept]) events[kept] = std::move(e);
    ++kept;
    sentence->details.push_back(std::move(d));
  }
  events.erase(events.begin() + static_cast<std::ptrdiff_t>(kept), events.end());
  MakeIncidents(p, date);
  if (tweet == nullptr) RememberNamedDay(date);
  if (sentence_number == 1)
    undated_lead = tweet == nullptr && times.empty() && !events.empty() ? sentence : nullptr;
}

namespace {

bool HasQuoteMark(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (w == "``" || w == "''" || w == "`") return true;
  }
  return false;
}

// Whether a blank line stands in text[from, to): a new paragraph.
bool ParagraphBreak(std::string_view text, uint32_t from, uint32_t to) {
  int newlines = 0;
  for (uint32_t i = from; i < to && i < text.size(); ++i) newlines += text[i] == '\n';
  return newlines >= 2;
}

bool Overlaps(const code::TokenRange& r, WordSpan w) {
  return !r.empty() && !w.empty() && r.begin < w.end && w.begin < r.end;
}

}  // namespace

// The speaker's words coded like any noun phrase; a pronoun or a role
// without a country ("he", "the ministry") by coreference.
ArticleCoder::State::Speaker ArticleCoder::State::CodeSpeaker(
    std::span<const std::string_view> words, WordSpan span, Date date) {
  Speaker out;
  std::span<const std::string_view> phrase = words.subspan(span.begin, span.end - span.begin);
  for (std::string_view w : phrase) (out.text += out.text.empty() ? "" : " ") += w;
  code::ActorProvenance info;
  std::string code = code::CodeNounPhrase(dicts, phrase, date, &info);
  std::string resolved = code, antecedent;
  if (coreference.Resolve(words, span.begin, span.end, {}, &resolved, &antecedent)) {
    code = resolved;
    info.actor = -1;
  }
  if (code.empty() || code == "---") return out;
  out.code = std::move(code);
  out.actor = info.actor;
  const dict::Actor* actor = info.actor >= 0 ? &dicts.actors.actors()[info.actor] : nullptr;
  out.person = (actor != nullptr && (actor->person || !actor->office.empty())) ||
               (phrase.size() == 1 && EqualsAnyIgnoreCase(phrase[0], {"he", "she"}));
  return out;
}

// A quote that runs past its first sentence names its speaker after it
// closes (`"... . ...," Ruto said.`): read the words after the closing mark.
ArticleCoder::State::Speaker ArticleCoder::State::SpeakerAhead(std::string_view text, uint32_t from,
                                                               QuoteMarks marks, Date date) {
  size_t close = FindQuoteClose(text, from, 4000, marks);
  if (close == std::string_view::npos) return {};
  size_t stop = std::min(text.size(), close + 200);
  stop = std::min(stop, text.find('\n', close));
  tokenizer.Tokenize(text, text::Span{static_cast<uint32_t>(close), static_cast<uint32_t>(stop)},
                     &ahead_tokens);
  ahead_words.clear();
  for (const text::Token& t : ahead_tokens) {
    if (t.text == "." || t.text == "?" || t.text == "!") break;
    ahead_words.push_back(t.text);
  }
  WordSpan span;
  int verb = -1;
  if (!FindAttributionAfter(ahead_words, 0, static_cast<int>(ahead_words.size()), &span, &verb))
    return {};
  return CodeSpeaker(ahead_words, span, date);
}

// Finds the sentence's speech quotes and their speaker (in the sentence, in
// the quote's last sentence, or the previous quote's when this one goes on)
// and tells coreference, before the sentence is coded.
void ArticleCoder::State::FindSentenceQuotes(std::string_view text, const parse::ParsedSegment& p,
                                             Date date, uint32_t previous_end) {
  quotes.Clear();
  coreference.SetQuotes({}, {}, {});
  // An unclosed quote ends with its paragraph unless the next one reopens it.
  const std::string_view reopening = quote_open == QuoteMarks::kSingle ? "`" : "``";
  if (quote_open != QuoteMarks::kNone &&
      ParagraphBreak(text, previous_end, p.segment->span.begin) &&
      (words.empty() || words[0] != reopening))
    quote_open = QuoteMarks::kNone;
  ++sentences_since_quote;
  if (quote_open == QuoteMarks::kNone && !HasQuoteMark(words)) return;
  FindQuotes(words, quote_open, &quotes);
  quote_open = quotes.open_at_end;
  if (quotes.quoted.empty()) return;
  if (!quotes.speaker.empty()) {
    speaker = CodeSpeaker(words, quotes.speaker, date);
  } else if (quotes.continues) {
    // the speaker of the quote it continues
  } else if (quotes.open_at_end != QuoteMarks::kNone) {
    // A quote of several sentences with no attribution after it goes on
    // speaking for the speaker just quoted.
    Speaker ahead = SpeakerAhead(text, p.segment->span.end, quotes.open_at_end, date);
    if (!ahead.text.empty() || sentences_since_quote > 2) speaker = std::move(ahead);
  } else if (sentences_since_quote > 2) {
    speaker = Speaker{};  // a quote with no speaker near
  }
  if (!speaker.code.empty()) sentences_since_quote = 0;
  coreference.SetQuotes(quotes.quoted, speaker.code, speaker.text);
}

// What coreference keeps of a sentence with quotes: the mentions outside
// them, and the speaker first ("he" next is most likely the speaker).
void ArticleCoder::State::RememberSentence() {
  if (quotes.quoted.empty()) {
    coreference.Remember(mentions, words);
    // ", Prime Minister Theresa May said.": a speaker the coder left out.
    return coreference.RememberReportingClause(words, sentence->date);
  }
  remembered.clear();
  for (const code::Mention& m : mentions) {
    if (!quotes.Quoted(m.tokens.begin)) remembered.push_back(m);
  }
  coreference.Remember(remembered, words);
  // A quote carried over from an earlier attribution is still its speaker's:
  // "he" after it is the speaker.
  if (!quotes.speaker.empty() || (remembered.empty() && !speaker.code.empty()))
    coreference.RememberSpeaker(speaker.code, speaker.text, speaker.actor, speaker.person);
}

// In a sentence with a speech quote, the verb of saying is no event ("Ruto
// said"), and a quoted verb takes no actor from the attribution; the quote's
// events are reported by the speaker. Returns whether to drop `e`.
bool ArticleCoder::State::DropForQuote(code::Event* e) const {
  if (quotes.quoted.empty()) return false;
  int verb = e->verb_tokens.begin;
  if (!quotes.Quoted(verb)) return verb == quotes.speech_verb && quotes.speech_only;
  if (Overlaps(e->source_tokens, quotes.speaker) || Overlaps(e->target_tokens, quotes.speaker))
    return true;
  if (e->reported_by.empty()) e->reported_by = resolving_speaker;
  return false;
}

ArticleCoder::ArticleCoder(const dict::Dictionaries& dicts, parse::TextParser* parser,
                           const Gazetteer* gazetteer, code::CoderOptions coder_options,
                           ArticleOptions options)
    : state_(std::make_unique<State>(dicts, parser, gazetteer, coder_options, options)) {}

ArticleCoder::~ArticleCoder() = default;

code::Coder& ArticleCoder::coder() { return state_->coder; }

std::string ArticleCoder::DescribeLastSentence() const {
  return state_->description != nullptr ? *state_->description : std::string();
}

// Forgets the last article: its tweets, mentions, quotes and events.
void ArticleCoder::State::BeginArticle(std::string_view text, std::span<const text::Segment> all,
                                       StoryDate story) {
  Date date = story.date;
  story_date = date;
  story_source = story.source;
  FindTweets(all, date);
  coreference.Clear();
  RememberDateline(text);
  quote_open = QuoteMarks::kNone;
  sentences_since_quote = 100;
}

// Codes the sentences of article `a` into `work`, from `a->first_sentence`.
void ArticleCoder::State::CodeArticle(ParsedArticle* a) {
  const std::string_view text = a->input.text;
  a->story = FindStoryDate(text, a->segments, a->input.metadata, &dicts);
  BeginArticle(text, a->segments, a->story);
  a->dateline = dateline;
  a->dateline_bytes = dateline_bytes;
  a->sentences = 0;
  a->skipped = 0;
  int n = 0;
  uint32_t end_of_previous = 0;
  for (size_t k = 0; k < a->segments.size(); ++k) {
    const parse::ParsedSegment& p = parsed[a->first + k];
    uint32_t previous_end = std::exchange(end_of_previous, p.segment->span.end);
    if (!p.codable()) {
      ++a->skipped;
      continue;
    }
    const size_t w = a->first_sentence + a->sentences++;
    if (w == work.size()) work.emplace_back();
    CodeSegment(a->input.id, ++n, text, p, previous_end, &work[w]);
  }
}

// The resolving of article `a` starts afresh: its dateline, no day or place
// named yet, no event given yet.
void ArticleCoder::State::BeginResolving(const ParsedArticle& a) {
  dateline = a.dateline;
  dateline_bytes = a.dateline_bytes;
  seen_count = 0;
  more_seen_events.clear();
  named_day = kNoDate;
  named_day_sentence = -100;
  named_period = kNoDate;
  named_period_sentence = -100;
  lead_names_episode = false;
  quote_day = kNoDate;
  named_place.reset();
  named_place_sentence = -100;
  named_division = nullptr;
  named_town = nullptr;
  unlisted_areas.clear();
  sentence_number = 0;
  earlier.fill(nullptr);
  undated_lead = nullptr;
}

// Resolves the coded sentence `work` into `sentence`: the coding's results
// are swapped in (and the scratch they replace out, to be reused).
void ArticleCoder::State::ResolveSentence(SentenceWork* w) {
  const parse::ParsedSegment& p = *w->parsed;
  sentence = &w->sentence;
  std::swap(mentions, w->mentions);
  std::swap(quotes, w->quotes);
  std::swap(words, w->words);
  resolving_speaker.swap(w->speaker_code);
  sentence_tags = p.tags;
  question = w->question;
  condition = w->condition;
  const TweetSource* tweet = nullptr;
  if (sentence->tweet) {
    resolving_tweet.author_code.swap(w->tweet_author);
    tweet = &resolving_tweet;
  }
  Resolve(p, sentence->date, tweet);
  if (!sentence->result.events.empty()) {
    std::copy_backward(earlier.begin(), earlier.end() - 1, earlier.end());
    earlier[0] = sentence;
  }
  // Back where they were: the next batch codes into them again.
  std::swap(mentions, w->mentions);
  std::swap(quotes, w->quotes);
  std::swap(words, w->words);
}

// Codes sentence `n` of the article into `sentence`; `previous_end` is where
// the segment before it ended (a blank line between them ends a quote).
void ArticleCoder::State::CodeSegment(std::string_view id, int n, std::string_view text,
                                      const parse::ParsedSegment& p, uint32_t previous_end,
                                      SentenceWork* work) {
  const TweetSource* tweet = TweetAt(p.segment->span);
  Date date = tweet != nullptr ? tweet->date : story_date;
  sentence = &work->sentence;
  CodedSentence& c = *sentence;
  char number[16];
  c.id.assign(id).append("_").append(number, std::to_chars(number, number + sizeof number, n).ptr);
  c.bytes = ByteRange{p.segment->span.begin, p.segment->span.end};
  c.text = text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
  c.date = date;
  c.tweet = tweet != nullptr;
  c.story_date_source = story_source;
  words.clear();
  for (const text::Token& t : p.tokens) words.push_back(t.text);
  sentence_tags = p.tags;
  if (tweet == nullptr) {
    FindSentenceQuotes(text, p, date, previous_end);
  } else {
    quotes.Clear();
    coreference.SetQuotes({}, {}, {});
  }
  coder.CodeSentence(p.tree, date, &c.result);
  // Deeds told by a noun that names both parties ("Russia's annexation of
  // Crimea"), beside those the verbs told.
  if (!c.result.discarded && MayTellDeedByNoun(words))
    FindNominalEvents(dicts, words, p.tags, date, &c.result.events);
  coder.LastMentions(&mentions);
  if (!c.result.events.empty()) coreference.ReassignHostileRoles(mentions, words, &c.result.events);
  // Embedded tweets are quoted, not the article's narrative: "he" after one
  // still means whom the article spoke of.
  if (tweet == nullptr) RememberSentence();
  // Whether it asks or states a condition, for its events' modality: read
  // once, here, for the deeds below and for resolving.
  const bool has_events = !c.result.events.empty();
  work->question = has_events && IsQuestion(words);
  work->condition = has_events && HasCondition(words);
  // "condemned the strikes" in a later sentence names these deeds' authors:
  // remembered now, before the next sentence is coded.
  if (tweet == nullptr) RememberDeeds(work->question, work->condition);
  if (options.describe_sentences) work->description = coder.DescribeLastSentence();
  work->parsed = &p;
  if (tweet != nullptr) work->tweet_author = tweet->author_code;
  work->speaker_code = speaker.code;
  std::swap(mentions, work->mentions);
  std::swap(quotes, work->quotes);
  std::swap(words, work->words);
}

// The sentence's events that happened (asserted or reported), whose deeds a
// later "the strikes" may name.
void ArticleCoder::State::RememberDeeds(bool question, bool condition) {
  const code::Event* previous = nullptr;
  for (const code::Event& e : sentence->result.events) {
    const Modality m = ModalityOf(e, question, condition);
    if (m != Modality::kAsserted && m != Modality::kReported) continue;
    // "China and Russia proposed ...": the members of a compound source, one
    // deed of one verb.
    const bool joint = previous != nullptr && previous->code == e.code &&
                       previous->verb_tokens.begin == e.verb_tokens.begin &&
                       previous->source_tokens.begin == e.source_tokens.begin &&
                       previous->source_tokens.end == e.source_tokens.end;
    coreference.RememberDeed(e.source, e.target, e.code, joint);
    coreference.RememberParties(e.source, e.target, e.code);
    previous = &e;
  }
}

StoryDate ArticleCoder::Code(std::string_view id, std::string_view text, Date metadata,
                             const std::function<void(const CodedSentence&)>& fn, long* skipped) {
  const ArticleText article{id, text, metadata};
  ParseBatch({&article, 1});
  CodeBatch();
  ResolveBatch();
  return FinishArticle(0, fn, skipped);
}

void ArticleCoder::ParseBatch(std::span<const ArticleText> articles) {
  State& s = *state_;
  s.batch.resize(articles.size());  // first: the segments below must not move
  size_t used = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    State::ParsedArticle& a = s.batch[i];
    a.input = articles[i];
    a.segments = s.parser->Segments(a.input.text);
    a.first = used;
    for (const text::Segment& segment : a.segments) {
      if (used == s.parsed.size()) s.parsed.emplace_back();
      s.parser->ParseSegmentInto(a.input.text, segment, &s.parsed[used++]);
    }
  }
}

void ArticleCoder::CodeBatch() {
  State& s = *state_;
  size_t sentences = 0;
  for (State::ParsedArticle& a : s.batch) {
    a.first_sentence = sentences;
    s.CodeArticle(&a);
    sentences += a.sentences;
  }
}

void ArticleCoder::ResolveBatch() {
  State& s = *state_;
  for (const State::ParsedArticle& a : s.batch) {
    s.BeginResolving(a);
    for (size_t k = 0; k < a.sentences; ++k) {
      s.ResolveSentence(&s.work[a.first_sentence + k]);
    }
  }
}

StoryDate ArticleCoder::FinishArticle(size_t i, const std::function<void(const CodedSentence&)>& fn,
                                      long* skipped) {
  State& s = *state_;
  const State::ParsedArticle& a = s.batch[i];
  if (skipped != nullptr) *skipped += a.skipped;
  for (size_t k = 0; k < a.sentences; ++k) {
    const State::SentenceWork& w = s.work[a.first_sentence + k];
    s.description = &w.description;
    fn(w.sentence);
  }
  s.description = nullptr;
  return a.story;
}

}  // namespace dyad::doc
