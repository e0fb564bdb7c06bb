#pragma once
// The fonts the UI uses (Noto Sans, subset at build time), rasterised for the device pixel
// ratio so text is crisp on HiDPI screens, and scaled by the learner's text-size setting.
#include <imgui.h>

namespace leren::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;
  ImFont* boldItalic = nullptr;  // bold + italic spans (drawn with the bold face)
  ImFont* h1 = nullptr;
  ImFont* h2 = nullptr;
  ImFont* h3 = nullptr;
  ImFont* small = nullptr;
};

// (Re)builds the font atlas from the TTF files in `dir` for the given pixel ratio and text
// scale. Returns false when a font file is missing (ImGui's default font is used then).
// The caller must recreate the renderer's font texture afterwards.
bool buildFonts(Fonts& fonts, const char* dir, float pixelRatio, float textScale);

}  // namespace leren::ui
