// Active learning time for SCORM's session_time: time passes only while the page is visible,
// and a learner who stops interacting is counted for at most `idleMs` after their last input
// (reading a page takes a while; a laptop left open over lunch does not count).

export const DEFAULT_IDLE_MS = 5 * 60 * 1000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

export function createSessionClock({ win, doc = win.document, idleMs = DEFAULT_IDLE_MS, now = () => Date.now() }) {
  let active = 0;          // ms counted and closed
  let last = now();        // last input (or the moment counting resumed)
  let visible = doc.visibilityState !== 'hidden';

  const open = (t) => Math.max(0, Math.min(t - last, idleMs));
  function input() {
    const t = now();
    if (visible) active += open(t);
    last = t;
  }
  function visibility() {
    const t = now();
    const nowVisible = doc.visibilityState !== 'hidden';
    if (visible && !nowVisible) active += open(t);
    visible = nowVisible;
    last = t;
  }
  for (const e of INPUT_EVENTS) win.addEventListener(e, input, { passive: true, capture: true });
  doc.addEventListener('visibilitychange', visibility);

  return {
    activeMs: () => active + (visible ? open(now()) : 0),
    stop() {
      for (const e of INPUT_EVENTS) win.removeEventListener(e, input, { capture: true });
      doc.removeEventListener('visibilitychange', visibility);
    },
  };
}
