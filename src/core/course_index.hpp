#pragma once
// The course index: index.json beside course.json, written at build time by `coursetool index`
// after the full check. It holds what the first screen, search and progress need of every
// module and case (ids, titles, summaries, minutes, counts, every id progress refers to), each
// file's content hash, and what the check found. With it the module shows home from three small
// files (course.json, the UI strings, the index) and loads a module or case only when it is
// opened; a file whose hash is the index's is trusted (checked at build time), one a trainer
// edited afterwards is checked in full (content_loader.hpp). Format: docs/performance.md.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content_model.hpp"
#include "core/file_source.hpp"
#include "core/json_positions.hpp"

namespace leren::core {

inline constexpr int kIndexFormatVersion = 4;  // 2: module covers; 3: course.json's findings; 4: personas

// One file the index knows: its path in the course folder, hash and size, and what the
// build-time check found in it (diagnostics with positions; warnings of a clean file too).
struct IndexedFile {
  std::string file;
  uint64_t hash = 0;
  size_t bytes = 0;
  std::vector<Diagnostic> diagnostics;
};

struct CourseIndex {
  IndexedFile course, strings, glossary, search;
  // Stand-ins (loaded = false) in course order, with their files' hashes in contentHash and
  // the build-time diagnostics; available as the check found them.
  std::vector<Module> modules;
  std::vector<Case> cases;
  // Pixels of every picture the build read, by src (Course::imageSizes).
  std::map<std::string, std::pair<int, int>> imageSizes;
  // Every character beyond ASCII in the course's files (Course::letters); nullopt in an index
  // written before it was recorded.
  std::optional<std::string> letters;
  // Where each module's and case's "id" is, by file (the build's scan): a trusted file's bytes
  // need no scan of their own for it (ItemChecks::trustedIdAt).
  std::map<std::string, TextPosition> idAt;
};

// The index of a course loaded with every check (coursetool index). `files` gives the texts of
// course.json, the strings, the glossary and search.json, for their hashes and sizes; `letters`
// every character beyond ASCII the course's files use (UTF-8; nullopt: none recorded).
std::string writeCourseIndex(const Course& course, const IndexedFile& courseFile, const IndexedFile& strings,
                             const IndexedFile& glossary, const IndexedFile& search,
                             const std::optional<std::string>& letters = std::nullopt,
                             const std::map<std::string, TextPosition>& idAt = {});

// Every character beyond ASCII in the files `course` reads (course.json, the strings, the
// glossary, every module and case), in UTF-8: the index's "letters".
std::string courseLetters(const FileSource& files, const Course& course);

// Where the "id" of every module and case `course` reads is, by file: the index's "idAt".
std::map<std::string, TextPosition> idPositions(const FileSource& files, const Course& course);

// Reads an index this version wrote; nullopt for anything else (then the course is loaded as
// before, every file at start).
std::optional<CourseIndex> readCourseIndex(std::string_view text);

// "0123456789abcdef": how the index writes a content hash.
std::string hashHex(uint64_t hash);

}  // namespace leren::core
