// Small stand-ins for browser objects (storage, window, timers) for the node tests of web/lms.
export function memoryStorage() {
  const m = new Map();
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k),
    key: (i) => [...m.keys()][i] ?? null, get length() { return m.size; }, _map: m,
  };
}

export function eventTarget(extra = {}) {
  const handlers = {};
  return {
    addEventListener(type, fn) { (handlers[type] ||= []).push(fn); },
    removeEventListener(type, fn) { handlers[type] = (handlers[type] || []).filter((f) => f !== fn); },
    dispatch(type, event = {}) { for (const fn of handlers[type] || []) fn({ type, ...event }); },
    ...extra,
  };
}

export function fakeWindow({ storage = memoryStorage(), parent = null } = {}) {
  const doc = eventTarget({ visibilityState: 'visible' });
  const win = eventTarget({ document: doc, localStorage: storage, innerWidth: 1024, setTimeout, clearTimeout });
  win.parent = parent || win;
  return win;
}

export const silentLog = () => {
  const entries = [];
  return { entries, add: (e) => entries.push(e) };
};
