#pragma once
// Storage on the web: window.localStorage through a tiny JS bridge. In a sandboxed or
// cross-site iframe localStorage may be missing or throw; then values live in memory for
// the session and save() reports false, so the app can tell the learner.
#include <map>

#include "core/storage.hpp"

namespace leren::platform {

class LocalStorage final : public core::Storage {
 public:
  std::optional<std::string> load(const std::string& key) const override;
  bool save(const std::string& key, const std::string& value) override;
  bool remove(const std::string& key) override;

 private:
  std::map<std::string, std::string> fallback_;
};

}  // namespace leren::platform
