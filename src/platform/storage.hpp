#pragma once
// Key-value storage for learner progress: localStorage on the web, a file per key natively.
// Plain interface so that src/core (progress_store) can save without knowing the platform.
#include <optional>
#include <string>

namespace leren::platform {

class Storage {
 public:
  virtual ~Storage() = default;
  // The stored value, or nothing when the key was never saved (or was removed).
  virtual std::optional<std::string> load(const std::string& key) const = 0;
  // Replaces the value in one step: a reader sees the old or the new value, never half.
  // Returns false when the value could not be written (disk full, quota exceeded, ...).
  virtual bool save(const std::string& key, const std::string& value) = 0;
  // Returns true when the key no longer exists afterwards (also when it never existed).
  virtual bool remove(const std::string& key) = 0;
};

}  // namespace leren::platform
