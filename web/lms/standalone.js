// No LMS found: the module runs as it always has. Progress stays in this browser's local
// storage (through the same cache the LMS adapters use) and every report is a no-op.
import { createStateCache } from './state-cache.js';

export function connectStandalone({ win, courseId }) {
  const cache = createStateCache(win, `none.${courseId}`);
  const saved = cache.current;
  return {
    kind: 'none',
    launch: {
      entry: saved && (saved.suspendData || saved.location) ? 'resume' : 'ab-initio',
      suspendData: saved?.suspendData || null,
      location: saved?.location || null,
      mode: 'normal', masteryScore: null, learnerName: '', returnUrl: null, moveOn: null,
    },
    saveState(state) { cache.saving(state); cache.confirmed(state); },
    recordInteraction() {}, recordPage() {}, setObjective() {}, setResult() {},
    commit() { return true; },
    terminate() { return true; },
  };
}
