// Model storage: the binary reader and writer, and the key index.
//
// The reader is strict: every length is checked against what remains of the
// file before it is used, so a truncated or corrupt file is an error naming
// the byte offset, never an out-of-bounds read. The key index is built at
// load time (a few milliseconds for the ~44,000 Penn Treebank keys), which
// keeps the file a plain list that needs no hash-function agreement.
#include "model.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>

namespace dyad::tag {
namespace {

static_assert(std::endian::native == std::endian::little, "the model file is little-endian");

constexpr std::string_view kMagic = "DYADTAG1";
constexpr std::string_view kTrailer = "END1";

constexpr std::array<std::string_view, 46> kPennTags = {
    "CC",  "CD",    "DT",   "EX",  "FW",  "IN",  "JJ",  "JJR",  "JJS", "-LRB-", "LS",  "MD",
    "NN",  "NNP",   "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR",   "RBS", "RP",
    "SYM", "TO",    "UH",   "VB",  "VBD", "VBG", "VBN", "VBP",  "VBZ", "WDT",   "WP",  "WP$",
    "WRB", "-RRB-", ".",    ",",   ":",   "$",   "#",   "``",   "''",  "-NONE-"};

uint64_t HashKey(std::string_view s) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

void PutU32(uint32_t v, std::string* out) { out->append(reinterpret_cast<const char*>(&v), 4); }
void PutF32(float v, std::string* out) { out->append(reinterpret_cast<const char*>(&v), 4); }
void PutString(std::string_view s, std::string* out) {
  PutU32(static_cast<uint32_t>(s.size()), out);
  out->append(s);
}

// Sequential reader over the file; the first failure sticks.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  bool Bytes(size_t n, std::string_view* out, const char* what) {
    if (!status_.ok()) return false;
    if (bytes_.size() - pos_ < n) return Fail(std::string("truncated ") + what);
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool U32(uint32_t* v, const char* what) {
    std::string_view b;
    if (!Bytes(4, &b, what)) return false;
    std::memcpy(v, b.data(), 4);
    return true;
  }
  bool F32(float* v, const char* what) {
    std::string_view b;
    if (!Bytes(4, &b, what)) return false;
    std::memcpy(v, b.data(), 4);
    if (!std::isfinite(*v)) return Fail(std::string("non-finite ") + what);
    return true;
  }
  bool String(std::string_view* s, const char* what) {
    uint32_t n = 0;
    return U32(&n, what) && Bytes(n, s, what);
  }
  bool Fail(std::string reason) {
    if (status_.ok()) {
      status_ = Status::InvalidInput(std::string(name_) + ": offset " + std::to_string(pos_) +
                                     ": " + std::move(reason));
    }
    return false;
  }
  bool at_end() const { return pos_ == bytes_.size(); }
  size_t remaining() const { return bytes_.size() - pos_; }
  const Status& status() const { return status_; }

 private:
  std::string_view bytes_;
  std::string_view name_;
  size_t pos_ = 0;
  Status status_;
};

bool ReadEntry(Reader* r, ModelData* data) {
  std::string_view key;
  uint32_t n = 0;
  if (!r->String(&key, "key") || !r->U32(&n, "candidate count")) return false;
  if (n > kMaxTags || n > r->remaining() / 8) return r->Fail("bad candidate count");
  std::vector<Candidate> cands(n);
  for (Candidate& c : cands) {
    uint32_t tag = 0;
    if (!r->U32(&tag, "candidate tag") || !r->F32(&c.score, "candidate score")) return false;
    if (tag >= data->tags.size()) return r->Fail("candidate tag out of range");
    c.tag = static_cast<uint8_t>(tag);
  }
  data->entries.emplace_back(std::string(key), std::move(cands));
  return true;
}

bool ReadAll(Reader* r, ModelData* data) {
  std::string_view magic;
  uint32_t num_tags = 0;
  if (!r->Bytes(kMagic.size(), &magic, "magic")) return false;
  if (magic != kMagic) return r->Fail("not a dyad tagger model (bad magic)");
  if (!r->U32(&num_tags, "tag count")) return false;
  if (num_tags == 0 || num_tags > kMaxTags) return r->Fail("bad tag count");
  for (uint32_t t = 0; t < num_tags; ++t) {
    std::string_view name;
    if (!r->String(&name, "tag name")) return false;
    data->tags.emplace_back(name);
  }
  data->transitions.resize((num_tags + 1) * num_tags);
  for (float& f : data->transitions) {
    if (!r->F32(&f, "transition")) return false;
  }
  uint32_t num_keys = 0;
  if (!r->U32(&num_keys, "key count")) return false;
  if (num_keys > r->remaining() / 8) return r->Fail("bad key count");
  data->entries.reserve(num_keys);
  for (uint32_t k = 0; k < num_keys; ++k) {
    if (!ReadEntry(r, data)) return false;
  }
  std::string_view trailer;
  if (!r->Bytes(kTrailer.size(), &trailer, "trailer")) return false;
  if (trailer != kTrailer) return r->Fail("bad trailer");
  if (!r->at_end()) return r->Fail("trailing bytes");
  return true;
}

}  // namespace

std::string_view StaticPennTag(std::string_view name) {
  for (std::string_view t : kPennTags) {
    if (t == name) return t;
  }
  return {};
}

std::string SerializeModel(const ModelData& data) {
  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(data.tags.size()), &out);
  for (const std::string& t : data.tags) PutString(t, &out);
  for (float f : data.transitions) PutF32(f, &out);
  PutU32(static_cast<uint32_t>(data.entries.size()), &out);
  for (const auto& [key, cands] : data.entries) {
    PutString(key, &out);
    PutU32(static_cast<uint32_t>(cands.size()), &out);
    for (const Candidate& c : cands) {
      PutU32(c.tag, &out);
      PutF32(c.score, &out);
    }
  }
  out.append(kTrailer);
  return out;
}

StatusOr<ModelData> ParseModel(std::string_view bytes, std::string_view name) {
  Reader reader(bytes, name);
  ModelData data;
  if (!ReadAll(&reader, &data)) return reader.status();
  return data;
}

StatusOr<Model> Model::Create(ModelData data, std::string_view name) {
  const std::string where(name);
  Model m;
  m.num_tags_ = static_cast<int>(data.tags.size());
  if (m.num_tags_ == 0 || m.num_tags_ > kMaxTags)
    return Status::InvalidInput(where + ": bad tag count");
  for (const std::string& t : data.tags) {
    std::string_view s = StaticPennTag(t);
    if (s.empty()) return Status::InvalidInput(where + ": '" + t + "' is not a Penn Treebank tag");
    if (m.TagId(s) >= 0) return Status::InvalidInput(where + ": tag '" + t + "' repeated");
    m.tag_names_.push_back(s);
  }
  if (data.transitions.size() != static_cast<size_t>((m.num_tags_ + 1) * m.num_tags_)) {
    return Status::InvalidInput(where + ": transition table has the wrong size");
  }
  m.transitions_ = std::move(data.transitions);
  size_t num_buckets = 16;
  while (num_buckets < 2 * data.entries.size()) num_buckets *= 2;
  m.buckets_.assign(num_buckets, 0);
  m.key_begin_.push_back(0);
  m.cand_begin_.push_back(0);
  for (const auto& [key, cands] : data.entries) {
    uint64_t used = 0;
    for (const Candidate& c : cands) {
      if (c.tag >= m.num_tags_ || (used >> c.tag & 1) != 0 || !std::isfinite(c.score)) {
        return Status::InvalidInput(where + ": key '" + key + "': bad candidate");
      }
      used |= uint64_t{1} << c.tag;
    }
    if (!m.Lookup(key).empty() || cands.empty()) {
      return Status::InvalidInput(where + ": key '" + key + "' repeated or without tags");
    }
    m.keys_ += key;
    m.key_begin_.push_back(static_cast<uint32_t>(m.keys_.size()));
    m.cands_.insert(m.cands_.end(), cands.begin(), cands.end());
    m.cand_begin_.push_back(static_cast<uint32_t>(m.cands_.size()));
    size_t b = HashKey(key) & (num_buckets - 1);
    while (m.buckets_[b] != 0) b = (b + 1) & (num_buckets - 1);
    m.buckets_[b] = static_cast<uint32_t>(m.key_begin_.size() - 1);
  }
  return m;
}

int Model::TagId(std::string_view name) const {
  for (int t = 0; t < static_cast<int>(tag_names_.size()); ++t) {
    if (tag_names_[t] == name) return t;
  }
  return -1;
}

std::span<const Candidate> Model::Lookup(std::string_view key) const {
  if (buckets_.empty()) return {};
  const size_t mask = buckets_.size() - 1;
  for (size_t b = HashKey(key) & mask; buckets_[b] != 0; b = (b + 1) & mask) {
    const uint32_t k = buckets_[b] - 1;
    if (Key(k) == key) {
      return std::span<const Candidate>(cands_).subspan(cand_begin_[k],
                                                        cand_begin_[k + 1] - cand_begin_[k]);
    }
  }
  return {};
}

}  // namespace dyad::tag
