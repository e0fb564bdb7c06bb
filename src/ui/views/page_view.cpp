// An explainer page: text, callouts and interactive figures, sources at the end, and
// previous/next (the last page leads to the module's knowledge check).
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/markdown.hpp"
#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/module_outline.hpp"
#include "ui/views/picture.hpp"
#include "ui/views/question_view.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

Tone calloutTone(core::CalloutStyle s) {
  switch (s) {
    case core::CalloutStyle::warning:
      return Tone::warning;
    case core::CalloutStyle::tip:
      return Tone::good;
    default:
      return Tone::info;
  }
}

void drawCallout(Ui& ui, const std::string& id, const core::Callout& c, RichTextEvents& ev) {
  // Title as a notice, body as rich text (links and glossary terms stay live).
  const std::string styleKey = "callout." + std::string(c.style == core::CalloutStyle::law       ? "law"
                                                        : c.style == core::CalloutStyle::warning ? "warning"
                                                        : c.style == core::CalloutStyle::tip     ? "tip"
                                                        : c.style == core::CalloutStyle::example ? "example"
                                                                                                 : "info");
  Box box(ui, id, calloutTone(c.style), c.title.empty() ? ui.tr(styleKey) : ui.text(c.title));
  richText(ui, id + ".text", ui.text(c.text), ev);
}

// The page as plain text for the clipboard: title, text blocks and callouts, sources.
std::string pageText(Ui& ui, const core::Page& page) {
  std::string out = ui.text(page.title) + "\n\n";
  for (const core::Block& b : page.blocks) {
    if (const auto* t = std::get_if<core::TextBlock>(&b))
      out += core::md::plainText(core::md::parse(ui.text(t->text))) + "\n\n";
    if (const auto* c = std::get_if<core::Callout>(&b))
      out += core::md::plainText(core::md::parse(ui.text(c->text))) + "\n\n";
  }
  out += ui.tr("page.sources") + ":\n";
  for (const auto& s : page.sources) out += "- " + s.title + " " + s.url + "\n";
  return out;
}

// A question inside the reading, right after the idea it checks: retrieval while reading.
void drawCheck(Ui& ui, Model& model, const core::Module& m, const core::Question& q, RichTextEvents& ev) {
  const std::string prefix = "check." + q.id;
  Box box(ui, prefix, Tone::info, ui.tr("check.title"));
  richText(ui, prefix + ".prompt", ui.text(q.prompt), ev);
  drawQuestion(ui, model, static_cast<size_t>(model.nav.module), q, model.checks[m.id + "/" + q.id], prefix);
}

void handleEvents(Model& model, const RichTextEvents& ev) {
  if (!ev.openUrl.empty()) model.host.openUrl(ev.openUrl);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
}

}  // namespace

void copyButton(Ui& ui, Model& model, const std::string& id, const std::string& label,
                const std::function<std::string()>& text) {
  if (button(ui, id, label, ButtonKind::secondary)) {
    model.host.copyText(text());
    model.copied = id;
    model.copiedOn = model.nav;
    ui.wantRedraw = true;
  }
  if (model.copied != id || !(model.copiedOn == model.nav)) return;
  ImGui::SameLine(0, ui.px(12));
  ImGui::AlignTextToFramePadding();
  styledText(ui, id + ".done", ui.tr("page.copied"), ui.fonts.bold, ui.pal().text, Role::status);
  ui.sem.lastAdded().live = Live::polite;
}

void drawSources(Ui& ui, Model& model, const std::string& id, const std::vector<core::Source>& sources,
                 const std::string& peildatum) {
  heading(ui, id + ".heading", ui.tr("page.sources"), 3);
  {
    Scope list(ui, id + ".list", Role::list, ui.tr("page.sources"));
    for (size_t i = 0; i < sources.size(); ++i) {
      const core::Source& s = sources[i];
      std::string label = s.title;
      if (!s.publisher.empty()) label += " \xE2\x80\x94 " + s.publisher;
      if (!s.date.empty()) label += " (" + s.date + ")";
      ImGui::Bullet();
      ImGui::SameLine();
      if (link(ui, id + "." + std::to_string(i), label, s.url)) model.host.openUrl(s.url);
    }
  }
  if (!peildatum.empty())
    smallText(ui, id + ".peildatum", ui.i18n.format("page.peildatum", ui.lang, {{"date", formatDate(ui, peildatum)}}));
}

namespace {

// The label of the forward button: the next page, the check, or the module's end.
const char* forwardKey(const Model& model, const core::Module& m) {
  if (model.nav.page + 1 < static_cast<int>(m.pages.size())) return "page.next";
  return m.quiz.questions.empty() ? "done.finish" : "page.to_quiz";
}

// Previous / next page (or on to the check or the module's end): at the top of a page and at
// its bottom, so a learner need not scroll down to move on.
void pageNav(Ui& ui, Model& model, const core::Module& m, const std::string& suffix) {
  const int count = static_cast<int>(m.pages.size());
  const ButtonKind kind = suffix.empty() ? ButtonKind::primary : ButtonKind::secondary;
  if (model.nav.page > 0) {
    if (button(ui, "page.prev" + suffix, ui.tr("page.prev"), ButtonKind::secondary)) model.nav.page--;
    ImGui::SameLine();
  }
  if (model.nav.page + 1 < count) {
    if (button(ui, "page.next" + suffix, ui.tr("page.next"), kind)) model.nav.page++;
  } else if (!m.quiz.questions.empty()) {
    if (button(ui, "page.quiz" + suffix, ui.tr("page.to_quiz"), kind)) model.go(Nav{Screen::quiz, model.nav.module, 0});
  } else if (button(ui, "page.finish" + suffix, ui.tr("done.finish"), kind)) {
    model.go(Nav{Screen::moduleDone, model.nav.module, 0});
  }
}

// A page's sections: its top-level headings (the highest level used), in order.
struct Section {
  std::string label, id;  // id: the heading's element, "block.<b>.b<k>"
};
struct PageSections {
  int level = -1;
  std::vector<Section> list;
};

PageSections sectionsOf(Ui& ui, const core::Page& page) {
  PageSections out;
  int top = 99;
  for (int pass = 0; pass < 2; ++pass)
    for (size_t b = 0; b < page.blocks.size(); ++b) {
      const auto* t = std::get_if<core::TextBlock>(&page.blocks[b]);
      if (!t) continue;
      const core::md::RichText& text = parsedMarkdown(ui, ui.text(t->text));
      for (size_t k = 0; k < text.blocks.size(); ++k) {
        const core::md::Block& block = text.blocks[k];
        if (block.kind != core::md::BlockKind::heading) continue;
        if (pass == 0) {
          top = std::min(top, block.level);
          continue;
        }
        if (block.level != top) continue;
        std::string label;
        for (const auto& span : block.spans) label += span.text;
        out.list.push_back({label, "block." + std::to_string(b) + ".b" + std::to_string(k)});
      }
    }
  if (!out.list.empty()) out.level = top;
  return out;
}

// "Op deze pagina": the page's sections as links that scroll to them (unfolding a folded one)
// and move focus there; only for a page with three or more sections.
void contents(Ui& ui, const PageSections& sections, Sections& folding) {
  const auto& list = sections.list;
  if (list.size() < 3) return;
  if (!disclosure(ui, "page.toc", ui.i18n.format("page.toc", ui.lang, {{"n", std::to_string(list.size())}}),
                  !ui.narrow))
    return;
  Scope scope(ui, "page.toc.list", Role::list, ui.tr("page.toc.title"));
  ImGui::Indent(ui.px(12));
  for (size_t i = 0; i < list.size(); ++i)
    if (link(ui, "page.toc." + std::to_string(i), list[i].label)) {
      folding.folded->erase(folding.keyPrefix + list[i].id);
      ui.sem.requestRevealNext(list[i].id);
      ui.sem.setFocusTarget(list[i].id);
      ui.wantRedraw = true;
    }
  ImGui::Unindent(ui.px(12));
  gap(ui, 6);
}

}  // namespace

void drawPage(Ui& ui, Model& model) {
  if (model.module() && !ensureLoaded(ui, model, core::ItemKind::module, static_cast<size_t>(model.nav.module))) return;
  const core::Module* m = model.module();
  if (!m || !m->available || m->pages.empty()) {
    model.back();
    return;
  }
  const int count = static_cast<int>(m->pages.size());
  model.nav.page = std::clamp(model.nav.page, 0, count - 1);
  const core::Page& page = m->pages[model.nav.page];
  model.learner.openPage(static_cast<size_t>(model.nav.module), static_cast<size_t>(model.nav.page));

  const std::string position =
      ui.i18n.format("page.of", ui.lang, {{"n", std::to_string(model.nav.page + 1)}, {"total", std::to_string(count)}});
  const ScreenPosition where{model.nav.page + 1, count, ui.tr("page.progress"), position};
  beginScreen(ui, model, "page." + m->id + "." + page.id, ui.text(page.title), false, &where);
  moduleOutline(ui, model, *m, false);
  smallText(ui, "page.module", ui.text(m->title) + " \xC2\xB7 " + position);
  // The progress bar and, beside it, previous/next: one row (buttons under the bar where the
  // row is too narrow for both).
  const ImGuiStyle& st = ImGui::GetStyle();
  auto buttonW = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x + 2 * st.FramePadding.x; };
  const float navW = (model.nav.page > 0 ? buttonW(ui.tr("page.prev")) + st.ItemSpacing.x : 0.0f) +
                     buttonW(ui.tr(forwardKey(model, *m)));
  const float barW = ImGui::GetContentRegionAvail().x - navW - ui.px(16);
  const bool oneRow = barW >= ui.px(96);
  const float rowY = ImGui::GetCursorPosY();
  if (oneRow) ImGui::SetCursorPosY(rowY + (ImGui::GetFrameHeight() - ui.px(10)) / 2);
  progressBar(ui, "page.progress", ui.tr("page.progress"),
              static_cast<float>(model.nav.page + 1) / static_cast<float>(count), position, oneRow ? barW : -1.0f);
  if (oneRow) {
    ImGui::SameLine(0, ui.px(16));
    ImGui::SetCursorPosY(rowY);
  } else {
    gap(ui, 4);
  }
  pageNav(ui, model, *m, ".top");
  gap(ui, 4);
  heading(ui, "page.title", ui.text(page.title), 1);
  // Sections fold on a page with two or more of them.
  const PageSections sections = sectionsOf(ui, page);
  Sections folding;
  folding.level = sections.list.size() >= 2 ? sections.level : -1;
  folding.folded = &ui.view.foldedSections;
  folding.keyPrefix = "page." + m->id + "." + page.id + "#";
  contents(ui, sections, folding);
  RichTextEvents ev;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    const std::string id = "block." + std::to_string(b);
    const core::Block& block = page.blocks[b];
    if (const auto* t = std::get_if<core::TextBlock>(&block)) {
      richText(ui, id, ui.text(t->text), ev, &folding);
      gap(ui, 8);
      continue;
    }
    if (folding.folding) continue;  // in a folded section
    if (const auto* c = std::get_if<core::Callout>(&block))
      drawCallout(ui, id, *c, ev);
    else if (const auto* k = std::get_if<core::CheckBlock>(&block))
      drawCheck(ui, model, *m, k->question, ev);
    else if (const auto* image = std::get_if<core::ImageBlock>(&block))
      picture(ui, model, id, image->image, m->file);
    else
      drawFigure(ui, model, static_cast<size_t>(model.nav.module), block);
    gap(ui, 8);
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  handleEvents(model, ev);
  copyButton(ui, model, "page.copy", ui.tr("page.copy"), [&] { return pageText(ui, page); });
  drawSources(ui, model, "page.sources", page.sources, page.peildatum);
  gap(ui, 16);
  pageNav(ui, model, *m, "");
  endScreen(ui);
}

}  // namespace leren::ui
