// coursetool index DIR: checks the course as `check` does and writes the course index
// (DIR/index.json: course_index.hpp) and the search texts (DIR/search.json) that let the module
// show its first screen and search before it loads any module or case. The build runs it on
// dist/content; a trainer who edits dist/content/ afterwards need not: the module checks an
// edited file in full when it loads it.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "core/course_index.hpp"
#include "core/image_checks.hpp"
#include "core/loader.hpp"
#include "core/markdown_reference.hpp"
#include "core/search.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

namespace {

bool writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

IndexedFile indexed(const FileSource& files, const std::string& path, const std::vector<Diagnostic>& all) {
  IndexedFile f;
  f.file = path;
  if (const std::optional<std::string> text = files.read(path)) {
    f.hash = contentHash(*text);
    f.bytes = text->size();
  }
  for (const Diagnostic& d : all)
    if (d.file == path) f.diagnostics.push_back(d);
  return f;
}

}  // namespace

int runIndex(int argc, char** argv) {
  if (argc != 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: coursetool index DIR\n");
    return 64;
  }
  const std::string dir = argv[1];
  DirectoryFileSource files(dir);
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  const ImageFileChecks images(files);
  options.imageFiles = &images;                         // every picture is there, within the limits and readable
  options.markdownReference = md::readsLikeCommonMark;  // the page's reader reads it as md4c
  const Course course = loadCourse(files, "course.json", options);
  if (!files.read("course.json")) {
    std::fprintf(stderr, "coursetool index: %s/course.json cannot be read\n", dir.c_str());
    return 2;
  }
  const std::string search = writeSearchTexts(searchTextsOf(course));
  if (!writeFile(dir + "/search.json", search)) {
    std::fprintf(stderr, "coursetool index: cannot write %s/search.json\n", dir.c_str());
    return 2;
  }
  // course.json is checked again at every start (it is small); the strings are too, but for
  // their markup, which is the build's verdict when their hash matches; the glossary is
  // trusted like a module when its hash matches. What the build found in course.json and the
  // strings also tells whether their bytes need scanning again (loading::scanFoundNothing).
  IndexedFile courseFile = indexed(files, "course.json", course.diagnostics);
  IndexedFile strings = indexed(files, course.strings.file, course.diagnostics);
  IndexedFile glossary = indexed(files, course.glossary.file, course.diagnostics);
  IndexedFile searchFile = indexed(files, "search.json", {});
  const std::string index = writeCourseIndex(course, courseFile, strings, glossary, searchFile,
                                             courseLetters(files, course), idPositions(files, course));
  if (!writeFile(dir + "/index.json", index)) {
    std::fprintf(stderr, "coursetool index: cannot write %s/index.json\n", dir.c_str());
    return 2;
  }
  const std::vector<Diagnostic> all = allDiagnostics(course);
  std::printf(
      "%s/index.json: %zu modules, %zu cases, %zu bytes; search.json: %zu bytes; %zu error(s), %zu warning(s)\n",
      dir.c_str(), course.modules.size(), course.cases.size(), index.size(), search.size(),
      countSeverity(all, Severity::error), countSeverity(all, Severity::warning));
  return 0;
}
