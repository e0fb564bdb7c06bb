#include "core/i18n.hpp"

namespace leren::core {

const std::string& I18n::tr(const std::string& key, Lang lang) const {
  auto it = strings_.find(key);
  if (it != strings_.end()) {
    const std::string& s = it->second.get(lang);
    // An incomplete translation falls back to Dutch (the loader already reported it).
    return s.empty() ? it->second.nl : s;
  }
  if (missingKeys_.insert(key).second) {
    missing_.push_back(Diagnostic{Severity::warning, "i18n.missing-key", file_, "/strings/" + key, 0, 0,
                                  Text{"De app vraagt om de tekst \"" + key + "\", maar die staat niet in " +
                                           (file_.empty() ? std::string("ui/strings.json") : file_) + ".",
                                       "The app asks for the text \"" + key + "\", but it is not in " +
                                           (file_.empty() ? std::string("ui/strings.json") : file_) + "."}});
  }
  // Show the key itself: visible, but never a crash or an empty button.
  return keyFallback_.emplace(key, key).first->second;
}

std::string I18n::format(const std::string& key, Lang lang,
                         const std::vector<std::pair<std::string, std::string>>& args) const {
  const std::string& pattern = tr(key, lang);
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        std::string name = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [argName, value] : args) {
          if (argName == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace leren::core
