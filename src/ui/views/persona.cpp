#include "ui/views/persona.hpp"

namespace leren::ui {

unsigned personaColour(const core::Persona& p) {
  // FNV-1a over the id: the same persona keeps its colour in every case and session.
  unsigned h = 2166136261u;
  for (unsigned char c : p.id) h = (h ^ c) * 16777619u;
  return h % 8;
}

unsigned personaColour(const core::Case& c, const core::Persona& p) {
  constexpr unsigned kColours = 8;
  bool taken[kColours] = {};
  for (const core::Persona& other : c.personas) {
    unsigned colour = personaColour(other);
    for (unsigned tries = 0; tries < kColours && taken[colour]; ++tries) colour = (colour + 1) % kColours;
    if (&other == &p || other.id == p.id) return colour;
    taken[colour] = true;
  }
  return personaColour(p);  // not one of the case's personas
}

ImTextureID personaPortrait(Ui&, Model& model, const core::Persona& p) {
  if (!p.portrait.present()) return ImTextureID{};
  // Until the portrait is there (or when it cannot be shown) the drawn avatar stands in.
  const PictureState& state = model.pictures.get(p.portrait.src);
  return state.status == PictureState::Status::ready ? reinterpret_cast<ImTextureID>(state.texture) : ImTextureID{};
}

Leading personaLeading(Ui& ui, Model& model, const core::Case& c, const core::Persona& p) {
  return Leading{Leading::Kind::avatar, p.name, false, personaColour(c, p), personaPortrait(ui, model, p)};
}

}  // namespace leren::ui
