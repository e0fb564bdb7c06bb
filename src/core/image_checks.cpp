#include "core/image_checks.hpp"

#include "core/content_limits.hpp"
#include "core/image_decode.hpp"

namespace leren::core::loading {
namespace {

std::string kb(size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

void checkImage(ImageRef& image, const FileSource& files, const std::string& dir, FileContext& ctx) {
  if (!image.present()) return;  // a missing or malformed src was reported while reading
  ImageFileProblem p = imageFileProblem(files, dir, image.src);
  if (!p.code.empty()) ctx.error(std::move(p.code), child(image.pointer, "src"), std::move(p.message));
  image.width = p.width;
  image.height = p.height;
}

}  // namespace

ImageFileProblem imageFileProblem(const FileSource& files, const std::string& dir, const std::string& src) {
  const std::string path = dir + src;
  const std::string name = "\"" + src + "\"";
  // An oversized file is refused before it is read, where the source can tell its size.
  std::optional<size_t> size = files.sizeOf(path);
  std::optional<std::string> bytes;
  if (!size || *size <= limits::kMaxImageBytes) {
    bytes = files.read(path);
    if (bytes) size = bytes->size();
  }
  if (!size)
    return {"image.missing",
            {"Het afbeeldingsbestand " + name + " staat niet in de cursusmap (let op hoofdletters en de map images/).",
             "The image file " + name + " is not in the course folder (mind upper case and the images/ folder)."}};
  if (*size > limits::kMaxImageBytes)
    return {codeOf(DecodedImage::Problem::tooLarge),
            {"Het afbeeldingsbestand " + name + " is " + kb(*size) + "; de grens is " + kb(limits::kMaxImageBytes) +
                 ". Verklein de afbeelding of sla haar op als JPEG met een lagere kwaliteit.",
             "The image file " + name + " is " + kb(*size) + "; the limit is " + kb(limits::kMaxImageBytes) +
                 ". Scale the picture down or save it as JPEG at a lower quality."}};
  const DecodedImage image = decodeImage(*bytes);
  const std::string side = std::to_string(limits::kMaxImageSide);
  switch (image.problem) {
    case DecodedImage::Problem::none:
      return {"", {}, image.width, image.height};
    case DecodedImage::Problem::tooManyPixels: {
      const std::string dims = std::to_string(image.width) + "\xC3\x97" + std::to_string(image.height);
      return {codeOf(DecodedImage::Problem::tooManyPixels),
              {"De afbeelding " + name + " is " + dims + " pixels; de grens is " + side + "\xC3\x97" + side +
                   ". Verklein haar.",
               "The image " + name + " is " + dims + " pixels; the limit is " + side + "\xC3\x97" + side +
                   ". Scale it down."}};
    }
    case DecodedImage::Problem::tooLarge:
    case DecodedImage::Problem::unreadable:
      break;
  }
  return {codeOf(DecodedImage::Problem::unreadable),
          {"Het bestand " + name + " is geen leesbare PNG- of JPEG-afbeelding (een ander formaat, of beschadigd).",
           "The file " + name + " is not a readable PNG or JPEG image (another format, or damaged)."}};
}

}  // namespace leren::core::loading

namespace leren::core {

void ImageFileChecks::check(Module& module, const std::string& dir, loading::FileContext& ctx) const {
  loading::checkImage(module.cover, files_, dir, ctx);
  for (Page& page : module.pages)
    for (Block& block : page.blocks)
      if (auto* image = std::get_if<ImageBlock>(&block)) loading::checkImage(image->image, files_, dir, ctx);
}

void ImageFileChecks::check(Case& c, const std::string& dir, loading::FileContext& ctx) const {
  for (Persona& p : c.personas) loading::checkImage(p.portrait, files_, dir, ctx);
}

}  // namespace leren::core
