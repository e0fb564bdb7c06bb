#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/loader.hpp"
#include "valid_course.hpp"

namespace leren::core {
namespace {

using namespace test;

// The valid fixture, as an editable in-memory copy.
class LoaderFixture : public ValidCourse {
 protected:
  std::vector<Diagnostic> load(Course* out = nullptr) {
    Course c = loadCourse(files);
    auto ds = allDiagnostics(c);
    if (out) *out = std::move(c);
    return ds;
  }
};

TEST_F(LoaderFixture, ValidCourseLoadsWithoutAnyDiagnostic) {
  Course c;
  auto ds = load(&c);
  EXPECT_TRUE(ds.empty()) << dump(ds);
  EXPECT_EQ(c.id, "test-cursus");
  EXPECT_EQ(c.title.nl, "Testcursus");
  ASSERT_EQ(c.modules.size(), 2u);
  ASSERT_EQ(c.cases.size(), 2u);
  for (const Module& m : c.modules) EXPECT_TRUE(m.available) << m.file;
  for (const Case& k : c.cases) EXPECT_TRUE(k.available) << k.file;
  EXPECT_EQ(c.glossary.terms.size(), 3u);
  EXPECT_EQ(c.strings.strings.at("nav.next").en, "Next");
  EXPECT_EQ(c.modules[0].file, "modules/01-wmo-basis.json");
  EXPECT_NE(c.modules[0].contentHash, 0u);
  EXPECT_NE(c.modules[0].contentHash, c.modules[1].contentHash);
}

TEST_F(LoaderFixture, ModuleContentIsModelled) {
  Course c;
  load(&c);
  const Module& m = c.modules[0];
  EXPECT_EQ(m.id, "wmo-basis");
  EXPECT_EQ(m.minutes, 15);
  EXPECT_EQ(m.themes, std::vector<std::string>{"drie-wetten"});
  EXPECT_EQ(m.sources.at(0).publisher, "Overheid.nl");
  ASSERT_EQ(m.pages.size(), 2u);
  const Page& p = m.pages[0];
  ASSERT_EQ(p.blocks.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<TextBlock>(p.blocks[0]));
  EXPECT_FALSE(isFigure(p.blocks[0]));
  const auto& callout = std::get<Callout>(p.blocks[1]);
  EXPECT_EQ(callout.style, CalloutStyle::law);
  EXPECT_EQ(callout.title.en, "Art. 2.3.2 Wmo 2015");
  const auto& flow = std::get<ProcessFlow>(p.blocks[2]);
  EXPECT_TRUE(isFigure(p.blocks[2]));
  EXPECT_EQ(flow.start, "melding");
  ASSERT_EQ(flow.steps.size(), 4u);
  EXPECT_EQ(flow.steps.at(flow.startStep).id, "melding");
  for (const ProcessStep& step : flow.steps)
    for (const ProcessLink& link : step.next) EXPECT_EQ(flow.steps.at(link.step).id, link.to);
  EXPECT_EQ(flow.steps[1].timeLimit.nl, "binnen 6 weken");
  EXPECT_EQ(flow.steps[1].next.size(), 2u);
  EXPECT_TRUE(flow.steps[3].next.empty());
  const auto& map = std::get<ActorMap>(m.pages[1].blocks[0]);
  EXPECT_DOUBLE_EQ(map.nodes[1].x, 0.1);
  EXPECT_EQ(map.nodes[1].group, "overheid");
  EXPECT_EQ(map.edges[0].from, "inwoner");
  for (const ActorEdge& e : map.edges) {
    EXPECT_EQ(map.nodes.at(e.fromNode).id, e.from);
    EXPECT_EQ(map.nodes.at(e.toNode).id, e.to);
  }
  EXPECT_EQ(std::get<Timeline>(m.pages[1].blocks[1]).events[1].date, "2015-01-01");

  const Quiz& q = m.quiz;
  EXPECT_EQ(q.passPercent, 70);
  ASSERT_EQ(q.questions.size(), 4u);
  EXPECT_EQ(q.questions[0].type, QuestionType::single);
  EXPECT_TRUE(q.questions[0].options[0].correct);
  EXPECT_EQ(q.questions[0].options[1].feedback.en, "Too short.");
  EXPECT_EQ(q.questions[1].type, QuestionType::multiple);
  EXPECT_EQ(q.questions[2].type, QuestionType::ordering);
  EXPECT_EQ(q.questions[2].items[2].id, "aanvraag");
  EXPECT_EQ(q.questions[3].type, QuestionType::matching);
  EXPECT_EQ(q.questions[3].pairs[1].match.nl, "jeugdhulp");
}

TEST_F(LoaderFixture, FiguresOfSecondModule) {
  Course c;
  load(&c);
  const Module& m = c.modules[1];
  const auto& cmp = std::get<Comparison>(m.pages[0].blocks[0]);
  ASSERT_EQ(cmp.rows[0].cells.size(), 2u);
  EXPECT_TRUE(cmp.rows[0].cells[1].clash);
  EXPECT_EQ(cmp.rows[0].cells[1].note.nl, "Op je 18e verandert alles.");
  EXPECT_FALSE(cmp.rows[0].cells[0].clash);
  const auto& radar = std::get<Radar>(m.pages[0].blocks[1]);
  EXPECT_TRUE(radar.editable);
  EXPECT_DOUBLE_EQ(radar.max, 10);
  EXPECT_EQ(radar.series[0].values, (std::vector<double>{6, 4, 7.5}));
  const auto& calc = std::get<Calculator>(m.pages[1].blocks[0]);
  EXPECT_EQ(calc.inputs[1].options.size(), 3u);
  EXPECT_DOUBLE_EQ(calc.inputs[0].step, 10);
  EXPECT_EQ(calc.outputs[0].format, OutputFormat::percent);
  EXPECT_EQ(calc.outputs[0].decimals, 0);
  EXPECT_EQ(calc.outputs[1].decimals, 2);
  ASSERT_TRUE(calc.outputs[1].expr);
  std::map<std::string, double, std::less<>> env{{"norm", 1400}, {"personen", 2}};
  env["factor"] = expr::evaluate(*calc.outputs[0].expr, expr::mapLookup(env));
  EXPECT_DOUBLE_EQ(env["factor"], 0.35);
  EXPECT_DOUBLE_EQ(expr::evaluate(*calc.outputs[1].expr, expr::mapLookup(env)), 490);
  const auto& dec = std::get<DecisionExplorer>(m.pages[1].blocks[1]);
  EXPECT_EQ(dec.start, "leeftijd");
  EXPECT_EQ(dec.questions[1].options[0].next, "wlz");
  EXPECT_EQ(dec.questions.at(dec.startQuestion).id, "leeftijd");
  EXPECT_EQ(dec.outcomes.at(dec.questions[1].options[0].nextOutcome).id, "wlz");
  EXPECT_EQ(dec.questions[1].options[0].nextQuestion, noIndex);
  EXPECT_EQ(dec.outcomes.size(), 3u);
}

TEST_F(LoaderFixture, CaseGraphIsResolved) {
  Course c;
  load(&c);
  const Case& k = c.cases[0];
  EXPECT_EQ(k.id, "mantelzorg");
  EXPECT_EQ(k.difficulty, Difficulty::basis);
  EXPECT_EQ(k.personas[0].age, 81);
  EXPECT_FALSE(k.personas[1].age.has_value());
  ASSERT_EQ(k.variables.size(), 4u);
  EXPECT_EQ(k.variables[3].type, VariableType::flag);
  EXPECT_DOUBLE_EQ(k.variables[3].initial, 0);
  EXPECT_DOUBLE_EQ(k.variables[3].max, 1);
  EXPECT_EQ(k.variables[2].group, VariableGroup::gezondheid);
  EXPECT_EQ(k.variables[1].unit, "wk");
  EXPECT_EQ(k.scoring.passPercent, 60);
  EXPECT_EQ(k.startTarget.kind, Target::Kind::node);
  EXPECT_EQ(k.startTarget.index, 0u);
  const Node& n0 = k.nodes[0];
  EXPECT_EQ(n0.speaker, "dochter");
  ASSERT_EQ(n0.perspectives.size(), 2u);
  EXPECT_EQ(n0.perspectives[1].first, "professional");
  const Choice& ch = n0.choices[0];
  ASSERT_EQ(ch.effects.size(), 2u);
  EXPECT_EQ(ch.effects[1].target, "mantelzorger_gehoord");
  ASSERT_EQ(ch.score.size(), 2u);
  EXPECT_EQ(ch.score[0].dimension, "juridisch_kader");  // sorted by dimension id
  EXPECT_EQ(ch.score[0].dimensionIndex, 1u);
  EXPECT_DOUBLE_EQ(ch.score[1].points, 2);
  EXPECT_TRUE(ch.condition.always());
  EXPECT_EQ(ch.target.kind, Target::Kind::node);
  EXPECT_EQ(ch.target.index, 1u);
  const Choice& cond = n0.choices[1];
  ASSERT_FALSE(cond.condition.always());
  EXPECT_EQ(cond.condition.source, "vertrouwen >= 3");
  EXPECT_EQ(k.nodes[1].variants.size(), 1u);
  EXPECT_EQ(k.nodes[1].choices[1].target.kind, Target::Kind::ending);
  EXPECT_EQ(k.nodes[1].choices[1].target.index, 2u);
  const Node& br = k.nodes[2];
  ASSERT_TRUE(br.isBranch());
  EXPECT_FALSE(n0.isBranch());
  EXPECT_TRUE(br.branch[2].condition.always());
  EXPECT_EQ(br.branch[0].target.kind, Target::Kind::ending);
  EXPECT_EQ(br.branch[1].target.index, 1u);
  auto lookup = [](const std::string& name) {
    return name == "score.vraagverheldering" ? 4.0 : name == "vertrouwen" ? 6.0 : 0.0;
  };
  EXPECT_TRUE(expr::isTrue(expr::evaluate(*br.branch[0].condition.expr, lookup)));
  EXPECT_EQ(k.endings[0].rating, Rating::good);
  EXPECT_EQ(k.endings[0].debrief.wentWell.en, "You listened.");
  EXPECT_EQ(k.endings[0].sources.size(), 1u);
  EXPECT_EQ(k.nodeIndex("n03-afsluiting"), 2u);
  EXPECT_EQ(k.endingIndex("einde-zwak"), 2u);
  EXPECT_EQ(k.variableIndex("weken"), 1u);
  EXPECT_EQ(k.dimensionIndex("nope"), std::nullopt);
  EXPECT_EQ(c.glossary.find("melding")->synonyms.get(Lang::en), std::vector<std::string>{"notification"});
  EXPECT_EQ(c.glossary.find("nope"), nullptr);
}

TEST_F(LoaderFixture, MissingCourseFile) {
  MemoryFileSource empty;
  Course c = loadCourse(empty);
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_EQ(c.diagnostics[0].code, "file.missing");
  EXPECT_TRUE(c.modules.empty());
}

TEST_F(LoaderFixture, MissingModuleFileMakesOnlyThatModuleUnavailable) {
  auto course = json("course.json");
  course["modules"].push_back("modules/03-bestaat-niet.json");
  put("course.json", course);
  Course c;
  auto ds = load(&c);
  ASSERT_EQ(c.modules.size(), 3u);
  EXPECT_TRUE(c.modules[0].available);
  EXPECT_FALSE(c.modules[2].available);
  EXPECT_EQ(c.modules[2].id, "bestaat-niet");
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  EXPECT_EQ(ds[0].code, "file.missing");
  EXPECT_EQ(ds[0].file, "course.json");
  EXPECT_EQ(ds[0].pointer, "/modules/2");
  EXPECT_GT(ds[0].line, 0);
}

TEST_F(LoaderFixture, CaseWithErrorIsUnavailableOthersStillLoad) {
  auto k = json("cases/01-mantelzorg.json");
  k["nodes"][0]["choices"][0]["next"] = "n09-bestaat-niet";
  put("cases/01-mantelzorg.json", k);
  Course c;
  auto ds = load(&c);
  EXPECT_FALSE(c.cases[0].available);
  EXPECT_TRUE(c.cases[1].available);
  EXPECT_TRUE(c.modules[0].available);
  auto refs = withCode(ds, "ref.unresolved");
  ASSERT_EQ(refs.size(), 1u) << dump(ds);
  EXPECT_EQ(refs[0].pointer, "/nodes/0/choices/0/next");
  EXPECT_NE(refs[0].message.nl.find("n09-bestaat-niet"), std::string::npos);
  EXPECT_NE(refs[0].message.nl.find("maar die knoop of dat einde bestaat niet"), std::string::npos);
  EXPECT_EQ(c.cases[0].nodes[0].choices[0].target.kind, Target::Kind::none);
}

TEST_F(LoaderFixture, UnknownFieldIsAWarningAndKeepsTheItemAvailable) {
  auto m = json("modules/02-figuren.json");
  m["pages"][0]["colour"] = "rood";
  put("modules/02-figuren.json", m);
  Course c;
  auto ds = load(&c);
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  EXPECT_EQ(ds[0].code, "field.unknown");
  EXPECT_EQ(ds[0].severity, Severity::warning);
  EXPECT_EQ(ds[0].pointer, "/pages/0/colour");
  EXPECT_TRUE(c.modules[1].available);
}

TEST_F(LoaderFixture, NewerFormatVersionIsAnError) {
  auto m = json("modules/02-figuren.json");
  m["formatVersion"] = 2;
  m["somethingNew"] = true;  // not reported: a newer file is not read further
  put("modules/02-figuren.json", m);
  Course c;
  auto ds = load(&c);
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  EXPECT_EQ(ds[0].code, "format.newer-version");
  EXPECT_FALSE(c.modules[1].available);
}

TEST_F(LoaderFixture, WrongKindOfFile) {
  overlay.set("modules/02-figuren.json", *dir.read("cases/02-schulden.json"));
  Course c;
  auto ds = load(&c);
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  EXPECT_EQ(ds[0].code, "schema.kind");
  EXPECT_EQ(ds[0].pointer, "/kind");
}

TEST_F(LoaderFixture, ExpressionErrorsPointIntoTheString) {
  auto k = json("cases/01-mantelzorg.json");
  k["nodes"][0]["choices"][1]["if"] = "vertrouwn >= 3";
  k["nodes"][1]["variants"][0]["if"] = "mantelzorger_gehoord and";
  k["nodes"][0]["choices"][0]["effects"][0] = "onbekend += 2";
  k["nodes"][0]["choices"][0]["effects"][1] = "vertrouwen += x";
  k["nodes"][0]["choices"][0]["score"]["samenwerking"] = 1;
  put("cases/01-mantelzorg.json", k);
  auto ds = load();
  auto unknown = withCode(ds, "expr.unknown-variable");
  ASSERT_EQ(unknown.size(), 3u) << dump(ds);
  EXPECT_EQ(unknown[0].pointer, "/nodes/0/choices/0/effects/0");
  EXPECT_EQ(unknown[1].pointer, "/nodes/0/choices/0/effects/1");
  EXPECT_EQ(unknown[2].pointer, "/nodes/0/choices/1/if");
  EXPECT_NE(unknown[2].message.en.find("\"vertrouwn\""), std::string::npos);
  auto syntax = withCode(ds, "expr.syntax");
  ASSERT_EQ(syntax.size(), 1u) << dump(ds);
  EXPECT_EQ(syntax[0].pointer, "/nodes/1/variants/0/if");
  auto refs = withCode(ds, "ref.unresolved");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].pointer, "/nodes/0/choices/0/score/samenwerking");
}

TEST_F(LoaderFixture, ExpressionColumnIsInsideTheString) {
  overlay.set("cases/02-schulden.json", [&] {
    std::string t = *dir.read("cases/02-schulden.json");
    size_t at = t.find("\"effects\": [\"schuld -= 1000\"]");
    t.replace(at, std::string("\"effects\": [\"schuld -= 1000\"]").size(),
              "\"effects\": [\"schuld -= 1000\"], \"if\": \"schuld > rente\"");
    return t;
  }());
  auto ds = load();
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  // The line holds `"if": "schuld > rente"`; the column points at `rente`.
  std::string line;
  {
    std::string t = *overlay.read("cases/02-schulden.json");
    size_t start = 0;
    for (int l = 1; l < ds[0].line; ++l) start = t.find('\n', start) + 1;
    line = t.substr(start, t.find('\n', start) - start);
  }
  EXPECT_EQ(line.substr(static_cast<size_t>(ds[0].column - 1), 5), "rente");
}

TEST_F(LoaderFixture, TranslationsMustBeComplete) {
  auto g = json("glossary.json");
  g["terms"][0]["definition"].erase("en");
  g["terms"][1]["term"]["nl"] = "";
  put("glossary.json", g);
  auto ds = load();
  auto missing = withCode(ds, "text.missing-translation");
  ASSERT_EQ(missing.size(), 2u) << dump(ds);
  EXPECT_EQ(missing[0].pointer, "/terms/0/definition");
  EXPECT_EQ(missing[0].file, "glossary.json");
  EXPECT_EQ(missing[1].pointer, "/terms/1/term/nl");
}

TEST_F(LoaderFixture, GlossaryLinksAndRelatedTermsMustResolve) {
  auto g = json("glossary.json");
  g["terms"].erase(1);  // keukentafelgesprek
  put("glossary.json", g);
  auto ds = load();
  auto refs = withCode(ds, "ref.unresolved");
  // related in the glossary (a shared file: listed first), the text block (nl+en) in module 1
  // and the node text in case 1 (nl+en)
  ASSERT_EQ(refs.size(), 5u) << dump(ds);
  EXPECT_EQ(refs[0].file, "glossary.json");
  EXPECT_EQ(refs[0].pointer, "/terms/0/related/0");
  EXPECT_EQ(refs[1].file, "modules/01-wmo-basis.json");
  EXPECT_EQ(refs[1].pointer, "/pages/0/blocks/0/text/nl");
  EXPECT_EQ(refs[3].file, "cases/01-mantelzorg.json");
}

TEST_F(LoaderFixture, DuplicateIds) {
  auto k = json("cases/01-mantelzorg.json");
  k["endings"][2]["id"] = "n02-huisbezoek";  // endings share the id space with nodes
  put("cases/01-mantelzorg.json", k);
  auto m = json("modules/02-figuren.json");
  m["id"] = "wmo-basis";
  put("modules/02-figuren.json", m);
  Course c;
  auto ds = load(&c);
  auto dup = withCode(ds, "id.duplicate");
  ASSERT_EQ(dup.size(), 2u) << dump(ds);
  EXPECT_EQ(dup[0].file, "modules/02-figuren.json");
  EXPECT_EQ(dup[1].pointer, "/endings/2/id");
  EXPECT_TRUE(c.modules[0].available);
  EXPECT_FALSE(c.modules[1].available);
}

TEST_F(LoaderFixture, FigureReferencesAndRanges) {
  auto m = json("modules/02-figuren.json");
  auto& blocks = m["pages"][0]["blocks"];
  blocks[0]["rows"][0]["cells"].erase("wmo");
  blocks[0]["rows"][0]["cells"]["jeugdwet"].erase("note");
  blocks[1]["series"][0]["values"]["lichaam"] = 11;
  blocks[1]["series"][0]["values"]["ziel"] = 3;
  auto& calc = m["pages"][1]["blocks"][0];
  calc["inputs"][0]["default"] = 5000;
  calc["outputs"][0]["expr"] = "uitkering / norm";  // uses a later output
  auto& dec = m["pages"][1]["blocks"][1];
  dec["questions"][0]["options"][0]["next"] = "nergens";
  dec["start"] = "wlz";  // an outcome, not a question
  put("modules/02-figuren.json", m);
  auto ds = load();
  EXPECT_EQ(withCode(ds, "comparison.missing-cell").size(), 1u) << dump(ds);
  EXPECT_EQ(withCode(ds, "comparison.clash-without-note").size(), 1u);
  auto range = withCode(ds, "value.out-of-range");
  ASSERT_EQ(range.size(), 2u) << dump(ds);
  EXPECT_EQ(range[0].pointer, "/pages/0/blocks/1/series/0/values/lichaam");
  EXPECT_EQ(range[1].pointer, "/pages/1/blocks/0/inputs/0/default");
  auto refs = withCode(ds, "ref.unresolved");
  ASSERT_EQ(refs.size(), 3u) << dump(ds);
  EXPECT_EQ(refs[0].pointer, "/pages/0/blocks/1/series/0/values/ziel");
  EXPECT_EQ(refs[1].pointer, "/pages/1/blocks/1/questions/0/options/0/next");
  EXPECT_EQ(refs[2].pointer, "/pages/1/blocks/1/start");
  EXPECT_EQ(withCode(ds, "expr.unknown-variable").size(), 1u);
}

TEST_F(LoaderFixture, QuizCorrectCounts) {
  auto m = json("modules/01-wmo-basis.json");
  m["quiz"]["questions"][0]["options"][1]["correct"] = true;
  for (auto& o : m["quiz"]["questions"][1]["options"]) o["correct"] = false;
  put("modules/01-wmo-basis.json", m);
  auto ds = load();
  auto bad = withCode(ds, "quiz.correct-count");
  ASSERT_EQ(bad.size(), 2u) << dump(ds);
  EXPECT_EQ(bad[0].pointer, "/quiz/questions/0/options");
  EXPECT_EQ(bad[1].pointer, "/quiz/questions/1/options");
}

TEST_F(LoaderFixture, CaseSemanticChecks) {
  auto k = json("cases/01-mantelzorg.json");
  k["start"] = "einde-goed";  // must be a node
  k["nodes"][0]["speaker"] = "buurman";
  k["nodes"][0]["perspectives"]["gemeente"] = {{"nl", "x"}, {"en", "y"}};
  k["variables"][0]["initial"] = 12;
  k["nodes"][2]["branch"][0]["next"] = "nergens";
  put("cases/01-mantelzorg.json", k);
  auto ds = load();
  auto refs = withCode(ds, "ref.unresolved");
  ASSERT_EQ(refs.size(), 4u) << dump(ds);
  EXPECT_EQ(refs[0].pointer, "/nodes/0/speaker");
  EXPECT_EQ(refs[1].pointer, "/nodes/0/perspectives/gemeente");
  EXPECT_EQ(refs[2].pointer, "/start");
  EXPECT_EQ(refs[3].pointer, "/nodes/2/branch/0/next");
  EXPECT_EQ(withCode(ds, "value.out-of-range").at(0).pointer, "/variables/0/initial");
}

// "better" says which way a status variable is good: the state panel colours and describes it.
TEST_F(LoaderFixture, VariableSaysWhichWayIsBetter) {
  auto k = json("cases/01-mantelzorg.json");
  k["variables"][0]["better"] = "higher";
  k["variables"][1]["better"] = "lower";
  put("cases/01-mantelzorg.json", k);
  Course c;
  auto ds = load(&c);
  EXPECT_TRUE(ds.empty()) << dump(ds);
  const Case& kase = c.cases[0];
  EXPECT_EQ(kase.variables[0].better, Variable::Better::higher);
  EXPECT_EQ(kase.variables[1].better, Variable::Better::lower);
  EXPECT_EQ(kase.variables[2].better, Variable::Better::unsaid);  // left out: neither

  k["variables"][0]["better"] = "more";
  put("cases/01-mantelzorg.json", k);
  ds = load();
  auto bad = withCode(ds, "schema.enum");
  ASSERT_EQ(bad.size(), 1u) << dump(ds);
  EXPECT_EQ(bad[0].pointer, "/variables/0/better");
}

TEST_F(LoaderFixture, SyntaxErrorHasAPosition) {
  overlay.set("cases/02-schulden.json", "{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}\n");
  Course c;
  auto ds = load(&c);
  ASSERT_EQ(ds.size(), 1u) << dump(ds);
  EXPECT_EQ(ds[0].code, "json.syntax");
  EXPECT_EQ(ds[0].line, 3);
  EXPECT_EQ(ds[0].column, 14);
  EXPECT_FALSE(c.cases[1].available);
  EXPECT_EQ(c.cases[1].id, "schulden");  // from the file name

  overlay.set("cases/02-schulden.json", "");
  ds = load();
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_NE(ds[0].message.en.find("empty"), std::string::npos);
}

TEST(ContentHash, IsFnv1a64) {
  EXPECT_EQ(contentHash(""), 14695981039346656037ull);
  EXPECT_EQ(contentHash("a"), 0xaf63dc4c8601ec8cull);
}

TEST(Loader, CoursePathInASubdirectory) {
  DirectoryFileSource root(LEREN_TEST_DATA_DIR);
  Course c = loadCourse(root, "valid/course.json");
  EXPECT_TRUE(allDiagnostics(c).empty()) << dump(allDiagnostics(c));
  EXPECT_EQ(c.modules.at(0).file, "valid/modules/01-wmo-basis.json");
}

}  // namespace
}  // namespace leren::core

namespace leren::core {
namespace {

// Collects the JSON Pointer of every value in a document.
void pointers(const nlohmann::json& j, const std::string& at, std::vector<std::string>& out) {
  out.push_back(at);
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) pointers(it.value(), at + "/" + it.key(), out);
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) pointers(j[i], at + "/" + std::to_string(i), out);
  }
}

// Every value of every fixture file replaced by a value of another type, one at a time: the
// loader never crashes, always explains (at least one diagnostic unless the value was optional
// and the replacement happens to be valid), and only the touched module or case is affected.
TEST(LoaderRobustness, EveryValueReplacedByAnotherType) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  const std::vector<std::string> files = {"course.json",
                                          "modules/01-wmo-basis.json",
                                          "modules/02-figuren.json",
                                          "cases/01-mantelzorg.json",
                                          "cases/02-schulden.json",
                                          "glossary.json",
                                          "ui/strings.json"};
  const nlohmann::json replacements[] = {nullptr, "", nlohmann::json::array(), nlohmann::json::object(), 12345, true};
  size_t mutations = 0, silent = 0;
  for (const std::string& file : files) {
    nlohmann::json original = nlohmann::json::parse(*dir.read(file), nullptr, false);
    std::vector<std::string> ps;
    pointers(original, "", ps);
    for (size_t i = 1; i < ps.size(); ++i) {  // skip the root
      nlohmann::json changed = original;
      const nlohmann::json& replacement = replacements[i % std::size(replacements)];
      nlohmann::json::json_pointer jp(ps[i]);
      if (changed[jp].type() == replacement.type() || (changed[jp].is_number() && replacement.is_number())) continue;
      changed[jp] = replacement;
      MemoryFileSource overlay;
      overlay.set(file, changed.dump(1));
      // A course with only the file under test (faster; the other items do not matter).
      if (file != "course.json") {
        nlohmann::json course = nlohmann::json::parse(*dir.read("course.json"), nullptr, false);
        bool isModule = file.rfind("modules/", 0) == 0, isCase = file.rfind("cases/", 0) == 0;
        course["modules"] = isModule ? nlohmann::json::array({file}) : nlohmann::json::array();
        course["cases"] = isCase ? nlohmann::json::array({file}) : nlohmann::json::array();
        overlay.set("course.json", course.dump());
      }
      OverlayFileSource source(dir, overlay);
      Course c = loadCourse(source);
      ++mutations;
      auto all = allDiagnostics(c);
      if (all.empty()) ++silent;
      for (const Diagnostic& d : all) {
        EXPECT_FALSE(d.code.empty());
        EXPECT_FALSE(d.message.nl.empty());
        EXPECT_FALSE(d.message.en.empty());
      }
      size_t unavailable = 0;
      for (const Module& m : c.modules) unavailable += m.available ? 0 : 1;
      for (const Case& k : c.cases) unavailable += k.available ? 0 : 1;
      if (file.rfind("modules/", 0) == 0 || file.rfind("cases/", 0) == 0) {
        EXPECT_LE(unavailable, 1u) << file << ps[i];
      }
      if (all.empty()) ADD_FAILURE() << "no diagnostic for " << file << ps[i] << " = " << replacement.dump();
    }
  }
  EXPECT_GT(mutations, 800u);
  // Every value in the fixture has a fixed type in the schema: a change is always reported.
  EXPECT_EQ(silent, 0u);
}

}  // namespace
}  // namespace leren::core

namespace leren::core {
namespace {

TEST(LoaderMarkdown, HtmlAndForeignLinksAreErrorsOtherMarkupAWarning) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  auto m = nlohmann::json::parse(*dir.read("modules/01-wmo-basis.json"), nullptr, false);
  m["pages"][0]["blocks"][1]["text"]["nl"] =
      "Zie \"hier\"\n<b>dit</b> en [de wet](wetten.overheid.nl) en [x](glosary:melding) en "
      "[mail](mailto:a@b.nl) en <JavaScript:alert(1)>.";
  m["pages"][0]["blocks"][1]["text"]["en"] = "| a | b |\n|---|---|\n| 1 | 2 |\n";
  const std::string text = m.dump(2);
  MemoryFileSource overlay;
  overlay.set("modules/01-wmo-basis.json", text);
  OverlayFileSource files(dir, overlay);
  Course c = loadCourse(files);
  auto ds = allDiagnostics(c);
  std::vector<std::string> got;
  for (const Diagnostic& d : ds) got.push_back(std::string(severityName(d.severity)) + " " + d.code + " " + d.pointer);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "error markdown.html /pages/0/blocks/1/text/nl",
                     "error markdown.bad-link /pages/0/blocks/1/text/nl",
                     "error markdown.bad-link /pages/0/blocks/1/text/nl",
                     "error markdown.bad-link /pages/0/blocks/1/text/nl",
                     "warning markdown.unsupported /pages/0/blocks/1/text/en",
                 }));
  // Each points at the spot inside the text, escapes (\" and \n) taken into account.
  const size_t line = text.find("Zie \\\"hier");
  auto columnOf = [&](const std::string& needle) {
    size_t at = text.find(needle, line);
    size_t lineStart = text.rfind('\n', at) + 1;
    return static_cast<int>(at - lineStart) + 1;
  };
  ASSERT_EQ(ds.size(), 5u);
  EXPECT_EQ(ds[0].column, columnOf("<b>"));
  EXPECT_EQ(ds[1].column, columnOf("wetten.overheid.nl"));
  EXPECT_EQ(ds[2].column, columnOf("glosary:melding"));
  EXPECT_EQ(ds[3].column, columnOf("JavaScript:"));
  EXPECT_NE(ds[2].message.en.find("glosary:melding"), std::string::npos);
  EXPECT_FALSE(c.modules[0].available);
}

}  // namespace
}  // namespace leren::core
