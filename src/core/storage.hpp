#pragma once
// The storage port: key-value storage for learner progress. The platform implements it
// (localStorage on the web, a file per key natively); core saves through it without knowing
// where the bytes go. MemoryStorage keeps values in memory (tests; a fallback when the
// browser has no storage).
#include <map>
#include <optional>
#include <string>

namespace leren::core {

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

class MemoryStorage : public Storage {
 public:
  std::optional<std::string> load(const std::string& key) const override {
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
  bool save(const std::string& key, const std::string& value) override {
    values[key] = value;
    return true;
  }
  bool remove(const std::string& key) override {
    values.erase(key);
    return true;
  }
  std::map<std::string, std::string> values;
};

}  // namespace leren::core
