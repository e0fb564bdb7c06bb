// The tests that depend on the shipped content: everything under content/ loads with no error
// and no warning (the same bar as `coursetool check content/`), its UI strings have every key
// the code uses, and a learner who did all of it fits an LMS's progress field.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/case_engine.hpp"
#include "core/loader.hpp"
#include "core/progress.hpp"
#include "core/progress_migration.hpp"
#include "core/shuffle.hpp"

namespace leren::core {
namespace {

TEST(ShippedContent, LoadsWithoutErrorsOrWarnings) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  Course course = loadCourse(files, "course.json", options);
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

}  // namespace
}  // namespace leren::core
