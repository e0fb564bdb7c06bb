#pragma once
// A set of bytes tested with one table lookup. std::string_view::find_first_of with a set of
// several characters tests each byte of the text against the set with a memchr of its own; on
// the loader's long texts that was a measurable share of loading (docs/performance.md).
#include <array>
#include <cstddef>
#include <string_view>

namespace leren::core {

class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view members) {
    for (char c : members) in_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool has(char c) const { return in_[static_cast<unsigned char>(c)]; }
  // The first position at or after `from` of a byte in the set; npos when none.
  constexpr size_t findIn(std::string_view text, size_t from = 0) const {
    for (size_t i = from; i < text.size(); ++i)
      if (has(text[i])) return i;
    return std::string_view::npos;
  }

 private:
  std::array<bool, 256> in_{};
};

}  // namespace leren::core
