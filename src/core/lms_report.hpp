#pragma once
// What an LMS hears from the module, in the vocabulary of the LMS bridge (docs/lms-bridge.md):
// one record per case decision and per answer, objectives per scoring dimension and module
// check, the overall result (completion, success against the mastery score, score, progress
// measure) and the bookmark. Pure data (JSON); platform/web sends it to web/lms.
//
// What counts reaches the gradebook: first attempts and the scored run (core/progress.hpp).
// Practice is reported too, marked in the records' extensions, so a trainer sees every
// decision a learner made.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/case_graph.hpp"
#include "core/content_model.hpp"
#include "core/learner_events.hpp"
#include "core/progress.hpp"

namespace leren::core {

// What an LMS package stands for: the whole course, or one case placed on a course page.
struct ReportScope {
  std::string caseId;  // empty: the whole course
};

struct OverallResult {
  bool completed = false;      // every page read, every check answered, every case finished
  std::optional<bool> passed;  // judged once completed: score against the mastery score
  double scoreRaw = 0;         // 0..100
  double progress = 0;         // 0..1, share of the work done
};

// `mastery`: 0..1 (the LMS's mastery score, or 0.7).
OverallResult overallResult(const Course& course, const Progress& progress, const ReportScope& scope, double mastery);

// What the LMS hears of the overall result (setResult): the score only once the work is done
// and judged. A score sent earlier would be a partial one in the gradebook, and a SCORM 2004
// LMS judges success from any score against its passing score (RTE 4.2.22).
nlohmann::json resultRecord(const OverallResult& r);

nlohmann::json decisionRecord(const DecisionMade& d, const CaseProgress* after, Lang lang);
nlohmann::json answerRecord(const AnswerGiven& a, Lang lang);
nlohmann::json pageRecord(const PageRead& p, Lang lang);
// One objective per scoring dimension of the case (id "<case>.<dimension>"), from the scored
// run: what counts. `graph` gives each dimension's best achievable points.
std::vector<nlohmann::json> caseObjectives(const Case& c, const RunResult& scored, Lang lang);
// The objective of a module's check (id "<module>.check"), once every question was tried.
std::optional<nlohmann::json> checkObjective(const Module& m, const Progress& progress, Lang lang);

// The place to resume, as the LMS keeps it: "case=<id>" or "module=<id>&page=<id>" (the
// deep-link syntax), or "" for home.
std::string bookmark(const Position& position);

// The screen a bookmark names, read back at the next launch (page "check": the module's
// check). Empty fields for home, and for text that is not a bookmark (an LMS may hand back
// anything), so nothing odd reaches navigation.
struct Bookmark {
  std::string caseId, moduleId, pageId;
};
Bookmark parseBookmark(const std::string& text);

}  // namespace leren::core
