#include "core/course_index.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_positions.hpp"
#include "core/json_text.hpp"
#include "core/utf8.hpp"

namespace leren::core {
namespace {

using nlohmann::json;

json text(const Text& t) { return {{"nl", t.nl}, {"en", t.en}}; }

json fileEntry(const IndexedFile& f) {
  json e{{"file", f.file}, {"hash", hashHex(f.hash)}, {"bytes", f.bytes}};
  if (!f.diagnostics.empty()) e["diagnostics"] = diagnosticsJson(f.diagnostics);
  return e;
}

json moduleEntry(const Module& m) {
  json pages = json::array();
  for (const Page& p : m.pages) {
    json blocks = json::array();
    for (const Block& b : p.blocks) {
      if (const auto* check = std::get_if<CheckBlock>(&b)) {
        blocks.push_back({{"type", "check"}, {"id", check->question.id}});
      } else if (const auto* radar = std::get_if<Radar>(&b)) {
        json keys = json::array();
        for (const RadarAxis& a : radar->axes) keys.push_back(a.id);
        blocks.push_back({{"type", "radar"}, {"id", radar->id}, {"keys", keys}});
      } else if (const auto* calc = std::get_if<Calculator>(&b)) {
        json keys = json::array();
        for (const CalculatorInput& in : calc->inputs) keys.push_back(in.id);
        blocks.push_back({{"type", "calculator"}, {"id", calc->id}, {"keys", keys}});
      }
    }
    pages.push_back({{"id", p.id}, {"title", text(p.title)}, {"blocks", blocks}});
  }
  json questions = json::array();
  for (const Question& q : m.quiz.questions) questions.push_back(q.id);
  // Home draws the cover from the index: its file and what it shows.
  const json cover = m.cover.present() ? json{{"src", m.cover.src},
                                              {"alt", text(m.cover.alt)},
                                              {"decorative", m.cover.decorative},
                                              {"pointer", m.cover.pointer}}
                                       : json(nullptr);
  return {{"file", m.file},
          {"cover", cover},
          {"hash", hashHex(m.contentHash)},
          {"id", m.id},
          {"available", m.available},
          {"title", text(m.title)},
          {"summary", text(m.summary)},
          {"minutes", m.minutes},
          {"themes", m.themes},
          {"pages", pages},
          {"quiz", {{"id", m.quiz.id}, {"passPercent", m.quiz.passPercent}, {"questions", questions}}},
          {"diagnostics", diagnosticsJson(m.diagnostics)}};
}

const char* ratingName(Rating r) { return r == Rating::good ? "good" : r == Rating::poor ? "poor" : "mixed"; }
const char* difficultyName(Difficulty d) {
  return d == Difficulty::basis ? "basis" : d == Difficulty::gevorderd ? "gevorderd" : "expert";
}

json caseEntry(const Case& c) {
  json choices = json::array(), endings = json::array(), dimensions = json::array();
  std::vector<std::string> seen;
  for (const Node& n : c.nodes)
    for (const Choice& ch : n.choices)
      if (std::find(seen.begin(), seen.end(), ch.id) == seen.end()) seen.push_back(ch.id);
  for (const std::string& id : seen) choices.push_back(id);
  for (const Ending& e : c.endings)
    endings.push_back({{"id", e.id}, {"title", text(e.title)}, {"rating", ratingName(e.rating)}});
  for (const ScoreDimension& d : c.scoring.dimensions)
    dimensions.push_back({{"id", d.id}, {"label", text(d.label)}, {"pass", d.pass}});
  // Home draws the first persona's avatar on the case's card; its colour depends on all of them.
  json personas = json::array();
  for (const Persona& p : c.personas)
    personas.push_back({{"id", p.id}, {"name", p.name}, {"portrait", p.portrait.src}});
  return {{"file", c.file},
          {"hash", hashHex(c.contentHash)},
          {"id", c.id},
          {"available", c.available},
          {"title", text(c.title)},
          {"summary", text(c.summary)},
          {"role", text(c.role)},
          {"difficulty", difficultyName(c.difficulty)},
          {"minutes", c.minutes},
          {"themes", c.themes},
          {"laws", c.laws},
          {"personas", personas},
          {"nodes", c.nodes.size()},
          {"choices", choices},
          {"endings", endings},
          {"scoring", {{"passPercent", c.scoring.passPercent}, {"dimensions", dimensions}}},
          {"diagnostics", diagnosticsJson(c.diagnostics)}};
}

// ---- reading: the index is ours, so anything unexpected means "not an index of this version" --

struct Reader {
  bool ok = true;
  static const json* find(const json* o, std::string_view key) {
    if (!o || !o->is_object()) return nullptr;
    const auto it = o->find(key);
    return it == o->end() ? nullptr : &*it;
  }
  const json* member(const json* o, std::string_view key) {
    const json* v = find(o, key);
    if (!v) ok = false;
    return v;
  }
  std::string str(const json* o, std::string_view key) {
    const json* v = member(o, key);
    if (!v || !v->is_string()) return ok = false, std::string();
    return v->get<std::string>();
  }
  double number(const json* o, std::string_view key) {
    const json* v = member(o, key);
    if (!v || !v->is_number()) return ok = false, 0;
    return v->get<double>();
  }
  bool boolean(const json* o, std::string_view key) {
    const json* v = member(o, key);
    if (!v || !v->is_boolean()) return ok = false, false;
    return v->get<bool>();
  }
  Text text(const json* o, std::string_view key) {
    const json* v = member(o, key);
    return Text{str(v, "nl"), str(v, "en")};
  }
  const json* array(const json* o, std::string_view key) {
    const json* v = member(o, key);
    if (!v || !v->is_array()) return ok = false, nullptr;
    return v;
  }
  std::vector<std::string> strings(const json* o, std::string_view key) {
    std::vector<std::string> out;
    if (const json* a = array(o, key))
      for (const json& v : *a) {
        if (!v.is_string()) return ok = false, out;
        out.push_back(v.get<std::string>());
      }
    return out;
  }
  uint64_t hash(const json* o, std::string_view key) {
    const std::string h = str(o, key);
    uint64_t out = 0;
    if (h.size() != 16) return ok = false, 0;
    for (char c : h) {
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0) return ok = false, 0;
      out = out * 16 + static_cast<uint64_t>(d);
    }
    return out;
  }
  std::vector<Diagnostic> diagnostics(const json* o, std::string_view key, bool optional = false) {
    std::vector<Diagnostic> out;
    if (optional && !find(o, key)) return out;
    if (const json* a = array(o, key))
      for (const json& d : *a) {
        Diagnostic x;
        x.severity = str(&d, "severity") == "warning" ? Severity::warning : Severity::error;
        x.code = str(&d, "code");
        x.file = str(&d, "file");
        x.pointer = str(&d, "pointer");
        x.line = static_cast<int>(number(&d, "line"));
        x.column = static_cast<int>(number(&d, "column"));
        x.message = text(&d, "message");
        out.push_back(std::move(x));
      }
    return out;
  }
  IndexedFile file(const json* o, std::string_view key) {
    const json* f = member(o, key);
    IndexedFile out;
    out.file = str(f, "file");
    out.hash = hash(f, "hash");
    out.bytes = static_cast<size_t>(number(f, "bytes"));
    out.diagnostics = diagnostics(f, "diagnostics", true);
    return out;
  }
};

// [a, b] of two integers ("images": width and height; "idAt": line and column), or nullopt.
std::optional<std::pair<int, int>> intPair(const json& v) {
  if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() || !v[1].is_number_integer()) return std::nullopt;
  return std::pair<int, int>{v[0].get<int>(), v[1].get<int>()};
}

// What a module's and a case's entry share: a stand-in, not loaded yet, with what home shows.
template <class Item>
void readStandIn(Reader& r, const json& e, Item& item) {
  item.loaded = false;
  item.file = r.str(&e, "file");
  item.contentHash = r.hash(&e, "hash");
  item.id = r.str(&e, "id");
  item.available = r.boolean(&e, "available");
  item.title = r.text(&e, "title");
  item.summary = r.text(&e, "summary");
  item.minutes = static_cast<int>(r.number(&e, "minutes"));
  item.themes = r.strings(&e, "themes");
}

Module readModuleEntry(Reader& r, const json& e) {
  Module m;
  readStandIn(r, e, m);
  if (const json* cover = r.member(&e, "cover"); cover && !cover->is_null()) {
    m.cover.src = r.str(cover, "src");
    m.cover.alt = r.text(cover, "alt");
    m.cover.decorative = r.boolean(cover, "decorative");
    m.cover.pointer = r.str(cover, "pointer");
  }
  if (const json* pages = r.array(&e, "pages"))
    for (const json& p : *pages) {
      Page page;
      page.id = r.str(&p, "id");
      page.title = r.text(&p, "title");
      if (const json* blocks = r.array(&p, "blocks"))
        for (const json& b : *blocks) {
          const std::string type = r.str(&b, "type");
          const std::string id = r.str(&b, "id");
          if (type == "check") {
            CheckBlock check;
            check.question.id = id;
            page.blocks.emplace_back(std::move(check));
          } else if (type == "radar") {
            Radar radar;
            radar.id = id;
            for (std::string& key : r.strings(&b, "keys")) radar.axes.push_back(RadarAxis{std::move(key), {}, {}});
            page.blocks.emplace_back(std::move(radar));
          } else if (type == "calculator") {
            Calculator calc;
            calc.id = id;
            for (std::string& key : r.strings(&b, "keys")) {
              CalculatorInput in;
              in.id = std::move(key);
              calc.inputs.push_back(std::move(in));
            }
            page.blocks.emplace_back(std::move(calc));
          } else {
            r.ok = false;
          }
        }
      m.pages.push_back(std::move(page));
    }
  const json* quiz = r.member(&e, "quiz");
  m.quiz.id = r.str(quiz, "id");
  m.quiz.passPercent = static_cast<int>(r.number(quiz, "passPercent"));
  for (std::string& id : r.strings(quiz, "questions")) {
    Question q;
    q.id = std::move(id);
    m.quiz.questions.push_back(std::move(q));
  }
  m.diagnostics = r.diagnostics(&e, "diagnostics");
  return m;
}

Case readCaseEntry(Reader& r, const json& e) {
  Case c;
  readStandIn(r, e, c);
  c.role = r.text(&e, "role");
  const std::string difficulty = r.str(&e, "difficulty");
  c.difficulty = difficulty == "expert"      ? Difficulty::expert
                 : difficulty == "gevorderd" ? Difficulty::gevorderd
                                             : Difficulty::basis;
  c.laws = r.strings(&e, "laws");
  if (const json* personas = r.array(&e, "personas"))
    for (const json& x : *personas) {
      Persona p;
      p.id = r.str(&x, "id");
      p.name = r.str(&x, "name");
      p.portrait.src = r.str(&x, "portrait");
      c.personas.push_back(std::move(p));
    }
  c.choiceIds = r.strings(&e, "choices");
  if (const json* endings = r.array(&e, "endings"))
    for (const json& x : *endings) {
      Ending end;
      end.id = r.str(&x, "id");
      end.title = r.text(&x, "title");
      const std::string rating = r.str(&x, "rating");
      end.rating = rating == "good" ? Rating::good : rating == "poor" ? Rating::poor : Rating::mixed;
      c.endings.push_back(std::move(end));
    }
  const json* scoring = r.member(&e, "scoring");
  c.scoring.passPercent = static_cast<int>(r.number(scoring, "passPercent"));
  if (const json* dims = r.array(scoring, "dimensions"))
    for (const json& d : *dims)
      c.scoring.dimensions.push_back(ScoreDimension{r.str(&d, "id"), r.text(&d, "label"), r.number(&d, "pass")});
  c.diagnostics = r.diagnostics(&e, "diagnostics");
  return c;
}

}  // namespace

std::string hashHex(uint64_t hash) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

// "images": {"images/x.png": [width, height]} for every picture the check read.
json imageSizes(const Course& course) {
  json sizes = json::object();
  const auto add = [&](const ImageRef& image) {
    if (image.present() && image.width > 0 && image.height > 0) sizes[image.src] = {image.width, image.height};
  };
  for (const Module& m : course.modules) add(m.cover);
  for (const Module& m : course.modules)
    for (const Page& p : m.pages)
      for (const Block& b : p.blocks)
        if (const auto* image = std::get_if<ImageBlock>(&b)) add(image->image);
  for (const Case& c : course.cases)
    for (const Persona& p : c.personas) add(p.portrait);
  return sizes;
}

std::string writeCourseIndex(const Course& course, const IndexedFile& courseFile, const IndexedFile& strings,
                             const IndexedFile& glossary, const IndexedFile& search,
                             const std::optional<std::string>& letters,
                             const std::map<std::string, TextPosition>& idAt) {
  json modules = json::array(), cases = json::array();
  for (const Module& m : course.modules) modules.push_back(moduleEntry(m));
  for (const Case& c : course.cases) cases.push_back(caseEntry(c));
  json index{{"formatVersion", kIndexFormatVersion},
             {"kind", "index"},
             {"course", fileEntry(courseFile)},
             {"strings", fileEntry(strings)},
             {"glossary", fileEntry(glossary)},
             {"search", fileEntry(search)},
             {"modules", modules},
             {"cases", cases},
             {"images", imageSizes(course)}};
  if (letters) index["letters"] = *letters;
  if (!idAt.empty()) {
    json at = json::object();
    for (const auto& [file, pos] : idAt) at[file] = {pos.line, pos.column};
    index["idAt"] = at;
  }
  return index.dump() + "\n";
}

std::string courseLetters(const FileSource& files, const Course& course) {
  std::set<char32_t> letters;
  std::vector<std::string> paths{course.file, course.strings.file, course.glossary.file};
  for (const Module& m : course.modules) paths.push_back(m.file);
  for (const Case& c : course.cases) paths.push_back(c.file);
  for (const std::string& path : paths)
    if (const std::optional<std::string> text = path.empty() ? std::nullopt : files.read(path))
      utf8::addNonAscii(*text, letters);
  return utf8::encode(letters);
}

std::map<std::string, TextPosition> idPositions(const FileSource& files, const Course& course) {
  std::map<std::string, TextPosition> out;
  std::vector<std::string> paths;
  for (const Module& m : course.modules) paths.push_back(m.file);
  for (const Case& c : course.cases) paths.push_back(c.file);
  for (const std::string& path : paths)
    if (const std::optional<std::string> text = files.read(path)) out[path] = JsonPositions::scan(*text).find("/id");
  return out;
}

std::optional<CourseIndex> readCourseIndex(std::string_view text) {
  const json parsed = parseJson(text);
  const json* root = &parsed;
  if (!root->is_object()) return std::nullopt;
  Reader r;
  if (r.number(root, "formatVersion") != kIndexFormatVersion || r.str(root, "kind") != "index" || !r.ok)
    return std::nullopt;
  CourseIndex index;
  index.course = r.file(root, "course");
  index.strings = r.file(root, "strings");
  index.glossary = r.file(root, "glossary");
  index.search = r.file(root, "search");
  if (const json* modules = r.array(root, "modules"))
    for (const json& e : *modules) index.modules.push_back(readModuleEntry(r, e));
  if (const json* cases = r.array(root, "cases"))
    for (const json& e : *cases) index.cases.push_back(readCaseEntry(r, e));
  if (!r.ok) return std::nullopt;
  // Optional (an index without pictures has none); a malformed entry is only left out: the
  // picture then holds a guessed place until it arrives.
  if (const json* images = Reader::find(root, "images"); images && images->is_object())
    for (const auto& [src, size] : images->items())
      if (const auto wh = intPair(size)) index.imageSizes[src] = *wh;
  if (const json* letters = Reader::find(root, "letters"); letters && letters->is_string())
    index.letters = letters->get<std::string>();
  // Optional too: a file without its place is scanned when it is read, as an edited one is.
  if (const json* idAt = Reader::find(root, "idAt"); idAt && idAt->is_object())
    for (const auto& [file, at] : idAt->items())
      if (const auto lc = intPair(at)) index.idAt[file] = TextPosition{lc->first, lc->second};
  return index;
}

}  // namespace leren::core
