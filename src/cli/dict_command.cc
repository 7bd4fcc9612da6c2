// See dict_command.h.
#include "cli/dict_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "cli/dictionary_choice.h"
#include "cli/event_list.h"
#include "dyad/base/date.h"
#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/cameo.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/parse/text_parser.h"
#include "dyad/text/tokenizer.h"

namespace dyad::cli {

namespace {

StatusOr<std::unique_ptr<dict::Dictionaries>> Load(const DictFlags& flags) {
  const std::string& spec = flags.dictionaries;
  return LoadDictionariesOrOwn(spec.empty() || spec.starts_with("dyad:") ? spec : "dyad:" + spec,
                               flags.data_dir);
}

// The words of `phrase` as the tokenizer splits them (views into `phrase` or
// the tokenizer's scratch space).
std::vector<std::string_view> Words(text::Tokenizer* tokenizer, std::string_view phrase) {
  std::vector<text::Token> tokens;
  tokenizer->Tokenize(phrase, text::Span{0, static_cast<uint32_t>(phrase.size())}, &tokens);
  std::vector<std::string_view> words;
  for (const text::Token& t : tokens) words.push_back(t.text);
  return words;
}

// An event's target as examples write it: "?" for one left to the article
// (a verb's "target:" field).
std::string_view TargetOf(const code::Event& e) {
  return e.open_target != dict::ImplicitTarget::kNone ? std::string_view("?") : e.target;
}

std::string Describe(const std::vector<code::Event>& events) {
  if (events.empty()) return "none";
  std::string out;
  for (const code::Event& e : events) {
    if (!out.empty()) out += "; ";
    out.append(e.source).append(" ").append(TargetOf(e)).append(" ").append(e.code);
  }
  return out;
}

// Whether every "SOURCE TARGET CODE" of `expected` is among `events`, or,
// for "none", whether there are no events.
bool EventsMatch(std::string_view expected, const std::vector<code::Event>& events) {
  std::vector<EventTriple> want;
  if (!ParseEventList(expected, &want)) return false;
  if (want.empty()) return events.empty();
  return std::all_of(want.begin(), want.end(), [&](const EventTriple& t) {
    return std::any_of(events.begin(), events.end(), [&](const code::Event& e) {
      return e.source == std::get<0>(t) && TargetOf(e) == std::get<1>(t) &&
             e.code == std::get<2>(t);
    });
  });
}

}  // namespace

int RunDictTest(const DictFlags& flags) {
  auto dicts = Load(flags);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad dict test: %s\n", dicts.status().message().c_str());
    return 2;
  }
  auto parser = parse::TextParser::Create(flags.tagger_model, "fast");
  if (!parser.ok()) {
    std::fprintf(stderr, "dyad dict test: %s\n", parser.status().message().c_str());
    return 2;
  }
  const dict::Dictionaries& d = **dicts;
  code::CoderOptions options;
  options.keep_open_targets = true;  // "=> NPLGOV ? 0831": a target the article finds
  code::Coder coder(d, options);
  text::Tokenizer tokenizer;
  code::SentenceResult result;
  int tested = 0, failed = 0;
  for (const dict::DictionaryExample& example : d.examples) {
    std::string where = d.diagnostics.Describe(example.where);
    if (!flags.only.empty() && where.find(flags.only) == std::string::npos) continue;
    ++tested;
    std::string got;
    bool ok;
    if (example.kind == dict::DictionaryExample::Kind::kPhrase) {
      got = code::CodeNounPhrase(d, Words(&tokenizer, example.text), example.date, nullptr);
      ok = got == example.expected;
    } else {
      const parse::ParsedSegment& parsed = (*parser)->ParseSentence(example.text);
      coder.CodeSentence(parsed.tree, example.date, &result);
      got = Describe(result.events);
      ok = EventsMatch(example.expected, result.events);
    }
    if (!ok) ++failed;
    if (!ok || flags.verbose) {
      std::printf("%s: %s \"%s\": expected %s got %s\n", where.c_str(), ok ? "ok" : "FAIL",
                  example.text.c_str(), example.expected.c_str(), got.c_str());
    }
  }
  std::printf("dict test: %d examples, %d passed, %d failed\n", tested, tested - failed, failed);
  if (failed > flags.max_failures) {
    std::printf("dict test: FAILED: %d failures, more than the %d allowed\n", failed,
                flags.max_failures);
    return 1;
  }
  return 0;
}

namespace {

// Codes that are neither CAMEO codes nor "---".
void CheckCodes(const dict::Dictionaries& d, const dict::CameoTable& cameo,
                std::vector<std::string>* problems) {
  auto check = [&](const std::string& code, dict::SourceRef where) {
    size_t colon = code.find(':');
    for (const std::string& part :
         {code.substr(0, colon), colon == std::string::npos ? code : code.substr(colon + 1)}) {
      if (part == "---" || (part.empty() && colon != std::string::npos)) continue;
      if (cameo.Find(part) == nullptr) {
        problems->push_back(d.diagnostics.Describe(where) + ": unknown CAMEO code '" + part + "'");
      }
    }
  };
  for (size_t b = 0; b < d.verbs.num_blocks(); ++b)
    check(d.verbs.block(b).code, d.verbs.block(b).where);
  for (size_t p = 0; p < d.verbs.num_patterns(); ++p)
    check(d.verbs.pattern(p).code, d.verbs.pattern(p).where);
}

// The same pattern text twice in one verb block.
void CheckPatterns(const dict::Dictionaries& d, std::vector<std::string>* problems) {
  std::map<std::pair<int, std::string>, size_t> seen;
  for (size_t p = 0; p < d.verbs.num_patterns(); ++p) {
    const dict::Pattern& pattern = d.verbs.pattern(p);
    std::string key = ToUpperAscii(pattern.text);
    auto [it, inserted] = seen.emplace(std::make_pair(pattern.block, key), p);
    if (!inserted) {
      problems->push_back(d.diagnostics.Describe(pattern.where) + ": pattern '" + pattern.text +
                          "' repeats " + d.diagnostics.Describe(d.verbs.pattern(it->second).where));
    }
  }
}

// Terms of the same office that overlap or leave days uncovered.
void CheckOfficeTerms(const dict::Dictionaries& d, std::vector<std::string>* problems) {
  std::map<std::string, std::vector<const dict::OfficeTerm*>> by_office;
  for (const dict::OfficeTerm& t : d.office_terms) by_office[t.office].push_back(&t);
  const auto& actors = d.actors.actors();
  for (auto& [office, terms] : by_office) {
    std::sort(terms.begin(), terms.end(), [](const dict::OfficeTerm* a, const dict::OfficeTerm* b) {
      return a->from < b->from;
    });
    for (size_t i = 1; i < terms.size(); ++i) {
      const dict::OfficeTerm& prev = *terms[i - 1];
      const dict::OfficeTerm& next = *terms[i];
      const std::string& a = actors[prev.holder].name;
      const std::string& b = actors[next.holder].name;
      std::string where = d.diagnostics.Describe(actors[next.holder].where);
      if (prev.until == kNoDate || next.from < prev.until) {
        problems->push_back(where + ": " + office + ": " + b + "'s term overlaps " + a + "'s");
      } else if (next.from > prev.until) {
        problems->push_back(where + ": " + office + ": gap between " + a + " and " + b);
      }
    }
  }
}

// One name given to two different entries.
void CheckNames(const dict::Dictionaries& d, std::vector<std::string>* problems) {
  std::map<std::string, const dict::NameRecord*> first;
  for (const dict::NameRecord& n : d.actor_names) {
    auto [it, inserted] = first.emplace(n.name, &n);
    if (!inserted && it->second->actor != n.actor) {
      problems->push_back(d.diagnostics.Describe(n.where) + ": name '" + n.name + "' is also " +
                          d.diagnostics.Describe(it->second->where));
    }
  }
}

}  // namespace

int RunDictCheck(const DictFlags& flags) {
  auto dicts = Load(flags);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad dict check: %s\n", dicts.status().message().c_str());
    return 2;
  }
  const dict::Dictionaries& d = **dicts;
  auto cameo = dict::CameoTable::Load(flags.data_dir);
  if (!cameo.ok()) {
    std::fprintf(stderr, "dyad dict check: %s\n", cameo.status().message().c_str());
    return 2;
  }
  std::vector<std::string> problems = d.diagnostics.warnings;
  problems.insert(problems.end(), d.lint.begin(), d.lint.end());
  CheckCodes(d, *cameo, &problems);
  CheckPatterns(d, &problems);
  CheckOfficeTerms(d, &problems);
  CheckNames(d, &problems);
  for (const std::string& p : problems) std::printf("%s\n", p.c_str());
  std::printf("dict check: %zu problems\n", problems.size());
  return problems.empty() ? 0 : 1;
}

int RunDictLookup(const DictFlags& flags) {
  auto dicts = Load(flags);
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad dict lookup: %s\n", dicts.status().message().c_str());
    return 2;
  }
  Date date = 20240601;
  if (!flags.date.empty()) {
    auto parsed = ParseDate(flags.date);
    if (!parsed.ok()) {
      std::fprintf(stderr, "dyad dict lookup: --date: %s\n", parsed.status().message().c_str());
      return 2;
    }
    date = *parsed;
  }
  const dict::Dictionaries& d = **dicts;
  text::Tokenizer tokenizer;
  std::vector<std::string_view> words = Words(&tokenizer, flags.phrase);
  code::ActorProvenance info;
  std::string code = code::CodeNounPhrase(d, words, date, &info);
  if (code == "---" && info.entry.empty() && info.agents.empty()) {
    std::printf("%s: no actor or agent matches\n", flags.phrase.c_str());
    return 1;
  }
  // Name the office's holder at the date when the phrase is a title.
  std::string who, where = info.entry;
  for (const dict::Actor& actor : d.actors.actors()) {
    if (d.diagnostics.Describe(actor.where) != info.entry) continue;
    who = actor.name;
    if (actor.office.empty()) break;
    who = actor.office + ": nobody on that date";
    for (const dict::OfficeTerm& t : d.office_terms) {
      if (t.office != actor.office || !t.Holds(date)) continue;
      who = d.actors.actors()[t.holder].name;
      where = d.diagnostics.Describe(d.actors.actors()[t.holder].where);
    }
    break;
  }
  std::string detail = who.empty() ? "" : who + ", " + where;
  for (const std::string& agent : info.agents) detail += (detail.empty() ? "" : "; agent ") + agent;
  std::printf("%s (%s)\n", code.c_str(), detail.c_str());
  return 0;
}

int RunDictStats(const DictFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  auto dicts = Load(flags);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!dicts.ok()) {
    std::fprintf(stderr, "dyad dict stats: %s\n", dicts.status().message().c_str());
    return 2;
  }
  const dict::Dictionaries& d = **dicts;
  std::map<std::string, int> blocks(d.block_counts.begin(), d.block_counts.end());
  for (const auto& [kind, n] : blocks) std::printf("%-16s %7d\n", kind.c_str(), n);
  std::set<std::string> codes;
  for (size_t b = 0; b < d.verbs.num_blocks(); ++b) codes.insert(d.verbs.block(b).code);
  for (size_t p = 0; p < d.verbs.num_patterns(); ++p) {
    const std::string& c = d.verbs.pattern(p).code;
    codes.insert(c.substr(0, c.find(':')));
    if (c.find(':') != std::string::npos) codes.insert(c.substr(c.find(':') + 1));
  }
  codes.erase("---");
  codes.erase("");
  std::printf("%-16s %7zu\n", "actor names", d.actor_names.size());
  std::printf("%-16s %7zu\n", "agent names", d.agents.agents().size());
  std::printf("%-16s %7zu\n", "office terms", d.office_terms.size());
  std::printf("%-16s %7zu\n", "verb forms", d.verbs.num_forms());
  std::printf("%-16s %7zu\n", "patterns", d.verbs.num_patterns());
  std::printf("%-16s %7zu\n", "synsets", d.verbs.num_synsets());
  std::printf("%-16s %7zu\n", "CAMEO codes used", codes.size());
  std::printf("%-16s %7zu\n", "examples", d.examples.size());
  std::printf("%-16s %7zu\n", "files", d.diagnostics.files.size());
  std::printf("%-16s %7.1f ms\n", "load time", ms);
  return 0;
}

}  // namespace dyad::cli
