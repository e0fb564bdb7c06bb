// A small LRS and cmi5 LMS back end for the tests: the fetch URL (one auth token per launch,
// a second call is refused as cmi5 §8.2.3 says), the State API (LMS.LaunchData and the AU's
// own documents), the agent profile, and the Statements resource with xAPI's id rules: a
// statement id is stored once; the same id again changes nothing (204), a different
// statement under a known id is a 409. It can be taken "down" (503) to test lost connections.
import { randomUUID } from 'node:crypto';

export function createLrs({ origin }) {
  const tokens = new Map();        // fetch id -> { token, used }
  const state = new Map();         // key -> text
  const statements = [];           // in arrival order, unique ids
  const requests = [];             // every statements request: { method, ids, status }
  const lrs = { down: false, statements, requests, state, fetchCalls: 0 };
  const auth = new Set();

  const launch = ({ activityId, registration = randomUUID(), actor, launchMode = 'Normal', moveOn = 'CompletedAndPassed', masteryScore = 0.7, launchParameters = '', returnURL = `${origin}/return.html` }) => {
    const fetchId = randomUUID();
    const sessionId = randomUUID();
    tokens.set(fetchId, { token: Buffer.from(`au:${fetchId}`).toString('base64'), used: false });
    const key = stateKey(activityId, actor, registration, 'LMS.LaunchData');
    state.set(key, JSON.stringify({
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: `${activityId}` }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      },
      launchMode, moveOn, masteryScore, returnURL, ...(launchParameters ? { launchParameters } : {}),
    }));
    const q = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch/${fetchId}`, actor: JSON.stringify(actor), registration, activityId });
    return { query: `?${q}`, registration, sessionId };
  };
  lrs.launch = launch;

  function stateKey(activityId, agent, registration, stateId) {
    const a = typeof agent === 'string' ? JSON.parse(agent) : agent;
    return JSON.stringify([activityId, a.account ? `${a.account.homePage}|${a.account.name}` : a.mbox, registration || '', stateId]);
  }
  const body = (req) => new Promise((ok) => { let b = ''; req.on('data', (c) => { b += c; }); req.on('end', () => ok(b)); });
  const cors = {
    'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET,PUT,POST,DELETE,OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization,Content-Type,X-Experience-API-Version', 'X-Experience-API-Version': '1.0.3',
  };
  const send = (res, status, data) => {
    res.writeHead(status, { ...cors, ...(data !== undefined ? { 'Content-Type': 'application/json' } : {}) });
    res.end(data === undefined ? undefined : JSON.stringify(data));
  };
  const stable = (s) => JSON.stringify(s);

  function store(st) {
    const known = statements.find((s) => s.id === st.id);
    if (!known) { statements.push({ ...st, stored: new Date().toISOString() }); return 204; }
    const { stored: _stored, ...rest } = known;
    return stable(rest) === stable(st) ? 204 : 409;
  }

  lrs.handle = async (req, res, url) => {
    if (!url.pathname.startsWith('/xapi/') && !url.pathname.startsWith('/fetch/')) return false;
    if (req.method === 'OPTIONS') { send(res, 204); return true; }
    const text = await body(req);
    if (url.pathname.startsWith('/fetch/')) {
      lrs.fetchCalls++;
      const t = tokens.get(url.pathname.slice('/fetch/'.length));
      if (!t || t.used) { send(res, 200, { 'error-code': '1', 'error-text': 'Already in use or expired' }); return true; }
      t.used = true; auth.add(`Basic ${t.token}`);
      send(res, 200, { 'auth-token': t.token });
      return true;
    }
    if (lrs.down) { send(res, 503, { error: 'down' }); if (url.pathname.endsWith('/statements')) requests.push({ method: req.method, status: 503 }); return true; }
    if (!auth.has(req.headers.authorization)) { send(res, 401, { error: 'unauthorised' }); return true; }
    const path = url.pathname.slice('/xapi/'.length);
    const p = url.searchParams;
    if (path === 'activities/state') {
      const key = stateKey(p.get('activityId'), p.get('agent'), p.get('registration'), p.get('stateId'));
      if (req.method === 'GET') { if (state.has(key)) { res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(state.get(key)); } else send(res, 404); return true; }
      if (req.method === 'PUT' || req.method === 'POST') { state.set(key, text); send(res, 204); return true; }
    }
    if (path === 'agents/profile') { send(res, 404); return true; }
    if (path === 'statements') {
      if (req.method === 'PUT') {
        const st = JSON.parse(text);
        if (st.id !== p.get('statementId')) { send(res, 400, { error: 'id mismatch' }); return true; }
        const status = store(st);
        requests.push({ method: 'PUT', ids: [st.id], status });
        send(res, status);
        return true;
      }
      if (req.method === 'POST') {
        const list = [].concat(JSON.parse(text));
        const statuses = list.map(store);
        requests.push({ method: 'POST', ids: list.map((s) => s.id), status: statuses.includes(409) ? 409 : 200 });
        send(res, statuses.includes(409) ? 409 : 200, list.map((s) => s.id));
        return true;
      }
    }
    send(res, 404, { error: `no ${req.method} ${path}` });
    return true;
  };
  return lrs;
}
