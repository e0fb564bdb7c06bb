#include "core/json_text.hpp"

namespace leren::core {

nlohmann::json parseJson(std::string_view text) {
  // nlohmann's own parse() builds the tree through one of two readers, with or without a
  // callback, and so brings both along; without a callback, this is the one it would use.
  nlohmann::json tree;
  nlohmann::detail::json_sax_dom_parser<nlohmann::json> builder(tree, /*allow_exceptions_=*/false);
  if (!nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &builder))
    tree = nlohmann::json(nlohmann::json::value_t::discarded);
  return tree;
}

}  // namespace leren::core
