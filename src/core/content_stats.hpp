#pragma once
// Counts per module and case for `coursetool stats` (and for authors keeping an eye on size).
#include <string>
#include <vector>

#include "core/content_model.hpp"

namespace leren::core {

struct ItemStats {
  std::string kind;  // "module" or "case"
  std::string id, file;
  bool available = false;
  int pages = 0, figures = 0, questions = 0;               // modules (questions: of the quiz)
  int checks = 0;                                          // modules: questions inside pages
  int nodes = 0, endings = 0, choices = 0, variables = 0;  // cases
  int wordsNl = 0, wordsEn = 0;                            // visible words in all texts of the item
  int missingTranslations = 0;                             // text.missing-translation diagnostics
  int sources = 0;                                         // sources of the item, its pages/endings
  int glossaryTerms = 0;                                   // distinct glossary terms linked from its texts
  int errors = 0, warnings = 0;
};

struct CourseStats {
  std::vector<ItemStats> items;  // modules first, then cases, in course order
  int glossaryTerms = 0;         // terms in the glossary
  int uiStrings = 0;
  int wordsNl = 0, wordsEn = 0;  // totals over items
};

CourseStats computeStats(const Course& course);
// Pretty-printed JSON (2-space indent) of the stats.
std::string statsToJson(const CourseStats& stats);

}  // namespace leren::core
