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

// The picture port: what the UI needs of the page to show a course image (a PNG or JPEG of
// the course folder). The UI decodes the bytes itself (core/image_decode.hpp, the same reader
// the build checked them with); the platform fetches the file and makes a texture
// (platform/web/web_pictures: WebGL2). Native UI tests use a fake (tests/ui).
class Pictures {
 public:
  virtual ~Pictures() = default;
  // Fetches `path` ("images/x.png", relative to the course folder); `done` receives the
  // bytes later, between frames, or nullopt when the file could not be fetched.
  virtual void fetch(const std::string& path, std::function<void(std::optional<std::string> bytes)> done) = 0;
  // A texture of `rgba` (width * height * 4 bytes, top row first) for ImGui's draw lists;
  // 0 when none could be made.
  virtual std::uintptr_t makeTexture(int width, int height, const unsigned char* rgba) = 0;
};

}  // namespace leren::ui
