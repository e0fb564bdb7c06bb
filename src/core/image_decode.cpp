#include "core/image_decode.hpp"

#include "core/content_limits.hpp"

// stb_image is compiled into this file alone, with only the two formats content may use:
// less code in the wasm and fewer decoders facing a trainer's file. No stdio: bytes only.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 16384  // a second fence behind kMaxImageSide
#include <stb_image.h>

namespace leren::core {

const char* codeOf(DecodedImage::Problem problem) {
  switch (problem) {
    case DecodedImage::Problem::none:
      return "";
    case DecodedImage::Problem::tooLarge:
      return "limit.image-size";
    case DecodedImage::Problem::tooManyPixels:
      return "limit.image-pixels";
    case DecodedImage::Problem::unreadable:
      break;
  }
  return "image.unreadable";
}

DecodedImage decodeImage(std::string_view bytes) {
  DecodedImage out;
  if (bytes.size() > limits::kMaxImageBytes) {
    out.problem = DecodedImage::Problem::tooLarge;
    return out;
  }
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int size = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(data, size, &w, &h, &channels)) {
    out.problem = DecodedImage::Problem::unreadable;
    return out;
  }
  out.width = w;
  out.height = h;
  if (w > limits::kMaxImageSide || h > limits::kMaxImageSide) {
    out.problem = DecodedImage::Problem::tooManyPixels;
    return out;
  }
  stbi_uc* pixels = stbi_load_from_memory(data, size, &w, &h, &channels, 4);
  if (!pixels) {
    out.problem = DecodedImage::Problem::unreadable;
    return out;
  }
  out.rgba.assign(pixels, pixels + static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
  stbi_image_free(pixels);
  return out;
}

}  // namespace leren::core
