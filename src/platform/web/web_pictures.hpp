#pragma once
// The picture port on the web (ui::Pictures): the page fetches an image of the course folder
// (library_leren.js, js_fetch_picture), hands its bytes to lm_picture_arrived, and the
// decoded pixels become a WebGL2 texture the way ImGui's OpenGL3 backend makes its font atlas.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "ui/host.hpp"

namespace leren::platform {

class WebPictures : public ui::Pictures {
 public:
  void fetch(const std::string& path, std::function<void(std::optional<std::string>)> done) override;
  std::uintptr_t makeTexture(int width, int height, const unsigned char* rgba) override;
};

// True once after a picture arrived or failed since the last call: the screen changes.
bool takePictureArrived();

// A WebGL2 texture of `rgba` (width * height * 4 bytes), made as imgui_impl_opengl3 makes its
// font atlas; 0 when it cannot be made. Pictures and the italic face's atlas use it.
std::uintptr_t makeRgbaTexture(int width, int height, const unsigned char* rgba);

}  // namespace leren::platform
