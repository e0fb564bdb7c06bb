#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawFigure(Ui& ui, Model& model, const core::Module& module, const core::Block& block) {
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
        else if constexpr (std::is_same_v<T, core::Radar>) {
          if (drawRadar(ui, fig, model.progress.modules[module.id].figures[fig.id])) model.progressChanged = true;
        } else if constexpr (std::is_same_v<T, core::Calculator>) {
          if (drawCalculator(ui, fig, model.progress.modules[module.id].figures[fig.id])) model.progressChanged = true;
        } else if constexpr (std::is_same_v<T, core::DecisionExplorer>)
          drawDecisionExplorer(ui, fig);
      },
      block);
}

void figureCaption(Ui& ui, const std::string& figureId, const core::Text& caption) {
  ImGui::PushFont(ui.fonts.bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ui.text(caption).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  recordLastItem(ui, "figure." + figureId, "figure", ui.text(caption));
}

void figureDetail(Ui& ui, const std::string& id, const std::string& title, const std::string& text) {
  notice(ui, id, Tone::info, title, "");
  ImGui::Indent(ui.px(18));
  RichTextEvents ignored;
  richText(ui, id + ".text", text, ignored);
  ImGui::Unindent(ui.px(18));
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
