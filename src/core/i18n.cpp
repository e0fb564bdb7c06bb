#include "core/i18n.hpp"

namespace leren::core {

const std::map<std::string, Text>& I18n::builtIn() {
  static const std::map<std::string, Text> texts{
      {"common.back", {"Terug", "Back"}},
      {"home.problems.open", {"Alle meldingen bekijken", "View all messages"}},
      {"home.problems.title",
       {"{n} fout(en) in de lesinhoud: dit onderdeel is niet beschikbaar",
        "{n} error(s) in the course content: that part is not available"}},
      {"home.unavailable", {"Niet beschikbaar", "Not available"}},
      {"problems.error", {"Fout", "Error"}},
      {"problems.intro",
       {"Deze meldingen zijn voor de maker van de lesinhoud. Onderdelen met een fout zijn niet beschikbaar; al het "
        "andere werkt gewoon.",
        "These messages are for the author of the content. Parts with an error are not available; everything else "
        "works as usual."}},
      {"problems.none", {"Geen meldingen: alle lesinhoud is in orde.", "No messages: all content is in order."}},
      {"problems.title", {"Meldingen over de lesinhoud", "Messages about the course content"}},
      {"problems.warning", {"Waarschuwing", "Warning"}},
      {"problems.where", {"regel {line}, kolom {col}", "line {line}, column {col}"}},
  };
  return texts;
}

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
  if (auto b = builtIn().find(key); b != builtIn().end()) return b->second.get(lang);
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
