// Claims of responsibility: "Colombia's ELN guerrilla group said it had
// kidnapped ...", "the Islamic State group said it carried out the bombing".
// An armed group outside the state that says it did violence claims
// responsibility for it (015) besides having done it; a state's forces that
// report their operations ("the army said its troops killed 10 bandits") do
// not. Run after the verbs are coded, for dyad's dictionaries only.
#include <string>
#include <vector>

#include "code/stages.h"
#include "dyad/base/text.h"
#include "dyad/dict/actors.h"
#include "dyad/dict/cameo.h"

namespace dyad::code {

namespace {

// Verbs that state a fact as the speaker's own ("warned", "threatened" do not).
bool IsClaimVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(
             t.text, {"said", "says", "announced", "announces", "claimed", "claims", "confirmed",
                      "confirms", "acknowledged", "admitted", "stated"});
}

// Rebels, insurgents, militias, separatists, terrorists and international
// militant groups: the parties whose statements of violence are claims.
bool IsNonStateArmed(std::string_view code) {
  if (code.starts_with("IMG")) return true;
  for (size_t at = 3; at + 3 <= code.size(); at += 3) {
    std::string_view role = code.substr(at, 3);
    if (role == "REB" || role == "INS" || role == "UAF" || role == "SEP" || role == "TER")
      return true;
  }
  return false;
}

// The speaker's code: the coded phrase of a one-phrase subject, else "".
std::string_view SpeakerOf(const Sentence& s, const VerbPhrase& vp) {
  if (vp.subject_end - vp.subject_begin != 1) return {};
  const Unit& u = s.units[vp.subject_begin];
  if (u.compound || u.phrase_begin >= u.phrase_end || s.tokens[u.token_begin].deleted) return {};
  std::string_view code = s.phrases[u.phrase_begin].code;
  return IsNonStateArmed(code) ? code : std::string_view();
}

// Verbs that report what the speaker's side does or will do.
bool IsReportVerb(const Token& t) {
  return t.tag.starts_with("VB") &&
         EqualsAnyIgnoreCase(t.text, {"said", "says", "told", "tells", "announced", "announces",
                                      "stated", "insisted", "added", "confirmed"});
}

bool HasClaim(const std::vector<Event>& events, const Event& deed) {
  for (const Event& e : events) {
    if (e.code == "015" && e.source == deed.source && e.target == deed.target) return true;
  }
  return false;
}

}  // namespace

void AddClaimsOfResponsibility(const Sentence& s, std::vector<Event>* events) {
  const size_t deeds = events->size();
  for (const VerbPhrase& vp : s.verb_phrases) {
    if (!s.IsWord(vp.verb_token) || !IsClaimVerb(s.tokens[vp.verb_token]) || vp.negated) continue;
    std::string_view speaker = SpeakerOf(s, vp);
    if (speaker.empty()) continue;
    for (size_t k = 0; k < deeds; ++k) {
      const Event& deed = (*events)[k];
      bool nested = deed.verb_tokens.begin > vp.verb_token && deed.verb_tokens.begin < vp.end_token;
      if (!nested || deed.source != speaker || !dict::IsForceCode(deed.code) || deed.future ||
          deed.negated || deed.hypothetical || HasClaim(*events, deed)) {
        continue;
      }
      Event claim = deed;
      claim.code = "015";
      claim.passive = false;
      claim.verb_text = std::string(s.tokens[vp.verb_token].text);
      claim.verb_entry.clear();
      claim.pattern = "claim of responsibility";
      claim.pattern_entry.clear();
      claim.verb_tokens = TokenRange{vp.verb_token, vp.verb_token + 1};
      events->push_back(std::move(claim));
    }
  }
}

void GiveCountrysDeedsToItsGovernment(const Sentence& s, std::vector<Event>* events) {
  for (const VerbPhrase& vp : s.verb_phrases) {
    if (!s.IsWord(vp.verb_token) || !IsReportVerb(s.tokens[vp.verb_token]) ||
        vp.subject_end - vp.subject_begin != 1)
      continue;
    const Unit& u = s.units[vp.subject_begin];
    if (u.compound || u.phrase_begin >= u.phrase_end || s.tokens[u.token_begin].deleted) continue;
    const std::string_view speaker = s.phrases[u.phrase_begin].code;
    if (speaker.size() != 6 || !speaker.ends_with("GOV")) continue;
    for (Event& e : *events) {
      const bool nested =
          e.source_tokens.begin > vp.verb_token && e.source_tokens.begin < vp.end_token;
      if (nested && dict::IsBareCountryCode(e.source) && speaker.starts_with(e.source))
        e.source = std::string(speaker);
    }
  }
}

}  // namespace dyad::code
