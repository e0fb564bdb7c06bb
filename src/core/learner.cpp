#include "core/learner.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/compact_bytes.hpp"
#include "core/progress_merge.hpp"
#include "core/progress_migration.hpp"
#include "core/progress_report.hpp"
#include "core/shuffle.hpp"

namespace leren::core {
namespace {

// A UI string in both languages (the learner's notices are shown in either).
Text bothLanguages(const I18n& i18n, const std::string& key) {
  return {i18n.tr(key, Lang::nl), i18n.tr(key, Lang::en)};
}

const std::map<std::string, double> kNoValues;

}  // namespace

Learner::Learner(const Course& course, Storage& storage, LearnerOptions options)
    : course_(course), i18n_(course.strings), options_(std::move(options)), store_(storage, course) {
  load();
  shownAt_ = now();
}

Learner::~Learner() = default;

void Learner::load() {
  baseStored_ = store_.read();
  ProgressLoad loaded = store_.load();
  isNew_ = loaded.status != ProgressLoad::Status::restored;
  if (!isNew_) storedAtStart_ = std::move(loaded.stored);
  progress_ = std::move(loaded.progress);
  base_ = progress_;
  if (progress_.seed == 0) progress_.seed = options_.random ? std::max<std::uint32_t>(1, options_.random()) : 1;
  for (const ProgressNotice& n : loaded.notices) notice(n.message);
  if (loaded.status == ProgressLoad::Status::reset) notice(loaded.message);
}

void Learner::save() {
  ++revision_;
  // Re-read: another tab may have written since (a string compare in the usual case). Nothing
  // stored any more (site data cleared) is no other tab's work: this copy writes what it has.
  const std::optional<std::string> stored = store_.read();
  if (stored && stored != baseStored_)
    if (std::optional<Progress> theirs = store_.decode(stored)) {
      Progress merged = mergeProgress(base_, progress_, *theirs, MergeNewer::ours);
      if (!(merged == progress_)) adopt(std::move(merged));
    }
  const std::string encoded = store_.encode(progress_);
  stored_ = store_.saveEncoded(encoded);
  if (stored_) {
    base_ = progress_;
    baseStored_ = encoded;
  } else if (!saveFailedTold_) {
    saveFailedTold_ = true;
    notice(saveFailedNotice());
  }
  if (listener_) listener_->progressSaved(encoded);
}

Text Learner::saveFailedNotice() const { return bothLanguages(i18n_, "progress.save_failed"); }

bool Learner::syncFromStorage() {
  const std::optional<std::string> stored = store_.read();
  if (!stored || stored == baseStored_) return false;  // nothing new (or cleared: kept here)
  std::optional<Progress> theirs = store_.decode(stored);
  if (!theirs) return false;  // not progress of this course: the next save replaces it
  Progress merged = mergeProgress(base_, progress_, *theirs, MergeNewer::theirs);
  base_ = std::move(*theirs);
  baseStored_ = stored;
  if (merged == progress_) return false;
  adopt(std::move(merged));
  return true;
}

void Learner::adopt(Progress merged) {
  const Progress before = std::exchange(progress_, std::move(merged));
  for (auto& [index, run] : runs_) {
    const Case& c = course_.cases[index];
    auto was = before.cases.find(c.id);
    auto now = progress_.cases.find(c.id);
    const bool had = was != before.cases.end(), has = now != progress_.cases.end();
    if (before.seed == progress_.seed && had == has && (!has || was->second == now->second)) continue;
    // In place: the UI and active_ keep pointing at the same run.
    *run = has ? CaseRun::replay(c, now->second.choiceLog, runSeed(c)) : CaseRun(c, runSeed(c));
    if (has && !run->replayedAll()) now->second.choiceLog = run->log();
  }
  ++revision_;
}

void Learner::notice(Text message) {
  for (const Text& t : notices_)
    if (t == message) return;
  notices_.push_back(std::move(message));
}

std::vector<Text> Learner::takeNotices() { return std::exchange(notices_, {}); }

// ---- Where the learner was ----------------------------------------------------------------

std::optional<Position> Learner::resumePosition() const {
  const Position& last = progress_.last;
  switch (last.kind) {
    case Position::Kind::none:
      return std::nullopt;
    case Position::Kind::page:
    case Position::Kind::quiz:
      for (const Module& m : course_.modules) {
        if (m.id != last.container || !m.available) continue;
        if (last.kind == Position::Kind::quiz) return m.quiz.questions.empty() ? std::nullopt : std::optional(last);
        for (const Page& p : m.pages)
          if (p.id == last.page) return last;
      }
      return std::nullopt;
    case Position::Kind::caseRun:
      for (const Case& c : course_.cases)
        if (c.id == last.container && c.available) return last;
      return std::nullopt;
  }
  return std::nullopt;
}

// ---- Reading ------------------------------------------------------------------------------

void Learner::openPage(size_t module, size_t page) {
  if (module >= course_.modules.size() || page >= course_.modules[module].pages.size()) return;
  const Module& m = course_.modules[module];
  const Page& p = m.pages[page];
  const bool firstRead = progress_.modules[m.id].visitedPages.insert(p.id).second;
  const Position here{Position::Kind::page, m.id, p.id};
  if (!firstRead && progress_.last == here) return;
  progress_.last = here;
  save();
  if (firstRead && listener_) listener_->pageRead({&m, &p});
}

void Learner::openQuiz(size_t module) {
  if (module >= course_.modules.size()) return;
  const Position here{Position::Kind::quiz, course_.modules[module].id, ""};
  shownAt_ = now();
  if (progress_.last == here) return;
  progress_.last = here;
  save();
}

const std::map<std::string, double>& Learner::figureValues(size_t module, const std::string& figureId) const {
  if (module >= course_.modules.size()) return kNoValues;
  auto m = progress_.modules.find(course_.modules[module].id);
  if (m == progress_.modules.end()) return kNoValues;
  auto f = m->second.figures.find(figureId);
  return f == m->second.figures.end() ? kNoValues : f->second;
}

void Learner::setFigureValues(size_t module, const std::string& figureId, std::map<std::string, double> values) {
  if (module >= course_.modules.size()) return;
  auto& stored = progress_.modules[course_.modules[module].id].figures[figureId];
  if (stored == values) return;
  stored = std::move(values);
  save();
}

// ---- Knowledge checks ---------------------------------------------------------------------

QuestionGrade Learner::answer(size_t module, const Question& question, const QuizAnswer& given) {
  QuestionGrade grade = gradeQuestion(question, given);
  if (module >= course_.modules.size()) return grade;
  const std::vector<size_t> shown = presentationOrder(module, question);  // before this attempt counts
  const Module& m = course_.modules[module];
  QuestionProgress& qp = progress_.modules[m.id].questions[question.id];
  recordAttempt(qp, grade.score);
  const int attempt = qp.attempts;  // before save(): a merge there may replace progress_
  save();
  const double answeredAt = now();
  if (listener_) listener_->answerGiven({&m, &question, given, shown, grade, attempt, answeredAt - shownAt_});
  shownAt_ = answeredAt;
  return grade;
}

const QuestionProgress* Learner::questionProgress(size_t module, const std::string& questionId) const {
  if (module >= course_.modules.size()) return nullptr;
  auto m = progress_.modules.find(course_.modules[module].id);
  if (m == progress_.modules.end()) return nullptr;
  auto q = m->second.questions.find(questionId);
  return q == m->second.questions.end() ? nullptr : &q->second;
}

QuizSummary Learner::quizSummary(size_t module) const {
  if (module >= course_.modules.size()) return {};
  const Module& m = course_.modules[module];
  auto it = progress_.modules.find(m.id);
  return summarizeQuiz(
      m.quiz, it == progress_.modules.end() ? std::map<std::string, QuestionProgress>{} : it->second.questions);
}

size_t Learner::pagesRead(size_t module) const {
  if (module >= course_.modules.size()) return 0;
  auto it = progress_.modules.find(course_.modules[module].id);
  return it == progress_.modules.end() ? 0 : it->second.visitedPages.size();
}

// ---- Cases --------------------------------------------------------------------------------

const CaseRun& Learner::openCase(size_t index) {
  auto& slot = runs_[index];
  if (!slot) {
    const Case& c = course_.cases.at(index);
    auto it = progress_.cases.find(c.id);
    slot = std::make_unique<CaseRun>(
        it == progress_.cases.end() ? CaseRun(c, runSeed(c)) : CaseRun::replay(c, it->second.choiceLog, runSeed(c)));
  }
  active_ = slot.get();
  shownAt_ = now();
  const Position here{Position::Kind::caseRun, active_->caseData().id, ""};
  if (!(progress_.last == here)) {
    progress_.last = here;
    save();
  }
  return *active_;
}

uint64_t Learner::runSeed(const Case& c) const {
  auto it = progress_.cases.find(c.id);
  return mixSeed(mixSeed(progress_.seed, c.id),
                 static_cast<uint64_t>(it == progress_.cases.end() ? 0 : it->second.run));
}

const CaseGraph& Learner::caseGraph(const Case& c) const {
  auto& g = graphs_[&c];
  if (!g) g = std::make_unique<CaseGraph>(c);
  return *g;
}

CaseDebrief Learner::debrief() const {
  if (!active_) return {};
  return computeDebrief(*active_, caseGraph(active_->caseData()));
}

std::vector<size_t> Learner::presentationOrder(size_t module, const Question& question) const {
  const QuestionProgress* qp = module < course_.modules.size() ? questionProgress(module, question.id) : nullptr;
  const uint32_t attempt = qp ? static_cast<uint32_t>(qp->attempts) : 0;
  const uint64_t seed = mixSeed(progress_.seed, module < course_.modules.size() ? course_.modules[module].id : "");
  const bool options = question.type == QuestionType::single || question.type == QuestionType::multiple;
  return options ? optionOrder(question, seed, attempt) : itemOrder(question, seed, attempt);
}

const CaseProgress* Learner::caseProgress(const std::string& caseId) const {
  auto it = progress_.cases.find(caseId);
  return it == progress_.cases.end() ? nullptr : &it->second;
}

void Learner::recordRun(const CaseRun& run) {
  const Case& c = run.caseData();
  CaseProgress& cp = progress_.cases[c.id];
  cp.choiceLog = run.log();
  cp.contentHash = c.contentHash;
  progress_.last = Position{Position::Kind::caseRun, c.id, ""};
}

bool Learner::choose(const std::string& choiceId) {
  CaseRun* run = active();
  if (!run || run->finished()) return false;
  const size_t node = run->position();
  const std::vector<size_t> offered = run->presentedChoices();
  const CaseState before = run->state();
  if (!run->choose(choiceId)) return false;
  recordRun(*run);
  const Case& c = run->caseData();
  CaseProgress& cp = progress_.cases[c.id];
  const bool scoredRun = !cp.scored;  // the first run completed is the scored one
  std::optional<CaseEnded> ended;
  if (run->finished()) {
    const CaseResult result = run->result();
    cp.runsCompleted++;
    cp.endingsReached.insert(c.endings[result.ending].id);
    const double percent = std::round(result.percent * 10) / 10;
    if (scoredRun) {
      RunResult scored;
      scored.ending = c.endings[result.ending].id;
      scored.percent = percent;
      scored.passed = result.passed;
      for (const auto& d : result.dimensions) scored.scores[d.id] = std::round(d.points * 100) / 100;
      cp.scored = std::move(scored);
    } else if (!cp.practiceBest || percent > *cp.practiceBest) {
      cp.practiceBest = percent;
    }
    ended = CaseEnded{&c, result, scoredRun};
  }
  // Read before save(): a merge there may take in another tab's newer run of this case.
  const size_t chosen = run->history().back().choice;
  const CaseState after = run->state();
  save();
  const double chosenAt = now();
  if (listener_) {
    DecisionMade d;
    d.caseData = &c;
    d.node = node;
    d.choice = chosen;
    d.offered = offered;
    // A lone choice is no decision; otherwise the best of what was offered is the expert's.
    if (offered.size() > 1)
      if (const size_t best = caseGraph(c).bestOf(node, offered); best != CaseGraph::npos) d.expertChoice = best;
    d.judgement = !d.expertChoice               ? Judgement::neutral
                  : *d.expertChoice == d.choice ? Judgement::correct
                                                : Judgement::wrong;
    d.before = before;
    d.after = after;
    d.latencyMs = chosenAt - shownAt_;
    d.scoredRun = scoredRun;
    listener_->decisionMade(d);
    if (ended) listener_->caseEnded(*ended);
  }
  shownAt_ = chosenAt;
  return true;
}

void Learner::leaveScoredRun(const std::string& caseId) {
  CaseProgress& cp = progress_.cases[caseId];
  cp.undos++;
  if (cp.scored) cp.practice = true;  // the scored run is done: what follows is practice
}

bool Learner::canUndo() const {
  return active_ && !active_->history().empty() && (options_.mode == Mode::practice || active_->finished());
}

bool Learner::canRestart() const {
  // A test has one run: starting again mid-way would undo as "back" does.
  return active_ && options_.mode == Mode::practice;
}

bool Learner::inScoredRun() const {
  if (!active_) return false;
  const CaseProgress* cp = caseProgress(active_->caseData().id);
  return !cp || !cp->practice;
}

bool Learner::back() {
  CaseRun* run = active();
  if (!canUndo() || !run->back()) return false;
  leaveScoredRun(run->caseData().id);
  recordRun(*run);
  save();
  shownAt_ = now();
  return true;
}

bool Learner::whatIf(size_t step) {
  CaseRun* run = active();
  if (!canUndo() || !run->whatIf(step)) return false;
  leaveScoredRun(run->caseData().id);
  recordRun(*run);
  save();
  shownAt_ = now();
  return true;
}

bool Learner::restartCase() {
  CaseRun* run = active();
  if (!canRestart()) return false;
  CaseProgress& cp = progress_.cases[run->caseData().id];
  cp.run++;  // a new run: a new order of the choices
  if (cp.scored) cp.practice = true;
  *run = CaseRun(run->caseData(), runSeed(run->caseData()));
  recordRun(*run);
  save();
  shownAt_ = now();
  return true;
}

// ---- Settings -----------------------------------------------------------------------------

void Learner::setLanguage(Lang language) {
  if (progress_.settings.language == language) return;
  progress_.settings.language = language;
  save();
}

void Learner::setTextSize(int percent) {
  percent = std::clamp(percent, 100, 200);
  if (progress_.settings.textSizePercent == percent) return;
  progress_.settings.textSizePercent = percent;
  save();
}

void Learner::setTheme(Theme theme) {
  if (progress_.settings.theme == theme) return;
  progress_.settings.theme = theme;
  save();
}

void Learner::setReducedMotion(bool on) {
  if (progress_.settings.reducedMotion == on) return;
  progress_.settings.reducedMotion = on;
  save();
}

// ---- The whole progress -------------------------------------------------------------------

void Learner::reset() {
  storedAtStart_.reset();
  const Settings keep = progress_.settings;
  progress_ = Progress{};
  progress_.settings = keep;
  runs_.clear();
  active_ = nullptr;
  save();
}

bool Learner::importJson(const std::string& text) {
  ImportedProgress imported = importProgressJson(text, course_);
  if (!imported.ok) {
    notice(bothLanguages(i18n_, "progress.import.failed"));
    return false;
  }
  imported.progress.settings = progress_.settings;  // keep this device's settings
  storedAtStart_.reset();
  progress_ = std::move(imported.progress);
  runs_.clear();
  active_ = nullptr;
  for (const ProgressNotice& n : imported.notices) notice(n.message);
  notice(bothLanguages(i18n_, "progress.imported"));
  save();
  return true;
}

void Learner::contentLoaded(bool isCase, size_t index, bool changed) {
  if (isCase ? index >= course_.cases.size() : index >= course_.modules.size()) return;
  const std::string& id = isCase ? course_.cases[index].id : course_.modules[index].id;
  const Progress before = progress_;
  std::vector<ProgressNotice> notices;
  if (changed) {
    store_.refreshCatalog();
    if (storedAtStart_) {
      DecodedProgress again = store_.decodeAgain(*storedAtStart_);
      if (again.status == DecodedProgress::Status::ok) {
        // Until now it was not loaded: the learner did nothing in it this session.
        if (isCase) {
          if (auto it = again.progress.cases.find(id); it != again.progress.cases.end())
            progress_.cases[id] = it->second;
        } else if (auto it = again.progress.modules.find(id); it != again.progress.modules.end()) {
          progress_.modules[id] = it->second;
        }
        for (ProgressNotice& n : again.notices)
          if (n.id == id) notices.push_back(std::move(n));
      }
    }
  }
  if (isCase) migrateCaseLog(progress_, course_.cases[index], notices);
  for (const ProgressNotice& n : notices) notice(n.message);
  if (!(progress_ == before)) save();
}

std::string Learner::exportJson() const { return exportProgressJson(progress_, course_); }

nlohmann::json Learner::state() const { return learnerState(progress_, course_, active_); }

}  // namespace leren::core
