#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawFigure(Ui& ui, Model& model, size_t module, const core::Block& block) {
  std::visit(
      [&](const auto& fig) {
        using T = std::decay_t<decltype(fig)>;
        if constexpr (std::is_same_v<T, core::ActorMap>)
          drawActorMap(ui, fig);
        else if constexpr (std::is_same_v<T, core::Timeline>)
          drawTimeline(ui, fig);
        else if constexpr (std::is_same_v<T, core::ProcessFlow>)
          drawProcessFlow(ui, fig);
        else if constexpr (std::is_same_v<T, core::Comparison>)
          drawComparison(ui, fig);
        else if constexpr (std::is_same_v<T, core::Radar> || std::is_same_v<T, core::Calculator>) {
          // The learner's own values are kept with their progress.
          std::map<std::string, double> values = model.learner.figureValues(module, fig.id);
          bool changed = false;
          if constexpr (std::is_same_v<T, core::Radar>)
            changed = drawRadar(ui, fig, values);
          else
            changed = drawCalculator(ui, fig, values);
          if (changed) model.learner.setFigureValues(module, fig.id, std::move(values));
        } else if constexpr (std::is_same_v<T, core::DecisionExplorer>)
          drawDecisionExplorer(ui, fig);
      },
      block);
}

FigureScope::FigureScope(Ui& ui, const std::string& figureId, const core::Text& caption)
    : scope_(ui, "figure." + figureId, Role::figure, ui.text(caption)) {
  // A caption, not a heading: the regular face in the muted colour (bold dark blue read as one).
  styledText(ui, "figure." + figureId + ".caption", ui.text(caption), ui.fonts.body, ui.pal().textMuted);
}

void figureDetail(Ui& ui, const std::string& id, const std::string& title, const std::string& text) {
  Box box(ui, id, Tone::info, title);
  RichTextEvents ignored;
  richText(ui, id + ".text", text, ignored);
}

std::optional<double> parseNumber(const std::string& text, core::Lang lang) {
  std::string s;  // digits and separators only; a euro sign and spaces are allowed around them
  bool negative = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',')
      s += c;
    else if (c == '-' && s.empty())
      negative = true;
    else if (text.compare(i, 3, "\xE2\x82\xAC") == 0)
      i += 2;
    else if (c != ' ' && static_cast<unsigned char>(c) != 0xC2 && static_cast<unsigned char>(c) != 0xA0)
      return std::nullopt;  // (0xC2 0xA0: a no-break space)
  }
  if (s.empty()) return std::nullopt;
  // The decimal mark: the last separator, unless it is the language's thousands mark followed
  // by exactly three digits ("1.345" in Dutch, "1,345" in English).
  const char thousands = lang == core::Lang::nl ? '.' : ',';
  const size_t last = s.find_last_of(".,");
  size_t decimalAt = std::string::npos;
  if (last != std::string::npos) {
    const bool groupOnly =
        s[last] == thousands && s.size() - last - 1 == 3 && s.find(s[last] == '.' ? ',' : '.') == std::string::npos;
    if (!groupOnly) decimalAt = last;
  }
  std::string plain;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == decimalAt)
      plain += '.';
    else if (s[i] != '.' && s[i] != ',')
      plain += s[i];
  }
  if (plain.empty() || plain == ".") return std::nullopt;
  const double v = std::strtod(plain.c_str(), nullptr);  // digits and one '.': the C locale's form
  return negative ? -v : v;
}

std::vector<std::string_view> wordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find_first_of(" \n", at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::string formatDate(Ui& ui, const std::string& iso) {
  const auto digits = [&](size_t at, size_t n) {
    if (iso.size() < at + n) return false;
    for (size_t i = at; i < at + n; ++i)
      if (iso[i] < '0' || iso[i] > '9') return false;
    return true;
  };
  const bool year = digits(0, 4), month = year && iso.size() >= 7 && iso[4] == '-' && digits(5, 2),
             day = month && iso.size() == 10 && iso[7] == '-' && digits(8, 2);
  if (!(month && iso.size() == 7) && !day) return iso;  // a year alone, or not a date
  // The month names are one UI string per language, space-separated.
  const std::string names = ui.tr("figure.date.months");
  const std::vector<std::string_view> months = wordsOf(names);
  const int m = std::stoi(iso.substr(5, 2));
  if (m < 1 || m > static_cast<int>(months.size())) return iso;
  std::string out = std::string(months[static_cast<size_t>(m - 1)]) + " " + iso.substr(0, 4);
  if (day) out = std::to_string(std::stoi(iso.substr(8, 2))) + " " + out;
  return out;
}

std::string formatNumber(double value, int decimals, core::Lang lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits = buf, frac;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.resize(dot);
  }
  const char thousands = lang == core::Lang::nl ? '.' : ',', decimal = lang == core::Lang::nl ? ',' : '.';
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += thousands;
    out += digits[i];
  }
  if (!frac.empty()) {
    out += decimal;
    out += frac;
  }
  // A minus only when the rounded number is not zero (-0.004 with two decimals reads "0,00").
  const bool zero = std::strspn(buf, "0.") == std::strlen(buf);
  return (value < 0 && !zero ? "-" : "") + out;
}

}  // namespace leren::ui
