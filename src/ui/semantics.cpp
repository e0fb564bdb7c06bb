#include "ui/semantics.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace leren::ui {

std::string_view roleName(Role role) {
  switch (role) {
    case Role::heading:
      return "heading";
    case Role::text:
      return "text";
    case Role::paragraph:
      return "paragraph";
    case Role::note:
      return "note";
    case Role::status:
      return "status";
    case Role::figure:
      return "figure";
    case Role::img:
      return "img";
    case Role::listitem:
      return "listitem";
    case Role::progressbar:
      return "progressbar";
    case Role::cell:
      return "cell";
    case Role::columnheader:
      return "columnheader";
    case Role::rowheader:
      return "rowheader";
    case Role::button:
      return "button";
    case Role::link:
      return "link";
    case Role::checkbox:
      return "checkbox";
    case Role::radio:
      return "radio";
    case Role::slider:
      return "slider";
    case Role::searchbox:
      return "searchbox";
    case Role::textbox:
      return "textbox";
    case Role::navigation:
      return "navigation";
    case Role::main:
      return "main";
    case Role::dialog:
      return "dialog";
    case Role::alertdialog:
      return "alertdialog";
    case Role::radiogroup:
      return "radiogroup";
    case Role::list:
      return "list";
    case Role::group:
      return "group";
    case Role::table:
      return "table";
  }
  return "text";
}

bool isControl(Role role) {
  switch (role) {
    case Role::button:
    case Role::link:
    case Role::checkbox:
    case Role::radio:
    case Role::slider:
    case Role::searchbox:
    case Role::textbox:
      return true;
    default:
      return false;
  }
}

bool isContainer(Role role) { return role >= Role::navigation; }

void SemanticTree::beginFrame(std::string lang, std::string theme) {
  building_ = Frame{};
  building_.lang = std::move(lang);
  building_.theme = std::move(theme);
  scopes_.clear();
  covered_.clear();
}

void SemanticTree::setScreen(std::string id, std::string title) {
  building_.screen = std::move(id);
  building_.title = std::move(title);
}

SemanticElement& SemanticTree::add(SemanticElement element) {
  element.parent = scopes_.empty() ? -1 : scopes_.back();
  building_.elements.push_back(std::move(element));
  return building_.elements.back();
}

void SemanticTree::beginScope(SemanticElement container) {
  add(std::move(container));
  scopes_.push_back(static_cast<int>(building_.elements.size()) - 1);
}

const SemanticElement* SemanticTree::endScope() {
  if (scopes_.empty()) return nullptr;
  const int index = scopes_.back();
  scopes_.pop_back();
  SemanticElement& c = building_.elements[index];
  if (c.rect.w > 0 || c.rect.h > 0) return &c;
  // The union of what was drawn inside (direct children carry their own unions).
  bool any = false, visible = false;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  for (size_t i = index + 1; i < building_.elements.size(); ++i) {
    const SemanticElement& e = building_.elements[i];
    if (e.parent != index || (e.rect.w <= 0 && e.rect.h <= 0)) continue;
    x0 = any ? std::min(x0, e.rect.x) : e.rect.x;
    y0 = any ? std::min(y0, e.rect.y) : e.rect.y;
    x1 = any ? std::max(x1, e.rect.x + e.rect.w) : e.rect.x + e.rect.w;
    y1 = any ? std::max(y1, e.rect.y + e.rect.h) : e.rect.y + e.rect.h;
    visible |= e.visible;
    any = true;
  }
  if (any) {
    c.rect = Rect{x0, y0, x1 - x0, y1 - y0};
    c.visible = visible;
  }
  return &c;
}

static bool sameElement(const SemanticElement& a, const SemanticElement& b) {
  return a.id == b.id && a.role == b.role && a.label == b.label && a.selected == b.selected && a.checked == b.checked &&
         a.disabled == b.disabled && a.expanded == b.expanded && a.pressed == b.pressed && a.value == b.value &&
         a.valueText == b.valueText && a.visible == b.visible && a.parent == b.parent && a.live == b.live &&
         a.rect.x == b.rect.x && a.rect.y == b.rect.y && a.rect.w == b.rect.w && a.rect.h == b.rect.h;
}

bool SemanticTree::endFrame() {
  while (!scopes_.empty()) endScope();  // a scope left open by an early return
  bool changed = building_.screen != published_.screen || building_.title != published_.title ||
                 building_.lang != published_.lang || building_.theme != published_.theme ||
                 building_.elements.size() != published_.elements.size() || focusSerial_ != publishedFocusSerial_;
  publishedFocusSerial_ = focusSerial_;
  for (size_t i = 0; !changed && i < building_.elements.size(); ++i)
    changed = !sameElement(building_.elements[i], published_.elements[i]);
  published_ = std::move(building_);
  building_ = Frame{};
  // Every request had this frame to be served (requests arrive between frames, for elements
  // the last frame drew). One not taken — its element not drawn this time, or drawn but not
  // taking it (disabled) — never will be; kept, it would keep the main loop drawing forever.
  activations_.clear();
  values_.clear();
  texts_.clear();
  reveal_.clear();
  if (revealNext_.frames > 0 && --revealNext_.frames == 0) revealNext_.id.clear();
  return changed;
}

const SemanticElement* SemanticTree::find(const std::string& id) const {
  for (const auto& e : published_.elements)
    if (e.id == id) return &e;
  return nullptr;
}

bool SemanticTree::focusAtEdge(unsigned focusedWidget, bool backwards) const {
  const SemanticElement* edge = nullptr;
  for (const auto& e : published_.elements) {
    if (e.widgetId == 0 || (e.disabled && *e.disabled) || !isControl(e.role)) continue;
    edge = &e;
    if (backwards) break;
  }
  return edge == nullptr || focusedWidget == 0 || edge->widgetId == focusedWidget;
}

static double round2(float v) { return std::round(v * 100.0) / 100.0; }

std::string SemanticTree::toJson() const {
  nlohmann::json out;
  out["screen"] = published_.screen;
  out["title"] = published_.title;
  out["lang"] = published_.lang;
  out["theme"] = published_.theme;
  if (!focusTarget_.empty()) out["focus"] = {{"id", focusTarget_}, {"serial", focusSerial_}};
  auto& list = out["elements"] = nlohmann::json::array();
  const auto& all = published_.elements;
  for (const auto& e : all) {
    nlohmann::json j{{"id", e.id},
                     {"role", roleName(e.role)},
                     {"label", e.label},
                     {"x", round2(e.rect.x)},
                     {"y", round2(e.rect.y)},
                     {"w", round2(e.rect.w)},
                     {"h", round2(e.rect.h)},
                     {"visible", e.visible}};
    if (e.parent >= 0) j["parent"] = all[e.parent].id;
    if (e.selected) j["selected"] = *e.selected;
    if (e.checked) j["checked"] = *e.checked;
    if (e.disabled) j["disabled"] = *e.disabled;
    if (e.expanded) j["expanded"] = *e.expanded;
    if (e.pressed) j["pressed"] = *e.pressed;
    if (e.value) j["value"] = *e.value;
    if (e.min) j["min"] = *e.min;
    if (e.max) j["max"] = *e.max;
    if (e.step) j["step"] = *e.step;
    if (!e.valueText.empty()) j["valueText"] = e.valueText;
    if (!e.href.empty()) j["href"] = e.href;
    if (e.level) j["level"] = e.level;
    if (e.live != Live::off) j["live"] = e.live == Live::polite ? "polite" : "assertive";
    list.push_back(std::move(j));
  }
  return out.dump();
}

bool SemanticTree::requestActivate(const std::string& id) {
  const SemanticElement* e = find(id);
  if (!e || (e->disabled && *e->disabled)) return false;
  activations_[id] = true;
  return true;
}

bool SemanticTree::requestValue(const std::string& id, double value) {
  const SemanticElement* e = find(id);
  if (!e || !e->min || !std::isfinite(value)) return false;
  values_[id] = value;
  return true;
}

bool SemanticTree::requestText(const std::string& id, std::string text) {
  const SemanticElement* e = find(id);
  if (!e || (e->role != Role::searchbox && e->role != Role::textbox)) return false;
  texts_[id] = std::move(text);
  return true;
}

std::optional<std::string> SemanticTree::takeText(const std::string& id) {
  auto it = texts_.find(id);
  if (it == texts_.end()) return std::nullopt;
  std::string v = std::move(it->second);
  texts_.erase(it);
  return v;
}

bool SemanticTree::requestReveal(const std::string& id) {
  if (!find(id)) return false;
  reveal_ = id;
  return true;
}

bool SemanticTree::takeReveal(const std::string& id) {
  if (reveal_.empty() || reveal_ != id) return false;
  reveal_.clear();
  return true;
}

bool SemanticTree::takeRevealNext(const std::string& id) {
  if (revealNext_.frames <= 0 || revealNext_.id != id) return false;
  revealNext_ = {};
  return true;
}

bool SemanticTree::takeActivation(const std::string& id) { return activations_.erase(id) > 0; }

std::optional<double> SemanticTree::takeValue(const std::string& id) {
  auto it = values_.find(id);
  if (it == values_.end()) return std::nullopt;
  double v = it->second;
  values_.erase(it);
  return v;
}

}  // namespace leren::ui
