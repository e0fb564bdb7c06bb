// The module as a learner uses it (issue: the learner's experience): every page and figure,
// interactive figures with known inputs, a knowledge check answered right and wrong, a case
// played to each of its endings, back and "wat als?", resume after reload, language switch
// mid-case. Everything through describe()/activate()/setValue(), never pixel coordinates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, state, activate, setValue, waitFor, activateAndWait, element, screenshot, scrollTo, courseFiles, inkShare } from './harness.mjs';

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

test('every page of every module opens and shows its figures', async () => {
  const m = await openModule(browser);
  const shot = new Set();
  try {
    for (const mod of modules) {
      await activateAndWait(m.page, `home.module.${mod.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), mod.id);
      for (let i = 0; i < mod.pages.length; i++) {
        const p = mod.pages[i];
        const d = await waitFor(m.page, (d, a) => d.screen === a, `page.${mod.id}.${p.id}`);
        assert.equal(d.elements.find((e) => e.id === 'page.title').label, p.title.nl);
        for (const b of p.blocks.filter((b) => FIGURES.includes(b.type))) {
          const fig = d.elements.find((e) => e.id === `figure.${b.id}`);
          assert.ok(fig, `figure ${b.id} on ${mod.id}/${p.id}`);
          assert.equal(fig.label, b.caption.nl);
          if (!shot.has(b.type)) {
            shot.add(b.type);
            await scrollTo(m.page, `figure.${b.id}`);
            await screenshot(m.page, `figure-${b.type}-1280x800`);
          }
        }
        assert.ok(d.elements.some((e) => e.id === 'page.sources.heading'), 'sources at the end');
        if (i + 1 < mod.pages.length) await activate(m.page, 'page.next');
      }
      assert.ok((await describe(m.page)).elements.some((e) => e.id === 'page.quiz'), 'last page leads to the quiz');
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

test('an editable radar takes the learner\'s scores and keeps them', async () => {
  const found = findFigure('radar', (b) => b.editable);
  assert.ok(found, 'the course has an editable radar');
  const m = await openModule(browser);
  try {
    await openPage(m.page, found.mod, found.index);
    const axis = found.fig.axes[0].id;
    const id = `figure.${found.fig.id}.axis.${axis}`;
    assert.equal(await setValue(m.page, id, 8), true);
    const d = await waitFor(m.page, (d, a) => d.elements.find((e) => e.id === a)?.value === 8, id);
    assert.equal(d.elements.find((e) => e.id === id).valueText, '8');
    await scrollTo(m.page, `figure.${found.fig.id}.chart`);
    await screenshot(m.page, 'figure-radar-edited');
    // Kept in progress: leave and come back.
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    await openPage(m.page, found.mod, found.index);
    assert.equal((await element(m.page, id)).value, 8);
  } finally { await m.close(); }
});

test('the kostendelersnorm calculator gives the known result', async () => {
  const found = findFigure('calculator', (b) => /kostendeler/i.test(JSON.stringify(b)));
  assert.ok(found, 'the course has a kostendelersnorm calculator');
  const m = await openModule(browser);
  try {
    await openPage(m.page, found.mod, found.index);
    const inputs = found.fig.inputs;
    const count = inputs.find((i) => /kostendeler|aantal|^a$/i.test(i.id)) || inputs[0];
    assert.equal(await setValue(m.page, `figure.${found.fig.id}.input.${count.id}`, 3), true);
    const outId = `figure.${found.fig.id}.output.${found.fig.outputs[0].id}`;
    const d = await waitFor(m.page, (d, a) => d.elements.find((e) => e.id === a.input)?.value === 3, { input: `figure.${found.fig.id}.input.${count.id}` });
    // (40 + A·30) / (A·100) for A = 3 is 130/300 = 43.33%.
    const pct = d.elements.find((e) => e.id === outId);
    assert.ok(Math.abs(pct.value - 130 / 300) < 1e-9 || Math.abs(pct.value - 43.333333) < 1e-3, `first output is the norm share (${pct.value})`);
    await scrollTo(m.page, outId);
    await screenshot(m.page, 'figure-calculator-a3');
  } finally { await m.close(); }
});

test('a knowledge check answered wrong, retried and answered right', async () => {
  const mod = modules[0];
  const q = mod.quiz.questions.find((x) => x.type === 'single');
  assert.ok(q, 'module 1 has a single-choice question');
  const m = await openModule(browser);
  try {
    await openPage(m.page, mod, mod.pages.length - 1);
    await activateAndWait(m.page, 'page.quiz', (d, a) => d.screen.startsWith(a), `quiz.${mod.id}.`);
    // Go to the single-choice question.
    for (const x of mod.quiz.questions) {
      if (x.id === q.id) break;
      const d = await describe(m.page);
      if (x.type === 'ordering') {
        await activate(m.page, 'quiz.check');
      } else if (x.type === 'matching') {
        for (const p of x.pairs) await activate(m.page, `quiz.term.${p.id}.${p.id}`);
        await waitFor(m.page, (d) => !d.elements.find((e) => e.id === 'quiz.check')?.disabled);
        await activate(m.page, 'quiz.check');
      } else {
        await activate(m.page, `quiz.option.${x.options.find((o) => o.correct).id}`);
        await waitFor(m.page, (d) => !d.elements.find((e) => e.id === 'quiz.check')?.disabled);
        await activate(m.page, 'quiz.check');
      }
      await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'quiz.next'));
      await activateAndWait(m.page, 'quiz.next', (d, a) => d.screen !== a, d.screen);
    }
    await waitFor(m.page, (d, a) => d.screen === a, `quiz.${mod.id}.${q.id}`);
    const wrong = q.options.find((o) => !o.correct), right = q.options.find((o) => o.correct);
    await activateAndWait(m.page, `quiz.option.${wrong.id}`, (d, a) => d.elements.find((e) => e.id === a)?.checked, `quiz.option.${wrong.id}`);
    let d = await activateAndWait(m.page, 'quiz.check', (d) => d.elements.some((e) => e.id === 'quiz.result'));
    assert.match(d.elements.find((e) => e.id === 'quiz.result').label, /^Nog niet goed/);
    assert.ok(d.elements.some((e) => e.id === 'quiz.explanation.text.b0'), 'the explanation is shown');
    if (wrong.feedback) assert.ok(d.elements.find((e) => e.id === `quiz.option.${wrong.id}.mark`).label.includes(wrong.feedback.nl.slice(0, 20)));
    await screenshot(m.page, 'quiz-wrong');
    await activateAndWait(m.page, 'quiz.retry', (d) => d.elements.some((e) => e.id === 'quiz.check'));
    await activate(m.page, `quiz.option.${right.id}`);
    await waitFor(m.page, (d) => !d.elements.find((e) => e.id === 'quiz.check')?.disabled);
    d = await activateAndWait(m.page, 'quiz.check', (d) => d.elements.some((e) => e.id === 'quiz.result'));
    assert.match(d.elements.find((e) => e.id === 'quiz.result').label, /^Goed/);
    const s = await state(m.page);
    assert.equal(s.modules[mod.id].questions[q.id].attempts, 2);
    assert.equal(s.modules[mod.id].questions[q.id].best, 1);
  } finally { await m.close(); }
});

// Makes a choice and waits until the screen shows what follows it (the frame in which a
// choice is made still describes the node it was made at).
async function choose(page, choiceId) {
  const before = (await state(page)).caseLog.length;
  assert.equal(await activate(page, `case.choice.${choiceId}`), true, `choice ${choiceId} offered`);
  await page.waitForFunction((n) => {
    const lm = window.learningModule;
    if (lm.state().caseLog.length !== n + 1) return false;
    const d = lm.describe();
    return d.screen.endsWith('.ending') || (d.elements.find((e) => e.id === 'case.step')?.label || '').endsWith(` ${n + 2}`);
  }, before);
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
  const d = await activateAndWait(page, `home.case.${c.id}`, (d, a) => d.screen === a, `case.${c.id}.intro`);
  const fresh = !d.elements.some((e) => e.id === 'case.restart');
  await activateAndWait(page, fresh ? 'case.start' : 'case.restart', (d) => d.screen.endsWith('.node'));
  assert.equal((await state(page)).caseLog.length, 0);
}

test('a case played to each of its endings, with scores and debrief', async () => {
  const c = cases[0];
  const m = await openModule(browser);
  try {
    const reached = new Map();
    for (const strategy of ['best', 'worst', 'mix', 'mixed', 'mixing']) {
      await startCase(m.page, c);
      const s = await playCase(m.page, c, strategy);
      if (!reached.has(s.caseEnding)) {
        reached.set(s.caseEnding, s.caseLog);
        const d = await describe(m.page);
        assert.match(d.elements.find((e) => e.id === 'case.ending').label, /Afloop/);
        assert.ok(d.elements.some((e) => e.id === 'case.overall'), 'overall score shown');
        for (const dim of c.scoring.dimensions) assert.ok(d.elements.some((e) => e.id === `case.score.${dim.id}`), `score ${dim.id}`);
        assert.ok(d.elements.some((e) => e.id === 'case.debrief.laws.text.b0'), 'debrief shown');
        assert.ok(d.elements.some((e) => e.id === 'case.map.graph'), 'case map shown');
        await screenshot(m.page, `case-ending-${s.caseEnding}`);
      }
    }
    console.log(`${c.id}: endings reached ${[...reached.keys()].join(', ')} of ${c.endings.map((e) => e.id).join(', ')}`);
    const ratings = new Set([...reached.keys()].map((id) => c.endings.find((e) => e.id === id).rating));
    assert.ok(ratings.has('good') && ratings.has('poor'), `good and poor endings reached (${[...ratings]})`);
  } finally { await m.close(); }
});

test('back and "wat als?" in a case', async () => {
  const c = cases[0];
  const m = await openModule(browser);
  try {
    await startCase(m.page, c);
    const start = await state(m.page);
    await choose(m.page, await firstChoice(m.page));
    await choose(m.page, await firstChoice(m.page));
    await screenshot(m.page, 'case-node-feedback');
    await activate(m.page, 'case.back');
    await m.page.waitForFunction(() => window.learningModule.state().caseLog.length === 1);
    // "Wat als?" at the first step goes back to the start, state and all.
    await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'case.history'));
    await activate(m.page, 'case.history');
    await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'case.whatif.0'));
    await activate(m.page, 'case.whatif.0');
    await m.page.waitForFunction(() => window.learningModule.state().caseLog.length === 0);
    const s = await state(m.page);
    assert.equal(s.caseNode, start.caseNode);
    assert.deepEqual(s.caseVariables, start.caseVariables);
  } finally { await m.close(); }
});

test('reload mid-case resumes at the same node with the same state; language switch keeps it', async () => {
  const c = cases[0];
  const m = await openModule(browser);
  try {
    await startCase(m.page, c);
    for (let i = 0; i < 3; i++) await choose(m.page, await firstChoice(m.page));
    const before = await state(m.page);
    await m.page.reload();
    await m.page.evaluate(() => window.learningModule.ready);
    await activateAndWait(m.page, `home.case.${c.id}`, (d, a) => d.screen === a, `case.${c.id}.intro`);
    await activateAndWait(m.page, 'case.start', (d) => d.screen.endsWith('.node'));
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

test('search finds pages, cases and terms and opens the right place; "continue" returns there', async () => {
  const m = await openModule(browser);
  try {
    assert.equal(await m.page.evaluate(() => window.learningModule.setText('home.search', 'keukentafelgesprek')), true);
    let d = await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'home.search.hit0'));
    const hits = d.elements.filter((e) => /^home\.search\.hit\d+$/.test(e.id));
    assert.ok(hits.some((h) => h.label.startsWith('Pagina:')), 'a page hit');
    assert.ok(hits.some((h) => h.label.startsWith('Begrip:')), 'a term hit');
    // The page's real <input> lies exactly over the drawn field.
    const box = await m.page.locator('input.overlay-field').boundingBox();
    const field = d.elements.find((e) => e.id === 'home.search');
    assert.ok(Math.abs(box.x - field.x) < 2 && Math.abs(box.y - field.y) < 2, 'overlay input placed over the field');
    await screenshot(m.page, 'home-search');
    const pageHit = hits.find((h) => h.label.startsWith('Pagina:'));
    d = await activateAndWait(m.page, pageHit.id, (d) => d.screen.startsWith('page.'));
    const opened = d.screen;
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    d = await describe(m.page);
    assert.ok(d.elements.find((e) => e.id === 'home.continue'), 'continue button on home');
    await activateAndWait(m.page, 'home.continue', (d, a) => d.screen === a, opened);
    // Typing in the real input (as a phone keyboard would) searches too.
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    await m.page.locator('input.overlay-field').fill('mantelzorger');
    d = await waitFor(m.page, (d) => d.elements.some((e) => e.id === 'home.search.hit0'));
    assert.ok(d.elements.some((e) => /^home\.search\.hit\d+$/.test(e.id) && e.label.startsWith('Casus:')), 'a case hit');
  } finally { await m.close(); }
});

test('the trainer view shows every node, feedback, ending and discussion question of a case', async () => {
  const c = cases[1];
  const m = await openModule(browser, { query: '?trainer=1' });
  try {
    await activateAndWait(m.page, 'home.trainer', (d) => d.screen === 'trainer');
    let d = await activateAndWait(m.page, `trainer.case.${c.id}`, (d, a) => d.screen === a, `trainer.${c.id}`);
    for (const e of c.endings) assert.ok(d.elements.some((x) => x.id === `trainer.${c.id}.ending.${e.id}`), `ending ${e.id}`);
    for (let i = 0; i < c.discussion.length; i++)
      assert.equal(d.elements.find((x) => x.id === `trainer.${c.id}.discussion.${i}`).label, c.discussion[i].nl);
    assert.ok(d.elements.some((x) => x.id === `trainer.${c.id}.map.graph`), 'the case map');
    const node = c.nodes.find((n) => n.choices);
    d = await activateAndWait(m.page, `trainer.${c.id}.node.${node.id}`, (d, a) => d.elements.some((x) => x.id === a), `trainer.${c.id}.node.${node.id}.choice.${node.choices[0].id}`);
    for (const ch of node.choices) assert.ok(d.elements.some((x) => x.id === `trainer.${c.id}.node.${node.id}.choice.${ch.id}.feedback.b0`), `feedback of ${ch.id}`);
    await scrollTo(m.page, `trainer.${c.id}.map.graph`);
    await screenshot(m.page, 'trainer-view');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('progress: export JSON, reset with confirmation, import it back', async () => {
  const mod = modules[0];
  const m = await openModule(browser);
  try {
    await openPage(m.page, mod, 1);
    await activateAndWait(m.page, 'nav.progress', (d) => d.screen === 'progress');
    let d = await describe(m.page);
    assert.match(d.elements.find((e) => e.id === `progress.module.${mod.id}.summary`).label, /^2 van \d+ pagina's gelezen/);
    await screenshot(m.page, 'progress-screen');
    const [download] = await Promise.all([m.page.waitForEvent('download'), activate(m.page, 'progress.export.json')]);
    const file = await download.path();
    const exported = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    assert.equal(exported.course, 'sociaal-domein-leren');
    assert.match(exported.encoded, /^P1;/);
    assert.equal(exported.modules[mod.id].visitedPages.length, 2);
    // Reset asks first; "no" keeps everything.
    await activateAndWait(m.page, 'progress.reset', (d) => d.elements.some((e) => e.id === 'progress.reset.yes'));
    await activateAndWait(m.page, 'progress.reset.no', (d) => d.elements.some((e) => e.id === 'progress.reset' && e.role === 'button'));
    assert.equal((await state(m.page)).modules[mod.id].visitedPages.length, 2);
    await activateAndWait(m.page, 'progress.reset', (d) => d.elements.some((e) => e.id === 'progress.reset.yes'));
    await activateAndWait(m.page, 'progress.reset.yes', (d) => d.elements.some((e) => e.id === 'progress.reset' && e.role === 'button'));
    assert.deepEqual((await state(m.page)).modules, {});
    // Import the exported file through the real file picker.
    const [chooser] = await Promise.all([m.page.waitForEvent('filechooser'), activate(m.page, 'progress.import')]);
    await chooser.setFiles(file);
    await m.page.waitForFunction((id) => window.learningModule.state().modules[id]?.visitedPages.length === 2, mod.id);
    d = await describe(m.page);
    assert.match(d.elements.find((e) => e.id === `progress.module.${mod.id}.summary`).label, /^2 van/);
    // A file that is not progress is refused with a message, and nothing changes.
    const [chooser2] = await Promise.all([m.page.waitForEvent('filechooser'), activate(m.page, 'progress.import')]);
    await chooser2.setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    d = await waitFor(m.page, (d) => d.elements.some((e) => e.id.startsWith('home.notice') && /geen voortgang/.test(e.label)));
    assert.equal((await state(m.page)).modules[mod.id].visitedPages.length, 2);
  } finally { await m.close(); }
});

test('a process flow steps forward, back and jumps to a selected step', async () => {
  const found = findFigure('processFlow', (b) => b.steps.length >= 3);
  const m = await openModule(browser);
  try {
    await openPage(m.page, found.mod, found.index);
    const f = found.fig;
    const start = f.steps.find((s) => s.id === f.start);
    const next = start.next[0].to;
    let d = await activateAndWait(m.page, `figure.${f.id}.next.${next}`, (d, a) => d.elements.find((e) => e.id === a)?.selected, `figure.${f.id}.step.${next}`);
    assert.equal(d.elements.find((e) => e.id === `figure.${f.id}.step.${f.start}`).valueText, 'gedaan');
    await activateAndWait(m.page, `figure.${f.id}.back`, (d, a) => d.elements.find((e) => e.id === a)?.selected, `figure.${f.id}.step.${f.start}`);
    const last = f.steps[f.steps.length - 1];
    d = await activateAndWait(m.page, `figure.${f.id}.step.${last.id}`, (d, a) => d.elements.find((e) => e.id === a)?.selected, `figure.${f.id}.step.${last.id}`);
    assert.ok(d.elements.some((e) => e.id === `figure.${f.id}.detail` && e.label.startsWith(last.label.nl)), 'the selected step is explained');
  } finally { await m.close(); }
});

test('on a phone, tapping a dot on the case map shows what it is (nothing is hover-only)', async () => {
  const c = cases[1];
  const m = await openModule(browser, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true });
  try {
    await startCase(m.page, c);
    await playCase(m.page, c, 'best');
    await scrollTo(m.page, 'case.map.graph');
    const canvas = await m.page.locator('canvas').boundingBox();
    const tap = async (dot) => {
      await m.page.touchscreen.tap(canvas.x + dot.x + dot.w / 2, canvas.y + dot.y + dot.h / 2);
      return waitFor(m.page, (d, a) => d.elements.find((e) => e.id === a)?.selected, dot.id);
    };
    let d = await describe(m.page);
    const dots = d.elements.filter((e) => e.parent === 'case.map.graph' && e.role === 'listitem');
    assert.equal(dots.length, c.nodes.length + c.endings.length + c.nodes.reduce((n, x) => n + (x.choices || []).length, 0), 'every node, ending and choice is listed');
    // The learner's own choice at the first decision, tapped with a finger.
    const mine = dots.find((e) => e.id.startsWith(`case.map.graph.choice.${c.nodes[0].id}.`) && e.valueText.startsWith('jouw keuze'));
    assert.ok(mine && mine.visible, 'the first choice made is on the visible map');
    d = await tap(mine);
    const shown = d.elements.find((e) => e.id === 'case.map.graph.selected');
    assert.ok(shown && shown.label.startsWith(mine.label) && shown.label.includes('jouw keuze'), `the tapped choice is named: ${shown?.label}`);
    await screenshot(m.page, 'case-map-tapped-phone');
    // The ending reached, by its dot: on the map at the start zoom, and named when tapped.
    const ending = dots.find((e) => e.id.startsWith('case.map.graph.ending.') && e.valueText === 'hier ben je');
    assert.ok(ending && ending.visible, 'the whole case fits the phone\'s width');
    d = await tap(ending);
    assert.equal(d.elements.find((e) => e.id === 'case.map.graph.selected').label, `${ending.label} (hier ben je)`);
    // Assistive technology and tests select a dot by activate() as well.
    const other = dots.find((e) => e.id.startsWith('case.map.graph.node.') && !e.valueText);
    if (other) {
      d = await activateAndWait(m.page, other.id, (d, a) => d.elements.find((e) => e.id === a)?.selected, other.id);
      assert.equal(d.elements.find((e) => e.id === 'case.map.graph.selected').label, other.label);
    }
  } finally { await m.close(); }
});

test('a slider shows its value inside it, also a value with a percent sign', async () => {
  const m = await openModule(browser);
  try {
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    const e = await element(m.page, 'settings.textsize.value');
    assert.equal(e.valueText, '100%');
    // The middle of the slider, away from its grab (at the left for 100 %): the value is drawn there.
    const middle = { x: e.x + e.w * 0.35, y: e.y + e.h * 0.2, w: e.w * 0.3, h: e.h * 0.6 };
    const share = await inkShare(m.page, middle);
    assert.ok(share > 0.02, `value text drawn in the slider (${(share * 100).toFixed(1)} % of its middle)`);
  } finally { await m.close(); }
});
