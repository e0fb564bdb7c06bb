#include "ui/views/picture.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/content_limits.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

ImVec2 pictureSize(const core::ImageRef& image, const PictureState& state, const core::Course& course, float maxWidth) {
  int w = state.width, h = state.height;
  if (w <= 0 || h <= 0) w = image.width, h = image.height;  // what the build read
  if (w <= 0 || h <= 0) {
    const auto known = course.imageSizes.find(image.src);  // the index's, on the web
    if (known != course.imageSizes.end()) w = known->second.first, h = known->second.second;
  }
  if (w <= 0 || h <= 0) return ImVec2(maxWidth, maxWidth * 2 / 3);
  // One image pixel per CSS pixel at most: a small diagram is not blown up into a blur.
  const float width = std::min(maxWidth, static_cast<float>(w));
  return ImVec2(width, width * static_cast<float>(h) / static_cast<float>(w));
}

namespace {
// Why a picture is not shown, in the learner's language, with the limit it went over.
std::string whyNotShown(Ui& ui, const std::string& problem) {
  if (problem == "fetch") return ui.tr("picture.failed.fetch");
  if (problem == "limit.image-size")
    return ui.i18n.format("picture.failed.size", ui.lang,
                          {{"kb", std::to_string(core::limits::kMaxImageBytes / 1024)}});
  if (problem == "limit.image-pixels")
    return ui.i18n.format("picture.failed.pixels", ui.lang, {{"side", std::to_string(core::limits::kMaxImageSide)}});
  return ui.tr("picture.failed.read");
}
}  // namespace

void picture(Ui& ui, Model& model, const std::string& id, const core::ImageRef& image, const std::string& file) {
  const PictureState& state = model.pictures.get(image.src);
  const Palette& p = ui.pal();
  if (state.status == PictureState::Status::failed) {
    // Where it went wrong, as every content message says it: the file and the JSON Pointer.
    const std::string why = whyNotShown(ui, state.problem);
    notice(ui, id, Tone::warning, ui.tr("picture.failed"),
           why + " " + image.src + " (" + file + ", " + image.pointer + "/src)" +
               (image.decorative ? "" : "\n" + ui.tr("picture.alt") + ": " + ui.text(image.alt)));
    return;
  }
  const ImVec2 size = pictureSize(image, state, model.course, ImGui::GetContentRegionAvail().x);
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size.x, a.y + size.y);
  ImGui::Dummy(size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (state.status == PictureState::Status::ready) {
    dl->AddImage(reinterpret_cast<ImTextureID>(state.texture), a, b);
  } else {
    dl->AddRectFilled(a, b, p.surface, ui.px(8));
    dl->AddRect(a, b, p.border, ui.px(8));
    const std::string loading = ui.tr("picture.loading");
    const ImVec2 ts = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, loading.c_str());
    inkText(ImVec2(a.x + (size.x - ts.x) / 2, a.y + (size.y - ts.y) / 2), ui.fonts.small, ui.fonts.small->FontSize,
            p.textMuted, loading);
  }
  // The picture is its alt text to assistive technology; decoration is skipped.
  recordLastItem(ui, id, Role::img, image.decorative ? std::string() : ui.text(image.alt));
  if (!image.caption.empty()) smallText(ui, id + ".caption", ui.text(image.caption));
}

}  // namespace leren::ui
