// Every page of every module and its figures, and the interactive figures with known inputs,
// headless. (The browser keeps one screenshot per figure type.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "flows.hpp"
#include "ui/figures/figures.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

std::string figureId(const core::Block& b) {
  return std::visit(
      [](const auto& f) -> std::string {
        if constexpr (requires { f.id; }) return f.id;
        return "";
      },
      b);
}

TEST(Figures, EveryPageOfEveryModuleOpensAndShowsItsFigures) {
  UiHarness h;
  for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
    const core::Module& m = h.course().modules[mi];
    openPage(h, mi, 0);
    for (size_t pi = 0; pi < m.pages.size(); ++pi) {
      const core::Page& p = m.pages[pi];
      ASSERT_EQ(h.screen(), "page." + m.id + "." + p.id);
      EXPECT_EQ(h.element("page.title").label, p.title.nl);
      for (const core::Block& b : p.blocks) {
        if (!core::isFigure(b)) continue;
        const SemanticElement& fig = h.element("figure." + figureId(b));
        EXPECT_EQ(fig.role, Role::figure);
      }
      EXPECT_TRUE(h.has("page.sources.heading"));
      if (pi + 1 < m.pages.size()) h.go("page.next", "page." + m.id + "." + m.pages[pi + 1].id);
    }
    EXPECT_TRUE(h.has("page.quiz")) << "the last page leads to the check of " << m.id;
  }
}

template <typename T>
std::pair<size_t, size_t> findFigure(const core::Course& c, const std::function<bool(const T&)>& pred, const T** out) {
  for (size_t mi = 0; mi < c.modules.size(); ++mi)
    for (size_t pi = 0; pi < c.modules[mi].pages.size(); ++pi)
      for (const auto& b : c.modules[mi].pages[pi].blocks)
        if (const T* f = std::get_if<T>(&b); f && pred(*f)) {
          *out = f;
          return {mi, pi};
        }
  return {SIZE_MAX, SIZE_MAX};
}

// The shipped course's first editable radar, its page opened.
struct OpenedRadar {
  const core::Radar* radar = nullptr;
  size_t module = 0, page = 0;
  std::string firstAxis;  // the id of its first axis's slider
};
OpenedRadar openEditableRadar(UiHarness& h) {
  OpenedRadar o;
  std::tie(o.module, o.page) = findFigure<core::Radar>(
      h.course(), [](const core::Radar& r) { return r.editable; }, &o.radar);
  if (!o.radar) return o;
  openPage(h, o.module, o.page);
  o.firstAxis = "figure." + o.radar->id + ".axis." + o.radar->axes[0].id;
  return o;
}

TEST(Figures, AnEditableRadarTakesTheLearnersScoresAndKeepsThem) {
  UiHarness h;
  const OpenedRadar r = openEditableRadar(h);
  ASSERT_TRUE(r.radar);
  const std::string& id = r.firstAxis;
  ASSERT_TRUE(h.setValue(id, 8));
  h.settle();
  EXPECT_EQ(h.element(id).value, std::optional<double>(8));
  EXPECT_EQ(h.element(id).valueText, "8");
  openPage(h, r.module, r.page);
  EXPECT_EQ(h.element(id).value, std::optional<double>(8)) << "kept in the learner's progress";
  EXPECT_EQ(h.element("figure." + r.radar->id + ".legend").role, Role::list);
}

// A screen reader reads the value and its words together: no frame may describe a slider's new
// value beside the words of the value before it (the text is made before the change is applied).
TEST(Figures, ASlidersDescriptionPairsEveryValueWithItsOwnText) {
  UiHarness h;
  const OpenedRadar r = openEditableRadar(h);
  ASSERT_TRUE(r.radar);
  const std::string& id = r.firstAxis;
  for (double to : {8.0, 3.0}) {
    ASSERT_TRUE(h.setValue(id, to));
    bool seen = false;
    for (int i = 0; i < 6; ++i) {
      h.frame();
      const SemanticElement& e = h.element(id);
      ASSERT_TRUE(e.value);
      EXPECT_EQ(e.valueText, std::to_string(static_cast<int>(*e.value))) << "frame " << i << " after " << to;
      seen = seen || *e.value == to;
    }
    EXPECT_TRUE(seen) << "the new value " << to << " is described within a few frames";
  }
}

TEST(Figures, TheKostendelersnormCalculatorGivesTheKnownResult) {
  UiHarness h;
  const core::Calculator* calc = nullptr;
  auto [mi, pi] = findFigure<core::Calculator>(
      h.course(), [](const core::Calculator& c) { return c.id.find("kostendeler") != std::string::npos; }, &calc);
  ASSERT_TRUE(calc);
  openPage(h, mi, pi);
  const core::CalculatorInput* count = &calc->inputs[0];
  for (const auto& in : calc->inputs)
    if (in.id.find("aantal") != std::string::npos || in.id == "a") count = &in;
  ASSERT_TRUE(h.setValue("figure." + calc->id + ".input." + count->id, 3));
  h.settle();
  // (40 + A·30) / (A·100) for A = 3 is 130/300 = 43.33 %.
  const SemanticElement& out = h.element("figure." + calc->id + ".output." + calc->outputs[0].id);
  ASSERT_TRUE(out.value);
  EXPECT_NEAR(*out.value, 130.0 / 300.0, 1e-9);
}

TEST(Figures, AProcessFlowStepsForwardBackAndJumpsToASelectedStep) {
  UiHarness h;
  const core::ProcessFlow* f = nullptr;
  auto [mi, pi] = findFigure<core::ProcessFlow>(
      h.course(), [](const core::ProcessFlow& x) { return x.steps.size() >= 3; }, &f);
  ASSERT_TRUE(f);
  openPage(h, mi, pi);
  const core::ProcessStep* start = nullptr;
  for (const auto& s : f->steps)
    if (s.id == f->start) start = &s;
  ASSERT_TRUE(start && !start->next.empty());
  const std::string next = start->next[0].to;
  h.press("figure." + f->id + ".next." + next);
  EXPECT_EQ(h.element("figure." + f->id + ".step." + next).selected, std::optional<bool>(true));
  EXPECT_EQ(h.element("figure." + f->id + ".step." + f->start).valueText, "gedaan");
  h.press("figure." + f->id + ".back");
  EXPECT_EQ(h.element("figure." + f->id + ".step." + f->start).selected, std::optional<bool>(true));
  const core::ProcessStep& last = f->steps.back();
  h.press("figure." + f->id + ".step." + last.id);
  EXPECT_EQ(h.element("figure." + f->id + ".step." + last.id).selected, std::optional<bool>(true));
  EXPECT_EQ(h.element("figure." + f->id + ".detail").label.rfind(last.label.nl, 0), 0u);
}

TEST(Figures, AFigureIsAContainerLabelledByItsCaption) {
  UiHarness h;
  const core::ActorMap* map = nullptr;
  auto [mi, pi] = findFigure<core::ActorMap>(
      h.course(), [](const core::ActorMap&) { return true; }, &map);
  ASSERT_TRUE(map);
  openPage(h, mi, pi);
  const SemanticElement& fig = h.element("figure." + map->id);
  EXPECT_EQ(fig.label, map->caption.nl);
  EXPECT_EQ(h.parentOf(h.element("figure." + map->id + ".node." + map->nodes[0].id)), "figure." + map->id);
  h.press("figure." + map->id + ".node." + map->nodes[0].id);
  EXPECT_EQ(h.element("figure." + map->id + ".node." + map->nodes[0].id).selected, std::optional<bool>(true));
  EXPECT_TRUE(h.has("figure." + map->id + ".detail"));
}

// Dates are written as people write them, not as ISO: "9 juli 2014", "november 2020", "2004",
// in the learner's language; the sources' peildatum too.
TEST(Figures, TimelineDatesAreWrittenOut) {
  UiHarness h;
  const core::Timeline* tl = nullptr;
  auto [mi, pi] = findFigure<core::Timeline>(
      h.course(), [](const core::Timeline& t) { return t.id == "tijdlijn-decentralisaties"; }, &tl);
  ASSERT_TRUE(tl);
  openPage(h, mi, pi);
  const std::string date = "figure." + tl->id + ".date.";
  EXPECT_EQ(h.element(date + "wmo2015-wet").label, "9 juli 2014");
  EXPECT_EQ(h.element(date + "scp-2020").label, "november 2020");
  EXPECT_EQ(h.element(date + "wwb-2004").label, "2004");
  EXPECT_EQ(h.element("page.sources.peildatum").label, "Peildatum: 23 november 2026");
  h.press("figure." + tl->id + ".event.drie-wetten-2015");
  EXPECT_EQ(h.element("figure." + tl->id + ".detail").label.rfind("1 januari 2015 ", 0), 0u)
      << h.element("figure." + tl->id + ".detail").label;
  h.press("nav.lang.en");
  EXPECT_EQ(h.element(date + "wmo2015-wet").label, "9 July 2014");
  EXPECT_EQ(h.element(date + "scp-2020").label, "November 2020");
}

// A euro amount to the cent cannot be hit with a slider: it can be typed, the Dutch or English
// way, and the slider and the field follow each other.
TEST(Figures, AEuroAmountCanBeTyped) {
  UiHarness h;
  const core::Calculator* calc = nullptr;
  auto [mi, pi] = findFigure<core::Calculator>(
      h.course(), [](const core::Calculator& c) { return c.id == "kostendelersnorm-rekenhulp"; }, &calc);
  ASSERT_TRUE(calc);
  openPage(h, mi, pi);
  const std::string slider = "figure." + calc->id + ".input.gehuwdennorm", field = slider + ".typed";
  EXPECT_EQ(h.element(field).role, Role::textbox);
  EXPECT_EQ(h.element(field).valueText, h.element(slider).valueText.substr(std::string("\xE2\x82\xAC ").size()));
  ASSERT_TRUE(h.setText(field, "1.500,50"));
  h.settle();
  EXPECT_EQ(h.element(slider).value, std::optional<double>(1500.5));
  EXPECT_EQ(h.element(slider).valueText, "\xE2\x82\xAC 1.500,50");
  ASSERT_TRUE(h.setValue(slider, 2000));
  h.settle();
  EXPECT_EQ(h.element(field).valueText, "2.000,00") << "the slider writes into the field";
  ASSERT_TRUE(h.setText(field, "twaalf"));
  h.settle();
  EXPECT_EQ(h.element(slider).value, std::optional<double>(2000)) << "not a number: nothing changes";
  ASSERT_TRUE(h.setText(field, "99999"));
  h.settle();
  EXPECT_EQ(h.element(slider).value, std::optional<double>(calc->inputs[1].max)) << "kept within the range";
}

TEST(Figures, NumbersAreReadTheWayTheyAreWritten) {
  using core::Lang;
  EXPECT_EQ(parseNumber("1.345,45", Lang::nl), std::optional<double>(1345.45));
  EXPECT_EQ(parseNumber("1.345", Lang::nl), std::optional<double>(1345));
  EXPECT_EQ(parseNumber("1345,4", Lang::nl), std::optional<double>(1345.4));
  EXPECT_EQ(parseNumber("\xE2\x82\xAC 1 345,45", Lang::nl), std::optional<double>(1345.45));
  EXPECT_EQ(parseNumber("1,345.45", Lang::en), std::optional<double>(1345.45));
  EXPECT_EQ(parseNumber("1,345", Lang::en), std::optional<double>(1345));
  EXPECT_EQ(parseNumber("12.5", Lang::en), std::optional<double>(12.5));
  EXPECT_EQ(parseNumber("-3", Lang::en), std::optional<double>(-3));
  EXPECT_FALSE(parseNumber("", Lang::nl));
  EXPECT_FALSE(parseNumber("12 euro", Lang::nl));
  EXPECT_FALSE(parseNumber(",", Lang::nl));
}

TEST(Figures, NumbersAreWrittenTheWayTheLanguageWritesThem) {
  using core::Lang;
  EXPECT_EQ(formatNumber(1345.45, 2, Lang::nl), "1.345,45");
  EXPECT_EQ(formatNumber(1345.45, 2, Lang::en), "1,345.45");
  EXPECT_EQ(formatNumber(1234567, 0, Lang::nl), "1.234.567");
  EXPECT_EQ(formatNumber(-12.5, 1, Lang::nl), "-12,5");
  EXPECT_EQ(formatNumber(-0.4, 0, Lang::en), "0");  // no minus before a number rounded to zero
  EXPECT_EQ(formatNumber(-0.004, 2, Lang::nl), "0,00");
  EXPECT_EQ(formatNumber(-0.006, 2, Lang::nl), "-0,01");
}

// The hint under a comparison's caption names only what the table has: no "highlighted cells"
// where nothing is highlighted.
TEST(Figures, AComparisonHintSaysWhatTheTableHas) {
  UiHarness h;
  for (const std::string id : {"instrumenten-werk", "drie-wetten-vergelijking"}) {
    const core::Comparison* cmp = nullptr;
    auto [mi, pi] = findFigure<core::Comparison>(
        h.course(), [&](const core::Comparison& c) { return c.id == id; }, &cmp);
    ASSERT_TRUE(cmp) << id;
    bool clashes = false;
    for (const auto& row : cmp->rows)
      for (const auto& c : row.cells) clashes = clashes || c.clash;
    openPage(h, mi, pi);
    const std::string hint = h.element("figure." + id + ".hint").label;
    EXPECT_EQ(hint.find("Gemarkeerde") != std::string::npos, clashes) << id << ": " << hint;
    EXPECT_NE(hint.find("(i)"), std::string::npos) << id << ": " << hint;
  }
}

// A comparison table never breaks a word inside a cell: its columns are as wide as their widest
// word needs, and where the window cannot give that the rows are stacked, as on a phone.
TEST(Figures, AComparisonCellIsNeverNarrowerThanItsWidestWord) {
  for (const float width : {720.0f, 1024.0f, 1366.0f, 1920.0f}) {
    UiHarness h({.width = width, .height = 900});
    int cells = 0;
    for (size_t mi = 0; mi < h.course().modules.size(); ++mi)
      for (size_t pi = 0; pi < h.course().modules[mi].pages.size(); ++pi) {
        const core::Page& page = h.course().modules[mi].pages[pi];
        if (std::none_of(page.blocks.begin(), page.blocks.end(),
                         [](const core::Block& b) { return std::holds_alternative<core::Comparison>(b); }))
          continue;
        openPage(h, mi, pi);
        ImFont* font = ImGui::GetIO().FontDefault;
        for (const core::Block& b : page.blocks) {
          const auto* cmp = std::get_if<core::Comparison>(&b);
          if (!cmp) continue;
          for (const auto& row : cmp->rows)
            for (size_t c = 0; c < row.cells.size() && c < cmp->columns.size(); ++c) {
              const std::string id = "figure." + cmp->id + ".cell." + row.id + "/" + cmp->columns[c].id;
              const std::string& text = row.cells[c].text.nl;
              float widest = 0;
              for (std::string_view word : wordsOf(text))
                widest = std::max(
                    widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.data(), word.data() + word.size()).x);
              const float extra = 12.0f + (row.cells[c].note.empty() ? 0.0f : 24.0f);  // inset, (i) mark
              EXPECT_GE(h.element(id).rect.w + 0.5f, widest + extra) << id << " at " << width << " px";
              ++cells;
            }
        }
      }
    EXPECT_GT(cells, 20) << "the course's comparison tables were seen";
  }
}

}  // namespace
}  // namespace leren::ui::test
