// The tests that depend on the shipped content: everything under content/ loads with no
// error and no warning (the same bar as `coursetool check content/`), and its UI strings have
// every key the code uses; the progress of a learner who did the whole course, and more,
// fits SCORM 1.2's suspend_data.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/case_engine.hpp"
#include "core/i18n.hpp"
#include "core/learner.hpp"
#include "core/lms_report.hpp"
#include "core/loader.hpp"
#include "core/markdown_reference.hpp"
#include "core/progress.hpp"
#include "core/progress_migration.hpp"
#include "core/progress_store.hpp"
#include "core/shuffle.hpp"

namespace leren::core {
namespace {

Course shippedCourse() {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  options.markdownReference = md::readsLikeCommonMark;  // every text reads alike in both readers
  return loadCourse(files, "course.json", options);
}

TEST(ShippedContent, LoadsWithoutErrorsOrWarnings) {
  Course course = shippedCourse();
  std::string report;
  for (const Diagnostic& d : allDiagnostics(course)) report += formatDiagnostic(d, Lang::en) + "\n";
  EXPECT_TRUE(report.empty()) << report;
  EXPECT_EQ(course.modules.size(), 10u);
  EXPECT_EQ(course.cases.size(), 12u);
  for (const Module& m : course.modules) EXPECT_TRUE(m.available) << m.file;
  for (const Case& c : course.cases) EXPECT_TRUE(c.available) << c.file;
}

// A learner who did everything in the shipped course, several times, fits SCORM 1.2's
// cmi.suspend_data (4,096 characters): every page read, every question (checks in pages too)
// tried three times, every radar and calculator set, every case finished with its longest
// path found by random play as the current run.
TEST(ShippedContent, ACompleteLearnerFitsScormSuspendData) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  LoadOptions options;
  options.playCases = false;
  const Course course = loadCourse(files, "course.json", options);
  Progress p;
  p.seed = 0xfeedbeef;
  p.settings = {Lang::en, 200, Theme::highContrast, true};
  p.last = {Position::Kind::caseRun, course.cases.back().id, ""};
  const ProgressCatalog catalog = catalogFor(course);
  for (const ProgressCatalog::Module& m : catalog.modules) {
    ModuleProgress& mp = p.modules[m.id];
    mp.visitedPages.insert(m.pages.begin(), m.pages.end());
    for (const std::string& q : m.questions) mp.questions[q] = {0.5, 1.0, 3};
    for (const ProgressCatalog::Figure& f : m.figures)
      for (const std::string& k : f.keys) mp.figures[f.id][k] = 1234.56;
  }
  SeededRandom rng(7);
  for (const Case& c : course.cases) {
    std::vector<std::string> longest;
    for (int attempt = 0; attempt < 300; ++attempt) {
      CaseRun run(c);
      while (!run.finished() && run.where() == CaseRun::Where::node) {
        const std::vector<size_t> offered = run.availableChoices();
        run.choose(run.currentNode()->choices[offered[rng.below(offered.size())]].id);
      }
      if (run.log().size() > longest.size()) longest = run.log();
    }
    CaseProgress& cp = p.cases[c.id];
    cp.choiceLog = longest;
    cp.contentHash = c.contentHash;
    cp.run = 9;
    for (const Ending& e : c.endings) cp.endingsReached.insert(e.id);
    cp.runsCompleted = 10;
    cp.undos = 25;
    cp.practice = true;
    cp.practiceBest = 96.5;
    cp.scored = RunResult{c.endings[0].id, 71.4, true, {}};
    for (const ScoreDimension& d : c.scoring.dimensions) cp.scored->scores[d.id] = 7.25;
  }
  const std::string encoded = encodeProgress(p, catalog);
  std::printf("[ progress ] a learner who did everything in the shipped course: %zu characters of 4096\n",
              encoded.size());
  EXPECT_LE(encoded.size(), 4096u);
  const DecodedProgress d = decodeProgress(encoded, catalog);
  ASSERT_EQ(d.status, DecodedProgress::Status::ok);
  EXPECT_EQ(d.progress, p);
}

// A wrong first answer where the question allows one, then the right one.
void answerTwice(Learner& learner, size_t module, const Question& q) {
  QuizAnswer wrong, right;
  for (const QuizOption& o : q.options) (o.correct ? right.selected : wrong.selected).push_back(o.id);
  for (auto it = q.items.rbegin(); it != q.items.rend(); ++it) wrong.order.push_back(it->id);
  for (const OrderingItem& i : q.items) right.order.push_back(i.id);
  for (size_t i = 0; i < q.pairs.size(); ++i) {
    wrong.matches[q.pairs[i].id] = q.pairs[(i + 1) % q.pairs.size()].id;
    right.matches[q.pairs[i].id] = q.pairs[i].id;
  }
  learner.answer(module, q, wrong);
  learner.answer(module, q, right);
}

// Plays the active run to its ending: the expert's choice, or the lowest or the first offered.
void play(Learner& learner, const std::string& how) {
  for (int step = 0; step < 200 && !learner.activeRun()->finished(); ++step) {
    const CaseRun& run = *learner.activeRun();
    const std::vector<size_t> offered = run.availableChoices();
    ASSERT_FALSE(offered.empty());
    size_t pick = how == "first" ? offered.front() : how == "last" ? offered.back() : offered.front();
    if (how == "expert") pick = learner.caseGraph(run.caseData()).bestOf(run.position(), offered);
    ASSERT_TRUE(learner.choose(run.currentNode()->choices[pick].id));
  }
}

// Everything a learner can leave behind in the whole course: every page read, every question
// (checks and the questions inside pages) answered wrongly first and then again, every figure
// set, every case played as its scored run, then practised with back and "wat als?", and a
// practice run left at an ending.
TEST(ShippedContent, AWholeCourseLearnerFitsScorm12SuspendData) {
  const Course course = shippedCourse();
  ASSERT_FALSE(course.modules.empty());
  MemoryStorage storage;
  Learner learner(course, storage);
  learner.setLanguage(Lang::en);
  learner.setTextSize(150);
  const ProgressCatalog catalog = catalogFor(course);
  for (size_t m = 0; m < course.modules.size(); ++m) {
    const Module& mod = course.modules[m];
    for (size_t p = 0; p < mod.pages.size(); ++p) {
      learner.openPage(m, p);
      for (const Block& b : mod.pages[p].blocks)
        if (const auto* check = std::get_if<CheckBlock>(&b)) answerTwice(learner, m, check->question);
    }
    for (const Question& q : mod.quiz.questions) answerTwice(learner, m, q);
    for (const ProgressCatalog::Figure& f : catalog.modules[m].figures) {
      std::map<std::string, double> values;
      for (size_t k = 0; k < f.keys.size(); ++k) values[f.keys[k]] = 1234.56 + static_cast<double>(k);
      learner.setFigureValues(m, f.id, values);
    }
  }
  for (size_t i = 0; i < course.cases.size(); ++i) {
    learner.openCase(i);
    play(learner, "expert");
    ASSERT_TRUE(learner.back());
    ASSERT_TRUE(learner.whatIf(0));
    play(learner, "last");
    ASSERT_TRUE(learner.restartCase());
    play(learner, "first");
  }
  const OverallResult result = overallResult(course, learner.progress(), ReportScope{}, 0.7);
  EXPECT_TRUE(result.completed);
  EXPECT_EQ(result.progress, 1);

  const std::string saved = storage.load(progressKey(course)).value_or("");
  std::printf("[ suspend_data ] a learner who did the whole course (%zu modules, %zu cases) and more: %zu characters\n",
              course.modules.size(), course.cases.size(), saved.size());
  EXPECT_LE(saved.size(), 4096u);
  Learner again(course, storage);
  EXPECT_EQ(again.progress(), learner.progress()) << "a second session resumes exactly";
}

TEST(ShippedContent, TheBuiltInProblemTextsAreTheShippedOnes) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  const Course course = loadCourse(files, "course.json");
  for (const auto& [key, text] : I18n::builtIn()) {
    ASSERT_TRUE(course.strings.strings.count(key)) << key;
    EXPECT_EQ(course.strings.strings.at(key), text) << key << ": keep src/core/i18n.cpp and ui/strings.json equal";
  }
}

}  // namespace
}  // namespace leren::core
