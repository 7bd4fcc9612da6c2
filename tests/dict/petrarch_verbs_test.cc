// Tests for the PETRARCH/TABARI verb dictionary reader: synsets, verb forms,
// blocks, patterns, and the handling of malformed lines.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/petrarch_readers.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict::petrarch {
namespace {

class PetrarchVerbsTest : public ::testing::Test {
 protected:
  void Read(std::string_view text) {
    ASSERT_TRUE(ReadVerbs(text, "v.txt", &d_).ok());
    d_.verbs.Finish();
  }
  std::string Word(WordId id) const { return std::string(d_.vocabulary.Word(id)); }
  // Each form as "BEFORE <VERB> AFTER =CODE", in the order added.
  std::vector<std::string> Forms() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < d_.verbs.num_forms(); ++i) {
      const VerbForm& f = d_.verbs.form(static_cast<int>(i));
      std::string s;
      for (WordId w : f.before) s += Word(w) + " ";
      s += "<" + Word(f.verb) + ">";
      for (WordId w : f.after) s += " " + Word(w);
      out.push_back(s + " =" + f.code);
    }
    return out;
  }
  // Elements in stored order; '=' marks one joined to its neighbour towards the verb.
  std::string Elements(const std::vector<PatternElement>& elements) const {
    std::string out;
    for (const PatternElement& e : elements) {
      if (!out.empty()) out += " ";
      if (e.adjacent) out += "=";
      switch (e.kind) {
        case ElementKind::kWord:
          out += Word(e.id);
          break;
        case ElementKind::kSynset:
          out += d_.verbs.synset(static_cast<int>(e.id)).name;
          break;
        case ElementKind::kSource:
          out += "$";
          break;
        case ElementKind::kTarget:
          out += "+";
          break;
        case ElementKind::kSkipPhrase:
          out += "^";
          break;
        case ElementKind::kCompound:
          out += "%";
          break;
      }
    }
    return out;
  }
  int SynsetNamed(const std::string& name) const {
    for (size_t i = 0; i < d_.verbs.num_synsets(); ++i) {
      if (d_.verbs.synset(static_cast<int>(i)).name == name) return static_cast<int>(i);
    }
    return -1;
  }
  // The members of synset `name`, each as space-separated words.
  std::vector<std::string> Members(const std::string& name) const {
    int index = SynsetNamed(name);
    if (index < 0) return {"<no synset " + name + ">"};
    std::vector<std::string> out;
    for (const std::vector<WordId>& member : d_.verbs.synset(index).members) {
      std::string s;
      for (WordId w : member) s += (s.empty() ? "" : " ") + Word(w);
      out.push_back(s);
    }
    return out;
  }
  std::string Warnings() const {
    std::string out;
    for (const std::string& w : d_.diagnostics.warnings) out += w + "\n";
    return out;
  }

  Dictionaries d_;
};

using Strings = std::vector<std::string>;

// ---- Synsets -----------------------------------------------------------------

TEST_F(PetrarchVerbsTest, SynsetMembersGetTheirPlurals) {
  Read(
      "&CURRENCY\n"
      "+DOLLAR\n"
      "+cash_\n"
      "+SWISS FRANC\n"
      "+LIRA_\n");
  EXPECT_EQ(Members("&CURRENCY"),
            (Strings{"DOLLAR", "DOLLARS", "CASH", "SWISS FRANC", "SWISS FRANCS", "LIRA"}));
  const Synset& synset = d_.verbs.synset(SynsetNamed("&CURRENCY"));
  EXPECT_TRUE(synset.defined);
  EXPECT_EQ(synset.where.line, 1);
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, UnderscoreSynsetHasNoPlurals) {
  Read(
      "&AUXVERB1_   # no plurals\n"
      "+WAS\n"
      "+IS_TO\n"
      "--- ACT [100] ---\n"
      "ACT\n"
      "- &AUXVERB1 * [101]\n"
      "- &AUXVERB1_ * [102]\n");
  EXPECT_EQ(Members("&AUXVERB1"), (Strings{"WAS", "IS TO"}));
  EXPECT_EQ(SynsetNamed("&AUXVERB1_"), -1);
  ASSERT_EQ(d_.verbs.num_patterns(), 2u);
  EXPECT_EQ(Elements(d_.verbs.pattern(0).before), "&AUXVERB1");
  EXPECT_EQ(Elements(d_.verbs.pattern(1).before), "&AUXVERB1");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, EmbeddedSynsetCopiesMembers) {
  Read(
      "&TIETYPES\n"
      "+MILITARY\n"
      "&ACCORDSYN  # embeds another synset\n"
      "+&TIETYPES\n"
      "+CLOSER\n");
  EXPECT_EQ(Members("&ACCORDSYN"), (Strings{"MILITARY", "MILITARIES", "CLOSER", "CLOSERS"}));
  EXPECT_EQ(Warnings(), "");
}

// Regression: "+&NAME_" looked for a synset called "&NAME_", which never exists.
TEST_F(PetrarchVerbsTest, EmbeddedSynsetWithTrailingUnderscore) {
  Read(
      "&PREPOSIT1_\n"
      "+AGAINST\n"
      "&PREP\n"
      "+&PREPOSIT1_\n");
  EXPECT_EQ(Members("&PREP"), (Strings{"AGAINST"}));
  EXPECT_EQ(Warnings(), "");
}

// Regression: each "+&SELF" line doubled the members, so a few lines could
// exhaust memory; members already present are no longer copied.
TEST_F(PetrarchVerbsTest, EmbeddingTwiceOrInItselfDoesNotDuplicate) {
  std::string text = "&A\n+TANK\n&B\n+&A\n+&A\n+SHIP\n+&B\n";
  for (int i = 0; i < 64; ++i) text += "+&B\n";
  Read(text);
  EXPECT_EQ(Members("&A"), (Strings{"TANK", "TANKS"}));
  EXPECT_EQ(Members("&B"), (Strings{"TANK", "TANKS", "SHIP", "SHIPS"}));
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, EmbeddedSynsetMustBeDefinedFirst) {
  Read(
      "&OUTER\n"
      "+&LATER\n"
      "+A\n"
      "&LATER\n"
      "+B\n");
  EXPECT_EQ(Members("&OUTER"), (Strings{"A", "AS"}));
  EXPECT_EQ(Warnings(), "v.txt:2: synset &LATER used before it is defined\n");
}

TEST_F(PetrarchVerbsTest, SynsetDefinedTwiceAddsMembersWithWarning) {
  Read("&S\n+A\n&S\n+B\n");
  EXPECT_EQ(Members("&S"), (Strings{"A", "AS", "B", "BS"}));
  EXPECT_EQ(Warnings(), "v.txt:3: synset &S defined twice; members added\n");
}

// Regression: the warning for a synset that is never defined had no line.
TEST_F(PetrarchVerbsTest, UndefinedSynsetIsReportedWhereFirstUsed) {
  Read(
      "--- RUSH [---] ---\n"
      "RUSH\n"
      "- * (IN &WEATHER) [---]\n"
      "- * &WEATHER [---]\n");
  EXPECT_EQ(Warnings(),
            "v.txt:3: synset &WEATHER is used but never defined; its patterns never match\n");
}

TEST_F(PetrarchVerbsTest, SynsetMayBeDefinedAfterItsFirstUse) {
  Read(
      "--- ADOPT [081] ---\n"
      "ADOPT\n"
      "- * &REVOLT [802]\n"
      "&REVOLT\n"
      "+REVOLUTION\n");
  EXPECT_EQ(Warnings(), "");
  ASSERT_EQ(d_.verbs.num_patterns(), 1u);
  EXPECT_EQ(Elements(d_.verbs.pattern(0).after), "&REVOLT");
  const std::span<const int> anchored =
      d_.verbs.PatternsAnchoredBy(0, d_.vocabulary.Find("REVOLUTIONS"));
  EXPECT_EQ(std::vector<int>(anchored.begin(), anchored.end()), (std::vector<int>{0}));
}

TEST_F(PetrarchVerbsTest, PlusLinesAfterASynsetAreMembersUntilAnotherLine) {
  Read(
      "--- CANCEL [---] ---\n"
      "&S\n"
      "+A\n"
      "CANCEL\n"
      "+CALL_OFF [160]\n");
  EXPECT_EQ(Members("&S"), (Strings{"A", "AS"}));
  EXPECT_EQ(Forms(), (Strings{"<CANCEL> =---", "<CANCELS> =---", "<CANCELED> =---",
                              "<CANCELING> =---", "<CALL> OFF =160", "<CALLS> OFF =160",
                              "<CALLED> OFF =160", "<CALLING> OFF =160"}));
}

TEST_F(PetrarchVerbsTest, EmptySynsetMemberWarns) {
  Read("&S\n+_\n+A\n");
  EXPECT_EQ(Members("&S"), (Strings{"A", "AS"}));
  EXPECT_EQ(Warnings(), "v.txt:2: empty synset member\n");
}

// ---- Blocks and verb forms -------------------------------------------------

TEST_F(PetrarchVerbsTest, BlockHeader) {
  Read(
      "---  ACCELERATE   [---]  ---\n"
      "--- MEET [040] ---\n"
      "---  ARM_ [182]  ---\n"
      "--- ADMIT  [013:012] ---\n"
      "--- LASH OUT [122] ---\n"
      "--- NOCODE ---\n");
  ASSERT_EQ(d_.verbs.num_blocks(), 6u);
  EXPECT_EQ(d_.verbs.block(0).meaning, "ACCELERATE");
  EXPECT_EQ(d_.verbs.block(0).code, "---");
  EXPECT_EQ(d_.verbs.block(1).meaning, "MEET");
  EXPECT_EQ(d_.verbs.block(1).code, "040");
  EXPECT_EQ(d_.verbs.block(1).where.line, 2);
  EXPECT_EQ(d_.verbs.block(2).meaning, "ARM_");
  EXPECT_EQ(d_.verbs.block(2).code, "182");
  EXPECT_EQ(d_.verbs.block(3).code, "013:012");
  EXPECT_EQ(d_.verbs.block(4).meaning, "LASH OUT");
  EXPECT_EQ(d_.verbs.block(5).code, "---");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, RegularForms) {
  Read(
      "--- X [010] ---\n"
      "ACCELERATE\n"
      "hurry\n"
      "DELAY\n"
      "PRESS\n"
      "FAX\n"
      "REACH\n");
  EXPECT_EQ(Forms(), (Strings{"<ACCELERATE> =010",   "<ACCELERATES> =010", "<ACCELERATED> =010",
                              "<ACCELERATING> =010", "<HURRY> =010",       "<HURRIES> =010",
                              "<HURRIED> =010",      "<HURRYING> =010",    "<DELAY> =010",
                              "<DELAYS> =010",       "<DELAYED> =010",     "<DELAYING> =010",
                              "<PRESS> =010",        "<PRESSES> =010",     "<PRESSED> =010",
                              "<PRESSING> =010",     "<FAX> =010",         "<FAXES> =010",
                              "<FAXED> =010",        "<FAXING> =010",      "<REACH> =010",
                              "<REACHES> =010",      "<REACHED> =010",     "<REACHING> =010"}));
}

TEST_F(PetrarchVerbsTest, IrregularFormsReplaceTheRegularOnes) {
  Read(
      "--- X [---] ---\n"
      "SPEED {SPEEDING SPEEDS SPED }\n"
      "OVERTHROW  {OVERTHROWS OVERTHROWING OVERTHROWN OVERTHREW } #oy 29 Nov 2005\n"
      "+ANGERED_BY {}\n");
  EXPECT_EQ(Forms(), (Strings{"<SPEED> =---", "<SPEEDING> =---", "<SPEEDS> =---", "<SPED> =---",
                              "<OVERTHROW> =---", "<OVERTHROWS> =---", "<OVERTHROWING> =---",
                              "<OVERTHROWN> =---", "<OVERTHREW> =---", "<ANGERED> BY =---"}));
}

// Regression: "{+WAS_DETERMINED , +BE_DETERMINED}" (CAMEO.2.0.txt) made a verb
// form out of the comma.
TEST_F(PetrarchVerbsTest, BraceFormsSeparatedByCommas) {
  Read(
      "--- X [---] ---\n"
      "+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED,+ARE_DETERMINED} [030]\n");
  EXPECT_EQ(Forms(), (Strings{"<IS> DETERMINED =030", "<WAS> DETERMINED =030",
                              "<BE> DETERMINED =030", "<ARE> DETERMINED =030"}));
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, OwnCodesOverrideTheBlockCode) {
  Read(
      "--- ASK [090] ---\n"
      "ASK\n"
      "CLARIFY [040]\n"
      "QUERY {QUERIES} [---]\n");
  EXPECT_EQ(Forms(), (Strings{"<ASK> =090", "<ASKS> =090", "<ASKED> =090", "<ASKING> =090",
                              "<CLARIFY> =040", "<CLARIFIES> =040", "<CLARIFIED> =040",
                              "<CLARIFYING> =040", "<QUERY> =---", "<QUERIES> =---"}));
  for (size_t i = 0; i < d_.verbs.num_forms(); ++i) {
    EXPECT_EQ(d_.verbs.form(static_cast<int>(i)).block, 0);
  }
  EXPECT_EQ(d_.verbs.form(4).where.line, 3);
  EXPECT_EQ(d_.verbs.form(4).text, "CLARIFY");
}

TEST_F(PetrarchVerbsTest, MultiWordVerbWithPlusFirst) {
  Read("--- X [---] ---\n+CALL_OFF [160]\n");
  EXPECT_EQ(Forms(), (Strings{"<CALL> OFF =160", "<CALLS> OFF =160", "<CALLED> OFF =160",
                              "<CALLING> OFF =160"}));
  EXPECT_EQ(d_.verbs.form(0).text, "+CALL_OFF");
}

TEST_F(PetrarchVerbsTest, MultiWordVerbWithPlusLast) {
  Read("--- X [1711] ---\nWIRE_+TAP\n");
  EXPECT_EQ(Forms(), (Strings{"WIRE <TAP> =1711", "WIRE <TAPS> =1711", "WIRE <TAPED> =1711",
                              "WIRE <TAPING> =1711"}));
}

TEST_F(PetrarchVerbsTest, MultiWordVerbWithPlusInTheMiddle) {
  Read("--- X [002] ---\nKLM_+NOP_RST\nA_B_+CARRY\n");
  EXPECT_EQ(Forms(), (Strings{"KLM <NOP> RST =002", "KLM <NOPS> RST =002", "KLM <NOPED> RST =002",
                              "KLM <NOPING> RST =002", "A B <CARRY> =002", "A B <CARRIES> =002",
                              "A B <CARRIED> =002", "A B <CARRYING> =002"}));
}

TEST_F(PetrarchVerbsTest, MultiWordVerbWithBraces) {
  Read(
      "--- X [---] ---\n"
      "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
      "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }\n"
      "A_+GO_B {A_+WENT_B}\n");
  EXPECT_EQ(Forms(), (Strings{"<ASK> FOR =020", "<ASKED> FOR =020", "<ASKING> FOR =020",
                              "<ASKS> FOR =020", "WIRE <TAP> =---", "WIRE <TAPPED> =---",
                              "WIRE <TAPPING> =---", "A <GO> B =---", "A <WENT> B =---"}));
}

TEST_F(PetrarchVerbsTest, MultiWordVerbWithoutPlusTakesTheFirstWord) {
  Read("--- LASH OUT [122] ---\nLASH OUT\nSTIR_UP\n");
  EXPECT_EQ(Forms(), (Strings{"<LASH> OUT =122", "<LASHES> OUT =122", "<LASHED> OUT =122",
                              "<LASHING> OUT =122", "<STIR> UP =122", "<STIRS> UP =122",
                              "<STIRED> UP =122", "<STIRING> UP =122"}));
  EXPECT_EQ(d_.verbs.form(0).text, "+LASH_OUT");
}

TEST_F(PetrarchVerbsTest, BraceFormWithoutPlusIsSkipped) {
  Read("--- X [---] ---\n+CALL_OFF {CALLED_OFF}\n");
  EXPECT_EQ(Forms(), (Strings{"<CALL> OFF =---"}));
  EXPECT_EQ(Warnings(), "v.txt:2: multi-word verb form 'CALLED_OFF' needs a + on its verb\n");
}

// Regression: a '+' with no word after it made a verb form for the empty word.
TEST_F(PetrarchVerbsTest, PlusWithoutAWordIsSkipped) {
  Read("--- X [---] ---\n+\nA_+\n+_B\nOK\n");
  EXPECT_EQ(Forms(), (Strings{"<OK> =---", "<OKS> =---", "<OKED> =---", "<OKING> =---"}));
  EXPECT_EQ(Warnings(),
            "v.txt:2: verb form '+' has a + without a word\n"
            "v.txt:3: verb form 'A_+' has a + without a word\n"
            "v.txt:4: verb form '+_B' has a + without a word\n");
  EXPECT_EQ(d_.vocabulary.Find(""), kUnknownWord);
}

TEST_F(PetrarchVerbsTest, VerbOutsideABlockIsSkipped) {
  Read("MEET\n--- MEET [040] ---\nMEET\n");
  EXPECT_EQ(Forms(), (Strings{"<MEET> =040", "<MEETS> =040", "<MEETED> =040", "<MEETING> =040"}));
  EXPECT_EQ(Warnings(), "v.txt:1: verb outside a --- block ---\n");
}

TEST_F(PetrarchVerbsTest, MalformedVerbLineIsSkipped) {
  Read("--- X [---] ---\n{A B} [010]\n[020]\n");
  EXPECT_TRUE(Forms().empty());
  EXPECT_EQ(Warnings(),
            "v.txt:2: malformed verb '{A B} [010]'\n"
            "v.txt:3: malformed verb '[020]'\n");
}

// ---- Patterns ---------------------------------------------------------------

TEST_F(PetrarchVerbsTest, PatternElementsAndSpecificity) {
  Read(
      "&FOOD\n+RICE\n"
      "--- X [---] ---\n"
      "X\n"
      "- $ * TIES WITH + [064]\n"
      "- ^ % * &FOOD [073]  # RUSH\n"
      "- * [010]\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 3u);
  const Pattern& ties = d_.verbs.pattern(0);
  EXPECT_EQ(Elements(ties.before), "$");
  EXPECT_EQ(Elements(ties.after), "TIES WITH +");
  EXPECT_EQ(ties.code, "064");
  EXPECT_EQ(ties.block, 0);
  EXPECT_EQ(ties.where.line, 5);
  EXPECT_EQ(ties.text, "- $ * TIES WITH + [064]");
  EXPECT_EQ(ties.specificity, 2 + 2 + 1 + 1);  // words and synsets count double
  const Pattern& food = d_.verbs.pattern(1);
  EXPECT_EQ(Elements(food.before), "% ^");  // nearest the verb first
  EXPECT_EQ(Elements(food.after), "&FOOD");
  EXPECT_EQ(food.specificity, 1 + 1 + 2);
  EXPECT_EQ(d_.verbs.pattern(2).specificity, 0);
  EXPECT_EQ(d_.verbs.block(0).patterns, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, MoreSpecificPatternsScoreHigher) {
  Read(
      "--- X [---] ---\n"
      "X\n"
      "- * AID [070]\n"
      "- * {FINANCIAL AID} [0231]\n"
      "- * + (FOR {FINANCIAL AID}) [0231]\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 3u);
  EXPECT_LT(d_.verbs.pattern(0).specificity, d_.verbs.pattern(1).specificity);
  EXPECT_LT(d_.verbs.pattern(1).specificity, d_.verbs.pattern(2).specificity);
}

TEST_F(PetrarchVerbsTest, Petrarch2GroupsAreFlattenedToWords) {
  Read(
      "--- X [---] ---\n"
      "X\n"
      "- * (TO)                                              [042:043]     # RUSH\n"
      "- * POLICE (TO BORDER)                                [153]         # RUSH\n"
      "- * (FOR {FIGHTER &AIRCRAFT})                         [0232]        # ASK\n"
      "- * (BEFORE COURT)                                    [:173]        # APPEAR\n"
      "&AIRCRAFT\n+JET\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 4u);
  EXPECT_EQ(Elements(d_.verbs.pattern(0).after), "TO");
  EXPECT_EQ(d_.verbs.pattern(0).code, "042:043");
  EXPECT_EQ(Elements(d_.verbs.pattern(1).after), "POLICE TO BORDER");
  EXPECT_EQ(Elements(d_.verbs.pattern(2).after), "FOR FIGHTER &AIRCRAFT");
  EXPECT_EQ(d_.verbs.pattern(3).code, ":173");
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, UnderscoresJoinPatternWordsToTheVerb) {
  Read(
      "--- X [---] ---\n"
      "X\n"
      "- IN_*  [075]\n"
      "- IN *  [072]\n"
      "- *_OUT [074]\n"
      "- SO IN_AND_*_OUT_AGAIN NOW [074]\n"
      "- * NEW_&TIETYPES_RELATIONS [903]\n"
      "&TIETYPES\n+MILITARY\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 5u);
  EXPECT_EQ(Elements(d_.verbs.pattern(0).before), "=IN");
  EXPECT_EQ(Elements(d_.verbs.pattern(1).before), "IN");
  EXPECT_EQ(Elements(d_.verbs.pattern(2).after), "=OUT");
  EXPECT_EQ(Elements(d_.verbs.pattern(3).before), "=AND =IN SO");
  EXPECT_EQ(Elements(d_.verbs.pattern(3).after), "=OUT =AGAIN NOW");
  EXPECT_EQ(Elements(d_.verbs.pattern(4).after), "NEW =&TIETYPES =RELATIONS");
}

TEST_F(PetrarchVerbsTest, CodeMayContainHash) {
  Read("--- X [---] ---\nX\n- * FOO [###] # a comment\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 1u);
  EXPECT_EQ(d_.verbs.pattern(0).code, "###");
}

TEST_F(PetrarchVerbsTest, PatternsAreAnchoredForTheCoder) {
  Read(
      "&CURRENCY\n+DOLLAR\n"
      "--- ASK [---] ---\n"
      "ASK\n"
      "- * &CURRENCY [0231]\n"
      "- PROSECUTOR * &DETENTION [173]\n"
      "- $ * + [020]\n"
      "&DETENTION\n+CUSTODY\n");
  auto anchored = [&](const char* w) {
    const std::span<const int> patterns = d_.verbs.PatternsAnchoredBy(0, d_.vocabulary.Find(w));
    return std::vector<int>(patterns.begin(), patterns.end());
  };
  EXPECT_EQ(anchored("DOLLAR"), (std::vector<int>{0}));
  EXPECT_EQ(anchored("DOLLARS"), (std::vector<int>{0}));
  EXPECT_EQ(anchored("CUSTODY"), (std::vector<int>{1}));
  EXPECT_TRUE(anchored("PROSECUTOR").empty());
  EXPECT_EQ(d_.verbs.block(0).unanchored, (std::vector<int>{2}));
}

TEST_F(PetrarchVerbsTest, MalformedPatternsWarnAndAreSkipped) {
  Read(
      "- * ORPHAN [010]\n"
      "--- X [---] ---\n"
      "X\n"
      "- * NOCODE\n"
      "- * EMPTY []\n"
      "- NO STAR [010]\n"
      "- * TWO * [010]\n"
      "- * [010] * \n"
      "- * GOOD [011]\n");
  ASSERT_EQ(d_.verbs.num_patterns(), 2u);
  EXPECT_EQ(Elements(d_.verbs.pattern(0).after), "");  // "* [010] *": the text after [ is ignored
  EXPECT_EQ(Elements(d_.verbs.pattern(1).after), "GOOD");
  EXPECT_EQ(Warnings(),
            "v.txt:1: pattern outside a --- block ---\n"
            "v.txt:4: pattern without a [CODE]\n"
            "v.txt:5: pattern without a [CODE]\n"
            "v.txt:6: pattern needs exactly one * for the verb\n"
            "v.txt:7: pattern needs exactly one * for the verb\n");
}

TEST_F(PetrarchVerbsTest, TransformationAndCommentLinesAreNotVerbsOrPatterns) {
  Read(
      "<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->\n"
      "####### VERB PATTERNS #######\n"
      "--- X [---] ---\n"
      "X\n"
      "~ a (a b ATTACK) SAY = a b 015\n"
      "~ a (_ b ASSASSINATE) ATTEMPT = a b 185\n");
  EXPECT_EQ(d_.verbs.num_patterns(), 0u);
  EXPECT_EQ(d_.verbs.num_forms(), 4u);
  EXPECT_EQ(Warnings(), "");
}

TEST_F(PetrarchVerbsTest, LastLineWithoutNewlineIsRead) {
  Read("--- X [---] ---\r\nX\r\n- * Y [010]");
  EXPECT_EQ(d_.verbs.num_patterns(), 1u);
  EXPECT_EQ(d_.verbs.pattern(0).code, "010");
}

TEST_F(PetrarchVerbsTest, GarbageNeverCrashesAndEveryWarningHasAPlace) {
  Read(
      "&\n+\n+&\n+&&\n&_\n+_\n---\n--- [\n--- ]\n-\n--\n- *\n- * [\n- [*]\n"
      "{\n}\n{}\n[\n]\n[]\n+{\n_\n__+__\n+_+\n_+_\n$\n%\n^\n~\n!\n- $*+^%&[x]\n"
      "X {A,,,}\n- * &\n- * & [1]\n- * (((( [2]\n- * }}}} [3]\n");
  for (const std::string& w : d_.diagnostics.warnings) {
    EXPECT_EQ(w.rfind("v.txt:", 0), 0u) << w;
  }
  for (size_t i = 0; i < d_.verbs.num_forms(); ++i) {
    EXPECT_NE(d_.verbs.form(static_cast<int>(i)).verb, kUnknownWord);
    EXPECT_FALSE(Word(d_.verbs.form(static_cast<int>(i)).verb).empty());
  }
}

TEST_F(PetrarchVerbsTest, TwoFilesKeepTheirOwnNames) {
  ASSERT_TRUE(ReadVerbs("MEET\n", "a.txt", &d_).ok());
  ASSERT_TRUE(ReadVerbs("--- X ---\n- * &NOPE [1]\n", "b.txt", &d_).ok());
  EXPECT_EQ(Warnings(),
            "a.txt:1: verb outside a --- block ---\n"
            "b.txt:2: synset &NOPE is used but never defined; its patterns never match\n");
  EXPECT_EQ(d_.diagnostics.files, (Strings{"a.txt", "b.txt"}));
}

}  // namespace
}  // namespace dyad::dict::petrarch
