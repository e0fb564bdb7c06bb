#include "platform/web/web_content.hpp"

#include <emscripten.h>

#include <cstdio>

#include "core/file_source.hpp"
#include "platform/web/js_functions.hpp"

namespace leren::platform {
namespace {
core::ContentLoader* g_loader = nullptr;
}

void WebContentFetcher::fetch(const std::string& path, bool urgent) { js_fetch_content(path.c_str(), urgent ? 1 : 0); }

void setContentLoader(core::ContentLoader* loader) { g_loader = loader; }

}  // namespace leren::platform

extern "C" {
// The page fetched `path` (ok = 1: its bytes are in /content/<path>; 0: it could not).
EMSCRIPTEN_KEEPALIVE void lm_content_arrived(const char* path, int ok) {
  using namespace leren;
  if (!platform::g_loader || !path) return;
  std::optional<std::string> bytes;
  if (ok) {
    bytes = core::DirectoryFileSource("/content").read(path);
    std::remove((std::string("/content/") + path).c_str());  // the loader keeps its own copy
  }
  platform::g_loader->deliver(path, std::move(bytes));
}
}
