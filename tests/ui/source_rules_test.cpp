// The layering and drawing rules, checked on the sources: core includes nothing of the UI,
// ImGui, SDL or Emscripten; the UI includes no platform header; views and figures draw text
// and controls only through the wrappers (which report them to the semantic description).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Hit {
  std::string where, line;
};

std::vector<Hit> grep(const std::string& dir, const std::regex& pattern) {
  std::vector<Hit> hits;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(LEREN_SOURCE_DIR) / dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
      if (std::regex_search(line, pattern))
        hits.push_back({fs::relative(entry.path(), LEREN_SOURCE_DIR).string() + ":" + std::to_string(n), line});
  }
  return hits;
}

std::string list(const std::vector<Hit>& hits) {
  std::string out;
  for (const auto& h : hits) out += "\n  " + h.where + ": " + h.line;
  return out;
}

TEST(SourceRules, CoreIncludesNoUiToolkitOrPlatform) {
  const auto hits = grep("src/core", std::regex(R"(#include\s*[<"](imgui|SDL|emscripten|ui/|platform/))"));
  EXPECT_TRUE(hits.empty()) << list(hits);
}

// The core's libraries are three, on purpose (docs/architecture.md): nlohmann_json, md4c and
// stb_image, md4c only in core/markdown_reference.cpp (the reference the build and the page's
// checker compare the page's own Markdown reader with) and stb_image only in
// core/image_decode.cpp (the build and the page read pictures with the same code). Any other
// header in <> is the standard library's: no dots, no slash.
TEST(SourceRules, CoreUsesOnlyItsThreeLibraries) {
  std::vector<Hit> others;
  for (const Hit& h : grep("src/core", std::regex(R"(#include\s*<[^>]*[./][^>]*>)"))) {
    if (h.line.find("<nlohmann/json.hpp>") != std::string::npos ||
        h.line.find("<nlohmann/json_fwd.hpp>") != std::string::npos)
      continue;
    if (h.line.find("<md4c.h>") != std::string::npos && h.where.rfind("src/core/markdown_reference.cpp:", 0) == 0)
      continue;
    if (h.line.find("<stb_image.h>") != std::string::npos && h.where.rfind("src/core/image_decode.cpp:", 0) == 0)
      continue;
    others.push_back(h);
  }
  EXPECT_TRUE(others.empty()) << list(others);
}

// The module's wasm reads Markdown with the core's own reader; md4c (the reference) is for
// coursetool and the page's checker only (44 KB every learner would load).
TEST(SourceRules, TheUiAndThePageNeverUseTheMarkdownReference) {
  std::vector<Hit> hits = grep("src/ui", std::regex(R"(markdown_reference|md4c)"));
  for (const Hit& h : grep("src/platform", std::regex(R"(markdown_reference|md4c)")))
    if (h.where.rfind("src/platform/web/checker/", 0) != 0) hits.push_back(h);
  EXPECT_TRUE(hits.empty()) << list(hits);
}

TEST(SourceRules, TheUiIncludesNoPlatformHeader) {
  const auto hits = grep("src/ui", std::regex(R"(#include\s*[<"](platform/|emscripten|SDL))"));
  EXPECT_TRUE(hits.empty()) << list(hits);
}

TEST(SourceRules, ViewsAndFiguresDrawTextAndControlsOnlyThroughTheWrappers) {
  const std::regex raw(
      R"(ImGui::(Text|TextUnformatted|TextWrapped|TextColored|LabelText|BulletText|Button|SmallButton|Checkbox|RadioButton|Slider\w*|Input\w*|Combo|Selectable|ColorButton|CollapsingHeader|TreeNode\w*)\s*\(|->AddText\s*\()");
  std::vector<Hit> hits = grep("src/ui/views", raw);
  for (const auto& h : grep("src/ui/figures", raw)) hits.push_back(h);
  EXPECT_TRUE(hits.empty()) << "use the wrappers in ui/widgets.hpp:" << list(hits);
}

}  // namespace
