#pragma once
// The picture port for the headless UI tests: remembers what the UI asked to fetch, delivers
// bytes (or a failure) when the test says so, and hands out texture ids without a GPU.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ui/host.hpp"

namespace leren::ui::test {

class FakePictures : public Pictures {
 public:
  struct Texture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
  };
  void fetch(const std::string& path, std::function<void(std::optional<std::string>)> done) override {
    fetched.push_back(path);
    waiting[path] = std::move(done);
  }
  std::uintptr_t makeTexture(int width, int height, const unsigned char* rgba) override {
    textures.push_back({width, height, std::vector<unsigned char>(rgba, rgba + width * height * 4)});
    return textures.size();  // 1, 2, ...: never 0
  }
  // The page's fetch of `path` ends: with these bytes, or failed (nullopt).
  bool deliver(const std::string& path, std::optional<std::string> bytes) {
    auto it = waiting.find(path);
    if (it == waiting.end()) return false;
    auto done = std::move(it->second);
    waiting.erase(it);
    done(std::move(bytes));
    return true;
  }
  std::vector<std::string> fetched;
  std::map<std::string, std::function<void(std::optional<std::string>)>> waiting;
  std::vector<Texture> textures;
};

}  // namespace leren::ui::test
