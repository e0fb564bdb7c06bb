#pragma once
// The learner's progress as documents: a JSON export (readable summary plus the compact
// encoding, which is what import reads back), a printable HTML summary, and a plain-text
// summary for the clipboard.
#include <string>

#include "ui/app_model.hpp"

namespace leren::ui {

std::string progressJson(const Model& model);
std::string progressHtml(const Model& model, core::Lang lang);
std::string progressText(const Model& model, core::Lang lang);

// Reads a file made by progressJson(). On success replaces model.progress (migrated to the
// current content) and returns true; otherwise leaves it untouched.
bool importProgress(Model& model, const std::string& text);

}  // namespace leren::ui
