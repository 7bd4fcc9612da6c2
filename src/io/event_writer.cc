// The event writers declared in event_writer.h.
#include "dyad/io/event_writer.h"

#include <cstdio>
#include <set>
#include <tuple>
#include <vector>

namespace dyad::io {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
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

std::string JsonList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + JsonString(items[i]);
  return out + "]";
}

class JsonLinesWriter : public EventWriter {
 public:
  JsonLinesWriter(std::FILE* out, const dict::CameoTable* cameo) : out_(out), cameo_(cameo) {}
  void BeginStory(std::string_view) override {}
  void EndStory() override {}
  long events_written() const override { return written_; }
  void WriteSentence(const SentenceContext& c, const code::SentenceResult& r) override {
    for (const code::Event& e : r.events) Write(c, r, e);
  }

 private:
  void Write(const SentenceContext& c, const code::SentenceResult& r, const code::Event& e);
  std::FILE* out_;
  const dict::CameoTable* cameo_;
  long written_ = 0;
};

// Builds one JSON object, field by field, in insertion order.
class JsonObject {
 public:
  JsonObject& Str(std::string_view key, std::string_view value) {
    return Raw(key, JsonString(value));
  }
  JsonObject& Raw(std::string_view key, std::string_view raw) {
    text_ += text_.size() > 1 ? "," : "";
    text_ += JsonString(key);
    text_ += ':';
    text_ += raw;
    return *this;
  }
  std::string Close() { return text_ + "}"; }

 private:
  std::string text_ = "{";
};

// A JSON string, or null for "".
std::string OptionalString(const std::string& s) { return s.empty() ? "null" : JsonString(s); }

std::string IssuesJson(const std::vector<code::Issue>& issues) {
  std::string out = "[";
  for (size_t i = 0; i < issues.size(); ++i) {
    out += i ? "," : "";
    out += JsonObject()
               .Str("code", issues[i].code)
               .Raw("count", std::to_string(issues[i].count))
               .Close();
  }
  return out + "]";
}

std::string ProvenanceJson(const code::Event& e) {
  return JsonObject()
      .Str("verb", e.verb_entry)
      .Str("pattern", e.pattern)
      .Str("pattern_entry", e.pattern_entry)
      .Str("source_actor", e.source_info.entry)
      .Raw("source_agents", JsonList(e.source_info.agents))
      .Str("target_actor", e.target_info.entry)
      .Raw("target_agents", JsonList(e.target_info.agents))
      .Close();
}

void JsonLinesWriter::Write(const SentenceContext& c, const code::SentenceResult& r,
                            const code::Event& e) {
  const dict::CameoCode* info = cameo_ ? cameo_->Find(e.code) : nullptr;
  int quad = info ? info->quad_class : dict::CameoTable::QuadClassOfRoot(e.code);
  char goldstein[16] = "null";
  if (info) std::snprintf(goldstein, sizeof goldstein, "%.1f", info->goldstein);
  std::string line = JsonObject()
                         .Str("doc_id", c.story_id)
                         .Str("sentence_id", c.sentence_id)
                         .Str("date", DateString(c.date))
                         .Str("source", e.source)
                         .Str("target", e.target)
                         .Str("code", e.code)
                         .Str("root", e.code.substr(0, 2))
                         .Raw("quad_class", quad ? std::to_string(quad) : "null")
                         .Raw("goldstein", goldstein)
                         .Raw("plover_type", OptionalString(info ? info->plover_type : ""))
                         .Raw("plover_mode", OptionalString(info ? info->plover_mode : ""))
                         .Raw("future", e.future ? "true" : "false")
                         .Raw("issues", IssuesJson(r.issues))
                         .Str("source_text", e.source_info.text)
                         .Str("target_text", e.target_info.text)
                         .Str("verb_text", e.verb_text)
                         .Raw("passive", e.passive ? "true" : "false")
                         .Raw("provenance", ProvenanceJson(e))
                         .Close();
  line += '\n';
  std::fputs(line.c_str(), out_);
  ++written_;
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
  std::FILE* out_;
  long written_ = 0;
};

void ExplanationWriter::Actor(const char* role, const std::string& code,
                              const code::ActorProvenance& p) {
  std::fprintf(out_, "    %-7s %-12s \"%s\"", role, code.c_str(), p.text.c_str());
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
  for (const code::Event& e : r.events) {
    std::fprintf(out_, "  event %s -> %s  %s%s\n", e.source.c_str(), e.target.c_str(),
                 e.code.c_str(), e.passive ? "  (passive: source and target swapped)" : "");
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
