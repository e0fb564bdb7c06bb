// coursetool: checks, counts and plays course content from the command line.
#include <cstdio>
#include <cstring>

#include "tools/coursetool/commands.hpp"

// runPlay lives in cmd_play.cpp; weak so that coursetool still builds while it does not exist.
__attribute__((weak)) int runPlay(int argc, char** argv);

namespace {

void usage(std::FILE* out) {
  std::fputs(
      "coursetool - check, count and play Sociaal Domein Leren content\n"
      "\n"
      "  coursetool check DIR [--lang nl|en]\n"
      "      All diagnostics and case-analysis findings, grouped per file.\n"
      "      Exit 0: clean, 1: warnings only, 2: errors.\n"
      "  coursetool ui-keys [DIR]\n"
      "      The UI string keys the code uses (found in src/ when coursetool was built), with\n"
      "      where; with DIR, only those missing from its UI strings. Exit 2 when any is missing.\n"
      "  coursetool index DIR\n"
      "      Checks the course and writes DIR/index.json (what the first screen, search and progress\n"
      "      need, and each file's hash) and DIR/search.json. The build runs it on dist/content.\n"
      "  coursetool stats [--json] [--runs N] [--seed S] DIR\n"
      "      Counts per module and case, and the policy bots against every case (random: N games,\n"
      "      default 1000).\n"
      "  coursetool play DIR CASE --choices 1,3,2 [--lang nl|en]\n"
      "  coursetool play DIR CASE --policy first|last|longest|shortest|cues|random [--runs N] [--seed S]\n"
      "      Runs a case headless and prints the path, the state after each step and the ending;\n"
      "      with --policy a bot chooses (random with --runs N: how often each ending is reached).\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 64 : 0;
  }
  const char* command = argv[1];
  if (std::strcmp(command, "check") == 0) return runCheck(argc - 1, argv + 1);
  if (std::strcmp(command, "stats") == 0) return runStats(argc - 1, argv + 1);
  if (std::strcmp(command, "ui-keys") == 0) return runUiKeys(argc - 1, argv + 1);
  if (std::strcmp(command, "index") == 0) return runIndex(argc - 1, argv + 1);
  if (std::strcmp(command, "play") == 0) {
    if (!runPlay) {
      std::fputs("coursetool: 'play' is not built into this version\n", stderr);
      return 64;
    }
    return runPlay(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "coursetool: unknown command '%s'\n\n", command);
  usage(stderr);
  return 64;
}
