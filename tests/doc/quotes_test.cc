// Quotes and attributions found from the tokenizer's quotation marks.
#include "dyad/doc/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

// Splits a test sentence written with the tokenizer's marks (`` and '').
std::vector<std::string_view> Words(std::string_view s) { return SplitWhitespace(s); }

std::string Join(const std::vector<std::string_view>& words, WordSpan span) {
  std::string out;
  for (int t = span.begin; t < span.end; ++t) (out += out.empty() ? "" : " ") += words[t];
  return out;
}

TEST(FindQuotesTest, AttributionAfterTheQuote) {
  auto w = Words("`` We will not allow it , '' Kenyan President William Ruto said in Nairobi .");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.quoted[0]), "We will not allow it ,");
  EXPECT_EQ(Join(w, q.speaker), "Kenyan President William Ruto");
  EXPECT_EQ(w[q.speech_verb], "said");
  EXPECT_TRUE(q.speech_only);
  EXPECT_EQ(q.open_at_end, QuoteMarks::kNone);
}

// The last word of "the United States said" is no verb of saying ("States"):
// the speaker is all three words, before or after the quote.
TEST(FindQuotesTest, ACapitalisedWordIsNoVerbOfSaying) {
  auto w = Words("`` We will respond , '' the United States said on Monday .");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  EXPECT_EQ(Join(w, q.speaker), "the United States");
  EXPECT_EQ(w[q.speech_verb], "said");
  auto before = Words("The United States said : `` We will respond . ''");
  FindQuotes(before, QuoteMarks::kNone, &q);
  EXPECT_EQ(Join(before, q.speaker), "The United States");
  auto after = Words("`` It is over , '' says the minister .");
  FindQuotes(after, QuoteMarks::kNone, &q);
  EXPECT_EQ(Join(after, q.speaker), "the minister");
}

TEST(FindQuotesTest, VerbBeforeTheSpeaker) {
  auto w =
      Words("`` It will grow , '' said a Western diplomat in Moscow , who asked not to be named .");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.speaker), "a Western diplomat");
}

TEST(FindQuotesTest, AttributionBeforeTheQuote) {
  auto w = Words("In a statement , the ministry said : `` We condemned Uganda . ''");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.quoted[0]), "We condemned Uganda .");
  EXPECT_EQ(Join(w, q.speaker), "the ministry");
}

TEST(FindQuotesTest, ScareQuotesAreNotSpeech) {
  SentenceQuotes q;
  FindQuotes(Words("Trump called the verdict `` very unexpected '' and compared it to his case ."),
             QuoteMarks::kNone, &q);
  EXPECT_TRUE(q.quoted.empty());
  FindQuotes(Words("Sharif thanked Trump for his `` proactive role '' in the talks ."),
             QuoteMarks::kNone, &q);
  EXPECT_TRUE(q.quoted.empty());
}

TEST(FindQuotesTest, QuotesAcrossSentences) {
  SentenceQuotes q;
  auto first = Words("`` We will fight on .");
  FindQuotes(first, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(q.open_at_end, QuoteMarks::kDouble);
  EXPECT_TRUE(q.speaker.empty());
  auto last = Words("We will win , '' he said .");
  FindQuotes(last, QuoteMarks::kDouble, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_TRUE(q.continues);
  EXPECT_EQ(Join(last, q.quoted[0]), "We will win ,");
  EXPECT_EQ(Join(last, q.speaker), "he");
  // A whole sentence in quotes is speech, with no attribution of its own.
  FindQuotes(Words("`` We also accuse Tanzania . ''"), QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_TRUE(q.speaker.empty());
}

TEST(FindQuotesTest, SingleQuotationMarks) {
  auto w = Words("` We will not back down , ' the Canadian prime minister said .");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.quoted[0]), "We will not back down ,");
  EXPECT_EQ(Join(w, q.speaker), "the Canadian prime minister");
  // An apostrophe inside a double quote does not close it.
  w = Words("`` The rebels ' leaders fled , '' the army said .");
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.quoted[0]), "The rebels ' leaders fled ,");
  // A single quote that runs on past the sentence closes at a lone '.
  FindQuotes(Words("The minister said : ` We will fight ."), QuoteMarks::kNone, &q);
  EXPECT_EQ(q.open_at_end, QuoteMarks::kSingle);
  auto last = Words("We will win , ' he said .");
  FindQuotes(last, QuoteMarks::kSingle, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(last, q.quoted[0]), "We will win ,");
}

TEST(FindAttributionAfterTest, Forms) {
  WordSpan speaker;
  int verb = -1;
  auto w = Words(", according to the Pakistani military");
  ASSERT_TRUE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  EXPECT_EQ(Join(w, speaker), "the Pakistani military");
  w = Words(", Noboa later told Radio Canela on Wednesday");
  ASSERT_TRUE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  EXPECT_EQ(Join(w, speaker), "Noboa");
  EXPECT_EQ(w[verb], "told");
  w = Words("and compared it to his own case");
  EXPECT_FALSE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
}

TEST(FindAttributionAfterTest, SpeakerWithAnAppositive) {
  WordSpan speaker;
  int verb = -1;
  auto w = Words(", the Dutch defence minister , Ruben Brekelmans , said on Friday");
  ASSERT_TRUE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  EXPECT_EQ(Join(w, speaker), "the Dutch defence minister");
  EXPECT_EQ(w[verb], "said");
  w = Words(", Ruben Brekelmans , the Dutch defence minister , later told reporters");
  ASSERT_TRUE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  EXPECT_EQ(Join(w, speaker), "Ruben Brekelmans");
  EXPECT_EQ(w[verb], "told");
  // A list, a relative clause or an aside without a speech verb is no attribution.
  w = Words(", Chile , Peru and Bolivia , signed the accord");
  EXPECT_FALSE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  w = Words(", the envoy , who arrived on Monday , said");
  EXPECT_FALSE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
  w = Words(", the envoy , Ruben Brekelmans");
  EXPECT_FALSE(FindAttributionAfter(w, 0, static_cast<int>(w.size()), &speaker, &verb));
}

TEST(FindQuotesTest, SpeakerSplitByAnAppositive) {
  auto w =
      Words("`` We will respond , '' Chile 's foreign minister , Alberto van Klaveren , said .");
  SentenceQuotes q;
  FindQuotes(w, QuoteMarks::kNone, &q);
  ASSERT_EQ(q.quoted.size(), 1u);
  EXPECT_EQ(Join(w, q.speaker), "Chile 's foreign minister");
  EXPECT_EQ(w[q.speech_verb], "said");
}

TEST(FindQuoteCloseTest, ParagraphsThatReopenTheQuote) {
  std::string_view text = "\"We will fight.\n\n\"We will win,\" he said.";
  size_t close = FindQuoteClose(text, 15, 1000, QuoteMarks::kDouble);
  ASSERT_NE(close, std::string_view::npos);
  EXPECT_EQ(text.substr(close), " he said.");
  std::string_view curly = "\xE2\x80\x9CWe will fight. We will win,\xE2\x80\x9D he said.";
  close = FindQuoteClose(curly, 17, 1000, QuoteMarks::kDouble);
  ASSERT_NE(close, std::string_view::npos);
  EXPECT_EQ(curly.substr(close), " he said.");
  // A paragraph that does not reopen it ends the quote unclosed.
  EXPECT_EQ(FindQuoteClose("\"We will fight.\n\nThe army said so.", 15, 1000, QuoteMarks::kDouble),
            std::string_view::npos);
}

TEST(FindQuoteCloseTest, SingleMarksCloseOnlyAfterPunctuation) {
  std::string_view text = "'We will fight the rebels' allies. We will win,' he said.";
  size_t close = FindQuoteClose(text, 34, 1000, QuoteMarks::kSingle);
  ASSERT_NE(close, std::string_view::npos);
  EXPECT_EQ(text.substr(close), " he said.");
  std::string_view curly = "\xE2\x80\x98We will fight. We\xE2\x80\x99ll win,\xE2\x80\x99 he said.";
  close = FindQuoteClose(curly, 17, 1000, QuoteMarks::kSingle);
  ASSERT_NE(close, std::string_view::npos);
  EXPECT_EQ(curly.substr(close), " he said.");
  // Double marks do not close a single quote.
  EXPECT_EQ(FindQuoteClose("'We will fight. \"Win.\"", 15, 1000, QuoteMarks::kSingle),
            std::string_view::npos);
}

}  // namespace
}  // namespace dyad::doc
