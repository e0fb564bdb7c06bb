#include "core/search.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/markdown.hpp"
#include "core/stable_sort.hpp"

namespace leren::core {
namespace {

std::string plain(const std::string& markdown) { return md::plainText(md::parse(markdown)); }

Text plainText(const Text& t) { return Text{plain(t.nl), plain(t.en)}; }

// Two-byte UTF-8 letters of Latin-1 (U+00C0..U+00FF) mapped to their base letter.
char baseLetter(unsigned char second) {
  static const char* const kMap =
      "aaaaaaaceeeeiiii"   // C0..CF
      "dnooooo*ouuuuyts"   // D0..DF
      "aaaaaaaceeeeiiii"   // E0..EF
      "dnooooo/ouuuuyty";  // F0..FF
  return kMap[second - 0x80];
}

// Two-byte UTF-8 letters of Latin Extended-A (U+0100..U+017F, lead byte C4 or C5): the base
// letter, or '#' for the ligatures Ĳ ĳ and Œ œ, which are two letters (appendExtendedLetter).
char extendedBase(unsigned char lead, unsigned char second) {
  static const char* const kMap =
      "aaaaaaccccccccdd"   // U+0100..U+010F
      "ddeeeeeeeeeegggg"   // U+0110..
      "gggghhhhiiiiiiii"   // U+0120..
      "ii##jjkkklllllll"   // U+0130..
      "lllnnnnnnnnnoooo"   // U+0140..
      "oo##rrrrrrssssss"   // U+0150..
      "ssttttttuuuuuuuu"   // U+0160..
      "uuuuwwyyyzzzzzzs";  // U+0170..U+017F
  return kMap[(lead - 0xC4u) * 64u + (second - 0x80u)];
}

// Appends the base letters of a Latin Extended-A letter to `out`.
void appendExtendedLetter(std::string& out, unsigned char lead, unsigned char second) {
  const char base = extendedBase(lead, second);
  if (base != '#')
    out += base;
  else
    out += lead == 0xC4 ? "ij" : "oe";
}

// How many letters a two-byte sequence folds to (foldForSearch): 1, or 2 for a ligature.
size_t foldedLength(unsigned char lead, unsigned char second) {
  return (lead == 0xC4 || lead == 0xC5) && extendedBase(lead, second) == '#' ? 2 : 1;
}

std::vector<std::string> words(std::string_view folded) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      cur += c;
    else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string snippetAround(const std::string& text, const std::string& folded, const std::string& word) {
  size_t at = folded.find(word);
  if (at == std::string::npos) at = 0;
  // Folded and original text differ in length where accents were; map by scanning.
  size_t orig = 0, f = 0;
  while (orig < text.size() && f < at) {
    const unsigned char c = static_cast<unsigned char>(text[orig]);
    const bool letter = c >= 0xC3 && c <= 0xC5 && orig + 1 < text.size();
    f += letter ? foldedLength(c, static_cast<unsigned char>(text[orig + 1])) : 1;
    orig += letter ? 2 : 1;
  }
  size_t start = orig > 60 ? orig - 60 : 0;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t end = std::min(text.size(), orig + 120);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  std::string s = text.substr(start, end - start);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return (start > 0 ? "\xE2\x80\xA6" : "") + s + (end < text.size() ? "\xE2\x80\xA6" : "");
}

}  // namespace

std::string foldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        if (c == 0xC3)
          out += baseLetter(d);
        else
          appendExtendedLetter(out, c, d);
        ++i;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

SearchTexts searchTextsOf(const Course& course) {
  SearchTexts out;
  for (size_t m = 0; m < course.modules.size(); ++m) {
    const Module& mod = course.modules[m];
    if (!mod.available || !mod.loaded) continue;
    for (size_t p = 0; p < mod.pages.size(); ++p) {
      SearchTexts::Entry e;
      e.kind = SearchHit::Kind::page;
      e.module = m;
      e.page = p;
      e.title = mod.pages[p].title;
      for (const Block& b : mod.pages[p].blocks) {
        const Text* t = nullptr;
        if (const auto* tb = std::get_if<TextBlock>(&b))
          t = &tb->text;
        else if (const auto* cb = std::get_if<Callout>(&b))
          t = &cb->text;
        if (!t) continue;
        e.text.nl += plain(t->nl) + "\n";
        e.text.en += plain(t->en) + "\n";
      }
      out.entries.push_back(std::move(e));
    }
  }
  for (size_t c = 0; c < course.cases.size(); ++c) {
    const Case& k = course.cases[c];
    if (!k.available || !k.loaded) continue;
    SearchTexts::Entry e;
    e.kind = SearchHit::Kind::caseScenario;
    e.caseIndex = c;
    e.title = k.title;
    e.text = plainText(Text{k.summary.nl + "\n" + k.intro.nl, k.summary.en + "\n" + k.intro.en});
    out.entries.push_back(std::move(e));
  }
  return out;
}

std::string writeSearchTexts(const SearchTexts& texts) {
  nlohmann::json entries = nlohmann::json::array();
  for (const SearchTexts::Entry& e : texts.entries) {
    nlohmann::json j{{"title", {{"nl", e.title.nl}, {"en", e.title.en}}},
                     {"text", {{"nl", e.text.nl}, {"en", e.text.en}}}};
    if (e.kind == SearchHit::Kind::page) {
      j["module"] = e.module;
      j["page"] = e.page;
    } else {
      j["case"] = e.caseIndex;
    }
    entries.push_back(std::move(j));
  }
  return nlohmann::json{{"formatVersion", 1}, {"kind", "search"}, {"entries", entries}}.dump() + "\n";
}

std::optional<SearchTexts> readSearchTexts(std::string_view text) {
  using nlohmann::json;
  const json root = parseJson(text);
  const auto find = [](const json* o, const char* key) -> const json* {
    if (!o || !o->is_object()) return nullptr;
    const auto it = o->find(key);
    return it == o->end() ? nullptr : &*it;
  };
  const json* entries = find(&root, "entries");
  const json* kind = find(&root, "kind");
  if (!entries || !entries->is_array() || !kind || *kind != "search") return std::nullopt;
  const auto str = [&](const json* o, const char* lang) -> std::optional<std::string> {
    const json* v = find(o, lang);
    if (!v || !v->is_string()) return std::nullopt;
    return v->get<std::string>();
  };
  SearchTexts out;
  out.entries.reserve(entries->size());
  for (const json& j : *entries) {
    if (!j.is_object()) return std::nullopt;
    SearchTexts::Entry e;
    const json *title = find(&j, "title"), *body = find(&j, "text"), *module = find(&j, "module"),
               *page = find(&j, "page"), *caseIndex = find(&j, "case");
    auto tnl = str(title, "nl"), ten = str(title, "en"), bnl = str(body, "nl"), ben = str(body, "en");
    if (!tnl || !ten || !bnl || !ben) return std::nullopt;
    e.title = Text{*tnl, *ten};
    e.text = Text{*bnl, *ben};
    if (module && page && module->is_number_unsigned() && page->is_number_unsigned()) {
      e.kind = SearchHit::Kind::page;
      e.module = module->get<size_t>();
      e.page = page->get<size_t>();
    } else if (caseIndex && caseIndex->is_number_unsigned()) {
      e.kind = SearchHit::Kind::caseScenario;
      e.caseIndex = caseIndex->get<size_t>();
    } else {
      return std::nullopt;
    }
    out.entries.push_back(std::move(e));
  }
  return out;
}

SearchIndex::SearchIndex(const Course& course) : SearchIndex(course, SearchTexts{}) {}

SearchIndex::SearchIndex(const Course& course, const SearchTexts& prebuilt) {
  // Loaded content first-hand; stand-ins as search.json has them (the same texts, unless a
  // trainer changed the file after the build: then it counts once it is loaded).
  const SearchTexts loaded = searchTextsOf(course);
  auto add = [&](const SearchTexts::Entry& e) {
    Entry x;
    x.hit.kind = e.kind;
    x.hit.module = e.module;
    x.hit.page = e.page;
    x.hit.caseIndex = e.caseIndex;
    x.title = e.title;
    x.text = e.text;
    entries_.push_back(std::move(x));
  };
  const auto standIn = [&](const SearchTexts::Entry& e) {
    if (e.kind == SearchHit::Kind::page)
      return e.module < course.modules.size() && !course.modules[e.module].loaded &&
             course.modules[e.module].available && e.page < course.modules[e.module].pages.size();
    return e.caseIndex < course.cases.size() && !course.cases[e.caseIndex].loaded &&
           course.cases[e.caseIndex].available;
  };
  // Course order: pages of every module, then cases; each from where it is known.
  for (const SearchHit::Kind kind : {SearchHit::Kind::page, SearchHit::Kind::caseScenario}) {
    std::vector<const SearchTexts::Entry*> all;
    for (const auto& e : loaded.entries)
      if (e.kind == kind) all.push_back(&e);
    for (const auto& e : prebuilt.entries)
      if (e.kind == kind && standIn(e)) all.push_back(&e);
    stableSortBy(all, [](const SearchTexts::Entry* a, const SearchTexts::Entry* b) {
      return a->kind == SearchHit::Kind::page ? std::pair(a->module, a->page) < std::pair(b->module, b->page)
                                              : a->caseIndex < b->caseIndex;
    });
    for (const SearchTexts::Entry* e : all) add(*e);
  }
  addTerms(course);
}

void SearchIndex::addTerms(const Course& course) {
  for (const Term& t : course.glossary.terms) {
    Entry e;
    e.hit.kind = SearchHit::Kind::term;
    e.hit.termId = t.id;
    e.title = t.term;
    e.text = t.definition;
    for (const auto& s : t.synonyms.nl) e.text.nl += " " + s;
    for (const auto& s : t.synonyms.en) e.text.en += " " + s;
    entries_.push_back(std::move(e));
  }
}

std::vector<SearchHit> SearchIndex::find(std::string_view query, Lang lang, size_t limit) const {
  const std::vector<std::string> want = words(foldForSearch(query));
  if (want.empty()) return {};
  std::vector<std::pair<int, SearchHit>> ranked;
  for (const Entry& e : entries_) {
    const std::string title = foldForSearch(e.title.get(lang)), text = foldForSearch(e.text.get(lang));
    int score = 0;
    bool all = true;
    for (const std::string& w : want) {
      const bool inTitle = title.find(w) != std::string::npos;
      if (!inTitle && text.find(w) == std::string::npos) {
        all = false;
        break;
      }
      score += inTitle ? 10 : 1;
    }
    if (!all) continue;
    SearchHit hit = e.hit;
    hit.title = e.title.get(lang);
    hit.snippet = snippetAround(e.text.get(lang), text, want.front());
    ranked.emplace_back(score, std::move(hit));
  }
  stableSortBy(ranked, [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<SearchHit> out;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(std::move(ranked[i].second));
  return out;
}

}  // namespace leren::core
