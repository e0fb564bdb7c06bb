// libFuzzer target: the expression parser and evaluator must never crash, hang or hit UB,
// whatever an author types into an "if" or an effect.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/expr.hpp"

using namespace leren::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  const expr::Lookup lookup = [](const std::string& name) { return static_cast<double>(name.size()) - 3.5; };

  const expr::ParseResult parsed = expr::parse(source);
  if (parsed.expr) {
    std::vector<expr::NameUse> names;
    expr::collectNames(*parsed.expr, names);
    for (const auto& n : names)
      if (n.offset > source.size()) __builtin_trap();
    (void)expr::evaluate(*parsed.expr, lookup);
  } else if (!parsed.error || parsed.error->offset > source.size() || parsed.error->message.nl.empty()) {
    __builtin_trap();  // every failure must say where and why
  }

  const expr::EffectParseResult effect = expr::parseEffect(source);
  if (effect.effect && effect.effect->value) (void)expr::applyEffect(*effect.effect, 1.0, lookup);
  return 0;
}
