// The adversarial set in tests/data/hostile: courses broken the way a hurried trainer or an
// attacker would break them (encodings, numbers, paths, links, sizes, depth, duplicates,
// references across files, shared files broken). Each must load without crashing and give
// exactly the verdict its manifest (expected.json) states: every error and warning with file,
// line:column and pointer, and which modules and cases are unavailable. The manifest also
// serves the browser run of the same set.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/loader.hpp"

namespace leren::core {
namespace {

using ordered = nlohmann::ordered_json;
const std::string kHostile = std::string(LEREN_TEST_DATA_DIR) + "/hostile/";

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// One file of a case, as the manifest describes it (see its "about").
std::string materialise(const ordered& spec) {
  if (spec.is_string()) return readBytes(kHostile + spec.get<std::string>());
  if (spec.contains("generate")) {
    const ordered& g = spec["generate"];
    std::string out = g["prefix"].get<std::string>();
    const std::string repeat = g["repeat"].get<std::string>();
    for (int i = 0; i < g["times"].get<int>(); ++i) out += repeat;
    return out + g["suffix"].get<std::string>();
  }
  ordered doc = ordered::parse(readBytes(kHostile + spec["from"].get<std::string>()), nullptr, false);
  nlohmann::json_pointer<std::string> member(spec["removeMember"].get<std::string>());
  doc[member.parent_pointer()].erase(member.back());
  return doc.dump(2);
}

std::string describe(const Diagnostic& d) {
  return d.code + " " + d.file + " " + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.pointer;
}

std::vector<std::string> expected(const ordered& list) {
  std::vector<std::string> out;
  for (const ordered& e : list)
    out.push_back(e["code"].get<std::string>() + " " + e["file"].get<std::string>() + " " +
                  std::to_string(e["line"].get<int>()) + ":" + std::to_string(e["column"].get<int>()) + " " +
                  e["pointer"].get<std::string>());
  return out;
}

TEST(HostileContent, EveryCaseGivesItsVerdict) {
  const ordered manifest = ordered::parse(readBytes(kHostile + "expected.json"), nullptr, false);
  ASSERT_TRUE(manifest.is_object());
  DirectoryFileSource valid(kHostile + manifest["base"]["dir"].get<std::string>());
  size_t broken = 0;
  for (const ordered& c : manifest["cases"]) {
    const std::string name = c["name"].get<std::string>();
    SCOPED_TRACE(name);
    MemoryFileSource overlay;
    for (const auto& [path, spec] : manifest["base"]["files"].items()) overlay.set(path, materialise(spec));
    for (const auto& [path, spec] : c["files"].items()) overlay.set(path, materialise(spec));
    OverlayFileSource files(valid, overlay);
    LoadOptions options;
    options.requiredUiKeys = &uiKeysUsedByCode();
    const Course course = loadCourse(files, "course.json", options);

    std::vector<std::string> errors, warnings;
    for (const Diagnostic& d : allDiagnostics(course)) {
      (d.severity == Severity::error ? errors : warnings).push_back(describe(d));
      EXPECT_GT(d.line, 0) << describe(d);  // every finding is located
      EXPECT_FALSE(d.message.nl.empty());
      EXPECT_FALSE(d.message.en.empty());
      EXPECT_NE(d.message.nl, d.message.en);
    }
    const ordered& expect = c["expect"];
    EXPECT_EQ(errors, expected(expect["errors"]));
    EXPECT_EQ(warnings, expected(expect["warnings"]));
    std::vector<std::string> modules, cases;
    for (const Module& m : course.modules)
      if (!m.available) modules.push_back(m.file);
    for (const Case& k : course.cases)
      if (!k.available) cases.push_back(k.file);
    EXPECT_EQ(modules, expect["unavailable"]["modules"].get<std::vector<std::string>>());
    EXPECT_EQ(cases, expect["unavailable"]["cases"].get<std::vector<std::string>>());
    broken += errors.empty() ? 0 : 1;

    // The browser loads without playing the cases (src/app/main.cpp): the verdict is the same.
    options.playCases = false;
    std::vector<std::string> inBrowser;
    for (const Diagnostic& d : allDiagnostics(loadCourse(files, "course.json", options)))
      inBrowser.push_back(describe(d));
    std::vector<std::string> both = errors;
    both.insert(both.end(), warnings.begin(), warnings.end());
    std::sort(both.begin(), both.end());
    std::sort(inBrowser.begin(), inBrowser.end());
    EXPECT_EQ(inBrowser, both);
  }
  EXPECT_GE(broken, 30u);
}

}  // namespace
}  // namespace leren::core
