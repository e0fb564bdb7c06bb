#include "ui/fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

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
// Without the course's letters (no index): the same without Latin Extended-A (U+0100-U+017F, the
// ş of Ayşe, the ł of Łódź), which Dutch and English do not use.
const ImWchar kRangesWithoutExtended[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030, 0x2030, 0x2039, 0x203A, 0x20AC, 0x20AC, 0,
};

bool inRanges(const ImWchar* ranges, ImWchar c) {
  for (; ranges[0]; ranges += 2)
    if (c >= ranges[0] && c <= ranges[1]) return true;
  return false;
}

// Of kRanges, ASCII and what the code itself writes beyond it (a no-break space, the · between
// facts, ×, a dash, a list's bullet, an ellipsis, ›, the euro sign); every other character, a
// letter or punctuation, comes from the course's own (Fonts::letters). Fewer glyphs: each of the
// six faces rasterises about 60 fewer (tests/ui/fonts_test.cpp checks every screen needs none).
const ImWchar kRangesButLetters[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2014, 0x2014,
    0x2022, 0x2022, 0x2026, 0x2026, 0x203A, 0x203A, 0x20AC, 0x20AC, 0,
};

// What the atlas holds (fonts.hpp): ASCII, the code's own characters and the course's; without
// those (not known), kRanges but Latin Extended-A; all of kRanges once a frame wanted more.
std::vector<ImWchar> rangesFor(const Fonts& fonts) {
  const ImWchar* fixed = fonts.complete ? kRanges : !fonts.letters ? kRangesWithoutExtended : kRangesButLetters;
  std::vector<ImWchar> out;
  for (; *fixed; ++fixed) out.push_back(*fixed);
  if (!fonts.complete && fonts.letters)
    for (const ImWchar c : *fonts.letters)
      if (inRanges(kRanges, c) && !inRanges(kRangesButLetters, c)) out.insert(out.end(), {c, c});
  out.push_back(0);
  return out;
}
// From DejaVu Sans (Symbols.ttf), merged into every face: arrows, ⇒ ⇔, minus, ≤ ≥, ✓ ✗.
const ImWchar kSymbolRanges[] = {
    0x2190, 0x2199, 0x21D2, 0x21D2, 0x21D4, 0x21D4, 0x2212, 0x2212, 0x2264, 0x2265, 0x2713, 0x2713, 0x2717, 0x2717, 0,
};

ImFont* add(ImFontAtlas* atlas, const std::string& dir, const char* file, float size, float density,
            const ImWchar* ranges = kRanges) {
  ImFontConfig cfg;
  cfg.RasterizerDensity = density;  // glyphs at device resolution; layout stays in CSS pixels
  // No oversampling: at 1x, glyphs snap to whole pixels instead (crisp, as a browser draws
  // unhinted text), which halves the atlas (1024 x 1024 -> 512 x 1024 on a laptop) and the
  // start-up's rasterising; at 2x and up, sub-pixel positions are fine enough as they are.
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = density < 1.5f;
  ImFont* font = atlas->AddFontFromFileTTF((dir + "/" + file).c_str(), size, &cfg, ranges);
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

// Every letter of kRanges the atlas left out (`missing`) drawn as one invisible box of a letter's
// width, whose texture coordinates (a blank pixel of the atlas) say in a frame's vertices that
// one was drawn.
void addStandIns(ImFont* font, ImVec2 uv, const std::vector<ImWchar>& missing) {
  const ImFontGlyph* n = font->FindGlyphNoFallback('n');
  const float advance = n ? n->AdvanceX : font->FontSize * 0.5f;
  font->AddGlyph(nullptr, missing.front(), 0, 0, advance, font->FontSize * 0.5f, uv.x, uv.y, uv.x, uv.y, advance);
  font->BuildLookupTable();
  for (size_t i = 1; i < missing.size(); ++i) font->AddRemapChar(missing[i], missing.front());
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
  fonts.clamped.clear();
  const std::string d = dir;
  const float s = textScale;
  const float density = densityFor(pixelRatio, s);
  fonts.ranges = rangesFor(fonts);  // ImGui keeps a pointer to them
  const ImWchar* ranges = fonts.ranges.data();
  std::vector<ImWchar> missing;
  for (const ImWchar* r = kRanges; r[0]; r += 2)
    for (unsigned c = r[0]; c <= r[1]; ++c)
      if (!inRanges(ranges, static_cast<ImWchar>(c))) missing.push_back(static_cast<ImWchar>(c));
  fonts.standInUv = ImVec2(-1, -1);
  fonts.body = add(atlas, d, "NotoSans-Regular.ttf", kBody * s, density, ranges);
  // No fallback face: ImGui's built-in one is left out of the build (scripts/patches), and it has
  // no letters beyond ASCII, which every Dutch text needs.
  if (!fonts.body) return false;
  fonts.bold = add(atlas, d, "NotoSans-Bold.ttf", kBody * s, density, ranges);
  fonts.italic = fonts.body;  // until buildItalicFont
  fonts.boldItalic = fonts.bold;
  fonts.h1 = add(atlas, d, "NotoSans-Bold.ttf", kH1 * s, density, ranges);
  fonts.h2 = add(atlas, d, "NotoSans-Bold.ttf", kH2 * s, density, ranges);
  fonts.h3 = add(atlas, d, "NotoSans-Bold.ttf", kH3 * s, density, ranges);
  fonts.small = add(atlas, d, "NotoSans-Regular.ttf", kSmall * s, density, ranges);
  ImGui::GetIO().FontDefault = fonts.body;
  const int blank = missing.empty() ? -1 : atlas->AddCustomRectRegular(2, 2);  // left transparent
  if (!atlas->Build()) return false;
  if (blank >= 0) {
    ImVec2 uv0, uv1;
    atlas->CalcCustomRectUV(atlas->GetCustomRectByIndex(blank), &uv0, &uv1);
    fonts.standInUv = ImVec2((uv0.x + uv1.x) / 2, (uv0.y + uv1.y) / 2);
    for (ImFont* font : atlas->Fonts) addStandIns(font, fonts.standInUv, missing);
  }
  return true;
}

bool needsMoreLetters(Fonts& fonts, const ImDrawData* frame) {
  if (fonts.complete || fonts.standInUv.x < 0 || !frame) return false;
  for (int i = 0; i < frame->CmdListsCount; ++i)
    for (const ImDrawVert& v : frame->CmdLists[i]->VtxBuffer)
      if (v.uv.x == fonts.standInUv.x && v.uv.y == fonts.standInUv.y) return fonts.complete = true;
  return false;
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
