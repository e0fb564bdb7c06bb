#include <gtest/gtest.h>

#include <string>

#include "core/expr.hpp"

namespace leren::core::expr {
namespace {

double eval(const std::string& src, const std::map<std::string, double, std::less<>>& vars = {}) {
  ParseResult r = parse(src);
  EXPECT_FALSE(r.error) << src << ": " << (r.error ? r.error->message.en : "");
  if (!r.expr) return -9999;
  return evaluate(*r.expr, mapLookup(vars));
}

std::optional<ParseError> error(const std::string& src) { return parse(src).error; }

TEST(Expr, Arithmetic) {
  EXPECT_DOUBLE_EQ(eval("1 + 2 * 3"), 7);
  EXPECT_DOUBLE_EQ(eval("(1 + 2) * 3"), 9);
  EXPECT_DOUBLE_EQ(eval("10 - 4 - 3"), 3);  // left associative
  EXPECT_DOUBLE_EQ(eval("12 / 4 / 3"), 1);
  EXPECT_DOUBLE_EQ(eval("-3 + 5"), 2);
  EXPECT_DOUBLE_EQ(eval("- - 2"), 2);
  EXPECT_DOUBLE_EQ(eval("2.5 * 2"), 5);
  EXPECT_DOUBLE_EQ(eval(".5 + 0.25"), 0.75);
  EXPECT_DOUBLE_EQ(eval("7 / 0"), 0);  // deterministic, no inf
}

TEST(Expr, ComparisonsAndLogic) {
  EXPECT_DOUBLE_EQ(eval("3 >= 3"), 1);
  EXPECT_DOUBLE_EQ(eval("3 > 3"), 0);
  EXPECT_DOUBLE_EQ(eval("2 < 3"), 1);
  EXPECT_DOUBLE_EQ(eval("3 <= 2"), 0);
  EXPECT_DOUBLE_EQ(eval("2 == 2"), 1);
  EXPECT_DOUBLE_EQ(eval("2 != 2"), 0);
  EXPECT_DOUBLE_EQ(eval("true and false"), 0);
  EXPECT_DOUBLE_EQ(eval("true or false"), 1);
  EXPECT_DOUBLE_EQ(eval("not false"), 1);
  EXPECT_DOUBLE_EQ(eval("not not 5"), 1);
  // and binds tighter than or; not tighter than and
  EXPECT_DOUBLE_EQ(eval("true or true and false"), 1);
  EXPECT_DOUBLE_EQ(eval("not true and false"), 0);
  EXPECT_DOUBLE_EQ(eval("not (1 > 2) and 2 > 1"), 1);
}

TEST(Expr, Variables) {
  std::map<std::string, double, std::less<>> vars{{"vertrouwen", 6}, {"score.samenwerking", 4}, {"gehoord", 1}};
  EXPECT_DOUBLE_EQ(eval("vertrouwen >= 6 and score.samenwerking > 3", vars), 1);
  EXPECT_DOUBLE_EQ(eval("vertrouwen + score.samenwerking", vars), 10);
  EXPECT_DOUBLE_EQ(eval("not gehoord", vars), 0);
  EXPECT_DOUBLE_EQ(eval("onbekend", vars), 0);
  // names that start with a keyword are names, not keywords
  EXPECT_DOUBLE_EQ(eval("android + order + notary", {{"android", 1}, {"order", 2}, {"notary", 3}}), 6);
}

TEST(Expr, Functions) {
  EXPECT_DOUBLE_EQ(eval("min(3, 4)"), 3);
  EXPECT_DOUBLE_EQ(eval("max(3, 4)"), 4);
  EXPECT_DOUBLE_EQ(eval("round(2.5)"), 3);
  EXPECT_DOUBLE_EQ(eval("round(-2.5)"), -3);
  EXPECT_DOUBLE_EQ(eval("floor(2.7)"), 2);
  EXPECT_DOUBLE_EQ(eval("ceil(2.1)"), 3);
  EXPECT_DOUBLE_EQ(eval("abs(-4)"), 4);
  EXPECT_DOUBLE_EQ(eval("if(2 > 1, 10, 20)"), 10);
  EXPECT_DOUBLE_EQ(eval("if(0, 10, 20)"), 20);
  EXPECT_DOUBLE_EQ(eval("round(1400 * (40 + max(2 - 1, 0) * 30) / (100 * 2))"), 490);
}

TEST(Expr, SourceOffsets) {
  ParseResult r = parse("a + (bb * 2)");
  ASSERT_TRUE(r.expr);
  EXPECT_EQ(r.expr->op, Op::add);
  EXPECT_EQ(r.expr->begin, 0u);
  EXPECT_EQ(r.expr->end, 12u);
  ASSERT_EQ(r.expr->args.size(), 2u);
  EXPECT_EQ(r.expr->args[1].begin, 4u);
  std::vector<NameUse> names;
  collectNames(*r.expr, names);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].name, "a");
  EXPECT_EQ(names[0].offset, 0u);
  EXPECT_EQ(names[1].name, "bb");
  EXPECT_EQ(names[1].offset, 5u);
}

TEST(Expr, SyntaxErrorsPointAtTheProblem) {
  auto e = error("vertrouwen >= ");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 14u);
  EXPECT_NE(e->message.nl.find(">="), std::string::npos);

  e = error("a and");
  ASSERT_TRUE(e);
  EXPECT_NE(e->message.en.find("'and'"), std::string::npos);

  e = error("(a + 1");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 6u);
  EXPECT_NE(e->message.en.find("')'"), std::string::npos);

  e = error("a = 1");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 2u);
  EXPECT_NE(e->message.en.find("'=='"), std::string::npos);

  e = error("sqrt(4)");
  ASSERT_TRUE(e);
  EXPECT_NE(e->message.nl.find("sqrt"), std::string::npos);

  e = error("min(1)");
  ASSERT_TRUE(e);
  EXPECT_NE(e->message.en.find("takes 2"), std::string::npos);

  EXPECT_TRUE(error(""));
  EXPECT_TRUE(error("   "));
  EXPECT_TRUE(error("1 2"));
  EXPECT_TRUE(error("3x"));
  EXPECT_TRUE(error("score."));
  EXPECT_TRUE(error("a $ b"));
  EXPECT_TRUE(error("and"));
  EXPECT_TRUE(error("max(1, 2"));
  EXPECT_TRUE(error("max(1 2)"));
  EXPECT_TRUE(error("Vertrouwen"));  // ids are lower case
  EXPECT_TRUE(error("not"));
  EXPECT_TRUE(error("-"));
  EXPECT_TRUE(error("1 +"));
}

TEST(Expr, DepthLimitIsAnErrorNotACrash) {
  std::string deep(kMaxDepth + 5, '(');
  deep += "1";
  deep += std::string(kMaxDepth + 5, ')');
  auto e = error(deep);
  ASSERT_TRUE(e);
  EXPECT_NE(e->message.en.find("nested too deeply"), std::string::npos);

  std::string ok(20, '(');
  ok += "1" + std::string(20, ')');
  EXPECT_DOUBLE_EQ(eval(ok), 1);

  std::string nots;
  for (int i = 0; i < 200; ++i) nots += "not ";
  EXPECT_TRUE(error(nots + "1"));
  EXPECT_TRUE(error(std::string(kMaxLength + 1, '1')));
}

TEST(Expr, LongFlatExpressionsAreFine) {
  std::string sum = "1";
  for (int i = 0; i < 500; ++i) sum += "+1";
  EXPECT_DOUBLE_EQ(eval(sum), 501);
}

TEST(Effect, ParsesTheThreeForms) {
  auto r = parseEffect("vertrouwen += 2");
  ASSERT_TRUE(r.effect);
  EXPECT_EQ(r.effect->target, "vertrouwen");
  EXPECT_EQ(r.effect->op, AssignOp::add);
  EXPECT_EQ(r.effect->valueOffset, 14u);
  EXPECT_DOUBLE_EQ(applyEffect(*r.effect, 5, {}), 7);

  r = parseEffect("  schuld -= rente * 2 ");
  ASSERT_TRUE(r.effect);
  EXPECT_EQ(r.effect->op, AssignOp::subtract);
  EXPECT_DOUBLE_EQ(applyEffect(*r.effect, 100, mapLookup({{"rente", 10}})), 80);

  r = parseEffect("gehoord = true");
  ASSERT_TRUE(r.effect);
  EXPECT_EQ(r.effect->op, AssignOp::set);
  EXPECT_DOUBLE_EQ(applyEffect(*r.effect, 0, {}), 1);
}

TEST(Effect, Errors) {
  EXPECT_TRUE(parseEffect("").error);
  EXPECT_TRUE(parseEffect("+= 1").error);
  EXPECT_TRUE(parseEffect("x == 1").error);
  EXPECT_TRUE(parseEffect("x 1").error);
  EXPECT_TRUE(parseEffect("x =").error);
  EXPECT_TRUE(parseEffect("x = 1 +").error);
  EXPECT_TRUE(parseEffect("x = 1 2").error);
  EXPECT_TRUE(parseEffect(std::string(kMaxLength + 1, 'a')).error);
  auto r = parseEffect("x += (1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->offset, 7u);
}

}  // namespace
}  // namespace leren::core::expr
