#include "platform/native/file_storage.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <system_error>

namespace leren::platform {

namespace {

std::string encodeKey(const std::string& key) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : key) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                       c == '-' || (c == '.' && !out.empty());
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  // "." and ".." can no longer occur (a leading dot is encoded); an empty key still needs a name.
  return out.empty() ? std::string("%") : out;
}

}  // namespace

FileStorage::FileStorage(std::filesystem::path directory) : directory_(std::move(directory)) {}

std::filesystem::path FileStorage::pathFor(const std::string& key) const {
  return directory_ / (encodeKey(key) + ".txt");
}

std::optional<std::string> FileStorage::load(const std::string& key) const {
  std::ifstream in(pathFor(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::string value((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return value;
}

bool FileStorage::save(const std::string& key, const std::string& value) {
  std::error_code ec;
  std::filesystem::create_directories(directory_, ec);
  if (ec) return false;
  const std::filesystem::path target = pathFor(key);
  std::filesystem::path temp = target;
  temp += ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(value.data(), static_cast<std::streamsize>(value.size()));
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(temp, ec);
      return false;
    }
  }
  // rename() replaces the target atomically on POSIX file systems.
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return false;
  }
  return true;
}

bool FileStorage::remove(const std::string& key) {
  std::error_code ec;
  std::filesystem::remove(pathFor(key), ec);
  return !ec;
}

}  // namespace leren::platform
