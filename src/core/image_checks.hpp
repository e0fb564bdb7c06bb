#pragma once
// Internal to the loader: the image files a module or case names are in the course folder,
// within the limits and readable as PNG or JPEG (image_decode.hpp). Run where the files are at
// hand (coursetool check and index: LoadOptions::imageFiles); the page fetches each picture
// only when it is drawn and shows a located message there if it fails after all.
#include <string>

#include "core/content_model.hpp"
#include "core/file_source.hpp"
#include "core/loader_reader.hpp"

namespace leren::core::loading {

// `dir`: the course folder in `files` ("" or "x/"); image src are relative to it. Readable
// pictures get their size (ImageRef::width, height).
void checkImageFiles(Module& module, const FileSource& files, const std::string& dir, FileContext& ctx);
void checkImageFiles(Case& c, const FileSource& files, const std::string& dir, FileContext& ctx);

// What is wrong with one image file, as a message (nl, en) and a code; empty code when fine.
struct ImageFileProblem {
  std::string code;
  Text message;
  int width = 0, height = 0;  // of a readable picture
};
ImageFileProblem imageFileProblem(const FileSource& files, const std::string& dir, const std::string& src);

}  // namespace leren::core::loading
