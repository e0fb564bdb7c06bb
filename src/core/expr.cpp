#include "core/expr.hpp"

#include <cctype>
#include <cmath>

namespace leren::core::expr {
namespace {

bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Describes what the parser found at a position, for messages ("het einde", "'+'").
std::string describeAt(std::string_view src, size_t pos, Lang lang) {
  if (pos >= src.size()) return lang == Lang::nl ? "het einde" : "the end";
  size_t end = pos + 1;
  if (isNameChar(src[pos])) {
    while (end < src.size() && (isNameChar(src[end]) || src[end] == '.')) ++end;
  }
  return "'" + std::string(src.substr(pos, end - pos)) + "'";
}

class Parser {
 public:
  explicit Parser(std::string_view src) : src_(src) {}

  ParseResult run() {
    ParseResult result;
    if (src_.size() > kMaxLength) {
      fail(0, "Deze uitdrukking is te lang (meer dan 4096 tekens).",
           "This expression is too long (more than 4096 characters).");
    } else {
      skipSpace();
      if (pos_ >= src_.size()) {
        fail(pos_, "De uitdrukking is leeg.", "The expression is empty.");
      } else {
        Expr e = parseOr(0);
        skipSpace();
        if (!error_ && pos_ < src_.size()) {
          failExpected(pos_, "een operator zoals 'and' of '+', of het einde",
                       "an operator such as 'and' or '+', or the end");
        }
        if (!error_) result.expr = std::make_shared<const Expr>(std::move(e));
      }
    }
    result.error = error_;
    return result;
  }

  size_t position() const { return pos_; }
  bool failed() const { return error_.has_value(); }
  const std::optional<ParseError>& error() const { return error_; }

  // For effects: parse one expression from the current position to the end.
  Expr parseRest() {
    skipSpace();
    if (pos_ >= src_.size()) {
      fail(pos_, "Na het '=' ontbreekt de waarde.", "The value after '=' is missing.");
      return {};
    }
    Expr e = parseOr(0);
    skipSpace();
    if (!error_ && pos_ < src_.size()) {
      failExpected(pos_, "een operator zoals '+' of het einde", "an operator such as '+' or the end");
    }
    return e;
  }
  void setPos(size_t p) { pos_ = p; }

 private:
  std::string_view src_;
  size_t pos_ = 0;
  std::optional<ParseError> error_;

  void fail(size_t offset, const std::string& nl, const std::string& en) {
    if (!error_) error_ = ParseError{offset, Text{nl, en}};
  }
  void failExpected(size_t offset, const std::string& wantNl, const std::string& wantEn) {
    fail(offset,
         "Op positie " + std::to_string(offset + 1) + " verwacht ik " + wantNl + ", maar ik zie " +
             describeAt(src_, offset, Lang::nl) + ".",
         "At position " + std::to_string(offset + 1) + " I expected " + wantEn + ", but found " +
             describeAt(src_, offset, Lang::en) + ".");
  }

  void skipSpace() {
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\n' || src_[pos_] == '\r'))
      ++pos_;
  }
  bool tooDeep(int depth) {
    if (depth <= kMaxDepth) return false;
    fail(pos_, "Deze uitdrukking is te diep genest (te veel haakjes of operatoren in elkaar).",
         "This expression is nested too deeply (too many parentheses or operators inside each other).");
    return true;
  }
  // Matches a keyword as a whole word ("and" but not "android").
  bool keyword(std::string_view word) {
    skipSpace();
    if (src_.substr(pos_, word.size()) != word) return false;
    size_t after = pos_ + word.size();
    if (after < src_.size() && (isNameChar(src_[after]) || src_[after] == '.')) return false;
    pos_ = after;
    return true;
  }
  bool symbol(std::string_view s) {
    skipSpace();
    if (src_.substr(pos_, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }
  static Expr node(Op op, size_t begin, size_t end, std::vector<Expr> args) {
    Expr e;
    e.op = op;
    e.begin = begin;
    e.end = end;
    e.args = std::move(args);
    return e;
  }
  Expr binary(Op op, Expr lhs, Expr rhs) {
    size_t b = lhs.begin, en = rhs.end;
    std::vector<Expr> args;
    args.push_back(std::move(lhs));
    args.push_back(std::move(rhs));
    return node(op, b, en, std::move(args));
  }

  Expr parseOr(int depth) {
    if (tooDeep(depth)) return {};
    Expr lhs = parseAnd(depth);
    while (!error_ && keyword("or"))
      lhs = binary(Op::logicalOr, std::move(lhs), operand(&Parser::parseAnd, depth, "or"));
    return lhs;
  }
  Expr parseAnd(int depth) {
    if (tooDeep(depth)) return {};
    Expr lhs = parseNot(depth);
    while (!error_ && keyword("and"))
      lhs = binary(Op::logicalAnd, std::move(lhs), operand(&Parser::parseNot, depth, "and"));
    return lhs;
  }
  // Parses the right operand of an operator, with a clear message when it is missing.
  Expr operand(Expr (Parser::*rule)(int), int depth, std::string_view op) {
    skipSpace();
    if (pos_ >= src_.size()) {
      fail(pos_, "Na '" + std::string(op) + "' ontbreekt nog iets.",
           "Something is missing after '" + std::string(op) + "'.");
      return {};
    }
    return (this->*rule)(depth);
  }
  Expr parseNot(int depth) {
    if (tooDeep(depth)) return {};
    skipSpace();
    size_t begin = pos_;
    if (keyword("not")) {
      Expr inner = operand(&Parser::parseNot, depth + 1, "not");
      size_t end = inner.end;
      std::vector<Expr> args;
      args.push_back(std::move(inner));
      return node(Op::logicalNot, begin, end, std::move(args));
    }
    return parseCompare(depth);
  }
  Expr parseCompare(int depth) {
    if (tooDeep(depth)) return {};
    Expr lhs = parseSum(depth);
    if (error_) return lhs;
    static constexpr std::pair<std::string_view, Op> ops[] = {{"==", Op::equal},     {"!=", Op::notEqual},
                                                              {"<=", Op::lessEqual}, {">=", Op::greaterEqual},
                                                              {"<", Op::less},       {">", Op::greater}};
    for (const auto& [text, op] : ops) {
      if (symbol(text)) return binary(op, std::move(lhs), operand(&Parser::parseSum, depth, text));
    }
    skipSpace();
    if (pos_ < src_.size() && src_[pos_] == '=') {
      fail(pos_, "Een enkel '=' is een toekenning; gebruik '==' om te vergelijken.",
           "A single '=' assigns; use '==' to compare.");
    }
    return lhs;
  }
  Expr parseSum(int depth) {
    if (tooDeep(depth)) return {};
    Expr lhs = parseProduct(depth);
    while (!error_) {
      if (symbol("+")) {
        lhs = binary(Op::add, std::move(lhs), operand(&Parser::parseProduct, depth, "+"));
      } else if (peekMinus()) {
        ++pos_;
        lhs = binary(Op::subtract, std::move(lhs), operand(&Parser::parseProduct, depth, "-"));
      } else {
        break;
      }
    }
    return lhs;
  }
  // '-' but not the start of "-=" (which only appears in effects, never inside expressions).
  bool peekMinus() {
    skipSpace();
    return pos_ < src_.size() && src_[pos_] == '-';
  }
  Expr parseProduct(int depth) {
    if (tooDeep(depth)) return {};
    Expr lhs = parseUnary(depth);
    while (!error_) {
      if (symbol("*")) {
        lhs = binary(Op::multiply, std::move(lhs), operand(&Parser::parseUnary, depth, "*"));
      } else if (symbol("/")) {
        lhs = binary(Op::divide, std::move(lhs), operand(&Parser::parseUnary, depth, "/"));
      } else {
        break;
      }
    }
    return lhs;
  }
  Expr parseUnary(int depth) {
    if (tooDeep(depth)) return {};
    skipSpace();
    size_t begin = pos_;
    if (symbol("-")) {
      Expr inner = operand(&Parser::parseUnary, depth + 1, "-");
      size_t end = inner.end;
      std::vector<Expr> args;
      args.push_back(std::move(inner));
      return node(Op::negate, begin, end, std::move(args));
    }
    return parsePrimary(depth);
  }
  Expr parsePrimary(int depth) {
    if (tooDeep(depth)) return {};
    skipSpace();
    size_t begin = pos_;
    if (pos_ >= src_.size()) {
      failExpected(pos_, "een getal, een variabele of '('", "a number, a variable or '('");
      return {};
    }
    char c = src_[pos_];
    if (isDigit(c) || (c == '.' && pos_ + 1 < src_.size() && isDigit(src_[pos_ + 1]))) return parseNumber();
    if (c == '(') {
      ++pos_;
      Expr inner = parseOr(depth + 1);
      if (error_) return inner;
      if (!symbol(")")) {
        failExpected(pos_, "')'", "')'");
        return inner;
      }
      inner.begin = begin;
      inner.end = pos_;
      return inner;
    }
    if (isNameStart(c)) return parseName(depth);
    failExpected(pos_, "een getal, een variabele of '('", "a number, a variable or '('");
    return {};
  }
  Expr parseNumber() {
    size_t begin = pos_;
    while (pos_ < src_.size() && isDigit(src_[pos_])) ++pos_;
    if (pos_ < src_.size() && src_[pos_] == '.') {
      ++pos_;
      while (pos_ < src_.size() && isDigit(src_[pos_])) ++pos_;
    }
    // Locale-independent: accumulate digits ourselves instead of strtod.
    double value = 0, scale = 0;
    for (size_t i = begin; i < pos_; ++i) {
      if (src_[i] == '.') {
        scale = 1;
        continue;
      }
      if (scale > 0) {
        scale /= 10;
        value += (src_[i] - '0') * scale;
      } else {
        value = value * 10 + (src_[i] - '0');
      }
    }
    if (pos_ < src_.size() && isNameStart(src_[pos_])) {
      failExpected(pos_, "een operator na het getal", "an operator after the number");
    }
    Expr e = node(Op::number, begin, pos_, {});
    e.value = value;
    return e;
  }
  Expr parseName(int depth) {
    size_t begin = pos_;
    while (pos_ < src_.size() && isNameChar(src_[pos_])) ++pos_;
    if (pos_ < src_.size() && src_[pos_] == '.') {
      ++pos_;
      if (pos_ >= src_.size() || !isNameStart(src_[pos_])) {
        failExpected(pos_, "een naam na de punt (zoals score.samenwerking)",
                     "a name after the dot (like score.samenwerking)");
        return {};
      }
      while (pos_ < src_.size() && isNameChar(src_[pos_])) ++pos_;
    }
    std::string name(src_.substr(begin, pos_ - begin));
    if (name == "true" || name == "false") {
      Expr e = node(Op::number, begin, pos_, {});
      e.value = name == "true" ? 1 : 0;
      return e;
    }
    if (name == "and" || name == "or" || name == "not") {
      failExpected(begin, "een getal, een variabele of '('", "a number, a variable or '('");
      return {};
    }
    skipSpace();
    if (pos_ < src_.size() && src_[pos_] == '(') return parseCall(name, begin, depth);
    Expr e = node(Op::variable, begin, pos_, {});
    // Keep the end at the name, not after trailing spaces.
    e.end = begin + name.size();
    e.name = std::move(name);
    return e;
  }
  Expr parseCall(const std::string& name, size_t begin, int depth) {
    static constexpr std::pair<std::string_view, Func> funcs[] = {
        {"min", Func::min},   {"max", Func::max}, {"round", Func::round},  {"floor", Func::floor},
        {"ceil", Func::ceil}, {"abs", Func::abs}, {"if", Func::ifThenElse}};
    std::optional<Func> func;
    for (const auto& [text, f] : funcs)
      if (name == text) func = f;
    if (!func) {
      fail(begin, "'" + name + "' is geen bekende functie. Je kunt min, max, round, floor, ceil, abs en if gebruiken.",
           "'" + name + "' is not a known function. You can use min, max, round, floor, ceil, abs and if.");
      return {};
    }
    ++pos_;  // '('
    std::vector<Expr> args;
    skipSpace();
    if (!symbol(")")) {
      while (!error_) {
        args.push_back(parseOr(depth + 1));
        if (error_) return {};
        if (symbol(",")) continue;
        if (symbol(")")) break;
        failExpected(pos_, "',' of ')'", "',' or ')'");
        return {};
      }
    }
    size_t want = (*func == Func::min || *func == Func::max) ? 2 : (*func == Func::ifThenElse ? 3 : 1);
    if (args.size() != want) {
      fail(begin,
           name + "() verwacht " + std::to_string(want) + " waarde(n), maar krijgt er " + std::to_string(args.size()) +
               ".",
           name + "() takes " + std::to_string(want) + " value(s), but gets " + std::to_string(args.size()) + ".");
      return {};
    }
    Expr e = node(Op::call, begin, pos_, std::move(args));
    e.func = *func;
    return e;
  }
};

double finite(double v) { return std::isfinite(v) ? v : 0.0; }

}  // namespace

ParseResult parse(std::string_view source) { return Parser(source).run(); }

void collectNames(const Expr& e, std::vector<NameUse>& out) {
  if (e.op == Op::variable) out.push_back({e.name, e.begin});
  for (const Expr& a : e.args) collectNames(a, out);
}

bool isTrue(double value) { return value != 0; }

double evaluate(const Expr& e, const Lookup& lookup) {
  auto arg = [&](size_t i) { return i < e.args.size() ? evaluate(e.args[i], lookup) : 0.0; };
  switch (e.op) {
    case Op::number:
      return e.value;
    case Op::variable:
      return lookup ? finite(lookup(e.name)) : 0.0;
    case Op::negate:
      return -arg(0);
    case Op::logicalNot:
      return isTrue(arg(0)) ? 0 : 1;
    case Op::add:
      return finite(arg(0) + arg(1));
    case Op::subtract:
      return finite(arg(0) - arg(1));
    case Op::multiply:
      return finite(arg(0) * arg(1));
    case Op::divide: {
      double d = arg(1);
      return d == 0 ? 0 : finite(arg(0) / d);
    }
    case Op::equal:
      return arg(0) == arg(1) ? 1 : 0;
    case Op::notEqual:
      return arg(0) != arg(1) ? 1 : 0;
    case Op::less:
      return arg(0) < arg(1) ? 1 : 0;
    case Op::lessEqual:
      return arg(0) <= arg(1) ? 1 : 0;
    case Op::greater:
      return arg(0) > arg(1) ? 1 : 0;
    case Op::greaterEqual:
      return arg(0) >= arg(1) ? 1 : 0;
    // Short-circuit, like authors expect.
    case Op::logicalAnd:
      return isTrue(arg(0)) && isTrue(arg(1)) ? 1 : 0;
    case Op::logicalOr:
      return isTrue(arg(0)) || isTrue(arg(1)) ? 1 : 0;
    case Op::call:
      switch (e.func) {
        case Func::min:
          return std::min(arg(0), arg(1));
        case Func::max:
          return std::max(arg(0), arg(1));
        // Half away from zero (std::round), the way people round money.
        case Func::round:
          return finite(std::round(arg(0)));
        case Func::floor:
          return finite(std::floor(arg(0)));
        case Func::ceil:
          return finite(std::ceil(arg(0)));
        case Func::abs:
          return std::fabs(arg(0));
        case Func::ifThenElse:
          return isTrue(arg(0)) ? arg(1) : arg(2);
      }
  }
  return 0;
}

Lookup mapLookup(const std::map<std::string, double, std::less<>>& values) {
  return [&values](const std::string& name) {
    auto it = values.find(name);
    return it == values.end() ? 0.0 : it->second;
  };
}

EffectParseResult parseEffect(std::string_view source) {
  EffectParseResult result;
  auto fail = [&](size_t offset, std::string nl, std::string en) {
    result.error = ParseError{offset, Text{std::move(nl), std::move(en)}};
    return result;
  };
  if (source.size() > kMaxLength) {
    return fail(0, "Dit effect is te lang (meer dan 4096 tekens).",
                "This effect is too long (more than 4096 characters).");
  }
  size_t pos = 0;
  while (pos < source.size() && std::isspace(static_cast<unsigned char>(source[pos]))) ++pos;
  size_t nameBegin = pos;
  if (pos >= source.size() || !(source[pos] >= 'a' && source[pos] <= 'z')) {
    return fail(pos, "Een effect begint met de naam van een variabele, bijvoorbeeld 'vertrouwen += 1'.",
                "An effect starts with a variable name, for example 'vertrouwen += 1'.");
  }
  while (pos < source.size() && isNameChar(source[pos])) ++pos;
  std::string target(source.substr(nameBegin, pos - nameBegin));
  while (pos < source.size() && std::isspace(static_cast<unsigned char>(source[pos]))) ++pos;
  AssignOp op;
  if (source.substr(pos, 2) == "+=") {
    op = AssignOp::add;
    pos += 2;
  } else if (source.substr(pos, 2) == "-=") {
    op = AssignOp::subtract;
    pos += 2;
  } else if (source.substr(pos, 1) == "=" && source.substr(pos, 2) != "==") {
    op = AssignOp::set;
    pos += 1;
  } else {
    return fail(pos, "Na '" + target + "' verwacht ik '=', '+=' of '-='.",
                "After '" + target + "' I expected '=', '+=' or '-='.");
  }
  Parser parser(source);
  parser.setPos(pos);
  Expr value = parser.parseRest();
  if (parser.failed()) {
    result.error = parser.error();
    return result;
  }
  Effect effect;
  effect.target = std::move(target);
  effect.op = op;
  effect.valueOffset = value.begin;
  effect.value = std::make_shared<const Expr>(std::move(value));
  result.effect = std::move(effect);
  return result;
}

double applyEffect(const Effect& effect, double current, const Lookup& lookup) {
  double v = effect.value ? evaluate(*effect.value, lookup) : 0.0;
  switch (effect.op) {
    case AssignOp::set:
      return v;
    case AssignOp::add:
      return finite(current + v);
    case AssignOp::subtract:
      return finite(current - v);
  }
  return current;
}

}  // namespace leren::core::expr
