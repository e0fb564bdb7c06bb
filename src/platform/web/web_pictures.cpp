#include "platform/web/web_pictures.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include <map>
#include <utility>

#include "core/content_limits.hpp"
#include "core/image_decode.hpp"
#include "platform/web/js_functions.hpp"

namespace leren::platform {
namespace {
// Pictures under way: id -> who waits for them.
std::map<int, std::function<void(ui::LoadedPicture)>> g_waiting;
int g_nextId = 1;
bool g_arrived = false;
std::uint64_t g_texturesMade = 0;

// A texture as imgui_impl_opengl3 makes its font atlas: linear filtering (pictures are scaled to
// the column), clamped edges; `upload` fills the bound texture. The previous binding is put back.
template <typename Upload>
std::uintptr_t makeTexture(Upload upload) {
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  if (!texture) return 0;
  ++g_texturesMade;
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  upload();
  const bool ok = glGetError() == GL_NO_ERROR;
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  if (!ok) {
    glDeleteTextures(1, &texture);
    return 0;
  }
  return static_cast<std::uintptr_t>(texture);
}

// library_leren.js's problem numbers (js_fetch_picture) as the build's codes.
std::string problemCode(int problem) {
  using Problem = core::DecodedImage::Problem;
  switch (problem) {
    case 0:
      return "";
    case 1:
      return "fetch";
    case 3:
      return core::codeOf(Problem::tooLarge);
    case 4:
      return core::codeOf(Problem::tooManyPixels);
    default:
      return core::codeOf(Problem::unreadable);
  }
}
}  // namespace

void WebPictures::load(const std::string& path, std::function<void(ui::LoadedPicture)> done) {
  const int id = g_nextId++;
  g_waiting[id] = std::move(done);
  js_fetch_picture(path.c_str(), id, static_cast<int>(core::limits::kMaxImageBytes), core::limits::kMaxImageSide);
}

std::uintptr_t makeRgbaTexture(int width, int height, const unsigned char* rgba) {
  return makeTexture([&] {
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  });
}

std::uint64_t texturesMade() { return g_texturesMade; }

bool takePictureArrived() { return std::exchange(g_arrived, false); }

}  // namespace leren::platform

extern "C" {
// The browser decoded picture `id` (library_leren.js, js_fetch_picture): `bitmap` is its handle
// for js_upload_bitmap (0: none), `problem` 0 when it is there (else the number of what failed).
EMSCRIPTEN_KEEPALIVE void lm_picture_decoded(int id, int bitmap, int width, int height, int problem) {
  using namespace leren::platform;
  auto it = g_waiting.find(id);
  if (it == g_waiting.end()) {
    if (bitmap) js_close_bitmap(bitmap);
    return;
  }
  auto done = std::move(it->second);
  g_waiting.erase(it);
  g_arrived = true;
  leren::ui::LoadedPicture picture;
  picture.width = width;
  picture.height = height;
  picture.problem = problemCode(problem);
  if (picture.problem.empty()) {
    picture.texture = makeTexture([&] { js_upload_bitmap(bitmap); });
    if (!picture.texture) picture.problem = "texture";
  }
  if (!picture.texture && bitmap) {
    js_close_bitmap(bitmap);
  }
  done(std::move(picture));
}
}
