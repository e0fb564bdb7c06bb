// A card's summary is cut to three lines with an ellipsis (clampLines, ui/widgets.hpp): the
// longest start of the text, cut at a space, that fits. The search tries only the text's first
// lines, and what it found is kept until the fonts are built again.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cfloat>
#include <cstring>
#include <string>
#include <tuple>

#include "ui/context.hpp"
#include "ui/widgets.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

float heightOf(ImFont* font, const std::string& text, float width) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str(), text.c_str() + text.size()).y;
}

// The search over the whole text, as clampLines did before it looked at the lines: a check of
// the shortcut against the plain definition.
std::string clampByWholeText(ImFont* font, const std::string& text, float width, int maxLines) {
  const float most = font->FontSize * static_cast<float>(maxLines) + 1;
  if (heightOf(font, text, width) <= most) return text;
  size_t lo = 0, hi = text.size();
  while (lo < hi) {
    const size_t mid = (lo + hi + 1) / 2;
    if (heightOf(font, text.substr(0, mid) + "\xE2\x80\xA6", width) <= most)
      lo = mid;
    else
      hi = mid - 1;
  }
  size_t cut = text.rfind(' ', lo);
  if (cut == std::string::npos || cut < lo / 2) cut = lo;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string out = text.substr(0, cut);
  while (!out.empty() && std::strchr(" ,.;:", out.back())) out.pop_back();
  return out + "\xE2\x80\xA6";
}

TEST(ClampLines, CutsEverySummaryAsTheSearchOverTheWholeTextDoes) {
  UiHarness h;
  h.frame();
  ImFont* body = h.app().fonts().body;
  std::vector<std::string> texts;
  for (const core::Module& m : h.course().modules) texts.push_back(m.summary.get(core::Lang::nl));
  for (const core::Case& k : h.course().cases) texts.push_back(k.summary.get(core::Lang::en));
  texts.push_back(
      "Eerste regel.\nTweede regel na een harde regelovergang, en dan nog een hele tijd verder tot de "
      "tekst zeker niet meer in drie regels past, ook niet in een brede kaart van zeshonderd pixels.");
  texts.push_back(std::string(400, 'x'));  // one word longer than a line: cut anywhere
  int cut = 0;
  for (const std::string& text : texts)
    for (const float width : {120.0f, 240.0f, 310.0f, 600.0f})
      for (const int lines : {1, 2, 3}) {
        const std::string clamped = clampLines(body, text, width, lines);
        EXPECT_EQ(clamped, clampByWholeText(body, text, width, lines)) << text << " at " << width << " px";
        EXPECT_LE(heightOf(body, clamped, width), body->FontSize * static_cast<float>(lines) + 1);
        cut += clamped != text;
      }
  EXPECT_GT(cut, 100);  // most of them are cut: the comparison is not only of whole texts
}

TEST(ClampLines, KeepsWhatItFoundUntilTheFontsAreBuiltAgain) {
  UiHarness h;
  h.frame();  // home: every card's summary cut once
  Fonts& fonts = h.app().fonts();
  const size_t kept = fonts.clamped.size();
  EXPECT_GE(kept, h.course().modules.size());
  h.frame();
  EXPECT_EQ(fonts.clamped.size(), kept);  // the next frame measured nothing new

  const std::string text = h.course().modules.front().summary.get(core::Lang::nl);
  SemanticTree sem;
  const core::I18n i18n;
  ViewState view;
  Ui ui{sem, fonts, i18n, view};
  const std::string first = clampLines(ui, fonts.body, text, 200, 2);
  EXPECT_EQ(first, clampLines(fonts.body, text, 200, 2));
  // Asked again, the kept text comes back, not a new measurement.
  const auto key = std::make_tuple(static_cast<const ImFont*>(fonts.body), 200.0f, 2, text);
  ASSERT_EQ(fonts.clamped.count(key), 1u);
  fonts.clamped[key] = "kept";
  EXPECT_EQ(clampLines(ui, fonts.body, text, 200, 2), "kept");
  fonts.clamped.erase(key);

  h.resize(900, 800);  // another width: measured again
  h.frame();
  EXPECT_GT(fonts.clamped.size(), kept + 1);
  h.learner().setTextSize(150);  // bigger text: the fonts are built again, and forget
  h.frame();
  EXPECT_LE(fonts.clamped.size(), kept + 1);
}

}  // namespace
}  // namespace leren::ui::test
