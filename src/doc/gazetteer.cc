// Gazetteer: loading the index (format in gazetteer_format.h) and looking
// names up. The index is mapped, not copied, and loading checks every offset
// once, so lookups can trust the records; a lookup folds the name into a
// stack buffer and binary-searches the sorted keys, whose postings are
// already in preference order.
#include "dyad/doc/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "dyad/base/file.h"
#include "gazetteer_format.h"

namespace dyad::doc {
namespace {

namespace fmt = gazetteer_format;

// Latin-1 Supplement and Latin Extended-A (+ Romanian comma-below letters),
// the Vietnamese and pinyin letters of Latin Extended-B, the half rings of
// transliterated hamza and ayn ("Ṣanʿāʾ"), and Latin Extended Additional's
// dotted, barred and hooked letters ("Rafaḩ", "Đà Nẵng") folded to ASCII;
// "" drops the character, " " separates words.
struct FoldRange {
  uint16_t first, last;
  const char* ascii;
};
constexpr FoldRange kFoldRanges[] = {
    {0x00C0, 0x00C5, "a"},  {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"},  {0x00C8, 0x00CB, "e"},
    {0x00CC, 0x00CF, "i"},  {0x00D0, 0x00D0, "d"},  {0x00D1, 0x00D1, "n"},  {0x00D2, 0x00D6, "o"},
    {0x00D7, 0x00D7, " "},  {0x00D8, 0x00D8, "o"},  {0x00D9, 0x00DC, "u"},  {0x00DD, 0x00DD, "y"},
    {0x00DE, 0x00DE, "th"}, {0x00DF, 0x00DF, "ss"}, {0x00E0, 0x00E5, "a"},  {0x00E6, 0x00E6, "ae"},
    {0x00E7, 0x00E7, "c"},  {0x00E8, 0x00EB, "e"},  {0x00EC, 0x00EF, "i"},  {0x00F0, 0x00F0, "d"},
    {0x00F1, 0x00F1, "n"},  {0x00F2, 0x00F6, "o"},  {0x00F7, 0x00F7, " "},  {0x00F8, 0x00F8, "o"},
    {0x00F9, 0x00FC, "u"},  {0x00FD, 0x00FD, "y"},  {0x00FE, 0x00FE, "th"}, {0x00FF, 0x00FF, "y"},
    {0x0100, 0x0105, "a"},  {0x0106, 0x010D, "c"},  {0x010E, 0x0111, "d"},  {0x0112, 0x011B, "e"},
    {0x011C, 0x0123, "g"},  {0x0124, 0x0127, "h"},  {0x0128, 0x0131, "i"},  {0x0132, 0x0133, "ij"},
    {0x0134, 0x0135, "j"},  {0x0136, 0x0138, "k"},  {0x0139, 0x0142, "l"},  {0x0143, 0x014B, "n"},
    {0x014C, 0x0151, "o"},  {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"},  {0x015A, 0x0161, "s"},
    {0x0162, 0x0167, "t"},  {0x0168, 0x0173, "u"},  {0x0174, 0x0175, "w"},  {0x0176, 0x0178, "y"},
    {0x0179, 0x017E, "z"},  {0x017F, 0x017F, "s"},  {0x0218, 0x0219, "s"},  {0x021A, 0x021B, "t"},
    {0x01A0, 0x01A1, "o"},  {0x01AF, 0x01B0, "u"},  {0x01CD, 0x01CE, "a"},  {0x01CF, 0x01D0, "i"},
    {0x01D1, 0x01D2, "o"},  {0x01D3, 0x01DC, "u"},  {0x02BE, 0x02BF, ""},   {0x1E00, 0x1E01, "a"},
    {0x1E02, 0x1E07, "b"},  {0x1E08, 0x1E09, "c"},  {0x1E0A, 0x1E13, "d"},  {0x1E14, 0x1E1D, "e"},
    {0x1E1E, 0x1E1F, "f"},  {0x1E20, 0x1E21, "g"},  {0x1E22, 0x1E2B, "h"},  {0x1E2C, 0x1E2F, "i"},
    {0x1E30, 0x1E35, "k"},  {0x1E36, 0x1E3D, "l"},  {0x1E3E, 0x1E43, "m"},  {0x1E44, 0x1E4B, "n"},
    {0x1E4C, 0x1E53, "o"},  {0x1E54, 0x1E57, "p"},  {0x1E58, 0x1E5F, "r"},  {0x1E60, 0x1E69, "s"},
    {0x1E6A, 0x1E71, "t"},  {0x1E72, 0x1E7B, "u"},  {0x1E7C, 0x1E7F, "v"},  {0x1E80, 0x1E89, "w"},
    {0x1E8A, 0x1E8D, "x"},  {0x1E8E, 0x1E8F, "y"},  {0x1E90, 0x1E95, "z"},  {0x1E96, 0x1E96, "h"},
    {0x1E97, 0x1E97, "t"},  {0x1E98, 0x1E98, "w"},  {0x1E99, 0x1E99, "y"},  {0x1E9E, 0x1E9E, "ss"},
    {0x1EA0, 0x1EB7, "a"},  {0x1EB8, 0x1EC7, "e"},  {0x1EC8, 0x1ECB, "i"},  {0x1ECC, 0x1EE3, "o"},
    {0x1EE4, 0x1EF1, "u"},  {0x1EF2, 0x1EF9, "y"},  {0x02BB, 0x02BC, ""},  // ʻokina, modifier
                                                                           // apostrophe
};

// The ASCII for code point `cp`, or nullptr if it is kept as it is.
const char* FoldCodePoint(uint32_t cp) {
  if (cp == 0x2018 || cp == 0x2019) return "";   // curly apostrophes
  if (cp >= 0x2010 && cp <= 0x2015) return " ";  // dashes
  for (const FoldRange& r : kFoldRanges) {
    if (cp >= r.first && cp <= r.last) return r.ascii;
  }
  return nullptr;
}

// Appends `piece` to out[*n], inserting a pending separator first. False if
// it does not fit.
bool Emit(std::string_view piece, bool* pending_space, std::span<char> out, size_t* n) {
  if (piece.empty()) return true;
  if (piece == " ") {
    *pending_space = *n > 0;
    return true;
  }
  size_t need = piece.size() + (*pending_space ? 1 : 0);
  if (*n + need > out.size()) return false;
  if (*pending_space) out[(*n)++] = ' ';
  *pending_space = false;
  for (char c : piece) out[(*n)++] = c;
  return true;
}

// Length of the UTF-8 sequence starting with `lead` and its code point, or 0.
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char lead = b(0);
  size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (len == 0 || lead > 0xF4 || i + len > s.size()) return 0;
  uint32_t value = lead & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b(k) & 0x3F);
  }
  *cp = value;
  return len;
}

constexpr std::string_view kRegionWords[] = {"region",      "province", "oblast",
                                             "governorate", "state",    "prefecture"};

std::string_view StripRegionWord(std::string_view key) {
  for (std::string_view word : kRegionWords) {
    if (key.size() > word.size() + 1 && key.ends_with(word) &&
        key[key.size() - word.size() - 1] == ' ') {
      return key.substr(0, key.size() - word.size() - 1);
    }
  }
  return key;
}

template <typename T>
T ReadRecord(std::string_view bytes, size_t offset) {
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof(T));
  return value;
}

// Where an index's sections start, and its end, as the header gives them.
struct Sections {
  uint64_t places, keys, postings, strings, end;
};

// Whether the text at `offset` from `base`, `length` bytes, lies in the
// strings.
bool InStrings(const Sections& at, uint64_t base, uint32_t offset, uint32_t length) {
  return base + offset >= at.strings && base + offset + length <= at.end;
}

bool PlaceInRange(std::string_view bytes, const Sections& at, uint64_t i) {
  const uint64_t record = at.places + i * sizeof(fmt::PlaceRecord);
  const auto r = ReadRecord<fmt::PlaceRecord>(bytes, record);
  return InStrings(at, record, r.name_offset, r.name_length) &&
         InStrings(at, record, r.adm1_offset, r.adm1_length) && r.kind <= 2;
}

// The first place whose texts or kind are out of range; `count` if none.
uint64_t FirstPlaceOutOfRange(std::string_view bytes, const Sections& at, uint32_t count) {
  uint64_t i = 0;
  while (i < count && PlaceInRange(bytes, at, i)) ++i;
  return i;
}

// The first eight bytes of `text` as a big-endian number, zeros past its
// end: the numbers of two texts are in the order of the texts unless equal.
// Reads a whole word where one lies before `limit`.
uint64_t OrderPrefix(std::string_view text, const char* limit) {
  uint64_t word = 0;
  if (limit - text.data() >= 8) {
    std::memcpy(&word, text.data(), 8);
    if (text.size() < 8) word &= (uint64_t{1} << (8 * text.size())) - 1;
  } else {
    std::memcpy(&word, text.data(), std::min<size_t>(text.size(), 8));
  }
  return __builtin_bswap64(word);
}

// The first key whose text or postings are out of range or (`*out_of_order`)
// that does not sort after the key before it; `header.key_count` if none.
uint64_t FirstBadKey(std::string_view bytes, const Sections& at, const fmt::FileHeader& header,
                     bool* out_of_order) {
  std::string_view previous;
  uint64_t previous_prefix = 0;
  for (uint64_t i = 0; i < header.key_count; ++i) {
    const auto r = ReadRecord<fmt::KeyRecord>(bytes, at.keys + i * sizeof(fmt::KeyRecord));
    if (!InStrings(at, at.strings, r.key_offset, r.key_length) || r.posting_count == 0 ||
        uint64_t{r.first_posting} + r.posting_count > header.posting_count) {
      return i;
    }
    const std::string_view text(bytes.data() + at.strings + r.key_offset, r.key_length);
    const uint64_t prefix = OrderPrefix(text, bytes.data() + bytes.size());
    // Sorted: the prefix grows, or stays and the whole text grows.
    *out_of_order =
        i > 0 && (prefix < previous_prefix || (prefix == previous_prefix && !(previous < text)));
    if (*out_of_order) return i;
    previous = text;
    previous_prefix = prefix;
  }
  return header.key_count;
}

bool AllPostingsInRange(std::string_view bytes, const Sections& at, const fmt::FileHeader& header) {
  uint32_t top = 0;  // the largest place index, checked once
  for (uint64_t i = 0; i < header.posting_count; ++i)
    top = std::max(top, ReadRecord<uint32_t>(bytes, at.postings + i * sizeof(uint32_t)));
  return header.posting_count == 0 || top < header.place_count;
}

}  // namespace

std::string_view FoldPlaceName(std::string_view name, std::span<char> out) {
  size_t n = 0;
  bool pending_space = false;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    std::string_view piece;
    size_t used = 1;
    char lower[1];
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        piece = name.substr(i, 1);
      } else if (c >= 'A' && c <= 'Z') {
        lower[0] = static_cast<char>(c - 'A' + 'a');
        piece = std::string_view(lower, 1);
      } else if (c != '\'' && c != '.' && c != '`') {
        piece = " ";
      }
    } else {
      uint32_t cp = 0;
      used = DecodeUtf8(name, i, &cp);
      const char* ascii = used > 0 ? FoldCodePoint(cp) : nullptr;
      if (used == 0) used = 1;
      piece = ascii != nullptr ? std::string_view(ascii) : name.substr(i, used);
    }
    if (!Emit(piece, &pending_space, out, &n)) return {};
    i += used;
  }
  return std::string_view(out.data(), n);
}

double Place::Degrees(int32_t e5) {
  if (e5 == fmt::kNoCoordinate) return std::numeric_limits<double>::quiet_NaN();
  return e5 / 1e5;
}

StatusOr<Gazetteer> Gazetteer::Load(const std::string& path) {
  StatusOr<MappedFile> file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  Gazetteer g;
  g.file_ = std::move(*file);
  Status status = g.Parse(g.file_.bytes(), path);
  if (!status.ok()) return status;
  return g;
}

StatusOr<Gazetteer> Gazetteer::FromBytes(std::string bytes, std::string_view name) {
  Gazetteer g;
  g.owned_ = std::make_unique<std::string>(std::move(bytes));
  Status status = g.Parse(*g.owned_, name);
  if (!status.ok()) return status;
  return g;
}

// Checks every record once, so that lookups can trust them, and points the
// sections' views into `bytes`.
Status Gazetteer::Parse(std::string_view bytes, std::string_view name) {
  static_assert(sizeof(Place) == sizeof(fmt::PlaceRecord) && alignof(Place) == 4);
  static_assert(offsetof(Place, name_offset_) == offsetof(fmt::PlaceRecord, name_offset) &&
                offsetof(Place, adm1_offset_) == offsetof(fmt::PlaceRecord, adm1_offset) &&
                offsetof(Place, feature_id_) == offsetof(fmt::PlaceRecord, feature_id) &&
                offsetof(Place, population_) == offsetof(fmt::PlaceRecord, population) &&
                offsetof(Place, lat_e5_) == offsetof(fmt::PlaceRecord, lat_e5) &&
                offsetof(Place, lon_e5_) == offsetof(fmt::PlaceRecord, lon_e5) &&
                offsetof(Place, name_length_) == offsetof(fmt::PlaceRecord, name_length) &&
                offsetof(Place, adm1_length_) == offsetof(fmt::PlaceRecord, adm1_length) &&
                offsetof(Place, country_) == offsetof(fmt::PlaceRecord, country) &&
                offsetof(Place, kind_) == offsetof(fmt::PlaceRecord, kind));
  const auto bad = [&](std::string_view why) {
    return Status::InvalidInput(std::string(name) + ": not a usable gazetteer index (" +
                                std::string(why) + "); rebuild it with scripts/build-gazetteer");
  };
  if (bytes.size() < sizeof(fmt::FileHeader)) return bad("too short for a header");
  const auto header = ReadRecord<fmt::FileHeader>(bytes, 0);
  if (std::memcmp(header.magic, fmt::kMagic, sizeof fmt::kMagic) != 0) return bad("bad magic");
  if (header.version != fmt::kVersion) return bad("unsupported version");
  // Mapped and heap bytes are aligned far beyond the records' 4 bytes.
  if (reinterpret_cast<uintptr_t>(bytes.data()) % alignof(Place) != 0) return bad("misaligned");
  const uint64_t places_at = sizeof(fmt::FileHeader);
  const uint64_t keys_at = places_at + uint64_t{header.place_count} * sizeof(fmt::PlaceRecord);
  const uint64_t postings_at = keys_at + uint64_t{header.key_count} * sizeof(fmt::KeyRecord);
  const uint64_t strings_at = postings_at + uint64_t{header.posting_count} * sizeof(uint32_t);
  if (strings_at + header.string_bytes != bytes.size()) return bad("truncated or wrong size");
  if (fmt::Checksum(bytes.substr(places_at)) != header.checksum) return bad("checksum mismatch");
  const Sections at{places_at, keys_at, postings_at, strings_at, bytes.size()};
  if (const uint64_t i = FirstPlaceOutOfRange(bytes, at, header.place_count);
      i < header.place_count)
    return bad("place " + std::to_string(i) + " out of range");
  bool out_of_order = false;
  if (const uint64_t i = FirstBadKey(bytes, at, header, &out_of_order); i < header.key_count)
    return bad("key " + std::to_string(i) + (out_of_order ? " out of order" : " out of range"));
  if (!AllPostingsInRange(bytes, at, header)) return bad("posting out of range");

  places_ = std::span<const Place>(reinterpret_cast<const Place*>(bytes.data() + places_at),
                                   header.place_count);
  keys_ = bytes.substr(keys_at, postings_at - keys_at);
  key_count_ = header.key_count;
  postings_ = std::span<const uint32_t>(
      reinterpret_cast<const uint32_t*>(bytes.data() + postings_at), header.posting_count);
  strings_ = bytes.substr(strings_at);
  return Status::Ok();
}

std::string_view Gazetteer::KeyText(size_t i) const {
  const auto r = ReadRecord<fmt::KeyRecord>(keys_, i * sizeof(fmt::KeyRecord));
  return std::string_view(strings_.data() + r.key_offset, r.key_length);  // checked by Parse
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view key) const {
  // The first key not less than `key`.
  size_t lo = 0;
  size_t hi = key_count_;
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (KeyText(mid) < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == key_count_ || KeyText(lo) != key) return {};
  const auto r = ReadRecord<fmt::KeyRecord>(keys_, lo * sizeof(fmt::KeyRecord));
  return postings_.subspan(r.first_posting, r.posting_count);
}

const Place* Gazetteer::Pick(std::span<const uint32_t> postings, std::string_view hint,
                             bool prefer_admin1) const {
  if (postings.empty()) return nullptr;
  // A country's name means the country, unless the hinted country has a
  // division or a big city of that name ("Georgia" in a US story, not
  // "imports from Mexico" in Mexico, Missouri).
  const bool country_first = places_[postings.front()].kind() == PlaceKind::kCountry;
  // Passes in order of preference; postings are already best first.
  for (int pass = prefer_admin1 ? 0 : 2; pass < 4; ++pass) {
    const bool want_hint = pass % 2 == 0;
    if (want_hint && hint.empty()) continue;
    for (uint32_t index : postings) {
      const Place& p = places_[index];
      if (pass < 2 && p.kind() != PlaceKind::kAdmin1) continue;
      if (want_hint && p.country() != hint) continue;
      if (want_hint && country_first && p.kind() == PlaceKind::kCity && p.population() < 100000)
        continue;
      return &p;
    }
  }
  return nullptr;
}

const Place* Gazetteer::Find(std::string_view name, std::string_view country_hint) const {
  char scratch[256];
  std::string_view key = FoldPlaceName(name, scratch);
  if (key.starts_with("the ")) key.remove_prefix(4);
  if (key.empty()) return nullptr;
  if (const Place* p = Pick(Lookup(key), country_hint, false)) return p;
  const std::string_view division = StripRegionWord(key);
  if (division.size() == key.size()) return nullptr;
  return Pick(Lookup(division), country_hint, true);
}

namespace {

// A division, or a city big enough to be named for its officials.
bool IsNamedSeat(const Place& p, uint32_t min_city_population) {
  return p.kind() == PlaceKind::kAdmin1 ||
         (p.kind() == PlaceKind::kCity && p.population() >= min_city_population);
}

}  // namespace

const Place* Gazetteer::FindUnambiguous(std::string_view name, std::string_view country_hint,
                                        uint32_t min_city_population) const {
  char scratch[256];
  std::string_view key = FoldPlaceName(name, scratch);
  if (key.starts_with("the ")) key.remove_prefix(4);
  if (key.empty()) return nullptr;
  std::span<const uint32_t> postings = Lookup(key);
  bool divisions_only = false;
  if (postings.empty()) {
    // "Kano State": the division "Kano".
    const std::string_view division = StripRegionWord(key);
    if (division.size() == key.size()) return nullptr;
    postings = Lookup(division);
    divisions_only = true;
  }
  if (postings.empty() || places_[postings.front()].kind() == PlaceKind::kCountry) return nullptr;
  auto fits = [&](const Place& p) {
    return IsNamedSeat(p, min_city_population) &&
           (!divisions_only || p.kind() == PlaceKind::kAdmin1);
  };
  const Place* best = nullptr;
  for (uint32_t index : postings) {
    const Place& p = places_[index];
    if (!fits(p)) continue;
    if (!country_hint.empty() && p.country() == country_hint) return &p;
    if (best == nullptr || p.population() > best->population()) best = &p;
  }
  if (best == nullptr) return nullptr;
  for (uint32_t index : postings) {
    const Place& p = places_[index];
    if (p.country() == best->country()) continue;
    // A town of the story's country a tenth as big as the best place may be
    // the one meant; a smaller one is not ("Donetsk" in a story about Russia
    // is Ukraine's city, not the Russian town).
    if (!country_hint.empty() && p.country() == country_hint &&
        uint64_t{p.population()} * 10 >= uint64_t{best->population()})
      return nullptr;
    if (fits(p) && uint64_t{p.population()} * 4 > uint64_t{best->population()}) return nullptr;
  }
  return best;
}

const Place* PlaceCache::Find(std::string_view name, std::string_view country_hint) {
  if (gazetteer_ == nullptr) return nullptr;
  key_.assign(name);
  (key_ += '|') += country_hint;
  auto it = found_.find(key_);
  if (it != found_.end()) return it->second;
  if (found_.size() >= kMaxEntries) found_.clear();
  const Place* place = gazetteer_->Find(name, country_hint);
  found_.emplace(key_, place);
  return place;
}

}  // namespace dyad::doc
