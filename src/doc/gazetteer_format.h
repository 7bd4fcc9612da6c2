// The gazetteer index file (BUILD/data/gazetteer.bin), written by
// GazetteerBuilder and mapped by Gazetteer::Load, whose Place is the place
// record read where it lies. Little-endian:
//
//   FileHeader
//   PlaceRecord[place_count]
//   KeyRecord[key_count]       sorted by key bytes
//   uint32_t[posting_count]    place indexes; each key's run is best first
//   char[string_bytes]         names, division names, folded keys
//
// Sections start at multiples of 4 bytes (the places at 32), so the records
// and postings can be read in place. The checksum is a word-wise FNV-1a over everything after the
// header, so a truncated or damaged file is refused rather than misread.
#ifndef DYAD_DOC_GAZETTEER_FORMAT_H_
#define DYAD_DOC_GAZETTEER_FORMAT_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad::doc::gazetteer_format {

static_assert(std::endian::native == std::endian::little, "the index is little-endian");

inline constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'A', 'Z', '\n'};
inline constexpr uint32_t kVersion = 2;              // 2: place texts relative to their record
inline constexpr int32_t kNoCoordinate = INT32_MIN;  // lat/lon unknown

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t place_count;
  uint32_t key_count;
  uint32_t posting_count;
  uint32_t string_bytes;
  uint32_t checksum;
};
static_assert(sizeof(FileHeader) == 32);

struct PlaceRecord {
  uint32_t name_offset;  // from this record's first byte (into the strings)
  uint32_t adm1_offset;
  uint32_t feature_id;
  uint32_t population;
  int32_t lat_e5;  // degrees * 1e5, or kNoCoordinate
  int32_t lon_e5;
  uint16_t name_length;
  uint16_t adm1_length;
  char country[3];  // ISO 3166-1 alpha-3
  uint8_t kind;     // PlaceKind
};
static_assert(sizeof(PlaceRecord) == 32);

struct KeyRecord {
  uint32_t key_offset;  // into the strings
  uint32_t first_posting;
  uint16_t key_length;
  uint16_t posting_count;
};
static_assert(sizeof(KeyRecord) == 12);

inline uint32_t Checksum(std::string_view bytes) {
  // FNV-1a over 8-byte words (then the tail bytes): fast enough to check a
  // 9 MB index in a few milliseconds.
  // Four words a turn, in order: the same hash as one a turn, with a quarter
  // of the loop's own instructions.
  constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t h = 14695981039346656037ull;
  size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    uint64_t words[4];
    std::memcpy(words, bytes.data() + i, 32);
    h = (h ^ words[0]) * kPrime;
    h = (h ^ words[1]) * kPrime;
    h = (h ^ words[2]) * kPrime;
    h = (h ^ words[3]) * kPrime;
  }
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ word) * kPrime;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace dyad::doc::gazetteer_format

#endif  // DYAD_DOC_GAZETTEER_FORMAT_H_
