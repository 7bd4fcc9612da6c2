// The part-of-speech tagger: Penn Treebank tokens in, Penn Treebank tags out.
// It sits between the tokenizer (src/text) and the parser in dyad's raw-text
// pipeline.
//
// A bigram hidden Markov model decoded with Viterbi. Its tables come from
// Lingua::EN::Tagger's Penn-Treebank-derived counts, compiled at build time by
// dyad_tag_compile into a binary model (BUILD/data/tagger.bin; format in
// src/tag/model.h). Known words may take only the tags the lexicon has seen
// them with; unknown words take the tags of their shape class (capitalised,
// -ing, -s, number, hyphenated, ...), weighted by the class statistics.
//
//   auto tagger = dyad::tag::Tagger::Load(dyad::tag::DefaultModelPath(argv[0]));
//   std::vector<std::string_view> tags;
//   (*tagger)->Tag(words, &tags);
#ifndef DYAD_TAG_TAGGER_H_
#define DYAD_TAG_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad::tag {

class Model;  // src/tag/model.h
struct Lattice;
struct Candidate;

class Tagger {
 public:
  // Reads a binary model file. Errors: NotFound/IoError for the file,
  // InvalidInput naming the path and byte offset for a malformed model.
  static StatusOr<std::unique_ptr<Tagger>> Load(const std::string& model_path);
  // The same from the file's bytes (copied as needed); `name` is for messages.
  static StatusOr<std::unique_ptr<Tagger>> FromBytes(std::string_view bytes, std::string_view name);

  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // A new tagger sharing this one's immutable model, with its own scratch:
  // the way to get one tagger per thread without loading the model again.
  std::unique_ptr<Tagger> Clone() const;

  // Tags one sentence of Penn Treebank tokens ("n't", "-LRB-", "``", "1,000")
  // and writes one tag per word into *tags (resized to words.size()). The tags
  // are views into static storage, valid for the life of the program. The
  // first word, and a word after `` or -LRB-, is sentence-initial: when its
  // capitalised form is unknown it is tagged as its lower-case form.
  // Not thread-safe: reuses this tagger's scratch, so after the first few
  // sentences it allocates nothing.
  void Tag(std::span<const std::string_view> words, std::vector<std::string_view>* tags);

  // For tests: the model, and the candidate lattice Tag() decodes.
  const Model& model() const { return *model_; }
  void BuildLattice(std::span<const std::string_view> words, Lattice* lattice);

 private:
  void PinAndDecode(size_t i, int tag, const Candidate& fallback);
  void RepairMissingVerb(std::span<const std::string_view> words);
  bool HasFiniteVerb(size_t from, size_t before) const;
  bool HasFiniteVerbInClause(std::span<const std::string_view> words, size_t from) const;
  bool Lists(size_t i, int tag) const;
  bool RelativeClauseAfter(std::span<const std::string_view> words, size_t from) const;
  size_t AfterOpeningSubject() const;
  bool FindMissingVerb(std::span<const std::string_view> words, size_t begin, size_t end,
                       size_t aside_end);
  bool ReadsAsClauseVerb(std::span<const std::string_view> words, size_t k) const;
  void RepairVerbAfterSubordinator(std::span<const std::string_view> words);
  void RepairVerbAfterRelativePronoun(std::span<const std::string_view> words);
  void RepairVerbAfterModal(std::span<const std::string_view> words);
  void RepairVerbAfterTo(std::span<const std::string_view> words);
  void RepairPluralBeforeParticiple(std::span<const std::string_view> words);
  void RepairParticipleBeforeBy(std::span<const std::string_view> words);
  void RepairParticipleAfterSubject(std::span<const std::string_view> words);
  void RepairVerbAfterOpeningSubject(std::span<const std::string_view> words);
  void RepairSubjunctive(std::span<const std::string_view> words);
  bool IsVerblessClauseAfter(size_t i) const;
  void RepairCompoundAfterDeterminer(std::span<const std::string_view> words);
  void RepairHeadAfterQuotedAdjective(std::span<const std::string_view> words);
  void RepairSecondClauseVerb(std::span<const std::string_view> words);
  void RepairPredicateAfterCommaAnd(std::span<const std::string_view> words);
  void RepairClauseVerbAfterCommaAnd(std::span<const std::string_view> words);
  void RepairParticipleAfterComma(std::span<const std::string_view> words);
  void RepairPassiveAsideAfterComma(std::span<const std::string_view> words);
  void RepairDeadBeforeAName(std::span<const std::string_view> words);
  void RepairGerundAfterDeterminer(std::span<const std::string_view> words);
  bool ModifiesANameAfterAnd(std::span<const std::string_view> words, size_t i) const;
  void RepairProgressiveAfterBe(std::span<const std::string_view> words);
  void RepairHeAsName(std::span<const std::string_view> words);
  struct Scratch;
  explicit Tagger(std::shared_ptr<const Model> model);

  std::shared_ptr<const Model> model_;
  std::unique_ptr<Scratch> scratch_;
};

// Where a program finds the model: $DYAD_TAG_MODEL when set, else
// data/tagger.bin beside the executable `executable_path` (argv[0] or
// /proc/self/exe), which is where the build writes it.
std::string DefaultModelPath(std::string_view executable_path);

}  // namespace dyad::tag

#endif  // DYAD_TAG_TAGGER_H_
