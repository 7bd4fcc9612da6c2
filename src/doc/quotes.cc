// Quotes and their attributions, from the tokenizer's quotation marks and
// short word lists (see quotes.h). Everything is a scan over string_views:
// the article coder calls FindQuotes only for sentences with a quotation mark.
#include "dyad/doc/quotes.h"

#include <algorithm>

#include "dyad/base/text.h"
#include "dyad/base/word_set.h"

namespace dyad::doc {

namespace {

using Words = std::span<const std::string_view>;

constexpr int kMaxSpeakerWords = 8;

// The tokenizer writes double marks as `` and '', single ones as ` and '.
QuoteMarks OpeningMarks(std::string_view w) {
  if (w == "``") return QuoteMarks::kDouble;
  return w == "`" ? QuoteMarks::kSingle : QuoteMarks::kNone;
}
bool IsOpenMark(std::string_view w) { return OpeningMarks(w) != QuoteMarks::kNone; }
bool IsCloseMark(std::string_view w) { return w == "''"; }

// Whether w closes a quote opened with `marks`. A lone ' closes a single
// quote; elsewhere it is an apostrophe ("the protesters' demands").
bool Closes(std::string_view w, QuoteMarks marks) {
  return marks == QuoteMarks::kSingle ? w == "'" : w == "''";
}

// Verbs that introduce or close a quotation; never capitalised, as the
// last word of "the United States said" is not.
bool IsSpeechVerb(std::string_view w) {
  if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) return false;
  static const WordSet kSpeechVerbs = {
      "said",         "says",     "say",      "told",       "tells",      "added",
      "adds",         "wrote",    "writes",   "tweeted",    "posted",     "stated",
      "states",       "declared", "declares", "warned",     "warns",      "insisted",
      "insists",      "asked",    "asks",     "replied",    "replies",    "continued",
      "explained",    "explains", "noted",    "notes",      "recalled",   "announced",
      "argued",       "argues",   "stressed", "stresses",   "maintained", "concluded",
      "acknowledged", "admitted", "conceded", "claimed",    "claims",     "complained",
      "exclaimed",    "remarked", "observed", "emphasised", "emphasized", "quipped",
      "shouted",      "vowed",    "promised", "pledged",    "cautioned",  "according"};
  return kSpeechVerbs.contains(w);
}

// Verbs of saying that are no event of their own ("said", "told reporters").
bool IsPlainSpeechVerb(std::string_view w) {
  static const WordSet kPlainSpeechVerbs = {
      "said",   "says",    "say",     "told",    "tells",    "added",     "adds",      "wrote",
      "writes", "tweeted", "posted",  "stated",  "states",   "continued", "explained", "explains",
      "noted",  "notes",   "replied", "replies", "remarked", "according", "asked",     "asks"};
  return kPlainSpeechVerbs.contains(w);
}

bool IsClauseEnd(std::string_view w) {
  return w == "," || w == "." || w == "?" || w == "!" || w == "..." || w == "--" || w == "-";
}

// Words that end a speaker named after the verb ("said Ruto in Nairobi").
bool EndsSpeaker(std::string_view w) {
  if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'))) return true;
  return EqualsAnyIgnoreCase(w,
                             {"in",     "on",      "at",   "from",    "to",   "during", "after",
                              "before", "with",    "for",  "by",      "who",  "which",  "that",
                              "adding", "saying",  "late", "earlier", "last", "this",   "yesterday",
                              "today",  "tonight", "when", "while",   "as",   "and",    "but"});
}

// Adverbs between a speaker and the verb ("Ruto later said").
bool IsSpeechAdverb(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"also", "later", "then", "earlier", "again", "previously",
                                 "recently", "further", "simply", "once", "had", "has", "have"});
}

// Words that cannot start a speaker named before the verb: the quote goes on
// in the narrative ("and compared it ...").
bool StartsNarrative(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"and", "but", "or", "which", "that", "who", "as", "when", "while",
                                 "if", "because", "so", "than", "to"});
}

// The speaker named right after the verb at `verb`: words up to a stop.
WordSpan SpeakerAfter(Words words, int verb, int end) {
  int begin = verb + 1;
  if (EqualsIgnoreCase(words[verb], "according") && begin < end &&
      EqualsIgnoreCase(words[begin], "to"))
    ++begin;
  int stop = begin;
  while (stop < end && stop - begin < kMaxSpeakerWords && !EndsSpeaker(words[stop])) ++stop;
  return WordSpan{begin, stop};
}

// The speaker named right before the verb at `verb`, back to `begin` or a
// comma: "Kenyan President William Ruto" in "..., Kenyan President William Ruto said".
WordSpan SpeakerBefore(Words words, int begin, int verb) {
  int end = verb;
  while (end > begin && IsSpeechAdverb(words[end - 1])) --end;
  int start = end;
  while (start > begin && !IsClauseEnd(words[start - 1]) && words[start - 1] != ":" &&
         !IsCloseMark(words[start - 1]) && !IsOpenMark(words[start - 1]))
    --start;
  if (end - start > kMaxSpeakerWords || start == end || StartsNarrative(words[start])) return {};
  // "In a statement, the ministry said": only the subject.
  return WordSpan{start, end};
}

// Whether a quote ends a clause: its last word is punctuation (`...,"`) or a
// comma follows it. Scare quotes ("a "proactive role" in") do not.
bool EndsClause(Words words, int close) {
  if (close > 0 && IsClauseEnd(words[close - 1])) return true;
  return close + 1 < static_cast<int>(words.size()) && words[close + 1] == ",";
}

// Whether only punctuation stands in words [begin, end).
bool OnlyPunctuation(Words words, int begin, int end) {
  for (int t = begin; t < end; ++t) {
    std::string_view w = words[t];
    if (!w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z') ||
                       (w[0] >= '0' && w[0] <= '9')))
      return false;
  }
  return true;
}

// An attribution before the opening mark at `open`: `Ruto said: "` or
// `Ruto told reporters, "`, in words [begin, open).
bool FindAttributionBefore(Words words, int begin, int open, WordSpan* speaker, int* verb) {
  if (open < 1 || (words[open - 1] != ":" && words[open - 1] != ",")) return false;
  for (int v = open - 2; v >= begin; --v) {
    if (!IsSpeechVerb(words[v])) continue;
    WordSpan s = SpeakerBefore(words, begin, v);
    if (s.empty()) return false;
    *speaker = s;
    *verb = v;
    return true;
  }
  return false;
}

// Where the quote closed at `close` goes on: the next opening mark or the end.
int NextOpen(Words words, int close) {
  int n = static_cast<int>(words.size());
  for (int t = close + 1; t < n; ++t) {
    if (IsOpenMark(words[t])) return t;
  }
  return n;
}

// The sentence's attribution, unless an earlier quote gave one.
void SetAttribution(Words words, WordSpan speaker, int verb, SentenceQuotes* out) {
  if (out->speech_verb >= 0 || verb < 0) return;
  out->speaker = speaker;
  out->speech_verb = verb;
  out->speech_only = IsPlainSpeechVerb(words[verb]);
}

// Decides whether the quote [begin, close) (opened at `open`, -1 if it runs
// in from the previous sentence) is speech, and takes its attribution.
void AddQuote(Words words, int prev_close, int open, int begin, int close, SentenceQuotes* out) {
  int n = static_cast<int>(words.size());
  WordSpan speaker;
  int verb = -1;
  bool speech = open < 0;
  if (EndsClause(words, close) &&
      FindAttributionAfter(words, close + 1, NextOpen(words, close), &speaker, &verb)) {
    speech = true;
  } else if (open >= 0 && FindAttributionBefore(words, prev_close + 1, open, &speaker, &verb)) {
    speech = true;
  } else if (open >= 0 && OnlyPunctuation(words, prev_close + 1, open) &&
             OnlyPunctuation(words, close + 1, n)) {
    speech = true;  // the whole sentence is a quote
  }
  if (!speech) return;
  out->quoted.push_back(WordSpan{begin, close});
  SetAttribution(words, speaker, verb, out);
}

}  // namespace

void SentenceQuotes::Clear() {
  quoted.clear();
  open_at_end = QuoteMarks::kNone;
  continues = false;
  speaker = WordSpan{};
  speech_verb = -1;
  speech_only = false;
}

bool SentenceQuotes::Quoted(int t) const {
  for (const WordSpan& q : quoted) {
    if (q.Contains(t)) return true;
  }
  return false;
}

bool LastClause(Words words, int* comma, int* end) {
  int n = static_cast<int>(words.size());
  while (n > 0 && EqualsAnyIgnoreCase(words[n - 1], {".", "!", "''", "'"})) --n;
  int c = n - 1;
  while (c > 0 && words[c] != ",") --c;
  if (c <= 0) return false;
  *comma = c;
  *end = n;
  return true;
}

namespace {

// The speech verb after an appositive set off by the comma at `comma`
// ("the French foreign minister, Jean-Noel Barrot, said"): the verb's index,
// -1 if the words after the comma are no short aside closed by a comma and a
// speech verb (adverbs between allowed).
int VerbAfterAppositive(Words words, int comma, int end) {
  if (comma + 1 >= end || StartsNarrative(words[comma + 1])) return -1;
  int close = comma + 1;
  while (close < end && close - comma <= kMaxSpeakerWords && !IsClauseEnd(words[close]) &&
         words[close] != ":" && !IsOpenMark(words[close]))
    ++close;
  if (close >= end || close == comma + 1 || words[close] != ",") return -1;
  int v = close + 1;
  while (v < end && IsSpeechAdverb(words[v])) ++v;
  return v < end && IsSpeechVerb(words[v]) ? v : -1;
}

}  // namespace

bool FindAttributionAfter(Words words, int begin, int end, WordSpan* speaker, int* verb) {
  int t = begin;
  while (t < end && words[t] == ",") ++t;
  if (t >= end) return false;
  if (IsSpeechVerb(words[t])) {
    WordSpan s = SpeakerAfter(words, t, end);
    if (s.empty()) return false;
    *speaker = s;
    *verb = t;
    return true;
  }
  if (StartsNarrative(words[t])) return false;
  for (int v = t + 1; v < end && v <= t + kMaxSpeakerWords + 1; ++v) {
    if (words[v] == ",") {
      // The speaker named with an appositive: the words before its comma.
      int after = VerbAfterAppositive(words, v, end);
      if (after < 0) return false;
      *speaker = WordSpan{t, v};
      *verb = after;
      return true;
    }
    if (IsClauseEnd(words[v]) || words[v] == ":" || IsOpenMark(words[v])) return false;
    if (!IsSpeechVerb(words[v])) continue;
    WordSpan s = SpeakerBefore(words, t, v);
    if (s.empty()) return false;
    *speaker = s;
    *verb = v;
    return true;
  }
  return false;
}

void FindQuotes(Words words, QuoteMarks open, SentenceQuotes* out) {
  out->Clear();
  out->continues = open != QuoteMarks::kNone;
  int n = static_cast<int>(words.size());
  int open_mark = -1, begin = out->continues ? 0 : -1, prev_close = -1;
  QuoteMarks marks = open;
  for (int t = 0; t < n; ++t) {
    if (begin < 0) {
      if (QuoteMarks opening = OpeningMarks(words[t]); opening != QuoteMarks::kNone) {
        open_mark = t;
        begin = t + 1;
        marks = opening;
      }
    } else if (Closes(words[t], marks)) {
      AddQuote(words, prev_close, open_mark, begin, t, out);
      prev_close = t;
      begin = -1;
      open_mark = -1;
    }
  }
  if (begin < 0) return;
  // A quote that runs on past the sentence is speech; its attribution may
  // come before it ("Ruto said: "We will ...").
  out->open_at_end = marks;
  out->quoted.push_back(WordSpan{begin, n});
  WordSpan speaker;
  int verb = -1;
  if (open_mark >= 0 && FindAttributionBefore(words, prev_close + 1, open_mark, &speaker, &verb))
    SetAttribution(words, speaker, verb, out);
}

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The quotation mark of kind `marks` at byte i, if any: 1 for an opening
// one, 2 for a closing one, 3 for '"' (either); its length in `*size`. A
// straight or right single mark closes a quote only after punctuation
// (`...,' he said`); elsewhere it is an apostrophe.
int MarkAt(std::string_view text, size_t i, QuoteMarks marks, size_t* size) {
  if (marks == QuoteMarks::kSingle) {
    if (text.compare(i, 3, "\xE2\x80\x98") == 0) return *size = 3, 1;
    const bool right = text.compare(i, 3, "\xE2\x80\x99") == 0;
    if (!right && text[i] != '\'') return 0;
    *size = right ? 3 : 1;
    if (i > 0 && std::string_view(",.?!").find(text[i - 1]) != std::string_view::npos) return 2;
    return i == 0 || IsBlank(text[i - 1]) ? 1 : 0;
  }
  if (text[i] == '"') return *size = 1, 3;
  if (text.compare(i, 3, "\xE2\x80\x9C") == 0) return *size = 3, 1;
  if (text.compare(i, 3, "\xE2\x80\x9D") == 0) return *size = 3, 2;
  return 0;
}

}  // namespace

size_t FindQuoteClose(std::string_view text, size_t from, size_t limit, QuoteMarks marks) {
  size_t end = std::min(text.size(), from + limit);
  for (size_t i = from; i < end; ++i) {
    if (text[i] == '\n') {
      int newlines = 0;
      size_t k = i;
      for (; k < end && IsBlank(text[k]); ++k) newlines += text[k] == '\n';
      if (newlines < 2) {
        i = k - 1;
        continue;
      }
      // A new paragraph: it continues the quote only if it reopens it.
      size_t size = 0;
      if (k >= end || (MarkAt(text, k, marks, &size) & 1) == 0) return std::string_view::npos;
      i = k + size - 1;
      continue;
    }
    size_t size = 0;
    int mark = MarkAt(text, i, marks, &size);
    if (mark == 1) return std::string_view::npos;  // a new quote: the old one never closed
    if (mark != 0) return i + size;
  }
  return std::string_view::npos;
}

}  // namespace dyad::doc
