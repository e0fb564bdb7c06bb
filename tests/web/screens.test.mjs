// Screenshots of every screen type at the three sizes the course is judged at (a 360×640
// phone, a 1366×768 laptop, a 1920×1080 desktop), for people to look at: test-results/
// screens-<size>-<screen>.png. Each screen also passes the layout rules that describe() can
// check: nothing drawn past the right edge, and no text under 13 CSS px (an element's line
// height, 1.3× its em, is at least 17 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, state, activate, activateAndWait, waitFor, screenshot, courseFiles } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const { modules, cases } = courseFiles();
const SIZES = [['360x640', { width: 360, height: 640 }, 2], ['1366x768', { width: 1366, height: 768 }, 1],
  ['1920x1080', { width: 1920, height: 1080 }, 1]];

function findPage(pred) {
  for (const mod of modules) for (let i = 0; i < mod.pages.length; i++) if (pred(mod.pages[i])) return { mod, index: i };
  return null;
}
async function openPage(page, mod, index) {
  const d = await activateAndWait(page, 'nav.home', (d) => d.screen === 'home');
  await activateAndWait(page, `home.module.${mod.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), mod.id);
  for (let i = 0; i < index; i++) await activateAndWait(page, 'page.next', (d, a) => d.screen === a, `page.${mod.id}.${mod.pages[i + 1].id}`);
  return d;
}
// Scrolls the module so element `id` is in view (as a keyboard user's focus would).
async function reveal(page, id) {
  await page.evaluate((i) => window.learningModule.reveal(i), id);
  await waitFor(page, (d, a) => d.elements.find((e) => e.id === a)?.visible, id);
  await page.waitForTimeout(150);
}
async function shot(page, size, name, checks = true) {
  await page.waitForTimeout(250);
  await screenshot(page, `screens-${size}-${name}`);
  if (!checks) return;
  const d = await describe(page);
  const width = page.viewportSize().width;
  // The perspective chips sit in a row that scrolls sideways (a fade marks the hidden part):
  // a chip may reach past the edge there, and nowhere else.
  const byId = new Map(d.elements.map((e) => [e.id, e]));
  const inSideScroll = (e) => { for (let p = byId.get(e.parent); p; p = byId.get(p.parent)) if (p.id === 'case.perspectives') return true; return false; };
  for (const e of d.elements.filter((e) => e.visible && e.w > 0 && !['img', 'main', 'figure', 'list', 'group'].includes(e.role) && !inSideScroll(e)))
    assert.ok(e.x >= -1 && e.x + e.w <= width + 1, `${name} at ${size}: ${e.id} fits horizontally (${e.x}+${e.w} > ${width})`);
}
const choose = async (page, id) => {
  const n = (await state(page)).caseLog.length;
  await activate(page, `case.choice.${id}`);
  await page.waitForFunction((k) => window.learningModule.state().caseLog.length === k + 1, n);
  await page.waitForTimeout(200);
};

for (const [size, viewport, dsf] of SIZES) {
  test(`every screen type at ${size}`, async () => {
    const m = await openModule(browser, { viewport, deviceScaleFactor: dsf, hasTouch: size === '360x640' });
    try {
      const p = m.page;
      await shot(p, size, 'home');
      // A page with each kind of block: text with callouts, a check, each figure type.
      const figures = ['actorMap', 'timeline', 'processFlow', 'comparison', 'radar', 'calculator', 'decision'];
      for (const type of figures) {
        const at = findPage((pg) => pg.blocks.some((b) => b.type === type));
        await openPage(p, at.mod, at.index);
        const fig = at.mod.pages[at.index].blocks.find((b) => b.type === type);
        await reveal(p, `figure.${fig.id}`);
        await shot(p, size, `figure-${type}`);
      }
      const withCallout = findPage((pg) => pg.blocks.some((b) => b.type === 'callout'));
      await openPage(p, withCallout.mod, withCallout.index);
      await shot(p, size, 'page-top');
      const callout = withCallout.mod.pages[withCallout.index].blocks.findIndex((b) => b.type === 'callout');
      await reveal(p, `block.${callout}`);
      await shot(p, size, 'page-callout');
      const withCheck = findPage((pg) => pg.blocks.some((b) => b.type === 'check'));
      await openPage(p, withCheck.mod, withCheck.index);
      const check = withCheck.mod.pages[withCheck.index].blocks.find((b) => b.type === 'check').question;
      await reveal(p, `check.${check.id}`);
      if (check.options) {
        await activate(p, `check.${check.id}.option.${check.options.find((o) => !o.correct).id}`);
        await waitFor(p, (d, a) => d.elements.some((e) => e.id === a && !e.disabled), `check.${check.id}.check`);
        await activateAndWait(p, `check.${check.id}.check`, (d, a) => d.elements.some((e) => e.id === a), `check.${check.id}.result`);
      }
      await shot(p, size, 'page-check-answered');
      // The knowledge check: a question, the same question checked, the results, completion.
      const mod = modules[0];
      await openPage(p, mod, mod.pages.length - 1);
      let d = await activateAndWait(p, 'page.quiz', (d) => d.screen.startsWith('quiz.'));
      await shot(p, size, 'quiz-question');
      for (let q = 0; q < mod.quiz.questions.length; q++) {
        const question = mod.quiz.questions[q];
        if (question.options) await activate(p, `quiz.option.${question.options[0].id}`);
        if (question.pairs) for (const pair of question.pairs) await activate(p, `quiz.term.${pair.id}.${pair.id}`);
        await waitFor(p, (d) => d.elements.some((e) => e.id === 'quiz.check' && !e.disabled));
        d = await activateAndWait(p, 'quiz.check', (d) => d.elements.some((e) => e.id === 'quiz.result'));
        if (q === 0) await shot(p, size, 'quiz-checked');
        const next = d.elements.find((e) => e.id === 'quiz.next' || e.id === 'quiz.to_results');
        await activateAndWait(p, next.id, (d, a) => !d.elements.some((e) => e.id === 'quiz.result') || a === 'quiz.to_results', next.id);
      }
      await waitFor(p, (d) => d.screen.endsWith('.results'));
      await shot(p, size, 'quiz-results');
      await activateAndWait(p, 'quiz.finish', (d) => d.screen.startsWith('done.'));
      await shot(p, size, 'module-done');
      // A case: its intro, a scene after a choice (consequence first), the ending.
      const c = cases[0];
      await activateAndWait(p, 'nav.home', (d) => d.screen === 'home');
      await activateAndWait(p, `home.case.${c.id}`, (d, a) => d.screen === `case.${a}.intro`, c.id);
      await shot(p, size, 'case-intro');
      await activateAndWait(p, 'case.start', (d) => d.screen.endsWith('.node'));
      await shot(p, size, 'case-scene-first');
      d = await describe(p);
      await choose(p, d.elements.find((e) => e.id.startsWith('case.choice.')).id.slice('case.choice.'.length));
      await shot(p, size, 'case-scene-consequence');
      for (let i = 0; i < 40 && !(await state(p)).caseEnding; i++) {
        d = await describe(p);
        await choose(p, d.elements.find((e) => e.id.startsWith('case.choice.')).id.slice('case.choice.'.length));
      }
      await waitFor(p, (d) => d.screen.endsWith('.ending'));
      await p.evaluate(() => window.learningModule.reveal('main'));
      await shot(p, size, 'case-ending');
      await reveal(p, 'case.map');
      await shot(p, size, 'case-map');
      for (const [id, screen] of [['nav.progress', 'progress'], ['nav.settings', 'settings']]) {
        await activateAndWait(p, id, (d, a) => d.screen === a, screen);
        await shot(p, size, screen);
      }
      await activateAndWait(p, 'nav.home', (d) => d.screen === 'home');
      await activateAndWait(p, 'home.glossary', (d) => d.screen === 'glossary');
      await shot(p, size, 'glossary');
      const term = (await describe(p)).elements.find((e) => e.id.startsWith('glossary.term.') && e.role !== 'heading' && e.role === 'button');
      if (term) {
        await activateAndWait(p, term.id, (d) => d.elements.some((e) => e.id === 'glossary.popup'));
        await shot(p, size, 'glossary-popup');
      }
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  });
}
