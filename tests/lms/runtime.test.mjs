// The run-time pieces that need no LMS: active time, the local cache, API discovery, the
// frame height messages and the xAPI statement queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSessionClock } from '../../web/lms/session-clock.js';
import { createStateCache } from '../../web/lms/state-cache.js';
import { findScormApi } from '../../web/lms/find-api.js';
import { startFrameHeight, defaultHeight } from '../../web/lms/frame-height.js';
import { createStatementQueue, drainLeftovers } from '../../web/lms/statement-queue.js';
import { fakeWindow, memoryStorage, silentLog } from './fakes.mjs';

test('active time pauses while hidden and stops counting after the idle cut-off', () => {
  let t = 0;
  const win = fakeWindow();
  const clock = createSessionClock({ win, idleMs: 60000, now: () => t });
  t = 30000; win.dispatch('pointerdown');                   // 30 s active
  t = 40000; assert.equal(clock.activeMs(), 40000);
  win.document.visibilityState = 'hidden'; win.document.dispatch('visibilitychange');
  t = 1000000; assert.equal(clock.activeMs(), 40000);        // hidden: nothing counts
  win.document.visibilityState = 'visible'; win.document.dispatch('visibilitychange');
  t = 1010000; win.dispatch('keydown');                      // +10 s
  t = 2000000;                                              // idle for ages: at most 60 s more
  assert.equal(clock.activeMs(), 40000 + 10000 + 60000);
  clock.stop();
});

test('the cache resends a save the LMS missed, but the LMS wins when it moved on', () => {
  const storage = memoryStorage();
  const win = fakeWindow({ storage });
  let cache = createStateCache(win, 'k');
  assert.equal(cache.resolve({ suspendData: 'A', location: 'p1' }).fromCache, false);
  cache.saving({ suspendData: 'B', location: 'p2' });        // never confirmed: tab killed
  cache = createStateCache(win, 'k');
  assert.deepEqual(cache.resolve({ suspendData: 'A', location: 'p1' }), { suspendData: 'B', location: 'p2', fromCache: true });
  cache = createStateCache(win, 'k');
  assert.equal(cache.resolve({ suspendData: 'C', location: 'p9' }).suspendData, 'C');   // other device
  cache.saving({ suspendData: 'D', location: null });
  cache.confirmed({ suspendData: 'D', location: null });
  assert.equal(createStateCache(win, 'k').resolve({ suspendData: 'D', location: null }).fromCache, false);
});

test('the SCORM API is found in a parent, a grandparent, or through the opener', () => {
  const top = { API: { LMSInitialize() {} } };
  top.parent = top;
  const mid = { parent: top };
  const frame = { parent: mid };
  assert.equal(findScormApi(frame, 'API'), top.API);
  assert.equal(findScormApi(frame, 'API_1484_11'), null);
  const popup = { parent: null, opener: frame };
  popup.parent = popup;
  assert.equal(findScormApi(popup, 'API'), top.API);
  const hostile = { get parent() { throw new Error('cross-origin'); } };
  assert.equal(findScormApi(hostile, 'API'), null);
});

test('the frame reports its height to LTI hosts and through the H5P handshake', () => {
  const sent = [];
  const parent = { postMessage: (m) => sent.push(m) };
  const win = fakeWindow({ parent });
  const frame = startFrameHeight({ win });
  assert.deepEqual(JSON.parse(sent.find((m) => typeof m === 'string')), { subject: 'lti.frameResize', height: defaultHeight(1024) });
  assert.deepEqual(sent.find((m) => m.context === 'h5p'), { context: 'h5p', action: 'hello' });
  win.dispatch('message', { source: parent, data: { context: 'h5p', action: 'hello' } });
  assert.deepEqual(sent.at(-1), { context: 'h5p', action: 'prepareResize', scrollHeight: 676, clientHeight: 676 });
  win.dispatch('message', { source: parent, data: { context: 'h5p', action: 'resizePrepared' } });
  assert.deepEqual(sent.at(-1), { context: 'h5p', action: 'resize', scrollHeight: 676 });
  frame.set(750);
  assert.ok(sent.some((m) => m === JSON.stringify({ subject: 'lti.frameResize', height: 750 })));
  const alone = fakeWindow();
  assert.equal(startFrameHeight({ win: alone }).embedded, false);
});

function fakeLrs() {
  const stored = new Map();
  let down = false;
  const fetchImpl = async (url, init) => {
    if (down) throw new Error('offline');
    const u = new URL(url);
    const list = init.method === 'POST' ? JSON.parse(init.body) : [JSON.parse(init.body)];
    if (init.method === 'PUT') assert.equal(u.searchParams.get('statementId'), list[0].id);
    for (const s of list) if (!stored.has(s.id)) stored.set(s.id, s);
    return { ok: true, status: 204, text: async () => '' };
  };
  return { stored, fetchImpl, setDown: (d) => { down = d; } };
}

test('statements survive a lost connection and a reload, and none is stored twice', async () => {
  const storage = memoryStorage();
  const lrs = fakeLrs();
  const log = silentLog();
  const timers = { setTimeout: (fn) => { timers.pending = fn; return 1; }, clearTimeout() {} };
  const make = () => createStatementQueue({ storage, key: 'sdl.xapi.queue.s1', endpoint: 'http://lrs/xapi', auth: 'Basic x', fetchImpl: lrs.fetchImpl, log, timers });
  const notices = [];
  let q = createStatementQueue({ storage, key: 'sdl.xapi.queue.s1', endpoint: 'http://lrs/xapi', auth: 'Basic x', fetchImpl: lrs.fetchImpl, log, timers, emit: (n) => notices.push(n) });
  lrs.setDown(true);
  for (let i = 0; i < 3; i++) q.enqueue({ id: `00000000-0000-4000-8000-00000000000${i}`, n: i });
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(lrs.stored.size, 0);
  assert.deepEqual(notices, ['retrying']);
  q.stop();
  // Reload: a new queue over the same storage sends what the old one could not.
  lrs.setDown(false);
  q = make();
  assert.equal(q.length, 3);
  await q.kick();
  assert.equal(lrs.stored.size, 3);
  assert.equal(storage.getItem('sdl.xapi.queue.s1'), null);
  // The same statement again (a lost answer) changes nothing.
  q.enqueue({ id: '00000000-0000-4000-8000-000000000001', n: 1 });
  await q.idle();
  assert.equal(lrs.stored.size, 3);
});

test('a leftover queue of an ended session is sent with its own credentials, then forgotten', async () => {
  const storage = memoryStorage();
  storage.setItem('sdl.xapi.queue.old', JSON.stringify({ endpoint: 'http://lrs/xapi/', auth: 'Basic old', items: [{ id: 'a' }] }));
  const seen = [];
  const fetchImpl = async (url, init) => { seen.push(init.headers.Authorization); return { ok: true, status: 204, text: async () => '' }; };
  drainLeftovers({ storage, currentKey: 'sdl.xapi.queue.new', fetchImpl, log: silentLog() });
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(seen, ['Basic old']);
  assert.equal(storage.getItem('sdl.xapi.queue.old'), null);
});
