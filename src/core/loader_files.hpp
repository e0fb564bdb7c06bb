#pragma once
// Internal to the loader: reads the files course.json lists within the size limits, and says
// what went wrong with one that could not be read (missing, too large, over the course budget).
#include <cstddef>
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "core/file_source.hpp"
#include "core/loader_reader.hpp"

namespace leren::core::loading {

// One file at most limits::kMaxFileBytes (refused before it is read where the source knows its
// size), all of them together at most limits::kMaxCourseBytes.
class LimitedReader {
 public:
  enum class Outcome { read, missing, tooLarge, overBudget };
  struct Result {
    Outcome outcome = Outcome::missing;
    std::string text;
    size_t size = 0;
  };

  LimitedReader(const FileSource& files, std::string dir) : files_(files), dir_(std::move(dir)) {}
  // Counts bytes read elsewhere (course.json) against the budget.
  void count(size_t bytes) { used_ += bytes; }
  Result read(const std::string& path);

 private:
  const FileSource& files_;
  std::string dir_;
  size_t used_ = 0;
};

// What went wrong reading the listed file `path` (at `pointer` in course.json), as a
// diagnostic; nullopt when it was read.
std::optional<Diagnostic> readProblem(const LimitedReader::Result& r, const std::string& dir, const std::string& path,
                                      FileContext& courseCtx, const std::string& pointer);

}  // namespace leren::core::loading
