// The page's checker: a wasm of its own, run in a Web Worker (web/checker/worker.js), that gives
// the full checks of a module or case a trainer edited (core/full_checks.hpp). Only the core;
// no window, no ImGui, no SDL.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/full_checks.hpp"

extern "C" {
// The findings as JSON (core::findingsToJson), malloc'ed: the caller frees them.
EMSCRIPTEN_KEEPALIVE char* lm_check_file(int isCase, const char* path, const char* text, int length, int play) {
  const std::string json =
      leren::core::fullChecksOfFile(isCase != 0, path, std::string(text, static_cast<size_t>(length)), play != 0);
  char* out = static_cast<char*>(std::malloc(json.size() + 1));
  std::memcpy(out, json.c_str(), json.size() + 1);
  return out;
}
}

int main() { return 0; }
