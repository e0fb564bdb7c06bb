// The real module in SCORM 1.2 and 2004 packages (as `./build-wasm.sh --package` writes them),
// with scorm-again (strict errors on) as the LMS: the unpacked package's launch file runs in
// the test LMS's iframe and a learner plays it through window.learningModule. Afterwards the
// LMS's data model holds what Moodle's reports show: status, score, one interaction per
// decision and per question, objectives per scoring dimension and per module check. A learner
// who finishes the whole course fits suspend_data; the next session opens the same screen
// with the same progress. One-case packages complete and score on their case; launch data
// sets toets mode (no going back) and locks the trainer view away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchBrowser } from '../harness.mjs';
import { makeSite, startSite, scormLaunch, unpackDistPackage } from './support.mjs';
import { assertSameProgress, courseIn, driveModule, moduleReady } from './module-driver.mjs';

let browser, site, web, course;
before(async () => {
  browser = await launchBrowser();
  site = makeSite();
  web = await startSite(site);
});
after(async () => { await browser.close(); await web.close(); });

// Unpacks a dist package; returns its launch (URL, launch data, mastery) and its course.
function packageOf(name) {
  const pkg = unpackDistPackage(name, site);
  course = courseIn(join(site, 'pkg'));
  return scormLaunch(pkg.text('imsmanifest.xml'));
}
const caseById = (id) => course.cases.find((c) => c.id === id);
const moduleById = (id) => course.modules.find((m) => m.id === id);

// Opens the test LMS with the package's launch page; `earlier` is what the LMS holds for the
// learner (the start of a later session, or launch data and mastery score).
async function openLms(v, launch, earlier, { query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript((name) => { if (window === window.top) window.name = name; }, JSON.stringify(earlier));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/host.html?v=${v}&launch=${encodeURIComponent(`pkg/${launch.url}${query}`)}`);
  await page.waitForFunction(() => document.getElementById('sco').contentWindow.learningModule);
  const sco = page.frames().find((f) => f.url().includes('/pkg/'));
  await moduleReady(sco);
  return { page, sco, m: driveModule(sco), errors, context };
}

// scorm-again's JSON keeps lists as objects keyed by index.
const list = (x) => (x ? Object.values(x.childArray || x) : []);
const cmiOf = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.lmsApi.cmi)));
const failedCalls = (page) => page.evaluate(() => window.calls.filter((c) => c.result === 'false'));
// Ends the session the way a learner does: the LMS removes the module's page.
async function leave(s) {
  await s.page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await s.page.waitForFunction(() => window.calls.some((c) => c.name === 'LMSFinish' || c.name === 'Terminate'));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
// What counts in a module check: the first attempt at each of its questions.
function checkPercent(mod, progress) {
  const qs = progress.modules[mod.id].questions;
  return (100 * mod.quiz.questions.reduce((sum, q) => sum + (qs[q.id]?.first ?? 0), 0)) / mod.quiz.questions.length;
}
const near = (actual, expected, what, within = 0.051) => assert.ok(Math.abs(Number(actual) - expected) < within, `${what}: ${actual}, expected ${expected}`);

// The decisions the learner made, against the interactions the LMS recorded for them.
function assertDecisions12(interactions, c, decisions) {
  assert.equal(interactions.length, decisions.length);
  const dims = c.scoring.dimensions.map((d) => `${c.id}.${d.id}`);
  interactions.forEach((i, k) => {
    const d = decisions[k];
    assert.equal(i.id, `${c.id}.${d.node}`);
    assert.equal(i.type, 'choice');
    assert.equal(i.student_response, LETTERS[d.shown.indexOf(d.choice)], `${i.id}: the letter of the choice in the order shown`);
    const expert = list(i.correct_responses).map((r) => r.pattern);
    if (expert.length) {
      assert.equal(expert.length, 1);
      assert.equal(i.result, expert[0] === i.student_response ? 'correct' : 'wrong', i.id);
    } else {
      assert.equal(i.result, 'neutral', i.id);
    }
    assert.match(i.latency, /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
    assert.match(i.time, /^\d\d:\d\d:\d\d$/);
    assert.equal(i.weighting, '1');
    assert.deepEqual(list(i.objectives).map((o) => o.id), dims);
  });
}

test('SCORM 1.2: a case and a check reach the data model; the next session opens the same screen', async () => {
  const launch = packageOf('sociaal-domein-leren-scorm12.zip');
  assert.equal(launch.url, 'index.html?lms=scorm12');
  assert.equal(launch.mastery, 70);
  const lisa = caseById('lisa-wordt-18'), wmo = moduleById('wmo-route'), gezin = caseById('gezin-schulden');

  const s1 = await openLms('12', launch, { student_data: { mastery_score: String(launch.mastery) } });
  assert.equal(await s1.sco.evaluate(() => window.learningModuleLms.kind), 'scorm12');
  await s1.m.openCase(lisa);
  const played = await s1.m.playCase(lisa, { strategy: 'mixed' });
  assert.ok(played.ending, 'the case reached an ending');
  await s1.m.readModule(wmo);
  await s1.m.answerCheck(wmo, { wrong: ['q-termijn', 'q-begrippen'] });
  await s1.m.openCase(gezin);
  const begun = await s1.m.playCase(gezin, { steps: 2 });
  const left = { screen: (await s1.m.describe()).screen, progress: await s1.m.progress() };
  assert.equal(left.screen, 'case.gezin-schulden.node');
  await leave(s1);
  const cmi = await cmiOf(s1.page);
  assert.deepEqual(await failedCalls(s1.page), [], 'every call into the LMS succeeded');

  // Status and score: the course is not done, so it is neither judged nor scored yet (a partial
  // score would show in the gradebook as the grade).
  assert.equal(cmi.core.lesson_status, 'incomplete');
  assert.equal(cmi.core.score.raw, '', 'no score before the work is done');
  assert.equal(cmi.core.exit, 'suspend');
  assert.equal(cmi.core.lesson_location, 'case=gezin-schulden');
  assert.match(cmi.core.session_time, /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);

  // One interaction per decision, in order, then one per question.
  const interactions = list(cmi.interactions);
  const questions = wmo.quiz.questions;
  assert.equal(interactions.length, played.decisions.length + questions.length + begun.decisions.length);
  assertDecisions12(interactions.slice(0, played.decisions.length), lisa, played.decisions);
  assertDecisions12(interactions.slice(-begun.decisions.length), gezin, begun.decisions);
  assert.ok(interactions.some((i) => i.result === 'wrong') && interactions.some((i) => i.result === 'correct'));
  const answers = interactions.slice(played.decisions.length, played.decisions.length + questions.length);
  const TYPE = { single: 'choice', multiple: 'choice', ordering: 'sequencing', matching: 'matching' };
  answers.forEach((i, k) => {
    const q = questions[k];
    assert.equal(i.id, `wmo-route.${q.id}`);
    assert.equal(i.type, TYPE[q.type]);
    const pattern = list(i.correct_responses)[0].pattern;
    assert.ok(pattern, `${i.id} has its correct response`);
    const missed = ['q-termijn', 'q-begrippen'].includes(q.id);
    assert.equal(i.result, missed ? 'wrong' : 'correct', i.id);
    if (missed) assert.notEqual(i.student_response, pattern); else assert.equal(i.student_response, pattern, i.id);
    assert.deepEqual(list(i.objectives).map((o) => o.id), ['wmo-route.check']);
  });

  // Objectives: one per scoring dimension of the played case, one for the module check.
  const objectives = list(cmi.objectives);
  assert.deepEqual(objectives.map((o) => o.id).sort(), [...lisa.scoring.dimensions.map((d) => `lisa-wordt-18.${d.id}`), 'wmo-route.check'].sort());
  const check = objectives.find((o) => o.id === 'wmo-route.check');
  near(check.score.raw, Math.round(checkPercent(wmo, left.progress) * 10) / 10, 'check objective');
  assert.equal(check.status, checkPercent(wmo, left.progress) >= 70 ? 'passed' : 'failed');
  for (const d of lisa.scoring.dimensions) {
    const o = objectives.find((x) => x.id === `lisa-wordt-18.${d.id}`);
    const points = left.progress.cases['lisa-wordt-18'].scored.scores[d.id];
    assert.equal(o.status, points >= d.pass ? 'passed' : 'failed', o.id);
    assert.ok(Number(o.score.raw) >= 0 && Number(o.score.raw) <= 100, o.id);
  }
  assert.deepEqual(s1.errors, []);
  await s1.context.close();

  // The next session: the LMS hands back what it stored. Same screen, same progress; new
  // interactions follow those of the first session.
  const s2 = await openLms('12', launch, {
    core: { entry: 'resume', lesson_location: cmi.core.lesson_location, lesson_status: cmi.core.lesson_status, score: cmi.core.score },
    suspend_data: cmi.suspend_data, student_data: { mastery_score: '70' }, interactions: cmi.interactions,
  });
  assert.equal((await s2.m.describe()).screen, left.screen);
  assertSameProgress(await s2.m.progress(), left.progress);
  const rest = await s2.m.playCase(gezin, { strategy: 'best' });
  assert.ok(rest.ending);
  await leave(s2);
  const cmi2 = await cmiOf(s2.page);
  assert.deepEqual(await failedCalls(s2.page), []);
  const all = list(cmi2.interactions);
  assert.equal(all.length, interactions.length + rest.decisions.length);
  assert.deepEqual(all.slice(0, interactions.length).map((i) => i.id), interactions.map((i) => i.id));
  assertDecisions12(all.slice(interactions.length), gezin, rest.decisions);
  assert.ok(list(cmi2.objectives).some((o) => o.id === 'gezin-schulden.samenwerking'));
  assert.deepEqual(s2.errors, []);
  await s2.context.close();
});

test('SCORM 1.2: a learner who finishes the whole course passes within 4,096 characters, and resumes', async () => {
  const launch = packageOf('sociaal-domein-leren-scorm12.zip');
  const s1 = await openLms('12', launch, { student_data: { mastery_score: String(launch.mastery) } });
  let interactionsMade = 0;
  for (const mod of course.modules) {
    await s1.m.readModule(mod, { checks: true });
    await s1.m.answerCheck(mod, { wrong: [mod.quiz.questions[0].id] });
    interactionsMade += mod.quiz.questions.length + mod.pages.flatMap((p) => p.blocks).filter((b) => b.type === 'check').length;
  }
  for (const c of course.cases) {
    await s1.m.openCase(c);
    const r = await s1.m.playCase(c, { strategy: 'best' });
    assert.ok(r.ending, `${c.id} ended`);
    interactionsMade += r.decisions.length;
  }
  const done = { screen: (await s1.m.describe()).screen, progress: await s1.m.progress() };
  await leave(s1);
  const cmi = await cmiOf(s1.page);
  assert.deepEqual(await failedCalls(s1.page), []);
  assert.deepEqual(await s1.page.evaluate(() => window.violations), [], 'no suspend_data over 4,096 was offered');

  const scored = [...course.modules.map((m) => checkPercent(m, done.progress)), ...course.cases.map((c) => done.progress.cases[c.id].scored.percent)];
  const score = Math.round(10 * scored.reduce((a, b) => a + b, 0) / scored.length) / 10;
  near(cmi.core.score.raw, score, 'course score');
  assert.equal(cmi.core.lesson_status, score >= 70 ? 'passed' : 'failed');
  assert.equal(cmi.core.exit, '', 'a finished learner exits normally');
  assert.equal(list(cmi.interactions).length, interactionsMade);
  // Every question (the checks and those inside pages) with its right answer, as Moodle's
  // interactions report shows it: the learner's answer is it, except where they missed.
  const questions = new Map(course.modules.flatMap((mod) => [
    ...mod.quiz.questions.map((q, k) => [`${mod.id}.${q.id}`, k === 0]),
    ...mod.pages.flatMap((p) => p.blocks).filter((b) => b.type === 'check').map((b) => [`${mod.id}.${b.question.id}`, false]),
  ]));
  const answered = list(cmi.interactions).filter((i) => questions.has(i.id));
  assert.equal(answered.length, questions.size);
  for (const i of answered) {
    const pattern = list(i.correct_responses)[0]?.pattern;
    assert.ok(pattern, `${i.id} has its right answer`);
    assert.equal(i.result, questions.get(i.id) ? 'wrong' : 'correct', i.id);
    if (!questions.get(i.id)) assert.equal(i.student_response, pattern, `${i.id}: the right answer, written as the pattern is`);
  }
  assert.equal(list(cmi.objectives).length, course.modules.length + course.cases.reduce((n, c) => n + c.scoring.dimensions.length, 0));
  assert.ok(cmi.suspend_data.length <= 4096);
  console.log(`suspend_data of a learner who finished the whole course (every page, check and in-page question, ${course.cases.length} cases): ${cmi.suspend_data.length} characters; ${interactionsMade} interactions; score ${cmi.core.score.raw}, ${cmi.core.lesson_status}`);
  assert.deepEqual(s1.errors, []);
  await s1.context.close();

  // Started again from that suspend_data: the same screen (the last case's ending), the same
  // progress, and the LMS's status stays.
  const s2 = await openLms('12', launch, {
    core: { entry: 'resume', lesson_location: cmi.core.lesson_location, lesson_status: cmi.core.lesson_status, score: cmi.core.score },
    suspend_data: cmi.suspend_data, student_data: { mastery_score: '70' },
  });
  assert.equal((await s2.m.describe()).screen, done.screen);
  assert.match(done.screen, /^case\..+\.ending$/);
  assertSameProgress(await s2.m.progress(), done.progress);
  await leave(s2);
  const cmi2 = await cmiOf(s2.page);
  assert.equal(cmi2.core.lesson_status, cmi.core.lesson_status);
  assert.equal(cmi2.suspend_data, cmi.suspend_data);
  assert.deepEqual(s2.errors, []);
  await s2.context.close();
});

test('SCORM 2004: descriptions, real ids, timestamps, scaled scores and progress; the next session opens the same page', async () => {
  const launch = packageOf('sociaal-domein-leren-scorm2004.zip');
  assert.equal(launch.url, 'index.html?lms=scorm2004');
  assert.equal(launch.mastery, 0.7);
  const lisa = caseById('lisa-wordt-18'), wmo = moduleById('wmo-route'), jeugd = moduleById('jeugdwet');
  const s1 = await openLms('2004', launch, { scaled_passing_score: String(launch.mastery) });
  assert.equal(await s1.sco.evaluate(() => window.learningModuleLms.kind), 'scorm2004');
  await s1.m.openCase(lisa);
  const played = await s1.m.playCase(lisa, { strategy: 'mixed' });
  await s1.m.readModule(wmo);
  await s1.m.answerCheck(wmo, { wrong: ['q-pgb'] });
  await s1.m.home();
  await s1.m.go(`home.module.${jeugd.id}`, `page.${jeugd.id}.${jeugd.pages[0].id}`);
  await s1.m.go('page.next', `page.${jeugd.id}.${jeugd.pages[1].id}`);
  const left = { screen: (await s1.m.describe()).screen, progress: await s1.m.progress() };
  await leave(s1);
  const cmi = await cmiOf(s1.page);
  assert.deepEqual(await failedCalls(s1.page), []);

  // Not done: no score yet, so the LMS does not judge success from a partial one.
  assert.equal(cmi.completion_status, 'incomplete');
  assert.equal(cmi.success_status, 'unknown', 'not judged before the work is done');
  assert.equal(cmi.score.scaled, '');
  assert.equal(cmi.score.raw, '');
  const items = course.modules.reduce((n, m) => n + m.pages.length + 1, 0) + course.cases.length;
  const done = wmo.pages.length + 1 + 1 + 2;   // wmo's pages and check, the case, two pages of jeugdwet
  near(cmi.progress_measure, done / items, 'progress_measure', 0.0001);
  assert.equal(cmi.exit, 'suspend');
  assert.equal(cmi.location, `module=jeugdwet&page=${jeugd.pages[1].id}`);
  assert.match(cmi.session_time, /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);

  const interactions = list(cmi.interactions);
  assert.equal(interactions.length, played.decisions.length + wmo.quiz.questions.length);
  const nodes = new Map(lisa.nodes.map((n) => [n.id, n]));
  played.decisions.forEach((d, k) => {
    const i = interactions[k];
    assert.equal(i.id, `lisa-wordt-18.${d.node}`);
    assert.equal(i.type, 'choice');
    assert.equal(i.learner_response, d.choice, 'the choice by its own id');
    const expert = list(i.correct_responses).map((r) => r.pattern);
    assert.equal(i.result, !expert.length ? 'neutral' : expert[0] === d.choice ? 'correct' : 'incorrect', i.id);
    if (expert.length) assert.ok(d.shown.includes(expert[0]), 'the expert choice is one of those offered');
    assert.equal(i.description, `{lang=nl}${nodes.get(d.node).title.nl}`);
    assert.match(i.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
    assert.match(i.latency, /^PT(\d+M)?\d+(\.\d{1,2})?S$/);
  });
  assert.ok(interactions.some((i) => i.result === 'incorrect'), 'the weaker choices are scored incorrect');
  const pgb = interactions.find((i) => i.id === 'wmo-route.q-pgb');
  assert.equal(pgb.result, 'incorrect');
  assert.equal(list(pgb.correct_responses)[0].pattern.split('[,]').sort().join(), wmo.quiz.questions.find((q) => q.id === 'q-pgb').options.filter((o) => o.correct).map((o) => o.id).sort().join());
  const ordering = interactions.find((i) => i.id === 'wmo-route.q-route-volgorde');
  assert.equal(ordering.type, 'sequencing');
  assert.equal(ordering.learner_response, list(ordering.correct_responses)[0].pattern);
  const matching = interactions.find((i) => i.id === 'wmo-route.q-begrippen');
  assert.equal(matching.type, 'matching');
  assert.match(matching.learner_response, /^[\w-]+\[\.\][\w-]+(\[,\][\w-]+\[\.\][\w-]+)+$/);

  const objectives = list(cmi.objectives);
  assert.equal(objectives.length, lisa.scoring.dimensions.length + 1);
  for (const o of objectives) {
    assert.ok(['passed', 'failed'].includes(o.success_status), o.id);
    assert.equal(o.completion_status, 'completed');
    assert.ok(Number(o.score.scaled) >= 0 && Number(o.score.scaled) <= 1, o.id);
    assert.match(o.description, /^\{lang=nl\}./);
  }
  assert.deepEqual(s1.errors, []);
  await s1.context.close();

  // The next session of the same learner: the same page, the same progress (the case played
  // earlier is not open now, so its run's fields are not compared).
  const s2 = await openLms('2004', launch, {
    entry: 'resume', location: cmi.location, suspend_data: cmi.suspend_data, completion_status: cmi.completion_status, scaled_passing_score: '0.7',
  });
  assert.equal((await s2.m.describe()).screen, left.screen);
  const withoutRun = ({ case: _c, caseEnding: _e, caseLog: _l, caseNode: _n, caseScores: _s, caseVariables: _v, ...rest }) => rest;
  assertSameProgress(withoutRun(await s2.m.progress()), withoutRun(left.progress));
  assert.deepEqual(s2.errors, []);
  await s2.context.close();
});

test('one case alone, SCORM 1.2, trainer=0 in the launch data: the case opens, completes at its ending and scores that case', async () => {
  const launch = packageOf('sociaal-domein-leren-scorm12-lisa-wordt-18.zip');
  assert.equal(launch.launchData, 'case=lisa-wordt-18');
  const lisa = caseById('lisa-wordt-18');
  // The trainer locked the trainer view away in the LMS's launch data; that wins over the URL.
  const s = await openLms('12', launch, { launch_data: `${launch.launchData}&trainer=0`, student_data: { mastery_score: String(launch.mastery) } }, { query: '&trainer=1' });
  assert.deepEqual(await s.sco.evaluate(() => window.learningModuleLms.launch.params), { case: 'lisa-wordt-18', trainer: '0' });
  assert.equal((await s.m.describe()).screen, 'case.lisa-wordt-18.intro');
  await s.m.go('nav.settings', 'settings');
  assert.equal(await s.m.has('settings.trainer.on'), false, 'the trainer view is locked away');
  await s.m.home();
  await s.m.go(`home.case.${lisa.id}`, `case.${lisa.id}.intro`);
  await s.m.go('case.start', 'case.lisa-wordt-18.node');
  const first = await s.m.playCase(lisa, { steps: 1 });
  assert.ok(await s.m.has('case.back'), 'practice: the learner may go back');
  await s.sco.evaluate(() => window.learningModuleLms.commit());
  assert.equal((await cmiOf(s.page)).core.lesson_status, 'incomplete');
  const rest = await s.m.playCase(lisa, { strategy: 'worst' });
  assert.ok(rest.ending);
  const progress = await s.m.progress();
  await leave(s);
  const cmi = await cmiOf(s.page);
  assert.deepEqual(await failedCalls(s.page), []);
  const pct = progress.cases['lisa-wordt-18'].scored.percent;
  near(cmi.core.score.raw, pct, 'the case\'s score');
  assert.equal(cmi.core.lesson_status, progress.cases['lisa-wordt-18'].scored.passed && pct >= 70 ? 'passed' : 'failed');
  assert.equal(cmi.core.exit, '');
  assertDecisions12(list(cmi.interactions), lisa, [...first.decisions, ...rest.decisions]);
  assert.equal(list(cmi.objectives).length, lisa.scoring.dimensions.length);
  assert.deepEqual(s.errors, []);
  await s.context.close();
});

test('one case alone, SCORM 2004, toets in the launch data: no going back, the case\'s completion, success and score', async () => {
  const launch = packageOf('sociaal-domein-leren-scorm2004-lisa-wordt-18.zip');
  const lisa = caseById('lisa-wordt-18');
  const s = await openLms('2004', launch, { launch_data: `${launch.launchData}&mode=toets`, scaled_passing_score: String(launch.mastery) }, { query: '&mode=practice' });
  assert.deepEqual(await s.sco.evaluate(() => window.learningModuleLms.launch.params), { case: 'lisa-wordt-18', mode: 'toets' });
  assert.equal((await s.m.describe()).screen, 'case.lisa-wordt-18.intro');
  await s.m.go('case.start', 'case.lisa-wordt-18.node');
  const first = await s.m.playCase(lisa, { steps: 1 });
  assert.equal(await s.m.has('case.back'), false, 'toets: no going back');
  assert.equal(await s.m.has('case.restart'), false, 'toets: one run');
  assert.equal(await s.sco.evaluate(() => window.learningModule.activate('case.back')), false);
  await s.sco.evaluate(() => window.learningModuleLms.commit());
  const under = await cmiOf(s.page);
  assert.equal(under.completion_status, 'incomplete');
  assert.equal(under.progress_measure, '0.5', 'a one-case package is under way after its first decision');
  const rest = await s.m.playCase(lisa, { strategy: 'best' });
  assert.ok(rest.ending);
  const progress = await s.m.progress();
  await leave(s);
  const cmi = await cmiOf(s.page);
  assert.deepEqual(await failedCalls(s.page), []);
  const scored = progress.cases['lisa-wordt-18'].scored;
  assert.equal(cmi.completion_status, 'completed');
  assert.equal(cmi.success_status, scored.passed && scored.percent >= 70 ? 'passed' : 'failed');
  near(cmi.score.raw, scored.percent, 'score.raw');
  near(Number(cmi.score.scaled) * 100, scored.percent, 'score.scaled');
  assert.equal(cmi.progress_measure, '1');
  assert.equal(cmi.exit, 'normal');
  assert.equal(list(cmi.interactions).length, first.decisions.length + rest.decisions.length);
  assert.equal(list(cmi.objectives).length, lisa.scoring.dimensions.length);
  assert.deepEqual(s.errors, []);
  await s.context.close();
});
