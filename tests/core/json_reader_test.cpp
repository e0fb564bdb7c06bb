#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_reader.hpp"
#include "core/json_text.hpp"
#include "same_json.hpp"

namespace leren::core {
namespace {

using json_test::sameTree;
using json_test::tooDeepToCompare;
using nlohmann::json;

json nlohmannTree(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

// What the fast reader makes of `text`: the tree, or a discarded value when it gives up.
json fastTree(std::string_view text) {
  json tree;
  if (!readWellFormedJson(text, tree)) return json(json::value_t::discarded);
  return tree;
}

std::vector<std::string> contentFiles() {
  std::vector<std::string> texts;
  for (const char* dir : {"/content", "/tests/data"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(LEREN_SOURCE_DIR) + dir)) {
      if (entry.path().extension() != ".json") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      if (!tooDeepToCompare(bytes.str())) texts.push_back(bytes.str());
    }
  }
  return texts;
}

TEST(JsonReader, BuildsNlohmannsTreeForEveryContentFileItCanRead) {
  const std::vector<std::string> texts = contentFiles();
  ASSERT_GT(texts.size(), 100u);
  size_t valid = 0;
  for (const std::string& text : texts) {
    const json expected = nlohmannTree(text);
    const json fast = fastTree(text);
    if (expected.is_discarded()) {
      EXPECT_TRUE(fast.is_discarded()) << text.substr(0, 200);
      continue;
    }
    ++valid;
    if (fast.is_discarded()) {
      // What valid JSON it leaves to nlohmann: an integer of 19 digits or more (a hostile file).
      size_t run = 0, longest = 0;
      for (char c : text) longest = std::max(longest, run = (c >= '0' && c <= '9') ? run + 1 : 0);
      EXPECT_GE(longest, 19u) << text.substr(0, 200);
      continue;
    }
    EXPECT_TRUE(sameTree(fast, expected)) << text.substr(0, 200);
  }
  EXPECT_GT(valid, 100u);
}

TEST(JsonReader, ReadsWhatJsonAllowsAsNlohmannDoes) {
  for (const char* text : {
           R"({"a": [1, -0, 0, -12, 2.5e3, 1E+2, 0.125, -1e-3, true, false, null], "b": {}, "c": []})",
           R"("\u00e9\u20ac\ud83d\ude00 \" \\ \/ \b\f\n\r\t")",
           "\xEF\xBB\xBF {\"caf\xC3\xA9\": \"\xF0\x9F\x98\x80\"}",
           R"({"id": "n1", "id": "n2"})",  // the last of two equal names, as nlohmann keeps
           "[[[[[]]]], {\"a\": {\"b\": {\"c\": []}}}]",
           " \t\r\n 42 \n",
           R"("\u0000")",
           "123456789012345678",
           "-123456789012345678",
       }) {
    const json expected = nlohmannTree(text);
    ASSERT_FALSE(expected.is_discarded()) << text;
    const json fast = fastTree(text);
    EXPECT_TRUE(sameTree(fast, expected)) << text << " -> " << fast.dump();
  }
  // Decimals read without strtod must be strtod's double to the bit (compared as written by dump).
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) {
    std::string number = (random() % 2 ? "-" : "") + std::to_string(random() % 100000);
    if (random() % 4) number += "." + std::to_string(random() % 1000000);
    if (random() % 3 == 0) number += std::string(random() % 2 ? "e" : "E-") + std::to_string(random() % 30);
    const json fast = fastTree(number);
    const json expected = nlohmannTree(number);
    ASSERT_TRUE(sameTree(fast, expected)) << number << ": " << fast.dump() << " vs " << expected.dump();
  }
  for (const char* text : {"7.0", "0.1", "0.3", "1e22", "1e23", "9007199254740993.0", "-0.0", "123.456e-5", "5e-324"}) {
    ASSERT_TRUE(sameTree(fastTree(text), nlohmannTree(text))) << text;
    EXPECT_EQ(fastTree(text).get<double>(), std::strtod(text, nullptr)) << text;
  }
  EXPECT_EQ(fastTree("-0").type(), json::value_t::number_integer);
  EXPECT_EQ(fastTree("7").type(), json::value_t::number_unsigned);
  EXPECT_EQ(fastTree("7.0").type(), json::value_t::number_float);
}

TEST(JsonReader, GivesUpOnWhatJsonDoesNotAllow) {
  for (const char* text : {
           "",
           "   ",
           "{",
           "[1, 2",
           "[1, 2,]",
           "{\"a\": 1,}",
           "{\"a\" 1}",
           "{a: 1}",
           "[01]",
           "[1.]",
           "[.5]",
           "[-]",
           "[1e]",
           "[+1]",
           "tru",
           "truex",
           "nul",
           "[true false]",
           "{} {}",
           "\"open",
           "\"tab\there\"",
           R"("\x")",
           R"("\u12")",
           R"("\ud83d")",
           R"("\ude00")",
           R"("\ud83d\u0041")",
           "\"\xC3\"",
           "\"\xED\xA0\x80\"",
           "\"\xF8\x88\x80\x80\x80\"",
           "\xEF\xBB",
           "[1e999]",
           "'single'",
           "[NaN]",
           "/* comment */ 1",
       }) {
    EXPECT_TRUE(fastTree(text).is_discarded()) << text;
    EXPECT_TRUE(nlohmannTree(text).is_discarded()) << text;
    // parseJson falls back on nlohmann, which says why.
    JsonSyntaxError error;
    EXPECT_TRUE(parseJson(text, &error).is_discarded()) << text;
    EXPECT_NE(error.what.find("[json.exception."), std::string::npos) << text << ": " << error.what;
  }
}

TEST(JsonReader, LeavesIntegersThatMayOverflowToNlohmann) {
  for (const char* text : {"1234567890123456789", "18446744073709551616", "-9223372036854775809"}) {
    EXPECT_TRUE(fastTree(text).is_discarded()) << text;
    EXPECT_TRUE(sameTree(parseJson(text), nlohmannTree(text))) << text;  // read by nlohmann instead
  }
}

// Mutated content: whatever the fast reader builds is nlohmann's tree, and parseJson agrees
// with nlohmann on every text. (fuzz_json does the same with libFuzzer's inputs.)
TEST(JsonReader, AgreesWithNlohmannOnMutatedContent) {
  std::vector<std::string> seeds;
  for (std::string& text : contentFiles())
    if (text.size() <= 4000) seeds.push_back(std::move(text));  // whole files, so most stay near JSON
  ASSERT_GT(seeds.size(), 10u);
  std::mt19937 random(20261207);
  const std::string alphabet = "{}[]\",:\\u0aZ/ \n\t-+1e.E\xC3\xA9\x80tfn";
  size_t built = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = seeds[random() % seeds.size()];
    for (int edits = 1 + static_cast<int>(random() % 4); edits > 0 && !text.empty(); --edits) {
      const size_t at = random() % text.size();
      switch (random() % 3) {
        case 0:
          text[at] = alphabet[random() % alphabet.size()];
          break;
        case 1:
          text.insert(at, 1, alphabet[random() % alphabet.size()]);
          break;
        default:
          text.erase(at, 1);
      }
    }
    const json expected = nlohmannTree(text);
    const json fast = fastTree(text);
    if (!fast.is_discarded()) {
      ++built;
      ASSERT_FALSE(expected.is_discarded()) << text;
      ASSERT_TRUE(sameTree(fast, expected)) << text;
    }
    const json viaParseJson = parseJson(text);
    ASSERT_EQ(viaParseJson.is_discarded(), expected.is_discarded()) << text;
    if (!expected.is_discarded()) {
      ASSERT_TRUE(sameTree(viaParseJson, expected)) << text;
    }
  }
  EXPECT_GT(built, 0u);  // some mutants stay JSON (a changed letter inside a string)
}

}  // namespace
}  // namespace leren::core
