// Boots the module: checks the browser, downloads the WebAssembly, fonts and the first screen's
// content with a real progress bar, puts content and fonts into the module's file system, and starts it.
// Anything that goes wrong ends in the error panel with a retry button: never a blank page.
import { learningModule } from './learning-module.js';
import { firstPartImports, laterCode } from './later-code.js';
import { connectLms } from './lms/connect.js';

// The accessible mirror and the text fields over the canvas are built from
// learningModule.describe(), which answers from ready on: their code is fetched then, not before
// the first screen (7 KB less on a phone's link). The text fields first: they fill the mirror's slots.
learningModule.ready.then(() => Promise.all([import('./text-fields.js'), import('./a11y-mirror.js')]), () => null)
  .then((got) => {
    if (!got) return;
    got[0].startTextFields(learningModule);
    got[1].startMirror(learningModule);
  })
  .catch((e) => console.warn('the accessible mirror could not be loaded', e));

const APP = 'sociaal-domein-leren';
const english = /^en\b/i.test(new URLSearchParams(location.search).get('lang') || navigator.language || '');
const T = english ? {
  loading: 'Loading the learning module…', starting: 'Starting…',
  title: 'The learning module cannot start', retry: 'Try again',
  noWasm: 'This browser does not support the WebAssembly this module needs. Use a recent version of Chrome, Edge, Firefox or Safari.',
  noWebgl: 'This browser or device cannot draw with WebGL 2. Turn on hardware acceleration in the browser settings, or use a recent browser.',
  fetchFailed: (f) => `A file could not be loaded: ${f}. Check the connection and try again.`,
  crashed: 'The module stopped because of an internal error.',
  unreadable: (f) => `A file arrived but is not what it should be: ${f}. The server may be sending another page in its place; tell whoever put the module online.`,
  bytes: (a, b) => `${a} of ${b}`,
} : {
  loading: 'Lesmodule wordt geladen…', starting: 'Opstarten…',
  title: 'De lesmodule kan niet starten', retry: 'Opnieuw proberen',
  noWasm: 'Deze browser ondersteunt de WebAssembly niet die deze module nodig heeft. Gebruik een recente versie van Chrome, Edge, Firefox of Safari.',
  noWebgl: 'Deze browser of dit apparaat kan niet tekenen met WebGL 2. Zet hardwareversnelling aan in de browserinstellingen, of gebruik een recente browser.',
  fetchFailed: (f) => `Een bestand kon niet worden geladen: ${f}. Controleer de verbinding en probeer het opnieuw.`,
  crashed: 'De module is gestopt door een interne fout.',
  unreadable: (f) => `Een bestand kwam binnen, maar is niet wat het moet zijn: ${f}. Mogelijk stuurt de server een andere pagina in de plaats; meld het aan wie de module online zette.`,
  bytes: (a, b) => `${a} van ${b}`,
};
if (english) document.documentElement.lang = 'en';

const $ = (id) => document.getElementById(id);
$('loading-text').textContent = T.loading;
$('error-title').textContent = T.title;
$('error-retry').textContent = T.retry;
$('error-retry').addEventListener('click', () => location.reload());

let failed = false;
function fail(message, detail) {
  if (failed) return;
  failed = true;
  $('loading').hidden = true;
  $('error').hidden = false;
  $('error-text').textContent = message;
  $('error-detail').textContent = detail || '';
  $('error-retry').focus();
  learningModule._fail(message + (detail ? ` (${detail})` : ''));
}
window.addEventListener('error', (e) => { if (!learningModule._isReady()) fail(T.crashed, e.message); });
window.addEventListener('unhandledrejection', (e) => { if (!learningModule._isReady()) fail(T.crashed, String(e.reason)); });

// A wasm module that uses the three WebAssembly features the module is compiled with (WEB_OPT in
// cmake/web.cmake): saturating float-to-int, bulk memory and sign extension (Chrome 75, Firefox
// 79, Safari 15; WebGL 2 already needs these versions). wabt's wat2wasm made it from
//   (module (memory 1) (func (param f32) (result i32)
//     (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))
//     (i32.extend8_s (i32.trunc_sat_f32_s (local.get 0)))))
const FEATURE_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 125, 1, 127, 3, 2, 1, 0, 5, 3,
  1, 0, 1, 10, 18, 1, 16, 0, 65, 0, 65, 0, 65, 0, 252, 11, 0, 32, 0, 252, 0, 192, 11]);

// What the browser must be able to do; the reason it cannot, or null. A browser with WebGL 2 whose
// GPU is blocked gets its context refused later (makeContextWhileDownloading, or SDL in main():
// src/platform/web/library_leren.js, js_stop_no_webgl), with the same message.
function missingFeature() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return T.noWasm;
  if (!WebAssembly.validate(FEATURE_PROBE)) return T.noWasm;
  if (typeof WebGL2RenderingContext !== 'function') return T.noWebgl;
  return null;
}

// The module's own WebGL 2 context, made now while the wasm downloads: making one takes 15-30 ms
// on a laptop (more on a phone), and SDL's request for it later gets this same context back.
// The attributes are the ones SDL asks for with the window src/platform/web/web_runtime.cpp
// opens (tests/web/shell.test.mjs compares them): the first request decides them. On a quick
// link (the page itself in within QUICK_LINK_MS of asking), or with the wasm in already, there
// is no download to hide it behind, and SDL makes it in main(), in the task that draws the
// first screen: made here, it cost a compositor frame of its own before the start and a resize
// of its drawing buffer after (docs/performance.md, "Twenty-first session"). False: refused.
const QUICK_LINK_MS = 30;
function makeContextWhileDownloading(wasmUrl) {
  const page = performance.getEntriesByType('navigation')[0];
  if (page && page.responseEnd - page.requestStart < QUICK_LINK_MS) return true;
  if (performance.getEntriesByName(new URL(wasmUrl, location.href).href).length) return true;
  return !!$('canvas').getContext('webgl2', { alpha: false, depth: true, stencil: false, antialias: false });
}

// A step of the start-up on the page's timeline (the module marks its own: library_leren.js).
function mark(step, value) {
  if (self.performance && performance.mark) performance.mark('leren:' + step);
  return value;
}

// --- progress over every byte we download --------------------------------------------------
const expected = {}; // url -> bytes expected
const received = {}; // url -> bytes received
const kb = (n) => (n / 1024 < 1024 ? `${Math.round(n / 1024)} kB` : `${(n / 1048576).toFixed(1)} MB`);
// A start that is over in half a second shows a still panel: the bar moves only after that.
// Drawn from the first byte, its every step was a frame for the browser to lay out, paint and
// composite (with SwiftShader or a slow GPU, on the same cores) while the start needed them: 18 ms
// of a 250 ms start in 50 interleaved visits (docs/performance.md, "Twelfth session").
const PROGRESS_AFTER_MS = 500;
let progressShown = false;
setTimeout(() => { progressShown = true; showProgress(); }, PROGRESS_AFTER_MS);
function showProgress() {
  if (!progressShown) return;
  let got = 0, total = 0;
  for (const u in expected) { total += expected[u]; got += Math.min(received[u] || 0, expected[u]); }
  const pct = total ? Math.round((got / total) * 100) : 0;
  $('loading-fill').style.width = pct + '%';
  document.querySelector('#loading .bar').setAttribute('aria-valuenow', String(pct));
  $('loading-bytes').textContent = total ? T.bytes(kb(got), kb(total)) : '';
}

// Fetches url, counting bytes as they arrive; resolves to a Response over the same bytes.
// A versioned URL (`?v=<hash>`, see versioned()) may come from the browser's cache as it is;
// any other is revalidated with the server (a new build, a trainer's edit: seen at once).
async function fetchCounted(url, size) {
  let res;
  const cache = /[?&]v=/.test(url) ? 'default' : 'no-cache';
  try { res = await fetch(url, { cache }); } catch (e) { throw new Error(url, { cause: e }); }
  if (!res.ok) throw new Error(`${url} (HTTP ${res.status})`);
  expected[url] = size || Number(res.headers.get('Content-Length')) || expected[url] || 1;
  received[url] = 0;
  if (!res.body) { received[url] = expected[url]; showProgress(); return res; }
  const counter = new TransformStream({
    transform(chunk, ctl) { received[url] += chunk.byteLength; showProgress(); ctl.enqueue(chunk); },
    flush() { received[url] = expected[url]; showProgress(); },
  });
  return new Response(res.body.pipeThrough(counter), { headers: res.headers });
}

// Content goes to the module as the bytes the server sent: its loader decides about
// encoding, byte order marks and bad UTF-8, exactly as coursetool does (.text() would replace
// bad bytes silently).
async function fetchBytes(url) { return new Uint8Array(await (await fetchCounted(url)).arrayBuffer()); }

// What the first screen needs: course.json, the UI strings it names and the course index that
// coursetool wrote at build time (titles, summaries, what progress and search need). Modules,
// cases and the glossary are fetched by the module when they are needed
// (src/platform/web/web_content.cpp); without an index it fetches them all before home. A file
// that fails to parse is still handed to the module, whose loader names the file and position;
// a missing file is reported by the module.
// The strings file the build saw in course.json (`guess`, from the page's build info) is asked
// for at once, beside course.json, not after it: a round trip less.
async function fetchContent(guess) {
  const files = {};
  const safe = (name) => typeof name === 'string' && !name.startsWith('/') && !name.split('/').some((p) => p === '' || p === '.' || p === '..');
  const course = fetchBytes('content/course.json');
  const index = fetchBytes('content/index.json').catch(() => null);
  const guessed = safe(guess) ? fetchBytes('content/' + guess).catch(() => null) : null;
  files['course.json'] = await course;
  let strings = null;
  try {
    const c = JSON.parse(new TextDecoder().decode(files['course.json']));
    if (typeof c.strings === 'string') strings = c.strings;
  } catch (e) { /* the module reports the syntax error */ }
  // Never outside content/ (the module refuses such names too and reports them).
  if (!safe(strings)) strings = null;
  if (strings) {
    // A trainer may have named another file since the build.
    const bytes = strings === guess ? await guessed : null;
    try { files[strings] = bytes || await fetchBytes('content/' + strings); } catch (e) { /* reported as missing */ }
  }
  const indexBytes = await index;
  if (indexBytes) files['index.json'] = indexBytes;
  return { files, strings: strings && files[strings] };
}

// The large files no one edits (the wasm, the glue, the fonts) are requested by their content:
// `name?v=<hash>` from manifest.json (scripts/write-manifest.mjs), which a server may let the
// browser keep for a year (README, "Serving dist/"). content/ never: trainers edit it in place
// (docs/performance.md, "Caching and offline"). Without a hash, the plain name.
function versioned(manifest, name) {
  const v = manifest.versioned && manifest.versioned[name];
  return typeof v === 'string' && /^[0-9a-f]+$/.test(v) ? `${name}?v=${v}` : name;
}

// The italic face is used only for emphasis in pages (src/ui/fonts.hpp): it comes after the
// first screen, into the module's file system, and the module builds it before its next frame.
// Until then (or if it cannot be had) emphasis is drawn upright.
const LATER_FONT = 'NotoSans-Italic.ttf';
function loadLaterFont(manifest) {
  learningModule.ready.then(() => fetch(versioned(manifest, `fonts/${LATER_FONT}`)), () => null).then((res) => {
    if (!res) return;
    if (!res.ok) throw new Error(`fonts/${LATER_FONT} (HTTP ${res.status})`);
    return res.arrayBuffer().then((buffer) => {
      const M = window.Module;
      M.FS_createDataFile('/fonts', LATER_FONT, new Uint8Array(buffer), true, true, false);
      M._lm_italic_font_arrived();
    });
  }).catch((e) => console.warn('italic font not loaded', e));
}

// After the first screen, for a standalone page: the service worker that makes the module work
// offline (web/offline.js decides whether it may, and never throws).
function startOfflineLater(manifest, content) {
  learningModule.ready.then(() => Promise.all([import('./offline.js'), content]), () => null).then((got) => {
    if (!got) return;
    const [offline, c] = got;
    let strings = null;
    try { strings = c.strings ? JSON.parse(new TextDecoder().decode(c.strings)) : null; } catch (e) { /* no text then */ }
    // What happened ('offline-ready', 'registered', or why no worker), for tests and support.
    return offline.startOffline({ build: manifest.build, strings }).then((what) => { learningModule._offline = what; });
  }).catch((e) => console.info('offline', e));
}

// What the build wrote into index.html (scripts/write-manifest.mjs): the build id, sizes,
// versioned names and the UI strings file; without it (a page not made by the build),
// manifest.json, a round trip more.
async function buildInfo() {
  try {
    const info = JSON.parse(document.getElementById('build-info').textContent);
    if (info && typeof info === 'object' && info.sizes) return info;
  } catch (e) { /* not there: ask the server */ }
  try {
    const manifest = await (await fetch('manifest.json', { cache: 'no-cache' })).json();
    if (manifest && typeof manifest === 'object' && manifest.sizes) return manifest;
  } catch (e) { /* sizes from headers */ }
  return { sizes: {} };
}

async function boot() {
  const manifest = await buildInfo();
  const content = fetchContent(manifest.strings);
  const missing = missingFeature();
  if (missing) { fail(missing); return; }
  const wasmName = `${APP}.wasm`;
  const fontNames = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'Symbols.ttf'];  // and LATER_FONT
  // Announce the big downloads up front so the bar does not jump back when they start.
  for (const f of [wasmName, ...fontNames.map((n) => `fonts/${n}`)]) if (manifest.sizes[f]) expected[versioned(manifest, f)] = manifest.sizes[f];
  showProgress();

  // Streaming compilation needs the server to say application/wasm; an LMS's file server
  // often says application/octet-stream, so the bytes are compiled whole then.
  const compile = (res) => WebAssembly.compileStreaming && /^application\/wasm\b/i.test(res.headers.get('Content-Type') || '')
    ? WebAssembly.compileStreaming(res)
    : res.arrayBuffer().then((b) => WebAssembly.compile(b));
  const wasmModule = fetchCounted(versioned(manifest, wasmName), manifest.sizes[wasmName]).then(compile)
    .then((compiled) => mark('wasm-compiled', compiled));
  if (!makeContextWhileDownloading(versioned(manifest, wasmName))) { fail(T.noWebgl); return; }
  // The rest of the code (web/later-code.js): fetched once the first part is in (not in the
  // progress bar), compiled after the first screen, or at once when the start needs it (below).
  const laterName = `${APP}.deferred.wasm`;
  const later = manifest.sizes[laterName] ? laterCode({
    url: versioned(manifest, laterName), fetchAfter: wasmModule, mark, failed: (url) => fail(T.fetchFailed(url)),
    compileAfter: learningModule.ready.catch(() => {}),
  }) : null;
  const fonts = Promise.all(fontNames.map(async (n) => {
    const name = `fonts/${n}`;
    return [n, new Uint8Array(await (await fetchCounted(versioned(manifest, name), manifest.sizes[name])).arrayBuffer())];
  }));
  startOfflineLater(manifest, content);
  loadLaterFont(manifest);
  // The LMS that launched the module, if any (web/lms): its resume state and launch settings
  // must be there before the module starts. Standalone it finds nothing. The bridge is part of
  // this script, not an import of lms/main.js (which LMS players may load on their own): its
  // three files were three more requests before the start (docs/performance.md, "Twelfth session").
  const lms = connectLms({ win: window, search: location.search }).then((bridge) => {
    window.learningModuleLms = bridge;
    return bridge;
  }, (e) => {
    console.warn('LMS bridge not connected', e);
    return null;
  });

  // The glue script is requested now, in parallel with the rest: when it runs it asks for the
  // wasm (instantiateWasm), which is handed over once the fonts, the first screen's content
  // and the LMS bridge are in too; preRun then puts them into the module's file system.
  const everything = Promise.all([wasmModule, fonts, content, lms]).then((all) => mark('files-in', all));
  everything.then(([, , , bridge]) => {
    if (bridge && bridge.on) learningModule.ready.then(() => bridge.on('notice', (n) => learningModule._notice(n.text)), () => {});
    $('loading-text').textContent = T.starting;
  }, (e) => fail(T.fetchFailed(e.message), ''));
  let fontFiles = [], contentFiles = {};

  window.Module = {
    canvas: $('canvas'),
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    instantiateWasm(imports, done) {
      // A start on a page or a case (a link to one), or without the course index (every file
      // is read first), runs code of the second part at once: wait for it here, while the
      // loading screen shows, rather than load it synchronously then.
      const startsDeep = /[?&](module|case|page|play|screen)=/.test(location.search);
      const startsOnLaterCode = (content) => later && (startsDeep || !content.files['index.json']);
      everything.then((all) => (startsOnLaterCode(all[2]) ? later.compiledNow().then(() => all) : all)).then(([compiled, f, c]) => {
        fontFiles = f;
        contentFiles = c.files;
        return WebAssembly.instantiate(compiled, later ? firstPartImports(imports) : imports).then((inst) => {
          if (later) later.started(inst.exports);
          done(mark('instantiated', inst), compiled);
        }).catch((e) => fail(T.crashed, String(e)));
      }, () => { /* reported above */ });
      return {};
    },
    // The glue is minified by Closure, which renames FS's methods: these two exports keep their
    // names (cmake/web.cmake). createPath makes every missing folder and ignores existing ones.
    preRun: [() => {
      const M = window.Module;
      M.FS_createPath('/', 'fonts', true, true);
      for (const [n, bytes] of fontFiles) M.FS_createDataFile('/fonts', n, bytes, true, true, false);
      M.FS_createPath('/', 'content', true, true);
      for (const [path, bytes] of Object.entries(contentFiles)) {
        const slash = path.lastIndexOf('/');
        const dir = slash < 0 ? 'content' : 'content/' + path.slice(0, slash);
        M.FS_createPath('/', dir, true, true);
        M.FS_createDataFile('/' + dir, path.slice(slash + 1), bytes, true, true, false);
      }
    }],
    onAbort: (what) => fail(T.crashed, String(what)),
    // A file that came but cannot be used (src/platform/web/library_leren.js, js_stop_unreadable).
    lerenUnreadable: (files) => fail(T.unreadable(files)),
    // SDL could not make the WebGL 2 context (library_leren.js, js_stop_no_webgl).
    lerenNoWebgl: () => fail(T.noWebgl),
    // The browser took the WebGL context away, or gave it back (''): the module's words, in the
    // learner's language, over the blank canvas (src/platform/web/web_runtime.cpp).
    lerenGpuNote: (text) => { $('gpu-note').textContent = text; },
    // The second part of the code (web/later-code.js): library_leren.js hands content over after
    // it is in; the glue's placeholders load it at once if a function of it is called earlier.
    lerenLaterCode: later ? later.need : null,
    // The page's checker, for a file a trainer edited (src/platform/web/library_checker.js).
    lerenChecker: {
      worker: versioned(manifest, 'checker/worker.js'),
      glue: versioned(manifest, 'checker/course-checker.js'),
      wasm: versioned(manifest, 'checker/course-checker.wasm'),
    },
    loadSplitModule: later ? later.loadSplitModule : undefined,
  };
  learningModule._attach(window.Module, () => {
    $('loading').hidden = true;
  });
  const s = document.createElement('script');
  s.src = versioned(manifest, `${APP}.js`);
  s.onerror = () => fail(T.fetchFailed(`${APP}.js`));
  document.body.appendChild(s);
}

boot().catch((e) => fail(T.crashed, String(e && e.message || e)));
