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

// Words that open a clause of condition, time or concession ("If the
// fighting spreads, analysts said, Cambodia could ...").
bool IsSubordinator(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"if", "unless", "when", "once", "until", "while", "although",
                                 "though", "because", "as", "should"});
}

// A reported clause with no quotation marks and the attribution that
// closes it ("Russia must withdraw its troops, the minister said.") or
// stands aside in it between commas ("Russia, the minister said, must
// withdraw its troops"; "If the fighting spreads, analysts said, Cambodia
// could ..."): `head`, the words before the attribution, and `rest`, those
// after it that go on with the clause (empty if none; `comma` if a comma
// joins them); sets the speaker and verb. False if none.
struct UnquotedClause {
  WordSpan head, rest;
  bool comma = false;
};
bool FindUnquotedClause(Words words, std::span<const std::string_view> tags, WordSpan* speaker,
                        int* verb, UnquotedClause* out) {
  static const WordSet kVerbs = {"said",     "says",      "told",    "tells",    "added",
                                 "adds",     "stated",    "wrote",   "warned",   "insisted",
                                 "stressed", "declared",  "vowed",   "argued",   "claimed",
                                 "noted",    "explained", "replied", "according"};
  int end = static_cast<int>(words.size());
  while (end > 0 && IsClosingPunctuation(words[end - 1])) --end;
  // The last two verbs of saying (one WordSet probe a word back to them).
  constexpr int kMaxVerbs = 2;
  int tried = 0;
  for (int v = end - 1; v > 0 && tried < kMaxVerbs; --v) {
    if (!kVerbs.contains(words[v])) continue;
    ++tried;
    int before = v - 1, after = v + 1;
    while (before > 0 && words[before] != ",") --before;
    while (after < end && words[after] != ",") ++after;
    if (before <= 0) return false;  // "The minister said ...": speaker first already
    // ... an attribution that fills its segment: no clause of its own after
    // the verb ("officials said the talks would resume").
    if (!FindAttributionAfter(words, before, after, speaker, verb) || *verb != v ||
        HasFiniteVerb(tags, v + 1, after))
      continue;
    out->head = WordSpan{0, before};
    // A clause the attribution interrupts goes on after it: its subject or a
    // condition came before.
    const bool head_finite = HasFiniteVerb(tags, 0, before);
    if (after < end && (!head_finite || IsSubordinator(words[0]))) {
      out->rest = WordSpan{after + 1, end};
      out->comma = head_finite;
    }
    return true;
  }
  return false;
}

// Appends `bytes`, their first letter in upper case (`upper`), else in
// lower case if it opens a word of grammar tagged `tag` ("The", "We",
// "If"), else as written ("Russia", "Georgian", "I").
void Append(std::string_view bytes, bool upper, std::string_view tag, std::string* out) {
  const size_t at = out->size();
  out->append(bytes);
  if (at == out->size()) return;
  char& c = (*out)[at];
  if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (!upper && IsGrammarWord(tag) && bytes != "I" && !bytes.starts_with("I ") &&
      !bytes.starts_with("I'") && c >= 'A' && c <= 'Z')
    c = static_cast<char>(c - 'A' + 'a');
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
  UnquotedClause clause;
  clause.head = QuotedClause(quotes, static_cast<int>(words.size()));
  out->quoted = !clause.head.empty();
  if (quotes.quoted.empty() && !FindUnquotedClause(words, tags, &speaker, &verb, &clause))
    return false;
  if (clause.head.empty() || speaker.empty() || verb < 0) return false;
  // The clause's own closing punctuation stays out; a question demands nothing.
  WordSpan& last = clause.rest.empty() ? clause.head : clause.rest;
  while (last.end > last.begin && IsClosingPunctuation(words[last.end - 1])) --last.end;
  clause.head.begin = SkipOpening(words, tags, clause.head);
  if (clause.head.empty() || last.end - clause.head.begin < 3 || words[last.end - 1] == "?" ||
      !(HasFiniteVerb(tags, clause.head.begin, clause.head.end) ||
        HasFiniteVerb(tags, last.begin, last.end)))
    return false;
  const std::string_view said = RewrittenVerb(words[verb]);
  if (said.empty()) return false;
  // "<speaker> <verb> <clause> .".
  Append(BytesOf(text, tokens, speaker.begin, speaker.end), /*upper=*/true, "", &out->text);
  out->text += ' ';
  out->text += said;
  out->text += ' ';
  Append(BytesOf(text, tokens, clause.head.begin, clause.head.end), /*upper=*/false,
         tags[clause.head.begin], &out->text);
  AppendOrigins(speaker.begin, speaker.end, &out->origin);
  out->verb = static_cast<int>(out->origin.size());
  out->verb_origin = verb;
  out->verb_text = words[verb];
  out->origin.push_back(verb);
  const int clause_begin = static_cast<int>(out->origin.size());
  AppendOrigins(clause.head.begin, clause.head.end, &out->origin);
  if (!clause.rest.empty()) {
    // "Russia[, the minister said,] must withdraw": the clause goes on.
    if (clause.comma) {
      out->text += " ,";
      out->origin.push_back(clause.head.end);
    }
    out->text += ' ';
    Append(BytesOf(text, tokens, clause.rest.begin, clause.rest.end), /*upper=*/false,
           tags[clause.rest.begin], &out->text);
    AppendOrigins(clause.rest.begin, clause.rest.end, &out->origin);
  }
  out->clause = WordSpan{clause_begin, static_cast<int>(out->origin.size())};
  out->text += " .";
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
