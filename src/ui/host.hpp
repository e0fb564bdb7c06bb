#pragma once
// The host port: what the UI asks of the page it runs in. The web platform implements it
// (platform/web/web_host), the native UI tests with a recording fake (tests/ui). The UI
// never includes a platform header; this is its only way out.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace leren::ui {

class Host {
 public:
  virtual ~Host() = default;
  // Opens a web link (http/https/mailto only) in a new tab, without access to this page.
  virtual void openUrl(const std::string& url) = 0;
  // Copies text to the system clipboard (within the user gesture that asked for it).
  virtual void copyText(const std::string& text) = 0;
  // Offers `content` as a file download named `name`.
  virtual void download(const std::string& name, const std::string& mime, const std::string& content) = 0;
  // Opens an HTML document in a new tab (the printable summary).
  virtual void openHtml(const std::string& html) = 0;
  // Lets the learner pick a text file; its text arrives later through `onText` (empty when
  // the file could not be read).
  virtual void pickTextFile(std::function<void(const std::string&)> onText) = 0;

  // Browser history. `location` is where the learner is, as a URL query (ui/route.hpp:
  // "module=wmo-route&page=melding", "" for home); `title` names it. push: a new entry (the
  // learner moved); replace: the current entry now shows this. The page decides how (the URL
  // of a page of its own; inside an LMS frame without growing the LMS page's history).
  virtual void pushLocation(const std::string& location, const std::string& title) = 0;
  virtual void replaceLocation(const std::string& location, const std::string& title) = 0;
  // Back or Forward took the learner to `location`: `handler` opens it (kept; set once).
  virtual void onNavigated(std::function<void(const std::string& location)> handler) = 0;
};

// A course picture as the page made it: a texture for ImGui's draw lists and its size, or what
// went wrong.
struct LoadedPicture {
  std::uintptr_t texture = 0;
  int width = 0, height = 0;  // pixels; also set for "limit.image-pixels"
  // "" when it is there; else "fetch" (the file did not arrive), "image.unreadable" (not a PNG
  // or JPEG the reader can read), "limit.image-size", "limit.image-pixels" (over
  // core/content_limits.hpp's limits: the build's codes) or "texture" (none could be made).
  std::string problem;
};

// The picture port: what the UI needs of the page to show a course image (a PNG or JPEG of
// the course folder). The platform fetches the file, reads it within the content limits and
// makes a texture: on the web the browser decodes it, off the main thread
// (platform/web/web_pictures: WebGL2); the native UI tests' fake reads it with the build's own
// reader (core/image_decode.hpp).
class Pictures {
 public:
  virtual ~Pictures() = default;
  // Loads `path` ("images/x.png", relative to the course folder); `done` receives the picture
  // later, between frames.
  virtual void load(const std::string& path, std::function<void(LoadedPicture)> done) = 0;
};

}  // namespace leren::ui
