// The learner-experience issue's "done when": a student does a whole case and a whole module
// (its pages and its knowledge check) on a phone with touch alone. Every step is a real tap
// (Chrome's touch events through CDP, held 60 ms) on the rectangle describe() gives, after
// real swipes that bring it into view; describe() is only read, never used to act.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, state, courseFiles } from './harness.mjs';
import { touchInput, centre, settled } from './touch.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { modules, cases } = courseFiles();

// Swipes until element `id` is in the band of the screen a thumb reaches (under the top bar,
// above the bottom edge), then taps its middle. Returns the description before the tap.
async function tapOn(page, touch, id) {
  for (let i = 0; i < 30; i++) {
    const d = await settled(page);
    const e = d.elements.find((x) => x.id === id);
    assert.ok(e, `'${id}' on '${d.screen}'`);
    const c = centre(e);
    if (e.visible !== false && c.y > 90 && c.y < 600) {
      await touch.tap(c.x, Math.min(c.y, e.y + 20));
      return d;
    }
    // Swipe in the middle of the column, as a thumb does (the left edge holds the drag grips
    // of ordering and matching rows, which move the row, not the page).
    const dy = c.y >= 600 ? -Math.min(300, c.y - 340) : Math.min(300, 340 - c.y);
    await touch.swipe(200, 360, 0, dy);
  }
  throw new Error(`could not bring '${id}' into reach`);
}

async function until(page, what, predicate, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const d = await describe(page);
    if (predicate(d)) return d;
    if (Date.now() - start > timeout) throw new Error(`waited for ${what}; on '${d.screen}'`);
    await sleep(50);
  }
}

test('a whole case on a phone with touch alone', async () => {
  const m = await openModule(browser, PHONE);
  try {
    const touch = await touchInput(m.page);
    const c = cases[0];
    await tapOn(m.page, touch, `home.case.${c.id}`);
    await until(m.page, 'the case intro', (d) => d.screen === `case.${c.id}.intro`);
    await tapOn(m.page, touch, 'case.start');
    await until(m.page, 'the first decision', (d) => d.screen === `case.${c.id}.node`);
    for (let step = 0; step < 60; step++) {
      const d = await settled(m.page);
      if (d.screen.endsWith('.ending')) break;
      const offered = d.elements.filter((e) => /^case\.choice\.[^.]+$/.test(e.id));
      assert.ok(offered.length, `choices offered on step ${step + 1}`);
      const before = (await state(m.page)).caseLog.length;
      await tapOn(m.page, touch, offered[step % offered.length].id);
      await m.page.waitForFunction((n) => window.learningModule.state().caseLog.length === n + 1, before, { timeout: 10000 });
    }
    const end = await settled(m.page);
    assert.equal(end.screen, `case.${c.id}.ending`, 'the case reached an ending');
    assert.ok(end.elements.some((e) => e.id === 'case.done'), 'its moment of completion is shown');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('a whole module and its knowledge check on a phone with touch alone', async () => {
  const m = await openModule(browser, PHONE);
  try {
    const touch = await touchInput(m.page);
    const mod = modules[0];
    await tapOn(m.page, touch, `home.module.${mod.id}`);
    for (let i = 1; i < mod.pages.length; i++) {
      await tapOn(m.page, touch, 'page.next.top');
      const id = `page.${mod.id}.${mod.pages[i].id}`;
      await until(m.page, `page ${i + 1}`, (d) => d.screen === id);
    }
    await tapOn(m.page, touch, 'page.quiz.top');
    await until(m.page, 'the knowledge check', (d) => d.screen.startsWith(`quiz.${mod.id}.`));
    for (let q = 0; q < mod.quiz.questions.length; q++) {
      const question = mod.quiz.questions[q];
      let d = await settled(m.page);
      if (question.type === 'single' || question.type === 'multiple') {
        const option = d.elements.find((e) => /^quiz\.option\.[^.]+$/.test(e.id));
        await tapOn(m.page, touch, option.id);
        await until(m.page, 'the option chosen', (x) => x.elements.find((e) => e.id === option.id)?.checked === true);
      } else if (question.type === 'matching') {
        for (const pair of question.pairs) {
          d = await settled(m.page);
          const letter = d.elements.find((e) => e.id.startsWith(`quiz.term.${pair.id}.`) && e.role === 'radio');
          await tapOn(m.page, touch, letter.id);
          await until(m.page, 'a letter chosen', (x) => x.elements.find((e) => e.id === letter.id)?.checked === true);
        }
      }
      await tapOn(m.page, touch, 'quiz.check');
      await until(m.page, 'the verdict', (x) => x.elements.some((e) => e.id === 'quiz.result'));
      const last = q + 1 === mod.quiz.questions.length;
      await tapOn(m.page, touch, last ? 'quiz.to_results' : 'quiz.next');
      const next = last ? null : `quiz.${mod.id}.${mod.quiz.questions[q + 1].id}`;
      if (next) await until(m.page, `question ${q + 2}`, (x) => x.screen === next);
    }
    await settled(m.page);
    await tapOn(m.page, touch, 'quiz.finish');
    await until(m.page, 'the module\'s end', (d) => d.screen === `done.${mod.id}`);
    const s = await state(m.page);
    assert.equal(s.modules[mod.id].visitedPages.length, mod.pages.length, 'every page read');
    assert.equal(Object.keys(s.modules[mod.id].questions).length, mod.quiz.questions.length, 'every question answered');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
