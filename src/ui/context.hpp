#pragma once
// What every view and widget needs to draw: the semantic tree it reports into, fonts, theme,
// language, UI strings, the transient view state and the host. Passed by reference; owned by
// the App.
#include <string>

#include "core/i18n.hpp"
#include "core/text.hpp"
#include "ui/fonts.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"
#include "ui/view_state.hpp"

namespace leren::ui {

struct Ui {
  SemanticTree& sem;
  Fonts& fonts;
  const core::I18n& i18n;
  ViewState& view;
  core::Lang lang = core::Lang::nl;
  ThemeKind theme = ThemeKind::light;
  float textScale = 1.0f;
  bool reducedMotion = false;
  bool narrow = false;      // phone-width layout (one column)
  float columnSlack = 0;    // room beside the reading column on each side (figures may widen into it)
  float leftTaken = 0;      // of that room at the left, what a side outline uses (wide blocks grow right)
  bool wantRedraw = false;  // a widget animates or changed state: draw another frame

  const std::string& tr(const std::string& key) const { return i18n.tr(key, lang); }
  const std::string& text(const core::Text& t) const { return t.get(lang); }
  const Palette& pal() const { return palette(theme); }
  float px(float cssPixels) const { return cssPixels * textScale; }
};

}  // namespace leren::ui
