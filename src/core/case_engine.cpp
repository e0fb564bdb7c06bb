#include "core/case_engine.hpp"

#include <algorithm>

#include "core/shuffle.hpp"

namespace leren::core {

namespace {

constexpr std::string_view kScorePrefix = "score.";

double lookupValue(const Case& c, const CaseState& state, const std::string& name) {
  if (name.compare(0, kScorePrefix.size(), kScorePrefix) == 0) {
    const auto d = c.dimensionIndex(name.substr(kScorePrefix.size()));
    return d && *d < state.scores.size() ? state.scores[*d] : 0.0;
  }
  const auto v = c.variableIndex(name);
  return v && *v < state.variables.size() ? state.variables[*v] : 0.0;
}

expr::Lookup lookupFor(const Case& c, const CaseState& state) {
  return [&c, &state](const std::string& name) { return lookupValue(c, state, name); };
}

double clampTo(const Variable& v, double value) {
  if (v.type == VariableType::flag) return expr::isTrue(value) ? 1.0 : 0.0;
  return std::clamp(value, v.min, v.max);
}

CaseState initialState(const Case& c) {
  CaseState s;
  for (const Variable& v : c.variables) s.variables.push_back(clampTo(v, v.initial));
  s.scores.assign(c.scoring.dimensions.size(), 0.0);
  return s;
}

void applyChoice(const Case& c, const Choice& choice, CaseState& state) {
  // Effects apply in order, each seeing the values the previous ones left.
  for (const expr::Effect& effect : choice.effects) {
    const auto v = c.variableIndex(effect.target);
    if (!v || !effect.value) continue;
    const double current = state.variables[*v];
    const double next = expr::applyEffect(effect, current, lookupFor(c, state));
    state.variables[*v] = clampTo(c.variables[*v], next);
  }
  for (const ScoreDelta& delta : choice.score) {
    const auto d = c.dimensionIndex(delta.dimension);
    if (d) state.scores[*d] += delta.points;
  }
}

}  // namespace

bool conditionHolds(const Case& c, const Condition& condition, const CaseState& state) {
  if (condition.always()) return true;
  return expr::isTrue(expr::evaluate(*condition.expr, lookupFor(c, state)));
}

CaseRun::CaseRun(const Case& c, uint64_t seed) : case_(&c), seed_(seed), state_(initialState(c)) {
  if (c.startTarget.kind == Target::Kind::ending) {
    where_ = Where::ending;
    position_ = c.startTarget.index;
  } else if (c.startTarget.kind == Target::Kind::node && c.startTarget.index < c.nodes.size()) {
    position_ = c.startTarget.index;
    settle();
  } else {
    where_ = Where::stuck;  // broken content: no valid start
  }
  startBranches_ = std::move(pendingBranches_);  // passed before the first choice: no step
  pendingBranches_.clear();
}

void CaseRun::settle() {
  // Follow branch nodes; a chain longer than the number of nodes must be a loop.
  for (size_t hops = 0; where_ == Where::node; ++hops) {
    const Node& node = case_->nodes[position_];
    if (!node.isBranch()) return;
    if (hops > case_->nodes.size()) {
      where_ = Where::stuck;
      return;
    }
    const BranchEntry* taken = nullptr;
    for (const BranchEntry& entry : node.branch) {
      if (conditionHolds(*case_, entry.condition, state_)) {
        taken = &entry;
        break;
      }
    }
    if (!taken || taken->target.kind == Target::Kind::none) {
      where_ = Where::stuck;
      return;
    }
    pendingBranches_.push_back(position_);
    position_ = taken->target.index;
    if (taken->target.kind == Target::Kind::ending) where_ = Where::ending;
  }
}

CaseRun CaseRun::replay(const Case& c, const std::vector<std::string>& log, uint64_t seed) {
  CaseRun run(c, seed);
  for (const std::string& choiceId : log) {
    if (!run.choose(choiceId)) {
      run.replayedAll_ = false;
      break;
    }
  }
  return run;
}

const Node* CaseRun::currentNode() const { return where_ == Where::ending ? nullptr : &case_->nodes[position_]; }

const Ending* CaseRun::ending() const { return where_ == Where::ending ? &case_->endings[position_] : nullptr; }

double CaseRun::value(const std::string& name) const { return lookupValue(*case_, state_, name); }

const Text& CaseRun::nodeText(size_t nodeIndex) const {
  const Node& node = case_->nodes[nodeIndex];
  for (const TextVariant& variant : node.variants)
    if (conditionHolds(*case_, variant.condition, state_)) return variant.text;
  return node.text;
}

std::vector<size_t> CaseRun::availableChoices() const {
  std::vector<size_t> out;
  if (where_ != Where::node) return out;
  const Node& node = case_->nodes[position_];
  for (size_t i = 0; i < node.choices.size(); ++i)
    if (conditionHolds(*case_, node.choices[i].condition, state_)) out.push_back(i);
  return out;
}

std::vector<size_t> CaseRun::presentedChoices() const {
  std::vector<size_t> out;
  if (where_ != Where::node) return out;
  const std::vector<size_t> available = availableChoices();
  if (seed_ == 0) return available;
  for (size_t k : choiceOrder(*case_, position_, seed_))
    if (std::find(available.begin(), available.end(), k) != available.end()) out.push_back(k);
  return out;
}

bool CaseRun::choose(const std::string& choiceId) {
  if (where_ != Where::node) return false;
  const Node& node = case_->nodes[position_];
  for (size_t i : availableChoices()) {
    const Choice& choice = node.choices[i];
    if (choice.id != choiceId) continue;
    if (choice.target.kind == Target::Kind::none) return false;
    CaseStep step;
    step.node = position_;
    step.choice = i;
    step.presented = presentedChoices();
    step.before = state_;
    applyChoice(*case_, choice, state_);
    position_ = choice.target.index;
    where_ = choice.target.kind == Target::Kind::ending ? Where::ending : Where::node;
    pendingBranches_.clear();
    settle();
    step.branchesFollowed = std::move(pendingBranches_);
    pendingBranches_.clear();
    step.after = state_;
    history_.push_back(std::move(step));
    log_.push_back(choiceId);
    return true;
  }
  return false;
}

const Choice& CaseRun::choiceOf(const CaseStep& step) const { return case_->nodes[step.node].choices[step.choice]; }

bool CaseRun::back() {
  if (log_.empty()) return false;
  return whatIf(log_.size() - 1);
}

bool CaseRun::whatIf(size_t stepIndex) {
  if (stepIndex >= log_.size()) return false;
  // The state before a step is recorded exactly, so restoring it equals replaying the shorter
  // log (tests check this) without the cost of a replay.
  const CaseStep& step = history_[stepIndex];
  state_ = step.before;
  position_ = step.node;
  where_ = Where::node;
  history_.resize(stepIndex);
  log_.resize(stepIndex);
  replayedAll_ = true;
  return true;
}

CaseResult CaseRun::result() const {
  if (!bounds_) bounds_ = computeScoreBounds(*case_);
  CaseResult r;
  r.ending = where_ == Where::ending ? position_ : 0;
  bool allPassed = true;
  for (size_t d = 0; d < case_->scoring.dimensions.size(); ++d) {
    const ScoreDimension& dim = case_->scoring.dimensions[d];
    DimensionResult dr;
    dr.id = dim.id;
    dr.points = state_.scores[d];
    dr.pass = dim.pass;
    dr.max = d < bounds_->dimensionMax.size() ? bounds_->dimensionMax[d] : 0;
    dr.passed = dr.points >= dim.pass;
    allPassed = allPassed && dr.passed;
    // A dimension below zero counts as nothing earned, as the ending shows it: a learner
    // reads "0 / 14", and the total must add up the lines they see.
    r.total += std::max(0.0, dr.points);
    r.dimensions.push_back(std::move(dr));
  }
  r.maxTotal = bounds_->totalMax;
  r.percent = r.maxTotal > 0 ? std::clamp(100.0 * r.total / r.maxTotal, 0.0, 100.0) : 0.0;
  r.passed = where_ == Where::ending && allPassed && r.percent >= case_->scoring.passPercent;
  return r;
}

}  // namespace leren::core
