#include "platform/web/js_bridge.hpp"

#include <emscripten.h>

#include <cstdlib>

#include "platform/web/js_functions.hpp"

namespace leren::platform {
namespace {
BridgeHandlers g_handlers;
std::string g_lastDescribe, g_lastState;  // keep the returned C strings alive
bool g_readySent = false;
std::function<void(const std::string&)> g_onPicked;
std::function<void(const std::string&)> g_onNavigated;
}  // namespace

void setBridgeHandlers(BridgeHandlers handlers) { g_handlers = std::move(handlers); }

bool readyNotified() { return g_readySent; }

void notifyReady() {
  if (g_readySent) return;
  g_readySent = true;
  js_notify_ready();
}

void notifyScreenChanged() { js_notify_screen(); }

void markStartup(const char* step) { js_mark(step); }

std::string queryParam(const std::string& name) {
  char* p = js_query_param(name.c_str());
  std::string v(p);
  std::free(p);
  return v;
}

void onFilePicked(std::function<void(const std::string&)> handler) { g_onPicked = std::move(handler); }
void onHistoryNavigated(std::function<void(const std::string&)> handler) { g_onNavigated = std::move(handler); }

}  // namespace leren::platform

using leren::platform::g_handlers;

// Called by web/learning-module.js (and library_leren.js for picked files).
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
EMSCRIPTEN_KEEPALIVE void lm_storage_changed() {
  if (g_handlers.storageChanged) g_handlers.storageChanged();
}
EMSCRIPTEN_KEEPALIVE int lm_focus_at_edge(int backwards) {
  return g_handlers.focusAtEdge && g_handlers.focusAtEdge(backwards != 0) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void lm_file_picked(const char* text) {
  if (leren::platform::g_onPicked) leren::platform::g_onPicked(text ? text : "");
}
EMSCRIPTEN_KEEPALIVE void lm_navigated(const char* location) {
  if (leren::platform::g_onNavigated) leren::platform::g_onNavigated(location ? location : "");
}
EMSCRIPTEN_KEEPALIVE void lm_notice(const char* nl, const char* en) {
  if (g_handlers.notice) g_handlers.notice(nl ? nl : "", en ? en : "");
}
EMSCRIPTEN_KEEPALIVE const char* lm_state() {
  leren::platform::g_lastState = g_handlers.state ? g_handlers.state() : "{}";
  return leren::platform::g_lastState.c_str();
}
}
