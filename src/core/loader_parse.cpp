// From a content file's bytes to a JSON tree, in an order that lets no file do harm: size,
// encoding and UTF-8 first, then one iterative scan for nesting, duplicate names and the other
// limits, and only then nlohmann's parser. Each problem is reported where it is. Bytes the
// build checked and found harmless go to the parser at once (parseChecked).
#include <algorithm>
#include <cstdio>

#include "core/content_limits.hpp"
#include "core/json_text.hpp"
#include "core/loader_reader.hpp"
#include "core/utf8.hpp"

namespace leren::core::loading {
namespace {

// "5.1 MB" / "5,1 MB": sizes as each language writes them.
Text bytesText(size_t bytes) {
  char buffer[32];
  if (bytes >= 1024 * 1024) {
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  } else {
    std::snprintf(buffer, sizeof buffer, "%zu KB", (bytes + 1023) / 1024);
  }
  std::string en = buffer, nl = buffer;
  if (size_t dot = nl.find('.'); dot != std::string::npos) nl[dot] = ',';
  return Text{nl, en};
}

std::string number(size_t n) { return std::to_string(n); }

std::string hexByte(char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
  return buffer;
}

}  // namespace

Diagnostic fileTooLarge(const std::string& file, size_t bytes) {
  return Diagnostic{
      Severity::error,
      "limit.file-size",
      file,
      "",
      1,
      1,
      Text{"Dit bestand is " + bytesText(bytes).nl + "; de grens is " + bytesText(limits::kMaxFileBytes).nl +
               " per bestand. Verdeel de inhoud over meer modules of casussen, of zoek de tekst die per ongeluk is "
               "geplakt.",
           "This file is " + bytesText(bytes).en + "; the limit is " + bytesText(limits::kMaxFileBytes).en +
               " per file. Spread the content over more modules or cases, or look for text pasted by mistake."}};
}

void FileContext::fileError(std::string_view text, const char* code, size_t offset, const std::string& pointer,
                            Text message) {
  TextPosition pos = positionOfOffset(text, offset);
  diagnostics_.push_back(Diagnostic{Severity::error, code, file_, pointer, pos.line, pos.column, std::move(message)});
}

bool FileContext::scan(std::string_view text) {
  kept_.reset();
  if (text.size() > limits::kMaxFileBytes) {
    diagnostics_.push_back(fileTooLarge(file_, text.size()));
    return false;
  }
  utf8::Encoding encoding = utf8::detect(text);
  if (encoding == utf8::Encoding::utf16 || encoding == utf8::Encoding::utf32) {
    std::string name = encoding == utf8::Encoding::utf16 ? "UTF-16" : "UTF-32";
    fileError(text, "json.encoding", 0, "",
              Text{"Dit bestand is opgeslagen als " + name +
                       " (\"Unicode\" in Kladblok); inhoud is altijd UTF-8. Sla het op met de codering UTF-8.",
                   "This file is saved as " + name +
                       " (\"Unicode\" in Notepad); content is always UTF-8. Save it with the encoding UTF-8."});
    return false;
  }
  positions_ = JsonPositions::scan(text);
  if (std::optional<size_t> bad = utf8::firstInvalidByte(text)) {
    fileError(text, "json.utf8", *bad, positions_.pointerAt(*bad),
              Text{"Hier staat een byte (" + hexByte(text[*bad]) +
                       ") die geen UTF-8 is: het bestand is waarschijnlijk opgeslagen als Latin-1 of Windows-1252 "
                       "(bijvoorbeeld een é of € uit een ander programma). Sla het op met de codering UTF-8.",
                   "Here is a byte (" + hexByte(text[*bad]) +
                       ") that is not UTF-8: the file was probably saved as Latin-1 or Windows-1252 (for example an "
                       "é or € from another program). Save it with the encoding UTF-8."});
    return false;
  }
  reportFindings();
  return !positions_.tooDeep();  // reported above; no tree is built from it
}

std::optional<json> FileContext::parseChecked(std::string text) {
  kept_ = std::move(text);
  keptScanned_ = false;
  positions_ = JsonPositions();
  return buildTree(*kept_);
}

const JsonPositions& FileContext::positions() const {
  if (kept_ && !keptScanned_) {
    positions_ = JsonPositions::scan(*kept_);
    keptScanned_ = true;
  }
  return positions_;
}

bool scanFoundNothing(const std::vector<Diagnostic>& built) {
  return std::none_of(built.begin(), built.end(), [](const Diagnostic& d) {
    return d.code.rfind("json.", 0) == 0 || d.code.rfind("limit.", 0) == 0;
  });
}

std::optional<json> FileContext::buildTree(std::string_view text) {
  JsonSyntaxError error;
  json value = parseJson(text, &error);
  if (!value.is_discarded()) return value;
  // nlohmann counts the bytes read: the last one is where the problem showed.
  size_t offset = error.bytesRead > 0 ? error.bytesRead - 1 : 0;
  // A number too large for a double (1e999) fails the parser too: it was reported above.
  for (const JsonFinding& f : positions().findings())
    if (f.kind == JsonFinding::Kind::numberTooLarge && offset >= f.offset && offset <= f.offset + f.count)
      return std::nullopt;
  // Its explanation ("unexpected ','; expected ...") helps too, as a technical detail.
  std::string detail;
  if (size_t dash = error.what.rfind(" - "); dash != std::string::npos)
    detail = " (" + error.what.substr(dash + 3) + ")";
  bool empty =
      text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
      (utf8::detect(text) == utf8::Encoding::utf8Bom && text.find_first_not_of(" \t\r\n", 3) == std::string_view::npos);
  fileError(text, "json.syntax", offset, empty ? "" : positions().pointerAt(offset),
            empty
                ? Text{"Het bestand is leeg; er hoort JSON in te staan.", "The file is empty; it should contain JSON."}
                : Text{"Dit is geen geldige JSON. Kijk op deze plek en net ervoor: vaak een komma te veel of te "
                       "weinig, of een ontbrekend aanhalingsteken." +
                           detail,
                       "This is not valid JSON. Look at this spot and just before it: often a missing or extra "
                       "comma, or a missing quote." +
                           detail});
  return std::nullopt;
}

void FileContext::reportFindings() {
  for (const JsonFinding& f : positions_.findings()) {
    TextPosition pos = positions_.positionOf(f.offset);
    Text message;
    const char* code = "";
    switch (f.kind) {
      case JsonFinding::Kind::tooDeep:
        code = "limit.depth";
        message = Text{"Hier zitten lijsten en objecten meer dan " + number(limits::kMaxNestingDepth) +
                           " lagen diep in elkaar; inhoud gaat nooit dieper dan een laag of tien. Vaak staat hier per "
                           "ongeluk een lijst [ ] of object { } waar een korte tekst hoort.",
                       "Lists and objects are nested more than " + number(limits::kMaxNestingDepth) +
                           " levels deep here; content never goes deeper than about ten. Often a list [ ] or object "
                           "{ } was put where a short text belongs."};
        break;
      case JsonFinding::Kind::duplicateKey: {
        TextPosition first = positions_.positionOf(f.otherOffset);
        std::string where = std::to_string(first.line) + ":" + std::to_string(first.column);
        code = "json.duplicate-key";
        message = Text{"Het veld \"" + f.token + "\" staat twee keer in hetzelfde object: hier en eerder op regel " +
                           where + ". Alleen de laatste zou tellen, zonder waarschuwing; verwijder of hernoem er één.",
                       "The field \"" + f.token + "\" appears twice in the same object: here and before at line " +
                           where + ". Only the last would count, silently; remove or rename one."};
        break;
      }
      case JsonFinding::Kind::tooManyItems:
        code = "limit.array-items";
        message = Text{
            "Deze lijst heeft " + number(f.count) + " elementen; de grens is " + number(limits::kMaxArrayItems) + ".",
            "This list has " + number(f.count) + " items; the limit is " + number(limits::kMaxArrayItems) + "."};
        break;
      case JsonFinding::Kind::tooManyMembers:
        code = "limit.object-members";
        message = Text{
            "Dit object heeft " + number(f.count) + " velden; de grens is " + number(limits::kMaxObjectMembers) + ".",
            "This object has " + number(f.count) + " fields; the limit is " + number(limits::kMaxObjectMembers) + "."};
        break;
      case JsonFinding::Kind::stringTooLong:
        code = "limit.text-length";
        message = Text{
            "Deze tekst is " + bytesText(f.count).nl + " lang; de grens is " + bytesText(limits::kMaxStringBytes).nl +
                " per tekst (zo'n 60.000 tekens). Verdeel hem over meer blokken of pagina's.",
            "This text is " + bytesText(f.count).en + " long; the limit is " + bytesText(limits::kMaxStringBytes).en +
                " per text (about 60,000 characters). Spread it over more blocks or pages."};
        break;
      case JsonFinding::Kind::keyTooLong:
        code = "limit.key-length";
        message = Text{
            "Deze veldnaam is " + number(f.count) + " bytes lang; de grens is " + number(limits::kMaxKeyBytes) + ".",
            "This field name is " + number(f.count) + " bytes long; the limit is " + number(limits::kMaxKeyBytes) +
                "."};
        break;
      case JsonFinding::Kind::numberTooLarge: {
        char max[32];
        std::snprintf(max, sizeof max, "%.0f", limits::kMaxNumberMagnitude);
        code = "limit.number";
        message = Text{"Het getal " + f.token + " is te groot of te lang: getallen in de inhoud liggen tussen -" + max +
                           " en " + max + " en hebben hoogstens " + number(limits::kMaxNumberChars) + " tekens.",
                       "The number " + f.token + " is too large or too long: numbers in content lie between -" + max +
                           " and " + max + " and have at most " + number(limits::kMaxNumberChars) + " characters."};
        break;
      }
    }
    if (diagnostics_.size() >= limits::kMaxDiagnosticsPerFile) {
      ++leftOut_;
      ++leftOutErrors_;
      continue;
    }
    diagnostics_.push_back(Diagnostic{Severity::error, code, file_, f.pointer, pos.line, pos.column, message});
  }
}

}  // namespace leren::core::loading
