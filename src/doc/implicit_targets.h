// Targets a sentence leaves implicit: "Prime Minister Oli resigned" after
// days of protests (yields to the protesters), "the army vowed revenge"
// after gunmen killed soldiers, "the ministry apologised", "the president
// appealed for calm". The coder writes such events with an empty target
// (code::CoderOptions::keep_open_targets, a verb's "target:" field); the
// article coder hands each sentence's events here, in article order, to fill
// those targets from the sentences before or drop the events. Private to
// src/doc.
#ifndef DYAD_DOC_IMPLICIT_TARGETS_H_
#define DYAD_DOC_IMPLICIT_TARGETS_H_

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/code/coder.h"

namespace dyad::doc {

class ImplicitTargets {
 public:
  // Sentences remembered before the one resolved.
  static constexpr int kSentencesBack = 4;

  // Forgets the article's sentences: a new article starts.
  void Clear();

  // The country of the article's dateline ("NAIROBI, June 26 (AP) -"), the
  // home of a crowd of no country when the article's events name none.
  void SetDatelineCountry(std::string_view country) { dateline_country_.assign(country); }

  // Gives each open-target event of `events` (one sentence's) its target:
  // for a counterpart, the source of the latest deed that pressed the
  // event's source (a demand, protest, threat, coercion or force done to it
  // or its country's state; force done to its country's people); for whom it
  // wronged, the target of the source's latest deed; for an accuser, the
  // counterpart or whoever blamed or rebuffed the source, else, for a denial
  // in an article that coded no accusation, the government of the country
  // its events have named most but the source's; for civilians, the
  // people of the source's country (none for a source without one); for a
  // government, its own country's, or, for people of no country, that of
  // the country the article's events have named most (targets twice), this
  // sentence's included ("protesters took to the streets": ---CVL LBYGOV);
  // for protesters, "---CVL" ("police broke up the protests").
  // An event left without one, or whose target would be its source, is
  // removed, but for a crowd's protest in an article with no dateline that
  // has named no country: its target is left empty, for the government of
  // the country of the place the article coder finds for it. Then remembers the sentence's deeds.
  // First, victims of violence (18-20) named as students, a school, a mosque or a hospital that
  // only the article's country gave a country are "---CVL".
  void Resolve(std::vector<code::Event>* events);

 private:
  struct Deed {
    std::string source, target, code;
  };
  std::string_view Counterpart(const code::Event& e, const std::vector<code::Event>& events,
                               bool blame) const;
  std::string_view Wronged(const code::Event& e, const std::vector<code::Event>& events,
                           size_t before) const;
  void Remember(const std::vector<code::Event>& events);
  void Tally(const std::vector<code::Event>& events);
  std::string_view HomeGovernment(const code::Event& e);
  void RememberTakeovers(const std::vector<code::Event>& events);
  void AddressJuntas(std::vector<code::Event>* events) const;
  std::string_view RulerOf(std::string_view country);
  bool AwaitsItsPlace(const code::Event& e) const;
  std::string_view MostNamedCountry(std::string_view except) const;
  std::string_view OtherProtagonist(const code::Event& e,
                                    const std::vector<code::Event>& events) const;

  std::array<std::vector<Deed>, kSentencesBack> sentences_;  // newest at newest_
  int newest_ = 0;
  // How often the article's events have named each country, a target twice
  // and a source once, in order of first naming: an article names few.
  std::vector<std::pair<std::string, int>> countries_;
  std::string dateline_country_;
  // Countries whose army the article told taking power from their state.
  std::vector<std::string> juntas_;
  std::string civilians_;  // scratch
};

}  // namespace dyad::doc

#endif  // DYAD_DOC_IMPLICIT_TARGETS_H_
