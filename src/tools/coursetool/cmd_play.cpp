// coursetool play DIR CASE [--choices 1,3,2 | --policy P [--runs N] [--seed S]] [--lang nl|en]
//                          [--coverage]
// Plays a case headless: the easiest way to test a case while writing it. Each entry of
// --choices is a 1-based index into the choices *available* at that step, or a choice id.
// Prints the path, the state after every step and the ending with its result; without enough
// choices it stops at the current node and lists what can be chosen next.
// --policy lets a bot choose (case_policy.hpp); `random` with --runs N > 1 plays N games and
// prints how often each ending was reached.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "core/case_analysis.hpp"
#include "core/case_engine.hpp"
#include "core/case_policy.hpp"
#include "core/file_source.hpp"
#include "core/loader.hpp"
#include "tools/coursetool/commands.hpp"

using namespace leren::core;

namespace {

void usage() {
  std::fprintf(stderr,
               "usage: coursetool play DIR CASE [--choices 1,3,2 | --policy P [--runs N] [--seed S]]\n"
               "                           [--lang nl|en] [--coverage]\n"
               "  CASE       case id (or its file, e.g. cases/01-dementie.json)\n"
               "  --choices  comma-separated: 1-based index into the available choices, or a choice id\n"
               "  --policy   let a bot choose: first|last (file order), longest|shortest (Dutch text),\n"
               "             cues (most cue words), random\n"
               "  --runs N   with --policy random: play N games and count the endings (default 1)\n"
               "  --seed S   seed of the random bot (default 1)\n"
               "  --coverage also play every path and report node, choice and ending coverage\n");
}

std::vector<std::string> splitComma(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else if (ch != ' ') {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool isIndex(const std::string& s) {
  if (s.empty() || s.size() > 6) return false;
  for (char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void printState(const Case& c, const CaseState& before, const CaseState& after, Lang lang) {
  std::string line;
  for (size_t i = 0; i < c.variables.size(); ++i) {
    const Variable& v = c.variables[i];
    const bool flag = v.type == VariableType::flag;
    std::string value =
        flag ? (after.variables[i] != 0 ? (lang == Lang::nl ? "ja" : "yes") : (lang == Lang::nl ? "nee" : "no"))
             : number(after.variables[i]) + v.unit;
    if (before.variables[i] != after.variables[i])
      value += flag ? " (!)"
                    : " (" + std::string(after.variables[i] > before.variables[i] ? "+" : "") +
                          number(after.variables[i] - before.variables[i]) + ")";
    line += (line.empty() ? "" : ", ") + v.id + "=" + value;
  }
  if (!line.empty()) std::printf("    %s: %s\n", lang == Lang::nl ? "toestand" : "state", line.c_str());
  line.clear();
  for (size_t d = 0; d < c.scoring.dimensions.size(); ++d) {
    std::string value = number(after.scores[d]);
    if (before.scores[d] != after.scores[d])
      value += " (" + std::string(after.scores[d] > before.scores[d] ? "+" : "") +
               number(after.scores[d] - before.scores[d]) + ")";
    line += (line.empty() ? "" : ", ") + c.scoring.dimensions[d].id + "=" + value;
  }
  if (!line.empty()) std::printf("    score: %s\n", line.c_str());
}

void printNode(const CaseRun& run, Lang lang) {
  const Node* node = run.currentNode();
  if (!node) return;
  const std::string title = node->title.get(lang);
  std::printf("[%s]%s%s\n", node->id.c_str(), title.empty() ? "" : " ", title.c_str());
  std::printf("  %s\n", run.nodeText(run.position()).get(lang).c_str());
}

void printAvailable(const CaseRun& run, Lang lang) {
  const Node* node = run.currentNode();
  if (!node) return;
  const std::vector<size_t> available = run.availableChoices();
  std::printf("%s\n", lang == Lang::nl ? "  Beschikbare keuzes:" : "  Available choices:");
  for (size_t k = 0; k < available.size(); ++k) {
    const Choice& ch = node->choices[available[k]];
    std::printf("    %zu. %s  (%s)\n", k + 1, ch.text.get(lang).c_str(), ch.id.c_str());
  }
}

void printCoverage(const Case& c, Lang lang) {
  const PlaythroughReport r = analyzePlaythroughs(c);
  std::printf("\n%s: %zu %s%s", lang == Lang::nl ? "Dekking" : "Coverage", r.pathsEnumerated,
              lang == Lang::nl ? "paden" : "paths",
              r.exhaustive ? "" : (lang == Lang::nl ? " (begrensd" : " (bounded"));
  if (!r.exhaustive)
    std::printf(", + %zu %s)", r.randomPlayouts, lang == Lang::nl ? "willekeurige playouts" : "random playouts");
  std::printf("\n  nodes %.0f%%, choices %.0f%%, endings %.0f%%\n", 100 * r.nodeCoverage(), 100 * r.choiceCoverage(),
              100 * r.endingCoverage());
  for (size_t n = 0; n < c.nodes.size(); ++n) {
    if (r.nodeVisits[n] == 0)
      std::printf("  %s: %s\n", lang == Lang::nl ? "nooit bezocht" : "never visited", c.nodes[n].id.c_str());
    for (size_t k = 0; k < c.nodes[n].choices.size(); ++k)
      if (r.nodeVisits[n] > 0 && r.choiceTaken[n][k] == 0)
        std::printf("  %s: %s / %s\n", lang == Lang::nl ? "nooit gekozen" : "never chosen", c.nodes[n].id.c_str(),
                    c.nodes[n].choices[k].id.c_str());
  }
  for (size_t e = 0; e < c.endings.size(); ++e)
    if (r.endingReached[e] == 0)
      std::printf("  %s: %s\n", lang == Lang::nl ? "nooit bereikt" : "never reached", c.endings[e].id.c_str());
  if (r.stuckPaths > 0)
    std::printf("  %zu %s\n", r.stuckPaths, lang == Lang::nl ? "paden lopen vast" : "paths get stuck");
}

const char* ratingName(Rating r) {
  static const char* names[] = {"good", "mixed", "poor"};
  return names[static_cast<int>(r)];
}

void printRandomRuns(const Case& c, size_t runs, uint64_t seed, Lang lang) {
  const RandomPlay play = playRandom(c, runs, seed);
  std::printf("%s — %s\n\n", c.id.c_str(), c.title.get(lang).c_str());
  std::printf("random: %zu %s (seed %llu)\n", runs, lang == Lang::nl ? "spellen" : "games",
              static_cast<unsigned long long>(seed));
  for (size_t e = 0; e < c.endings.size(); ++e)
    std::printf("  %-32s %-6s %6zu  %5.1f%%\n", c.endings[e].id.c_str(), ratingName(c.endings[e].rating),
                play.endings[e], 100.0 * static_cast<double>(play.endings[e]) / static_cast<double>(runs));
  if (play.unfinished > 0)
    std::printf("  %-32s %-6s %6zu\n", lang == Lang::nl ? "(geen einde)" : "(no ending)", "", play.unfinished);
  const bool wins = play.goodShare() > kMaxRandomGoodShare;
  std::printf("%s: %.1f%% (%s %.0f%%); %s: %.1f%%  %s\n", lang == Lang::nl ? "goed einde" : "good ending",
              100 * play.goodShare(), lang == Lang::nl ? "hoogstens" : "at most", 100 * kMaxRandomGoodShare,
              lang == Lang::nl ? "geslaagd" : "passed", 100 * play.passShare(),
              wins ? (lang == Lang::nl ? "DE BOT WINT" : "THE BOT WINS")
                   : (lang == Lang::nl ? "de bot verliest" : "the bot loses"));
}

}  // namespace

int runPlay(int argc, char** argv) {
  // argv[0] is "play" (or the program); positional DIR and CASE follow.
  std::vector<std::string> positional;
  std::string choices;
  Lang lang = Lang::nl;
  bool coverage = false;
  std::optional<Policy> policy;
  size_t runs = 1;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--policy" && i + 1 < argc) {
      policy = parsePolicy(argv[++i]);
      if (!policy) {
        std::fprintf(stderr, "coursetool play: unknown policy %s\n", argv[i]);
        usage();
        return 64;
      }
    } else if ((arg == "--runs" || arg == "--seed") && i + 1 < argc) {
      const std::string value = argv[++i];
      if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos) {
        std::fprintf(stderr, "coursetool play: %s takes a whole number\n", arg.c_str());
        return 64;
      }
      (arg == "--runs" ? runs : seed) = std::strtoull(value.c_str(), nullptr, 10);
      if (runs == 0) runs = 1;
    } else if (arg == "--choices" && i + 1 < argc) {
      choices = argv[++i];
    } else if (arg.rfind("--choices=", 0) == 0) {
      choices = arg.substr(10);
    } else if (arg == "--lang" && i + 1 < argc) {
      const auto parsed = parseLang(argv[++i]);
      if (!parsed) {
        usage();
        return 64;
      }
      lang = *parsed;
    } else if (arg == "--coverage") {
      coverage = true;
    } else if (arg == "--help" || arg == "-h") {
      usage();
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "coursetool play: unknown option %s\n", arg.c_str());
      usage();
      return 64;
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2 || (policy && !choices.empty()) || (runs > 1 && policy != Policy::random)) {
    usage();
    return 64;
  }
  const DirectoryFileSource files(positional[0]);
  const Course course = loadCourse(files);
  const Case* found = nullptr;
  for (const Case& c : course.cases)
    if (c.id == positional[1] || c.file == positional[1]) found = &c;
  if (!found) {
    std::fprintf(stderr, "coursetool play: %s '%s'\n", lang == Lang::nl ? "geen casus" : "no case",
                 positional[1].c_str());
    for (const Case& c : course.cases) std::fprintf(stderr, "  %s  (%s)\n", c.id.c_str(), c.file.c_str());
    return 2;
  }
  const Case& c = *found;
  if (!c.available) {
    std::fprintf(stderr, "%s\n",
                 lang == Lang::nl ? "Deze casus heeft fouten en kan niet gespeeld worden:"
                                  : "This case has errors and cannot be played:");
    for (const Diagnostic& d : c.diagnostics)
      if (d.severity == Severity::error) std::fprintf(stderr, "%s\n", formatDiagnostic(d, lang).c_str());
    return 2;
  }

  if (policy == Policy::random && runs > 1) {
    printRandomRuns(c, runs, seed, lang);
    return 0;
  }

  std::printf("%s — %s\n\n", c.id.c_str(), c.title.get(lang).c_str());
  std::vector<std::string> tokens = splitComma(choices);
  if (policy) tokens = playPolicy(c, *policy, seed).log;  // choice ids, printed like --choices
  CaseRun run(c);
  for (size_t b : run.startBranches())
    std::printf("  (%s %s)\n", lang == Lang::nl ? "vertakking" : "branch", c.nodes[b].id.c_str());
  int stepNumber = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const std::string& token = tokens[t];
    if (run.where() != CaseRun::Where::node) {
      std::printf("(%zu %s)\n\n", tokens.size() - t,
                  lang == Lang::nl ? "overige keuzes genegeerd: de casus is afgelopen"
                                   : "remaining choices ignored: the case has ended");
      break;
    }
    const Node& node = *run.currentNode();
    const std::vector<size_t> available = run.availableChoices();
    std::string id = token;
    if (isIndex(token)) {
      const size_t k = static_cast<size_t>(std::atoi(token.c_str()));
      if (k == 0 || k > available.size()) {
        printNode(run, lang);
        std::fprintf(stderr, "coursetool play: %s %s %s '%s'\n", lang == Lang::nl ? "keuze" : "choice", token.c_str(),
                     lang == Lang::nl ? "bestaat niet in" : "does not exist in", node.id.c_str());
        printAvailable(run, lang);
        return 1;
      }
      id = node.choices[available[k - 1]].id;
    }
    ++stepNumber;
    std::printf("%d. ", stepNumber);
    printNode(run, lang);
    if (!run.choose(id)) {
      std::fprintf(stderr, "coursetool play: %s '%s' %s '%s'\n", lang == Lang::nl ? "keuze" : "choice", id.c_str(),
                   lang == Lang::nl ? "is nu niet beschikbaar in" : "is not available now in", node.id.c_str());
      printAvailable(run, lang);
      return 1;
    }
    const CaseStep& step = run.history().back();
    const Choice& ch = run.choiceOf(step);
    std::printf("  -> %s  (%s)\n", ch.text.get(lang).c_str(), ch.id.c_str());
    if (!ch.consequence.empty())
      std::printf("    %s: %s\n", lang == Lang::nl ? "gevolg" : "consequence", ch.consequence.get(lang).c_str());
    std::printf("    coaching: %s\n", ch.coaching.get(lang).c_str());
    printState(c, step.before, step.after, lang);
    for (size_t b : step.branchesFollowed)
      std::printf("    (%s %s)\n", lang == Lang::nl ? "vertakking" : "branch", c.nodes[b].id.c_str());
    std::printf("\n");
  }

  if (run.finished()) {
    const Ending& e = *run.ending();
    const CaseResult r = run.result();
    std::printf("%s: [%s] %s (%s)\n  %s\n", lang == Lang::nl ? "EINDE" : "ENDING", e.id.c_str(),
                e.title.get(lang).c_str(), ratingName(e.rating), e.text.get(lang).c_str());
    for (const DimensionResult& d : r.dimensions)
      std::printf("  %-24s %6s / %-6s %s %s  %s\n", d.id.c_str(), number(d.points).c_str(), number(d.max).c_str(),
                  lang == Lang::nl ? "grens" : "pass", number(d.pass).c_str(), d.passed ? "OK" : "--");
    std::printf(
        "  %s: %s / %s = %.0f%% (%s %d%%) %s\n", lang == Lang::nl ? "totaal" : "total", number(r.total).c_str(),
        number(r.maxTotal).c_str(), r.percent, lang == Lang::nl ? "grens" : "pass", c.scoring.passPercent,
        r.passed ? (lang == Lang::nl ? "GESLAAGD" : "PASSED") : (lang == Lang::nl ? "NIET GESLAAGD" : "NOT PASSED"));
    if (policy) {
      const bool wins = e.rating == Rating::good || r.passed;
      std::printf("%s %s: %s\n", lang == Lang::nl ? "bot" : "policy", policyName(*policy),
                  wins ? (lang == Lang::nl ? "WINT (goed einde of geslaagd): de casus is zonder oordeel te halen"
                                           : "WINS (good ending or passed): the case can be passed without judgement")
                       : (lang == Lang::nl ? "verliest" : "loses"));
    }
  } else if (run.where() == CaseRun::Where::stuck) {
    std::printf("%s [%s]\n", lang == Lang::nl ? "VAST in knoop" : "STUCK in node", c.nodes[run.position()].id.c_str());
  } else {
    printNode(run, lang);
    printAvailable(run, lang);
  }
  if (coverage) printCoverage(c, lang);
  return run.where() == CaseRun::Where::stuck ? 1 : 0;
}
