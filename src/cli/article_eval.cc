// See article_eval.h.
#include "cli/article_eval.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "cli/dictionary_choice.h"
#include "cli/gazetteer_choice.h"
#include "dyad/base/date.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/doc/article.h"
#include "dyad/parse/text_parser.h"

namespace dyad::cli {

namespace {

struct GoldEvent {
  Date date = kNoDate;
  int precision = 1;  // how many of the date's leading digits count: 10000 year, 100 month, 1 day
  std::string source, target, code;
  std::string place, place_country;  // "" if the gold names none
  std::string count_kind;
  long count = -1;
  std::string text;  // the `text:` field, "" if none
  int line = 0;
};

struct GoldArticle {
  std::string gold_path, text_path;
  Date story_date = kNoDate;
  std::vector<GoldEvent> events, forbidden, incidents;
};

struct Predicted {
  std::string source, target, code;
  Date date = kNoDate;
  std::string place, place_country;
  std::string place_written;  // the words that name the place, as the text spells them
  std::string sentence;
  bool matched = false;
  bool other_role = false;  // matches an unmatched gold event but for a role
};

std::vector<std::string_view> SplitFields(std::string_view s) {
  std::vector<std::string_view> out;
  while (true) {
    size_t bar = s.find('|');
    out.push_back(Trim(s.substr(0, bar)));
    if (bar == std::string_view::npos) return out;
    s.remove_prefix(bar + 1);
  }
}

// "$DYAD_SHARED/seed/x.txt" or a path relative to the gold file's folder.
std::string ResolveTextPath(std::string_view path, const std::string& gold_path) {
  constexpr std::string_view kShared = "$DYAD_SHARED";
  if (path.starts_with(kShared)) {
    const char* env = std::getenv("DYAD_SHARED");
    return std::string(env != nullptr && *env != '\0' ? env : "../shared") +
           std::string(path.substr(kShared.size()));
  }
  if (path.starts_with("/")) return std::string(path);
  return (std::filesystem::path(gold_path).parent_path() / std::string(path)).string();
}

// Reads one `key: value | key: value` event line into `e`; returns why the
// line is malformed, or an empty view when it is not.
std::string_view ParseGoldEvent(std::string_view value, bool forbidden, bool incident,
                                GoldEvent* e) {
  std::vector<std::string_view> fields = SplitFields(value);
  size_t f = 0;
  if (!forbidden) {
    std::vector<std::string_view> when = SplitWhitespace(fields[f++]);
    constexpr std::string_view kBadDate = "its date must be YYYY-MM-DD, YYYY-MM or YYYY";
    if (when.empty()) return kBadDate;
    // "2015-11-26", "2023-04" (a month) or "2010" (a year).
    std::string full(when[0]);
    e->precision = full.size() == 4 ? 10000 : full.size() == 7 ? 100 : 1;
    if (full.size() == 4) full += "-01";
    if (full.size() == 7) full += "-01";
    auto date = ParseDate(full);
    if (!date.ok()) return kBadDate;
    e->date = *date;
  }
  if (!incident) {
    if (f >= fields.size()) return "it needs 'SOURCE TARGET CODE'";
    std::vector<std::string_view> triple = SplitWhitespace(fields[f++]);
    if (triple.size() != 3) return "its actors and code must be 'SOURCE TARGET CODE'";
    e->source = triple[0];
    e->target = triple[1];
    e->code = triple[2];
  }
  for (; f < fields.size(); ++f) {
    std::string_view field = fields[f];
    if (field.starts_with("place:")) {
      std::string_view place = Trim(field.substr(6));
      size_t comma = place.rfind(',');
      if (comma == std::string_view::npos) return "a place must be 'NAME, COUNTRY'";
      e->place = Trim(place.substr(0, comma));
      e->place_country = Trim(place.substr(comma + 1));
    } else if (field.starts_with("text:")) {
      e->text = Trim(field.substr(5));
    } else if (field.starts_with("count:")) {
      std::vector<std::string_view> count = SplitWhitespace(field.substr(6));
      if (count.size() != 2) return "a count must be 'KIND NUMBER' (killed 12)";
      e->count_kind = count[0];
      e->count = std::atol(std::string(count[1]).c_str());
    }
  }
  if (incident && e->count < 0) return "an incident needs a count ('count: killed 12')";
  return {};
}

constexpr std::string_view kGoldKeys =
    "expected 'story_date:', 'text:', 'event:', 'incident:' or 'forbidden:'";

Status ReadGold(const std::string& path, GoldArticle* out) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  out->gold_path = path;
  out->text_path = path.substr(0, path.rfind('.')) + ".txt";
  Status status;
  ForEachLine(*text, [&](std::string_view line, int number) {
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#' || !status.ok()) return;
    size_t colon = s.find(':');
    std::string_view key = s.substr(0, colon), value = Trim(s.substr(colon + 1));
    std::string_view error;
    if (colon == std::string_view::npos) {
      error = kGoldKeys;
    } else if (key == "story_date") {
      auto date = ParseDate(value);
      if (!date.ok()) error = "story_date must be YYYY-MM-DD";
      if (date.ok()) out->story_date = *date;
    } else if (key == "text") {
      out->text_path = ResolveTextPath(value, path);
    } else if (key == "event" || key == "forbidden" || key == "incident") {
      GoldEvent e;
      e.line = number;
      error = ParseGoldEvent(value, key == "forbidden", key == "incident", &e);
      (key == "event"      ? out->events
       : key == "incident" ? out->incidents
                           : out->forbidden)
          .push_back(std::move(e));
    } else {
      error = kGoldKeys;
    }
    if (!error.empty())
      status = Status::InvalidInput(path + ":" + std::to_string(number) + ": " +
                                    std::string(error) + " (docs/articles.md)");
  });
  return status;
}

// The lower-case words (runs of letters and digits) of `s`.
std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether a forbidden line is about the sentence an event came from: most of
// its text's words are in the sentence (the text quotes the sentence, perhaps
// in part; a closing "(hypothetical)" is the writer's comment). A line
// without text is about any sentence.
bool AboutSentence(const GoldEvent& f, std::string_view sentence) {
  std::string_view text = f.text;
  if (text.ends_with(")") && text.rfind('(') != std::string_view::npos)
    text = text.substr(0, text.rfind('('));
  std::vector<std::string> wanted = LowerWords(text);
  if (wanted.empty()) return true;
  std::vector<std::string> words = LowerWords(sentence);
  std::sort(words.begin(), words.end());
  size_t found = 0;
  for (const std::string& w : wanted) found += std::binary_search(words.begin(), words.end(), w);
  return found * 2 >= wanted.size();
}

bool SameRoot(const std::string& a, const std::string& b) {
  return a == "*" || b == "*" || a.substr(0, 2) == b.substr(0, 2);
}

bool SameDate(const GoldEvent& g, Date d) { return d / g.precision == g.date / g.precision; }

// Names match folded, up to a comma ("Washington, D.C." is "Washington"),
// without a trailing kind of division ("Cabo Delgado Province" is "Cabo
// Delgado"); either the gazetteer's name or the words the text named the place
// with ("Sisaket" for the gazetteer's "Si Sa Ket") may match the gold's.
bool SamePlace(const GoldEvent& g, const Predicted& p) {
  if (p.place.empty() || g.place_country != p.place_country) return false;
  auto head = [](std::string_view name) {
    name = name.substr(0, name.find(','));
    for (std::string_view kind : {" Province", " Region", " State", " Governorate", " Oblast",
                                  " Prefecture", " Department", " District", " County"}) {
      if (name.size() > kind.size() && name.ends_with(kind))
        return name.substr(0, name.size() - kind.size());
    }
    return name;
  };
  char a[256], b[256];
  std::string_view gold = doc::FoldPlaceName(head(g.place), a);
  for (const std::string& name : {p.place, p.place_written}) {
    if (!name.empty() && gold == doc::FoldPlaceName(head(name), b)) return true;
  }
  return false;
}

// The words that name `l` in `text`; "" for a country (which may stand in
// for a town the gazetteer lacks) and a place with no span in the text.
std::string WrittenPlace(std::string_view text, const doc::Location& l) {
  if (l.kind == doc::PlaceKind::kCountry || l.bytes.empty() || l.bytes.end > text.size()) return "";
  return std::string(text.substr(l.bytes.begin, l.bytes.end - l.bytes.begin));
}

struct Totals {
  long gold = 0, predicted = 0, matched = 0, dated = 0, placed_gold = 0, placed = 0;
  long counts_gold = 0, counts_found = 0, forbidden = 0, articles = 0;
  long other_role = 0;  // coded events with a gold event's countries and root, another role
};

// "RUSGOV" and "RUS", "---CVL" and "---UAF": the same country (or none),
// whatever the roles.
bool SameCountry(const std::string& a, const std::string& b) {
  return a.compare(0, 3, b, 0, 3) == 0;
}

double Ratio(long a, long b) { return b ? double(a) / b : 1.0; }

// Codes one article and scores it into `t`.
void ScoreArticle(const GoldArticle& gold, const ArticleEvalFlags& flags, doc::ArticleCoder& coder,
                  Totals* t) {
  auto text = ReadFile(gold.text_path);
  if (!text.ok()) {
    std::fprintf(stderr, "dyad eval-articles: %s\n", text.status().message().c_str());
    return;
  }
  std::vector<Predicted> predicted;
  std::vector<doc::EventCount> counts;
  std::vector<Predicted> incident_places;  // per incident: its place, in `counts` order
  Date metadata = flags.infer_dates ? kNoDate : gold.story_date;
  coder.Code("article", *text, metadata, [&](const doc::CodedSentence& s) {
    for (size_t i = 0; i < s.result.events.size(); ++i) {
      const code::Event& e = s.result.events[i];
      const doc::EventDetails& d = s.details[i];
      Predicted p{e.source, e.target, e.code, d.event_date, "", "", "", std::string(s.text)};
      if (d.location) {
        p.place = d.location->name, p.place_country = d.location->country;
        p.place_written = WrittenPlace(*text, *d.location);
      }
      bool seen = false;
      for (const Predicted& q : predicted)
        seen |= q.source == p.source && q.target == p.target && SameRoot(q.code, p.code) &&
                q.date == p.date;
      for (const doc::EventCount& c : d.counts) {
        counts.push_back(c);
        incident_places.push_back(p);
      }
      if (!seen) predicted.push_back(std::move(p));
    }
    for (const doc::Incident& i : s.incidents) {
      counts.push_back(i.count);
      Predicted place;
      if (i.location) {
        place.place = i.location->name, place.place_country = i.location->country;
        place.place_written = WrittenPlace(*text, *i.location);
      }
      incident_places.push_back(std::move(place));
    }
  });
  ++t->articles;
  t->gold += static_cast<long>(gold.events.size());
  t->predicted += static_cast<long>(predicted.size());
  // Each gold event takes a coded one of its source, target and root: first
  // those of its date, so that a coded event is not spent on a gold event of
  // another date while one of its own date goes unmatched.
  std::vector<Predicted*> match(gold.events.size(), nullptr);
  for (bool same_date : {true, false}) {
    for (size_t i = 0; i < gold.events.size(); ++i) {
      const GoldEvent& g = gold.events[i];
      for (Predicted& p : predicted) {
        if (match[i] != nullptr) break;
        if (p.matched || p.source != g.source || p.target != g.target ||
            !SameRoot(p.code, g.code) || (same_date && !SameDate(g, p.date)))
          continue;
        match[i] = &p;
        p.matched = true;
      }
    }
  }
  // Events the roles alone keep apart ("RUS" coded, "RUSGOV" gold): not
  // matched, but counted and listed, since they tell a different fix than
  // events missed outright.
  std::vector<Predicted*> other_role(gold.events.size(), nullptr);
  for (size_t i = 0; i < gold.events.size(); ++i) {
    const GoldEvent& g = gold.events[i];
    for (Predicted& p : predicted) {
      if (match[i] != nullptr || other_role[i] != nullptr) break;
      if (p.matched || p.other_role || !SameCountry(p.source, g.source) ||
          !SameCountry(p.target, g.target) || !SameRoot(p.code, g.code))
        continue;
      other_role[i] = &p;
      p.other_role = true;
      ++t->other_role;
    }
  }
  for (size_t i = 0; i < gold.events.size(); ++i) {
    const GoldEvent& g = gold.events[i];
    Predicted* best = match[i];
    if (g.count >= 0) {
      ++t->counts_gold;
      for (const doc::EventCount& c : counts)
        if (doc::CountKindName(c.kind) == g.count_kind && c.number == g.count) {
          ++t->counts_found;
          break;
        }
    }
    if (best == nullptr) {
      if (flags.verbose)
        std::printf("%s:%d: missed %s %s %s (%d)\n", gold.gold_path.c_str(), g.line,
                    g.source.c_str(), g.target.c_str(), g.code.c_str(), g.date);
      if (flags.verbose && other_role[i] != nullptr)
        std::printf("%s:%d: other role: coded %s %s %s\n", gold.gold_path.c_str(), g.line,
                    other_role[i]->source.c_str(), other_role[i]->target.c_str(),
                    other_role[i]->code.c_str());
      continue;
    }
    ++t->matched;
    t->dated += SameDate(g, best->date);
    t->placed_gold += !g.place.empty();
    t->placed += !g.place.empty() && SamePlace(g, *best);
    if (flags.verbose && !SameDate(g, best->date))
      std::printf("%s:%d: date %d, gold %d\n", gold.gold_path.c_str(), g.line, best->date, g.date);
    if (flags.verbose && !g.place.empty() && !SamePlace(g, *best))
      std::printf("%s:%d: place %s, gold '%s, %s'\n", gold.gold_path.c_str(), g.line,
                  best->place.empty()
                      ? "none"
                      : ("'" + best->place + ", " + best->place_country + "'").c_str(),
                  g.place.c_str(), g.place_country.c_str());
  }
  for (const GoldEvent& g : gold.incidents) {
    ++t->counts_gold;
    bool found = false;
    for (size_t c = 0; c < counts.size() && !found; ++c) {
      found = doc::CountKindName(counts[c].kind) == g.count_kind && counts[c].number == g.count &&
              (g.place.empty() || SamePlace(g, incident_places[c]));
    }
    t->counts_found += found;
    if (flags.verbose && !found)
      std::printf("%s:%d: missed count %s %ld\n", gold.gold_path.c_str(), g.line,
                  g.count_kind.c_str(), g.count);
  }
  for (const Predicted& p : predicted) {
    // An event that matched a gold event is right, whatever a forbidden line
    // of the same actors and root says about other words.
    bool forbidden = false;
    for (const GoldEvent& f : gold.forbidden)
      forbidden |= !p.matched && p.source == f.source && p.target == f.target &&
                   SameRoot(p.code, f.code) && AboutSentence(f, p.sentence);
    t->forbidden += forbidden;
    if (flags.verbose && (!p.matched || forbidden))
      std::printf("%s: %s %s %s %s (%d) from: %s\n", gold.gold_path.c_str(),
                  forbidden ? "FORBIDDEN" : "extra", p.source.c_str(), p.target.c_str(),
                  p.code.c_str(), p.date, p.sentence.c_str());
  }
}

std::vector<std::string> GoldFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      if (entry.path().extension() == ".gold") found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

int RunArticleEval(const ArticleEvalFlags& flags) {
  auto dicts = LoadDictionariesOrOwn(flags.dictionaries, flags.data_dir);
  auto parser = parse::TextParser::Create(flags.tagger_model, "fast");
  for (const Status& s : {dicts.status(), parser.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "dyad eval-articles: %s\n", s.message().c_str());
      return 2;
    }
  }
  std::optional<doc::Gazetteer> gazetteer =
      LoadGazetteerOrNone(flags.gazetteer, "dyad eval-articles");
  doc::ArticleCoder coder(**dicts, parser->get(), gazetteer ? &*gazetteer : nullptr,
                          code::CoderOptions{}, doc::ArticleOptions{});
  Totals t;
  int bad = 0;
  for (const std::string& path : GoldFiles(flags.paths)) {
    GoldArticle gold;
    Status s = ReadGold(path, &gold);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad eval-articles: %s\n", s.message().c_str());
      ++bad;
      continue;
    }
    ScoreArticle(gold, flags, coder, &t);
  }
  double p = Ratio(t.matched, t.predicted), r = Ratio(t.matched, t.gold);
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("eval-articles: %ld articles\n", t.articles);
  std::printf(
      "eval-articles events    precision %.3f  recall %.3f  F1 %.3f  (%ld matched, %ld "
      "coded, %ld gold)\n",
      p, r, f1, t.matched, t.predicted, t.gold);
  std::printf(
      "eval-articles roles     %ld unmatched coded events have a gold event's countries "
      "and root, another role\n",
      t.other_role);
  std::printf("eval-articles dates     %.3f of matched events (%ld/%ld)\n",
              Ratio(t.dated, t.matched), t.dated, t.matched);
  std::printf("eval-articles places    %.3f of matched events with a gold place (%ld/%ld)\n",
              Ratio(t.placed, t.placed_gold), t.placed, t.placed_gold);
  std::printf("eval-articles counts    %.3f of gold counts found (%ld/%ld)\n",
              Ratio(t.counts_found, t.counts_gold), t.counts_found, t.counts_gold);
  std::printf("eval-articles forbidden %ld events\n", t.forbidden);
  if (flags.max_forbidden >= 0 && t.forbidden > flags.max_forbidden) {
    std::printf("eval-articles: FAILED: %ld forbidden events, more than %ld\n", t.forbidden,
                flags.max_forbidden);
    return 1;
  }
  if (f1 < flags.min_event_f1) {
    std::printf("eval-articles: FAILED: event F1 %.3f is below the floor %.3f\n", f1,
                flags.min_event_f1);
    return 1;
  }
  return bad == 0 ? 0 : 1;
}

}  // namespace dyad::cli
