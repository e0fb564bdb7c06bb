#pragma once
// The frame every screen is drawn in: a top bar (home, language, progress, settings) as the
// navigation landmark and a scrollable reading column as the main landmark, centred on wide
// screens and full-width on phones, with drag-to-scroll (and momentum) for touch.
#include <string>

#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// Where the learner is in a sequence (a module's pages, a knowledge check's questions): the
// top bar shows "n/total" and a thin progress strip along its bottom edge, so the position
// stays in view once the column is scrolled.
struct ScreenPosition {
  int n = 0, total = 0;   // 1-based
  std::string label;      // what the strip measures ("Voortgang in deze module")
  std::string valueText;  // read out: "pagina 1 van 5"
};

// `wide` widens the column for screens with a side panel; `position`, when given, is shown in
// the top bar.
void beginScreen(Ui& ui, Model& model, const std::string& screenId, const std::string& title, bool wide = false,
                 const ScreenPosition* position = nullptr);
void endScreen(Ui& ui);

// Messages for the learner (content changed, progress imported, storage refused, the LMS...),
// each dismissable and announced. beginScreen() draws them for screens that do not place them.
void drawNotices(Ui& ui, Model& model, const std::string& idPrefix);

// The last item handles pointer drags itself (a slider, a pannable map): a drag that starts
// on it is not taken as a scroll of the column.
void claimDrag(Ui& ui);
// The same for the mouse; a finger's drag only after it held still on the item for
// kTouchHoldSeconds (a drag grip: a quick swipe that starts on it scrolls the page, as a
// thumb expects). heldLongEnough() says whether the current press may drag the item.
void claimDragAfterHold(Ui& ui);
constexpr float kTouchHoldSeconds = 0.3f;
bool heldLongEnough();

// Width of the reading column for the current window, in pixels.
float readingWidth(const Ui& ui, bool wide = false);

// Lets what is drawn while it lives (a table, a map) use up to `maxWidth` CSS px, centred on
// the reading column, where the screen has room beside the column.
class WideBlock {
 public:
  WideBlock(Ui& ui, float maxWidth);
  ~WideBlock();
  WideBlock(const WideBlock&) = delete;
  WideBlock& operator=(const WideBlock&) = delete;

 private:
  float left_ = 0, right_ = 0;
};

}  // namespace leren::ui
