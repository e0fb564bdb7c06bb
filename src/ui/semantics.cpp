#include "ui/semantics.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace leren::ui {

void SemanticTree::beginFrame() { building_ = Frame{}; }

void SemanticTree::setScreen(std::string id, std::string title) {
  building_.screen = std::move(id);
  building_.title = std::move(title);
}

SemanticElement& SemanticTree::add(SemanticElement element) {
  building_.elements.push_back(std::move(element));
  return building_.elements.back();
}

static bool sameElement(const SemanticElement& a, const SemanticElement& b) {
  return a.id == b.id && a.role == b.role && a.label == b.label && a.selected == b.selected && a.checked == b.checked &&
         a.disabled == b.disabled && a.expanded == b.expanded && a.pressed == b.pressed && a.value == b.value &&
         a.valueText == b.valueText && a.visible == b.visible && a.rect.x == b.rect.x && a.rect.y == b.rect.y &&
         a.rect.w == b.rect.w && a.rect.h == b.rect.h;
}

bool SemanticTree::endFrame() {
  bool changed = building_.screen != published_.screen || building_.title != published_.title ||
                 building_.elements.size() != published_.elements.size();
  for (size_t i = 0; !changed && i < building_.elements.size(); ++i)
    changed = !sameElement(building_.elements[i], published_.elements[i]);
  published_ = std::move(building_);
  building_ = Frame{};
  // Requests for elements that were not drawn this frame can never be served: drop them.
  for (auto it = activations_.begin(); it != activations_.end();)
    it = find(it->first) ? std::next(it) : activations_.erase(it);
  for (auto it = values_.begin(); it != values_.end();) it = find(it->first) ? std::next(it) : values_.erase(it);
  for (auto it = texts_.begin(); it != texts_.end();) it = find(it->first) ? std::next(it) : texts_.erase(it);
  if (!reveal_.empty() && !find(reveal_)) reveal_.clear();
  return changed;
}

const SemanticElement* SemanticTree::find(const std::string& id) const {
  for (const auto& e : published_.elements)
    if (e.id == id) return &e;
  return nullptr;
}

bool SemanticTree::focusAtEdge(unsigned focusedWidget, bool backwards) const {
  static const char* const kFocusable[] = {"button", "link", "checkbox", "radio", "slider"};
  const SemanticElement* edge = nullptr;
  for (const auto& e : published_.elements) {
    bool focusable = e.widgetId != 0 && !(e.disabled && *e.disabled);
    bool roleOk = false;
    for (const char* r : kFocusable) roleOk |= e.role == r;
    if (!focusable || !roleOk) continue;
    if (backwards) {
      edge = &e;
      break;
    }
    edge = &e;
  }
  return edge == nullptr || focusedWidget == 0 || edge->widgetId == focusedWidget;
}

static double round2(float v) { return std::round(v * 100.0) / 100.0; }

std::string SemanticTree::toJson(const std::string& lang) const {
  nlohmann::json out;
  out["screen"] = published_.screen;
  out["title"] = published_.title;
  out["lang"] = lang;
  auto& list = out["elements"] = nlohmann::json::array();
  for (const auto& e : published_.elements) {
    nlohmann::json j{{"id", e.id},
                     {"role", e.role},
                     {"label", e.label},
                     {"x", round2(e.rect.x)},
                     {"y", round2(e.rect.y)},
                     {"w", round2(e.rect.w)},
                     {"h", round2(e.rect.h)},
                     {"visible", e.visible}};
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
    if (!e.group.empty()) j["group"] = e.group;
    if (e.level) j["level"] = e.level;
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
  if (!e || (e->role != "searchbox" && e->role != "textbox")) return false;
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

bool SemanticTree::takeActivation(const std::string& id) { return activations_.erase(id) > 0; }

std::optional<double> SemanticTree::takeValue(const std::string& id) {
  auto it = values_.find(id);
  if (it == values_.end()) return std::nullopt;
  double v = it->second;
  values_.erase(it);
  return v;
}

}  // namespace leren::ui
