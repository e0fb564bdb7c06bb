#include "core/json_text.hpp"

#include "core/json_reader.hpp"

namespace leren::core {
namespace {

// nlohmann's tree builder (the one parse() uses without a callback) that also keeps the error.
// sax_parse is a template over the reader's type, so this parse_error hides the base's. The
// builder is in nlohmann's detail namespace: pinned with the library (Debian 12's 3.11.2).
class TreeBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  TreeBuilder(nlohmann::json& tree, JsonSyntaxError* error)
      : json_sax_dom_parser(tree, /*allow_exceptions_=*/false), error_(error) {}
  bool parse_error(std::size_t bytesRead, const std::string&, const nlohmann::detail::exception& ex) {
    if (error_) *error_ = {bytesRead, ex.what()};
    return false;
  }

 private:
  JsonSyntaxError* error_;
};

}  // namespace

nlohmann::json parseJson(std::string_view text, JsonSyntaxError* error) {
  nlohmann::json tree;
  if (readWellFormedJson(text, tree)) return tree;
  // Not plain JSON (or not taken by the fast reader): nlohmann reads it and says why.
  tree = nlohmann::json();
  TreeBuilder builder(tree, error);
  if (!nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &builder))
    tree = nlohmann::json(nlohmann::json::value_t::discarded);
  return tree;
}

}  // namespace leren::core
