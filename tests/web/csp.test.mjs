// The module under the strict Content-Security-Policy that `node scripts/serve.mjs --csp`
// sends (contentSecurityPolicy() there): boot, a page with a figure, a case choice, the
// accessible mirror driven by the keyboard, the printable summary (a blob: page that inherits
// the policy) and the export, with no violation reported (securitypolicyviolation events in
// every page, and Chromium's console reports). The LRS origin of a cmi5 launch is allowed only
// when added (--connect). And every way the page opens a link elsewhere uses noopener.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, state, activate, courseFiles, dist, root } from './harness.mjs';
import { startServer, contentSecurityPolicy } from '../../scripts/serve.mjs';
import { go, openPage, readPages, startCase, choose, home } from './steps.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const { modules, cases } = courseFiles();

// Records every violation a page (or a page it opens) reports, before any of its scripts run.
function watchViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sourceFile || ''}:${e.lineNumber || ''} ${e.sample || ''}`);
  });
}

async function violations(page) {
  const reported = await page.evaluate(() => window.__violations || ['the watcher did not run']);
  return [...reported, ...page.errors.filter((t) => /Content.Security.Policy|Refused to/i.test(t))];
}

test('the strict CSP: boot, a figure, a case choice, the mirror, print and export report no violation', async () => {
  const csp = contentSecurityPolicy();
  assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'/);
  const server = await startServer(dist, 0, {}, { csp });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(watchViolations);
  const consoleOf = new Map();
  context.on('page', (p) => { const list = []; consoleOf.set(p, list); p.on('console', (m) => list.push(m.text())); });
  try {
    const response = (await fetch(url)).headers.get('content-security-policy');
    assert.equal(response, csp, 'the server sends the policy');
    const page = await openPage(context, url);
    // A page with a figure (drawn in the canvas; its values in the mirror).
    const withFigure = modules.find((m) => m.pages.some((p) => p.blocks.some((b) => b.type === 'radar' || b.type === 'calculator')));
    const index = withFigure.pages.findIndex((p) => p.blocks.some((b) => b.type === 'radar' || b.type === 'calculator'));
    await readPages(page, withFigure, index + 1);
    // A case choice.
    await startCase(page, cases[0]);
    await choose(page);
    // The mirror, by keyboard: focus a module's button there and press Enter.
    await home(page);
    const mod = modules[1];
    const mirrored = page.locator(`[id="a11y-home.module.${mod.id}"]`);
    await mirrored.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.learningModule.describe().screen.startsWith(`page.${id}.`), mod.id);
    assert.ok(await page.locator('#a11y h1').count() > 0, 'the mirror renders the page');
    // The printable summary opens as a blob: page that inherits the policy; its stylesheet is
    // the module's own file (a <style> would be refused).
    await go(page, 'nav.progress', 'progress');
    const popup = context.waitForEvent('page');
    assert.ok(await activate(page, 'progress.export.print'));
    const summary = await popup;
    await summary.waitForLoadState('load');
    assert.equal(await summary.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(23, 63, 95)', 'print.css applied');
    assert.equal(await summary.evaluate(() => window.opener), null, 'opened with noopener');
    // The export downloads a blob.
    const download = page.waitForEvent('download');
    assert.ok(await activate(page, 'progress.export.json'));
    assert.ok(JSON.parse(readFileSync(await (await download).path(), 'utf8')).encoded);
    assert.equal((await state(page)).screen, 'progress');
    await page.waitForTimeout(200);  // reports are delivered asynchronously
    assert.deepEqual(await violations(page), []);
    const summaryReports = [...await summary.evaluate(() => window.__violations || ['the watcher did not run']),
      ...consoleOf.get(summary).filter((t) => /Content.Security.Policy|Refused to/i.test(t))];
    assert.deepEqual(summaryReports, []);
    assert.deepEqual(page.errors, []);
    // The watchers do see what the policy refuses (an inline <style>), in both pages.
    for (const p of [page, summary]) {
      await p.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>body { color: red }</style>'));
      await p.waitForFunction(() => window.__violations.length === 1);
      assert.match((await p.evaluate(() => window.__violations))[0], /^style-src-elem blocked inline/);
    }
    console.log(`CSP: ${csp}`);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
});

test('cmi5 needs the LRS origin in connect-src: refused without it, allowed with --connect', async () => {
  // A stand-in LRS on another origin (another port) that answers any request.
  const lrs = createServer((req, res) => { res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end('{}'); });
  await new Promise((r) => lrs.listen(0, '127.0.0.1', r));
  const lrsOrigin = `http://127.0.0.1:${lrs.address().port}`;
  const context = await browser.newContext();
  await context.addInitScript(watchViolations);
  try {
    for (const [connect, allowed] of [[[], false], [[lrsOrigin], true]]) {
      const server = await startServer(dist, 0, {}, { csp: contentSecurityPolicy({ connect }) });
      const page = await context.newPage();
      page.errors = [];
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const reached = await page.evaluate((u) => fetch(`${u}/statements`, { method: 'POST', body: '[]' }).then(() => true, () => false), lrsOrigin);
      assert.equal(reached, allowed);
      assert.equal((await violations(page)).length > 0, !allowed);
      await page.close();
      await new Promise((r) => server.close(r));
    }
  } finally {
    await context.close();
    await new Promise((r) => lrs.close(r));
  }
});

test('every link the page opens elsewhere uses noopener (window.open and target=_blank)', () => {
  const files = [join(root, 'web/index.html'), ...['web', 'web/lms'].flatMap((d) =>
    readdirSync(join(root, d)).filter((f) => f.endsWith('.js')).map((f) => join(root, d, f))),
  join(root, 'src/platform/web/library_leren.js')];
  let opens = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/window\.open\(([^;]*)\)/g)) {
      opens++;
      assert.match(m[1], /'noopener'/, `${f}: ${m[0]}`);
    }
    for (const m of text.matchAll(/_blank/g)) {
      const around = text.slice(Math.max(0, m.index - 200), m.index + 200);
      assert.match(around, /noopener/, `${f}: _blank without noopener near: ${around}`);
    }
  }
  assert.ok(opens >= 2, 'the checks saw the window.open calls');
});
