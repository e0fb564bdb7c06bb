// Reads a module file: pages of blocks (text, callouts, figures) and the knowledge check.
#include <algorithm>

#include "core/loader_parts.hpp"

namespace leren::core::loading {
namespace {

struct FigureHead {
  std::string id;
  Text caption;
};

// The index of the item with this id (the first, if ids repeat: reported), or noIndex.
template <typename Items>
size_t indexById(const Items& items, const std::string& id) {
  if (id.empty()) return noIndex;
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id) return i;
  return noIndex;
}

FigureHead readFigureHead(ObjectReader& r) { return {r.id("id"), r.text("caption", Need::required)}; }

ActorMap readActorMap(ObjectReader& r) {
  ActorMap f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  IdSet nodeIds(r.ctx(), Text{"de knopen van deze kaart", "the nodes of this map"});
  auto nodes = r.array("nodes", Need::required, 2);
  for (size_t i = 0; i < nodes.size(); ++i) {
    ObjectReader n(r.ctx(), nodes[i], child(r.at("nodes"), i), named("de actor", "the actor", idOf(*nodes[i])));
    if (!n.ok()) continue;
    ActorNode a;
    a.id = n.id("id");
    nodeIds.add(a.id, n.at("id"));
    a.label = n.text("label", Need::required);
    a.text = n.text("text", Need::required);
    a.x = n.number("x", Need::required, 0.0, 1.0).value_or(0);
    a.y = n.number("y", Need::required, 0.0, 1.0).value_or(0);
    a.group = n.string("group", Need::optional).value_or("");
    n.finish();
    f.nodes.push_back(std::move(a));
  }
  IdSet edgeIds(r.ctx(), Text{"de pijlen van deze kaart", "the arrows of this map"});
  auto edges = r.array("edges", Need::required);
  for (size_t i = 0; i < edges.size(); ++i) {
    ObjectReader e(r.ctx(), edges[i], child(r.at("edges"), i), named("de pijl", "the arrow", idOf(*edges[i])));
    if (!e.ok()) continue;
    ActorEdge a;
    a.id = e.id("id");
    edgeIds.add(a.id, e.at("id"));
    a.from = e.id("from");
    a.to = e.id("to");
    for (const auto& [key, value] : {std::pair{"from", a.from}, std::pair{"to", a.to}})
      if (!value.empty() && !nodeIds.contains(value))
        reportUnresolved(r.ctx(), e.at(key), value, Text{"een actor in deze kaart", "actor in this map"});
    a.label = e.text("label", Need::required);
    a.text = e.text("text", Need::required);
    e.finish();
    f.edges.push_back(std::move(a));
  }
  for (ActorEdge& e : f.edges) {
    e.fromNode = indexById(f.nodes, e.from);
    e.toNode = indexById(f.nodes, e.to);
  }
  return f;
}

Timeline readTimeline(ObjectReader& r) {
  Timeline f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  IdSet ids(r.ctx(), Text{"de gebeurtenissen van deze tijdlijn", "the events of this timeline"});
  auto events = r.array("events", Need::required, 2);
  for (size_t i = 0; i < events.size(); ++i) {
    ObjectReader e(r.ctx(), events[i], child(r.at("events"), i),
                   named("de gebeurtenis", "the event", idOf(*events[i])));
    if (!e.ok()) continue;
    TimelineEvent ev;
    ev.id = e.id("id");
    ids.add(ev.id, e.at("id"));
    ev.date = e.string("date", Need::required, Pattern::timelineDate).value_or("");
    ev.label = e.text("label", Need::required);
    ev.text = e.text("text", Need::required);
    e.finish();
    f.events.push_back(std::move(ev));
  }
  return f;
}

ProcessFlow readProcessFlow(ObjectReader& r) {
  ProcessFlow f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  f.start = r.id("start");
  IdSet ids(r.ctx(), Text{"de stappen van dit schema", "the steps of this flow"});
  std::vector<std::pair<std::string, std::string>> refs;  // (step id, pointer)
  auto steps = r.array("steps", Need::required, 2);
  for (size_t i = 0; i < steps.size(); ++i) {
    ObjectReader s(r.ctx(), steps[i], child(r.at("steps"), i), named("de stap", "the step", idOf(*steps[i])));
    if (!s.ok()) continue;
    ProcessStep step;
    step.id = s.id("id");
    ids.add(step.id, s.at("id"));
    step.label = s.text("label", Need::required);
    step.text = s.text("text", Need::required);
    step.timeLimit = s.text("timeLimit", Need::optional);
    auto next = s.array("next", Need::required);
    for (size_t k = 0; k < next.size(); ++k) {
      ObjectReader l(r.ctx(), next[k], child(s.at("next"), k), Text{"de vervolgstap", "the next step"});
      if (!l.ok()) continue;
      ProcessLink link;
      link.to = l.id("to");
      link.label = l.text("label", Need::optional);
      if (!link.to.empty()) refs.emplace_back(link.to, l.at("to"));
      l.finish();
      step.next.push_back(std::move(link));
    }
    s.finish();
    f.steps.push_back(std::move(step));
  }
  if (!f.start.empty()) refs.emplace_back(f.start, r.at("start"));
  for (const auto& [target, pointer] : refs)
    if (!ids.contains(target))
      reportUnresolved(r.ctx(), pointer, target, Text{"een stap in dit schema", "step in this flow"});
  f.startStep = indexById(f.steps, f.start);
  for (ProcessStep& step : f.steps)
    for (ProcessLink& link : step.next) link.step = indexById(f.steps, link.to);
  return f;
}

Comparison readComparison(ObjectReader& r) {
  Comparison f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  IdSet columnIds(r.ctx(), Text{"de kolommen van deze tabel", "the columns of this table"});
  auto columns = r.array("columns", Need::required, 2);
  for (size_t i = 0; i < columns.size(); ++i) {
    ObjectReader c(r.ctx(), columns[i], child(r.at("columns"), i), named("de kolom", "the column", idOf(*columns[i])));
    if (!c.ok()) continue;
    ComparisonColumn col;
    col.id = c.id("id");
    columnIds.add(col.id, c.at("id"));
    col.label = c.text("label", Need::required);
    c.finish();
    f.columns.push_back(std::move(col));
  }
  IdSet rowIds(r.ctx(), Text{"de rijen van deze tabel", "the rows of this table"});
  auto rows = r.array("rows", Need::required, 1);
  for (size_t i = 0; i < rows.size(); ++i) {
    ObjectReader rr(r.ctx(), rows[i], child(r.at("rows"), i), named("de rij", "the row", idOf(*rows[i])));
    if (!rr.ok()) continue;
    ComparisonRow row;
    row.id = rr.id("id");
    rowIds.add(row.id, rr.at("id"));
    row.label = rr.text("label", Need::required);
    row.cells.resize(f.columns.size());
    if (const json* cells = rr.object("cells", Need::required)) {
      std::string cellsPointer = rr.at("cells");
      for (auto it = cells->begin(); it != cells->end(); ++it) {
        std::string p = child(cellsPointer, it.key());
        auto col = std::find_if(f.columns.begin(), f.columns.end(),
                                [&](const ComparisonColumn& c) { return c.id == it.key(); });
        if (col == f.columns.end()) {
          reportUnresolved(r.ctx(), p, it.key(), Text{"een kolom in deze tabel", "column in this table"});
          continue;
        }
        ObjectReader c(r.ctx(), &it.value(), p, Text{"de cel \"" + it.key() + "\"", "the cell \"" + it.key() + "\""});
        if (!c.ok()) continue;
        ComparisonCell& cell = row.cells[static_cast<size_t>(col - f.columns.begin())];
        cell.text = c.text("text", Need::required);
        cell.clash = c.boolean("clash", Need::optional).value_or(false);
        cell.note = c.text("note", Need::optional);
        if (cell.clash && !c.has("note")) {
          r.ctx().error("comparison.clash-without-note", p,
                        Text{"Deze cel is gemarkeerd als botsing (\"clash\"), maar mist een \"note\" die uitlegt waar "
                             "de wetten botsen.",
                             "This cell is marked as a clash, but has no \"note\" explaining where the laws clash."});
        }
        c.finish();
      }
      for (const ComparisonColumn& col : f.columns) {
        if (!col.id.empty() && cells->find(col.id) == cells->end()) {
          r.ctx().error("comparison.missing-cell", cellsPointer,
                        Text{"De rij \"" + row.id + "\" heeft geen cel voor de kolom \"" + col.id +
                                 "\". Elke rij heeft een cel per kolom.",
                             "The row \"" + row.id + "\" has no cell for the column \"" + col.id +
                                 "\". Every row has a cell for every column."});
        }
      }
    }
    rr.finish();
    f.rows.push_back(std::move(row));
  }
  return f;
}

Radar readRadar(ObjectReader& r) {
  Radar f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  f.min = r.number("min", Need::optional).value_or(0);
  f.max = r.number("max", Need::optional).value_or(10);
  if (f.min >= f.max) {
    r.ctx().error("value.min-max", r.at("max"),
                  Text{"\"max\" moet groter zijn dan \"min\".", "\"max\" must be greater than \"min\"."});
  }
  f.editable = r.boolean("editable", Need::optional).value_or(false);
  IdSet axisIds(r.ctx(), Text{"de assen van dit web", "the axes of this chart"});
  auto axes = r.array("axes", Need::required, 3);
  for (size_t i = 0; i < axes.size(); ++i) {
    ObjectReader a(r.ctx(), axes[i], child(r.at("axes"), i), named("de as", "the axis", idOf(*axes[i])));
    if (!a.ok()) continue;
    RadarAxis axis;
    axis.id = a.id("id");
    axisIds.add(axis.id, a.at("id"));
    axis.label = a.text("label", Need::required);
    axis.text = a.text("text", Need::optional);
    a.finish();
    f.axes.push_back(std::move(axis));
  }
  IdSet seriesIds(r.ctx(), Text{"de reeksen van dit web", "the series of this chart"});
  auto series = r.array("series", Need::required);
  for (size_t i = 0; i < series.size(); ++i) {
    ObjectReader s(r.ctx(), series[i], child(r.at("series"), i), named("de reeks", "the series", idOf(*series[i])));
    if (!s.ok()) continue;
    RadarSeries out;
    out.id = s.id("id");
    seriesIds.add(out.id, s.at("id"));
    out.label = s.text("label", Need::required);
    out.values.assign(f.axes.size(), f.min);
    if (const json* values = s.object("values", Need::required)) {
      for (auto it = values->begin(); it != values->end(); ++it) {
        std::string p = child(s.at("values"), it.key());
        auto axis = std::find_if(f.axes.begin(), f.axes.end(), [&](const RadarAxis& a) { return a.id == it.key(); });
        if (axis == f.axes.end()) {
          reportUnresolved(r.ctx(), p, it.key(), Text{"een as in dit web", "axis in this chart"});
          continue;
        }
        if (!it.value().is_number()) {
          reportType(r.ctx(), p, "een getal", "a number", it.value());
          continue;
        }
        double v = it.value().get<double>();
        if (v < f.min || v > f.max) {
          r.ctx().error(
              "value.out-of-range", p,
              Text{"Deze waarde ligt buiten het bereik van het web (" + std::to_string(static_cast<int>(f.min)) +
                       " tot " + std::to_string(static_cast<int>(f.max)) + ").",
                   "This value lies outside the chart's range (" + std::to_string(static_cast<int>(f.min)) + " to " +
                       std::to_string(static_cast<int>(f.max)) + ")."});
          continue;
        }
        out.values[static_cast<size_t>(axis - f.axes.begin())] = v;
      }
    }
    s.finish();
    f.series.push_back(std::move(out));
  }
  return f;
}

Calculator readCalculator(ObjectReader& r) {
  Calculator f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  IdSet names(r.ctx(), Text{"de invoer en uitkomsten van deze rekenhulp", "the inputs and outputs of this calculator"});
  std::vector<std::string> declared;
  auto inputs = r.array("inputs", Need::required, 1);
  for (size_t i = 0; i < inputs.size(); ++i) {
    ObjectReader in(r.ctx(), inputs[i], child(r.at("inputs"), i), named("de invoer", "the input", idOf(*inputs[i])));
    if (!in.ok()) continue;
    CalculatorInput input;
    input.id = in.string("id", Need::required, Pattern::varId).value_or("");
    if (names.add(input.id, in.at("id")) && !input.id.empty()) declared.push_back(input.id);
    input.label = in.text("label", Need::required);
    input.min = in.number("min", Need::required).value_or(0);
    input.max = in.number("max", Need::required).value_or(input.min);
    input.step = in.number("step", Need::optional).value_or(1);
    if (in.has("step") && input.step <= 0) {
      r.ctx().error("schema.exclusive-minimum", in.at("step"),
                    Text{"\"step\" moet groter zijn dan 0.", "\"step\" must be greater than 0."});
      input.step = 1;
    }
    input.defaultValue = in.number("default", Need::required).value_or(input.min);
    input.unit = in.string("unit", Need::optional).value_or("");
    if (input.min > input.max) {
      r.ctx().error("value.min-max", in.at("max"),
                    Text{"\"max\" is kleiner dan \"min\".", "\"max\" is less than \"min\"."});
    } else if (in.has("default") && (input.defaultValue < input.min || input.defaultValue > input.max)) {
      r.ctx().error("value.out-of-range", in.at("default"),
                    Text{"De beginwaarde (\"default\") ligt buiten min..max.",
                         "The starting value (\"default\") lies outside min..max."});
    }
    auto options = in.array("options", Need::optional);
    for (size_t k = 0; k < options.size(); ++k) {
      ObjectReader o(r.ctx(), options[k], child(in.at("options"), k), Text{"de keuzemogelijkheid", "the option"});
      if (!o.ok()) continue;
      CalculatorOption option;
      option.value = o.number("value", Need::required).value_or(0);
      option.label = o.text("label", Need::required);
      o.finish();
      input.options.push_back(std::move(option));
    }
    in.finish();
    f.inputs.push_back(std::move(input));
  }
  auto outputs = r.array("outputs", Need::required, 1);
  for (size_t i = 0; i < outputs.size(); ++i) {
    ObjectReader out(r.ctx(), outputs[i], child(r.at("outputs"), i),
                     named("de uitkomst", "the output", idOf(*outputs[i])));
    if (!out.ok()) continue;
    CalculatorOutput o;
    o.id = out.string("id", Need::required, Pattern::varId).value_or("");
    bool fresh = names.add(o.id, out.at("id"));
    o.label = out.text("label", Need::required);
    o.exprSource = out.string("expr", Need::required).value_or("");
    if (!o.exprSource.empty()) {
      o.expr = checkExpression(r.ctx(), o.exprSource, out.at("expr"), declared,
                               Text{"de invoer en eerdere uitkomsten van deze rekenhulp",
                                    "the inputs and earlier outputs of this calculator"});
    }
    o.format = static_cast<OutputFormat>(
        out.oneOf("format", Need::optional, {"number", "money", "percent", "yesno"}).value_or(0));
    o.decimals = out.integer("decimals", Need::optional, 0, 4).value_or(2);
    out.finish();
    // Declared after its own expression: an output may only use earlier outputs.
    if (fresh && !o.id.empty()) declared.push_back(o.id);
    f.outputs.push_back(std::move(o));
  }
  f.note = r.text("note", Need::optional);
  return f;
}

DecisionExplorer readDecision(ObjectReader& r) {
  DecisionExplorer f;
  auto [id, caption] = readFigureHead(r);
  f.id = id;
  f.caption = caption;
  f.start = r.id("start");
  IdSet ids(r.ctx(),
            Text{"de vragen en uitkomsten van deze beslishulp", "the questions and outcomes of this decision aid"});
  std::vector<std::pair<std::string, std::string>> refs;
  auto questions = r.array("questions", Need::required, 1);
  for (size_t i = 0; i < questions.size(); ++i) {
    ObjectReader q(r.ctx(), questions[i], child(r.at("questions"), i),
                   named("de vraag", "the question", idOf(*questions[i])));
    if (!q.ok()) continue;
    DecisionQuestion question;
    question.id = q.id("id");
    ids.add(question.id, q.at("id"));
    question.text = q.text("text", Need::required);
    auto options = q.array("options", Need::required, 2);
    for (size_t k = 0; k < options.size(); ++k) {
      ObjectReader o(r.ctx(), options[k], child(q.at("options"), k), Text{"het antwoord", "the answer"});
      if (!o.ok()) continue;
      DecisionOption option;
      option.label = o.text("label", Need::required);
      option.next = o.id("next");
      if (!option.next.empty()) refs.emplace_back(option.next, o.at("next"));
      o.finish();
      question.options.push_back(std::move(option));
    }
    q.finish();
    f.questions.push_back(std::move(question));
  }
  auto outcomes = r.array("outcomes", Need::required, 2);
  for (size_t i = 0; i < outcomes.size(); ++i) {
    ObjectReader o(r.ctx(), outcomes[i], child(r.at("outcomes"), i),
                   named("de uitkomst", "the outcome", idOf(*outcomes[i])));
    if (!o.ok()) continue;
    DecisionOutcome outcome;
    outcome.id = o.id("id");
    ids.add(outcome.id, o.at("id"));
    outcome.title = o.text("title", Need::required);
    outcome.text = o.text("text", Need::required);
    o.finish();
    f.outcomes.push_back(std::move(outcome));
  }
  for (const auto& [target, pointer] : refs)
    if (!ids.contains(target))
      reportUnresolved(r.ctx(), pointer, target,
                       Text{"een vraag of uitkomst in deze beslishulp", "question or outcome in this decision aid"});
  f.startQuestion = indexById(f.questions, f.start);
  if (!f.start.empty() && f.startQuestion == noIndex)
    reportUnresolved(r.ctx(), r.at("start"), f.start,
                     Text{"een vraag in deze beslishulp", "question in this decision aid"});
  for (DecisionQuestion& q : f.questions)
    for (DecisionOption& o : q.options) {
      o.nextQuestion = indexById(f.questions, o.next);
      o.nextOutcome = indexById(f.outcomes, o.next);
    }
  return f;
}

Question readQuestion(ObjectReader& r);

// Ids the module's blocks and questions must keep unique.
struct ModuleIds {
  IdSet figures, questions;
};

std::optional<Block> readBlock(FileContext& ctx, const json& value, const std::string& pointer, ModuleIds& ids) {
  ObjectReader r(ctx, &value, pointer, named("het blok", "the block", idOf(value)));
  if (!r.ok()) return std::nullopt;
  auto type = r.oneOf("type", Need::required,
                      {"text", "callout", "actorMap", "timeline", "processFlow", "comparison", "radar", "calculator",
                       "decision", "check", "image"});
  if (!type) {
    r.finish();
    return std::nullopt;
  }
  Block block;
  switch (*type) {
    case 0:
      block = TextBlock{r.text("text", Need::required)};
      break;
    case 1: {
      Callout c;
      c.style = static_cast<CalloutStyle>(
          r.oneOf("style", Need::required, {"info", "tip", "warning", "law", "example"}).value_or(0));
      c.title = r.text("title", Need::optional);
      c.text = r.text("text", Need::required);
      block = std::move(c);
      break;
    }
    case 2:
      block = readActorMap(r);
      break;
    case 3:
      block = readTimeline(r);
      break;
    case 4:
      block = readProcessFlow(r);
      break;
    case 5:
      block = readComparison(r);
      break;
    case 6:
      block = readRadar(r);
      break;
    case 7:
      block = readCalculator(r);
      break;
    case 8:
      block = readDecision(r);
      break;
    case 10:
      block = ImageBlock{readImageFields(r)};
      break;
    default: {
      const json* question = r.member("question", Need::required);
      ObjectReader q(ctx, question, r.at("question"),
                     named("de vraag", "the question", question ? idOf(*question) : ""));
      CheckBlock check;
      if (q.ok()) {
        check.question = readQuestion(q);
        ids.questions.add(check.question.id, q.at("id"));
        q.finish();
      }
      block = std::move(check);
      break;
    }
  }
  if (*type >= 2 && *type <= 8) ids.figures.add(r.has("id") ? idOf(value) : "", r.at("id"));
  r.finish();
  return block;
}

Page readPage(FileContext& ctx, ObjectReader& r, ModuleIds& ids) {
  Page page;
  page.id = r.id("id");
  page.title = r.text("title", Need::required);
  page.peildatum = readPeildatum(r);
  page.sources = readSources(r, "sources", Need::required);
  page.themes = readThemes(r);
  auto blocks = r.array("blocks", Need::required, 1);
  for (size_t i = 0; i < blocks.size(); ++i)
    if (auto b = readBlock(ctx, *blocks[i], child(r.at("blocks"), i), ids)) page.blocks.push_back(std::move(*b));
  return page;
}

Question readQuestion(ObjectReader& r) {
  Question q;
  q.id = r.id("id");
  q.type = static_cast<QuestionType>(
      r.oneOf("type", Need::required, {"single", "multiple", "ordering", "matching"}).value_or(0));
  bool typeOk = r.has("type") && r.member("type", Need::optional)->is_string();
  q.prompt = r.text("prompt", Need::required);
  q.explanation = r.text("explanation", Need::required);
  q.themes = readThemes(r);
  if (!typeOk) return q;
  FileContext& ctx = r.ctx();
  if (q.type == QuestionType::single || q.type == QuestionType::multiple) {
    IdSet ids(ctx, Text{"de antwoorden van deze vraag", "the options of this question"});
    auto options = r.array("options", Need::required, 2);
    int correct = 0;
    for (size_t i = 0; i < options.size(); ++i) {
      ObjectReader o(ctx, options[i], child(r.at("options"), i),
                     named("het antwoord", "the option", idOf(*options[i])));
      if (!o.ok()) continue;
      QuizOption option;
      option.id = o.id("id");
      ids.add(option.id, o.at("id"));
      option.text = o.text("text", Need::required);
      option.correct = o.boolean("correct", Need::required).value_or(false);
      option.feedback = o.text("feedback", Need::optional);
      option.fixed = o.boolean("fixed", Need::optional).value_or(false);
      correct += option.correct ? 1 : 0;
      o.finish();
      q.options.push_back(std::move(option));
    }
    if (options.size() >= 2 && q.type == QuestionType::single && correct != 1) {
      ctx.error("quiz.correct-count", r.at("options"),
                Text{"Een vraag met één antwoord (\"single\") heeft precies één goed antwoord; deze heeft er " +
                         std::to_string(correct) + ".",
                     "A single-answer question has exactly one correct option; this one has " +
                         std::to_string(correct) + "."});
    } else if (options.size() >= 2 && q.type == QuestionType::multiple && correct == 0) {
      ctx.error("quiz.correct-count", r.at("options"),
                Text{"Een meerkeuzevraag (\"multiple\") heeft minstens één goed antwoord.",
                     "A multiple-answer question needs at least one correct option."});
    }
  } else if (q.type == QuestionType::ordering) {
    IdSet ids(ctx, Text{"de onderdelen van deze vraag", "the items of this question"});
    auto items = r.array("items", Need::required, 3);
    for (size_t i = 0; i < items.size(); ++i) {
      ObjectReader o(ctx, items[i], child(r.at("items"), i), named("het onderdeel", "the item", idOf(*items[i])));
      if (!o.ok()) continue;
      OrderingItem item;
      item.id = o.id("id");
      ids.add(item.id, o.at("id"));
      item.text = o.text("text", Need::required);
      o.finish();
      q.items.push_back(std::move(item));
    }
  } else {
    IdSet ids(ctx, Text{"de paren van deze vraag", "the pairs of this question"});
    auto pairs = r.array("pairs", Need::required, 3);
    for (size_t i = 0; i < pairs.size(); ++i) {
      ObjectReader o(ctx, pairs[i], child(r.at("pairs"), i), named("het paar", "the pair", idOf(*pairs[i])));
      if (!o.ok()) continue;
      MatchingPair pair;
      pair.id = o.id("id");
      ids.add(pair.id, o.at("id"));
      pair.term = o.text("term", Need::required);
      pair.match = o.text("match", Need::required);
      o.finish();
      q.pairs.push_back(std::move(pair));
    }
  }
  return q;
}

Quiz readQuiz(FileContext& ctx, const json* value, const std::string& pointer, IdSet& ids) {
  Quiz quiz;
  ObjectReader r(ctx, value, pointer, Text{"de kennischeck (\"quiz\")", "the knowledge check (\"quiz\")"});
  if (!r.ok()) return quiz;
  quiz.id = r.id("id");
  quiz.passPercent = r.integer("passPercent", Need::required, 0, 100).value_or(70);
  auto questions = r.array("questions", Need::required, 1);
  for (size_t i = 0; i < questions.size(); ++i) {
    ObjectReader q(ctx, questions[i], child(r.at("questions"), i),
                   named("de vraag", "the question", idOf(*questions[i])));
    if (!q.ok()) continue;
    Question question = readQuestion(q);
    ids.add(question.id, q.at("id"));
    q.finish();
    quiz.questions.push_back(std::move(question));
  }
  r.finish();
  return quiz;
}

}  // namespace

void readModule(FileContext& ctx, const json& root, Module& out) {
  ObjectReader r(ctx, &root, "", Text{"de module", "the module"});
  if (!r.ok() || !readHeader(r, "module")) return;
  out.id = r.id("id");
  out.title = r.text("title", Need::required);
  out.summary = r.text("summary", Need::required);
  out.objectives = r.textList("objectives", Need::required, 1);
  out.minutes = r.integer("minutes", Need::required, 1, 600).value_or(0);
  out.peildatum = readPeildatum(r);
  out.sources = readSources(r, "sources", Need::required);
  out.themes = readThemes(r);
  out.cover = readImage(r, "cover", Text{"de omslagafbeelding van de module", "the module's cover picture"});
  IdSet pageIds(ctx, Text{"de pagina's van deze module", "the pages of this module"});
  ModuleIds ids{IdSet(ctx, Text{"de figuren van deze module", "the figures of this module"}),
                IdSet(ctx, Text{"de vragen van deze module (kennischeck en vragen in de pagina's)",
                                "the questions of this module (knowledge check and questions in the pages)"})};
  auto pages = r.array("pages", Need::required, 1);
  for (size_t i = 0; i < pages.size(); ++i) {
    ObjectReader p(ctx, pages[i], child(r.at("pages"), i), named("de pagina", "the page", idOf(*pages[i])));
    if (!p.ok()) continue;
    Page page = readPage(ctx, p, ids);
    pageIds.add(page.id, p.at("id"));
    p.finish();
    out.pages.push_back(std::move(page));
  }
  out.quiz = readQuiz(ctx, r.member("quiz", Need::required), r.at("quiz"), ids.questions);
  r.finish();
}

}  // namespace leren::core::loading
