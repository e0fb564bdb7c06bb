// cmi5 against a small LRS written for the tests (lrs.mjs): a launch with the real package's
// AU, statements in the order and with the content cmi5 asks for, every statement valid by
// xapi-validation, a lost connection and a reload mid-case that neither lose nor duplicate a
// statement, and a second session that resumes, completes and passes once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import validationModule from 'xapi-validation';
import { launchBrowser } from '../harness.mjs';
import { makeDist, makeSite, packageInto, startSite } from './support.mjs';
import { createLrs } from './lrs.mjs';

const validate = validationModule.default || validationModule;
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const verb = (s) => s.verb.id.split('/').pop();

let browser, dist, site, web, lrs, au;
before(async () => {
  browser = await launchBrowser();
  dist = makeDist();
  site = makeSite();
  packageInto(dist, site, { formats: ['cmi5'] });
  const xml = readFileSync(join(site, 'pkg/cmi5.xml'), 'utf8');
  au = {
    id: xml.match(/<au id="([^"]+)"/)[1], url: xml.match(/<url>([^<]+)</)[1],
    mastery: Number(xml.match(/masteryScore="([^"]+)"/)[1]), moveOn: xml.match(/moveOn="([^"]+)"/)[1],
  };
  let handler = () => false;
  web = await startSite(site, (req, res, url) => handler(req, res, url));
  lrs = createLrs({ origin: web.origin });
  handler = lrs.handle;
});
after(async () => { await browser.close(); await web.close(); });

const actor = { objectType: 'Agent', name: 'Student Een', account: { homePage: 'https://lms.example.org', name: 'student-1' } };
const ready = (page, kind) => page.locator('#status').filter({ hasText: `ready ${kind}` }).waitFor({ timeout: 10000 });

test('cmi5: order and content of statements; a lost connection and a reload lose and duplicate nothing', async () => {
  assert.equal(au.url, 'index.html');
  assert.equal(au.mastery, 0.7);
  const first = lrs.launch({ activityId: au.id, actor, masteryScore: au.mastery, moveOn: au.moveOn, launchParameters: '{"case":"lisa-wordt-18","lang":"nl"}' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/pkg/${au.url}${first.query}`);
  await ready(page, 'cmi5');
  const launch = await page.evaluate(() => window.learningModuleLms.launch);
  assert.deepEqual(launch.params, { case: 'lisa-wordt-18', lang: 'nl' });
  assert.equal(launch.masteryScore, 0.7);
  assert.equal(launch.moveOn, 'CompletedAndPassed');
  assert.equal(launch.entry, 'ab-initio');

  const part1 = await page.evaluate(async () => {
    await window.player.readPages('wmo-route', 2);
    return window.player.playCase('lisa-wordt-18', { steps: 3 });
  });
  await page.waitForFunction(() => window.learningModuleLms.pendingStatements === 0);
  assert.equal(lrs.statements.length, 1 + 2 + 3);

  // The connection drops: two more decisions wait in the queue, the learner hears it once.
  lrs.down = true;
  await page.evaluate(async (p) => window.player.playCase('lisa-wordt-18', { steps: 2, start: p.at, totals: p.totals }), part1);
  await page.waitForFunction(() => window.notices.some((n) => n.kind === 'retrying'));
  const pending = await page.evaluate(() => window.learningModuleLms.pendingStatements);
  assert.ok(pending >= 2, `${pending} statements wait`);
  const lastSave = 'v1;case=lisa-wordt-18;n=5';
  await page.evaluate((d) => window.learningModuleLms.saveState({ suspendData: d, location: 'case/lisa-wordt-18/n06' }), lastSave);

  // Reload mid-case while the LRS is still down: the leaving page terminates the session and
  // its last keepalive request fails too. Everything stays queued in local storage.
  await page.reload();
  await ready(page, 'none');
  assert.ok(await page.evaluate(() => window.notices.some((n) => n.kind === 'session-ended')));
  // The reloaded page continues from the newest progress and keeps what follows for the LMS.
  assert.equal(await page.evaluate(() => window.learningModuleLms.launch.suspendData), lastSave);
  const afterReload = 'v1;case=lisa-wordt-18;n=6';
  await page.evaluate((d) => window.learningModuleLms.saveState({ suspendData: d, location: 'case/lisa-wordt-18/n07' }), afterReload);
  lrs.down = false;   // the reloaded page sends the stored queue with the session's own token
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('sdl.xapi.queue.')), null, { timeout: 15000 });
  assert.equal(lrs.fetchCalls, 1, 'the fetch URL was called once');

  const stored = lrs.statements.filter((s) => s.context.extensions[SESSION] === first.sessionId);
  assert.equal(stored.length, 1 + 2 + 5 + 1, 'initialized, 2 pages, 5 decisions, terminated: nothing lost');
  assert.equal(new Set(stored.map((s) => s.id)).size, stored.length);
  const attempts = lrs.requests.filter((r) => r.ids).flatMap((r) => r.ids);
  assert.ok(attempts.length >= stored.length, 'some statements were sent more than once, and stored once');
  const byTime = [...stored].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  assert.equal(verb(byTime[0]), 'initialized');
  assert.equal(verb(byTime.at(-1)), 'terminated');
  for (const s of stored) {
    assert.deepEqual(validate(s), [], `statement ${verb(s)} is valid xAPI`);
    assert.deepEqual(s.actor, actor);
    assert.equal(s.context.registration, first.registration);
    assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const categories = (s.context.contextActivities.category || []).map((c) => c.id);
    if (['initialized', 'terminated'].includes(verb(s))) {
      assert.equal(s.object.id, au.id);
      assert.ok(categories.includes(CMI5_CATEGORY));
    } else {
      assert.ok(!categories.includes(CMI5_CATEGORY), 'allowed statements carry no cmi5 category');
      assert.equal(s.context.contextActivities.parent[0].id, au.id);
      assert.deepEqual(s.context.contextActivities.grouping, [{ objectType: 'Activity', id: au.id }]);
    }
  }
  assert.match(byTime.at(-1).result.duration, /^P/);
  const answered = stored.filter((s) => verb(s) === 'answered');
  assert.equal(answered.length, 5);
  for (const a of answered) {
    assert.equal(a.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
    assert.equal(a.object.definition.interactionType, 'choice');
    assert.ok(a.object.definition.choices.some((c) => c.id === a.result.response));
    assert.match(a.object.id, new RegExp(`^${au.id}/decision/lisa-wordt-18\\.`));
    assert.ok(a.result.extensions['urn:sociaal-domein-leren:xapi:extension:score-changes']);
    assert.ok(a.result.extensions['urn:sociaal-domein-leren:xapi:extension:state-after']);
    assert.match(a.result.duration, /^PT/);
  }
  assert.equal(stored.filter((s) => verb(s) === 'experienced').length, 2);
  assert.deepEqual(errors, []);
  await page.close();

  // A new launch of the same registration resumes where the learner was, finishes the case,
  // and sends completed and passed once, then terminated, and returns to the LMS.
  const second = lrs.launch({ activityId: au.id, actor, registration: first.registration, masteryScore: au.mastery, moveOn: au.moveOn, launchParameters: '{"case":"lisa-wordt-18"}' });
  // Same browser: the saves the LMS missed (during the outage, after the reload) are in the
  // local cache, and the LMS still holds exactly what it last confirmed, so the learner resumes
  // from the newest save, which is then sent to the LMS.
  const page2 = await context.newPage();
  await page2.goto(`${web.origin}/pkg/${au.url}${second.query}`);
  await ready(page2, 'cmi5');
  const launch2 = await page2.evaluate(() => window.learningModuleLms.launch);
  assert.equal(launch2.entry, 'resume');
  assert.equal(launch2.suspendData, afterReload);
  assert.equal(launch2.location, 'case/lisa-wordt-18/n07');
  await page2.evaluate(async () => {
    const lms = window.learningModuleLms;
    const c = await window.player.playCase('lisa-wordt-18');
    lms.setResult({ completed: true, passed: true, scoreRaw: 23, scoreMin: 0, scoreMax: 27, progress: 1 });
    lms.setResult({ completed: true, passed: true, scoreRaw: 23, scoreMin: 0, scoreMax: 27, progress: 1 });   // said twice, sent once
    lms.exit();
    return c;
  });
  await page2.waitForURL(/return\.html/);
  const session2 = lrs.statements.filter((s) => s.context.extensions[SESSION] === second.sessionId).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  const verbs = session2.map(verb);
  assert.equal(verbs[0], 'initialized');
  assert.equal(verbs.at(-1), 'terminated');
  assert.equal(verbs.filter((v) => v === 'completed').length, 1);
  assert.equal(verbs.filter((v) => v === 'passed').length, 1);
  assert.equal(verbs.filter((v) => v === 'failed').length, 0);
  const passed = session2.find((s) => verb(s) === 'passed');
  assert.equal(passed.result.success, true);
  assert.ok(passed.result.score.scaled >= 0.7);
  assert.ok(passed.context.contextActivities.category.some((c) => c.id === MOVEON_CATEGORY));
  for (const s of session2) assert.deepEqual(validate(s), [], `statement ${verb(s)} is valid xAPI`);
  if (process.env.SHOW_STATEMENT) console.log(JSON.stringify(answered[0], null, 2));
  console.log('statements of the first session, in order:\n' + byTime.map((s) => `  ${s.timestamp} ${verb(s).padEnd(11)} ${s.object.id}${s.result?.response ? ` -> ${s.result.response}` : ''}${s.result?.success !== undefined ? ` (success ${s.result.success})` : ''}`).join('\n'));
  console.log('second session:\n' + session2.map((s) => `  ${verb(s).padEnd(11)} ${s.object.id}${s.result?.score ? ` score ${JSON.stringify(s.result.score)}` : ''}`).join('\n'));
  await context.close();
});
