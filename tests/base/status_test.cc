// Tests for Status, StatusOr and the early-return macros.
#include "dyad/base/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace dyad {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  EXPECT_EQ(Status::InvalidInput("a").code(), StatusCode::kInvalidInput);
  EXPECT_EQ(Status::NotFound("b").code(), StatusCode::kNotFound);
  EXPECT_EQ(Status::IoError("c").code(), StatusCode::kIoError);
  EXPECT_EQ(Status::Internal("d").code(), StatusCode::kInternal);
  EXPECT_EQ(Status::NotFound("b").message(), "b");
  EXPECT_FALSE(Status::Internal("d").ok());
}

TEST(StatusTest, ToStringNamesTheCode) {
  EXPECT_EQ(Status::InvalidInput("verbs.txt:4: bad").ToString(), "invalid input: verbs.txt:4: bad");
  EXPECT_EQ(Status::NotFound("x").ToString(), "not found: x");
  EXPECT_EQ(Status::IoError("x").ToString(), "I/O error: x");
  EXPECT_EQ(Status::Internal("x").ToString(), "internal error: x");
}

TEST(StatusTest, WithPrefix) {
  Status s = Status::InvalidInput("line 3: bad").WithPrefix("actors.txt");
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(), "actors.txt: line 3: bad");
  EXPECT_TRUE(Status::Ok().WithPrefix("ignored").ok());
  EXPECT_EQ(Status::Ok().WithPrefix("ignored").message(), "");
}

TEST(StatusOrTest, HoldsValueOrError) {
  StatusOr<int> value(42);
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, 42);
  EXPECT_EQ(value.value(), 42);
  EXPECT_TRUE(value.status().ok());

  StatusOr<int> error(Status::NotFound("gone"));
  EXPECT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(error.status().message(), "gone");
}

TEST(StatusOrTest, MovesOutMoveOnlyValues) {
  StatusOr<std::unique_ptr<int>> holder(std::make_unique<int>(7));
  ASSERT_TRUE(holder.ok());
  EXPECT_EQ(**holder, 7);
  std::unique_ptr<int> taken = std::move(holder).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 7);
}

TEST(StatusOrTest, ArrowReachesMembers) {
  StatusOr<std::string> s(std::string("abc"));
  EXPECT_EQ(s->size(), 3u);
  s->push_back('d');
  EXPECT_EQ(*s, "abcd");
}

Status FailIf(bool fail) { return fail ? Status::IoError("failed") : Status::Ok(); }

Status Chain(bool fail, int* reached) {
  DYAD_RETURN_IF_ERROR(FailIf(fail));
  *reached = 1;
  return Status::Ok();
}

StatusOr<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidInput("odd");
  return x / 2;
}

StatusOr<int> Quarter(int x) {
  DYAD_ASSIGN_OR_RETURN(int half, Half(x));
  DYAD_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

TEST(StatusMacrosTest, ReturnIfError) {
  int reached = 0;
  EXPECT_EQ(Chain(true, &reached).code(), StatusCode::kIoError);
  EXPECT_EQ(reached, 0);
  EXPECT_TRUE(Chain(false, &reached).ok());
  EXPECT_EQ(reached, 1);
}

TEST(StatusMacrosTest, AssignOrReturn) {
  StatusOr<int> ok = Quarter(12);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 3);
  StatusOr<int> bad = Quarter(6);  // 6 / 2 = 3 is odd
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "odd");
}

}  // namespace
}  // namespace dyad
