// Wiring for the web: the course from /content (web/boot.js puts course.json, the UI strings and
// the course index there; modules and cases are fetched when they are needed), the learner's
// progress in the LMS that launched the module (or in localStorage standalone),
// the UI, and the platform's window and main loop.
#include <memory>
#include <random>

#include <nlohmann/json.hpp>

#include "core/content_loader.hpp"
#include "core/file_source.hpp"
#include "core/json_text.hpp"
#include "core/learner.hpp"
#include "core/lms_report.hpp"
#include "core/loader.hpp"
#include "core/progress_store.hpp"
#include "core/ui_keys.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/lms.hpp"
#include "platform/web/local_storage.hpp"
#include "platform/web/page.hpp"
#include "platform/web/web_content.hpp"
#include "platform/web/web_host.hpp"
#include "platform/web/web_pictures.hpp"
#include "platform/web/web_runtime.hpp"
#include "ui/app.hpp"

namespace {

// Lives as long as the page: the browser drives the main loop after main() returns.
struct Running {
  leren::core::Course course;
  leren::platform::WebContentFetcher fetcher;
  leren::platform::WebFullChecks fullChecks;  // a file edited after the build: in the page's checker
  std::unique_ptr<leren::core::ContentLoader> content;
  double loadMs = 0;
  leren::platform::LocalStorage local;
  std::unique_ptr<leren::core::Storage> lmsStorage;
  leren::platform::WebHost host;
  leren::platform::WebPictures pictures;
  std::unique_ptr<leren::core::Learner> learner;
  std::unique_ptr<leren::platform::LmsReporter> reporter;
  std::unique_ptr<leren::ui::App> app;
};

Running m;

// A slice of a frame for loading content; the rest stays for drawing.
constexpr double kContentBudgetMs = 8;

// What boot.js put into /content: course.json, the course index and the UI strings it names.
leren::core::ContentLoader::StartFiles startFiles() {
  const leren::core::DirectoryFileSource dir("/content");
  leren::core::ContentLoader::StartFiles files{dir.read("course.json"), std::nullopt, dir.read("index.json")};
  if (files.course) {
    // Only to find the strings file; the loader reads course.json with every check.
    const nlohmann::json course = leren::core::parseJson(*files.course);
    if (course.is_object() && course.contains("strings") && course["strings"].is_string())
      files.strings = dir.read(course["strings"].get<std::string>());
  }
  return files;
}

void startApp();

}  // namespace

int main() {
  using namespace leren;
  platform::markStartup("main");
  if (!platform::openWebWindow()) return 1;
  platform::markStartup("window-open");
  const double loadStart = platform::nowMs();
  core::LoadOptions options;
  options.playCases = false;                           // static checks only at start-up; coursetool plays every case
  options.requiredUiKeys = &core::uiKeysUsedByCode();  // the same verdict as coursetool
  options.fullChecks = &m.fullChecks;
  m.content = std::make_unique<core::ContentLoader>(m.course, m.fetcher, options);
  platform::setContentLoader(m.content.get());
  m.content->start(startFiles());
  platform::markStartup("first-content-read");
  if (m.content->ready()) {
    m.loadMs = platform::nowMs() - loadStart;
    startApp();
    return 0;
  }
  // No current index (none, or course.json changed after the build): every file is fetched
  // and checked before home, as before the index existed; boot.js's loading panel stays up.
  platform::runUntil(
      [loadStart] {
        if (m.content->busy()) m.content->work(kContentBudgetMs, platform::nowMs);
        if (!m.content->ready()) return false;
        m.loadMs = platform::nowMs() - loadStart;
        return true;
      },
      startApp);
  return 0;
}

namespace {

void startApp() {
  using namespace leren;
  // Launched by an LMS, progress lives there (suspend data, the cmi5 state): the LMS is the
  // source of truth; the bridge keeps a local cache. Standalone, it lives in localStorage.
  const platform::LmsLaunch launch = platform::lmsLaunch();
  const bool inLms = launch.kind != "none";
  if (launch.keepsProgress())
    m.lmsStorage = std::make_unique<platform::LmsStorage>(
        core::progressKey(m.course), launch.suspendData,
        [] { return m.learner ? core::bookmark(m.learner->progress().last) : std::string(); }, m.local);
  core::LearnerOptions learnerOptions;
  learnerOptions.mode = platform::launchParam("mode") == "toets" ? core::Mode::toets : core::Mode::practice;
  learnerOptions.clock = platform::nowMs;
  learnerOptions.random = [] { return std::random_device{}(); };  // crypto.getRandomValues on the web
  m.learner = std::make_unique<core::Learner>(m.course, m.lmsStorage ? *m.lmsStorage : m.local, learnerOptions);
  if (inLms) {
    // A one-case package (?case=<id> from the LMS) is graded on that case alone.
    m.reporter = std::make_unique<platform::LmsReporter>(*m.learner, core::ReportScope{platform::launchParam("case")},
                                                         launch.mastery);
    m.learner->setListener(m.reporter.get());
  }

  ui::AppOptions appOptions;
  appOptions.trainerMode = platform::launchParam("trainer") == "1";
  appOptions.trainerLocked = platform::launchParam("trainer") == "0";
  appOptions.systemReducedMotion = platform::prefersReducedMotion();
  appOptions.systemDark = platform::prefersDark();
  const std::string lang = platform::launchParam("lang");
  if (lang == "nl" || lang == "en") appOptions.language = lang == "nl" ? core::Lang::nl : core::Lang::en;
  appOptions.startCase = platform::launchParam("case");
  appOptions.startModule = platform::launchParam("module");
  appOptions.startPage = platform::launchParam("page");
  if (launch.keepsProgress() && launch.resume) {
    // A later session: back to the screen the learner left (the LMS's bookmark), unless the
    // launch names another; a case opens at the learner's run, not at its intro.
    const core::Bookmark at = core::parseBookmark(launch.location);
    if (appOptions.startCase.empty() && appOptions.startModule.empty()) {
      appOptions.startCase = at.caseId;
      appOptions.startModule = at.moduleId;
      appOptions.startPage = at.pageId;
    }
    appOptions.startInRun = !at.caseId.empty() && at.caseId == appOptions.startCase;
  }
  // A screen of our own (progress, settings, glossary) or a case past its intro, standalone
  // (the route's other parameters of ui/route.hpp); a reload inside a frame: the fragment.
  const std::string screen = platform::launchParam("screen"), play = platform::launchParam("play");
  if (!screen.empty() && appOptions.startCase.empty() && appOptions.startModule.empty())
    appOptions.startLocation = "screen=" + screen;
  if (!appOptions.startCase.empty() && play == "1")
    appOptions.startLocation = "case=" + appOptions.startCase + "&play=1";
  if (const std::string kept = platform::startLocation(); !kept.empty()) appOptions.startLocation = kept;
  appOptions.content = m.content.get();
  appOptions.pictures = &m.pictures;
  m.app = std::make_unique<ui::App>(m.course, *m.learner, m.host, appOptions);
  platform::markStartup("app-built");
  // A module or case that arrives brings its part of the progress up to date (a file edited
  // after the build may know ids the index did not).
  m.content->onLoaded([](core::ItemRef item, bool changed) {
    m.learner->contentLoaded(item.kind == core::ItemKind::caseFile, item.index, changed);
  });
  // Between frames: load what arrived in slices; when idle, fetch the next file nobody asked
  // for yet, one at a time, so opening it later is instant.
  platform::runWebApp(*m.app, m.loadMs, [](bool idle) {
    if (platform::takePictureArrived()) return true;  // a picture replaces its placeholder
    if (m.content->busy()) return m.content->work(kContentBudgetMs, platform::nowMs);
    if (idle) m.content->prefetchNext();
    return false;
  });
}

}  // namespace
