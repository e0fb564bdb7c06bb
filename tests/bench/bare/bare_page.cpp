// The floor for this stack (scripts/bench-web.mjs): a bare Dear ImGui page on SDL2 + WebGL2,
// one window with ten buttons and ImGui's own font, built from the same sources with the same
// compile and link flags as the module (cmake/web.cmake, target bare-page). It draws on every
// animation frame like the stock examples and tells the page when two frames are drawn, the
// same moment learningModule.ready resolves for the module.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

namespace {

SDL_Window* g_window = nullptr;
int g_frames = 0;

// Quoted: Closure (the shared link flags) renames properties it has not seen declared.
EM_JS(void, bare_ready, (), {
  performance.mark('leren:ready');
  if (window['bareReady']) window['bareReady']();
});

void frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Bare");
  for (int i = 0; i < 10; ++i) {
    ImGui::PushID(i);
    ImGui::Button("Button");
    ImGui::PopID();
  }
  ImGui::End();
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);
  if (++g_frames == 2) bare_ready();
}

}  // namespace

int main() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  double w = 1024, h = 768;
  emscripten_get_element_css_size("#canvas", &w, &h);
  g_window = SDL_CreateWindow("Bare", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, static_cast<int>(w),
                              static_cast<int>(h), SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = g_window ? SDL_GL_CreateContext(g_window) : nullptr;
  if (!gl) return 1;
  SDL_GL_MakeCurrent(g_window, gl);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  // ImGui's built-in font, added as ImGui itself would: scripts/patches leaves that implicit call
  // out of the module's ImGui, and the floor stays the page it was.
  ImGui::GetIO().Fonts->AddFontDefault();
  ImGui_ImplSDL2_InitForOpenGL(g_window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
