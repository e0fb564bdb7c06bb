#include "ui/views/persona.hpp"

namespace leren::ui {

unsigned personaColour(const core::Persona& p) {
  // FNV-1a over the id: the same persona keeps its colour in every case and session.
  unsigned h = 2166136261u;
  for (unsigned char c : p.id) h = (h ^ c) * 16777619u;
  return h % 8;
}

ImTextureID personaPortrait(Ui&, Model&, const core::Persona&) { return ImTextureID{}; }

Leading personaLeading(Ui& ui, Model& model, const core::Persona& p) {
  return Leading{Leading::Kind::avatar, p.name, false, personaColour(p), personaPortrait(ui, model, p)};
}

}  // namespace leren::ui
