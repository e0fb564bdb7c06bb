#pragma once
// The UI's host port in a browser page: links, clipboard, downloads, new tabs and file
// picking through library_leren.js.
#include <string>

#include "ui/host.hpp"

namespace leren::platform {

class WebHost final : public ui::Host {
 public:
  void openUrl(const std::string& url) override;
  void copyText(const std::string& text) override;
  void download(const std::string& name, const std::string& mime, const std::string& content) override;
  void openHtml(const std::string& html) override;
  void pickTextFile(std::function<void(const std::string&)> onText) override;
  void pushLocation(const std::string& location, const std::string& title) override;
  void replaceLocation(const std::string& location, const std::string& title) override;
  void onNavigated(std::function<void(const std::string&)> handler) override;
};

// Where the page says the learner was at start (a reload inside an LMS frame keeps it in the
// URL's fragment); "" when it says nothing.
std::string startLocation();

}  // namespace leren::platform
