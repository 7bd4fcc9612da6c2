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
#include <vector>

#include "dyad/base/status.h"

namespace dyad::doc {

enum class PlaceKind : uint8_t { kCity = 0, kAdmin1 = 1, kCountry = 2 };

// One place. The views point into the Gazetteer that returned it and live as
// long as it does.
struct Place {
  std::string_view name;     // as the data spells it: "São Paulo", "Donetsk", "Syria"
  std::string_view country;  // ISO 3166-1 alpha-3: "BRA" (a country: its own code)
  std::string_view adm1;     // first-level division: "São Paulo"; empty if unknown or a country
  double lat = 0;            // degrees; a division's seat, a country's capital;
  double lon = 0;            // NaN when the data lists no city there
  uint32_t feature_id = 0;   // GeoNames id of a city; 0 for divisions and countries
  uint32_t population = 0;   // a city's; a division's or country's listed cities' sum
  PlaceKind kind = PlaceKind::kCity;
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
  // Reads and checks the index at `path`. Errors: NotFound/IoError naming the
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

  size_t place_count() const { return places_.size(); }
  size_t key_count() const { return keys_.size(); }

 private:
  struct Key {
    std::string_view text;  // folded
    uint32_t first = 0;     // into postings_
    uint32_t count = 0;
  };
  Gazetteer() = default;
  Status Parse(std::string_view name);
  std::span<const uint32_t> Lookup(std::string_view key) const;
  const Place* Pick(std::span<const uint32_t> postings, std::string_view hint,
                    bool prefer_admin1) const;

  std::unique_ptr<std::string> bytes_;  // the index; views point into it
  std::vector<Place> places_;
  std::vector<Key> keys_;           // sorted by text
  std::vector<uint32_t> postings_;  // per key, best place first
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

 private:
  static constexpr size_t kMaxEntries = 8192;  // then it starts again
  const Gazetteer* gazetteer_;
  std::string key_;  // scratch
  std::unordered_map<std::string, const Place*> found_;
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_GAZETTEER_H_
