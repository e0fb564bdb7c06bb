// Wiring for the web: the course loaded from /content (put there by web/boot.js), the
// learner's progress in localStorage, the UI, and the platform's window and main loop.
#include <memory>
#include <random>

#include "core/file_source.hpp"
#include "core/learner.hpp"
#include "core/loader.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/local_storage.hpp"
#include "platform/web/page.hpp"
#include "platform/web/web_host.hpp"
#include "platform/web/web_runtime.hpp"
#include "ui/app.hpp"

namespace {

// Lives as long as the page: the browser drives the main loop after main() returns.
struct Running {
  leren::core::Course course;
  leren::platform::LocalStorage storage;
  leren::platform::WebHost host;
  std::unique_ptr<leren::core::Learner> learner;
  std::unique_ptr<leren::ui::App> app;
};

}  // namespace

int main() {
  using namespace leren;
  if (!platform::openWebWindow()) return 1;
  static Running m;
  const double loadStart = platform::nowMs();
  core::LoadOptions options;
  options.playCases = false;  // static checks only at start-up; coursetool plays every case
  m.course = core::loadCourse(core::DirectoryFileSource("/content"), "course.json", options);
  const double loadMs = platform::nowMs() - loadStart;
  core::LearnerOptions learnerOptions;
  learnerOptions.mode = platform::queryParam("mode") == "toets" ? core::Mode::toets : core::Mode::practice;
  learnerOptions.clock = platform::nowMs;
  learnerOptions.random = [] { return std::random_device{}(); };  // crypto.getRandomValues on the web
  m.learner = std::make_unique<core::Learner>(m.course, m.storage, learnerOptions);
  ui::AppOptions appOptions;
  appOptions.trainerMode = platform::queryParam("trainer") == "1";
  appOptions.systemReducedMotion = platform::prefersReducedMotion();
  m.app = std::make_unique<ui::App>(m.course, *m.learner, m.host, appOptions);
  platform::runWebApp(*m.app, loadMs);
  return 0;
}
