#pragma once
// The learner: one object that owns a learner's progress in one course, where it is stored,
// and the case runs in play, and offers the verbs the UI needs. Every verb applies the
// course's rules, saves what it changed at once, and queues what the learner should be told
// (takeNotices()). The UI keeps only navigation and transient view state.
//
// Modelled on ink's Story (choose, state to and from JSON) and inkcpp's runner: the engine
// owns choices and save state; the UI asks and draws.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/case_debrief.hpp"
#include "core/case_engine.hpp"
#include "core/case_graph.hpp"
#include "core/content_model.hpp"
#include "core/i18n.hpp"
#include "core/learner_events.hpp"
#include "core/progress.hpp"
#include "core/progress_store.hpp"
#include "core/quiz.hpp"
#include "core/storage.hpp"

namespace leren::core {

// practice: the learner may go back, try "wat als?" and replay; the first completed run of a
// case and the first attempt at a question count, the rest is practice.
// toets: one scored run per case, no back or "wat als?" until the ending, coaching held until
// the debrief (the UI's part), no trainer view.
enum class Mode { practice, toets };

struct LearnerOptions {
  Mode mode = Mode::practice;
  // Milliseconds on a monotonic clock: the time a decision or an answer took. Without one,
  // latencies are 0.
  std::function<double()> clock;
  // A fresh random number for a new learner's shuffle seed (the platform's random source).
  // Without one the seed is fixed (tests: the same order every time).
  std::function<std::uint32_t()> random;
};

class Learner {
 public:
  // The course and the storage must outlive the learner. Loads saved progress at once
  // (migrated to the current content; notices say what changed).
  Learner(const Course& course, Storage& storage, LearnerOptions options = {});
  ~Learner();
  Learner(const Learner&) = delete;
  Learner& operator=(const Learner&) = delete;

  const Course& course() const { return course_; }
  Mode mode() const { return options_.mode; }
  const Progress& progress() const { return progress_; }
  const Settings& settings() const { return progress_.settings; }
  // True when no progress was stored: system preferences may set the first settings.
  bool isNew() const { return isNew_; }

  // What the learner should be told since the last call (content changed, progress could not
  // be saved, an import worked, ...), each once, in both languages.
  std::vector<Text> takeNotices();
  bool hasNotices() const { return !notices_.empty(); }

  // Reports decisions, answers and pages read (the LMS bridge listens). Not owned; may be null.
  void setListener(LearnerListener* listener) { listener_ = listener; }

  // ---- Where the learner was -------------------------------------------------------------
  // The last page, knowledge check or case, when it still exists and is available.
  std::optional<Position> resumePosition() const;

  // ---- Reading ---------------------------------------------------------------------------
  // A page was shown: marks it read and remembers it as the place to resume.
  void openPage(size_t module, size_t page);
  // The module's knowledge check was shown.
  void openQuiz(size_t module);
  // Values the learner set in a figure (radar scores by axis, calculator inputs by id).
  const std::map<std::string, double>& figureValues(size_t module, const std::string& figureId) const;
  void setFigureValues(size_t module, const std::string& figureId, std::map<std::string, double> values);

  // ---- Knowledge checks ------------------------------------------------------------------
  // Grades an answer to a question of module `module` and records the attempt.
  QuestionGrade answer(size_t module, const Question& question, const QuizAnswer& answer);
  // The order in which to show the question's options (single/multiple) or items and answers
  // (ordering/matching) for the learner's next attempt: indices into options/items/pairs.
  // Shuffled from the learner's seed, fresh per attempt, stable until the learner answers.
  std::vector<size_t> presentationOrder(size_t module, const Question& question) const;
  // The stored result of a question (nullptr before the first attempt).
  const QuestionProgress* questionProgress(size_t module, const std::string& questionId) const;
  QuizSummary quizSummary(size_t module) const;
  size_t pagesRead(size_t module) const;

  // ---- Cases -----------------------------------------------------------------------------
  // The learner's run of case `index`, resumed from progress the first time it is asked for.
  // The case must be available.
  const CaseRun& openCase(size_t index);
  // The run opened last (nullptr before any).
  const CaseRun* activeRun() const { return active_; }
  // The verbs act on the active run; false (and nothing changes) when they do not apply
  // (back and "wat als?" are not offered in a toets before the ending; a toets case is not
  // restarted: it has one run).
  bool choose(const std::string& choiceId);
  bool back();
  bool whatIf(size_t step);
  bool restartCase();
  bool canUndo() const;
  bool canRestart() const;
  // True while the active run is the scored one (no run of this case completed before).
  bool inScoredRun() const;
  const CaseProgress* caseProgress(const std::string& caseId) const;
  // The case's graph (the expert choices, the case map), built once per case.
  const CaseGraph& caseGraph(const Case& c) const;
  // The debrief of the active run (its ending, the learner's decisions, decisive moments).
  CaseDebrief debrief() const;

  // ---- Settings --------------------------------------------------------------------------
  void setLanguage(Lang language);
  void setTextSize(int percent);
  void setTheme(Theme theme);
  void setReducedMotion(bool on);

  // ---- The whole progress ----------------------------------------------------------------
  // Forgets all progress (settings stay).
  void reset();
  // Replaces progress by an export made earlier (settings stay). False when the text is not
  // an export of this course; a notice says so either way.
  bool importJson(const std::string& text);
  std::string exportJson() const;
  // The learner-relevant state as JSON (learningModule.state()).
  nlohmann::json state() const;
  // Saves now (the page is being hidden or closed). Saving happens after every verb anyway.
  void flush() { save(); }
  // Another copy of this course (a second tab) wrote progress to the same storage: takes in
  // what it did (core/progress_merge.hpp) without writing. True when progress changed.
  bool syncFromStorage();
  // False while storage refuses progress (full, disabled, blocked): it lives in memory and the
  // learner was told once (saveFailedNotice()) to export it.
  bool progressStored() const { return stored_; }
  Text saveFailedNotice() const;
  // Counts the changes so far: a UI redraws when it moved.
  uint64_t revision() const { return revision_; }

  // ---- Content that loads later (content_loader.hpp) ---------------------------------------
  // Module or case `index` has loaded (until now a stand-in from the course index): a case's
  // saved run is replayed against it. changed: its file is not the one the index describes (a
  // trainer edited it after the build), so the progress stored at start is read again with
  // its real ids: what the index did not know is not lost.
  void contentLoaded(bool isCase, size_t index, bool changed);

 private:
  void load();
  // Saves progress_, merged first with what another copy stored since this one last read or
  // wrote (saving must not overwrite another tab's work).
  void save();
  // Takes merged progress in: case runs whose saved run changed are replayed.
  void adopt(Progress merged);
  void recordRun(const CaseRun& run);
  void leaveScoredRun(const std::string& caseId);
  void notice(Text message);
  CaseRun* active() { return active_; }
  double now() const { return options_.clock ? options_.clock() : 0.0; }

  const Course& course_;
  I18n i18n_;
  LearnerOptions options_;
  ProgressStore store_;
  Progress progress_;
  std::map<size_t, std::unique_ptr<CaseRun>> runs_;  // by case index
  mutable std::map<const Case*, std::unique_ptr<CaseGraph>> graphs_;
  uint64_t runSeed(const Case& c) const;
  CaseRun* active_ = nullptr;
  double shownAt_ = 0;  // when the current decision or question was shown (latency)
  std::vector<Text> notices_;
  LearnerListener* listener_ = nullptr;
  bool isNew_ = true;
  bool saveFailedTold_ = false;
  bool stored_ = true;
  // What storage held when this copy last read or wrote it (the base of a merge), and that
  // text as stored (nothing stored: nullopt). Storage holding anything else means another
  // copy wrote.
  Progress base_;
  std::optional<std::string> baseStored_;
  std::optional<std::string> storedAtStart_;  // for contentLoaded(changed); reset() and imports end it
  uint64_t revision_ = 0;
};

}  // namespace leren::core
