// Readers for PETRARCH/TABARI actor and agent dictionaries.
//
// Actors: "NAME_ [CODE]" or "NAME_" followed by "+SYNONYM_" lines and
// "[CODE DATE]" lines; dates are ">YYMMDD" (from), "<YYMMDD" (before) or
// "YYMMDD-YYMMDD" (first and last day). Agents: "PHRASE {PLURALS} [~CODE]" and
// substitution sets "!PERSON! = MAN, MEN".
#include <map>

#include "dict/petrarch_lines.h"
#include "dict/petrarch_readers.h"
#include "dyad/base/text.h"

namespace dyad::dict::petrarch {

namespace {

StatusOr<Date> ParseRestrictionDate(std::string_view s) {
  auto date = ParseDate(Trim(s));
  if (!date.ok()) return date.status();
  return *date;
}

// Parses "CODE", "CODE >DATE", "CODE <DATE" or "CODE DATE-DATE".
StatusOr<DatedCode> ParseDatedCode(std::string_view group) {
  // Tolerate spaces inside the restriction: "HOB < 950601", "A 950601 - 990815".
  std::vector<std::string_view> parts = SplitWhitespace(group);
  std::string joined;
  if (parts.size() > 2) {
    for (size_t i = 1; i < parts.size(); ++i) joined += parts[i];
    parts.resize(2);
    parts[1] = joined;
  }
  if (parts.empty()) return Status::InvalidInput("empty code []");
  DatedCode code{std::string(parts[0]), kNoDate, kNoDate};
  if (parts.size() == 1) return code;
  if (parts.size() > 2)
    return Status::InvalidInput("unexpected text in [" + std::string(group) + "]");
  std::string_view restriction = parts[1];
  if (restriction[0] == '>') {
    DYAD_ASSIGN_OR_RETURN(code.from, ParseRestrictionDate(restriction.substr(1)));
  } else if (restriction[0] == '<') {
    DYAD_ASSIGN_OR_RETURN(code.until, ParseRestrictionDate(restriction.substr(1)));
  } else {
    size_t dash = restriction.find('-');
    if (dash == std::string_view::npos) {
      return Status::InvalidInput("unknown date restriction '" + std::string(restriction) + "'");
    }
    DYAD_ASSIGN_OR_RETURN(code.from, ParseRestrictionDate(restriction.substr(0, dash)));
    // The interval's last day is included (PETRARCH's validation records
    // test that), so it ends before the day after it.
    DYAD_ASSIGN_OR_RETURN(Date last, ParseRestrictionDate(restriction.substr(dash + 1)));
    code.until = NextDay(last);
  }
  return code;
}

struct ActorReader {
  Dictionaries* dicts;
  SourceRef where;
  int current = -1;
  std::vector<WordId> words;
  std::vector<bool> adjacent;

  void AddName(std::string_view name) {
    SplitName(name, &dicts->vocabulary, &words, &adjacent);
    if (!dicts->actors.names().Add(words, adjacent, current)) {
      dicts->diagnostics.Warn(where, "empty actor name");
    }
  }
  void AddCodes(std::string_view s) {
    for (std::string_view group : BracketGroups(s)) {
      auto code = ParseDatedCode(group);
      if (!code.ok()) {
        dicts->diagnostics.Warn(where, code.status().message());
        continue;
      }
      dicts->actors.actors()[current].codes.push_back(std::move(code).value());
    }
  }
  void Line(std::string_view s) {
    size_t bracket = s.find('[');
    std::string_view name = Trim(s.substr(0, bracket));
    std::string_view codes = bracket == std::string_view::npos ? "" : s.substr(bracket);
    if (name.empty()) {  // a code line for the current actor
      if (current < 0) return dicts->diagnostics.Warn(where, "code line before any actor");
      return AddCodes(codes);
    }
    if (name[0] == '+') {
      if (current < 0) return dicts->diagnostics.Warn(where, "synonym before any actor");
      AddName(name.substr(1));
      return AddCodes(codes);
    }
    Actor& actor = dicts->actors.actors().emplace_back();
    actor.name.assign(name);
    actor.where = where;
    current = static_cast<int>(dicts->actors.actors().size() - 1);
    AddName(name);
    AddCodes(codes);
  }
};

}  // namespace

Status ReadActors(std::string_view text, const std::string& file, Dictionaries* dicts) {
  ActorReader reader{dicts, {dicts->diagnostics.AddFile(file), 0}, -1, {}, {}};
  ForEachLine(text, [&](std::string_view line, int number) {
    reader.where.line = number;
    std::string_view s = CleanLine(line);
    if (!s.empty()) reader.Line(s);
  });
  return Status::Ok();
}

namespace {

// Bounds the phrases one agent line may make from substitution sets.
constexpr int kMaxExpansions = 1000;

struct AgentReader {
  Dictionaries* dicts;
  SourceRef where;
  std::map<std::string, std::vector<std::string>, std::less<>> sets;
  std::vector<WordId> words;
  std::vector<bool> adjacent;
  int expansions = 0;  // phrases made from sets for the current line

  void AddSet(std::string_view s) {
    size_t eq = s.find('=');
    std::string name = ToUpperAscii(Trim(s.substr(0, eq)));  // phrases are upper-cased too
    std::vector<std::string> members;
    std::string_view rest = s.substr(eq + 1);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view m = Trim(rest.substr(0, comma));
      if (!m.empty()) members.push_back(ToUpperAscii(m));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    sets[name] = std::move(members);
  }
  void AddPhrase(const std::string& phrase, int agent) {
    SplitName(phrase, &dicts->vocabulary, &words, &adjacent);
    if (!dicts->agents.names().Add(words, adjacent, agent)) {
      dicts->diagnostics.Warn(where, "empty agent phrase");
    }
  }
  // Adds `phrase` once for each combination of the members of the !SET!s in
  // it from position `from` on; returns false if there is no set. A member is
  // not searched for sets, so a set cannot expand itself forever.
  bool ExpandSets(const std::string& phrase, size_t from, int agent) {
    size_t open = phrase.find('!', from);
    if (open == std::string::npos) return false;
    size_t close = phrase.find('!', open + 1);
    if (close == std::string::npos) return false;
    auto it = sets.find(std::string_view(phrase).substr(open, close - open + 1));
    if (it == sets.end()) {
      dicts->diagnostics.Warn(
          where, "undefined substitution set " + phrase.substr(open, close - open + 1));
      return true;
    }
    for (const std::string& member : it->second) {
      if (++expansions > kMaxExpansions) {
        if (expansions == kMaxExpansions + 1) {
          dicts->diagnostics.Warn(where, "more than " + std::to_string(kMaxExpansions) +
                                             " substitutions; the rest are skipped");
        }
        return true;
      }
      std::string expanded = phrase.substr(0, open) + member + phrase.substr(close + 1);
      if (!ExpandSets(expanded, open + member.size(), agent)) AddPhrase(expanded, agent);
    }
    return true;
  }
  void Line(std::string_view s);
};

void AgentReader::Line(std::string_view s) {
  if (s[0] == '!' && s.find('=') != std::string_view::npos) return AddSet(s);
  std::vector<std::string_view> groups = BracketGroups(s);
  if (groups.size() != 1 || groups[0].find('~') == std::string_view::npos) {
    return dicts->diagnostics.Warn(where, "agent needs one code like [~GOV] or [NGO~]");
  }
  std::string_view code = groups[0];
  Agent agent{"", "", code.back() == '~', false, where};
  std::string_view bare =
      agent.prefix ? code.substr(0, code.size() - 1) : Trim(code.substr(code.find('~') + 1));
  agent.code = std::string(Trim(bare));
  if (agent.code.empty()) return dicts->diagnostics.Warn(where, "agent code is empty");
  size_t brace = s.find('{');
  size_t close = s.find('}', brace == std::string_view::npos ? 0 : brace);
  if (brace != std::string_view::npos && close == std::string_view::npos) {
    return dicts->diagnostics.Warn(where, "unclosed {");
  }
  size_t end = std::min(brace, s.find('['));
  std::string phrase = ToUpperAscii(Trim(s.substr(0, end)));
  agent.name = phrase;
  int index = static_cast<int>(dicts->agents.agents().size());
  dicts->agents.agents().push_back(agent);
  expansions = 0;
  if (ExpandSets(phrase, 0, index)) return;  // sets carry their own plural forms
  AddPhrase(phrase, index);
  if (brace == std::string_view::npos) {
    // The last word takes the plural; a trailing '_' ("MINISTRY_") only marks
    // the end of the phrase.
    std::string_view name = phrase;
    while (!name.empty() && (name.back() == '_' || name.back() == ' ')) name.remove_suffix(1);
    if (name.empty()) return;
    size_t head = name.find_last_of("_ ") + 1;  // npos + 1 == 0
    AddPhrase(std::string(name.substr(0, head)) + PluralOf(name.substr(head)), index);
    return;
  }
  for (std::string_view plural : SplitWhitespace(s.substr(brace + 1, close - brace - 1))) {
    AddPhrase(ToUpperAscii(plural), index);
  }
}

}  // namespace

Status ReadAgents(std::string_view text, const std::string& file, Dictionaries* dicts) {
  AgentReader reader{dicts, {dicts->diagnostics.AddFile(file), 0}, {}, {}, {}};
  ForEachLine(text, [&](std::string_view line, int number) {
    reader.where.line = number;
    std::string_view s = CleanLine(line);
    if (!s.empty()) reader.Line(s);
  });
  return Status::Ok();
}

}  // namespace dyad::dict::petrarch
