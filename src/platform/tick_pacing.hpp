#pragma once
// What one tick of the main loop (an animation frame) does: background work (loading content,
// in slices), then a frame if one is owed. Work that ran longer than a frame leaves the frame to
// the next tick, which does no work: the work, the frame and the browser's commit of it in one
// task (the commit is slow on a software GPU) made tasks of over 100 ms after the first screen,
// such as reading the glossary of a 100-case course (docs/performance.md, "Eleventh session").
// Shared by the platforms; the web's main loop uses it (web/web_runtime.cpp).
#include <utility>

namespace leren::platform {

class TickPacing {
 public:
  static constexpr double kLongWorkMs = 16;  // one frame at 60 Hz

  // Whether this tick runs background work: not the one right after work that ran long.
  bool workThisTick() { return !std::exchange(drawOnly_, false); }
  // Whether this tick may draw after `workMs` of background work: not after long work, whose
  // frame the next tick draws.
  bool drawAfter(double workMs) {
    drawOnly_ = workMs > kLongWorkMs;
    return !drawOnly_;
  }

 private:
  bool drawOnly_ = false;
};

}  // namespace leren::platform
