#include "ui/fonts.hpp"

#include <string>

namespace leren::ui {
namespace {
// What Dutch and English text needs (the same set scripts/build-fonts.sh keeps).
const ImWchar kRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x2030, 0x2039, 0x203A, 0x20AC, 0x20AC, 0,
};
// From DejaVu Sans (Symbols.ttf), merged into every face: arrows, ⇒ ⇔, minus, ≤ ≥, ✓ ✗.
const ImWchar kSymbolRanges[] = {
    0x2190, 0x2199, 0x21D2, 0x21D2, 0x21D4, 0x21D4, 0x2212, 0x2212, 0x2264, 0x2265, 0x2713, 0x2713, 0x2717, 0x2717, 0,
};

ImFont* add(ImFontAtlas* atlas, const std::string& dir, const char* file, float size, float density) {
  ImFontConfig cfg;
  cfg.RasterizerDensity = density;  // glyphs at device resolution; layout stays in CSS pixels
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  ImFont* font = atlas->AddFontFromFileTTF((dir + "/" + file).c_str(), size, &cfg, kRanges);
  if (!font) return nullptr;
  cfg.MergeMode = true;
  atlas->AddFontFromFileTTF((dir + "/Symbols.ttf").c_str(), size, &cfg, kSymbolRanges);
  return font;
}
}  // namespace

bool buildFonts(Fonts& fonts, const char* dir, float pixelRatio, float textScale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  const std::string d = dir;
  const float s = textScale;
  const float density = pixelRatio < 1.0f ? 1.0f : pixelRatio;
  fonts.body = add(atlas, d, "NotoSans-Regular.ttf", 17.0f * s, density);
  if (!fonts.body) {
    ImFont* fallback = atlas->AddFontDefault();
    fonts = Fonts{fallback, fallback, fallback, fallback, fallback, fallback, fallback, fallback};
    return false;
  }
  fonts.bold = add(atlas, d, "NotoSans-Bold.ttf", 17.0f * s, density);
  fonts.italic = add(atlas, d, "NotoSans-Italic.ttf", 17.0f * s, density);
  fonts.boldItalic = fonts.bold;
  fonts.h1 = add(atlas, d, "NotoSans-Bold.ttf", 28.0f * s, density);
  fonts.h2 = add(atlas, d, "NotoSans-Bold.ttf", 22.0f * s, density);
  fonts.h3 = add(atlas, d, "NotoSans-Bold.ttf", 19.0f * s, density);
  fonts.small = add(atlas, d, "NotoSans-Regular.ttf", 14.5f * s, density);
  ImGui::GetIO().FontDefault = fonts.body;
  return atlas->Build();
}

}  // namespace leren::ui
