#pragma once
// Content fetched when it is needed (core/content_loader.hpp): the page fetches a file of the
// course folder (library_leren.js, js_fetch_content), puts its bytes into /content/<path> and
// calls back lm_content_arrived, which hands them to the loader. A file a trainer edited after the
// build gets its full checks in the page's checker (WebFullChecks).
#include <string>

#include "core/content_loader.hpp"
#include "core/full_checks.hpp"

namespace leren::platform {

class WebContentFetcher : public core::ContentFetcher {
 public:
  void fetch(const std::string& path, bool urgent) override;
};

// The full checks of a file a trainer edited (core/full_checks.hpp) in the page's checker, a
// Web Worker with a wasm of its own (library_checker.js): check() sends the file there and
// answers later; lm_full_checks_done hands the findings to the loader.
class WebFullChecks : public core::FullChecks {
 public:
  std::optional<std::vector<core::Diagnostic>> check(const core::Module& m, const std::string& path,
                                                     const std::string& text,
                                                     const core::LoadOptions& options) override;
  std::optional<std::vector<core::Diagnostic>> check(const core::Case& c, const std::string& path,
                                                     const std::string& text,
                                                     const core::LoadOptions& options) override;
};

// The loader that receives what arrives (one per page; null: nothing is delivered).
void setContentLoader(core::ContentLoader* loader);

}  // namespace leren::platform
