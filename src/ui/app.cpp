#include "ui/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include "core/loader.hpp"
#include "ui/context.hpp"
#include "ui/progress_export.hpp"
#include "ui/views/views.hpp"

namespace leren::ui {

App::App(core::Course course, core::Storage& storage) {
  model_.course = std::move(course);
  model_.i18n = core::I18n(model_.course.strings);
  store_ = std::make_unique<core::ProgressStore>(storage, model_.course);
  loadProgress();
}

void App::applySystemPreferences(bool reducedMotion) {
  if (freshLearner_) model_.progress.settings.reducedMotion = reducedMotion;
}

void App::loadProgress() {
  core::ProgressLoad loaded = store_->load();
  freshLearner_ = loaded.status != core::ProgressLoad::Status::restored;
  model_.progress = std::move(loaded.progress);
  for (const auto& n : loaded.notices) model_.notices.push_back(n.message);
  if (loaded.status == core::ProgressLoad::Status::reset) {
    model_.notices.push_back(loaded.message.empty() ? core::Text{model_.i18n.tr("progress.corrupt", core::Lang::nl),
                                                                 model_.i18n.tr("progress.corrupt", core::Lang::en)}
                                                    : loaded.message);
  }
}

void App::saveProgress() {
  if (store_->save(model_.progress) || saveFailedNoticeShown_) return;
  saveFailedNoticeShown_ = true;
  model_.notices.push_back(
      {model_.i18n.tr("progress.save_failed", core::Lang::nl), model_.i18n.tr("progress.save_failed", core::Lang::en)});
}

void App::handleImport() {
  if (model_.pendingImport.empty()) return;
  const bool ok = importProgress(model_, model_.pendingImport);
  model_.pendingImport.clear();
  const char* key = ok ? "progress.imported" : "progress.import.failed";
  model_.notices.push_back({model_.i18n.tr(key, core::Lang::nl), model_.i18n.tr(key, core::Lang::en)});
  if (ok) {
    model_.run.reset();
    model_.quizzes.clear();
    model_.progressChanged = true;
  }
}

ThemeKind App::theme() const {
  switch (model_.progress.settings.theme) {
    case core::Theme::dark:
      return ThemeKind::dark;
    case core::Theme::highContrast:
      return ThemeKind::highContrast;
    default:
      return ThemeKind::light;
  }
}

void App::frame() {
  Ui ui{sem_, fonts_, model_.i18n};
  ui.lang = model_.progress.settings.language;
  ui.theme = theme();
  ui.textScale = textScale();
  ui.reducedMotion = model_.progress.settings.reducedMotion;
  ui.narrow = ImGui::GetIO().DisplaySize.x < 640.0f * ui.textScale;

  handleImport();
  sem_.beginFrame();
  const Nav before = model_.nav;
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
  contentShown_ = true;
  wantRedraw_ = ui.wantRedraw || !(before == model_.nav) || model_.progressChanged;
  if (model_.progressChanged) {
    saveProgress();
    model_.progressChanged = false;
  }
}

bool App::focusAtEdge(bool backwards) const {
  const ImGuiContext* ctx = ImGui::GetCurrentContext();
  return sem_.focusAtEdge(ctx ? ImGui::GetFocusID() : 0, backwards);
}

std::string App::describeJson() const { return sem_.toJson(core::langCode(model_.progress.settings.language)); }

std::string App::stateJson() const {
  const Model& m = model_;
  nlohmann::json s;
  s["language"] = core::langCode(m.progress.settings.language);
  s["screen"] = sem_.screenId();
  s["module"] = m.module() ? m.module()->id : "";
  s["page"] = m.module() && !m.module()->pages.empty()
                  ? m.module()->pages[std::min<size_t>(m.nav.page, m.module()->pages.size() - 1)].id
                  : "";
  s["case"] = m.currentCase() ? m.currentCase()->id : "";
  if (m.run && m.currentCase() == &m.run->caseData()) {
    const core::CaseRun& r = *m.run;
    s["caseNode"] = r.finished() ? "" : r.caseData().nodes[r.position()].id;
    s["caseEnding"] = r.finished() ? r.caseData().endings[r.position()].id : "";
    s["caseLog"] = r.log();
    nlohmann::json vars;
    for (size_t i = 0; i < r.caseData().variables.size(); ++i)
      vars[r.caseData().variables[i].id] = r.state().variables[i];
    s["caseVariables"] = vars;
    nlohmann::json scores;
    for (size_t i = 0; i < r.caseData().scoring.dimensions.size(); ++i)
      scores[r.caseData().scoring.dimensions[i].id] = r.state().scores[i];
    s["caseScores"] = scores;
  }
  nlohmann::json modules = nlohmann::json::object();
  for (const auto& [id, mp] : m.progress.modules) {
    nlohmann::json q = nlohmann::json::object();
    for (const auto& [qid, qp] : mp.questions) q[qid] = {{"best", qp.bestScore}, {"attempts", qp.attempts}};
    modules[id] = {{"visitedPages", mp.visitedPages}, {"questions", q}};
  }
  s["modules"] = modules;
  nlohmann::json cases = nlohmann::json::object();
  for (const auto& [id, cp] : m.progress.cases)
    cases[id] = {{"endingsReached", cp.endingsReached},
                 {"runsCompleted", cp.runsCompleted},
                 {"bestPercent", cp.bestPercent ? nlohmann::json(*cp.bestPercent) : nlohmann::json()}};
  s["cases"] = cases;
  return s.dump();
}

}  // namespace leren::ui
