#pragma once
// What one tick of the main loop (an animation frame) does: background work (loading content,
// in slices), then a frame if one is owed. Work that ran longer than a frame leaves the frame to
// the next tick, which does no work: the work, the frame and the browser's commit of it in one
// task (the commit is slow on a software GPU) made tasks of over 100 ms after the first screen,
// such as reading the glossary of a 100-case course (docs/performance.md, "Eleventh session").
// Shared by the platforms; the web's main loop uses it (platform/web/web_runtime.cpp).
#include <utility>

namespace leren::platform {

class TickPacing {
 public:
  // One frame at 60 Hz. Measured against 32 ms and against no pacing, on the 100-case course
  // (docs/performance.md, "Eleventh session"): fewer long tasks with 16 ms, and the openings of
  // modules and cases as fast (the loader's slice is 8 ms, plus the overrun of its last step).
  static constexpr double kLongWorkMs = 16;

  // Whether this tick runs background work: not the one right after work that ran long.
  bool workThisTick() { return !std::exchange(drawOnly_, false); }
  // Whether this tick may draw after `workMs` of background work: not after long work, whose
  // frame the next tick draws; always when the frame is `urgent`: the first screen, for which
  // the page waits behind its loading panel (nothing on it can be used yet).
  bool drawAfter(double workMs, bool urgent = false) {
    drawOnly_ = !urgent && workMs > kLongWorkMs;
    return !drawOnly_;
  }

 private:
  bool drawOnly_ = false;
};

}  // namespace leren::platform
