// The trainer view (?trainer=1 or Settings): for use in class. Per case the whole map with
// every branch, the discussion questions, and every node with its choices, their feedback
// and scores, and every ending with its debrief.
#include <imgui.h>

#include <map>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/case_map.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

std::string scoreText(Ui& ui, const core::Choice& ch) {
  std::string s;
  for (const auto& d : ch.score)
    s += (s.empty() ? "" : ", ") + d.dimension + " " + (d.points > 0 ? "+" : "") + formatNumber(d.points, 0, ui.lang);
  return s;
}

void caseDetail(Ui& ui, Model& model, const core::Case& c, RichTextEvents& ev) {
  const std::string base = "trainer." + c.id;
  heading(ui, base + ".title", ui.text(c.title), 2);
  paragraph(ui, base + ".summary", ui.text(c.summary), true);
  heading(ui, base + ".discussion", ui.tr("trainer.discussion"), 3);
  {
    Scope list(ui, base + ".discussion.list", Role::list, ui.tr("trainer.discussion"));
    for (size_t i = 0; i < c.discussion.size(); ++i)
      bulletText(ui, base + ".discussion." + std::to_string(i), ui.text(c.discussion[i]));
  }
  auto& run = ui.view.trainerRuns[c.id];  // a run at the start: the map shows every branch
  if (!run) run = std::make_unique<core::CaseRun>(c);
  heading(ui, base + ".map", ui.tr("case.map"), 3);
  drawCaseMap(ui, base + ".map.graph", *run, model.learner.caseGraph(c), true);
  heading(ui, base + ".nodes", ui.tr("trainer.nodes"), 3);
  for (const auto& n : c.nodes) {
    const std::string nid = base + ".node." + n.id;
    const std::string title =
        (n.title.empty() ? n.id : ui.text(n.title)) + (n.isBranch() ? " (" + ui.tr("trainer.branch") + ")" : "");
    if (!disclosure(ui, nid, title)) continue;
    ImGui::Indent(ui.px(12));
    richText(ui, nid + ".text", ui.text(n.text), ev);
    for (const auto& ch : n.choices) {
      const std::string meta =
          scoreText(ui, ch) +
          (ch.condition.always() ? "" : "  \xC2\xB7  " + ui.tr("trainer.condition") + ": " + ch.condition.source) +
          "  \xC2\xB7  \xE2\x86\x92 " + ch.next;
      notice(ui, nid + ".choice." + ch.id, Tone::info, ui.text(ch.text), meta);
      ImGui::Indent(ui.px(18));
      styledText(ui, nid + ".choice." + ch.id + ".consequence.title", ui.tr("case.consequence"), ui.fonts.bold,
                 ui.pal().text);
      richText(ui, nid + ".choice." + ch.id + ".consequence", ui.text(ch.consequence), ev);
      styledText(ui, nid + ".choice." + ch.id + ".coaching.title", ui.tr("case.coaching"), ui.fonts.bold,
                 ui.pal().text);
      richText(ui, nid + ".choice." + ch.id + ".coaching", ui.text(ch.coaching), ev);
      ImGui::Unindent(ui.px(18));
    }
    for (size_t i = 0; i < n.branch.size(); ++i)
      smallText(ui, nid + ".branch." + std::to_string(i),
                (n.branch[i].condition.always() ? ui.tr("trainer.otherwise") : n.branch[i].condition.source) +
                    " \xE2\x86\x92 " + n.branch[i].next);
    ImGui::Unindent(ui.px(12));
  }
  heading(ui, base + ".endings", ui.tr("trainer.endings"), 3);
  for (const auto& e : c.endings) {
    const Tone tone = e.rating == core::Rating::good    ? Tone::good
                      : e.rating == core::Rating::mixed ? Tone::warning
                                                        : Tone::bad;
    notice(ui, base + ".ending." + e.id, tone, ui.text(e.title), ui.text(e.text));
    richText(ui, base + ".ending." + e.id + ".laws", ui.text(e.debrief.laws), ev);
    richText(ui, base + ".ending." + e.id + ".well", ui.text(e.debrief.wentWell), ev);
    richText(ui, base + ".ending." + e.id + ".mistakes", ui.text(e.debrief.mistakes), ev);
  }
}

}  // namespace

void drawTrainer(Ui& ui, Model& model) {
  if (!model.trainerMode) {  // turned off (or a test started): not available
    model.back();
    return;
  }
  std::string& selected = ui.view.trainerCase;
  beginScreen(ui, model, "trainer" + (selected.empty() ? "" : "." + selected), ui.tr("trainer.title"), true);
  heading(ui, "trainer.title", ui.tr("trainer.title"), 1);
  paragraph(ui, "trainer.intro", ui.tr("trainer.intro"), true);
  RichTextEvents ev;
  for (size_t i = 0; i < model.course.cases.size(); ++i) {
    const core::Case& c = model.course.cases[i];
    if (!c.available) continue;
    CardInfo info;
    info.title = ui.text(c.title);
    info.meta = ui.text(c.role);
    info.selected = selected == c.id;
    if (card(ui, "trainer.case." + c.id, info)) selected = selected == c.id ? "" : c.id;
    if (selected != c.id) continue;
    // Its map needs the whole case (core/content_loader.hpp).
    const core::ItemRef ref{core::ItemKind::caseFile, i};
    if (model.content && !model.content->loaded(ref)) {
      model.content->request(ref);
      paragraph(ui, "trainer.case." + c.id + ".loading", ui.tr("loading.case"), true);
      continue;
    }
    caseDetail(ui, model, c, ev);
  }
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  endScreen(ui);
}

}  // namespace leren::ui
