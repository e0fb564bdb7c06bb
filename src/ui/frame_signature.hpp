#pragma once
// A fingerprint of what a frame puts on screen, so the platform can leave a frame that would
// show the same pixels as the one on the canvas out of the GPU's work (platform/web/web_runtime.cpp):
// on a phone, and in Chrome's software compositing, every frame sent costs the GPU its drawing
// and the browser a read-back of the canvas, 15-70 ms of the main thread (docs/performance.md).
#include <cstdint>

struct ImDrawData;

namespace leren::ui {

// The colour the canvas is cleared to, the display's size and scale and every draw list's
// vertices, indices and commands (texture, clip rectangle, ranges, callback). Equal fingerprints
// mean equal frames; the pixels are equal too as long as no texture's contents changed in
// between, which the caller tracks.
std::uint64_t frameSignature(const ImDrawData& data, std::uint32_t clearColor);

}  // namespace leren::ui
