#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/screen.hpp"

namespace leren::ui {
namespace {

// ImGui id from the stable semantic id: "###" makes the label text irrelevant to identity,
// so switching language keeps focus, open states and scroll.
std::string imguiLabel(const std::string& label, const std::string& id) { return label + "###" + id; }

ImFont* headingFont(Ui& ui, int level) { return level <= 1 ? ui.fonts.h1 : level == 2 ? ui.fonts.h2 : ui.fonts.h3; }

void wrappedText(const std::string& text, ImU32 color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

}  // namespace

SemanticElement& recordLastItem(Ui& ui, const std::string& id, Role role, const std::string& label) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  SemanticElement e;
  e.id = id;
  e.role = role;
  e.label = label;
  e.rect = Rect{a.x, a.y, b.x - a.x, b.y - a.y};
  e.visible = ImGui::IsItemVisible();
  e.widgetId = ImGui::GetItemID();
  // Items inside BeginDisabled() (e.g. quiz answers after checking) are disabled for
  // assistive technology too.
  if (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) e.disabled = true;
  if (ui.sem.takeReveal(id)) ImGui::SetScrollHereY(0.35f);
  return ui.sem.add(std::move(e));
}

Scope::Scope(Ui& ui, const std::string& id, Role role, const std::string& label, Live live) : ui_(ui) {
  SemanticElement e;
  e.id = id;
  e.role = role;
  e.label = label;
  e.live = live;
  ui_.sem.beginScope(std::move(e));
}

Scope::~Scope() { ui_.sem.endScope(); }

void gap(Ui& ui, float cssPixels) { ImGui::Dummy(ImVec2(1, ui.px(cssPixels))); }

void heading(Ui& ui, const std::string& id, const std::string& text, int level) {
  ImGui::PushFont(headingFont(ui, level));
  wrappedText(text, ui.pal().heading);
  ImGui::PopFont();
  recordLastItem(ui, id, Role::heading, text).level = level;
}

void paragraph(Ui& ui, const std::string& id, const std::string& text, bool muted) {
  wrappedText(text, muted ? ui.pal().textMuted : ui.pal().text);
  recordLastItem(ui, id, Role::text, text);
}

void smallText(Ui& ui, const std::string& id, const std::string& text) {
  styledText(ui, id, text, ui.fonts.small, ui.pal().textMuted);
}

void styledText(Ui& ui, const std::string& id, const std::string& text, ImFont* font, ImU32 color, Role role) {
  ImGui::PushFont(font);
  wrappedText(text, color);
  ImGui::PopFont();
  recordLastItem(ui, id, role, text);
}

void legendItem(Ui& ui, const std::string& id, ImU32 color, const std::string& text) {
  const float s = ui.px(14);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float dy = (ImGui::GetTextLineHeight() - s) / 2;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, a.y + dy), ImVec2(a.x + s, a.y + dy + s), color, 3.0f);
  ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  wrappedText(text, ui.pal().text);
  recordLastItem(ui, id, Role::listitem, text);
}

void bulletText(Ui& ui, const std::string& id, const std::string& text) {
  ImGui::Bullet();
  ImGui::SameLine();
  wrappedText(text, ui.pal().text);
  recordLastItem(ui, id, Role::listitem, text);
}

ImVec2 inkText(ImVec2 pos, ImFont* font, float size, ImU32 color, const std::string& text, float wrapWidth) {
  ImGui::GetWindowDrawList()->AddText(font, size, pos, color, text.c_str(), nullptr, wrapWidth);
  return font->CalcTextSizeA(size, FLT_MAX, wrapWidth, text.c_str());
}

ImVec2 canvasText(Ui& ui, const std::string& id, ImVec2 pos, ImFont* font, float size, ImU32 color,
                  const std::string& text, float wrapWidth, Role role) {
  const ImVec2 sz = font->CalcTextSizeA(size, FLT_MAX, wrapWidth, text.c_str());
  ImGui::GetWindowDrawList()->AddText(font, size, pos, color, text.c_str(), nullptr, wrapWidth);
  SemanticElement e;
  e.id = id;
  e.role = role;
  e.label = text;
  e.rect = Rect{pos.x, pos.y, sz.x, sz.y};
  const ImVec2 clipMin = ImGui::GetWindowDrawList()->GetClipRectMin(),
               clipMax = ImGui::GetWindowDrawList()->GetClipRectMax();
  e.visible = pos.x + sz.x >= clipMin.x && pos.x <= clipMax.x && pos.y + sz.y >= clipMin.y && pos.y <= clipMax.y;
  ui.sem.add(std::move(e));
  return sz;
}

bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind, bool disabled,
            std::optional<bool> pressed) {
  const Palette& p = ui.pal();
  const bool on = pressed.value_or(false);
  ImU32 bg = p.accent, fg = p.accentText, hover = p.accentHover;
  if ((kind == ButtonKind::secondary && !on) || (pressed && !on)) {
    bg = p.surface;
    fg = p.text;
    hover = p.surfaceHover;
  }
  if (kind == ButtonKind::ghost) {
    bg = IM_COL32(0, 0, 0, 0);
    fg = p.link;
    hover = p.surfaceHover;
  }
  if (kind == ButtonKind::danger) {
    bg = p.bad;
    fg = p.accentText;
    hover = p.bad;
  }
  ImGui::PushStyleColor(ImGuiCol_Button, bg);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize,
                      kind == ButtonKind::secondary || ui.theme == ThemeKind::highContrast ? 1.0f : 0.0f);
  ImGui::BeginDisabled(disabled);
  bool clicked = ImGui::Button(imguiLabel(label, id).c_str());
  ImGui::EndDisabled();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (disabled) e.disabled = true;
  if (pressed) e.pressed = on;
  if (ui.sem.takeActivation(id) && !disabled) clicked = true;
  return clicked;
}

bool link(Ui& ui, const std::string& id, const std::string& label, const std::string& href) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui.pal().link);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImGui::SetCursorScreenPos(a);
  bool clicked =
      ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(std::max(1.0f, b.x - a.x), std::max(1.0f, b.y - a.y)));
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y - 1), ImVec2(b.x, b.y - 1), ui.pal().link);
  }
  SemanticElement& e = recordLastItem(ui, id, Role::link, label);
  e.href = href;
  return clicked || ui.sem.takeActivation(id);
}

bool card(Ui& ui, const std::string& id, const CardInfo& info) {
  const Palette& p = ui.pal();
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = ui.px(16);
  const float inner = width - 2 * pad;
  ImGui::PushFont(ui.fonts.h3);
  const float titleH = ImGui::CalcTextSize(info.title.c_str(), nullptr, false, inner).y;
  ImGui::PopFont();
  const float bodyH =
      info.body.empty() ? 0 : ImGui::CalcTextSize(info.body.c_str(), nullptr, false, inner).y + ui.px(6);
  ImGui::PushFont(ui.fonts.small);
  const float metaH = info.meta.empty() && info.badge.empty() ? 0 : ImGui::GetTextLineHeight() + ui.px(8);
  ImGui::PopFont();
  const float barH = info.progress ? ui.px(14) : 0;
  const float height = pad * 2 + titleH + bodyH + metaH + barH;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::BeginDisabled(info.disabled);
  bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, height));
  ImGui::EndDisabled();
  const bool hovered = ImGui::IsItemHovered() && !info.disabled;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + height);
  dl->AddRectFilled(pos, end, info.selected ? p.selected : hovered ? p.surfaceHover : p.surface, ui.px(10));
  dl->AddRect(pos, end, hovered || info.selected ? p.accent : p.border, ui.px(10), 0, hovered ? 2.0f : 1.0f);

  float y = pos.y + pad;
  ImGui::PushFont(ui.fonts.h3);
  dl->AddText(ui.fonts.h3, ui.fonts.h3->FontSize, ImVec2(pos.x + pad, y), info.disabled ? p.textMuted : p.heading,
              info.title.c_str(), nullptr, inner);
  ImGui::PopFont();
  y += titleH;
  if (!info.body.empty()) {
    y += ui.px(6);
    dl->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(pos.x + pad, y), p.text, info.body.c_str(), nullptr,
                inner);
    y += bodyH - ui.px(6);
  }
  if (metaH > 0) {
    y += ui.px(8);
    float x = pos.x + pad;
    if (!info.badge.empty()) {
      const ImVec2 sz = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, inner, 0, info.badge.c_str());
      dl->AddRectFilled(ImVec2(x - 4, y - 1), ImVec2(x + sz.x + 4, y + sz.y + 1),
                        info.disabled ? p.warningSurface : p.goodSurface, 4);
      dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(x, y), info.disabled ? p.warning : p.good,
                  info.badge.c_str());
      x += sz.x + ui.px(14);
    }
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(x, y), p.textMuted, info.meta.c_str());
    y += metaH - ui.px(8);
  }
  if (info.progress) {
    y += ui.px(8);
    const float f = std::clamp(*info.progress, 0.0f, 1.0f);
    dl->AddRectFilled(ImVec2(pos.x + pad, y), ImVec2(pos.x + pad + inner, y + ui.px(6)), p.border, 3);
    if (f > 0) dl->AddRectFilled(ImVec2(pos.x + pad, y), ImVec2(pos.x + pad + inner * f, y + ui.px(6)), p.good, 3);
  }
  std::string label = info.title;
  if (!info.badge.empty()) label += " (" + info.badge + ")";
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (info.disabled) e.disabled = true;
  if (info.selected) e.selected = true;
  if (info.progress) {
    e.value = std::round(*info.progress * 100.0);
    e.min = 0;
    e.max = 100;
  }
  if (ui.sem.takeActivation(id) && !info.disabled) clicked = true;
  return clicked;
}

bool radio(Ui& ui, const std::string& id, const std::string& label, bool selected) {
  ImGui::PushTextWrapPos(0.0f);
  bool clicked = ImGui::RadioButton(imguiLabel(label, id).c_str(), selected);
  ImGui::PopTextWrapPos();
  recordLastItem(ui, id, Role::radio, label).checked = selected;
  return clicked || ui.sem.takeActivation(id);
}

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool* checked) {
  bool changed = ImGui::Checkbox(imguiLabel(label, id).c_str(), checked);
  if (ui.sem.takeActivation(id)) {
    *checked = !*checked;
    changed = true;
  }
  recordLastItem(ui, id, Role::checkbox, label).checked = *checked;
  return changed;
}

bool slider(Ui& ui, const std::string& id, const std::string& label, double* value, double min, double max, double step,
            const std::string& valueText) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ui.px(420)));
  double v = *value;
  // The value text is drawn through printf: a literal '%' (as in "120%") must be doubled,
  // or the text vanishes.
  std::string shown;
  for (char ch : valueText) shown += ch == '%' ? std::string("%%") : std::string(1, ch);
  bool changed = ImGui::SliderScalar(("##" + id).c_str(), ImGuiDataType_Double, &v, &min, &max, shown.c_str());
  claimDrag(ui);
  if (auto requested = ui.sem.takeValue(id)) {
    v = *requested;
    changed = true;
  }
  if (changed) {
    if (step > 0) v = min + std::round((v - min) / step) * step;
    *value = std::clamp(v, min, max);
  }
  SemanticElement& e = recordLastItem(ui, id, Role::slider, label);
  e.value = *value;
  e.min = min;
  e.max = max;
  if (step > 0) e.step = step;
  e.valueText = valueText;
  return changed;
}

bool textField(Ui& ui, const std::string& id, const std::string& label, std::string& value,
               const std::string& placeholder) {
  const Palette& p = ui.pal();
  const float w = std::min(ImGui::GetContentRegionAvail().x, ui.px(520)), h = ImGui::GetFrameHeight() + ui.px(6);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(w, h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), p.surface, ui.px(6));
  dl->AddRect(a, ImVec2(a.x + w, a.y + h), p.border, ui.px(6), 0, 1.5f);
  const bool empty = value.empty();
  const std::string& shown = empty ? placeholder : value;
  dl->PushClipRect(a, ImVec2(a.x + w - 4, a.y + h), true);
  dl->AddText(ImVec2(a.x + ui.px(10), a.y + (h - ImGui::GetFontSize()) / 2), empty ? p.textMuted : p.text,
              shown.c_str());
  dl->PopClipRect();
  SemanticElement& e = recordLastItem(ui, id, Role::searchbox, label);
  e.valueText = value;
  if (auto text = ui.sem.takeText(id)) {
    if (*text != value) {
      value = std::move(*text);
      return true;
    }
  }
  return false;
}

bool disclosure(Ui& ui, const std::string& id, const std::string& label) {
  ImGui::SetNextItemOpen(false, ImGuiCond_Once);
  const bool open = ImGui::CollapsingHeader((label + "###" + id).c_str());
  recordLastItem(ui, id, Role::button, label).expanded = open;
  if (ui.sem.takeActivation(id)) {
    ImGui::GetStateStorage()->SetInt(ImGui::GetItemID(), open ? 0 : 1);
    ui.wantRedraw = true;
  }
  return open;
}

void progressBar(Ui& ui, const std::string& id, const std::string& label, float fraction) {
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ui.pal().good);
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(-1, ui.px(10)), "");
  ImGui::PopStyleColor();
  SemanticElement& e = recordLastItem(ui, id, Role::progressbar, label);
  e.value = std::round(fraction * 100.0);
  e.min = 0;
  e.max = 100;
}

void notice(Ui& ui, const std::string& id, Tone tone, const std::string& title, const std::string& text) {
  const Palette& p = ui.pal();
  ImU32 fg = tone == Tone::good ? p.good : tone == Tone::warning ? p.warning : tone == Tone::bad ? p.bad : p.info;
  ImU32 bg = tone == Tone::good      ? p.goodSurface
             : tone == Tone::warning ? p.warningSurface
             : tone == Tone::bad     ? p.badSurface
                                     : p.infoSurface;
  const float width = ImGui::GetContentRegionAvail().x, pad = ui.px(14), inner = width - 2 * pad - ui.px(4);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + ui.px(4), start.y + pad));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
  if (!title.empty()) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  if (!text.empty()) ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float bottom = ImGui::GetItemRectMax().y + pad;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, ImVec2(start.x + width, bottom), bg, ui.px(8));
  dl->AddRectFilled(start, ImVec2(start.x + ui.px(4), bottom), fg, ui.px(8), ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, bottom - start.y));
  recordLastItem(ui, id, Role::note, title.empty() ? text : title + ": " + text);
}

}  // namespace leren::ui
