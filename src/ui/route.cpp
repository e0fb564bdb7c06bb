#include "ui/route.hpp"

#include <cctype>

namespace leren::ui {
namespace {

std::string decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Ids are [A-Za-z0-9._-] (the loader checks them); anything else is encoded all the same.
std::string encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '.' || c == '_' || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

const char* screenName(Screen s) {
  switch (s) {
    case Screen::progress:
      return "progress";
    case Screen::settings:
      return "settings";
    case Screen::glossary:
      return "glossary";
    case Screen::trainer:
      return "trainer";
    case Screen::problems:
      return "problems";
    default:
      return "";
  }
}

}  // namespace

std::string queryValue(const std::string& query, const std::string& key) {
  size_t i = 0;
  while (i <= query.size()) {
    size_t end = query.find('&', i);
    if (end == std::string::npos) end = query.size();
    const std::string part = query.substr(i, end - i);
    const size_t eq = part.find('=');
    if (decode(part.substr(0, eq)) == key) return eq == std::string::npos ? "" : decode(part.substr(eq + 1));
    i = end + 1;
  }
  return "";
}

std::string routeOf(const Model& model) {
  const Nav& n = model.nav;
  switch (n.screen) {
    case Screen::home:
      return "";
    case Screen::page:
    case Screen::quiz:
    case Screen::moduleDone: {
      const core::Module* m = model.module();
      if (!m) return "";
      std::string page = n.screen == Screen::quiz         ? "check"
                         : n.screen == Screen::moduleDone ? "done"
                         : m->pages.empty()               ? ""
                                                          : m->pages[std::min<size_t>(n.page, m->pages.size() - 1)].id;
      return "module=" + encode(m->id) + "&page=" + encode(page);
    }
    case Screen::caseView: {
      const core::Case* c = model.currentCase();
      if (!c) return "";
      return "case=" + encode(c->id) + (model.caseStarted ? "&play=1" : "");
    }
    default:
      return std::string("screen=") + screenName(n.screen);
  }
}

bool openRoute(Model& model, const std::string& query) {
  const core::Course& c = model.course;
  const std::string caseId = queryValue(query, "case"), moduleId = queryValue(query, "module"),
                    pageId = queryValue(query, "page"), screen = queryValue(query, "screen");
  for (size_t i = 0; i < c.cases.size() && !caseId.empty(); ++i)
    if (c.cases[i].id == caseId && c.cases[i].available) {
      model.nav = Nav{Screen::caseView, -1, 0, static_cast<int>(i)};
      model.caseStarted = queryValue(query, "play") == "1";
      return true;
    }
  for (size_t i = 0; i < c.modules.size() && !moduleId.empty(); ++i) {
    const core::Module& m = c.modules[i];
    if (m.id != moduleId || !m.available || m.pages.empty()) continue;
    const int mi = static_cast<int>(i);
    if (pageId == "check" && !m.quiz.questions.empty()) {
      model.nav = Nav{Screen::quiz, mi, 0};
    } else if (pageId == "done") {
      model.nav = Nav{Screen::moduleDone, mi, 0};
    } else {
      model.nav = Nav{Screen::page, mi, 0};
      for (size_t p = 0; p < m.pages.size(); ++p)
        if (m.pages[p].id == pageId) model.nav.page = static_cast<int>(p);
    }
    return true;
  }
  const std::pair<const char*, Screen> screens[] = {{"progress", Screen::progress},
                                                    {"settings", Screen::settings},
                                                    {"glossary", Screen::glossary},
                                                    {"trainer", Screen::trainer},
                                                    {"problems", Screen::problems}};
  for (const auto& [name, s] : screens)
    if (screen == name && (s != Screen::trainer || model.trainerMode)) {
      model.nav = Nav{s};
      return true;
    }
  model.nav = Nav{};
  return query.empty();
}

}  // namespace leren::ui
