// Reader for PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt and the
// validation verbs file).
//
// The file has synsets ("&NAME" then "+MEMBER" lines), verb blocks
// ("--- MEANING [CODE] ---" then verb lines and "- ... * ... [CODE]" pattern
// lines), and transformations ("~ ..."), which are counted but not yet used.
#include <algorithm>

#include "dict/petrarch_lines.h"
#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// BASE, BASE+S, BASE+ED, BASE+ING with the usual English spelling rules.
std::vector<std::string> RegularVerbForms(const std::string& base) {
  std::vector<std::string> forms{base};
  if (base.empty()) return forms;
  char last = base.back();
  bool consonant_y = last == 'Y' && base.size() > 1 && !IsVowel(base[base.size() - 2]);
  std::string stem_y = base.substr(0, base.size() - 1);
  forms.push_back(PluralOf(base));  // third person singular follows the plural rules
  if (last == 'E') {
    forms.push_back(base + "D");
    forms.push_back(base.ends_with("EE") ? base + "ING" : stem_y + "ING");
  } else if (consonant_y) {
    forms.push_back(stem_y + "IED");
    forms.push_back(base + "ING");
  } else {
    forms.push_back(base + "ED");
    forms.push_back(base + "ING");
  }
  return forms;
}

// "{A B C}" contents of `s`, upper-cased; `found` says whether braces exist.
std::vector<std::string> BraceForms(std::string_view s, bool* found) {
  size_t open = s.find('{');
  *found = open != std::string_view::npos;
  if (!*found) return {};
  size_t close = s.find('}', open);
  std::vector<std::string> out;
  for (std::string_view w : SplitWhitespace(s.substr(open + 1, close - open - 1))) {
    out.push_back(ToUpperAscii(w));
  }
  return out;
}

class VerbReader {
 public:
  VerbReader(Dictionaries* dicts, SourceRef where) : dicts_(dicts), where_(where) {}
  void Line(std::string_view s, int number);

 private:
  void Warn(const std::string& reason) { dicts_->diagnostics.Warn(where_, reason); }
  void StartBlock(std::string_view s);
  void AddSynsetMember(std::string_view s);
  void AddVerbLine(std::string_view s);
  void AddVerbForm(const std::string& phrase, const std::string& code, const std::string& text);
  void AddPattern(std::string_view s);
  bool ParseElements(std::string_view side, std::vector<PatternElement>* out);

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
  if (s[0] == '~') return;  // transformation: not yet supported
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
  if (member.starts_with('&')) {  // embedded synset: copy its members
    int other = dicts_->verbs.SynsetIndex(member);
    Synset copy = dicts_->verbs.synset(other);  // SynsetIndex may have grown the vector
    if (!copy.defined) return Warn("synset " + member + " used before it is defined");
    Synset& target = dicts_->verbs.mutable_synset(synset_);
    target.members.insert(target.members.end(), copy.members.begin(), copy.members.end());
    return;
  }
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
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view w = parts[i];
    if (w[0] == '+') w.remove_prefix(1);
    WordId id = dicts_->vocabulary.Intern(w);
    if (static_cast<int>(i) < verb_at) form.before.push_back(id);
    if (static_cast<int>(i) == verb_at) form.verb = id;
    if (static_cast<int>(i) > verb_at) form.after.push_back(id);
  }
  dicts_->verbs.AddForm(std::move(form));
}

bool VerbReader::ParseElements(std::string_view side, std::vector<PatternElement>* out) {
  std::string cleaned;
  for (char c : side) {
    if (c == '_' || c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
    cleaned.push_back(c);
  }
  for (std::string_view token : SplitWhitespace(cleaned)) {
    if (token == "$")
      out->push_back({ElementKind::kSource});
    else if (token == "+")
      out->push_back({ElementKind::kTarget});
    else if (token == "^")
      out->push_back({ElementKind::kSkipPhrase});
    else if (token == "%")
      out->push_back({ElementKind::kCompound});
    else if (token[0] == '&') {
      std::string name = ToUpperAscii(token);
      out->push_back(
          {ElementKind::kSynset, static_cast<uint32_t>(dicts_->verbs.SynsetIndex(name))});
    } else {
      out->push_back({ElementKind::kWord, dicts_->vocabulary.Intern(ToUpperAscii(token))});
    }
  }
  return true;
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
  ParseElements(body.substr(0, star), &p.before);
  ParseElements(body.substr(star + 1), &p.after);
  for (const auto* part : {&p.before, &p.after}) {
    for (const PatternElement& e : *part) {
      p.specificity += (e.kind == ElementKind::kWord || e.kind == ElementKind::kSynset) ? 2 : 1;
    }
  }
  dicts_->verbs.AddPattern(std::move(p));
}

}  // namespace

Status ReadVerbs(std::string_view text, const std::string& file, Dictionaries* dicts) {
  VerbReader reader(dicts, {dicts->diagnostics.AddFile(file), 0});
  ForEachLine(text, [&](std::string_view line, int number) {
    std::string_view s = CleanLine(line);
    if (!s.empty()) reader.Line(s, number);
  });
  for (size_t i = 0; i < dicts->verbs.num_synsets(); ++i) {
    const Synset& synset = dicts->verbs.synset(static_cast<int>(i));
    if (!synset.defined) {
      dicts->diagnostics.warnings.push_back(file + ": synset " + synset.name +
                                            " is used but never defined; its patterns never match");
    }
  }
  return Status::Ok();
}

}  // namespace dyad::dict::petrarch
