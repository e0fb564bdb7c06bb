// No LMS found: the module runs as it always has. Progress stays in this browser's local
// storage (through the same cache the LMS adapters use) and every report is a no-op.
// `lmsCacheKey`: an LMS launch whose session could not be opened (a cmi5 AU reloaded after its
// session ended): progress continues from that LMS's cache and stays unconfirmed there, so the
// next launch from the LMS sends it.
import { createStateCache } from './state-cache.js';

export function connectStandalone({ win, courseId, lmsCacheKey = null }) {
  const cache = createStateCache(win, lmsCacheKey || `none.${courseId}`);
  const saved = cache.current;
  return {
    kind: 'none',
    launch: {
      entry: saved && (saved.suspendData || saved.location) ? 'resume' : 'ab-initio',
      suspendData: saved?.suspendData || null,
      location: saved?.location || null,
      mode: 'normal', masteryScore: null, learnerName: '', returnUrl: null, moveOn: null,
      detached: Boolean(lmsCacheKey),
    },
    saveState(state) { cache.saving(state); if (!lmsCacheKey) cache.confirmed(state); },
    recordInteraction() {}, recordPage() {}, setObjective() {}, setResult() {},
    commit() { return true; },
    terminate() { return true; },
  };
}
