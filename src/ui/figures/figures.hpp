#pragma once
// Interactive figures drawn from their data (one file per figure type). Transient state
// (selection, current step) lives per figure id; values the learner sets (radar scores,
// calculator inputs) are kept in the learner's progress.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/content_model.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

// Draws figure `block` of module `module` (an index into the course's modules).
void drawFigure(Ui& ui, Model& model, size_t module, const core::Block& block);

void drawActorMap(Ui& ui, const core::ActorMap& fig);
void drawTimeline(Ui& ui, const core::Timeline& fig);
void drawProcessFlow(Ui& ui, const core::ProcessFlow& fig);
void drawComparison(Ui& ui, const core::Comparison& fig);
// `learner` holds the learner's own scores by axis id (editable radars); returns true on change.
bool drawRadar(Ui& ui, const core::Radar& fig, std::map<std::string, double>& learner);
// `inputs` holds the learner's inputs by input id; returns true on change.
bool drawCalculator(Ui& ui, const core::Calculator& fig, std::map<std::string, double>& inputs);
void drawDecisionExplorer(Ui& ui, const core::DecisionExplorer& fig);

// Shared pieces: a figure is a container in the semantic tree ("figure.<id>", labelled by its
// caption, which is drawn above it); the explanation box under it.
class FigureScope {
 public:
  FigureScope(Ui& ui, const std::string& figureId, const core::Text& caption);

 private:
  Scope scope_;
};
void figureDetail(Ui& ui, const std::string& id, const std::string& title, const std::string& text);
// Formats a number the Dutch or English way ("1.234,56" / "1,234.56").
std::string formatNumber(double value, int decimals, core::Lang lang);
// A number as a learner types it, the Dutch or English way ("1.345,45", "1345.45", "€ 1 345");
// nullopt when it is not a number.
std::optional<double> parseNumber(const std::string& text, core::Lang lang);
// A content date (YYYY, YYYY-MM or YYYY-MM-DD) as people write it: "9 juli 2014" / "9 July 2014",
// "april 2013", "2004". Anything else is returned as it is.
std::string formatDate(Ui& ui, const std::string& iso);
// The words of `text`: split at spaces and line breaks (where ImGui wraps), none empty.
std::vector<std::string_view> wordsOf(std::string_view text);

}  // namespace leren::ui

namespace leren::ui {
// A radar (spider) chart: `series` are polygons over `axes` (values min..max); when
// `editable` is given, that polygon's points can be dragged along their axes.
struct RadarSeriesView {
  std::string label;
  std::vector<double> values;
  ImU32 color;
};
bool radarChart(Ui& ui, const std::string& id, const std::vector<std::string>& axes, double min, double max,
                const std::vector<RadarSeriesView>& series, std::vector<double>* editable, float size);
}  // namespace leren::ui
