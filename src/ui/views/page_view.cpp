// An explainer page: text, callouts and interactive figures, sources at the end, and
// previous/next (the last page leads to the module's knowledge check).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/markdown.hpp"
#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
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
  notice(ui, id, calloutTone(c.style), c.title.empty() ? ui.tr(styleKey) : ui.text(c.title), "");
  ImGui::Indent(ui.px(18));
  richText(ui, id + ".text", ui.text(c.text), ev);
  ImGui::Unindent(ui.px(18));
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
  Scope group(ui, prefix, Role::group, ui.tr("check.title"));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::Indent(ui.px(14));
  gap(ui, 10);
  styledText(ui, prefix + ".title", ui.tr("check.title"), ui.fonts.bold, ui.pal().info);
  richText(ui, prefix + ".prompt", ui.text(q.prompt), ev);
  drawQuestion(ui, model, static_cast<size_t>(model.nav.module), q, model.checks[m.id + "/" + q.id], prefix);
  gap(ui, 10);
  ImGui::Unindent(ui.px(14));
  // A bar down the side marks the check off from the text around it.
  ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + ui.px(4), ImGui::GetCursorScreenPos().y),
                                            ui.pal().info, ui.px(2));
}

void handleEvents(Model& model, const RichTextEvents& ev) {
  if (!ev.openUrl.empty()) model.host.openUrl(ev.openUrl);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
}

}  // namespace

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
    smallText(ui, id + ".peildatum", ui.i18n.format("page.peildatum", ui.lang, {{"date", peildatum}}));
}

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

  beginScreen(ui, model, "page." + m->id + "." + page.id, ui.text(page.title));
  smallText(ui, "page.module",
            ui.text(m->title) + " \xC2\xB7 " +
                ui.i18n.format("page.of", ui.lang,
                               {{"n", std::to_string(model.nav.page + 1)}, {"total", std::to_string(count)}}));
  progressBar(ui, "page.progress", ui.tr("page.progress"),
              static_cast<float>(model.nav.page + 1) / static_cast<float>(count));
  heading(ui, "page.title", ui.text(page.title), 1);
  RichTextEvents ev;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    const std::string id = "block." + std::to_string(b);
    const core::Block& block = page.blocks[b];
    if (const auto* t = std::get_if<core::TextBlock>(&block))
      richText(ui, id, ui.text(t->text), ev);
    else if (const auto* c = std::get_if<core::Callout>(&block))
      drawCallout(ui, id, *c, ev);
    else if (const auto* k = std::get_if<core::CheckBlock>(&block))
      drawCheck(ui, model, *m, k->question, ev);
    else
      drawFigure(ui, model, static_cast<size_t>(model.nav.module), block);
    gap(ui, 8);
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  handleEvents(model, ev);
  if (button(ui, "page.copy", ui.tr("page.copy"), ButtonKind::ghost)) model.host.copyText(pageText(ui, page));
  drawSources(ui, model, "page.sources", page.sources, page.peildatum);
  gap(ui, 16);
  if (model.nav.page > 0) {
    if (button(ui, "page.prev", ui.tr("page.prev"), ButtonKind::secondary)) {
      model.nav.page--;
    }
    ImGui::SameLine();
  }
  if (model.nav.page + 1 < count) {
    if (button(ui, "page.next", ui.tr("page.next"))) {
      model.nav.page++;
    }
  } else if (!m->quiz.questions.empty()) {
    if (button(ui, "page.quiz", ui.tr("page.to_quiz"))) model.go(Nav{Screen::quiz, model.nav.module, 0});
  }
  endScreen(ui);
}

}  // namespace leren::ui
