// VerbPhraseCoder's events: the parties a unit stands for, their provenance,
// and one event per source and target code (symmetric codes, passives,
// reciprocal phrases, countries implied by the other side).
#include <algorithm>

#include "code/verb_phrase_coder.h"
#include "dyad/base/text.h"

namespace dyad::code {

namespace {

// Whether `word` (upper case) reads as a plural of a people ("AUSTRALIANS",
// "ISRAELIS", "BRITONS", "FILIPINOS", "FRENCHMEN"), not a country's own name
// ("YEMEN").
bool IsPeoplePlural(std::string_view word) {
  return word.ends_with("ANS") || word.ends_with("IS") || word.ends_with("ONS") ||
         word.ends_with("NOS") || word.ends_with("HMEN") || word.ends_with("SMEN");
}

// Whether one of `parties` is a state body (GOV, MIL, COP, ELI, LEG, JUD) of
// the country `code`.
bool StateBodyOf(const std::vector<Party>& parties, std::string_view code) {
  return std::any_of(parties.begin(), parties.end(), [code](const Party& p) {
    if (p.code.size() != 6 || p.code.compare(0, 3, code) != 0) return false;
    std::string_view role = std::string_view(p.code).substr(3);
    return dict::IsStateRole(role) || role == "ELI";
  });
}

// Whether one of `parties` has the country of `code` ("CAN" of "CANCVL").
bool SameCountry(const std::vector<Party>& parties, std::string_view code) {
  if (code.size() < 3 || code.starts_with("---")) return false;
  return std::any_of(parties.begin(), parties.end(), [code](const Party& p) {
    return p.code.size() >= 3 && p.code.compare(0, 3, code.substr(0, 3)) == 0;
  });
}

}  // namespace

// dyad: "The European Union offered 500 million euros" in a story about a
// country's floods: aid pledged to no one named goes to the country the
// article is about (PhraseResolver::ResolveRecipient), not to the giver's own.
bool VerbPhraseCoder::PledgeToTheArticlesCountry(int source, const std::string& code,
                                                 const Event& proto) {
  std::string recipient, antecedent;
  if (resolver_ == nullptr || !resolver_->ResolveRecipient(&recipient, &antecedent) ||
      SameCountry(PartiesOf(source), recipient))
    return false;
  MakeEventsNaming(std::move(recipient), source, /*target=*/-1, code, /*passive=*/false, proto);
  return true;
}

// dyad: "Rwanda denied that its troops had crossed the border", "Lukashenko
// denied orchestrating the crisis": a denial of a clause answers the charge
// the document made against the denier, as "denied the charge" does
// (PhraseResolver::ResolveDeed); its author is the target.
bool VerbPhraseCoder::DenialOfTheCharge(int source, int verb, const std::string& code,
                                        const Event& proto) {
  const std::vector<std::string_view>& sentence = x_.resolving.words;
  if (resolver_ == nullptr || verb + 1 >= static_cast<int>(sentence.size())) return false;
  std::vector<std::string_view> words(sentence.begin(), sentence.begin() + verb + 1);
  words.push_back("the");
  words.push_back("charge");
  std::string accuser, antecedent;
  if (!resolver_->ResolveDeed(words, verb + 1, verb + 3, &accuser, &antecedent) ||
      IsNullCode(accuser))
    return false;
  MakeEventsNaming(std::move(accuser), source, /*target=*/-1, code, /*passive=*/false, proto);
  return true;
}

// "\"THE MINISTRY OF MAGIC\"" for an uncoded phrase when new actors are on.
std::string VerbPhraseCoder::NewActorText(int unit) const {
  const Unit& u = s_.units[unit];
  if (options_.new_actor_length <= 0 || u.compound) return {};
  std::string text;
  int words = 0;
  for (int t = u.token_begin; t < u.token_end; ++t) {
    if (s_.tokens[t].tag == "POS") continue;
    if (!text.empty()) text += ' ';
    AppendUpperAscii(s_.tokens[t].text, &text);
    ++words;
  }
  if (words > options_.new_actor_length) return {};
  return "\"" + text + "\"";
}

// The codes a unit stands for: its phrase's code, or each coded member of a
// compound; "A/B" codes stand for both A and B.
std::vector<Party> VerbPhraseCoder::PartiesOf(int unit) const {
  if (unit < 0) return {Party{unnamed_, -1}};  // an actor the sentence does not name
  std::vector<Party> parties;
  const Unit& u = s_.units[unit];
  for (int p = u.phrase_begin; p < u.phrase_end; ++p) {
    std::string_view code = s_.phrases[p].code;
    // "visited Beijing", "arrived in Moscow": a visit goes to the country.
    if (unit == visited_ && !s_.phrases[p].capital_of.empty()) code = s_.phrases[p].capital_of;
    if (u.compound && IsNullCode(code)) continue;
    const bool pair = !s_.phrases[p].antecedent.empty() && code.find('/') != std::string::npos;
    for (int member = 0;; ++member) {
      size_t slash = code.find('/');
      parties.push_back(Party{std::string(code.substr(0, slash)), p, pair ? member : -1});
      if (slash == std::string_view::npos) break;
      code.remove_prefix(slash + 1);
    }
  }
  if (parties.empty()) parties.push_back(Party{"---", -1});
  if (parties.size() == 1 && IsNullCode(parties[0].code)) {
    std::string text = NewActorText(unit);
    if (!text.empty()) parties[0].code = text;
  }
  return parties;
}

// Whether `a` and `b` are the two members of one phrase read as a pair.
bool VerbPhraseCoder::IsPairOfTwo(const Party& a, const Party& b) {
  return a.phrase >= 0 && a.phrase == b.phrase && a.member >= 0 && b.member >= 0 &&
         a.member != b.member;
}

// The words of member `member` of a pair's antecedent ("Kiir and Machar", 1:
// "Machar"); the whole antecedent for -1, or if its "and"s do not part it
// into the pair's two members.
std::string VerbPhraseCoder::MemberText(const std::string& antecedent, int member) {
  if (member < 0) return antecedent;
  constexpr std::string_view kAnd = " and ";
  const size_t at = antecedent.find(kAnd);
  if (at == std::string::npos || antecedent.find(kAnd, at + 1) != std::string::npos)
    return antecedent;
  return member == 0 ? antecedent.substr(0, at) : antecedent.substr(at + kAnd.size());
}

ActorProvenance VerbPhraseCoder::Provenance(const Party& party, int unit) const {
  ActorProvenance out;
  if (unit < 0) return out;
  out.text = s_.UnitText(unit);
  if (party.phrase < 0) return out;
  const Phrase& phrase = s_.phrases[party.phrase];
  const dict::Diagnostics& d = dicts_.diagnostics;
  out.actor = phrase.actor;
  if (phrase.actor >= 0) out.entry = d.Describe(dicts_.actors.actors()[phrase.actor].where);
  out.antecedent = MemberText(phrase.antecedent, party.member);
  for (int agent : phrase.agents)
    out.agents.push_back(d.Describe(dicts_.agents.agents()[agent].where));
  return out;
}

namespace {

// "Cameron asked parliament": a legislature, judiciary, opposition or police
// named without a country belongs to the government, people or institution
// of a country that deals with it; so does a government named without a
// country that a country's own opposition, people or institutions deal with
// ("Bangladesh's opposition called off a blockade after talks with the
// government"). Returns
// `p`, or `scratch` holding `p` with the country of `other`; copies only then.
const Party& WithCountryOf(const Party& other, const Party& p, Party* scratch) {
  const std::string& code = p.code;
  if (code.size() != 6 || !code.starts_with("---") || other.code.size() < 6) return p;
  std::string_view role = std::string_view(code).substr(3);
  if (role != "LEG" && role != "JUD" && role != "OPP" && role != "COP" && role != "GOV") return p;
  std::string_view country = std::string_view(other.code).substr(0, 3);
  if (country == "---" || country == "IGO" || country == "NGO" || country == "IMG") return p;
  // ... and the police and parliament that a country's own people, courts
  // or parties deal with are theirs ("Kenyan protesters stormed parliament").
  std::string_view other_role = std::string_view(other.code).substr(3, 3);
  bool domestic = false;
  for (std::string_view r : {"GOV", "CVL", "JUD", "LEG", "COP", "OPP", "LAB", "EDU", "MED"})
    domestic |= other_role == r;
  if (!domestic || role == other_role) return p;
  *scratch = p;
  scratch->code.replace(0, 3, country);
  return *scratch;
}

// dyad: "We will stand up for Canadians," Trudeau said: a state body's
// statements, appeals, cooperation, aid or visits (01-07), its criticism,
// rejections and threats (11-13: "called the flight a violation of U.S.
// sovereignty", "rejected as interference in Uzbekistan's internal
// affairs"), and its sanctions (16), are not for its own country as a whole
// (a target that slipped: the country wronged or named as a place);
// investigations, demands, releases, force may be.
bool ActsOnOwnCountry(std::string_view a, std::string_view b, std::string_view code) {
  if (a.size() < 3 || b.size() < 3 || a.substr(0, 3) != b.substr(0, 3) || a.starts_with("---") ||
      (a.size() == 3) == (b.size() == 3))
    return false;
  std::string_view role = a.size() > 3 ? a.substr(3) : b.substr(3);
  if (role != "GOV" && role != "MIL" && role != "ELI" && role != "LEG" && role != "JUD")
    return false;
  // A country may accuse or reject its own officials ("Brazil accused
  // Brazilian officials of bribery"), not they the country.
  const bool body_on_country = b.size() == 3;
  return code < "08" || code.starts_with("16") ||
         (body_on_country &&
          (code.starts_with("11") || code.starts_with("12") || code.starts_with("13")));
}

// Whether `verb_text` (the coded verb as written) removes an office holder:
// "ousted", "toppled", "deposed", "removed", "impeached"; not "barred".
bool IsRemovalVerb(std::string_view verb_text) {
  const std::string_view first = verb_text.substr(0, verb_text.find(' '));
  return EqualsAnyIgnoreCase(
      first, {"oust",     "ousts",    "ousted",    "ousting",    "topple",    "topples",
              "toppled",  "toppling", "overthrow", "overthrows", "overthrew", "overthrown",
              "depose",   "deposes",  "deposed",   "remove",     "removes",   "removed",
              "removing", "impeach",  "impeaches", "impeached",  "impeaching"});
}

// "lawmakers ousted the former president Martin Vizcarra", "the army ousted
// Islamist President Mohamed Mursi in 2013": whom a removal from office (172)
// removes held the office until then, so a former leader (ELI, as the story or
// a year-long period names him) is that country's government ("barred Najib
// from leaving the country", also 172, keeps ELI). Returns `p`, or `scratch`
// holding `p` as GOV; copies only then.
const Party& AsHolderRemovedFromOffice(std::string_view code, std::string_view verb_text,
                                       const Party& p, Party* scratch) {
  if (code != "172" || p.code.size() != 6 || !p.code.ends_with("ELI") ||
      p.code.starts_with("---") || !IsRemovalVerb(verb_text))
    return p;
  *scratch = p;
  scratch->code.replace(3, 3, "GOV");
  return *scratch;
}

}  // namespace

void VerbPhraseCoder::AddEvents(const std::vector<Party>& src, const std::vector<Party>& tgt,
                                std::string_view code, const Event& proto, int src_unit,
                                int tgt_unit) {
  bool dyad = dicts_.format == dict::Dictionaries::Format::kDyad;
  Party scratch_a, scratch_b, scratch_removed;
  for (const Party& a0 : src) {
    for (const Party& b0 : tgt) {
      // An ethnic group ("ethnic Albanians") names a people, not the state
      // whose police or parliament deal with it.
      const bool a_ethnic = a0.phrase >= 0 && s_.phrases[a0.phrase].ethnic;
      const bool b_ethnic = b0.phrase >= 0 && s_.phrases[b0.phrase].ethnic;
      const Party& a = dyad && !b_ethnic ? WithCountryOf(b0, a0, &scratch_a) : a0;
      const Party& b1 = dyad && !a_ethnic ? WithCountryOf(a0, b0, &scratch_b) : b0;
      const Party& b =
          dyad ? AsHolderRemovedFromOffice(code, proto.verb_text, b1, &scratch_removed) : b1;
      // No self-reference; but the two persons of a pair ("the two men")
      // may share a code on the story's day and not on the deed's: the
      // article coder codes them as of the deed and drops them if still one.
      if (a.code == b.code && !IsPairOfTwo(a, b)) continue;
      if (dyad && ActsOnOwnCountry(a.code, b.code, code)) continue;
      const bool doer_left_out = proto.agentless && a.code == "---" && b.code != "---";
      if (options_.require_dyad && (a.code == "---" || b.code == "---") && !doer_left_out) continue;
      // Of a pair of one code, each member's deed is its own.
      const bool one_code = a.code == b.code;
      const std::string own = one_code ? Provenance(a, src_unit).antecedent : std::string();
      bool duplicate = false;
      for (const Event& e : result_->events) {
        duplicate |= e.source == a.code && e.target == b.code && e.code == code &&
                     (!one_code || e.source_info.antecedent == own);
      }
      if (duplicate) continue;
      Event e = proto;
      e.source = a.code;
      e.target = b.code;
      e.code = std::string(code);
      e.source_info = Provenance(a, src_unit);
      e.target_info = Provenance(b, tgt_unit);
      e.source_tokens = TokensOf(src_unit);
      e.target_tokens = TokensOf(tgt_unit);
      result_->events.push_back(std::move(e));
      x_.event_blocks.push_back(block_);
    }
  }
}

// "the withdrawal of Russian troops", "a pullout of U.S. forces": whether the
// phrase (upper case words) opens with troops' going.
bool VerbPhraseCoder::NamesTroopsGoing(int phrase) const {
  const Phrase& ph = s_.phrases[phrase];
  auto word = [&](int i) { return dicts_.vocabulary.Word(s_.phrase_words[ph.word_begin + i]); };
  const int size = ph.word_end - ph.word_begin;
  int at = size > 0 && (word(0) == "THE" || word(0) == "A") ? 1 : 0;
  if (at + 1 >= size || word(at + 1) != "OF") return false;
  std::string_view going = word(at);
  return going == "WITHDRAWAL" || going == "DEPARTURE" || going == "PULLOUT" || going == "PULL-OUT";
}

// "shelling", "air strikes": whether the verb's words are an agent's
// "attack:" name, an act that stands for the force that made it. Most verbs
// start no agent's name, which one lookup tells before the agents are read.
bool VerbPhraseCoder::NamesAttack(const Event& proto) const {
  if (proto.verb_tokens.empty() ||
      !dicts_.agents.names().StartsAny(s_.tokens[proto.verb_tokens.begin].word))
    return false;
  const std::string_view words = proto.verb_text;
  const auto& agents = dicts_.agents.agents();
  return std::any_of(agents.begin(), agents.end(), [words](const dict::Agent& a) {
    return a.attack && EqualsIgnoreCase(a.name, words);
  });
}

void VerbPhraseCoder::MakeEventsNaming(std::string unnamed, int source, int target,
                                       const std::string& full_code, bool passive, Event proto) {
  unnamed_ = std::move(unnamed);
  MakeEvents(source, target, full_code, passive, std::move(proto));
  unnamed_ = "---";
}

// Events between every source and target code; "X:Y" codes are symmetric
// (source->target X, target->source Y); a passive verb swaps the two sides.
void VerbPhraseCoder::MakeEvents(int source, int target, const std::string& full_code, bool passive,
                                 Event proto) {
  std::string code = full_code;
  size_t split = code.find(':');
  if (split != std::string::npos &&
      dicts_.verbs.colon_codes() == dict::ColonCodes::kActivePassive) {
    // "active:passive": a verb with only a passive reading ("faces pressure
    // from X" = X pressures the subject) is coded as if it were passive.
    // "---" on either side codes nothing for that voice ("---:193").
    std::string active = code.substr(0, split), passive_code = code.substr(split + 1);
    if (active.empty()) passive = true;
    code = passive && !passive_code.empty() ? passive_code : active;
    proto.passive = passive;
    if (IsNullCode(code)) return;
  }
  if (passive) std::swap(source, target);
  std::vector<Party> src = PartiesOf(source);
  std::vector<Party> tgt = PartiesOf(target);
  // dyad: "deported tens of thousands of Haitians", "killed hundreds of
  // Israelis": a crowd of a country's people acted upon is the country; so
  // is an attack ("condemned Indian missile strikes").
  // ... unless its own country's actor acts on them ("Trudeau urged
  // Canadians": CANCVL, not Canada).
  for (Party& p : tgt) {
    if (dicts_.format == dict::Dictionaries::Format::kDyad && p.phrase >= 0 &&
        (s_.phrases[p.phrase].crowd || s_.phrases[p.phrase].attack) && p.code.size() > 3 &&
        !(s_.phrases[p.phrase].crowd && SameCountry(src, p.code)))
      p.code.resize(3);
    // "demanded the withdrawal of Russian troops": a demand or an appeal for
    // troops to go is made of their state (RUS).
    if (dicts_.format == dict::Dictionaries::Format::kDyad && p.phrase >= 0 &&
        (code.starts_with("10") || code.starts_with("02")) && p.code.size() == 6 &&
        p.code.ends_with("MIL") && !p.code.starts_with("---") && NamesTroopsGoing(p.phrase))
      p.code.resize(3);
    // "the air force evacuated injured Australians": its own people named by
    // a plural are its civilians, not the country.
    if (dicts_.format == dict::Dictionaries::Format::kDyad && p.phrase >= 0 && p.code.size() == 3 &&
        p.code != "---" && StateBodyOf(src, p.code)) {
      const Phrase& ph = s_.phrases[p.phrase];
      if (ph.word_end > ph.word_begin &&
          IsPeoplePlural(dicts_.vocabulary.Word(s_.phrase_words[ph.word_end - 1])))
        p.code += "CVL";
    }
  }
  // dyad: "Russia massed troops near the border", "India deployed soldiers to
  // Ladakh": a country that moves its troops acts through its military.
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && code == "154" &&
      src.size() == 1 && src[0].code.size() == 3 && src[0].code != "---" &&
      MovesOwnTroops(src[0].code)) {
    src[0].code += "MIL";
  }
  // dyad: "Azeri shelling had killed civilians": a country's adjective right
  // before the attack's noun that tells the deed names the force that made it
  // (AZEMIL), as "Azeri artillery" does.
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && source >= 0 &&
      src.size() == 1 && src[0].code.size() == 3 && src[0].code != "---" &&
      s_.units[source].token_end == proto.verb_tokens.begin && NamesAttack(proto)) {
    src[0].code += "MIL";
  }
  // dyad: "Canada and India expelled each other's diplomats": each member of
  // the source acts on the others' (with the target's role); "each other"
  // with no role of its own is each other member itself ("Israel and Hamas
  // accused each other": PSEINS, not PSE).
  if (dicts_.format == dict::Dictionaries::Format::kDyad && !passive && src.size() > 1 &&
      tgt.size() == 1 && target >= 0 && target != source && IsReciprocal(target) &&
      code.find(':') == std::string::npos) {
    std::string role = tgt[0].code.size() > 3 ? tgt[0].code.substr(3) : std::string();
    for (const Party& a : src) {
      std::vector<Party> others;
      for (const Party& b : src) {
        if (b.code == a.code || b.code.size() < 3) continue;
        others.push_back(Party{role.empty() ? b.code : b.code.substr(0, 3) + role, tgt[0].phrase});
      }
      AddEvents({a}, others, code, proto, source, target);
    }
    return;
  }
  size_t colon = code.find(':');
  if (colon == std::string::npos) return AddEvents(src, tgt, code, proto, source, target);
  if (src[0].code == "---" || tgt[0].code == "---") {
    if (tgt[0].code == "---") {
      tgt = src;
      target = source;
    } else {
      src = tgt;
      source = target;
    }
  }
  AddEvents(src, tgt, std::string_view(code).substr(0, colon), proto, source, target);
  AddEvents(tgt, src, std::string_view(code).substr(colon + 1), proto, target, source);
}

}  // namespace dyad::code
