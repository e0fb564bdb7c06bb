// Pure conversions from the module's records to SCORM 1.2 and 2004 data-model values, with the
// identifier, vocabulary and length rules of each edition. No API calls here.

const pad = (n, w = 2) => String(Math.floor(n)).padStart(w, '0');

// A decimal as SCORM writes it: a digit before any point, at most `places` decimals, no "-0".
export function decimal(x, places = 2) {
  const n = Number(x);
  if (!Number.isFinite(n)) return '0';
  const s = n.toFixed(places).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// 0..100 from raw/min/max (the scale every 1.2 LMS gradebook expects); null when there is no
// score (Number(null) would be 0).
export function percent(raw, min = 0, max = 100) {
  const span = Number(max) - Number(min);
  if (raw == null || raw === '' || !Number.isFinite(Number(raw)) || !(span > 0)) return null;
  return clamp(((Number(raw) - Number(min)) / span) * 100, 0, 100);
}

// --- identifiers -------------------------------------------------------------------------------

// A short stable hash so that shortened identifiers stay unique.
function shortHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0).toString(36);
}

function limited(id, max) {
  if (id.length <= max) return id;
  const tail = '~' + shortHash(id);
  return id.slice(0, max - tail.length) + tail;
}

// SCORM 1.2 CMIIdentifier: no white space or unprintable characters, at most 255.
export function identifier12(id) {
  const safe = String(id ?? '').replace(/[^A-Za-z0-9._\-:]/g, '_') || '_';
  return limited(safe, 255);
}

// SCORM 2004 short_identifier_type (URI characters, at least one word character, ≤ 250).
export function shortIdentifier2004(id) {
  let safe = String(id ?? '').replace(/[^A-Za-z0-9._\-:()+=@;$!*'%/#]/g, '_');
  if (!/\w/.test(safe)) safe = '_' + safe;
  return limited(safe, 250);
}

// SCORM 2004 long_identifier_type (interaction and objective ids): a URI, ≤ 4000.
export function longIdentifier2004(id) {
  return limited(String(id ?? '').replace(/\s/g, '_') || '_', 4000);
}

// --- responses ---------------------------------------------------------------------------------

// SCORM 1.2 writes choice, sequencing and matching responses with single characters 0-9 a-z.
const SINGLE = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TARGET = '0123456789abcdefghijklmnopqrstuvwxyz';

// Options in display order: the record's `choices` (ids or {id}), else every id it mentions.
export function optionIds(record, side = 'choices') {
  const given = record[side];
  if (Array.isArray(given) && given.length) return given.map((c) => String(typeof c === 'object' ? c.id : c));
  const seen = [];
  const add = (id) => { if (!seen.includes(String(id))) seen.push(String(id)); };
  const walk = (list) => { for (const r of list || []) { if (record.type === 'matching') add(r[side === 'targets' ? 1 : 0]); else add(r); } };
  walk(record.response);
  for (const p of record.correctResponses || []) walk(p);
  return seen;
}

function letter(alphabet, ids, id) {
  const i = ids.indexOf(String(id));
  return i >= 0 && i < alphabet.length ? alphabet[i] : null;
}

// One response (a list of ids, or of [source, target] pairs for matching) in 1.2 syntax, or
// null when it cannot be written (more than 36 options).
export function response12(record, list) {
  if (record.type === 'matching') {
    const sources = optionIds(record, 'sources');
    const targets = optionIds(record, 'targets');
    const parts = (list || []).map(([s, t]) => {
      const a = letter(SINGLE, sources, s), b = letter(TARGET, targets, t);
      return a && b ? `${a}.${b}` : null;
    });
    return parts.includes(null) ? null : parts.join(',');
  }
  const ids = optionIds(record);
  const parts = (list || []).map((id) => letter(SINGLE, ids, id));
  return parts.includes(null) ? null : parts.join(',');
}

// The same in 2004 (and xAPI) syntax: "a[,]b", matching "s[.]t[,]s2[.]t2".
export function response2004(record, list) {
  if (record.type === 'matching') {
    return (list || []).map(([s, t]) => `${shortIdentifier2004(s)}[.]${shortIdentifier2004(t)}`).join('[,]');
  }
  return (list || []).map((id) => shortIdentifier2004(id)).join('[,]');
}

export const result12 = (r) => ({ correct: 'correct', wrong: 'wrong', neutral: 'neutral' })[r] || 'neutral';
export const result2004 = (r) => ({ correct: 'correct', wrong: 'incorrect', neutral: 'neutral' })[r] || 'neutral';

// --- times -------------------------------------------------------------------------------------

// SCORM 1.2 CMITimespan HHHH:MM:SS.SS
export function timespan12(ms) {
  const cs = Math.max(0, Math.round(Number(ms) / 10) || 0);
  const s = Math.floor(cs / 100);
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60)}:${pad(s % 60)}.${pad(cs % 100)}`;
}

// ISO 8601 duration as SCORM 2004 and xAPI write it: PT1H5M3.25S (at most 2 decimals).
export function isoDuration(ms) {
  const cs = Math.max(0, Math.round(Number(ms) / 10) || 0);
  const h = Math.floor(cs / 360000), m = Math.floor((cs % 360000) / 6000), sec = (cs % 6000) / 100;
  return `PT${h ? h + 'H' : ''}${m ? m + 'M' : ''}${decimal(sec)}S`;
}

// SCORM 1.2 CMITime: the time of day, HH:MM:SS, local time.
export function timeOfDay12(date) {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

// SCORM 2004 time(second,10,0): YYYY-MM-DDThh:mm:ss.ss with the UTC designator.
export function timestamp2004(date) {
  const iso = date.toISOString();           // 2026-11-01T10:00:00.123Z
  return iso.slice(0, 22) + 'Z';            // two decimals
}

// SCORM 2004 localized_string_type, ≤ 250 characters.
export function langString2004(text, lang = 'nl') {
  const t = String(text ?? '').replace(/[\r\n]+/g, ' ').trim();
  if (!t) return '';
  const body = t.length > 250 ? t.slice(0, 249) + '…' : t;
  return `{lang=${lang}}${body.startsWith('{') ? ' ' + body.slice(0, 249) : body}`;
}
