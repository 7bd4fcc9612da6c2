// Where an article's events happen: places named in the sentence, the
// dateline, the place carried from the sentences before (docs/articles.md, "Places").
#include <algorithm>
#include <iterator>

#include "doc/article_state.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {

// The first word of each name of a capital's entry (NameRecord names are
// the vocabulary's words joined by spaces).
CapitalNameStarts::CapitalNameStarts(const dict::Dictionaries& dicts)
    : vocabulary_(dicts.vocabulary) {
  for (const dict::NameRecord& n : dicts.actor_names) {
    if (n.actor < 0 || !dicts.actors.actors()[n.actor].place_metonym) continue;
    const std::string_view name = n.name;
    ids_.push_back(vocabulary_.Find(name.substr(0, name.find(' '))));
  }
  std::sort(ids_.begin(), ids_.end());
  ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  // Upper case `word` is start S exactly when lower case `word` is lower
  // case S, if S has no lower-case letter; a start with one is no word's.
  std::vector<std::string> lower;
  for (dict::WordId id : ids_) {
    if (id == dict::kUnknownWord) return;  // then any unknown word is one: by id
    const std::string_view start = vocabulary_.Word(id);
    if (start.empty() || start.size() > 24) return;  // not in a WordSet: by id
    if (std::any_of(start.begin(), start.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    std::string& l = lower.emplace_back(start);
    for (char& c : l) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
  lower_ = std::move(lower);  // no string moves after the views are taken
  const std::vector<std::string_view> views(lower_.begin(), lower_.end());
  set_ = WordSet(views);
  by_set_ = true;
}

bool CapitalNameStarts::Has(std::string_view word) {
  if (by_set_) return set_.contains(word);
  upper_word_.clear();
  AppendUpperAscii(word, &upper_word_);
  return std::binary_search(ids_.begin(), ids_.end(), vocabulary_.Find(upper_word_));
}

// Whether a word of [begin, end) begins a capital's name. The coder takes a
// phrase's actor only from a name that starts at one of its words
// (CodePhrase, PhraseIndex::MatchAt: names are indexed by their first word,
// and a capital's are the names of its entry, NameRecords all), so a phrase
// with none is no seat of government: SeatOfGovernment's answer without
// coding the phrase.
bool ArticleCoder::State::MayNameSeat(int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (capital_name_starts.Has(words[t])) return true;
  }
  return false;
}

// Places are proper names after a place preposition ("in Paris", "near the
// Syrian border" is not one), found in the gazetteer; longest name first.
// "at the White House", "in the Kremlin": a seat of government the
// dictionaries name as a capital's is in that capital (the gazetteer would
// find a town called White House).
const Place* ArticleCoder::State::SeatOfGovernment(int begin, int end, Date date) {
  if (!MayNameSeat(begin, end)) return nullptr;
  int entry = -1;
  code::CodeNounPhraseActor(
      dicts, std::span<const std::string_view>(words).subspan(begin, end - begin), date, &entry);
  if (entry < 0) return nullptr;
  const dict::Actor& actor = dicts.actors.actors()[entry];
  if (!actor.place_metonym || actor.capital_city.empty() || actor.codes.empty()) return nullptr;
  return place_cache.Find(actor.capital_city, actor.codes.front().code.substr(0, 3));
}

namespace {

// Who reports a toll for a place: "Gaza's health ministry", "Kharkiv's
// governor", "Mogadishu's police".
bool IsReportingBody(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"ministry", "officials", "authorities", "authority", "government", "governor", "mayor",
          "police", "hospital", "hospitals", "administration", "council"});
}

bool IsFleeing(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"fled", "flee", "flees", "fleeing", "left", "abandoned"});
}

}  // namespace

// The place of a count its clause names no place for, from the words about
// it: people displaced from a place that is their verb's object ("500,000
// people had fled Mosul"), else a town or province whose officials report
// it ("Gaza's health ministry said 232 people had been killed": Gaza; not a
// country's ministry, whose toll may be anywhere in it). Sets `out`.
bool ArticleCoder::State::TollPlace(const parse::ParsedSegment& p, CountKind kind, int count_begin,
                                    PlaceMention* out) {
  constexpr int kFledWindow = 8, kName = 3, kBodyWindow = 3;
  const int n = static_cast<int>(words.size());
  auto named_at = [&](int begin, std::string_view hint) -> const Place* {
    int end = begin;
    while (end < n && end < begin + kName && IsProperTag(p.tags[end])) ++end;
    if (end == begin) return nullptr;
    const Place* place = place_cache.Find(JoinWords(begin, end), hint);
    if (place != nullptr) *out = PlaceMention{begin, end, place};
    return place;
  };
  const std::string_view hint =
      dateline != nullptr ? std::string_view(dateline->country()) : std::string_view();
  if (kind == CountKind::kDisplaced) {
    for (int j = count_begin; j + 1 < n && j < count_begin + kFledWindow; ++j) {
      if (IsFleeing(words[j]) && named_at(j + 1, hint) != nullptr) return true;
    }
  }
  for (int t = 0; t + 1 < n; ++t) {
    if (p.tags[t] != "POS" || t == 0 || !IsProperTag(p.tags[t - 1])) continue;
    bool body = false;
    for (int j = t + 1; j < n && j <= t + kBodyWindow && !body; ++j)
      body = IsReportingBody(words[j]);
    if (!body) continue;
    int begin = t - 1;
    while (begin > 0 && t - begin < kName && IsProperTag(p.tags[begin - 1])) --begin;
    const Place* place = place_cache.Find(JoinWords(begin, t), hint);
    if (place == nullptr || place->kind() == PlaceKind::kCountry) continue;
    *out = PlaceMention{begin, t, place};
    return true;
  }
  return false;
}

// A town the sentence's country hint picked (`hinted`) that is a hamlet
// beside a great city of the same name elsewhere: the city ("Bush and
// Chirac, meeting in Brussels": not Brussels, Illinois; "in Paris": not
// Paris, Texas). A city of its own size keeps the hint ("London, Ontario"
// for a Canadian story).
const Place* ArticleCoder::State::UnlessHamlet(const Place* hinted, std::string_view name) {
  constexpr uint32_t kGreatCity = 500000, kTimesBigger = 50;
  if (hinted == nullptr || hinted->kind() != PlaceKind::kCity) return hinted;
  const Place* best = place_cache.Find(name);
  if (best == nullptr || best == hinted || best->population() < kGreatCity ||
      best->population() / kTimesBigger < hinted->population())
    return hinted;
  return best;
}

// "in the Kenyan capital", "in Kenya's capital", "in the capital" (the
// sentence's country's: `hint`), "in the capital of Kenya": the city the dictionaries name as that
// country's capital; nullptr if the words after the preposition at word t
// are none of these, or name the capital ("in the capital, Nur-Sultan").
// Sets *after to the word after the phrase.
const Place* ArticleCoder::State::CapitalNamed(const parse::ParsedSegment& p, int t,
                                               std::string_view hint, Date date, int* after) {
  const int n = static_cast<int>(words.size());
  int k = t + 2;
  std::string_view country = hint;
  // "in Pakistan's capital", "in the Philippines' capital": that country's.
  int owner_end = t + 1;
  if (owner_end < n && EqualsIgnoreCase(words[owner_end], "the")) ++owner_end;
  const int owner_begin = owner_end;
  while (owner_end < n && owner_end < owner_begin + 3 && IsProperTag(p.tags[owner_end]))
    ++owner_end;
  const bool owned = owner_end > owner_begin && owner_end + 1 < n && p.tags[owner_end] == "POS" &&
                     EqualsIgnoreCase(words[owner_end + 1], "capital");
  if (owned) {
    const Place* owner = place_cache.Find(JoinWords(owner_begin, owner_end));
    if (owner == nullptr || owner->kind() != PlaceKind::kCountry) return nullptr;
    country = owner->country();
    k = owner_end + 1;
  } else if (k >= n || !EqualsAnyIgnoreCase(words[t + 1], {"the", "its"})) {
    return nullptr;
  }
  // "the Kenyan capital", "the Solomon Islands capital": that country's.
  int named_end = k;
  while (named_end < n && named_end < k + 3 && words[named_end][0] >= 'A' &&
         words[named_end][0] <= 'Z')
    ++named_end;
  if (!owned && named_end > k && named_end < n && EqualsIgnoreCase(words[named_end], "capital")) {
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
    if (named == nullptr || named->kind() != PlaceKind::kCountry) return nullptr;
    country = named->country();
    next = end;
  }
  std::string_view city = CapitalOf(country);
  if (city.empty()) return nullptr;
  const Place* capital = place_cache.Find(city, country);
  if (capital == nullptr || capital->country() != country) return nullptr;
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
  static const WordSet kWords = {"town",         "city",   "village", "district",
                                 "province",     "region", "state",   "county",
                                 "municipality", "island", "port"};
  return kWords.contains(w);
}

// "the outskirts of Khartoum", "off the coast of Yemen", "30 km south of
// Baghdad": a part of the place or a spot near it, named after "of".
bool IsPartOfPlaceWord(std::string_view w) {
  static const WordSet kWords = {"outskirts",  "suburbs",   "banks",     "streets",    "edge",
                                 "coast",      "shores",    "heart",     "centre",     "center",
                                 "north",      "south",     "east",      "west",       "northeast",
                                 "northwest",  "southeast", "southwest", "north-east", "north-west",
                                 "south-east", "south-west"};
  return kWords.contains(w);
}

// The last word of a natural feature's name ("the East China Sea", "the Red
// Sea", "the Nile River"): its first words name no town.
bool IsFeatureWord(std::string_view w) {
  static const WordSet kWords = {"sea",       "ocean", "gulf",    "strait",    "straits",
                                 "lake",      "bay",   "river",   "desert",    "valley",
                                 "mountains", "canal", "channel", "peninsula", "coast"};
  return kWords.contains(w);
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
  static const WordSet kWords = {
      "northern",      "southern",      "eastern",       "western",      "central",
      "northeastern",  "northwestern",  "southeastern",  "southwestern", "north-eastern",
      "north-western", "south-eastern", "south-western", "far"};
  return kWords.contains(w);
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
  static const WordSet kWords = {
      "club",      "hotel",   "bar",       "cafe",      "restaurant", "mosque",     "church",
      "cathedral", "temple",  "synagogue", "stadium",   "hospital",   "university", "college",
      "school",    "airport", "embassy",   "consulate", "palace",     "mall",       "market",
      "square",    "street",  "avenue",    "road",      "bridge",     "prison",     "camp",
      "base",      "station", "theatre",   "theater",   "museum"};
  return kWords.contains(w);
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
    if (town != nullptr && town->kind() == PlaceKind::kCity &&
        (hint.empty() || town->country() == hint))
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
  return dateline != nullptr ? std::string_view(dateline->country()) : std::string_view();
}

// Whether words [begin, end) are one month's or weekday's name: "hit the
// oilfield in August" names a time, not the town of August, California.
bool ArticleCoder::State::NamesATime(int begin, int end) const {
  return end == begin + 1 && (MonthNumber(words[begin]) > 0 || WeekdayNumber(words[begin]) >= 0);
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
    if (NamesATime(begin, end)) continue;
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
    // "the Iranian town of Saravan": in the country its nationality names.
    const Place* nation = area == nullptr && town_of ? NationOfSettlement(t - 1) : nullptr;
    const std::string_view own_country = area != nullptr     ? area->country()
                                         : nation != nullptr ? nation->country()
                                                             : hint;
    const int name_end = end;
    for (; end >= whole; --end) {
      // "South Ossetia" is not "South": a name cut after a compass word.
      if (end < name_end && IsCompassNoun(words[end - 1])) continue;
      const Place* place = place_cache.Find(JoinWords(begin, end), own_country);
      if (area == nullptr && nation == nullptr) place = UnlessHamlet(place, JoinWords(begin, end));
      // "near the U.S. consulate in Denpasar": a country owning a building
      // is not where the building is.
      if (place != nullptr && place->kind() == PlaceKind::kCountry && end < n &&
          words[end][0] >= 'a' && IsBuildingWord(words[end])) {
        t = end - 1;
        break;
      }
      if (place != nullptr && area != nullptr && place->country() != area->country()) place = area;
      if (place != nullptr && nation != nullptr && place->country() != nation->country()) {
        places.push_back(PlaceMention{begin, name_end, nation, origin, over, true});
        t = name_end - 1;
        break;
      }
      if (place != nullptr && end < building && !hint.empty() && place->country() != hint) continue;
      if (place != nullptr && described && place->country() != hint &&
          place->kind() == PlaceKind::kCity && place->population() < 100000)
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
      if (const Place* country = nation != nullptr ? nation : UnlistedAreaCountry(hint)) {
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
    if (m.place->kind() == PlaceKind::kCity && !m.unlisted && !m.origin) named_town = m.place;
  }
  for (const PlaceMention& m : places) RememberDivision(m.place);
}

// The capital of the country a nationality names right before the kind of
// settlement at word `kind` ("the Iranian town of", "a Syrian village of"),
// standing for that country; else nullptr. The coder read the nationality:
// its phrase's code is a bare country ("IRN").
const Place* ArticleCoder::State::NationOfSettlement(int kind) {
  if (kind < 1 || sentence_tags[kind - 1] != "JJ") return nullptr;
  for (const code::Mention& m : mentions) {
    if (m.tokens.begin > kind - 1 || m.tokens.end <= kind) continue;
    if (m.code.size() != 3 || m.code == "---") return nullptr;
    const std::string_view capital = CapitalOf(m.code);
    const Place* place = capital.empty() ? nullptr : place_cache.Find(capital, m.code);
    return place != nullptr && place->country() == m.code ? place : nullptr;
  }
  return nullptr;
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
    if (dateline != nullptr && !c.empty()) (c == dateline->country() ? own : other) = true;
  }
  if (dateline != nullptr && (own || (!other && hint == dateline->country()))) return dateline;
  if (!inside || !any) return nullptr;
  const std::string_view capital = CapitalOf(hint);
  const Place* place = capital.empty() ? nullptr : place_cache.Find(capital, hint);
  return place != nullptr && place->country() == hint ? place : nullptr;
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
  if (place != nullptr && place->kind() == PlaceKind::kAdmin1) named_division = place;
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
  if (country->kind() != PlaceKind::kCountry) {
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
    const Place* place = place_cache.Find(JoinWords(end + 1, last), country->country());
    if (place != nullptr && place->country() == country->country() &&
        place->kind() != PlaceKind::kCountry) {
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
    if (area.kind() == PlaceKind::kCity || area.country() == town.place->country() ||
        places[i + 1].begin - town.end > 3)
      continue;
    const Place* there = place_cache.Find(JoinWords(town.begin, town.end), area.country());
    const bool listed = there != nullptr && there->country() == area.country();
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
      if (ClosesIncluding(t)) continue;
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

// Whether the break at word t closes an aside opened by ", including" that
// the coder read into the phrase before it ("57 people, including 30
// journalists, in Maguindanao": the phrase's own comma is no break).
bool ArticleCoder::State::ClosesIncluding(int t) const {
  for (int k = t - 1; k > 0 && t - k <= 12; --k) {
    if (EqualsIgnoreCase(words[k], "including")) return sentence_tags[k - 1] == ",";
    if (sentence_tags[k].starts_with("VB") || breaks[k]) return false;
  }
  return false;
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

// Whether the place named from word `place` on is where someone went, after a
// verb and "to" ("was flown to Manila", "were taken to Kabul"): before a toll,
// it is no place of the toll ("was flown to Manila to face charges over the
// killing of 57 people in Maguindanao").
bool ArticleCoder::State::IsDestination(int place) const {
  int t = place - 1;
  while (t > 0 && place - t <= 3 && !EqualsIgnoreCase(words[t], "to") &&
         (sentence_tags[t] == "DT" || sentence_tags[t] == "JJ" || sentence_tags[t] == "NNP"))
    --t;
  return t > 0 && EqualsIgnoreCase(words[t], "to") &&
         (sentence_tags[t - 1] == "VBN" || sentence_tags[t - 1] == "VBD");
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
    if (code.empty() && m.end <= begin && IsDestination(m.begin)) continue;
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
    if (d < inner_distance && m.place->kind() != PlaceKind::kCountry)
      inner = &m, inner_distance = d;
  }
  if (best != nullptr && inner != nullptr && best->place->kind() == PlaceKind::kCountry &&
      inner->place->country() == best->place->country())
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
  static const WordSet kWords = {"after", "while", "following", "when"};
  return (tag == "IN" || tag == "WRB" || tag == "VBG") && kWords.contains(w);
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
    const std::string_view country = before->place->country();
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
    return place != nullptr && place->country() == CountryOf(e.target) ? place : nullptr;
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
  if (place == nullptr || place->country() != CountryOf(e.target) ||
      (place->kind() == PlaceKind::kCity && place->population() < 100000))
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
    l.country = m->place->country();
    l.lat = l.lon = std::numeric_limits<double>::quiet_NaN();
    l.kind = PlaceKind::kAdmin1;
    l.bytes = BytesOf(tokens, m->begin, m->end);
    return l;
  }
  l.name = m->place->name();
  l.country = m->place->country();
  l.adm1 = m->place->adm1();
  l.lat = m->place->lat();
  l.lon = m->place->lon();
  l.feature_id = m->place->feature_id();
  l.kind = m->place->kind();
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
  const std::string_view city = place.name().substr(0, place.name().find(','));
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
  if (CountryOf(e.source) != dateline->country() && CountryOf(e.target) != dateline->country() &&
      !meeting && !AtItsSeat(e.source, *dateline))
    return std::nullopt;
  // "Russian forces shelled Ukrainian positions" under "MOSCOW -": force is
  // used on the soil of its target's country, not where the story was filed.
  const std::string_view target = CountryOf(e.target);
  if (!target.empty() && target != dateline->country() && dict::IsForceCode(e.code))
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
  return m != nullptr && !target.empty() && m->place->country() != target &&
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
  return m != nullptr && m->place->kind() == PlaceKind::kCountry && dateline != nullptr &&
         dateline->kind() == PlaceKind::kCity && dateline->country() == m->place->country() &&
         !e.source_tokens.empty() && m->begin >= e.source_tokens.begin &&
         m->end <= e.verb_tokens.begin;
}

void ArticleCoder::State::RememberPlace(const Location& l) {
  if (named_place_sentence == sentence_number) return;  // the sentence's first
  named_place = l;
  named_place_sentence = sentence_number;
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

namespace {

// The CAMEO roots of the deeds a noun names, two digits each ("the talks":
// consultations, "the deal": agreements and cooperation, "the attack": uses
// of force), "" if none.
std::string_view RootsOfDeedNoun(std::string_view w) {
  // One probe of the four lists: bit i of a word's kinds is list i's (the
  // first list that has it gives the roots, as a chain of tests would).
  static constexpr std::string_view kTalks[] = {"talks",  "meeting",      "meetings",
                                                "summit", "negotiations", "visit"};
  static constexpr std::string_view kDeals[] = {"deal",    "agreement", "accord", "treaty",
                                                "signing", "ceasefire", "truce",  "pact"};
  static constexpr std::string_view kAttacks[] = {
      "attack", "attacks", "assault",   "bombing",    "bombings", "ambush",  "raid",    "raids",
      "strike", "strikes", "airstrike", "airstrikes", "shelling", "clashes", "massacre"};
  static constexpr std::string_view kProtests[] = {"protest", "protests", "rally", "demonstration",
                                                   "march"};
  static constexpr std::span<const std::string_view> kLists[] = {kTalks, kDeals, kAttacks,
                                                                 kProtests};
  static constexpr std::string_view kRoots[] = {"0304", "03040506", "18192017", "14"};
  static const WordSet kWords = WordSet::OfKinds(kLists);
  const uint32_t kinds = kWords.KindsOf(w);
  for (size_t i = 0; i < std::size(kRoots); ++i) {
    if (kinds >> i & 1) return kRoots[i];
  }
  return {};
}

bool HasRoot(std::string_view roots, std::string_view code) {
  for (size_t i = 0; i + 2 <= roots.size(); i += 2) {
    if (code.substr(0, 2) == roots.substr(i, 2)) return true;
  }
  return false;
}

// The verbs PlacingVerbEnd and IsStrikingVerb start from.
constexpr std::string_view kPlacingVerbs[] = {"held",   "signed",   "reached",  "concluded",
                                              "sealed", "happened", "occurred", "staged"};
constexpr std::string_view kStrikingVerbs[] = {"hit",     "struck",  "targeted",
                                               "pounded", "shelled", "bombed"};

// Where the words that say where something was done end, when they start at
// word t ("held", "signed", "took place", "carried out", "happened"); else -1.
int PlacingVerbEnd(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int t) {
  if (tags[t] != "VBN" && tags[t] != "VBD") return -1;
  const int n = static_cast<int>(words.size());
  if (EqualsAnyIgnoreCase(words[t], kPlacingVerbs)) return t + 1;
  if (t + 1 < n && EqualsIgnoreCase(words[t], "took") && EqualsIgnoreCase(words[t + 1], "place"))
    return t + 2;
  if (t + 1 < n && EqualsIgnoreCase(words[t], "carried") && EqualsIgnoreCase(words[t + 1], "out"))
    return t + 2;
  return -1;
}

// "The strikes hit air defence batteries in Tehran": a verb of force whose
// object an attack's place may follow.
bool IsStrikingVerb(std::string_view w) { return EqualsAnyIgnoreCase(w, kStrikingVerbs); }

bool IsBreakTag(std::string_view tag) { return tag == "," || tag == ":" || tag == "."; }

bool IsPlacingPreposition(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"in", "at", "near", "outside"});
}

}  // namespace

std::span<const std::string_view> PlacingWords() {
  static const std::vector<std::string_view> kWords = [] {
    std::vector<std::string_view> words(std::begin(kPlacingVerbs), std::end(kPlacingVerbs));
    words.insert(words.end(), std::begin(kStrikingVerbs), std::end(kStrikingVerbs));
    words.push_back("took");     // "took place"
    words.push_back("carried");  // "carried out"
    return words;
  }();
  return kWords;
}

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
      if (own && !(l->kind == PlaceKind::kCountry && place->place->kind() != PlaceKind::kCountry &&
                   l->country == place->place->country()))
        continue;
      l = LocationOf(place, p.tokens);
    }
    if (found) return;
  }
}

}  // namespace dyad::doc
