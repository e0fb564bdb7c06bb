#include "core/loader.hpp"

#include <map>
#include <set>

#include "core/content_limits.hpp"
#include "core/full_checks.hpp"
#include "core/loader_course.hpp"
#include "core/loader_files.hpp"
#include "core/loader_item.hpp"
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

namespace loading {

std::string directoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

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

Diagnostic idUsedTwice(const std::string& id, const std::string& file, TextPosition at, const std::string& otherFile,
                       TextPosition otherAt, const Text& what) {
  const std::string where =
      otherFile +
      (otherAt.line > 0 ? ":" + std::to_string(otherAt.line) + ":" + std::to_string(otherAt.column) : std::string());
  return Diagnostic{Severity::error,
                    "id.duplicate",
                    file,
                    "/id",
                    at.line,
                    at.column,
                    Text{"De id \"" + id + "\" wordt al gebruikt door een andere " + what.nl + ": " + where +
                             ". Voortgang hangt aan de id; geef deze " + what.nl + " een eigen id.",
                         "The id \"" + id + "\" is already used by another " + what.en + ": " + where +
                             ". Progress is stored by id; give this " + what.en + " an id of its own."}};
}

template <typename Item>
void checkUniqueIds(std::vector<Item>& items, const std::vector<TextPosition>& idAt, const Text& what) {
  std::map<std::string, size_t> first;
  for (size_t i = 0; i < items.size(); ++i) {
    Item& item = items[i];
    if (item.id.empty()) continue;
    auto [it, fresh] = first.emplace(item.id, i);
    if (fresh) continue;
    item.diagnostics.push_back(
        idUsedTwice(item.id, item.file, idAt[i], items[it->second].file, idAt[it->second], what));
  }
}

bool hasFileLevelError(const std::vector<Diagnostic>& diagnostics, const std::string& listKey) {
  const std::string list = listKey == "glossary" ? "/terms" : "/strings";
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error &&
        (d.pointer.empty() || d.pointer == "/formatVersion" || d.pointer == "/kind" || d.pointer == list))
      return true;
  return false;
}

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

template void checkUniqueIds(std::vector<Module>&, const std::vector<TextPosition>&, const Text&);
template void checkUniqueIds(std::vector<Case>&, const std::vector<TextPosition>&, const Text&);

Diagnostic courseFileProblem(const std::string& coursePath, std::optional<size_t> tooLarge) {
  if (tooLarge) return fileTooLarge(coursePath, *tooLarge);
  return Diagnostic{
      Severity::error,
      "file.missing",
      coursePath,
      "",
      0,
      0,
      Text{
          "Het bestand \"" + coursePath + "\" bestaat niet of is niet te lezen. Zonder course.json is er geen cursus.",
          "The file \"" + coursePath + "\" does not exist or cannot be read. Without course.json there is no course."}};
}

bool readSharedFile(SharedFile which, const std::string& dir, const std::string& path,
                    const LimitedReader::Result& file, std::optional<Diagnostic> problem, Course& course,
                    const LoadOptions& options, std::vector<Diagnostic>& shared, const std::vector<Diagnostic>* built) {
  const bool glossary = which == SharedFile::glossary;
  const char* key = glossary ? "glossary" : "strings";
  if (glossary) {
    course.glossary.file = dir + path;
  } else {
    course.strings.file = dir + path;
  }
  if (problem) {
    shared.push_back(std::move(*problem));
    return false;
  }
  FileContext ctx(dir + path);
  if (built) ctx.skipMarkupChecks();
  ctx.compareMarkdownWith(options.markdownReference);
  bool usable = false;
  if (std::optional<json> root =
          built && scanFoundNothing(*built) ? ctx.parseChecked(file.text) : ctx.parse(file.text)) {
    if (glossary) {
      readGlossary(ctx, *root, course.glossary);
    } else {
      readStrings(ctx, *root, course.strings);
    }
    usable = !hasFileLevelError(ctx.diagnostics(), key);
    if (glossary) {
      checkGlossaryLinks(ctx, course.glossary);
    } else if (options.requiredUiKeys && usable) {
      checkUiKeys(ctx, course.strings, *options.requiredUiKeys);
    }
  }
  std::vector<Diagnostic> found = ctx.takeDiagnostics();
  if (built)
    for (const Diagnostic& d : *built)
      if (d.code.rfind("markdown.", 0) == 0) found.push_back(d);
  shared.insert(shared.end(), found.begin(), found.end());
  return usable;
}

Diagnostic glossaryLinksUnchecked(const FileContext& courseCtx, const std::string& glossaryPath) {
  TextPosition at = courseCtx.positionOf("/glossary");
  return Diagnostic{Severity::warning,
                    "glossary.links-unchecked",
                    courseCtx.file(),
                    "/glossary",
                    at.line,
                    at.column,
                    Text{"Zolang " + glossaryPath +
                             " niet als lijst van begrippen te lezen is, worden de links naar begrippen in modules en "
                             "casussen niet gecontroleerd; ze blijven wel beschikbaar.",
                         "While " + glossaryPath +
                             " cannot be read as a list of terms, the links to terms in modules and cases are not "
                             "checked; they stay available."}};
}

}  // namespace loading

using loading::CourseFiles;

Course loadCourse(const FileSource& files, const std::string& coursePath, const LoadOptions& given) {
  LoadOptions options = given;
  if (!options.fullChecks) options.fullChecks = &fullChecksHere();
  Course course;
  course.file = coursePath;
  const std::string dir = loading::directoryOf(coursePath);
  std::optional<std::string> text;
  std::optional<size_t> courseSize = files.sizeOf(coursePath);
  if (!courseSize || *courseSize <= limits::kMaxFileBytes) text = files.read(coursePath);
  if (!text) {
    course.diagnostics.push_back(loading::courseFileProblem(coursePath, courseSize));
    return course;
  }
  FileContext courseCtx(coursePath);
  courseCtx.compareMarkdownWith(options.markdownReference);
  CourseFiles list;
  if (std::optional<json> root = courseCtx.parse(*text)) list = loading::readCourseFile(courseCtx, *root, course);
  loading::LimitedReader reader(files, dir);
  reader.count(text->size());  // course.json counts against the budget too

  // Glossary and strings first: texts everywhere link to glossary terms. A shared file with
  // errors reports them itself, once; what uses it is not blamed for them.
  std::vector<Diagnostic> shared;
  auto readShared = [&](loading::SharedFile which, const std::string& path, const char* key) {
    if (path.empty()) return false;
    loading::LimitedReader::Result file = reader.read(path);
    std::optional<Diagnostic> problem = loading::readProblem(file, dir, path, courseCtx, std::string("/") + key);
    return loading::readSharedFile(which, dir, path, file, std::move(problem), course, options, shared);
  };
  const bool glossaryUsable = readShared(loading::SharedFile::glossary, list.glossary, "glossary");
  readShared(loading::SharedFile::strings, list.strings, "strings");
  if (!list.glossary.empty() && !glossaryUsable)
    shared.push_back(loading::glossaryLinksUnchecked(courseCtx, list.glossary));
  const Glossary* glossary = glossaryUsable ? &course.glossary : nullptr;

  std::vector<TextPosition> moduleIdAt, caseIdAt;
  loading::ItemChecks checks;
  checks.glossary = glossary;
  checks.options = &options;
  for (const auto& [path, pointer] : list.modules) {
    loading::LimitedReader::Result file = reader.read(path);
    std::optional<Diagnostic> problem = loading::readProblem(file, dir, path, courseCtx, pointer);
    loading::ItemLoad<Module> load(dir, path, std::move(file), std::move(problem), checks);
    load.runToEnd();
    moduleIdAt.push_back(load.idPosition());
    course.modules.push_back(std::move(load.item()));
  }
  checks.modulesComplete = !hasErrors(courseCtx.diagnostics());
  for (const Module& m : course.modules) checks.modulesComplete = checks.modulesComplete && !hasErrors(m.diagnostics);
  checks.modules = &course.modules;
  for (const auto& [path, pointer] : list.cases) {
    loading::LimitedReader::Result file = reader.read(path);
    std::optional<Diagnostic> problem = loading::readProblem(file, dir, path, courseCtx, pointer);
    loading::ItemLoad<Case> load(dir, path, std::move(file), std::move(problem), checks);
    load.runToEnd();
    caseIdAt.push_back(load.idPosition());
    course.cases.push_back(std::move(load.item()));
  }
  loading::checkUniqueIds(course.modules, moduleIdAt, Text{"module", "module"});
  loading::checkUniqueIds(course.cases, caseIdAt, Text{"casus", "case"});
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
