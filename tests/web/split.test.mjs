// The wasm in two parts (scripts/split-wasm.mjs, web/later-code.js): the first screen runs on the
// first part alone; the second is fetched after it, put in without a synchronous load, and
// modules and cases run on it. When the background load fails, the first call that needs the
// second part loads it there and then; when it cannot be loaded at all, the learner is told.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openModule, activateAndWait, courseFiles, dist } from './harness.mjs';

const FIRST = 'sociaal-domein-leren.wasm', LATER = 'sociaal-domein-leren.deferred.wasm';

// Console warnings from the very start (Emscripten's placeholder reports through printErr).
const KEEP_WARNINGS = () => {
  window.__warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };
};
// The page's first `times` background fetches of the second part fail (Infinity: all of them).
const REFUSE_LATER_FETCHES = (times) => {
  const real = window.fetch;
  let refused = 0;
  window.fetch = (url, init) => (String(url).includes('.deferred.wasm') && refused++ < times
    ? Promise.reject(new TypeError('refused by the test')) : real(url, init));
};
const keepWarningsRefusing = (times) => `(${KEEP_WARNINGS})(); (${REFUSE_LATER_FETCHES})(${times});`;
const warnings = (page) => page.evaluate(() => window.__warnings);
const requestsFor = (page, name) => page.evaluate((n) => performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname === `/${n}`).map((e) => ({ type: e.initiatorType, start: e.startTime })), name);
const marked = (page, name) => page.evaluate((n) => performance.getEntriesByName(`leren:${n}`).length > 0, name);

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

test('the first screen runs on the first part; the second comes after it, and modules and cases run on it', async () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  assert.equal(manifest.sizes[LATER], statSync(join(dist, LATER)).size, 'the second part is in the build');
  assert.match(manifest.versioned[LATER], /^[0-9a-f]{20}$/, 'and versioned, so the service worker keeps it');
  assert.doesNotMatch(readFileSync(join(dist, 'index.html'), 'utf8'), /<link[^>]*deferred\.wasm/, 'it is not preloaded');

  const m = await openModule(browser, { initScript: KEEP_WARNINGS });
  try {
    await m.page.waitForFunction(() => performance.getEntriesByName('leren:later-code-in').length > 0);
    const [first] = await requestsFor(m.page, FIRST), later = await requestsFor(m.page, LATER);
    // On failure: how it was fetched each time, and what the page warned (a placeholder names
    // the function of the second part that was called before it was in).
    assert.equal(later.length, 1, `the second part is fetched once: ${JSON.stringify(later)}; ${JSON.stringify(await warnings(m.page))}`);
    assert.equal(later[0].type, 'fetch', 'in the background, not by a synchronous request');
    assert.ok(later[0].start > first.start, 'after the first part');
    const { modules, cases } = courseFiles();
    await activateAndWait(m.page, `home.module.${modules[1].id}`, (d, a) => d.screen.startsWith(`page.${a}.`), modules[1].id);
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    await activateAndWait(m.page, `home.case.${cases[1].id}`, (d, a) => d.screen === `case.${a}.intro`, cases[1].id);
    await activateAndWait(m.page, 'case.start', (d) => d.screen.endsWith('.node'));
    const placeholders = (await warnings(m.page)).filter((w) => /placeholder function called/.test(w));
    assert.deepEqual(placeholders, [], 'no function of the second part was called before it was in');
    assert.equal((await requestsFor(m.page, LATER)).length, 1, 'and it was not fetched again');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// A learner who comes back: the start reads the progress the first visit kept (code a first
// visit never runs), still on the first part alone (scripts/split-wasm.mjs profiles a return).
test('a returning learner\'s start runs on the first part too: the second is fetched once, in the background', async () => {
  const m = await openModule(browser, { initScript: KEEP_WARNINGS });
  try {
    const { modules } = courseFiles();
    await activateAndWait(m.page, `home.module.${modules[0].id}`, (d, a) => d.screen.startsWith(`page.${a}.`), modules[0].id);
    await m.page.close();  // leaving keeps the progress
    const page = await m.context.newPage();
    await page.goto(m.url);
    await page.waitForFunction(() => window.learningModule && window.learningModule.ready);
    await page.evaluate(() => window.learningModule.ready);
    await page.waitForFunction(() => performance.getEntriesByName('leren:later-code-in').length > 0);
    const d = await page.evaluate(() => window.learningModule.describe());
    assert.ok(d.elements.some((e) => e.id === 'home.continue'), 'home offers to continue: the progress was read');
    assert.deepEqual((await warnings(page)).filter((w) => /placeholder function called/.test(w)), [], 'no function of the second part was called before it was in');
    assert.deepEqual((await requestsFor(page, LATER)).map((r) => r.type), ['fetch'], 'fetched once, in the background');
  } finally { await m.close(); }
});

// The page's API (tests, the benchmark, a host page) may be called at once: state() and describe()
// answer on the first part. state() did not, and a call of it soon after the start loaded the
// second part synchronously: 2 s on a phone's link (docs/performance.md, "Twenty-second session").
test('the page\'s API answers on the first part, before the second is in', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  // Held until released or for 4 s: a synchronous load (the page's main thread waits for it)
  // then gets through and is seen, rather than holding the test up for good.
  const hold = async (route) => { await Promise.race([held, new Promise((r) => setTimeout(r, 4000))]); await route.continue(); };
  const m = await openModule(browser, { initScript: KEEP_WARNINGS, routes: [[`**/${LATER}*`, hold]] });
  try {
    assert.equal(await marked(m.page, 'later-code-in'), false, 'the second part is held back');
    const s = await m.page.evaluate(() => window.learningModule.state());
    assert.equal(s.screen, 'home');
    const d = await m.page.evaluate(() => window.learningModule.describe());
    assert.equal(d.screen, 'home');
    assert.deepEqual((await warnings(m.page)).filter((w) => /placeholder function called/.test(w)), [], 'no function of the second part was called');
    assert.deepEqual((await requestsFor(m.page, LATER)).filter((r) => r.type === 'xmlhttprequest'), [], 'nothing loaded synchronously');
    release();
    await m.page.waitForFunction(() => performance.getEntriesByName('leren:later-code-in').length > 0);
    assert.deepEqual(m.errors, []);
  } finally { release(); await m.close(); }
});

// The background fetch fails (the page refuses it); the module still opens: the placeholder of
// the first function it needs loads the second part synchronously, and the learner notices a
// pause at most.

test('when the background load fails, the first call that needs the second part loads it', async () => {
  const m = await openModule(browser, { initScript: keepWarningsRefusing(Infinity) });
  try {
    await m.page.waitForFunction(() => window.__warnings.some((w) => /did not load in the background/.test(w)));
    // (The idle prefetch after ready may need it before the learner does: either way.)
    const { modules } = courseFiles();
    const d = await activateAndWait(m.page, `home.module.${modules[0].id}`, (d, a) => d.screen.startsWith(`page.${a}.`), modules[0].id);
    assert.equal(d.elements.find((e) => e.id === 'page.title').label, modules[0].pages[0].title.nl);
    assert.equal(await marked(m.page, 'later-code-in'), true);
    assert.deepEqual((await requestsFor(m.page, LATER)).map((r) => r.type), ['xmlhttprequest'], 'loaded by the synchronous request');
    assert.ok((await warnings(m.page)).some((w) => /placeholder function called/.test(w)), 'through a placeholder');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// The first background fetch fails; the next time the module needs the code it is fetched
// again, in the background, and nothing loads synchronously.

test('a background load that failed is tried again, in the background, when the module needs the code', async () => {
  const m = await openModule(browser, { initScript: keepWarningsRefusing(1) });
  try {
    const { modules } = courseFiles();
    await activateAndWait(m.page, `home.module.${modules[0].id}`, (d, a) => d.screen.startsWith(`page.${a}.`), modules[0].id);
    const w = await warnings(m.page);
    assert.ok(w.some((x) => /did not load in the background/.test(x)), 'the first load failed');
    assert.deepEqual(w.filter((x) => /placeholder function called/.test(x)), [], 'nothing was loaded synchronously');
    assert.deepEqual((await requestsFor(m.page, LATER)).map((r) => r.type), ['fetch'], 'the second try reached the server');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('when the second part cannot be loaded at all, the learner is told which file and can try again', async () => {
  const m = await openModule(browser, { overrides: { [`/${LATER}`]: null } });
  try {
    const { modules } = courseFiles();
    // Opening reads the file with code of the second part, which cannot be had; the page says so.
    await m.page.evaluate((id) => window.learningModule.activate(id), `home.module.${modules[0].id}`).catch(() => {});
    await m.page.waitForSelector('#error:not([hidden])');
    assert.match(await m.page.textContent('#error-text'), /deferred\.wasm/);
    assert.equal(await m.page.isVisible('#error-retry'), true);
  } finally { await m.close(); }
});

// Without a current index every file is read before the first screen, with code of the second
// part: it must be compiled then, not after the first screen (which would never come).
test('a course without its index reads every file before the first screen, on the second part', async () => {
  const m = await openModule(browser, { initScript: KEEP_WARNINGS, overrides: { '/content/index.json': null } });
  try {
    assert.equal(await marked(m.page, 'later-code-in'), true);
    const placeholders = (await warnings(m.page)).filter((w) => /placeholder function called/.test(w));
    assert.deepEqual(placeholders, [], 'put in before it was needed, not loaded synchronously');
    assert.equal((await requestsFor(m.page, LATER)).length, 1);
  } finally { await m.close(); }
});
