#include <gtest/gtest.h>

#include "core/json_positions.hpp"

namespace leren::core {
namespace {

TEST(JsonPositions, FindsEveryValue) {
  const std::string text =
      "{\n"
      "  \"id\": \"x\",\n"
      "  \"list\": [1, {\"a\": true}, [ ] ],\n"
      "  \"o\": {}\n"
      "}\n";
  JsonPositions p = JsonPositions::scan(text);
  EXPECT_EQ(p.find("").line, 1);
  EXPECT_EQ(p.find("").column, 1);
  EXPECT_EQ(p.find("/id").line, 2);
  EXPECT_EQ(p.find("/id").column, 9);
  EXPECT_EQ(p.find("/list").column, 11);
  EXPECT_EQ(p.find("/list/0").column, 12);
  EXPECT_EQ(p.find("/list/1").column, 15);
  EXPECT_EQ(p.find("/list/1/a").column, 21);
  EXPECT_EQ(p.find("/list/2").column, 28);
  EXPECT_EQ(p.find("/o").line, 4);
  EXPECT_TRUE(p.contains("/list/1/a"));
  EXPECT_FALSE(p.contains("/list/3"));
}

TEST(JsonPositions, MissingPointerFallsBackToNearestAncestor) {
  JsonPositions p = JsonPositions::scan("{\n \"a\": {\n   \"b\": 1 }\n}");
  TextPosition pos = p.find("/a/missing/deeper");
  EXPECT_EQ(pos.line, 2);
  EXPECT_EQ(pos.column, 7);
  EXPECT_EQ(JsonPositions::scan("").find("/x").line, 0);
}

TEST(JsonPositions, ColumnsCountCharactersNotBytes) {
  JsonPositions p = JsonPositions::scan("{\"t\": \"é€\", \"u\": 1}");
  EXPECT_EQ(p.find("/u").column, 18);
  EXPECT_EQ(positionOfOffset("é\nab", 4).line, 2);
  EXPECT_EQ(positionOfOffset("é\nab", 4).column, 2);
  EXPECT_EQ(positionOfOffset("ab", 99).column, 3);
}

TEST(JsonPositions, EscapedKeysAndPointerTokens) {
  JsonPositions p = JsonPositions::scan(R"({"a/b": 1, "c~d": 2, "e\"f": 3, "\u00e9": 4, "q\n": 5})");
  EXPECT_TRUE(p.contains("/a~1b"));
  EXPECT_TRUE(p.contains("/c~0d"));
  EXPECT_TRUE(p.contains("/e\"f"));
  EXPECT_TRUE(p.contains("/é"));
  EXPECT_TRUE(p.contains("/q\n"));
  EXPECT_EQ(escapePointerToken("x/y~z"), "x~1y~0z");
}

TEST(JsonPositions, DuplicateKeysKeepTheLast) {
  JsonPositions p = JsonPositions::scan("{\"a\": 1,\n\"a\": 2}");
  EXPECT_EQ(p.find("/a").line, 2);
}

TEST(JsonPositions, InvalidTextDoesNotCrash) {
  for (const char* bad : {"{", "[1,", "{\"a\"", "{\"a\":", "{\"a\" 1}", "\"abc", "[1 2]", "{]", "{\"a\":\"\\", "}",
                          "{\"\\u12", "[{\"k\":[", ",,,"}) {
    JsonPositions p = JsonPositions::scan(bad);
    (void)p.find("/a/0");
  }
  std::string deep(100000, '[');
  JsonPositions p = JsonPositions::scan(deep);
  EXPECT_TRUE(p.contains("/0/0/0"));
  std::string limit = "";
  for (size_t i = 0; i <= JsonPositions::kMaxNesting; ++i) limit += "/0";
  EXPECT_FALSE(p.contains(limit));
}

}  // namespace
}  // namespace leren::core
