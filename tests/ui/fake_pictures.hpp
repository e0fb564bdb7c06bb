#pragma once
// The picture port for the headless UI tests: remembers what the UI asked to load, and when the
// test delivers the file's bytes (or a failure) reads them with the build's own reader
// (core/image_decode.hpp) and hands out texture ids without a GPU, as the page does with the
// browser's.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/image_decode.hpp"
#include "ui/host.hpp"

namespace leren::ui::test {

class FakePictures : public Pictures {
 public:
  struct Texture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
  };
  void load(const std::string& path, std::function<void(LoadedPicture)> done) override {
    fetched.push_back(path);
    waiting[path] = std::move(done);
  }
  // The page's fetch of `path` ends: with these bytes, or failed (nullopt).
  bool deliver(const std::string& path, std::optional<std::string> bytes) {
    auto it = waiting.find(path);
    if (it == waiting.end()) return false;
    auto done = std::move(it->second);
    waiting.erase(it);
    LoadedPicture picture;
    if (!bytes) {
      picture.problem = "fetch";
    } else {
      core::DecodedImage image = core::decodeImage(*bytes);
      picture.width = image.width;
      picture.height = image.height;
      picture.problem = core::codeOf(image.problem);
      if (image.ok()) {
        textures.push_back({image.width, image.height, std::move(image.rgba)});
        picture.texture = textures.size();  // 1, 2, ...: never 0
      }
    }
    done(std::move(picture));
    return true;
  }
  std::vector<std::string> fetched;
  std::map<std::string, std::function<void(LoadedPicture)>> waiting;
  std::vector<Texture> textures;
};

}  // namespace leren::ui::test
