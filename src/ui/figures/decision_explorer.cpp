// Decision explorer: questions that lead to "which law, which loket, which route". The
// learner's answers so far stay visible and can be undone.
#include <imgui.h>

#include <map>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

const core::DecisionQuestion* question(const core::DecisionExplorer& f, const std::string& id) {
  for (const auto& q : f.questions)
    if (q.id == id) return &q;
  return nullptr;
}
const core::DecisionOutcome* outcome(const core::DecisionExplorer& f, const std::string& id) {
  for (const auto& o : f.outcomes)
    if (o.id == id) return &o;
  return nullptr;
}
}  // namespace

void drawDecisionExplorer(Ui& ui, const core::DecisionExplorer& fig) {
  FigureScope figure(ui, fig.id, fig.caption);
  std::vector<DecisionStep>& answers = ui.view.decisionAnswers[fig.id];
  std::string at = fig.start;
  for (size_t i = 0; i < answers.size(); ++i) {
    const auto* q = question(fig, answers[i].question);
    if (!q || answers[i].option >= q->options.size()) {
      answers.resize(i);
      break;
    }
    const auto& opt = q->options[answers[i].option];
    smallText(ui, "figure." + fig.id + ".answer." + std::to_string(i),
              ui.text(q->text) + " \xE2\x80\xBA " + ui.text(opt.label));
    at = opt.next;
  }
  if (const auto* q = question(fig, at)) {
    heading(ui, "figure." + fig.id + ".question", ui.text(q->text), 3);
    for (size_t o = 0; o < q->options.size(); ++o)
      if (button(ui, "figure." + fig.id + ".option." + q->id + "." + std::to_string(o), ui.text(q->options[o].label),
                 ButtonKind::secondary))
        answers.push_back({q->id, o});
  } else if (const auto* out = outcome(fig, at)) {
    figureDetail(ui, "figure." + fig.id + ".outcome", ui.text(out->title), ui.text(out->text));
  }
  if (!answers.empty()) {
    if (button(ui, "figure." + fig.id + ".undo", ui.tr("figure.prev_step"), ButtonKind::ghost)) answers.pop_back();
    ImGui::SameLine();
    if (button(ui, "figure." + fig.id + ".restart", ui.tr("figure.restart"), ButtonKind::ghost)) answers.clear();
  }
}

}  // namespace leren::ui
