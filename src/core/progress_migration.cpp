#include "core/progress_migration.hpp"

#include <variant>

#include "core/case_engine.hpp"

namespace leren::core {

ProgressCatalog catalogFor(const Course& course) {
  ProgressCatalog catalog;
  catalog.courseId = course.id;
  for (const Module& m : course.modules) {
    ProgressCatalog::Module cm;
    cm.id = m.id;
    for (const Page& page : m.pages) {
      cm.pages.push_back(page.id);
      for (const Block& block : page.blocks) {
        if (const auto* radar = std::get_if<Radar>(&block)) {
          ProgressCatalog::Figure f{radar->id, {}};
          for (const RadarAxis& axis : radar->axes) f.keys.push_back(axis.id);
          cm.figures.push_back(std::move(f));
        } else if (const auto* check = std::get_if<CheckBlock>(&block)) {
          cm.questions.push_back(check->question.id);  // a check in the reading
        } else if (const auto* calc = std::get_if<Calculator>(&block)) {
          ProgressCatalog::Figure f{calc->id, {}};
          for (const CalculatorInput& input : calc->inputs) f.keys.push_back(input.id);
          cm.figures.push_back(std::move(f));
        }
      }
    }
    for (const Question& q : m.quiz.questions) cm.questions.push_back(q.id);
    catalog.modules.push_back(std::move(cm));
  }
  for (const Case& c : course.cases) {
    ProgressCatalog::Case cc;
    cc.id = c.id;
    cc.contentHash = c.contentHash;
    if (c.loaded) {
      for (const Node& node : c.nodes)
        for (const Choice& choice : node.choices) cc.choices.push_back(choice.id);
    } else {
      cc.choices = c.choiceIds;  // a stand-in from the course index
    }
    for (const Ending& e : c.endings) cc.endings.push_back(e.id);
    for (const ScoreDimension& d : c.scoring.dimensions) cc.dimensions.push_back(d.id);
    catalog.cases.push_back(std::move(cc));
  }
  return catalog;
}

bool runPassed(const Case& c, double percent, const std::map<std::string, double>& scores) {
  if (percent + 1e-9 < c.scoring.passPercent) return false;
  for (const ScoreDimension& d : c.scoring.dimensions) {
    auto it = scores.find(d.id);
    if ((it == scores.end() ? 0.0 : it->second) + 1e-9 < d.pass) return false;
  }
  return true;
}

void migrateCaseLogs(Progress& progress, const Course& course, std::vector<ProgressNotice>& notices) {
  for (const Case& c : course.cases)
    if (c.loaded) migrateCaseLog(progress, c, notices);  // stand-ins: when they load
}

void migrateCaseLog(Progress& progress, const Case& c, std::vector<ProgressNotice>& notices) {
  auto it = progress.cases.find(c.id);
  if (it == progress.cases.end() || !c.available || !c.loaded) return;
  CaseProgress& cp = it->second;
  // A result kept from P1 has no ending and no pass flag: judge it by today's pass marks.
  if (cp.scored && cp.scored->ending.empty()) cp.scored->passed = runPassed(c, cp.scored->percent, cp.scored->scores);
  const bool unchanged = cp.contentHash == c.contentHash;
  cp.contentHash = c.contentHash;
  if (cp.choiceLog.empty()) return;
  const CaseRun run = CaseRun::replay(c, cp.choiceLog);
  if (run.replayedAll()) return;
  cp.choiceLog.clear();
  if (unchanged) return;  // cannot happen for logs we wrote; no notice for a silent no-op
  ProgressNotice n;
  n.kind = ProgressNotice::Kind::caseRestarted;
  n.id = c.id;
  n.message = {"De casus '" + c.id +
                   "' is veranderd sinds je eraan werkte. Je begint deze casus opnieuw; je eerdere resultaten "
                   "blijven bewaard.",
               "The case '" + c.id +
                   "' has changed since you worked on it. You start this case again; your earlier results are kept."};
  notices.push_back(std::move(n));
}

}  // namespace leren::core
