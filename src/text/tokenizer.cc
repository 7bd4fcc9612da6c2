// The Penn Treebank tokenizer: one left-to-right pass over the sentence's
// code points. At each token start the first code point picks the rule: a URL,
// an @handle or #hashtag, a word (letters and digits with the connectors that
// may sit inside one: . , : - & / _ '), or a punctuation token. Words are then
// cut at clitics and may take an abbreviation's period. Token texts are views
// into the input, static Treebank forms, or, when a word holds Unicode
// punctuation that normalises (O’Brien, n’t), a copy in the scratch string,
// which is reserved to the sentence's size so that it never reallocates while
// views into it are handed out (normalised forms are never longer).
#include "dyad/text/tokenizer.h"

#include <algorithm>
#include <cassert>

#include "text/abbreviations.h"
#include "text/chars.h"
#include "text/lines.h"

namespace dyad::text {

using internal::CharClass;
using internal::ClassOf;
using internal::CodePoint;
using internal::Decode;

namespace {

bool IsAsciiAlnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char32_t Lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t begin, std::string* scratch, std::vector<Token>* out)
      : text_(text),
        begin_(begin),
        end_(static_cast<uint32_t>(text.size())),
        scratch_(scratch),
        out_(out) {}

  void Run();

 private:
  CodePoint At(uint32_t i) const { return i < end_ ? Decode(text_, i) : CodePoint{0, 0}; }
  CharClass ClassAt(uint32_t i) const {
    return i < end_ ? ClassOf(Decode(text_, i).cp) : internal::kSpace;
  }
  bool OpeningContext(uint32_t i) const;
  bool FinalAfter(uint32_t i) const;
  uint32_t UrlEnd(uint32_t i) const;
  uint32_t WordEnd(uint32_t i) const;
  uint32_t CliticLength(uint32_t i) const;
  void Word(uint32_t i, uint32_t j);
  uint32_t Punctuation(uint32_t i, CodePoint c);
  void Add(uint32_t b, uint32_t e, std::string_view form = {});

  std::string_view text_;  // truncated at the sentence's end
  uint32_t begin_, end_;
  std::string* scratch_;
  std::vector<Token>* out_;
};

void Scanner::Run() {
  uint32_t i = begin_;
  while (i < end_) {
    const CodePoint c = Decode(text_, i);
    const CharClass cls = ClassOf(c.cp);
    if (cls == internal::kSpace) {
      i += c.len;
    } else if (const uint32_t url = UrlEnd(i); url > i) {
      Add(i, url);
      i = url;
    } else if ((c.cp == '@' || c.cp == '#') && IsAsciiAlnum(At(i + 1).cp)) {
      uint32_t j = i + 1;
      while (j < end_ && (IsAsciiAlnum(At(j).cp) || At(j).cp == '_')) ++j;
      Add(i, j);
      i = j;
    } else if (internal::IsWordClass(cls)) {
      const uint32_t j = WordEnd(i);
      Word(i, j);
      i = j;
      // The token may run past j: "U.S." with its period, "U.S.-brokered".
      if (i < end_ && !out_->empty() && out_->back().span.end > i) i = out_->back().span.end;
    } else {
      i = Punctuation(i, c);
    }
  }
}

// Whether a quote at `i` opens: at the start, after white space or an opener.
bool Scanner::OpeningContext(uint32_t i) const {
  if (i <= begin_) return true;
  const CodePoint prev = internal::DecodeBefore(text_, i);
  return internal::IsSpace(prev.cp) || internal::IsOpener(prev.cp);
}

// Whether only closing quotes, brackets and white space follow `i`.
bool Scanner::FinalAfter(uint32_t i) const {
  while (i < end_) {
    const CodePoint c = Decode(text_, i);
    if (!internal::IsSpace(c.cp) && !internal::IsCloser(c.cp)) return false;
    i += c.len;
  }
  return true;
}

// The end of a URL starting at `i` (i itself if there is none). Trailing
// punctuation is left out, and ')' too unless it closes a '(' of the URL.
uint32_t Scanner::UrlEnd(uint32_t i) const {
  const char c = static_cast<char>(text_[i] | 0x20);
  if (c != 'h' && c != 'w' && c != 'p') return i;
  uint32_t j = i;
  while (j < end_ && !internal::IsSpace(At(j).cp)) j += At(j).len;
  if (!internal::IsUrl(text_.substr(i, j - i))) return i;
  while (j > i) {
    const CodePoint last = internal::DecodeBefore(text_, j);
    const std::string_view url = text_.substr(i, j - i);
    const bool unbalanced =
        std::count(url.begin(), url.end(), ')') > std::count(url.begin(), url.end(), '(');
    const bool trim =
        (last.cp < 128 && std::string_view(".,;:!?\"'>]}").find(static_cast<char>(last.cp)) !=
                              std::string_view::npos) ||
        (last.cp == ')' && unbalanced) || last.cp == 0x201D || last.cp == 0x2019 ||
        last.cp == 0x00BB;
    if (!trim) break;
    j -= last.len;
  }
  return j;
}

// The end of the word starting at `i`: letters and digits, and the connectors
// that sit between them.
uint32_t Scanner::WordEnd(uint32_t i) const {
  uint32_t j = i;
  CharClass prev = internal::kOther;
  while (j < end_) {
    const CodePoint c = Decode(text_, j);
    const CharClass cls = ClassOf(c.cp);
    if (internal::IsWordClass(cls)) {
      prev = cls;
      j += c.len;
      continue;
    }
    const CharClass next = ClassAt(j + c.len);
    bool joins = false;
    if (c.cp == '.' || c.cp == '/' || c.cp == '_' || internal::IsJoiningHyphen(c.cp)) {
      joins = internal::IsWordClass(next);
    } else if (c.cp == ',' || c.cp == ':') {
      joins = prev == internal::kDigit && next == internal::kDigit;
    } else if (c.cp == '&') {
      joins = prev == internal::kUpper && next == internal::kUpper;
    } else if (internal::IsApostrophe(c.cp)) {
      joins = internal::IsLetterClass(next);
    }
    if (!joins) break;
    j += c.len;
  }
  return j;
}

// If a clitic ('s 're 've 'll 'd 'm, with ' or ’) starts at `i` and ends the
// word, its length in bytes; else 0.
uint32_t Scanner::CliticLength(uint32_t i) const {
  const CodePoint apos = At(i);
  if (!internal::IsApostrophe(apos.cp)) return 0;
  const uint32_t s = i + apos.len;
  uint32_t e = s;
  while (e < end_ && e - s < 3 && internal::IsLetterClass(ClassAt(e))) ++e;
  if (e < end_ && internal::IsWordClass(ClassAt(e))) return 0;
  char lower[2] = {0, 0};
  for (uint32_t k = s; k < e && k - s < 2; ++k) lower[k - s] = static_cast<char>(Lower(At(k).cp));
  const std::string_view tail(lower, std::min<uint32_t>(e - s, 2));
  const bool clitic = ((e - s == 1) && (tail == "s" || tail == "d" || tail == "m")) ||
                      ((e - s == 2) && (tail == "re" || tail == "ve" || tail == "ll"));
  return clitic ? e - i : 0;
}

// Emits the word text[i, j): clitics split off, an abbreviation's period kept.
void Scanner::Word(uint32_t i, uint32_t j) {
  // n't: "don't" -> do n't, "can't" -> ca n't.
  for (uint32_t a = i + 1; a + 1 < j; ++a) {
    const CodePoint apos = At(a);
    if (!internal::IsApostrophe(apos.cp) || a + apos.len + 1 != j) continue;
    if (Lower(At(a - 1).cp) == 'n' && Lower(At(a + apos.len).cp) == 't' && a - 1 > i) {
      Add(i, a - 1);
      Add(a - 1, j);
      return;
    }
  }
  for (uint32_t a = i + 1; a < j; ++a) {
    if (const uint32_t n = CliticLength(a); n > 0 && a + n == j) {
      Add(i, a);
      Add(a, j);
      return;
    }
  }
  const std::string_view word = text_.substr(i, j - i);
  if (word.size() == 6 && Lower(word[0]) == 'c' && Lower(word[3]) == 'n' && Lower(word[5]) == 't' &&
      Lower(word[1]) == 'a' && Lower(word[2]) == 'n' &&
      Lower(word[4]) == 'o') {  // cannot -> can not
    Add(i, i + 3);
    Add(i + 3, j);
    return;
  }
  if (j < end_ && text_[j] == '.' && (j + 1 >= end_ || text_[j + 1] != '.')) {
    const internal::Abbreviation abbr = internal::ClassifyAbbreviation(word);
    bool attach = abbr != internal::Abbreviation::kNone;
    if (abbr == internal::Abbreviation::kNumber) {
      uint32_t k = j + 1;
      while (k < end_ && internal::IsSpace(At(k).cp)) k += At(k).len;
      attach = ClassAt(k) == internal::kDigit;
    }
    if (attach) {
      // "U.S.-brokered", "U.N.-backed": a hyphen right after the abbreviation
      // joins the word after it into one (as "Iran-backed" is one).
      uint32_t k = j + 1;
      if (k + 1 < end_ && text_[k] == '-' && internal::IsLetterClass(ClassAt(k + 1))) {
        ++k;
        while (k < end_ && (internal::IsLetterClass(ClassAt(k)) || text_[k] == '-')) k += At(k).len;
        Add(i, k);
        return;
      }
      Add(i, j + 1);
      // "the U.N.'s highest court": the clitic right after the period is split
      // off as after any word ("U.N." "'s"), not left as a quote and an "s".
      if (const uint32_t n = CliticLength(j + 1); n > 0) {
        Add(j + 1, j + 1 + n);
        return;
      }
      if (FinalAfter(j + 1)) Add(j, j + 1, ".");
      return;
    }
  }
  Add(i, j);
}

uint32_t Scanner::Punctuation(uint32_t i, CodePoint c) {
  const auto run = [&](auto pred) {
    uint32_t k = i;
    while (k < end_ && pred(text_[k])) ++k;
    return k;
  };
  switch (c.cp) {
    case '"':
      Add(i, i + 1, OpeningContext(i) ? "``" : "''");
      return i + 1;
    case '`':
      if (At(i + 1).cp == '`') return Add(i, i + 2), i + 2;
      Add(i, i + 1);
      return i + 1;
    case '(':
      return Add(i, i + 1, "-LRB-"), i + 1;
    case ')':
      return Add(i, i + 1, "-RRB-"), i + 1;
    case '[':
      return Add(i, i + 1, "-LSB-"), i + 1;
    case ']':
      return Add(i, i + 1, "-RSB-"), i + 1;
    case '{':
      return Add(i, i + 1, "-LCB-"), i + 1;
    case '}':
      return Add(i, i + 1, "-RCB-"), i + 1;
    case '.': {
      const uint32_t k = run([](char x) { return x == '.'; });
      Add(i, k);
      return k;
    }
    case '-': {
      const uint32_t k = run([](char x) { return x == '-'; });
      Add(i, k, k - i == 1 ? "-" : "--");
      return k;
    }
    case '?':
    case '!': {
      const uint32_t k = run([](char x) { return x == '?' || x == '!'; });
      Add(i, k);
      return k;
    }
    default:
      break;
  }
  if (internal::IsApostrophe(c.cp)) {
    if (c.cp == '\'' && At(i + 1).cp == '\'') return Add(i, i + 2), i + 2;
    if (const uint32_t n = CliticLength(i); n > 0 && OpeningContext(i)) {
      Add(i, i + n);  // a clitic already split off in the text: "Moscow 's"
      return i + n;
    }
    if (OpeningContext(i) && ClassAt(i + c.len) == internal::kDigit) {  // '90s
      const uint32_t j = WordEnd(i + c.len);
      Add(i, j);
      return j;
    }
    const bool opens = OpeningContext(i) && internal::IsWordClass(ClassAt(i + c.len));
    Add(i, i + c.len, opens ? "`" : "'");
    return i + c.len;
  }
  Add(i, i + c.len, internal::PunctuationForm(c.cp));
  return i + c.len;
}

void Scanner::Add(uint32_t b, uint32_t e, std::string_view form) {
  Token& t = out_->emplace_back();
  t.span = {b, e};
  if (!form.empty()) {
    t.text = form;
    return;
  }
  const std::string_view raw = text_.substr(b, e - b);
  t.text = raw;
  if (std::all_of(raw.begin(), raw.end(), [](char x) { return (x & 0x80) == 0; })) return;
  // Normalise Unicode punctuation inside the token into the scratch space.
  const size_t start = scratch_->size();
  bool changed = false;
  for (uint32_t k = b; k < e;) {
    const CodePoint c = Decode(text_, k);
    const std::string_view f = internal::PunctuationForm(c.cp);
    changed = changed || !f.empty();
    scratch_->append(f.empty() ? text_.substr(k, c.len) : f);
    k += c.len;
  }
  assert(scratch_->size() <= scratch_->capacity());
  if (changed) {
    t.text = std::string_view(scratch_->data() + start, scratch_->size() - start);
  } else {
    scratch_->resize(start);
  }
}

}  // namespace

void Tokenizer::Tokenize(std::string_view text, Span sentence, std::vector<Token>* out) {
  out->clear();
  scratch_.clear();
  const uint32_t end = static_cast<uint32_t>(std::min<size_t>(sentence.end, text.size()));
  const uint32_t begin = std::min(sentence.begin, end);
  // Normalised forms are never longer than the original bytes, so this
  // capacity is enough and views into scratch_ stay valid during the call.
  scratch_.reserve(end - begin);
  Scanner(text.substr(0, end), begin, &scratch_, out).Run();
}

}  // namespace dyad::text
