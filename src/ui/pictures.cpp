#include "ui/pictures.hpp"

#include <map>
#include <utility>

namespace leren::ui {

const PictureState& PictureCache::get(const std::string& path) {
  auto [it, added] = pictures_.try_emplace(path);
  if (added && port_) port_->load(path, [this, path](LoadedPicture picture) { arrived(path, std::move(picture)); });
  return it->second;
}

void PictureCache::arrived(const std::string& path, LoadedPicture picture) {
  PictureState& p = pictures_[path];
  changed_ = true;
  p.width = picture.width;
  p.height = picture.height;
  p.texture = picture.texture;
  p.problem = std::move(picture.problem);
  if (p.problem.empty() && !p.texture) p.problem = "texture";
  p.status = p.problem.empty() ? PictureState::Status::ready : PictureState::Status::failed;
}

void PictureCache::forgetTextures() {
  std::erase_if(pictures_, [](const auto& entry) { return entry.second.status != PictureState::Status::loading; });
  changed_ = true;
}

}  // namespace leren::ui
