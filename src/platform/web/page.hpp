#pragma once
// Facts about the page the module runs in.
#include <string>

namespace leren::platform {

// True when the user asked the system for reduced motion (prefers-reduced-motion).
bool prefersReducedMotion();

}  // namespace leren::platform
