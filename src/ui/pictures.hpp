#pragma once
// The course's pictures as the UI knows them: each file is loaded once, when something first
// draws it (like a module's file when it is opened): the Pictures port (ui/host.hpp) fetches
// it, reads it and makes it a texture. Until then it is loading; a picture that cannot be fetched or
// read is failed, with the reason, and the rest of the page goes on.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "ui/host.hpp"

namespace leren::ui {

struct PictureState {
  enum class Status { loading, ready, failed };
  Status status = Status::loading;
  int width = 0, height = 0;  // pixels, once known
  std::uintptr_t texture = 0;
  // failed: "fetch" (the file did not arrive), "image.unreadable", "limit.image-size",
  // "limit.image-pixels" (the codes the build uses), or "texture".
  std::string problem;
};

class PictureCache {
 public:
  // Null port: every picture stays loading (a course loaded without a page, e.g. the benchmark).
  void setPort(Pictures* port) { port_ = port; }
  // The picture at `path`; the first call starts its fetch.
  const PictureState& get(const std::string& path);
  // The GPU lost its textures (on the web: the WebGL context was lost and restored): every
  // picture that had arrived is fetched again when next drawn. One still under way keeps its
  // place: its texture is made when it arrives, on the context there is then.
  void forgetTextures();
  // True once after a picture arrived or failed (the screen should be drawn again).
  bool takeChanged() { return std::exchange(changed_, false); }

 private:
  void arrived(const std::string& path, LoadedPicture picture);
  Pictures* port_ = nullptr;
  std::map<std::string, PictureState> pictures_;
  bool changed_ = false;
};

}  // namespace leren::ui
