// The verb dictionary: verbs, their forms, and the patterns that refine their codes.
//
// Verbs come in blocks that share a meaning and a list of patterns
// ("--- MEET [040] ---"). Each verb form (MEET, MEETS, MET, MEETING, or a
// multi-word verb such as CALL OFF) points to its block and carries its own
// code. A pattern names words, synsets and actor slots before and after the
// verb ("- $ * TIES WITH + [064]"); the coder tries the patterns of the
// verb's block and falls back on the verb's code.
#ifndef DYAD_DICT_VERBS_H_
#define DYAD_DICT_VERBS_H_

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/dict/diagnostics.h"
#include "dyad/dict/key_index.h"
#include "dyad/dict/vocabulary.h"

namespace dyad::dict {

enum class ElementKind : uint8_t {
  kWord,        // one word (id = WordId)
  kSynset,      // any member phrase of a synset (id = synset index)
  kSource,      // $: the noun phrase here is the source
  kTarget,      // +: the noun phrase here is the target
  kSkipPhrase,  // ^: skip over a noun phrase
  kCompound,    // %: a compound noun phrase; the event runs between its members
};

struct PatternElement {
  ElementKind kind;
  uint32_t id = 0;
  // Joined with '_' to its neighbour towards the verb: it must be the very
  // next word (after the verb for `after`, before it for `before`), with no
  // other word between ("IN_*", "*_OUT", "DEATH_TOTAL").
  bool adjacent = false;
};

struct Pattern {
  // The elements before the verb are stored nearest-first (reversed sentence
  // order), those after it in sentence order: both in the order they are matched.
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  std::string code;  // "064", "042:043" (active:passive), "---"
  int block = -1;
  SourceRef where;
  std::string text;     // the pattern as written, for explanations
  int specificity = 0;  // 2 per word or synset, 1 per $ + ^ %; the most specific match wins
  // dyad's "=> 190 mutual": the event runs both ways ("clashed with": two
  // sides fighting each other).
  bool mutual = false;
};

// dyad's "target:" field of a verb: whom the verb's deed is done to when
// the sentence names no one ("Prime Minister Oli resigned", "the army vowed
// revenge", "imposed a curfew"); the article layer finds it in context.
enum class ImplicitTarget : uint8_t {
  kNone,
  kCounterpart,  // whoever pressed or attacked the source: yielding, threats
  kWronged,      // whom the source acted on: apologies
  kCivilians,    // the people of the source's country: curfews, emergencies, calls for calm
  kAccuser,      // whoever accused or pressed the source: a denial of a clause
  kGovernment,   // the government of the article's country: a crowd's protest
  kProtesters,   // the people who protested: a protest broken up ("---CVL")
};

struct VerbBlock {
  std::string meaning;  // the first verb of the block
  std::string code;     // the block's code, "---" for none
  std::vector<int> patterns;
  // Patterns with no anchor word (VerbDictionary::PatternsAnchoredBy has the
  // others).
  std::vector<int> unanchored;
  SourceRef where;
  ImplicitTarget implicit_target = ImplicitTarget::kNone;  // the "target:" field
};

struct VerbForm {
  WordId verb = kUnknownWord;  // the inflected word the parser tags as the verb
  std::vector<WordId> before;  // other words of a multi-word verb, in sentence order
  std::vector<WordId> after;
  int block = -1;
  std::string code;
  SourceRef where;
  std::string text;  // as written in the dictionary ("+CALL_OFF")
};

struct Synset {
  std::string name;  // "&CURRENCY"
  std::vector<std::vector<WordId>> members;
  bool defined = false;
  SourceRef where;
  // Built by Finish(): (first word, member) and (last word, member), sorted,
  // so a match looks only at members that can start (or end) at a word.
  std::vector<std::pair<WordId, uint32_t>> by_first, by_last;
};

// A rewrite of an event reported or intended by another verb, from the end of
// PETRARCH2's verb file: "~ a (a b ATTACK) SAY = a b 015" (a says a attacked
// b: a claims responsibility). Letters are actor variables; '.' and '_' in the
// inner event match anything; "Q" stands for any inner verb and its code.
// Verb names stand for their whole verb block.
struct Transformation {
  char outer_source = 'a';
  char inner_source = 'a', inner_target = 'b';
  std::string inner_verb, outer_verb;  // upper case; inner may be "Q"
  char result_source = 'a', result_target = 'b';
  std::string code;                             // or "Q": the inner event's code
  std::vector<int> inner_blocks, outer_blocks;  // resolved by Finish()
  SourceRef where;
  std::string text;
};

// What a code "X:Y" means. TABARI-heritage dictionaries use it for symmetric
// events (source->target X, target->source Y); PETRARCH2's CAMEO.2.0.txt for
// the active and the passive reading of the verb ("[:100]": only passive).
enum class ColonCodes : uint8_t { kSymmetric, kActivePassive };

class VerbDictionary {
 public:
  ColonCodes colon_codes() const { return colon_codes_; }
  void set_colon_codes(ColonCodes c) { colon_codes_ = c; }

  // The forms whose verb is `verb`, in the order they were added (after
  // Finish()).
  std::span<const int> FormsOf(WordId verb) const { return forms_by_word_.Find(verb); }
  // The patterns of `block` that contain `word` as an anchor: their first word
  // or a member of their first synset (after Finish()).
  std::span<const int> PatternsAnchoredBy(int block, WordId word) const {
    return anchored_.Find(uint64_t{static_cast<uint32_t>(block)} << 32 | word);
  }
  const VerbForm& form(int i) const { return forms_[i]; }
  // The other words of form `i`, before and after its verb, from one flat
  // array: what the coder's inner loop reads (after Finish()).
  struct FormWords {
    std::span<const WordId> before, after;
    size_t size() const { return before.size() + after.size() + 1; }  // the verb too
  };
  FormWords WordsOf(int i) const {
    const FormSpan& s = form_spans_[i];
    const WordId* begin = form_words_.data() + s.begin;
    return {{begin, s.before}, {begin + s.before, s.after}};
  }
  const VerbBlock& block(int i) const { return blocks_[i]; }
  const Pattern& pattern(int i) const { return patterns_[i]; }
  const Synset& synset(int i) const { return synsets_[i]; }
  const std::vector<Transformation>& transformations() const { return transformations_; }
  // Whether some transformation has a verb of `block` as its outer verb.
  bool IsReportingBlock(int block) const {
    return block >= 0 && block < static_cast<int>(reporting_.size()) && reporting_[block];
  }
  size_t num_forms() const { return forms_.size(); }
  size_t num_blocks() const { return blocks_.size(); }
  size_t num_patterns() const { return patterns_.size(); }
  size_t num_synsets() const { return synsets_.size(); }

  // Building (used by the readers).
  int AddBlock(VerbBlock block);
  int AddForm(VerbForm form);
  int AddPattern(Pattern pattern);
  int SynsetIndex(const std::string& name);  // creates an undefined synset on first use
  void AddTransformation(Transformation t) { transformations_.push_back(std::move(t)); }
  Synset& mutable_synset(int i) { return synsets_[i]; }
  VerbBlock& mutable_block(int i) { return blocks_[i]; }
  // Builds the anchor indexes; call once after the last Add. A pattern's
  // leading `omissible` word ("that" of "* that TARGET withdraw", which dyad's
  // coder lets text leave out) anchors it no more than its later words.
  void Finish(WordId omissible = kUnknownWord);
  // Whether `elements` (a pattern's words after the verb) open with Finish's
  // omissible word right before TARGET.
  bool LeadsWithOmissible(std::span<const PatternElement> elements) const {
    return omissible_ != kUnknownWord && elements.size() >= 2 &&
           elements[0].kind == ElementKind::kWord && elements[0].id == omissible_ &&
           elements[1].kind == ElementKind::kTarget;
  }

 private:
  std::vector<VerbForm> forms_;
  struct FormSpan {
    uint32_t begin = 0;  // in form_words_
    uint16_t before = 0, after = 0;
  };
  std::vector<FormSpan> form_spans_;  // by form
  std::vector<WordId> form_words_;
  KeyIndex forms_by_word_;  // by WordId
  KeyIndex anchored_;       // by block << 32 | WordId
  std::vector<VerbBlock> blocks_;
  std::vector<Pattern> patterns_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, int> synset_by_name_;
  ColonCodes colon_codes_ = ColonCodes::kSymmetric;
  std::vector<Transformation> transformations_;
  std::vector<bool> reporting_;  // by block
  WordId omissible_ = kUnknownWord;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_VERBS_H_
