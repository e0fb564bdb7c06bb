#include "core/text.hpp"

namespace leren::core {

const char* langCode(Lang lang) { return lang == Lang::nl ? "nl" : "en"; }

std::optional<Lang> parseLang(std::string_view code) {
  if (code == "nl") return Lang::nl;
  if (code == "en") return Lang::en;
  return std::nullopt;
}

}  // namespace leren::core
