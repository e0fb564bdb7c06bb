#include "core/loader.hpp"

#include <map>
#include <set>

#include "core/case_analysis.hpp"
#include "core/case_cycles.hpp"
#include "core/content_limits.hpp"
#include "core/content_lint.hpp"
#include "core/figure_checks.hpp"
#include "core/loader_files.hpp"
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
  size_t listed = 0;
  for (auto [key, list] : {std::pair{"modules", &files.modules}, std::pair{"cases", &files.cases}}) {
    auto items = r.array(key, Need::required);
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      std::string p = loading::child(r.at(key), i);
      if (!items[i]->is_string() || !loading::matches(items[i]->get<std::string>(), loading::Pattern::path)) {
        ctx.error("schema.pattern", p,
                  Text{"Hier hoort een bestandsnaam in de cursusmap zoals \"modules/01-inleiding.json\" (kleine "
                       "letters, eindigt op .json, geen \"..\").",
                       "This should be a file name inside the course folder such as \"modules/01-introduction.json\" "
                       "(lower case, ending in .json, no \"..\")."});
        continue;
      }
      std::string path = items[i]->get<std::string>();
      if (!seen.insert(path).second) {
        ctx.error("id.duplicate", p,
                  Text{"\"" + path + "\" staat twee keer in \"" + key + "\".",
                       "\"" + path + "\" is listed twice in \"" + key + "\"."});
        continue;
      }
      if (++listed > limits::kMaxCourseFiles) {
        ctx.error("limit.course-files", p,
                  Text{"Een cursus heeft hoogstens " + std::to_string(limits::kMaxCourseFiles) +
                           " modules en casussen samen; dit bestand en de volgende worden niet gelezen.",
                       "A course has at most " + std::to_string(limits::kMaxCourseFiles) +
                           " modules and cases together; this file and the ones after it are not read."});
        break;
      }
      list->emplace_back(path, p);
    }
  }
  files.glossary = r.string("glossary", Need::required, loading::Pattern::path).value_or("");
  files.strings = r.string("strings", Need::required, loading::Pattern::path).value_or("");
  r.finish();
  return files;
}

Diagnostic caseTooLarge(const FileContext& ctx, size_t nodes) {
  TextPosition at = ctx.positionOf("/nodes");
  return Diagnostic{Severity::error,
                    "limit.case-nodes",
                    ctx.file(),
                    "/nodes",
                    at.line,
                    at.column,
                    Text{"Deze casus heeft " + std::to_string(nodes) + " knopen; de grens is " +
                             std::to_string(limits::kMaxNodesPerCase) + ". Verdeel hem over meer casussen.",
                         "This case has " + std::to_string(nodes) + " nodes; the limit is " +
                             std::to_string(limits::kMaxNodesPerCase) + ". Split it into more cases."}};
}

// Loads one module or case file into `item` (Module or Case) with `read`. Returns the
// position of its "id" (for messages about an id used twice).
template <typename Item, typename ReadFn>
TextPosition loadItem(loading::LimitedReader& reader, const std::string& dir, const std::string& path,
                      const std::string& pointer, FileContext& courseCtx, const Glossary* glossary, Item& item,
                      ReadFn read, const LoadOptions& options) {
  item.file = dir + path;
  loading::LimitedReader::Result file = reader.read(path);
  if (std::optional<Diagnostic> problem = loading::readProblem(file, dir, path, courseCtx, pointer)) {
    item.id = idFromFileName(path);
    item.diagnostics.push_back(std::move(*problem));
    return {};
  }
  item.contentHash = contentHash(file.text);
  FileContext ctx(item.file);
  if (std::optional<json> root = ctx.parse(file.text)) {
    read(ctx, *root, item);
    // Without a usable glossary the links cannot be checked; its own errors say why.
    if (glossary) checkGlossaryLinks(ctx, *glossary);
  }
  if (item.id.empty()) item.id = idFromFileName(path);
  if constexpr (std::is_same_v<Item, Case>) {
    if (item.nodes.size() > limits::kMaxNodesPerCase) ctx.diagnostics().push_back(caseTooLarge(ctx, item.nodes.size()));
  }
  // The graph checks need well-formed content: only run them when loading found no errors.
  if (options.analyzeCases && !hasErrors(ctx.diagnostics())) {
    std::vector<Diagnostic> found;
    if constexpr (std::is_same_v<Item, Case>) {
      analyzeCase(item, item.file, found, options.playCases);
      reportClosedLoopsOnce(item, found);
    } else {
      checkFigures(item, found);
    }
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
  item.diagnostics = ctx.takeDiagnostics();
  return ctx.positionOf("/id");
}

// Reports an id used by two modules (or two cases): the later one becomes unavailable. The
// message names the other file and where its id is.
template <typename Item>
void checkUniqueIds(std::vector<Item>& items, const std::vector<TextPosition>& idAt, const Text& what) {
  std::map<std::string, size_t> first;
  for (size_t i = 0; i < items.size(); ++i) {
    Item& item = items[i];
    if (item.id.empty()) continue;
    auto [it, fresh] = first.emplace(item.id, i);
    if (fresh) continue;
    const Item& other = items[it->second];
    TextPosition there = idAt[it->second];
    std::string where =
        other.file +
        (there.line > 0 ? ":" + std::to_string(there.line) + ":" + std::to_string(there.column) : std::string());
    item.diagnostics.push_back(
        Diagnostic{Severity::error, "id.duplicate", item.file, "/id", idAt[i].line, idAt[i].column,
                   Text{"De id \"" + item.id + "\" wordt al gebruikt door een andere " + what.nl + ": " + where +
                            ". Voortgang hangt aan de id; geef deze " + what.nl + " een eigen id.",
                        "The id \"" + item.id + "\" is already used by another " + what.en + ": " + where +
                            ". Progress is stored by id; give this " + what.en + " an id of its own."}});
  }
}

// Whether a shared file lost its whole list (glossary terms, UI strings): an error about the
// file itself, its header or the list. Then checking others against the list would blame
// every module for one fault; an error inside one term or string does not count.
bool hasFileLevelError(const std::vector<Diagnostic>& diagnostics, const std::string& listKey) {
  const std::string list = listKey == "glossary" ? "/terms" : "/strings";
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error &&
        (d.pointer.empty() || d.pointer == "/formatVersion" || d.pointer == "/kind" || d.pointer == list))
      return true;
  return false;
}

// Every key the code asks for exists in the UI strings (both languages: readStrings already
// requires both of each text). A few missing keys are named one by one; many (a strings file
// from an older version of the app) in one message, so they do not bury everything else.
void checkUiKeys(FileContext& ctx, const Strings& strings, const std::vector<UiKeyUse>& used) {
  std::vector<const UiKeyUse*> missing;
  std::set<std::string_view> seen;
  for (const UiKeyUse& use : used)
    if (!strings.strings.count(std::string(use.key)) && seen.insert(use.key).second) missing.push_back(&use);
  auto where = [](const UiKeyUse& use) { return std::string(use.file) + ":" + std::to_string(use.line); };
  constexpr size_t kOneByOne = 5;
  if (missing.size() <= kOneByOne) {
    for (const UiKeyUse* use : missing) {
      const std::string key(use->key);
      ctx.error("strings.missing-key", "/strings",
                Text{"De app gebruikt de tekst \"" + key + "\" (" + where(*use) +
                         "), maar die staat niet in dit bestand: het scherm zou de sleutel tonen. Voeg hem toe met "
                         "\"nl\" en \"en\".",
                     "The app uses the text \"" + key + "\" (" + where(*use) +
                         "), but it is not in this file: the screen would show the key. Add it with \"nl\" and "
                         "\"en\"."});
    }
    return;
  }
  std::string list;
  for (size_t i = 0; i < missing.size() && i < 10; ++i) list += (i ? ", " : "") + std::string(missing[i]->key);
  if (missing.size() > 10) list += ", \xE2\x80\xA6";
  const std::string n = std::to_string(missing.size());
  ctx.error("strings.missing-key", "/strings",
            Text{n + " teksten die de app gebruikt staan niet in dit bestand (" + list +
                     "); het scherm zou hun sleutels tonen. Is dit bestand van een oudere versie? coursetool ui-keys "
                     "DIR noemt ze allemaal.",
                 n + " texts the app uses are not in this file (" + list +
                     "); the screen would show their keys. Is this file from an older version? coursetool ui-keys "
                     "DIR lists them all."});
}

}  // namespace

Course loadCourse(const FileSource& files, const std::string& coursePath, const LoadOptions& options) {
  Course course;
  course.file = coursePath;
  const std::string dir = directoryOf(coursePath);
  std::optional<std::string> text;
  std::optional<size_t> courseSize = files.sizeOf(coursePath);
  if (!courseSize || *courseSize <= limits::kMaxFileBytes) text = files.read(coursePath);
  if (!text && courseSize) {
    course.diagnostics.push_back(loading::fileTooLarge(coursePath, *courseSize));
    return course;
  }
  if (!text) {
    course.diagnostics.push_back(
        Diagnostic{Severity::error, "file.missing", coursePath, "", 0, 0,
                   Text{"Het bestand \"" + coursePath +
                            "\" bestaat niet of is niet te lezen. Zonder course.json is er geen cursus.",
                        "The file \"" + coursePath +
                            "\" does not exist or cannot be read. Without course.json there is no course."}});
    return course;
  }
  FileContext courseCtx(coursePath);
  CourseFiles list;
  if (std::optional<json> root = courseCtx.parse(*text)) list = readCourseFile(courseCtx, *root, course);
  loading::LimitedReader reader(files, dir);
  reader.count(text->size());  // course.json counts against the budget too

  // Glossary and strings first: texts everywhere link to glossary terms. A shared file with
  // errors reports them itself, once; what uses it is not blamed for them.
  std::vector<Diagnostic> shared;
  auto loadSmallFile = [&](const std::string& path, const char* key, auto read, auto& target) -> bool {
    if (path.empty()) return false;
    target.file = dir + path;
    const std::string pointer = std::string("/") + key;
    loading::LimitedReader::Result file = reader.read(path);
    if (std::optional<Diagnostic> problem = loading::readProblem(file, dir, path, courseCtx, pointer)) {
      shared.push_back(std::move(*problem));
      return false;
    }
    FileContext ctx(dir + path);
    bool usable = false;
    if (std::optional<json> root = ctx.parse(file.text)) {
      read(ctx, *root, target);
      usable = !hasFileLevelError(ctx.diagnostics(), key);
      if constexpr (std::is_same_v<std::decay_t<decltype(target)>, Glossary>) {
        checkGlossaryLinks(ctx, course.glossary);
      } else if (options.requiredUiKeys && usable) {
        checkUiKeys(ctx, course.strings, *options.requiredUiKeys);
      }
    }
    std::vector<Diagnostic> found = ctx.takeDiagnostics();
    shared.insert(shared.end(), found.begin(), found.end());
    return usable;
  };
  const bool glossaryUsable = loadSmallFile(list.glossary, "glossary", loading::readGlossary, course.glossary);
  loadSmallFile(list.strings, "strings", loading::readStrings, course.strings);
  if (!list.glossary.empty() && !glossaryUsable) {
    TextPosition at = courseCtx.positionOf("/glossary");
    shared.push_back(Diagnostic{
        Severity::warning, "glossary.links-unchecked", coursePath, "/glossary", at.line, at.column,
        Text{"Zolang " + list.glossary +
                 " niet als lijst van begrippen te lezen is, worden de links naar begrippen in modules en "
                 "casussen niet gecontroleerd; ze blijven wel beschikbaar.",
             "While " + list.glossary +
                 " cannot be read as a list of terms, the links to terms in modules and cases are not checked; "
                 "they stay available."}});
  }
  const Glossary* glossary = glossaryUsable ? &course.glossary : nullptr;

  std::vector<TextPosition> moduleIdAt, caseIdAt;
  for (const auto& [path, pointer] : list.modules) {
    Module m;
    moduleIdAt.push_back(loadItem(reader, dir, path, pointer, courseCtx, glossary, m, loading::readModule, options));
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
    caseIdAt.push_back(loadItem(reader, dir, path, pointer, courseCtx, glossary, c, readCase, options));
    course.cases.push_back(std::move(c));
  }
  checkUniqueIds(course.modules, moduleIdAt, Text{"module", "module"});
  checkUniqueIds(course.cases, caseIdAt, Text{"casus", "case"});
  for (Module& m : course.modules) m.available = !hasErrors(m.diagnostics);
  for (Case& c : course.cases) c.available = !hasErrors(c.diagnostics);

  // course.json's own findings first, then the shared files': a cause before what it affects.
  course.diagnostics = courseCtx.takeDiagnostics();
  course.diagnostics.insert(course.diagnostics.end(), shared.begin(), shared.end());
  return course;
}

std::vector<Diagnostic> allDiagnostics(const Course& course) {
  // course.json, then glossary and strings (shared: their faults are causes), then modules and
  // cases in course order.
  std::vector<Diagnostic> all = course.diagnostics;
  for (const Module& m : course.modules) all.insert(all.end(), m.diagnostics.begin(), m.diagnostics.end());
  for (const Case& c : course.cases) all.insert(all.end(), c.diagnostics.begin(), c.diagnostics.end());
  return all;
}

}  // namespace leren::core
