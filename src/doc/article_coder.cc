// The article coder: codes each sentence, then resolves its events against
// the article (see article.h; docs/articles.md for the rules in full).
#include "doc/article_state.h"
#include "doc/coreference_roles.h"
#include "doc/reactions.h"
#include "doc/sentence_gates.h"

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

// The place a dateline's first words name: of the country its next words
// name, when they name one ("TRIPOLI, Lebanon, May 21": the Lebanese city,
// not Libya's capital); else the gazetteer's best ("TRIPOLI, May 21").
const Place* ArticleCoder::State::FindDatelineCity(std::string_view line, std::string_view city) {
  const size_t comma = line.find(',');
  if (comma != std::string_view::npos) {
    std::string_view rest = line.substr(comma + 1);
    rest = Trim(rest.substr(0, rest.find_first_of(",(-\xE2")));
    const Place* country = rest.empty() ? nullptr : place_cache.Find(rest);
    if (country != nullptr && country->kind() == PlaceKind::kCountry) {
      const std::string iso(country->country());
      const Place* found = place_cache.Find(city, iso);
      if (found != nullptr && found->country() == iso) return found;
    }
  }
  return place_cache.Find(city);
}

// "NAIROBI, June 26 (AP) -": the dateline's place makes its country the
// article's until a sentence names another.
void ArticleCoder::State::RememberDateline(std::string_view text) {
  dateline = nullptr;
  if (gazetteer == nullptr) return;
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kDateline) continue;
    const std::string_view line = s.span.Of(text);
    std::string_view place = Trim(line.substr(0, line.find_first_of(",(-\xE2")));
    dateline = FindDatelineCity(line, place);
    dateline_bytes = ByteRange{s.span.begin, s.span.begin + static_cast<uint32_t>(place.size())};
    if (dateline != nullptr) {
      coreference.RememberCountry(ActorCountryOf(dateline->country()), place);
      implicit_targets.SetDatelineCountry(ActorCountryOf(dateline->country()));
    }
    return;
  }
}

const TweetSource* ArticleCoder::State::TweetAt(const text::Span& span) const {
  for (const TweetSource& t : tweets) {
    if (span.begin >= t.begin && span.end <= t.end) return &t;
  }
  return nullptr;
}

Modality ArticleCoder::State::ModalityOf(const code::Event& e, bool question,
                                         bool condition) const {
  if (e.negated) return Modality::kNegated;
  if (e.hypothetical) return Modality::kHypothetical;
  int verb = e.verb_tokens.begin;
  std::span<const std::string_view> tags = sentence_tags;
  // "warned that it would cut ties if ...": what a threat (13) says is to
  // come on a condition is the threat itself, made now.
  const bool threat = e.code.starts_with("13");
  if (question || (verb >= 0 && InCondition(words, tags, verb)) ||
      (verb >= 0 &&
       ModalBefore(words, tags, verb, {"could", "might", "may", "must", "should", "ought"})) ||
      (condition && !threat && verb >= 0 &&
       ModalBefore(words, tags, verb, {"would", "will", "'ll", "wo"})))
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

namespace {

// '"Serbia will never recognise the independence of Kosovo," Prime Minister
// Kostunica said', '"Lithuania is determined to pursue ties with Taiwan,"
// the ministry said': a country its own government reports on, as the doer
// of the deed, acts as that government (SRBGOV). Not the agent of a passive
// or a participle, nor a broker the coder adds ("talks mediated by the
// United States", Trump wrote): a country named in passing keeps its code. (For a report verb and
// its clause in one sentence, see code::GiveCountrysDeedsToItsGovernment.)
void GiveCountryItsReportingGovernment(const parse::ParsedSegment& p, code::Event* e) {
  const std::string& speaker = e->reported_by;
  if (!dict::IsBareCountryCode(e->source) || speaker.size() != 6 || !speaker.ends_with("GOV") ||
      !speaker.starts_with(e->source) || e->passive || e->source_info.actor < 0)
    return;
  int before = e->source_tokens.begin - 1;
  if (before >= 0 && p.tags[before] == "DT") --before;
  if (before >= 0 && EqualsIgnoreCase(p.tokens[before].text, "by")) return;
  e->source = speaker;
}

// An event that states an intent: to come ("will meet", "would hand power")
// or an intent code, CAMEO 03x ("invited Xi to visit Russia next year").
bool IsIntent(const code::Event& e) { return e.future || e.code.starts_with("03"); }

}  // namespace

// A crowd's protest in an article with no dateline that had named no
// country (ImplicitTargets left its target empty) is against the government
// of the country it was placed in: "Thousands rallied in Tunis on Friday" is
// ---CVL TUNGOV. False if it was placed nowhere (no event); true for any
// other event, unchanged.
bool ArticleCoder::State::AimAtGovernmentOfPlace(const EventDetails& d, code::Event* e) const {
  if (e->open_target != dict::ImplicitTarget::kGovernment || !e->target.empty()) return true;
  if (!d.location || d.location->country.empty()) return false;
  e->target.assign(ActorCountryOf(d.location->country)).append("GOV");
  return true;
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
  GiveCountryItsReportingGovernment(p, e);
  When when = DateOf(e->verb_tokens.begin, e->verb_tokens.end, date);
  if (IsIntent(*e)) when = DateOfIntent(e->verb_tokens.begin, e->verb_tokens.end, date, when);
  d->event_date = when.date;
  d->date_precision = when.precision;
  const Date last = LastDayOf(when.date, when.precision);
  RecodeAtEventDate(dicts, e->source_info, date, when.date, last, &e->source);
  RecodeAtEventDate(dicts, e->target_info, date, when.date, last, &e->target);
  CodeUnBodyAsTheUn(&e->source);
  CodeUnBodyAsTheUn(&e->target);
  // "The two men signed a peace deal in August 2015": two persons who were
  // one code on the story's day and still are on the deed's.
  if (e->source == e->target) return false;
  if (Repeats(*e, *d)) return false;  // before its counts: they stay for an incident
  const bool force = dict::IsForceCode(e->code);
  const PlaceMention* place =
      NearestPlace(e->verb_tokens.begin, e->verb_tokens.end, force, e->code);
  if (force && InSubjectAbroad(place, *e))  // "militants in Gaza fired rockets at Israel"
    place = NearestPlace(e->verb_tokens.begin, e->verb_tokens.end, force, e->code,
                         e->verb_tokens.end - 1);
  PlaceMention target{e->target_tokens.begin, e->target_tokens.end, nullptr};
  if (place == nullptr || place->place->kind() != PlaceKind::kCity)
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
  if (!AimAtGovernmentOfPlace(*d, e)) return false;
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
    country = place->place->country();
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
                                 : dateline != nullptr ? std::string_view(dateline->country())
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
    // "had fled Mosul", "Gaza's health ministry said ...": its words' place.
    PlaceMention toll;
    if (place == nullptr && TollPlace(p, n.kind, n.token_begin, &toll)) place = &toll;
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
  bool past = IsPastSentence(words, p.tags);
  ++sentence_number;
  counts.clear();
  if (MayHaveCount(words, p.tags) || MayHaveCountOfOne(words)) FindCounts(words, p.tags, &counts);
  sentence->details.clear();
  sentence->incidents.clear();
  // Most sentences have no event and no count: nothing to date or place, but
  // the day one names may date the next.
  const int placed_at = tweet == nullptr && resolving_placing ? PlacingWord() : -1;
  if (sentence->result.events.empty() && counts.empty()) {
    // Only later sentences, this one's places and an undated lead just before
    // it (DateLeadDeeds) read its times.
    const bool times_read =
        !resolving_last || placed_at >= 0 || (sentence_number == 2 && undated_lead != nullptr);
    const bool times_found = tweet == nullptr && times_read && MayNameADay(words, p.tags);
    if (times_found) {
      FindTimesByTense(date, past, kNoDate);
      RememberNamedDay(date);
    } else if (tweet == nullptr && times_read && MayNameAPeriod(words, p.tags)) {
      FindTimesByTense(date, past, kNoDate);
      RememberNamedPeriod(date);  // "... in March. Police arrested him later that month."
    }
    UpdateQuoteDay(times_found);
    if (placed_at >= 0) {
      FindPlaces(p, PlaceHint(), date);
      PlaceEarlierDeeds(p, placed_at);
    } else if (!resolving_last) {
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
    if (w.empty() || (w[0] != '`' && w[0] != '\'')) continue;  // most words: one test
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
  int actor_entry = -1;
  std::string code = code::CodeNounPhraseActor(dicts, phrase, date, &actor_entry);
  std::string resolved = code, antecedent;
  if (coreference.Resolve(words, span.begin, span.end, {}, &resolved, &antecedent)) {
    code = resolved;
    actor_entry = -1;
  }
  if (code.empty() || code == "---") return out;
  out.code = std::move(code);
  out.actor = actor_entry;
  const dict::Actor* actor = actor_entry >= 0 ? &dicts.actors.actors()[actor_entry] : nullptr;
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

namespace {

// The verb entry of the events AddQuotedDemands appends: the speaker's own
// act, no quoted verb.
constexpr std::string_view kQuotedDemandEntry = "demand told in a quote";

// "We", "our forces", "I": the speaker's own side, whom no demand is made of.
bool IsFirstPerson(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"we", "i", "our", "my", "us"});
}

}  // namespace

// '"Iran must release the ship now," the British foreign secretary said': a
// quote that opens with a party and what it must do (the verb dictionary's
// patterns of "say": "said Iran must release ...") is the speaker's demand on
// that party, made where the speaker said it; also in a quote's other
// sentences, whose speaker is the quote's. Not on the speaker's own side ("We
// must ...", its own country named bare).
void ArticleCoder::State::AddQuotedDemands(std::vector<code::Event>* events) const {
  for (const WordSpan& q : quotes.quoted) {
    const std::span<const std::string_view> quoted(words.data(), q.end);
    if (EqualsIgnoreCase(words[q.begin], "we")) {
      AddOwnResponse(quoted, q.begin, events);
      continue;
    }
    const code::Mention* party = MentionAt(q.begin);
    if (party == nullptr || party->tokens.end >= q.end || party->code == speaker.code ||
        IsFirstPerson(words[q.begin]) || IsOwnNation(party->code))
      continue;
    int length = 0;
    const dict::Pattern* pattern = quoted_demands.Match(quoted, party->tokens.end, &length);
    if (pattern == nullptr) continue;
    events->push_back(SpeakersAct(*pattern, party->tokens.end, length, party));
  }
}

// '"We will respond firmly," the ministry said': the speaker's own response
// promised, a threat (130) to the party named after "against", else to
// whoever pressed the speaker (ImplicitTargets), as "said it would respond
// firmly" is.
void ArticleCoder::State::AddOwnResponse(std::span<const std::string_view> quoted, int at,
                                         std::vector<code::Event>* events) const {
  int length = 0;
  const dict::Pattern* pattern = quoted_demands.MatchOwnResponse(quoted, at, &length);
  if (pattern == nullptr) return;
  const code::Mention* party = nullptr;
  if (pattern->after.back().kind == dict::ElementKind::kTarget) {
    party = MentionAt(at + length);
    if (party == nullptr) --length;  // "against any attack": no party, the counterpart
  }
  // "We will retaliate against Israel": the quote's own coding tells it.
  if (party != nullptr && std::any_of(events->begin(), events->end(), [&](const code::Event& x) {
        return x.code.starts_with("13") && x.source == speaker.code && x.target == party->code;
      }))
    return;
  code::Event e = SpeakersAct(*pattern, at, length, party);
  if (party == nullptr) e.open_target = dicts.verbs.block(pattern->block).implicit_target;
  if (party != nullptr || e.open_target != dict::ImplicitTarget::kNone)
    events->push_back(std::move(e));
}

// '"America must stop ...," the U.S. president said': the speaker's own
// country named bare is the speaker's own side, whom it makes no demand of.
bool ArticleCoder::State::IsOwnNation(std::string_view code) const {
  return code.size() == 3 && speaker.code.size() > 3 && speaker.code.starts_with(code);
}

// The coded party whose phrase starts at word `t` (no place), null if none.
const code::Mention* ArticleCoder::State::MentionAt(int t) const {
  for (const code::Mention& m : mentions) {
    if (m.tokens.begin == t) return m.place || IsNull(m.code) ? nullptr : &m;
  }
  return nullptr;
}

// The speaker's act by `pattern` told by words [at, at + length), on `party`
// (null: none named).
code::Event ArticleCoder::State::SpeakersAct(const dict::Pattern& pattern, int at, int length,
                                             const code::Mention* party) const {
  code::Event e;
  e.source = speaker.code;
  e.code = pattern.code;
  e.verb_tokens = code::TokenRange{at, at + length};
  if (!quotes.speaker.empty())
    e.source_tokens = code::TokenRange{quotes.speaker.begin, quotes.speaker.end};
  AppendJoined(std::span(words).subspan(at, length), &e.verb_text);
  e.verb_entry = kQuotedDemandEntry;
  e.pattern = pattern.text;
  e.pattern_entry = dicts.diagnostics.Describe(pattern.where);
  e.source_info.text = speaker.text;
  if (party != nullptr) {
    e.target = party->code;
    e.target_tokens = party->tokens;
    AppendJoined(
        std::span(words).subspan(party->tokens.begin, party->tokens.end - party->tokens.begin),
        &e.target_info.text);
  }
  return e;
}

// In a sentence with a speech quote, the verb of saying is no event ("Ruto
// said"), and a quoted verb takes no actor from the attribution; the quote's
// events are reported by the speaker. Returns whether to drop `e`.
bool ArticleCoder::State::DropForQuote(code::Event* e) const {
  if (quotes.quoted.empty() || e->verb_entry == kQuotedDemandEntry) return false;
  int verb = e->verb_tokens.begin;
  // ... but one whose pattern tells a deed of its own ("said in a phone call
  // with his Turkish counterpart": 041) is that deed, as without the quote.
  if (!quotes.Quoted(verb))
    return verb == quotes.speech_verb && quotes.speech_only &&
           (e->pattern.empty() || e->code.starts_with("01"));
  // ... save a judgement of a deed in the quote, whose judge is its speaker
  // ('"Russia's actions are unacceptable," the French foreign minister said').
  if ((Overlaps(e->source_tokens, quotes.speaker) && e->verb_entry != kReactionEntry) ||
      Overlaps(e->target_tokens, quotes.speaker))
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
  implicit_targets.Clear();
  claims.Clear();
  holders.clear();
  holders_sentence = -100;
  RememberDateline(text);
  quote_open = QuoteMarks::kNone;
  sentences_since_quote = 100;
  speaker = Speaker{};
}

// Codes the first sentence of every article of the batch, one after another,
// before CodeArticle() codes the rest: with nothing before it to read, a first
// sentence is coded from the article's start alone (BeginArticle), and the
// coder, run on sentence after sentence, keeps its code and data in the
// caches. Each article's story date and place in `work` are found here.
void ArticleCoder::State::CodeOpeningSentences() {
  size_t next = 0;  // in `work`
  for (size_t i = 0; i < batch.size(); ++i) {
    ParsedArticle* a = &batch[i];
    const std::string_view text = a->input.text;
    const std::vector<text::Segment>& segments = parsed.segments(i);
    a->story = FindStoryDate(text, segments, a->input.metadata, &dicts);
    a->first_sentence = next;
    size_t first = segments.size();
    for (size_t k = 0; k < segments.size(); ++k) {
      if (!parsed.parsed(i, k).codable()) continue;
      if (first == segments.size()) first = k;
      ++next;
    }
    if (first == segments.size()) continue;
    const parse::ParsedSegment& p = parsed.parsed(i, first);
    BeginArticle(text, segments, a->story);
    const TweetSource* tweet = ReadSegment(text, p, first > 0 ? segments[first - 1].span.end : 0);
    while (work.size() <= a->first_sentence) work.emplace_back();
    SentenceWork& w = work[a->first_sentence];
    coder.CodeSentence(p.tree, tweet != nullptr ? tweet->date : story_date, &w.sentence.result);
    coder.LastMentions(&w.mentions);
    if (options.describe_sentences) w.description = coder.DescribeLastSentence();
    w.precoded = true;
  }
}

// Codes the sentences of article i of the batch into `work`, from its
// `first_sentence` (CodeOpeningSentences() may have coded the first).
void ArticleCoder::State::CodeArticle(size_t i) {
  ParsedArticle* a = &batch[i];
  const std::string_view text = a->input.text;
  const std::vector<text::Segment>& segments = parsed.segments(i);
  BeginArticle(text, segments, a->story);
  a->dateline = dateline;
  a->dateline_bytes = dateline_bytes;
  a->sentences = 0;
  a->skipped = 0;
  int n = 0;
  uint32_t end_of_previous = 0;
  // What coreference and the named days remember serves later sentences
  // only: the last sentence need not leave it.
  size_t last = segments.size();
  while (last > 0 && !parsed.parsed(i, last - 1).codable()) --last;
  for (size_t k = 0; k < segments.size(); ++k) {
    const parse::ParsedSegment& p = parsed.parsed(i, k);
    uint32_t previous_end = std::exchange(end_of_previous, p.segment->span.end);
    if (!p.codable()) {
      ++a->skipped;
      continue;
    }
    const size_t w = a->first_sentence + a->sentences++;
    if (w == work.size()) work.emplace_back();
    CodeSegment(a->input.id, ++n, text, p, previous_end, k + 1 == last, &work[w]);
  }
  ReadAttacks(*a);
}

// A group's claim of an attack (attacks.h) is its attack, which a later
// "condemned the attack" names when the article told no attack of its own
// ("Al Shabaab claimed responsibility for the assault. The United States
// condemned the attack.").
void ArticleCoder::State::AddClaim(std::string_view claimer) {
  if (claimer.empty()) return;
  claims.Add(claimer);
  coreference.RememberDeed(claimer, "", kClaimedAttack, false);
}

// The article's attacks (attacks.h): those by unnamed attackers, and the
// reactions to them, are the one group's that claimed them, but not in
// sentences that name an earlier year (those tell of earlier attacks); force used on
// civilians by armed men outside the state is unconventional violence; the
// suspects the state pursues after an attack by unnamed attackers are those
// attackers, and a lone attacker it arrests a criminal.
void ArticleCoder::State::ReadAttacks(const ParsedArticle& a) {
  const std::string_view claimer = claims.claimer();
  bool unnamed_attack = false;
  for (size_t k = 0; k < a.sentences && !unnamed_attack; ++k)
    unnamed_attack = TellsUnnamedAttack(work[a.first_sentence + k].sentence.result.events);
  for (size_t k = 0; k < a.sentences; ++k) {
    SentenceWork& w = work[a.first_sentence + k];
    std::vector<code::Event>* events = &w.sentence.result.events;
    ReadPursuedAttackers(w.words, unnamed_attack, events);
    if (!claimer.empty() && !NamesEarlierYear(w.words, w.sentence.date))
      GiveClaimedAttacks(claimer, events);
    ReadViolenceAgainstCivilians(events);
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
  resolving_last = w->last;
  resolving_placing = w->placing;
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

// What coding the segment `p` reads first: its words and tags, and its
// quotes (a tweet has none), which coreference is told of. Returns the tweet
// the segment is part of, or null.
const TweetSource* ArticleCoder::State::ReadSegment(std::string_view text,
                                                    const parse::ParsedSegment& p,
                                                    uint32_t previous_end) {
  const TweetSource* tweet = TweetAt(p.segment->span);
  words.clear();
  for (const text::Token& t : p.tokens) words.push_back(t.text);
  sentence_tags = p.tags;
  if (tweet == nullptr) {
    FindSentenceQuotes(text, p, story_date, previous_end);
  } else {
    quotes.Clear();
    coreference.SetQuotes({}, {}, {});
  }
  return tweet;
}

// Codes sentence `n` of the article into `sentence`; `previous_end` is where
// the segment before it ended (a blank line between them ends a quote).
void ArticleCoder::State::CodeSegment(std::string_view id, int n, std::string_view text,
                                      const parse::ParsedSegment& p, uint32_t previous_end,
                                      bool last, SentenceWork* work) {
  const TweetSource* tweet = ReadSegment(text, p, previous_end);
  const Date date = tweet != nullptr ? tweet->date : story_date;
  sentence = &work->sentence;
  CodedSentence& c = *sentence;
  char number[16];
  c.id.assign(id).append("_").append(number, std::to_chars(number, number + sizeof number, n).ptr);
  c.bytes = ByteRange{p.segment->span.begin, p.segment->span.end};
  c.text = text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
  c.date = date;
  c.tweet = tweet != nullptr;
  c.story_date_source = story_source;
  if (work->precoded) {
    std::swap(mentions, work->mentions);
  } else {
    coder.CodeSentence(p.tree, date, &c.result);
    coder.LastMentions(&mentions);
  }
  const SentenceGates gates = GatesOf(words);
  work->placing = gates.placing;
  // Deeds told by a noun that names both parties ("Russia's annexation of
  // Crimea"), beside those the verbs told.
  if (!c.result.discarded && (gates.deed_noun || gates.protest_noun || gates.contact_noun))
    FindNominalEvents(dicts, words, p.tags, date, &c.result.events,
                      {gates.deed_noun, gates.protest_noun, gates.contact_noun});
  if (!c.result.discarded && !quotes.quoted.empty() && !speaker.code.empty())
    AddQuotedDemands(&c.result.events);
  if (!c.result.discarded && tweet == nullptr && gates.claim)
    AddClaim(ClaimerOf(dicts, words, p.tags, mentions, date));
  // Towns taken by force ("rebels captured the town of X"): no actor names
  // the place, the gazetteer does (attacks.h).
  if (!c.result.discarded && !place_cache.empty() && gates.seizure)
    FindSeizures(words, p.tags, mentions, &place_cache,
                 dateline != nullptr ? dateline->country() : std::string_view(), &c.result.events);
  // A building held by armed men and stormed by the state's forces: they
  // fought the men who held it (attacks.h), when the storming's sentence
  // tells of the hold too ("ending the siege") or follows the one that did.
  if (!c.result.discarded && gates.hold) {
    if (std::string held_by = HoldersOf(words, mentions); !held_by.empty()) {
      holders = std::move(held_by);
      holders_sentence = n;
    }
  }
  if (!c.result.discarded && !holders.empty() && holders_sentence < n &&
      NamesHolders(mentions, holders))
    holders_sentence = n;
  constexpr int kHoldersReach = 2;
  if (!c.result.discarded && gates.storm && !holders.empty() &&
      (gates.hold || n - holders_sentence <= kHoldersReach))
    ReadStormedHolds(words, p.tags, mentions, holders, &c.result.events);
  // Reactions worded so that no verb codes them ("said it was deeply
  // concerned by the decision", "called the move a stab in the back").
  if (!c.result.discarded && gates.reaction)
    FindDeedReactions(dicts, words, p.tags, mentions, date, &coreference, &c.result.events);
  if (!c.result.events.empty()) coreference.ReassignHostileRoles(mentions, words, &c.result.events);
  if (!c.result.events.empty())
    coreference.GiveArmedGroupsTheirState(mentions, words, &c.result.events);
  implicit_targets.Resolve(&c.result.events);  // "Oli resigned": to whom
  // Embedded tweets are quoted, not the article's narrative: "he" after one
  // still means whom the article spoke of.
  if (tweet == nullptr && !last) RememberSentence();
  // Whether it asks or states a condition, for its events' modality: read
  // once, here, for the deeds below and for resolving.
  const bool has_events = !c.result.events.empty();
  work->question = has_events && IsQuestion(words);
  work->condition = has_events && HasCondition(words);
  // "condemned the strikes" in a later sentence names these deeds' authors:
  // remembered now, before the next sentence is coded.
  if (tweet == nullptr && !last) RememberDeeds(work->question, work->condition);
  work->last = last;
  if (options.describe_sentences && !work->precoded)
    work->description = coder.DescribeLastSentence();
  work->precoded = false;
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
  // "The Supreme Court threw out the result", "parliament passed a law": a
  // ruling or a law no verb coded, which a later "welcomed the ruling" names.
  if (std::string_view body =
          BodyThatDecided(words, sentence_tags, mentions, sentence->result.events);
      !body.empty())
    coreference.RememberDeed(body, "", kUncodedRuling, false);
  // "Ukrainian claims that Russian troops shelled the plant": an accusation
  // no verb coded, which a later "Moscow denied any involvement" answers.
  if (!question && !condition) {
    FindNominalAccusations(words, mentions, &nominal_accusations);
    for (const NominalAccusation& a : nominal_accusations)
      coreference.RememberDeed(a.accuser, a.accused, kNominalAccusation, false);
  }
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
    coreference.RememberParties(e.source, e.target, e.code, !e.target_tokens.empty());
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
  s.batch.resize(articles.size());
  s.texts.clear();
  for (size_t i = 0; i < articles.size(); ++i) {
    s.batch[i].input = articles[i];
    s.texts.push_back(articles[i].text);
  }
  s.parsed.Parse(s.parser, s.texts);
}

void ArticleCoder::CodeBatch() {
  State& s = *state_;
  s.CodeOpeningSentences();
  for (size_t i = 0; i < s.batch.size(); ++i) s.CodeArticle(i);
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
