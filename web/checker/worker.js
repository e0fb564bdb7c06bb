// The page's checker (src/platform/web/library_checker.js): a Web Worker that runs the full
// checks of a module or case a trainer edited (core/full_checks.hpp) in a wasm of its own
// (src/platform/web/checker/checker_main.cpp), so the module's wasm does not carry them.
// Messages in: {start: {glue, wasm}} once, then {id, isCase, path, bytes, play}; out: {id, json}
// (the findings) or {id, error}.
let checker = null;

self.onmessage = (e) => {
  const m = e.data;
  if (m.start) {
    checker = new Promise((resolve, reject) => {
      importScripts(m.start.glue);
      createCourseChecker({ locateFile: () => m.start.wasm }).then(resolve, reject);
    });
    checker.catch(() => {});  // reported with the first file
    return;
  }
  if (!checker) {
    self.postMessage({ id: m.id, error: 'the checker was not started' });
    return;
  }
  checker.then((c) => {
    const text = c._malloc(m.bytes.length + 1);
    c.HEAPU8.set(m.bytes, text);
    c.HEAPU8[text + m.bytes.length] = 0;
    const pathBytes = c.lengthBytesUTF8(m.path) + 1;
    const path = c._malloc(pathBytes);
    c.stringToUTF8(m.path, path, pathBytes);
    const out = c._lm_check_file(m.isCase ? 1 : 0, path, text, m.bytes.length, m.play ? 1 : 0);
    const json = c.UTF8ToString(out);
    c._free(out);
    c._free(path);
    c._free(text);
    self.postMessage({ id: m.id, json });
  }).catch((err) => self.postMessage({ id: m.id, error: String(err && err.message || err) }));
};
