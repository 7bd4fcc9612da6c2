// Sentences that close with their speaker, rewritten speaker first (see
// speaker_first.h). Only the sentence's last words and its quotes are read:
// a sentence with no closing attribution costs a few comparisons.
#include "doc/speaker_first.h"

#include <algorithm>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {
namespace {

using Words = std::span<const std::string_view>;

// The verb the rewrite says: a verb that only says ("told reporters",
// "added", "wrote") says it as "said" does, whose patterns read the clause;
// one with a sense of its own ("warned", "insisted", "vowed") keeps it. ""
// for a question ("asked"), which demands nothing.
std::string_view RewrittenVerb(std::string_view w) {
  static const WordSet kPast = {"said",      "told",      "added",    "stated",  "noted",
                                "wrote",     "tweeted",   "posted",   "replied", "remarked",
                                "explained", "continued", "according"};
  static const WordSet kPresent = {"says",   "tells",  "adds",     "states", "notes",
                                   "writes", "tweets", "explains", "replies"};
  if (EqualsAnyIgnoreCase(w, {"asked", "asks"})) return {};
  if (kPast.contains(w)) return "said";
  if (kPresent.contains(w)) return "says";
  return w;
}

// Tags of words that are capitalised only to open a sentence.
bool IsGrammarWord(std::string_view tag) {
  static const WordSet kTags = {"DT", "PDT", "PRP", "PRP$", "EX", "IN", "CC",
                                "RB", "WRB", "WDT", "WP",   "TO", "MD", "CD"};
  return kTags.contains(tag);
}

bool IsClosingPunctuation(std::string_view w) {
  return w == "," || w == "." || w == "..." || w == "--" || w == "-" || w == ":" || w == ";" ||
         w == "!" || w == "''" || w == "'";
}

// Whether words [begin, end) tell something: a finite verb or a modal.
bool HasFiniteVerb(std::span<const std::string_view> tags, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    if (tags[t] == "MD" || tags[t] == "VBD" || tags[t] == "VBZ" || tags[t] == "VBP") return true;
  }
  return false;
}

// Where the reported clause's own words start in `clause`: after a
// conjunction that ties it to what came before ("But Russia must ...") and
// after a short opening phrase of no verb set off by a comma ("In the end,
// Russia must ...", "Instead of casting doubt on it, Russia should ..."),
// which the verb of saying would not read past. A condition ("If Minsk does
// not ..., further measures will follow") stays.
int SkipOpening(Words words, std::span<const std::string_view> tags, WordSpan clause) {
  int begin = clause.begin;
  while (begin < clause.end && tags[begin] == "CC") ++begin;
  if (begin >= clause.end || (tags[begin] != "IN" && tags[begin] != "RB")) return begin;
  constexpr int kMaxOpening = 8;
  for (int t = begin + 1; t < clause.end && t <= begin + kMaxOpening; ++t) {
    if (HasFiniteVerb(tags, t, t + 1)) return begin;
    if (words[t] == ",") return t + 1;
  }
  return begin;
}

// The reported clause of a quote that opens the sentence, closed by its
// attribution ('"...," the minister said'), or of one that closes the
// sentence after it ('The minister said: "..."'): its words (with the
// punctuation before the closing mark); empty if the sentence has no such
// shape. `n` is the sentence's length.
WordSpan QuotedClause(const SentenceQuotes& quotes, int n) {
  if (quotes.quoted.empty() || quotes.speech_verb < 0 || quotes.speaker.empty()) return {};
  const WordSpan first = quotes.quoted.front();
  const int attribution = std::min(quotes.speaker.begin, quotes.speech_verb);
  if (first.begin <= 1 && attribution > first.end && attribution <= first.end + 2) return first;
  // ... the verb before the quote's opening mark (and a colon or comma), the
  // quote running to the sentence's end.
  const WordSpan last = quotes.quoted.back();
  if (quotes.quoted.size() == 1 && quotes.speech_verb < last.begin &&
      quotes.speaker.end <= last.begin && last.end + 2 >= n)
    return last;
  return {};
}

// The reported clause before a closing attribution with no quotation marks
// ("Russia must withdraw its troops, the minister said."), and its speaker
// and verb; empty if none.
WordSpan UnquotedClause(Words words, WordSpan* speaker, int* verb) {
  // Cheap first: a verb of saying among the sentence's last words (a speaker
  // of a few words and a phrase of time or medium after the verb).
  constexpr int kTail = 16;
  static const WordSet kVerbs = {"said",     "says",      "told",    "tells",    "added",
                                 "adds",     "stated",    "wrote",   "warned",   "insisted",
                                 "stressed", "declared",  "vowed",   "argued",   "claimed",
                                 "noted",    "explained", "replied", "according"};
  const int n = static_cast<int>(words.size());
  bool saying = false;
  for (int t = n - 1; t >= 0 && t >= n - kTail && !saying; --t) saying = kVerbs.contains(words[t]);
  int comma = 0, end = 0;
  if (!saying || !LastClause(words, &comma, &end) ||
      !FindAttributionAfter(words, comma, end, speaker, verb))
    return {};
  return WordSpan{0, comma};
}

void Append(std::string_view bytes, bool upper, std::string* out) {
  const size_t at = out->size();
  out->append(bytes);
  if (at == out->size()) return;
  char& c = (*out)[at];
  if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// The bytes of tokens [begin, end) of the article `text`.
std::string_view BytesOf(std::string_view text, std::span<const text::Token> tokens, int begin,
                         int end) {
  const uint32_t from = tokens[begin].span.begin;
  return text.substr(from, tokens[end - 1].span.end - from);
}

void AppendOrigins(int begin, int end, std::vector<int>* origin) {
  for (int t = begin; t < end; ++t) origin->push_back(t);
}

bool Within(code::TokenRange r, int begin, int end) {
  return !r.empty() && r.begin >= begin && r.end <= end && r.begin < r.end;
}

code::TokenRange Moved(const SpeakerFirst& r, code::TokenRange range) {
  return code::TokenRange{r.origin[range.begin], r.origin[range.end - 1] + 1};
}

}  // namespace

void SpeakerFirst::Clear() {
  text.clear();
  origin.clear();
  verb = verb_origin = -1;
  verb_text.clear();
  clause = WordSpan{};
  quoted = false;
}

bool RewriteSpeakerFirst(std::string_view text, std::span<const text::Token> tokens, Words words,
                         std::span<const std::string_view> tags, const SentenceQuotes& quotes,
                         SpeakerFirst* out) {
  out->Clear();
  WordSpan speaker = quotes.speaker;
  int verb = quotes.speech_verb;
  WordSpan clause = QuotedClause(quotes, static_cast<int>(words.size()));
  out->quoted = !clause.empty();
  if (quotes.quoted.empty()) clause = UnquotedClause(words, &speaker, &verb);
  if (clause.empty() || speaker.empty() || verb < 0) return false;
  // The clause's own closing punctuation stays out; a question demands nothing.
  while (clause.end > clause.begin && IsClosingPunctuation(words[clause.end - 1])) --clause.end;
  clause.begin = SkipOpening(words, tags, clause);
  if (clause.end - clause.begin < 3 || words[clause.end - 1] == "?" ||
      !HasFiniteVerb(tags, clause.begin, clause.end))
    return false;
  const std::string_view said = RewrittenVerb(words[verb]);
  if (said.empty()) return false;
  // "<speaker> <verb> <clause> .": the clause's first word in lower case if
  // it is a word of grammar ("The", "We", "If"), as written otherwise
  // ("Russia", "Georgian", "I").
  Append(BytesOf(text, tokens, speaker.begin, speaker.end), /*upper=*/true, &out->text);
  out->text += ' ';
  out->text += said;
  out->text += ' ';
  const bool name = !IsGrammarWord(tags[clause.begin]) || words[clause.begin] == "I";
  Append(BytesOf(text, tokens, clause.begin, clause.end), name, &out->text);
  out->text += " .";
  AppendOrigins(speaker.begin, speaker.end, &out->origin);
  out->verb = static_cast<int>(out->origin.size());
  out->verb_origin = verb;
  out->verb_text = words[verb];
  out->origin.push_back(verb);
  const int clause_begin = static_cast<int>(out->origin.size());
  AppendOrigins(clause.begin, clause.end, &out->origin);
  out->clause = WordSpan{clause_begin, static_cast<int>(out->origin.size())};
  out->origin.push_back(-1);
  return true;
}

int TakeSpeakerActs(const SpeakerFirst& r, std::vector<code::Event>* coded,
                    std::vector<code::Event>* events) {
  // ... unless the clause's own verb told the act already ('"We will
  // retaliate against Israel," the army chief said': 138 from "retaliate").
  auto told = [events](const code::Event& e) {
    return std::any_of(events->begin(), events->end(), [&e](const code::Event& x) {
      return x.source == e.source && x.target == e.target &&
             x.code.compare(0, 2, e.code, 0, 2) == 0;
    });
  };
  auto own = [&r, &told](const code::Event& e) {
    return e.verb_tokens.begin == r.verb && Within(e.source_tokens, 0, r.verb) &&
           Within(e.target_tokens, r.clause.begin, r.clause.end) && !told(e);
  };
  if (std::none_of(coded->begin(), coded->end(), own)) return 0;
  // The verb's events of the sentence as written (its default code, with no
  // clause to read) give way.
  std::erase_if(*events,
                [&r](const code::Event& e) { return e.verb_tokens.begin == r.verb_origin; });
  int taken = 0;
  for (code::Event& e : *coded) {
    if (!own(e)) continue;
    e.source_tokens = Moved(r, e.source_tokens);
    e.target_tokens = Moved(r, e.target_tokens);
    e.verb_tokens = code::TokenRange{r.verb_origin, r.verb_origin + 1};
    e.verb_text = r.verb_text;
    events->push_back(std::move(e));
    ++taken;
  }
  return taken;
}

}  // namespace dyad::doc
