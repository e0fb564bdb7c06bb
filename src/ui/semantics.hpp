#pragma once
// The semantic description of the screen: what the UI draws, as data (roles, labels,
// states, rectangles). Built by the widget wrappers while they draw (one call per widget),
// published once per drawn frame, read by window.learningModule.describe() (tests, the
// accessibility mirror, LMS hosts). Also queues activate()/setValue() requests for the
// widgets to pick up on the next frame. Plain C++: no ImGui here.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace leren::ui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

struct SemanticElement {
  std::string id;     // stable across frames and languages, e.g. "home.module.wmo-route"
  std::string role;   // heading, text, button, link, checkbox, radio, slider, listitem, ...
  std::string label;  // visible label or text, in the current language
  std::optional<bool> selected, checked, disabled, expanded, pressed;
  std::optional<double> value, min, max, step;  // step: a slider's increment
  std::string valueText;                        // human-readable value, e.g. "€ 1.234,56"
  std::string href;                             // for links
  std::string group;                            // id of the enclosing group (radio group, list, dialog)
  int level = 0;                                // heading level
  Rect rect;                                    // in CSS pixels relative to the canvas
  bool visible = true;                          // false when scrolled out of view
  unsigned widgetId = 0;                        // the drawing toolkit's id (keyboard focus); not published
};

class SemanticTree {
 public:
  // Starts collecting a new frame's elements.
  void beginFrame();
  void setScreen(std::string id, std::string title);
  // Adds an element; the reference is valid until the next add().
  SemanticElement& add(SemanticElement element);
  // The element added last in this frame (to refine a widget's label or state).
  SemanticElement& lastAdded() { return building_.elements.back(); }
  // Publishes the collected frame; returns true when it differs from the previous one.
  bool endFrame();

  const std::string& screenId() const { return published_.screen; }
  const std::vector<SemanticElement>& elements() const { return published_.elements; }
  const SemanticElement* find(const std::string& id) const;
  // True when `focusedWidget` is the last (or, backwards, the first) element that takes
  // keyboard focus: Tab there should leave the module (no keyboard trap in an LMS page).
  bool focusAtEdge(unsigned focusedWidget, bool backwards) const;

  // JSON text of the published description (rectangles relative to the canvas).
  std::string toJson(const std::string& lang) const;

  // An activation for an element in the published frame; false for an unknown id.
  bool requestActivate(const std::string& id);
  bool requestValue(const std::string& id, double value);
  bool requestText(const std::string& id, std::string text);
  // Scroll the element into view on the next frame (keyboard focus moved to it elsewhere).
  bool requestReveal(const std::string& id);
  bool takeReveal(const std::string& id);
  // Called by widgets while drawing: consumes a pending activation / value for `id`.
  bool takeActivation(const std::string& id);
  std::optional<double> takeValue(const std::string& id);
  std::optional<std::string> takeText(const std::string& id);
  bool hasPendingRequests() const {
    return !activations_.empty() || !values_.empty() || !texts_.empty() || !reveal_.empty();
  }

 private:
  struct Frame {
    std::string screen, title;
    std::vector<SemanticElement> elements;
  };
  Frame building_, published_;
  std::map<std::string, bool> activations_;
  std::map<std::string, double> values_;
  std::map<std::string, std::string> texts_;
  std::string reveal_;
};

}  // namespace leren::ui
