// The module as a learner uses it, where the browser matters: how each figure type and every
// screen type looks at six sizes, a case resumed after a real reload (localStorage), the real
// <input> over the search field, a real download and file picker for progress, a finger on the
// case map, and a slider's value in its pixels. What is not about the browser (every page and
// figure, checks, case endings, back and "wat als?", search, the trainer view, progress
// reset) is tested natively in tests/ui, in seconds. Actions go through describe()/activate().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, state, activate, waitFor, activateAndWait, element, screenshot, scrollTo, courseFiles, inkShare } from './harness.mjs';
import { choose } from './steps.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const { modules, cases } = courseFiles();
const FIGURES = ['actorMap', 'timeline', 'processFlow', 'comparison', 'radar', 'calculator', 'decision'];

async function openPage(page, mod, index) {
  await activateAndWait(page, `home.module.${mod.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), mod.id);
  for (let i = 0; i < index; i++) {
    await activateAndWait(page, 'page.next', (d, a) => d.screen === a, `page.${mod.id}.${mod.pages[i + 1].id}`);
  }
}

test('each figure type, as drawn', async () => {
  const m = await openModule(browser);
  try {
    for (const type of FIGURES) {
      const found = findFigure(type);
      assert.ok(found, `the course has a ${type} figure`);
      await openPage(m.page, found.mod, found.index);
      await scrollTo(m.page, `figure.${found.fig.id}`);
      await screenshot(m.page, `figure-${type}-1280x800`);
      await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    }
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

function findFigure(type, pred = () => true) {
  for (const mod of modules)
    for (let i = 0; i < mod.pages.length; i++)
      for (const b of mod.pages[i].blocks) if (b.type === type && pred(b)) return { mod, index: i, fig: b };
  return null;
}

const firstChoice = async (page) => (await describe(page)).elements.find((e) => e.id.startsWith('case.choice.')).id.slice('case.choice.'.length);

// Picks a choice at each step by a strategy over the content's scores, until an ending.
async function playCase(page, c, strategy, step0 = 0) {
  const nodes = Object.fromEntries(c.nodes.map((n) => [n.id, n]));
  for (let step = step0; step < 200; step++) {
    const s = await state(page);
    if (s.caseEnding) return s;
    const d = await describe(page);
    const offered = d.elements.filter((e) => e.id.startsWith('case.choice.')).map((e) => e.id.slice('case.choice.'.length));
    const node = nodes[s.caseNode];
    const choices = node.choices.filter((ch) => offered.includes(ch.id));
    assert.ok(choices.length > 0, `choices offered at ${s.caseNode}`);
    const total = (ch) => Object.values(ch.score || {}).reduce((a, b) => a + b, 0);
    const sorted = [...choices].sort((a, b) => total(b) - total(a));
    const pick = strategy === 'best' ? sorted[0] : strategy === 'worst' ? sorted[sorted.length - 1]
      : sorted[(step * 7 + strategy.length) % sorted.length];
    await choose(page, pick.id);
  }
  throw new Error('no ending after 200 steps');
}

// Opens a case from home and starts it from the beginning.
async function startCase(page, c) {
  await activateAndWait(page, 'nav.home', (d) => d.screen === 'home');
  let d = await activateAndWait(page, `home.case.${c.id}`, (d, a) => d.screen === a, `case.${c.id}.intro`);
  const fresh = !d.elements.some((e) => e.id === 'case.restart');
  d = await activateAndWait(page, fresh ? 'case.start' : 'case.restart',
    (d) => d.screen.endsWith('.node') || d.elements.some((e) => e.id === 'case.restart.yes'));
  // A run with choices asks first whether to throw them away.
  if (!d.screen.endsWith('.node')) await activateAndWait(page, 'case.restart.yes', (d) => d.screen.endsWith('.node'));
  assert.equal((await state(page)).caseLog.length, 0);
}

test('reload mid-case resumes at the same node with the same state; language switch keeps it', async () => {
  const c = cases[0];
  const m = await openModule(browser);
  try {
    await startCase(m.page, c);
    for (let i = 0; i < 3; i++) await choose(m.page, await firstChoice(m.page));
    const before = await state(m.page);
    await m.page.reload();
    await m.page.evaluate(() => window.learningModule.ready);
    // A reload reopens the screen it was on: the case, past its intro.
    await waitFor(m.page, (d, a) => d.screen === a, `case.${c.id}.node`);
    const after = await state(m.page);
    assert.equal(after.caseNode, before.caseNode);
    assert.deepEqual(after.caseVariables, before.caseVariables);
    assert.deepEqual(after.caseScores, before.caseScores);
    await activateAndWait(m.page, 'nav.lang.en', (d) => d.lang === 'en');
    const en = await state(m.page);
    assert.equal(en.caseNode, before.caseNode);
    assert.deepEqual(en.caseVariables, before.caseVariables);
    assert.equal((await describe(m.page)).elements.find((e) => e.id === 'case.choices').label, 'What do you do?');
  } finally { await m.close(); }
});

for (const [name, viewport, dsf] of [['360x640', { width: 360, height: 640 }, 1], ['1920x1080', { width: 1920, height: 1080 }, 1], ['1280x800@2x', { width: 1280, height: 800 }, 2], ['1024x768@1.5x', { width: 1024, height: 768 }, 1.5], ['360x640@3x', { width: 360, height: 640 }, 3], ['2560x1440', { width: 2560, height: 1440 }, 1]]) {
  test(`every screen type at ${name}`, async () => {
    const m = await openModule(browser, { viewport, deviceScaleFactor: dsf });
    try {
      await screenshot(m.page, `screen-home-${name}`);
      const d = await describe(m.page);
      for (const e of d.elements.filter((e) => e.visible && e.role !== 'img'))
        assert.ok(e.x >= -1 && e.x + e.w <= viewport.width + 1, `${e.id} fits horizontally (${e.x}+${e.w})`);
      const calc = findFigure('comparison');
      await openPage(m.page, calc.mod, calc.index);
      await screenshot(m.page, `screen-page-${name}`);
      await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
      await startCase(m.page, cases[0]);
      await screenshot(m.page, `screen-case-${name}`);
      await activateAndWait(m.page, 'nav.progress', (d) => d.screen === 'progress');
      await screenshot(m.page, `screen-progress-${name}`);
      await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
      await screenshot(m.page, `screen-settings-${name}`);
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  });
}

test('the search field is a real input over the drawn field: typing there searches', async () => {
  const m = await openModule(browser);
  try {
    // The page's real <input> lies exactly over the drawn field (phone keyboards, IMEs).
    const field = (await describe(m.page)).elements.find((e) => e.id === 'home.search');
    const box = await m.page.locator('input.overlay-field').boundingBox();
    assert.ok(Math.abs(box.x - field.x) < 2 && Math.abs(box.y - field.y) < 2, 'overlay input placed over the field');
    await m.page.locator('input.overlay-field').fill('mantelzorger');
    const d = await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'home.search.hit0'));
    assert.ok(d.elements.some((e) => /^home\.search\.hit\d+$/.test(e.id) && e.label.startsWith('Casus:')), 'a case hit');
    await screenshot(m.page, 'home-search');
  } finally { await m.close(); }
});

test('progress: a real download of the export, and the browser\'s file picker imports it', async () => {
  const mod = modules[0];
  const m = await openModule(browser);
  try {
    await openPage(m.page, mod, 1);
    await activateAndWait(m.page, 'nav.progress', (d) => d.screen === 'progress');
    await screenshot(m.page, 'progress-screen');
    const [download] = await Promise.all([m.page.waitForEvent('download'), activate(m.page, 'progress.export.json')]);
    const file = await download.path();
    const exported = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    assert.equal(exported.course, 'sociaal-domein-leren');
    assert.equal(exported.modules[mod.id].visitedPages.length, 2);
    await activateAndWait(m.page, 'progress.reset', (d) => d.elements.some((e) => e.id === 'progress.reset.yes'));
    await activateAndWait(m.page, 'progress.reset.yes', (d) => d.elements.some((e) => e.id === 'progress.reset' && e.role === 'button'));
    assert.deepEqual((await state(m.page)).modules, {});
    const [chooser] = await Promise.all([m.page.waitForEvent('filechooser'), activate(m.page, 'progress.import')]);
    await chooser.setFiles(file);
    await m.page.waitForFunction((id) => window.learningModule.state().modules[id]?.visitedPages.length === 2, mod.id);
  } finally { await m.close(); }
});

test('on a phone, tapping a place on the case map shows what happened there (nothing is hover-only)', async () => {
  const c = cases[1];
  const m = await openModule(browser, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true });
  try {
    await startCase(m.page, c);
    await playCase(m.page, c, 'best');
    await scrollTo(m.page, 'case.map');
    const canvas = await m.page.locator('canvas').boundingBox();
    const tap = async (dot) => {
      await m.page.touchscreen.tap(canvas.x + dot.x + dot.w / 2, canvas.y + dot.y + dot.h / 2);
      return waitFor(m.page, (d, a) => d.elements.find((e) => e.id === a)?.selected, dot.id);
    };
    let d = await describe(m.page);
    const dots = d.elements.filter((e) => e.parent === 'case.map.graph' && e.role === 'listitem');
    assert.equal(dots.length, c.nodes.length + c.endings.length, 'every decision point and ending is listed');
    for (const dot of dots) assert.ok(dot.w >= 24 && dot.h >= 24, `${dot.id} is a finger's target (${dot.w}×${dot.h})`);
    // The first decision point, tapped with a finger: it names the learner's choice there.
    const first = dots.find((e) => e.id === `case.map.graph.node.${c.nodes[0].id}`);
    await scrollTo(m.page, first.id);
    d = await tap((await describe(m.page)).elements.find((e) => e.id === first.id));
    const shown = d.elements.find((e) => e.id === 'case.map.graph.selected');
    const state = d.elements.find((e) => e.id === 'case.map.graph.selected.state');
    assert.ok(shown && shown.label.endsWith(c.nodes[0].title?.nl ?? c.nodes[0].id), `the tapped point is named: ${shown?.label}`);
    assert.ok(state && /jouw keuze/.test(state.label), `and what the learner chose there: ${state?.label}`);
    await screenshot(m.page, 'case-map-tapped-phone');
    // The ending reached, by its letter: named when tapped.
    const ending = dots.find((e) => e.id.startsWith('case.map.graph.ending.') && e.valueText === 'hier ben je');
    assert.ok(ending, 'the ending reached is marked');
    await scrollTo(m.page, ending.id);
    d = await tap((await describe(m.page)).elements.find((e) => e.id === ending.id));
    assert.equal(d.elements.find((e) => e.id === 'case.map.graph.selected').label, ending.label);
    // Assistive technology and tests select a place by activate() as well.
    const other = dots.find((e) => e.id.startsWith('case.map.graph.node.') && !e.valueText);
    if (other) {
      d = await activateAndWait(m.page, other.id, (d, a) => d.elements.find((e) => e.id === a)?.selected, other.id);
      assert.equal(d.elements.find((e) => e.id === 'case.map.graph.selected').label, other.label);
    }
  } finally { await m.close(); }
});

test('a slider shows its value beside it, never under its handle, also a value with a percent sign', async () => {
  const m = await openModule(browser);
  try {
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    const e = await element(m.page, 'settings.textsize.value');
    assert.equal(e.valueText, '100%');
    // Right of the track, where the value is drawn (the handle is inside the track).
    const beside = { x: e.x + e.w + 8, y: e.y + e.h * 0.15, w: 60, h: e.h * 0.7 };
    const share = await inkShare(m.page, beside);
    assert.ok(share > 0.02, `value text drawn beside the slider (${(share * 100).toFixed(1)} % of that area)`);
  } finally { await m.close(); }
});
