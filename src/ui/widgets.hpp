#pragma once
// Thin wrappers around ImGui widgets: each draws one widget, reports it to the semantic tree
// (role, label, state, rectangle) and honours activate()/setValue() requests for its id.
// Views draw only through these (and scopes), so the description cannot drift from what is
// drawn; the native UI tests check that every interactive item has its element.
#include <imgui.h>

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
// Text in a given face and colour (bold labels, values in a panel); `role` says what it is.
void styledText(Ui& ui, const std::string& id, const std::string& text, ImFont* font, ImU32 color,
                Role role = Role::text);
// A colour swatch and its meaning (a chart's legend), as a list item.
void legendItem(Ui& ui, const std::string& id, ImU32 color, const std::string& text);
// A bullet and a paragraph beside it.
void bulletText(Ui& ui, const std::string& id, const std::string& text);
// Text drawn at a position of a custom figure (labels on a map, dates on a timeline):
// recorded with its rectangle, so overlaps can be tested. Returns the text's size.
ImVec2 canvasText(Ui& ui, const std::string& id, ImVec2 pos, ImFont* font, float size, ImU32 color,
                  const std::string& text, float wrapWidth = 0.0f, Role role = Role::text);

// Text that is part of an element the caller records (a label inside a box that is a
// button, a name under a map's dot): drawn only. Returns the text's size.
ImVec2 inkText(ImVec2 pos, ImFont* font, float size, ImU32 color, const std::string& text, float wrapWidth = 0.0f);

// Interactive widgets return true on the frame they are clicked or activated.
bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind = ButtonKind::primary,
            bool disabled = false, std::optional<bool> pressed = std::nullopt);
bool link(Ui& ui, const std::string& id, const std::string& label, const std::string& href = "");
bool card(Ui& ui, const std::string& id, const CardInfo& info);
// A radio button; put radios in a radiogroup scope.
bool radio(Ui& ui, const std::string& id, const std::string& label, bool selected);
bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool* checked);
// A slider with its value as text; `step` snaps. Returns true when the value changed.
bool slider(Ui& ui, const std::string& id, const std::string& label, double* value, double min, double max, double step,
            const std::string& valueText);
// A text field. The canvas shows its frame and text; the page lays a real <input> over it
// (web/text-fields.js) so phones get their keyboard and IMEs work. Returns true on change.
bool textField(Ui& ui, const std::string& id, const std::string& label, std::string& value,
               const std::string& placeholder);
// A section that opens and closes (closed at first). Returns whether it is open.
bool disclosure(Ui& ui, const std::string& id, const std::string& label);
void progressBar(Ui& ui, const std::string& id, const std::string& label, float fraction);
// A coloured box with a title and wrapped text (feedback, warnings, notes).
enum class Tone { info, good, warning, bad };
void notice(Ui& ui, const std::string& id, Tone tone, const std::string& title, const std::string& text);

// Records the last ImGui item under `id` with the given role/label (for custom-drawn items).
SemanticElement& recordLastItem(Ui& ui, const std::string& id, Role role, const std::string& label);

// A container in the semantic tree for the lifetime of the object (a dialog, a radio group, a
// list, a figure).
class Scope {
 public:
  Scope(Ui& ui, const std::string& id, Role role, const std::string& label = "", Live live = Live::off);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Ui& ui_;
};

// Vertical space in CSS pixels (scaled with the text size).
void gap(Ui& ui, float cssPixels);

}  // namespace leren::ui
