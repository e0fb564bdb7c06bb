// The italic face has an atlas and a texture of its own (ui/fonts.hpp): on the web its file
// comes after the first screen. Until it is built, emphasis is drawn upright in the body face
// (and the UI says it wanted the italic one); afterwards with the italic atlas's texture, while
// the rest of the text keeps the main atlas.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdint>

#include "core/course_index.hpp"
#include "core/file_source.hpp"
#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

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

// Without the course's letters (no index), Latin Extended-A (the ş of Ayşe) is left out of the
// first atlas. A frame that draws one of its letters draws a stand-in, and the next frame has the
// real glyph: the atlas is rebuilt with every letter and the stand-in is gone.
TEST(Fonts, ALetterLeftOutComesWhenAFrameDrawsIt) {
  UiHarness h;
  h.settle();
  Fonts& fonts = h.app().fonts();
  ASSERT_FALSE(fonts.letters);
  ASSERT_FALSE(fonts.complete);
  ASSERT_GE(fonts.standInUv.x, 0.0f);
  const ImFontGlyph* e = fonts.body->FindGlyphNoFallback(0x00E9);  // é: Latin-1, there
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->Visible);
  const ImFontGlyph* standIn = fonts.body->FindGlyphNoFallback(0x015F);  // ş
  ASSERT_NE(standIn, nullptr);
  EXPECT_EQ(standIn->U0, fonts.standInUv.x);
  EXPECT_EQ(fonts.h1->FindGlyphNoFallback(0x0142)->U0, fonts.standInUv.x);  // ł, every face
  const int tallWithout = ImGui::GetIO().Fonts->TexHeight;

  ASSERT_TRUE(h.setText("home.search",
                        "Ay\xc5\x9f"
                        "e"));
  h.frame();  // the field takes the text
  h.frame();  // and draws it, the ş as the stand-in
  EXPECT_TRUE(fonts.complete);
  h.frame();
  const ImFontGlyph* real = fonts.body->FindGlyphNoFallback(0x015F);
  ASSERT_NE(real, nullptr);
  EXPECT_TRUE(real->Visible);
  EXPECT_NE(real->U0, real->U1);
  EXPECT_LT(fonts.standInUv.x, 0.0f);  // no stand-ins left in the atlas
  EXPECT_GT(ImGui::GetIO().Fonts->TexHeight, tallWithout);
  EXPECT_FALSE(needsMoreLetters(fonts, ImGui::GetDrawData()));
}

// With the course's letters (the index's), the first atlas holds of the letters beyond ASCII
// only those: the é of één, not the ñ, which is a stand-in until the search field draws one.
// Punctuation and symbols are always there (the code writes some itself).
TEST(Fonts, TheFirstAtlasHoldsTheLettersTheCourseUses) {
  core::Course course = UiHarness().course();
  course.letters = core::courseLetters(core::DirectoryFileSource(LEREN_SOURCE_DIR "/content"), course);
  UiHarness h(course);
  h.settle();
  Fonts& fonts = h.app().fonts();
  ASSERT_TRUE(fonts.letters);
  ASSERT_FALSE(fonts.complete);
  const auto standIn = [&](ImFont* f, ImWchar c) { return f->FindGlyphNoFallback(c)->U0 == fonts.standInUv.x; };
  EXPECT_FALSE(standIn(fonts.body, 0x00E9));   // é
  EXPECT_TRUE(standIn(fonts.body, 0x00F1));    // ñ
  EXPECT_TRUE(standIn(fonts.h2, 0x0142));      // ł
  EXPECT_FALSE(standIn(fonts.bold, 0x20AC));   // €
  EXPECT_FALSE(standIn(fonts.small, 0x00B7));  // ·
  ASSERT_TRUE(h.setText("home.search",
                        "Espa\xc3\xb1"
                        "a"));
  h.frame();
  h.frame();
  EXPECT_TRUE(fonts.complete);
  h.frame();
  EXPECT_NE(fonts.body->FindGlyphNoFallback(0x00F1)->U0, fonts.body->FindGlyphNoFallback(0x00F1)->U1);
}

// The course's own letters and characters (as coursetool index records them) and what the code
// writes itself (fonts.cpp's kRangesButLetters) cover every page, case, knowledge check with its
// result, case ending and screen of the module: none asks for more.
TEST(Fonts, TheCoursesLettersCoverItsPagesAndCases) {
  core::Course course = UiHarness().course();
  const core::DirectoryFileSource files(LEREN_SOURCE_DIR "/content");
  course.letters = core::courseLetters(files, course);
  ASSERT_FALSE(course.letters->empty());
  HarnessOptions options;
  options.height = 4000;
  UiHarness h(course, options);
  ASSERT_TRUE(h.app().fonts().letters);
  for (size_t m = 0; m < h.course().modules.size(); ++m)
    for (size_t p = 0; p < h.course().modules[m].pages.size(); ++p) {
      openPage(h, m, p);
      ASSERT_FALSE(h.app().fonts().complete) << h.course().modules[m].id << " page " << p;
    }
  for (size_t c = 0; c < h.course().cases.size(); ++c) {
    startCase(h, c);
    ASSERT_FALSE(h.app().fonts().complete) << h.course().cases[c].id;
  }
  playCase(h, "mix");  // the last case, to its ending and debrief
  ASSERT_FALSE(h.app().fonts().complete) << "case ending";
  for (size_t m = 0; m < h.course().modules.size(); ++m) {
    openQuiz(h, m);
    answerQuestion(h, h.course().modules[m].quiz.questions.front(), false);
    ASSERT_FALSE(h.app().fonts().complete) << h.course().modules[m].id << " knowledge check";
  }
  for (const auto& [id, screen] : {std::pair{"nav.home", "home"},
                                   {"nav.progress", "progress"},
                                   {"nav.settings", "settings"},
                                   {"nav.home", "home"},
                                   {"home.glossary", "glossary"}}) {
    h.go(id, screen);
    ASSERT_FALSE(h.app().fonts().complete) << screen;
  }
}

}  // namespace
}  // namespace leren::ui::test
