// When an article's events happen: the sentence's time expressions read in
// their verbs' tense, and the day carried from the sentences before
// (docs/articles.md, "Event date").
#include "doc/article_state.h"

namespace dyad::doc {

// Whether words [0, x) are a participle's phrase that opens the sentence,
// with no clause break or other verb ("Speaking to reporters on Monday, the
// minister said", "Asked on Tuesday about the talks, he said"): a time in it
// is the sentence's.
bool ArticleCoder::State::InOpeningParticiple(int x) const {
  if (x <= 1 || (sentence_tags[0] != "VBG" && sentence_tags[0] != "VBN")) return false;
  for (int t = 1; t < x; ++t) {
    if (breaks[t] || sentence_tags[t].starts_with("VB") || sentence_tags[t] == "MD") return false;
  }
  return true;
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
    if (better &&
        (Reachable(begin, end, e.token_begin, e.token_end) || InOpeningParticiple(e.token_begin)))
      best = &e, best_distance = d;
  }
  // A date before "two days after" is the earlier clause's ("On Tuesday, they
  // stormed the embassy, two days after airstrikes killed 25").
  if (relative != nullptr && best != nullptr && !best->relative &&
      best->token_end <= relative->token_begin)
    return relative;
  return best;
}

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

// Whether a past participle with no auxiliary before it takes a direct
// object: it is a simple past the tagger misread ("Officers, some on
// horseback, pushed/VBN back the crowd"); a passive takes none ("troops,
// backed by tanks, ...").
bool TakesAnObject(std::span<const std::string_view> tags, size_t j) {
  if (tags[j] != "VBN") return false;
  size_t b = j;
  while (b > 0 && tags[b - 1].starts_with("RB")) --b;
  if (b > 0 && (tags[b - 1].starts_with("VB") || tags[b - 1] == "MD")) return false;
  size_t k = j + 1;
  if (k < tags.size() && tags[k] == "RP") ++k;
  return k < tags.size() && (tags[k] == "DT" || tags[k] == "PRP$");
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
    if (IsBarePastParticiple(tags, j) || TakesAnObject(tags, static_cast<size_t>(j))) return true;
    if (!tag.starts_with("VB") || tag == "VB" || tag == "VBN" || tag == "VBG") continue;
    return tag == "VBD";
  }
  for (size_t j = k; j < tags.size(); ++j) {
    if (tags[j] == "MD") return false;
    if (IsBarePastParticiple(tags, static_cast<int>(j)) || TakesAnObject(tags, j)) return true;
    if (tags[j].starts_with("VB") && tags[j] != "VBN" && tags[j] != "VBG") return tags[j] == "VBD";
  }
  return false;
}

// Whether the finite verb governing word k, the nearest before it, is the
// "has"/"have" of a present perfect ("Washington has blamed Iran for drone
// attacks on Saturday": a Saturday past, never one to come; not "has agreed
// to meet on Saturday" after a modal, nor "is expected on Saturday").
bool PerfectAt(std::span<const std::string_view> words, std::span<const std::string_view> tags,
               int k) {
  for (int j = k - 1; j >= 0; --j) {
    std::string_view tag = tags[j];
    if (tag == "MD") return false;
    if (!tag.starts_with("VB") || tag == "VB" || tag == "VBN" || tag == "VBG") continue;
    if (!EqualsAnyIgnoreCase(words[j], {"has", "have", "'ve"})) return false;
    int v = j + 1;
    while (v < k && tags[v].starts_with("RB")) ++v;
    return v < k && tags[v] == "VBN";
  }
  return false;
}

// Verbs of news whose past is their base form ("beat", "hit", "shut").
bool IsSameInThePast(std::string_view w) {
  if (w.size() < 3 || w.size() > 6) return false;
  return EqualsAnyIgnoreCase(w, {"beat", "hit", "cut", "set", "put", "shut", "quit", "spread",
                                 "hurt", "cast", "shed", "burst", "let", "split", "upset", "bid"});
}

// Whether the sentence's main verb is in the simple past: its first finite
// verb, not a participle before it ("Speaking on Monday, Kerry
// called ..." is a past), or a participle that takes an object (TakesAnObject).
// A base form whose past is the same word is none either ("Protesters there
// beat/VB the minister, officials said": a past the tagger misread), unlike
// one that is a present ("Many critics believe/VB").
bool IsPastSentence(std::span<const std::string_view> words,
                    std::span<const std::string_view> tags) {
  for (size_t j = 0; j < tags.size(); ++j) {
    if (IsBarePastParticiple(tags, static_cast<int>(j)) || TakesAnObject(tags, j)) return true;
    if (tags[j] == "VBG" || tags[j] == "VBN") continue;
    if (tags[j] == "VB" && j < words.size() && IsSameInThePast(words[j])) continue;
    if (tags[j].starts_with("VB") || tags[j] == "MD") return tags[j] == "VBD";
  }
  return false;
}

bool IsSayingVerb(std::string_view w) {
  static const WordSet kVerbs = {"said",     "says",  "told",      "announced", "stated",
                                 "reported", "added", "confirmed", "declared"};
  return kVerbs.contains(w);
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
  auto past_at = [&](const TimeExpression& t) {
    return PastAt(sentence_tags, t.token_begin) || PerfectAt(words, sentence_tags, t.token_begin);
  };
  bool mixed = std::any_of(times.begin(), times.end(),
                           [&](const TimeExpression& t) { return past_at(t) != past; });
  if (mixed) {
    FindTimeExpressions(words, date, !past, &other_tense, previous_day);
    for (TimeExpression& t : times) {
      if (past_at(t) == past) continue;
      for (const TimeExpression& o : other_tense) {
        if (o.token_begin == t.token_begin && o.token_end == t.token_end) t = o;
      }
    }
  }
  if (mixed || previous_day != kNoDate) AnchorOffsets(date, previous_day, &times);
  ReadRestatedDates();
  ReadPeriodsNamedBefore();
  ReadTimeAfterADeedToldBefore();
}

// "Tsikhanouskaya entered the race in May. Police arrested him later that
// month": a month or year named as the one before, with none named before it
// in its sentence, is the one the last three sentences named last; so is the
// year of a month "of that year" ("In 2001, rebels fought ... a deal signed
// in August of that year": August 2001).
void ArticleCoder::State::ReadPeriodsNamedBefore() {
  bool named = false;  // a period before, in the sentence
  for (TimeExpression& e : times) {
    if (e.anaphoric && e.precision != DatePrecision::kDay && !named &&
        sentence_number - named_period_sentence <= 3 && named_period != kNoDate &&
        (named_period_precision <= e.precision || e.month_of_year_before > 0)) {
      e.date = DateOfPeriodNamedBefore(e, named_period);
    }
    named = named || (!e.relative && !e.anaphoric && !e.is_start);
  }
}

// "... the bombings of the U.S. embassies in Kenya and Tanzania in August
// 1998. Two weeks after those attacks, U.S. warships fired cruise missiles":
// an opening "two weeks after" that points back at a deed just told ("those",
// "these", "that", "this") counts from the month or year the last three
// sentences named (August 1998), not from the story's day; it dates the
// clause after it, as a time set off at the start does.
void ArticleCoder::State::ReadTimeAfterADeedToldBefore() {
  if (times.empty() || named_period == kNoDate || sentence_number - named_period_sentence > 3)
    return;
  TimeExpression& e = times.front();
  const int n = static_cast<int>(words.size());
  if (!e.relative || e.token_begin != 0 || e.token_end >= n ||
      !EqualsAnyIgnoreCase(words[e.token_end], {"those", "these", "that", "this"}) ||
      named_period_precision == DatePrecision::kDay)
    return;
  int comma = e.token_end;
  while (comma < n && words[comma] != "," && !sentence_tags[comma].starts_with("VB")) ++comma;
  if (comma >= n || words[comma] != ",") return;  // "two weeks after those attacks,"
  e.token_end = comma;
  e.relative = false;
  e.offset_days = 0;
  e.date = named_period;
  e.precision = named_period_precision;
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
// million euros."), and past those, while the text names no other month, year
// or day: the story has not moved to another time.
Date ArticleCoder::State::CarriedDay(Date date, bool past) const {
  const bool from_lead = lead_names_episode && named_day_sentence == 1 &&
                         (sentence_number <= kLeadEpisodeSentences || named_period_sentence <= 1);
  if (!past || ReportsWords() || (named_day_sentence != sentence_number - 1 && !from_lead))
    return kNoDate;
  return named_day <= date && named_day >= AddDays(date, -7) ? named_day : kNoDate;
}

// Whether the sentence names the story's own day, even where no verb of the
// event reaches it ("Soldiers fired tear gas at crowds who defied the curfew
// overnight"): it tells of that day, not of the day carried to it.
bool ArticleCoder::State::NamesStoryDay(Date date) const {
  return std::any_of(times.begin(), times.end(), [date](const TimeExpression& t) {
    return t.date == date && t.precision == DatePrecision::kDay && !t.relative && !t.is_start;
  });
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

// Whether a day of the sentence dates a report: "said on Wednesday".
bool ArticleCoder::State::NamesReportDay() const {
  return std::any_of(times.begin(), times.end(), [this](const TimeExpression& t) {
    return t.precision == DatePrecision::kDay && t.token_begin >= 1 &&
           IsSayingVerb(words[t.token_begin - 1]);
  });
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
// not a day that qualifies a noun ("the April 22 attack"; "On Saturday
// security forces ..." opens the sentence), the day of a report
// ("said on Sunday"), a start, or a day to come; it may date the lead's deeds
// (DateLeadDeeds).
void ArticleCoder::State::RememberNamedDay(Date date) {
  RememberNamedPeriod(date);
  const int n = static_cast<int>(words.size());
  for (const TimeExpression& t : times) {
    if (t.precision != DatePrecision::kDay || t.relative || t.is_start || t.date > date) continue;
    std::string_view next = t.token_end < n ? sentence_tags[t.token_end] : std::string_view();
    // "On Saturday security forces detained ...": the opening time, then the subject.
    const bool opening = t.token_begin == 0 && sentence_tags[0] == "IN";
    if (next == "POS" || (!opening && (next.starts_with("NN") || next == "JJ"))) continue;
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
  if (t != nullptr && (PresentAfterRelative(*t, begin) || PerfectAfterAnd(*t, begin)))
    return When{date, DatePrecision::kDay};
  if (t == nullptr) t = WhenClauseTime(begin, end);
  if (t == nullptr) t = AfterClauseTime(begin, date);
  if (t != nullptr) return When{t->date, t->precision};
  return DayOfTelling(begin, end, date);
}

// The day an event whose clause names no time of its own was told or done:
// in a quote, the day its attribution names; else the day of the report;
// else the day carried from the sentences before; else the story's (DateOf).
ArticleCoder::State::When ArticleCoder::State::DayOfTelling(int begin, int end, Date date) const {
  if (quote_day != kNoDate && quotes.Quoted(begin)) return When{quote_day, DatePrecision::kDay};
  for (const TimeExpression& t : times) {
    int b = t.token_begin;
    bool after_saying = (b >= 1 && IsSayingVerb(words[b - 1])) ||
                        (b >= 2 && IsSayingVerb(words[b - 2]) && sentence_tags[b - 1] == "RB");
    if (after_saying && t.precision == DatePrecision::kDay && !t.relative)
      return When{t.date, t.precision};
  }
  if (carried_day != kNoDate && !NamesStoryDay(date) &&
      (PastAt(sentence_tags, end) || SaidBefore(begin)))
    return When{carried_day};
  return When{date, DatePrecision::kDay};
}

// A statement of intent is dated the day it is made, not by a vague time to
// come it names: "Burhan said the army would hand power to an elected
// government after a vote in July 2023" (the day he said it; "Erdogan is due
// to visit Brussels next week", "invited Xi to visit Russia next year"). A day
// to come stays: "Putin will meet Hollande in Moscow on Thursday" is dated
// that Thursday, the day the meeting is set for.
ArticleCoder::State::When ArticleCoder::State::DateOfIntent(int begin, int end, Date date,
                                                            When when) const {
  if (when.precision == DatePrecision::kDay || when.date <= date) return when;
  return DayOfTelling(begin, end, date);
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

// Whether the verb at word `verb` is a present perfect joined by "and" to
// the clause of time `t` before it: "arrested 22 officers on Sept. 28 and
// have accused them of ..." have accused them up to now, not on Sept. 28
// ("and has since halted" is from then on: that time stays).
bool ArticleCoder::State::PerfectAfterAnd(const TimeExpression& t, int verb) const {
  const int n = static_cast<int>(words.size());
  if (verb >= n || t.token_end > verb) return false;
  for (int k = std::min(verb, n - 1); k >= t.token_end; --k) {
    if (sentence_tags[k] != "CC") continue;
    int h = k + 1;
    while (h < n && sentence_tags[h].starts_with("RB")) ++h;
    if (h > verb || h + 1 >= n || (sentence_tags[h] != "VBP" && sentence_tags[h] != "VBZ") ||
        !EqualsAnyIgnoreCase(words[h], {"have", "has"}))
      return false;
    int p = h + 1;
    while (p < n && (sentence_tags[p].starts_with("RB") || sentence_tags[p] == "IN")) {
      if (EqualsIgnoreCase(words[p], "since")) return false;  // "and has since halted": from then
      ++p;
    }
    return p < n && sentence_tags[p] == "VBN";
  }
  return false;
}

// "Parliament voted late on Monday to postpone the election, after gendarmes
// removed opposition lawmakers": a clause set off by ", after" that names no
// time of its own was done by the day of the clause before it (that day, or
// just before), not on the story's day: the first day of the week before the
// story named before the comma ("Dec. 15" of "postpone ... to Dec. 15" is
// none); nullptr if none ("hours after", "two days after" are times of their
// own).
const TimeExpression* ArticleCoder::State::AfterClauseTime(int begin, Date date) const {
  if (times.empty()) return nullptr;
  int a = begin - 1;
  while (a >= 1 && !breaks[a]) --a;
  if (a < 1 || a + 1 >= begin || !EqualsIgnoreCase(words[a + 1], "after")) return nullptr;
  for (const TimeExpression& t : times) {
    if (t.token_end > a) break;
    if (t.precision == DatePrecision::kDay && !t.relative && !t.is_start && t.date < date &&
        t.date >= AddDays(date, -7))
      return &t;
  }
  return nullptr;
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

}  // namespace dyad::doc
