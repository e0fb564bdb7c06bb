// cmi5: launched by a cmi5 LMS with ?endpoint&fetch&actor&registration&activityId.
//
// The well-kept client @xapi/cmi5 (vendor/cmi5.esm.js, copied from the pinned npm package at
// build time) does the protocol: it parses the launch parameters, fetches the auth token once,
// reads LMS.LaunchData and the learner preferences, and builds the cmi5 defined statements
// (initialized, completed, passed, failed, terminated) with their rules: launch mode, mastery
// score, moveOn category, durations. What it lacks is delivery that survives a reload or a lost
// connection (it sends each statement once with XHR and forgets it), so its send method is
// pointed at our persistent queue (statement-queue.js), and our own state document carries the
// progress. A reload in the same tab resumes the session with the saved token instead of
// calling the fetch URL a second time (which the LMS must refuse).
import { createStatementQueue, drainLeftovers, QUEUE_PREFIX } from './statement-queue.js';
import { answeredStatement, experiencedStatement } from './xapi-statements.js';
import { createStateCache } from './state-cache.js';
import { cmi5CacheKey, langFromPreference } from './launch-params.js';
import { percent } from './scorm-values.js';
import { notice } from './notices.js';

export const PROGRESS_STATE_ID = 'urn:sociaal-domein-leren:state:progress';

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0).toString(36);
}

function storageOf(win, name) {
  try { const s = win[name]; s.getItem('x'); return s; } catch { return null; }
}

const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000];

export async function connectCmi5({ win, params, courseId, log, emit, loadLibrary }) {
  const fetchImpl = win.fetch.bind(win);
  const local = storageOf(win, 'localStorage');
  const session = storageOf(win, 'sessionStorage');
  const sessionKey = `sdl.cmi5.session.${hash(params.fetch)}`;
  let saved;
  try { saved = JSON.parse(session?.getItem(sessionKey) || 'null'); } catch { saved = null; }
  const queueKey = `${QUEUE_PREFIX}${hash(params.fetch)}`;
  // Statements an earlier page left behind, this session's own too when it has already ended.
  drainLeftovers({ storage: local, currentKey: saved?.terminated ? null : queueKey, fetchImpl, log });

  if (saved?.terminated) {           // this launch's session already ended (a reload after exit)
    emit(notice('session-ended'));
    return null;
  }

  const { default: Cmi5 } = await loadLibrary();
  const cmi5 = new Cmi5(params);
  let queue = null;
  const ensureQueue = () => queue || (queue = createStatementQueue({
    storage: local, key: queueKey, endpoint: params.endpoint, auth: `Basic ${cmi5.getAuthToken()}`,
    fetchImpl, log, emit: (k) => emit(notice(k)), timers: win,
  }));
  // Every statement the library builds goes through our queue.
  cmi5.sendXapiStatement = async (statement, options) => {
    const st = options && typeof options.transform === 'function' ? options.transform(statement) : statement;
    ensureQueue().enqueue(st);
    return { data: [st.id] };
  };

  try {
    await cmi5.initialize(saved ? { authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) } : undefined);
  } catch (e) {
    log.add({ call: 'cmi5.initialize', code: e?.response?.status || 'error', message: String(e && e.message || e) });
    emit(notice(saved ? 'session-ended' : 'lms-unavailable'));
    return null;
  }
  ensureQueue();
  try {
    session?.setItem(sessionKey, JSON.stringify({ authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate().toISOString() }));
  } catch { /* no session storage: a reload cannot resume this session */ }

  const launchData = cmi5.getLaunchData() || {};
  const normal = launchData.launchMode === 'Normal';
  const auth = `Basic ${cmi5.getAuthToken()}`;
  const base = params.endpoint.endsWith('/') ? params.endpoint : params.endpoint + '/';
  const stateUrl = `${base}activities/state?${new URLSearchParams({
    activityId: params.activityId, agent: JSON.stringify(params.actor), registration: params.registration, stateId: PROGRESS_STATE_ID,
  })}`;
  const headers = { Authorization: auth, 'X-Experience-API-Version': '1.0.3' };

  // Our progress document: suspend data, location, and which once-per-registration statements
  // have gone out (completed, passed).
  let doc = { suspendData: null, location: null, sent: {} };
  try {
    const res = await fetchImpl(stateUrl, { headers });
    if (res.ok) doc = { ...doc, ...(await res.json()) };
    else if (res.status !== 404) log.add({ call: 'GET state', code: res.status, message: await res.text() });
  } catch (e) { log.add({ call: 'GET state', code: 'network', message: String(e && e.message || e) }); }
  doc.sent = doc.sent || {};

  const cache = createStateCache(win, cmi5CacheKey(courseId, params));
  const resumed = cache.resolve({ suspendData: doc.suspendData || null, location: doc.location || null });

  // Saving the document: the newest version wins; failures are retried with back-off.
  let stateFailures = 0, stateTimer = null, stateBusy = false, stateDirty = false;
  async function putState(keepalive = false) {
    if (stateBusy && !keepalive) { stateDirty = true; return; }
    stateBusy = true; stateDirty = false;
    const body = JSON.stringify(doc);
    const sent = { suspendData: doc.suspendData, location: doc.location };
    try {
      const res = await fetchImpl(stateUrl, { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body, keepalive: keepalive && body.length < 60000 });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      cache.confirmed(sent);
      if (stateFailures) emit(notice('recovered'));
      stateFailures = 0;
    } catch (e) {
      log.add({ call: 'PUT state', code: 'error', message: String(e && e.message || e), retry: true });
      stateFailures++;
      if (stateFailures === 1) emit(notice('retrying'));
      if (!stateTimer) stateTimer = win.setTimeout(() => { stateTimer = null; putState(); }, BACKOFF_MS[Math.min(stateFailures - 1, BACKOFF_MS.length - 1)]);
    } finally {
      stateBusy = false;
      if (stateDirty) putState();
    }
  }

  let judgedThisSession = false;
  const sendJudgement = (passed, score) => {
    try {
      if (passed) { cmi5.pass(score); doc.sent.passed = true; delete doc.passPending; }
      else { cmi5.fail(score); }
      judgedThisSession = true;
    } catch (e) { log.add({ call: passed ? 'cmi5.pass' : 'cmi5.fail', code: 'rule', message: String(e && e.message || e) }); }
  };
  // A pass that came after a fail in the last session (cmi5 allows one of the two per session).
  if (normal && doc.passPending && !doc.sent.passed) { sendJudgement(true, doc.passPending); putState(); }

  const ctx = () => ({
    actor: params.actor, registration: params.registration, activityId: params.activityId,
    contextTemplate: launchData.contextTemplate, lang: adapter.lang,
  });
  const prefs = (() => { try { return cmi5.getLearnerPreferences() || {}; } catch { return {}; } })();

  const adapter = {
    kind: 'cmi5',
    lang: null,
    launch: {
      entry: resumed && (resumed.suspendData || resumed.location) ? 'resume' : 'ab-initio',
      suspendData: resumed?.suspendData || null,
      location: resumed?.location || null,
      mode: { Browse: 'browse', Review: 'review' }[launchData.launchMode] || 'normal',
      launchParameters: launchData.launchParameters || '',
      preferredLang: langFromPreference(prefs.languagePreference),
      masteryScore: Number.isFinite(Number(launchData.masteryScore)) && launchData.masteryScore !== null && launchData.masteryScore !== undefined ? Number(launchData.masteryScore) : null,
      learnerName: params.actor?.name || '',
      returnUrl: launchData.returnURL || null,
      moveOn: launchData.moveOn || null,
    },
    saveState({ suspendData = null, location = null } = {}) {
      cache.saving({ suspendData, location });
      doc.suspendData = suspendData; doc.location = location;
      putState();
    },
    recordInteraction(rec) { queue.enqueue(answeredStatement(ctx(), rec)); },
    recordPage(page) { queue.enqueue(experiencedStatement(ctx(), page)); },
    setObjective() { /* objectives travel with each answered statement (context "other") */ },
    setResult(r) {
      if (!normal) return;          // cmi5: no completed/passed/failed in Browse or Review mode
      if (r.completed && !doc.sent.completed) {
        try { cmi5.complete(); doc.sent.completed = true; } catch (e) { log.add({ call: 'cmi5.complete', code: 'rule', message: String(e && e.message || e) }); }
      }
      const pct = percent(r.scoreRaw, r.scoreMin ?? 0, r.scoreMax ?? 100);
      const score = pct == null ? undefined : { scaled: Math.round(pct * 100) / 10000, raw: Math.round(pct), min: 0, max: 100 };
      if (r.passed != null && !doc.sent.passed) {
        const mastery = adapter.launch.masteryScore;
        const passed = r.passed === true && (mastery == null || (score && score.scaled >= mastery));
        if (!judgedThisSession) sendJudgement(passed, score);
        else if (passed) doc.passPending = score || {};   // sent at the start of the next session
      }
      putState();
    },
    commit() { queue.kick(); if (stateDirty || stateFailures) putState(); },
    terminate({ leaving }) {
      try { cmi5.terminate(); } catch (e) { log.add({ call: 'cmi5.terminate', code: 'error', message: String(e && e.message || e) }); }
      try { session?.setItem(sessionKey, JSON.stringify({ terminated: true })); } catch { /* ignore */ }
      if (leaving) { queue.flushOnExit(); putState(true); } else queue.kick();
      return true;
    },
    whenDelivered: () => queue.idle(),
    get queueLength() { return queue.length; },
  };
  if (resumed?.fromCache) adapter.saveState(resumed);
  return adapter;
}
