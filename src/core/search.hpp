#pragma once
// Search over the course: explainer pages, cases and glossary terms, in one language.
// Case- and accent-insensitive ("clientondersteuning" finds "cliëntondersteuning"); every
// word of the query must occur; title hits rank first.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_model.hpp"

namespace leren::core {

struct SearchHit {
  enum class Kind { page, caseScenario, term };
  Kind kind = Kind::page;
  size_t module = 0, page = 0;  // Kind::page
  size_t caseIndex = 0;         // Kind::caseScenario
  std::string termId;           // Kind::term
  std::string title;            // in the asked language
  std::string snippet;          // text around the first match
};

// What search looks in, as plain text (no Markdown): the body of every page of an available
// module, and the summary and introduction of every available case. Built from loaded
// content, or read from search.json, which `coursetool index` writes with the course index so
// that search works before the modules and cases are loaded.
struct SearchTexts {
  struct Entry {
    SearchHit::Kind kind = SearchHit::Kind::page;
    size_t module = 0, page = 0, caseIndex = 0;
    Text title, text;
  };
  std::vector<Entry> entries;  // pages in course order, then cases
};
SearchTexts searchTextsOf(const Course& course);  // skips stand-ins (not loaded)
std::string writeSearchTexts(const SearchTexts& texts);
std::optional<SearchTexts> readSearchTexts(std::string_view text);

class SearchIndex {
 public:
  explicit SearchIndex(const Course& course);
  // Loaded modules and cases from their content, stand-ins from `prebuilt` (search.json).
  SearchIndex(const Course& course, const SearchTexts& prebuilt);
  std::vector<SearchHit> find(std::string_view query, Lang lang, size_t limit = 20) const;

 private:
  void addTerms(const Course& course);
  struct Entry {
    SearchHit hit;  // title/snippet filled in per language at query time
    Text title, text;
  };
  std::vector<Entry> entries_;
};

// Lower case without accents, for matching: "Cliënt" -> "client", "Ayşe" -> "ayse" (Latin-1 and
// Latin Extended-A; other characters are left as they are).
std::string foldForSearch(std::string_view text);

}  // namespace leren::core
