#include "ui/rich_text.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

ImFont* spanFont(Ui& ui, const core::md::Block& block, const core::md::Span& span) {
  if (block.kind == core::md::BlockKind::heading) return block.level <= 2 ? ui.fonts.h2 : ui.fonts.h3;
  if (span.bold) return ui.fonts.bold;
  if (span.italic) {
    if (ui.fonts.italic == ui.fonts.body) ui.fonts.italicWanted = true;
    return ui.fonts.italic;
  }
  return ui.fonts.body;
}

// Splits "word word" into pieces that each end after their trailing spaces.
template <typename F>
void forEachWord(const std::string& s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    while (j < s.size() && s[j] == ' ') ++j;
    f(s.substr(i, j - i));
    i = j;
  }
}

}  // namespace

const core::md::RichText& parsedMarkdown(Ui& ui, const std::string& markdown) {
  auto& cache = ui.view.markdown;
  auto it = cache.find(&markdown);
  if (it == cache.end() || it->second.first != markdown)
    it = cache.insert_or_assign(&markdown, std::make_pair(markdown, core::md::parse(markdown))).first;
  return it->second.second;
}

void richText(Ui& ui, const std::string& id, const std::string& markdown, RichTextEvents& events, Sections* sections) {
  richText(ui, id, parsedMarkdown(ui, markdown), events, sections);
}

void richText(Ui& ui, const std::string& id, const core::md::RichText& text, RichTextEvents& events,
              Sections* sections) {
  const Palette& pal = ui.pal();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImRect clip(dl->GetClipRectMin(), dl->GetClipRectMax());
  float y = origin.y;
  int linkCount = 0;

  for (size_t b = 0; b < text.blocks.size(); ++b) {
    const core::md::Block& block = text.blocks[b];
    const bool isHeading = block.kind == core::md::BlockKind::heading;
    const bool isSection = sections && sections->level >= 0 && isHeading && block.level <= sections->level;
    if (sections && sections->folding && !isSection) {
      // Hidden, but its links keep their numbers: the ids of those after it do not change.
      for (const core::md::Span& span : block.spans) linkCount += span.kind != core::md::SpanKind::plain;
      continue;
    }
    const float foldSize = isSection ? ui.px(44) : 0.0f;
    const float indent =
        block.kind == core::md::BlockKind::listItem ? ui.px(22) * static_cast<float>(block.level) : 0.0f;
    // "##" (a page's sections) in the h2 face: about 1.3 x body text, so a section reads as one.
    ImFont* base = isHeading ? (block.level <= 2 ? ui.fonts.h2 : ui.fonts.h3) : ui.fonts.body;
    // ImGui's font size is 1.36 em (Noto Sans): lines of 1.5 em for text, 1.25 em for headings.
    const float lineH = base->FontSize * (isHeading ? 0.92f : 1.1f);
    if (isHeading && b > 0) y += ui.px(block.level <= 2 ? 20 : 10);
    const float left = origin.x + indent, right = origin.x + width - foldSize;
    float x = left;
    const float blockTop = y;
    // The block is a container of its links, so the mirror can put them where their words are.
    SemanticElement blockElement;
    blockElement.id = id + ".b" + std::to_string(b);
    blockElement.role = isHeading                                     ? Role::heading
                        : block.kind == core::md::BlockKind::listItem ? Role::listitem
                                                                      : Role::paragraph;
    for (const core::md::Span& span : block.spans) blockElement.label += span.text;
    blockElement.level = isHeading ? block.level + 1 : 0;
    ui.sem.beginScope(std::move(blockElement));

    if (block.kind == core::md::BlockKind::listItem) {
      const std::string marker = block.orderedIndex > 0 ? std::to_string(block.orderedIndex) + "." : "\xE2\x80\xA2";
      dl->AddText(base, base->FontSize, ImVec2(left - ui.px(16), y + (lineH - base->FontSize) / 2), pal.textMuted,
                  marker.c_str());
    }
    for (const core::md::Span& span : block.spans) {
      ImFont* font = spanFont(ui, block, span);
      const bool isLink = span.kind != core::md::SpanKind::plain;
      const ImU32 color = isLink ? pal.link : isHeading ? pal.heading : pal.text;
      std::string linkId;
      if (isLink) linkId = id + ".link" + std::to_string(linkCount++);
      ImRect linkBox(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX);
      bool linkClicked = false, linkHovered = false;
      forEachWord(span.text, [&](const std::string& word) {
        const ImVec2 sz = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.c_str());
        size_t trimmed = word.find_last_not_of(' ');
        const float inkW =
            trimmed == std::string::npos
                ? 0
                : font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.c_str(), word.c_str() + trimmed + 1).x;
        // Punctuation glued to the previous span (". " after a link) may hang a little into
        // the margin rather than start a line on its own.
        const bool hangs = !word.empty() && std::strchr(".,;:!?)", word[0]) != nullptr && inkW < ui.px(14);
        if (x + inkW > right && x > left && !hangs) {
          x = left;
          y += lineH;
        }
        const ImVec2 pos(x, y + (lineH - font->FontSize) / 2);
        if (pos.y + lineH >= clip.Min.y && pos.y <= clip.Max.y) {
          // The italic face has an atlas (and texture) of its own (ui/fonts.hpp).
          const bool ownAtlas = font->ContainerAtlas != ImGui::GetIO().Fonts;
          if (ownAtlas) dl->PushTextureID(font->ContainerAtlas->TexID);
          dl->AddText(font, font->FontSize, pos, color, word.c_str());
          if (ownAtlas) dl->PopTextureID();
          if (isLink) {
            const ImRect box(pos, ImVec2(pos.x + inkW, pos.y + font->FontSize + 2));
            const ImGuiID wid = ImGui::GetID((linkId + "." + std::to_string(static_cast<int>(x))).c_str());
            ui.sem.cover(wid);
            if (ImGui::ItemAdd(box, wid)) {
              bool hovered = false, held = false;
              if (ImGui::ButtonBehavior(box, wid, &hovered, &held)) linkClicked = true;
              linkHovered |= hovered;
            }
            const float uy = pos.y + font->FontSize + 1;
            if (span.kind == core::md::SpanKind::glossary) {
              for (float dx = pos.x; dx < pos.x + inkW; dx += 4)
                dl->AddLine(ImVec2(dx, uy), ImVec2(std::min(dx + 2, pos.x + inkW), uy), color);
            } else {
              dl->AddLine(ImVec2(pos.x, uy), ImVec2(pos.x + inkW, uy), color);
            }
            linkBox.Add(box);
          }
        }
        x += sz.x;
      });
      if (isLink) {
        if (linkHovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (linkHovered && span.kind == core::md::SpanKind::glossary) events.hoveredTerm = span.target;
        SemanticElement e;
        e.id = linkId;
        e.role = Role::link;
        e.label = span.text;
        e.href = span.kind == core::md::SpanKind::glossary ? "glossary:" + span.target : span.target;
        if (linkBox.Min.x <= linkBox.Max.x)
          e.rect = Rect{linkBox.Min.x, linkBox.Min.y, linkBox.GetWidth(), linkBox.GetHeight()};
        else
          e.visible = false;
        ui.sem.add(e);
        if (linkClicked || ui.sem.takeActivation(linkId)) {
          if (span.kind == core::md::SpanKind::glossary)
            events.glossaryTerm = span.target;
          else
            events.openUrl = span.target;
        }
      }
    }
    y += lineH;
    if (isSection) {
      // The fold button at the heading's right, in the heading (as the accordion pattern has it).
      const std::string headingId = id + ".b" + std::to_string(b);
      const std::string key = sections->keyPrefix + headingId;
      const bool open = !sections->folded->count(key);
      // Centred on the heading's first line (reaching into the gap above it, not below).
      const float foldTop = blockTop + (lineH - foldSize) / 2;
      y = std::max(y, foldTop + foldSize);
      ImGui::SetCursorScreenPos(ImVec2(origin.x + width - foldSize, foldTop));
      if (foldButton(ui, headingId + ".fold", ui.tr(open ? "page.section.fold" : "page.section.unfold"), open,
                     foldSize)) {
        if (open)
          sections->folded->insert(key);
        else
          sections->folded->erase(key);
      }
      sections->folding = sections->folded->count(key) > 0;
    }
    SemanticElement& e = ui.sem.openScope();
    e.rect = Rect{origin.x, blockTop, width, y - blockTop};
    e.visible = y >= clip.Min.y && blockTop <= clip.Max.y;
    // A section's heading chosen in the page's contents (or focused in the mirror) scrolls up.
    const bool reveal = ui.sem.takeReveal(e.id), revealNext = ui.sem.takeRevealNext(e.id);
    if (reveal || revealNext) bringIntoView(ImVec2(origin.x, blockTop), ImVec2(origin.x + width, y));
    ui.sem.endScope();
    y += block.kind == core::md::BlockKind::listItem ? ui.px(2) : ui.px(10);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(width, std::max(1.0f, y - origin.y)));
}

}  // namespace leren::ui
