// A module or case file loads in steps, so that ContentLoader can run one per slice of a frame:
// checking the bytes, building the tree, reading the model and freeing the tree are separate
// steps (for a big file each is a quarter to a third of the work); a file whose bytes are
// refused gets no tree.
#include "core/loader_item.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/file_source.hpp"

using namespace leren::core;
using namespace leren::core::loading;

namespace {

std::vector<std::string> stepsOf(const std::string& text, std::vector<Diagnostic>* diagnostics = nullptr) {
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
  return steps;
}

TEST(LoaderItem, BytesTreeAndModelAreStepsOfTheirOwn) {
  const std::string text = *DirectoryFileSource(LEREN_TEST_DATA_DIR "/valid").read("cases/01-mantelzorg.json");
  const std::vector<std::string> steps = stepsOf(text);
  ASSERT_GE(steps.size(), 4u);
  EXPECT_EQ(steps[0], "scan");
  EXPECT_EQ(steps[1], "parse");
  EXPECT_EQ(steps[2], "read");
  EXPECT_EQ(steps[3], "release");
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
