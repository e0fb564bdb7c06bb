#pragma once
// Where the learner is, as the query of a URL, for the browser's history (Back, Forward,
// reload) and for deep links: the parameters of docs/lms.md (?case=<id>, ?module=<id>&page=<id>,
// page=check for the knowledge check) plus play=1 (a case past its intro) and
// screen=progress|settings|glossary|trainer|problems. Home is the empty query.
#include <string>

#include "ui/app_model.hpp"

namespace leren::ui {

// The query for what the model shows ("" for home), parameters in a fixed order.
std::string routeOf(const Model& model);

// Opens what `query` names (unknown or unavailable targets: home). Returns false when the query
// named nothing that could be opened (the model is then at home).
bool openRoute(Model& model, const std::string& query);

// The value of `key` in a query string ("a=1&b=2"), percent-decoded; "" when absent.
std::string queryValue(const std::string& query, const std::string& key);

}  // namespace leren::ui
