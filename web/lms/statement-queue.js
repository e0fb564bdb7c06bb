// xAPI statements on their way to the LRS. Each statement carries its own id (assigned when it
// is made), is stored in local storage before the first attempt and leaves the store only when
// the LRS has it, so a reload or a lost connection loses nothing; sending the same id again is
// harmless (the LRS keeps the first one, xAPI 1.0.3 §2.2), so nothing is recorded twice.
// Statements go one at a time, in order, with PUT ?statementId=; when the page is leaving, the
// rest go in one keepalive POST (a leaving page cannot wait for answers one by one).

const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000];
const VERSION = '1.0.3';
export const QUEUE_PREFIX = 'sdl.xapi.queue.';

export function uuid(cryptoImpl = globalThis.crypto) {
  if (cryptoImpl && typeof cryptoImpl.randomUUID === 'function') return cryptoImpl.randomUUID();
  const b = cryptoImpl.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function createStatementQueue({ storage, key, endpoint, auth, fetchImpl, log, emit = () => {}, timers = globalThis, giveUpOn = [] }) {
  const base = endpoint.endsWith('/') ? endpoint : endpoint + '/';
  let items = [];
  try { items = (JSON.parse(storage?.getItem(key) || 'null') || {}).items || []; } catch { items = []; }
  let sending = false, failures = 0, timer = null, stopped = false;
  let idleWaiters = [];

  function persist() {
    try {
      if (!storage) return;
      if (items.length) storage.setItem(key, JSON.stringify({ endpoint: base, auth, items }));
      else storage.removeItem(key);
    } catch { /* storage full or gone: the queue still lives in memory */ }
  }
  const headers = () => ({ Authorization: auth, 'X-Experience-API-Version': VERSION, 'Content-Type': 'application/json' });
  function settleIdle() { if (!items.length) { for (const w of idleWaiters) w(); idleWaiters = []; } }

  async function sendOne(statement) {
    const url = `${base}statements?statementId=${encodeURIComponent(statement.id)}`;
    const body = JSON.stringify(statement);
    return fetchImpl(url, { method: 'PUT', headers: headers(), body, keepalive: body.length < 60000 });
  }

  function retryLater() {
    failures++;
    if (failures === 1) emit('retrying');
    if (timer || stopped) return;
    timer = timers.setTimeout(() => { timer = null; kick(); }, BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)]);
  }

  async function kick() {
    if (sending || stopped) return;
    sending = true;
    try {
      while (items.length) {
        const head = items[0];
        let res;
        try { res = await sendOne(head); } catch (e) {
          log.add({ call: 'PUT statements', id: head.id, code: 'network', message: String(e && e.message || e), retry: true });
          retryLater(); return;
        }
        if (res.ok || res.status === 409) {
          if (res.status === 409) log.add({ call: 'PUT statements', id: head.id, code: 409, message: 'LRS already has this id', retry: false });
          if (items[0] === head) items.shift();
          persist();
          if (failures) emit('recovered');
          failures = 0;
          continue;
        }
        if (res.status === 400 || giveUpOn.includes(res.status)) {   // retrying cannot help, and it would block the rest
          log.add({ call: 'PUT statements', id: head.id, code: res.status, message: await res.text().catch(() => ''), retry: false, statement: head });
          items.shift(); persist(); continue;
        }
        log.add({ call: 'PUT statements', id: head.id, code: res.status, message: await res.text().catch(() => ''), retry: true });
        retryLater(); return;
      }
    } finally {
      sending = false;
      settleIdle();
    }
  }

  return {
    enqueue(statement) { items.push(statement); persist(); kick(); },
    kick,
    get length() { return items.length; },
    get items() { return items.slice(); },
    idle() { return items.length ? new Promise((r) => idleWaiters.push(r)) : Promise.resolve(); },
    // The page is going away: hand everything to the browser in one request it finishes on its
    // own. The statements stay stored until an answer confirms them.
    flushOnExit() {
      if (!items.length) return;
      const batch = items.slice();
      const body = JSON.stringify(batch);
      let request;
      try {
        request = fetchImpl(`${base}statements`, { method: 'POST', headers: headers(), body, keepalive: body.length < 60000 });
      } catch (e) { log.add({ call: 'POST statements', code: 'network', message: String(e && e.message || e), retry: true }); return; }
      Promise.resolve(request).then((res) => {
        if (res && res.ok) { items = items.filter((s) => !batch.includes(s)); persist(); settleIdle(); }
      }, () => { /* still stored; sent at the next chance */ });
    },
    stop() { stopped = true; if (timer) timers.clearTimeout(timer); },
  };
}

// Queues left by earlier sessions in this browser (the page was closed before the LRS
// answered): send them with the credentials they were made with, then forget them.
export function drainLeftovers({ storage, currentKey, fetchImpl, log }) {
  if (!storage) return;
  const keys = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k && k.startsWith(QUEUE_PREFIX) && k !== currentKey) keys.push(k);
  }
  for (const k of keys) {
    let saved;
    try { saved = JSON.parse(storage.getItem(k)); } catch { saved = null; }
    if (!saved || !saved.endpoint || !Array.isArray(saved.items)) { storage.removeItem(k); continue; }
    const q = createStatementQueue({ storage, key: k, endpoint: saved.endpoint, auth: saved.auth, fetchImpl, log, giveUpOn: [401, 403] });
    q.kick();
  }
}
