#pragma once
// Every limit the loader puts on content, in one place. Content beyond a limit is reported as
// an error with its file, line:column and JSON Pointer (code "limit.*"); nothing beyond a limit
// reaches the parser, the model or the UI. The same numbers apply in coursetool and in the
// browser (same bytes, same code). Documented in docs/content-format.md ("Limits").
//
// Chosen with room to grow over the shipped course (largest in brackets, 2026-11): large enough
// that no honest course meets them, small enough that a hostile file cannot exhaust memory,
// the stack or the patience of a phone.
#include <cstddef>

namespace leren::core::limits {

// Bytes in one content file [129 KB]. Checked before anything else reads the file.
inline constexpr size_t kMaxFileBytes = 4u * 1024 * 1024;
// Bytes of all files of a course together [2.2 MB]; files after the limit are not read.
inline constexpr size_t kMaxCourseBytes = 64u * 1024 * 1024;
// Modules plus cases listed in course.json [22].
inline constexpr size_t kMaxCourseFiles = 1000;
// Nesting of objects and arrays [10]. Checked on the text, before a tree is built, so no
// later step (parser, copies, messages) can recurse deeper than this.
inline constexpr size_t kMaxNestingDepth = 32;
// Bytes of one string value as written in the file (escapes included) [2,670]: about
// 60,000 characters of Dutch text, some 30 pages.
inline constexpr size_t kMaxStringBytes = 64u * 1024;
// Bytes of one member name [25].
inline constexpr size_t kMaxKeyBytes = 128;
// Elements in one array [103] and members in one object [162, the UI strings].
inline constexpr size_t kMaxArrayItems = 5000;
inline constexpr size_t kMaxObjectMembers = 2000;
// Nodes in one case [18]: the case analysis stays well under a second.
inline constexpr size_t kMaxNodesPerCase = 2000;
// Length of an id [27] and of a variable or calculator name [22] (also in the patterns).
inline constexpr size_t kMaxIdLength = 64;
inline constexpr size_t kMaxVariableNameLength = 32;
// Largest magnitude of a number [5,000]; also rejects 1e999 (infinity). Whole numbers up to
// here are exact in a double.
inline constexpr double kMaxNumberMagnitude = 1e12;
// Characters of a number as written [6]: "0.000...0001" with a thousand zeros is not a number
// anyone means.
inline constexpr size_t kMaxNumberChars = 32;
// Bytes of one image file (PNG or JPEG) [35 KB]: a phone fetches it on a page of
// its own, and 512 KB is a full-column photo at good JPEG quality. Checked by the build.
inline constexpr size_t kMaxImageBytes = 512u * 1024;
// Width and height of one image in pixels [960 x 480]: sharp across the reading column on a
// high-density screen, and the decoded picture (at most 16 MB of RGBA) fits a phone's memory.
inline constexpr int kMaxImageSide = 2048;
// Diagnostics kept per file; the rest are counted in one closing message, so a file with a
// systematic mistake does not bury the first (and usually only) cause.
inline constexpr size_t kMaxDiagnosticsPerFile = 200;

}  // namespace leren::core::limits
