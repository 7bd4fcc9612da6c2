// Gazetteer: place names in news text ("Paris", "Aleppo", "Donetsk region",
// "the Gaza Strip", "Syria") resolved to a country, a first-level division
// and a location.
//
// The index is compiled at set-up (scripts/build-gazetteer, dyad_gazetteer_build)
// from GeoNames-derived npm data and Debian's iso-codes into
// BUILD/data/gazetteer.bin; docs/gazetteer.md describes the sources and the
// ranking. A name may denote several places: Find() returns the most prominent
// one (countries first, then by population), preferring a hinted country.
#ifndef DYAD_DOC_GAZETTEER_H_
#define DYAD_DOC_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/base/file.h"
#include "dyad/base/status.h"

namespace dyad::doc {

enum class PlaceKind : uint8_t { kCity = 0, kAdmin1 = 1, kCountry = 2 };

// One place: a record of the index, read where it lies in the index's bytes
// (nothing is copied when the index is loaded). A Place is only ever seen
// through the pointer its Gazetteer returns, which lives as long as the
// Gazetteer; its views too.
class Place {
 public:
  Place(const Place&) = delete;
  Place& operator=(const Place&) = delete;

  // As the data spells it: "São Paulo", "Donetsk", "Syria".
  std::string_view name() const { return Text(name_offset_, name_length_); }
  // ISO 3166-1 alpha-3: "BRA" (a country: its own code).
  std::string_view country() const { return std::string_view(country_, sizeof country_); }
  // First-level division: "São Paulo"; empty if unknown or a country.
  std::string_view adm1() const { return Text(adm1_offset_, adm1_length_); }
  // Degrees; a division's seat, a country's capital; NaN when the data lists
  // no city there.
  double lat() const { return Degrees(lat_e5_); }
  double lon() const { return Degrees(lon_e5_); }
  // GeoNames id of a city; 0 for divisions and countries.
  uint32_t feature_id() const { return feature_id_; }
  // A city's; a division's or country's listed cities' sum.
  uint32_t population() const { return population_; }
  PlaceKind kind() const { return static_cast<PlaceKind>(kind_); }

 private:
  friend class Gazetteer;  // checks the records it hands out
  Place() = default;
  std::string_view Text(uint32_t offset, uint16_t length) const {
    return std::string_view(reinterpret_cast<const char*>(this) + offset, length);
  }
  static double Degrees(int32_t e5);

  // The index's place record (src/doc/gazetteer_format.h): texts are stored
  // as offsets from the record's first byte.
  uint32_t name_offset_;
  uint32_t adm1_offset_;
  uint32_t feature_id_;
  uint32_t population_;
  int32_t lat_e5_;  // degrees * 1e5, or INT32_MIN when unknown
  int32_t lon_e5_;
  uint16_t name_length_;
  uint16_t adm1_length_;
  char country_[3];
  uint8_t kind_;
};

// Folds a place name into its lookup key: ASCII lower case, common Latin
// diacritics removed ("São" -> "sao", "Łódź" -> "lodz", "ß" -> "ss"),
// apostrophes and periods dropped ("U.S." -> "us"), other punctuation and
// white space collapsed to single spaces, trimmed. Other non-ASCII text is
// kept as it is. Writes into `scratch` and returns a view of it; empty if the
// key is empty or does not fit.
std::string_view FoldPlaceName(std::string_view name, std::span<char> scratch);

class Gazetteer {
 public:
  // Maps and checks the index at `path`. Errors: NotFound/IoError naming the
  // path; InvalidInput if the file is not a gazetteer, truncated or corrupt.
  static StatusOr<Gazetteer> Load(const std::string& path);
  // The same, from the bytes of an index (the tests' fixtures).
  static StatusOr<Gazetteer> FromBytes(std::string bytes, std::string_view name);

  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // The best place called `name` (any case and diacritics; a leading "the"
  // is ignored; "X region/province/oblast/governorate/state/prefecture"
  // looks for a division X when no place has the whole name), or nullptr.
  // `country_hint` (ISO alpha-3, e.g. "USA") picks that country's best place
  // when it has one. Allocates nothing; thread-safe.
  const Place* Find(std::string_view name, std::string_view country_hint = {}) const;
  // The place `name` names beyond reasonable doubt, for a phrase that ties
  // a role to it ("Kano state police", "the governor of Kandahar"): a
  // division, or a city of at least `min_city_population`, of
  // `country_hint` when it has one ("Punjab" in a Pakistani story); else
  // the most populous of them, when none of another country has a quarter
  // of its population ("Victoria": the Australian state, not the Canadian
  // city). Null for a country's name (the dictionaries' to code), for a
  // name no such place has, for a name two countries share, and for one a
  // smaller place of `country_hint` at least a tenth as big bears too.
  // Allocates nothing; thread-safe.
  const Place* FindUnambiguous(std::string_view name, std::string_view country_hint,
                               uint32_t min_city_population) const;

  size_t place_count() const { return places_.size(); }
  size_t key_count() const { return key_count_; }

 private:
  Gazetteer() = default;
  Status Parse(std::string_view bytes, std::string_view name);
  std::string_view KeyText(size_t i) const;
  std::span<const uint32_t> Lookup(std::string_view key) const;
  const Place* Pick(std::span<const uint32_t> postings, std::string_view hint,
                    bool prefer_admin1) const;

  MappedFile file_;                     // Load's index, or
  std::unique_ptr<std::string> owned_;  // FromBytes'
  // Views of the index's sections (gazetteer_format.h).
  std::span<const Place> places_;
  std::string_view keys_;  // key records, sorted by their text
  size_t key_count_ = 0;
  std::span<const uint32_t> postings_;  // per key, best place first
  std::string_view strings_;
};

// Gazetteer::Find, remembered. News names the same places again and again,
// and a lookup in the big index misses the processor's caches, so one
// article coder keeps one of these for all its lookups. Not thread-safe.
class PlaceCache {
 public:
  // `gazetteer` may be null (every Find is then null); it must outlive this.
  explicit PlaceCache(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  bool empty() const { return gazetteer_ == nullptr; }
  // Gazetteer::Find's answer.
  const Place* Find(std::string_view name, std::string_view country_hint = {});
  // Gazetteer::FindUnambiguous's answer (not remembered: asked rarely).
  const Place* FindUnambiguous(std::string_view name, std::string_view country_hint,
                               uint32_t min_city_population) const {
    return gazetteer_ == nullptr
               ? nullptr
               : gazetteer_->FindUnambiguous(name, country_hint, min_city_population);
  }

 private:
  static constexpr size_t kMaxEntries = 8192;  // then it starts again
  const Gazetteer* gazetteer_;
  std::string key_;  // scratch
  std::unordered_map<std::string, const Place*> found_;
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_GAZETTEER_H_
