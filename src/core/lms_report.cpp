#include "core/lms_report.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "core/case_analysis.hpp"
#include "core/quiz.hpp"

namespace leren::core {
namespace {

const char* judgementName(Judgement j) {
  return j == Judgement::correct ? "correct" : j == Judgement::wrong ? "wrong" : "neutral";
}

double round2(double v) { return std::round(v * 100) / 100; }

bool checkDone(const Module& m, const ModuleProgress* mp) {
  if (m.quiz.questions.empty()) return true;
  if (!mp) return false;
  for (const Question& q : m.quiz.questions) {
    auto it = mp->questions.find(q.id);
    if (it == mp->questions.end() || it->second.attempts == 0) return false;
  }
  return true;
}

}  // namespace

OverallResult overallResult(const Course& course, const Progress& progress, const ReportScope& scope, double mastery) {
  OverallResult r;
  const double passMark = 100.0 * std::clamp(mastery, 0.0, 1.0);
  if (!scope.caseId.empty()) {
    // One case: done at its ending; its score is the scored run's.
    auto it = progress.cases.find(scope.caseId);
    const CaseProgress* cp = it == progress.cases.end() ? nullptr : &it->second;
    r.completed = cp && cp->scored;
    r.progress = r.completed ? 1.0 : cp && !cp->choiceLog.empty() ? 0.5 : 0.0;
    if (r.completed) {
      r.scoreRaw = cp->scored->percent;
      r.passed = cp->scored->passed && r.scoreRaw + 1e-9 >= passMark;
    }
    return r;
  }
  // The course: pages read, checks answered and cases finished are the work; the score is the
  // mean of the module checks' first attempts and the cases' scored runs.
  size_t items = 0, done = 0, scored = 0;
  double sum = 0;
  for (const Module& m : course.modules) {
    if (!m.available) continue;
    auto it = progress.modules.find(m.id);
    const ModuleProgress* mp = it == progress.modules.end() ? nullptr : &it->second;
    items += m.pages.size() + 1;
    done += mp ? std::min(mp->visitedPages.size(), m.pages.size()) : 0;
    if (checkDone(m, mp)) {
      ++done;
      if (!m.quiz.questions.empty()) {
        sum += summarizeQuiz(m.quiz, mp->questions).percent;
        ++scored;
      }
    }
  }
  for (const Case& c : course.cases) {
    if (!c.available) continue;
    ++items;
    auto it = progress.cases.find(c.id);
    if (it != progress.cases.end() && it->second.scored) {
      ++done;
      sum += it->second.scored->percent;
      ++scored;
    }
  }
  r.progress = items ? static_cast<double>(done) / static_cast<double>(items) : 1.0;
  r.completed = items > 0 && done == items;
  r.scoreRaw = scored ? std::round(10 * sum / static_cast<double>(scored)) / 10 : 0;
  if (r.completed) r.passed = r.scoreRaw + 1e-9 >= passMark;
  return r;
}

nlohmann::json resultRecord(const OverallResult& r) {
  return {{"completed", r.completed},
          {"passed", r.passed ? nlohmann::json(*r.passed) : nlohmann::json()},
          {"scoreRaw", r.passed ? nlohmann::json(r.scoreRaw) : nlohmann::json()},
          {"scoreMin", 0},
          {"scoreMax", 100},
          {"progress", r.progress}};
}

nlohmann::json decisionRecord(const DecisionMade& d, const CaseProgress* after, Lang lang) {
  const Case& c = *d.caseData;
  const Node& node = c.nodes[d.node];
  nlohmann::json choices = nlohmann::json::array();
  for (size_t i : d.offered) choices.push_back({{"id", node.choices[i].id}, {"text", node.choices[i].text.get(lang)}});
  nlohmann::json objectives = nlohmann::json::array(), changes = nlohmann::json::object(),
                 state = nlohmann::json::object();
  for (size_t i = 0; i < c.scoring.dimensions.size(); ++i) {
    const std::string& dim = c.scoring.dimensions[i].id;
    objectives.push_back(c.id + "." + dim);
    const double delta = d.after.scores[i] - d.before.scores[i];
    if (delta != 0) changes[dim] = round2(delta);
    state[dim] = round2(d.after.scores[i]);
  }
  nlohmann::json extensions{{"score-changes", changes}, {"state-after", state}, {"scored-run", d.scoredRun}};
  if (after) extensions["undos"] = after->undos;
  return {{"kind", "decision"},
          {"id", c.id + "." + node.id},
          {"type", "choice"},
          {"choices", choices},
          {"response", {node.choices[d.choice].id}},
          {"correctResponses",
           d.expertChoice ? nlohmann::json::array({{node.choices[*d.expertChoice].id}}) : nlohmann::json::array()},
          {"result", judgementName(d.judgement)},
          {"weighting", 1},
          {"latencyMs", std::max(0.0, std::round(d.latencyMs))},
          {"description", node.title.empty() ? node.id : node.title.get(lang)},
          {"lang", langCode(lang)},
          {"objectiveIds", objectives},
          {"extensions", extensions}};
}

nlohmann::json answerRecord(const AnswerGiven& a, Lang lang) {
  const std::vector<size_t>& shownOrder = a.shown;
  const Question& q = *a.question;
  nlohmann::json r{{"kind", "answer"},
                   {"id", a.module->id + "." + q.id},
                   {"weighting", 1},
                   {"latencyMs", std::max(0.0, std::round(a.latencyMs))},
                   {"description", q.prompt.get(lang)},
                   {"lang", langCode(lang)},
                   {"objectiveIds", {a.module->id + ".check"}},
                   {"result", a.grade.correct ? "correct" : "wrong"},
                   {"extensions", {{"score", round2(a.grade.score)}, {"attempt", a.attempt}}}};
  auto order = [&](size_t n) {
    std::vector<size_t> o = shownOrder;
    if (o.size() != n) {
      o.clear();
      for (size_t i = 0; i < n; ++i) o.push_back(i);
    }
    return o;
  };
  // correctResponses is a list of patterns (one here): json::array, because braces alone turn a
  // pattern of two ids, e.g. the two right options, into an object {"a": "c"}.
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::multiple: {
      // The options picked in the order shown, as the correct response is (not in the order
      // they were clicked): a set, written the same way each time.
      nlohmann::json choices = nlohmann::json::array(), correct = nlohmann::json::array(),
                     picked = nlohmann::json::array();
      const std::vector<std::string>& selected = a.answer.selected;
      for (size_t i : order(q.options.size())) {
        const QuizOption& o = q.options[i];
        choices.push_back({{"id", o.id}, {"text", o.text.get(lang)}});
        if (o.correct) correct.push_back(o.id);
        if (std::find(selected.begin(), selected.end(), o.id) != selected.end()) picked.push_back(o.id);
      }
      r["type"] = "choice";
      r["choices"] = choices;
      r["response"] = picked;
      r["correctResponses"] = nlohmann::json::array({correct});
      break;
    }
    case QuestionType::ordering: {
      nlohmann::json choices = nlohmann::json::array(), correct = nlohmann::json::array();
      for (size_t i : order(q.items.size()))
        choices.push_back({{"id", q.items[i].id}, {"text", q.items[i].text.get(lang)}});
      for (const OrderingItem& it : q.items) correct.push_back(it.id);
      r["type"] = "sequencing";
      r["choices"] = choices;
      r["response"] = a.answer.order;
      r["correctResponses"] = nlohmann::json::array({correct});
      break;
    }
    case QuestionType::matching: {
      nlohmann::json sources = nlohmann::json::array(), targets = nlohmann::json::array(),
                     response = nlohmann::json::array(), correct = nlohmann::json::array();
      for (const MatchingPair& p : q.pairs) {
        sources.push_back({{"id", p.id}, {"text", p.term.get(lang)}});
        correct.push_back({p.id, p.id});
        if (auto it = a.answer.matches.find(p.id); it != a.answer.matches.end()) response.push_back({p.id, it->second});
      }
      for (size_t i : order(q.pairs.size()))
        targets.push_back({{"id", q.pairs[i].id}, {"text", q.pairs[i].match.get(lang)}});
      r["type"] = "matching";
      r["sources"] = sources;
      r["targets"] = targets;
      r["response"] = response;
      r["correctResponses"] = nlohmann::json::array({correct});
      break;
    }
  }
  return r;
}

nlohmann::json pageRecord(const PageRead& p, Lang lang) {
  return {
      {"moduleId", p.module->id}, {"pageId", p.page->id}, {"title", p.page->title.get(lang)}, {"lang", langCode(lang)}};
}

std::vector<nlohmann::json> caseObjectives(const Case& c, const RunResult& scored, Lang lang) {
  const ScoreBounds bounds = computeScoreBounds(c);
  std::vector<nlohmann::json> out;
  for (size_t i = 0; i < c.scoring.dimensions.size(); ++i) {
    const ScoreDimension& d = c.scoring.dimensions[i];
    auto it = scored.scores.find(d.id);
    const double points = it == scored.scores.end() ? 0 : it->second;
    const double max = i < bounds.dimensionMax.size() ? std::max(0.0, bounds.dimensionMax[i]) : 0;
    out.push_back({{"id", c.id + "." + d.id},
                   {"scoreRaw", round2(std::clamp(points, 0.0, std::max(max, 0.0)))},
                   {"scoreMin", 0},
                   {"scoreMax", round2(max)},
                   {"status", points + 1e-9 >= d.pass ? "passed" : "failed"},
                   {"description", c.title.get(lang) + ": " + d.label.get(lang)},
                   {"lang", langCode(lang)}});
  }
  return out;
}

std::optional<nlohmann::json> checkObjective(const Module& m, const Progress& progress, Lang lang) {
  auto it = progress.modules.find(m.id);
  if (m.quiz.questions.empty() || !checkDone(m, it == progress.modules.end() ? nullptr : &it->second))
    return std::nullopt;
  const QuizSummary s = summarizeQuiz(m.quiz, it->second.questions);
  return nlohmann::json{
      {"id", m.id + ".check"}, {"scoreRaw", std::round(s.percent * 10) / 10}, {"scoreMin", 0},
      {"scoreMax", 100},       {"status", s.passed ? "passed" : "failed"},    {"description", m.title.get(lang)},
      {"lang", langCode(lang)}};
}

std::string bookmark(const Position& position) {
  switch (position.kind) {
    case Position::Kind::caseRun:
      return "case=" + position.container;
    case Position::Kind::page:
      return "module=" + position.container + "&page=" + position.page;
    case Position::Kind::quiz:
      return "module=" + position.container + "&page=check";
    case Position::Kind::none:
      return "";
  }
  return "";
}

Bookmark parseBookmark(const std::string& text) {
  // Ids as content uses them (and as web/lms/launch-params.js accepts them).
  auto isId = [](const std::string& v) {
    if (v.empty() || v.size() > 100) return false;
    for (char ch : v)
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '.' && ch != '_' && ch != '-') return false;
    return true;
  };
  std::map<std::string, std::string> fields;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('&', start), text.size());
    const std::string part = text.substr(start, end - start);
    const size_t eq = part.find('=');
    if (eq == std::string::npos || !isId(part.substr(eq + 1))) return {};
    if (!fields.emplace(part.substr(0, eq), part.substr(eq + 1)).second) return {};  // a key twice
    start = end + 1;
  }
  if (fields.size() == 1 && fields.count("case")) return {fields["case"], "", ""};
  if (fields.size() == 2 && fields.count("module") && fields.count("page"))
    return {"", fields["module"], fields["page"]};
  return {};
}

}  // namespace leren::core
