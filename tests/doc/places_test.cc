// Event places on the short wire paragraphs of places_cases.txt, written for
// this test (not taken from any evaluation set): the article coder with
// dyad's own dictionaries, tagger and (built at set-up) gazetteer. Each case
// names the verb of an event and the place a careful coder gives it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/article.h"
#include "dyad/doc/gazetteer.h"
#include "shared_pipeline.h"

namespace dyad::doc {
namespace {

struct Expected {
  std::string verb;     // a word of the event's verb
  int nth = 1;          // the nth event with that word
  std::string place;    // "" for none
  std::string country;  // ISO alpha-3, "" if not checked
  bool gap = false;     // a known gap: reported, not required
};

struct Case {
  int line = 0;
  Date date = kNoDate;
  std::string text;
  std::vector<Expected> expected;
};

// "hit#2=?Odessa/UKR" -> {hit, 2, Odessa, UKR, gap}.
Expected ParseExpected(std::string_view item) {
  Expected e;
  const size_t eq = item.find('=');
  std::string_view verb = Trim(item.substr(0, eq));
  std::string_view place = eq == std::string_view::npos ? "" : Trim(item.substr(eq + 1));
  if (size_t hash = verb.find('#'); hash != std::string_view::npos) {
    e.nth = std::atoi(std::string(verb.substr(hash + 1)).c_str());
    verb = verb.substr(0, hash);
  }
  e.verb = verb;
  if (place.starts_with('?')) e.gap = true, place.remove_prefix(1);
  if (place == "-") place = "";
  if (size_t slash = place.find('/'); slash != std::string_view::npos) {
    e.country = place.substr(slash + 1);
    place = place.substr(0, slash);
  }
  e.place = place;
  return e;
}

std::vector<Case> ReadCases(const std::string& path) {
  std::vector<Case> cases;
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return cases;
  std::string_view rest = *text;
  int line_number = 0;
  bool open = false;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (line.starts_with('#')) continue;
    if (Trim(line).empty()) {
      open = false;
    } else if (line.starts_with('@')) {
      Case c;
      c.line = line_number;
      std::string_view fields = line.substr(1);
      const size_t bar = fields.find('|');
      std::string date(Trim(fields.substr(0, bar)));
      c.date = std::atoi((date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2)).c_str());
      while (bar != std::string_view::npos && !fields.empty()) {
        fields = fields.substr(fields.find('|') + 1);
        const size_t next = fields.find('|');
        c.expected.push_back(ParseExpected(fields.substr(0, next)));
        if (next == std::string_view::npos) break;
      }
      cases.push_back(std::move(c));
      open = true;
    } else if (open) {
      (cases.back().text += line) += '\n';
    }
  }
  return cases;
}

// Folded, up to a comma, without a trailing kind of division (as
// `dyad eval-articles` compares places).
std::string PlaceKey(std::string_view name) {
  name = name.substr(0, name.find(','));
  char scratch[256];
  std::string key(FoldPlaceName(name, scratch));
  for (std::string_view kind : {" province", " region", " state", " governorate", " oblast"}) {
    if (key.size() > kind.size() && key.ends_with(kind)) key.resize(key.size() - kind.size());
  }
  return key;
}

struct Coded {
  std::string verb, place, country;
};

class PlacesTest : public PlacesPipelineTest {
 protected:
  std::vector<Coded> Code(const Case& c) {
    ArticleCoder coder(*dicts_, parser_, gazetteer_.get(), code::CoderOptions{}, ArticleOptions{});
    std::vector<Coded> out;
    coder.Code("t", c.text, c.date, [&](const CodedSentence& s) {
      for (size_t i = 0; i < s.result.events.size(); ++i) {
        const std::optional<Location>& l = s.details[i].location;
        const ByteRange verb = s.details[i].verb_bytes;
        out.push_back(Coded{c.text.substr(verb.begin, verb.end - verb.begin),
                            l ? std::string(l->name) : "", l ? std::string(l->country) : ""});
      }
    });
    return out;
  }
};

// The nth event whose verb has the word `verb`, or nullptr.
const Coded* EventOf(const std::vector<Coded>& events, const Expected& want) {
  int seen = 0;
  for (const Coded& e : events) {
    std::string_view rest = e.verb;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      if (EqualsIgnoreCase(rest.substr(0, space), want.verb) && ++seen == want.nth) return &e;
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return nullptr;
}

TEST_F(PlacesTest, EveryCaseHasItsPlace) {
  const std::vector<Case> cases = ReadCases(DYAD_SOURCE_DIR "/tests/doc/places_cases.txt");
  ASSERT_GE(cases.size(), 30u);
  int right = 0, total = 0, gaps = 0;
  for (const Case& c : cases) {
    const std::vector<Coded> events = Code(c);
    for (const Expected& want : c.expected) {
      const Coded* got = EventOf(events, want);
      const bool good = got != nullptr && PlaceKey(got->place) == PlaceKey(want.place) &&
                        (want.country.empty() || got->country == want.country);
      ++total;
      right += good;
      std::string seen = got == nullptr ? "no such event" : "'" + got->place + "'";
      if (want.gap) {
        ++gaps;
        if (!good) std::printf("known gap, line %d: %s\n", c.line, seen.c_str());
        continue;
      }
      EXPECT_TRUE(good) << "places_cases.txt:" << c.line << ": " << want.verb << " should be in '"
                        << want.place << "', is " << seen;
    }
  }
  std::printf("places: %d of %d right (%d known gaps)\n", right, total, gaps);
}

}  // namespace
}  // namespace dyad::doc
