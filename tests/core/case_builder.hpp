#pragma once
// Builds a Case in code for engine and analysis tests, the way the loader would (expressions
// parsed, targets and dimension indices resolved), so these tests do not depend on the loader.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/content_model.hpp"

namespace leren::core::test {

inline Condition cond(const std::string& source) {
  Condition c;
  c.source = source;
  if (!source.empty()) {
    auto parsed = expr::parse(source);
    EXPECT_TRUE(parsed.expr) << source;
    c.expr = parsed.expr;
  }
  return c;
}

class CaseBuilder {
 public:
  explicit CaseBuilder(std::string id = "testcase") {
    c_.id = std::move(id);
    c_.file = "cases/" + c_.id + ".json";
  }
  CaseBuilder& number(const std::string& id, double min, double max, double initial,
                      VariableGroup group = VariableGroup::status) {
    Variable v;
    v.id = id;
    v.min = min;
    v.max = max;
    v.initial = initial;
    v.group = group;
    c_.variables.push_back(v);
    return *this;
  }
  CaseBuilder& flag(const std::string& id, bool initial, VariableGroup group = VariableGroup::verborgen) {
    Variable v;
    v.id = id;
    v.type = VariableType::flag;
    v.min = 0;
    v.max = 1;
    v.initial = initial ? 1 : 0;
    v.group = group;
    c_.variables.push_back(v);
    return *this;
  }
  CaseBuilder& dimension(const std::string& id, double pass) {
    c_.scoring.dimensions.push_back({id, {id, id}, pass});
    return *this;
  }
  CaseBuilder& passPercent(int p) {
    c_.scoring.passPercent = p;
    return *this;
  }
  CaseBuilder& node(const std::string& id, const std::string& text = "") {
    Node n;
    n.id = id;
    n.text = {text.empty() ? "tekst " + id : text, "text " + id};
    c_.nodes.push_back(n);
    if (c_.start.empty()) c_.start = id;
    return *this;
  }
  CaseBuilder& start(const std::string& id) {
    c_.start = id;
    return *this;
  }
  // Adds a choice to the last node.
  CaseBuilder& choice(const std::string& id, const std::string& next, const std::string& condition = "",
                      std::vector<std::string> effects = {}, std::vector<std::pair<std::string, double>> score = {}) {
    Choice ch;
    ch.id = id;
    ch.text = {"keuze " + id, "choice " + id};
    ch.consequence = {"gevolg " + id, "consequence " + id};
    ch.coaching = {"coaching " + id, "coaching " + id};
    ch.condition = cond(condition);
    ch.next = next;
    for (const auto& e : effects) {
      auto parsed = expr::parseEffect(e);
      EXPECT_TRUE(parsed.effect) << e;
      if (parsed.effect) ch.effects.push_back(*parsed.effect);
      ch.effectSources.push_back(e);
    }
    for (const auto& [dim, points] : score) ch.score.push_back({dim, points, 0});
    c_.nodes.back().choices.push_back(ch);
    return *this;
  }
  CaseBuilder& branch(const std::string& next, const std::string& condition = "") {
    BranchEntry b;
    b.condition = cond(condition);
    b.next = next;
    c_.nodes.back().branch.push_back(b);
    return *this;
  }
  CaseBuilder& variant(const std::string& condition, const std::string& text) {
    c_.nodes.back().variants.push_back({cond(condition), {text, text}});
    return *this;
  }
  CaseBuilder& ending(const std::string& id, Rating rating = Rating::good) {
    Ending e;
    e.id = id;
    e.title = {id, id};
    e.rating = rating;
    c_.endings.push_back(e);
    return *this;
  }
  Case build() const {
    Case c = c_;
    auto resolve = [&c](const std::string& id) {
      Target t;
      if (auto n = c.nodeIndex(id)) {
        t.kind = Target::Kind::node;
        t.index = *n;
      } else if (auto e = c.endingIndex(id)) {
        t.kind = Target::Kind::ending;
        t.index = *e;
      }
      return t;
    };
    c.startTarget = resolve(c.start);
    for (Node& n : c.nodes) {
      for (Choice& ch : n.choices) {
        ch.target = resolve(ch.next);
        for (ScoreDelta& d : ch.score) d.dimensionIndex = c.dimensionIndex(d.dimension).value_or(0);
      }
      for (BranchEntry& b : n.branch) b.target = resolve(b.next);
    }
    c.available = true;
    c.contentHash = 0xc0ffee;
    return c;
  }

 private:
  Case c_;
};

}  // namespace leren::core::test
