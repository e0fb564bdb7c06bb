#include "ui/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include "ui/context.hpp"
#include "ui/views/views.hpp"

namespace leren::ui {

App::App(const core::Course& course, core::Learner& learner, Host& host, AppOptions options)
    : i18n_(course.strings), learner_(learner), model_(course, learner, host, i18n_) {
  // The trainer view shows every branch and debrief: never during a test, nor when locked away.
  model_.trainerAllowed = !options.trainerLocked && learner.mode() == core::Mode::practice;
  model_.trainerMode = options.trainerMode && model_.trainerAllowed;
  model_.content = options.content;
  if (learner_.isNew() && options.systemReducedMotion) learner_.setReducedMotion(true);
  if (learner_.isNew() && options.systemDark) learner_.setTheme(core::Theme::dark);
  if (options.language) learner_.setLanguage(*options.language);
  openDeepLink(options);
}

void App::openDeepLink(const AppOptions& options) {
  const core::Course& c = model_.course;
  for (size_t i = 0; i < c.cases.size() && !options.startCase.empty(); ++i)
    if (c.cases[i].id == options.startCase && c.cases[i].available) {
      model_.nav = Nav{Screen::caseView, -1, 0, static_cast<int>(i)};
      model_.caseStarted = options.startInRun;  // else the intro, with "continue" when there is a run
      return;
    }
  for (size_t i = 0; i < c.modules.size() && !options.startModule.empty(); ++i) {
    const core::Module& m = c.modules[i];
    if (m.id != options.startModule || !m.available) continue;
    if (options.startPage == "check" && !m.quiz.questions.empty()) {
      model_.nav = Nav{Screen::quiz, static_cast<int>(i), 0};
      return;
    }
    model_.nav = Nav{Screen::page, static_cast<int>(i), 0};
    for (size_t p = 0; p < m.pages.size(); ++p)
      if (m.pages[p].id == options.startPage) model_.nav.page = static_cast<int>(p);
    return;
  }
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
  Ui ui{sem_, fonts_, i18n_, view_};
  ui.lang = learner_.settings().language;
  ui.theme = theme();
  ui.textScale = textScale();
  ui.reducedMotion = learner_.settings().reducedMotion;
  ui.narrow = ImGui::GetIO().DisplaySize.x < 640.0f * ui.textScale;

  handleImport();
  for (core::Text& t : learner_.takeNotices()) model_.notices.push_back(std::move(t));
  sem_.beginFrame();
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
  // The first screen with content: a deep link to a case waits for the case (a loading screen
  // does not count), so learningModule.ready still means "what was asked for is shown".
  contentShown_ = contentShown_ || !model_.showingLoading;
  wantRedraw_ =
      ui.wantRedraw || !(before == model_.nav) || learner_.hasNotices() || learner_.revision() != revisionBefore;
}

bool App::focusAtEdge(bool backwards) const {
  const ImGuiContext* ctx = ImGui::GetCurrentContext();
  return sem_.focusAtEdge(ctx ? ImGui::GetFocusID() : 0, backwards);
}

std::string App::describeJson() const { return sem_.toJson(core::langCode(learner_.settings().language)); }

std::string App::stateJson() const {
  nlohmann::json s = nlohmann::json::parse(learner_.stateJson(), nullptr, false);
  const Model& m = model_;
  s["screen"] = sem_.screenId();
  s["module"] = m.module() ? m.module()->id : "";
  s["page"] = m.module() && !m.module()->pages.empty()
                  ? m.module()->pages[std::min<size_t>(m.nav.page, m.module()->pages.size() - 1)].id
                  : "";
  s["case"] = m.currentCase() ? m.currentCase()->id : "";
  return s.dump();
}

}  // namespace leren::ui
