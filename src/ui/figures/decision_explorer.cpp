// Decision explorer: questions that lead to "which law, which loket, which route". The
// learner's answers so far stay visible and can be undone.
#include <imgui.h>

#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawDecisionExplorer(Ui& ui, const core::DecisionExplorer& fig) {
  FigureScope figure(ui, fig.id, fig.caption);
  std::vector<DecisionStep>& answers = ui.view.decisionAnswers[fig.id];
  // Where the answers so far lead: a question, or (when `question` is noIndex) an outcome.
  size_t question = fig.startQuestion, outcome = core::noIndex;
  for (size_t i = 0; i < answers.size(); ++i) {
    if (answers[i].question != question || question >= fig.questions.size() ||
        answers[i].option >= fig.questions[question].options.size()) {
      answers.resize(i);
      break;
    }
    const core::DecisionQuestion& q = fig.questions[question];
    const core::DecisionOption& opt = q.options[answers[i].option];
    smallText(ui, "figure." + fig.id + ".answer." + std::to_string(i),
              ui.text(q.text) + " \xE2\x80\xBA " + ui.text(opt.label));
    question = opt.nextQuestion;
    outcome = opt.nextOutcome;
  }
  if (question < fig.questions.size()) {
    const core::DecisionQuestion& q = fig.questions[question];
    heading(ui, "figure." + fig.id + ".question", ui.text(q.text), 3);
    for (size_t o = 0; o < q.options.size(); ++o)
      if (button(ui, "figure." + fig.id + ".option." + q.id + "." + std::to_string(o), ui.text(q.options[o].label),
                 ButtonKind::secondary))
        answers.push_back({question, o});
  } else if (outcome < fig.outcomes.size()) {
    const core::DecisionOutcome& out = fig.outcomes[outcome];
    figureDetail(ui, "figure." + fig.id + ".outcome", ui.text(out.title), ui.text(out.text));
  }
  if (!answers.empty()) {
    if (button(ui, "figure." + fig.id + ".undo", ui.tr("figure.prev_step"), ButtonKind::ghost)) answers.pop_back();
    ImGui::SameLine();
    if (button(ui, "figure." + fig.id + ".restart", ui.tr("figure.restart"), ButtonKind::ghost)) answers.clear();
  }
}

}  // namespace leren::ui
