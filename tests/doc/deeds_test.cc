// Tests of event anaphora (deeds.h): which deed a definite description names.
#include "dyad/doc/deeds.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad::doc {
namespace {

// The author `phrase` names in `deeds`, "" if none; "!" marks an attack.
std::string AuthorOf(const Deeds& deeds, std::string_view phrase) {
  std::vector<std::string_view> words = SplitWhitespace(phrase);
  std::string author;
  bool attack = false;
  if (!deeds.Author(words, &author, &attack)) return "";
  return attack ? author + "!" : author;
}

TEST(DeedsTest, DefiniteDeedNounNamesTheFirstDeedOfItsKind) {
  Deeds deeds;
  deeds.Remember("USAGOV", "040");
  deeds.Remember("SYRMIL", "195");
  deeds.Remember("TURMIL", "190");
  deeds.Remember("SYRCOP", "173");
  EXPECT_EQ(AuthorOf(deeds, "the air strikes"), "SYRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the latest attack on Aleppo"), "SYRMIL!");
  EXPECT_EQ(AuthorOf(deeds, "the detention of the activists"), "SYRCOP");
  EXPECT_EQ(AuthorOf(deeds, "the killings"), "SYRMIL");
}

TEST(DeedsTest, OnlyDefiniteDescriptionsOfToldDeeds) {
  Deeds deeds;
  deeds.Remember("---UAF", "181");
  EXPECT_EQ(AuthorOf(deeds, "the kidnapping"), "---UAF");
  EXPECT_EQ(AuthorOf(deeds, "a kidnapping"), "");                           // not definite
  EXPECT_EQ(AuthorOf(deeds, "kidnappings"), "");                            // no determiner
  EXPECT_EQ(AuthorOf(deeds, "the arrests"), "");                            // no arrest told
  EXPECT_EQ(AuthorOf(deeds, "the talks"), "");                              // no deed of force
  EXPECT_EQ(AuthorOf(deeds, "the brutal and sudden mass kidnapping"), "");  // too long
  deeds.Clear();
  EXPECT_EQ(AuthorOf(deeds, "the kidnapping"), "");
}

}  // namespace
}  // namespace dyad::doc
