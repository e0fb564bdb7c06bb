// The browser may take a page's WebGL context away (a phone's GPU reset, memory pressure, a
// driver update) and give it back empty. The module keeps working meanwhile (the description,
// the accessible mirror and the learner's actions go on; nothing is lost), tells the learner
// what happened over the blank canvas, and when the context comes back draws the screen again
// with everything the GPU held made anew: fonts, shaders and pictures
// (src/platform/web/web_runtime.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, activateAndWait, state, inkShare, idle } from './harness.mjs';

// As a GPU reset would: the extension for it (kept, since a lost context gives out none).
const lose = (page) => page.evaluate(() => {
  window.__loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
  window.__loseContext.loseContext();
});
const restore = (page) => page.evaluate(() => window.__loseContext.restoreContext());
const canvasShot = (page) => page.locator('#canvas').screenshot();
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

test('a lost WebGL context: the learner is told, keeps working, and gets the same screen back when it returns', async () => {
  const m = await openModule(browser);
  const coverFetches = () => m.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/content\/images\/cover-/.test(e.name)).length);
  // To settings and back, as the learner does below while the context is lost.
  const away = async () => {
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
  };
  try {
    await away();
    await idle(m.page);
    const home = await canvasShot(m.page);
    const coversBefore = await coverFetches();
    assert.ok(coversBefore > 0, 'home drew its module covers');

    await lose(m.page);
    await m.page.waitForFunction(() => window.learningModule.state().gpuLost, null, { timeout: 5000 });
    const note = m.page.locator('#gpu-note');
    assert.match(await note.textContent(), /beeld .* weggevallen .* voortgang is bewaard/, 'the page says what happened, in Dutch');
    assert.equal(await note.getAttribute('role'), 'status');
    assert.ok(await note.isVisible(), 'over the canvas');
    // (Beside the search field: it is a text field of the page over the canvas.)
    assert.ok(await inkShare(m.page, { x: 700, y: 120, w: 500, h: 250 }) < 0.002, 'the canvas is blank while the context is lost');

    // The learner goes on meanwhile: the description and the actions work without the GPU.
    const rendered = (await state(m.page)).framesRendered;
    await away();
    assert.equal((await state(m.page)).framesRendered, rendered, 'nothing is sent to a lost context');
    // A language switch meanwhile (through the accessible mirror): the note follows it.
    await activateAndWait(m.page, 'nav.lang.en', (d) => d.lang === 'en');
    await m.page.waitForFunction(() => /picture dropped out .* progress is saved/.test(document.getElementById('gpu-note').textContent), null, { timeout: 5000 });
    await activateAndWait(m.page, 'nav.lang.nl', (d) => d.lang === 'nl');
    await m.page.waitForFunction(() => /beeld .* weggevallen/.test(document.getElementById('gpu-note').textContent), null, { timeout: 5000 });
    assert.equal((await state(m.page)).framesRendered, rendered, 'still nothing sent');

    await restore(m.page);
    await m.page.waitForFunction(() => { const s = window.learningModule.state(); return s.gpuRestores === 1 && !s.gpuLost; }, null, { timeout: 5000 });
    await idle(m.page);
    assert.equal(await note.textContent(), '', 'the note goes once the picture is back');
    const coversAfter = await coverFetches();
    assert.ok(coversAfter >= coversBefore * 2, `the covers are fetched and made again (${coversBefore} → ${coversAfter} requests)`);
    assert.ok((await canvasShot(m.page)).equals(home), 'home is drawn again, pixel for pixel as before the loss');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
