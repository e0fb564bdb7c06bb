// Wiring: SDL window + WebGL2 context, Dear ImGui, the course loaded from /content (put
// there by web/boot.js), the App, the bridge to window.learningModule, and the main loop
// that draws only when something changed.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/file_source.hpp"
#include "core/loader.hpp"
#include "platform/main_loop.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/local_storage.hpp"
#include "ui/app.hpp"

namespace {

struct Runtime {
  SDL_Window* window = nullptr;
  std::unique_ptr<leren::platform::LocalStorage> storage;
  std::unique_ptr<leren::ui::App> app;
  int framesLeft = 3;                       // frames still to draw before going idle
  long framesDrawn = 0;                     // frames rendered since start (learningModule.state())
  double frameMsTotal = 0, frameMsMax = 0;  // CPU time spent drawing frames (benchmarks)
  double contentLoadMs = 0;                 // loadCourse(): parse + validate + analyse
  float fontRatio = 0, fontScale = 0;
  leren::ui::ThemeKind themeApplied{};
  bool themeSet = false;
};
Runtime g;

void rebuildFontsIfNeeded() {
  const float ratio = static_cast<float>(leren::platform::devicePixelRatio());
  const float scale = g.app->textScale();
  if (ratio == g.fontRatio && scale == g.fontScale) return;
  g.fontRatio = ratio;
  g.fontScale = scale;
  leren::ui::buildFonts(g.app->fonts(), "/fonts", ratio, scale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  g.themeSet = false;  // spacing scales with the text
}

void applyThemeIfNeeded() {
  if (g.themeSet && g.themeApplied == g.app->theme()) return;
  leren::ui::applyTheme(g.app->theme(), g.app->textScale());
  g.themeApplied = g.app->theme();
  g.themeSet = true;
}

void tick() {
  bool activity = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    activity = true;
  }
  if (g.app->hasPendingRequests()) activity = true;
  const float ratio = static_cast<float>(leren::platform::devicePixelRatio());
  if (ratio != g.fontRatio || g.app->textScale() != g.fontScale || !g.themeSet || g.themeApplied != g.app->theme()) {
    rebuildFontsIfNeeded();
    applyThemeIfNeeded();
    activity = true;
  }
  if (activity) g.framesLeft = std::max(g.framesLeft, 3);
  if (g.framesLeft <= 0) return;  // idle: no GL work, the canvas keeps its last image
  --g.framesLeft;

  const double frameStart = leren::platform::nowMs();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  g.app->frame();
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g.window);
  ++g.framesDrawn;
  const double frameMs = leren::platform::nowMs() - frameStart;
  g.frameMsTotal += frameMs;
  g.frameMsMax = std::max(g.frameMsMax, frameMs);

  if (g.app->wantsRedraw()) g.framesLeft = std::max(g.framesLeft, 2);
  if (g.app->descriptionChanged()) leren::platform::notifyScreenChanged();
  if (g.app->contentShown() && g.framesDrawn >= 2) leren::platform::notifyReady();
}

}  // namespace

int main() {
  // Keyboard events only while the canvas has focus, so the host page (an LMS) keeps working.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  double cssW = 1024, cssH = 768;
  emscripten_get_element_css_size("#canvas", &cssW, &cssH);
  g.window =
      SDL_CreateWindow("Sociaal Domein Leren", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, static_cast<int>(cssW),
                       static_cast<int>(cssH), SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = SDL_GL_CreateContext(g.window);
  if (!g.window || !gl) {
    std::fprintf(stderr, "could not create the WebGL2 context: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g.window, gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a saved file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(g.window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  leren::core::DirectoryFileSource files("/content");
  g.storage = std::make_unique<leren::platform::LocalStorage>();
  const double loadStart = leren::platform::nowMs();
  leren::core::LoadOptions options;
  options.playCases = false;  // static checks only at start-up; coursetool plays every case
  leren::core::Course course = leren::core::loadCourse(files, "course.json", options);
  g.contentLoadMs = leren::platform::nowMs() - loadStart;
  g.app = std::make_unique<leren::ui::App>(std::move(course), *g.storage);
  g.app->setTrainerMode(leren::platform::queryParam("trainer") == "1");
  g.app->applySystemPreferences(leren::platform::prefersReducedMotion());

  leren::platform::setBridgeHandlers({
      [] { return g.app->describeJson(); },
      [](const std::string& id) { return g.app->activate(id); },
      [](const std::string& id, double v) { return g.app->setValue(id, v); },
      [] {
        nlohmann::json s = nlohmann::json::parse(g.app->stateJson(), nullptr, false);
        s["framesDrawn"] = g.framesDrawn;
        s["frameMsAverage"] = g.framesDrawn ? g.frameMsTotal / static_cast<double>(g.framesDrawn) : 0.0;
        s["frameMsMax"] = g.frameMsMax;
        s["contentLoadMs"] = g.contentLoadMs;
        return s.dump();
      },
      [](bool backwards) { return g.app->focusAtEdge(backwards); },
      [](const std::string& id, const std::string& text) { return g.app->setText(id, text); },
      [] { g.app->flush(); },
      [](const std::string& id) { return g.app->reveal(id); },
  });
  leren::platform::runMainLoop(tick);
  return 0;
}
