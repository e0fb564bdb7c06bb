#include "core/cue_words.hpp"

#include "core/byte_set.hpp"
#include "core/markdown.hpp"

namespace leren::core::cues {
namespace {

// The text a learner sees: `markdown` itself when it has no markup (most texts: no copy),
// else its plain text, kept in `storage`.
std::string_view visibleText(const std::string& markdown, std::string& storage) {
  static constexpr ByteSet kMarkup("*_[]#`<>|\\");
  if (kMarkup.findIn(markdown) == std::string_view::npos) return markdown;  // nothing to strip
  storage = md::plainText(md::parse(markdown));
  return storage;
}

// ASCII letters are lowered; other bytes (UTF-8 sequences such as "ë") are kept, which is
// enough for the lists above (their non-ASCII letters are lower case already).
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Letters and digits, including every byte of a multi-byte UTF-8 character.
bool isWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// Positions where `cue` starts a word in `text` (both lower case).
size_t occurrences(const std::string& text, std::string_view cue) {
  size_t count = 0;
  for (size_t at = text.find(cue); at != std::string::npos; at = text.find(cue, at + 1))
    if (at == 0 || !isWordByte(text[at - 1])) ++count;
  return count;
}

}  // namespace

const std::vector<std::string_view>& cueWords() {
  static const std::vector<std::string_view> kWords = {
      // Dutch
      "samen", "toestemming", "rustig", "zonder te oordelen", "in overleg", "met de cliënt", "vraag", "luister",
      // English
      "together", "consent", "calmly", "without judging", "without judgement", "in consultation", "with the client",
      "ask", "listen"};
  return kWords;
}

const std::vector<std::string_view>& verdictWords() {
  static const std::vector<std::string_view> kWords = {
      // Dutch
      "goed", "juist", "klopt", "sterk", "precies", "uitstekend", "correct", "fout", "onjuist", "helaas",
      // English
      "good", "right", "exactly", "excellent", "strong", "wrong", "incorrect", "unfortunately", "well done"};
  return kWords;
}

std::vector<std::string_view> cueWordsIn(const std::string& markdown) {
  std::string storage;
  const std::string text = lower(visibleText(markdown, storage));
  std::vector<std::string_view> found;
  for (std::string_view cue : cueWords())
    if (occurrences(text, cue) > 0) found.push_back(cue);
  return found;
}

size_t countCueWords(const std::string& markdown) {
  std::string storage;
  const std::string text = lower(visibleText(markdown, storage));
  size_t count = 0;
  for (std::string_view cue : cueWords()) count += occurrences(text, cue);
  return count;
}

std::string_view openingVerdict(const std::string& markdown) {
  std::string storage;
  const std::string_view visible = visibleText(markdown, storage);
  size_t start = 0;
  while (start < visible.size() && (visible[start] == ' ' || visible[start] == '\n' || visible[start] == '\t')) ++start;
  // Only the opening is compared (the longest word is 13 bytes), so only it is lowered.
  const std::string opening = lower(visible.substr(start, 32));
  for (std::string_view word : verdictWords()) {
    if (opening.compare(0, word.size(), word) != 0) continue;
    if (word.size() == opening.size() || !isWordByte(opening[word.size()])) return word;
  }
  return {};
}

size_t visibleLength(const std::string& markdown) {
  size_t count = 0;
  std::string storage;
  for (char c : visibleText(markdown, storage))
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;  // not a continuation byte
  return count;
}

}  // namespace leren::core::cues
