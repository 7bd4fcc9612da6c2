// Event anaphora: which deed of the article a definite description names
// (see include/dyad/doc/deeds.h). Called only for the uncoded object of a
// criticism, so a linear scan of a few short tables is enough.
#include "dyad/doc/deeds.h"

#include "dyad/base/text.h"

namespace dyad::doc {

namespace {

// The kinds of deed a head noun names, and the CAMEO roots (or codes) that
// tell one.
enum class DeedKind { kNone, kAttack, kKilling, kDetention, kCoup, kAbduction };

DeedKind KindOfHead(std::string_view head) {
  static constexpr std::string_view kAttacks[] = {
      "attack",    "attacks",  "strike",    "strikes", "airstrike", "airstrikes",
      "bombing",   "bombings", "shelling",  "raid",    "raids",     "bombardment",
      "offensive", "invasion", "incursion", "assault"};
  static constexpr std::string_view kKillings[] = {"killing",   "killings", "shooting",
                                                   "shootings", "massacre", "massacres"};
  static constexpr std::string_view kDetentions[] = {"detention", "detentions", "arrest",
                                                     "arrests"};
  static constexpr std::string_view kCoups[] = {"coup", "takeover", "putsch"};
  static constexpr std::string_view kAbductions[] = {"abduction", "abductions", "kidnapping",
                                                     "kidnappings"};
  auto any = [head](std::span<const std::string_view> words) {
    for (std::string_view w : words) {
      if (EqualsIgnoreCase(head, w)) return true;
    }
    return false;
  };
  if (any(kAttacks)) return DeedKind::kAttack;
  if (any(kKillings)) return DeedKind::kKilling;
  if (any(kDetentions)) return DeedKind::kDetention;
  if (any(kCoups)) return DeedKind::kCoup;
  if (any(kAbductions)) return DeedKind::kAbduction;
  return DeedKind::kNone;
}

bool IsForce(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// Whether an event coded `code` tells a deed of kind `kind`.
bool Tells(DeedKind kind, std::string_view code) {
  switch (kind) {
    case DeedKind::kAttack:
      return IsForce(code);
    case DeedKind::kKilling:
      return IsForce(code) || code == "175";
    case DeedKind::kDetention:
      return code == "173";
    case DeedKind::kCoup:
      return code.starts_with("17") || IsForce(code);
    case DeedKind::kAbduction:
      return code == "181";
    case DeedKind::kNone:
      return false;
  }
  return false;
}

// The head noun of a definite description of at most four words before its
// first preposition ("the detention of the state counsellor": "detention"),
// or "" when the phrase is none.
std::string_view DefiniteHead(std::span<const std::string_view> phrase) {
  if (phrase.size() < 2 ||
      !EqualsAnyIgnoreCase(phrase[0], {"the", "this", "these", "that", "those"}))
    return {};
  size_t end = 1;
  while (end < phrase.size() &&
         !EqualsAnyIgnoreCase(phrase[end], {"of", "on", "in", "against", "by", "at"}))
    ++end;
  if (end > 4) return {};
  return phrase[end - 1];
}

}  // namespace

void Deeds::Remember(std::string_view source, std::string_view code) {
  if (source.empty() || source == "---") return;
  deeds_.push_back(Deed{std::string(source), std::string(code)});
}

bool Deeds::Author(std::span<const std::string_view> phrase, std::string* author,
                   bool* attack) const {
  DeedKind kind = KindOfHead(DefiniteHead(phrase));
  if (kind == DeedKind::kNone) return false;
  for (const Deed& d : deeds_) {
    if (!Tells(kind, d.code)) continue;
    *author = d.source;
    *attack = kind == DeedKind::kAttack;
    return true;
  }
  return false;
}

}  // namespace dyad::doc
