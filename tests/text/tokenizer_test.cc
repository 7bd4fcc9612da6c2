// Unit tests for the Penn Treebank tokenizer: one test per rule in
// tokenizer.h, and the offset contract (every token's span holds the bytes its
// text normalises).
#include "dyad/text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::text {
namespace {

using Strings = std::vector<std::string>;

Strings Tokens(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  Strings out;
  for (const Token& t : tokens) out.emplace_back(t.text);
  return out;
}

TEST(Tokenizer, EmptyAndSpaces) {
  EXPECT_TRUE(Tokens("").empty());
  EXPECT_TRUE(Tokens(" \t\n\xC2\xA0\xE2\x80\x8B\xEF\xBB\xBF").empty());
}

TEST(Tokenizer, SplitsPunctuation) {
  EXPECT_EQ(Tokens("Troops entered Aleppo, Syria; residents fled."),
            (Strings{"Troops", "entered", "Aleppo", ",", "Syria", ";", "residents", "fled", "."}));
  EXPECT_EQ(Tokens("Why? Enough!! 50% of $5"),
            (Strings{"Why", "?", "Enough", "!!", "50", "%", "of", "$", "5"}));
}

TEST(Tokenizer, Brackets) {
  EXPECT_EQ(Tokens("the European Union (EU) [sic] {x}"),
            (Strings{"the", "European", "Union", "-LRB-", "EU", "-RRB-", "-LSB-", "sic", "-RSB-",
                     "-LCB-", "x", "-RCB-"}));
}

TEST(Tokenizer, DoubleQuotes) {
  EXPECT_EQ(
      Tokens("He said \"no\" and (\"yes\")."),
      (Strings{"He", "said", "``", "no", "''", "and", "-LRB-", "``", "yes", "''", "-RRB-", "."}));
  EXPECT_EQ(Tokens("\xE2\x80\x9CWe will fight,\xE2\x80\x9D he said."),
            (Strings{"``", "We", "will", "fight", ",", "''", "he", "said", "."}));
  EXPECT_EQ(Tokens("condemned as`` unacceptable'' allegations"),
            (Strings{"condemned", "as", "``", "unacceptable", "''", "allegations"}));
}

TEST(Tokenizer, SingleQuotes) {
  EXPECT_EQ(Tokens("the so-called 'red line' in the '90s"),
            (Strings{"the", "so-called", "`", "red", "line", "'", "in", "the", "'90s"}));
  EXPECT_EQ(Tokens("\xE2\x80\x98terror\xE2\x80\x99 the States' rights"),
            (Strings{"`", "terror", "'", "the", "States", "'", "rights"}));
}

TEST(Tokenizer, Dashes) {
  EXPECT_EQ(Tokens("Europe \xE2\x80\x94 the UK \xE2\x80\x93 and Beijing-- which --- or - x"),
            (Strings{"Europe", "--", "the", "UK", "--", "and", "Beijing", "--", "which", "--", "or",
                     "-", "x"}));
}

TEST(Tokenizer, Ellipses) {
  EXPECT_EQ(Tokens("wait... then \xE2\x80\xA6 go"), (Strings{"wait", "...", "then", "...", "go"}));
}

TEST(Tokenizer, Contractions) {
  EXPECT_EQ(
      Tokens("don't can't won't isn't DIDN'T cannot"),
      (Strings{"do", "n't", "ca", "n't", "wo", "n't", "is", "n't", "DID", "N'T", "can", "not"}));
  EXPECT_EQ(Tokens("they're we've I'll she'd I'm Russia's IT'S"),
            (Strings{"they", "'re", "we", "'ve", "I", "'ll", "she", "'d", "I", "'m", "Russia", "'s",
                     "IT", "'S"}));
  EXPECT_EQ(Tokens("O'Brien's rock'n'roll"), (Strings{"O'Brien", "'s", "rock'n'roll"}));
}

TEST(Tokenizer, CurlyApostrophesNormalise) {
  EXPECT_EQ(Tokens("Moscow\xE2\x80\x99s allies don\xE2\x80\x99t trust O\xE2\x80\x99Neill"),
            (Strings{"Moscow", "'s", "allies", "do", "n't", "trust", "O'Neill"}));
}

TEST(Tokenizer, CliticAlreadySplit) {
  EXPECT_EQ(Tokens("Moscow 's envoy"), (Strings{"Moscow", "'s", "envoy"}));
}

TEST(Tokenizer, Abbreviations) {
  EXPECT_EQ(Tokens("the U.S. envoy met Gen. Petraeus and George W. Bush on Nov. 25 at No. 10"),
            (Strings{"the", "U.S.", "envoy", "met", "Gen.", "Petraeus", "and", "George", "W.",
                     "Bush", "on", "Nov.", "25", "at", "No.", "10"}));
  EXPECT_EQ(Tokens("He said No."), (Strings{"He", "said", "No", "."}));
}

TEST(Tokenizer, CliticAfterAnAbbreviationSplitsOff) {
  // "The U.N.'s highest court": "U.N." "'s", as after any word, not "'" "s".
  EXPECT_EQ(
      Tokens("The U.N.'s highest court and the U.S.\xE2\x80\x99s envoy"),
      (Strings{"The", "U.N.", "'s", "highest", "court", "and", "the", "U.S.", "'s", "envoy"}));
  // An abbreviation's period before a quote stays as it was.
  EXPECT_EQ(Tokens("He met the U.S. 'envoy'"),
            (Strings{"He", "met", "the", "U.S.", "`", "envoy", "'"}));
}

TEST(Tokenizer, AbbreviationJoinedByAHyphenIsOneWord) {
  // As "Iran-backed" is one word, so is "U.S.-brokered": not "U.S." "-" "brokered".
  EXPECT_EQ(Tokens("a U.S.-brokered deal and U.N.-backed forces"),
            (Strings{"a", "U.S.-brokered", "deal", "and", "U.N.-backed", "forces"}));
}

TEST(Tokenizer, SentenceFinalAbbreviationGetsAPeriodToo) {
  const std::string text = "He lives in the U.S.";
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[4].text, "U.S.");
  EXPECT_EQ(tokens[5].text, ".");
  EXPECT_EQ(tokens[5].span, (Span{19, 20}));
  EXPECT_EQ(tokens[4].span, (Span{16, 20}));
  EXPECT_EQ(Tokens("Acme Corp.\""), (Strings{"Acme", "Corp.", ".", "''"}));
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(Tokens("1,000.50 dollars, 3.5 percent at 10:30, 2010-2015, 1/2"),
            (Strings{"1,000.50", "dollars", ",", "3.5", "percent", "at", "10:30", ",", "2010-2015",
                     ",", "1/2"}));
  EXPECT_EQ(Tokens("in 2003."), (Strings{"in", "2003", "."}));
}

TEST(Tokenizer, KeepsWholeWords) {
  EXPECT_EQ(Tokens("US-led al-Assad 10-month-old AT&T and/or non\xE2\x80\x91"
                   "binding"),
            (Strings{"US-led", "al-Assad", "10-month-old", "AT&T", "and/or", "non-binding"}));
}

TEST(Tokenizer, UrlsHandlesHashtags) {
  EXPECT_EQ(Tokens("threat https://t.co/mpKCFZqP1w (@KremlinRussia_E) #Syria. See "
                   "www.un.org/en, or (http://x.org/a_(b))."),
            (Strings{"threat", "https://t.co/mpKCFZqP1w", "-LRB-", "@KremlinRussia_E", "-RRB-",
                     "#Syria", ".", "See", "www.un.org/en", ",", "or", "-LRB-",
                     "http://x.org/a_(b)", "-RRB-", "."}));
}

TEST(Tokenizer, InvalidUtf8IsSymbols) {
  EXPECT_EQ(Tokens("a\xFF"
                   "b \xC3"),
            (Strings{"a", "\xFF", "b", "\xC3"}));
}

TEST(Tokenizer, NonAsciiLetters) {
  EXPECT_EQ(Tokens("Fran\xC3\xA7ois Hollande, \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0."),
            (Strings{"Fran\xC3\xA7ois", "Hollande", ",",
                     "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "."}));
}

TEST(Tokenizer, SpansAreIntoTheWholeText) {
  const std::string text = "First one. Second \xE2\x80\x9Cone\xE2\x80\x9D here.";
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, Span{11, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].text, "Second");
  EXPECT_EQ(tokens[0].span, (Span{11, 17}));
  EXPECT_EQ(tokens[1].text, "``");
  EXPECT_EQ(tokens[1].span.Of(text), "\xE2\x80\x9C");
  // A sentence past the end is clamped.
  tokenizer.Tokenize(text, Span{30, 999}, &tokens);
  EXPECT_EQ(tokens.back().span.end, text.size());
}

// The reference for the offset contract: what the bytes of a span may be
// normalised to. Slow and literal on purpose.
bool Corresponds(std::string_view original, std::string_view text) {
  if (original == text) return true;
  const std::pair<std::string_view, std::string_view> kForms[] = {{"(", "-LRB-"},
                                                                  {")", "-RRB-"},
                                                                  {"[", "-LSB-"},
                                                                  {"]", "-RSB-"},
                                                                  {"{", "-LCB-"},
                                                                  {"}", "-RCB-"},
                                                                  {"\"", "``"},
                                                                  {"\"", "''"},
                                                                  {"'", "`"},
                                                                  {"---", "--"},
                                                                  {"\xE2\x80\x9C", "``"},
                                                                  {"\xE2\x80\x9D", "''"},
                                                                  {"\xE2\x80\x98", "`"},
                                                                  {"\xE2\x80\x99", "'"},
                                                                  {"\xE2\x80\x94", "--"},
                                                                  {"\xE2\x80\x93", "--"},
                                                                  {"\xE2\x80\xA6", "..."},
                                                                  {".", "."}};
  for (const auto& [from, to] : kForms) {
    if (original == from && text == to) return true;
  }
  // Inside words only apostrophes and hyphens are rewritten.
  std::string folded(original);
  for (std::string_view from : {"\xE2\x80\x99", "\xE2\x80\x91", "\xE2\x80\x90"}) {
    for (size_t p; (p = folded.find(from)) != std::string::npos;) {
      folded.replace(p, from.size(), from == "\xE2\x80\x99" ? "'" : "-");
    }
  }
  return folded == text;
}

TEST(Tokenizer, OffsetsMapBackToTheOriginal) {
  const std::string text =
      "BEIRUT (Reuters) \xE2\x80\x94 Syria\xE2\x80\x99s army, backed by U.S.-trained "
      "\xE2\x80\x9Crebels,\xE2\x80\x9D didn\xE2\x80\x99t say (if) it took 1,200 km\xC2\xB2 "
      "\xE2\x80\xA6 on Nov. 25 \"at 3.5%\" --- https://t.co/abc in the U.S.";
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_FALSE(tokens.empty());
  uint32_t last_begin = 0;
  for (const Token& t : tokens) {
    ASSERT_LE(t.span.end, text.size());
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(last_begin, t.span.begin);
    last_begin = t.span.begin;
    EXPECT_TRUE(Corresponds(t.span.Of(text), t.text))
        << "'" << t.span.Of(text) << "' -> '" << t.text << "'";
  }
}

TEST(Tokenizer, ReuseKeepsNoStaleText) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  const std::string a = "O\xE2\x80\x99Neill\xE2\x80\x99s view";
  tokenizer.Tokenize(a, Span{0, static_cast<uint32_t>(a.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "O'Neill");
  EXPECT_EQ(tokens[1].text, "'s");
  const std::string b = "short";
  tokenizer.Tokenize(b, Span{0, 5}, &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].text, "short");
}

}  // namespace
}  // namespace dyad::text
