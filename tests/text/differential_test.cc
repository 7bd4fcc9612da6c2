// Differential tests on generated inputs (house style rule 14):
//  * the fast UTF-8 decoder against ICU's U8_NEXT, position by position;
//  * the tokenizer against an oracle that builds text from pieces whose
//    Treebank tokens are known, so the expected tokens are known by construction;
//  * the segmenter against the same kind of oracle at the sentence level, with
//    the abbreviations, initials, decimals and quotations that must not (or
//    must) end a sentence.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/text/segmenter.h"
#include "dyad/text/tokenizer.h"
#include "text/chars.h"

namespace dyad::text {
namespace {

using Strings = std::vector<std::string>;

TEST(Differential, DecoderMatchesIcu) {
  std::mt19937 rng(20151125);
  const std::string samples[] = {"a",        "\xC3\xA7",     "\xE2\x80\x94",     "\xF0\x9F\x98\x80",
                                 "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80",
                                 "\xE2\x80", "\xFF",         "\xF0\x9F"};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      if (rng() % 4 == 0) {
        s.push_back(static_cast<char>(rng() & 0xFF));
      } else {
        s += samples[rng() % std::size(samples)];
      }
    }
    for (size_t i = 0; i < s.size(); ++i) {
      int32_t icu_i = static_cast<int32_t>(i);
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), icu_i, static_cast<int32_t>(s.size()), c);
      const internal::CodePoint ours = internal::Decode(s, i);
      if (c >= 0) {
        ASSERT_EQ(ours.cp, static_cast<char32_t>(c)) << "at " << i;
        ASSERT_EQ(ours.len, static_cast<uint32_t>(icu_i) - i);
      } else {
        ASSERT_EQ(ours.cp, internal::kInvalid) << "at " << i;
        ASSERT_EQ(ours.len, 1u);
      }
    }
  }
}

struct Piece {
  std::string text;
  Strings tokens;
  bool takes_glue;  // a "," or "." may follow without a space
};

const std::vector<Piece>& Pieces() {
  static const std::vector<Piece> pieces = {
      {"Syria", {"Syria"}, true},
      {"al-Assad", {"al-Assad"}, true},
      {"US-led", {"US-led"}, true},
      {"10-month-old", {"10-month-old"}, true},
      {"Fran\xC3\xA7ois", {"Fran\xC3\xA7ois"}, true},
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
       {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},
       true},
      {"U.S.", {"U.S."}, false},
      {"Gen.", {"Gen."}, false},
      {"W.", {"W."}, false},
      {"1,000.50", {"1,000.50"}, true},
      {"3.5", {"3.5"}, true},
      {"10:30", {"10:30"}, true},
      {"https://t.co/mpKCFZqP1w", {"https://t.co/mpKCFZqP1w"}, false},
      {"www.un.org/en", {"www.un.org/en"}, false},
      {"@KremlinRussia_E", {"@KremlinRussia_E"}, true},
      {"#Syria", {"#Syria"}, true},
      {"don't", {"do", "n't"}, true},
      {"can't", {"ca", "n't"}, true},
      {"won't", {"wo", "n't"}, true},
      {"don\xE2\x80\x99t", {"do", "n't"}, true},
      {"Russia's", {"Russia", "'s"}, true},
      {"they're", {"they", "'re"}, true},
      {"cannot", {"can", "not"}, true},
      {"(", {"-LRB-"}, false},
      {")", {"-RRB-"}, false},
      {"\xE2\x80\x94", {"--"}, false},
      {"--", {"--"}, false},
      {"\xE2\x80\xA6", {"..."}, false},
      {"\xE2\x80\x9C", {"``"}, false},
      {"\xE2\x80\x9D", {"''"}, false},
      {"%", {"%"}, false},
      {"$", {"$"}, false},
  };
  return pieces;
}

TEST(Differential, TokenizerMatchesPieceOracle) {
  std::mt19937 rng(13);
  const std::string separators[] = {" ", "  ", "\n", "\t", "\xC2\xA0", " \xE2\x80\x83 "};
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    Strings expected;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      const Piece& p = Pieces()[rng() % Pieces().size()];
      if (!text.empty()) text += separators[rng() % std::size(separators)];
      text += p.text;
      expected.insert(expected.end(), p.tokens.begin(), p.tokens.end());
      if (p.takes_glue && rng() % 3 == 0) {
        text += k % 2 ? "," : ".";
        expected.push_back(k % 2 ? "," : ".");
      }
    }
    tokenizer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    Strings got;
    for (const Token& t : tokens) got.emplace_back(t.text);
    // A sentence-final abbreviation (only closers after it) also ends the sentence.
    size_t last = expected.size();
    while (last > 0 && (expected[last - 1] == "''" || expected[last - 1] == "-RRB-")) --last;
    if (last > 0 && (expected[last - 1] == "U.S." || expected[last - 1] == "Gen." ||
                     expected[last - 1] == "W.")) {
      expected.insert(expected.begin() + static_cast<std::ptrdiff_t>(last), ".");
    }
    ASSERT_EQ(got, expected) << "text: [" << text << "]";
  }
}

TEST(Differential, SegmenterMatchesSentenceOracle) {
  const Strings openers = {"The", "He", "It", "But", "In", "Officials", "\xE2\x80\x9CWe"};
  const Strings middles = {"met Gen. David Petraeus",
                           "praised George W. Bush",
                           "told the U.S. Central Command",
                           "spoke on Nov. 25",
                           "left No. 10",
                           "grew 3.5 percent",
                           "said Apple Inc. lied",
                           "named BP, Shell etc. and others",
                           "cited the U.N. report",
                           "visited St. Petersburg",
                           "waited \xE2\x80\xA6 for hours",
                           "\xE2\x80\x94 briefly \xE2\x80\x94 spoke"};
  const Strings endings = {
      ".", "?", "!", " in the U.S.", " at 3 p.m.", " in Syria...", ".\xE2\x80\x9D", "?\""};
  std::mt19937 rng(7);
  Segmenter segmenter;
  std::vector<Segment> segments;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    Strings expected;
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) {
      std::string sentence = openers[rng() % openers.size()];
      for (int m = static_cast<int>(rng() % 3); m >= 0; --m) {
        sentence += " " + middles[rng() % middles.size()];
      }
      sentence += endings[rng() % endings.size()];
      if (!text.empty()) text += rng() % 4 == 0 ? "\n" : " ";
      text += sentence;
      expected.push_back(sentence);
    }
    segmenter.Segment(text, &segments);
    Strings got;
    for (const Segment& s : segments) {
      EXPECT_EQ(s.kind, SegmentKind::kProse);
      got.emplace_back(s.span.Of(text));
    }
    ASSERT_EQ(got, expected) << "text: [" << text << "]";
  }
}

}  // namespace
}  // namespace dyad::text
