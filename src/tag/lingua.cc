// The Lingua::EN::Tagger compiler. Emission scores are log P(tag | key) -
// log P(tag), with P(tag) the tag's share of all word tokens in words.yml; the
// transition table is Lingua's P(next | tag) interpolated with P(next) so that
// no transition is impossible (Lingua omits the zeros).
#include "lingua.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::tag {
namespace {

// Weight of the unigram distribution in the smoothed transitions.
constexpr double kUnigramWeight = 0.001;

struct LineMap {
  std::string key;
  std::vector<std::pair<std::string, double>> values;  // Lingua tag -> number
};

std::string PennName(std::string_view lingua) {
  static const std::map<std::string_view, std::string_view> kRenamed = {
      {"det", "DT"},  {"pp", "."},      {"ppc", ","},    {"pps", ":"},
      {"ppl", "``"},  {"ppr", "''"},    {"ppd", "$"},    {"prps", "PRP$"},
      {"wps", "WP$"}, {"lrb", "-LRB-"}, {"rrb", "-RRB-"}};
  auto it = kRenamed.find(lingua);
  if (it != kRenamed.end()) return std::string(it->second);
  return ToUpperAscii(lingua);
}

bool ParseNumber(std::string_view s, double* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*v) && *v >= 0;
}

// Parses `key: { a: 1, b: 2.5 }` (key optionally in double quotes).
bool ParseLine(std::string_view line, LineMap* out) {
  size_t body;
  if (!line.empty() && line[0] == '"') {
    size_t close = line.find('"', 1);
    if (close == std::string_view::npos || line.substr(close, 4) != "\": {") return false;
    out->key = std::string(line.substr(1, close - 1));
    body = close + 4;
  } else {
    size_t colon = line.find(": {");
    if (colon == std::string_view::npos || colon == 0) return false;
    out->key = std::string(line.substr(0, colon));
    body = colon + 3;
  }
  std::string_view rest = Trim(line.substr(body));
  if (rest.empty() || rest.back() != '}') return false;
  rest = Trim(rest.substr(0, rest.size() - 1));
  out->values.clear();
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = Trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : Trim(rest.substr(comma + 1));
    size_t colon = item.find(':');
    if (colon == std::string_view::npos) return false;
    double v = 0;
    if (!ParseNumber(Trim(item.substr(colon + 1)), &v)) return false;
    out->values.emplace_back(std::string(Trim(item.substr(0, colon))), v);
  }
  return !out->values.empty();
}

// Calls fn(map) for each map line of `text`; errors name `name`:line.
template <typename Fn>
Status ForEachMap(std::string_view text, std::string_view name, Fn&& fn) {
  Status status;
  LineMap map;
  ForEachLine(text, [&](std::string_view line, int number) {
    if (!status.ok() || Trim(line).empty() || line.starts_with("---")) return;
    const std::string where = std::string(name) + ":" + std::to_string(number) + ": ";
    if (!ParseLine(line, &map)) {
      status = Status::InvalidInput(where + "expected 'key: { tag: number, ... }'");
      return;
    }
    status = fn(map);
    if (!status.ok()) status = status.WithPrefix(where.substr(0, where.size() - 2));
  });
  return status;
}

class Compiler {
 public:
  Status Run(const LinguaSources& s, ModelData* out);

 private:
  StatusOr<int> TagId(const std::string& lingua);
  Status AddCounts(const LineMap& map);
  Status AddTransitions(const LineMap& map);
  Status AddVerbForms(std::span<const std::string> forms);
  void Finish(ModelData* out);

  std::map<std::string, int> ids_;  // Penn name -> id
  std::vector<std::string> names_;
  std::vector<std::pair<std::string, std::vector<std::pair<int, double>>>> counts_;
  std::map<std::pair<int, int>, double> trans_;
  std::map<std::string, size_t, std::less<>> key_index_;  // into counts_
  size_t num_words_ = 0;  // counts_ entries from words.yml (the rest are classes)
};

StatusOr<int> Compiler::TagId(const std::string& lingua) {
  std::string penn = PennName(lingua);
  if (StaticPennTag(penn).empty()) return Status::InvalidInput("unknown tag '" + lingua + "'");
  auto [it, added] = ids_.emplace(penn, static_cast<int>(names_.size()));
  if (added) names_.push_back(penn);
  if (names_.size() > kMaxTags) return Status::InvalidInput("too many tags");
  return it->second;
}

Status Compiler::AddCounts(const LineMap& map) {
  std::vector<std::pair<int, double>> tags;
  for (const auto& [tag, count] : map.values) {
    DYAD_ASSIGN_OR_RETURN(int id, TagId(tag));
    for (const auto& seen : tags) {
      if (seen.first == id) return Status::InvalidInput("tag '" + tag + "' repeated");
    }
    if (count > 0) tags.emplace_back(id, count);
  }
  if (tags.empty()) return Status::Ok();
  if (!key_index_.emplace(map.key, counts_.size()).second) {
    return Status::InvalidInput("key '" + map.key + "' repeated");
  }
  counts_.emplace_back(map.key, std::move(tags));
  return Status::Ok();
}

Status Compiler::AddTransitions(const LineMap& map) {
  DYAD_ASSIGN_OR_RETURN(int from, TagId(map.key));
  for (const auto& [tag, p] : map.values) {
    DYAD_ASSIGN_OR_RETURN(int to, TagId(tag));
    trans_[{from, to}] = p;
  }
  return Status::Ok();
}

// The verb tags a dictionary's irregular form may bear: "-ing" forms are
// gerunds, "-s" forms ("vetoes") present tenses, the rest ("overran",
// "retaken") past tenses or participles.
std::vector<std::string> VerbTagsOfForm(std::string_view form) {
  if (form.ends_with("ing")) return {"vbg"};
  if (form.ends_with("s") && !form.ends_with("ss")) return {"vbz"};
  return {"vbd", "vbn"};
}

// "overran" (unknown), "slew" (a noun only): one count for each verb tag the
// form may bear, so that the context chooses between them and a noun. A word
// the lexicon lists with any verb tag keeps its counts ("is", "took"). The
// new words come after the first num_words_ and leave the tag priors alone.
Status Compiler::AddVerbForms(std::span<const std::string> forms) {
  for (const std::string& form : forms) {
    std::vector<std::pair<int, double>> verb;
    for (const std::string& tag : VerbTagsOfForm(form)) {
      DYAD_ASSIGN_OR_RETURN(int id, TagId(tag));
      verb.emplace_back(id, 1.0);
    }
    auto it = key_index_.find(form);
    if (it == key_index_.end()) {
      key_index_.emplace(form, counts_.size());
      counts_.emplace_back(form, std::move(verb));
      continue;
    }
    auto& tags = counts_[it->second].second;
    const bool has_verb = std::any_of(tags.begin(), tags.end(), [&](const auto& tc) {
      return names_[tc.first].starts_with("VB") || names_[tc.first] == "MD";
    });
    if (!has_verb) tags.insert(tags.end(), verb.begin(), verb.end());
  }
  return Status::Ok();
}

Status Compiler::Run(const LinguaSources& s, ModelData* out) {
  auto counts = [this](const LineMap& m) { return AddCounts(m); };
  DYAD_RETURN_IF_ERROR(ForEachMap(s.words_yml, s.words_name, counts));
  num_words_ = counts_.size();
  DYAD_RETURN_IF_ERROR(ForEachMap(s.unknown_yml, s.unknown_name, counts));
  DYAD_RETURN_IF_ERROR(
      ForEachMap(s.tags_yml, s.tags_name, [this](const LineMap& m) { return AddTransitions(m); }));
  if (num_words_ == 0) return Status::InvalidInput(std::string(s.words_name) + ": no words");
  DYAD_RETURN_IF_ERROR(AddVerbForms(s.verb_forms));
  if (ids_.count(".") == 0) {
    return Status::InvalidInput(std::string(s.tags_name) + ": no sentence-end tag 'pp'");
  }
  Finish(out);
  return Status::Ok();
}

void Compiler::Finish(ModelData* out) {
  const int n = static_cast<int>(names_.size());
  std::vector<double> prior(n, 0.0);  // token counts per tag over the words
  double total = 0;
  for (size_t w = 0; w < num_words_; ++w) {
    for (const auto& [tag, count] : counts_[w].second) prior[tag] += count, total += count;
  }
  for (double& p : prior) p = std::max(p, 0.5) / total;  // a tag only classes use is rare
  out->tags = names_;
  out->transitions.assign((n + 1) * n, 0.0f);
  const int start = ids_.at(".");  // Lingua starts a sentence after a full stop
  for (int from = 0; from <= n; ++from) {
    for (int to = 0; to < n; ++to) {
      auto it = trans_.find({from == n ? start : from, to});
      double p = it == trans_.end() ? 0.0 : it->second;
      out->transitions[from * n + to] =
          static_cast<float>(std::log((1 - kUnigramWeight) * p + kUnigramWeight * prior[to]));
    }
  }
  for (const auto& [key, tags] : counts_) {
    double sum = 0;
    for (const auto& tc : tags) sum += tc.second;
    std::vector<Candidate> cands;
    for (const auto& [tag, count] : tags) {
      cands.push_back({static_cast<uint8_t>(tag),
                       static_cast<float>(std::log(count / sum) - std::log(prior[tag]))});
    }
    out->entries.emplace_back(key, std::move(cands));
  }
}

}  // namespace

StatusOr<ModelData> CompileLingua(const LinguaSources& sources) {
  Compiler compiler;
  ModelData data;
  DYAD_RETURN_IF_ERROR(compiler.Run(sources, &data));
  return data;
}

StatusOr<ModelData> CompileLinguaDir(const std::string& dir,
                                     std::span<const std::string> verb_forms) {
  DYAD_ASSIGN_OR_RETURN(std::string words, ReadFile(dir + "/words.yml"));
  DYAD_ASSIGN_OR_RETURN(std::string unknown, ReadFile(dir + "/unknown.yml"));
  DYAD_ASSIGN_OR_RETURN(std::string tags, ReadFile(dir + "/tags.yml"));
  const std::string w = dir + "/words.yml", u = dir + "/unknown.yml", t = dir + "/tags.yml";
  return CompileLingua({words, unknown, tags, w, u, t, verb_forms});
}

}  // namespace dyad::tag
