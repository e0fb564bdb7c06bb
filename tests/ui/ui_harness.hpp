#pragma once
// The UI without a browser: the shipped course, a learner with memory storage, a recording
// host, and an ImGui context with the real font atlas and no renderer (as in ImGui's null
// example). Tests act through the same vocabulary as the browser tests — describe(),
// activate(), setValue(), setText() — and every frame is checked by the drift guard: an
// interactive item drawn without a semantic element fails the test.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/content_loader.hpp"
#include "core/content_model.hpp"
#include "core/learner.hpp"
#include "core/storage.hpp"
#include "ui/app.hpp"
#include "ui/host.hpp"

namespace leren::ui::test {

// What the UI asked of the page, in order.
class RecordingHost : public Host {
 public:
  struct Call {
    std::string what, a, b;
  };
  void openUrl(const std::string& url) override { calls.push_back({"openUrl", url, ""}); }
  void copyText(const std::string& text) override { calls.push_back({"copyText", text, ""}); }
  void download(const std::string& name, const std::string&, const std::string& content) override {
    calls.push_back({"download", name, content});
  }
  void openHtml(const std::string& html) override { calls.push_back({"openHtml", html, ""}); }
  void pickTextFile(std::function<void(const std::string&)> onText) override {
    calls.push_back({"pickTextFile", "", ""});
    picker = std::move(onText);
  }
  void pushLocation(const std::string& location, const std::string& title) override {
    calls.push_back({"pushLocation", location, title});
    entries.resize(current + 1);
    entries.push_back(location);
    ++current;
  }
  void replaceLocation(const std::string& location, const std::string& title) override {
    calls.push_back({"replaceLocation", location, title});
    if (entries.empty()) entries.push_back(location);
    entries[current] = location;
  }
  void onNavigated(std::function<void(const std::string&)> handler) override { navigated = std::move(handler); }
  // The browser's Back and Forward buttons over the entries the UI pushed.
  bool back() {
    if (current == 0) return false;
    navigated(entries[--current]);
    return true;
  }
  bool forward() {
    if (current + 1 >= entries.size()) return false;
    navigated(entries[++current]);
    return true;
  }
  // The learner picks a file with this text.
  void pick(const std::string& text) {
    if (picker) picker(text);
  }
  const Call* last(const std::string& what) const {
    for (auto it = calls.rbegin(); it != calls.rend(); ++it)
      if (it->what == what) return &*it;
    return nullptr;
  }
  std::vector<Call> calls;
  std::function<void(const std::string&)> picker;
  std::function<void(const std::string&)> navigated;
  std::vector<std::string> entries;  // the browser's history, as locations
  size_t current = 0;
};

// The shipped course (content/), loaded once per test program.
const core::Course& shippedCourse();

struct HarnessOptions {
  float width = 1280, height = 800;
  bool trainerMode = false;
  core::Mode mode = core::Mode::practice;
  std::uint32_t seed = 7;                  // the learner's shuffle seed (a new learner)
  core::Storage* storage = nullptr;        // default: the harness's own memory storage
  core::ContentLoader* content = nullptr;  // modules and cases load when opened (null: all loaded)
  Pictures* pictures = nullptr;            // fetches images (FakePictures); null: they stay placeholders
  bool italicFont = true;                  // false: the italic face comes later (buildItalicFont())
};

// Draw commands of the last frame that use `texture`.
int commandsWith(std::uintptr_t texture);

class UiHarness {
 public:
  explicit UiHarness(HarnessOptions options = {});
  UiHarness(const core::Course& course, HarnessOptions options = {});
  ~UiHarness();

  // Draws one frame (and checks it); `extra` draws more after the App (the guard's own test).
  void frame(const std::function<void()>& extra = {});
  // Draws frames until the UI has settled (no redraw wanted, nothing pending); at most `max`.
  void settle(int max = 30);
  // Draws frames until `done` holds for the description; fails the test after `max`.
  bool waitFor(const std::function<bool(const UiHarness&)>& done, int max = 60);

  // The published description.
  const std::vector<SemanticElement>& elements() const { return app_->semantics().elements(); }
  const std::string& screen() const { return app_->semantics().screenId(); }
  const SemanticElement* find(const std::string& id) const { return app_->semantics().find(id); }
  // The element or a test failure naming what is on screen.
  const SemanticElement& element(const std::string& id) const;
  bool has(const std::string& id) const { return find(id) != nullptr; }
  std::vector<const SemanticElement*> withPrefix(const std::string& prefix) const;
  // The id of an element's container ("" at the top).
  std::string parentOf(const SemanticElement& e) const;

  // As learningModule does: true when the element exists (the request is served next frame).
  bool activate(const std::string& id);
  bool setValue(const std::string& id, double value);
  bool setText(const std::string& id, const std::string& text);
  // activate(id), then frames until the screen is `screen` (or the predicate holds).
  void go(const std::string& id, const std::string& screen);
  void press(const std::string& id);  // activate and settle; fails when unknown

  // Pointer input in CSS pixels (as SDL reports a mouse or a finger: useTouch(true) makes it
  // a finger, as ImGui's SDL backend tells them apart).
  void pointerDown(float x, float y);
  void pointerMove(float x, float y);
  void pointerUp();
  void useTouch(bool touch) { touch_ = touch; }
  // Frames for `seconds` of time without input (a finger held still).
  void hold(float seconds);
  void tap(const SemanticElement& e);

  void resize(float width, float height);

  core::Learner& learner() { return *learner_; }
  const core::Learner& learner() const { return *learner_; }
  App& app() { return *app_; }
  RecordingHost& host() { return host_; }
  core::MemoryStorage& storage() { return storage_; }
  const core::Course& course() const { return course_; }
  // Interactive items drawn without a semantic element, over all frames so far.
  const std::vector<std::string>& driftViolations() const { return drift_; }
  std::vector<std::string> takeDriftViolations() { return std::exchange(drift_, {}); }
  // The italic face arrives (as on the web after the first screen); its texture is
  // kItalicTexture. The next frame() draws with it.
  void buildItalicFont();
  static constexpr std::uintptr_t kItalicTexture = 0x17a1;

 private:
  bool touch_ = false;
  void checkDrift();
  void applyLook();

  const core::Course& course_;
  core::MemoryStorage storage_;
  RecordingHost host_;
  std::unique_ptr<core::Learner> learner_;
  std::unique_ptr<App> app_;
  ImGuiContext* context_ = nullptr;
  float fontScale_ = 0;
  bool italicFont_ = true;
  ImFontAtlas italicAtlas_;
  bool themeSet_ = false;
  ThemeKind theme_{};
  double clockMs_ = 0;
  std::vector<std::string> drift_;
};

}  // namespace leren::ui::test
