// The adversarial set (tests/data/hostile) in the real module: each course of the set is served
// as content/ of the built module in turn (one server, one page reloaded per course) and the
// module must show coursetool's located verdict (the manifest, expected.json): home names the
// cause, the first error, with file:line:column; the problems screen lists every error and
// warning with its file, line, column, JSON pointer and code, and nothing else; the modules and
// cases coursetool finds unavailable are exactly the disabled cards. Nothing crashes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, describe, dist } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { manifest, writeCase } from '../content/hostile-cases.mjs';
import { go, openPage } from './steps.mjs';

let browser, server, page, work;
before(async () => {
  browser = await launchBrowser();
  // A copy of dist/ made of links, whose content/ link points at the course under test.
  work = mkdtempSync(join(tmpdir(), 'hostile-web-'));
  const site = join(work, 'site');
  mkdirSync(site);
  for (const f of readdirSync(dist)) if (f !== 'content' && f !== 'packages') symlinkSync(join(dist, f), join(site, f));
  server = await startServer(site, 0);
});
after(async () => {
  await browser.close();
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});

// The id a module or case file gets (the loader's idFromFileName), and the id written in it
// when Node can read one: the card is one of the two.
function idsOf(dir, file) {
  const name = file.split('/').pop().replace(/\.json$/, '');
  const ids = [name.replace(/^\d+-(?=.)/, '')];
  try { const j = JSON.parse(readFileSync(join(dir, file), 'utf8')); if (typeof j.id === 'string') ids.push(j.id); } catch { /* unreadable */ }
  return ids;
}

function listed(dir) {
  try { return JSON.parse(readFileSync(join(dir, 'course.json'), 'utf8')); } catch { return null; }
}

test(`the browser gives coursetool's located verdict for every course of the hostile set (${manifest.cases.length})`, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const site = join(work, 'site');
  const started = Date.now();
  try {
    for (const [n, c] of manifest.cases.entries()) {
      const dir = writeCase(c, join(work, 'cases', c.name));
      rmSync(join(site, 'content'), { force: true });
      symlinkSync(dir, join(site, 'content'));
      const url = `http://127.0.0.1:${server.address().port}/?lang=en`;
      if (!page) page = await openPage(context, url);
      else {
        await page.goto(url);
        await page.waitForFunction(() => window.learningModule && window.learningModule.ready, null, { timeout: 30000 });
        await page.evaluate(() => window.learningModule.ready);
      }
      const where = `${c.name} (${n + 1}/${manifest.cases.length})`;
      const { errors, warnings, unavailable } = c.expect;
      let d = await describe(page);
      // Home names the cause.
      const summary = d.elements.find((e) => e.id === 'home.problems');
      if (errors.length) {
        assert.ok(summary, `${where}: home names the problem`);
        const first = errors[0];
        assert.ok(summary.label.includes(`${first.file}:${first.line}:${first.column}`),
          `${where}: home names the cause ${first.file}:${first.line}:${first.column}: ${summary.label}`);
      } else {
        assert.equal(summary, undefined, `${where}: no problem on home`);
      }
      // Unavailable: exactly the disabled cards.
      const course = listed(dir) || {};
      for (const [kind, files] of [['module', course.modules || []], ['case', course.cases || []]]) {
        const disabled = d.elements.filter((e) => e.id.startsWith(`home.${kind}.`) && e.disabled).map((e) => e.id);
        const expected = unavailable[`${kind}s`];
        assert.equal(disabled.length, expected.length, `${where}: disabled ${kind} cards ${disabled} vs ${expected}`);
        for (const f of expected.filter((x) => files.includes(x)))
          assert.ok(idsOf(dir, f).some((id) => disabled.includes(`home.${kind}.${id}`)), `${where}: ${f} unavailable (${disabled})`);
      }
      // The problems screen: every diagnostic, located, and nothing more.
      if (errors.length) {
        d = await go(page, 'home.problems.open', 'problems');
        const shown = [];
        let file = null;
        for (const e of d.elements) {
          if (e.id.startsWith('problems.file.')) file = e.label;
          else if (/^problems\.\d+$/.test(e.id)) shown.push({ file, label: e.label });
        }
        assert.equal(shown.length, errors.length + warnings.length, `${where}: ${JSON.stringify(shown, null, 1)}`);
        for (const [severity, list] of [['Error', errors], ['Warning', warnings]]) {
          for (const e of list) {
            const at = `line ${e.line}, column ${e.column}${e.pointer ? ` · ${e.pointer}` : ''}`;
            // "Error — line 4, column 11 · /kind: <message> [code]"
            const hit = shown.find((s) => s.file === e.file && s.label.startsWith(`${severity} — ${at}: `) && s.label.endsWith(` [${e.code}]`));
            assert.ok(hit, `${where}: ${severity} ${e.code} at ${e.file} ${at} shown; shown: ${JSON.stringify(shown, null, 1)}`);
          }
        }
      }
      // A file the course lists but the server does not have is reported by the browser too.
      const unexpected = page.errors.filter((t) => !/^Failed to load resource: .* 404 .*\/content\//.test(t));
      assert.deepEqual(unexpected, [], `${where}: console errors`);
      page.errors.length = 0;
    }
    console.log(`hostile set in the browser: ${manifest.cases.length} courses in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally { await context.close(); }
});
