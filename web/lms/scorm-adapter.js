// One adapter for both SCORM editions: launch, saving progress with the local cache, appending
// interactions, updating objectives by id, status and score, commits and the single finish.
// The edition-specific element names and formats come from `model` (scorm12.js, scorm2004.js).
import { createScormCaller } from './scorm-call.js';
import { createStateCache } from './state-cache.js';
import { notice } from './notices.js';

export function connectScorm({ api, model, win, courseId, log, emit }) {
  let afterCommit = () => {};
  const call = createScormCaller(api, model.dialect, {
    log, emit: (kind) => { emit(notice(kind)); if (kind === 'recovered') afterCommit(); }, timers: win,
  });
  if (!call.initialize()) return null;

  const launch = model.readLaunch(call.get);
  const cache = createStateCache(win, `${model.kind}.${courseId}.${launch.learnerId || 'anonymous'}`);
  const resumed = cache.resolve({ suspendData: launch.suspendData || null, location: launch.location || null });
  const writable = launch.mode !== 'review';   // the LMS ignores (or rejects) data in review mode

  let interactions = Number(call.get(model.interactionCount)) || 0;
  const objectives = new Map();
  const objectiveCount = Number(call.get(model.objectiveCount)) || 0;
  for (let n = 0; n < objectiveCount; n++) objectives.set(call.get(model.objectiveId(n)), n);

  let finished = false;      // the package's work is done: exit normally rather than suspend
  let lastSaved = null;      // the state the next successful commit confirms
  afterCommit = () => { if (lastSaved) cache.confirmed(lastSaved); };
  const commitNow = (reason) => { const ok = call.commit(reason); if (ok) afterCommit(); return ok; };

  let debounce = null;
  const commitSoon = () => {
    if (debounce) return;
    debounce = win.setTimeout(() => { debounce = null; commitNow('step'); }, 500);
  };
  const cancelSoon = () => { if (debounce) { win.clearTimeout(debounce); debounce = null; } };

  function fits(what, text, limit) {
    if (text == null || String(text).length <= limit) return true;
    // Never send what the LMS must refuse (a 405 in 1.2): keep it in the cache instead.
    log.add({ call: 'saveState', element: what, code: 'too-long', message: `${String(text).length} > ${limit} characters`, retry: false });
    return false;
  }

  if (writable) model.start(call.set, launch);

  const adapter = {
    kind: model.kind,
    launch: {
      entry: resumed && (resumed.suspendData || resumed.location) ? 'resume' : launch.entry,
      suspendData: resumed?.suspendData || null,
      location: resumed?.location || null,
      mode: launch.mode,
      launchData: launch.launchData,
      masteryScore: launch.masteryScore,
      learnerName: launch.learnerName || '',
      returnUrl: null,
      moveOn: null,
    },
    saveState({ suspendData = null, location = null } = {}) {
      cache.saving({ suspendData, location });
      if (!writable) return;
      const state = {
        suspendData: fits('suspend_data', suspendData, model.limits.suspendData) ? suspendData : null,
        location: fits('location', location, model.limits.location) ? location : null,
      };
      model.writeState(call.set, state);
      model.writeExit(call.set, finished);
      if (state.suspendData === suspendData && state.location === location) lastSaved = { suspendData, location };
      cancelSoon();
      commitNow('save');
    },
    recordInteraction(rec) {
      if (!writable) return;
      model.writeInteraction(call.set, interactions++, rec);
      commitSoon();
    },
    recordPage() { /* SCORM has no element for pages read; progress covers it */ },
    setObjective(o) {
      if (!writable || !o || o.id == null) return;
      const key = model.objectiveKey(o.id);
      let n = objectives.get(key), isNew = false;
      if (n === undefined) {
        n = objectives.size; isNew = true;
        objectives.set(key, n);
      }
      model.writeObjective(call.set, n, o, isNew);
      commitSoon();
    },
    setResult(r) {
      if (!writable) return;
      finished = Boolean(r.completed);
      model.writeResult(call.set, r, launch);
      model.writeExit(call.set, finished);
      cancelSoon();
      commitNow('result');
    },
    commit(reason) { cancelSoon(); return commitNow(reason || 'commit'); },
    terminate({ activeMs }) {
      cancelSoon();
      if (writable) {
        model.writeSessionTime(call.set, activeMs);
        model.writeExit(call.set, finished);
      }
      const pendingBefore = call.pendingCount;
      const ok = call.finish();
      if (ok && pendingBefore === 0) afterCommit();
      return ok;
    },
  };
  if (resumed?.fromCache && writable) adapter.saveState(resumed);   // the LMS missed our last save
  return adapter;
}
