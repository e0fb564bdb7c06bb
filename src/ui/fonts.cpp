#include "ui/fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace leren::ui {
namespace {
// ImGui's font size is the distance from ascender to descender, 1.362 em for Noto Sans (1069 +
// 293 units of 1000), not the CSS em: size 17 is a 12.5 px em. These sizes give the em a
// browser would show: body 16.2 px, small 14 px (nothing under 13 px), headings 26, 21, 18 px.
constexpr float kBody = 22.0f, kSmall = 19.0f, kH1 = 36.0f, kH2 = 29.0f, kH3 = 25.0f;
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
  // No oversampling: at 1x, glyphs snap to whole pixels instead (crisp, as a browser draws
  // unhinted text), which halves the atlas (1024 x 1024 -> 512 x 1024 on a laptop) and the
  // start-up's rasterising; at 2x and up, sub-pixel positions are fine enough as they are.
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = density < 1.5f;
  ImFont* font = atlas->AddFontFromFileTTF((dir + "/" + file).c_str(), size, &cfg, kRanges);
  if (!font) return nullptr;
  cfg.MergeMode = true;
  atlas->AddFontFromFileTTF((dir + "/Symbols.ttf").c_str(), size, &cfg, kSymbolRanges);
  return font;
}

// Above 2x (or with large text) the atlas outgrows what phones give a WebGL texture (a 3x phone
// would need a 4096² RGBA atlas, 64 MB); glyphs rasterised at 2x and drawn at 3x, or large text
// at 1.25x, stay sharp enough.
float densityFor(float pixelRatio, float textScale) {
  return std::clamp(pixelRatio, 1.0f, std::max(1.0f, 2.5f / std::max(1.0f, textScale)));
}

bool fileExists(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f) std::fclose(f);
  return f != nullptr;
}
}  // namespace

bool buildFonts(Fonts& fonts, const char* dir, float pixelRatio, float textScale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  const std::string d = dir;
  const float s = textScale;
  const float density = densityFor(pixelRatio, s);
  fonts.body = add(atlas, d, "NotoSans-Regular.ttf", kBody * s, density);
  if (!fonts.body) {
    ImFont* fallback = atlas->AddFontDefault();
    fonts = Fonts{fallback, fallback, fallback, fallback, fallback, fallback, fallback, fallback};
    return false;
  }
  fonts.bold = add(atlas, d, "NotoSans-Bold.ttf", kBody * s, density);
  fonts.italic = fonts.body;  // until buildItalicFont
  fonts.boldItalic = fonts.bold;
  fonts.h1 = add(atlas, d, "NotoSans-Bold.ttf", kH1 * s, density);
  fonts.h2 = add(atlas, d, "NotoSans-Bold.ttf", kH2 * s, density);
  fonts.h3 = add(atlas, d, "NotoSans-Bold.ttf", kH3 * s, density);
  fonts.small = add(atlas, d, "NotoSans-Regular.ttf", kSmall * s, density);
  ImGui::GetIO().FontDefault = fonts.body;
  return atlas->Build();
}

bool buildItalicFont(Fonts& fonts, ImFontAtlas& atlas, const char* dir, float pixelRatio, float textScale,
                     const MakeTexture& makeTexture) {
  const std::string d = dir;
  // ImGui asserts on a missing file: ask first (on the web it arrives after the first screen).
  if (!fileExists(d + "/NotoSans-Italic.ttf")) return false;
  fonts.italic = fonts.body;  // the atlas's old face goes now; the body face if this fails
  atlas.Clear();
  ImFont* italic = add(&atlas, d, "NotoSans-Italic.ttf", kBody * textScale, densityFor(pixelRatio, textScale));
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  if (italic && atlas.Build()) atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  const std::uintptr_t texture = pixels ? makeTexture(width, height, pixels) : 0;
  atlas.ClearTexData();
  if (!texture) {
    atlas.Clear();
    return false;
  }
  atlas.SetTexID(reinterpret_cast<ImTextureID>(texture));
  fonts.italic = italic;
  return true;
}

}  // namespace leren::ui
