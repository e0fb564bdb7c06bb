#pragma once
// The fonts the UI uses (Noto Sans, subset at build time), rasterised for the device pixel
// ratio so text is crisp on HiDPI screens, and scaled by the learner's text-size setting.
#include <imgui.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace leren::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  // In an atlas of its own (buildItalicFont): on the web its file comes after the first screen,
  // and adding it to the main atlas then would rebuild all seven faces (80 ms on a laptop).
  // Until it is built it is the body face.
  ImFont* italic = nullptr;
  ImFont* boldItalic = nullptr;  // bold + italic spans (drawn with the bold face)
  ImFont* h1 = nullptr;
  ImFont* h2 = nullptr;
  ImFont* h3 = nullptr;
  ImFont* small = nullptr;
  // A span drew in the body face for want of the italic one (a frame is owed when it comes).
  bool italicWanted = false;
  // The main atlas starts with ASCII, the few characters the code writes itself, and of the
  // rest only `letters`, the characters beyond ASCII the course's files use (Course::letters,
  // from the course index); or all but Latin Extended-A when they are not known. Every other
  // character of the set scripts/build-fonts.sh keeps is an invisible stand-in. Fewer glyphs
  // build faster and make a smaller texture. A frame that drew a stand-in (a trainer's Ayşe, a
  // search for Łódź) sets `complete`, and the next buildFonts holds them all.
  std::optional<std::vector<ImWchar>> letters;
  bool complete = false;
  ImVec2 standInUv{-1, -1};     // the stand-in's texture coordinates (-1: none in the atlas)
  std::vector<ImWchar> ranges;  // the glyph ranges of the atlas built last (ImGui points at them)
  // Texts cut to a number of lines (clampLines in widgets.hpp), by face, width, lines and text:
  // measuring a summary takes a dozen wrapped measurements, and home has twenty-odd cards in
  // every frame. Valid as long as the faces are: buildFonts empties it.
  std::map<std::tuple<const ImFont*, float, int, std::string>, std::string> clamped;
};

// (Re)builds the font atlas from the TTF files in `dir` for the given pixel ratio and text
// scale, all faces but the italic one (which is the body face again until buildItalicFont);
// with the letters Fonts says, and stand-ins for the rest.
// Returns false when a font file is missing or is not a font: then no face can draw, and the
// caller stops with a message (there is no fallback face).
// The caller must recreate the renderer's font texture afterwards.
bool buildFonts(Fonts& fonts, const char* dir, float pixelRatio, float textScale);

// After ImGui::Render(): whether `frame` drew a stand-in for a letter the atlas left out. If so,
// fonts.complete is set and the caller rebuilds the fonts (buildFonts) before the next frame.
bool needsMoreLetters(Fonts& fonts, const ImDrawData* frame);

// Makes a texture of `rgba` (width * height * 4 bytes) for ImGui's draw lists; 0 if it cannot.
using MakeTexture = std::function<std::uintptr_t(int width, int height, const unsigned char* rgba)>;

// (Re)builds `atlas` with the italic face from `dir` for the same ratio and scale as
// buildFonts, gives it a texture and makes it fonts.italic. False while the file is not there
// (fonts.italic unchanged) or cannot be read (fonts.italic is the body face). The caller frees
// the atlas's previous texture first.
bool buildItalicFont(Fonts& fonts, ImFontAtlas& atlas, const char* dir, float pixelRatio, float textScale,
                     const MakeTexture& makeTexture);

}  // namespace leren::ui
