#pragma once
// The learning module's UI: owns the model and the semantic tree, draws the current screen,
// answers window.learningModule (describe / activate / setValue / state) and saves progress
// after every learner action.
#include <memory>
#include <string>

#include "core/progress_store.hpp"
#include "core/storage.hpp"
#include "ui/app_model.hpp"
#include "ui/fonts.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"

namespace leren::ui {

class App {
 public:
  App(core::Course course, core::Storage& storage);
  // A new learner starts with the system's reduced-motion preference.
  void applySystemPreferences(bool reducedMotion);
  // Offers the trainer view (all branches, feedback, debriefs, discussion questions).
  void setTrainerMode(bool on) { model_.trainerMode = on; }

  // Draws one frame of UI (between ImGui::NewFrame() and ImGui::Render()).
  void frame();

  // Font atlas parameters: rebuild the atlas when these change (outside a frame).
  float textScale() const { return static_cast<float>(model_.progress.settings.textSizePercent) / 100.0f; }
  ThemeKind theme() const;
  Fonts& fonts() { return fonts_; }

  // True while something animates or changed and ImGui needs more frames to settle.
  bool wantsRedraw() const { return wantRedraw_; }
  bool hasPendingRequests() const { return sem_.hasPendingRequests() || !model_.pendingImport.empty(); }
  // True once a frame showing course content (or its problems) has been drawn.
  bool contentShown() const { return contentShown_; }
  // True when the last frame changed the semantic description.
  bool descriptionChanged() const { return descriptionChanged_; }

  std::string describeJson() const;
  bool activate(const std::string& id) { return sem_.requestActivate(id); }
  bool setValue(const std::string& id, double value) { return sem_.requestValue(id, value); }
  bool setText(const std::string& id, std::string text) { return sem_.requestText(id, std::move(text)); }
  bool reveal(const std::string& id) { return sem_.requestReveal(id); }
  std::string stateJson() const;
  // Saves progress now (the page is being hidden or closed).
  void flush() { saveProgress(); }
  // Keyboard focus is on the first/last focusable element (see SemanticTree::focusAtEdge).
  bool focusAtEdge(bool backwards) const;

  const Model& model() const { return model_; }

 private:
  void loadProgress();
  void saveProgress();

  Model model_;
  std::unique_ptr<core::ProgressStore> store_;
  SemanticTree sem_;
  Fonts fonts_;
  bool wantRedraw_ = true;
  bool contentShown_ = false;
  bool descriptionChanged_ = false;
  bool saveFailedNoticeShown_ = false;
  bool freshLearner_ = true;
  void handleImport();
};

}  // namespace leren::ui
