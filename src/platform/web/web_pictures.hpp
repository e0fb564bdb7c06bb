#pragma once
// The picture port on the web (ui::Pictures): the page fetches an image of the course folder
// and the browser decodes it, off the main thread, within the content limits
// (library_leren.js, js_fetch_picture); lm_picture_decoded then makes it a WebGL2 texture the
// way ImGui's OpenGL3 backend makes its font atlas. The wasm carries no image reader: the build
// checked every picture with one (core/image_checks.hpp).
#include <cstdint>
#include <functional>
#include <string>

#include "ui/host.hpp"

namespace leren::platform {

class WebPictures : public ui::Pictures {
 public:
  void load(const std::string& path, std::function<void(ui::LoadedPicture)> done) override;
};

// True once after a picture arrived or failed since the last call: the screen changes.
bool takePictureArrived();

// A WebGL2 texture of `rgba` (width * height * 4 bytes), made as imgui_impl_opengl3 makes its
// font atlas; 0 when it cannot be made. The italic face's atlas uses it.
std::uintptr_t makeRgbaTexture(int width, int height, const unsigned char* rgba);

// How many textures were made so far (pictures and the italic face): a frame drawn after a new
// one is sent to the GPU even when its draw data is the same (web_runtime.cpp).
std::uint64_t texturesMade();

}  // namespace leren::platform
