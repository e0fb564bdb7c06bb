// Exercises that measure judgement, in the browser (the native UI tests cover the rest):
// ?mode=toets offers no back; the learner's order of the choices survives a reload; a played
// path shows its decisive moments in the debrief; a retried question keeps its first-attempt
// score. Screenshots of the new screens (consequence, coaching, debrief) at phone and laptop size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, state, activate, activateAndWait, waitFor, screenshot, scrollTo, courseFiles } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const { modules, cases } = courseFiles();
const total = (ch) => Object.values(ch.score || {}).reduce((a, b) => a + b, 0);
const choicesShown = (d) => d.elements.filter((e) => e.id.startsWith('case.choice.')).map((e) => e.id.slice(12));

async function startCase(page, c) {
  await activateAndWait(page, `home.case.${c.id}`, (d, a) => d.screen === a, `case.${c.id}.intro`);
  return activateAndWait(page, 'case.start', (d) => d.screen.endsWith('.node'));
}

// Chooses and waits until the next scene (or the ending) is on screen.
async function choose(page, id) {
  const before = (await state(page)).caseLog.length;
  assert.equal(await activate(page, `case.choice.${id}`), true, `choice ${id} offered`);
  await page.waitForFunction((n) => window.learningModule.state().caseLog.length === n + 1, before);
  // The new scene, not the previous one still described: its step number is one higher.
  return waitFor(page, (d, n) => d.screen.endsWith('.ending') || (d.elements.some((e) => e.id === 'case.consequence') &&
    (d.elements.find((e) => e.id === 'case.step')?.label || '').endsWith(` ${n + 2}`)), before);
}

test('in a toets there is no back and no "wat als?" before the ending', async () => {
  const c = cases[1];
  const m = await openModule(browser, { query: '?mode=toets' });
  try {
    let d = await startCase(m.page, c);
    d = await choose(m.page, choicesShown(d)[0]);
    assert.ok(!d.elements.some((e) => e.id === 'case.back'), 'no back');
    assert.ok(!d.elements.some((e) => e.id === 'case.history'), 'no history with "wat als?"');
    assert.ok(!d.elements.some((e) => e.id === 'case.restart'), 'no restart');
    assert.ok(!d.elements.some((e) => e.id === 'case.coaching'), 'coaching waits for the debrief');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('the order of the choices is the learner\'s own and survives a reload', async () => {
  const c = cases[0];
  const m = await openModule(browser);
  try {
    const d = await startCase(m.page, c);
    const shown = choicesShown(d);
    const file = c.nodes.find((n) => n.id === c.start).choices.map((ch) => ch.id);
    assert.deepEqual([...shown].sort(), [...file].sort(), 'every choice of the first scene is offered');
    await m.page.reload();
    await m.page.evaluate(() => window.learningModule.ready);
    // A reload reopens the screen it was on: the case's first scene.
    const again = await waitFor(m.page, (d, a) => d.screen === a, `case.${c.id}.node`);
    assert.deepEqual(choicesShown(again), shown);
  } finally { await m.close(); }
});

test('the debrief shows the learner\'s path and its decisive moments; phone and laptop', async () => {
  // The expert choice everywhere but the first decision: that one decides the outcome.
  for (const [name, viewport] of [['360x640', { width: 360, height: 640 }], ['1366x768', { width: 1366, height: 768 }]]) {
    const m = await openModule(browser, { viewport, deviceScaleFactor: name === '360x640' ? 2 : 1 });
    try {
      for (const c of cases) {
        if (c.difficulty !== 'basis') continue;
        let d = await startCase(m.page, c);
        const nodes = Object.fromEntries(c.nodes.map((n) => [n.id, n]));
        let first = true;
        while (!d.screen.endsWith('.ending')) {
          const node = nodes[(await state(m.page)).caseNode];
          const offered = node.choices.filter((ch) => choicesShown(d).includes(ch.id)).sort((a, b) => total(b) - total(a));
          const pick = first ? offered[offered.length - 1] : offered[0];
          d = await choose(m.page, pick.id);
          if (first && name === '360x640') await screenshot(m.page, `case-consequence-coaching-${name}`);
          first = false;
        }
        d = await describe(m.page);
        assert.ok(!d.elements.some((e) => e.id === 'case.path.0'), 'the learner\'s decisions start closed');
        d = await activateAndWait(m.page, 'case.path', (d) => d.elements.some((e) => e.id === 'case.path.0'));
        const decisive = d.elements.filter((e) => /^case\.decisive\.\d+$/.test(e.id));
        await scrollTo(m.page, 'case.decisive');
        await screenshot(m.page, `case-debrief-${c.id}-${name}`);
        if (decisive.length) {
          assert.ok(decisive[0].label.length > 20, 'a decisive moment names the other choice and its outcome');
          break;
        }
        await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
      }
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  }
});

test('a retried question keeps its first-attempt score; the retry is practice', async () => {
  const mod = modules[0];
  const q = mod.quiz.questions[0];
  const m = await openModule(browser);
  try {
    await activateAndWait(m.page, `home.module.${mod.id}`, (d) => d.screen.startsWith('page.'));
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    // Straight to the check through its deep link.
    await m.page.goto(`${m.url}?module=${mod.id}&page=check`);
    await m.page.evaluate(() => window.learningModule.ready);
    let d = await waitFor(m.page, (d, a) => d.screen === a, `quiz.${mod.id}.${q.id}`);
    const pick = async (correct) => {
      if (q.options) for (const o of q.options.filter((o) => o.correct === correct).slice(0, correct ? 99 : 1)) await activate(m.page, `quiz.option.${o.id}`);
      else if (q.pairs) for (const [i, p] of q.pairs.entries()) await activate(m.page, `quiz.term.${p.id}.${(correct ? p : q.pairs[(i + 1) % q.pairs.length]).id}`);
      await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'quiz.check' && !e.disabled));
      await activateAndWait(m.page, 'quiz.check', (d) => d.elements.some((e) => e.id === 'quiz.result'));
    };
    await pick(false);
    d = await describe(m.page);
    assert.match(d.elements.find((e) => e.id === 'quiz.retry').label, /telt niet mee/);
    await activateAndWait(m.page, 'quiz.retry', (d) => d.elements.some((e) => e.id === 'quiz.check'));
    await pick(true);
    d = await describe(m.page);
    assert.match(d.elements.find((e) => e.id === 'quiz.result').label, /oefenen/);
    const s = await state(m.page);
    const qs = s.modules[mod.id].questions[q.id];
    assert.equal(qs.attempts, 2);
    assert.ok(qs.first < 1, `the first attempt stays (${qs.first})`);
    assert.equal(qs.best, 1);
  } finally { await m.close(); }
});
