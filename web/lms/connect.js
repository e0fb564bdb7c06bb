// connectLms(): finds the LMS this page was launched from (cmi5 launch parameters, then the
// SCORM 2004 API, then SCORM 1.2) and returns one object with one contract for all of them
// (docs/lms-bridge.md). It never throws: with no LMS, or an LMS that does not answer, the
// module runs standalone, as it always has.
//
// An adapter's code is imported only once its LMS is found: a standalone page loads none of it
// (about 12 KB less before the first screen, docs/performance.md); inside an LMS the import
// overlaps the wasm's download.
import { findScormApi } from './find-api.js';
import { connectStandalone } from './standalone.js';
import { createSessionClock } from './session-clock.js';
import { startFrameHeight } from './frame-height.js';
import { cmi5CacheKey, cmi5LaunchParameters, paramsFromJson, paramsFromQuery, mergeParams } from './launch-params.js';
import { createLog, notice } from './notices.js';

// The SCORM editions by the name of the API object the LMS offers (the data models are in
// scorm2004.js and scorm12.js, loaded once that object is found).
const SCORM = {
  scorm2004: { apiName: 'API_1484_11', load: async () => (await import('./scorm2004.js')).scorm2004 },
  scorm12: { apiName: 'API', load: async () => (await import('./scorm12.js')).scorm12 },
};

const TYPES = ['choice', 'sequencing', 'matching'];
const RESULTS = ['correct', 'wrong', 'neutral'];

async function pickAdapter({ win, search, courseId, log, emit, loadCmi5 }) {
  const cmi5Params = cmi5LaunchParameters(search);
  if (cmi5Params) {
    const { connectCmi5 } = await import('./cmi5.js');
    const adapter = await connectCmi5({ win, params: cmi5Params, courseId, log, emit, loadLibrary: loadCmi5 });
    return adapter || connectStandalone({ win, courseId, lmsCacheKey: cmi5CacheKey(courseId, cmi5Params) });
  }
  // The package says which edition it was built for (?lms=…); an LMS may offer both APIs.
  const hint = new URLSearchParams(search || '').get('lms');
  const order = hint === 'scorm12' ? [SCORM.scorm12, SCORM.scorm2004] : [SCORM.scorm2004, SCORM.scorm12];
  for (const edition of order) {
    const api = findScormApi(win, edition.apiName);
    if (!api) continue;
    const [{ connectScorm }, model] = await Promise.all([import('./scorm-adapter.js'), edition.load()]);
    const adapter = connectScorm({ api, model, win, courseId, log, emit });
    if (adapter) return adapter;
    emit(notice('lms-unavailable'));
    return null;
  }
  return null;
}

function normalizeInteraction(rec) {
  if (!rec || rec.id == null || rec.id === '') throw new Error('recordInteraction needs an id');
  const list = (x) => (Array.isArray(x) ? x : x == null ? [] : [x]);
  return {
    ...rec,
    id: String(rec.id),
    kind: rec.kind === 'decision' ? 'decision' : 'answer',
    type: TYPES.includes(rec.type) ? rec.type : 'choice',
    response: list(rec.response),
    correctResponses: list(rec.correctResponses).map(list),
    result: RESULTS.includes(rec.result) ? rec.result : 'neutral',
    timestamp: rec.timestamp ?? Date.now(),
    objectiveIds: list(rec.objectiveIds).map(String),
  };
}

export async function connectLms({
  win = globalThis.window, search = win?.location?.search || '', courseId = 'sociaal-domein-leren',
  idleMs, loadCmi5 = () => import('./vendor/cmi5.esm.js'),
} = {}) {
  const log = createLog();
  const listeners = { notice: [] };
  const queuedNotices = [];   // notices raised before anyone listens are kept for the first listener
  const emit = (n) => {
    if (!listeners.notice.length) { queuedNotices.push(n); return; }
    for (const fn of listeners.notice) { try { fn(n); } catch (e) { log.add({ call: 'notice listener', code: 'exception', message: String(e) }); } }
  };

  let adapter = null;
  try { adapter = await pickAdapter({ win, search, courseId, log, emit, loadCmi5 }); } catch (e) {
    log.add({ call: 'connect', code: 'exception', message: String(e && e.stack || e) });
    adapter = null;
  }
  if (!adapter) adapter = connectStandalone({ win, courseId });

  const lmsParams = adapter.kind === 'cmi5' ? paramsFromJson(adapter.launch.launchParameters) : paramsFromQuery(adapter.launch.launchData);
  const params = mergeParams(paramsFromQuery(search), lmsParams);
  if (!params.lang && adapter.launch.preferredLang) params.lang = adapter.launch.preferredLang;
  if (adapter.kind === 'cmi5') adapter.lang = params.lang || 'nl';
  const { entry, suspendData, location, mode, masteryScore, learnerName, returnUrl, moveOn, detached = false } = adapter.launch;

  const clock = createSessionClock({ win, idleMs });
  const frame = startFrameHeight({ win });
  let terminated = false;

  // Every call is guarded: a failure inside an adapter is logged, never thrown at the module.
  const guard = (name, fn) => (...args) => {
    if (terminated) { log.add({ call: name, code: 'after-terminate', message: 'ignored: the session has ended' }); return false; }
    try { const r = fn(...args); return r === undefined ? true : r; } catch (e) {
      log.add({ call: name, code: 'exception', message: String(e && e.message || e) });
      return false;
    }
  };

  function terminate({ leaving = false } = {}) {
    if (terminated) return false;
    try { return adapter.terminate({ activeMs: clock.activeMs(), leaving }) !== false; } catch (e) {
      log.add({ call: 'terminate', code: 'exception', message: String(e && e.message || e) });
      return false;
    } finally {
      terminated = true;
      clock.stop();
    }
  }

  const lms = {
    kind: adapter.kind,
    launch: { entry, suspendData, location, mode, params, masteryScore, learnerName, returnUrl, moveOn, detached },
    log: log.entries,
    saveState: guard('saveState', (s = {}) => adapter.saveState({
      suspendData: s.suspendData == null ? null : String(s.suspendData),
      location: s.location == null ? null : String(s.location),
    })),
    recordInteraction: guard('recordInteraction', (rec) => adapter.recordInteraction(normalizeInteraction(rec))),
    recordPage: guard('recordPage', (p) => adapter.recordPage({ ...p, timestamp: p?.timestamp ?? Date.now() })),
    setObjective: guard('setObjective', (o) => adapter.setObjective(o)),
    setResult: guard('setResult', (r = {}) => adapter.setResult({
      completed: Boolean(r.completed),
      passed: r.passed === true ? true : r.passed === false ? false : null,
      scoreRaw: r.scoreRaw ?? null, scoreMin: r.scoreMin ?? 0, scoreMax: r.scoreMax ?? 100,
      progress: r.progress ?? null,
    })),
    commit: guard('commit', () => adapter.commit('commit')),
    terminate: (opts) => terminate(opts),
    // Leaves the module after terminate(): to cmi5's returnURL when the LMS gave one.
    exit() {
      terminate();
      if (!returnUrl) return false;
      const go = () => { try { win.top.location.href = returnUrl; } catch { win.location.href = returnUrl; } };
      Promise.race([adapter.whenDelivered ? adapter.whenDelivered() : Promise.resolve(), new Promise((r) => win.setTimeout(r, 3000))]).then(go);
      return true;
    },
    setFrameHeight: (px) => frame.set(px),
    activeMs: () => clock.activeMs(),
    on(name, fn) {
      if (name !== 'notice' || typeof fn !== 'function') return;
      listeners.notice.push(fn);
      while (queuedNotices.length) emit(queuedNotices.shift());
    },
    get terminated() { return terminated; },
    get pendingStatements() { return adapter.queueLength ?? 0; },
  };
  // Save when the learner switches away (mobile browsers may kill a hidden tab), finish once
  // when the page goes.
  win.document?.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden' && !terminated) lms.commit();
  });
  win.addEventListener('pagehide', () => terminate({ leaving: true }));
  return lms;
}
