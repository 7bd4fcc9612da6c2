#include "doc/sentence_gates.h"

#include <array>
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
enum Gate {
  kDeedNoun,
  kProtestNoun,
  kContactNoun,
  kClaim,
  kSeizure,
  kHold,
  kStorm,
  kReaction,
  kPlacing,
  kGates
};

// The first three characters' low five bits, 15 bits: ASCII case does not
// change them, so a word and its folded form share them.
int ShapeOfFirstThree(std::string_view w) {
  return (w[0] & 31) << 10 | (w[1] & 31) << 5 | (w[2] & 31);
}

// All the gates' words, and the bit ShapeOfFirstThree(w) of each of three or
// more characters: a word of three or more whose bit is clear is none of
// them, with no probe of the set (most words of a sentence).
struct GateTable {
  WordSet words;
  std::array<uint64_t, (1 << 15) / 64> shapes{};

  bool MayHave(std::string_view w) const {
    if (w.size() < 3) return true;
    const int bit = ShapeOfFirstThree(w);
    return (shapes[bit / 64] >> (bit % 64) & 1) != 0;
  }
};

const GateTable& Gates() {
  static const GateTable kTable = [] {
    std::span<const std::string_view> lists[kGates];
    lists[kDeedNoun] = NounsOfDeeds();
    lists[kProtestNoun] = NounsOfProtests();
    lists[kContactNoun] = NounsOfContacts();
    lists[kClaim] = ClaimWords();
    lists[kSeizure] = SeizureWords();
    lists[kHold] = HoldWords();
    lists[kStorm] = StormWords();
    lists[kReaction] = ReactionWords();
    lists[kPlacing] = PlacingWords();
    GateTable table{WordSet::OfKinds(lists)};
    for (std::span<const std::string_view> list : lists) {
      for (std::string_view w : list) {
        if (w.size() < 3) continue;
        const int bit = ShapeOfFirstThree(w);
        table.shapes[bit / 64] |= uint64_t{1} << (bit % 64);
      }
    }
    return table;
  }();
  return kTable;
}

bool Opens(uint32_t kinds, Gate gate) { return (kinds >> gate & 1) != 0; }

}  // namespace

SentenceGates GatesOf(std::span<const std::string_view> words) {
  const GateTable& table = Gates();
  uint32_t kinds = 0;
  for (std::string_view w : words) {
    if (table.MayHave(w)) kinds |= table.words.KindsOf(w);
  }
  SentenceGates gates;
  gates.deed_noun = Opens(kinds, kDeedNoun);
  gates.protest_noun = Opens(kinds, kProtestNoun);
  gates.contact_noun = Opens(kinds, kContactNoun);
  gates.claim = Opens(kinds, kClaim);
  gates.seizure = Opens(kinds, kSeizure);
  gates.hold = Opens(kinds, kHold);
  gates.storm = Opens(kinds, kStorm);
  gates.reaction = Opens(kinds, kReaction);
  gates.placing = Opens(kinds, kPlacing);
  return gates;
}

}  // namespace dyad::doc
