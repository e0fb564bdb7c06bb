#pragma once
// Runs the UI in a browser page: an SDL2 window with a WebGL2 context on #canvas, Dear ImGui
// with its SDL2 and OpenGL3 backends, fonts rasterised for the device pixel ratio and the
// learner's text size, window.learningModule wired to the App, and a main loop that draws only
// while something changes (an idle module does no GL work).
#include <functional>

#include "ui/app.hpp"

namespace leren::platform {

// Creates the window, the GL context and the ImGui context. False (with a message on the
// console) when the browser cannot.
bool openWebWindow();

// Hands the page the App and starts the main loop; returns at once (the browser drives the
// loop). `app` must live as long as the page. `contentLoadMs`: reported in state().
// `background` runs before every animation frame (idle: nothing to draw); true when it changed
// what the screen shows (content that loads when it is needed, core/content_loader.hpp).
void runWebApp(ui::App& app, double contentLoadMs, std::function<bool(bool idle)> background = {});

// Before there is an App: runs `step` every animation frame until it returns true, then
// `then` (which may call runWebApp). The page's loading panel stays up meanwhile.
void runUntil(std::function<bool()> step, std::function<void()> then);

// Milliseconds on the page's monotonic clock.
double nowMs();

}  // namespace leren::platform
