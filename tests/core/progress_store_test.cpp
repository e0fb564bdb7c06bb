#include "core/progress_store.hpp"

#include <gtest/gtest.h>

#include <map>

#include "case_builder.hpp"
#include "core/case_engine.hpp"
#include "core/progress_migration.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

// Memory storage that can be told to fail (a full disk, a quota exceeded).
class TestStorage : public MemoryStorage {
 public:
  bool save(const std::string& key, const std::string& value) override {
    return !failSaves && MemoryStorage::save(key, value);
  }
  bool failSaves = false;
};

Case dementie(bool withExtraStep) {
  CaseBuilder b("dementie");
  b.number("vertrouwen", 0, 10, 5).dimension("vraag", 1).node("n1");
  if (withExtraStep) {
    b.choice("bellen", "n2", "", {"vertrouwen += 1"}, {{"vraag", 1}}).node("n2").choice("bezoeken", "einde");
  } else {
    b.choice("bellen", "einde", "", {"vertrouwen += 1"}, {{"vraag", 1}});
  }
  b.choice("wachten", "einde");
  return b.ending("einde").build();
}

Course course(bool changedCase = false) {
  Course c;
  c.id = "sociaal-domein";
  Module m;
  m.id = "wmo";
  m.available = true;
  Page p;
  p.id = "melding";
  Radar radar;
  radar.id = "gezondheid";
  radar.axes = {{"lichaam", {}, {}}, {"mentaal", {}, {}}, {"zingeving", {}, {}}};
  Calculator calc;
  calc.id = "kostendelers";
  calc.inputs.push_back({"aantal", {}, 1, 5, 1, 1, "", {}});
  p.blocks = {TextBlock{}, radar, calc};
  m.pages.push_back(p);
  Question q;
  q.id = "q1";
  m.quiz.questions.push_back(q);
  c.modules.push_back(m);
  Case cs = dementie(changedCase);
  cs.contentHash = changedCase ? 2 : 1;
  c.cases.push_back(cs);
  return c;
}

}  // namespace

TEST(ProgressStore, CatalogListsEveryStableId) {
  const ProgressCatalog cat = catalogFor(course(true));
  EXPECT_EQ(cat.courseId, "sociaal-domein");
  ASSERT_EQ(cat.modules.size(), 1u);
  EXPECT_EQ(cat.modules[0].pages, (std::vector<std::string>{"melding"}));
  EXPECT_EQ(cat.modules[0].questions, (std::vector<std::string>{"q1"}));
  ASSERT_EQ(cat.modules[0].figures.size(), 2u);
  EXPECT_EQ(cat.modules[0].figures[0].keys, (std::vector<std::string>{"lichaam", "mentaal", "zingeving"}));
  EXPECT_EQ(cat.modules[0].figures[1].keys, (std::vector<std::string>{"aantal"}));
  ASSERT_EQ(cat.cases.size(), 1u);
  EXPECT_EQ(cat.cases[0].choices, (std::vector<std::string>{"bellen", "bezoeken", "wachten"}));
  EXPECT_EQ(cat.cases[0].endings, (std::vector<std::string>{"einde"}));
  EXPECT_EQ(cat.cases[0].dimensions, (std::vector<std::string>{"vraag"}));
  EXPECT_EQ(cat.cases[0].contentHash, 2u);
}

TEST(ProgressStore, NothingStoredIsAFreshStart) {
  TestStorage storage;
  const Course c = course();
  ProgressStore store(storage, c);
  EXPECT_EQ(store.key(), "sdl-progress-sociaal-domein");
  const ProgressLoad l = store.load();
  EXPECT_EQ(l.status, ProgressLoad::Status::fresh);
  EXPECT_EQ(l.progress, Progress{});
  storage.values[store.key()] = "";
  EXPECT_EQ(store.load().status, ProgressLoad::Status::fresh);
}

TEST(ProgressStore, SavedProgressIsRestored) {
  TestStorage storage;
  const Course c = course();
  ProgressStore store(storage, c);
  Progress p;
  p.settings.language = Lang::en;
  p.modules["wmo"].visitedPages = {"melding"};
  p.modules["wmo"].figures["gezondheid"] = {{"lichaam", 4}};
  p.cases["dementie"].choiceLog = {"bellen"};
  p.cases["dementie"].contentHash = 1;
  ASSERT_TRUE(store.save(p));
  EXPECT_EQ(storage.values.at(store.key()).substr(0, 3), "P2;");
  const ProgressLoad l = store.load();
  EXPECT_EQ(l.status, ProgressLoad::Status::restored);
  EXPECT_EQ(l.progress, p);
  EXPECT_TRUE(l.notices.empty());
  EXPECT_FALSE(l.backupSaved);
}

TEST(ProgressStore, CorruptDataIsBackedUpAndTheLearnerStartsFresh) {
  TestStorage storage;
  const Course c = course();
  ProgressStore store(storage, c);
  storage.values[store.key()] = "P1;dit-is-geen-voortgang";
  const ProgressLoad l = store.load();
  EXPECT_EQ(l.status, ProgressLoad::Status::reset);
  EXPECT_EQ(l.progress, Progress{});
  EXPECT_TRUE(l.backupSaved);
  EXPECT_EQ(storage.values.at("sdl-progress-sociaal-domein.corrupt-backup"), "P1;dit-is-geen-voortgang");
  EXPECT_NE(l.message.nl.find("kopie"), std::string::npos);
  EXPECT_FALSE(l.message.en.empty());
}

TEST(ProgressStore, BackupFailureIsToldToo) {
  TestStorage storage;
  const Course c = course();
  ProgressStore store(storage, c);
  storage.values[store.key()] = "garbage";
  storage.failSaves = true;
  const ProgressLoad l = store.load();
  EXPECT_EQ(l.status, ProgressLoad::Status::reset);
  EXPECT_FALSE(l.backupSaved);
  EXPECT_NE(l.message.en.find("no copy"), std::string::npos);
  EXPECT_FALSE(store.save(Progress{}));
}

TEST(ProgressStore, ProgressOfAnotherCourseIsKeptAsBackup) {
  TestStorage storage;
  Course other = course();
  other.id = "andere";
  const Course c = course();
  ProgressStore otherStore(storage, other);
  ProgressStore store(storage, c);
  Progress p;
  p.modules["wmo"].visitedPages = {"melding"};
  // Same key on purpose: simulates a progress record copied between courses.
  storage.values[store.key()] = encodeProgress(p, catalogFor(other));
  const ProgressLoad l = store.load();
  EXPECT_EQ(l.status, ProgressLoad::Status::reset);
  EXPECT_TRUE(l.backupSaved);
}

TEST(ProgressStore, ChangedCaseWhoseLogStillReplaysIsKept) {
  TestStorage storage;
  const Course before = course(false), after = course(true);
  Progress p;
  p.cases["dementie"].choiceLog = {"bellen"};  // before: leads to the ending; after: to n2
  p.cases["dementie"].contentHash = 1;
  ProgressStore(storage, before).save(p);
  ProgressStore store(storage, after);
  const ProgressLoad l = store.load();
  ASSERT_EQ(l.status, ProgressLoad::Status::restored);
  EXPECT_EQ(l.progress.cases.at("dementie").choiceLog, (std::vector<std::string>{"bellen"}));
  EXPECT_EQ(l.progress.cases.at("dementie").contentHash, 2u);
  EXPECT_TRUE(l.notices.empty());
  const CaseRun run = CaseRun::replay(after.cases[0], l.progress.cases.at("dementie").choiceLog);
  EXPECT_EQ(run.currentNode()->id, "n2");
}

TEST(ProgressStore, ChangedCaseWhoseLogNoLongerReplaysRestartsThatCaseOnly) {
  TestStorage storage;
  const Course before = course(true), after = course(false);
  Progress p;
  p.modules["wmo"].visitedPages = {"melding"};
  p.cases["dementie"].choiceLog = {"bellen", "bezoeken"};  // "bezoeken" exists only before
  p.cases["dementie"].contentHash = 2;
  p.cases["dementie"].endingsReached = {"einde"};
  ProgressStore(storage, before).save(p);
  const ProgressLoad l = ProgressStore(storage, after).load();
  ASSERT_EQ(l.status, ProgressLoad::Status::restored);
  EXPECT_TRUE(l.progress.cases.at("dementie").choiceLog.empty());
  EXPECT_EQ(l.progress.cases.at("dementie").endingsReached, (std::set<std::string>{"einde"}));
  EXPECT_EQ(l.progress.modules, p.modules);
  ASSERT_EQ(l.notices.size(), 1u);
  EXPECT_EQ(l.notices[0].kind, ProgressNotice::Kind::caseRestarted);
}

TEST(ProgressStore, ReplayFailureOnAChangedGraphRestartsWithNotice) {
  // Same choice ids, but the graph changed so that the saved log no longer fits.
  Course before = course(false);
  Course after = course(false);
  after.cases[0] = CaseBuilder("dementie")
                       .number("vertrouwen", 0, 10, 5)
                       .dimension("vraag", 1)
                       .node("n1")
                       .choice("wachten", "n2")
                       .node("n2")
                       .choice("bellen", "einde")
                       .ending("einde")
                       .build();
  after.cases[0].contentHash = 3;
  Progress p;
  p.cases["dementie"].choiceLog = {"bellen"};
  p.cases["dementie"].contentHash = 1;
  std::vector<ProgressNotice> notices;
  migrateCaseLogs(p, after, notices);
  EXPECT_TRUE(p.cases.at("dementie").choiceLog.empty());
  EXPECT_EQ(p.cases.at("dementie").contentHash, 3u);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].id, "dementie");
  EXPECT_NE(notices[0].message.en.find("start this case again"), std::string::npos);
}
