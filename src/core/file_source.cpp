#include "core/file_source.hpp"

#include <cstdio>
#include <memory>

namespace leren::core {

DirectoryFileSource::DirectoryFileSource(std::string root) : root_(std::move(root)) {
  if (!root_.empty() && root_.back() != '/') root_ += '/';
}

namespace {

// Content paths never climb out of the course directory.
bool staysInside(const std::string& relPath) {
  return !relPath.empty() && relPath.front() != '/' && relPath.find("..") == std::string::npos;
}

// C stdio, not <fstream>: iostreams would pull libc++'s whole locale machinery (about 50 KB)
// into the wasm, where this reads the files the page put into Emscripten's file system.
using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File open(const std::string& path) { return File(std::fopen(path.c_str(), "rb"), &std::fclose); }

}  // namespace

std::optional<size_t> DirectoryFileSource::sizeOf(const std::string& relPath) const {
  if (!staysInside(relPath)) return std::nullopt;
  File f = open(root_ + relPath);
  if (!f || std::fseek(f.get(), 0, SEEK_END) != 0) return std::nullopt;
  const long size = std::ftell(f.get());
  if (size < 0) return std::nullopt;
  return static_cast<size_t>(size);
}

std::optional<std::string> DirectoryFileSource::read(const std::string& relPath) const {
  if (!staysInside(relPath)) return std::nullopt;
  File f = open(root_ + relPath);
  if (!f) return std::nullopt;
  // Read to the end rather than trusting a size: a folder opens too and only fails here.
  std::string text;
  char chunk[16384];
  for (size_t got; (got = std::fread(chunk, 1, sizeof chunk, f.get())) > 0;) text.append(chunk, got);
  if (std::ferror(f.get())) return std::nullopt;
  return text;
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
