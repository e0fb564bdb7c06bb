// Reads a case file: personas, variables, scoring, the node graph and its endings.
// Resolves every `next` to a Target so the runtime never looks ids up.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/loader_parts.hpp"

namespace leren::core::loading {
namespace {

const Text kExprNames{"de variabelen van deze casus en score.<dimensie>",
                      "this case's variables and score.<dimension>"};

Condition readCondition(ObjectReader& r, const std::vector<std::string>& names, Need need) {
  Condition c;
  c.source = r.string("if", need).value_or("");
  if (!c.source.empty()) c.expr = checkExpression(r.ctx(), c.source, r.at("if"), names, kExprNames);
  return c;
}

void readVariables(ObjectReader& r, Case& out) {
  IdSet ids(r.ctx(), Text{"de variabelen van deze casus", "the variables of this case"});
  auto vars = r.array("variables", Need::required);
  for (size_t i = 0; i < vars.size(); ++i) {
    ObjectReader v(r.ctx(), vars[i], child(r.at("variables"), i),
                   named("de variabele", "the variable", idOf(*vars[i])));
    if (!v.ok()) continue;
    Variable var;
    var.id = v.string("id", Need::required, Pattern::varId).value_or("");
    ids.add(var.id, v.at("id"));
    var.label = v.text("label", Need::required);
    auto type = v.oneOf("type", Need::required, {"number", "flag"});
    var.type = type == size_t{1} ? VariableType::flag : VariableType::number;
    if (var.type == VariableType::number) {
      var.min = v.number("min", type ? Need::required : Need::optional).value_or(0);
      var.max = v.number("max", type ? Need::required : Need::optional).value_or(var.min);
      if (const json* init = v.member("initial", Need::required)) {
        if (!init->is_number()) {
          reportType(r.ctx(), v.at("initial"), "een getal (deze variabele is een \"number\")",
                     "a number (this variable is a \"number\")", *init);
        } else {
          var.initial = init->get<double>();
          if (var.min > var.max) {
            r.ctx().error("value.min-max", v.at("max"),
                          Text{"\"max\" is kleiner dan \"min\".", "\"max\" is less than \"min\"."});
          } else if (var.initial < var.min || var.initial > var.max) {
            r.ctx().error("value.out-of-range", v.at("initial"),
                          Text{"De beginwaarde van \"" + var.id + "\" ligt buiten het bereik min..max.",
                               "The initial value of \"" + var.id + "\" lies outside its range min..max."});
          }
        }
      }
    } else {
      var.min = 0;
      var.max = 1;
      if (const json* init = v.member("initial", Need::required)) {
        if (!init->is_boolean()) {
          reportType(r.ctx(), v.at("initial"), "true of false (deze variabele is een \"flag\")",
                     "true or false (this variable is a \"flag\")", *init);
        } else {
          var.initial = init->get<bool>() ? 1 : 0;
        }
      }
      // min/max mean nothing for a flag: accept them silently (the schema allows them).
      v.member("min", Need::optional);
      v.member("max", Need::optional);
    }
    var.group =
        static_cast<VariableGroup>(v.oneOf("group", Need::optional, {"gezondheid", "status", "verborgen"}).value_or(2));
    var.unit = v.string("unit", Need::optional).value_or("");
    // Which way is good, for the state panel (more trust is better, more risk is worse).
    if (const auto better = v.oneOf("better", Need::optional, {"higher", "lower"}))
      var.better = *better == 0 ? Variable::Better::higher : Variable::Better::lower;
    v.finish();
    out.variables.push_back(std::move(var));
  }
}

void readScoring(ObjectReader& r, Case& out) {
  ObjectReader s(r.ctx(), r.member("scoring", Need::required), r.at("scoring"), Text{"de scoring", "the scoring"});
  if (!s.ok()) return;
  out.scoring.passPercent = s.integer("passPercent", Need::optional, 0, 100).value_or(60);
  IdSet ids(r.ctx(), Text{"de scoredimensies", "the scoring dimensions"});
  auto dims = s.array("dimensions", Need::required, 1);
  for (size_t i = 0; i < dims.size(); ++i) {
    ObjectReader d(r.ctx(), dims[i], child(s.at("dimensions"), i),
                   named("de dimensie", "the dimension", idOf(*dims[i])));
    if (!d.ok()) continue;
    ScoreDimension dim;
    dim.id = d.string("id", Need::required, Pattern::varId).value_or("");
    ids.add(dim.id, d.at("id"));
    dim.label = d.text("label", Need::required);
    dim.pass = d.number("pass", Need::required, 0.0).value_or(0);
    d.finish();
    out.scoring.dimensions.push_back(std::move(dim));
  }
  s.finish();
}

struct CaseNames {
  std::vector<std::string> exprNames;  // variables + score.<dim>
};

// What the learner reads after a choice: `consequence` (the story) and `coaching` (the why).
// The legacy `feedback` is still read, as coaching, with a warning that says how to split it.
void readAfterChoice(ObjectReader& c, Choice& ch) {
  FileContext& ctx = c.ctx();
  const bool legacy = c.has("feedback");
  if (legacy && !c.has("consequence") && !c.has("coaching")) {
    ch.coaching = c.text("feedback", Need::required);
    ctx.report(Severity::warning, "case.feedback-legacy", c.at("feedback"),
               Text{"\"feedback\" is vervangen door twee velden. Splits de tekst: \"consequence\" vertelt wat er "
                    "in het verhaal gebeurt na deze keuze (wat de cliënt zegt en doet, wat de gemeente of de "
                    "corporatie doet), zonder oordeel; \"coaching\" legt uit waarom (de regel, het wetsartikel, de "
                    "bron). Begin geen van beide met een oordeel als \"Goed.\" of \"Helaas.\" Tot dan toont de app "
                    "deze tekst als coaching.",
                    "\"feedback\" has been replaced by two fields. Split the text: \"consequence\" tells what "
                    "happens in the story after this choice (what the client says and does, what the gemeente or the "
                    "housing association does), without a verdict; \"coaching\" explains why (the rule, the article "
                    "of the law, the source). Start neither with a verdict such as \"Good.\" or \"Unfortunately.\" "
                    "Until then the app shows this text as coaching."});
  } else if (!c.has("consequence") && !c.has("coaching")) {
    // One finding for the one mistake (a choice with nothing to show after it).
    ctx.error("schema.required", c.pointer(),
              Text{"In " + c.what().nl +
                       " ontbreken de verplichte velden \"consequence\" (wat er gebeurt) en \"coaching\" (waarom).",
                   "The required fields \"consequence\" (what happens) and \"coaching\" (why) are missing in " +
                       c.what().en + "."});
  } else {
    ch.consequence = c.text("consequence", Need::required);
    ch.coaching = c.text("coaching", Need::required);
    if (legacy) {
      c.member("feedback", Need::optional);
      ctx.report(Severity::warning, "case.feedback-legacy", c.at("feedback"),
                 Text{"Deze keuze heeft al \"consequence\" en \"coaching\"; het oude \"feedback\" wordt "
                      "genegeerd. Haal het weg.",
                      "This choice already has \"consequence\" and \"coaching\"; the old \"feedback\" is ignored. "
                      "Remove it."});
    }
  }
}

// The module page that teaches a choice's rule: both ids must name a module of the course and
// one of its pages. A link into a module that has errors of its own is not checked (that
// module's errors say what is wrong; one mistake gives one error).
std::optional<LearnMore> readLearnMore(ObjectReader& c, const CourseModules& course) {
  const std::vector<Module>& modules = course.modules;
  ObjectReader r(c.ctx(), c.member("learnMore", Need::optional), c.at("learnMore"),
                 Text{"de verwijzing naar de lesstof (\"learnMore\")", "the link to the course text (\"learnMore\")"});
  if (!r.ok()) return std::nullopt;
  LearnMore link;
  link.module = r.id("module");
  link.page = r.id("page");
  r.finish();
  if (link.module.empty() || link.page.empty()) return std::nullopt;
  const auto m = std::find_if(modules.begin(), modules.end(), [&](const Module& x) { return x.id == link.module; });
  if (m == modules.end()) {
    if (course.complete)
      reportUnresolved(c.ctx(), r.at("module"), link.module,
                       Text{"een module in course.json", "module in course.json"});
    return std::nullopt;
  }
  if (hasErrors(m->diagnostics)) return std::nullopt;
  const auto p = std::find_if(m->pages.begin(), m->pages.end(), [&](const Page& x) { return x.id == link.page; });
  if (p == m->pages.end()) {
    reportUnresolved(c.ctx(), r.at("page"), link.page,
                     Text{"een pagina van module \"" + link.module + "\"", "page in module \"" + link.module + "\""});
    return std::nullopt;
  }
  link.moduleIndex = static_cast<size_t>(m - modules.begin());
  link.pageIndex = static_cast<size_t>(p - m->pages.begin());
  return link;
}

Choice readChoice(ObjectReader& c, const Case& out, const CaseNames& names, const CourseModules& modules) {
  FileContext& ctx = c.ctx();
  Choice ch;
  ch.id = c.id("id");
  ch.text = c.text("text", Need::required);
  ch.condition = readCondition(c, names.exprNames, Need::optional);
  auto effects = c.array("effects", Need::optional);
  for (size_t k = 0; k < effects.size(); ++k) {
    std::string p = child(c.at("effects"), k);
    if (!effects[k]->is_string()) {
      reportType(ctx, p, "een effect als tekst, bijvoorbeeld \"vertrouwen += 1\"",
                 "an effect as a string, e.g. \"vertrouwen += 1\"", *effects[k]);
      continue;
    }
    const std::string& src = effects[k]->get_ref<const std::string&>();
    ch.effectSources.push_back(src);
    expr::EffectParseResult parsed = expr::parseEffect(src);
    if (parsed.error) {
      ctx.error("expr.syntax", p,
                Text{"Het effect \"" + src + "\" klopt niet: " + parsed.error->message.nl,
                     "The effect \"" + src + "\" is not valid: " + parsed.error->message.en});
      continue;
    }
    const expr::Effect& e = *parsed.effect;
    if (!out.variableIndex(e.target)) {
      ctx.error("expr.unknown-variable", p,
                Text{"Het effect \"" + src + "\" verandert \"" + e.target +
                         "\", maar die variabele is niet gedeclareerd in \"variables\".",
                     "The effect \"" + src + "\" changes \"" + e.target +
                         "\", but that variable is not declared in \"variables\"."});
      continue;
    }
    // Check the value's names, reported against the whole effect string.
    std::vector<expr::NameUse> uses;
    expr::collectNames(*e.value, uses);
    bool ok = true;
    for (const expr::NameUse& u : uses) {
      if (std::find(names.exprNames.begin(), names.exprNames.end(), u.name) == names.exprNames.end()) {
        ctx.error("expr.unknown-variable", p,
                  Text{"In \"" + src + "\" staat \"" + u.name + "\", maar dat is geen variabele van deze casus (" +
                           kExprNames.nl + ").",
                       "\"" + src + "\" uses \"" + u.name + "\", which is not a variable of this case (" +
                           kExprNames.en + ")."});
        ok = false;
      }
    }
    if (ok) ch.effects.push_back(e);
  }
  if (const json* score = c.object("score", Need::optional)) {
    for (auto it = score->begin(); it != score->end(); ++it) {
      std::string p = child(c.at("score"), it.key());
      auto dim = out.dimensionIndex(it.key());
      if (!dim) {
        reportUnresolved(ctx, p, it.key(),
                         Text{"een scoredimensie (scoring.dimensions)", "scoring dimension (scoring.dimensions)"});
        continue;
      }
      if (!it.value().is_number()) {
        reportType(ctx, p, "een getal (punten)", "a number (points)", it.value());
        continue;
      }
      ch.score.push_back(ScoreDelta{it.key(), it.value().get<double>(), *dim});
    }
  }
  readAfterChoice(c, ch);
  ch.learnMore = readLearnMore(c, modules);
  ch.fixed = c.boolean("fixed", Need::optional).value_or(false);
  ch.next = c.id("next");
  return ch;
}

Node readNode(ObjectReader& n, const Case& out, const CaseNames& names, const CourseModules& modules) {
  FileContext& ctx = n.ctx();
  Node node;
  node.id = n.id("id");
  node.title = n.text("title", Need::optional);
  node.speaker = n.string("speaker", Need::optional, Pattern::id).value_or("");
  if (!node.speaker.empty()) {
    bool known = false;
    for (const Persona& p : out.personas) known = known || p.id == node.speaker;
    if (!known)
      reportUnresolved(ctx, n.at("speaker"), node.speaker, Text{"een persona van deze casus", "persona in this case"});
  }
  node.text = n.text("text", Need::required);
  auto variants = n.array("variants", Need::optional);
  for (size_t i = 0; i < variants.size(); ++i) {
    ObjectReader v(ctx, variants[i], child(n.at("variants"), i), Text{"de tekstvariant", "the text variant"});
    if (!v.ok()) continue;
    TextVariant variant;
    variant.condition = readCondition(v, names.exprNames, Need::required);
    variant.text = v.text("text", Need::required);
    v.finish();
    node.variants.push_back(std::move(variant));
  }
  if (const json* persp = n.object("perspectives", Need::optional)) {
    for (auto it = persp->begin(); it != persp->end(); ++it) {
      std::string p = child(n.at("perspectives"), it.key());
      bool known = false;
      for (const Perspective& pp : out.perspectives) known = known || pp.id == it.key();
      if (!known)
        reportUnresolved(
            ctx, p, it.key(),
            Text{"een perspectief in \"perspectives\" van deze casus", "perspective in this case's \"perspectives\""});
      node.perspectives.emplace_back(it.key(), readText(ctx, it.value(), p));
    }
  }
  bool hasChoices = n.has("choices"), hasBranch = n.has("branch");
  if (hasChoices == hasBranch) {
    ctx.error(
        "schema.one-of", n.pointer(),
        hasChoices
            ? Text{"Knoop \"" + node.id +
                       "\" heeft zowel \"choices\" als \"branch\". Kies één: de lerende kiest (choices) of de casus "
                       "gaat automatisch verder (branch).",
                   "Node \"" + node.id +
                       "\" has both \"choices\" and \"branch\". Pick one: the learner chooses (choices) or the case "
                       "moves on by itself (branch)."}
            : Text{"Knoop \"" + node.id + "\" heeft geen \"choices\" en geen \"branch\": hier loopt de casus vast.",
                   "Node \"" + node.id + "\" has neither \"choices\" nor \"branch\": the case gets stuck here."});
  }
  if (hasChoices) {
    IdSet ids(ctx, Text{"de keuzes van knoop \"" + node.id + "\"", "the choices of node \"" + node.id + "\""});
    auto choices = n.array("choices", Need::required, 1);
    node.choices.reserve(choices.size());
    const std::string choicesAt = n.at("choices");
    for (size_t i = 0; i < choices.size(); ++i) {
      ObjectReader c(ctx, choices[i], child(choicesAt, i), named("de keuze", "the choice", idOf(*choices[i])));
      if (!c.ok()) continue;
      Choice ch = readChoice(c, out, names, modules);
      ids.add(ch.id, c.at("id"));
      c.finish();
      node.choices.push_back(std::move(ch));
    }
  }
  if (hasBranch) {
    auto entries = n.array("branch", Need::required, 1);
    for (size_t i = 0; i < entries.size(); ++i) {
      ObjectReader b(ctx, entries[i], child(n.at("branch"), i), Text{"de vertakking", "the branch entry"});
      if (!b.ok()) continue;
      BranchEntry entry;
      entry.condition = readCondition(b, names.exprNames, Need::optional);
      entry.next = b.id("next");
      b.finish();
      node.branch.push_back(std::move(entry));
    }
  }
  return node;
}

Ending readEnding(ObjectReader& e) {
  Ending ending;
  ending.id = e.id("id");
  ending.title = e.text("title", Need::required);
  ending.rating = static_cast<Rating>(e.oneOf("rating", Need::required, {"good", "mixed", "poor"}).value_or(1));
  ending.text = e.text("text", Need::required);
  ObjectReader d(e.ctx(), e.member("debrief", Need::required), e.at("debrief"),
                 Text{"de nabespreking (\"debrief\")", "the debrief"});
  if (d.ok()) {
    ending.debrief.laws = d.text("laws", Need::required);
    ending.debrief.wentWell = d.text("wentWell", Need::required);
    ending.debrief.mistakes = d.text("mistakes", Need::required);
    d.finish();
  }
  ending.sources = readSources(e, "sources", Need::optional);
  return ending;
}

// Every node's and ending's id, to resolve `next` without a search per reference (a linear one
// made reading a 2,000-node case quadratic). Nodes and endings share one id space; the first
// one with an id wins, as Case::nodeIndex() and endingIndex() find it.
class TargetsById {
 public:
  explicit TargetsById(const Case& c) {
    for (size_t i = 0; i < c.nodes.size(); ++i) ids_.emplace(c.nodes[i].id, Target{Target::Kind::node, i});
    for (size_t i = 0; i < c.endings.size(); ++i) ids_.emplace(c.endings[i].id, Target{Target::Kind::ending, i});
  }
  std::optional<Target> find(const std::string& id) const {
    auto it = ids_.find(id);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, Target> ids_;
};

// Resolves `next` (node or ending id) to a Target; reports ref.unresolved.
Target resolve(FileContext& ctx, const TargetsById& targets, const std::string& id, const std::string& pointer,
               const std::string& from) {
  if (id.empty()) return {};
  if (auto t = targets.find(id)) return *t;
  ctx.error("ref.unresolved", pointer,
            Text{"\"" + from + "\" verwijst naar \"" + id + "\", maar die knoop of dat einde bestaat niet.",
                 "\"" + from + "\" refers to \"" + id + "\", but no node or ending has that id."});
  return {};
}

}  // namespace

struct CaseReading::State {
  State(FileContext& c, const json& root, Case& o, const CourseModules& m)
      : ctx(c),
        r(c, &root, "", Text{"de casus", "the case"}),
        out(o),
        modules(m),
        // Nodes and endings share one id space: `next` can name either.
        stepIds(c, Text{"de knopen en einden van deze casus", "the nodes and endings of this case"}) {}
  FileContext& ctx;
  ObjectReader r;
  Case& out;
  CourseModules modules;
  IdSet stepIds;
  CaseNames names;
  std::vector<const json*> nodes;
  size_t nextNode = 0;
  std::vector<std::string> nodePointers;  // of each node read (nodes that are not objects are skipped)
  bool started = false;
};

CaseReading::CaseReading(FileContext& ctx, const json& root, Case& out, const CourseModules& modules)
    : s_(std::make_unique<State>(ctx, root, out, modules)) {}

CaseReading::~CaseReading() = default;

bool CaseReading::readSome(size_t nodeCount) {
  State& s = *s_;
  if (!s.started) {
    s.started = true;
    return readHead();
  }
  const size_t end = std::min(s.nodes.size(), s.nextNode + std::max<size_t>(nodeCount, 1));
  for (; s.nextNode < end; ++s.nextNode) {
    const size_t i = s.nextNode;
    ObjectReader n(s.ctx, s.nodes[i], child(s.r.at("nodes"), i), named("de knoop", "the node", idOf(*s.nodes[i])));
    if (!n.ok()) continue;
    Node node = readNode(n, s.out, s.names, s.modules);
    s.stepIds.add(node.id, n.at("id"));
    n.finish();
    s.nodePointers.push_back(n.pointer());
    s.out.nodes.push_back(std::move(node));
  }
  if (s.nextNode < s.nodes.size()) return true;
  readTail();
  return false;
}

// Everything before the nodes: false when the file is not a case at all.
bool CaseReading::readHead() {
  State& s = *s_;
  ObjectReader& r = s.r;
  Case& out = s.out;
  if (!r.ok() || !readHeader(r, "case")) return false;
  out.id = r.id("id");
  out.title = r.text("title", Need::required);
  out.summary = r.text("summary", Need::required);
  out.role = r.text("role", Need::required);
  out.difficulty =
      static_cast<Difficulty>(r.oneOf("difficulty", Need::required, {"basis", "gevorderd", "expert"}).value_or(0));
  out.minutes = r.integer("minutes", Need::required, 1, 120).value_or(0);
  out.peildatum = readPeildatum(r);
  out.sources = readSources(r, "sources", Need::required);
  out.themes = readThemes(r);
  out.laws = readLaws(r);
  out.objectives = r.textList("objectives", Need::required, 1);
  out.discussion = r.textList("discussion", Need::required, 3);

  IdSet personaIds(s.ctx, Text{"de persona's", "the personas"});
  auto personas = r.array("personas", Need::required, 1);
  for (size_t i = 0; i < personas.size(); ++i) {
    ObjectReader p(s.ctx, personas[i], child(r.at("personas"), i),
                   named("de persona", "the persona", idOf(*personas[i])));
    if (!p.ok()) continue;
    Persona persona;
    persona.id = p.id("id");
    personaIds.add(persona.id, p.at("id"));
    persona.name = p.string("name", Need::required).value_or("");
    persona.age = p.integer("age", Need::optional, 0, 120);
    persona.description = p.text("description", Need::required);
    persona.portrait = readImage(p, "portrait", named("het portret van", "the portrait of", persona.id));
    p.finish();
    out.personas.push_back(std::move(persona));
  }
  out.intro = r.text("intro", Need::required);
  IdSet perspectiveIds(s.ctx, Text{"de perspectieven", "the perspectives"});
  auto perspectives = r.array("perspectives", Need::optional);
  for (size_t i = 0; i < perspectives.size(); ++i) {
    ObjectReader p(s.ctx, perspectives[i], child(r.at("perspectives"), i),
                   named("het perspectief", "the perspective", idOf(*perspectives[i])));
    if (!p.ok()) continue;
    Perspective perspective;
    perspective.id = p.id("id");
    perspectiveIds.add(perspective.id, p.at("id"));
    perspective.label = p.text("label", Need::required);
    p.finish();
    out.perspectives.push_back(std::move(perspective));
  }
  readVariables(r, out);
  readScoring(r, out);

  for (const Variable& v : out.variables)
    if (!v.id.empty()) s.names.exprNames.push_back(v.id);
  for (const ScoreDimension& d : out.scoring.dimensions)
    if (!d.id.empty()) s.names.exprNames.push_back("score." + d.id);

  out.start = r.id("start");
  s.nodes = r.array("nodes", Need::required, 1);
  out.nodes.reserve(s.nodes.size());
  return true;
}

// The endings, then every reference now that each node and ending is known.
void CaseReading::readTail() {
  State& s = *s_;
  ObjectReader& r = s.r;
  Case& out = s.out;
  FileContext& ctx = s.ctx;
  auto endings = r.array("endings", Need::required, 1);
  for (size_t i = 0; i < endings.size(); ++i) {
    ObjectReader e(ctx, endings[i], child(r.at("endings"), i), named("het einde", "the ending", idOf(*endings[i])));
    if (!e.ok()) continue;
    Ending ending = readEnding(e);
    s.stepIds.add(ending.id, e.at("id"));
    e.finish();
    out.endings.push_back(std::move(ending));
  }
  r.finish();

  // Not when a whole list is missing: that one error says it all.
  if (!r.has("nodes") || !r.has("endings")) return;
  const TargetsById targets(out);
  if (!out.start.empty()) {
    std::optional<Target> start = targets.find(out.start);
    if (start && start->kind == Target::Kind::node) {
      out.startTarget = *start;
    } else {
      reportUnresolved(ctx, r.at("start"), out.start,
                       Text{"een knoop (\"nodes\") in deze casus", "node (\"nodes\") in this case"});
    }
  }
  for (size_t i = 0; i < out.nodes.size(); ++i) {
    Node& node = out.nodes[i];
    const std::string& np = s.nodePointers[i];
    for (size_t k = 0; k < node.choices.size(); ++k) {
      Choice& ch = node.choices[k];
      ch.target = resolve(ctx, targets, ch.next, child(child(np, "choices"), k) + "/next", node.id + "/" + ch.id);
    }
    for (size_t k = 0; k < node.branch.size(); ++k) {
      BranchEntry& b = node.branch[k];
      b.target = resolve(ctx, targets, b.next, child(child(np, "branch"), k) + "/next", node.id);
    }
  }
}

}  // namespace leren::core::loading
