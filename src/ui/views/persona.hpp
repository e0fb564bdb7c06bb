#pragma once
// How a case's persona looks: the colour of their drawn avatar (fixed per persona id) and their
// portrait when the content gives one.
#include <imgui.h>

#include "core/content_model.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

unsigned personaColour(const core::Persona& p);
// The colour of `p` among the personas of case `c`: its own, unless an earlier persona of the
// case has it; then the next one free, so no two people of one case look alike (up to 8).
unsigned personaColour(const core::Case& c, const core::Persona& p);
// The portrait's texture, or null (then the avatar is drawn: initials on the persona's colour).
ImTextureID personaPortrait(Ui& ui, Model& model, const core::Persona& p);
// What avatar() draws for the persona: their portrait, or initials on their colour.
Leading personaLeading(Ui& ui, Model& model, const core::Case& c, const core::Persona& p);

}  // namespace leren::ui
