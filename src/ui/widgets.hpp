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

// What leads a card: nothing, a numbered badge (a module: its number, a check when done), or a
// person's drawn avatar (initials on a colour of their own) or portrait.
struct Leading {
  enum class Kind { none, number, avatar } kind = Kind::none;
  std::string text;        // the number, or the person's name (for the initials)
  bool done = false;       // a number badge shows a check mark
  unsigned colour = 0;     // index into the badge colours
  ImTextureID portrait{};  // an avatar's portrait, when the content has one
};

struct CardInfo {
  std::string title, body, meta;  // meta: small line, e.g. "35 min · 5 pagina's"
  std::string description;        // read to assistive technology when `body` is not shown (a phone)
  std::optional<float> progress;  // 0..1: draws a progress bar on the card
  std::string progressText;       // what the bar means, e.g. "2 van 5 pagina's gelezen"
  std::string badge;              // e.g. "Niet beschikbaar", "Afgerond"
  bool disabled = false;
  bool selected = false;
  Leading leading;
  int bodyLines = 0;     // > 0: the body is cut after this many lines (with "…")
  float width = 0;       // > 0: this width instead of the column's (a grid)
  float minHeight = 0;   // a grid row's height
  bool compact = false;  // smaller padding, title in the body face (lists on a phone)
  // A picture across the top of the card (a module's cover): the strip is kept from the first
  // frame, the picture fills it (cropped to the strip) once `cover` is there.
  bool coverStrip = false;
  ImTextureID cover{};
  float coverAspect = 0;  // the picture's width / height
  std::string coverAlt;   // what it shows, read after the title ("" when decorative)
};

// The height card() will take for `info` at `width`.
float cardHeight(Ui& ui, const CardInfo& info, float width);
// A drawn avatar (or the portrait) for a person, `size` px across, at the cursor. Described as
// an image named after the person, or, `decorative` (their name is written beside it), as an
// image with no name, which assistive technology skips.
void avatar(Ui& ui, const std::string& id, const Leading& who, float size, bool decorative = false);
// `text` cut to `maxLines` lines of `width` px in `font`, ending in "…" when cut.
std::string clampLines(ImFont* font, const std::string& text, float width, int maxLines);
// The same, kept in ui.fonts.clamped: a frame that draws the text again does not measure it again.
std::string clampLines(Ui& ui, ImFont* font, const std::string& text, float width, int maxLines);

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
// A square button with a drawn icon (44 px: a finger's target); `label` names it for
// assistive technology and in its tooltip.
enum class Icon { home, progress, settings, up, down };
bool iconButton(Ui& ui, const std::string& id, Icon icon, const std::string& label, bool pressed = false,
                bool disabled = false);
bool card(Ui& ui, const std::string& id, const CardInfo& info);
// A radio button; put radios in a radiogroup scope.
// `width` > 0: that wide (a row of short choices, e.g. letters); otherwise the column's width.
bool radio(Ui& ui, const std::string& id, const std::string& label, bool selected, float width = 0.0f);
bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool* checked);
// A slider with its value as text beside it; `step` snaps. Returns true when the value
// changed; `held` (optional) tells whether the handle is being dragged.
bool slider(Ui& ui, const std::string& id, const std::string& label, double* value, double min, double max, double step,
            const std::string& valueText, bool* held = nullptr);
// A text field. The canvas shows its frame and text; the page lays a real <input> over it
// (web/text-fields.js) so phones get their keyboard and IMEs work. Returns true on change.
// `submitted` (optional) is set when the learner pressed Enter in it (activate(id)). `role`:
// searchbox (a search) or textbox (an amount).
bool textField(Ui& ui, const std::string& id, const std::string& label, std::string& value,
               const std::string& placeholder, bool* submitted = nullptr, Role role = Role::searchbox,
               float width = 520.0f);
// A section that opens and closes (closed at first unless `openAtFirst`), as wide as the
// column. Returns whether it is open; on opening, what follows is scrolled into view.
bool disclosure(Ui& ui, const std::string& id, const std::string& label, bool openAtFirst = false);
// A square button with a chevron that folds or unfolds a section (right when folded, down
// when open); `label` names it, its expanded state says which.
bool foldButton(Ui& ui, const std::string& id, const std::string& label, bool open, float size);
// A progress bar; `valueText` says what it means ("pagina 2 van 5"; default: the percentage),
// so a screen reader does not announce an empty value.
void progressBar(Ui& ui, const std::string& id, const std::string& label, float fraction,
                 const std::string& valueText = "", float width = -1.0f);
// A coloured box with a title and wrapped text (feedback, warnings, notes).
enum class Tone { info, good, warning, bad, plain };  // plain: a card, no colour of its own
void notice(Ui& ui, const std::string& id, Tone tone, const std::string& title, const std::string& text);

// A tile with one figure (a module's end: pages read, the score, right the first time): its
// title, the figure large in the tone's colour, a line that says what it means. `width`/
// `height` 0: the column's width, its own height (tiles in a row share the tallest's). A group
// in the semantic tree, labelled by its title, with the three texts.
struct TileInfo {
  std::string title, value, detail;
  Tone tone = Tone::info;
};
float statTileHeight(Ui& ui, const TileInfo& tile, float width);
void statTile(Ui& ui, const std::string& id, const TileInfo& tile, float width = 0, float height = 0);

// The moment of completion: a round badge with a check mark (drawn in, unless motion is
// reduced), or a ring of progress when `complete` is false. An image in the semantic tree.
void completionBadge(Ui& ui, const std::string& id, bool complete, bool reducedMotion);

// A tinted box around everything drawn while it lives (a callout with rich text, the coaching
// of a choice, a check inside a page): its title in the tone's colour, then the caller's
// content, indented. In the semantic tree a group labelled by its title.
class Box {
 public:
  Box(Ui& ui, const std::string& id, Tone tone, const std::string& title, Live live = Live::off);
  ~Box();
  Box(const Box&) = delete;
  Box& operator=(const Box&) = delete;

 private:
  Ui& ui_;
  Tone tone_;
  ImVec2 start_;
  float width_ = 0, pad_ = 0;
  ImDrawListSplitter split_;
};

// Scrolls the current window so the rectangle (screen coordinates) starts at `at` of the
// view's height, unless it is already whole in the upper part of the view.
void bringIntoView(ImVec2 min, ImVec2 max, float at = 0.12f);

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

// One row that keeps what is drawn while it lives on one line (the caller puts SameLine()
// between items) and scrolls sideways when it does not fit: a finger drags it, a wheel scrolls
// it, and a fade at an edge says there is more. In the semantic tree a group.
class SideScroll {
 public:
  SideScroll(Ui& ui, const std::string& id, const std::string& label, float height);
  ~SideScroll();
  SideScroll(const SideScroll&) = delete;
  SideScroll& operator=(const SideScroll&) = delete;

 private:
  Ui& ui_;
};

// Vertical space in CSS pixels (scaled with the text size).
void gap(Ui& ui, float cssPixels);

}  // namespace leren::ui
