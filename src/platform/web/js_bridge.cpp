#include "platform/web/js_bridge.hpp"

#include <emscripten.h>

#include <cstdlib>

namespace leren::platform {
namespace {
BridgeHandlers g_handlers;
std::string g_lastDescribe, g_lastState;  // keep the returned C strings alive
bool g_readySent = false;
}  // namespace

void setBridgeHandlers(BridgeHandlers handlers) { g_handlers = std::move(handlers); }

// EM_JS bodies are JavaScript: the C++ formatter must not touch them.
// clang-format off
EM_JS(void, js_notify_ready, (), { if (window.learningModule) window.learningModule._ready(); });
EM_JS(void, js_notify_screen, (), { if (window.learningModule) window.learningModule._screenChanged(); });
EM_JS(void, js_open_url, (const char* url), {
  const u = UTF8ToString(url);
  // Only web links (no javascript: or data: URLs from content). No regex literal here: its
  // slashes would read as a C++ comment inside EM_JS.
  if (u.startsWith('https:') || u.startsWith('http:')) window.open(u, '_blank', 'noopener');
});
EM_JS(void, js_copy, (const char* text), {
  const t = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});

EM_JS(char*, js_query_param, (const char* name), {
  const v = new URLSearchParams(window.location.search).get(UTF8ToString(name)) || "";
  const n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* content), {
  const blob = new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});
EM_JS(void, js_open_html, (const char* html), {
  const blob = new Blob([UTF8ToString(html)], { type: 'text/html' });
  window.open(URL.createObjectURL(blob), '_blank');
});
EM_JS(void, js_pick_file, (), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.onchange = () => {
    const f = input.files && input.files[0];
    if (!f) return;
    f.text().then((t) => {
      const n = lengthBytesUTF8(t) + 1, p = _malloc(n);
      stringToUTF8(t, p, n);
      Module._lm_file_picked(p);
      _free(p);
    });
    // clang-format on
  };
  input.click();
});

std::function<void(const std::string&)> g_onPicked;

void notifyReady() {
  if (g_readySent) return;
  g_readySent = true;
  js_notify_ready();
}
void notifyScreenChanged() { js_notify_screen(); }
void openUrl(const std::string& url) { js_open_url(url.c_str()); }
void copyToClipboard(const std::string& text) { js_copy(text.c_str()); }
void downloadFile(const std::string& name, const std::string& mime, const std::string& content) {
  js_download(name.c_str(), mime.c_str(), content.c_str());
}
void openHtml(const std::string& html) { js_open_html(html.c_str()); }
std::string queryParam(const std::string& name) {
  char* p = js_query_param(name.c_str());
  std::string v(p);
  std::free(p);
  return v;
}
void pickTextFile(std::function<void(const std::string&)> onText) {
  g_onPicked = std::move(onText);
  js_pick_file();
}

}  // namespace leren::platform

using leren::platform::g_handlers;

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* lm_describe() {
  leren::platform::g_lastDescribe = g_handlers.describe ? g_handlers.describe() : "{}";
  return leren::platform::g_lastDescribe.c_str();
}
EMSCRIPTEN_KEEPALIVE int lm_activate(const char* id) { return g_handlers.activate && g_handlers.activate(id) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int lm_set_value(const char* id, double value) {
  return g_handlers.setValue && g_handlers.setValue(id, value) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int lm_set_text(const char* id, const char* text) {
  return g_handlers.setText && g_handlers.setText(id, text) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int lm_reveal(const char* id) { return g_handlers.reveal && g_handlers.reveal(id) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE void lm_flush() {
  if (g_handlers.flush) g_handlers.flush();
}
EMSCRIPTEN_KEEPALIVE int lm_focus_at_edge(int backwards) {
  return g_handlers.focusAtEdge && g_handlers.focusAtEdge(backwards != 0) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void lm_file_picked(const char* text) {
  if (leren::platform::g_onPicked) leren::platform::g_onPicked(text);
}
EMSCRIPTEN_KEEPALIVE const char* lm_state() {
  leren::platform::g_lastState = g_handlers.state ? g_handlers.state() : "{}";
  return leren::platform::g_lastState.c_str();
}
}
