#pragma once
// Storage on the web: window.localStorage through a tiny JS bridge. In a sandboxed or
// cross-site iframe (or private mode, or when full) localStorage may be missing or throw; then
// save() reports false and load() what localStorage really holds: the Learner keeps progress
// in memory and tells the learner (a copy here would look to it like another tab's write).
#include "core/storage.hpp"

namespace leren::platform {

class LocalStorage final : public core::Storage {
 public:
  std::optional<std::string> load(const std::string& key) const override;
  bool save(const std::string& key, const std::string& value) override;
  bool remove(const std::string& key) override;
};

}  // namespace leren::platform
