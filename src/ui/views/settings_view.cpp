// Settings: language, text size, theme and reduced motion; remembered with the progress.
#include <imgui.h>

#include <cmath>

#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawSettings(Ui& ui, Model& model) {
  core::Settings& s = model.progress.settings;
  beginScreen(ui, model, "settings", ui.tr("settings.title"));
  heading(ui, "settings.title", ui.tr("settings.title"), 1);

  heading(ui, "settings.language", ui.tr("settings.language"), 2);
  if (radio(ui, "settings.language.nl", "Nederlands", s.language == core::Lang::nl, "settings.language")) {
    s.language = core::Lang::nl;
    model.progressChanged = true;
  }
  if (radio(ui, "settings.language.en", "English", s.language == core::Lang::en, "settings.language")) {
    s.language = core::Lang::en;
    model.progressChanged = true;
  }

  heading(ui, "settings.textsize", ui.tr("settings.textsize"), 2);
  double size = s.textSizePercent;
  // The slider only takes effect when released, so the layout does not jump while dragging.
  if (slider(ui, "settings.textsize.value", ui.tr("settings.textsize"), &size, 100, 200, 10,
             std::to_string(static_cast<int>(size)) + "%") &&
      !ImGui::IsItemActive()) {
    s.textSizePercent = static_cast<int>(std::lround(size));
    model.progressChanged = true;
  }
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    s.textSizePercent = static_cast<int>(std::lround(size));
    model.progressChanged = true;
  }

  heading(ui, "settings.theme", ui.tr("settings.theme"), 2);
  const std::pair<core::Theme, const char*> themes[] = {{core::Theme::light, "settings.theme.light"},
                                                        {core::Theme::dark, "settings.theme.dark"},
                                                        {core::Theme::highContrast, "settings.theme.contrast"}};
  for (const auto& [theme, key] : themes)
    if (radio(ui, key, ui.tr(key), s.theme == theme, "settings.theme") && s.theme != theme) {
      s.theme = theme;
      model.progressChanged = true;
    }

  heading(ui, "settings.motion", ui.tr("settings.motion"), 2);
  if (checkbox(ui, "settings.motion.reduce", ui.tr("settings.motion.reduce"), &s.reducedMotion))
    model.progressChanged = true;
  heading(ui, "settings.trainer", ui.tr("trainer.title"), 2);
  checkbox(ui, "settings.trainer.on", ui.tr("settings.trainer"), &model.trainerMode);
  gap(ui, 12);
  if (button(ui, "settings.done", ui.tr("common.back"))) model.back();
  endScreen(ui);
}

}  // namespace leren::ui
