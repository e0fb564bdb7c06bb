// coursetool stats [--json] DIR: counts per module and case.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/content_stats.hpp"
#include "core/loader.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

int runStats(int argc, char** argv) {
  bool asJson = false;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0) {
      asJson = true;
    } else if (argv[i][0] == '-' || !dir.empty()) {
      std::fprintf(stderr, "usage: coursetool stats [--json] DIR\n");
      return 64;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: coursetool stats [--json] DIR\n");
    return 64;
  }
  DirectoryFileSource files(dir);
  LoadOptions options;
  options.analyzeCases = false;  // counting only
  Course course = loadCourse(files, "course.json", options);
  CourseStats stats = computeStats(course);
  if (asJson) {
    std::printf("%s\n", statsToJson(stats).c_str());
    return 0;
  }
  std::printf("%-8s %-32s %5s %5s %5s %5s %5s %5s %7s %7s %5s %5s\n", "kind", "id", "pages", "figs", "quest", "nodes",
              "ends", "chois", "wordsNl", "wordsEn", "srcs", "terms");
  for (const ItemStats& s : stats.items) {
    std::printf("%-8s %-32s %5d %5d %5d %5d %5d %5d %7d %7d %5d %5d%s\n", s.kind.c_str(), s.id.c_str(), s.pages,
                s.figures, s.questions, s.nodes, s.endings, s.choices, s.wordsNl, s.wordsEn, s.sources, s.glossaryTerms,
                s.available ? "" : "  (unavailable)");
  }
  std::printf("glossary terms: %d, UI strings: %d, words nl: %d, en: %d\n", stats.glossaryTerms, stats.uiStrings,
              stats.wordsNl, stats.wordsEn);
  return 0;
}
