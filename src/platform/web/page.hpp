#pragma once
// Facts about the page the module runs in.
#include <string>

namespace leren::platform {

// True when the user asked the system for reduced motion (prefers-reduced-motion).
bool prefersReducedMotion();
// True when the user's system prefers a dark colour scheme (prefers-color-scheme).
bool prefersDark();

}  // namespace leren::platform
