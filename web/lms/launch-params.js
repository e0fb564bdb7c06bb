// The deep-link settings a launch can carry (?case=…&lang=en…), read from the page URL, SCORM
// launch_data (query-string syntax) and cmi5 launchParameters (JSON), merged in that order:
// what the LMS was told for this activity overrides the URL it happens to use.
// Unknown keys and malformed values are dropped, so nothing odd reaches the module.

const RULES = {
  case: (v) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(v),
  module: (v) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(v),
  page: (v) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(v),
  lang: (v) => v === 'nl' || v === 'en',
  mode: (v) => v === 'practice' || v === 'toets',
  trainer: (v) => v === '0' || v === '1',
};

function clean(entries) {
  const out = {};
  for (const [key, raw] of entries) {
    const value = String(raw ?? '').trim();
    if (key in RULES && RULES[key](value)) out[key] = value;
  }
  return out;
}

// "?case=x&lang=en" or "case=x&lang=en" (SCORM launch_data is usually written without "?").
export function paramsFromQuery(text) {
  if (typeof text !== 'string' || !text.trim()) return {};
  return clean(new URLSearchParams(text.trim().replace(/^\?/, '')).entries());
}

// cmi5 launchParameters: a JSON object (the course structure author decides its shape), or,
// leniently, a query string.
export function paramsFromJson(text) {
  if (typeof text !== 'string' || !text.trim()) return {};
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return clean(Object.entries(parsed));
    return {};
  } catch {
    return paramsFromQuery(text);
  }
}

// The first supported language of a cmi5 languagePreference ("en-US,nl-NL"), or null.
export function langFromPreference(pref) {
  for (const tag of String(pref || '').split(',')) {
    const base = tag.trim().toLowerCase().split('-')[0];
    if (RULES.lang(base)) return base;
  }
  return null;
}

export function mergeParams(...sources) {
  return Object.assign({}, ...sources.filter(Boolean));
}

// A cmi5 launch: ?endpoint&fetch&actor&registration&activityId, all present, the actor JSON.
// null for any other page (connect.js then loads no cmi5 code).
const CMI5_REQUIRED = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
export function cmi5LaunchParameters(search) {
  const q = new URLSearchParams(search || '');
  if (!CMI5_REQUIRED.every((k) => q.get(k))) return null;
  let actor;
  try { actor = JSON.parse(q.get('actor')); } catch { return null; }
  return { endpoint: q.get('endpoint'), fetch: q.get('fetch'), actor, registration: q.get('registration'), activityId: q.get('activityId') };
}

// Where a cmi5 launch keeps its local copy of the progress (also when it runs detached).
export const cmi5CacheKey = (courseId, params) => `cmi5.${courseId}.${params.registration}`;
