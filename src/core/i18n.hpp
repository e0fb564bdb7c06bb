#pragma once
// UI strings by key (content/ui/strings.json). A missing key shows the key itself, so the UI
// never breaks, and is recorded once as a diagnostic so coursetool and tests can report it.
// The few texts that say where content problems are (home's summary, the problems screen) are
// built in as well: when strings.json itself is broken they are what the trainer needs most.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"

namespace leren::core {

class I18n {
 public:
  I18n() = default;
  explicit I18n(const Strings& strings) : strings_(strings.strings), file_(strings.file) {}

  // The text for `key` in `lang`; the key itself when unknown (recorded as i18n.missing-key).
  const std::string& tr(const std::string& key, Lang lang) const;
  // tr() with "{name}" placeholders replaced, e.g. format("quiz.score", nl, {{"n", "3"}}).
  std::string format(const std::string& key, Lang lang,
                     const std::vector<std::pair<std::string, std::string>>& args) const;
  bool has(const std::string& key) const { return strings_.count(key) > 0; }

  // One warning per unknown key asked for so far, in the order first asked.
  const std::vector<Diagnostic>& missing() const { return missing_; }

  // The built-in texts used when strings.json lacks them (the same as the shipped ones).
  static const std::map<std::string, Text>& builtIn();

 private:
  std::map<std::string, Text> strings_;
  std::string file_;
  mutable std::set<std::string> missingKeys_;
  mutable std::vector<Diagnostic> missing_;
  mutable std::map<std::string, std::string> keyFallback_;  // stable storage for returned keys
};

}  // namespace leren::core
