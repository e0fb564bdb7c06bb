#pragma once
// Lint: findings about content that can be passed without judgement (issue 10, and
// shared/notes/scenario-design.md). All are warnings; `coursetool check` fails on warnings.
//
//   lint.best-not-unique        a decision whose highest-scoring choice is not unique (the
//                               expert choice must be one choice)
//   lint.option-length          the best choice (highest total points) is more than 1.25× as
//                               long as the average of the others (Dutch or English)
//   lint.cue-word               a cue word (cue_words.hpp) appears only in the best choice
//   lint.verdict-opening        a consequence, coaching or legacy feedback opens with a verdict
//                               ("Goed.", "Helaas.")
//   lint.story-ignores-learner  every choice of a decision leads to the same next node, and that
//                               node has no variant or branch reading anything those choices set
//   lint.quiz-key-length        the correct options of a single/multiple question are on
//                               average more than 1.25× as long as the wrong ones
// Diagnostics carry file and JSON Pointer; the loader fills in line and column.
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"

namespace leren::core {

// How much longer than the others the best option may be.
inline constexpr double kMaxLengthRatio = 1.25;

std::vector<Diagnostic> lintCase(const Case& c, const std::string& file);
std::vector<Diagnostic> lintModule(const Module& m, const std::string& file);

// Total points of a choice over all dimensions.
double totalPoints(const Choice& choice);

}  // namespace leren::core
