#pragma once
// The C++ side of window.learningModule (web/learning-module.js): exported C functions the
// page calls, and notifications the module sends to the page.
#include <functional>
#include <string>

namespace leren::platform {

struct BridgeHandlers {
  std::function<std::string()> describe;                                // JSON
  std::function<bool(const std::string&)> activate;                     // element id
  std::function<bool(const std::string&, double)> setValue;             // element id, value
  std::function<std::string()> state;                                   // JSON
  std::function<bool(bool)> focusAtEdge;                                // backwards?
  std::function<bool(const std::string&, const std::string&)> setText;  // element id, text
  std::function<void()> flush;                                          // the page is being hidden or left: save now
  std::function<bool(const std::string&)> reveal;                       // scroll element id into view
  std::function<void(const std::string&, const std::string&)> notice;   // Dutch, English: tell the learner
  std::function<void()> storageChanged;  // another tab wrote progress (the `storage` event)
};

// Installs the handlers the exported functions forward to.
void setBridgeHandlers(BridgeHandlers handlers);
// Resolves learningModule.ready (first screen with content drawn). Idempotent.
void notifyReady();
// Whether notifyReady() has been called: the first screen is up.
bool readyNotified();
// Tells the page that the description changed (accessibility mirror, listeners).
void notifyScreenChanged();
// Marks a step of the start-up on the page's timeline (performance.mark("leren:<step>")).
void markStartup(const char* step);
// The value of a query parameter of the page URL ("" when absent), e.g. ?trainer=1.
std::string queryParam(const std::string& name);
// Where a picked file's text goes (WebHost::pickTextFile); empty text: it could not be read.
void onFilePicked(std::function<void(const std::string&)> handler);
// Where Back/Forward went (WebHost::onNavigated): the location of the history entry.
void onHistoryNavigated(std::function<void(const std::string&)> handler);

}  // namespace leren::platform
