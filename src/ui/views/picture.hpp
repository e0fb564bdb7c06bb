#pragma once
// A course picture (an image block in a page): as wide as its own pixels or the column,
// whichever is narrower, keeping its aspect ratio; a placeholder of that size while it loads;
// a located message (file, JSON Pointer) when it cannot be shown, and the page goes on.
#include <imgui.h>

#include <string>

#include "core/content_model.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// `file`: the content file that names the picture (for the message when it fails).
void picture(Ui& ui, Model& model, const std::string& id, const core::ImageRef& image, const std::string& file);

// The size the picture takes at `maxWidth`: from its pixels once fetched, before that from
// what the build read (the ImageRef, or Course::imageSizes from the index), else 3:2.
ImVec2 pictureSize(const core::ImageRef& image, const PictureState& state, const core::Course& course, float maxWidth);

}  // namespace leren::ui
