// The event writers declared in event_writer.h.
#include "dyad/io/event_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <set>
#include <tuple>
#include <vector>

namespace dyad::io {

namespace {

// A record being written: bytes that grow by doubling and are written
// through a pointer, so an append is a capacity check and a copy, with none
// of std::string's per-append bookkeeping.
class JsonText {
 public:
  void Clear() { size_ = 0; }
  std::string_view view() const { return std::string_view(bytes_.data(), size_); }
  // Room for `n` more bytes; Advance() then counts the ones written.
  char* Room(size_t n) {
    if (size_ + n > bytes_.size()) [[unlikely]]
      Grow(n);
    return bytes_.data() + size_;
  }
  void Advance(size_t n) { size_ += n; }
  void Append(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  void Push(char c) {
    *Room(1) = c;
    ++size_;
  }

 private:
  [[gnu::noinline]] void Grow(size_t n) {
    bytes_.resize(std::max(2 * bytes_.size(), size_ + n + 512));
  }
  std::string bytes_;  // [0, size_) written; the rest is room
  size_t size_ = 0;
};

// Whether any of the 8 bytes of `word` needs a JSON escape: below 0x20, '"'
// or '\\' (bit tricks that are exact about whether such a byte exists).
bool WordNeedsEscape(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return (((word - 0x20 * kOnes) & ~word & kHighs) | has_zero(word ^ ('"' * kOnes)) |
          has_zero(word ^ ('\\' * kOnes))) != 0;
}

// Writes byte `c` at `p` as JSON string content; returns the end.
char* PutJsonChar(unsigned char c, char* p) {
  if (c >= 0x20 && c != '"' && c != '\\') {
    *p++ = static_cast<char>(c);
    return p;
  }
  *p++ = '\\';
  switch (c) {
    case '"':
    case '\\':
      *p++ = static_cast<char>(c);
      return p;
    case '\n':
      *p++ = 'n';
      return p;
    case '\r':
      *p++ = 'r';
      return p;
    case '\t':
      *p++ = 't';
      return p;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      std::memcpy(p, u, 5);
      return p + 5;
    }
  }
}

// Writes `bytes` at `p` as JSON string content, byte by byte; returns the
// end. Out of line: the few words that need an escape leave AppendJsonString's
// fast path with no registers to keep for it.
[[gnu::noinline]] char* PutJsonChars(std::string_view bytes, char* p) {
  for (char c : bytes) p = PutJsonChar(static_cast<unsigned char>(c), p);
  return p;
}

// Appends `s` as a JSON string literal, quotes included; eight bytes at a
// time while none of them needs an escape.
void AppendJsonString(std::string_view s, JsonText* out) {
  // "\u00XX" is the longest escape; the tail writes a whole word.
  char* const start = out->Room(6 * s.size() + 10);
  char* p = start;
  *p++ = '"';
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (!WordNeedsEscape(word)) {
      std::memcpy(p, &word, 8);
      p += 8;
      continue;
    }
    p = PutJsonChars(s.substr(i, 8), p);
  }
  if (i < s.size() && i >= 8 && p == start + 1 + i) {
    // No escape so far, so the text stands one byte on from `s`: the last
    // eight bytes of `s`, if none needs an escape, are written over the
    // copies of those already written.
    uint64_t word;
    std::memcpy(&word, s.data() + s.size() - 8, 8);
    if (!WordNeedsEscape(word)) {
      std::memcpy(start + 1 + s.size() - 8, &word, 8);
      p = start + 1 + s.size();
      i = s.size();
    }
  }
  if (i < s.size()) {
    // The last one to seven bytes, padded with spaces to a word.
    const size_t rest = s.size() - i;
    unsigned char tail[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    for (size_t k = 0; k < rest; ++k) tail[k] = static_cast<unsigned char>(s[i + k]);
    uint64_t word;
    std::memcpy(&word, tail, 8);
    if (!WordNeedsEscape(word)) {
      std::memcpy(p, tail, 8);  // the room has the padding's bytes too
      p += rest;
    } else {
      p = PutJsonChars(s.substr(i), p);
    }
  }
  *p++ = '"';
  out->Advance(p - start);
}

}  // namespace

std::string JsonString(std::string_view s) {
  JsonText text;
  AppendJsonString(s, &text);
  return std::string(text.view());
}

namespace {

std::string DateString(Date d) { return d == kNoDate ? "" : std::to_string(d); }

std::string IssuesString(const std::vector<code::Issue>& issues) {
  std::string out;
  for (const code::Issue& i : issues) {
    if (!out.empty()) out += ';';
    out += i.code + "," + std::to_string(i.count);
  }
  return out;
}

class JsonLinesWriter : public EventWriter {
 public:
  JsonLinesWriter(std::FILE* out, const dict::CameoTable* cameo) : out_(out), cameo_(cameo) {}
  void BeginStory(std::string_view) override {}
  void EndStory() override {}
  long events_written() const override { return written_; }
  // The sentence's lines are written out together.
  void WriteSentence(const SentenceContext& c, const code::SentenceResult& r) override {
    lines_.Clear();
    for (size_t i = 0; i < r.events.size(); ++i) {
      bool resolved = c.details != nullptr && i < c.details->size();
      Write(c, r, r.events[i], resolved ? &(*c.details)[i] : nullptr);
    }
    if (c.incidents != nullptr) {
      for (const doc::Incident& incident : *c.incidents) WriteIncident(c, incident);
    }
    if (!lines_.view().empty()) std::fwrite(lines_.view().data(), 1, lines_.view().size(), out_);
  }

 private:
  void Write(const SentenceContext& c, const code::SentenceResult& r, const code::Event& e,
             const doc::EventDetails* d);
  void WriteIncident(const SentenceContext& c, const doc::Incident& incident);
  std::FILE* out_;
  const dict::CameoTable* cameo_;
  long written_ = 0;
  JsonText lines_;  // scratch: the sentence's records, one a line
};

// Appends `value` in decimal, as std::to_string writes it.
void AppendInt(long value, JsonText* out) {
  char* const start = out->Room(24);
  out->Advance(std::to_chars(start, start + 24, value).ptr - start);
}

// Appends `units` / 10^decimals with `decimals` digits after the point
// ("-12.34500" for -1234500 and 5); `units` is not 0.
void AppendScaled(long units, int decimals, long scale, JsonText* out) {
  char* const text = out->Room(32);  // sign, 9 digits (|value| < 1e9), point, 5 decimals
  char* end = text;
  if (units < 0) *end++ = '-';
  const unsigned long magnitude = units < 0 ? -static_cast<unsigned long>(units) : units;
  end = std::to_chars(end, text + 32 - 6, magnitude / scale).ptr;
  *end++ = '.';
  unsigned long rest = magnitude % scale;
  for (int k = decimals - 1; k >= 0; --k, rest /= 10) end[k] = static_cast<char>('0' + rest % 10);
  out->Advance(end + decimals - text);
}

// AppendFixed's fast path, for the coordinates and scores the writer prints
// (37.56700, 0.85): when value * 10^decimals is within 1e-6 of a nonzero
// integer n, the exact value is within 1e-6 (plus rounding error far below
// 0.5) of n / 10^decimals and much farther from every other number of
// `decimals` decimals, so "%.Nf" prints n with the point put in. False, with
// nothing written, for any other value (0, -0, NaN, huge, between steps).
bool AppendFixedFromInteger(double value, int decimals, JsonText* out) {
  constexpr long kScales[] = {1, 10, 100, 1000, 10000, 100000};
  if (decimals < 1 || decimals > 5 || !(std::fabs(value) < 1e9)) return false;
  const double scaled = value * static_cast<double>(kScales[decimals]);
  const double nearest = std::round(scaled);
  if (nearest == 0 || std::fabs(scaled - nearest) > 1e-6) return false;
  AppendScaled(static_cast<long>(nearest), decimals, kScales[decimals], out);
  return true;
}

// Appends `value` with `decimals` digits after the point, as printf's "%.Nf"
// writes it (std::to_chars is specified so, and does not parse a format).
void AppendFixed(double value, int decimals, JsonText* out) {
  if (AppendFixedFromInteger(value, decimals, out)) return;
  char digits[400];  // room for any double, 1e308 included
  out->Append(std::string_view(digits, std::to_chars(digits, digits + sizeof digits, value,
                                                     std::chars_format::fixed, decimals)
                                           .ptr));
}

// Builds one JSON object, field by field, in insertion order, at the end of
// `*out`: a nested object goes straight into its parent's text
// (JsonObject(parent.Field("key"))), with no text of its own. Keys are the
// writer's own string literals, plain ASCII that needs no escape, so their
// length is known when the code is compiled.
class JsonObject {
 public:
  template <size_t N>
  using Name = const char (&)[N];

  explicit JsonObject(JsonText* out) : out_(out) { out_->Push('{'); }
  template <size_t N>
  JsonObject& Str(Name<N> key, std::string_view value) {
    AppendJsonString(value, Field(key));
    return *this;
  }
  // A JSON string, or null for "".
  template <size_t N>
  JsonObject& OptionalStr(Name<N> key, std::string_view value) {
    if (value.empty()) return Raw(key, "null");
    return Str(key, value);
  }
  // A date as a JSON string of its digits, "" for no date: what
  // Str(key, std::to_string(date)) writes (digits need no escape), with no
  // string built.
  template <size_t N>
  JsonObject& DateStr(Name<N> key, Date date) {
    char* const text = Field(key)->Room(16);  // quotes and at most 11 characters of an int
    char* end = text;
    *end++ = '"';
    if (date != kNoDate) end = std::to_chars(end, text + 15, date).ptr;
    *end++ = '"';
    out_->Advance(end - text);
    return *this;
  }
  template <size_t N>
  JsonObject& Int(Name<N> key, long value) {
    AppendInt(value, Field(key));
    return *this;
  }
  // A number with `decimals` digits after the point; null for NaN.
  template <size_t N>
  JsonObject& Fixed(Name<N> key, double value, int decimals) {
    if (std::isnan(value)) return Raw(key, "null");
    AppendFixed(value, decimals, Field(key));
    return *this;
  }
  template <size_t N>
  JsonObject& Raw(Name<N> key, std::string_view raw) {
    Field(key)->Append(raw);
    return *this;
  }
  // Writes `key`; returns the text its value is to be appended to.
  template <size_t N>
  JsonText* Field(Name<N> key) {
    Key(key);
    return out_;
  }
  void Close() { out_->Push('}'); }

 private:
  // Writes `,"key":` (no comma before the first key) in one copy.
  template <size_t N>
  [[gnu::always_inline]] void Key(Name<N> key) {
    static_assert(N > 1, "a key is a nonempty string literal");
    char* const start = out_->Room(N + 3);
    char* p = start;
    *p = ',';
    p += first_ ? 0 : 1;
    first_ = false;
    *p++ = '"';
    std::memcpy(p, key, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    out_->Advance(p - start);
  }
  JsonText* out_;
  bool first_ = true;  // no key written yet
};

void AppendIssuesJson(const std::vector<code::Issue>& issues, JsonText* out) {
  out->Push('[');
  for (size_t i = 0; i < issues.size(); ++i) {
    if (i > 0) out->Push(',');
    JsonObject(out).Str("code", issues[i].code).Int("count", issues[i].count).Close();
  }
  out->Push(']');
}

void AppendLocationJson(const std::optional<doc::Location>& l, JsonText* out) {
  if (!l) return out->Append("null");
  JsonObject o(out);
  o.Str("name", l->name).Str("country", l->country).OptionalStr("adm1", l->adm1);
  o.Fixed("lat", l->lat, 5).Fixed("lon", l->lon, 5);
  if (l->feature_id) {
    o.Int("feature_id", l->feature_id);
  } else {
    o.Raw("feature_id", "null");
  }
  o.Close();
}

void AppendCountJson(const doc::EventCount& c, JsonText* out) {
  JsonObject(out)
      .Str("kind", doc::CountKindName(c.kind))
      .Int("number", c.number)
      .Str("qualifier", doc::CountQualifierName(c.qualifier))
      .OptionalStr("who", c.who)
      .Close();
}

// [begin, end) byte offsets into the article, or null.
void AppendRangeJson(const doc::ByteRange& r, JsonText* out) {
  if (r.empty()) return out->Append("null");
  char* const text = out->Room(24);  // brackets, comma and two uint32_t of at most 10 digits
  char* end = text;
  *end++ = '[';
  end = std::to_chars(end, text + 11, r.begin).ptr;
  *end++ = ',';
  end = std::to_chars(end, text + 22, r.end).ptr;
  *end++ = ']';
  out->Advance(end - text);
}

void AppendJsonList(const std::vector<std::string>& items, JsonText* out) {
  out->Push('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->Push(',');
    AppendJsonString(items[i], out);
  }
  out->Push(']');
}

void AppendProvenanceJson(const code::Event& e, JsonText* out) {
  JsonObject o(out);
  o.Str("verb", e.verb_entry).Str("pattern", e.pattern).Str("pattern_entry", e.pattern_entry);
  o.Str("source_actor", e.source_info.entry);
  AppendJsonList(e.source_info.agents, o.Field("source_agents"));
  o.Str("target_actor", e.target_info.entry);
  AppendJsonList(e.target_info.agents, o.Field("target_agents"));
  o.OptionalStr("source_antecedent", e.source_info.antecedent)
      .OptionalStr("target_antecedent", e.target_info.antecedent)
      .Close();
}

// The article coder's fields of an event.
void AddDetails(const doc::EventDetails& d, JsonObject* o) {
  o->DateStr("event_date", d.event_date)
      .Str("date_precision", doc::DatePrecisionName(d.date_precision))
      .Str("modality", doc::ModalityName(d.modality));
  AppendLocationJson(d.location, o->Field("location"));
  JsonText* counts = o->Field("counts");
  counts->Push('[');
  for (size_t i = 0; i < d.counts.size(); ++i) {
    if (i > 0) counts->Push(',');
    AppendCountJson(d.counts[i], counts);
  }
  counts->Push(']');
  o->OptionalStr("reported_by", d.reported_by);
  JsonObject offsets(o->Field("char_offsets"));
  AppendRangeJson(d.source_bytes, offsets.Field("source"));
  AppendRangeJson(d.target_bytes, offsets.Field("target"));
  AppendRangeJson(d.verb_bytes, offsets.Field("verb"));
  offsets.Close();
  o->Fixed("confidence", d.confidence, 2);
}

void JsonLinesWriter::Write(const SentenceContext& c, const code::SentenceResult& r,
                            const code::Event& e, const doc::EventDetails* d) {
  const dict::CameoCode* info = cameo_ ? cameo_->Find(e.code) : nullptr;
  int quad = info ? info->quad_class : dict::CameoTable::QuadClassOfRoot(e.code);
  JsonObject o(&lines_);
  o.Str("doc_id", c.story_id).Str("sentence_id", c.sentence_id).DateStr("date", c.date);
  if (!c.date_source.empty()) o.Str("date_source", c.date_source);
  o.Str("source", e.source).Str("target", e.target).Str("code", e.code);
  o.Str("root", std::string_view(e.code).substr(0, 2));
  if (quad) {
    o.Int("quad_class", quad);
  } else {
    o.Raw("quad_class", "null");
  }
  o.Fixed("goldstein", info ? info->goldstein : NAN, 1)
      .OptionalStr("plover_type", info ? info->plover_type : "")
      .OptionalStr("plover_mode", info ? info->plover_mode : "")
      .Raw("future", e.future ? "true" : "false");
  if (d != nullptr) AddDetails(*d, &o);
  AppendIssuesJson(r.issues, o.Field("issues"));
  o.Str("source_text", e.source_info.text)
      .Str("target_text", e.target_info.text)
      .Str("verb_text", e.verb_text)
      .Raw("passive", e.passive ? "true" : "false");
  AppendProvenanceJson(e, o.Field("provenance"));
  o.Close();
  lines_.Push('\n');
  ++written_;
}

// A count no event carries, as its own record ("record": "incident").
void JsonLinesWriter::WriteIncident(const SentenceContext& c, const doc::Incident& i) {
  JsonObject o(&lines_);
  o.Str("record", "incident")
      .Str("doc_id", c.story_id)
      .Str("sentence_id", c.sentence_id)
      .DateStr("date", c.date);
  if (!c.date_source.empty()) o.Str("date_source", c.date_source);
  o.DateStr("event_date", i.date).Str("date_precision", doc::DatePrecisionName(i.date_precision));
  AppendLocationJson(i.location, o.Field("location"));
  AppendCountJson(i.count, o.Field("count"));
  AppendRangeJson(i.bytes, o.Field("char_offsets"));
  o.Close();
  lines_.Push('\n');
}

class PetrarchWriter : public EventWriter {
 public:
  explicit PetrarchWriter(std::FILE* out) : out_(out) {}
  // A story is every sentence with its id prefix, wherever it stands in the
  // input, so duplicates are tracked per story id for the whole run.
  void BeginStory(std::string_view) override {}
  void WriteSentence(const SentenceContext& c, const code::SentenceResult& r) override;
  void EndStory() override {}
  long events_written() const override { return written_; }

 private:
  std::FILE* out_;
  std::set<std::tuple<std::string, Date, std::string, std::string, std::string>> seen_;
  long written_ = 0;
};

void PetrarchWriter::WriteSentence(const SentenceContext& c, const code::SentenceResult& r) {
  for (const code::Event& e : r.events) {
    if (!seen_.emplace(std::string(c.story_id), c.date, e.source, e.target, e.code).second)
      continue;
    std::string line = DateString(c.date) + "\t" + e.source + "\t" + e.target + "\t" + e.code +
                       "\t" + IssuesString(r.issues) + "\t" + std::string(c.sentence_id) + "\t" +
                       std::string(c.source) + "\t" + e.source_info.text + "\t" +
                       e.target_info.text + "\t" + e.verb_text + "\n";
    std::fputs(line.c_str(), out_);
    ++written_;
  }
}

class ExplanationWriter : public EventWriter {
 public:
  explicit ExplanationWriter(std::FILE* out) : out_(out) {}
  void BeginStory(std::string_view) override {}
  void EndStory() override {}
  long events_written() const override { return written_; }
  void WriteSentence(const SentenceContext& c, const code::SentenceResult& r) override;

 private:
  void Actor(const char* role, const std::string& code, const code::ActorProvenance& p);
  void Details(const doc::EventDetails& d);
  std::FILE* out_;
  long written_ = 0;
};

void ExplanationWriter::Actor(const char* role, const std::string& code,
                              const code::ActorProvenance& p) {
  std::fprintf(out_, "    %-7s %-12s \"%s\"", role, code.c_str(), p.text.c_str());
  if (!p.antecedent.empty()) std::fprintf(out_, "  refers to \"%s\"", p.antecedent.c_str());
  if (!p.entry.empty()) std::fprintf(out_, "  actor %s", p.entry.c_str());
  for (const std::string& a : p.agents) std::fprintf(out_, "  agent %s", a.c_str());
  std::fputc('\n', out_);
}

void ExplanationWriter::WriteSentence(const SentenceContext& c, const code::SentenceResult& r) {
  std::fprintf(out_, "== %.*s (%s)\n", static_cast<int>(c.sentence_id.size()), c.sentence_id.data(),
               DateString(c.date).c_str());
  if (!c.text.empty())
    std::fprintf(out_, "  text:  %.*s\n", static_cast<int>(c.text.size()), c.text.data());
  if (!c.tree.empty())
    std::fprintf(out_, "  tree:  %.*s\n", static_cast<int>(c.tree.size()), c.tree.data());
  std::fprintf(out_, "  coder: %.*s\n", static_cast<int>(c.coder_view.size()), c.coder_view.data());
  if (r.discarded)
    std::fprintf(out_, "  discarded by \"%s\"%s\n", r.discard_phrase.c_str(),
                 r.discard_story ? " (whole story)" : "");
  if (r.events.empty() && !r.discarded) std::fprintf(out_, "  no events\n");
  for (size_t i = 0; i < r.events.size(); ++i) {
    const code::Event& e = r.events[i];
    std::fprintf(out_, "  event %s -> %s  %s%s\n", e.source.c_str(), e.target.c_str(),
                 e.code.c_str(), e.passive ? "  (passive: source and target swapped)" : "");
    if (c.details != nullptr && i < c.details->size()) Details((*c.details)[i]);
    Actor("source", e.source, e.source_info);
    Actor("target", e.target, e.target_info);
    std::fprintf(out_, "    verb    \"%s\"  %s\n", e.verb_text.c_str(), e.verb_entry.c_str());
    if (!e.pattern.empty()) {
      std::fprintf(out_, "    pattern %s  %s\n", e.pattern.c_str(), e.pattern_entry.c_str());
    } else {
      std::fprintf(out_, "    pattern none: the verb's own code\n");
    }
    ++written_;
  }
  if (!r.issues.empty()) std::fprintf(out_, "  issues: %s\n", IssuesString(r.issues).c_str());
  if (c.incidents == nullptr) return;
  for (const doc::Incident& i : *c.incidents) {
    std::fprintf(out_, "  incident: %s %ld (%s) on %s%s%s\n", doc::CountKindName(i.count.kind),
                 i.count.number, doc::CountQualifierName(i.count.qualifier),
                 DateString(i.date).c_str(), i.location ? " in " : "",
                 i.location ? (i.location->name + ", " + i.location->country).c_str() : "");
  }
}

void ExplanationWriter::Details(const doc::EventDetails& d) {
  std::fprintf(out_, "    when    %s (%s)  %s", DateString(d.event_date).c_str(),
               doc::DatePrecisionName(d.date_precision), doc::ModalityName(d.modality));
  if (!d.reported_by.empty()) std::fprintf(out_, ", reported by %s", d.reported_by.c_str());
  std::fprintf(out_, "  confidence %.2f\n", d.confidence);
  if (d.location)
    std::fprintf(out_, "    where   %s, %s\n", d.location->name.c_str(),
                 d.location->country.c_str());
  for (const doc::EventCount& c : d.counts)
    std::fprintf(out_, "    count   %s %ld (%s)\n", doc::CountKindName(c.kind), c.number,
                 doc::CountQualifierName(c.qualifier));
}

}  // namespace

std::unique_ptr<EventWriter> MakeJsonLinesWriter(std::FILE* out, const dict::CameoTable* cameo) {
  return std::make_unique<JsonLinesWriter>(out, cameo);
}
std::unique_ptr<EventWriter> MakePetrarchWriter(std::FILE* out) {
  return std::make_unique<PetrarchWriter>(out);
}
std::unique_ptr<EventWriter> MakeExplanationWriter(std::FILE* out) {
  return std::make_unique<ExplanationWriter>(out);
}

}  // namespace dyad::io
