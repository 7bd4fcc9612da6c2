// Tests for finding and loading PETRARCH dictionary bundles: file discovery,
// errors, and the real validation and Phoenix dictionaries in the shared folder.
#include "dyad/dict/dictionaries.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dict/temp_dir.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::dict {
namespace {

std::string AllWarnings(const Dictionaries& d) {
  std::string out;
  for (const std::string& w : d.diagnostics.warnings) out += "\n  " + w;
  return out;
}

// The entry matched at the start of the upper-case words of `sentence`, or -1.
int EntryAt(const Dictionaries& d, const PhraseIndex& index, std::string_view sentence) {
  std::vector<WordId> words;
  for (std::string_view w : SplitWhitespace(sentence)) words.push_back(d.vocabulary.Find(w));
  PhraseMatch m;
  return index.MatchAt(words, 0, &m) ? m.entry : -1;
}

// ---- FindPetrarchFiles --------------------------------------------------------

TEST(FindPetrarchFilesTest, ReadsTheConfigSection) {
  TempDir dir;
  dir.Write("PETR_config.ini",
            "# comment\n"
            "[Options]\n"
            "verbfile_name = WRONG.txt\n"
            "#[Dictionaries]\n"
            "[Dictionaries]\n"
            "verbfile_name    = verbs.txt\n"
            "actorfile_list   = a.txt,  b.txt , ,c.txt\n"
            "agentfile_name   = agents.txt\n"
            "; another comment\n"
            "discardfile_name = discards.txt\n"
            "issuefile_name   = issues.txt\n"
            "[Other]\n"
            "agentfile_name = WRONG.txt\n");
  StatusOr<PetrarchFiles> files = FindPetrarchFiles(dir.path());
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_EQ(files->verbs, dir.path() + "/verbs.txt");
  EXPECT_EQ(files->actors, (std::vector<std::string>{dir.path() + "/a.txt", dir.path() + "/b.txt",
                                                     dir.path() + "/c.txt"}));
  EXPECT_EQ(files->agents, dir.path() + "/agents.txt");
  EXPECT_EQ(files->discards, dir.path() + "/discards.txt");
  EXPECT_EQ(files->issues, dir.path() + "/issues.txt");
}

TEST(FindPetrarchFilesTest, ConfigWithoutVerbFileIsAnError) {
  TempDir dir;
  dir.Write("PETR_config.ini", "[Dictionaries]\nagentfile_name = agents.txt\n");
  StatusOr<PetrarchFiles> files = FindPetrarchFiles(dir.path());
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(files.status().message().find("no verbfile_name"), std::string::npos)
      << files.status().message();
}

TEST(FindPetrarchFilesTest, WithoutConfigUsesThePhoenixNames) {
  TempDir dir;
  dir.Write("CAMEO.2.0.txt", "");
  StatusOr<PetrarchFiles> files = FindPetrarchFiles(dir.path());
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_EQ(files->verbs, dir.path() + "/CAMEO.2.0.txt");
  ASSERT_EQ(files->actors.size(), 3u);
  EXPECT_EQ(files->actors[0], dir.path() + "/Phoenix.Countries.actors.txt");
  EXPECT_EQ(files->agents, dir.path() + "/Phoenix.agents.txt");
  EXPECT_EQ(files->issues, dir.path() + "/Phoenix.IssueCoding.txt");
}

TEST(FindPetrarchFilesTest, NotADictionaryFolder) {
  TempDir dir;
  StatusOr<PetrarchFiles> files = FindPetrarchFiles(dir.path());
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files.status().message().rfind(dir.path() + ": ", 0), 0u) << files.status().message();
}

// ---- LoadPetrarchDictionaries / LoadDictionaries ------------------------------

TEST(LoadDictionariesTest, LoadsAndFinishesEveryIndex) {
  TempDir dir;
  PetrarchFiles files;
  files.verbs = dir.Write("verbs.txt", "--- MEET [040] ---\nMEET\n- * &X [041]\n&X\n+TALK\n");
  files.actors = {dir.Write("a1.txt", "UNITED [XXX]\n"),
                  dir.Write("a2.txt", "UNITED_STATES [USA]\n")};
  files.agents = dir.Write("agents.txt", "POLICE {} [~COP]\nPOLICE_CHIEF [~COP]\n");
  files.discards = dir.Write("discards.txt", "BASEBALL\nBASEBALL LEAGUE\n");
  files.issues = dir.Write("issues.txt", "oil [OIL]\noil n:price [OIL]\n");
  StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Dictionaries& d = **loaded;
  EXPECT_EQ(AllWarnings(d), "");
  EXPECT_EQ(d.diagnostics.files.size(), 6u);
  // Longest first in every index, which needs Finish().
  EXPECT_EQ(EntryAt(d, d.actors.names(), "UNITED STATES"), 1);
  EXPECT_EQ(EntryAt(d, d.agents.names(), "POLICE CHIEFS"), 1);
  EXPECT_EQ(EntryAt(d, d.discards.phrases, "BASEBALL LEAGUE"), 1);
  EXPECT_EQ(EntryAt(d, d.issues.phrases, "OIL PRICES"), 1);
  // The verb index too.
  ASSERT_EQ(d.verbs.num_blocks(), 1u);
  EXPECT_FALSE(d.verbs.PatternsAnchoredBy(0, d.vocabulary.Find("TALKS")).empty());
}

TEST(LoadDictionariesTest, EmptyNamesAreNotRead) {
  TempDir dir;
  PetrarchFiles files;
  files.verbs = dir.Write("verbs.txt", "--- MEET [040] ---\nMEET\n");
  StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->diagnostics.files, (std::vector<std::string>{files.verbs}));
  EXPECT_EQ((*loaded)->verbs.num_forms(), 4u);
}

TEST(LoadDictionariesTest, MissingFileIsAnErrorNamingIt) {
  TempDir dir;
  PetrarchFiles files;
  files.verbs = dir.Write("verbs.txt", "");
  files.actors = {dir.path() + "/missing.actors.txt"};
  StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadPetrarchDictionaries(files);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("missing.actors.txt"), std::string::npos)
      << loaded.status().message();
}

TEST(LoadDictionariesTest, Specs) {
  StatusOr<std::unique_ptr<Dictionaries>> dyad_format = LoadDictionaries("dyad:/x");
  ASSERT_FALSE(dyad_format.ok());
  EXPECT_EQ(dyad_format.status().code(), StatusCode::kNotFound);

  TempDir dir;
  dir.Write("PETR_config.ini", "[Dictionaries]\nverbfile_name = v.txt\n");
  dir.Write("v.txt", "--- MEET [040] ---\nMEET\n");
  for (const std::string& spec : {"petrarch:" + dir.path(), dir.path()}) {
    StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadDictionaries(spec);
    ASSERT_TRUE(loaded.ok()) << spec << ": " << loaded.status().ToString();
    EXPECT_EQ((*loaded)->verbs.num_forms(), 4u) << spec;
  }
  EXPECT_FALSE(LoadDictionaries("petrarch:" + dir.path() + "/nope").ok());
}

// ---- The real dictionaries ----------------------------------------------------

std::string SharedPetrarch() {
  const char* dir = std::getenv("DYAD_SHARED");
  std::string base = dir != nullptr ? dir : DYAD_SOURCE_DIR "/../shared";
  return base + "/petrarch";
}

TEST(RealDictionariesTest, ValidationSet) {
  const std::string dir = SharedPetrarch();
  if (!FileExists(dir + "/PETR.Validate.verbs.txt")) GTEST_SKIP() << dir << " not found";
  PetrarchFiles files;
  files.verbs = dir + "/PETR.Validate.verbs.txt";
  files.actors = {dir + "/PETR.Validate.actors.txt"};
  files.agents = dir + "/PETR.Validate.agents.txt";
  files.discards = dir + "/PETR.Validate.discards.txt";
  StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Dictionaries& d = **loaded;
  EXPECT_TRUE(d.diagnostics.warnings.empty()) << AllWarnings(d);
  EXPECT_GT(d.verbs.num_blocks(), 250u);
  EXPECT_GT(d.verbs.num_patterns(), 400u);
  EXPECT_GT(d.verbs.num_forms(), 1000u);
  EXPECT_GE(d.verbs.num_synsets(), 15u);
  EXPECT_GT(d.actors.actors().size(), 100u);
  EXPECT_GT(d.agents.agents().size(), 80u);
  EXPECT_EQ(d.discards.entries.size(), 9u);
  // A few entries the unit-test records rely on.
  const std::span<const int> lash = d.verbs.FormsOf(d.vocabulary.Find("LASHED"));
  ASSERT_FALSE(lash.empty());
  EXPECT_EQ(d.verbs.form(lash.front()).after, (std::vector<WordId>{d.vocabulary.Find("OUT")}));
  int gollum = EntryAt(d, d.actors.names(), "SMEAGOL");
  ASSERT_GE(gollum, 0);
  EXPECT_EQ(d.actors.actors()[gollum].CodeAt(19940101), "HOB");
  EXPECT_GE(EntryAt(d, d.agents.names(), "CONGRESSWOMEN"), 0);
}

TEST(RealDictionariesTest, PhoenixSet) {
  const std::string dir = SharedPetrarch();
  if (!FileExists(dir + "/CAMEO.2.0.txt")) GTEST_SKIP() << dir << " not found";
  StatusOr<PetrarchFiles> files = FindPetrarchFiles(dir);
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_EQ(files->verbs, dir + "/CAMEO.2.0.txt");
  EXPECT_EQ(files->actors.size(), 3u);
  StatusOr<std::unique_ptr<Dictionaries>> loaded = LoadPetrarchDictionaries(*files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Dictionaries& d = **loaded;
  // The files have a few genuinely malformed lines (dates like 9008223, issue
  // lines without a code); anything beyond a handful is a reader problem.
  EXPECT_LE(d.diagnostics.warnings.size(), 30u) << AllWarnings(d);
  for (const std::string& w : d.diagnostics.warnings) {
    // CAMEO.2.0.txt uses &WEATHER and &DEMONSTRATION without defining them.
    if (w.find("CAMEO.2.0.txt") == std::string::npos) continue;
    EXPECT_NE(w.find("is used but never defined"), std::string::npos) << w;
  }
  EXPECT_EQ(d.verbs.num_blocks(), 397u);
  EXPECT_GT(d.verbs.num_patterns(), 4000u);
  EXPECT_GT(d.verbs.num_forms(), 6000u);
  EXPECT_GE(d.verbs.num_synsets(), 40u);
  EXPECT_GT(d.actors.actors().size(), 10000u);
  EXPECT_GT(d.actors.names().size(), 30000u);
  EXPECT_GT(d.agents.agents().size(), 1500u);
  EXPECT_GT(d.discards.entries.size(), 400u);
  EXPECT_GT(d.issues.entries.size(), 2000u);
  // No verb form is a stray comma or an empty word.
  for (size_t i = 0; i < d.verbs.num_forms(); ++i) {
    std::string_view verb = d.vocabulary.Word(d.verbs.form(static_cast<int>(i)).verb);
    ASSERT_FALSE(verb.empty() || verb == ",") << d.verbs.form(static_cast<int>(i)).text;
  }
  EXPECT_GE(EntryAt(d, d.agents.names(), "MINISTRIES"), 0);
  EXPECT_GE(EntryAt(d, d.issues.phrases, "PRESCHOOLS"), 0);
  EXPECT_GE(EntryAt(d, d.discards.phrases, "GROUP A"), 0);
  int france = EntryAt(d, d.actors.names(), "FRANCE");
  ASSERT_GE(france, 0);
  EXPECT_EQ(d.actors.actors()[france].CodeAt(20150101), "FRA");
}

}  // namespace
}  // namespace dyad::dict
