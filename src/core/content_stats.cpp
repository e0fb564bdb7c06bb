#include "core/content_stats.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <type_traits>

#include "core/markdown.hpp"

namespace leren::core {
namespace {

// Counts words and glossary links over every text of one module or case.
struct TextCounter {
  int nl = 0, en = 0;
  std::set<std::string> glossary;

  void add(const Text& t) {
    add(t.nl, nl);
    add(t.en, en);
  }
  void add(const std::string& markdown, int& words) {
    if (markdown.empty()) return;
    md::RichText rich = md::parse(markdown);
    words += md::countWords(md::plainText(rich));
    for (std::string& id : md::glossaryLinks(rich)) glossary.insert(std::move(id));
  }
  void addAll(const std::vector<Text>& ts) {
    for (const Text& t : ts) add(t);
  }
};

void countQuestion(const Question& q, TextCounter& tc) {
  tc.add(q.prompt);
  tc.add(q.explanation);
  for (const auto& o : q.options) tc.add(o.text), tc.add(o.feedback);
  for (const auto& i : q.items) tc.add(i.text);
  for (const auto& p : q.pairs) tc.add(p.term), tc.add(p.match);
}

void countBlock(const Block& block, TextCounter& tc) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, TextBlock>) {
          tc.add(b.text);
        } else if constexpr (std::is_same_v<T, Callout>) {
          tc.add(b.title);
          tc.add(b.text);
        } else if constexpr (std::is_same_v<T, CheckBlock>) {
          countQuestion(b.question, tc);
        } else if constexpr (std::is_same_v<T, ImageBlock>) {
          tc.add(b.image.alt);
          tc.add(b.image.caption);
        } else {
          tc.add(b.caption);
          if constexpr (std::is_same_v<T, ActorMap>) {
            for (const auto& n : b.nodes) tc.add(n.label), tc.add(n.text);
            for (const auto& e : b.edges) tc.add(e.label), tc.add(e.text);
          } else if constexpr (std::is_same_v<T, Timeline>) {
            for (const auto& e : b.events) tc.add(e.label), tc.add(e.text);
          } else if constexpr (std::is_same_v<T, ProcessFlow>) {
            for (const auto& s : b.steps) {
              tc.add(s.label), tc.add(s.text), tc.add(s.timeLimit);
              for (const auto& n : s.next) tc.add(n.label);
            }
          } else if constexpr (std::is_same_v<T, Comparison>) {
            for (const auto& c : b.columns) tc.add(c.label);
            for (const auto& r : b.rows) {
              tc.add(r.label);
              for (const auto& cell : r.cells) tc.add(cell.text), tc.add(cell.note);
            }
          } else if constexpr (std::is_same_v<T, Radar>) {
            for (const auto& a : b.axes) tc.add(a.label), tc.add(a.text);
            for (const auto& s : b.series) tc.add(s.label);
          } else if constexpr (std::is_same_v<T, Calculator>) {
            for (const auto& in : b.inputs) {
              tc.add(in.label);
              for (const auto& o : in.options) tc.add(o.label);
            }
            for (const auto& o : b.outputs) tc.add(o.label);
            tc.add(b.note);
          } else if constexpr (std::is_same_v<T, DecisionExplorer>) {
            for (const auto& q : b.questions) {
              tc.add(q.text);
              for (const auto& o : q.options) tc.add(o.label);
            }
            for (const auto& o : b.outcomes) tc.add(o.title), tc.add(o.text);
          }
        }
      },
      block);
}

void countDiagnostics(const std::vector<Diagnostic>& ds, ItemStats& s) {
  for (const Diagnostic& d : ds) {
    if (d.code == "text.missing-translation") ++s.missingTranslations;
    (d.severity == Severity::error ? s.errors : s.warnings)++;
  }
}

ItemStats moduleStats(const Module& m) {
  ItemStats s;
  s.kind = "module";
  s.id = m.id;
  s.file = m.file;
  s.available = m.available;
  s.pages = static_cast<int>(m.pages.size());
  s.questions = static_cast<int>(m.quiz.questions.size());
  s.sources = static_cast<int>(m.sources.size());
  TextCounter tc;
  tc.add(m.title);
  tc.add(m.summary);
  tc.addAll(m.objectives);
  for (const Page& p : m.pages) {
    tc.add(p.title);
    s.sources += static_cast<int>(p.sources.size());
    for (const Block& b : p.blocks) {
      s.figures += isFigure(b) ? 1 : 0;
      s.checks += std::holds_alternative<CheckBlock>(b) ? 1 : 0;
      countBlock(b, tc);
    }
  }
  for (const Question& q : m.quiz.questions) countQuestion(q, tc);
  s.wordsNl = tc.nl;
  s.wordsEn = tc.en;
  s.glossaryTerms = static_cast<int>(tc.glossary.size());
  countDiagnostics(m.diagnostics, s);
  return s;
}

ItemStats caseStats(const Case& c) {
  ItemStats s;
  s.kind = "case";
  s.id = c.id;
  s.file = c.file;
  s.available = c.available;
  s.nodes = static_cast<int>(c.nodes.size());
  s.endings = static_cast<int>(c.endings.size());
  s.variables = static_cast<int>(c.variables.size());
  s.sources = static_cast<int>(c.sources.size());
  TextCounter tc;
  for (const Text* t : {&c.title, &c.summary, &c.role, &c.intro}) tc.add(*t);
  tc.addAll(c.objectives);
  tc.addAll(c.discussion);
  for (const Persona& p : c.personas) tc.add(p.description);
  for (const Perspective& p : c.perspectives) tc.add(p.label);
  for (const Variable& v : c.variables) tc.add(v.label);
  for (const ScoreDimension& d : c.scoring.dimensions) tc.add(d.label);
  for (const Node& n : c.nodes) {
    tc.add(n.title);
    tc.add(n.text);
    for (const auto& v : n.variants) tc.add(v.text);
    for (const auto& p : n.perspectives) tc.add(p.second);
    s.choices += static_cast<int>(n.choices.size());
    for (const Choice& ch : n.choices) tc.add(ch.text), tc.add(ch.consequence), tc.add(ch.coaching);
  }
  for (const Ending& e : c.endings) {
    tc.add(e.title);
    tc.add(e.text);
    tc.add(e.debrief.laws);
    tc.add(e.debrief.wentWell);
    tc.add(e.debrief.mistakes);
    s.sources += static_cast<int>(e.sources.size());
  }
  s.wordsNl = tc.nl;
  s.wordsEn = tc.en;
  s.glossaryTerms = static_cast<int>(tc.glossary.size());
  countDiagnostics(c.diagnostics, s);
  return s;
}

}  // namespace

CourseStats computeStats(const Course& course) {
  CourseStats stats;
  for (const Module& m : course.modules) stats.items.push_back(moduleStats(m));
  for (const Case& c : course.cases) stats.items.push_back(caseStats(c));
  stats.glossaryTerms = static_cast<int>(course.glossary.terms.size());
  stats.uiStrings = static_cast<int>(course.strings.strings.size());
  for (const ItemStats& s : stats.items) {
    stats.wordsNl += s.wordsNl;
    stats.wordsEn += s.wordsEn;
  }
  return stats;
}

std::string statsToJson(const CourseStats& stats) {
  nlohmann::ordered_json out;
  out["glossaryTerms"] = stats.glossaryTerms;
  out["uiStrings"] = stats.uiStrings;
  out["wordsNl"] = stats.wordsNl;
  out["wordsEn"] = stats.wordsEn;
  auto modules = nlohmann::ordered_json::array();
  auto cases = nlohmann::ordered_json::array();
  for (const ItemStats& s : stats.items) {
    nlohmann::ordered_json j;
    j["id"] = s.id;
    j["file"] = s.file;
    j["available"] = s.available;
    if (s.kind == "module") {
      j["pages"] = s.pages;
      j["figures"] = s.figures;
      j["questions"] = s.questions;
      j["checks"] = s.checks;
    } else {
      j["nodes"] = s.nodes;
      j["endings"] = s.endings;
      j["choices"] = s.choices;
      j["variables"] = s.variables;
    }
    j["wordsNl"] = s.wordsNl;
    j["wordsEn"] = s.wordsEn;
    j["missingTranslations"] = s.missingTranslations;
    j["sources"] = s.sources;
    j["glossaryTerms"] = s.glossaryTerms;
    j["errors"] = s.errors;
    j["warnings"] = s.warnings;
    (s.kind == "module" ? modules : cases).push_back(std::move(j));
  }
  out["modules"] = std::move(modules);
  out["cases"] = std::move(cases);
  return out.dump(2);
}

}  // namespace leren::core
