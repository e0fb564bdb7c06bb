#pragma once
// The loaded course as plain data. Built by the loader (loader.hpp); read by the runtime and UI.
// Rich texts (marked "Markdown") are kept as source; render them with markdown.hpp.
// Order of every vector is the order in the file. Expressions are parsed once, at load time,
// and references inside a figure are resolved to indices (noIndex where one did not resolve:
// the loader reported it).
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/expr.hpp"
#include "core/text.hpp"

namespace leren::core {

inline constexpr size_t noIndex = static_cast<size_t>(-1);

struct Source {
  std::string title, url, publisher, date;
};

// An optional condition ("if"): empty source = always true.
struct Condition {
  std::string source;
  std::shared_ptr<const expr::Expr> expr;  // null when source is empty (or did not parse)
  bool always() const { return expr == nullptr; }
};

// ---- Quiz ---------------------------------------------------------------------------------
enum class QuestionType { single, multiple, ordering, matching };

struct QuizOption {
  std::string id;
  Text text;
  bool correct = false;
  Text feedback;       // optional
  bool fixed = false;  // keeps its place when the options are shuffled (e.g. "geen van deze")
};
struct OrderingItem {
  std::string id;
  Text text;
};
struct MatchingPair {
  std::string id;
  Text term, match;
};
struct Question {
  std::string id;
  QuestionType type = QuestionType::single;
  Text prompt, explanation;
  std::vector<std::string> themes;
  std::vector<QuizOption> options;  // single / multiple
  std::vector<OrderingItem> items;  // ordering, in the correct order
  std::vector<MatchingPair> pairs;  // matching
};
struct Quiz {
  std::string id;
  int passPercent = 70;
  std::vector<Question> questions;
};

// ---- Blocks -------------------------------------------------------------------------------
struct TextBlock {
  Text text;  // Markdown
};

enum class CalloutStyle { info, tip, warning, law, example };
struct Callout {
  CalloutStyle style = CalloutStyle::info;
  Text title;  // optional: empty() when absent
  Text text;   // Markdown
};

struct ActorNode {
  std::string id;
  Text label, text;
  double x = 0, y = 0;  // unit square, 0,0 = top left
  std::string group;
};
struct ActorEdge {
  std::string id, from, to;                     // from/to are ActorNode ids (checked)
  size_t fromNode = noIndex, toNode = noIndex;  // the same, as indices into ActorMap::nodes
  Text label, text;
};
struct ActorMap {
  std::string id;
  Text caption;
  std::vector<ActorNode> nodes;
  std::vector<ActorEdge> edges;
};

struct TimelineEvent {
  std::string id, date;  // "2015", "2015-01" or "2015-01-01"
  Text label, text;
};
struct Timeline {
  std::string id;
  Text caption;
  std::vector<TimelineEvent> events;  // file order (draw sorted by date)
};

struct ProcessLink {
  std::string to;         // a ProcessStep id (checked)
  size_t step = noIndex;  // the same, as an index into ProcessFlow::steps
  Text label;             // optional
};
struct ProcessStep {
  std::string id;
  Text label, text;
  Text timeLimit;                 // optional
  std::vector<ProcessLink> next;  // empty = final step
};
struct ProcessFlow {
  std::string id;
  Text caption;
  std::string start;
  size_t startStep = noIndex;  // `start` as an index into steps
  std::vector<ProcessStep> steps;
};

struct ComparisonColumn {
  std::string id;
  Text label;
};
struct ComparisonCell {
  Text text;
  bool clash = false;
  Text note;  // optional; present for clash cells
};
struct ComparisonRow {
  std::string id;
  Text label;
  std::vector<ComparisonCell> cells;  // one per column, in column order
};
struct Comparison {
  std::string id;
  Text caption;
  std::vector<ComparisonColumn> columns;
  std::vector<ComparisonRow> rows;
};

struct RadarAxis {
  std::string id;
  Text label, text;  // text optional
};
struct RadarSeries {
  std::string id;
  Text label;
  std::vector<double> values;  // one per axis, in axis order (a missing value is `min`)
};
struct Radar {
  std::string id;
  Text caption;
  double min = 0, max = 10;
  bool editable = false;
  std::vector<RadarAxis> axes;
  std::vector<RadarSeries> series;
};

struct CalculatorOption {
  double value = 0;
  Text label;
};
struct CalculatorInput {
  std::string id;  // variable name usable in outputs
  Text label;
  double min = 0, max = 0, step = 1, defaultValue = 0;
  std::string unit;
  std::vector<CalculatorOption> options;  // non-empty: a choice between these values
};
enum class OutputFormat { number, money, percent, yesno };  // yesno: 0 is no, anything else yes
struct CalculatorOutput {
  std::string id;  // usable by later outputs
  Text label;
  std::string exprSource;
  std::shared_ptr<const expr::Expr> expr;  // may use inputs and earlier outputs
  OutputFormat format = OutputFormat::number;
  int decimals = 2;
};
struct Calculator {
  std::string id;
  Text caption;
  std::vector<CalculatorInput> inputs;
  std::vector<CalculatorOutput> outputs;
  Text note;  // optional
};

struct DecisionOption {
  Text label;
  std::string next;  // a question id or an outcome id (checked)
  // `next` as an index into DecisionExplorer::questions or ::outcomes (the other is noIndex).
  size_t nextQuestion = noIndex, nextOutcome = noIndex;
};
struct DecisionQuestion {
  std::string id;
  Text text;
  std::vector<DecisionOption> options;
};
struct DecisionOutcome {
  std::string id;
  Text title, text;
};
struct DecisionExplorer {
  std::string id;
  Text caption;
  std::string start;
  size_t startQuestion = noIndex;  // `start` as an index into questions
  std::vector<DecisionQuestion> questions;
  std::vector<DecisionOutcome> outcomes;
};

// A single knowledge check inside a page, right after the idea it checks (retrieval during
// reading). Its question id is unique within the module, the quiz's questions included.
struct CheckBlock {
  Question question;
};

// A picture from the course folder (PNG or JPEG): in a page, as a persona's portrait, as a
// module's cover. The file is checked by the build (present, within the limits, decodable:
// image_checks.hpp) and fetched by the page when it is first drawn.
struct ImageRef {
  std::string src;  // relative to the course folder, "images/..." (checked pattern)
  Text alt;         // what the picture shows; empty only when decorative
  bool decorative = false;
  Text caption;               // optional
  std::string pointer;        // JSON Pointer of the image object in its file (for located messages)
  int width = 0, height = 0;  // pixels, when the build read the file (0: known once fetched)
  bool present() const { return !src.empty(); }
};
struct ImageBlock {
  ImageRef image;
};

using Block = std::variant<TextBlock, Callout, ActorMap, Timeline, ProcessFlow, Comparison, Radar, Calculator,
                           DecisionExplorer, CheckBlock, ImageBlock>;
// True for the figures: every block type except text, callout, check and image.
inline bool isFigure(const Block& b) {
  return b.index() >= 2 && !std::holds_alternative<CheckBlock>(b) && !std::holds_alternative<ImageBlock>(b);
}

struct Page {
  std::string id;
  Text title;
  std::string peildatum;  // YYYY-MM-DD
  std::vector<Source> sources;
  std::vector<std::string> themes;
  std::vector<Block> blocks;
};

// ---- Module -------------------------------------------------------------------------------
struct Module {
  std::string file;  // relative to the course directory
  std::string id;    // from the file; if the file could not be read: derived from the file name
  Text title, summary;
  std::vector<Text> objectives;
  int minutes = 0;
  std::string peildatum;
  std::vector<Source> sources;
  std::vector<std::string> themes;
  ImageRef cover;  // optional: a picture at the top of the module's card on home
  std::vector<Page> pages;
  Quiz quiz;

  bool available = false;  // false when the file has errors (diagnostics say why)
  std::vector<Diagnostic> diagnostics;
  uint64_t contentHash = 0;  // FNV-1a 64 of the file text
  // False while this is a stand-in from the course index (course_index.hpp): id, title,
  // summary, minutes, themes, page ids and titles, and the ids progress refers to (checks in
  // pages as CheckBlocks with only the question id, radars and calculators with only their
  // axis and input ids, quiz question ids); no texts, no figures. The page and quiz screens
  // wait for the file (content_loader.hpp).
  bool loaded = true;
};

// ---- Case ---------------------------------------------------------------------------------
struct Persona {
  std::string id, name;
  std::optional<int> age;
  Text description;
  ImageRef portrait;  // optional: drawn instead of the initials avatar
};
struct Perspective {
  std::string id;
  Text label;
};

enum class VariableType { number, flag };
// gezondheid: one of the six dimensions of positieve gezondheid (radar); status: shown in the
// state panel; verborgen: not shown. A variable without a group is verborgen.
enum class VariableGroup { gezondheid, status, verborgen };
struct Variable {
  std::string id;
  Text label;
  VariableType type = VariableType::number;
  double min = 0, max = 1;  // flags: 0..1
  double initial = 0;       // flags: 0 or 1
  VariableGroup group = VariableGroup::verborgen;
  std::string unit;
  enum class Better { unsaid, higher, lower } better = Better::unsaid;  // which way is good
};

struct ScoreDimension {
  std::string id;
  Text label;
  double pass = 0;
};
struct Scoring {
  int passPercent = 60;
  std::vector<ScoreDimension> dimensions;
};

// Where a choice or branch entry leads, resolved by the loader.
struct Target {
  enum class Kind { none, node, ending };
  Kind kind = Kind::none;  // none only in a case with errors
  size_t index = 0;        // into Case::nodes or Case::endings
};

struct ScoreDelta {
  std::string dimension;  // a ScoreDimension id (checked)
  double points = 0;
  size_t dimensionIndex = 0;
};

// The module page that teaches the rule behind a choice, resolved by the loader.
struct LearnMore {
  std::string module, page;               // ids as written
  size_t moduleIndex = 0, pageIndex = 0;  // into Course::modules and that module's pages
};

struct Choice {
  std::string id;
  Text text;
  Condition condition;  // "if": offered only when it holds
  std::vector<std::string> effectSources;
  std::vector<expr::Effect> effects;
  std::vector<ScoreDelta> score;  // sorted by dimension id
  // Markdown. What happens in the story right after the choice (never a verdict). Empty only
  // when the file still has the legacy `feedback` (warning case.feedback-legacy).
  Text consequence;
  Text coaching;  // Markdown. Why: the rule, the article of the law, the source.
  std::optional<LearnMore> learnMore;
  bool fixed = false;  // keeps its place when the choices are shuffled
  std::string next;
  Target target;
};

struct BranchEntry {
  Condition condition;  // always() for the fallback entry
  std::string next;
  Target target;
};

struct TextVariant {
  Condition condition;
  Text text;
};

struct Node {
  std::string id;
  Text title;           // optional
  std::string speaker;  // persona id or empty
  Text text;            // Markdown
  std::vector<TextVariant> variants;
  std::vector<std::pair<std::string, Text>>
      perspectives;                 // perspective id -> text, sorted by id (show in Case::perspectives order)
  std::vector<Choice> choices;      // either choices ...
  std::vector<BranchEntry> branch;  // ... or branch
  bool isBranch() const { return !branch.empty(); }
};

enum class Rating { good, mixed, poor };
struct Debrief {
  Text laws, wentWell, mistakes;
};
struct Ending {
  std::string id;
  Text title;
  Rating rating = Rating::mixed;
  Text text;
  Debrief debrief;
  std::vector<Source> sources;
};

enum class Difficulty { basis, gevorderd, expert };

struct Case {
  std::string file;
  std::string id;
  Text title, summary, role;
  Difficulty difficulty = Difficulty::basis;
  int minutes = 0;
  std::string peildatum;
  std::vector<Source> sources;
  std::vector<std::string> themes, laws;
  std::vector<Text> objectives, discussion;
  std::vector<Persona> personas;
  Text intro;
  std::vector<Perspective> perspectives;
  std::vector<Variable> variables;
  Scoring scoring;
  std::string start;
  Target startTarget;
  std::vector<Node> nodes;
  std::vector<Ending> endings;

  bool available = false;
  std::vector<Diagnostic> diagnostics;  // loader + case analysis
  uint64_t contentHash = 0;
  // False while this is a stand-in from the course index (course_index.hpp): id, title,
  // summary, role, difficulty, minutes, themes, laws, endings (id, title, rating), scoring
  // (pass marks and dimension ids and labels), and in choiceIds every choice id (progress
  // refers to them); no nodes. The case screen waits for the file (content_loader.hpp).
  bool loaded = true;
  std::vector<std::string> choiceIds;  // stand-ins only

  // Index lookups (linear; cases are small). Return nullopt when absent.
  std::optional<size_t> nodeIndex(const std::string& nodeId) const {
    for (size_t i = 0; i < nodes.size(); ++i)
      if (nodes[i].id == nodeId) return i;
    return std::nullopt;
  }
  std::optional<size_t> endingIndex(const std::string& endingId) const {
    for (size_t i = 0; i < endings.size(); ++i)
      if (endings[i].id == endingId) return i;
    return std::nullopt;
  }
  std::optional<size_t> variableIndex(const std::string& variableId) const {
    for (size_t i = 0; i < variables.size(); ++i)
      if (variables[i].id == variableId) return i;
    return std::nullopt;
  }
  std::optional<size_t> dimensionIndex(const std::string& dimensionId) const {
    for (size_t i = 0; i < scoring.dimensions.size(); ++i)
      if (scoring.dimensions[i].id == dimensionId) return i;
    return std::nullopt;
  }
};

// ---- Glossary, UI strings, course ---------------------------------------------------------
struct Synonyms {
  std::vector<std::string> nl, en;
  const std::vector<std::string>& get(Lang lang) const { return lang == Lang::nl ? nl : en; }
};
struct Term {
  std::string id;
  Text term, definition;
  Synonyms synonyms;
  std::vector<std::string> related;  // term ids (checked)
  std::optional<Source> source;
};
struct Glossary {
  std::string file;
  std::vector<Term> terms;  // file order
  const Term* find(const std::string& termId) const {
    for (const Term& t : terms)
      if (t.id == termId) return &t;
    return nullptr;
  }
};

struct Strings {
  std::string file;
  std::map<std::string, Text> strings;  // key -> text
};

struct Course {
  std::string file;  // "course.json"
  std::string id;
  Text title, subtitle;
  std::string peildatum;
  std::vector<Module> modules;  // course order; unavailable ones included
  std::vector<Case> cases;
  Glossary glossary;
  Strings strings;
  // Pixels (width, height) of the pictures the build read, by src (the course index's
  // "images"): a picture's place is held at its size before its module or file arrives.
  std::map<std::string, std::pair<int, int>> imageSizes;
  // Every character beyond ASCII that the course's files use, in UTF-8 (the course index's
  // "letters"): the fonts are built for these first. nullopt: not known (no index).
  std::optional<std::string> letters;
  // Findings about course.json, the glossary and the strings file (modules and cases keep
  // their own). loader.hpp's allDiagnostics() collects everything.
  std::vector<Diagnostic> diagnostics;
};

}  // namespace leren::core
