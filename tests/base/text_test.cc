// Tests for the shared text helpers.
#include "dyad/base/text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {
namespace {

// HasAsciiDigit against the plain loop: every byte alone, at every place of
// words of 1 to 20 bytes (each load size and overlap), beside letters, UTF-8
// bytes and the bytes just outside '0'-'9'.
TEST(HasAsciiDigit, AgreesWithTestingEachCharacter) {
  const auto plain = [](std::string_view w) {
    for (char c : w) {
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  };
  EXPECT_FALSE(HasAsciiDigit(""));
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    for (size_t n = 1; n <= 20; ++n) {
      for (size_t at = 0; at < n; ++at) {
        for (char filler : {'a', '/', ':', '\xc3'}) {
          std::string w(n, filler);
          w[at] = c;
          ASSERT_EQ(HasAsciiDigit(w), plain(w)) << b << " " << n << " " << at << " " << filler;
        }
      }
    }
  }
  EXPECT_TRUE(HasAsciiDigit("mid-2015"));
  EXPECT_TRUE(HasAsciiDigit("30th"));
  EXPECT_FALSE(HasAsciiDigit("Thursday"));
  EXPECT_FALSE(HasAsciiDigit("caf\xc3\xa9"));
}

TEST(AppendJoined, OneSpaceBetweenWordsAfterWhatIsThere) {
  std::string out = "in ";
  std::vector<std::string_view> words = {"North", "Darfur", "state"};
  AppendJoined(words, &out);
  EXPECT_EQ(out, "in North Darfur state");
  AppendJoined({}, &out);
  EXPECT_EQ(out, "in North Darfur state");
  std::string one;
  AppendJoined(std::span<const std::string_view>(words).first(1), &one);
  EXPECT_EQ(one, "North");
}

TEST(TextTest, Trim) {
  EXPECT_EQ(Trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \n\t\v\f"), "");
  EXPECT_EQ(Trim("x"), "x");
  std::string_view source = " abc ";
  EXPECT_EQ(Trim(source).data(), source.data() + 1);  // a view into the input
}

TEST(TextTest, UpperAsciiKeepsUtf8) {
  EXPECT_EQ(ToUpperAscii("Arnor said-09"), "ARNOR SAID-09");
  EXPECT_EQ(ToUpperAscii("caf\xc3\xa9"), "CAF\xc3\xa9");
  std::string out = "X:";
  AppendUpperAscii("ab", &out);
  EXPECT_EQ(out, "X:AB");
}

TEST(TextTest, EqualsIgnoreCase) {
  EXPECT_TRUE(EqualsIgnoreCase("True", "TRUE"));
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
  EXPECT_FALSE(EqualsIgnoreCase("true", "tru"));
  EXPECT_FALSE(EqualsIgnoreCase("true", "trve"));
  EXPECT_FALSE(EqualsIgnoreCase("\xc3\xa9", "\xc3\x89"));  // only ASCII folds
}

TEST(TextTest, SplitWhitespace) {
  EXPECT_EQ(SplitWhitespace("  a\tbb \n ccc  "), (std::vector<std::string_view>{"a", "bb", "ccc"}));
  EXPECT_TRUE(SplitWhitespace("").empty());
  EXPECT_TRUE(SplitWhitespace(" \t\n").empty());
  EXPECT_EQ(SplitWhitespace("one"), (std::vector<std::string_view>{"one"}));
}

std::vector<std::pair<std::string, int>> Lines(std::string_view s) {
  std::vector<std::pair<std::string, int>> out;
  ForEachLine(s, [&](std::string_view line, int n) { out.emplace_back(std::string(line), n); });
  return out;
}

TEST(TextTest, ForEachLine) {
  using L = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(Lines("a\nb"), (L{{"a", 1}, {"b", 2}}));
  EXPECT_EQ(Lines("a\r\n\r\nc\n"), (L{{"a", 1}, {"", 2}, {"c", 3}}));
  EXPECT_EQ(Lines(""), L{});
  EXPECT_EQ(Lines("\n"), (L{{"", 1}}));
}

TEST(EqualsAnyIgnoreCaseTest, MatchesAListOrAnArrayIgnoringAsciiCase) {
  EXPECT_TRUE(EqualsAnyIgnoreCase("Truce", {"ceasefire", "truce"}));
  EXPECT_FALSE(EqualsAnyIgnoreCase("truces", {"ceasefire", "truce"}));
  constexpr std::string_view kVerbs[] = {"claimed", "claims"};
  EXPECT_TRUE(EqualsAnyIgnoreCase("CLAIMED", kVerbs));
  EXPECT_FALSE(EqualsAnyIgnoreCase("claim", kVerbs));
  EXPECT_FALSE(EqualsAnyIgnoreCase("cl-aims", kVerbs));
}

}  // namespace
}  // namespace dyad
