// libFuzzer target: the loader (and the case analysis it runs) never crashes on any content
// file. The first input byte picks which file of a small valid course the rest replaces.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/file_source.hpp"
#include "core/loader.hpp"

using namespace leren::core;

namespace {

const char* const kCourse = R"({"$schema":"schema/content.schema.json","formatVersion":1,"kind":"course","id":"fuzz",
"title":{"nl":"F","en":"F"},"subtitle":{"nl":"F","en":"F"},"peildatum":"2026-11-01",
"modules":["modules/m.json"],"cases":["cases/c.json"],"glossary":"glossary.json","strings":"ui/strings.json"})";
const char* const kGlossary =
    R"({"$schema":"schema/content.schema.json","formatVersion":1,"kind":"glossary","terms":[]})";
const char* const kStrings =
    R"({"$schema":"../schema/content.schema.json","formatVersion":1,"kind":"strings","strings":{}})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kTargets[] = {"cases/c.json", "modules/m.json", "course.json", "glossary.json",
                                         "ui/strings.json"};
  const char* target = kTargets[data[0] % 5];
  MemoryFileSource files;
  files.set("course.json", kCourse);
  files.set("glossary.json", kGlossary);
  files.set("ui/strings.json", kStrings);
  files.set(target, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  const Course course = loadCourse(files);
  for (const Diagnostic& d : allDiagnostics(course))
    if (d.code.empty() || d.message.nl.empty() || d.message.en.empty()) __builtin_trap();
  return 0;
}
