// Reader for dyad's own dictionary format (docs/dictionaries.md).
//
// A file is a list of blocks: a header line ("country FRA", "verb 040
// consult") followed by indented "key: value" fields. Each block compiles into
// the structures the PETRARCH readers fill (actors, agents, verb blocks, forms,
// patterns, synsets, discards), plus the examples that test them and the
// office terms that say who held a title when.
#include <algorithm>
#include <filesystem>
#include <set>

#include "dict/pattern_syntax.h"
#include "dict/petrarch_lines.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/text/tokenizer.h"

namespace dyad::dict {

namespace {

constexpr int kMaxIncludeDepth = 16;
constexpr Date kDefaultExampleDate = 20240601;

// The text before a comment: '#' at the start or after white space.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

// Splits "a; b (x; y); c" at the semicolons outside parentheses.
std::vector<std::string_view> SplitList(std::string_view value) {
  std::vector<std::string_view> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ';';
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c != ';' || (depth > 0 && i < value.size())) continue;
    std::string_view item = Trim(value.substr(start, i - start));
    if (!item.empty()) items.push_back(item);
    start = i + 1;
  }
  return items;
}

// "&19_weapon" -> "&19-WEAPON": in PETRARCH's pattern syntax '_' joins words.
std::string SynsetName(std::string_view name) {
  std::string upper = ToUpperAscii(name);
  std::replace(upper.begin(), upper.end(), '_', '-');
  return upper;
}

// Parses "A..B", "A..", "..B" (ISO days, both included) into [from, until).
StatusOr<DatedCode> ParseRange(std::string_view range) {
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    return Status::InvalidInput("date range '" + std::string(range) + "' needs '..'");
  }
  DatedCode code;
  std::string_view first = Trim(range.substr(0, dots)), last = Trim(range.substr(dots + 2));
  if (!first.empty()) {
    DYAD_ASSIGN_OR_RETURN(code.from, ParseDate(first));
  }
  if (!last.empty()) {
    DYAD_ASSIGN_OR_RETURN(Date last_day, ParseDate(last));
    code.until = NextDay(last_day);
  }
  if (code.from != kNoDate && code.until != kNoDate && code.until <= code.from) {
    return Status::InvalidInput("date range '" + std::string(range) + "' ends before it starts");
  }
  return code;
}

// "CODE" or "CODE RANGE".
StatusOr<DatedCode> ParseCodeWithRange(std::string_view s) {
  std::vector<std::string_view> parts = SplitWhitespace(s);
  if (parts.empty() || parts.size() > 2) {
    return Status::InvalidInput("expected 'CODE' or 'CODE FROM..TO', got '" + std::string(s) + "'");
  }
  DatedCode code;
  if (parts.size() == 2) {
    DYAD_ASSIGN_OR_RETURN(code, ParseRange(parts[1]));
  }
  code.code = std::string(parts[0]);
  return code;
}

// "verbs/*.txt": the matching files of that folder in name order; a name
// without '*' stands for itself (and must exist).
std::vector<std::string> ExpandInclude(const std::filesystem::path& dir, std::string_view name) {
  size_t star = name.find('*');
  if (star == std::string_view::npos) return {(dir / std::string(name)).string()};
  std::filesystem::path pattern = dir / std::string(name);
  std::string prefix = pattern.filename().string(), suffix;
  size_t cut = prefix.find('*');
  suffix = prefix.substr(cut + 1);
  prefix = prefix.substr(0, cut);
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(pattern.parent_path(), ec)) {
    std::string file = entry.path().filename().string();
    if (entry.is_regular_file() && file.size() >= prefix.size() + suffix.size() &&
        file.starts_with(prefix) && file.ends_with(suffix)) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct PendingOffice {
  int person = -1;
  std::string office;
  DatedCode term;
  SourceRef where;
};

class DyadReader {
 public:
  explicit DyadReader(Dictionaries* dicts) : dicts_(dicts) {}
  Status ReadFile(const std::string& path, int depth);
  void Finish();

 private:
  enum class Kind {
    kNone,
    kCountry,
    kActor,
    kOffice,
    kPerson,
    kAgent,
    kVerb,
    kSynset,
    kTransformations,
    kDiscard,
    kUnknown
  };

  void Warn(const std::string& reason) { dicts_->diagnostics.Warn(where_, reason); }
  void Lint(const std::string& problem) {
    dicts_->lint.push_back(dicts_->diagnostics.Describe(where_) + ": " + problem);
  }
  Status Line(std::string_view line, const std::string& path, int depth);
  void StartBlock(std::string_view header);
  void EndBlock();
  void Field(std::string_view key, std::string_view value);
  void ActorField(std::string_view key, std::string_view value);
  void VerbField(std::string_view key, std::string_view value);
  int NewActor(std::string name, std::vector<DatedCode> codes);
  void AddActorName(std::string_view name, int actor);
  void AddAgentName(std::string_view name, bool equipment);
  void AddLemma(std::string_view lemma);
  void AddPattern(std::string_view text);
  void AddExample(std::string_view text);
  void ExpectExample(const char* what);
  std::vector<WordId> TokenWords(std::string_view text);
  bool AddName(PhraseIndex& index, std::span<const WordId> words, int entry);

  Dictionaries* dicts_;
  SourceRef where_;
  std::set<std::string> open_files_;
  text::Tokenizer tokenizer_;
  std::vector<text::Token> tokens_;
  std::vector<WordId> plain_;  // scratch for AddName

  Kind kind_ = Kind::kNone;
  std::string code_;  // the block's code (country, actor, agent, verb)
  int actor_ = -1;    // country name / actor / office / person entry
  int capital_ = -1;  // a country's capital entry
  int agent_ = -1;    // index of the agent block's first entry, for examples
  bool agent_prefix_ = false;
  int block_ = -1;  // verb block
  int synset_ = -1;
  std::string needs_example_;  // what the last entry is, until an example follows
  SourceRef needs_example_at_;
  std::vector<PendingOffice> pending_offices_;
};

Status DyadReader::ReadFile(const std::string& path, int depth) {
  if (depth > kMaxIncludeDepth) return Status::InvalidInput(path + ": includes nest too deeply");
  std::error_code ec;
  std::string canonical = std::filesystem::weakly_canonical(path, ec).string();
  if (!open_files_.insert(canonical).second) {
    return Status::InvalidInput(path + ": included twice (or includes itself)");
  }
  DYAD_ASSIGN_OR_RETURN(std::string content, dyad::ReadFile(path));
  SourceRef saved = where_;
  where_ = {dicts_->diagnostics.AddFile(path), 0};
  Status status = Status::Ok();
  ForEachLine(content, [&](std::string_view line, int number) {
    if (!status.ok()) return;
    where_.line = number;
    status = Line(line, path, depth);
  });
  EndBlock();
  kind_ = Kind::kNone;
  where_ = saved;
  return status;
}

Status DyadReader::Line(std::string_view line, const std::string& path, int depth) {
  std::string_view s = StripComment(line);
  if (Trim(s).empty()) return Status::Ok();
  bool indented = s[0] == ' ' || s[0] == '\t';
  s = Trim(s);
  if (!indented && s.starts_with("include:")) {
    EndBlock();
    kind_ = Kind::kNone;
    std::filesystem::path dir = std::filesystem::path(path).parent_path();
    for (const std::string& included : ExpandInclude(dir, Trim(s.substr(8)))) {
      DYAD_RETURN_IF_ERROR(ReadFile(included, depth + 1));
    }
    return Status::Ok();
  }
  if (!indented) {
    StartBlock(s);
    return Status::Ok();
  }
  size_t colon = s.find(':');
  if (colon == std::string_view::npos) {
    Warn("expected 'key: value', got '" + std::string(s) + "'");
  } else if (kind_ == Kind::kNone) {
    Warn("field outside a block");
  } else if (kind_ != Kind::kUnknown) {
    Field(Trim(s.substr(0, colon)), Trim(s.substr(colon + 1)));
  }
  return Status::Ok();
}

void DyadReader::StartBlock(std::string_view header) {
  EndBlock();
  std::vector<std::string_view> parts = SplitWhitespace(header);
  std::string_view kind = parts[0];
  std::string_view rest = Trim(header.substr(kind.size()));
  std::string_view first = parts.size() > 1 ? parts[1] : std::string_view();
  code_.assign(first);
  needs_example_.clear();
  ++dicts_->block_counts[std::string(kind)];
  if (kind == "country" || kind == "actor" || kind == "agent" || kind == "verb" ||
      kind == "synset" || kind == "office" || kind == "person") {
    if (first.empty()) {
      kind_ = Kind::kUnknown;
      return Warn("'" + std::string(kind) + "' needs an argument");
    }
  }
  if (kind == "country") {
    kind_ = Kind::kCountry;
    actor_ = NewActor(std::string(first), {DatedCode{std::string(first)}});
    dicts_->actors.actors()[actor_].country = true;
    capital_ = -1;
    ExpectExample("country");
  } else if (kind == "actor") {
    kind_ = Kind::kActor;
    actor_ = NewActor(std::string(rest), {});
    ExpectExample("actor");
  } else if (kind == "office") {
    if (parts.size() != 3) {
      kind_ = Kind::kUnknown;
      return Warn("expected 'office ID CODE'");
    }
    kind_ = Kind::kOffice;
    actor_ = NewActor(std::string(first), {DatedCode{std::string(parts[2])}});
    dicts_->actors.actors()[actor_].office.assign(first);
    ExpectExample("office");
  } else if (kind == "person") {
    kind_ = Kind::kPerson;
    actor_ = NewActor(std::string(rest), {});
    dicts_->actors.actors()[actor_].person = true;
    AddActorName(rest, actor_);
    ExpectExample("person");
  } else if (kind == "agent") {
    kind_ = Kind::kAgent;
    agent_prefix_ = code_.ends_with('~');
    if (agent_prefix_) code_.pop_back();
    agent_ = static_cast<int>(dicts_->agents.agents().size());
    ExpectExample("agent");
  } else if (kind == "verb") {
    kind_ = Kind::kVerb;
    VerbBlock block;
    block.code = code_;
    block.meaning = ToUpperAscii(Trim(rest.substr(first.size())));
    block.where = where_;
    block_ = dicts_->verbs.AddBlock(std::move(block));
    ExpectExample("verb");
  } else if (kind == "synset") {
    kind_ = Kind::kSynset;
    synset_ = dicts_->verbs.SynsetIndex(SynsetName(first));
    Synset& synset = dicts_->verbs.mutable_synset(synset_);
    if (synset.defined) Lint("synset " + synset.name + " is defined twice");
    synset.defined = true;
    synset.where = where_;
  } else if (kind == "transformations") {
    kind_ = Kind::kTransformations;
  } else if (kind == "discard") {
    kind_ = Kind::kDiscard;
  } else {
    kind_ = Kind::kUnknown;
    Warn("unknown block '" + std::string(kind) + "'");
  }
}

void DyadReader::EndBlock() {
  if (!needs_example_.empty()) {
    SourceRef saved = where_;
    where_ = needs_example_at_;
    Lint(needs_example_ + " has no example");
    where_ = saved;
    needs_example_.clear();
  }
  // "actor CODE" without code: lines codes as its header.
  if (kind_ == Kind::kActor && dicts_->actors.actors()[actor_].codes.empty()) {
    dicts_->actors.actors()[actor_].codes.push_back(DatedCode{code_});
  }
}

void DyadReader::ExpectExample(const char* what) {
  needs_example_ = what;
  needs_example_at_ = where_;
}

int DyadReader::NewActor(std::string name, std::vector<DatedCode> codes) {
  Actor actor;
  actor.name = std::move(name);
  actor.codes = std::move(codes);
  actor.where = where_;
  dicts_->actors.actors().push_back(std::move(actor));
  return static_cast<int>(dicts_->actors.actors().size() - 1);
}

// The upper-case word ids of `text` as dyad's tokenizer splits it, without a
// leading article.
std::vector<WordId> DyadReader::TokenWords(std::string_view text) {
  tokenizer_.Tokenize(text, text::Span{0, static_cast<uint32_t>(text.size())}, &tokens_);
  std::vector<WordId> words;
  std::string upper;
  for (const text::Token& token : tokens_) {
    upper.clear();
    AppendUpperAscii(token.text, &upper);
    if (words.empty() && (upper == "THE" || upper == "A" || upper == "AN") && tokens_.size() > 1)
      continue;
    words.push_back(dicts_->vocabulary.Intern(upper));
  }
  // "U.S." alone tokenises as a sentence end ("U.S." "."); in text the name
  // mostly stands mid-sentence, where it is one token.
  if (words.size() > 1 && dicts_->vocabulary.Word(words.back()) == ".") words.pop_back();
  return words;
}

// Adds the name `words` of `entry` to `index`, and again without the
// possessive markers inside it ("People 's", "Workers '"), as the coder reads
// a sentence's phrases ("the Tigray People's Liberation Front", "China's
// People's Liberation Army"). False for an empty name.
bool DyadReader::AddName(PhraseIndex& index, std::span<const WordId> words, int entry) {
  if (!index.Add(words, {}, entry)) return false;
  plain_.clear();
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = dicts_->vocabulary.Word(words[i]);
    if (i > 0 && (w == "'S" || w == "'")) continue;
    plain_.push_back(words[i]);
  }
  if (plain_.size() != words.size()) index.Add(plain_, {}, entry);
  return true;
}

void DyadReader::AddActorName(std::string_view name, int actor) {
  std::vector<WordId> words = TokenWords(name);
  if (!AddName(dicts_->actors.names(), words, actor)) return Warn("empty name");
  std::string joined;
  for (WordId w : words) {
    if (!joined.empty()) joined += ' ';
    joined += dicts_->vocabulary.Word(w);
  }
  dicts_->actor_names.push_back(NameRecord{std::move(joined), actor, where_});
}

void DyadReader::AddAgentName(std::string_view name, bool equipment) {
  Agent agent;
  agent.name = std::string(name);
  agent.code = code_;
  agent.prefix = agent_prefix_;
  agent.needs_owner = equipment;
  agent.where = where_;
  int index = static_cast<int>(dicts_->agents.agents().size());
  std::vector<WordId> words = TokenWords(name);
  if (!AddName(dicts_->agents.names(), words, index)) return Warn("empty agent name");
  dicts_->agents.agents().push_back(std::move(agent));
}

void DyadReader::Field(std::string_view key, std::string_view value) {
  if (key == "example") return AddExample(value);
  switch (kind_) {
    case Kind::kCountry:
    case Kind::kActor:
    case Kind::kOffice:
    case Kind::kPerson:
      return ActorField(key, value);
    case Kind::kAgent:
      if (key != "name" && key != "equipment" && key != "attack") {
        return Warn("agents have 'name', 'equipment', 'attack' and 'example' fields, not '" +
                    std::string(key) + "'");
      }
      for (std::string_view name : SplitList(value)) {
        size_t before = dicts_->agents.agents().size();
        AddAgentName(name, key != "name");
        if (key == "attack" && dicts_->agents.agents().size() > before)
          dicts_->agents.agents().back().attack = true;
      }
      return;
    case Kind::kVerb:
      return VerbField(key, value);
    case Kind::kSynset:
      if (key != "member") return Warn("synsets have 'member' fields");
      for (std::string_view member : SplitList(value)) {
        std::vector<WordId> words;
        for (std::string_view w : SplitWhitespace(member))
          words.push_back(dicts_->vocabulary.Intern(ToUpperAscii(w)));
        dicts_->verbs.mutable_synset(synset_).members.push_back(std::move(words));
      }
      return;
    case Kind::kTransformations: {
      if (key != "transform") return Warn("transformations have 'transform' fields");
      auto t = ParseTransformation(value);
      if (!t.ok()) return Warn(t.status().message());
      t->where = where_;
      dicts_->verbs.AddTransformation(std::move(t).value());
      return;
    }
    case Kind::kDiscard:
      if (key != "phrase") return Warn("discards have 'phrase' and 'example' fields");
      for (std::string_view phrase : SplitList(value)) {
        int index = static_cast<int>(dicts_->discards.entries.size());
        if (!dicts_->discards.phrases.Add(TokenWords(phrase), {}, index)) continue;
        dicts_->discards.entries.push_back(Discard{std::string(phrase), false, where_});
      }
      return;
    default:
      return;
  }
}

void DyadReader::ActorField(std::string_view key, std::string_view value) {
  Actor* actor = &dicts_->actors.actors()[actor_];
  if (key == "name" || ((key == "adjective" || key == "demonym") && kind_ == Kind::kCountry)) {
    for (std::string_view name : SplitList(value)) AddActorName(name, actor_);
  } else if (key == "capital" && kind_ == Kind::kCountry) {
    if (capital_ < 0) {
      capital_ = NewActor(actor->name + " capital", {DatedCode{actor->codes[0].code + "GOV"}});
      dicts_->actors.actors()[capital_].place_metonym = true;
      std::vector<std::string_view> names = SplitList(value);
      if (!names.empty()) dicts_->actors.actors()[capital_].capital_city.assign(names.front());
    }
    for (std::string_view name : SplitList(value)) AddActorName(name, capital_);
  } else if (key == "cameo" && kind_ == Kind::kCountry) {
    actor->codes[0].code.assign(Trim(value));
    if (capital_ >= 0)
      dicts_->actors.actors()[capital_].codes[0].code = actor->codes[0].code + "GOV";
  } else if ((key == "code" && kind_ != Kind::kCountry) ||
             (key == "role" && kind_ == Kind::kPerson)) {
    auto code = ParseCodeWithRange(value);
    if (!code.ok()) return Warn(code.status().message());
    if (key == "role" && !code->restricted()) return Warn("a role needs a date range");
    actor->codes.push_back(std::move(code).value());
  } else if (key == "office" && kind_ == Kind::kPerson) {
    std::vector<std::string_view> parts = SplitWhitespace(value);
    if (parts.size() != 2) return Warn("expected 'office: ID FROM..TO'");
    auto term = ParseRange(parts[1]);
    if (!term.ok()) return Warn(term.status().message());
    pending_offices_.push_back(PendingOffice{actor_, std::string(parts[0]), *term, where_});
  } else {
    Warn("unknown field '" + std::string(key) + "' here");
  }
}

void DyadReader::VerbField(std::string_view key, std::string_view value) {
  if (key == "lemma") {
    for (std::string_view lemma : SplitList(value)) AddLemma(lemma);
  } else if (key == "pattern") {
    AddPattern(value);
  } else if (key == "target") {
    ImplicitTarget& implicit = dicts_->verbs.mutable_block(block_).implicit_target;
    if (Trim(value) == "counterpart") {
      implicit = ImplicitTarget::kCounterpart;
    } else if (Trim(value) == "wronged") {
      implicit = ImplicitTarget::kWronged;
    } else if (Trim(value) == "civilians") {
      implicit = ImplicitTarget::kCivilians;
    } else if (Trim(value) == "government") {
      implicit = ImplicitTarget::kGovernment;
    } else if (Trim(value) == "protesters") {
      implicit = ImplicitTarget::kProtesters;
    } else {
      Warn(
          "a verb's target is 'counterpart', 'wronged', 'civilians', 'government' or "
          "'protesters', not '" +
          std::string(value) + "'");
    }
  } else {
    Warn("verbs have 'lemma', 'pattern', 'target' and 'example' fields, not '" + std::string(key) +
         "'");
  }
}

namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// A word of one syllable ending in one vowel and a consonant, which doubles
// the consonant before -ed and -ing ("ban", "rap", "sit"; not "fix", "row",
// "stay", "seal"); of a hyphenated verb, its last part ("machine-gun").
bool IsShortClosedSyllable(std::string_view verb) {
  const size_t hyphen = verb.rfind('-');
  if (hyphen != std::string_view::npos) verb.remove_prefix(hyphen + 1);
  const size_t n = verb.size();
  if (n < 2 || IsVowel(verb[n - 1]) || verb[n - 1] == 'W' || verb[n - 1] == 'X' ||
      verb[n - 1] == 'Y' || !IsVowel(verb[n - 2]))
    return false;
  for (size_t i = 0; i + 2 < n; ++i) {
    if (IsVowel(verb[i])) return false;  // two vowels, or a second syllable
  }
  return true;
}

bool Lists(const std::vector<std::string>& forms, std::string_view form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

// The regular forms of a lemma's verb word beside its irregular ones:
// "ban" and "admit (admitted)" double the consonant ("banned", "banning",
// "admitting"; not "raped" from "rap (rapped)"), unless the undoubled past is
// listed too ("travel (travelled; traveled)": both) or it ends in "l"; "veto" and "go" take
// -es; "lie" "lying".
std::vector<std::string> VerbForms(const std::string& base,
                                   const std::vector<std::string>& irregular) {
  std::vector<std::string> forms = petrarch::RegularVerbForms(base);
  const size_t n = base.size();
  if (n >= 2 && base[n - 1] == 'O' && !IsVowel(base[n - 2])) forms[1] = base + "ES";
  if (n >= 3 && base.ends_with("IE")) forms[3] = base.substr(0, n - 2) + "YING";
  if (n >= 2 && !IsVowel(base[n - 1])) {
    const std::string doubled = base + base[n - 1];
    if (Lists(irregular, doubled + "ED") ||
        (IsShortClosedSyllable(base) && !Lists(irregular, base + "ED"))) {
      // "signal (signalled)": American English writes "signaled" too.
      if (Lists(irregular, base + "ED") || base[n - 1] == 'L') {
        forms.push_back(doubled + "ING");
      } else {
        forms[2] = doubled + "ED";
        forms[3] = doubled + "ING";
      }
    }
  }
  forms.insert(forms.end(), irregular.begin(), irregular.end());
  return forms;
}

}  // namespace

// "meet (met)", "hold talks (held)", "cease +fire": regular forms of the verb
// word plus the irregular ones in parentheses.
void DyadReader::AddLemma(std::string_view lemma) {
  std::vector<std::string> irregular;
  size_t open = lemma.find('(');
  if (open != std::string_view::npos) {
    size_t close = lemma.find(')', open);
    if (close == std::string_view::npos) return Warn("'(' without ')' in lemma");
    std::string inside(lemma.substr(open + 1, close - open - 1));
    std::replace(inside.begin(), inside.end(), ',', ';');
    for (std::string_view form : SplitList(inside)) irregular.push_back(ToUpperAscii(form));
    lemma = Trim(lemma.substr(0, open));
  }
  std::vector<std::string_view> words = SplitWhitespace(lemma);
  if (words.empty()) return Warn("empty lemma");
  size_t verb_at = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].starts_with('+')) {
      verb_at = i;
      words[i].remove_prefix(1);
    }
  }
  const std::vector<std::string> forms = VerbForms(ToUpperAscii(words[verb_at]), irregular);
  for (const std::string& form : forms) {
    VerbForm verb_form;
    verb_form.block = block_;
    verb_form.code = dicts_->verbs.block(block_).code;
    verb_form.where = where_;
    verb_form.text = std::string(lemma);
    for (size_t i = 0; i < words.size(); ++i) {
      WordId id = dicts_->vocabulary.Intern(i == verb_at ? form : ToUpperAscii(words[i]));
      if (i < verb_at) verb_form.before.push_back(id);
      if (i == verb_at) verb_form.verb = id;
      if (i > verb_at) verb_form.after.push_back(id);
    }
    dicts_->verbs.AddForm(std::move(verb_form));
  }
}

// "SOURCE * with_TARGET => 040": rewritten into PETRARCH's symbols ($ * WITH_+)
// and parsed by the shared pattern parser.
void DyadReader::AddPattern(std::string_view text) {
  ExpectExample("pattern");
  size_t arrow = text.find("=>");
  if (arrow == std::string_view::npos) return Warn("pattern needs '=> CODE'");
  std::string code(Trim(text.substr(arrow + 2)));
  std::string_view body = Trim(text.substr(0, arrow));
  constexpr std::string_view kMutual = " mutual";
  bool mutual = code.ends_with(kMutual);
  if (mutual)
    code = std::string(Trim(std::string_view(code).substr(0, code.size() - kMutual.size())));
  if (code.empty() || code.find(' ') != std::string::npos) return Warn("pattern needs one code");
  if (mutual && code.find(':') != std::string::npos) return Warn("a mutual code has no ':'");
  std::string rewritten;
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == ' ' || body[i] == '_' || body[i] == '\t') {
      rewritten += body[i++];
      continue;
    }
    if (body[i] == '&') {  // a synset name may itself hold '_'
      size_t end = body.find_first_of(" \t", i);
      std::string_view name = body.substr(i, end == std::string_view::npos ? end : end - i);
      rewritten += SynsetName(name);
      i += name.size();
      continue;
    }
    size_t end = body.find_first_of(" _\t", i);
    std::string_view word = body.substr(i, end == std::string_view::npos ? end : end - i);
    if (word == "SOURCE")
      rewritten += '$';
    else if (word == "TARGET")
      rewritten += '+';
    else if (word == "COMPOUND")
      rewritten += '%';
    else if (word == "PHRASE")
      rewritten += '^';
    else
      rewritten += ToUpperAscii(word);
    i += word.size();
  }
  size_t star = rewritten.find('*');
  if (star == std::string::npos || rewritten.find('*', star + 1) != std::string::npos) {
    return Warn("pattern needs exactly one * for the verb");
  }
  Pattern p;
  p.code = std::move(code);
  p.mutual = mutual;
  p.block = block_;
  p.where = where_;
  p.text = std::string(body);
  auto synset = [this](std::string name) { return dicts_->verbs.SynsetIndex(name); };
  std::string_view r = rewritten;
  ParsePatternSide(r.substr(0, star), /*before=*/true, &dicts_->vocabulary, synset, &p.before);
  ParsePatternSide(r.substr(star + 1), /*before=*/false, &dicts_->vocabulary, synset, &p.after);
  p.specificity = PatternSpecificity(p);
  dicts_->verbs.AddPattern(std::move(p));
}

// "[DATE |] TEXT => EXPECTED".
void DyadReader::AddExample(std::string_view text) {
  needs_example_.clear();
  DictionaryExample example;
  example.where = where_;
  example.date = kDefaultExampleDate;
  size_t arrow = text.rfind("=>");
  if (arrow == std::string_view::npos) return Warn("example needs '=> EXPECTED'");
  example.expected = std::string(Trim(text.substr(arrow + 2)));
  std::string_view body = Trim(text.substr(0, arrow));
  size_t bar = body.find('|');
  if (bar != std::string_view::npos) {
    auto date = ParseDate(Trim(body.substr(0, bar)));
    if (!date.ok()) return Warn("example date: " + date.status().message());
    example.date = *date;
    body = Trim(body.substr(bar + 1));
  }
  if (body.empty() || example.expected.empty()) return Warn("example needs text and expectation");
  example.text = std::string(body);
  bool sentence =
      kind_ == Kind::kVerb || kind_ == Kind::kDiscard || kind_ == Kind::kTransformations;
  example.kind = sentence ? DictionaryExample::Kind::kSentence : DictionaryExample::Kind::kPhrase;
  dicts_->examples.push_back(std::move(example));
}

// Gives each person the codes of the offices they held, then the former
// leader's code (the first office's country + ELI) when they have no code of
// their own for other dates.
void DyadReader::Finish() {
  // Words the coder's own rules look for ("thousands of Serbians") are known
  // whatever the files hold.
  for (std::string_view w : {"OF", "THOUSANDS", "HUNDREDS", "DOZENS", "MILLIONS", "SCORES"}) {
    dicts_->vocabulary.Intern(w);
  }
  // ... and the heads of the names of seas ("the Taiwan Strait"), and the
  // "affairs" that make one a portfolio ("Gulf affairs minister").
  for (std::string_view w : kWaterNouns) dicts_->vocabulary.Intern(w);
  dicts_->vocabulary.Intern("AFFAIRS");
  // ... and the nouns of ancestry ("of Pakistani descent").
  for (std::string_view w : kAncestryNouns) dicts_->vocabulary.Intern(w);
  std::unordered_map<std::string, int> offices;
  std::vector<Actor>& actors = dicts_->actors.actors();
  for (size_t i = 0; i < actors.size(); ++i) {
    if (!actors[i].office.empty() &&
        !offices.emplace(actors[i].office, static_cast<int>(i)).second) {
      dicts_->lint.push_back(dicts_->diagnostics.Describe(actors[i].where) + ": office " +
                             actors[i].office + " is defined twice");
    }
  }
  std::vector<bool> had_undated(actors.size());
  for (size_t i = 0; i < actors.size(); ++i) {
    for (const DatedCode& c : actors[i].codes) had_undated[i] = had_undated[i] || !c.restricted();
  }
  for (const PendingOffice& pending : pending_offices_) {
    auto it = offices.find(pending.office);
    if (it == offices.end()) {
      dicts_->diagnostics.Warn(pending.where, "unknown office '" + pending.office + "'");
      continue;
    }
    DatedCode code = pending.term;
    code.code = actors[it->second].codes[0].code;
    Actor& person = actors[pending.person];
    if (!had_undated[pending.person] && !code.code.starts_with("IGO") && code.code.size() >= 3) {
      person.codes.push_back(DatedCode{code.code.substr(0, 3) + "ELI"});
      had_undated[pending.person] = true;
    }
    // Dated codes go before the undated fallback (CodeAt takes the first that holds).
    person.codes.insert(person.codes.begin(), code);
    dicts_->office_terms.push_back(
        OfficeTerm{pending.office, code.from, code.until, pending.person});
  }
}

StatusOr<std::unordered_map<std::string, std::string>> ReadIntentTable(const std::string& path) {
  std::unordered_map<std::string, std::string> table;
  if (!FileExists(path)) return table;
  DYAD_ASSIGN_OR_RETURN(std::string text, dyad::ReadFile(path));
  Status status = Status::Ok();
  ForEachLine(text, [&](std::string_view line, int number) {
    std::string_view s = Trim(StripComment(line));
    if (s.empty() || !status.ok()) return;
    std::vector<std::string_view> parts = SplitWhitespace(s);
    if (parts.size() != 2) {
      status = Status::InvalidInput(path + ":" + std::to_string(number) +
                                    ": expected 'CODE INTENT_CODE'");
      return;
    }
    table.emplace(std::string(parts[0]), std::string(parts[1]));
  });
  if (!status.ok()) return status;
  return table;
}

}  // namespace

StatusOr<std::unique_ptr<Dictionaries>> LoadDyadDictionaries(const std::string& dir) {
  auto dicts = std::make_unique<Dictionaries>();
  std::string root = dir + "/dyad.txt";
  if (!FileExists(root)) {
    return Status::NotFound(dir + ": no dyad.txt here: not a dyad dictionary folder");
  }
  dicts->verbs.set_colon_codes(ColonCodes::kActivePassive);
  dicts->format = Dictionaries::Format::kDyad;
  DyadReader reader(dicts.get());
  DYAD_RETURN_IF_ERROR(reader.ReadFile(root, 0));
  reader.Finish();
  DYAD_ASSIGN_OR_RETURN(dicts->intent_codes, ReadIntentTable(dir + "/cameo/intent.tsv"));
  dicts->Finish();
  return dicts;
}

}  // namespace dyad::dict
