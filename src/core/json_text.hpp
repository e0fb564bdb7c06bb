#pragma once
// Reading a JSON text into nlohmann's tree, the one way the program does it.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace leren::core {

// Where and why a text is not JSON, as nlohmann says it.
struct JsonSyntaxError {
  size_t bytesRead = 0;  // up to and including the byte where the problem showed
  std::string what;      // "[json.exception.parse_error.101] parse error at line 1, ... - ..."
};

// The tree of `text`, or a discarded value (is_discarded()) when it is not valid JSON; then
// `error`, when given, says where and why. Every reader goes through here: nlohmann
// instantiates its lexer and parsers once per kind of input and reader, and a std::string's
// iterators, a string_view's pointers, parse()'s two readers and an error-only reader made
// four sets (15 KB of wasm).
nlohmann::json parseJson(std::string_view text, JsonSyntaxError* error = nullptr);

}  // namespace leren::core
