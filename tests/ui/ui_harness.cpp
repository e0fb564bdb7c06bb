#include "ui_harness.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <set>

#include "core/file_source.hpp"
#include "core/loader.hpp"
#include "item_hooks.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace leren::ui::test {

int commandsWith(std::uintptr_t texture) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int i = 0; data && i < data->CmdListsCount; ++i)
    for (const ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer)
      n += reinterpret_cast<std::uintptr_t>(cmd.TextureId) == texture;
  return n;
}

const core::Course& shippedCourse() {
  static const core::Course course = [] {
    core::LoadOptions options;
    options.playCases = false;  // the content tests play every case; here only the UI matters
    return core::loadCourse(core::DirectoryFileSource(std::string(LEREN_SOURCE_DIR) + "/content"), "course.json",
                            options);
  }();
  return course;
}

UiHarness::UiHarness(HarnessOptions options) : UiHarness(shippedCourse(), options) {}

UiHarness::UiHarness(const core::Course& course, HarnessOptions options)
    : course_(course), italicFont_(options.italicFont) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  context_->TestEngineHookItems = true;
  // The items of one ImGui frame: App::frame() may drop a frame and draw another (a new screen).
  ImGuiContextHook newFrame;
  newFrame.Type = ImGuiContextHookType_NewFramePre;
  newFrame.Callback = [](ImGuiContext*, ImGuiContextHook*) { clearDrawnItems(); };
  ImGui::AddContextHook(context_, &newFrame);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.DisplaySize = ImVec2(options.width, options.height);
  io.DeltaTime = 1.0f / 60.0f;
  core::LearnerOptions lo;
  lo.clock = [this] { return clockMs_; };
  lo.mode = options.mode;
  lo.random = [seed = options.seed] { return seed; };
  learner_ = std::make_unique<core::Learner>(course_, options.storage ? *options.storage : storage_, lo);
  AppOptions ao;
  ao.trainerMode = options.trainerMode;
  ao.content = options.content;
  ao.pictures = options.pictures;
  app_ = std::make_unique<App>(course_, *learner_, host_, ao);
  frame();
}

UiHarness::~UiHarness() {
  app_.reset();
  ImGui::DestroyContext(context_);
  EXPECT_TRUE(drift_.empty()) << "interactive items drawn without a semantic element, e.g. " << drift_.front();
}

void UiHarness::applyLook() {
  if (app_->textScale() != fontScale_) {
    fontScale_ = app_->textScale();
    buildFonts(app_->fonts(), LEREN_FONTS_DIR, 1.0f, fontScale_);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    if (italicFont_) buildItalicFont();
    themeSet_ = false;
  }
  if (!themeSet_ || theme_ != app_->theme()) {
    applyTheme(app_->theme(), app_->textScale());
    theme_ = app_->theme();
    themeSet_ = true;
  }
}

void UiHarness::buildItalicFont() {
  italicFont_ = true;
  ui::buildItalicFont(app_->fonts(), italicAtlas_, LEREN_FONTS_DIR, 1.0f, fontScale_,
                      [](int, int, const unsigned char*) { return kItalicTexture; });
}

void UiHarness::frame(const std::function<void()>& extra) {
  ImGui::SetCurrentContext(context_);
  applyLook();
  clockMs_ += 1000.0 / 60.0;
  ImGui::NewFrame();
  app_->frame();
  if (extra) extra();
  ImGui::Render();
  // As the web runtime does: a letter drawn as a stand-in gets its glyph before the next frame.
  if (needsMoreLetters(app_->fonts(), ImGui::GetDrawData())) fontScale_ = -1;
  checkDrift();
}

void UiHarness::checkDrift() {
  std::set<unsigned> described(app_->semantics().covered().begin(), app_->semantics().covered().end());
  for (const SemanticElement& e : elements())
    if (e.widgetId) described.insert(e.widgetId);
  for (const auto& [id, item] : drawnItems()) {
    if (described.count(id)) continue;
    // Scrollbars belong to their window; windows are containers.
    bool scrollbar = false;
    for (ImGuiWindow* w : context_->Windows) {
      // A window unused for a minute of frames has its buffers compacted (its id stack too):
      // it drew nothing this frame.
      if (w->MemoryCompacted || w->IDStack.empty()) continue;
      scrollbar |= id == ImGui::GetWindowScrollbarID(w, ImGuiAxis_X) ||
                   id == ImGui::GetWindowScrollbarID(w, ImGuiAxis_Y) || id == w->ID || id == w->ChildId;
    }
    if (scrollbar) continue;
    const std::string what = "'" + item.label + "' in " + item.window + " on screen " + screen();
    if (drift_.size() < 20 && std::find(drift_.begin(), drift_.end(), what) == drift_.end()) drift_.push_back(what);
  }
}

void UiHarness::settle(int max) {
  for (int i = 0; i < max; ++i) {
    frame();
    if (!app_->wantsRedraw() && !app_->hasPendingRequests()) break;
  }
  frame();
}

bool UiHarness::waitFor(const std::function<bool(const UiHarness&)>& done, int max) {
  for (int i = 0; i < max; ++i) {
    if (done(*this)) return true;
    frame();
  }
  if (done(*this)) return true;
  ADD_FAILURE() << "condition not reached on screen " << screen();
  return false;
}

const SemanticElement& UiHarness::element(const std::string& id) const {
  if (const SemanticElement* e = find(id)) return *e;
  std::string ids;
  for (const auto& e : elements())
    if (ids.size() < 1500) ids += e.id + " ";
  ADD_FAILURE() << "no element '" << id << "' on screen '" << screen() << "'; ids: " << ids;
  static const SemanticElement none;
  return none;
}

std::vector<const SemanticElement*> UiHarness::withPrefix(const std::string& prefix) const {
  std::vector<const SemanticElement*> out;
  for (const auto& e : elements())
    if (e.id.rfind(prefix, 0) == 0) out.push_back(&e);
  return out;
}

std::string UiHarness::parentOf(const SemanticElement& e) const {
  return e.parent >= 0 ? elements()[static_cast<size_t>(e.parent)].id : "";
}

bool UiHarness::activate(const std::string& id) { return app_->activate(id); }
bool UiHarness::setValue(const std::string& id, double value) { return app_->setValue(id, value); }
bool UiHarness::setText(const std::string& id, const std::string& text) { return app_->setText(id, text); }

void UiHarness::press(const std::string& id) {
  EXPECT_TRUE(activate(id)) << "activate('" << id << "') on screen " << screen();
  settle();
}

void UiHarness::go(const std::string& id, const std::string& target) {
  EXPECT_TRUE(activate(id)) << "activate('" << id << "') on screen " << screen();
  waitFor([&](const UiHarness& h) { return h.screen() == target; });
  settle();
}

void UiHarness::pointerDown(float x, float y) {
  ImGui::GetIO().AddMouseSourceEvent(touch_ ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  ImGui::GetIO().AddMousePosEvent(x, y);
  frame();
  ImGui::GetIO().AddMouseButtonEvent(0, true);
  frame();
}

void UiHarness::pointerMove(float x, float y) {
  ImGui::GetIO().AddMouseSourceEvent(touch_ ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  ImGui::GetIO().AddMousePosEvent(x, y);
  frame();
}

void UiHarness::hold(float seconds) {
  for (float t = 0; t < seconds; t += ImGui::GetIO().DeltaTime) frame();
}

void UiHarness::pointerUp() {
  ImGui::GetIO().AddMouseButtonEvent(0, false);
  frame();
}

void UiHarness::tap(const SemanticElement& e) {
  pointerDown(e.rect.x + e.rect.w / 2, e.rect.y + e.rect.h / 2);
  pointerUp();
  settle();
}

void UiHarness::resize(float width, float height) {
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  settle();
}

}  // namespace leren::ui::test
