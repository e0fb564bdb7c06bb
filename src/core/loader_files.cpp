#include "core/loader_files.hpp"

#include <algorithm>

#include "core/content_limits.hpp"

namespace leren::core::loading {
namespace {

Diagnostic missingFile(const std::string& courseFile, const std::string& pointer, const std::string& path,
                       TextPosition pos) {
  return Diagnostic{Severity::error,
                    "file.missing",
                    courseFile,
                    pointer,
                    pos.line,
                    pos.column,
                    Text{"Het bestand \"" + path + "\" staat in course.json, maar bestaat niet of is niet te lezen.",
                         "The file \"" + path + "\" is listed in course.json, but does not exist or cannot be read."}};
}

}  // namespace

LimitedReader::Result LimitedReader::read(const std::string& path) {
  Result r;
  std::optional<size_t> size = files_.sizeOf(dir_ + path);
  if (size && *size > limits::kMaxFileBytes) return Result{Outcome::tooLarge, {}, *size};
  if (size && used_ + *size > limits::kMaxCourseBytes) return Result{Outcome::overBudget, {}, *size};
  std::optional<std::string> text = files_.read(dir_ + path);
  if (!text) return r;
  r.size = std::max(text->size(), size.value_or(0));
  if (r.size > limits::kMaxFileBytes) return Result{Outcome::tooLarge, {}, r.size};
  if (used_ + r.size > limits::kMaxCourseBytes) return Result{Outcome::overBudget, {}, r.size};
  used_ += r.size;
  r.outcome = Outcome::read;
  r.text = std::move(*text);
  return r;
}

std::optional<Diagnostic> readProblem(const LimitedReader::Result& r, const std::string& dir, const std::string& path,
                                      FileContext& courseCtx, const std::string& pointer) {
  // Where course.json lists the file is looked up only for a problem that names it: a
  // course.json the build checked is scanned for positions only then (FileContext::parseChecked).
  switch (r.outcome) {
    case LimitedReader::Outcome::read:
      return std::nullopt;
    case LimitedReader::Outcome::missing:
      return missingFile(courseCtx.file(), pointer, path, courseCtx.positionOf(pointer));
    case LimitedReader::Outcome::tooLarge:
      return loading::fileTooLarge(dir + path, r.size);
    case LimitedReader::Outcome::overBudget: {
      const TextPosition at = courseCtx.positionOf(pointer);
      return Diagnostic{
          Severity::error,
          "limit.course-size",
          courseCtx.file(),
          pointer,
          at.line,
          at.column,
          Text{"\"" + path + "\" wordt niet gelezen: alle bestanden van de cursus samen mogen hoogstens " +
                   std::to_string(limits::kMaxCourseBytes / (1024 * 1024)) + " MB zijn.",
               "\"" + path + "\" is not read: all files of the course together may be at most " +
                   std::to_string(limits::kMaxCourseBytes / (1024 * 1024)) + " MB."}};
    }
  }
  return std::nullopt;
}

}  // namespace leren::core::loading
