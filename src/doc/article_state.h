// The article coder's state, shared by its three source files:
// article_coder.cc (coding and resolving sentences), article_places.cc
// (where events happen) and article_dates.cc (when). Private to src/doc.
#ifndef DYAD_DOC_ARTICLE_STATE_H_
#define DYAD_DOC_ARTICLE_STATE_H_

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

#include "doc/attacks.h"
#include "doc/dated_actors.h"
#include "doc/implicit_targets.h"
#include "doc/quoted_demands.h"
#include "doc/reactions.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/dict/cameo.h"
#include "dyad/doc/article.h"
#include "dyad/doc/coreference.h"
#include "dyad/doc/nominal_events.h"
#include "dyad/doc/quotes.h"
#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace dyad::doc {

// The sentences a lead's day may date (CarriedDay): the lead's and five more;
// after them, those before any other time is named.
inline constexpr int kLeadEpisodeSentences = 6;

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

inline constexpr std::string_view kPlacePrepositions[] = {
    "in", "at",     "near",    "outside", "inside",  "across", "throughout", "from", "into",
    "to", "around", "towards", "toward",  "through", "along",  "off",        "above"};

// One probe of a WordSet (which ignores ASCII case as EqualsIgnoreCase
// does), not a comparison per preposition.
inline bool IsPlacePreposition(std::string_view w) {
  static const WordSet kWords(kPlacePrepositions);
  return kWords.contains(w);
}

// By length, the first letters of the place prepositions and of "over",
// "of" and "on" (bit 0 for "a"): a word of another length or first letter is
// none of them.
inline constexpr auto kPlaceWordStarts = [] {
  std::array<uint32_t, 16> out{};
  auto add = [&out](std::string_view w) { out[w.size()] |= uint32_t{1} << (w[0] - 'a'); };
  for (std::string_view w : kPlacePrepositions) add(w);
  for (std::string_view w : {"over", "of", "on"}) add(w);
  return out;
}();

inline bool MayBePlaceWord(std::string_view w) {
  if (w.empty() || w.size() >= kPlaceWordStarts.size()) return false;
  const int letter = (w[0] | 0x20) - 'a';
  return letter >= 0 && letter < 26 && (kPlaceWordStarts[w.size()] >> letter & 1) != 0;
}

inline bool IsProperTag(std::string_view tag) { return tag == "NNP" || tag == "NNPS"; }

inline int Distance(int a_begin, int a_end, int b_begin, int b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

inline ByteRange BytesOf(const std::vector<text::Token>& tokens, int begin, int end) {
  if (begin < 0 || end <= begin || end > static_cast<int>(tokens.size())) return {};
  return ByteRange{tokens[begin].span.begin, tokens[end - 1].span.end};
}

// Whether `code` (of at least three characters) starts with `prefix`:
// starts_with's answer, compared character by character with no out-of-line
// call (CountryOf is asked of every event's codes, several times).
inline bool StartsWith3(std::string_view code, const char (&prefix)[4]) {
  return code[0] == prefix[0] && code[1] == prefix[1] && code[2] == prefix[2];
}

// The country of an actor code as the gazetteer writes it, ISO 3166
// alpha-3 ("FRAGOV" -> "FRA"; CAMEO's Kosovo "KSV" is "XKX", its Timor-Leste
// "TMP" is "TLS"), "" if none.
inline std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3 || code[0] == '"' || StartsWith3(code, "---") || StartsWith3(code, "IGO") ||
      StartsWith3(code, "NGO") || StartsWith3(code, "IMG"))
    return {};
  if (StartsWith3(code, "KSV")) return "XKX";
  if (StartsWith3(code, "TMP")) return "TLS";
  return code.substr(0, 3);
}

// The actor code of a gazetteer country, the inverse of CountryOf: "XKX" is
// CAMEO's Kosovo "KSV" (docs/articles.md, gold conventions, rule 4), "TLS"
// its Timor-Leste "TMP"; others are as the gazetteer writes them.
inline std::string_view ActorCountryOf(std::string_view iso) {
  if (iso == "XKX") return "KSV";
  if (iso == "TLS") return "TMP";
  return iso;
}

inline bool IsModal(std::string_view w, std::initializer_list<std::string_view> which) {
  return EqualsAnyIgnoreCase(w, which);
}

// A modal among the few words before the verb ("could soon attack", "might
// not have met").
inline bool ModalBefore(std::span<const std::string_view> words,
                        std::span<const std::string_view> tags, int verb,
                        std::initializer_list<std::string_view> which) {
  for (int t = verb - 1; t >= 0 && t >= verb - 4; --t) {
    if (tags[t] == "MD") return IsModal(words[t], which);
    if (!tags[t].starts_with("RB") && !tags[t].starts_with("VB") && tags[t] != "TO") return false;
  }
  return false;
}

// Whether the verb stands in an "if", "unless" or "whether" clause: one of
// them before it with no clause break (comma, colon, dash) in between.
// "if", "unless" (and "whether" when `whether`), in any case; the length
// first, as EqualsIgnoreCase would compare it, with no list walked per word.
inline bool IsConditionWord(std::string_view w, bool whether) {
  switch (w.size()) {
    case 2:
      return EqualsIgnoreCase(w, "if");
    case 6:
      return EqualsIgnoreCase(w, "unless");
    case 7:
      return whether && EqualsIgnoreCase(w, "whether");
  }
  return false;
}

inline bool InCondition(std::span<const std::string_view> words,
                        std::span<const std::string_view> tags, int verb) {
  for (int t = verb - 1; t >= 0; --t) {
    if (tags[t] == "," || tags[t] == ":" || tags[t] == ".") return false;
    if (IsConditionWord(words[t], /*whether=*/true)) return true;
  }
  return false;
}

inline bool HasCondition(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (IsConditionWord(w, /*whether=*/false)) return true;
  }
  return false;
}

inline bool IsQuestion(std::span<const std::string_view> words) {
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    if (*it == "?") return true;
    if (*it != "''" && *it != "'" && *it != "\"" && *it != ")" && *it != "-RRB-") return false;
  }
  return false;
}

// "twenty-two", "Ninety-nine": a tens word, a hyphen, more (counts.cc reads it).
inline bool IsHyphenatedTens(std::string_view w) {
  if (w.size() < 9 || w.size() > 13) return false;
  const size_t dash = w.find('-', 5);
  if (dash == std::string_view::npos || dash > 7) return false;
  return EqualsAnyIgnoreCase(w.substr(0, dash), {"twenty", "thirty", "forty", "fifty", "sixty",
                                                 "seventy", "eighty", "ninety"});
}

// The verbs that start the words saying where a deed was done ("held",
// "took place", "struck ... in"), in lower case: PlacingWord finds none in a
// sentence without one of them (SentenceGates).
std::span<const std::string_view> PlacingWords();

// Whether a sentence can hold a count at all: a number, or a word for an
// amount ("hundreds", "a dozen"). Saves FindCounts on most sentences.
inline bool MayHaveCount(std::span<const std::string_view> words,
                         std::span<const std::string_view> tags) {
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
    static const WordSet kAmounts = {"dozens",  "hundreds", "thousands", "millions",
                                     "scores",  "dozen",    "hundred",   "thousand",
                                     "million", "several",  "billion"};
    if (kAmounts.contains(w)) return true;
  }
  return false;
}

inline bool CountFitsRoot(CountKind kind, std::string_view code) {
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

// Tense and time words of a sentence's tags (article_dates.cc).
// Whether the verb at or after tag `k` is past (PastAt), the sentence's main
// verb is (IsPastSentence); whether the sentence may name a day or a month
// or year at all (cheap checks before looking for times).
bool PastAt(std::span<const std::string_view> tags, int k);
bool IsPastSentence(std::span<const std::string_view> words,
                    std::span<const std::string_view> tags);
bool MayNameADay(std::span<const std::string_view> words, std::span<const std::string_view> tags);
bool MayNameAPeriod(std::span<const std::string_view> words,
                    std::span<const std::string_view> tags);

// The words that begin a capital's names ("WHITE" of "White House"):
// SeatOfGovernment's gate (MayNameSeat). A word is one when its upper case
// is one, as CodeNounPhraseActor looks words up. Neither copied nor moved:
// its set views its own strings.
class CapitalNameStarts {
 public:
  explicit CapitalNameStarts(const dict::Dictionaries& dicts);
  CapitalNameStarts(const CapitalNameStarts&) = delete;
  CapitalNameStarts& operator=(const CapitalNameStarts&) = delete;
  bool Has(std::string_view word);

 private:
  const dict::Vocabulary& vocabulary_;
  std::vector<dict::WordId> ids_;  // sorted
  // When every start is a word of the vocabulary that fits a WordSet: those
  // in upper case, in lower case, probed with no upper-casing and no
  // vocabulary lookup.
  bool by_set_ = false;
  std::vector<std::string> lower_;
  WordSet set_{std::span<const std::string_view>()};
  std::string upper_word_;  // scratch of the lookup by id
};

struct ArticleCoder::State {
  State(const dict::Dictionaries& d, parse::TextParser* p, const Gazetteer* g,
        code::CoderOptions co, ArticleOptions o)
      : dicts(d),
        parser(p),
        gazetteer(g),
        place_cache(g),
        coder(d, co),
        coreference(d),
        quoted_demands(d),
        options(o) {
    coder.options().keep_negated = true;       // the article decides what to write
    coder.options().keep_agentless = true;     // ... and who did it (NameAgentlessDoer)
    coder.options().keep_open_targets = true;  // ... and to whom (ImplicitTargets)
    coder.set_resolver(&coreference);
    coreference.set_places(&place_cache);
  }

  struct ParsedArticle;
  struct SentenceWork;
  void BeginArticle(std::string_view text, std::span<const text::Segment> all, StoryDate story);
  void CodeOpeningSentences();
  void CodeArticle(size_t i);
  void ReadAttacks(const ParsedArticle& a);
  void AddClaim(std::string_view claimer);
  const TweetSource* ReadSegment(std::string_view text, const parse::ParsedSegment& p,
                                 uint32_t previous_end);
  void CodeSegment(std::string_view id, int n, std::string_view text, const parse::ParsedSegment& p,
                   uint32_t previous_end, bool last, SentenceWork* work);
  void BeginResolving(const ParsedArticle& a);
  void ResolveSentence(SentenceWork* work);
  void FindTweets(std::span<const text::Segment> all, Date story_date);
  void RememberDateline(std::string_view text);
  const Place* FindDatelineCity(std::string_view line, std::string_view city);
  const TweetSource* TweetAt(const text::Span& span) const;
  void FindPlaces(const parse::ParsedSegment& p, std::string_view country_hint, Date date);
  void PlaceTownsInTheirCountry();
  bool NamedAfterCompassWord(int t, int begin) const;
  bool NamesATime(int begin, int end) const;
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
  const Place* NationOfSettlement(int kind);
  const Place* UnlistedAreaNamed(int begin, int end);
  void RememberUnlistedAreas();
  bool InUnplacedArea(int begin, int end) const;
  bool InVenuePhrase(int x_begin, int x_end, int verb) const;
  const PlaceMention* AttributionPlace(const code::Event& e) const;
  const PlaceMention* LinkedClausePlace(const code::Event& e) const;
  const PlaceMention* LinkedClausePlace(int begin, int end, std::string_view code,
                                        std::string_view source, std::string_view target) const;
  const std::string& JoinWords(int begin, int end);
  bool MayNameSeat(int begin, int end);
  const Place* SeatOfGovernment(int begin, int end, Date date);
  const Place* UnlessHamlet(const Place* hinted, std::string_view name);
  bool TollPlace(const parse::ParsedSegment& p, CountKind kind, int count_begin, PlaceMention* out);
  const Place* CapitalNamed(const parse::ParsedSegment& p, int t, std::string_view hint, Date date,
                            int* after);
  std::string_view CapitalOf(std::string_view country);
  bool Repeats(const code::Event& e, const EventDetails& d);
  void FindClauseBreaks();
  int EndOfIncluding(int t) const;
  bool ClosesIncluding(int t) const;
  std::string_view PlaceHint() const;
  bool Reachable(int begin, int end, int x_begin, int x_end) const;
  const PlaceMention* NearestPlace(int begin, int end, bool force = false,
                                   std::string_view code = {}) const;
  const PlaceMention* NearestPlace(int begin, int end, bool force, std::string_view code,
                                   int after) const;
  bool AfterAnotherDeed(std::string_view code, int end, int place) const;
  bool IsDestination(int place) const;
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
  bool PerfectAfterAnd(const TimeExpression& t, int verb) const;
  const TimeExpression* WhenClauseTime(int begin, int end) const;
  const TimeExpression* AfterClauseTime(int begin, Date date) const;
  void ReadRestatedDates();
  void ReadPeriodsNamedBefore();
  void ReadTimeAfterADeedToldBefore();
  void RememberNamedPeriod(Date date);
  Modality ModalityOf(const code::Event& e, bool question, bool condition) const;
  struct When {
    Date date = kNoDate;
    DatePrecision precision = DatePrecision::kDay;
  };
  When DateOf(int begin, int end, Date date) const;
  When DayOfTelling(int begin, int end, Date date) const;
  When DateOfIntent(int begin, int end, Date date, When when) const;
  void FindTimesByTense(Date date, bool past, Date previous_day);
  bool InOpeningParticiple(int x) const;
  Date CarriedDay(Date date, bool past) const;
  bool NamesStoryDay(Date date) const;
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
  bool AimAtGovernmentOfPlace(const EventDetails& d, code::Event* e) const;
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
  void AddQuotedDemands(std::vector<code::Event>* events) const;
  void AddOwnResponse(std::span<const std::string_view> quoted, int at,
                      std::vector<code::Event>* events) const;
  const code::Mention* MentionAt(int t) const;
  bool IsOwnNation(std::string_view code) const;
  code::Event SpeakersAct(const dict::Pattern& pattern, int at, int length,
                          const code::Mention* party) const;

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
  CapitalNameStarts capital_name_starts{dicts};
  code::Coder coder;
  Coreference coreference;
  QuotedDemands quoted_demands;  // '"Iran must release the ship," X said': X's demand
  ImplicitTargets implicit_targets;
  Claims claims;  // the article's claims of responsibility (attacks.h)
  std::vector<NominalAccusation> nominal_accusations;  // the sentence's (reactions.h)
  // The armed men the article's latest sentence that told of a hold named
  // (HoldersOf, attacks.h): whom a storming of the place fights; "" if none.
  std::string holders;
  int holders_sentence = -100;  // the number of the sentence that named them
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
  bool resolving_last = false;               // ... and whether it is the article's last
  bool resolving_placing = false;            // ... and whether it may say where a deed was done
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

  // The batch: ParseBatch() parses every article into `parsed`; CodeBatch()
  // codes their sentences into `work` and keeps what the resolving of each
  // (FinishArticle) needs of the article.
  struct ParsedArticle {
    ArticleText input;
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
    bool last = false;      // the article's last sentence: nothing after it reads what it names
    bool placing = false;   // SentenceGates::placing: it may say where a deed was done
    bool precoded = false;  // coded by CodeOpeningSentences(): `sentence.result`, `mentions`
  };
  std::vector<ParsedArticle> batch;
  parse::ParsedBatch parsed;            // the batch's articles, parsed
  std::vector<std::string_view> texts;  // for parsed.Parse()
  std::deque<SentenceWork> work;
  TweetSource resolving_tweet;               // the tweet of the sentence being resolved
  std::string resolving_speaker;             // ... and the speaker of its quotes
  const std::string* description = nullptr;  // of the sentence being handed over
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_ARTICLE_STATE_H_
