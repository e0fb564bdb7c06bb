// coursetool stats [--json] [--runs N] [--seed S] DIR: counts per module and case, and the
// policy bots against every case (case_policy.hpp): the ending, score and pass each bot
// reaches, and how often random play reaches a good ending.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/case_policy.hpp"
#include "core/content_stats.hpp"
#include "core/loader.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

namespace {

constexpr const char* kUsage = "usage: coursetool stats [--json] [--runs N] [--seed S] DIR\n";

const char* ratingName(Rating r) {
  static const char* names[] = {"good", "mixed", "poor"};
  return names[static_cast<int>(r)];
}

struct CaseBots {
  const Case* c = nullptr;
  BotReport report;
};

std::vector<CaseBots> runAllBots(const Course& course, size_t runs, uint64_t seed) {
  std::vector<CaseBots> out;
  for (const Case& c : course.cases)
    if (c.available) out.push_back({&c, runBots(c, runs, seed)});
  return out;
}

nlohmann::ordered_json botsJson(const std::vector<CaseBots>& all, size_t runs, uint64_t seed) {
  nlohmann::ordered_json j;
  j["randomRuns"] = runs;
  j["seed"] = seed;
  j["maxRandomGoodShare"] = kMaxRandomGoodShare;
  auto cases = nlohmann::ordered_json::array();
  for (const CaseBots& b : all) {
    nlohmann::ordered_json cj;
    cj["id"] = b.c->id;
    cj["botsLose"] = b.report.botsLose();
    nlohmann::ordered_json policies;
    for (const auto& [policy, game] : b.report.deterministic) {
      nlohmann::ordered_json g;
      g["finished"] = game.finished;
      g["ending"] = game.finished ? nlohmann::ordered_json(b.c->endings[game.ending].id) : nullptr;
      g["rating"] = game.finished ? nlohmann::ordered_json(ratingName(game.rating)) : nullptr;
      g["points"] = game.result.total;
      g["maxPoints"] = game.result.maxTotal;
      g["percent"] = game.result.percent;
      g["passed"] = game.result.passed;
      g["steps"] = game.log.size();
      g["wins"] = game.wins();
      policies[policyName(policy)] = std::move(g);
    }
    cj["policies"] = std::move(policies);
    const RandomPlay& r = b.report.random;
    nlohmann::ordered_json rj;
    rj["runs"] = r.runs;
    rj["goodShare"] = r.goodShare();
    rj["passShare"] = r.passShare();
    rj["unfinished"] = r.unfinished;
    nlohmann::ordered_json endings;
    for (size_t e = 0; e < b.c->endings.size(); ++e) endings[b.c->endings[e].id] = r.endings[e];
    rj["endings"] = std::move(endings);
    rj["wins"] = r.goodShare() > kMaxRandomGoodShare;
    cj["random"] = std::move(rj);
    cases.push_back(std::move(cj));
  }
  j["cases"] = std::move(cases);
  return j;
}

void printBots(const std::vector<CaseBots>& all, size_t runs, uint64_t seed) {
  std::printf(
      "\npolicy bots (random: %zu games, seed %llu). A bot must reach neither a good ending nor the pass mark;\n"
      "random play a good ending in at most %.0f%% of games.\n",
      runs, static_cast<unsigned long long>(seed), 100 * kMaxRandomGoodShare);
  std::printf("%-28s %-9s %-30s %-6s %6s %s\n", "case", "bot", "ending", "rating", "score", "passed");
  size_t won = 0;
  for (const CaseBots& b : all) {
    const char* id = b.c->id.c_str();
    for (const auto& [policy, game] : b.report.deterministic) {
      std::printf("%-28s %-9s %-30s %-6s %5.0f%% %-3s%s\n", id, policyName(policy),
                  game.finished ? b.c->endings[game.ending].id.c_str() : "(no ending)",
                  game.finished ? ratingName(game.rating) : "-", game.result.percent, game.result.passed ? "yes" : "no",
                  game.wins() ? "     WINS" : "");
      id = "";
    }
    const RandomPlay& r = b.report.random;
    const bool wins = r.goodShare() > kMaxRandomGoodShare;
    std::printf("%-28s %-9s good ending in %.1f%% of games, passed in %.1f%%%s\n", "", "random", 100 * r.goodShare(),
                100 * r.passShare(), wins ? "  WINS" : "");
    won += b.report.botsLose() ? 0 : 1;
  }
  std::printf("bots win %zu of %zu cases\n", won, all.size());
}

bool parseNumber(const char* text, uint64_t& out) {
  const std::string s = text;
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::strtoull(s.c_str(), nullptr, 10);
  return true;
}

}  // namespace

int runStats(int argc, char** argv) {
  bool asJson = false;
  uint64_t runs = 1000, seed = 1;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0) {
      asJson = true;
    } else if ((std::strcmp(argv[i], "--runs") == 0 || std::strcmp(argv[i], "--seed") == 0) && i + 1 < argc) {
      const bool isRuns = argv[i][2] == 'r';
      if (!parseNumber(argv[++i], isRuns ? runs : seed) || (isRuns && runs == 0)) {
        std::fprintf(stderr, "%s", kUsage);
        return 64;
      }
    } else if (argv[i][0] == '-' || !dir.empty()) {
      std::fprintf(stderr, "%s", kUsage);
      return 64;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "%s", kUsage);
    return 64;
  }
  DirectoryFileSource files(dir);
  LoadOptions options;
  options.analyzeCases = false;  // counting only
  options.lint = false;
  Course course = loadCourse(files, "course.json", options);
  CourseStats stats = computeStats(course);
  const std::vector<CaseBots> bots = runAllBots(course, runs, seed);
  if (asJson) {
    // The counts as core writes them, with the bots added.
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(statsToJson(stats));
    j["bots"] = botsJson(bots, runs, seed);
    std::printf("%s\n", j.dump(2).c_str());
    return 0;
  }
  std::printf("%-8s %-32s %5s %5s %5s %5s %5s %5s %5s %7s %7s %5s %5s\n", "kind", "id", "pages", "figs", "quest",
              "check", "nodes", "ends", "chois", "wordsNl", "wordsEn", "srcs", "terms");
  for (const ItemStats& s : stats.items) {
    std::printf("%-8s %-32s %5d %5d %5d %5d %5d %5d %5d %7d %7d %5d %5d%s\n", s.kind.c_str(), s.id.c_str(), s.pages,
                s.figures, s.questions, s.checks, s.nodes, s.endings, s.choices, s.wordsNl, s.wordsEn, s.sources,
                s.glossaryTerms, s.available ? "" : "  (unavailable)");
  }
  std::printf("glossary terms: %d, UI strings: %d, words nl: %d, en: %d\n", stats.glossaryTerms, stats.uiStrings,
              stats.wordsNl, stats.wordsEn);
  printBots(bots, runs, seed);
  return 0;
}
