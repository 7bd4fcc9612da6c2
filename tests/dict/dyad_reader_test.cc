// Tests for dyad's own dictionary format: each kind of block compiles into the
// structures the coder uses, dates and includes work, and mistakes are reported
// with file and line instead of stopping the load.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/temp_dir.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict {
namespace {

std::unique_ptr<Dictionaries> LoadText(const TempDir& dir, std::string_view root) {
  dir.Write("dyad.txt", root);
  auto dicts = LoadDyadDictionaries(dir.path());
  EXPECT_TRUE(dicts.ok()) << dicts.status().message();
  return dicts.ok() ? std::move(dicts).value() : nullptr;
}

// The actor entry whose name is exactly `name` (upper-cased and tokenised), or -1.
int ActorNamed(const Dictionaries& d, std::string_view name) {
  std::vector<WordId> words;
  for (std::string_view w : SplitWhitespace(name))
    words.push_back(d.vocabulary.Find(ToUpperAscii(w)));
  PhraseMatch match;
  if (!d.actors.names().MatchAt(words, 0, &match) || match.end != static_cast<int>(words.size()))
    return -1;
  return match.entry;
}

std::string CodeOf(const Dictionaries& d, std::string_view name, Date date) {
  int actor = ActorNamed(d, name);
  return actor < 0 ? "(none)" : std::string(d.actors.actors()[actor].CodeAt(date));
}

TEST(DyadReaderTest, CountryNamesAndCapitals) {
  TempDir dir;
  auto d = LoadText(dir,
                    "country ROU   # CAMEO's code differs\n"
                    "  name: Romania; the Republic of Romania\n"
                    "  adjective: Romanian\n"
                    "  capital: Bucharest; Cotroceni Palace\n"
                    "  cameo: ROM\n"
                    "  example: Romania => ROM\n");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(CodeOf(*d, "ROMANIA", 0), "ROM");
  EXPECT_EQ(CodeOf(*d, "REPUBLIC OF ROMANIA", 0), "ROM");  // leading article dropped
  EXPECT_EQ(CodeOf(*d, "ROMANIAN", 0), "ROM");
  EXPECT_EQ(CodeOf(*d, "COTROCENI PALACE", 0), "ROMGOV");
  int capital = ActorNamed(*d, "BUCHAREST");
  ASSERT_GE(capital, 0);
  EXPECT_TRUE(d->actors.actors()[capital].place_metonym);
  EXPECT_FALSE(d->actors.actors()[ActorNamed(*d, "ROMANIA")].place_metonym);
  ASSERT_EQ(d->examples.size(), 1u);
  EXPECT_EQ(d->examples[0].kind, DictionaryExample::Kind::kPhrase);
  EXPECT_EQ(d->examples[0].text, "Romania");
  EXPECT_EQ(d->examples[0].expected, "ROM");
  EXPECT_EQ(d->examples[0].date, 20240601);
  EXPECT_TRUE(d->lint.empty());
}

TEST(DyadReaderTest, PeopleTakeTheirOfficesCodesByDate) {
  TempDir dir;
  auto d = LoadText(dir,
                    "office FRA.president FRAGOV\n"
                    "  name: French President\n"
                    "  example: the French President => FRAGOV\n"
                    "person François Hollande\n"
                    "  name: Hollande\n"
                    "  office: FRA.president 2012-05-15..2017-05-14\n"
                    "  example: 2015-11-25 | Hollande => FRAGOV\n"
                    "person Juan Guaido\n"
                    "  role: VENOPP 2019-01-23..2023-01-05\n"
                    "  example: 2020-01-01 | Juan Guaido => VENOPP\n");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(CodeOf(*d, "HOLLANDE", 20120514), "FRAELI");
  EXPECT_EQ(CodeOf(*d, "HOLLANDE", 20120515), "FRAGOV");
  EXPECT_EQ(CodeOf(*d, "HOLLANDE", 20170514), "FRAGOV");  // the last day is included
  EXPECT_EQ(CodeOf(*d, "HOLLANDE", 20170515), "FRAELI");
  EXPECT_EQ(CodeOf(*d, "François Hollande", 20150101), "FRAGOV");  // the header is a name
  EXPECT_EQ(CodeOf(*d, "JUAN GUAIDO", 20200101), "VENOPP");
  EXPECT_EQ(CodeOf(*d, "JUAN GUAIDO", 20240101), "");  // no office: no ELI fallback
  ASSERT_EQ(d->office_terms.size(), 1u);
  EXPECT_EQ(d->office_terms[0].office, "FRA.president");
  EXPECT_EQ(d->office_terms[0].from, 20120515);
  EXPECT_EQ(d->office_terms[0].until, 20170515);
  EXPECT_EQ(d->actors.actors()[d->office_terms[0].holder].name, "François Hollande");
  EXPECT_EQ(d->actors.actors()[ActorNamed(*d, "FRENCH PRESIDENT")].office, "FRA.president");
}

TEST(DyadReaderTest, ActorCodesChangeWithTime) {
  TempDir dir;
  auto d = LoadText(dir,
                    "actor SYRREB\n"
                    "  name: Hayat Tahrir al-Sham; HTS\n"
                    "  code: SYRREB ..2024-12-07\n"
                    "  code: SYRGOV 2024-12-08..\n"
                    "  example: HTS => SYRGOV\n"
                    "actor IGOUNO\n"
                    "  name: United Nations\n"
                    "  example: United Nations => IGOUNO\n");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(CodeOf(*d, "HTS", 20200101), "SYRREB");
  EXPECT_EQ(CodeOf(*d, "HAYAT TAHRIR AL-SHAM", 20250101), "SYRGOV");
  EXPECT_EQ(CodeOf(*d, "UNITED NATIONS", 20250101), "IGOUNO");
}

TEST(DyadReaderTest, AgentsAppendOrPrepend) {
  TempDir dir;
  auto d = LoadText(dir,
                    "agent MIL\n  name: troops; armed forces\n  example: troops => ---MIL\n"
                    "agent NGO~\n  name: aid agency\n  example: aid agency => NGO\n");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->agents.agents().size(), 3u);
  EXPECT_EQ(d->agents.agents()[0].code, "MIL");
  EXPECT_FALSE(d->agents.agents()[0].prefix);
  EXPECT_EQ(d->agents.agents()[2].code, "NGO");
  EXPECT_TRUE(d->agents.agents()[2].prefix);
}

// A sentence's phrases come without their possessive markers ("People 's"),
// so a name or role noun with one inside also matches without it.
TEST(DyadReaderTest, NamesWithAPossessiveInsideMatchWithoutIt) {
  TempDir dir;
  auto d = LoadText(dir,
                    "actor XYZREB\n  name: Free People's Front; Hill Workers' Party\n"
                    "agent PTY\n  name: women's wing\n");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(CodeOf(*d, "FREE PEOPLE 'S FRONT", 0), "XYZREB");
  EXPECT_EQ(CodeOf(*d, "FREE PEOPLE FRONT", 0), "XYZREB");
  EXPECT_EQ(CodeOf(*d, "HILL WORKERS PARTY", 0), "XYZREB");
  EXPECT_EQ(CodeOf(*d, "FREE FRONT", 0), "(none)");
  std::vector<WordId> words{d->vocabulary.Find("WOMEN"), d->vocabulary.Find("WING")};
  PhraseMatch match;
  EXPECT_TRUE(d->agents.names().MatchAt(words, 0, &match));
  // One agent entry, not two, for the two spellings.
  EXPECT_EQ(d->agents.agents().size(), 1u);
}

TEST(DyadReaderTest, VerbsLemmasAndPatterns) {
  TempDir dir;
  auto d = LoadText(dir,
                    "verb 040 consult\n"
                    "  lemma: meet (met); hold talks (held); cease +fire\n"
                    "  pattern: SOURCE * with_TARGET => 040\n"
                    "  example: Russia met with France => RUS FRA 040\n"
                    "  pattern: * &TOPIC => 046:043\n"
                    "  example: Russia met France => RUS FRA 046\n"
                    "synset &TOPIC\n  member: oil prices; trade\n");
  ASSERT_NE(d, nullptr);
  const VerbDictionary& v = d->verbs;
  ASSERT_EQ(v.num_blocks(), 1u);
  EXPECT_EQ(v.block(0).code, "040");
  auto forms = [&](std::string_view word) {
    return static_cast<int>(v.FormsOf(d->vocabulary.Find(word)).size());
  };
  EXPECT_EQ(forms("MEET"), 1);
  EXPECT_EQ(forms("MEETS"), 1);
  EXPECT_EQ(forms("MET"), 1);
  EXPECT_EQ(forms("HELD"), 1);
  EXPECT_EQ(forms("FIRE"), 1);  // "+" marks the verb word of "cease fire"
  const VerbForm& held = v.form(v.FormsOf(d->vocabulary.Find("HELD"))[0]);
  ASSERT_EQ(held.after.size(), 1u);
  EXPECT_EQ(d->vocabulary.Word(held.after[0]), "TALKS");
  ASSERT_EQ(v.num_patterns(), 2u);
  const Pattern& with = v.pattern(0);
  ASSERT_EQ(with.before.size(), 1u);
  EXPECT_EQ(with.before[0].kind, ElementKind::kSource);
  ASSERT_EQ(with.after.size(), 2u);
  EXPECT_EQ(with.after[0].kind, ElementKind::kWord);
  EXPECT_EQ(with.after[1].kind, ElementKind::kTarget);
  EXPECT_TRUE(with.after[1].adjacent);  // with_TARGET
  EXPECT_EQ(v.pattern(1).code, "046:043");
  EXPECT_EQ(v.pattern(1).after[0].kind, ElementKind::kSynset);
  EXPECT_EQ(v.synset(v.pattern(1).after[0].id).members.size(), 2u);
  EXPECT_EQ(v.colon_codes(), ColonCodes::kActivePassive);
  EXPECT_EQ(d->examples[0].kind, DictionaryExample::Kind::kSentence);
}

// The regular forms beside the listed ones: a doubled consonant ("rap
// (rapped)" is never "raped"; "ban" "banned" by itself), both spellings where
// English has both ("signal (signalled)": "signaled"), -es after a consonant
// and "o" ("vetoes"), "lying".
TEST(DyadReaderTest, LemmaFormsDoubleTheConsonantWhereEnglishDoes) {
  TempDir dir;
  auto d =
      LoadText(dir,
               "verb 111 criticize\n"
               "  lemma: rap (rapped); ban; admit (admitted); signal (signalled); veto; lie (lay); "
               "win (won); fix; visit; travel (travelled; traveled)\n");
  ASSERT_NE(d, nullptr);
  auto listed = [&](std::string_view word) {
    return !d->verbs.FormsOf(d->vocabulary.Find(word)).empty();
  };
  for (std::string_view form :
       {"RAPPED",    "RAPPING",   "RAPS",       "BANNED",     "BANNING",   "BANS",    "ADMITTED",
        "ADMITTING", "SIGNALLED", "SIGNALED",   "SIGNALLING", "SIGNALING", "VETOES",  "VETOED",
        "LYING",     "WON",       "WINNING",    "FIXED",      "FIXING",    "VISITED", "VISITING",
        "TRAVELLED", "TRAVELED",  "TRAVELLING", "TRAVELING"})
    EXPECT_TRUE(listed(form)) << form;
  for (std::string_view form : {"RAPED", "RAPING", "BANED", "BANING", "ADMITED", "ADMITING",
                                "VETOS", "LIING", "WINED", "WINING", "FIXXED", "VISITTED"})
    EXPECT_FALSE(listed(form)) << form;
}

TEST(DyadReaderTest, MutualPatterns) {
  TempDir dir;
  auto d = LoadText(dir,
                    "verb 190 fight\n"
                    "  lemma: clash\n"
                    "  pattern: * with TARGET => 190 mutual\n"
                    "  example: Russia clashed with France => RUS FRA 190; FRA RUS 190\n"
                    "  pattern: * against TARGET => 190\n"
                    "  example: Russia clashed against France => RUS FRA 190\n"
                    "  pattern: * near TARGET => 190:190 mutual\n");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->verbs.num_patterns(), 2u);
  EXPECT_EQ(d->verbs.pattern(0).code, "190");
  EXPECT_TRUE(d->verbs.pattern(0).mutual);
  EXPECT_FALSE(d->verbs.pattern(1).mutual);
  std::string all;
  for (const std::string& w : d->diagnostics.warnings) all += w + "\n";
  EXPECT_NE(all.find("dyad.txt:7: a mutual code has no ':'"), std::string::npos) << all;
}

TEST(DyadReaderTest, IncludesWithWildcards) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() + "/actors");
  dir.Write("actors/b.txt", "actor BBB\n  name: Bravo\n  example: Bravo => BBB\n");
  dir.Write("actors/a.txt", "actor AAA\n  name: Alpha\n  example: Alpha => AAA\n");
  dir.Write("actors/notes.md", "not a dictionary");
  auto d = LoadText(dir, "include: actors/*.txt\n");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->actors.actors().size(), 2u);
  EXPECT_EQ(d->actors.actors()[0].name, "AAA");  // name order
  EXPECT_EQ(CodeOf(*d, "BRAVO", 0), "BBB");
}

TEST(DyadReaderTest, MissingIncludeAndSelfIncludeAreErrors) {
  TempDir dir;
  dir.Write("dyad.txt", "include: nowhere.txt\n");
  auto missing = LoadDyadDictionaries(dir.path());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nowhere.txt"), std::string::npos);
  dir.Write("dyad.txt", "include: dyad.txt\n");
  auto loop = LoadDyadDictionaries(dir.path());
  ASSERT_FALSE(loop.ok());
  EXPECT_NE(loop.status().message().find("included twice"), std::string::npos);
  auto none = LoadDyadDictionaries(dir.path() + "/no-such-folder");
  EXPECT_EQ(none.status().code(), StatusCode::kNotFound);
}

TEST(DyadReaderTest, MistakesAreReportedWithFileAndLine) {
  TempDir dir;
  auto d = LoadText(dir,
                    "country FRA\n"
                    "  name: France\n"                             // 2: no example
                    "frobnicate XYZ\n"                             // 3
                    "  name: ignored\n"                            // 4
                    "person Nobody\n"                              // 5
                    "  office: XXX.king 2010-01-01..2009-01-01\n"  // 6: backwards
                    "  office: XXX.king 2010-01-01..\n"            // 7: unknown office
                    "  example: Nobody\n"                          // 8: no =>
                    "verb 040 consult\n"                           // 9
                    "  lemma: meet\n"                              // 10
                    "  pattern: meet with TARGET => 040\n"         // 11: no *
                    "  pattern: * with TARGET\n");                 // 12: no code
  ASSERT_NE(d, nullptr);
  std::string all;
  for (const std::string& w : d->diagnostics.warnings) all += w + "\n";
  for (const std::string& w : d->lint) all += w + "\n";
  EXPECT_NE(all.find("dyad.txt:1: country has no example"), std::string::npos) << all;
  EXPECT_NE(all.find("dyad.txt:3: unknown block 'frobnicate'"), std::string::npos) << all;
  EXPECT_EQ(all.find("dyad.txt:4:"), std::string::npos)
      << all;  // fields of an unknown block are skipped
  EXPECT_NE(all.find("dyad.txt:6: date range '2010-01-01..2009-01-01' ends before it starts"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("dyad.txt:7: unknown office 'XXX.king'"), std::string::npos) << all;
  EXPECT_NE(all.find("dyad.txt:8: example needs '=> EXPECTED'"), std::string::npos) << all;
  EXPECT_NE(all.find("dyad.txt:11: pattern needs exactly one *"), std::string::npos) << all;
  EXPECT_NE(all.find("dyad.txt:12: pattern needs '=> CODE'"), std::string::npos) << all;
  EXPECT_EQ(CodeOf(*d, "FRANCE", 0), "FRA");  // the rest still loads
}

TEST(DyadReaderTest, IntentTable) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() + "/cameo");
  dir.Write("cameo/intent.tsv", "# comment\n040\t036\n190 138\n");
  auto d = LoadText(dir, "");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->intent_codes.size(), 2u);
  EXPECT_EQ(d->intent_codes.at("190"), "138");
  dir.Write("cameo/intent.tsv", "040\n");
  auto bad = LoadDyadDictionaries(dir.path());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("intent.tsv:1:"), std::string::npos);
}

}  // namespace
}  // namespace dyad::dict
