#pragma once
// What the UI shows and where the learner is: the loaded course, the learner's progress,
// the current screen, and transient view state. Views read and change it; the App saves
// progress after every learner action.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/case_engine.hpp"
#include "core/content_model.hpp"
#include "core/i18n.hpp"
#include "core/progress.hpp"
#include "core/quiz.hpp"
#include "core/search.hpp"

namespace leren::ui {

enum class Screen { home, page, quiz, caseView, progress, settings, glossary, problems, trainer };

struct Nav {
  Screen screen = Screen::home;
  int module = -1;  // index into course.modules (page, quiz)
  int page = 0;     // index into the module's pages
  int caseIndex = -1;
  bool operator==(const Nav&) const = default;
};

// Where a learner is in a module's knowledge check (not saved: scores are, in progress).
struct QuizView {
  size_t question = 0;
  core::QuizAnswer answer;
  std::optional<core::QuestionGrade> grade;  // set after "check"
  bool results = false;
};

struct Model {
  core::Course course;
  core::I18n i18n;
  core::Progress progress;
  Nav nav;
  std::vector<Nav> history;                              // for "back"
  std::optional<std::string> glossaryTerm;               // open definition popup
  std::vector<core::Text> notices;                       // things to tell the learner (content changed, ...)
  bool progressChanged = false;                          // save after this frame
  std::string search;                                    // home search query
  std::shared_ptr<const core::SearchIndex> searchIndex;  // built on the first search

  // The case being played (its choice log is mirrored into progress after every choice).
  std::optional<core::CaseRun> run;
  bool caseStarted = false;                 // past the intro screen
  std::string perspective;                  // perspective id being shown, "" = the narrative
  bool showMap = false;                     // case map open at the ending
  std::map<std::string, QuizView> quizzes;  // module id ->
  std::string pendingImport;                // text of a picked progress file, handled next frame
  bool confirmReset = false;                // the "reset progress?" dialog is open
  bool trainerMode = false;                 // ?trainer=1 or the setting: the trainer view is offered

  void go(Nav to) {
    if (to == nav) return;
    history.push_back(nav);
    nav = to;
  }
  void back() {
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
