#pragma once
// Content fetched when it is needed (core/content_loader.hpp): the page fetches a file of the
// course folder (library_leren.js, js_fetch_content), puts its bytes into /content/<path> and
// calls back lm_content_arrived, which hands them to the loader.
#include <string>

#include "core/content_loader.hpp"

namespace leren::platform {

class WebContentFetcher : public core::ContentFetcher {
 public:
  void fetch(const std::string& path, bool urgent) override;
};

// The loader that receives what arrives (one per page; null: nothing is delivered).
void setContentLoader(core::ContentLoader* loader);

}  // namespace leren::platform
