#pragma once
// Colours and spacing for the three themes (light, dark, high contrast). Widgets ask the
// theme for a colour by role, never hard-code one, so every screen follows the setting.
#include <imgui.h>

namespace leren::ui {

enum class ThemeKind { light, dark, highContrast };

struct Palette {
  ImU32 background, surface, surfaceHover, border, text, textMuted, heading;
  ImU32 accent, accentText, accentHover, focus, link;
  ImU32 good, goodSurface, warning, warningSurface, bad, badSurface, info, infoSurface;
  ImU32 clash, selected;
};

const Palette& palette(ThemeKind kind);
// "light", "dark" or "contrast": the name the page's description and stylesheet use.
const char* themeName(ThemeKind kind);
// Applies colours and the learner's text scale to ImGui's style (spacing grows with text).
void applyTheme(ThemeKind kind, float textScale);

}  // namespace leren::ui
