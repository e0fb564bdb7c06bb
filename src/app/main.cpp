// Wiring for the web: the course loaded from /content (put there by web/boot.js), the
// learner's progress in the LMS that launched the module (or in localStorage standalone),
// the UI, and the platform's window and main loop.
#include <memory>
#include <random>

#include "core/file_source.hpp"
#include "core/learner.hpp"
#include "core/lms_report.hpp"
#include "core/loader.hpp"
#include "core/progress_store.hpp"
#include "core/ui_keys.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/lms.hpp"
#include "platform/web/local_storage.hpp"
#include "platform/web/page.hpp"
#include "platform/web/web_host.hpp"
#include "platform/web/web_runtime.hpp"
#include "ui/app.hpp"

namespace {

// Lives as long as the page: the browser drives the main loop after main() returns.
struct Running {
  leren::core::Course course;
  leren::platform::LocalStorage local;
  std::unique_ptr<leren::core::Storage> lmsStorage;
  leren::platform::WebHost host;
  std::unique_ptr<leren::core::Learner> learner;
  std::unique_ptr<leren::platform::LmsReporter> reporter;
  std::unique_ptr<leren::ui::App> app;
};

}  // namespace

int main() {
  using namespace leren;
  if (!platform::openWebWindow()) return 1;
  static Running m;
  const double loadStart = platform::nowMs();
  core::LoadOptions options;
  options.playCases = false;                           // static checks only at start-up; coursetool plays every case
  options.requiredUiKeys = &core::uiKeysUsedByCode();  // the same verdict as coursetool
  m.course = core::loadCourse(core::DirectoryFileSource("/content"), "course.json", options);
  const double loadMs = platform::nowMs() - loadStart;

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
  m.app = std::make_unique<ui::App>(m.course, *m.learner, m.host, appOptions);
  platform::runWebApp(*m.app, loadMs);
  return 0;
}
