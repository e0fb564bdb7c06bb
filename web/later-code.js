// The module's wasm comes in two parts (scripts/split-wasm.mjs): the code the first screen runs,
// and the rest. This brings in the rest. It is asked for once the first part has arrived (the
// link is free while the module starts), compiled after the first screen (or as soon as the
// module needs it) and put into the running module: instantiating it fills the rest's places in
// the module's function table. Content the module asks for is handed over only after that
// (library_leren.js, js_fetch_content, which also starts the compile at once if it has not
// started yet), so opening a module or case never waits for code on the main thread.
//
// A function of the second part called before it is in (the profile the split followed missed
// it) still works: Emscripten's placeholder for it calls Module.loadSplitModule, which fetches
// and compiles the part there and then, synchronously, and the call goes on.

// Chromium refuses a synchronous request for binary data on the main thread, but not for text:
// with the x-user-defined charset each byte comes back as one character.
function fetchNow(url) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.overrideMimeType('text/plain; charset=x-user-defined');
  xhr.send();
  if (xhr.status !== 200) throw new Error(`the module's second part (${url}) could not be loaded: HTTP ${xhr.status}`);
  const text = xhr.responseText, bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

// The import namespaces scripts/split-wasm.mjs gives wasm-split: the first part imports its
// placeholders from `p`, the second imports the first's exports from `f`. Emscripten's glue names
// them "placeholder" and "primary" (wasm-split's defaults); these two functions translate.
export function firstPartImports(imports) {
  const { placeholder, ...rest } = imports;
  return { ...rest, p: placeholder };
}
const secondPartImports = (firstExports) => ({ f: firstExports });

// url: the second part; fetchAfter and compileAfter: promises that settle when the link and
// the processor may be used for it (the first part has arrived; the first screen is up: compiling
// beside the start-up slowed it down on two cores); mark(step): a performance mark; failed(url):
// shows the learner that a file could not be loaded (the code that needed it cannot go on).
export function laterCode({ url, fetchAfter, compileAfter, mark, failed }) {
  let compiled = null, instance = null, running, needNow;
  const firstRunning = new Promise((resolve) => { running = resolve; });
  const needed = new Promise((resolve) => { needNow = resolve; });
  const put = (imports) => {
    if (!instance) {
      instance = new WebAssembly.Instance(compiled || new WebAssembly.Module(fetchNow(url)), imports);
      mark('later-code-in');
    }
    return instance;
  };
  // One background load: `arrived` settles when it is compiled, `done` (never rejects) when it is
  // in (true) or failed (false). A failed one is tried again when the module next needs the code.
  let load = null;
  const startLoad = (after) => {
    const arrived = after.then(() => fetch(url)).then((res) => {
      if (!res.ok) throw new Error(`${url} (HTTP ${res.status})`);
      return res.arrayBuffer();
    }).then((bytes) => Promise.race([compileAfter, needed]).then(() => WebAssembly.compile(bytes)))
      .then((module) => { compiled = module; });
    const done = Promise.all([arrived, firstRunning]).then(([, exports]) => { put(secondPartImports(exports)); return true; })
      .catch((e) => {
        console.warn('the module\'s second part did not load in the background; it loads when next needed', e);
        return false;
      });
    load = { arrived, done, failed: false };
    done.then((ok) => { load.failed = !ok && !instance; });
    return load;
  };
  startLoad(fetchAfter);
  return {
    // Compiles the second part as soon as it has arrived; settles, never rejects, when it is
    // compiled (true) or could not be (false).
    compiledNow() { needNow(); return load.arrived.then(() => true, () => false); },
    // The module asks for content (library_leren.js): the code that reads it is needed now, also
    // before the first screen (a course without a current index reads every file first). Settles,
    // never rejects, once the second part is in or could not be fetched now.
    need() {
      needNow();
      return (load.failed ? startLoad(Promise.resolve()) : load).done;
    },
    // The first part runs: the second imports its exports (memory, table, functions).
    // Put in at once when it is already compiled: the start may call it right away.
    started(exports) {
      running(exports);
      if (compiled) put(secondPartImports(exports));
    },
    // Emscripten's placeholder (preamble.js, SPLIT_MODULE): must return the instance at once.
    loadSplitModule: (file, imports) => {
      try { return put(secondPartImports(imports.primary)); } catch (e) { failed(url); throw e; }
    },
  };
}
