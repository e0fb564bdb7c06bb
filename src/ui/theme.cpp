#include "ui/theme.hpp"

namespace leren::ui {
namespace {
constexpr ImU32 rgb(unsigned v) { return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 0xFF); }

// Text/background pairs meet WCAG AA (4.5:1) in light and dark, AAA (7:1) in high contrast.
// Muted text is darker than its 4.5:1 minimum needs (7.3:1 nominally): anti-aliased thin
// strokes reach the eye lighter than the colour itself.
const Palette kLight{rgb(0xF7F5F0), rgb(0xFFFFFF), rgb(0xEEF3FB), rgb(0xD6D1C4), rgb(0x1F2328), rgb(0x4A5058),
                     rgb(0x173F5F), rgb(0x1D5FD1), rgb(0xFFFFFF), rgb(0x174EAD), rgb(0x1D5FD1), rgb(0x1A55B8),
                     rgb(0x1E6B35), rgb(0xE5F3E8), rgb(0x8A5300), rgb(0xFDF1DC), rgb(0xA42323), rgb(0xFBE7E7),
                     rgb(0x1D5FD1), rgb(0xE8F0FC), rgb(0xC2410C), rgb(0xDCE8FB)};
const Palette kDark{rgb(0x15181C), rgb(0x20252B), rgb(0x2A3340), rgb(0x3A424C), rgb(0xE8E6E1), rgb(0xB3B8BF),
                    rgb(0x9CC3FF), rgb(0x5B9BFF), rgb(0x0B1220), rgb(0x82B4FF), rgb(0x82B4FF), rgb(0x8EBBFF),
                    rgb(0x7BD88F), rgb(0x1C3324), rgb(0xF2B65A), rgb(0x3A2E18), rgb(0xFF8A8A), rgb(0x3D1E1E),
                    rgb(0x8EBBFF), rgb(0x1B2A40), rgb(0xFF9F5A), rgb(0x24395C)};
const Palette kHighContrast{rgb(0x000000), rgb(0x000000), rgb(0x1A1A1A), rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xFFFFFF),
                            rgb(0xFFFF00), rgb(0xFFFF00), rgb(0x000000), rgb(0xFFFFFF), rgb(0x00FFFF), rgb(0x00FFFF),
                            rgb(0x00FF66), rgb(0x000000), rgb(0xFFCC00), rgb(0x000000), rgb(0xFF6666), rgb(0x000000),
                            rgb(0x00FFFF), rgb(0x000000), rgb(0xFF9900), rgb(0x333300)};
}  // namespace

const Palette& palette(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::dark:
      return kDark;
    case ThemeKind::highContrast:
      return kHighContrast;
    default:
      return kLight;
  }
}

const char* themeName(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::dark:
      return "dark";
    case ThemeKind::highContrast:
      return "contrast";
    case ThemeKind::light:
      break;
  }
  return "light";
}

void applyTheme(ThemeKind kind, float textScale) {
  const Palette& p = palette(kind);
  ImGuiStyle style;
  if (kind == ThemeKind::light)
    ImGui::StyleColorsLight(&style);
  else
    ImGui::StyleColorsDark(&style);
  auto c = [](ImU32 v) { return ImGui::ColorConvertU32ToFloat4(v); };
  ImVec4* col = style.Colors;
  col[ImGuiCol_WindowBg] = c(p.background);
  // Children (a screen's content, a sideways row) lie on a background of their own colour:
  // a transparent one is not drawn at all (ImDrawList skips it), which spares the GPU a fill
  // of the whole screen per frame (a phone's fill rate; 15 ms a frame in SwiftShader).
  col[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  col[ImGuiCol_PopupBg] = c(p.surface);
  col[ImGuiCol_Text] = c(p.text);
  col[ImGuiCol_TextDisabled] = c(p.textMuted);
  col[ImGuiCol_Border] = c(p.border);
  col[ImGuiCol_FrameBg] = c(p.surface);
  col[ImGuiCol_FrameBgHovered] = c(p.surfaceHover);
  col[ImGuiCol_FrameBgActive] = c(p.selected);
  col[ImGuiCol_Button] = c(p.accent);
  col[ImGuiCol_ButtonHovered] = c(p.accentHover);
  col[ImGuiCol_ButtonActive] = c(p.accentHover);
  col[ImGuiCol_CheckMark] = c(p.accent);
  col[ImGuiCol_SliderGrab] = c(p.accent);
  col[ImGuiCol_SliderGrabActive] = c(p.accentHover);
  col[ImGuiCol_Header] = c(p.selected);
  col[ImGuiCol_HeaderHovered] = c(p.surfaceHover);
  col[ImGuiCol_HeaderActive] = c(p.selected);
  col[ImGuiCol_NavHighlight] = c(p.focus);
  col[ImGuiCol_ScrollbarBg] = c(p.background);
  col[ImGuiCol_Separator] = c(p.border);
  col[ImGuiCol_TableBorderStrong] = c(p.border);
  col[ImGuiCol_TableBorderLight] = c(p.border);
  col[ImGuiCol_TableHeaderBg] = c(p.surfaceHover);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.FramePadding = ImVec2(14, 10);  // with 16 px text: 42 px buttons
  style.ItemSpacing = ImVec2(10, 12);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.FrameRounding = 6;
  style.GrabRounding = 6;
  style.ChildRounding = 8;
  style.PopupRounding = 8;
  style.ScrollbarSize = 14;
  style.ScrollbarRounding = 7;
  style.GrabMinSize = 18;
  style.TouchExtraPadding = ImVec2(4, 4);  // larger touch targets (phones)
  // Frames (radio, checkbox, slider) need an outline to stand out from the page.
  style.FrameBorderSize = kind == ThemeKind::highContrast ? 2.0f : 1.0f;
  style.ScaleAllSizes(textScale);
  ImGui::GetStyle() = style;
}

}  // namespace leren::ui
