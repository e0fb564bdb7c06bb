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

std::optional<std::vector<core::Diagnostic>> WebFullChecks::check(const core::Module&, const std::string& path,
                                                                  const std::string& text, const core::LoadOptions&) {
  js_full_checks(0, path.c_str(), text.data(), static_cast<int>(text.size()), 0);
  return std::nullopt;
}

std::optional<std::vector<core::Diagnostic>> WebFullChecks::check(const core::Case&, const std::string& path,
                                                                  const std::string& text,
                                                                  const core::LoadOptions& options) {
  js_full_checks(1, path.c_str(), text.data(), static_cast<int>(text.size()), options.playCases ? 1 : 0);
  return std::nullopt;
}

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

// The page's checker answered for `path` (as WebFullChecks sent it): its findings as JSON.
EMSCRIPTEN_KEEPALIVE void lm_full_checks_done(const char* path, const char* json) {
  using namespace leren;
  if (!platform::g_loader || !path || !json) return;
  platform::g_loader->deliverFindings(path, core::findingsFromJson(json, path));
}
}
