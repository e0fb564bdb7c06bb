#include "core/file_source.hpp"

#include <fstream>
#include <sstream>

namespace leren::core {

DirectoryFileSource::DirectoryFileSource(std::string root) : root_(std::move(root)) {
  if (!root_.empty() && root_.back() != '/') root_ += '/';
}

namespace {

// Content paths never climb out of the course directory.
bool staysInside(const std::string& relPath) {
  return !relPath.empty() && relPath.front() != '/' && relPath.find("..") == std::string::npos;
}

}  // namespace

std::optional<size_t> DirectoryFileSource::sizeOf(const std::string& relPath) const {
  if (!staysInside(relPath)) return std::nullopt;
  std::ifstream in(root_ + relPath, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  std::streamoff size = in.tellg();
  if (size < 0) return std::nullopt;
  return static_cast<size_t>(size);
}

std::optional<std::string> DirectoryFileSource::read(const std::string& relPath) const {
  if (!staysInside(relPath)) return std::nullopt;
  std::ifstream in(root_ + relPath, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

std::optional<std::string> MemoryFileSource::read(const std::string& relPath) const {
  auto it = files_.find(relPath);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> MemoryFileSource::sizeOf(const std::string& relPath) const {
  auto it = files_.find(relPath);
  if (it == files_.end()) return std::nullopt;
  return it->second.size();
}

std::optional<size_t> OverlayFileSource::sizeOf(const std::string& relPath) const {
  if (overlay_.read(relPath)) return overlay_.sizeOf(relPath);
  return base_.sizeOf(relPath);
}

std::optional<std::string> OverlayFileSource::read(const std::string& relPath) const {
  if (auto text = overlay_.read(relPath)) return text;
  return base_.read(relPath);
}

}  // namespace leren::core
