#include "ui/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <set>

#include <nlohmann/json.hpp>

#include "core/utf8.hpp"
#include "ui/context.hpp"
#include "ui/route.hpp"
#include "ui/views/views.hpp"

namespace leren::ui {

App::App(const core::Course& course, core::Learner& learner, Host& host, AppOptions options)
    : i18n_(course.strings), learner_(learner), model_(course, learner, host, i18n_) {
  // The trainer view shows every branch and debrief: never during a test, nor when locked away.
  model_.trainerAllowed = !options.trainerLocked && learner.mode() == core::Mode::practice;
  model_.trainerMode = options.trainerMode && model_.trainerAllowed;
  model_.content = options.content;
  model_.pictures.setPort(options.pictures);
  if (course.letters) {  // the fonts start with the letters the course uses (ui/fonts.hpp)
    std::set<char32_t> letters;
    core::utf8::addNonAscii(*course.letters, letters);
    fonts_.letters.emplace();
    for (const char32_t c : letters)
      if (c <= 0xFFFF) fonts_.letters->push_back(static_cast<ImWchar>(c));
  }
  if (learner_.isNew() && options.systemReducedMotion) learner_.setReducedMotion(true);
  if (learner_.isNew() && options.systemDark) learner_.setTheme(core::Theme::dark);
  if (options.language) learner_.setLanguage(*options.language);
  openDeepLink(options);
  host.onNavigated([this](const std::string& location) { pendingLocation_ = location; });
}

void App::openDeepLink(const AppOptions& options) {
  std::string location = options.startLocation;
  if (location.empty()) {
    if (!options.startCase.empty())
      location = "case=" + options.startCase + (options.startInRun ? "&play=1" : "");
    else if (!options.startModule.empty())
      location = "module=" + options.startModule + "&page=" + options.startPage;
  }
  openRoute(model_, location);
}

void App::followHistory() {
  if (!pendingLocation_) return;
  const std::string to = std::exchange(pendingLocation_, std::nullopt).value();
  const Nav before = model_.nav;
  openRoute(model_, to);
  if (!(before == model_.nav)) model_.history.push_back(before);
  model_.glossaryTerm.reset();
  // The page is at `to` already: no new entry for it. A location that could not be opened as
  // it was (a case that is gone) is corrected in place.
  location_ = routeOf(model_);
  if (*location_ != to) model_.host.replaceLocation(*location_, "");
}

void App::recordLocation() {
  const std::string now = routeOf(model_);
  if (location_ && *location_ == now) return;
  const std::string& title = sem_.screenTitle();
  if (!location_)
    model_.host.replaceLocation(now, title);
  else
    model_.host.pushLocation(now, title);
  location_ = now;
}

void App::handleImport() {
  if (model_.pendingImport.empty()) return;
  const std::string text = std::exchange(model_.pendingImport, {});
  if (learner_.importJson(text)) model_.quizzes.clear();
}

ThemeKind App::theme() const {
  switch (learner_.settings().theme) {
    case core::Theme::dark:
      return ThemeKind::dark;
    case core::Theme::highContrast:
      return ThemeKind::highContrast;
    default:
      return ThemeKind::light;
  }
}

void App::frame() {
  const Nav before = model_.nav;
  drawScreen();
  if (before == model_.nav) return;
  // The new screen's first frame is its final layout (ui/screen.cpp), so it can be shown at once.
  // Also a frame sooner for the page's work: a module's file is asked for now, and on a software
  // GPU each frame shown costs 15-35 ms (docs/performance.md, "Twentieth session").
  const bool changed = descriptionChanged_, redraw = wantRedraw_;
  ImGui::EndFrame();  // dropped: never rendered
  ImGui::NewFrame();
  drawScreen();
  descriptionChanged_ = descriptionChanged_ || changed;
  wantRedraw_ = wantRedraw_ || redraw;
}

void App::drawScreen() {
  Ui ui{sem_, fonts_, i18n_, view_};
  ui.lang = learner_.settings().language;
  ui.theme = theme();
  ui.textScale = textScale();
  ui.reducedMotion = learner_.settings().reducedMotion;
  ui.narrow = ImGui::GetIO().DisplaySize.x < 640.0f * ui.textScale;

  handleImport();
  followHistory();
  for (core::Text& t : learner_.takeNotices()) model_.notices.push_back(std::move(t));
  sem_.beginFrame(core::langCode(ui.lang), themeName(ui.theme));
  model_.showingLoading = false;
  const Nav before = model_.nav;
  const uint64_t revisionBefore = learner_.revision();
  switch (model_.nav.screen) {
    case Screen::home:
      drawHome(ui, model_);
      break;
    case Screen::page:
      drawPage(ui, model_);
      break;
    case Screen::quiz:
      drawQuiz(ui, model_);
      break;
    case Screen::moduleDone:
      drawModuleDone(ui, model_);
      break;
    case Screen::caseView:
      drawCase(ui, model_);
      break;
    case Screen::progress:
      drawProgress(ui, model_);
      break;
    case Screen::settings:
      drawSettings(ui, model_);
      break;
    case Screen::glossary:
      drawGlossary(ui, model_);
      break;
    case Screen::problems:
      drawProblems(ui, model_);
      break;
    case Screen::trainer:
      drawTrainer(ui, model_);
      break;
  }
  const bool popupOpen = model_.glossaryTerm.has_value();
  drawGlossaryPopup(ui, model_);
  // Escape goes back one screen (the glossary popup handles its own Escape).
  if (!popupOpen && model_.nav.screen != Screen::home && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) model_.back();
  descriptionChanged_ = sem_.endFrame();
  // The address names the screen this frame drew: a screen chosen during it (a tapped card)
  // gets its entry once drawn, next frame. (Recorded earlier, a Back before that frame left
  // an entry for a page never shown, and Forward then "read" it.)
  if (before == model_.nav) recordLocation();
  // The first screen with content: a deep link to a case waits for the case (a loading screen
  // does not count), so learningModule.ready still means "what was asked for is shown".
  contentShown_ = contentShown_ || !model_.showingLoading;
  // A frame more once content is up, to ask for the decorative pictures (Model::firstScreenDrawn).
  const bool firstScreenNow = contentShown_ && !model_.firstScreenDrawn;
  model_.firstScreenDrawn = contentShown_;
  wantRedraw_ = firstScreenNow || ui.wantRedraw || !(before == model_.nav) || learner_.hasNotices() ||
                learner_.revision() != revisionBefore || model_.pictures.takeChanged();
}

bool App::focusAtEdge(bool backwards) const {
  const ImGuiContext* ctx = ImGui::GetCurrentContext();
  return sem_.focusAtEdge(ctx ? ImGui::GetFocusID() : 0, backwards);
}

std::string App::describeJson() const { return sem_.toJson(); }

nlohmann::json App::state() const {
  nlohmann::json s = learner_.state();
  const Model& m = model_;
  s["screen"] = sem_.screenId();
  s["module"] = m.module() ? m.module()->id : "";
  s["page"] = m.module() && !m.module()->pages.empty()
                  ? m.module()->pages[std::min<size_t>(m.nav.page, m.module()->pages.size() - 1)].id
                  : "";
  s["case"] = m.currentCase() ? m.currentCase()->id : "";
  s["location"] = routeOf(m);
  // The longest slice of loading so far and its step (the benchmark's long tasks: loading or drawing?).
  if (m.content)
    s["loading"] = {{"longestStepMs", m.content->longestStepMs()}, {"longestStep", m.content->longestStep()}};
  return s;
}

}  // namespace leren::ui
