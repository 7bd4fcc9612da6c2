// What the article-level tests share: dyad's own dictionaries (data/) and the
// tagger model built at set-up, each loaded once per test binary. A load that
// fails fails the test that asked, and gives null.
#ifndef DYAD_TESTS_DOC_SHARED_PIPELINE_H_
#define DYAD_TESTS_DOC_SHARED_PIPELINE_H_

#include <gtest/gtest.h>

#include <memory>

#include "dyad/dict/dictionaries.h"
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

}  // namespace dyad::doc

#endif  // DYAD_TESTS_DOC_SHARED_PIPELINE_H_
