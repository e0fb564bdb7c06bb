// coursetool ui-keys [DIR]: the UI string keys the code uses (core/ui_keys.hpp, generated from
// src/ at build time) with where each is first used; with DIR, only the ones its UI strings lack.
#include <cstdio>
#include <string>

#include "core/loader.hpp"
#include "core/ui_keys.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

int runUiKeys(int argc, char** argv) {
  if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
    std::fprintf(stderr, "usage: coursetool ui-keys [DIR]\n");
    return 64;
  }
  const std::vector<UiKeyUse>& keys = uiKeysUsedByCode();
  for (const UiKeyUse& call : uiKeyCallsNotFollowed())
    std::fprintf(stderr, "%.*s:%d: key not followed: %.*s\n", static_cast<int>(call.file.size()), call.file.data(),
                 call.line, static_cast<int>(call.key.size()), call.key.data());
  if (argc < 2) {
    for (const UiKeyUse& k : keys)
      std::printf("%.*s\t%.*s:%d\n", static_cast<int>(k.key.size()), k.key.data(), static_cast<int>(k.file.size()),
                  k.file.data(), k.line);
    return 0;
  }
  DirectoryFileSource files(argv[1]);
  LoadOptions options;
  options.analyzeCases = false;
  Course course = loadCourse(files, "course.json", options);
  size_t missing = 0;
  for (const UiKeyUse& k : keys) {
    if (course.strings.strings.count(std::string(k.key))) continue;
    ++missing;
    std::printf("%.*s\t%.*s:%d\n", static_cast<int>(k.key.size()), k.key.data(), static_cast<int>(k.file.size()),
                k.file.data(), k.line);
  }
  return missing > 0 ? 2 : 0;
}
