#include "doc/sentence_gates.h"

#include <cstdint>

#include "doc/article_state.h"
#include "doc/attacks.h"
#include "doc/reactions.h"
#include "dyad/base/word_set.h"
#include "dyad/doc/nominal_events.h"

namespace dyad::doc {
namespace {

enum Kind : uint32_t { kDeedNoun = 1, kClaim = 2, kSeizure = 4, kReaction = 8, kPlacing = 16 };

const WordSet& GateWords() {
  static const WordSet kWords = [] {
    // In the order of the kinds' bits.
    const std::span<const std::string_view> lists[] = {NounsOfDeeds(), ClaimWords(), SeizureWords(),
                                                       ReactionWords(), PlacingWords()};
    return WordSet::OfKinds(lists);
  }();
  return kWords;
}

}  // namespace

SentenceGates GatesOf(std::span<const std::string_view> words) {
  const WordSet& table = GateWords();
  uint32_t kinds = 0;
  for (std::string_view w : words) kinds |= table.KindsOf(w);
  SentenceGates gates;
  gates.deed_noun = (kinds & kDeedNoun) != 0;
  gates.claim = (kinds & kClaim) != 0;
  gates.seizure = (kinds & kSeizure) != 0;
  gates.reaction = (kinds & kReaction) != 0;
  gates.placing = (kinds & kPlacing) != 0;
  return gates;
}

}  // namespace dyad::doc
