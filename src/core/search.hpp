#pragma once
// Search over the course: explainer pages, cases and glossary terms, in one language.
// Case- and accent-insensitive ("clientondersteuning" finds "cliëntondersteuning"); every
// word of the query must occur; title hits rank first.
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

class SearchIndex {
 public:
  explicit SearchIndex(const Course& course);
  std::vector<SearchHit> find(std::string_view query, Lang lang, size_t limit = 20) const;

 private:
  struct Entry {
    SearchHit hit;  // title/snippet filled in per language at query time
    Text title, text;
  };
  std::vector<Entry> entries_;
};

// Lower case without accents, for matching: "Cliënt" -> "client".
std::string foldForSearch(std::string_view text);

}  // namespace leren::core
