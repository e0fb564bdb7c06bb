// The runtime (case engine, quiz, progress) on the loaded test course (tests/data/valid), so the
// engine is checked against what the loader really builds, not only against hand-built cases.
#include <gtest/gtest.h>

#include "core/case_analysis.hpp"
#include "core/case_engine.hpp"
#include "core/file_source.hpp"
#include "core/loader.hpp"
#include "core/progress_migration.hpp"
#include "core/quiz.hpp"

using namespace leren::core;

namespace {

const Course& fixture() {
  static const Course course = loadCourse(DirectoryFileSource(LEREN_TEST_DATA_DIR "/valid"));
  return course;
}

const Case& caseById(const std::string& id) {
  for (const Case& c : fixture().cases)
    if (c.id == id) return c;
  ADD_FAILURE() << "no case " << id;
  return fixture().cases.front();
}

const Module& moduleById(const std::string& id) {
  for (const Module& m : fixture().modules)
    if (m.id == id) return m;
  ADD_FAILURE() << "no module " << id;
  return fixture().modules.front();
}

}  // namespace

TEST(EngineOnFixture, CasesLoadAndAnalyseCleanly) {
  ASSERT_EQ(fixture().cases.size(), 2u);
  for (const Case& c : fixture().cases) {
    EXPECT_TRUE(c.available) << c.id;
    std::vector<Diagnostic> out;
    analyzeCase(c, c.file, out);
    for (const Diagnostic& d : out) ADD_FAILURE() << c.id << ": " << formatDiagnostic(d, Lang::en);
    const PlaythroughReport r = analyzePlaythroughs(c);
    EXPECT_TRUE(r.exhaustive);
    EXPECT_EQ(r.stuckPaths, 0u);
    EXPECT_DOUBLE_EQ(r.endingCoverage(), 1.0) << c.id;
  }
}

TEST(EngineOnFixture, MantelzorgBestPath) {
  const Case& c = caseById("mantelzorg");
  CaseRun run(c);
  EXPECT_EQ(run.currentNode()->id, "n01-telefoon");
  ASSERT_TRUE(run.choose("luisteren"));
  // mantelzorger_gehoord is now set, so "afwijzen" (if: not mantelzorger_gehoord) is hidden.
  ASSERT_EQ(run.availableChoices().size(), 1u);
  ASSERT_TRUE(run.choose("samen-plan"));
  ASSERT_TRUE(run.finished());
  EXPECT_EQ(run.ending()->id, "einde-goed");
  const CaseResult r = run.result();
  EXPECT_DOUBLE_EQ(r.percent, 100.0);
  EXPECT_TRUE(r.passed);
  EXPECT_EQ(CaseRun::replay(c, run.log()).state(), run.state());
}

TEST(EngineOnFixture, QuizOfTheFixtureModule) {
  const Module& m = moduleById("wmo-basis");
  QuizSession s(m.quiz);
  EXPECT_TRUE(s.submit("q-termijn", {{"zes"}, {}, {}}).correct);
  EXPECT_DOUBLE_EQ(s.submit("q-wie", {{"inwoner", "niemand"}, {}, {}}).score, 0.0);
  EXPECT_DOUBLE_EQ(s.submit("q-wie", {{"inwoner"}, {}, {}}).score, 0.5);
  EXPECT_TRUE(s.submit("q-volgorde", {{}, {"melding", "onderzoek", "aanvraag"}, {}}).correct);
  QuizAnswer match;
  match.matches = {{"wmo", "wmo"}, {"jeugdwet", "pw"}, {"pw", "jeugdwet"}};
  EXPECT_NEAR(s.submit("q-begrippen", match).score, 1.0 / 3, 1e-12);
  const QuizSummary sum = s.summary();
  EXPECT_EQ(sum.answered, 4u);
  // The first attempt counts (q-wie: 0); the retry shows as practice. Scores are kept to 0.001.
  EXPECT_NEAR(sum.percent, 100.0 * (1 + 0 + 1 + 0.333) / 4, 1e-9);
  EXPECT_NEAR(sum.practicePercent, 100.0 * (1 + 0.5 + 1 + 0.333) / 4, 1e-9);
}

TEST(EngineOnFixture, ProgressRoundTripsThroughTheCatalog) {
  const ProgressCatalog cat = catalogFor(fixture());
  Progress p;
  p.modules["wmo-basis"].visitedPages = {"melding", "actoren"};
  p.modules["figuren"].figures["spinnenweb"] = {{"lichaam", 6}, {"meedoen", 3}};
  p.modules["figuren"].figures["kostendeler"] = {{"personen", 3}};
  p.cases["mantelzorg"].choiceLog = {"luisteren"};
  p.cases["mantelzorg"].contentHash = caseById("mantelzorg").contentHash;
  const DecodedProgress d = decodeProgress(encodeProgress(p, cat), cat);
  ASSERT_EQ(d.status, DecodedProgress::Status::ok);
  EXPECT_EQ(d.progress, p);
  Progress migrated = d.progress;
  std::vector<ProgressNotice> notices;
  migrateCaseLogs(migrated, fixture(), notices);
  EXPECT_TRUE(notices.empty());
  EXPECT_EQ(migrated, p);
}
