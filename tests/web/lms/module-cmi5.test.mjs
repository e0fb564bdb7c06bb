// The real module in the cmi5 packages (as `./build-wasm.sh --package` writes them) against the
// test LRS (lrs.mjs): a learner reads pages and plays a case through window.learningModule.
// The statements follow cmi5's order (initialized first, terminated last, completed and
// passed/failed between them, once), carry what a trainer needs (the choice, its success
// against the expert choice, the options, the score changes and the state after), and every
// one passes xapi-validation. A reload mid-case, with the LRS unreachable, loses and
// duplicates nothing, and the learner continues on the same screen. The one-case AU completes
// and scores on its case; launchParameters set toets mode and lock the trainer view away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import validationModule from 'xapi-validation';
import { launchBrowser } from '../harness.mjs';
import { makeSite, startSite, unpackDistPackage } from './support.mjs';
import { createLrs } from './lrs.mjs';
import { assertSameProgress, courseIn, driveModule, moduleReady } from './module-driver.mjs';

const validate = validationModule.default || validationModule;
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const EXT = 'urn:sociaal-domein-leren:xapi:extension:';
const verb = (s) => s.verb.id.split('/').pop();
const actor = { objectType: 'Agent', name: 'Student Een', account: { homePage: 'https://lms.example.org', name: 'student-1' } };

let browser, site, web, lrs;
before(async () => {
  browser = await launchBrowser();
  site = makeSite();
  let handler = () => false;
  web = await startSite(site, (req, res, url) => handler(req, res, url));
  lrs = createLrs({ origin: web.origin });
  handler = lrs.handle;
});
after(async () => { await browser.close(); await web.close(); });

// Unpacks a dist cmi5 package: its AU (id, url, mastery, moveOn, launchParameters) and course.
function auOf(name) {
  const xml = unpackDistPackage(name, site).text('cmi5.xml');
  const params = (xml.match(/<launchParameters>([^<]*)</) || [])[1] || '';
  return {
    id: xml.match(/<au id="([^"]+)"/)[1], url: xml.match(/<url>([^<]+)</)[1],
    mastery: Number(xml.match(/masteryScore="([^"]+)"/)[1]), moveOn: xml.match(/moveOn="([^"]+)"/)[1],
    launchParameters: params.replace(/&quot;/g, '"'), course: courseIn(join(site, 'pkg')),
  };
}

async function openAu(context, au, launched, extra = '') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/pkg/${au.url}${launched.query}${extra}`);
  await moduleReady(page);
  return { page, m: driveModule(page), errors };
}
const ofSession = (id) => lrs.statements.filter((s) => s.context.extensions[SESSION] === id)
  .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
const line = (s) => `  ${verb(s).padEnd(11)} ${s.object.id}${s.result?.response !== undefined ? ` -> ${s.result.response}` : ''}`
  + `${s.result?.success !== undefined ? ` (success ${s.result.success})` : ''}${s.result?.score ? ` score ${JSON.stringify(s.result.score)}` : ''}`;

// The rules every statement of a session follows (cmi5 §9): the AU's actor and registration,
// the session id, defined statements about the AU with the cmi5 category, allowed ones with the
// AU as parent and the publisher's grouping, and valid xAPI.
function assertSessionRules(stored, au, launched) {
  assert.equal(new Set(stored.map((s) => s.id)).size, stored.length, 'no statement twice');
  assert.equal(verb(stored[0]), 'initialized');
  assert.equal(verb(stored.at(-1)), 'terminated');
  assert.equal(stored.filter((s) => verb(s) === 'initialized' || verb(s) === 'terminated').length, 2);
  for (const s of stored) {
    assert.deepEqual(validate(s), [], `${verb(s)} is valid xAPI`);
    assert.deepEqual(s.actor, actor);
    assert.equal(s.context.registration, launched.registration);
    const categories = (s.context.contextActivities.category || []).map((c) => c.id);
    if (['initialized', 'terminated', 'completed', 'passed', 'failed'].includes(verb(s))) {
      assert.equal(s.object.id, au.id);
      assert.ok(categories.includes(CMI5_CATEGORY), `${verb(s)} is a cmi5 defined statement`);
    } else {
      assert.ok(!categories.includes(CMI5_CATEGORY), `${verb(s)} is an allowed statement`);
      assert.equal(s.context.contextActivities.parent[0].id, au.id);
      assert.deepEqual(s.context.contextActivities.grouping, [{ objectType: 'Activity', id: au.id }]);
    }
  }
}

// An answered statement for a decision, against what the learner saw and chose.
function assertDecisionStatement(s, au, c, d) {
  assert.equal(verb(s), 'answered');
  assert.equal(s.object.id, `${au.id}/decision/${c.id}.${d.node}`);
  const def = s.object.definition;
  assert.equal(def.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
  assert.equal(def.interactionType, 'choice');
  assert.deepEqual(def.choices.map((x) => x.id), d.shown, 'the options in the order shown');
  assert.ok(def.choices.every((x) => x.description && Object.values(x.description)[0].length > 0));
  assert.equal(def.name['nl'], c.nodes.find((n) => n.id === d.node).title.nl);
  assert.equal(s.result.response, d.choice);
  if (def.correctResponsesPattern) {
    assert.equal(s.result.success, def.correctResponsesPattern[0] === d.choice);
    assert.ok(d.shown.includes(def.correctResponsesPattern[0]));
  } else {
    assert.equal(s.result.success, undefined, 'neutral: no expert choice stands out');
  }
  assert.match(s.result.duration, /^PT/);
  const changes = s.result.extensions[`${EXT}score-changes`];
  const after = s.result.extensions[`${EXT}state-after`];
  assert.deepEqual(Object.keys(after).sort(), c.scoring.dimensions.map((x) => x.id).sort());
  const choice = c.nodes.find((n) => n.id === d.node).choices.find((x) => x.id === d.choice);
  for (const [dim, v] of Object.entries(changes)) assert.equal(v, choice.score[dim], `${dim} changed by the choice's points`);
  assert.deepEqual(s.context.contextActivities.other.map((o) => o.id), c.scoring.dimensions.map((x) => `${au.id}/objective/${c.id}.${x.id}`));
}

test('cmi5, the whole course: pages and decisions in order; a reload mid-case loses and duplicates nothing', async () => {
  const au = auOf('sociaal-domein-leren-cmi5.zip');
  assert.equal(au.url, 'index.html');
  assert.equal(au.launchParameters, '');
  const lisa = au.course.cases.find((c) => c.id === 'lisa-wordt-18');
  const wmo = au.course.modules.find((m) => m.id === 'wmo-route');
  // The trainer locked the trainer view away in the LMS's launch settings (over the URL's wish).
  const first = lrs.launch({ activityId: au.id, actor, masteryScore: au.mastery, moveOn: au.moveOn, launchParameters: '{"trainer":"0"}' });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const s1 = await openAu(context, au, first, '&trainer=1');
  const launchSearch = new URL(s1.page.url()).search;
  const lms = await s1.page.evaluate(() => ({ kind: window.learningModuleLms.kind, launch: window.learningModuleLms.launch }));
  assert.equal(lms.kind, 'cmi5');
  assert.equal(lms.launch.masteryScore, 0.7);
  assert.deepEqual(lms.launch.params, { trainer: '0' });
  assert.equal((await s1.m.describe()).screen, 'home');
  await s1.m.go('nav.settings', 'settings');
  assert.equal(await s1.m.has('settings.trainer.on'), false, 'the trainer view is locked away');

  await s1.m.home();
  await s1.m.go(`home.module.${wmo.id}`, `page.${wmo.id}.${wmo.pages[0].id}`);
  await s1.m.go('page.next', `page.${wmo.id}.${wmo.pages[1].id}`);
  await s1.m.openCase(lisa);
  const part1 = await s1.m.playCase(lisa, { strategy: 'mixed', steps: 3 });
  await s1.page.waitForFunction(() => window.learningModuleLms.pendingStatements === 0);
  assert.equal(ofSession(first.sessionId).length, 1 + 2 + 3);

  // The connection drops: two more decisions wait in the queue (in local storage).
  lrs.down = true;
  const part2 = await s1.m.playCase(lisa, { strategy: 'worst', steps: 2 });
  await s1.page.waitForFunction(() => window.learningModuleLms.pendingStatements >= 2);
  const before = { screen: (await s1.m.describe()).screen, progress: await s1.m.progress() };

  // Reload mid-case while the LRS is still down: the leaving page ends the session (cmi5 allows
  // one per launch) and its last request fails too. The reloaded page continues the case on
  // the same screen from the progress it had, and keeps what follows for the LMS.
  await s1.page.reload();
  await moduleReady(s1.page);
  const reloaded = await s1.page.evaluate(() => window.learningModuleLms.launch);
  assert.equal(await s1.page.evaluate(() => window.learningModuleLms.kind), 'none');
  assert.equal(reloaded.detached, true);
  assert.equal((await s1.m.describe()).screen, before.screen);
  assertSameProgress(await s1.m.progress(), before.progress);
  const part3 = await s1.m.playCase(lisa, { strategy: 'best', steps: 1 });
  const afterReload = await s1.m.progress();
  assert.equal(new URL(s1.page.url()).search, launchSearch, 'detached, the launch URL stays as the LMS made it');
  lrs.down = false;   // what waited is sent with the session's own credentials, once
  await s1.page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('sdl.xapi.queue.')), null, { timeout: 20000 });

  const stored = ofSession(first.sessionId);
  const decisions = [...part1.decisions, ...part2.decisions];
  assert.deepEqual(stored.map(verb), ['initialized', 'experienced', 'experienced', ...decisions.map(() => 'answered'), 'terminated'],
    'nothing lost: every page and decision before the reload, and the session\'s end');
  assertSessionRules(stored, au, first);
  assert.ok(lrs.requests.some((r) => r.status === 503), 'some requests met the LRS down');
  const pages = stored.filter((s) => verb(s) === 'experienced');
  assert.deepEqual(pages.map((s) => s.object.id), wmo.pages.slice(0, 2).map((p) => `${au.id}/module/wmo-route/page/${p.id}`));
  assert.deepEqual(pages.map((s) => s.object.definition.name.nl), wmo.pages.slice(0, 2).map((p) => p.title.nl));
  stored.filter((s) => verb(s) === 'answered').forEach((s, k) => assertDecisionStatement(s, au, lisa, decisions[k]));
  assert.match(stored.at(-1).result.duration, /^PT/);
  assert.deepEqual(s1.errors, []);
  await s1.page.close();

  // The next launch from the LMS: the same registration resumes with what the learner did
  // after the reload (kept in this browser for the LMS), on the same screen.
  const second = lrs.launch({ activityId: au.id, actor, registration: first.registration, masteryScore: au.mastery, moveOn: au.moveOn });
  const s2 = await openAu(context, au, second);
  assert.equal(await s2.page.evaluate(() => window.learningModuleLms.launch.entry), 'resume');
  assert.equal((await s2.m.describe()).screen, `case.${lisa.id}.node`);
  assertSameProgress(await s2.m.progress(), afterReload);
  assert.equal(afterReload.caseLog.length, part1.decisions.length + part2.decisions.length + part3.decisions.length);
  const rest = await s2.m.playCase(lisa, { strategy: 'best' });
  assert.ok(rest.ending);
  await s2.page.evaluate(() => window.learningModuleLms.exit());
  await s2.page.waitForURL(/return\.html/);
  const session2 = ofSession(second.sessionId);
  assert.deepEqual(session2.map(verb), ['initialized', ...rest.decisions.map(() => 'answered'), 'terminated'],
    'the course is not done: no completed, no passed or failed');
  assertSessionRules(session2, au, second);
  session2.filter((s) => verb(s) === 'answered').forEach((s, k) => assertDecisionStatement(s, au, lisa, rest.decisions[k]));
  const state = JSON.parse(lrs.state.get([...lrs.state.keys()].find((k) => k.includes(first.registration) && k.includes('state:progress'))));
  assert.match(state.suspendData, /^P2;/);
  assert.equal(state.location, `case=${lisa.id}`);
  assert.deepEqual(s2.errors, []);
  await context.close();
});

test('cmi5, one case alone with toets from launchParameters: completed and passed or failed once, with the case\'s score', async () => {
  const au = auOf('sociaal-domein-leren-cmi5-lisa-wordt-18.zip');
  assert.equal(au.launchParameters, '{"case":"lisa-wordt-18"}');
  const lisa = au.course.cases.find((c) => c.id === 'lisa-wordt-18');
  // The package's launchParameters, with toets mode added by the trainer in the LMS.
  const launched = lrs.launch({ activityId: au.id, actor, masteryScore: au.mastery, moveOn: au.moveOn, launchParameters: '{"case":"lisa-wordt-18","mode":"toets"}' });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const s = await openAu(context, au, launched);
  assert.deepEqual(await s.page.evaluate(() => window.learningModuleLms.launch.params), { case: 'lisa-wordt-18', mode: 'toets' });
  assert.equal((await s.m.describe()).screen, 'case.lisa-wordt-18.intro');
  await s.m.go('case.start', `case.${lisa.id}.node`);
  const played = await s.m.playCase(lisa, { strategy: 'mixed', steps: 1 });
  assert.equal(await s.m.has('case.back'), false, 'toets: no going back');
  const rest = await s.m.playCase(lisa, { strategy: 'mixed' });
  assert.ok(rest.ending);
  const scored = (await s.m.progress()).cases[lisa.id].scored;
  await s.page.waitForFunction(() => window.learningModuleLms.pendingStatements === 0);
  await s.page.evaluate(() => window.learningModuleLms.exit());
  await s.page.waitForURL(/return\.html/);

  const stored = ofSession(launched.sessionId);
  const decisions = [...played.decisions, ...rest.decisions];
  const judged = scored.passed && scored.percent >= 70 ? 'passed' : 'failed';
  assert.deepEqual(stored.map(verb), ['initialized', ...decisions.map(() => 'answered'), 'completed', judged, 'terminated']);
  assertSessionRules(stored, au, launched);
  stored.filter((s) => verb(s) === 'answered').forEach((st, k) => assertDecisionStatement(st, au, lisa, decisions[k]));
  const completed = stored.find((st) => verb(st) === 'completed');
  const judgement = stored.find((st) => verb(st) === judged);
  assert.equal(completed.result.completion, true);
  assert.ok(completed.context.contextActivities.category.some((c) => c.id === MOVEON_CATEGORY));
  assert.equal(judgement.result.success, judged === 'passed');
  assert.ok(Math.abs(judgement.result.score.scaled - scored.percent / 100) < 0.0006, `scaled ${judgement.result.score.scaled} for ${scored.percent}%`);
  assert.ok(judgement.context.contextActivities.category.some((c) => c.id === MOVEON_CATEGORY));
  assert.match(judgement.result.duration, /^PT/);
  assert.deepEqual(s.errors, []);
  const answered = stored.find((st) => verb(st) === 'answered');
  console.log(`statements of one played case (${lisa.id}, one-case AU, toets), in order:\n${stored.map(line).join('\n')}`);
  console.log(`the first answered statement's key fields: ${JSON.stringify({ verb: answered.verb.id, object: answered.object.id, interactionType: answered.object.definition.interactionType, choices: answered.object.definition.choices.map((c) => c.id), correctResponsesPattern: answered.object.definition.correctResponsesPattern, result: answered.result, objectives: answered.context.contextActivities.other.map((o) => o.id) }, null, 1)}`);
  await context.close();
});
