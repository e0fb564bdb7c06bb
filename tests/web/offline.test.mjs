// Caching and offline use of a standalone dist/ (docs/performance.md, "Caching and offline"):
// the service worker (web/sw.js, registered by web/offline.js) installs on the first visit and
// the learner hears "available offline"; with the network cut the module still starts and opens
// a module page; after a new build in which one case changed, a second visit downloads that
// case and the build's lists, nothing else (every request that reaches the server is counted);
// a trainer's edit in dist/content/ is seen although nothing was rebuilt; inside a frame and
// with an LMS present no worker is registered. All under the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, describe, dist, root } from './harness.mjs';
import { contentSecurityPolicy, startServer } from '../../scripts/serve.mjs';
import { offlineRefused } from '../../web/offline.js';
import { go, home, openPage, ready } from './steps.mjs';

let browser, dir;
before(async () => {
  browser = await launchBrowser();
  // A copy: the test makes a new build of it and edits it as a trainer would.
  dir = mkdtempSync(join(tmpdir(), 'leren-offline-'));
  cpSync(dist, dir, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'packages')) });
});
after(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

// The course index of the "new build" is written as the build writes it (run-tests.sh names
// its coursetool in COURSETOOL; ./build-wasm.sh builds build/release/coursetool).
const coursetool = [process.env.COURSETOOL, join(root, 'build/release/coursetool'), join(root, 'build/native/coursetool')]
  .find((p) => p && existsSync(p));
const readJson = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const strings = () => readJson('content/ui/strings.json').strings;

// Serves `dir` under the strict CSP, remembering every request that reaches the server.
async function serve(overrides = {}) {
  const log = [];
  const server = await startServer(dir, 0, overrides, {
    csp: contentSecurityPolicy(),
    onRequest: (path, status, search) => log.push({ path, status, search }),
  });
  return { server, log, url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

// Waits until no request has reached the server for a second (a closed page's worker may
// still be finishing a prefetch), so what is counted next belongs to the next visit.
async function quiet(log) {
  for (let n = -1; n !== log.length;) { n = log.length; await new Promise((r) => setTimeout(r, 1000)); }
}

function watchViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
}

// What web/offline.js decided ('offline-ready', 'registered', or why no worker).
const offlineOutcome = (page) => page.waitForFunction(() => window.learningModule._offline, null, { timeout: 60000 })
  .then((h) => h.jsonValue());

test('first visit, offline reload, a new build with one changed case, a trainer\'s edit', async () => {
  const s = await serve();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await context.addInitScript(watchViolations);

    // (a) First visit: the worker installs, precaches the build, and the learner is told.
    let page = await openPage(context, s.url);
    assert.equal(await offlineOutcome(page), 'offline-ready');
    const note = page.locator('#offline-note');
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal(await note.getAttribute('aria-live'), 'polite');
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert.equal(await note.textContent(), strings()['offline.ready'][lang === 'en' ? 'en' : 'nl']);
    assert.ok((await note.boundingBox()).height > 0, 'the notice is visible');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname + new URL(r.url).search);
      return urls;
    });
    const manifest = readJson('manifest.json');
    for (const [f, v] of Object.entries(manifest.versioned)) {
      // The page's checker is for a file a trainer edited: never precached, never fetched here.
      if (f.startsWith('checker/')) assert.ok(!cached.some((u) => u.startsWith(`/${f}`)), `${f} not precached`);
      else assert.ok(cached.includes(`/${f}?v=${v}`), `${f} cached by version`);
    }
    const course = readJson('content/course.json');
    for (const f of [...course.modules, ...course.cases]) assert.ok(cached.includes(`/content/${f}`), `${f} precached`);
    assert.ok(!cached.some((u) => u.startsWith('/sw.js')), 'the worker does not cache itself');
    // The versioned files were requested by version only (serve.test.mjs: sent as immutable).
    for (const f of Object.keys(manifest.versioned).filter((f) => !f.startsWith('checker/'))) {
      assert.ok(s.log.some((r) => r.path === `/${f}` && r.search === `?v=${manifest.versioned[f]}`), `${f} requested by version`);
      assert.ok(!s.log.some((r) => r.path === `/${f}` && r.search === ''), `${f} never requested by its plain name`);
    }
    const cachesOf = (p) => p.evaluate(() => caches.keys());
    const firstCaches = await cachesOf(page);
    assert.equal(firstCaches.length, 1);
    assert.ok(firstCaches[0].endsWith(`:${manifest.build}`), `one cache, named by the build: ${firstCaches}`);

    // (b) The network cut, then a reload: the module starts from the worker's cache, home
    // shows, a module page opens, and nothing reaches the server.
    await context.setOffline(true);
    await quiet(s.log);
    s.log.length = 0;
    page.errors.length = 0;
    await page.reload();
    await ready(page).catch((e) => { throw new Error(`offline start: ${e.message}`); });
    assert.equal((await describe(page)).screen, 'home');
    const mod = readJson(`content/${course.modules[1]}`);
    await home(page);
    await go(page, `home.module.${mod.id}`, `page.${mod.id}.${mod.pages[0].id}`);
    assert.deepEqual(s.log, [], 'offline: nothing reached the server');
    assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), []);
    await page.close();
    await context.setOffline(false);

    // (c) A new build in which one case changed: its text, so its hash, the index, the search
    // texts and the manifest change. A second visit downloads those, and nothing else.
    assert.ok(coursetool, 'coursetool is built (./build-wasm.sh builds build/release/coursetool)');
    const changedFile = course.cases[0];
    const changed = readJson(`content/${changedFile}`);
    changed.title.nl = 'Nieuwe titel van deze casus';
    changed.title.en = 'New title of this case';
    writeFileSync(join(dir, 'content', changedFile), JSON.stringify(changed, null, 2) + '\n');
    execFileSync(coursetool, ['index', join(dir, 'content')], { stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'scripts/write-manifest.mjs'), dir], { stdio: 'pipe' });
    assert.notEqual(readJson('manifest.json').build, manifest.build);
    await quiet(s.log);
    s.log.length = 0;
    page = await openPage(context, s.url);
    assert.equal(await offlineOutcome(page), 'offline-ready', 'the new build is precached');
    const secondCaches = await cachesOf(page);
    assert.deepEqual(secondCaches.map((n) => n.endsWith(`:${readJson('manifest.json').build}`)), [true],
      `the old build's cache is gone: ${secondCaches}`);
    await home(page);
    const title = (await describe(page)).elements.find((e) => e.id === `home.case.${changed.id}`);
    assert.match(title.label, /Nieuwe titel van deze casus/);
    const downloaded = [...new Set(s.log.filter((r) => r.status === 200).map((r) => r.path))].sort();
    // The page itself carries the build id (scripts/write-manifest.mjs): a new build, a new page.
    const allowed = ['/', '/index.html', '/content/index.json', '/content/search.json', `/content/${changedFile}`, '/manifest.json', '/sw.js'];
    assert.ok(downloaded.includes(`/content/${changedFile}`), `the changed case is downloaded: ${downloaded}`);
    assert.deepEqual(downloaded.filter((p) => !allowed.includes(p)), [], 'nothing unchanged is downloaded again');
    assert.deepEqual(s.log.filter((r) => r.search.startsWith('?v=') && r.path !== '/sw.js'), [], 'wasm, glue, fonts, boot.js, style.css: from the cache');
    // Not even revalidated: by their plain names they cost a round trip before the start script
    // could run (scripts/write-manifest.mjs).
    assert.deepEqual(s.log.filter((r) => ['/boot.js', '/style.css'].includes(r.path)), [], 'the start script and the style sheet: no request');
    // The scripts the page loads after the first screen have their contents' hash in their
    // names (js/<name>-<hash>.js): from the cache, neither downloaded nor revalidated.
    assert.ok(Object.keys(manifest.files).some((f) => f.startsWith('js/')), 'the build has scripts under js/');
    assert.deepEqual(s.log.filter((r) => r.path.startsWith('/js/')).map((r) => r.path), [], 'the scripts under js/: no request');
    assert.ok(s.log.some((r) => r.status === 304), 'the shell and unchanged content are revalidated (304)');
    await page.close();

    // A trainer's edit in dist/content/ with no new build (the index is stale): seen at the next
    // visit, not hidden by any cache, and checked in full when opened.
    const edited = readJson(`content/${changedFile}`);
    edited.title.nl = 'Door de trainer aangepast';
    writeFileSync(join(dir, 'content', changedFile), JSON.stringify(edited, null, 2) + '\n');
    await quiet(s.log);
    s.log.length = 0;
    page = await openPage(context, s.url);
    await home(page);
    const intro1 = await go(page, `home.case.${edited.id}`, `case.${edited.id}.intro`);
    assert.ok(intro1.elements.some((e) => /Door de trainer aangepast/.test(e.label || '')),
      `the edited title is shown: ${intro1.elements.slice(0, 12).map((e) => e.label).join(' | ')}`);
    assert.ok(s.log.some((r) => r.path === `/content/${changedFile}` && r.status === 200), 'the edited file is downloaded');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await page.close();
    await context.close();
  } finally {
    await s.close();
  }
});

test('no worker inside a frame or when an LMS launched the module', async () => {
  const s = await serve({ '/frame.html': '<!doctype html><title>LMS</title><iframe src="index.html" width="900" height="700"></iframe>' });
  try {
    // In a frame (as an LMS or a website embeds it).
    const framed = await browser.newContext();
    const page = await framed.newPage();
    await page.goto(s.url + 'frame.html');
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await ready(frame);
    assert.equal(await offlineOutcome(frame), 'in a frame');
    assert.equal(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await framed.close();

    // Standalone in its own tab, but a SCORM 1.2 API is there: an LMS launch.
    const lms = await browser.newContext();
    await lms.addInitScript(() => {
      const values = {};
      window.API = {
        LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true',
        LMSGetValue: (k) => values[k] || '', LMSSetValue: (k, v) => { values[k] = String(v); return 'true'; },
        LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
      };
    });
    const launched = await openPage(lms, s.url);
    assert.equal(await launched.evaluate(() => window.learningModuleLms.kind), 'scorm12');
    assert.equal(await offlineOutcome(launched), 'launched by an LMS');
    assert.equal(await launched.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.equal(await launched.locator('#offline-note').textContent(), '');
    await lms.close();
    assert.ok(!s.log.some((r) => r.path === '/sw.js'), 'the worker was never even requested');
  } finally {
    await s.close();
  }
});

test('without a course index (none on the server) the worker keeps what course.json names', async () => {
  const s = await serve({ '/content/index.json': null });
  try {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await openPage(context, s.url);
    assert.equal(await offlineOutcome(page), 'offline-ready');
    await context.setOffline(true);
    await quiet(s.log);
    s.log.length = 0;
    await page.reload();
    await ready(page);
    const course = readJson('content/course.json');
    const c = readJson(`content/${course.cases.at(-1)}`);
    await go(page, `home.case.${c.id}`, `case.${c.id}.intro`);
    assert.deepEqual(s.log, [], 'offline: nothing reached the server');
    await context.close();
  } finally {
    await s.close();
  }
});

test('offlineRefused: a worker only for a standalone page over http(s) that supports it', () => {
  const win = ({ protocol = 'https:', sw = true, secure = true, framed = false, crossOrigin = false, lms } = {}) => {
    const w = { navigator: sw ? { serviceWorker: {} } : {}, isSecureContext: secure, location: { protocol }, learningModuleLms: lms };
    w.self = w;
    Object.defineProperty(w, 'top', { get() { if (crossOrigin) throw new Error('SecurityError'); return framed ? {} : w; } });
    return w;
  };
  assert.equal(offlineRefused({ win: win() }), null);
  assert.equal(offlineRefused({ win: win({ protocol: 'http:', lms: { kind: 'none', launch: { detached: false } } }) }), null);
  assert.equal(offlineRefused({ win: win({ sw: false }) }), 'no service worker support');
  assert.equal(offlineRefused({ win: win({ secure: false }) }), 'no service worker support');
  assert.equal(offlineRefused({ win: win({ protocol: 'file:' }) }), 'not served over http(s)');
  assert.equal(offlineRefused({ win: win({ framed: true }) }), 'in a frame');
  assert.equal(offlineRefused({ win: win({ crossOrigin: true }) }), 'in a cross-origin frame');
  assert.equal(offlineRefused({ win: win({ lms: { kind: 'scorm2004' } }) }), 'launched by an LMS');
  assert.equal(offlineRefused({ win: win({ lms: { kind: 'cmi5' } }) }), 'launched by an LMS');
  // A cmi5 launch whose session could not be opened continues on that LMS's cache: still an LMS's.
  assert.equal(offlineRefused({ win: win({ lms: { kind: 'none', launch: { detached: true } } }) }), 'launched by an LMS');
});
