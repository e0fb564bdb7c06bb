// Local storage as a cache of what the LMS holds, never as the truth. Each save is written
// here first as `pending`; once the LMS has accepted it, it becomes `confirmed`. At the next
// launch a pending save is used only when the LMS still holds exactly what we last saw it
// confirm: then the LMS simply missed our last save (the connection dropped, the tab was
// killed) and we send it again. If the LMS holds something else, the learner went on
// elsewhere (another device) and the LMS wins.

function safeStorage(win) {
  try {
    const s = win.localStorage;
    const probe = '__sdl_probe__';
    s.setItem(probe, '1'); s.removeItem(probe);
    return s;
  } catch { return null; }   // sandboxed or partitioned iframe: no cache, the LMS still works
}

export function createStateCache(win, key) {
  const storage = safeStorage(win);
  const fullKey = `sdl.lms.${key}`;
  let memory = { confirmed: null, pending: null };
  try { if (storage) memory = JSON.parse(storage.getItem(fullKey)) || memory; } catch { /* corrupt: start over */ }
  const write = () => { try { if (storage) storage.setItem(fullKey, JSON.stringify(memory)); } catch { /* full: memory only */ } };
  const same = (a, b) => (a?.suspendData ?? '') === (b?.suspendData ?? '') && (a?.location ?? '') === (b?.location ?? '');

  return {
    // What to resume from, given what the LMS returned at launch.
    resolve(fromLms) {
      if (memory.pending && same(memory.confirmed, fromLms)) return { ...memory.pending, fromCache: true };
      memory = { confirmed: fromLms && (fromLms.suspendData || fromLms.location) ? { ...fromLms } : null, pending: null };
      write();
      return fromLms ? { ...fromLms, fromCache: false } : null;
    },
    saving(state) { memory.pending = { suspendData: state.suspendData ?? null, location: state.location ?? null }; write(); },
    confirmed(state) {
      memory.confirmed = { suspendData: state.suspendData ?? null, location: state.location ?? null };
      if (same(memory.pending, memory.confirmed)) memory.pending = null;
      write();
    },
    get current() { return memory.pending || memory.confirmed; },
    get available() { return Boolean(storage); },
  };
}
