// Drives the real module (the WebAssembly build in a package) the way a learner does, through
// window.learningModule: describe() / activate() / state(), never pixel coordinates. Works on a
// Playwright Page (a cmi5 AU in its own window) or Frame (a SCORM package in an LMS's iframe).
// What each helper returns is what the learner saw and did (the options in the order shown,
// the node a decision was made at), so the tests can compare it with what the LMS recorded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The course as the package ships it (content/ of the unpacked package).
export function courseIn(dir) {
  const read = (f) => JSON.parse(readFileSync(join(dir, 'content', f), 'utf8'));
  const course = read('course.json');
  return { course, modules: course.modules.map(read), cases: course.cases.map(read) };
}

const total = (score) => Object.values(score || {}).reduce((a, b) => a + b, 0);

export function driveModule(target) {
  const evaluate = (fn, arg) => target.evaluate(fn, arg);
  const describe = () => evaluate(() => window.learningModule.describe());
  const state = () => evaluate(() => window.learningModule.state());
  // What the learner has done and where they are (the state without the page's counters).
  const progress = async () => {
    const { framesDrawn: _f, framesRendered: _r, frameMsAverage: _a, frameMsMax: _x, contentLoadMs: _c, loading: _l, pending: _p, inputPending: _i, ...s } = await state();
    return s;
  };

  // Waits until the description satisfies `predicate(d, arg)` (run in the page).
  async function waitFor(predicate, arg, timeout = 15000) {
    await target.waitForFunction(([src, a]) => {
      try { return new Function('d', 'a', `return (${src})(d, a)`)(window.learningModule.describe(), a); } catch { return false; }
    }, [predicate.toString(), arg], { timeout, polling: 30 });
  }
  // Frames drawn since `before` (a request keeps the module drawing for at least three):
  // what was asked for has been handled and described.
  const framesDrawn = async () => (await state()).framesDrawn;
  async function framesSince(before, n = 2) {
    await target.waitForFunction(([b, k]) => window.learningModule.state().framesDrawn >= b + k, [before, n], { timeout: 15000, polling: 30 });
  }
  async function activate(id) {
    const ok = await evaluate((i) => window.learningModule.activate(i), id);
    if (!ok) {
      const d = await describe();
      throw new Error(`activate('${id}') refused on '${d.screen}'; ids: ${d.elements.map((e) => e.id).slice(0, 80).join(' ')}`);
    }
  }
  // Activates and waits until the screen is `screen` (a string, or a RegExp source as /…/).
  async function go(id, screen) {
    await activate(id);
    if (screen instanceof RegExp) await waitFor((d, s) => new RegExp(s).test(d.screen), screen.source);
    else await waitFor((d, s) => d.screen === s, screen);
  }
  async function press(id) {
    const before = await framesDrawn();
    await activate(id);
    await framesSince(before);
  }
  const has = async (id) => (await describe()).elements.some((e) => e.id === id);

  async function home() {
    if ((await describe()).screen !== 'home') await go('nav.home', 'home');
  }

  // ---- cases -------------------------------------------------------------------------------

  // The choices on screen, in the order shown (top to bottom).
  async function offered() {
    const d = await describe();
    return d.elements.filter((e) => e.id.startsWith('case.choice.')).sort((a, b) => a.y - b.y || a.x - b.x)
      .map((e) => e.id.slice('case.choice.'.length));
  }
  async function choose(choiceId) {
    const before = (await state()).caseLog.length;
    await activate(`case.choice.${choiceId}`);
    await target.waitForFunction((n) => {
      const lm = window.learningModule;
      if (lm.state().caseLog.length !== n + 1) return false;
      const d = lm.describe();
      return d.screen.endsWith('.ending') || (d.elements.find((e) => e.id === 'case.step')?.label || '').endsWith(` ${n + 2}`);
    }, before, { timeout: 15000, polling: 30 });
  }
  // From home: the case's intro, then a fresh start (or "continue" when `resume`).
  async function openCase(c, { resume = false } = {}) {
    await home();
    await go(`home.case.${c.id}`, `case.${c.id}.intro`);
    const restart = await has('case.restart');
    if (resume || !restart) return go('case.start', `case.${c.id}.node`);
    // A run with choices asks first whether to throw them away.
    await activate('case.restart');
    await waitFor((d, s) => d.screen === s || d.elements.some((e) => e.id === 'case.restart.yes'), `case.${c.id}.node`);
    if (await has('case.restart.yes')) await go('case.restart.yes', `case.${c.id}.node`);
  }
  // Plays the case on screen until its ending (or `steps` decisions). `strategy(choices, step)`
  // returns the choice to take from the content's choices offered; 'best' and 'worst' pick by
  // total points, 'mixed' alternates. Returns every decision as the learner saw it.
  async function playCase(c, { strategy = 'best', steps = Infinity } = {}) {
    const nodes = new Map(c.nodes.map((n) => [n.id, n]));
    const decisions = [];
    for (let step = 0; step < 200 && decisions.length < steps; step++) {
      const s = await state();
      if (s.caseEnding) break;
      const shown = await offered();
      const node = nodes.get(s.caseNode);
      const choices = shown.map((id) => node.choices.find((ch) => ch.id === id));
      if (!choices.length || choices.includes(undefined)) throw new Error(`choices at ${s.caseNode}: ${shown}`);
      const byPoints = [...choices].sort((a, b) => total(b.score) - total(a.score));
      const pick = typeof strategy === 'function' ? strategy(choices, step)
        : strategy === 'worst' ? byPoints.at(-1) : strategy === 'mixed' && step % 2 ? byPoints.at(-1) : byPoints[0];
      const startedAt = Date.now();
      await choose(pick.id);
      decisions.push({ node: s.caseNode, shown, choice: pick.id, ms: Date.now() - startedAt });
    }
    const s = await state();
    return { decisions, ending: s.caseEnding || null, node: s.caseNode, state: s };
  }

  // ---- modules -----------------------------------------------------------------------------

  // Answers the question on screen under `prefix` ('quiz', or 'check.<id>' inside a page),
  // correctly or not, and checks it.
  async function answer(q, prefix, correctly) {
    if (q.type === 'single' || q.type === 'multiple') {
      const picks = correctly ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)];
      for (const o of q.type === 'single' ? picks.slice(0, 1) : picks) await press(`${prefix}.option.${o.id}`);
    } else if (q.type === 'matching') {
      for (let i = 0; i < q.pairs.length; i++) {
        const match = correctly ? q.pairs[i] : q.pairs[(i + 1) % q.pairs.length];
        await press(`${prefix}.term.${q.pairs[i].id}.${match.id}`);
      }
    } else {
      // Ordering: the items as shown; moved up one by one into the right order, or (to miss
      // it) left as shown when that is wrong, else the first moved down.
      const shownOrder = async () => (await describe()).elements
        .filter((e) => e.role === 'listitem' && e.id.startsWith(`${prefix}.item.`)).sort((a, b) => a.y - b.y)
        .map((e) => e.id.slice(`${prefix}.item.`.length));
      const right = q.items.map((i) => i.id);
      if (correctly) {
        for (let target = 0; target < right.length; target++) {
          let at = (await shownOrder()).indexOf(right[target]);
          while (at > target) { await press(`${prefix}.item.${right[target]}.up`); at--; }
        }
      } else if ((await shownOrder()).join() === right.join()) {
        await press(`${prefix}.item.${right[0]}.down`);
      }
    }
    await activate(`${prefix}.check`);
    await waitFor((d, p) => d.elements.some((e) => e.id === `${p}.result`), prefix);
  }

  // Reads module `m` from its first page to its last (answering the checks inside the pages
  // when `checks`), from home. Returns the page ids read.
  async function readModule(m, { checks = false } = {}) {
    await home();
    await go(`home.module.${m.id}`, `page.${m.id}.${m.pages[0].id}`);
    for (let i = 0; i < m.pages.length; i++) {
      if (i > 0) await go('page.next', `page.${m.id}.${m.pages[i].id}`);
      if (!checks) continue;
      for (const block of m.pages[i].blocks.filter((b) => b.type === 'check')) await answer(block.question, `check.${block.question.id}`, true);
    }
    return m.pages.map((p) => p.id);
  }
  // The module's knowledge check, from its last page: every question, those in `wrong` missed.
  async function answerCheck(m, { wrong = [] } = {}) {
    const qs = m.quiz.questions;
    if (!(await describe()).screen.startsWith(`quiz.${m.id}.`)) await go('page.quiz', `quiz.${m.id}.${qs[0].id}`);
    for (let i = 0; i < qs.length; i++) {
      await answer(qs[i], 'quiz', !wrong.includes(qs[i].id));
      if (i + 1 < qs.length) await go('quiz.next', `quiz.${m.id}.${qs[i + 1].id}`);
      else await go('quiz.to_results', `quiz.${m.id}.results`);
    }
  }

  return { describe, state, progress, activate, go, press, has, waitFor, home, offered, choose, openCase, playCase, answer, readModule, answerCheck };
}

// The same progress and place, key by key (a readable failure).
export function assertSameProgress(actual, expected) {
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
  for (const key of Object.keys(expected)) assert.deepEqual(actual[key], expected[key], `the same ${key}`);
}

// Waits for the module in `target` to have drawn its first screen.
export async function moduleReady(target, timeout = 30000) {
  await target.waitForFunction(() => window.learningModule && window.learningModule._isReady(), null, { timeout, polling: 50 });
}
