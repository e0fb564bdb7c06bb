#include "core/progress_merge.hpp"

#include <algorithm>
#include <tuple>

namespace leren::core {
namespace {

// One item of a three-way merge: absent (nullptr) or present.
template <class T>
bool same(const T* a, const T* b) {
  return a == b || (a && b && *a == *b);
}

template <class V>
const V* find(const std::map<std::string, V>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

// Every key of the three maps, each once.
template <class V>
std::set<std::string> allKeys(const std::map<std::string, V>& a, const std::map<std::string, V>& b,
                              const std::map<std::string, V>& c) {
  std::set<std::string> keys;
  for (const auto* m : {&a, &b, &c})
    for (const auto& [k, v] : *m) keys.insert(k);
  return keys;
}

// Merges a map item by item: a side that left an item as it was in the base takes the other
// side's; when both changed it, `both(base, ours, theirs)` decides (an absent item is nullptr;
// an item removed on one side and changed on the other stays, changed).
template <class V, class Both>
std::map<std::string, V> mergeMap(const std::map<std::string, V>& base, const std::map<std::string, V>& ours,
                                  const std::map<std::string, V>& theirs, Both both) {
  std::map<std::string, V> out;
  for (const std::string& key : allKeys(base, ours, theirs)) {
    const V *b = find(base, key), *o = find(ours, key), *t = find(theirs, key);
    const V* pick = same(o, b) ? t : same(t, b) || same(o, t) ? o : !o ? t : !t ? o : nullptr;
    if (pick)
      out.emplace(key, *pick);
    else if (o && t)  // changed on both sides (not removed on one)
      out.emplace(key, both(b, *o, *t));
  }
  return out;
}

template <class T>
const T& newerOf(const T& ours, const T& theirs, MergeNewer newer) {
  return newer == MergeNewer::ours ? ours : theirs;
}

// A value as a whole: changed on one side takes that side, on both the newer side.
template <class T>
T mergeValue(const T& base, const T& ours, const T& theirs, MergeNewer newer) {
  if (ours == base) return theirs;
  if (theirs == base) return ours;
  return newerOf(ours, theirs, newer);
}

std::set<std::string> mergeSet(const std::set<std::string>& base, const std::set<std::string>& ours,
                               const std::set<std::string>& theirs) {
  std::set<std::string> out;
  for (const std::string& x : ours)
    if (theirs.count(x) || !base.count(x)) out.insert(x);  // kept by both, or added by ours
  for (const std::string& x : theirs)
    if (!base.count(x)) out.insert(x);  // added by theirs
  return out;
}

// base + what each side added (never below either side).
int addIncreases(int base, int ours, int theirs) {
  return std::max({base + std::max(0, ours - base) + std::max(0, theirs - base), ours, theirs});
}

QuestionProgress mergeQuestion(const QuestionProgress* base, const QuestionProgress& ours,
                               const QuestionProgress& theirs, MergeNewer newer) {
  QuestionProgress out = ours.attempts != theirs.attempts ? (ours.attempts > theirs.attempts ? ours : theirs)
                                                          : newerOf(ours, theirs, newer);
  out.bestScore = std::max(ours.bestScore, theirs.bestScore);
  out.attempts = addIncreases(base ? base->attempts : 0, ours.attempts, theirs.attempts);
  return out;
}

// Which run is newer: a later run, else more undos (back, "wat als?"), else a longer log.
bool runIsNewer(const CaseProgress& a, const CaseProgress& b) {
  return std::make_tuple(a.run, a.undos, a.choiceLog.size()) > std::make_tuple(b.run, b.undos, b.choiceLog.size());
}

CaseProgress mergeCase(const CaseProgress* base, const CaseProgress& ours, const CaseProgress& theirs,
                       MergeNewer newer) {
  const CaseProgress& current = runIsNewer(ours, theirs)   ? ours
                                : runIsNewer(theirs, ours) ? theirs
                                                           : newerOf(ours, theirs, newer);
  CaseProgress out = current;
  out.endingsReached.insert(ours.endingsReached.begin(), ours.endingsReached.end());
  out.endingsReached.insert(theirs.endingsReached.begin(), theirs.endingsReached.end());
  out.runsCompleted = addIncreases(base ? base->runsCompleted : 0, ours.runsCompleted, theirs.runsCompleted);
  out.undos = addIncreases(base ? base->undos : 0, ours.undos, theirs.undos);
  // The scored run is the first completed: the base's if it had one, else storage's (written
  // before this copy's), else ours.
  out.scored = base && base->scored ? base->scored : theirs.scored ? theirs.scored : ours.scored;
  // A run played while the other side completed the scored run is practice from now on.
  if (out.scored && out.scored != current.scored) out.practice = true;
  if (ours.practiceBest || theirs.practiceBest)
    out.practiceBest = std::max(ours.practiceBest.value_or(0), theirs.practiceBest.value_or(0));
  // A completed run that is not the scored one after all counts as practice.
  for (const std::optional<RunResult>& r : {ours.scored, theirs.scored})
    if (r && r != out.scored) out.practiceBest = std::max(out.practiceBest.value_or(0), r->percent);
  return out;
}

bool isEmpty(const ModuleProgress& m) { return m.visitedPages.empty() && m.questions.empty() && m.figures.empty(); }

ModuleProgress mergeModule(const ModuleProgress& base, const ModuleProgress& ours, const ModuleProgress& theirs,
                           MergeNewer newer) {
  ModuleProgress out;
  out.visitedPages = mergeSet(base.visitedPages, ours.visitedPages, theirs.visitedPages);
  out.questions = mergeMap(base.questions, ours.questions, theirs.questions,
                           [newer](const QuestionProgress* b, const QuestionProgress& o, const QuestionProgress& t) {
                             return mergeQuestion(b, o, t, newer);
                           });
  using Values = std::map<std::string, double>;
  out.figures = mergeMap(base.figures, ours.figures, theirs.figures,
                         [newer](const Values*, const Values& o, const Values& t) { return newerOf(o, t, newer); });
  return out;
}

}  // namespace

Progress mergeProgress(const Progress& base, const Progress& ours, const Progress& theirs, MergeNewer newer) {
  Progress out;
  out.settings = mergeValue(base.settings, ours.settings, theirs.settings, newer);
  out.last = mergeValue(base.last, ours.last, theirs.last, newer);
  out.seed = theirs.seed == 0 ? ours.seed : mergeValue(base.seed, ours.seed, theirs.seed, MergeNewer::theirs);
  const ModuleProgress none;
  for (const std::string& id : allKeys(base.modules, ours.modules, theirs.modules)) {
    const ModuleProgress *b = find(base.modules, id), *o = find(ours.modules, id), *t = find(theirs.modules, id);
    ModuleProgress m = mergeModule(b ? *b : none, o ? *o : none, t ? *t : none, newer);
    if (!isEmpty(m)) out.modules.emplace(id, std::move(m));
  }
  out.cases = mergeMap(base.cases, ours.cases, theirs.cases,
                       [newer](const CaseProgress* b, const CaseProgress& o, const CaseProgress& t) {
                         return mergeCase(b, o, t, newer);
                       });
  return out;
}

}  // namespace leren::core
