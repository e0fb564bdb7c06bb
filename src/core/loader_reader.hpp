#pragma once
// Internal to the loader: reads one JSON file into model structs while checking it against
// everything the JSON Schema says, and reports what is wrong in words a trainer understands.
// Not part of the public API (use loader.hpp).
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/json_positions.hpp"
#include "core/loader.hpp"
#include "core/text.hpp"

namespace leren::core::loading {

using json = nlohmann::json;

// A glossary link found in a text, checked once the glossary is known.
struct GlossaryUse {
  std::string termId;
  std::string pointer;
};

// One file being loaded: its positions, its diagnostics, what it links to.
class FileContext {
 public:
  explicit FileContext(std::string file) : file_(std::move(file)) {}

  // Checks the file's bytes before anything builds a tree from them (size, encoding, UTF-8,
  // nesting, duplicate member names, the other limits of content_limits.hpp) and parses them.
  // Reports every problem with its position; returns nullopt when the file cannot be read as
  // JSON at all (too large, not UTF-8, nested too deep, a syntax error).
  std::optional<json> parse(std::string_view text) { return scan(text) ? buildTree(text) : std::nullopt; }
  // parse() in two halves of about equal cost, for a loader that runs one step per slice of a
  // frame: scan() checks the bytes (false: no tree can be built); buildTree() then parses the
  // same text.
  bool scan(std::string_view text);
  std::optional<json> buildTree(std::string_view text);
  // For bytes the build checked (their hash is the index's) in which its scan found nothing
  // (scanFoundNothing): the tree without scanning them again (for a large case, a slice of a
  // frame). The text is kept: should a diagnostic need a position, it is scanned then.
  std::optional<json> parseChecked(std::string text);

  // Adds a diagnostic; line/column come from the pointer. After limits::kMaxDiagnosticsPerFile
  // diagnostics the rest are only counted (see takeDiagnostics()).
  void report(Severity severity, std::string code, const std::string& pointer, Text message);
  void error(std::string code, const std::string& pointer, Text message) {
    report(Severity::error, std::move(code), pointer, std::move(message));
  }
  // Like report(), but at byte `offset` of the text at `pointer` (escapes decoded), so the
  // position is the spot inside the text; md::kUnknownOffset: the text's start.
  void reportInText(Severity severity, std::string code, const std::string& pointer, size_t offset, Text message);
  // Fills in line/column of diagnostics others produced (case analysis) from their pointer.
  void locate(std::vector<Diagnostic>& diagnostics) const;
  TextPosition positionOf(std::string_view pointer) const { return positions().find(pointer); }

  const std::string& file() const { return file_; }
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  // The diagnostics, plus one that counts those left out beyond the limit.
  std::vector<Diagnostic> takeDiagnostics();
  std::vector<GlossaryUse>& glossaryUses() { return glossaryUses_; }
  // For a file the build checked (its hash is the index's): the markup of its texts is not
  // parsed again (readText); the index holds what the build found there.
  void skipMarkupChecks() { checkMarkup_ = false; }
  bool checksMarkup() const { return checkMarkup_; }
  // Compares how the page and the reference read each text (LoadOptions::markdownReference).
  void compareMarkdownWith(MarkdownReference reference) { markdownReference_ = reference; }
  MarkdownReference markdownReference() const { return markdownReference_; }

 private:
  void fileError(std::string_view text, const char* code, size_t offset, const std::string& pointer, Text message);
  void reportFindings();
  // The positions, from the kept text of a file parsed with parseChecked() on first use.
  const JsonPositions& positions() const;
  std::string file_;
  mutable JsonPositions positions_;
  std::optional<std::string> kept_;  // parseChecked()'s text
  mutable bool keptScanned_ = false;
  std::vector<Diagnostic> diagnostics_;
  std::vector<GlossaryUse> glossaryUses_;
  size_t leftOut_ = 0, leftOutErrors_ = 0;
  bool checkMarkup_ = true;
  MarkdownReference markdownReference_ = nullptr;
};

// Whether the build's findings in a file (the index's) include none of the byte scan's (json.*,
// limit.*): then scanning the same bytes again would find nothing either.
bool scanFoundNothing(const std::vector<Diagnostic>& built);

// limit.file-size for a file of `bytes` bytes (also for one refused before it was read).
Diagnostic fileTooLarge(const std::string& file, size_t bytes);

enum class Need { required, optional };

// Name patterns of the schema.
enum class Pattern { none, id, varId, date, url, path, timelineDate, imagePath };

std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, size_t index);
bool matches(std::string_view value, Pattern pattern);

// Reads the members of one JSON object; remembers which keys were read so that finish()
// can warn about the rest (field.unknown: forward compatible, never an error).
class ObjectReader {
 public:
  // `what` names the object in messages, e.g. {"de knoop 'n01'", "node 'n01'"}.
  ObjectReader(FileContext& ctx, const json* value, std::string pointer, Text what);
  ~ObjectReader() = default;
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  bool ok() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string at(std::string_view key) const { return child(pointer_, key); }
  const Text& what() const { return what_; }
  FileContext& ctx() { return ctx_; }

  // The member, or null (reports schema.required when required and missing).
  const json* member(std::string_view key, Need need);
  bool has(std::string_view key) const;

  std::optional<std::string> string(std::string_view key, Need need, Pattern pattern = Pattern::none);
  std::string id(std::string_view key, Need need = Need::required) {
    return string(key, need, Pattern::id).value_or("");
  }
  // A bilingual text: both nl and en present and non-empty. Glossary links are collected.
  Text text(std::string_view key, Need need);
  std::vector<Text> textList(std::string_view key, Need need, size_t minItems);
  std::optional<double> number(std::string_view key, Need need, std::optional<double> min = {},
                               std::optional<double> max = {});
  std::optional<int> integer(std::string_view key, Need need, std::optional<int> min = {}, std::optional<int> max = {});
  std::optional<bool> boolean(std::string_view key, Need need);
  // One of the allowed values; returns its index.
  std::optional<size_t> oneOf(std::string_view key, Need need, std::initializer_list<std::string_view> allowed);
  // The array's elements (empty when missing or wrong); checks minItems.
  std::vector<const json*> array(std::string_view key, Need need, size_t minItems = 0);
  // An array of strings from a fixed set, unique (themes, laws).
  std::vector<std::string> enumList(std::string_view key, Need need, size_t minItems,
                                    std::initializer_list<std::string_view> allowed);
  // An object member (the caller reads its keys).
  const json* object(std::string_view key, Need need);

  // Warns about members nobody read (except "$schema").
  void finish();

 private:
  FileContext& ctx_;
  const json* object_ = nullptr;
  std::string pointer_;
  Text what_;
  // The members read, by the address of their name in the tree: no copy, and an object has few.
  std::vector<const std::string*> read_;
  bool finished_ = false;
};

// A value's JSON Pointer, made only when a diagnostic or a text's markup asks for it: most
// values are read without either, and each pointer is a string of its own.
class PointerTo {
 public:
  PointerTo(const std::string& pointer) : parent_(pointer) {}  // implicit: a pointer made already
  PointerTo(const std::string& parent, std::string_view key) : parent_(parent), key_(key), isChild_(true) {}
  const std::string& get() const;

 private:
  const std::string& parent_;
  std::string_view key_;
  bool isChild_ = false;
  mutable std::optional<std::string> made_;
};

// Reads a text value at `pointer` (used for map values such as node perspectives).
Text readText(FileContext& ctx, const json& value, const PointerTo& pointer);
// Type check helper: reports schema.type ("... moet een <type> zijn").
void reportType(FileContext& ctx, const std::string& pointer, std::string_view expectedNl, std::string_view expectedEn,
                const json& actual);
// Reads a Markdown text: collects its glossary links into ctx and reports its markup's faults
// (and, with LoadOptions::markdownReference, a reading md4c does not share). readText calls it
// only for a text that may have markup.
void collectGlossaryLinks(FileContext& ctx, const std::string& markdown, const std::string& pointer);

// Checks that ids are unique: call add() for each; reports id.duplicate.
class IdSet {
 public:
  IdSet(FileContext& ctx, Text what) : ctx_(ctx), what_(std::move(what)) {}
  // Returns false (and reports) when the id was seen before. Empty ids are ignored.
  // The message names where the id was first used.
  bool add(const std::string& id, const std::string& pointer);
  bool contains(const std::string& id) const { return ids_.count(id) > 0; }

 private:
  FileContext& ctx_;
  Text what_;
  std::map<std::string, std::string, std::less<>> ids_;  // id -> pointer of its first use
};

// Reports ref.unresolved: "<where> verwijst naar '<id>', maar <kind> bestaat niet."
void reportUnresolved(FileContext& ctx, const std::string& pointer, const std::string& id, const Text& kindOfThing);

}  // namespace leren::core::loading
