#include "platform/web/web_host.hpp"

#include <cstdlib>

#include "platform/web/js_bridge.hpp"
#include "platform/web/js_functions.hpp"

namespace leren::platform {

void WebHost::openUrl(const std::string& url) { js_open_url(url.c_str()); }
void WebHost::copyText(const std::string& text) { js_copy(text.c_str()); }
void WebHost::download(const std::string& name, const std::string& mime, const std::string& content) {
  js_download(name.c_str(), mime.c_str(), content.c_str());
}
void WebHost::openHtml(const std::string& html) { js_open_html(html.c_str()); }
void WebHost::pushLocation(const std::string& location, const std::string& title) {
  js_history(1, location.c_str(), title.c_str());
}
void WebHost::replaceLocation(const std::string& location, const std::string& title) {
  js_history(0, location.c_str(), title.c_str());
}
void WebHost::onNavigated(std::function<void(const std::string&)> handler) { onHistoryNavigated(std::move(handler)); }

std::string startLocation() {
  char* p = js_start_location();
  std::string v(p);
  std::free(p);
  return v;
}

void WebHost::pickTextFile(std::function<void(const std::string&)> onText) {
  onFilePicked(std::move(onText));
  js_pick_file();
}

}  // namespace leren::platform
