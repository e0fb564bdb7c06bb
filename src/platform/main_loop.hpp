#pragma once
// The main loop and display facts, hidden behind one interface so the app does not know
// whether it runs in a browser.
#include <functional>

namespace leren::platform {

// Calls `tick` once per display refresh, forever. On the web this returns immediately
// and the browser drives the loop; `tick` itself decides whether a frame is drawn.
void runMainLoop(std::function<void()> tick);

// CSS pixels → device pixels (2 on most phones, 1 on most desktop screens, changes with zoom).
double devicePixelRatio();

// True when the user asked the system for reduced motion (prefers-reduced-motion).
bool prefersReducedMotion();

// Milliseconds since an arbitrary start, monotonic.
double nowMs();

}  // namespace leren::platform
