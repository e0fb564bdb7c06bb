#include "platform/web/gpu_work.hpp"

#include <GLES3/gl3.h>
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <initializer_list>

namespace leren::platform {

void submitToGpu() {
  // glFlush alone is deferred while the render pass is open; a fence ends the pass and submits it.
  glDeleteSync(glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0));
  glFlush();
}

void warmUpGpu() {
  SDL_Window* window = SDL_GL_GetCurrentWindow();
  if (!window) return;
  int width = 0, height = 0, drawableWidth = 0, drawableHeight = 0;
  SDL_GetWindowSize(window, &width, &height);
  SDL_GL_GetDrawableSize(window, &drawableWidth, &drawableHeight);
  if (width <= 0 || height <= 0) return;

  // A draw list as a frame makes it: the vertex layout, 16-bit indices, the atlas's texture and
  // a scissor over the whole display, so the GPU's pipeline is the one every frame uses. The
  // triangle is fully transparent: blended, it changes no pixel.
  ImDrawList list(nullptr);
  const ImVec2 uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
  for (const ImVec2 pos : {ImVec2(0, 0), ImVec2(1, 0), ImVec2(0, 1)}) list.VtxBuffer.push_back(ImDrawVert{pos, uv, 0});
  for (const ImDrawIdx index : {0, 1, 2}) list.IdxBuffer.push_back(index);
  ImDrawCmd cmd;
  cmd.ClipRect = ImVec4(0, 0, static_cast<float>(width), static_cast<float>(height));
  cmd.TextureId = ImGui::GetIO().Fonts->TexID;
  cmd.ElemCount = 3;
  list.CmdBuffer.push_back(cmd);

  ImDrawData data;
  data.Valid = true;
  data.CmdLists.push_back(&list);
  data.CmdListsCount = 1;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  data.FramebufferScale = ImVec2(static_cast<float>(drawableWidth) / static_cast<float>(width),
                                 static_cast<float>(drawableHeight) / static_cast<float>(height));
  ImGui_ImplOpenGL3_RenderDrawData(&data);
  submitToGpu();
}

}  // namespace leren::platform
