#include "ui/screen.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// 75 characters a line of body text (Noto Sans averages 0.47 em a character in the course's
// Dutch; the body em is 16.2 px): the upper end of comfortable reading (45-80).
constexpr float kMaxReading = 572.0f;
constexpr float kMaxWide = 1000.0f;  // screens with a side panel (the case player): column + panel
constexpr float kPhoneSide = 12.0f;  // margins on a phone: 44 characters a line at 360 px

// The position strip: 4 px along the bottom edge of the top bar (the accent on the border
// colour), from `a` to `b` (the bar's rectangle), described as a progress bar.
void positionStrip(Ui& ui, const ScreenPosition& pos, ImVec2 a, ImVec2 b) {
  const float fraction = pos.total > 0 ? std::clamp(static_cast<float>(pos.n) / pos.total, 0.0f, 1.0f) : 0.0f;
  const float top = b.y - ui.px(4);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(a.x, top), b, ui.pal().border);
  dl->AddRectFilled(ImVec2(a.x, top), ImVec2(a.x + (b.x - a.x) * fraction, b.y), ui.pal().accent);
  SemanticElement e;
  e.id = "nav.position.bar";
  e.role = Role::progressbar;
  e.label = pos.label;
  e.value = std::round(fraction * 100.0);
  e.min = 0;
  e.max = 100;
  e.valueText = pos.valueText;
  e.rect = Rect{a.x, top, b.x - a.x, b.y - top};
  ui.sem.add(std::move(e));
}

void topBar(Ui& ui, Model& model, const ScreenPosition* position) {
  const ImGuiStyle& st = ImGui::GetStyle();
  auto bw = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x + st.FramePadding.x * 2; };
  const std::string progressLabel = ui.tr("nav.progress"), settingsLabel = ui.tr("nav.settings");
  const float pad = ui.px(12), icon = std::max(ui.px(44), ImGui::GetFrameHeight());
  const float space = ImGui::GetIO().DisplaySize.x - 2 * pad;
  // Words for progress and settings where they fit beside the course's name; icons (named for
  // assistive technology and in a tooltip) where they do not, so a phone keeps one row.
  const float wordsW = bw("NL") + bw("EN") + bw(progressLabel) + bw(settingsLabel) + st.ItemSpacing.x * 3;
  const float iconsW = bw("NL") + bw("EN") + 2 * icon + ui.px(2) + st.ItemSpacing.x * 2;
  std::string homeLabel = ui.text(model.course.title);
  // "1/5" beside the home button on page and quiz screens.
  const std::string positionText =
      position ? std::to_string(position->n) + "/" + std::to_string(position->total) : std::string();
  const float positionW =
      position ? ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, positionText.c_str()).x +
                     st.ItemSpacing.x
               : 0.0f;
  const bool words = bw(homeLabel) + positionW + wordsW + st.ItemSpacing.x <= space;
  if (!words && bw(homeLabel) + positionW + iconsW + st.ItemSpacing.x > space) homeLabel = ui.tr("nav.home");
  const float groupW = words ? wordsW : iconsW;
  const float rowH = std::max(icon, ImGui::GetFrameHeight()) + ui.px(16);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.pal().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, ui.px(8)));
  ImGui::BeginChild("##topbar", ImVec2(0, rowH), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  Scope nav(ui, "nav", Role::navigation, ui.text(model.course.title));
  const float y = ImGui::GetCursorPosY(), buttonY = y + (icon - ImGui::GetFrameHeight()) / 2;
  ImGui::SetCursorPosY(buttonY);
  if (button(ui, "nav.home", homeLabel, ButtonKind::ghost)) {
    model.history.clear();
    model.go(Nav{});
  }
  if (position) {
    ImGui::SameLine();
    // On the home button's baseline: ImGui moves text on a button's line down by the button's
    // frame padding, so only the difference of the two fonts' ascents is added here.
    ImGui::SetCursorPosY(buttonY + ImGui::GetFont()->Ascent - ui.fonts.small->Ascent);
    styledText(ui, "nav.position", positionText, ui.fonts.small, ui.pal().textMuted);
    ui.sem.lastAdded().label = position->valueText;  // "1/5" read as "pagina 1 van 5"
  }
  const bool nl = ui.lang == core::Lang::nl;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - groupW - pad));
  if (button(ui, "nav.lang.nl", "NL", ButtonKind::secondary, false, nl) && !nl)
    model.learner.setLanguage(core::Lang::nl);
  ImGui::SameLine(0, ui.px(2));
  if (button(ui, "nav.lang.en", "EN", ButtonKind::secondary, false, !nl) && nl)
    model.learner.setLanguage(core::Lang::en);
  ImGui::SameLine();
  const bool onProgress = model.nav.screen == Screen::progress, onSettings = model.nav.screen == Screen::settings;
  if (words) {
    if (button(ui, "nav.progress", progressLabel, ButtonKind::secondary, false, onProgress))
      model.go(Nav{Screen::progress});
    ImGui::SameLine();
    if (button(ui, "nav.settings", settingsLabel, ButtonKind::secondary, false, onSettings))
      model.go(Nav{Screen::settings});
  } else {
    ImGui::SetCursorPosY(y);
    if (iconButton(ui, "nav.progress", Icon::progress, progressLabel, onProgress)) model.go(Nav{Screen::progress});
    ImGui::SameLine(0, ui.px(2));
    ImGui::SetCursorPosY(y);
    if (iconButton(ui, "nav.settings", Icon::settings, settingsLabel, onSettings)) model.go(Nav{Screen::settings});
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), ui.pal().border);
  if (position) positionStrip(ui, *position, a, b);
}

// Touch (and mouse) scrolling: Dear ImGui 1.90 has none. Pressing anywhere makes some item
// active (a card, a button, or the window itself even with NoMove), so "scroll while nothing
// is active" never scrolls. Instead the press is watched from its start: once the pointer has
// travelled a few pixels it is a drag, the pressed item is let go (so releasing does not click
// it) and the column follows the finger; a shorter press stays a tap. Items that use a drag
// themselves (sliders, the case map, radar handles) claim it with claimDrag().
bool claimsDrag(const DragScroll& d, ImGuiID id) {
  if (id == 0) return false;
  if (d.claimed.contains(id) || d.claimedBefore.contains(id)) return true;
  return (d.held.contains(id) || d.heldBefore.contains(id)) && heldLongEnough();
}

void dragToScroll(Ui& ui) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGuiIO& io = ImGui::GetIO();
  DragScroll& drag = ui.view.drag;
  drag.claimedBefore.swap(drag.claimed);
  drag.claimed.clear();
  drag.heldBefore.swap(drag.held);
  drag.held.clear();
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

void claimDragAfterHold(Ui& ui) { ui.view.drag.held.push_back(ImGui::GetItemID()); }

bool heldLongEnough() {
  const ImGuiIO& io = ImGui::GetIO();
  return io.MouseSource != ImGuiMouseSource_TouchScreen ||
         io.MouseDownDuration[ImGuiMouseButton_Left] >= kTouchHoldSeconds;
}

float readingWidth(const Ui& ui, bool wide) {
  return std::min(ImGui::GetIO().DisplaySize.x - (ui.narrow ? 2 * kPhoneSide : 64.0f),
                  (wide ? kMaxWide : kMaxReading) * ui.textScale);
}

void drawNotices(Ui& ui, Model& model, const std::string& idPrefix) {
  for (size_t i = 0; i < model.notices.size(); ++i) {
    const std::string id = idPrefix + std::to_string(i);
    notice(ui, id, Tone::info, "", ui.text(model.notices[i]));
    ui.sem.lastAdded().live = Live::polite;  // a screen reader hears it when it comes
    // Progress the browser will not store lives only in this page: the way to keep it is here.
    if (model.notices[i] == model.learner.saveFailedNotice()) {
      if (button(ui, id + ".export", ui.tr("progress.export"), ButtonKind::secondary))
        model.host.download("sociaal-domein-leren-voortgang.json", "application/json", model.learner.exportJson());
      ImGui::SameLine();
    }
    if (button(ui, id + ".close", ui.tr("common.close"), ButtonKind::ghost)) {
      model.notices.erase(model.notices.begin() + static_cast<long>(i));
      break;
    }
  }
}

void beginScreen(Ui& ui, Model& model, const std::string& screenId, const std::string& title, bool wide,
                 const ScreenPosition* position) {
  ui.sem.setScreen(screenId, title);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  // No background: the platform clears the frame with WindowBg's colour first (a second fill of
  // the whole screen would cost the GPU as much again).
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                   ImGuiWindowFlags_NoBackground);
  topBar(ui, model, position);
  const float column = readingWidth(ui, wide);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.narrow ? kPhoneSide : 32.0f, ui.px(20)));
  // One child per screen id: each screen keeps its own scroll position. Its scrollbar is always
  // there, so the column's width does not hang on whether the page scrolls, which ImGui learns
  // only from a frame's content height: the first frame of a screen is laid out as the ones
  // after it (and the web shows home's first frame at once: platform/web/web_runtime.cpp). The
  // grab is hidden where the page did not scroll in the frame before (and in a screen's first).
  bool& scrolls = ui.view.contentScrolls[screenId];
  const ImVec4 none(0, 0, 0, 0);
  if (!scrolls)
    for (ImGuiCol c : {ImGuiCol_ScrollbarGrab, ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive})
      ImGui::PushStyleColor(c, none);
  ImGui::BeginChild(("##content." + screenId).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar);
  if (!scrolls) ImGui::PopStyleColor(3);
  scrolls = ImGui::GetScrollMaxY() > 0;
  ImGui::PopStyleVar();
  // The reading column, centred: the space beside it stays the child's, so a figure can widen
  // into it (WideBlock) and the whole width scrolls with a finger.
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ui.columnSlack = std::max(0.0f, std::floor((w->WorkRect.GetWidth() - column) / 2));
  ui.leftTaken = 0;
  if (ui.columnSlack > 0) {
    ImGui::Indent(ui.columnSlack);
    w->ContentRegionRect.Max.x -= ui.columnSlack;
    w->WorkRect.Max.x -= ui.columnSlack;
  }
  dragToScroll(ui);
  SemanticElement main;
  main.id = "main";
  main.role = Role::main;
  main.label = title;
  ui.sem.beginScope(std::move(main));
  // Home and progress show the notices under their title; any other screen at its top, so a
  // notice that comes while the learner is in a module or case (storage refused, the LMS not
  // answering) is seen there, also in a one-case LMS package that never shows home.
  if (model.nav.screen != Screen::home && model.nav.screen != Screen::progress) drawNotices(ui, model, "notice");
}

WideBlock::WideBlock(Ui& ui, float maxWidth) {
  const float column = ImGui::GetContentRegionAvail().x;
  // Centred on the column; where a side outline takes the left margin, the rest goes right.
  const float grow = std::clamp(ui.px(maxWidth) - column, 0.0f, 2 * ui.columnSlack);
  left_ = std::min(grow / 2, std::max(0.0f, ui.columnSlack - ui.leftTaken));
  right_ = std::min(grow - left_, ui.columnSlack);
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  if (left_ > 0) ImGui::Indent(-left_);
  w->ContentRegionRect.Max.x += right_;
  w->WorkRect.Max.x += right_;
}

WideBlock::~WideBlock() {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  if (left_ > 0) ImGui::Indent(left_);
  w->ContentRegionRect.Max.x -= right_;
  w->WorkRect.Max.x -= right_;
}

void endScreen(Ui& ui) {
  gap(ui, 40);
  ui.sem.endScope();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace leren::ui
