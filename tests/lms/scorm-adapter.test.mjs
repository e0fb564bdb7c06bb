// The SCORM adapter's failure handling, with an LMS that misbehaves on purpose: commits that
// fail and then work again (retried, logged, one notice each way, nothing lost), an LMS that
// throws, an LMS that will not initialise (standalone, no exception), and finish exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectLms } from '../../web/lms/connect.js';
import { fakeWindow } from './fakes.mjs';

// A SCORM 1.2 API over a plain object; `failCommits` commits fail with error 101.
function flakyApi({ failCommits = 0, initOk = true, throwOnSet = false } = {}) {
  const data = { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', 'cmi.objectives._count': '0', 'cmi.core.lesson_mode': 'normal' };
  const committed = {};
  let error = '0';
  const api = {
    calls: [], data, committed,
    LMSInitialize: () => (initOk ? 'true' : (error = '101', 'false')),
    LMSGetValue: (k) => data[k] ?? '',
    LMSSetValue: (k, v) => { if (throwOnSet) throw new Error('LMS crashed'); api.calls.push(['set', k, v]); data[k] = v; error = '0'; return 'true'; },
    LMSCommit: () => {
      api.calls.push(['commit']);
      if (failCommits > 0) { failCommits--; error = '101'; return 'false'; }
      Object.assign(committed, data); error = '0'; return 'true';
    },
    LMSFinish: () => { api.calls.push(['finish']); return 'true'; },
    LMSGetLastError: () => error,
    LMSGetErrorString: (c) => (c === '101' ? 'General exception' : ''),
    LMSGetDiagnostic: () => 'test',
  };
  return api;
}

function windowWith(api) {
  const top = fakeWindow();
  top.API = api;
  const timers = [];
  top.setTimeout = (fn, ms) => { timers.push({ fn, ms }); return timers.length; };
  top.clearTimeout = (id) => { if (timers[id - 1]) timers[id - 1].fn = () => {}; };
  const frame = fakeWindow({ parent: top });
  frame.setTimeout = top.setTimeout; frame.clearTimeout = top.clearTimeout;
  return { frame, timers };
}

test('a failing commit is retried with back-off, logged, and announced once each way', async () => {
  const api = flakyApi({ failCommits: 2 });
  const { frame, timers } = windowWith(api);
  const lms = await connectLms({ win: frame, search: '?lms=scorm12' });
  assert.equal(lms.kind, 'scorm12');
  const notices = [];
  lms.on('notice', (n) => notices.push(n.kind));
  lms.saveState({ suspendData: 'v1;a', location: 'p1' });
  assert.equal(api.committed['cmi.suspend_data'], undefined);
  const retries = timers.filter((t) => t.ms >= 1000);
  assert.equal(retries.length, 1);
  assert.equal(retries[0].ms, 1000);
  retries[0].fn();                                   // second failure, next wait is longer
  const next = timers.filter((t) => t.ms >= 1000).at(-1);
  assert.equal(next.ms, 2000);
  next.fn();                                         // works now
  assert.equal(api.committed['cmi.suspend_data'], 'v1;a');
  assert.deepEqual(notices, ['retrying', 'recovered']);
  assert.equal(lms.log.filter((e) => e.call === 'LMSCommit' && e.code === '101').length, 2);
  assert.equal(api.data['cmi.core.lesson_status'], 'incomplete', 'a first launch says it has started');
  assert.equal(api.data['cmi.core.exit'], 'suspend');
  lms.terminate();
  lms.terminate();
  frame.dispatch('pagehide');
  assert.equal(api.calls.filter((c) => c[0] === 'finish').length, 1);
  assert.match(api.data['cmi.core.session_time'], /^\d{4}:\d\d:\d\d\.\d\d$/);
  assert.equal(lms.saveState({ suspendData: 'late' }), false, 'nothing after terminate');
});

test('an LMS that throws or will not initialise never takes the module down', async () => {
  const throwing = windowWith(flakyApi({ throwOnSet: true }));
  const lms = await connectLms({ win: throwing.frame, search: '' });
  assert.equal(lms.kind, 'scorm12');
  assert.equal(lms.saveState({ suspendData: 'x' }), true);
  assert.ok(lms.log.some((e) => /exception: LMS crashed/.test(e.code)));
  const refusing = windowWith(flakyApi({ initOk: false }));
  const alone = await connectLms({ win: refusing.frame, search: '' });
  assert.equal(alone.kind, 'none');
  const notices = [];
  alone.on('notice', (n) => notices.push(n.kind));
  assert.deepEqual(notices, ['lms-unavailable']);
  const nothing = await connectLms({ win: fakeWindow(), search: '?case=lisa-wordt-18' });
  assert.equal(nothing.kind, 'none');
  assert.deepEqual(nothing.launch.params, { case: 'lisa-wordt-18' });
});

test('objectives are updated in place by id; interactions append after earlier sessions', async () => {
  const api = flakyApi();
  api.data['cmi.interactions._count'] = '3';
  api.data['cmi.objectives._count'] = '1';
  api.data['cmi.objectives.0.id'] = 'wmo-route.check';
  const { frame } = windowWith(api);
  const lms = await connectLms({ win: frame, search: '' });
  lms.setObjective({ id: 'wmo-route.check', scoreRaw: 7, scoreMin: 0, scoreMax: 8, status: 'passed' });
  lms.setObjective({ id: 'lisa-wordt-18.samenwerking', scoreRaw: 3, scoreMin: 0, scoreMax: 12, status: 'failed' });
  lms.recordInteraction({ kind: 'answer', id: 'wmo-route.q1', type: 'choice', choices: ['a', 'b'], response: ['b'], correctResponses: [['a']], result: 'wrong' });
  assert.equal(api.data['cmi.objectives.0.score.raw'], '87.5');
  assert.equal(api.data['cmi.objectives.0.status'], 'passed');
  assert.equal(api.data['cmi.objectives.1.id'], 'lisa-wordt-18.samenwerking');
  assert.equal(api.data['cmi.objectives.1.score.raw'], '25');
  assert.equal(api.data['cmi.interactions.3.id'], 'wmo-route.q1');
  assert.equal(api.data['cmi.interactions.3.student_response'], 'b');
  assert.equal(api.data['cmi.interactions.3.correct_responses.0.pattern'], 'a');
  assert.equal(api.data['cmi.interactions.3.result'], 'wrong');
  assert.equal(lms.recordInteraction({ type: 'choice' }), false, 'an interaction without id is refused, not thrown');
});
