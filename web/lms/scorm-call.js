// Calls into a SCORM API object (1.2 or 2004 names) with the error handling neither edition
// gives for free: every failure is logged with its code and diagnostic; a value the LMS could
// not store for a passing reason (a general failure, a commit that did not reach the server)
// is kept and written again before the next commit; a failed commit is retried with back-off,
// and the learner hears about it once, quietly, and again when it works.

export const DIALECTS = {
  scorm12: { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish',
    error: 'LMSGetLastError', text: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic', retryable: ['101'] },
  scorm2004: { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate',
    error: 'GetLastError', text: 'GetErrorString', diagnostic: 'GetDiagnostic', retryable: ['101', '351', '391'] },
};

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export function createScormCaller(api, dialect, { log, emit, timers = globalThis }) {
  const d = DIALECTS[dialect];
  const pending = new Map();   // element -> value not yet accepted
  let failures = 0, retryTimer = null, finished = false;

  function raw(name, ...args) {
    try { return String(api[d[name]](...args)); } catch (e) { return `exception: ${e && e.message || e}`; }
  }
  function lastError(call, element, value) {
    const code = raw('error');
    const entry = { call: d[call], element, code, message: raw('text', code), diagnostic: raw('diagnostic', code) };
    if (value !== undefined) entry.value = String(value).slice(0, 120);
    return entry;
  }
  const ok = (r) => r === 'true';
  const retryable = (code) => d.retryable.includes(code) || /^exception/.test(code);

  function setNow(element, value) {
    const result = raw('set', element, String(value));
    if (ok(result)) { pending.delete(element); return true; }
    const entry = /^exception/.test(result) ? { call: d.set, element, code: result, value: String(value).slice(0, 120) } : lastError('set', element, value);
    entry.retry = retryable(entry.code);
    log.add(entry);
    if (entry.retry) pending.set(element, String(value)); else pending.delete(element);
    return false;
  }

  function scheduleRetry() {
    if (retryTimer || finished) return;
    const wait = BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)];
    retryTimer = timers.setTimeout(() => { retryTimer = null; commit('retry'); }, wait);
  }

  function commit(reason = 'step') {
    if (finished) return false;
    for (const [el, v] of [...pending]) setNow(el, v);
    const result = raw('commit', '');
    if (ok(result) && pending.size === 0) {
      if (failures > 0) emit('recovered');
      failures = 0;
      return true;
    }
    if (!ok(result)) log.add({ ...lastError('commit'), reason, retry: true });
    failures++;
    if (failures === 1) emit('retrying');
    scheduleRetry();
    return false;
  }

  return {
    initialize() {
      const result = raw('init', '');
      if (ok(result)) return true;
      log.add(lastError('init'));
      return false;
    },
    get(element) {
      const v = raw('get', element);
      if (/^exception/.test(v)) { log.add({ call: d.get, element, code: v }); return ''; }
      return v;
    },
    set: setNow,
    commit,
    finish() {
      if (finished) return false;
      commit('finish');
      if (retryTimer) { timers.clearTimeout(retryTimer); retryTimer = null; }
      finished = true;
      const result = raw('finish', '');
      if (!ok(result)) log.add(lastError('finish'));
      return ok(result);
    },
    get pendingCount() { return pending.size; },
    get finished() { return finished; },
  };
}
