#include "doc/sentence_gates.h"

#include <cstdint>

#include "doc/article_state.h"
#include "doc/attacks.h"
#include "doc/reactions.h"
#include "dyad/base/word_set.h"
#include "dyad/doc/nominal_events.h"

namespace dyad::doc {
namespace {

// Each gate's list of words, by its index in the table: a word's kinds hold
// bit i for each list i that has it (WordSet::OfKinds).
enum Gate { kDeedNoun, kProtestNoun, kContactNoun, kClaim, kSeizure, kReaction, kPlacing, kGates };

const WordSet& GateWords() {
  static const WordSet kWords = [] {
    std::span<const std::string_view> lists[kGates];
    lists[kDeedNoun] = NounsOfDeeds();
    lists[kProtestNoun] = NounsOfProtests();
    lists[kContactNoun] = NounsOfContacts();
    lists[kClaim] = ClaimWords();
    lists[kSeizure] = SeizureWords();
    lists[kReaction] = ReactionWords();
    lists[kPlacing] = PlacingWords();
    return WordSet::OfKinds(lists);
  }();
  return kWords;
}

bool Opens(uint32_t kinds, Gate gate) { return (kinds >> gate & 1) != 0; }

}  // namespace

SentenceGates GatesOf(std::span<const std::string_view> words) {
  const WordSet& table = GateWords();
  uint32_t kinds = 0;
  for (std::string_view w : words) kinds |= table.KindsOf(w);
  SentenceGates gates;
  gates.deed_noun = Opens(kinds, kDeedNoun);
  gates.protest_noun = Opens(kinds, kProtestNoun);
  gates.contact_noun = Opens(kinds, kContactNoun);
  gates.claim = Opens(kinds, kClaim);
  gates.seizure = Opens(kinds, kSeizure);
  gates.reaction = Opens(kinds, kReaction);
  gates.placing = Opens(kinds, kPlacing);
  return gates;
}

}  // namespace dyad::doc
