#include "platform/web/local_storage.hpp"

#include <cstdlib>

#include "platform/web/js_functions.hpp"

namespace leren::platform {

std::optional<std::string> LocalStorage::load(const std::string& key) const {
  if (char* p = js_storage_get(key.c_str())) {
    std::string v(p);
    std::free(p);
    return v;
  }
  return std::nullopt;
}

bool LocalStorage::save(const std::string& key, const std::string& value) {
  return js_storage_set(key.c_str(), value.c_str()) == 1;
}

bool LocalStorage::remove(const std::string& key) { return js_storage_remove(key.c_str()) == 1; }

}  // namespace leren::platform
