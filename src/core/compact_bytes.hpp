#pragma once
// Small building blocks for the compact progress encoding: LEB128 varints, zigzag for signed
// numbers, base64url without padding, and FNV-1a hashes for short id hashes and checksums.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leren::core::bytes {

std::uint32_t fnv1a32(std::string_view data);
std::uint64_t fnv1a64(std::string_view data);

// Appends values to a byte buffer.
class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(v); }
  void varint(std::uint64_t v);
  void zigzag(std::int64_t v);
  // Little-endian, `width` bytes (1..8) of v.
  void fixed(std::uint64_t v, int width);
  const std::vector<std::uint8_t>& data() const { return out_; }

 private:
  std::vector<std::uint8_t> out_;
};

// Reads values back. Every read past the end, or an over-long varint, sets failed() and returns
// 0, so a decoder can read on and check failed() once: corrupt input never crashes.
class Reader {
 public:
  explicit Reader(const std::vector<std::uint8_t>& data) : data_(data) {}
  std::uint8_t u8();
  std::uint64_t varint();
  std::int64_t zigzag();
  std::uint64_t fixed(int width);
  // A count of following items, each at least `minItemBytes` long; fails when the rest of the
  // input cannot hold that many (so a corrupt count never makes us allocate gigabytes).
  std::size_t count(std::size_t minItemBytes = 1);
  bool failed() const { return failed_; }
  bool atEnd() const { return pos_ == data_.size(); }
  std::size_t position() const { return pos_; }

 private:
  const std::vector<std::uint8_t>& data_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

std::string base64urlEncode(const std::vector<std::uint8_t>& data);
// Nothing when the text contains a character outside the base64url alphabet or has an
// impossible length.
std::optional<std::vector<std::uint8_t>> base64urlDecode(std::string_view text);

}  // namespace leren::core::bytes
