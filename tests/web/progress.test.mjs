// Progress is never lost, in a real browser: two tabs on one course keep both tabs' work
// (each save merges what the other stored; the `storage` event brings it into the other tab),
// storage that refuses writes or is missing keeps progress in memory and offers the export
// once, and a tab killed mid-case loses at most its last choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openModule, describe, state, activateAndWait, courseFiles, dist } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { openPage, ready, readPages, startCase, choose, home } from './steps.mjs';

let browser, server, url;
before(async () => {
  browser = await launchBrowser();
  server = await startServer(dist, 0);
  url = `http://127.0.0.1:${server.address().port}/`;
});
after(async () => { await browser.close(); await new Promise((r) => server.close(r)); });

const { modules, cases } = courseFiles();
const visited = (s, mod) => [...(s.modules[mod.id]?.visitedPages || [])].sort();
const logOf = (s, c) => s.cases[c.id]?.choiceLog || [];

test('two tabs on one course: each keeps the other\'s work, live and after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const [a, b] = [await openPage(context, url), await openPage(context, url)];
    const [m0, m1] = modules;
    const c = cases[0];
    // Interleaved: a reads pages, b plays a case, neither reloads.
    await readPages(a, m0, 2);
    await startCase(b, c);
    const chosen = [await choose(b)];
    await readPages(a, m1, 1);
    chosen.push(await choose(b));
    await activateAndWait(a, 'page.next', (d, x) => d.screen === x, `page.${m1.id}.${m1.pages[1].id}`);
    chosen.push(await choose(b));
    await readPages(b, m0, 3);  // b reads on where a was: its save keeps a's module 1 pages
    const pagesM0 = m0.pages.slice(0, 3).map((p) => p.id).sort();
    const pagesM1 = m1.pages.slice(0, 2).map((p) => p.id).sort();
    // Live: a took b's writes in through the storage event (b's through its saves).
    await a.waitForFunction(([id, n]) => (window.learningModule.state().cases[id]?.choiceLog || []).length === n, [c.id, chosen.length]);
    for (const page of [a, b]) {
      const s = await state(page);
      assert.deepEqual(visited(s, m0), pagesM0);
      assert.deepEqual(visited(s, m1), pagesM1);
      assert.deepEqual(logOf(s, c), chosen);
    }
    // Stored: both pages reloaded show everything.
    for (const page of [a, b]) {
      await page.reload();
      await ready(page);
      const s = await state(page);
      assert.deepEqual(visited(s, m0), pagesM0, 'module 0 pages after reload');
      assert.deepEqual(visited(s, m1), pagesM1, 'module 1 pages after reload');
      assert.deepEqual(logOf(s, c), chosen, 'case log after reload');
    }
    // And the case continues where b left it, in a.
    await startCase(a, c, { resume: true });
    assert.deepEqual((await state(a)).caseLog, chosen);
    assert.deepEqual([...a.errors, ...b.errors], []);
    console.log(`two tabs: ${pagesM0.length + pagesM1.length} pages read in two tabs and ${chosen.length} choices kept in both`);
  } finally { await context.close(); }
});

// Storage variants: what a learner's browser may do to localStorage.
const STORAGE = {
  'setItem throws (quota exceeded, private mode)': () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  },
  'localStorage throws on access (blocked third-party storage in an iframe)': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  },
  'localStorage missing entirely': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, value: undefined });
  },
};

for (const [name, initScript] of Object.entries(STORAGE)) {
  test(`storage refused (${name}): progress stays in memory, told once, exported right there`, async () => {
    const m = await openModule(browser, { initScript });
    try {
      const mod = modules[0];
      await readPages(m.page, mod, 2);
      await startCase(m.page, cases[0]);
      const chosen = [await choose(m.page)];
      await home(m.page);
      const d = await describe(m.page);
      const notices = d.elements.filter((e) => /^home\.notice\d+$/.test(e.id));
      assert.equal(notices.length, 1, `one notice: ${notices.map((e) => e.label).join(' | ')}`);
      assert.match(notices[0].label, /Exporteer/);
      const exportButton = d.elements.find((e) => e.id === 'home.notice0.export');
      assert.ok(exportButton, 'the notice offers the export');
      assert.equal(exportButton.label, 'Exporteren');
      // A real click on the button downloads the progress kept in memory.
      const download = m.page.waitForEvent('download');
      await m.page.mouse.click(exportButton.x + exportButton.w / 2, exportButton.y + exportButton.h / 2);
      const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
      assert.deepEqual(file.modules[mod.id].visitedPages.sort(), mod.pages.slice(0, 2).map((p) => p.id).sort());
      assert.deepEqual(file.cases[cases[0].id].choiceLog, chosen);
      // More work: not told again; the module keeps working.
      await readPages(m.page, modules[1], 2);
      await home(m.page);
      assert.equal((await describe(m.page)).elements.filter((e) => /^home\.notice\d+$/.test(e.id)).length, 1);
      assert.equal(visited(await state(m.page), modules[1]).length, 2);
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  });
}

test('a tab killed mid-case (no unload handlers) loses at most the last choice', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  try {
    const page = await openPage(context, url);
    const c = cases[1];
    await startCase(page, c);
    const chosen = [];
    for (let i = 0; i < 3; i++) chosen.push(await choose(page));
    // One more choice, and the renderer dies right after the click: no pagehide, no
    // visibilitychange, no flush.
    const last = (await describe(page)).elements.find((e) => /^case\.choice\.[^.]+$/.test(e.id));
    await page.mouse.click(last.x + last.w / 2, last.y + Math.min(last.h / 2, 20));
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    cdp.send('Page.crash').catch(() => {});  // never answers: the renderer is gone
    await crashed;
    const again = await openPage(context, url);
    const log = logOf(await state(again), c);
    const lastId = last.id.slice('case.choice.'.length);
    assert.ok(log.length === chosen.length || (log.length === chosen.length + 1 && log[chosen.length] === lastId),
      `kept ${JSON.stringify(log)}; chosen ${JSON.stringify(chosen)} then ${lastId}`);
    assert.deepEqual(log.slice(0, chosen.length), chosen);
    await startCase(again, c, { resume: true });
    assert.deepEqual((await state(again)).caseLog, log, 'the case resumes at the kept choice');
    console.log(`killed mid-case: ${log.length} of ${chosen.length + 1} choices kept`);
    assert.deepEqual(again.errors, []);
  } finally { await context.close(); }
});
