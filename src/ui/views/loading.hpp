#pragma once
// Content that loads when it is needed (core/content_loader.hpp): each returns true when what
// the view needs is there; otherwise it asks for it, draws the loading state and returns false.
#include <string>

#include "core/content_loader.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// A module or case: draws a whole loading screen (title, status, back; retry after a failed
// fetch) in place of the screen that needs it.
bool ensureLoaded(Ui& ui, Model& model, core::ItemKind kind, size_t index);
// The glossary / search texts: draws one muted line with `id` in their place.
bool ensureGlossary(Ui& ui, Model& model, const std::string& id);
bool ensureSearch(Ui& ui, Model& model, const std::string& id);

}  // namespace leren::ui
