#pragma once
// Bilingual text: every text in the course exists in Dutch (primary) and English.
#include <optional>
#include <string>
#include <string_view>

namespace leren::core {

enum class Lang { nl, en };

// "nl" / "en".
const char* langCode(Lang lang);
// Accepts "nl" and "en" (case-sensitive); anything else is nullopt.
std::optional<Lang> parseLang(std::string_view code);

struct Text {
  std::string nl, en;

  const std::string& get(Lang lang) const { return lang == Lang::nl ? nl : en; }
  // True when both languages are empty (an optional text that was not given).
  bool empty() const { return nl.empty() && en.empty(); }
  bool operator==(const Text&) const = default;
};

}  // namespace leren::core
