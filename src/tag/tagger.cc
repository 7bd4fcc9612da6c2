// The tagger: builds the lattice of candidate tags for a sentence from the
// lexicon and the unknown-word classes, then runs Viterbi over it.
//
// Lookup order for a word: the bracket tokens' keys; the word as written; for
// a capitalised word, its lower-case form when it is sentence-initial or all
// capitals (headlines); else its unknown-word class. A capitalised word inside
// a sentence that the lexicon lacks is a proper noun far more often than it is
// its lower-case form, so it goes to the -cap- class.
#include "dyad/tag/tagger.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "model.h"
#include "viterbi.h"
#include "word_class.h"

namespace dyad::tag {

struct Tagger::Scratch {
  Lattice lattice;
  Lattice pinned;  // the lattice with one word held to one tag
  Viterbi viterbi;
  std::vector<uint8_t> best, trial, chosen;
  std::string lower;
  int nn = -1, nns = -1, vbz = -1, vb = -1, vbp = -1;  // the model's tag ids, looked up once
  int vbg = -1, jj = -1, rb = -1, vbd = -1, vbn = -1, md = -1, cc = -1, to = -1;
  int nnp = -1, prp = -1;
};

namespace {

bool HasUpper(std::string_view w) {
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool HasLower(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

void ToLower(std::string_view w, std::string* out) {
  out->assign(w);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool OpensSentence(std::string_view previous) {
  return previous == "``" || previous == "-LRB-" || previous == "-LSB-" || previous == ":";
}

bool EndsInS(std::string_view w) { return w.ends_with('s') || w.ends_with('S'); }

struct NameTags {
  int nn = -1, nns = -1, vbz = -1;
};

// Adds an unknown capitalised word's class candidates but its common-noun
// and -s tags (NN, NNS, VBZ): inside a sentence such a word is a name unless
// it ends in -s ("Kurds", "Houthis"). Without this, "after meeting Sarkozy"
// read as the noun compound "meeting Sarkozy". None left: all are kept.
void AddName(std::span<const Candidate> c, const NameTags& drop, Lattice* lattice) {
  const size_t before = lattice->cands.size();
  for (const Candidate& k : c) {
    if (k.tag != drop.nn && k.tag != drop.nns && k.tag != drop.vbz) lattice->cands.push_back(k);
  }
  if (lattice->cands.size() == before) {
    lattice->AddWord(c);
    return;
  }
  lattice->begin.push_back(static_cast<uint32_t>(lattice->cands.size()));
}

}  // namespace

Tagger::Tagger(std::shared_ptr<const Model> model)
    : model_(std::move(model)), scratch_(std::make_unique<Scratch>()) {
  scratch_->lower.reserve(64);
  scratch_->nn = model_->TagId("NN");
  scratch_->nns = model_->TagId("NNS");
  scratch_->vbz = model_->TagId("VBZ");
  scratch_->vb = model_->TagId("VB");
  scratch_->vbp = model_->TagId("VBP");
  scratch_->vbg = model_->TagId("VBG");
  scratch_->jj = model_->TagId("JJ");
  scratch_->rb = model_->TagId("RB");
  scratch_->vbd = model_->TagId("VBD");
  scratch_->vbn = model_->TagId("VBN");
  scratch_->md = model_->TagId("MD");
  scratch_->cc = model_->TagId("CC");
  scratch_->to = model_->TagId("TO");
  scratch_->nnp = model_->TagId("NNP");
  scratch_->prp = model_->TagId("PRP");
}

Tagger::~Tagger() = default;

StatusOr<std::unique_ptr<Tagger>> Tagger::Load(const std::string& model_path) {
  DYAD_ASSIGN_OR_RETURN(std::string bytes, ReadFile(model_path));
  return FromBytes(bytes, model_path);
}

StatusOr<std::unique_ptr<Tagger>> Tagger::FromBytes(std::string_view bytes, std::string_view name) {
  DYAD_ASSIGN_OR_RETURN(ModelData data, ParseModel(bytes, name));
  DYAD_ASSIGN_OR_RETURN(Model model, Model::Create(std::move(data), name));
  if (model.Lookup("-unknown-").empty()) {
    return Status::InvalidInput(std::string(name) + ": model lacks the '-unknown-' class");
  }
  auto shared = std::make_shared<const Model>(std::move(model));
  return std::unique_ptr<Tagger>(new Tagger(std::move(shared)));
}

std::unique_ptr<Tagger> Tagger::Clone() const {
  return std::unique_ptr<Tagger>(new Tagger(model_));
}

void Tagger::BuildLattice(std::span<const std::string_view> words, Lattice* lattice) {
  const Model& m = *model_;
  lattice->Clear();
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    std::string_view bracket = BracketKey(w);
    std::span<const Candidate> c = m.Lookup(bracket.empty() ? w : bracket);
    if (c.empty() && HasUpper(w)) {
      const bool initial = i == 0 || OpensSentence(words[i - 1]);
      if (initial || !HasLower(w)) {
        ToLower(w, &scratch_->lower);
        c = m.Lookup(scratch_->lower);
      }
    }
    if (c.empty() && w.size() >= 5 && !HasUpper(w) && AmericanSpelling(w, &scratch_->lower)) {
      c = m.Lookup(scratch_->lower);  // "recognises", "favour", "travelled"
    }
    if (c.empty()) {
      const std::string_view word_class = UnknownWordClass(w, m);
      c = m.Lookup(word_class);
      if (!c.empty() && word_class == "-cap-" && !EndsInS(w)) {
        AddName(c, {scratch_->nn, scratch_->nns, scratch_->vbz}, lattice);
        continue;
      }
    }
    if (c.empty()) c = m.Lookup("-unknown-");
    lattice->AddWord(c);
  }
}

namespace {

bool IsFiniteVerbTag(std::string_view tag) {
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
}

// The log emission of a tag a repair pins on a word whose lexicon entry
// lacks it (a past tense, a base form, a noun): below any listed one.
constexpr float kUnlistedEmission = -14.0f;

bool IsNounTag(std::string_view tag) { return tag.starts_with("NN") || tag == "PRP"; }

// `lattice` with word `at` restricted to its candidates of tag `tag`, or to
// `fallback` when it has none.
void Pin(const Lattice& lattice, size_t at, int tag, Candidate fallback, Lattice* out) {
  out->Clear();
  for (size_t i = 0; i < lattice.size(); ++i) {
    std::span<const Candidate> c(lattice.cands.data() + lattice.begin[i],
                                 lattice.begin[i + 1] - lattice.begin[i]);
    if (i != at) {
      out->AddWord(c);
      continue;
    }
    bool found = false;
    for (const Candidate& k : c) {
      if (k.tag != tag || found) continue;
      out->AddWord(std::span(&k, 1));
      found = true;
    }
    if (!found) out->AddWord(std::span(&fallback, 1));
  }
}

}  // namespace

// Holds word `i` to `tag` (`fallback` when the lexicon does not list it so),
// decodes the sentence again, takes that path as the best, and keeps the
// lattice pinned for the next repair.
void Tagger::PinAndDecode(size_t i, int tag, const Candidate& fallback) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  Pin(x.lattice, i, tag, fallback, &x.pinned);
  x.viterbi.Decode(x.pinned, {m.transition_table(), m.num_tags()}, &x.trial);
  x.best.swap(x.trial);
  x.lattice.cands.swap(x.pinned.cands);
  x.lattice.begin.swap(x.pinned.begin);
}

namespace {

// Tags of the words of a noun phrase (its possessive's "'s" too).
bool IsPhraseTag(std::string_view tag) {
  return tag.starts_with("NN") || tag == "DT" || tag == "CD" || tag == "JJ" || tag == "POS" ||
         tag == "PRP$";
}

// Tags that open the object a finite verb takes (and a passive participle
// lacks).
bool IsObjectStartTag(std::string_view tag) {
  return tag.starts_with("NN") || tag == "DT" || tag == "CD" || tag == "JJ" || tag == "PRP$" ||
         tag == "PRP";
}

// Tags of the words of a noun phrase that opens a sentence.
bool IsSubjectPhraseTag(std::string_view tag) { return IsPhraseTag(tag) || tag == "PRP"; }

// What a past tense right after the sentence's opening noun phrase gains over
// one later in RepairMissingVerb: more than any path's score differs.
constexpr float kSubjectVerbBonus = 1e6f;

// The index of the first comma at or after `from`, else the sentence's length.
size_t NextComma(std::span<const std::string_view> words, size_t from) {
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i] == ",") return i;
  }
  return words.size();
}

// Nouns of a time that may open a sentence: "That evening,", "The next day,".
bool IsTimeNoun(std::string_view w) {
  static const WordSet kWords = {
      "morning",   "afternoon", "evening", "night",    "day",     "days",  "week",    "weeks",
      "month",     "months",    "year",    "years",    "weekend", "hours", "monday",  "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday",  "today", "tonight", "yesterday"};
  return kWords.contains(w);
}

// The index of the comma that closes an aside right after the noun phrase
// that opens the sentence ("Israeli troops, backed by tanks, ..."), or 0.
size_t EndOfAsideAfterSubject(std::span<const std::string_view> words,
                              const std::vector<uint8_t>& best, const Model& m) {
  size_t open = 0;
  while (open < words.size() && words[open] != ",") {
    const std::string_view tag = m.tag_name(best[open]);
    if (!tag.starts_with("NN") && tag != "DT" && tag != "JJ" && tag != "POS" && tag != "CD")
      return 0;
    ++open;
  }
  if (open == 0 || open >= words.size()) return 0;
  // "That evening, ...", "Two days later, ...": a time opens the sentence,
  // no subject.
  if (IsTimeNoun(words[open - 1])) return 0;
  for (size_t k = open + 2; k + 1 < words.size(); ++k) {
    if (words[k] == ",") return k;
  }
  return 0;
}

}  // namespace

// "Islamist insurgents abducted 276 schoolgirls": an unknown past tense after a
// plural noun reads well as a noun compound, leaving the sentence without a
// verb. A sentence has one, so when the best path has no finite verb the best
// path whose verb is a past tense right after a noun is taken instead.
// The same holds for the clause before the first comma when the sentence's
// verbs all come after it ("Boko Haram insurgents massacred hundreds of
// villagers in Baga, Amnesty International said"), and for the word after an
// aside that follows the sentence's subject ("Israeli troops, backed by
// tanks, fired on civilians").
void Tagger::RepairMissingVerb(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  const size_t n = x.lattice.size();
  if (vbd < 0 || vbn < 0 || n < 3) return;
  const size_t comma = NextComma(words, 0);
  // "On Tuesday, ..." is no clause; "Baku apologised, saying ..." is one.
  // Nor is a phrase that a participle opens ("Frustrated by the delays,
  // police arrested/VBN ...", "Having met Putin, ..."; but "Armed men
  // stormed ...", "Unidentified gunmen attacked ...": a participle before a
  // noun modifies it).
  const std::string_view first = m.tag_name(x.best[0]), second = m.tag_name(x.best[1]);
  const bool modifies = second.starts_with("NN") || second == "JJ";
  const bool opening =
      comma < n && ((comma < 4 && !(comma >= 2 && words[comma - 1].ends_with("ed"))) ||
                    first == "VBG" || (first == "VBN" && !modifies));
  size_t aside_end = EndOfAsideAfterSubject(words, x.best, m);
  // After such an opening the clause is the segment up to the next comma
  // ("Two days later, police arrested/VBN the leader, officials said"),
  // unless the opening is a subject with an aside after it ("Israeli troops,
  // backed by tanks,").
  if (opening && aside_end == 0) {
    const size_t begin = comma + 1, end = NextComma(words, begin);
    if (!HasFiniteVerb(begin, end) && FindMissingVerb(words, begin, end, 0)) return;
  }
  size_t end = opening ? n : comma;
  // "Israeli troops, backed by tanks, fired on ...": in a sentence with no
  // finite verb at all, the verb may follow the comma that closes an aside
  // after the sentence's opening noun phrase.
  if (aside_end > 0 && HasFiniteVerb(0, n)) aside_end = 0;
  if (aside_end > 0) end = n;
  if (HasFiniteVerb(0, end)) return;
  FindMissingVerb(words, 0, end, aside_end);
}

// Whether the best path has a finite verb among words [from, before).
bool Tagger::HasFiniteVerb(size_t from, size_t before) const {
  for (size_t i = from; i < before; ++i) {
    if (IsFiniteVerbTag(model_->tag_name(scratch_->best[i]))) return true;
  }
  return false;
}

// Takes the best path whose verb is a past tense right after a noun among
// words [begin, end) (or right after the aside that ends at `aside_end`),
// keeping it in the lattice; whether there was one.
bool Tagger::FindMissingVerb(std::span<const std::string_view> words, size_t begin, size_t end,
                             size_t aside_end) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  const Lattice& lattice = x.lattice;
  float best = -1e30f;
  x.chosen.clear();
  size_t chosen_at = 0;
  int chosen_tag = vbd;
  size_t subject_end = begin;
  while (subject_end < end && IsSubjectPhraseTag(m.tag_name(x.best[subject_end]))) ++subject_end;
  for (size_t i = std::max<size_t>(begin, 1); i < end; ++i) {
    // "Myanmar's military/JJ seized": an adjective after "the" or "'s" heads its phrase.
    std::string_view prev = m.tag_name(x.best[i - 1]);
    bool head_adjective = prev == "JJ" && i >= 2 &&
                          (m.tag_name(x.best[i - 2]) == "POS" || m.tag_name(x.best[i - 2]) == "DT");
    if ((!IsNounTag(prev) && !head_adjective && (aside_end == 0 || i != aside_end + 1)) ||
        !HasLower(words[i]))
      continue;
    int pin = -1;  // VBD, else VBN
    for (uint32_t k = lattice.begin[i]; k < lattice.begin[i + 1]; ++k) {
      int tag = lattice.cands[k].tag;
      if (tag == vbd || (tag == vbn && pin < 0)) pin = tag;
    }
    // A word in "-ed" the lexicon knows only as a noun or adjective may
    // still be a past tense, at a low emission score.
    if (pin < 0 && !words[i].ends_with("ed")) continue;
    // ... and one the lexicon lists only as a participle ("arrested") is
    // a regular past tense too: the sentence's verb is finite.
    if (pin == vbn && words[i].ends_with("ed")) pin = -1;
    Candidate unlisted{static_cast<uint8_t>(vbd), kUnlistedEmission};
    Pin(lattice, i, pin < 0 ? vbd : pin, unlisted, &x.pinned);
    float score = x.viterbi.Decode(x.pinned, {m.transition_table(), m.num_tags()}, &x.trial);
    // The word right after the noun phrase that opens the clause is its verb
    // before any later one ("Police arrested/VBN 12 people suspected/VBN of
    // looting": "arrested", not "suspected"); only before its object ("A
    // gunman armed/VBN with rifles attacked ..." is a participle's phrase).
    if (i == subject_end && i + 1 < end && IsSubjectPhraseTag(m.tag_name(x.trial[i + 1])))
      score += kSubjectVerbBonus;
    if (score > best) {
      best = score;
      x.chosen.assign(x.trial.begin(), x.trial.end());
      chosen_at = i;
      chosen_tag = pin < 0 ? vbd : pin;
    }
  }
  if (x.chosen.empty()) return false;
  x.best.swap(x.chosen);
  // The lattice keeps the verb, so that a later repair's decoding does not
  // lose it ("Frustrated by the delays, police arrested/VBN the leader").
  Pin(x.lattice, chosen_at, chosen_tag, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission},
      &x.pinned);
  x.lattice.cands.swap(x.pinned.cands);
  x.lattice.begin.swap(x.pinned.begin);
  return true;
}

// "France will recognise a Palestinian state": a word the lexicon lacks
// ("recognise") right after a modal reads as a noun, but after "will" or
// "would" stands the verb's base form. Each such word is held to VB (at a low
// emission score when the lexicon does not list it so) and the sentence
// decoded again.
//
// Likewise "A gunman shot and wounded the former prime minister": a word in
// "-ed" tagged as an adjective right after "VBD and" is the second verb.
void Tagger::RepairVerbAfterModal(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int md = x.md, vb = x.vb, nn = x.nn;
  const int vbd = x.vbd, cc = x.cc, jj = x.jj;
  if (md < 0 || vb < 0 || nn < 0 || vbd < 0 || cc < 0 || jj < 0) return;
  for (size_t i = 1; i < x.lattice.size(); ++i) {
    if (!HasLower(words[i]) || HasUpper(words[i])) continue;
    int pin = -1;
    // Only words the lexicon does not know: "will power" stays a noun.
    if (x.best[i - 1] == md && x.best[i] == nn && m.Lookup(words[i]).empty()) pin = vb;
    if (i >= 2 && x.best[i - 2] == vbd && x.best[i - 1] == cc && x.best[i] == jj &&
        words[i].ends_with("ed")) {
      pin = vbd;
    }
    if (pin < 0) continue;
    Candidate unlisted{static_cast<uint8_t>(pin), kUnlistedEmission};
    if (pin == vbd) {  // the first verb keeps its tag
      Pin(x.lattice, i - 2, vbd, unlisted, &x.pinned);
      x.lattice.cands.swap(x.pinned.cands);
      x.lattice.begin.swap(x.pinned.begin);
    }
    PinAndDecode(i, pin, unlisted);
  }
}

namespace {

// Whether "loyal to" follows word `i` and a past form ("-ed") follows that
// before any comma: "forces loyal to the president shelled ...".
bool IsLoyalToBeforePast(std::span<const std::string_view> words, size_t i) {
  if (i + 3 >= words.size() || !EqualsIgnoreCase(words[i + 1], "loyal") ||
      !EqualsIgnoreCase(words[i + 2], "to"))
    return false;
  for (size_t k = i + 3; k < words.size(); ++k) {
    if (words[k] == "," || words[k] == ";") return false;
    if (words[k].size() > 4 && words[k].ends_with("ed") && !HasUpper(words[k])) return true;
  }
  return false;
}

}  // namespace

// "Iranian security forces arrested hundreds": a plural noun that can also be
// a verb ("forces", "troops", "attacks") read as VBZ before a participle
// leaves the subject without its head. No "-s" verb but an auxiliary stands
// before a participle, so when a VBZ that the lexicon also lists as NNS
// follows a noun or adjective and precedes a VBN or VBD, it is held to NNS
// and the participle to VBD ("has arrested", "is killed" stay).
void Tagger::RepairPluralBeforeParticiple(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbz = x.vbz, nns = x.nns, vbd = x.vbd, vbn = x.vbn, jj = x.jj;
  if (vbz < 0 || nns < 0 || vbd < 0 || vbn < 0 || jj < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if (x.best[i] != vbz) continue;
    // "Security forces loyal to the president shelled ...": so does one
    // before "loyal to" with a past verb after it.
    const bool loyal = IsLoyalToBeforePast(words, i);
    if (!loyal && x.best[i + 1] != vbn && x.best[i + 1] != vbd) continue;
    std::string_view before = m.tag_name(x.best[i - 1]);
    if (!before.starts_with("NN") && x.best[i - 1] != jj) continue;
    if (!HasLower(words[i]) || !words[i].ends_with("s")) continue;
    if (EqualsAnyIgnoreCase(words[i], {"has", "is", "was", "does", "gets", "seems", "remains",
                                       "appears", "becomes", "goes", "says"})) {
      continue;
    }
    if (!Lists(i, nns)) continue;
    Candidate unlisted{static_cast<uint8_t>(vbd), kUnlistedEmission};
    if (loyal) {
      PinAndDecode(i, nns, Candidate{static_cast<uint8_t>(nns), kUnlistedEmission});
      continue;
    }
    Pin(x.lattice, i, nns, unlisted, &x.pinned);
    x.lattice.cands.swap(x.pinned.cands);
    x.lattice.begin.swap(x.pinned.begin);
    PinAndDecode(i + 1, vbd, unlisted);
  }
}

// "Japanese citizens abducted by agents": a word in "-ed" that the lexicon
// lacks or lists as a noun, between a noun and "by", is a passive participle
// qualifying that noun (an agent follows), not part of a compound.
void Tagger::RepairParticipleBeforeBy(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const int nn = x.nn, nns = x.nns, jj = x.jj, vbn = x.vbn;
  if (nn < 0 || nns < 0 || jj < 0 || vbn < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if (words[i + 1].size() != 2 || !EqualsIgnoreCase(words[i + 1], "by")) continue;
    if ((x.best[i] != nn && x.best[i] != jj) || (x.best[i - 1] != nn && x.best[i - 1] != nns))
      continue;
    const std::string_view w = words[i];
    if (w.size() < 6 || !w.ends_with("ed") || HasUpper(w) || EqualsIgnoreCase(w, "hundred"))
      continue;
    Candidate unlisted{static_cast<uint8_t>(vbn), kUnlistedEmission};
    PinAndDecode(i, vbn, unlisted);
  }
}

namespace {

// The start of an object after an infinitive: a determiner, a possessive, a
// pronoun, a number or a round count ("hundreds of protesters").
bool OpensInfinitiveObject(std::string_view tag, std::string_view word) {
  return tag == "DT" || tag == "PRP$" || tag == "PRP" || tag == "CD" ||
         EqualsAnyIgnoreCase(word, {"hundreds", "thousands", "dozens", "scores", "millions"});
}

}  // namespace

// "used dogs to disperse/JJ hundreds of protesters", "to free/NN the
// hostages": after "to", a word tagged as a noun or an adjective that the
// lexicon also lists as a base-form verb, or does not know, before the start
// of an object, is the infinitive ("sent aid to flood victims" keeps its noun).
void Tagger::RepairVerbAfterTo(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vb = x.vb;
  if (x.to < 0 || vb < 0) return;
  for (size_t i = 1; i + 1 < x.best.size(); ++i) {
    if (x.best[i - 1] != x.to) continue;
    const std::string_view tag = m.tag_name(x.best[i]);
    if ((tag != "NN" && tag != "JJ") || !HasLower(words[i]) || HasUpper(words[i])) continue;
    // ... or before a name, when the lexicon lists the verb or does not know
    // the word ("voted to impeach/JJ Rousseff"; not "to pro-Kremlin Ukraine").
    const bool name = m.tag_name(x.best[i + 1]).starts_with("NNP") &&
                      words[i].find('-') == std::string_view::npos &&
                      (m.Lookup(words[i]).empty() || Lists(i, vb));
    if (!name && !OpensInfinitiveObject(m.tag_name(x.best[i + 1]), words[i + 1])) continue;
    // ... or that the lexicon does not know at all ("disperse").
    if (m.Lookup(words[i]).empty() || Lists(i, vb))
      PinAndDecode(i, vb, Candidate{static_cast<uint8_t>(vb), kUnlistedEmission});
  }
}

namespace {

// "demanded", "urged", "insisted" ...: verbs whose "that" clause takes a
// subjunctive ("demanded that Russia release ...").
bool IsMandativeVerb(std::string_view w) {
  for (std::string_view stem :
       {"demand", "insist", "urge", "ask", "request", "propose", "recommend", "order", "require"}) {
    if (w.size() >= stem.size() && EqualsIgnoreCase(w.substr(0, stem.size()), stem)) return true;
  }
  return false;
}

// A demand whose "that" may be left out: "demanded Sweden extradite ...".
bool IsDemandVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"demand", "demands", "demanded", "demanding", "insist", "insists",
                                 "insisted", "insisting"});
}

// The index of the word after "[the] Name ..." from `i`, or 0.
size_t AfterNamedSubject(std::span<const std::string_view> words, size_t i) {
  if (i < words.size() && EqualsIgnoreCase(words[i], "the")) ++i;
  size_t names = 0;
  while (i < words.size() && HasUpper(words[i].substr(0, 1)) && names < 4) ++i, ++names;
  return names > 0 && i < words.size() ? i : 0;
}

// The index of the word after "MANDATIVE that [the] Name ..." or "DEMAND
// [the] Name ..." with `at` at the "that" or the demand, or 0.
size_t AfterMandativeSubject(std::span<const std::string_view> words, size_t at) {
  const std::string_view w = words[at];
  if (w.size() == 4 && EqualsIgnoreCase(w, "that") && IsMandativeVerb(words[at - 1]))
    return AfterNamedSubject(words, at + 1);
  if (w.size() >= 6 && IsDemandVerb(w)) return AfterNamedSubject(words, at + 1);
  return 0;
}

}  // namespace

// "demanded that Stockholm extradite/NN dozens of militants": a word the
// lexicon lists only as a noun at `i`, right after the demand's named
// subject, before the start of an object, with no verb after it in its
// clause, is the clause's verb all the same ("demanded that Hamas security
// forces withdraw" has its verb after).
bool Tagger::IsVerblessClauseAfter(size_t i) const {
  const Scratch& x = *scratch_;
  const Model& m = *model_;
  if (i + 1 >= x.best.size()) return false;
  std::string_view next = m.tag_name(x.best[i + 1]);
  if (next != "DT" && next != "PRP$" && next != "NNS" && next != "CD" && next != "PRP" &&
      next != "JJ")
    return false;
  for (size_t k = i + 1; k < x.best.size(); ++k) {
    std::string_view t = m.tag_name(x.best[k]);
    if (t == "," || t == "." || t == ":" || t == "CC" || t == "WDT" || t == "WP") break;
    if (t.starts_with("VB") || t == "MD") return false;
  }
  return true;
}

// "China demanded that Canada release the executive", "Turkey demanded
// Sweden extradite ...": after a demand's "that" (which a demand may leave
// out) and its named subject, a word tagged as a noun (or an adjective) that the
// lexicon also lists as a base-form verb is the subjunctive verb ("release",
// "free", "end").
void Tagger::RepairSubjunctive(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vb = x.vb;
  if (vb < 0) return;
  for (size_t at = 1; at + 2 < words.size(); ++at) {
    // A cheap test before "that" or a demand ("demanded", "insists").
    const std::string_view w = words[at];
    const char first = static_cast<char>(w.empty() ? 0 : w[0] | 0x20);
    if (w.size() != 4 && first != 'd' && first != 'i') continue;
    size_t i = AfterMandativeSubject(words, at);
    if (i == 0 || !HasLower(words[i])) continue;
    // ... or as an adjective that is also a verb ("that Russia free/JJ the journalist").
    const std::string_view tag = m.tag_name(x.best[i]);
    const bool adjective = tag == "JJ";
    if (!tag.starts_with("NN") && !adjective) continue;
    if (!Lists(i, vb) && (adjective || !IsVerblessClauseAfter(i))) continue;
    PinAndDecode(i, vb, Candidate{static_cast<uint8_t>(vb), kUnlistedEmission});
  }
}

namespace {

// "a North Korean torpedo boat", "its `` launch pad": the words a determiner
// reaches through its modifiers. After "a"/"an" a proper noun may stand among
// them ("a Russian-made"); after "the" or a possessive it may head a plural
// subject ("the Taliban control roads"), so only adjectives and quote marks.
bool ModifiesAfterDeterminer(std::string_view tag, bool indefinite) {
  return tag == "JJ" || tag == "``" || (indefinite && (tag == "NNP" || tag == "NNPS"));
}

bool IsBaseVerbTag(std::string_view tag) { return tag == "VB" || tag == "VBP"; }

}  // namespace

// "sank a North Korean torpedo boat": no base-form verb stands between a
// determiner (with its adjectives) and a noun, so a word tagged VB or VBP
// there is the first noun of a compound ("torpedo boat", "launch pad"), even
// when the lexicon knows it only as a verb ("torpedo").
void Tagger::RepairCompoundAfterDeterminer(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int nn = x.nn, vb = x.vb, vbp = x.vbp;
  if (nn < 0 || vb < 0 || vbp < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if ((x.best[i] != vb && x.best[i] != vbp) || !HasLower(words[i]) || HasUpper(words[i]))
      continue;
    if (!m.tag_name(x.best[i + 1]).starts_with("NN") || HasUpper(words[i + 1])) continue;
    size_t d = i;
    while (d > 0 && i - d < 4 && ModifiesAfterDeterminer(m.tag_name(x.best[d - 1]), true)) --d;
    if (d == 0) continue;
    const std::string_view det = words[d - 1], det_tag = m.tag_name(x.best[d - 1]);
    const bool indefinite = EqualsIgnoreCase(det, "a") || EqualsIgnoreCase(det, "an");
    const bool definite = EqualsIgnoreCase(det, "the") || det_tag == "PRP$" || det_tag == "POS";
    if (!indefinite && !definite) continue;
    bool modifiers = true;
    for (size_t j = d; j < i; ++j)
      modifiers &= ModifiesAfterDeterminer(m.tag_name(x.best[j]), indefinite);
    if (!modifiers) continue;
    PinAndDecode(i, nn, Candidate{static_cast<uint8_t>(nn), kUnlistedEmission});
  }
}

namespace {

bool IsDeterminerTag(std::string_view tag) { return tag == "DT" || tag == "PRP$" || tag == "POS"; }

// The index of the `` opening the quote that the '' at `close` ends, when the
// quote holds one to three adjectives, adverbs or singular nouns (the model
// reads an unknown adjective as NN: "shameful") and a determiner stands
// before it ('the "criminal" strikes'); else 0.
size_t QuotedAdjectiveOpen(std::span<const uint8_t> best, const Model& m, size_t close) {
  size_t open = close;
  while (open > 0 && close - open < 4) {
    --open;
    const std::string_view tag = m.tag_name(best[open]);
    if (tag == "``") break;
    if (tag != "JJ" && tag != "RB" && tag != "NN") return 0;
  }
  if (open == 0 || open + 1 == close || m.tag_name(best[open]) != "``") return 0;
  return IsDeterminerTag(m.tag_name(best[open - 1])) ? open : 0;
}

}  // namespace

// 'denounced the "criminal" strikes against Lebanon': an adjective quoted
// after a determiner still needs its head, but the lexicon's counts make a
// closing quote mark far likelier before a verb ('"...," said the minister').
// A word tagged as a verb right after such a quote that the lexicon lists as
// a noun is held to its noun tag (NNS for "-s" words, else NN).
void Tagger::RepairHeadAfterQuotedAdjective(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int nn = x.nn, nns = x.nns;
  if (nn < 0 || nns < 0) return;
  for (size_t i = 3; i < x.lattice.size(); ++i) {
    if (words[i - 1] != "''" || !m.tag_name(x.best[i]).starts_with("VB")) continue;
    if (QuotedAdjectiveOpen(x.best, m, i - 1) == 0 || HasUpper(words[i])) continue;
    // A quoted singular noun may be the subject ('the "reform" failed'), but
    // not of a base form ('the "shameful" raid', an unknown adjective read as NN).
    if (m.tag_name(x.best[i - 2]) == "NN" && !IsBaseVerbTag(m.tag_name(x.best[i]))) continue;
    int noun = -1;
    for (uint32_t k = x.lattice.begin[i]; k < x.lattice.begin[i + 1]; ++k) {
      const int tag = x.lattice.cands[k].tag;
      if (tag == nns || (tag == nn && noun < 0)) noun = tag;
    }
    if (noun < 0) continue;
    PinAndDecode(i, noun, Candidate{static_cast<uint8_t>(noun), kUnlistedEmission});
  }
}

namespace {

// A time after a participle ("the weapons seized last week", "the aid
// promised Monday") tells when, and is no object.
bool IsTimeWord(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"last", "this", "next", "earlier", "previously", "Monday", "Tuesday", "Wednesday",
          "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today"});
}

// A headline's capitalised verb of saying before "He" ("Putin Says He Will
// Meet Xi"), which the tagger may read as a name.
bool IsVerbOfSayingInTitle(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"Says", "Said", "Tells", "Told", "Warns", "Insists", "Vows", "Denies"});
}

// Whether a word of a noun phrase can be the subject's last word: a noun
// ("China", "soldiers") or "some" ("and some scuffled with police").
bool IsClauseSubjectHead(std::string_view word, std::string_view tag) {
  return tag.starts_with("NN") || EqualsIgnoreCase(word, "some");
}

// Where the clause after a verb ends: a comma, a conjunction, or a relative
// clause's opening ("held talks that Xi described as ...").
bool EndsClause(std::string_view word, std::string_view tag) {
  return word == "," || tag == "CC" || tag == "WDT" || tag == "WP" || word == "that";
}

}  // namespace

// Whether the lexicon lists `tag` among the candidates of word `i`.
bool Tagger::Lists(size_t i, int tag) const {
  const Scratch& x = *scratch_;
  for (uint32_t k = x.lattice.begin[i]; k < x.lattice.begin[i + 1]; ++k) {
    if (x.lattice.cands[k].tag == tag) return true;
  }
  return false;
}

// Whether a finite verb stands from word `from` to the end of its clause
// (EndsClause).
bool Tagger::HasFiniteVerbInClause(std::span<const std::string_view> words, size_t from) const {
  const Model& m = *model_;
  for (size_t k = from; k < scratch_->lattice.size(); ++k) {
    const std::string_view tag = m.tag_name(scratch_->best[k]);
    if (EndsClause(words[k], tag)) return false;
    if (IsFiniteVerbTag(tag)) return true;
  }
  return false;
}

// "Scholz met Macron on Monday and the two leaders held talks": the bigram
// path reads "leaders held" as a noun and its participle, and the parser then
// joins "Monday and the two leaders" as one phrase. A participle that the
// lexicon also lists as a past tense (or that ends in "-ed"), after a phrase that opens with "and"
// or "but" in a sentence that already has a finite verb before it, and followed by an object with
// no finite verb after it in its clause, is the second clause's verb ("... and police arrested
// three generals"). Not "the men held hostage were freed" (a verb follows) nor "the weapons seized
// last week".
void Tagger::RepairSecondClauseVerb(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn, cc = x.cc;
  if (vbd < 0 || vbn < 0 || cc < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 2; i + 1 < n; ++i) {
    if (x.best[i] != vbn || !m.tag_name(x.best[i - 1]).starts_with("NN") || HasUpper(words[i]))
      continue;
    size_t j = i - 1;
    while (j > 0 && IsPhraseTag(m.tag_name(x.best[j]))) --j;
    if (x.best[j] != cc || !EqualsAnyIgnoreCase(words[j], {"and", "but"})) continue;
    bool verb_before = false;
    for (size_t k = 0; k < j; ++k) verb_before |= IsFiniteVerbTag(m.tag_name(x.best[k]));
    if (!verb_before) continue;
    if (!IsObjectStartTag(m.tag_name(x.best[i + 1])) || IsTimeWord(words[i + 1])) continue;
    if (HasFiniteVerbInClause(words, i + 1)) continue;
    // A regular past tense may be unlisted.
    if (!Lists(i, vbd) && !words[i].ends_with("ed")) continue;
    PinAndDecode(i, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
  }
}

// "U.S. tariffs took effect on Friday, and China immediately retaliated with
// duties": after a comma and "and" or "but", in a sentence with a finite verb
// before them, a noun phrase (its last word a noun or "some") and at most one
// adverb open a second clause, whose participle (listed as a past tense too,
// or in "-ed") is that clause's verb when no finite verb follows in its clause
// ("and soldiers fired on them", "and Caracas quickly followed suit"). Not a
// passive before "by" ("and warplanes commandeered by the plotters bombed"),
// nor one after a time ("the weapons seized last week").
void Tagger::RepairClauseVerbAfterCommaAnd(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  if (vbd < 0 || vbn < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 4; i + 1 < n; ++i) {
    if (x.best[i] != vbn || HasUpper(words[i])) continue;
    if (!Lists(i, vbd) && !words[i].ends_with("ed")) continue;
    const size_t head = m.tag_name(x.best[i - 1]) == "RB" ? i - 2 : i - 1;
    if (!IsClauseSubjectHead(words[head], m.tag_name(x.best[head]))) continue;
    size_t j = head;
    while (j > 0 && IsPhraseTag(m.tag_name(x.best[j]))) --j;
    if (j < 2 || j == head || words[j - 1] != "," || !EqualsAnyIgnoreCase(words[j], {"and", "but"}))
      continue;
    if (!HasFiniteVerb(0, j - 1)) continue;
    if (EqualsIgnoreCase(words[i + 1], "by") || IsTimeWord(words[i + 1])) continue;
    if (HasFiniteVerbInClause(words, i + 1)) continue;
    PinAndDecode(i, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
  }
}

// "Tajikistan said the attackers were local men, and denied that ...": after
// a comma and "and" or "but", in a sentence with a finite verb before them, a
// participle that the lexicon also lists as a past tense (or that ends in
// "-ed") and that takes a "that" clause or an object with no finite verb after
// it in its clause is a second predicate of the sentence's subject, not a
// passive joined to the clause before ("..., and charged with murder" keeps
// its participle; so does "and masked agents raided ...", an adjective).
void Tagger::RepairPredicateAfterCommaAnd(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  if (vbd < 0 || vbn < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 3; i + 1 < n; ++i) {
    if (x.best[i] != vbn || words[i - 2] != "," || HasUpper(words[i]) ||
        !EqualsAnyIgnoreCase(words[i - 1], {"and", "but"}))
      continue;
    const bool clause = EqualsIgnoreCase(words[i + 1], "that");
    if (!clause && (!IsObjectStartTag(m.tag_name(x.best[i + 1])) || IsTimeWord(words[i + 1])))
      continue;
    if (!HasFiniteVerb(0, i - 2)) continue;
    if (!clause && HasFiniteVerbInClause(words, i + 2)) continue;
    if (!Lists(i, vbd) && !words[i].ends_with("ed")) continue;
    PinAndDecode(i, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
  }
}

// "Bush and Chirac, meeting in Brussels, demanded ...": the lexicon's counts
// make "meeting" a noun, but right after a comma, with no determiner, and
// before a preposition, a determiner or a name, a word in "-ing" that the
// lexicon also lists as a gerund opens a participle clause ("..., freezing
// any assets"). Not before "of" ("..., funding of schools").
void Tagger::RepairParticipleAfterComma(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbg = x.vbg;
  if (vbg < 0 || x.nn < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if (words[i - 1] != "," || x.best[i] != x.nn || !words[i].ends_with("ing") ||
        HasUpper(words[i]))
      continue;
    const std::string_view next = m.tag_name(x.best[i + 1]);
    if (next != "IN" && next != "DT" && next != "NNP" && next != "PRP$" && next != "TO") continue;
    if (EqualsIgnoreCase(words[i + 1], "of")) continue;
    if (Lists(i, vbg))
      PinAndDecode(i, vbg, Candidate{static_cast<uint8_t>(vbg), kUnlistedEmission});
  }
}

// "the brothers shot dead Sean Collier, a police officer": "dead" after a
// verb of killing is the verb's complement, as before "a police officer"
// (dead/VBN), not an adjective of the name after it (dead/JJ Sean Collier).
void Tagger::RepairDeadBeforeAName(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  if (x.jj < 0 || x.vbn < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if (x.best[i] != x.jj || !EqualsIgnoreCase(words[i], "dead")) continue;
    if (!EqualsAnyIgnoreCase(words[i - 1], {"shot", "stabbed", "beaten", "hacked", "clubbed",
                                            "bludgeoned", "gunned", "shoots", "shoot", "shooting"}))
      continue;
    // ... or before a nationality ("shot dead Italian aid worker Cesare Tavella").
    const std::string_view next = m.tag_name(x.best[i + 1]);
    if (next != "NNP" && !(next == "JJ" && HasUpper(words[i + 1].substr(0, 1)))) continue;
    PinAndDecode(i, x.vbn, Candidate{static_cast<uint8_t>(x.vbn), kUnlistedEmission});
  }
}

// "Malian special forces, joined by French special forces, stormed the
// building": a past form in "-ed" right after a noun and its comma, before
// "by", in an aside whose closing comma a finite verb follows, is a passive
// participle (the subject's verb comes after the aside), not a past tense.
void Tagger::RepairPassiveAsideAfterComma(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  if (vbd < 0 || vbn < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 2; i + 2 < n; ++i) {
    if (x.best[i] != vbd || words[i - 1] != "," || !EqualsIgnoreCase(words[i + 1], "by")) continue;
    if (!words[i].ends_with("ed") || HasUpper(words[i])) continue;
    if (!IsNounTag(m.tag_name(x.best[i - 2]))) continue;
    size_t close = i + 2;
    while (close < n && words[close] != "," && words[close] != ";") ++close;
    size_t verb = close + 1;
    while (verb < n && m.tag_name(x.best[verb]).starts_with("RB")) ++verb;
    // ... or a participle there that the decoding took for the aside's own
    // ("Kenyan troops, joined/VBD by Ugandan soldiers, attacked/VBN ...").
    if (close >= n || verb >= n ||
        (!IsFiniteVerbTag(m.tag_name(x.best[verb])) && x.best[verb] != vbn))
      continue;
    PinAndDecode(i, vbn, Candidate{static_cast<uint8_t>(vbn), kUnlistedEmission});
  }
}

namespace {

// Nouns of a change in how much of something there is ("a lull in fighting").
bool IsNounOfChange(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"halt", "lull", "pause", "break", "respite", "surge", "upsurge", "increase", "rise",
          "spike", "uptick", "escalation", "decline", "drop", "fall", "reduction", "let-up"});
}

// Nouns of a stretch of time that "of" and a noun in "-ing" may follow
// ("four days of fighting", "a night of rioting").
bool IsNounOfTime(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"hours", "days", "nights", "weeks", "months", "years", "decades",
                                 "hour", "day", "night", "week", "month", "year", "decade"});
}

}  // namespace

// "accused the United States and neighbouring/VBG Colombia": an "-ing" word
// right after "and" or "or" that joins it to a noun, with a proper noun after
// it, modifies that name (JJ): the two names are one compound, not a second
// verb phrase; not a participle joined to one before it.
bool Tagger::ModifiesANameAfterAnd(std::span<const std::string_view> words, size_t i) const {
  const Scratch& x = *scratch_;
  const Model& m = *model_;
  if (i < 2 || !EqualsAnyIgnoreCase(words[i - 1], {"and", "or"}) ||
      !m.tag_name(x.best[i - 2]).starts_with("NN") || !m.tag_name(x.best[i + 1]).starts_with("NNP"))
    return false;
  // Not a participle joined to one before it: "killing two soldiers and
  // wounding/VBG Colonel Smith".
  for (size_t k = i - 2; k > 0 && words[k] != "," && words[k] != ";"; --k) {
    if (m.tag_name(x.best[k]) == "VBG") return false;
  }
  return true;
}

// "the visiting prime minister", "the downing of the airliner": no verb
// stands right after a determiner or a possessive pronoun, so a word in
// "-ing" tagged VBG there modifies the noun after it (JJ) or, before "of",
// is a noun itself (NN). So is one after "in" and a noun of change ("a
// lull in fighting", "a surge in fighting near Goma": no one fights there),
// and one with no object after "of" and a stretch of time ("four days of
// fighting between Armenia and Azerbaijan killed ...": the fighting killed).
void Tagger::RepairGerundAfterDeterminer(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbg = x.vbg, jj = x.jj;
  if (vbg < 0 || jj < 0 || x.nn < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if (x.best[i] != vbg || !words[i].ends_with("ing") || HasUpper(words[i])) continue;
    const std::string_view before = m.tag_name(x.best[i - 1]);
    if (i >= 2 && EqualsIgnoreCase(words[i - 1], "in") && IsNounOfChange(words[i - 2])) {
      PinAndDecode(i, x.nn, Candidate{static_cast<uint8_t>(x.nn), kUnlistedEmission});
      continue;
    }
    if (i >= 2 && EqualsIgnoreCase(words[i - 1], "of") && IsNounOfTime(words[i - 2]) &&
        !IsObjectStartTag(m.tag_name(x.best[i + 1]))) {
      PinAndDecode(i, x.nn, Candidate{static_cast<uint8_t>(x.nn), kUnlistedEmission});
      continue;
    }
    if (ModifiesANameAfterAnd(words, i)) {
      PinAndDecode(i, jj, Candidate{static_cast<uint8_t>(jj), kUnlistedEmission});
      continue;
    }
    if (before != "DT" && before != "PRP$") continue;
    const std::string_view next = m.tag_name(x.best[i + 1]);
    int pin = -1;
    if (EqualsIgnoreCase(words[i + 1], "of")) {
      pin = x.nn;
    } else if (next.starts_with("NN") || next == "JJ") {
      pin = jj;
    }
    if (pin < 0) continue;
    PinAndDecode(i, pin, Candidate{static_cast<uint8_t>(pin), kUnlistedEmission});
  }
}

namespace {

// "is", "was", "been" ...: the forms of "be" a progressive's "-ing" follows.
bool IsFormOfBe(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"is", "are", "was", "were", "been", "be"});
}

// The tags an object opens with after a progressive: "is striking targets",
// "was bombing the Houthis", "is arming Ukrainian forces".
bool OpensProgressiveObject(std::string_view tag) { return IsObjectStartTag(tag) && tag != "PRP"; }

// Words in "-ing" that name things and no deed ("The worry is nothing new").
bool NamesNoDeed(std::string_view w) {
  return w.size() < 6 || EqualsAnyIgnoreCase(w, {"nothing", "something", "anything", "everything",
                                                 "morning", "evening", "ceiling", "during"});
}

}  // namespace

// "Israel is striking/JJ targets", "Saudi Arabia has been bombing/NN the
// Houthis", "Iran is arming/NN the rebels": the lexicon's counts make the
// word an adjective or a noun, but right after a form of "be" (and an
// adverb: "is also bombing"), before the object it takes, a word in "-ing"
// is the progressive's verb (also when the lexicon lists it only as a noun:
// "bombing", "arming", "raiding"; not "nothing", "morning"). Not
// after "there" ("There is mounting pressure": no one acts), nor before
// "to" ("is willing to talk") or nothing ("the results are striking").
void Tagger::RepairProgressiveAfterBe(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbg = x.vbg, jj = x.jj;
  if (vbg < 0 || jj < 0 || x.nn < 0) return;
  for (size_t i = 1; i + 1 < x.lattice.size(); ++i) {
    if ((x.best[i] != x.nn && x.best[i] != jj) || !words[i].ends_with("ing") || HasUpper(words[i]))
      continue;
    size_t be = i - 1;
    if (be > 0 && x.best[be] == x.rb) --be;
    if (!IsFormOfBe(words[be]) || (be > 0 && EqualsIgnoreCase(words[be - 1], "there"))) continue;
    if (!OpensProgressiveObject(m.tag_name(x.best[i + 1]))) continue;
    if (NamesNoDeed(words[i])) continue;
    PinAndDecode(i, vbg, Candidate{static_cast<uint8_t>(vbg), kUnlistedEmission});
  }
}

namespace {

// Participles that qualify a noun through a preposition other than "by":
// "rebels opposed to the junta", "militants linked to al-Qaeda", "troops
// stationed in the north", "gunmen dressed as soldiers".
bool IsPostNominalParticiple(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"opposed", "linked", "allied", "affiliated", "tied", "aligned",
                                 "connected", "angered", "armed", "based", "stationed", "deployed",
                                 "dressed", "disguised", "described", "identified"});
}

bool IsPrepositionAfterParticiple(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"to", "with", "in", "at", "near", "on", "as"});
}

// Tags a reduced participle's prepositional phrase may hold up to the verb.
bool IsPhraseWordTag(std::string_view tag) {
  return IsSubjectPhraseTag(tag) || tag == "IN" || tag == "TO" || tag == "VBG" ||
         tag.starts_with("JJ");
}

// "detained in Cairo", "sent from Rwanda": a place the participle's deed was done in.
bool IsPlacePreposition(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"in", "at", "from", "near", "inside", "outside", "across"});
}

// Verbs whose "in"/"at" phrase may precede a reported clause's subject
// ("officials said in Kabul militants attacked ...").
bool IsSpeechVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"said", "told", "added", "reported", "announced", "stated",
                                 "claimed", "warned", "wrote", "confirmed", "insisted", "noted"});
}

bool IsSubordinatingWord(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"after", "before", "as", "because", "since", "while", "until",
                                 "if", "that", "though", "although", "whether", "once", "unless"});
}

}  // namespace

// The index of the word after the noun phrase that opens the sentence, when
// that phrase ends in a noun; else 0.
size_t Tagger::AfterOpeningSubject() const {
  const Scratch& x = *scratch_;
  const Model& m = *model_;
  const size_t n = x.lattice.size();
  size_t k = 0;
  while (k < n && IsSubjectPhraseTag(m.tag_name(x.best[k]))) ++k;
  return k > 0 && m.tag_name(x.best[k - 1]).starts_with("NN") ? k : 0;
}

// "Students opposed to the reform clashed with police", "Residents angered by
// the killing marched ...", "Activists detained in Cairo accused police ...": after the noun phrase
// that opens a sentence, a past form before "by" (or a participle of stance before its preposition)
// and a further past form after that phrase are a reduced participle and the
// sentence's verb, though the model reads the first as the verb and the second
// as a participle. The first is held to VBN and the second to VBD.
void Tagger::RepairParticipleAfterSubject(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  if (vbd < 0 || vbn < 0) return;
  const size_t n = x.lattice.size();
  const size_t k = AfterOpeningSubject();
  if (k == 0 || k + 3 >= n) return;
  if (x.best[k] != vbd && x.best[k] != vbn) return;
  const std::string_view preposition = m.tag_name(x.best[k + 1]);
  if (preposition != "IN" && preposition != "TO") return;
  // "Prices rose by 5 percent": a change's measure, no agent.
  const bool by = EqualsIgnoreCase(words[k + 1], "by") && m.tag_name(x.best[k + 2]) != "CD";
  const bool stance =
      IsPrepositionAfterParticiple(words[k + 1]) && IsPostNominalParticiple(words[k]);
  const bool place = IsPlacePreposition(words[k + 1]) && !IsSpeechVerb(words[k]);
  if (!by && !stance && !place) return;
  size_t j = k + 2;
  while (j < n && IsPhraseWordTag(m.tag_name(x.best[j])) && !IsSubordinatingWord(words[j])) ++j;
  if (j >= n || j < k + 3 || (x.best[j] != vbd && x.best[j] != vbn)) return;
  // The phrase ends in its noun ("the killing" read as a gerund too).
  const std::string_view last = m.tag_name(x.best[j - 1]);
  if (!last.starts_with("NN") && last != "VBG") return;
  if (j + 1 < n && EqualsIgnoreCase(words[j + 1], "by")) return;  // "... rockets fired by"
  // "Activists detained in Cairo accused police ...": after a place alone, the
  // later form is the verb only when an object follows it ("rockets fired
  // from Gaza hit ..." is left to the model; "fired Monday" is no object).
  if (!by && !stance &&
      (j + 1 >= n || !IsObjectStartTag(m.tag_name(x.best[j + 1])) || IsTimeWord(words[j + 1])))
    return;
  if (x.best[k] == vbn && x.best[j] == vbd) return;
  // The subject's head keeps its tag ("Peace talks hosted by ...": not "talks/VBZ").
  const int head = x.best[k - 1];
  PinAndDecode(k - 1, head, Candidate{static_cast<uint8_t>(head), kUnlistedEmission});
  if (x.best[k] != vbn)
    PinAndDecode(k, vbn, Candidate{static_cast<uint8_t>(vbn), kUnlistedEmission});
  if (x.best[j] != vbd)
    PinAndDecode(j, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
}

// Whether "who" or "which" and a finite verb come after word `from`, before
// any comma.
bool Tagger::RelativeClauseAfter(std::span<const std::string_view> words, size_t from) const {
  const Model& m = *model_;
  const size_t n = scratch_->lattice.size();
  for (size_t k = from; k + 1 < n && words[k] != ","; ++k) {
    if (EqualsAnyIgnoreCase(words[k], {"who", "which"}) &&
        IsFiniteVerbTag(m.tag_name(scratch_->best[k + 1])))
      return true;
  }
  return false;
}

// "Police arrested the gunmen who killed 19 people": after the noun phrase
// that opens a sentence, a participle that the lexicon also lists as a past
// tense (or that ends in "-ed") and takes an object, with no finite verb
// after it in its clause, is the sentence's verb; the model reads it as a
// participle when a relative clause's verb follows. Not "Rebels captured last
// week were freed" (a time, and a verb follows) nor "The man arrested by
// police" (no object).
void Tagger::RepairVerbAfterOpeningSubject(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd, vbn = x.vbn;
  if (vbd < 0 || vbn < 0) return;
  const size_t n = x.lattice.size();
  const size_t k = AfterOpeningSubject();
  if (k == 0 || k + 2 >= n || x.best[k] != vbn) return;
  if (!Lists(k, vbd) && !words[k].ends_with("ed")) return;
  if (IsTimeWord(words[k + 1]) || HasFiniteVerbInClause(words, k + 1)) return;
  // ... or a preposition, when a relative's verb is what follows ("Police
  // hunted for accomplices of the gunmen who took ...").
  if (!IsObjectStartTag(m.tag_name(x.best[k + 1])) && !RelativeClauseAfter(words, k + 1)) return;
  PinAndDecode(k, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
}

// "Chinese Vice Premier Liu He met ...", "Vice Premier He Lifeng said": a
// capitalised "He" inside a sentence, next to a name, is a Chinese name (the
// family name "He", or the given name after "Liu"), not the pronoun. Not at
// a sentence's or a quote's opening ("`` He said"), nor before a time
// ("Xi's envoy. He Monday ...").
void Tagger::RepairHeAsName(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  if (x.nnp < 0 || x.prp < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 1; i < n; ++i) {
    if (x.best[i] != x.prp || words[i] != "He" || OpensSentence(words[i - 1])) continue;
    const bool after_name = x.best[i - 1] == x.nnp && !IsVerbOfSayingInTitle(words[i - 1]);
    const bool before_name = i + 1 < n && x.best[i + 1] == x.nnp && !IsTimeWord(words[i + 1]);
    if (!after_name && !before_name) continue;
    PinAndDecode(i, x.nnp, Candidate{static_cast<uint8_t>(x.nnp), kUnlistedEmission});
  }
}

namespace {

// Words that open an adverbial clause of time or cause after a main clause
// ("... after smugglers shot ...", "... as protesters filled the square").
bool OpensAdverbialClause(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"after", "as", "when", "while", "before", "since", "until"});
}

}  // namespace

// Whether word `k`, after the noun that ends the subject of a clause, reads
// as that clause's past tense: listed as one (or a participle in "-ed"), and followed by an
// object, a particle or "and" ("shot and wounded"). Not a passive before "by"
// ("talks mediated by Washington") nor one before a time or a place ("the deal
// signed last week", "the weapons seized in Gaza").
bool Tagger::ReadsAsClauseVerb(std::span<const std::string_view> words, size_t k) const {
  const Scratch& x = *scratch_;
  const Model& m = *model_;
  const std::string_view tag = m.tag_name(x.best[k]);
  if ((tag != "VBN" && tag != "NN" && tag != "JJ") || HasUpper(words[k])) return false;
  // A noun or adjective only when listed as a past tense: "as police
  // armoured/JJ vehicles rolled ..." keeps its adjective.
  if (!Lists(k, x.vbd) && (tag != "VBN" || !words[k].ends_with("ed"))) return false;
  if (k + 1 >= x.lattice.size() || IsTimeWord(words[k + 1])) return false;
  const std::string_view next = m.tag_name(x.best[k + 1]);
  return IsObjectStartTag(next) || next == "CC" || next == "RP";
}

// "Maduro shut two crossings after smugglers on motorcycles shot and wounded
// three soldiers": in a clause that "after", "as", "when", "while", "before",
// "since" or "until" opens after a main clause with its finite verb, the model
// may read the clause's past tense as a noun or a participle ("shot/NN",
// "after soldiers arrested/VBN him"), leaving the clause without a verb. The
// first word after the clause's subject and its prepositional phrases (a noun
// before it, or a noun and an adverb) that reads as a past tense
// (ReadsAsClauseVerb) is the clause's verb, when no finite verb stands in the
// clause. Not "after a month of protests over the plan" (no such word).
void Tagger::RepairVerbAfterSubordinator(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd;
  if (vbd < 0) return;
  const size_t n = x.lattice.size();
  for (size_t i = 1; i + 3 < n; ++i) {
    if (!OpensAdverbialClause(words[i]) || m.tag_name(x.best[i]) != "IN") continue;
    if (!HasFiniteVerb(0, i) || HasFiniteVerbInClause(words, i + 1)) continue;
    for (size_t k = i + 1; k + 1 < n; ++k) {
      const size_t head = m.tag_name(x.best[k - 1]) == "RB" ? k - 2 : k - 1;
      if (head > i && m.tag_name(x.best[head]).starts_with("NN") && ReadsAsClauseVerb(words, k)) {
        PinAndDecode(k, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
        break;
      }
      const std::string_view tag = m.tag_name(x.best[k]);
      if (!IsPhraseTag(tag) && tag != "IN" && tag != "RB") break;
      if (tag == "IN" && OpensAdverbialClause(words[k])) break;
    }
  }
}

// "Kenyan police, who arrested/VBN Raila Odinga on Monday, said ...": right
// after "who" or "which", a participle that reads as a past tense before its
// object (ReadsAsClauseVerb) is the relative clause's verb; the model reads
// it as a participle and the clause is left without one. Not "who, armed
// with rifles, ..." (a comma stands between) nor "which was seized" (an
// auxiliary).
void Tagger::RepairVerbAfterRelativePronoun(std::span<const std::string_view> words) {
  Scratch& x = *scratch_;
  const Model& m = *model_;
  const int vbd = x.vbd;
  if (vbd < 0) return;
  for (size_t i = 0; i + 2 < x.lattice.size(); ++i) {
    const std::string_view tag = m.tag_name(x.best[i]);
    if ((tag != "WP" && tag != "WDT") || !EqualsAnyIgnoreCase(words[i], {"who", "which"})) continue;
    if (!ReadsAsClauseVerb(words, i + 1)) continue;
    PinAndDecode(i + 1, vbd, Candidate{static_cast<uint8_t>(vbd), kUnlistedEmission});
  }
}

void Tagger::Tag(std::span<const std::string_view> words, std::vector<std::string_view>* tags) {
  BuildLattice(words, &scratch_->lattice);
  scratch_->viterbi.Decode(scratch_->lattice, {model_->transition_table(), model_->num_tags()},
                           &scratch_->best);
  RepairPassiveAsideAfterComma(words);
  RepairMissingVerb(words);
  RepairVerbAfterSubordinator(words);
  RepairVerbAfterRelativePronoun(words);
  RepairVerbAfterModal(words);
  RepairVerbAfterTo(words);
  RepairPluralBeforeParticiple(words);
  RepairParticipleBeforeBy(words);
  RepairParticipleAfterSubject(words);
  RepairVerbAfterOpeningSubject(words);
  RepairSubjunctive(words);
  RepairCompoundAfterDeterminer(words);
  RepairHeadAfterQuotedAdjective(words);
  RepairSecondClauseVerb(words);
  RepairPredicateAfterCommaAnd(words);
  RepairClauseVerbAfterCommaAnd(words);
  RepairParticipleAfterComma(words);
  RepairGerundAfterDeterminer(words);
  RepairDeadBeforeAName(words);
  RepairProgressiveAfterBe(words);
  RepairHeAsName(words);
  tags->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) (*tags)[i] = model_->tag_name(scratch_->best[i]);
}

std::string DefaultModelPath(std::string_view executable_path) {
  const char* env = std::getenv("DYAD_TAG_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return PathBeside(executable_path, "data/tagger.bin");
}

}  // namespace dyad::tag
