#include "ui/screen.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

constexpr float kMaxReading = 780.0f;  // about 80 characters a line: comfortable reading
constexpr float kMaxWide = 1240.0f;    // screens with a side panel (the case player)

void topBar(Ui& ui, Model& model) {
  const ImGuiStyle& st = ImGui::GetStyle();
  auto bw = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x + st.FramePadding.x * 2; };
  const std::string homeLabel = ui.narrow ? ui.tr("nav.home") : ui.text(model.course.title);
  const std::string progressLabel = ui.tr("nav.progress"), settingsLabel = ui.tr("nav.settings");
  const float pad = ui.px(12);
  const float groupW = bw("NL") + bw("EN") + bw(progressLabel) + bw(settingsLabel) + st.ItemSpacing.x * 3;
  const float rowH = ImGui::GetFrameHeight() + ui.px(16);
  // On a phone the buttons do not fit beside the home link: they get a row of their own.
  const bool twoRows = bw(homeLabel) + groupW + st.ItemSpacing.x + 2 * pad > ImGui::GetIO().DisplaySize.x;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.pal().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, ui.px(8)));
  ImGui::BeginChild("##topbar", ImVec2(0, twoRows ? rowH * 2 - ui.px(8) : rowH), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  Scope nav(ui, "nav", Role::navigation, ui.text(model.course.title));
  if (button(ui, "nav.home", homeLabel, ButtonKind::ghost)) {
    model.history.clear();
    model.nav = Nav{};
  }
  const bool nl = ui.lang == core::Lang::nl;
  if (!twoRows) ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - groupW - pad));
  if (button(ui, "nav.lang.nl", "NL", ButtonKind::secondary, false, nl) && !nl)
    model.learner.setLanguage(core::Lang::nl);
  ImGui::SameLine(0, ui.px(2));
  if (button(ui, "nav.lang.en", "EN", ButtonKind::secondary, false, !nl) && nl)
    model.learner.setLanguage(core::Lang::en);
  ImGui::SameLine();
  if (button(ui, "nav.progress", progressLabel, ButtonKind::secondary, false, model.nav.screen == Screen::progress))
    model.go(Nav{Screen::progress});
  ImGui::SameLine();
  if (button(ui, "nav.settings", settingsLabel, ButtonKind::secondary, false, model.nav.screen == Screen::settings))
    model.go(Nav{Screen::settings});
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), ui.pal().border);
}

// Touch (and mouse) scrolling: Dear ImGui 1.90 has none. Pressing anywhere makes some item
// active (a card, a button, or the window itself even with NoMove), so "scroll while nothing
// is active" never scrolls. Instead the press is watched from its start: once the pointer has
// travelled a few pixels it is a drag, the pressed item is let go (so releasing does not click
// it) and the column follows the finger; a shorter press stays a tap. Items that use a drag
// themselves (sliders, the case map, radar handles) claim it with claimDrag().
bool claimsDrag(const DragScroll& d, ImGuiID id) {
  return id != 0 && (d.claimed.contains(id) || d.claimedBefore.contains(id));
}

void dragToScroll(Ui& ui) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGuiIO& io = ImGui::GetIO();
  DragScroll& drag = ui.view.drag;
  drag.claimedBefore.swap(drag.claimed);
  drag.claimed.clear();
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    drag.candidate =
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    drag.dragging = false;
    drag.start = io.MousePos;
    drag.velocity = 0;
  }
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && drag.candidate) {
    const ImVec2 travel(io.MousePos.x - drag.start.x, io.MousePos.y - drag.start.y);
    const float threshold = ui.px(8);
    if (!drag.dragging && travel.x * travel.x + travel.y * travel.y > threshold * threshold) {
      if (claimsDrag(drag, ImGui::GetActiveID())) {
        drag.candidate = false;  // a slider or the map: its own drag
      } else {
        drag.dragging = true;
        ImGui::ClearActiveID();  // let go of the pressed card/button: no click on release
      }
    }
    if (drag.dragging) {
      if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
      ImGui::SetScrollY(w, w->Scroll.y - io.MouseDelta.y);
      drag.velocity = io.MouseDelta.y;
      ui.wantRedraw = true;
    }
    return;
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) drag.candidate = drag.dragging = false;
  if (std::fabs(drag.velocity) > 0.5f) {
    ImGui::SetScrollY(w, w->Scroll.y - drag.velocity);
    drag.velocity *= ui.reducedMotion ? 0.0f : 0.92f;
    ui.wantRedraw = true;
  } else {
    drag.velocity = 0;
  }
}

}  // namespace

void claimDrag(Ui& ui) { ui.view.drag.claimed.push_back(ImGui::GetItemID()); }

float readingWidth(const Ui& ui, bool wide) {
  return std::min(ImGui::GetIO().DisplaySize.x - (ui.narrow ? 32.0f : 64.0f),
                  (wide ? kMaxWide : kMaxReading) * ui.textScale);
}

void beginScreen(Ui& ui, Model& model, const std::string& screenId, const std::string& title, bool wide) {
  ui.sem.setScreen(screenId, title);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  topBar(ui, model);
  const float column = readingWidth(ui, wide);
  const float side = std::max(ui.narrow ? 16.0f : 32.0f, (vp->Size.x - column) / 2.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, ui.px(20)));
  // One child per screen id: each screen keeps its own scroll position.
  ImGui::BeginChild(("##content." + screenId).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  dragToScroll(ui);
  SemanticElement main;
  main.id = "main";
  main.role = Role::main;
  main.label = title;
  ui.sem.beginScope(std::move(main));
}

void endScreen(Ui& ui) {
  gap(ui, 40);
  ui.sem.endScope();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace leren::ui
