// Settings: language, text size, theme and reduced motion; remembered with the progress.
#include <imgui.h>

#include <cmath>
#include <optional>

#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawSettings(Ui& ui, Model& model) {
  core::Learner& learner = model.learner;
  const core::Settings& s = learner.settings();
  beginScreen(ui, model, "settings", ui.tr("settings.title"));
  heading(ui, "settings.title", ui.tr("settings.title"), 1);

  heading(ui, "settings.language", ui.tr("settings.language"), 2);
  {
    Scope group(ui, "settings.language.group", Role::radiogroup, ui.tr("settings.language"));
    if (radio(ui, "settings.language.nl", "Nederlands", s.language == core::Lang::nl))
      learner.setLanguage(core::Lang::nl);
    if (radio(ui, "settings.language.en", "English", s.language == core::Lang::en)) learner.setLanguage(core::Lang::en);
  }

  heading(ui, "settings.textsize", ui.tr("settings.textsize"), 2);
  // While the handle is dragged, the value follows the pointer (kept in the view state, since
  // the stored setting changes only on release, so the layout does not jump while dragging).
  std::optional<double>& dragged = ui.view.textSizeDrag;
  double size = dragged.value_or(s.textSizePercent);
  bool held = false;
  const bool changed = slider(ui, "settings.textsize.value", ui.tr("settings.textsize"), &size, 100, 200, 10,
                              std::to_string(static_cast<int>(std::lround(size))) + "%", &held);
  if (held) {
    dragged = size;
  } else {
    if (changed || dragged) learner.setTextSize(static_cast<int>(std::lround(size)));
    dragged.reset();
  }

  heading(ui, "settings.theme", ui.tr("settings.theme"), 2);
  {
    Scope group(ui, "settings.theme.group", Role::radiogroup, ui.tr("settings.theme"));
    const std::pair<core::Theme, const char*> themes[] = {{core::Theme::light, "settings.theme.light"},
                                                          {core::Theme::dark, "settings.theme.dark"},
                                                          {core::Theme::highContrast, "settings.theme.contrast"}};
    for (const auto& [theme, key] : themes)
      if (radio(ui, key, ui.tr(key), s.theme == theme)) learner.setTheme(theme);
  }

  heading(ui, "settings.motion", ui.tr("settings.motion"), 2);
  bool reduce = s.reducedMotion;
  if (checkbox(ui, "settings.motion.reduce", ui.tr("settings.motion.reduce"), &reduce))
    learner.setReducedMotion(reduce);
  if (model.trainerAllowed) {  // never during a test, nor when a trainer locked it away
    heading(ui, "settings.trainer", ui.tr("trainer.title"), 2);
    checkbox(ui, "settings.trainer.on", ui.tr("settings.trainer"), &model.trainerMode);
  }
  gap(ui, 12);
  if (button(ui, "settings.done", ui.tr("common.back"))) model.back();
  endScreen(ui);
}

}  // namespace leren::ui
