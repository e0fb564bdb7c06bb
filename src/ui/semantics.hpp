#pragma once
// The semantic description of the screen: what the UI draws, as a tree of typed elements
// (role, label, states, rectangle). Built by the widget wrappers while they draw (one call per
// widget), published once per drawn frame, read by window.learningModule.describe(): the
// accessible DOM mirror renders it, the browser and native UI tests act through it, LMS hosts
// may read it. One semantic tree, two renderings (PhET's parallel DOM).
//
// Containers (navigation, dialog, radio group, list, group, a paragraph holding links) are
// scopes: elements added while a scope is open are its children. Live regions are a property.
// Also queues activate()/setValue()/setText()/reveal() requests for the widgets to pick up on
// the next frame. Plain C++: no ImGui here.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leren::ui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

enum class Role : std::uint8_t {
  // content
  heading,
  text,
  paragraph,
  note,
  status,
  figure,
  img,
  listitem,
  progressbar,
  cell,
  columnheader,
  rowheader,
  // controls
  button,
  link,
  checkbox,
  radio,
  slider,
  searchbox,
  textbox,
  // containers
  navigation,
  main,
  dialog,
  alertdialog,
  radiogroup,
  list,
  group,
  table,
};
// The role's name in describe() and the mirror ("heading", "alertdialog", ...).
std::string_view roleName(Role role);
// Controls take keyboard focus; containers hold children.
bool isControl(Role role);
bool isContainer(Role role);

enum class Live : std::uint8_t { off, polite, assertive };

struct SemanticElement {
  std::string id;  // stable across frames and languages, e.g. "home.module.wmo-route"
  Role role = Role::text;
  std::string label;  // visible label or text, in the current language
  std::optional<bool> selected, checked, disabled, expanded, pressed;
  std::optional<double> value, min, max, step;  // step: a slider's increment
  std::string valueText;                        // human-readable value, e.g. "€ 1.234,56"
  std::string href;                             // for links
  int level = 0;                                // heading level
  Live live = Live::off;                        // announce changes of this element (and its children's text)
  Rect rect;                                    // in CSS pixels relative to the canvas
  bool visible = true;                          // false when scrolled out of view
  int parent = -1;                              // index of the enclosing container in the frame; -1: the screen
  unsigned widgetId = 0;                        // the drawing toolkit's id (keyboard focus); not published
};

class SemanticTree {
 public:
  // Starts collecting a new frame's elements, drawn in `lang` ("nl", "en") and `theme` ("light",
  // "dark", "contrast"): the description names what its labels were drawn in, not a setting
  // changed while the frame was drawn (the labels follow one frame later).
  void beginFrame(std::string lang, std::string theme);
  void setScreen(std::string id, std::string title);
  // Adds an element inside the open scope; the reference is valid until the next add().
  SemanticElement& add(SemanticElement element);
  // The element added last in this frame (to refine a widget's label or state).
  SemanticElement& lastAdded() { return building_.elements.back(); }
  // Opens a container: the element is added, and elements added until endScope() are its
  // children. Its rectangle becomes the union of its children's unless set.
  void beginScope(SemanticElement container);
  // Closes the innermost container; returns it (its rectangle known now), or null.
  const SemanticElement* endScope();
  // The innermost open container (to set its rectangle once known). Only while one is open.
  SemanticElement& openScope() { return building_.elements[scopes_.back()]; }
  // Widget ids of the toolkit that belong to the element added last besides its own (a link
  // wrapped over two lines is two hit boxes): the drift guard then knows them.
  void cover(unsigned widgetId) { covered_.push_back(widgetId); }
  const std::vector<unsigned>& covered() const { return covered_; }
  // Publishes the collected frame; returns true when it differs from the previous one.
  bool endFrame();

  const std::string& screenId() const { return published_.screen; }
  const std::string& screenTitle() const { return published_.title; }
  const std::vector<SemanticElement>& elements() const { return published_.elements; }
  const SemanticElement* find(const std::string& id) const;
  // The elements drawn so far in the frame being built (the drift guard checks against it).
  const std::vector<SemanticElement>& building() const { return building_.elements; }
  // True when `focusedWidget` is the last (or, backwards, the first) control: Tab there should
  // leave the module (no keyboard trap in an LMS page).
  bool focusAtEdge(unsigned focusedWidget, bool backwards) const;

  // JSON text of the published description (rectangles relative to the canvas), with the
  // language and theme it was drawn in (the page styles what it lays over the canvas to match).
  std::string toJson() const;

  // An activation for an element in the published frame; false for an unknown id.
  bool requestActivate(const std::string& id);
  bool requestValue(const std::string& id, double value);
  bool requestText(const std::string& id, std::string text);
  // Scroll the element into view on the next frame (keyboard focus moved to it elsewhere).
  bool requestReveal(const std::string& id);
  bool takeReveal(const std::string& id);
  // Bring an element into view once it is drawn (within the next few frames), with what
  // follows it: feedback that just appeared, a section that just opened, a detail below a
  // figure. Unlike requestReveal, the element need not exist yet.
  void requestRevealNext(const std::string& id) { revealNext_ = {id, 4}; }
  bool takeRevealNext(const std::string& id);
  // Where keyboard focus should go now that the content changed under it (the consequence of a
  // choice, the result of a check, the next question): published as "focus" with a serial
  // number; the accessible mirror moves focus there if it was in the mirror.
  void setFocusTarget(std::string id) {
    focusTarget_ = std::move(id);
    ++focusSerial_;
  }
  const std::string& focusTarget() const { return focusTarget_; }
  unsigned focusSerial() const { return focusSerial_; }
  // Called by widgets while drawing: consumes a pending activation / value for `id`.
  bool takeActivation(const std::string& id);
  std::optional<double> takeValue(const std::string& id);
  std::optional<std::string> takeText(const std::string& id);
  bool hasPendingRequests() const {
    return !activations_.empty() || !values_.empty() || !texts_.empty() || !reveal_.empty();
  }

 private:
  struct Frame {
    std::string screen, title, lang, theme;
    std::vector<SemanticElement> elements;
  };
  Frame building_, published_;
  std::vector<int> scopes_;        // open containers (indices into building_.elements)
  std::vector<unsigned> covered_;  // extra widget ids of this frame
  std::map<std::string, bool> activations_;
  std::map<std::string, double> values_;
  std::map<std::string, std::string> texts_;
  std::string reveal_;
  struct Pending {
    std::string id;
    int frames = 0;
  } revealNext_;
  std::string focusTarget_;
  unsigned focusSerial_ = 0, publishedFocusSerial_ = 0;
};

// Opens a container for the lifetime of the object.
class SemanticScope {
 public:
  SemanticScope(SemanticTree& tree, SemanticElement container) : tree_(tree) { tree_.beginScope(std::move(container)); }
  ~SemanticScope() { tree_.endScope(); }
  SemanticScope(const SemanticScope&) = delete;
  SemanticScope& operator=(const SemanticScope&) = delete;

 private:
  SemanticTree& tree_;
};

}  // namespace leren::ui
