// What the article-level tests share: dyad's own dictionaries (data/) and the
// tagger model built at set-up, each loaded once per test binary (a load that
// fails fails the test that asked, and gives null); a fixture that holds both;
// and the place index scripts/setup builds.
#ifndef DYAD_TESTS_DOC_SHARED_PIPELINE_H_
#define DYAD_TESTS_DOC_SHARED_PIPELINE_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "dyad/base/file.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/doc/gazetteer.h"
#include "dyad/parse/text_parser.h"

namespace dyad::doc {

inline dict::Dictionaries* SharedDictionaries() {
  static const std::unique_ptr<dict::Dictionaries> dicts = [] {
    auto loaded = dict::LoadDyadDictionaries(DYAD_SOURCE_DIR "/data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return dicts.get();
}

inline parse::TextParser* SharedParser() {
  static const std::unique_ptr<parse::TextParser> parser = [] {
    auto created = parse::TextParser::Create(DYAD_TAGGER_MODEL);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return created.ok() ? std::move(created).value() : nullptr;
  }();
  return parser.get();
}

// A suite whose tests code with dyad's dictionaries and tagger.
class PipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dicts_ = SharedDictionaries();
    ASSERT_NE(dicts_, nullptr);
    parser_ = SharedParser();
    ASSERT_NE(parser_, nullptr);
  }

  static inline dict::Dictionaries* dicts_ = nullptr;
  static inline parse::TextParser* parser_ = nullptr;
};

// $DYAD_GAZETTEER, else this build's index, else the main build's (a
// sanitizer build may have none of its own).
inline StatusOr<Gazetteer> LoadTestGazetteer() {
  const char* env = std::getenv("DYAD_GAZETTEER");
  std::string path = env != nullptr && *env != '\0' ? env : DYAD_BINARY_DIR "/data/gazetteer.bin";
  if (!FileExists(path)) path = DYAD_SOURCE_DIR "/build/data/gazetteer.bin";
  return Gazetteer::Load(path);
}

// A PipelineTest whose suite also loads the place index once.
class PlacesPipelineTest : public PipelineTest {
 protected:
  static void SetUpTestSuite() {
    PipelineTest::SetUpTestSuite();
    auto gazetteer = LoadTestGazetteer();
    ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    gazetteer_ = std::make_unique<Gazetteer>(std::move(gazetteer).value());
  }
  static void TearDownTestSuite() { gazetteer_.reset(); }

  static inline std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace dyad::doc

#endif  // DYAD_TESTS_DOC_SHARED_PIPELINE_H_
