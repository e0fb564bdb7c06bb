#include "core/loader_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/byte_set.hpp"
#include "core/content_limits.hpp"

#include "core/markdown.hpp"

namespace leren::core::loading {
namespace {

std::string typeNl(const json& v) {
  switch (v.type()) {
    case json::value_t::string:
      return "tekst";
    case json::value_t::boolean:
      return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "een getal";
    case json::value_t::object:
      return "een object { }";
    case json::value_t::array:
      return "een lijst [ ]";
    case json::value_t::null:
      return "null";
    default:
      return "iets anders";
  }
}

std::string typeEn(const json& v) {
  switch (v.type()) {
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::object:
      return "an object { }";
    case json::value_t::array:
      return "a list [ ]";
    case json::value_t::null:
      return "null";
    default:
      return "something else";
  }
}

// A value as shown inside a message: short strings and numbers as written, anything else by
// its kind. Never dumps a container (it may be large) and cuts long strings at a character.
Text shown(const json& v) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s.size() > 60) {
      size_t cut = 60;
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      s = s.substr(0, cut) + "\xE2\x80\xA6";
    }
    return Text{"\"" + s + "\"", "\"" + s + "\""};
  }
  if (v.is_object() || v.is_array()) return Text{typeNl(v), typeEn(v)};
  return Text{v.dump(), v.dump()};
}

std::string formatNumber(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLowerOrDigit(char c) { return (c >= 'a' && c <= 'z') || isDigit(c); }

struct PatternInfo {
  const char* nl;
  const char* en;
};

PatternInfo describe(Pattern p) {
  switch (p) {
    case Pattern::id:
      return {
          "een id van kleine letters, cijfers en '-' (bijvoorbeeld 'wmo-route'), begint met een letter of cijfer, "
          "hoogstens 64 tekens",
          "an id of lower-case letters, digits and '-' (for example 'wmo-route'), starting with a letter or digit, at "
          "most 64 characters"};
    case Pattern::varId:
      return {
          "een naam van kleine letters, cijfers en '_' (bijvoorbeeld 'vertrouwen' of 'juridisch_kader'), begint met "
          "een letter, hoogstens 32 tekens",
          "a name of lower-case letters, digits and '_' (for example 'vertrouwen' or 'juridisch_kader'), starting with "
          "a letter, at most 32 characters"};
    case Pattern::date:
      return {"een datum als JJJJ-MM-DD (bijvoorbeeld 2026-11-01)", "a date as YYYY-MM-DD (for example 2026-11-01)"};
    case Pattern::timelineDate:
      return {"een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD", "a date as YYYY, YYYY-MM or YYYY-MM-DD"};
    case Pattern::url:
      return {"een webadres dat begint met http:// of https://", "a web address starting with http:// or https://"};
    case Pattern::path:
      return {
          "een bestandsnaam in de cursusmap van kleine letters, cijfers, '/', '_', '.' en '-' die eindigt op "
          ".json (elke naam tussen '/' begint met een letter of cijfer, dus geen '..')",
          "a file name inside the course folder of lower-case letters, digits, '/', '_', '.' and '-' ending in "
          ".json (every name between '/' starts with a letter or digit, so no '..')"};
    case Pattern::imagePath:
      return {
          "een bestandsnaam onder images/ in de cursusmap van kleine letters, cijfers, '/', '_', '.' en '-' die "
          "eindigt op .png, .jpg of .jpeg (elke naam tussen '/' begint met een letter of cijfer, dus geen '..')",
          "a file name under images/ in the course folder of lower-case letters, digits, '/', '_', '.' and '-' "
          "ending in .png, .jpg or .jpeg (every name between '/' starts with a letter or digit, so no '..')"};
    case Pattern::none:
      break;
  }
  return {"", ""};
}

}  // namespace

bool matches(std::string_view v, Pattern pattern) {
  switch (pattern) {
    case Pattern::none:
      return true;
    case Pattern::id: {
      if (v.empty() || v.size() > limits::kMaxIdLength || !isLowerOrDigit(v[0])) return false;
      for (char c : v)
        if (!isLowerOrDigit(c) && c != '-') return false;
      return true;
    }
    case Pattern::varId: {
      if (v.empty() || v.size() > limits::kMaxVariableNameLength || !(v[0] >= 'a' && v[0] <= 'z')) return false;
      for (char c : v)
        if (!isLowerOrDigit(c) && c != '_') return false;
      return true;
    }
    case Pattern::date:
      return v.size() == 10 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-' &&
             isDigit(v[5]) && isDigit(v[6]) && v[7] == '-' && isDigit(v[8]) && isDigit(v[9]);
    case Pattern::timelineDate: {
      if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
      for (size_t i = 0; i < v.size(); ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? v[i] != '-' : !isDigit(v[i])) return false;
      }
      return true;
    }
    case Pattern::url: {
      size_t rest;
      if (v.substr(0, 7) == "http://") {
        rest = 7;
      } else if (v.substr(0, 8) == "https://") {
        rest = 8;
      } else {
        return false;
      }
      if (v.size() <= rest) return false;
      for (size_t i = rest; i < v.size(); ++i)
        if (v[i] == ' ') return false;
      return true;
    }
    case Pattern::path:
    case Pattern::imagePath: {
      if (pattern == Pattern::path && (v.size() < 6 || v.substr(v.size() - 5) != ".json")) return false;
      if (pattern == Pattern::imagePath) {
        const auto endsWith = [&](std::string_view e) { return v.size() > e.size() && v.ends_with(e); };
        if (!v.starts_with("images/") || !(endsWith(".png") || endsWith(".jpg") || endsWith(".jpeg"))) return false;
      }
      // Every folder and file name starts with a letter or digit: no "", "." or "..", so a
      // path never leaves the course folder (also not in the browser, which fetches it).
      for (size_t start = 0; start <= v.size();) {
        size_t slash = std::min(v.find('/', start), v.size());
        std::string_view segment = v.substr(start, slash - start);
        if (segment.empty() || !isLowerOrDigit(segment[0])) return false;
        for (char c : segment)
          if (!isLowerOrDigit(c) && c != '_' && c != '.' && c != '-') return false;
        start = slash + 1;
      }
      return true;
    }
  }
  return false;
}

// One allocation each: the loader makes a pointer for most members it reads.
std::string child(const std::string& pointer, std::string_view key) {
  std::string out;
  out.reserve(pointer.size() + 1 + key.size());
  out += pointer;
  out += '/';
  appendPointerToken(out, key);
  return out;
}
std::string child(const std::string& pointer, size_t index) {
  std::string out;
  out.reserve(pointer.size() + 21);
  out += pointer;
  out += '/';
  out += std::to_string(index);
  return out;
}

void FileContext::report(Severity severity, std::string code, const std::string& pointer, Text message) {
  if (diagnostics_.size() >= limits::kMaxDiagnosticsPerFile) {
    ++leftOut_;
    leftOutErrors_ += severity == Severity::error ? 1 : 0;
    return;
  }
  TextPosition pos = positions().find(pointer);
  diagnostics_.push_back(
      Diagnostic{severity, std::move(code), file_, pointer, pos.line, pos.column, std::move(message)});
}

void FileContext::reportInText(Severity severity, std::string code, const std::string& pointer, size_t offset,
                               Text message) {
  const size_t before = diagnostics_.size();
  report(severity, std::move(code), pointer, std::move(message));
  if (offset == md::kUnknownOffset || diagnostics_.size() == before) return;  // or left out: over the limit
  TextPosition pos = positions().positionInString(pointer, offset);
  diagnostics_.back().line = pos.line;
  diagnostics_.back().column = pos.column;
}

void FileContext::locate(std::vector<Diagnostic>& diagnostics) const {
  for (Diagnostic& d : diagnostics) {
    if (d.file.empty()) d.file = file_;
    if (d.line == 0) {
      TextPosition pos = positions().find(d.pointer);
      d.line = pos.line;
      d.column = pos.column;
    }
  }
}

std::vector<Diagnostic> FileContext::takeDiagnostics() {
  std::vector<Diagnostic> out = std::move(diagnostics_);
  diagnostics_.clear();
  if (leftOut_ > 0) {
    TextPosition pos = positions().find("");
    out.push_back(Diagnostic{
        leftOutErrors_ > 0 ? Severity::error : Severity::warning, "limit.diagnostics", file_, "", pos.line, pos.column,
        Text{"En nog " + std::to_string(leftOut_) + " meldingen over dit bestand (" + std::to_string(leftOutErrors_) +
                 " fouten), niet getoond: los eerst de bovenste op, vaak verdwijnen de andere dan vanzelf.",
             "And " + std::to_string(leftOut_) + " more findings in this file (" + std::to_string(leftOutErrors_) +
                 " errors), not shown: fix the first ones; the others often go away with them."}});
    leftOut_ = leftOutErrors_ = 0;
  }
  return out;
}

void reportType(FileContext& ctx, const std::string& pointer, std::string_view expectedNl, std::string_view expectedEn,
                const json& actual) {
  ctx.error("schema.type", pointer,
            Text{"Hier hoort " + std::string(expectedNl) + ", maar er staat " + typeNl(actual) + ".",
                 "This should be " + std::string(expectedEn) + ", but it is " + typeEn(actual) + "."});
}

namespace {

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// The only links content needs: the web, e-mail and glossary terms (checked elsewhere).
// Everything else (javascript:, data:, file:, relative paths) is never legitimate here.
bool allowedLink(std::string_view target) {
  for (std::string_view scheme : {"https://", "http://"})
    if (startsWithNoCase(target, scheme)) return target.size() > scheme.size();
  if (startsWithNoCase(target, "mailto:")) return target.find('@') != std::string_view::npos;
  return false;
}

std::string cut(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t at = max;
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return s.substr(0, at) + "\xE2\x80\xA6";
}

// Cheap test first: most texts have no links and no markup the format leaves out.
bool mayHaveMarkup(std::string_view markdown) {
  static constexpr ByteSet kMarkup("](<`|>");
  return kMarkup.findIn(markdown) != std::string_view::npos;
}

}  // namespace

void collectGlossaryLinks(FileContext& ctx, const std::string& markdown, const std::string& pointer) {
  const MarkdownReference reference = ctx.markdownReference();
  md::RichText rich = md::parse(markdown);
  if (reference && !reference(markdown, rich))
    ctx.reportInText(Severity::warning, "markdown.reads-differently", pointer, md::kUnknownOffset,
                     Text{"De opmaak van deze tekst is op twee manieren te lezen: de app en md4c (de CommonMark-lezer "
                          "waarmee coursetool controleert) lezen hem verschillend. Meestal staat een * of _ naast een "
                          "leesteken, begint een regel met een lijstteken zonder tekst of staan er in een lijst twee "
                          "lege regels na elkaar. Zet vet en cursief tegen letters aan, of schrijf een \\* voor een "
                          "sterretje dat geen opmaak is.",
                          "The markup of this text can be read in two ways: the app and md4c (the CommonMark reader "
                          "coursetool checks with) read it differently. Usually a * or _ stands next to a punctuation "
                          "mark, a line starts with a list marker without text, or a list has two empty lines in a "
                          "row. Put bold and italic marks against letters, or write \\* for an asterisk that is not "
                          "markup."});
  for (std::string& id : md::glossaryLinks(rich)) ctx.glossaryUses().push_back({std::move(id), pointer});
  for (const md::Unsupported& u : rich.unsupported) {
    if (u.what == "html") {
      ctx.reportInText(
          Severity::error, "markdown.html", pointer, u.offset,
          Text{"Deze tekst bevat HTML. Dat is in de inhoud nooit nodig en wordt niet uitgevoerd: de lerende zou de "
               "tags letterlijk zien. Gebruik **vet**, *cursief*, kopjes en lijsten; schrijf een < als &lt;.",
               "This text contains HTML. Content never needs it and it is not run: the learner would see the tags "
               "as they are. Use **bold**, *italic*, headings and lists; write a < as &lt;."});
      continue;
    }
    ctx.reportInText(
        Severity::warning, "markdown.unsupported", pointer, u.offset,
        Text{"Deze tekst gebruikt opmaak die de app niet toont (" + u.what +
                 "). Gebruik alleen koppen, vet, cursief, lijsten en links; een tabel wordt een \"comparison\"-figuur.",
             "This text uses markup the app does not show (" + u.what +
                 "). Use only headings, bold, italic, lists and links; a table becomes a \"comparison\" figure."});
  }
  for (const md::Link& link : rich.links) {
    if (link.target.rfind("glossary:", 0) == 0 || allowedLink(link.target)) continue;
    const std::string shown = cut(link.target, 80);
    ctx.reportInText(Severity::error, "markdown.bad-link", pointer, link.offset,
                     Text{"De link \"" + shown +
                              "\" is niet toegestaan: een link begint met https:// (of http://), is een e-mailadres "
                              "(mailto:naam@voorbeeld.nl) of een begrip (glossary:id).",
                          "The link \"" + shown +
                              "\" is not allowed: a link starts with https:// (or http://), is an e-mail address "
                              "(mailto:name@example.org) or a term (glossary:id)."});
  }
}

const std::string& PointerTo::get() const {
  if (!isChild_) return parent_;
  if (!made_) made_ = child(parent_, key_);
  return *made_;
}

Text readText(FileContext& ctx, const json& value, const PointerTo& at) {
  Text out;
  if (!value.is_object()) {
    reportType(ctx, at.get(), "een tekst in twee talen, {\"nl\": \"...\", \"en\": \"...\"}",
               "a text in two languages, {\"nl\": \"...\", \"en\": \"...\"}", value);
    return out;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!it.value().is_string()) {
      reportType(ctx, child(at.get(), it.key()), "tekst", "a string", it.value());
      continue;
    }
    const std::string& s = it.value().get_ref<const std::string&>();
    if (it.key() == "nl") out.nl = s;
    if (it.key() == "en") out.en = s;
  }
  for (Lang lang : {Lang::nl, Lang::en}) {
    const char* code = langCode(lang);
    const std::string_view langNl = lang == Lang::nl ? "Nederlandse" : "Engelse";
    const std::string_view langEn = lang == Lang::nl ? "Dutch" : "English";
    auto it = value.find(code);
    if (it == value.end()) {
      ctx.error("text.missing-translation", at.get(),
                Text{"De " + std::string(langNl) + " tekst (\"" + code +
                         "\") ontbreekt. Elke tekst staat er in het Nederlands én het Engels.",
                     "The " + std::string(langEn) + " text (\"" + code +
                         "\") is missing. Every text exists in both Dutch and English."});
    } else if (it->is_string() && it->get_ref<const std::string&>().empty()) {
      ctx.error("text.missing-translation", child(at.get(), code),
                Text{"De " + std::string(langNl) + " tekst is leeg. Vul de vertaling in.",
                     "The " + std::string(langEn) + " text is empty. Fill in the translation."});
    }
  }
  // The pointers only for a text that may have links or markup (most have none), unless every
  // text is read with the reference as well (coursetool).
  if (!ctx.checksMarkup()) return out;
  const auto readsMarkup = [&](const std::string& s) {
    return !s.empty() && (ctx.markdownReference() || mayHaveMarkup(s));
  };
  if (readsMarkup(out.nl)) collectGlossaryLinks(ctx, out.nl, child(at.get(), "nl"));
  if (readsMarkup(out.en)) collectGlossaryLinks(ctx, out.en, child(at.get(), "en"));
  return out;
}

ObjectReader::ObjectReader(FileContext& ctx, const json* value, std::string pointer, Text what)
    : ctx_(ctx), pointer_(std::move(pointer)), what_(std::move(what)) {
  if (!value) return;
  if (!value->is_object()) {
    reportType(ctx_, pointer_, "een object { } (" + what_.nl + ")", "an object { } (" + what_.en + ")", *value);
    return;
  }
  object_ = value;
}

bool ObjectReader::has(std::string_view key) const { return object_ && object_->find(key) != object_->end(); }

const json* ObjectReader::member(std::string_view key, Need need) {
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it != object_->end()) {
    read_.push_back(&it.key());
    return &*it;
  }
  if (need == Need::required) {
    ctx_.error("schema.required", pointer_,
               Text{"In " + what_.nl + " ontbreekt het verplichte veld \"" + std::string(key) + "\".",
                    "The required field \"" + std::string(key) + "\" is missing in " + what_.en + "."});
  }
  return nullptr;
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need, Pattern pattern) {
  const json* v = member(key, need);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    reportType(ctx_, at(key), "tekst tussen aanhalingstekens", "a string in quotes", *v);
    return std::nullopt;
  }
  const std::string& s = v->get_ref<const std::string&>();
  if (!matches(s, pattern)) {
    PatternInfo info = describe(pattern);
    const Text value = shown(*v);
    ctx_.error("schema.pattern", at(key),
               Text{value.nl + " is geen geldige waarde voor \"" + std::string(key) + "\": verwacht " + info.nl + ".",
                    value.en + " is not a valid value for \"" + std::string(key) + "\": expected " + info.en + "."});
    // Keep the value: references to a misspelt id still resolve, so one mistake gives one error.
    return s;
  }
  if (pattern == Pattern::none && s.empty()) {
    ctx_.error(
        "schema.min-length", at(key),
        Text{"\"" + std::string(key) + "\" mag niet leeg zijn.", "\"" + std::string(key) + "\" must not be empty."});
  }
  return s;
}

Text ObjectReader::text(std::string_view key, Need need) {
  const json* v = member(key, need);
  if (!v) return {};
  return readText(ctx_, *v, PointerTo(pointer_, key));
}

std::vector<Text> ObjectReader::textList(std::string_view key, Need need, size_t minItems) {
  std::vector<Text> out;
  std::vector<const json*> items = array(key, need, minItems);
  const std::string listAt = at(key);
  for (size_t i = 0; i < items.size(); ++i) out.push_back(readText(ctx_, *items[i], child(listAt, i)));
  return out;
}

std::optional<double> ObjectReader::number(std::string_view key, Need need, std::optional<double> min,
                                           std::optional<double> max) {
  const json* v = member(key, need);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    reportType(ctx_, at(key), "een getal (zonder aanhalingstekens)", "a number (without quotes)", *v);
    return std::nullopt;
  }
  double d = v->get<double>();
  if (min && d < *min) {
    ctx_.error("schema.minimum", at(key),
               Text{"\"" + std::string(key) + "\" is " + formatNumber(d) + ", maar mag niet kleiner zijn dan " +
                        formatNumber(*min) + ".",
                    "\"" + std::string(key) + "\" is " + formatNumber(d) + ", but must not be less than " +
                        formatNumber(*min) + "."});
    return std::nullopt;
  }
  if (max && d > *max) {
    ctx_.error("schema.maximum", at(key),
               Text{"\"" + std::string(key) + "\" is " + formatNumber(d) + ", maar mag niet groter zijn dan " +
                        formatNumber(*max) + ".",
                    "\"" + std::string(key) + "\" is " + formatNumber(d) + ", but must not be more than " +
                        formatNumber(*max) + "."});
    return std::nullopt;
  }
  return d;
}

std::optional<int> ObjectReader::integer(std::string_view key, Need need, std::optional<int> min,
                                         std::optional<int> max) {
  const json* v = member(key, need);
  if (!v) return std::nullopt;
  bool whole = v->is_number_integer() || (v->is_number_float() && std::floor(v->get<double>()) == v->get<double>());
  if (!whole) {
    reportType(ctx_, at(key), "een geheel getal (zonder aanhalingstekens)", "a whole number (without quotes)", *v);
    return std::nullopt;
  }
  auto d = number(key, need, min ? std::optional<double>(*min) : std::nullopt,
                  max ? std::optional<double>(*max) : std::nullopt);
  if (!d) return std::nullopt;
  return static_cast<int>(*d);
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need) {
  const json* v = member(key, need);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    reportType(ctx_, at(key), "true of false (zonder aanhalingstekens)", "true or false (without quotes)", *v);
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<size_t> ObjectReader::oneOf(std::string_view key, Need need,
                                          std::initializer_list<std::string_view> allowed) {
  const json* v = member(key, need);
  if (!v) return std::nullopt;
  std::string list;
  for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  if (v->is_string()) {
    size_t i = 0;
    for (std::string_view a : allowed) {
      if (v->get_ref<const std::string&>() == a) return i;
      ++i;
    }
  }
  const Text value = shown(*v);
  ctx_.error("schema.enum", at(key),
             Text{value.nl + " is geen toegestane waarde voor \"" + std::string(key) + "\". Kies uit: " + list + ".",
                  value.en + " is not an allowed value for \"" + std::string(key) + "\". Choose from: " + list + "."});
  return std::nullopt;
}

std::vector<const json*> ObjectReader::array(std::string_view key, Need need, size_t minItems) {
  std::vector<const json*> out;
  const json* v = member(key, need);
  if (!v) return out;
  if (!v->is_array()) {
    reportType(ctx_, at(key), "een lijst [ ]", "a list [ ]", *v);
    return out;
  }
  for (const json& item : *v) out.push_back(&item);
  if (out.size() < minItems) {
    ctx_.error("schema.min-items", at(key),
               Text{"\"" + std::string(key) + "\" heeft " + std::to_string(out.size()) +
                        " element(en), maar er zijn er minstens " + std::to_string(minItems) + " nodig.",
                    "\"" + std::string(key) + "\" has " + std::to_string(out.size()) + " item(s), but needs at least " +
                        std::to_string(minItems) + "."});
  }
  return out;
}

std::vector<std::string> ObjectReader::enumList(std::string_view key, Need need, size_t minItems,
                                                std::initializer_list<std::string_view> allowed) {
  std::vector<std::string> out;
  std::vector<const json*> items = array(key, need, minItems);
  std::string list;
  for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  for (size_t i = 0; i < items.size(); ++i) {
    const json& v = *items[i];
    std::string p = child(at(key), i);
    bool ok = false;
    if (v.is_string())
      for (std::string_view a : allowed) ok = ok || v.get_ref<const std::string&>() == a;
    const Text value = shown(v);
    if (!ok) {
      ctx_.error(
          "schema.enum", p,
          Text{value.nl + " is geen toegestane waarde in \"" + std::string(key) + "\". Kies uit: " + list + ".",
               value.en + " is not an allowed value in \"" + std::string(key) + "\". Choose from: " + list + "."});
      continue;
    }
    const std::string& s = v.get_ref<const std::string&>();
    bool seen = false;
    for (const std::string& o : out) seen = seen || o == s;
    if (seen) {
      ctx_.error("schema.unique-items", p,
                 Text{value.nl + " staat twee keer in \"" + std::string(key) + "\".",
                      value.en + " appears twice in \"" + std::string(key) + "\"."});
      continue;
    }
    out.push_back(s);
  }
  return out;
}

const json* ObjectReader::object(std::string_view key, Need need) {
  const json* v = member(key, need);
  if (!v) return nullptr;
  if (!v->is_object()) {
    reportType(ctx_, at(key), "een object { }", "an object { }", *v);
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (finished_ || !object_) return;
  finished_ = true;
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (it.key() == "$schema" || std::find(read_.begin(), read_.end(), &it.key()) != read_.end()) continue;
    ctx_.report(Severity::warning, "field.unknown", at(it.key()),
                Text{"Het veld \"" + it.key() + "\" in " + what_.nl +
                         " ken ik niet; het wordt genegeerd. Een tikfout, of een veld uit een nieuwere versie?",
                     "The field \"" + it.key() + "\" in " + what_.en +
                         " is unknown and is ignored. A typo, or a field from a newer version?"});
  }
}

bool IdSet::add(const std::string& id, const std::string& pointer) {
  if (id.empty()) return true;
  auto [it, fresh] = ids_.emplace(id, pointer);
  if (fresh) return true;
  TextPosition first = ctx_.positionOf(it->second);
  std::string where = std::to_string(first.line) + ":" + std::to_string(first.column);
  ctx_.error("id.duplicate", pointer,
             Text{"De id \"" + id + "\" komt twee keer voor bij " + what_.nl + " (eerder op regel " + where +
                      "). Ids moeten uniek zijn: voortgang en analyse hangen eraan.",
                  "The id \"" + id + "\" is used twice among " + what_.en + " (before at line " + where +
                      "). Ids must be unique: progress and analytics depend on them."});
  return false;
}

void reportUnresolved(FileContext& ctx, const std::string& pointer, const std::string& id, const Text& kindOfThing) {
  ctx.error("ref.unresolved", pointer,
            Text{"Dit verwijst naar \"" + id + "\", maar " + kindOfThing.nl + " met die id bestaat niet.",
                 "This refers to \"" + id + "\", but there is no " + kindOfThing.en + " with that id."});
}

}  // namespace leren::core::loading
