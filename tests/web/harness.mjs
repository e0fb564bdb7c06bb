// Shared setup for the browser tests: serves dist/ on 127.0.0.1, starts Debian's Chromium
// through playwright-core (headless, SwiftShader WebGL2), opens the module and waits for
// learningModule.ready. Tests act through describe()/activate(), not pixel coordinates.
import { launchChromium } from '../../scripts/chromium.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.DIST_DIR || join(root, 'dist');
export const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

// SwiftShader reports GPU stalls on ReadPixels as console errors: harmless.
const IGNORED = [/GPU stall due to ReadPixels/i, /GL_CLOSE_PATH_NV/, /WebGL: too many errors/];

export const launchBrowser = launchChromium;

// Opens the module in a new page. Returns {page, errors, server, url, close()}.
// Service workers are blocked unless `serviceWorkers: 'allow'`: each test here gets a fresh
// context, so the worker (web/sw.js, tested in offline.test.mjs, under the strict CSP) would
// only add its precache to what these tests time, and its "available offline" notice to their
// screenshots. Tests that make their own contexts (CSP, progress, monkey) leave it on.
export async function openModule(browser, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
  overrides = {}, query = '', waitReady = true, storage = null, initScript = null, hasTouch = false,
  serviceWorkers = 'block', network = null, routes = [], waitUntil = 'load' } = {}) {
  const server = await startServer(dist, 0, overrides);
  const url = `http://127.0.0.1:${server.address().port}/${query}`;
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, isMobile: hasTouch, serviceWorkers });
  if (storage) await context.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, storage);
  if (initScript) await context.addInitScript(initScript);
  for (const [pattern, handler] of routes) await context.route(pattern, handler);  // [glob, (route) => …]
  const page = await context.newPage();
  // A slow link, through Chrome's own throttling: { latency: ms, download: bytes per second }.
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latency, downloadThroughput: network.download, uploadThroughput: network.download });
  }
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !IGNORED.some((r) => r.test(m.text()))) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const started = Date.now();
  await page.goto(url, { waitUntil });  // 'commit': a test that holds a file the load event waits for
  let readyMs = null;
  if (waitReady) {
    await page.waitForFunction(() => window.learningModule && window.learningModule.ready, null, { timeout: 30000 });
    await page.evaluate(() => window.learningModule.ready);
    readyMs = Date.now() - started;
    // The accessible mirror's code comes after ready (web/boot.js): tests that read or act through
    // it start once it shows the screen.
    await page.waitForFunction(() => document.querySelector('#a11y [data-id]'), null, { timeout: 30000 });
  }
  return {
    page, errors, server, url, readyMs, context,
    async close() { await context.close(); await new Promise((r) => server.close(r)); },
  };
}

export const describe = (page) => page.evaluate(() => window.learningModule.describe());
export const state = (page) => page.evaluate(() => window.learningModule.state());
export const activate = (page, id) => page.evaluate((i) => window.learningModule.activate(i), id);
export const setValue = (page, id, v) => page.evaluate(([i, x]) => window.learningModule.setValue(i, x), [id, v]);

// Until the module has drawn no frame for `intervalMs` and has no input left to apply (a
// finger's momentum run out, pictures arrived); gives up after 40 intervals.
export async function idle(page, intervalMs = 400) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const { framesDrawn, inputPending } = await state(page);
    if (framesDrawn === last && !inputPending) return;
    last = framesDrawn;
    await page.waitForTimeout(intervalMs);
  }
}

// Finds an element by id in the current description (or throws with what is there).
export async function element(page, id) {
  const d = await describe(page);
  const e = d.elements.find((x) => x.id === id);
  if (!e) throw new Error(`no element '${id}' on screen '${d.screen}'; ids: ${d.elements.map((x) => x.id).slice(0, 60).join(', ')}`);
  return e;
}

// Waits until the description satisfies `predicate` (run in the page), e.g. a new screen.
export async function waitFor(page, predicate, arg, timeout = 10000) {
  await page.waitForFunction(
    ([src, a]) => { try { return new Function('d', 'a', `return (${src})(d, a)`)(window.learningModule.describe(), a); } catch { return false; } },
    [predicate.toString(), arg], { timeout, polling: 50 });
  return describe(page);
}

export async function activateAndWait(page, id, predicate, arg) {
  const ok = await activate(page, id);
  if (!ok) throw new Error(`activate('${id}') returned false`);
  return waitFor(page, predicate, arg);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(resultsDir, `${name}.png`) });
}

export function courseFiles() {
  const course = JSON.parse(readFileSync(join(dist, 'content/course.json'), 'utf8'));
  const load = (f) => JSON.parse(readFileSync(join(dist, 'content', f), 'utf8'));
  return { course, modules: course.modules.map(load), cases: course.cases.map(load) };
}

// Scrolls the module with the mouse wheel (a real pointer) until element `id` is near the
// top of the view (so what follows it is visible too).
export async function scrollTo(page, id) {
  const vh = page.viewportSize().height;
  for (let i = 0; i < 60; i++) {
    const e = await element(page, id);
    if (e.y >= 70 && e.y <= Math.max(120, vh * 0.3)) return e;
    await page.mouse.move(page.viewportSize().width / 2 + (i % 2 ? 8 : -8), vh / 2);  // a real hand moves a little
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, e.y - 90)));
    await page.waitForTimeout(60);
  }
  return element(page, id);
}

// The share of pixels in `rect` (CSS px relative to the canvas) that differ clearly from the
// area's most common colour: "is anything drawn there" (e.g. a value inside a slider), for
// what describe() cannot show because it is only in the pixels.
export async function inkShare(page, rect) {
  const canvas = await page.locator('canvas').boundingBox();
  const png = await page.screenshot({ clip: { x: canvas.x + rect.x, y: canvas.y + rect.y, width: rect.w, height: rect.h } });
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < px.length; i += 4) { const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2]; counts.set(k, (counts.get(k) || 0) + 1); }
    const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) {
      const d = Math.abs(px[i] - ((bg >> 16) & 255)) + Math.abs(px[i + 1] - ((bg >> 8) & 255)) + Math.abs(px[i + 2] - (bg & 255));
      if (d > 96) ink++;
    }
    return ink / (px.length / 4);
  }, png.toString('base64'));
}
