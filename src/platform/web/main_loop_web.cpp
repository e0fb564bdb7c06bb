#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/main_loop.hpp"

namespace leren::platform {
namespace {
std::function<void()> g_tick;
void tickTrampoline() { g_tick(); }
}  // namespace

void runMainLoop(std::function<void()> tick) {
  g_tick = std::move(tick);
  // fps 0 = requestAnimationFrame. The tick returns before any GL work while idle, so an
  // idle module costs one cheap call per animation frame (see docs/performance.md).
  emscripten_set_main_loop(tickTrampoline, 0, false);
}

double devicePixelRatio() { return emscripten_get_device_pixel_ratio(); }

// EM_JS bodies are JavaScript: the C++ formatter must not touch them.
// clang-format off
EM_JS(int, js_prefers_reduced_motion, (), {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});
// clang-format on
bool prefersReducedMotion() { return js_prefers_reduced_motion() != 0; }

double nowMs() { return emscripten_get_now(); }

}  // namespace leren::platform
