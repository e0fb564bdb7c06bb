#pragma once
// The module's side of the LMS bridge (web/lms, docs/lms-bridge.md): what the LMS launched it
// with, a Storage that keeps progress in the LMS (cmi.suspend_data or the cmi5 state
// document), and a LearnerListener that reports every decision, answer, page, objective and
// the overall result. Standalone (no LMS found) none of this is used.
#include <functional>
#include <optional>
#include <string>

#include "core/learner.hpp"
#include "core/lms_report.hpp"
#include "core/storage.hpp"

namespace leren::platform {

struct LmsLaunch {
  std::string kind = "none";               // scorm12 | scorm2004 | cmi5 | none
  std::optional<std::string> suspendData;  // progress to resume from
  std::string location;                    // the bookmark to resume at (core::bookmark syntax)
  bool resume = false;                     // a later session of the same attempt
  double mastery = 0.7;                    // 0..1
  bool review = false;                     // review mode: the LMS keeps nothing new
  // An LMS launch whose session could not be opened again (a cmi5 AU reloaded in its own
  // window): no LMS to report to, but the progress continues from the bridge's cache of that
  // LMS and is saved there, so the next launch from the LMS receives it.
  bool detached = false;
  // Progress goes through the bridge (an LMS, or the cache of one).
  bool keepsProgress() const { return kind != "none" || detached; }
};
LmsLaunch lmsLaunch();
// A launch setting: the LMS's launch data over the page URL ("" when absent).
std::string launchParam(const std::string& name);

// Progress in the LMS: load() is the launch's suspend data, later what was last saved; save()
// hands the text (with the bookmark from `location`) to the bridge, which commits, caches and
// retries.
// Other keys (the backup of unreadable progress) go to `local`.
class LmsStorage final : public core::Storage {
 public:
  LmsStorage(std::string key, std::optional<std::string> launched, std::function<std::string()> location,
             core::Storage& local)
      : key_(std::move(key)), launched_(std::move(launched)), location_(std::move(location)), local_(local) {}
  std::optional<std::string> load(const std::string& key) const override;
  bool save(const std::string& key, const std::string& value) override;
  bool remove(const std::string& key) override;

 private:
  std::string key_;
  std::optional<std::string> launched_;
  std::function<std::string()> location_;
  core::Storage& local_;
};

// Reports the learner's work to the LMS as it happens.
class LmsReporter final : public core::LearnerListener {
 public:
  LmsReporter(const core::Learner& learner, core::ReportScope scope, double mastery)
      : learner_(learner), scope_(std::move(scope)), mastery_(mastery) {}
  void pageRead(const core::PageRead& e) override;
  void answerGiven(const core::AnswerGiven& e) override;
  void decisionMade(const core::DecisionMade& e) override;
  void caseEnded(const core::CaseEnded& e) override;

 private:
  void reportResult();
  core::Lang lang() const { return learner_.settings().language; }

  const core::Learner& learner_;
  core::ReportScope scope_;
  double mastery_;
  std::string lastResult_;  // the last result sent (nothing new, nothing sent)
};

}  // namespace leren::platform
