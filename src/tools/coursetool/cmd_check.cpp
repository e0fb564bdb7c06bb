// coursetool check DIR: every diagnostic of the course, grouped per file, in compiler style.
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "core/image_checks.hpp"
#include "core/loader.hpp"
#include "core/markdown_reference.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

int runCheck(int argc, char** argv) {
  Lang lang = Lang::nl;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
      auto l = parseLang(argv[++i]);
      if (!l) {
        std::fprintf(stderr, "coursetool check: --lang takes nl or en\n");
        return 64;
      }
      lang = *l;
    } else if (argv[i][0] == '-' || !dir.empty()) {
      std::fprintf(stderr, "usage: coursetool check DIR [--lang nl|en]\n");
      return 64;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: coursetool check DIR [--lang nl|en]\n");
    return 64;
  }
  DirectoryFileSource files(dir);
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  const ImageFileChecks images(files);
  options.imageFiles = &images;                         // every picture is there, within the limits and readable
  options.markdownReference = md::readsLikeCommonMark;  // the page's reader reads it as md4c
  Course course = loadCourse(files, "course.json", options);
  std::vector<Diagnostic> all = allDiagnostics(course);

  // Group per file, files in the order they first appear (course order).
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Diagnostic*>> byFile;
  for (const Diagnostic& d : all) {
    if (byFile.find(d.file) == byFile.end()) order.push_back(d.file);
    byFile[d.file].push_back(&d);
  }
  for (const std::string& file : order) {
    std::printf("%s\n", file.c_str());
    for (const Diagnostic* d : byFile[file]) std::printf("  %s\n", formatDiagnostic(*d, lang).c_str());
  }
  size_t errors = countSeverity(all, Severity::error), warnings = countSeverity(all, Severity::warning);
  size_t unavailable = 0;
  for (const Module& m : course.modules) unavailable += m.available ? 0 : 1;
  for (const Case& c : course.cases) unavailable += c.available ? 0 : 1;
  if (lang == Lang::nl) {
    std::printf("%zu modules, %zu casussen: %zu fout(en), %zu waarschuwing(en); %zu niet beschikbaar.\n",
                course.modules.size(), course.cases.size(), errors, warnings, unavailable);
  } else {
    std::printf("%zu modules, %zu cases: %zu error(s), %zu warning(s); %zu unavailable.\n", course.modules.size(),
                course.cases.size(), errors, warnings, unavailable);
  }
  return errors > 0 ? 2 : warnings > 0 ? 1 : 0;
}
