#include "core/loader_reader.hpp"

#include <cmath>

#include "core/markdown.hpp"

namespace leren::core::loading {
namespace {

// Records only the first syntax error, with its byte position (nlohmann reports 1-based
// character counts in `position`, which for us is the byte just after the bad token).
class ErrorSax : public nlohmann::json_sax<json> {
 public:
  size_t position = 0;
  std::string token;
  std::string what;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string& lastToken, const nlohmann::detail::exception& ex) override {
    position = pos;
    token = lastToken;
    what = ex.what();
    return false;
  }
};

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
      return {"een bestandsnaam van kleine letters, cijfers, '/', '_', '.' en '-' die eindigt op .json",
              "a file name of lower-case letters, digits, '/', '_', '.' and '-' ending in .json"};
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
      if (v.empty() || v.size() > 64 || !isLowerOrDigit(v[0])) return false;
      for (char c : v)
        if (!isLowerOrDigit(c) && c != '-') return false;
      return true;
    }
    case Pattern::varId: {
      if (v.empty() || v.size() > 32 || !(v[0] >= 'a' && v[0] <= 'z')) return false;
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
    case Pattern::path: {
      if (v.size() < 6 || v.substr(v.size() - 5) != ".json") return false;
      for (char c : v)
        if (!isLowerOrDigit(c) && c != '/' && c != '_' && c != '.' && c != '-') return false;
      return true;
    }
  }
  return false;
}

std::string child(const std::string& pointer, std::string_view key) { return pointer + "/" + escapePointerToken(key); }
std::string child(const std::string& pointer, size_t index) { return pointer + "/" + std::to_string(index); }

FileContext::FileContext(std::string file, std::string_view text)
    : file_(std::move(file)), positions_(JsonPositions::scan(text)) {}

void FileContext::report(Severity severity, std::string code, const std::string& pointer, Text message) {
  TextPosition pos = positions_.find(pointer);
  diagnostics_.push_back(
      Diagnostic{severity, std::move(code), file_, pointer, pos.line, pos.column, std::move(message)});
}

void FileContext::locate(std::vector<Diagnostic>& diagnostics) const {
  for (Diagnostic& d : diagnostics) {
    if (d.file.empty()) d.file = file_;
    if (d.line == 0) {
      TextPosition pos = positions_.find(d.pointer);
      d.line = pos.line;
      d.column = pos.column;
    }
  }
}

std::optional<json> FileContext::parse(std::string_view text) {
  json value = json::parse(text.begin(), text.end(), nullptr, false);
  if (!value.is_discarded()) return value;
  ErrorSax sax;
  json::sax_parse(text.begin(), text.end(), &sax);
  // nlohmann's position counts the bytes read: the last one is where the problem showed.
  size_t offset = sax.position > 0 ? sax.position - 1 : 0;
  TextPosition pos = positionOfOffset(text, offset);
  // Its explanation ("unexpected ','; expected ...") helps too, as a technical detail.
  std::string detail;
  if (size_t dash = sax.what.rfind(" - "); dash != std::string::npos) detail = " (" + sax.what.substr(dash + 3) + ")";
  std::string nl = text.empty() ? "Het bestand is leeg; er hoort JSON in te staan."
                                : "Dit is geen geldige JSON. Kijk op deze plek en net ervoor: vaak een komma te veel "
                                  "of te weinig, of een ontbrekend aanhalingsteken." +
                                      detail;
  std::string en = text.empty() ? "The file is empty; it should contain JSON."
                                : "This is not valid JSON. Look at this spot and just before it: often a missing or "
                                  "extra comma, or a missing quote." +
                                      detail;
  diagnostics_.push_back(Diagnostic{Severity::error, "json.syntax", file_, "", pos.line, pos.column, Text{nl, en}});
  return std::nullopt;
}

void reportType(FileContext& ctx, const std::string& pointer, std::string_view expectedNl, std::string_view expectedEn,
                const json& actual) {
  ctx.error("schema.type", pointer,
            Text{"Hier hoort " + std::string(expectedNl) + ", maar er staat " + typeNl(actual) + ".",
                 "This should be " + std::string(expectedEn) + ", but it is " + typeEn(actual) + "."});
}

void collectGlossaryLinks(FileContext& ctx, const std::string& markdown, const std::string& pointer) {
  // Cheap test first: most texts have no links and no markup the format leaves out.
  if (markdown.find_first_of("](<`|>") == std::string::npos) return;
  md::RichText rich = md::parse(markdown);
  for (std::string& id : md::glossaryLinks(rich)) ctx.glossaryUses().push_back({std::move(id), pointer});
  for (const md::Unsupported& u : rich.unsupported) {
    ctx.report(
        Severity::warning, "markdown.unsupported", pointer,
        Text{"Deze tekst gebruikt opmaak die de app niet toont (" + u.what +
                 "). Gebruik alleen koppen, vet, cursief, lijsten en links; een tabel wordt een \"comparison\"-figuur.",
             "This text uses markup the app does not show (" + u.what +
                 "). Use only headings, bold, italic, lists and links; a table becomes a \"comparison\" figure."});
  }
  for (const md::Block& b : rich.blocks) {
    for (const md::Span& span : b.spans) {
      if (span.kind != md::SpanKind::link) continue;
      if (span.target.rfind("https://", 0) == 0 || span.target.rfind("http://", 0) == 0) continue;
      ctx.report(Severity::warning, "markdown.bad-link", pointer,
                 Text{"De link \"" + span.target +
                          "\" gaat nergens heen: een link begint met https:// of is een begrip (glossary:id).",
                      "The link \"" + span.target +
                          "\" leads nowhere: a link starts with https:// or names a term (glossary:id)."});
    }
  }
}

Text readText(FileContext& ctx, const json& value, const std::string& pointer) {
  Text out;
  if (!value.is_object()) {
    reportType(ctx, pointer, "een tekst in twee talen, {\"nl\": \"...\", \"en\": \"...\"}",
               "a text in two languages, {\"nl\": \"...\", \"en\": \"...\"}", value);
    return out;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!it.value().is_string()) {
      reportType(ctx, child(pointer, it.key()), "tekst", "a string", it.value());
      continue;
    }
    const std::string& s = it.value().get_ref<const std::string&>();
    if (it.key() == "nl") out.nl = s;
    if (it.key() == "en") out.en = s;
  }
  for (Lang lang : {Lang::nl, Lang::en}) {
    const char* code = langCode(lang);
    std::string langNl = lang == Lang::nl ? "Nederlandse" : "Engelse";
    std::string langEn = lang == Lang::nl ? "Dutch" : "English";
    auto it = value.find(code);
    if (it == value.end()) {
      ctx.error(
          "text.missing-translation", pointer,
          Text{"De " + langNl + " tekst (\"" + code +
                   "\") ontbreekt. Elke tekst staat er in het Nederlands én het Engels.",
               "The " + langEn + " text (\"" + code + "\") is missing. Every text exists in both Dutch and English."});
    } else if (it->is_string() && it->get_ref<const std::string&>().empty()) {
      ctx.error("text.missing-translation", child(pointer, code),
                Text{"De " + langNl + " tekst is leeg. Vul de vertaling in.",
                     "The " + langEn + " text is empty. Fill in the translation."});
    }
  }
  collectGlossaryLinks(ctx, out.nl, child(pointer, "nl"));
  collectGlossaryLinks(ctx, out.en, child(pointer, "en"));
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

bool ObjectReader::has(std::string_view key) const {
  return object_ && object_->find(std::string(key)) != object_->end();
}

const json* ObjectReader::member(std::string_view key, Need need) {
  if (!object_) return nullptr;
  read_.insert(std::string(key));
  auto it = object_->find(std::string(key));
  if (it != object_->end()) return &*it;
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
    ctx_.error("schema.pattern", at(key),
               Text{"\"" + s + "\" is geen geldige waarde voor \"" + std::string(key) + "\": verwacht " + info.nl + ".",
                    "\"" + s + "\" is not a valid value for \"" + std::string(key) + "\": expected " + info.en + "."});
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
  return readText(ctx_, *v, at(key));
}

std::vector<Text> ObjectReader::textList(std::string_view key, Need need, size_t minItems) {
  std::vector<Text> out;
  std::vector<const json*> items = array(key, need, minItems);
  for (size_t i = 0; i < items.size(); ++i) out.push_back(readText(ctx_, *items[i], child(at(key), i)));
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
  read_.erase(std::string(key));  // number() marks it again
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
  std::string shown = v->is_string() ? "\"" + v->get<std::string>() + "\"" : v->dump();
  ctx_.error("schema.enum", at(key),
             Text{shown + " is geen toegestane waarde voor \"" + std::string(key) + "\". Kies uit: " + list + ".",
                  shown + " is not an allowed value for \"" + std::string(key) + "\". Choose from: " + list + "."});
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
    std::string shown = v.is_string() ? "\"" + v.get<std::string>() + "\"" : v.dump();
    if (!ok) {
      ctx_.error("schema.enum", p,
                 Text{shown + " is geen toegestane waarde in \"" + std::string(key) + "\". Kies uit: " + list + ".",
                      shown + " is not an allowed value in \"" + std::string(key) + "\". Choose from: " + list + "."});
      continue;
    }
    const std::string& s = v.get_ref<const std::string&>();
    bool seen = false;
    for (const std::string& o : out) seen = seen || o == s;
    if (seen) {
      ctx_.error("schema.unique-items", p,
                 Text{shown + " staat twee keer in \"" + std::string(key) + "\".",
                      shown + " appears twice in \"" + std::string(key) + "\"."});
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
    if (it.key() == "$schema" || read_.count(it.key())) continue;
    ctx_.report(Severity::warning, "field.unknown", at(it.key()),
                Text{"Het veld \"" + it.key() + "\" in " + what_.nl +
                         " ken ik niet; het wordt genegeerd. Een tikfout, of een veld uit een nieuwere versie?",
                     "The field \"" + it.key() + "\" in " + what_.en +
                         " is unknown and is ignored. A typo, or a field from a newer version?"});
  }
}

bool IdSet::add(const std::string& id, const std::string& pointer) {
  if (id.empty()) return true;
  if (!ids_.insert(id).second) {
    ctx_.error("id.duplicate", pointer,
               Text{"De id \"" + id + "\" komt twee keer voor bij " + what_.nl +
                        ". Ids moeten uniek zijn: voortgang en analyse hangen eraan.",
                    "The id \"" + id + "\" is used twice among " + what_.en +
                        ". Ids must be unique: progress and analytics depend on them."});
    return false;
  }
  return true;
}

void reportUnresolved(FileContext& ctx, const std::string& pointer, const std::string& id, const Text& kindOfThing) {
  ctx.error("ref.unresolved", pointer,
            Text{"Dit verwijst naar \"" + id + "\", maar " + kindOfThing.nl + " met die id bestaat niet.",
                 "This refers to \"" + id + "\", but there is no " + kindOfThing.en + " with that id."});
}

}  // namespace leren::core::loading
