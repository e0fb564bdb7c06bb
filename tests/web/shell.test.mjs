// The app shell as a learner's browser sees it: loading, the home screen from content, the
// test contract, the language switch, idle rendering, and errors that never blank the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { launchBrowser, openModule, describe, state, activate, activateAndWait, waitFor, screenshot, courseFiles, dist, root, idle } from './harness.mjs';
import { dynamicImports, staticImports } from '../../scripts/bundle-web.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

test('home lists every module and case of the shipped content, in Dutch', async () => {
  const m = await openModule(browser);
  try {
    const d = await describe(m.page);
    assert.equal(d.screen, 'home');
    assert.equal(d.lang, 'nl');
    const { modules, cases } = courseFiles();
    for (const mod of modules) {
      const card = d.elements.find((e) => e.id === `home.module.${mod.id}`);
      assert.ok(card, `module ${mod.id} listed`);
      assert.match(card.label, new RegExp(mod.title.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.equal(card.role, 'button');
      assert.ok(card.w > 100 && card.h > 40, 'card has a real rectangle');
    }
    for (const c of cases) assert.ok(d.elements.find((e) => e.id === `home.case.${c.id}`), `case ${c.id} listed`);
    assert.equal(d.elements.find((e) => e.id === 'nav.progress').label, 'Voortgang');
    assert.deepEqual(m.errors, []);
    await screenshot(m.page, 'shell-home-1280x800');
    console.log(`time from navigation to ready: ${m.readyMs} ms`);
  } finally { await m.close(); }
});

test('activate opens a module page; unknown ids return false', async () => {
  const m = await openModule(browser);
  try {
    const { modules } = courseFiles();
    const first = modules[0];
    assert.equal(await activate(m.page, 'no.such.element'), false);
    const d = await activateAndWait(m.page, `home.module.${first.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), first.id);
    assert.equal(d.screen, `page.${first.id}.${first.pages[0].id}`);
    assert.equal(d.elements.find((e) => e.id === 'page.title').label, first.pages[0].title.nl);
    const s = await state(m.page);
    assert.equal(s.module, first.id);
    assert.equal(s.page, first.pages[0].id);
    await screenshot(m.page, 'shell-page-1280x800');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('the language switch changes every label without a reload', async () => {
  const m = await openModule(browser);
  try {
    await m.page.evaluate(() => { window.__notReloaded = true; });
    const { modules } = courseFiles();
    let d = await activateAndWait(m.page, 'nav.lang.en', (d) => d.lang === 'en');
    assert.equal(d.elements.find((e) => e.id === 'nav.progress').label, 'Progress');
    assert.match(d.elements.find((e) => e.id === `home.module.${modules[0].id}`).label, new RegExp(modules[0].title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(d.elements.find((e) => e.id === 'home.modules').label, 'Modules');
    assert.equal(d.elements.find((e) => e.id === 'home.cases').label, 'Cases');
    assert.equal(await m.page.evaluate(() => window.__notReloaded), true);
    await screenshot(m.page, 'shell-home-en');
    d = await activateAndWait(m.page, 'nav.lang.nl', (d) => d.lang === 'nl');
    assert.equal(d.elements.find((e) => e.id === 'home.cases').label, 'Casussen');
  } finally { await m.close(); }
});

test('an idle module draws no frames', async () => {
  const m = await openModule(browser);
  try {
    await m.page.waitForTimeout(300); // let the first frames settle
    const a = (await state(m.page)).framesDrawn;
    await m.page.waitForTimeout(2000);
    const b = (await state(m.page)).framesDrawn;
    console.log(`frames drawn while idle for 2 s: ${b - a}`);
    assert.ok(b - a <= 2, `drew ${b - a} frames while idle`);
    // ...and it does draw again when asked to.
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    assert.ok((await state(m.page)).framesDrawn > b);
  } finally { await m.close(); }
});

// A module opened while its file is on its way: the tap's frame shows the loading screen (the
// UI draws the new screen in the frame that took the tap) and then the module draws nothing until
// the file is in; frames of a loading screen only took the main thread from the file.
test('a loading screen is drawn in the frame of the tap and then waits for its file', async () => {
  const { course, modules } = courseFiles();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const m = await openModule(browser, { routes: [[`**/content/${course.modules[1]}`, async (route) => { await held; await route.continue(); }]] });
  try {
    const id = modules[1].id;
    await m.page.waitForTimeout(300);
    const before = (await state(m.page)).framesDrawn;
    assert.equal(await activate(m.page, `home.module.${id}`), true);
    await m.page.waitForTimeout(1000);
    const s = await state(m.page);
    assert.equal(s.screen, `loading.module.${id}`);
    assert.equal(s.framesDrawn - before, 1, `frames drawn while the file was held: ${s.framesDrawn - before}`);
    release();
    await m.page.waitForFunction((p) => window.learningModule.state().screen.startsWith(p), `page.${id}.`);
  } finally { release(); await m.close(); }
});

test('a content file that fails to parse is named with its position; the rest works', async () => {
  const { course, modules } = courseFiles();
  const brokenFile = course.modules[1];
  const text = readFileSync(join(dist, 'content', brokenFile), 'utf8');
  const broken = text.replace(/"title"\s*:/, '"title" ::');  // a syntax error on a known line
  const line = broken.slice(0, broken.indexOf('::')).split('\n').length;
  const m = await openModule(browser, { overrides: { [`/content/${brokenFile}`]: broken } });
  try {
    // Not the file the build's index describes: home lists it once it has been fetched and
    // checked in full (idle prefetch, right after the first screen).
    const d = await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'home.problems'));
    const problem = d.elements.find((e) => e.id === 'home.problems');
    assert.ok(problem, 'problem notice on home');
    assert.match(problem.label, new RegExp(`${brokenFile.replace(/[.]/g, '\\.')}:${line}:`));
    const card = d.elements.find((e) => e.id.startsWith('home.module.') && e.disabled);
    assert.ok(card, 'the broken module is listed as unavailable');
    // Every other module still opens.
    const other = modules[0];
    await activateAndWait(m.page, `home.module.${other.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), other.id);
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    await activateAndWait(m.page, 'home.problems.open', (d) => d.screen === 'problems');
    await screenshot(m.page, 'shell-problems');
  } finally { await m.close(); }
});

test('a file that cannot be downloaded shows the error panel with a retry button', async () => {
  const m = await openModule(browser, { overrides: { '/sociaal-domein-leren.wasm': null }, waitReady: false });
  try {
    await m.page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
    const text = await m.page.textContent('#error-text');
    assert.match(text, /sociaal-domein-leren\.wasm/);
    assert.ok(await m.page.isVisible('#error-retry'));
    await screenshot(m.page, 'shell-error-panel');
  } finally { await m.close(); }
});

// A server that answers a font's request with a page of its own (a "not found" page with status
// 200, as some single-page hostings do): the fonts cannot be read and nothing could be drawn, so
// the module stops with the error panel that names them. ImGui's built-in font, the fallback
// before, is not in the build (scripts/patches).
test('a font file that is not a font stops the start with the error panel naming the fonts', async () => {
  const notFound = '<!doctype html><html><head><title>Not found</title></head><body>Not found</body></html>';
  const m = await openModule(browser, { overrides: { '/fonts/NotoSans-Regular.ttf': notFound }, waitReady: false });
  try {
    await m.page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
    const text = await m.page.textContent('#error-text');
    assert.match(text, /(niet wat het moet zijn|not what it should be): fonts\/NotoSans-Regular\.ttf/);
    assert.ok(await m.page.isHidden('#loading'));
    assert.equal(await m.page.evaluate(() => window.learningModule._isReady()), false, 'the module never says it is ready');
  } finally { await m.close(); }
});

// What the bar showed, and when (ms after navigation).
const recordProgress = () => {
  window.__progress = [];
  document.addEventListener('DOMContentLoaded', () => {
    const bar = document.querySelector('#loading .bar');
    new MutationObserver(() => window.__progress.push({ value: Number(bar.getAttribute('aria-valuenow')), at: performance.now() })).observe(bar, { attributes: true });
  });
};

// On a slow link (a phone's: 150 ms round trips, 1.6 Mbit/s) the bar counts the bytes.
test('the loading screen shows real byte progress before the module runs, on a slow link', async () => {
  const m = await openModule(browser, { initScript: recordProgress, network: { latency: 150, download: 1.6e6 / 8 } });
  try {
    const seen = await m.page.evaluate(() => window.__progress.map((p) => p.value));
    assert.ok(seen.length >= 2, `progress updated (saw ${seen.join(',')})`);
    assert.equal(seen[seen.length - 1], 100);
    assert.ok(seen.some((v) => v > 0 && v < 100), `intermediate values seen (${seen.join(',')})`);
    assert.ok(await m.page.isHidden('#loading'));
  } finally { await m.close(); }
});

// A start that is over in half a second is not slowed by a moving bar (web/boot.js): the bar
// stays still for the first 500 ms, however long this start takes.
test('the progress bar stays still for the first half second', async () => {
  const m = await openModule(browser, { initScript: recordProgress });
  try {
    const seen = await m.page.evaluate(() => window.__progress);
    const early = seen.filter((p) => p.at < 500);
    assert.deepEqual(early, [], `no step of the bar before 500 ms: ${JSON.stringify(early)}`);
    assert.ok(await m.page.isHidden('#loading'));
  } finally { await m.close(); }
});

// The panel itself waits half a second too (web/style.css): a quick start lays out no panel text,
// a slow one (here the wasm held back) shows the panel from then on, never a blank page.
test('a slow start shows the loading panel from half a second on, not before', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const m = await openModule(browser, { waitReady: false, waitUntil: 'commit', routes: [['**/sociaal-domein-leren.wasm*', async (route) => { await held; await route.continue(); }]] });
  try {
    await m.page.waitForSelector('#canvas', { state: 'attached' });
    const early = await m.page.evaluate(() => ({ at: performance.now(), display: getComputedStyle(document.getElementById('loading')).display }));
    assert.ok(early.at < 450, `checked early enough (${Math.round(early.at)} ms)`);
    assert.equal(early.display, 'none', 'no panel in the first half second');
    await m.page.waitForSelector('#loading', { state: 'visible', timeout: 3000 });
    const shown = await m.page.evaluate(() => performance.now());
    assert.ok(shown >= 500, `the panel appeared at ${Math.round(shown)} ms`);
    assert.match(await m.page.textContent('#loading-text'), /Lesmodule wordt geladen|Loading the learning module/);
    release();
    await m.page.waitForFunction(() => window.learningModule.ready && window.learningModule._isReady(), null, { timeout: 30000 });
    assert.ok(await m.page.isHidden('#loading'));
  } finally { release(); await m.close(); }
});

test('corrupt saved progress is backed up and the learner is told; nothing crashes', async () => {
  const key = 'sdl-progress-sociaal-domein-leren';
  const m = await openModule(browser, { storage: { [key]: 'P1;this-is-not-progress' } });
  try {
    const d = await describe(m.page);
    const notes = d.elements.filter((e) => e.id.startsWith('home.notice'));
    assert.ok(notes.some((n) => /kopie|niet worden gelezen|copy|could not be read/i.test(n.label)), `a notice tells the learner (${notes.map((n) => n.label)})`);
    const backup = await m.page.evaluate((k) => localStorage.getItem(`${k}.corrupt-backup`), key);
    assert.equal(backup, 'P1;this-is-not-progress');
    // The module works and saves fresh progress after an action.
    const { modules } = courseFiles();
    await activateAndWait(m.page, `home.module.${modules[0].id}`, (d) => d.screen.startsWith('page.'));
    const saved = await m.page.evaluate((k) => localStorage.getItem(k), key);
    assert.match(saved, /^P2;/);
    assert.notEqual(saved, 'P1;this-is-not-progress');
    await screenshot(m.page, 'shell-corrupt-progress');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// Two paths to the same message: boot.js's own request for the context while the wasm downloads,
// and SDL's in main() when the wasm was in before boot.js ran (makeContextWhileDownloading).
const refuseWebgl2 = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) { return type === 'webgl2' ? null : original.call(this, type, ...rest); };
};
// Starts where boot.js makes the WebGL context while the wasm downloads (a link on which the page
// takes 60 ms to arrive, the wasm held back until boot.js has run), and where SDL makes it (a quick
// link, boot.js held back until the wasm is in): web/boot.js, makeContextWhileDownloading.
function holdWasmForBoot() {
  return { network: { latency: 60, download: 50e6 / 8 }, routes: [['**/sociaal-domein-leren.wasm?*', async (route) => { await new Promise((r) => setTimeout(r, 700)); await route.continue(); }]] };
}
function holdBootForWasm() {
  let wasmIn;
  const arrived = new Promise((resolve) => { wasmIn = resolve; });
  return { routes: [
    ['**/sociaal-domein-leren.wasm?*', async (route) => { const response = await route.fetch(); await route.fulfill({ response }); setTimeout(wasmIn, 200); }],
    ['**/boot.js?*', async (route) => { await arrived; await route.continue(); }],
  ] };
}
const CONTEXT_MAKERS = [
  { path: 'boot.js, while the wasm downloads', byBoot: true, start: holdWasmForBoot },
  { path: 'SDL in main(), the wasm in before boot.js ran on a quick link', byBoot: false, start: holdBootForWasm },
];

for (const { path, byBoot, start } of CONTEXT_MAKERS) {
  test(`without WebGL2 the error panel explains it (in the browser's language): ${path}`, async () => {
    const m = await openModule(browser, { initScript: refuseWebgl2, waitReady: false, waitUntil: 'commit', ...start() });
    try {
      await m.page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
      assert.match(await m.page.textContent('#error-text'), /WebGL 2/);
      assert.ok(await m.page.isHidden('#loading'));
      if (byBoot) await screenshot(m.page, 'shell-no-webgl2');
    } finally { await m.close(); }
  });
}

// The wasm uses saturating float-to-int, bulk memory and sign extension (cmake/web.cmake): a
// browser whose WebAssembly lacks one of them is told so, before the wasm is compiled.
test('a browser whose WebAssembly lacks a feature the module uses gets the error panel, not a broken start', async () => {
  const oldWasm = () => {
    const validate = WebAssembly.validate;
    // An engine without bulk memory rejects any module with memory.fill (0xfc 0x0b).
    WebAssembly.validate = (bytes) => {
      const b = new Uint8Array(bytes.buffer || bytes);
      for (let i = 0; i + 1 < b.length; ++i) if (b[i] === 0xfc && b[i + 1] === 0x0b) return false;
      return validate(bytes);
    };
  };
  const m = await openModule(browser, { initScript: oldWasm, waitReady: false });
  try {
    await m.page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
    assert.match(await m.page.textContent('#error-text'), /WebAssembly/);
    assert.ok(await m.page.isHidden('#loading'));
    // Said before the module's code ran (it would mark its start).
    assert.equal(await m.page.evaluate(() => performance.getEntriesByName('leren:wasm-compiled').length), 0);
  } finally { await m.close(); }
});

// Standalone, the LMS bridge loads no adapter (SCORM or cmi5 code arrives only when its LMS is
// there), and every script index.html hints at is one the page then uses: a hint for a file
// nobody asks for would be bytes before the first screen for nothing.
// The page's scripts are bundled (scripts/bundle-web.mjs): before the first screen a standalone
// page runs boot.js alone, the LMS bridge inside it (lms/main.js and its chunks were three more
// requests before the start: docs/performance.md, "Twelfth session").
test('a standalone page loads no LMS adapter, and before ready only boot.js of its scripts, the bridge in it', async () => {
  const m = await openModule(browser);
  try {
    await m.page.waitForTimeout(500);
    const got = await m.page.evaluate(() => {
      const ready = performance.getEntriesByName('leren:ready')[0].startTime;
      const scripts = performance.getEntriesByType('resource').filter((e) => /\.js$/.test(new URL(e.name).pathname));
      return { loaded: scripts.map((e) => new URL(e.name).pathname.slice(1)), beforeReady: scripts.filter((e) => e.startTime < ready).map((e) => new URL(e.name).pathname.slice(1)) };
    });
    const adapters = got.loaded.filter((p) => /(scorm|cmi5|statement-queue|xapi-statements|vendor\/)/.test(p));
    assert.deepEqual(adapters, [], 'no adapter code in a standalone launch');
    assert.ok(!got.loaded.includes('lms/main.js'), 'the bridge is part of boot.js');
    assert.equal(await m.page.evaluate(() => window.learningModuleLms && window.learningModuleLms.kind), 'none', 'the bridge ran: standalone');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const hinted = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((x) => x[1]);
    // By version (scripts/write-manifest.mjs), as the script element asks for it: one request.
    const boot = `boot.js?v=${JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).versioned['boot.js']}`;
    assert.deepEqual(hinted, [boot], 'index.html hints the start script');
    assert.ok(html.includes(`<script type="module" src="${boot}"></script>`), 'and runs it by the same name');
    const own = got.beforeReady.filter((p) => !p.startsWith('sociaal-domein-leren'));  // not the Emscripten glue
    assert.deepEqual(own, ['boot.js'], `one script of our own before the first screen: ${own.join(', ')}`);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// What scripts/bundle-web.mjs writes: no copy of a file of web/ under its own name but the two
// entry points, minified; boot.js imports nothing before it runs, and its LMS adapters are the
// files lms/main.js uses (one copy each).
test('dist/ has the page scripts as bundles: boot.js and lms/main.js, minified, their chunks and adapters in js/', () => {
  for (const dir of ['', 'lms/'])
    for (const f of readdirSync(join(root, 'web', dir)).filter((n) => n.endsWith('.js') && !['boot.js', 'main.js', 'sw.js'].includes(n)))
      assert.ok(!existsSync(join(dist, dir + f)), `${dir}${f} is bundled, not copied`);
  for (const file of ['boot.js', 'lms/main.js', 'sw.js']) {
    const shipped = readFileSync(join(dist, file), 'utf8');
    assert.doesNotMatch(shipped, /^\s*\/\/ /m, `${file} has no comment lines`);
    assert.ok(shipped.split('\n').length <= 3, `${file} is minified (its source has ${readFileSync(join(root, 'web', file), 'utf8').split('\n').length} lines)`);
  }
  const bridge = readFileSync(join(dist, 'lms/main.js'), 'utf8');
  const chunks = staticImports(bridge);
  assert.ok(chunks.length >= 1 && chunks.every((c) => /^\.\.\/js\/chunk-[\w-]+\.js$/.test(c) && existsSync(join(dist, 'lms', c))), `lms/main.js imports its chunks: ${chunks}`);
  const boot = readFileSync(join(dist, 'boot.js'), 'utf8');
  assert.deepEqual(staticImports(boot), [], 'boot.js runs as soon as it is in');
  // As paths in dist/: boot.js is at its top, lms/main.js in lms/.
  const adapters = (list, dir) => list.filter((p) => /(scorm|cmi5)/.test(p)).map((p) => posix.join(dir, p)).sort();
  const fromBoot = adapters(dynamicImports(boot), '.');
  assert.deepEqual(fromBoot, adapters(dynamicImports(bridge), 'lms'), 'boot.js loads the adapters lms/main.js loads');
  for (const file of fromBoot) assert.ok(existsSync(join(dist, file)), `${file} is in dist/`);
  assert.ok(fromBoot.includes('lms/vendor/cmi5.esm.js'), `the cmi5 client: ${fromBoot}`);
  assert.deepEqual(staticImports('import{a as b}from"./x.js";import"./y.js";import*as z from"./z.js";f("import\\"./no.js\\"")'), ['./x.js', './y.js', './z.js']);
});

// Every WebGL 2 context asked for (canvas, time, attributes), and history.replaceState calls.
const countContexts = () => {
  window.__contexts = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = original.call(this, type, ...rest);
    if (type === 'webgl2') window.__contexts.push({ canvas: this.id, at: performance.now(), ctx, attrs: { ...rest[0] } });
    return ctx;
  };
  window.__replaced = 0;
  const replace = history.replaceState;
  history.replaceState = function (...a) { window.__replaced++; return replace.apply(this, a); };
};

// What the start no longer waits for (docs/performance.md, "Sixth session"): the course index is
// requested by index.html's hint, not by boot.js once it has run, once (boot.js's fetch takes the
// preloaded response), while course.json and the strings stay boot.js's own no-cache requests;
// the accessible mirror's code comes after ready.
test('the course index is preloaded and fetched once, and the mirror and the pictures come after ready', async () => {
  const m = await openModule(browser, { initScript: countContexts });
  try {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const got = await m.page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname.slice(1), by: e.initiatorType, start: e.startTime }));
      const ready = performance.getEntriesByName('leren:ready')[0].startTime;
      return { entries, ready, replaced: window.__replaced };
    });
    // Home at the page's own address: the history entry stays as it is (js_history).
    assert.equal(got.replaced, 0, 'no history.replaceState on a plain start');
    assert.match(html, /<link rel="preload" href="content\/index\.json" as="fetch" crossorigin>/, 'the index is hinted');
    // The start script, then the large files: a browser asks in this order.
    const at = (what) => html.indexOf(what);
    assert.ok(at('href="boot.js?v=') >= 0 && at('href="boot.js?v=') < at('sociaal-domein-leren.wasm?v='), 'boot.js, then the wasm');
    for (const [file, by] of [['content/index.json', 'link'], ['content/course.json', 'fetch'], ['content/ui/strings.json', 'fetch']]) {
      const asked = got.entries.filter((e) => e.path === file);
      assert.equal(asked.length, 1, `${file} fetched once`);
      // What trainers edit is asked again every time (cache: 'no-cache'), which a hint cannot say.
      assert.equal(asked[0].by, by, `${file} requested by ${by === 'link' ? "index.html's hint" : 'boot.js'}`);
    }
    // The accessible mirror's and the text fields' code comes after the first screen.
    for (const file of ['a11y-mirror', 'text-fields']) {  // js/NAME-HASH.js (scripts/bundle-web.mjs)
      const named = new RegExp(`^js/${file}-[\\w]+\\.js$`);
      assert.ok(![...html.matchAll(/href="([^"]+)"/g)].some((x) => named.test(x[1])), `${file} is not hinted`);
      const asked = got.entries.filter((e) => named.test(e.path));
      assert.equal(asked.length, 1, `${file} fetched once`);
      assert.ok(asked[0].start >= got.ready, `${file} asked for after ready (${asked[0].start} ms; ready ${got.ready} ms)`);
    }
    // Home's covers too (library_leren.js holds the pictures the first frames ask for).
    await m.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/content/images/')));
    const pictures = await m.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/content/images/')).map((e) => e.startTime));
    assert.ok(pictures.every((start) => start >= got.ready), `pictures asked for after ready (${pictures}; ready ${got.ready} ms)`);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// The module's WebGL context: made by boot.js on the page's canvas while the wasm downloads, and
// SDL's request gets that same one; on a quick link or when the wasm is in before boot.js runs, SDL
// makes it in main() (web/boot.js, makeContextWhileDownloading). One context either way.
for (const { path, byBoot, start } of CONTEXT_MAKERS) {
  test(`the module has one WebGL context, made by ${path}`, async () => {
    const m = await openModule(browser, { initScript: countContexts, waitUntil: 'commit', ...start() });
    try {
      const got = await m.page.evaluate(() => ({
        main: performance.getEntriesByName('leren:main')[0].startTime,
        compiled: performance.getEntriesByName('leren:wasm-compiled')[0].startTime,
        contexts: window.__contexts.map((c) => ({ canvas: c.canvas, at: c.at, same: c.ctx === window.__contexts[0].ctx, attrs: c.attrs })),
      }));
      assert.ok(got.contexts.length >= 1 && got.contexts.every((c) => c.canvas === 'canvas' && c.same), `one context, on #canvas: ${JSON.stringify(got.contexts)}`);
      if (byBoot) {
        assert.ok(got.contexts[0].at < got.compiled, `made before the wasm was compiled (${got.contexts[0].at} ms; compiled ${got.compiled} ms)`);
        // SDL asks second and gets boot.js's context, made with boot.js's attributes: they must be SDL's.
        const keys = ['alpha', 'depth', 'stencil', 'antialias'];
        const pick = (a) => Object.fromEntries(keys.map((k) => [k, a[k]]));
        assert.ok(got.contexts.length >= 2, 'SDL asked for the context too');
        assert.deepEqual(pick(got.contexts[0].attrs), pick(got.contexts[got.contexts.length - 1].attrs), 'the attributes SDL asks for');
      } else {
        assert.ok(got.contexts[0].at > got.main, `made in main() (${got.contexts[0].at} ms; main ${got.main} ms)`);
      }
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  });
}

// The italic face is used only for emphasis in pages (src/ui/fonts.hpp): index.html does not
// preload it, boot.js asks for it after the first screen, and the module builds it then
// without drawing a frame on home (which has no emphasis). Its file is not among the bytes
// before the first screen.
test('the italic face comes after the first screen, and home stays idle when it does', async () => {
  // The face is held until home has settled (its covers drawn), so that frames counted after it
  // came are its own: under load the covers' frames once fell after it and were counted.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const m = await openModule(browser, { routes: [['**/fonts/NotoSans-Italic.ttf*', async (route) => { await held; await route.continue(); }]] });
  try {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    assert.match(html, /<link rel="preload" href="fonts\/NotoSans-Regular\.ttf[^"]*" as="fetch"/, 'the other faces are preloaded');
    assert.doesNotMatch(html, /<link[^>]*NotoSans-Italic/, 'the italic face is not preloaded');
    const framesDrawn = async () => (await m.page.evaluate(() => window.learningModule.state())).framesDrawn;
    await idle(m.page, 500);
    const before = await framesDrawn();
    await m.page.evaluate(() => {  // to know when the module has been given the face
      const arrived = window.Module._lm_italic_font_arrived;
      window.Module._lm_italic_font_arrived = () => { window.__italicGiven = true; arrived(); };
    });
    release();
    await m.page.waitForFunction(() => window.__italicGiven === true);
    const got = await m.page.evaluate(() => {
      const ready = performance.getEntriesByName('leren:ready')[0];
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/fonts/NotoSans-Italic.ttf'));
      return { start: entry.startTime, ready: ready.startTime };
    });
    assert.ok(got.start >= got.ready, `asked for after ready (${got.start} ms, ready ${got.ready} ms)`);
    await m.page.waitForTimeout(800);  // the module builds the face in its next tick
    const after = await framesDrawn();
    assert.ok(after - before <= 1, `home drew ${after - before} frames after the italic face came`);
    assert.deepEqual(m.errors, []);
  } finally { release(); await m.close(); }
});

// The font atlas goes to the GPU once before the first screen: made with the OpenGL backend's
// other objects (web_runtime.cpp), not again by the backend's first frame, which would upload it
// a second time and leak the first texture.
test('the font atlas is uploaded once before the first screen', async () => {
  const countUploads = () => {
    window.__uploads = [];
    const P = WebGL2RenderingContext.prototype;
    const upload = P.texImage2D;
    P.texImage2D = function (...a) {
      if (!window.learningModule || !window.learningModule._isReady()) window.__uploads.push({ width: a[3], height: a[4] });
      return upload.apply(this, a);
    };
  };
  const m = await openModule(browser, { initScript: countUploads });
  try {
    const got = await m.page.evaluate(() => ({ uploads: window.__uploads }));
    assert.equal(got.uploads.length, 1, `one texture before ready: ${JSON.stringify(got.uploads)}`);
    assert.ok(got.uploads[0].width >= 256 && got.uploads[0].height >= 256, `the atlas: ${JSON.stringify(got.uploads[0])}`);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// The first screen is drawn in the task that starts the module (web_runtime.cpp, runWebApp), not
// in an animation frame after it: no animation frame callback runs between main() and the first frame.
test('the first screen is drawn in the task that starts the module, without waiting for an animation frame', async () => {
  const recordFrames = () => {
    window.__frameCallbacks = [];
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => request((t) => { window.__frameCallbacks.push(performance.now()); return callback(t); });
  };
  const m = await openModule(browser, { initScript: recordFrames });
  try {
    const got = await m.page.evaluate(() => ({
      main: performance.getEntriesByName('leren:main')[0].startTime,
      first: performance.getEntriesByName('leren:first-frame')[0].startTime,
      callbacks: window.__frameCallbacks,
    }));
    const between = got.callbacks.filter((t) => t > got.main && t < got.first);
    assert.deepEqual(between, [], `animation frames between main (${got.main}) and the first frame (${got.first})`);
    assert.ok(got.callbacks.some((t) => t > got.first), 'the main loop runs on animation frames after it');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// SDL's window takes the canvas's CSS size without first setting it to 1x1 to see whether CSS
// sizes it (scripts/patches/SDL2-2.26.5/03-canvas-sized-by-css.patch): each size set after the
// context exists (web/boot.js makes it while the wasm downloads: held here) reallocates the
// context's drawing buffer.
test('before the first screen the canvas is sized once after its WebGL context exists, to its CSS size in device pixels', async () => {
  const recordSizes = () => {
    window.__sizes = [];
    let made = false;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (...a) { const c = getContext.apply(this, a); made ||= !!c; return c; };
    for (const dim of ['width', 'height']) {
      const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, dim);
      Object.defineProperty(HTMLCanvasElement.prototype, dim, { ...d, set(v) {
        if (made && this.id === 'canvas' && !window.learningModule?._isReady()) window.__sizes.push(`${dim} ${v}`);
        d.set.call(this, v);
      } });
    }
  };
  const m = await openModule(browser, { initScript: recordSizes, viewport: { width: 400, height: 700 }, deviceScaleFactor: 2, waitUntil: 'commit', ...holdWasmForBoot() });
  try {
    assert.deepEqual(await m.page.evaluate(() => window.__sizes), ['width 800', 'height 1400']);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// Latin Extended-A (src/ui/fonts.hpp) is not in the first atlas; a frame that draws one of its
// letters has the atlas rebuilt with them and uploaded again, taller, before the next frame.
test('text with a letter of Latin Extended-A gets an atlas with it', async () => {
  const countUploads = () => {
    window.__uploads = [];
    const upload = WebGL2RenderingContext.prototype.texImage2D;
    WebGL2RenderingContext.prototype.texImage2D = function (...a) {
      window.__uploads.push({ width: a[3], height: a[4] });
      return upload.apply(this, a);
    };
  };
  const m = await openModule(browser, { initScript: countUploads });
  try {
    const first = await m.page.evaluate(() => window.__uploads[0]);
    const before = await m.page.evaluate(() => window.__uploads.length);
    assert.ok(await m.page.evaluate(() => window.learningModule.setText('home.search', 'Ayşe')));
    await m.page.waitForFunction((n) => window.__uploads.slice(n).some((u) => u.width === 512 && u.height > 512), before, { timeout: 10000 })
      .catch(() => {});
    const after = await m.page.evaluate((n) => window.__uploads.slice(n), before);
    assert.deepEqual(first, { width: 512, height: 512 }, 'the first atlas, at 1x');
    assert.ok(after.some((u) => u.width === 512 && u.height === 1024), `a taller atlas after the ş: ${JSON.stringify(after)}`);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
