#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawFigure(Ui& ui, Model& model, size_t module, const core::Block& block) {
  std::visit(
      [&](const auto& fig) {
        using T = std::decay_t<decltype(fig)>;
        if constexpr (std::is_same_v<T, core::ActorMap>)
          drawActorMap(ui, fig);
        else if constexpr (std::is_same_v<T, core::Timeline>)
          drawTimeline(ui, fig);
        else if constexpr (std::is_same_v<T, core::ProcessFlow>)
          drawProcessFlow(ui, fig);
        else if constexpr (std::is_same_v<T, core::Comparison>)
          drawComparison(ui, fig);
        else if constexpr (std::is_same_v<T, core::Radar> || std::is_same_v<T, core::Calculator>) {
          // The learner's own values are kept with their progress.
          std::map<std::string, double> values = model.learner.figureValues(module, fig.id);
          bool changed = false;
          if constexpr (std::is_same_v<T, core::Radar>)
            changed = drawRadar(ui, fig, values);
          else
            changed = drawCalculator(ui, fig, values);
          if (changed) model.learner.setFigureValues(module, fig.id, std::move(values));
        } else if constexpr (std::is_same_v<T, core::DecisionExplorer>)
          drawDecisionExplorer(ui, fig);
      },
      block);
}

FigureScope::FigureScope(Ui& ui, const std::string& figureId, const core::Text& caption)
    : scope_(ui, "figure." + figureId, Role::figure, ui.text(caption)) {
  styledText(ui, "figure." + figureId + ".caption", ui.text(caption), ui.fonts.bold, ui.pal().heading);
}

void figureDetail(Ui& ui, const std::string& id, const std::string& title, const std::string& text) {
  Box box(ui, id, Tone::info, title);
  RichTextEvents ignored;
  richText(ui, id + ".text", text, ignored);
}

std::string formatNumber(double value, int decimals, core::Lang lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits = buf, frac;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.resize(dot);
  }
  const char thousands = lang == core::Lang::nl ? '.' : ',', decimal = lang == core::Lang::nl ? ',' : '.';
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += thousands;
    out += digits[i];
  }
  if (!frac.empty()) {
    out += decimal;
    out += frac;
  }
  return (value < 0 && std::round(value * std::pow(10, decimals)) != 0 ? "-" : "") + out;
}

}  // namespace leren::ui
