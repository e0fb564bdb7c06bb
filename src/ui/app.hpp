#pragma once
// The learning module's UI: draws the current screen of the course for a learner, keeps the
// semantic tree, and answers window.learningModule (describe / activate / setValue / setText /
// reveal / state) for the platform. Progress and its rules are the Learner's; what the UI asks
// of the page goes through the Host.
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/content_model.hpp"
#include "core/i18n.hpp"
#include "core/learner.hpp"
#include "ui/app_model.hpp"
#include "ui/fonts.hpp"
#include "ui/host.hpp"
#include "ui/semantics.hpp"
#include "ui/theme.hpp"
#include "ui/view_state.hpp"

namespace leren::ui {

struct AppOptions {
  bool trainerMode = false;            // offer the trainer view from the start (?trainer=1)
  bool trainerLocked = false;          // never offer it (?trainer=0: a trainer locked it away)
  bool systemReducedMotion = false;    // the system asks for reduced motion (a new learner starts so)
  bool systemDark = false;             // the system prefers a dark theme (a new learner starts so)
  std::optional<core::Lang> language;  // ?lang= for this launch
  // Deep link: the screen to open first (?case=<id>, or ?module=<id>&page=<id>).
  std::string startCase, startModule, startPage;
  // Where the page says the learner was (ui/route.hpp query: a reload, a frame's saved
  // location); when set it wins over startCase/startModule/startPage.
  std::string startLocation;
  bool startInRun = false;  // with startCase: the learner's run, not the intro (a resumed session)
  // Loads modules and cases when they are opened (null: the course is loaded in full).
  core::ContentLoader* content = nullptr;
  // Fetches the course's images and makes textures of them (null: pictures stay placeholders).
  Pictures* pictures = nullptr;
};

class App {
 public:
  // All three must outlive the App.
  App(const core::Course& course, core::Learner& learner, Host& host, AppOptions options = {});

  // Draws one frame of UI (between ImGui::NewFrame() and ImGui::Render()). When the frame chose
  // another screen (a tapped card, Back), it is dropped and the new screen drawn in its place:
  // what the learner tapped shows in this frame, not the next.
  void frame();

  // Font atlas parameters: rebuild the atlas when these change (outside a frame).
  float textScale() const { return static_cast<float>(learner_.settings().textSizePercent) / 100.0f; }
  ThemeKind theme() const;
  Fonts& fonts() { return fonts_; }

  // True while something animates or changed and ImGui needs more frames to settle.
  bool wantsRedraw() const { return wantRedraw_; }
  bool hasPendingRequests() const {
    return sem_.hasPendingRequests() || !model_.pendingImport.empty() || pendingLocation_.has_value();
  }
  // True when the last frame showed a loading screen: it changes only when the file is in or
  // the learner acts, so the platform need not draw it again meanwhile.
  bool waitingForContent() const { return model_.showingLoading; }
  // True once a frame showing course content (or its problems) has been drawn.
  bool contentShown() const { return contentShown_; }
  // True when the last frame changed the semantic description.
  bool descriptionChanged() const { return descriptionChanged_; }

  std::string describeJson() const;
  bool activate(const std::string& id) { return sem_.requestActivate(id); }
  bool setValue(const std::string& id, double value) { return sem_.requestValue(id, value); }
  bool setText(const std::string& id, std::string text) { return sem_.requestText(id, std::move(text)); }
  bool reveal(const std::string& id) { return sem_.requestReveal(id); }
  // The learner's state plus where the UI is (screen, module, page, case).
  nlohmann::json state() const;
  // Saves progress now (the page is being hidden or closed).
  void flush() { learner_.flush(); }
  // Takes in progress another tab saved (Learner::syncFromStorage); true when it changed.
  bool syncProgress() { return learner_.syncFromStorage(); }
  // Keyboard focus is on the first/last control (see SemanticTree::focusAtEdge).
  bool focusAtEdge(bool backwards) const;

  // Something the page wants the learner to know (e.g. an LMS call is being retried).
  void addNotice(core::Text text) { model_.notices.push_back(std::move(text)); }
  // A UI string in the learner's language (for the page around the canvas).
  const std::string& tr(const std::string& key) const { return i18n_.tr(key, learner_.settings().language); }
  // The GPU lost the pictures' textures (PictureCache::forgetTextures).
  void forgetTextures() { model_.pictures.forgetTextures(); }

  const Model& model() const { return model_; }
  const SemanticTree& semantics() const { return sem_; }

 private:
  void drawScreen();  // one pass of frame()
  void handleImport();
  void openDeepLink(const AppOptions& options);
  // Browser history: opens a location Back/Forward went to; tells the page where the learner
  // is after a frame (a new entry when they moved).
  void followHistory();
  void recordLocation();

  core::I18n i18n_;
  core::Learner& learner_;
  Model model_;
  SemanticTree sem_;
  ViewState view_;
  Fonts fonts_;
  bool wantRedraw_ = true;
  bool contentShown_ = false;
  bool descriptionChanged_ = false;
  std::optional<std::string> pendingLocation_;  // from Back/Forward, opened next frame
  std::optional<std::string> location_;         // what the page was last told
};

}  // namespace leren::ui
