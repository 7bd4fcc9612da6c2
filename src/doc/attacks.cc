// Claims of responsibility and the attacks they give an author (see
// claims.h).
#include "doc/attacks.h"

#include <initializer_list>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {
namespace {

bool IsClaimVerb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"claimed", "claims", "claim"});
}

// Deeds of force a group claims: "claimed the attack", "claimed both
// bombings", "claimed the killing of ...".
bool IsAttackNoun(std::string_view w) {
  static const WordSet kNouns = {
      "attack",     "attacks",     "assault",   "assaults",     "bombing",  "bombings",
      "blast",      "blasts",      "explosion", "explosions",   "raid",     "raids",
      "ambush",     "shooting",    "shootings", "killing",      "killings", "massacre",
      "kidnapping", "kidnappings", "abduction", "abductions",   "siege",    "strike",
      "strikes",    "hijacking",   "beheading", "assassination"};
  return kNouns.contains(w);
}

// Words before the verb that make the claim none: "No group has claimed",
// "has not claimed", "has yet to claim", "denied claiming", "could claim",
// "a claim ... doubted" is a noun, not read.
bool IsNoClaimCue(std::string_view w) {
  static const WordSet kCues = {
      "no",     "not",  "n't",    "never",   "yet",     "nobody",     "none",
      "denied", "deny", "denies", "without", "would",   "could",      "might",
      "may",    "will", "if",     "whether", "falsely", "reportedly", "purportedly"};
  return kCues.contains(w);
}

// Whether "claimed" at `c` has a deed of force or "responsibility" as its
// object: "claimed responsibility", "claimed credit", "claimed the attack",
// "claimed both the shooting and the bombing".
bool ClaimsAttack(std::span<const std::string_view> words, int c) {
  const int n = static_cast<int>(words.size());
  if (c + 1 >= n) return false;
  if (EqualsAnyIgnoreCase(words[c + 1], {"responsibility", "credit"})) return true;
  for (int j = c + 1; j < n && j <= c + 4; ++j) {
    if (IsAttackNoun(words[j])) return true;
    if (words[j] == "," || EqualsIgnoreCase(words[j], "that")) return false;
  }
  return false;
}

// Whether a cue of no claim stands in the clause before `c`.
bool NoClaimBefore(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                   int c) {
  constexpr int kWindow = 6;
  for (int j = c - 1; j >= 0 && j >= c - kWindow; --j) {
    if (tags[j] == "." || tags[j] == ":" || words[j] == ";") return false;
    if (tags[j] == "MD" || IsNoClaimCue(words[j])) return true;
  }
  return false;
}

// Whether `code` is an armed group of a country: "SOMINS", "COLREB".
bool IsArmedGroupOfACountry(std::string_view code) {
  if (code.size() < 6 || code.starts_with("---")) return false;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    std::string_view role = code.substr(i, 3);
    if (role == "INS" || role == "REB" || role == "SEP") return true;
  }
  return false;
}

bool IsHave(std::string_view w) { return EqualsAnyIgnoreCase(w, {"has", "have", "had"}); }

// The code of mention `m`: the coder's, or, for a phrase of a comma clause
// the coder set aside ("?": "The attack, claimed by al Shabaab, killed"),
// the dictionaries' own.
std::string MentionCode(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                        const code::Mention& m, Date date) {
  if (m.code != "?") return m.code;
  return code::CodeNounPhrase(dicts, words.subspan(m.tokens.begin, m.tokens.end - m.tokens.begin),
                              date, nullptr);
}

// The subject of the verb at `c`: the last coded phrase before it, with no
// other verb between ("Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,
// claimed": the Taliban's faction), else "".
std::string SubjectBefore(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                          std::span<const std::string_view> tags,
                          std::span<const code::Mention> mentions, int c, Date date) {
  constexpr int kWindow = 8;
  const code::Mention* subject = nullptr;
  for (const code::Mention& m : mentions) {
    if (m.tokens.empty() || m.tokens.end > c) break;
    subject = &m;
  }
  if (subject == nullptr || subject->place || subject->compound) return {};
  if (c - subject->tokens.end > kWindow) return {};
  for (int j = subject->tokens.end; j < c; ++j) {
    if (tags[j].starts_with("VB") && !IsHave(words[j])) return {};
  }
  return MentionCode(dicts, words, *subject, date);
}

// The phrase after "claimed by" at `c`, coded with `dicts` (a comma clause
// the coder set aside holds it): "The attack on Saturday, claimed by JNIM,
// ...", "Responsibility was claimed by the ELN".
std::string AgentAfter(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, int c, Date date) {
  constexpr int kDeedWindow = 10, kPhrase = 8;
  const int n = static_cast<int>(words.size());
  if (c + 2 >= n || !EqualsIgnoreCase(words[c + 1], "by")) return {};
  bool deed = false;
  for (int j = c - 1; j >= 0 && j >= c - kDeedWindow && !deed; --j)
    deed = IsAttackNoun(words[j]) || EqualsIgnoreCase(words[j], "responsibility");
  if (!deed) return {};
  int end = c + 2;
  while (end < n && end < c + 2 + kPhrase &&
         (tags[end] == "DT" || tags[end].starts_with("JJ") || tags[end].starts_with("NN") ||
          tags[end] == "POS" || tags[end] == "HYPH"))
    ++end;
  if (end == c + 2) return {};
  return code::CodeNounPhrase(dicts, words.subspan(c + 2, end - c - 2), date, nullptr);
}

bool HasRole(std::string_view code, std::initializer_list<std::string_view> roles) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    for (std::string_view r : roles) {
      if (code.substr(i, 3) == r) return true;
    }
  }
  return false;
}

bool IsIrregular(std::string_view code) {
  return HasRole(code, {"UAF", "INS", "REB", "SEP", "CRM"});
}

// Civilians, of a country or none, and the trades of society; not when the
// code also names a state's role ("PAKGOVEDU" is a ministry).
bool IsCivilian(std::string_view code) {
  return HasRole(code, {"CVL", "EDU", "HLH", "MED", "REL", "LAB", "BUS"}) &&
         !HasRole(code, {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"});
}

}  // namespace

bool MayClaimResponsibility(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (IsClaimVerb(w)) return true;
  }
  return false;
}

std::string ClaimerOf(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                      std::span<const std::string_view> tags,
                      std::span<const code::Mention> mentions, Date date) {
  const int n = static_cast<int>(words.size());
  for (int c = 0; c < n; ++c) {
    if (!IsClaimVerb(words[c]) || !tags[c].starts_with("VB")) continue;
    if (NoClaimBefore(words, tags, c)) continue;
    std::string code = AgentAfter(dicts, words, tags, c, date);
    if (code.empty() && ClaimsAttack(words, c))
      code = SubjectBefore(dicts, words, tags, mentions, c, date);
    if (IsArmedGroupOfACountry(code)) return code;
  }
  return {};
}

void Claims::Add(std::string_view claimer) {
  if (claimer.empty()) return;
  if (claimer_.empty()) {
    claimer_ = claimer;
  } else if (claimer_ != claimer) {
    conflicting_ = true;
  }
}

bool NamesYear(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
        w.find_first_not_of("0123456789") == std::string_view::npos)
      return true;
  }
  return false;
}

void GiveClaimedAttacks(std::string_view claimer, std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    const std::string_view root = std::string_view(e.code).substr(0, 2);
    if (e.source == "---UAF" && (root == "18" || root == "19" || root == "20")) e.source = claimer;
    if (e.target == "---UAF" && (root == "11" || root == "12" || root == "13")) e.target = claimer;
  }
}

void ReadViolenceAgainstCivilians(std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    if (e.code != "190" && e.code != "193") continue;
    if (!IsIrregular(e.source) || !IsCivilian(e.target)) continue;
    const bool killing = e.verb_text.starts_with("kill") || e.verb_text.starts_with("Kill");
    e.code = killing ? "1823" : "180";
  }
}

}  // namespace dyad::doc
