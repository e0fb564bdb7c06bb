#include "core/learner.hpp"

#include <gtest/gtest.h>

#include "core/progress_store.hpp"
#include "small_course.hpp"

using namespace leren::core;
using namespace leren::core::test;

namespace {

// One module (two pages, one single-choice question) and one case: n1 -> n2 -> ending,
// with a better and a worse choice at n1 (small_course.hpp).
Course smallCourse() {
  Course c;
  c.id = "cursus";
  Module m = twoPageModule();
  Question q;
  q.id = "q1";
  q.type = QuestionType::single;
  q.options = {{"a", {"a", "a"}, true, {}}, {"b", {"b", "b"}, false, {}}};
  m.quiz.questions.push_back(q);
  c.modules.push_back(m);
  c.cases.push_back(twoStepCase());
  return c;
}

// Memory storage that can be told to fail (a full disk, a quota exceeded).
class TestStorage : public MemoryStorage {
 public:
  bool save(const std::string& key, const std::string& value) override {
    ++saves;
    return !failSaves && MemoryStorage::save(key, value);
  }
  bool failSaves = false;
  int saves = 0;
};

class Recorder : public LearnerListener {
 public:
  void pageRead(const PageRead& e) override { pages.push_back(e.page->id); }
  void answerGiven(const AnswerGiven& e) override { answers.push_back(e); }
  void decisionMade(const DecisionMade& e) override { decisions.push_back(e); }
  void caseEnded(const CaseEnded& e) override { endings.push_back(e); }
  void progressSaved(const std::string& encoded) override { saved = encoded; }
  std::vector<std::string> pages;
  std::vector<AnswerGiven> answers;
  std::vector<DecisionMade> decisions;
  std::vector<CaseEnded> endings;
  std::string saved;
};

TEST(Learner, ANewLearnerHasNoProgressAndNothingToResume) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  EXPECT_TRUE(learner.isNew());
  EXPECT_FALSE(learner.resumePosition());
  EXPECT_TRUE(learner.takeNotices().empty());
}

TEST(Learner, EveryVerbSavesAtOnceAndANewSessionContinues) {
  const Course c = smallCourse();
  TestStorage storage;
  {
    Learner learner(c, storage);
    learner.openPage(0, 1);
    EXPECT_EQ(storage.saves, 1);
    learner.setLanguage(Lang::en);
    learner.openCase(0);
    ASSERT_TRUE(learner.choose("luisteren"));
  }
  Learner again(c, storage);
  EXPECT_FALSE(again.isNew());
  EXPECT_EQ(again.settings().language, Lang::en);
  EXPECT_EQ(again.pagesRead(0), 1u);
  ASSERT_TRUE(again.resumePosition());
  EXPECT_EQ(again.resumePosition()->kind, Position::Kind::caseRun);
  const CaseRun& run = again.openCase(0);
  EXPECT_EQ(run.log(), std::vector<std::string>{"luisteren"});
  EXPECT_EQ(run.state().variables[0], 6) << "the run replays with its effects";
}

TEST(Learner, ReadingAPageAgainDoesNotSaveAgain) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.openPage(0, 0);
  learner.openPage(0, 0);
  EXPECT_EQ(storage.saves, 1);
}

TEST(Learner, AnswersAreGradedRecordedAndReported) {
  const Course c = smallCourse();
  TestStorage storage;
  Recorder rec;
  Learner learner(c, storage);
  learner.setListener(&rec);
  const Question& q = c.modules[0].quiz.questions[0];
  QuizAnswer wrong;
  wrong.selected = {"b"};
  EXPECT_EQ(learner.answer(0, q, wrong).score, 0);
  QuizAnswer right;
  right.selected = {"a"};
  EXPECT_EQ(learner.answer(0, q, right).score, 1);
  const QuestionProgress* qp = learner.questionProgress(0, "q1");
  ASSERT_TRUE(qp);
  EXPECT_EQ(qp->attempts, 2);
  ASSERT_EQ(rec.answers.size(), 2u);
  EXPECT_EQ(rec.answers[0].attempt, 1);
  EXPECT_EQ(rec.answers[1].attempt, 2);
  EXPECT_FALSE(rec.saved.empty()) << "the encoded progress is offered to listeners (an LMS)";
}

TEST(Learner, CaseVerbsPersistAndCompletedRunsAreCounted) {
  const Course c = smallCourse();
  TestStorage storage;
  Recorder rec;
  Learner learner(c, storage);
  learner.setListener(&rec);
  learner.openCase(0);
  EXPECT_FALSE(learner.choose("bestaat-niet"));
  ASSERT_TRUE(learner.choose("formulier"));
  ASSERT_TRUE(learner.back());
  EXPECT_TRUE(learner.caseProgress("casus")->choiceLog.empty());
  ASSERT_TRUE(learner.choose("luisteren"));
  ASSERT_TRUE(learner.choose("afronden"));
  EXPECT_TRUE(learner.activeRun()->finished());
  const CaseProgress* cp = learner.caseProgress("casus");
  EXPECT_EQ(cp->runsCompleted, 1);
  EXPECT_EQ(cp->endingsReached.count("einde"), 1u);
  // The same ending again, with a lower score: still a completed run (it was not counted before).
  learner.restartCase();
  learner.choose("formulier");
  learner.choose("afronden");
  EXPECT_EQ(learner.caseProgress("casus")->runsCompleted, 2);
  // The first completed run is the scored one; the second is practice with its own best.
  ASSERT_TRUE(learner.caseProgress("casus")->scored);
  EXPECT_EQ(learner.caseProgress("casus")->scored->percent, 100);
  EXPECT_EQ(learner.caseProgress("casus")->scored->ending, "einde");
  EXPECT_TRUE(learner.caseProgress("casus")->scored->passed);
  EXPECT_LT(*learner.caseProgress("casus")->practiceBest, 100);
  ASSERT_EQ(rec.decisions.size(), 5u);
  EXPECT_EQ(rec.decisions[0].judgement, Judgement::wrong) << "formulier earns fewer points than luisteren";
  EXPECT_EQ(rec.decisions[1].judgement, Judgement::correct);
  EXPECT_EQ(rec.decisions[2].judgement, Judgement::neutral) << "one choice: nothing to compare";
  EXPECT_EQ(rec.endings.size(), 2u);
}

TEST(Learner, WhatIfGoesBackToAnEarlierDecision) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.openCase(0);
  learner.choose("formulier");
  learner.choose("afronden");
  ASSERT_TRUE(learner.whatIf(0));
  EXPECT_EQ(learner.activeRun()->position(), 0u);
  EXPECT_TRUE(learner.caseProgress("casus")->choiceLog.empty());
}

TEST(Learner, ResetForgetsProgressButKeepsSettings) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.setTheme(Theme::dark);
  learner.openPage(0, 0);
  learner.openCase(0);
  learner.choose("luisteren");
  learner.reset();
  EXPECT_EQ(learner.pagesRead(0), 0u);
  EXPECT_EQ(learner.caseProgress("casus"), nullptr);
  EXPECT_EQ(learner.activeRun(), nullptr);
  EXPECT_EQ(learner.settings().theme, Theme::dark);
  Learner again(c, storage);
  EXPECT_EQ(again.pagesRead(0), 0u);
}

TEST(Learner, ExportImportRoundTripsAndRejectsOtherFiles) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.openPage(0, 1);
  learner.openCase(0);
  learner.choose("luisteren");
  const std::string exported = learner.exportJson();
  learner.reset();
  learner.takeNotices();
  EXPECT_FALSE(learner.importJson("{\"iets\": 1}"));
  EXPECT_EQ(learner.takeNotices().size(), 1u) << "the learner is told nothing was imported";
  ASSERT_TRUE(learner.importJson(exported));
  EXPECT_EQ(learner.pagesRead(0), 1u);
  EXPECT_EQ(learner.caseProgress("casus")->choiceLog, std::vector<std::string>{"luisteren"});
  EXPECT_FALSE(learner.takeNotices().empty());
}

TEST(Learner, AFailedSaveIsToldOnceAndProgressStaysInMemory) {
  const Course c = smallCourse();
  TestStorage storage;
  storage.failSaves = true;
  Learner learner(c, storage);
  learner.openPage(0, 0);
  learner.openPage(0, 1);
  EXPECT_EQ(learner.takeNotices().size(), 1u);
  EXPECT_EQ(learner.pagesRead(0), 2u);
  learner.openCase(0);
  EXPECT_TRUE(learner.takeNotices().empty()) << "told once";
}

TEST(Learner, WhenStorageWorksAgainEverythingKeptInMemoryIsSaved) {
  const Course c = smallCourse();
  TestStorage storage;
  storage.failSaves = true;
  Learner learner(c, storage);
  learner.openPage(0, 0);
  EXPECT_FALSE(learner.progressStored());
  EXPECT_EQ(learner.takeNotices(), std::vector<Text>{learner.saveFailedNotice()});
  storage.failSaves = false;
  learner.openPage(0, 1);
  EXPECT_TRUE(learner.progressStored());
  Learner again(c, storage);
  EXPECT_EQ(again.pagesRead(0), 2u);
}

// Two tabs on one course: two learners over one storage.
TEST(LearnerTabs, EachSaveMergesWhatTheOtherTabStoredAndSyncTakesItIn) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage), b(c, storage);
  a.openPage(0, 0);
  b.openPage(0, 1);  // b never saw a's page: its save must keep it
  a.answer(0, c.modules[0].quiz.questions[0], QuizAnswer{{"a"}, {}, {}});
  b.openCase(0);
  ASSERT_TRUE(b.choose("luisteren"));
  EXPECT_EQ(b.pagesRead(0), 2u) << "b's save took a's page in";
  const int saves = storage.saves;
  EXPECT_TRUE(a.syncFromStorage());
  EXPECT_EQ(storage.saves, saves) << "taking the other tab's work in never writes (no ping-pong)";
  EXPECT_FALSE(a.syncFromStorage()) << "nothing new";
  EXPECT_EQ(a.pagesRead(0), 2u);
  ASSERT_TRUE(a.caseProgress("casus"));
  EXPECT_EQ(a.caseProgress("casus")->choiceLog, std::vector<std::string>{"luisteren"});
  Learner reopened(c, storage);
  EXPECT_EQ(reopened.pagesRead(0), 2u);
  ASSERT_TRUE(reopened.questionProgress(0, "q1"));
  EXPECT_EQ(reopened.questionProgress(0, "q1")->attempts, 1);
  EXPECT_EQ(reopened.caseProgress("casus")->choiceLog, std::vector<std::string>{"luisteren"});
}

TEST(LearnerTabs, TheOpenCaseRunFollowsTheOtherTabInPlace) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage), b(c, storage);
  const CaseRun* run = &a.openCase(0);
  b.openCase(0);
  ASSERT_TRUE(b.choose("luisteren"));
  ASSERT_TRUE(a.syncFromStorage());
  EXPECT_EQ(a.activeRun(), run) << "the UI's reference stays valid";
  EXPECT_EQ(run->log(), std::vector<std::string>{"luisteren"});
  EXPECT_EQ(run->state().variables[0], 6);
  ASSERT_TRUE(a.choose("afronden"));  // a plays on from where b was
  b.syncFromStorage();
  EXPECT_TRUE(b.activeRun()->finished());
  EXPECT_TRUE(b.caseProgress("casus")->scored);
}

TEST(LearnerTabs, AResetInOneTabIsTakenInByTheOther) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage), b(c, storage);
  a.openPage(0, 0);
  a.openCase(0);
  a.choose("luisteren");
  b.syncFromStorage();
  b.openCase(0);
  EXPECT_EQ(b.pagesRead(0), 1u);
  a.reset();
  ASSERT_TRUE(b.syncFromStorage());
  EXPECT_EQ(b.pagesRead(0), 0u);
  EXPECT_TRUE(b.activeRun()->log().empty());
}

TEST(LearnerTabs, ATabWhoseStorageFailsKeepsItsWorkAndStillTakesInTheOthers) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage), b(c, storage);
  storage.failSaves = true;
  a.openPage(0, 0);  // kept in a's memory only
  storage.failSaves = false;
  b.openPage(0, 1);
  ASSERT_TRUE(a.syncFromStorage());
  EXPECT_EQ(a.pagesRead(0), 2u);
  a.setTheme(Theme::dark);  // the next save that works stores both
  Learner reopened(c, storage);
  EXPECT_EQ(reopened.pagesRead(0), 2u);
}

TEST(LearnerTabs, StorageClearedUnderAnOpenTabIsNotAResetOfIt) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage);
  a.openPage(0, 0);
  storage.values.clear();  // the learner cleared the site's data in the browser
  EXPECT_FALSE(a.syncFromStorage());
  EXPECT_EQ(a.pagesRead(0), 1u);
  a.openPage(0, 1);
  Learner reopened(c, storage);
  EXPECT_EQ(reopened.pagesRead(0), 2u);
  EXPECT_EQ(reopened.progress().seed, a.progress().seed);
}

TEST(LearnerTabs, ProgressOfAnotherCourseOrGarbageInStorageIsNotTakenIn) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner a(c, storage);
  a.openPage(0, 0);
  storage.values[progressKey(c)] = "garbage";
  EXPECT_FALSE(a.syncFromStorage());
  EXPECT_EQ(a.pagesRead(0), 1u);
  a.openPage(0, 1);  // overwrites the garbage with a's progress
  Learner reopened(c, storage);
  EXPECT_EQ(reopened.pagesRead(0), 2u);
}

TEST(Learner, SettingsAreClampedAndStored) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.setTextSize(500);
  EXPECT_EQ(learner.settings().textSizePercent, 200);
  learner.setReducedMotion(true);
  Learner again(c, storage);
  EXPECT_TRUE(again.settings().reducedMotion);
  EXPECT_EQ(again.settings().textSizePercent, 200);
}

TEST(Learner, ResumeSkipsWhatNoLongerExists) {
  Course c = smallCourse();
  TestStorage storage;
  {
    Learner learner(c, storage);
    learner.openPage(0, 1);
  }
  c.modules[0].available = false;  // a content error since the last visit
  Learner again(c, storage);
  EXPECT_FALSE(again.resumePosition());
}

}  // namespace

namespace {

TEST(LearnerScores, TheFirstCompletedRunIsScoredAndWhatFollowsIsPractice) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.openCase(0);
  learner.choose("formulier");
  ASSERT_TRUE(learner.back());  // an undo in the first run: counted, still the scored run
  EXPECT_TRUE(learner.inScoredRun());
  learner.choose("formulier");
  learner.choose("afronden");
  const CaseProgress* cp = learner.caseProgress("casus");
  ASSERT_TRUE(cp->scored);
  EXPECT_EQ(cp->undos, 1);
  const double scored = cp->scored->percent;
  EXPECT_TRUE(learner.inScoredRun()) << "the ending of the scored run is shown as such";
  ASSERT_TRUE(learner.whatIf(0));
  EXPECT_FALSE(learner.inScoredRun());
  learner.choose("luisteren");
  learner.choose("afronden");
  cp = learner.caseProgress("casus");
  EXPECT_EQ(cp->scored->percent, scored) << "a better practice run does not change the score";
  EXPECT_EQ(*cp->practiceBest, 100);
  EXPECT_EQ(cp->undos, 2);
  // A new session keeps the distinction.
  Learner again(c, storage);
  again.openCase(0);
  EXPECT_FALSE(again.inScoredRun());
}

TEST(LearnerScores, AToetsHasNoBackOrWhatIfBeforeTheEndingAndOneScoredRun) {
  const Course c = smallCourse();
  TestStorage storage;
  LearnerOptions options;
  options.mode = Mode::toets;
  Learner learner(c, storage, options);
  learner.openCase(0);
  learner.choose("formulier");
  EXPECT_FALSE(learner.canUndo());
  EXPECT_FALSE(learner.back());
  EXPECT_FALSE(learner.whatIf(0));
  EXPECT_FALSE(learner.canRestart()) << "starting again mid-way would undo the test";
  learner.choose("afronden");
  EXPECT_TRUE(learner.canUndo()) << "after the ending the learner may look back";
  EXPECT_FALSE(learner.canRestart());
  EXPECT_FALSE(learner.restartCase());
  EXPECT_EQ(learner.caseProgress("casus")->runsCompleted, 1);
}

TEST(LearnerScores, ANewLearnerDrawsASeedOnceAndKeepsIt) {
  const Course c = smallCourse();
  TestStorage storage;
  LearnerOptions options;
  options.random = [] { return 0xabcdu; };
  {
    Learner learner(c, storage, options);
    EXPECT_EQ(learner.progress().seed, 0xabcdu);
    learner.openPage(0, 0);
  }
  options.random = [] { return 0x1234u; };
  Learner again(c, storage, options);
  EXPECT_EQ(again.progress().seed, 0xabcdu);
}

TEST(LearnerScores, ARestartIsANewRunWithItsOwnNumber) {
  const Course c = smallCourse();
  TestStorage storage;
  Learner learner(c, storage);
  learner.openCase(0);
  learner.choose("luisteren");
  ASSERT_TRUE(learner.restartCase());
  EXPECT_EQ(learner.caseProgress("casus")->run, 1);
  EXPECT_FALSE(learner.caseProgress("casus")->practice) << "nothing was scored yet";
}

}  // namespace
