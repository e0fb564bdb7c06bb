#pragma once
// Native Storage: one file per key in a directory. Writes go to a temporary file that is then
// renamed over the old one, so a crash mid-save never leaves a truncated progress file.
#include <filesystem>

#include "core/storage.hpp"

namespace leren::platform {

class FileStorage final : public core::Storage {
 public:
  // The directory is created on the first save if it does not exist.
  explicit FileStorage(std::filesystem::path directory);

  std::optional<std::string> load(const std::string& key) const override;
  bool save(const std::string& key, const std::string& value) override;
  bool remove(const std::string& key) override;

  // The file that holds a key. Keys may contain any byte: everything outside
  // [A-Za-z0-9._-] is written as %XX so that no key can escape the directory.
  std::filesystem::path pathFor(const std::string& key) const;

 private:
  std::filesystem::path directory_;
};

}  // namespace leren::platform
