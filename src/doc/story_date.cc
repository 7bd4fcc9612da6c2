// The story date of an article (article.h: FindStoryDate): metadata, a
// dateline's date, a dateline's day in the year the text implies, the latest
// full date in the text moved on to the lead's weekday, the end of an office
// term the lead tells of, or a day named without its year in the one year the
// office terms allow (docs/articles.md gives the rules in full).
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/doc/article.h"
#include "dyad/doc/dates.h"
#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"

namespace dyad::doc {

namespace {

// Reusable buffers for reading one segment's words and time expressions.
struct SegmentWords {
  text::Tokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::vector<std::string_view> words;
  std::vector<TimeExpression> found;

  // Tokenizes `span` of `text` into `words`.
  void Read(std::string_view text, text::Span span) {
    tokenizer.Tokenize(text, span, &tokens);
    words.clear();
    for (const text::Token& t : tokens) words.push_back(t.text);
  }
};

// Whether a word ends a clause for the look-backs below: a comma, period,
// semicolon or colon.
bool EndsClause(std::string_view w) { return w == "," || w == "." || w == ";" || w == ":"; }

// Whether a time expression at word `begin` is of something planned ("will be
// held on Dec. 5, 2026", "due to end in March 2027", "would hand power to an
// elected government after a vote in July 2023"): a modal or a word of plans
// among the twelve words before it, in its clause (no punctuation between).
bool IsPlanned(std::span<const std::string_view> words, int begin) {
  for (int t = begin - 1; t >= 0 && t >= begin - 12 && !EndsClause(words[t]); --t) {
    if (EqualsAnyIgnoreCase(words[t], {"will", "would", "'ll", "shall", "due", "scheduled",
                                       "expected", "plans", "planned", "aims", "next"}))
      return true;
  }
  return false;
}

// Whether a time expression at word `begin` looks ahead: planned, or after
// "by", "until", "before" ("by 2030"). A year there does not bound the story's.
bool LooksAhead(std::span<const std::string_view> words, int begin) {
  return EqualsAnyIgnoreCase(words[begin], {"by", "until", "till", "before"}) ||
         IsPlanned(words, begin);
}

// The earliest story date `e` allows, kNoDate if none: news writes a day of
// the current year without the year, so a year or month named in the past
// ("in 2018", "erupted in April 2023", "in the 1990s") is before the story's
// year; a full date and a start ("since 2019") are on or before the story.
Date FloorOf(const TimeExpression& e, std::span<const std::string_view> words) {
  if (e.relative || LooksAhead(words, e.token_begin)) return kNoDate;
  const int year = e.date / 10000;
  if (e.is_start || e.precision == DatePrecision::kDay) return e.date;
  return (year + (e.precision == DatePrecision::kDecade ? 10 : 1)) * 10000 + 101;
}

// The dates that name their year in one segment: full dates (day precision)
// go to `full`, or to `ahead` when planned ("will be held on Dec. 5, 2026");
// the latest year named in any form to `*latest_year`, the latest date the
// story cannot be before to `*floor`.
void DatesOf(std::string_view text, text::Span span, SegmentWords* w, std::vector<Date>* full,
             std::vector<Date>* ahead, int* latest_year, Date* floor) {
  w->Read(text, span);
  FindTimeExpressions(w->words, kNoDate, /*past=*/true, &w->found);
  for (const TimeExpression& e : w->found) {
    if (Date f = FloorOf(e, w->words); f != kNoDate) *floor = std::max(*floor, f);
    if (e.is_start || e.relative) continue;
    *latest_year = std::max(*latest_year, e.date / 10000);
    if (e.precision != DatePrecision::kDay) continue;
    (IsPlanned(w->words, e.token_begin) ? ahead : full)->push_back(e.date);
  }
}

// "NAIROBI, June 26 (AP) -": June 26 of `year`, kNoDate if the dateline has no
// such day.
Date DatelineDayIn(std::string_view text, text::Span span, int year, SegmentWords* w) {
  w->Read(text, span);
  FindTimeExpressions(w->words, year * 10000 + 1231, /*past=*/true, &w->found);
  for (const TimeExpression& e : w->found) {
    if (e.precision == DatePrecision::kDay && !e.is_start && e.date / 10000 == year) return e.date;
  }
  return kNoDate;
}

// What the lead says of the dateline's day of the week: "..., the Kremlin said
// on Wednesday" was reported that day (`*report`); "Russia launched missiles on
// Tuesday" happened that day or the day before. -1 if it names no past weekday.
int LeadWeekday(std::span<const std::string_view> words, bool* report) {
  int deed = -1;
  for (int t = 0; t < static_cast<int>(words.size()); ++t) {
    const int weekday = WeekdayNumber(words[t]);
    if (weekday < 0 || LooksAhead(words, t)) continue;
    const int verb = t >= 1 && EqualsIgnoreCase(words[t - 1], "on") ? t - 2 : t - 1;
    if (verb >= 0 && EqualsAnyIgnoreCase(words[verb], {"said", "told", "announced", "reported"})) {
      *report = true;
      return weekday;
    }
    if (deed < 0) deed = weekday;
  }
  *report = false;
  return deed;
}

bool IsCapitalisedWord(std::string_view w) { return w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z'; }

// The office of a minister's title, "Foreign Minister" (the word before
// "Minister"): "" if not one of them.
std::string_view MinisterOffice(std::string_view portfolio) {
  static constexpr std::pair<std::string_view, std::string_view> kOffices[] = {
      {"Prime", ".prime-minister"},       {"Foreign", ".foreign-minister"},
      {"Defence", ".defence-minister"},   {"Defense", ".defence-minister"},
      {"Interior", ".interior-minister"}, {"Home", ".home-minister"},
      {"Justice", ".justice-minister"},   {"Finance", ".finance-minister"}};
  for (const auto& [word, office] : kOffices) {
    if (portfolio == word) return office;
  }
  return {};
}

// The office of a secretary's title at word t ("Foreign Secretary David
// Miliband", "Secretary of State Mike Pompeo", "Secretary-General Ban
// Ki-moon"), and where the name after it begins; "" if none.
std::string_view SecretaryAt(std::span<const std::string_view> words, int t, int* name) {
  const int n = static_cast<int>(words.size());
  if (words[t] == "Secretary-General") return ".secretary-general";
  if (t + 1 < n && words[t + 1] == "Secretary") {
    *name = t + 2;
    if (words[t] == "Foreign") return ".foreign-secretary";
    if (words[t] == "Home") return ".home-secretary";
    if (words[t] == "Defence") return ".defence-secretary";
    if (words[t] == "Defense") return ".secretary-of-defense";
  }
  if (words[t] == "Secretary" && t + 2 < n && words[t + 1] == "of") {
    *name = t + 3;
    if (words[t + 2] == "State") return ".secretary-of-state";
    if (words[t + 2] == "Defense") return ".secretary-of-defense";
  }
  return {};
}

// The office a title at word t names (".president", ".prime-minister",
// ".foreign-minister", ".foreign-secretary", ".chancellor", ".king" ...; "."
// for any office: "counterpart, NAME"), and where the name after it begins;
// "" if none.
std::string_view TitleAt(std::span<const std::string_view> words, int t, int* name) {
  const int n = static_cast<int>(words.size());
  *name = t + 1;
  if (words[t] == "counterpart" && t + 1 < n && words[t + 1] == ",") {
    *name = t + 2;
    return ".";
  }
  if (words[t] == "President") return ".president";
  if (words[t] == "president" && t + 1 < n && words[t + 1] == ",") {  // "president, NAME"
    *name = t + 2;
    return ".president";
  }
  if (words[t] == "Chancellor") return ".chancellor";
  if (words[t] == "King") return ".king";
  if (t + 1 < n && words[t + 1] == "Minister") {
    *name = t + 2;
    return MinisterOffice(words[t]);
  }
  return SecretaryAt(words, t, name);
}

// Whether an office is a minister's or a secretary's, held in a government
// ("Foreign Minister", "Defense Secretary"), not its head's.
bool IsMinistersOffice(std::string_view office) {
  return (office.ends_with("minister") || office.find("secretary") != std::string_view::npos) &&
         office != ".prime-minister" && office != ".secretary-general";
}

// The terms `actor` held `office` ("." for any); for a minister the
// dictionaries give no such office, the spans they coded in a government
// ("Foreign Minister Ahmet Davutoglu": TURGOV 2009-2014 as foreign minister,
// 2014-2016 as prime minister): a titled minister is in government.
std::vector<dict::OfficeTerm> TermsOf(const dict::Dictionaries& dicts, int actor,
                                      std::string_view office) {
  std::vector<dict::OfficeTerm> terms;
  for (const dict::OfficeTerm& term : dicts.office_terms) {
    if (term.holder == actor && (office == "." || term.office.ends_with(office)))
      terms.push_back(term);
  }
  if (!terms.empty() || !IsMinistersOffice(office)) return terms;
  for (const dict::DatedCode& code : dicts.actors.actors()[actor].codes) {
    if (code.restricted() && code.code.ends_with("GOV"))
      terms.push_back(dict::OfficeTerm{std::string(office), code.from, code.until, actor});
  }
  return terms;
}

// Whether the title at word t follows "ousted", "deposed", "toppled" or
// "exiled" as an adjective ("supporters of ousted President Kurmanbek
// Bakiyev": no longer in office), not as the verb of the fall ("officers
// ousted President Ali Bongo", whose term's end dates the story).
bool FallenBefore(std::span<const std::string_view> words, int t) {
  if (t < 1 || !EqualsAnyIgnoreCase(words[t - 1], {"ousted", "deposed", "toppled", "exiled"}))
    return false;
  return t < 2 || EqualsAnyIgnoreCase(words[t - 2], {"of", "the", "by", "for", "with", "and", "to",
                                                     "from", "against", ",", "that", "as"});
}

// The terms of office the story must fall in: for each person the text names
// with their title ("U.S. President Barack Obama", "Prime Minister Shehbaz
// Sharif", "his Nepalese counterpart, Sushil Koirala"; not "former President
// ...", "under President ...", "Vice President ...", "of ousted President ..."),
// the terms they held that office. A story may
// be filed the day after a term ends, about its end ("officers seized power
// and placed President Ali Bongo under house arrest").
struct OfficeBounds {
  std::vector<std::vector<dict::OfficeTerm>> persons;
  bool Allow(Date d) const {
    const Date before = AddDays(d, -1);
    return std::all_of(persons.begin(), persons.end(), [d, before](const auto& terms) {
      return std::any_of(terms.begin(), terms.end(), [d, before](const dict::OfficeTerm& t) {
        return t.Holds(d) || t.Holds(before);
      });
    });
  }
};

void AddOfficeBounds(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                     OfficeBounds* bounds) {
  const int n = static_cast<int>(words.size());
  for (int t = 0; t + 1 < n; ++t) {
    int name = 0;
    const std::string_view office = TitleAt(words, t, &name);
    if (office.empty() ||
        (t > 0 && EqualsAnyIgnoreCase(words[t - 1], {"former", "ex", "late", "then", "under",
                                                     "vice", "deputy", "acting"})) ||
        FallenBefore(words, t))
      continue;
    int end = name;
    while (end < n && end < name + 4 && IsCapitalisedWord(words[end])) ++end;
    if (end == name) continue;
    int actor = -1;
    code::CodeNounPhraseActor(dicts, words.subspan(name, end - name), kNoDate, &actor);
    if (actor < 0) continue;
    std::vector<dict::OfficeTerm> terms = TermsOf(dicts, actor, office);
    if (!terms.empty()) bounds->persons.push_back(std::move(terms));
    t = end - 1;
  }
}

// The latest date the dictionaries know an office holder from: no story is
// dated after what they know.
Date Horizon(const dict::Dictionaries& dicts) {
  Date latest = kNoDate;
  for (const dict::OfficeTerm& t : dicts.office_terms) latest = std::max({latest, t.from, t.until});
  return latest;
}

// Whether `day` (a full date) falls on the lead's weekday: `next_day` allows
// the day after it too.
bool OnWeekday(Date day, int weekday, bool next_day) {
  const int w = DayOfWeek(day);
  return w == weekday || (next_day && w == (weekday + 1) % 7);
}

// The dateline's day (`day`, in any year) in the first year that puts it on
// or after `floor` and, among the next eleven, on the weekday the lead says.
Date YearAfterFloor(int month_day, Date floor, int lead_weekday, bool report) {
  int first = floor / 10000 + (month_day < floor % 10000 ? 1 : 0);
  while (!IsValidDate(first, month_day / 100, month_day % 100)) ++first;  // Feb 29
  for (int year = first; lead_weekday >= 0 && year <= first + 11; ++year) {
    Date d = year * 10000 + month_day;
    if (IsValidDate(year, month_day / 100, month_day % 100) && OnWeekday(d, lead_weekday, !report))
      return d;
  }
  return first * 10000 + month_day;
}

// Within office bounds: the latest year, not after `horizon` nor before
// `floor`, that the bounds allow and that puts the day on the lead's weekday
// (else on the day after it: a deed's, or a report's filed the next day,
// "officials said on Tuesday" under "CARACAS, July 31 (AP)"); else the only
// year allowed or, with a floor, the first; else kNoDate. With `near_floor`
// the first year after the floor that fits, not the latest.
Date YearInOffice(int month_day, Date floor, const OfficeBounds& bounds, Date horizon,
                  int lead_weekday, bool near_floor) {
  const int first = floor == kNoDate ? 1900 : floor / 10000;
  std::vector<Date> allowed;  // latest first
  for (int year = horizon / 10000; year >= first; --year) {
    const Date d = year * 10000 + month_day;
    if (IsValidDate(year, month_day / 100, month_day % 100) && d <= horizon &&
        (floor == kNoDate || d >= floor) && bounds.Allow(d))
      allowed.push_back(d);
  }
  if (near_floor && floor != kNoDate) std::reverse(allowed.begin(), allowed.end());
  for (int pass = 0; lead_weekday >= 0 && pass < 2; ++pass) {
    for (Date d : allowed) {
      if (DayOfWeek(d) == (lead_weekday + pass) % 7) return d;
    }
  }
  if (allowed.size() == 1 || (floor != kNoDate && !allowed.empty()))
    return near_floor ? allowed.front() : allowed.back();
  return kNoDate;
}

// Whether the prose says "last year": a text that tells of the year before its
// own by that name and names past years by number names recent ones ("died in
// a London hospital in November 2006 ... with a radioactive poison in London
// last year"), so its year is the first after them that fits.
bool SaysLastYear(std::string_view text, std::span<const text::Segment> segments, SegmentWords* w) {
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kProse) continue;
    w->Read(text, s.span);
    for (size_t t = 0; t + 1 < w->words.size(); ++t) {
      if (EqualsIgnoreCase(w->words[t], "last") && EqualsIgnoreCase(w->words[t + 1], "year"))
        return true;
    }
  }
  return false;
}

// The lead: the first sentence after `dateline`, else the first sentence of
// prose; null if there is none.
const text::Segment* LeadOf(std::span<const text::Segment> segments,
                            const text::Segment* dateline) {
  if (dateline != nullptr) {
    const text::Segment* lead = dateline + 1;
    if (lead >= segments.data() + segments.size() || lead->kind != text::SegmentKind::kProse)
      return nullptr;
    return lead;
  }
  for (const text::Segment& s : segments) {
    if (s.kind == text::SegmentKind::kProse) return &s;
  }
  return nullptr;
}

// The lead's weekday (LeadWeekday); -1 without a lead.
int LeadWeekdayOf(std::string_view text, const text::Segment* lead, SegmentWords* w, bool* report) {
  *report = false;
  if (lead == nullptr) return -1;
  w->Read(text, lead->span);
  return LeadWeekday(w->words, report);
}

// The weekday of the sentence after the lead, when the lead sums up without
// one ("Insurgents have seized the town. A spokesman said on Sunday ..."); -1
// if it names none.
int SecondSentenceWeekday(std::string_view text, std::span<const text::Segment> segments,
                          const text::Segment* lead, SegmentWords* w) {
  if (lead == nullptr || lead + 1 >= segments.data() + segments.size() ||
      lead[1].kind != text::SegmentKind::kProse)
    return -1;
  bool report = false;
  return LeadWeekdayOf(text, lead + 1, w, &report);
}

// The first day on or after `day` that falls on `weekday`: the latest date a
// text names is followed by the day its lead tells of ("the attack began on
// March 24, 2021 ... said on Sunday" was told on the Sunday after).
Date OnOrAfterWeekday(Date day, int weekday) {
  return AddDays(day, (weekday - DayOfWeek(day) + 7) % 7);
}

// Whether the weekday at word t tells when words were said: "said on
// Thursday", "told reporters on Thursday", "announcing on Saturday" (a verb
// of saying at most two words before "on", of nothing planned: "his meeting
// with Putin Thursday", "will be announcing on Friday" may be to come).
bool ToldOn(std::span<const std::string_view> words, int t) {
  if (t < 2 || !EqualsIgnoreCase(words[t - 1], "on")) return false;
  for (int v = t - 2; v >= 0 && v >= t - 4; --v) {
    if (EqualsAnyIgnoreCase(words[v], {"said", "told", "announced", "reported", "added", "saying",
                                       "announcing", "telling"}))
      return !IsPlanned(words, t);
  }
  return false;
}

// Whether the weekday at word t is a day of the past the text tells of, after
// a verb ("welcomed the deal on Thursday", "video released by the group on
// Monday") or, if `opening` allows, opening the sentence ("On Tuesday, federal
// forces took control ..."): not of something planned ("will meet on
// Monday", "whose council is to meet in Washington on Tuesday", "called for
// fresh demonstrations on Thursday": a "to" or "for" in its clause).
bool TellsOfPastWeekday(std::span<const std::string_view> words, int t, bool opening) {
  if (t < 1 || !EqualsIgnoreCase(words[t - 1], "on") || IsPlanned(words, t)) return false;
  if (t == 1) return opening;
  for (int b = t - 2; b >= 0 && b >= t - 12 && !EndsClause(words[b]); --b) {
    if (EqualsAnyIgnoreCase(words[b], {"to", "for"})) return false;
  }
  return true;
}

// Whether the prose tells of a day of the past on `weekday` after a verb
// (TellsOfPastWeekday; not opening a sentence, "On Friday, Russia's food
// safety agency banned imports from Poland", which may be of the week before).
bool ProseTellsOfWeekday(std::string_view text, std::span<const text::Segment> segments,
                         int weekday, SegmentWords* w) {
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kProse) continue;
    w->Read(text, s.span);
    for (int t = 0; t < static_cast<int>(w->words.size()); ++t) {
      if (WeekdayNumber(w->words[t]) == weekday && TellsOfPastWeekday(w->words, t, false))
        return true;
    }
  }
  return false;
}

// The story date of a text dated by the latest full date it names, `day`
// (moved on to the lead's weekday), moved on again to the latest weekday the
// prose says words were said on within three days after it, or tells of a
// deed on the day after it: a weekday is told of near the dates around it, so
// "said on Wednesday, August 7, 2019 ... said on Thursday" was told on
// Thursday the 8th, not the 1st, and "moved into Kirkuk early on Monday,
// October 16, 2017 ... On Tuesday, federal forces also took control of
// Sinjar" was told on Tuesday the 17th; "On Monday" (two days before) leaves
// the Wednesday.
Date OnLaterWeekdays(std::string_view text, std::span<const text::Segment> segments, Date day,
                     SegmentWords* w) {
  Date latest = day;
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kProse) continue;
    w->Read(text, s.span);
    for (int t = 0; t < static_cast<int>(w->words.size()); ++t) {
      const int weekday = WeekdayNumber(w->words[t]);
      if (weekday < 0) continue;
      const int ahead = (weekday - DayOfWeek(day) + 7) % 7;
      if ((ahead >= 1 && ahead <= 3 && ToldOn(w->words, t)) ||
          (ahead == 1 && TellsOfPastWeekday(w->words, t, true)))
        latest = std::max(latest, AddDays(day, ahead));
    }
  }
  return latest;
}

// Words of a lead that tell of an office holder's fall: the story is then of
// the last day of the holder's term or the day after.
bool TellsOfAFall(std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [](std::string_view w) {
    return EqualsAnyIgnoreCase(w, {"ousted", "removed", "deposed", "toppled", "overthrew",
                                   "overthrown", "impeached", "resigned", "coup"});
  });
}

// A text without a full date (its dateline, if any, has none): the end of a
// term of an office holder the lead names with their title, when the lead
// tells of a fall on that day's weekday ("Congress removed President X from
// office on Wednesday"); kNoDate if none fits all of `bounds`.
Date TermEndOnWeekday(const OfficeBounds& bounds, size_t lead_persons_begin,
                      size_t lead_persons_end, int weekday) {
  Date best = kNoDate;
  for (size_t p = lead_persons_begin; p < lead_persons_end; ++p) {
    for (const dict::OfficeTerm& term : bounds.persons[p]) {
      if (term.until == kNoDate) continue;
      for (Date d : {AddDays(term.until, -1), term.until}) {
        if (DayOfWeek(d) == weekday && bounds.Allow(d)) best = std::max(best, d);
      }
    }
  }
  return best;
}

bool HasYear(std::span<const std::string_view> words, const TimeExpression& e) {
  for (int t = e.token_begin; t < e.token_end; ++t) {
    const std::string_view w = words[t];
    if (w.size() == 4 && IsAllDigits(w)) return true;
  }
  return false;
}

bool HasMonth(std::span<const std::string_view> words, const TimeExpression& e) {
  for (int t = e.token_begin; t < e.token_end; ++t) {
    if (MonthNumber(words[t]) > 0) return true;
  }
  return false;
}

// The latest day the prose names by its month without its year ("on March 4",
// "Sept. 16"), as MMDD; 0 if none.
int LatestYearlessDay(std::string_view text, std::span<const text::Segment> segments,
                      SegmentWords* w) {
  int latest = 0;
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kProse) continue;
    w->Read(text, s.span);
    FindTimeExpressions(w->words, 20001231, /*past=*/true, &w->found);
    for (const TimeExpression& e : w->found) {
      if (e.precision != DatePrecision::kDay || e.is_start || e.relative || e.anaphoric ||
          LooksAhead(w->words, e.token_begin) || !HasMonth(w->words, e) || HasYear(w->words, e))
        continue;
      latest = std::max(latest, e.date % 10000);
    }
  }
  return latest;
}

// A text without a full date (its dateline, if any, has none): the latest day it
// names without its year ("poisoned on March 4"), moved on to the lead's
// weekday, in the one year on or after `floor` whose day the office terms
// allow; kNoDate if none or more than one.
Date YearlessDayInOffice(int month_day, Date floor, const OfficeBounds& bounds, Date horizon,
                         int weekday) {
  if (bounds.persons.empty() || month_day == 0) return kNoDate;
  Date only = kNoDate;
  for (int year = floor == kNoDate ? 1900 : floor / 10000; year <= horizon / 10000; ++year) {
    if (!IsValidDate(year, month_day / 100, month_day % 100)) continue;
    const Date day = year * 10000 + month_day;
    const Date story = weekday >= 0 ? OnOrAfterWeekday(day, weekday) : day;
    if ((floor != kNoDate && day < floor) || story > horizon || !bounds.Allow(story)) continue;
    if (only != kNoDate) return kNoDate;
    only = story;
  }
  return only;
}

}  // namespace

StoryDate FindStoryDate(std::string_view text, std::span<const text::Segment> segments,
                        Date metadata, const dict::Dictionaries* dicts) {
  if (metadata != kNoDate) return StoryDate{metadata, StoryDateSource::kMetadata};
  SegmentWords w;
  std::vector<Date> dates, ahead;  // full dates: of the past, to come
  int latest_year = 0;
  Date floor = kNoDate;
  OfficeBounds bounds;
  const text::Segment* dateline = nullptr;
  for (const text::Segment& s : segments) {
    if (s.kind != text::SegmentKind::kDateline) continue;
    dateline = &s;
    DatesOf(text, s.span, &w, &dates, &ahead, &latest_year, &floor);
    if (!dates.empty() || !ahead.empty()) {
      return StoryDate{dates.empty() ? ahead.front() : dates.front(), StoryDateSource::kDateline};
    }
  }
  const text::Segment* lead = LeadOf(segments, dateline);
  size_t lead_persons_begin = 0, lead_persons_end = 0;
  bool lead_tells_of_a_fall = false;
  for (const text::Segment& s : segments) {
    if (s.kind == text::SegmentKind::kTweetAttribution && s.date != kNoDate) {
      dates.push_back(s.date);
      latest_year = std::max(latest_year, s.date / 10000);
      floor = std::max(floor, s.date);
    } else if (s.kind != text::SegmentKind::kUrl) {
      DatesOf(text, s.span, &w, &dates, &ahead, &latest_year, &floor);
      if (dicts == nullptr) continue;
      if (&s == lead) lead_persons_begin = bounds.persons.size();
      AddOfficeBounds(*dicts, w.words, &bounds);
      if (&s != lead) continue;
      lead_persons_end = bounds.persons.size();
      lead_tells_of_a_fall = TellsOfAFall(w.words);
    }
  }
  bool report = false;
  int weekday = LeadWeekdayOf(text, lead, &w, &report);
  if (dateline != nullptr && weekday >= 0 &&
      ProseTellsOfWeekday(text, segments, (weekday + 1) % 7, &w)) {
    weekday = (weekday + 1) % 7;  // "late on Sunday gave ... On Monday, Riyadh suspended"
    report = true;
  }
  if (dateline != nullptr && (floor != kNoDate || !bounds.persons.empty())) {
    Date day = DatelineDayIn(text, dateline->span, 2000, &w);
    if (day != kNoDate) {
      const int month_day = day % 10000;
      day = bounds.persons.empty() ? kNoDate
                                   : YearInOffice(month_day, floor, bounds, Horizon(*dicts),
                                                  weekday, SaysLastYear(text, segments, &w));
      // No office bounds, or none that fit ("detained President Bazoum" the day after)
      if (day == kNoDate && floor != kNoDate)
        day = YearAfterFloor(month_day, floor, weekday, report);
    }
    if (day != kNoDate) return StoryDate{day, StoryDateSource::kDatelineYearInferred};
  }
  if (dates.empty() && ahead.empty()) {
    if (lead_tells_of_a_fall && weekday >= 0) {
      const Date end = TermEndOnWeekday(bounds, lead_persons_begin, lead_persons_end, weekday);
      if (end != kNoDate) return StoryDate{end, StoryDateSource::kOfficeTermEnd};
    }
    // The latest day named without its year is a guess at the story's, taken
    // only when the lead names an office holder of its day ("Peru's interim
    // President Manuel Merino resigned on Sunday"), not one named in the
    // background ("A court removed Yingluck from office on May 7").
    if (lead_persons_begin == lead_persons_end) return StoryDate{};
    const int month_day = LatestYearlessDay(text, segments, &w);
    const Date day = YearlessDayInOffice(month_day, floor, bounds, Horizon(*dicts), weekday);
    return day == kNoDate ? StoryDate{} : StoryDate{day, StoryDateSource::kLatestInText};
  }
  if (dates.empty()) {  // only dates to come: the latest of them
    return StoryDate{*std::max_element(ahead.begin(), ahead.end()), StoryDateSource::kLatestInText};
  }
  Date latest = *std::max_element(dates.begin(), dates.end());
  const int told = weekday >= 0 ? weekday : SecondSentenceWeekday(text, segments, lead, &w);
  if (told >= 0) latest = OnOrAfterWeekday(latest, told);
  return StoryDate{OnLaterWeekdays(text, segments, latest, &w), StoryDateSource::kLatestInText};
}

StoryDate FindStoryDate(std::string_view text, Date metadata, const dict::Dictionaries* dicts) {
  if (metadata != kNoDate) return StoryDate{metadata, StoryDateSource::kMetadata};
  std::vector<text::Segment> segments;
  text::Segmenter().Segment(text, &segments);
  return FindStoryDate(text, segments, metadata, dicts);
}

}  // namespace dyad::doc
