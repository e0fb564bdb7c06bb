#pragma once
// PNG and JPEG pictures of the course, read with stb_image (Debian's libstb, pinned in
// scripts/deps.lock; only its PNG and JPEG readers are compiled in). The core's one image
// dependency: the build checks every image file with it (image_checks.hpp) and the page
// decodes what it fetched with it before the platform uploads the pixels, so both agree on
// what is a readable picture and what is over the limits (content_limits.hpp).
#include <string>
#include <string_view>
#include <vector>

namespace leren::core {

struct DecodedImage {
  enum class Problem { none, tooLarge, tooManyPixels, unreadable };
  Problem problem = Problem::none;
  int width = 0, height = 0;        // also set for tooManyPixels (read from the header)
  std::vector<unsigned char> rgba;  // width * height * 4 bytes, rows top to bottom
  bool ok() const { return problem == Problem::none; }
};

// Decodes PNG or JPEG bytes to RGBA. Refuses files over limits::kMaxImageBytes and pictures
// wider or taller than limits::kMaxImageSide before decoding a single pixel; anything stb_image
// cannot read (another format, a cut-off or corrupt file) is `unreadable`.
DecodedImage decodeImage(std::string_view bytes);

}  // namespace leren::core
