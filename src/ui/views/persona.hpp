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
// The portrait's texture, or null (then the avatar is drawn: initials on the persona's colour).
ImTextureID personaPortrait(Ui& ui, Model& model, const core::Persona& p);
// What avatar() draws for the persona: their portrait, or initials on their colour.
Leading personaLeading(Ui& ui, Model& model, const core::Persona& p);

}  // namespace leren::ui
