#include "platform/web/web_runtime.hpp"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>  // GImGui: input and scrolling not applied yet

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "platform/tick_pacing.hpp"
#include "platform/web/gpu_work.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/js_functions.hpp"
#include "platform/web/web_pictures.hpp"
#include "ui/frame_signature.hpp"

namespace leren::platform {
namespace {

struct Runtime {
  SDL_Window* window = nullptr;
  ui::App* app = nullptr;
  int framesLeft = 3;       // frames still to draw before going idle
  long framesDrawn = 0;     // frames the UI drew since start (learningModule.state())
  long framesRendered = 0;  // ...of which sent to the GPU
  // The frame on the canvas (ui/frame_signature.hpp) and the textures made until then; none
  // after the font atlas was rebuilt, whose texture may come back under the same name.
  std::optional<std::uint64_t> shownSignature;
  std::uint64_t shownTextures = 0;
  double frameMsTotal = 0, frameMsMax = 0;  // CPU time spent drawing frames (benchmarks)
  double contentLoadMs = 0;                 // loadCourse(): parse + validate + analyse
  float fontRatio = 0, fontScale = 0;
  // The italic face (ui/fonts.hpp): its own atlas and texture; the page puts its file into
  // /fonts after the first screen and calls lm_italic_font_arrived.
  ImFontAtlas italicAtlas;
  GLuint italicTexture = 0;
  bool italicArrived = false;
  bool deviceObjectsMade = false;  // the OpenGL backend's shaders, buffers and font texture
  // The browser took the WebGL context away (a phone's GPU reset, memory pressure, a driver
  // update): until it gives it back, frames are built (the description, the mirror and the
  // learner's input go on) but not sent; then every GPU object is made again.
  bool gpuLost = false, gpuRestored = false;
  long gpuRestores = 0;
  std::string gpuNote;  // what #gpu-note says ("" once the picture is back)
  ui::ThemeKind themeApplied{};
  bool themeSet = false;
  std::function<bool(bool)> background;
  TickPacing pacing;  // long background work leaves its frame to the next tick
  std::function<bool()> waitStep;
  std::function<void()> afterWait;
};
Runtime g;

float devicePixelRatio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

void buildItalicFont() {
  g.shownSignature.reset();
  if (g.italicTexture) glDeleteTextures(1, &g.italicTexture);
  g.italicTexture = 0;
  ui::buildItalicFont(g.app->fonts(), g.italicAtlas, "/fonts", g.fontRatio, g.fontScale,
                      [](int width, int height, const unsigned char* rgba) {
                        const std::uintptr_t texture = makeRgbaTexture(width, height, rgba);
                        g.italicTexture = static_cast<GLuint>(texture);
                        return texture;
                      });
}

// The note over the blank canvas, in the learner's language (a switch while the context is lost
// is made through the accessible mirror, and the note follows it).
void showGpuNote(std::string text) {
  if (text == g.gpuNote) return;
  g.gpuNote = std::move(text);
  js_show_gpu_note(g.gpuNote.c_str());
}

// The context came back empty: the backend's shaders, buffers and atlas, the italic face and the
// pictures are made again. The old names are not deleted (they belong to the lost context).
void remakeGpuObjects() {
  ImGui_ImplOpenGL3_DestroyDeviceObjects();
  while (glGetError() != GL_NO_ERROR) {}
  g.deviceObjectsMade = false;
  g.italicTexture = 0;
  g.fontRatio = 0;  // applyLookIfChanged builds the atlas, the backend's objects and the italic face
  g.shownSignature.reset();
  g.app->forgetTextures();
  g.gpuLost = false;
  ++g.gpuRestores;
  showGpuNote("");
}

EM_BOOL onContextLost(int, const void*, void*) {
  g.gpuLost = true;
  showGpuNote(g.app->tr("gpu.lost"));
  return EM_TRUE;  // prevents the default: only then does the browser give the context back
}

EM_BOOL onContextRestored(int, const void*, void*) {
  g.gpuRestored = true;
  return EM_TRUE;
}

// Fonts and spacing follow the device pixel ratio (browser zoom changes it) and the text size.
void applyLookIfChanged() {
  const float ratio = devicePixelRatio(), scale = g.app->textScale();
  if (ratio != g.fontRatio || scale != g.fontScale) {
    g.fontRatio = ratio;
    g.fontScale = scale;
    // The files came with the page (boot.js stops when one cannot be fetched); a server that
    // answers with something else, such as an HTML page, leaves nothing to draw with.
    if (!ui::buildFonts(g.app->fonts(), "/fonts", ratio, scale))
      js_stop_unreadable("fonts/NotoSans-Regular.ttf, fonts/NotoSans-Bold.ttf, fonts/Symbols.ttf");
    // The first time, the backend's shaders and buffers with the atlas's texture. Left to the
    // first NewFrame, they would upload the texture a second time (2 MB at 1x, and leak the
    // first), which the first frame's GPU work then waits for.
    g.shownSignature.reset();
    if (std::exchange(g.deviceObjectsMade, true)) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    } else {
      ImGui_ImplOpenGL3_CreateDeviceObjects();
      warmUpGpu();
    }
    buildItalicFont();  // nothing yet before the first screen: its file comes after
    if (g.framesDrawn == 0) markStartup("fonts-built");
    g.themeSet = false;  // spacing scales with the text
  }
  if (!g.themeSet || g.themeApplied != g.app->theme()) {
    ui::applyTheme(g.app->theme(), g.app->textScale());
    g.themeApplied = g.app->theme();
    g.themeSet = true;
  }
}

bool lookOutOfDate() {
  return devicePixelRatio() != g.fontRatio || g.app->textScale() != g.fontScale || !g.themeSet ||
         g.themeApplied != g.app->theme();
}

// Input or a request the module has received but not yet applied: SDL's queue, ImGui's queue
// (one click per frame) and calls through window.learningModule. A test that must see the
// result of everything it sent waits until this is false.
struct Pending {
  int sdlEvents = 0, imguiEvents = 0;
  bool requests = false;
  bool any() const { return sdlEvents > 0 || imguiEvents > 0 || requests; }
};

Pending pendingInput() {
  SDL_PumpEvents();
  return {std::max(0, SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT)),
          GImGui->InputEventsQueue.Size, g.app->hasPendingRequests()};
}

// Whether a window is still to be scrolled (ImGui applies SetScroll requests at the next frame):
// a start at a page's place or a revealed element is not what the learner will see yet.
bool scrollPending() {
  for (const ImGuiWindow* w : GImGui->Windows)
    if (w->Active && (w->ScrollTarget.x < FLT_MAX || w->ScrollTarget.y < FLT_MAX)) return true;
  return false;
}

void tick() {
  bool activity = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    activity = true;
  }
  if (g.app->hasPendingRequests()) activity = true;
  if (std::exchange(g.gpuRestored, false)) {
    remakeGpuObjects();
    activity = true;
  }
  double workMs = 0;
  if (g.background && g.pacing.workThisTick()) {
    const double start = emscripten_get_now();
    if (g.background(g.framesLeft <= 0)) activity = true;
    workMs = emscripten_get_now() - start;
  }
  const bool mayDraw = g.pacing.drawAfter(workMs, !readyNotified());
  if (std::exchange(g.italicArrived, false) && g.fontRatio > 0) {
    buildItalicFont();
    // A frame only if a span on screen has been drawn upright for want of it.
    if (std::exchange(g.app->fonts().italicWanted, false)) activity = true;
  }
  if (lookOutOfDate()) {
    applyLookIfChanged();
    activity = true;
  }
  if (activity) g.framesLeft = std::max(g.framesLeft, 3);
  if (g.framesLeft <= 0) return;  // idle: no GL work, the canvas keeps its last image
  if (!mayDraw) return;           // the frame comes in the next tick, a task of its own
  --g.framesLeft;

  const double frameStart = emscripten_get_now();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  g.app->frame();
  ImGui::Render();
  if (g.gpuLost) showGpuNote(g.app->tr("gpu.lost"));
  // A letter the atlas left out was drawn as a stand-in: the fonts get it before the next frame
  // (lookOutOfDate), and that frame is drawn at once.
  const bool standIns = ui::needsMoreLetters(g.app->fonts(), ImGui::GetDrawData());
  if (standIns) {
    g.fontRatio = 0;
    g.framesLeft = std::max(g.framesLeft, 2);
  }
  // A frame the same as the one on the canvas is not sent: the canvas keeps showing it, and the
  // GPU and the browser's compositing (which reads the canvas back on a software GPU) are spared
  // its work. Most frames after a change are such: the runtime draws two or three to let ImGui
  // settle (framesLeft), and right after the first screen one of them made the compositor wait
  // for the GPU's first frame as well (docs/performance.md, "Twenty-second session").
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const std::uint64_t signature = ui::frameSignature(*ImGui::GetDrawData(), ImGui::ColorConvertFloat4ToU32(bg));
  if (!g.gpuLost && (signature != g.shownSignature || texturesMade() != g.shownTextures)) {
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    submitToGpu();
    SDL_GL_SwapWindow(g.window);
    g.shownSignature = signature;
    g.shownTextures = texturesMade();
    ++g.framesRendered;
  }
  if (++g.framesDrawn == 1) markStartup("first-frame");
  const double frameMs = emscripten_get_now() - frameStart;
  g.frameMsTotal += frameMs;
  g.frameMsMax = std::max(g.frameMsMax, frameMs);

  if (g.app->wantsRedraw()) g.framesLeft = std::max(g.framesLeft, 2);
  // ImGui applies one click (down, up) per frame so quick taps are not merged; what it has not
  // applied yet needs frames of its own, or it would wait for the learner's next input.
  if (!GImGui->InputEventsQueue.empty()) {
    g.framesLeft = std::max(g.framesLeft, 1);
  } else if (g.app->waitingForContent() && !standIns && !scrollPending()) {
    // A loading screen, once drawn, waits: its file arriving (the loader's work) or the learner's
    // input brings the next frame. Frames of it meanwhile kept the main thread from the file
    // (each 15-35 ms on a software GPU; docs/performance.md, "Twentieth session").
    g.framesLeft = 0;
  }
  if (g.app->descriptionChanged()) notifyScreenChanged();
  // The first frame already shows the screen as the next ones will (ui/screen.cpp lays a screen's
  // first frame out as its second), unless it drew a letter the atlas did not have yet or is
  // still to be scrolled.
  if (g.app->contentShown() && !standIns && !scrollPending()) notifyReady();
}

}  // namespace

double nowMs() { return emscripten_get_now(); }

bool openWebWindow() {
  // Keyboard events only while the canvas has focus, so the host page (an LMS) keeps working.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return false;
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
  SDL_GLContext gl = g.window ? SDL_GL_CreateContext(g.window) : nullptr;
  if (!g.window || !gl) {
    std::fprintf(stderr, "could not create the WebGL2 context: %s\n", SDL_GetError());
    // boot.js leaves the context to SDL on a quick link (makeContextWhileDownloading): refused
    // here, the page says so as it would have then.
    js_stop_no_webgl();
  }
  SDL_GL_MakeCurrent(g.window, gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a saved file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(g.window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  return true;
}

void runUntil(std::function<bool()> step, std::function<void()> then) {
  g.waitStep = std::move(step);
  g.afterWait = std::move(then);
  emscripten_set_main_loop(
      [] {
        if (!g.waitStep()) return;
        emscripten_cancel_main_loop();
        g.waitStep = nullptr;
        std::function<void()> then = std::move(g.afterWait);
        then();
      },
      0, false);
}

void runWebApp(ui::App& app, double contentLoadMs, std::function<bool(bool idle)> background) {
  g.app = &app;
  g.background = std::move(background);
  g.contentLoadMs = contentLoadMs;
  setBridgeHandlers({
      [] { return g.app->describeJson(); },
      [](const std::string& id) { return g.app->activate(id); },
      [](const std::string& id, double v) { return g.app->setValue(id, v); },
      [] {
        nlohmann::json s = g.app->state();
        s["framesDrawn"] = g.framesDrawn;
        s["framesRendered"] = g.framesRendered;
        s["gpuLost"] = g.gpuLost;
        s["gpuRestores"] = g.gpuRestores;
        s["frameMsAverage"] = g.framesDrawn ? g.frameMsTotal / static_cast<double>(g.framesDrawn) : 0.0;
        s["frameMsMax"] = g.frameMsMax;
        s["contentLoadMs"] = g.contentLoadMs;
        const Pending p = pendingInput();
        s["inputPending"] = p.any();
        // What is pending, for a test that finds it set for long (which queue holds what).
        s["pending"] = {{"sdlEvents", p.sdlEvents}, {"imguiEvents", p.imguiEvents}, {"requests", p.requests}};
        if (p.imguiEvents > 0) s["pending"]["imguiFirst"] = static_cast<int>(GImGui->InputEventsQueue[0].Type);
        return s.dump();
      },
      [](bool backwards) { return g.app->focusAtEdge(backwards); },
      [](const std::string& id, const std::string& text) { return g.app->setText(id, text); },
      [] { g.app->flush(); },
      [](const std::string& id) { return g.app->reveal(id); },
      [](const std::string& nl, const std::string& en) {
        g.app->addNotice(core::Text{nl, en});
      },
      [] {
        if (g.app->syncProgress()) g.framesLeft = std::max(g.framesLeft, 3);  // show the other tab's work
      },
  });
  emscripten_set_webglcontextlost_callback("#canvas", nullptr, false, onContextLost);
  emscripten_set_webglcontextrestored_callback("#canvas", nullptr, false, onContextRestored);
  // The first tick now, in the task that started the module, rather than in the next animation
  // frame: it builds the fonts and draws the first screen while the browser would otherwise wait
  // for that frame (8 ms on average at 60 Hz), and the canvas shows it at the next one
  // (docs/performance.md, "Twenty-first session").
  tick();
  // fps 0 = requestAnimationFrame. The tick returns before any GL work while idle, so an
  // idle module costs one cheap call per animation frame (see docs/performance.md).
  emscripten_set_main_loop(tick, 0, false);
}

}  // namespace leren::platform

extern "C" {
// The page wrote /fonts/NotoSans-Italic.ttf (web/boot.js, after the first screen): the italic
// face is built before the next frame.
EMSCRIPTEN_KEEPALIVE void lm_italic_font_arrived() { leren::platform::g.italicArrived = true; }
}
