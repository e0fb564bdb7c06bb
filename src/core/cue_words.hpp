#pragma once
// Surface cues that give an answer away without judgement, in one place: the words a careful-
// sounding option tends to carry, the verdicts a consequence or coaching must not open with,
// and how long an option reads. Used by the content lint (content_lint.hpp) and by the policy
// bots (case_policy.hpp), so both measure the same thing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace leren::core::cues {

// Cue words and phrases, Dutch and English, lower case. A cue matches at the start of a word
// and may go on ("samen" also matches "samenwerken", "vraag" matches "vraagt" but not
// "aanvraag"). Extend this list, not the callers.
const std::vector<std::string_view>& cueWords();
// Verdicts a consequence, coaching or feedback text must not open with (Dutch and English).
const std::vector<std::string_view>& verdictWords();

// The cue words (from cueWords()) found in the visible text of a Markdown text, each once, in
// list order.
std::vector<std::string_view> cueWordsIn(const std::string& markdown);
// How many times cue words occur in the visible text (every occurrence counts).
size_t countCueWords(const std::string& markdown);
// The verdict word the visible text opens with, or "" (a text that opens with a quote, as a
// person speaking, does not count).
std::string_view openingVerdict(const std::string& markdown);
// Length of the visible text in characters (Unicode code points), without Markdown markup:
// "[melding](glossary:melding)" counts as the 7 letters the learner sees.
size_t visibleLength(const std::string& markdown);

}  // namespace leren::core::cues
