// Home: the course, where to continue, its modules and cases, and any content problems.
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "core/loader.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/persona.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

int errorCount(const std::vector<core::Diagnostic>& ds) {
  int n = 0;
  for (const auto& d : ds) n += d.severity == core::Severity::error;
  return n;
}

void problemsSummary(Ui& ui, Model& model) {
  const auto all = core::allDiagnostics(model.course);
  const int errors = errorCount(all);
  if (errors == 0) return;
  // Name the first broken file and position right here; the full list is one click away.
  const core::Diagnostic* first = nullptr;
  for (const auto& d : all)
    if (d.severity == core::Severity::error) {
      first = &d;
      break;
    }
  std::string where = first->file;
  if (first->line > 0) where += ":" + std::to_string(first->line) + ":" + std::to_string(first->column);
  notice(ui, "home.problems", Tone::warning,
         ui.i18n.format("home.problems.title", ui.lang, {{"n", std::to_string(errors)}}),
         where + " \xE2\x80\x94 " + first->message.get(ui.lang));
  if (button(ui, "home.problems.open", ui.tr("home.problems.open"), ButtonKind::secondary))
    model.go(Nav{Screen::problems});
  gap(ui, 8);
}

std::string minutesMeta(Ui& ui, int minutes, size_t count, const char* countKey) {
  return ui.i18n.format("home.meta", ui.lang, {{"min", std::to_string(minutes)}, {"n", std::to_string(count)}}) +
         (countKey ? " " + ui.tr(countKey) : "");
}

}  // namespace

namespace {

// A search hit's snippet as words to read: no Markdown marks, no link targets, and no half
// sentence's full stop after the ellipsis at its start.
std::string snippetText(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "](") == 0) {  // a link's target: skip to its ')'
      const size_t close = s.find(')', i);
      if (close == std::string::npos) break;
      i = close;
      continue;
    }
    if (s[i] == '[' || s[i] == '*' || s[i] == '#' || s[i] == '_') continue;
    out += s[i];
  }
  const std::string ellipsis = "\xE2\x80\xA6";
  if (out.rfind(ellipsis, 0) == 0) {
    size_t k = ellipsis.size();
    while (k < out.size() && std::strchr(".,;:!? ", out[k])) ++k;
    out = ellipsis + out.substr(k);
  }
  return out;
}

// "Verder waar je was": back to the last page, knowledge check or case, straight into it.
struct Resume {
  Nav to;
  bool play = false;
  std::string where, detail;
  float progress = -1;
};

std::optional<Resume> resumeTarget(Ui& ui, Model& model) {
  const std::optional<core::Position> resume = model.learner.resumePosition();
  if (!resume) return std::nullopt;
  const core::Position& last = *resume;
  const core::Course& c = model.course;
  Resume r;
  for (size_t i = 0; i < c.modules.size(); ++i) {
    const core::Module& m = c.modules[i];
    if (m.id != last.container || !m.available || m.pages.empty()) continue;
    r.progress = static_cast<float>(model.learner.pagesRead(i)) / static_cast<float>(m.pages.size());
    r.detail =
        ui.i18n.format("progress.pages", ui.lang,
                       {{"n", std::to_string(model.learner.pagesRead(i))}, {"total", std::to_string(m.pages.size())}});
    if (last.kind == core::Position::Kind::quiz) {
      r.to = Nav{Screen::quiz, static_cast<int>(i), 0};
      r.where = ui.text(m.title) + " \xC2\xB7 " + ui.tr("quiz.title");
    }
    for (size_t p = 0; p < m.pages.size() && last.kind == core::Position::Kind::page; ++p)
      if (m.pages[p].id == last.page) {
        r.to = Nav{Screen::page, static_cast<int>(i), static_cast<int>(p)};
        r.where = ui.text(m.title) + " \xC2\xB7 " + ui.text(m.pages[p].title);
      }
  }
  for (size_t i = 0; i < c.cases.size() && last.kind == core::Position::Kind::caseRun; ++i)
    if (c.cases[i].id == last.container && c.cases[i].available) {
      r.to = Nav{Screen::caseView, -1, 0, static_cast<int>(i)};
      r.play = true;
      r.where = ui.text(c.cases[i].title);
      r.detail = ui.tr("home.case.playing");
    }
  if (r.where.empty()) return std::nullopt;
  return r;
}

// Where the learner is: the place to continue (or to begin), and the course as done so far.
void whereYouAre(Ui& ui, Model& model) {
  const core::Course& c = model.course;
  size_t modulesDone = 0, modulesAvailable = 0, casesDone = 0, casesAvailable = 0;
  for (size_t i = 0; i < c.modules.size(); ++i) {
    if (!c.modules[i].available) continue;
    ++modulesAvailable;
    const core::QuizSummary q = model.learner.quizSummary(i);
    if (model.learner.pagesRead(i) == c.modules[i].pages.size() &&
        (c.modules[i].quiz.questions.empty() || q.answered == q.questions))
      ++modulesDone;
  }
  for (const auto& k : c.cases) {
    if (!k.available) continue;
    ++casesAvailable;
    const core::CaseProgress* cp = model.learner.caseProgress(k.id);
    casesDone += cp && !cp->endingsReached.empty();
  }
  const std::optional<Resume> resume = resumeTarget(ui, model);
  CardInfo info;
  if (resume) {
    info.title = ui.tr("home.continue");
    info.body = resume->where;
    info.meta = resume->detail;
    if (resume->progress >= 0) info.progress = resume->progress;
  } else {
    info.title = ui.tr("home.begin");
    info.body = c.modules.empty() ? "" : ui.text(c.modules.front().title);
    info.meta = ui.tr("home.begin.meta");
  }
  info.selected = true;  // the one thing to do next stands out
  info.leading = Leading{Leading::Kind::number, "\xE2\x86\x92", false, 0};
  info.progressText = info.meta;
  if (card(ui, "home.continue", info)) {
    if (resume) {
      if (resume->play) model.caseStarted = true;
      model.go(resume->to);
    } else {
      for (size_t i = 0; i < c.modules.size(); ++i)
        if (c.modules[i].available) {
          model.go(Nav{Screen::page, static_cast<int>(i), 0});
          break;
        }
    }
  }
  gap(ui, 6);
  const std::string overall = ui.i18n.format("home.overall", ui.lang,
                                             {{"m", std::to_string(modulesDone)},
                                              {"mt", std::to_string(modulesAvailable)},
                                              {"c", std::to_string(casesDone)},
                                              {"ct", std::to_string(casesAvailable)}});
  smallText(ui, "home.overall", overall);
  const size_t total = modulesAvailable + casesAvailable;
  progressBar(ui, "home.overall.bar", overall,
              total ? static_cast<float>(modulesDone + casesDone) / static_cast<float>(total) : 0.0f, overall);
  gap(ui, 6);
}

void search(Ui& ui, Model& model) {
  bool submitted = false;
  textField(ui, "home.search", ui.tr(ui.narrow ? "home.search" : "home.search.hint"), model.search,
            ui.tr(ui.narrow ? "home.search" : "home.search.hint"), &submitted);
  if (model.search.empty()) return;
  if (!model.searchIndex) {
    // Search works before modules and cases are loaded, from search.json (the course index).
    if (!ensureSearch(ui, model, "home.search.loading")) return;
    const core::SearchTexts* texts = model.content ? model.content->searchTexts() : nullptr;
    model.searchIndex = texts ? std::make_shared<core::SearchIndex>(model.course, *texts)
                              : std::make_shared<core::SearchIndex>(model.course);
  }
  const auto hits = model.searchIndex->find(model.search, ui.lang);
  if (hits.empty()) {
    paragraph(ui, "home.search.none", ui.tr("home.search.none"), true);
    return;
  }
  auto open = [&](const core::SearchHit& h) {
    if (h.kind == core::SearchHit::Kind::page)
      model.go(Nav{Screen::page, static_cast<int>(h.module), static_cast<int>(h.page)});
    else if (h.kind == core::SearchHit::Kind::caseScenario) {
      model.caseStarted = false;
      model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(h.caseIndex)});
    } else
      model.glossaryTerm = h.termId;
  };
  // Enter in the field opens the first hit, as in any search box.
  if (submitted) open(hits.front());
  Scope list(ui, "home.search.hits", Role::list, ui.tr("home.search"));
  for (size_t i = 0; i < hits.size(); ++i) {
    const core::SearchHit& h = hits[i];
    const std::string kind = ui.tr(h.kind == core::SearchHit::Kind::page           ? "home.search.page"
                                   : h.kind == core::SearchHit::Kind::caseScenario ? "home.search.case"
                                                                                   : "home.search.term");
    if (link(ui, "home.search.hit" + std::to_string(i), kind + ": " + h.title)) open(h);
    smallText(ui, "home.search.hit" + std::to_string(i) + ".snippet", snippetText(h.snippet));
  }
  gap(ui, 8);
}

// Cards in a grid: as many columns as fit `minWidth`, the cards of a row equally high.
template <typename Each>
void grid(Ui& ui, size_t count, float minWidth, Each&& each) {
  const float avail = ImGui::GetContentRegionAvail().x, gapX = ui.px(14), gapY = ui.px(14);
  const int cols = std::max(1, std::min(3, static_cast<int>((avail + gapX) / (ui.px(minWidth) + gapX))));
  const float w = (avail - gapX * static_cast<float>(cols - 1)) / static_cast<float>(cols);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  float y = origin.y;
  for (size_t row = 0; row * cols < count; ++row) {
    float rowH = 0;
    for (size_t k = row * cols; k < std::min(count, (row + 1) * cols); ++k) rowH = std::max(rowH, each(k, w, -1.0f, y));
    for (size_t k = row * cols; k < std::min(count, (row + 1) * cols); ++k) {
      ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(k - row * cols) * (w + gapX), y));
      each(k, w, rowH, y);
    }
    y += rowH + gapY;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
  ImGui::Dummy(ImVec2(1, 1));
}

std::string caseStatus(Ui& ui, const core::CaseProgress* cp, const core::Case& k) {
  if (!cp || (cp->choiceLog.empty() && cp->endingsReached.empty())) return ui.tr("home.case.new");
  if (cp->endingsReached.empty()) return ui.tr("home.case.playing");
  return ui.i18n.format(
      "home.case.endings", ui.lang,
      {{"n", std::to_string(cp->endingsReached.size())}, {"total", std::to_string(k.endings.size())}});
}

}  // namespace

void drawHome(Ui& ui, Model& model) {
  const core::Course& c = model.course;
  beginScreen(ui, model, "home", ui.text(c.title));
  std::optional<WideBlock> wide(std::in_place, ui, 1040.0f);  // cards in a grid: the width of three
  heading(ui, "home.title", ui.text(c.title), 1);
  paragraph(ui, "home.subtitle", ui.text(c.subtitle), true);
  gap(ui, 10);
  drawNotices(ui, model, "home.notice");
  problemsSummary(ui, model);
  whereYouAre(ui, model);
  search(ui, model);

  heading(ui, "home.modules", ui.tr("home.modules"), 2);
  const bool phone = ImGui::GetContentRegionAvail().x < ui.px(560);
  grid(ui, c.modules.size(), 300, [&](size_t i, float w, float rowH, float) {
    const core::Module& m = c.modules[i];
    CardInfo info;
    info.title = m.title.empty() ? m.file : ui.text(m.title);
    info.body = phone ? "" : ui.text(m.summary);
    info.description = ui.text(m.summary);  // a phone's card shows no summary; a screen reader still hears it
    info.bodyLines = 3;
    const size_t read = m.available ? model.learner.pagesRead(i) : 0;
    const core::QuizSummary q = model.learner.quizSummary(i);
    const bool done = m.available && read == m.pages.size() && (m.quiz.questions.empty() || q.answered == q.questions);
    info.meta = minutesMeta(ui, m.minutes, m.pages.size(), "home.pages");
    info.disabled = !m.available;
    info.compact = phone;
    info.width = w;
    info.minHeight = std::max(0.0f, rowH);
    info.leading = Leading{Leading::Kind::number, std::to_string(i + 1), done, static_cast<unsigned>(i)};
    if (m.cover.present() && !phone) {  // a phone's list of cards stays compact
      info.coverStrip = true;
      info.coverAlt = m.cover.decorative ? "" : ui.text(m.cover.alt);
      static const PictureState notYet;
      const PictureState& picture = model.firstScreenDrawn ? model.pictures.get(m.cover.src) : notYet;
      if (picture.status == PictureState::Status::ready && picture.height > 0) {
        info.cover = reinterpret_cast<ImTextureID>(picture.texture);
        info.coverAspect = static_cast<float>(picture.width) / static_cast<float>(picture.height);
      }
    }
    if (!m.available) info.badge = ui.tr("home.unavailable");
    if (done) info.badge = ui.tr("home.case.done");
    if (m.available && !m.pages.empty()) {
      info.progress = static_cast<float>(read) / static_cast<float>(m.pages.size());
      info.progressText = ui.i18n.format("progress.pages", ui.lang,
                                         {{"n", std::to_string(read)}, {"total", std::to_string(m.pages.size())}});
    }
    if (rowH < 0) return cardHeight(ui, info, w);
    if (card(ui, "home.module." + m.id, info)) model.go(Nav{Screen::page, static_cast<int>(i), 0});
    return rowH;
  });
  gap(ui, 10);
  heading(ui, "home.cases", ui.tr("home.cases"), 2);
  grid(ui, c.cases.size(), 300, [&](size_t i, float w, float rowH, float) {
    const core::Case& k = c.cases[i];
    CardInfo info;
    info.title = k.title.empty() ? k.file : ui.text(k.title);
    info.body = phone ? "" : ui.text(k.summary);
    info.description = ui.text(k.summary);
    info.bodyLines = 3;
    const core::CaseProgress* cp = model.learner.caseProgress(k.id);
    info.meta = ui.i18n.format("home.case.meta", ui.lang, {{"min", std::to_string(k.minutes)}}) + " \xC2\xB7 " +
                ui.tr(k.difficulty == core::Difficulty::basis       ? "case.difficulty.basis"
                      : k.difficulty == core::Difficulty::gevorderd ? "case.difficulty.gevorderd"
                                                                    : "case.difficulty.expert") +
                " \xC2\xB7 " + caseStatus(ui, cp, k);
    info.disabled = !k.available;
    info.compact = phone;
    info.width = w;
    info.minHeight = std::max(0.0f, rowH);
    if (!k.personas.empty())
      info.leading = Leading{Leading::Kind::avatar, k.personas.front().name, false,
                             personaColour(k, k.personas.front()), personaPortrait(ui, model, k.personas.front())};
    if (!k.available) info.badge = ui.tr("home.unavailable");
    if (cp && !cp->endingsReached.empty()) info.badge = ui.tr("home.case.done");
    if (rowH < 0) return cardHeight(ui, info, w);
    if (card(ui, "home.case." + k.id, info)) {
      model.caseStarted = false;  // a case opened from home starts at its intro (with "continue")
      model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(i)});
    }
    return rowH;
  });
  gap(ui, 10);
  if (link(ui, "home.glossary", ui.tr("home.glossary"))) model.go(Nav{Screen::glossary});
  if (model.trainerMode && link(ui, "home.trainer", ui.tr("trainer.title"))) model.go(Nav{Screen::trainer});
  wide.reset();
  endScreen(ui);
}

}  // namespace leren::ui
