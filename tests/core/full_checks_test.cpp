// The full checks of a file the build did not check (core/full_checks.hpp): run here, or by the
// page's checker on the file alone, whose findings come back as JSON; and a load that waits
// for findings that answer later (the page's worker) places them when they come.
#include "core/full_checks.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/file_source.hpp"
#include "core/loader_item.hpp"

using namespace leren::core;
using namespace leren::core::loading;

namespace {

std::string validCase() { return *DirectoryFileSource(LEREN_TEST_DATA_DIR "/valid").read("cases/01-mantelzorg.json"); }

// The valid case with a copy of its first node that nothing leads to.
std::string caseWithAnOrphanNode(size_t* at) {
  nlohmann::json c = nlohmann::json::parse(validCase());
  nlohmann::json orphan = c["nodes"][0];
  orphan["id"] = "nobody-comes-here";
  *at = c["nodes"].size();
  c["nodes"].push_back(orphan);
  return c.dump(2);
}

bool has(const std::vector<Diagnostic>& ds, const std::string& code, const std::string& pointer) {
  for (const Diagnostic& d : ds)
    if (d.code == code && d.pointer == pointer) return true;
  return false;
}

// A FullChecks that answers later, as the page's worker does.
class Later : public FullChecks {
 public:
  std::optional<std::vector<Diagnostic>> check(const Module&, const std::string& path, const std::string& text,
                                               const LoadOptions&) override {
    asked.push_back({path, text});
    return std::nullopt;
  }
  std::optional<std::vector<Diagnostic>> check(const Case&, const std::string& path, const std::string& text,
                                               const LoadOptions&) override {
    asked.push_back({path, text});
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> asked;
};

TEST(FullChecks, ThePagesCheckerFindsWhatTheLoaderFindsInTheFileAlone) {
  size_t orphan = 0;
  const std::string text = caseWithAnOrphanNode(&orphan);
  const std::string pointer = "/nodes/" + std::to_string(orphan);
  const std::vector<Diagnostic> found =
      findingsFromJson(fullChecksOfFile(true, "cases/x.json", text, false), "cases/x.json");
  ASSERT_TRUE(has(found, "case.unreachable-node", pointer)) << fullChecksOfFile(true, "cases/x.json", text, false);
  for (const Diagnostic& d : found) EXPECT_EQ(d.file, "cases/x.json");
  // coursetool's verdict (loadCourse) on the same file in its course has the same finding.
  const DirectoryFileSource valid(LEREN_TEST_DATA_DIR "/valid");
  MemoryFileSource files;
  for (const char* f : {"course.json", "modules/01-wmo-basis.json", "modules/02-figuren.json", "ui/strings.json",
                        "cases/02-schulden.json", "glossary.json"})
    files.set(f, *valid.read(f));
  files.set("cases/01-mantelzorg.json", text);
  const Course course = loadCourse(files);
  ASSERT_EQ(course.cases.size(), 2u);
  EXPECT_TRUE(has(course.cases[0].diagnostics, "case.unreachable-node", pointer));
}

TEST(FullChecks, AFileThatDoesNotReadCleanlyGetsNoFullChecks) {
  // Its reading's findings are the page's; the graph checks need well-formed content.
  EXPECT_EQ(fullChecksOfFile(true, "cases/x.json", R"({"kind": "case"})", false), "[]");
  EXPECT_EQ(fullChecksOfFile(false, "modules/x.json", "{", false), "[]");
}

TEST(FullChecks, FindingsGoToJsonAndBack) {
  const std::vector<Diagnostic> findings = {
      {Severity::error, "case.dead-end", "cases/x.json", "/nodes/3", 0, 0, Text{"Doodlopend.", "A dead end."}},
      {Severity::warning, "lint.longest-best", "cases/x.json", "/nodes/1/choices", 0, 0, Text{"Langst.", "Longest."}}};
  const std::vector<Diagnostic> back = findingsFromJson(findingsToJson(findings), "cases/x.json");
  ASSERT_EQ(back.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(back[i].severity, findings[i].severity);
    EXPECT_EQ(back[i].code, findings[i].code);
    EXPECT_EQ(back[i].file, findings[i].file);
    EXPECT_EQ(back[i].pointer, findings[i].pointer);
    EXPECT_EQ(back[i].message.nl, findings[i].message.nl);
    EXPECT_EQ(back[i].message.en, findings[i].message.en);
  }
}

TEST(FullChecks, AnAnswerThatIsNotFindingsIsOneWarningThatSaysWhy) {
  for (const std::string& answer : {std::string(R"({"error": "no Web Worker"})"), std::string("not json"),
                                    std::string(R"([{"severity": "error"}])")}) {
    const std::vector<Diagnostic> got = findingsFromJson(answer, "cases/x.json");
    ASSERT_EQ(got.size(), 1u) << answer;
    EXPECT_EQ(got[0].severity, Severity::warning);
    EXPECT_EQ(got[0].code, "check.unavailable");
    EXPECT_EQ(got[0].file, "cases/x.json");
  }
  EXPECT_NE(findingsFromJson(R"({"error": "no Web Worker"})", "c.json")[0].message.en.find("no Web Worker"),
            std::string::npos);
}

TEST(FullChecks, ALoadWaitsForFindingsThatComeLaterAndPlacesThem) {
  size_t orphan = 0;
  const std::string text = caseWithAnOrphanNode(&orphan);
  static const std::vector<Module> modules;
  Later later;
  LoadOptions options;
  options.fullChecks = &later;
  ItemChecks checks;
  checks.modules = &modules;
  checks.modulesComplete = false;  // the case's links to modules are not this test's
  checks.options = &options;
  LimitedReader::Result file{LimitedReader::Outcome::read, text, text.size()};
  ItemLoad<Case> load("", "cases/x.json", std::move(file), std::nullopt, std::move(checks));
  while (!load.waiting() && load.step()) {}
  ASSERT_TRUE(load.waiting());
  ASSERT_EQ(later.asked.size(), 1u);
  EXPECT_EQ(later.asked[0].first, "cases/x.json");
  EXPECT_EQ(later.asked[0].second, text);  // the file's own bytes go to the checker
  // While it waits, a step does nothing.
  EXPECT_TRUE(load.step());
  EXPECT_TRUE(load.waiting());
  EXPECT_EQ(std::string(load.nextStep()), "checks");

  const std::string pointer = "/nodes/" + std::to_string(orphan);
  load.deliverFindings({{Severity::error, "case.unreachable-node", "cases/x.json", pointer, 0, 0,
                         Text{"Onbereikbaar.", "Unreachable."}}});
  EXPECT_FALSE(load.waiting());
  load.runToEnd();
  ASSERT_TRUE(load.done());
  const std::vector<Diagnostic>& ds = load.item().diagnostics;
  ASSERT_TRUE(has(ds, "case.unreachable-node", pointer));
  for (const Diagnostic& d : ds) {
    if (d.code != "case.unreachable-node") continue;
    EXPECT_GT(d.line, 1);  // placed in the file by the load's own positions
    EXPECT_GT(d.column, 0);
  }
  EXPECT_FALSE(load.item().available);  // an error: the case is not offered
}

}  // namespace
