#include <gtest/gtest.h>

#include <set>

#include "core/utf8.hpp"

namespace leren::core::utf8 {
namespace {

TEST(Utf8, WellFormedTextPasses) {
  EXPECT_EQ(firstInvalidByte("plain"), std::nullopt);
  EXPECT_EQ(firstInvalidByte("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), std::nullopt);  // é € 😀
  EXPECT_EQ(firstInvalidByte("\xF4\x8F\xBF\xBF"), std::nullopt);                           // U+10FFFF
}

TEST(Utf8, EveryKindOfBadByteIsFoundWhereItStarts) {
  EXPECT_EQ(firstInvalidByte("caf\xE9 au lait"), 3u);   // Latin-1 é
  EXPECT_EQ(firstInvalidByte("ab\x80"), 2u);            // lone continuation
  EXPECT_EQ(firstInvalidByte("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(firstInvalidByte("x\xE0\x80\xAF"), 1u);     // overlong, 3 bytes
  EXPECT_EQ(firstInvalidByte("\xED\xA0\x80"), 0u);      // surrogate D800
  EXPECT_EQ(firstInvalidByte("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(firstInvalidByte("\xF5\x80\x80\x80"), 0u);  // F5 never starts anything
  EXPECT_EQ(firstInvalidByte("ok\xE2\x82"), 2u);        // truncated at the end
  EXPECT_EQ(firstInvalidByte("\xE2\x28\xA1"), 0u);      // bad second byte
}

TEST(Utf8, EncodingsAreRecognised) {
  EXPECT_EQ(detect("{\"a\":1}"), Encoding::utf8);
  EXPECT_EQ(detect("\xEF\xBB\xBF{}"), Encoding::utf8Bom);
  EXPECT_EQ(detect(std::string_view("\xFF\xFE{\0\"\0", 6)), Encoding::utf16);
  EXPECT_EQ(detect(std::string_view("{\0\"\0a\0", 6)), Encoding::utf16);
  EXPECT_EQ(detect(std::string_view("\0{\0\"", 4)), Encoding::utf16);
  EXPECT_EQ(detect(std::string_view("\xFF\xFE\0\0{\0\0\0", 8)), Encoding::utf32);
  EXPECT_EQ(detect(std::string_view("{\0\0\0\"\0\0\0", 8)), Encoding::utf32);
}

// The course index's letters (course_index.hpp): every code point beyond ASCII, once, in order.
TEST(Utf8, NonAsciiCodePointsAreCollectedAndWrittenBack) {
  std::set<char32_t> got;
  addNonAscii("caf\xC3\xA9 \xE2\x80\x94 \xC3\xA9\xC3\xA9n \xE2\x82\xAC \xF0\x9F\x99\x82", got);
  addNonAscii("x\xC3(\xE2\x82", got);  // a broken and a truncated sequence: skipped
  EXPECT_EQ(got, (std::set<char32_t>{0xE9, 0x2014, 0x20AC, 0x1F642}));
  EXPECT_EQ(encode(got), "\xC3\xA9\xE2\x80\x94\xE2\x82\xAC\xF0\x9F\x99\x82");
  std::set<char32_t> again;
  addNonAscii(encode(got), again);
  EXPECT_EQ(again, got);
}

}  // namespace
}  // namespace leren::core::utf8
