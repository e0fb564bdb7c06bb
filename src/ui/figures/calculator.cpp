// Calculator (e.g. the kostendelersnorm): the learner sets the inputs; every output is
// computed in order from the content's expression and shown as a step of the working.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/expr.hpp"
#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {
std::string formatOutput(Ui& ui, const core::CalculatorOutput& out, double v) {
  switch (out.format) {
    case core::OutputFormat::money:
      return "\xE2\x82\xAC " + formatNumber(v, out.decimals, ui.lang);
    case core::OutputFormat::percent:
      return formatNumber(v * 100.0, out.decimals, ui.lang) + "%";
    case core::OutputFormat::yesno:
      return ui.tr(v != 0 ? "common.yes" : "common.no");
    default:
      return formatNumber(v, out.decimals, ui.lang);
  }
}
}  // namespace

bool drawCalculator(Ui& ui, const core::Calculator& fig, std::map<std::string, double>& inputs) {
  FigureScope figure(ui, fig.id, fig.caption);
  bool changed = false;
  std::map<std::string, double, std::less<>> values;
  for (const auto& in : fig.inputs) {
    auto it = inputs.find(in.id);
    double v = it != inputs.end() ? it->second : in.defaultValue;
    const std::string id = "figure." + fig.id + ".input." + in.id;
    if (!in.options.empty()) {
      paragraph(ui, id + ".label", ui.text(in.label));
      Scope group(ui, id, Role::radiogroup, ui.text(in.label));
      for (size_t o = 0; o < in.options.size(); ++o)
        if (radio(ui, id + "." + std::to_string(o), ui.text(in.options[o].label), v == in.options[o].value) &&
            v != in.options[o].value) {
          v = in.options[o].value;
          changed = true;
          inputs[in.id] = v;
        }
    } else {
      const int decimals = in.step < 1 ? 2 : 0;
      std::string text = formatNumber(v, decimals, ui.lang) + (in.unit.empty() ? "" : " " + in.unit);
      if (in.unit == "\xE2\x82\xAC" || in.unit == "EUR") text = "\xE2\x82\xAC " + formatNumber(v, decimals, ui.lang);
      const double before = v;
      if (slider(ui, id, ui.text(in.label), &v, in.min, in.max, in.step, text)) {
        changed = true;
        inputs[in.id] = v;
      }
      // An amount with many steps (a euro amount to the cent) can also be typed: a slider that
      // fine cannot hit "1.345,45" with a finger.
      const bool money = in.unit == "\xE2\x82\xAC" || in.unit == "EUR";
      if (money || (in.step > 0 && (in.max - in.min) / in.step > 200)) {
        // The field shows the value until the learner types; the slider overwrites what was typed.
        const bool fresh = !ui.view.typed.count(id);
        std::string& typed = ui.view.typed[id];
        if (fresh || v != before) typed = formatNumber(v, decimals, ui.lang);
        smallText(ui, id + ".typed.label", ui.tr(money ? "figure.calc.or_type" : "figure.calc.or_type_number"));
        if (textField(ui, id + ".typed", ui.i18n.format("figure.calc.type", ui.lang, {{"label", ui.text(in.label)}}),
                      typed, ui.tr("figure.calc.type_placeholder"), nullptr, Role::textbox, 200.0f)) {
          if (const auto n = parseNumber(typed, ui.lang)) {
            double w = std::clamp(*n, in.min, in.max);
            if (in.step > 0) w = in.min + std::round((w - in.min) / in.step) * in.step;
            if (w != v) {
              v = w;
              changed = true;
              inputs[in.id] = v;
            }
          }
        }
      }
    }
    values[in.id] = v;
  }
  gap(ui, 4);
  styledText(ui, "figure." + fig.id + ".working", ui.tr("figure.calc.working"), ui.fonts.bold, ui.pal().text);
  for (size_t i = 0; i < fig.outputs.size(); ++i) {
    const auto& out = fig.outputs[i];
    const double v = out.expr ? core::expr::evaluate(*out.expr, core::expr::mapLookup(values)) : 0.0;
    values[out.id] = v;
    const bool last = i + 1 == fig.outputs.size();
    const std::string label = ui.text(out.label) + ": " + formatOutput(ui, out, v);
    styledText(ui, "figure." + fig.id + ".output." + out.id, label, last ? ui.fonts.h3 : ui.fonts.body, ui.pal().text,
               last ? Role::status : Role::text);
    SemanticElement& e = ui.sem.lastAdded();
    e.value = v;
    e.valueText = formatOutput(ui, out, v);
  }
  if (!fig.note.empty()) smallText(ui, "figure." + fig.id + ".note", ui.text(fig.note));
  return changed;
}

}  // namespace leren::ui
