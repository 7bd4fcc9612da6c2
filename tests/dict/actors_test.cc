// Tests for the date resolution of actor codes (Actor::CodeAt, DatedCode).
#include "dyad/dict/actors.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

Actor MakeActor(std::string name, std::vector<DatedCode> codes) {
  Actor a;
  a.name = std::move(name);
  a.codes = std::move(codes);
  return a;
}

TEST(DatedCodeTest, UnrestrictedHoldsAlways) {
  DatedCode c{"FRA", kNoDate, kNoDate};
  EXPECT_FALSE(c.restricted());
  EXPECT_TRUE(c.Holds(19000101));
  EXPECT_TRUE(c.Holds(kNoDate));
}

TEST(DatedCodeTest, FromIsInclusiveUntilIsExclusive) {
  DatedCode c{"EGYMIL", 19770101, 20120812};
  EXPECT_TRUE(c.restricted());
  EXPECT_FALSE(c.Holds(19761231));
  EXPECT_TRUE(c.Holds(19770101));
  EXPECT_TRUE(c.Holds(20120811));
  EXPECT_FALSE(c.Holds(20120812));
}

TEST(DatedCodeTest, OpenEnds) {
  DatedCode from{"FRAGOV", 20120515, kNoDate};
  EXPECT_FALSE(from.Holds(20120514));
  EXPECT_TRUE(from.Holds(20120515));
  EXPECT_TRUE(from.Holds(20991231));
  DatedCode until{"YUGHRV", kNoDate, 19910625};
  EXPECT_TRUE(until.Holds(19000101));
  EXPECT_TRUE(until.Holds(19910624));
  EXPECT_FALSE(until.Holds(19910625));
}

TEST(ActorTest, NoCodesGivesEmpty) {
  Actor actor = MakeActor("NOBODY_", {});
  EXPECT_EQ(actor.CodeAt(20000101), "");
}

TEST(ActorTest, UnrestrictedCodeWhenNoRestrictionHolds) {
  Actor actor = MakeActor("GOLLUM", {{"HOB", kNoDate, 19950601}, {"XXX", kNoDate, kNoDate}});
  EXPECT_EQ(actor.CodeAt(19940101), "HOB");
  EXPECT_EQ(actor.CodeAt(19950601), "XXX");
}

TEST(ActorTest, RestrictedCodeBeatsEarlierUnrestrictedOne) {
  Actor actor = MakeActor("MUBARAK", {{"EGY", kNoDate, kNoDate}, {"EGYGOV", 19811014, 20110211}});
  EXPECT_EQ(actor.CodeAt(19900101), "EGYGOV");
  EXPECT_EQ(actor.CodeAt(19800101), "EGY");
  EXPECT_EQ(actor.CodeAt(20110211), "EGY");
}

TEST(ActorTest, FirstHoldingRestrictionWins) {
  Actor actor = MakeActor("X", {{"A", 19900101, 20000101}, {"B", 19950101, 20050101}});
  EXPECT_EQ(actor.CodeAt(19920101), "A");
  EXPECT_EQ(actor.CodeAt(19970101), "A");  // both hold: the first listed
  EXPECT_EQ(actor.CodeAt(20020101), "B");
}

TEST(ActorTest, OnlyRestrictedCodesGiveEmptyOutsideThem) {
  Actor actor = MakeActor("UFFE_ELLEMANN_JENSEN_",
                          {{"IGOEUREEC", 19820701, 19821231}, {"IGOEUREEC", 19870701, 19871231}});
  EXPECT_EQ(actor.CodeAt(19820801), "IGOEUREEC");
  EXPECT_EQ(actor.CodeAt(19870801), "IGOEUREEC");
  EXPECT_EQ(actor.CodeAt(19850101), "");
}

TEST(ActorTest, FirstUnrestrictedCodeIsTheDefault) {
  Actor actor = MakeActor("X", {{"A", kNoDate, kNoDate}, {"B", kNoDate, kNoDate}});
  EXPECT_EQ(actor.CodeAt(20000101), "A");
}

}  // namespace
}  // namespace dyad::dict
