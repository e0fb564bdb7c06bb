// libFuzzer target: a whole course, several files at once, through the loader (parse, limits,
// every check, the case analysis, the UI key check). Where fuzz_loader swaps one file of a
// fixed course, this one lets the input say which files exist and what is in them, so
// references across files (ids used twice, the glossary, strings, course.json's lists, paths)
// are fuzzed too. Input: sections "@@ <path>\n<content>", each a file of an in-memory course:
//   @@ course.json
//   {"formatVersion":1,"kind":"course",...}
//   @@ modules/m.json
//   ...
// Seeds: tests/fuzz/corpus/fuzz_course/ (the valid fixture, in halves); dictionary: the
// format's keys and values, tests/fuzz/content.dict (run-fuzzers.sh passes it).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/file_source.hpp"
#include "core/image_checks.hpp"
#include "core/loader.hpp"

using namespace leren::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  MemoryFileSource files;
  std::set<std::string> given;
  size_t at = input.rfind("@@ ", 0) == 0 ? 0 : input.find("\n@@ ");
  while (at != std::string_view::npos) {
    const size_t pathStart = at + (input[at] == '\n' ? 4 : 3);
    const size_t pathEnd = input.find('\n', pathStart);
    if (pathEnd == std::string_view::npos) break;
    const size_t next = input.find("\n@@ ", pathEnd);
    const std::string path(input.substr(pathStart, pathEnd - pathStart));
    files.set(path, std::string(input.substr(pathEnd + 1, next == std::string_view::npos ? next : next - pathEnd - 1)));
    given.insert(path);
    at = next;
  }
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  options.playCases = size % 8 == 0;  // playing is slow; some inputs still do it
  const ImageFileChecks images(files);
  options.imageFiles = &images;  // "@@ images/x.png" sections reach the PNG/JPEG reader
  const Course course = loadCourse(files, "course.json", options);
  for (const Diagnostic& d : allDiagnostics(course)) {
    if (d.code.empty() || d.message.nl.empty() || d.message.en.empty()) __builtin_trap();
    // Every finding about a file that exists says where in it.
    if (given.count(d.file) && d.line <= 0) __builtin_trap();
  }
  return 0;
}
