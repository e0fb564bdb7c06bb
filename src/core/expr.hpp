#pragma once
// The small expression language of the content format (conditions, effects, calculator formulas).
// Parsed once at load time into an AST; the runtime only evaluates. No eval, no side effects.
//
//   expr    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | compare
//   compare := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
//   sum     := product (("+"|"-") product)*
//   product := unary (("*"|"/") unary)*
//   unary   := "-" unary | primary
//   primary := number | "true" | "false" | name | name "(" args ")" | "(" expr ")"
//   name    := [a-z_][a-z0-9_]* ("." [a-z_][a-z0-9_]*)?      e.g. vertrouwen, score.juridisch_kader
//
// Values are doubles; booleans are 1 (true) and 0 (false); any non-zero value counts as true.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace leren::core::expr {

// Deeper nesting is a syntax error (protects the recursive-descent parser's stack).
inline constexpr int kMaxDepth = 48;
// Longer sources are rejected outright.
inline constexpr size_t kMaxLength = 4096;

enum class Op {
  number,    // value
  variable,  // name
  negate,    // -args[0]
  logicalNot,
  add,
  subtract,
  multiply,
  divide,
  equal,
  notEqual,
  less,
  lessEqual,
  greater,
  greaterEqual,
  logicalAnd,
  logicalOr,
  call,  // func(args...)
};

enum class Func { min, max, round, floor, ceil, abs, ifThenElse };

struct Expr {
  Op op = Op::number;
  double value = 0;       // Op::number
  std::string name;       // Op::variable ("vertrouwen", "score.juridisch_kader")
  Func func = Func::min;  // Op::call
  std::vector<Expr> args;
  // Byte range of this node in the source, for diagnostics.
  size_t begin = 0, end = 0;
};

struct ParseError {
  size_t offset = 0;  // byte offset into the source
  Text message;       // for a trainer, e.g. "Na 'and' verwacht ik nog een voorwaarde."
};

struct ParseResult {
  std::shared_ptr<const Expr> expr;  // null on error
  std::optional<ParseError> error;
};

ParseResult parse(std::string_view source);

// A name as it appears in an expression, with where it appears (for diagnostics).
struct NameUse {
  std::string name;
  size_t offset = 0;
};
// Every variable name read by the expression, in source order (duplicates kept).
void collectNames(const Expr& e, std::vector<NameUse>& out);

// Where evaluation finds variable values. Unknown names evaluate to 0 (the loader rejects
// unknown names, so this only happens with unchecked expressions).
using Lookup = std::function<double(const std::string& name)>;

// Deterministic: division by zero gives 0; NaN and infinities never escape (they become 0).
double evaluate(const Expr& e, const Lookup& lookup);
bool isTrue(double value);  // value != 0

// Convenience lookup over a map (tests, calculator).
Lookup mapLookup(const std::map<std::string, double, std::less<>>& values);

// ---- Effects: "var = expr", "var += expr", "var -= expr" ---------------------------------
enum class AssignOp { set, add, subtract };

struct Effect {
  std::string target;
  AssignOp op = AssignOp::set;
  std::shared_ptr<const Expr> value;
  size_t valueOffset = 0;  // where the expression starts in the effect's source
};

struct EffectParseResult {
  std::optional<Effect> effect;
  std::optional<ParseError> error;
};

EffectParseResult parseEffect(std::string_view source);

// The new (unclamped) value of the target; the caller clamps to the variable's range.
double applyEffect(const Effect& effect, double current, const Lookup& lookup);

}  // namespace leren::core::expr
