// The loader against hostile and hurried content: limits, encodings, duplicate names, faults
// in shared files, ids used twice, loops in cases and figures, UI keys. Each test breaks one
// file of the valid fixture and checks the verdict: which error, where, and what stays usable.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/content_limits.hpp"
#include "core/loader.hpp"
#include "valid_course.hpp"

namespace leren::core {
namespace {

using namespace test;

class Hostile : public ValidCourse {
 protected:
  Course course;
  std::vector<Diagnostic> all;

  void load(const LoadOptions& options = {}) {
    course = loadCourse(files, "course.json", options);
    all = allDiagnostics(course);
  }
  std::vector<Diagnostic> errors() const {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : all)
      if (d.severity == Severity::error) out.push_back(d);
    return out;
  }
  size_t unavailable() const {
    size_t n = 0;
    for (const Module& m : course.modules) n += m.available ? 0 : 1;
    for (const Case& c : course.cases) n += c.available ? 0 : 1;
    return n;
  }
  // The one error the load must give.
  Diagnostic onlyError() {
    auto e = errors();
    EXPECT_EQ(e.size(), 1u) << dump(all);
    return e.empty() ? Diagnostic{} : e[0];
  }
};

// Replaces the first `"key": "..."` string value in text by `value`.
std::string replaceString(std::string text, const std::string& key, const std::string& value) {
  size_t at = text.find("\"" + key + "\"");
  size_t open = text.find('"', text.find(':', at));
  size_t close = open + 1;
  while (text[close] != '"') close += text[close] == '\\' ? 2 : 1;
  return text.replace(open, close - open + 1, value);
}

TEST_F(Hostile, DeepNestingWhereAShortStringBelongsIsOneLocatedError) {
  for (const char* key : {"kind", "difficulty", "peildatum"}) {
    SCOPED_TRACE(key);
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    put("cases/01-mantelzorg.json", replaceString(text("cases/01-mantelzorg.json"), key, deep));
    load();
    Diagnostic d = onlyError();
    EXPECT_EQ(d.code, "limit.depth");
    EXPECT_EQ(d.file, "cases/01-mantelzorg.json");
    EXPECT_GT(d.line, 0);
    EXPECT_EQ(d.pointer.rfind("/" + std::string(key) + "/0/0", 0), 0u);
    EXPECT_EQ(unavailable(), 1u);
  }
}

TEST_F(Hostile, DuplicateKeyIsAnErrorNamingBothPlaces) {
  std::string t = text("cases/01-mantelzorg.json");
  // The trap from the issue: a second "next" silently rerouting the best first choice.
  size_t next = t.find("\"next\": \"n02-huisbezoek\"");
  t.insert(next, "\"next\": \"einde-zwak\", ");
  put("cases/01-mantelzorg.json", t);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "json.duplicate-key");
  EXPECT_EQ(d.pointer, "/nodes/0/choices/0/next");
  EXPECT_NE(d.message.en.find("\"next\""), std::string::npos);
  // Both places: this one (line/column) and the first (in the message).
  EXPECT_NE(d.message.en.find("line " + std::to_string(d.line) + ":"), std::string::npos) << d.message.en;
  EXPECT_EQ(unavailable(), 1u);
}

TEST_F(Hostile, BrokenGlossaryIsOneCauseAndBlocksNothing) {
  std::string g = text("glossary.json");
  g.replace(g.find("\"terms\""), 7, "\"terms\" \"");  // a syntax error near the top
  put("glossary.json", g);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "json.syntax");
  EXPECT_EQ(d.file, "glossary.json");
  EXPECT_EQ(all.front().file, "glossary.json");  // the cause comes first
  EXPECT_EQ(unavailable(), 0u);
  bool noted = false;
  for (const Diagnostic& w : all) noted = noted || w.code == "glossary.links-unchecked";
  EXPECT_TRUE(noted) << dump(all);
}

TEST_F(Hostile, GlossaryWithoutItsTermListBlocksNothing) {
  auto g = json("glossary.json");
  g["terms"] = "none";
  put("glossary.json", g);
  load();
  EXPECT_EQ(onlyError().code, "schema.type");
  EXPECT_EQ(unavailable(), 0u);
}

TEST_F(Hostile, BrokenStringsFileIsOneCauseEvenWhenKeysAreChecked) {
  put("ui/strings.json", std::string("{\"formatVersion\": 1, \"kind\": \"strings\", \"strings\": {,}}"));
  std::vector<UiKeyUse> keys{{"nav.next", "src/ui/x.cpp", 1}, {"quiz.title", "src/ui/y.cpp", 2}};
  LoadOptions options;
  options.requiredUiKeys = &keys;
  load(options);
  EXPECT_EQ(onlyError().code, "json.syntax");
  EXPECT_EQ(unavailable(), 0u);
}

TEST_F(Hostile, MissingUiKeyIsAnErrorNamingWhereTheCodeUsesIt) {
  std::vector<UiKeyUse> keys{{"nav.next", "src/ui/x.cpp", 1}, {"quiz.title", "src/ui/views/quiz_view.cpp", 42}};
  LoadOptions options;
  options.requiredUiKeys = &keys;
  load(options);
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "strings.missing-key");
  EXPECT_EQ(d.file, "ui/strings.json");
  EXPECT_EQ(d.pointer, "/strings");
  EXPECT_GT(d.line, 0);
  EXPECT_NE(d.message.en.find("quiz.title"), std::string::npos);
  EXPECT_NE(d.message.en.find("src/ui/views/quiz_view.cpp:42"), std::string::npos);
  EXPECT_EQ(unavailable(), 0u);
}

TEST_F(Hostile, ManyMissingUiKeysAreOneError) {
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();  // the fixture's strings have three of them
  load(options);
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "strings.missing-key");
  size_t missing = 0;
  for (const UiKeyUse& k : uiKeysUsedByCode()) missing += course.strings.strings.count(std::string(k.key)) ? 0 : 1;
  EXPECT_GT(missing, 100u);
  EXPECT_EQ(d.message.en.rfind(std::to_string(missing) + " texts the app uses", 0), 0u) << d.message.en;
}

TEST(UiKeys, TheCodesKeysAreFoundAndEveryCallIsFollowed) {
  const std::vector<UiKeyUse>& keys = uiKeysUsedByCode();
  auto has = [&](std::string_view k) {
    for (const UiKeyUse& u : keys)
      if (u.key == k) return true;
    return false;
  };
  // Direct, through a conditional, a prefix plus literals, a function's returns, an array.
  for (const char* key : {"quiz.title", "quiz.correct", "quiz.wrong", "callout.law", "callout.example",
                          "case.difficulty.expert", "case.rating.poor", "settings.theme.dark", "home.pages"})
    EXPECT_TRUE(has(key)) << key;
  EXPECT_FALSE(has("quiz.hint"));  // a widget id, not a text
  std::string notFollowed;
  for (const UiKeyUse& u : uiKeyCallsNotFollowed())
    notFollowed += std::string(u.file) + ":" + std::to_string(u.line) + " " + std::string(u.key) + "\n";
  EXPECT_TRUE(notFollowed.empty()) << "UI text keys the scan (scripts/ui-keys.py) cannot follow back to a literal; "
                                      "write them so it can:\n"
                                   << notFollowed;
}

TEST_F(Hostile, SameModuleIdTwiceIsLocatedAndNamesTheOtherFile) {
  auto m = json("modules/02-figuren.json");
  m["id"] = json("modules/01-wmo-basis.json")["id"];
  put("modules/02-figuren.json", m);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "id.duplicate");
  EXPECT_EQ(d.file, "modules/02-figuren.json");
  EXPECT_EQ(d.pointer, "/id");
  EXPECT_GT(d.line, 0);
  EXPECT_GT(d.column, 0);
  EXPECT_NE(d.message.en.find("modules/01-wmo-basis.json:"), std::string::npos) << d.message.en;
}

TEST_F(Hostile, IdTwiceInOneFileNamesTheFirstPlace) {
  auto k = json("cases/01-mantelzorg.json");
  k["nodes"][2]["id"] = k["nodes"][0]["id"];
  put("cases/01-mantelzorg.json", k);
  load();
  std::vector<Diagnostic> dup;
  for (const Diagnostic& d : all)
    if (d.code == "id.duplicate") dup.push_back(d);
  ASSERT_EQ(dup.size(), 1u) << dump(all);
  EXPECT_EQ(dup[0].pointer, "/nodes/2/id");
  const std::string dumped = k.dump(2);
  const size_t first = dumped.find("\"id\": \"n01-telefoon\"");
  const int firstLine =
      1 + static_cast<int>(std::count(dumped.begin(), dumped.begin() + static_cast<long>(first), '\n'));
  EXPECT_NE(dup[0].message.en.find("before at line " + std::to_string(firstLine) + ":"), std::string::npos)
      << dup[0].message.en;
}

TEST_F(Hostile, InvalidUtf8IsOneVerdictAtTheByte) {
  std::string t = text("modules/02-figuren.json");
  size_t at = t.find("Welke wet?");
  t[at + 1] = '\xE9';  // "W\xE9lke": a Latin-1 é
  put("modules/02-figuren.json", t);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "json.utf8");
  size_t lineStart = t.rfind('\n', at) + 1;
  EXPECT_EQ(d.line, 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<long>(at), '\n')));
  EXPECT_EQ(d.column, static_cast<int>(at + 1 - lineStart) + 1);
  EXPECT_FALSE(d.pointer.empty());
  EXPECT_EQ(unavailable(), 1u);
}

TEST_F(Hostile, Utf16IsRefusedAndAByteOrderMarkIsFine) {
  std::string t = text("cases/02-schulden.json");
  std::string utf16 = "\xFF\xFE";
  for (char c : t) utf16 += std::string{c, '\0'};
  put("cases/02-schulden.json", utf16);
  load();
  EXPECT_EQ(onlyError().code, "json.encoding");

  auto k = json("cases/02-schulden.json");
  k["minutes"] = "twintig";
  std::string dumped = k.dump(2);
  put("cases/02-schulden.json", "\xEF\xBB\xBF" + dumped);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "schema.type");
  size_t at = dumped.find("\"twintig\"");
  EXPECT_EQ(d.column, static_cast<int>(at - dumped.rfind('\n', at)));  // the mark is no column
}

TEST_F(Hostile, OversizedFileIsRefusedBeforeItIsRead) {
  std::string t = text("modules/01-wmo-basis.json");
  t = replaceString(t, "summary", "{\"nl\": \"" + std::string(limits::kMaxFileBytes, 'x') + "\", \"en\": \"x\"}");
  put("modules/01-wmo-basis.json", t);
  load();
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "limit.file-size");
  EXPECT_EQ(d.file, "modules/01-wmo-basis.json");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(unavailable(), 1u);
}

TEST_F(Hostile, LongTextAndHugeNumbersAreLocatedErrors) {
  auto m = json("modules/01-wmo-basis.json");
  m["summary"]["en"] = std::string(limits::kMaxStringBytes + 1, 'a');
  std::string t = m.dump(2);
  size_t minutes = t.find("\"minutes\": ");
  t.replace(minutes, t.find(',', minutes) - minutes, "\"minutes\": 1e999");
  put("modules/01-wmo-basis.json", t);
  load();
  std::vector<std::string> got;
  for (const Diagnostic& d : errors()) got.push_back(d.code + " " + d.pointer);
  // In file order; 1e999 is no double, so nothing builds a tree from this file.
  EXPECT_EQ(got, (std::vector<std::string>{"limit.number /minutes", "limit.text-length /summary/en"})) << dump(all);
  m["minutes"] = 1e13;
  put("modules/01-wmo-basis.json", m);
  load();
  got.clear();
  for (const Diagnostic& d : errors()) got.push_back(d.code + " " + d.pointer);
  EXPECT_EQ(got, (std::vector<std::string>{"limit.number /minutes", "limit.text-length /summary/en",
                                           "schema.maximum /minutes"}))
      << dump(all);
}

TEST_F(Hostile, PathsNeverLeaveTheCourseFolder) {
  auto c = json("course.json");
  c["modules"][1] = "modules/../../etc/passwd.json";
  c["cases"][0] = "../cases/01-mantelzorg.json";
  put("course.json", c);
  load();
  std::vector<std::string> got;
  for (const Diagnostic& d : errors()) got.push_back(d.code + " " + d.pointer);
  EXPECT_EQ(got, (std::vector<std::string>{"schema.pattern /modules/1", "schema.pattern /cases/0"})) << dump(all);
}

TEST_F(Hostile, TooManyFilesAndTooManyNodes) {
  auto c = json("course.json");
  for (size_t i = 0; i < limits::kMaxCourseFiles; ++i) c["cases"].push_back("cases/x" + std::to_string(i) + ".json");
  put("course.json", c);
  load();
  size_t over = 0;
  for (const Diagnostic& d : all) over += d.code == "limit.course-files" ? 1 : 0;
  EXPECT_EQ(over, 1u);
  EXPECT_EQ(course.modules.size() + course.cases.size(), limits::kMaxCourseFiles);

  overlay.remove("course.json");
  auto k = json("cases/02-schulden.json");
  nlohmann::json node = k["nodes"][0];
  for (size_t i = 0; i < limits::kMaxNodesPerCase; ++i) {
    node["id"] = "extra-" + std::to_string(i);
    k["nodes"].push_back(node);
  }
  put("cases/02-schulden.json", k);
  LoadOptions noAnalysis;
  noAnalysis.analyzeCases = false;
  load(noAnalysis);
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "limit.case-nodes");
  EXPECT_EQ(d.pointer, "/nodes");
}

// A source that claims sizes without holding that much: the course budget is checked on them.
class BigSizes : public FileSource {
 public:
  explicit BigSizes(const FileSource& base) : base_(base) {}
  std::optional<std::string> read(const std::string& p) const override {
    return base_.read(p.rfind("modules/m", 0) == 0 ? "modules/02-figuren.json" : p);
  }
  std::optional<size_t> sizeOf(const std::string& p) const override {
    if (p.rfind("modules/m", 0) == 0) return limits::kMaxFileBytes - 1;
    return base_.sizeOf(p);
  }

 private:
  const FileSource& base_;
};

TEST_F(Hostile, AllFilesTogetherStayWithinTheCourseBudget) {
  auto c = json("course.json");
  c["modules"] = nlohmann::json::array();
  const size_t fits = limits::kMaxCourseBytes / (limits::kMaxFileBytes - 1);
  for (size_t i = 0; i < fits + 2; ++i) c["modules"].push_back("modules/m" + std::to_string(i) + ".json");
  put("course.json", c);
  BigSizes big(files);
  course = loadCourse(big);
  all = allDiagnostics(course);
  size_t over = 0;
  for (const Diagnostic& d : all) over += d.code == "limit.course-size" ? 1 : 0;
  EXPECT_GE(over, 2u);
  EXPECT_EQ(all.back().file, "course.json");
}

TEST_F(Hostile, ManyMistakesAreCappedWithACount) {
  auto k = json("cases/02-schulden.json");
  for (size_t i = 0; i < 300; ++i) k["objectives"].push_back(42);
  put("cases/02-schulden.json", k);
  load();
  size_t inFile = 0;
  for (const Diagnostic& d : all) inFile += d.file == "cases/02-schulden.json" ? 1 : 0;
  EXPECT_EQ(inFile, limits::kMaxDiagnosticsPerFile + 1);
  EXPECT_EQ(course.cases[1].diagnostics.back().code, "limit.diagnostics");
  EXPECT_EQ(course.cases[1].diagnostics.back().severity, Severity::error);
}

TEST_F(Hostile, ClosedLoopInACaseIsReportedOnceAsTheLoop) {
  auto k = json("cases/01-mantelzorg.json");
  // n02 -> n03 and n03 -> n02 only: no way out; n01 leads into it.
  k["nodes"][1]["choices"][1]["next"] = "n03-afsluiting";
  k["nodes"][2]["branch"] = nlohmann::json::array({{{"next", "n02-huisbezoek"}}});
  put("cases/01-mantelzorg.json", k);
  load();
  std::vector<Diagnostic> loops;
  for (const Diagnostic& d : all)
    if (d.code == "case.no-ending-reachable") loops.push_back(d);
  ASSERT_EQ(loops.size(), 1u) << dump(all);
  EXPECT_EQ(loops[0].pointer, "/nodes/1");
  EXPECT_GT(loops[0].line, 0);
  EXPECT_NE(loops[0].message.en.find("n02-huisbezoek \xE2\x86\x92 n03-afsluiting \xE2\x86\x92 n02-huisbezoek"),
            std::string::npos)
      << loops[0].message.en;
  EXPECT_NE(loops[0].message.en.find("n01-telefoon"), std::string::npos);  // leads into it
}

// The path of the first block of `type` in a module: "/pages/p/blocks/b".
std::string blockPath(const nlohmann::json& m, const std::string& type) {
  for (size_t p = 0; p < m["pages"].size(); ++p)
    for (size_t b = 0; b < m["pages"][p]["blocks"].size(); ++b)
      if (m["pages"][p]["blocks"][b]["type"] == type)
        return "/pages/" + std::to_string(p) + "/blocks/" + std::to_string(b);
  return "";
}

TEST_F(Hostile, DecisionAidWithUnreachableOutcomeAndLoop) {
  auto m = json("modules/02-figuren.json");
  const std::string at = blockPath(m, "decision");
  nlohmann::json& f = m[nlohmann::json::json_pointer(at)];
  f["questions"][1]["options"][0]["next"] = "leeftijd";  // wonen -> leeftijd -> wonen; wlz never reached
  put("modules/02-figuren.json", m);
  load();
  std::vector<std::string> got;
  for (const Diagnostic& d : errors()) got.push_back(d.code + " " + d.pointer);
  EXPECT_EQ(got, (std::vector<std::string>{"decision.unreachable " + at + "/outcomes/1",
                                           "decision.cycle " + at + "/questions/0"}))
      << dump(all);
  for (const Diagnostic& d : errors()) EXPECT_GT(d.line, 0);
  EXPECT_NE(errors().at(1).message.en.find("leeftijd \xE2\x86\x92 wonen \xE2\x86\x92 leeftijd"), std::string::npos);
}

TEST_F(Hostile, ProcessFlowWithUnreachableStepAndClosedLoop) {
  auto m = json("modules/01-wmo-basis.json");
  const std::string at = blockPath(m, "processFlow");
  nlohmann::json& f = m[nlohmann::json::json_pointer(at)];
  // aanvraag -> onderzoek makes a loop with a way out (fine); klaar -> melding closes it all.
  f["steps"][2]["next"][0]["to"] = "onderzoek";
  put("modules/01-wmo-basis.json", m);
  load();
  EXPECT_TRUE(errors().empty()) << dump(all);

  f["steps"][3]["next"] = nlohmann::json::array({{{"to", "aanvraag"}}});
  f["steps"][1]["next"] = nlohmann::json::array({{{"to", "aanvraag"}}});
  f["steps"].push_back(f["steps"][3]);
  f["steps"][4]["id"] = "wees";
  put("modules/01-wmo-basis.json", m);
  load();
  std::vector<std::string> got;
  for (const Diagnostic& d : errors()) got.push_back(d.code + " " + d.pointer);
  EXPECT_EQ(got, (std::vector<std::string>{"flow.unreachable " + at + "/steps/3", "flow.unreachable " + at + "/steps/4",
                                           "flow.closed-loop " + at + "/steps/1"}))
      << dump(all);
}

}  // namespace
}  // namespace leren::core
