#pragma once
// Internal to the loader: course.json, the two shared files (glossary, UI strings) and the
// checks across files, used by loadCourse() (all at once) and ContentLoader (as files come in).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content_model.hpp"
#include "core/loader.hpp"
#include "core/loader_files.hpp"

namespace leren::core::loading {

// "modules/" of "modules/x.json"; "" for a file at the top.
std::string directoryOf(const std::string& path);

struct CourseFiles {
  std::vector<std::pair<std::string, std::string>> modules, cases;  // (path, pointer in course.json)
  std::string glossary, strings;
};
// Reads course.json's fields into `course` and lists its files.
CourseFiles readCourseFile(FileContext& ctx, const json& root, Course& course);
// course.json missing (tooLarge: nullopt) or too large (its size).
Diagnostic courseFileProblem(const std::string& coursePath, std::optional<size_t> tooLarge);

enum class SharedFile { glossary, strings };
// Reads the glossary or the UI strings into `course`; its findings go to `shared` (a shared
// file with errors reports them itself, once; what uses it is not blamed for them). True when
// its list is usable for checking others against. `built`: what the build found in this very
// file (its hash is the index's); then its texts' markup is not checked again and the build's
// markup findings stand for that check, nor are its bytes scanned again when the build's scan
// found nothing in them (the rest is cheap and checked as always).
bool readSharedFile(SharedFile which, const std::string& dir, const std::string& path,
                    const LimitedReader::Result& file, std::optional<Diagnostic> problem, Course& course,
                    const LoadOptions& options, std::vector<Diagnostic>& shared,
                    const std::vector<Diagnostic>* built = nullptr);
// The warning that links to terms are not checked while the glossary cannot be read.
Diagnostic glossaryLinksUnchecked(const FileContext& courseCtx, const std::string& glossaryPath);

// Whether a shared file lost its whole list (glossary terms, UI strings): an error about the
// file itself, its header or the list. Then checking others against the list would blame
// every module for one fault; an error inside one term or string does not count.
bool hasFileLevelError(const std::vector<Diagnostic>& diagnostics, const std::string& listKey);
// Every key the code asks for exists in the UI strings (both languages: readStrings already
// requires both of each text). A few missing keys are named one by one; many (a strings file
// from an older version of the app) in one message, so they do not bury everything else.
void checkUiKeys(FileContext& ctx, const Strings& strings, const std::vector<UiKeyUse>& used);
// id.duplicate for the module (or case) in `file` whose id (at `at`) the one in `otherFile`
// already has: the message names the other file and where its id is.
Diagnostic idUsedTwice(const std::string& id, const std::string& file, TextPosition at, const std::string& otherFile,
                       TextPosition otherAt, const Text& what);
// Reports an id used by two modules (or two cases): the later one becomes unavailable.
template <typename Item>
void checkUniqueIds(std::vector<Item>& items, const std::vector<TextPosition>& idAt, const Text& what);

}  // namespace leren::core::loading
