#pragma once
// The valid fixture course (tests/data/valid) as an editable copy, for the loader tests that
// break one file and look at the verdict: `put` a changed file over the original, then load
// `files`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/file_source.hpp"
#include "core/loader.hpp"

namespace leren::core::test {

inline const std::string kValidCourseDir = std::string(LEREN_TEST_DATA_DIR) + "/valid";

// One line per diagnostic, in English: for a failing test's message.
inline std::string dump(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += formatDiagnostic(d, Lang::en) + "\n";
  return out;
}

inline std::vector<Diagnostic> withCode(const std::vector<Diagnostic>& ds, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : ds)
    if (d.code == code) out.push_back(d);
  return out;
}

class ValidCourse : public ::testing::Test {
 protected:
  DirectoryFileSource dir{kValidCourseDir};
  MemoryFileSource overlay;
  OverlayFileSource files{dir, overlay};

  std::string text(const std::string& path) { return *dir.read(path); }
  nlohmann::json json(const std::string& path) { return nlohmann::json::parse(text(path), nullptr, false); }
  void put(const std::string& path, std::string content) { overlay.set(path, std::move(content)); }
  void put(const std::string& path, const nlohmann::json& j) { overlay.set(path, j.dump(2)); }
};

}  // namespace leren::core::test
