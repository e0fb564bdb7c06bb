#include "platform/web/local_storage.hpp"

#include <emscripten.h>

#include <cstdlib>

namespace leren::platform {
namespace {
// Returns a malloc'ed copy of the value, or 0 when absent or storage is unavailable.
// EM_JS bodies are JavaScript: the C++ formatter must not touch them.
// clang-format off
EM_JS(char*, js_storage_get, (const char* key), {
  try {
    const v = window.localStorage.getItem(UTF8ToString(key));
    if (v === null) return 0;
    const n = lengthBytesUTF8(v) + 1;
    const p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  } catch (e) { return 0; }
});
EM_JS(int, js_storage_set, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 1; } catch (e) { return 0; }
});
EM_JS(int, js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); return 1; } catch (e) { return 0; }
});
// clang-format on
}  // namespace

std::optional<std::string> LocalStorage::load(const std::string& key) const {
  if (char* p = js_storage_get(key.c_str())) {
    std::string v(p);
    std::free(p);
    return v;
  }
  auto it = fallback_.find(key);
  if (it != fallback_.end()) return it->second;
  return std::nullopt;
}

bool LocalStorage::save(const std::string& key, const std::string& value) {
  fallback_[key] = value;
  return js_storage_set(key.c_str(), value.c_str()) == 1;
}

bool LocalStorage::remove(const std::string& key) {
  fallback_.erase(key);
  return js_storage_remove(key.c_str()) == 1;
}

}  // namespace leren::platform
