// SCORM 1.2 and 2004 against scorm-again as the LMS (strict errors on): the unpacked package's
// launch page runs in an iframe of a test LMS page, the test player plays a real case and a
// module check through the bridge, and the LMS's data model afterwards has the status, score,
// interactions and objectives a gradebook and Moodle's interactions report show. A second
// session resumes from suspend_data. Over-long suspend_data never reaches a 1.2 LMS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../harness.mjs';
import { makeDist, makeSite, packageInto, startSite, scormLaunch } from './support.mjs';

let browser, dist, site, web;
before(async () => {
  browser = await launchBrowser();
  dist = makeDist();
  site = makeSite();
  web = await startSite(site);
});
after(async () => { await browser.close(); await web.close(); });

// Opens the test LMS with the package's launch page; `earlier` is the learner's stored data.
async function openLms(v, launch, earlier = null) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  if (earlier) await context.addInitScript((name) => { if (window === window.top) window.name = name; }, JSON.stringify(earlier));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/host.html?v=${v}&launch=${encodeURIComponent('pkg/' + launch.url)}`);
  const frame = page.frameLocator('#sco');
  await frame.locator('#status').filter({ hasText: /^ready / }).waitFor({ timeout: 10000 });
  const sco = page.frames().find((f) => f.url().includes('/pkg/'));
  return { page, sco, errors, context };
}

// scorm-again's JSON keeps lists as objects keyed by index.
const list = (x) => (x ? x.childArray || Object.values(x) : []);
const cmiOf = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.lmsApi.cmi)));
const calls = (page) => page.evaluate(() => window.calls);
// Ends the session the way a learner does: the LMS removes the module's page.
async function leave(page) {
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await page.waitForFunction(() => window.calls.some((c) => c.name === 'LMSFinish' || c.name === 'Terminate'));
}

test('SCORM 1.2: status, score, one interaction per decision and question, objectives, resume', async () => {
  const { files } = packageInto(dist, site, { formats: ['scorm12'] });
  const manifest = readFileSync(join(site, 'pkg/imsmanifest.xml'), 'utf8');
  const launch = scormLaunch(manifest);
  assert.equal(launch.mastery, 70);
  assert.ok(files.includes('lms/vendor/cmi5.esm.js'));

  const s1 = await openLms('12', launch, { student_data: { mastery_score: '70' } });
  assert.equal(await s1.sco.evaluate(() => window.learningModuleLms.kind), 'scorm12');
  const played = await s1.sco.evaluate(async () => {
    const p = window.player;
    const c = await p.playCase('lisa-wordt-18');
    const q = await p.answerCheck('wmo-route', { wrong: ['q-termijn'] });
    await p.readPages('wmo-route');
    window.learningModuleLms.saveState({ suspendData: 'P'.repeat(2541), location: 'module/wmo-route/check' });
    window.learningModuleLms.setResult({ completed: true, passed: true, scoreRaw: 34, scoreMin: 0, scoreMax: 40, progress: 1 });
    return { decisions: c.played, ended: c.ended, dims: c.dims.map((d) => d.id), questions: q.of, right: q.right };
  });
  assert.ok(played.ended, 'the case reached an ending');
  await leave(s1.page);
  const cmi = await cmiOf(s1.page);
  const log = await calls(s1.page);
  const failed = log.filter((c) => c.result === 'false');
  assert.deepEqual(failed, [], 'every call into the LMS succeeded');
  assert.equal(log.filter((c) => c.name === 'LMSFinish').length, 1);
  assert.equal(cmi.core.lesson_status, 'passed');
  assert.deepEqual([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max], ['85', '0', '100']);
  assert.equal(cmi.core.exit, '');
  const sent = log.find((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.session_time');
  assert.match(sent.args[1], /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  assert.equal(cmi.suspend_data.length, 2541);
  assert.equal(cmi.core.lesson_location, 'module/wmo-route/check');

  const interactions = list(cmi.interactions);
  assert.equal(interactions.length, played.decisions + played.questions);
  const decisions = interactions.filter((i) => i.id.startsWith('lisa-wordt-18.'));
  assert.equal(decisions.length, played.decisions);
  for (const i of interactions) {
    assert.match(i.id, /^[\x21-\x7e]{1,255}$/);
    assert.ok(['choice', 'sequencing', 'matching'].includes(i.type));
    assert.ok(['correct', 'wrong', 'neutral'].includes(i.result));
    const single = i.type === 'matching' ? /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/ : /^[0-9a-z](,[0-9a-z])*$/;
    assert.match(i.student_response, single, `${i.id} response ${i.student_response}`);
    assert.match(i.latency, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    assert.match(i.time, /^\d{2}:\d{2}:\d{2}$/);
  }
  assert.ok(decisions.every((d) => d.result === 'correct' || d.result === 'neutral'), 'the expert path is scored correct');
  const missed = interactions.find((i) => i.id === 'wmo-route.q-termijn');
  assert.equal(missed.result, 'wrong');
  assert.notEqual(missed.student_response, list(missed.correct_responses)[0].pattern);
  
  const objectives = list(cmi.objectives);
  assert.deepEqual(objectives.map((o) => o.id).sort(), [...played.dims.map((d) => `lisa-wordt-18.${d}`), 'wmo-route.check'].sort());
  assert.equal(objectives.find((o) => o.id === 'wmo-route.check').status, 'passed');
  assert.equal(objectives.find((o) => o.id === 'wmo-route.check').score.raw, '87.5');
  await s1.context.close();

  // Second session: the LMS hands back what it stored; the module resumes on the same screen.
  const earlier = { core: { entry: 'resume', lesson_location: cmi.core.lesson_location, lesson_status: 'incomplete' }, suspend_data: cmi.suspend_data, student_data: { mastery_score: '70' } };
  const s2 = await openLms('12', launch, earlier);
  const resumed = await s2.sco.evaluate(() => window.learningModuleLms.launch);
  assert.equal(resumed.entry, 'resume');
  assert.equal(resumed.suspendData, cmi.suspend_data);
  assert.equal(resumed.location, 'module/wmo-route/check');
  assert.equal(resumed.masteryScore, 0.7);
  // A save over 4,096 characters is never sent (a 405 cannot happen); the LMS keeps the last good one.
  const log2 = await s2.sco.evaluate(() => {
    window.learningModuleLms.saveState({ suspendData: 'X'.repeat(5000), location: 'case/x' });
    return window.learningModuleLms.log;
  });
  assert.ok(log2.some((e) => e.code === 'too-long' && e.element === 'suspend_data'));
  assert.deepEqual(await s2.page.evaluate(() => window.violations), []);
  assert.equal((await cmiOf(s2.page)).suspend_data, cmi.suspend_data);
  await leave(s2.page);
  assert.deepEqual(s1.errors.concat(s2.errors), []);
  await s2.context.close();
});

test('SCORM 2004: one case alone, completion and success apart, scaled score, timestamps', async () => {
  packageInto(dist, site, { formats: ['scorm2004'], cases: ['lisa-wordt-18'] });
  const manifest = readFileSync(join(site, 'pkg/imsmanifest.xml'), 'utf8');
  const launch = scormLaunch(manifest);
  assert.equal(launch.launchData, 'case=lisa-wordt-18');
  assert.match(launch.url, /case=lisa-wordt-18/);
  const s = await openLms('2004', launch, { launch_data: `${launch.launchData}&mode=toets`, scaled_passing_score: String(launch.mastery) });
  const lms = await s.sco.evaluate(() => ({ kind: window.learningModuleLms.kind, launch: window.learningModuleLms.launch }));
  assert.equal(lms.kind, 'scorm2004');
  assert.deepEqual(lms.launch.params, { case: 'lisa-wordt-18', mode: 'toets' });
  assert.equal(lms.launch.masteryScore, 0.7);
  const played = await s.sco.evaluate(async () => {
    const c = await window.player.playCase('lisa-wordt-18', { pick: 'worst' });
    window.learningModuleLms.setResult({ completed: true, passed: false, scoreRaw: 11, scoreMin: 0, scoreMax: 27, progress: 1 });
    return c;
  });
  assert.ok(played.ended);
  await leave(s.page);
  const cmi = await cmiOf(s.page);
  assert.deepEqual((await calls(s.page)).filter((c) => c.result === 'false'), []);
  assert.equal(cmi.completion_status, 'completed');
  assert.equal(cmi.success_status, 'failed');
  assert.equal(cmi.score.scaled, '0.4074');
  assert.equal(cmi.score.raw, '40.74');
  assert.equal(cmi.progress_measure, '1');
  assert.equal(cmi.exit, 'normal');
  assert.match(cmi.session_time, /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
  const interactions = list(cmi.interactions);
  assert.equal(interactions.length, played.played);
  for (const i of interactions) {
    assert.match(i.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
    assert.match(i.description, /^\{lang=nl\}./);
    assert.ok(['correct', 'incorrect', 'neutral'].includes(i.result));
    assert.equal(list(i.objectives).length, played.dims.length);
  }
  assert.ok(interactions.some((i) => i.result === 'incorrect'), 'the weakest choices are scored incorrect');
  const objectives = list(cmi.objectives);
  assert.equal(objectives.length, played.dims.length);
  for (const o of objectives) {
    assert.ok(['passed', 'failed'].includes(o.success_status));
    assert.equal(o.completion_status, 'completed');
    assert.ok(Number(o.score.scaled) >= 0 && Number(o.score.scaled) <= 1);
  }
  assert.deepEqual(s.errors, []);
  await s.context.close();
});
