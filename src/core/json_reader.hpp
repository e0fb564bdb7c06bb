#pragma once
// A fast reader for well-formed JSON that builds nlohmann's tree with nlohmann's own builder.
// nlohmann's lexer copies every byte of a string twice on its way into the tree and was the
// largest part of loading a content file natively (docs/performance.md, nineteenth session);
// this one finds a string's end a chunk at a time. It accepts strict RFC 8259 JSON only and
// gives up on anything else (a syntax error, a number it would have to round differently, a
// lone surrogate), so that nlohmann reads that text again and says what is wrong: every tree
// it builds is the one nlohmann's parser would have built (tests/core/json_reader_test.cpp
// compares the two on the content and on mutated text).
#include <string_view>

#include <nlohmann/json.hpp>

namespace leren::core {

// Reads `text` into `tree`; false (and `tree` unspecified) when it is not plain, well-formed
// JSON this reader takes. A UTF-8 byte order mark at the start is skipped, as nlohmann does.
bool readWellFormedJson(std::string_view text, nlohmann::json& tree);

}  // namespace leren::core
