// The GDELT 2.0 writer declared in gdelt_writer.h: events are gathered over
// the run, keyed by (date, source, target, code, action place), and written at
// Finish(); each sentence that mentions an event gets a mentions row at once
// (its GlobalEventID is fixed when the event is first seen).
#include "dyad/io/gdelt_writer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dyad::io {

namespace {

using T = GdeltType;

// GDELT 2.0 Event Codebook, "Event table": 61 columns.
constexpr std::array<GdeltColumn, 61> kEventColumns = {{
    {"GlobalEventID", T::kInteger},
    {"Day", T::kInteger},
    {"MonthYear", T::kInteger},
    {"Year", T::kInteger},
    {"FractionDate", T::kFloat},
    {"Actor1Code", T::kString},
    {"Actor1Name", T::kString},
    {"Actor1CountryCode", T::kString},
    {"Actor1KnownGroupCode", T::kString},
    {"Actor1EthnicCode", T::kString},
    {"Actor1Religion1Code", T::kString},
    {"Actor1Religion2Code", T::kString},
    {"Actor1Type1Code", T::kString},
    {"Actor1Type2Code", T::kString},
    {"Actor1Type3Code", T::kString},
    {"Actor2Code", T::kString},
    {"Actor2Name", T::kString},
    {"Actor2CountryCode", T::kString},
    {"Actor2KnownGroupCode", T::kString},
    {"Actor2EthnicCode", T::kString},
    {"Actor2Religion1Code", T::kString},
    {"Actor2Religion2Code", T::kString},
    {"Actor2Type1Code", T::kString},
    {"Actor2Type2Code", T::kString},
    {"Actor2Type3Code", T::kString},
    {"IsRootEvent", T::kInteger},
    {"EventCode", T::kString},
    {"EventBaseCode", T::kString},
    {"EventRootCode", T::kString},
    {"QuadClass", T::kInteger},
    {"GoldsteinScale", T::kFloat},
    {"NumMentions", T::kInteger},
    {"NumSources", T::kInteger},
    {"NumArticles", T::kInteger},
    {"AvgTone", T::kFloat},
    {"Actor1Geo_Type", T::kInteger},
    {"Actor1Geo_FullName", T::kString},
    {"Actor1Geo_CountryCode", T::kString},
    {"Actor1Geo_ADM1Code", T::kString},
    {"Actor1Geo_ADM2Code", T::kString},
    {"Actor1Geo_Lat", T::kFloat},
    {"Actor1Geo_Long", T::kFloat},
    {"Actor1Geo_FeatureID", T::kString},
    {"Actor2Geo_Type", T::kInteger},
    {"Actor2Geo_FullName", T::kString},
    {"Actor2Geo_CountryCode", T::kString},
    {"Actor2Geo_ADM1Code", T::kString},
    {"Actor2Geo_ADM2Code", T::kString},
    {"Actor2Geo_Lat", T::kFloat},
    {"Actor2Geo_Long", T::kFloat},
    {"Actor2Geo_FeatureID", T::kString},
    {"ActionGeo_Type", T::kInteger},
    {"ActionGeo_FullName", T::kString},
    {"ActionGeo_CountryCode", T::kString},
    {"ActionGeo_ADM1Code", T::kString},
    {"ActionGeo_ADM2Code", T::kString},
    {"ActionGeo_Lat", T::kFloat},
    {"ActionGeo_Long", T::kFloat},
    {"ActionGeo_FeatureID", T::kString},
    {"DATEADDED", T::kInteger},
    {"SOURCEURL", T::kString},
}};

// GDELT 2.0 Event Codebook, "Mentions table": 16 columns.
constexpr std::array<GdeltColumn, 16> kMentionColumns = {{
    {"GlobalEventID", T::kInteger},
    {"EventTimeDate", T::kInteger},
    {"MentionTimeDate", T::kInteger},
    {"MentionType", T::kInteger},
    {"MentionSourceName", T::kString},
    {"MentionIdentifier", T::kString},
    {"SentenceID", T::kInteger},
    {"Actor1CharOffset", T::kInteger},
    {"Actor2CharOffset", T::kInteger},
    {"ActionCharOffset", T::kInteger},
    {"InRawText", T::kInteger},
    {"Confidence", T::kInteger},
    {"MentionDocLen", T::kInteger},
    {"MentionDocTone", T::kFloat},
    {"MentionDocTranslationInfo", T::kString},
    {"Extras", T::kString},
}};

// 3-letter code lists, space-separated. Role ("type") codes of the CAMEO
// actor codebook, including the organisation classes GDELT files as types.
constexpr std::string_view kRoleCodes =
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PTY RAD REB "
    "REF SEP SPY UAF UIS SET IGO NGO IMG INT MNC NGM";
// Prefixes after which an organisation's own code may follow (IGOUNO).
constexpr std::string_view kGroupPrefixes = "IGO NGO IMG INT MNC NGM";
constexpr std::string_view kReligionCodes =
    "ADR ATH BAH BUD CHR CON CPT CTH DOX ENG EVA HIN ITR JAN JEW JIN LDS MOS MUS PAG PRO SHI SHN "
    "SIK SUN TAO ZRO";
// CAMEO region codes (GDELT's country table lists them too).
constexpr std::string_view kRegionCodes =
    "AFR ARB ASA BAL BLK CAS CAU CFR CRB EAF EEU EUR LAM MEA MDT NAF NMR OCN PGS SAF SAM SAS SCN "
    "SEA WAF WST";
// ISO 3166-1 alpha-3 (data/actors/countries.txt) plus CAMEO's own country codes.
constexpr std::string_view kCountryCodes =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD "
    "BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR "
    "COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH "
    "ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL "
    "GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR "
    "JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR "
    "MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL "
    "NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY "
    "PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP "
    "SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA "
    "UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX KSV TMP ROM "
    "SUN USR YUG SCG CSK DDR ZAR";

bool InList(std::string_view list, std::string_view block) {
  for (size_t i = 0; i + 3 <= list.size(); i += 4) {
    if (list.substr(i, 3) == block) return true;
  }
  return false;
}

bool IsBlockCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code) {
    if ((c < 'A' || c > 'Z') && c != '-') return false;
  }
  return true;
}

// Puts `block` in the first empty slot of `slots`; a fourth is dropped.
template <size_t N>
void Fill(std::array<std::string*, N> slots, std::string_view block) {
  for (std::string* s : slots) {
    if (s->empty()) {
      *s = block;
      return;
    }
  }
}

// Classifies a block that is not the first. A region after IGO/NGO/... is
// part of the organisation's code ("WST" in IGOWSTNAT) and fills nothing.
void SplitBlock(std::string_view block, bool after_group_prefix, GdeltActor* a) {
  if (InList(kRoleCodes, block)) {
    Fill<3>({&a->type1, &a->type2, &a->type3}, block);
  } else if (InList(kReligionCodes, block)) {
    Fill<2>({&a->religion1, &a->religion2}, block);
  } else if (InList(kCountryCodes, block)) {
    if (a->country.empty()) a->country = block;
  } else if (InList(kRegionCodes, block) || block == "---") {
    return;
  } else if (after_group_prefix && a->known_group.empty()) {
    a->known_group = block;
  }
}

bool IsUnlisted(std::string_view block) {
  return block != "---" && !InList(kRoleCodes, block) && !InList(kReligionCodes, block);
}

}  // namespace

std::span<const GdeltColumn> GdeltEventColumns() { return kEventColumns; }
std::span<const GdeltColumn> GdeltMentionColumns() { return kMentionColumns; }

GdeltActor SplitCameoActor(std::string_view code) {
  GdeltActor a;
  if (code == "---") return a;
  a.code = code;
  if (!IsBlockCode(code)) return a;
  bool after_group_prefix = false;
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view block = code.substr(i, 3);
    if (i == 0 && (InList(kCountryCodes, block) || InList(kRegionCodes, block))) {
      a.country = block;
      continue;
    }
    // A leading code of no list is an organisation's own (a rebel group's).
    if (i == 0 && IsUnlisted(block)) {
      a.known_group = block;
      continue;
    }
    SplitBlock(block, after_group_prefix, &a);
    after_group_prefix = after_group_prefix || InList(kGroupPrefixes, block);
  }
  return a;
}

namespace {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DayOfYear(Date d) {
  static constexpr int kBefore[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int year = d / 10000, month = d / 100 % 100, day = d % 100;
  return kBefore[month - 1] + day + (month > 2 && IsLeapYear(year) ? 1 : 0);
}

}  // namespace

std::string GdeltFractionDate(Date date) {
  if (date == kNoDate) return "";
  int year = date / 10000;
  int fraction = (DayOfYear(date) * 20000 + 365) / 730;  // day/365 in 1/10000, rounded
  year += fraction / 10000;  // December 31st (day 365 or 366) is the next year's .0000 or more
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%04d", year, fraction % 10000);
  return buf;
}

namespace {

// A place as GDELT's Geo_ columns give it (docs/gdelt.md: dyad writes ISO
// alpha-3 country codes where GDELT has FIPS 10-4, and no ADM codes).
struct GdeltPlace {
  int type = 0;  // 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state
  std::string full_name, country_code, adm1, adm2, feature_id;
  std::optional<double> lat, lon;
  std::string Key() const { return feature_id + "|" + full_name; }
};

// The event's place from the article coder: a country (type 1), a city
// (type 4, or 3 in the US) or a division (type 5, or 2 in the US).
GdeltPlace ActionPlaceOf(const doc::EventDetails* d) {
  if (d == nullptr || !d->location) return {};
  const doc::Location& l = *d->location;
  bool us = l.country == "USA";
  GdeltPlace p;
  switch (l.kind) {
    case doc::PlaceKind::kCountry:
      p.type = 1;
      p.full_name = l.name;
      break;
    case doc::PlaceKind::kAdmin1:
      p.type = us ? 2 : 5;
      p.full_name = l.name + ", " + l.country;
      break;
    case doc::PlaceKind::kCity:
      p.type = us ? 3 : 4;
      p.full_name = l.name + (l.adm1.empty() ? "" : ", " + l.adm1) + ", " + l.country;
      break;
  }
  p.country_code = l.country;
  if (!std::isnan(l.lat)) p.lat = l.lat;
  if (!std::isnan(l.lon)) p.lon = l.lon;
  if (l.feature_id != 0) p.feature_id = std::to_string(l.feature_id);
  return p;
}

// One tab-separated line, field by field. Tabs and line breaks inside a
// field become spaces, so that every line has its columns.
class TsvRow {
 public:
  TsvRow& Str(std::string_view s) {
    Separate();
    for (char c : s) text_ += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
    return *this;
  }
  TsvRow& Int(long v) { return Str(std::to_string(v)); }
  TsvRow& Float(std::optional<double> v) {
    char buf[32] = "";
    if (v) std::snprintf(buf, sizeof buf, "%.10g", *v);
    return Str(buf);
  }
  TsvRow& Empty(int n) {
    for (int i = 0; i < n; ++i) Str("");
    return *this;
  }
  int columns() const { return columns_; }
  void WriteTo(std::FILE* f) {
    text_ += '\n';
    std::fputs(text_.c_str(), f);
  }

 private:
  void Separate() {
    if (columns_++ > 0) text_ += '\t';
  }
  std::string text_;
  int columns_ = 0;
};

std::string DateString(Date d) { return d == kNoDate ? "" : std::to_string(d); }
// GDELT's YYYYMMDDHHMMSS timestamps: dyad knows the day only, so 000000.
std::string TimestampString(Date d) { return d == kNoDate ? "" : std::to_string(d) + "000000"; }

void WriteHeader(std::span<const GdeltColumn> columns, std::FILE* f) {
  TsvRow row;
  for (const GdeltColumn& c : columns) row.Str(c.name);
  row.WriteTo(f);
}

// Everything known about one distinct event; the first mention fills the
// names, the root flag and the source URL.
struct GdeltEvent {
  long id = 0;
  Date date = kNoDate;
  std::string source, target, code, source_name, target_name, first_story;
  GdeltPlace place;
  bool root = false;
  long mentions = 0;
  std::unordered_set<std::string> news_sources, stories;
};

class GdeltWriter : public EventWriter {
 public:
  GdeltWriter(std::FILE* events, std::FILE* mentions, const dict::CameoTable* cameo,
              GdeltOptions options)
      : events_out_(events), mentions_out_(mentions), cameo_(cameo), options_(options) {
    if (mentions_out_ != nullptr && options_.header) WriteHeader(kMentionColumns, mentions_out_);
  }
  ~GdeltWriter() override { Finish(); }
  GdeltWriter(const GdeltWriter&) = delete;
  GdeltWriter& operator=(const GdeltWriter&) = delete;

  void BeginStory(std::string_view) override {}
  void WriteSentence(const SentenceContext& c, const code::SentenceResult& r) override;
  void EndStory() override {}
  void Finish() override;
  // Distinct events so far; their rows are written by Finish.
  long events_written() const override { return static_cast<long>(events_.size()); }

 private:
  GdeltEvent& Find(const SentenceContext& c, const code::Event& e, const doc::EventDetails* d,
                   int sentence_number);
  void WriteMention(const GdeltEvent& g, const SentenceContext& c, const doc::EventDetails* d,
                    int sentence_number);
  void WriteEvent(const GdeltEvent& g);

  std::FILE* events_out_;
  std::FILE* mentions_out_;
  const dict::CameoTable* cameo_;
  GdeltOptions options_;
  bool finished_ = false;
  std::vector<GdeltEvent> events_;                  // in order of first mention
  std::unordered_map<std::string, size_t> index_;   // key -> events_ index
  std::unordered_map<std::string, int> sentences_;  // story id -> sentences seen
  std::vector<long> in_sentence_;                   // ids mentioned by this sentence
  std::string key_;                                 // scratch
};

GdeltEvent& GdeltWriter::Find(const SentenceContext& c, const code::Event& e,
                              const doc::EventDetails* d, int sentence_number) {
  GdeltPlace place = ActionPlaceOf(d);
  const std::string place_key = place.Key();
  Date date = d != nullptr && d->event_date != kNoDate ? d->event_date : c.date;
  key_ = std::to_string(date);
  for (const std::string* part : {&e.source, &e.target, &e.code, &place_key}) {
    key_ += '\t';
    key_ += *part;
  }
  auto [it, added] = index_.try_emplace(key_, events_.size());
  if (!added) return events_[it->second];
  GdeltEvent& g = events_.emplace_back();
  g.id = static_cast<long>(events_.size());
  g.date = date;
  g.source = e.source;
  g.target = e.target;
  g.code = e.code;
  g.source_name = e.source_info.text;
  g.target_name = e.target_info.text;
  g.first_story = c.story_id;
  g.place = std::move(place);
  g.root = sentence_number == 1;
  return g;
}

void GdeltWriter::WriteSentence(const SentenceContext& c, const code::SentenceResult& r) {
  int sentence_number = ++sentences_[std::string(c.story_id)];
  in_sentence_.clear();
  for (size_t i = 0; i < r.events.size(); ++i) {
    const code::Event& e = r.events[i];
    const doc::EventDetails* d =
        c.details != nullptr && i < c.details->size() ? &(*c.details)[i] : nullptr;
    GdeltEvent& g = Find(c, e, d, sentence_number);
    // The same event twice in one sentence is one mention.
    if (std::find(in_sentence_.begin(), in_sentence_.end(), g.id) != in_sentence_.end()) continue;
    in_sentence_.push_back(g.id);
    ++g.mentions;
    g.news_sources.emplace(c.source);
    g.stories.emplace(c.story_id);
    if (mentions_out_ != nullptr) WriteMention(g, c, d, sentence_number);
  }
}

// GDELT's character offsets: where the actor or action starts in the
// article, or -1 when it is not named.
std::string OffsetString(const doc::ByteRange& r) {
  return r.empty() ? "-1" : std::to_string(r.begin);
}

void GdeltWriter::WriteMention(const GdeltEvent& g, const SentenceContext& c,
                               const doc::EventDetails* d, int sentence_number) {
  TsvRow row;
  row.Int(g.id)
      .Str(TimestampString(g.date))  // EventTimeDate: the event's DATEADDED
      .Str(TimestampString(c.date))  // MentionTimeDate
      .Int(2)                        // MentionType: CITATIONONLY (an id, not a URL)
      .Str(c.source)
      .Str(c.story_id)
      .Int(sentence_number);
  if (d == nullptr) {
    row.Empty(5);
  } else {
    row.Str(OffsetString(d->source_bytes))
        .Str(OffsetString(d->target_bytes))
        .Str(OffsetString(d->verb_bytes))
        .Int(1)  // InRawText: coded from the text as written
        .Int(static_cast<long>(d->confidence * 100 + 0.5));
  }
  row.Empty(4);  // doc length, tone, translation, extras
  row.WriteTo(mentions_out_);
}

void AddActor(TsvRow& row, std::string_view code, std::string_view name) {
  GdeltActor a = SplitCameoActor(code);
  row.Str(a.code).Str(a.code.empty() ? "" : name).Str(a.country).Str(a.known_group).Str(a.ethnic);
  row.Str(a.religion1).Str(a.religion2).Str(a.type1).Str(a.type2).Str(a.type3);
}

void AddPlace(TsvRow& row, const GdeltPlace& p) {
  row.Int(p.type).Str(p.full_name).Str(p.country_code).Str(p.adm1).Str(p.adm2);
  row.Float(p.lat).Float(p.lon).Str(p.feature_id);
}

void GdeltWriter::WriteEvent(const GdeltEvent& g) {
  const dict::CameoCode* info = cameo_ ? cameo_->Find(g.code) : nullptr;
  int quad = info ? info->quad_class : dict::CameoTable::QuadClassOfRoot(g.code);
  bool dated = g.date != kNoDate;
  TsvRow row;
  row.Int(g.id).Str(DateString(g.date));
  row.Str(dated ? std::to_string(g.date / 100) : "")
      .Str(dated ? std::to_string(g.date / 10000) : "");
  row.Str(GdeltFractionDate(g.date));
  AddActor(row, g.source, g.source_name);
  AddActor(row, g.target, g.target_name);
  row.Int(g.root ? 1 : 0).Str(g.code).Str(g.code.substr(0, 3)).Str(g.code.substr(0, 2));
  row.Str(quad ? std::to_string(quad) : "");
  row.Float(info ? std::optional<double>(info->goldstein) : std::nullopt);
  row.Int(g.mentions).Int(static_cast<long>(g.news_sources.size()));
  row.Int(static_cast<long>(g.stories.size())).Str("");  // AvgTone: dyad measures no tone
  AddPlace(row, GdeltPlace{});                           // Actor1Geo
  AddPlace(row, GdeltPlace{});                           // Actor2Geo
  AddPlace(row, g.place);                                // ActionGeo
  row.Str(TimestampString(g.date)).Str(g.first_story);
  assert(row.columns() == static_cast<int>(kEventColumns.size()));
  row.WriteTo(events_out_);
}

void GdeltWriter::Finish() {
  if (finished_) return;
  finished_ = true;
  if (options_.header) WriteHeader(kEventColumns, events_out_);
  for (const GdeltEvent& g : events_) WriteEvent(g);
  std::fflush(events_out_);
  if (mentions_out_ != nullptr) std::fflush(mentions_out_);
}

}  // namespace

std::unique_ptr<EventWriter> MakeGdeltWriter(std::FILE* events, std::FILE* mentions,
                                             const dict::CameoTable* cameo, GdeltOptions options) {
  return std::make_unique<GdeltWriter>(events, mentions, cameo, options);
}

}  // namespace dyad::io
