// Unit tests for the segmenter: one test per rule in segmenter.h, on news-like
// text written for these tests, and the seed article from the shared data.
#include "dyad/text/segmenter.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/base/file.h"

namespace dyad::text {
namespace {

struct Seg {
  SegmentKind kind;
  std::string text;
  bool operator==(const Seg&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Seg& s) {
  return os << SegmentKindName(s.kind) << ":[" << s.text << "]";
}

std::vector<Seg> SegmentsOf(std::string_view text) {
  std::vector<Segment> segments;
  Segmenter().Segment(text, &segments);
  std::vector<Seg> out;
  for (const Segment& s : segments) out.push_back({s.kind, std::string(s.span.Of(text))});
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Seg& s : SegmentsOf(text)) {
    EXPECT_EQ(s.kind, SegmentKind::kProse) << s.text;
    out.push_back(s.text);
  }
  return out;
}

using Strings = std::vector<std::string>;
constexpr SegmentKind kProse = SegmentKind::kProse;

TEST(Segmenter, EmptyAndBlankText) {
  EXPECT_TRUE(SegmentsOf("").empty());
  EXPECT_TRUE(SegmentsOf(" \n\t\n \xC2\xA0 \n").empty());
}

TEST(Segmenter, SplitsSentencesAtFinalPunctuation) {
  EXPECT_EQ(Sentences("Troops crossed the border. The ministry denied it! Why now? Nobody knows."),
            (Strings{"Troops crossed the border.", "The ministry denied it!", "Why now?",
                     "Nobody knows."}));
}

TEST(Segmenter, TitlesAndInitialsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Gen. David Petraeus met Mr. Maliki and Dr. Rice. Sen. John F. Kerry "
                      "and George W. Bush spoke in St. Louis. It rained."),
            (Strings{"Gen. David Petraeus met Mr. Maliki and Dr. Rice.",
                     "Sen. John F. Kerry and George W. Bush spoke in St. Louis.", "It rained."}));
}

TEST(Segmenter, AcronymsEndSentencesOnlyBeforeAnOpener) {
  EXPECT_EQ(Sentences("The U.S. Central Command said it struck targets near the U.N. compound in "
                      "the U.S. The strike killed 12."),
            (Strings{"The U.S. Central Command said it struck targets near the U.N. compound in "
                     "the U.S.",
                     "The strike killed 12."}));
}

TEST(Segmenter, ClockTimesEndSentencesSaveBeforeADayOrAZone) {
  EXPECT_EQ(Sentences("A curfew runs from 9 p.m. to 5 a.m. Troops patrolled the capital."),
            (Strings{"A curfew runs from 9 p.m. to 5 a.m.", "Troops patrolled the capital."}));
  EXPECT_EQ(Sentences("The vote closes at 8 p.m. Sunday in Kiev. Polls opened at 7 a.m. GMT."),
            (Strings{"The vote closes at 8 p.m. Sunday in Kiev.", "Polls opened at 7 a.m. GMT."}));
  EXPECT_EQ(Sentences("Talks resume at 10 a.m. local time."),
            (Strings{"Talks resume at 10 a.m. local time."}));
}

TEST(Segmenter, MonthsAndNumbersBeforeDigits) {
  EXPECT_EQ(
      Sentences("The talks opened on Nov. 25 in Geneva. Resolution No. 2254 was adopted on "
                "Dec. 18, 2015. Officials said little."),
      (Strings{"The talks opened on Nov. 25 in Geneva.",
               "Resolution No. 2254 was adopted on Dec. 18, 2015.", "Officials said little."}));
}

TEST(Segmenter, CompaniesAndLowerCaseContinuations) {
  EXPECT_EQ(Sentences("Apple Inc. said sales rose. Shell, BP etc. were not named. Acme Corp. The "
                      "company fell 3.5 percent."),
            (Strings{"Apple Inc. said sales rose.", "Shell, BP etc. were not named.", "Acme Corp.",
                     "The company fell 3.5 percent."}));
}

TEST(Segmenter, DecimalsDoNotEndSentences) {
  EXPECT_EQ(
      Sentences("Growth slowed to 3.5 percent from 4.1 percent. Prices rose 0.2 percent."),
      (Strings{"Growth slowed to 3.5 percent from 4.1 percent.", "Prices rose 0.2 percent."}));
}

TEST(Segmenter, QuotationsEndingSentences) {
  EXPECT_EQ(
      Sentences("\"We will not retreat.\" The crowd cheered. \"Is this a war?\" he asked. "
                "She said: \xE2\x80\x9CNo.\xE2\x80\x9D Talks resumed."),
      (Strings{"\"We will not retreat.\"", "The crowd cheered.", "\"Is this a war?\" he asked.",
               "She said: \xE2\x80\x9CNo.\xE2\x80\x9D", "Talks resumed."}));
}

TEST(Segmenter, Ellipses) {
  EXPECT_EQ(Sentences("He paused ... then spoke. It was over... The war had ended\xE2\x80\xA6 "
                      "Or had it?"),
            (Strings{"He paused ... then spoke.", "It was over...", "The war had ended\xE2\x80\xA6",
                     "Or had it?"}));
}

TEST(Segmenter, ParenthesisAfterPeriod) {
  EXPECT_EQ(Sentences("Rebels held the town (it fell in May.) Troops regrouped."),
            (Strings{"Rebels held the town (it fell in May.)", "Troops regrouped."}));
}

TEST(Segmenter, HardWrappedParagraphIsOneText) {
  EXPECT_EQ(Sentences("The minister said the talks\nwould resume on Monday. Aid groups\nwelcomed "
                      "the news."),
            (Strings{"The minister said the talks\nwould resume on Monday.",
                     "Aid groups\nwelcomed the news."}));
}

TEST(Segmenter, BlankLineEndsParagraph) {
  EXPECT_EQ(Sentences("Troops advanced toward the city on Monday while the government denied any "
                      "fighting there\n\nThe ministry said nothing."),
            (Strings{"Troops advanced toward the city on Monday while the government denied any "
                     "fighting there",
                     "The ministry said nothing."}));
}

TEST(Segmenter, HeadingBetweenParagraphs) {
  EXPECT_EQ(SegmentsOf("The vote failed.\nNo Bombing Assad\nWhen the vote came, he lost.\n"),
            (std::vector<Seg>{{kProse, "The vote failed."},
                              {SegmentKind::kHeading, "No Bombing Assad"},
                              {kProse, "When the vote came, he lost."}}));
  EXPECT_EQ(SegmentsOf("OBAMA AIRDROPS\nThe president is considering airdrops.")[0],
            (Seg{SegmentKind::kHeading, "OBAMA AIRDROPS"}));
}

TEST(Segmenter, ShortLineInsideSentenceIsNotHeading) {
  // A wrapped line: the sentence before it is unfinished.
  EXPECT_EQ(Sentences("Forces loyal to the government of\nPresident Bashar Assad\nshelled the "
                      "town."),
            (Strings{"Forces loyal to the government of\nPresident Bashar Assad\nshelled the "
                     "town."}));
  // Followed by a lower-case continuation.
  EXPECT_EQ(Sentences("The Syrian Army\nshelled the town."),
            (Strings{"The Syrian Army\nshelled the town."}));
}

TEST(Segmenter, Datelines) {
  EXPECT_EQ(SegmentsOf("BEIRUT (Reuters) - Syrian forces shelled the town. It burned."),
            (std::vector<Seg>{{SegmentKind::kDateline, "BEIRUT (Reuters) -"},
                              {kProse, "Syrian forces shelled the town."},
                              {kProse, "It burned."}}));
  EXPECT_EQ(SegmentsOf("WASHINGTON, Nov 25 (AFP) - The Pentagon said.")[0],
            (Seg{SegmentKind::kDateline, "WASHINGTON, Nov 25 (AFP) -"}));
  EXPECT_EQ(SegmentsOf("UNITED NATIONS \xE2\x80\x94 The council met.")[0],
            (Seg{SegmentKind::kDateline, "UNITED NATIONS \xE2\x80\x94"}));
  EXPECT_EQ(SegmentsOf("Kabul (AP) -- Gunmen attacked.")[0],
            (Seg{SegmentKind::kDateline, "Kabul (AP) --"}));
  // Two places filed from: "JERUSALEM/GAZA".
  EXPECT_EQ(SegmentsOf("DAKAR/BAMAKO, May 3 (Reuters) - Troops left Mali.")[0],
            (Seg{SegmentKind::kDateline, "DAKAR/BAMAKO, May 3 (Reuters) -"}));
  // A day and an agency without a place; not a day without an agency.
  EXPECT_EQ(SegmentsOf("Jan. 5 (Reuters) - Iran said it would act.")[0],
            (Seg{SegmentKind::kDateline, "Jan. 5 (Reuters) -"}));
  EXPECT_EQ(SegmentsOf("Aug 7 (AP) - Troops left.")[0],
            (Seg{SegmentKind::kDateline, "Aug 7 (AP) -"}));
  EXPECT_EQ(SegmentsOf("March 4 - a day of protest - passed quietly.")[0].kind, kProse);
  // Only at the start of a story, and not a sentence starting with a name.
  EXPECT_EQ(SegmentsOf("Troops left.\nBEIRUT (Reuters) - More fighting.")[1].kind, kProse);
  EXPECT_EQ(SegmentsOf("US President Barack Obama - who spoke - said no.")[0].kind, kProse);
}

TEST(Segmenter, HeadingThenDateline) {
  const std::vector<Seg> s = SegmentsOf("Rebels Seize Town\nBEIRUT (Reuters) - Rebels seized it.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].kind, SegmentKind::kHeading);
  EXPECT_EQ(s[1].kind, SegmentKind::kDateline);
  EXPECT_EQ(s[2], (Seg{kProse, "Rebels seized it."}));
}

TEST(Segmenter, ALongTitleThenDateline) {
  const std::vector<Seg> s = SegmentsOf(
      "Congress ousts the president after he tries to dissolve it; police detain him\n\n"
      "LIMA, Peru (AP) - Congress removed the president.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].kind, SegmentKind::kHeading);
  EXPECT_EQ(s[1].kind, SegmentKind::kDateline);
  // Alone, without a dateline after it, or after the first line, a line that
  // long is prose.
  const std::string_view line =
      "Congress ousts the president after he tries to dissolve it; police detain him";
  EXPECT_EQ(SegmentsOf(line)[0].kind, kProse);
  EXPECT_EQ(SegmentsOf(std::string(line) + "\n\nCongress met.")[0].kind, kProse);
  EXPECT_EQ(SegmentsOf("Troops left.\n\n" + std::string(line) + "\n\nMore text.")[1].kind, kProse);
}

TEST(Segmenter, UrlLinesAndTrailingUrls) {
  EXPECT_EQ(SegmentsOf("Read the statement.\nhttps://t.co/AbC123\nThe minister agreed."),
            (std::vector<Seg>{{kProse, "Read the statement."},
                              {SegmentKind::kUrl, "https://t.co/AbC123"},
                              {kProse, "The minister agreed."}}));
  EXPECT_EQ(SegmentsOf("The army denied it. https://t.co/x1 pic.twitter.com/y2\nNext."),
            (std::vector<Seg>{{kProse, "The army denied it."},
                              {SegmentKind::kUrl, "https://t.co/x1"},
                              {SegmentKind::kUrl, "pic.twitter.com/y2"},
                              {kProse, "Next."}}));
  // A URL inside a sentence stays in it.
  EXPECT_EQ(Sentences("See www.un.org for the text of the resolution."),
            (Strings{"See www.un.org for the text of the resolution."}));
}

TEST(Segmenter, TweetAndAttribution) {
  const std::string text =
      "The embassy posted a message.\n"
      "We condemn the attack on our embassy. Justice will be done https://t.co/Zx9\n"
      "\xE2\x80\x94 Embassy of Freedonia (@FreedoniaEmb_US) March 3, 2016\n"
      "The message was shared widely.";
  std::vector<Segment> segments;
  Segmenter().Segment(text, &segments);
  const std::vector<Seg> s = SegmentsOf(text);
  EXPECT_EQ(
      s, (std::vector<Seg>{{kProse, "The embassy posted a message."},
                           {SegmentKind::kTweet, "We condemn the attack on our embassy."},
                           {SegmentKind::kTweet, "Justice will be done"},
                           {SegmentKind::kUrl, "https://t.co/Zx9"},
                           {SegmentKind::kTweetAttribution,
                            "\xE2\x80\x94 Embassy of Freedonia (@FreedoniaEmb_US) March 3, 2016"},
                           {kProse, "The message was shared widely."}}));
  ASSERT_EQ(segments.size(), 6u);
  EXPECT_EQ(segments[4].author, "Embassy of Freedonia");
  EXPECT_EQ(segments[4].handle, "FreedoniaEmb_US");
  EXPECT_EQ(segments[4].date, 20160303);
  EXPECT_TRUE(segments[0].author.empty());
}

// A tweet's link may stand on a line of its own, between its text and the
// attribution; a link line with no attribution after it leaves the line
// before it prose.
TEST(Segmenter, TweetWithItsLinkOnALineOfItsOwn) {
  const std::string text =
      "The minister wrote on Twitter.\n"
      "Our ambassador is safe. She is in Vilnius\n"
      "https://t.co/Qw8Er7\n"
      "\xE2\x80\x94 Foreign Minister (@ForMin_LT) May 4, 2021\n"
      "The ministry confirmed it.\n"
      "https://t.co/Zz1\n"
      "Talks resume on Monday.";
  EXPECT_EQ(SegmentsOf(text),
            (std::vector<Seg>{{kProse, "The minister wrote on Twitter."},
                              {SegmentKind::kTweet, "Our ambassador is safe."},
                              {SegmentKind::kTweet, "She is in Vilnius"},
                              {SegmentKind::kUrl, "https://t.co/Qw8Er7"},
                              {SegmentKind::kTweetAttribution,
                               "\xE2\x80\x94 Foreign Minister (@ForMin_LT) May 4, 2021"},
                              {kProse, "The ministry confirmed it."},
                              {SegmentKind::kUrl, "https://t.co/Zz1"},
                              {kProse, "Talks resume on Monday."}}));
}

TEST(Segmenter, AttributionDateForms) {
  const auto date_of = [](std::string_view line) {
    std::vector<Segment> s;
    Segmenter().Segment(line, &s);
    return s.size() == 1 && s[0].kind == SegmentKind::kTweetAttribution ? s[0].date : -1;
  };
  EXPECT_EQ(date_of("\xE2\x80\x94 UN News (@UN_News) Nov. 25, 2015"), 20151125);
  EXPECT_EQ(date_of("-- UN News (@UN_News) Sept 1, 2015"), 20150901);
  EXPECT_EQ(date_of("\xE2\x80\x93 UN News (@UN_News) 25 November 2015"), 20151125);
  EXPECT_EQ(date_of("\xE2\x80\x94 UN News (@UN_News)"), kNoDate);
  EXPECT_EQ(date_of("\xE2\x80\x94 UN News (@UN_News) February 30, 2015"), -1);  // no such day
  EXPECT_EQ(date_of("\xE2\x80\x94 UN News (@) November 25, 2015"), -1);
}

TEST(Segmenter, CarriageReturnsAndNoBreakSpaces) {
  EXPECT_EQ(SegmentsOf("Talks ended.\r\n\xC2\xA0Headline Here\xC2\xA0\r\nThe end.\r\n"),
            (std::vector<Seg>{{kProse, "Talks ended."},
                              {SegmentKind::kHeading, "Headline Here"},
                              {kProse, "The end."}}));
}

TEST(Segmenter, SpansAreOrderedAndTrimmed) {
  const std::string text = "  A B. C D.  \n\n x\xFF\xFEy. \xE2\x80\x94 z (@q) \n";
  std::vector<Segment> segments;
  Segmenter().Segment(text, &segments);
  uint32_t last = 0;
  for (const Segment& s : segments) {
    EXPECT_LE(last, s.span.begin);
    EXPECT_LT(s.span.begin, s.span.end);
    EXPECT_LE(s.span.end, text.size());
    EXPECT_NE(text[s.span.begin], ' ');
    EXPECT_NE(text[s.span.end - 1], ' ');
    last = s.span.end;
  }
}

// The seed article: a scraped story with an embedded tweet and a section heading.
TEST(Segmenter, SeedArticle) {
  const char* dir = std::getenv("DYAD_SHARED");
  const std::string base = dir != nullptr && *dir != '\0' ? dir : DYAD_SOURCE_DIR "/../shared";
  StatusOr<std::string> text = ReadFile(base + "/seed/000_36f42bc257b43460.txt");
  if (!text.ok()) GTEST_SKIP() << "seed article not found: " << text.status().ToString();
  std::vector<Segment> segments;
  Segmenter().Segment(*text, &segments);

  int prose = 0, headings = 0, tweets = 0, urls = 0, attributions = 0;
  for (const Segment& s : segments) {
    const std::string_view t = s.span.Of(*text);
    switch (s.kind) {
      case SegmentKind::kProse:
        ++prose;
        EXPECT_TRUE(t.ends_with('.')) << t;
        break;
      case SegmentKind::kHeading:
        ++headings;
        EXPECT_EQ(t, "No Bombing Assad");
        break;
      case SegmentKind::kTweet:
        ++tweets;
        EXPECT_EQ(t,
                  "November 26: Vladimir Putin will meet with the French President to discuss "
                  "combating the terrorist threat");
        break;
      case SegmentKind::kUrl:
        ++urls;
        EXPECT_EQ(t, "https://t.co/mpKCFZqP1w");
        break;
      case SegmentKind::kTweetAttribution:
        ++attributions;
        EXPECT_EQ(s.author, "President of Russia");
        EXPECT_EQ(s.handle, "KremlinRussia_E");
        EXPECT_EQ(s.date, 20151125);
        break;
      case SegmentKind::kDateline:
        ADD_FAILURE() << "no dateline in the seed article: " << t;
    }
  }
  EXPECT_EQ(headings, 1);
  EXPECT_EQ(tweets, 1);
  EXPECT_EQ(urls, 1);
  EXPECT_EQ(attributions, 1);
  // Counted by hand, paragraph by paragraph: 1 (Hollande has taken the lead)
  // + 2 (In doing so / Moreover, if NATO) + 2 (The US and its allies / The
  // country was left) + 1 (The political fallout) + 1 (Many critics) + 2 (When
  // UK Prime Minister / The loss of the backing) + 1 (Cameron is Thursday)
  // + 2 (Since Moscow's intervention / The US now finds) + 2 (The French terror
  // attacks / Hollande — suffering) + 2 (As such / Moreover, Putin's actions)
  // = 16 prose sentences; the tweet, its URL, its attribution and the heading
  // are not prose.
  EXPECT_EQ(prose, 16);
  EXPECT_EQ(segments.size(), 20u);
}

}  // namespace
}  // namespace dyad::text
