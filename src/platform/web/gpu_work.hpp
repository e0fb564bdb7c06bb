#pragma once
// The GPU's work started as soon as it is known. In Chrome, WebGL runs on ANGLE, which keeps a
// render pass open and defers sending it to the GPU until something ends it; for a canvas that
// is usually the browser's read-back of it when it composites the page, so the main thread waited
// there for the GPU to draw the whole frame (15-70 ms on a software GPU, 86 ms after the first
// screen). Sent at once, the GPU draws while the main thread finishes its task (the rest of the
// animation frame, style and layout of the page), and the read-back finds the frame done or nearly
// (docs/performance.md, "Twenty-second session").

namespace leren::platform {

// Ends the render pass and sends what was drawn to the GPU. Call after a frame's draw calls.
void submitToGpu();

// One invisible triangle through ImGui's OpenGL3 backend, submitted: the GPU compiles the
// pipeline for ImGui's shaders and state at the first draw that uses them (about 25 ms in Chrome's
// software GPU) and uploads the font atlas while the main thread builds the first screen. Call
// after ImGui_ImplOpenGL3_CreateDeviceObjects and before the first frame, which draws over it.
void warmUpGpu();

}  // namespace leren::platform
