#include "platform/web/lms.hpp"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "platform/web/js_functions.hpp"

namespace leren::platform {
namespace {

std::string takeString(char* p) {
  std::string s(p ? p : "");
  std::free(p);
  return s;
}

bool call(const char* method, const nlohmann::json& arg) { return js_lms_call(method, arg.dump().c_str()) == 1; }

}  // namespace

LmsLaunch lmsLaunch() {
  LmsLaunch l;
  l.kind = takeString(js_lms_kind());
  const nlohmann::json j = core::parseJson(takeString(js_lms_launch()));
  if (!j.is_object()) return l;
  if (j.contains("suspendData") && j["suspendData"].is_string()) l.suspendData = j["suspendData"].get<std::string>();
  if (j.contains("location") && j["location"].is_string()) l.location = j["location"].get<std::string>();
  if (j.contains("masteryScore") && j["masteryScore"].is_number()) l.mastery = j["masteryScore"].get<double>();
  l.resume = j.value("entry", "") == "resume";
  l.review = j.value("mode", "") == "review";
  l.detached = j.contains("detached") && j["detached"].is_boolean() && j["detached"].get<bool>();
  return l;
}

std::string launchParam(const std::string& name) { return takeString(js_launch_param(name.c_str())); }

std::optional<std::string> LmsStorage::load(const std::string& key) const {
  return key == key_ ? launched_ : local_.load(key);
}

bool LmsStorage::save(const std::string& key, const std::string& value) {
  if (key != key_) return local_.save(key, value);
  if (!call("saveState", {{"suspendData", value}, {"location", location_ ? location_() : ""}})) return false;
  launched_ = value;  // load() returns what the LMS holds now, as any storage does
  return true;
}

bool LmsStorage::remove(const std::string& key) {
  if (key != key_) return local_.remove(key);
  if (!call("saveState", {{"suspendData", ""}, {"location", ""}})) return false;
  launched_.reset();
  return true;
}

void LmsReporter::pageRead(const core::PageRead& e) {
  call("recordPage", core::pageRecord(e, lang()));
  reportResult();
}

void LmsReporter::answerGiven(const core::AnswerGiven& e) {
  call("recordInteraction", core::answerRecord(e, lang()));
  if (e.attempt == 1)
    if (auto objective = core::checkObjective(*e.module, learner_.progress(), lang())) call("setObjective", *objective);
  reportResult();
}

void LmsReporter::decisionMade(const core::DecisionMade& e) {
  call("recordInteraction", core::decisionRecord(e, learner_.caseProgress(e.caseData->id), lang()));
  reportResult();  // a one-case package is under way after its first decision
}

void LmsReporter::caseEnded(const core::CaseEnded& e) {
  const core::CaseProgress* cp = learner_.caseProgress(e.caseData->id);
  if (e.scoredRun && cp && cp->scored)
    for (const nlohmann::json& objective : core::caseObjectives(*e.caseData, *cp->scored, lang()))
      call("setObjective", objective);
  reportResult();
}

void LmsReporter::reportResult() {
  const nlohmann::json j =
      core::resultRecord(core::overallResult(learner_.course(), learner_.progress(), scope_, mastery_));
  const std::string text = j.dump();
  if (text == lastResult_) return;
  lastResult_ = text;
  call("setResult", j);
}

}  // namespace leren::platform
