#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <vector>

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

void bringIntoView(ImVec2 a, ImVec2 b, float at) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  const float top = w->InnerRect.Min.y, bottom = w->InnerRect.Max.y, h = bottom - top;
  // Already in the upper part of the view, whole: what follows it is in view too.
  if (a.y >= top && a.y <= top + 0.45f * h && b.y <= bottom) return;
  ImGui::SetScrollY(w, std::max(0.0f, w->Scroll.y + a.y - (top + at * h)));
}

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
  if (ui.sem.takeReveal(id)) {
    ImGui::SetScrollHereY(0.35f);
    // In a row that scrolls sideways (SideScroll) the item comes into view across too.
    if (ImGui::GetCurrentWindow()->Flags & ImGuiWindowFlags_HorizontalScrollbar) ImGui::SetScrollHereX(0.5f);
  }
  if (ui.sem.takeRevealNext(id)) bringIntoView(a, b);
  return ui.sem.add(std::move(e));
}

SideScroll::SideScroll(Ui& ui, const std::string& id, const std::string& label, float height) : ui_(ui) {
  SemanticElement e;
  e.id = id;
  e.role = Role::group;
  e.label = label;
  ui_.sem.beginScope(std::move(e));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild(("##" + id).c_str(), ImVec2(0, height), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleVar();
  // Room to the right without limit, so no item wraps its label to fit the visible width; the
  // row scrolls as far as its items reach.
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->ContentRegionRect.Max.x += 100000.0f;
  w->WorkRect.Max.x += 100000.0f;
}

SideScroll::~SideScroll() {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGuiIO& io = ImGui::GetIO();
  // A drag that started on the row moves it sideways (the column's own drag-to-scroll lets
  // go of the pressed chip once the finger travels, so releasing does not click it).
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && w->Rect().Contains(io.MouseClickedPos[0]) &&
      io.MouseDelta.x != 0.0f && w->ScrollMax.x > 0.0f) {
    ImGui::SetScrollX(w, std::clamp(w->Scroll.x - io.MouseDelta.x, 0.0f, w->ScrollMax.x));
    ui_.wantRedraw = true;
  }
  // A fade where more of the row is hidden.
  ImDrawList* dl = w->DrawList;
  const ImU32 solid = ui_.pal().background, clear = solid & ~IM_COL32_A_MASK;
  const float fade = ui_.px(28);
  const ImVec2 a = w->Rect().Min, b = w->Rect().Max;
  if (w->Scroll.x < w->ScrollMax.x - 0.5f)
    dl->AddRectFilledMultiColor(ImVec2(b.x - fade, a.y), b, clear, solid, solid, clear);
  if (w->Scroll.x > 0.5f) dl->AddRectFilledMultiColor(a, ImVec2(a.x + fade, b.y), solid, clear, clear, solid);
  ImGui::EndChild();
  ui_.sem.endScope();
}

Scope::Scope(Ui& ui, const std::string& id, Role role, const std::string& label, Live live) : ui_(ui) {
  SemanticElement e;
  e.id = id;
  e.role = role;
  e.label = label;
  e.live = live;
  ui_.sem.beginScope(std::move(e));
}

Scope::~Scope() {
  // A container is revealed (keyboard focus on it in the mirror, or what just opened) once its
  // rectangle, the union of what was drawn in it, is known.
  const SemanticElement* e = ui_.sem.endScope();
  if (!e) return;
  const ImVec2 a(e->rect.x, e->rect.y), b(e->rect.x + e->rect.w, e->rect.y + e->rect.h);
  if (ui_.sem.takeReveal(e->id)) bringIntoView(a, b, 0.2f);
  if (ui_.sem.takeRevealNext(e->id)) bringIntoView(a, b);
}

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
    bg = on ? p.selected : IM_COL32(0, 0, 0, 0);
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
  const ImGuiStyle& st = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  bool clicked = false;
  if (ImGui::CalcTextSize(label.c_str()).x + 2 * st.FramePadding.x <= avail) {
    // Ghost buttons read as links in a list: their text starts where the text around it does.
    if (kind == ButtonKind::ghost) ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    clicked = ImGui::Button(imguiLabel(label, id).c_str());
    if (kind == ButtonKind::ghost) ImGui::PopStyleVar();
  } else {
    // Too long for one line in this column (a phone): the label wraps inside the button.
    const float inner = std::max(1.0f, avail - 2 * st.FramePadding.x);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, inner);
    const ImVec2 a = ImGui::GetCursorScreenPos(), size(avail, ts.y + 2 * st.FramePadding.y);
    clicked = ImGui::InvisibleButton(("##" + id).c_str(), size) && !disabled;
    const bool hovered = ImGui::IsItemHovered() && !disabled;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), hovered ? hover : bg, st.FrameRounding);
    if (kind == ButtonKind::secondary || ui.theme == ThemeKind::highContrast)
      dl->AddRect(a, ImVec2(a.x + size.x, a.y + size.y), p.border, st.FrameRounding);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + st.FramePadding.x, a.y + st.FramePadding.y), fg,
                label.c_str(), nullptr, inner);
  }
  ImGui::EndDisabled();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (disabled) e.disabled = true;
  if (pressed) e.pressed = on;
  if (ui.sem.takeActivation(id) && !disabled) clicked = true;
  return clicked;
}

bool iconButton(Ui& ui, const std::string& id, Icon icon, const std::string& label, bool pressed, bool disabled) {
  const Palette& p = ui.pal();
  const float size = std::max(ui.px(44), ImGui::GetFrameHeight());
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size, a.y + size);
  ImGui::BeginDisabled(disabled);
  bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(size, size));
  ImGui::EndDisabled();
  const bool hovered = ImGui::IsItemHovered() && !disabled;
  if (hovered && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse) ImGui::SetTooltip("%s", label.c_str());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 bg = pressed ? p.accent : hovered ? p.surfaceHover : p.surface;
  const ImU32 ink = pressed ? p.accentText : disabled ? p.border : p.text;
  dl->AddRectFilled(a, b, bg, ui.px(8));
  dl->AddRect(a, b, pressed ? p.accent : p.border, ui.px(8), 0, ui.theme == ThemeKind::highContrast ? 2.0f : 1.0f);
  const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
  const float u = size / 44.0f, t = 2.2f * u;
  switch (icon) {
    case Icon::home: {
      const ImVec2 roof[] = {ImVec2(c.x - 11 * u, c.y - 1 * u), ImVec2(c.x, c.y - 11 * u),
                             ImVec2(c.x + 11 * u, c.y - 1 * u)};
      dl->AddPolyline(roof, 3, ink, 0, t);
      dl->AddRect(ImVec2(c.x - 8 * u, c.y - 3 * u), ImVec2(c.x + 8 * u, c.y + 10 * u), ink, 1.5f * u, 0, t);
      dl->AddRectFilled(ImVec2(c.x - 2.5f * u, c.y + 3 * u), ImVec2(c.x + 2.5f * u, c.y + 10 * u), ink);
      break;
    }
    case Icon::progress:  // three bars, rising
      for (int k = 0; k < 3; ++k) {
        const float x = c.x - 10 * u + static_cast<float>(k) * 8 * u, h = (7.0f + 6.0f * static_cast<float>(k)) * u;
        dl->AddRectFilled(ImVec2(x, c.y + 10 * u - h), ImVec2(x + 5 * u, c.y + 10 * u), ink, 1.0f * u);
      }
      dl->AddLine(ImVec2(c.x - 12 * u, c.y + 11.5f * u), ImVec2(c.x + 12 * u, c.y + 11.5f * u), ink, 1.5f * u);
      break;
    case Icon::settings:  // three sliders
      for (int k = 0; k < 3; ++k) {
        const float y = c.y - 8 * u + static_cast<float>(k) * 8 * u, knob = c.x + (k == 1 ? 5.0f : -4.0f) * u;
        dl->AddLine(ImVec2(c.x - 11 * u, y), ImVec2(c.x + 11 * u, y), ink, t);
        dl->AddCircleFilled(ImVec2(knob, y), 3.6f * u, bg);
        dl->AddCircle(ImVec2(knob, y), 3.6f * u, ink, 16, t);
      }
      break;
    case Icon::up:  // a chevron pointing up
    case Icon::down: {
      const float d = icon == Icon::up ? -1.0f : 1.0f;
      const ImVec2 chevron[] = {ImVec2(c.x - 8 * u, c.y - 4 * u * d), ImVec2(c.x, c.y + 4 * u * d),
                                ImVec2(c.x + 8 * u, c.y - 4 * u * d)};
      dl->AddPolyline(chevron, 3, ink, 0, t * 1.2f);
      break;
    }
  }
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (icon == Icon::home || icon == Icon::progress || icon == Icon::settings) e.pressed = pressed;
  if (disabled) e.disabled = true;
  if (ui.sem.takeActivation(id) && !disabled) clicked = true;
  return clicked && !disabled;
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

namespace {

// Badge and avatar colours: distinct hues dark enough for white text (≥ 4.5:1).
constexpr ImU32 kBadgeColours[] = {IM_COL32(0x1D, 0x5F, 0xD1, 255), IM_COL32(0x0F, 0x76, 0x6E, 255),
                                   IM_COL32(0x7C, 0x3A, 0xED, 255), IM_COL32(0xB4, 0x3C, 0x12, 255),
                                   IM_COL32(0x9D, 0x17, 0x4D, 255), IM_COL32(0x3F, 0x62, 0x12, 255),
                                   IM_COL32(0x1E, 0x40, 0xAF, 255), IM_COL32(0x86, 0x19, 0x8F, 255)};

// Two letters for a drawn avatar: the first letter of the first and of the last word that
// has one ("Annie de Vries" AV, "De heer K. (Kees)" DK).
std::string initials(const std::string& name) {
  std::vector<std::string> letters;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    for (size_t k = i; k < j; ++k) {
      const unsigned char c = static_cast<unsigned char>(name[k]);
      if (std::isalpha(c)) {
        letters.emplace_back(1, static_cast<char>(std::toupper(c)));
        break;
      }
      if (c >= 0xC0) {  // a letter with an accent (two bytes in UTF-8): kept as written
        letters.push_back(name.substr(k, std::min<size_t>(2, j - k)));
        break;
      }
    }
    i = j;
  }
  if (letters.empty()) return "?";
  return letters.size() == 1 ? letters.front() : letters.front() + letters.back();
}

float leadingSize(Ui& ui, const CardInfo& info) {
  if (info.leading.kind == Leading::Kind::none) return 0;
  return ui.px(info.compact ? 40 : 48);
}

void drawLeading(Ui& ui, const Leading& who, ImVec2 at, float size) {
  const Palette& p = ui.pal();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(at.x + size / 2, at.y + size / 2);
  const ImU32 colour = ui.theme == ThemeKind::highContrast ? p.accent : kBadgeColours[who.colour % 8];
  const ImU32 ink = ui.theme == ThemeKind::highContrast ? p.accentText : IM_COL32_WHITE;
  if (who.kind == Leading::Kind::avatar && who.portrait) {
    dl->AddImageRounded(who.portrait, at, ImVec2(at.x + size, at.y + size), ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE,
                        size / 2);
    dl->AddCircle(c, size / 2, p.border, 48, 1.5f);
    return;
  }
  if (who.kind == Leading::Kind::number && who.done) {
    dl->AddCircleFilled(c, size / 2, p.good, 48);
    const float w = size * 0.1f;
    dl->AddLine(ImVec2(c.x - size * 0.2f, c.y + size * 0.02f), ImVec2(c.x - size * 0.05f, c.y + size * 0.17f),
                ui.theme == ThemeKind::highContrast ? p.background : IM_COL32_WHITE, w);
    dl->AddLine(ImVec2(c.x - size * 0.05f, c.y + size * 0.17f), ImVec2(c.x + size * 0.22f, c.y - size * 0.16f),
                ui.theme == ThemeKind::highContrast ? p.background : IM_COL32_WHITE, w);
    return;
  }
  dl->AddCircleFilled(c, size / 2, colour, 48);
  const std::string text = who.kind == Leading::Kind::avatar ? initials(who.text) : who.text;
  ImFont* f = ui.fonts.bold;
  const float fs = f->FontSize * (who.kind == Leading::Kind::avatar ? 0.9f : 1.0f);
  const ImVec2 ts = f->CalcTextSizeA(fs, FLT_MAX, 0, text.c_str());
  dl->AddText(f, fs, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2), ink, text.c_str());
}

struct CardLayout {
  float pad, lead, inner, titleH, bodyH, metaH, barH, coverH, height;
  std::string body;
  ImFont* titleFont;
};

// The cover across the top of a card, cropped to the strip around its middle (a placeholder
// of the border's colour until it has arrived).
void drawCoverStrip(Ui& ui, const CardInfo& info, ImVec2 pos, float width, float height, float round) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + height);
  if (!info.cover || info.coverAspect <= 0) {
    dl->AddRectFilled(pos, end, ui.pal().border, round, ImDrawFlags_RoundCornersTop);
    return;
  }
  const float strip = width / height;
  ImVec2 uv0(0, 0), uv1(1, 1);
  if (info.coverAspect > strip) {  // wider than the strip: keep the middle columns
    const float keep = strip / info.coverAspect;
    uv0.x = (1 - keep) / 2;
    uv1.x = 1 - uv0.x;
  } else {  // taller: keep the middle rows
    const float keep = info.coverAspect / strip;
    uv0.y = (1 - keep) / 2;
    uv1.y = 1 - uv0.y;
  }
  dl->AddImageRounded(info.cover, pos, end, uv0, uv1, IM_COL32_WHITE, round, ImDrawFlags_RoundCornersTop);
}

// Where the first `lines` lines of `text` wrapped at `width` end, as ImFont::CalcTextSizeA
// wraps it: at a wrap point (and the blanks after it) or after a line break.
size_t endOfLines(const ImFont* font, const std::string& text, float width, int lines) {
  const char* s = text.c_str();
  const char* end = s + text.size();
  for (int line = 0; line < lines && s < end; ++line) {
    const char* wrap = font->CalcWordWrapPositionA(1.0f, s, end, width);
    if (const void* newline = std::memchr(s, '\n', static_cast<size_t>(wrap - s))) {
      s = static_cast<const char*>(newline) + 1;
      continue;
    }
    s = wrap;
    while (s < end && (*s == ' ' || *s == '\t')) ++s;
    if (s < end && *s == '\n') ++s;
  }
  return static_cast<size_t>(s - text.c_str());
}

CardLayout layoutCard(Ui& ui, const CardInfo& info, float width) {
  CardLayout l;
  l.pad = ui.px(info.compact ? 12 : 16);
  l.lead = leadingSize(ui, info);
  l.inner = width - 2 * l.pad - (l.lead > 0 ? l.lead + ui.px(12) : 0);
  l.titleFont = info.compact ? ui.fonts.bold : ui.fonts.h3;
  l.titleH = l.titleFont->CalcTextSizeA(l.titleFont->FontSize, FLT_MAX, l.inner, info.title.c_str()).y;
  l.body = info.bodyLines > 0 ? clampLines(ui, ui.fonts.body, info.body, l.inner, info.bodyLines) : info.body;
  l.bodyH = l.body.empty()
                ? 0
                : ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, l.inner, l.body.c_str()).y + ui.px(6);
  const bool metaLine = !info.meta.empty() || !info.badge.empty();
  l.metaH = metaLine ? ui.fonts.small->FontSize + ui.px(8) : 0;
  l.barH = info.progress ? ui.px(14) : 0;
  l.coverH = info.coverStrip ? ui.px(112) : 0;
  l.height = std::max(
      {l.coverH + l.pad * 2 + l.titleH + l.bodyH + l.metaH + l.barH, l.coverH + l.lead + 2 * l.pad, info.minHeight});
  return l;
}

// What card() draws: the surface, border, cover, leading mark, texts and progress bar.
void drawCard(Ui& ui, const CardInfo& info, const CardLayout& l, ImVec2 pos, float width, bool hovered) {
  const Palette& p = ui.pal();
  const float height = l.height, pad = l.pad, inner = l.inner;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + height);
  const float round = ui.px(info.compact ? 8 : 12);
  dl->AddRectFilled(pos, end, info.selected ? p.selected : hovered ? p.surfaceHover : p.surface, round);
  dl->AddRect(pos, end, hovered || info.selected ? p.accent : p.border, round, 0, hovered ? 2.0f : 1.0f);

  if (l.coverH > 0) drawCoverStrip(ui, info, pos, width, l.coverH, round);
  float x = pos.x + pad;
  if (l.lead > 0) {
    drawLeading(ui, info.leading, ImVec2(x, pos.y + l.coverH + pad), l.lead);
    x += l.lead + ui.px(12);
  }
  float y = pos.y + l.coverH + pad;
  dl->AddText(l.titleFont, l.titleFont->FontSize, ImVec2(x, y), info.disabled ? p.textMuted : p.heading,
              info.title.c_str(), nullptr, inner);
  y += l.titleH;
  if (!l.body.empty()) {
    y += ui.px(6);
    dl->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(x, y), p.text, l.body.c_str(), nullptr, inner);
    y += l.bodyH - ui.px(6);
  }
  if (l.metaH > 0) {
    y += ui.px(8);
    float mx = x;
    if (!info.badge.empty()) {
      const ImVec2 sz = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, inner, 0, info.badge.c_str());
      dl->AddRectFilled(ImVec2(mx - 4, y - 1), ImVec2(mx + sz.x + 4, y + sz.y + 1),
                        info.disabled ? p.warningSurface : p.goodSurface, 4);
      dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(mx, y), info.disabled ? p.warning : p.good,
                  info.badge.c_str());
      mx += sz.x + ui.px(14);
    }
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(mx, y), p.textMuted, info.meta.c_str(), nullptr,
                inner - (mx - x));
    y += l.metaH - ui.px(8);
  }
  if (info.progress) {
    // At the bottom of the card, whatever the row's height.
    const float by = pos.y + height - pad - ui.px(6);
    const float f = std::clamp(*info.progress, 0.0f, 1.0f);
    dl->AddRectFilled(ImVec2(x, by), ImVec2(x + inner, by + ui.px(6)), p.border, 3);
    if (f > 0) dl->AddRectFilled(ImVec2(x, by), ImVec2(x + inner * f, by + ui.px(6)), p.good, 3);
  }
}

}  // namespace

std::string clampLines(ImFont* font, const std::string& text, float width, int maxLines) {
  const float lineH = font->FontSize;
  auto fits = [&](const std::string& t) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, t.c_str(), t.c_str() + t.size()).y <=
           lineH * maxLines + 1;
  };
  if (fits(text)) return text;
  // The longest prefix, cut at a space, that fits with the ellipsis: no longer than the text's
  // first `maxLines` lines and the next word (part of which may fit before the ellipsis where
  // the whole word did not), so each try measures a few lines, not the whole text.
  size_t lo = 0, hi = std::min(text.find_first_of(" \t\n", endOfLines(font, text, width, maxLines)), text.size());
  while (lo < hi) {
    const size_t mid = (lo + hi + 1) / 2;
    if (fits(text.substr(0, mid) + "\xE2\x80\xA6"))
      lo = mid;
    else
      hi = mid - 1;
  }
  size_t cut = text.rfind(' ', lo);
  if (cut == std::string::npos || cut < lo / 2) cut = lo;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  std::string out = text.substr(0, cut);
  while (!out.empty() && std::strchr(" ,.;:", out.back())) out.pop_back();
  return out + "\xE2\x80\xA6";
}

std::string clampLines(Ui& ui, ImFont* font, const std::string& text, float width, int maxLines) {
  auto& kept = ui.fonts.clamped;
  if (kept.size() > 512) kept.clear();  // a bound, for texts that change (a trainer's edits)
  auto key = std::make_tuple(static_cast<const ImFont*>(font), width, maxLines, text);
  auto at = kept.find(key);
  if (at == kept.end()) at = kept.emplace(std::move(key), clampLines(font, text, width, maxLines)).first;
  return at->second;
}

float cardHeight(Ui& ui, const CardInfo& info, float width) { return layoutCard(ui, info, width).height; }

void avatar(Ui& ui, const std::string& id, const Leading& who, float size, bool decorative) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  drawLeading(ui, who, at, size);
  recordLastItem(ui, id, Role::img, decorative ? std::string() : who.text);
}

bool card(Ui& ui, const std::string& id, const CardInfo& info) {
  const float width = info.width > 0 ? info.width : ImGui::GetContentRegionAvail().x;
  const CardLayout l = layoutCard(ui, info, width);
  const float height = l.height;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::BeginDisabled(info.disabled);
  bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, height));
  ImGui::EndDisabled();
  const bool hovered = ImGui::IsItemHovered() && !info.disabled;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  // A card scrolled out of view is described but not drawn: ImGui clips its text, but its
  // shapes would still go to the GPU (home's cards below the fold were over half the first
  // frame's triangles).
  if (ImGui::IsItemVisible()) drawCard(ui, info, l, pos, width, hovered);
  // What a screen reader hears: the title, the summary, the facts and the progress in words.
  std::string label = info.title;
  if (!info.badge.empty()) label += " (" + info.badge + ")";
  if (!info.coverAlt.empty()) label += ". " + info.coverAlt;
  if (!info.body.empty())
    label += ". " + info.body;
  else if (!info.description.empty())
    label += ". " + info.description;
  if (!info.meta.empty()) label += ". " + info.meta;
  if (!info.progressText.empty()) label += ". " + info.progressText;
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (info.disabled) e.disabled = true;
  if (info.selected) e.selected = true;
  if (info.progress) {
    e.value = std::round(*info.progress * 100.0);
    e.min = 0;
    e.max = 100;
    e.valueText = info.progressText;
  }
  if (ui.sem.takeActivation(id) && !info.disabled) clicked = true;
  return clicked;
}

namespace {

// A radio button or checkbox as a row as wide as the column: the mark, then the label wrapped
// beside it; the whole row takes the tap (ImGui's own keep their label on one line and take
// only the mark and the text).
bool choiceRow(Ui& ui, const std::string& id, const std::string& label, bool on, bool round, float fixedWidth = 0) {
  const Palette& p = ui.pal();
  // Each option a card, the whole card its target (as H5P and Rise draw answers): a row of
  // text alone read as a list, not as choices.
  const float width = fixedWidth > 0 ? fixedWidth : ImGui::GetContentRegionAvail().x;
  const float mark = ui.px(22), gapX = ui.px(12), padX = ui.px(12);
  const float padY = ui.px(12), inner = std::max(1.0f, width - mark - gapX - 2 * padX);
  ImFont* font = ImGui::GetFont();
  const ImVec2 ts = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, inner, label.c_str());
  const float height = std::max(ts.y, mark) + 2 * padY;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const bool disabled = (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered() && !disabled;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(a.x + width, a.y + height);
  dl->AddRectFilled(a, b, hovered ? p.surfaceHover : p.surface, ui.px(8));
  dl->AddRect(a, b, on ? p.accent : p.border, ui.px(8), 0, on || ui.theme == ThemeKind::highContrast ? 2.0f : 1.0f);
  const ImVec2 m(a.x + padX, a.y + padY + (std::min(ts.y, font->FontSize) - mark) / 2 + 1);
  const ImU32 ring = on ? p.accent : p.textMuted;
  const float border = ui.theme == ThemeKind::highContrast ? 2.5f : 2.0f;
  if (round) {
    const ImVec2 c(m.x + mark / 2, m.y + mark / 2);
    dl->AddCircleFilled(c, mark / 2, p.surface, 32);
    dl->AddCircle(c, mark / 2 - 1, ring, 32, border);
    if (on) dl->AddCircleFilled(c, mark * 0.27f, p.accent, 24);
  } else {
    const ImVec2 e(m.x + mark, m.y + mark);
    dl->AddRectFilled(m, e, on ? p.accent : p.surface, ui.px(4));
    dl->AddRect(m, e, ring, ui.px(4), 0, border);
    if (on) {
      const ImU32 ink = p.accentText;
      dl->AddLine(ImVec2(m.x + mark * 0.22f, m.y + mark * 0.52f), ImVec2(m.x + mark * 0.42f, m.y + mark * 0.72f), ink,
                  ui.px(2.5f));
      dl->AddLine(ImVec2(m.x + mark * 0.42f, m.y + mark * 0.72f), ImVec2(m.x + mark * 0.8f, m.y + mark * 0.3f), ink,
                  ui.px(2.5f));
    }
  }
  dl->AddText(font, ImGui::GetFontSize(), ImVec2(a.x + padX + mark + gapX, a.y + padY), p.text, label.c_str(), nullptr,
              inner);
  return clicked && !disabled;
}

}  // namespace

bool radio(Ui& ui, const std::string& id, const std::string& label, bool selected, float width) {
  const bool clicked = choiceRow(ui, id, label, selected, true, width);
  recordLastItem(ui, id, Role::radio, label).checked = selected;
  return clicked || ui.sem.takeActivation(id);
}

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool* checked) {
  bool changed = choiceRow(ui, id, label, *checked, false);
  if (changed) *checked = !*checked;
  if (ui.sem.takeActivation(id)) {
    *checked = !*checked;
    changed = true;
  }
  recordLastItem(ui, id, Role::checkbox, label).checked = *checked;
  return changed;
}

namespace {
// A slider's track and handle, as ImGui::SliderScalar draws them, but without its Ctrl+click
// text entry: that alone linked ImGui's text editor (InputTextEx and stb_textedit, about 15 KB
// of the wasm) into the page, where text is typed in fields over the canvas (web/text-fields.js),
// never in ImGui's. A click or the keyboard takes hold of it; SliderBehavior does the rest.
bool sliderTrack(const char* widgetId, double* v, double min, double max) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = g.Style;
  const ImGuiID id = window->GetID(widgetId);
  const ImVec2 at = window->DC.CursorPos;
  const ImRect track(at, ImVec2(at.x + ImGui::CalcItemWidth(), at.y + g.FontSize + 2 * style.FramePadding.y));
  ImGui::ItemSize(track, style.FramePadding.y);
  if (!ImGui::ItemAdd(track, id)) return false;
  const bool hovered = ImGui::ItemHoverable(track, id, g.LastItemData.InFlags);
  const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left, id);
  if (clicked) ImGui::SetKeyOwner(ImGuiKey_MouseLeft, id);
  if (clicked || g.NavActivateId == id) {
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right);  // arrows move it
  }
  const bool held = g.ActiveId == id;
  ImGui::RenderNavHighlight(track, id);
  ImGui::RenderFrame(track.Min, track.Max,
                     ImGui::GetColorU32(held      ? ImGuiCol_FrameBgActive
                                        : hovered ? ImGuiCol_FrameBgHovered
                                                  : ImGuiCol_FrameBg),
                     true, style.FrameRounding);
  ImRect grab;
  const bool changed = ImGui::SliderBehavior(track, id, ImGuiDataType_Double, v, &min, &max, "", 0, &grab);
  if (changed) ImGui::MarkItemEdited(id);
  if (grab.Max.x > grab.Min.x)
    window->DrawList->AddRectFilled(grab.Min, grab.Max,
                                    ImGui::GetColorU32(held ? ImGuiCol_SliderGrabActive : ImGuiCol_SliderGrab),
                                    style.GrabRounding);
  IMGUI_TEST_ENGINE_ITEM_INFO(id, widgetId, g.LastItemData.StatusFlags);
  return changed;
}
}  // namespace

bool slider(Ui& ui, const std::string& id, const std::string& label, double* value, double min, double max, double step,
            const std::string& valueText, bool* held) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  // The value stands beside the track, never under the handle.
  ImGui::PushFont(ui.fonts.bold);
  const float valueW = std::max(ImGui::CalcTextSize(valueText.c_str()).x, ui.px(56));
  ImGui::PopFont();
  ImGui::SetNextItemWidth(
      std::max(ui.px(120), std::min(ImGui::GetContentRegionAvail().x - valueW - ui.px(16), ui.px(420))));
  double v = *value;
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, ui.px(28));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabRounding, ui.px(14));
  bool changed = sliderTrack(("##" + id).c_str(), &v, min, max);
  ImGui::PopStyleVar(2);
  const bool active = ImGui::IsItemActive();
  claimDrag(ui);
  SemanticElement& e = recordLastItem(ui, id, Role::slider, label);
  ImGui::SameLine(0, ui.px(16));
  ImGui::PushFont(ui.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(valueText.c_str());
  ImGui::PopFont();
  if (auto requested = ui.sem.takeValue(id)) {
    v = *requested;
    changed = true;
  }
  // The description says the value its text was made from (the caller's, before this frame's
  // change): a new value is described, with its own text, in the frame this one asks for, so a
  // screen reader never hears a value beside another value's words.
  e.value = *value;
  if (changed) {
    if (step > 0) v = min + std::round((v - min) / step) * step;
    *value = std::clamp(v, min, max);
    ui.wantRedraw = true;
  }
  e.min = min;
  e.max = max;
  if (step > 0) e.step = step;
  e.valueText = valueText;
  if (held) *held = active;
  if (active) ui.wantRedraw = true;
  return changed;
}

bool textField(Ui& ui, const std::string& id, const std::string& label, std::string& value,
               const std::string& placeholder, bool* submitted, Role role, float width) {
  const Palette& p = ui.pal();
  const float w = std::min(ImGui::GetContentRegionAvail().x, ui.px(width)), h = ImGui::GetFrameHeight() + ui.px(6);
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
  SemanticElement& e = recordLastItem(ui, id, role, label);
  e.valueText = value;
  const bool enter = ui.sem.takeActivation(id);
  if (submitted) *submitted = enter;
  if (auto text = ui.sem.takeText(id)) {
    if (*text != value) {
      value = std::move(*text);
      return true;
    }
  }
  return false;
}

namespace {
// A chevron around `c`: pointing right when closed, down when open.
void drawChevron(ImDrawList* dl, ImVec2 c, float r, bool open, ImU32 colour) {
  if (open)
    dl->AddTriangleFilled(ImVec2(c.x - r, c.y - r * 0.5f), ImVec2(c.x + r, c.y - r * 0.5f), ImVec2(c.x, c.y + r * 0.7f),
                          colour);
  else
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.5f, c.y - r), ImVec2(c.x - r * 0.5f, c.y + r), ImVec2(c.x + r * 0.7f, c.y),
                          colour);
}
}  // namespace

bool foldButton(Ui& ui, const std::string& id, const std::string& label, bool open, float size) {
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size, a.y + size);
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(size, size));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  e.expanded = open;
  const Palette& p = ui.pal();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (hovered) dl->AddRectFilled(a, b, p.surfaceHover, ui.px(8));
  drawChevron(dl, ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2), size * 0.16f, open, p.link);
  const bool activated = ui.sem.takeActivation(id);
  if (clicked || activated) ui.wantRedraw = true;
  return clicked || activated;
}

bool disclosure(Ui& ui, const std::string& id, const std::string& label, bool openAtFirst) {
  const Palette& p = ui.pal();
  const float width = ImGui::GetContentRegionAvail().x, pad = ui.px(12), chevron = ui.px(18);
  const float inner = width - 2 * pad - chevron - ui.px(8);
  ImFont* font = ui.fonts.bold;
  const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, inner, label.c_str());
  const float height = std::max(ts.y + 2 * ui.px(10), ui.px(44));
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + width, a.y + height);
  const ImGuiID key = ImGui::GetID(("##" + id).c_str());
  ImGuiStorage* store = ImGui::GetStateStorage();
  bool open = store->GetInt(key, openAtFirst ? 1 : 0) != 0;
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  SemanticElement& e = recordLastItem(ui, id, Role::button, label);
  if (clicked || ui.sem.takeActivation(id)) {
    open = !open;
    store->SetInt(key, open ? 1 : 0);
    ui.wantRedraw = true;
    if (open) ui.sem.requestRevealNext(id);  // what opens below comes into view
  }
  e.expanded = open;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, hovered ? p.surfaceHover : p.surface, ui.px(8));
  dl->AddRect(a, b, hovered ? p.accent : p.border, ui.px(8), 0, 1.0f);
  drawChevron(dl, ImVec2(a.x + pad + chevron / 2, a.y + height / 2), chevron * 0.3f, open, p.link);
  dl->AddText(font, font->FontSize, ImVec2(a.x + pad + chevron + ui.px(8), a.y + (height - ts.y) / 2), p.link,
              label.c_str(), nullptr, inner);
  return open;
}

void progressBar(Ui& ui, const std::string& id, const std::string& label, float fraction, const std::string& valueText,
                 float width) {
  // A filled track without outline, as on the cards: an outlined white strip at 0 % looks like an
  // empty input field. High contrast keeps the outline (its track is black on black).
  const bool outline = ui.theme == ThemeKind::highContrast;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ui.pal().good);
  if (!outline) ImGui::PushStyleColor(ImGuiCol_FrameBg, ui.pal().border);
  if (!outline) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(width, ui.px(10)), "");
  if (!outline) ImGui::PopStyleVar();
  ImGui::PopStyleColor(outline ? 1 : 2);
  SemanticElement& e = recordLastItem(ui, id, Role::progressbar, label);
  e.value = std::round(std::clamp(fraction, 0.0f, 1.0f) * 100.0);
  e.min = 0;
  e.max = 100;
  e.valueText = valueText.empty() ? std::to_string(static_cast<int>(*e.value)) + "%" : valueText;
}

namespace {
ImU32 toneInk(const Palette& p, Tone tone) {
  return tone == Tone::good      ? p.good
         : tone == Tone::warning ? p.warning
         : tone == Tone::bad     ? p.bad
         : tone == Tone::plain   ? p.heading
                                 : p.info;
}
ImU32 toneSurface(const Palette& p, Tone tone) {
  return tone == Tone::good      ? p.goodSurface
         : tone == Tone::warning ? p.warningSurface
         : tone == Tone::bad     ? p.badSurface
         : tone == Tone::plain   ? p.surface
                                 : p.infoSurface;
}
// The tinted background and the bar at its left, under what was drawn from `start` to `bottom`.
void boxBackground(Ui& ui, Tone tone, ImVec2 start, float width, float bottom) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& p = ui.pal();
  dl->AddRectFilled(start, ImVec2(start.x + width, bottom), toneSurface(p, tone), ui.px(8));
  if (tone == Tone::plain) {  // a card: the page's surface, a thin border, no coloured bar
    dl->AddRect(start, ImVec2(start.x + width, bottom), p.border, ui.px(8), 0,
                ui.theme == ThemeKind::highContrast ? 2.0f : 1.0f);
    return;
  }
  if (ui.theme == ThemeKind::highContrast)
    dl->AddRect(start, ImVec2(start.x + width, bottom), toneInk(p, tone), ui.px(8), 0, 1.5f);
  dl->AddRectFilled(start, ImVec2(start.x + ui.px(5), bottom), toneInk(p, tone), ui.px(8),
                    ImDrawFlags_RoundCornersLeft);
}
}  // namespace

namespace {
struct TileLayout {
  float pad, gap, titleH, valueH, detailH;
};
TileLayout tileLayout(Ui& ui, const TileInfo& tile, float width) {
  TileLayout l{ui.px(14), ui.px(4), 0, 0, 0};
  const float inner = std::max(1.0f, width - 2 * l.pad);
  l.titleH = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, inner, tile.title.c_str()).y;
  l.valueH = ui.fonts.h2->CalcTextSizeA(ui.fonts.h2->FontSize, FLT_MAX, inner, tile.value.c_str()).y;
  l.detailH = tile.detail.empty()
                  ? 0.0f
                  : ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, inner, tile.detail.c_str()).y;
  return l;
}
}  // namespace

float statTileHeight(Ui& ui, const TileInfo& tile, float width) {
  const TileLayout l = tileLayout(ui, tile, width);
  return 2 * l.pad + l.titleH + l.gap + l.valueH + (l.detailH > 0 ? l.gap + l.detailH : 0.0f);
}

void statTile(Ui& ui, const std::string& id, const TileInfo& tile, float width, float height) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  height = std::max(height, statTileHeight(ui, tile, width));
  const TileLayout l = tileLayout(ui, tile, width);
  const Palette& p = ui.pal();
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + width, a.y + height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, p.surface, ui.px(8));
  dl->AddRect(a, b, p.border, ui.px(8), 0, 1.0f);
  Scope group(ui, id, Role::group, tile.title);
  const float inner = width - 2 * l.pad;
  float y = a.y + l.pad;
  canvasText(ui, id + ".title", ImVec2(a.x + l.pad, y), ui.fonts.bold, ui.fonts.bold->FontSize, p.heading, tile.title,
             inner);
  y += l.titleH + l.gap;
  canvasText(ui, id + ".value", ImVec2(a.x + l.pad, y), ui.fonts.h2, ui.fonts.h2->FontSize, toneInk(p, tile.tone),
             tile.value, inner);
  y += l.valueH + l.gap;
  if (!tile.detail.empty())
    canvasText(ui, id + ".detail", ImVec2(a.x + l.pad, y), ui.fonts.small, ui.fonts.small->FontSize, p.textMuted,
               tile.detail, inner);
  ImGui::Dummy(ImVec2(width, height));
  ui.sem.openScope().rect = Rect{a.x, a.y, width, height};
}

void notice(Ui& ui, const std::string& id, Tone tone, const std::string& title, const std::string& text) {
  const Palette& p = ui.pal();
  const ImU32 fg = toneInk(p, tone);
  const float width = ImGui::GetContentRegionAvail().x, pad = ui.px(14), inner = width - 2 * pad - ui.px(5);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter split;
  split.Split(dl, 2);
  split.SetCurrentChannel(dl, 1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + ui.px(5), start.y + pad));
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
  split.SetCurrentChannel(dl, 0);
  boxBackground(ui, tone, start, width, bottom);
  split.Merge(dl);
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, bottom - start.y));
  recordLastItem(ui, id, Role::note, title.empty() ? text : title + ": " + text);
}

void completionBadge(Ui& ui, const std::string& id, bool complete, bool reducedMotion) {
  const Palette& p = ui.pal();
  const float size = ui.px(72);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  // Time since the badge was first drawn (kept in ImGui's storage under its id).
  ImGuiStorage* store = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(("##badge" + id).c_str());
  const float now = static_cast<float>(ImGui::GetTime());
  float* since = store->GetFloatRef(key, -1.0f);
  if (*since < 0 || now < *since) *since = now;
  const float t = reducedMotion ? 1.0f : std::clamp((now - *since) / 0.6f, 0.0f, 1.0f);
  if (t < 1.0f) ui.wantRedraw = true;
  const float ease = 1.0f - (1.0f - t) * (1.0f - t);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(a.x + size / 2, a.y + size / 2);
  const ImU32 ink = complete ? p.good : p.info;
  dl->AddCircleFilled(c, size / 2 * (0.6f + 0.4f * ease), complete ? p.goodSurface : p.infoSurface, 48);
  dl->AddCircle(c, size / 2 * (0.6f + 0.4f * ease) - 1.5f, ink, 48, 3.0f);
  if (complete) {
    // The check drawn stroke by stroke.
    const ImVec2 k0(c.x - size * 0.2f, c.y + size * 0.02f), k1(c.x - size * 0.05f, c.y + size * 0.17f),
        k2(c.x + size * 0.22f, c.y - size * 0.16f);
    const float first = std::min(1.0f, ease * 2.0f), second = std::clamp(ease * 2.0f - 1.0f, 0.0f, 1.0f);
    const float w = ui.px(6);
    dl->AddLine(k0, ImVec2(k0.x + (k1.x - k0.x) * first, k0.y + (k1.y - k0.y) * first), ink, w);
    if (second > 0) dl->AddLine(k1, ImVec2(k1.x + (k2.x - k1.x) * second, k1.y + (k2.y - k1.y) * second), ink, w);
  } else {
    dl->PathArcTo(c, size * 0.3f, -1.5708f, -1.5708f + 6.2832f * 0.66f * ease, 32);
    dl->PathStroke(ink, 0, ui.px(6));
  }
  recordLastItem(ui, id, Role::img, ui.tr(complete ? "done.badge" : "done.badge.open"));
}

Box::Box(Ui& ui, const std::string& id, Tone tone, const std::string& title, Live live) : ui_(ui), tone_(tone) {
  SemanticElement e;
  e.id = id;
  e.role = Role::group;
  e.label = title;
  e.live = live;
  ui.sem.beginScope(std::move(e));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  split_.Split(dl, 2);
  split_.SetCurrentChannel(dl, 1);
  start_ = ImGui::GetCursorScreenPos();
  width_ = ImGui::GetContentRegionAvail().x;
  pad_ = ui.px(14);
  // The content is laid out inside the padding: indented on the left, narrower on the right.
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGui::Indent(pad_ + ui.px(5));
  w->ContentRegionRect.Max.x -= pad_;
  w->WorkRect.Max.x -= pad_;
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, start_.y + pad_));
  ImGui::BeginGroup();
  if (!title.empty()) styledText(ui, id + ".title", title, ui.fonts.bold, toneInk(ui.pal(), tone));
}

Box::~Box() {
  ImGui::EndGroup();
  const float bottom = ImGui::GetItemRectMax().y + pad_;
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGui::Unindent(pad_ + ui_.px(5));
  w->ContentRegionRect.Max.x += pad_;
  w->WorkRect.Max.x += pad_;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  split_.SetCurrentChannel(dl, 0);
  boxBackground(ui_, tone_, start_, width_, bottom);
  split_.Merge(dl);
  split_.ClearFreeMemory();
  ImGui::SetCursorScreenPos(start_);
  ImGui::Dummy(ImVec2(width_, bottom - start_.y));
  SemanticElement& box = ui_.sem.openScope();
  if (ui_.sem.takeReveal(box.id)) bringIntoView(start_, ImVec2(start_.x + width_, bottom), 0.2f);
  if (ui_.sem.takeRevealNext(box.id)) bringIntoView(start_, ImVec2(start_.x + width_, bottom));
  box.rect = Rect{start_.x, start_.y, width_, bottom - start_.y};
  box.visible = ImGui::IsItemVisible();
  ui_.sem.endScope();
}

}  // namespace leren::ui
