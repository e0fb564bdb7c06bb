// Benchmark (not a test): generates a ~5 MB course with 520 cases and 12 modules in memory,
// loads it through the FileSource interface (parse + structural and semantic validation + case
// analysis, including the bounded playthrough check), and prints the times and peak memory.
//   course_bench [cases=520] [choice-nodes-per-case=6]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/case_analysis.hpp"
#include "core/file_source.hpp"
#include "core/loader.hpp"

using nlohmann::json;
using namespace leren::core;

namespace {

json text(const std::string& nl, const std::string& en) { return {{"nl", nl}, {"en", en}}; }

const std::string kFillerNl =
    "Mevrouw vertelt over haar week: de thuiszorg kwam twee keer te laat, haar dochter werkt fulltime en "
    "belt elke avond, de buurvrouw doet boodschappen. Ze wil vooral niet afhankelijk worden van anderen. ";
const std::string kFillerEn =
    "The client talks about her week: home care was late twice, her daughter works full time and calls "
    "every evening, the neighbour does the shopping. Above all she does not want to depend on others. ";

json sources() { return json::array({{{"title", "Wmo 2015"}, {"url", "https://wetten.overheid.nl/BWBR0035362"}}}); }

json makeCase(int index, int nodeCount) {
  const std::string id = "casus-" + std::to_string(index);
  json c = {{"$schema", "../schema/content.schema.json"},
            {"formatVersion", 1},
            {"kind", "case"},
            {"id", id},
            {"title", text("Casus " + std::to_string(index), "Case " + std::to_string(index))},
            {"summary", text("Een casus.", "A case.")},
            {"role", text("sociaal werker", "social worker")},
            {"difficulty", "basis"},
            {"minutes", 20},
            {"peildatum", "2026-11-01"},
            {"sources", sources()},
            {"laws", {"wmo2015"}},
            {"objectives", {text("Je luistert.", "You listen.")}},
            {"discussion",
             {text("Vraag 1?", "Question 1?"), text("Vraag 2?", "Question 2?"), text("Vraag 3?", "Question 3?")}},
            {"personas",
             {{{"id", "client"},
               {"name", "Mevrouw De Vries"},
               {"age", 81},
               {"description", text("Woont alleen.", "Lives alone.")}}}},
            {"intro", text(kFillerNl, kFillerEn)}};
  c["variables"] = {{{"id", "vertrouwen"},
                     {"label", text("Vertrouwen", "Trust")},
                     {"type", "number"},
                     {"min", 0},
                     {"max", 10},
                     {"initial", 5},
                     {"group", "status"}},
                    {{"id", "weken"},
                     {"label", text("Weken", "Weeks")},
                     {"type", "number"},
                     {"min", 0},
                     {"max", 52},
                     {"initial", 0},
                     {"group", "status"}},
                    {{"id", "gehoord"},
                     {"label", text("Gehoord", "Heard")},
                     {"type", "flag"},
                     {"initial", false},
                     {"group", "verborgen"}}};
  c["scoring"] = {{"passPercent", 60},
                  {"dimensions",
                   {{{"id", "vraag"}, {"label", text("Vraagverheldering", "Clarifying")}, {"pass", 2}},
                    {{"id", "recht"}, {"label", text("Juridisch kader", "Legal framework")}, {"pass", 1}},
                    {{"id", "samen"}, {"label", text("Samenwerking", "Cooperation")}, {"pass", 1}}}}};
  c["start"] = "n0";
  json nodes = json::array();
  auto nodeId = [&](int k) { return k >= nodeCount ? std::string("afsluiting") : "n" + std::to_string(k); };
  for (int k = 0; k < nodeCount; ++k) {
    json choices = json::array();
    choices.push_back({{"id", "luisteren"},
                       {"text", text("Luister door.", "Keep listening.")},
                       {"effects", {"vertrouwen += 1", "gehoord = true"}},
                       {"score", {{"vraag", 1}}},
                       {"consequence", text("Ze vertelt verder.", "She goes on talking.")},
                       {"coaching", text("Doorvragen helpt. " + kFillerNl.substr(0, 80),
                                         "Asking on helps. " + kFillerEn.substr(0, 80))},
                       {"next", nodeId(k + 1)}});
    choices.push_back({{"id", "regelen"},
                       {"text", text("Regel het.", "Arrange it.")},
                       {"if", "vertrouwen >= 3"},
                       {"effects", {"weken += 2"}},
                       {"score", {{"recht", 1}, {"samen", 1}}},
                       {"consequence", text("Het formulier gaat de deur uit.", "The form goes out.")},
                       {"coaching", text("Snel, maar vroeg je genoeg?", "Fast, but did you ask enough?")},
                       {"next", nodeId(k + 2)}});
    choices.push_back({{"id", "afwachten"},
                       {"text", text("Wacht af.", "Wait.")},
                       {"effects", {"vertrouwen -= 1", "weken += 4"}},
                       {"score", {{"vraag", -1}}},
                       {"consequence", text("Er gebeurt een week niets.", "Nothing happens for a week.")},
                       {"coaching", text("Afwachten kost tijd.", "Waiting costs time.")},
                       {"next", nodeId(k + 1)}});
    nodes.push_back({{"id", nodeId(k)},
                     {"title", text("Moment " + std::to_string(k), "Moment " + std::to_string(k))},
                     {"speaker", "client"},
                     {"text", text(kFillerNl, kFillerEn)},
                     {"variants", {{{"if", "vertrouwen < 3"}, {"text", text("Ze kijkt weg.", "She looks away.")}}}},
                     {"choices", choices}});
  }
  nodes.push_back({{"id", "afsluiting"},
                   {"text", text("Het gesprek loopt af.", "The conversation ends.")},
                   {"branch",
                    {{{"if", "score.vraag >= 4 and gehoord"}, {"next", "einde-goed"}},
                     {{"if", "vertrouwen >= 4"}, {"next", "einde-gemengd"}},
                     {{"next", "einde-zwak"}}}}});
  c["nodes"] = nodes;
  json endings = json::array();
  for (const char* e : {"goed", "gemengd", "zwak"}) {
    const std::string rating = std::string(e) == "goed" ? "good" : std::string(e) == "gemengd" ? "mixed" : "poor";
    endings.push_back({{"id", std::string("einde-") + e},
                       {"title", text(e, e)},
                       {"rating", rating},
                       {"text", text(kFillerNl, kFillerEn)},
                       {"debrief",
                        {{"laws", text("Wmo 2015.", "Wmo 2015.")},
                         {"wentWell", text("Luisteren.", "Listening.")},
                         {"mistakes", text("Te snel regelen.", "Arranging too fast.")}}}});
  }
  c["endings"] = endings;
  return c;
}

json makeModule(int index) {
  json pages = json::array();
  for (int p = 0; p < 8; ++p) {
    json blocks = json::array();
    for (int b = 0; b < 4; ++b)
      blocks.push_back({{"type", "text"},
                        {"text", text("## Kop\n" + kFillerNl + "**vet** en *cursief*.", "## Heading\n" + kFillerEn)}});
    pages.push_back({{"id", "pagina-" + std::to_string(p)},
                     {"title", text("Pagina", "Page")},
                     {"peildatum", "2026-11-01"},
                     {"sources", sources()},
                     {"blocks", blocks}});
  }
  json questions = json::array();
  for (int q = 0; q < 8; ++q)
    questions.push_back({{"id", "vraag-" + std::to_string(q)},
                         {"type", "single"},
                         {"prompt", text("Welke?", "Which?")},
                         {"explanation", text("Daarom.", "Because.")},
                         {"options",
                          {{{"id", "a"}, {"text", text("A", "A")}, {"correct", true}},
                           {{"id", "b"}, {"text", text("B", "B")}, {"correct", false}}}}});
  return {{"$schema", "../schema/content.schema.json"},
          {"formatVersion", 1},
          {"kind", "module"},
          {"id", "module-" + std::to_string(index)},
          {"title", text("Module", "Module")},
          {"summary", text("Samenvatting", "Summary")},
          {"objectives", {text("Doel", "Goal")}},
          {"minutes", 30},
          {"peildatum", "2026-11-01"},
          {"sources", sources()},
          {"pages", pages},
          {"quiz", {{"id", "check"}, {"passPercent", 70}, {"questions", questions}}}};
}

long peakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // Linux: kilobytes
}

constexpr int kRepeats = 5;

double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int caseCount = argc > 1 ? std::atoi(argv[1]) : 520;
  const int nodeCount = argc > 2 ? std::atoi(argv[2]) : 6;
  const int moduleCount = 12;

  const auto genStart = std::chrono::steady_clock::now();
  MemoryFileSource files;
  json course = {{"$schema", "schema/content.schema.json"},
                 {"formatVersion", 1},
                 {"kind", "course"},
                 {"id", "bench"},
                 {"title", text("Bench", "Bench")},
                 {"subtitle", text("Bench", "Bench")},
                 {"peildatum", "2026-11-01"},
                 {"modules", json::array()},
                 {"cases", json::array()},
                 {"glossary", "glossary.json"},
                 {"strings", "ui/strings.json"}};
  size_t bytes = 0;
  auto add = [&](const std::string& path, const json& doc) {
    std::string textOut = doc.dump();  // compact: sizes are content, not whitespace
    bytes += textOut.size();
    files.set(path, std::move(textOut));
  };
  for (int m = 0; m < moduleCount; ++m) {
    const std::string path = "modules/" + std::to_string(m) + ".json";
    course["modules"].push_back(path);
    add(path, makeModule(m));
  }
  for (int c = 0; c < caseCount; ++c) {
    const std::string path = "cases/" + std::to_string(c) + ".json";
    course["cases"].push_back(path);
    add(path, makeCase(c, nodeCount));
  }
  add("glossary.json", {{"$schema", "schema/content.schema.json"},
                        {"formatVersion", 1},
                        {"kind", "glossary"},
                        {"terms", json::array()}});
  add("ui/strings.json", {{"$schema", "../schema/content.schema.json"},
                          {"formatVersion", 1},
                          {"kind", "strings"},
                          {"strings", {{"app.title", text("Titel", "Title")}}}});
  add("course.json", course);
  const double genMs = msSince(genStart);
  const long peakAfterGeneration = peakKilobytes();

  // Each load is timed kRepeats times and the median reported: one run alone swung by a third
  // between runs on the same machine (the first also pays for growing the heap).
  LoadOptions noAnalysis;
  noAnalysis.analyzeCases = false;
  std::vector<double> loadTimes, fullTimes;
  Course loaded;
  for (int r = 0; r < kRepeats; ++r) {
    auto start = std::chrono::steady_clock::now();
    const Course loadedOnly = loadCourse(files, "course.json", noAnalysis);
    loadTimes.push_back(msSince(start));
    start = std::chrono::steady_clock::now();
    loaded = loadCourse(files);
    fullTimes.push_back(msSince(start));
  }
  const double loadMs = median(loadTimes), fullMs = median(fullTimes);

  auto start = std::chrono::steady_clock::now();

  size_t paths = 0;
  for (const Case& c : loaded.cases) paths += analyzePlaythroughs(c).pathsEnumerated;
  const double playMs = msSince(start);

  size_t available = 0, errors = 0, warnings = 0;
  for (const Case& c : loaded.cases) available += c.available ? 1 : 0;
  for (const Diagnostic& d : allDiagnostics(loaded)) (d.severity == Severity::error ? errors : warnings)++;
  std::printf("course: %d modules, %d cases x %d nodes, %.2f MB of JSON (generated in %.0f ms)\n", moduleCount,
              caseCount, nodeCount + 1, static_cast<double>(bytes) / 1e6, genMs);
  std::printf("median of %d loads each (first, fastest: %.1f, %.1f ms without analysis)\n", kRepeats, loadTimes.front(),
              *std::min_element(loadTimes.begin(), loadTimes.end()));
  std::printf("load + validate (no case analysis):  %8.1f ms\n", loadMs);
  std::printf("load + validate + case analysis:     %8.1f ms  (analysis ~%.1f ms, %.2f ms per case)\n", fullMs,
              fullMs - loadMs, (fullMs - loadMs) / caseCount);
  std::printf("playthrough check, 20000-path bound: %8.1f ms  (%zu paths)\n", playMs, paths);
  std::printf("cases available: %zu/%zu, diagnostics: %zu errors, %zu warnings\n", available, loaded.cases.size(),
              errors, warnings);
  std::printf("peak memory (max RSS): %.1f MB (%.1f MB after generating the files)\n", peakKilobytes() / 1024.0,
              peakAfterGeneration / 1024.0);
  return errors == 0 ? 0 : 1;
}
