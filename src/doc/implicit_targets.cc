// ImplicitTargets: the article's answer to events whose sentence names no
// target (docs/articles.md, "Implicit targets"). Only sentences with such an
// event look back; every sentence leaves its deeds' two codes behind.
#include "doc/implicit_targets.h"

#include <algorithm>

#include "doc/coreference_roles.h"
#include "dyad/dict/actors.h"
#include "dyad/doc/coreference.h"

namespace dyad::doc {

namespace {

// Whether `e` happened as told: not denied, supposed, intended or open. A
// target the article filled counts ("Thousands marched in Lima" is against
// PERGOV: "... The president resigned on Sunday" yields to them).
bool IsDeed(const code::Event& e) {
  return !e.negated && !e.hypothetical && !e.future &&
         (e.open_target == dict::ImplicitTarget::kNone || e.target_info.antecedent == "implicit") &&
         e.source.size() >= 3 && !IsNull(e.source) && e.target.size() >= 3 && !IsNull(e.target);
}

// The country of `code` ("NPL" of "NPLGOV"), "" for none ("---", IGO, NGO).
std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3) return {};
  // The three characters as one number (RoleKey): asked of both sides of
  // every event, where the library's starts_with is not inlined.
  const std::string_view head = code.substr(0, 3);
  switch (RoleKey::Of(head)) {
    case RoleKey::Of("---"):
    case RoleKey::Of("IGO"):
    case RoleKey::Of("NGO"):
    case RoleKey::Of("IMG"):
      return {};
    default:
      return head;
  }
}

// Whether a deed of `code` done to `target` pressed `party` to yield or to
// retaliate: a demand, a threat, a protest, coercion or force (10, 13-15,
// 17-20; not words of blame or rejection, nor cuts in aid), done
// to `party` itself, or to its country or another of its state bodies when
// `party` is one ("protesters stormed parliament ... the prime minister
// resigned"); force also when done to any of its country's people ("the
// coalition bombed a bus in Saada ... the Houthis vowed revenge").
bool PressedBy(std::string_view code, std::string_view target, std::string_view party,
               bool blame = false) {
  if (code < "10" || code.starts_with("16") ||
      (!blame && (code.starts_with("11") || code.starts_with("12"))))
    return false;
  if (target == party) return true;
  std::string_view country = CountryOf(party);
  if (country.empty() || CountryOf(target) != country) return false;
  if (party.size() == 3 || target.size() == 3 || code >= "18") return true;
  return dict::IsStateRole(party.substr(3)) && dict::IsStateRole(target.substr(3));
}

// Whether `role` ("REB" of "SOMREB") is of men under arms outside a state.
bool IsArmedRole(std::string_view role) {
  for (std::string_view r : {"REB", "INS", "UAF", "SEP", "CRM", "IMG", "TER"}) {
    if (role == r) return true;
  }
  return false;
}

// Whether `e` tells a country's army taking power from its own state: force
// or coercion (17-20) by its MIL on its government or parliament ("the army
// detained the prime minister", "soldiers took over the head of state's
// palace", "warplanes bombed the parliament building").
bool IsTakeover(const code::Event& e) {
  if (!IsDeed(e) || e.source.size() != 6 || e.target.size() != 6) return false;
  const std::string_view source(e.source), target(e.target);
  if (source.substr(3) != "MIL" || CountryOf(source).empty() ||
      source.substr(0, 3) != target.substr(0, 3))
    return false;
  if (target.substr(3) != "GOV" && target.substr(3) != "LEG") return false;
  return e.code.starts_with("17") || e.code.starts_with("192");
}

// Whether `code` is people of no country who may protest: civilians,
// students, workers, farmers, doctors, clergy, media, an opposition or a
// party named without one ("---CVL"); not armed men nor a state's body.
bool IsCountrylessPeople(std::string_view code) {
  if (code.size() != 6 || !code.starts_with("---")) return false;
  const std::string_view role = code.substr(3);
  for (std::string_view r : {"CVL", "EDU", "LAB", "AGR", "HLH", "REL", "MED", "OPP", "PTY"}) {
    if (role == r) return true;
  }
  return false;
}

// Whether `role` is of people or places of a society that violence strikes
// as civilians: students and schools, worshippers' mosques and churches,
// hospitals and their patients.
bool IsCivilianPlaceRole(std::string_view role) {
  return role == "EDU" || role == "REL" || role == "HLH";
}

// Whether the phrase `text` names students or a place of learning, worship
// or care, or the people in it, not someone of a profession ("a teacher", "a
// doctor", "the imam": their sector's, as journalists stay MED).
bool NamesCiviliansOrTheirPlace(std::string_view text) {
  for (std::string_view w :
       {"student", "pupil", "school", "universit", "college", "campus", "mosque", "church",
        "temple", "synagogue", "worshipper", "hospital", "clinic", "patient"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the phrase `text` names a building of learning, worship or care
// ("a suicide bombing at a mosque"), which does no deed.
bool NamesAPlace(std::string_view text) {
  for (std::string_view w : {"school", "universit", "college", "campus", "mosque", "church",
                             "temple", "synagogue", "hospital", "clinic"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Whether `code` ("KENEDU", "---REL") is a society's sector of no country
// its own words named: none, or only the article's.
bool SectorOfNoNamedCountry(std::string_view code, const code::ActorProvenance& info) {
  if (code.size() != 6 || !IsCivilianPlaceRole(code.substr(3))) return false;
  if (info.antecedent.empty()) return code.starts_with("---");
  return info.antecedent.starts_with(Coreference::kArticleCountryAntecedent);
}

// Victims of violence (CAMEO 18-20) named as students, a school, a mosque or
// a hospital (not teachers, doctors or clergy) with no country of their own
// words ("gunmen attacked a school", "militants abducted students") are
// civilians of no country, "---CVL" (docs/articles.md, convention 1), not
// that sector of the article's country. Such a building as the doer ("a
// suicide bombing at a mosque killed 20": the subject's only name) is an
// attacker unknown, "---UAF" (convention 3).
void MakeVictimsCivilians(std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    if (e.code < "18" || e.code >= "21") continue;
    if (SectorOfNoNamedCountry(e.target, e.target_info) &&
        NamesCiviliansOrTheirPlace(e.target_info.text))
      e.target = "---CVL";
    if (SectorOfNoNamedCountry(e.source, e.source_info) && NamesAPlace(e.source_info.text))
      e.source = "---UAF";
  }
}

}  // namespace

void ImplicitTargets::Clear() {
  for (std::vector<Deed>& s : sentences_) s.clear();
  countries_.clear();
  juntas_.clear();
  dateline_country_.clear();
}

// Remembers the countries whose army `events` tell taking power (IsTakeover),
// for the rest of the article.
void ImplicitTargets::RememberTakeovers(const std::vector<code::Event>& events) {
  for (const code::Event& e : events) {
    if (!IsTakeover(e)) continue;
    const std::string_view country = CountryOf(e.source);
    if (std::find(juntas_.begin(), juntas_.end(), country) == juntas_.end())
      juntas_.emplace_back(country);
  }
}

// "The army detained the prime minister ... The UN demanded the release of the
// detained leaders": once the article told a country's army taking power, a
// demand on its government (10: "demanded that Keita be restored") or an
// appeal to free its people (0253) is made of the army that rules (BFAMIL,
// not the leaders' BFAGOV).
void ImplicitTargets::AddressJuntas(std::vector<code::Event>* events) const {
  for (code::Event& e : *events) {
    if (!e.code.starts_with("10") && e.code != "0253") continue;
    if (e.target.size() != 6 || !e.target.ends_with("GOV")) continue;
    const std::string_view country = std::string_view(e.target).substr(0, 3);
    if (std::find(juntas_.begin(), juntas_.end(), country) == juntas_.end()) continue;
    e.target.replace(3, 3, "MIL");
  }
}

// The body a crowd of `country` protests against: its government
// ("Bolivians took to the streets": BOLGOV), or its army once the article
// told the army taking power ("the army detained the prime minister ...
// crowds took to the streets": SDNMIL).
std::string_view ImplicitTargets::RulerOf(std::string_view country) {
  const bool junta = std::find(juntas_.begin(), juntas_.end(), country) != juntas_.end();
  civilians_.assign(country).append(junta ? "MIL" : "GOV");
  return civilians_;
}

// Counts the countries `events` name (open targets are no one yet).
// A target counts twice: the country acted upon is where the story is ("Macron
// toured Beirut ... called on Lebanon's leaders": Lebanon's, not France's).
void ImplicitTargets::Tally(const std::vector<code::Event>& events) {
  for (const code::Event& e : events) {
    for (int side = 0; side < 2; ++side) {
      const std::string_view country = CountryOf(side == 0 ? e.source : e.target);
      if (country.empty()) continue;
      auto it = std::find_if(countries_.begin(), countries_.end(),
                             [&](const auto& c) { return SameCode(c.first, country); });
      if (it == countries_.end()) it = countries_.insert(it, {std::string(country), 0});
      it->second += side == 0 ? 1 : 2;
    }
  }
}

// The government a crowd's protest is against: its own country's
// ("Bolivians took to the streets": BOLGOV), else, for people of no country,
// that of the country the article's events have named most (ties: the first
// named), else the dateline's; "" for a state's own body or an organisation.
std::string_view ImplicitTargets::HomeGovernment(const code::Event& e) {
  const std::string_view country = CountryOf(e.source);
  if (!country.empty()) {
    const std::string_view role = std::string_view(e.source).substr(3, 3);
    if (dict::IsStateRole(role) || role == "SPY" || IsArmedRole(role)) return {};
    return RulerOf(country);
  }
  if (!IsCountrylessPeople(e.source)) return {};
  std::string_view most = MostNamedCountry("");
  if (most.empty()) most = dateline_country_;
  if (most.empty()) return {};
  return RulerOf(std::string(most));
}

// Whether `e` is a crowd of no country protesting in an article that has no
// dateline and whose events have named no country yet: "Thousands rallied
// in Tunis on Friday" is against the government of the place it names, which
// the article coder finds later (its target is left empty for it).
bool ImplicitTargets::AwaitsItsPlace(const code::Event& e) const {
  return e.open_target == dict::ImplicitTarget::kGovernment && IsCountrylessPeople(e.source) &&
         countries_.empty() && dateline_country_.empty();
}

// The country the article's events have named most (ties: the first named)
// but `except`; "" if none.
std::string_view ImplicitTargets::MostNamedCountry(std::string_view except) const {
  const std::pair<std::string, int>* most = nullptr;
  for (const auto& c : countries_) {
    if (!except.empty() && SameCode(c.first, except)) continue;
    if (most == nullptr || c.second > most->second) most = &c;
  }
  return most == nullptr ? std::string_view() : std::string_view(most->first);
}

// "Pakistan denied that its citizens took part" after no accusation the
// article coded (one made against another party answers it: no one): the
// country its events have named most (ties: the first named) that is not
// the source's, the other side of its story; "" if none.
std::string_view ImplicitTargets::OtherProtagonist(const code::Event& e,
                                                   const std::vector<code::Event>& events) const {
  const std::string_view own = CountryOf(e.source);
  if (own.empty()) return {};
  auto blames = [](std::string_view code) { return code.starts_with("11"); };
  for (const code::Event& d : events) {
    if (blames(d.code)) return {};
  }
  for (const std::vector<Deed>& s : sentences_) {
    for (const Deed& d : s) {
      if (blames(d.code)) return {};
    }
  }
  return MostNamedCountry(own);
}

// The source of the latest deed that pressed `e`'s source, in this sentence
// (its other events, last first: "resigned after protesters stormed ...",
// "said the coalition had bombed ... and vowed revenge"), else in the
// sentences before; "" if none.
// With `blame`, words of blame and rejection count too: a denial answers
// whoever accused ("Washington accused Beijing of spying ... Beijing denied
// that the balloon was used for spying").
std::string_view ImplicitTargets::Counterpart(const code::Event& e,
                                              const std::vector<code::Event>& events,
                                              bool blame) const {
  // A denial answers a party, not attackers or crowds of no country.
  auto answers = [&](std::string_view source) {
    return source != e.source && !(blame && StartsCountryless(source));
  };
  for (size_t i = events.size(); i-- > 0;) {
    const code::Event& d = events[i];
    if (IsDeed(d) && answers(d.source) && PressedBy(d.code, d.target, e.source, blame))
      return d.source;
  }
  for (int k = 0; k < kSentencesBack; ++k) {
    const std::vector<Deed>& s = sentences_[(newest_ + kSentencesBack - k) % kSentencesBack];
    for (size_t i = s.size(); i-- > 0;) {
      if (answers(s[i].source) && PressedBy(s[i].code, s[i].target, e.source, blame))
        return s[i].source;
    }
  }
  return {};
}

// The target of `e`'s source's latest deed, found as for Counterpart.
std::string_view ImplicitTargets::Wronged(const code::Event& e,
                                          const std::vector<code::Event>& events,
                                          size_t before) const {
  for (size_t i = before; i-- > 0;) {
    const code::Event& d = events[i];
    if (IsDeed(d) && d.source == e.source && d.target != e.source) return d.target;
  }
  for (int k = 0; k < kSentencesBack; ++k) {
    const std::vector<Deed>& s = sentences_[(newest_ + kSentencesBack - k) % kSentencesBack];
    for (size_t i = s.size(); i-- > 0;) {
      if (s[i].source == e.source && s[i].target != e.source) return s[i].target;
    }
  }
  return {};
}

void ImplicitTargets::Resolve(std::vector<code::Event>* events) {
  MakeVictimsCivilians(events);
  Tally(*events);
  RememberTakeovers(*events);
  AddressJuntas(events);
  const bool open = std::any_of(events->begin(), events->end(), [](const code::Event& e) {
    return e.open_target != dict::ImplicitTarget::kNone;
  });
  if (open) {
    size_t kept = 0;
    for (size_t i = 0; i < events->size(); ++i) {
      code::Event& e = (*events)[i];
      std::string_view target;
      switch (e.open_target) {
        case dict::ImplicitTarget::kNone:
          target = e.target;
          break;
        case dict::ImplicitTarget::kAccuser:
          target = Counterpart(e, *events, /*blame=*/true);
          // ... else, for a denial, the government of the story's other side.
          if (target.empty() && e.code.starts_with("01")) {
            if (const std::string_view other = OtherProtagonist(e, *events); !other.empty()) {
              civilians_.assign(other).append("GOV");
              target = civilians_;
            }
          }
          break;
        case dict::ImplicitTarget::kCounterpart:
          target = Counterpart(e, *events, /*blame=*/false);
          // People of no country named yield a state its own people: the
          // target is no phrase of theirs ("Oli resigned" after protests).
          if (target == "---CVL" && !CountryOf(e.source).empty()) {
            civilians_.assign(CountryOf(e.source)).append("CVL");
            target = civilians_;
          }
          break;
        case dict::ImplicitTarget::kWronged:
          target = Wronged(e, *events, i);
          // An apology refused without a deed of the source's is refused to
          // who accused it or demanded it ("Putin accused Turkey of ...
          // Erdogan refused to apologise").
          if (target.empty() && e.code.starts_with("12"))
            target = Counterpart(e, *events, /*blame=*/true);
          break;
        case dict::ImplicitTarget::kGovernment:
          target = HomeGovernment(e);
          break;
        case dict::ImplicitTarget::kProtesters:
          // A protest broken up: its people, of no country the phrase names
          // (as the protesters it did not name would be coded).
          target = "---CVL";
          break;
        case dict::ImplicitTarget::kCivilians:
          // An outsider's call for calm is to sides the sentence leaves unnamed.
          if (CountryOf(e.source).empty()) break;
          civilians_.assign(CountryOf(e.source)).append("CVL");
          target = civilians_;
          break;
      }
      if (e.open_target != dict::ImplicitTarget::kNone) {
        if (target.empty() && AwaitsItsPlace(e)) {
          e.target.clear();  // the government of the event's place (ArticleCoder)
        } else if (target.empty() || target == e.source) {
          continue;
        } else {
          e.target.assign(target);
        }
        e.target_info.antecedent = "implicit";
      }
      if (kept != i) (*events)[kept] = std::move(e);
      ++kept;
    }
    events->resize(kept);
  }
  Remember(*events);
}

// Keeps the deeds of the sentence just resolved, dropping the oldest's.
void ImplicitTargets::Remember(const std::vector<code::Event>& events) {
  newest_ = (newest_ + 1) % kSentencesBack;
  std::vector<Deed>& s = sentences_[newest_];
  // Written over the deeds it held, whose codes keep their storage.
  size_t n = 0;
  for (const code::Event& e : events) {
    if (!IsDeed(e) || e.source == e.target) continue;
    if (n == s.size()) s.emplace_back();
    Deed& d = s[n++];
    d.source.assign(e.source);
    d.target.assign(e.target);
    d.code.assign(e.code);
  }
  s.resize(n);
}

}  // namespace dyad::doc
