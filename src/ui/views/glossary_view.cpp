// The glossary (begrippenlijst): every term with its definition, and the popup that opens
// when a learner selects an underlined term in a text.
#include <imgui.h>

#include <algorithm>

#include "core/search.hpp"
#include "core/stable_sort.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

namespace {
// The letter a term is filed under: its first letter without accent, upper case ("É" -> "E");
// "0-9" for a term that starts with a digit or a sign ("#" would not do: ImGui reads "##" in a
// label as the start of its id).
std::string letterOf(const std::string& term) {
  const std::string folded = core::foldForSearch(term);
  for (char c : folded) {
    if (c >= 'a' && c <= 'z') return std::string(1, static_cast<char>(c - 'a' + 'A'));
    if (c != ' ') return "0-9";
  }
  return "0-9";
}
}  // namespace

void drawGlossary(Ui& ui, Model& model) {
  beginScreen(ui, model, "glossary", ui.tr("glossary.title"));
  heading(ui, "glossary.title", ui.tr("glossary.title"), 1);
  if (!ensureGlossary(ui, model, "glossary.loading")) {
    endScreen(ui);
    return;
  }
  // A filter on term, synonyms and definition, and an index of the letters shown: 50 terms are
  // too many to scroll through for one.
  textField(ui, "glossary.filter", ui.tr("glossary.filter"), model.glossaryFilter, ui.tr("glossary.filter"));
  const std::string want = core::foldForSearch(model.glossaryFilter);
  struct Entry {
    const core::Term* term;
    std::string key, letter;
  };
  std::vector<Entry> terms;
  for (const auto& t : model.course.glossary.terms) {
    std::string haystack = ui.text(t.term) + " " + ui.text(t.definition);
    for (const auto& syn : t.synonyms.get(ui.lang)) haystack += " " + syn;
    if (!want.empty() && core::foldForSearch(haystack).find(want) == std::string::npos) continue;
    terms.push_back({&t, core::foldForSearch(ui.text(t.term)), letterOf(ui.text(t.term))});
  }
  core::stableSortBy(terms, [](const Entry& a, const Entry& b) { return a.key < b.key; });
  if (terms.empty()) {
    paragraph(ui, "glossary.none", ui.tr("glossary.none"), true);
    endScreen(ui);
    return;
  }
  {
    Scope index(ui, "glossary.index", Role::navigation, ui.tr("glossary.index"));
    std::string last;
    const float right = ImGui::GetContentRegionMax().x;
    for (const Entry& e : terms) {
      if (e.letter == last) continue;
      if (!last.empty()) {
        ImGui::SameLine(0, ui.px(4));
        if (ImGui::GetCursorPosX() + ui.px(44) > right) ImGui::NewLine();
      }
      last = e.letter;
      if (button(ui, "glossary.index." + e.letter, e.letter, ButtonKind::ghost)) {
        ui.sem.requestRevealNext("glossary.letter." + e.letter);
        ui.sem.setFocusTarget("glossary.letter." + e.letter);
        ui.wantRedraw = true;
      }
    }
  }
  gap(ui, 6);
  std::string letter;
  for (const Entry& e : terms) {
    const core::Term* t = e.term;
    if (e.letter != letter) {
      letter = e.letter;
      gap(ui, 6);
      heading(ui, "glossary.letter." + letter, letter, 2);
    }
    heading(ui, "glossary.term." + t->id, ui.text(t->term), 3);
    paragraph(ui, "glossary.def." + t->id, ui.text(t->definition));
    const auto& syn = t->synonyms.get(ui.lang);
    if (!syn.empty()) {
      std::string s = ui.tr("glossary.synonyms") + ": ";
      for (size_t i = 0; i < syn.size(); ++i) s += (i ? ", " : "") + syn[i];
      smallText(ui, "glossary.syn." + t->id, s);
    }
  }
  endScreen(ui);
}

void glossaryTooltip(Ui& ui, const Model& model, const std::string& termId) {
  const core::Term* t = termId.empty() ? nullptr : model.course.glossary.find(termId);
  if (!t || model.glossaryTerm) return;
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x - 32.0f, ui.px(380)), 0));
  ImGui::BeginTooltip();
  // Hover-only, for a mouse: the same definition opens as a dialog on a tap or activate().
  Scope tip(ui, "glossary.tooltip", Role::group, ui.text(t->term));
  styledText(ui, "glossary.tooltip.term", ui.text(t->term), ui.fonts.bold, ui.pal().text);
  paragraph(ui, "glossary.tooltip.definition", ui.text(t->definition));
  ImGui::EndTooltip();
}

void drawGlossaryPopup(Ui& ui, Model& model) {
  if (!model.glossaryTerm) return;
  if (model.content && !model.content->glossaryLoaded()) {
    model.content->requestGlossary();  // the definition opens once the glossary is in
    return;
  }
  const core::Term* t = model.course.glossary.find(*model.glossaryTerm);
  if (!t) {
    model.glossaryTerm.reset();
    return;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(vp->Size.x - 32.0f, ui.px(480));
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(20), ui.px(18)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##glossarypopup", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::SetWindowFocus();
  Scope dialog(ui, "glossary.popup", Role::dialog, ui.text(t->term));
  heading(ui, "glossary.popup.term", ui.text(t->term), 2);
  paragraph(ui, "glossary.popup.definition", ui.text(t->definition));
  if (t->source) {
    if (link(ui, "glossary.popup.source", ui.tr("page.sources") + ": " + t->source->title, t->source->url))
      model.host.openUrl(t->source->url);
  }
  gap(ui, 6);
  if (button(ui, "glossary.popup.close", ui.tr("common.close")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    model.glossaryTerm.reset();
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace leren::ui
