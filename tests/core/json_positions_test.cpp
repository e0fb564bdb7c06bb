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

// A clean file asks only where its "id" is: that must not build the table of every value
// (most of the scan's time); a deeper lookup builds it, with the same answers.
TEST(JsonPositions, BuildsTheTableOfEveryValueOnlyWhenAskedBelowTheTopLevel) {
  const std::string text = "{\"id\": \"x\",\n \"nodes\": [ {\"id\": \"n1\"}, {\"id\": \"n2\", \"id\": \"n3\"} ]}";
  JsonPositions p = JsonPositions::scan(text);
  EXPECT_EQ(p.find("/id").column, 8);
  EXPECT_EQ(p.find("/nodes").line, 2);
  EXPECT_EQ(p.find("/missing").column, 1);  // the root
  EXPECT_FALSE(p.builtAll());
  EXPECT_EQ(p.findings().size(), 1u);           // the duplicate "id"
  EXPECT_EQ(p.find("/nodes/1/id").column, 46);  // the last of the two, as the parser keeps
  EXPECT_TRUE(p.builtAll());
  EXPECT_EQ(p.find("/nodes/0/id").column, 20);
  EXPECT_EQ(p.find("/id").column, 8);
  EXPECT_EQ(p.findings().size(), 1u);  // building the table found nothing twice
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
  EXPECT_TRUE(p.tooDeep());
  std::string limit = "";
  for (size_t i = 0; i <= limits::kMaxNestingDepth; ++i) limit += "/0";
  EXPECT_FALSE(p.contains(limit));
}

}  // namespace
}  // namespace leren::core

namespace leren::core {
namespace {

std::vector<JsonFinding::Kind> kinds(const JsonPositions& p) {
  std::vector<JsonFinding::Kind> out;
  for (const JsonFinding& f : p.findings()) out.push_back(f.kind);
  return out;
}

TEST(JsonScan, DuplicateKeyNamesBothPlaces) {
  JsonPositions p = JsonPositions::scan("{\"a\": {\"id\": 1,\n  \"x\": 2,\n  \"id\": 3}, \"b\": {\"id\": 4}}");
  ASSERT_EQ(p.findings().size(), 1u);
  const JsonFinding& f = p.findings()[0];
  EXPECT_EQ(f.kind, JsonFinding::Kind::duplicateKey);
  EXPECT_EQ(f.pointer, "/a/id");
  EXPECT_EQ(f.token, "id");
  EXPECT_EQ(p.positionOf(f.offset).line, 3);
  EXPECT_EQ(p.positionOf(f.offset).column, 9);
  EXPECT_EQ(p.positionOf(f.otherOffset).line, 1);
  EXPECT_EQ(p.positionOf(f.otherOffset).column, 14);
  // The same name spelt with an escape is the same name.
  EXPECT_EQ(kinds(JsonPositions::scan(R"({"id": 1, "\u0069d": 2})")), std::vector{JsonFinding::Kind::duplicateKey});
}

TEST(JsonScan, LimitsOnCountsLengthsAndNumbers) {
  JsonScanLimits small;
  small.maxArrayItems = 3;
  small.maxObjectMembers = 2;
  small.maxStringBytes = 5;
  small.maxKeyBytes = 4;
  JsonPositions p = JsonPositions::scan(
      R"({"list": [1, 2, 3, 4, 5], "o": {"a": 1, "b": 2, "c": 3}, "s": "123456", "long": 1, "longer": 2})", small);
  using K = JsonFinding::Kind;
  EXPECT_EQ(kinds(p),
            (std::vector{K::tooManyItems, K::tooManyMembers, K::tooManyMembers, K::stringTooLong, K::keyTooLong}));
  EXPECT_EQ(p.findings()[0].pointer, "/list");
  EXPECT_EQ(p.findings()[0].count, 5u);  // counted to the end, reported once
  EXPECT_EQ(p.findings()[1].pointer, "/o");
  EXPECT_EQ(p.findings()[2].pointer, "");
  EXPECT_EQ(p.findings()[2].count, 5u);
  EXPECT_EQ(p.findings()[3].pointer, "/s");
  EXPECT_EQ(p.findings()[4].pointer, "/longer");
  for (const char* bad : {"[1e999]", "[-1e13]", "[1000000000001]", "[0.000000000000000000000000000000001]"})
    EXPECT_EQ(kinds(JsonPositions::scan(bad)), std::vector{K::numberTooLarge}) << bad;
  for (const char* fine : {"[-0]", "[1e12]", "[-0.0]", "[5000]", "[true, null]"})
    EXPECT_TRUE(JsonPositions::scan(fine).findings().empty()) << fine;
}

TEST(JsonScan, NestingStopsTheScanAtTheLimit) {
  std::string text = "{\"kind\": " + std::string(10000, '[') + std::string(10000, ']') + "}";
  JsonPositions p = JsonPositions::scan(text);
  ASSERT_TRUE(p.tooDeep());
  EXPECT_EQ(p.findings().back().pointer.rfind("/kind/0", 0), 0u);
  EXPECT_EQ(p.positionOf(p.findings().back().offset).column, 10 + static_cast<int>(limits::kMaxNestingDepth) - 1);
  std::string ok = std::string(limits::kMaxNestingDepth, '[') + std::string(limits::kMaxNestingDepth, ']');
  EXPECT_FALSE(JsonPositions::scan(ok).tooDeep());
}

TEST(JsonScan, ByteOrderMarkIsNotAColumn) {
  JsonPositions p = JsonPositions::scan("\xEF\xBB\xBF{\"a\": 1}");
  EXPECT_EQ(p.find("/a").line, 1);
  EXPECT_EQ(p.find("/a").column, 7);
  EXPECT_EQ(positionOfOffset("\xEF\xBB\xBF{\"a\": 1}", 9).column, 7);
}

TEST(JsonScan, PositionsInsideStringsCountEscapes) {
  JsonPositions p = JsonPositions::scan("{\"t\": \"a\\\"b\\nc\\u00e9d<x>\"}");
  // Decoded: a " b \n c é(2 bytes) d < x >  -> "<" is decoded byte 8.
  EXPECT_EQ(p.positionInString("/t", 0).column, 8);
  EXPECT_EQ(p.positionInString("/t", 8).column, 22);
  EXPECT_EQ(p.pointerAt(20), "/t");
}

}  // namespace
}  // namespace leren::core
