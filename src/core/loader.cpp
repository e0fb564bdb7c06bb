#include "core/loader.hpp"

#include <set>

#include "core/case_analysis.hpp"
#include "core/content_lint.hpp"
#include "core/loader_parts.hpp"

namespace leren::core {

using loading::FileContext;
using loading::json;
using loading::Need;
using loading::ObjectReader;

uint64_t contentHash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

namespace {

std::string directoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// "modules/03-wmo-route.json" -> "wmo-route": a stand-in id for a file that could not be read.
std::string idFromFileName(const std::string& path) {
  std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".json") name.resize(name.size() - 5);
  size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits > 0 && digits < name.size() && name[digits] == '-') name = name.substr(digits + 1);
  return name;
}

Diagnostic missingFile(const std::string& courseFile, const std::string& pointer, const std::string& path,
                       TextPosition pos) {
  return Diagnostic{Severity::error,
                    "file.missing",
                    courseFile,
                    pointer,
                    pos.line,
                    pos.column,
                    Text{"Het bestand \"" + path + "\" staat in course.json, maar bestaat niet of is niet te lezen.",
                         "The file \"" + path + "\" is listed in course.json, but does not exist or cannot be read."}};
}

// Checks the glossary links collected while reading a file.
void checkGlossaryLinks(FileContext& ctx, const Glossary& glossary) {
  for (const loading::GlossaryUse& use : ctx.glossaryUses()) {
    if (glossary.find(use.termId)) continue;
    ctx.error("ref.unresolved", use.pointer,
              Text{"De tekst linkt naar het begrip \"" + use.termId + "\" (glossary:" + use.termId +
                       "), maar dat staat niet in de woordenlijst.",
                   "The text links to the term \"" + use.termId + "\" (glossary:" + use.termId +
                       "), but the glossary has no such term."});
  }
}

struct CourseFiles {
  std::vector<std::pair<std::string, std::string>> modules, cases;  // (path, pointer in course.json)
  std::string glossary, strings;
};

CourseFiles readCourseFile(FileContext& ctx, const json& root, Course& course) {
  CourseFiles files;
  ObjectReader r(ctx, &root, "", Text{"course.json", "course.json"});
  if (!r.ok() || !loading::readHeader(r, "course")) return files;
  course.id = r.id("id");
  course.title = r.text("title", Need::required);
  course.subtitle = r.text("subtitle", Need::required);
  course.peildatum = loading::readPeildatum(r);
  for (auto [key, list] : {std::pair{"modules", &files.modules}, std::pair{"cases", &files.cases}}) {
    auto items = r.array(key, Need::required);
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      std::string p = loading::child(r.at(key), i);
      if (!items[i]->is_string() || !loading::matches(items[i]->get<std::string>(), loading::Pattern::path)) {
        ctx.error(
            "schema.pattern", p,
            Text{"Hier hoort een bestandsnaam zoals \"modules/01-inleiding.json\" (kleine letters, eindigt op .json).",
                 "This should be a file name such as \"modules/01-introduction.json\" (lower case, ending in .json)."});
        continue;
      }
      std::string path = items[i]->get<std::string>();
      if (!seen.insert(path).second) {
        ctx.error("id.duplicate", p,
                  Text{"\"" + path + "\" staat twee keer in \"" + key + "\".",
                       "\"" + path + "\" is listed twice in \"" + key + "\"."});
        continue;
      }
      list->emplace_back(path, p);
    }
  }
  files.glossary = r.string("glossary", Need::required, loading::Pattern::path).value_or("");
  files.strings = r.string("strings", Need::required, loading::Pattern::path).value_or("");
  r.finish();
  return files;
}

// Loads one module or case file into `item` (Module or Case) with `read`.
template <typename Item, typename ReadFn>
void loadItem(const FileSource& source, const std::string& dir, const std::string& path, const std::string& pointer,
              FileContext& courseCtx, const JsonPositions& coursePositions, const Glossary& glossary, Item& item,
              ReadFn read, const LoadOptions& options) {
  item.file = dir + path;
  std::optional<std::string> text = source.read(dir + path);
  if (!text) {
    item.id = idFromFileName(path);
    item.diagnostics.push_back(missingFile(courseCtx.file(), pointer, path, coursePositions.find(pointer)));
    return;
  }
  item.contentHash = contentHash(*text);
  FileContext ctx(item.file, *text);
  if (std::optional<json> root = ctx.parse(*text)) {
    read(ctx, *root, item);
    checkGlossaryLinks(ctx, glossary);
  }
  if (item.id.empty()) item.id = idFromFileName(path);
  // The case analysis needs a well-formed case: only run it when loading found no errors.
  if (options.analyzeCases && !hasErrors(ctx.diagnostics())) {
    std::vector<Diagnostic> found;
    if constexpr (std::is_same_v<Item, Case>) analyzeCase(item, item.file, found, options.playCases);
    ctx.locate(found);
    ctx.diagnostics().insert(ctx.diagnostics().end(), found.begin(), found.end());
  }
  if (options.lint && !hasErrors(ctx.diagnostics())) {
    std::vector<Diagnostic> found;
    if constexpr (std::is_same_v<Item, Case>) {
      found = lintCase(item, item.file);
    } else {
      found = lintModule(item, item.file);
    }
    ctx.locate(found);
    ctx.diagnostics().insert(ctx.diagnostics().end(), found.begin(), found.end());
  }
  item.diagnostics = std::move(ctx.diagnostics());
}

// Reports an id used by two modules (or two cases): the later one becomes unavailable.
template <typename Item>
void checkUniqueIds(std::vector<Item>& items, const Text& what) {
  std::set<std::string> seen;
  for (Item& item : items) {
    if (item.id.empty() || seen.insert(item.id).second) continue;
    item.diagnostics.push_back(
        Diagnostic{Severity::error, "id.duplicate", item.file, "/id", 0, 0,
                   Text{"De id \"" + item.id + "\" wordt al gebruikt door een andere " + what.nl + ".",
                        "The id \"" + item.id + "\" is already used by another " + what.en + "."}});
  }
}

}  // namespace

Course loadCourse(const FileSource& files, const std::string& coursePath, const LoadOptions& options) {
  Course course;
  course.file = coursePath;
  std::optional<std::string> text = files.read(coursePath);
  if (!text) {
    course.diagnostics.push_back(
        Diagnostic{Severity::error, "file.missing", coursePath, "", 0, 0,
                   Text{"Het bestand \"" + coursePath +
                            "\" bestaat niet of is niet te lezen. Zonder course.json is er geen cursus.",
                        "The file \"" + coursePath +
                            "\" does not exist or cannot be read. Without course.json there is no course."}});
    return course;
  }
  const std::string dir = directoryOf(coursePath);
  FileContext courseCtx(coursePath, *text);
  JsonPositions coursePositions = JsonPositions::scan(*text);
  CourseFiles list;
  if (std::optional<json> root = courseCtx.parse(*text)) list = readCourseFile(courseCtx, *root, course);

  // Glossary and strings first: texts everywhere link to glossary terms.
  auto loadSmallFile = [&](const std::string& path, const char* key, auto read, auto& target) {
    if (path.empty()) return;
    target.file = dir + path;
    std::optional<std::string> t = files.read(dir + path);
    if (!t) {
      courseCtx.diagnostics().push_back(
          missingFile(coursePath, std::string("/") + key, path, coursePositions.find(std::string("/") + key)));
      return;
    }
    FileContext ctx(dir + path, *t);
    if (std::optional<json> root = ctx.parse(*t)) read(ctx, *root, target);
    if constexpr (std::is_same_v<std::decay_t<decltype(target)>, Glossary>) {
      checkGlossaryLinks(ctx, course.glossary);
    }
    course.diagnostics.insert(course.diagnostics.end(), ctx.diagnostics().begin(), ctx.diagnostics().end());
  };
  loadSmallFile(list.glossary, "glossary", loading::readGlossary, course.glossary);
  loadSmallFile(list.strings, "strings", loading::readStrings, course.strings);

  for (const auto& [path, pointer] : list.modules) {
    Module m;
    loadItem(files, dir, path, pointer, courseCtx, coursePositions, course.glossary, m, loading::readModule,
             LoadOptions{false, false, options.lint});  // the case analysis is for cases only
    course.modules.push_back(std::move(m));
  }
  bool modulesComplete = !hasErrors(courseCtx.diagnostics());
  for (const Module& m : course.modules) modulesComplete = modulesComplete && !hasErrors(m.diagnostics);
  const loading::CourseModules modules{course.modules, modulesComplete};
  for (const auto& [path, pointer] : list.cases) {
    Case c;
    const auto readCase = [&](FileContext& ctx, const json& root, Case& out) {
      loading::readCase(ctx, root, out, modules);
    };
    loadItem(files, dir, path, pointer, courseCtx, coursePositions, course.glossary, c, readCase, options);
    course.cases.push_back(std::move(c));
  }
  checkUniqueIds(course.modules, Text{"module", "module"});
  checkUniqueIds(course.cases, Text{"casus", "case"});
  for (Module& m : course.modules) m.available = !hasErrors(m.diagnostics);
  for (Case& c : course.cases) c.available = !hasErrors(c.diagnostics);

  // course.json's own findings go first.
  courseCtx.diagnostics().insert(courseCtx.diagnostics().end(), course.diagnostics.begin(), course.diagnostics.end());
  course.diagnostics = std::move(courseCtx.diagnostics());
  return course;
}

std::vector<Diagnostic> allDiagnostics(const Course& course) {
  std::vector<Diagnostic> all;
  // course.json first, then modules and cases in course order, then glossary and strings.
  std::vector<Diagnostic> later;
  for (const Diagnostic& d : course.diagnostics) (d.file == course.file ? all : later).push_back(d);
  for (const Module& m : course.modules) all.insert(all.end(), m.diagnostics.begin(), m.diagnostics.end());
  for (const Case& c : course.cases) all.insert(all.end(), c.diagnostics.begin(), c.diagnostics.end());
  all.insert(all.end(), later.begin(), later.end());
  return all;
}

}  // namespace leren::core
