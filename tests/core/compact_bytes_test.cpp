#include "core/compact_bytes.hpp"

#include <gtest/gtest.h>

#include <limits>

using namespace leren::core::bytes;

TEST(CompactBytes, Fnv1aKnownValues) {
  EXPECT_EQ(fnv1a32(""), 2166136261u);
  EXPECT_EQ(fnv1a32("a"), 0xe40c292cu);
  EXPECT_EQ(fnv1a64(""), 14695981039346656037ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
}

TEST(CompactBytes, VarintAndZigzagRoundTrip) {
  Writer w;
  const std::uint64_t unsignedValues[] = {0, 1, 127, 128, 300, 16383, 16384, std::numeric_limits<std::uint64_t>::max()};
  const std::int64_t signedValues[] = {
      0, -1, 1, -64, 64, -1000000, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
  for (auto v : unsignedValues) w.varint(v);
  for (auto v : signedValues) w.zigzag(v);
  w.fixed(0x123456, 3);
  w.u8(7);
  Reader r(w.data());
  for (auto v : unsignedValues) EXPECT_EQ(r.varint(), v);
  for (auto v : signedValues) EXPECT_EQ(r.zigzag(), v);
  EXPECT_EQ(r.fixed(3), 0x123456u);
  EXPECT_EQ(r.u8(), 7);
  EXPECT_TRUE(r.atEnd());
  EXPECT_FALSE(r.failed());
}

TEST(CompactBytes, SmallValuesAreSmall) {
  Writer w;
  w.varint(127);
  EXPECT_EQ(w.data().size(), 1u);
  w.zigzag(-64);
  EXPECT_EQ(w.data().size(), 2u);
}

TEST(CompactBytes, ReadingPastTheEndFailsWithoutCrashing) {
  std::vector<std::uint8_t> data{0x80, 0x80};  // unfinished varint
  Reader r(data);
  EXPECT_EQ(r.varint(), 0u);
  EXPECT_TRUE(r.failed());
  EXPECT_EQ(r.u8(), 0);
  EXPECT_EQ(r.fixed(4), 0u);

  std::vector<std::uint8_t> endless(20, 0xff);  // longer than any 64-bit varint
  Reader r2(endless);
  r2.varint();
  EXPECT_TRUE(r2.failed());
}

TEST(CompactBytes, CountRejectsCountsTheInputCannotHold) {
  Writer w;
  w.varint(1000000);
  w.u8(1);
  Reader r(w.data());
  EXPECT_EQ(r.count(1), 0u);
  EXPECT_TRUE(r.failed());

  Writer ok;
  ok.varint(2);
  ok.u8(1);
  ok.u8(2);
  Reader r2(ok.data());
  EXPECT_EQ(r2.count(1), 2u);
  EXPECT_FALSE(r2.failed());
}

TEST(CompactBytes, Base64urlRoundTripsEveryLength) {
  std::vector<std::uint8_t> data;
  for (int n = 0; n < 40; ++n) {
    const std::string text = base64urlEncode(data);
    EXPECT_EQ(text.size(), (data.size() * 4 + 2) / 3);
    EXPECT_EQ(text.find_first_of("+/="), std::string::npos);
    auto back = base64urlDecode(text);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, data);
    data.push_back(static_cast<std::uint8_t>(n * 37 + 250));
  }
  EXPECT_EQ(base64urlEncode({'M', 'a', 'n'}), "TWFu");
  EXPECT_EQ(base64urlEncode({0xfb, 0xff}), "-_8");
}

TEST(CompactBytes, Base64urlRejectsForeignCharactersAndImpossibleLengths) {
  EXPECT_FALSE(base64urlDecode("TW=u").has_value());
  EXPECT_FALSE(base64urlDecode("TW+u").has_value());
  EXPECT_FALSE(base64urlDecode("TWFuT").has_value());  // 5 characters: no byte count fits
  EXPECT_TRUE(base64urlDecode("").has_value());
}
