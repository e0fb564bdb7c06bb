#pragma once
// The image files a module or case names are in the course folder, within the limits and
// readable as PNG or JPEG (image_decode.hpp). Run where the files are at hand (coursetool
// check and index: LoadOptions::imageFiles); the page fetches each picture only when it is
// drawn and shows a located message there if it fails after all.
#include <string>

#include "core/content_model.hpp"
#include "core/file_source.hpp"
#include "core/loader_reader.hpp"

namespace leren::core {

// The image file checks the build runs (coursetool check and index: LoadOptions::imageFiles).
// Virtual for the link's sake, not for other implementations: the page never makes one, so
// neither these checks nor the PNG/JPEG reader they call are in its wasm (the browser reads
// the page's pictures: platform/web/web_pictures.hpp).
class ImageFileChecks {
 public:
  explicit ImageFileChecks(const FileSource& files) : files_(files) {}
  virtual ~ImageFileChecks() = default;
  // `dir`: the course folder in the files ("" or "x/"); image src are relative to it. Readable
  // pictures get their size (ImageRef::width, height).
  virtual void check(Module& module, const std::string& dir, loading::FileContext& ctx) const;
  virtual void check(Case& c, const std::string& dir, loading::FileContext& ctx) const;

 private:
  const FileSource& files_;
};

}  // namespace leren::core

namespace leren::core::loading {

// What is wrong with one image file, as a message (nl, en) and a code; empty code when fine.
struct ImageFileProblem {
  std::string code;
  Text message;
  int width = 0, height = 0;  // of a readable picture
};
ImageFileProblem imageFileProblem(const FileSource& files, const std::string& dir, const std::string& src);

}  // namespace leren::core::loading
