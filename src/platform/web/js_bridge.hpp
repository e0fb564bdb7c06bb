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
};

// Installs the handlers the exported functions forward to.
void setBridgeHandlers(BridgeHandlers handlers);
// Resolves learningModule.ready (first screen with content drawn). Idempotent.
void notifyReady();
// Tells the page that the description changed (accessibility mirror, listeners).
void notifyScreenChanged();
// The value of a query parameter of the page URL ("" when absent), e.g. ?trainer=1.
std::string queryParam(const std::string& name);
// Opens a URL in a new browser tab (links in content).
void openUrl(const std::string& url);
// Copies text to the system clipboard (needs the user gesture that triggered it).
void copyToClipboard(const std::string& text);
// Offers `content` as a file download.
void downloadFile(const std::string& name, const std::string& mime, const std::string& content);
// Opens an HTML document in a new tab (the printable summary: the browser prints it to PDF).
void openHtml(const std::string& html);
// Lets the learner pick a file; its text arrives later through `onText` (next frames).
void pickTextFile(std::function<void(const std::string&)> onText);

}  // namespace leren::platform
