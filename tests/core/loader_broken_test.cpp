// Every file in tests/data/broken (structural mistakes, also rejected by the JSON Schema) and
// tests/data/semantic (mistakes only the loader catches) must produce exactly the diagnostic
// listed in that folder's expected.json: code, JSON Pointer, line and column. Each file
// replaces one file of the valid fixture course.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/loader.hpp"

namespace leren::core {
namespace {

struct Expectation {
  std::string name, replaces, code, pointer;
  int line = 0, column = 0;
};

std::vector<Expectation> readExpectations(const std::string& folder) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/" + folder);
  auto text = dir.read("expected.json");
  EXPECT_TRUE(text) << folder << "/expected.json is missing";
  std::vector<Expectation> out;
  if (!text) return out;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  EXPECT_TRUE(j.is_object());
  for (auto it = j.begin(); it != j.end(); ++it) {
    Expectation e;
    e.name = it.key();
    e.replaces = it.value().value("replaces", "");
    e.code = it.value().value("code", "");
    e.pointer = it.value().value("pointer", "");
    e.line = it.value().value("line", 0);
    e.column = it.value().value("column", 0);
    out.push_back(e);
  }
  return out;
}

std::string dump(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += "  " + formatDiagnostic(d, Lang::en) + "\n";
  return out;
}

void checkFolder(const std::string& folder, size_t minimumFiles) {
  DirectoryFileSource valid(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  DirectoryFileSource broken(std::string(LEREN_TEST_DATA_DIR) + "/" + folder);
  std::vector<Expectation> expectations = readExpectations(folder);
  EXPECT_GE(expectations.size(), minimumFiles);
  for (const Expectation& e : expectations) {
    SCOPED_TRACE(folder + "/" + e.name);
    auto text = broken.read(e.name);
    if (!text) {
      ADD_FAILURE() << "file missing";
      continue;
    }
    MemoryFileSource overlay;
    overlay.set(e.replaces, *text);
    OverlayFileSource files(valid, overlay);
    Course course = loadCourse(files);
    std::vector<Diagnostic> all = allDiagnostics(course);
    std::vector<Diagnostic> errors;
    for (const Diagnostic& d : all)
      if (d.severity == Severity::error) errors.push_back(d);
    // Exactly one mistake, so exactly one error.
    if (errors.size() != 1) {
      ADD_FAILURE() << "expected exactly one error, got " << errors.size() << ":\n" << dump(all);
      continue;
    }
    const Diagnostic& d = errors[0];
    EXPECT_EQ(d.code, e.code) << dump(all);
    EXPECT_EQ(d.pointer, e.pointer) << dump(all);
    EXPECT_EQ(d.file, e.replaces == "course.json" || d.code != "file.missing" ? e.replaces : "course.json");
    EXPECT_EQ(d.line, e.line) << dump(all);
    EXPECT_EQ(d.column, e.column) << dump(all);
    EXPECT_FALSE(d.message.nl.empty());
    EXPECT_FALSE(d.message.en.empty());
    EXPECT_NE(d.message.nl, d.message.en);
    // The module or case with the mistake is unavailable; the rest stays available.
    size_t unavailable = 0;
    for (const Module& m : course.modules) unavailable += m.available ? 0 : 1;
    for (const Case& c : course.cases) unavailable += c.available ? 0 : 1;
    bool itemFile = e.replaces.rfind("modules/", 0) == 0 || e.replaces.rfind("cases/", 0) == 0;
    EXPECT_EQ(unavailable, itemFile ? 1u : 0u);
  }
}

TEST(BrokenContent, EachStructuralMistakeGivesItsDiagnostic) { checkFolder("broken", 30); }

TEST(SemanticContent, EachMeaningMistakeGivesItsDiagnostic) { checkFolder("semantic", 10); }

}  // namespace
}  // namespace leren::core
