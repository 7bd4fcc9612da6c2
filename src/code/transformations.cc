// Reported and intended events: "Arnor said it attacked Gondor" is Arnor
// claiming responsibility (015), "Arnor said Gondor attacked" an accusation
// (112). The verb dictionary's transformations rewrite the events of the
// verbs nested in a reporting verb ("say", "claim", "want", "attempt"); the
// reporting verb's own event gives way to them.
#include <algorithm>

#include "code/stages.h"

namespace dyad::code {

namespace {

bool InBlocks(int block, const std::vector<int>& blocks) {
  return std::find(blocks.begin(), blocks.end(), block) != blocks.end();
}

// Variable bindings of one transformation attempt: a letter to an actor code.
class Bindings {
 public:
  bool Bind(char var, const std::string& code) {
    if (var == '.' || var == '_') return true;  // matches anything
    for (auto& [v, c] : values_) {
      if (v == var) return c == code;
    }
    // A new letter must name an actor other than the ones already bound.
    for (auto& [v, c] : values_) {
      if (c == code) return false;
    }
    values_.emplace_back(var, code);
    return true;
  }
  const std::string* Get(char var) const {
    for (auto& [v, c] : values_) {
      if (v == var) return &c;
    }
    return nullptr;
  }

 private:
  std::vector<std::pair<char, std::string>> values_;
};

// Rewrites `inner` by the first transformation that fits; false if none does.
bool Transform(const dict::VerbDictionary& verbs, const ReportingVerb& outer, int inner_block,
               const dict::Diagnostics& diagnostics, Event* inner) {
  for (const dict::Transformation& t : verbs.transformations()) {
    if (!InBlocks(outer.block, t.outer_blocks)) continue;
    if (t.inner_verb != "Q" && !InBlocks(inner_block, t.inner_blocks)) continue;
    Bindings b;
    if (!b.Bind(t.outer_source, outer.source) || !b.Bind(t.inner_source, inner->source) ||
        !b.Bind(t.inner_target, inner->target)) {
      continue;
    }
    const std::string* source = b.Get(t.result_source);
    const std::string* target = b.Get(t.result_target);
    if (source == nullptr || target == nullptr) continue;
    if (*source == outer.source) inner->source_info = outer.source_info;
    inner->source = *source;
    inner->target = *target;
    if (t.code != "Q") inner->code = t.code;
    inner->pattern = t.text;
    inner->pattern_entry = diagnostics.Describe(t.where);
    return true;
  }
  return false;
}

}  // namespace

void ApplyTransformations(const dict::Dictionaries& dicts, const ReportingVerb& reporting,
                          std::vector<Event>* events, std::vector<int>* blocks) {
  size_t inner_begin = reporting.end_event;
  if (inner_begin == events->size()) return;
  for (size_t i = inner_begin; i < events->size(); ++i) {
    Event& e = (*events)[i];
    bool changed = Transform(dicts.verbs, reporting, (*blocks)[i], dicts.diagnostics, &e);
    // Who says so, unless the rewrite made the speaker the event's own source.
    bool speaker_known = !reporting.source.empty() && reporting.source != "---";
    if (speaker_known && e.reported_by.empty() && !(changed && e.source == reporting.source))
      e.reported_by = reporting.source;
  }
  // The reported events carry the news; the reporting verb's own event goes.
  events->erase(events->begin() + reporting.begin_event, events->begin() + reporting.end_event);
  blocks->erase(blocks->begin() + reporting.begin_event, blocks->begin() + reporting.end_event);
}

}  // namespace dyad::code
