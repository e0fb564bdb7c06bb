// The page's checker (src/platform/web/library_checker.js, web/checker/worker.js): a file a
// trainer edited after the build gets its case analysis and lint in a Web Worker with a wasm of
// its own, and its findings are shown located as coursetool locates them; a learner's page with
// the build's own files never fetches that worker; and when the worker cannot run, the file
// still loads, with one warning that says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openModule, describe, activateAndWait, waitFor, courseFiles, dist } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

// The first case with a copy of its first node that nothing leads to: coursetool reports
// case.unreachable-node at /nodes/<n> (an error, found only by the case analysis).
function editedCase() {
  const { course } = courseFiles();
  const file = course.cases[0];
  const c = JSON.parse(readFileSync(join(dist, 'content', file), 'utf8'));
  const orphan = { ...c.nodes[0], id: 'niemand-komt-hier' };
  const at = c.nodes.length;
  c.nodes.push(orphan);
  return { file, id: c.id, text: JSON.stringify(c, null, 2), pointer: `/nodes/${at}` };
}

const problems = (d) => d.elements.filter((e) => /^problems\.\d+$/.test(e.id)).map((e) => e.label);
const checkerRequests = (page) => page.evaluate(() =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.includes('/checker/')).length);

test('a case edited after the build gets its case analysis from the page\'s checker, located', async () => {
  const edited = editedCase();
  const m = await openModule(browser, { query: '?lang=en&screen=problems', overrides: { [`/content/${edited.file}`]: edited.text } });
  try {
    // Prefetched after the first screen, checked in the worker, then listed.
    const d = await waitFor(m.page, (d) => d.elements.some((e) => /\[case\.unreachable-node\]$/.test(e.label)), null, 30000);
    const shown = problems(d).find((l) => l.endsWith('[case.unreachable-node]'));
    assert.match(shown, new RegExp(`^Error — line \\d+, column \\d+ · ${edited.pointer}: `));
    const line = Number(/line (\d+)/.exec(shown)[1]);
    assert.ok(line > 1, shown);
    // The case is not offered; the worker was made once.
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    const card = (await describe(m.page)).elements.find((e) => e.id === `home.case.${edited.id}`);
    assert.ok(card && card.disabled, 'the case with an error is unavailable');
    assert.ok(await checkerRequests(m.page) >= 1, 'the checker\'s worker script was fetched');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('the build\'s own files never fetch the checker', async () => {
  const m = await openModule(browser);
  try {
    const { cases } = courseFiles();
    await activateAndWait(m.page, `home.case.${cases[0].id}`, (d) => d.screen.startsWith('case'));
    await m.page.waitForTimeout(1000);  // idle prefetch of the rest
    assert.equal(await checkerRequests(m.page), 0);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// Without its wasm (the worker starts and fails) or without the worker's script (the worker
// never starts): either way the page tells and goes on.
for (const missing of ['/checker/course-checker.wasm', '/checker/worker.js']) {
test(`when the checker cannot run (${missing} missing), the edited file loads as it is, with a warning that says so`, async () => {
  const edited = editedCase();
  const m = await openModule(browser, {
    query: '?lang=en&screen=problems',
    overrides: { [`/content/${edited.file}`]: edited.text, [missing]: null },
  });
  try {
    const d = await waitFor(m.page, (d) => d.elements.some((e) => /\[check\.unavailable\]$/.test(e.label)), null, 30000);
    const shown = problems(d);
    assert.ok(shown.some((l) => /^Warning — .*could not run in the browser.*\[check\.unavailable\]$/.test(l)), JSON.stringify(shown));
    assert.ok(!shown.some((l) => l.endsWith('[case.unreachable-node]')), 'no analysis without the checker');
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    const card = (await describe(m.page)).elements.find((e) => e.id === `home.case.${edited.id}`);
    assert.ok(card && !card.disabled, 'the case is offered as it is');
    // The failed request is the only console error.
    assert.ok(m.errors.every((t) => /checker|404|Failed to load resource/i.test(t)), JSON.stringify(m.errors));
  } finally { await m.close(); }
});
}

// A worker that takes the file and never answers (a check caught in a loop): after the checker's
// patience (60 s; 1 s here, set before the glue reads Module) the edited file loads with the
// warning, which says why.
test('when the checker never answers, the edited file loads after its patience, with a warning that says so', async () => {
  const edited = editedCase();
  const silent = 'self.onmessage = () => {};';
  const impatient = () => {
    let module;
    Object.defineProperty(window, 'Module', {
      configurable: true,
      get: () => module,
      set: (m) => { if (m && m.lerenChecker) m.lerenChecker.patienceMs = 1000; module = m; },
    });
  };
  const m = await openModule(browser, {
    query: '?lang=en&screen=problems',
    overrides: { [`/content/${edited.file}`]: edited.text, '/checker/worker.js': silent },
    initScript: impatient,
  });
  try {
    const d = await waitFor(m.page, (d) => d.elements.some((e) => /\[check\.unavailable\]$/.test(e.label)), null, 30000);
    const shown = problems(d);
    assert.ok(shown.some((l) => /^Warning — .*could not run in the browser \(the checker gave no answer within 1 s\).*\[check\.unavailable\]$/.test(l)), JSON.stringify(shown));
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    const card = (await describe(m.page)).elements.find((e) => e.id === `home.case.${edited.id}`);
    assert.ok(card && !card.disabled, 'the case is offered as it is');
  } finally { await m.close(); }
});

// The page reads Markdown with its own reader; md4c, the reference, is only in the checker. An
// edited text the two read differently gets the warning coursetool gives, at its text.
test('an edited text the page\'s reader and md4c read differently gets a warning from the checker', async () => {
  const file = 'modules/09-medisch-sociaal.json';
  const original = readFileSync(join(dist, 'content', file), 'utf8');
  const text = original.replace('([IZA](glossary:iza), Integrated', '(*[IZA](glossary:iza)*, Integrated');
  assert.notEqual(text, original, 'the fixture text is still in the module');
  const m = await openModule(browser, { query: '?lang=en&screen=problems', overrides: { [`/content/${file}`]: text } });
  try {
    const d = await waitFor(m.page, (d) => d.elements.some((e) => /\[markdown\.reads-differently\]$/.test(e.label)), null, 30000);
    const shown = problems(d).filter((l) => l.endsWith('[markdown.reads-differently]'));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0], /^Warning — line \d+, column \d+ · \/pages\/\d+\/blocks\/\d+\/text\/en: .*read it differently/);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
