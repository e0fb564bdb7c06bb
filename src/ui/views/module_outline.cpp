#include "ui/views/module_outline.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "ui/widgets.hpp"

namespace leren::ui {

void moduleOutline(Ui& ui, Model& model, const core::Module& m, bool onQuiz) {
  const float width = ui.px(232), gapToColumn = ui.px(40);
  if (ui.narrow || ui.columnSlack < width + gapToColumn) return;
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  const ImVec2 keep = ImGui::GetCursorPos();
  const float keepMax = w->ContentRegionRect.Max.x, keepWork = w->WorkRect.Max.x;
  // Into the margin, pinned to the top of the view: the page scrolls, the outline stays.
  ImGui::Unindent(ui.columnSlack);
  const float left = ImGui::GetCursorScreenPos().x;
  w->ContentRegionRect.Max.x = left + width;
  w->WorkRect.Max.x = left + width;
  ImGui::SetCursorPosY(ImGui::GetScrollY() + keep.y);
  ui.leftTaken = width + gapToColumn;

  const auto* progress = [&]() -> const core::ModuleProgress* {
    auto it = model.learner.progress().modules.find(m.id);
    return it == model.learner.progress().modules.end() ? nullptr : &it->second;
  }();
  Scope nav(ui, "outline", Role::navigation, ui.tr("outline.title"));
  smallText(ui, "outline.module", ui.text(m.title));
  // One entry: a link; the one on screen gets a bar beside it and is aria-current.
  const auto entry = [&](const std::string& id, const std::string& label, bool here) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool chosen = link(ui, id, label) && !here;
    SemanticElement& e = ui.sem.lastAdded();
    if (!here) return chosen;
    e.selected = true;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - ui.px(10), at.y),
                                              ImVec2(at.x - ui.px(6), e.rect.y + e.rect.h), ui.pal().accent);
    return false;
  };
  for (size_t i = 0; i < m.pages.size(); ++i) {
    const bool read = progress && progress->visitedPages.count(m.pages[i].id);
    const std::string label = std::string(read ? "\xE2\x9C\x93 " : "") + ui.text(m.pages[i].title);  // a tick: read
    if (entry("outline.page." + std::to_string(i), label, !onQuiz && model.nav.page == static_cast<int>(i)))
      model.go(Nav{Screen::page, model.nav.module, static_cast<int>(i)});
  }
  if (!m.quiz.questions.empty() && entry("outline.quiz", ui.tr("quiz.title"), onQuiz))
    model.go(Nav{Screen::quiz, model.nav.module, 0});

  w->ContentRegionRect.Max.x = keepMax;
  w->WorkRect.Max.x = keepWork;
  ImGui::Indent(ui.columnSlack);
  ImGui::SetCursorPos(keep);
}

}  // namespace leren::ui
