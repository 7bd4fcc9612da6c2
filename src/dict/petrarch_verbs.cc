// Reader for PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt and the
// validation verbs file).
//
// The file has synsets ("&NAME" then "+MEMBER" lines), verb blocks
// ("--- MEANING [CODE] ---" then verb lines and "- ... * ... [CODE]" pattern
// lines), and transformations ("~ ..."), which are counted but not yet used.
#include <algorithm>
#include <set>

#include "dict/pattern_syntax.h"
#include "dict/petrarch_lines.h"
#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

namespace {

// "{A B, C}" contents of `s`, upper-cased; forms are separated by spaces or
// commas. `found` says whether braces exist.
std::vector<std::string> BraceForms(std::string_view s, bool* found) {
  size_t open = s.find('{');
  *found = open != std::string_view::npos;
  if (!*found) return {};
  size_t close = s.find('}', open);
  std::string inside = ToUpperAscii(s.substr(open + 1, close - open - 1));
  std::replace(inside.begin(), inside.end(), ',', ' ');
  std::vector<std::string> out;
  for (std::string_view w : SplitWhitespace(inside)) out.emplace_back(w);
  return out;
}

class VerbReader {
 public:
  VerbReader(Dictionaries* dicts, SourceRef where) : dicts_(dicts), where_(where) {}
  void Line(std::string_view s, int number);
  // Reports the synsets first used in this file that it never defines.
  void Finish();

 private:
  void Warn(const std::string& reason) { dicts_->diagnostics.Warn(where_, reason); }
  void StartBlock(std::string_view s);
  void AddSynsetMember(std::string_view s);
  void EmbedSynset(std::string name);
  int UseSynset(std::string name);
  void AddVerbLine(std::string_view s);
  void AddVerbForm(const std::string& phrase, const std::string& code, const std::string& text);
  void AddPattern(std::string_view s);
  void AddTransformation(std::string_view s);

  Dictionaries* dicts_;
  SourceRef where_;
  int synset_ = -1;         // the synset whose members are being read
  bool no_plural_ = false;  // the synset's name ends in '_': members get no plural
  int block_ = -1;
};

void VerbReader::Line(std::string_view s, int number) {
  where_.line = number;
  if (s.starts_with("---")) return StartBlock(s);
  if (s[0] == '&') {
    std::string name = ToUpperAscii(SplitWhitespace(s)[0]);
    if (name.size() > 1 && name.back() == '_') name.pop_back();
    synset_ = dicts_->verbs.SynsetIndex(name);
    Synset& synset = dicts_->verbs.mutable_synset(synset_);
    if (synset.defined) Warn("synset " + name + " defined twice; members added");
    synset.defined = true;
    synset.where = where_;
    no_plural_ = s.find('_') != std::string_view::npos && SplitWhitespace(s)[0].back() == '_';
    return;
  }
  if (s[0] == '+' && synset_ >= 0) return AddSynsetMember(s.substr(1));
  synset_ = -1;
  if (s[0] == '~') return AddTransformation(s.substr(1));
  if (s[0] == '-') return AddPattern(s.substr(1));
  if (block_ < 0) return Warn("verb outside a --- block ---");
  AddVerbLine(s);
}

void VerbReader::StartBlock(std::string_view s) {
  std::string_view body = Trim(s.substr(3));
  if (body.ends_with("---")) body = Trim(body.substr(0, body.size() - 3));
  std::vector<std::string_view> codes = BracketGroups(body);
  VerbBlock block;
  block.meaning = ToUpperAscii(Trim(body.substr(0, body.find('['))));
  block.code = codes.empty() || codes[0].empty() ? "---" : std::string(codes[0]);
  block.where = where_;
  block_ = dicts_->verbs.AddBlock(std::move(block));
  synset_ = -1;
}

void VerbReader::AddSynsetMember(std::string_view s) {
  std::string member = ToUpperAscii(Trim(s));
  bool no_plural = no_plural_ || member.ends_with('_');
  if (member.starts_with('&')) return EmbedSynset(std::move(member));
  std::vector<WordId> words;
  std::vector<bool> adjacent;
  SplitName(member, &dicts_->vocabulary, &words, &adjacent);
  if (words.empty()) return Warn("empty synset member");
  Synset& synset = dicts_->verbs.mutable_synset(synset_);
  synset.members.push_back(words);
  if (no_plural) return;
  std::string last(dicts_->vocabulary.Word(words.back()));
  words.back() = dicts_->vocabulary.Intern(PluralOf(last));
  synset.members.push_back(std::move(words));
}

// Copies the members of synset `name` ("+&OTHER") into the current one,
// skipping those it already has: a synset embedded twice, or in itself, must
// not double the members each time.
void VerbReader::EmbedSynset(std::string name) {
  int other = UseSynset(std::move(name));
  if (!dicts_->verbs.synset(other).defined) {
    return Warn("synset " + dicts_->verbs.synset(other).name + " used before it is defined");
  }
  const std::vector<std::vector<WordId>>& from = dicts_->verbs.synset(other).members;
  Synset& target = dicts_->verbs.mutable_synset(synset_);
  std::set<std::vector<WordId>> known(target.members.begin(), target.members.end());
  for (size_t i = 0, n = from.size(); i < n; ++i) {
    if (known.insert(from[i]).second) target.members.push_back(from[i]);
  }
}

// The index of synset `name` ("&NAME" or "&NAME_"), remembering where an
// undefined synset is first used so that Finish() can point at it.
int VerbReader::UseSynset(std::string name) {
  if (name.size() > 1 && name.back() == '_') name.pop_back();
  int index = dicts_->verbs.SynsetIndex(name);
  Synset& synset = dicts_->verbs.mutable_synset(index);
  if (!synset.defined && synset.where.line == 0) synset.where = where_;
  return index;
}

void VerbReader::Finish() {
  for (size_t i = 0; i < dicts_->verbs.num_synsets(); ++i) {
    const Synset& synset = dicts_->verbs.synset(static_cast<int>(i));
    if (synset.defined || synset.where.file != where_.file) continue;
    dicts_->diagnostics.Warn(
        synset.where,
        "synset " + synset.name + " is used but never defined; its patterns never match");
  }
}

void VerbReader::AddVerbLine(std::string_view s) {
  std::vector<std::string_view> codes = BracketGroups(s);
  const VerbBlock& block = dicts_->verbs.block(block_);
  std::string code = codes.empty() ? block.code : std::string(codes[0]);
  size_t cut = std::min(s.find('{'), s.find('['));
  std::string base = ToUpperAscii(Trim(s.substr(0, cut)));
  if (base.empty()) return Warn("malformed verb '" + std::string(s) + "'");
  // "LASH OUT" is written like LASH_OUT; without a + the first word is the verb.
  std::replace(base.begin(), base.end(), ' ', '_');
  if (base.find('_') != std::string::npos && base.find('+') == std::string::npos)
    base.insert(0, "+");
  bool has_braces;
  std::vector<std::string> forms = BraceForms(s, &has_braces);
  bool multi_word = base.find('_') != std::string::npos || base[0] == '+';
  if (!has_braces) {
    if (!multi_word) {
      forms = RegularVerbForms(base);
    } else {
      size_t plus = base.find('+');
      if (plus == std::string::npos)
        return Warn("multi-word verb '" + base + "' needs a + on its verb");
      size_t end = base.find('_', plus);
      std::string root =
          base.substr(plus + 1, end == std::string::npos ? std::string::npos : end - plus - 1);
      for (const std::string& form : RegularVerbForms(root)) {
        forms.push_back(base.substr(0, plus + 1) + form +
                        (end == std::string::npos ? "" : base.substr(end)));
      }
    }
  } else {
    forms.insert(forms.begin(), base);
  }
  for (const std::string& form : forms) AddVerbForm(form, code, base);
}

void VerbReader::AddVerbForm(const std::string& phrase, const std::string& code,
                             const std::string& text) {
  VerbForm form;
  form.block = block_;
  form.code = code;
  form.where = where_;
  form.text = text;
  std::vector<std::string_view> parts;
  std::string_view rest = phrase;
  while (true) {
    size_t us = rest.find('_');
    if (!rest.substr(0, us).empty()) parts.push_back(rest.substr(0, us));
    if (us == std::string_view::npos) break;
    rest.remove_prefix(us + 1);
  }
  int verb_at = parts.size() == 1 ? 0 : -1;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i][0] == '+') verb_at = static_cast<int>(i);
  }
  if (verb_at < 0) return Warn("multi-word verb form '" + phrase + "' needs a + on its verb");
  for (std::string_view& part : parts) {
    if (part[0] == '+') part.remove_prefix(1);
    if (part.empty()) return Warn("verb form '" + phrase + "' has a + without a word");
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view w = parts[i];
    WordId id = dicts_->vocabulary.Intern(w);
    if (static_cast<int>(i) < verb_at) form.before.push_back(id);
    if (static_cast<int>(i) == verb_at) form.verb = id;
    if (static_cast<int>(i) > verb_at) form.after.push_back(id);
  }
  dicts_->verbs.AddForm(std::move(form));
}

void VerbReader::AddPattern(std::string_view s) {
  if (block_ < 0) return Warn("pattern outside a --- block ---");
  std::vector<std::string_view> codes = BracketGroups(s);
  if (codes.empty() || codes.back().empty()) return Warn("pattern without a [CODE]");
  std::string_view body = Trim(s.substr(0, s.find('[')));
  size_t star = body.find('*');
  if (star == std::string_view::npos || body.find('*', star + 1) != std::string_view::npos) {
    return Warn("pattern needs exactly one * for the verb");
  }
  Pattern p;
  p.code = std::string(codes.back());
  p.block = block_;
  p.where = where_;
  p.text = "-" + std::string(s);
  auto synset = [this](std::string name) { return UseSynset(std::move(name)); };
  ParsePatternSide(body.substr(0, star), /*before=*/true, &dicts_->vocabulary, synset, &p.before);
  ParsePatternSide(body.substr(star + 1), /*before=*/false, &dicts_->vocabulary, synset, &p.after);
  p.specificity = PatternSpecificity(p);
  dicts_->verbs.AddPattern(std::move(p));
}

void VerbReader::AddTransformation(std::string_view s) {
  auto t = ParseTransformation(s);
  if (!t.ok()) return Warn(t.status().message());
  t->where = where_;
  dicts_->verbs.AddTransformation(std::move(t).value());
}

}  // namespace

Status ReadVerbs(std::string_view text, const std::string& file, Dictionaries* dicts) {
  VerbReader reader(dicts, {dicts->diagnostics.AddFile(file), 0});
  ForEachLine(text, [&](std::string_view line, int number) {
    // PETRARCH2's format announces its patterns with this banner (a comment
    // line); its "X:Y" codes are active:passive pairs.
    if (line.find("####### VERB PATTERNS") != std::string_view::npos) {
      dicts->verbs.set_colon_codes(ColonCodes::kActivePassive);
    }
    std::string_view s = CleanLine(line);
    if (!s.empty()) reader.Line(s, number);
  });
  reader.Finish();
  return Status::Ok();
}

}  // namespace dyad::dict::petrarch
