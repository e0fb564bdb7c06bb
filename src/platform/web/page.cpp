#include "platform/web/page.hpp"

#include "platform/web/js_functions.hpp"

namespace leren::platform {

bool prefersReducedMotion() { return js_prefers_reduced_motion() != 0; }
bool prefersDark() { return js_prefers_dark() != 0; }

}  // namespace leren::platform
