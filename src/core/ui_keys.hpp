#pragma once
// The UI string keys the code asks for (tr("..."), format("...", ...) and the keys it passes
// along), with where. Generated at build time by scripts/ui-keys.py from every source under
// src/, so moving or renaming UI files needs nothing here; see that script for what it finds.
#include <string_view>
#include <vector>

namespace leren::core {

struct UiKeyUse {
  std::string_view key;
  std::string_view file;  // relative to the repository, e.g. "src/ui/views/home_view.cpp"
  int line = 0;
};

// Every key, once, with its first use.
const std::vector<UiKeyUse>& uiKeysUsedByCode();
// Calls whose key the scan could not follow (a key computed at run time); each is listed
// so that a test can insist there are none.
const std::vector<UiKeyUse>& uiKeyCallsNotFollowed();

}  // namespace leren::core
