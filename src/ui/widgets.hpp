#pragma once
// Thin wrappers around ImGui widgets: each draws one widget, reports it to the semantic tree
// (role, label, state, rectangle) and honours activate()/setValue() requests for its id.
// Views use only these, so the description can never drift from what is drawn.
#include <optional>
#include <string>

#include "ui/context.hpp"

namespace leren::ui {

enum class ButtonKind { primary, secondary, ghost, danger };

struct CardInfo {
  std::string title, body, meta;  // meta: small line, e.g. "35 min · 5 pagina's"
  std::optional<float> progress;  // 0..1: draws a progress bar on the card
  std::string badge;              // e.g. "Niet beschikbaar", "Afgerond"
  bool disabled = false;
  bool selected = false;
};

// Headings and text (wrapped to the available width).
void heading(Ui& ui, const std::string& id, const std::string& text, int level);
void paragraph(Ui& ui, const std::string& id, const std::string& text, bool muted = false);
void smallText(Ui& ui, const std::string& id, const std::string& text);

// Interactive widgets return true on the frame they are clicked or activated.
bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind = ButtonKind::primary,
            bool disabled = false, std::optional<bool> pressed = std::nullopt);
bool link(Ui& ui, const std::string& id, const std::string& label, const std::string& href = "");
bool card(Ui& ui, const std::string& id, const CardInfo& info);
bool radio(Ui& ui, const std::string& id, const std::string& label, bool selected, const std::string& group);
bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool* checked);
// A slider with its value as text; `step` snaps. Returns true when the value changed.
bool slider(Ui& ui, const std::string& id, const std::string& label, double* value, double min, double max, double step,
            const std::string& valueText);
// A text field. The canvas shows its frame and text; the page lays a real <input> over it
// (web/text-fields.js) so phones get their keyboard and IMEs work. Returns true on change.
bool textField(Ui& ui, const std::string& id, const std::string& label, std::string& value,
               const std::string& placeholder);
void progressBar(Ui& ui, const std::string& id, const std::string& label, float fraction);
// A coloured box with a title and wrapped text (feedback, warnings, notes).
enum class Tone { info, good, warning, bad };
void notice(Ui& ui, const std::string& id, Tone tone, const std::string& title, const std::string& text);

// Records the last ImGui item under `id` with the given role/label (for custom-drawn items).
SemanticElement& recordLastItem(Ui& ui, const std::string& id, const std::string& role, const std::string& label);

// Vertical space in CSS pixels (scaled with the text size).
void gap(Ui& ui, float cssPixels);

}  // namespace leren::ui
