#include "ui/pictures.hpp"

#include <utility>

#include "core/image_decode.hpp"

namespace leren::ui {

const PictureState& PictureCache::get(const std::string& path) {
  auto [it, added] = pictures_.try_emplace(path);
  if (added && port_)
    port_->fetch(path, [this, path](std::optional<std::string> bytes) { arrived(path, std::move(bytes)); });
  return it->second;
}

void PictureCache::arrived(const std::string& path, std::optional<std::string> bytes) {
  PictureState& p = pictures_[path];
  changed_ = true;
  if (!bytes) {
    p.status = PictureState::Status::failed;
    p.problem = "fetch";
    return;
  }
  const core::DecodedImage image = core::decodeImage(*bytes);
  p.width = image.width;
  p.height = image.height;
  using Problem = core::DecodedImage::Problem;
  if (!image.ok()) {
    p.status = PictureState::Status::failed;
    p.problem = image.problem == Problem::tooLarge        ? "limit.image-size"
                : image.problem == Problem::tooManyPixels ? "limit.image-pixels"
                                                          : "image.unreadable";
    return;
  }
  p.texture = port_->makeTexture(image.width, image.height, image.rgba.data());
  p.status = p.texture ? PictureState::Status::ready : PictureState::Status::failed;
  if (!p.texture) p.problem = "texture";
}

}  // namespace leren::ui
