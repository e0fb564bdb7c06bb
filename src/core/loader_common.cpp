// Pieces every content file shares: header, sources, peildatum, themes, laws, expressions;
// and the two small files: glossary and UI strings.
#include <algorithm>

#include "core/loader.hpp"
#include "core/loader_parts.hpp"

namespace leren::core::loading {
namespace {

size_t codePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Moves the column of the last diagnostic from the start of a JSON string to a spot inside it
// (an expression error at offset 7 points at character 7 of the expression).
void pointInsideString(FileContext& ctx, const std::string& source, size_t offset) {
  Diagnostic& d = ctx.diagnostics().back();
  if (d.line == 0) return;
  // Only exact when the string has no escapes before the offset (expressions rarely do).
  std::string_view before = std::string_view(source).substr(0, std::min(offset, source.size()));
  if (before.find('\\') != std::string_view::npos || before.find('"') != std::string_view::npos) return;
  d.column += 1 + static_cast<int>(codePoints(before));
}

}  // namespace

bool readHeader(ObjectReader& r, std::string_view expectedKind) {
  FileContext& ctx = r.ctx();
  if (const json* v = r.member("formatVersion", Need::required)) {
    if (!v->is_number()) {
      reportType(ctx, r.at("formatVersion"), "het getal 1", "the number 1", *v);
    } else if (v->get<double>() > kSupportedFormatVersion) {
      ctx.error(
          "format.newer-version", r.at("formatVersion"),
          Text{"Dit bestand gebruikt formatVersion " + v->dump() +
                   ", maar deze versie van de app kent alleen formatVersion " +
                   std::to_string(kSupportedFormatVersion) + ". Werk de app bij, of schrijf het bestand in versie " +
                   std::to_string(kSupportedFormatVersion) + ".",
               "This file uses formatVersion " + v->dump() + ", but this version of the app only knows formatVersion " +
                   std::to_string(kSupportedFormatVersion) + ". Update the app, or write the file in version " +
                   std::to_string(kSupportedFormatVersion) + "."});
      return false;
    } else if (v->get<double>() != kSupportedFormatVersion) {
      ctx.error("schema.const", r.at("formatVersion"),
                Text{"formatVersion moet " + std::to_string(kSupportedFormatVersion) + " zijn.",
                     "formatVersion must be " + std::to_string(kSupportedFormatVersion) + "."});
    }
  }
  static constexpr std::string_view kinds[] = {"course", "module", "case", "glossary", "strings"};
  if (auto kind = r.oneOf("kind", Need::required, {"course", "module", "case", "glossary", "strings"})) {
    if (kinds[*kind] != expectedKind) {
      ctx.error("schema.kind", r.at("kind"),
                Text{"Dit bestand is van het soort \"" + std::string(kinds[*kind]) +
                         "\", maar course.json noemt het op de plek van een \"" + std::string(expectedKind) + "\".",
                     "This file is of kind \"" + std::string(kinds[*kind]) + "\", but course.json lists it where a \"" +
                         std::string(expectedKind) + "\" belongs."});
      return false;
    }
  }
  return true;
}

std::optional<Source> readSource(FileContext& ctx, const json& value, const std::string& pointer) {
  ObjectReader s(ctx, &value, pointer, Text{"de bron", "the source"});
  if (!s.ok()) return std::nullopt;
  Source src;
  src.title = s.string("title", Need::required).value_or("");
  src.url = s.string("url", Need::required, Pattern::url).value_or("");
  src.publisher = s.string("publisher", Need::optional).value_or("");
  if (const json* d = s.member("date", Need::optional)) {
    if (d->is_string()) {
      src.date = d->get<std::string>();
    } else {
      reportType(ctx, s.at("date"), "tekst, bijvoorbeeld \"2025\"", "a string, for example \"2025\"", *d);
    }
  }
  s.finish();
  return src;
}

std::vector<Source> readSources(ObjectReader& r, std::string_view key, Need need) {
  std::vector<Source> out;
  auto items = r.array(key, need, 1);
  for (size_t i = 0; i < items.size(); ++i)
    if (auto s = readSource(r.ctx(), *items[i], child(r.at(key), i))) out.push_back(std::move(*s));
  return out;
}

std::string readPeildatum(ObjectReader& r) { return r.string("peildatum", Need::required, Pattern::date).value_or(""); }

ImageRef readImageFields(ObjectReader& r) {
  ImageRef image;
  image.pointer = r.pointer();
  image.src = r.string("src", Need::required, Pattern::imagePath).value_or("");
  image.decorative = r.boolean("decorative", Need::optional).value_or(false);
  if (image.decorative) {
    // Decoration has nothing to describe: an alt text, if any, is not read to anyone.
    r.member("alt", Need::optional);
  } else if (!r.has("alt")) {
    r.ctx().error("image.alt-missing", r.pointer(),
                  Text{"Deze afbeelding heeft geen alt-tekst. Beschrijf in \"alt\" (nl en en) wat ze laat zien voor "
                       "wie haar niet ziet, of zet \"decorative\": true als ze alleen versiert.",
                       "This image has no alt text. Describe in \"alt\" (nl and en) what it shows for someone who "
                       "cannot see it, or set \"decorative\": true when it only decorates."});
  } else {
    image.alt = r.text("alt", Need::required);
  }
  image.caption = r.text("caption", Need::optional);
  return image;
}

ImageRef readImage(ObjectReader& parent, std::string_view key, const Text& what) {
  const json* value = parent.member(key, Need::optional);
  if (!value) return {};
  ObjectReader r(parent.ctx(), value, parent.at(key), what);
  if (!r.ok()) return {};
  ImageRef image = readImageFields(r);
  r.finish();
  return image;
}

std::vector<std::string> readThemes(ObjectReader& r) {
  return r.enumList(
      "themes", Need::optional, 0,
      {"decentralisaties", "drie-wetten", "positieve-gezondheid", "waardenkaart", "sociale-basis", "sociaal-werk",
       "medisch-sociaal", "contextueel-werken", "interprofessioneel", "verticale-polarisatie", "impact"});
}

std::vector<std::string> readLaws(ObjectReader& r) {
  return r.enumList("laws", Need::required, 1,
                    {"wmo2015", "jeugdwet", "participatiewet", "wlz", "zvw", "wgs", "wvggz", "wzd",
                     "wet-inburgering-2021", "wams", "meldcode", "awb", "leerplichtwet", "wajong"});
}

std::shared_ptr<const expr::Expr> checkExpression(FileContext& ctx, const std::string& source,
                                                  const std::string& pointer, const std::vector<std::string>& declared,
                                                  const Text& declaredHint) {
  expr::ParseResult parsed = expr::parse(source);
  if (parsed.error) {
    ctx.error("expr.syntax", pointer,
              Text{"De uitdrukking \"" + source + "\" klopt niet: " + parsed.error->message.nl,
                   "The expression \"" + source + "\" is not valid: " + parsed.error->message.en});
    pointInsideString(ctx, source, parsed.error->offset);
    return nullptr;
  }
  std::vector<expr::NameUse> uses;
  expr::collectNames(*parsed.expr, uses);
  bool ok = true;
  for (const expr::NameUse& u : uses) {
    if (std::find(declared.begin(), declared.end(), u.name) != declared.end()) continue;
    ok = false;
    ctx.error("expr.unknown-variable", pointer,
              Text{"In \"" + source + "\" staat \"" + u.name +
                       "\", maar die naam bestaat hier niet. Je kunt gebruiken: " + declaredHint.nl + ".",
                   "\"" + source + "\" uses \"" + u.name +
                       "\", but that name does not exist here. You can use: " + declaredHint.en + "."});
    pointInsideString(ctx, source, u.offset);
  }
  return ok ? parsed.expr : nullptr;
}

void readGlossary(FileContext& ctx, const json& root, Glossary& out) {
  ObjectReader r(ctx, &root, "", Text{"de woordenlijst", "the glossary"});
  if (!r.ok() || !readHeader(r, "glossary")) return;
  IdSet ids(ctx, Text{"de begrippen van de woordenlijst", "the glossary terms"});
  std::vector<std::pair<std::string, std::string>> related;
  auto terms = r.array("terms", Need::required);
  for (size_t i = 0; i < terms.size(); ++i) {
    ObjectReader t(ctx, terms[i], child(r.at("terms"), i), named("het begrip", "the term", idOf(*terms[i])));
    if (!t.ok()) continue;
    Term term;
    term.id = t.id("id");
    ids.add(term.id, t.at("id"));
    term.term = t.text("term", Need::required);
    term.definition = t.text("definition", Need::required);
    if (const json* syn = t.object("synonyms", Need::optional)) {
      for (auto it = syn->begin(); it != syn->end(); ++it) {
        std::string p = child(t.at("synonyms"), it.key());
        if (!it.value().is_array()) {
          reportType(ctx, p, "een lijst met teksten", "a list of strings", it.value());
          continue;
        }
        std::vector<std::string> words;
        size_t k = 0;
        for (const json& w : it.value()) {
          if (w.is_string()) {
            words.push_back(w.get<std::string>());
          } else {
            reportType(ctx, child(p, k), "tekst", "a string", w);
          }
          ++k;
        }
        if (it.key() == "nl") term.synonyms.nl = std::move(words);
        if (it.key() == "en") term.synonyms.en = std::move(words);
      }
    }
    auto rel = t.array("related", Need::optional);
    for (size_t k = 0; k < rel.size(); ++k) {
      std::string p = child(t.at("related"), k);
      if (!rel[k]->is_string() || !matches(rel[k]->get<std::string>(), Pattern::id)) {
        ctx.error("schema.pattern", p, Text{"Hier hoort de id van een begrip.", "This should be the id of a term."});
        continue;
      }
      term.related.push_back(rel[k]->get<std::string>());
      related.emplace_back(term.related.back(), p);
    }
    if (const json* src = t.member("source", Need::optional)) term.source = readSource(ctx, *src, t.at("source"));
    t.finish();
    out.terms.push_back(std::move(term));
  }
  r.finish();
  for (const auto& [id, pointer] : related)
    if (!ids.contains(id))
      reportUnresolved(ctx, pointer, id, Text{"een begrip in de woordenlijst", "term in the glossary"});
}

void readStrings(FileContext& ctx, const json& root, Strings& out) {
  ObjectReader r(ctx, &root, "", Text{"de teksten van de app", "the app's texts"});
  if (!r.ok() || !readHeader(r, "strings")) return;
  if (const json* strings = r.object("strings", Need::required)) {
    for (auto it = strings->begin(); it != strings->end(); ++it) {
      std::string p = child(r.at("strings"), it.key());
      const std::string& key = it.key();
      bool keyOk = !key.empty() && key[0] >= 'a' && key[0] <= 'z' && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
      });
      if (!keyOk) {
        ctx.error("schema.pattern", p,
                  Text{"De sleutel \"" + key +
                           "\" is ongeldig: gebruik kleine letters, cijfers, '_' en '.', beginnend met een letter.",
                       "The key \"" + key +
                           "\" is invalid: use lower-case letters, digits, '_' and '.', starting with a letter."});
        continue;
      }
      out.strings[key] = readText(ctx, it.value(), p);
    }
  }
  r.finish();
}

Text named(const std::string& nl, const std::string& en, const std::string& id) {
  return id.empty() ? Text{nl, en} : Text{nl + " \"" + id + "\"", en + " \"" + id + "\""};
}

std::string idOf(const json& v) {
  if (v.is_object()) {
    auto it = v.find("id");
    if (it != v.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

}  // namespace leren::core::loading
