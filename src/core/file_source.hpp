#pragma once
// Where the loader reads content files from: a directory natively, fetched files on the web,
// an in-memory map in tests, fuzzers and the benchmark.
#include <map>
#include <optional>
#include <string>

namespace leren::core {

struct FileSource {
  virtual ~FileSource() = default;
  // The whole file, or nullopt when it does not exist or cannot be read.
  // relPath uses '/' and is relative to the course directory (e.g. "modules/01-x.json").
  virtual std::optional<std::string> read(const std::string& relPath) const = 0;
  // The file's size in bytes without reading it, where the source can tell cheaply (so an
  // oversized file is refused before it is in memory); nullopt: unknown or missing.
  virtual std::optional<size_t> sizeOf(const std::string& relPath) const {
    (void)relPath;
    return std::nullopt;
  }
};

// Reads files below a directory with std::ifstream.
class DirectoryFileSource : public FileSource {
 public:
  explicit DirectoryFileSource(std::string root);
  std::optional<std::string> read(const std::string& relPath) const override;
  std::optional<size_t> sizeOf(const std::string& relPath) const override;

 private:
  std::string root_;
};

// Files held in memory: path -> text.
class MemoryFileSource : public FileSource {
 public:
  MemoryFileSource() = default;
  explicit MemoryFileSource(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void set(const std::string& relPath, std::string text) { files_[relPath] = std::move(text); }
  void remove(const std::string& relPath) { files_.erase(relPath); }
  std::optional<std::string> read(const std::string& relPath) const override;
  std::optional<size_t> sizeOf(const std::string& relPath) const override;

 private:
  std::map<std::string, std::string> files_;
};

// Reads from `overlay` first, then from `base` (tests: swap one file of a valid course).
class OverlayFileSource : public FileSource {
 public:
  OverlayFileSource(const FileSource& base, const FileSource& overlay) : base_(base), overlay_(overlay) {}
  std::optional<std::string> read(const std::string& relPath) const override;
  std::optional<size_t> sizeOf(const std::string& relPath) const override;

 private:
  const FileSource& base_;
  const FileSource& overlay_;
};

}  // namespace leren::core
