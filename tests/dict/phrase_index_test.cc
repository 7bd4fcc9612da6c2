// Tests for PhraseIndex: adjacency, gaps, longest-first lookup, and a
// differential test against a brute-force matcher on generated names.
#include "dyad/dict/phrase_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dyad::dict {
namespace {

// Words "A".."Z" interned in order, so that tests can write sentences as strings.
class PhraseIndexTest : public ::testing::Test {
 protected:
  std::vector<WordId> Words(std::string_view letters) {
    std::vector<WordId> out;
    for (char c : letters) {
      if (c != ' ') out.push_back(vocabulary_.Intern(std::string(1, c)));
    }
    return out;
  }
  // "AB C" is A_B C: letters written together must be adjacent.
  void Add(std::string_view name, int entry) {
    std::vector<WordId> words;
    std::vector<bool> adjacent;
    bool gap = false;
    for (char c : name) {
      if (c == ' ') {
        gap = true;
        continue;
      }
      if (!words.empty()) adjacent.push_back(!gap);
      words.push_back(vocabulary_.Intern(std::string(1, c)));
      gap = false;
    }
    ASSERT_TRUE(index_.Add(words, adjacent, entry));
  }
  // "entry:end" of the match at `pos`, or "none".
  std::string Match(std::string_view sentence, size_t pos) {
    std::vector<WordId> words = Words(sentence);
    PhraseMatch m;
    if (!index_.MatchAt(words, pos, &m)) return "none";
    return std::to_string(m.entry) + ":" + std::to_string(m.end);
  }

  Vocabulary vocabulary_;
  PhraseIndex index_;
};

TEST_F(PhraseIndexTest, EmptyNameIsRejected) {
  EXPECT_FALSE(index_.Add({}, {}, 0));
  EXPECT_EQ(index_.size(), 0u);
}

TEST_F(PhraseIndexTest, SingleWord) {
  Add("A", 7);
  index_.Finish();
  EXPECT_EQ(index_.size(), 1u);
  EXPECT_EQ(Match("A", 0), "7:1");
  EXPECT_EQ(Match("BA", 1), "7:2");
  EXPECT_EQ(Match("BA", 0), "none");
  EXPECT_TRUE(index_.StartsAny(vocabulary_.Find("A")));
  EXPECT_FALSE(index_.StartsAny(vocabulary_.Find("B")));
}

TEST_F(PhraseIndexTest, AdjacentWordsMustFollowDirectly) {
  Add("ABC", 1);
  index_.Finish();
  EXPECT_EQ(Match("ABC", 0), "1:3");
  EXPECT_EQ(Match("ABCD", 0), "1:3");
  EXPECT_EQ(Match("ABXC", 0), "none");
  EXPECT_EQ(Match("AB", 0), "none");
}

TEST_F(PhraseIndexTest, GapAllowsWordsBetween) {
  Add("A C", 1);
  index_.Finish();
  EXPECT_EQ(Match("AC", 0), "1:2");
  EXPECT_EQ(Match("AXYC", 0), "1:4");
  EXPECT_EQ(Match("AXY", 0), "none");
}

TEST_F(PhraseIndexTest, EmptyAdjacencyMeansAllAdjacent) {
  std::vector<WordId> words = Words("AB");
  ASSERT_TRUE(index_.Add(words, {}, 3));
  index_.Finish();
  EXPECT_EQ(Match("AB", 0), "3:2");
  EXPECT_EQ(Match("AXB", 0), "none");
}

TEST_F(PhraseIndexTest, LongestNameWinsWhateverTheOrderAdded) {
  Add("A", 1);
  Add("AB", 2);
  Add("ABC", 3);
  Add("AD", 4);
  index_.Finish();
  EXPECT_EQ(Match("ABC", 0), "3:3");
  EXPECT_EQ(Match("ABD", 0), "2:2");
  EXPECT_EQ(Match("ADB", 0), "4:2");
  EXPECT_EQ(Match("AX", 0), "1:1");
}

TEST_F(PhraseIndexTest, EqualLengthNamesKeepTheirOrder) {
  Add("A C", 1);
  Add("AB", 2);
  index_.Finish();
  EXPECT_EQ(Match("ABC", 0), "1:3");  // both match; the first added wins
  EXPECT_EQ(Match("AB", 0), "2:2");
}

TEST_F(PhraseIndexTest, OutOfRangeAndUnknownWordsDoNotMatch) {
  Add("A", 1);
  index_.Finish();
  std::vector<WordId> words = {kUnknownWord, vocabulary_.Find("A")};
  PhraseMatch m;
  EXPECT_FALSE(index_.MatchAt(words, 0, &m));
  EXPECT_TRUE(index_.MatchAt(words, 1, &m));
  EXPECT_FALSE(index_.MatchAt(words, 2, &m));
  EXPECT_FALSE(index_.MatchAt({}, 0, &m));
}

// Regression: a gap followed by an adjacent run only tried the first
// occurrence of the run's first word, so "A B_C" missed "A B X B C".
TEST_F(PhraseIndexTest, GapThenAdjacentRunRetriesLaterOccurrence) {
  Add("A BC", 1);
  index_.Finish();
  EXPECT_EQ(Match("ABXBC", 0), "1:5");
  EXPECT_EQ(Match("ABXB", 0), "none");
}

// Regression guard: trying every placement of every gap word is exponential;
// here that would be C(60, 20) attempts, so a backtracking matcher hangs (the
// test has a CTest timeout) while placing whole runs greedily is instant.
TEST_F(PhraseIndexTest, ManyGapsWithRepeatedWordsStayFast) {
  std::string name = "A";
  for (int i = 0; i < 20; ++i) name += " B";
  Add(name + " C", 1);
  Add(name + " BC", 2);
  index_.Finish();
  std::string sentence = "A" + std::string(60, 'B');
  EXPECT_EQ(Match(sentence, 0), "none");
  EXPECT_EQ(Match(sentence + "C", 0), "2:62");  // the longer name wins
}

// ---- Differential test against a brute-force matcher -------------------------

struct TestName {
  std::vector<WordId> words;
  std::vector<bool> adjacent;
};

// The smallest end over every placement of name[i..] with word i-1 placed at
// `prev`, or -1 if there is none.
int BruteEnd(const TestName& name, size_t i, const std::vector<WordId>& words, size_t prev) {
  if (i == name.words.size()) return static_cast<int>(prev + 1);
  int best = -1;
  size_t last = name.adjacent[i - 1] ? prev + 1 : words.size() - 1;
  for (size_t at = prev + 1; at <= last && at < words.size(); ++at) {
    if (words[at] != name.words[i]) continue;
    int end = BruteEnd(name, i + 1, words, at);
    if (end >= 0 && (best < 0 || end < best)) best = end;
  }
  return best;
}

// The longest matching name (first added among equals) and its smallest end.
bool BruteMatch(const std::vector<TestName>& names, const std::vector<WordId>& words, size_t pos,
                PhraseMatch* match) {
  bool found = false;
  for (size_t n = 0; n < names.size(); ++n) {
    const TestName& name = names[n];
    if (pos >= words.size() || words[pos] != name.words[0]) continue;
    int end = BruteEnd(name, 1, words, pos);
    if (end < 0) continue;
    if (found && name.words.size() <= names[match->entry].words.size()) continue;
    *match = PhraseMatch{static_cast<int>(n), end};
    found = true;
  }
  return found;
}

TEST(PhraseIndexDifferentialTest, AgreesWithBruteForce) {
  std::mt19937 rng(20240611);
  auto below = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  for (int round = 0; round < 300; ++round) {
    Vocabulary vocabulary;
    std::vector<WordId> alphabet;
    for (char c : std::string("ABC")) alphabet.push_back(vocabulary.Intern(std::string(1, c)));
    PhraseIndex index;
    std::vector<TestName> names(1 + below(6));
    for (size_t n = 0; n < names.size(); ++n) {
      int length = 1 + below(4);
      for (int i = 0; i < length; ++i) {
        names[n].words.push_back(alphabet[below(3)]);
        if (i > 0) names[n].adjacent.push_back(below(2) == 0);
      }
      ASSERT_TRUE(index.Add(names[n].words, names[n].adjacent, static_cast<int>(n)));
    }
    index.Finish();
    for (int s = 0; s < 20; ++s) {
      std::vector<WordId> words(below(9));
      for (WordId& w : words) w = alphabet[below(3)];
      for (size_t pos = 0; pos <= words.size(); ++pos) {
        PhraseMatch want, got;
        bool want_found = BruteMatch(names, words, pos, &want);
        bool got_found = index.MatchAt(words, pos, &got);
        ASSERT_EQ(got_found, want_found) << "round " << round << " pos " << pos;
        if (!want_found) continue;
        ASSERT_EQ(got.entry, want.entry) << "round " << round << " pos " << pos;
        ASSERT_EQ(got.end, want.end) << "round " << round << " pos " << pos;
      }
    }
  }
}

}  // namespace
}  // namespace dyad::dict
