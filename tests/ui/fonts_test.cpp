// The italic face has an atlas and a texture of its own (ui/fonts.hpp): on the web its file
// comes after the first screen. Until it is built, emphasis is drawn upright in the body face
// (and the UI says it wanted the italic one); afterwards with the italic atlas's texture, while
// the rest of the text keeps the main atlas.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdint>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// Draw commands of the last frame that use `texture`.
int commandsWith(std::uintptr_t texture) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int i = 0; i < data->CmdListsCount; ++i)
    for (const ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer)
      n += reinterpret_cast<std::uintptr_t>(cmd.TextureId) == texture;
  return n;
}

TEST(Fonts, EmphasisIsDrawnWithTheItalicAtlasOnceItHasCome) {
  HarnessOptions options;
  options.height = 4000;  // the whole first page of the first module, with its *emphasis*, on screen
  options.italicFont = false;
  UiHarness h(options);
  openPage(h, 0, 0);
  const Fonts& fonts = h.app().fonts();
  EXPECT_EQ(fonts.italic, fonts.body);
  EXPECT_TRUE(fonts.italicWanted);
  EXPECT_EQ(commandsWith(UiHarness::kItalicTexture), 0);
  const int mainBefore = commandsWith(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));

  h.buildItalicFont();
  h.frame();
  EXPECT_NE(fonts.italic, fonts.body);
  EXPECT_NE(fonts.italic->ContainerAtlas, ImGui::GetIO().Fonts);
  EXPECT_GT(commandsWith(UiHarness::kItalicTexture), 0);
  // Each emphasised word switches texture and back: the text after it is in the main atlas.
  EXPECT_GT(commandsWith(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID)), mainBefore);
}

TEST(Fonts, APageWithoutEmphasisNeverAsksForTheItalicFace) {
  HarnessOptions options;
  options.italicFont = false;
  UiHarness h(options);
  h.settle();
  EXPECT_FALSE(h.app().fonts().italicWanted);  // home: titles and summaries, no Markdown emphasis
}

// A rebuild that cannot make its texture (a lost WebGL context) leaves emphasis upright in the
// body face, not pointing into the atlas it has just cleared.
TEST(Fonts, ARebuildWithoutATextureFallsBackToTheBodyFace) {
  HarnessOptions options;
  options.height = 4000;
  options.italicFont = false;
  UiHarness h(options);
  Fonts& fonts = h.app().fonts();
  ImFontAtlas atlas;
  const auto texture = [](std::uintptr_t id) { return [id](int, int, const unsigned char*) { return id; }; };
  ASSERT_TRUE(buildItalicFont(fonts, atlas, LEREN_FONTS_DIR, 1.0f, 1.0f, texture(0x51)));
  EXPECT_EQ(fonts.italic->ContainerAtlas, &atlas);
  EXPECT_FALSE(buildItalicFont(fonts, atlas, LEREN_FONTS_DIR, 1.0f, 1.0f, texture(0)));
  EXPECT_EQ(fonts.italic, fonts.body);
  openPage(h, 0, 0);  // emphasis drawn again: in the body face
  EXPECT_EQ(commandsWith(0x51), 0);
  EXPECT_FALSE(buildItalicFont(fonts, atlas, "/nonexistent", 1.0f, 1.0f, texture(0x52)));  // no file: unchanged
  EXPECT_EQ(fonts.italic, fonts.body);
}

}  // namespace
}  // namespace leren::ui::test
