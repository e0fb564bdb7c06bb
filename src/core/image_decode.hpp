#pragma once
// PNG and JPEG pictures of the course, read with stb_image (Debian's libstb, pinned in
// scripts/deps.lock; only its PNG and JPEG readers are compiled in). The core's one image
// dependency: the build checks every image file with it (image_checks.hpp), so a course that
// passed has only plain PNG and JPEG files that a plain reader reads. The page lets the
// browser decode them (off the main thread, and without a second reader in its wasm:
// platform/web/web_pictures.hpp), within the same limits (content_limits.hpp) and with the
// same codes.
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

// The diagnostic code of a problem ("limit.image-size", "limit.image-pixels",
// "image.unreadable"; "" for none): the build's codes, which the page shows too.
const char* codeOf(DecodedImage::Problem problem);

// Decodes PNG or JPEG bytes to RGBA. Refuses files over limits::kMaxImageBytes and pictures
// wider or taller than limits::kMaxImageSide before decoding a single pixel; anything stb_image
// cannot read (another format, a cut-off or corrupt file) is `unreadable`.
DecodedImage decodeImage(std::string_view bytes);

}  // namespace leren::core
