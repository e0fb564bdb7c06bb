// Content that loads when it is needed (core/content_loader.hpp) as the learner sees it: home
// from the course index at once; a module opened before its file arrived shows a loading
// screen (never a blank one) and then the module; a failed fetch offers to try again.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/content_loader.hpp"
#include "core/course_index.hpp"
#include "core/file_source.hpp"
#include "core/full_checks.hpp"
#include "core/loader.hpp"
#include "core/search.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// The shipped content with the index and search texts `coursetool index` writes.
struct IndexedCourse {
  core::DirectoryFileSource dir{std::string(LEREN_SOURCE_DIR) + "/content"};
  std::string index, search;

  IndexedCourse() {
    const core::Course& full = shippedCourse();
    search = core::writeSearchTexts(core::searchTextsOf(full));
    auto f = [&](const std::string& path, const std::optional<std::string>& text) {
      core::IndexedFile x;
      x.file = path;
      x.hash = core::contentHash(*text);
      x.bytes = text->size();
      return x;
    };
    index = core::writeCourseIndex(full, f("course.json", dir.read("course.json")),
                                   f(full.strings.file, dir.read(full.strings.file)),
                                   f(full.glossary.file, dir.read(full.glossary.file)), f("search.json", search));
  }
  core::ContentLoader::StartFiles startFiles() const {
    return {dir.read("course.json"), dir.read(shippedCourse().strings.file), index};
  }
};

// Serves what was asked for when told to, as the page does, later; or fails it.
class Fetcher : public core::ContentFetcher {
 public:
  explicit Fetcher(const IndexedCourse& course) : course_(course) {}
  void fetch(const std::string& path, bool) override { asked.push_back(path); }
  void deliverAll(core::ContentLoader& loader, bool fail = false) {
    std::vector<std::string> now = std::move(asked);
    asked.clear();
    for (const std::string& p : now)
      loader.deliver(p, fail ? std::nullopt : p == "search.json" ? std::optional(course_.search) : course_.dir.read(p));
  }
  std::vector<std::string> asked;

 private:
  const IndexedCourse& course_;
};

const core::LoadOptions kOptions = [] {
  core::LoadOptions o;
  o.playCases = false;
  o.fullChecks = &core::fullChecksHere();  // as the page's worker checks
  return o;
}();

// The shipped course in a harness whose modules and cases load when asked for (`fetcher` has
// them and hands them over when told).
struct LazyCourse {
  IndexedCourse indexed;
  core::Course course;
  Fetcher fetcher{indexed};
  core::ContentLoader loader{course, fetcher, kOptions};
  std::unique_ptr<UiHarness> harness;

  LazyCourse() {
    loader.start(indexed.startFiles());
    HarnessOptions options;
    options.content = &loader;
    harness = std::make_unique<UiHarness>(course, options);
  }
  // Hands over what was asked for (or fails it) and loads it.
  void deliver(bool fail = false) {
    fetcher.deliverAll(loader, fail);
    while (loader.busy()) loader.work(0, [] { return 0.0; });
  }
};

TEST(Loading, AModuleOpenedBeforeItArrivedShowsALoadingScreenThenTheModule) {
  LazyCourse lazy;
  ASSERT_TRUE(lazy.loader.usingIndex());
  core::Course& course = lazy.course;
  UiHarness& h = *lazy.harness;
  EXPECT_EQ(h.screen(), "home");
  EXPECT_TRUE(lazy.fetcher.asked.empty());  // home needs no module or case file

  ASSERT_FALSE(course.modules[0].loaded);
  const std::string id = course.modules[0].id, file = course.modules[0].file, title = course.modules[0].title.nl;
  const std::string firstPage = course.modules[0].pages[0].id;
  h.press("home.module." + id);
  EXPECT_EQ(h.screen(), "loading.module." + id);
  EXPECT_EQ(h.element("loading.title").label, title);
  EXPECT_TRUE(h.has("loading.status"));
  EXPECT_TRUE(h.has("loading.back"));
  ASSERT_FALSE(lazy.fetcher.asked.empty());
  EXPECT_EQ(lazy.fetcher.asked[0], file) << ::testing::PrintToString(lazy.fetcher.asked);
  for (const std::string& p : lazy.fetcher.asked)  // the module first; the glossary with it, unwaited
    EXPECT_TRUE(p == file || p == course.glossary.file) << p;

  lazy.deliver();
  ASSERT_TRUE(course.modules[0].loaded);
  h.settle();
  EXPECT_EQ(h.screen(), "page." + id + "." + firstPage);
}

// Home's case cards look the same from the index as from their files (the first persona's
// avatar, coloured among the case's personas, takes the same room): nothing on home moves when
// the files arrive in idle time.
TEST(Loading, HomesCaseCardsDoNotChangeWhenTheirFilesArrive) {
  LazyCourse lazy;
  UiHarness& h = *lazy.harness;
  h.resize(1280, 4000);  // every card on screen
  h.settle();
  auto cards = [&] {
    std::vector<std::pair<std::string, Rect>> out;
    for (const SemanticElement* e : h.withPrefix("home.case.")) out.emplace_back(e->id, e->rect);
    return out;
  };
  const auto fromIndex = cards();
  ASSERT_EQ(fromIndex.size(), lazy.course.cases.size());
  for (size_t i = 0; i < lazy.course.cases.size(); ++i) lazy.loader.request({core::ItemKind::caseFile, i}, false);
  lazy.deliver();
  for (const core::Case& c : lazy.course.cases) ASSERT_TRUE(c.loaded) << c.id;
  h.settle();
  const auto fromFiles = cards();
  ASSERT_EQ(fromFiles.size(), fromIndex.size());
  for (size_t i = 0; i < fromIndex.size(); ++i) {
    EXPECT_EQ(fromFiles[i].first, fromIndex[i].first);
    EXPECT_EQ(fromFiles[i].second.h, fromIndex[i].second.h) << fromIndex[i].first;
    EXPECT_EQ(fromFiles[i].second.y, fromIndex[i].second.y) << fromIndex[i].first;
  }
}

// The file is asked for in the frame that took the tap, and that frame shows the loading screen.
TEST(Loading, TheFileIsAskedForInTheFrameOfTheTap) {
  LazyCourse lazy;
  core::Course& course = lazy.course;
  UiHarness& h = *lazy.harness;
  h.settle();
  const std::string id = course.cases[1].id;
  ASSERT_TRUE(h.activate("home.case." + id));
  h.frame();
  EXPECT_EQ(h.screen(), "loading.case." + id);
  ASSERT_FALSE(lazy.fetcher.asked.empty());
  EXPECT_EQ(lazy.fetcher.asked[0], course.cases[1].file);
}

TEST(Loading, AFailedFetchOffersToTryAgain) {
  LazyCourse lazy;
  core::Course& course = lazy.course;
  UiHarness& h = *lazy.harness;
  const std::string id = course.cases[0].id;
  h.press("home.case." + id);
  EXPECT_EQ(h.screen(), "loading.case." + id);
  EXPECT_FALSE(h.has("loading.retry"));

  lazy.deliver(/*fail=*/true);
  h.settle();
  EXPECT_EQ(h.screen(), "loading.case." + id);
  ASSERT_TRUE(h.has("loading.retry"));
  EXPECT_TRUE(lazy.fetcher.asked.empty());

  h.press("loading.retry");
  ASSERT_EQ(lazy.fetcher.asked.size(), 1u);  // asked again
  lazy.deliver();
  h.settle();
  EXPECT_NE(h.screen().rfind("case.", 0), std::string::npos) << h.screen();
}

TEST(Loading, BackFromTheLoadingScreenGoesHome) {
  LazyCourse lazy;
  core::Course& course = lazy.course;
  UiHarness& h = *lazy.harness;
  h.press("home.module." + course.modules[1].id);
  EXPECT_EQ(h.screen(), "loading.module." + course.modules[1].id);
  h.press("loading.back");
  EXPECT_EQ(h.screen(), "home");
}

}  // namespace
}  // namespace leren::ui::test
