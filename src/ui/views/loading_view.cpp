// What the learner sees while a module, case, the glossary or search is not loaded yet (the
// course index gave home everything else): a loading screen with the title, never a blank one,
// and a way back; when a file could not be fetched, a way to try again.
#include "ui/views/loading.hpp"

#include "core/content_loader.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

bool ensureLoaded(Ui& ui, Model& model, core::ItemKind kind, size_t index) {
  core::ContentLoader* content = model.content;
  const core::ItemRef ref{kind, index};
  if (!content || content->loaded(ref)) return true;
  // Not again after a failed fetch: the learner chooses to try again (below).
  if (!content->fetchFailed(ref)) content->request(ref);
  model.showingLoading = true;
  const bool isCase = kind == core::ItemKind::caseFile;
  const std::string& id = isCase ? model.course.cases[index].id : model.course.modules[index].id;
  const core::Text& title = isCase ? model.course.cases[index].title : model.course.modules[index].title;
  beginScreen(ui, model, std::string("loading.") + (isCase ? "case." : "module.") + id, ui.text(title));
  heading(ui, "loading.title", ui.text(title), 1);
  if (content->fetchFailed(ref)) {
    notice(ui, "loading.status", Tone::bad, "", ui.tr("loading.failed"));
    if (button(ui, "loading.retry", ui.tr("loading.retry"))) content->request(ref);
  } else {
    notice(ui, "loading.status", Tone::info, "",
           ui.tr(content->checkingInFull(ref) ? "loading.checking"
                 : isCase                     ? "loading.case"
                                              : "loading.module"));
  }
  gap(ui, 8);
  if (button(ui, "loading.back", ui.tr("common.back"), ButtonKind::secondary)) model.back();
  endScreen(ui);
  return false;
}

bool ensureGlossary(Ui& ui, Model& model, const std::string& id) {
  core::ContentLoader* content = model.content;
  if (!content || content->glossaryLoaded()) return true;
  content->requestGlossary();
  paragraph(ui, id, ui.tr("loading.glossary"), true);
  return false;
}

bool ensureSearch(Ui& ui, Model& model, const std::string& id) {
  core::ContentLoader* content = model.content;
  if (!content || (content->searchLoaded() && content->glossaryLoaded())) return true;
  content->requestSearch();
  paragraph(ui, id, ui.tr("loading.search"), true);
  return false;
}

}  // namespace leren::ui
