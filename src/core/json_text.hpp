#pragma once
// Reading a JSON text into nlohmann's tree, the one way the program does it.
#include <string_view>

#include <nlohmann/json.hpp>

namespace leren::core {

// The tree of `text`, or a discarded value (is_discarded()) when it is not valid JSON.
// Every reader goes through here: nlohmann instantiates its lexer and parsers once per kind
// of input, and a std::string's iterators are another kind than a string_view's pointers
// (7 KB of wasm for the second set).
nlohmann::json parseJson(std::string_view text);

}  // namespace leren::core
