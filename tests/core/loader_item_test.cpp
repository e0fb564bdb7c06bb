// A module or case file loads in steps, so that ContentLoader can run one per slice of a frame:
// checking the bytes, building the tree, reading the model and freeing the tree are separate
// steps (for a big file each is a quarter to a third of the work); a big case's nodes are read
// over several steps; a file whose bytes are refused gets no tree.
#include "core/loader_item.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/file_source.hpp"

using namespace leren::core;
using namespace leren::core::loading;

namespace {

std::vector<std::string> stepsOf(const std::string& text, std::vector<Diagnostic>* diagnostics = nullptr,
                                 Case* read = nullptr) {
  static const std::vector<Module> modules;
  static const LoadOptions options;
  LimitedReader::Result file;
  file.outcome = LimitedReader::Outcome::read;
  file.text = text;
  file.size = text.size();
  ItemChecks checks;
  checks.modules = &modules;
  checks.options = &options;
  ItemLoad<Case> load("", "cases/x.json", std::move(file), std::nullopt, std::move(checks));
  std::vector<std::string> steps;
  do {
    steps.push_back(load.nextStep());
  } while (load.step());
  if (diagnostics) *diagnostics = load.item().diagnostics;
  if (read) *read = load.item();
  return steps;
}

TEST(LoaderItem, BytesTreeAndModelAreStepsOfTheirOwn) {
  const std::string text = *DirectoryFileSource(LEREN_TEST_DATA_DIR "/valid").read("cases/01-mantelzorg.json");
  const std::vector<std::string> steps = stepsOf(text);
  ASSERT_GE(steps.size(), 5u);
  EXPECT_EQ(steps[0], "scan");
  EXPECT_EQ(steps[1], "parse");
  EXPECT_EQ(steps[2], "read");  // what comes before the nodes
  EXPECT_EQ(steps[3], "read");  // the nodes, the endings and the references
  EXPECT_EQ(steps[4], "release");
}

// A case of 2,000 nodes took 85 ms to read in the wasm in one piece: a long task.
TEST(LoaderItem, ABigCasesNodesAreReadOverSeveralSteps) {
  nlohmann::json c =
      nlohmann::json::parse(*DirectoryFileSource(LEREN_TEST_DATA_DIR "/valid").read("cases/01-mantelzorg.json"));
  const size_t original = c["nodes"].size();
  const nlohmann::json first = c["nodes"][0];
  for (int k = 0; k < 300; ++k) {  // copies of the first node, pointing where it points
    nlohmann::json copy = first;
    copy["id"] = "kopie-" + std::to_string(k);
    for (auto& ch : copy["choices"]) ch["id"] = ch["id"].get<std::string>() + "-" + std::to_string(k);
    c["nodes"].push_back(copy);
  }
  Case read;
  std::vector<Diagnostic> found;
  const std::vector<std::string> steps = stepsOf(c.dump(), &found, &read);
  EXPECT_GE(std::count(steps.begin(), steps.end(), "read"), 4);
  ASSERT_EQ(read.nodes.size(), original + 300);
  EXPECT_EQ(read.nodes.back().id, "kopie-299");
  ASSERT_FALSE(read.nodes.back().choices.empty());
  for (size_t k = 0; k < read.nodes[0].choices.size(); ++k) {
    EXPECT_EQ(read.nodes.back().choices[k].target.kind, read.nodes[0].choices[k].target.kind);
    EXPECT_EQ(read.nodes.back().choices[k].target.index, read.nodes[0].choices[k].target.index);
  }
  for (const Diagnostic& d : found)  // (learnMore names modules, which this test has none of)
    EXPECT_FALSE(d.code == "ref.unresolved" && d.pointer.find("/next") != std::string::npos) << d.pointer;
}

TEST(LoaderItem, AFileWhoseBytesAreRefusedGetsNoTree) {
  std::vector<Diagnostic> found;
  const std::vector<std::string> steps = stepsOf("{\"id\": \"caf\xe9\"}", &found);  // Latin-1, not UTF-8
  ASSERT_GE(steps.size(), 2u);
  EXPECT_EQ(steps[0], "scan");
  EXPECT_EQ(steps[1], "read");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].code, "json.utf8");
}

TEST(LoaderItem, ASyntaxErrorIsFoundWhenTheTreeIsBuilt) {
  std::vector<Diagnostic> found;
  const std::vector<std::string> steps = stepsOf("{\"id\": \"x\",, }", &found);
  ASSERT_GE(steps.size(), 3u);
  EXPECT_EQ(steps[1], "parse");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].code, "json.syntax");
  EXPECT_EQ(found[0].line, 1);
}

}  // namespace
