#pragma once
// Internal to the loader: the readers for each kind of file (loader_*.cpp).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_model.hpp"
#include "core/loader_reader.hpp"

namespace leren::core::loading {

// Checks formatVersion and kind of a file's root object. False when the rest of the file
// should not be read (newer format version, or the wrong kind of file).
bool readHeader(ObjectReader& root, std::string_view expectedKind);

std::vector<Source> readSources(ObjectReader& r, std::string_view key, Need need);
std::optional<Source> readSource(FileContext& ctx, const json& value, const std::string& pointer);
std::string readPeildatum(ObjectReader& r);

// The allowed values of themes and laws (content/schema/content.schema.json).
std::vector<std::string> readThemes(ObjectReader& r);
std::vector<std::string> readLaws(ObjectReader& r);

// Parses an expression and checks its names against `declared`; reports expr.syntax /
// expr.unknown-variable at `pointer`. Returns null on any error.
std::shared_ptr<const expr::Expr> checkExpression(FileContext& ctx, const std::string& source,
                                                  const std::string& pointer, const std::vector<std::string>& declared,
                                                  const Text& declaredHint);

// The members of an image object (src, alt, decorative, caption): the image block itself.
ImageRef readImageFields(ObjectReader& r);
// An optional image object at `key` (a persona's portrait); an empty ImageRef when absent.
ImageRef readImage(ObjectReader& parent, std::string_view key, const Text& what);

// "het onderdeel \"x\"" style names for messages: the text plus the id when there is one.
Text named(const std::string& nl, const std::string& en, const std::string& id);
// The "id" string of a JSON object, or "" (for messages about items whose id is broken).
std::string idOf(const json& v);

void readModule(FileContext& ctx, const json& root, Module& out);
// The course's modules, loaded before the cases: learnMore links are checked against them.
// complete: course.json and every module file were read without errors, so an unknown module
// id is the case's own mistake.
struct CourseModules {
  const std::vector<Module>& modules;
  bool complete = true;
};
// Reads a case in parts, so that a big one never holds a slice of a frame: first everything
// before the nodes, then the nodes a number at a time, last the endings and the references
// between them (every `next` resolved to a Target). `root`, `out` and `modules` must outlive it.
class CaseReading {
 public:
  CaseReading(FileContext& ctx, const json& root, Case& out, const CourseModules& modules);
  ~CaseReading();
  CaseReading(const CaseReading&) = delete;
  CaseReading& operator=(const CaseReading&) = delete;
  // Reads the next part (the head, or up to `nodes` nodes, with the tail after the last);
  // false once the whole case is read.
  bool readSome(size_t nodes);

 private:
  bool readHead();
  void readTail();
  struct State;
  std::unique_ptr<State> s_;
};
void readGlossary(FileContext& ctx, const json& root, Glossary& out);
void readStrings(FileContext& ctx, const json& root, Strings& out);

}  // namespace leren::core::loading
