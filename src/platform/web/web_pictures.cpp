#include "platform/web/web_pictures.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include <map>
#include <utility>

#include "platform/web/js_functions.hpp"

namespace leren::platform {
namespace {
// Fetches under way: id -> who waits for the bytes.
std::map<int, std::function<void(std::optional<std::string>)>> g_waiting;
int g_nextId = 1;
bool g_arrived = false;
}  // namespace

void WebPictures::fetch(const std::string& path, std::function<void(std::optional<std::string>)> done) {
  const int id = g_nextId++;
  g_waiting[id] = std::move(done);
  js_fetch_picture(path.c_str(), id);
}

std::uintptr_t WebPictures::makeTexture(int width, int height, const unsigned char* rgba) {
  return makeRgbaTexture(width, height, rgba);
}

std::uintptr_t makeRgbaTexture(int width, int height, const unsigned char* rgba) {
  // As imgui_impl_opengl3 uploads its font atlas: linear filtering (pictures are scaled to the
  // column), clamped edges, tightly packed RGBA rows. The previous binding is put back.
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  if (!texture) return 0;
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  const bool ok = glGetError() == GL_NO_ERROR;
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  if (!ok) {
    glDeleteTextures(1, &texture);
    return 0;
  }
  return static_cast<std::uintptr_t>(texture);
}

bool takePictureArrived() { return std::exchange(g_arrived, false); }

}  // namespace leren::platform

extern "C" {
// The page fetched picture `id`: `length` bytes at `bytes` (valid during this call), or
// length -1 when it could not.
EMSCRIPTEN_KEEPALIVE void lm_picture_arrived(int id, const unsigned char* bytes, int length) {
  using namespace leren::platform;
  auto it = g_waiting.find(id);
  if (it == g_waiting.end()) return;
  auto done = std::move(it->second);
  g_waiting.erase(it);
  g_arrived = true;
  if (length < 0 || (!bytes && length > 0)) {
    done(std::nullopt);
    return;
  }
  done(std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length)));
}
}
