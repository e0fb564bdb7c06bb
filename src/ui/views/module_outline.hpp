#pragma once
#include "core/content_model.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// Where wide screens leave the margin empty (from about 1,200 px): the module's pages and its
// knowledge check in the left margin, pinned while the page scrolls, the page on screen marked
// and read pages ticked — where a reader is in the module at a glance, as the outlines of Rise
// and H5P's Interactive Book show. Draws nothing where there is no room (a phone, a laptop
// with large text). `onQuiz`: the check is on screen.
void moduleOutline(Ui& ui, Model& model, const core::Module& m, bool onQuiz);

}  // namespace leren::ui
