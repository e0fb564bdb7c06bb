// Browser history: standalone, every screen is an entry with its own URL, so Back (and
// Android's back gesture, which is the same history step) and Forward move inside the module
// and a reload reopens the screen it was on. Inside a frame (an LMS page) the module never
// grows the host's history and never touches its query; a reload of the frame still reopens
// the same screen (the location is kept in the fragment).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, courseFiles, dist } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { openPage, ready, go } from './steps.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const { modules, cases } = courseFiles();
const mod = modules[0];
const aCase = cases[0];
const pageScreen = (i) => `page.${mod.id}.${mod.pages[i].id}`;

const screenOf = (target) => target.evaluate(() => window.learningModule.describe().screen);
async function screenBecomes(target, screen) {
  await target.waitForFunction((s) => window.learningModule?.describe().screen === s, screen, { timeout: 10000, polling: 50 });
}

test('Back and Forward move between the module\'s screens; a reload reopens the same one', async () => {
  const server = await startServer(dist, 0);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await openPage(context, `http://127.0.0.1:${server.address().port}/`);
    assert.equal(await screenOf(page), 'home');
    const start = await page.evaluate(() => history.length);
    await go(page, `home.module.${mod.id}`, pageScreen(0));
    await go(page, 'page.next', pageScreen(1));
    await go(page, 'nav.home', 'home');
    await go(page, `home.case.${aCase.id}`, `case.${aCase.id}.intro`);
    assert.equal(await page.evaluate(() => history.length), start + 4, 'one history entry per screen');
    assert.match(page.url(), new RegExp(`[?&]case=${aCase.id}(&|$)`), 'the case is in the address');

    // Back three times: home, the module's second page, its first page.
    await page.goBack();
    await screenBecomes(page, 'home');
    await page.goBack();
    await screenBecomes(page, pageScreen(1));
    assert.match(page.url(), new RegExp(`[?&]module=${mod.id}(&|$)`));
    await page.goBack();
    await screenBecomes(page, pageScreen(0));
    // Forward returns to the second page (not to home).
    await page.goForward();
    await screenBecomes(page, pageScreen(1));

    // A reload reopens that page; Back still leads to the first one.
    await page.reload();
    await ready(page);
    assert.equal(await screenOf(page), pageScreen(1), 'the reload reopened the same screen');
    await page.goBack();
    await screenBecomes(page, pageScreen(0));
    // Back past the module's first screen leaves the module, as Back does everywhere.
    await page.goBack();
    await screenBecomes(page, 'home');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
});

test('in a frame the host page\'s history and query stay the LMS\'s; a reload of the frame reopens its screen', async () => {
  const host = '<!doctype html><title>LMS</title><iframe id="m" src="/index.html?launch=lms-123" width="1000" height="700"></iframe>';
  const server = await startServer(dist, 0, { '/lms.html': host });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/lms.html`);
    const frame = () => page.frames().find((f) => f !== page.mainFrame());
    await page.waitForFunction(() => document.getElementById('m').contentWindow.learningModule?.ready);
    await ready(frame());
    const start = await page.evaluate(() => history.length);
    await go(frame(), `home.module.${mod.id}`, pageScreen(0));
    await go(frame(), 'page.next', pageScreen(1));
    assert.equal(await page.evaluate(() => history.length), start, 'the LMS page\'s history did not grow');
    const url = new URL(frame().url());
    assert.equal(url.search, '?launch=lms-123', 'the launch parameters are untouched');
    assert.match(url.hash, new RegExp(`module=${mod.id}`), 'the location is kept in the fragment');

    await frame().evaluate(() => { window.beforeReload = true; setTimeout(() => location.reload(), 0); });
    await page.waitForFunction(() => {
      const w = document.getElementById('m').contentWindow;
      return !w.beforeReload && w.learningModule?.ready;
    });
    await ready(frame());
    assert.equal(await screenOf(frame()), pageScreen(1), 'the frame reopened the same screen');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
});
