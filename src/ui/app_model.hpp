#pragma once
// What the UI shows and where the learner is in it: the course, the learner (who owns all
// progress and its rules: core/learner.hpp), the host page, the current screen and history,
// and what is open on screen. Views read it, call the learner's verbs and move between
// screens; nothing here is saved.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content_loader.hpp"
#include "core/content_model.hpp"
#include "core/i18n.hpp"
#include "core/learner.hpp"
#include "core/quiz.hpp"
#include "core/search.hpp"
#include "ui/host.hpp"
#include "ui/pictures.hpp"
#include "ui/views/question_state.hpp"

namespace leren::ui {

enum class Screen { home, page, quiz, moduleDone, caseView, progress, settings, glossary, problems, trainer };

struct Nav {
  Screen screen = Screen::home;
  int module = -1;  // index into course.modules (page, quiz, moduleDone)
  int page = 0;     // index into the module's pages
  int caseIndex = -1;
  bool operator==(const Nav&) const = default;
};

// Where a learner is in a module's knowledge check (the results are the learner's).
struct QuizView {
  size_t question = 0;
  QuestionState state;
  bool results = false;
  int shown = -1;  // the question the learner was last told about (Learner::openQuiz)
};

struct Model {
  Model(const core::Course& c, core::Learner& l, Host& h, const core::I18n& t)
      : course(c), learner(l), host(h), i18n(t) {}

  const core::Course& course;
  core::Learner& learner;
  Host& host;
  const core::I18n& i18n;

  Nav nav;
  std::vector<Nav> history;                              // for "back"
  std::optional<std::string> glossaryTerm;               // open definition popup
  std::vector<core::Text> notices;                       // told by the learner, shown until dismissed
  std::string search;                                    // home search query
  std::string glossaryFilter;                            // the glossary's filter
  std::shared_ptr<const core::SearchIndex> searchIndex;  // built on the first search
  bool caseStarted = false;                              // past the case's intro screen
  std::string perspective;                               // perspective id being shown, "" = the narrative
  std::map<std::string, QuizView> quizzes;               // module id ->
  std::map<std::string, QuestionState> checks;           // "<module id>/<question id>" -> (checks in pages)
  std::string pendingImport;                             // text of a picked progress file, handled next frame
  bool confirmReset = false;                             // the "reset progress?" dialog is open
  bool confirmRestart = false;                           // the "start this case again?" question is open
  std::string copied;                                    // id of the copy button last pressed,
  Nav copiedOn;                                          // on this screen
  bool trainerMode = false;                              // the trainer view is offered
  bool trainerAllowed = true;  // it may be turned on in Settings (not in a test, not when locked)
  // Loads modules and cases when they are opened (null: all loaded, as natively and in tests).
  core::ContentLoader* content = nullptr;
  bool showingLoading = false;  // this frame drew a loading screen (ui/views/loading.hpp)
  // The first screen with content has been drawn: decorative pictures (module covers) are
  // asked for only from then on, so they never delay it (their place is kept meanwhile).
  bool firstScreenDrawn = false;
  PictureCache pictures;  // the course's images, fetched when first drawn

  void go(Nav to) {
    if (to == nav) return;
    history.push_back(nav);
    nav = to;
    confirmRestart = false;
  }
  void back() {
    confirmRestart = false;
    if (history.empty()) {
      nav = Nav{};
      return;
    }
    nav = history.back();
    history.pop_back();
  }
  const core::Module* module() const {
    return nav.module >= 0 && nav.module < static_cast<int>(course.modules.size()) ? &course.modules[nav.module]
                                                                                   : nullptr;
  }
  const core::Case* currentCase() const {
    return nav.caseIndex >= 0 && nav.caseIndex < static_cast<int>(course.cases.size()) ? &course.cases[nav.caseIndex]
                                                                                       : nullptr;
  }
};

}  // namespace leren::ui
